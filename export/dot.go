package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// DOTEncoder writes the view as a Graphviz digraph: nodes n0, n1, ...
// labelled with canonical names and filled by entity type; edges labelled
// with the predicate, coloured by influence class and as wide as their
// evidence. Every attribute is also written as a DOT attribute of its own
// (Graphviz ignores the ones it does not know; Gephi and pydot keep them).
// The digraph is not strict, so parallel edges stay distinct.
type DOTEncoder struct {
	w          errWriter
	statements bool
	started    bool
	graphAttrs string // extra graph attributes, for the picture's layout
}

// NewDOT returns a DOT encoder writing to w; statements adds the
// "statements" edge attribute.
func NewDOT(w io.Writer, statements bool) *DOTEncoder {
	return &DOTEncoder{w: errWriter{w: bufio.NewWriterSize(w, 64<<10)}, statements: statements}
}

func (d *DOTEncoder) start() {
	if d.started {
		return
	}
	d.started = true
	d.w.str("digraph newsgraph {\n")
	d.w.str(`  graph [rankdir=LR, nodesep=0.3, ranksep=0.6, fontname="Helvetica", bgcolor="white"`)
	if d.graphAttrs != "" {
		d.w.str(", " + d.graphAttrs)
	}
	d.w.str("];\n")
	d.w.str(`  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=12, color="#444444", penwidth=0.8, margin="0.12,0.06"];` + "\n")
	d.w.str(`  edge [fontname="Helvetica", fontsize=10, arrowsize=0.7];` + "\n")
}

// dotQuote returns s as a DOT double-quoted string that Graphviz displays
// as s: backslashes and quotes escaped, line breaks as \n, other control
// characters dropped, invalid UTF-8 replaced.
func dotQuote(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			// dropped: Graphviz and SVG cannot show control characters
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (d *DOTEncoder) attrs(vals []value, attrs []attr) {
	for i, v := range vals {
		if attrs[i].name == "label" {
			continue
		}
		text := v.text(attrs[i].kind)
		if text == "" {
			continue
		}
		d.w.str(", " + attrs[i].name + "=" + dotQuote(text))
	}
}

// Node writes one node statement.
func (d *DOTEncoder) Node(id int, n *schema.Node) error {
	d.start()
	d.w.str("  n" + strconv.Itoa(id) + " [label=" + dotQuote(n.Name) + `, fillcolor="` + NodeColor(n.Type) + `"`)
	d.w.str(", tooltip=" + dotQuote(nodeTooltip(n)))
	d.attrs(nodeValues(n), nodeAttrs)
	d.w.str("];\n")
	return d.w.err
}

// Edge writes one edge statement.
func (d *DOTEncoder) Edge(id, source, target int, e *Edge) error {
	d.start()
	label := e.Predicate
	if e.Evidence > 1 {
		label += " ×" + strconv.Itoa(e.Evidence)
	}
	color := EdgeColor(e.Class)
	d.w.str("  n" + strconv.Itoa(source) + " -> n" + strconv.Itoa(target) + " [id=\"e" + strconv.Itoa(id) + "\", label=" + dotQuote(label))
	d.w.str(`, color="` + color + `", fontcolor="` + color + `", penwidth=` + strconv.FormatFloat(EdgeWidth(e.Evidence), 'f', 2, 64))
	d.w.str(", tooltip=" + dotQuote(edgeTooltip(e)))
	d.attrs(edgeValues(e)[:edgeAttrCount(d.statements)], edgeAttrs)
	d.w.str("];\n")
	return d.w.err
}

// Legend writes a key to the colours used: one row per entity type and
// influence class given. Pictures call it before Close.
func (d *DOTEncoder) Legend(types []schema.EntityType, classes []string) error {
	d.start()
	var b strings.Builder
	b.WriteString(`<<table border="0" cellborder="0" cellspacing="2" cellpadding="2">`)
	for _, t := range types {
		fmt.Fprintf(&b, `<tr><td bgcolor="%s" border="1" width="18"> </td><td align="left">%s</td></tr>`, NodeColor(t), htmlEscape(string(t)))
	}
	for _, c := range classes {
		fmt.Fprintf(&b, `<tr><td><font color="%s"><b>&#8594;</b></font></td><td align="left"><font color="%s">%s</font></td></tr>`, EdgeColor(c), EdgeColor(c), htmlEscape(c))
	}
	b.WriteString(`</table>>`)
	d.w.str(`  legend [shape=plaintext, style="", fontsize=10, label=` + b.String() + "];\n")
	return d.w.err
}

// htmlEscape escapes s for a Graphviz HTML-like label.
func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// Close ends the graph and flushes.
func (d *DOTEncoder) Close() error {
	d.start()
	d.w.str("}\n")
	if d.w.err != nil {
		return d.w.err
	}
	return d.w.w.Flush()
}

func nodeTooltip(n *schema.Node) string {
	s := fmt.Sprintf("%s (%s), %d mentions, influence %.3g", n.Name, n.Type, n.Mentions, n.Influence)
	if len(n.Aliases) > 0 {
		s += "\nalso: " + strings.Join(n.Aliases, ", ")
	}
	return s
}

func edgeTooltip(e *Edge) string {
	s := fmt.Sprintf("%s %s %s: %s", e.Subject, e.Predicate, e.Object, e.Class)
	if e.Cameo != "" {
		s += fmt.Sprintf(", CAMEO %s, Goldstein %g", e.Cameo, e.Goldstein)
	}
	s += fmt.Sprintf(", %d statements", e.Evidence)
	if len(e.Sources) > 0 {
		s += "\nsources: " + strings.Join(e.Sources, ", ")
	}
	return s
}
