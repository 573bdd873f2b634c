// Package analysis answers newsgraph's influence questions on the read side
// of the store: influence paths between two actors (a bidirectional,
// depth-bounded search weighted by evidence), who influences an actor or
// whom it influences (an evidence-weighted score), the most central actors
// (weighted PageRank from gonum) and the evidence between two actors.
//
// It reads the store through small interfaces (Resolve, Out, In, Evidence,
// Nodes, Edges) that *graph.Store satisfies, so it is tested on an
// in-memory fake and benchmarked on a million-quad bolt store. Influence
// directions come from the predicate vocabulary in schema; the scores are
// documented in docs/influence.md.
package analysis
