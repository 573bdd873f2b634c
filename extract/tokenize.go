package extract

import (
	"context"
	"unicode"
	"unicode/utf8"
)

// Tokenizer is the tokenization stage. It splits each sentence into words
// and punctuation: clitics ('s, n't, 're) and surrounding punctuation come
// off, abbreviations keep their periods, hyphenated words stay whole. It
// also marks tokens inside quotation marks.
type Tokenizer struct {
	lex *lexicon
}

// NewTokenizer returns a Tokenizer using the embedded abbreviation lists.
func NewTokenizer(lex *lexicon) *Tokenizer { return &Tokenizer{lex: lex} }

// Annotate fills doc.Tokens and each sentence's token range.
func (t *Tokenizer) Annotate(ctx context.Context, doc *Document) error {
	if doc.Sentences == nil && doc.Text != "" {
		return ErrMissingLayer
	}
	doc.Tokens = doc.Tokens[:0]
	if n := len(doc.Text)/5 + 1; cap(doc.Tokens) < n {
		// about one token per five bytes of news: one allocation, not a
		// copy of every token at each doubling of a long document's slice
		doc.Tokens = make([]Token, 0, n)
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		s.First = len(doc.Tokens)
		doc.Tokens = t.Tokenize(doc.Text, s.Span, si, doc.Tokens)
		s.Last = len(doc.Tokens)
	}
	markQuotes(doc)
	return nil
}

// Tokenize appends the tokens of text[sp.Start:sp.End] to out. Token spans
// are ordered, non-empty, inside sp and never overlap.
func (t *Tokenizer) Tokenize(text string, sp Span, sent int, out []Token) []Token {
	i := sp.Start
	for i < sp.End {
		r, n := utf8.DecodeRuneInString(text[i:sp.End])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < sp.End {
			r, n := utf8.DecodeRuneInString(text[j:sp.End])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		out = t.chunk(text, i, j, sent, out)
		i = j
	}
	return out
}

func isOpenPunct(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '¿', '¡':
		return true
	}
	return false
}

func isClosePunct(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', ',', ';', ':', '!', '?', '.', '…':
		return true
	}
	return false
}

func isDash(r rune) bool { return r == '—' || r == '–' }

func mkToken(text string, a, b, sent int) Token {
	w := text[a:b]
	return Token{Span: Span{a, b}, Text: w, Lower: lowerASCII(w), Sent: sent}
}

// chunk tokenizes one white-space-free chunk text[a:b].
func (t *Tokenizer) chunk(text string, a, b, sent int, out []Token) []Token {
	// already tokenised text: a free-standing clitic ('s, n't) or a
	// Penn Treebank quotation mark (`` '') is one token
	if w := text[a:b]; w == "``" || w == "''" || b-a <= 3 && isClitic(w) {
		return append(out, mkToken(text, a, b, sent))
	}
	// leading punctuation
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !isOpenPunct(r) && !isDash(r) && !(r == '-' && a+1 < b && text[a+1] == '-') {
			break
		}
		if r == '-' {
			n = 2
		}
		out = append(out, mkToken(text, a, a+n, sent))
		a += n
	}
	if a >= b {
		return out
	}
	// trailing punctuation, collected right to left
	var tail [8]Span
	nt := 0
	for b > a && nt < len(tail) {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !isClosePunct(r) {
			break
		}
		if r == '.' {
			w := text[a : b-1]
			if t.keepsPeriod(w) && (b-1 == a || text[b-2] != '.') && !(numberAbbrev[lowerASCII(w)] && !digitAfter(text, b)) {
				break
			}
			if b-a >= 3 && text[b-3:b] == "..." {
				n = 3
			}
		}
		if (r == '\'' || r == '’') && b-n > a {
			// plural possessive (leaders') stays a clitic token
			tail[nt] = Span{b - n, b}
			nt++
			b -= n
			continue
		}
		tail[nt] = Span{b - n, b}
		nt++
		b -= n
	}
	out = t.middle(text, a, b, sent, out)
	for k := nt - 1; k >= 0; k-- {
		out = append(out, mkToken(text, tail[k].Start, tail[k].End, sent))
	}
	return out
}

// middle splits internal dashes and clitics in text[a:b].
func (t *Tokenizer) middle(text string, a, b, sent int, out []Token) []Token {
	if a >= b {
		return out
	}
	// em/en dashes and double hyphens inside a chunk separate words, and
	// so does a comma or semicolon typed between two letters with no space
	// after it ("the Party,said"; not "1,000")
	for i := a; i < b; {
		r, n := utf8.DecodeRuneInString(text[i:b])
		if (r == ',' || r == ';') && i > a && i+1 < b && isASCIILetter(text[i-1]) && isASCIILetter(text[i+1]) {
			out = t.middle(text, a, i, sent, out)
			out = append(out, mkToken(text, i, i+1, sent))
			return t.middle(text, i+1, b, sent, out)
		}
		if isDash(r) || (r == '-' && i+1 < b && text[i+1] == '-') {
			if r == '-' {
				n = 2
			}
			out = t.middle(text, a, i, sent, out)
			out = append(out, mkToken(text, i, i+n, sent))
			return t.middle(text, i+n, b, sent, out)
		}
		i += n
	}
	// "ex-Worldcom boss", "ex-Labour MP": "ex-" is "former", before a name
	// that stands alone
	if b-a > 4 && (text[a] == 'e' || text[a] == 'E') && text[a+1] == 'x' && text[a+2] == '-' && text[a+3] >= 'A' && text[a+3] <= 'Z' {
		out = append(out, mkToken(text, a, a+3, sent))
		return t.middle(text, a+3, b, sent, out)
	}
	// "then-President X", "the then-foreign minister": "then-" is "then",
	// a modifier of the title after it (not of "the then-named firm")
	if b-a > 6 && (text[a] == 't' || text[a] == 'T') && lowerASCII(text[a+1:a+5]) == "hen-" && t.titleAhead(lowerASCII(text[a+5:b])) {
		out = append(out, mkToken(text, a, a+4, sent))
		return t.middle(text, a+5, b, sent, out)
	}
	// clitics
	w := text[a:b]
	lw := lowerASCII(w)
	for _, cl := range cliticSuffixes {
		if len(lw) > len(cl) && hasSuffix(lw, cl) {
			cut := b - cliticBytes(text[a:b], len(cl))
			if cl == "n't" || cl == "n’t" {
				if lw == "can't" || lw == "can’t" {
					cut = a + 2
				} else if lw == "won't" || lw == "won’t" {
					cut = a + 2
				}
			}
			out = append(out, mkToken(text, a, cut, sent))
			return append(out, mkToken(text, cut, b, sent))
		}
	}
	return append(out, mkToken(text, a, b, sent))
}

// titleAhead reports whether the lower-case word w (maybe with a clitic
// "'s") is a title, a role noun or a word of a multi-word title
// ("president", "prime", "foreign", "chief").
func (t *Tokenizer) titleAhead(w string) bool {
	if hasSuffix(w, "'s") {
		w = w[:len(w)-2]
	}
	return t.lex.titles[w] != "" || t.lex.roles[w] || t.lex.titleWords[w]
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isClitic reports whether w is one of the clitics, in any case.
func isClitic(w string) bool {
	lw := lowerASCII(w)
	for _, cl := range cliticSuffixes {
		if lw == cl {
			return true
		}
	}
	return false
}

// cliticSuffixes lists lower-cased clitics split from the word they end.
var cliticSuffixes = []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"}

// cliticBytes returns how many bytes at the end of w form a clitic whose
// ASCII form has n bytes (a curly apostrophe takes three bytes).
func cliticBytes(w string, n int) int {
	k := 0
	for i := len(w); i > 0 && n > 0; n-- {
		r, sz := utf8.DecodeLastRuneInString(w[:i])
		_ = r
		i -= sz
		k += sz
	}
	return k
}

func hasSuffix(s, suf string) bool { return len(s) >= len(suf) && s[len(s)-len(suf):] == suf }

// digitAfter reports whether the first non-space byte at or after i is
// a digit ("No. 10").
func digitAfter(text string, i int) bool {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// keepsPeriod reports whether w (without its final period) is an
// abbreviation or an initialism that keeps the period in its token.
func (t *Tokenizer) keepsPeriod(w string) bool {
	if w == "" {
		return false
	}
	if t.lex.abbrev[lowerASCII(w)] {
		return true
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return dottedInitials(w) && len(w) <= 6
}

// markQuotes sets Token.Quote for tokens between opening and closing
// quotation marks within a paragraph-level scan of the document.
func markQuotes(doc *Document) {
	in := false
	lastSent := -1
	for i := range doc.Tokens {
		tk := &doc.Tokens[i]
		if tk.Sent != lastSent {
			// quotes do not cross a paragraph break
			if lastSent >= 0 && paragraphBreak(doc, lastSent, tk.Sent) {
				in = false
			}
			lastSent = tk.Sent
		}
		switch tk.Text {
		case "“", "«", "``":
			in = true
			continue
		case "”", "»", "''":
			in = false
			continue
		case "\"":
			in = !in
			continue
		}
		tk.Quote = in
	}
}

func paragraphBreak(doc *Document, a, b int) bool {
	if a < 0 || b >= len(doc.Sentences) {
		return true
	}
	for i := doc.Sentences[a].Span.End; i < doc.Sentences[b].Span.Start; i++ {
		if doc.Text[i] == '\n' {
			return true
		}
	}
	return false
}
