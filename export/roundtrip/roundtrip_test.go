package roundtrip

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// randomGraph builds a product-shaped extraction from seed and text: up to
// eight entities whose names mix words of text with fixed non-ASCII and
// XML-hostile fragments, and statements between them with every modality,
// negation and role flag.
func randomGraph(seed uint64, text string) (schema.Article, *schema.Extraction) {
	r := rand.New(rand.NewPCG(seed, 7))
	words := strings.Fields(strings.ToValidUTF8(text, ""))
	extra := []string{"Putin", "Владимир", "北京", "O'Neil", `"Quoted"`, "AT&T", "<tag>", `back\slash`, "Zoë", "a\tb"}
	word := func() string {
		if len(words) > 0 && r.IntN(2) == 0 {
			return words[r.IntN(len(words))]
		}
		return extra[r.IntN(len(extra))]
	}
	types := []schema.EntityType{schema.Person, schema.Organization, schema.Country, schema.Location, schema.Thing}
	x := &schema.Extraction{}
	seen := map[string]bool{}
	for range r.IntN(8) + 2 {
		name := word() + " " + word()
		if seen[name] {
			continue
		}
		seen[name] = true
		x.Entities = append(x.Entities, schema.Entity{Name: name, Type: types[r.IntN(len(types))], Aliases: []string{word()}, Mentions: r.IntN(5) + 1})
	}
	preds := []string{"advise", "call", "threaten", "meet", "support", "attack", "envoy of", "say"}
	mods := []schema.Modality{schema.Asserted, schema.Reported, schema.Hypothetical, schema.Denied}
	for i := range r.IntN(12) + 1 {
		s, o := x.Entities[r.IntN(len(x.Entities))], x.Entities[r.IntN(len(x.Entities))]
		sentence := fmt.Sprintf("%s %s %s (%s).", s.Name, preds[i%len(preds)], o.Name, word())
		x.Statements = append(x.Statements, schema.Statement{
			Subject: s.Name, SubjectType: s.Type, SubjectText: s.Name,
			Predicate: preds[r.IntN(len(preds))], PredicateText: word(),
			Object: o.Name, ObjectType: o.Type, ObjectText: o.Name,
			Negated: r.IntN(4) == 0, Modality: mods[r.IntN(len(mods))],
			Confidence: float64(r.IntN(100)) / 100, Sentence: i, SentenceText: sentence,
			Span: schema.Span{0, len(sentence)}, Source: "fuzz-" + word(),
		})
	}
	a := schema.Article{
		ID: fmt.Sprintf("fuzz/%d", seed), Source: "fuzz " + word(), Title: word() + " " + word(),
		Published: time.Date(2025, 1, 1+int(seed%28), 0, 0, 0, 0, time.UTC), Hash: fmt.Sprintf("%064x", seed),
		Ingested: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	return a, x
}

func openMemory(t testing.TB) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), graph.Config{Store: "memory:"})
	if err != nil {
		t.Fatalf("open memory store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dumpLines returns the store's quads as sorted N-Quads lines.
func dumpLines(t testing.TB, s *graph.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.Write(context.Background(), &buf, s, export.NQuads, export.Options{}); err != nil {
		t.Fatalf("dump nquads: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	slices.Sort(lines)
	return lines
}

// roundTrip writes the graph, exports it in format, loads the export into
// a fresh store and checks both stores hold the same quads.
func roundTrip(t testing.TB, format export.Format, seed uint64, text string) {
	ctx := context.Background()
	src := openMemory(t)
	a, x := randomGraph(seed, text)
	if _, err := src.WriteArticle(ctx, a, x); err != nil {
		t.Skipf("store refused generated article: %v", err)
	}
	want := dumpLines(t, src)
	if len(want) < 5 {
		t.Fatalf("source store holds %d quads after writing an article: %q", len(want), want)
	}
	var buf bytes.Buffer
	if err := export.Write(ctx, &buf, src, format, export.Options{}); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	if format != export.PQuads && !utf8.Valid(buf.Bytes()) { // pquads is binary protobuf
		t.Errorf("%s export is not valid UTF-8", format)
	}
	dst := openMemory(t)
	if err := dst.Load(ctx, bytes.NewReader(buf.Bytes()), string(format)); err != nil {
		t.Fatalf("load %s: %v\n%s", format, err, buf.String())
	}
	got := dumpLines(t, dst)
	if !slices.Equal(got, want) {
		t.Errorf("%s round trip changed the quads\nmissing: %q\nextra:   %q", format, minus(want, got), minus(got, want))
	}
}

// minus returns the lines of a that are not in b.
func minus(a, b []string) []string {
	var out []string
	for _, l := range a {
		if _, ok := slices.BinarySearch(b, l); !ok {
			out = append(out, l)
		}
	}
	return out
}

func TestExportRoundTrip(t *testing.T) {
	for _, f := range []export.Format{export.NQuads, export.PQuads, export.JSONLD} {
		for seed := range uint64(5) {
			t.Run(fmt.Sprintf("%s/%d", f, seed), func(t *testing.T) {
				roundTrip(t, f, seed, "Witkoff advised Ushakov on Tuesday")
			})
		}
	}
}

func FuzzExportRoundTrip(f *testing.F) {
	f.Add(uint64(1), "Witkoff advised Ushakov", true)
	f.Add(uint64(2), "Путин позвонил Трампу", false)
	f.Add(uint64(3), "<x a=\"1\"> & 'y' \\ \t\n", true)
	f.Fuzz(func(t *testing.T, seed uint64, text string, jsonld bool) {
		if len(text) > 512 {
			t.Skip("input too long")
		}
		format := export.NQuads
		if jsonld {
			format = export.JSONLD
		}
		roundTrip(t, format, seed, text)
	})
}
