package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/fogleman/gg"
	"github.com/goccy/go-graphviz"
	"github.com/golang/freetype/truetype"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/newsgraph/newsgraph/schema"
)

// DefaultMaxRenderNodes and DefaultMaxRenderEdges bound the graphs Render
// lays out when Options.MaxRenderNodes or MaxRenderEdges is 0. Larger
// pictures are unreadable, and Graphviz's layout of tens of thousands of
// edges takes many minutes and gigabytes; narrow the export with --actor
// or the filters instead.
const (
	DefaultMaxRenderNodes = 400
	DefaultMaxRenderEdges = 1500
)

// ErrTooLarge is returned by Render for a graph with more nodes than the
// render limit.
var ErrTooLarge = errors.New("export: graph too large to render")

// pngScale is the PNG resolution in pixels per Graphviz point (72 dpi), so
// 2 gives 144 dpi and labels readable on high-density screens.
const pngScale = 2.0

// Render lays out the view with Graphviz's dot (compiled to WebAssembly and
// run by go-graphviz in-process, without cgo) and writes an SVG or PNG
// picture to w: nodes filled by entity type, edges coloured by influence
// class and as wide as their evidence. SVG is Graphviz's own renderer; PNG
// is drawn from Graphviz's layout (its JSON draw operations) with Go's
// vector rasteriser and the Go fonts, which cover Latin, Greek and
// Cyrillic. A layout needs the whole graph, so Render buffers a graph of
// at most MaxRenderNodes nodes and MaxRenderEdges edges. Unless
// opt.Filter.Types says otherwise, pictures show actors only (people,
// organisations, countries, locations), not the things of open triples.
// Nodes without edges are left out of pictures that have edges, before
// the limits are checked, so a class or evidence filter that leaves few
// edges brings a large graph within them; opt.KeepIsolated keeps them.
func Render(ctx context.Context, w io.Writer, v View, f Format, opt Options) error {
	if !f.Picture() {
		return fmt.Errorf("export: render %s: %w", f, ErrUnknownFormat)
	}
	limit, edgeLimit := opt.MaxRenderNodes, opt.MaxRenderEdges
	if limit <= 0 {
		limit = DefaultMaxRenderNodes
	}
	if edgeLimit <= 0 {
		edgeLimit = DefaultMaxRenderEdges
	}
	if len(opt.Filter.Types) == 0 {
		opt.Filter.Types = actorTypes()
	}
	// Isolated nodes are left out before the limits are checked, so that
	// narrowing by class or evidence brings a graph within them; a graph
	// with no edge at all is drawn as its nodes.
	opt.linkedOnly = true
	col, err := collect(ctx, v, opt, limit, edgeLimit)
	if err == nil && len(col.nodes) == 0 && !opt.KeepIsolated && !HasEdgeFilter(opt.Filter) {
		opt.linkedOnly = false
		col, err = collect(ctx, v, opt, limit, edgeLimit)
	}
	if err != nil {
		return err
	}
	var dot bytes.Buffer
	enc := NewDOT(&dot, false)
	layout := graphviz.DOT
	if len(col.edges) > maxDotEdges {
		// dot's layered layout takes minutes beyond a few hundred edges;
		// sfdp's force-directed one takes seconds.
		layout = graphviz.SFDP
		enc.graphAttrs = `overlap=scale, K=1.2`
	}
	if err := col.writeDOT(enc, true, opt.KeepIsolated); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return renderDOT(ctx, w, dot.Bytes(), f, layout)
}

// collect buffers the graph Encode gives for opt, failing with ErrTooLarge
// beyond the limits.
func collect(ctx context.Context, v View, opt Options, limit, edgeLimit int) (*collector, error) {
	col := &collector{limit: limit, edgeLimit: edgeLimit}
	if err := Encode(ctx, col, v, opt); err != nil {
		if col.err != nil {
			return nil, col.err // already says what to do; skip Encode's prefixes
		}
		return nil, err
	}
	return col, nil
}

// maxDotEdges is the largest picture laid out with dot; larger ones use
// sfdp.
const maxDotEdges = 150

// actorTypes lists the entity types that are actors, the default
// selection of pictures.
func actorTypes() []schema.EntityType {
	var out []schema.EntityType
	for _, info := range schema.Vocabulary().EntityTypes() {
		if info.Type.IsActor() {
			out = append(out, info.Type)
		}
	}
	return out
}

// collector buffers a bounded graph for layout.
type collector struct {
	limit     int
	edgeLimit int
	err       error // the limit error, when one was hit
	nodes     []schema.Node
	edges     []collected
}

type collected struct {
	src, dst int
	e        Edge
}

func (c *collector) Node(id int, n *schema.Node) error {
	if id >= c.limit {
		c.err = fmt.Errorf("%w: more than %d nodes; narrow it with --actor/--depth, --types, --class or --min-evidence, or raise --max-render-nodes", ErrTooLarge, c.limit)
		return c.err
	}
	c.nodes = append(c.nodes, *n)
	return nil
}

func (c *collector) Edge(id, src, dst int, e *Edge) error {
	if id >= c.edgeLimit {
		c.err = fmt.Errorf("%w: more than %d edges; narrow it with --actor/--depth, --types, --class or --min-evidence, or raise --max-render-edges", ErrTooLarge, c.edgeLimit)
		return c.err
	}
	c.edges = append(c.edges, collected{src, dst, *e})
	return nil
}

func (c *collector) Close() error { return nil }

// writeDOT writes the collected graph, with a legend of the types and
// classes it shows when legend is set. When it has edges, nodes without
// any are left out unless keepIsolated is set: in a picture they only
// crowd the margin.
func (c *collector) writeDOT(enc *DOTEncoder, legend, keepIsolated bool) error {
	used := make([]bool, len(c.nodes))
	for _, e := range c.edges {
		used[e.src], used[e.dst] = true, true
	}
	if keepIsolated || len(c.edges) == 0 {
		for i := range used {
			used[i] = true
		}
	}
	renum := make([]int, len(c.nodes))
	next := 0
	for i := range c.nodes {
		if !used[i] {
			continue
		}
		renum[i] = next
		if err := enc.Node(next, &c.nodes[i]); err != nil {
			return err
		}
		next++
	}
	types := map[schema.EntityType]bool{}
	classes := map[string]bool{}
	for i, n := range c.nodes {
		if used[i] {
			types[n.Type] = true
		}
	}
	for i := range c.edges {
		e := &c.edges[i]
		classes[e.e.Class] = true
		if err := enc.Edge(i, renum[e.src], renum[e.dst], &e.e); err != nil {
			return err
		}
	}
	if legend && len(c.nodes) > 0 {
		var ts []schema.EntityType
		for _, info := range schema.Vocabulary().EntityTypes() {
			if types[info.Type] {
				ts = append(ts, info.Type)
			}
		}
		var cs []string
		for _, cl := range schema.Classes() {
			if classes[cl] {
				cs = append(cs, cl)
			}
		}
		if err := enc.Legend(ts, cs); err != nil {
			return err
		}
	}
	return enc.Close()
}

// RenderDOT lays out a DOT graph with dot and writes it to w as SVG or
// PNG.
func RenderDOT(ctx context.Context, w io.Writer, dot []byte, f Format) error {
	return renderDOT(ctx, w, dot, f, graphviz.DOT)
}

func renderDOT(ctx context.Context, w io.Writer, dot []byte, f Format, layout graphviz.Layout) error {
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("export: start graphviz: %w", err)
	}
	defer gv.Close()
	gv.SetLayout(layout)
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return fmt.Errorf("export: parse dot: %w", err)
	}
	defer g.Close()
	switch f {
	case SVG:
		if err := gv.Render(ctx, g, graphviz.SVG, w); err != nil {
			return fmt.Errorf("export: render svg: %w", err)
		}
		return nil
	case PNG:
		var layout bytes.Buffer
		if err := gv.Render(ctx, g, graphviz.Format("json"), &layout); err != nil {
			return fmt.Errorf("export: lay out: %w", err)
		}
		if err := drawPNG(w, layout.Bytes(), pngScale); err != nil {
			return fmt.Errorf("export: render png: %w", err)
		}
		return nil
	}
	return fmt.Errorf("export: render %s: %w", f, ErrUnknownFormat)
}

// xdot is the part of Graphviz's JSON output that drawing needs.
type xdot struct {
	BB      string    `json:"bb"`
	Draw    []drawOp  `json:"_draw_"`
	Objects []xdotObj `json:"objects"`
	Edges   []xdotObj `json:"edges"`
}

type xdotObj struct {
	Draw   []drawOp `json:"_draw_"`
	LDraw  []drawOp `json:"_ldraw_"`
	HDraw  []drawOp `json:"_hdraw_"`
	TDraw  []drawOp `json:"_tdraw_"`
	HLDraw []drawOp `json:"_hldraw_"`
	TLDraw []drawOp `json:"_tldraw_"`
}

// drawOp is one xdot drawing operation in Graphviz's JSON form.
type drawOp struct {
	Op     string       `json:"op"`
	Color  string       `json:"color"`
	Style  string       `json:"style"`
	Size   float64      `json:"size"`
	Rect   []float64    `json:"rect"`
	Points [][2]float64 `json:"points"`
	Pt     []float64    `json:"pt"`
	Align  string       `json:"align"`
	Text   string       `json:"text"`
}

// painter draws xdot operations onto a gg context, tracking pen state.
type painter struct {
	dc        *gg.Context
	scale     float64
	height    float64 // bounding box height in points
	pen, fill color.Color
	width     float64
	fontSize  float64
	font      *truetype.Font
	faces     map[float64]font.Face
}

func drawPNG(w io.Writer, layout []byte, scale float64) error {
	var x xdot
	if err := json.Unmarshal(layout, &x); err != nil {
		return fmt.Errorf("read layout: %w", err)
	}
	bb := strings.Split(x.BB, ",")
	if len(bb) != 4 {
		return fmt.Errorf("layout without bounding box %q", x.BB)
	}
	var box [4]float64
	for i, s := range bb {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			return fmt.Errorf("bounding box %q: %w", x.BB, err)
		}
		box[i] = v
	}
	wPt, hPt := box[2]-box[0], box[3]-box[1]
	const maxSide = 8000 // pixels (256 MB of canvas); beyond this the image is unusable anyway
	if wPt*scale > maxSide || hPt*scale > maxSide {
		scale = maxSide / math.Max(wPt, hPt)
	}
	ft, err := truetype.Parse(goregular.TTF)
	if err != nil {
		return fmt.Errorf("load font: %w", err)
	}
	p := &painter{
		dc:     gg.NewContext(int(math.Ceil(wPt*scale))+1, int(math.Ceil(hPt*scale))+1),
		scale:  scale,
		height: box[3],
		pen:    color.Black,
		fill:   color.White,
		width:  1,
		font:   ft,
		faces:  map[float64]font.Face{},
	}
	p.dc.SetColor(color.White)
	p.dc.Clear()
	p.run(x.Draw)
	for _, e := range x.Edges {
		for _, ops := range [][]drawOp{e.Draw, e.HDraw, e.TDraw, e.LDraw, e.HLDraw, e.TLDraw} {
			p.run(ops)
		}
	}
	for _, n := range x.Objects {
		p.run(n.Draw)
		p.run(n.LDraw)
	}
	return p.dc.EncodePNG(w)
}

// xy maps a Graphviz point (y up) to image pixels (y down).
func (p *painter) xy(x, y float64) (float64, float64) {
	return x * p.scale, (p.height - y) * p.scale
}

func (p *painter) run(ops []drawOp) {
	// Pen state is per object in Graphviz; start each list from defaults.
	p.pen, p.fill, p.width = color.Black, color.White, 1
	for _, op := range ops {
		switch op.Op {
		case "c":
			p.pen = parseColor(op.Color)
		case "C":
			p.fill = parseColor(op.Color)
		case "S":
			if strings.HasPrefix(op.Style, "setlinewidth(") {
				if v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(op.Style, "setlinewidth("), ")"), 64); err == nil {
					p.width = v
				}
			}
		case "F":
			p.fontSize = op.Size
		case "E", "e":
			if len(op.Rect) == 4 {
				cx, cy := p.xy(op.Rect[0], op.Rect[1])
				p.dc.DrawEllipse(cx, cy, op.Rect[2]*p.scale, op.Rect[3]*p.scale)
				p.finish(op.Op == "E")
			}
		case "P", "p", "L":
			if len(op.Points) > 1 {
				for i, pt := range op.Points {
					x, y := p.xy(pt[0], pt[1])
					if i == 0 {
						p.dc.MoveTo(x, y)
					} else {
						p.dc.LineTo(x, y)
					}
				}
				if op.Op != "L" {
					p.dc.ClosePath()
				}
				p.finish(op.Op == "P")
			}
		case "B", "b":
			if len(op.Points) >= 4 {
				x, y := p.xy(op.Points[0][0], op.Points[0][1])
				p.dc.MoveTo(x, y)
				for i := 1; i+2 < len(op.Points); i += 3 {
					x1, y1 := p.xy(op.Points[i][0], op.Points[i][1])
					x2, y2 := p.xy(op.Points[i+1][0], op.Points[i+1][1])
					x3, y3 := p.xy(op.Points[i+2][0], op.Points[i+2][1])
					p.dc.CubicTo(x1, y1, x2, y2, x3, y3)
				}
				if op.Op == "B" {
					p.dc.ClosePath()
				}
				p.finish(op.Op == "B")
			}
		case "T":
			p.text(op)
		}
	}
}

// finish fills (with the fill colour) and strokes (with the pen) the
// current path.
func (p *painter) finish(filled bool) {
	if filled {
		p.dc.SetColor(p.fill)
		p.dc.FillPreserve()
	}
	p.dc.SetColor(p.pen)
	p.dc.SetLineWidth(math.Max(p.width*p.scale, 0.5))
	p.dc.Stroke()
}

func (p *painter) text(op drawOp) {
	if len(op.Pt) != 2 || op.Text == "" {
		return
	}
	size := p.fontSize
	if size <= 0 {
		size = 14
	}
	face, ok := p.faces[size]
	if !ok {
		face = truetype.NewFace(p.font, &truetype.Options{Size: size * p.scale, DPI: 72, Hinting: font.HintingFull})
		p.faces[size] = face
	}
	p.dc.SetFontFace(face)
	p.dc.SetColor(p.pen)
	x, y := p.xy(op.Pt[0], op.Pt[1])
	ax := 0.5
	switch op.Align {
	case "l":
		ax = 0
	case "r":
		ax = 1
	}
	p.dc.DrawStringAnchored(op.Text, x, y, ax, 0)
}

// parseColor reads "#rrggbb" or "#rrggbbaa"; anything else is black.
func parseColor(s string) color.Color {
	if len(s) != 7 && len(s) != 9 || s[0] != '#' {
		return color.Black
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return color.Black
	}
	if len(s) == 7 {
		return color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
	}
	return color.NRGBA{uint8(v >> 24), uint8(v >> 16), uint8(v >> 8), uint8(v)}
}
