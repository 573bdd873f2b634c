// Package schema is newsgraph's shared language: entity types, the
// Statement that extract produces and graph stores, article metadata, the
// actor-graph view that exports encode, and the predicate vocabulary with
// its influence classes, CAMEO codes and Goldstein weights (embedded data).
//
// schema imports nothing else from this module; extract, graph, ingest,
// export and server all build on it.
package schema
