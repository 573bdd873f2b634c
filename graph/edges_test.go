package graph_test

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// TestEdgesMatchFullScan checks that Out, In and the statements behind
// Evidence, which read only the direct-edge quads (statement links) at an
// actor, give exactly what folding every quad at the actor gives, on the
// seed article and on a random graph of many articles sharing actors,
// under each kind of filter.
func TestEdgesMatchFullScan(t *testing.T) {
	ctx := context.Background()
	seed := func(t *testing.T, s *graph.Store) []string {
		graphtest.Write(t, s, graphtest.SeedArticle(), graphtest.SeedExtraction())
		var names []string
		for _, e := range graphtest.SeedExtraction().Entities {
			names = append(names, e.Name)
		}
		return names
	}
	random := func(t *testing.T, s *graph.Store) []string {
		rng := rand.New(rand.NewPCG(7, 11))
		set := map[string]bool{}
		var names []string
		for i := 0; i < 40; i++ {
			a, x := synthArticle(i, 14, rng)
			graphtest.Write(t, s, a, x)
			for _, e := range x.Entities {
				if !set[e.Name] {
					set[e.Name] = true
					names = append(names, e.Name)
				}
			}
		}
		return names
	}
	day := func(d int) time.Time {
		return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(d) * 24 * time.Hour)
	}
	filters := map[string]schema.Filter{
		"none":         {},
		"since":        {Since: day(1)},
		"until":        {Until: day(1)},
		"window":       {Since: time.Date(2025, 1, 1, 10, 0, 0, 0, time.UTC), Until: day(1)},
		"min evidence": {MinEvidence: 2},
		"classes":      {Classes: []string{"verbal-cooperation", "verbal-conflict"}},
		"types":        {Types: []schema.EntityType{schema.Person}},
		"types 2":      {Types: []schema.EntityType{schema.Person, schema.Country}},
	}
	graphs := []struct {
		name  string
		build func(*testing.T, *graph.Store) []string
	}{{"seed", seed}, {"random", random}}
	stores := map[string]func(t *testing.T) graph.Config{
		"memory": func(*testing.T) graph.Config { return graph.Config{Store: graph.MemoryStore} },
		"bolt": func(t *testing.T) graph.Config {
			return graph.Config{Store: filepath.Join(t.TempDir(), "g.db"), NoSync: true}
		},
	}
	for _, g := range graphs {
		for sname, cfg := range stores {
			t.Run(g.name+"/"+sname, func(t *testing.T) {
				s := openWith(t, cfg(t))
				names := g.build(t, s)
				edges := 0
				for _, n := range names {
					for fname, f := range filters {
						for _, out := range []bool{true, false} {
							want, err := s.EdgesByFullScan(ctx, n, out, f)
							if err != nil {
								t.Fatal(err)
							}
							get := s.In
							if out {
								get = s.Out
							}
							got, err := get(ctx, n, f)
							if err != nil {
								t.Fatal(err)
							}
							if !reflect.DeepEqual(got, want) {
								t.Errorf("%s, out %v, filter %s:\n got %+v\nwant %+v", n, out, fname, got, want)
							}
							edges += len(got)
						}
					}
					for _, m := range names {
						want, err := s.StatementsByFullScan(ctx, n, m)
						if err != nil {
							t.Fatal(err)
						}
						got, err := s.StatementsBetween(ctx, n, m)
						if err != nil {
							t.Fatal(err)
						}
						if !reflect.DeepEqual(got, want) {
							t.Errorf("statements %s-%s: got %v, want %v", n, m, got, want)
						}
					}
				}
				if edges == 0 {
					t.Fatal("no edges compared")
				}
			})
		}
	}
}
