package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// afterClauses runs the sentence patterns that read the relations the
// clauses gave: ownership with shares, offers answered by the subject,
// nominal acts between phrases that are not names, documents that speak
// for whoever issued them, and courts that are places.
// They are actor-graph readings, drawn in article mode only.
func (r *RelationStage) afterClauses(st *sentState) {
	if st.doc.presplit {
		return
	}
	r.ownership(st)
	r.possessedStakes(st)
	r.stakeRelatives(st)
	r.answeredOffers(st)
	r.possessedAnswers(st)
	r.nominalActs(st)
	r.documentSubjects(st)
	r.contestedFilings(st)
	r.targetedFilings(st)
	r.answeredFilings(st)
	r.documentAppeals(st)
	r.letterAddressees(st)
	r.demandClauses(st)
	r.possessedDemands(st)
	r.claimCharges(st)
	r.probedClaims(st)
	r.answeredRequests(st)
	r.broughtCases(st)
	r.priorActs(st)
	r.placeObjects(st)
	r.adjunctEvents(st)
	r.promptingComplaints(st)
	r.withdrawnMinisters(st)
	r.pressedSubjects(st)
	r.caseComplaints(st)
	r.inquiryFindings(st)
	r.mediations(st)
	r.dealParties(st)
	r.withBacking(st)
	r.curbedGoods(st)
	r.measureAnaphora(st)
	r.sharedAddressees(st)
}

// backingNouns name the support one actor gives another's act, read
// after "with" ("with backing from X", "with the support of X").
var backingNouns = map[string]string{"backing": "back", "support": "support", "endorsement": "endorse", "blessing": "back",
	"approval": "approve", "consent": "approve"}

// withBacking relates the actor whose support a clause's act had to the
// clause's subject: "Karsland hosted the talks with backing from Merovia",
// "... with the support of Merovia", "... with Merovia's backing" give
// (Merovia, back, Karsland). The act is the verb group before "with", or
// after it when the phrase opens the clause ("With the support of Merovia,
// Karsland hosted the talks").
func (r *RelationStage) withBacking(st *sentState) {
	u := st.units
	doc := st.doc
	for k := 0; k+1 < len(u); k++ {
		if u[k].kind != uP || doc.Tokens[u[k].a].Lower != "with" || u[k+1].kind != uNP {
			continue
		}
		lemma, ok := backingNouns[doc.Tokens[u[k+1].head].Lower]
		if !ok || u[k+1].ent >= 0 {
			continue
		}
		var backer Arg
		if u[k+1].poss >= 0 {
			// "with Merovia's backing"
			backer = Arg{Entity: u[k+1].poss, Poss: -1, Span: Span{doc.Tokens[u[k+1].a].Span.Start, doc.Tokens[u[k+1].b-1].Span.End}, Text: doc.Entities[u[k+1].poss].Name}
		} else if k+3 < len(u) && u[k+2].kind == uP && (doc.Tokens[u[k+2].a].Lower == "of" || doc.Tokens[u[k+2].a].Lower == "from") && u[k+3].kind == uNP {
			backer = r.arg(st, &u[k+3])
			if backer.Entity < 0 {
				backer.Entity = r.npActor(st, k+3)
			}
		} else {
			continue
		}
		if backer.Entity < 0 {
			continue
		}
		vi := -1
		for j := k - 1; j >= 0 && vi < 0; j-- {
			if u[j].kind == uVG {
				vi = j
			}
		}
		if vi < 0 {
			for j := k + 2; j < len(u) && vi < 0; j++ {
				if u[j].kind == uVG {
					vi = j
				}
			}
		}
		if vi < 0 {
			continue
		}
		c := r.baseCtx(st, vi)
		if u[vi].negated {
			c.negated = !c.negated
		}
		ptext := doc.Text[doc.Tokens[u[k].a].Span.Start:doc.Tokens[u[k+1].b-1].Span.End]
		for _, s := range r.subject(st, vi) {
			if s.Entity >= 0 {
				r.emit(st, vi, backer, s, lemma, ptext, c, 0.6, false)
			}
		}
	}
}

// judgedDeal are verbs that judge or act on a deal; their object "the merger of A and B"
// or "the takeover of A by B" puts them on the deal's parties.
var judgedDeal = map[string]bool{"approve": true, "clear": true, "block": true, "veto": true, "prohibit": true, "oppose": true,
	"back": true, "support": true, "reject": true, "investigate": true, "review": true, "probe": true, "challenge": true,
	"authorise": true, "authorize": true, "allow": true, "endorse": true, "examine": true, "complain": true, "protest": true}

// maxDealWindow bounds how many relations around a deal verb's are read
// for the deal's own: a very long sentence costs no more per verb.
const maxDealWindow = 40

// dealActs are the lemmas of the deal nouns ("merger", "takeover").
var dealActs = map[string]bool{"merge": true, "take": true, "acquire": true, "buy": true, "bid": true, "offer": true, "deal": true}

// dealParties relates the subject of a deal verb to the parties of the
// deal its object names ("the regulator approved the merger of A and B":
// it approved A and B; "blocked the takeover of A by B": it blocked B,
// the buyer). The plain statement about the deal stays.
func (r *RelationStage) dealParties(st *sentState) {
	doc := st.doc
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		v := doc.Relations[i]
		if v.Role || v.Obj.Entity >= 0 || v.Obj.Poss >= 0 || !judgedDeal[v.Pred] || v.PredSpan == (Span{}) {
			continue
		}
		for j := max(st.relBase, i-maxDealWindow); j < end && j <= i+maxDealWindow; j++ {
			n := doc.Relations[j]
			if j == i || n.Role || n.Negated || n.PredSpan != (Span{}) || !dealActs[n.Pred] || n.Subj.Entity < 0 || n.Span.Start < v.Obj.Span.Start {
				continue
			}
			if n.Span.End > v.Obj.Span.End {
				// "opposed the merger between A and B": the parties
				// right after the object
				if gap := strings.TrimSpace(doc.Text[v.Obj.Span.End:max(v.Obj.Span.End, n.Span.Start)]); n.Span.Start < v.Obj.Span.End || gap != "between" && gap != "of" {
					continue
				}
			}
			parties := []Arg{n.Subj}
			if p, ok := schema.Vocabulary().Predicate(n.Pred); ok && p.Direction == schema.Symmetric && n.Obj.Entity >= 0 {
				parties = append(parties, n.Obj)
			}
			for _, p := range parties {
				if p.Entity < 0 || p.Entity == v.Subj.Entity {
					continue
				}
				rel := v
				rel.Obj = p
				rel.Confidence = v.Confidence * 0.9
				doc.Relations = append(doc.Relations, rel)
			}
		}
	}
}

// adjunctPreps open a phrase that times the clause by an event ("ahead of
// a meeting with X", "after talks with X").
var adjunctPreps = map[string]bool{"after": true, "before": true, "during": true, "following": true, "at": true, "of": true, "for": true, "in": true}

// purposeTrips go somewhere or are there for a purpose that "for talks
// with X" names ("flew to Kiev for talks with Zelensky", "is due in
// Beijing for talks with Chinese officials").
var purposeTrips = map[string]bool{"arrive": true, "fly": true, "travel": true, "return": true, "go": true, "come": true, "head": true,
	"be": true, "land": true, "stay": true, "visit": true}

// adjunctEvents relates the subject of a clause to the partner of an
// interaction named in a time phrase after it: "Trump spoke to Putin ahead
// of a meeting with Zelensky" (Trump meets Zelensky, still to come),
// "Lee flew home after talks with Kim" (Lee talked with Kim).
func (r *RelationStage) adjunctEvents(st *sentState) {
	u, doc := st.units, st.doc
	for k := 1; k < len(u); k++ {
		if u[k].kind != uNP || u[k-1].kind != uP || !adjunctPreps[doc.Tokens[u[k-1].a].Lower] || u[k].poss >= 0 || u[k].ent >= 0 {
			continue
		}
		ev, ok := r.lex.events[doc.Tokens[u[k].head].Lower]
		if !ok || !ev.symmetric {
			continue
		}
		if k+2 >= len(u) || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "with" || u[k+2].kind != uNP {
			// (also a sentence that ends with the event: "after six
			// hours of talks.")
			r.unnamedTalks(st, k, ev.lemma)
			continue
		}
		// "after a dispute with the chairwoman, Ilse Varga", "after
		// talks with Kim and Putin": the partners named
		var partners []Arg
		ps, _ := r.npList(st, k+2)
		for _, a := range ps {
			if a.Entity >= 0 {
				partners = append(partners, a)
			}
		}
		if len(partners) == 0 && len(ps) == 1 {
			// "talks with Chinese officials": the country they serve
			if e := r.npActor(st, k+2); e >= 0 {
				a := ps[0]
				a.Entity, a.Poss = e, -1
				partners = append(partners, a)
			}
		}
		if len(partners) == 0 {
			r.unnamedTalks(st, k, ev.lemma)
			continue
		}
		p := doc.Tokens[u[k-1].a].Lower
		if p == "of" && (u[k-1].a == 0 || doc.Tokens[u[k-1].a-1].Lower != "ahead") {
			// only "ahead of", or "after weeks of feuding with X"
			if p = roundsPrep(doc, u, k); p == "" {
				continue
			}
		}
		vi := clauseVerbBefore(u, k-1)
		if vi < 0 {
			continue
		}
		if p == "for" && !purposeTrips[doc.Tokens[u[vi].head].Lemma] {
			// "called for talks with X", "paved the way for talks with
			// X": asked for or made possible, not held
			continue
		}
		c := r.baseCtx(st, vi)
		conf := 0.7
		if p == "of" || p == "before" {
			conf = 0.6 // scheduled, still to come
		}
		subj := r.removedParty(st, vi, partners)
		if u[vi].passive && vi+2 < k-1 && u[vi+1].kind == uP && doc.Tokens[u[vi+1].a].Lower == "by" && u[vi+2].kind == uNP {
			// "The accord was announced by Trump after a call with
			// Netanyahu": the agent took part, not the accord
			subj, _ = r.npList(st, vi+2)
		}
		for _, s := range subj {
			for _, partner := range partners {
				if s.Entity >= 0 && s.Entity != partner.Entity {
					r.emit(st, vi, s, partner, ev.lemma, doc.Tokens[u[k].head].Text+" with", c, conf, false)
				}
			}
		}
	}
}

// removedParty returns who took part in the interaction that led the
// clause at vi to its end: its subject, but the person a removal verb
// takes out when the partners are people too ("The board dismissed its
// chief executive, Tomas Brandt, after a dispute with the chairwoman, Ilse
// Varga": Brandt disputed with Varga, not the board).
func (r *RelationStage) removedParty(st *sentState, vi int, partners []Arg) []Arg {
	u, doc := st.units, st.doc
	if u[vi].passive || !removalVerbs[doc.Tokens[u[vi].head].Lower] || vi+1 >= len(u) || u[vi+1].kind != uNP {
		return r.subject(st, vi)
	}
	for _, p := range partners {
		if doc.Entities[p.Entity].Type != schema.Person {
			return r.subject(st, vi)
		}
	}
	objs, _ := r.npList(st, vi+1)
	var out []Arg
	for _, o := range objs {
		if o.Entity < 0 || doc.Entities[o.Entity].Type != schema.Person {
			return r.subject(st, vi)
		}
		out = append(out, o)
	}
	return out
}

// cabinetNouns name the government a party's ministers sit in.
var cabinetNouns = map[string]bool{"cabinet": true, "government": true, "coalition": true}

// withdrawnMinisters reads a party withdrawing its own ministers as the
// party withdrawing from the government they sit in: "pulled its four
// ministers out of the cabinet", "The coalition lost its majority after
// the Civic Party withdrew its three ministers" (the Civic Party
// withdrew from the coalition). The government is the one a phrase
// after "out of" or "from" names, else the nearest coalition, cabinet or
// government the sentence names before the verb.
func (r *RelationStage) withdrawnMinisters(st *sentState) {
	u, doc := st.units, st.doc
	if doc.presplit {
		return
	}
	for vi := 1; vi+1 < len(u); vi++ {
		v := &u[vi]
		if v.kind != uVG || v.passive {
			continue
		}
		if l := doc.Tokens[v.head].Lemma; l != "withdraw" && l != "pull" {
			continue
		}
		o := &u[vi+1]
		if o.kind != uNP || doc.Tokens[o.head].Lower != "ministers" {
			continue
		}
		// "its" the coreference stage left open is the clause's subject's
		owner, own := o.poss, o.poss < 0 && (doc.Tokens[o.a].Lower == "its" || doc.Tokens[o.a].Lower == "their")
		var subj []Arg
		for _, s := range r.subject(st, vi) {
			if s.Entity >= 0 && (s.Entity == owner || own && owner < 0 && doc.Entities[s.Entity].Type == schema.Organization) {
				owner = s.Entity
				subj = append(subj, s)
			}
		}
		if owner < 0 || doc.Entities[owner].Type != schema.Organization {
			continue
		}
		if len(subj) == 0 {
			continue
		}
		gov := -1
		k := vi + 2
		if k+1 < len(u) && u[k].kind == uP && doc.Tokens[u[k].a].Lower == "out" && doc.Tokens[u[k+1].a].Lower == "of" {
			k++ // "pulled its ministers out of the cabinet"
		}
		if k+1 < len(u) && u[k].kind == uP && (doc.Tokens[u[k].a].Lower == "of" || doc.Tokens[u[k].a].Lower == "from") &&
			u[k+1].kind == uNP && cabinetNouns[doc.Tokens[u[k+1].head].Lower] {
			gov = k + 1
		}
		for j := vi - 1; j >= 0 && gov < 0; j-- {
			if u[j].kind == uNP && u[j].ent != owner && cabinetNouns[doc.Tokens[u[j].head].Lower] {
				gov = j
			}
		}
		if gov < 0 {
			continue
		}
		g := r.arg(st, &u[gov])
		if g.Entity == owner {
			continue
		}
		g.Poss = -1 // "Morvia's coalition", not Morvia
		if g.Entity >= 0 && doc.Entities[g.Entity].Type == schema.Country {
			g.Entity = -1 // nor Morvia for the coalition governing it
		}
		c := r.baseCtx(st, vi)
		for _, s := range subj {
			r.emit(st, vi, s, g, "withdraw", doc.Tokens[v.head].Text+" its ministers from", c, 0.6, false)
		}
	}
}

// complaintNouns name a grievance that prompts an official act on whom it
// is about.
var complaintNouns = map[string]bool{"complaint": true, "complaints": true}

// complaintBy reports whether the noun phrase at unit k follows "by" after
// a complaint named in a prepositional phrase ("was launched in March after
// a complaint by X"): X made the complaint and is no agent of the passive.
func complaintBy(doc *Document, u []unit, k int) bool {
	return k >= 3 && u[k-1].kind == uP && doc.Tokens[u[k-1].a].Lower == "by" && u[k-2].kind == uNP && complaintNouns[doc.Tokens[u[k-2].head].Lower] && u[k-3].kind == uP
}

// promptingComplaints relates whoever complained to the actor a clause
// acts on after or following the complaint: "The regulator fined Acme
// after a complaint from Beta" (Beta complained about Acme). The
// complaint went to whoever the sentence shows inquiring, before it:
// the subject of an inquiry verb ("said it was reviewing whether Acme
// had ..., after a complaint from Beta", "opened a probe into Acme
// following a complaint by Beta") or the possessor of an inquiry noun
// ("its investigation began after a complaint from Beta"): Beta
// complained to them. "following" read as a participle ("..., following
// a complaint from Beta") relates nobody to the complaint it follows.
func (r *RelationStage) promptingComplaints(st *sentState) {
	u, doc := st.units, st.doc
	for k := 1; k+2 < len(u); k++ {
		if u[k].kind != uNP || u[k].poss >= 0 || !complaintNouns[doc.Tokens[u[k].head].Lower] {
			continue
		}
		following := u[k-1].kind == uVG && u[k-1].b-u[k-1].a == 1 && doc.Tokens[u[k-1].a].Lower == "following"
		if u[k-1].kind != uP && !following {
			continue
		}
		if p := doc.Tokens[u[k-1].a].Lower; p != "after" && p != "following" {
			continue
		}
		if following {
			fs := doc.Tokens[u[k-1].a].Span
			kept := slices.DeleteFunc(doc.Relations[st.relBase:], func(rel Relation) bool {
				return rel.Pred == "follow" && rel.PredSpan == fs
			})
			doc.Relations = doc.Relations[:st.relBase+len(kept)]
		}
		// "a complaint from X", "a complaint filed in January by X"
		j := k + 1
		if j < len(u) && u[j].kind == uVG && u[j].b-u[j].a == 1 && doc.Tokens[u[j].head].Tag == "VBN" {
			j++
			for j < len(u) && u[j].kind == uNP && r.isTime(st, &u[j]) {
				j++
			}
			if j+1 < len(u) && u[j].kind == uP && doc.Tokens[u[j].a].Lower != "by" && u[j+1].kind == uNP && (r.isTime(st, &u[j+1]) || yearNP(doc, &u[j+1])) {
				j += 2
			}
		}
		if j+1 >= len(u) || u[j].kind != uP || doc.Tokens[u[j].a].Lower != "from" && doc.Tokens[u[j].a].Lower != "by" || u[j+1].kind != uNP {
			continue
		}
		x := r.npActor(st, j+1)
		if x < 0 && r.unnamedOrgUnit(st, j+1) {
			// "its investigation began after a complaint from the state
			// rail company": a body the story does not name complained
			// to the inquirer
			r.complainedInquirers(st, k, j, -1)
			continue
		}
		if x < 0 || !actorEntity(doc, x) {
			continue
		}
		r.complainedInquirers(st, k, j, x)
		vi := clauseVerbBefore(u, k-1)
		if vi < 0 {
			continue
		}
		span := Span{doc.Tokens[u[vi].a].Span.Start, doc.Tokens[u[vi].b-1].Span.End}
		end := len(doc.Relations)
		for i := st.relBase; i < end; i++ {
			rel := doc.Relations[i]
			if rel.Role || rel.Negated || rel.Modality != schema.Asserted && rel.Modality != schema.Reported || rel.Obj.Entity < 0 || rel.Obj.Entity == x || rel.Subj.Entity == x ||
				!actorEntity(doc, rel.Obj.Entity) || rel.PredSpan.Start < span.Start || rel.PredSpan.Start >= span.End {
				continue
			}
			if st.hasRelation(doc, x, "complain", rel.Obj.Entity) {
				continue
			}
			doc.Relations = append(doc.Relations, Relation{
				Subj: mentionArg(doc, st.si, x, rel.Obj.Span), Obj: rel.Obj,
				Pred: "complain", PredText: doc.Tokens[u[k].head].Lower + " " + doc.Tokens[u[j].a].Lower, PredSpan: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[j].a].Span.End},
				Modality: schema.Asserted, Confidence: clamp01(0.7 * rel.Confidence), Sent: st.si, Span: rel.Span,
			})
		}
	}
}

// complainedInquirers relates x, who made the complaint at unit k and is
// named after the preposition at unit j, to
// whoever the sentence shows inquiring before it: the subject of an
// inquiry verb, or of a verb opening an inquiry, and the possessor of an
// inquiry noun that is no person's ("its investigation began"); the
// complaint was about whom the inquiry verb examines ("said it was
// reviewing whether Acme had ...": about Acme).
func (r *RelationStage) complainedInquirers(st *sentState, k, j, x int) {
	u, doc := st.units, st.doc
	at := doc.Tokens[u[k].a].Span.Start
	var to []int
	for j := 0; j < k; j++ {
		if u[j].kind == uNP && u[j].poss >= 0 && u[j].ent < 0 && inquiryWords[doc.Tokens[u[j].head].Lower] && doc.Entities[u[j].poss].Type != schema.Person {
			to = append(to, u[j].poss)
		}
	}
	for i := st.relBase; i < len(doc.Relations); i++ {
		rel := &doc.Relations[i]
		if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied || rel.Subj.Entity < 0 || rel.PredSpan.Start >= at {
			continue
		}
		if probeVerbs[rel.Pred] || inquiryOpeners[rel.Pred] && inquiryWords[headWord(rel.Obj.Text)] {
			to = append(to, rel.Subj.Entity)
		}
		// the inquiry's target is whom the complaint was about
		if probeVerbs[rel.Pred] && rel.Obj.Entity >= 0 && rel.Obj.Entity != x && rel.Subj.Entity != x && actorEntity(doc, rel.Obj.Entity) && !st.hasRelation(doc, x, "complain", rel.Obj.Entity) {
			doc.Relations = append(doc.Relations, Relation{
				Subj: mentionArg(doc, st.si, x, rel.Obj.Span), Obj: rel.Obj,
				Pred: "complain", PredText: doc.Tokens[u[k].head].Lower + " " + doc.Tokens[u[j].a].Lower, PredSpan: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[j].a].Span.End},
				Modality: schema.Asserted, Confidence: clamp01(0.7 * rel.Confidence), Sent: st.si, Span: rel.Span,
			})
		}
	}
	if len(to) == 0 && x >= 0 {
		// "The investigation was launched in March after a complaint by
		// Beta": the inquiry the story told of just before, whose
		// possessor runs it ("The commission said its investigation had
		// found ...")
		if y := r.priorInquirer(st, k); y >= 0 {
			to = append(to, y)
		}
	}
	for _, y := range to {
		if y == x || !actorEntity(doc, y) || doc.Entities[y].Type == schema.Person || st.hasRelation(doc, x, "complain", y) {
			continue
		}
		doc.Relations = append(doc.Relations, Relation{
			Subj: r.arg(st, &u[j+1]), Obj: Arg{Entity: y, Poss: -1, Span: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].b-1].Span.End}, Text: doc.Entities[y].Name},
			Pred: "complain", PredText: doc.Tokens[u[k].head].Lower + " " + doc.Tokens[u[j].a].Lower, PredSpan: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[j].a].Span.End},
			Modality: schema.Asserted, Confidence: 0.6, Sent: st.si, Span: Span{doc.Tokens[u[0].a].Span.Start, doc.Tokens[u[j+1].b-1].Span.End},
		})
		doc.Relations[len(doc.Relations)-1].Subj.Entity = x
	}
}

// unnamedOrgUnit reports whether the noun phrase at unit k is a definite
// description of an organisation that names none ("the state rail
// company", "the drivers' union"): an actor, though no entity. (The
// text test unnamedBody reads a relation's argument against bodyNouns,
// a narrower list than the organisation words here.)
func (r *RelationStage) unnamedOrgUnit(st *sentState, k int) bool {
	u, doc := &st.units[k], st.doc
	return u.ent < 0 && u.poss < 0 && doc.Tokens[u.a].Lower == "the" && u.head > u.a && u.head == u.b-1 && !isCap(doc.Tokens[u.head].Text) && r.lex.orgWords[doc.Tokens[u.head].Lower]
}

// priorInquirer returns the organisation or state that runs the inquiry a
// sentence opening "The investigation" or "The probe" goes back to, named
// in neither it nor its clause: the possessor of an inquiry noun in the
// sentence before ("ITAC said its preliminary investigation had found
// ..."), or -1. Unit k is the complaint that prompted it.
func (r *RelationStage) priorInquirer(st *sentState, k int) int {
	u, doc := st.units, st.doc
	if st.si == 0 || u[0].kind != uNP || u[0].b-u[0].a != 2 || doc.Tokens[u[0].a].Lower != "the" || !inquiryWords[doc.Tokens[u[0].head].Lower] || k < 2 {
		return -1
	}
	prev := doc.Sentences[st.si-1]
	for t := prev.First + 1; t < prev.Last; t++ {
		if !inquiryWords[doc.Tokens[t].Lower] || doc.Tokens[t].Lower == "investigators" {
			continue
		}
		// the possessor before the noun and its modifiers: "its
		// preliminary investigation", "the regulator's probe"
		p := t - 1
		for p > prev.First && (doc.Tokens[p].Tag == "JJ" || doc.Tokens[p].Tag == "NN") && doc.TokMention[p] < 0 {
			p--
		}
		if doc.Tokens[p].Tag == "POS" && p > prev.First {
			p--
		}
		m := doc.TokMention[p]
		if m < 0 {
			continue
		}
		if e := doc.Mentions[m].Entity; e >= 0 && (doc.Tokens[p].Lower == "its" || doc.Tokens[p+1].Tag == "POS") {
			if ty := doc.Entities[e].Type; (ty == schema.Organization || ty == schema.Country) && !judging(&doc.Entities[e]) {
				return e
			}
		}
	}
	return -1
}

// defiedPressure name pressure one actor puts on another, with the verb
// it stands for, read after "despite", "amid", "after" or "under"
// ("despite demands from X", "under pressure from X").
var defiedPressure = map[string]string{"demand": "demand", "demands": "demand", "call": "call", "calls": "call",
	"pressure": "press", "appeal": "appeal", "appeals": "appeal", "plea": "appeal", "pleas": "appeal",
	"request": "request", "requests": "request", "urging": "urge", "ultimatum": "threaten"}

// pressedSubjects relates whoever puts pressure on the subject of a
// clause, named after "from" or "by", to that subject when the pressure
// stands in a phrase of concession, circumstance or time: "Torvald
// refused to resign despite demands from the opposition and from students"
// (the opposition and the students demand of Torvald), "Quenby sold the
// stake under pressure from the regulator" (the regulator pressed
// Quenby), "Despite calls from X, Quenby kept ..." (the clause after
// the phrase). The pressure was put whatever the clause did, so it is not
// negated with it; "calls from X for Y to quit" press Y, and are left.
func (r *RelationStage) pressedSubjects(st *sentState) {
	u, doc := st.units, st.doc
	for k := 1; k+2 < len(u); k++ {
		if u[k].kind != uNP || u[k].poss >= 0 || u[k].ent >= 0 || u[k+1].kind != uP || u[k+2].kind != uNP {
			continue
		}
		lemma := defiedPressure[doc.Tokens[u[k].head].Lower]
		if lemma == "" || u[k].head != u[k].b-1 {
			continue
		}
		// "defying weeks of pressure from X": the span's verb or
		// preposition stands before it
		pre := k - 1
		if pre >= 2 && u[pre].kind == uP && doc.Tokens[u[pre].a].Lower == "of" && u[pre-1].kind == uNP && spanNouns[doc.Tokens[u[pre-1].head].Lower] {
			pre -= 2
		}
		// "bowing to pressure from X", "defying calls from X": the one who
		// yields to or defies the pressure is its target
		yielded := pre >= 1 && u[pre].kind == uP && doc.Tokens[u[pre].a].Lower == "to" && u[pre-1].kind == uVG && yieldVerbs[doc.Tokens[u[pre-1].head].Lemma]
		defied := u[pre].kind == uVG && !u[pre].passive && defyVerbs[doc.Tokens[u[pre].head].Lemma]
		if (yielded || defied) && doc.Tokens[u[k+1].a].Lower == "from" {
			vi := pre
			if yielded {
				vi = pre - 1
			}
			r.pressedBy(st, vi, k, lemma)
			continue
		}
		if pre != k-1 || u[k-1].kind != uP {
			continue
		}
		switch doc.Tokens[u[k-1].a].Lower {
		case "despite", "amid", "after", "following":
		case "under":
			if lemma != "press" {
				continue // "under a request from X": a procedure
			}
		default:
			continue
		}
		if p := doc.Tokens[u[k+1].a].Lower; p != "from" && p != "by" {
			continue
		}
		// "demands from the opposition and from students"
		var makers []Arg
		j := k + 1
		for j+1 < len(u) && u[j].kind == uP && (doc.Tokens[u[j].a].Lower == "from" || doc.Tokens[u[j].a].Lower == "by") && u[j+1].kind == uNP {
			list, next := r.npList(st, j+1)
			for _, m := range list {
				if m.Entity < 0 {
					m.Entity = r.npActor(st, j+1)
				}
				if m.Entity >= 0 && actorEntity(doc, m.Entity) {
					makers = append(makers, m)
				}
			}
			j = next
			if j+1 < len(u) && u[j].kind == uCC && doc.Tokens[u[j].a].Lower == "and" {
				j++
			}
		}
		if len(makers) == 0 || j < len(u) && u[j].kind == uP && doc.Tokens[u[j].a].Lower == "for" && j+2 < len(u) && u[j+2].kind == uVG {
			continue // "calls from X for Y to quit": pressed on Y
		}
		vi := clauseVerbBefore(u, k-1)
		if vi < 0 && (k == 1 || k == 2 && u[0].kind == uQuote) {
			// "Despite calls from X, Quenby kept ...": the clause after
			for t := j; t < len(u) && vi < 0; t++ {
				if u[t].kind == uVG {
					vi = t
				} else if u[t].kind == uSub || u[t].kind == uQuote {
					break
				}
			}
		}
		if vi < 0 || u[vi].passive {
			continue
		}
		c := nounCtx(st, &u[k])
		if u[vi].negated && doc.Tokens[u[vi].head].Lemma == "be" {
			c.negated = true // "X is not under pressure from Y"
		}
		ptext := doc.Tokens[u[k].head].Text + " " + doc.Tokens[u[k+1].a].Lower
		for _, s := range r.subject(st, vi) {
			if s.Entity < 0 || !actorEntity(doc, s.Entity) {
				continue
			}
			for _, m := range makers {
				if m.Entity != s.Entity && !st.hasRelation(doc, m.Entity, lemma, s.Entity) && !st.hasRelation(doc, m.Entity, doc.Tokens[u[k].head].Lower, s.Entity) {
					r.emit(st, -1, m, s, lemma, ptext, c, 0.65, false)
				}
			}
		}
	}
}

// spanNouns measure how long pressure lasted ("weeks of pressure").
var spanNouns = map[string]bool{"days": true, "weeks": true, "months": true, "years": true}

// yieldVerbs give way to pressure ("bowed to pressure from X"), and
// defyVerbs hold out against it ("defying calls from X").
var yieldVerbs = map[string]bool{"bow": true, "yield": true, "succumb": true, "cave": true, "bend": true, "submit": true}
var defyVerbs = map[string]bool{"defy": true, "resist": true, "ignore": true, "withstand": true}

// pressedBy relates the makers of the pressure noun at unit k, named
// after its "from", to the subjects of the verb group at vi that yields
// to or defies it ("resigned, bowing to pressure from the Greens": the
// Greens pressed the resigner). The pressure was put whatever the verb
// did, so it is asserted even where the yielding is denied.
func (r *RelationStage) pressedBy(st *sentState, vi, k int, lemma string) {
	u, doc := st.units, st.doc
	list, _ := r.npList(st, k+2)
	var makers []Arg
	for _, m := range list {
		if m.Entity < 0 {
			m.Entity = r.npActor(st, k+2)
		}
		if m.Entity >= 0 && actorEntity(doc, m.Entity) {
			makers = append(makers, m)
		}
	}
	c := nounCtx(st, &u[k])
	ptext := doc.Tokens[u[k].head].Text + " from"
	for _, s := range r.subject(st, vi) {
		if s.Entity < 0 && !r.possessedBody(doc, s) || s.Entity >= 0 && !actorEntity(doc, s.Entity) {
			continue
		}
		for _, m := range makers {
			if m.Entity != s.Entity && !st.hasRelation(doc, m.Entity, lemma, s.Entity) {
				t := s
				if t.Entity < 0 {
					t.Poss = -1 // "Brazil's central bank, defying pressure from President X": the bank, not (the president's own) state
				}
				r.emit(st, -1, m, t, lemma, ptext, c, 0.65, false)
			}
		}
	}
}

// possessedBody reports whether an unresolved phrase is a body of an
// actor named by its possessive ("Brazil's central bank").
func (r *RelationStage) possessedBody(doc *Document, a Arg) bool {
	h := headWord(a.Text)
	return a.Poss >= 0 && actorEntity(doc, a.Poss) && strings.Contains(a.Text, "'") && (r.lex.orgWords[h] || orgKind(h) || bodyNouns[h])
}

// caseNouns name a proceeding that a sentence opening "The case" or "The
// probe" speaks of again.
var caseNouns = map[string]bool{"case": true, "investigation": true, "probe": true, "inquiry": true}

// inquiryWords name an inquiry or the people who run it, which a party
// says it cooperates with ("cooperated fully with investigators",
// "cooperated with the investigation").
var inquiryWords = map[string]bool{"investigation": true, "investigations": true, "inquiry": true, "probe": true,
	"investigators": true, "inquiries": true}

// inquiryActs are what a body running an inquiry does to its target
// ("fined", "raided", "opened an investigation into").
var inquiryActs = map[string]bool{"investigate": true, "probe": true, "examine": true, "raid": true, "search": true,
	"fine": true, "penalise": true, "penalize": true, "sanction": true, "charge": true, "sue": true, "question": true, "scrutinize": true, "scrutinise": true}

// cooperatedInquiry resolves a, the complement of verb lemma after the
// preposition at token prep, to the body running the inquiry it names
// when the verb is "cooperate" and the preposition "with" ("cooperated
// with investigators"); see investigator.
func (r *RelationStage) cooperatedInquiry(st *sentState, lemma string, prep int, a Arg, exclude []int) (Arg, bool) {
	if lemma != "cooperate" || prep < 0 || st.doc.Tokens[prep].Lower != "with" || st.doc.presplit {
		return Arg{}, false
	}
	return r.investigator(st, a, exclude)
}

// investigator resolves an inquiry a party cooperates with ("cooperated
// with the investigation", "with investigators", "with its
// investigation") to the body that runs it: its possessor when that is
// not the party itself, else the latest organisation or state, not in
// exclude, that the story shows investigating, raiding, fining or
// charging someone, or opening an inquiry, at most maxRulingBack
// sentences back ("The commission fined Acme ... Brio cooperated with
// the investigation": the commission).
func (r *RelationStage) investigator(st *sentState, a Arg, exclude []int) (Arg, bool) {
	if a.Entity >= 0 || !inquiryWords[headWord(a.Text)] {
		return Arg{}, false
	}
	doc := st.doc
	if a.Poss >= 0 && !slices.Contains(exclude, a.Poss) && doc.Entities[a.Poss].Type != schema.Person {
		out := a
		out.Entity, out.Poss = a.Poss, -1
		return out, true
	}
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < st.si-maxRulingBack {
			break
		}
		if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied || rel.Subj.Entity < 0 || rel.Span.Start >= a.Span.Start ||
			slices.Contains(exclude, rel.Subj.Entity) || underwent(rel) {
			continue
		}
		if t := doc.Entities[rel.Subj.Entity].Type; t != schema.Organization && t != schema.Country || judging(&doc.Entities[rel.Subj.Entity]) {
			continue // (a court fines, but runs no inquiry)
		}
		if !inquiryActs[rel.Pred] && !(inquiryOpeners[rel.Pred] && inquiryWords[headWord(rel.Obj.Text)]) {
			continue
		}
		out := a
		out.Entity, out.Poss = rel.Subj.Entity, -1
		return out, true
	}
	return Arg{}, false
}

// inquiryOpeners open, run or close an inquiry ("opened an investigation",
// "completed its probe").
var inquiryOpeners = map[string]bool{"open": true, "launch": true, "begin": true, "start": true, "conduct": true, "complete": true, "lead": true, "run": true}

// caseActs are what a proceeding does to the party it is against.
var caseActs = map[string]bool{"fine": true, "penalise": true, "penalize": true, "sanction": true, "investigate": true, "probe": true,
	"charge": true, "sue": true, "convict": true, "indict": true, "ban": true, "bar": true, "order": true}

// caseComplaints relates whoever complained to the party the story's case
// is against, when a sentence opening "The case" or "The probe" says a
// complaint from them began it: "The regulator fined Velcorp ... The case
// was triggered by a complaint from the drivers' union" (the union
// complained about Velcorp), "The probe began with a complaint filed in
// 2021 by X". The party is the one the story first says a proceeding
// acted on.
func (r *RelationStage) caseComplaints(st *sentState) {
	u, doc := st.units, st.doc
	k := 0
	for k < len(u) && u[k].kind == uQuote {
		k++
	}
	if k+2 >= len(u) || u[k].kind != uNP || u[k].b-u[k].a != 2 || doc.Tokens[u[k].a].Lower != "the" || !caseNouns[doc.Tokens[u[k].head].Lower] || u[k+1].kind != uVG {
		return
	}
	for c := k + 2; c+1 < len(u); c++ {
		if u[c].kind != uNP || u[c].poss >= 0 || !complaintNouns[doc.Tokens[u[c].head].Lower] {
			continue
		}
		// "a complaint from X", "a complaint filed in 2021 by X"
		j := c + 1
		if j < len(u) && u[j].kind == uVG && doc.Tokens[u[j].head].Tag == "VBN" {
			j++
			// a time between: "in 2021", "last year"
			for j+1 < len(u) {
				if u[j].kind == uNP && r.isTime(st, &u[j]) {
					j++
				} else if u[j].kind == uP && doc.Tokens[u[j].a].Lower != "by" && u[j+1].kind == uNP && (r.isTime(st, &u[j+1]) || yearNP(doc, &u[j+1])) {
					j += 2
				} else {
					break
				}
			}
		}
		if j+1 >= len(u) || u[j].kind != uP || u[j+1].kind != uNP {
			return
		}
		if p := doc.Tokens[u[j].a].Lower; p != "from" && p != "by" {
			return
		}
		x := r.npActor(st, j+1)
		if x < 0 || !actorEntity(doc, x) {
			return
		}
		for i := 0; i < st.relBase; i++ {
			rel := &doc.Relations[i]
			if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || !caseActs[rel.Pred] || rel.Subj.Entity < 0 || rel.Subj.Entity == x ||
				rel.Obj.Entity < 0 || rel.Obj.Entity == x || !actorEntity(doc, rel.Obj.Entity) {
				continue
			}
			if !st.hasRelation(doc, x, "complain", rel.Obj.Entity) {
				a := r.arg(st, &u[j+1])
				a.Entity = x
				doc.Relations = append(doc.Relations, Relation{
					Subj: a, Obj: Arg{Entity: rel.Obj.Entity, Poss: -1, Span: r.arg(st, &u[k]).Span, Text: doc.Entities[rel.Obj.Entity].Name},
					Pred: "complain", PredText: doc.Tokens[u[c].head].Lower + " " + doc.Tokens[u[j].a].Lower, PredSpan: Span{doc.Tokens[u[c].a].Span.Start, doc.Tokens[u[j].a].Span.End},
					Modality: schema.Asserted, Confidence: 0.6, Sent: st.si, Span: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[j+1].b-1].Span.End},
				})
			}
			return
		}
		return
	}
}

// findingVerbs state what an inquiry found about the one it examined.
var findingVerbs = map[string]bool{"find": true, "conclude": true, "establish": true, "determine": true, "discover": true, "uncover": true}

// inquiryFindings relates whoever ran an inquiry named with its agent and
// no target ("an investigation by X") to the one its finding is about:
// the subject, or its possessor, of the "that" clause of a finding verb
// that the agent or the inquiry governs. "a two-year investigation by
// Trade Authority officials, who found that Velcorp's app could be
// hacked", "An inquiry by the authority concluded that Velcorp had lied"
// (the authority investigated Velcorp).
func (r *RelationStage) inquiryFindings(st *sentState) {
	u, doc := st.units, st.doc
	for k := 0; k+5 < len(u); k++ {
		if u[k].kind != uNP || u[k].poss >= 0 || u[k].ent >= 0 || r.lex.events[doc.Tokens[u[k].head].Lower].lemma != "investigate" ||
			u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "by" || u[k+2].kind != uNP {
			continue
		}
		x := r.npActor(st, k+2)
		if x < 0 || !actorEntity(doc, x) {
			continue
		}
		j := k + 3
		if u[j].kind == uComma && j+1 < len(u) && u[j+1].kind == uWH {
			j += 2 // "by X, who found"
		}
		if j+2 >= len(u) || u[j].kind != uVG || u[j].negated || u[j].modal || !findingVerbs[doc.Tokens[u[j].head].Lemma] {
			continue
		}
		j++
		if u[j].kind == uSub && doc.Tokens[u[j].a].Lower == "that" {
			j++
		}
		if j+1 >= len(u) || u[j].kind != uNP || u[j+1].kind != uVG && u[j+1].kind != uComma {
			continue
		}
		y := u[j].ent
		if y < 0 {
			y = u[j].poss // "found that Velcorp's app could be hacked"
		}
		if y < 0 || y == x || !actorEntity(doc, y) || st.hasRelation(doc, x, "investigate", y) {
			continue
		}
		sa := r.arg(st, &u[k+2])
		sa.Entity = x
		o := r.arg(st, &u[j])
		o.Entity, o.Poss, o.Text = y, -1, doc.Entities[y].Name
		r.emit(st, -1, sa, o, "investigate", doc.Tokens[u[k].head].Text+" by", nounCtx(st, &u[k]), 0.7, false)
	}
}

// mediationNouns name a third party's help between two sides in dispute.
var mediationNouns = map[string]bool{"mediation": true}

// mediations relates whoever mediated, named after "by" or "from" or as
// the possessor of "mediation", to the two sides it mediated between:
// those after "between", else the pair the story is about ("Borovia and
// Kestania dispute the lake. Earlier mediation by a panel of retired
// judges failed": the panel mediated between them).
func (r *RelationStage) mediations(st *sentState) {
	u, doc := st.units, st.doc
	for k := range u {
		if u[k].kind != uNP || u[k].ent >= 0 || !mediationNouns[doc.Tokens[u[k].head].Lower] {
			continue
		}
		var m Arg
		next := k + 1
		switch {
		case u[k].poss >= 0:
			m = Arg{Entity: u[k].poss, Poss: -1, Span: r.arg(st, &u[k]).Span, Text: doc.Entities[u[k].poss].Name}
		case k+2 < len(u) && u[k+1].kind == uP && (doc.Tokens[u[k+1].a].Lower == "by" || doc.Tokens[u[k+1].a].Lower == "from") && u[k+2].kind == uNP && !r.isTime(st, &u[k+2]):
			m = r.arg(st, &u[k+2])
			if m.Entity < 0 {
				m.Entity = r.npActor(st, k+2)
			}
			next = k + 3
		default:
			continue
		}
		if m.Entity < 0 && (doc.Tokens[u[next-1].head].Tag == "PRP" || m.Poss >= 0) {
			continue // "mediation by them", "mediation by Chile's envoy" (the envoy's)
		}
		if m.Entity >= 0 && !actorEntity(doc, m.Entity) {
			continue
		}
		if m.Entity < 0 && next+1 < len(u) && u[next].kind == uP && doc.Tokens[u[next].a].Lower == "of" && u[next+1].kind == uNP {
			// "a panel of retired judges": the whole phrase
			m.Span.End = doc.Tokens[u[next+1].b-1].Span.End
			m.Text = doc.Text[m.Span.Start:m.Span.End]
			next += 2
		}
		var sides []int
		if next+1 < len(u) && u[next].kind == uP && doc.Tokens[u[next].a].Lower == "between" && u[next+1].kind == uNP {
			list, _ := r.npList(st, next+1)
			for _, a := range list {
				if a.Entity >= 0 && a.Entity != m.Entity {
					sides = append(sides, a.Entity)
				}
			}
			if len(sides) < 2 {
				continue
			}
		} else {
			var ex []int
			if m.Entity >= 0 {
				ex = append(ex, m.Entity)
			}
			p, ok := r.focusPair(st, doc.Tokens[u[k].a].Span.Start, st.si, "", false, 4, ex)
			if !ok {
				continue
			}
			sides = p[:]
		}
		if t := doc.Entities[sides[0]].Type; !actorEntity(doc, sides[0]) || doc.Entities[sides[1]].Type != t {
			continue // two sides of a kind: two states, two firms, two people
		}
		c := nounCtx(st, &u[k])
		for _, e := range sides {
			if e >= 0 && e != m.Entity {
				r.emit(st, -1, m, Arg{Entity: e, Poss: -1, Span: r.arg(st, &u[k]).Span, Text: doc.Entities[e].Name}, "mediate", doc.Tokens[u[k].head].Text, c, 0.6, false)
			}
		}
	}
}

// clauseVerbBefore returns the verb group of the clause that unit before
// ends: the nearest one before it with no other clause between, or -1.
func clauseVerbBefore(u []unit, before int) int {
	for j := before - 1; j >= 0; j-- {
		switch u[j].kind {
		case uVG:
			return j
		case uSub, uQuote:
			return -1
		}
	}
	return -1
}

// roundsPrep returns, for the event noun at unit k after "of" in "after
// two days of talks", the preposition before the rounds ("after"), or ""
// when no noun of rounds stands between.
func roundsPrep(doc *Document, u []unit, k int) string {
	if k < 3 || u[k-2].kind != uNP || !roundNouns[doc.Tokens[u[k-2].head].Lower] {
		return ""
	}
	p := k - 3
	if p > 0 && u[p].kind == uAdv {
		p-- // "after more than six hours of talks"
	}
	if u[p].kind != uP || !adjunctPreps[doc.Tokens[u[p].a].Lower] {
		return ""
	}
	return doc.Tokens[u[p].a].Lower
}

// unnamedTalks relates the parties of a clause to each other through an
// interaction its time phrase names without them: "Chile and Peru signed
// the accord after two days of talks" (they talked), "Kenya signed after
// talks in Kampala" (with the other side of the pair in focus, when Kenya
// is one of it). k is the event noun's unit.
func (r *RelationStage) unnamedTalks(st *sentState, k int, lemma string) {
	u, doc := st.units, st.doc
	if doc.presplit || u[k].poss >= 0 || u[k].ent >= 0 || otherEvent(doc, &u[k]) || k+1 < len(u) && u[k+1].kind == uP && (doc.Tokens[u[k+1].a].Lower == "between" || doc.Tokens[u[k+1].a].Lower == "with") {
		return
	}
	p := doc.Tokens[u[k-1].a].Lower
	if p == "of" {
		if p = roundsPrep(doc, u, k); p == "" {
			return
		}
		if p == "of" || p == "at" {
			p = "after" // "at the end of two days of talks"
		}
	}
	if p != "after" && p != "following" { // (not "signed at talks", "said during a meeting": where)
		return
	}
	vi := clauseVerbBefore(u, k-1)
	if vi < 0 {
		return
	}
	c := r.baseCtx(st, vi)
	if c.negated || c.modality != schema.Asserted {
		return
	}
	var subj []Arg
	for _, s := range r.subject(st, vi) {
		if s.Entity >= 0 && actorEntity(doc, s.Entity) {
			subj = append(subj, s)
		}
	}
	if len(subj) == 0 && u[vi].passive {
		// "The accord was signed by A and his counterpart, B, after
		// three days of talks": the agents the clause gave talked
		sp := Span{doc.Tokens[u[vi].a].Span.Start, doc.Tokens[u[vi].b-1].Span.End}
		for i := st.relBase; i < len(doc.Relations); i++ {
			rel := &doc.Relations[i]
			if rel.Role || rel.PredSpan.Start < sp.Start || rel.PredSpan.Start >= sp.End || rel.Subj.Entity < 0 || !actorEntity(doc, rel.Subj.Entity) ||
				slices.ContainsFunc(subj, func(a Arg) bool { return a.Entity == rel.Subj.Entity }) {
				continue
			}
			subj = append(subj, rel.Subj)
		}
	}
	text := doc.Tokens[u[k].head].Text
	switch len(subj) {
	case 0:
		return
	case 1:
		for t := u[k].a; t < u[k].head; t++ {
			if w := doc.Tokens[t].Lower; bodyNouns[w] || r.lex.orgWords[w] {
				return // "after a cabinet meeting": the body's own sitting
			}
		}
		o := r.otherSide(st, subj[0], 3)
		if o < 0 || !actorEntity(doc, o) {
			return
		}
		r.emit(st, vi, subj[0], Arg{Entity: o, Poss: -1, Span: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].b-1].Span.End}, Text: doc.Entities[o].Name}, lemma, text, c, 0.5, false)
	default:
		for i := range subj {
			for j := i + 1; j < len(subj); j++ {
				r.emit(st, vi, subj[i], subj[j], lemma, text, c, 0.6, false)
			}
		}
	}
}

// answerVerbsOf reply to an offer, bid or proposal made to their subject.
var answerVerbsOf = map[string]bool{
	"reject": true, "accept": true, "consider": true, "welcome": true, "dismiss": true, "rebuff": true,
	"spurn": true, "decline": true, "refuse": true, "study": true, "weigh": true, "approve": true,
	"turn": true, "snub": true, "review": true, "examine": true, "receive": true, "get": true,
	// "the board recommended an offer from X": made to its company
	"recommend": true,
}

// offerNouns name an act offered to the one who answers it, with the
// verb lemma the act stands for.
var offerNouns = map[string]string{
	"offer": "offer", "offers": "offer", "bid": "bid", "bids": "bid", "invitation": "invite",
	"ultimatum": "threaten", "approach": "approach", "approaches": "approach",
	// "rejected three proposals from BHP": a takeover proposal, or any
	// other, is made to whoever answers it
	"proposal": "propose", "proposals": "propose",
}

// pressedNouns name an act pressed on the one who answers it, as the
// offer nouns do, when its maker is named with it ("rejected demands from
// X").
var pressedNouns = map[string]string{"demand": "demand", "demands": "demand", "ultimatums": "threaten"}

// listNouns gather acts of a kind ("a list of 13 demands").
var listNouns = map[string]bool{"list": true, "set": true, "series": true, "raft": true, "package": true}

// makeVerbs, as participles, name the maker of an act ("demands issued
// by X", "an offer made by X").
var makeVerbs = map[string]bool{"issue": true, "make": true, "present": true, "table": true, "send": true, "submit": true, "put": true, "set": true}

// answeredOffers relates the maker of an offer to the subject that
// answers it: "Acme rejected a final offer from the operator, Beta" gives
// (Beta, offer, Acme); "a bid from X for Y" targets Y instead. The offer was made whatever the answer was, so it
// is not negated with the answer.
func (r *RelationStage) answeredOffers(st *sentState) {
	u := st.units
	doc := st.doc
	for vi := range u {
		if u[vi].kind != uVG || u[vi].passive || !answerVerbsOf[doc.Tokens[u[vi].head].Lemma] {
			continue
		}
		k := vi + 1
		a := k // "that" may be read as a subordinator
		if k+1 < len(u) && (u[k].kind == uSub || u[k].kind == uWH || u[k].kind == uAdv) && u[k].b-u[k].a == 1 && doc.Tokens[u[k].a].Lower == "that" && !doc.presplit {
			// "rejected that bid as too low" (a tagger may read "bid" as
			// a verb here)
			if n := &u[k+1]; n.kind == uVG && n.b-n.a == 1 && (n.b >= doc.Sentences[st.si].Last || doc.Tokens[n.b].Tag == "IN" || doc.Tokens[n.b].Tag == "." || doc.Tokens[n.b].Lower == ",") {
				if lemma, ok := offerNouns[doc.Tokens[n.head].Lower]; ok {
					r.answerPrior(st, vi, lemma, u[k].a, n.head+1)
					continue
				}
			}
			if u[k+1].kind == uNP {
				k++
			}
		}
		if k < len(u) && u[k].kind == uNP && u[k].poss < 0 && !doc.presplit && (k+1 >= len(u) || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "from" && doc.Tokens[u[k+1].a].Lower != "by") {
			// "rejected that bid as too low": the offer the story told of
			if lemma, ok := offerNouns[doc.Tokens[u[k].head].Lower]; ok && a < k {
				r.answerPrior(st, vi, lemma, u[a].a, u[k].head+1)
				continue
			}
		}
		k = a
		if k+2 >= len(u) || u[k].kind != uNP || u[k].poss >= 0 {
			continue
		}
		if listNouns[doc.Tokens[u[k].head].Lower] && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "of" && k+4 < len(u) && u[k+2].kind == uNP {
			k += 2 // "rejected a list of 13 demands from X": the acts listed
		}
		lemma, ok := offerNouns[doc.Tokens[u[k].head].Lower]
		if !ok {
			lemma, ok = pressedNouns[doc.Tokens[u[k].head].Lower]
		}
		by := k + 1
		after := by // where "from" may name the maker
		if by+3 < len(u) && u[by].kind == uP && doc.Tokens[u[by].a].Lower == "of" && u[by+1].kind == uNP && priceNP(doc, &u[by+1]) {
			// "a final offer of 15.67 pounds (a share) from Fox": the
			// price offered, then its maker
			by += 2
			if u[by].kind == uNP && perShareNP(doc, &u[by]) {
				by++
			} else if by+2 < len(u) && u[by].kind == uP && doc.Tokens[u[by].a].Lower == "per" && u[by+1].kind == uNP && doc.Tokens[u[by+1].head].Lower == "share" {
				by += 2
			}
			after = by
		}
		if by+1 < len(u) && u[by].kind == uVG && u[by].b-u[by].a == 1 && doc.Tokens[u[by].head].Tag == "VBN" && makeVerbs[doc.Tokens[u[by].head].Lemma] {
			by++ // "demands issued by X", "an offer made by X"
		}
		if !ok || by+1 >= len(u) || u[by].kind != uP || u[by+1].kind != uNP {
			continue
		}
		if p := doc.Tokens[u[by].a].Lower; p != "from" && p != "by" || p == "from" && by > after {
			continue
		}
		makers, j := r.npList(st, by+1)
		if j < len(u) && u[j].kind == uP && doc.Tokens[u[j].a].Lower == "for" {
			continue // "a bid from X for Y": X bids for Y, not for the subject
		}
		c := r.baseCtx(st, vi)
		if u[vi].negated {
			c.negated = !c.negated
		}
		ptext := doc.Tokens[u[k].head].Text + " " + doc.Text[doc.Tokens[u[k+1].a].Span.Start:doc.Tokens[u[by].a].Span.End]
		for _, s := range r.subject(st, vi) {
			for _, m := range makers {
				if m.Entity < 0 {
					m.Entity = r.npActor(st, by+1)
				}
				if m.Entity >= 0 && s.Entity >= 0 {
					r.emit(st, vi, m, s, lemma, ptext, c, 0.75, false)
				}
			}
		}
	}
}

// answerNouns name an answer to an act by the verb it stands for, with
// the preposition before the act ("its rejection of the offer", "Ostria's
// denial of the charges").
var answerNouns = map[string]struct{ lemma, prep string }{
	"rejection": {"reject", "of"}, "denial": {"deny", "of"}, "acceptance": {"accept", "of"}, "backing": {"back", "of"}, "endorsement": {"endorse", "of"},
	"condemnation": {"condemn", "of"}, "criticism": {"criticise", "of"}, "opposition": {"oppose", "to"}, "support": {"support", "for"},
}

// possessedAnswers relates the possessor of an answer to an act ("Kestrel's
// rejection of the offer", "reversing its rejection of an earlier
// approach") to the act's maker, as a response verb with that object
// does (madeBy).
func (r *RelationStage) possessedAnswers(st *sentState) {
	u := st.units
	doc := st.doc
	for k := 0; k+2 < len(u); k++ {
		if u[k].kind != uNP || u[k].poss < 0 || u[k].ent >= 0 || u[k+1].kind != uP || u[k+2].kind != uNP || u[k+2].ent >= 0 || u[k+2].poss >= 0 {
			continue
		}
		an, ok := answerNouns[doc.Tokens[u[k].head].Lower]
		if !ok || doc.Tokens[u[k+1].a].Lower != an.prep {
			continue
		}
		s := Arg{Entity: u[k].poss, Poss: -1, Span: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].b-1].Span.End}, Text: doc.Entities[u[k].poss].Name}
		m, ok := r.madeBy(st, r.arg(st, &u[k+2]), []int{s.Entity})
		if !ok || m.Entity < 0 || m.Entity == s.Entity {
			continue
		}
		m.Text = doc.Entities[m.Entity].Name
		r.emit(st, -1, s, m, an.lemma, doc.Tokens[u[k].head].Text+" "+doc.Tokens[u[k+1].a].Text, nounCtx(st, &u[k]), 0.7, false)
	}
}

// answerPrior relates the maker of the offer the story told of before
// (madeBy) to the subject of verb group vi that answers it as phrase
// [a, b) ("rejected that bid"): the maker bid for the subject, and the
// subject answered the maker.
func (r *RelationStage) answerPrior(st *sentState, vi int, lemma string, a, b int) {
	doc := st.doc
	c := r.baseCtx(st, vi)
	if st.units[vi].negated {
		c.negated = !c.negated
	}
	v := &st.units[vi]
	subj := r.subject(st, vi)
	var ex []int
	for _, s := range subj {
		if s.Entity >= 0 {
			ex = append(ex, s.Entity)
		}
	}
	span := Span{doc.Tokens[a].Span.Start, doc.Tokens[b-1].Span.End}
	phrase := Arg{Entity: -1, Poss: -1, Span: span, Text: "that " + doc.Tokens[b-1].Lower}
	m, ok := r.madeBy(st, phrase, ex)
	if !ok || m.Entity < 0 {
		return
	}
	m.Text = doc.Entities[m.Entity].Name
	for _, s := range subj {
		r.emit(st, vi, m, s, lemma, doc.Text[span.Start:span.End], c, 0.7, false)
		r.emit(st, vi, s, m, doc.Tokens[v.head].Lemma, r.predText(st, v, -1), c, 0.65, false)
	}
}

// targetPreps name the target of a nominal act ("an attack by X on Y").
var targetPreps = map[string]bool{"on": true, "against": true, "to": true, "for": true, "into": true}

// nominalActs gives "an attack by coast guard ships on a fishing boat"
// its open triple (ships, attack, boat) when an end is not a name; acts
// between names come from the nominal stage.
func (r *RelationStage) nominalActs(st *sentState) {
	u := st.units
	doc := st.doc
	for k := 0; k+4 < len(u); k++ {
		if u[k].kind != uNP || u[k].poss >= 0 {
			continue
		}
		ev, ok := r.lex.events[doc.Tokens[u[k].head].Lower]
		if !ok || ev.symmetric {
			continue
		}
		if u[k+1].kind != uP || u[k+2].kind != uNP || u[k+3].kind != uP || u[k+4].kind != uNP {
			continue
		}
		if p := doc.Tokens[u[k+1].a].Lower; p != "by" && p != "from" {
			continue
		}
		tp := doc.Tokens[u[k+3].a].Lower
		if !targetPreps[tp] {
			continue
		}
		actor := r.npActor(st, k+2)
		if actor >= 0 && u[k+4].ent >= 0 {
			continue // the nominal stage relates two names
		}
		if r.isTime(st, &u[k+2]) || r.isTime(st, &u[k+4]) || doc.Tokens[u[k+2].head].Tag == "PRP" {
			continue
		}
		c := nounCtx(st, &u[k])
		a := r.arg(st, &u[k+2])
		if a.Entity < 0 {
			a.Entity = actor
		}
		r.emit(st, -1, a, r.arg(st, &u[k+4]), ev.lemma, doc.Tokens[u[k].head].Text+" "+tp, c, 0.7, false)
	}
}

// documentNouns name a text that speaks for whoever issued it ("issued a
// statement calling on X": the issuer calls on X).
var documentNouns = map[string]bool{
	"statement": true, "letter": true, "communiqué": true, "communique": true, "declaration": true,
	"report": true, "resolution": true, "motion": true, "petition": true, "note": true, "memo": true,
	"decree": true, "press release": true, "release": true, "notice": true, "open letter": true,
}

// documentSubjects gives a relation whose subject is a document the
// sentence's subject issued ("X issued a statement calling on Y") that
// issuer as its subject.
func (r *RelationStage) documentSubjects(st *sentState) {
	rels := st.doc.Relations
	first := st.relBase // the sentence's first relation
	var extra []Relation
	var filled []int
	for i := first; i < len(rels); i++ {
		s := rels[i].Subj
		if rels[i].Role || s.Entity >= 0 || s.Poss >= 0 {
			continue
		}
		var issuer Span
		noun := lastWord(s.Text)
		if !documentNouns[noun] && !filingNouns[noun] || voteOutcomeVerbs[rels[i].Pred] {
			// ("The motion, tabled by X, passed by 40 votes": the vote
			// is the motion's fate, not an act of its mover)
			continue
		}
		info, says := r.lex.verbs[rels[i].Pred]
		says = says && (info.report || info.cameo != "" && info.cameo != "00")
		found := false
		for j := first; j < len(rels); j++ {
			if j != i && !rels[j].Role && rels[j].Obj.Span == s.Span && rels[j].Obj.Entity < 0 && rels[j].Subj.Entity >= 0 && !rels[j].Negated &&
				(documentNouns[noun] || issueVerbs[rels[j].Pred] || fileVerbs[rels[j].Pred]) && (says || !proposeVerbs[rels[j].Pred]) && !receivingVerbs[rels[j].Pred] {
				// ("The resolution, drafted by X, terminates the
				// mandate": what a proposal enacts is not its drafter's
				// act; only what it says speaks for the drafter)
				if found {
					if rels[j].PredSpan == issuer {
						// "A and B issued a statement welcoming X": each
						// issuer welcomes X
						r2 := rels[i]
						r2.Subj = rels[j].Subj
						extra = append(extra, r2)
					}
					continue
				}
				rels[i].Subj, found, issuer = rels[j].Subj, true, rels[j].PredSpan
				filled = append(filled, i)
			}
		}
		if !found {
			// "A letter from the union urged X", "a complaint by the
			// association accused Y": the phrase right after names the
			// author
			if a, ok := authorAfter(st.doc, s); ok {
				rels[i].Subj = a
			}
		}
	}
	// "X issued a statement welcoming Y's effort": the issuer, filled in
	// only now, answers the possessor as well, as "X welcomed Y's effort"
	// does
	answered := make([]Relation, 0, len(filled)+len(extra))
	for _, i := range filled {
		answered = append(answered, rels[i])
	}
	for _, rel := range append(answered, extra...) {
		if !rel.Role && rel.Subj.Entity >= 0 && responseVerbs[rel.Pred] && rel.Obj.Entity < 0 && rel.Obj.Poss >= 0 && rel.Obj.Poss != rel.Subj.Entity && possessedAct(possHead(rel.Obj.Text)) {
			r2 := rel
			r2.Obj = Arg{Entity: rel.Obj.Poss, Poss: -1, Span: rel.Obj.Span, Text: st.doc.Entities[rel.Obj.Poss].Name}
			r2.Confidence *= 0.5
			extra = append(extra, r2)
		}
	}
	st.doc.Relations = append(st.doc.Relations, extra...)
}

// receivingVerbs take in or answer a text another wrote ("The report,
// obtained by Reuters, accused X": the report's author accuses X, not
// Reuters).
var receivingVerbs = map[string]bool{
	"obtain": true, "see": true, "view": true, "receive": true, "leak": true, "cite": true, "quote": true,
	"get": true, "acquire": true, "access": true, "reject": true, "dismiss": true, "dispute": true,
	"deny": true, "question": true, "challenge": true, "criticise": true, "criticize": true, "welcome": true,
	"review": true, "examine": true, "study": true,
}

// voteOutcomeVerbs tell what a vote did to a motion, bill or resolution
// ("passed", "won 12 votes", "was carried"): never its mover's act.
var voteOutcomeVerbs = map[string]bool{
	"pass": true, "carry": true, "win": true, "receive": true, "fall": true, "fail": true, "lose": true,
	"secure": true, "garner": true, "survive": true, "collapse": true, "get": true, "obtain": true,
}

// proposeVerbs put a text forward for others to adopt: its drafter or
// mover speaks through what it says, not through what it enacts.
var proposeVerbs = map[string]bool{
	"draft": true, "table": true, "bring": true, "submit": true, "move": true, "sponsor": true,
	"propose": true, "introduce": true, "put": true, "present": true,
}

// filingNouns name a legal or formal filing that speaks for whoever filed
// it ("a lawsuit filed by X accuses Y": X accuses Y); only a verb that
// files or issues it, or "by"/"from" right after, names its author.
var filingNouns = map[string]bool{
	"complaint": true, "lawsuit": true, "suit": true, "indictment": true, "filing": true, "submission": true,
	"countersuit": true, "counter-suit": true, "counterclaim": true, "request": true, "application": true, "appeal": true,
}

// fileVerbs bring a filing under their subject's name.
var fileVerbs = map[string]bool{"file": true, "lodge": true, "bring": true, "prepare": true, "author": true}

// authorAfter returns the actor named by "by" or "from" right after the
// phrase a ("a letter from Acme"), as an argument.
func authorAfter(doc *Document, a Arg) (Arg, bool) {
	t := doc.tokenFrom(a.Span.End)
	if t+1 >= len(doc.Tokens) || doc.Tokens[t].Lower != "by" && doc.Tokens[t].Lower != "from" {
		return Arg{}, false
	}
	m := doc.TokMention[t+1]
	if m < 0 && t+2 < len(doc.Tokens) && doc.Tokens[t+1].Lower == "the" {
		m = doc.TokMention[t+2]
	}
	for j := t + 1; m < 0 && j+1 < len(doc.Tokens) && j <= t+3 && doc.TokMention[j] < 0 && isCap(doc.Tokens[j].Text); j++ {
		// "an appeal from President Anton Torvald": the title the
		// name's mention carries stands before it
		if n := doc.TokMention[j+1]; n >= 0 && doc.Mentions[n].First == j+1 && doc.Mentions[n].Role != "" {
			m = n
		}
	}
	if m < 0 || doc.Mentions[m].Entity < 0 || doc.Mentions[m].Kind == PronounMention || !actorEntity(doc, doc.Mentions[m].Entity) {
		return Arg{}, false
	}
	mm := &doc.Mentions[m]
	if n := doc.Tokens[mm.Last-1]; mm.Last < len(doc.Tokens) && doc.Tokens[mm.Last].Tag == "POS" || n.Sent != doc.Tokens[t].Sent {
		return Arg{}, false // "a letter from Acme's lawyers": someone else's
	}
	return Arg{Entity: mm.Entity, Poss: -1, Span: mm.Span, Text: doc.Text[mm.Span.Start:mm.Span.End]}, true
}

// findingNouns name a document, an inquiry or a panel whose findings are
// its author's ("The report found that ...", "an audit by X concluded
// that ...", "a panel led by X found that ...").
var findingNouns = map[string]bool{
	"report": true, "audit": true, "inquiry": true, "investigation": true, "probe": true, "review": true,
	"study": true, "assessment": true, "examination": true, "panel": true, "inspection": true,
}

// authoringVerbs make a finding document or an inquiry their subject's:
// written, conducted, led or set up by it (not one only obtained, seen,
// leaked or ordered by it).
var authoringVerbs = map[string]bool{
	"write": true, "author": true, "prepare": true, "compile": true, "produce": true, "draft": true,
	"conduct": true, "carry": true, "lead": true, "head": true, "chair": true, "run": true,
	"issue": true, "release": true, "publish": true, "launch": true, "open": true,
	"set": true, "establish": true, "appoint": true, "convene": true, "form": true,
}

// presidingVerbs tell who chairs a body: a panel's chair does not speak
// for it ("A panel chaired by X found that ...": the panel's finding).
var presidingVerbs = map[string]bool{"lead": true, "head": true, "chair": true, "run": true}

// findingAuthor returns the author of a finding document or inquiry a,
// the subject of a finding verb at token vt: its possessor ("its
// investigation", "the agency's report"), the actor after "by" or "from"
// ("an audit by X"), or the subject of a verb that wrote, led or set it
// up earlier in the sentence ("The report, written by X and obtained by
// Y,": X).
func (r *RelationStage) findingAuthor(st *sentState, a Arg, vt int) (Arg, bool) {
	doc := st.doc
	if a.Entity >= 0 || !findingNouns[headWord(a.Text)] {
		return Arg{}, false
	}
	if a.Poss >= 0 {
		if !actorEntity(doc, a.Poss) {
			return Arg{}, false
		}
		return Arg{Entity: a.Poss, Poss: -1, Span: a.Span, Text: doc.Entities[a.Poss].Name}, true
	}
	if au, ok := authorAfter(doc, a); ok {
		return au, true
	}
	end := doc.Tokens[vt].Span.Start
	for i := st.relBase; i < len(doc.Relations); i++ {
		rel := &doc.Relations[i]
		if rel.Role || rel.Negated || !(rel.Subj.Entity >= 0 && actorEntity(doc, rel.Subj.Entity) || rel.Subj.Entity < 0 && rel.Subj.Poss < 0 && unnamedBody(rel.Subj.Text)) || !authoringVerbs[rel.Pred] ||
			headWord(a.Text) == "panel" && presidingVerbs[rel.Pred] ||
			rel.Obj.Span.Start < a.Span.Start || rel.Obj.Span.End > end || rel.PredSpan.Start < a.Span.Start || rel.PredSpan.End > end {
			continue
		}
		return rel.Subj, true
	}
	return Arg{}, false
}

// perfectModal reports whether verb group u is a modal before a perfect
// ("should have told", "may have committed"): a finding about what was
// done, not a forecast.
func perfectModal(doc *Document, u *unit) bool {
	have := false
	for t := u.a; t < u.b; t++ {
		switch {
		case doc.Tokens[t].Lower == "have":
			have = true
		case have && (doc.Tokens[t].Tag == "VBN" || doc.Tokens[t].Tag == "VBD"):
			return true
		}
	}
	return false
}

// appealParticiples, after a document noun, say what the document asks
// of someone ("a letter urging X to V"), with their lemma.
var appealParticiples = map[string]string{
	"urging": "urge", "calling": "call", "asking": "ask", "demanding": "demand", "pressing": "press",
	"imploring": "implore", "begging": "beg", "requesting": "request", "inviting": "invite", "warning": "warn",
	"accusing": "accuse", "criticising": "criticise", "criticizing": "criticize", "condemning": "condemn",
}

// issueVerbs put a document out under their subject's name.
var issueVerbs = map[string]bool{
	"sign": true, "send": true, "write": true, "issue": true, "publish": true, "release": true, "deliver": true,
	"pen": true, "draft": true, "circulate": true, "submit": true, "post": true, "present": true, "hand": true,
	"launch": true, "table": true, "co-sign": true, "put": true,
}

// documentAppeals relates whoever signed, sent or issued a document to
// the one it urges, calls on, asks or warns ("More than 60 MPs signed a
// letter urging X to V": the MPs urge X).
func (r *RelationStage) documentAppeals(st *sentState) {
	doc := st.doc
	s := doc.Sentences[st.si]
	first := st.relBase // the sentence's first relation
	end := len(doc.Relations)
	for t := s.First + 1; t < s.Last; t++ {
		lemma, ok := appealParticiples[doc.Tokens[t].Lower]
		if !ok || !documentNouns[doc.Tokens[t-1].Lower] {
			continue
		}
		// the issuer: the subject of the last issuing verb before the
		// document
		iss := -1
		for i := first; i < end; i++ {
			rel := &doc.Relations[i]
			if rel.Role || rel.Subj.Entity < 0 || !issueVerbs[rel.Pred] || rel.PredSpan.End > doc.Tokens[t-1].Span.Start {
				continue
			}
			if iss < 0 || rel.PredSpan.Start > doc.Relations[iss].PredSpan.Start {
				iss = i
			}
		}
		if iss < 0 {
			continue
		}
		k := t + 1
		if k < s.Last && (doc.Tokens[k].Lower == "on" || doc.Tokens[k].Lower == "upon") {
			k++
		}
		for ; k < s.Last && k < t+5; k++ {
			if m := doc.TokMention[k]; m >= 0 && doc.Mentions[m].Entity >= 0 {
				break
			}
			if tg := doc.Tokens[k].Tag; strings.HasPrefix(tg, "VB") || tg == "TO" || tg == "," || tg == "IN" {
				k = s.Last
			}
		}
		if k >= s.Last || k >= t+5 {
			continue
		}
		mm := doc.Mentions[doc.TokMention[k]]
		ir := doc.Relations[iss]
		if ir.Subj.Entity == mm.Entity {
			continue
		}
		dup := false
		for i := first; i < len(doc.Relations); i++ {
			if rel := &doc.Relations[i]; rel.Pred == lemma && rel.Subj.Entity == ir.Subj.Entity && rel.Obj.Entity == mm.Entity {
				dup = true
			}
		}
		if dup {
			continue
		}
		doc.Relations = append(doc.Relations, Relation{
			Subj: ir.Subj, Obj: Arg{Entity: mm.Entity, Poss: -1, Span: mm.Span, Text: doc.Text[mm.Span.Start:mm.Span.End]},
			Pred: lemma, PredText: doc.Tokens[t].Text, PredSpan: doc.Tokens[t].Span,
			Negated: ir.Negated, Modality: ir.Modality, Confidence: clamp01(0.9 * max(ir.Confidence, 0.6)),
			Sent: st.si, Span: Span{min(ir.Span.Start, mm.Span.Start), max(ir.Span.End, mm.Span.End)},
		})
	}
}

// sentenceOpen returns the first token of sentence s past its opening
// quotation marks.
func sentenceOpen(doc *Document, s Sentence) int {
	open := s.First
	for open < s.Last && (doc.Tokens[open].Tag == "``" || doc.Tokens[open].Tag == "''") {
		open++
	}
	return open
}

// letterNouns name a message its writer addresses to someone, with the
// verb that sends it: "In a letter to X, Y said ..." (Y writes to X), "Y
// said in a statement to X that ..." (Y tells X).
var letterNouns = map[string]string{"letter": "write", "note": "write", "memo": "write", "email": "write", "e-mail": "write",
	"message": "write", "statement": "tell"}

// letterBefore returns the verb that sends the message of "in a letter
// to" (or "in a statement to", "in a short note to") written right before
// o, with the message noun, or "" when o follows no such phrase.
func letterBefore(doc *Document, o Arg) (string, string) {
	t := doc.tokenFrom(o.Span.Start) - 1
	if t < 3 || t >= len(doc.Tokens) || doc.Tokens[t].Lower != "to" {
		return "", ""
	}
	k := t - 1
	lemma := letterNouns[doc.Tokens[k].Lower]
	if lemma == "" {
		return "", ""
	}
	d := k - 1
	for d > 0 && d > k-3 && doc.Tokens[d].Tag == "JJ" {
		d-- // "in a short statement to"
	}
	if d < 1 || doc.Tokens[d].Tag != "DT" || doc.Tokens[d-1].Lower != "in" {
		return "", ""
	}
	return lemma, doc.Tokens[k].Lower
}

// letterAddressees relates the writer of "in a letter to X" to X: the
// subject of the verb the phrase belongs to, the first verb after it when
// it opens the sentence, else the last verb before it. The writing is
// kept as an act of the writer's, addressed or not.
func (r *RelationStage) letterAddressees(st *sentState) {
	doc := st.doc
	s := doc.Sentences[st.si]
	open := sentenceOpen(doc, s)
	for t := s.First; t+4 < s.Last; t++ {
		if doc.Tokens[t].Lower != "in" || doc.Tokens[t+1].Tag != "DT" {
			continue
		}
		k := t + 2
		for k < s.Last && k < t+4 && doc.Tokens[k].Tag == "JJ" {
			k++ // "in an open letter", "in a joint statement"
		}
		lemma := letterNouns[doc.Tokens[k].Lower]
		if lemma == "" || k+1 >= s.Last {
			continue
		}
		addressed := k+2 < s.Last && doc.Tokens[k+1].Lower == "to"
		// the writer
		at := doc.Tokens[t].Span.Start
		w := -1
		for _, ac := range *st.acts {
			if ac.sent != st.si || ac.subj < 0 {
				continue
			}
			if t == open && ac.at > at {
				w = ac.subj
				break
			}
			if t != open && ac.at < at {
				w = ac.subj
			}
		}
		if w < 0 || !actorEntity(doc, w) {
			continue
		}
		// the writing is an act a later answer may refer to ("In a letter
		// to shareholders, X accused ... Y dismissed the letter")
		*st.acts = append(*st.acts, act{lemma: lemma, subj: w, sent: st.si, at: doc.Tokens[k].Span.Start})
		if !addressed {
			continue // "In a letter, X said ..."
		}
		// the addressee: the last name of the phrase after "to" ("to
		// Acme chief executive Jo Smith": Jo Smith)
		var to *Mention
		for a := k + 2; a < s.Last && a < k+9; a++ {
			if tg := doc.Tokens[a].Tag; isVerbTag(tg) || tg == "," || tg == "IN" || tg == "TO" || tg == "CC" {
				break
			}
			if m := doc.TokMention[a]; m >= 0 && doc.Mentions[m].Entity >= 0 {
				to = &doc.Mentions[m]
			}
		}
		if to == nil || to.Kind == PronounMention || !actorEntity(doc, to.Entity) || w == to.Entity {
			continue
		}
		sp := Span{doc.Tokens[t].Span.Start, to.Span.End}
		subj := mentionArg(doc, st.si, w, sp)
		doc.Relations = append(doc.Relations, Relation{
			Subj:       subj,
			Obj:        Arg{Entity: to.Entity, Poss: -1, Span: to.Span, Text: doc.Text[to.Span.Start:to.Span.End]},
			Pred:       lemma,
			PredText:   doc.Tokens[k].Text + " to",
			PredSpan:   Span{doc.Tokens[k].Span.Start, doc.Tokens[k+1].Span.End},
			Modality:   schema.Asserted,
			Confidence: 0.6,
			Sent:       st.si,
			Span:       sp,
		})
	}
}

// mentionArg returns entity e as an argument written as its first
// mention in sentence si, or by its name over span sp when none is.
func mentionArg(doc *Document, si, e int, sp Span) Arg {
	s := doc.Sentences[si]
	for i := doc.mentionsFrom(si); i < len(doc.Mentions) && doc.Mentions[i].First < s.Last; i++ {
		if m := &doc.Mentions[i]; m.Entity == e {
			return Arg{Entity: e, Poss: -1, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]}
		}
	}
	return Arg{Entity: e, Poss: -1, Span: sp, Text: doc.Entities[e].Name}
}

// demandNouns take a "that" clause saying what their maker presses
// someone to do, with the verb that presses ("its demand that X sell the
// fields": a demand on X).
var demandNouns = map[string]string{"demand": "demand", "demands": "demand", "insistence": "demand", "ultimatum": "demand",
	"call": "call", "calls": "call", "request": "request", "order": "order"}

// demandClauses relates the maker of a demand with a "that" clause, the
// demand's possessor or else the subject whose object it is, to the
// clause's subject: "Peru repeated its demand that Chile withdraw" (Peru
// demands of Chile).
func (r *RelationStage) demandClauses(st *sentState) {
	doc := st.doc
	s := doc.Sentences[st.si]
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		rel := doc.Relations[i]
		lemma := demandNouns[lastWord(rel.Obj.Text)]
		if rel.Role || rel.Negated || rel.Obj.Entity >= 0 || lemma == "" || rel.Subj.Entity < 0 {
			continue
		}
		to := demandTarget(doc, s, doc.tokenFrom(rel.Obj.Span.End))
		if to == nil {
			continue
		}
		if o := doc.tokenAt(rel.Obj.Span.Start); o <= s.First || doc.Tokens[o-1].Tag == "IN" {
			continue // (the demand is the verb's own object)
		}
		maker := rel.Subj
		if rel.Obj.Poss >= 0 {
			maker = Arg{Entity: rel.Obj.Poss, Poss: -1, Span: rel.Obj.Span, Text: doc.Entities[rel.Obj.Poss].Name}
		}
		if maker.Entity == to.Entity || !actorEntity(doc, maker.Entity) {
			continue
		}
		doc.Relations = append(doc.Relations, Relation{
			Subj: maker, Obj: Arg{Entity: to.Entity, Poss: -1, Span: to.Span, Text: doc.Text[to.Span.Start:to.Span.End]},
			Pred: lemma, PredText: lastWord(rel.Obj.Text) + " that", PredSpan: rel.Obj.Span,
			Modality: rel.Modality, Confidence: clamp01(0.8 * rel.Confidence), Sent: st.si,
			Span: Span{min(rel.Span.Start, to.Span.Start), max(rel.Span.End, to.Span.End)},
		})
	}
}

// demandTarget returns the mention of the actor a demand's "that" clause
// at token t presses ("that Chile withdraw"), or nil.
func demandTarget(doc *Document, s Sentence, t int) *Mention {
	if t+2 >= s.Last || doc.Tokens[t].Lower != "that" {
		return nil
	}
	k := t + 1
	if doc.Tokens[k].Lower == "the" {
		k++
	}
	m := doc.TokMention[k]
	if m < 0 || doc.Mentions[m].Entity < 0 || !actorEntity(doc, doc.Mentions[m].Entity) {
		return nil
	}
	to := &doc.Mentions[m]
	v := to.Last
	for v < s.Last && doc.Tokens[v].Tag == "RB" {
		v++
	}
	if v >= s.Last || doc.Tokens[v].Tag != "VB" && doc.Tokens[v].Tag != "VBP" && doc.Tokens[v].Lower != "should" && doc.Tokens[v].Lower != "must" {
		// a base form after a name ("that Chile withdraw"), not "the
		// demand that Acme made", a relative clause, or "told analysts
		// on a call that it had ...", a report
		return nil
	}
	return to
}

// possessedDemands relates the possessor of a demand with a "that" clause
// to the clause's subject wherever the demand stands: "Talks collapsed
// over Peru's demand that Chile withdraw", "At the heart of the row was
// Acme's demand that Beta sell its fields" (Peru demands of Chile), once
// whatever demandClauses read from the clause's object.
func (r *RelationStage) possessedDemands(st *sentState) {
	u, doc := st.units, st.doc
	s := doc.Sentences[st.si]
	for k := range u {
		if u[k].kind != uNP || u[k].poss < 0 || u[k].head != u[k].b-1 || !actorEntity(doc, u[k].poss) {
			continue
		}
		lemma := demandNouns[doc.Tokens[u[k].head].Lower]
		if lemma == "" {
			continue
		}
		to := demandTarget(doc, s, u[k].b)
		if to == nil || to.Entity == u[k].poss || st.hasRelation(doc, u[k].poss, lemma, to.Entity) {
			continue
		}
		span := Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].head].Span.End}
		doc.Relations = append(doc.Relations, Relation{
			Subj: mentionArg(doc, st.si, u[k].poss, span), Obj: Arg{Entity: to.Entity, Poss: -1, Span: to.Span, Text: doc.Text[to.Span.Start:to.Span.End]},
			Pred: lemma, PredText: doc.Tokens[u[k].head].Lower + " that", PredSpan: span,
			Modality: schema.Asserted, Confidence: 0.7, Sent: st.si,
			Span: Span{span.Start, to.Span.End},
		})
	}
}

// chargeClaims state, in a "that" clause, what their maker holds against
// someone ("the argument that X had exceeded its powers").
var chargeClaims = map[string]bool{"claim": true, "claims": true, "argument": true, "arguments": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "assertion": true, "assertions": true, "complaint": true, "complaints": true}

// claimCharges relates the maker of a claim, its possessor or the actor
// after "by" or "from", to the subject of the claim's "that" clause when
// the clause tells of a wrong it did: "The court rejected arguments by
// Brava Foods that the Dalvin tribunal had exceeded its powers", "Helm
// Grain's claim that Kelmo Group had misled investors" (the maker accuses
// it), as "argued that" or "claimed that" does; whatever answers the claim.
func (r *RelationStage) claimCharges(st *sentState) {
	u, doc := st.units, st.doc
	for k := range u {
		if u[k].kind != uNP || u[k].head != u[k].b-1 || !chargeClaims[doc.Tokens[u[k].head].Lower] {
			continue
		}
		maker, j := u[k].poss, k+1
		if maker < 0 && j+1 < len(u) && u[j].kind == uP && (doc.Tokens[u[j].a].Lower == "by" || doc.Tokens[u[j].a].Lower == "from") && u[j+1].kind == uNP {
			maker, j = r.npActor(st, j+1), j+2
		}
		if maker < 0 || !actorEntity(doc, maker) || j+2 >= len(u) || u[j].b-u[j].a != 1 || doc.Tokens[u[j].a].Lower != "that" {
			continue
		}
		to := u[j+1].ent
		if u[j+1].kind != uNP || to < 0 || to == maker || !actorEntity(doc, to) || u[j+2].kind != uVG || !r.wrongdoing(st, j+2) || st.hasRelation(doc, maker, "accuse", to) {
			continue
		}
		span := Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].head].Span.End}
		obj := Span{doc.Tokens[u[j+1].a].Span.Start, doc.Tokens[u[j+1].b-1].Span.End}
		doc.Relations = append(doc.Relations, Relation{
			Subj: mentionArg(doc, st.si, maker, span), Obj: Arg{Entity: to, Poss: -1, Span: obj, Text: doc.Text[obj.Start:obj.End]},
			Pred: "accuse", PredText: doc.Tokens[u[k].head].Lower + " that", PredSpan: span,
			Modality: schema.Asserted, Confidence: 0.65, Sent: st.si,
			Span: Span{span.Start, obj.End},
		})
	}
}

// probeVerbs look into a claim or a question, and so into whoever the
// claim or question is about ("is reviewing whether Acme disclosed its
// stake", "will assess whether Acme misled buyers").
var probeVerbs = map[string]bool{"investigate": true, "probe": true, "examine": true, "review": true, "scrutinise": true,
	"scrutinize": true, "assess": true, "check": true}

// probedClaims relates the subject of a verb of inquiry to the actor that
// the claim or question it looks into is about: "Prosecutors are
// investigating allegations that Drax Bank paid bribes" and "are
// investigating whether Drax Bank paid bribes" investigate Drax Bank.
func (r *RelationStage) probedClaims(st *sentState) {
	u, doc := st.units, st.doc
	for vi := 0; vi+3 < len(u); vi++ {
		if u[vi].kind != uVG || u[vi].passive || !probeVerbs[doc.Tokens[u[vi].head].Lemma] {
			continue
		}
		j := vi + 1
		if u[j].kind == uNP && u[j].head == u[j].b-1 && (chargeClaims[doc.Tokens[u[j].head].Lower] || claimNouns[doc.Tokens[u[j].head].Lower]) {
			j++
		}
		if w := doc.Tokens[u[j].a].Lower; u[j].b-u[j].a != 1 || !(j > vi+1 && w == "that" || j == vi+1 && w == "whether") {
			continue
		}
		to, n := r.claimActor(st, j+1)
		var o Arg
		if to < 0 {
			// "examining whether Veridian, whose tools ..., offered",
			// "whether two other firms had sold": a name before a
			// relative clause, or a group the clause names unnamed
			a, ok := r.probedGroup(st, j+1, j > vi+1)
			if !ok {
				continue
			}
			o = a
		}
		j++
		c := r.baseCtx(st, vi)
		if c.negated || c.question {
			continue
		}
		if to >= 0 {
			obj := Span{doc.Tokens[u[j].a].Span.Start, doc.Tokens[u[n-1].b-1].Span.End}
			o = Arg{Entity: to, Poss: -1, Span: obj, Text: doc.Text[obj.Start:obj.End]}
		}
		text := doc.Tokens[u[vi].head].Text + " "
		if j > vi+2 {
			text += doc.Tokens[u[j-2].head].Lower + " " // "investigating claims that"
		}
		text += doc.Tokens[u[j-1].a].Lower
		for _, s := range r.subject(st, vi) {
			if to < 0 && o.Entity >= 0 && (s.Entity == o.Entity || st.hasRelation(doc, s.Entity, "investigate", o.Entity)) {
				continue
			}
			if to < 0 || s.Entity != to && !st.hasRelation(doc, s.Entity, "investigate", to) {
				r.emit(st, vi, s, o, "investigate", text, c, 0.6, false)
			}
		}
	}
}

// probedGroup returns whom a question after "whether" opening at unit k
// is about when claimActor finds no named actor: a name set off by a
// relative clause ("whether Veridian, whose tools are used by most
// chipmakers, offered"), or, for a question (not a claim's "that"
// clause, when claim is set), the plain noun phrase that is the
// subject of its verb when it names people or organisations ("whether
// two other firms had sold", "whether officials at the ministry had been
// paid"), never a pronoun, a time, "there" or a thing ("whether the rules
// should change").
func (r *RelationStage) probedGroup(st *sentState, k int, claim bool) (Arg, bool) {
	u, doc := st.units, st.doc
	if k >= len(u) || u[k].kind != uNP {
		return Arg{}, false
	}
	if k+2 < len(u) && u[k].ent >= 0 && u[k+1].kind == uComma && u[k+2].kind == uWH && actorEntity(doc, u[k].ent) {
		return r.arg(st, &u[k]), true
	}
	if claim {
		return Arg{}, false
	}
	n := k + 1
	for n < len(u) && (u[n].kind == uP || u[n].kind == uNP || u[n].kind == uAdv) {
		n++
	}
	if n >= len(u) || u[n].kind != uVG {
		return Arg{}, false
	}
	if t := doc.Tokens[u[k].head].Tag; t == "PRP" || t == "EX" || t == "DT" || r.isTime(st, &u[k]) {
		return Arg{}, false
	}
	subj := r.subject(st, n)
	if len(subj) != 1 || subj[0].Span.Start != doc.Tokens[u[k].a].Span.Start {
		return Arg{}, false
	}
	a := subj[0]
	if a.Entity >= 0 && !actorEntity(doc, a.Entity) {
		return Arg{}, false
	}
	if a.Entity < 0 {
		h := doc.Tokens[u[k].head].Lower
		if !r.lex.peopleNouns[h] && !peopleNouns[h] && pairNouns[h] == "" {
			return Arg{}, false // "whether the rules should change": no one
		}
		if e := r.npActor(st, k); e >= 0 && a.Poss < 0 {
			a.Entity = e
		}
	}
	return a, true
}

// claimActor returns the actor that a claim's clause, opening at unit
// k, is about and the unit of the clause's verb: the verb's subject as
// the clause stage reads it ("a builder, Grupo Norte, paid", "officials
// at Velo Bank hid"), when it is one actor; -1 otherwise.
func (r *RelationStage) claimActor(st *sentState, k int) (int, int) {
	n := k
	for n < len(st.units) && st.units[n].kind != uVG {
		if st.units[n].kind == uSub || st.units[n].kind == uQuote {
			return -1, n
		}
		n++
	}
	if n == k || n >= len(st.units) {
		return -1, n
	}
	subj := r.subject(st, n)
	if len(subj) != 1 || subj[0].Entity < 0 || !actorEntity(st.doc, subj[0].Entity) {
		return -1, n
	}
	return subj[0].Entity, n
}

// hasRelation reports whether the sentence already relates s to o by pred.
func (st *sentState) hasRelation(doc *Document, s int, pred string, o int) bool {
	for _, rel := range doc.Relations[st.relBase:] {
		if rel.Subj.Entity == s && rel.Obj.Entity == o && rel.Pred == pred {
			return true
		}
	}
	return false
}

// askNouns name what one actor asks of another, who answers it, with the
// verb of asking ("rejected a request from X": X requested it of the
// one rejecting).
var askNouns = map[string]string{"request": "request", "requests": "request", "petition": "petition", "petitions": "petition",
	"appeal": "appeal", "appeals": "appeal", "application": "apply", "plea": "appeal", "pleas": "appeal"}

// requestAnswers answer a request put to their subject, besides the
// response verbs.
var requestAnswers = map[string]bool{"grant": true, "uphold": true, "respond": true, "consider": true, "hear": true,
	"review": true, "receive": true, "answer": true, "turn": true, "overturn": true,
	// "ignored an appeal from X": X appealed to the one ignoring it;
	// "defied a request from X", "resisted appeals from X" too
	"ignore": true, "heed": true, "defy": true, "resist": true}

// possOfferAnswers turn down or take up an offer made to their subject;
// unlike "approved" or "criticised" ("the regulator approved Acme's bid"),
// they are said by the one the offer was made to.
var possOfferAnswers = map[string]bool{"reject": true, "accept": true, "rebuff": true, "spurn": true, "decline": true,
	"refuse": true, "snub": true, "dismiss": true, "consider": true, "weigh": true,
	// "Castavia defied Velmora's demand for a ceasefire", "ignored
	// Velmora's offer": made to the one who defies or ignores it
	"defy": true, "ignore": true, "heed": true}

// answeredRequests relates the maker of a request, petition or appeal,
// its possessor or the actor named by "from" or "(filed) by" after it, to
// whoever grants, rejects, hears or responds to it: "The court dismissed
// Acme's request" (Acme requested it of the court). An offer's possessor
// made it to whoever turns it down or takes it up: "Halvorsen rejected
// Brightwater's offer" (Brightwater offered it to Halvorsen), unless the
// offer names its target ("Brightwater's offer for Marlow").
func (r *RelationStage) answeredRequests(st *sentState) {
	doc := st.doc
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		rel := doc.Relations[i]
		cut := beforeAuthor(doc, rel.Obj) // the act without the maker named inside it
		lemma := askNouns[possHead(rel.Obj.Text)]
		if lemma == "" {
			lemma = askNouns[possHead(cut.Text)]
		}
		answers := responseVerbs[rel.Pred] || requestAnswers[rel.Pred]
		if lemma == "" && rel.Obj.Poss >= 0 && possOfferAnswers[rel.Pred] && !offerTarget(doc, rel.Obj) {
			lemma, answers = offerNouns[possHead(rel.Obj.Text)], true
		}
		if l := pressedNouns[possHead(rel.Obj.Text)]; lemma == "" && l != "" && rel.Obj.Poss >= 0 && possOfferAnswers[rel.Pred] && !pressedOn(doc, rel.Obj) &&
			rel.Subj.Entity >= 0 && doc.Entities[rel.Subj.Entity].Type != schema.Person {
			// "Tolvia rejected Rostavia's demand for compensation": made
			// of Tolvia, what it asks for named after "for" (a person who
			// rejects one speaks for whom it was made of)
			lemma, answers = l, true
		}
		modMaker := -1
		if rel.Obj.Poss < 0 && rel.Obj.Entity < 0 {
			// "refused an Uzbek request", "rejected the Halvex offer": a
			// name or nationality before the act names its maker
			modMaker = modifierActor(doc, rel.Obj)
			if l := offerNouns[possHead(rel.Obj.Text)]; lemma == "" && l != "" && modMaker >= 0 && possOfferAnswers[rel.Pred] && !offerTarget(doc, rel.Obj) {
				lemma, answers = l, true
			}
		}
		if rel.Role || lemma == "" || rel.Obj.Entity >= 0 || (rel.Subj.Entity < 0 || !actorEntity(doc, rel.Subj.Entity)) && !benchPhrase(rel.Subj) || !answers {
			continue
		}
		maker := -1
		if rel.Obj.Poss >= 0 {
			maker = rel.Obj.Poss
		} else if modMaker >= 0 {
			maker = modMaker
		} else if a, ok := authorAfter(doc, rel.Obj); ok {
			maker = a.Entity
		} else if a, ok := authorAfter(doc, cut); ok {
			maker = a.Entity
		} else if t := doc.tokenFrom(rel.Obj.Span.End); t+1 < len(doc.Tokens) && doc.Tokens[t].Tag == "VBN" {
			// "a petition filed by X"
			past := rel.Obj
			past.Span.End = doc.Tokens[t].Span.End
			if a, ok := authorAfter(doc, past); ok {
				maker = a.Entity
			}
		}
		var group Arg
		if maker < 0 && rel.Obj.Poss < 0 {
			// "granted a request by prosecutors to hold him", "a request
			// from her lawyers": a group of people named by their noun
			if g, ok := r.groupAfter(st, cut); ok {
				group = g
			}
		}
		if (maker < 0 || maker == rel.Subj.Entity || !actorEntity(doc, maker)) && group.Text == "" {
			continue
		}
		mod := rel.Modality
		if mod == schema.Hypothetical || mod == schema.Denied {
			continue
		}
		subj := group
		if group.Text == "" {
			subj = mentionArg(doc, st.si, maker, rel.Obj.Span)
		}
		doc.Relations = append(doc.Relations, Relation{
			Subj: subj, Obj: rel.Subj,
			Pred: lemma, PredText: possHead(rel.Obj.Text), PredSpan: rel.Obj.Span,
			Modality: mod, Confidence: clamp01(0.8 * rel.Confidence), Sent: st.si, Span: rel.Span,
		})
	}
}

// benchNouns head the phrases that name an unnamed court or judge ("The
// court", "A Yerevan court", "the presiding judge").
var benchNouns = map[string]bool{"court": true, "tribunal": true, "judge": true, "magistrate": true}

// benchPhrase reports whether an unresolved phrase names a court or judge
// the story leaves unnamed, which answers the requests put to it.
func benchPhrase(a Arg) bool {
	f := strings.Fields(toLower(a.Text))
	return a.Entity < 0 && len(f) >= 2 && len(f) <= 4 && (f[0] == "the" || f[0] == "a") && benchNouns[f[len(f)-1]]
}

// modifierActor returns the actor a name or nationality modifying the
// head of phrase a names ("an Uzbek request", "the Halvex offer"), -1 if
// none.
func modifierActor(doc *Document, a Arg) int {
	t := doc.tokenFrom(a.Span.Start)
	end := t
	for end < len(doc.Tokens) && doc.Tokens[end].Span.End <= a.Span.End {
		end++
	}
	for k := t; k < end; k++ {
		if doc.Tokens[k].Tag == "POS" {
			return -1 // "a Thai suitor's offer": the suitor's
		}
	}
	for ; t < end-1; t++ {
		m := doc.TokMention[t]
		if m < 0 || doc.Mentions[m].Entity < 0 || doc.Mentions[m].Kind == PronounMention || doc.Mentions[m].Kind == DescriptionMention || doc.Mentions[m].Last >= end {
			continue
		}
		if e := doc.Mentions[m].Entity; actorEntity(doc, e) {
			return e
		}
	}
	return -1
}

// groupAfter returns the people named by a plural noun of people after
// "by" or "from" right after the phrase a ("a request by prosecutors",
// "an appeal from her lawyers"), when they are no named actor.
func (r *RelationStage) groupAfter(st *sentState, a Arg) (Arg, bool) {
	doc, u := st.doc, st.units
	t := doc.tokenFrom(a.Span.End)
	if t+1 >= len(doc.Tokens) || doc.Tokens[t].Lower != "by" && doc.Tokens[t].Lower != "from" {
		return Arg{}, false
	}
	for k := range u {
		if u[k].kind != uNP || u[k].a != t+1 {
			continue
		}
		if u[k].ent >= 0 || !r.lex.peopleNouns[doc.Tokens[u[k].head].Lower] || u[k].b-u[k].a > 3 {
			return Arg{}, false
		}
		g := r.arg(st, &u[k])
		g.Entity, g.Poss = -1, -1
		return g, true
	}
	return Arg{}, false
}

// beforeAuthor returns the phrase a cut before the "from" or "by" that
// names its maker within it ("appeals from Maruska Holdings": "appeals"),
// or a itself.
func beforeAuthor(doc *Document, a Arg) Arg {
	first, end := doc.tokenAt(a.Span.Start), doc.tokenFrom(a.Span.End)
	for t := first + 1; t+1 < end; t++ {
		if w := doc.Tokens[t].Lower; w == "from" || w == "by" {
			a.Span.End = doc.Tokens[t-1].Span.End
			a.Text = doc.Text[a.Span.Start:a.Span.End]
			return a
		}
	}
	return a
}

// pressedOn reports whether the demand phrase a goes on to name whom it is
// pressed on ("Rostavia's demands on Tolvia").
func pressedOn(doc *Document, a Arg) bool {
	t := doc.tokenFrom(a.Span.End)
	return t < len(doc.Tokens) && (doc.Tokens[t].Lower == "on" || doc.Tokens[t].Lower == "to")
}

// offerTarget reports whether the offer phrase a goes on to name what it
// is for or whom it is made to ("Brightwater's offer for Marlow").
func offerTarget(doc *Document, a Arg) bool {
	t := doc.tokenFrom(a.Span.End)
	if t >= len(doc.Tokens) {
		return false
	}
	w := doc.Tokens[t].Lower
	return w == "for" || w == "to" || w == "of"
}

// verdictVerbs give a court's verdict against a party.
var verdictVerbs = map[string]bool{"convict": true, "sentence": true, "acquit": true, "remove": true, "bar": true, "disqualify": true,
	"ban": true, "fine": true, "indict": true, "jail": true, "oust": true, "clear": true, "order": true, "rule": true}

// broughtCases relates whoever brought or filed "the case" (the story's
// case, named again) to the party the court gave its verdict against
// earliest in the story: "A court convicted X of fraud ... The case was
// brought by the special prosecutor" (the prosecutor brought it against
// X).
func (r *RelationStage) broughtCases(st *sentState) {
	doc := st.doc
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		b := doc.Relations[i]
		f := strings.Fields(toLower(b.Obj.Text))
		// (an unnamed group of people brings one too: "The case was
		// brought by a group of 40 former senators")
		if b.Role || b.Negated || (b.Subj.Entity < 0 && !r.peopleGroup(b.Subj) || b.Subj.Entity >= 0 && !actorEntity(doc, b.Subj.Entity)) || b.Obj.Entity >= 0 || b.Obj.Poss >= 0 ||
			!fileVerbs[b.Pred] || len(f) != 2 || f[0] != "the" || f[1] != "case" && f[1] != "lawsuit" && f[1] != "suit" && f[1] != "petition" {
			continue
		}
		// the earliest verdict of a court or judge on a party other than
		// the one who brought the case, and the parties it gave at once
		first := -1
		for k := 0; k < st.relBase; k++ {
			v := &doc.Relations[k]
			if v.Role || v.Negated || v.Modality == schema.Hypothetical || !verdictVerbs[v.Pred] && !foundGuilty(doc, v) || !judgingArg(doc, v.Subj) ||
				v.Obj.Entity < 0 || v.Obj.Entity == b.Subj.Entity || !actorEntity(doc, v.Obj.Entity) {
				continue
			}
			if possessiveWord(toLower(firstWord(doc.Text[v.Obj.Span.Start:v.Obj.Span.End]))) {
				continue // "ordering his immediate release": for him, no verdict against him
			}
			first = k
			break
		}
		if first < 0 {
			continue
		}
		v0 := doc.Relations[first]
		for k := first; k < st.relBase && doc.Relations[k].Sent == v0.Sent; k++ {
			v := doc.Relations[k]
			if v.PredSpan != v0.PredSpan || v.Pred != v0.Pred || v.Role || v.Obj.Entity < 0 || v.Obj.Entity == b.Subj.Entity || !actorEntity(doc, v.Obj.Entity) {
				continue
			}
			doc.Relations = append(doc.Relations, Relation{
				Subj: b.Subj, Obj: Arg{Entity: v.Obj.Entity, Poss: -1, Span: b.Obj.Span, Text: doc.Entities[v.Obj.Entity].Name},
				Pred: b.Pred, PredText: b.PredText + " the case against", PredSpan: b.PredSpan,
				Modality: b.Modality, Confidence: clamp01(0.7 * b.Confidence), Sent: st.si, Span: b.Span,
			})
		}
	}
}

// foundGuilty reports whether v is a verdict given with "find": the
// party found, after any description of it between commas, is found
// guilty, not guilty or liable ("Judge Ilse Brandt found Teodor Lasko,
// a former port official, guilty of fraud").
func foundGuilty(doc *Document, v *Relation) bool {
	if v.Pred != "find" {
		return false
	}
	t := doc.tokenFrom(v.Obj.Span.End)
	if t < len(doc.Tokens) && doc.Tokens[t].Text == "," {
		// (the description: up to the next comma, a dozen words at most)
		for k := t + 1; k < len(doc.Tokens) && k <= t+12; k++ {
			if w := doc.Tokens[k].Text; w == "." || w == ";" {
				break
			} else if w == "," {
				t = k + 1
				break
			}
		}
	}
	if t < len(doc.Tokens) && doc.Tokens[t].Lower == "not" {
		t++
	}
	if t >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[t].Lower {
	case "guilty", "liable", "innocent":
		return true
	}
	return false
}

// peopleGroup reports whether an unresolved argument is a group of
// people a count or "a group of" introduces ("a group of 40 former
// senators", "12 opposition lawmakers"), who act together.
func (r *RelationStage) peopleGroup(a Arg) bool {
	if a.Entity >= 0 || a.Poss >= 0 {
		return false
	}
	f := strings.Fields(toLower(a.Text))
	if len(f) < 2 || !r.lex.peopleNouns[f[len(f)-1]] {
		return false
	}
	return len(f) >= 3 && f[0] == "a" && f[1] == "group" && f[2] == "of" || f[0][0] >= '0' && f[0][0] <= '9' || groupNumbers[f[0]] > 0
}

// judgingArg reports whether a is a court or judge: a named one
// (judging), or one the story does not name ("An Argentine judge
// indicted X", "A court in Lima convicted X").
func judgingArg(doc *Document, a Arg) bool {
	if a.Entity >= 0 {
		return judging(&doc.Entities[a.Entity])
	}
	if a.Poss >= 0 {
		return false
	}
	f := beforePlace(strings.Fields(toLower(a.Text))) // ("A court in Tarsk")
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "judge", "court", "tribunal", "magistrate":
		return true
	}
	return false
}

// priorActNouns, opening a sentence as "The decision", stand for what the
// subject of the sentence before did.
var priorActNouns = map[string]bool{
	"decision": true, "move": true, "step": true, "veto": true, "expulsion": true, "announcement": true,
	"measure": true, "ruling": true, "ban": true, "action": true, "deal": true, "appointment": true,
}

// priorActs relates an act named by a sentence-opening "The decision" or
// "The veto" with no possessor to its doer, the subject of the previous
// sentence when that subject did something rather than spoke: "Nowak
// vetoed the bill. The veto was welcomed by X" also gives (X, welcome,
// Nowak), below the plain statement.
func (r *RelationStage) priorActs(st *sentState) {
	doc := st.doc
	s := doc.Sentences[st.si]
	open := sentenceOpen(doc, s)
	if open+1 >= s.Last || doc.Tokens[open].Lower != "the" || !priorActNouns[doc.Tokens[open+1].Lower] {
		return
	}
	act := Span{doc.Tokens[open].Span.Start, doc.Tokens[open+1].Span.End}
	first := st.relBase // the sentence's first relation
	// the doer: the first subject of the previous sentence
	doer := -1
	for i := first - 1; i >= 0 && doc.Relations[i].Sent >= st.si-1; i-- {
		rel := &doc.Relations[i]
		if rel.Role || rel.Sent != st.si-1 {
			continue
		}
		if doer < 0 || rel.Subj.Span.Start < doc.Relations[doer].Subj.Span.Start ||
			rel.Subj.Span.Start == doc.Relations[doer].Subj.Span.Start && rel.PredSpan.Start < doc.Relations[doer].PredSpan.Start {
			doer = i
		}
	}
	if doer < 0 {
		return
	}
	d := doc.Relations[doer]
	if d.Subj.Entity < 0 || d.Negated || d.Modality == schema.Hypothetical || d.Modality == schema.Denied || r.lex.reportVerb[d.Pred] {
		return
	}
	end := len(doc.Relations)
	for i := first; i < end; i++ {
		rel := doc.Relations[i]
		if rel.Role {
			continue
		}
		switch {
		case rel.Obj.Span == act && rel.Obj.Entity < 0 && rel.Obj.Poss < 0 && rel.Subj.Entity >= 0 && rel.Subj.Entity != d.Subj.Entity:
			rel.Obj = Arg{Entity: d.Subj.Entity, Poss: -1, Span: act, Text: doc.Entities[d.Subj.Entity].Name}
		case rel.Subj.Span == act && rel.Subj.Entity < 0 && rel.Subj.Poss < 0 && rel.Obj.Entity >= 0 && rel.Obj.Entity != d.Subj.Entity:
			rel.Subj = Arg{Entity: d.Subj.Entity, Poss: -1, Span: act, Text: doc.Entities[d.Subj.Entity].Name}
		default:
			continue
		}
		rel.Confidence *= 0.8
		doc.Relations = append(doc.Relations, rel)
	}
}

// courtWords head a court: after "in" or "at" it is where something
// happens, not whom it is done to ("sued X in the High Court").
var courtWords = map[string]bool{"court": true, "courts": true, "tribunal": true, "courtroom": true}

// placeObjects drops the relations of the sentence whose object is a court
// named after "in" or "at".
func (r *RelationStage) placeObjects(st *sentState) {
	doc := st.doc
	rels := doc.Relations
	first := st.relBase // the sentence's first relation
	out := first
	for i := first; i < len(rels); i++ {
		if !rels[i].Role && (r.courtPlace(doc, rels[i].Obj) || !seatVerbs[rels[i].Pred] && chamberIn(doc, rels[i].Obj)) {
			continue
		}
		rels[out] = rels[i]
		out++
	}
	doc.Relations = rels[:out]
}

// courtPlace reports whether a is a court after "in" or "at".
func (r *RelationStage) courtPlace(doc *Document, a Arg) bool {
	return headedAfter(doc, a, courtWords, "at")
}

// headedAfter reports whether phrase a, headed by a word of heads before
// any "of" ("the Court of Appeal", "the Parliament of Georgia", not "the
// head of the court"), follows "in" or, when given, the preposition also.
func headedAfter(doc *Document, a Arg, heads map[string]bool, also string) bool {
	if a.Span.Start <= 0 {
		return false
	}
	headed := false
	for _, w := range strings.Fields(toLower(a.Text)) {
		if w == "of" {
			break
		}
		headed = headed || heads[w]
	}
	if !headed {
		return false
	}
	t := doc.tokenFrom(a.Span.Start)
	if t == 0 || t >= len(doc.Tokens) || doc.Tokens[t].Span.Start != a.Span.Start {
		return false
	}
	p := doc.Tokens[t-1].Lower
	return p == "in" || also != "" && p == also
}

// chamberWords head a legislature: "filed a motion in the National
// Assembly" files it there, against no one, and "survived a vote in
// parliament" survived nothing the parliament did.
var chamberWords = map[string]bool{"assembly": true, "parliament": true, "congress": true, "senate": true, "house": true,
	"chamber": true, "duma": true, "knesset": true, "sejm": true, "bundestag": true, "legislature": true}

// seatVerbs win or lose seats or a majority in a legislature, which is
// then what they are about ("won a majority in parliament"), or send a
// case to be tried there ("referred the case to trial in the Senate").
var seatVerbs = map[string]bool{"win": true, "lose": true, "hold": true, "secure": true, "gain": true, "control": true, "command": true,
	"send": true, "refer": true}

// chamberIn reports whether a is a legislature after "in".
func chamberIn(doc *Document, a Arg) bool { return headedAfter(doc, a, chamberWords, "") }

// lastWord returns the lower-cased last word of s.
func lastWord(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, " \n\t"); i >= 0 {
		s = s[i+1:]
	}
	return toLower(s)
}

// workerNouns head a group of employees whose walkout is a strike against
// their employer.
var workerNouns = map[string]bool{"workers": true, "employees": true, "staff": true, "miners": true, "dockers": true,
	"nurses": true, "drivers": true, "teachers": true, "pilots": true, "doctors": true, "dockworkers": true, "pickers": true,
	"machinists": true, "labourers": true, "laborers": true}

// walkedOff are the workplaces workers walk off when they strike ("walked
// off the job", "walked off their jobs", "walked off plantations").
var walkedOff = map[string]bool{"job": true, "jobs": true, "plantations": true, "plantation": true, "estates": true, "farms": true,
	"mines": true, "sites": true, "site": true}

// strikeAction reports whether the verb group at vi with what follows it
// is a labour action: "walked off the job", "walked out", "went on
// strike", "staged a walkout", "struck", or keeping one up: "extended a
// strike into a third week", "resumed their walkout".
func strikeAction(st *sentState, vi int) bool {
	doc := st.doc
	v := &st.units[vi]
	lemma := doc.Tokens[v.head].Lemma
	next := func(k int) string {
		if i := v.head + k; i < len(doc.Tokens) && doc.Tokens[i].Sent == doc.Tokens[v.head].Sent {
			return doc.Tokens[i].Lower
		}
		return ""
	}
	switch lemma {
	case "walk":
		// "walked off the job", "walked out", "walked off plantations"
		if next(1) == "off" && (next(2) == "the" || next(2) == "their") {
			return walkedOff[next(3)]
		}
		return next(1) == "out" || next(1) == "off" && walkedOff[next(2)]
	case "go", "be":
		// "went on strike", "have been on strike since Aug. 18"
		return next(1) == "on" && (next(2) == "strike" || next(2) == "an" && next(3) == "indefinite" && next(4) == "strike")
	case "stage", "hold", "begin", "start", "launch", "extend", "continue", "resume", "end", "suspend", "call":
		// (ending, suspending or calling off a strike was striking:
		// "voted to end a 19-day strike")
		for k := 1; k <= 3; k++ {
			if w := next(k); w == "walkout" || w == "strike" || w == "stoppage" {
				return true
			}
		}
	case "strike":
		w := next(1)
		return w == "" || w == "." || w == "on" || w == "over" || w == "for" || w == "," || w == "in"
	}
	return false
}

// labourAction relates workers who strike ("More than 900 workers at the
// Kestrel smelter walked off the job") to the employer the story names for
// their workplace (the site's operator or owner), else to the workplace.
func (r *RelationStage) labourAction(st *sentState, vi int, s Arg, c clauseCtx) {
	doc := st.doc
	if s.Entity >= 0 || !workerNouns[headWord(s.Text)] || !strikeAction(st, vi) {
		return
	}
	// the workplace after the subject: "workers at X", "staff of X"
	at := -1
	for i := range doc.Tokens {
		if doc.Tokens[i].Span.Start >= s.Span.End {
			at = i
			break
		}
	}
	limit := st.units[vi].a
	if at < 0 || at >= st.units[vi].a || (doc.Tokens[at].Lower != "at" && doc.Tokens[at].Lower != "of" && doc.Tokens[at].Lower != "from") {
		// the workplace after the action: "walked off the job at the
		// port's main terminal", "went on strike at Corlan Tyres"
		at, limit = workplaceAfter(doc, st.units[vi].head)
		if at < 0 {
			// "30,000 Boeing factory workers went on strike": the
			// employer named before the workers' noun; "walked off
			// plantations, demanding a rise from Soyet Tea": the employer
			// asked for it
			if e := employerBefore(doc, s); e >= 0 {
				r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: s.Span, Text: doc.Entities[e].Name}, "strike", doc.Text[doc.Tokens[st.units[vi].a].Span.Start:doc.Tokens[st.units[vi].b-1].Span.End], c, 0.75, false)
			} else if e, sp := demandedFrom(doc, st.units[vi].head); e >= 0 {
				r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: sp, Text: doc.Entities[e].Name}, "strike", doc.Text[doc.Tokens[st.units[vi].a].Span.Start:doc.Tokens[st.units[vi].b-1].Span.End], c, 0.7, false)
			}
			return
		}
	}
	end := at + 1
	for end < limit && doc.Tokens[end].Tag != "," && doc.Tokens[end].Tag != "IN" {
		end++
	}
	if end == at+1 {
		return
	}
	site := Arg{Entity: -1, Poss: -1, Span: Span{Start: doc.Tokens[at+1].Span.Start, End: doc.Tokens[end-1].Span.End}}
	site.Text = doc.Text[site.Span.Start:site.Span.End]
	for i := at + 1; i < end; i++ {
		if m := doc.TokMention[i]; m >= 0 && doc.Mentions[m].Entity >= 0 {
			site.Entity = doc.Mentions[m].Entity
		}
	}
	if m := doc.TokMention[end-1]; (m < 0 || doc.Mentions[m].Entity < 0) && companyNoun[doc.Tokens[end-1].Lower] {
		// "Train drivers at Portugal's state rail company": the
		// employer itself, which a country before it does not name
		site.Entity = -1
		r.emit(st, vi, s, site, "strike", doc.Text[doc.Tokens[st.units[vi].a].Span.Start:doc.Tokens[st.units[vi].b-1].Span.End], c, 0.75, false)
		return
	}
	if m := doc.TokMention[end-1]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Last == end && doc.Entities[doc.Mentions[m].Entity].Type == schema.Organization && !publicName(doc.Entities[doc.Mentions[m].Entity].Name) {
		// "Pilots at Norwegian regional airline Fjordfly": the named
		// employer, not whoever owns it
		e := doc.Mentions[m].Entity
		r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: site.Span, Text: doc.Entities[e].Name}, "strike", doc.Text[doc.Tokens[st.units[vi].a].Span.Start:doc.Tokens[st.units[vi].b-1].Span.End], c, 0.75, false)
		return
	}
	target := site
	owner := false // "workers at Kestrel Motors' engine plant": the owner the phrase names
	for i := at + 1; i+1 < end; i++ {
		if m := doc.TokMention[i]; m >= 0 && doc.Mentions[m].Entity == site.Entity && doc.Mentions[m].Last == i+1 && isPossessive(doc, i+1) {
			owner = site.Entity >= 0 && doc.Entities[site.Entity].Type == schema.Organization
		}
	}
	if owner {
		target = Arg{Entity: site.Entity, Poss: -1, Span: site.Span, Text: doc.Entities[site.Entity].Name}
	} else if e := siteEmployer(doc, doc.Tokens[end-1].Lower, site.Entity); e >= 0 {
		target = Arg{Entity: e, Poss: -1, Span: site.Span, Text: doc.Entities[e].Name}
	} else if site.Entity >= 0 && doc.Entities[site.Entity].Type != schema.Organization {
		return
	}
	r.emit(st, vi, s, target, "strike", doc.Text[doc.Tokens[st.units[vi].a].Span.Start:doc.Tokens[st.units[vi].b-1].Span.End], c, 0.75, false)
}

// protestPreps open what a protest is against after "in protest":
// "in protest at a bill", "in protest against the lease", "in protest
// over the dismissals", "in protest of the ruling".
var protestPreps = map[string]bool{"at": true, "against": true, "over": true, "of": true}

// protestAt relates the subject of a clause whose act is done "in
// protest at" something ("The party withdrew its ministers in protest at
// a mining bill", "The bank suspended lending in protest against the
// law") to what it protests, the phrase after the preposition; the
// clause's own complements are read as before.
func (r *RelationStage) protestAt(st *sentState, vi int, subj []Arg, c clauseCtx) {
	doc := st.doc
	units := st.units
	if _, inf := st.matrix[vi]; inf {
		// "broke away to form a bloc in protest at X": the protest is
		// the act of the clause the infinitive serves, not its purpose
		return
	}
	for q := vi + 1; q+3 < len(units); q++ {
		switch units[q].kind {
		case uVG, uSub, uWH, uQuote, uDash, uColon, uTo:
			return
		}
		if units[q].kind != uP || doc.Tokens[units[q].a].Lower != "in" || units[q+1].kind != uNP || units[q+1].b-units[q+1].a != 1 ||
			doc.Tokens[units[q+1].a].Lower != "protest" || units[q+2].kind != uP || !protestPreps[doc.Tokens[units[q+2].a].Lower] || units[q+3].kind != uNP {
			continue
		}
		list, _ := r.npList(st, q+3)
		ptext := "in protest " + doc.Tokens[units[q+2].a].Lower
		for _, s := range subj {
			for _, o := range list {
				r.emit(st, vi, s, actProtested(doc, o), "protest", ptext, c, 0.75, false)
			}
		}
		return
	}
}

// actProtested returns the object o of a protest without the "of"
// phrase after its head ("in protest at the detention of six boats", "to
// protest over the killing of seven herders"): the act protested, not
// those it befell; a named object is returned as it is.
func actProtested(doc *Document, o Arg) Arg {
	if o.Entity >= 0 {
		return o
	}
	first := doc.tokenFrom(o.Span.Start)
	for i := first + 1; i < len(doc.Tokens) && doc.Tokens[i].Span.Start < o.Span.End; i++ {
		if doc.Tokens[i].Lower == "of" {
			o.Span.End = doc.Tokens[i-1].Span.End
			o.Text = doc.Text[o.Span.Start:o.Span.End]
			break
		}
	}
	return o
}

// employer reports whether e is an organisation that can employ
// strikers: neither a public body nor a union.
func employer(doc *Document, e int) bool {
	en := &doc.Entities[e]
	return en.Type == schema.Organization && !publicName(en.Name) && !unionName(en.Name)
}

// employerBefore returns the employer a workers' phrase names before its
// noun ("30,000 Boeing factory workers", "Acme's drivers"), or -1.
func employerBefore(doc *Document, s Arg) int {
	for i := doc.tokenFrom(s.Span.Start); i < len(doc.Tokens); i++ {
		if doc.Tokens[i].Span.End >= s.Span.End {
			break // the head noun itself names no employer
		}
		if m := doc.TokMention[i]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Kind == NameMention && employer(doc, doc.Mentions[m].Entity) {
			return doc.Mentions[m].Entity
		}
	}
	return -1
}

// demandedFrom returns the employer that workers striking at the verb v
// ask for something in the same sentence ("walked out, demanding a 30%
// rise from Soyet Tea") with the span of its name, or -1.
func demandedFrom(doc *Document, v int) (int, Span) {
	sent := doc.Tokens[v].Sent
	asked := false
	for i := v + 1; i+1 < len(doc.Tokens) && doc.Tokens[i].Sent == sent; i++ {
		t := &doc.Tokens[i]
		switch {
		case strings.HasPrefix(t.Tag, "V") && demandVerbs[t.Lemma]:
			asked = true
		case asked && t.Lower == "from":
			if m := doc.TokMention[i+1]; m >= 0 && doc.Mentions[m].Entity >= 0 && employer(doc, doc.Mentions[m].Entity) {
				mm := &doc.Mentions[m]
				return mm.Entity, Span{Start: doc.Tokens[mm.First].Span.Start, End: doc.Tokens[mm.Last-1].Span.End}
			}
			return -1, Span{}
		}
	}
	return -1, Span{}
}

// workplaceAfter returns the index of an "at" that follows the labour
// action headed at v within a few words ("walked off the job at", "went
// on strike at", "walked out at") and the end of the place it can name
// (the sentence's next clause or its end), or -1.
func workplaceAfter(doc *Document, v int) (int, int) {
	sent := doc.Tokens[v].Sent
	end := v + 1
	for end < len(doc.Tokens) && doc.Tokens[end].Sent == sent {
		end++
	}
	for i := v + 1; i < end && i <= v+5; i++ {
		t := &doc.Tokens[i]
		switch {
		case t.Lower == "at":
			// the place ends before the sentence's next clause
			lim := i + 1
			for lim < end {
				if u := doc.Tokens[lim].Tag; u == "." || u == "CC" || u == "WDT" || u == "(" || strings.HasPrefix(u, "V") {
					break
				}
				lim++
			}
			return i, lim
		case t.Tag == "," || t.Tag == "." || strings.HasPrefix(t.Tag, "V") || t.Tag == "CC":
			return -1, end
		case t.Tag == "IN" && t.Lower != "on" && t.Lower != "off":
			return -1, end
		}
	}
	return -1, end
}

// siteEmployer finds the organisation a story names as the operator or
// owner of a workplace written with the head noun ("the smelter is
// operated by X", "X, which runs the smelter", "the mine's owner, X"): an
// organisation in a sentence with both the noun and an operator word.
func siteEmployer(doc *Document, noun string, self int) int {
	sents := map[int]bool{}
	for i := range doc.Tokens {
		if doc.Tokens[i].Lower == noun || doc.Tokens[i].Lower == noun+"'s" {
			sents[doc.Tokens[i].Sent] = true
		}
	}
	cue := map[int]bool{}
	for i := range doc.Tokens {
		if sents[doc.Tokens[i].Sent] && operatorWords[doc.Tokens[i].Lemma] && !(i+1 < len(doc.Tokens) && strings.HasSuffix(doc.Tokens[i].Lower, "ing") && isNounTag(doc.Tokens[i+1].Tag)) {
			// (not "the plant's managing director", "operating profit")
			cue[doc.Tokens[i].Sent] = true
		}
	}
	for _, m := range doc.Mentions {
		if m.Entity >= 0 && m.Entity != self && cue[doc.Tokens[m.First].Sent] && doc.Entities[m.Entity].Type == schema.Organization {
			return m.Entity
		}
	}
	return -1
}

// operatorWords tie an organisation to the workplace it runs.
var operatorWords = map[string]bool{"operate": true, "operator": true, "run": true, "own": true, "owner": true, "manage": true, "employ": true, "employer": true}

// legalNouns name an action one party brings against another.
var legalNouns = map[string]bool{
	"case": true, "lawsuit": true, "suit": true, "complaint": true, "motion": true, "petition": true,
	"challenge": true, "action": true, "claim": true, "proceedings": true, "prosecution": true,
}

// contestVerbs say how the party an action is brought against fares
// with it ("lost a case", "survived a motion", "faces a lawsuit").
var contestVerbs = map[string]bool{
	"lose": true, "win": true, "survive": true, "face": true, "defeat": true, "fight": true, "contest": true,
	"settle": true, "defend": true, "beat": true, "withstand": true, "dodge": true,
}

// contestedFilings relates whoever brought a legal action to the party
// that lost, won, survived or faces it, when one phrase is the object of
// both ("Acme lost an arbitration filed by the port authority", "the government
// survived a motion that the opposition had tabled": the authority sued
// Acme, the opposition moved against the government).
func (r *RelationStage) contestedFilings(st *sentState) {
	doc := st.doc
	first := st.relBase // the sentence's first relation
	end := len(doc.Relations)
	for i := first; i < end; i++ {
		b := doc.Relations[i]
		if b.Role || b.Negated || b.Subj.Entity < 0 || !actorEntity(doc, b.Subj.Entity) || b.Obj.Entity >= 0 ||
			!fileVerbs[b.Pred] && !issueVerbs[b.Pred] || !legalNouns[lastWord(b.Obj.Text)] {
			continue
		}
		for j := first; j < end; j++ {
			c := doc.Relations[j]
			if j == i || c.Role || c.Negated || c.Obj.Span != b.Obj.Span || !contestVerbs[c.Pred] ||
				c.Subj.Entity < 0 || c.Subj.Entity == b.Subj.Entity || !actorEntity(doc, c.Subj.Entity) {
				continue
			}
			mod := b.Modality
			if mod == schema.Asserted {
				mod = c.Modality
			}
			doc.Relations = append(doc.Relations, Relation{
				Subj: b.Subj, Obj: c.Subj, Pred: b.Pred, PredText: b.PredText + " " + lastWord(b.Obj.Text) + " against",
				PredSpan: b.PredSpan, Modality: mod, Confidence: clamp01(0.9 * min(b.Confidence, c.Confidence)),
				Sent: st.si, Span: Span{min(b.Span.Start, c.Span.Start), max(b.Span.End, c.Span.End)},
			})
			break
		}
	}
}

// targetedFilings relates whoever brought or filed a legal action named
// before its verb to the party named after "against" in that phrase:
// "The lawsuit against Halvex was filed by Brio Energy", "The charges
// against Tomas Vidal were brought by prosecutors" (Brio Energy brought
// the lawsuit against Halvex).
func (r *RelationStage) targetedFilings(st *sentState) {
	doc := st.doc
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		b := doc.Relations[i]
		if b.Role || b.Negated || b.Subj.Entity < 0 || !actorEntity(doc, b.Subj.Entity) || b.Obj.Entity >= 0 || b.Obj.Poss >= 0 ||
			!fileVerbs[b.Pred] || b.Obj.Span.End > b.PredSpan.Start {
			continue
		}
		noun := lastWord(toLower(b.Obj.Text))
		if !legalNouns[noun] && noun != "charges" && noun != "charge" {
			continue
		}
		t := doc.tokenFrom(b.Obj.Span.End)
		if t+1 >= len(doc.Tokens) || doc.Tokens[t].Lower != "against" || doc.Tokens[t].Span.End > b.PredSpan.Start {
			continue
		}
		m := doc.TokMention[t+1]
		if m < 0 || doc.Mentions[m].Entity < 0 || doc.Mentions[m].Entity == b.Subj.Entity || doc.Mentions[m].Kind == PronounMention ||
			!actorEntity(doc, doc.Mentions[m].Entity) || doc.Mentions[m].Span.End > b.PredSpan.Start {
			continue
		}
		mm := &doc.Mentions[m]
		doc.Relations = append(doc.Relations, Relation{
			Subj: b.Subj, Obj: Arg{Entity: mm.Entity, Poss: -1, Span: mm.Span, Text: doc.Text[mm.Span.Start:mm.Span.End]},
			Pred: b.Pred, PredText: b.PredText + " " + noun + " against", PredSpan: b.PredSpan,
			Modality: b.Modality, Confidence: clamp01(0.9 * b.Confidence), Sent: st.si, Span: b.Span,
		})
	}
}

// rulingAnswers are the verbs a court or an official answers a filing
// with.
var rulingAnswers = map[string]bool{"uphold": true, "reject": true, "dismiss": true, "grant": true, "deny": true, "refuse": true,
	"overturn": true, "quash": true, "throw": true}

// requestNouns, beside legalNouns, name a filing a ruling answers.
var requestNouns = map[string]bool{"request": true, "requests": true, "appeal": true, "petitions": true, "application": true}

// filedParticiples put a filing under its author's name ("a petition
// filed by X").
var filedParticiples = map[string]bool{"filed": true, "brought": true, "lodged": true, "submitted": true, "made": true, "tabled": true}

// answeredFilings relates a court or an official that upholds, rejects or
// dismisses a filing to the one who filed it: "upheld a petition filed by
// X", "rejected a request from X", "rejected X's request". The statement
// about the filing stays.
func (r *RelationStage) answeredFilings(st *sentState) {
	doc := st.doc
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		b := doc.Relations[i]
		if b.Role || b.Subj.Entity < 0 || !actorEntity(doc, b.Subj.Entity) || b.Obj.Entity >= 0 || !rulingAnswers[b.Pred] {
			continue
		}
		noun := lastWord(b.Obj.Text)
		if !legalNouns[noun] && !requestNouns[noun] {
			continue
		}
		author := Arg{Entity: -1}
		if b.Obj.Poss >= 0 && b.Obj.Poss != b.Subj.Entity && actorEntity(doc, b.Obj.Poss) {
			author = b.Obj
			author.Entity, author.Poss = b.Obj.Poss, -1
		} else if b.Obj.Poss < 0 {
			a := b.Obj
			if t := doc.tokenFrom(a.Span.End); t < len(doc.Tokens) && filedParticiples[doc.Tokens[t].Lower] {
				a.Span.End = doc.Tokens[t].Span.End // "a petition filed by X"
			}
			if x, ok := authorAfter(doc, a); ok && x.Entity != b.Subj.Entity {
				author = x
			}
		}
		if author.Entity < 0 {
			continue
		}
		doc.Relations = append(doc.Relations, Relation{
			Subj: b.Subj, Obj: author, Pred: b.Pred, PredText: b.PredText + " " + noun + " of",
			PredSpan: b.PredSpan, Modality: b.Modality, Negated: b.Negated, Confidence: clamp01(0.85 * b.Confidence),
			Sent: st.si, Span: Span{min(b.Span.Start, author.Span.Start), max(b.Span.End, author.Span.End)},
		})
	}
}

// curbNouns name a measure an actor puts on another's trade ("duties on
// barley from Australia", "restrictions on Beninese goods").
var curbNouns = map[string]bool{"tariff": true, "tariffs": true, "duty": true, "duties": true, "levy": true, "levies": true,
	"quota": true, "quotas": true, "ban": true, "bans": true, "embargo": true, "embargoes": true, "restrictions": true,
	"curbs": true, "controls": true, "sanctions": true, "barriers": true, "surcharge": true, "surcharges": true, "surtax": true, "surtaxes": true}

// goodsParticiples say where goods come from ("glass imported from
// Egypt", "cars made in China").
var goodsParticiples = map[string]bool{"imported": true, "made": true, "produced": true, "manufactured": true, "grown": true,
	"shipped": true, "sourced": true, "exported": true}

// tradeFlows name goods crossing a border, whose partner "from" or "to"
// names ("imports from Peru", "exports to South Korea").
var tradeFlows = map[string]bool{"imports": true, "exports": true, "shipments": true, "sales": true, "deliveries": true, "supplies": true}

// curbedGoods relates whoever imposes, lifts or tightens a trade measure
// on goods to the country or company the goods come from or go to:
// "South Africa will impose duties of up to 42% on float glass imported
// from Egypt and Turkey" (South Africa imposes them on Egypt and on
// Turkey), "refused to lift restrictions on Beninese goods", "imposed
// bans on imports of Ukrainian wheat", "tightened curbs on exports to
// South Korea". A measure on a named actor is the clause's own.
func (r *RelationStage) curbedGoods(st *sentState) {
	doc, u := st.doc, st.units
	end := len(doc.Relations)
	for k := range u {
		if u[k].kind != uNP || u[k].ent >= 0 || !curbNouns[doc.Tokens[u[k].head].Lower] {
			continue
		}
		j := k + 1
		if j < len(u) && u[j].kind == uP && doc.Tokens[u[j].a].Lower == "of" {
			// "duties of up to 42% on", "a duty of 18 percent on": the
			// rate between the measure and the goods
			j++
			for j < len(u) && j < k+6 && (u[j].kind == uAdv || u[j].kind == uP && doc.Tokens[u[j].a].Lower != "on" || u[j].kind == uNP && rateNP(doc, &u[j])) {
				j++
			}
		}
		if j+1 >= len(u) || u[j].kind != uP || doc.Tokens[u[j].a].Lower != "on" && doc.Tokens[u[j].a].Lower != "against" || u[j+1].kind != uNP {
			continue
		}
		origins := r.goodsOrigins(st, j+1)
		if len(origins) == 0 {
			continue
		}
		start := doc.Tokens[u[k].a].Span.Start
		noun := doc.Tokens[u[k].head].Lower
		r.intendedCurb(st, k, origins)
		for i := st.relBase; i < end; i++ {
			b := doc.Relations[i]
			if b.Role || b.Subj.Entity < 0 || !actorEntity(doc, b.Subj.Entity) || b.Obj.Entity >= 0 || b.Obj.Span.Start != start || b.PredSpan == (Span{}) {
				continue
			}
			for _, o := range origins {
				if o.Entity == b.Subj.Entity {
					continue
				}
				doc.Relations = append(doc.Relations, Relation{
					Subj: b.Subj, Obj: o, Pred: b.Pred, PredText: b.PredText + " " + noun + " on", PredSpan: b.PredSpan,
					Modality: b.Modality, Negated: b.Negated, Confidence: clamp01(0.9 * b.Confidence),
					Sent: st.si, Span: Span{min(b.Span.Start, o.Span.Start), max(b.Span.End, o.Span.End)},
				})
			}
		}
	}
}

// curbIntents name a step an actor announces, threatens or takes
// towards a measure ("Trump's threat to impose tariffs"), with the
// predicate the possessor's act takes.
var curbIntents = map[string]string{"threat": "threaten", "threats": "threaten", "decision": "decide", "plan": "plan", "plans": "plan",
	"pledge": "pledge", "promise": "promise", "vow": "vow", "proposal": "propose"}

// intendedCurb relates the possessor of an intent noun whose infinitive
// puts the measure at unit k on goods to the countries or companies the
// goods come from ("Trump's threat to impose 25% tariffs on all
// Canadian goods": Trump threatens Canada; "Ottawa's decision last week
// to slap tariffs on Chinese-made cars": Canada decides them on China).
func (r *RelationStage) intendedCurb(st *sentState, k int, origins []Arg) {
	doc, u := st.doc, st.units
	if k < 2 || doc.presplit || u[k-1].kind != uVG || u[k-1].negated {
		return
	}
	vg := &u[k-1]
	n := k - 2
	if doc.Tokens[vg.a].Lower != "to" {
		if doc.Tokens[u[n].a].Lower != "to" || u[n].b-u[n].a != 1 {
			return
		}
		n--
	}
	if n >= 1 && u[n].kind == uNP && r.isTime(st, &u[n]) {
		n-- // "decision last week to"
	}
	if n < 0 || u[n].kind != uNP || u[n].ent >= 0 || u[n].poss < 0 || vg.head < 0 {
		return
	}
	pred, ok := curbIntents[doc.Tokens[u[n].head].Lower]
	p := u[n].poss
	if !ok || !actorEntity(doc, p) {
		return
	}
	subj := Arg{Entity: p, Poss: -1, Span: doc.Tokens[u[n].a].Span, Text: doc.Entities[p].Name}
	if u[n].posTok >= 0 {
		subj.Span = Span{doc.Tokens[u[n].a].Span.Start, doc.Tokens[u[n].posTok].Span.End}
	}
	ptext := doc.Tokens[u[n].head].Lower + " to " + doc.Tokens[vg.head].Lower + " " + doc.Tokens[u[k].head].Lower + " on"
	for _, o := range origins {
		if o.Entity == p || ownSide(doc, []Arg{subj}, o.Entity) {
			continue
		}
		doc.Relations = append(doc.Relations, Relation{
			Subj: subj, Obj: o, Pred: pred, PredText: ptext, PredSpan: doc.Tokens[u[n].head].Span,
			Modality: schema.Asserted, Confidence: 0.5,
			Sent: st.si, Span: Span{min(subj.Span.Start, o.Span.Start), max(subj.Span.End, o.Span.End)},
		})
	}
}

// rateNP reports whether noun phrase u is a rate or an amount ("42%",
// "80 percent", "$2 a tonne").
func rateNP(doc *Document, u *unit) bool {
	for t := u.a; t < u.b; t++ {
		if w := doc.Tokens[t].Text; doc.Tokens[t].Tag == "CD" || w[0] >= '0' && w[0] <= '9' || w == "%" || doc.Tokens[t].Lower == "percent" {
			return true
		}
	}
	return false
}

// goodsOrigins returns the countries or companies the goods named by
// noun phrase g come from or go to: a name or demonym before the head
// ("Ukrainian wheat"), its possessor ("its avocados"), "from X" after it
// or after a participle ("barley from Australia", "glass imported from
// Egypt and Turkey", "cars made in China"), the partner of a trade flow
// ("imports from Peru", "exports to South Korea") or the goods of a flow
// ("imports of Ukrainian wheat"). Goods that are a named actor give none.
func (r *RelationStage) goodsOrigins(st *sentState, g int) []Arg {
	doc, u := st.doc, st.units
	head := doc.Tokens[u[g].head].Lower
	if u[g].ent >= 0 || r.actorNoun(head) {
		// "sanctions on Chad rebel commanders", "on a Hong Kong shipping
		// company": people or a body, not goods
		return nil
	}
	for t := u[g].a; t < u[g].head; t++ {
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Kind != PronounMention &&
			doc.Entities[doc.Mentions[m].Entity].Type == schema.Country {
			mm := &doc.Mentions[m]
			return []Arg{{Entity: mm.Entity, Poss: -1, Span: mm.Span, Text: doc.Text[mm.Span.Start:mm.Span.End]}}
		}
	}
	for t := u[g].a; t < u[g].head; t++ {
		// "Chinese-made vehicles", "Brazil-grown coffee"
		if e := r.madeInState(doc, doc.Tokens[t].Lower); e >= 0 {
			return []Arg{{Entity: e, Poss: -1, Span: doc.Tokens[t].Span, Text: doc.Entities[e].Name}}
		}
	}
	if p := u[g].poss; p >= 0 {
		if t := doc.Entities[p].Type; t == schema.Country || t == schema.Organization {
			a := r.arg(st, &u[g])
			return []Arg{{Entity: p, Poss: -1, Span: a.Span, Text: doc.Entities[p].Name}}
		}
		return nil
	}
	j := g + 1
	made := false
	if j < len(u) && u[j].kind == uVG && u[j].b-u[j].a == 1 && goodsParticiples[doc.Tokens[u[j].a].Lower] {
		made = true
		j++
	}
	if j+1 >= len(u) || u[j].kind != uP || u[j+1].kind != uNP {
		return nil
	}
	switch p := doc.Tokens[u[j].a].Lower; {
	case p == "of" && !made && tradeFlows[head]:
		return r.goodsOrigins(st, j+1)
	case p == "from" || p == "in" && made || p == "to" && !made && tradeFlows[head]:
		list, _ := r.npList(st, j+1)
		var out []Arg
		for _, a := range list {
			if a.Entity >= 0 {
				if t := doc.Entities[a.Entity].Type; t == schema.Country || t == schema.Organization {
					out = append(out, a)
				}
			}
		}
		if len(out) == 0 && made && u[j+1].ent < 0 && u[j+1].poss < 0 && !r.actorNoun(doc.Tokens[u[j+1].head].Lower) {
			// "panels made in Vietnamese factories": the country the
			// place's demonym names
			for t := u[j+1].a; t < u[j+1].head; t++ {
				if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && doc.Mentions[m].Entity >= 0 &&
					doc.Entities[doc.Mentions[m].Entity].Type == schema.Country {
					mm := &doc.Mentions[m]
					return []Arg{{Entity: mm.Entity, Poss: -1, Span: mm.Span, Text: doc.Text[mm.Span.Start:mm.Span.End]}}
				}
			}
		}
		return out
	}
	return nil
}

// madeSuffixes join a country's name or demonym to a participle of
// making in one word ("Chinese-made", "Brazil-grown").
var madeSuffixes = []string{"-made", "-built", "-grown", "-produced", "-manufactured", "-sourced", "-origin"}

// madeInState returns the country entity of the story that a word such
// as "chinese-made" (lower-cased) names as where goods come from, -1 if
// none.
func (r *RelationStage) madeInState(doc *Document, w string) int {
	if !strings.ContainsRune(w, '-') {
		return -1
	}
	for _, suf := range madeSuffixes {
		pre, ok := strings.CutSuffix(w, suf)
		if !ok || pre == "" {
			continue
		}
		name := r.lex.demonyms[pre]
		if name == "" {
			name = pre
		}
		for e := range doc.Entities {
			if doc.Entities[e].Type != schema.Country {
				continue
			}
			if strings.EqualFold(doc.Entities[e].Name, name) || slices.ContainsFunc(doc.Entities[e].Aliases, func(a string) bool { return strings.EqualFold(a, name) }) {
				return e
			}
		}
		return -1
	}
	return -1
}

// actorNoun reports whether lower-cased noun w names people, an office
// or a kind of organisation ("leaders", "commander", "company").
func (r *RelationStage) actorNoun(w string) bool {
	l := r.lex.nounLemma(w)
	return r.lex.peopleNouns[w] || r.lex.roles[w] || r.lex.roles[l] || r.lex.orgKinds[w] || r.lex.orgKinds[l] || groupNoun(w)
}

// measureActs map a noun naming a trade or penalty measure, said again
// with "the", to the verb lemmas that took it and to the object heads
// of light verbs that did ("imposed sanctions").
var measureActs = map[string][]string{
	"ban": {"ban", "bar", "bans"}, "bans": {"ban", "bar", "bans"},
	"sanctions": {"sanction", "sanctions"}, "embargo": {"embargo"},
	"curbs": {"restrict", "curb", "curbs", "restrictions", "controls"}, "restrictions": {"restrict", "curb", "curbs", "restrictions", "controls"},
	"tariffs": {"tariff", "tariffs", "duties", "duty", "levy", "levies"}, "duties": {"tariff", "tariffs", "duties", "duty", "levy", "levies"},
}

// measureAnswers judge a measure another took ("criticized the move",
// "called the curbs a violation"); measureEffects are what a measure
// does to those it falls on ("The ban hit Acme").
var (
	measureAnswers = map[string]bool{"criticise": true, "criticize": true, "condemn": true, "denounce": true, "call": true, "protest": true,
		"oppose": true, "reject": true, "welcome": true, "praise": true, "hail": true, "slam": true, "decry": true, "deplore": true,
		"challenge": true, "question": true, "fault": true}
	measureEffects = map[string]bool{"hit": true, "hurt": true, "harm": true, "damage": true, "cripple": true, "affect": true, "target": true}
)

// genericMeasures name any such measure ("the move", "the measure").
var genericMeasures = map[string]bool{"move": true, "measure": true, "measures": true, "step": true}

// measureAnaphora relates whoever answers, judges or feels a measure
// said again with "the" ("China criticized the move", "called the curbs
// a violation", "The ban hit Acme") to the actor the story last said
// took such a measure ("Seoul imposed sanctions on ...", "Japan would
// tighten restrictions on ..."), beside the plain statement; the taker
// speaking of its own measure gives nothing.
func (r *RelationStage) measureAnaphora(st *sentState) {
	doc := st.doc
	end := len(doc.Relations)
	for i := st.relBase; i < end; i++ {
		b := doc.Relations[i]
		if b.Role {
			continue
		}
		subjSide := false
		var noun string
		switch {
		case b.Subj.Entity >= 0 && b.Obj.Entity < 0 && b.Obj.Poss < 0:
			noun = definiteNoun(b.Obj.Text)
		case b.Obj.Entity >= 0 && b.Subj.Entity < 0 && b.Subj.Poss < 0:
			noun = definiteNoun(b.Subj.Text)
			subjSide = true
		}
		if noun == "" || measureActs[noun] == nil && !genericMeasures[noun] || subjSide && !measureEffects[b.Pred] || !subjSide && !measureAnswers[b.Pred] {
			continue
		}
		taker := r.measureTaker(st, noun)
		other := b.Subj.Entity
		if subjSide {
			other = b.Obj.Entity
		}
		if taker < 0 || taker == other || !actorEntity(doc, other) {
			continue
		}
		rel := b
		a := Arg{Entity: taker, Poss: -1, Text: doc.Entities[taker].Name}
		if subjSide {
			a.Span = b.Subj.Span
			rel.Subj = a
		} else {
			a.Span = b.Obj.Span
			rel.Obj = a
		}
		rel.Confidence *= 0.8
		doc.Relations = append(doc.Relations, rel)
	}
}

// definiteNoun returns the noun of a phrase written "the N", "this N"
// or "these N", lower-cased, else "".
func definiteNoun(text string) string {
	f := strings.Fields(toLower(text))
	if len(f) != 2 {
		return ""
	}
	switch f[0] {
	case "the", "this", "these":
		return f[1]
	}
	return ""
}

// measureTaker returns the actor the story last said took the measure
// noun names, before the sentence: a relation whose verb or light
// verb's object is of the noun's kind, or any kind for "the move"; -1
// if none.
func (r *RelationStage) measureTaker(st *sentState, noun string) int {
	doc := st.doc
	kinds := measureActs[noun]
	for i := st.relBase - 1; i >= 0; i-- {
		m := &doc.Relations[i]
		if m.Role || m.Negated || m.Modality == schema.Hypothetical || m.Modality == schema.Denied || m.Subj.Entity < 0 || !actorEntity(doc, m.Subj.Entity) {
			continue
		}
		if kinds == nil {
			if measureKind(m) {
				return m.Subj.Entity
			}
			if m.Sent == st.si-1 && m.Modality == schema.Asserted && !r.lex.reportVerb[m.Pred] && !measureAnswers[m.Pred] && m.Pred != "deny" {
				// "Estonia passed a budget. Finland welcomed the move.":
				// the move is the act just told
				return -1
			}
			continue
		}
		if slices.Contains(kinds, m.Pred) || m.Obj.Entity < 0 && slices.Contains(kinds, possHead(m.Obj.Text)) {
			return m.Subj.Entity
		}
	}
	return -1
}

// measureKind reports whether relation m takes a measure of any kind
// measureActs names.
func measureKind(m *Relation) bool {
	h := possHead(m.Obj.Text)
	for _, ks := range measureActs {
		if slices.Contains(ks, m.Pred) || m.Obj.Entity < 0 && slices.Contains(ks, h) {
			return true
		}
	}
	return false
}

// priceNP reports whether noun phrase n names a sum of money or a share
// of a company ("15.67 pounds", "$50 a share", "38 euros", "a 30 percent
// stake"): a number or a currency sign in it.
func priceNP(doc *Document, n *unit) bool {
	for t := n.a; t < n.b; t++ {
		if tk := &doc.Tokens[t]; tk.Tag == "CD" || tk.Tag == "$" || tk.Text == "€" || tk.Text == "£" {
			return true
		}
	}
	return false
}

// perShareNP reports whether noun phrase n is the "a share" after a
// price.
func perShareNP(doc *Document, n *unit) bool {
	return n.b-n.a == 2 && doc.Tokens[n.b-1].Lower == "share" && doc.Tokens[n.a].Lower == "a"
}
