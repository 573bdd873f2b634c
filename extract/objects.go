package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/schema"
)

// ObjectStage names the events and documents that relations take as
// objects ("blocked the proposed merger", "welcomed the ruling", "signed a
// communiqué"): the object becomes an Event or Document entity named by
// its head noun and the nouns before it ("merger", "wage offer") when
// the phrase says more than a determiner and its nouns, one
// entity per name within the article, so a reader can follow what
// happened to the merger. It runs in article mode only; Open IE triples
// keep their phrases.
type ObjectStage struct{}

// NewObjectStage returns the object stage.
func NewObjectStage(*lexicon) *ObjectStage { return &ObjectStage{} }

// objectNouns maps the head nouns of event and document objects to their
// entity type; it is read once from data/objectnouns.tsv.
var objectNouns = sync.OnceValues(func() (map[string]schema.EntityType, error) {
	ls, err := lines("objectnouns.tsv")
	if err != nil {
		return nil, err
	}
	m := make(map[string]schema.EntityType, len(ls))
	for _, l := range ls {
		if len(l) < 2 {
			return nil, fmt.Errorf("extract: objectnouns.tsv: line %q has no type", strings.Join(l, "\t"))
		}
		switch t := schema.EntityType(l[1]); t {
		case schema.Event, schema.Document:
			m[l[0]] = t
		default:
			return nil, fmt.Errorf("extract: objectnouns.tsv: unknown type %q", l[1])
		}
	}
	return m, nil
})

// Annotate gives event and document objects their entities.
func (s *ObjectStage) Annotate(ctx context.Context, doc *Document) error {
	if doc.presplit {
		return nil
	}
	nouns, err := objectNouns()
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	byName := map[string]int{}
	for i := range doc.Relations {
		rel := &doc.Relations[i]
		if rel.Role || rel.Obj.Entity >= 0 {
			continue
		}
		name, typ, ok := objectName(doc, rel.Obj.Span, nouns)
		if !ok {
			continue
		}
		key := toLower(name)
		e, seen := byName[key]
		if !seen {
			e = len(doc.Entities)
			doc.Entities = append(doc.Entities, Entity{Name: name, Type: typ, Nation: -1})
			byName[key] = e
		}
		ent := &doc.Entities[e]
		ent.Mentions++
		if alias := strings.Join(strings.Fields(rel.Obj.Text), " "); alias != "" && !containsString(ent.Aliases, alias) {
			ent.Aliases = append(ent.Aliases, alias)
		}
		rel.Obj.Entity = e
	}
	thingPronouns(doc, nouns, byName)
	return nil
}

// thingPronouns resolves an object "it" that coreference left to no
// actor to the event or document a relation named last, earlier in the
// sentence or in the one before ("The assembly passed the bill. The
// Greens voted against it.": the bill), when no other noun phrase
// stands between as a likelier antecedent. The thing becomes an entity
// named as first written, shared with every later "it" that finds it.
func thingPronouns(doc *Document, nouns map[string]schema.EntityType, byName map[string]int) {
	var bySent map[int][]int // sentence -> its relations, built when first needed
	for i := range doc.Relations {
		rel := &doc.Relations[i]
		if rel.Role || rel.Obj.Entity >= 0 || !thingVerbs[rel.Pred] || toLower(strings.TrimSpace(rel.Obj.Text)) != "it" {
			continue
		}
		if bySent == nil {
			bySent = map[int][]int{}
			for j := range doc.Relations {
				bySent[doc.Relations[j].Sent] = append(bySent[doc.Relations[j].Sent], j)
			}
		}
		near := append(bySent[rel.Sent-1][:len(bySent[rel.Sent-1]):len(bySent[rel.Sent-1])], bySent[rel.Sent]...)
		ant, ok := thingAntecedent(doc, nouns, near, rel.Obj.Span.Start)
		if !ok || actorBetween(doc, rel, bySent[rel.Sent], ant.Span.End) {
			if rel.Pred != "vote" {
				continue
			}
			// "The motion, tabled by the Greens, passed. The Liberals
			// voted against it": a vote is cast on a ballot, whoever
			// the story names between
			if ant, ok = ballotBefore(doc, doc.tokenFrom(rel.Obj.Span.Start)); !ok {
				continue
			}
		}
		if ant.Entity < 0 {
			name := strings.Join(strings.Fields(ant.Text), " ")
			key := toLower(name)
			e, seen := byName[key]
			if !seen {
				head := toLower(lastWord(name))
				e = len(doc.Entities)
				doc.Entities = append(doc.Entities, Entity{Name: name, Type: nouns[head], Nation: -1, Aliases: []string{name}})
				byName[key] = e
			}
			ant.Entity = e
		}
		doc.Entities[ant.Entity].Mentions++
		rel.Obj.Entity = ant.Entity
	}
}

// thingVerbs act on events and documents more than on actors: their
// object "it" may stand for a deal, a law or a vote ("voted against it",
// "ratified it", "hosted it"), where "fined it" or "bought it" stands for
// a firm.
var thingVerbs = map[string]bool{
	"sign": true, "ratify": true, "approve": true, "reject": true, "back": true, "support": true, "oppose": true, "vote": true,
	"praise": true, "welcome": true, "hail": true, "criticise": true, "criticize": true, "condemn": true, "denounce": true,
	"challenge": true, "veto": true, "block": true, "lift": true, "second": true, "table": true, "pass": true, "adopt": true,
	"fight": true, "vow": true, "sponsor": true, "scrap": true, "abandon": true, "drop": true, "suspend": true, "host": true, "attend": true,
	"boycott": true, "accept": true, "endorse": true, "amend": true, "implement": true, "honour": true, "honor": true,
	"violate": true, "breach": true, "delay": true, "postpone": true, "defend": true, "review": true, "appeal": true,
	"overturn": true, "annul": true, "quash": true, "uphold": true, "revoke": true, "extend": true, "renew": true, "enforce": true,
	"introduce": true, "draft": true, "submit": true, "propose": true, "negotiate": true, "broker": true, "mediate": true,
	"organise": true, "organize": true, "cancel": true, "call": true, "describe": true, "dismiss": true, "lobby": true, "protest": true,
}

// thingAntecedent returns the argument of one of relations near (those of
// the pronoun's sentence and the one before) that names an event or
// document (its head one of nouns) and ends last before offset at; ok is
// false when none does or when a relation's object of another kind, no
// actor, ends between it and at.
func thingAntecedent(doc *Document, nouns map[string]schema.EntityType, near []int, at int) (Arg, bool) {
	var best Arg
	bestEnd, otherEnd := -1, -1
	for _, i := range near {
		rel := &doc.Relations[i]
		if rel.Role {
			continue
		}
		for k, a := range []Arg{rel.Subj, rel.Obj} {
			if a.Span.End > at || a.Span.Start >= a.Span.End {
				continue
			}
			if thingArg(doc, a, nouns) {
				if a.Span.End > bestEnd {
					best, bestEnd = a, a.Span.End
				}
			} else if k == 1 && a.Entity < 0 && a.Span.End > otherEnd && !pronounArg(a) && !vagueEnd(schema.Thing, a.Text) {
				// a thing of another kind acted on ("cut the price"),
				// which "it" may stand for as well; actors are
				// coreference's, and subjects are mostly those of "it"'s
				// own clause
				otherEnd = a.Span.End
			}
		}
	}
	if bestEnd < 0 || otherEnd > bestEnd {
		return Arg{}, false
	}
	return best, true
}

// actorBetween reports whether an organisation or a country is named
// between offset from and the object "it" of relation rel, before the
// subjects of rel's verb (same holds the relations of rel's sentence):
// "it" may stand for it ("designed to thwart X's bid for the
// company, a day after X offered to buy it": the company), though
// coreference could not tell.
func actorBetween(doc *Document, rel *Relation, same []int, from int) bool {
	ms := doc.Mentions
	at := rel.Obj.Span.Start
	for _, j := range same {
		if o := &doc.Relations[j]; o.PredSpan == rel.PredSpan {
			if s := o.Subj.Span.Start; s > from && s < at {
				at = s // "Bahrain and Oman also praised it": the subjects are no antecedents
			}
		}
	}
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= from }); i < len(ms) && ms[i].Span.End <= at; i++ {
		m := &ms[i]
		if m.Kind == PronounMention || m.Entity < 0 {
			continue
		}
		if t := doc.Entities[m.Entity].Type; t == schema.Organization || t == schema.Country {
			return true
		}
	}
	return false
}

// thingArg reports whether argument a names an event or document: an
// entity of those types, or a phrase whose last word is one of nouns.
func thingArg(doc *Document, a Arg, nouns map[string]schema.EntityType) bool {
	if a.Entity >= 0 {
		t := doc.Entities[a.Entity].Type
		return t == schema.Document || t == schema.Event
	}
	_, ok := nouns[toLower(lastWord(a.Text))]
	return ok
}

// pronounArg reports whether argument a is a lone pronoun.
func pronounArg(a Arg) bool {
	switch toLower(strings.TrimSpace(a.Text)) {
	case "it", "he", "she", "they", "them", "him", "her", "its", "their", "his", "we", "us", "i", "me":
		return true
	}
	return false
}

// objectName returns the name of an event or document noun phrase over
// span sp: its head noun with the nouns before it, without determiners,
// possessives, adjectives and participles ("the proposed merger" ->
// "merger", "a final wage offer" -> "wage offer"). A phrase with only a
// determiner before its nouns ("the ruling", "any takeover") names itself and gets none, as does one that runs on past its
// head (a preposition, a clause) or whose head is no event or document
// noun.
func objectName(doc *Document, sp Span, nouns map[string]schema.EntityType) (string, schema.EntityType, bool) {
	first := doc.tokenFrom(sp.Start)
	if first >= len(doc.Tokens) || doc.Tokens[first].Span.Start != sp.Start {
		return "", "", false
	}
	last := first
	for last < len(doc.Tokens) && doc.Tokens[last].Span.End <= sp.End {
		last++
	}
	if last == first || !isNounTag(doc.Tokens[last-1].Tag) {
		return "", "", false
	}
	head := last - 1
	typ, ok := nouns[doc.Tokens[head].Lower]
	if !ok || isCap(doc.Tokens[head].Text) && head > first {
		return "", "", false // "the Enterprise Act" is a name the entity stage reads
	}
	start := head
	for start > first && isNounTag(doc.Tokens[start-1].Tag) && doc.Tokens[start-1].Tag != "NNP" && doc.Tokens[start-1].Tag != "NNPS" && !doc.Tokens[start-1].Quote {
		start--
	}
	for t := first; t < head; t++ {
		// a name, a number or a possessor inside makes the phrase
		// particular ("Acme's bid", "the 2004 deal"): no shared name
		if tg := doc.Tokens[t].Tag; tg == "POS" || tg == "CD" || tg == "NNP" || tg == "NNPS" || tg == "PRP$" {
			return "", "", false
		}
		// "months of talks", "the makings of a deal": headed elsewhere
		if tg := doc.Tokens[t].Tag; tg == "IN" || tg == "TO" || tg == "CC" || tg == "," || isVerbTag(tg) && tg != "VBN" && tg != "VBG" {
			return "", "", false
		}
	}
	plain := true
	for t := first; t < start; t++ {
		if doc.Tokens[t].Tag != "DT" {
			plain = false
		}
	}
	if plain {
		return "", "", false // "the ruling", "a trade pact": the phrase names it already
	}
	name := toLower(doc.Text[doc.Tokens[start].Span.Start:doc.Tokens[head].Span.End])
	return strings.Join(strings.Fields(name), " "), typ, true
}

// containsString reports whether list holds s.
func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// thingPhrase reports whether argument a names an event or document
// already known to the reader: an entity typed Document or Event, or a
// noun phrase headed by an event or document noun that a determiner of
// reference ("the deal", "this agreement") or a possessor ("Acme's
// offer", "its budget") opens. An indefinite phrase ("a deal") names no
// particular thing.
func thingPhrase(doc *Document, a Arg) bool {
	if a.Entity >= 0 {
		t := doc.Entities[a.Entity].Type
		return t == schema.Document || t == schema.Event
	}
	first := doc.tokenFrom(a.Span.Start)
	last := first
	for last < len(doc.Tokens) && doc.Tokens[last].Span.End <= a.Span.End {
		last++
	}
	if last == first || first >= len(doc.Tokens) {
		return false
	}
	nouns, err := objectNouns()
	if err != nil {
		return false
	}
	head := &doc.Tokens[last-1]
	if _, ok := nouns[head.Lower]; !ok || !isNounTag(head.Tag) {
		return false
	}
	switch doc.Tokens[first].Lower {
	case "the", "this", "that", "these", "those":
		return true
	}
	for t := first; t < last-1; t++ {
		if tg := doc.Tokens[t].Tag; tg == "POS" || tg == "PRP$" {
			return true
		}
	}
	return false
}

// spokenOfThing relates a speaker to an event or document that the
// subject of its reported clause names and judges: "the union said the
// ruling was a victory", "Hamas said the agreement was a betrayal",
// "critics warned that the deal could leave Acme stretched". The speaker
// speaks of that thing, by the verb of speech. A plain account of what
// the thing does ("said the deal would create 300 jobs", "told reporters
// the pact had been signed") gives nothing: news reports it of every
// party, and a reproach ("said the ban was a farce") is one against the
// thing's maker (actJudged). Verb group vi is the verb of speech with subjects subj; args is
// the clause's subject and inner its verb group.
func (r *RelationStage) spokenOfThing(st *sentState, vi int, subj, args []Arg, inner int, lemma string, c clauseCtx) {
	doc := st.doc
	if len(args) != 1 || !thingPhrase(doc, args[0]) || inner < 0 || inner >= len(st.units) {
		return
	}
	if iv := &st.units[inner]; !warnVerbs[lemma] && (lemma != "say" || doc.Tokens[iv.head].Lemma != "be" || iv.passive) {
		return
	}
	if _, ok := r.actJudged(st, inner, args, subj); ok && !warnVerbs[lemma] {
		return // "said the ban was a farce": a charge against whoever imposed it
	}
	if h := st.units[vi].head; warnVerbs[lemma] && h+1 < len(doc.Tokens) && (strings.HasPrefix(doc.Tokens[h+1].Tag, "NNP") || doc.Tokens[h+1].Tag == "PRP") {
		return // "warned Blair that the war could be illegal": a warning to Blair, not of the war
	}
	o := args[0]
	poss := o.Poss
	o.Poss = -1 // "said Acme's offer was opportunistic": of the offer, not of Acme
	for _, s := range subj {
		if s.Entity >= 0 && !actorEntity(doc, s.Entity) || s.Entity < 0 && thingPhrase(doc, Arg{Entity: -1, Span: s.Span}) {
			continue
		}
		if s.Entity >= 0 && s.Entity == poss {
			continue // "said his statement had been a fair summary": a defence of his own act, no stance on another's
		}
		n := len(doc.Relations)
		r.emit(st, vi, s, o, lemma, r.predText(st, &st.units[vi], -1), c, 0.5, false)
		doc.spoken = append(doc.spoken, doc.Relations[n:]...)
		doc.Relations = doc.Relations[:n]
	}
}

// ballotNouns head what a vote is cast on: a motion, a bill, a resolution,
// a deal put to shareholders ("voted against the merger").
var ballotNouns = map[string]bool{
	"motion": true, "bill": true, "resolution": true, "law": true, "legislation": true, "measure": true, "text": true,
	"proposal": true, "plan": true, "budget": true, "reform": true, "amendment": true, "decree": true, "draft": true,
	"deal": true, "merger": true, "takeover": true, "offer": true, "bid": true, "treaty": true, "agreement": true,
	"accord": true, "pact": true, "package": true, "tariffs": true, "duties": true, "report": true, "nomination": true,
	"bylaw": true, "ordinance": true,
}

// ballotBefore returns the motion, bill or other ballot (ballotNouns, or
// a named document) that the text names last before token at, in at's
// sentence or the two before it: what a vote cast without an object
// ("the Greens abstained", "voted against it") was cast on. The phrase
// runs from its determiner to its head noun ("the finance bill"); ok is
// false when none is named.
func ballotBefore(doc *Document, at int) (Arg, bool) {
	if at <= 0 || at > len(doc.Tokens) {
		return Arg{}, false
	}
	sent := doc.Tokens[at-1].Sent
	for t := at - 1; t >= 0 && doc.Tokens[t].Sent >= sent-2; t-- {
		tk := &doc.Tokens[t]
		if m := doc.TokMention[t]; m >= 0 {
			mn := &doc.Mentions[m]
			if mn.Entity >= 0 && mn.Last == t && doc.Entities[mn.Entity].Type == schema.Document {
				sp := Span{doc.Tokens[mn.First].Span.Start, tk.Span.End}
				return Arg{Entity: mn.Entity, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}, true
			}
			continue
		}
		if tk.Tag != "NN" && tk.Tag != "NNS" || !ballotNouns[tk.Lower] || tk.Quote {
			continue
		}
		if n := t + 1; n < len(doc.Tokens) && doc.Tokens[n].Sent == tk.Sent && (isNounTag(doc.Tokens[n].Tag) || doc.Tokens[n].Tag == "POS") {
			continue // "the bill's sponsors", "the budget vote": a modifier
		}
		s := t
		for s > 0 && doc.Tokens[s-1].Sent == tk.Sent && doc.TokMention[s-1] < 0 {
			switch doc.Tokens[s-1].Tag {
			case "DT", "PRP$", "JJ", "NN", "NNS", "VBN", "HYPH":
				s--
				continue
			}
			break
		}
		for s < t && doc.Tokens[s].Tag != "DT" && doc.Tokens[s].Tag != "PRP$" && !isNounTag(doc.Tokens[s].Tag) && doc.Tokens[s].Tag != "JJ" {
			s++
		}
		sp := Span{doc.Tokens[s].Span.Start, tk.Span.End}
		return Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}, true
	}
	return Arg{}, false
}
