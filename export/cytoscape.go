package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strconv"

	"github.com/newsgraph/newsgraph/schema"
)

// CytoscapeEncoder writes the view as Cytoscape.js elements JSON,
// {"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}, which
// cy.add, the cytoscape({elements}) constructor and Cytoscape desktop's
// JSON import read. Node ids are entity IRIs (canonical names without them); edge ids are e0, e1, ...
// Attributes keep their JSON types: numbers, strings, arrays of strings.
type CytoscapeEncoder struct {
	w          errWriter
	statements bool
	state      int // 0 nothing, 1 in nodes, 2 in edges, 3 done
	first      bool
	names      []string
	buf        bytes.Buffer
	enc        *json.Encoder
}

// NewCytoscape returns a Cytoscape.js JSON encoder writing to w;
// statements adds the "statements" edge field.
func NewCytoscape(w io.Writer, statements bool) *CytoscapeEncoder {
	return &CytoscapeEncoder{w: errWriter{w: bufio.NewWriterSize(w, 64<<10)}, statements: statements}
}

func (c *CytoscapeEncoder) to(state int) {
	if c.state == 0 {
		c.w.str(`{"elements":{"nodes":[`)
		c.state, c.first = 1, true
	}
	if c.state == 1 && state >= 2 {
		c.w.str("\n],\"edges\":[")
		c.state, c.first = 2, true
	}
	if c.state == 2 && state >= 3 {
		c.w.str("\n]}}\n")
		c.state = 3
	}
}

func (c *CytoscapeEncoder) field(name string, v any) {
	if c.w.err != nil {
		return
	}
	c.w.str(`,"` + name + `":`)
	c.json(v)
}

// json writes v as compact JSON, leaving <, > and & unescaped.
func (c *CytoscapeEncoder) json(v any) {
	if c.w.err != nil {
		return
	}
	if c.enc == nil {
		c.enc = json.NewEncoder(&c.buf)
		c.enc.SetEscapeHTML(false)
	}
	c.buf.Reset()
	if c.w.err = c.enc.Encode(v); c.w.err != nil {
		return
	}
	b := c.buf.Bytes()
	if c.w.err == nil {
		_, c.w.err = c.w.w.Write(b[:len(b)-1]) // Encode ends with a newline
	}
}

func (c *CytoscapeEncoder) sep() {
	if !c.first {
		c.w.str(",")
	}
	c.first = false
	c.w.str("\n")
}

// Node writes one node element.
func (c *CytoscapeEncoder) Node(id int, n *schema.Node) error {
	c.to(1)
	c.sep()
	c.w.str(`{"data":{"id":`)
	c.json(nodeKey(n))
	for i, v := range nodeValues(n) {
		if j := v.json(nodeAttrs[i].kind); j != nil {
			c.field(nodeAttrs[i].name, j)
		}
	}
	c.field("color", NodeColor(n.Type))
	c.w.str("}}")
	for len(c.names) <= id {
		c.names = append(c.names, "")
	}
	c.names[id] = nodeKey(n)
	return c.w.err
}

// Edge writes one edge element.
func (c *CytoscapeEncoder) Edge(id, source, target int, e *Edge) error {
	c.to(2)
	c.sep()
	c.w.str(`{"data":{"id":"e` + strconv.Itoa(id) + `"`)
	c.field("source", c.names[source])
	c.field("target", c.names[target])
	for i, v := range edgeValues(e)[:edgeAttrCount(c.statements)] {
		if j := v.json(edgeAttrs[i].kind); j != nil {
			c.field(edgeAttrs[i].name, j)
		}
	}
	c.field("color", EdgeColor(e.Class))
	c.field("width", EdgeWidth(e.Evidence))
	c.w.str("}}")
	return c.w.err
}

// Close ends the document and flushes.
func (c *CytoscapeEncoder) Close() error {
	c.to(3)
	if c.w.err != nil {
		return c.w.err
	}
	return c.w.w.Flush()
}
