// Package graph is newsgraph's only door to Cayley. It maps statements to
// quads (the model in docs/model.md), writes one article's statements in one
// transaction, and offers the read side: alias lookup, neighbours,
// evidence, Gizmo queries, the actor-graph view exports encode, and raw
// quad dumps. No Cayley type crosses its exported API.
package graph
