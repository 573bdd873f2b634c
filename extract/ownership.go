package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// ownVerbs are the participles of ownership whose passive names the owner
// after "by" ("is 60 percent owned by X", "a firm controlled by X").
var ownVerbs = map[string]bool{"own": true, "control": true}

// shareHead reports whether w heads a share of something: "60 percent",
// "60%", "60 per cent".
func shareHead(w string) bool {
	return w == "percent" || w == "cent" || w == "%" || len(w) > 1 && strings.HasSuffix(w, "%")
}

// shareBefore returns the first unit of a share phrase ("60 percent", "60
// per cent") that ends right before unit k, or -1.
func shareBefore(st *sentState, k int) int {
	u := st.units
	doc := st.doc
	if k < 1 || u[k-1].kind != uNP || !shareHead(doc.Tokens[u[k-1].head].Lower) {
		return -1
	}
	if doc.Tokens[u[k-1].head].Lower == "cent" {
		if k >= 3 && u[k-2].kind == uP && doc.Tokens[u[k-2].a].Lower == "per" && u[k-3].kind == uNP {
			return k - 3
		}
		return -1
	}
	return k - 1
}

// shareAt returns the unit after a share phrase that starts at unit k, or
// -1.
func shareAt(st *sentState, k int) int {
	u := st.units
	doc := st.doc
	if k >= len(u) || u[k].kind != uNP {
		return -1
	}
	if shareHead(doc.Tokens[u[k].head].Lower) && doc.Tokens[u[k].head].Lower != "cent" {
		return k + 1
	}
	if k+2 < len(u) && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "per" && u[k+2].kind == uNP && doc.Tokens[u[k+2].head].Lower == "cent" {
		return k + 3
	}
	return -1
}

// ownership relates the owners of a passive of ownership with shares to
// what they own: "The plant is 60 percent owned by X and 40 percent by Y"
// gives (X, own, plant) and (Y, own, plant); "a firm 40 percent owned by
// X" gives (X, own, firm). The shares themselves are no participants.
func (r *RelationStage) ownership(st *sentState) {
	u := st.units
	doc := st.doc
	for k := range u {
		if u[k].kind != uVG || doc.Tokens[u[k].head].Tag != "VBN" || !ownVerbs[doc.Tokens[u[k].head].Lemma] {
			continue
		}
		if k+2 >= len(u) || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "by" || u[k+2].kind != uNP {
			continue
		}
		var patients []Arg
		ctxUnit := k
		s := shareBefore(st, k)
		switch {
		case u[k].passive:
			// "is partly owned by X and 40 percent by Y": the owners after
			// a share are the ones the clause misses
			patients = r.subject(st, k)
		case s >= 2 && u[s-1].kind == uVG && doc.Tokens[u[s-1].head].Lemma == "be" && !u[s-1].aux:
			patients = r.subject(st, s-1)
			ctxUnit = s - 1
		case s >= 1 && u[s-1].kind == uNP:
			patients = []Arg{r.arg(st, &u[s-1])}
		}
		if len(patients) == 0 {
			continue
		}
		owners := r.owners(st, k+2)
		if len(owners) == 0 {
			continue
		}
		c := r.baseCtx(st, ctxUnit)
		ptext := doc.Tokens[u[k].head].Text + " by"
		for _, p := range patients {
			for _, o := range owners {
				r.emit(st, k, o, p, "own", ptext, c, 0.85, false)
			}
		}
	}
}

// owners returns the noun phrases named as owners from unit k on: a list
// ("A and B", "A, B and C") and further owners after shares ("... and 40
// percent by C"). Shares are left out.
func (r *RelationStage) owners(st *sentState, k int) []Arg {
	u := st.units
	doc := st.doc
	var out []Arg
	for k < len(u) && u[k].kind == uNP {
		if e := shareAt(st, k); e > 0 {
			if e+1 < len(u) && u[e].kind == uP && doc.Tokens[u[e].a].Lower == "by" && u[e+1].kind == uNP {
				k = e + 1
				continue
			}
			break
		}
		a := r.arg(st, &u[k])
		k++
		if a.Entity < 0 && k+1 < len(u) && u[k].kind == uComma && u[k+1].kind == uNP && u[k+1].ent >= 0 && (k+2 == len(u) || u[k+2].kind != uNP && u[k+2].kind != uP) {
			// "the operator, Acme Mining": the name names the owner
			a = r.arg(st, &u[k+1])
			k += 2
		}
		out = append(out, a)
		if k < len(u) && u[k].kind == uP && doc.Tokens[u[k].a].Lower == "of" && k+1 < len(u) && u[k+1].kind == uNP {
			k += 2 // "Acme of Canada": the of-phrase belongs to the owner
		}
		n := k
		if n < len(u) && u[n].kind == uComma {
			n++
		}
		if n < len(u) && u[n].kind == uCC && doc.Tokens[u[n].a].Lower == "and" {
			n++
		}
		if n == k || n >= len(u) || u[n].kind != uNP {
			break
		}
		if n == k+1 && u[k].kind == uComma && shareAt(st, n) < 0 && !(u[n].ent >= 0 && n+1 < len(u) && (u[n+1].kind == uComma || u[n+1].kind == uCC)) {
			break // "A, a Norwegian firm": no list
		}
		k = n
	}
	return out
}

// possessedStakes relates the possessor of a stake to what it is in, as
// the clause tells of it: "agreed to sell its stake in Baltica Lines",
// "Acme's 12 percent holding in Zeta" (Acme owns a part of the company
// until the sale; a clause is no condition of that).
func (r *RelationStage) possessedStakes(st *sentState) {
	u, doc := st.units, st.doc
	for k := 0; k+2 < len(u); k++ {
		if u[k].kind != uNP || u[k].poss < 0 || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "in" || u[k+2].kind != uNP {
			continue
		}
		if ev, ok := r.lex.events[doc.Tokens[u[k].head].Lower]; !ok || ev.lemma != "own" {
			continue
		}
		if transferred(r, st, k) {
			continue // "acquired Halvex's stake in X": no longer Halvex's
		}
		owner := Arg{Entity: u[k].poss, Poss: -1, Span: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].head].Span.End}, Text: doc.Entities[u[k].poss].Name}
		c := clauseCtx{modality: schema.Asserted, conf: 1}
		list, _ := r.npList(st, k+2) // "in a ferry operator, Baltica Lines"
		for _, o := range list {
			if o.Entity >= 0 && o.Entity != owner.Entity {
				r.emit(st, -1, owner, o, "own", doc.Tokens[u[k].head].Text+" in", c, 0.7, false)
			}
		}
	}
}

// transferVerbs move a stake from its holder.
var transferVerbs = map[string]bool{"buy": true, "acquire": true, "sell": true, "purchase": true, "take": true,
	"transfer": true, "divest": true, "offload": true, "dispose": true}

// transferred reports whether the noun phrase at unit k is the object of a
// transfer verb the sentence states as done.
func transferred(r *RelationStage, st *sentState, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if st.units[j].kind != uVG {
			continue
		}
		if !transferVerbs[st.doc.Tokens[st.units[j].head].Lemma] {
			return false
		}
		return r.baseCtx(st, j).modality != schema.Hypothetical
	}
	return false
}

// stakeKeepers are the verbs whose object a stake is kept by: "holds a
// 35 percent stake", "has a majority stake", "owns a minority interest".
var stakeKeepers = map[string]bool{"hold": true, "have": true, "own": true, "keep": true, "retain": true}

// stakeRelatives reads a relative clause after "in which" that gives its
// subject a stake in the antecedent: "Marlo, the online marketplace in
// which it holds a 35 percent stake," and "Tarvo Bank, in which the state
// is the largest shareholder," give (it, own, Marlo) and (state, own,
// Tarvo Bank); a role may come after "of which" too ("Pellam Bank, of
// which Garvoy Capital is the largest shareholder,"). An antecedent in
// apposition to a name is that name.
func (r *RelationStage) stakeRelatives(st *sentState) {
	u, doc := st.units, st.doc
	for k := 1; k+4 < len(u); k++ {
		prep := doc.Tokens[u[k].a].Lower
		if u[k].kind != uP || prep != "in" && prep != "of" || u[k+1].kind != uWH || doc.Tokens[u[k+1].a].Lower != "which" ||
			u[k+2].kind != uNP || u[k+3].kind != uVG {
			continue
		}
		// the antecedent: "Marlo, the marketplace in which" or "Tarvo
		// Bank, in which"
		a := k - 1
		if u[a].kind == uComma && a >= 1 {
			a--
		}
		if u[a].kind != uNP {
			continue
		}
		if u[a].ent < 0 && a >= 2 && u[a-1].kind == uComma && u[a-2].kind == uNP && u[a-2].ent >= 0 {
			a -= 2
		}
		o := k + 4
		if o < len(u) && u[o].kind == uAdv {
			o++ // "is also an investor"
		}
		if o >= len(u) || u[o].kind != uNP || u[k+3].head < 0 {
			continue
		}
		verb, head := doc.Tokens[u[k+3].head].Lemma, doc.Tokens[u[o].head].Lower
		stake := stakeKeepers[verb] && r.lex.events[head].lemma == "own"
		role := verb == "be" && stakeRoles[strings.TrimSuffix(head, "s")]
		if !stake && !role || prep == "of" && !role {
			// "Sulo Bank, of which the state is the largest shareholder,";
			// not "of which it holds a stake" (a stake is held in a firm)
			continue
		}
		owner, owned := r.arg(st, &u[k+2]), r.arg(st, &u[a])
		if owner.Entity < 0 || owned.Entity < 0 {
			continue
		}
		r.emit(st, k+3, owner, owned, "own", doc.Tokens[u[o].head].Text+" "+prep, r.baseCtx(st, k+3), 0.7, false)
	}
}

// shareNouns head what a stake in a company is counted in: "19% of the
// shares", "22 percent of the votes", "46% of the voting rights".
var shareNouns = map[string]bool{"shares": true, "stock": true, "votes": true, "rights": true, "capital": true, "equity": true}

// shareVerbs keep a part of a company: "owns", "controls", "holds".
var shareVerbs = map[string]bool{"own": true, "control": true, "hold": true}

// shareHolders relates a holder of a share of a company's shares or votes
// to the company: "Rautio Holding owns about 19% of the shares" gives
// (Rautio Holding, own, Korkea) when the story is about Korkea, "which
// holds about 10 percent of HP shares" gives (it, hold, HP). The company
// is the one the phrase names ("of HP shares", "of Acme's shares"), else
// the one "its" stands for, else the company the story is about; a phrase
// that goes on to name where the stake is ("of the shares in X") is left
// to the relation it gives.
func (rs *RoleStage) shareHolders(doc *Document, n int) {
	if doc.presplit {
		return
	}
	for i := 0; i < n; i++ {
		r := &doc.Relations[i]
		if r.Role || r.Negated || r.Modality == schema.Hypothetical || !shareVerbs[r.Pred] || r.Subj.Span.Len() == 0 {
			continue
		}
		a, b := doc.tokenAt(r.Obj.Span.Start), doc.tokenFrom(r.Obj.Span.End)
		if a < 0 || b-a < 4 || b > len(doc.Tokens) {
			continue
		}
		if b < len(doc.Tokens) && doc.Tokens[b].Sent == doc.Tokens[a].Sent && (doc.Tokens[b].Lower == "in" || doc.Tokens[b].Lower == "of") {
			continue // "40 percent of the shares in Baltica Lines"
		}
		if !shareNouns[doc.Tokens[b-1].Lower] || doc.Tokens[b-1].Lower == "rights" && doc.Tokens[b-2].Lower != "voting" {
			continue
		}
		// the share: "(about) 19%", "22 percent", "5 per cent" before "of"
		of := -1
		for t := a; t < b && t <= a+4; t++ {
			if doc.Tokens[t].Lower == "of" {
				of = t
				break
			}
		}
		if of < a+1 || !shareHead(doc.Tokens[of-1].Lower) {
			continue
		}
		holder := r.Subj.Entity
		company := -1
		for t := of + 1; t < b-1; t++ {
			k := doc.TokMention[t]
			if k < 0 {
				continue
			}
			if e := doc.Mentions[k].Entity; e >= 0 && e != holder && doc.Entities[e].Type == schema.Organization {
				company = e
			}
			break
		}
		if company < 0 && doc.Tokens[of+1].Lower == "the" {
			company = shareCompany(doc, r, a)
			if company < 0 {
				company = rs.focusOrg(doc, a, holder)
			}
		}
		if company < 0 || company == holder {
			continue
		}
		obj := Arg{Entity: company, Poss: -1, Span: r.Obj.Span, Text: doc.Entities[company].Name}
		doc.Relations = append(doc.Relations, Relation{
			Subj: r.Subj, Obj: obj, Pred: r.Pred, PredText: r.PredText, Modality: r.Modality,
			Confidence: r.Confidence * 0.9, Sent: r.Sent, Span: r.Span,
		})
	}
}

// shareCompany returns the company whose shares relation r's holder keeps
// when the share phrase at token a does not name it ("owns 14 percent of
// the shares"): the company the holder heads or founded ("Acme's chairman,
// X, whose family holds 31% of the shares"), else the company the
// sentence names before the holder ("Acme's board backed the offer, but
// Vesta, which owns 14 percent of the shares, ..."); -1 if none.
func shareCompany(doc *Document, r *Relation, a int) int {
	holder := r.Subj.Entity
	if holder >= 0 {
		for i := range doc.Relations {
			q := &doc.Relations[i]
			if q.Role && !q.Negated && q.Subj.Entity == holder && q.Obj.Entity >= 0 && q.Obj.Entity != holder && doc.Entities[q.Obj.Entity].Type == schema.Organization && !stakeRoles[q.Pred] {
				return q.Obj.Entity
			}
		}
	}
	s := doc.Sentences[doc.Tokens[a].Sent]
	h := doc.tokenFrom(r.Subj.Span.Start)
	for t := min(h, a) - 1; t >= s.First; t-- {
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Last-1 != t {
			continue
		}
		if e := doc.Mentions[k].Entity; e >= 0 && e != holder && doc.Entities[e].Type == schema.Organization {
			return e
		}
	}
	return -1
}
