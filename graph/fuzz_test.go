package graph_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// fuzzExtraction builds a small random graph: entity names and sentences
// are words of text, the shape comes from seed.
func fuzzExtraction(seed uint64, text string) (schema.Article, *schema.Extraction) {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	words := strings.Fields(text)
	if len(words) == 0 {
		words = []string{text}
	}
	word := func() string { return words[rng.IntN(len(words))] }
	types := []schema.EntityType{schema.Person, schema.Organization, schema.Country, schema.Location, schema.Thing}
	x := &schema.Extraction{}
	n := 1 + rng.IntN(5)
	for range n {
		e := schema.Entity{Name: word() + " " + word(), Type: types[rng.IntN(len(types))]}
		for range rng.IntN(3) {
			e.Aliases = append(e.Aliases, word())
		}
		x.Entities = append(x.Entities, e)
	}
	mods := []schema.Modality{schema.Asserted, schema.Reported, schema.Hypothetical, schema.Denied, ""}
	for range rng.IntN(8) {
		s, o := x.Entities[rng.IntN(n)], x.Entities[rng.IntN(n)]
		x.Statements = append(x.Statements, schema.Statement{
			Subject: s.Name, SubjectType: s.Type, Predicate: word(), Object: o.Name, ObjectType: o.Type,
			Negated: rng.IntN(4) == 0, Modality: mods[rng.IntN(len(mods))], Cameo: []string{"", "02", "13", "19"}[rng.IntN(4)],
			Confidence: float64(rng.IntN(101)) / 100, SentenceText: text, Span: schema.Span{0, len(text)},
		})
	}
	a := schema.Article{ID: "fuzz:" + word(), Source: word(), Title: text, Hash: "h" + word()}
	return a, x
}

// FuzzDumpLoadRoundTrip writes a random small graph, dumps it in every
// quad format, loads each dump into a fresh store and checks the quads
// are identical and the loaded store answers alike.
func FuzzDumpLoadRoundTrip(f *testing.F) {
	f.Add(uint64(1), "Steve Witkoff suggested to Yuri Ushakov")
	f.Add(uint64(2), "Путин «позвонил» Трампу — 北京 \"quoted\" back\\slash\ttab")
	f.Add(uint64(3), "<ng:entity/person/x> _:b0 @id http://example.org/a#b")
	f.Add(uint64(4), "\x00\x01 invalid \xff utf8 \u2028 line\nbreak")
	f.Add(uint64(5), graphtest.SeedText)
	f.Fuzz(func(t *testing.T, seed uint64, text string) {
		if len(text) > 4096 {
			t.Skip("input too large")
		}
		a, x := fuzzExtraction(seed, text)
		if strings.TrimSpace(a.ID) == "" {
			t.Skip()
		}
		s := graph.NewTestStore(t)
		if _, err := s.WriteArticle(context.Background(), a, x); err != nil {
			t.Fatalf("WriteArticle: %v", err)
		}
		want := graphtest.Dump(t, s)
		for _, format := range graph.RoundTripFormats {
			var b bytes.Buffer
			if err := s.Dump(context.Background(), &b, format); err != nil {
				t.Fatalf("Dump %s: %v", format, err)
			}
			fresh := graph.NewTestStore(t)
			if err := fresh.Load(context.Background(), &b, format); err != nil {
				t.Fatalf("Load %s: %v", format, err)
			}
			if got := graphtest.Dump(t, fresh); !slices.Equal(got, want) {
				t.Fatalf("%s round trip: %d quads, want %d\n%s", format, len(got), len(want), lineDiff(got, want))
			}
			st1, err1 := s.Stats(context.Background())
			st2, err2 := fresh.Stats(context.Background())
			if err1 != nil || err2 != nil || st1.Statements != st2.Statements || st1.Entities != st2.Entities || st1.Articles != 1 {
				t.Fatalf("%s: stats differ after load: %+v vs %+v (%v %v)", format, st1, st2, err1, err2)
			}
		}
	})
}

// lineDiff shows the lines only in got (+) and only in want (-).
func lineDiff(got, want []string) string {
	var b strings.Builder
	for _, l := range got {
		if !slices.Contains(want, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	for _, l := range want {
		if !slices.Contains(got, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	return b.String()
}
