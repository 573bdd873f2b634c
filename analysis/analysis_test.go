package analysis

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/analysis/analysistest"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func seed() *analysistest.Graph { return analysistest.Seed() }

var day = analysistest.SeedDay

func testModel() Model {
	return Model{Lexicon: schema.Vocabulary().Lookup, Now: day.Add(24 * time.Hour)}
}

func actorsOf(ps []Path) [][]string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = p.Actors()
	}
	return out
}

func TestPaths(t *testing.T) {
	g := seed()
	tests := []struct {
		name     string
		from, to string
		q        PathQuery
		want     []string // a path that must be among the results
		wantNone bool
		wantErr  error
	}{
		{name: "seed chain", from: "Witkoff", to: "Trump", q: PathQuery{MaxHops: 4},
			want: []string{"Steve Witkoff", "Yuri Ushakov", "Vladimir Putin", "Donald Trump"}},
		{name: "alias and case", from: "steve witkoff", to: "donald trump", q: PathQuery{MaxHops: 3},
			want: []string{"Steve Witkoff", "Yuri Ushakov", "Vladimir Putin", "Donald Trump"}},
		{name: "negated statement is no edge", from: "Witkoff", to: "Trump", q: PathQuery{MaxHops: 1}, wantNone: true},
		{name: "too few hops", from: "Witkoff", to: "Trump", q: PathQuery{MaxHops: 2}, wantNone: true},
		{name: "forward direction", from: "Russia", to: "Ukraine", q: PathQuery{MaxHops: 1},
			want: []string{"Russia", "Ukraine"}},
		{name: "against influence direction", from: "Ukraine", to: "Russia", q: PathQuery{MaxHops: 4}, wantNone: true},
		{name: "role read from principal to aide", from: "Putin", to: "Ushakov", q: PathQuery{MaxHops: 1},
			want: []string{"Vladimir Putin", "Yuri Ushakov"}},
		{name: "class filter", from: "Witkoff", to: "Trump",
			q: PathQuery{MaxHops: 4, Filter: schema.Filter{Classes: []string{schema.MaterialConflict}}}, wantNone: true},
		{name: "date filter", from: "Witkoff", to: "Trump",
			q: PathQuery{MaxHops: 4, Filter: schema.Filter{Since: day.Add(48 * time.Hour)}}, wantNone: true},
		{name: "unknown actor", from: "Nobody", to: "Trump", wantErr: graph.ErrNotFound},
		{name: "same actor", from: "Witkoff", to: "Steve Witkoff", wantErr: ErrSameActor},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Model = testModel()
			res, err := Paths(t.Context(), g, tc.from, tc.to, tc.q)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("Paths(%q, %q) error = %v, want %v", tc.from, tc.to, err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Paths(%q, %q): %v", tc.from, tc.to, err)
			}
			got := actorsOf(res.Paths)
			if tc.wantNone {
				if len(got) != 0 {
					t.Fatalf("Paths(%q, %q) = %v, want none", tc.from, tc.to, got)
				}
				return
			}
			if !slices.ContainsFunc(got, func(p []string) bool { return slices.Equal(p, tc.want) }) {
				t.Fatalf("Paths(%q, %q) = %v, want it to contain %v", tc.from, tc.to, got, tc.want)
			}
			for i, p := range res.Paths {
				if len(p.Hops) > res.MaxHops {
					t.Errorf("path %d has %d hops, more than %d", i, len(p.Hops), res.MaxHops)
				}
				if i > 0 && len(p.Hops) < len(res.Paths[i-1].Hops) {
					t.Errorf("path %d (%d hops) after a longer one", i, len(p.Hops))
				}
				if i > 0 && len(p.Hops) == len(res.Paths[i-1].Hops) && p.Strength > res.Paths[i-1].Strength {
					t.Errorf("path %d stronger (%v) than the one before (%v)", i, p.Strength, res.Paths[i-1].Strength)
				}
				for _, h := range p.Hops {
					if h.Sentence == "" || h.Source == "" || h.Evidence < 1 || h.Predicate == "" {
						t.Errorf("hop %s→%s lacks evidence: %+v", h.From, h.To, h)
					}
					if strings.Contains(h.Sentence, "did not") {
						t.Errorf("hop %s→%s quotes a negated sentence %q", h.From, h.To, h.Sentence)
					}
				}
			}
		})
	}
}

func TestPathsHopEvidence(t *testing.T) {
	res, err := Paths(t.Context(), seed(), "Witkoff", "Ushakov", PathQuery{MaxHops: 1, Model: testModel()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Paths) != 1 {
		t.Fatalf("got %d paths, want 1: %v", len(res.Paths), actorsOf(res.Paths))
	}
	h := res.Paths[0].Hops[0]
	if h.Evidence != 3 || h.Predicate != "suggest" || !slices.Equal(h.Also, []string{"coach", "call"}) {
		t.Errorf("hop = %+v, want suggest (strongest, most confident) with 3 statements and also coach, call", h)
	}
	if h.From != "Steve Witkoff" || h.FromID != analysistest.IDPrefix+"Steve Witkoff" || h.To != "Yuri Ushakov" {
		t.Errorf("hop names %q→%q, IDs %q→%q", h.From, h.To, h.FromID, h.ToID)
	}
	if !strings.Contains(h.Sentence, "suggested") || h.Source != "putin-tomahawk-call.txt" {
		t.Errorf("hop sentence %q source %q", h.Sentence, h.Source)
	}
}

// randomGraph builds a seeded random graph of n actors and m statements.
func randomGraph(seed uint64, n, m int) (*analysistest.Graph, []analysistest.Fact) {
	r := rand.New(rand.NewPCG(seed, 1))
	preds := []struct {
		lemma, class string
		g            float64
	}{
		{"advise", schema.VerbalCooperation, 3}, {"threaten", schema.VerbalConflict, -6},
		{"meet", schema.VerbalCooperation, 1}, {"aide", schema.RoleClass, 0},
		{"accept", schema.MaterialCooperation, 5}, {"say", schema.NeutralClass, 0},
	}
	var facts []analysistest.Fact
	for i := range m {
		s, o := r.IntN(n), r.IntN(n)
		if s == o {
			continue
		}
		p := preds[r.IntN(len(preds))]
		facts = append(facts, analysistest.Fact{
			Subject: fmt.Sprintf("a%d", s), Object: fmt.Sprintf("a%d", o),
			Predicate: p.lemma, Class: p.class, Goldstein: p.g,
			Article: fmt.Sprintf("art%d", r.IntN(m/3+1)), Published: day, Sentence: fmt.Sprintf("s%d", i),
		})
	}
	return analysistest.New(facts, nil, nil), facts
}

// bruteForce lists every simple influence path of at most maxHops arcs.
func bruteForce(t *testing.T, g *analysistest.Graph, m Model, from, to string, maxHops int) map[string]bool {
	t.Helper()
	ctx := context.Background()
	next := func(x string) []string {
		out, _ := g.Out(ctx, x, schema.Filter{})
		if len(out) > 0 && out[0].SubjectID != x {
			t.Fatalf("fake graph: edge subject ID %q, want %q", out[0].SubjectID, x)
		}
		in, _ := g.In(ctx, x, schema.Filter{})
		var ys []string
		for _, a := range m.arcs(out, in, true) {
			if !slices.Contains(ys, a.To) {
				ys = append(ys, a.To)
			}
		}
		return ys
	}
	found := map[string]bool{}
	var walk func(path []string)
	walk = func(path []string) {
		x := path[len(path)-1]
		if x == analysistest.IDPrefix+to {
			var names []string
			for _, k := range path {
				names = append(names, strings.TrimPrefix(k, analysistest.IDPrefix))
			}
			found[strings.Join(names, " ")] = true
			return
		}
		if len(path)-1 == maxHops {
			return
		}
		for _, y := range next(x) {
			if !slices.Contains(path, y) {
				walk(append(slices.Clip(path), y))
			}
		}
	}
	walk([]string{analysistest.IDPrefix + from})
	return found
}

func TestPathsMatchesBruteForce(t *testing.T) {
	m := testModel()
	for seed := range uint64(12) {
		g, _ := randomGraph(seed, 25, 60+int(seed)*5)
		for _, hops := range []int{1, 2, 3, 4, 5} {
			from, to := fmt.Sprintf("a%d", seed%7), fmt.Sprintf("a%d", 10+seed%9)
			want := bruteForce(t, g, m, from, to, hops)
			res, err := Paths(t.Context(), g, from, to, PathQuery{MaxHops: hops, Limit: 1 << 20, Model: m, NoEvidence: true})
			if err != nil {
				t.Fatalf("seed %d hops %d: %v", seed, hops, err)
			}
			got := map[string]bool{}
			for _, p := range res.Paths {
				k := strings.Join(p.Actors(), " ")
				if got[k] {
					t.Errorf("seed %d hops %d: path %s twice", seed, hops, k)
				}
				got[k] = true
			}
			for k := range want {
				if !got[k] {
					t.Errorf("seed %d hops %d: missing path %s", seed, hops, k)
				}
			}
			for k := range got {
				if !want[k] {
					t.Errorf("seed %d hops %d: extra path %s", seed, hops, k)
				}
			}
			// With a small limit, the shortest paths come back.
			small, err := Paths(t.Context(), g, from, to, PathQuery{MaxHops: hops, Limit: 3, Model: m, NoEvidence: true})
			if err != nil {
				t.Fatal(err)
			}
			lens := []int{}
			for k := range want {
				lens = append(lens, strings.Count(k, " "))
			}
			slices.Sort(lens)
			if len(lens) > 3 {
				lens = lens[:3]
			}
			var gotLens []int
			for _, p := range small.Paths {
				gotLens = append(gotLens, len(p.Hops))
			}
			if !slices.Equal(lens, gotLens) && !(len(lens) == 0 && len(gotLens) == 0) {
				t.Errorf("seed %d hops %d: limited path lengths %v, want %v", seed, hops, gotLens, lens)
			}
		}
	}
}

func TestPathsNodeBudget(t *testing.T) {
	g, _ := randomGraph(3, 200, 1500)
	res, err := Paths(t.Context(), g, "a1", "a2", PathQuery{MaxHops: 6, Limit: 1 << 20, NodeBudget: 10, Model: testModel(), NoEvidence: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Truncated || res.Expanded > 10 {
		t.Errorf("expanded %d actors, truncated %v; want at most 10 and truncated", res.Expanded, res.Truncated)
	}
}

func TestPathsCancelled(t *testing.T) {
	g, _ := randomGraph(4, 50, 300)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Paths(ctx, g, "a1", "a2", PathQuery{Model: testModel()}); !errors.Is(err, context.Canceled) {
		t.Errorf("Paths on a cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestInfluence(t *testing.T) {
	vc := schema.VerbalCooperation
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	old := now.AddDate(-2, 0, 0)
	fact := func(s, p, o, class string, g float64, art string, when time.Time) analysistest.Fact {
		return analysistest.Fact{Subject: s, Predicate: p, Object: o, Class: class, Goldstein: g, Article: art, Published: when, Sentence: s + " " + p + " " + o}
	}
	tests := []struct {
		name  string
		facts []analysistest.Fact
		q     InfluenceQuery
		want  []string // ranking
	}{
		{name: "independent articles count", q: InfluenceQuery{},
			facts: []analysistest.Fact{
				fact("A", "advise", "T", vc, 3, "a1", now), fact("A", "advise", "T", vc, 3, "a2", now),
				fact("B", "advise", "T", vc, 3, "b1", now), fact("B", "advise", "T", vc, 3, "b1", now),
			}, want: []string{"A", "B"}},
		{name: "recency decays", q: InfluenceQuery{},
			facts: []analysistest.Fact{fact("A", "advise", "T", vc, 3, "a1", old), fact("B", "advise", "T", vc, 3, "b1", now)},
			want:  []string{"B", "A"}},
		{name: "goldstein magnitude", q: InfluenceQuery{},
			facts: []analysistest.Fact{fact("A", "advise", "T", vc, 3, "a1", now), fact("B", "threaten", "T", schema.VerbalConflict, -6, "b1", now)},
			want:  []string{"B", "A"}},
		{name: "direction in", q: InfluenceQuery{},
			facts: []analysistest.Fact{fact("T", "advise", "A", vc, 3, "a1", now), fact("B", "advise", "T", vc, 3, "b1", now), fact("C", "accept", "T", schema.MaterialCooperation, 5, "c1", now)},
			want:  []string{"B"}},
		{name: "direction out with backward predicate", q: InfluenceQuery{Out: true},
			facts: []analysistest.Fact{fact("T", "advise", "A", vc, 3, "a1", now), fact("B", "advise", "T", vc, 3, "b1", now), fact("C", "accept", "T", schema.MaterialCooperation, 5, "c1", now)},
			want:  []string{"C", "A"}},
		{name: "symmetric counts both ways", q: InfluenceQuery{Out: true},
			facts: []analysistest.Fact{fact("B", "meet", "T", vc, 1, "b1", now)},
			want:  []string{"B"}},
		{name: "role in its direction only", q: InfluenceQuery{},
			facts: []analysistest.Fact{fact("A", "aide", "T", schema.RoleClass, 0, "a1", now), fact("T", "aide", "B", schema.RoleClass, 0, "b1", now)},
			want:  []string{"B"}},
		{name: "class filter", q: InfluenceQuery{Filter: schema.Filter{Classes: []string{schema.VerbalConflict}}},
			facts: []analysistest.Fact{fact("A", "advise", "T", vc, 3, "a1", now), fact("B", "threaten", "T", schema.VerbalConflict, -6, "b1", now)},
			want:  []string{"B"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := analysistest.New(tc.facts, nil, nil)
			tc.q.Model = Model{Lexicon: schema.Vocabulary().Lookup, Now: now}
			res, err := Influence(t.Context(), g, "T", tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range res.Ranked {
				got = append(got, r.Actor)
				if r.Score <= 0 || r.Articles < 1 || r.Evidence < 1 || len(r.Predicates) == 0 {
					t.Errorf("influencer %+v lacks score or evidence", r)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Influence ranking = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestInfluenceSeed(t *testing.T) {
	res, err := Influence(t.Context(), seed(), "Trump", InfluenceQuery{Model: testModel()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Ranked) == 0 || res.Ranked[0].Actor != "Vladimir Putin" {
		t.Fatalf("who influences Trump = %+v, want Putin first", res.Ranked)
	}
	if !slices.Equal(res.Ranked[0].Predicates, []string{"congratulate", "threaten"}) {
		t.Errorf("Putin's predicates = %v", res.Ranked[0].Predicates)
	}
}

func TestActors(t *testing.T) {
	vc := schema.VerbalCooperation
	fact := func(s, p, o string, g float64, art string) analysistest.Fact {
		return analysistest.Fact{Subject: s, Predicate: p, Object: o, Class: vc, Goldstein: g, Article: art, Published: day}
	}
	g := analysistest.New([]analysistest.Fact{
		fact("Boss", "instruct", "A", 3.5, "1"), fact("Boss", "instruct", "B", 3.5, "2"),
		fact("Boss", "instruct", "C", 3.5, "3"), fact("A", "advise", "C", 3, "4"),
		fact("C", "advise", "Boss", 3, "5"), fact("D", "meet", "A", 1, "6"),
		{Subject: "Boss", Predicate: "buy", Object: "Tomahawk", Class: schema.MaterialCooperation, Goldstein: 6, Article: "7"},
	}, nil, map[string]schema.EntityType{"Tomahawk": schema.Weapon})
	res, err := Actors(t.Context(), g, ActorsQuery{Model: testModel()})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	sum := 0.0
	for _, r := range res {
		names = append(names, r.Name)
		sum += r.Rank
	}
	if slices.Contains(names, "Tomahawk") {
		t.Errorf("a weapon ranked among actors: %v", names)
	}
	if len(names) != 5 || names[0] != "Boss" {
		t.Fatalf("actors = %v, want 5 with Boss first", names)
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("ranks sum to %v, want 1", sum)
	}
	if res[0].Influenced != 3 || res[0].InfluencedBy != 1 {
		t.Errorf("Boss influences %d and is influenced by %d, want 3 and 1", res[0].Influenced, res[0].InfluencedBy)
	}
	top, err := Actors(t.Context(), g, ActorsQuery{Top: 2, Model: testModel()})
	if err != nil || len(top) != 2 || top[0].Name != "Boss" {
		t.Errorf("top 2 = %v, %v", top, err)
	}
}

func TestEvidence(t *testing.T) {
	res, err := Evidence(t.Context(), seed(), "Trump", "Witkoff", schema.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var preds []string
	negated := 0
	for _, s := range res.Statements {
		preds = append(preds, s.Predicate)
		if s.Negated {
			negated++
		}
		if s.Evidence.Sentence == "" || s.Evidence.Source == "" {
			t.Errorf("statement without sentence or source: %+v", s)
		}
	}
	slices.Sort(preds)
	if !slices.Equal(preds, []string{"appoint", "threaten"}) || negated != 1 || res.Asserted != 1 {
		t.Errorf("evidence Trump–Witkoff = %v (negated %d, asserted %d), want appoint and a negated threaten", preds, negated, res.Asserted)
	}
	if _, err := Evidence(t.Context(), seed(), "Trump", "Nobody", schema.Filter{}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("unknown actor: err = %v", err)
	}
}

func TestCachedLexicon(t *testing.T) {
	calls := 0
	l := Cached(func(lemma string) (schema.Predicate, bool) {
		calls++
		return schema.Predicate{Lemma: lemma, Direction: schema.Forward}, lemma != "unknown"
	})
	for range 3 {
		if p, ok := l("advise"); !ok || p.Lemma != "advise" {
			t.Fatalf("advise = %+v %v", p, ok)
		}
		if _, ok := l("unknown"); ok {
			t.Fatal("unknown found")
		}
	}
	if calls != 2 {
		t.Errorf("lexicon called %d times for two lemmas, want 2", calls)
	}
}

// slowEvidence blocks evidence reads until their context ends.
type slowEvidence struct{ *analysistest.Graph }

func (s slowEvidence) Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func TestPathsQuoteBudget(t *testing.T) {
	start := time.Now()
	res, err := Paths(t.Context(), slowEvidence{seed()}, "Witkoff", "Trump", PathQuery{Model: testModel(), QuoteTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatalf("Paths with slow evidence: %v", err)
	}
	if len(res.Paths) == 0 || res.Unquoted != len(res.Paths[0].Hops)*len(res.Paths) {
		t.Errorf("got %d paths, %d unquoted hops; want every hop unquoted", len(res.Paths), res.Unquoted)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v with a 50ms quote budget", d)
	}
}
