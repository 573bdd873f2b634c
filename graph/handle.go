package graph

import (
	"net/http"

	cgraph "github.com/cayleygraph/cayley/graph"
)

// CayleyHandle returns a read-only Cayley handle on the store's quad
// store, for graph/httpapi, which serves Cayley's own HTTP API and web UI
// over it. It is the one exported door to a Cayley type, kept for that
// package: everything else reads through Store's methods. The handle has
// no writer, so it cannot change the store; it stays valid until Close.
func (s *Store) CayleyHandle() *cgraph.Handle {
	return &cgraph.Handle{QuadStore: s.qs}
}

// ReadLocked wraps h, a handler that reads the store through
// CayleyHandle, so that each request holds the store's read lock (see
// ReadLock): writes of this process wait for the request, and the request
// never meets a write half-way. Requests should carry a timeout.
func (s *Store) ReadLocked(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		unlock := s.ReadLock()
		defer unlock()
		h.ServeHTTP(w, r)
	})
}
