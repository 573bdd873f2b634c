package export

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// kind is the type of an exported attribute.
type kind int

const (
	kindString kind = iota
	kindInt
	kindDouble
	kindList // strings joined with ListSeparator in text formats
	kindDate // RFC 3339 in text formats, empty when unknown
)

// ListSeparator joins multi-valued attributes (aliases, sources, articles,
// statements) in formats without list values: GraphML, GEXF, DOT and CSV.
const ListSeparator = "|"

// attr is one node or edge attribute column.
type attr struct {
	name string
	kind kind
}

// value is one attribute value; which field is set follows the attr's kind.
type value struct {
	s    string
	i    int64
	f    float64
	list []string
	t    time.Time
}

// text formats v for text formats; empty means "no value".
func (v value) text(k kind) string {
	switch k {
	case kindInt:
		return strconv.FormatInt(v.i, 10)
	case kindDouble:
		return strconv.FormatFloat(v.f, 'g', -1, 64)
	case kindList:
		return strings.Join(v.list, ListSeparator)
	case kindDate:
		if v.t.IsZero() {
			return ""
		}
		return v.t.UTC().Format(time.RFC3339)
	}
	return v.s
}

// json returns v as a JSON-ready value; nil means "no value".
func (v value) json(k kind) any {
	switch k {
	case kindInt:
		return v.i
	case kindDouble:
		return v.f
	case kindList:
		if v.list == nil {
			return []string{}
		}
		return v.list
	case kindDate:
		if v.t.IsZero() {
			return nil
		}
		return v.t.UTC().Format(time.RFC3339)
	}
	return v.s
}

// nodeAttrs are the node columns every attribute-carrying format writes,
// in this order. "label" repeats the canonical name because Gephi, yEd and
// Cytoscape display that key.
var nodeAttrs = []attr{
	{"label", kindString},
	{"name", kindString},
	{"type", kindString},
	{"aliases", kindList},
	{"mentions", kindInt},
	{"influence", kindDouble},
}

func nodeValues(n *schema.Node) []value {
	return []value{
		{s: n.Name},
		{s: n.Name},
		{s: string(n.Type)},
		{list: n.Aliases},
		{i: int64(n.Mentions)},
		{f: n.Influence},
	}
}

// edgeAttrs are the edge columns. "label" repeats the predicate and
// "weight" the evidence count, the keys tools use for display and layout.
// "statements" is written only with Options.IncludeStatements.
var edgeAttrs = []attr{
	{"label", kindString},
	{"predicate", kindString},
	{"class", kindString},
	{"cameo", kindString},
	{"goldstein", kindDouble},
	{"evidence", kindInt},
	{"weight", kindDouble},
	{"first_seen", kindDate},
	{"last_seen", kindDate},
	{"articles", kindList},
	{"sources", kindList},
	{"statements", kindList},
}

// edgeAttrCount returns how many of edgeAttrs a format writes.
func edgeAttrCount(includeStatements bool) int {
	if includeStatements {
		return len(edgeAttrs)
	}
	return len(edgeAttrs) - 1
}

func edgeValues(e *Edge) []value {
	return []value{
		{s: e.Predicate},
		{s: e.Predicate},
		{s: e.Class},
		{s: e.Cameo},
		{f: e.Goldstein},
		{i: int64(e.Evidence)},
		{f: float64(e.Evidence)},
		{t: e.FirstSeen},
		{t: e.LastSeen},
		{list: e.Articles},
		{list: e.Sources},
		{list: e.Statements},
	}
}
