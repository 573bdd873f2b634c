package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRunFillsEmptyStore runs the benchmark on a fresh bolt store, which
// it must fill with a (here small) generated graph before timing paths.
func TestRunFillsEmptyStore(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a graph")
	}
	var out bytes.Buffer
	o := options{store: filepath.Join(t.TempDir(), "bench.db"), quads: 5000, pairs: 3, gizmoPairs: 1,
		maxHops: 4, limit: 5, seed: 1, timeout: 10 * time.Second}
	if err := run(t.Context(), &out, o); err != nil {
		t.Fatalf("run on an empty store: %v\n%s", err, out.String())
	}
	for _, want := range []string{"generated ", "p50"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
