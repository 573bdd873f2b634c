package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// recipe is one Gizmo recipe of README.md or docs/gizmo.md: a js code
// block after a comment <!-- recipe: NAME; expect: A, B; reject: C -->
// naming what its results must and must not hold.
type recipe struct {
	file, name     string
	expect, reject []string
	code           string
}

var recipeRE = regexp.MustCompile("(?s)<!-- recipe: ([^;]+); expect: (.*?)(?:; reject: (.*?))? -->\\s*```js\\n(.*?)```")

func splitList(s string) []string {
	var out []string
	for e := range strings.SplitSeq(s, ",") {
		if e = strings.TrimSpace(e); e != "" {
			out = append(out, e)
		}
	}
	return out
}

// readRecipes returns the recipes of a file of the repository and fails
// the test when a js block of it has no recipe comment.
func readRecipes(t *testing.T, file string) []recipe {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", file))
	if err != nil {
		t.Fatal(err)
	}
	var out []recipe
	for _, m := range recipeRE.FindAllStringSubmatch(string(b), -1) {
		out = append(out, recipe{file: file, name: strings.TrimSpace(m[1]), expect: splitList(m[2]), reject: splitList(m[3]), code: m[4]})
	}
	if n := strings.Count(string(b), "```js\n"); n != len(out) {
		t.Fatalf("%s has %d js blocks but %d recipes with an expect comment", file, n, len(out))
	}
	return out
}

func TestRecipeComments(t *testing.T) {
	doc := "<!-- recipe: a; expect: x, \"y\" -->\n```js\ng.V()\n```\n<!-- recipe: b; expect: z; reject: w, v -->\n```js\ng.V().All()\n```\n"
	var got []string
	for _, m := range recipeRE.FindAllStringSubmatch(doc, -1) {
		got = append(got, strings.Join([]string{m[1], strings.Join(splitList(m[2]), "|"), strings.Join(splitList(m[3]), "|"), strings.TrimSpace(m[4])}, " / "))
	}
	want := []string{`a / x|"y" /  / g.V()`, "b / z / w|v / g.V().All()"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("recipes = %q, want %q", got, want)
	}
}

// TestGizmoRecipes runs every Gizmo recipe of README.md and docs/gizmo.md
// on a store holding the seed article, ingested by its absolute path as
// `newsgraph ingest` run elsewhere would store it, and a second article,
// so that a recipe about one article must really keep to it.
func TestGizmoRecipes(t *testing.T) {
	var recipes []recipe
	for _, f := range []string{"README.md", filepath.Join("docs", "gizmo.md")} {
		rs := readRecipes(t, f)
		// the four questions: neighbours, two steps, evidence, one article
		if len(rs) < 4 {
			t.Fatalf("%s has %d recipes, want at least 4 (neighbours, two steps, evidence, one article)", f, len(rs))
		}
		recipes = append(recipes, rs...)
	}
	other := filepath.Join(t.TempDir(), "lavrov.txt")
	if err := os.WriteFile(other, []byte("Kremlin aide Ushakov met Sergei Lavrov in Moscow on Monday. Ushakov told Lavrov that the talks would continue.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ta := newTestApp(t, "")
	s := graph.NewTestStore(t)
	if err := ingestFiles(t, ta, s, ingestOptions{}, repoFile(t, seedArticle), other); err != nil {
		t.Fatalf("ingest: %v\n%s", err, ta.errOut.String())
	}
	for _, r := range recipes {
		t.Run(r.file+"/"+r.name, func(t *testing.T) {
			out, err := s.Query(t.Context(), r.code, graph.QueryOptions{Lang: "gizmo", Limit: 1000, Timeout: 20 * time.Second})
			if err != nil {
				t.Fatalf("recipe %q: %v\n%s", r.name, err, r.code)
			}
			if len(out) == 0 {
				t.Fatalf("recipe %q returned nothing\n%s", r.name, r.code)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(out); err != nil {
				t.Fatal(err)
			}
			b := buf.String()
			for _, want := range r.expect {
				if !strings.Contains(b, want) {
					t.Errorf("recipe %q: results lack %q:\n%.2000s", r.name, want, b)
				}
			}
			for _, bad := range r.reject {
				if strings.Contains(b, bad) {
					t.Errorf("recipe %q: results hold %q:\n%.2000s", r.name, bad, b)
				}
			}
		})
	}
}
