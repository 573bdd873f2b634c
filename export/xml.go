package export

import (
	"bufio"
	"encoding/xml"
)

// xmlEscape writes s escaped for XML text or a double-quoted attribute
// value. Characters XML cannot hold become U+FFFD.
func xmlEscape(w *bufio.Writer, s string) error {
	return xml.EscapeText(w, []byte(s))
}

// graphMLType maps an attribute kind to a GraphML attr.type. Lists and
// dates are strings: GraphML has no list or date type.
func graphMLType(k kind) string {
	switch k {
	case kindInt:
		return "int"
	case kindDouble:
		return "double"
	}
	return "string"
}

// gexfType maps an attribute kind to a GEXF attribute type. Lists and
// dates are strings, the types every GEXF reader (Gephi, networkx) knows.
func gexfType(k kind) string {
	switch k {
	case kindInt:
		return "integer"
	case kindDouble:
		return "double"
	}
	return "string"
}

// errWriter remembers the first write error so encoders can write many
// pieces and check once.
type errWriter struct {
	w   *bufio.Writer
	err error
}

func (e *errWriter) str(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *errWriter) esc(s string) {
	if e.err == nil {
		e.err = xmlEscape(e.w, s)
	}
}
