package graph

import (
	"context"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// EdgesByFullScan is the reference for Out (out true) and In: it folds
// every quad at the actor, not only the direct-edge quads, as Out and In
// did before they skipped quads by predicate.
func (s *Store) EdgesByFullScan(ctx context.Context, actor string, out bool, f schema.Filter) ([]schema.Edge, error) {
	e, err := s.lookup(ctx, actor)
	if err != nil {
		return nil, err
	}
	dir := quad.Object
	if out {
		dir = quad.Subject
	}
	return s.foldEdges(ctx, f, func(fn func(quad.Quad) error) error {
		return s.eachQuadCollect(ctx, dir, e, fn)
	})
}

// StatementsByFullScan is the reference for statementsBetween: it reads
// every statement linked to from and keeps those between from and other.
func (s *Store) StatementsByFullScan(ctx context.Context, a, b string) ([]string, error) {
	from, err := s.lookup(ctx, a)
	if err != nil {
		return nil, err
	}
	other, err := s.lookup(ctx, b)
	if err != nil {
		return nil, err
	}
	var cand []quad.Value
	seen := map[quad.Value]bool{}
	err = s.eachQuad(ctx, quad.Object, from, func(q quad.Quad) error {
		if (q.Predicate == predSubject || q.Predicate == predObject) && !seen[q.Subject] {
			seen[q.Subject] = true
			cand = append(cand, q.Subject)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, sn := range cand {
		st, err := s.statement(ctx, sn)
		if err != nil {
			return nil, err
		}
		if (st.subject == from && st.object == other) || (st.subject == other && st.object == from) {
			out = append(out, sn.String())
		}
	}
	return out, nil
}

// StatementsBetween exposes statementsBetween to the tests.
func (s *Store) StatementsBetween(ctx context.Context, a, b string) ([]string, error) {
	from, err := s.lookup(ctx, a)
	if err != nil {
		return nil, err
	}
	other, err := s.lookup(ctx, b)
	if err != nil {
		return nil, err
	}
	vs, err := s.statementsBetween(ctx, from, other)
	var out []string
	for _, v := range vs {
		out = append(out, v.String())
	}
	return out, err
}
