package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// quoteVerb returns the verb group outside the quotation that attributes
// the sentence's quotation to its speaker ("“…,” Angelov said", "“…,”
// said Angelov"), or -1.
func (r *RelationStage) quoteVerb(st *sentState) int {
	doc := st.doc
	for vi, u := range st.units {
		if u.kind != uVG || doc.Tokens[u.head].Quote {
			continue
		}
		if info, ok := r.lex.verbs[doc.Tokens[u.head].Lemma]; !ok || !info.report {
			continue
		}
		for _, a := range r.subject(st, vi) {
			if a.Entity == st.speaker {
				return vi
			}
		}
		if vi+1 < len(st.units) && st.units[vi+1].kind == uNP && st.units[vi+1].ent == st.speaker {
			return vi
		}
	}
	return -1
}

// quotedCharges relates the speaker of a direct quotation to the actor
// its opening clause charges or finds failing ("“The court ignored every
// piece of evidence,” Angelov said": Angelov accuse the court; "“The
// prime minister has lost the confidence of this house,” he said"), as a
// reported clause of the same words would ("Angelov said the court had
// ignored ..."), and to the actor it says should or must act ("“He
// should resign before the vote”": urge; "should not": warn; "must":
// demand; "“He should have listened”": criticise, what was left undone;
// not of "they", a group as often as an actor). Only the quotation's
// first clause counts, when its subject is an actor other than the
// speaker and the speaker's own side; a neutral clause ("“The court met on Monday,” he said") gives nothing,
// and no speaker says anything of the clause's subject.
func (r *RelationStage) quotedCharges(st *sentState) {
	doc := st.doc
	if st.speaker < 0 || doc.presplit || !actorEntity(doc, st.speaker) {
		return
	}
	u := st.units
	// the quotation opens the sentence: "“", the subject, the verb
	k := 0
	if k < len(u) && u[k].kind == uQuote {
		k++
	}
	for k < len(u) && u[k].kind == uAdv && doc.Tokens[u[k].a].Quote {
		k++ // "“Too often he has broken my trust”"
	}
	if k+1 >= len(u) || u[k].kind != uNP || !doc.Tokens[u[k].a].Quote || u[k+1].kind != uVG || !doc.Tokens[u[k+1].head].Quote {
		return
	}
	vi := k + 1
	ob, obliged := obligation(st, vi)
	if c, ok := st.ctx[vi]; ok && (c.negated || c.question || c.modality == schema.Hypothetical && !obliged) {
		return
	}
	av := r.quoteVerb(st)
	var spk Arg
	var c clauseCtx
	ptext := "said"
	switch {
	case av > vi:
		c = r.baseCtx(st, av)
		spk = Arg{Entity: -1}
		for _, a := range r.subject(st, av) {
			if a.Entity == st.speaker {
				spk = a
			}
		}
		if spk.Entity != st.speaker && av+1 < len(u) && u[av+1].kind == uNP && u[av+1].ent == st.speaker {
			spk = r.arg(st, &u[av+1]) // "“…,” said Angelov"
		}
		ptext = r.predText(st, &u[av], -1)
	case av < 0 && r.attribution(st) < 0:
		// a quotation going on from the sentence before, whose speaker
		// it keeps ("“…,” Angelov said. “The court ignored …”")
		c = clauseCtx{modality: schema.Asserted, conf: 0.85}
		sp := doc.Tokens[u[k].a].Span
		spk = Arg{Entity: st.speaker, Poss: -1, Span: sp, Text: doc.Entities[st.speaker].Name}
	default:
		return
	}
	if spk.Entity != st.speaker || c.negated || c.question || c.modality != schema.Asserted {
		return
	}
	subj := r.subject(st, vi)
	if len(subj) != 1 || subj[0].Entity < 0 || !actorEntity(doc, subj[0].Entity) {
		return
	}
	if ownSide(doc, []Arg{spk}, subj[0].Entity) {
		return
	}
	lemma := ""
	switch {
	case obliged && (toLower(subj[0].Text) == "they" || toLower(subj[0].Text) == "it"):
		// "“They should reconsider”": a group or thing as often as an actor
	case obliged && doc.Tokens[u[vi].head].Tag == "VBN":
		// "“He should have started with his own house”": what another
		// actor ought to have done and did not
		lemma = "criticise"
	case obliged:
		// "“He should resign before the vote”", "“The Indian side
		// should not misjudge the situation”"
		lemma = ob
	case r.wrongdoing(st, vi) && (misconduct[doc.Tokens[u[vi].head].Lemma] || u[vi].negated || vi+1 < len(u) && u[vi+1].kind == uNP && u[vi+1].no):
		// a verb of misconduct or a duty left undone; in direct speech a
		// past perfect is no charge ("“He had played a good game”")
		lemma = "accuse"
	case unfitness(st, vi):
		lemma = "criticise"
	default:
		lemma = r.judgedStanding(st, vi)
	}
	if lemma == "" {
		return
	}
	n0 := len(doc.Relations)
	r.emit(st, av, spk, subj[0], lemma, ptext, c, 0.5, false)
	markSideCharges(doc, n0)
}

// standingVerbs say what an actor is or has shown itself to be, or the
// steps it has taken ("has proved a reliable partner", "is a reckless
// steward", "has taken necessary steps").
var standingVerbs = map[string]bool{"be": true, "prove": true, "remain": true, "show": true, "take": true, "make": true}

// judgedStanding returns "criticise" or "praise" for the verb group at vi
// inside a quotation when its complement, up to the next comma, judges
// its subject by the evaluative lexicon: a standing lost ("has lost the
// confidence of this house") or an adjective of reproach or praise after
// a verb of being or doing ("has proved a reliable partner", "has taken
// difficult but necessary steps"); "" when it judges nothing ("has taken
// steps", "is a big country").
func (r *RelationStage) judgedStanding(st *sentState, vi int) string {
	doc, u := st.doc, st.units
	v := &u[vi]
	if v.kind != uVG || v.negated || v.modal || v.passive {
		return ""
	}
	lm := doc.Tokens[v.head].Lemma
	if lm == "lose" {
		if vi+1 < len(u) && u[vi+1].kind == uNP && !u[vi+1].no && r.lex.evaluative[doc.Tokens[u[vi+1].head].Lower] == "lost" {
			return "accuse"
		}
		return ""
	}
	if !standingVerbs[lm] {
		return ""
	}
	got := ""
	for k := vi + 1; k < len(u) && k <= vi+4; k++ {
		if u[k].kind == uCC {
			continue // "difficult but necessary steps"
		}
		if u[k].kind != uNP || u[k].no {
			break
		}
		for t := u[k].a; t < u[k].b; t++ {
			if tg := doc.Tokens[t].Tag; tg != "JJ" && tg != "JJR" && tg != "JJS" {
				continue
			}
			switch r.lex.evaluative[doc.Tokens[t].Lower] {
			case "pos":
				if got == "" {
					got = "praise"
				}
			case "neg":
				got = "criticise"
			}
		}
	}
	return got
}

// voicedVerbs state an attitude or an appeal that a person speaking for
// a side voices as "we" ("“We categorically reject any act by X”", "“we
// thank him for his service”", "“We have asked Budapest for an
// explanation”"); a step the side takes together ("“We negotiated with
// the state”", "“we gave them the ships”", "“We will back Poland”") is
// the side's, not the speaker's.
var voicedVerbs = map[string]bool{"reject": true, "condemn": true, "denounce": true, "respect": true, "thank": true, "praise": true,
	"welcome": true, "oppose": true, "urge": true, "ask": true, "tell": true, "warn": true,
	"accuse": true, "blame": true, "criticise": true, "criticize": true, "disagree": true, "regret": true, "congratulate": true,
	"appeal": true, "demand": true, "invite": true, "trust": true, "distrust": true}

// voicedStances gives the person who speaks a quotation the attitudes
// and appeals its "we" voices towards another actor ("“We categorically
// reject any unconstitutional act by President Marsh,” Ambassador Lisa
// Kent wrote": Kent reject Marsh). A person's "we" names a group that
// includes the speaker, which the clauses leave unnamed; an
// organisation's "we" is the organisation already.
func (r *RelationStage) voicedStances(st *sentState) {
	doc := st.doc
	if st.speaker < 0 || doc.presplit || doc.Entities[st.speaker].Type != schema.Person {
		return
	}
	told := -1 // the addressee of the verb of speech ("told BBC News: “We've long urged them ...”")
	if av := r.quoteVerb(st); av >= 0 && av+1 < len(st.units) && st.units[av+1].kind == uNP {
		told = st.units[av+1].ent
	}
	for i := st.relBase; i < len(doc.Relations); i++ {
		rel := &doc.Relations[i]
		if rel.Role || rel.Subj.Entity >= 0 || rel.Subj.Poss >= 0 || toLower(rel.Subj.Text) != "we" || !voicedVerbs[rel.Pred] {
			continue
		}
		if o := rel.Obj.Entity; o < 0 || o == st.speaker || o == told || !actorEntity(doc, o) || ownSide(doc, []Arg{{Entity: st.speaker, Poss: -1}}, o) || roleFor(doc, st.speaker, o) {
			continue
		}
		if t := doc.tokenAt(rel.Subj.Span.Start); t < 0 || !doc.Tokens[t].Quote {
			continue
		}
		if thingBefore(st, rel.Obj) {
			continue // "“We do not accept these claims and we reject them”"
		}
		rel.Subj.Entity = st.speaker
		rel.Confidence *= 0.9
	}
}

// roleFor reports whether the story gives person p a role in or for
// actor o ("Trade Minister X" of Australia, "X, Acme's chief executive").
func roleFor(doc *Document, p, o int) bool {
	return slices.ContainsFunc(doc.Relations, func(rel Relation) bool {
		return rel.Role && rel.Subj.Entity == p && rel.Obj.Entity == o
	})
}

// thingBefore reports whether object o is "it" or "them" after a noun
// phrase of the same number inside the sentence's quotation that names
// no actor, which the pronoun may stand for as well as an actor ("“We do
// not accept these claims and we reject them”").
func thingBefore(st *sentState, o Arg) bool {
	doc := st.doc
	want := ""
	switch toLower(o.Text) {
	case "it":
		want = "NN"
	case "them":
		want = "NNS"
	default:
		return false
	}
	for _, u := range st.units {
		if doc.Tokens[u.a].Span.Start >= o.Span.Start {
			break
		}
		if u.kind == uNP && u.quoted && u.ent < 0 && u.poss < 0 && doc.Tokens[u.head].Tag == want {
			return true
		}
	}
	return false
}
