package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// responseVerbs answer or judge a proposal, an offer or a charge; with
// such an object ("rejected the offer", "accepted it") they act on its
// maker.
var responseVerbs = map[string]bool{
	"accept": true, "reject": true, "refuse": true, "decline": true, "deny": true, "dismiss": true, "welcome": true,
	"criticise": true, "criticize": true, "condemn": true, "oppose": true, "back": true, "support": true, "endorse": true,
	"approve": true, "block": true, "challenge": true, "dispute": true, "contest": true, "rebuff": true, "spurn": true,
	"embrace": true, "hail": true, "slam": true, "deplore": true, "denounce": true, "veto": true, "rebut": true, "refute": true,
	// "resisted the offer", "attacked the decision", "defied the ban"
	"resist": true, "attack": true, "question": true, "defy": true,
	// "called the claim baseless", "described the offer as derisory"
	"call": true, "label": true, "brand": true, "describe": true,
	// "said he regretted the decision", "said it respected the ruling"
	"regret": true,
}

// proposalNouns name what a response verb answers, with the verbs whose
// subject makes it ("Denmark accused Sweden ... Sweden rejected the
// charge": Denmark made the charge).
var proposalNouns = map[string][]string{
	"offer": {"offer", "bid", "buy", "acquire"}, "offers": {"offer", "bid"}, "bid": {"bid", "offer", "buy", "acquire"}, "approach": {"approach", "offer", "bid"},
	"approaches": {"approach", "offer", "bid"}, "bids": {"bid", "offer", "buy", "acquire"},
	// "put forward a proposal", "drew up a plan", "tabled a bill", "passed
	// a law" make what a later answer names
	"proposal": proposalVerbs, "proposals": proposalVerbs, "plan": planMakers, "plans": planMakers, "reform": planMakers, "reforms": planMakers,
	"bill": {"introduce", "table", "draft", "propose", "submit", "sponsor"}, "law": {"pass", "adopt", "enact"}, "laws": {"pass", "adopt", "enact"},
	"rules": {"propose", "announce", "unveil", "adopt", "draft"}, "measures": {"propose", "announce", "unveil", "adopt", "impose"},
	// ("X blamed Y for the blast ... Y rejected the accusation")
	"charge": {"accuse", "charge", "suspect", "blame"}, "charges": {"accuse", "charge", "suspect", "blame"}, "accusation": {"accuse", "suspect", "blame", "allege"}, "accusations": {"accuse", "suspect", "blame", "allege"},
	"allegation": {"accuse", "allege", "suspect"}, "allegations": {"accuse", "allege", "suspect"},
	// "Acme argued in its appeal that ... The tribunal rejected those claims"
	"claim": {"claim", "accuse", "sue", "argue", "contend"}, "claims": {"claim", "accuse", "sue", "argue", "contend"},
	"lawsuit": {"sue"}, "suit": {"sue"}, "letter": {"publish", "write", "send", "issue"}, "letters": {"publish", "write", "send", "issue"},
	// "Halvex pressed Brio to cut prices ... Brio resisted those demands"
	"demand": {"demand", "press"}, "demands": {"demand", "press"},
	"request": {"request", "ask"}, "invitation": {"invite", "offer"}, // ("offered to chair talks")
	// "Pelonia urged Ruritania to reopen the border ... Ruritania
	// dismissed the call"
	"call": {"call", "urge"}, "calls": {"call", "urge"}, "ultimatum": {"demand", "issue"}, "terms": {"offer", "propose"}, "suggestion": {"suggest", "propose", "urge", "call"}, "idea": {"propose", "suggest", "urge", "call"},
	// "Pelonia lodged a protest over the dam ... Ruritania rejected the
	// criticism": a complaint, protest or charge is criticism too
	"criticism": criticismVerbs, "criticisms": criticismVerbs, "protest": {"protest", "complain"}, "protests": {"protest", "complain"},
	// "X said the tax showed Peru was hostile to investors ... Y rejected
	// that description", "X accused Peru of holding the port hostage ...
	// Lima rejected that description": what was said or charged
	"description": {"describe", "call", "accuse", "say"},
	"resignation": {"resign", "quit"}, "remarks": {"say", "describe", "call"}, "comments": {"say", "describe"},
	"complaint": {"complain", "protest"}, "complaints": {"complain", "protest"}, "overture": {"offer", "approach"}, "deal": {"offer", "propose"},
	// acts a story reports and then has others answer ("Peru expelled the
	// envoy ... Bolivia called the expulsion unfriendly")
	"expulsion": {"expel"}, "expulsions": {"expel"}, "ruling": {"rule", "annul", "overturn", "uphold", "order", "block", "strike", "find", "quash"},
	"verdict": {"convict", "sentence", "acquit", "rule", "find"}, "sentence": {"sentence", "jail", "convict"}, "sentences": {"sentence", "jail", "convict"}, "fine": {"fine"}, "penalty": {"fine", "impose"}, "ban": {"ban", "bar"}, "veto": {"veto"},
	"sanctions": {"sanction", "impose"}, "suspension": {"suspend"}, "dismissal": {"dismiss", "sack", "fire"}, "sacking": {"sack", "fire", "dismiss"},
	// an appeal is a legal one or a call ("Drask called on Pellmark to
	// resign ... Pellmark dismissed the appeal")
	"findings": {"find", "conclude"}, "appeal": {"appeal", "call", "urge", "plead"}, "decision": decisionVerbs, "judgment": decisionVerbs, "judgement": decisionVerbs,
	"arrest": {"arrest", "detain"}, "detention": {"detain", "arrest"}, "closure": {"close", "shut"}, "recall": {"recall"},
	"warning": {"warn", "threaten"}, "warnings": {"warn", "threaten"}, "threat": {"threaten", "warn"}, "threats": {"threaten", "warn"},
	"seizure": {"seize", "impound", "detain"},
	// "Peru dropped the fuel tax ... Chile welcomed the climbdown"
	"climbdown": retreatVerbs, "u-turn": retreatVerbs, "reversal": retreatVerbs, "retreat": retreatVerbs,
	// "Lawyers for Acme argued that ...; the judge rejected that argument"
	// ("... He said the firm had paid royalties. The judge rejected that
	// argument": what was said for one side)
	"argument": {"argue", "contend", "claim", "insist", "say"}, "arguments": {"argue", "contend", "claim", "insist", "say"},
	// "the union went on strike at Portline ... the federation said it
	// backed the strike": the strikers' (a verb with the noun as its
	// object makes it too: "staged a walkout"); "Pelonia condemned the
	// strikes" after Ruritania struck the town, but a walkout is no
	// air strike
	"strike": {"strike", "walk"}, "strikes": {"strike", "walk"}, "walkout": {"walk"}, "walkouts": {"walk"}, "stoppage": {"walk"},
	// "X raised concerns about the deal ... Y dismissed those concerns";
	// a warning or a fear voices one ("X warned that the dam would dry
	// up the delta ... Y dismissed those concerns")
	"concerns": concernVerbs, "concern": concernVerbs, "fears": concernVerbs, "worries": concernVerbs,
	"explanation": {"explain", "say", "tell"}, "condition": {"set", "demand", "impose"}, "conditions": {"set", "demand", "impose"},
	// "Dorvel offered 40 euros a share for Brenk ... Brenk's board called
	// the price too low": the bidder's
	"price": {"offer", "bid", "set"}, "reshuffle": {"reshuffle"},
	// "President X dissolved parliament by decree ... Y called the decree
	// unlawful"
	"decree": {"decree", "issue", "sign", "dissolve", "declare"}, "decrees": {"decree", "issue", "sign", "dissolve", "declare"},
	// "The bloc blocked the merger ... Acme criticised the move": a
	// decision; failing one nearby, the story's lead act (moveNouns)
	"move": decisionVerbs, "step": decisionVerbs,
	"characterisation": {"describe", "call"}, "characterization": {"describe", "call"}, "version": {"claim", "accuse", "say"}, "account": {"claim", "accuse", "say"},
}

// leadActNouns name a deed a story reports once, usually in its lead, and has
// others answer paragraphs later: their maker is looked for as far back as
// a ruling's.
var leadActNouns = map[string]bool{"expulsion": true, "expulsions": true, "recall": true, "arrest": true, "detention": true,
	"closure": true, "suspension": true, "dismissal": true, "sacking": true, "ban": true, "sanctions": true, "veto": true,
	"seizure": true, "strike": true, "walkout": true, "resignation": true,
	// "a court jailed nine leaders ... (paragraphs later) Y called the
	// sentences an atrocity"
	"sentence": true, "sentences": true, "diversion": true, "arrests": true}

// labourNouns name a labour action by any of its names ("the strike",
// "the walkout", "the stoppage").
var labourNouns = map[string]bool{"strike": true, "strikes": true, "walkout": true, "walkouts": true, "stoppage": true}

// proposalVerbs make what "the proposal" refers back to.
var proposalVerbs = []string{"propose", "suggest", "offer", "put", "table", "submit", "present", "unveil", "draw"}

// planMakers make what "the plan" or "the reform" refers back to.
var planMakers = []string{"propose", "announce", "unveil", "present", "plan", "draw", "outline", "put", "table", "launch"}

// criticismVerbs voice what "the criticism" refers back to.
var criticismVerbs = []string{"criticise", "criticize", "complain", "protest", "lodge", "condemn", "denounce", "attack", "slam", "accuse", "blame"}

// concernVerbs voice what "those concerns" refers back to.
var concernVerbs = []string{"raise", "voice", "express", "flag", "warn", "fear", "worry"}

// retreatVerbs make what "the climbdown" or "the U-turn" refers back to.
var retreatVerbs = []string{"drop", "scrap", "abandon", "withdraw", "reverse", "shelve", "retreat", "climb"}

// decisionVerbs make what "the decision" refers back to.
var decisionVerbs = []string{"decide", "approve", "clear", "block", "reject", "rule", "order", "fine", "ban", "veto", "suspend",
	"annul", "overturn", "uphold", "quash", "dismiss", "convict", "acquit", "sentence", "revoke", "prohibit", "bar", "remove", "grant",
	// "The bloc imposed sanctions on ... Pelonia welcomed the decision"
	"impose", "adopt"}

// rulingActs decide with a clause ("ruled that", "decided to", "ordered
// that"): the act "the ruling" or "the decision" refers back to.
var rulingActs = map[string]bool{"rule": true, "decide": true, "order": true}

// maxRulingBack bounds how many sentences back a ruling's court is
// looked for.
const maxRulingBack = 40

// rulingNouns name a body's decision that a story reports once and others
// answer paragraphs later ("Moon welcomed the ruling").
var rulingNouns = map[string]bool{"decision": true, "ruling": true, "verdict": true, "judgment": true, "judgement": true}

// judging reports whether an entity gives rulings: a court by its name
// ("Supreme Court", "Competition Tribunal") or a judge by title.
func judging(e *Entity) bool {
	if e.Type == schema.Person {
		return e.Roles["judge"] || e.Roles["justice"] || e.Roles["magistrate"]
	}
	for _, w := range strings.Fields(e.Name) {
		switch w {
		case "Court", "Tribunal":
			return true
		}
	}
	return false
}

// decider reports whether e gives what the ruling noun noun names: a
// court, a judge or a body any of them, and a state a decision too
// ("Pelonia ordered two envoys to leave ... the alliance supported the
// decision"), though no ruling or verdict.
func decider(e *Entity, noun string) bool {
	return e.Type == schema.Organization || judging(e) || e.Type == schema.Country && noun == "decision"
}

// pronounProposals are the verbs whose object "it" or "them" may stand for
// in a response ("proposed new rules ... accepted them").
var pronounProposals = map[string]bool{"offer": true, "bid": true, "propose": true, "suggest": true, "unveil": true, "present": true,
	"submit": true, "table": true, "put": true, "announce": true, "draft": true}

// madeBy resolves the object of a response verb to the maker of what it
// answers: "the offer" or "the charge" to the subject of the latest
// offer or accusation (or of a verb whose object has that head) at most
// three sentences back, "it" or "them" to the subject that proposed
// something in this or the previous sentence. exclude holds the
// responders.
func (r *RelationStage) madeBy(st *sentState, a Arg, exclude []int) (Arg, bool) {
	out, _, ok := r.maker(st, a, exclude)
	return out, ok
}

// madeByAll is madeBy with every maker of the act it answers: "Vietnam
// and Cambodia criticised the plan ... Laos rejected the criticism"
// answers both.
func (r *RelationStage) madeByAll(st *sentState, a Arg, exclude []int) []Arg {
	first, i, ok := r.maker(st, a, exclude)
	if !ok {
		return nil
	}
	out := []Arg{first}
	if i < 0 {
		return out
	}
	doc := st.doc
	at := doc.Relations[i]
	lo, hi := i, i // relations come in sentence order: only the maker's sentence is read
	for lo > 0 && doc.Relations[lo-1].Sent == at.Sent {
		lo--
	}
	for hi+1 < len(doc.Relations) && doc.Relations[hi+1].Sent == at.Sent {
		hi++
	}
	add := func(e int) { // another maker, once
		if !slices.ContainsFunc(out, func(o Arg) bool { return o.Entity == e }) {
			m := a
			m.Entity, m.Poss = e, -1
			out = append(out, m)
		}
	}
	for j := lo; j <= hi; j++ {
		rel := &doc.Relations[j]
		if j == i || rel.Sent != at.Sent || rel.PredSpan != at.PredSpan || rel.Pred != at.Pred || rel.Role || rel.Negated ||
			rel.Subj.Entity < 0 || rel.Subj.Entity == first.Entity || slices.Contains(exclude, rel.Subj.Entity) || underwent(rel) {
			continue
		}
		add(rel.Subj.Entity)
	}
	if h := headWord(a.Text); (h == "criticism" || h == "criticisms") && len(exclude) > 0 {
		// "Pelonia accused Ruritania of breaking the accord ... Osmark
		// lodged its own complaint. Ruritania rejected the criticism":
		// every critic who acted on the responder before, however far
		// back (as for a ruling), not only the latest
		for j := lo - 1; j >= 0 && doc.Relations[j].Sent >= st.si-maxRulingBack; j-- {
			rel := &doc.Relations[j]
			if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied || rel.Subj.Entity < 0 ||
				!slices.Contains(criticismVerbs, rel.Pred) || rel.Obj.Entity < 0 || !slices.Contains(exclude, rel.Obj.Entity) || slices.Contains(exclude, rel.Subj.Entity) || underwent(rel) {
				continue
			}
			add(rel.Subj.Entity)
		}
	}
	if bidNouns[strings.TrimSuffix(headWord(a.Text), "s")] && at.Sent < st.si-3 {
		// a bid made paragraphs back is a thing the story follows of
		// its own, as a ruling is: "the offer" stays besides its maker
		out = append(out, a)
	}
	return out
}

// eventAnswers answer a deed done to the answerer or before it ("said it
// would challenge the freeze", "complied with the order", "respected the
// decision"): its object, an event noun, stands for whoever did the deed.
// Verbs that describe or tell ("described the case") answer no deed.
var eventAnswers = map[string]bool{"challenge": true, "appeal": true, "contest": true, "comply": true, "welcome": true, "defend": true,
	"reject": true, "respect": true, "condemn": true, "criticise": true, "criticize": true, "denounce": true, "dispute": true,
	"fight": true, "defy": true, "obey": true, "abide": true, "accept": true, "oppose": true, "hail": true}

// judgingAnswers name a deed and judge it with a complement after their
// object ("called the freeze unlawful", "described the raid as an
// outrage"): with that complement they answer the deed as eventAnswers
// do; without it they call or tell of it ("called the strike",
// "described the raid").
var judgingAnswers = map[string]bool{"call": true, "describe": true, "label": true, "brand": true, "term": true, "dub": true}

// judgementAfter reports whether the object ending at byte offset end is
// followed, within a few words, by a word of reproach ("called the
// freeze 'unlawful'", "called the raid an act of piracy", "described the
// case as a witch-hunt"), not by a time, a place or a mere estimate
// ("called the strike on Monday", "described the case as weak").
func judgementAfter(doc *Document, end int) bool {
	t := doc.tokenFrom(end)
	for k := t; k < len(doc.Tokens) && k < t+6; k++ {
		w := doc.Tokens[k].Lower
		if reproachNouns[w] || reproachAdjectives[w] || calledWrong[w] {
			return true
		}
		if w == "." || w == ";" || w == "and" && k > t+1 || doc.Tokens[k].Tag == "VBD" {
			break
		}
	}
	return false
}

// calledWrong are further words of reproach that call a deed wrong when
// they follow it as its judgement ("called the order one-sided", "called
// the diversion an act of piracy").
var calledWrong = map[string]bool{"one-sided": true, "retaliatory": true, "unfriendly": true, "hostile": true, "unfair": true, "unjust": true,
	"absurd": true, "act": true, "attack": true, "aggression": true, "piracy": true, "hijacking": true, "kidnapping": true,
	"atrocity": true, "masquerade": true, "persecution": true, "revenge": true, "retaliation": true, "injustice": true,
	"blackmail": true, "censorship": true, "violation": true, "witch-hunt": true}

// eventNouns name a deed by the noun of its verb ("the freeze" after
// "froze", "the order" after "ordered"), with the verbs that do it; a
// verb with the noun as its object does it too ("opened an
// investigation"). Only eventAnswers answer them, and only an
// organisation or a state does them.
var eventNouns = map[string][]string{
	"freeze": {"freeze"}, "order": {"order"}, "orders": {"order"}, "investigation": {"investigate", "probe"}, "probe": {"investigate", "probe"},
	"inquiry": {"investigate", "probe"}, "case": {"sue", "prosecute", "charge", "indict"}, "prosecution": {"prosecute", "charge", "indict"},
	"indictment": {"indict", "charge"}, "raid": {"raid"}, "raids": {"raid"}, "blockade": {"blockade"}, "embargo": {"embargo"},
	"intervention": {"intervene"}, "cancellation": {"cancel"}, "revocation": {"revoke"}, "refusal": {"refuse"},
	"tariffs": {"impose", "slap", "levy"}, "tariff": {"impose", "slap", "levy"}, "duties": {"impose", "slap", "levy"},
	"restrictions": {"impose", "restrict"}, "curbs": {"impose", "curb"}, "measure": {"impose", "introduce", "adopt"},
	"fines": {"fine"}, "penalties": {"fine", "impose"},
	// "Belarus diverted the airliner ... X called the diversion
	// outrageous", "police arrested 40 organisers ... the union called
	// the arrests an attempt to intimidate workers"
	"diversion": {"divert"}, "arrests": {"arrest", "detain"}, "detentions": {"detain", "arrest"},
	// "the assembly voted to impeach the governor ... his lawyer said the
	// vote was a political lynching"
	"vote": {"vote"}, "impeachment": {"impeach"}, "removal": {"remove", "oust"}, "dismissals": {"dismiss", "fire", "sack"},
}

// answeredBy is madeByAll for the object a of verb lemma, which may
// answer an event noun when the verb answers deeds (eventAnswers).
func (r *RelationStage) answeredBy(st *sentState, lemma string, a Arg, exclude []int) []Arg {
	st.answer = lemma
	out := r.madeByAll(st, a, exclude)
	st.answer = ""
	return out
}

// eventMaker returns the index of the nearest relation before byte offset
// at, at most maxRulingBack sentences back, in which an organisation or a
// state not in exclude does the deed noun names with one of verbs (or
// with the noun as its object); a court or a judge only gives a ruling or
// a verdict. -1 when there is none.
func eventMaker(doc *Document, si, at int, noun string, verbs []string, exclude []int) int {
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < si-maxRulingBack {
			break // a long input costs no more per phrase
		}
		if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied || rel.Span.Start >= at || underwent(rel) {
			continue
		}
		h := headWord(rel.Obj.Text)
		if !slices.Contains(verbs, rel.Pred) && !(rel.Obj.Entity < 0 && eventMaking[rel.Pred] && (h == noun || noun == "case" && legalActions[h])) {
			continue
		}
		if rel.Pred == "vote" && sidedVote(rel.PredText) {
			continue // "the Greens voted against": one side of the vote, not its maker
		}
		// the nearest such deed is the one answered: none when the
		// answerer, a person or a court did it ("The High Court ordered
		// Acme to pay ... Acme would comply with the order")
		if rel.Subj.Entity < 0 {
			// "The central bank froze ...": an unnamed body
			f := strings.Fields(toLower(rel.Subj.Text))
			if rel.Subj.Poss >= 0 || len(f) < 2 || len(f) > 4 || f[0] != "the" || !bodyNouns[f[len(f)-1]] && f[len(f)-1] != "bank" {
				return -1
			}
		} else if e := &doc.Entities[rel.Subj.Entity]; slices.Contains(exclude, rel.Subj.Entity) || e.Type != schema.Organization && e.Type != schema.Country || judging(e) {
			return -1
		}
		return i
	}
	return -1
}

// sidedVote reports whether the words of a "vote" relation take a side
// ("voted against", "voted in favour of", "voted for") rather than hold
// the vote.
func sidedVote(ptext string) bool {
	f := strings.Fields(toLower(ptext))
	return slices.Contains(f, "against") || slices.Contains(f, "for") || slices.Contains(f, "favour") || slices.Contains(f, "favor")
}

// legalActions name the legal action that "the case" refers back to ("filed
// proceedings against X ... X said it would defend the case").
var legalActions = map[string]bool{"proceedings": true, "lawsuit": true, "suit": true, "action": true, "charges": true, "complaint": true}

// eventMaking start a deed named by its object ("opened an
// investigation", "brought a case", "issued an order").
var eventMaking = map[string]bool{"open": true, "launch": true, "bring": true, "file": true, "start": true, "begin": true, "issue": true,
	"impose": true, "announce": true, "order": true, "mount": true}

// someOf words take a part of the acts an "of" phrase names ("most of those
// demands", "some of the charges").
var someOf = map[string]bool{"most": true, "some": true, "all": true, "many": true, "several": true, "one": true, "each": true, "both": true}

// countWords count the acts a bare plural names ("rejected two
// approaches").
var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "several": true, "repeated": true}

// groupMakers name, as the first word of a bare compound, the group that
// made the act its second word names ("opposition calls", "union
// demands").
var groupMakers = map[string]bool{"opposition": true, "union": true, "unions": true, "government": true, "management": true, "army": true,
	"police": true, "military": true, "shareholder": true, "investor": true, "employer": true, "employers": true, "industry": true}

// stateOffices are the offices whose holder speaks for a state.
var stateOffices = []string{"president", "prime minister", "minister", "foreign minister", "spokesman", "spokeswoman"}

// officeState returns the state a person maker e speaks for by its
// office when the responder is another state or serves one ("Pelonia's
// foreign minister, Ana Pell, accused Ruritania of spying ... Ruritania
// rejected the accusations": Pell's charge, and Pelonia's); e otherwise.
func officeState(doc *Document, e, responder int) int {
	w := &doc.Entities[e]
	if w.Type != schema.Person || w.Nation < 0 || doc.Entities[w.Nation].Type != schema.Country || responder < 0 || responder == w.Nation {
		return e
	}
	if !slices.ContainsFunc(stateOffices, func(o string) bool { return w.Roles[o] }) {
		return e
	}
	side := &doc.Entities[responder]
	if side.Type == schema.Person {
		if side.Nation < 0 || side.Nation == w.Nation || doc.Entities[side.Nation].Type != schema.Country {
			return e
		}
	} else if side.Type != schema.Country {
		return e
	}
	return w.Nation
}

// maker finds what madeBy resolves a to and the index of the relation it
// came from (-1 when it came from a verb with no named object).
func (r *RelationStage) maker(st *sentState, a Arg, exclude []int) (Arg, int, bool) {
	f := strings.Fields(toLower(a.Text))
	if len(f) >= 4 && f[1] == "of" && someOf[f[0]] {
		f = f[2:] // "resisted most of those demands": a part of the demands answers their maker
	}
	pronoun := len(f) == 1 && (f[0] == "it" || f[0] == "them" || f[0] == "this")
	if a.Poss >= 0 || a.Entity >= 0 && !(pronoun && slices.Contains(exclude, a.Entity)) {
		return Arg{}, -1, false
	}
	if len(f) == 2 && groupMakers[f[0]] && strings.HasSuffix(f[1], "s") && proposalNouns[f[1]] != nil && commonNounAt(st.doc, a.Span.Start, 0) {
		// "rejected opposition calls for an inquiry", "dismissed union
		// demands for a pay rise": the calls are the opposition's
		doc := st.doc
		t := doc.tokenFrom(a.Span.Start)
		out := Arg{Entity: -1, Poss: -1, Span: doc.Tokens[t].Span, Text: doc.Tokens[t].Text}
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && !slices.Contains(exclude, doc.Mentions[m].Entity) {
			out.Entity = doc.Mentions[m].Entity
		}
		return out, -1, true
	}
	var verbs []string
	noun := ""
	switch {
	case pronoun:
	case (len(f) == 2 || len(f) == 4 && f[2] == "of" && (f[3] == "events" || f[3] == "evidence")) && (f[0] == "the" || f[0] == "this" || f[0] == "that" || f[0] == "these" || f[0] == "those"):
		noun = f[1] // ("that version of events")
	case len(f) >= 3 && len(f) <= 4 && (f[0] == "the" || f[0] == "a" || f[0] == "an") && amountWords(f[1:len(f)-1]):
		noun = f[len(f)-1] // "rebuffed a 2.70-euro proposal", "rejected the $4 billion bid"
	case len(f) == 3 && (f[0] == "the" || f[0] == "an" || f[0] == "that" || f[0] == "this") && sequenceWords[f[1]]:
		noun = f[2] // "had rejected the first offer", "dismissed the revised proposal"
	case len(f) == 2 && countWords[f[0]] && strings.HasSuffix(f[1], "s"):
		noun = f[1] // "rejected two approaches", "turned down three offers": the acts the story reported
	case len(f) == 2 && (f[0] == "a" || f[0] == "an") && contentAfter(st.doc, a.Span.End):
		noun = f[1] // "rejected a demand for higher wages": the demand the story reported
	case len(f) == 3 && (f[0] == "the" || f[0] == "that" || f[0] == "this") && !strings.ContainsAny(f[1], "'’") && commonNounAt(st.doc, a.Span.Start, 1):
		noun = f[2] // "opposed the tariff request", "rejected the wage offer"
	case len(f) >= 1 && len(f) <= 4 && !strings.ContainsAny(a.Text, "'’") && whatCalled(st.doc, a.Span.Start):
		noun = f[len(f)-1] // "rejected what it called baseless accusations": the accusations the story reported
	default:
		return Arg{}, -1, false
	}
	if !pronoun {
		if verbs = proposalNouns[noun]; verbs == nil {
			// "The central bank froze Halvane's accounts ... Halvane
			// said it would challenge the freeze": the deed's doer
			if ev := eventNouns[noun]; ev != nil && (eventAnswers[st.answer] || judgingAnswers[st.answer] && judgementAfter(st.doc, a.Span.End)) {
				if i := eventMaker(st.doc, st.si, a.Span.Start, noun, ev, exclude); i >= 0 {
					out := a
					out.Entity, out.Poss = st.doc.Relations[i].Subj.Entity, -1
					if out.Entity < 0 {
						out.Text, out.Span = st.doc.Relations[i].Subj.Text, st.doc.Relations[i].Subj.Span
					}
					return out, i, true
				}
			}
			return Arg{}, -1, false
		}
		if st.answer != "" && !responseVerbs[st.answer] && prepResponses[st.answer] == "" && noun != "decision" {
			// "defended the plan": its maker may defend it, no answer;
			// "respected the verdict": the verdict, a thing of its own
			return Arg{}, -1, false
		}
	}
	doc := st.doc
	back := 3
	var aff map[[2]int]bool // (computed when first needed)
	if pronoun {
		back = 1
		if i := answeredAct(doc, st.si, a.Span.Start, exclude); i >= 0 {
			out := a
			out.Entity, out.Poss = doc.Relations[i].Obj.Entity, -1
			return out, -1, true
		}
	}
	if leadActNouns[noun] {
		back = maxRulingBack // "X expelled Y's envoy ... (paragraphs later) Y called the expulsion unjustified"
	}
	if noun == "ruling" || noun == "verdict" || noun == "judgment" || noun == "judgement" || noun == "sentence" || noun == "sentences" {
		// a court's ruling, however far back the court gave it; a judge's
		// when the story names no court that ruled
		for _, person := range []bool{false, true} {
			for i := len(doc.Relations) - 1; i >= 0; i-- {
				rel := &doc.Relations[i]
				if rel.Sent < st.si-maxRulingBack {
					break // a long input costs no more per phrase
				}
				if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Subj.Entity < 0 || slices.Contains(exclude, rel.Subj.Entity) || rel.Span.Start >= a.Span.Start ||
					(doc.Entities[rel.Subj.Entity].Type == schema.Person) != person || !judging(&doc.Entities[rel.Subj.Entity]) || !slices.Contains(decisionVerbs, rel.Pred) ||
					underwent(rel) {
					continue
				}
				out := a
				out.Entity, out.Poss = rel.Subj.Entity, -1
				return out, i, true
			}
		}
	}
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < st.si-back {
			break
		}
		if !pronoun && (rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied) {
			continue
		}
		if rel.Role || rel.Negated || rel.Subj.Entity < 0 && (pronoun || !definiteMaker(rel.Subj)) || rel.Subj.Entity >= 0 && slices.Contains(exclude, rel.Subj.Entity) || rel.Span.Start >= a.Span.Start {
			continue
		}
		if underwent(rel) {
			continue // "Acme was fined 5 million euros": Acme made no decision
		}
		if rel.sideCharge && rel.Subj.Entity >= 0 && rel.Obj.Entity >= 0 {
			// "Acme's chief executive said Acme had stopped the
			// deliveries ... Brio rejected the allegation": a speaker
			// telling of his own side charges no one (dropOwnSideCharges
			// drops it later)
			if aff == nil {
				aff = affiliations(doc)
			}
			if aff[[2]int{rel.Subj.Entity, rel.Obj.Entity}] {
				continue
			}
		}
		ok := false
		if pronoun {
			ok = pronounProposals[rel.Pred] && (rel.Obj.Entity < 0 || slices.Contains(exclude, rel.Obj.Entity))
		} else {
			h := headWord(rel.Obj.Text)
			same := h == noun
			if bidNouns[h] && bidNouns[strings.TrimSuffix(noun, "s")] {
				// "Acme abandoned its approach for Brio, days after Brio
				// rejected the offer": one bid by any of its names, its
				// maker's who made, raised or dropped it or has it as
				// its own (not "Pretoria followed the bid closely")
				same = bidderVerbs[rel.Pred] || ownBid(rel)
			}
			// "The strike was called by the dockers' union ... the
			// federation backed the strike": calling a strike makes it,
			// though "call" answers a claim ("called the claim absurd")
			called := rel.Pred == "call" && strikeAct(*rel)
			// "The dockers began a two-day strike ... the port tried to
			// block the walkout": one labour action by any of its names
			if labourNouns[noun] && strikeAct(*rel) {
				same, called = true, true
			}
			// "lodged a complaint against the deal", "voted against the
			// offer": an answer to it, whatever the verb, not its making
			against := false
			if t := doc.tokenFrom(rel.Obj.Span.Start); t > 0 && doc.Tokens[t-1].Lower == "against" {
				against = true
			}
			ok = slices.Contains(verbs, rel.Pred) || rel.Obj.Entity < 0 && same && (!responseVerbs[rel.Pred] || called) && !against && !rulingNouns[noun]
			if ok && rulingNouns[noun] && proposalNouns[h] != nil && !rulingNouns[h] {
				ok = false // "Ruritania rejected the accusations ... NATO supported the decision": an answer, no decision
			}
		}
		if ok {
			out := a
			out.Entity, out.Poss = rel.Subj.Entity, -1
			if rel.Subj.Entity < 0 {
				out.Text, out.Span = rel.Subj.Text, rel.Subj.Span
			}
			return out, i, true
		}
	}
	if chargeNouns[noun] && len(exclude) > 0 && exclude[0] >= 0 {
		// "Estonia expelled three Russian diplomats, accusing them of
		// spying ... (paragraphs later) Moscow rejected the
		// accusations": a charge against the responder or its people,
		// however far back
		side := exclude[0]
		for i := len(doc.Relations) - 1; i >= 0; i-- {
			rel := &doc.Relations[i]
			if rel.Sent < st.si-maxRulingBack {
				break
			}
			if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied || rel.Subj.Entity < 0 || slices.Contains(exclude, rel.Subj.Entity) ||
				rel.Span.Start >= a.Span.Start || !slices.Contains(verbs, rel.Pred) {
				continue
			}
			if rel.Obj.Entity == side || rel.Obj.Entity < 0 && demonymOf(doc, rel.Obj) == side {
				out := a
				out.Entity, out.Poss = rel.Subj.Entity, -1
				return out, i, true
			}
		}
	}
	if rulingNouns[noun] {
		// "The court ordered X to ... (paragraphs later) Y welcomed the
		// ruling": the organisation (or judge) that last decided, however
		// far back; failing one, a president or prime minister for "the
		// decision" ("President X blocked the takeover ... Y called the
		// decision shameful")
		for _, leader := range []bool{false, true} {
			if leader && noun != "decision" {
				break
			}
			for i := len(doc.Relations) - 1; i >= 0; i-- {
				rel := &doc.Relations[i]
				if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Subj.Entity < 0 || slices.Contains(exclude, rel.Subj.Entity) || rel.Span.Start >= a.Span.Start ||
					!slices.Contains(decisionVerbs, rel.Pred) || underwent(rel) {
					continue
				}
				if e := &doc.Entities[rel.Subj.Entity]; leader && !(e.Type == schema.Person && (e.Roles["president"] || e.Roles["prime minister"])) || !leader && !decider(e, noun) {
					continue
				}
				if proposalNouns[headWord(rel.Obj.Text)] != nil && !rulingNouns[headWord(rel.Obj.Text)] || answerToPossessor(doc, i) {
					continue // "Acme rejected the union's claims": an answer to another, no ruling
				}
				out := a
				out.Entity, out.Poss = rel.Subj.Entity, -1
				return out, i, true
			}
		}
	}
	if rulingNouns[noun] {
		// "The Constitutional Court ruled that the law was void ...
		// (paragraphs later) the party welcomed the ruling": a court's
		// or a body's verb with a clause, which makes no relation
		for i := len(*st.acts) - 1; i >= 0; i-- {
			ac := (*st.acts)[i]
			if ac.sent < st.si-maxRulingBack {
				break
			}
			if ac.subj < 0 || ac.at >= a.Span.Start || slices.Contains(exclude, ac.subj) || !rulingActs[ac.lemma] || deniedAct(doc, ac) {
				continue
			}
			if e := &doc.Entities[ac.subj]; e.Type != schema.Organization && !judging(e) {
				continue
			}
			out := a
			out.Entity, out.Poss = ac.subj, -1
			return out, -1, true
		}
	}
	if !pronoun {
		// "Pakistan demanded that ...; India rejected the demand": a verb
		// with no named object
		for i := len(*st.acts) - 1; i >= 0; i-- {
			ac := (*st.acts)[i]
			if ac.sent < st.si-back {
				break
			}
			if ac.lemma == "say" && contentAfter(doc, a.Span.End) {
				continue // "rejected the argument that X posed a threat": the argument is told here, not said before
			}
			if ac.at < a.Span.Start && slices.Contains(verbs, ac.lemma) && !slices.Contains(exclude, ac.subj) && !deniedAct(doc, ac) {
				out := a
				out.Entity, out.Poss = ac.subj, -1
				if ac.subj < 0 {
					out.Text, out.Span = ac.group.Text, ac.group.Span // "Critics warned that ...": the critics
				}
				return out, -1, true
			}
		}
	}
	if e := r.leadCounterpart(st, a, noun, exclude); e >= 0 {
		out := a
		out.Entity, out.Poss = e, -1
		return out, -1, true
	}
	if moveNouns[noun] && (f[0] == "the" || f[0] == "this" || f[0] == "that") && doc.tokenFrom(a.Span.Start) > doc.Sentences[st.si].First && !nearerDeed(doc, st.si, a.Span.Start, exclude) {
		// (not "rejected a move to Leeds": a transfer; an opening "The
		// move" is the previous sentence's act or none)
		if i := r.leadAct(doc, a.Span.Start, exclude); i >= 0 {
			out := a
			out.Entity, out.Poss = doc.Relations[i].Subj.Entity, -1
			return out, i, true
		}
	}
	if !pronoun && (bidNouns[strings.TrimSuffix(noun, "s")] || noun == "price") {
		// (a takeover story's "the price" is its bid's)
		if i := storyBid(doc, st.si, a.Span.Start, exclude); i >= 0 {
			out := a
			out.Entity, out.Poss = doc.Relations[i].Subj.Entity, -1
			return out, i, true
		}
	}
	if !pronoun {
		// "The senate rejected Koltrane's plan ... (paragraphs later) the
		// chief justice had opposed the plan": the one the story named as
		// its owner's
		if e := possessedBy(doc, st.si, a.Span.Start, noun, exclude); e >= 0 {
			out := a
			out.Entity, out.Poss = e, -1
			return out, -1, true
		}
	}
	return Arg{}, -1, false
}

// moveNouns name an act by no name of its own ("the move", "the step"):
// failing a decision nearby, the act the story's lead reports.
var moveNouns = map[string]bool{"move": true, "step": true}

// leadAct returns the index of the story's lead act before byte offset
// at: the first asserted relation of the lead whose subject is an actor
// not in exclude and whose verb neither reports nor answers ("Boeing
// fired its chief executive ... (paragraphs later) relatives welcomed
// the move": Boeing's); -1 when the lead has none.
func (r *RelationStage) leadAct(doc *Document, at int, exclude []int) int {
	if doc.presplit {
		return -1
	}
	for i := range doc.Relations {
		rel := &doc.Relations[i]
		if rel.Sent >= leadSentences || rel.Span.Start >= at {
			break
		}
		if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied || rel.Subj.Entity < 0 ||
			rel.Obj.Entity == rel.Subj.Entity || responseVerbs[rel.Pred] || underwent(rel) {
			continue
		}
		if t := doc.tokenFrom(rel.PredSpan.Start); t >= len(doc.Tokens) || !isVerbTag(doc.Tokens[t].Tag) && doc.Tokens[t].Tag != "MD" {
			continue // a headline's "Acme's bid for Brio" is no act the lead reports
		}
		if info, ok := r.lex.verbs[rel.Pred]; ok && info.report {
			continue
		}
		if slices.Contains(exclude, rel.Subj.Entity) {
			return -1 // the responder's own act is no move it answers
		}
		return i
	}
	return -1
}

// nearerDeed reports whether the sentence before si, or sentence si
// before byte offset at, has an actor do a deed (not a report, a
// charge or a call) of an actor not in exclude: "the move" answered
// after it is that deed, not the story's lead act ("Ghana called in
// Togo's envoy. X criticised the move.").
func nearerDeed(doc *Document, si, at int, exclude []int) bool {
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < si-1 {
			break
		}
		if rel.Span.Start >= at || rel.Role || rel.Negated || rel.Modality != schema.Asserted || rel.Subj.Entity < 0 || rel.Obj.Text == "" ||
			rel.Obj.Entity == rel.Subj.Entity || slices.Contains(exclude, rel.Subj.Entity) {
			continue
		}
		if rel.Pred == "call" && rel.Obj.Entity >= 0 {
			return true // "called in Togo's envoy" (but "called the claim absurd" answers)
		}
		if tellingVerbs[rel.Pred] || responseVerbs[rel.Pred] || slices.Contains(criticismVerbs, rel.Pred) || slices.Contains(concernVerbs, rel.Pred) {
			continue
		}
		return true
	}
	return false
}

// tellingVerbs tell, charge or ask rather than act ("She accused the
// mayor of ...", "urged delegates to back the text").
var tellingVerbs = map[string]bool{"say": true, "tell": true, "urge": true, "ask": true, "press": true, "accuse": true, "blame": true,
	"warn": true, "add": true, "argue": true, "claim": true, "insist": true, "describe": true, "praise": true, "thank": true, "meet": true}

// possessorUndergoes names acts whose possessor undergoes them rather
// than makes them ("Koltrane's arrest", "the plant's closure", "the
// firm's share price").
var possessorUndergoes = map[string]bool{"expulsion": true, "expulsions": true, "recall": true, "arrest": true, "detention": true,
	"closure": true, "suspension": true, "dismissal": true, "sacking": true, "ban": true, "sanctions": true, "seizure": true,
	"fine": true, "penalty": true, "price": true, "strike": true, "strikes": true}

// possessedBy returns the entity that owned, by a possessive before byte
// offset at, the act noun names ("Tomas Koltrane's plan", "Brio's
// revised offer"), when that is the latest phrase with the noun, in the
// story's lead or at most three sentences back, and the owner is not in
// exclude; -1 otherwise ("Koltrane's plan ... a plan by the opposition
// ... rejected the plan" names no maker).
func possessedBy(doc *Document, si, at int, noun string, exclude []int) int {
	if possessorUndergoes[noun] {
		return -1
	}
	one := strings.TrimSuffix(noun, "s")
	for t := doc.tokenFrom(at) - 1; t >= 2 && doc.Tokens[t].Sent >= si-maxRulingBack; t-- {
		if strings.TrimSuffix(doc.Tokens[t].Lower, "s") != one || doc.Tokens[t].Tag != "NN" && doc.Tokens[t].Tag != "NNS" {
			continue
		}
		if s := doc.Tokens[t].Sent; s < si-3 && s >= leadSentences {
			return -1 // only the story's lead names it once for paragraphs
		}
		p := t - 1
		for k := 0; k < 2 && p > 0 && (doc.Tokens[p].Tag == "JJ" || doc.Tokens[p].Tag == "NN" && !isCap(doc.Tokens[p].Text)); k++ {
			p-- // "Koltrane's judicial reform plan"
		}
		if p < 1 || doc.Tokens[p].Sent != doc.Tokens[t].Sent {
			return -1
		}
		if doc.Tokens[p].Tag != "POS" {
			return -1 // "a plan by the opposition", "its plan": a maker not named
		}
		p--
		if m := doc.TokMention[p]; m >= 0 && doc.Mentions[m].Entity >= 0 && !slices.Contains(exclude, doc.Mentions[m].Entity) {
			return doc.Mentions[m].Entity
		}
		return -1
	}
	return -1
}

// deniedAct reports whether every relation of act ac's verb is negated:
// the act was not done ("he avoided accusing Ruritania ... Brenmoor's
// lawyers rejected the allegations" answers no charge of his).
func deniedAct(doc *Document, ac act) bool {
	found := false
	for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= ac.sent; i-- {
		rel := &doc.Relations[i]
		if rel.Sent != ac.sent || rel.PredSpan.Start != ac.at {
			continue
		}
		if !rel.Negated {
			return false
		}
		found = true
	}
	return found
}

// answeredAct returns the index of the latest answer before byte offset
// at in sentence si to an act whose maker it named, when that maker is not
// in exclude; -1 otherwise. "it" after such an answer is the same act
// ("Jo Smith backed the offer, but the Alder Invest fund opposed it": the
// fund opposed the bidder Smith backed).
func answeredAct(doc *Document, si, at int, exclude []int) int {
	for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= si; i-- {
		rel := &doc.Relations[i]
		if rel.Sent != si || rel.Role || rel.Span.Start >= at || rel.Obj.Span.End > at || !responseVerbs[rel.Pred] || rel.Obj.Entity < 0 ||
			slices.Contains(exclude, rel.Obj.Entity) || proposalNouns[headWord(rel.Obj.Text)] == nil || rulingNouns[headWord(rel.Obj.Text)] {
			continue
		}
		if f := strings.Fields(toLower(rel.Obj.Text)); len(f) < 2 {
			continue // a name, not an act
		}
		return i
	}
	return -1
}

// takeoverVerbs make a bid for a company ("offered 3 euros a share for
// X", "X's takeover of Y").
var takeoverVerbs = map[string]bool{"bid": true, "offer": true, "approach": true, "take": true, "acquire": true, "buy": true}

// storyBid returns the index of the latest bid for a company before byte
// offset at, however far back, by a bidder not in exclude; -1 when there
// is none. A takeover story reports its bid once and has others answer
// "the offer" paragraphs later ("Rovana bid for Kestrel ... (paragraphs
// later) Kestrel's union came out against the offer": Rovana's).
func storyBid(doc *Document, si, at int, exclude []int) int {
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < si-maxRulingBack {
			break
		}
		if rel.Role || rel.Negated || rel.Modality == schema.Denied || !takeoverVerbs[rel.Pred] || rel.Span.Start >= at ||
			rel.Subj.Entity < 0 || rel.Obj.Entity < 0 || rel.Obj.Entity == rel.Subj.Entity || slices.Contains(exclude, rel.Subj.Entity) ||
			doc.Entities[rel.Obj.Entity].Type != schema.Organization {
			continue
		}
		return i
	}
	return -1
}

// rebukeNouns name, besides chargeNouns, what one side of a story levels
// at the other.
var rebukeNouns = map[string]bool{"criticism": true, "complaint": true, "complaints": true, "protest": true}

// leadCounterpart resolves a charge no verb nearby made ("Vilnius
// dismissed the accusation" paragraphs after Latvia said the fence stood
// on its land) to the other state of the pair of states the story's lead
// relates, when the responder, or the state a responding person serves,
// is one of them.
func (r *RelationStage) leadCounterpart(st *sentState, a Arg, noun string, exclude []int) int {
	if !chargeNouns[noun] && !rebukeNouns[noun] || st.doc.presplit || len(exclude) == 0 || exclude[0] < 0 {
		return -1
	}
	return r.otherLeadState(st, a.Span.Start, exclude[0])
}

// otherLeadState returns the other state of the pair of states the
// story's lead relates before byte offset at, when side, or the state a
// person side serves, is one of them; -1 otherwise.
func (r *RelationStage) otherLeadState(st *sentState, at, side int) int {
	doc := st.doc
	p, ok := r.leadPair(doc, at, schema.Country, true, nil)
	if !ok {
		return -1 // (a company's or a defendant's denial answers a claimant or prosecutor the lead need not name)
	}
	if e := &doc.Entities[side]; e.Type == schema.Person && e.Nation >= 0 && side != p[0] && side != p[1] {
		side = e.Nation
	}
	switch side {
	case p[0]:
		return p[1]
	case p[1]:
		return p[0]
	}
	return -1
}

// answerAgent relates the subject of a response verb whose object is an
// act with its maker in a reduced relative ("the judge rejected the terms
// sought by both sides", "Acme backed the offer made by Brandex") to that
// maker, as madeBy does for a maker named sentences earlier. pu is the
// object's unit, agent the participle's "by" phrase, pi, lemma and ptext
// the participle's unit, lemma and text. Whatever was offered by the agent is its act too, which
// it offered to the responder ("the regulator rejected the remedies
// offered by Kestrel": Kestrel offered them to the regulator).
func (r *RelationStage) answerAgent(st *sentState, pu int, agent []Arg, pi int, lemma, ptext string) {
	doc := st.doc
	u := &st.units[pu]
	obj := pu // the response verb's object
	if pu >= 3 && st.units[pu-1].kind == uP && doc.Tokens[st.units[pu-1].a].Lower == "of" && st.units[pu-2].kind == uNP && st.units[pu-2].poss < 0 &&
		listNouns[doc.Tokens[st.units[pu-2].head].Lower] {
		obj = pu - 2 // "rejected a list of ten demands issued by X": the acts listed
	}
	if u.ent >= 0 || u.poss >= 0 || obj == 0 || st.units[obj-1].kind != uVG {
		return
	}
	offered := tenderVerbs[lemma]
	if head := doc.Tokens[u.head].Lower; proposalNouns[head] == nil && !possessedActNouns[head] && !offered {
		return // "rejected the ships sent by X": no act X made
	}
	vi := obj - 1
	at := doc.Tokens[st.units[vi].a].Span.Start
	for i, end := st.relBase, len(doc.Relations); i < end; i++ {
		rel := doc.Relations[i] // (a copy: emit appends)
		if rel.Role || rel.PredSpan.Start != at || !responseVerbs[rel.Pred] || rel.Obj.Entity >= 0 || rel.Obj.Span.Start != doc.Tokens[st.units[obj].a].Span.Start {
			continue
		}
		c := clauseCtx{negated: rel.Negated, modality: rel.Modality, conf: 1}
		for _, a := range agent {
			if a.Entity >= 0 && a.Entity != rel.Subj.Entity {
				a.Poss = -1
				r.emit(st, vi, rel.Subj, a, rel.Pred, rel.PredText, c, 0.7, false)
				if offered && rel.Subj.Entity >= 0 {
					s := rel.Subj
					s.Poss = -1
					r.emit(st, pi, a, s, lemma, ptext, clauseCtx{conf: 1}, 0.6, false)
				}
			}
		}
	}
}

// tenderVerbs put something to another for an answer ("the terms offered
// by X", "the plan submitted by X").
var tenderVerbs = map[string]bool{"offer": true, "propose": true, "submit": true, "table": true}

// chargeVerbs make a charge against their object.
var chargeVerbs = map[string]bool{"accuse": true, "sue": true, "charge": true, "allege": true, "claim": true, "blame": true}

// denialAnswers make what a later denial with a clause answers: a charge,
// or a protest, condemnation or fine aimed at the denier ("Laos protested
// to Cambodia ... Cambodia denied that its soldiers had crossed the
// border").
var denialAnswers = map[string]bool{"protest": true, "complain": true, "condemn": true, "criticise": true, "criticize": true,
	"denounce": true, "fine": true, "suspect": true}

// answerAccuser relates the subjects of a denial with a clause ("denied
// that its products were faulty") to whoever accused or sued them (or
// protested to, condemned or fined them) at most three sentences back,
// the latest first.
func (r *RelationStage) answerAccuser(st *sentState, vi int, subj []Arg, lemma, ptext string, c clauseCtx) {
	doc := st.doc
	for _, s := range subj {
		if s.Entity < 0 {
			continue
		}
		for i := min(st.relBase, len(doc.Relations)) - 1; i >= 0; i-- {
			rel := &doc.Relations[i]
			if rel.Sent < st.si-3 {
				break
			}
			if rel.Role || rel.Negated || rel.Sent >= st.si || !chargeVerbs[rel.Pred] && !denialAnswers[rel.Pred] || rel.Obj.Entity != s.Entity || rel.Subj.Entity < 0 || rel.Subj.Entity == s.Entity ||
				rel.Modality == schema.Hypothetical || rel.Modality == schema.Denied {
				continue
			}
			o := rel.Subj
			o.Poss = -1
			r.emit(st, vi, s, o, lemma, ptext, c, 0.7, false)
			break
		}
	}
}

// bidderVerbs have a bid's maker as their subject ("made a bid", "raised
// the offer", "abandoned the approach").
var bidderVerbs = map[string]bool{"make": true, "launch": true, "table": true, "submit": true, "lodge": true, "put": true, "raise": true,
	"sweeten": true, "improve": true, "revise": true, "renew": true, "announce": true, "unveil": true, "present": true, "abandon": true,
	"drop": true, "withdraw": true, "pursue": true, "increase": true, "lift": true, "extend": true, "file": true}

// ownBid reports whether rel's object is its subject's own ("Acme raised
// its offer", "Acme's bid"): the subject's possessor, or a possessive
// pronoun, which in the subject's own clause is the subject's.
func ownBid(rel *Relation) bool {
	if rel.Obj.Poss >= 0 {
		return rel.Obj.Poss == rel.Subj.Entity
	}
	switch firstWord(toLower(rel.Obj.Text)) {
	case "its", "his", "her", "their":
		return true
	}
	return false
}

// commonNounAt reports whether the k-th token of the phrase starting at
// byte offset off is a lower-case common noun ("tariff" in "the tariff
// request").
func commonNounAt(doc *Document, off, k int) bool {
	t := doc.tokenFrom(off) + k
	return t < len(doc.Tokens) && (doc.Tokens[t].Tag == "NN" || doc.Tokens[t].Tag == "NNS") && !isCap(doc.Tokens[t].Text)
}

// sequenceWords place an act among others of its kind, which the story
// has reported ("the first offer", "an earlier demand", "the revised
// proposal").
var sequenceWords = map[string]bool{"first": true, "second": true, "third": true, "earlier": true, "previous": true, "initial": true,
	"original": true, "latest": true, "new": true, "revised": true, "improved": true, "sweetened": true, "fresh": true, "final": true}

// amountWords reports whether every word of ws states a sum ("2.70-euro",
// "$4", "billion").
func amountWords(ws []string) bool {
	for _, w := range ws {
		if !amountWord(w) && w != "billion" && w != "million" && !strings.HasSuffix(w, "-euro") && !strings.HasSuffix(w, "-dollar") && !strings.HasSuffix(w, "-pound") {
			return false
		}
	}
	return len(ws) > 0
}

// definiteMaker reports whether an unresolved subject is a short definite
// description or group that can stand as the maker of a charge or an
// offer ("The rebels accused the army ...; Lima rejected the accusation").
func definiteMaker(a Arg) bool {
	f := beforePlace(strings.Fields(toLower(a.Text)))
	if a.Poss < 0 && len(f) == 1 && criticGroups[f[0]] {
		return true // "Critics have attacked the plan ... Lima rejected the criticism"
	}
	if a.Poss >= 0 || len(f) < 2 || len(f) > 3 {
		return false
	}
	// "opposition lawmakers", "Kyrgyz border guards": a group of people
	return f[0] == "the" || peopleNouns[f[len(f)-1]] || bodyNouns[f[len(f)-1]] || forceNouns[f[len(f)-1]]
}

// groupMaker reports whether an unresolved subject is an unnamed group of
// people that can make an act a later answer names ("Critics",
// "opposition senators"), not a thing ("the merger would raise prices").
func groupMaker(a Arg) bool {
	if !definiteMaker(a) {
		return false
	}
	f := beforePlace(strings.Fields(toLower(a.Text)))
	h := f[len(f)-1]
	// a trial's sides argue through their lawyers ("The defence argued
	// that ... The court rejected that argument")
	return criticGroups[h] || peopleNouns[h] || bodyNouns[h] || forceNouns[h] || groupMakers[h] || courtSides[h]
}

// beforePlace cuts the place off the words of a group's or a court's
// phrase ("opposition lawmakers in Odrin", "protesters from Tarsk", "a
// court in Tarsk"): the group is the words before it.
func beforePlace(f []string) []string {
	for i := 1; i < len(f); i++ {
		if (f[i] == "in" || f[i] == "from") && (peopleNouns[f[i-1]] || criticGroups[f[i-1]] || f[i-1] == "court" || f[i-1] == "tribunal") {
			return f[:i]
		}
	}
	return f
}

// courtSides name the parties of a trial as the lawyers who speak for them.
var courtSides = map[string]bool{"defence": true, "defense": true, "prosecution": true}

// criticGroups name, in one word, an unnamed group that voices criticism
// and can stand as its maker ("Critics have warned that the dam would dry
// up the delta ... Lima dismissed those concerns").
var criticGroups = map[string]bool{"critics": true, "opponents": true, "detractors": true, "sceptics": true, "skeptics": true,
	"campaigners": true, "activists": true, "environmentalists": true, "protesters": true, "protestors": true}

// act is a verb with a named subject, kept for the rest of the document.
// An unnamed maker ("Critics", "opposition senators") has subj -1 and
// its phrase in group.
type act struct {
	lemma string
	subj  int
	sent  int
	at    int // byte offset of the verb
	group Arg
}

// underwent reports whether rel's subject underwent a thing rather than
// did it: a passive with no named object ("Acme was fined 5 million
// euros"), which makes its subject no maker of a decision. A subject
// after the verb is its agent ("The strike was called by the union"),
// which did the act.
func underwent(rel *Relation) bool {
	return rel.Obj.Entity < 0 && passiveText(rel.PredText) && rel.Subj.Span.Start < rel.PredSpan.Start
}

// passiveText reports whether a verb group's text is passive ("was
// fined", "has been ordered", "was convicted of"): its subject undergoes
// the act.
func passiveText(p string) bool {
	f := strings.Fields(toLower(p))
	if len(f) >= 3 && passiveTailPreps[f[len(f)-1]] {
		f = f[:len(f)-1] // (the preposition of its complement)
	}
	if len(f) < 2 {
		return false
	}
	switch f[len(f)-2] {
	case "was", "were", "is", "are", "be", "been", "being", "got", "get", "gets":
		return true
	}
	return false
}

// whatCalled reports whether the phrase starting at byte offset start
// names the gap of "what" after a verb of naming ("what it called", "what
// he described as", "what officials termed"): a description of a thing
// the story reported, as "the" would mark it.
func whatCalled(doc *Document, start int) bool {
	t := doc.tokenFrom(start) - 1
	for t >= 0 && (doc.Tokens[t].Tag == "``" || doc.Tokens[t].Tag == "''" || doc.Tokens[t].Text == "\"") {
		t-- // (what it called "hasty accusations")
	}
	if t >= 1 && doc.Tokens[t].Lower == "as" {
		t-- // "what it described as"
	}
	if t < 2 || doc.Tokens[t].Lemma != "call" && doc.Tokens[t].Lemma != "describe" && doc.Tokens[t].Lemma != "term" && doc.Tokens[t].Lemma != "characterise" {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-4 && doc.Tokens[k].Sent == doc.Tokens[t].Sent; k-- {
		if doc.Tokens[k].Lower == "what" {
			return true
		}
	}
	return false
}

// contentAfter reports whether the phrase ending at byte offset end is
// followed by what it asks or says ("a demand for higher wages", "a
// proposal to shorten the week", "a call that the talks resume").
func contentAfter(doc *Document, end int) bool {
	t := doc.tokenFrom(end)
	if t >= len(doc.Tokens) || t > 0 && doc.Tokens[t].Sent != doc.Tokens[t-1].Sent {
		return false
	}
	switch doc.Tokens[t].Lower {
	case "for", "to", "that":
		return true
	}
	return false
}

// headWord returns the last word of a noun phrase, lower-cased.
func headWord(s string) string {
	f := strings.Fields(toLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// alongWith reports whether units q and q+1 are "along with" or
// "together with" and a noun phrase follows.
func alongWith(doc *Document, units []unit, q int) bool {
	if q+2 >= len(units) || units[q+1].kind != uP || doc.Tokens[units[q+1].a].Lower != "with" || units[q+2].kind != uNP {
		return false
	}
	w := doc.Tokens[units[q].a].Lower
	return (w == "along" || w == "together") && units[q].b-units[q].a == 1
}

// coMarker returns the unit of the noun phrase after "along with",
// "together with" or "as well as" opening at unit q, or -1: who follows
// it acts with the noun phrase before it ("Velmora, as well as Ostria,
// condemned Tarnland").
func coMarker(doc *Document, units []unit, q int) int {
	if q < 0 {
		return -1
	}
	if alongWith(doc, units, q) {
		return q + 2
	}
	if q+3 < len(units) && units[q].b-units[q].a == 1 && units[q+1].b-units[q+1].a == 1 && (units[q+2].kind == uP || units[q+2].kind == uSub) && units[q+3].kind == uNP &&
		doc.Tokens[units[q].a].Lower == "as" && doc.Tokens[units[q+1].a].Lower == "well" && doc.Tokens[units[q+2].a].Lower == "as" {
		return q + 3
	}
	return -1
}

// refusal handles "ruled out V-ing X" (the subject rejects X; V-ing X
// did not happen) and "stopped short of V-ing X" (V-ing X did not
// happen): the gerund gets the subject and a negated context. It reports
// whether the verb group at vi was such a verb.
func (r *RelationStage) refusal(st *sentState, vi int, subj []Arg) bool {
	doc := st.doc
	units := st.units
	v := &units[vi]
	if doc.presplit || len(subj) == 0 {
		return false
	}
	gerund := func(k int) bool {
		return k < len(units) && units[k].kind == uVG && doc.Tokens[units[k].head].Tag == "VBG"
	}
	lemma := r.lemma(st, v)
	inner := -1
	switch {
	case lemma == "rule" && v.prt >= 0 && doc.Tokens[v.prt].Lower == "out":
		if gerund(vi + 1) {
			inner = vi + 1
		}
	case lemma == "stop" && vi+3 < len(units) && units[vi+1].kind == uNP && units[vi+1].b-units[vi+1].a == 1 &&
		doc.Tokens[units[vi+1].a].Lower == "short" && units[vi+2].kind == uP && doc.Tokens[units[vi+2].a].Lower == "of" && gerund(vi+3):
		inner = vi + 3
	}
	if inner < 0 {
		return false
	}
	c := r.baseCtx(st, vi)
	ic := clauseCtx{negated: !c.negated, modality: c.modality, conf: c.conf * 0.9}
	if lemma == "rule" {
		ic.modality = schema.Hypothetical
		// the refusal itself is a fact about the gerund's object
		if o := inner + 1; o < len(units) && units[o].kind == uNP {
			obj := r.arg(st, &units[o])
			for _, s := range subj {
				r.emit(st, vi, s, obj, "reject", r.predText(st, v, -1), c, 0.8, false)
			}
		}
	}
	st.forced[inner] = subj
	st.ctx[inner] = ic
	return true
}

// appointVerbs put a person into a role ("named X ambassador to Peru").
var appointVerbs = map[string]bool{"name": true, "appoint": true, "nominate": true, "elect": true, "designate": true, "install": true,
	"choose": true, "pick": true, "select": true, "promote": true, "hire": true, "tap": true, "make": true, "confirm": true}

// placeOfRole reports whether the prepositional phrase whose noun phrase
// is unit k is no argument of the verb lemma: after the role an
// appointment verb gives ("named X as ambassador in Brazil", "appointed
// X envoy to Peru"), or the club a player is signed from.
func placeOfRole(r *RelationStage, doc *Document, units []unit, lemma string, k int) bool {
	p := doc.Tokens[units[k-1].a].Lower
	if lemma == "sign" && p == "from" {
		return true
	}
	if !appointVerbs[lemma] || k < 2 || units[k-2].kind != uNP {
		return false
	}
	switch p {
	case "to", "in", "at", "for":
	default:
		return false
	}
	return r.lex.roles[r.lex.nounLemma(doc.Tokens[units[k-2].head].Lower)]
}

// passiveTailPreps end a passive's predicate text when its complement has
// a preposition ("was convicted of", "was sentenced to").
var passiveTailPreps = map[string]bool{"of": true, "to": true, "as": true, "for": true, "in": true, "on": true, "with": true, "from": true, "at": true}

// answerToPossessor reports whether relation i is the statement on the
// possessor of a proposal its verb answers ("rejected the union's
// claims": rejected the union), which stands beside the plain one.
func answerToPossessor(doc *Document, i int) bool {
	rel := &doc.Relations[i]
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(doc.Relations) {
			continue
		}
		o := &doc.Relations[j]
		if o.PredSpan == rel.PredSpan && o.Subj.Entity == rel.Subj.Entity && o.Obj.Poss >= 0 && o.Obj.Poss == rel.Obj.Entity && proposalNouns[headWord(o.Obj.Text)] != nil {
			return true
		}
	}
	return false
}
