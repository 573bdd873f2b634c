package httpapi

// Cayley's query languages are reachable only through its init-time
// registry (query.GetLanguage), which both the v2 API and the v1 handler
// use, so this one file imports them for their side effect.
import (
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
)
