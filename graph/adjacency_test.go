package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// adjacencyFilters are the filters Out and In are compared under.
func adjacencyFilters() map[string]schema.Filter {
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	return map[string]schema.Filter{
		"none":         {},
		"since":        {Since: start.AddDate(1, 0, 0)},
		"window":       {Since: start.AddDate(0, 3, 0), Until: start.AddDate(0, 9, 0)},
		"class":        {Classes: []string{schema.VerbalCooperation, schema.RoleClass}},
		"types":        {Types: []schema.EntityType{schema.Person}},
		"min evidence": {MinEvidence: 2},
	}
}

// neighbourhoods reads Out and In of every entity under every filter.
func neighbourhoods(t *testing.T, s *graph.Store) map[string][]schema.Edge {
	t.Helper()
	ctx := context.Background()
	var ids []string
	if err := s.Nodes(ctx, schema.Filter{}, func(n schema.Node) error { ids = append(ids, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	out := map[string][]schema.Edge{}
	for fname, f := range adjacencyFilters() {
		for _, id := range ids {
			o, err := s.Out(ctx, id, f)
			if err != nil {
				t.Fatalf("Out(%s): %v", id, err)
			}
			in, err := s.In(ctx, id, f)
			if err != nil {
				t.Fatalf("In(%s): %v", id, err)
			}
			out["out "+fname+" "+id] = o
			out["in "+fname+" "+id] = in
		}
	}
	return out
}

func sameNeighbourhoods(t *testing.T, what string, got, want map[string][]schema.Edge) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d neighbourhoods, want %d", what, len(got), len(want))
	}
	bad := 0
	for k, w := range want {
		if g := got[k]; !reflect.DeepEqual(g, w) {
			bad++
			if bad <= 3 {
				t.Errorf("%s: %s:\n got %+v\nwant %+v", what, k, g, w)
			}
		}
	}
	if bad > 0 {
		t.Fatalf("%s: %d of %d neighbourhoods differ", what, bad, len(want))
	}
}

// TestAdjacencySnapshot checks that Out and In answer the same from the
// adjacency snapshot as from the quads, on random graphs, through a
// reopen, a new article and a deletion.
func TestAdjacencySnapshot(t *testing.T) {
	if testing.Short() {
		t.Skip("writes random graphs to bolt")
	}
	type backend struct {
		name  string
		store func(t *testing.T) string
	}
	backends := []backend{{"bolt", func(t *testing.T) string { return filepath.Join(t.TempDir(), "s.db") }}}
	if base := os.Getenv("NEWSGRAPH_TEST_POSTGRES"); base != "" {
		backends = append(backends, backend{"postgres", func(t *testing.T) string { return postgresSchema(t, base) }})
	} else {
		t.Log("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL cases skipped")
	}
	for _, b := range backends {
		seeds := []uint64{1, 2}
		if b.name == "postgres" {
			seeds = seeds[:1] // slower there; one graph is enough
		}
		for _, seed := range seeds {
			t.Run(fmt.Sprintf("%s/seed%d", b.name, seed), func(t *testing.T) {
				testAdjacencySnapshot(t, b.store(t), seed)
			})
		}
	}
}

func testAdjacencySnapshot(t *testing.T, store string, seed uint64) {
	{
		{
			ctx := context.Background()
			dir := store
			cfg := graph.Config{Store: dir, NoSync: true}
			s, err := graph.Open(ctx, cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer func() { s.Close() }()
			res, err := gen.Generate(ctx, s, gen.Config{Quads: 6000, Actors: 40, Seed: seed}, nil)
			if err != nil {
				t.Fatal(err)
			}
			plain := neighbourhoods(t, s)
			if s.PathView(ctx) != nil {
				t.Fatal("PathView before PreparePaths: want nil")
			}
			if err := s.PreparePaths(ctx); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) == nil {
				t.Fatal("PathView after PreparePaths: nil")
			}
			if !strings.HasPrefix(dir, "postgres") {
				if _, err := os.Stat(filepath.Join(dir, "adjacency.snapshot")); err != nil {
					t.Fatalf("snapshot not saved: %v", err)
				}
			}
			sameNeighbourhoods(t, "snapshot", neighbourhoods(t, s), plain)

			// reopened: the saved snapshot is loaded
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if s, err = graph.Open(ctx, cfg); err != nil {
				t.Fatal(err)
			}
			if err := s.PreparePaths(ctx); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) == nil {
				t.Fatal("PathView after reopening: nil")
			}
			sameNeighbourhoods(t, "reloaded snapshot", neighbourhoods(t, s), plain)

			// a write makes the snapshot stale: reads go to the quads
			if _, err := gen.Generate(ctx, s, gen.Config{Quads: res.Quads + 400, Actors: 40, Seed: seed + 100}, nil); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) != nil {
				t.Fatal("PathView after a write: want nil (stale)")
			}
			grown := neighbourhoods(t, s)
			if reflect.DeepEqual(grown, plain) {
				t.Fatal("new articles changed no edge")
			}
			// within a minute of the last build: no rebuild, the quads
			if err := s.PreparePaths(ctx); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) != nil {
				t.Fatal("PathView right after a rebuild and a write: want nil (no rebuild yet)")
			}
			sameNeighbourhoods(t, "written soon after a build", neighbourhoods(t, s), grown)
			defer graph.SetAdjacencyRebuildInterval(0)()
			if err := s.PreparePaths(ctx); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) == nil {
				t.Fatal("PathView after the rebuild interval: nil")
			}
			sameNeighbourhoods(t, "rebuilt after a write", neighbourhoods(t, s), grown)

			// a deletion too
			var victim string
			if err := s.Articles(ctx, func(a graph.ArticleInfo) error {
				if victim == "" {
					victim = a.ID
				}
				return nil
			}); err != nil {
				t.Fatal(err)
			}
			if err := s.DeleteArticle(ctx, victim); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) != nil {
				t.Fatal("PathView after a deletion: want nil (stale)")
			}
			shrunk := neighbourhoods(t, s)
			if err := s.PreparePaths(ctx); err != nil {
				t.Fatal(err)
			}
			if s.PathView(ctx) == nil {
				t.Fatal("PathView after a deletion and PreparePaths: nil")
			}
			sameNeighbourhoods(t, "rebuilt after a deletion", neighbourhoods(t, s), shrunk)
		}
	}
}

// TestEdgeEvidence checks that the statements EdgeEvidence reads by id
// are exactly the asserted statements of the edge's predicate and
// direction that Evidence finds between its actors.
func TestEdgeEvidence(t *testing.T) {
	ctx := context.Background()
	for _, store := range []string{graph.MemoryStore, filepath.Join(t.TempDir(), "e.db")} {
		s := openWith(t, graph.Config{Store: store, NoSync: true})
		if _, err := gen.Generate(ctx, s, gen.Config{Quads: 3000, Actors: 25, Seed: 7}, nil); err != nil {
			t.Fatal(err)
		}
		var ids []string
		if err := s.Nodes(ctx, schema.Filter{}, func(n schema.Node) error { ids = append(ids, n.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		checked := 0
		// first by scanning the edge's articles, then (bolt) by the
		// statement numbers of the adjacency snapshot
		for _, prepared := range []bool{false, true} {
			if prepared {
				if err := s.PreparePaths(ctx); err != nil {
					t.Fatal(err)
				}
			}
			for fname, f := range adjacencyFilters() {
				for _, id := range ids {
					edges, err := s.Out(ctx, id, f)
					if err != nil {
						t.Fatal(err)
					}
					for _, e := range edges {
						got, err := s.EdgeEvidence(ctx, e, f)
						if err != nil {
							t.Fatal(err)
						}
						all, err := s.Evidence(ctx, e.SubjectID, e.ObjectID, f)
						if err != nil {
							t.Fatal(err)
						}
						var want []graph.EvidenceStatement
						for _, st := range all {
							if st.Fact() && st.Predicate == e.Predicate && st.Subject == e.Subject && st.Object == e.Object {
								want = append(want, st)
							}
						}
						if len(got) == 0 || !reflect.DeepEqual(got, want) {
							t.Fatalf("%s (prepared %v): %s: EdgeEvidence(%s %s %s) = %d statements %+v, want %d %+v", store, prepared, fname, e.Subject, e.Predicate, e.Object, len(got), got, len(want), want)
						}
						checked++
					}
				}
			}
		}
		if checked == 0 {
			t.Fatalf("%s: no edge checked", store)
		}
	}
}

// TestAdjacencyWithoutDDLRights opens a PostgreSQL store as a user that
// may read and write its tables but not create any: PreparePaths leaves
// the store reading its quads, and Out answers as before.
func TestAdjacencyWithoutDDLRights(t *testing.T) {
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL cases skipped")
	}
	ctx := context.Background()
	u := postgresSchema(t, base)
	owner := openWith(t, graph.Config{Store: u})
	if _, err := gen.Generate(ctx, owner, gen.Config{Quads: 1500, Actors: 15, Seed: 9}, nil); err != nil {
		t.Fatal(err)
	}
	want := neighbourhoods(t, owner)
	if err := owner.Close(); err != nil {
		t.Fatal(err)
	}
	pu, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	schemaName := pu.Query().Get("search_path")
	role := "ng_user_" + schemaName[len("ng_test_"):]
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		"CREATE ROLE " + role + " LOGIN",
		"GRANT USAGE ON SCHEMA " + schemaName + " TO " + role,
		"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schemaName + " TO " + role,
		"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schemaName + " TO " + role,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	t.Cleanup(func() {
		db.Exec("DROP OWNED BY " + role)
		db.Exec("DROP ROLE " + role)
	})
	pu.User = url.User(role)
	s := openWith(t, graph.Config{Store: pu.String()})
	if err := s.PreparePaths(ctx); err != nil {
		t.Fatalf("PreparePaths without the right to create tables: %v", err)
	}
	if s.PathView(ctx) != nil {
		t.Fatal("PathView without a generation counter: want nil")
	}
	sameNeighbourhoods(t, "no snapshot", neighbourhoods(t, s), want)
}
