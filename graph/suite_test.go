package graph_test

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

// openWith opens a store for this package's own tests.
var openWith = graphtest.OpenStore

func TestMemory(t *testing.T) { graphtest.Run(t, graphtest.Memory) }

func TestBolt(t *testing.T) { graphtest.Run(t, graphtest.Bolt) }

// TestPostgres runs the suite against the PostgreSQL server named by
// NEWSGRAPH_TEST_POSTGRES, each test in a schema of its own.
func TestPostgres(t *testing.T) {
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		t.Skip("NEWSGRAPH_TEST_POSTGRES is not set: PostgreSQL cases skipped (start a server with .ci/postgres.sh)")
	}
	graphtest.Run(t, graphtest.Postgres(base, "ng_test"))
}

// postgresSchema is pgtest.Schema with this package's prefix.
func postgresSchema(t testing.TB, base string) string {
	t.Helper()
	return pgtest.Schema(t, base, "ng_test")
}
