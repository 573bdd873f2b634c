// Command pathbench measures `newsgraph paths` on a large bolt or
// PostgreSQL store next to the equivalent Gizmo query.
//
// It fills the store with bench/gen's synthetic news graph when the store
// is empty (1,000,000 quads by default), readies the store's adjacency
// snapshot (graph.Store.PreparePaths, timed), picks random pairs of
// actors, and times analysis.Paths (the bidirectional search behind `newsgraph paths`,
// evidence quotes included) for each pair, then a breadth-first search
// written in Gizmo over the same store for a subset of the pairs. It prints
// p50, p90, p99 and max latencies for both.
//
//	go run ./bench/pathbench -store /tmp/bench.db -quads 1000000 -pairs 200
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/signal"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/bench/gen"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

type options struct {
	store      string
	quads      int
	actors     int
	pairs      int
	gizmoPairs int
	maxHops    int
	limit      int
	seed       uint64
	timeout    time.Duration
	noEvidence bool
	cpuprofile string
	index      bool
}

func main() {
	var o options
	flag.StringVar(&o.store, "store", "bench.db", "bolt store or postgres:// URL; generated when empty")
	flag.IntVar(&o.quads, "quads", 1_000_000, "quads to generate into an empty store")
	flag.IntVar(&o.actors, "actors", 0, "actors to generate (default quads/20)")
	flag.IntVar(&o.pairs, "pairs", 200, "random actor pairs to time paths on")
	flag.IntVar(&o.gizmoPairs, "gizmo-pairs", 30, "pairs (the first of -pairs) to time the Gizmo search on")
	flag.IntVar(&o.maxHops, "max-hops", 4, "longest path")
	flag.IntVar(&o.limit, "limit", 10, "paths per pair")
	flag.Uint64Var(&o.seed, "seed", 1, "random seed for generation and pairs")
	flag.DurationVar(&o.timeout, "timeout", 30*time.Second, "per-query timeout")
	flag.BoolVar(&o.noEvidence, "no-evidence", false, "skip quoting a sentence per hop")
	flag.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the timed path queries here")
	flag.BoolVar(&o.index, "index", false, "answer from an in-memory analysis.Index, as newsgraph serve does")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "pathbench:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, o options) error {
	t0 := time.Now()
	s, err := graph.Open(ctx, graph.Config{Store: o.store, NoSync: true})
	if err != nil {
		return err
	}
	defer s.Close()
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "opened in %s\n", time.Since(t0).Round(time.Millisecond))
	if st.Articles == 0 {
		start := time.Now()
		last := time.Now()
		res, err := gen.Generate(ctx, s, gen.Config{Quads: o.quads, Actors: o.actors, Seed: o.seed}, func(r gen.Result) {
			if time.Since(last) > 10*time.Second {
				last = time.Now()
				fmt.Fprintf(os.Stderr, "generated %d articles, %d quads (%.0f quads/s)\n", r.Articles, r.Quads, float64(r.Quads)/time.Since(start).Seconds())
			}
		})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "generated %d articles, %d statements, %d quads in %s\n", res.Articles, res.Statements, res.Quads, time.Since(start).Round(time.Second))
		if st, err = s.Stats(ctx); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "store %s: %d articles, %d entities, %d statements, %d quads\n", o.store, st.Articles, st.Entities, st.Statements, st.Quads)

	type node struct{ id, name string }
	var actors []node
	if err := s.Nodes(ctx, schema.Filter{}, func(n schema.Node) error {
		if n.Type.IsActor() {
			actors = append(actors, node{n.ID, n.Name})
		}
		return nil
	}); err != nil {
		return err
	}
	if len(actors) < 2 {
		return errors.New("fewer than two actors in the store")
	}
	r := rand.New(rand.NewPCG(o.seed, 99))
	type pair struct{ from, to node }
	pairs := make([]pair, o.pairs)
	for i := range pairs {
		a, b := r.IntN(len(actors)), r.IntN(len(actors))
		for b == a {
			b = r.IntN(len(actors))
		}
		pairs[i] = pair{actors[a], actors[b]}
	}
	var reader analysis.PathReader = s
	if !o.index {
		// What the first `newsgraph paths` after a write pays: loading the
		// saved adjacency snapshot, or building it when the store changed.
		start := time.Now()
		if err := s.PreparePaths(ctx); err != nil {
			return err
		}
		if s.PathView(ctx) != nil {
			fmt.Fprintf(w, "adjacency snapshot ready in %s (PreparePaths: loaded, or rebuilt when stale)\n", time.Since(start).Round(time.Millisecond))
		} else {
			fmt.Fprintf(w, "no adjacency snapshot (store written within a minute of the last build): edges read from the quads\n")
		}
	}
	if o.index {
		start := time.Now()
		x, err := analysis.NewIndex(ctx, s)
		if err != nil {
			return err
		}
		n, _ := x.Size()
		fmt.Fprintf(w, "built an in-memory index of %d edges in %s\n", n, time.Since(start).Round(time.Millisecond))
		reader = x
	}
	model := analysis.DefaultModel()
	q := analysis.PathQuery{MaxHops: o.maxHops, Limit: o.limit, Model: model, NoEvidence: o.noEvidence}
	// Warm the caches the way a long-running server would be warm.
	for _, p := range pairs[:min(5, len(pairs))] {
		wctx, cancel := context.WithTimeout(ctx, o.timeout)
		_, err := analysis.Paths(wctx, reader, p.from.id, p.to.id, q)
		cancel()
		if err != nil && !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
	}
	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	var times []time.Duration
	found, expanded, paths, timedOut, hops, unquoted := 0, 0, 0, 0, 0, 0
	cpu0 := cpuTime()
	for _, p := range pairs {
		qctx, cancel := context.WithTimeout(ctx, o.timeout)
		start := time.Now()
		res, err := analysis.Paths(qctx, reader, p.from.id, p.to.id, q)
		d := time.Since(start)
		cancel()
		if errors.Is(err, context.DeadlineExceeded) {
			timedOut++
			times = append(times, d)
			continue
		}
		if err != nil {
			return fmt.Errorf("paths %s → %s: %w", p.from.name, p.to.name, err)
		}
		times = append(times, d)
		expanded += res.Expanded
		paths += len(res.Paths)
		unquoted += res.Unquoted
		for _, p := range res.Paths {
			hops += len(p.Hops)
		}
		if len(res.Paths) > 0 {
			found++
		}
	}
	cpuPer := (cpuTime() - cpu0) / time.Duration(len(pairs))
	pprof.StopCPUProfile()
	fmt.Fprintf(w, "\npaths --max-hops %d --limit %d, %d random actor pairs (evidence quoted: %v, index: %v)\n", o.maxHops, o.limit, len(pairs), !o.noEvidence, o.index)
	fmt.Fprintf(w, "  %s\n", summary(times))
	fmt.Fprintf(w, "  CPU time per query (user+system, mean): %s\n", round(cpuPer))
	if !o.noEvidence {
		fmt.Fprintf(w, "  steps returned: %d, of which unquoted at the quote budget: %d\n", hops, unquoted)
	}
	fmt.Fprintf(w, "  pairs with a path: %d; paths returned: %d; actors expanded per query: %.0f; timed out (%s): %d\n", found, paths, float64(expanded)/float64(len(pairs)), o.timeout, timedOut)

	var gtimes []time.Duration
	gfound, timeouts := 0, 0
	gcpu0 := cpuTime()
	for _, p := range pairs[:min(o.gizmoPairs, len(pairs))] {
		start := time.Now()
		out, err := s.Query(ctx, gizmoBFS(p.from.id, p.to.id, o.maxHops), graph.QueryOptions{Lang: "gizmo", Timeout: o.timeout})
		d := time.Since(start)
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				timeouts++
				gtimes = append(gtimes, d)
				continue
			}
			return fmt.Errorf("gizmo %s → %s: %w", p.from.name, p.to.name, err)
		}
		gtimes = append(gtimes, d)
		if hops, ok := gizmoHops(out); ok && hops > 0 {
			gfound++
		}
	}
	if len(gtimes) > 0 {
		fmt.Fprintf(w, "\nGizmo breadth-first search, out-edges only, shortest path up to %d hops, first %d pairs\n", o.maxHops, len(gtimes))
		fmt.Fprintf(w, "  %s\n", summary(gtimes))
		fmt.Fprintf(w, "  CPU time per query (user+system, mean): %s\n", round((cpuTime()-gcpu0)/time.Duration(len(gtimes))))
		fmt.Fprintf(w, "  pairs with a path: %d; timed out (%s): %d\n", gfound, o.timeout, timeouts)
	}
	return nil
}

// gizmoBFS is the Gizmo equivalent of a path query: a level-by-level
// breadth-first search over entity-to-entity edges from one actor,
// stopping at the level that reaches the other.
func gizmoBFS(from, to string, maxHops int) string {
	iri := func(s string) string {
		if strings.HasPrefix(s, "<") {
			return s
		}
		return "<" + s + ">"
	}
	return fmt.Sprintf(`var src = %q, dst = %q, maxHops = %d;
var seen = {}; seen[src] = true;
var frontier = [src], found = -1, visited = 0;
for (var d = 1; d <= maxHops && frontier.length > 0 && found < 0; d++) {
  var next = [];
  var out = g.V.apply(g, frontier).Out().ToArray();
  for (var i = 0; i < out.length; i++) {
    var v = out[i];
    if (v.indexOf("<ng:entity/") !== 0 || seen[v]) continue;
    seen[v] = true; visited++;
    if (v === dst) { found = d; }
    next.push(v);
  }
  frontier = next;
}
g.Emit({hops: found, visited: visited});`, iri(from), iri(to), maxHops)
}

func gizmoHops(out []any) (int, bool) {
	if len(out) != 1 {
		return 0, false
	}
	b, err := json.Marshal(out[0])
	if err != nil {
		return 0, false
	}
	var r struct {
		Hops int `json:"hops"`
	}
	if json.Unmarshal(b, &r) != nil {
		return 0, false
	}
	return r.Hops, true
}

func summary(ds []time.Duration) string {
	s := slices.Clone(ds)
	slices.Sort(s)
	pct := func(p float64) time.Duration {
		i := int(p*float64(len(s))+0.5) - 1
		return s[max(0, min(i, len(s)-1))]
	}
	return fmt.Sprintf("p50 %s  p90 %s  p99 %s  max %s  (n=%d)", round(pct(0.50)), round(pct(0.90)), round(pct(0.99)), round(s[len(s)-1]), len(s))
}

func round(d time.Duration) time.Duration {
	if d > 10*time.Millisecond {
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(10 * time.Microsecond)
}

// cpuTime returns the user and system CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
