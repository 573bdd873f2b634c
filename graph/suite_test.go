package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
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

// postgresSchema creates a throwaway schema and returns base with its
// search_path set to it; the schema is dropped when the test ends.
func postgresSchema(t testing.TB, base string) string {
	t.Helper()
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	name := fmt.Sprintf("ng_test_%d", rand.Uint64())
	if _, err := db.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := db.Exec("DROP SCHEMA " + name + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}
