package extract

import (
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

var (
	testPipeOnce sync.Once
	testPipe     *Pipeline
	testPipeErr  error
)

// pipeline returns the standard pipeline, built once for all tests.
func pipeline(tb testing.TB) *Pipeline {
	tb.Helper()
	testPipeOnce.Do(func() { testPipe, testPipeErr = NewPipeline(DefaultConfig(), nil) })
	if testPipeErr != nil {
		tb.Fatalf("NewPipeline: %v", testPipeErr)
	}
	return testPipe
}

func testLexicon(tb testing.TB) *lexicon {
	tb.Helper()
	return pipeline(tb).lex
}

// checkTriples extracts text and reports each statement of want that is
// missing and each of not that is present, statements written as key
// writes them ("Subject|predicate|Object"), and returns the extraction.
func checkTriples(t *testing.T, p *Pipeline, text string, key func(schema.Statement) string, want, not []string) *schema.Extraction {
	t.Helper()
	ex, err := p.Extract(context.Background(), "test", text)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	got := map[string]bool{}
	var all []string
	for _, s := range ex.Statements {
		got[key(s)] = true
		all = append(all, key(s))
	}
	for _, w := range want {
		if !got[w] {
			t.Errorf("%q: missing %q; got %s", text, w, strings.Join(all, ", "))
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("%q: unexpected %q; got %s", text, n, strings.Join(all, ", "))
		}
	}
	return ex
}
