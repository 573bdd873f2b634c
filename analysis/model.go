package analysis

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// edgeReader is the part of the store that paths and influence read.
type edgeReader interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
}

// evidenceReader adds the statements behind an edge.
type evidenceReader interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error)
}

// PathReader is what Paths reads: actors, their edges and the evidence to
// quote. *graph.Store and *Index satisfy it.
type PathReader interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error)
}

// ErrSameActor is returned by Paths when both ends resolve to one actor.
var ErrSameActor = errors.New("analysis: from and to are the same actor")

// Lexicon looks a predicate lemma up in the vocabulary.
type Lexicon func(lemma string) (schema.Predicate, bool)

// NewLexicon indexes a predicate vocabulary by lemma.
func NewLexicon(preds []schema.Predicate) Lexicon {
	return newLexicon(preds)
}

// Cached wraps l with a memo of its answers; the result is safe for
// concurrent use when l is.
func Cached(l Lexicon) Lexicon {
	var mu sync.RWMutex
	memo := map[string]lexEntry{}
	return func(lemma string) (schema.Predicate, bool) {
		mu.RLock()
		e, ok := memo[lemma]
		mu.RUnlock()
		if ok {
			return e.p, e.ok
		}
		p, found := l(lemma)
		mu.Lock()
		memo[lemma] = lexEntry{p, found}
		mu.Unlock()
		return p, found
	}
}

type lexEntry struct {
	p  schema.Predicate
	ok bool
}

func newLexicon(preds []schema.Predicate) Lexicon {
	m := make(map[string]schema.Predicate, len(preds))
	for _, p := range preds {
		m[p.Lemma] = p
	}
	return func(lemma string) (schema.Predicate, bool) {
		p, ok := m[lemma]
		return p, ok
	}
}

// Model holds what the scores depend on besides the graph: the predicate
// vocabulary (for influence direction), the reference time and the
// half-life of recency decay. The zero Model is usable: without a Lexicon
// every edge counts forward except role edges, which count backward.
type Model struct {
	Lexicon  Lexicon
	Now      time.Time     // zero: time.Now()
	HalfLife time.Duration // zero: DefaultHalfLife
}

// DefaultModel scores with the embedded vocabulary (schema.Vocabulary),
// the current time and DefaultHalfLife.
func DefaultModel() Model {
	return Model{Lexicon: Cached(schema.Vocabulary().Lookup)}
}

// DefaultHalfLife is the recency half-life of influence scores.
const DefaultHalfLife = 365 * 24 * time.Hour

func (m Model) now() time.Time {
	if m.Now.IsZero() {
		return time.Now()
	}
	return m.Now
}

func (m Model) halfLife() time.Duration {
	if m.HalfLife <= 0 {
		return DefaultHalfLife
	}
	return m.HalfLife
}

// direction returns which way influence flows along e, whether e is a role
// relation, and whether its predicate carries an influence event at all.
func (m Model) direction(e schema.Edge) (dir schema.Direction, role bool) {
	role = e.Class == schema.RoleClass
	if m.Lexicon != nil {
		if p, ok := m.Lexicon(e.Predicate); ok && (p.Role || !role) {
			dir = p.Direction
			if dir == "" {
				dir = schema.Forward
			}
			return dir, role || p.Role || p.Class == schema.RoleClass
		}
	}
	if role {
		return schema.Backward, true
	}
	return schema.Forward, false
}

// magnitude is the Goldstein factor of an edge: 0.5 for a neutral event,
// rising to 1 for the strongest (|G| = 10) cooperation or conflict.
func magnitude(e schema.Edge) float64 {
	g := math.Min(math.Abs(e.Goldstein), 10)
	return 0.5 + g/20
}

// independent counts the distinct articles behind e (at least one when e
// has evidence).
func independent(e schema.Edge) int {
	n := len(e.Articles)
	if n == 0 && e.Evidence > 0 {
		n = 1
	}
	return n
}

// support grows with evidence and saturates at 1: each independent article
// halves the remaining doubt, a repeated statement in the same article
// counts half.
func support(e schema.Edge) float64 {
	a := float64(independent(e))
	extra := math.Max(float64(e.Evidence)-a, 0)
	return 1 - math.Pow(0.5, a+0.5*extra)
}

// recency is 2^(-age/halfLife) for the newest article behind e, 1 when the
// date is unknown or in the future.
func (m Model) recency(e schema.Edge) float64 {
	if e.LastSeen.IsZero() {
		return 1
	}
	age := m.now().Sub(e.LastSeen)
	if age <= 0 {
		return 1
	}
	return math.Pow(0.5, float64(age)/float64(m.halfLife()))
}

// nodeKey identifies a node: its entity IRI when the store gives one,
// else its name. Two actors may share a name; they never share an IRI.
func nodeKey(n schema.Node) string {
	if n.ID != "" {
		return n.ID
	}
	return n.Name
}

func subjectKey(e schema.Edge) string {
	if e.SubjectID != "" {
		return e.SubjectID
	}
	return e.Subject
}

func objectKey(e schema.Edge) string {
	if e.ObjectID != "" {
		return e.ObjectID
	}
	return e.Object
}

// arc is one edge read in an influence direction: From influences To.
// From and To are node keys; FromName and ToName the display names.
type arc struct {
	From, To         string
	FromName, ToName string
	Edge             schema.Edge
	Against          bool // a role edge walked against its influence direction
}

// arcs turns the edges of an actor (outEdges: it is the subject; inEdges:
// it is the object) into influence arcs leaving it (out=true) or reaching
// it. Against arcs are role edges read the other way: an aide
// carries word to the principal as well as from it.
func (m Model) arcs(outEdges, inEdges []schema.Edge, out bool) []arc {
	var res []arc
	add := func(e schema.Edge, subjectFirst, against bool) {
		a := arc{From: subjectKey(e), FromName: e.Subject, To: objectKey(e), ToName: e.Object, Edge: e, Against: against}
		if !subjectFirst {
			a.From, a.FromName, a.To, a.ToName = a.To, a.ToName, a.From, a.FromName
		}
		if a.From != a.To {
			res = append(res, a)
		}
	}
	for _, e := range outEdges { // actor is the subject
		dir, role := m.direction(e)
		along := dir == schema.Forward || dir == schema.Symmetric
		back := dir == schema.Backward || dir == schema.Symmetric
		if out {
			if along || (role && back) {
				add(e, true, !along)
			}
		} else if back || (role && along) {
			add(e, false, !back)
		}
	}
	for _, e := range inEdges { // actor is the object
		dir, role := m.direction(e)
		along := dir == schema.Forward || dir == schema.Symmetric
		back := dir == schema.Backward || dir == schema.Symmetric
		if out {
			if back || (role && along) {
				add(e, false, !back)
			}
		} else if along || (role && back) {
			add(e, true, !along)
		}
	}
	return res
}

// keep applies the parts of f that an edge itself carries, so analysis
// results honour the filter whatever the reader already did.
func keep(e schema.Edge, f schema.Filter) bool {
	if len(f.Classes) > 0 && !slices.Contains(f.Classes, e.Class) {
		return false
	}
	if len(f.Types) > 0 && (!typeKept(e.SubjectID, f.Types) || !typeKept(e.ObjectID, f.Types)) {
		return false
	}
	if f.MinEvidence > 0 && e.Evidence < f.MinEvidence {
		return false
	}
	if !f.Since.IsZero() && !e.LastSeen.IsZero() && e.LastSeen.Before(f.Since) {
		return false
	}
	if !f.Until.IsZero() && !e.FirstSeen.IsZero() && e.FirstSeen.After(f.Until) {
		return false
	}
	return true
}

// typeKept reports whether the entity with node id has one of types; an
// id that carries no type (a reader that sets none) is kept.
func typeKept(id string, types []schema.EntityType) bool {
	t, ok := graph.EntityTypeOf(id)
	return !ok || slices.Contains(types, t)
}

// ActorTypes are the entity types influence chains run through: the ones
// that can act (schema.EntityType.IsActor). Paths and Influence use them
// when a query names no types, so that a chain never passes through a
// weapon, a document or a phrase that names no entity ("the deal").
func ActorTypes() []schema.EntityType {
	var ts []schema.EntityType
	for _, info := range schema.Vocabulary().EntityTypes() {
		if info.Type.IsActor() {
			ts = append(ts, info.Type)
		}
	}
	return ts
}

// actorsOnly returns f limited to ActorTypes when it names no types.
func actorsOnly(f schema.Filter) schema.Filter {
	if len(f.Types) == 0 {
		f.Types = ActorTypes()
	}
	return f
}

func filterEdges(es []schema.Edge, f schema.Filter) []schema.Edge {
	if len(f.Classes) == 0 && len(f.Types) == 0 && f.MinEvidence <= 0 && !dated(f) {
		return es
	}
	out := es[:0:0]
	for _, e := range es {
		if keep(e, f) {
			out = append(out, e)
		}
	}
	return out
}

// resolve finds the canonical node for name, wrapping errors with the name.
func resolve(ctx context.Context, r interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
}, name string) (schema.Node, error) {
	n, err := r.Resolve(ctx, name)
	if err != nil {
		return schema.Node{}, fmt.Errorf("analysis: resolve %q: %w", name, err)
	}
	return n, nil
}
