package graph

import (
	"bufio"
	"context"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The adjacency snapshot: every direct-edge quad of a bolt or PostgreSQL
// store folded per (subject, predicate, object) with the articles
// asserting it, the metadata of those articles, the store-derived names of
// the actors (bolt) and the statements behind each edge. Reading an
// actor's edges from the quads loads every quad at the actor (names,
// aliases, statement links, mentions) one lookup at a time; the snapshot
// answers Out and In from memory with the same results, and EdgeEvidence
// reads only the statements it names.
//
// It is saved with the store (adjacencyFile in a bolt store's directory,
// the newsgraph_adjacency table on PostgreSQL) together with the store's
// generation at build time: bolt's transaction id, or on PostgreSQL a
// counter raised by a trigger in every transaction that changes quads
// (pgadjacency.go). Any committed write, by this process or another,
// changes the generation, and a snapshot of another generation is never
// used. PreparePaths loads or rebuilds it; edgesOf and EdgeEvidence use it
// only while it matches.

// adjacencyRebuildInterval is the least time between two rebuilds of a
// store's snapshot.
var adjacencyRebuildInterval = time.Minute

// adjacencyFile is the snapshot's file name inside a bolt store directory.
const adjacencyFile = "adjacency.snapshot"

// adjacencyVersion changes whenever the file layout or its meaning does.
const adjacencyVersion = 3

// adjSnapshot is the folded direct-edge graph of one store generation. It
// is saved flat, so that loading it is a few slice reads:
//
//   - edge i is ESubj[i] --ELemma[i]--> EObj[i], asserted by the articles
//     EArts[EArtOff[i]:EArtOff[i+1]] (indexes into Articles);
//   - slot k of EArts has the asserted statements EStmts[EStmtOff[k]:
//     EStmtOff[k+1]] behind it, as statement numbers in that article
//     (ng:stmt/KEY/N), or an empty range when none was found;
//   - node n's edges, in the order Out lists them without a date filter,
//     are OutList[OutOff[n]:OutOff[n+1]] as subject and InList[InOff[n]:
//     InOff[n+1]] as object.
type adjSnapshot struct {
	Version  int
	Gen      uint64
	Built    time.Time     // when it was built
	Nodes    []quad.IRI    // entities at either end of an edge
	Names    []string      // Names[i]: Nodes[i]'s name before the alias file (see storeName); nil on PostgreSQL
	Lemmas   []string      // predicate lemmas
	Articles []ArticleInfo // articles asserting edges
	ArtIRIs  []quad.IRI    // ArtIRIs[i]: the node of Articles[i]

	ESubj, EObj, ELemma []int32
	EArtOff, EArts      []int32
	EStmtOff, EStmts    []int32
	OutOff, OutList     []int32
	InOff, InList       []int32

	// derived on load
	edges []adjEdge
	node  map[quad.IRI]int32
	art   map[quad.IRI]int32
	lemma map[string]int32
	keys  []string          // node IRIs in "<…>" form
	out   map[int32][]int32 // node → edges it is the subject of
	in    map[int32][]int32 // node → edges it is the object of
}

// adjEdge is one folded edge: Subj --Lemma--> Obj asserted by Arts
// (indexes into Articles); slot j of Arts is slot Slot+j of EArts.
type adjEdge struct {
	Subj, Obj, Lemma int32
	Arts             []int32
	Slot             int32
}

// flatten fills the saved form from edges and the statements found per
// (edge, article) slot, ordering each node's edges as Out does.
func (a *adjSnapshot) flatten(stmts map[[2]int32][]int32) {
	n := len(a.edges)
	a.ESubj, a.EObj, a.ELemma = make([]int32, n), make([]int32, n), make([]int32, n)
	a.EArtOff = make([]int32, 0, n+1)
	a.EStmtOff = []int32{0}
	a.EArts, a.EStmts = nil, nil
	for i, e := range a.edges {
		a.ESubj[i], a.EObj[i], a.ELemma[i] = e.Subj, e.Obj, e.Lemma
		a.EArtOff = append(a.EArtOff, int32(len(a.EArts)))
		for _, art := range e.Arts {
			a.EArts = append(a.EArts, art)
			a.EStmts = append(a.EStmts, stmts[[2]int32{int32(i), art}]...)
			a.EStmtOff = append(a.EStmtOff, int32(len(a.EStmts)))
		}
	}
	a.EArtOff = append(a.EArtOff, int32(len(a.EArts)))
	a.keys = make([]string, len(a.Nodes))
	for i, nd := range a.Nodes {
		a.keys[i] = nd.String()
	}
	out := make([][]int32, len(a.Nodes))
	in := make([][]int32, len(a.Nodes))
	for i, e := range a.edges {
		out[e.Subj] = append(out[e.Subj], int32(i))
		in[e.Obj] = append(in[e.Obj], int32(i))
	}
	v := &PathView{snap: a, keys: a.keys}
	order := func(x, y int32) int { return v.Less(x, y, len(a.edges[x].Arts), len(a.edges[y].Arts)) }
	csr := func(lists [][]int32) (off, list []int32) {
		off = make([]int32, 0, len(lists)+1)
		for _, l := range lists {
			slices.SortFunc(l, order)
			off = append(off, int32(len(list)))
			list = append(list, l...)
		}
		return append(off, int32(len(list))), list
	}
	a.OutOff, a.OutList = csr(out)
	a.InOff, a.InList = csr(in)
}

// check reports whether the saved form is whole and consistent.
func (a *adjSnapshot) check() bool {
	nn, ne := len(a.Nodes), len(a.ESubj)
	if a.Version != adjacencyVersion || (a.Names != nil && len(a.Names) != nn) || len(a.ArtIRIs) != len(a.Articles) ||
		len(a.EObj) != ne || len(a.ELemma) != ne || len(a.EArtOff) != ne+1 || len(a.EStmtOff) != len(a.EArts)+1 ||
		len(a.OutOff) != nn+1 || len(a.InOff) != nn+1 {
		return false
	}
	for i := range ne {
		if !inRange(a.ESubj[i], nn) || !inRange(a.EObj[i], nn) || !inRange(a.ELemma[i], len(a.Lemmas)) {
			return false
		}
	}
	offsets := func(off []int32, n int) bool {
		if off[0] != 0 || int(off[len(off)-1]) != n {
			return false
		}
		for i := 1; i < len(off); i++ {
			if off[i] < off[i-1] {
				return false
			}
		}
		return true
	}
	if !offsets(a.EArtOff, len(a.EArts)) || !offsets(a.EStmtOff, len(a.EStmts)) ||
		!offsets(a.OutOff, len(a.OutList)) || !offsets(a.InOff, len(a.InList)) {
		return false
	}
	for _, x := range a.EArts {
		if !inRange(x, len(a.Articles)) {
			return false
		}
	}
	for _, l := range [][]int32{a.OutList, a.InList} {
		for _, x := range l {
			if !inRange(x, ne) {
				return false
			}
		}
	}
	return true
}

// index derives the in-memory lookups from the saved form.
func (a *adjSnapshot) index() {
	ne := len(a.ESubj)
	a.edges = make([]adjEdge, ne)
	for i := range ne {
		lo, hi := a.EArtOff[i], a.EArtOff[i+1]
		a.edges[i] = adjEdge{Subj: a.ESubj[i], Obj: a.EObj[i], Lemma: a.ELemma[i], Arts: a.EArts[lo:hi:hi], Slot: lo}
	}
	a.node = make(map[quad.IRI]int32, len(a.Nodes))
	a.keys = make([]string, len(a.Nodes))
	for i, n := range a.Nodes {
		a.node[n] = int32(i)
		a.keys[i] = n.String()
	}
	a.art = make(map[quad.IRI]int32, len(a.ArtIRIs))
	for i, x := range a.ArtIRIs {
		a.art[x] = int32(i)
	}
	a.lemma = make(map[string]int32, len(a.Lemmas))
	for i, l := range a.Lemmas {
		a.lemma[l] = int32(i)
	}
	a.out = make(map[int32][]int32, len(a.Nodes))
	a.in = make(map[int32][]int32, len(a.Nodes))
	for n := range a.Nodes {
		if lo, hi := a.OutOff[n], a.OutOff[n+1]; hi > lo {
			a.out[int32(n)] = a.OutList[lo:hi:hi]
		}
		if lo, hi := a.InOff[n], a.InOff[n+1]; hi > lo {
			a.in[int32(n)] = a.InList[lo:hi:hi]
		}
	}
}

// statements returns the numbers of the asserted statements behind the
// edge subj --lemma--> obj in article art; ok is false when the snapshot
// does not know them.
func (a *adjSnapshot) statements(subj quad.IRI, lemma string, obj, art quad.IRI) ([]int32, bool) {
	si, ok1 := a.node[subj]
	oi, ok2 := a.node[obj]
	li, ok3 := a.lemma[lemma]
	ai, ok4 := a.art[art]
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, false
	}
	for _, ei := range a.out[si] {
		e := a.edges[ei]
		if e.Obj != oi || e.Lemma != li {
			continue
		}
		for j, x := range e.Arts {
			if x == ai {
				k := e.Slot + int32(j)
				lo, hi := a.EStmtOff[k], a.EStmtOff[k+1]
				return a.EStmts[lo:hi:hi], hi > lo
			}
		}
		return nil, false
	}
	return nil, false
}

// adjacency holds a Store's snapshot state.
type adjacency struct {
	mu        sync.Mutex
	snap      *adjSnapshot
	installed bool // PostgreSQL: the generation counter exists
	refused   bool // PostgreSQL: it could not be created
}

// boltGeneration returns the transaction id of a bolt file: the larger of
// its two meta pages' ids among those whose checksum is valid. Every
// committed write transaction raises it.
func boltGeneration(path string) (uint64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	const pageHeader = 16
	buf := make([]byte, pageHeader+64)
	best, found := uint64(0), false
	pageSize := int64(0)
	for i := 0; i < 2; i++ {
		if _, err := f.ReadAt(buf, int64(i)*pageSize); err != nil {
			return 0, err
		}
		m := buf[pageHeader:]
		if binary.LittleEndian.Uint32(m[0:4]) != 0xED0CDAED {
			return 0, fmt.Errorf("graph: %s is not a bolt file", path)
		}
		h := fnv.New64a()
		h.Write(m[:56])
		if h.Sum64() == binary.LittleEndian.Uint64(m[56:64]) {
			if tx := binary.LittleEndian.Uint64(m[48:56]); !found || tx > best {
				best, found = tx, true
			}
		}
		if i == 0 {
			pageSize = int64(binary.LittleEndian.Uint32(m[8:12]))
			if pageSize <= 0 {
				return 0, fmt.Errorf("graph: %s: bad page size", path)
			}
		}
	}
	if !found {
		return 0, fmt.Errorf("graph: %s: no valid meta page", path)
	}
	return best, nil
}

// generation returns the store's current write generation; ok is false
// when the backend has none (memory; PostgreSQL before PreparePaths).
func (s *Store) generation(ctx context.Context) (uint64, bool) {
	switch s.kind {
	case kindBolt:
		g, err := boltGeneration(filepath.Join(s.cfg.Store, "indexes.bolt"))
		return g, err == nil
	case kindPostgres:
		if s.pg == nil {
			return 0, false
		}
		g, err := s.pg.generation(ctx)
		return g, err == nil
	}
	return 0, false
}

// freshAdjacency returns the snapshot when it matches the store, else nil.
func (s *Store) freshAdjacency(ctx context.Context) *adjSnapshot {
	s.cache.adj.mu.Lock()
	snap := s.cache.adj.snap
	s.cache.adj.mu.Unlock()
	if snap == nil {
		return nil
	}
	if g, ok := s.generation(ctx); !ok || g != snap.Gen {
		return nil
	}
	return snap
}

// PreparePaths readies the store for many Out and In reads, as a path
// search makes: on bolt and PostgreSQL it loads the adjacency snapshot
// saved with the store, or builds and saves it when the store changed
// since (a full read of the direct edges and statement links, seconds on
// a million quads) unless the saved one was built less than a minute ago:
// then the store is being written, and reads go to the quads. Out and In
// answer from the snapshot while no write intervenes, with the same
// results as without. On the memory store it does nothing.
func (s *Store) PreparePaths(ctx context.Context) error {
	if s.kind == kindMemory {
		return nil
	}
	s.cache.adj.mu.Lock()
	defer s.cache.adj.mu.Unlock()
	if s.kind == kindPostgres && !s.cache.adj.installed {
		if s.cache.adj.refused {
			return nil
		}
		if err := s.pg.installGeneration(ctx); err != nil {
			if ctx.Err() != nil {
				return fmt.Errorf("graph: adjacency: %w", err)
			}
			// A database user without the right to create tables and
			// triggers: paths reads the quads.
			s.cache.adj.refused = true
			return nil
		}
		s.cache.adj.installed = true
	}
	g, ok := s.generation(ctx)
	if !ok {
		return nil
	}
	if s.cache.adj.snap != nil && s.cache.adj.snap.Gen == g {
		return nil
	}
	file := filepath.Join(s.cfg.Store, adjacencyFile)
	var saved *adjSnapshot
	if s.pg != nil {
		saved, _ = s.pg.loadAdjacency(ctx)
	} else if snap, err := readAdjacency(file); err == nil {
		saved = snap
	}
	if saved != nil && saved.Gen == g {
		s.cache.adj.snap = saved
		return nil
	}
	// A store written continuously (several writers on PostgreSQL) would
	// have every query rebuild: within adjacencyRebuildInterval of the
	// last build, read the quads directly instead.
	if saved != nil && time.Since(saved.Built) < adjacencyRebuildInterval {
		return nil
	}
	snap, err := s.buildAdjacency(ctx)
	if err != nil {
		return fmt.Errorf("graph: build adjacency: %w", err)
	}
	if g2, ok := s.generation(ctx); !ok || g2 != g {
		return nil // written meanwhile: read the store directly
	}
	snap.Gen = g
	snap.Built = time.Now()
	snap.index()
	s.cache.adj.snap = snap
	// Saving is an optimisation: a store we cannot write the snapshot to
	// still answers from it in memory.
	if s.pg != nil {
		_ = s.pg.saveAdjacency(ctx, snap)
	} else {
		_ = writeAdjacency(file, snap)
	}
	return nil
}

func readAdjacency(file string) (*adjSnapshot, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return decodeAdjacency(bufio.NewReaderSize(f, 1<<16))
}

// decodeAdjacency reads a snapshot and checks it.
func decodeAdjacency(r io.Reader) (*adjSnapshot, error) {
	var snap adjSnapshot
	if err := gob.NewDecoder(r).Decode(&snap); err != nil {
		return nil, err
	}
	if !snap.check() {
		return nil, errors.New("graph: adjacency snapshot of another version, or damaged")
	}
	snap.index()
	return &snap, nil
}

func inRange(i int32, n int) bool { return i >= 0 && int(i) < n }

// writeAdjacency saves snap atomically (temporary file, then rename).
func writeAdjacency(file string, snap *adjSnapshot) error {
	tmp, err := os.CreateTemp(filepath.Dir(file), adjacencyFile+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<16)
	if err := gob.NewEncoder(w).Encode(snap); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), file)
}

// buildAdjacency reads every direct-edge quad of the store, then the
// articles and names the edges need.
func (s *Store) buildAdjacency(ctx context.Context) (*adjSnapshot, error) {
	var direct, links []quad.Quad
	var err error
	if s.pg != nil {
		direct, links, err = s.pg.directQuads(ctx)
	} else {
		direct, links, err = s.directQuads(ctx)
	}
	if err != nil {
		return nil, err
	}
	snap := &adjSnapshot{Version: adjacencyVersion}
	nodeIdx := map[quad.IRI]int32{}
	lemmaIdx := map[string]int32{}
	artIdx := map[quad.IRI]int32{}
	edgeIdx := map[[3]int32]int32{}
	for _, q := range direct {
		subj, ok1 := q.Subject.(quad.IRI)
		obj, ok2 := q.Object.(quad.IRI)
		art, ok3 := q.Label.(quad.IRI)
		lemma, ok4 := lemmaOf(q.Predicate)
		if !ok1 || !ok2 || !ok3 || !ok4 {
			continue // as foldEdges: such quads are not edges
		}
		si, so := intern(nodeIdx, &snap.Nodes, subj), intern(nodeIdx, &snap.Nodes, obj)
		li := intern(lemmaIdx, &snap.Lemmas, lemma)
		ai := intern(artIdx, &snap.ArtIRIs, art)
		k := [3]int32{si, li, so}
		ei, ok := edgeIdx[k]
		if !ok {
			ei = int32(len(snap.edges))
			edgeIdx[k] = ei
			snap.edges = append(snap.edges, adjEdge{Subj: si, Obj: so, Lemma: li})
		}
		snap.edges[ei].Arts = append(snap.edges[ei].Arts, ai)
	}
	snap.flatten(statementsOf(links, nodeIdx, lemmaIdx, artIdx, edgeIdx))
	for _, a := range snap.ArtIRIs {
		ai, err := s.articleInfo(ctx, a)
		if err != nil {
			return nil, err
		}
		snap.Articles = append(snap.Articles, ai)
	}
	// On PostgreSQL the few names a query shows are read live: which 16
	// ng:name values entityName sees first is the database's choice.
	if s.pg == nil {
		for _, e := range snap.Nodes {
			n, err := s.storeName(ctx, e)
			if err != nil {
				return nil, err
			}
			snap.Names = append(snap.Names, n)
		}
	}
	return snap, nil
}

// statementsOf finds, for each (edge, article) slot, the numbers of the
// asserted statements behind it, from the statements' links (quads of
// linkPredicate).
func statementsOf(links []quad.Quad, nodeIdx map[quad.IRI]int32, lemmaIdx map[string]int32, artIdx map[quad.IRI]int32, edgeIdx map[[3]int32]int32) map[[2]int32][]int32 {
	recs := map[quad.Value]*statementRec{}
	for _, q := range links {
		r := recs[q.Subject]
		if r == nil {
			r = &statementRec{}
			recs[q.Subject] = r
		}
		r.set(q)
	}
	out := map[[2]int32][]int32{}
	for sn, r := range recs {
		st, ok1 := sn.(quad.IRI)
		subj, ok2 := r.subject.(quad.IRI)
		obj, ok3 := r.object.(quad.IRI)
		art, ok4 := r.article.(quad.IRI)
		lemma, ok5 := lemmaOf(r.predicate)
		if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || !r.fact() {
			continue
		}
		i := strings.LastIndexByte(string(st), '/')
		n, err := strconv.Atoi(string(st)[i+1:])
		if err != nil || n < 0 || statementIRI(art, n) != st {
			continue
		}
		si, ok1 := nodeIdx[subj]
		oi, ok2 := nodeIdx[obj]
		li, ok3 := lemmaIdx[lemma]
		ai, ok4 := artIdx[art]
		if !ok1 || !ok2 || !ok3 || !ok4 {
			continue
		}
		ei, ok := edgeIdx[[3]int32{si, li, oi}]
		if !ok {
			continue
		}
		k := [2]int32{ei, ai}
		out[k] = append(out[k], int32(n))
	}
	for _, l := range out {
		slices.Sort(l)
	}
	return out
}

// linkPredicate reports whether p links a statement node to what
// EdgeEvidence matches it on.
func linkPredicate(p quad.Value) bool {
	switch p {
	case predSubject, predPredicate, predObject, predNegated, predModality:
		return true
	}
	return false
}

// directQuads reads every direct-edge quad, and every statement link
// (linkPredicate), in one pass over the store's quads: predicates are
// checked on the quad's references, so the other quads cost no value
// reads.
func (s *Store) directQuads(ctx context.Context) (direct, links []quad.Quad, err error) {
	type refQuad struct {
		s, p, o, l cgraph.Ref
		link       bool
	}
	var kept []refQuad
	err = func() error {
		defer s.rlock()()
		verdict := map[any]int{} // 0 other, 1 direct edge, 2 statement link
		it := s.qs.QuadsAllIterator().Iterate()
		defer it.Close()
		for it.Next(ctx) {
			r, err := s.quadRefs(it.Result())
			if err != nil {
				return err
			}
			if r[1] == nil || r[3] == nil {
				continue
			}
			kind, known := verdict[r[1].Key()]
			if !known {
				pv, err := s.qs.NameOf(r[1])
				if err != nil {
					return err
				}
				switch {
				case isDirectPredicate(pv):
					kind = 1
				case linkPredicate(pv):
					kind = 2
				}
				verdict[r[1].Key()] = kind
			}
			if kind > 0 {
				kept = append(kept, refQuad{r[0], r[1], r[2], r[3], kind == 2})
			}
		}
		if err := it.Err(); err != nil {
			return err
		}
		return ctx.Err()
	}()
	if err != nil {
		return nil, nil, err
	}
	// values of the references, read in one batch
	var refs []cgraph.Ref
	pos := map[any]int{}
	need := func(r cgraph.Ref) {
		if _, ok := pos[r.Key()]; !ok {
			pos[r.Key()] = len(refs)
			refs = append(refs, r)
		}
	}
	for _, q := range kept {
		need(q.s)
		need(q.p)
		need(q.o)
		need(q.l)
	}
	vals, err := func() ([]quad.Value, error) {
		defer s.rlock()()
		return s.valuesOf(ctx, refs)
	}()
	if err != nil {
		return nil, nil, err
	}
	for _, q := range kept {
		v := quad.Quad{Subject: vals[pos[q.s.Key()]], Predicate: vals[pos[q.p.Key()]], Object: vals[pos[q.o.Key()]], Label: vals[pos[q.l.Key()]]}
		if q.link {
			links = append(links, v)
		} else {
			direct = append(direct, v)
		}
	}
	return direct, links, nil
}

func intern[K comparable](idx map[K]int32, list *[]K, k K) int32 {
	if i, ok := idx[k]; ok {
		return i
	}
	i := int32(len(*list))
	idx[k] = i
	*list = append(*list, k)
	return i
}

// snapshotEdges calls f for each edge at e (dir Subject: leaving it,
// Object: reaching it) with what foldEdgeWith needs, read from the
// snapshot.
func (s *Store) snapshotEdges(ctx context.Context, snap *adjSnapshot, e quad.IRI, dir quad.Direction, f foldFunc) error {
	i, ok := snap.node[e]
	if !ok {
		return nil
	}
	list := snap.out[i]
	if dir == quad.Object {
		list = snap.in[i]
	}
	return s.snapshotFold(ctx, snap, list, f)
}

type foldFunc func(k edgeKey, arts []quad.IRI, info func(quad.IRI) (ArticleInfo, error), name func(quad.IRI) (string, error)) error

// snapshotFold calls f for each edge in list.
func (s *Store) snapshotFold(ctx context.Context, snap *adjSnapshot, list []int32, f foldFunc) error {
	arts := map[quad.IRI]int32{}
	info := func(a quad.IRI) (ArticleInfo, error) {
		if j, ok := arts[a]; ok {
			return snap.Articles[j], nil
		}
		return s.articleInfo(ctx, a)
	}
	name := func(n quad.IRI) (string, error) { return s.snapName(ctx, snap, n) }
	for _, ei := range list {
		ed := snap.edges[ei]
		k := edgeKey{snap.Nodes[ed.Subj], snap.Nodes[ed.Obj], snap.Lemmas[ed.Lemma]}
		as := make([]quad.IRI, len(ed.Arts))
		for j, a := range ed.Arts {
			as[j] = snap.ArtIRIs[a]
			arts[as[j]] = a
		}
		if err := f(k, as, info, name); err != nil {
			return err
		}
	}
	return nil
}

// snapName is entityName for an entity of the snapshot, whose
// store-derived name it holds.
func (s *Store) snapName(ctx context.Context, snap *adjSnapshot, n quad.IRI) (string, error) {
	if d, ok := s.cache.entity(n); ok {
		return d.Name, nil
	}
	if nm, ok := s.cache.name(n); ok {
		return nm, nil
	}
	j, ok := snap.node[n]
	if !ok || snap.Names == nil {
		return s.entityName(ctx, n)
	}
	nm := s.aliasName(snap.Names[j], n)
	s.cache.putName(n, nm)
	return nm, nil
}

// PathView is a read-only, integer-indexed view of the actor graph for
// path searches, answered from the adjacency snapshot: nodes and edges are
// small integers, an edge's evidence is counted under a filter without
// building the folded edge, and Edge builds it exactly as Out and In do.
// It is valid for the store generation it was taken at; take a new one
// per query.
type PathView struct {
	s    *Store
	snap *adjSnapshot
	keys []string // node keys as Edge.SubjectID shows them
}

// PathView returns the view of the store's current adjacency snapshot, or
// nil when there is none matching the store (see PreparePaths).
func (s *Store) PathView(ctx context.Context) *PathView {
	snap := s.freshAdjacency(ctx)
	if snap == nil {
		return nil
	}
	return &PathView{s: s, snap: snap, keys: snap.keys}
}

// Node returns the node of an entity given by IRI ("<ng:entity/…>" or
// bare); ok is false when the entity has no edges.
func (v *PathView) Node(iri string) (int32, bool) {
	if len(iri) > 1 && iri[0] == '<' && iri[len(iri)-1] == '>' {
		iri = iri[1 : len(iri)-1]
	}
	i, ok := v.snap.node[quad.IRI(iri)]
	return i, ok
}

// Name returns node n's display name, as Edge.Subject shows it.
func (v *PathView) Name(ctx context.Context, n int32) (string, error) {
	return v.s.snapName(ctx, v.snap, v.snap.Nodes[n])
}

// Nodes returns the number of nodes; they are 0 … Nodes()-1.
func (v *PathView) Nodes() int { return len(v.snap.Nodes) }

// Key returns node n's key: its IRI in the form Edge.SubjectID uses.
func (v *PathView) Key(n int32) string { return v.keys[n] }

// Out returns the edges node n is the subject of, in the order Out lists
// them when no date filter applies (evidence, predicate, ends).
func (v *PathView) Out(n int32) []int32 { return v.snap.out[n] }

// In returns the edges reaching node n, ordered as Out.
func (v *PathView) In(n int32) []int32 { return v.snap.in[n] }

// Ends returns edge e's subject and object nodes.
func (v *PathView) Ends(e int32) (subj, obj int32) {
	ed := v.snap.edges[e]
	return ed.Subj, ed.Obj
}

// Lemma returns edge e's predicate lemma.
func (v *PathView) Lemma(e int32) string { return v.snap.Lemmas[v.snap.edges[e].Lemma] }

// Less orders two edges as Out does, given their evidence counts.
func (v *PathView) Less(a, b int32, na, nb int) int {
	if na != nb {
		return nb - na
	}
	ea, eb := v.snap.edges[a], v.snap.edges[b]
	if c := strings.Compare(v.snap.Lemmas[ea.Lemma], v.snap.Lemmas[eb.Lemma]); c != 0 {
		return c
	}
	return compareConcat(v.keys[ea.Obj], v.keys[ea.Subj], v.keys[eb.Obj], v.keys[eb.Subj])
}

// Count returns the evidence of edge e under f (the articles asserting it
// within f's dates) and whether f keeps the edge, deciding as Out does
// without building the edge.
func (v *PathView) Count(ctx context.Context, e int32, f schema.Filter) (int, bool, error) {
	ed := v.snap.edges[e]
	if len(f.Types) > 0 {
		st, _ := entityType(v.snap.Nodes[ed.Subj])
		ot, _ := entityType(v.snap.Nodes[ed.Obj])
		if !slices.Contains(f.Types, st) || !slices.Contains(f.Types, ot) {
			return 0, false, nil
		}
	}
	if len(f.Classes) > 0 {
		info, err := v.s.predicateInfo(ctx, v.snap.Lemmas[ed.Lemma])
		if err != nil {
			return 0, false, err
		}
		if !slices.Contains(f.Classes, info.Class) {
			return 0, false, nil
		}
	}
	n := len(ed.Arts)
	if !f.Since.IsZero() || !f.Until.IsZero() {
		n = 0
		for _, a := range ed.Arts {
			when := v.snap.Articles[a].date()
			if (!f.Since.IsZero() && when.Before(f.Since)) || (!f.Until.IsZero() && when.After(f.Until)) {
				continue
			}
			n++
		}
	}
	if n == 0 || n < f.MinEvidence {
		return 0, false, nil
	}
	return n, true, nil
}

// Predicate returns the class, CAMEO code and Goldstein weight edges of
// lemma carry.
func (v *PathView) Predicate(ctx context.Context, lemma string) (schema.Predicate, error) {
	return v.s.predicateInfo(ctx, lemma)
}

// Edge builds edge e as Out and In return it under f; ok is false when f
// rejects it.
func (v *PathView) Edge(ctx context.Context, e int32, f schema.Filter) (schema.Edge, bool, error) {
	var out schema.Edge
	var ok bool
	err := v.s.snapshotFold(ctx, v.snap, []int32{e}, func(k edgeKey, arts []quad.IRI, info func(quad.IRI) (ArticleInfo, error), name func(quad.IRI) (string, error)) error {
		var err error
		out, ok, err = v.s.foldEdgeWith(ctx, k, arts, f, info, name)
		return err
	})
	return out, ok, err
}

// compareConcat compares a1+a2 with b1+b2 without building them.
func compareConcat(a1, a2, b1, b2 string) int {
	i, j := 0, 0
	la, lb := len(a1)+len(a2), len(b1)+len(b2)
	for i < la && j < lb {
		var ca, cb byte
		if i < len(a1) {
			ca = a1[i]
		} else {
			ca = a2[i-len(a1)]
		}
		if j < len(b1) {
			cb = b1[j]
		} else {
			cb = b2[j-len(b1)]
		}
		if ca != cb {
			if ca < cb {
				return -1
			}
			return 1
		}
		i++
		j++
	}
	switch {
	case la < lb:
		return -1
	case la > lb:
		return 1
	}
	return 0
}
