package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// EvidenceResult lists every statement between two actors.
type EvidenceResult struct {
	A          schema.Node               `json:"a"`
	B          schema.Node               `json:"b"`
	Statements []graph.EvidenceStatement `json:"statements"`
	Asserted   int                       `json:"asserted"` // statements that are facts (edges)
}

// Evidence returns every statement between a and b in either direction,
// asserted, negated or hypothetical, ordered by article date, article and
// sentence.
func Evidence(ctx context.Context, r evidenceReader, a, b string, f schema.Filter) (EvidenceResult, error) {
	na, err := resolve(ctx, r, a)
	if err != nil {
		return EvidenceResult{}, err
	}
	nb, err := resolve(ctx, r, b)
	if err != nil {
		return EvidenceResult{}, err
	}
	res := EvidenceResult{A: na, B: nb, Statements: []graph.EvidenceStatement{}}
	if nodeKey(na) == nodeKey(nb) {
		return res, fmt.Errorf("%w: %s", ErrSameActor, na.Name)
	}
	ev, err := r.Evidence(ctx, nodeKey(na), nodeKey(nb), f)
	if err != nil {
		return res, fmt.Errorf("analysis: evidence %q and %q: %w", na.Name, nb.Name, err)
	}
	for _, e := range ev {
		res.Statements = append(res.Statements, e)
		if e.Fact() {
			res.Asserted++
		}
	}
	slices.SortStableFunc(res.Statements, func(x, y graph.EvidenceStatement) int {
		if c := x.Evidence.Published.Compare(y.Evidence.Published); c != 0 {
			return c
		}
		if c := cmp.Compare(x.Evidence.Article, y.Evidence.Article); c != 0 {
			return c
		}
		return cmp.Compare(x.Sentence, y.Sentence)
	})
	return res, nil
}
