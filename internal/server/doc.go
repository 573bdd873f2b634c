// Package server is newsgraph's HTTP front: it mounts Cayley's query API
// and web UI (from graph/httpapi) next to newsgraph's JSON endpoints for
// paths, influence, actors, evidence and stats, and wraps them all in the
// same guards: a bearer token checked in constant time, a request body
// size limit, per-request query timeouts and result limits, JSON errors and
// graceful shutdown. Handlers only parse, call package analysis and
// encode; they read the store through a narrow interface.
package server
