package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Evidence returns every statement (asserted, negated or hypothetical)
// between a and b in either direction, oldest article first. f's dates
// and classes apply.
func (s *Store) Evidence(ctx context.Context, a, b string, f schema.Filter) ([]EvidenceStatement, error) {
	ea, err := s.lookup(ctx, a)
	if err != nil {
		return nil, err
	}
	eb, err := s.lookup(ctx, b)
	if err != nil {
		return nil, err
	}
	// Walk the statements of the end with fewer incoming quads.
	from, other := ea, eb
	if s.incoming(ctx, eb) < s.incoming(ctx, ea) {
		from, other = eb, ea
	}
	stmts, err := s.statementsBetween(ctx, from, other)
	if err != nil {
		return nil, fmt.Errorf("graph: evidence %q %q: %w", a, b, err)
	}
	var out []EvidenceStatement
	for _, sn := range stmts {
		st, err := s.statement(ctx, sn)
		if err != nil {
			return nil, fmt.Errorf("graph: evidence %q %q: %w", a, b, err)
		}
		if !(st.subject == from && st.object == other) && !(st.subject == other && st.object == from) {
			continue
		}
		ev, ok, err := s.evidenceOf(ctx, st, f)
		if err != nil {
			return nil, fmt.Errorf("graph: evidence %q %q: %w", a, b, err)
		}
		if ok {
			out = append(out, ev)
		}
	}
	sortEvidence(out)
	return out, nil
}

// statementsBetween lists the statement nodes whose subject is from and
// object other, or the reverse: it reads only from's ng:subject and
// ng:object links, then each candidate's opposite link through the
// (subject, predicate) index, and never the statements that name a third
// actor.
func (s *Store) statementsBetween(ctx context.Context, from, other quad.IRI) ([]quad.Value, error) {
	type link struct {
		stmt quad.Value
		pred quad.Value // from's role in the statement
	}
	var links []link
	err := func() error {
		defer s.rlock()()
		return s.scanPred(ctx, quad.Object, from, func(p quad.Value) bool {
			return p == predSubject || p == predObject
		}, func(q quad.Quad) error {
			links = append(links, link{q.Subject, q.Predicate})
			return nil
		})
	}()
	if err != nil {
		return nil, err
	}
	var stmts []quad.Value
	seen := map[quad.Value]bool{}
	for _, l := range links {
		if seen[l.stmt] {
			continue
		}
		opposite := predObject
		if l.pred == predObject {
			opposite = predSubject
		}
		ends, err := s.objectsOf(ctx, l.stmt, opposite, 4)
		if err != nil {
			return nil, err
		}
		if slices.Contains(ends, quad.Value(other)) {
			seen[l.stmt] = true
			stmts = append(stmts, l.stmt)
		}
	}
	return stmts, nil
}

// incoming estimates how many quads point at e.
func (s *Store) incoming(ctx context.Context, e quad.IRI) int64 {
	defer s.rlock()()
	ref, err := s.qs.ValueOf(e)
	if err != nil || ref == nil {
		return 0
	}
	sz, err := s.qs.QuadIteratorSize(ctx, quad.Object, ref)
	if err != nil {
		return 0
	}
	return sz.Value
}

// storedStatement is a statement node read back.
type storedStatement struct {
	statementRec
	subject, object quad.IRI
	lemma           string
}

func (s *Store) statement(ctx context.Context, sn quad.Value) (storedStatement, error) {
	var st storedStatement
	err := s.eachQuad(ctx, quad.Subject, sn, func(q quad.Quad) error {
		st.set(q)
		return nil
	})
	st.subject, _ = st.statementRec.subject.(quad.IRI)
	st.object, _ = st.statementRec.object.(quad.IRI)
	st.lemma, _ = lemmaOf(st.predicate)
	return st, err
}

// evidenceOf builds the evidence view of a stored statement; ok is false
// when f rejects it.
func (s *Store) evidenceOf(ctx context.Context, st storedStatement, f schema.Filter) (EvidenceStatement, bool, error) {
	if len(f.Classes) > 0 && !slices.Contains(f.Classes, st.class) {
		return EvidenceStatement{}, false, nil
	}
	art, _ := st.article.(quad.IRI)
	ai, err := s.articleInfo(ctx, art)
	if err != nil {
		return EvidenceStatement{}, false, err
	}
	when := ai.date()
	if (!f.Since.IsZero() && when.Before(f.Since)) || (!f.Until.IsZero() && when.After(f.Until)) {
		return EvidenceStatement{}, false, nil
	}
	subj, err := s.entityName(ctx, st.subject)
	if err != nil {
		return EvidenceStatement{}, false, err
	}
	obj, err := s.entityName(ctx, st.object)
	if err != nil {
		return EvidenceStatement{}, false, err
	}
	conf, _ := strconv.ParseFloat(st.confidence, 64)
	stype, _ := entityType(st.subject)
	otype, _ := entityType(st.object)
	ev := EvidenceStatement{
		Statement: schema.Statement{
			Subject: subj, SubjectType: stype, Predicate: st.lemma, Object: obj, ObjectType: otype,
			Negated: st.negated, Modality: st.mod(), Cameo: st.cameo,
			Role: st.class == schema.RoleClass, Confidence: conf, SentenceText: st.sentence,
			Span: parseSpan(st.span), Source: ai.Source,
		},
		Evidence: schema.Evidence{
			Statement: quad.StringOf(st.iri), Sentence: st.sentence, Article: ai.ID, Source: ai.Source,
			Title: ai.Title, Published: ai.Published, Negated: st.negated,
			Modality: st.mod(), Confidence: conf,
		},
	}
	return ev, true, nil
}

// entityTypes lists every entity type the model knows, actors first.
var entityTypes = []schema.EntityType{
	schema.Person, schema.Organization, schema.Country, schema.Location,
	schema.Weapon, schema.Product, schema.Document, schema.Event, schema.Thing,
}

// eachEntity calls fn for every entity of the given types (all when
// empty), once each, type by type. A non-nil pager pages the type index
// read (see pagedScan).
func (s *Store) eachEntity(ctx context.Context, types []schema.EntityType, pg *pager, fn func(quad.IRI) error) error {
	if len(types) == 0 {
		types = entityTypes
	}
	for _, t := range types {
		seen := map[quad.IRI]bool{}
		var list []quad.IRI
		add := func(q quad.Quad) error {
			e, ok := q.Subject.(quad.IRI)
			if ok && q.Predicate == predType && !seen[e] {
				seen[e] = true
				list = append(list, e)
			}
			return nil
		}
		var err error
		if pg == nil {
			err = s.eachQuad(ctx, quad.Object, typeIRI(t), add)
		} else {
			err = func() error {
				defer s.rlock()()
				return s.pagedScan(ctx, quad.Object, typeIRI(t), func(p quad.Value) bool { return p == predType }, pg, add)
			}()
		}
		if err != nil {
			return err
		}
		slices.Sort(list)
		for _, e := range list {
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}

// Nodes streams every entity of the actor-graph view in type then IRI
// order. f.Types selects types; with f.Since or f.Until only entities
// mentioned by an article in that window are kept. On bolt the pages of
// the store file it reads do not stay resident (see pager).
func (s *Store) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	pg := s.newPager()
	err := s.eachEntity(ctx, f.Types, pg, func(e quad.IRI) error {
		pg.checkUnlocked()
		if !f.Since.IsZero() || !f.Until.IsZero() {
			ok, err := s.mentionedIn(ctx, e, f)
			if err != nil || !ok {
				return err
			}
		}
		d, err := s.viewEntity(ctx, e, pg)
		if err != nil {
			return err
		}
		return fn(d.node())
	})
	if err != nil {
		return fmt.Errorf("graph: nodes: %w", err)
	}
	return nil
}

// mentionedIn reports whether an article in f's date window mentions e.
func (s *Store) mentionedIn(ctx context.Context, e quad.IRI, f schema.Filter) (bool, error) {
	found := false
	err := s.eachQuadCollect(ctx, quad.Object, e, func(q quad.Quad) error {
		if q.Predicate != predMentions {
			return nil
		}
		art, _ := q.Subject.(quad.IRI)
		ai, err := s.articleInfo(ctx, art)
		if err != nil {
			return err
		}
		when := ai.date()
		if (f.Since.IsZero() || !when.Before(f.Since)) && (f.Until.IsZero() || !when.After(f.Until)) {
			found = true
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return false, err
	}
	return found, nil
}

// Edges streams every folded edge of the actor-graph view, grouped by
// subject. f applies as in Out (both ends must be of f.Types when set).
// On bolt the pages of the store file it reads do not stay resident (see
// pager).
func (s *Store) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	pg := s.newPager()
	if err := s.warmArticles(ctx, pg); err != nil {
		return fmt.Errorf("graph: edges: %w", err)
	}
	err := s.eachEntity(ctx, f.Types, pg, func(e quad.IRI) error {
		pg.checkUnlocked()
		edges, err := s.viewEdges(ctx, e, f, pg)
		if err != nil {
			return err
		}
		for _, ed := range edges {
			if err := fn(ed); err != nil {
				return err
			}
			pg.checkUnlocked() // fn may read the store (an edge's statements)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: edges: %w", err)
	}
	return nil
}

// viewEntity is entityInfo for Nodes: with a pager (bolt) it reads only
// the entity's ng:name and ng:alias quads, through pagedPairs.
func (s *Store) viewEntity(ctx context.Context, e quad.IRI, pg *pager) (entityData, error) {
	if pg == nil {
		return s.entityInfo(ctx, e)
	}
	if d, ok := s.cache.entity(e); ok {
		return d, nil
	}
	names := map[string]int{}
	keys := map[string]bool{}
	unlock := s.rlock()
	err := s.pagedPairs(ctx, e, []quad.IRI{predName, predAlias}, pg, func(q quad.Quad) error {
		switch q.Predicate {
		case predName:
			names[valueString(q.Object)]++
		case predAlias:
			keys[valueString(q.Object)] = true
		}
		return nil
	})
	unlock()
	if err != nil {
		return entityData{}, err
	}
	d := s.entityDataOf(e, names, keys)
	s.cache.putEntity(d)
	return d, nil
}

// entityDataOf builds an entity's view from the counts of its ng:name
// values and its alias keys: the display name is the name most articles
// use (then the longest, then the first in order), or the name the alias
// file gives. entityInfo and the view's node reads share it.
func (s *Store) entityDataOf(e quad.IRI, names map[string]int, keys map[string]bool) entityData {
	typ, _ := entityType(e)
	d := entityData{IRI: e, Type: typ}
	for n, c := range names {
		d.Articles += c
		if d.Name == "" || c > names[d.Name] || (c == names[d.Name] && betterName(n, d.Name)) {
			d.Name = n
		}
	}
	for k := range keys {
		d.Aliases = append(d.Aliases, k)
	}
	slices.Sort(d.Aliases)
	if tgt, ok := s.aliases.forced(d.Aliases, typ); ok && len(d.Aliases) > 0 {
		d.Name = tgt.Name
	}
	if d.Name == "" {
		d.Name = entitySlugTitle(e)
	}
	return d
}

// warmArticles reads the metadata of every article into the read cache
// one article at a time, checking pg between them, so that folding a
// popular actor's edges (which looks up the article of every quad) finds
// them there instead of mapping the pages of thousands of articles in one
// go. It does nothing without a pager, or when there are too many
// articles for the cache to keep.
func (s *Store) warmArticles(ctx context.Context, pg *pager) error {
	if pg == nil {
		return nil
	}
	var list []quad.IRI
	err := func() error {
		defer s.rlock()()
		return s.pagedScan(ctx, quad.Object, typeArticle, func(p quad.Value) bool { return p == predType }, pg, func(q quad.Quad) error {
			if a, ok := q.Subject.(quad.IRI); ok && q.Label == a {
				list = append(list, a)
			}
			return nil
		})
	}()
	if err != nil {
		return err
	}
	if len(list) > cacheMax/2 {
		return nil // they would not stay in the cache
	}
	for _, a := range list {
		pg.checkUnlocked()
		if _, err := s.articleInfo(ctx, a); err != nil {
			return err
		}
	}
	return nil
}

// viewEdges is edgesOf(e, subject) for Edges: with a pager (bolt) the
// direct-edge quads are read through pagedScan.
func (s *Store) viewEdges(ctx context.Context, e quad.IRI, f schema.Filter, pg *pager) ([]schema.Edge, error) {
	if pg == nil {
		return s.edgesOf(ctx, e, quad.Subject, f)
	}
	return s.foldEdges(ctx, f, func(fn func(quad.Quad) error) error {
		defer s.rlock()()
		return s.pagedScan(ctx, quad.Subject, e, isDirectPredicate, pg, fn)
	})
}

// pagedScan is scanPred on bolt for the long reads of the view: it ticks
// pg for every quad of the index, so that the pages of the store file the
// read maps do not pile up (see pager). The predicate is checked on the
// index entry before the quad's other values are read, and node values
// come from the store-wide node cache (a bolt node id is never reused for
// another value). The caller holds the read lock; fn must not call other
// Store methods.
func (s *Store) pagedScan(ctx context.Context, dir quad.Direction, v quad.Value, keep func(quad.Value) bool, pg *pager, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(v)
	if err != nil || ref == nil {
		return err
	}
	return s.pagedDrain(ctx, s.qs.QuadIterator(dir, ref), keep, pg, fn)
}

// pagedPairs is pagedScan of the quads (subj, p, ?) for each of preds,
// each read through the store's (subject, predicate) index so that the
// subject's other quads are never loaded. Without such an index it scans
// all of subj's quads and keeps those of preds.
func (s *Store) pagedPairs(ctx context.Context, subj quad.Value, preds []quad.IRI, pg *pager, fn func(quad.Quad) error) error {
	sref, err := s.qs.ValueOf(subj)
	if err != nil || sref == nil {
		return err
	}
	keepAll := func(quad.Value) bool { return true }
	var shapes []iterator.Shape
	for _, p := range preds {
		pref, err := s.qs.ValueOf(p)
		if err != nil {
			return err
		}
		if pref == nil {
			continue // no quad uses the predicate
		}
		sh, ok := s.pairIndex(ctx, sref, pref)
		if !ok {
			return s.pagedDrain(ctx, s.qs.QuadIterator(quad.Subject, sref), func(v quad.Value) bool {
				iri, ok := v.(quad.IRI)
				return ok && slices.Contains(preds, iri)
			}, pg, fn)
		}
		shapes = append(shapes, sh)
	}
	for _, sh := range shapes {
		if err := s.pagedDrain(ctx, sh, keepAll, pg, fn); err != nil {
			return err
		}
	}
	return nil
}

// pairIndex returns the kv store's prefix scan of its (subject, predicate)
// index over the quads (sref, pref, ?), as Cayley's own optimizer picks
// it; ok is false when the store has no index with that prefix.
func (s *Store) pairIndex(ctx context.Context, sref, pref cgraph.Ref) (iterator.Shape, bool) {
	opt, ok := s.qs.(shape.Optimizer)
	if !ok {
		return nil, false
	}
	sh, ok := opt.OptimizeShape(ctx, shape.QuadsAction{Result: quad.Object,
		Filter: map[quad.Direction]cgraph.Ref{quad.Subject: sref, quad.Predicate: pref}})
	if !ok {
		return nil, false
	}
	nf, ok := sh.(shape.NodesFrom)
	if !ok {
		return nil, false
	}
	scan, ok := nf.Quads.(kv.IndexScan)
	if !ok || len(scan.Values) != 2 || len(scan.Index.Dirs) < 2 ||
		scan.Index.Dirs[0] != quad.Subject || scan.Index.Dirs[1] != quad.Predicate {
		return nil, false
	}
	return scan.BuildIterator(s.qs), true
}

// pagedDrain is the loop of pagedScan over the quads sh yields.
func (s *Store) pagedDrain(ctx context.Context, sh iterator.Shape, keep func(quad.Value) bool, pg *pager, fn func(quad.Quad) error) error {
	verdict := map[cgraph.Ref]bool{}
	it := sh.Iterate()
	defer it.Close()
	for it.Next(ctx) {
		pg.tick()
		qref := it.Result()
		pref, err := s.qs.QuadDirection(qref, quad.Predicate)
		if err != nil {
			return err
		}
		ok, known := verdict[pref]
		if !known {
			pv, err := s.nodeValue(pref)
			if err != nil {
				return err
			}
			ok = keep(pv)
			verdict[pref] = ok
		}
		if !ok {
			continue
		}
		var q quad.Quad
		for _, d := range quad.Directions {
			r, err := s.qs.QuadDirection(qref, d)
			if err != nil {
				return err
			}
			if r == nil {
				continue
			}
			val, err := s.nodeValue(r)
			if err != nil {
				return err
			}
			q.Set(d, val)
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

// nodeValue returns the value of bolt node r, through the node cache.
func (s *Store) nodeValue(r cgraph.Ref) (quad.Value, error) {
	if v, ok := s.cache.node(r); ok {
		return v, nil
	}
	v, err := s.qs.NameOf(r)
	if err != nil {
		return nil, err
	}
	s.cache.putNode(r, v)
	return v, nil
}

// Articles streams the stored articles, in article-IRI order.
func (s *Store) Articles(ctx context.Context, fn func(ArticleInfo) error) error {
	var list []quad.IRI
	err := s.eachQuad(ctx, quad.Object, typeArticle, func(q quad.Quad) error {
		if a, ok := q.Subject.(quad.IRI); ok && q.Predicate == predType && q.Label == a {
			list = append(list, a)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: articles: %w", err)
	}
	slices.Sort(list)
	for _, a := range list {
		ai, err := s.articleInfo(ctx, a)
		if err != nil {
			return fmt.Errorf("graph: articles: %w", err)
		}
		if err := fn(ai); err != nil {
			return err
		}
	}
	return nil
}

// Stats counts articles, entities by type and statements by predicate and
// class through the indexes: the type nodes, the class literals and the
// predicate IRIs (found by one pass over the nodes, not the quads).
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	st, err := s.stats(ctx)
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	return st, nil
}

func (s *Store) stats(ctx context.Context) (Stats, error) {
	st := Stats{ByType: map[string]int{}, ByPredicate: map[string]int{}, ByClass: map[string]int{}}
	unlock := s.rlock()
	cs, err := s.qs.Stats(ctx, s.kind != kindBolt)
	unlock()
	if errors.Is(err, kv.ErrNoBucket) {
		// a bolt store never written to has no size record yet: it is empty
		return st, nil
	}
	if err != nil {
		return st, err
	}
	st.Quads = cs.Quads.Value
	if s.pg != nil {
		// Cayley's SQL store keeps the count of its first exact Stats and
		// never sees the writes made through s.pg: count afresh
		if err := s.pg.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM quads").Scan(&st.Quads); err != nil {
			return st, fmt.Errorf("count quads: %w", err)
		}
	}
	arts, err := s.distinctSubjects(ctx, typeArticle, predType)
	if err != nil {
		return st, err
	}
	st.Articles = arts
	for _, t := range entityTypes {
		n, err := s.distinctSubjects(ctx, typeIRI(t), predType)
		if err != nil {
			return st, err
		}
		if n > 0 {
			st.ByType[string(t)] = n
			st.Entities += n
		}
	}
	for _, c := range schema.Classes() {
		n, err := s.countQuads(ctx, str(c), predClass)
		if err != nil {
			return st, err
		}
		if n > 0 {
			st.ByClass[c] = n
		}
	}
	preds, err := s.predicateNodes(ctx)
	if err != nil {
		return st, err
	}
	for _, p := range preds {
		n, err := s.countQuads(ctx, p, predPredicate)
		if err != nil {
			return st, err
		}
		if l, ok := lemmaOf(p); ok && n > 0 {
			st.ByPredicate[l] = n
			st.Statements += n
		}
	}
	return st, nil
}

// distinctSubjects counts the distinct subjects of quads (?, pred, obj).
func (s *Store) distinctSubjects(ctx context.Context, obj quad.Value, pred quad.IRI) (int, error) {
	defer s.rlock()()
	seen := map[quad.Value]bool{}
	err := s.scan(ctx, quad.Object, obj, func(q quad.Quad) error {
		if q.Predicate == pred {
			seen[q.Subject] = true
		}
		return nil
	})
	return len(seen), err
}

// countQuads counts the quads (?, pred, obj).
func (s *Store) countQuads(ctx context.Context, obj quad.Value, pred quad.IRI) (int, error) {
	defer s.rlock()()
	n := 0
	err := s.scan(ctx, quad.Object, obj, func(q quad.Quad) error {
		if q.Predicate == pred {
			n++
		}
		return nil
	})
	return n, err
}

// predicateNodes lists the direct-edge predicate IRIs in the store.
func (s *Store) predicateNodes(ctx context.Context) ([]quad.Value, error) {
	defer s.rlock()()
	var out []quad.Value
	it := s.qs.NodesAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		v, err := s.qs.NameOf(it.Result())
		if err != nil {
			return nil, err
		}
		if _, ok := lemmaOf(v); ok {
			out = append(out, v)
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// eachAll calls fn for every quad in the store.
func (s *Store) eachAll(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.rlock()()
	return s.drain(ctx, s.qs.QuadsAllIterator(), nil, fn)
}

// Reresolve re-applies the alias file (re-read from Config.AliasFile) and
// the cross-article identity rules to every stored article, oldest
// ingestion first. Each article is rewritten in its own transaction with
// the same statements; only the entity nodes they point to change. When
// every article is rewritten it records the file's hash (AliasFileState).
func (s *Store) Reresolve(ctx context.Context) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	release, err := s.pg.lock(ctx)
	if err != nil {
		return fmt.Errorf("graph: lock store: %w", err)
	}
	defer release()
	if s.cfg.AliasFile != "" {
		t, err := loadAliasFile(s.cfg.AliasFile)
		if err != nil {
			return err
		}
		s.aliases = t
	}
	s.cache.reset()
	var arts []ArticleInfo
	if err := s.Articles(ctx, func(a ArticleInfo) error { arts = append(arts, a); return nil }); err != nil {
		return err
	}
	slices.SortStableFunc(arts, func(a, b ArticleInfo) int {
		if c := a.Ingested.Compare(b.Ingested); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	for _, ai := range arts {
		a, x, matchable, err := s.readArticle(ctx, articleIRI(ai.ID))
		if err != nil {
			return fmt.Errorf("graph: reresolve %s: %w", ai.ID, err)
		}
		if _, err := s.writeArticle(ctx, a, x, true, matchable); err != nil {
			return fmt.Errorf("graph: reresolve: %w", err)
		}
	}
	s.cache.reset()
	applied := ""
	if s.aliases != nil && s.cfg.AliasFile != "" {
		applied = s.aliases.hash
	}
	return s.recordAliasFile(ctx, applied)
}

// readArticle reads a stored article back as the article and extraction
// that would write it again, with the alias keys that may merge.
func (s *Store) readArticle(ctx context.Context, art quad.IRI) (schema.Article, *schema.Extraction, map[string]bool, error) {
	old, err := s.articleQuads(ctx, art)
	if err != nil {
		return schema.Article{}, nil, nil, err
	}
	ai, err := s.articleInfo(ctx, art)
	if err != nil {
		return schema.Article{}, nil, nil, err
	}
	a := schema.Article{ID: ai.ID, Source: ai.Source, URL: ai.URL, Title: ai.Title, Byline: ai.Byline,
		Published: ai.Published, Hash: ai.Hash, Ingested: ai.Ingested}
	x := &schema.Extraction{}
	matchable := map[string]bool{}
	names := map[quad.IRI]string{}
	var manifest string
	for _, q := range old.quads {
		if q.Subject == art && q.Predicate == predManifest {
			manifest = valueString(q.Object)
		}
	}
	for _, line := range strings.Split(manifest, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		e := quad.IRI(f[0])
		typ, _ := entityType(e)
		ent := schema.Entity{Name: f[1], Type: typ}
		for _, k := range f[2:] {
			key, loose := strings.CutPrefix(k, "~")
			ent.Aliases = append(ent.Aliases, key)
			if !loose {
				matchable[key] = true
			}
		}
		// several of the article's names may have resolved to one node:
		// keep the node's name per article so statements find it
		names[e] = ent.Name
		x.Entities = append(x.Entities, ent)
	}
	for i := 0; i < old.statements; i++ {
		st, err := s.statement(ctx, statementIRI(art, i))
		if err != nil {
			return a, nil, nil, err
		}
		conf, _ := strconv.ParseFloat(st.confidence, 64)
		stype, _ := entityType(st.subject)
		otype, _ := entityType(st.object)
		x.Statements = append(x.Statements, schema.Statement{
			Subject: names[st.subject], SubjectType: stype, Predicate: st.lemma,
			Object: names[st.object], ObjectType: otype, Negated: st.negated,
			Modality: st.mod(), Cameo: st.cameo, Role: st.class == schema.RoleClass,
			Confidence: conf, SentenceText: st.sentence, Span: parseSpan(st.span), Source: ai.Source,
		})
	}
	return a, x, matchable, nil
}
