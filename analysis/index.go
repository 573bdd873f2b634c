package analysis

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// indexSource is what an Index is built from and delegates to.
type indexSource interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error)
	Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error
}

// Index is an in-memory snapshot of every folded edge of the actor graph,
// keyed by actor, in front of a store. Reading an actor's edges from a
// large bolt store costs a disk lookup per quad, so a long-running server
// builds an Index once and answers path and influence queries from memory.
//
// Out and In answer from the snapshot unless the filter has dates: a
// folded edge keeps only its first and last dates, so date filters go to
// the store, which counts evidence per article. Resolve and Evidence always
// go to the store. An Index is safe for concurrent use; it does not see
// writes made after it was built (see Rebuild).
type Index struct {
	src indexSource

	mu    sync.RWMutex
	out   map[string][]schema.Edge
	in    map[string][]schema.Edge
	edges int
	built time.Time
}

// NewIndex builds an index over src by streaming src.Edges.
func NewIndex(ctx context.Context, src indexSource) (*Index, error) {
	x := &Index{src: src}
	if err := x.Rebuild(ctx); err != nil {
		return nil, err
	}
	return x, nil
}

// Rebuild reloads the snapshot from the store. Queries keep using the old
// snapshot until the new one is complete.
func (x *Index) Rebuild(ctx context.Context) error {
	out := map[string][]schema.Edge{}
	in := map[string][]schema.Edge{}
	n := 0
	err := x.src.Edges(ctx, schema.Filter{}, func(e schema.Edge) error {
		out[subjectKey(e)] = append(out[subjectKey(e)], e)
		in[objectKey(e)] = append(in[objectKey(e)], e)
		n++
		return nil
	})
	if err != nil {
		return fmt.Errorf("analysis: build index: %w", err)
	}
	x.mu.Lock()
	x.out, x.in, x.edges, x.built = out, in, n, time.Now()
	x.mu.Unlock()
	return nil
}

// Size returns the number of edges in the snapshot and when it was built.
func (x *Index) Size() (edges int, built time.Time) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.edges, x.built
}

func dated(f schema.Filter) bool { return !f.Since.IsZero() || !f.Until.IsZero() }

func (x *Index) lookup(ctx context.Context, actor string, m func() map[string][]schema.Edge) ([]schema.Edge, bool, error) {
	x.mu.RLock()
	es, ok := m()[actor]
	x.mu.RUnlock()
	if ok {
		return es, true, nil
	}
	// actor may be a name or alias rather than a key: resolve it.
	n, err := x.src.Resolve(ctx, actor)
	if err != nil {
		return nil, false, err
	}
	x.mu.RLock()
	es = m()[nodeKey(n)]
	x.mu.RUnlock()
	return es, true, nil
}

// Out returns the edges leaving actor (a node key, name or alias).
func (x *Index) Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	if dated(f) {
		return x.src.Out(ctx, actor, f)
	}
	es, _, err := x.lookup(ctx, actor, func() map[string][]schema.Edge { return x.out })
	if err != nil {
		return nil, err
	}
	return filterEdges(es, f), nil
}

// In returns the edges reaching actor (a node key, name or alias).
func (x *Index) In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	if dated(f) {
		return x.src.In(ctx, actor, f)
	}
	es, _, err := x.lookup(ctx, actor, func() map[string][]schema.Edge { return x.in })
	if err != nil {
		return nil, err
	}
	return filterEdges(es, f), nil
}

// Resolve asks the store.
func (x *Index) Resolve(ctx context.Context, name string) (schema.Node, error) {
	return x.src.Resolve(ctx, name)
}

// Evidence asks the store.
func (x *Index) Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error) {
	return x.src.Evidence(ctx, a, b, f)
}

// EdgeEvidence asks the store for the statements behind e, by statement
// id when it can, else among every statement between e's two actors.
func (x *Index) EdgeEvidence(ctx context.Context, e schema.Edge, f schema.Filter) ([]graph.EvidenceStatement, error) {
	if ee, ok := x.src.(edgeEvidencer); ok {
		return ee.EdgeEvidence(ctx, e, f)
	}
	return x.src.Evidence(ctx, e.SubjectID, e.ObjectID, f)
}
