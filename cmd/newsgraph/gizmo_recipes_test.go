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

// recipe is one Gizmo recipe of docs/gizmo.md.
type recipe struct {
	name   string
	expect []string
	code   string
}

var recipeRE = regexp.MustCompile("(?s)<!-- recipe: ([^;]+); expect: (.*?) -->\\s*```js\\n(.*?)```")

func readRecipes(t *testing.T) []recipe {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "gizmo.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []recipe
	for _, m := range recipeRE.FindAllStringSubmatch(string(b), -1) {
		r := recipe{name: strings.TrimSpace(m[1]), code: m[3]}
		for e := range strings.SplitSeq(m[2], ",") {
			if e = strings.TrimSpace(e); e != "" {
				r.expect = append(r.expect, e)
			}
		}
		out = append(out, r)
	}
	if n := strings.Count(string(b), "```js"); n != len(out) {
		t.Fatalf("docs/gizmo.md has %d js blocks but %d recipes with an expect comment", n, len(out))
	}
	return out
}

func TestGizmoRecipes(t *testing.T) {
	recipes := readRecipes(t)
	if len(recipes) < 4 {
		t.Fatalf("docs/gizmo.md has %d recipes, want at least 4 (neighbours, two steps, evidence, one article)", len(recipes))
	}
	s := seedStore(t)
	for _, r := range recipes {
		t.Run(r.name, func(t *testing.T) {
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
			b := buf.Bytes()
			for _, want := range r.expect {
				if !strings.Contains(string(b), want) {
					t.Errorf("recipe %q: results lack %q:\n%.2000s", r.name, want, b)
				}
			}
		})
	}
}
