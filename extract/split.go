package extract

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Splitter is the sentence-splitting stage. It breaks text at paragraph
// breaks and at sentence-final punctuation that is not part of an
// abbreviation, keeps closing quotes with their sentence, and marks
// datelines, bylines and photo credits as skipped.
type Splitter struct {
	lex *lexicon
}

// NewSplitter returns a Splitter using the embedded abbreviation lists.
func NewSplitter(lex *lexicon) *Splitter { return &Splitter{lex: lex} }

// Annotate fills doc.Sentences. A document whose sentences were given by
// the caller (ExtractSentences) is left as it is.
func (s *Splitter) Annotate(ctx context.Context, doc *Document) error {
	if doc.presplit {
		return nil
	}
	doc.Sentences = s.Split(doc.Text, doc.Sentences[:0])
	if doc.Sentences == nil {
		doc.Sentences = []Sentence{} // the layer exists, empty
	}
	return nil
}

// Split appends the sentences of text to out and returns it. Sentence spans
// are ordered, non-overlapping, non-empty and trimmed of surrounding space.
func (s *Splitter) Split(text string, out []Sentence) []Sentence {
	lineStart := 0
	for lineStart < len(text) {
		lineEnd := lineStart
		for lineEnd < len(text) && text[lineEnd] != '\n' {
			lineEnd++
		}
		out = s.splitLine(text, lineStart, lineEnd, out)
		lineStart = lineEnd + 1
	}
	return out
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// trim narrows [a, b) to exclude surrounding white space (including
// non-breaking spaces).
func trim(text string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

func (s *Splitter) splitLine(text string, a, b int, out []Sentence) []Sentence {
	a, b = trim(text, a, b)
	if a >= b {
		return out
	}
	if s.isCredit(text[a:b]) {
		return append(out, Sentence{Span: Span{a, b}, Skip: true})
	}
	if d := datelineEnd(text, a, b); d > a {
		// a dateline whose place runs on to a country or date and an agency
		// in brackets ("MANILA, Philippines (AP) -") stays a sentence of its
		// own that the entity layer reads: it names the story's home
		// country, as a prose sentence would
		skip := !(strings.Contains(text[a:d], ", ") && strings.Contains(text[a:d], ")"))
		out = append(out, Sentence{Span: Span{a, d}, Skip: skip})
		a, b = trim(text, d, b)
		if a >= b {
			return out
		}
	}
	start := a
	for i := a; i < b; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// swallow runs of terminators and closing quotes/brackets
		j := i + 1
		for j < b {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' {
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:b])
			if r == '”' || r == '’' || r == '»' {
				j += n
				continue
			}
			break
		}
		if j >= b || !isSpaceByte(text[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < b && isSpaceByte(text[k]) {
			k++
		}
		if k >= b {
			break
		}
		if !s.boundary(text, start, i, j, k, b) {
			i = j - 1
			continue
		}
		sa, sb := trim(text, start, j)
		if sa < sb {
			out = append(out, Sentence{Span: Span{sa, sb}})
		}
		start = k
		i = k - 1
	}
	sa, sb := trim(text, start, b)
	if sa < sb {
		out = append(out, Sentence{Span: Span{sa, sb}})
	}
	return out
}

// boundary decides whether the terminator at i (terminator run ending at j,
// next word starting at k) ends a sentence.
func (s *Splitter) boundary(text string, start, i, j, k, b int) bool {
	next, _ := utf8.DecodeRuneInString(text[k:b])
	closedQuote := false
	for q := i + 1; q < j; q++ {
		if text[q] == '"' || text[q] == '\'' || text[q] >= 0x80 {
			closedQuote = true
		}
	}
	if unicode.IsLower(next) {
		return false
	}
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '«' || next == '‘' || next == '\'' || next == '(' || next == '[') {
		return false
	}
	nw := wordAt(text, k, b)
	if closedQuote {
		// “Is it?” she asked. / “Correct,” Witkoff responded.
		if s.lex.reportVerb[lowerASCII(nw)] || s.lex.pronounSubj[lowerASCII(nw)] && s.lex.reportVerb[lowerASCII(wordAt(text, skipWord(text, k, b), b))] {
			return false
		}
		if s.lex.reportVerb[lowerASCII(wordAt(text, skipWord(text, k, b), b))] {
			return false
		}
		return true
	}
	if text[i] != '.' {
		return true
	}
	// the word the period ends
	w := i
	for w > start && !isSpaceByte(text[w-1]) && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := text[w:i]
	if word == "" {
		return true
	}
	lw := lowerASCII(word)
	if firmAbbrev[lw] {
		// "fined Acme Corp. The company denied": a company's name can end
		// its sentence, before an obvious opener
		l := lowerASCII(nw)
		switch {
		case s.lex.opener[l]:
			return true
		case s.lex.titles[l] != "" || s.lex.titleWords[l]:
			return false // "Halden Inc. Chairman Ola Berg"
		case s.lex.firstNames[l] != 0:
			return true // "fined Acme Corp. Ana Ruiz, its founder, said"
		}
		// "fined Acme Corp. Corporate lawyers said": a capitalised word
		// before a lower-case one opens a sentence (not "Acme Corp. and
		// Halden Inc.", nor "Acme Corp. Board of Directors")
		after := wordAt(text, skipWord(text, k, b), b)
		n, _ := utf8.DecodeRuneInString(after)
		return unicode.IsLower(n) && !nameJoiners[after]
	}
	if s.lex.abbrev[lw] && !(numberAbbrev[lw] && (nw == "" || nw[0] < '0' || nw[0] > '9')) {
		return false // ("said no. Opposition leaders ...": "No." counts only before a number)
	}
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return false // initial
	}
	if dottedInitials(word) {
		// U.S. — a boundary only before an obvious sentence opener
		return s.lex.opener[lowerASCII(nw)]
	}
	return true
}

// nameJoiners are lower-case words inside a capitalised name ("Board of
// Directors", "Marks and Spencer").
var nameJoiners = map[string]bool{"of": true, "and": true, "for": true, "de": true, "the": true}

// firmAbbrev end a company's name ("Acme Corp.", "Halden Bros.").
var firmAbbrev = map[string]bool{"corp": true, "inc": true, "ltd": true, "co": true, "bros": true, "plc": true}

// numberAbbrev are abbreviations that stand only before a number ("No.
// 10", "Vol. 2").
var numberAbbrev = map[string]bool{"no": true, "nos": true, "vol": true}

// dottedInitials reports whether w is written with inner periods and no
// digit: "U.S", "p.m", not "42.3%" or "1.5", which end their sentence.
func dottedInitials(w string) bool {
	return hasInnerDot(w) && strings.IndexAny(w, "0123456789") < 0
}

func hasInnerDot(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return true
		}
	}
	return false
}

func wordAt(text string, k, b int) string {
	e := k
	for e < b && !isSpaceByte(text[e]) && text[e] != ',' && text[e] != '.' && text[e] != ':' {
		e++
	}
	return text[k:e]
}

func skipWord(text string, k, b int) int {
	for k < b && !isSpaceByte(text[k]) {
		k++
	}
	for k < b && isSpaceByte(text[k]) {
		k++
	}
	return k
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return toLower(s)
		}
	}
	return s
}

func toLower(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '’' || r == '‘' {
			b = append(b, '\'')
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += n
	}
	return string(b)
}

// isCredit reports whether a line is a photo credit or byline: no sentence
// punctuation, short, and every word capitalised or a slash-joined source.
func (s *Splitter) isCredit(line string) bool {
	if len(line) > 120 {
		return false
	}
	last := line[len(line)-1]
	if last == '.' || last == '?' || last == '!' || last == '"' {
		return false
	}
	slash := false
	words := 0
	for _, f := range fieldsASCII(line) {
		words++
		r, _ := utf8.DecodeRuneInString(f)
		if unicode.IsLower(r) && f != "by" {
			return false
		}
		for i := 0; i < len(f); i++ {
			if f[i] == '/' {
				slash = true
			}
		}
	}
	if slash {
		return true
	}
	return words >= 2 && len(line) > 3 && (line[:3] == "By " || line[:3] == "BY ")
}

func fieldsASCII(s string) []string {
	var out []string
	i := 0
	for i < len(s) {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		if j > i {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// datelineEnd returns the end of a leading dateline ("WASHINGTON —",
// "LONDON (Reuters) -") in text[a:b], or a when there is none.
func datelineEnd(text string, a, b int) int {
	i := a
	upper := 0
	for i < b {
		c := text[i]
		if c >= 'A' && c <= 'Z' {
			upper++
			i++
			continue
		}
		if c == ' ' || c == ',' || c == '.' || c == '(' || c == ')' || c == '\'' || (c >= 'a' && c <= 'z' && i > a && (text[i-1] == '(' || text[i-1] >= 'A' && text[i-1] <= 'Z' && i-1 > a && text[i-2] == '(')) {
			if c >= 'a' && c <= 'z' {
				for i < b && text[i] != ')' {
					i++
				}
				continue
			}
			i++
			continue
		}
		break
	}
	if upper < 3 || i >= b {
		return a
	}
	w := i
	for w > a && text[w-1] >= 'A' && text[w-1] <= 'Z' {
		w-- // back to the start of a capitalised word cut short
	}
	if w >= a+2 && text[w-2] == ',' && text[w-1] == ' ' {
		if t := datelineTail(text, w, b); t > w {
			i = t // "TAMPERE, Finland, May 2 -"
		}
	}
	for _, dash := range []string{"—", "–", "-", "--"} {
		if len(text)-i >= len(dash) && i+len(dash) <= b && text[i:i+len(dash)] == dash {
			return i + len(dash)
		}
	}
	return a
}

// datelineTail skips, from i, the capitalised words and numbers after a
// dateline's city ("Finland, May 2 " in "TAMPERE, Finland, May 2 -"), and an
// agency in brackets after them ("Kenya (AP) -"), up to the dash, and returns where the dash starts; i when the text there is
// prose.
func datelineTail(text string, i, b int) int {
	j := i
	for j < b && j < i+48 {
		c := text[j]
		switch {
		case c == ' ' && j+1 < b && (text[j+1] == '-' || strings.HasPrefix(text[j+1:], "—") || strings.HasPrefix(text[j+1:], "–")):
			return j + 1
		case c == ' ' || c == ',' || c == '.':
			j++
		case c == '(' && j > i && text[j-1] == ' ':
			// an agency in brackets: "Kenya (AP) -", "Oct 14 (Reuters) -"
			k := j + 1
			for k < b && k < j+20 && (text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z' || text[k] == '-' || text[k] == ' ') {
				k++
			}
			if k == j+1 || k >= b || text[k] != ')' || text[j+1] < 'A' || text[j+1] > 'Z' {
				return i
			}
			j = k + 1
		case (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && (j == i || text[j-1] == ' '):
			j++
			for j < b && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z' || text[j] >= '0' && text[j] <= '9') {
				j++
			}
		default:
			return i
		}
	}
	return i
}
