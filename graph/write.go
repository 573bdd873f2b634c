package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/schema"
)

// WriteArticle stores an article and its extraction in one transaction.
// An article already stored with the same ID and hash is left unchanged;
// with another hash, its own quads (and only those) are replaced in the
// same transaction, so a killed writer leaves either the old or the new
// article. Entities are resolved against those already stored (see
// docs/model.md). WriteArticle is safe for concurrent use.
func (s *Store) WriteArticle(ctx context.Context, a schema.Article, x *schema.Extraction) (WriteResult, error) {
	res, err := s.WriteArticles(ctx, []ArticleWrite{{Article: a, Extraction: x}})
	if err != nil {
		return WriteResult{}, err
	}
	return res[0], nil
}

// ArticleWrite is one article and its extraction, for WriteArticles.
type ArticleWrite struct {
	Article    schema.Article
	Extraction *schema.Extraction
}

// WriteArticles stores several articles as WriteArticle does, in one
// transaction for the whole batch: every article of the batch is stored
// whole, or (when the write fails or the process dies) none is. Batches
// are much faster than single writes, as each transaction has a fixed
// cost. Results are in batch order. An article given twice is written
// twice, in order.
func (s *Store) WriteArticles(ctx context.Context, batch []ArticleWrite) ([]WriteResult, error) {
	for _, w := range batch {
		if strings.TrimSpace(w.Article.ID) == "" {
			return nil, errors.New("graph: write article: empty article id")
		}
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	release, err := s.pg.lock(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: lock store: %w", err)
	}
	defer release()
	if err := s.recordFirstAliasFile(ctx); err != nil {
		return nil, err
	}
	var res []WriteResult
	for attempt := 0; ; attempt++ {
		res, err = s.writeBatch(ctx, batch, false, nil)
		if err == nil || !retryable(err) || attempt >= 8 || ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration(attempt+1) * 20 * time.Millisecond)
	}
	return res, err
}

// writeArticle rewrites one article; force rewrites an unchanged article
// (used by Reresolve). The caller holds s.wmu.
func (s *Store) writeArticle(ctx context.Context, a schema.Article, x *schema.Extraction, force bool, matchable map[string]bool) (WriteResult, error) {
	var (
		res []WriteResult
		err error
	)
	for attempt := 0; ; attempt++ {
		res, err = s.writeBatch(ctx, []ArticleWrite{{a, x}}, force, matchable)
		if err == nil || !retryable(err) || attempt >= 8 || ctx.Err() != nil {
			break
		}
		time.Sleep(time.Duration(attempt+1) * 20 * time.Millisecond)
	}
	if err != nil {
		return WriteResult{}, err
	}
	return res[0], nil
}

// retryable reports whether err is a transient PostgreSQL conflict with a
// concurrent writer (deadlock, serialisation failure, unique violation).
func retryable(err error) bool {
	var pe *pq.Error
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40P01", "40001", "23505":
			return true
		}
	}
	return false
}

// pendingEntities are the entities written by earlier articles of a batch
// that is not committed yet, so later articles resolve against them.
type pendingEntities struct {
	byKey map[string][]quad.IRI
	keys  map[quad.IRI][]string
}

func newPending() *pendingEntities {
	return &pendingEntities{byKey: map[string][]quad.IRI{}, keys: map[quad.IRI][]string{}}
}

func (p *pendingEntities) add(rec *entityRec) {
	for _, k := range rec.Keys {
		if !slices.Contains(p.byKey[k], rec.IRI) {
			p.byKey[k] = append(p.byKey[k], rec.IRI)
		}
		if !slices.Contains(p.keys[rec.IRI], k) {
			p.keys[rec.IRI] = append(p.keys[rec.IRI], k)
		}
	}
}

// writeBatch writes a batch in one unit. The caller holds s.wmu.
func (s *Store) writeBatch(ctx context.Context, batch []ArticleWrite, force bool, matchable map[string]bool) ([]WriteResult, error) {
	out := make([]WriteResult, len(batch))
	var (
		add, del []quad.Quad
		touched  []quad.IRI
		arts     = map[quad.IRI]bool{}
		pending  = newPending()
	)
	flush := func() error {
		if err := s.apply(ctx, add, del); err != nil {
			return err
		}
		var removedKeys []string
		for _, q := range del {
			if q.Predicate == predAlias {
				removedKeys = append(removedKeys, valueString(q.Object))
			}
		}
		s.cache.wroteKeys(pending.byKey, removedKeys)
		for a := range arts {
			s.cache.forgetArticle(a)
		}
		for _, e := range touched {
			s.cache.forgetEntity(e)
		}
		add, del, touched, arts, pending = nil, nil, nil, map[quad.IRI]bool{}, newPending()
		return nil
	}
	for i, w := range batch {
		a, x := w.Article, w.Extraction
		art := articleIRI(a.ID)
		if arts[art] {
			// the same article again: write what precedes it first
			if err := flush(); err != nil {
				return nil, fmt.Errorf("graph: write article %s: %w", a.ID, err)
			}
		}
		old, err := s.articleQuads(ctx, art)
		if err != nil {
			return nil, fmt.Errorf("graph: write article %s: %w", a.ID, err)
		}
		if old.exists && old.hash == a.Hash && !force {
			out[i] = WriteResult{Status: StatusUnchanged, Statements: old.statements, Entities: len(old.entities)}
			continue
		}
		r, err := s.resolve(ctx, x, matchable, pending)
		if err != nil {
			return nil, fmt.Errorf("graph: write article %s: %w", a.ID, err)
		}
		built := buildArticle(art, a, x, r, s.statementClass)
		ad, de := diffQuads(built.quads, old.quads)
		add, del = append(add, ad...), append(del, de...)
		arts[art] = true
		for _, rec := range r.byID {
			touched = append(touched, rec.IRI)
			pending.add(rec)
		}
		touched = append(touched, old.entities...)
		st := StatusNew
		if old.exists {
			st = StatusUpdated
		}
		out[i] = WriteResult{Status: st, Statements: built.statements, Entities: len(r.byID), Quads: len(ad), Removed: len(de)}
	}
	if err := flush(); err != nil {
		if len(batch) == 1 {
			return nil, fmt.Errorf("graph: write article %s: %w", batch[0].Article.ID, err)
		}
		return nil, fmt.Errorf("graph: write %d articles: %w", len(batch), err)
	}
	return out, nil
}

// apply removes del and adds add as one unit. Duplicates and missing quads
// are ignored so that two processes writing the same article converge.
//
// On PostgreSQL and the memory store this is one ApplyDeltas call (one
// transaction). Cayley's key-value backends (bolt) mishandle a batch that
// adds and removes quads sharing a node (node reference counts net out and
// quads are written with missing directions), so on bolt a mixed change
// is two transactions made atomic by a journal: the first adds the new
// quads together with a journal quad listing the quads to remove, the
// second removes them and the journal quad. A process killed between the
// two leaves the journal, and the next Open finishes the removal.
func (s *Store) apply(ctx context.Context, add, del []quad.Quad) error {
	if len(add)+len(del) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if s.pg != nil {
		return s.pg.apply(ctx, add, del)
	}
	if s.kind != kindPostgres {
		s.rw.Lock()
		defer s.rw.Unlock()
	}
	opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	if s.kind != kindBolt || len(add) == 0 || len(del) == 0 {
		deltas := make([]cgraph.Delta, 0, len(add)+len(del))
		for _, q := range del {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		for _, q := range add {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		return s.qs.ApplyDeltas(deltas, opts)
	}
	journal, err := journalQuad(del)
	if err != nil {
		return err
	}
	if err := s.qs.ApplyDeltas(deltasOf(append(add, journal), cgraph.Add), opts); err != nil {
		return err
	}
	return s.qs.ApplyDeltas(deltasOf(append(del, journal), cgraph.Delete), opts)
}

func deltasOf(qs []quad.Quad, action cgraph.Procedure) []cgraph.Delta {
	out := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		out[i] = cgraph.Delta{Quad: q, Action: action}
	}
	return out
}

// The journal of pending removals (bolt only).
var (
	journalNode = quad.IRI("ng:journal")
	predPending = quad.IRI("ng:pending")
)

// journalQuad records quads to remove as one N-Quads literal.
func journalQuad(del []quad.Quad) (quad.Quad, error) {
	var b bytes.Buffer
	w := nquads.NewWriter(&b)
	if _, err := w.WriteQuads(del); err != nil {
		return quad.Quad{}, fmt.Errorf("journal: %w", err)
	}
	if err := w.Close(); err != nil {
		return quad.Quad{}, fmt.Errorf("journal: %w", err)
	}
	return quad.Quad{Subject: journalNode, Predicate: predPending, Object: str(b.String()), Label: journalNode}, nil
}

// recoverJournal finishes removals a killed process left pending.
func (s *Store) recoverJournal(ctx context.Context) error {
	var pending []quad.Quad
	err := s.eachQuad(ctx, quad.Subject, journalNode, func(q quad.Quad) error {
		if q.Predicate == predPending {
			pending = append(pending, q)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("graph: recover journal: %w", err)
	}
	for _, j := range pending {
		r := nquads.NewReader(strings.NewReader(valueString(j.Object)), false)
		del, err := quad.ReadAll(r)
		if err != nil {
			return fmt.Errorf("graph: recover journal: %w", err)
		}
		opts := cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
		if err := s.qs.ApplyDeltas(deltasOf(append(del, j), cgraph.Delete), opts); err != nil {
			return fmt.Errorf("graph: recover journal: %w", err)
		}
	}
	return nil
}

// diffQuads returns the quads of want missing from have, and of have
// missing from want.
func diffQuads(want, have []quad.Quad) (add, del []quad.Quad) {
	h := make(map[quad.Quad]bool, len(have))
	for _, q := range have {
		h[q] = true
	}
	w := make(map[quad.Quad]bool, len(want))
	for _, q := range want {
		w[q] = true
		if !h[q] {
			add = append(add, q)
		}
	}
	for _, q := range have {
		if !w[q] {
			del = append(del, q)
		}
	}
	return add, del
}

// builtArticle is the quad set of one article.
type builtArticle struct {
	quads      []quad.Quad
	statements int
}

// buildArticle maps an article and its resolved extraction to quads, all
// labelled with the article node art.
func buildArticle(art quad.IRI, a schema.Article, x *schema.Extraction, r *resolver, classify func(schema.Statement) string) builtArticle {
	var out builtArticle
	seen := map[quad.Quad]bool{}
	add := func(s, p, o quad.Value) {
		q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: art}
		if !seen[q] {
			seen[q] = true
			out.quads = append(out.quads, q)
		}
	}
	ingested := a.Ingested
	if ingested.IsZero() {
		ingested = time.Now()
	}
	add(art, predType, typeArticle)
	add(art, predID, str(a.ID))
	add(art, predHash, str(a.Hash))
	add(art, predIngested, str(timeString(ingested)))
	for _, f := range []struct {
		p quad.IRI
		v string
	}{{predSource, a.Source}, {predURL, a.URL}, {predTitle, a.Title}, {predByline, a.Byline}} {
		if v := strings.TrimSpace(f.v); v != "" {
			add(art, f.p, str(f.v))
		}
	}
	if !a.Published.IsZero() {
		add(art, predPublished, str(timeString(a.Published)))
	}

	// entities, in a stable order
	recs := make([]*entityRec, 0, len(r.byID))
	for _, rec := range r.byID {
		recs = append(recs, rec)
	}
	slices.SortFunc(recs, func(a, b *entityRec) int { return strings.Compare(string(a.IRI), string(b.IRI)) })
	var manifest strings.Builder
	for _, rec := range recs {
		slices.Sort(rec.Keys)
		add(art, predMentions, rec.IRI)
		add(rec.IRI, predType, typeIRI(rec.Type))
		add(rec.IRI, predName, str(rec.Name))
		manifest.WriteString(string(rec.IRI))
		manifest.WriteByte('\t')
		manifest.WriteString(sanitizeField(rec.Name))
		for _, k := range rec.Keys {
			add(rec.IRI, predAlias, str(k))
			manifest.WriteByte('\t')
			if rec.loose[k] {
				manifest.WriteByte('~')
			}
			manifest.WriteString(sanitizeField(k))
		}
		manifest.WriteByte('\n')
	}
	if manifest.Len() > 0 {
		add(art, predManifest, str(manifest.String()))
	}

	n := 0
	if x != nil {
		for _, st := range x.Statements {
			subj, obj := r.rec(st.Subject, st.SubjectType), r.rec(st.Object, st.ObjectType)
			if subj == nil || obj == nil || strings.TrimSpace(st.Predicate) == "" {
				continue
			}
			sn := statementIRI(art, n)
			n++
			pred := predicateIRI(st.Predicate)
			add(sn, predSubject, subj.IRI)
			add(sn, predPredicate, pred)
			add(sn, predObject, obj.IRI)
			if st.SentenceText != "" {
				add(sn, predSentence, str(st.SentenceText))
			}
			add(sn, predSpan, str(spanString(st.Span)))
			add(sn, predConfidence, str(strconv.FormatFloat(st.Confidence, 'g', 4, 64)))
			if st.Modality != "" && st.Modality != schema.Asserted {
				add(sn, predModality, str(string(st.Modality))) // absent = asserted
			}
			add(sn, predClass, str(classify(st)))
			if st.Cameo != "" {
				add(sn, predCameo, str(st.Cameo))
			}
			if st.Negated {
				add(sn, predNegated, str("true"))
			}
			if st.Fact() {
				add(subj.IRI, pred, obj.IRI)
			}
		}
	}
	add(art, predStatements, str(strconv.Itoa(n)))
	out.statements = n
	return out
}

// sanitizeField keeps a manifest field on one tab-separated line.
func sanitizeField(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// storedArticle is what the store holds for one article.
type storedArticle struct {
	exists     bool
	hash       string
	statements int
	entities   []quad.IRI
	quads      []quad.Quad // every quad labelled with the article
}

// articleQuads reconstructs exactly the quads labelled with article art,
// using only index lookups by subject: the article node's own quads, its
// statements (counted by ng:statements), the direct edges those
// statements assert and the entity quads listed in its manifest.
func (s *Store) articleQuads(ctx context.Context, art quad.IRI) (storedArticle, error) {
	var out storedArticle
	seen := map[quad.Quad]bool{}
	keep := func(q quad.Quad) {
		if !seen[q] {
			seen[q] = true
			out.quads = append(out.quads, q)
		}
	}
	var manifest string
	count := 0
	err := s.eachQuad(ctx, quad.Subject, art, func(q quad.Quad) error {
		if q.Label != art {
			return nil
		}
		out.exists = true
		keep(q)
		switch q.Predicate {
		case predHash:
			out.hash = valueString(q.Object)
		case predStatements:
			count, _ = strconv.Atoi(valueString(q.Object))
		case predManifest:
			manifest = valueString(q.Object)
		}
		return nil
	})
	if err != nil || !out.exists {
		return out, err
	}
	out.statements = count
	for i := 0; i < count; i++ {
		var st statementRec
		err := s.eachQuad(ctx, quad.Subject, statementIRI(art, i), func(q quad.Quad) error {
			if q.Label != art {
				return nil
			}
			keep(q)
			st.set(q)
			return nil
		})
		if err != nil {
			return out, err
		}
		if st.fact() && st.subject != nil && st.object != nil && st.predicate != nil {
			keep(quad.Quad{Subject: st.subject, Predicate: st.predicate, Object: st.object, Label: art})
		}
	}
	for _, line := range strings.Split(manifest, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		e := quad.IRI(f[0])
		typ, ok := entityType(e)
		if !ok {
			continue
		}
		out.entities = append(out.entities, e)
		keep(quad.Quad{Subject: e, Predicate: predType, Object: typeIRI(typ), Label: art})
		keep(quad.Quad{Subject: e, Predicate: predName, Object: str(f[1]), Label: art})
		for _, k := range f[2:] {
			keep(quad.Quad{Subject: e, Predicate: predAlias, Object: str(strings.TrimPrefix(k, "~")), Label: art})
		}
	}
	return out, nil
}

// statementRec gathers a statement node's quads.
type statementRec struct {
	iri        quad.Value
	article    quad.Value
	subject    quad.Value
	predicate  quad.Value
	object     quad.Value
	sentence   string
	span       string
	confidence string
	modality   string
	class      string
	cameo      string
	negated    bool
}

func (st *statementRec) set(q quad.Quad) {
	st.iri, st.article = q.Subject, q.Label
	switch q.Predicate {
	case predSubject:
		st.subject = q.Object
	case predPredicate:
		st.predicate = q.Object
	case predObject:
		st.object = q.Object
	case predSentence:
		st.sentence = valueString(q.Object)
	case predSpan:
		st.span = valueString(q.Object)
	case predConfidence:
		st.confidence = valueString(q.Object)
	case predModality:
		st.modality = valueString(q.Object)
	case predClass:
		st.class = valueString(q.Object)
	case predCameo:
		st.cameo = valueString(q.Object)
	case predNegated:
		st.negated = valueString(q.Object) == "true"
	}
}

// mod returns the statement's modality; no ng:modality quad means asserted.
func (st *statementRec) mod() schema.Modality {
	if st.modality == "" {
		return schema.Asserted
	}
	return schema.Modality(st.modality)
}

func (st *statementRec) fact() bool {
	return schema.Statement{Negated: st.negated, Modality: schema.Modality(st.modality)}.Fact()
}

// DeleteArticle removes article id and every quad it brought, in one
// transaction. It returns ErrNotFound when the article is not stored.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	release, err := s.pg.lock(ctx)
	if err != nil {
		return fmt.Errorf("graph: delete article %s: lock store: %w", id, err)
	}
	defer release()
	art := articleIRI(id)
	old, err := s.articleQuads(ctx, art)
	if err != nil {
		return fmt.Errorf("graph: delete article %s: %w", id, err)
	}
	if !old.exists {
		return fmt.Errorf("graph: delete article %s: %w", id, ErrNotFound)
	}
	if err := s.apply(ctx, nil, old.quads); err != nil {
		return fmt.Errorf("graph: delete article %s: %w", id, err)
	}
	var keys []string
	for _, q := range old.quads {
		if q.Predicate == predAlias {
			keys = append(keys, valueString(q.Object))
		}
	}
	s.cache.wroteKeys(nil, keys)
	s.cache.forgetArticle(art)
	for _, e := range old.entities {
		s.cache.forgetEntity(e)
	}
	return nil
}

// ArticleHash returns the stored content hash of article id.
func (s *Store) ArticleHash(ctx context.Context, id string) (hash string, ok bool, err error) {
	art := articleIRI(id)
	err = s.eachQuad(ctx, quad.Subject, art, func(q quad.Quad) error {
		if q.Label == art && q.Predicate == predHash {
			hash, ok = valueString(q.Object), true
		}
		return nil
	})
	if err != nil {
		return "", false, fmt.Errorf("graph: article hash %s: %w", id, err)
	}
	return hash, ok, nil
}
