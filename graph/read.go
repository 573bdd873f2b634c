package graph

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/query/path"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// eachQuad calls fn for every quad whose dir is v, using the store's index
// on that direction (subject and object are indexed on every backend),
// under the read lock: fn must not call other Store methods.
func (s *Store) eachQuad(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	defer s.rlock()()
	return s.scan(ctx, dir, v, fn)
}

// eachQuadCollect is eachQuad for callbacks that read the store again:
// the quads are collected under the read lock and fn runs without it.
func (s *Store) eachQuadCollect(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	var qs []quad.Quad
	unlock := s.rlock()
	err := s.scan(ctx, dir, v, func(q quad.Quad) error { qs = append(qs, q); return nil })
	unlock()
	if err != nil {
		return err
	}
	for _, q := range qs {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// rlock takes the read lock that keeps readers and the writer apart on
// the memory store (not safe for concurrent writes) and on bolt (a writer
// growing bolt's memory map while a reader holds a transaction and opens
// another deadlocks); it returns the unlock function. PostgreSQL needs no
// lock. Read paths never call rlock while holding it.
func (s *Store) rlock() func() {
	if s.kind == kindPostgres {
		return func() {}
	}
	s.rw.RLock()
	return s.rw.RUnlock
}

func (s *Store) scan(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	if s.pg != nil {
		return s.pg.scan(ctx, dir, v, fn)
	}
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return s.drain(ctx, s.qs.QuadIterator(dir, ref), nil, fn)
}

// drain calls fn for every quad the iterator shape yields, stopping at the
// first error or when ctx ends. A non-nil keep sees each quad's reference
// first, so quads it rejects cost no value reads.
func (s *Store) drain(ctx context.Context, sh iterator.Shape, keep func(cgraph.Ref) (bool, error), fn func(quad.Quad) error) error {
	it := sh.Iterate()
	defer it.Close()
	for it.Next(ctx) {
		qref := it.Result()
		if keep != nil {
			ok, err := keep(qref)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
		}
		q, err := s.qs.Quad(qref)
		if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// scanPred is scan restricted to the quads whose predicate keep accepts.
// On bolt and memory stores the predicate is checked on the index entry
// before the quad's values are read, so the quads skipped cost no value
// lookups; on bolt the verdict is cached per predicate node.
func (s *Store) scanPred(ctx context.Context, dir quad.Direction, v quad.Value, keep func(quad.Value) bool, fn func(quad.Quad) error) error {
	if s.pg != nil {
		return s.pg.scan(ctx, dir, v, func(q quad.Quad) error {
			if !keep(q.Predicate) {
				return nil
			}
			return fn(q)
		})
	}
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	if s.kind == kindBolt {
		return s.scanPredCached(ctx, dir, ref, keep, fn)
	}
	verdict := map[any]bool{}
	return s.drain(ctx, s.qs.QuadIterator(dir, ref), func(qref cgraph.Ref) (bool, error) {
		pref, err := s.qs.QuadDirection(qref, quad.Predicate)
		if err != nil {
			return false, err
		}
		ok, known := verdict[pref]
		if !known {
			pv, err := s.qs.NameOf(pref)
			if err != nil {
				return false, err
			}
			ok = keep(pv)
			verdict[pref] = ok
		}
		return ok, nil
	}, fn)
}

// quadRefs returns the node references of a quad reference in the order
// of quad.Directions (subject, predicate, object, label).
func (s *Store) quadRefs(qref cgraph.Ref) ([4]cgraph.Ref, error) {
	var refs [4]cgraph.Ref
	for i, d := range quad.Directions {
		r, err := s.qs.QuadDirection(qref, d)
		if err != nil {
			return refs, err
		}
		refs[i] = r
	}
	return refs, nil
}

// scanPredCached is scanPred on bolt, where a node's id is never reused
// for another value: node values come from the store-wide node cache and
// the misses are read in one batch, instead of four value reads per quad.
func (s *Store) scanPredCached(ctx context.Context, dir quad.Direction, ref cgraph.Ref, keep func(quad.Value) bool, fn func(quad.Quad) error) error {
	var kept [][4]cgraph.Ref
	var missing []cgraph.Ref
	queued := map[cgraph.Ref]bool{}
	need := func(r cgraph.Ref) {
		if r == nil || queued[r] {
			return
		}
		if _, ok := s.cache.node(r); !ok {
			queued[r] = true
			missing = append(missing, r)
		}
	}
	verdict := map[cgraph.Ref]bool{}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		refs, err := s.quadRefs(it.Result())
		if err != nil {
			return err
		}
		pref := refs[1]
		ok, known := verdict[pref]
		if !known {
			pv, hit := s.cache.node(pref)
			if !hit {
				v, err := s.qs.NameOf(pref)
				if err != nil {
					return err
				}
				pv = v
				s.cache.putNode(pref, v)
			}
			ok = keep(pv)
			verdict[pref] = ok
		}
		if !ok {
			continue
		}
		kept = append(kept, refs)
		for _, r := range refs {
			need(r)
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	if len(missing) > 0 {
		vals, err := s.valuesOf(ctx, missing)
		if err != nil {
			return err
		}
		for i, r := range missing {
			if vals[i] != nil {
				s.cache.putNode(r, vals[i])
			}
		}
	}
	for _, refs := range kept {
		var q quad.Quad
		for i, d := range quad.Directions {
			if refs[i] == nil {
				continue
			}
			v, ok := s.cache.node(refs[i])
			if !ok {
				// evicted meanwhile: read it directly
				var err error
				if v, err = s.qs.NameOf(refs[i]); err != nil {
					return err
				}
			}
			q.Set(d, v)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// valuesOf reads the values of refs in one batch when the backend can.
func (s *Store) valuesOf(ctx context.Context, refs []cgraph.Ref) ([]quad.Value, error) {
	if b, ok := s.qs.(interface {
		ValuesOf(context.Context, []cgraph.Ref) ([]quad.Value, error)
	}); ok {
		return b.ValuesOf(ctx, refs)
	}
	out := make([]quad.Value, len(refs))
	for i, r := range refs {
		v, err := s.qs.NameOf(r)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// objectsOf returns up to limit objects of (subj, pred) through an indexed
// path lookup, without reading the subject's other quads.
func (s *Store) objectsOf(ctx context.Context, subj quad.Value, pred quad.IRI, limit int) ([]quad.Value, error) {
	defer s.rlock()()
	var out []quad.Value
	err := path.StartPath(s.qs, subj).Out(pred).Iterate(ctx).Limit(limit).EachValue(s.qs, func(v quad.Value) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// entitiesWithKey returns the entities carrying alias key k, of type typ
// ("" for any type), in IRI order.
func (s *Store) entitiesWithKey(ctx context.Context, k string, typ schema.EntityType) ([]quad.IRI, error) {
	if k == "" {
		return nil, nil
	}
	all, ok := s.cache.key(k)
	if !ok {
		set := map[quad.IRI]bool{}
		err := s.eachQuad(ctx, quad.Object, str(k), func(q quad.Quad) error {
			if e, ok := q.Subject.(quad.IRI); ok && q.Predicate == predAlias && isEntity(e) {
				set[e] = true
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		for e := range set {
			all = append(all, e)
		}
		slices.Sort(all)
		s.cache.putKey(k, all)
	}
	var out []quad.IRI
	for _, e := range all {
		if t, ok := entityType(e); ok && (typ == "" || t == typ) {
			out = append(out, e)
		}
	}
	return out, nil
}

// entityKeys returns the alias keys stored for entity e.
func (s *Store) entityKeys(ctx context.Context, e quad.IRI) ([]string, error) {
	info, err := s.entityInfo(ctx, e)
	return info.Aliases, err
}

// entityData is what the read side shows of an entity.
type entityData struct {
	IRI      quad.IRI
	Name     string
	Type     schema.EntityType
	Aliases  []string // sorted alias keys
	Articles int      // articles that mention it
}

// entityInfo reads an entity's names and aliases (cached). The display
// name is the name most articles use (then the longest, then the first in
// order), or the name the alias file gives.
func (s *Store) entityInfo(ctx context.Context, e quad.IRI) (entityData, error) {
	if d, ok := s.cache.entity(e); ok {
		return d, nil
	}
	names := map[string]int{}
	keys := map[string]bool{}
	err := s.eachQuad(ctx, quad.Subject, e, func(q quad.Quad) error {
		switch q.Predicate {
		case predName:
			names[valueString(q.Object)]++
		case predAlias:
			keys[valueString(q.Object)] = true
		}
		return nil
	})
	if err != nil {
		typ, _ := entityType(e)
		return entityData{IRI: e, Type: typ}, err
	}
	d := s.entityDataOf(e, names, keys)
	s.cache.putEntity(d)
	return d, nil
}

// sortEvidence orders statements by their article's date, then by
// statement IRI.
func sortEvidence(out []EvidenceStatement) {
	slices.SortFunc(out, func(x, y EvidenceStatement) int {
		if c := x.Evidence.Published.Compare(y.Evidence.Published); c != 0 {
			return c
		}
		return strings.Compare(x.Evidence.Statement, y.Evidence.Statement)
	})
}

func betterName(a, b string) bool {
	if len(a) != len(b) {
		return len(a) > len(b)
	}
	return a < b
}

// entityName returns an entity's display name cheaply: from the cache or
// from a few of its ng:name values read through the (subject, predicate)
// index, so that neighbour listings stay fast on large stores.
func (s *Store) entityName(ctx context.Context, e quad.IRI) (string, error) {
	if d, ok := s.cache.entity(e); ok {
		return d.Name, nil
	}
	if n, ok := s.cache.name(e); ok {
		return n, nil
	}
	best, err := s.storeName(ctx, e)
	if err != nil {
		return "", err
	}
	best = s.aliasName(best, e)
	s.cache.putName(e, best)
	return best, nil
}

// storeName is the part of entityName that depends on the store alone:
// the most frequent of up to 16 ng:name values (then the longest), "" when
// there is none.
func (s *Store) storeName(ctx context.Context, e quad.IRI) (string, error) {
	vals, err := s.objectsOf(ctx, e, predName, 16)
	if err != nil {
		return "", err
	}
	counts := map[string]int{}
	best := ""
	for _, v := range vals {
		n := valueString(v)
		counts[n]++
		if best == "" || counts[n] > counts[best] || (counts[n] == counts[best] && betterName(n, best)) {
			best = n
		}
	}
	return best, nil
}

// aliasName applies the alias file and the slug fallback to a storeName.
func (s *Store) aliasName(best string, e quad.IRI) string {
	typ, _ := entityType(e)
	if tgt, ok := s.aliases.forced([]string{aliasKey(best)}, typ); ok && best != "" {
		best = tgt.Name
	}
	if best == "" {
		best = entitySlugTitle(e)
	}
	return best
}

// countIncoming counts the quads pointing at e, up to limit.
func (s *Store) countIncoming(ctx context.Context, e quad.IRI, limit int64) (int64, error) {
	defer s.rlock()()
	var n int64
	err := s.scan(ctx, quad.Object, e, func(quad.Quad) error {
		n++
		if n >= limit {
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return 0, err
	}
	return n, nil
}

func (s *Store) valueOf(v quad.Value) (bool, error) {
	defer s.rlock()()
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return false, err
	}
	// the SQL store hashes any value: ask for the node itself
	name, err := s.qs.NameOf(ref)
	return name != nil, err
}

// Resolve finds the entity that name (canonical name, any alias, case
// insensitive, or an entity IRI) denotes. It returns ErrNotFound when no
// entity answers to it.
func (s *Store) Resolve(ctx context.Context, name string) (schema.Node, error) {
	e, err := s.lookup(ctx, name)
	if err != nil {
		return schema.Node{}, err
	}
	d, err := s.entityInfo(ctx, e)
	if err != nil {
		return schema.Node{}, fmt.Errorf("graph: resolve %q: %w", name, err)
	}
	return d.node(), nil
}

func (d entityData) node() schema.Node {
	return schema.Node{ID: d.IRI.String(), Name: d.Name, Type: d.Type, Aliases: slices.Clone(d.Aliases), Mentions: d.Articles}
}

// Out returns the asserted edges leaving actor (a name, alias or entity
// IRI), folded per predicate and object; Evidence counts the articles that
// assert the edge. It reads only the actor's own quads.
func (s *Store) Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	e, err := s.lookup(ctx, actor)
	if err != nil {
		return nil, err
	}
	edges, err := s.edgesOf(ctx, e, quad.Subject, f)
	if err != nil {
		return nil, fmt.Errorf("graph: out %q: %w", actor, err)
	}
	return edges, nil
}

// In returns the asserted edges reaching actor.
func (s *Store) In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	e, err := s.lookup(ctx, actor)
	if err != nil {
		return nil, err
	}
	edges, err := s.edgesOf(ctx, e, quad.Object, f)
	if err != nil {
		return nil, fmt.Errorf("graph: in %q: %w", actor, err)
	}
	return edges, nil
}

// edgeKey identifies one folded edge.
type edgeKey struct {
	subj, obj quad.IRI
	pred      string
}

// edgesOf folds the direct-edge quads at e (as subject or object). Only
// the quads whose predicate is a direct-edge predicate are read: the
// others at e (names, aliases, statement links, mentions) are skipped by
// their predicate before being loaded. While an adjacency snapshot matches
// the store (see PreparePaths) the edges come from it instead.
func (s *Store) edgesOf(ctx context.Context, e quad.IRI, dir quad.Direction, f schema.Filter) ([]schema.Edge, error) {
	if snap := s.freshAdjacency(ctx); snap != nil {
		return s.foldSnapshot(ctx, snap, e, dir, f)
	}
	return s.foldEdges(ctx, f, func(fn func(quad.Quad) error) error {
		defer s.rlock()()
		return s.scanPred(ctx, dir, e, isDirectPredicate, fn)
	})
}

// foldSnapshot is edgesOf answered from an adjacency snapshot.
func (s *Store) foldSnapshot(ctx context.Context, snap *adjSnapshot, e quad.IRI, dir quad.Direction, f schema.Filter) ([]schema.Edge, error) {
	var out []schema.Edge
	err := s.snapshotEdges(ctx, snap, e, dir, func(k edgeKey, arts []quad.IRI, info func(quad.IRI) (ArticleInfo, error), name func(quad.IRI) (string, error)) error {
		ed, ok, err := s.foldEdgeWith(ctx, k, arts, f, info, name)
		if ok {
			out = append(out, ed)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	sortEdges(out)
	if out == nil {
		out = []schema.Edge{}
	}
	return out, nil
}

// isDirectPredicate reports whether p is a direct-edge predicate <ng:p/…>.
func isDirectPredicate(p quad.Value) bool {
	_, ok := lemmaOf(p)
	return ok
}

// foldEdges folds the direct-edge quads that each yields per predicate and
// ends, counting the distinct articles asserting each edge.
func (s *Store) foldEdges(ctx context.Context, f schema.Filter, each func(fn func(quad.Quad) error) error) ([]schema.Edge, error) {
	arts := map[edgeKey][]quad.IRI{}
	var order []edgeKey
	err := each(func(q quad.Quad) error {
		lemma, ok := lemmaOf(q.Predicate)
		if !ok {
			return nil
		}
		subj, ok1 := q.Subject.(quad.IRI)
		obj, ok2 := q.Object.(quad.IRI)
		art, ok3 := q.Label.(quad.IRI)
		if !ok1 || !ok2 || !ok3 {
			return nil
		}
		k := edgeKey{subj, obj, lemma}
		if _, ok := arts[k]; !ok {
			order = append(order, k)
		}
		arts[k] = append(arts[k], art)
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]schema.Edge, 0, len(order))
	for _, k := range order {
		ed, ok, err := s.foldEdge(ctx, k, arts[k], f)
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ed)
		}
	}
	sortEdges(out)
	return out, nil
}

// sortEdges orders folded edges best supported first, then by predicate
// and ends.
func sortEdges(out []schema.Edge) {
	slices.SortFunc(out, func(a, b schema.Edge) int {
		if a.Evidence != b.Evidence {
			return b.Evidence - a.Evidence
		}
		if c := strings.Compare(a.Predicate, b.Predicate); c != 0 {
			return c
		}
		return strings.Compare(a.ObjectID+a.SubjectID, b.ObjectID+b.SubjectID)
	})
}

// foldEdge builds the view edge for k from the articles asserting it,
// applying f; ok is false when f rejects the edge.
func (s *Store) foldEdge(ctx context.Context, k edgeKey, arts []quad.IRI, f schema.Filter) (schema.Edge, bool, error) {
	return s.foldEdgeWith(ctx, k, arts, f, func(a quad.IRI) (ArticleInfo, error) { return s.articleInfo(ctx, a) },
		func(e quad.IRI) (string, error) { return s.entityName(ctx, e) })
}

// foldEdgeWith is foldEdge reading article metadata and names through
// artInfo and name.
func (s *Store) foldEdgeWith(ctx context.Context, k edgeKey, arts []quad.IRI, f schema.Filter, artInfo func(quad.IRI) (ArticleInfo, error), name func(quad.IRI) (string, error)) (schema.Edge, bool, error) {
	if len(f.Types) > 0 {
		st, _ := entityType(k.subj)
		ot, _ := entityType(k.obj)
		if !slices.Contains(f.Types, st) || !slices.Contains(f.Types, ot) {
			return schema.Edge{}, false, nil
		}
	}
	info, err := s.predicateInfo(ctx, k.pred)
	if err != nil {
		return schema.Edge{}, false, err
	}
	if len(f.Classes) > 0 && !slices.Contains(f.Classes, info.Class) {
		return schema.Edge{}, false, nil
	}
	ed := schema.Edge{
		SubjectID: k.subj.String(), ObjectID: k.obj.String(),
		Predicate: k.pred, Class: info.Class, Cameo: info.Cameo, Goldstein: info.Goldstein,
	}
	slices.Sort(arts)
	arts = slices.Compact(arts)
	for _, a := range arts {
		ai, err := artInfo(a)
		if err != nil {
			return schema.Edge{}, false, err
		}
		when := ai.date()
		if !f.Since.IsZero() && when.Before(f.Since) {
			continue
		}
		if !f.Until.IsZero() && when.After(f.Until) {
			continue
		}
		ed.Articles = append(ed.Articles, ai.ID)
		if ai.Source != "" && !slices.Contains(ed.Sources, ai.Source) {
			ed.Sources = append(ed.Sources, ai.Source)
		}
		if !when.IsZero() {
			if ed.FirstSeen.IsZero() || when.Before(ed.FirstSeen) {
				ed.FirstSeen = when
			}
			if when.After(ed.LastSeen) {
				ed.LastSeen = when
			}
		}
	}
	ed.Evidence = len(ed.Articles)
	if ed.Evidence == 0 || ed.Evidence < f.MinEvidence {
		return schema.Edge{}, false, nil
	}
	slices.Sort(ed.Articles)
	if ed.Subject, err = name(k.subj); err != nil {
		return schema.Edge{}, false, err
	}
	if ed.Object, err = name(k.obj); err != nil {
		return schema.Edge{}, false, err
	}
	return ed, true, nil
}

// date is the article's published date, or its ingestion time when the
// publication date is unknown.
func (a ArticleInfo) date() time.Time {
	if !a.Published.IsZero() {
		return a.Published
	}
	return a.Ingested
}

// articleInfo reads an article node's metadata (cached).
func (s *Store) articleInfo(ctx context.Context, art quad.IRI) (ArticleInfo, error) {
	if a, ok := s.cache.article(art); ok {
		return a, nil
	}
	a := ArticleInfo{IRI: art.String()}
	err := s.eachQuad(ctx, quad.Subject, art, func(q quad.Quad) error {
		if q.Label != art {
			return nil
		}
		v := valueString(q.Object)
		switch q.Predicate {
		case predID:
			a.ID = v
		case predSource:
			a.Source = v
		case predURL:
			a.URL = v
		case predTitle:
			a.Title = v
		case predByline:
			a.Byline = v
		case predPublished:
			a.Published = parseTime(v)
		case predHash:
			a.Hash = v
		case predIngested:
			a.Ingested = parseTime(v)
		case predStatements:
			a.Statements, _ = strconv.Atoi(v)
		}
		return nil
	})
	if err != nil {
		return a, err
	}
	if a.ID != "" {
		s.cache.putArticle(art, a)
	}
	return a, nil
}

// predicateInfo returns the class, CAMEO code and Goldstein weight of a
// predicate lemma: from the vocabulary when one is set, else from a stored
// statement that uses the lemma (cached per lemma).
func (s *Store) predicateInfo(ctx context.Context, lemma string) (schema.Predicate, error) {
	if p, ok := s.cache.predicate(lemma); ok {
		return p, nil
	}
	p := schema.Predicate{Lemma: lemma, Class: schema.NeutralClass}
	if s.vocab != nil {
		if vp, ok := s.vocab(lemma); ok {
			s.cache.putPredicate(lemma, vp)
			return vp, nil
		}
	}
	// one statement using the lemma: its class and cameo
	var stmt quad.Value
	err := s.eachQuad(ctx, quad.Object, predicateIRI(lemma), func(q quad.Quad) error {
		if q.Predicate == predPredicate {
			stmt = q.Subject
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return p, err
	}
	if stmt != nil {
		var st statementRec
		if err := s.eachQuad(ctx, quad.Subject, stmt, func(q quad.Quad) error { st.set(q); return nil }); err != nil {
			return p, err
		}
		if st.class != "" {
			p.Class = st.class
		}
		p.Cameo = st.cameo
		p.Role = st.class == schema.RoleClass
	}
	s.cache.putPredicate(lemma, p)
	return p, nil
}

// errStop ends an iteration early.
var errStop = fmt.Errorf("graph: stop")

// SetVocabulary replaces the predicate vocabulary (by default
// schema.Vocabulary().Lookup) used for edge classes, CAMEO codes and
// Goldstein weights, and for the class of statements without a CAMEO code.
// With nil, an edge takes the class and CAMEO code stored on its
// statements and no weight. Call it before using the store.
func (s *Store) SetVocabulary(lookup func(lemma string) (schema.Predicate, bool)) {
	s.vocab = lookup
	s.cache.reset()
}

// readCache keeps read-side lookups that are costly on large stores. Each
// map is bounded: it is emptied when it grows past cacheMax. With a ttl
// (PostgreSQL, where other processes write too) entries expire.
type readCache struct {
	mu         sync.Mutex
	ttl        time.Duration
	keys       map[string]cached[[]quad.IRI] // alias key → entities, for resolution
	entities   map[quad.IRI]cached[entityData]
	names      map[quad.IRI]cached[string]
	articles   map[quad.IRI]cached[ArticleInfo]
	predicates map[string]schema.Predicate
	nodes      map[cgraph.Ref]quad.Value // bolt node id → value
	adj        adjacency                 // bolt: the adjacency snapshot (adjacency.go)
}

type cached[T any] struct {
	v  T
	at time.Time
}

const cacheMax = 200_000

func newReadCache(ttl time.Duration) *readCache {
	c := &readCache{ttl: ttl}
	c.reset()
	return c
}

func (c *readCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.keys = map[string]cached[[]quad.IRI]{}
	c.entities = map[quad.IRI]cached[entityData]{}
	c.names = map[quad.IRI]cached[string]{}
	c.articles = map[quad.IRI]cached[ArticleInfo]{}
	c.predicates = map[string]schema.Predicate{}
	c.nodes = map[cgraph.Ref]quad.Value{}
}

func (c *readCache) node(r cgraph.Ref) (quad.Value, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.nodes[r]
	return v, ok
}

func (c *readCache) putNode(r cgraph.Ref, v quad.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.nodes) >= cacheMax {
		c.nodes = map[cgraph.Ref]quad.Value{}
	}
	c.nodes[r] = v
}

func get[K comparable, T any](c *readCache, m map[K]cached[T], k K) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := m[k]
	if !ok || (c.ttl > 0 && time.Since(e.at) > c.ttl) {
		var zero T
		return zero, false
	}
	return e.v, true
}

func put[K comparable, T any](c *readCache, m *map[K]cached[T], k K, v T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(*m) >= cacheMax {
		*m = map[K]cached[T]{}
	}
	(*m)[k] = cached[T]{v: v, at: time.Now()}
}

func (c *readCache) key(k string) ([]quad.IRI, bool) { return get(c, c.keys, k) }
func (c *readCache) putKey(k string, es []quad.IRI)  { put(c, &c.keys, k, es) }

// wroteKeys updates cached key lookups after a write: entities gained the
// alias keys in added and may have lost those in removed.
func (c *readCache) wroteKeys(added map[string][]quad.IRI, removed []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, k := range removed {
		delete(c.keys, k)
	}
	for k, es := range added {
		e, ok := c.keys[k]
		if !ok {
			continue
		}
		list := slices.Clone(e.v)
		for _, iri := range es {
			if !slices.Contains(list, iri) {
				list = append(list, iri)
			}
		}
		slices.Sort(list)
		c.keys[k] = cached[[]quad.IRI]{v: list, at: e.at}
	}
}

func (c *readCache) entity(e quad.IRI) (entityData, bool) { return get(c, c.entities, e) }
func (c *readCache) putEntity(d entityData)               { put(c, &c.entities, d.IRI, d) }
func (c *readCache) name(e quad.IRI) (string, bool)       { return get(c, c.names, e) }
func (c *readCache) putName(e quad.IRI, n string)         { put(c, &c.names, e, n) }

func (c *readCache) forgetEntity(e quad.IRI) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entities, e)
	delete(c.names, e)
}

func (c *readCache) article(a quad.IRI) (ArticleInfo, bool) { return get(c, c.articles, a) }
func (c *readCache) putArticle(a quad.IRI, x ArticleInfo)   { put(c, &c.articles, a, x) }

func (c *readCache) forgetArticle(a quad.IRI) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.articles, a)
}

func (c *readCache) predicate(l string) (schema.Predicate, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.predicates[l]
	return p, ok
}

func (c *readCache) putPredicate(l string, p schema.Predicate) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.predicates[l] = p
}

// EdgeEvidence returns the asserted statements behind one folded edge as
// Out and In return it (e.SubjectID, e.Predicate, e.ObjectID and the
// articles in e.Articles), oldest article first as Evidence orders them.
// It reads the statements of those articles by their statement ids, so it
// costs the same whatever the actors' other statements; f's dates and
// classes apply as in Evidence.
func (s *Store) EdgeEvidence(ctx context.Context, e schema.Edge, f schema.Filter) ([]EvidenceStatement, error) {
	subj, obj := bareIRI(e.SubjectID), bareIRI(e.ObjectID)
	snap := s.freshAdjacency(ctx)
	var out []EvidenceStatement
	for _, id := range e.Articles {
		art := articleIRI(id)
		// the statements the adjacency snapshot found behind the edge,
		// else every statement of the article
		var nums []int
		if known, ok := snapStatements(snap, subj, e.Predicate, obj, art); ok {
			nums = known
		} else {
			ai, err := s.articleInfo(ctx, art)
			if err != nil {
				return nil, fmt.Errorf("graph: edge evidence: %w", err)
			}
			for n := range ai.Statements {
				nums = append(nums, n)
			}
		}
		for _, n := range nums {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			st, err := s.statement(ctx, statementIRI(art, n))
			if err != nil {
				return nil, fmt.Errorf("graph: edge evidence: %w", err)
			}
			if st.subject != subj || st.object != obj || st.lemma != e.Predicate || !st.fact() {
				continue
			}
			ev, ok, err := s.evidenceOf(ctx, st, f)
			if err != nil {
				return nil, fmt.Errorf("graph: edge evidence: %w", err)
			}
			if ok {
				out = append(out, ev)
			}
		}
	}
	sortEvidence(out)
	return out, nil
}

// snapStatements returns the statement numbers snap knows behind an edge
// in article art.
func snapStatements(snap *adjSnapshot, subj quad.IRI, lemma string, obj, art quad.IRI) ([]int, bool) {
	if snap == nil {
		return nil, false
	}
	ns, ok := snap.statements(subj, lemma, obj, art)
	if !ok {
		return nil, false
	}
	out := make([]int, len(ns))
	for i, n := range ns {
		out[i] = int(n)
	}
	return out, true
}

// bareIRI turns "<iri>" into the IRI value.
func bareIRI(s string) quad.IRI {
	if len(s) > 1 && s[0] == '<' && s[len(s)-1] == '>' {
		s = s[1 : len(s)-1]
	}
	return quad.IRI(s)
}
