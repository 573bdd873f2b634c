package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// maxHopsCap bounds max_hops whatever the request asks.
const maxHopsCap = 8

// badRequest marks errors in the request's parameters.
type badRequest struct{ err error }

func (e badRequest) Error() string { return e.err.Error() }
func (e badRequest) Unwrap() error { return e.err }

func badf(format string, args ...any) error { return badRequest{fmt.Errorf(format, args...)} }

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

// fail maps err to a status: 400 for bad parameters, same-actor queries
// and ambiguous names (the message lists the candidates), 404 for unknown
// actors, 504 for timeouts, 500 otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	var br badRequest
	switch {
	case errors.As(err, &br), errors.Is(err, analysis.ErrSameActor), errors.Is(err, graph.ErrAmbiguous):
		status = http.StatusBadRequest
	case errors.Is(err, graph.ErrNotFound):
		status = http.StatusNotFound
	case errors.Is(err, context.DeadlineExceeded):
		status = http.StatusGatewayTimeout
		err = fmt.Errorf("query timed out after %s: %w", s.cfg.QueryTimeout, err)
	case errors.Is(err, context.Canceled):
		status = 499 // client closed request
	}
	if status == http.StatusInternalServerError {
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
	}
	writeError(w, status, err)
}

func (s *Server) queryContext(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
}

// ParseFilter reads since, until (YYYY-MM-DD or RFC 3339), class
// (repeated or comma-separated) and min_evidence from query parameters.
func ParseFilter(q url.Values) (schema.Filter, error) {
	f, err := analysis.ParseFilter(q.Get("since"), q.Get("until"), q["class"])
	if err != nil {
		return f, badRequest{err}
	}
	if v := q.Get("min_evidence"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return f, badf("min_evidence: want a number of statements, got %q", v)
		}
		f.MinEvidence = n
	}
	return f, nil
}

// intParam reads a positive integer parameter, def when absent, capped at max.
func intParam(q url.Values, key string, def, max int) (int, error) {
	v := q.Get(key)
	if v == "" {
		return min(def, max), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, badf("%s: want a positive whole number, got %q", key, v)
	}
	return min(n, max), nil
}

func required(q url.Values, key string) (string, error) {
	v := strings.TrimSpace(q.Get(key))
	if v == "" {
		return "", badf("parameter %q is required", key)
	}
	return v, nil
}

// paths answers GET /api/newsgraph/paths?from=&to=[&max_hops=4&limit=10&since=&until=&class=].
func (s *Server) paths(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := required(q, "from")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	to, err := required(q, "to")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, err := ParseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hops, err := intParam(q, "max_hops", analysis.DefaultMaxHops, maxHopsCap)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(q, "limit", analysis.DefaultPathLimit, s.cfg.QueryLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	res, err := analysis.Paths(ctx, s.reader(), from, to, analysis.PathQuery{Filter: f, MaxHops: hops, Limit: limit, Model: s.model})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// influence answers GET /api/newsgraph/influence?actor=[&direction=in|out&limit=].
func (s *Server) influence(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	actor, err := required(q, "actor")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, err := ParseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(q, "limit", 50, s.cfg.QueryLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var out bool
	switch q.Get("direction") {
	case "", "in":
	case "out":
		out = true
	default:
		s.fail(w, r, badf("direction: want in or out, got %q", q.Get("direction")))
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	res, err := analysis.Influence(ctx, s.reader(), actor, analysis.InfluenceQuery{Filter: f, Out: out, Limit: limit, Model: s.model})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// actors answers GET /api/newsgraph/actors[?top=20&since=&until=&class=].
func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := ParseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	top, err := intParam(q, "top", 20, s.cfg.QueryLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	res, err := analysis.Actors(ctx, s.st, analysis.ActorsQuery{Filter: f, Top: top, Model: s.model})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": res})
}

// evidence answers GET /api/newsgraph/evidence?a=&b=[&since=&until=&class=&limit=].
func (s *Server) evidence(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	a, err := required(q, "a")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := required(q, "b")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	f, err := ParseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(q, "limit", s.cfg.QueryLimit, s.cfg.QueryLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := s.queryContext(r)
	defer cancel()
	res, err := analysis.Evidence(ctx, s.st, a, b, f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	truncated := len(res.Statements) > limit
	if truncated {
		res.Statements = res.Statements[:limit]
	}
	writeJSON(w, http.StatusOK, struct {
		analysis.EvidenceResult
		Truncated bool `json:"truncated,omitempty"`
	}{res, truncated})
}

// stats answers GET /api/newsgraph/stats.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.queryContext(r)
	defer cancel()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}
