package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// unitKind is the kind of a shallow-parse unit.
type unitKind uint8

const (
	uOther unitKind = iota
	uNP
	uVG
	uP
	uCC
	uComma
	uWH
	uSub
	uTo
	uQuote
	uDash
	uColon
	uAdv
)

// unit is one chunk of a sentence: a noun phrase, a verb group, a
// preposition, a conjunction or a punctuation mark, over tokens [a, b).
type unit struct {
	kind unitKind
	a, b int
	head int // head token (noun of an NP, main verb of a VG)
	// noun phrases
	ent    int  // entity the NP refers to, -1 if none
	poss   int  // entity of a possessor ("Trump's"), -1 if none
	posTok int  // index of the possessive token, -1 if none
	no     bool // determiner "no"
	quoted bool
	// verb groups
	passive, negated, modal, aux bool
	prt                          int // particle token, -1 if none
}

var subordinators = map[string]bool{
	"that": true, "if": true, "because": true, "while": true, "after": true, "before": true,
	"although": true, "though": true, "since": true, "unless": true, "when": true, "whether": true,
	"as": true, "once": true, "until": true, "whereas": true, "so": true, "where": true, "despite": false,
}

// agoAt reports whether a time before "ago" starts at token i: "decades
// ago", "two years ago", "a week ago".
func agoAt(doc *Document, i, last int) bool {
	if t := doc.Tokens[i].Tag; t == "CD" || t == "DT" {
		i++
	}
	return i+1 < last && (doc.Tokens[i].Tag == "NNS" || doc.Tokens[i].Tag == "NN") && doc.Tokens[i+1].Lower == "ago"
}

func isTitleWord(lx *lexicon, w string) bool {
	_, ok := lx.titles[strings.TrimSuffix(w, ".")]
	return ok
}

// prepLike subordinators are prepositions unless a clause follows ("as
// the first minister" vs "as he left").
var prepLike = map[string]bool{"as": true, "since": true, "until": true, "before": true, "after": true, "once": true}

// nominativePronouns can only be the subject of a clause.
var nominativePronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// clauseFollows reports whether a finite verb comes within a few tokens
// after i, before any punctuation, or a pronoun that only a subject takes.
func clauseFollows(doc *Document, i, last int) bool {
	if i < last && nominativePronouns[doc.Tokens[i].Lower] {
		return true // "as he, Ola Brenk and Pia Rusk step up": no preposition takes "he"
	}
	for k := i; k < last && k < i+8; k++ {
		switch doc.Tokens[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case ",", ".", ":", "``", "''":
			return false
		case "CC":
			// "described it as a stab in the back and accused ...": a
			// verb right after a conjunction is coordinated with the
			// sentence's own verb, not the clause's
			if k+1 < last && k > i {
				switch doc.Tokens[k+1].Tag {
				case "VBD", "VBZ", "VBP", "MD":
					return false
				}
			}
		}
		if doc.Tokens[k].Lower == "," {
			return false
		}
		if k > i && doc.Tokens[k].Tag == "IN" && subordinators[doc.Tokens[k].Lower] && !prepLike[doc.Tokens[k].Lower] && doc.Tokens[k].Lower != "that" {
			// "quit as leader of the party because she could not ...": a
			// verb after a second subordinator is that clause's (not
			// after one that is also a preposition: "as talks after the
			// vote stalled")
			return false
		}
	}
	return false
}

var modals = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true, "can": true, "must": true, "ca": true, "'d": true, "shall": true, "cannot": true}

var beForms = map[string]bool{"be": true, "is": true, "are": true, "was": true, "were": true, "been": true, "being": true, "'s": false, "am": true, "'re": true, "get": true, "got": true, "gets": true, "getting": true}

func isVerbTag(t string) bool { return len(t) >= 2 && t[0] == 'V' && t[1] == 'B' }

// chunk splits tokens [first, last) of doc into units.
func chunk(lx *lexicon, doc *Document, first, last int, out []unit) []unit {
	out = out[:0]
	i := first
	for i < last {
		tk := &doc.Tokens[i]
		t := tk.Tag
		switch {
		case tk.Lower == ",":
			out = append(out, unit{kind: uComma, a: i, b: i + 1})
			i++
		case tk.Tag == "``" || tk.Tag == "''":
			out = append(out, unit{kind: uQuote, a: i, b: i + 1})
			i++
		case tk.Lower == "(" && i+2 < last && doc.Tokens[i+2].Lower == ")" && i > first && doc.TokMention[i-1] >= 0 && doc.TokMention[i+1] >= 0:
			// "the Food and Drug Administration (FDA) said": an
			// abbreviation in parentheses after a name is no unit
			i += 3
		case tk.Lower == "—" || tk.Lower == "–" || tk.Lower == "--" || tk.Lower == ";" || tk.Lower == "(" || tk.Lower == ")":
			out = append(out, unit{kind: uDash, a: i, b: i + 1})
			i++
		case tk.Lower == ":":
			out = append(out, unit{kind: uColon, a: i, b: i + 1})
			i++
		case tk.Lower == "to" && i+1 < last && (doc.Tokens[i+1].Tag == "VB" || (doc.Tokens[i+1].Tag == "RB" && i+2 < last && doc.Tokens[i+2].Tag == "VB")):
			out = append(out, unit{kind: uTo, a: i, b: i + 1})
			i++
		case (tk.Lower == "more" || tk.Lower == "fewer" || tk.Lower == "less") && i+2 < last && doc.Tokens[i+1].Lower == "than" && !doc.presplit &&
			(doc.Tokens[i+2].Tag == "CD" || fractionAt(doc, i+2, last) || i+3 < last && (doc.Tokens[i+2].Lower == "a" || doc.Tokens[i+2].Lower == "an") && timeWords[doc.Tokens[i+3].Lower]):
			// "More than 60 Labour MPs", "more than half of its
			// territory", "for more than a year": the quantity modifies
			// the phrase, "than" opens no comparison
			out = append(out, unit{kind: uAdv, a: i, b: i + 2})
			i += 2
		case t == "WDT" || t == "WP" || tk.Lower == "who" || tk.Lower == "which" || tk.Lower == "whom" || tk.Lower == "whose" && i > first && (doc.Tokens[i-1].Lower == "," || isNounTag(doc.Tokens[i-1].Tag)):
			out = append(out, unit{kind: uWH, a: i, b: i + 1})
			i++
		case t == "CC":
			out = append(out, unit{kind: uCC, a: i, b: i + 1})
			i++
		case subordinators[tk.Lower] && (t == "IN" || t == "WRB" || t == "DT" && tk.Lower == "that" && i+1 < last && !isNounTag(doc.Tokens[i+1].Tag)) && (!prepLike[tk.Lower] || clauseFollows(doc, i+1, last)):
			out = append(out, unit{kind: uSub, a: i, b: i + 1})
			i++
		case t == "IN" || t == "TO":
			out = append(out, unit{kind: uP, a: i, b: i + 1})
			i++
		case (t == "VBN" || t == "VBD") && strings.Contains(tk.Text, "-") && i+1 < last && isNounTag(doc.Tokens[i+1].Tag) && doc.TokMention[i+1] < 0:
			// "resumed EU-mediated talks": a hyphenated participle before
			// a noun is its modifier
			i = nounPhrase(lx, doc, i, last, &out)
		case (t == "VBN" || t == "VBD") && len(out) > 0 && out[len(out)-1].kind == uVG && out[len(out)-1].b == i && i+1 < last &&
			(doc.Tokens[i+1].Tag == "NN" || doc.Tokens[i+1].Tag == "NNS" || doc.Tokens[i+1].Tag == "JJ" && i+2 < last && (doc.Tokens[i+2].Tag == "NN" || doc.Tokens[i+2].Tag == "NNS")) && doc.TokMention[i+1] < 0:
			// "submitted detailed proposals": a participle the verb group
			// before it left out modifies the noun after it
			n := len(out)
			i = nounPhrase(lx, doc, i+1, last, &out)
			if len(out) > n {
				out[n].a = out[n].a - 1
			}
		case t == "VBG" && len(out) > 0 && out[len(out)-1].kind == uVG && out[len(out)-1].b == i && out[len(out)-1].head >= 0 &&
			personObjectVerb(doc.Tokens[out[len(out)-1].head].Lemma) && i+1 < last && doc.Tokens[i+1].Tag == "NNS" && !isCap(doc.Tokens[i+1].Text):
			// "ordered striking workers back to work": the participle
			// the verb group left out describes the people after it; the
			// group covers it so that the phrase names the people alone
			out[len(out)-1].b = i + 1
			i = nounPhrase(lx, doc, i+1, last, &out)
		case t == "RB" && i+1 < last && doc.Tokens[i+1].Tag == "RB" && adverbialIdioms[tk.Lower+" "+doc.Tokens[i+1].Lower]:
			out = append(out, unit{kind: uAdv, a: i, b: i + 2}) // "in turn", "by contrast": one adverb
			i += 2
		case len(out) > 0 && out[len(out)-1].kind == uNP && out[len(out)-1].b == i && timeBeforeVerb(doc, i, last) > i:
			// "Vossen Group last week sold Tarsel Media", "Ostria this
			// year expelled ...": a time between the subject and its verb
			// is an adverb, no subject of its own
			e := timeBeforeVerb(doc, i, last)
			out = append(out, unit{kind: uAdv, a: i, b: e})
			i = e
		case floatingQuantifier(doc, out, i, last):
			// "Tolvia, Rostavia and Vendia all signed", "he and Ola Brenk
			// both stepped up campaigning": the quantifier sums up the
			// subjects before the verb and is no subject of its own
			out = append(out, unit{kind: uAdv, a: i, b: i + 1})
			i++
		case isVerbTag(t) || t == "MD" || (t == "RB" && i+1 < last && (isVerbTag(doc.Tokens[i+1].Tag) || doc.Tokens[i+1].Tag == "MD") && isNegOrVGAdv(tk.Lower)):
			i = verbGroup(doc, i, last, &out)
		case isNPStart(doc, i, last):
			i = nounPhrase(lx, doc, i, last, &out)
		case t == "RB" || t == "RBR" || t == "RBS":
			out = append(out, unit{kind: uAdv, a: i, b: i + 1})
			i++
		default:
			out = append(out, unit{kind: uOther, a: i, b: i + 1})
			i++
		}
	}
	return out
}

// timeBeforeVerb returns the end of a time phrase without a preposition
// that starts at token i and that a finite verb follows ("last week
// sold", "earlier this year sued"), or i when none starts there.
func timeBeforeVerb(doc *Document, i, last int) int {
	if e := bareTime(doc, i, last); e > i && verbAt(doc, e, last) {
		return e
	}
	return i
}

// bareTime returns the end of a time phrase without a preposition that
// starts at token i ("last week", "this month", "earlier this year",
// "yesterday"), or i when none starts there.
func bareTime(doc *Document, i, last int) int {
	switch w := doc.Tokens[i].Lower; w {
	case "yesterday", "today":
		return i + 1
	case "earlier", "later":
		if i+1 < last && doc.Tokens[i+1].Lower == "this" {
			i++
		} else {
			return i
		}
	case "last", "this", "next":
	default:
		return i
	}
	if i+1 < last && timeWords[doc.Tokens[i+1].Lower] && doc.Tokens[i+1].Lower != "time" {
		return i + 2
	}
	return i
}

// verbAt reports whether a finite verb starts at token i (after adverbs).
func verbAt(doc *Document, i, last int) bool {
	for i < last && doc.Tokens[i].Tag == "RB" {
		i++
	}
	if i >= last {
		return false
	}
	switch doc.Tokens[i].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

func isNegOrVGAdv(w string) bool {
	switch w {
	case "not", "n't", "never", "also", "then", "just", "already", "still", "long", "indeed", "initially", "recently", "previously", "later", "finally", "now", "repeatedly", "reportedly", "allegedly", "apparently", "successfully", "consistently", "effectively", "directly", "formally", "publicly", "privately", "once", "even", "further", "first", "last":
		return true
	}
	return len(w) > 4 && hasSuffix(w, "ly")
}

// nounAfter reports whether a lower-case common noun stands at token i
// before last.
func nounAfter(doc *Document, i, last int) bool {
	return i < last && (doc.Tokens[i].Tag == "NN" || doc.Tokens[i].Tag == "NNS") && !isCap(doc.Tokens[i].Text)
}

func isNPStart(doc *Document, i, last int) bool {
	t := doc.Tokens[i].Tag
	switch t {
	case "DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP", "$", "EX":
		return true
	}
	if doc.TokMention[i] >= 0 {
		return true
	}
	return false
}

func verbGroup(doc *Document, i, last int, out *[]unit) int {
	u := unit{kind: uVG, a: i, head: -1, prt: -1, ent: -1, poss: -1, posTok: -1}
	sawBe := false
	for i < last {
		tk := &doc.Tokens[i]
		if isVerbTag(tk.Tag) || tk.Tag == "MD" {
			if u.head >= 0 && (tk.Tag == "VBN" || tk.Tag == "VBD") && strings.Contains(tk.Text, "-") && i+1 < last && isNounTag(doc.Tokens[i+1].Tag) && doc.TokMention[i+1] < 0 {
				break // "resumed EU-mediated talks"
			}
			if h := u.head; h >= 0 && (tk.Tag == "VBN" || tk.Tag == "VBD") && isVerbTag(doc.Tokens[h].Tag) && !auxLemma(doc.Tokens[h].Lemma) && doc.Tokens[h].Lemma != "get" &&
				i+1 < last && (doc.Tokens[i+1].Tag == "NNS" || doc.Tokens[i+1].Tag == "NN" || doc.Tokens[i+1].Tag == "JJ" && i+2 < last && (doc.Tokens[i+2].Tag == "NNS" || doc.Tokens[i+2].Tag == "NN")) && doc.TokMention[i+1] < 0 {
				// ("had faced repeated non-tariff barriers": an adjective between too)
				break // "submitted detailed proposals": a participle before a noun after a full verb is an adjective
			}
			if h := u.head; h >= 0 && tk.Tag == "VBG" && personObjectVerb(doc.Tokens[h].Lemma) && isVerbTag(doc.Tokens[h].Tag) && i+1 < last && doc.Tokens[i+1].Tag == "NNS" && !isCap(doc.Tokens[i+1].Text) {
				break // "ordered striking workers back to work": a participle before the people a directive addresses
			}
			if h := u.head; h >= 0 && (tk.Tag == "VBD" || tk.Tag == "VBZ" || tk.Tag == "VBP" || tk.Tag == "MD" || tk.Tag == "VBG" && gerundTaker(doc.Tokens[h].Lemma)) && isVerbTag(doc.Tokens[h].Tag) && !auxLemma(doc.Tokens[h].Lemma) {
				// "the offer X rejected was generous": a new clause
				break
			}
			if u.head >= 0 {
				u.aux = true
				if beForms[doc.Tokens[u.head].Lower] || doc.Tokens[u.head].Lemma == "be" || doc.Tokens[u.head].Lemma == "get" {
					sawBe = true
				}
			}
			if tk.Tag == "MD" {
				if modals[tk.Lower] {
					u.modal = true
				}
				if tk.Lower == "cannot" {
					u.negated = true // "the board cannot dismiss her"
				}
				u.aux = true
			} else {
				u.head = i
			}
			i++
			continue
		}
		if (tk.Tag == "RB" || tk.Tag == "RBR" && (tk.Lower == "later" || tk.Lower == "earlier")) && (isNegOrVGAdv(tk.Lower) || u.aux || u.head >= 0 && auxLemma(doc.Tokens[u.head].Lemma)) && i+1 < last && (isVerbTag(doc.Tokens[i+1].Tag) || doc.Tokens[i+1].Tag == "MD" || doc.Tokens[i+1].Tag == "RB" && i+2 < last && isVerbTag(doc.Tokens[i+2].Tag)) {
			if tk.Lower == "not" || tk.Lower == "n't" || tk.Lower == "never" {
				u.negated = true
			}
			i++
			continue
		}
		if (tk.Lower == "not" || tk.Lower == "n't" || tk.Lower == "never") && u.head >= 0 {
			u.negated = true
			i++
			continue
		}
		if (tk.Lower == "each" || tk.Lower == "all" || tk.Lower == "both") && u.head >= 0 && auxLemma(doc.Tokens[u.head].Lemma) && i+1 < last && doc.Tokens[i+1].Tag == "VBN" {
			// "were each given nine years", "have all signed": a
			// quantifier floated into the group sums up its subjects
			i++
			continue
		}
		if tk.Lower == "since" && u.head >= 0 && doc.Tokens[u.head].Lemma == "have" && i+1 < last {
			// "had since 2015 barred", "has since left": a time inside the group
			n := i + 1
			if doc.Tokens[n].Tag == "CD" || months[doc.Tokens[n].Lower] {
				n++ // "since 2015", "since May"
			}
			if n < last && n+1 < last && doc.Tokens[n].Tag == "CD" {
				n++ // "since May 2019"
			}
			if n < last && (doc.Tokens[n].Tag == "VBN" || doc.Tokens[n].Tag == "VBD") {
				i = n
				continue
			}
		}
		if tk.Lower == "," && u.head >= 0 && auxLemma(doc.Tokens[u.head].Lemma) && i+3 < last && doc.Tokens[i+1].Tag == "RB" && doc.Tokens[i+2].Lower == "," && isVerbTag(doc.Tokens[i+3].Tag) {
			// "has, however, sued": a parenthetical adverb inside the group
			if w := doc.Tokens[i+1].Lower; w == "not" || w == "never" {
				u.negated = true
			}
			i += 3
			continue
		}
		break
	}
	if i == u.a {
		i++ // always make progress
	}
	if u.head < 0 {
		u.head = i - 1
	}
	if sawBe && doc.Tokens[u.head].Tag == "VBN" {
		u.passive = true
	}
	// particle
	if i < last && doc.Tokens[i].Tag == "RP" {
		u.prt = i
		i++
	}
	u.b = i
	*out = append(*out, u)
	return i
}

// amountWord reports whether w is a sum or number ("$5m", "£4bn", "5%").
func amountWord(w string) bool {
	if w == "" {
		return false
	}
	switch c := w[0]; {
	case c == '$' || c >= '0' && c <= '9':
		return true
	}
	return strings.HasPrefix(w, "£") || strings.HasPrefix(w, "€")
}

// gerundTaker reports whether a verb takes a gerund whose act it negates
// or leaves open ("denied attacking", "avoided naming", "considered
// selling"); such a gerund is a verb group of its own.
func gerundTaker(l string) bool {
	return gerundNeg[l] || gerundHyp[l]
}

var (
	gerundNeg = map[string]bool{"deny": true, "avoid": true, "stop": true, "quit": true, "resist": true, "refuse": true, "cease": true, "escape": true}
	gerundHyp = map[string]bool{"consider": true, "risk": true, "propose": true, "suggest": true, "recommend": true, "contemplate": true, "discuss": true, "mull": true}
)

// personObjectVerb reports whether a verb's object is the people it
// directs or constrains, so that an -ing word between the verb and a
// plural noun describes them ("ordered striking workers", "urged
// protesting students") rather than being a gerund ("stopped paying
// workers"); verbs that may take a gerund object are left out.
func personObjectVerb(l string) bool {
	switch l {
	case "require", "allow", "permit", "help", "enable", "advise", "request", "encourage":
		return false
	}
	return objectControlVerbs[l] || l == "bar" || l == "arrest" || l == "detain" || l == "disperse"
}

// clauseAdverb reports whether w modifies a verb, not an adjective.
func clauseAdverb(w string) bool {
	switch w {
	case "never", "not", "n't", "also", "already", "still", "just", "then", "now", "later", "once", "repeatedly", "reportedly", "allegedly",
		"ever", "previously", "recently", "formally", "secretly", "publicly", "quietly", "openly", "jointly", "unanimously", "illegally", "unlawfully":
		return true
	}
	return false
}

// auxLemma reports whether a verb can be an auxiliary before another verb.
func auxLemma(l string) bool {
	switch l {
	case "be", "have", "do", "get", "will", "shall":
		return true
	}
	return false
}

// amountAside returns the token after a parenthesised amount at i that
// stands inside a noun phrase, between an amount and the noun it
// measures ("38 billion baht ($1.1 billion) purchase"), or i when there
// is none: only currency signs, numbers and amount words inside, a number
// or amount word before, a noun after.
func amountAside(doc *Document, i, last int) int {
	if i >= last || i == 0 || doc.Tokens[i].Lower != "(" {
		return i // (the phrase may end the text: "a deal worth about $410 million")
	}
	if p := doc.Tokens[i-1]; p.Tag != "CD" && !amountWord(p.Text) && p.Tag != "NNS" && p.Tag != "NN" {
		return i
	}
	for k := i + 1; k < last && k <= i+6; k++ {
		tk := &doc.Tokens[k]
		if tk.Lower == ")" {
			if k == i+1 || k+1 >= last || !isNounTag(doc.Tokens[k+1].Tag) {
				return i
			}
			return k + 1
		}
		if tk.Tag != "$" && tk.Tag != "CD" && !amountWord(tk.Text) && tk.Lower != "euro" && tk.Lower != "euros" && tk.Lower != "dollars" {
			return i
		}
	}
	return i
}

// worthQualifiers come between "worth" and the sum it names ("worth
// about $5m", "worth up to 40 million euros"); the value is the number
// of words.
var worthQualifiers = map[string]int{"about": 1, "around": 1, "nearly": 1, "almost": 1, "roughly": 1, "some": 1, "approximately": 1,
	"over": 1, "under": 1, "more than": 2, "less than": 2, "fewer than": 2, "up to": 2, "at least": 2, "close to": 2, "an estimated": 2,
	"as much as": 3, "in excess of": 3}

// worthPhrase returns the end of the sum that starts at token i after
// "worth" ("more than 2 billion crowns", "about $3.5 billion", "40
// million euros ($45 million)"), or i when no sum starts there.
func worthPhrase(doc *Document, i, last int) int {
	k := i
	for n := 3; n >= 1; n-- {
		if k+n >= last {
			continue
		}
		w := doc.Tokens[k].Lower
		for j := k + 1; j < k+n; j++ {
			w += " " + doc.Tokens[j].Lower
		}
		if worthQualifiers[w] == n {
			k += n
			break
		}
	}
	start := k
	for k < last && (doc.Tokens[k].Tag == "CD" || doc.Tokens[k].Tag == "$" || amountWord(doc.Tokens[k].Text)) {
		k++
	}
	if k == start {
		return i
	}
	// the currency after the number: "crowns", "Swiss francs", "New
	// Taiwan dollars"
	for n := k; n < last && n < k+3; n++ {
		t := doc.Tokens[n].Tag
		if t == "NNS" || t == "NN" && !isCap(doc.Tokens[n].Text) {
			k = n + 1
			break
		}
		if t != "JJ" && t != "NNP" {
			break
		}
	}
	if e := amountAside(doc, k, last); e > k {
		k = e
	}
	return k
}

// unitsOfTime count a length of time ("days earlier").
var unitsOfTime = map[string]bool{"minutes": true, "hours": true, "days": true, "weeks": true, "months": true, "years": true, "decades": true}

// relativeTime follow a length of time to place an act before or after
// another ("weeks later", "days ago").
var relativeTime = map[string]bool{"earlier": true, "later": true, "ago": true, "before": true, "after": true, "afterwards": true}

// periodicWords say how often, as adverbs ("met weekly") and as adjectives
// before a noun ("a weekly meeting").
var periodicWords = map[string]bool{"hourly": true, "daily": true, "nightly": true, "weekly": true, "fortnightly": true, "monthly": true,
	"quarterly": true, "yearly": true}

func nounPhrase(lx *lexicon, doc *Document, i, last int, out *[]unit) int {
	u := unit{kind: uNP, a: i, head: -1, ent: -1, poss: -1, posTok: -1}
	if doc.Tokens[i].Tag == "PRP" || doc.Tokens[i].Tag == "EX" {
		u.head = i
		u.b = i + 1
		*out = append(*out, u)
		return i + 1
	}
	for i < last {
		tk := &doc.Tokens[i]
		if m := doc.TokMention[i]; m >= 0 && doc.Mentions[m].First == i && doc.Mentions[m].Kind != PronounMention {
			if h := u.head; h >= 0 && doc.Tokens[u.a].Tag == "DT" && (doc.Tokens[h].Tag == "NN" || doc.Tokens[h].Tag == "NNS") && doc.TokMention[h] < 0 && !lx.roles[doc.Tokens[h].Lower] && lx.titles[doc.Tokens[h].Lower] == "" && doc.Mentions[m].Kind == NameMention &&
				(doc.Mentions[m].Type == schema.Person || descHeads[doc.Tokens[h].Lower] == "" && !lx.orgWords[doc.Tokens[h].Lower] && verbAt(doc, doc.Mentions[m].Last, last)) &&
				!coordinatedSubject(*out) && !nounAfter(doc, doc.Mentions[m].Last, last) {
				// "the idea Mr Smith ...", "an offer Acme rejected": a new
				// phrase starts at the name ("the firm Acme said" stays one,
				// and so does "the centrist Yesh Atid leader", a name
				// modifying the noun after it)
				break
			}
			if h := u.head; h >= 0 && h == i-1 && u.a == h && (doc.Tokens[h].Tag == "NN" || doc.Tokens[h].Tag == "NNS") && !isCap(doc.Tokens[h].Text) &&
				proposalNouns[doc.Tokens[h].Lower] != nil && answerGap(doc, i, last, func(t *Token) string { return t.Lemma }) {
				break // "accused Belarus of ..., allegations Minsk has denied": a bare noun, and the name opens a relative clause
			}
			i = doc.Mentions[m].Last
			u.head = i - 1
			continue
		}
		if u.head >= 0 && agoAt(doc, i, last) {
			goto done // "seized by Vandria decades ago", "after a dispute two years ago": a time of its own
		}
		if h := u.head; h >= 0 && h == i-1 && tk.Lower == "worth" && isNounTag(doc.Tokens[h].Tag) && !doc.presplit {
			if e := worthPhrase(doc, i+1, last); e > i+1 {
				// "won contracts worth more than 2 billion crowns from
				// the ministry", "shares worth about $3.5 billion": the
				// value belongs to the noun before it, whose phrase goes
				// on after it
				i = e
				continue
			}
		}
		if h := u.head; h >= 0 && h == i-1 && doc.Tokens[u.a].Lower == "the" && doc.TokMention[h] >= 0 && (tk.Text == "," || tk.Lower == "and") && namesBeforePlural(doc, i, last) {
			i++ // "the Amsterdam, Tarsk and Paris exchanges": names modifying one plural noun
			continue
		}
		if u.head >= 0 && adverbialAfterNoun(doc, i, last) {
			goto done // "declared the envoy persona non grata", "met the minister several times": no word of the phrase
		}
		switch tk.Tag {
		case "DT", "PDT", "PRP$", "CD", "$":
			if u.head >= 0 && doc.TokMention[u.head] >= 0 && u.posTok < u.head {
				goto done // "Fiat 1.55bn euros": a name ends the phrase ("Fiat's 1.55bn offer" goes on)
			}
			if tk.Lower == "no" {
				u.no = true
			}
			if u.head >= 0 && tk.Tag == "DT" {
				goto done
			}
			i++
			continue
		case "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "FW", "HYPH", "SYM":
			if u.head >= 0 && i+1 < last && (tk.Lower == "last" || tk.Lower == "next" || tk.Lower == "this") && (timeWords[doc.Tokens[i+1].Lower] || doc.Tokens[i+1].Lower == "may") {
				goto done // "left the bloc last year": a time of its own
			}
			if h := u.head; h >= 0 && h == i-1 && (tk.Tag == "JJ" || tk.Tag == "JJR") && (doc.Tokens[h].Tag == "NN" || doc.Tokens[h].Tag == "NNS") && doc.TokMention[h] < 0 && doc.TokMention[i] < 0 &&
				!lx.roles[tk.Lower] && lx.titles[tk.Lower] == "" && (i+1 >= last || phraseEnd(doc.Tokens[i+1].Tag)) {
				goto done // "called the move hostile": the adjective says what the move is
			}
			if namedAct(lx, doc, u, i, last) {
				goto done // "called the ban madness": the bare noun says what the ban is
			}
			if u.head >= 0 && u.head == i-1 && heldTo[tk.Lower] && u.a > 0 && isVerbTag(doc.Tokens[u.a-1].Tag) && doc.Tokens[u.a-1].Lemma == "hold" {
				goto done // "held the Varan government responsible for the attack": what the government is held to be
			}
			if h := u.head; h >= 0 && h == i-1 && !isCap(tk.Text) && doc.TokMention[h] >= 0 && doc.Mentions[doc.TokMention[h]].Type == schema.Person &&
				doc.Mentions[doc.TokMention[h]].Kind == NameMention && lx.roles[lx.nounLemma(tk.Lower)] && !(u.a > 0 && doc.Tokens[u.a-1].Lower == "," && doc.Tokens[u.a-1].Sent == tk.Sent && (doc.Tokens[u.a].Lower == "a" || doc.Tokens[u.a].Lower == "an")) {
				// "appointed Rosa Diaz ambassador": the role is a phrase
				// of its own ("X, an Almonte ally,": in apposition the
				// name modifies the role an article opens)
				goto done
			}
			if u.head >= 0 && u.head == i-1 && doc.TokMention[u.head] >= 0 && doc.TokMention[i] < 0 && i+1 < last && unitsOfTime[tk.Lower] && relativeTime[doc.Tokens[i+1].Lower] {
				goto done // "sanctions against Acme days earlier": the time is a phrase of its own
			}
			if h := u.head; h >= 0 && h == i-1 && tk.Tag == "JJ" && !isCap(tk.Text) && doc.TokMention[h] >= 0 && doc.Mentions[doc.TokMention[h]].Kind == NameMention &&
				doc.Tokens[u.a].Tag != "DT" && (doc.Mentions[doc.TokMention[h]].Type == schema.Person || doc.Mentions[doc.TokMention[h]].Type == schema.Organization) &&
				doc.TokMention[i] < 0 && (i+1 >= last || phraseEnd(doc.Tokens[i+1].Tag)) {
				// "found Tomas Brell guilty of fraud": the adjective says
				// what the named one is (not "the US giant", "US crude")
				goto done
			}
			if u.head >= 0 && u.head == i-1 && doc.TokMention[u.head] >= 0 && doc.TokMention[i] < 0 && amountWord(tk.Text) {
				goto done // "paid Acme Bank $5m": the amount is a phrase of its own
			}
			if h := u.head; (tk.Tag == "NNP" || tk.Tag == "NNPS") && h >= 0 && doc.Tokens[u.a].Tag == "DT" && (doc.Tokens[h].Tag == "NN" || doc.Tokens[h].Tag == "NNS") && doc.TokMention[h] < 0 && !lx.roles[doc.Tokens[h].Lower] && lx.titles[doc.Tokens[h].Lower] == "" && (isTitleWord(lx, tk.Lower) || titledName(lx, doc, i, last)) {
				goto done
			}
			if u.head < 0 && (tk.Lower == "nothing" || tk.Lower == "none") {
				u.no = true // "signed nothing with Russia"
			}
			u.head = i
			i++
			continue
		case "POS":
			if u.head < 0 {
				goto done
			}
			u.posTok = i
			i++
			continue
		case "(", "-LRB-":
			if e := amountAside(doc, i, last); e > i && (u.head >= 0 || i > u.a && doc.Tokens[i-1].Tag == "CD") {
				// "38 billion baht ($1.1 billion) purchase": the sum again
				// in another currency; also after a bare sum ("a $2bn
				// (1.8bn euros) takeover")
				i = e
				continue
			}
		case "RB":
			if i > u.a && i+1 < last && isNounTag(doc.Tokens[i+1].Tag) && (doc.Tokens[i-1].Tag == "CD" || doc.Tokens[i-1].Tag == "DT" || doc.Tokens[i-1].Tag == "PRP$" || doc.Tokens[i-1].Tag == "POS") && periodicWords[tk.Lower] {
				u.head = i // "two quarterly payments", "its weekly meeting": an adjective before the noun
				i++
				continue
			}
			// "a partly conductive material", "a very large country": an
			// adverb modifying an adjective inside the phrase
			if i > u.a && i+2 < last && (doc.Tokens[i+1].Tag == "JJ" || doc.Tokens[i+1].Tag == "VBN") && (isNounTag(doc.Tokens[i+2].Tag) || doc.Tokens[i+2].Tag == "JJ") &&
				!clauseAdverb(tk.Lower) && !(doc.Tokens[i+1].Tag == "VBN" && (doc.Tokens[i+2].Tag == "NNP" || doc.Tokens[i+2].Tag == "NNPS")) {
				// (not "Chile never attacked Peru": a clause)
				i++
				continue
			}
		case "VBN", "VBG":
			// "the negotiating table", "long-range weapons": inside an NP
			// only between a modifier and a noun
			if (i > u.a || strings.Contains(tk.Text, "-")) && i+1 < last && (isNounTag(doc.Tokens[i+1].Tag) || modifiedNoun(doc, i+1, last)) && (i == u.a || doc.Tokens[i-1].Tag != "POS" || tk.Tag == "VBG" && (lx.roles[doc.Tokens[i+1].Lower] || lx.orgWords[doc.Tokens[i+1].Lower])) &&
				!(tk.Tag == "VBN" && isNounTag(doc.Tokens[i-1].Tag) && !strings.Contains(tk.Text, "-")) &&
				!(tk.Tag == "VBG" && i > u.a && isNounTag(doc.Tokens[i-1].Tag) && (doc.TokMention[i+1] >= 0 || doc.Tokens[i+1].Tag == "NNP" || doc.Tokens[i+1].Tag == "NNPS")) {
				// (not "a letter accusing Orla's chief": a participle clause)
				// not "Its army attacked Bolivia": a noun, then a past
				// participle, then a noun is a clause
				i++
				continue
			}
		case "VB", "VBP":
			// "a $2 billion offer for X": after an amount that a
			// determiner opens, a base verb is the noun it counts
			if amountRun(doc, u.a, i) {
				u.head = i
				i++
				continue
			}
		case "IN":
			if tk.Lower == "of" && i > u.a && lx.titles[doc.Tokens[i-1].Lower] != "" && i+1 < last && doc.Tokens[i+1].Tag == "NNP" && isCap(doc.Tokens[i-1].Text) {
				i++ // "Secretary of State Mary Poole"
				continue
			}
			if p := doc.Tokens[i-1].Lower; tk.Lower == "for" && i > u.a && isCap(doc.Tokens[i-1].Text) && (lx.titles[p] != "" || ofTitleWords[p]) && titledAfter(doc, i+1, last) {
				i++ // "Minister for Foreign Affairs Mary Poole", "Secretary of State for Health X"
				continue
			}
		case "PRP":
			if tk.Lower == "his" || tk.Lower == "her" || tk.Lower == "its" || tk.Lower == "their" {
				i++
				continue
			}
		case ",":
			// "separate, identical accords", "a long, bitter dispute":
			// adjectives in a row, the comma between them
			if h := u.head; h == i-1 && doc.Tokens[h].Tag == "JJ" && doc.TokMention[h] < 0 && i+2 < last && doc.Tokens[i+1].Tag == "JJ" && doc.TokMention[i+1] < 0 &&
				(doc.Tokens[i+2].Tag == "NN" || doc.Tokens[i+2].Tag == "NNS") {
				i++
				continue
			}
		}
		break
	}
done:
	if u.head < 0 {
		// a lone determiner or number: treat as a minimal NP
		if i == u.a {
			i++
		}
		u.head = i - 1
	}
	if h := u.head; i+1 < last && envoyNouns[doc.Tokens[h].Lower] && doc.Tokens[i].Lower == "to" && !doc.presplit && doc.Tokens[u.a].Lower != "a" && doc.Tokens[u.a].Lower != "an" {
		// "its ambassador to Rwanda", "China's envoy to Canberra": the
		// post is part of the phrase (not "the ambassador to leave", nor
		// "sent an envoy to Peru": where a new one goes)
		if m := doc.TokMention[i+1]; m >= 0 && doc.Mentions[m].First == i+1 && doc.Mentions[m].Kind == NameMention &&
			(doc.Mentions[m].Type == schema.Country || doc.Mentions[m].Type == schema.Location) {
			i = doc.Mentions[m].Last
		}
	}
	u.b = i
	*out = append(*out, u)
	return i
}

// adverbialAfterNoun reports whether token i opens words that follow a
// noun phrase without belonging to it: the Latin complement "persona non
// grata" ("declared the ambassador persona non grata") or a count of
// times ("met the envoy several times", "raised rates three times").
func adverbialAfterNoun(doc *Document, i, last int) bool {
	if i+2 < last && doc.Tokens[i].Lower == "persona" && doc.Tokens[i+1].Lower == "non" && doc.Tokens[i+2].Lower == "grata" {
		return true
	}
	if i+1 < last && doc.Tokens[i+1].Lower == "times" && (i+2 >= last || !isNounTag(doc.Tokens[i+2].Tag) && doc.Tokens[i+2].Tag != "DT" && doc.Tokens[i+2].Tag != "PRP$" && (doc.Tokens[i+2].Tag != "JJ" || doc.Tokens[i+2].Lower == "last" || doc.Tokens[i+2].Lower == "next")) {
		switch doc.Tokens[i].Lower {
		case "several", "many", "numerous", "multiple", "countless", "two", "three", "four", "five", "six", "ten", "dozens", "hundreds":
			return true
		}
	}
	return false
}

// namesBeforePlural reports whether the tokens from i, a comma or "and"
// after a name, go on as a list of one-name modifiers that ends in "and"
// and a name before a lower-case plural noun ("..., Tarsk and Paris
// exchanges", "... and German markets"): the names share the noun.
func namesBeforePlural(doc *Document, i, last int) bool {
	and := false
	for i < last {
		switch {
		case doc.Tokens[i].Text == ",":
			i++
		case doc.Tokens[i].Lower == "and" && !and:
			and = true
			i++
		default:
			return false
		}
		if i < last && doc.Tokens[i].Lower == "and" && !and {
			and = true
			i++ // ", and"
		}
		m := -1
		if i < last {
			m = doc.TokMention[i]
		}
		if m < 0 || doc.Mentions[m].First != i || doc.Mentions[m].Last-doc.Mentions[m].First > 3 || doc.Mentions[m].Kind == PronounMention {
			return false
		}
		i = doc.Mentions[m].Last
		if and {
			for i < last && (doc.Tokens[i].Tag == "NN" || doc.Tokens[i].Tag == "JJ") && !isCap(doc.Tokens[i].Text) && doc.TokMention[i] < 0 {
				i++ // "the Tarsk and Paris stock exchanges"
			}
			return i < last && doc.Tokens[i].Tag == "NNS" && !isCap(doc.Tokens[i].Text) && doc.TokMention[i] < 0
		}
	}
	return false
}

// coordinatedSubject reports whether the units so far are noun phrases
// joined by a conjunction that ends them, before any verb: a phrase that
// starts next is a further subject ("Peru's government and the rebel
// Andean Front agreed ..."), not the head of a relative clause.
func coordinatedSubject(units []unit) bool {
	if len(units) < 2 || units[len(units)-1].kind != uCC {
		return false
	}
	for _, u := range units[:len(units)-1] {
		switch u.kind {
		case uNP, uComma, uCC:
		default:
			return false
		}
	}
	return true
}

// amountRun reports whether tokens a..i-1 are "a"/"an"/"the" and then an
// amount of money or a number ("a $2 billion", "the 40 million").
func amountRun(doc *Document, a, i int) bool {
	if i-a < 2 {
		return false
	}
	switch doc.Tokens[a].Lower {
	case "a", "an", "the":
	default:
		return false
	}
	for k := a + 1; k < i; k++ {
		switch t := doc.Tokens[k]; {
		case t.Tag == "$" || t.Tag == "CD" || t.Text == "$" || strings.HasPrefix(t.Text, "$") || strings.HasPrefix(t.Text, "£") || strings.HasPrefix(t.Text, "€"):
		default:
			return false
		}
	}
	return true
}

// titledName reports whether a capitalised title of up to three words
// starts at i and a person's name follows it ("Transport Minister Julie
// Caron").
func titledName(lx *lexicon, doc *Document, i, last int) bool {
	title := false
	for t := i; t < last && t < i+4; t++ {
		if m := doc.TokMention[t]; m >= 0 {
			return title && doc.Mentions[m].First == t && doc.Mentions[m].Type == schema.Person
		}
		if !isCap(doc.Tokens[t].Text) {
			return false
		}
		if isTitleWord(lx, doc.Tokens[t].Lower) {
			title = true
		}
	}
	return false
}

// modifiedNoun reports whether the tokens from i are an amount or
// adjectives ("14 billion euro", "$2 billion", "new") that end in a
// lower-case noun: "the proposed 14 billion euro merger".
func modifiedNoun(doc *Document, i, last int) bool {
	for k := i; k < last && k < i+6; k++ {
		switch t := doc.Tokens[k].Tag; {
		case t == "CD" || t == "JJ" || t == "$":
		case t == "NN" || t == "NNS":
			return k > i && !isCap(doc.Tokens[k].Text)
		default:
			return false
		}
	}
	return false
}

// heldTo are what one is held to be for a wrong ("held Varan responsible",
// "holds the board accountable").
var heldTo = map[string]bool{"responsible": true, "accountable": true, "liable": true, "culpable": true}

// phraseEnd reports whether a token tagged tag closes a noun phrase: a
// punctuation mark, a preposition, a conjunction or a verb.
func phraseEnd(tag string) bool {
	switch tag {
	case ".", ",", ":", "IN", "CC", "TO", "''", "``":
		return true
	}
	return isVerbTag(tag)
}

// envoyNouns head a phrase that may name the envoy's post after "to".
var envoyNouns = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "consul": true,
	"d'affaires": true, "commissioner": true}

// fractionAt reports whether a fraction of a whole opens at token i:
// "half", "a third", "a quarter", "two thirds".
func fractionAt(doc *Document, i, last int) bool {
	if doc.Tokens[i].Lower == "half" {
		return true
	}
	if i+1 >= last || doc.Tokens[i].Lower != "a" && doc.Tokens[i].Tag != "CD" {
		return false
	}
	switch doc.Tokens[i+1].Lower {
	case "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth":
		return true
	}
	return false
}

// titledAfter reports whether the capitalised words from token a on end
// in the name of a person whose title they are: the portfolio after a
// title's "for" ("Minister for Northern Farming Mary Poole").
func titledAfter(doc *Document, a, last int) bool {
	for k := a; k < last && k < a+5 && isCap(doc.Tokens[k].Text); k++ {
		if m := doc.TokMention[k]; m >= 0 {
			return k > a && doc.Mentions[m].First == k && doc.Mentions[m].Kind == NameMention && doc.Mentions[m].Role != ""
		}
	}
	return false
}

// floatingQuantifier reports whether "all", "both" or "each" at i follows
// a noun phrase and comes right before a finite verb, or an adverb and a
// verb: it floats off the subject before it ("they all agreed").
func floatingQuantifier(doc *Document, out []unit, i, last int) bool {
	switch doc.Tokens[i].Lower {
	case "all", "both", "each":
	default:
		return false
	}
	if len(out) == 0 || out[len(out)-1].kind != uNP || out[len(out)-1].b != i || i+1 >= last {
		return false
	}
	k := i + 1
	if doc.Tokens[k].Tag == "RB" && k+1 < last {
		k++ // "all quickly agreed"
	}
	switch doc.Tokens[k].Tag {
	case "VBD", "VBP", "VBZ", "MD":
		return true
	case "VB":
		return k == i+1 // "A and B all step up": a present tense read as a base form
	case "VBG":
		// "with A and B each accusing the other": a gerund's subjects
		return doc.Tokens[i].Lower != "all"
	}
	return false
}

// namingVerbs name what their object is with a bare noun after it ("called
// the ban madness", "branded the verdict a farce").
var namingVerbs = map[string]bool{"call": true, "brand": true, "label": true, "dub": true, "term": true}

// namedAct reports whether the common noun at i, last in its clause, says
// what the act named just before it is, after a naming verb: "Orvald
// called the ban madness", "branded Veltria's decision censorship" (an
// act noun rarely modifies a noun after it there; not "called the union
// leader", whose first noun names no act).
func namedAct(lx *lexicon, doc *Document, u unit, i, last int) bool {
	h := u.head
	if h < 0 || h != i-1 || u.a == 0 || doc.Tokens[i].Tag != "NN" || isCap(doc.Tokens[i].Text) || doc.TokMention[i] >= 0 || doc.TokMention[h] >= 0 {
		return false
	}
	if v := &doc.Tokens[u.a-1]; !isVerbTag(v.Tag) || !namingVerbs[v.Lemma] {
		return false
	}
	if w := doc.Tokens[h].Lower; doc.Tokens[h].Tag != "NN" && doc.Tokens[h].Tag != "NNS" || proposalNouns[w] == nil && !actNouns[w] && !rulingNouns[w] {
		return false
	}
	if w := doc.Tokens[i].Lower; lx.roles[w] || lx.titles[w] != "" || lx.orgWords[w] {
		return false
	}
	return i+1 >= last || phraseEnd(doc.Tokens[i+1].Tag)
}
