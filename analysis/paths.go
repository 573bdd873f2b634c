package analysis

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// PathQuery bounds a path search.
type PathQuery struct {
	Filter     schema.Filter
	MaxHops    int // default 4
	Limit      int // paths returned, default 10
	NodeBudget int // actors expanded before the search gives up, default 20,000
	Model      Model
	// NoEvidence skips quoting a sentence per hop (benchmarks, counts).
	NoEvidence bool
	// QuoteTimeout bounds the time spent finding the quotes (default 3 s);
	// steps whose evidence is not read by then are returned unquoted.
	QuoteTimeout time.Duration
}

// Path defaults.
const (
	DefaultMaxHops    = 4
	DefaultPathLimit  = 10
	DefaultNodeBudget = 20000
	DefaultQuoteTime  = 3 * time.Second
)

// Hop is one step of an influence path: From influences To.
type Hop struct {
	From      string   `json:"from"`
	To        string   `json:"to"`
	FromID    string   `json:"from_id,omitempty"` // entity IRIs when the store has them
	ToID      string   `json:"to_id,omitempty"`
	Predicate string   `json:"predicate"` // the best-supported predicate of the step
	Subject   string   `json:"subject"`   // how the statement reads: subject ...
	Object    string   `json:"object"`    // ... object
	Class     string   `json:"class"`
	Against   bool     `json:"via_role,omitempty"` // a role relation read from aide to principal (or back)
	Evidence  int      `json:"evidence"`           // statements behind the step, all predicates
	Articles  int      `json:"articles"`           // distinct articles behind the step
	Also      []string `json:"also,omitempty"`     // other predicates between the same two actors
	Strength  float64  `json:"strength"`
	Sentence  string   `json:"sentence,omitempty"`
	Source    string   `json:"source,omitempty"`
	Article   string   `json:"article,omitempty"`
}

// Path is one influence chain.
type Path struct {
	Hops     []Hop   `json:"hops"`
	Strength float64 `json:"strength"` // product of the hops' strengths
}

// Actors lists the actors along p, from first to last.
func (p Path) Actors() []string {
	if len(p.Hops) == 0 {
		return nil
	}
	out := []string{p.Hops[0].From}
	for _, h := range p.Hops {
		out = append(out, h.To)
	}
	return out
}

// PathResult is the answer to a path query.
type PathResult struct {
	From      schema.Node `json:"from"`
	To        schema.Node `json:"to"`
	MaxHops   int         `json:"max_hops"`
	Paths     []Path      `json:"paths"`
	Expanded  int         `json:"expanded"`            // actors whose edges were read
	Truncated bool        `json:"truncated,omitempty"` // the node budget ran out
	Unquoted  int         `json:"unquoted,omitempty"`  // steps left without a quote at QuoteTimeout
}

// link folds every arc between an ordered pair of actors.
type link struct {
	from, to         string // node keys
	fromName, toName string
	arcs             []arc
	each             []float64 // strength of each arc
	strength         float64   // noisy-or of the arcs' strengths
	best             int       // index of the strongest arc
}

func (m Model) arcStrength(a arc) float64 {
	return strengthOf(support(a.Edge), a.Edge.Goldstein, a.Edge.Class, a.Against)
}

// strengthOf is an arc's strength from its edge's support, Goldstein
// weight and class: halved when read against its direction and when
// neutral.
func strengthOf(support, goldstein float64, class string, against bool) float64 {
	s := support * magnitude(schema.Edge{Goldstein: goldstein})
	if against {
		s *= 0.5
	}
	if class == schema.NeutralClass || class == "" {
		s *= 0.5
	}
	return s
}

func (l *link) add(a arc, s float64) {
	if len(l.arcs) == 0 || s > l.each[l.best] {
		l.best = len(l.arcs)
	}
	l.arcs = append(l.arcs, a)
	l.each = append(l.each, s)
	l.strength = 1 - (1-l.strength)*(1-s)
}

// search is the state of one bidirectional path search.
type search struct {
	ctx    context.Context
	r      edgeReader
	q      PathQuery
	outs   map[string][]schema.Edge
	ins    map[string][]schema.Edge
	links  map[[2]string]*link
	fwd    map[string][]*link // links leaving an actor expanded forward
	bwd    map[string][]*link // links reaching an actor expanded backward
	expand int
}

func (s *search) edges(actor string) ([]schema.Edge, []schema.Edge, error) {
	out, ok := s.outs[actor]
	if !ok {
		es, err := s.r.Out(s.ctx, actor, s.q.Filter)
		if err != nil {
			return nil, nil, fmt.Errorf("analysis: edges from %q: %w", actor, err)
		}
		out = filterEdges(es, s.q.Filter)
		s.outs[actor] = out
	}
	in, ok := s.ins[actor]
	if !ok {
		es, err := s.r.In(s.ctx, actor, s.q.Filter)
		if err != nil {
			return nil, nil, fmt.Errorf("analysis: edges to %q: %w", actor, err)
		}
		in = filterEdges(es, s.q.Filter)
		s.ins[actor] = in
	}
	return out, in, nil
}

// expandLevel reads the arcs of every actor in frontier and returns the
// actors first seen at the next level.
func (s *search) expandLevel(frontier []string, dist map[string]int, forward bool) ([]string, error) {
	var next []string
	for _, x := range frontier {
		if err := s.ctx.Err(); err != nil {
			return nil, fmt.Errorf("analysis: path search: %w", err)
		}
		out, in, err := s.edges(x)
		if err != nil {
			return nil, err
		}
		s.expand++
		adj := map[string]*link{}
		var order []string
		for _, a := range s.q.Model.arcs(out, in, forward) {
			key := [2]string{a.From, a.To}
			l := s.links[key]
			if l == nil {
				l = &link{from: a.From, to: a.To, fromName: a.FromName, toName: a.ToName}
				s.links[key] = l
			}
			other := a.To
			if !forward {
				other = a.From
			}
			if _, seen := adj[other]; !seen {
				adj[other] = l
				order = append(order, other)
				l.arcs, l.each, l.strength, l.best = nil, nil, 0, 0
			}
			l.add(a, s.q.Model.arcStrength(a))
		}
		for _, y := range order {
			if forward {
				s.fwd[x] = append(s.fwd[x], adj[y])
			} else {
				s.bwd[x] = append(s.bwd[x], adj[y])
			}
			if _, ok := dist[y]; !ok {
				dist[y] = dist[x] + 1
				next = append(next, y)
			}
		}
		if _, ok := s.fwd[x]; forward && !ok {
			s.fwd[x] = nil
		}
		if _, ok := s.bwd[x]; !forward && !ok {
			s.bwd[x] = nil
		}
	}
	return next, nil
}

// Paths finds influence chains from one actor to another: every simple
// path of at most MaxHops influence arcs, shortest first and, among equally
// short ones, best supported first. It searches from both ends at once,
// expanding the smaller frontier a level at a time, and stops early once
// Limit paths no longer than both explored depths are known. Each hop
// quotes one asserted sentence with its source unless NoEvidence is set.
//
// A *graph.Store reader is first readied with PreparePaths; when that
// gives it an adjacency snapshot (bolt, PostgreSQL), the same search runs
// on the snapshot's integer view (fastSearch) with the same results, and
// quotes are read by statement id (EdgeEvidence).
func Paths(ctx context.Context, r PathReader, from, to string, q PathQuery) (PathResult, error) {
	if q.MaxHops <= 0 {
		q.MaxHops = DefaultMaxHops
	}
	if q.Limit <= 0 {
		q.Limit = DefaultPathLimit
	}
	if q.NodeBudget <= 0 {
		q.NodeBudget = DefaultNodeBudget
	}
	q.Filter = actorsOnly(q.Filter)
	if p, ok := r.(pathPreparer); ok {
		if err := p.PreparePaths(ctx); err != nil {
			return PathResult{}, fmt.Errorf("analysis: paths: %w", err)
		}
	}
	src, err := resolve(ctx, r, from)
	if err != nil {
		return PathResult{}, err
	}
	dst, err := resolve(ctx, r, to)
	if err != nil {
		return PathResult{}, err
	}
	res := PathResult{From: src, To: dst, MaxHops: q.MaxHops, Paths: []Path{}}
	srcKey, dstKey := nodeKey(src), nodeKey(dst)
	if srcKey == dstKey {
		return res, fmt.Errorf("%w: %s", ErrSameActor, src.Name)
	}
	var found []cand
	var view *graph.PathView
	if v, ok := r.(pathViewer); ok {
		view = v.PathView(ctx)
	}
	if view != nil {
		found, res.Expanded, res.Truncated, err = fastSearch(ctx, view, srcKey, dstKey, q)
	} else {
		found, res.Expanded, res.Truncated, err = referenceSearch(ctx, r, srcKey, dstKey, q)
	}
	if err != nil {
		return res, err
	}
	if !q.NoEvidence {
		if q.QuoteTimeout <= 0 {
			q.QuoteTimeout = DefaultQuoteTime
		}
		n, err := quote(ctx, r, q.Filter, found, q.QuoteTimeout)
		if err != nil {
			return res, err
		}
		res.Unquoted = n
	}
	for _, c := range found {
		res.Paths = append(res.Paths, c.p)
	}
	return res, nil
}

// pathPreparer is a reader that can ready itself for the many edge reads
// of a search (*graph.Store: the adjacency snapshot on bolt).
type pathPreparer interface {
	PreparePaths(ctx context.Context) error
}

// pathViewer is a reader with an integer view of its actor graph
// (*graph.Store on bolt, once PreparePaths has built its snapshot).
type pathViewer interface {
	PathView(ctx context.Context) *graph.PathView
}

// referenceSearch is the search over any PathReader: the bidirectional
// breadth-first search described at Paths, reading each actor's edges
// through Out and In.
func referenceSearch(ctx context.Context, r PathReader, srcKey, dstKey string, q PathQuery) (found []cand, expanded int, truncated bool, err error) {
	s := &search{
		ctx: ctx, r: r, q: q,
		outs: map[string][]schema.Edge{}, ins: map[string][]schema.Edge{},
		links: map[[2]string]*link{},
		fwd:   map[string][]*link{}, bwd: map[string][]*link{},
	}
	found, truncated, err = bidirectional(srcKey, dstKey, q, s.expandLevel, func(df, db int, distB map[string]int) ([]cand, bool, error) {
		found, complete := s.enumerate(srcKey, dstKey, df, db, distB, q.Limit)
		return found, complete, nil
	}, func() int { return s.expand })
	return found, s.expand, truncated, err
}

// bidirectional drives the search of Paths for either node type: it
// expands the smaller frontier a level at a time (expand adds the next
// level to dist and returns it), enumerates the paths known after each
// level, and stops when both sides are exhausted, the hops or the node
// budget (expanded reports actors expanded so far) run out, Limit paths
// are found, or an enumeration runs out of steps (truncated).
func bidirectional[K comparable](src, dst K, q PathQuery,
	expand func(front []K, dist map[K]int, forward bool) ([]K, error),
	enumerate func(df, db int, distB map[K]int) ([]cand, bool, error),
	expanded func() int) (found []cand, truncated bool, err error) {
	distF := map[K]int{src: 0}
	distB := map[K]int{dst: 0}
	frontF, frontB := []K{src}, []K{dst}
	df, db := 0, 0
	for df+db < q.MaxHops {
		_, reachF := distF[dst]
		_, reachB := distB[src]
		if (len(frontF) == 0 && !reachF) || (len(frontB) == 0 && !reachB) {
			break // one side is exhausted without meeting the other end
		}
		forward := len(frontB) == 0 || (len(frontF) > 0 && len(frontF) <= len(frontB))
		front := frontB
		if forward {
			front = frontF
		}
		if expanded()+len(front) > q.NodeBudget {
			truncated = true
			break
		}
		if forward {
			frontF, err = expand(frontF, distF, true)
			df++
		} else {
			frontB, err = expand(frontB, distB, false)
			db++
		}
		if err != nil {
			return nil, truncated, err
		}
		var complete bool
		found, complete, err = enumerate(df, db, distB)
		if err != nil {
			return nil, truncated, err
		}
		if !complete {
			truncated = true
		}
		if len(found) >= q.Limit || !complete {
			break
		}
	}
	return found, truncated, nil
}

// maxSteps bounds the work of one enumeration (links followed).
const maxSteps = 5_000_000

// enumerate returns the best paths from src to dst of at most df+db links,
// at most limit of them: all the shortest, then the next length, and so
// on; within a length the strongest. Links come from the forward side for
// the first df steps and from the backward side after, and each step must
// stay within reach of dst: a node i steps along a path of length L must
// be known to the backward side at distance at most L-i once L-i <= db.
// ok is false when the step budget ran out.
func (s *search) enumerate(src, dst string, df, db int, distB map[string]int, limit int) (paths []cand, ok bool) {
	toward := map[string][]*link{}
	for _, ls := range s.bwd {
		for _, l := range ls {
			toward[l.from] = append(toward[l.from], l)
		}
	}
	steps := 0
	ok = true
	for L := 1; L <= df+db && len(paths) < limit; L++ {
		best := &topPaths{k: limit - len(paths)}
		chain := make([]*link, 0, L)
		onPath := map[string]bool{src: true}
		var walk func(x string, strength float64)
		walk = func(x string, strength float64) {
			i := len(chain)
			if i == L {
				if x == dst {
					best.offer(strength, func() cand { return newCand(makePath(chain)) })
				}
				return
			}
			if x == dst || steps > maxSteps {
				return
			}
			links := s.fwd[x]
			if i >= df {
				links = toward[x]
			}
			for _, l := range links {
				y := l.to
				if onPath[y] {
					continue
				}
				steps++
				r := L - i - 1 // links left after this one
				if r <= db {
					if d, known := distB[y]; !known || d > r {
						continue
					}
				} else if _, expanded := s.fwd[y]; !expanded {
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
		paths = append(paths, best.sorted()...)
		if steps > maxSteps {
			ok = false
			break
		}
	}
	return paths, ok
}

// topPaths keeps the k strongest chains offered; among equally strong
// ones, those whose actors come first in order, so that the result does
// not depend on the order chains are offered in.
type topPaths struct {
	k     int
	cands []cand
}

// cand is a path with the edge each hop quotes from.
type cand struct {
	p     Path
	edges []schema.Edge
	key   string // actorsKey(p)
}

func actorsKey(p Path) string { return strings.Join(p.Actors(), "\x00") }

func newCand(p Path, edges []schema.Edge) cand { return cand{p, edges, actorsKey(p)} }

// worst returns the index of the candidate that sorts last.
func (t *topPaths) worst() int {
	w := 0
	for i, c := range t.cands {
		if c.p.Strength < t.cands[w].p.Strength || (c.p.Strength == t.cands[w].p.Strength && c.key > t.cands[w].key) {
			w = i
		}
	}
	return w
}

// offer considers a chain of the given strength; build makes its path
// and is called only when the chain may be kept.
func (t *topPaths) offer(strength float64, build func() cand) {
	if len(t.cands) < t.k {
		t.cands = append(t.cands, build())
		return
	}
	w := t.worst()
	if strength < t.cands[w].p.Strength {
		return
	}
	c := build()
	if strength > t.cands[w].p.Strength || c.key < t.cands[w].key {
		t.cands[w] = c
	}
}

func (t *topPaths) sorted() []cand {
	slices.SortStableFunc(t.cands, func(a, b cand) int {
		if c := cmp.Compare(b.p.Strength, a.p.Strength); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	return t.cands
}

// makePath builds the path along chain and the edge each hop quotes.
func makePath(chain []*link) (Path, []schema.Edge) {
	p := Path{Hops: make([]Hop, len(chain)), Strength: 1}
	edges := make([]schema.Edge, len(chain))
	for i, l := range chain {
		a := l.arcs[l.best]
		edges[i] = a.Edge
		h := Hop{
			From: l.fromName, To: l.toName, FromID: l.from, ToID: l.to,
			Predicate: a.Edge.Predicate, Subject: a.Edge.Subject, Object: a.Edge.Object,
			Class: a.Edge.Class, Against: a.Against, Strength: l.strength,
		}
		arts := map[string]bool{}
		for j, b := range l.arcs {
			h.Evidence += b.Edge.Evidence
			for _, id := range b.Edge.Articles {
				arts[id] = true
			}
			if j != l.best && !slices.Contains(h.Also, b.Edge.Predicate) && b.Edge.Predicate != h.Predicate {
				h.Also = append(h.Also, b.Edge.Predicate)
			}
		}
		h.Articles = len(arts)
		p.Hops[i] = h
		p.Strength *= l.strength
	}
	return p, edges
}

// quoteWorkers is how many evidence reads run at once.
const quoteWorkers = 4

// edgeEvidencer reads the statements behind one folded edge by their
// ids (*graph.Store), instead of every statement between its two actors.
type edgeEvidencer interface {
	EdgeEvidence(ctx context.Context, e schema.Edge, f schema.Filter) ([]graph.EvidenceStatement, error)
}

// quoteKey identifies the quote a hop needs: the statement pair, and the
// predicate and names it must match.
type quoteKey struct {
	pair              [2]string
	subj, pred, obj   string
	edgeSubj, edgeObj string
	edgePred          string
}

// quote fills each hop's sentence from the evidence behind it, reading the
// evidence of each distinct quote once, several at a time. Reads still
// running after budget are abandoned and their hops left unquoted; it
// returns how many hops that left. An error of the store, or ctx ending,
// is returned.
//
// The quote is the best statement (bestStatement) among every statement
// between the hop's two actors. When the reader can read the statements
// behind the hop's edge by id, it reads those first: they are exactly the
// statements of the hop's predicate, which bestStatement prefers, so the
// pair's other statements are read only when none of them is left (f may
// reject them).
func quote(ctx context.Context, r PathReader, f schema.Filter, paths []cand, budget time.Duration) (int, error) {
	var order []quoteKey
	edgeOf := map[quoteKey]schema.Edge{}
	for i := range paths {
		for j := range paths[i].p.Hops {
			h := &paths[i].p.Hops[j]
			k := hopQuoteKey(h, paths[i].edges[j])
			if _, seen := edgeOf[k]; !seen {
				edgeOf[k] = paths[i].edges[j]
				order = append(order, k)
			}
		}
	}
	ee, byEdge := r.(edgeEvidencer)
	qctx, cancel := context.WithTimeout(ctx, budget)
	type result struct {
		i     int
		st    graph.EvidenceStatement
		found bool
		err   error
	}
	// Buffered so that no worker blocks on sending; quote waits for every
	// worker before it returns, so no read outlives the call (the store
	// may be closed next). Reads stop soon after qctx ends: each checks it.
	results := make(chan result, len(order))
	jobs := make(chan int, len(order))
	for i := range order {
		jobs <- i
	}
	close(jobs)
	var wg sync.WaitGroup
	defer func() {
		cancel() // stop the reads still going, then wait for them
		wg.Wait()
	}()
	read := func(k quoteKey) (graph.EvidenceStatement, bool, error) {
		if byEdge && k.subj != k.obj {
			ev, err := ee.EdgeEvidence(qctx, edgeOf[k], f)
			if err != nil {
				return graph.EvidenceStatement{}, false, err
			}
			if st, ok := bestStatement(ev, k.subj, k.pred, k.obj); ok && st.Predicate == k.pred {
				return st, true, nil
			}
		}
		ev, err := r.Evidence(qctx, k.pair[0], k.pair[1], f)
		if err != nil {
			return graph.EvidenceStatement{}, false, err
		}
		st, ok := bestStatement(ev, k.subj, k.pred, k.obj)
		return st, ok, nil
	}
	for range min(quoteWorkers, len(order)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				if qctx.Err() != nil {
					results <- result{i: i, err: qctx.Err()}
					continue
				}
				st, ok, err := read(order[i])
				results <- result{i, st, ok, err}
			}
		}()
	}
	type quoted struct {
		st    graph.EvidenceStatement
		found bool
	}
	byKey := map[quoteKey]quoted{}
collect:
	for range order {
		var res result
		select {
		case res = <-results:
		case <-qctx.Done():
			break collect
		}
		if res.err != nil {
			if errors.Is(res.err, context.DeadlineExceeded) || errors.Is(res.err, context.Canceled) {
				continue // over budget: unquoted
			}
			k := order[res.i]
			return 0, fmt.Errorf("analysis: evidence %q to %q: %w", k.pair[0], k.pair[1], res.err)
		}
		byKey[order[res.i]] = quoted{res.st, res.found}
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("analysis: quote evidence: %w", err)
	}
	unquoted := 0
	for i := range paths {
		for j := range paths[i].p.Hops {
			h := &paths[i].p.Hops[j]
			q, ok := byKey[hopQuoteKey(h, paths[i].edges[j])]
			if !ok {
				unquoted++
				continue
			}
			if e := q.st; q.found {
				h.Sentence = e.SentenceText
				if h.Sentence == "" {
					h.Sentence = e.Evidence.Sentence
				}
				h.Source = e.Evidence.Source
				if h.Source == "" {
					h.Source = e.Source
				}
				h.Article = e.Evidence.Article
			}
		}
	}
	return unquoted, nil
}

func hopQuoteKey(h *Hop, e schema.Edge) quoteKey {
	return quoteKey{
		pair: hopPair(h), subj: h.Subject, pred: h.Predicate, obj: h.Object,
		edgeSubj: e.SubjectID, edgeObj: e.ObjectID, edgePred: e.Predicate,
	}
}

// hopPair is the (subject, object) key of the statement a hop reads.
func hopPair(h *Hop) [2]string {
	subj, obj := h.FromID, h.ToID
	if h.Subject != h.From {
		subj, obj = obj, subj
	}
	return [2]string{subj, obj}
}

// bestStatement picks the asserted statement that best stands for the
// edge subject–predicate–object: same predicate first, then the most
// confident, then the earliest sentence.
func bestStatement(ev []graph.EvidenceStatement, subj, pred, obj string) (graph.EvidenceStatement, bool) {
	var best graph.EvidenceStatement
	found := false
	rank := func(e graph.EvidenceStatement) int {
		if e.Predicate == pred {
			return 1
		}
		return 0
	}
	for _, e := range ev {
		if !e.Fact() || e.Subject != subj || e.Object != obj {
			continue
		}
		if !found {
			best, found = e, true
			continue
		}
		switch {
		case rank(e) != rank(best):
			if rank(e) > rank(best) {
				best = e
			}
		case e.Confidence != best.Confidence:
			if e.Confidence > best.Confidence {
				best = e
			}
		case e.Evidence.Article != best.Evidence.Article:
			if e.Evidence.Article < best.Evidence.Article {
				best = e
			}
		case e.Sentence < best.Sentence:
			best = e
		}
	}
	return best, found
}
