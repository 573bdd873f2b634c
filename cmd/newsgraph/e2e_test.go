package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/schema"
)

// seedArticle is the end-to-end article of the repository's testdata.
const seedArticle = "putin-tomahawk-call.txt"

// gizmo runs a Gizmo query through runQuery and decodes its JSON output.
func gizmo(t *testing.T, ta *testApp, s querier, q string) []map[string]any {
	t.Helper()
	ta.out.Reset()
	if err := runQuery(t.Context(), ta.app, s, q); err != nil {
		t.Fatalf("query %s: %v", q, err)
	}
	var res []map[string]any
	decodeJSON(t, ta.out.String(), &res)
	return res
}

// ids lists the "id" of each result.
func ids(res []map[string]any) []string {
	var out []string
	for _, r := range res {
		out = append(out, fmt.Sprint(r["id"]))
	}
	sort.Strings(out)
	return out
}

// ingestFiles runs runIngest on s with the standard pipeline.
func ingestFiles(t *testing.T, ta *testApp, s ingest.Store, o ingestOptions, files ...string) error {
	t.Helper()
	p, err := ta.openPipeline()
	if err != nil {
		t.Fatal(err)
	}
	if o.Format == "" {
		o.Format = "text"
	}
	ta.out.Reset()
	ta.errOut.Reset()
	return runIngest(t.Context(), ta.app, o, p, s, files)
}

// checkSeedGraph asks through Gizmo whether Steve Witkoff's out-edges
// reach Yuri Ushakov labelled with the seed article, and whether the
// statement node behind the edge holds the sentence.
func checkSeedGraph(t *testing.T, ta *testApp, s *graph.Store, articlePath string) {
	t.Helper()
	arts := gizmo(t, ta, s, fmt.Sprintf(`g.V().Has("<ng:id>", %q).All()`, articlePath))
	if len(arts) != 1 {
		t.Fatalf("article node for %s: %v, want one", articlePath, arts)
	}
	article := fmt.Sprint(arts[0]["id"])

	witkoff := `g.V().Has("<ng:name>", "Steve Witkoff")`
	ushakov := `g.V().Has("<ng:name>", "Yuri Ushakov")`
	// Witkoff's out-edges reach Ushakov on quads labelled with the article.
	reach := gizmo(t, ta, s, fmt.Sprintf(`%s.LabelContext(%q).Out(null, "pred").And(%s).All()`, witkoff, article, ushakov))
	if len(reach) == 0 {
		t.Fatalf("no edge from Steve Witkoff to Yuri Ushakov labelled %s", article)
	}
	preds := map[string]bool{}
	for _, r := range reach {
		preds[fmt.Sprint(r["pred"])] = true
	}
	if !preds["<ng:p/suggest>"] {
		t.Errorf("Witkoff→Ushakov predicates %v lack <ng:p/suggest>", preds)
	}
	// The same walk under another label finds nothing: the label is the article.
	if other := gizmo(t, ta, s, fmt.Sprintf(`%s.LabelContext("<ng:article/none>").Out().And(%s).All()`, witkoff, ushakov)); len(other) != 0 {
		t.Errorf("edge found under a foreign label: %v", other)
	}
	// The statement node behind the edge carries the sentence, and belongs to the article.
	stmts := gizmo(t, ta, s, fmt.Sprintf(`%s.In("<ng:subject>").Has("<ng:predicate>", "<ng:p/suggest>").Has("<ng:object>", %s.ToValue()).Tag("stmt").Out("<ng:sentence>").All()`, witkoff, ushakov))
	if len(stmts) == 0 {
		t.Fatal("no statement node for Witkoff suggest Ushakov")
	}
	found := false
	for _, r := range stmts {
		if strings.Contains(fmt.Sprint(r["id"]), "Witkoff suggested to Yuri Ushakov") {
			found = true
		}
	}
	if !found {
		t.Errorf("statement sentences %v lack the source sentence", ids(stmts))
	}
	stmt := fmt.Sprint(stmts[0]["stmt"])
	labelled := gizmo(t, ta, s, fmt.Sprintf(`g.V(%q).LabelContext(%q).Out("<ng:sentence>").All()`, stmt, article))
	if len(labelled) != 1 {
		t.Errorf("statement %s is not labelled with the article %s: %v", stmt, article, labelled)
	}
	// Any alias reaches the same actor.
	if node, err := s.Resolve(t.Context(), "Witkoff"); err != nil || node.Name != "Steve Witkoff" {
		t.Errorf("alias Witkoff resolves to %q (%v), want Steve Witkoff", node.Name, err)
	}
}

// TestIngestSeedArticle is the end-to-end check of the README's first
// command, on a memory store and on a bolt store reopened after the ingest.
func TestIngestSeedArticle(t *testing.T) {
	seed := repoFile(t, seedArticle)
	t.Run("memory", func(t *testing.T) {
		ta := newTestApp(t, "")
		s := memStore(t)
		if err := ingestFiles(t, ta, s, ingestOptions{Top: 10}, seed); err != nil {
			t.Fatalf("ingest: %v\nstderr: %s", err, ta.errOut)
		}
		out := ta.out.String()
		for _, want := range []string{"1 new, 0 updated, 0 unchanged, 0 failed", "most connected actors in these articles:", "Steve Witkoff"} {
			if !strings.Contains(out, want) {
				t.Errorf("ingest output lacks %q:\n%s", want, out)
			}
		}
		checkSeedGraph(t, ta, s, seed)
	})
	t.Run("bolt", func(t *testing.T) {
		ta := newTestApp(t, "")
		ta.cfg.Graph.Store = filepath.Join(t.TempDir(), "newsgraph.db")
		err := ta.withStore(t.Context(), func(s *graph.Store) error {
			return ingestFiles(t, ta, s, ingestOptions{Format: "json", Top: 5}, seed)
		})
		if err != nil {
			t.Fatalf("ingest: %v\nstderr: %s", err, ta.errOut)
		}
		var rep ingestReport
		decodeJSON(t, ta.out.String(), &rep)
		if rep.Summary.New != 1 || rep.Summary.Statements == 0 || rep.Summary.Entities == 0 || len(rep.Actors) != 5 {
			t.Errorf("json report %+v", rep)
		}
		if names := fmt.Sprint(rep.Actors); !strings.Contains(names, "Steve Witkoff") {
			t.Errorf("most connected %s lack Steve Witkoff", names)
		}
		for i := 1; i < len(rep.Actors); i++ {
			if rep.Actors[i].Neighbours > rep.Actors[i-1].Neighbours || !rep.Actors[i].Type.IsActor() {
				t.Errorf("most connected not ranked by neighbours, or not actors: %v", rep.Actors)
			}
		}
		s, err := ta.openStore(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		checkSeedGraph(t, ta, s, seed)
	})
}

// TestCLIEndToEnd runs the README's user path through the command line:
// ingest into a bolt file, query it, show stats.
func TestCLIEndToEnd(t *testing.T) {
	seed := repoFile(t, seedArticle)
	db := filepath.Join(t.TempDir(), "news.db")
	code, out, errOut := cli(t, "", "ingest", "--store", db, seed)
	if code != 0 || !strings.Contains(out, "1 new") {
		t.Fatalf("ingest: exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	code, out, errOut = cli(t, "", "query", "--store", db, `g.V().Has("<ng:name>", "Steve Witkoff").Out("<ng:p/suggest>").Out("<ng:name>").All()`)
	if code != 0 {
		t.Fatalf("query: exit %d: %s", code, errOut)
	}
	var res []map[string]any
	decodeJSON(t, out, &res)
	if !strings.Contains(fmt.Sprint(res), "Yuri Ushakov") {
		t.Errorf("query results %v lack Yuri Ushakov", res)
	}
	code, out, errOut = cli(t, `g.V().Has("<ng:name>").All()`, "query", "--store", db, "--limit", "1", "-")
	if code != 0 {
		t.Fatalf("query from stdin: exit %d: %s", code, errOut)
	}
	decodeJSON(t, out, &res)
	if len(res) != 1 {
		t.Errorf("query from stdin: %v", res)
	}
	code, out, errOut = cli(t, "", "stats", "--store", db)
	if code != 0 || !strings.Contains(out, "articles") || !strings.Contains(out, "entities by type:") || !strings.Contains(out, "Person") {
		t.Errorf("stats: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = cli(t, "", "stats", "--store", db, "--format", "json")
	var st graph.Stats
	decodeJSON(t, out, &st)
	if code != 0 || st.Articles != 1 || st.Statements == 0 || st.ByType["Person"] == 0 {
		t.Errorf("stats json: exit %d %+v", code, st)
	}
	// A broken query is one line on stderr and exit 1.
	code, _, errOut = cli(t, "", "query", "--store", db, `g.V(.All(`)
	if code != exitFailure || !strings.HasPrefix(errOut, "newsgraph: query") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("broken query: exit %d, stderr %q", code, errOut)
	}
}

// storeDump returns the store's quads as sorted N-Quads lines.
func storeDump(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(t.Context(), &b, "nquads"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	sort.Strings(lines)
	return lines
}

// TestBadInputCLI: a missing file, a directory of binary files, invalid
// UTF-8, an empty file and a 50 MB file each get their own message, the
// good files are ingested, nothing of the bad ones is stored, and the
// exit status says some inputs failed.
func TestBadInputCLI(t *testing.T) {
	dir := t.TempDir()
	seed := repoFile(t, seedArticle)
	good := filepath.Join(dir, "good.txt")
	writeFile(t, good, "Steve Witkoff met Yuri Ushakov in Moscow on Tuesday.\n")
	bins := filepath.Join(dir, "bins")
	writeFile(t, filepath.Join(bins, "a.bin"), "\x00\x01\x02\x03binary")
	writeFile(t, filepath.Join(bins, "b.gif"), "GIF89a\x01\x00\x01\x00\x00\x00\x00")
	latin1 := filepath.Join(dir, "latin1.txt")
	writeFile(t, latin1, "Fran\xe7ois Hollande met Angela Merkel.\n")
	empty := filepath.Join(dir, "empty.txt")
	writeFile(t, empty, "")
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("The president told the minister to call the ambassador. "), 1<<10)
	for n := 0; n < 50<<20; n += len(chunk) {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")

	db := filepath.Join(t.TempDir(), "news.db")
	code, out, errOut := cli(t, "", "ingest", "--store", db, seed, missing, bins, latin1, empty, huge, good)
	if code != exitPartial {
		t.Errorf("exit %d, want %d\nstdout %s\nstderr %s", code, exitPartial, out, errOut)
	}
	for _, want := range []string{
		"skip " + missing + ": not found: no such file or directory",
		"skip " + filepath.Join(bins, "a.bin") + ": binary file",
		"skip " + filepath.Join(bins, "b.gif") + ": binary file",
		"skip " + latin1 + ": invalid UTF-8 at byte 4",
		"skip " + empty + ": empty article",
		"skip " + huge + ": article too large: ",
		"newsgraph: ingest: some inputs failed: 6 of 8",
	} {
		if !strings.Contains(errOut, want+"") {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, "2 new, 0 updated, 0 unchanged, 6 failed") {
		t.Errorf("summary:\n%s", out)
	}
	ta := newTestApp(t, "")
	ta.cfg.Graph.Store = db
	s, err := ta.openStore(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, p := range []string{seed, good} {
		if _, ok, err := s.ArticleHash(t.Context(), p); err != nil || !ok {
			t.Errorf("good article %s not stored (%v)", p, err)
		}
	}
	for _, p := range []string{missing, filepath.Join(bins, "a.bin"), latin1, empty, huge} {
		if res := gizmo(t, ta, s, fmt.Sprintf(`g.V().Has("<ng:id>", %q).All()`, p)); len(res) != 0 {
			t.Errorf("failed input %s left an article node: %v", p, res)
		}
	}
	st, err := s.Stats(t.Context())
	if err != nil || st.Articles != 2 {
		t.Errorf("store holds %d articles (%v), want 2", st.Articles, err)
	}
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestReingest: ingesting the same files again changes nothing at all;
// a changed file replaces its own statements and nothing else.
func TestReingest(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	b := filepath.Join(dir, "b.txt")
	writeFile(t, a, "Steve Witkoff suggested to Yuri Ushakov that Vladimir Putin call Donald Trump.\n")
	writeFile(t, b, "Emmanuel Macron met Olaf Scholz in Berlin on Monday.\n")
	ta := newTestApp(t, "")
	s := memStore(t)
	if err := ingestFiles(t, ta, s, ingestOptions{}, dir); err != nil {
		t.Fatalf("first ingest: %v\n%s", err, ta.errOut)
	}
	first := storeDump(t, s)
	if err := ingestFiles(t, ta, s, ingestOptions{}, dir); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ta.out.String(), "0 new, 0 updated, 2 unchanged, 0 failed") {
		t.Errorf("second ingest:\n%s", ta.out)
	}
	if again := storeDump(t, s); strings.Join(again, "\n") != strings.Join(first, "\n") {
		t.Errorf("re-ingesting unchanged files changed the store:\n%s", diffLines(first, again))
	}

	writeFile(t, a, "Steve Witkoff told Kirill Dmitriev that Donald Trump would meet Vladimir Putin.\n")
	if err := ingestFiles(t, ta, s, ingestOptions{}, dir); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(ta.out.String(), "0 new, 1 updated, 1 unchanged, 0 failed") {
		t.Errorf("third ingest:\n%s", ta.out)
	}
	after := strings.Join(storeDump(t, s), "\n")
	if strings.Contains(after, "suggested to Yuri Ushakov") {
		t.Error("the replaced article's old sentence is still stored")
	}
	if !strings.Contains(after, "told Kirill Dmitriev") {
		t.Error("the changed article's new sentence is not stored")
	}
	// b's quads are untouched.
	for _, l := range first {
		if strings.Contains(l, "Olaf Scholz") && !strings.Contains(after, l) {
			t.Errorf("unrelated quad lost: %s", l)
		}
	}
}

func diffLines(a, b []string) string {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ma, mb := in(a), in(b)
	var out []string
	for _, x := range a {
		if !mb[x] {
			out = append(out, "- "+x)
		}
	}
	for _, x := range b {
		if !ma[x] {
			out = append(out, "+ "+x)
		}
	}
	if len(out) > 20 {
		out = append(out[:20], fmt.Sprintf("... %d more", len(out)-20))
	}
	return strings.Join(out, "\n")
}

// TestIngestFormats ingests JSON Lines, HTML and a feed served over
// httptest, and checks the article metadata on the article nodes.
func TestIngestFormats(t *testing.T) {
	corpus := repoFile(t, "ingest/articles.jsonl")
	page := repoFile(t, "ingest/envoy.html")
	html, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(html)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>
<item><title>Envoy call</title><link>http://%s/story</link><guid>1</guid><pubDate>Wed, 15 Oct 2025 08:00:00 GMT</pubDate></item>
<item><title>Missing</title><link>http://%s/missing</link><guid>2</guid></item>
</channel></rss>`, r.Host, r.Host)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	ta := newTestApp(t, "")
	s := memStore(t)
	err = ingestFiles(t, ta, s, ingestOptions{}, corpus, page, srv.URL+"/feed")
	if err == nil || !strings.Contains(ta.errOut.String(), "skip "+srv.URL+"/missing: http error: 404 Not Found") {
		t.Errorf("want the 404 reported: err %v\nstderr %s", err, ta.errOut)
	}
	if !strings.Contains(ta.out.String(), "5 new, 0 updated, 0 unchanged, 1 failed") {
		t.Errorf("summary:\n%s", ta.out)
	}
	tests := []struct {
		id, pred, want string
	}{
		{corpus + "#wire-001", "<ng:title>", "Envoy briefs Kremlin aide"},
		{corpus + "#wire-001", "<ng:published>", "2025-10-14"},
		{"https://example.org/news/talks", "<ng:url>", "https://example.org/news/talks"},
		{page, "<ng:title>", "Envoy call"},
		{page, "<ng:byline>", "Jane Reporter"},
		{srv.URL + "/story", "<ng:published>", "2025-10-15"},
	}
	for _, tt := range tests {
		res := gizmo(t, ta, s, fmt.Sprintf(`g.V().Has("<ng:id>", %q).Out(%q).All()`, tt.id, tt.pred))
		if !strings.Contains(fmt.Sprint(ids(res)), tt.want) {
			t.Errorf("%s %s = %v, want %q", tt.id, tt.pred, ids(res), tt.want)
		}
	}
}

// TestExtractContract checks every line `newsgraph extract` prints
// against the documented contract.
func TestExtractContract(t *testing.T) {
	seed := repoFile(t, seedArticle)
	text, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(text), "\n"), "\n")
	tests := []struct {
		name  string
		opts  extractOptions
		args  []string
		stdin string
		input string // the text spans index
		count int    // sentences in the input (upper bound for "sentence")
		src   string
	}{
		{name: "file", args: []string{seed}, input: string(text), count: 200, src: seed},
		{name: "stdin", args: []string{"-"}, stdin: string(text), input: string(text), count: 200, src: "-"},
		{name: "sentences", opts: extractOptions{Sentences: true}, args: []string{seed}, input: strings.Join(lines, "\n"), count: len(lines), src: seed},
	}
	keys := []string{"subject", "subject_type", "subject_text", "predicate", "predicate_text", "object", "object_type",
		"object_text", "negated", "modality", "cameo", "confidence", "sentence", "span", "source"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ta := newTestApp(t, tt.stdin)
			if err := runExtract(t.Context(), ta.app, tt.opts, tt.args); err != nil {
				t.Fatal(err)
			}
			out := strings.TrimSpace(ta.out.String())
			if out == "" {
				t.Fatal("no statements")
			}
			n := 0
			for i, line := range strings.Split(out, "\n") {
				n++
				var m map[string]json.RawMessage
				if err := json.Unmarshal([]byte(line), &m); err != nil {
					t.Fatalf("line %d is not a JSON object: %v", i, err)
				}
				for _, k := range keys {
					if _, ok := m[k]; !ok {
						t.Errorf("line %d lacks %q: %s", i, k, line)
					}
				}
				var st struct {
					Subject     string  `json:"subject"`
					SubjectText string  `json:"subject_text"`
					Predicate   string  `json:"predicate"`
					Object      string  `json:"object"`
					ObjectText  string  `json:"object_text"`
					Modality    string  `json:"modality"`
					Cameo       string  `json:"cameo"`
					Source      string  `json:"source"`
					Negated     bool    `json:"negated"`
					Confidence  float64 `json:"confidence"`
					Sentence    int     `json:"sentence"`
					Span        [2]int  `json:"span"`
				}
				if err := json.Unmarshal([]byte(line), &st); err != nil {
					t.Fatalf("line %d has a mistyped field: %v\n%s", i, err, line)
				}
				switch {
				case st.Subject == "" || st.Predicate == "" || st.Object == "":
					t.Errorf("line %d: empty subject, predicate or object: %s", i, line)
				case st.Source != tt.src:
					t.Errorf("line %d: source %q, want %q", i, st.Source, tt.src)
				case st.Confidence < 0 || st.Confidence > 1:
					t.Errorf("line %d: confidence %g outside 0..1", i, st.Confidence)
				case st.Sentence < 0 || st.Sentence >= tt.count:
					t.Errorf("line %d: sentence %d outside 0..%d", i, st.Sentence, tt.count)
				case st.Span[0] < 0 || st.Span[0] >= st.Span[1] || st.Span[1] > len(tt.input):
					t.Errorf("line %d: span %v outside the input (%d bytes)", i, st.Span, len(tt.input))
				case st.Cameo != "" && (len(st.Cameo) != 2 || st.Cameo < "01" || st.Cameo > "20"):
					t.Errorf("line %d: cameo %q", i, st.Cameo)
				}
				switch st.Modality {
				case "asserted", "reported", "hypothetical", "denied":
				default:
					t.Errorf("line %d: modality %q", i, st.Modality)
				}
				if st.Span[1] <= len(tt.input) && st.Span[0] >= 0 && st.Span[0] < st.Span[1] {
					ev := tt.input[st.Span[0]:st.Span[1]]
					if !strings.Contains(ev, firstWord(st.SubjectText)) && !strings.Contains(ev, firstWord(st.ObjectText)) {
						t.Errorf("line %d: span %q holds neither %q nor %q", i, ev, st.SubjectText, st.ObjectText)
					}
				}
				if tt.opts.Sentences && st.Sentence >= 0 && st.Sentence < len(lines) {
					// The _text fields are the words as they stand in the sentence.
					for _, w := range []string{st.SubjectText, st.ObjectText} {
						if !strings.Contains(lines[st.Sentence], w) {
							t.Errorf("line %d: sentence %d (%q) does not hold %q", i, st.Sentence, lines[st.Sentence], w)
						}
					}
				}
			}
			if n < 5 {
				t.Errorf("%d statements, want the article's many", n)
			}
		})
	}
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func TestExtractBadInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.bin")
	writeFile(t, bin, "\x00\x00\x00")
	ok := filepath.Join(dir, "ok.txt")
	writeFile(t, ok, "Steve Witkoff met Yuri Ushakov in Moscow.\n")
	code, out, errOut := cli(t, "", "extract", bin, filepath.Join(dir, "nope.txt"), ok)
	if code != exitPartial {
		t.Errorf("exit %d, want %d", code, exitPartial)
	}
	for _, want := range []string{"skip " + bin + ": binary file", "skip " + filepath.Join(dir, "nope.txt") + ": no such file or directory", "2 of 3 inputs failed"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if !strings.Contains(out, `"source":"`+ok+`"`) {
		t.Errorf("the good file's statements are missing:\n%s", out)
	}
}

// TestExtractModality checks which statements --modality prints: facts by
// default (negated ones included, flagged), hypothetical ones only with
// "all", and every statement by default with --sentences.
func TestExtractModality(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	writeFile(t, in, "Marta Lind criticised Oskar Berg on Monday. Lind did not meet Berg. "+
		"Lind said she could sue Berg if the talks failed.\n")
	type mods struct{ fact, negated, hypothetical int }
	count := func(out string) mods {
		var m mods
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			if line == "" {
				continue
			}
			var st schema.Statement
			if err := json.Unmarshal([]byte(line), &st); err != nil {
				t.Fatalf("bad line %q: %v", line, err)
			}
			switch {
			case st.Negated:
				m.negated++
			case st.Fact():
				m.fact++
			default:
				m.hypothetical++
			}
		}
		return m
	}
	tests := []struct {
		args     []string
		wantHyp  bool
		wantCode int
	}{
		{args: []string{"extract", in}},
		{args: []string{"extract", "--modality", "facts", in}},
		{args: []string{"extract", "--modality", "all", in}, wantHyp: true},
		{args: []string{"extract", "--sentences", in}, wantHyp: true},
		{args: []string{"extract", "--sentences", "--modality", "facts", in}},
		{args: []string{"extract", "--modality", "maybe", in}, wantCode: exitUsage},
	}
	for _, tt := range tests {
		code, out, errOut := cli(t, "", tt.args...)
		if code != tt.wantCode {
			t.Errorf("%v: exit %d, want %d (%s)", tt.args, code, tt.wantCode, errOut)
			continue
		}
		if code != 0 {
			if !strings.Contains(errOut, "--modality must be facts or all") {
				t.Errorf("%v: stderr %q lacks the reason", tt.args, errOut)
			}
			continue
		}
		m := count(out)
		if m.fact == 0 || m.negated == 0 {
			t.Errorf("%v: %+v, want facts and negated statements", tt.args, m)
		}
		if got := m.hypothetical > 0; got != tt.wantHyp {
			t.Errorf("%v: hypothetical statements printed = %v, want %v (%+v)", tt.args, got, tt.wantHyp, m)
		}
	}
}
