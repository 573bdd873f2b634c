package graphtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Opener opens a fresh, empty store for one test. It fills cfg.Store
// (and keeps cfg's other fields) and closes the store when the test ends.
type Opener func(t *testing.T, cfg graph.Config) *graph.Store

// Run runs the conformance suite against the stores open makes.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(t *testing.T, open Opener)
	}{
		{"SeedModel", testSeedModel},
		{"Unchanged", testUnchanged},
		{"Replace", testReplace},
		{"Delete", testDelete},
		{"NegatedNotEdge", testNegatedNotEdge},
		{"ResolveAlias", testResolveAlias},
		{"Identity", testIdentity},
		{"ResolveNames", testResolveNames},
		{"AliasFile", testAliasFile},
		{"SeparateFirst", testSeparateFirst},
		{"OutInEvidence", testOutInEvidence},
		{"Filters", testFilters},
		{"NodesEdges", testNodesEdges},
		{"Stats", testStats},
		{"Query", testQuery},
		{"QueryTimeout", testQueryTimeout},
		{"DumpLoad", testDumpLoad},
		{"ConcurrentWriters", testConcurrentWriters},
		{"Batch", testBatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open) })
	}
}

// Write stores an article and fails the test on error.
func Write(t testing.TB, s *graph.Store, a schema.Article, x *schema.Extraction) graph.WriteResult {
	t.Helper()
	res, err := s.WriteArticle(context.Background(), a, x)
	if err != nil {
		t.Fatalf("WriteArticle(%s): %v", a.ID, err)
	}
	return res
}

// Dump returns the store's quads as sorted N-Quads lines.
func Dump(t testing.TB, s *graph.Store) []string {
	t.Helper()
	var b bytes.Buffer
	if err := s.Dump(context.Background(), &b, "nquads"); err != nil {
		t.Fatalf("Dump: %v", err)
	}
	var lines []string
	for _, l := range strings.Split(b.String(), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	return lines
}

func gizmo(t *testing.T, s *graph.Store, q string) []any {
	t.Helper()
	res, err := s.Query(context.Background(), q, graph.QueryOptions{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("Query(%s): %v", q, err)
	}
	return res
}

// ids returns the "id" field of Gizmo results.
func ids(res []any) []string {
	var out []string
	for _, r := range res {
		if m, ok := r.(map[string]any); ok {
			out = append(out, fmt.Sprint(m["id"]))
		} else {
			out = append(out, fmt.Sprint(r))
		}
	}
	sort.Strings(out)
	return out
}

func testSeedModel(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	a := SeedArticle()
	res := Write(t, s, a, SeedExtraction())
	if res.Status != graph.StatusNew || res.Statements != len(SeedExtraction().Statements) || res.Quads == 0 {
		t.Fatalf("WriteArticle = %+v, want new with %d statements", res, len(SeedExtraction().Statements))
	}
	witkoff := graph.EntityIRI(schema.Person, "Steve Witkoff")
	ushakov := graph.EntityIRI(schema.Person, "Yuri Ushakov")
	art := graph.ArticleIRI(a.ID)
	suggest := graph.PredicateIRI("suggest")
	tests := []struct {
		name, query string
		want        []string
	}{
		{"out edge", fmt.Sprintf(`g.V(%q).Out(%q).All()`, witkoff, suggest), []string{ushakov}},
		{"edge labelled by article", fmt.Sprintf(`g.V(%q).LabelContext(%q).Out(%q).All()`, witkoff, art, suggest), []string{ushakov}},
		{"no edge under another label", fmt.Sprintf(`g.V(%q).LabelContext("<ng:article/none>").Out(%q).All()`, witkoff, suggest), nil},
		{"statement sentence", fmt.Sprintf(`g.V(%q).In("<ng:subject>").Has("<ng:predicate>", %q).Has("<ng:object>", %q).Out("<ng:sentence>").All()`, witkoff, suggest, ushakov), []string{seedSentences[1]}},
		{"article title", fmt.Sprintf(`g.V(%q).Out("<ng:title>").All()`, art), []string{a.Title}},
		{"entity by type", fmt.Sprintf(`g.V().Has("<rdf:type>", "<ng:Country>").Unique().All()`), []string{
			graph.EntityIRI(schema.Country, "Russia"), graph.EntityIRI(schema.Country, "Ukraine"), graph.EntityIRI(schema.Country, "United States")}},
		{"predicates used", fmt.Sprintf(`g.V(%q).OutPredicates().All()`, witkoff), []string{
			"<ng:alias>", "<ng:name>", "<rdf:type>", graph.PredicateIRI("advise"), suggest, graph.PredicateIRI("tell")}},
		{"entity by alias", `g.V("us envoy").In("<ng:alias>").Unique().All()`, []string{witkoff}},
		{"statement label is the article", fmt.Sprintf(`g.V(%q).In("<ng:subject>").Has("<ng:predicate>", %q).Labels().All()`, witkoff, suggest), []string{art}},
		{"everything one article said", fmt.Sprintf(`g.V().Has("<ng:id>", %q).Out("<ng:mentions>").Has("<rdf:type>", "<ng:Organization>").Out("<ng:name>").All()`, a.ID), []string{"Bloomberg"}},
		{"two hops", fmt.Sprintf(`g.V(%q).Out(%q).Out(%q).All()`, graph.EntityIRI(schema.Person, "Donald Trump"), graph.PredicateIRI("appoint"), suggest), []string{ushakov}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(gizmo(t, s, tc.query))
			want := slices.Clone(tc.want)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s\n got %q\nwant %q", tc.query, got, want)
			}
		})
	}
}

func testUnchanged(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	before := Dump(t, s)
	res := Write(t, s, SeedArticle(), SeedExtraction())
	if res.Status != graph.StatusUnchanged || res.Quads != 0 || res.Removed != 0 {
		t.Errorf("rewrite = %+v, want unchanged without writes", res)
	}
	if after := Dump(t, s); !slices.Equal(before, after) {
		t.Errorf("unchanged rewrite changed the store: %d quads → %d", len(before), len(after))
	}
	h, ok, err := s.ArticleHash(context.Background(), SeedArticle().ID)
	if err != nil || !ok || h != SeedArticle().Hash {
		t.Errorf("ArticleHash = %q, %v, %v; want %q", h, ok, err, SeedArticle().Hash)
	}
	if _, ok, err := s.ArticleHash(context.Background(), "no-such-article"); ok || err != nil {
		t.Errorf("ArticleHash(missing) = %v, %v; want false, nil", ok, err)
	}
}

// revised returns the seed article changed: one statement dropped, one
// added, one alias dropped, a new hash.
func revised() (schema.Article, *schema.Extraction) {
	a := SeedArticle()
	a.Hash = strings.Repeat("b", 64)
	a.Title = "Revised title"
	x := SeedExtraction()
	x.Statements = slices.DeleteFunc(x.Statements, func(st schema.Statement) bool { return st.Predicate == "advise" })
	st := x.Statements[0]
	st.Predicate, st.Subject, st.Object, st.Cameo = "criticize", "Volodymyr Zelensky", "Vladimir Putin", "11"
	x.Statements = append(x.Statements, st)
	x.Entities[2].Aliases = slices.DeleteFunc(x.Entities[2].Aliases, func(s string) bool { return s == "Steve" })
	return a, x
}

func testReplace(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	a, x := revised()
	res := Write(t, s, a, x)
	if res.Status != graph.StatusUpdated || res.Removed == 0 || res.Quads == 0 {
		t.Errorf("replace = %+v, want updated with removals and additions", res)
	}
	fresh := open(t, graph.Config{})
	Write(t, fresh, a, x)
	got, want := Dump(t, s), Dump(t, fresh)
	if !slices.Equal(got, want) {
		t.Errorf("replaced store differs from a store holding only the new version:\n%s", diff(got, want))
	}
	if _, err := s.Resolve(context.Background(), "Steve"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("alias dropped by the new version still resolves: err = %v", err)
	}
}

func testDelete(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	other, ox := otherArticle()
	Write(t, s, SeedArticle(), SeedExtraction())
	Write(t, s, other, ox)
	if _, err := s.Resolve(context.Background(), "Zelensky"); err != nil {
		t.Fatalf("Resolve(Zelensky) before delete: %v", err)
	}
	// what should remain: every quad not labelled with the seed article
	seedLabel := graph.ArticleIRI(SeedArticle().ID) + " ."
	want := slices.DeleteFunc(Dump(t, s), func(l string) bool { return strings.HasSuffix(l, seedLabel) })
	if err := s.DeleteArticle(context.Background(), SeedArticle().ID); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	if got := Dump(t, s); !slices.Equal(got, want) {
		t.Errorf("after delete the store differs from one holding only the other article:\n%s", diff(got, want))
	}
	if err := s.DeleteArticle(context.Background(), SeedArticle().ID); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("second DeleteArticle = %v, want ErrNotFound", err)
	}
	if n, err := s.Resolve(context.Background(), "Zelensky"); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Resolve(Zelensky) after deleting the only article naming him = %+v, %v; want ErrNotFound", n, err)
	}
	if err := s.DeleteArticle(context.Background(), other.ID); err != nil {
		t.Fatalf("DeleteArticle(other): %v", err)
	}
	if got := Dump(t, s); len(got) != 0 {
		t.Errorf("store not empty after deleting every article: %d quads, first %s", len(got), got[0])
	}
}

// otherArticle is a second article about some of the seed's actors, with
// other surface forms.
func otherArticle() (schema.Article, *schema.Extraction) {
	a := schema.Article{ID: "https://example.org/news/2", Source: "https://example.org/news/2", Title: "Kremlin talks",
		Hash: strings.Repeat("c", 64), Published: time.Date(2025, 12, 2, 0, 0, 0, 0, time.UTC),
		Ingested: time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC)}
	sent := "President Putin met Special Envoy Witkoff in Moscow, the Kremlin said."
	x := &schema.Extraction{
		Entities: []schema.Entity{
			{Name: "President Putin", Type: schema.Person, Aliases: []string{"Putin"}},
			{Name: "Witkoff", Type: schema.Person, Aliases: []string{"Special Envoy Witkoff"}},
			{Name: "Kremlin", Type: schema.Country, Aliases: []string{"the Kremlin", "Moscow"}},
		},
		Statements: []schema.Statement{
			{Subject: "President Putin", SubjectType: schema.Person, Predicate: "meet", Object: "Witkoff", ObjectType: schema.Person,
				Modality: schema.Asserted, Cameo: "04", Confidence: 0.9, SentenceText: sent, Span: schema.Span{0, len(sent)}, Source: a.Source},
			{Subject: "Witkoff", SubjectType: schema.Person, Predicate: "suggest", Object: "President Putin", ObjectType: schema.Person,
				Modality: schema.Hypothetical, Cameo: "02", Confidence: 0.5, SentenceText: sent, Span: schema.Span{0, len(sent)}, Source: a.Source},
		},
	}
	return a, x
}

func testNegatedNotEdge(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	witkoff := graph.EntityIRI(schema.Person, "Steve Witkoff")
	russia := graph.EntityIRI(schema.Country, "Russia")
	trump := graph.EntityIRI(schema.Person, "Donald Trump")
	tests := []struct{ name, query string }{
		{"negated", fmt.Sprintf(`g.V(%q).Out(%q).Is(%q).All()`, witkoff, graph.PredicateIRI("tell"), russia)},
		{"hypothetical", fmt.Sprintf(`g.V(%q).Out(%q).All()`, trump, graph.PredicateIRI("send"))},
	}
	for _, tc := range tests {
		if got := gizmo(t, s, tc.query); len(got) != 0 {
			t.Errorf("%s statement became a direct edge: %v", tc.name, got)
		}
	}
	// but the statements are kept as statement nodes
	q := fmt.Sprintf(`g.V(%q).In("<ng:subject>").Has("<ng:object>", %q).Out("<ng:negated>").All()`, witkoff, russia)
	if got := ids(gizmo(t, s, q)); !slices.Equal(got, []string{"true"}) {
		t.Errorf("negated statement node: got %v, want [true]", got)
	}
	ev, err := s.Evidence(context.Background(), "Witkoff", "Russia", schema.Filter{})
	if err != nil || len(ev) != 1 || !ev[0].Negated || !ev[0].Evidence.Negated {
		t.Errorf("Evidence(Witkoff, Russia) = %+v, %v; want the one negated statement", ev, err)
	}
}

func testResolveAlias(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	tests := []struct{ in, want string }{
		{"Witkoff", "Steve Witkoff"},
		{"steve witkoff", "Steve Witkoff"},
		{"STEVE WITKOFF", "Steve Witkoff"},
		{"Special Envoy Witkoff", "Steve Witkoff"},
		{"the US envoy", "Steve Witkoff"},
		{"Trump's envoy", "Steve Witkoff"},
		{"Putin", "Vladimir Putin"},
		{"Kremlin", "Russia"},
		{"U.S.", "United States"},
		{graph.EntityIRI(schema.Person, "Yuri Ushakov"), "Yuri Ushakov"},
	}
	for _, tc := range tests {
		n, err := s.Resolve(context.Background(), tc.in)
		if err != nil || n.Name != tc.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tc.in, n.Name, err, tc.want)
		}
	}
	n, err := s.Resolve(context.Background(), "Witkoff")
	if err == nil && (n.Type != schema.Person || n.Mentions != 1 || !slices.Contains(n.Aliases, "special envoy witkoff") || n.ID == "") {
		t.Errorf("Resolve(Witkoff) = %+v, want a person with aliases, one mention and an ID", n)
	}
	for _, missing := range []string{"Angela Merkel", "", "<ng:entity/person/nobody>"} {
		if _, err := s.Resolve(context.Background(), missing); !errors.Is(err, graph.ErrNotFound) {
			t.Errorf("Resolve(%q) err = %v, want ErrNotFound", missing, err)
		}
	}
}

// article builds a one-statement article whose subject is given as
// written, for identity tests.
func article(id string, subj schema.Entity, obj schema.Entity) (schema.Article, *schema.Extraction) {
	a := schema.Article{ID: id, Source: id, Hash: id + "-hash", Ingested: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	x := &schema.Extraction{
		Entities: []schema.Entity{subj, obj},
		Statements: []schema.Statement{{Subject: subj.Name, SubjectType: subj.Type, Predicate: "meet", Object: obj.Name,
			ObjectType: obj.Type, Modality: schema.Asserted, Confidence: 0.9, SentenceText: subj.Name + " met " + obj.Name + ".", Source: id}},
	}
	return a, x
}

// testResolveNames checks that Resolve reads a user's name the way a
// reader would: titles, countries and demonyms before a name are skipped,
// a full name finds the person stored by surname alone, and a name two
// persons could bear is an error naming both.
func testResolveNames(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	P, C := schema.Person, schema.Country
	a := schema.Article{ID: "names-1", Source: "names-1", Hash: "names-1-hash", Ingested: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	ents := []schema.Entity{
		{Name: "Trump", Type: P, Aliases: []string{"President Trump", "President", "Mr. Trump"}},
		{Name: "Vladimir Putin", Type: P, Aliases: []string{"Putin", "Russian dictator Vladimir Putin", "President"}},
		{Name: "Steve Witkoff", Type: P, Aliases: []string{"Witkoff", "envoy", "Special Envoy"}},
		{Name: "Alex Witkoff", Type: P},
		{Name: "Yuri Ushakov", Type: P, Aliases: []string{"Ushakov"}},
		{Name: "Sergei Ivanov", Type: P},
		{Name: "Stanislav Ivanov", Type: P},
		{Name: "Russia", Type: C, Aliases: []string{"Russian", "Kremlin"}},
		{Name: "United States", Type: C, Aliases: []string{"US", "White House"}},
		{Name: "Ukraine", Type: C, Aliases: []string{"the country"}},
	}
	x := &schema.Extraction{Entities: ents}
	for _, e := range ents[1:] {
		x.Statements = append(x.Statements, schema.Statement{Subject: "Trump", SubjectType: P, Predicate: "meet", Object: e.Name,
			ObjectType: e.Type, Modality: schema.Asserted, Confidence: 0.9, SentenceText: "Trump met " + e.Name + ".", Source: a.Source})
	}
	Write(t, s, a, x)
	ctx := context.Background()
	tests := []struct {
		in, want string
		err      error // wanted error, nil for success
	}{
		{"Trump", "Trump", nil},
		{"President Trump", "Trump", nil},
		{"Donald Trump", "Trump", nil},
		{"donald trump", "Trump", nil},
		{"President Donald Trump", "Trump", nil},
		{"former US President Donald J. Trump", "Trump", nil},
		{"President Putin", "Vladimir Putin", nil},
		{"Russian President Vladimir Putin", "Vladimir Putin", nil},
		{"the Russian leader Putin", "Vladimir Putin", nil},
		{"White House special envoy Steve Witkoff", "Steve Witkoff", nil},
		{"Mr. Steve Witkoff", "Steve Witkoff", nil},
		{"S. Witkoff", "Steve Witkoff", nil},
		{"Alex Witkoff", "Alex Witkoff", nil},
		{"Kremlin aide Yuri Ushakov", "Yuri Ushakov", nil},
		{"Sergei Ivanov", "Sergei Ivanov", nil},
		{"S. Ivanov", "", graph.ErrAmbiguous},
		{"Stephen Witkoff", "", graph.ErrNotFound},
		{"Vladimir Ushakov", "", graph.ErrNotFound},
		{"president", "", graph.ErrNotFound},
		{"President", "", graph.ErrNotFound},
		{"envoy", "", graph.ErrNotFound},
		{"country", "", graph.ErrNotFound},
		{"Russian", "Russia", nil},
	}
	for _, tc := range tests {
		n, err := s.Resolve(ctx, tc.in)
		switch {
		case tc.err != nil && !errors.Is(err, tc.err):
			t.Errorf("Resolve(%q) = %q, %v; want error %v", tc.in, n.Name, err, tc.err)
		case tc.err == nil && (err != nil || n.Name != tc.want):
			t.Errorf("Resolve(%q) = %q, %v; want %q", tc.in, n.Name, err, tc.want)
		}
	}
	// the ambiguity error names every candidate
	if _, err := s.Resolve(ctx, "S. Ivanov"); err == nil || !strings.Contains(err.Error(), "Sergei Ivanov") || !strings.Contains(err.Error(), "Stanislav Ivanov") {
		t.Errorf("Resolve(S. Ivanov) err = %v, want it to name both Ivanovs", err)
	}
	// bare titles and lone common nouns are not stored as aliases
	for name, bare := range map[string]string{"Trump": "president", "Vladimir Putin": "president", "Steve Witkoff": "envoy", "Ukraine": "country"} {
		n, err := s.Resolve(ctx, name)
		if err != nil {
			t.Fatalf("Resolve(%q): %v", name, err)
		}
		if slices.Contains(n.Aliases, bare) || slices.Contains(n.Aliases, "special envoy") {
			t.Errorf("%s aliases = %v, want no bare title or common noun %q", name, n.Aliases, bare)
		}
	}
	// a later article's full name merges with the surname-only node even
	// though that node carries "president trump"
	b, y := article("names-2", schema.Entity{Name: "Donald Trump", Type: P}, schema.Entity{Name: "Yuri Ushakov", Type: P})
	Write(t, s, b, y)
	n, err := s.Resolve(ctx, "Donald Trump")
	if err != nil || n.Mentions != 2 {
		t.Errorf("Resolve(Donald Trump) after a second article = %+v, %v; want the Trump node with 2 mentions", n, err)
	}
}

func testIdentity(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	P, C := schema.Person, schema.Country
	writes := []struct{ subj, obj schema.Entity }{
		{schema.Entity{Name: "Putin", Type: P}, schema.Entity{Name: "the US", Type: C}},
		{schema.Entity{Name: "President Putin", Type: P, Aliases: []string{"Putin"}}, schema.Entity{Name: "United States", Type: C, Aliases: []string{"US"}}},
		{schema.Entity{Name: "Russian President Vladimir Putin", Type: P}, schema.Entity{Name: "Washington", Type: C}},
		{schema.Entity{Name: "Alex Witkoff", Type: P, Aliases: []string{"Witkoff"}}, schema.Entity{Name: "Russia", Type: C}},
		{schema.Entity{Name: "Washington", Type: schema.Location}, schema.Entity{Name: "Ukraine", Type: C}},
		{schema.Entity{Name: "Lavrov", Type: P}, schema.Entity{Name: "Sergey Lavrov", Type: P}},
		{schema.Entity{Name: "Washington", Type: schema.Location}, schema.Entity{Name: "Washington", Type: C}},
	}
	for i, w := range writes {
		a, x := article(fmt.Sprintf("identity-%d", i), w.subj, w.obj)
		Write(t, s, a, x)
	}
	ctx := context.Background()
	tests := []struct {
		name       string
		a, b       string
		same       bool
		wantAType  schema.EntityType
		wantANames string
	}{
		{"surname", "Putin", "Vladimir Putin", true, P, "Vladimir Putin"},
		{"title", "President Putin", "Vladimir Putin", true, P, "Vladimir Putin"},
		{"title and nationality", "Russian President Vladimir Putin", "Vladimir Putin", true, P, "Vladimir Putin"},
		{"country alias", "the US", "United States", true, C, "United States"},
		{"shared surname other first name", "Alex Witkoff", "Steve Witkoff", false, P, "Alex Witkoff"},
		{"surname alone goes to the better known", "Witkoff", "Steve Witkoff", true, P, "Steve Witkoff"},
		{"surname then full name", "Lavrov", "Sergey Lavrov", true, P, "Sergey Lavrov"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			na, err := s.Resolve(ctx, tc.a)
			if err != nil {
				t.Fatalf("Resolve(%q): %v", tc.a, err)
			}
			nb, err := s.Resolve(ctx, tc.b)
			if err != nil {
				t.Fatalf("Resolve(%q): %v", tc.b, err)
			}
			if (na.ID == nb.ID) != tc.same {
				t.Errorf("Resolve(%q) = %s, Resolve(%q) = %s; same = %v, want %v", tc.a, na.ID, tc.b, nb.ID, na.ID == nb.ID, tc.same)
			}
			if na.Type != tc.wantAType || na.Name != tc.wantANames {
				t.Errorf("Resolve(%q) = %s %q, want %s %q", tc.a, na.Type, na.Name, tc.wantAType, tc.wantANames)
			}
		})
	}
	// one name with two types in one article: two entities
	out, err := s.Out(ctx, graph.EntityIRI(schema.Location, "Washington"), schema.Filter{Types: []schema.EntityType{schema.Location, C}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(out, func(e schema.Edge) bool { return e.Object == "United States" && e.Predicate == "meet" }) {
		t.Errorf("Out(Washington the city) = %+v, want meet United States", out)
	}
	// "Washington" as a government merged into the country; the city is
	// a separate entity.
	for _, tc := range []struct {
		typ  schema.EntityType
		want []string
	}{
		{schema.Location, []string{"Washington"}},
		{schema.Country, []string{"Russia", "Ukraine", "United States"}},
	} {
		var names []string
		if err := s.Nodes(ctx, schema.Filter{Types: []schema.EntityType{tc.typ}}, func(n schema.Node) error {
			names = append(names, n.Name)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(names, tc.want) {
			t.Errorf("%s nodes = %v, want %v", tc.typ, names, tc.want)
		}
	}
}

func testAliasFile(t *testing.T, open Opener) {
	dir := t.TempDir()
	path := filepath.Join(dir, "aliases.yaml")
	if err := os.WriteFile(path, []byte("entities: []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := open(t, graph.Config{AliasFile: path})
	ctx := context.Background()
	Write(t, s, SeedArticle(), SeedExtraction())
	a, x := article("alias-1", schema.Entity{Name: "Alex Witkoff", Type: schema.Person}, schema.Entity{Name: "POTUS", Type: schema.Person})
	Write(t, s, a, x)
	a, x = article("alias-2", schema.Entity{Name: "Ushakov", Type: schema.Person}, schema.Entity{Name: "Vladimir Putin", Type: schema.Person})
	Write(t, s, a, x)
	stats0, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Resolve(ctx, "POTUS"); n.Name == "Donald Trump" {
		t.Fatalf("POTUS merged with Trump before the alias file says so")
	}
	if n, err := s.Resolve(ctx, "Yuri Ushakov"); err != nil || n.Mentions != 2 {
		t.Fatalf("before the split Resolve(Yuri Ushakov) = %+v, %v; want the surname of alias-2 merged into him (2 mentions)", n, err)
	}
	yaml := `entities:
  - name: Donald Trump
    type: Person
    aliases: [POTUS, The Donald]
separate:
  - name: Yuri Ushakov
`
	if st, err := s.AliasFileState(ctx); err != nil || st.Changed || st.Applied == "" || st.Applied != st.Hash {
		t.Errorf("AliasFileState of a store written with the file from the start = %+v, %v; want applied, unchanged", st, err)
	}
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := s.AliasFileState(ctx)
	if err != nil || !st.Changed || st.Hash == st.Applied {
		t.Errorf("AliasFileState after editing the file = %+v, %v; want changed", st, err)
	}
	// the plan lists the merge and the split and changes nothing
	before := Dump(t, s)
	plan, err := s.PlanReresolve(ctx)
	if err != nil {
		t.Fatalf("PlanReresolve: %v", err)
	}
	if after := Dump(t, s); !slices.Equal(before, after) {
		t.Errorf("PlanReresolve changed the store:\n%s", diff(after, before))
	}
	var moves []string
	for _, c := range plan {
		moves = append(moves, fmt.Sprintf("%s → %s %d %v", c.From, c.To, c.Statements, c.Articles))
	}
	wantMoves := []string{"POTUS → Donald Trump 1 [alias-1]", "Yuri Ushakov → Ushakov 1 [alias-2]"}
	if !slices.Equal(moves, wantMoves) {
		t.Errorf("PlanReresolve = %q, want %q", moves, wantMoves)
	}
	if err := s.Reresolve(ctx); err != nil {
		t.Fatalf("Reresolve: %v", err)
	}
	if st, err := s.AliasFileState(ctx); err != nil || st.Changed || st.Applied != st.Hash {
		t.Errorf("AliasFileState after Reresolve = %+v, %v; want unchanged", st, err)
	}
	potus, err := s.Resolve(ctx, "potus")
	if err != nil || potus.Name != "Donald Trump" {
		t.Errorf("after Reresolve Resolve(potus) = %q, %v; want Donald Trump", potus.Name, err)
	}
	if n, err := s.Resolve(ctx, "The Donald"); err != nil || n.ID != potus.ID {
		t.Errorf("alias from the file: Resolve(The Donald) = %+v, %v", n, err)
	}
	stats1, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats1.Statements != stats0.Statements || stats1.Articles != stats0.Articles {
		t.Errorf("Reresolve lost statements: %d/%d articles, %d/%d statements", stats1.Articles, stats0.Articles, stats1.Statements, stats0.Statements)
	}
	// POTUS merged into Trump (one fewer), "Ushakov" split from Yuri Ushakov (one more)
	if stats1.Entities != stats0.Entities-1+1 {
		t.Errorf("entities after merge and split = %d, want %d", stats1.Entities, stats0.Entities)
	}
	checkSeparate(t, s, "after Reresolve")
	out, err := s.In(ctx, "Trump", schema.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(out, func(e schema.Edge) bool { return e.Subject == "Alex Witkoff" && e.Predicate == "meet" }) {
		t.Errorf("In(Trump) after merge lacks Alex Witkoff meet: %+v", out)
	}
	// a second run changes nothing
	before = Dump(t, s)
	if err := s.Reresolve(ctx); err != nil {
		t.Fatal(err)
	}
	if after := Dump(t, s); !slices.Equal(before, after) {
		t.Errorf("second Reresolve changed the store:\n%s", diff(after, before))
	}
}

// checkSeparate checks the split `separate: Yuri Ushakov` forces on a
// store holding the seed article and article alias-2, whose "Ushakov"
// meets Putin: that "Ushakov" is a node of its own, Yuri Ushakov keeps
// only the seed's mention and statements.
func checkSeparate(t *testing.T, s *graph.Store, when string) {
	t.Helper()
	ctx := context.Background()
	yuri, err := s.Resolve(ctx, "Yuri Ushakov")
	if err != nil {
		t.Fatalf("%s: Resolve(Yuri Ushakov): %v", when, err)
	}
	other, err := s.Resolve(ctx, "Ushakov")
	if err != nil {
		t.Fatalf("%s: Resolve(Ushakov): %v", when, err)
	}
	if yuri.ID == other.ID || yuri.Mentions != 1 || other.Mentions != 1 || other.Name != "Ushakov" {
		t.Errorf("%s: separate Yuri Ushakov: Resolve(Yuri Ushakov) = %+v, Resolve(Ushakov) = %+v; want two nodes of one mention each", when, yuri, other)
	}
	out, err := s.Out(ctx, other.ID, schema.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(out, func(e schema.Edge) bool { return e.Predicate == "meet" && e.Object == "Vladimir Putin" }) {
		t.Errorf("%s: Out(%s) = %+v, want meet Vladimir Putin", when, other.ID, out)
	}
	if out, err := s.Out(ctx, yuri.ID, schema.Filter{}); err != nil || slices.ContainsFunc(out, func(e schema.Edge) bool { return e.Predicate == "meet" }) {
		t.Errorf("%s: Out(Yuri Ushakov) = %+v, %v; want no meet (that is the other Ushakov's)", when, out, err)
	}
}

// testSeparateFirst writes the split into the alias file before any
// article is stored.
func testSeparateFirst(t *testing.T, open Opener) {
	path := filepath.Join(t.TempDir(), "aliases.yaml")
	if err := os.WriteFile(path, []byte("separate:\n  - name: Yuri Ushakov\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := open(t, graph.Config{AliasFile: path})
	Write(t, s, SeedArticle(), SeedExtraction())
	a, x := article("alias-2", schema.Entity{Name: "Ushakov", Type: schema.Person}, schema.Entity{Name: "Vladimir Putin", Type: schema.Person})
	Write(t, s, a, x)
	checkSeparate(t, s, "alias file before ingest")
}

func testOutInEvidence(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	a := SeedArticle()
	Write(t, s, a, SeedExtraction())
	o, ox := otherArticle()
	Write(t, s, o, ox)
	ctx := context.Background()
	out, err := s.Out(ctx, "Witkoff", schema.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range out {
		got = append(got, e.Predicate+" "+e.Object)
		if e.Subject != "Steve Witkoff" || e.SubjectID != graph.EntityIRI(schema.Person, "Steve Witkoff") {
			t.Errorf("Out edge subject = %q (%s)", e.Subject, e.SubjectID)
		}
	}
	sort.Strings(got)
	want := []string{"advise Yuri Ushakov", "suggest Yuri Ushakov", "tell Yuri Ushakov"}
	if !slices.Equal(got, want) {
		t.Errorf("Out(Witkoff) = %q, want %q", got, want)
	}
	for _, e := range out {
		if e.Predicate == "suggest" && (e.Evidence != 1 || !slices.Equal(e.Articles, []string{a.ID}) || !e.FirstSeen.Equal(a.Published) || e.Cameo != "02" || e.Class != schema.VerbalCooperation) {
			t.Errorf("suggest edge = %+v", e)
		}
	}
	in, err := s.In(ctx, "Witkoff", schema.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, e := range in {
		got = append(got, e.Subject+" "+e.Predicate+" "+fmt.Sprint(e.Evidence))
	}
	sort.Strings(got)
	if want := []string{"Donald Trump appoint 1", "Vladimir Putin meet 1"}; !slices.Equal(got, want) {
		t.Errorf("In(Witkoff) = %q, want %q", got, want)
	}
	ev, err := s.Evidence(ctx, "Ushakov", "Steve Witkoff", schema.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev) != 3 {
		t.Fatalf("Evidence(Ushakov, Witkoff) = %d statements, want 3", len(ev))
	}
	for _, e := range ev {
		if e.Evidence.Article != a.ID || e.Evidence.Sentence == "" || e.Source != a.Source || e.Evidence.Title != a.Title || !strings.HasPrefix(e.Evidence.Statement, "<ng:stmt/") {
			t.Errorf("evidence %+v lacks provenance", e)
		}
		if e.Span[1] <= e.Span[0] || SeedText[e.Span[0]:e.Span[1]] != e.SentenceText {
			t.Errorf("evidence span %v does not cover its sentence", e.Span)
		}
	}
	ev, err = s.Evidence(ctx, "Putin", "Witkoff", schema.Filter{})
	if err != nil || len(ev) != 2 {
		t.Fatalf("Evidence(Putin, Witkoff) = %d, %v; want 2 (met, hypothetical suggest)", len(ev), err)
	}
	if _, err := s.Out(ctx, "Nobody Known", schema.Filter{}); !errors.Is(err, graph.ErrNotFound) {
		t.Errorf("Out(unknown) err = %v, want ErrNotFound", err)
	}
}

func testFilters(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	o, ox := otherArticle()
	Write(t, s, o, ox)
	ctx := context.Background()
	count := func(f schema.Filter) int {
		n := 0
		if err := s.Edges(ctx, f, func(schema.Edge) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	all := count(schema.Filter{})
	tests := []struct {
		name string
		f    schema.Filter
		want int
	}{
		{"all", schema.Filter{}, all},
		{"since second article", schema.Filter{Since: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)}, 1},
		{"until before seed", schema.Filter{Until: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}, 0},
		{"material conflict", schema.Filter{Classes: []string{schema.VerbalConflict}}, 1},
		{"countries only", schema.Filter{Types: []schema.EntityType{schema.Country}}, 0},
		{"min evidence 2", schema.Filter{MinEvidence: 2}, 0},
	}
	for _, tc := range tests {
		if got := count(tc.f); got != tc.want {
			t.Errorf("%s: %d edges, want %d", tc.name, got, tc.want)
		}
	}
	if all != 9 {
		t.Errorf("all edges = %d, want 9", all)
	}
}

func testNodesEdges(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	x := SeedExtraction()
	Write(t, s, SeedArticle(), x)
	ctx := context.Background()
	var nodes []schema.Node
	if err := s.Nodes(ctx, schema.Filter{}, func(n schema.Node) error { nodes = append(nodes, n); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(nodes) != len(x.Entities) {
		t.Errorf("Nodes = %d, want %d", len(nodes), len(x.Entities))
	}
	facts := map[string]bool{}
	for _, st := range x.Statements {
		if st.Fact() {
			facts[st.Subject+"|"+st.Predicate+"|"+st.Object] = true
		}
	}
	seen := map[string]bool{}
	if err := s.Edges(ctx, schema.Filter{}, func(e schema.Edge) error {
		k := e.Subject + "|" + e.Predicate + "|" + e.Object
		if !facts[k] {
			t.Errorf("edge %s is not an asserted statement", k)
		}
		seen[k] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(seen) != len(facts) {
		t.Errorf("Edges gave %d distinct edges, want %d", len(seen), len(facts))
	}
	stop := errors.New("stop")
	if err := s.Nodes(ctx, schema.Filter{}, func(schema.Node) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("Nodes did not pass on the callback's error: %v", err)
	}
	var arts []graph.ArticleInfo
	if err := s.Articles(ctx, func(a graph.ArticleInfo) error { arts = append(arts, a); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != SeedArticle().ID || arts[0].Statements != len(x.Statements) || !arts[0].Published.Equal(SeedArticle().Published) {
		t.Errorf("Articles = %+v", arts)
	}
}

func testStats(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	// a store never written to (bolt keeps no size record yet) is empty
	if st, err := s.Stats(context.Background()); err != nil || st.Articles+st.Entities+st.Statements != 0 || st.Quads != 0 {
		t.Errorf("Stats of an empty store = %+v, %v; want zeros", st, err)
	}
	x := SeedExtraction()
	Write(t, s, SeedArticle(), x)
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 1 || st.Statements != len(x.Statements) || st.Entities != len(x.Entities) || st.Quads == 0 {
		t.Errorf("Stats = %+v", st)
	}
	sum := 0
	for _, n := range st.ByClass {
		sum += n
	}
	// threaten has CAMEO 13 (verbal conflict), appoint is a role; the
	// other classes come from the vocabulary.
	if st.ByPredicate["tell"] != 2 || st.ByType["Person"] != 6 || sum != len(x.Statements) ||
		st.ByClass[schema.VerbalConflict] != 1 || st.ByClass[schema.RoleClass] != 1 || st.ByClass[schema.VerbalCooperation] < 4 {
		t.Errorf("Stats breakdown = %v %v %v", st.ByPredicate, st.ByType, st.ByClass)
	}
}

func testQuery(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	ctx := context.Background()
	res, err := s.Query(ctx, `g.V().Has("<rdf:type>", "<ng:Person>").Unique().All()`, graph.QueryOptions{Limit: 2})
	if err != nil || len(res) != 2 {
		t.Errorf("Query with limit 2 = %d results, %v", len(res), err)
	}
	res, err = s.Query(ctx, fmt.Sprintf(`g.V(%q).Out("<ng:name>").All()`, graph.EntityIRI(schema.Person, "Steve Witkoff")), graph.QueryOptions{Lang: "gizmo"})
	if err != nil || !slices.Equal(ids(res), []string{"Steve Witkoff"}) {
		t.Errorf("name query = %v, %v", res, err)
	}
	q := fmt.Sprintf(`{"id": %q, %q: null}`, graph.EntityIRI(schema.Person, "Steve Witkoff"), "<ng:name>")
	res, err = s.Query(ctx, `[`+q+`]`, graph.QueryOptions{Lang: "mql"})
	if err != nil || len(res) != 1 {
		t.Errorf("mql = %v, %v", res, err)
	}
	res, err = s.Query(ctx, fmt.Sprintf(`{ nodes(id: %q) { id } }`, graph.EntityIRI(schema.Person, "Steve Witkoff")), graph.QueryOptions{Lang: "graphql"})
	if err != nil || len(res) == 0 {
		t.Errorf("graphql = %v, %v", res, err)
	}
	if _, err := s.Query(ctx, `g.V(`, graph.QueryOptions{}); err == nil {
		t.Errorf("syntax error not reported")
	}
	if _, err := s.Query(ctx, `x`, graph.QueryOptions{Lang: "sparql"}); err == nil {
		t.Errorf("unknown language not reported")
	}
}

func testQueryTimeout(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	start := time.Now()
	_, err := s.Query(context.Background(), `while(true){}`, graph.QueryOptions{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, graph.ErrQueryTimeout) {
		t.Errorf("while(true) err = %v, want ErrQueryTimeout", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("while(true) stopped after %v, want about 200ms", d)
	}
	// the store still answers
	if _, err := s.Query(context.Background(), `g.V().All()`, graph.QueryOptions{Timeout: time.Second}); err != nil {
		t.Errorf("query after a timeout: %v", err)
	}
}

func testDumpLoad(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	Write(t, s, SeedArticle(), SeedExtraction())
	o, ox := otherArticle()
	Write(t, s, o, ox)
	want := Dump(t, s)
	for _, format := range graph.RoundTripFormats {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := s.Dump(context.Background(), &b, format); err != nil {
				t.Fatal(err)
			}
			if format == "jsonld" || format == "json" {
				if !json.Valid(b.Bytes()) {
					t.Fatalf("%s dump is not valid JSON", format)
				}
			}
			fresh := open(t, graph.Config{})
			if err := fresh.Load(context.Background(), &b, format); err != nil {
				t.Fatal(err)
			}
			if got := Dump(t, fresh); !slices.Equal(got, want) {
				t.Errorf("%s round trip differs:\n%s", format, diff(got, want))
			}
			// the loaded store answers like the original
			n, err := fresh.Resolve(context.Background(), "Witkoff")
			if err != nil || n.Name != "Steve Witkoff" {
				t.Errorf("Resolve after load = %+v, %v", n, err)
			}
		})
	}
	if err := s.Dump(context.Background(), &bytes.Buffer{}, "graphml"); err == nil {
		t.Errorf("Dump(graphml) did not fail")
	}
}

func testConcurrentWriters(t *testing.T, open Opener) {
	s := open(t, graph.Config{})
	const n = 12
	var wg sync.WaitGroup
	errs := make(chan error, n*2)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a, x := article(fmt.Sprintf("concurrent-%d", i%8),
				schema.Entity{Name: fmt.Sprintf("Person%c Alpha", 'A'+i%8), Type: schema.Person},
				schema.Entity{Name: "Vladimir Putin", Type: schema.Person, Aliases: []string{"Putin"}})
			if _, err := s.WriteArticle(context.Background(), a, x); err != nil {
				errs <- err
			}
			if _, err := s.Out(context.Background(), "Putin", schema.Filter{}); err != nil && !errors.Is(err, graph.ErrNotFound) {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 8 || st.Statements != 8 || st.Entities != 9 {
		t.Errorf("after concurrent writes Stats = %+v, want 8 articles, 8 statements, 9 entities", st)
	}
	in, err := s.In(context.Background(), "Putin", schema.Filter{})
	if err != nil || len(in) != 8 {
		t.Errorf("In(Putin) = %d edges, %v; want 8", len(in), err)
	}
}

// diff shows the lines only in got and only in want.
func diff(got, want []string) string {
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	var b strings.Builder
	for _, l := range got {
		if !w[l] {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	for _, l := range want {
		if !g[l] {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	return b.String()
}

func testBatch(t *testing.T, open Opener) {
	ctx := context.Background()
	seed, sx := SeedArticle(), SeedExtraction()
	other, ox := otherArticle()
	rev, rx := revised()
	one := open(t, graph.Config{})
	for _, w := range []graph.ArticleWrite{{Article: seed, Extraction: sx}, {Article: other, Extraction: ox}, {Article: rev, Extraction: rx}} {
		Write(t, one, w.Article, w.Extraction)
	}
	batched := open(t, graph.Config{})
	res, err := batched.WriteArticles(ctx, []graph.ArticleWrite{{Article: seed, Extraction: sx}, {Article: other, Extraction: ox}, {Article: rev, Extraction: rx}, {Article: other, Extraction: ox}})
	if err != nil {
		t.Fatalf("WriteArticles: %v", err)
	}
	var got []graph.WriteStatus
	for _, r := range res {
		got = append(got, r.Status)
	}
	want := []graph.WriteStatus{graph.StatusNew, graph.StatusNew, graph.StatusUpdated, graph.StatusUnchanged}
	if !slices.Equal(got, want) {
		t.Errorf("WriteArticles statuses = %v, want %v", got, want)
	}
	// the batch resolves later articles against earlier ones, as single writes do
	if g, w := Dump(t, batched), Dump(t, one); !slices.Equal(g, w) {
		t.Errorf("batched writes differ from single writes:\n%s", diff(g, w))
	}
	if _, err := batched.WriteArticles(ctx, []graph.ArticleWrite{{Article: other, Extraction: ox}, {Article: schema.Article{}}}); err == nil {
		t.Errorf("batch with an empty article id accepted")
	}
}
