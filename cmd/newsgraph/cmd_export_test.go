package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// exportTestStore holds one article: Witkoff advised Ushakov (twice),
// Ushakov is an aide of Putin, Putin threatened Trump, a negated
// statement that must not become an edge, and Trump praising "the plan",
// a Thing that exports leave out unless asked for.
func exportTestStore(t *testing.T) *graph.Store {
	t.Helper()
	s := graph.NewTestStore(t)
	ent := func(name string, typ schema.EntityType, aliases ...string) schema.Entity {
		return schema.Entity{Name: name, Type: typ, Aliases: aliases, Mentions: 1}
	}
	st := func(i int, subj, pred, obj, sentence string, negated bool) schema.Statement {
		voc, _ := schema.Vocabulary().Lookup(pred)
		return schema.Statement{Cameo: voc.Cameo, Role: voc.Role, Subject: subj, SubjectType: schema.Person, SubjectText: subj, Predicate: pred, PredicateText: pred,
			Object: obj, ObjectType: schema.Person, ObjectText: obj, Negated: negated, Modality: schema.Asserted,
			Confidence: 0.9, Sentence: i, SentenceText: sentence, Span: schema.Span{0, len(sentence)}, Source: "seed.txt"}
	}
	thing := func(s schema.Statement) schema.Statement {
		s.ObjectType = schema.Thing
		return s
	}
	x := &schema.Extraction{
		Entities: []schema.Entity{
			ent("Steve Witkoff", schema.Person, "Witkoff"), ent("Yuri Ushakov", schema.Person, "Ushakov"),
			ent("Vladimir Putin", schema.Person, "Putin"), ent("Donald Trump", schema.Person, "Trump"),
		},
		Statements: []schema.Statement{
			st(0, "Steve Witkoff", "advise", "Yuri Ushakov", "Witkoff advised Ushakov.", false),
			st(1, "Steve Witkoff", "advise", "Yuri Ushakov", "Witkoff again advised Ushakov.", false),
			st(2, "Yuri Ushakov", "aide of", "Vladimir Putin", "Ushakov, an aide of Putin, listened.", false),
			st(3, "Vladimir Putin", "threaten", "Donald Trump", "Putin threatened Trump.", false),
			st(4, "Donald Trump", "praise", "Vladimir Putin", "Trump did not praise Putin.", true),
			thing(st(5, "Donald Trump", "praise", "the plan", "Trump praised the plan.", false)),
		},
	}
	a := schema.Article{ID: "seed.txt", Source: "seed.txt", Title: "Seed", Hash: strings.Repeat("ab", 32),
		Published: time.Date(2025, 10, 17, 0, 0, 0, 0, time.UTC), Ingested: time.Date(2025, 10, 18, 0, 0, 0, 0, time.UTC)}
	if _, err := s.WriteArticle(t.Context(), a, x); err != nil {
		t.Fatal(err)
	}
	return s
}

// cyto is the Cytoscape.js export as the tests read it.
type cyto struct {
	Elements struct {
		Nodes []struct{ Data map[string]any } `json:"nodes"`
		Edges []struct{ Data map[string]any } `json:"edges"`
	} `json:"elements"`
}

func (c cyto) names() []string {
	var out []string
	for _, n := range c.Elements.Nodes {
		out = append(out, n.Data["name"].(string))
	}
	slices.Sort(out)
	return out
}

func (c cyto) predicates() []string {
	var out []string
	for _, e := range c.Elements.Edges {
		out = append(out, e.Data["predicate"].(string))
	}
	slices.Sort(out)
	return out
}

func TestRunExportFilters(t *testing.T) {
	s := exportTestStore(t)
	all := []string{"Donald Trump", "Steve Witkoff", "Vladimir Putin", "Yuri Ushakov"}
	tests := []struct {
		name      string
		opts      exportOptions
		wantNodes []string
		wantPreds []string
	}{
		{"named entities (the default)", exportOptions{}, all, []string{"advise", "aide of", "threaten"}},
		// An edge filter leaves out the actors it leaves without edges.
		{"conflict only", exportOptions{Classes: []string{"verbal-conflict,material-conflict"}}, []string{"Donald Trump", "Vladimir Putin"}, []string{"threaten"}},
		{"conflict only, isolated kept", exportOptions{Classes: []string{"verbal-conflict,material-conflict"}, KeepIsolated: true}, all, []string{"threaten"}},
		// Evidence counts articles: the store holds one.
		{"in one article", exportOptions{MinEvidence: 1}, all, []string{"advise", "aide of", "threaten"}},
		{"in two articles", exportOptions{MinEvidence: 2}, []string{}, []string{}},
		{"in two articles, isolated kept", exportOptions{MinEvidence: 2, KeepIsolated: true}, all, []string{}},
		{"conflict around Witkoff", exportOptions{Actor: "Witkoff", Depth: 2, Classes: []string{"verbal-conflict"}}, []string{}, []string{}},
		{"around Witkoff", exportOptions{Actor: "Witkoff", Depth: 1}, []string{"Steve Witkoff", "Yuri Ushakov"}, []string{"advise"}},
		{"around Witkoff, two hops", exportOptions{Actor: "Witkoff", Depth: 2}, []string{"Steve Witkoff", "Vladimir Putin", "Yuri Ushakov"}, []string{"advise", "aide of"}},
		{"after the article", exportOptions{Since: "2025-11-01"}, nil, nil},
		{"things too", exportOptions{Types: []string{"all"}}, append(slices.Clone(all), "plan"), []string{"advise", "aide of", "praise", "threaten"}},
		{"people only", exportOptions{Types: []string{"person"}}, all, []string{"advise", "aide of", "threaten"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.Format = "cytoscape"
			var out bytes.Buffer
			if err := runExport(t.Context(), tt.opts, s, &out); err != nil {
				t.Fatal(err)
			}
			var doc cyto
			if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			if got := doc.names(); !slices.Equal(got, tt.wantNodes) && len(got)+len(tt.wantNodes) > 0 {
				t.Errorf("nodes %q, want %q", got, tt.wantNodes)
			}
			if got := doc.predicates(); !slices.Equal(got, tt.wantPreds) && len(got)+len(tt.wantPreds) > 0 {
				t.Errorf("edges %q, want %q", got, tt.wantPreds)
			}
		})
	}
}

func TestRunExportStatementsAndInfluence(t *testing.T) {
	s := exportTestStore(t)
	var out bytes.Buffer
	if err := runExport(t.Context(), exportOptions{Format: "cytoscape", IncludeStatements: true, Influence: true}, s, &out); err != nil {
		t.Fatal(err)
	}
	var doc cyto
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range doc.Elements.Edges {
		if e.Data["predicate"] != "advise" {
			continue
		}
		st, _ := e.Data["statements"].([]any)
		if len(st) != 2 || !strings.Contains(st[0].(string)+st[1].(string), "again advised") {
			t.Errorf("advise statements %v, want both sentences", e.Data["statements"])
		}
	}
	scored := 0
	for _, n := range doc.Elements.Nodes {
		if n.Data["influence"].(float64) > 0 {
			scored++
		}
	}
	if scored == 0 {
		t.Errorf("no node has an influence score")
	}
}

func TestRunExportFiles(t *testing.T) {
	s := exportTestStore(t)
	dir := t.TempDir()
	t.Run("format from extension", func(t *testing.T) {
		path := filepath.Join(dir, "g.graphml")
		if err := runExport(t.Context(), exportOptions{Output: path}, s, nil); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := xml.Unmarshal(b, new(struct{})); err != nil || !bytes.Contains(b, []byte("<graphml")) {
			t.Errorf("g.graphml is not GraphML (%v)", err)
		}
	})
	t.Run("csv directory", func(t *testing.T) {
		out := filepath.Join(dir, "tables")
		if err := runExport(t.Context(), exportOptions{Format: "csv", Output: out}, s, nil); err != nil {
			t.Fatal(err)
		}
		for file, rows := range map[string]int{"nodes.csv": 5, "edges.csv": 4} {
			st, err := os.Stat(filepath.Join(out, file))
			if err != nil {
				t.Fatal(err)
			}
			if perm := st.Mode().Perm(); perm != 0o644 {
				t.Errorf("%s has mode %v, want -rw-r--r-- like the other exports", file, perm)
			}
			f, err := os.Open(filepath.Join(out, file))
			if err != nil {
				t.Fatal(err)
			}
			recs, err := csv.NewReader(f).ReadAll()
			f.Close()
			if err != nil || len(recs) != rows {
				t.Errorf("%s: %d rows (%v), want %d with header", file, len(recs), err, rows)
			}
		}
	})
	t.Run("csv zip", func(t *testing.T) {
		path := filepath.Join(dir, "tables.zip")
		if err := runExport(t.Context(), exportOptions{Output: path}, s, nil); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatal(err)
		}
		defer zr.Close()
		var names []string
		for _, f := range zr.File {
			names = append(names, f.Name)
		}
		if !slices.Equal(names, []string{"nodes.csv", "edges.csv"}) {
			t.Errorf("zip holds %q", names)
		}
	})
	t.Run("failed export leaves no file", func(t *testing.T) {
		path := filepath.Join(dir, "none.gexf")
		if err := runExport(t.Context(), exportOptions{Output: path, Actor: "Nobody At All"}, s, nil); err == nil {
			t.Fatal("export around an unknown actor succeeded")
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.Contains(e.Name(), "none.gexf") {
				t.Errorf("left %s behind", e.Name())
			}
		}
	})
}

func TestRunExportUsageErrors(t *testing.T) {
	s := exportTestStore(t)
	tests := []struct {
		name string
		opts exportOptions
	}{
		{"unknown format", exportOptions{Format: "gml"}},
		{"unknown class", exportOptions{Classes: []string{"friendship"}}},
		{"unknown type", exportOptions{Types: []string{"Robot"}}},
		{"bad date", exportOptions{Since: "yesterday"}},
		{"filter on a raw dump", exportOptions{Format: "nquads", MinEvidence: 2}},
		{"actor on a json-ld dump", exportOptions{Format: "jsonld", Actor: "Putin"}},
		{"keep-isolated on a pquads dump", exportOptions{Format: "pquads", KeepIsolated: true}},
		{"negative depth", exportOptions{Actor: "Putin", Depth: -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := runExport(t.Context(), tt.opts, s, &bytes.Buffer{})
			var ue *usageError
			if !errors.As(err, &ue) {
				t.Errorf("got %v, want a usage error", err)
			}
		})
	}
}

// TestExportHelp checks that export --help states the limits users run
// into: raw dumps take no filter, edge filters drop isolated nodes, and
// GEXF 1.3 needs a recent networkx.
func TestExportHelp(t *testing.T) {
	code, out, errOut := cli(t, "", "export", "--help")
	if code != 0 {
		t.Fatalf("export --help: exit %d: %s", code, errOut)
	}
	text := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"these dumps take no filter",
		"--keep-isolated keeps them",
		"nodes left without any edge are left out too, in every graph format",
		"Debian 12's 2.8.8, reject it",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("export --help does not say %q:\n%s", want, out)
		}
	}
}
