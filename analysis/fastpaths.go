package analysis

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// fastSearch is referenceSearch over a graph.PathView: the same
// bidirectional search, step for step and with the same results, on
// integer nodes and edges. An edge's evidence is counted without building
// it; edges are built (names, articles, dates) only for the paths
// returned.
func fastSearch(ctx context.Context, v *graph.PathView, srcKey, dstKey string, q PathQuery) ([]cand, int, bool, error) {
	f := &fsearch{
		ctx: ctx, v: v, q: q,
		outs: map[int32][]farc{}, ins: map[int32][]farc{},
		links: map[[2]int32]*flink{},
		fwd:   map[int32][]*flink{}, bwd: map[int32][]*flink{},
		lemmas: map[string]lemmaInfo{},
		n:      int32(v.Nodes()),
	}
	// An end without edges is a node of its own with none.
	src, ok := v.Node(srcKey)
	if !ok {
		src = f.n
	}
	dst, ok := v.Node(dstKey)
	if !ok {
		dst = f.n + 1
	}
	f.extra = map[int32]string{f.n: srcKey, f.n + 1: dstKey}
	found, truncated, err := bidirectional(src, dst, q, f.expandLevel, func(df, db int, distB map[int32]int) ([]cand, bool, error) {
		return f.enumerate(src, dst, df, db, distB, q.Limit)
	}, func() int { return f.expand })
	return found, f.expand, truncated, err
}

// farc is an edge of an expanded actor with its evidence under the filter.
type farc struct {
	e int32
	n int
}

// flink is link on integer nodes: the arcs are edges with their direction.
type flink struct {
	from, to int32
	arcs     []int32 // edges
	against  []bool
	each     []float64
	strength float64
	best     int
}

func (l *flink) add(e int32, against bool, s float64) {
	if len(l.arcs) == 0 || s > l.each[l.best] {
		l.best = len(l.arcs)
	}
	l.arcs = append(l.arcs, e)
	l.against = append(l.against, against)
	l.each = append(l.each, s)
	l.strength = 1 - (1-l.strength)*(1-s)
}

// lemmaInfo is what a predicate contributes to an arc.
type lemmaInfo struct {
	dir       schema.Direction
	role      bool
	class     string
	goldstein float64
}

type fsearch struct {
	ctx    context.Context
	v      *graph.PathView
	q      PathQuery
	n      int32            // nodes of the view; n and n+1 are ends without edges
	extra  map[int32]string // keys of the ends without edges
	outs   map[int32][]farc
	ins    map[int32][]farc
	links  map[[2]int32]*flink
	fwd    map[int32][]*flink
	bwd    map[int32][]*flink
	bwdOrd []int32 // actors expanded backward, in order
	lemmas map[string]lemmaInfo
	expand int
}

func (f *fsearch) lemma(e int32) (lemmaInfo, error) {
	l := f.v.Lemma(e)
	if li, ok := f.lemmas[l]; ok {
		return li, nil
	}
	p, err := f.v.Predicate(f.ctx, l)
	if err != nil {
		return lemmaInfo{}, err
	}
	li := lemmaInfo{class: p.Class, goldstein: p.Goldstein}
	li.dir, li.role = f.q.Model.direction(schema.Edge{Predicate: l, Class: p.Class})
	f.lemmas[l] = li
	return li, nil
}

// kept returns the edges of list that the filter keeps, with their
// evidence, in the order Out and In give them.
func (f *fsearch) kept(list []int32) ([]farc, error) {
	out := make([]farc, 0, len(list))
	for _, e := range list {
		n, ok, err := f.v.Count(f.ctx, e, f.q.Filter)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, farc{e, n})
		}
	}
	if dated(f.q.Filter) {
		slices.SortFunc(out, func(a, b farc) int { return f.v.Less(a.e, b.e, a.n, b.n) })
	}
	return out, nil
}

func (f *fsearch) edges(x int32) ([]farc, []farc, error) {
	if x >= f.n {
		return nil, nil, nil
	}
	out, ok := f.outs[x]
	if !ok {
		var err error
		if out, err = f.kept(f.v.Out(x)); err != nil {
			return nil, nil, fmt.Errorf("analysis: edges from %q: %w", f.v.Key(x), err)
		}
		f.outs[x] = out
	}
	in, ok := f.ins[x]
	if !ok {
		var err error
		if in, err = f.kept(f.v.In(x)); err != nil {
			return nil, nil, fmt.Errorf("analysis: edges to %q: %w", f.v.Key(x), err)
		}
		f.ins[x] = in
	}
	return out, in, nil
}

// expandLevel is search.expandLevel: the arcs of each actor in Model.arcs
// order (its out-edges, then its in-edges), links reset on first touch.
func (f *fsearch) expandLevel(frontier []int32, dist map[int32]int, forward bool) ([]int32, error) {
	var next []int32
	for _, x := range frontier {
		if err := f.ctx.Err(); err != nil {
			return nil, fmt.Errorf("analysis: path search: %w", err)
		}
		out, in, err := f.edges(x)
		if err != nil {
			return nil, err
		}
		f.expand++
		adj := map[int32]*flink{}
		var order []int32
		visit := func(a farc, subjectFirst, against bool) error {
			subj, obj := f.v.Ends(a.e)
			from, to := subj, obj
			if !subjectFirst {
				from, to = obj, subj
			}
			if from == to {
				return nil
			}
			li, err := f.lemma(a.e)
			if err != nil {
				return err
			}
			key := [2]int32{from, to}
			l := f.links[key]
			if l == nil {
				l = &flink{from: from, to: to}
				f.links[key] = l
			}
			other := to
			if !forward {
				other = from
			}
			if _, seen := adj[other]; !seen {
				adj[other] = l
				order = append(order, other)
				l.arcs, l.against, l.each, l.strength, l.best = nil, nil, nil, 0, 0
			}
			sup := 1 - pow05(float64(a.n))
			l.add(a.e, against, strengthOf(sup, li.goldstein, li.class, against))
			return nil
		}
		for _, a := range out { // x is the subject
			li, err := f.lemma(a.e)
			if err != nil {
				return nil, err
			}
			along := li.dir == schema.Forward || li.dir == schema.Symmetric
			back := li.dir == schema.Backward || li.dir == schema.Symmetric
			if forward {
				if along || (li.role && back) {
					err = visit(a, true, !along)
				}
			} else if back || (li.role && along) {
				err = visit(a, false, !back)
			}
			if err != nil {
				return nil, err
			}
		}
		for _, a := range in { // x is the object
			li, err := f.lemma(a.e)
			if err != nil {
				return nil, err
			}
			along := li.dir == schema.Forward || li.dir == schema.Symmetric
			back := li.dir == schema.Backward || li.dir == schema.Symmetric
			if forward {
				if back || (li.role && along) {
					err = visit(a, false, !back)
				}
			} else if along || (li.role && back) {
				err = visit(a, true, !along)
			}
			if err != nil {
				return nil, err
			}
		}
		for _, y := range order {
			if forward {
				f.fwd[x] = append(f.fwd[x], adj[y])
			} else {
				if _, ok := f.bwd[x]; !ok {
					f.bwdOrd = append(f.bwdOrd, x)
				}
				f.bwd[x] = append(f.bwd[x], adj[y])
			}
			if _, ok := dist[y]; !ok {
				dist[y] = dist[x] + 1
				next = append(next, y)
			}
		}
		if _, ok := f.fwd[x]; forward && !ok {
			f.fwd[x] = nil
		}
		if _, ok := f.bwd[x]; !forward && !ok {
			f.bwd[x] = nil
			f.bwdOrd = append(f.bwdOrd, x)
		}
	}
	return next, nil
}

// enumerate is search.enumerate on integer nodes.
func (f *fsearch) enumerate(src, dst int32, df, db int, distB map[int32]int, limit int) ([]cand, bool, error) {
	toward := map[int32][]*flink{}
	for _, x := range f.bwdOrd {
		for _, l := range f.bwd[x] {
			toward[l.from] = append(toward[l.from], l)
		}
	}
	var paths []cand
	var buildErr error
	steps := 0
	ok := true
	for L := 1; L <= df+db && len(paths) < limit; L++ {
		best := &topPaths{k: limit - len(paths)}
		chain := make([]*flink, 0, L)
		onPath := map[int32]bool{src: true}
		var walk func(x int32, strength float64)
		walk = func(x int32, strength float64) {
			i := len(chain)
			if i == L {
				if x == dst {
					best.offer(strength, func() cand {
						c, err := f.makeCand(chain)
						if err != nil && buildErr == nil {
							buildErr = err
						}
						return c
					})
				}
				return
			}
			if x == dst || steps > maxSteps {
				return
			}
			links := f.fwd[x]
			if i >= df {
				links = toward[x]
			}
			for _, l := range links {
				y := l.to
				if onPath[y] {
					continue
				}
				steps++
				r := L - i - 1
				if r <= db {
					if d, known := distB[y]; !known || d > r {
						continue
					}
				} else if _, expanded := f.fwd[y]; !expanded {
					continue
				}
				onPath[y] = true
				chain = append(chain, l)
				walk(y, strength*l.strength)
				chain = chain[:i]
				delete(onPath, y)
			}
		}
		walk(src, 1)
		if buildErr != nil {
			return nil, false, buildErr
		}
		paths = append(paths, best.sorted()...)
		if steps > maxSteps {
			ok = false
			break
		}
	}
	return paths, ok, nil
}

// makeCand builds the path along chain with full edges, through the
// reference makePath.
func (f *fsearch) makeCand(chain []*flink) (cand, error) {
	links := make([]*link, len(chain))
	for i, fl := range chain {
		l := &link{from: f.key(fl.from), to: f.key(fl.to), each: fl.each, strength: fl.strength, best: fl.best}
		for j, e := range fl.arcs {
			ed, ok, err := f.v.Edge(f.ctx, e, f.q.Filter)
			if err != nil {
				return cand{}, err
			}
			if !ok {
				return cand{}, fmt.Errorf("analysis: edge %s %s %s left the view", f.v.Key(fl.from), f.v.Lemma(e), f.v.Key(fl.to))
			}
			subj, _ := f.v.Ends(e)
			a := arc{From: ed.SubjectID, FromName: ed.Subject, To: ed.ObjectID, ToName: ed.Object, Edge: ed, Against: fl.against[j]}
			if subj != fl.from {
				a.From, a.FromName, a.To, a.ToName = a.To, a.ToName, a.From, a.FromName
			}
			if j == 0 {
				l.fromName, l.toName = a.FromName, a.ToName
			}
			l.arcs = append(l.arcs, a)
		}
		links[i] = l
	}
	return newCand(makePath(links)), nil
}

func (f *fsearch) key(n int32) string {
	if n >= f.n {
		return f.extra[n]
	}
	return f.v.Key(n)
}

// pow05 is 0.5^x, as support computes it.
func pow05(x float64) float64 { return math.Pow(0.5, x) }
