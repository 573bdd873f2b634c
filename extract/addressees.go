package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// addresseeVerbs are acts aimed at a counterpart that news often leaves
// unnamed when a verb joined to them by "and" names it: "accused Acme of
// fraud and threatened to sue", "urged both sides to return to the table
// and offered to host talks", "recalled its ambassador from X and
// demanded an explanation".
var addresseeVerbs = map[string]bool{"warn": true, "threaten": true, "demand": true, "offer": true, "refuse": true, "ask": true}

// sharedPreps are the prepositions whose object a coordinated act shares
// ("recalled its envoy from X", "filed complaints against X"); places and
// times ("met officials in X", "talks over X") do not carry over.
var sharedPreps = map[string]bool{"to": true, "with": true, "against": true, "on": true, "from": true}

// sharedAddressees relates the subject of an addressee verb that names no
// counterpart to the actor a verb coordinated with it acts on: "Zeta
// accused Acme of fraud and threatened to sue" gives (Zeta, threaten,
// Acme) beside (Zeta, accuse, Acme). Neither verb may stand in a relative
// clause ("X, which owns 9% of Acme, threatened to vote against the
// deal"), and a reporting verb acts on no one ("said the president had
// lied and threatened to ...").
func (r *RelationStage) sharedAddressees(st *sentState) {
	doc, u := st.doc, st.units
	end := len(doc.Relations)
	for k := 1; k < len(u); k++ {
		v := &u[k]
		lemma := r.lemma(st, v)
		if v.kind != uVG || v.passive || !addresseeVerbs[lemma] || u[k-1].kind != uCC && u[k-1].kind != uComma ||
			!v.aux && doc.Tokens[v.head].Tag == "VBG" || relativeOpen(u, k) >= 0 {
			continue
		}
		if k+1 < len(u) {
			switch n := &u[k+1]; {
			case n.kind == uNP && (n.ent >= 0 || lemma == "ask" || lemma == "warn"):
				continue // "and warned Acme", "and asked the owner to ...": its own addressee
			case n.kind == uSub && doc.Tokens[n.a].Lower == "whether":
				continue // "asked whether ...": a question
			}
		}
		at := doc.Tokens[v.a].Span.Start
		own := false
		for i := st.relBase; i < end; i++ {
			rel := &doc.Relations[i]
			if rel.PredSpan.Start == at && !rel.Role && rel.Obj.Entity >= 0 && actorEntity(doc, rel.Obj.Entity) {
				own = true
			}
		}
		if own {
			continue
		}
		subj := -1
		for _, s := range r.subject(st, k) {
			if s.Entity >= 0 {
				subj = s.Entity
			}
		}
		if subj < 0 || !actorEntity(doc, subj) {
			continue
		}
		best := -1
		for j := range u {
			if j == k || u[j].kind != uVG || u[j].passive || relativeOpen(u, j) >= 0 || !coordinatedVerbs(doc, u, j, k) {
				continue
			}
			if warnVerbs[lemma] && symmetricVerb(r.lemma(st, &u[j])) {
				continue // "met X and warned that the region faced a drought": no warning to X
			}
			if best < 0 || abs(j-k) < abs(best-k) {
				if r.addressed(st, j, subj, end) {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		c := r.baseCtx(st, k)
		if c.question {
			continue
		}
		done := map[int]bool{}
		from := doc.Tokens[u[best].a].Span.Start
		for i := st.relBase; i < end; i++ {
			rel := doc.Relations[i]
			if rel.PredSpan.Start != from || !r.addressee(st, &rel, subj) || done[rel.Obj.Entity] {
				continue
			}
			done[rel.Obj.Entity] = true
			r.emit(st, k, rel.Subj, rel.Obj, lemma, r.predText(st, v, -1), c, 0.5, false)
		}
	}
}

// coordinatedVerbs reports whether the verb groups at j and k are joined
// as acts of one subject: no relative pronoun, subordinator, quotation or
// dash comes between them, but for the "that" of the first verb's own
// clause ("warned that it could retaliate and recalled its envoy").
func coordinatedVerbs(doc *Document, u []unit, j, k int) bool {
	a, b := min(j, k), max(j, k)
	for t := a + 1; t < b; t++ {
		if t == a+1 && u[t].kind == uSub && doc.Tokens[u[t].a].Lower == "that" {
			continue
		}
		switch u[t].kind {
		case uWH, uSub, uQuote, uDash, uColon:
			return false
		}
	}
	return true
}

// addressed reports whether the verb group at j acts on an actor as subj's
// asserted or reported act.
func (r *RelationStage) addressed(st *sentState, j, subj, end int) bool {
	from := st.doc.Tokens[st.units[j].a].Span.Start
	for i := st.relBase; i < end; i++ {
		rel := &st.doc.Relations[i]
		if rel.PredSpan.Start == from && r.addressee(st, rel, subj) {
			return true
		}
	}
	return false
}

// addressee reports whether rel is subj's act on an actor the sentence
// names as such (not "welcomed the verdict", read as the court's), whose
// object comes bare or after a preposition that aims at it.
func (r *RelationStage) addressee(st *sentState, rel *Relation, subj int) bool {
	doc := st.doc
	if v := doc.tokenAt(rel.PredSpan.Start); v >= 0 && r.lex.verbs[doc.Tokens[v].Lemma].report && rel.Pred != doc.Tokens[v].Lemma {
		return false // "said the president had lied": the charge, not an act on him
	}
	if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Subj.Entity != subj || rel.Obj.Entity < 0 || rel.Obj.Entity == subj || !actorEntity(doc, rel.Obj.Entity) {
		return false
	}
	t, h := doc.tokenAt(rel.Obj.Span.Start), doc.tokenFrom(rel.Obj.Span.End)-1
	if t < 0 || h < t || doc.Text[rel.Obj.Span.Start:rel.Obj.Span.End] != rel.Obj.Text {
		return false // (an actor read off another phrase: "crucial to Liverpool's future")
	}
	if m := doc.TokMention[h]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Entity != rel.Obj.Entity {
		return false // a thing of its own standing for the actor
	}
	if w := doc.Tokens[h].Lower; rulingNouns[w] || possessedActNouns[w] || r.eventHead(w) {
		return false // "welcomed the verdict", "rejected the offer": its maker answered, not addressed
	}
	if t > 0 && doc.Tokens[t-1].Tag == "IN" && !sharedPreps[doc.Tokens[t-1].Lower] {
		return false
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
