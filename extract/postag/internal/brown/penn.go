package brown

import "strings"

// simple maps a Brown base tag (lower case, without -tl/-hl/-nc and
// without a negation star) to its Penn tag. Tags whose Penn tag depends on
// context (vb, hv, do, abn, abx, nr, punctuation) are handled in convert.
var simple = map[string]string{
	"abl": "PDT", "ap": "JJ", "at": "DT",
	"be": "VB", "bed": "VBD", "bedz": "VBD", "beg": "VBG", "bem": "VBP",
	"ben": "VBN", "ber": "VBP", "bez": "VBZ",
	"cc": "CC", "cd": "CD", "cs": "IN",
	"dod": "VBD", "doz": "VBZ",
	"dt": "DT", "dti": "DT", "dts": "DT", "dtx": "DT",
	"ex":  "EX",
	"hvd": "VBD", "hvg": "VBG", "hvn": "VBN", "hvz": "VBZ",
	"in": "IN",
	"jj": "JJ", "jjr": "JJR", "jjs": "JJ", "jjt": "JJS", // Brown jjs is "chief", "top", "main"
	"md": "MD",
	"nn": "NN", "nns": "NNS", "np": "NNP", "nps": "NNPS", "nrs": "NNS",
	"od": "JJ", "pn": "NN",
	"pp$": "PRP$", "pp$$": "PRP", "ppl": "PRP", "ppls": "PRP", "ppo": "PRP",
	"pps": "PRP", "ppss": "PRP",
	"ql": "RB", "qlp": "RB",
	"rb": "RB", "rbr": "RBR", "rbt": "RBS", "rn": "RB", "rp": "RP",
	"to": "TO", "uh": "UH",
	"vbd": "VBD", "vbg": "VBG", "vbn": "VBN", "vbz": "VBZ",
	"wdt": "WDT", "wp$": "WP$", "wpo": "WP", "wps": "WP", "wql": "WRB", "wrb": "WRB",
	"*": "RB",
	"(": "(", ")": ")", ",": ",", ".": ".", ":": ":", "--": ":",
	"``": "``", "''": "''", "'": "''",
}

// nominal Brown tags: a base-form verb right after one is present tense (VBP).
var nominal = map[string]bool{
	"pps": true, "ppss": true, "nn": true, "nns": true, "np": true, "nps": true,
	"wps": true, "wdt": true, "ex": true, "pn": true, "cd": true, "dts": true, "nr": true,
	"ppls": true, "ppl": true,
}

// piece is one Brown tag component: its base tag and whether it was
// title-case (-tl) or negated (*).
type piece struct {
	base  string
	title bool
	neg   bool
	poss  bool // base carried a possessive $ suffix
}

func parseTag(tag string) []piece {
	tag = strings.ToLower(tag)
	var ps []piece
	for _, part := range strings.Split(tag, "+") {
		var p piece
		for _, suf := range []string{"-hl", "-tl", "-nc"} {
			for strings.Contains(part, suf) {
				if suf == "-tl" {
					p.title = true
				}
				part = strings.Replace(part, suf, "", 1)
			}
		}
		if part != "*" && strings.HasSuffix(part, "*") {
			p.neg = true
			part = strings.TrimSuffix(part, "*")
		}
		if strings.HasSuffix(part, "$") && part != "pp$" && part != "pp$$" && part != "wp$" {
			p.poss = true
			part = strings.TrimSuffix(part, "$")
		}
		p.base = part
		ps = append(ps, p)
	}
	return ps
}

// Convert maps one Brown sentence to Penn tags and tokens. It returns a
// non-empty bad tag if the sentence has a tag with no Penn equivalent.
func Convert(words, tags []string) ([]Token, string) {
	var out []Token
	var bases []string // Brown base tag of each output token, for context
	emit := func(w, t, base string) {
		out = append(out, Token{Word: w, Tag: t})
		bases = append(bases, base)
	}
	for i, w := range words {
		tag := tags[i]
		if strings.HasPrefix(strings.ToLower(tag), "fw-") {
			// Foreign words keep their syntactic tag: news text uses few,
			// and a FW guess for an unknown English word is always wrong.
			tag = tag[3:]
		}
		ps := parseTag(tag)
		if len(ps) > 1 {
			// A contraction: split the word at its apostrophe.
			a := strings.LastIndexByte(w, '\'')
			if len(ps) != 2 || a <= 0 {
				t, ok := penn(ps[0], w, i, words, tags, bases, out)
				if !ok {
					return nil, tag
				}
				emit(w, t, ps[0].base)
				continue
			}
			first, second := w[:a], w[a:]
			if strings.HasSuffix(first, "n") && strings.HasPrefix(second, "'t") {
				first, second = w[:a-1], w[a-1:]
			}
			t1, ok1 := penn(ps[0], first, i, words, tags, bases, out)
			if !ok1 {
				return nil, tag
			}
			emit(first, t1, ps[0].base)
			t2, ok2 := penn(ps[1], second, i, words, tags, bases, out)
			if !ok2 {
				return nil, tag
			}
			emit(second, t2, ps[1].base)
			continue
		}
		p := ps[0]
		word := w
		var tail, tailTag string
		switch {
		case p.neg && strings.HasSuffix(strings.ToLower(w), "n't") && len(w) > 3:
			word, tail, tailTag = w[:len(w)-3], w[len(w)-3:], "RB"
		case p.neg && strings.EqualFold(w, "cannot"):
			word, tail, tailTag = w[:3], w[3:], "RB"
		case p.poss && strings.HasSuffix(w, "'s") && len(w) > 2:
			word, tail, tailTag = w[:len(w)-2], "'s", "POS"
		case p.poss && strings.HasSuffix(w, "'") && len(w) > 1:
			word, tail, tailTag = w[:len(w)-1], "'", "POS"
		}
		t, ok := penn(p, word, i, words, tags, bases, out)
		if !ok {
			return nil, tag
		}
		emit(word, t, p.base)
		if tail != "" {
			emit(tail, tailTag, "")
		}
	}
	return out, ""
}

// penn returns the Penn tag of one piece. bases and out are the tokens
// converted so far, for context.
func penn(p piece, word string, i int, words, tags []string, bases []string, out []Token) (string, bool) {
	capital := word != "" && word[0] >= 'A' && word[0] <= 'Z'
	if strings.EqualFold(word, "to") && (p.base == "to" || p.base == "in") {
		// The Penn Treebank tags every "to" TO; Brown tags the preposition IN.
		return "TO", true
	}
	switch p.base {
	case "nil", "":
		return "", false
	case "vb", "hv", "do":
		return baseForm(bases, out), true
	case "abn", "abx":
		// all, half, both: PDT before a determiner or possessive, else DT.
		if i+1 < len(tags) {
			next := parseTag(tags[i+1])[0].base
			if next == "at" || next == "pp$" || next == "dt" || next == "dts" {
				return "PDT", true
			}
		}
		return "DT", true
	case "wdt":
		// "what" standing alone is a pronoun (WP); before a noun, WDT.
		if w := strings.ToLower(word); w == "what" || w == "whatever" {
			if i+1 < len(tags) {
				next := parseTag(tags[i+1])[0]
				switch next.base {
				case "nn", "nns", "jj", "ap", "od", "cd":
					if !next.title {
						return "WDT", true
					}
				}
			}
			return "WP", true
		}
		return "WDT", true
	case "nr":
		if capital {
			return "NNP", true
		}
		return "NN", true
	case ".":
		switch word {
		case ";":
			return ":", true
		case "?", "!", ".":
			return ".", true
		}
		return ".", true
	case "'":
		return "''", true
	}
	t, ok := simple[p.base]
	if !ok {
		return "", false
	}
	if p.base == "ap" || p.base == "ql" {
		// Comparative and superlative quantifiers: "more", "most".
		switch strings.ToLower(word) {
		case "more", "less", "fewer":
			if p.base == "ql" {
				return "RBR", true
			}
			return "JJR", true
		case "most", "least", "fewest":
			if p.base == "ql" {
				return "RBS", true
			}
			return "JJS", true
		}
	}
	if t == "NN" && acronym(word) {
		// Brown tags acronyms (NATO, UN, GOP) as common nouns; the Penn
		// Treebank as proper nouns.
		return "NNP", true
	}
	if p.title && capital {
		// Words in titles and names ("Fulton County Grand Jury") are proper
		// nouns in the Penn Treebank.
		switch t {
		case "NN", "JJ", "VBN", "VBG":
			return "NNP", true
		case "NNS":
			return "NNPS", true
		}
	}
	return t, true
}

// baseForm decides between VB and VBP for a Brown base-form verb from the
// tokens before it: after a modal, to or do it is VB; after a subject it
// is VBP; after "and"/"or" it repeats the previous verb's tag; otherwise
// (imperatives, after an object) VB.
func baseForm(bases []string, out []Token) string {
	j := len(bases) - 1
	for j >= 0 && (bases[j] == "rb" || bases[j] == "*" || bases[j] == "ql" || bases[j] == "rbr" || bases[j] == "") {
		j--
	}
	if j < 0 {
		return "VB"
	}
	switch b := bases[j]; {
	case b == "md" || b == "to" || b == "do" || b == "dod" || b == "doz":
		return "VB"
	case nominal[b]:
		return "VBP"
	case b == "cc":
		for k := j - 1; k >= 0; k-- {
			switch out[k].Tag {
			case "VB", "VBP":
				return out[k].Tag
			case "VBD", "VBZ", "VBN", "VBG", ".", ":":
				return "VB"
			}
		}
	}
	return "VB"
}

// acronym reports whether w is two or more capital letters (digits and &
// allowed after the first).
func acronym(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&') {
			return false
		}
	}
	return true
}
