package gen

import (
	"context"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// countingWriter counts what it is given, standing in for a store.
type countingWriter struct {
	articles   []schema.Article
	statements []schema.Statement
}

func (c *countingWriter) WriteArticle(_ context.Context, a schema.Article, x *schema.Extraction) (graph.WriteResult, error) {
	c.articles = append(c.articles, a)
	c.statements = append(c.statements, x.Statements...)
	return graph.WriteResult{Status: graph.StatusNew, Statements: len(x.Statements), Quads: 12 * len(x.Statements)}, nil
}

func TestGenerateShape(t *testing.T) {
	w := &countingWriter{}
	res, err := Generate(t.Context(), w, Config{Quads: 30000, Actors: 400, Seed: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Quads < 30000 || res.Articles != len(w.articles) || res.Statements != len(w.statements) {
		t.Fatalf("result %+v for %d articles and %d statements", res, len(w.articles), len(w.statements))
	}
	names := map[string]bool{}
	for _, a := range res.Actors {
		if names[a.Name] {
			t.Fatalf("actor name %q twice", a.Name)
		}
		names[a.Name] = true
	}
	degree := map[string]int{}
	negated, roles := 0, 0
	for i, s := range w.statements {
		if s.Subject == s.Object {
			t.Errorf("statement %d is a loop: %+v", i, s)
		}
		if !names[s.Subject] || !names[s.Object] {
			t.Errorf("statement %d names an unknown actor: %+v", i, s)
		}
		if _, ok := schema.Vocabulary().Lookup(s.Predicate); !ok {
			t.Errorf("statement %d predicate %q not in the vocabulary", i, s.Predicate)
		}
		degree[s.Subject]++
		degree[s.Object]++
		if s.Negated {
			negated++
		}
		if s.Role {
			roles++
		}
	}
	n := len(w.statements)
	if negated == 0 || negated > n/10 || roles == 0 {
		t.Errorf("%d negated and %d role statements of %d", negated, roles, n)
	}
	// Popularity is heavy-tailed: the most popular actor is in far more
	// statements than the median one.
	top := degree[res.Actors[0].Name]
	if top < 20*max(1, degree[res.Actors[len(res.Actors)/2].Name]) {
		t.Errorf("top actor degree %d, median %d: not heavy-tailed", top, degree[res.Actors[len(res.Actors)/2].Name])
	}
	for _, a := range w.articles {
		if a.Text == "" || a.Hash == "" || a.Published.IsZero() {
			t.Fatalf("article %+v lacks text, hash or date", a.ID)
		}
	}
	for _, s := range w.statements[:50] {
		a := w.articles[0]
		if s.Source == a.ID && a.Text[s.Span.Start():s.Span.End()] != s.SentenceText {
			t.Errorf("span %v does not cover %q", s.Span, s.SentenceText)
		}
	}
}

func TestGenerateDeterministic(t *testing.T) {
	a, b := &countingWriter{}, &countingWriter{}
	if _, err := Generate(t.Context(), a, Config{Quads: 5000, Actors: 100, Seed: 3}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(t.Context(), b, Config{Quads: 5000, Actors: 100, Seed: 3}, nil); err != nil {
		t.Fatal(err)
	}
	if len(a.statements) != len(b.statements) {
		t.Fatalf("%d vs %d statements", len(a.statements), len(b.statements))
	}
	for i := range a.statements {
		if !reflect.DeepEqual(a.statements[i], b.statements[i]) {
			t.Fatalf("statement %d differs: %+v vs %+v", i, a.statements[i], b.statements[i])
		}
	}
}

func TestZipf(t *testing.T) {
	z := newZipf(100, 1.1)
	r := rand.New(rand.NewPCG(1, 2))
	counts := make([]int, 100)
	for range 20000 {
		counts[z.draw(r)]++
	}
	if counts[0] < 5*counts[50] || counts[0] < counts[1] {
		t.Errorf("zipf counts %v", counts[:5])
	}
}
