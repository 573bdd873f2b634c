package analysis

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// thingStore holds one article in which Ann Lee and Bo Ruiz are linked
// only through a phrase that names no entity ("the plan", a Thing) and
// through a weapon, and Ann Lee advises Cy Park directly.
func thingStore(t *testing.T, store string) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), graph.Config{Store: store, NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	st := func(i int, subj string, st schema.EntityType, pred, obj string, ot schema.EntityType) schema.Statement {
		return schema.Statement{Subject: subj, SubjectType: st, SubjectText: subj, Predicate: pred, PredicateText: pred,
			Object: obj, ObjectType: ot, ObjectText: obj, Modality: schema.Asserted, Confidence: 0.9,
			Sentence: i, SentenceText: subj + " " + pred + " " + obj + ".", Span: schema.Span{0, 10}, Source: "a.txt"}
	}
	x := &schema.Extraction{
		Entities: []schema.Entity{
			{Name: "Ann Lee", Type: schema.Person, Mentions: 2}, {Name: "Bo Ruiz", Type: schema.Person, Mentions: 2},
			{Name: "Cy Park", Type: schema.Person, Mentions: 1}, {Name: "Harpoon", Type: schema.Weapon, Mentions: 2},
		},
		Statements: []schema.Statement{
			st(0, "Ann Lee", schema.Person, "propose", "the plan", schema.Thing),
			st(1, "the plan", schema.Thing, "persuade", "Bo Ruiz", schema.Person),
			st(2, "Ann Lee", schema.Person, "supply", "Harpoon", schema.Weapon),
			st(3, "Harpoon", schema.Weapon, "threaten", "Bo Ruiz", schema.Person),
			st(4, "Ann Lee", schema.Person, "advise", "Cy Park", schema.Person),
		},
	}
	a := schema.Article{ID: "a.txt", Source: "a.txt", Title: "A", Hash: strings.Repeat("cd", 32),
		Published: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), Ingested: time.Date(2025, 3, 2, 0, 0, 0, 0, time.UTC)}
	if _, err := s.WriteArticle(t.Context(), a, x); err != nil {
		t.Fatal(err)
	}
	return s
}

// TestChainsRunThroughActorsOnly checks that paths and influence pass only
// through actors unless a query asks for other types.
func TestChainsRunThroughActorsOnly(t *testing.T) {
	for name, store := range map[string]string{"memory": graph.MemoryStore, "bolt": filepath.Join(t.TempDir(), "g.db")} {
		t.Run(name, func(t *testing.T) { chainsRunThroughActorsOnly(t, thingStore(t, store)) })
	}
}

func chainsRunThroughActorsOnly(t *testing.T, s *graph.Store) {
	ctx := t.Context()
	res, err := Paths(ctx, s, "Ann Lee", "Bo Ruiz", PathQuery{NoEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 0 {
		t.Errorf("paths through non-actors: %v", res.Paths[0].Actors())
	}
	all := []schema.EntityType{schema.Person, schema.Thing, schema.Weapon}
	res, err = Paths(ctx, s, "Ann Lee", "Bo Ruiz", PathQuery{NoEvidence: true, Filter: schema.Filter{Types: all}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 2 {
		t.Errorf("with --types %v: %d paths, want 2 (through the plan and the weapon)", all, len(res.Paths))
	}
	res, err = Paths(ctx, s, "Ann Lee", "Cy Park", PathQuery{NoEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 1 {
		t.Errorf("Ann Lee → Cy Park: %d paths, want 1", len(res.Paths))
	}
	inf, err := Influence(ctx, s, "Bo Ruiz", InfluenceQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(inf.Ranked) != 0 {
		t.Errorf("influencers of Bo Ruiz: %+v, want none (a plan and a weapon are not actors)", inf.Ranked)
	}
	ix, err := NewIndex(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	res, err = Paths(ctx, ix, "Ann Lee", "Bo Ruiz", PathQuery{NoEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 0 {
		t.Errorf("index: paths through non-actors: %v", res.Paths[0].Actors())
	}
}
