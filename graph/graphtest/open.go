package graphtest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// OpenStore opens the store cfg names for test t and closes it when t
// ends; an error fails t, with any password in the store redacted.
func OpenStore(t *testing.T, cfg graph.Config) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", graph.Redact(cfg.Store), err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// Memory is the Opener of a throwaway in-memory store.
func Memory(t *testing.T, cfg graph.Config) *graph.Store {
	cfg.Store = graph.MemoryStore
	return OpenStore(t, cfg)
}

// Bolt is the Opener of a bolt file in the test's temporary directory.
func Bolt(t *testing.T, cfg graph.Config) *graph.Store {
	cfg.Store = filepath.Join(t.TempDir(), "test.db")
	cfg.NoSync = true
	return OpenStore(t, cfg)
}

// Postgres returns the Opener of a store in a fresh schema, named with
// prefix, of the PostgreSQL server at base.
func Postgres(base, prefix string) Opener {
	return func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = pgtest.Schema(t, base, prefix)
		return OpenStore(t, cfg)
	}
}
