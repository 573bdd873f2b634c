package analysis

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
	"github.com/newsgraph/newsgraph/schema"
)

// plainReader hides everything of a store but the PathReader methods, so
// that Paths runs the reference search and quotes through Evidence.
type plainReader struct{ s *graph.Store }

func (p plainReader) Resolve(ctx context.Context, name string) (schema.Node, error) {
	return p.s.Resolve(ctx, name)
}
func (p plainReader) Out(ctx context.Context, a string, f schema.Filter) ([]schema.Edge, error) {
	return p.s.Out(ctx, a, f)
}
func (p plainReader) In(ctx context.Context, a string, f schema.Filter) ([]schema.Edge, error) {
	return p.s.In(ctx, a, f)
}
func (p plainReader) Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error) {
	return p.s.Evidence(ctx, a, b, f)
}

// TestFastPathsMatchReference runs Paths on random bolt graphs twice: with
// the plain reader (reference search over Out and In read from the quads,
// quotes through Evidence) and with the store itself (the adjacency
// snapshot, the integer search and quotes read by statement id), and
// requires identical results.
func TestFastPathsMatchReference(t *testing.T) {
	if testing.Short() {
		t.Skip("writes random graphs to bolt")
	}
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	queries := []PathQuery{
		{MaxHops: 4, Limit: 10},
		{MaxHops: 4, Limit: 10, NoEvidence: true},
		{MaxHops: 3, Limit: 3},
		{MaxHops: 2, Limit: 20},
		{MaxHops: 4, Limit: 5, Filter: schema.Filter{Since: start.AddDate(1, 0, 0)}},
		{MaxHops: 4, Limit: 5, Filter: schema.Filter{Classes: []string{schema.VerbalCooperation, schema.VerbalConflict, schema.RoleClass}}},
		{MaxHops: 4, Limit: 5, Filter: schema.Filter{MinEvidence: 2}},
		{MaxHops: 4, Limit: 10, NodeBudget: 3},
	}
	compared, withPaths := 0, 0
	stores := []string{filepath.Join(t.TempDir(), "p3.db"), filepath.Join(t.TempDir(), "p4.db")}
	if base := os.Getenv("NEWSGRAPH_TEST_POSTGRES"); base != "" {
		stores = append(stores, postgresSchema(t, base))
	} else {
		t.Log("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL case skipped")
	}
	for i, store := range stores {
		seed := uint64(3 + i)
		ctx := context.Background()
		s, err := graph.Open(ctx, graph.Config{Store: store, NoSync: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		if _, err := gen.Generate(ctx, s, gen.Config{Quads: 6000, Actors: 50, Seed: seed}, nil); err != nil {
			t.Fatal(err)
		}
		var ids []string
		if err := s.Nodes(ctx, schema.Filter{}, func(n schema.Node) error { ids = append(ids, n.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		r := rand.New(rand.NewPCG(seed, 5))
		type pair struct{ a, b string }
		var pairs []pair
		n := 15
		if strings.HasPrefix(store, "postgres") {
			n = 8 // the reference reads are slow there
		}
		for range n {
			a, b := r.IntN(len(ids)), r.IntN(len(ids))
			if a != b {
				pairs = append(pairs, pair{ids[a], ids[b]})
			}
		}
		run := func(rd PathReader) []PathResult {
			var out []PathResult
			for _, p := range pairs {
				for _, q := range queries {
					q.Model = testModel()
					q.QuoteTimeout = time.Minute
					res, err := Paths(ctx, rd, p.a, p.b, q)
					if err != nil {
						t.Fatalf("Paths(%s, %s, %+v): %v", p.a, p.b, q, err)
					}
					out = append(out, res)
				}
			}
			return out
		}
		// the reference first: the store has no snapshot in memory yet
		want := run(plainReader{s})
		if s.PathView(ctx) != nil {
			t.Fatal("reference run built a snapshot")
		}
		got := run(s)
		if s.PathView(ctx) == nil {
			t.Fatal("fast run used no snapshot")
		}
		for i := range want {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("%s, seed %d, pair %d, query %+v:\n got %+v\nwant %+v", store, seed, i/len(queries), queries[i%len(queries)], got[i], want[i])
			}
			compared++
			if len(want[i].Paths) > 0 {
				withPaths++
			}
		}
	}
	if withPaths < compared/4 {
		t.Fatalf("only %d of %d queries found paths: the graphs test too little", withPaths, compared)
	}
}

// postgresSchema is pgtest.Schema with this package's prefix.
func postgresSchema(t testing.TB, base string) string {
	t.Helper()
	return pgtest.Schema(t, base, "ng_paths")
}

// TestFastPathsOnStore compares the fast and the reference search on an
// existing store named by NEWSGRAPH_PATHS_STORE (a copy: the snapshot is
// saved into it), between pairs of its most mentioned actors.
func TestFastPathsOnStore(t *testing.T) {
	store := os.Getenv("NEWSGRAPH_PATHS_STORE")
	if store == "" {
		t.Skip("NEWSGRAPH_PATHS_STORE is not set")
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Store: store, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var nodes []schema.Node
	if err := s.Nodes(ctx, schema.Filter{}, func(n schema.Node) error {
		if n.Type.IsActor() {
			nodes = append(nodes, n)
		}
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(nodes, func(a, b schema.Node) int { return b.Mentions - a.Mentions })
	nodes = nodes[:min(40, len(nodes))]
	r := rand.New(rand.NewPCG(11, 12))
	var pairs [][2]string
	for range 20 {
		a, b := r.IntN(len(nodes)), r.IntN(len(nodes))
		if a != b {
			pairs = append(pairs, [2]string{nodes[a].ID, nodes[b].ID})
		}
	}
	queries := []PathQuery{{MaxHops: 4, Limit: 10, NoEvidence: true}, {MaxHops: 3, Limit: 5}}
	run := func(rd PathReader) []PathResult {
		var out []PathResult
		for _, p := range pairs {
			for _, q := range queries {
				q.Model = DefaultModel()
				q.QuoteTimeout = 5 * time.Minute
				res, err := Paths(ctx, rd, p[0], p[1], q)
				if err != nil {
					t.Fatalf("Paths(%s, %s): %v", p[0], p[1], err)
				}
				out = append(out, res)
			}
		}
		return out
	}
	t0 := time.Now()
	want := run(plainReader{s})
	t1 := time.Now()
	got := run(s)
	t.Logf("%d queries: reference %s, fast %s (snapshot included)", len(want), t1.Sub(t0), time.Since(t1))
	found := 0
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("pair %v, query %+v:\n got %+v\nwant %+v", pairs[i/len(queries)], queries[i%len(queries)], got[i], want[i])
		}
		if len(want[i].Paths) > 0 {
			found++
		}
	}
	t.Logf("%d of %d queries found paths; all identical", found, len(want))
}
