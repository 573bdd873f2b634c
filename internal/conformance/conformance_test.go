package conformance_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/conformance"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

func openWith(t *testing.T, cfg graph.Config) *graph.Store {
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

func TestMemory(t *testing.T) {
	conformance.Run(t, func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = graph.MemoryStore
		return openWith(t, cfg)
	})
}

func TestBolt(t *testing.T) {
	conformance.Run(t, func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = filepath.Join(t.TempDir(), "test.db")
		cfg.NoSync = true
		return openWith(t, cfg)
	})
}

// TestPostgres runs the cases against the PostgreSQL server named by
// NEWSGRAPH_TEST_POSTGRES, each test in a schema of its own. Under CI
// (CI=true) a missing server fails the test instead of skipping it.
func TestPostgres(t *testing.T) {
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("NEWSGRAPH_TEST_POSTGRES is not set under CI: the PostgreSQL conformance cases cannot run")
		}
		t.Skip("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL path and export cases skipped (start a server with .ci/postgres.sh)")
	}
	conformance.Run(t, func(t *testing.T, cfg graph.Config) *graph.Store {
		cfg.Store = pgtest.Schema(t, base, "ng_conf")
		return openWith(t, cfg)
	})
}
