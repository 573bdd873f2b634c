package extract

import (
	"sync"
	"testing"
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
