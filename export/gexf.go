package export

import (
	"bufio"
	"io"
	"strconv"

	"github.com/newsgraph/newsgraph/schema"
)

// GEXFEncoder writes the view as GEXF 1.3 (the version Gephi 0.9.3+
// writes): typed <attributes> for nodes and edges, node ids equal to
// entity IRIs (canonical names without them), viz colours by entity type and influence class, edge
// weight and thickness from the evidence count, and kind set to the
// predicate so parallel edges between two actors stay distinct.
type GEXFEncoder struct {
	w          errWriter
	statements bool
	state      int // 0 nothing written, 1 in <nodes>, 2 in <edges>
	names      []string
}

// NewGEXF returns a GEXF encoder writing to w; statements adds the
// "statements" edge attribute.
func NewGEXF(w io.Writer, statements bool) *GEXFEncoder {
	return &GEXFEncoder{w: errWriter{w: bufio.NewWriterSize(w, 64<<10)}, statements: statements}
}

func (g *GEXFEncoder) to(state int) {
	w := &g.w
	if g.state == 0 {
		w.str(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
		w.str(`<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
		w.str("  <meta>\n    <creator>newsgraph</creator>\n    <description>actor graph: entities and folded statements</description>\n  </meta>\n")
		w.str(`  <graph mode="static" defaultedgetype="directed">` + "\n")
		w.str(`    <attributes class="node" mode="static">` + "\n")
		for i, a := range nodeAttrs {
			w.str(`      <attribute id="n` + strconv.Itoa(i) + `" title="` + a.name + `" type="` + gexfType(a.kind) + `"/>` + "\n")
		}
		w.str("    </attributes>\n")
		w.str(`    <attributes class="edge" mode="static">` + "\n")
		for i, a := range edgeAttrs[:edgeAttrCount(g.statements)] {
			w.str(`      <attribute id="e` + strconv.Itoa(i) + `" title="` + a.name + `" type="` + gexfType(a.kind) + `"/>` + "\n")
		}
		w.str("    </attributes>\n")
		w.str("    <nodes>\n")
		g.state = 1
	}
	if g.state == 1 && state >= 2 {
		w.str("    </nodes>\n    <edges>\n")
		g.state = 2
	}
	if g.state == 2 && state >= 3 {
		w.str("    </edges>\n  </graph>\n</gexf>\n")
		g.state = 3
	}
}

func (g *GEXFEncoder) attvalues(prefix string, vals []value, attrs []attr) {
	w := &g.w
	w.str("<attvalues>")
	for i, v := range vals {
		text := v.text(attrs[i].kind)
		if text == "" {
			continue
		}
		w.str(`<attvalue for="` + prefix + strconv.Itoa(i) + `" value="`)
		w.esc(text)
		w.str(`"/>`)
	}
	w.str("</attvalues>")
}

// Node writes one <node>.
func (g *GEXFEncoder) Node(id int, n *schema.Node) error {
	g.to(1)
	w := &g.w
	w.str(`      <node id="`)
	w.esc(nodeKey(n))
	w.str(`" label="`)
	w.esc(n.Name)
	w.str(`">`)
	g.attvalues("n", nodeValues(n), nodeAttrs)
	r, gr, b := rgb(NodeColor(n.Type))
	w.str(`<viz:color r="` + strconv.Itoa(r) + `" g="` + strconv.Itoa(gr) + `" b="` + strconv.Itoa(b) + `"/>`)
	w.str("</node>\n")
	for len(g.names) <= id {
		g.names = append(g.names, "")
	}
	g.names[id] = nodeKey(n)
	return w.err
}

// Edge writes one <edge>.
func (g *GEXFEncoder) Edge(id, source, target int, e *Edge) error {
	g.to(2)
	w := &g.w
	w.str(`      <edge id="e` + strconv.Itoa(id) + `" source="`)
	w.esc(g.names[source])
	w.str(`" target="`)
	w.esc(g.names[target])
	w.str(`" label="`)
	w.esc(e.Predicate)
	w.str(`" kind="`)
	w.esc(e.Predicate)
	w.str(`" weight="` + strconv.Itoa(max(e.Evidence, 1)) + `">`)
	g.attvalues("e", edgeValues(e)[:edgeAttrCount(g.statements)], edgeAttrs)
	r, gr, b := rgb(EdgeColor(e.Class))
	w.str(`<viz:color r="` + strconv.Itoa(r) + `" g="` + strconv.Itoa(gr) + `" b="` + strconv.Itoa(b) + `"/>`)
	w.str(`<viz:thickness value="` + strconv.FormatFloat(EdgeWidth(e.Evidence), 'g', 4, 64) + `"/>`)
	w.str("</edge>\n")
	return w.err
}

// Close ends the document and flushes.
func (g *GEXFEncoder) Close() error {
	g.to(3)
	if g.w.err != nil {
		return g.w.err
	}
	return g.w.w.Flush()
}
