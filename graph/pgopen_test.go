package graph

import (
	"bytes"
	"log/slog"
	"testing"
)

// TestPostgresReopenQuiet opens a PostgreSQL store twice: the first open
// creates the schema, the second finds it, and neither logs an error.
func TestPostgresReopenQuiet(t *testing.T) {
	u := pgwSchema(t)
	var buf bytes.Buffer
	SetCayleyLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn})))
	defer SetCayleyLogger(nil)
	for i := range 2 {
		s, err := Open(t.Context(), Config{Store: u})
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("close %d: %v", i, err)
		}
	}
	if buf.Len() > 0 {
		t.Errorf("opening an existing PostgreSQL store logged:\n%s", buf.String())
	}
}
