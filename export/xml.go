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

// xmlAttrType maps an attribute kind to a GraphML attr.type or GEXF type.
// Lists and dates are strings: neither format has a list or date type that
// GraphML readers, networkx and Gephi all accept.
func xmlAttrType(k kind) string {
	switch k {
	case kindInt:
		return "int"
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
