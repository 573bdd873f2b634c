package graph

import (
	"context"
	"testing"
)

// NewTestStore opens a throwaway in-memory store that is closed when the
// test ends. It fails the test if the store cannot be opened.
func NewTestStore(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), Config{Store: MemoryStore})
	if err != nil {
		tb.Fatalf("open memory store: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("close memory store: %v", err)
		}
	})
	return s
}
