package graph

// Cayley offers some of its parts only through init-time registries: the
// bolt key-value backend, the SQL backends (PostgreSQL flavour, with the
// lib/pq driver) and the query languages (Gizmo, GraphQL, MQL). Importing
// their packages is the only way to register them, so those imports are
// confined to this file. Everything else in graph uses explicit
// constructors.
import (
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"      // registers the "bolt" store
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the "postgres" SQL flavour
	_ "github.com/cayleygraph/cayley/query/gizmo"        // registers the "gizmo" language
	_ "github.com/cayleygraph/cayley/query/graphql"      // registers the "graphql" language
	_ "github.com/cayleygraph/cayley/query/mql"          // registers the "mql" language
)

// Registry names used with graph.InitQuadStore / graph.NewQuadStore.
const (
	backendBolt     = "bolt"
	backendPostgres = "postgres"
)
