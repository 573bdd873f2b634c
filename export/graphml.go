package export

import (
	"bufio"
	"io"
	"strconv"

	"github.com/newsgraph/newsgraph/schema"
)

// GraphMLEncoder writes the view as GraphML with typed keys: one <key> per
// node and edge attribute (attr.type string, int or double), node ids equal
// to entity IRIs (canonical names when the view has none), edge ids e0, e1,
// ... so parallel edges stay distinct.
type GraphMLEncoder struct {
	w          errWriter
	statements bool
	started    bool
	names      []string // node id -> XML id (the canonical name)
}

// NewGraphML returns a GraphML encoder writing to w; statements adds the
// "statements" edge key.
func NewGraphML(w io.Writer, statements bool) *GraphMLEncoder {
	return &GraphMLEncoder{w: errWriter{w: bufio.NewWriterSize(w, 64<<10)}, statements: statements}
}

func (g *GraphMLEncoder) start() {
	if g.started {
		return
	}
	g.started = true
	w := &g.w
	w.str(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	w.str(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	for i, a := range nodeAttrs {
		w.str(`  <key id="n` + strconv.Itoa(i) + `" for="node" attr.name="` + a.name + `" attr.type="` + graphMLType(a.kind) + `"/>` + "\n")
	}
	for i, a := range edgeAttrs[:edgeAttrCount(g.statements)] {
		w.str(`  <key id="e` + strconv.Itoa(i) + `" for="edge" attr.name="` + a.name + `" attr.type="` + graphMLType(a.kind) + `"/>` + "\n")
	}
	w.str(`  <graph id="newsgraph" edgedefault="directed">` + "\n")
}

// Node writes one <node>.
func (g *GraphMLEncoder) Node(id int, n *schema.Node) error {
	g.start()
	w := &g.w
	w.str(`    <node id="`)
	w.esc(nodeKey(n))
	w.str(`">`)
	for i, v := range nodeValues(n) {
		g.data("n", i, v.text(nodeAttrs[i].kind))
	}
	w.str("</node>\n")
	for len(g.names) <= id {
		g.names = append(g.names, "")
	}
	g.names[id] = nodeKey(n)
	return w.err
}

func (g *GraphMLEncoder) data(prefix string, i int, text string) {
	if text == "" {
		return
	}
	g.w.str(`<data key="` + prefix + strconv.Itoa(i) + `">`)
	g.w.esc(text)
	g.w.str(`</data>`)
}

// Edge writes one <edge>.
func (g *GraphMLEncoder) Edge(id, source, target int, e *Edge) error {
	g.start()
	w := &g.w
	w.str(`    <edge id="e` + strconv.Itoa(id) + `" source="`)
	w.esc(g.names[source])
	w.str(`" target="`)
	w.esc(g.names[target])
	w.str(`">`)
	for i, v := range edgeValues(e)[:edgeAttrCount(g.statements)] {
		g.data("e", i, v.text(edgeAttrs[i].kind))
	}
	w.str("</edge>\n")
	return w.err
}

// Close ends the document and flushes.
func (g *GraphMLEncoder) Close() error {
	g.start()
	g.w.str("  </graph>\n</graphml>\n")
	if g.w.err != nil {
		return g.w.err
	}
	return g.w.w.Flush()
}
