package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// encodeSample runs Write on the sample view and returns the output.
func encodeSample(t *testing.T, f Format, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(t.Context(), &buf, loadSample(t), f, opt); err != nil {
		t.Fatalf("write %s: %v", f, err)
	}
	return buf.Bytes()
}

// wantNames is the set of node names the sample exports.
func wantNames(v *sliceView) []string {
	var names []string
	for _, n := range v.nodes {
		names = append(names, n.Name)
	}
	slices.Sort(names)
	return names
}

// graphML is the part of a GraphML document the tests read back.
type graphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key  string `xml:"key,attr"`
				Text string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string `xml:"id,attr"`
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key  string `xml:"key,attr"`
				Text string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func TestGraphMLStructure(t *testing.T) {
	v := loadSample(t)
	var doc graphML
	if err := xml.Unmarshal(encodeSample(t, GraphML, Options{}), &doc); err != nil {
		t.Fatalf("graphml is not well-formed XML: %v", err)
	}
	types := map[string]string{}
	for _, k := range doc.Keys {
		types[k.For+"."+k.Name] = k.Type
	}
	for key, want := range map[string]string{
		"node.type": "string", "node.mentions": "int", "node.influence": "double", "node.aliases": "string",
		"edge.predicate": "string", "edge.goldstein": "double", "edge.evidence": "int", "edge.first_seen": "string",
	} {
		if types[key] != want {
			t.Errorf("key %s has attr.type %q, want %q", key, types[key], want)
		}
	}
	if _, ok := types["edge.statements"]; ok {
		t.Errorf("statements key written without IncludeStatements")
	}
	var names []string
	for _, n := range doc.Graph.Nodes {
		names = append(names, n.ID)
	}
	slices.Sort(names)
	if !slices.Equal(names, wantNames(v)) {
		t.Errorf("node ids\n got %q\nwant %q", names, wantNames(v))
	}
	if len(doc.Graph.Edges) != sampleEdges {
		t.Fatalf("got %d edges, want %d (the edge from an absent node dropped)", len(doc.Graph.Edges), sampleEdges)
	}
	parallel := 0
	for _, e := range doc.Graph.Edges {
		if e.Source == "Vladimir Putin" && e.Target == "Donald Trump" {
			parallel++
		}
		if e.Source == "Nobody Written" {
			t.Errorf("edge %s names a node the file does not declare", e.ID)
		}
	}
	if parallel != 2 {
		t.Errorf("got %d Putin→Trump edges, want 2 parallel edges", parallel)
	}
}

func TestGEXFStructure(t *testing.T) {
	out := encodeSample(t, GEXF, Options{})
	var doc struct {
		XMLName xml.Name
		Version string `xml:"version,attr"`
		Graph   struct {
			Attributes []struct {
				Class string `xml:"class,attr"`
				Attr  []struct {
					ID    string `xml:"id,attr"`
					Title string `xml:"title,attr"`
					Type  string `xml:"type,attr"`
				} `xml:"attribute"`
			} `xml:"attributes"`
			Nodes []struct {
				ID    string `xml:"id,attr"`
				Label string `xml:"label,attr"`
			} `xml:"nodes>node"`
			Edges []struct {
				Source string  `xml:"source,attr"`
				Target string  `xml:"target,attr"`
				Kind   string  `xml:"kind,attr"`
				Weight float64 `xml:"weight,attr"`
			} `xml:"edges>edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("gexf is not well-formed XML: %v", err)
	}
	if doc.XMLName.Space != "http://gexf.net/1.3" || doc.Version != "1.3" {
		t.Errorf("namespace %q version %q, want GEXF 1.3", doc.XMLName.Space, doc.Version)
	}
	types := map[string]string{}
	for _, a := range doc.Graph.Attributes {
		for _, at := range a.Attr {
			types[a.Class+"."+at.Title] = at.Type
		}
	}
	if types["node.mentions"] != "integer" || types["node.influence"] != "double" || types["edge.evidence"] != "integer" {
		t.Errorf("attribute types %v", types)
	}
	if len(doc.Graph.Nodes) != sampleNodes || len(doc.Graph.Edges) != sampleEdges {
		t.Errorf("got %d nodes %d edges, want %d %d", len(doc.Graph.Nodes), len(doc.Graph.Edges), sampleNodes, sampleEdges)
	}
	for _, e := range doc.Graph.Edges {
		if e.Source == "Vladimir Putin" && e.Target == "Ukraine" && (e.Kind != "attack" || e.Weight != 12) {
			t.Errorf("attack edge kind %q weight %v, want attack 12", e.Kind, e.Weight)
		}
	}
}

func TestCytoscapeStructure(t *testing.T) {
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	out := encodeSample(t, Cytoscape, Options{})
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("cytoscape export is not JSON: %v\n%s", err, out)
	}
	if len(doc.Elements.Nodes) != sampleNodes || len(doc.Elements.Edges) != sampleEdges {
		t.Fatalf("got %d nodes %d edges, want %d %d", len(doc.Elements.Nodes), len(doc.Elements.Edges), sampleNodes, sampleEdges)
	}
	putin := doc.Elements.Nodes[1].Data
	if putin["id"] != "Vladimir Putin" || putin["mentions"] != 6.0 || !slices.Contains(putin["aliases"].([]any), any("Владимир Путин")) {
		t.Errorf("putin data %v", putin)
	}
	e := doc.Elements.Edges[0].Data
	if e["source"] != "Steve Witkoff" || e["target"] != "Yuri Ushakov" || e["evidence"] != 2.0 || e["first_seen"] != "2025-10-14T00:00:00Z" {
		t.Errorf("first edge data %v", e)
	}
}

func TestCSV(t *testing.T) {
	tests := []struct {
		name       string
		statements bool
		wantCols   int
	}{
		{"plain", false, 3 + len(edgeAttrs) - 1},
		{"with statements", true, 3 + len(edgeAttrs)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			zw := zip.NewWriter(&buf)
			opt := Options{IncludeStatements: tt.statements, Statements: func(ctx context.Context, e schema.Edge) ([]string, error) {
				return []string{e.Subject + " " + e.Predicate + "s " + e.Object + ", \"quoted\"."}, nil
			}}
			if err := Encode(t.Context(), NewCSV(zw.Create, tt.statements), loadSample(t), opt); err != nil {
				t.Fatal(err)
			}
			if err := zw.Close(); err != nil {
				t.Fatal(err)
			}
			zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			if err != nil {
				t.Fatal(err)
			}
			files := map[string][][]string{}
			for _, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				rows, err := csv.NewReader(rc).ReadAll()
				rc.Close()
				if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				files[f.Name] = rows
			}
			nodes, edges := files[NodesFile], files[EdgesFile]
			if len(nodes) != sampleNodes+1 || len(edges) != sampleEdges+1 {
				t.Fatalf("got %d node rows %d edge rows, want %d %d with headers", len(nodes), len(edges), sampleNodes+1, sampleEdges+1)
			}
			if got := strings.Join(edges[0][:4], ","); got != "id,source,target,label" {
				t.Errorf("edges header starts %q", got)
			}
			if len(edges[0]) != tt.wantCols {
				t.Errorf("edges has %d columns, want %d", len(edges[0]), tt.wantCols)
			}
			if nodes[8][0] != "AT&T <\"Research\"> Lab" {
				t.Errorf("node 8 id %q", nodes[8][0])
			}
			if tt.statements && !strings.Contains(edges[1][len(edges[1])-1], `"quoted"`) {
				t.Errorf("statements column %q", edges[1][len(edges[1])-1])
			}
		})
	}
}

func TestFilters(t *testing.T) {
	tests := []struct {
		name      string
		opt       Options
		wantNodes []string
		wantEdges int
	}{
		{"all", Options{}, nil, sampleEdges},
		{"persons only", Options{Filter: schema.Filter{Types: []schema.EntityType{schema.Person}}},
			[]string{"Donald Trump", "Steve Witkoff", "Vladimir Putin", "Volodymyr Zelensky", "Yuri Ushakov"}, 5},
		// An edge filter drops the nodes it leaves without edges.
		{"conflict only", Options{Filter: schema.Filter{Classes: []string{schema.VerbalConflict, schema.MaterialConflict}}},
			[]string{"Donald Trump", "Ukraine", "Vladimir Putin"}, 2},
		{"conflict only, isolated kept", Options{KeepIsolated: true, Filter: schema.Filter{Classes: []string{schema.VerbalConflict, schema.MaterialConflict}}}, nil, 2},
		{"min evidence 3", Options{Filter: schema.Filter{MinEvidence: 3}}, []string{"Donald Trump", "Ukraine", "Vladimir Putin"}, 3},
		{"min evidence 3, isolated kept", Options{Filter: schema.Filter{MinEvidence: 3}, KeepIsolated: true}, nil, 3},
		// Nobody Written (not a node) supports Ukraine: that edge is not
		// written, so it keeps nobody.
		{"material cooperation", Options{Filter: schema.Filter{Classes: []string{schema.MaterialCooperation}}},
			[]string{"AT&T <\"Research\"> Lab", "Back\\slash été 北京"}, 1},
		// Putin attacks Ukraine, a country: with persons only, that edge
		// goes and Putin with it.
		{"persons in material conflict", Options{Filter: schema.Filter{Types: []schema.EntityType{schema.Person}, Classes: []string{schema.MaterialConflict}}},
			[]string{}, 0},
		{"persons in conflict", Options{Filter: schema.Filter{Types: []schema.EntityType{schema.Person}, Classes: []string{schema.VerbalConflict, schema.MaterialConflict}}},
			[]string{"Donald Trump", "Vladimir Putin"}, 1},
		{"around Witkoff depth 1", Options{Actor: "Witkoff", Depth: 1}, []string{"Steve Witkoff", "Yuri Ushakov"}, 1},
		{"around Witkoff depth 2", Options{Actor: "Witkoff", Depth: 2}, []string{"Steve Witkoff", "Vladimir Putin", "Yuri Ushakov"}, 2},
		{"around Putin depth 1 conflict", Options{Actor: "Путин", Depth: 1, Filter: schema.Filter{Classes: []string{schema.MaterialConflict}}},
			[]string{"Ukraine", "Vladimir Putin"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := loadSample(t)
			if tt.name == "around Putin depth 1 conflict" {
				v.nodes[1].Aliases = append(v.nodes[1].Aliases, "Путин")
			}
			rec := &recorder{}
			if err := Encode(t.Context(), rec, v, tt.opt); err != nil {
				t.Fatal(err)
			}
			want := tt.wantNodes
			if want == nil {
				want = wantNames(v)
			}
			got := slices.Clone(rec.nodes)
			slices.Sort(got)
			if !slices.Equal(got, want) && (len(got) > 0 || len(want) > 0) {
				t.Errorf("nodes\n got %q\nwant %q", got, want)
			}
			if len(rec.edges) != tt.wantEdges {
				t.Errorf("got %d edges %q, want %d", len(rec.edges), rec.edges, tt.wantEdges)
			}
			if !rec.closed {
				t.Errorf("encoder not closed")
			}
		})
	}
}

// recorder is an Encoder that records what it is given and checks the
// order contract: ids in sequence, every node before any edge.
type recorder struct {
	nodes  []string
	edges  []string
	closed bool
	err    error
}

func (r *recorder) Node(id int, n *schema.Node) error {
	if len(r.edges) > 0 || id != len(r.nodes) {
		return errors.New("node out of order")
	}
	r.nodes = append(r.nodes, n.Name)
	return nil
}

func (r *recorder) Edge(id, src, dst int, e *Edge) error {
	if id != len(r.edges) || r.nodes[src] != e.Subject || r.nodes[dst] != e.Object {
		return errors.New("edge ids or ends wrong")
	}
	r.edges = append(r.edges, e.Subject+" "+e.Predicate+" "+e.Object)
	return nil
}

func (r *recorder) Close() error { r.closed = true; return r.err }

func TestErrors(t *testing.T) {
	ctx := t.Context()
	v := loadSample(t)
	if _, err := ParseFormat("gml"); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("ParseFormat(gml) = %v, want ErrUnknownFormat", err)
	}
	if f, err := ParseFormat(" GraphML "); err != nil || f != GraphML {
		t.Errorf("ParseFormat(GraphML) = %q, %v", f, err)
	}
	if err := Write(ctx, io.Discard, v, NQuads, Options{}); !errors.Is(err, ErrNotDumper) {
		t.Errorf("nquads from a view without Dump: %v", err)
	}
	if err := Write(ctx, io.Discard, &struct{ View }{v}, DOT, Options{Actor: "Putin"}); !errors.Is(err, ErrNeedNeighbours) {
		t.Errorf("actor filter without Neighbours: %v", err)
	}
	if err := Write(ctx, io.Discard, v, DOT, Options{Actor: "Nobody"}); err == nil || !strings.Contains(err.Error(), `"Nobody"`) {
		t.Errorf("unknown actor: %v", err)
	}
	if err := Write(ctx, io.Discard, v, SVG, Options{MaxRenderNodes: 3}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("render over the node limit: %v", err)
	}
	if err := Write(ctx, io.Discard, v, PNG, Options{MaxRenderEdges: 2}); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "more than 2 edges") {
		t.Errorf("render over the edge limit: %v", err)
	}
	boom := errors.New("disk full")
	for _, f := range []Format{GraphML, GEXF, DOT, Cytoscape} {
		if err := Write(ctx, failWriter{boom}, v, f, Options{}); !errors.Is(err, boom) {
			t.Errorf("%s to a failing writer: %v, want %v", f, err, boom)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if err := Write(cancelled, io.Discard, v, GraphML, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled export: %v", err)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write(p []byte) (int, error) { return 0, f.err }

func TestDOTQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`say "hi"`, `"say \"hi\""`},
		{`back\`, `"back\\"`},
		{"two\nlines", `"two\nlines"`},
		{"bell\x07tab\t", `"belltab"`},
		{"bad \xff utf8", "\"bad \uFFFD utf8\""},
		{"Путин 北京", `"Путин 北京"`},
	}
	for _, tt := range tests {
		if got := dotQuote(tt.in); got != tt.want {
			t.Errorf("dotQuote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestIncludeStatements(t *testing.T) {
	calls := 0
	opt := Options{IncludeStatements: true, Statements: func(ctx context.Context, e schema.Edge) ([]string, error) {
		calls++
		return []string{"S1 about " + e.Predicate, "S2 & <more>"}, nil
	}}
	var doc graphML
	if err := xml.Unmarshal(encodeSample(t, GraphML, opt), &doc); err != nil {
		t.Fatal(err)
	}
	if calls != sampleEdges {
		t.Errorf("statements looked up %d times, want once per edge (%d)", calls, sampleEdges)
	}
	key := ""
	for _, k := range doc.Keys {
		if k.Name == "statements" {
			key = k.ID
		}
	}
	if key == "" {
		t.Fatal("no statements key")
	}
	for _, d := range doc.Graph.Edges[0].Data {
		if d.Key == key {
			if d.Text != "S1 about advise|S2 & <more>" {
				t.Errorf("statements %q", d.Text)
			}
			return
		}
	}
	t.Errorf("first edge has no statements data")
}

func TestSameNameDifferentEntities(t *testing.T) {
	v := &sliceView{
		nodes: []schema.Node{
			{ID: "ng:entity/country/georgia", Name: "Georgia", Type: schema.Country},
			{ID: "ng:entity/location/georgia", Name: "Georgia", Type: schema.Location},
			{ID: "ng:entity/person/joe", Name: "Joe", Type: schema.Person},
		},
		edges: []schema.Edge{
			{Subject: "Joe", SubjectID: "ng:entity/person/joe", Predicate: "visit", Object: "Georgia", ObjectID: "ng:entity/location/georgia", Evidence: 1},
			{Subject: "Georgia", SubjectID: "ng:entity/country/georgia", Predicate: "sanction", Object: "Joe", ObjectID: "ng:entity/person/joe", Evidence: 1},
		},
	}
	var buf bytes.Buffer
	if err := Write(t.Context(), &buf, v, GraphML, Options{}); err != nil {
		t.Fatal(err)
	}
	var doc graphML
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Graph.Nodes) != 3 {
		t.Fatalf("got %d nodes, want both Georgias kept apart", len(doc.Graph.Nodes))
	}
	got := []string{doc.Graph.Edges[0].Target, doc.Graph.Edges[1].Source}
	want := []string{"ng:entity/location/georgia", "ng:entity/country/georgia"}
	if !slices.Equal(got, want) {
		t.Errorf("edge ends %q, want %q", got, want)
	}
}

func TestRankAndBracketedIDs(t *testing.T) {
	v := &sliceView{
		nodes: []schema.Node{
			{ID: "<ng:entity/person/a>", Name: "A", Type: schema.Person, Influence: 0.9},
			{ID: "<ng:entity/person/b>", Name: "B", Type: schema.Person},
		},
		edges: []schema.Edge{{Subject: "A", SubjectID: "<ng:entity/person/a>", Predicate: "advise", Object: "B", ObjectID: "<ng:entity/person/b>", Evidence: 1}},
	}
	rank := func(ctx context.Context, view View, f schema.Filter) (map[string]float64, error) {
		return map[string]float64{"<ng:entity/person/a>": 0.25, "<ng:entity/person/b>": 0.75}, nil
	}
	var doc struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	var buf bytes.Buffer
	if err := Write(t.Context(), &buf, v, Cytoscape, Options{Rank: rank}); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc.Elements.Nodes[0].Data; got["id"] != "ng:entity/person/a" || got["influence"] != 0.25 {
		t.Errorf("node A data %v, want bare IRI and rank 0.25", got)
	}
	if got := doc.Elements.Edges[0].Data; got["source"] != "ng:entity/person/a" || got["target"] != "ng:entity/person/b" {
		t.Errorf("edge data %v", got)
	}
	failing := func(ctx context.Context, view View, f schema.Filter) (map[string]float64, error) {
		return nil, errors.New("no graph")
	}
	if err := Write(t.Context(), io.Discard, v, GraphML, Options{Rank: failing}); err == nil || !strings.Contains(err.Error(), "no graph") {
		t.Errorf("failing ranker: %v", err)
	}
}

func TestPictureOmitsIsolatedNodes(t *testing.T) {
	v := loadSample(t)
	v.nodes = append(v.nodes, schema.Node{Name: "Lonely Node", Type: schema.Person})
	var svg, dot bytes.Buffer
	if err := Write(t.Context(), &svg, v, SVG, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(t.Context(), &dot, v, DOT, Options{}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(svg.Bytes(), []byte("Lonely Node")) {
		t.Errorf("svg draws a node without edges")
	}
	if !bytes.Contains(dot.Bytes(), []byte("Lonely Node")) {
		t.Errorf("dot export lost a node without edges; only pictures leave them out")
	}
}

func TestPictureLimitsAfterEdgeFilter(t *testing.T) {
	conflict := schema.Filter{Classes: []string{schema.VerbalConflict, schema.MaterialConflict}}
	lonely := func(v *sliceView) {
		v.nodes = append(v.nodes, schema.Node{Name: "Lonely Node", Type: schema.Person})
	}
	noEdges := func(v *sliceView) { v.edges = nil }
	tests := []struct {
		name    string
		opt     Options
		change  func(*sliceView)
		tooBig  bool
		want    []string // labels the SVG shows
		wantNot []string // labels it does not
	}{
		// The sample's nine nodes all have edges.
		{"over the node limit", Options{MaxRenderNodes: 4}, nil, true, nil, nil},
		{"conflict edges fit", Options{MaxRenderNodes: 4, Filter: conflict}, nil, false,
			[]string{"Vladimir Putin", "Donald Trump", "Ukraine"}, []string{"Steve Witkoff", "Kremlin"}},
		{"evidence filter fits", Options{MaxRenderNodes: 3, MaxRenderEdges: 3, Filter: schema.Filter{MinEvidence: 3}}, nil, false,
			[]string{"Vladimir Putin", "Ukraine"}, []string{"Yuri Ushakov"}},
		{"isolated nodes count when kept", Options{MaxRenderNodes: 4, Filter: conflict, KeepIsolated: true}, nil, true, nil, nil},
		// A node without edges would push nine nodes to ten.
		{"isolated node not counted", Options{MaxRenderNodes: 9}, lonely, false, []string{"Yuri Ushakov"}, []string{"Lonely Node"}},
		{"isolated node kept", Options{KeepIsolated: true}, lonely, false, []string{"Lonely Node", "Yuri Ushakov"}, nil},
		{"no edges: the nodes are the picture", Options{}, noEdges, false, []string{"Yuri Ushakov", "Kremlin"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := loadSample(t)
			if tt.change != nil {
				tt.change(v)
			}
			var svg bytes.Buffer
			err := Write(t.Context(), &svg, v, SVG, tt.opt)
			if tt.tooBig {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("got %v, want ErrTooLarge", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !bytes.Contains(svg.Bytes(), []byte(">"+w+"<")) {
					t.Errorf("svg has no node labelled %q", w)
				}
			}
			for _, w := range tt.wantNot {
				if bytes.Contains(svg.Bytes(), []byte(">"+w+"<")) {
					t.Errorf("svg draws %q", w)
				}
			}
		})
	}
}

// noScan is a view whose full streams fail: an export around one actor
// must read only that actor's neighbourhood.
type noScan struct{ *sliceView }

func (noScan) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	return errors.New("full node scan")
}

func (noScan) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	return errors.New("full edge scan")
}

func TestActorExportReadsNeighbourhoodOnly(t *testing.T) {
	rec := &recorder{}
	if err := Encode(t.Context(), rec, noScan{loadSample(t)}, Options{Actor: "Putin", Depth: 1}); err != nil {
		t.Fatal(err)
	}
	want := []string{"Donald Trump", "Ukraine", "Vladimir Putin", "Yuri Ushakov"}
	got := slices.Clone(rec.nodes)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("nodes %q, want %q", got, want)
	}
	// Putin call/warn Trump, Putin attack Ukraine, Ushakov envoy of Putin.
	if len(rec.edges) != 4 {
		t.Errorf("edges %q, want 4", rec.edges)
	}
}
