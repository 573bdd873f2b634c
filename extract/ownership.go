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
