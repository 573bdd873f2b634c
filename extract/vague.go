package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// vagueWords are argument texts that name nothing on their own: pronouns
// left unresolved, determiners and quantifiers standing alone, and the
// existential "there". A statement with such an end says nothing a graph
// can keep ("it dropped ...", "we give ...") and would join unrelated
// articles through one node called "it".
var vagueWords = map[string]bool{
	"i": true, "me": true, "my": true, "we": true, "us": true, "our": true, "you": true, "your": true,
	"he": true, "him": true, "his": true, "she": true, "her": true, "it": true, "its": true,
	"they": true, "them": true, "their": true, "itself": true, "themselves": true, "himself": true, "herself": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "here": true,
	"a": true, "an": true, "the": true, "some": true, "any": true, "all": true, "both": true, "each": true,
	"more": true, "most": true, "less": true, "many": true, "much": true, "few": true, "several": true,
	"one": true, "ones": true, "other": true, "others": true, "another": true, "none": true,
	"what": true, "which": true, "who": true, "whom": true, "whose": true, "something": true, "anything": true,
	"nothing": true, "everything": true, "someone": true, "anyone": true, "everyone": true, "nobody": true,
	"last year": true, "this year": true, "next year": true, "last week": true, "this week": true,
	"next week": true, "last month": true, "this month": true, "next month": true, "today": true,
	"yesterday": true, "tomorrow": true,
}

// vagueEnd reports whether an argument that resolved to no entity (type
// Thing) is too vague to keep in article mode: a word of vagueWords, a
// calendar word ("Tuesday", "December", a month's abbreviation, and "May",
// which only a person's name keeps from the calendar and which here named
// no person: "would quit in May") or a bare number or year ("2004", "3.5").
// Open IE benchmarks (sentence mode) keep such arguments.
func vagueEnd(t schema.EntityType, text string) bool {
	if t != schema.Thing {
		return false
	}
	k := strings.ToLower(strings.TrimSpace(text))
	if k == "" || vagueWords[k] || calendarWords[k] || months[k] {
		return true
	}
	return strings.IndexFunc(k, func(r rune) bool {
		return !unicode.IsDigit(r) && r != '.' && r != ',' && r != '%'
	}) < 0
}

// thingSubject reports whether relation r, in article mode, has for its
// subject an event, a document or a measure rather than an actor: an
// entity typed Event or Document, or a phrase whose head noun (the last
// noun before a preposition, a comma or a relative pronoun) is one of
// the lexicon's thing heads ("The offer undervalues the company", "the
// U.S.-drafted resolution, which renews the force's mandate", "The
// meeting brought together X and Y"), while its object is an actor. Such
// a statement relates no actor to the object. The agent of a passive
// stays ("was removed by a presidential decree"): the text names it as
// the one acting.
func (lx *lexicon) thingSubject(doc *Document, r *Relation) bool {
	if r.Role || r.PredSpan.End > 0 && r.Subj.Span.Start >= r.PredSpan.End || !actorArg(doc, r.Obj) {
		return false
	}
	if e := r.Subj.Entity; e >= 0 {
		if e < len(doc.Entities) {
			t := doc.Entities[e].Type
			return t == schema.Event || t == schema.Document
		}
		return false
	}
	sp := r.Subj.Span
	head := ""
	for i := doc.tokenFrom(sp.Start); i < len(doc.Tokens) && doc.Tokens[i].Span.End <= sp.End; i++ {
		tk := &doc.Tokens[i]
		if tg := tk.Tag; tg == "IN" || tg == "TO" || tg == "," || tg == ":" || tg == "WDT" || tg == "WP" {
			break
		}
		if isNounTag(tk.Tag) {
			head = tk.Lower
		}
	}
	return head != "" && lx.thingHeads[head]
}

// actorArg reports whether argument a stands for an entity that can act:
// a person, an organisation, a country or a place, not an event, a
// document or a plain phrase.
func actorArg(doc *Document, a Arg) bool {
	if a.Entity < 0 || a.Entity >= len(doc.Entities) {
		return false
	}
	t := doc.Entities[a.Entity].Type
	return t != schema.Event && t != schema.Document && t != schema.Thing
}

// backedObject reports whether relation r's object is a phrase of backing
// whose "of" or "from" names its giver ("Acme won the backing of Norfund",
// "The plan still needs the approval of the regulator", "traced with the
// help of the police"): the giver acts on the subject, not the subject on
// the giver, so the statement is left out of article mode.
func (lx *lexicon) backedObject(doc *Document, r *Relation) bool {
	if r.Role {
		return false
	}
	sp := r.Obj.Span
	head := ""
	for i := doc.tokenFrom(sp.Start); i < len(doc.Tokens) && doc.Tokens[i].Span.End <= sp.End; i++ {
		tk := &doc.Tokens[i]
		if tk.Tag == "IN" || tk.Tag == "TO" || tk.Tag == "," {
			return (tk.Lower == "of" || tk.Lower == "from") && lx.backing[head]
		}
		if isNounTag(tk.Tag) {
			head = tk.Lower
		}
	}
	return false
}
