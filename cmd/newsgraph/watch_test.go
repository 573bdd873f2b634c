package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the logger and the test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWatch runs watch on a directory, adds an article between runs and
// checks that the next run ingests only it, each run logging its summary,
// and that cancelling stops watch cleanly.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.txt"), "Steve Witkoff met Yuri Ushakov in Moscow.\n")
	db := filepath.Join(t.TempDir(), "news.db")
	var logs syncBuffer
	a := newApp(strings.NewReader(""), &bytes.Buffer{}, &logs)
	a.configDir = t.TempDir()
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan int)
	go func() { done <- execute(ctx, a, []string{"watch", "--store", db, "--every", "1s", dir}) }()

	waitFor := func(what string, n int) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for strings.Count(logs.String(), what) < n {
			if time.Now().After(deadline) {
				t.Fatalf("no %d× %q in the log:\n%s", n, what, logs.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor(`msg="ingest run" new=1 updated=0 unchanged=0 failed=0`, 1)
	writeFile(t, filepath.Join(dir, "b.txt"), "Marco Rubio called Andriy Yermak on Sunday.\n")
	waitFor(`msg="ingest run" new=1 updated=0 unchanged=1 failed=0`, 1)
	waitFor(`msg="ingest run" new=0 updated=0 unchanged=2 failed=0`, 1)
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("watch exit %d after cancel, want 0\n%s", code, logs.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("watch did not stop")
	}
}
