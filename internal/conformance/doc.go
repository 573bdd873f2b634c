// Package conformance holds the store conformance cases that need the
// packages built on top of graph: influence paths (package analysis) and
// the actor-graph exports (package export). graph/graphtest cannot hold
// them, since analysis and export import graph. Run is called for each
// backend, like graphtest.Run: memory, bolt and PostgreSQL (see
// conformance_test.go), so every operation the product uses is checked
// against every store it supports.
package conformance
