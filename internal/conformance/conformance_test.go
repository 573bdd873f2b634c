package conformance_test

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/internal/conformance"
)

func TestMemory(t *testing.T) { conformance.Run(t, graphtest.Memory) }

func TestBolt(t *testing.T) { conformance.Run(t, graphtest.Bolt) }

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
	conformance.Run(t, graphtest.Postgres(base, "ng_conf"))
}
