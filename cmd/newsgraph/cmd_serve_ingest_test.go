package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/server"
)

// TestServeIngest runs `serve --ingest DIR --every D` in process: the
// server keeps answering while each scheduled run writes, the first run
// ingests what the directory holds, and a later run picks up a file added
// in between while leaving the first article unchanged.
func TestServeIngest(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "putin-tomahawk-call.txt"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "seed.txt"), seed, 0o644); err != nil {
		t.Fatal(err)
	}
	s := graph.NewTestStore(t)
	a := newApp(nil, io.Discard, io.Discard)
	a.cfg.Ingest.Every = 300 * time.Millisecond
	p, err := a.openPipeline()
	if err != nil {
		t.Fatal(err)
	}
	srv, err := newServer(s, server.Config{Addr: "127.0.0.1:0", QueryTimeout: 5 * time.Second, QueryLimit: 100}, a)
	if err != nil {
		t.Fatal(err)
	}
	base := serveForTest(t, srv)
	ctx, cancel := context.WithCancel(context.Background())
	ingested := make(chan struct{})
	go func() { serveIngest(ctx, a, p, s, []string{dir}); close(ingested) }()
	defer func() {
		cancel()
		<-ingested
	}()

	query := func(q string) string {
		t.Helper()
		resp, err := http.Post(base+"/api/v1/query/gizmo", "application/javascript", strings.NewReader(q))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("query answered %d while ingesting: %s", resp.StatusCode, b)
		}
		return string(b)
	}
	articles := func() int {
		t.Helper()
		st, err := s.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return st.Articles
	}
	waitFor := func(n int) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for articles() < n {
			// Every poll is a query answered while the scheduler may be writing.
			query(`g.V().Has("<ng:alias>", "witkoff").Out().Out("<ng:name>").All()`)
			if time.Now().After(deadline) {
				t.Fatalf("store holds %d articles after 60 s, want %d", articles(), n)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	waitFor(1)
	if got := query(`g.V().Has("<ng:alias>", "witkoff").Out().Out("<ng:name>").All()`); !strings.Contains(got, "Yuri Ushakov") {
		t.Fatalf("after the first run, Witkoff's neighbours lack Ushakov: %s", got)
	}
	second := "Maria Lopez, the mayor of Valverde, criticised the regional council on Monday.\n"
	if err := os.WriteFile(filepath.Join(dir, "second.txt"), []byte(second), 0o644); err != nil {
		t.Fatal(err)
	}
	waitFor(2)
	time.Sleep(700 * time.Millisecond) // at least one more run over both files
	if n := articles(); n != 2 {
		t.Fatalf("store holds %d articles after further runs, want 2 (unchanged files must not be doubled)", n)
	}
}
