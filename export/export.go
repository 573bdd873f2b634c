package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Format names an export format.
type Format string

// The formats newsgraph exports.
const (
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	DOT       Format = "dot"
	SVG       Format = "svg"
	PNG       Format = "png"
	Cytoscape Format = "cytoscape"
	CSV       Format = "csv"
	NQuads    Format = "nquads"
	PQuads    Format = "pquads"
	JSONLD    Format = "jsonld"
)

// Formats lists every format in the order help texts show them.
var Formats = []Format{GraphML, GEXF, DOT, SVG, PNG, Cytoscape, NQuads, PQuads, JSONLD, CSV}

// ErrUnknownFormat is returned by ParseFormat for a name it does not know.
var ErrUnknownFormat = errors.New("export: unknown format")

// ParseFormat returns the format called name (case-insensitive).
func ParseFormat(name string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(name)))
	if slices.Contains(Formats, f) {
		return f, nil
	}
	return "", fmt.Errorf("%w %q (want one of %s)", ErrUnknownFormat, name, formatList())
}

func formatList() string {
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}

// Raw reports whether f is a raw quad dump written by the store rather
// than an encoding of the actor-graph view.
func (f Format) Raw() bool { return f == NQuads || f == PQuads || f == JSONLD }

// Picture reports whether f is a rendered image.
func (f Format) Picture() bool { return f == SVG || f == PNG }

// View is the actor-graph view an export reads: every node, then every
// edge, each streamed through a callback. *graph.Store implements it.
type View interface {
	Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error
	Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error
}

// Neighbours is what an export around one actor (Options.Actor) needs in
// addition to View. *graph.Store implements it.
type Neighbours interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
}

// Dumper writes the raw quads of a store in a quad format. *graph.Store
// implements it.
type Dumper interface {
	Dump(ctx context.Context, w io.Writer, format string) error
}

// StatementsFunc returns the sentences behind one folded edge, for
// Options.IncludeStatements.
type StatementsFunc func(ctx context.Context, e schema.Edge) ([]string, error)

// Ranker scores the nodes of v under f, keyed by node ID as the view gives
// it (or name when a node has no ID). Scores are held in memory: one
// float per node.
type Ranker func(ctx context.Context, v View, f schema.Filter) (map[string]float64, error)

// Options select what an export contains.
type Options struct {
	// Filter is passed to the view; the export also drops nodes and edges
	// that fail its type, class and evidence conditions.
	Filter schema.Filter
	// Actor, when set, limits the export to the actors within Depth hops
	// of it (either direction); the view must also implement Neighbours.
	Actor string
	Depth int
	// IncludeStatements adds a "statements" attribute to every edge: the
	// sentences Statements returns for it.
	IncludeStatements bool
	Statements        StatementsFunc
	// Rank, when set, computes the influence score of every node before
	// the export streams; a node's Influence is replaced by its score.
	Rank Ranker
	// MaxRenderNodes and MaxRenderEdges bound the graphs SVG and PNG lay
	// out; 0 means DefaultMaxRenderNodes and DefaultMaxRenderEdges.
	MaxRenderNodes int
	MaxRenderEdges int
	// KeepIsolated keeps the nodes that an edge filter (Filter.Classes or
	// Filter.MinEvidence) leaves without any edge. By default they are
	// left out: asking for the conflict edges asks for the actors in
	// conflict, not for every actor with the other edges removed.
	// Pictures also leave out isolated nodes when there is no edge filter
	// (see Render); KeepIsolated keeps them there too.
	KeepIsolated bool

	// linkedOnly drops nodes without a kept edge even when there is no
	// edge filter (Render sets it).
	linkedOnly bool
}

// HasEdgeFilter reports whether f drops edges by their own attributes
// (influence class or evidence count) rather than by their ends or dates.
func HasEdgeFilter(f schema.Filter) bool { return len(f.Classes) > 0 || f.MinEvidence > 0 }

// dropIsolated reports whether Encode writes only the nodes that have a
// kept edge.
func (o *Options) dropIsolated() bool {
	return !o.KeepIsolated && (o.linkedOnly || HasEdgeFilter(o.Filter))
}

// Edge is a folded edge of the view as encoders see it: the schema edge
// plus, with Options.IncludeStatements, the sentences behind it.
type Edge struct {
	schema.Edge
	Statements []string
}

// Encoder writes one format. Encode calls Node for every node, then Edge
// for every edge whose ends were written, then Close once. Node ids are
// 0, 1, 2, ... in call order; edge ids likewise; Edge names its ends by
// node id. Close completes the document but does not close the writer.
type Encoder interface {
	Node(id int, n *schema.Node) error
	Edge(id, source, target int, e *Edge) error
	Close() error
}

// ErrNotDumper is returned when a raw format is asked of a view that
// cannot dump quads.
var ErrNotDumper = errors.New("export: view cannot dump raw quads")

// ErrNeedNeighbours is returned when Options.Actor is set and the view
// cannot answer neighbour queries.
var ErrNeedNeighbours = errors.New("export: view cannot list neighbours")

// Encode streams v through enc: nodes first, then the edges between
// written nodes. It keeps the keys (IRIs or names) of written nodes, for
// edge ends, and nothing else, so memory grows with the node count, not
// the edge count. With an edge filter (HasEdgeFilter) and without
// opt.KeepIsolated it first reads the nodes and edges once more to find
// the nodes left with an edge, and writes only those. With opt.Actor it reads only the neighbourhood, through
// Neighbours (Resolve and Out per node), not the whole view, and
// influence scores (opt.Rank) are computed within that neighbourhood.
// Errors from v, enc or ctx stop the export and are returned wrapped.
func Encode(ctx context.Context, enc Encoder, v View, opt Options) error {
	if opt.Actor != "" {
		nb, ok := v.(Neighbours)
		if !ok {
			return ErrNeedNeighbours
		}
		near, err := Neighbourhood(ctx, nb, opt.Actor, opt.Depth, opt.Filter)
		if err != nil {
			return err
		}
		v = newSubgraph(nb, near)
	}
	var scores map[string]float64
	if opt.Rank != nil {
		var err error
		if scores, err = opt.Rank(ctx, v, opt.Filter); err != nil {
			return fmt.Errorf("export: influence scores: %w", err)
		}
	}
	var linked map[string]bool // nil: every node that passes the filter
	if opt.dropIsolated() {
		var err error
		if linked, err = linkedNodes(ctx, v, opt.Filter); err != nil {
			return err
		}
	}
	ids := make(map[string]int)
	err := v.Nodes(ctx, opt.Filter, func(n schema.Node) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !keepNode(opt.Filter, &n) {
			return nil
		}
		key := nodeKey(&n)
		if _, dup := ids[key]; dup {
			return nil
		}
		if linked != nil && !linked[key] {
			return nil
		}
		id := len(ids)
		ids[key] = id
		if scores != nil {
			n.Influence = scores[rankKey(&n)]
		}
		return enc.Node(id, &n)
	})
	if err != nil {
		return fmt.Errorf("export: nodes: %w", err)
	}
	next := 0
	err = v.Edges(ctx, opt.Filter, func(se schema.Edge) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		skey, okey := edgeKeys(&se)
		src, ok := ids[skey]
		if !ok {
			return nil
		}
		dst, ok := ids[okey]
		if !ok || !keepEdge(opt.Filter, &se) {
			return nil
		}
		e := Edge{Edge: se}
		if opt.IncludeStatements && opt.Statements != nil {
			st, err := opt.Statements(ctx, se)
			if err != nil {
				return fmt.Errorf("statements of %s %s %s: %w", se.Subject, se.Predicate, se.Object, err)
			}
			e.Statements = st
		}
		id := next
		next++
		return enc.Edge(id, src, dst, &e)
	})
	if err != nil {
		return fmt.Errorf("export: edges: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("export: finish: %w", err)
	}
	return nil
}

// linkedNodes returns the keys of the nodes that pass f and have at least
// one edge that passes f to or from another such node: the nodes an
// export keeps when it drops isolated ones. It reads the nodes (for their
// types) and then the edges; it holds one key per node.
func linkedNodes(ctx context.Context, v View, f schema.Filter) (map[string]bool, error) {
	linked := make(map[string]bool) // false: kept type, no edge yet
	err := v.Nodes(ctx, f, func(n schema.Node) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if keepNode(f, &n) {
			linked[nodeKey(&n)] = false
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export: nodes: %w", err)
	}
	err = v.Edges(ctx, f, func(e schema.Edge) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		skey, okey := edgeKeys(&e)
		_, sok := linked[skey]
		_, ook := linked[okey]
		if sok && ook && keepEdge(f, &e) {
			linked[skey], linked[okey] = true, true
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("export: edges: %w", err)
	}
	return linked, nil
}

// nodeKey identifies a node: its entity IRI, or its name when the view
// gives no IRI. Names alone are not unique (a country and a person can
// share one), so files use the IRI as node id when there is one.
func nodeKey(n *schema.Node) string {
	if n.ID != "" {
		return bareIRI(n.ID)
	}
	return n.Name
}

// edgeKeys returns the node keys of an edge's ends.
func edgeKeys(e *schema.Edge) (subject, object string) {
	subject, object = bareIRI(e.SubjectID), bareIRI(e.ObjectID)
	if subject == "" {
		subject = e.Subject
	}
	if object == "" {
		object = e.Object
	}
	return subject, object
}

// bareIRI drops the angle brackets of an IRI written as in N-Quads.
func bareIRI(iri string) string {
	if len(iri) >= 2 && iri[0] == '<' && iri[len(iri)-1] == '>' {
		return iri[1 : len(iri)-1]
	}
	return iri
}

// rankKey is the key a Ranker's scores use for n: its ID as the view
// gives it, else its name.
func rankKey(n *schema.Node) string {
	if n.ID != "" {
		return n.ID
	}
	return n.Name
}

// keepNode applies the node conditions of f.
func keepNode(f schema.Filter, n *schema.Node) bool {
	return len(f.Types) == 0 || slices.Contains(f.Types, n.Type)
}

// keepEdge applies the edge conditions of f that a folded edge carries.
func keepEdge(f schema.Filter, e *schema.Edge) bool {
	if len(f.Classes) > 0 && !slices.Contains(f.Classes, e.Class) {
		return false
	}
	return e.Evidence >= f.MinEvidence
}

// NewEncoder returns the encoder for a single-stream format writing to w.
// CSV (two files), pictures and raw dumps have their own entry points:
// NewCSV, Render and Dumper.
func NewEncoder(w io.Writer, f Format, opt Options) (Encoder, error) {
	switch f {
	case GraphML:
		return NewGraphML(w, opt.IncludeStatements), nil
	case GEXF:
		return NewGEXF(w, opt.IncludeStatements), nil
	case DOT:
		return NewDOT(w, opt.IncludeStatements), nil
	case Cytoscape:
		return NewCytoscape(w, opt.IncludeStatements), nil
	}
	return nil, fmt.Errorf("%w %q for a single stream", ErrUnknownFormat, f)
}

// Write exports v to w in format f: raw formats through v's Dump
// (v must implement Dumper), pictures through Render, the rest through
// NewEncoder and Encode. CSV needs two files: use NewCSV.
func Write(ctx context.Context, w io.Writer, v View, f Format, opt Options) error {
	switch {
	case f.Raw():
		d, ok := v.(Dumper)
		if !ok {
			return ErrNotDumper
		}
		if err := d.Dump(ctx, w, string(f)); err != nil {
			return fmt.Errorf("export: dump %s: %w", f, err)
		}
		return nil
	case f.Picture():
		return Render(ctx, w, v, f, opt)
	case f == CSV:
		return fmt.Errorf("export: csv writes two files: %w", ErrUnknownFormat)
	}
	enc, err := NewEncoder(w, f, opt)
	if err != nil {
		return err
	}
	return Encode(ctx, enc, v, opt)
}
