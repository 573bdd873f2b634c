package graph

import (
	"context"
	"errors"
	"fmt"

	"github.com/cayleygraph/cayley/query"
)

// ErrQueryTimeout is returned when a query runs past QueryOptions.Timeout.
var ErrQueryTimeout = errors.New("graph: query timed out")

// Query runs a query in one of Cayley's languages (gizmo by default,
// graphql, mql) and returns at most opt.Limit results (0 = all) as
// JSON-ready values. A query still running at opt.Timeout or when ctx ends
// is stopped, even a Gizmo `while(true){}`.
func (s *Store) Query(ctx context.Context, q string, opt QueryOptions) ([]any, error) {
	lang := opt.Lang
	if lang == "" {
		lang = "gizmo"
	}
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		return nil, fmt.Errorf("graph: query: unknown language %q (want gizmo, graphql or mql)", lang)
	}
	if opt.Limit < 0 {
		return nil, fmt.Errorf("graph: query: negative limit %d", opt.Limit)
	}
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	defer s.rlock()()
	// Execute ignores its context; the context given to Next stops the
	// query (Gizmo interrupts its JavaScript VM).
	it, err := l.Session(s.qs).Execute(ctx, q, query.Options{Limit: opt.Limit, Collation: query.JSON})
	if err != nil {
		return nil, fmt.Errorf("graph: query: %w", err)
	}
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		out = append(out, r)
		if opt.Limit > 0 && len(out) >= opt.Limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("%w after %v", ErrQueryTimeout, opt.Timeout)
		}
		return nil, fmt.Errorf("graph: query: %w", err)
	}
	if err := ctx.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("%w after %v", ErrQueryTimeout, opt.Timeout)
		}
		return nil, fmt.Errorf("graph: query: %w", err)
	}
	return out, nil
}
