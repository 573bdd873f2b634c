package graph_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

func openWith(t *testing.T, cfg graph.Config) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("Open(%s): %v", cfg.Store, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestMemory(t *testing.T) {
	graphtest.Run(t, func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = graph.MemoryStore
		return openWith(t, cfg)
	})
}

func TestBolt(t *testing.T) {
	graphtest.Run(t, func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = filepath.Join(t.TempDir(), "test.db")
		cfg.NoSync = true
		return openWith(t, cfg)
	})
}

// TestPostgres runs the suite against the PostgreSQL server named by
// NEWSGRAPH_TEST_POSTGRES, each test in a schema of its own.
func TestPostgres(t *testing.T) {
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL cases skipped (start a server with .ci/postgres.sh)")
	}
	graphtest.Run(t, func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = postgresSchema(t, base)
		return openWith(t, cfg)
	})
}

// postgresSchema is pgtest.Schema with this package's prefix.
func postgresSchema(t testing.TB, base string) string {
	t.Helper()
	return pgtest.Schema(t, base, "ng_test")
}
