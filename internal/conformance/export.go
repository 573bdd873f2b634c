package conformance

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// actorGraph is an export read back: attributes as text, lists joined
// with "|", nodes by name and edges by "subject|predicate|object".
type actorGraph struct {
	nodes map[string]map[string]string
	edges map[string]map[string]string
}

func newActorGraph() *actorGraph {
	return &actorGraph{nodes: map[string]map[string]string{}, edges: map[string]map[string]string{}}
}

// addEdge files an edge's attributes under its key, failing on a second
// edge with the same key (the fixture has no parallel edges).
func (g *actorGraph) addEdge(src, dst string, attrs map[string]string) error {
	key := src + "|" + attrs["predicate"] + "|" + dst
	if _, dup := g.edges[key]; dup {
		return fmt.Errorf("edge %s twice", key)
	}
	g.edges[key] = attrs
	return nil
}

// decoders read each checked format back into an actorGraph.
var decoders = []struct {
	format export.Format
	decode func(b []byte) (*actorGraph, error)
}{
	{export.GraphML, decodeGraphML},
	{export.Cytoscape, decodeCytoscape},
	{export.CSV, decodeCSV},
}

func decodeGraphML(b []byte) (*actorGraph, error) {
	type data struct {
		Key  string `xml:"key,attr"`
		Text string `xml:",chardata"`
	}
	var doc struct {
		Keys []struct {
			ID   string `xml:"id,attr"`
			Name string `xml:"attr.name,attr"`
		} `xml:"key"`
		Nodes []struct {
			ID   string `xml:"id,attr"`
			Data []data `xml:"data"`
		} `xml:"graph>node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []data `xml:"data"`
		} `xml:"graph>edge"`
	}
	if err := xml.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	keys := map[string]string{}
	for _, k := range doc.Keys {
		keys[k.ID] = k.Name
	}
	attrs := func(ds []data) map[string]string {
		m := map[string]string{}
		for _, d := range ds {
			m[keys[d.Key]] = d.Text
		}
		return m
	}
	g := newActorGraph()
	names := map[string]string{}
	for _, n := range doc.Nodes {
		a := attrs(n.Data)
		names[n.ID] = a["name"]
		g.nodes[a["name"]] = a
	}
	for _, e := range doc.Edges {
		src, ok1 := names[e.Source]
		dst, ok2 := names[e.Target]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("edge %s → %s names an undeclared node", e.Source, e.Target)
		}
		if err := g.addEdge(src, dst, attrs(e.Data)); err != nil {
			return nil, err
		}
	}
	return g, nil
}

func decodeCytoscape(b []byte) (*actorGraph, error) {
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, err
	}
	text := func(v any) string {
		switch v := v.(type) {
		case nil:
			return ""
		case float64:
			return strconv.FormatFloat(v, 'g', -1, 64)
		case []any:
			parts := make([]string, len(v))
			for i, p := range v {
				parts[i] = fmt.Sprint(p)
			}
			return strings.Join(parts, export.ListSeparator)
		}
		return fmt.Sprint(v)
	}
	attrs := func(d map[string]any) map[string]string {
		m := map[string]string{}
		for k, v := range d {
			m[k] = text(v)
		}
		return m
	}
	g := newActorGraph()
	names := map[string]string{}
	for _, n := range doc.Elements.Nodes {
		a := attrs(n.Data)
		names[a["id"]] = a["name"]
		g.nodes[a["name"]] = a
	}
	for _, e := range doc.Elements.Edges {
		a := attrs(e.Data)
		src, ok1 := names[a["source"]]
		dst, ok2 := names[a["target"]]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("edge %s → %s names an undeclared node", a["source"], a["target"])
		}
		if err := g.addEdge(src, dst, a); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// decodeCSV reads the zip archive holding nodes.csv and edges.csv.
func decodeCSV(b []byte) (*actorGraph, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	tables := map[string][]map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		recs, err := csv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("%s has no header", f.Name)
		}
		for _, r := range recs[1:] {
			m := map[string]string{}
			for i, col := range recs[0] {
				m[col] = r[i]
			}
			tables[f.Name] = append(tables[f.Name], m)
		}
	}
	g := newActorGraph()
	names := map[string]string{}
	for _, n := range tables[export.NodesFile] {
		names[n["id"]] = n["name"]
		g.nodes[n["name"]] = n
	}
	for _, e := range tables[export.EdgesFile] {
		src, ok1 := names[e["source"]]
		dst, ok2 := names[e["target"]]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("edge %s → %s names an undeclared node", e["source"], e["target"])
		}
		if err := g.addEdge(src, dst, e); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// exportAs exports s in format f and reads it back.
func exportAs(t *testing.T, s *graph.Store, f export.Format, opt export.Options) *actorGraph {
	t.Helper()
	var buf bytes.Buffer
	var err error
	if f == export.CSV {
		zw := zip.NewWriter(&buf)
		err = export.Encode(context.Background(), export.NewCSV(zw.Create, false), s, opt)
		if cerr := zw.Close(); err == nil {
			err = cerr
		}
	} else {
		err = export.Write(context.Background(), &buf, s, f, opt)
	}
	if err != nil {
		t.Fatalf("export %s: %v", f, err)
	}
	g, err := decoders[slices.IndexFunc(decoders, func(d struct {
		format export.Format
		decode func(b []byte) (*actorGraph, error)
	}) bool {
		return d.format == f
	})].decode(buf.Bytes())
	if err != nil {
		t.Fatalf("read %s back: %v\n%s", f, err, head(buf.Bytes()))
	}
	return g
}

func head(b []byte) string {
	if len(b) > 2000 {
		b = b[:2000]
	}
	return string(b)
}

// The fixture's actor graph: node and edge attributes every format must
// carry. Mentions count the articles that mention the entity; aliases
// are kept as the store's lower-case lookup keys; the lists (aliases,
// articles, sources) are compared as sets, since their order is not part
// of the format.
var (
	wantNodes = map[string]map[string]string{
		"Steve Witkoff":  {"type": "Person", "mentions": "3", "aliases": "steve witkoff|witkoff"},
		"Yuri Ushakov":   {"type": "Person", "mentions": "2", "aliases": "ushakov|yuri ushakov"},
		"Vladimir Putin": {"type": "Person", "mentions": "3", "aliases": "putin|vladimir putin"},
		"Donald Trump":   {"type": "Person", "mentions": "2", "aliases": "donald trump|trump"},
		"Ukraine":        {"type": "Country", "mentions": "1"},
	}
	wantEdges = map[string]map[string]string{
		"Steve Witkoff|advise|Yuri Ushakov": {"class": "verbal-cooperation", "cameo": "02", "goldstein": "3", "evidence": "2",
			"articles": "a1|a2", "sources": "wire-a|wire-b", "first_seen": "2025-10-10T00:00:00Z", "last_seen": "2025-10-14T00:00:00Z"},
		"Yuri Ushakov|aide|Vladimir Putin": {"class": "role", "cameo": "", "evidence": "1", "articles": "a1", "sources": "wire-a",
			"first_seen": "2025-10-10T00:00:00Z", "last_seen": "2025-10-10T00:00:00Z"},
		"Vladimir Putin|threaten|Donald Trump": {"class": "verbal-conflict", "cameo": "13", "evidence": "1", "articles": "a2", "sources": "wire-b",
			"first_seen": "2025-10-14T00:00:00Z"},
		"Vladimir Putin|attack|Ukraine": {"class": "material-conflict", "cameo": "19", "goldstein": "-10", "evidence": "1", "articles": "a3", "sources": "wire-c",
			"last_seen": "2025-10-20T00:00:00Z"},
		"Steve Witkoff|meet|Donald Trump": {"class": "verbal-cooperation", "cameo": "04", "evidence": "1", "articles": "a3", "sources": "wire-c"},
	}
)

// checkGraph compares the node and edge sets of g with want (names and
// keys), and the attributes of those in wantNodes and wantEdges.
func checkGraph(t *testing.T, f export.Format, g *actorGraph, nodes, edges []string) {
	t.Helper()
	gotNodes := sortedKeys(g.nodes)
	slices.Sort(nodes)
	if !slices.Equal(gotNodes, nodes) {
		t.Errorf("%s nodes\n got %q\nwant %q", f, gotNodes, nodes)
	}
	gotEdges := sortedKeys(g.edges)
	slices.Sort(edges)
	if !slices.Equal(gotEdges, edges) {
		t.Errorf("%s edges\n got %q\nwant %q", f, gotEdges, edges)
	}
	for name, attrs := range g.nodes {
		for k, want := range wantNodes[name] {
			if got := attrs[k]; normal(k, got) != want {
				t.Errorf("%s node %s %s = %q, want %q", f, name, k, got, want)
			}
		}
	}
	for key, attrs := range g.edges {
		for k, want := range wantEdges[key] {
			if got := attrs[k]; normal(k, got) != want {
				t.Errorf("%s edge %s %s = %q, want %q", f, key, k, got, want)
			}
		}
	}
}

// normal returns an attribute value for comparison: lists sorted.
func normal(key, v string) string {
	switch key {
	case "aliases", "articles", "sources":
		parts := strings.Split(v, export.ListSeparator)
		slices.Sort(parts)
		return strings.Join(parts, export.ListSeparator)
	}
	return v
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func testExport(t *testing.T, open graphtest.Opener) {
	s := fixtureStore(t, open)
	for _, d := range decoders {
		t.Run(string(d.format), func(t *testing.T) {
			g := exportAs(t, s, d.format, export.Options{})
			checkGraph(t, d.format, g, sortedKeys(wantNodes), sortedKeys(wantEdges))
		})
	}
}

func testExportFilters(t *testing.T, open graphtest.Opener) {
	s := fixtureStore(t, open)
	const (
		advise   = "Steve Witkoff|advise|Yuri Ushakov"
		aide     = "Yuri Ushakov|aide|Vladimir Putin"
		threaten = "Vladimir Putin|threaten|Donald Trump"
		attack   = "Vladimir Putin|attack|Ukraine"
		meet     = "Steve Witkoff|meet|Donald Trump"
	)
	persons := []string{"Donald Trump", "Steve Witkoff", "Vladimir Putin", "Yuri Ushakov"}
	tests := []struct {
		name  string
		opt   export.Options
		nodes []string
		edges []string
	}{
		{"material conflict", export.Options{Filter: schema.Filter{Classes: []string{schema.MaterialConflict}}},
			[]string{"Vladimir Putin", "Ukraine"}, []string{attack}},
		{"material conflict, isolated kept", export.Options{KeepIsolated: true, Filter: schema.Filter{Classes: []string{schema.MaterialConflict}}},
			sortedKeys(wantNodes), []string{attack}},
		{"two articles", export.Options{Filter: schema.Filter{MinEvidence: 2}}, []string{"Steve Witkoff", "Yuri Ushakov"}, []string{advise}},
		{"persons", export.Options{Filter: schema.Filter{Types: []schema.EntityType{schema.Person}}}, persons, []string{advise, aide, threaten, meet}},
		{"since the third article", export.Options{Filter: schema.Filter{Since: day3}},
			[]string{"Donald Trump", "Steve Witkoff", "Vladimir Putin", "Ukraine"}, []string{attack, meet}},
		{"around Witkoff", export.Options{Actor: "Witkoff", Depth: 1}, []string{"Steve Witkoff", "Yuri Ushakov", "Donald Trump"}, []string{advise, meet}},
		{"around Ushakov, two steps", export.Options{Actor: "Ushakov", Depth: 2}, sortedKeys(wantNodes), sortedKeys(wantEdges)},
	}
	for _, tc := range tests {
		for _, d := range decoders {
			t.Run(tc.name+"/"+string(d.format), func(t *testing.T) {
				checkGraph(t, d.format, exportAs(t, s, d.format, tc.opt), tc.nodes, tc.edges)
			})
		}
	}
	t.Run("picture narrowed by class", func(t *testing.T) {
		var svg bytes.Buffer
		conflict := export.Options{MaxRenderNodes: 2, Filter: schema.Filter{Classes: []string{schema.MaterialConflict}}}
		if err := export.Write(context.Background(), &svg, s, export.SVG, conflict); err != nil {
			t.Fatalf("svg of the conflict edges: %v", err)
		}
		for _, label := range []string{">Vladimir Putin<", ">Ukraine<"} {
			if !bytes.Contains(svg.Bytes(), []byte(label)) {
				t.Errorf("svg has no node %s", label)
			}
		}
		if bytes.Contains(svg.Bytes(), []byte(">Steve Witkoff<")) {
			t.Errorf("svg draws Witkoff, who has no conflict edge")
		}
		err := export.Write(context.Background(), io.Discard, s, export.SVG, export.Options{MaxRenderNodes: 2})
		if !errors.Is(err, export.ErrTooLarge) {
			t.Errorf("svg of five nodes with a limit of two: %v, want ErrTooLarge", err)
		}
	})
}
