package analysis

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// InfluenceQuery asks who influences an actor (Out false) or whom the
// actor influences (Out true).
type InfluenceQuery struct {
	Filter schema.Filter
	Out    bool
	Limit  int // 0 = all
	Model  Model
}

// Influencer is one actor ranked by influence on (or from) the queried actor.
type Influencer struct {
	Actor      string    `json:"actor"`
	ID         string    `json:"id,omitempty"` // entity IRI when the store has one
	Score      float64   `json:"score"`
	Articles   int       `json:"articles"` // independent articles behind the arcs
	Evidence   int       `json:"evidence"` // statements behind the arcs
	Predicates []string  `json:"predicates"`
	Classes    []string  `json:"classes"`
	LastSeen   time.Time `json:"last_seen,omitzero"`
}

// InfluenceResult is the ranked answer to an influence query.
type InfluenceResult struct {
	Actor     schema.Node  `json:"actor"`
	Direction string       `json:"direction"` // "in": who influences Actor; "out": whom Actor influences
	Ranked    []Influencer `json:"ranked"`
}

// weight is the evidence-weighted influence of one arc:
//
//	w = m · c · r · log2(1 + a)
//
// m = 1 + |Goldstein|/10 (1..2), c = 1 for an influence event and 0.5 for
// a neutral or role relation, r = 2^(-age/halfLife) for the age of the
// newest article, a = independent articles behind the edge.
func (m Model) weight(e schema.Edge) float64 {
	g := math.Min(math.Abs(e.Goldstein), 10)
	c := 1.0
	switch e.Class {
	case schema.NeutralClass, schema.RoleClass, "":
		c = 0.5
	}
	return (1 + g/10) * c * m.recency(e) * math.Log2(1+float64(independent(e)))
}

// Influence ranks the actors with influence arcs into (or out of) actor by
// the sum of their arcs' weights; role relations count only in their own
// influence direction. The result is sorted by score, then name.
func Influence(ctx context.Context, r edgeReader, actor string, q InfluenceQuery) (InfluenceResult, error) {
	n, err := resolve(ctx, r, actor)
	if err != nil {
		return InfluenceResult{}, err
	}
	q.Filter = actorsOnly(q.Filter)
	res := InfluenceResult{Actor: n, Direction: "in", Ranked: []Influencer{}}
	if q.Out {
		res.Direction = "out"
	}
	key := nodeKey(n)
	out, err := r.Out(ctx, key, q.Filter)
	if err != nil {
		return res, fmt.Errorf("analysis: edges from %q: %w", n.Name, err)
	}
	in, err := r.In(ctx, key, q.Filter)
	if err != nil {
		return res, fmt.Errorf("analysis: edges to %q: %w", n.Name, err)
	}
	type acc struct {
		Influencer
		arts map[string]bool
	}
	by := map[string]*acc{}
	for _, a := range q.Model.arcs(filterEdges(out, q.Filter), filterEdges(in, q.Filter), q.Out) {
		if a.Against {
			continue
		}
		other, name := a.From, a.FromName
		if q.Out {
			other, name = a.To, a.ToName
		}
		x := by[other]
		if x == nil {
			x = &acc{Influencer: Influencer{Actor: name}, arts: map[string]bool{}}
			if other != name {
				x.ID = other
			}
			by[other] = x
		}
		x.Score += q.Model.weight(a.Edge)
		x.Evidence += a.Edge.Evidence
		for _, id := range a.Edge.Articles {
			x.arts[id] = true
		}
		if !slices.Contains(x.Predicates, a.Edge.Predicate) {
			x.Predicates = append(x.Predicates, a.Edge.Predicate)
		}
		if a.Edge.Class != "" && !slices.Contains(x.Classes, a.Edge.Class) {
			x.Classes = append(x.Classes, a.Edge.Class)
		}
		if a.Edge.LastSeen.After(x.LastSeen) {
			x.LastSeen = a.Edge.LastSeen
		}
	}
	for _, x := range by {
		x.Articles = len(x.arts)
		slices.Sort(x.Predicates)
		slices.Sort(x.Classes)
		res.Ranked = append(res.Ranked, x.Influencer)
	}
	slices.SortFunc(res.Ranked, func(a, b Influencer) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Compare(a.Actor, b.Actor)
	})
	if q.Limit > 0 && len(res.Ranked) > q.Limit {
		res.Ranked = res.Ranked[:q.Limit]
	}
	return res, nil
}
