package multiwriter

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// term is one N-Quads term: an IRI (without brackets) or a literal (its
// unescaped text, with the raw suffix such as ^^<type> or @lang).
type term struct {
	iri    string
	lit    string
	suffix string
	isIRI  bool
	raw    string
}

// nq is one parsed quad.
type nq struct{ s, p, o, l term }

// parseNQuads parses the N-Quads that `newsgraph export --format nquads`
// writes: IRIs, blank nodes and literals, one quad per line.
func parseNQuads(b []byte) ([]nq, error) {
	var out []nq
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var ts []term
		rest := line
		for len(ts) < 4 {
			rest = strings.TrimLeft(rest, " \t")
			if rest == "" || rest[0] == '.' {
				break
			}
			t, r, err := parseTerm(rest)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w: %s", n, err, line)
			}
			ts, rest = append(ts, t), r
		}
		if strings.TrimSpace(rest) != "." || len(ts) < 3 {
			return nil, fmt.Errorf("line %d: not a quad: %s", n, line)
		}
		q := nq{s: ts[0], p: ts[1], o: ts[2]}
		if len(ts) == 4 {
			q.l = ts[3]
		}
		out = append(out, q)
	}
	return out, sc.Err()
}

func parseTerm(s string) (term, string, error) {
	switch {
	case strings.HasPrefix(s, "<"):
		i := strings.IndexByte(s, '>')
		if i < 0 {
			return term{}, "", fmt.Errorf("unterminated IRI")
		}
		return term{iri: s[1:i], isIRI: true, raw: s[:i+1]}, s[i+1:], nil
	case strings.HasPrefix(s, "_:"):
		i := strings.IndexAny(s, " \t")
		if i < 0 {
			i = len(s)
		}
		return term{iri: s[:i], isIRI: true, raw: s[:i]}, s[i:], nil
	case strings.HasPrefix(s, `"`):
		i := 1
		for ; i < len(s); i++ {
			if s[i] == '\\' {
				i++
				continue
			}
			if s[i] == '"' {
				break
			}
		}
		if i >= len(s) {
			return term{}, "", fmt.Errorf("unterminated literal")
		}
		text, err := strconv.Unquote(s[:i+1])
		if err != nil {
			return term{}, "", fmt.Errorf("literal: %w", err)
		}
		j := i + 1
		switch {
		case strings.HasPrefix(s[j:], "^^<"):
			k := strings.IndexByte(s[j:], '>')
			if k < 0 {
				return term{}, "", fmt.Errorf("unterminated datatype")
			}
			j += k + 1
		case strings.HasPrefix(s[j:], "@"):
			k := strings.IndexAny(s[j:], " \t")
			if k < 0 {
				k = len(s) - j
			}
			j += k
		}
		return term{lit: text, suffix: s[i+1 : j], raw: s[:j]}, s[j:], nil
	}
	return term{}, "", fmt.Errorf("unexpected %q", s[:min(len(s), 10)])
}

const entityPrefix = "ng:entity/"

// canonical rewrites quads into lines that do not depend on which process
// wrote an article or when: an entity node is named by its type and the
// name the labelling article gives it (the node's IRI depends on which
// article first created the entity, so on write order), the article
// manifest is rewritten the same way, and ingestion times are blanked.
// The lines are sorted, duplicates kept.
func canonical(qs []nq) []string {
	names := map[string]map[string]string{} // label → entity IRI → name
	for _, q := range qs {
		if q.p.iri == "ng:name" && strings.HasPrefix(q.s.iri, entityPrefix) && !q.o.isIRI {
			m := names[q.l.iri]
			if m == nil {
				m = map[string]string{}
				names[q.l.iri] = m
			}
			m[q.s.iri] = q.o.lit
		}
	}
	entity := func(iri, label string) string {
		typ, _, _ := strings.Cut(strings.TrimPrefix(iri, entityPrefix), "/")
		if n, ok := names[label][iri]; ok {
			return "[" + typ + ":" + n + "]"
		}
		return "<" + iri + ">"
	}
	tm := func(t term, label string) string {
		if t.isIRI && strings.HasPrefix(t.iri, entityPrefix) {
			return entity(t.iri, label)
		}
		return t.raw
	}
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		l := q.l.iri
		o := tm(q.o, l)
		switch q.p.iri {
		case "ng:ingested":
			o = "*"
		case "ng:manifest":
			var lines []string
			for _, line := range strings.Split(q.o.lit, "\n") {
				if line == "" {
					continue
				}
				f := strings.Split(line, "\t")
				if strings.HasPrefix(f[0], entityPrefix) {
					f[0] = entity(f[0], l)
				}
				lines = append(lines, strings.Join(f, "\t"))
			}
			slices.Sort(lines)
			o = strconv.Quote(strings.Join(lines, "\n"))
		}
		out = append(out, strings.Join([]string{tm(q.s, l), q.p.raw, o, q.l.raw}, " "))
	}
	slices.Sort(out)
	return out
}

// singleValued lists, by kind of subject, the predicates a subject has
// exactly once in a consistent store.
var singleValued = map[string][]string{
	"ng:article/": {"ng:id", "ng:hash", "ng:ingested", "ng:statements"},
	"ng:stmt/":    {"ng:subject", "ng:predicate", "ng:object"},
}

// checkSingleValued reports every article and statement node that has one
// of its single-valued predicates more than once: the trace of two
// processes writing the same article with different contents.
func checkSingleValued(qs []nq) []string {
	count := map[[2]string]int{}
	for _, q := range qs {
		for prefix, preds := range singleValued {
			if strings.HasPrefix(q.s.iri, prefix) && slices.Contains(preds, q.p.iri) {
				count[[2]string{q.s.iri, q.p.iri}]++
			}
		}
	}
	var out []string
	for k, n := range count {
		if n > 1 {
			out = append(out, fmt.Sprintf("<%s> has %d <%s> quads", k[0], n, k[1]))
		}
	}
	slices.Sort(out)
	return out
}

// diffLines compares two sorted line lists as multisets and shows at most
// 40 differing lines; "" means equal.
func diffLines(a, b []string) string {
	var d []string
	more := 0
	note := func(s string) {
		if len(d) < 40 {
			d = append(d, s)
		} else {
			more++
		}
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			note("- " + a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			note("+ " + b[j])
			j++
		default:
			i++
			j++
		}
	}
	if more > 0 {
		d = append(d, fmt.Sprintf("… and %d more", more))
	}
	return strings.Join(d, "\n")
}

func TestCanonical(t *testing.T) {
	dump := func(lines ...string) []nq {
		qs, err := parseNQuads([]byte(strings.Join(lines, "\n")))
		if err != nil {
			t.Fatal(err)
		}
		return qs
	}
	tests := []struct {
		name  string
		a, b  []string
		equal bool
	}{
		{
			name: "entity IRIs chosen by write order",
			a: []string{
				`<ng:entity/person/lavrov> <ng:name> "Sergey Lavrov" <ng:article/1> .`,
				`<ng:stmt/1/0> <ng:subject> <ng:entity/person/lavrov> <ng:article/1> .`,
				`<ng:article/1> <ng:manifest> "ng:entity/person/lavrov\tSergey Lavrov\tlavrov" <ng:article/1> .`,
			},
			b: []string{
				`<ng:entity/person/sergey-lavrov> <ng:name> "Sergey Lavrov" <ng:article/1> .`,
				`<ng:stmt/1/0> <ng:subject> <ng:entity/person/sergey-lavrov> <ng:article/1> .`,
				`<ng:article/1> <ng:manifest> "ng:entity/person/sergey-lavrov\tSergey Lavrov\tlavrov" <ng:article/1> .`,
			},
			equal: true,
		},
		{
			name:  "ingestion time",
			a:     []string{`<ng:article/1> <ng:ingested> "2026-01-01T00:00:00Z" <ng:article/1> .`},
			b:     []string{`<ng:article/1> <ng:ingested> "2026-01-02T00:00:00Z" <ng:article/1> .`},
			equal: true,
		},
		{
			name:  "a statement written twice with another object",
			a:     []string{`<ng:stmt/1/0> <ng:confidence> "0.5" <ng:article/1> .`},
			b:     []string{`<ng:stmt/1/0> <ng:confidence> "0.6" <ng:article/1> .`},
			equal: false,
		},
		{
			name: "a duplicated ingestion time",
			a: []string{
				`<ng:article/1> <ng:ingested> "2026-01-01T00:00:00Z" <ng:article/1> .`,
				`<ng:article/1> <ng:ingested> "2026-01-02T00:00:00Z" <ng:article/1> .`,
			},
			b:     []string{`<ng:article/1> <ng:ingested> "2026-01-01T00:00:00Z" <ng:article/1> .`},
			equal: false,
		},
		{
			name:  "escaped literal",
			a:     []string{`<ng:stmt/1/0> <ng:sentence> "He said \"no\".\n" <ng:article/1> .`},
			b:     []string{`<ng:stmt/1/0> <ng:sentence> "He said \"no\".\n" <ng:article/1> .`},
			equal: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := diffLines(canonical(dump(tc.a...)), canonical(dump(tc.b...)))
			if (d == "") != tc.equal {
				t.Errorf("equal = %v, want %v; diff:\n%s", d == "", tc.equal, d)
			}
		})
	}
}

func TestCheckSingleValued(t *testing.T) {
	qs, err := parseNQuads([]byte(strings.Join([]string{
		`<ng:article/1> <ng:hash> "a" <ng:article/1> .`,
		`<ng:article/1> <ng:ingested> "t1" <ng:article/1> .`,
		`<ng:article/1> <ng:ingested> "t2" <ng:article/1> .`,
		`<ng:stmt/1/0> <ng:subject> <ng:entity/person/a> <ng:article/1> .`,
		`<ng:stmt/1/0> <ng:subject> <ng:entity/person/b> <ng:article/1> .`,
		`<ng:entity/person/a> <ng:alias> "a" <ng:article/1> .`,
		`<ng:entity/person/a> <ng:alias> "b" <ng:article/1> .`,
	}, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	got := checkSingleValued(qs)
	want := []string{
		"<ng:article/1> has 2 <ng:ingested> quads",
		"<ng:stmt/1/0> has 2 <ng:subject> quads",
	}
	if !slices.Equal(got, want) {
		t.Errorf("checkSingleValued = %q, want %q", got, want)
	}
}
