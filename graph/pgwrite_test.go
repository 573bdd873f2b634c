package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// pgwSchema creates a throwaway schema on the test server and returns the
// server URL with its search_path set to it.
func pgwSchema(t *testing.T) string {
	t.Helper()
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEWSGRAPH_TEST_POSTGRES is not set under CI")
		}
		t.Skip("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL writer cases skipped (start a server with .ci/postgres.sh)")
	}
	return pgtest.Schema(t, base, "ng_pgw")
}

// tables returns the quads and nodes tables as sorted lines; nodes carry
// their refs and the number of quads that really name them.
func tables(t *testing.T, db *sql.DB) (quads, nodes []string) {
	t.Helper()
	rows, err := db.Query(`SELECT encode(subject_hash,'hex'), encode(predicate_hash,'hex'), encode(object_hash,'hex'), coalesce(encode(label_hash,'hex'),'-') FROM quads`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var s, p, o, l string
		if err := rows.Scan(&s, &p, &o, &l); err != nil {
			t.Fatal(err)
		}
		quads = append(quads, s+" "+p+" "+o+" "+l)
	}
	rows.Close()
	rows, err = db.Query(`SELECT encode(n.hash,'hex'), n.refs, coalesce(n.value_string,''), coalesce(n.iri,false),
		(SELECT count(*) FROM quads q WHERE q.subject_hash = n.hash)
		+ (SELECT count(*) FROM quads q WHERE q.predicate_hash = n.hash)
		+ (SELECT count(*) FROM quads q WHERE q.object_hash = n.hash)
		+ (SELECT count(*) FROM quads q WHERE q.label_hash = n.hash)
		FROM nodes n`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var h, v string
		var refs, used int
		var iri bool
		if err := rows.Scan(&h, &refs, &v, &iri, &used); err != nil {
			t.Fatal(err)
		}
		nodes = append(nodes, fmt.Sprintf("%s %q iri=%v refs=%d used=%d", h[:8], v, iri, refs, used))
	}
	rows.Close()
	slices.Sort(quads)
	slices.Sort(nodes)
	return quads, nodes
}

func TestPGWriterMatchesCayley(t *testing.T) {
	ctx := context.Background()
	art := func(n int) quad.Value { return quad.IRI(fmt.Sprintf("ng:article/%d", n)) }
	q := func(s, p string, o quad.Value, l int) quad.Quad {
		return quad.Quad{Subject: quad.IRI(s), Predicate: quad.IRI(p), Object: o, Label: art(l)}
	}
	a1 := []quad.Quad{
		q("ng:entity/person/ann", "ng:name", quad.String("Ann"), 1),
		q("ng:entity/person/ann", "rdf:type", quad.IRI("ng:Person"), 1),
		q("ng:entity/person/ann", "ng:p/meet", quad.IRI("ng:entity/person/bob"), 1),
		q("ng:stmt/1/0", "ng:sentence", quad.String("Ann met Bob.\n\"quoted\" \x00 null"), 1),
		q("ng:stmt/1/0", "ng:confidence", quad.TypedString{Value: "0.9", Type: "xsd:float"}, 1),
		q("ng:stmt/1/0", "ng:lang", quad.LangString{Value: "hallo", Lang: "de"}, 1),
		q("ng:stmt/1/0", "ng:n", quad.Int(3), 1),
		{Subject: quad.IRI("ng:x"), Predicate: quad.IRI("ng:y"), Object: quad.String("no label")},
	}
	a2 := []quad.Quad{
		q("ng:entity/person/ann", "ng:name", quad.String("Ann"), 2),
		q("ng:entity/person/ann", "rdf:type", quad.IRI("ng:Person"), 2),
		q("ng:entity/person/bob", "rdf:type", quad.IRI("ng:Person"), 2),
	}
	steps := []struct {
		name     string
		add, del []quad.Quad
	}{
		{"first article", a1, nil},
		{"second article sharing nodes, with duplicates", append(slices.Clone(a2), a1[0], a2[0]), nil},
		{"the same again", a2, nil},
		{"replace part of the first", []quad.Quad{q("ng:entity/person/ann", "ng:name", quad.String("Ann Lee"), 1)}, a1[:1]},
		{"delete missing quads", nil, []quad.Quad{q("ng:none", "ng:none", quad.String("none"), 9)}},
		{"delete the unlabelled quad", nil, a1[7:]},
		{"delete everything", nil, append(append(slices.Clone(a1), a2...), q("ng:entity/person/ann", "ng:name", quad.String("Ann Lee"), 1))},
	}

	ref, err := Open(ctx, Config{Store: pgwSchema(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	ours, err := Open(ctx, Config{Store: pgwSchema(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer ours.Close()
	w, err := openPGWriter(ctx, ours.cfg.Store)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	refDB, err := sql.Open("postgres", ref.cfg.Store)
	if err != nil {
		t.Fatal(err)
	}
	defer refDB.Close()

	for _, st := range steps {
		var deltas []cgraph.Delta
		for _, x := range st.del {
			deltas = append(deltas, cgraph.Delta{Quad: x, Action: cgraph.Delete})
		}
		for _, x := range st.add {
			deltas = append(deltas, cgraph.Delta{Quad: x, Action: cgraph.Add})
		}
		if err := ref.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
			t.Fatalf("%s: cayley: %v", st.name, err)
		}
		if err := w.apply(ctx, st.add, st.del); err != nil {
			t.Fatalf("%s: pgWriter: %v", st.name, err)
		}
		rq, rn := tables(t, refDB)
		oq, on := tables(t, w.db)
		if !slices.Equal(rq, oq) {
			t.Errorf("%s: quads differ:\ncayley: %q\nours:   %q", st.name, rq, oq)
		}
		// Cayley counts ignored duplicates into refs, so it keeps nodes
		// no quad names any more; ours counts the quads that name a node:
		// compare the nodes in use without refs, and check that our refs
		// are exact (so no unused node is left).
		strip := func(ns []string) []string {
			var out []string
			for _, n := range ns {
				if !strings.HasSuffix(n, " used=0") {
					out = append(out, n[:strings.Index(n, " refs=")])
				}
			}
			return out
		}
		if !slices.Equal(strip(rn), strip(on)) {
			t.Errorf("%s: nodes differ:\ncayley: %q\nours:   %q", st.name, rn, on)
		}
		for _, n := range on {
			var refs, used int
			fmt.Sscanf(n[strings.Index(n, " refs="):], " refs=%d used=%d", &refs, &used)
			if refs != used || refs <= 0 {
				t.Errorf("%s: node %s has refs %d, named by %d quads", st.name, n, refs, used)
			}
		}
	}
	// and the store reads what the writer wrote
	got := 0
	if err := ours.eachQuad(ctx, quad.Subject, quad.IRI("ng:entity/person/ann"), func(quad.Quad) error { got++; return nil }); err != nil {
		t.Fatal(err)
	}
	if got != 0 {
		t.Errorf("after deleting everything the store still has %d quads of ann", got)
	}
}

func TestPGWriterLock(t *testing.T) {
	ctx := context.Background()
	u := pgwSchema(t)
	a, err := openPGWriter(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := openPGWriter(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()

	release, err := a.lock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	_, err = b.lock(wctx)
	cancel()
	if err == nil {
		t.Fatal("a second writer took the lock while the first held it")
	}
	if !errors.Is(err, context.DeadlineExceeded) && !strings.Contains(err.Error(), "cancel") {
		t.Errorf("waiting writer failed with %v, want a deadline", err)
	}
	release()
	done := make(chan error, 1)
	go func() {
		r, err := b.lock(ctx)
		if err == nil {
			r()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("lock after release: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("lock not granted after release")
	}
	// a nil writer (bolt and memory stores) locks nothing
	var none *pgWriter
	r, err := none.lock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	r()
}
