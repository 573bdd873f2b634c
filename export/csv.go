package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"

	"github.com/newsgraph/newsgraph/schema"
)

// The files a CSV export writes.
const (
	NodesFile = "nodes.csv"
	EdgesFile = "edges.csv"
)

// CSVEncoder writes the view as two CSV files with a header row each:
// nodes.csv (id, label, name, type, aliases, ...) and edges.csv (id,
// source, target, label, predicate, ..., weight, ...), with the column
// names Gephi's spreadsheet import and Cytoscape's table import recognise.
// Node ids and edge ends are entity IRIs (canonical names without them); lists are joined with
// ListSeparator. The files are created in that order, nodes.csv complete
// before edges.csv starts, so they can stream into one zip archive.
type CSVEncoder struct {
	create     func(name string) (io.Writer, error)
	statements bool
	nodes      *csv.Writer
	edges      *csv.Writer
	names      []string
	row        []string
}

// NewCSV returns a CSV encoder that opens each file through create, e.g.
// (*zip.Writer).Create or a function creating files in a directory.
func NewCSV(create func(name string) (io.Writer, error), statements bool) *CSVEncoder {
	return &CSVEncoder{create: create, statements: statements}
}

func (c *CSVEncoder) open(name string, header []string) (*csv.Writer, error) {
	w, err := c.create(name)
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", name, err)
	}
	cw := csv.NewWriter(w)
	return cw, cw.Write(header)
}

func (c *CSVEncoder) startNodes() error {
	if c.nodes != nil {
		return nil
	}
	header := []string{"id"}
	for _, a := range nodeAttrs {
		header = append(header, a.name)
	}
	var err error
	c.nodes, err = c.open(NodesFile, header)
	return err
}

func (c *CSVEncoder) startEdges() error {
	if c.edges != nil {
		return nil
	}
	if err := c.startNodes(); err != nil {
		return err
	}
	c.nodes.Flush()
	if err := c.nodes.Error(); err != nil {
		return err
	}
	header := []string{"id", "source", "target"}
	for _, a := range edgeAttrs[:edgeAttrCount(c.statements)] {
		header = append(header, a.name)
	}
	var err error
	c.edges, err = c.open(EdgesFile, header)
	return err
}

// Node writes one row of nodes.csv.
func (c *CSVEncoder) Node(id int, n *schema.Node) error {
	if err := c.startNodes(); err != nil {
		return err
	}
	c.row = append(c.row[:0], nodeKey(n))
	for i, v := range nodeValues(n) {
		c.row = append(c.row, v.text(nodeAttrs[i].kind))
	}
	for len(c.names) <= id {
		c.names = append(c.names, "")
	}
	c.names[id] = nodeKey(n)
	return c.nodes.Write(c.row)
}

// Edge writes one row of edges.csv.
func (c *CSVEncoder) Edge(id, source, target int, e *Edge) error {
	if err := c.startEdges(); err != nil {
		return err
	}
	c.row = append(c.row[:0], "e"+strconv.Itoa(id), c.names[source], c.names[target])
	for i, v := range edgeValues(e)[:edgeAttrCount(c.statements)] {
		c.row = append(c.row, v.text(edgeAttrs[i].kind))
	}
	return c.edges.Write(c.row)
}

// Close writes the files not yet started (header only) and flushes both.
func (c *CSVEncoder) Close() error {
	if err := c.startEdges(); err != nil {
		return err
	}
	c.edges.Flush()
	return c.edges.Error()
}
