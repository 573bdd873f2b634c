package export

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// These tests hand the exports to the programs analysts open them with.
// Outside CI a missing program skips the test with the install line; with
// CI=true it fails, because .ci/run installs every one of them.

// needTool returns the path of a program, or skips (fails under CI).
func needTool(t *testing.T, path, install string) string {
	t.Helper()
	p, err := exec.LookPath(path)
	if err != nil {
		missing(t, path+" not found ("+install+")")
	}
	return p
}

func missing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("consumer check cannot run under CI: %s", why)
	}
	t.Skipf("skipping consumer check: %s", why)
}

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, name string, args ...string) []byte {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Logf("%s stderr: %s", name, stderr.String())
	}
	return out
}

func TestGraphvizRendersDOT(t *testing.T) {
	dot := needTool(t, "dot", "apt-get install graphviz")
	v := loadSample(t)
	path := writeTemp(t, "sample.dot", encodeSample(t, DOT, Options{}))
	// dot's own JSON output says what it parsed and laid out.
	var laid struct {
		Objects []struct {
			Label     string `json:"label"`
			FillColor string `json:"fillcolor"`
		} `json:"objects"`
		Edges []struct {
			Label string `json:"label"`
			Color string `json:"color"`
		} `json:"edges"`
	}
	if err := json.Unmarshal(run(t, dot, "-Tjson", path), &laid); err != nil {
		t.Fatalf("dot -Tjson output: %v", err)
	}
	var labels []string
	for _, o := range laid.Objects {
		labels = append(labels, strings.ReplaceAll(o.Label, `\\`, `\`))
	}
	slices.Sort(labels)
	if !slices.Equal(labels, wantNames(v)) {
		t.Errorf("dot laid out nodes\n got %q\nwant %q", labels, wantNames(v))
	}
	if len(laid.Edges) != sampleEdges {
		t.Errorf("dot laid out %d edges, want %d", len(laid.Edges), sampleEdges)
	}
	for _, e := range laid.Edges {
		if strings.HasPrefix(e.Label, "attack") && e.Color != EdgeColor("material-conflict") {
			t.Errorf("attack edge colour %q", e.Color)
		}
	}
	svg := run(t, dot, "-Tsvg", path)
	if err := xml.Unmarshal(svg, new(struct{})); err != nil {
		t.Errorf("dot -Tsvg is not well-formed: %v", err)
	}
	if !bytes.Contains(svg, []byte("Владимир Путин")) && !bytes.Contains(svg, []byte("Vladimir Putin")) {
		t.Errorf("svg lacks node labels")
	}
}

// nxGraph is what testdata/networkx_read.py prints.
type nxGraph struct {
	Version    string                       `json:"version"`
	Multigraph bool                         `json:"multigraph"`
	Directed   bool                         `json:"directed"`
	Nodes      map[string]map[string]any    `json:"nodes"`
	NodeTypes  map[string]map[string]string `json:"node_types"`
	Edges      [][]json.RawMessage          `json:"edges"`
}

func TestNetworkXReadsGraphMLAndGEXF(t *testing.T) {
	// Debian's python3-networkx installs for the system interpreter, which
	// may differ from a python3 earlier on PATH.
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		missing(t, py+" not found (apt-get install python3-networkx)")
	}
	if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
		missing(t, "networkx not importable by "+py+" (apt-get install python3-networkx)")
	}
	v := loadSample(t)
	for _, f := range []Format{GraphML, GEXF} {
		t.Run(string(f), func(t *testing.T) {
			path := writeTemp(t, "sample."+string(f), encodeSample(t, f, Options{}))
			var g nxGraph
			if err := json.Unmarshal(run(t, py, filepath.Join("testdata", "networkx_read.py"), string(f), path), &g); err != nil {
				t.Fatal(err)
			}
			t.Logf("networkx %s", g.Version)
			if !g.Directed || !g.Multigraph {
				t.Errorf("directed %v multigraph %v, want a directed multigraph (parallel edges)", g.Directed, g.Multigraph)
			}
			if len(g.Nodes) != sampleNodes || len(g.Edges) != sampleEdges {
				t.Fatalf("networkx read %d nodes %d edges, want %d %d", len(g.Nodes), len(g.Edges), sampleNodes, sampleEdges)
			}
			for _, n := range v.nodes {
				got, ok := g.Nodes[n.Name]
				if !ok {
					t.Errorf("node %q missing", n.Name)
					continue
				}
				if got["type"] != string(n.Type) || got["mentions"] != float64(n.Mentions) || got["influence"] != n.Influence {
					t.Errorf("node %q attributes %v", n.Name, got)
				}
				if len(n.Aliases) > 0 && got["aliases"] != strings.Join(n.Aliases, ListSeparator) {
					t.Errorf("node %q aliases %v", n.Name, got["aliases"])
				}
				if ty := g.NodeTypes[n.Name]; ty["mentions"] != "int" || ty["influence"] != "float" {
					t.Errorf("node %q attribute types %v, want int mentions and float influence", n.Name, ty)
				}
			}
			type key struct{ s, p, o string }
			want := map[key]bool{}
			for _, e := range v.edges[:sampleEdges] {
				want[key{e.Subject, e.Predicate, e.Object}] = true
			}
			for _, raw := range g.Edges {
				var u, w string
				var attrs map[string]any
				var types map[string]string
				for i, dst := range []any{&u, &w, &attrs, &types} {
					if err := json.Unmarshal(raw[i], dst); err != nil {
						t.Fatal(err)
					}
				}
				k := key{u, attrs["predicate"].(string), w}
				if !want[k] {
					t.Errorf("unexpected edge %v", k)
				}
				delete(want, k)
				if types["evidence"] != "int" || types["goldstein"] != "float" {
					t.Errorf("edge %v attribute types %v", k, types)
				}
				if k.p == "advise" && (attrs["evidence"] != 2.0 || attrs["goldstein"] != 3.0 || attrs["class"] != "verbal-cooperation" ||
					attrs["cameo"] != "02" || attrs["first_seen"] != "2025-10-14T00:00:00Z" || attrs["last_seen"] != "2025-10-16T00:00:00Z" ||
					attrs["sources"] != "seed.txt|https://example.org/x?a=1&b=2") {
					t.Errorf("advise edge attributes %v", attrs)
				}
			}
			if len(want) > 0 {
				t.Errorf("edges networkx did not read: %v", want)
			}
		})
	}
}

func TestCytoscapeJSLoads(t *testing.T) {
	node := needTool(t, "node", "apt-get install nodejs")
	dir := filepath.Join("testdata", "cytoscape")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "cytoscape")); err != nil {
		if _, err := exec.LookPath("npm"); err != nil {
			missing(t, "cytoscape.js not installed and npm not found (cd export/testdata/cytoscape && npm ci)")
		}
		cmd := exec.CommandContext(t.Context(), "npm", "ci", "--no-audit", "--no-fund")
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			missing(t, "npm ci in "+dir+" failed: "+err.Error()+"\n"+string(out))
		}
	}
	v := loadSample(t)
	path := writeTemp(t, "sample.json", encodeSample(t, Cytoscape, Options{}))
	var got struct {
		Version  string           `json:"version"`
		Nodes    int              `json:"nodes"`
		Edges    int              `json:"edges"`
		Dangling int              `json:"dangling"`
		NodeData []map[string]any `json:"nodeData"`
		EdgeData []map[string]any `json:"edgeData"`
	}
	if err := json.Unmarshal(run(t, node, filepath.Join(dir, "load.js"), path), &got); err != nil {
		t.Fatal(err)
	}
	t.Logf("cytoscape.js %s", got.Version)
	if got.Nodes != sampleNodes || got.Edges != sampleEdges || got.Dangling != 0 {
		t.Fatalf("cytoscape.js holds %d nodes %d edges (%d dangling), want %d %d", got.Nodes, got.Edges, got.Dangling, sampleNodes, sampleEdges)
	}
	var ids []string
	for _, d := range got.NodeData {
		ids = append(ids, d["id"].(string))
	}
	slices.Sort(ids)
	if !slices.Equal(ids, wantNames(v)) {
		t.Errorf("cytoscape node ids\n got %q\nwant %q", ids, wantNames(v))
	}
	for _, d := range got.EdgeData {
		if d["predicate"] == "attack" && (d["source"] != "Vladimir Putin" || d["evidence"] != 12.0 || d["goldstein"] != -10.0) {
			t.Errorf("attack edge data %v", d)
		}
	}
}

func TestRenderPictures(t *testing.T) {
	t.Run("svg", func(t *testing.T) {
		svg := encodeSample(t, SVG, Options{})
		if err := xml.Unmarshal(svg, new(struct{})); err != nil {
			t.Fatalf("svg is not well-formed: %v", err)
		}
		for _, want := range []string{"Yuri Ushakov", "Back\\slash été 北京", "AT&amp;T &lt;&quot;Research&quot;&gt; Lab",
			EdgeColor("material-conflict"), EdgeColor("verbal-cooperation"), NodeColor("Person")} {
			if !bytes.Contains(svg, []byte(want)) {
				t.Errorf("svg lacks %q", want)
			}
		}
	})
	t.Run("png", func(t *testing.T) {
		img, err := png.Decode(bytes.NewReader(encodeSample(t, PNG, Options{})))
		if err != nil {
			t.Fatalf("png does not decode: %v", err)
		}
		b := img.Bounds()
		if b.Dx() < 400 || b.Dy() < 100 {
			t.Errorf("png is %dx%d, too small to read", b.Dx(), b.Dy())
		}
		// The picture uses the class and type colours: count pixels of each.
		want := map[string]int{EdgeColor("material-conflict"): 0, EdgeColor("verbal-cooperation"): 0, NodeColor("Person"): 0, NodeColor("Country"): 0}
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				r, g, bl, _ := img.At(x, y).RGBA()
				hex := "#" + hex2(r>>8) + hex2(g>>8) + hex2(bl>>8)
				if _, ok := want[hex]; ok {
					want[hex]++
				}
			}
		}
		for c, n := range want {
			if n < 50 {
				t.Errorf("png has %d pixels of %s, want it drawn", n, c)
			}
		}
	})
}

func hex2(v uint32) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[v>>4&0xf], digits[v&0xf]})
}

// TestSeedPicture checks the picture the README shows: made by
// `newsgraph export -o docs/seed.svg` from a store holding the seed
// article, it is well-formed SVG naming the article's main actors.
func TestSeedPicture(t *testing.T) {
	svg, err := os.ReadFile(filepath.Join("..", "docs", "seed.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(svg, new(struct{})); err != nil {
		t.Fatalf("docs/seed.svg is not well-formed: %v", err)
	}
	for _, actor := range []string{"Steve Witkoff", "Yuri Ushakov", "Vladimir Putin", "Trump"} {
		if !bytes.Contains(svg, []byte(">"+actor+"<")) {
			t.Errorf("docs/seed.svg has no node labelled %q", actor)
		}
	}
}
