package perceptron

import "unicode/utf8"

// Feature templates. Each feature is a 64-bit FNV-1a hash of its template
// number and its parts, computed without allocating.
const (
	fBias = iota + 1
	fSuffix3
	fSuffix2
	fSuffix4
	fPrefix1
	fPrefix3
	fPrevTag
	fPrev2Tag
	fPrevTags
	fWord
	fPrevTagWord
	fPrevWord
	fPrevSuffix
	fPrev2Word
	fNextWord
	fNextSuffix
	fNext2Word
	fShape
	fShapeFirst
	fPrevWordWord
	fPrevTagSuffix
	fWordNextWord
	fNextShape
)

// MaxFeatures is the most features one token produces.
const MaxFeatures = 23

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Word classes replace a word's text in word features.
const (
	classNone   = iota // use the lower-cased word
	classHyphen        // contains an inner hyphen
	classYear          // four digits
	classDigits        // starts with a digit
	classStart         // before the sentence
	classEnd           // after the sentence
)

type hash uint64

func newHash(template byte) hash { return (hash(fnvOffset) ^ hash(template)) * fnvPrime }

func (h hash) byte(b byte) hash { return (h ^ hash(b)) * fnvPrime }

// lower mixes s lower-cased (ASCII letters only).
func (h hash) lower(s string) hash {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ hash(c)) * fnvPrime
	}
	return h.byte(0xff)
}

// raw mixes s unchanged.
func (h hash) raw(s string) hash {
	for i := 0; i < len(s); i++ {
		h = (h ^ hash(s[i])) * fnvPrime
	}
	return h.byte(0xff)
}

func (h hash) sum() uint64 {
	if h == 0 {
		return 1
	}
	return uint64(h)
}

// wordClass returns the class of w for word features.
func wordClass(w string) byte {
	if len(w) == 0 {
		return classNone
	}
	digits := 0
	for i := 0; i < len(w); i++ {
		if '0' <= w[i] && w[i] <= '9' {
			digits++
		}
	}
	switch {
	case digits == 4 && len(w) == 4:
		return classYear
	case '0' <= w[0] && w[0] <= '9':
		return classDigits
	}
	for i := 1; i < len(w); i++ {
		if w[i] == '-' && i < len(w)-1 {
			return classHyphen
		}
	}
	return classNone
}

// word mixes the normalised form of w: its class, or its lower-cased text.
func (h hash) word(w string) hash {
	if c := wordClass(w); c != classNone {
		return h.byte(c).byte(0xfe)
	}
	return h.lower(w)
}

// suffix returns the last n runes of w (all of w when shorter).
func suffix(w string, n int) string {
	i := len(w)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
	}
	return w[i:]
}

// prefix returns the first n runes of w.
func prefix(w string, n int) string {
	i := 0
	for k := 0; k < n && i < len(w); k++ {
		_, size := utf8.DecodeRuneInString(w[i:])
		i += size
	}
	return w[:i]
}

// shape mixes the word shape of w: runs of upper (X), lower (x), digit (d)
// and other characters collapsed to one letter each, at most 5 letters,
// plus whether w has a period.
func (h hash) shape(w string) hash {
	var last byte
	n := 0
	period := false
	for i := 0; i < len(w) && n < 5; i++ {
		c := w[i]
		var k byte
		switch {
		case 'A' <= c && c <= 'Z':
			k = 'X'
		case 'a' <= c && c <= 'z':
			k = 'x'
		case '0' <= c && c <= '9':
			k = 'd'
		case c == '.':
			k = '.'
			period = true
		case c == '-':
			k = '-'
		case c >= 0x80:
			k = 'u'
		default:
			k = 'o'
		}
		if k != last {
			h = h.byte(k)
			last = k
			n++
		}
	}
	if period {
		h = h.byte('p')
	}
	return h.byte(0xff)
}

// wordAt mixes the normalised word at position i of words, or a start or
// end marker outside the sentence.
func (h hash) wordAt(words []string, i int) hash {
	switch {
	case i < 0:
		return h.byte(classStart).byte(0xfe)
	case i >= len(words):
		return h.byte(classEnd).byte(0xfe)
	}
	return h.word(words[i])
}

func (h hash) suffixAt(words []string, i int) hash {
	switch {
	case i < 0:
		return h.byte(classStart).byte(0xfe)
	case i >= len(words):
		return h.byte(classEnd).byte(0xfe)
	}
	return h.lower(suffix(words[i], 3))
}

// History is what the tagger decided before the current token.
type History struct {
	Prev, Prev2 uint8 // tags of the two previous tokens; StartTag outside the sentence
}

// NewHistory returns the history at the start of a sentence.
func NewHistory() History { return History{Prev: StartTag, Prev2: StartTag} }

// Push records that the current token was tagged tag.
func (h *History) Push(tag uint8) { h.Prev2, h.Prev = h.Prev, tag }

// Features writes the feature hashes of token i of words into out and
// returns how many it wrote, given the tagging history before i.
func Features(words []string, i int, hist History, out *[MaxFeatures]uint64) int {
	prev, prev2 := hist.Prev, hist.Prev2
	w := words[i]
	n := 0
	add := func(h hash) {
		out[n] = h.sum()
		n++
	}
	add(newHash(fBias))
	add(newHash(fSuffix3).lower(suffix(w, 3)))
	add(newHash(fSuffix2).lower(suffix(w, 2)))
	add(newHash(fSuffix4).lower(suffix(w, 4)))
	add(newHash(fPrefix1).raw(prefix(w, 1)))
	add(newHash(fPrefix3).lower(prefix(w, 3)))
	add(newHash(fPrevTag).byte(prev))
	add(newHash(fPrev2Tag).byte(prev2))
	add(newHash(fPrevTags).byte(prev).byte(prev2))
	add(newHash(fWord).word(w))
	add(newHash(fPrevTagWord).byte(prev).word(w))
	add(newHash(fPrevWord).wordAt(words, i-1))
	add(newHash(fPrevSuffix).suffixAt(words, i-1))
	add(newHash(fPrev2Word).wordAt(words, i-2))
	add(newHash(fNextWord).wordAt(words, i+1))
	add(newHash(fNextSuffix).suffixAt(words, i+1))
	add(newHash(fNext2Word).wordAt(words, i+2))
	add(newHash(fShape).shape(w))
	first := byte(0)
	if i == 0 {
		first = 1
	}
	add(newHash(fShapeFirst).shape(w).byte(first))
	add(newHash(fPrevWordWord).wordAt(words, i-1).word(w))
	add(newHash(fPrevTagSuffix).byte(prev).lower(suffix(w, 3)))
	add(newHash(fWordNextWord).word(w).wordAt(words, i+1))
	if i+1 < len(words) {
		add(newHash(fNextShape).shape(words[i+1]))
	} else {
		add(newHash(fNextShape).byte(classEnd))
	}
	return n
}

// StartTag is the tag value used for positions before the sentence.
const StartTag = uint8(255)
