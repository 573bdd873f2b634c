package conformance

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// Run runs the path and export cases against the stores open makes.
func Run(t *testing.T, open graphtest.Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open graphtest.Opener)
	}{
		{"Paths", testPaths},
		{"PathsAfterReplaceAndDelete", testPathsAfterChanges},
		{"Export", testExport},
		{"ExportFilters", testExportFilters},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// The fixture: three articles from three sources on three days.
//
//	a1 (wire-a, 10 Oct): Witkoff advised Ushakov; Ushakov, an aide of Putin
//	a2 (wire-b, 14 Oct): Witkoff advised Ushakov again; Putin threatened
//	                     Trump; Trump did not praise Putin (negated)
//	a3 (wire-c, 20 Oct): Putin attacked Ukraine; Witkoff met Trump
var (
	day1 = time.Date(2025, 10, 10, 0, 0, 0, 0, time.UTC)
	day2 = time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	day3 = time.Date(2025, 10, 20, 0, 0, 0, 0, time.UTC)
)

// The fixture's sentences, which paths quote.
const (
	sAdvise1  = "Steve Witkoff advised Yuri Ushakov on the call."
	sAide     = "Yuri Ushakov, an aide to Vladimir Putin, listened."
	sAdvise2  = "Witkoff again advised Ushakov."
	sThreaten = "Putin threatened Trump over the missiles."
	sPraise   = "Trump did not praise Putin."
	sAttack   = "Russian forces under Putin attacked Ukraine."
	sMeet     = "Witkoff met Trump at the White House."
)

func entity(name string, typ schema.EntityType, mentions int, aliases ...string) schema.Entity {
	return schema.Entity{Name: name, Type: typ, Aliases: aliases, Mentions: mentions}
}

var (
	witkoff = func(m int) schema.Entity { return entity("Steve Witkoff", schema.Person, m, "Witkoff") }
	ushakov = func(m int) schema.Entity { return entity("Yuri Ushakov", schema.Person, m, "Ushakov") }
	putin   = func(m int) schema.Entity { return entity("Vladimir Putin", schema.Person, m, "Putin") }
	trump   = func(m int) schema.Entity { return entity("Donald Trump", schema.Person, m, "Trump") }
	ukraine = func(m int) schema.Entity { return entity("Ukraine", schema.Country, m) }
)

// statement builds an asserted statement (negated when told) whose
// class, CAMEO code and role come from the vocabulary.
func statement(i int, subj schema.Entity, pred string, obj schema.Entity, sentence, source string, negated bool) schema.Statement {
	voc, _ := schema.Vocabulary().Lookup(pred)
	return schema.Statement{
		Subject: subj.Name, SubjectType: subj.Type, SubjectText: subj.Name,
		Predicate: pred, PredicateText: pred, Cameo: voc.Cameo, Role: voc.Role,
		Object: obj.Name, ObjectType: obj.Type, ObjectText: obj.Name,
		Negated: negated, Modality: schema.Asserted, Confidence: 0.9,
		Sentence: i, SentenceText: sentence, Span: schema.Span{0, len(sentence)}, Source: source,
	}
}

func article(id, source string, day time.Time) schema.Article {
	return schema.Article{ID: id, Source: source, Title: "Article " + id, Published: day,
		Hash: strings.Repeat(fmt.Sprintf("%02x", len(id)+int(day.Day())), 32), Ingested: day.Add(time.Hour)}
}

func article1() (schema.Article, *schema.Extraction) {
	return article("a1", "wire-a", day1), &schema.Extraction{
		Entities: []schema.Entity{witkoff(2), ushakov(2), putin(1)},
		Statements: []schema.Statement{
			statement(0, witkoff(0), "advise", ushakov(0), sAdvise1, "wire-a", false),
			statement(1, ushakov(0), "aide", putin(0), sAide, "wire-a", false),
		},
	}
}

func article2() (schema.Article, *schema.Extraction) {
	return article("a2", "wire-b", day2), &schema.Extraction{
		Entities: []schema.Entity{witkoff(1), ushakov(1), putin(2), trump(2)},
		Statements: []schema.Statement{
			statement(0, witkoff(0), "advise", ushakov(0), sAdvise2, "wire-b", false),
			statement(1, putin(0), "threaten", trump(0), sThreaten, "wire-b", false),
			statement(2, trump(0), "praise", putin(0), sPraise, "wire-b", true),
		},
	}
}

func article3() (schema.Article, *schema.Extraction) {
	return article("a3", "wire-c", day3), &schema.Extraction{
		Entities: []schema.Entity{putin(1), ukraine(1), witkoff(1), trump(1)},
		Statements: []schema.Statement{
			statement(0, putin(0), "attack", ukraine(0), sAttack, "wire-c", false),
			statement(1, witkoff(0), "meet", trump(0), sMeet, "wire-c", false),
		},
	}
}

// fixtureStore opens a store holding the three articles.
func fixtureStore(t *testing.T, open graphtest.Opener) *graph.Store {
	t.Helper()
	s := open(t, graph.Config{})
	for _, f := range []func() (schema.Article, *schema.Extraction){article1, article2, article3} {
		a, x := f()
		graphtest.Write(t, s, a, x)
	}
	return s
}

// model scores paths as `newsgraph paths` does, with a fixed today so
// that recency weights do not depend on the day the test runs.
func model() analysis.Model {
	m := analysis.DefaultModel()
	m.Now = day3.AddDate(0, 0, 1)
	return m
}

// hopWant is what one step of a path must show.
type hopWant struct {
	from, to, predicate string
	against             bool
	articles            int
	sentences           []string // the step quotes one of these
	sources             []string // from one of these
}

// pathWant is one expected path, steps in order.
type pathWant []hopWant

var (
	meetHop     = hopWant{"Steve Witkoff", "Donald Trump", "meet", false, 1, []string{sMeet}, []string{"wire-c"}}
	adviseHop   = hopWant{"Steve Witkoff", "Yuri Ushakov", "advise", false, 2, []string{sAdvise1, sAdvise2}, []string{"wire-a", "wire-b"}}
	aideHop     = hopWant{"Yuri Ushakov", "Vladimir Putin", "aide", true, 1, []string{sAide}, []string{"wire-a"}}
	threatenHop = hopWant{"Vladimir Putin", "Donald Trump", "threaten", false, 1, []string{sThreaten}, []string{"wire-b"}}
	directPath  = pathWant{meetHop}
	chainPath   = pathWant{adviseHop, aideHop, threatenHop}
)

// checkPaths runs analysis.Paths and compares its paths, in order, with
// want.
func checkPaths(t *testing.T, s *graph.Store, from, to string, q analysis.PathQuery, want []pathWant) {
	t.Helper()
	q.Model = model()
	res, err := analysis.Paths(context.Background(), s, from, to, q)
	if err != nil {
		t.Fatalf("Paths(%s, %s): %v", from, to, err)
	}
	var got []string
	for _, p := range res.Paths {
		got = append(got, strings.Join(p.Actors(), " → "))
	}
	var wantActors []string
	for _, p := range want {
		actors := []string{p[0].from}
		for _, h := range p {
			actors = append(actors, h.to)
		}
		wantActors = append(wantActors, strings.Join(actors, " → "))
	}
	if !slices.Equal(got, wantActors) {
		t.Fatalf("Paths(%s, %s, %+v)\n got %q\nwant %q", from, to, q.Filter, got, wantActors)
	}
	for i, p := range res.Paths {
		if p.Strength <= 0 || p.Strength > 1 {
			t.Errorf("path %d strength %g, want in (0, 1]", i+1, p.Strength)
		}
		for j, h := range p.Hops {
			w := want[i][j]
			if h.Predicate != w.predicate || h.Against != w.against || h.Articles != w.articles {
				t.Errorf("path %d step %d: %s %s %s (via role %v, %d articles), want %s %s %s (via role %v, %d articles)",
					i+1, j+1, h.From, h.Predicate, h.To, h.Against, h.Articles, w.from, w.predicate, w.to, w.against, w.articles)
			}
			if h.Strength <= 0 {
				t.Errorf("path %d step %d has strength %g", i+1, j+1, h.Strength)
			}
			if q.NoEvidence {
				continue
			}
			if !slices.Contains(w.sentences, h.Sentence) || !slices.Contains(w.sources, h.Source) {
				t.Errorf("path %d step %d quotes %q from %q, want one of %q from %q", i+1, j+1, h.Sentence, h.Source, w.sentences, w.sources)
			}
		}
	}
}

func testPaths(t *testing.T, open graphtest.Opener) {
	s := fixtureStore(t, open)
	tests := []struct {
		name     string
		from, to string
		q        analysis.PathQuery
		want     []pathWant
	}{
		{"shortest first", "Witkoff", "Trump", analysis.PathQuery{}, []pathWant{directPath, chainPath}},
		{"canonical names", "Steve Witkoff", "Donald Trump", analysis.PathQuery{}, []pathWant{directPath, chainPath}},
		{"without quotes", "Witkoff", "Trump", analysis.PathQuery{NoEvidence: true}, []pathWant{directPath, chainPath}},
		{"at most two steps", "Witkoff", "Trump", analysis.PathQuery{MaxHops: 2}, []pathWant{directPath}},
		{"limit one", "Witkoff", "Trump", analysis.PathQuery{Limit: 1}, []pathWant{directPath}},
		{"since the meeting's article", "Witkoff", "Trump", analysis.PathQuery{Filter: schema.Filter{Since: day3}}, []pathWant{directPath}},
		{"until the threat's article", "Witkoff", "Trump", analysis.PathQuery{Filter: schema.Filter{Until: day2}}, []pathWant{chainPath}},
		{"until the first article", "Witkoff", "Trump", analysis.PathQuery{Filter: schema.Filter{Until: day1}}, nil},
		{"cooperation and roles only", "Witkoff", "Trump",
			analysis.PathQuery{Filter: schema.Filter{Classes: []string{schema.VerbalCooperation, schema.RoleClass}}}, []pathWant{directPath}},
		{"advice twice", "Witkoff", "Putin", analysis.PathQuery{Filter: schema.Filter{MinEvidence: 2}}, nil},
		{"to an aide's principal", "Witkoff", "Putin", analysis.PathQuery{}, []pathWant{{adviseHop, aideHop}}},
		{"no way back", "Ukraine", "Witkoff", analysis.PathQuery{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPaths(t, s, tc.from, tc.to, tc.q, tc.want) })
	}
	t.Run("unknown actor", func(t *testing.T) {
		if _, err := analysis.Paths(context.Background(), s, "Nobody Known", "Trump", analysis.PathQuery{Model: model()}); err == nil {
			t.Errorf("Paths from an unknown actor succeeded")
		}
	})
	t.Run("same actor", func(t *testing.T) {
		_, err := analysis.Paths(context.Background(), s, "Witkoff", "Steve Witkoff", analysis.PathQuery{Model: model()})
		if !errors.Is(err, analysis.ErrSameActor) {
			t.Errorf("Paths(Witkoff, Steve Witkoff) = %v, want ErrSameActor", err)
		}
	})
}

// testPathsAfterChanges reads paths on one open store while its articles
// change: what a store caches for paths must follow its writes.
func testPathsAfterChanges(t *testing.T, open graphtest.Opener) {
	s := fixtureStore(t, open)
	checkPaths(t, s, "Witkoff", "Trump", analysis.PathQuery{}, []pathWant{directPath, chainPath})

	// a3 again without the meeting.
	a, x := article3()
	a.Hash = strings.Repeat("3f", 32)
	x.Statements = x.Statements[:1]
	if res := graphtest.Write(t, s, a, x); res.Status != graph.StatusUpdated {
		t.Fatalf("rewrite of a3: %s, want updated", res.Status)
	}
	checkPaths(t, s, "Witkoff", "Trump", analysis.PathQuery{}, []pathWant{chainPath})

	if err := s.DeleteArticle(context.Background(), "a2"); err != nil {
		t.Fatal(err)
	}
	checkPaths(t, s, "Witkoff", "Trump", analysis.PathQuery{}, nil)
	checkPaths(t, s, "Witkoff", "Putin", analysis.PathQuery{}, []pathWant{{
		{"Steve Witkoff", "Yuri Ushakov", "advise", false, 1, []string{sAdvise1}, []string{"wire-a"}}, aideHop}})
}
