package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// seedPath is the seed article, relative to this package.
var seedPath = filepath.Join("..", "..", "testdata", "putin-tomahawk-call.txt")

// seedStore returns a memory store holding the seed article as the
// extraction pipeline reads it.
func seedStore(t *testing.T) *graph.Store {
	t.Helper()
	text, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatalf("read seed article: %v", err)
	}
	p, err := extract.NewPipeline(extract.DefaultConfig(), nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := p.Extract(t.Context(), "testdata/putin-tomahawk-call.txt", string(text))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(text)
	a := schema.Article{ID: "testdata/putin-tomahawk-call.txt", Source: "testdata/putin-tomahawk-call.txt",
		Title: "Putin threatened Trump in a call set up by Witkoff", Hash: hex.EncodeToString(sum[:]),
		Published: time.Date(2025, 10, 21, 0, 0, 0, 0, time.UTC), Ingested: time.Date(2025, 10, 22, 0, 0, 0, 0, time.UTC), Text: string(text)}
	s := graph.NewTestStore(t)
	if _, err := s.WriteArticle(t.Context(), a, x); err != nil {
		t.Fatal(err)
	}
	return s
}
