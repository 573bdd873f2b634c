package graph

import cgraph "github.com/cayleygraph/cayley/graph"

// CayleyHandle returns a read-only Cayley handle on the store's quad
// store, for graph/httpapi, which serves Cayley's own HTTP API and web UI
// over it. It is the one exported door to a Cayley type, kept for that
// package: everything else reads through Store's methods. The handle has
// no writer, so it cannot change the store; it stays valid until Close.
func (s *Store) CayleyHandle() *cgraph.Handle {
	return &cgraph.Handle{QuadStore: s.qs}
}
