// Package httpapi serves Cayley's own HTTP interface over a newsgraph
// store: the v2 query and read API from github.com/cayleygraph/cayley/server/http
// (read-only, with a query timeout and result limit), a v1-compatible
// /api/v1/query/{lang} endpoint (Cayley keeps its v1 handler internal) and
// Cayley's embedded web UI. It lives under graph/ because only graph/...
// may import Cayley; internal/server mounts its handlers next to
// newsgraph's own JSON endpoints.
package httpapi
