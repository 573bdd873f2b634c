package analysis

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/schema"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// viewReader streams the actor-graph view.
type viewReader interface {
	Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error
	Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error
}

// ActorsQuery asks for the most central actors.
type ActorsQuery struct {
	Filter  schema.Filter
	Top     int     // 0 = all
	Damping float64 // default 0.85
	Model   Model
}

// RankedActor is one actor with its centrality.
type RankedActor struct {
	schema.Node
	Rank float64 `json:"rank"` // weighted PageRank, summing to 1 over all actors
	// Influenced counts the distinct actors this actor influences.
	Influenced int `json:"influenced"`
	// InfluencedBy counts the distinct actors that influence it.
	InfluencedBy int `json:"influenced_by"`
}

// Actors ranks actors by weighted PageRank over the influence graph. Every
// influence arc A→B (A influences B) becomes a link B→A weighted by the
// arc's evidence weight, so rank flows to the actors others are influenced
// by. Non-actor entities (weapons, documents) are left out.
func Actors(ctx context.Context, r viewReader, q ActorsQuery) ([]RankedActor, error) {
	if q.Damping <= 0 || q.Damping >= 1 {
		q.Damping = 0.85
	}
	g := simple.NewWeightedDirectedGraph(0, 0)
	ids := map[string]int64{}
	var nodes []schema.Node
	err := r.Nodes(ctx, q.Filter, func(n schema.Node) error {
		if n.Type != "" && !n.Type.IsActor() {
			return nil
		}
		if _, dup := ids[nodeKey(n)]; dup {
			return nil
		}
		ids[nodeKey(n)] = int64(len(nodes))
		g.AddNode(simple.Node(len(nodes)))
		nodes = append(nodes, n)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("analysis: read actors: %w", err)
	}
	weights := map[[2]int64]float64{}
	out := map[int64]map[int64]bool{}
	in := map[int64]map[int64]bool{}
	err = r.Edges(ctx, q.Filter, func(e schema.Edge) error {
		if !keep(e, q.Filter) {
			return nil
		}
		for _, a := range q.Model.arcs([]schema.Edge{e}, nil, true) {
			addArc(a, ids, weights, out, in, q.Model)
		}
		for _, a := range q.Model.arcs([]schema.Edge{e}, nil, false) {
			addArc(a, ids, weights, out, in, q.Model)
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("analysis: read edges: %w", err)
	}
	for k, w := range weights {
		if w <= 0 {
			continue
		}
		// influenced → influencer
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(k[1]), simple.Node(k[0]), w))
	}
	var rank map[int64]float64
	if len(nodes) > 0 {
		rank = network.PageRankSparse(g, q.Damping, 1e-8)
	}
	res := make([]RankedActor, len(nodes))
	for i, n := range nodes {
		id := int64(i)
		res[i] = RankedActor{Node: n, Rank: rank[id], Influenced: len(out[id]), InfluencedBy: len(in[id])}
		res[i].Influence = res[i].Rank
	}
	slices.SortFunc(res, func(a, b RankedActor) int {
		if c := cmp.Compare(b.Rank, a.Rank); c != 0 {
			return c
		}
		return cmp.Compare(a.Name, b.Name)
	})
	if q.Top > 0 && len(res) > q.Top {
		res = res[:q.Top]
	}
	return res, nil
}

func addArc(a arc, ids map[string]int64, weights map[[2]int64]float64, out, in map[int64]map[int64]bool, m Model) {
	if a.Against {
		return
	}
	from, ok1 := ids[a.From]
	to, ok2 := ids[a.To]
	if !ok1 || !ok2 || from == to {
		return
	}
	weights[[2]int64{from, to}] += m.weight(a.Edge)
	if out[from] == nil {
		out[from] = map[int64]bool{}
	}
	out[from][to] = true
	if in[to] == nil {
		in[to] = map[int64]bool{}
	}
	in[to][from] = true
}
