package extract

import (
	"context"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// RoleStage adds role relations (Relation.Role) that general English
// states around a person's name, resolving the institution end through the
// entity and coreference layers:
//
//   - a title or role before the name with the institution before it:
//     "Norwegian Foreign Minister X", "US Secretary of State X", "Labour
//     leader X", "Acme's founder X", "White House communications director X";
//   - appositions after the name: "X, Russia's top foreign policy aide,",
//     "X, the chairman of Y,", "X, a spokesman for the Y union,", "X, legal
//     counsel for Y", "X, the man behind Y", "X, a commander who leads the
//     group's delegation";
//   - appositions before the name: "Acme's chief executive, X,", "A
//     spokesman for the union, X, said", "Its chairman, X,", "the head of Y,
//     X";
//   - copulas, relative clauses and appointments: "X is the company's
//     chairman", "X, who is also the boss of Y", "X, who leads Y", "X was
//     appointed chairman of Y", "Y named X its chief executive";
//   - affiliations and possessions: "X of Y said" (X works for Y), "X's
//     government" (X leads it);
//   - unnamed spokesmen ("A spokesman for Y said"), who become actors named
//     "Y's spokesman".
//
// A portfolio title ("Treasury Cabinet Secretary X", "Work and Pensions
// Secretary X") is of the organisation the story names for the portfolio
// ("the Treasury", "the Department for Work and Pensions"), else of the
// state. Without a named institution, a government office ("Former foreign
// secretary X") goes to the document's government when it names one, a
// state title to the country the context points to (never the mediator of
// others' talks), and a bare company title ("chief executive X confirmed")
// to the organisation named just before it in the sentence. Negated, modal and indefinite
// statements of a role are not roles. The word lists are the schema's role
// table, the extract role and title lists and data/roles-*.
//
// It runs after the relation stage and adds only role relations that stage
// did not state for the same holder, institution and sentence.
type RoleStage struct {
	lex      *lexicon
	words    map[string]string // role phrase -> predicate lemma
	lastWord map[string]bool   // final words of multi-word role phrases
	maxWords int
	mods     map[string]bool   // modifiers between institution and role
	parties  map[string]string // title words that name a party before a party role -> party name
	personal map[string]bool   // role lemmas whose other end may be a person
	kin      map[string]bool   // role lemmas whose other end must be a person
	verbs    map[string]string // verb form -> role lemma
	led      map[string]bool   // nouns whose possessor leads them
	unnamed  map[string]bool   // role lemmas often held by an unnamed person
	subjOnly map[string]bool   // of those, the ones held unnamed only as a subject ("Its chairwoman said")
	offices  map[string]bool   // role lemmas of government offices
	company  map[string]bool   // role lemmas held in an organisation
	peers    map[string]bool   // titles of peers
	state    map[string]bool   // role lemmas of offices a state holds
	nation   map[string]bool   // role lemmas a demonym gives the nationality of
	bodies   map[string]bool   // nouns of a government's bodies ("ministry")
	judicial map[string]bool   // role lemmas of a court's members
	parts    map[string]bool   // nouns of an organisation that is a body of another
	group    map[string]bool   // role nouns a named group of a nation holds ("diplomats")
	staff    map[string]bool   // role phrases that make their holder a person's aide
	err      error             // a data file that failed to load
}

// NewRoleStage returns the role stage. Its vocabulary is the schema's role
// table, the extract role and title lists and the roles-*.tsv data files;
// it is built once and never modified. A data file that fails to load is
// reported by Annotate.
func NewRoleStage(lex *lexicon) *RoleStage {
	rs := &RoleStage{lex: lex, words: map[string]string{}, lastWord: map[string]bool{}, verbs: map[string]string{}}
	rs.err = rs.load()
	return rs
}

func (rs *RoleStage) load() error {
	v := schema.Vocabulary()
	lemmaOf := func(w string) string {
		if p, ok := v.Role(w); ok {
			return p.Lemma
		}
		return w
	}
	// relation verbs in the schema's role table ("run", "own") are not
	// role nouns
	verbal := map[string]bool{"work for": true, "run": true, "own": true, "found": true, "belong to": true}
	add := func(phrase, lemma string) {
		phrase = strings.Join(strings.Fields(toLower(phrase)), " ")
		if phrase == "" {
			return
		}
		if _, dup := rs.words[phrase]; dup {
			return
		}
		rs.words[phrase] = lemma
		ws := strings.Fields(phrase)
		rs.lastWord[ws[len(ws)-1]] = true
		if len(ws) > rs.maxWords {
			rs.maxWords = len(ws)
		}
	}
	ls, err := lines("roles-words.tsv")
	if err != nil {
		return err
	}
	for _, l := range ls {
		lemma := ""
		if len(l) > 1 {
			lemma = strings.TrimSpace(l[1])
		}
		if lemma == "" {
			lemma = strings.TrimSpace(l[0])
		}
		add(l[0], lemma)
	}
	for _, p := range v.Roles() {
		if verbal[p.Lemma] {
			continue
		}
		add(p.Lemma, p.Lemma)
		for _, f := range v.Forms(p.Lemma) {
			if f == "lead" || strings.HasSuffix(f, " of") {
				continue
			}
			add(f, p.Lemma)
		}
	}
	for w := range rs.lex.roles {
		add(w, lemmaOf(w))
	}
	for w, r := range rs.lex.titles {
		if r != "" && !strings.HasSuffix(w, ".") {
			add(w, lemmaOf(r))
		}
	}
	if rs.mods, err = set("roles-modifiers.txt"); err != nil {
		return err
	}
	if ls, err = lines("roles-personal.txt"); err != nil {
		return err
	}
	rs.personal, rs.kin = map[string]bool{}, map[string]bool{}
	for _, l := range ls {
		w := strings.TrimSpace(l[0])
		rs.personal[w] = true
		if len(l) > 1 && strings.TrimSpace(l[1]) == "person" {
			rs.kin[w] = true
		}
	}
	if ls, err = lines("roles-parties.txt"); err != nil {
		return err
	}
	rs.parties = map[string]string{}
	for _, l := range ls {
		if len(l) > 1 {
			rs.parties[strings.TrimSpace(l[0])] = strings.TrimSpace(l[1])
		}
	}
	if rs.led, err = set("roles-led.txt"); err != nil {
		return err
	}
	if ls, err = lines("roles-unnamed.txt"); err != nil {
		return err
	}
	rs.unnamed, rs.subjOnly = map[string]bool{}, map[string]bool{}
	for _, l := range ls {
		w := strings.TrimSpace(l[0])
		rs.unnamed[w] = true
		if len(l) > 1 && strings.TrimSpace(l[1]) == "subject" {
			rs.subjOnly[w] = true
		}
	}
	if rs.offices, err = set("roles-offices.txt"); err != nil {
		return err
	}
	if rs.company, err = set("roles-company.txt"); err != nil {
		return err
	}
	if rs.peers, err = set("roles-peers.txt"); err != nil {
		return err
	}
	if rs.state, err = set("roles-state.txt"); err != nil {
		return err
	}
	if rs.nation, err = set("roles-nationality.txt"); err != nil {
		return err
	}
	if rs.bodies, err = set("roles-bodies.txt"); err != nil {
		return err
	}
	if rs.judicial, err = set("roles-judicial.txt"); err != nil {
		return err
	}
	if rs.parts, err = set("roles-parts.txt"); err != nil {
		return err
	}
	if rs.group, err = set("roles-groups.txt"); err != nil {
		return err
	}
	if rs.staff, err = set("roles-staff.txt"); err != nil {
		return err
	}
	if ls, err = lines("roles-verbs.tsv"); err != nil {
		return err
	}
	for _, l := range ls {
		if len(l) >= 2 {
			rs.verbs[strings.TrimSpace(l[0])] = strings.TrimSpace(l[1])
		}
	}
	return nil
}

// roleHit is one role found in a sentence.
type roleHit struct {
	holder  int // mention of the holder
	inst    int // entity of the institution
	instSp  Span
	lemma   string
	surface string
	conf    float64
	thing   bool // the institution is the phrase instSp, not an entity
	office  bool // no institution named: the document's government holds the office
}

// Annotate appends role relations to doc.Relations.
func (rs *RoleStage) Annotate(ctx context.Context, doc *Document) error {
	if rs.err != nil {
		return rs.err
	}
	if doc.TokMention == nil && len(doc.Tokens) > 0 {
		return ErrMissingLayer
	}
	for mi := range doc.Mentions {
		// "sports body World Sprint": an organisation, whatever its name
		// looked like
		if f := doc.Mentions[mi].First; f > 0 && doc.Tokens[f-1].Sent == doc.Tokens[f].Sent && doc.Tokens[f-1].Tag == "NN" && rs.lex.orgKinds[doc.Tokens[f-1].Lower] {
			rs.retypeModifier(doc, doc.Mentions[mi].Last-1)
		}
	}
	var hits []roleHit
	rel0, lo := len(doc.Relations), 0
	gov := -2 // the document's government, found when first needed
	dom := -2 // the document's dominant country, found when first needed
	for si := range doc.Sentences {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		s := doc.Sentences[si]
		if s.Skip || s.Last-s.First < 2 {
			continue
		}
		// the relation stage's relations of this sentence (they come in
		// sentence order) and the ones this stage adds to it
		for lo < rel0 && doc.Relations[lo].Sent < si {
			lo++
		}
		hi := lo
		for hi < rel0 && doc.Relations[hi].Sent == si {
			hi++
		}
		stated := [2][]Relation{doc.Relations[lo:hi], nil}
		mine := len(doc.Relations)
		hits = hits[:0]
		for i := s.First; i < s.Last; i++ {
			mi := doc.TokMention[i]
			if mi < 0 || doc.Mentions[mi].First != i {
				continue
			}
			if !rs.isHolder(doc, mi) {
				if h, ok := rs.orgPart(doc, s, mi); ok {
					hits = append(hits, h)
				} else if h, ok := rs.partOf(doc, s, mi); ok {
					hits = append(hits, h)
				}
				hits = rs.members(doc, s, mi, hits)
				hits = listedMembers(doc, s, mi, hits)
				if h, ok := coalitionPartner(doc, s, mi); ok {
					hits = append(hits, h)
				} else if h, ok := allyAfterAnd(doc, s, mi); ok {
					hits = append(hits, h)
				}
				hits = rs.partiesIn(doc, s, mi, hits)
				if h, ok := rs.whoseRole(doc, s, mi); ok {
					hits = append(hits, h)
				}
				if h, ok := rs.ownParty(doc, s, mi); ok {
					hits = append(hits, h)
				} else if h, ok := ownCompany(doc, s, mi); ok {
					hits = append(hits, h)
				} else if h, ok := personsFirm(doc, s, mi); ok {
					hits = append(hits, h)
				} else if h, ok := apposedParty(doc, s, mi); ok {
					hits = append(hits, h)
				}
				if h, ok := ownedPart(doc, s, mi); ok {
					hits = append(hits, h)
				}
				if h, ok := stateCompany(doc, s, mi); ok {
					hits = append(hits, h)
				}
				if namedAs(doc, mi, schema.Country) {
					// "Latvia, the smallest member of the Nordic Council,":
					// a state belongs to a bloc
					// "China, Sri Lanka's biggest creditor,": a state lends,
					// supplies or holds shares too
					// "Norvania, Castra's closest ally,": a state allies
					// with another
					h, ok := rs.after(doc, s, mi)
					if ok && (h.lemma == "member" || h.lemma == "ally" || (orgRoles[h.lemma] || stakeRoles[h.lemma]) && h.lemma != "run" && h.lemma != "adviser" && h.lemma != "advisor") && h.inst >= 0 && h.inst != doc.Mentions[mi].Entity && doc.Entities[h.inst].Type != schema.Person {
						hits = append(hits, h)
					}
				} else if k, ok := demonymState(doc, s, mi); ok {
					// "The Norvanian state, Acme's biggest shareholder,",
					// "the Norvanian government is Acme's largest
					// shareholder": the country holds the stake
					if h, ok := rs.afterAt(doc, s, mi, k); ok && stakeRoles[h.lemma] && h.inst >= 0 && h.inst != doc.Mentions[mi].Entity && doc.Entities[h.inst].Type == schema.Organization {
						hits = append(hits, h)
					}
				}
				if h, ok := firmAt(doc, s, mi); ok {
					hits = append(hits, h)
				}
				if rs.orgHolder(doc, mi) {
					// "Vesta Pension, the largest shareholder,": an
					// organisation holds a stake
					if h, ok := rs.after(doc, s, mi); ok && orgRoles[h.lemma] && (h.inst >= 0 || h.thing) {
						hits = append(hits, h)
					} else if ok && firmRivals[h.lemma] && h.inst >= 0 && h.inst != doc.Mentions[mi].Entity && doc.Entities[h.inst].Type == schema.Organization {
						// "Norvex, Halden's smaller rival,": a company
						// competes with a company
						hits = append(hits, h)
					} else if ok && bodyTies[h.lemma] && (h.thing || h.inst >= 0 && h.inst != doc.Mentions[mi].Entity && doc.Entities[h.inst].Type == schema.Organization) {
						// "the Coastal Party, a partner in the governing
						// coalition,": a body belongs to another
						hits = append(hits, h)
					}
					if h, ok := rs.before(doc, s, mi); ok && orgRoles[h.lemma] && (h.inst >= 0 || h.thing) {
						hits = append(hits, h)
					} else if ok && bodyTies[h.lemma] && h.thing {
						// "its smallest member, the Rural Party,", "its
						// junior partner, the Civic Union,": a body the
						// sentence names by a phrase
						hits = append(hits, h)
					}
					if h, ok := rs.roleFirst(doc, s, mi); ok && orgRoles[h.lemma] {
						hits = append(hits, h)
					}
					if h, ok := rs.prefix(doc, s, mi); ok && firmRivals[h.lemma] && h.inst >= 0 && h.inst != doc.Mentions[mi].Entity && doc.Entities[h.inst].Type == schema.Organization {
						// "Halden and its smaller rival Brisco": a
						// company's rival named after the role
						hits = append(hits, h)
					}
				}
				if h, ok := rs.describedOffice(doc, mi); ok {
					hits = append(hits, h)
				}
				if rs.describedPerson(doc, mi) {
					// "the minister, who also leads the Green Party,"
					if h, ok := rs.after(doc, s, mi); ok && !h.office {
						hits = append(hits, h)
					}
				}
				continue
			}
			m := &doc.Mentions[mi]
			n0 := len(hits)
			for _, find := range holderFinders {
				if h, ok := find(rs, doc, s, mi); ok {
					hits = append(hits, h)
				}
			}
			hits = rs.titledCounterpart(hits, n0)
			hits = rs.theirKin(doc, s, mi, hits)
			i = m.Last - 1
		}
		hits = rs.coordinatedInst(doc, s, hits)
		for _, h := range hits {
			if !h.office && !doc.presplit && spokesRole(h.lemma) && rs.govBodyInst(doc, h) && !ownGovernment(doc, &gov) {
				// "Government spokeswoman X", "Foreign Ministry spokesman
				// X", "Presidential spokesman X": a body with no name of
				// its own speaks for its state (and for the body as the
				// phrase names it), unless the story is about one state
				// and names its government, whose body it is
				if c := rs.spokesState(doc, si, h, &dom); c >= 0 {
					g := h
					g.inst, g.thing, g.conf = c, false, min(h.conf, 0.5)
					stated[1] = doc.Relations[mine:]
					rs.emit(doc, si, g, stated)
				}
			}
			if h.office {
				if doc.presplit {
					continue // given sentences do not share a government
				}
				if shadowTitle(doc, s, h) {
					continue // "X, shadow secretary for the family,": the opposition's
				}
				if gov == -2 {
					gov = government(doc)
				}
				former := false
				if t := doc.tokenAt(h.instSp.Start); t > 0 && (doc.Tokens[t-1].Lower == "former" || strings.HasPrefix(doc.Tokens[t-1].Lower, "ex-")) {
					former = true // "former prime minister X": not the government's head now
				}
				if former && gov >= 0 && headOffices[h.lemma] {
					var ok bool
					if h, ok = rs.stateOffice(doc, si, h, &dom); !ok {
						continue
					}
				} else if gov >= 0 && headOffices[h.lemma] && strings.Contains(toLower(h.surface), "deputy") {
					// "Deputy Prime Minister X": a member of the government
					// the story names, not the state's head
					h.inst = gov
				} else if h.inst = gov; gov < 0 || !rs.offices[h.lemma] {
					var ok bool
					if h, ok = rs.stateOffice(doc, si, h, &dom); !ok {
						continue
					}
				} else if c, ok := rs.stateOffice(doc, si, h, &dom); ok && c.inst != gov && c.inst >= 0 && doc.Entities[c.inst].Type == schema.Country && (international(doc) || headOffices[h.lemma]) {
					// in a story between states the government's minister
					// serves the state too: "Foreign Minister X" is
					// Paraguay's as well
					c.conf = min(c.conf, h.conf)
					stated[1] = doc.Relations[mine:]
					rs.emit(doc, si, c, stated)
				}
			}
			if !h.office && !doc.presplit && h.inst >= 0 && rs.offices[h.lemma] && !headOffices[h.lemma] && doc.Entities[h.inst].Type == schema.Country {
				// "Colombia's interior minister, X" in a story about the
				// government of that country alone: a member of the
				// government the story names as well
				if gov == -2 {
					gov = government(doc)
				}
				if dom == -2 {
					dom = dominantCountry(doc)
				}
				if gov >= 0 && doc.Entities[gov].Name == "government" && h.inst == dom && !international(doc) {
					g := h
					g.inst, g.conf = gov, min(h.conf, 0.5)
					stated[1] = doc.Relations[mine:]
					rs.emit(doc, si, g, stated)
				}
			}
			if h.office && h.inst >= 0 && h.inst == gov && headOffices[h.lemma] && !subordinateTitle(h.surface) && !rs.treasuryChancellor(doc, si, h, &dom) {
				// "Prime Minister X" of the government: she leads it, and
				// is prime minister of the state (above)
				h.lemma = "lead"
			}
			stated[1] = doc.Relations[mine:]
			rs.emit(doc, si, h, stated)
			rs.leaving(doc, s, si, h)
		}
		rs.unnamedHolders(doc, s, si)
		stances(doc, s, si)
	}
	rs.shareHolders(doc, rel0)
	rs.groups(doc, rel0)
	rs.countedMembers(doc)
	rs.dropWrong(doc, rel0)
	regionalOffices(doc)
	rs.stateAgencies(doc)
	oneHolder(doc, rel0)
	leftAsTitle(doc)
	bodyRoles(doc)
	parentRoles(doc, len(doc.Relations))
	rs.stateAnswers(doc)
	dropOwnSideCharges(doc)
	return nil
}

// stateAnswers moves a state's answer to a charge, a demand or an offer
// that an office holder of another state made onto that state: "Tuvalu's
// interior minister accused Palau of sheltering smugglers ... Palau
// rejected the charge" answers Tuvalu, for whom the minister spoke. The
// holder's office is the one role relation that ties the holder to a
// country; a head of state or government ("President X accused Palau")
// acts in person, and keeps the answer.
func (rs *RoleStage) stateAnswers(doc *Document) {
	if doc.presplit {
		return
	}
	var state map[int]int // person -> the one country of its offices, -1 for several
	for i := range doc.Relations {
		r := &doc.Relations[i]
		if r.Role || r.Subj.Entity < 0 || r.Obj.Entity < 0 || !responseVerbs[r.Pred] || doc.Entities[r.Subj.Entity].Type != schema.Country ||
			doc.Entities[r.Obj.Entity].Type != schema.Person || proposalNouns[headWord(r.Obj.Text)] == nil {
			continue // (only an answer the relation stage resolved from the act it names: "the charge", "the offer")
		}
		if state == nil {
			state = map[int]int{}
			for j := range doc.Relations {
				o := &doc.Relations[j]
				if !o.Role || o.Negated || o.Subj.Entity < 0 || o.Obj.Entity < 0 || doc.Entities[o.Obj.Entity].Type != schema.Country || !(rs.offices[o.Pred] || rs.state[o.Pred]) {
					continue
				}
				if c, seen := state[o.Subj.Entity]; headOffices[o.Pred] || seen && c != o.Obj.Entity {
					state[o.Subj.Entity] = -1
				} else {
					state[o.Subj.Entity] = o.Obj.Entity
				}
			}
		}
		if c, ok := state[r.Obj.Entity]; ok && c >= 0 && c != r.Subj.Entity {
			r.Obj.Entity = c
		}
	}
}

// titledCounterpart merges, among one holder's hits from index n0, a
// state office named by a title with no state and a counterpart whose
// state a demonym gives: "His German counterpart, Economy Minister X,"
// is Germany's minister, not a counterpart of Germany and a minister of
// whatever state the context points to.
func (rs *RoleStage) titledCounterpart(hits []roleHit, n0 int) []roleHit {
	c, o := -1, -1
	for i := n0; i < len(hits); i++ {
		h := &hits[i]
		switch {
		case h.lemma == "counterpart" && h.inst >= 0 && !h.thing && !h.office:
			c = i
		case h.office && rs.isOffice(h.lemma):
			o = i
		}
	}
	if c < 0 || o < 0 {
		return hits
	}
	hits[c].lemma, hits[c].surface = hits[o].lemma, hits[o].surface
	return slices.Delete(hits, o, o+1)
}

// regionalOffices moves a role whose institution is a one-word name the
// story also writes before a local government onto that government:
// "The Catalan regional government said ... Catalan industry chief X" is
// the government's, not a body named "Catalan".
func regionalOffices(doc *Document) {
	govs := map[string]int{}
	for e := range doc.Entities {
		en := &doc.Entities[e]
		if en.Type != schema.Organization {
			continue
		}
		ws := strings.Fields(toLower(en.Name))
		if n := len(ws); n == 3 && ws[2] == "government" && localWords[ws[1]] || n == 2 && ws[1] == "government" {
			govs[ws[0]] = e
		}
	}
	if len(govs) == 0 {
		return
	}
	for ri := range doc.Relations {
		r := &doc.Relations[ri]
		if !r.Role || r.Obj.Entity < 0 {
			continue
		}
		en := &doc.Entities[r.Obj.Entity]
		if en.Type != schema.Organization || strings.Contains(en.Name, " ") {
			continue
		}
		if g, ok := govs[toLower(en.Name)]; ok && g != r.Obj.Entity {
			if r.Obj.Text == en.Name {
				r.Obj.Text = doc.Entities[g].Name
			}
			r.Obj.Entity = g
		}
	}
}

// localWords are the words between a region's name and "government" that
// say it governs part of a country ("the Basque regional government").
var localWords = map[string]bool{"provincial": true, "regional": true, "state": true, "local": true, "municipal": true, "territorial": true, "devolved": true, "autonomous": true}

// subordinateTitle reports whether a title holds a word that makes its
// holder no head of the government ("Lord Chancellor", "Deputy Prime
// Minister", "former president").
func subordinateTitle(surface string) bool {
	for _, w := range strings.Fields(toLower(surface)) {
		switch w {
		case "lord", "vice", "deputy", "former", "shadow", "ex", "late":
			return true
		}
	}
	return false
}

// shadowTitle reports whether the office of hit h is written after
// "shadow" next to its holder in sentence s ("Ana Ruiz, shadow secretary
// for the family,", "shadow home secretary Ana Ruiz"): an opposition
// spokesman's, no government's.
func shadowTitle(doc *Document, s Sentence, h roleHit) bool {
	head := toLower(h.surface)
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	m := &doc.Mentions[h.holder]
	for t := max(s.First, m.First-6); t < s.Last && t < m.Last+6; t++ {
		if doc.Tokens[t].Lower != "shadow" {
			continue
		}
		for k := t + 1; k < s.Last && k <= t+4; k++ {
			if doc.Tokens[k].Lower == head {
				return true
			}
		}
	}
	return false
}

// headOffices head a state or its government: their holder leads the
// country as well as its government ("Prime Minister X" of Iceland).
var headOffices = map[string]bool{"prime minister": true, "president": true, "premier": true, "chancellor": true}

// holderFinders read, in this order, the ways a sentence states the role
// of a person it names.
var holderFinders = []func(*RoleStage, *Document, Sentence, int) (roleHit, bool){
	(*RoleStage).prefix, (*RoleStage).pairedPrefix, (*RoleStage).after, (*RoleStage).before, (*RoleStage).leads, (*RoleStage).appointed,
	(*RoleStage).affiliation, (*RoleStage).partyMember, (*RoleStage).whoseRole, (*RoleStage).bareCompanyTitle, (*RoleStage).gapped,
	(*RoleStage).roleFirst, (*RoleStage).secondApposed,
}

// secondApposed reads the second of two role phrases joined by "and" in
// an apposition after a name, when the first names its own institution
// and the second is partitive or a personal tie ("X, a former governor of
// Kessa and one of the president's closest allies,", "X, the leader of
// the party and younger brother of Y,"): the holder holds the second role
// too, towards the one it names.
func (rs *RoleStage) secondApposed(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	k := m.Last
	if k+2 >= s.Last || doc.Tokens[k].Lower != "," {
		return roleHit{}, false
	}
	h, next, ok := rs.rolePhrase(doc, s, k+1)
	if !ok || h.inst < 0 && !h.thing || next+2 >= s.Last || doc.Tokens[next].Lower != "and" {
		return roleHit{}, false
	}
	b := next + 1
	if isCap(doc.Tokens[b].Text) {
		return roleHit{}, false // "director of Harlow Bank and Marimba's largest shareholder": "of" may govern both names
	}
	oneOf := b+2 < s.Last && doc.Tokens[b].Lower == "one" && doc.Tokens[b+1].Lower == "of"
	if oneOf {
		b += 2 // "and one of Y's allies" (see roleEnding)
	}
	h2, n2, ok := rs.rolePhrase(doc, s, b)
	if !ok || h2.thing || h2.inst < 0 || h2.inst == m.Entity || h2.inst == h.inst && h2.lemma == h.lemma || oneOf && !strings.HasSuffix(h2.surface, "s") {
		return roleHit{}, false
	}
	if !oneOf && !rs.personal[h2.lemma] {
		return roleHit{}, false
	}
	if n2 < s.Last && doc.Tokens[n2].Lower != "," && doc.Tokens[n2].Tag != "." {
		return roleHit{}, false // the apposition must end with the second phrase
	}
	h2.holder, h2.conf = mi, 0.7
	return h2, true
}

// roleFirst reads a copula whose subject is the role and whose complement
// is the name that ends the clause: "Kovrin's largest shareholder is
// Pellam Capital.", "The chief executive of Halmar is Ana Varga,". The
// role phrase opens the sentence.
func (rs *RoleStage) roleFirst(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	b := m.First - 1
	if b-1 <= s.First || (doc.Tokens[b].Lower != "is" && doc.Tokens[b].Lower != "was") {
		return roleHit{}, false
	}
	if m.Last < s.Last && doc.Tokens[m.Last].Lower != "," && doc.Tokens[m.Last].Tag != "." {
		return roleHit{}, false // "The chairman is Ana Varga's brother"
	}
	h, next, ok := rs.rolePhrase(doc, s, s.First)
	if !ok || next != b || h.inst < 0 && !h.thing || h.inst == m.Entity {
		return roleHit{}, false
	}
	h.holder, h.conf = mi, 0.75
	return h, true
}

// nationBefore reports whether role relation r holds a nationality role
// towards a country whose demonym stands right before the role word in its
// object's phrase ("X, UK economist at Y": the country is the field, not
// the employer; "Spain coach X" names no demonym and coaches Spain's team).
func (rs *RoleStage) nationBefore(doc *Document, r Relation) bool {
	if !rs.nation[r.Pred] || doc.Entities[r.Obj.Entity].Type != schema.Country {
		return false
	}
	a := doc.tokenFrom(r.Obj.Span.Start)
	for t := a; t+1 < len(doc.Tokens) && doc.Tokens[t].Span.End <= r.Obj.Span.End && t < a+6; t++ {
		if _, dem := rs.lex.demonyms[word(doc, t)]; !dem {
			continue // "Spain coach X" coaches Spain's team; "UK economist" is the field
		}
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Entity == r.Obj.Entity && doc.Mentions[mi].Last == t+1 {
			if l, _, ok := rs.roleEnding(doc, t+1, t+1); ok && l == r.Pred || word(doc, t+1) == r.Pred {
				return true
			}
		}
	}
	return false
}

// orgPart finds an organisation named in apposition to a body of another
// ("Russia's military intelligence agency, the GRU," and "the GRU,
// Russia's military intelligence agency,"): the organisation is that body
// of the possessor.
func (rs *RoleStage) orgPart(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	first := m.First
	if first > s.First && doc.Tokens[first-1].Lower == "the" {
		first--
	}
	read := func(a, c int) (roleHit, bool) {
		// a possessor, modifiers and a body noun over [a, c)
		if c-a < 2 || !rs.parts[doc.Tokens[c-1].Lower] {
			return roleHit{}, false
		}
		// "its Latvian subsidiary, Baltwing,", "Air Canada and its
		// low-cost subsidiary Air Canada Rouge": the company "its" stands
		// for
		for p := c - 2; p >= a; p-- {
			if w := doc.Tokens[p].Lower; w != "its" && w != "their" {
				tg := doc.Tokens[p].Tag
				if tg == "JJ" || tg == "JJS" || tg == "JJR" || tg == "NN" || tg == "NNP" && doc.TokMention[p] >= 0 && doc.Mentions[doc.TokMention[p]].Kind == DemonymMention {
					continue
				}
				break
			}
			k := doc.TokMention[p]
			if p-2 >= s.First && doc.Tokens[p-1].Lower == "and" && doc.TokMention[p-2] >= 0 {
				k = doc.TokMention[p-2] // "Air Canada and its subsidiary": the company before "and"
			}
			if k >= 0 && doc.Mentions[k].Entity >= 0 && doc.Mentions[k].Entity != m.Entity && doc.Entities[doc.Mentions[k].Entity].Type == schema.Organization {
				return roleHit{holder: mi, inst: doc.Mentions[k].Entity, instSp: doc.Mentions[k].Span, lemma: doc.Tokens[c-1].Lower, surface: doc.Tokens[c-1].Text, conf: 0.6}, true
			}
			return roleHit{}, false
		}
		if c-a < 3 {
			return roleHit{}, false
		}
		for t := a + 1; t < c-1; t++ {
			// ("the group's biggest subsidiary": a superlative too)
			if tg := doc.Tokens[t].Tag; !(tg == "JJ" || tg == "JJS" || tg == "JJR" || isNounTag(tg) || isPossessive(doc, t)) {
				return roleHit{}, false
			}
		}
		for t := a; t < c-1; t++ {
			if isPossessive(doc, t+1) {
				if e, sp, ok := rs.institution(doc, t, doc.Tokens[c-1].Lower); ok && e != m.Entity && doc.Entities[e].Type != schema.Location {
					return roleHit{holder: mi, inst: e, instSp: sp, lemma: doc.Tokens[c-1].Lower, surface: doc.Tokens[c-1].Text, conf: 0.6}, true
				}
				return roleHit{}, false
			}
		}
		return roleHit{}, false
	}
	// before: "X's ... agency, the GRU,"
	if c := first - 1; c > s.First && doc.Tokens[c].Lower == "," && (m.Last >= s.Last || isBoundary(doc, m.Last)) {
		a := c - 1
		for a > s.First && c-a < 6 && doc.Tokens[a-1].Lower != "," && doc.Tokens[a-1].Tag != "IN" && !isVerbTag(doc.Tokens[a-1].Tag) {
			a--
		}
		if h, ok := read(a, c); ok {
			return h, true
		}
	}
	// before, with no comma: "Acme's German subsidiary Zeta GmbH"
	if c := m.First; c-1 > s.First && rs.parts[doc.Tokens[c-1].Lower] && !isCap(doc.Tokens[c-1].Text) && doc.TokMention[c-1] < 0 {
		a := c - 1
		for a > s.First && c-a < 6 && doc.Tokens[a-1].Lower != "," && doc.Tokens[a-1].Tag != "IN" && !isVerbTag(doc.Tokens[a-1].Tag) {
			a--
		}
		if h, ok := read(a, c); ok {
			return h, true
		}
	}
	// after: "the GRU, X's ... agency,"
	if a := m.Last + 1; a < s.Last && doc.Tokens[m.Last].Lower == "," {
		c := a
		for c < s.Last && c < a+6 && doc.Tokens[c].Lower != "," && doc.Tokens[c].Tag != "." {
			c++
		}
		if c < s.Last && (doc.Tokens[c].Lower == "," || doc.Tokens[c].Tag == ".") {
			return read(a, c)
		}
	}
	return roleHit{}, false
}

// partOf reads an organisation's apposition naming it a part of another:
// "X, a unit of Y,", "X, the Italian subsidiary of France's Y,". The
// role is the part noun. A description that coreference tied to a named
// company holds it too ("the company, a subsidiary of Y,").
func (rs *RoleStage) partOf(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	// a name the entity layer took for a place ("Workers at Brightline,
	// a unit of Y,"): no place is a company's unit, so it is a company
	place := m.Kind == NameMention && m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Location
	if m.Kind != NameMention && m.Kind != DescriptionMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization && !place || m.Last+3 >= s.Last || doc.Tokens[m.Last].Lower != "," {
		return roleHit{}, false
	}
	t := m.Last + 1
	if w := doc.Tokens[t].Lower; w == "a" || w == "an" || w == "the" {
		t++
	}
	for n := 0; n < 3 && t < s.Last && !rs.parts[doc.Tokens[t].Lower] && !partNouns[doc.Tokens[t].Lower] && (doc.Tokens[t].Tag == "JJ" || rs.isDemonym(doc, t) || (doc.Tokens[t].Tag == "NN" || doc.Tokens[t].Tag == "NNS") && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text)); n++ {
		t++ // "the Italian", "a wholly owned", "an online property sales"
	}
	if t+2 >= s.Last || !partNouns[doc.Tokens[t].Lower] || doc.Tokens[t+1].Lower != "of" {
		return roleHit{}, false
	}
	part := t
	t += 2
	if doc.Tokens[t].Lower == "the" {
		t++
		// "a unit of the German carmaker Y": past the owner's descriptor,
		// lower-case words around at most one demonym
		t = skipDescriptor(doc, s, t)
		if mk := doc.TokMention[t]; mk >= 0 && doc.Mentions[mk].Kind == DemonymMention && doc.Mentions[mk].Last < s.Last && doc.TokMention[doc.Mentions[mk].Last] < 0 {
			t = skipDescriptor(doc, s, doc.Mentions[mk].Last)
		}
	}
	if k := doc.TokMention[t]; t < s.Last && (k < 0 || doc.Mentions[k].First == t && doc.Mentions[k].Last == t+1) && participleCompound(doc.Tokens[t].Lower) {
		// "a unit of Oslo-listed Y", "a subsidiary of the Lyon-based
		// group Y": the place joined to a participle describes the owner
		t = skipDescriptor(doc, s, t+1)
	}
	// "of France's Y": the owner is the name after the possessive
	for n := 0; n < 2 && t < s.Last; n++ {
		mk := doc.TokMention[t]
		if mk < 0 || doc.Mentions[mk].First != t || doc.Mentions[mk].Entity < 0 {
			return roleHit{}, false
		}
		o := &doc.Mentions[mk]
		if o.Last < s.Last && isPossessive(doc, o.Last) {
			t = o.Last + 1
			continue
		}
		if o.Entity == m.Entity || doc.Entities[o.Entity].Type != schema.Organization {
			return roleHit{}, false
		}
		if place {
			doc.Entities[m.Entity].Type = schema.Organization
		}
		return roleHit{holder: mi, inst: o.Entity, instSp: o.Span, lemma: doc.Tokens[part].Lower, surface: doc.Tokens[part].Text + " of", conf: 0.6}, true
	}
	return roleHit{}, false
}

// ownedPart reads a company named as another's part with a possessive
// before its name: "Volvo and its Renault Trucks unit", "Acme's Zeta
// subsidiary": the owner, named first, owns it.
func ownedPart(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization || m.First-1 < s.First || m.Last >= s.Last ||
		!partNouns[doc.Tokens[m.Last].Lower] {
		return roleHit{}, false
	}
	p := possessorAt(doc, s, m.First-1, "its", "their")
	if p < 0 {
		return roleHit{}, false
	}
	k := doc.TokMention[p]
	if k < 0 || doc.Mentions[k].Entity < 0 || doc.Mentions[k].Entity == m.Entity || doc.Entities[doc.Mentions[k].Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	return roleHit{holder: k, inst: m.Entity, instSp: Span{m.Span.Start, doc.Tokens[m.Last].Span.End}, lemma: "own", surface: doc.Tokens[m.Last].Text, conf: 0.6}, true
}

// stateWords say that the state owns or backs a company.
var stateWords = map[string]bool{"state": true, "state-owned": true, "state-run": true, "state-backed": true, "state-controlled": true,
	"government-owned": true, "government-run": true, "government-backed": true, "government-controlled": true}

// stateCompany reads a company described as a country's state company,
// before its name ("Norway's state-owned Kestrel Rail", "the Chilean
// state carrier Brio Air") or in an apposition after it ("Brio Air, a
// state-owned Chilean airline,"): the company belongs to that state.
func stateCompany(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	// read the lower-case words of [a, c) with at most one demonym or,
	// from a, a possessor: the state word and the country
	read := func(a, c int) (roleHit, bool) {
		state, country := -1, -1
		var sp Span
		for t := a; t < c; t++ {
			w := &doc.Tokens[t]
			if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Entity >= 0 && country < 0 && (doc.Mentions[k].Kind == DemonymMention || t == a && doc.Mentions[k].Last < c && isPossessive(doc, doc.Mentions[k].Last)) {
				if doc.Entities[doc.Mentions[k].Entity].Type != schema.Country {
					return roleHit{}, false
				}
				country, sp = doc.Mentions[k].Entity, doc.Mentions[k].Span
				t = doc.Mentions[k].Last - 1
				if doc.Mentions[k].Kind != DemonymMention {
					t++ // past the clitic
				}
				continue
			}
			if isCap(w.Text) || !(w.Tag == "JJ" || w.Tag == "NN" || w.Tag == "VBG" || w.Tag == "VBN") {
				return roleHit{}, false
			}
			if stateWords[w.Lower] {
				state = t
			}
		}
		if state < 0 || country < 0 || country == m.Entity {
			return roleHit{}, false
		}
		return roleHit{holder: mi, inst: country, instSp: sp, lemma: "state-owned", surface: doc.Tokens[state].Text, conf: 0.6}, true
	}
	// before the name: back over up to five words to a possessor or an article
	a := m.First
	for n := 0; n < 5 && a-1 >= s.First; n++ {
		w := doc.Tokens[a-1].Lower
		if w == "the" || w == "a" || w == "an" || w == "," || doc.Tokens[a-1].Tag == "IN" || isVerbTag(doc.Tokens[a-1].Tag) {
			break
		}
		if isPossessive(doc, a-1) {
			if a-2 >= s.First && doc.TokMention[a-2] >= 0 {
				a = doc.Mentions[doc.TokMention[a-2]].First
			}
			break
		}
		a--
	}
	if a < m.First {
		if h, ok := read(a, m.First); ok {
			return h, true
		}
	}
	// after: "X, a state-owned Chilean airline,"
	if t := m.Last + 1; t+2 < s.Last && doc.Tokens[m.Last].Lower == "," && (doc.Tokens[t].Lower == "a" || doc.Tokens[t].Lower == "the") {
		c := t + 1
		for c < s.Last && c < t+7 && doc.Tokens[c].Lower != "," && doc.Tokens[c].Tag != "." && doc.Tokens[c].Tag != "IN" {
			c++
		}
		if c < s.Last && (doc.Tokens[c].Lower == "," || doc.Tokens[c].Tag == ".") {
			return read(t+1, c)
		}
	}
	return roleHit{}, false
}

// possessorAt returns the token of the possessor that token p of sentence
// s closes: the name before a possessive clitic ("Ruto's"), or p itself
// when it is one of pronouns ("its"); -1 if p is neither.
func possessorAt(doc *Document, s Sentence, p int, pronouns ...string) int {
	if isPossessive(doc, p) && p-1 >= s.First {
		return p - 1
	}
	if slices.Contains(pronouns, doc.Tokens[p].Lower) {
		return p
	}
	return -1
}

// firmRoles are the roles a firm holds for a client, as a plural noun
// before "at" and the firm names them ("Y's bankers at X").
var firmRoles = map[string]string{"advisers": "adviser", "advisors": "adviser", "bankers": "banker", "lawyers": "lawyer", "auditors": "auditor"}

// firmAt reads an organisation named after a possessed plural of a firm's
// role and "at": "Quarto's bankers at Pell Capital (and Dunmore & Co)"
// are Pell Capital's (and Dunmore's) people, so the firm is Quarto's
// banker.
func firmAt(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	t := m.First - 1
	// "at X and Y": Y is the second firm of the list
	for t-1 > s.First && (doc.Tokens[t].Lower == "and" || doc.Tokens[t].Lower == ",") {
		k := doc.TokMention[t-1]
		if k < 0 || doc.Mentions[k].Entity < 0 || doc.Entities[doc.Mentions[k].Entity].Type != schema.Organization {
			return roleHit{}, false
		}
		t = doc.Mentions[k].First - 1
	}
	if t-2 < s.First || doc.Tokens[t].Lower != "at" {
		return roleHit{}, false
	}
	lemma, ok := firmRoles[doc.Tokens[t-1].Lower]
	if !ok {
		return roleHit{}, false
	}
	p := possessorAt(doc, s, t-2, "its", "their") // "its bankers at X": the company coreference gives
	if p < 0 {
		return roleHit{}, false
	}
	k := doc.TokMention[p]
	if k < 0 || doc.Mentions[k].Entity < 0 || doc.Mentions[k].Entity == m.Entity || doc.Entities[doc.Mentions[k].Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	return roleHit{holder: mi, inst: doc.Mentions[k].Entity, instSp: doc.Mentions[k].Span, lemma: lemma, surface: doc.Tokens[t-1].Text, conf: 0.7}, true
}

// skipDescriptor returns the token after up to three lower-case
// adjectives and nouns from t that name no entity ("carmaker" in "the
// German carmaker Y"; a gerund before a noun is one too: "the mining
// group Y").
func skipDescriptor(doc *Document, s Sentence, t int) int {
	for n := 0; n < 3 && t+1 < s.Last && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text) && (doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "NN" || doc.Tokens[t].Tag == "VBG" && doc.Tokens[t+1].Tag == "NN"); n++ {
		t++
	}
	return t
}

// partNouns name a company that belongs to another ("a unit of Y").
var partNouns = map[string]bool{"unit": true, "subsidiary": true, "arm": true, "division": true, "affiliate": true, "branch": true}

// members reads "X, a group whose members include A, B and C," (also
// "whose members are"): each listed actor is a member of X.
func (rs *RoleStage) members(doc *Document, s Sentence, mi int, hits []roleHit) []roleHit {
	m := &doc.Mentions[mi]
	if m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return hits
	}
	w := -1
	for t := m.Last; t < s.Last && t < m.Last+8; t++ {
		if doc.Tokens[t].Lower == "whose" {
			w = t
			break
		}
		if isVerbTag(doc.Tokens[t].Tag) || t > m.Last && doc.TokMention[t] >= 0 {
			return hits
		}
	}
	if w < 0 || w+3 >= s.Last || doc.Tokens[w+1].Lower != "members" {
		return hits
	}
	switch doc.Tokens[w+2].Lower {
	case "include", "included", "includes", "are", "were", "comprise":
	default:
		return hits
	}
	for t := w + 3; t < s.Last; t++ {
		tk := &doc.Tokens[t]
		if tk.Lower == "," || tk.Lower == "and" {
			continue
		}
		mk := doc.TokMention[t]
		if mk < 0 || doc.Mentions[mk].First != t || doc.Mentions[mk].Kind != NameMention {
			break
		}
		o := &doc.Mentions[mk]
		if o.Entity >= 0 && o.Entity != m.Entity {
			hits = append(hits, roleHit{holder: mk, inst: m.Entity, instSp: m.Span, lemma: "member", surface: "members", conf: 0.6})
		}
		t = o.Last - 1
	}
	return hits
}

// listedMembers reads the members of organisation mi written as a list
// of names around it: "the Orlen Council, of which Vandria and Kelbia are
// members,", "Vandria, Kelbia and Tarsa, which make up the so-called
// Ostrava Group,", "Vandria and Kelbia are members of the Orlen Council"
// and "Vandria and Kelbia, both members of the Orlen Council,". Each
// listed actor is a member of it.
func listedMembers(doc *Document, s Sentence, mi int, hits []roleHit) []roleHit {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return hits
	}
	var list []int
	if k := m.Last; k+3 < s.Last && doc.Tokens[k].Lower == "," && doc.Tokens[k+1].Lower == "of" && doc.Tokens[k+2].Lower == "which" {
		// "X, of which A and B are members"
		var t int
		list, t = listAfter(doc, s, k+3)
		if len(list) == 0 || t+1 >= s.Last || !isBe(doc, t) {
			return hits
		}
		be := t
		for t++; t < s.Last && t < be+4 && (doc.Tokens[t].Tag == "RB" || doc.Tokens[t].Tag == "DT" || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Lower == "founding"); t++ {
			if negWord(doc.Tokens[t].Lower) {
				return hits // "of which A is not a member"
			}
		}
		if t >= s.Last || doc.Tokens[t].Lower != "members" && doc.Tokens[t].Lower != "member" {
			return hits
		}
	} else {
		t := m.First
		if t-1 > s.First && doc.Tokens[t-1].Lower == "so-called" {
			t--
		}
		if t-1 > s.First && doc.Tokens[t-1].Tag == "DT" {
			t--
		}
		switch {
		case t-3 > s.First && doc.Tokens[t-1].Lower == "of" && doc.Tokens[t-2].Lower == "members":
			// "A and B are members of X", "A and B, both members of X,"
			t -= 2
			if doc.Tokens[t-1].Lower == "both" || doc.Tokens[t-1].Lower == "all" {
				t--
			}
			if !isBe(doc, t-1) && doc.Tokens[t-1].Lower != "," {
				return hits
			}
			t--
		case t-4 > s.First && doc.Tokens[t-1].Lower == "up" && (doc.Tokens[t-2].Lower == "make" || doc.Tokens[t-2].Lower == "made"):
			// "A, B and C, which make up X"
			t -= 2
			if doc.Tokens[t-1].Lower == "together" {
				t--
			}
			if doc.Tokens[t-1].Lower != "which" && doc.Tokens[t-1].Lower != "that" || doc.Tokens[t-2].Lower != "," {
				return hits
			}
			t -= 2
		default:
			return hits
		}
		list = listBefore(doc, s, t)
		if len(list) < 2 {
			return hits // one holder is after's ("A is a member of X")
		}
	}
	for _, mk := range list {
		if o := &doc.Mentions[mk]; o.Entity != m.Entity {
			hits = append(hits, roleHit{holder: mk, inst: m.Entity, instSp: m.Span, lemma: "member", surface: "members", conf: 0.6})
		}
	}
	return hits
}

// coalitionPartner reads a party in apposition to "coalition partner":
// "the Green Front, a junior coalition partner," and "the third coalition
// partner, the liberal Koral Union,": the party is a partner in the
// government the story names (or, naming none, its coalition).
func coalitionPartner(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	// partnerAt reports whether [a, b) reads "a (junior) coalition
	// partner" after a determiner or a possessive pronoun
	partnerAt := func(a, b int) bool {
		if b-a < 3 || b-a > 7 || doc.Tokens[b-1].Lower != "partner" && doc.Tokens[b-1].Lower != "member" || doc.Tokens[b-2].Lower != "coalition" {
			return false
		}
		if tg := doc.Tokens[a].Tag; tg != "DT" && tg != "PRP$" && tg != "NNP" {
			return false
		}
		// "the prime minister's coalition partner", "Hudak's coalition
		// partner": a possessor before the adjectives
		for t := a + 1; t < b-2; t++ {
			if doc.Tokens[t].Tag == "POS" {
				a = t
				break
			}
			if tg := doc.Tokens[t].Tag; tg != "NN" && tg != "NNP" && tg != "JJ" {
				break
			}
		}
		if b-a > 5 {
			return false
		}
		for t := a + 1; t < b-2; t++ {
			if tg := doc.Tokens[t].Tag; tg != "JJ" && tg != "JJS" && tg != "RB" {
				return false // "the junior", "the third", "its smallest"
			}
		}
		return true
	}
	var sp Span
	if k := m.Last; k+3 < s.Last && doc.Tokens[k].Lower == "," {
		// "the Green Front, a junior coalition partner,"
		for b := k + 4; b <= s.Last && b <= k+6; b++ {
			if (b == s.Last || isBoundary(doc, b)) && partnerAt(k+1, b) {
				sp = Span{doc.Tokens[k+1].Span.Start, doc.Tokens[b-1].Span.End}
				break
			}
		}
	}
	if sp.End == 0 {
		// "the third coalition partner, the liberal Koral Union,"
		a := m.First
		for a > s.First && a > m.First-3 && (doc.Tokens[a-1].Tag == "DT" || doc.Tokens[a-1].Tag == "JJ") && doc.TokMention[a-1] < 0 {
			a--
		}
		if a-1 <= s.First || doc.Tokens[a-1].Lower != "," {
			return roleHit{}, false
		}
		b := a - 1
		for f := b - 3; f >= s.First && f >= b-7; f-- {
			if partnerAt(f, b) && (f == s.First || isBoundary(doc, f-1) || doc.Tokens[f-1].Tag == "IN") {
				sp = Span{doc.Tokens[f].Span.Start, doc.Tokens[b-1].Span.End}
				break
			}
		}
	}
	if sp.End == 0 {
		return roleHit{}, false
	}
	g := government(doc)
	if g < 0 {
		g = mostNamedOrg(doc, func(n string) bool { return n == "coalition" || strings.HasSuffix(n, " coalition") })
	}
	if g < 0 || g == m.Entity {
		return roleHit{}, false
	}
	// "coalition member" gives a member, "coalition partner" a partner
	noun := "partner"
	if strings.HasSuffix(toLower(doc.Text[sp.Start:sp.End]), "member") {
		noun = "member"
	}
	return roleHit{holder: mi, inst: g, instSp: sp, lemma: noun, surface: "coalition " + noun, conf: 0.5}, true
}

// allyAfterAnd reads a party or company named as the ally or partner of
// the one before "and": "Fidesz and its ally, the Christian Democrats,"
// (Fidesz is allied with them) and "the Renewal party and its junior
// partner, the Civic Alliance," (the Civic Alliance is its partner).
func allyAfterAnd(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	t := m.First - 1
	for n := 0; n < 2 && t > s.First && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text) && (doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "NN") && !allyNouns[doc.Tokens[t].Lower]; n++ {
		t-- // "the centrist Civic Alliance"
	}
	if t > s.First && doc.Tokens[t].Lower == "the" {
		t--
	}
	if t > s.First && doc.Tokens[t].Lower == "," {
		t--
	}
	if t <= s.First || !allyNouns[doc.Tokens[t].Lower] {
		return roleHit{}, false
	}
	noun := t
	p := t - 1
	for p > s.First && p > noun-3 && (doc.Tokens[p].Tag == "JJ" || doc.Tokens[p].Tag == "JJS") {
		p-- // "its junior partner", "its closest ally"
	}
	if p-2 < s.First || doc.Tokens[p].Lower != "its" && doc.Tokens[p].Lower != "their" || doc.Tokens[p-1].Lower != "and" {
		return roleHit{}, false
	}
	k := doc.TokMention[p-2]
	if k < 0 || doc.Mentions[k].Entity < 0 || doc.Mentions[k].Last != p-1 {
		return roleHit{}, false
	}
	x := doc.Mentions[k].Entity
	if x == m.Entity || doc.Entities[x].Type != schema.Organization {
		return roleHit{}, false
	}
	if lemma := doc.Tokens[noun].Lower; lemma == "ally" {
		return roleHit{holder: k, inst: m.Entity, instSp: m.Span, lemma: lemma, surface: doc.Tokens[noun].Text, conf: 0.5}, true
	}
	return roleHit{holder: mi, inst: x, instSp: doc.Mentions[k].Span, lemma: "partner", surface: doc.Tokens[noun].Text, conf: 0.5}, true
}

// allyNouns name a party's or company's ally or partner.
var allyNouns = map[string]bool{"ally": true, "partner": true}

// partiesIn reads the names listed after a plural of a body's members:
// "two smaller parties in the governing coalition, the Green Front and
// the Koral Union," are each a member of the coalition, named or a phrase
// ("the governing coalition"). Mention mi is the list's first name.
func (rs *RoleStage) partiesIn(doc *Document, s Sentence, mi int, hits []roleHit) []roleHit {
	m := &doc.Mentions[mi]
	a := m.First
	if a-1 > s.First && doc.Tokens[a-1].Tag == "DT" && doc.TokMention[a-1] < 0 {
		a--
	}
	if m.Kind != NameMention || a-4 < s.First || doc.Tokens[a-1].Lower != "," {
		return hits
	}
	// the body's phrase [b, c) before the comma, after "parties in"
	c := a - 1
	b := c
	for b > s.First && b > c-5 && doc.Tokens[b-1].Lower != "in" && doc.Tokens[b-1].Lower != "of" {
		tg := doc.Tokens[b-1].Tag
		if !(tg == "DT" || tg == "JJ" || tg == "VBG" || isNounTag(tg) || tg == "POS" || tg == "PRP$") {
			return hits
		}
		b--
	}
	if b == c || b-2 < s.First || doc.Tokens[b-1].Lower != "in" && doc.Tokens[b-1].Lower != "of" {
		return hits
	}
	switch doc.Tokens[b-2].Lower {
	case "parties", "members", "partners":
	default:
		return hits
	}
	list, _ := listAfter(doc, s, m.First)
	if len(list) < 2 {
		return hits
	}
	inst, sp, thing := -1, Span{doc.Tokens[b].Span.Start, doc.Tokens[c-1].Span.End}, false
	if k := doc.TokMention[c-1]; k >= 0 && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Organization {
		inst, sp = doc.Mentions[k].Entity, doc.Mentions[k].Span
	} else if rs.orgNoun(doc.Tokens[c-1].Lower) && doc.Tokens[b].Tag == "DT" {
		thing = true // "the governing coalition"
	} else {
		return hits
	}
	for _, mk := range list {
		if e := doc.Mentions[mk].Entity; e != inst && doc.Entities[e].Type == schema.Organization {
			hits = append(hits, roleHit{holder: mk, inst: inst, instSp: sp, thing: thing, lemma: "member", surface: doc.Tokens[b-2].Text, conf: 0.5})
		}
	}
	return hits
}

// listAfter returns the name mentions of a list "A, B and C" (or "the A
// and the B") that starts at token t, and the token after it; a list of
// one name counts.
func listAfter(doc *Document, s Sentence, t int) ([]int, int) {
	var list []int
	for t < s.Last {
		if t+1 < s.Last && doc.Tokens[t].Tag == "DT" && doc.TokMention[t] < 0 && doc.TokMention[t+1] >= 0 {
			t++ // "the Koral Union"
		}
		mk := doc.TokMention[t]
		if mk < 0 || doc.Mentions[mk].First != t || doc.Mentions[mk].Kind != NameMention || doc.Mentions[mk].Entity < 0 {
			break
		}
		list = append(list, mk)
		t = doc.Mentions[mk].Last
		if t+1 < s.Last && (doc.Tokens[t].Lower == "and" || doc.Tokens[t].Lower == ",") {
			if t+2 < s.Last && doc.Tokens[t].Lower == "," && doc.Tokens[t+1].Lower == "and" {
				t++ // the serial comma: "A, B, and C"
			}
			n := t + 1
			if n+1 < s.Last && doc.Tokens[n].Tag == "DT" {
				n++
			}
			if k := doc.TokMention[n]; k >= 0 && doc.Mentions[k].First == n {
				t++
				continue
			}
		}
		break
	}
	return list, t
}

// listBefore returns the name mentions of a list "A, B and C" (or "A and
// B") whose last name ends right before token t; nil when there is no
// such list or it is the object of a preposition ("ministers from A and
// B").
func listBefore(doc *Document, s Sentence, t int) []int {
	var list []int
	for t > s.First {
		mk := doc.TokMention[t-1]
		if mk < 0 || doc.Mentions[mk].Last != t || doc.Mentions[mk].Kind != NameMention || doc.Mentions[mk].Entity < 0 {
			return nil
		}
		list = append(list, mk)
		f := doc.Mentions[mk].First
		if f-1 < s.First {
			break
		}
		sep := doc.Tokens[f-1].Lower
		if len(list) == 1 && sep == "and" {
			t = f - 1
			if t-1 >= s.First && doc.Tokens[t-1].Lower == "," {
				t-- // the serial comma
			}
			continue
		}
		if len(list) > 1 && sep == "," {
			t = f - 1
			continue
		}
		if doc.Tokens[f-1].Tag == "IN" || doc.Tokens[f-1].Tag == "TO" || sep == "between" {
			return nil
		}
		break
	}
	slices.Reverse(list)
	return list
}

// groups states the roles of unnamed groups that act in the relation
// stage's statements (the first n of doc.Relations): "three Russian
// diplomats were expelled" gives the diplomats the role diplomat of
// Russia. The group becomes a Person entity named by its phrase. Groups
// that stand for their country ("Israeli officials said") are left to the
// relation stage.
func (rs *RoleStage) groups(doc *Document, n int) {
	var done map[Span]bool
	for i := 0; i < n; i++ {
		if doc.Relations[i].Role || doc.presplit {
			continue
		}
		for _, arg := range [2]Arg{doc.Relations[i].Subj, doc.Relations[i].Obj} {
			// a plural phrase of a few words: "three Russian diplomats"
			if arg.Entity >= 0 || arg.Span.Len() < 8 || arg.Span.Len() > 60 || doc.Text[arg.Span.End-1] != 's' || done[arg.Span] {
				continue
			}
			if done == nil {
				done = map[Span]bool{}
			}
			done[arg.Span] = true
			a := doc.tokenFrom(arg.Span.Start)
			b := sort.Search(len(doc.Tokens), func(t int) bool { return doc.Tokens[t].Span.End > arg.Span.End })
			if b-a < 2 || b-a > 5 || a >= len(doc.Tokens) || doc.Tokens[a].Span.Start != arg.Span.Start || doc.Tokens[b-1].Span.End != arg.Span.End {
				continue
			}
			head := &doc.Tokens[b-1]
			if head.Tag != "NNS" {
				continue
			}
			word := rs.lex.nounLemma(head.Lower)
			_, ok := rs.words[word]
			if !ok || !rs.group[word] || !rs.isDemonym(doc, b-2) {
				continue
			}
			ok = true
			for t := a; t < b-2; t++ {
				if tg := doc.Tokens[t].Tag; !(tg == "CD" || tg == "DT" || tg == "JJ") {
					ok = false
				}
			}
			if !ok {
				continue
			}
			c, csp, ok := rs.country(doc, b-2)
			if !ok {
				continue
			}
			text := doc.Text[arg.Span.Start:arg.Span.End]
			doc.Entities = append(doc.Entities, Entity{Name: text, Type: schema.Person, Nation: c, Mentions: 1, Aliases: []string{text}})
			e := len(doc.Entities) - 1
			doc.Relations = append(doc.Relations, Relation{
				Subj: Arg{Entity: e, Poss: -1, Span: arg.Span, Text: text}, Obj: Arg{Entity: c, Poss: -1, Span: csp, Text: doc.Text[csp.Start:csp.End]},
				Pred: word, PredText: head.Text, Modality: schema.Asserted, Role: true, Confidence: 0.6,
				Sent: doc.Relations[i].Sent, Span: arg.Span,
			})
		}
	}
}

// seatNouns name the members a body counts ("senators", "ministers").
var seatNouns = map[string]bool{"members": true, "senators": true, "lawmakers": true, "legislators": true, "mps": true, "deputies": true,
	"ministers": true, "councillors": true, "councilors": true, "congressmen": true, "parliamentarians": true}

// countQuantifiers count a group of people before a noun ("several
// senators"); a number does too.
var countQuantifiers = map[string]bool{"several": true, "some": true, "many": true, "dozens": true, "hundreds": true}

// seatNoun names one member a body counts ("a lawmaker").
var seatNoun = map[string]bool{"member": true, "senator": true, "lawmaker": true, "legislator": true, "mp": true, "deputy": true,
	"minister": true, "councillor": true, "councilor": true, "congressman": true, "congresswoman": true, "parliamentarian": true}

// countedMembers reads a counted group of an organisation's members:
// "Six senators from the ruling Dawn Party", "four other ministers from
// the party", "several Green lawmakers in the Dawn Party", "nine of its
// legislators", and one member opening a clause, "A lawmaker from the Dawn
// Party". The group becomes a Person entity named by its own words ("Six
// senators", "A lawmaker"), a member of the organisation.
func (rs *RoleStage) countedMembers(doc *Document) {
	if doc.presplit {
		return
	}
	for si, s := range doc.Sentences {
		if s.Skip {
			continue
		}
		for a := s.First; a+2 < s.Last; a++ {
			tk := &doc.Tokens[a]
			// "A lawmaker from the opposition Dawn Party seconded it", "but
			// a senator from the party said": one member, as the subject
			// of its clause (after a name, "X, a lawmaker from Y," is X)
			single := (tk.Lower == "a" || tk.Lower == "an") && (a == s.First || clauseJoiners[doc.Tokens[a-1].Lower] || doc.Tokens[a-1].Lower == "and" && a-2 >= s.First && doc.Tokens[a-2].Lower == ",")
			if tk.Tag != "CD" && !countQuantifiers[tk.Lower] && !single {
				continue
			}
			if !single && a > s.First && (doc.Tokens[a-1].Tag == "DT" || doc.Tokens[a-1].Tag == "PRP$" || doc.Tokens[a-1].Tag == "IN" && doc.Tokens[a-1].Lower != "that") {
				continue // "the two senators", "of many lawmakers": part of a larger phrase
			}
			seats := seatNouns
			if single {
				seats = seatNoun
			}
			var inst, end int // the organisation's mention and the phrase's end
			head := 0         // the end of the group's own words ("Six senators")
			if t := a + 1; !single && t+2 < s.Last && doc.Tokens[t].Lower == "of" && doc.Tokens[t+1].Tag == "PRP$" && seatNouns[doc.Tokens[t+2].Lower] {
				// "nine of its legislators"
				inst, end = doc.TokMention[t+1], t+3
				head = end
			} else {
				n := a + 1
				for n < s.Last && n < a+4 && !seats[doc.Tokens[n].Lower] && (doc.Tokens[n].Tag == "JJ" || doc.Tokens[n].Tag == "NNP" || doc.Tokens[n].Lower == "other") {
					n++ // "four other", "several Green"
				}
				if n+2 >= s.Last || !seats[doc.Tokens[n].Lower] {
					continue
				}
				switch doc.Tokens[n+1].Lower {
				case "from", "of", "in":
				default:
					continue
				}
				head = n + 1
				t := n + 2
				if doc.Tokens[t].Tag == "DT" {
					t++
				}
				for t < s.Last && doc.TokMention[t] < 0 && partyModifiers[doc.Tokens[t].Lower] {
					t++ // "the ruling", "the governing"
				}
				if t >= s.Last {
					continue
				}
				inst = doc.TokMention[t]
				if inst < 0 || doc.Mentions[inst].First != t {
					continue
				}
				end = doc.Mentions[inst].Last
			}
			if inst < 0 {
				continue
			}
			im := &doc.Mentions[inst]
			if im.Entity < 0 || doc.Entities[im.Entity].Type != schema.Organization {
				continue
			}
			sp := Span{tk.Span.Start, doc.Tokens[end-1].Span.End}
			text, name := doc.Text[sp.Start:sp.End], doc.Text[sp.Start:doc.Tokens[head-1].Span.End]
			doc.Entities = append(doc.Entities, Entity{Name: name, Type: schema.Person, Nation: -1, Mentions: 1, Aliases: []string{name, text}})
			e := len(doc.Entities) - 1
			for i := range doc.Relations {
				// "Six senators from the Dawn Party, a partner in the
				// coalition, voted against X": the counted group acts,
				// some of the body and not the body, though the subject
				// was read from the body's name inside the phrase (a
				// partitive of the body's own people, "two of its
				// lawmakers", is left as read)
				if r := &doc.Relations[i]; !r.Role && r.Sent == si && r.Subj.Span.Start >= sp.Start && r.Subj.Span.End <= sp.End && r.Subj.Span.Len() > 0 &&
					r.Subj.Entity == im.Entity && head != end {
					r.Subj.Entity, r.Subj.Poss = e, -1
					if r.Subj.Span.Start != sp.Start {
						r.Subj.Span, r.Subj.Text = sp, text
					}
				}
			}
			doc.Relations = append(doc.Relations, Relation{
				Subj: Arg{Entity: e, Poss: -1, Span: Span{sp.Start, doc.Tokens[head-1].Span.End}, Text: name}, Obj: Arg{Entity: im.Entity, Poss: -1, Span: im.Span, Text: doc.Text[im.Span.Start:im.Span.End]},
				Pred: "member", PredText: doc.Tokens[head-1].Text, Modality: schema.Asserted, Role: true, Confidence: 0.6,
				Sent: si, Span: sp,
			})
			a = end - 1
		}
	}
}

// dropWrong removes role relations among the first n of doc.Relations
// (those the relation stage stated from titles) whose institution is no
// institution: a demonym before a role it gives the nationality of ("the
// Brazilian striker X" plays for a club, not for Brazil), a modifier
// read as a name ("Independent senator X", "Special Envoy X") or a
// place as an adjective ("the Frankfurt-based exchange").
func (rs *RoleStage) dropWrong(doc *Document, n int) {
	out := doc.Relations[:0]
	for i, r := range doc.Relations {
		if i < n && r.Role && r.Obj.Entity >= 0 && r.Obj.Span.Len() > 0 {
			w := toLower(strings.TrimSuffix(doc.Text[r.Obj.Span.Start:r.Obj.Span.End], "."))
			_, dem := rs.lex.demonyms[w]
			if dem && rs.nation[r.Pred] || !dem && rs.mods[w] || rs.nationBefore(doc, r) {
				continue
			}
			if k, sk := doc.tokenFrom(r.Obj.Span.Start), doc.tokenFrom(r.Subj.Span.Start); dem && r.Subj.Span.Len() > 0 && k < len(doc.Tokens) && sk < len(doc.Tokens) {
				if mi := doc.TokMention[sk]; mi >= 0 && rs.opposingNation(doc, mi, k) {
					continue // "Armenian opposition leader X, of the Y party,"
				}
			}
			if strings.HasSuffix(toLower(doc.Entities[r.Obj.Entity].Name), "-based") {
				continue // "chief executive of the Frankfurt-based exchange": a place
			}
			if rs.titleTail(doc, r.Obj.Span) {
				continue // "Treasury Cabinet Secretary X": the title, not an organisation
			}
		}
		out = append(out, r)
	}
	doc.Relations = out
}

// titleTail reports whether the last word of the phrase at sp and the
// word right after it make a role phrase ("Treasury Cabinet" before
// "Secretary": "cabinet secretary"), so the phrase is part of a title.
func (rs *RoleStage) titleTail(doc *Document, sp Span) bool {
	t := doc.tokenFrom(sp.End)
	if t <= 0 || t >= len(doc.Tokens) || doc.Tokens[t-1].Span.End != sp.End || doc.Tokens[t].Sent != doc.Tokens[t-1].Sent || !isCap(doc.Tokens[t].Text) {
		return false
	}
	_, ok := rs.words[word(doc, t-1)+" "+word(doc, t)]
	return ok && !rs.lex.orgWords[word(doc, t-1)]
}

// isHolder reports whether mention mi names a person.
func (rs *RoleStage) isHolder(doc *Document, mi int) bool {
	return namedAs(doc, mi, schema.Person)
}

// namedAs reports whether mention mi is a capitalised name of an entity
// of type typ.
func namedAs(doc *Document, mi int, typ schema.EntityType) bool {
	m := &doc.Mentions[mi]
	return m.Kind == NameMention && m.Entity >= 0 && m.Entity < len(doc.Entities) && isCap(doc.Tokens[m.First].Text) && doc.Entities[m.Entity].Type == typ
}

// demonymState returns the token after "state" or "government" when
// mention mi is a country's demonym that modifies it after "the" ("the
// Norvanian state", "The Norvanian government"), and whether it does.
func demonymState(doc *Document, s Sentence, mi int) (int, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != DemonymMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Country || m.First <= s.First || m.Last+1 >= s.Last {
		return 0, false
	}
	if doc.Tokens[m.First-1].Lower != "the" {
		return 0, false
	}
	if h := doc.Tokens[m.Last].Lower; h != "state" && h != "government" {
		return 0, false
	}
	return m.Last + 1, true
}

// stakeRoles hold a stake "in" their institution ("the largest
// shareholder in Acme").
var stakeRoles = map[string]bool{"owner": true, "shareholder": true, "investor": true, "stakeholder": true}

// bodyTies are the roles an organisation in apposition holds in a body
// ("a member of the alliance", "a partner in the coalition").
var bodyTies = map[string]bool{"member": true, "partner": true}

// oneOfTies are the personal ties a holder has as one of several ("one of
// the president's closest allies", "one of her advisers").
var oneOfTies = map[string]bool{"ally": true, "adviser": true, "advisor": true, "aide": true, "confidant": true}

// orgRoles are the roles an organisation holds towards another ("Vesta
// Pension, the largest shareholder,", "Halder Bank, Veld's lender,", "Acme's
// parent, Veld Holdings,", "Kestrel Mining, part of the Brio Group,").
var orgRoles = map[string]bool{"owner": true, "parent": true, "part": true, "run": true, "lender": true, "creditor": true, "auditor": true, "supplier": true,
	"contractor": true, "customer": true, "client": true, "backer": true, "insurer": true, "distributor": true, "adviser": true, "advisor": true}

// firmRivals are the roles a company holds towards another company it
// competes with ("Norvex, Halden's smaller rival,").
var firmRivals = map[string]bool{"rival": true, "competitor": true}

// pastNationality returns the token after "of Country" at token j ("X of
// India and Y": a holder's country between the names of a pair), else j.
func pastNationality(doc *Document, j int) int {
	if j+2 < len(doc.Tokens) && doc.Tokens[j].Lower == "of" {
		if k := doc.TokMention[j+1]; k >= 0 && doc.Mentions[k].First == j+1 && isCountry(doc, k) {
			return doc.Mentions[k].Last
		}
	}
	return j
}

// describedName returns the name mention that "the" at token t
// introduces after a short descriptor ("the law firm Morrow Partners",
// "the investment bank Halden"), ending before end; -1 if none.
func describedName(doc *Document, t, end int) int {
	if t >= end || doc.Tokens[t].Lower != "the" {
		return -1
	}
	u := t + 1
	for u < end && u <= t+4 && descriptorWord(doc, u) {
		u++
	}
	if u == t+1 || u >= end {
		return -1
	}
	if k := doc.TokMention[u]; k >= 0 && doc.Mentions[k].First == u && doc.Mentions[k].Kind == NameMention {
		return k
	}
	return -1
}

// descriptorWord reports whether token t can be a word of a name's
// descriptor: a lower-case noun or adjective outside any mention ("law",
// "firm").
func descriptorWord(doc *Document, t int) bool {
	tk := &doc.Tokens[t]
	return doc.TokMention[t] < 0 && descriptorTag(tk.Tag) && !isCap(tk.Text)
}

// pairedHolder reports whether mention k, coordinated with holder mi,
// holds the same role: a person beside a person, an organisation beside
// an organisation ("its advisers, Halden Bank and Morrow Partners,").
func (rs *RoleStage) pairedHolder(doc *Document, mi, k int) bool {
	if rs.orgHolder(doc, mi) {
		return rs.orgHolder(doc, k)
	}
	return rs.isHolder(doc, k)
}

// orgHolder reports whether mention mi names an organisation.
func (rs *RoleStage) orgHolder(doc *Document, mi int) bool {
	return namedAs(doc, mi, schema.Organization)
}

// describedOffice reads a description of an office holder that names its
// state or organisation and that coreference tied to a person named
// elsewhere ("Saudi Arabia's foreign minister said ... Adel al-Jubeir told
// reporters"): the person holds the office there.
func (rs *RoleStage) describedOffice(doc *Document, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != DescriptionMention || m.Role == "" || m.Role == "national" || m.RoleOf < 0 || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Person {
		return roleHit{}, false
	}
	if len(doc.Entities[m.Entity].Roles) > 0 {
		return roleHit{}, false // a title states the person's office where the name stands
	}
	o := &doc.Mentions[m.RoleOf]
	if o.Entity < 0 || o.Entity == m.Entity || (doc.Entities[o.Entity].Type != schema.Country && doc.Entities[o.Entity].Type != schema.Organization) {
		return roleHit{}, false
	}
	lemma := m.Role
	if l, ok := rs.words[m.Role]; ok {
		lemma = l
	}
	return roleHit{holder: mi, inst: o.Entity, instSp: o.Span, lemma: lemma, surface: doc.Text[m.Span.Start:m.Span.End], conf: 0.6}, true
}

// describedPerson reports whether mention mi is a definite description
// resolved to a named person ("the minister" after "Minister X").
func (rs *RoleStage) describedPerson(doc *Document, mi int) bool {
	m := &doc.Mentions[mi]
	if m.Kind != DescriptionMention || m.Entity < 0 || m.Entity >= len(doc.Entities) || doc.Entities[m.Entity].Type != schema.Person {
		return false
	}
	return m.First > 0 && doc.Tokens[m.First-1].Lower == "the"
}

// word returns token i's lower-case text without a final period.
func word(doc *Document, i int) string {
	return strings.TrimSuffix(doc.Tokens[i].Lower, ".")
}

// roleEnding returns the longest role phrase ending at token end (not
// before token lo): its lemma, its first token and its surface text.
func (rs *RoleStage) roleEnding(doc *Document, lo, end int) (string, int, bool) {
	if end < lo {
		return "", 0, false
	}
	last := word(doc, end)
	if w, ok := strings.CutSuffix(last, "-elect"); ok && !rs.lastWord[last] && rs.lastWord[w] {
		// "Samoa's prime minister-elect, X,": the office X is to take
		last = w
	}
	if !rs.lastWord[last] {
		// a plural role noun ("directors", "shareholders") before a named
		// pair; a stake role or a personal tie after "one of" ("one of
		// its biggest investors", "one of his closest allies")
		sg, ok := strings.CutSuffix(last, "s")
		if stem, ies := strings.CutSuffix(last, "ies"); ies {
			sg, ok = stem+"y", true // "allies"
		}
		oneOf := lo >= 2 && doc.Tokens[lo-1].Lower == "of" && doc.Tokens[lo-2].Lower == "one" && (stakeRoles[sg] || oneOfTies[sg])
		if !ok || doc.Tokens[end].Tag != "NNS" && doc.Tokens[end].Tag != "NNPS" || !rs.lastWord[sg] || !oneOf && !rs.namedPair(doc, end+1, orgRoles[sg]) {
			return "", 0, false
		}
		last = sg
	}
	for n := min(rs.maxWords, end-lo+1); n >= 1; n-- {
		a := end - n + 1
		var k string
		if n == 1 {
			k = last
		} else {
			parts := make([]string, 0, n)
			for t := a; t < end; t++ {
				parts = append(parts, word(doc, t))
			}
			k = strings.Join(append(parts, last), " ")
		}
		if l, ok := rs.words[k]; ok {
			return l, a, true
		}
	}
	return "", 0, false
}

// subjectPair returns the two countries or organisations coordinated as
// the subject of sentence si ("Estonia and Latvia asked ..."), if any.
func subjectPair(doc *Document, si int) (int, int, bool) {
	if si < 0 || doc.presplit {
		return -1, -1, false
	}
	s := doc.Sentences[si]
	from := s.First
	if end := openingPhraseEnd(doc, si); end > 0 {
		from = end
	}
	if doc.Tokens[from].Lower == "the" {
		from++
	}
	actor := func(t int) (int, int) {
		if t >= s.Last {
			return -1, t
		}
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].First != t || doc.Mentions[k].Entity < 0 || doc.Mentions[k].Kind == PronounMention {
			return -1, t
		}
		e := doc.Mentions[k].Entity
		if ty := doc.Entities[e].Type; ty != schema.Country && ty != schema.Organization {
			return -1, t
		}
		return e, doc.Mentions[k].Last
	}
	x, n := actor(from)
	if x < 0 || n+1 >= s.Last || doc.Tokens[n].Lower != "and" {
		return -1, -1, false
	}
	y, n := actor(n + 1)
	if y < 0 || y == x || n >= s.Last || !(isVerbTag(doc.Tokens[n].Tag) || doc.Tokens[n].Tag == "MD") {
		return -1, -1, false
	}
	return x, y, true
}

// namedPair reports whether tokens from i read ", X and Y": two people
// named in apposition to a plural role ("two directors, X and Y,", "two
// directors of Acme, X and Y,"), or, when orgs is set (a role an
// organisation holds), two organisations ("its advisers, Halden Bank and
// Morrow Partners,").
func (rs *RoleStage) namedPair(doc *Document, i int, orgs bool) bool {
	if i+1 < len(doc.Tokens) && (doc.Tokens[i].Lower == "of" || doc.Tokens[i].Lower == "at" || doc.Tokens[i].Lower == "from") {
		// "two directors of Acme, X and Y,", "two senators from Ohio, X and Y,"
		if k := doc.TokMention[i+1]; k >= 0 && doc.Mentions[k].First == i+1 {
			i = doc.Mentions[k].Last
			if i+1 < len(doc.Tokens) && doc.Tokens[i].Lower == "and" && ofStates(doc, i) {
				i = doc.Mentions[doc.TokMention[i+1]].Last // "the foreign ministers of Chile and Peru, X and Y,"
			}
		} else if j := twoStatesEnd(doc, i+1); j > i+1 {
			i = j // "the heads of the two countries' armies, X and Y,"
		}
	}
	if i+1 >= len(doc.Tokens) {
		return false
	}
	if k := doc.TokMention[i]; k >= 0 && doc.Mentions[k].First == i && rs.isHolder(doc, k) {
		// "Justices X and Y": the names right after the title
		j := doc.Mentions[k].Last
		if j+1 < len(doc.Tokens) && doc.Tokens[j].Lower == "and" {
			k2 := doc.TokMention[j+1]
			return k2 >= 0 && doc.Mentions[k2].First == j+1 && rs.isHolder(doc, k2)
		}
		return false
	}
	if doc.Tokens[i].Lower != "," {
		return false
	}
	// (a party label may stand before each name: "Republican X"; so may
	// an office: "Labour Minister X and Culture Minister Y")
	at := func(t int) int {
		if t+1 < len(doc.Tokens) && partyLabels[doc.Tokens[t].Lower] && doc.TokMention[t] < 0 {
			t++
		}
		return doc.TokMention[rs.pastTitle(doc, t)]
	}
	k := at(i + 1)
	if k < 0 || !rs.isHolder(doc, k) && !(orgs && rs.orgHolder(doc, k)) {
		return false
	}
	j := pastNationality(doc, doc.Mentions[k].Last)
	if j+1 >= len(doc.Tokens) || doc.Tokens[j].Lower != "and" {
		return false
	}
	k2 := at(j + 1)
	if orgs && rs.orgHolder(doc, k) {
		if k2 < 0 {
			k2 = describedName(doc, j+1, len(doc.Tokens)) // "Halden Bank and the law firm Morrow Partners"
		}
		return k2 >= 0 && rs.orgHolder(doc, k2)
	}
	return k2 >= 0 && rs.isHolder(doc, k2)
}

// namedAt reports whether span sp starts with a name mention.
func namedAt(doc *Document, sp Span) bool {
	t := doc.tokenAt(sp.Start)
	return t >= 0 && doc.TokMention[t] >= 0 && doc.Mentions[doc.TokMention[t]].Kind == NameMention
}

// partyLike reports whether the institution of role hit h is a political
// party: by its name ("the Freedom Party", "the Greens") or as the text
// names it ("the party's ministers").
func partyLike(doc *Document, h roleHit) bool {
	if partyEntity(doc, h.inst) || strings.Contains(toLower(doc.Text[h.instSp.Start:h.instSp.End]), "party") {
		return true
	}
	for _, w := range strings.Fields(toLower(doc.Entities[h.inst].Name)) {
		if partyWords[w] || partyPlural(w) {
			return true
		}
	}
	return false
}

// pastTitle returns the token after a capitalised office title of up to
// four words that starts at token t and stands outside any mention
// ("Labour Minister", "Deputy Prime Minister"), else t.
func (rs *RoleStage) pastTitle(doc *Document, t int) int {
	for n := t; n < len(doc.Tokens) && n < t+4 && isCap(doc.Tokens[n].Text) && doc.TokMention[n] < 0 && doc.Tokens[n].Sent == doc.Tokens[t].Sent; n++ {
		if rs.lastWord[doc.Tokens[n].Lower] && n+1 < len(doc.Tokens) && doc.TokMention[n+1] >= 0 {
			return n + 1
		}
	}
	return t
}

// titleBefore returns the first token of a capitalised office title of up
// to four words that ends right before token first and stands outside any
// mention ("Health Minister" before a name), else first.
func (rs *RoleStage) titleBefore(doc *Document, s Sentence, first int) int {
	if first-1 <= s.First || !rs.lastWord[doc.Tokens[first-1].Lower] {
		return first
	}
	t := first - 1
	for t-1 > s.First && t > first-4 && isCap(doc.Tokens[t-1].Text) && doc.TokMention[t-1] < 0 && doc.Tokens[t-1].Tag != "POS" {
		t--
	}
	for n := t; n < first; n++ {
		if !isCap(doc.Tokens[n].Text) || doc.TokMention[n] >= 0 {
			return first
		}
	}
	return t
}

// institution returns the entity of the mention at token i when it can be
// the institution end of role lemma (an organisation, country or place;
// a person for personal roles).
func (rs *RoleStage) institution(doc *Document, i int, lemma string) (int, Span, bool) {
	if i < 0 || i >= len(doc.Tokens) {
		return -1, Span{}, false
	}
	mi := doc.TokMention[i]
	if mi < 0 {
		if i > 0 && doc.Tokens[i-1].Lower == "the" && (doc.Tokens[i].Lower == "country" || doc.Tokens[i].Lower == "nation") && !rs.kin[lemma] {
			// "the country's prime minister": the country named last
			if e := recentCountry(doc, i); e >= 0 {
				return e, doc.Tokens[i].Span, true
			}
			return -1, Span{}, false
		}
		if i > 0 && doc.Tokens[i-1].Lower == "the" && regionNouns[doc.Tokens[i].Lower] && !rs.kin[lemma] {
			// "the province's governor" after "Salta province" or "the
			// province of Salta": the place named last with that noun
			if e := recentRegion(doc, i, doc.Tokens[i].Lower); e >= 0 {
				return e, doc.Tokens[i].Span, true
			}
			return -1, Span{}, false
		}
		if i > 0 && doc.Tokens[i-1].Lower == "the" && spokesRole(lemma) && doc.Tokens[i].Tag == "NN" && !isCap(doc.Tokens[i].Text) && !rs.lex.orgWords[doc.Tokens[i].Lower] {
			// "a spokesman for the holding" after "the state's
			// company, Drava Holding": the organisation named last with
			// the noun in its name
			if e := rs.recentOrg(doc, i, doc.Tokens[i].Lower); e >= 0 {
				return e, doc.Tokens[i].Span, true
			}
		}
		if (i > 0 && doc.Tokens[i-1].Lower == "the" && spokesRole(lemma) || rs.company[lemma] && theModified(doc, i)) && (firmHeads[doc.Tokens[i].Lower] || firmCompound(doc.Tokens[i].Lower)) &&
			!rs.lex.orgWords[doc.Tokens[i].Lower] && descHeads[doc.Tokens[i].Lower] == "" && !stateBodyHeads[doc.Tokens[i].Lower] {
			// "a spokesman for the smelter" after "Harrow Zinc Ltd
			// halted output": a company's trade names the company named
			// last, one so called by an apposition first
			if e := rs.recentOrg(doc, i, doc.Tokens[i].Lower); e >= 0 {
				return e, doc.Tokens[i].Span, true
			}
			if !spokesRole(lemma) {
				// "the utility's former chief executive" after "Jadran
				// Energija, the state-owned power utility,", but not any
				// organisation named last
				return -1, Span{}, false
			}
			if e := lastNameBefore(doc, i, func(mi, t int) bool {
				m := &doc.Mentions[mi]
				return m.First == t && m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Organization && !bodyName(doc.Entities[m.Entity].Name)
			}); e >= 0 {
				return e, doc.Tokens[i].Span, true // (not "the Miners Union": a body is no firm)
			}
			return -1, Span{}, false
		}
		if i > 0 && isNounTag(doc.Tokens[i].Tag) && !isCap(doc.Tokens[i].Text) && rs.lex.orgWords[doc.Tokens[i].Lower] && !rs.kin[lemma] {
			the := doc.Tokens[i-1].Lower == "the"
			if the {
				// "a spokesman for the union": the last organisation so named
				if e := rs.recentOrg(doc, i, doc.Tokens[i].Lower); e >= 0 {
					return e, doc.Tokens[i].Span, true
				}
			}
			if rs.bodies[doc.Tokens[i].Lower] && (the || i > 1 && doc.Tokens[i-2].Lower == "the" && rs.mods[doc.Tokens[i-1].Lower]) {
				// "a spokeswoman for the foreign ministry of Cyprus"
				if i+2 < len(doc.Tokens) && doc.Tokens[i+1].Lower == "of" {
					if k := doc.TokMention[i+2]; k >= 0 && doc.Mentions[k].First == i+2 && isCountry(doc, k) {
						return doc.Mentions[k].Entity, doc.Mentions[k].Span, true
					}
				}
				// "a spokesman for the ministry" after "China's commerce
				// ministry": the country whose ministry it is
				if e := bodyOwner(doc, i); e >= 0 {
					return e, doc.Tokens[i].Span, true
				}
				// "a spokesman for the foreign ministry": the country named last
				if e := recentCountry(doc, i); e >= 0 {
					return e, doc.Tokens[i].Span, true
				}
			}
		}
		return -1, Span{}, false
	}
	m := &doc.Mentions[mi]
	if m.Last-m.First == 1 && strings.HasSuffix(doc.Tokens[m.First].Lower, "-based") {
		return -1, Span{}, false // "the Frankfurt-based exchange": a place, as an adjective
	}
	e := m.Entity
	demState := false
	if e < 0 && m.Kind == PronounMention && (m.Key == "its" || m.Key == "their") && !rs.kin[lemma] && clauseOpening(doc, i) {
		// "The Bolivian authorities protested. Their spokesman, X,": the state
		if g := demonymStateOpening(doc, doc.Tokens[i].Sent-1); g >= 0 {
			e, demState = g, true
		}
	}
	if e < 0 && m.Kind == PronounMention && (m.Key == "its" || m.Key == "their") && !rs.kin[lemma] {
		if _, ok := unnamedSubject(doc, rs.lex, doc.Tokens[i].Sent-1); ok && clauseOpening(doc, i) {
			return -1, Span{}, false // the unnamed body the sentence before opens with
		}
		if m.Key == "its" && placeBody(doc, rs.lex, doc.Tokens[i].Sent, i) {
			return -1, Span{}, false // "Palau's parliament voted to remove its speaker": the body
		}
		// "Its chairman, X": the nearest organisation or country before
		e = rs.antecedent(doc, i)
	}
	if m.Kind == PronounMention && m.Key == "its" && !rs.kin[lemma] && i >= 3 && isVerbTag(doc.Tokens[i-1].Tag) && rs.lex.reportVerb[doc.Tokens[i-1].Lower] &&
		rs.bodies[doc.Tokens[i-2].Lower] && doc.TokMention[i-2] < 0 && !isCap(doc.Tokens[i-2].Text) {
		// "Peru recalled its envoy. The foreign ministry said its
		// ambassador, X, ...": the state whose body speaks, not the
		// country named last
		if g := rs.stateSubject(doc, doc.Tokens[i].Sent); g >= 0 {
			e = g
		}
	}
	if m.Kind == PronounMention && m.Key == "its" && stateOfficeOf[lemma] && clauseOpening(doc, i) {
		// "The regional government of Bavaria said ... Its economy
		// minister, X,": the state that last acted as a subject, past
		// companies and places named in between
		if g := rs.stateSubject(doc, doc.Tokens[i].Sent); g >= 0 {
			e = g
		}
	}
	if e >= 0 && m.Kind == PronounMention && m.Key == "their" && doc.Entities[e].Type != schema.Organization && !demState {
		return -1, Span{}, false // "their coach": often people, not a country
	}
	if e < 0 || e >= len(doc.Entities) {
		return -1, Span{}, false
	}
	switch doc.Entities[e].Type {
	case schema.Organization, schema.Country, schema.Location:
		// (a company has rivals too: "Halden's smaller rival")
		if rs.kin[lemma] && !(firmRivals[lemma] && doc.Entities[e].Type == schema.Organization) || m.Kind == PronounMention && doc.Tokens[i].Lower != "its" && doc.Tokens[i].Lower != "their" {
			return -1, Span{}, false
		}
	case schema.Person:
		if m.Kind == PronounMention && !(rs.personal[lemma] && (m.Key == "his" || m.Key == "her") && (clauseStart(doc, i) || onlyPersonBefore(doc, i, e))) {
			// "his brother" inside a sentence: the pronoun's antecedent is
			// too uncertain; "His agent, X, said" opening a sentence takes
			// the person the pronoun resolves to, and so does "Y sacked
			// her spokesman, X" when Y is the only person before it
			return -1, Span{}, false
		}
		if !rs.personal[lemma] || m.Kind == DescriptionMention && m.Role != "" && !staffLemma(lemma) && !oneOfTies[lemma] {
			return -1, Span{}, false // (but "the president's chief of staff" is the president's aide, and "one of the president's allies" the president's ally)
		}
	default:
		return -1, Span{}, false
	}
	return e, m.Span, true
}

// theModified reports whether the noun at token i follows "the" and at
// most two lower-case modifiers before a possessive: "the rail
// operator's", "the state carrier's".
func theModified(doc *Document, i int) bool {
	if i+1 >= len(doc.Tokens) || !isPossessive(doc, i+1) {
		return false
	}
	for t := i - 1; t >= 0 && t >= i-3; t-- {
		tk := &doc.Tokens[t]
		if tk.Lower == "the" {
			return true
		}
		if isCap(tk.Text) || !(tk.Tag == "JJ" || tk.Tag == "NN") || doc.TokMention[t] >= 0 {
			return false
		}
	}
	return false
}

// onlyPersonWindow bounds, in tokens, how far back in its sentence
// onlyPersonBefore looks.
const onlyPersonWindow = 60

// onlyPersonBefore reports whether the people mentioned in token i's
// sentence before it are all entity e, and there is one: a possessive
// pronoun at i then has no other antecedent in its sentence.
func onlyPersonBefore(doc *Document, i, e int) bool {
	seen := false
	from := doc.mentionAtOrAfter(max(doc.Sentences[doc.Tokens[i].Sent].First, i-onlyPersonWindow))
	for n := from; n < len(doc.Mentions); n++ {
		m := &doc.Mentions[n]
		if m.First >= i {
			break
		}
		if m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Person {
			if m.Entity != e {
				return false
			}
			seen = true
		}
	}
	return seen
}

// stateOfficeOf are the role lemmas of offices only a state or a
// government holds, whose "its" is never a company's.
var stateOfficeOf = map[string]bool{"minister": true, "prime minister": true, "premier": true, "chancellor": true, "attorney general": true, "solicitor general": true}

// maxStateSubjectBack bounds how many sentences back stateSubject looks.
const maxStateSubjectBack = 3

// stateSubject returns the state that is the subject of one of the few
// sentences before sentence si, the nearest first: a country or place
// ("Bavaria said"), or the place of a government ("The regional
// government of Bavaria said", "Bavaria's government said"). A
// sentence whose subject is something else (a company, a person) is
// passed over. -1 if none.
func (rs *RoleStage) stateSubject(doc *Document, si int) int {
	if doc.presplit {
		return -1
	}
	for p := si - 1; p >= 0 && p >= si-maxStateSubjectBack; p-- {
		s := doc.Sentences[p]
		if s.Skip {
			continue
		}
		first := s.First
		if end := openingPhraseEnd(doc, p); end > 0 {
			first = end
		}
	scan:
		for t := first; t < s.Last && t < first+12; t++ {
			tk := &doc.Tokens[t]
			if isVerbTag(tk.Tag) || tk.Tag == "MD" || tk.Lower == "," {
				break
			}
			mi := doc.TokMention[t]
			if mi < 0 || doc.Mentions[mi].First != t {
				continue
			}
			m := &doc.Mentions[mi]
			e := m.Entity
			if m.Kind == DemonymMention && e >= 0 && doc.Entities[e].Type == schema.Country {
				// "The Bolivian government said": the state
				for h := m.Last; h < s.Last && h <= m.Last+2; h++ {
					if stateBody(doc, m.First, h) {
						return e
					}
				}
			}
			if e < 0 || e >= len(doc.Entities) || m.Kind == PronounMention || m.Kind == DemonymMention {
				break
			}
			switch {
			case t-2 >= first && doc.Tokens[t-1].Lower == "of" && doc.Tokens[t-2].Lower == "government":
			case t-2 >= first && doc.Tokens[t-1].Lower == "of" && regionNouns[doc.Tokens[t-2].Lower]:
				// "The state of Lower Saxony also objected. Its economy
				// minister, X,": the region
			case t > first && doc.Tokens[t-1].Tag == "IN":
				break scan // "Talks between Peru and Chile": not the subject
			case doc.Entities[e].Type == schema.Country || doc.Entities[e].Type == schema.Location:
			case m.Last+1 < s.Last && isPossessive(doc, m.Last) && doc.Tokens[m.Last+1].Lower == "government":
			default:
				break scan
			}
			if m.Last < s.Last && doc.Tokens[m.Last].Lower == "of" {
				break // "the people of X": not the state acting
			}
			if g := possessedGovernment(doc, m, s.Last); g >= 0 {
				// "Sudan's Khartoum-based Government of Unity said. Its
				// foreign minister, X,": the government the state's
				// possessive qualifies is the subject, not the state
				return g
			}
			return e
		}
	}
	return -1
}

// possessedGovernment returns the named government that the possessive
// country or place mention m qualifies in the noun phrase it opens
// ("Sudan's Khartoum-based Government of Unity", before the phrase's
// verb, comma or preposition, end exclusive), or -1: an organisation
// whose name has the word "government".
func possessedGovernment(doc *Document, m *Mention, end int) int {
	if m.Last >= end || !isPossessive(doc, m.Last) {
		return -1
	}
	for t := m.Last + 1; t < end && t <= m.Last+4; t++ {
		tk := &doc.Tokens[t]
		if isVerbTag(tk.Tag) || tk.Tag == "MD" || tk.Lower == "," {
			return -1
		}
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t {
			if tk.Tag == "IN" {
				return -1
			}
			continue
		}
		g := doc.Mentions[mi].Entity
		if doc.Mentions[mi].Kind != NameMention || g < 0 || doc.Entities[g].Type != schema.Organization {
			return -1
		}
		for _, w := range strings.Fields(doc.Entities[g].Name) {
			if toLower(w) == "government" {
				return g
			}
		}
		return -1
	}
	return -1
}

// clauseStart reports whether token i opens a sentence or a clause
// joined by ", and", ", but" or ";".
func clauseStart(doc *Document, i int) bool {
	s := doc.Sentences[doc.Tokens[i].Sent]
	switch {
	case i == s.First:
		return true
	case i-1 > s.First && doc.Tokens[i-1].Lower == ";":
		return true
	case i-2 > s.First && doc.Tokens[i-2].Lower == "," && (doc.Tokens[i-1].Lower == "and" || doc.Tokens[i-1].Lower == "but"):
		return true
	}
	return false
}

// recentOrg returns the organisation named last before token i whose
// name has noun as a word ("the union" after "the Dock Workers Union"), or
// -1.
func (rs *RoleStage) recentOrg(doc *Document, i int, noun string) int {
	return lastNamedOrg(doc, i, func(w string) bool { return w == noun }, func(r rune) bool { return r == ' ' || r == '-' })
}

// lastNamedOrg returns the organisation named last before token i, within
// maxRecentOrg tokens and, for given sentences, in its own sentence, one of
// whose lower-case name words (split at the runes sep accepts) match
// accepts, or -1.
func lastNamedOrg(doc *Document, i int, match func(word string) bool, sep func(rune) bool) int {
	return lastNameBefore(doc, i, func(mi, t int) bool {
		m := &doc.Mentions[mi]
		if m.First != t || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
			return false
		}
		for _, w := range strings.FieldsFunc(doc.Entities[m.Entity].Name, sep) {
			if match(toLower(w)) {
				return true
			}
		}
		// "Pappers, the paper workers' union, ... the union's chairman"
		w := appositionNoun(doc, m)
		return w != "" && match(w)
	})
}

// lastNameBefore returns the entity of the name mention that ok accepts
// last before token i, within maxRecentOrg tokens and, for given
// sentences, in its own sentence (given sentences are independent); -1
// if none. ok sees each token t of a name mention mi, from the last back.
func lastNameBefore(doc *Document, i int, ok func(mi, t int) bool) int {
	lo := 0
	if doc.presplit {
		lo = doc.Sentences[doc.Tokens[i].Sent].First
	}
	for t := i - 1; t >= lo && t >= i-maxRecentOrg; t-- {
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Kind == NameMention && ok(mi, t) {
			return doc.Mentions[mi].Entity
		}
	}
	return -1
}

// recentCountry returns the country named (not by a demonym) last before
// token i within maxRecentOrg tokens and, for given sentences, in its own
// sentence; -1 if none.
func recentCountry(doc *Document, i int) int {
	return lastNameBefore(doc, i, func(mi, _ int) bool { return isCountry(doc, mi) })
}

// regionNouns name a state's regions ("Salta province", "the state of
// Oaxaca").
var regionNouns = map[string]bool{"province": true, "state": true, "region": true, "county": true, "prefecture": true, "canton": true, "district": true}

// recentRegion returns the place named last before token i, within
// maxRecentOrg tokens and, for given sentences, in its own sentence, with
// the region noun beside its name ("Salta province", "the province of
// Salta", "Salta Province" as one name); -1 if none.
func recentRegion(doc *Document, i int, noun string) int {
	return lastNameBefore(doc, i, func(mi, t int) bool {
		m := &doc.Mentions[mi]
		if m.First != t || m.Entity < 0 {
			return false
		}
		if typ := doc.Entities[m.Entity].Type; typ != schema.Location && typ != schema.Organization {
			return false
		}
		after := m.Last < len(doc.Tokens) && doc.Tokens[m.Last].Lower == noun || doc.Tokens[m.Last-1].Lower == noun
		before := m.First >= 2 && doc.Tokens[m.First-1].Lower == "of" && doc.Tokens[m.First-2].Lower == noun
		return after || before
	})
}

// bodyOwner returns the country whose body (ministry, army ...) the noun
// at token i names again: the country before the same noun the last time
// the document named one there ("China's commerce ministry said ... a
// ministry spokesman"), or -1.
func bodyOwner(doc *Document, i int) int {
	noun := doc.Tokens[i].Lower
	for t := i - 1; t >= 0 && t >= i-maxRecentOrg; t-- {
		if doc.Tokens[t].Lower != noun {
			continue
		}
		for k := t - 1; k >= 0 && k >= t-4 && doc.Tokens[k].Sent == doc.Tokens[t].Sent; k-- {
			tk := &doc.Tokens[k]
			if mi := doc.TokMention[k]; mi >= 0 && doc.Mentions[mi].Entity >= 0 && doc.Entities[doc.Mentions[mi].Entity].Type == schema.Country {
				return doc.Mentions[mi].Entity
			}
			if isVerbTag(tk.Tag) || tk.Tag == "MD" || tk.Lower == "," || tk.Tag == "IN" && !isPossessive(doc, k) {
				break
			}
		}
	}
	return -1
}

// maxRecentOrg bounds how many tokens back recentOrg looks.
const maxRecentOrg = 400

// antecedent returns the organisation or country an unresolved "its" or
// "their" at token i refers to: the nearest one earlier in its sentence,
// else the first one of the previous sentence; -1 if none.
func (rs *RoleStage) antecedent(doc *Document, i int) int {
	ok := func(t int) int {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].Kind == PronounMention {
			return -1
		}
		e := doc.Mentions[mi].Entity
		if e >= 0 && (doc.Entities[e].Type == schema.Organization || doc.Entities[e].Type == schema.Country) {
			return e
		}
		return -1
	}
	si := doc.Tokens[i].Sent
	for t := i - 1; t >= doc.Sentences[si].First && t >= i-maxAntecedentWindow; t-- {
		if e := ok(t); e >= 0 {
			return e
		}
	}
	if si == 0 || doc.presplit {
		return -1
	}
	p := doc.Sentences[si-1]
	first := p.First
	if end := openingPhraseEnd(doc, si-1); end > 0 {
		first = end
	}
	for t := first; t < p.Last && t < first+maxAntecedentWindow; t++ {
		if e := ok(t); e >= 0 {
			return e
		}
	}
	return -1
}

// country returns the entity of a country named by a demonym, adding it
// to the document when it has no mention yet.
func (rs *RoleStage) country(doc *Document, i int) (int, Span, bool) {
	if k := doc.TokMention[i]; k >= 0 && doc.Mentions[k].Last-doc.Mentions[k].First > 1 && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Country {
		// "North Korean": the two-word demonym's country, not "Korean"
		return doc.Mentions[k].Entity, doc.Mentions[k].Span, true
	}
	name, ok := rs.lex.demonyms[word(doc, i)]
	if !ok {
		return -1, Span{}, false
	}
	if c, ok := rs.lex.countries[toLower(name)]; ok {
		name = c
	}
	for e := range doc.Entities {
		if doc.Entities[e].Type == schema.Country && strings.EqualFold(doc.Entities[e].Name, name) {
			return e, doc.Tokens[i].Span, true
		}
	}
	doc.Entities = append(doc.Entities, Entity{Name: properCase(name), Type: schema.Country, Nation: -1, Mentions: 1, Aliases: []string{doc.Tokens[i].Text}})
	return len(doc.Entities) - 1, doc.Tokens[i].Span, true
}

// isPossessive reports whether token i is a possessive clitic.
func isPossessive(doc *Document, i int) bool {
	t := &doc.Tokens[i]
	return t.Tag == "POS" || t.Lower == "'s" || t.Lower == "’s" || t.Lower == "'" || t.Lower == "’"
}

// possessor returns the institution whose possessive ends at token end
// ("Russia's", "Its", "the company's").
func (rs *RoleStage) possessor(doc *Document, lo, end int, lemma string) (int, Span, bool) {
	if end < lo {
		return -1, Span{}, false
	}
	if isPossessive(doc, end) && end-1 >= lo {
		return rs.institution(doc, end-1, lemma)
	}
	switch doc.Tokens[end].Lower {
	case "its", "their", "his", "her":
		return rs.institution(doc, end, lemma)
	case "whose":
		// "the union, whose leader, X,": the noun phrase just before
		t := end - 1
		if t >= 0 && doc.Tokens[t].Lower == "," {
			t--
		}
		if t >= 0 && doc.Tokens[t].Sent == doc.Tokens[end].Sent && (doc.TokMention[t] < 0 || doc.Mentions[doc.TokMention[t]].Kind != PronounMention) {
			if t > 0 && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text) && rs.lex.orgWords[doc.Tokens[t].Lower] {
				// "the CGT union, whose leader": the name before its kind
				if k := doc.TokMention[t-1]; k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Organization {
					return doc.Mentions[k].Entity, doc.Mentions[k].Span, true
				}
			}
			return rs.institution(doc, t, lemma)
		}
	}
	return -1, Span{}, false
}

// prefix finds a role stated before the name: "[institution] [modifiers]
// role [Title] Name".
func (rs *RoleStage) prefix(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	j := m.First - 1
	if j-1 > s.First && doc.Tokens[j].Lower == "and" {
		// "Justices X and Y": the plural title before the first name is
		// the second's too
		if pk := doc.TokMention[j-1]; pk >= 0 && doc.Mentions[pk].Last == j && rs.isHolder(doc, pk) {
			if t := doc.Mentions[pk].First - 1; t >= s.First && (doc.Tokens[t].Tag == "NNS" || doc.Tokens[t].Tag == "NNPS") {
				j = t
			}
		}
	}
	return rs.prefixFrom(doc, s, mi, j)
}

// pairedPrefix finds a possessed role joined by "and" to another
// description before the name: "his one-time deputy and bitter rival X"
// is the possessor's deputy (prefix reads the second).
func (rs *RoleStage) pairedPrefix(doc *Document, s Sentence, mi int) (roleHit, bool) {
	j := doc.Mentions[mi].First - 1
	if j-2 <= s.First || isCap(doc.Tokens[j].Text) || !isNounTag(doc.Tokens[j].Tag) {
		return roleHit{}, false
	}
	t := j - 1
	for t > s.First && j-t < 3 && (doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "JJS") && !isCap(doc.Tokens[t].Text) {
		t--
	}
	if t-2 < s.First || doc.Tokens[t].Lower != "and" {
		return roleHit{}, false
	}
	_, ra, ok := rs.roleEnding(doc, s.First, t-1)
	if !ok {
		return roleHit{}, false
	}
	p := ra - 1
	for p > s.First && rs.mods[word(doc, p)] {
		p--
	}
	if p < s.First || doc.Tokens[p].Tag != "PRP$" && !isPossessive(doc, p) {
		return roleHit{}, false
	}
	return rs.prefixFrom(doc, s, mi, t-1)
}

// prefixFrom reads the role ending at token j before the name of mention
// mi (see prefix).
func (rs *RoleStage) prefixFrom(doc *Document, s Sentence, mi, j int) (roleHit, bool) {
	// an honorific between the role and the name: "lord chancellor Lord X"
	if j >= s.First {
		if r, ok := rs.lex.titles[word(doc, j)]; ok && r == "" {
			j--
		} else if rk := rankStart(doc, s.First, j); rk <= j && rk-1 >= s.First && !rs.longerRole(doc, s.First, j, rk) {
			// "Defence Minister General X", "LNA spokesman Major General
			// Y": the office, not the rank
			if _, _, ok := rs.roleEnding(doc, s.First, rk-1); ok {
				j = rk - 1
			}
		} else if styleTitles[r] && j-1 >= s.First && !rs.longerRole(doc, s.First, j, j) {
			// "Foreign Minister Prince X": the office, not the style
			if _, _, ok := rs.roleEnding(doc, s.First, j-1); ok {
				j--
			}
		}
	}
	lemma, a, ok := rs.roleEnding(doc, s.First, j)
	if !ok {
		return roleHit{}, false
	}
	surface := doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[j].Span.End]
	if j < s.Last && (doc.Tokens[j].Tag == "NNS" || doc.Tokens[j].Tag == "NNPS") && rs.isOffice(lemma) {
		// "Prime Ministers X and Y": of two states the title does not
		// tell, unless the lead names the two ("The foreign ministers of
		// A and B signed ... as Prime Ministers X and Y looked on"), in
		// the order it names them
		if e := rs.pairedState(doc, s, mi, lemma); e >= 0 {
			return roleHit{holder: mi, inst: e, instSp: Span{doc.Tokens[a].Span.Start, doc.Tokens[j].Span.End}, lemma: lemma, surface: surface, conf: 0.5}, true
		}
		return roleHit{}, false
	}
	k := a - 1
	if lemma == "minister" || lemma == "secretary" || lemma == "commissioner" || lemma == "judge" {
		// a portfolio before the office: "Fisheries Minister X", "Work
		// and Pensions Secretary X", "Norway's Foreign Affairs Secretary X"
		for k >= s.First && isCap(doc.Tokens[k].Text) && rs.lex.titleWords[word(doc, k)] {
			k--
			if k-1 >= s.First && (doc.Tokens[k].Lower == "and" || doc.Tokens[k].Lower == "&") && isCap(doc.Tokens[k-1].Text) && rs.lex.titleWords[word(doc, k-1)] {
				k--
			}
		}
	}
	// a portfolio that is a force of its own ("Police Commissioner X")
	ownForce := k+1 < a && rs.lex.orgWords[word(doc, a-1)]
	for n := 0; k >= s.First && n < 4; n++ {
		if firmRivals[lemma] && !isCap(doc.Tokens[k].Text) && doc.TokMention[k] < 0 && (doc.Tokens[k].Tag == "JJ" || doc.Tokens[k].Tag == "JJR" || doc.Tokens[k].Tag == "JJS") {
			k-- // "its smaller rival X"
			continue
		}
		if _, dem := rs.lex.demonyms[word(doc, k)]; dem {
			if firmRivals[lemma] {
				if k-1 >= s.First && (doc.Tokens[k-1].Tag == "PRP$" || isPossessive(doc, k-1)) {
					k-- // "its Japanese rival X": the possessor's rival, of that nation
					continue
				}
				return roleHit{}, false // "Dutch rival X": of no nation
			}
			if rs.nation[lemma] {
				k-- // "their Brazilian striker X": a nationality
				continue
			}
			if k-1 >= s.First && (doc.Tokens[k-1].Tag == "PRP$" || isPossessive(doc, k-1)) && rs.companyTitle(lemma, surface) {
				k-- // "its UK chief executive X": the possessor's, in that country
				continue
			}
			break
		}
		if openingAdjective(doc, doc.Tokens[k].Sent, k, k+1) {
			// "Main opposition leader X": an adjective of the opposition
			// capitalised by its place, no party's name
			k--
			continue
		}
		if mk := doc.TokMention[k]; mk >= 0 && doc.Mentions[mk].Kind != PronounMention && !(doc.Mentions[mk].Last-doc.Mentions[mk].First == 1 && rs.mods[word(doc, k)]) {
			// a name ends here ("Green Party co-leader"), unless it is a
			// demonym run into modifiers ("Norwegian Foreign Minister")
			f := doc.Mentions[mk].First
			if _, dem := rs.lex.demonyms[word(doc, f)]; dem && rs.allMods(doc, f+1, k+1) {
				k = f
			}
			break
		}
		if !rs.mods[word(doc, k)] {
			break
		}
		k--
	}
	h := roleHit{holder: mi, inst: -1, lemma: lemma, surface: surface, conf: 0.85}
	if k+1 < a && (k < s.First || !isCap(doc.Tokens[k].Text) && doc.TokMention[k] < 0) {
		// "Treasury Cabinet Secretary X", "Work and Pensions Secretary X":
		// the organisation the story names for the portfolio
		if e, sp, thing, ok := rs.portfolio(doc, k+1, a); ok {
			h.inst, h.instSp, h.thing = e, sp, thing
			return h, true
		}
	}
	if k >= s.First && k+1 == a && !rs.personal[lemma] {
		rs.retypeModifier(doc, k)
	}
	if k >= s.First {
		if mk := doc.TokMention[k]; mk >= 0 && doc.Mentions[mk].First < k && doc.Mentions[mk].Kind == NameMention {
			// a name ending in a demonym ("London Irish coach X") is the
			// institution itself
			if e, sp, ok := rs.institution(doc, k, lemma); ok {
				h.inst, h.instSp = rs.partyOf(doc, e, k, lemma), sp
				return h, true
			}
			return roleHit{}, false
		}
	}
	if k >= s.First && (doc.Tokens[k].Lower == "a" || doc.Tokens[k].Lower == "an") {
		return roleHit{}, false // "how good a prime minister X would be"
	}
	if k >= s.First && timeOpener(doc, s.First, k+1) {
		k = s.First - 1 // "On Monday Chief Executive X said": the title opens the clause
	}
	if k < s.First || !isCap(doc.Tokens[k].Text) && doc.TokMention[k] < 0 && !isPossessive(doc, k) {
		if k >= s.First {
			if h, ok := rs.commonOrg(doc, s, h, k); ok {
				return h, true
			}
		}
		if h, ok := rs.listedHolder(doc, s, h, k, surface); ok {
			return h, true
		}
		if k >= s.First && armedForces[doc.Tokens[k].Lower] && doc.TokMention[k] < 0 {
			return roleHit{}, false // "army chief X": an armed force's, no company's
		}
		if rs.companyTitle(lemma, surface) {
			// "The Securities Board barred independent director X": a
			// seat only a company's board has is no public body's
			seat := boardSeat(doc, k+1, a)
			company := func(e int) bool { return !seat || !publicName(doc.Entities[e].Name) }
			if h, ok := rs.sentenceOrg(doc, s, h, k); ok && company(h.inst) {
				return h, true
			}
			if h, ok := rs.previousSubjectOrg(doc, s, h); ok && company(h.inst) {
				return h, true
			}
			// "He was replaced by Chief Financial Officer X": the
			// company the story is about, when it names one often
			if e := rs.focusOrgWhere(doc, a, -1, company); e >= 0 && doc.Entities[e].Mentions >= 3 && !mediaOrg(doc, e) {
				h.inst, h.instSp, h.conf = e, doc.Tokens[a].Span, 0.4
				return h, true
			}
			return roleHit{}, false
		}
		if h, ok := rs.court(doc, h, a); ok {
			return h, true
		}
		if h.lemma == "governor" {
			// "Deputy governor X" in a story about a central bank: the
			// bank's, not a province's
			if e := lastNamedOrg(doc, a, func(string) bool { return true }, unicode.IsSpace); e >= 0 && centralBank(doc.Entities[e].Name) {
				h.inst, h.instSp, h.conf = e, doc.Tokens[a].Span, 0.5
				return h, true
			}
		}
		if h, ok := oppositionLeader(doc, s, h, a); ok {
			return h, true
		}
		if h, ok := rs.namedOffice(doc, h, a, j); ok && !ownForce {
			// "Police Commissioner X" after "the Electoral Commission":
			// the portfolio is the police, not the commission
			return h, true
		}
		return rs.office(doc, h, a, j)
	}
	if rs.opposingNation(doc, mi, k) {
		return roleHit{}, false
	}
	if e, sp, ok := rs.country(doc, k); ok {
		h.inst, h.instSp = e, sp
		return h, true
	}
	if e, sp, ok := rs.possessor(doc, s.First, k, lemma); ok {
		h.inst, h.instSp = e, sp
		return h, true
	}
	if mk := doc.TokMention[k]; mk >= 0 && doc.Mentions[mk].Kind != PronounMention {
		if e, sp, ok := rs.institution(doc, k, lemma); ok {
			h.inst, h.instSp = rs.partyOf(doc, e, k, lemma), sp
			if partyMemberOffices[lemma] && partyEntity(doc, h.inst) {
				// "Labour mayor X", "former Labour prime minister X": a
				// public office held by a member of the party
				h.lemma = "member"
			}
			return h, true
		}
	}
	if e, ok := rs.party(doc, k, lemma); ok {
		h.inst, h.instSp = e, doc.Tokens[k].Span
		return h, true
	}
	return roleHit{}, false
}

// pairedState returns, for name mention mi in a pair of names after a
// plural state office ("Prime Ministers X and Y"), the state of the two
// the lead names in the same place of its pair ("A and B"); -1 when the
// lead names no such pair or mi is in no pair of two people.
func (rs *RoleStage) pairedState(doc *Document, s Sentence, mi int, lemma string) int {
	if !rs.state[lemma] {
		return -1
	}
	m := &doc.Mentions[mi]
	person := func(k int) bool {
		return k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Person
	}
	second := m.First-2 >= s.First && doc.Tokens[m.First-1].Lower == "and" && person(doc.TokMention[m.First-2])
	first := m.Last+1 < s.Last && doc.Tokens[m.Last].Lower == "and" && person(doc.TokMention[m.Last+1])
	if first == second {
		return -1
	}
	if first {
		// not a list of three: "X and Y" ends there
		n := doc.TokMention[m.Last+1]
		if l := doc.Mentions[n].Last; l < s.Last && (doc.Tokens[l].Lower == "and" || doc.Tokens[l].Lower == ",") {
			return -1
		}
	}
	a, b, ok := leadStates(doc)
	if !ok {
		return -1
	}
	if second {
		return b
	}
	return a
}

// ofNamed reports whether "of" and a name follow mention mi ("Judge X of
// the Sofia City Court"), which says whose office it is.
func ofNamed(doc *Document, mi int) bool {
	t := doc.Mentions[mi].Last
	if t+1 >= len(doc.Tokens) || doc.Tokens[t].Lower != "of" {
		return false
	}
	if doc.Tokens[t+1].Lower == "the" && t+2 < len(doc.Tokens) {
		t++
	}
	k := doc.TokMention[t+1]
	return k >= 0 && doc.Mentions[k].Kind == NameMention
}

// unnamedCourt returns the span of the last court before token at that
// the story introduces by its place and no name ("A Paris court", "a
// Milan court"; not "a Paris Court of Appeal", a name) or by the common
// noun alone ("told the court").
func unnamedCourt(doc *Document, at int) (Span, bool) {
	for t := at - 1; t >= 2; t-- {
		if doc.Tokens[t].Lower != "court" || isCap(doc.Tokens[t].Text) || t+1 < len(doc.Tokens) && isCap(doc.Tokens[t+1].Text) && doc.Tokens[t+1].Sent == doc.Tokens[t].Sent {
			continue
		}
		a := t - 1
		for a > t-4 && a >= 0 && isCap(doc.Tokens[a].Text) && doc.Tokens[a].Lower != "a" {
			a--
		}
		if a == t-1 && doc.Tokens[a].Lower == "the" && doc.TokMention[t] < 0 {
			// "told the court": a court the story names by no name at all
			return Span{doc.Tokens[a].Span.Start, doc.Tokens[t].Span.End}, true
		}
		if a == t-1 || a < 0 || doc.Tokens[a].Lower != "a" || doc.Tokens[a].Sent != doc.Tokens[t].Sent {
			continue
		}
		return Span{doc.Tokens[a].Span.Start, doc.Tokens[t].Span.End}, true
	}
	return Span{}, false
}

// listedHolder gives a bare company title that follows another titled
// holder in a list the institution of that holder's title: "the
// resignation of Kestrel chairman A, director-general B and reporter C"
// (B is Kestrel's director-general). Token k ends the list before the
// title.
func (rs *RoleStage) listedHolder(doc *Document, s Sentence, h roleHit, k int, surface string) (roleHit, bool) {
	if k-1 < s.First || doc.Tokens[k].Lower != "," && doc.Tokens[k].Lower != "and" || !rs.companyTitle(h.lemma, surface) {
		return roleHit{}, false
	}
	pm := doc.TokMention[k-1]
	if pm < 0 || doc.Mentions[pm].Last != k || doc.Mentions[pm].Kind != NameMention || doc.Mentions[pm].Entity < 0 || doc.Entities[doc.Mentions[pm].Entity].Type != schema.Person {
		return roleHit{}, false
	}
	p, ok := rs.prefix(doc, s, pm)
	if !ok || p.inst < 0 || p.office || p.thing || doc.Entities[p.inst].Type != schema.Organization {
		return roleHit{}, false
	}
	h.inst, h.instSp, h.conf = p.inst, p.instSp, min(h.conf, 0.7)
	return h, true
}

// partyMemberOffices are public offices that a party's name before them
// gives the holder's party of, not the party's own office.
var partyMemberOffices = map[string]bool{"mayor": true, "prime minister": true, "premier": true, "governor": true}

// partyEntity reports whether organisation e is a political party by its
// name ("Labour", "the Tories", "the Freedom Party").
func partyEntity(doc *Document, e int) bool {
	if e < 0 || e >= len(doc.Entities) || doc.Entities[e].Type != schema.Organization {
		return false
	}
	low := toLower(doc.Entities[e].Name)
	return strings.HasSuffix(low, " party") || partyLabels[low] || partyLabels[strings.TrimSuffix(low, "s")] || low == "tories"
}

// opposingNation reports whether the demonym at token k before the
// opposition title of holder mention mi is only the holder's nationality,
// the party named after the name being the one the holder leads
// ("Armenian opposition leader X, of the Bright Homeland party,": no
// leader of Armenia).
func (rs *RoleStage) opposingNation(doc *Document, mi, k int) bool {
	m := &doc.Mentions[mi]
	if _, dem := rs.lex.demonyms[word(doc, k)]; !dem || k >= m.First || !slices.ContainsFunc(doc.Tokens[k+1:m.First], func(t Token) bool { return t.Lower == "opposition" }) {
		return false
	}
	h, ok := rs.affiliation(doc, doc.Sentences[doc.Tokens[k].Sent], mi)
	return ok && partyOffices[h.lemma]
}

// oppositionLeader reads "Opposition leader X" with no party before the
// title, the role's words starting at token a: the leader of the one
// party the story calls "the opposition Y" ("The motion, tabled by the
// opposition Civic Renewal Party, failed. Opposition leader X said"),
// else of the opposition, as a phrase, when the story names it as an
// actor of its own ("voted with the opposition"); the phrase too when a
// party follows the name ("Opposition leader X of the Civic Forum",
// "Opposition leader X, whose Civic Forum tabled the motion,"), which the
// holder's other finders read.
func oppositionLeader(doc *Document, s Sentence, h roleHit, a int) (roleHit, bool) {
	t := a
	if word(doc, t) != "opposition" {
		t--
	}
	if h.lemma != "leader" || t < s.First || word(doc, t) != "opposition" {
		return roleHit{}, false
	}
	party, bare := -1, false
	for i := 1; i+1 < len(doc.Tokens); i++ {
		if doc.Tokens[i].Lower != "opposition" || doc.Tokens[i+1].Sent != doc.Tokens[i].Sent {
			continue
		}
		if next := &doc.Tokens[i+1]; doc.Tokens[i-1].Lower == "the" && !isNounTag(next.Tag) && doc.TokMention[i+1] < 0 {
			bare = true // "voted with the opposition on Monday"
			continue
		}
		k := doc.TokMention[i+1]
		if k < 0 || doc.Mentions[k].First != i+1 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 || doc.Entities[doc.Mentions[k].Entity].Type != schema.Organization {
			continue
		}
		if e := doc.Mentions[k].Entity; party >= 0 && party != e {
			party = -2 // two opposition parties: the title does not tell which
		} else if party != -2 {
			party = e
		}
	}
	m := &doc.Mentions[h.holder]
	if n := m.Last; n+1 < s.Last && (doc.Tokens[n].Lower == "of" || doc.Tokens[n].Lower == "," && (doc.Tokens[n+1].Lower == "of" || doc.Tokens[n+1].Lower == "whose")) {
		party = -1
	}
	switch {
	case party >= 0:
		h.inst, h.instSp, h.conf = party, doc.Tokens[t].Span, 0.5
	case bare:
		h.inst, h.instSp, h.thing, h.conf = -1, doc.Tokens[t].Span, true, 0.5
	default:
		return roleHit{}, false
	}
	return h, true
}

// partyRoles are roles a party's name before them gives in that party.
var partyRoles = map[string]bool{"mp": true, "leader": true, "lawmaker": true, "candidate": true, "councillor": true, "spokesman": true,
	"peer": true, "member": true, "senator": true, "deputy": true, "chairman": true, "legislator": true}

// seatRoles are seats and offices in a house of parliament.
var seatRoles = map[string]bool{"speaker": true, "deputy speaker": true, "senator": true, "mp": true, "lawmaker": true, "legislator": true,
	"congressman": true, "congresswoman": true, "deputy": true}

// partyOffices are the offices a person holds in a party, not the seats
// its members hold elsewhere ("Senator X of the Liberal Party" is a member
// of it).
var partyOffices = map[string]bool{"leader": true, "chairman": true, "chair": true, "chairwoman": true, "president": true,
	"spokesman": true, "spokeswoman": true, "secretary general": true, "general secretary": true, "founder": true}

// party returns the party a title word at token k names before a party
// role ("Labour MP X"): the organisation the document names with that
// word first, else a new one.
func (rs *RoleStage) party(doc *Document, k int, lemma string) (int, bool) {
	name, ok := rs.parties[word(doc, k)]
	if !ok || !partyRoles[lemma] || !isCap(doc.Tokens[k].Text) || doc.TokMention[k] >= 0 {
		return -1, false
	}
	w := word(doc, k)
	for e := range doc.Entities {
		if en := &doc.Entities[e]; en.Type == schema.Organization && (strings.EqualFold(en.Name, name) || toLower(en.Name) == w) {
			return e, true
		}
	}
	doc.Entities = append(doc.Entities, Entity{Name: name, Type: schema.Organization, Nation: -1, Mentions: 1, Aliases: []string{doc.Tokens[k].Text}})
	return len(doc.Entities) - 1, true
}

// partyHeads are the roles a party's adjective before them names in the
// party ("Conservative leader X", "Liberal Democrat chief X", "Liberal
// MP X").
var partyHeads = map[string]bool{"leader": true, "chief": true, "whip": true, "mp": true, "lawmaker": true, "senator": true, "councillor": true, "candidate": true, "member": true}

// partyOf returns the party an organisation named by an adjective before
// a party head at token k stands for: the party the story also names as
// a plural or with "Party" ("the Conservatives", "the Conservative
// Party"), whose mentions it takes, else the same organisation named
// "<adjective> Party". Any other organisation is returned unchanged.
func (rs *RoleStage) partyOf(doc *Document, e, k int, lemma string) int {
	if e < 0 || e >= len(doc.Entities) || !partyHeads[lemma] || doc.Entities[e].Type != schema.Organization {
		return e
	}
	name := doc.Entities[e].Name
	low := toLower(name)
	base := strings.TrimSuffix(low, " party")
	for i := range doc.Entities {
		if i == e || doc.Entities[i].Type != schema.Organization {
			continue
		}
		n := strings.TrimPrefix(toLower(doc.Entities[i].Name), "the ")
		if n != base+"s" && n != base+" party" && !(base != low && n == base+"s") {
			continue
		}
		for mi := range doc.Mentions {
			if doc.Mentions[mi].Entity == e {
				doc.Mentions[mi].Entity = i
			}
		}
		doc.Entities[i].Aliases = append(doc.Entities[i].Aliases, doc.Entities[e].Aliases...)
		doc.Entities[i].Mentions += doc.Entities[e].Mentions
		renameArgs(doc, e, i, name)
		return i
	}
	if base == low && strings.HasSuffix(low, word(doc, k)) && partyAdjective(doc, k) {
		doc.Entities[e].Name = name + " Party"
		doc.Entities[e].Aliases = append(doc.Entities[e].Aliases, name)
		renameArgs(doc, e, e, name)
	}
	return e
}

// renameArgs points the relations already stated on entity from (under
// its old name) at entity to and its name.
func renameArgs(doc *Document, from, to int, old string) {
	for ri := range doc.Relations {
		for _, a := range []*Arg{&doc.Relations[ri].Subj, &doc.Relations[ri].Obj} {
			if a.Entity == from {
				a.Entity = to
				if a.Text == old {
					a.Text = doc.Entities[to].Name
				}
			}
		}
	}
}

// partyAdjective reports whether the capitalised word at token k reads as
// a party's adjective ("Conservative", "Liberal", "Social Democrat",
// "Republican") rather than the name of a movement or group ("Hamas").
func partyAdjective(doc *Document, k int) bool {
	tk := &doc.Tokens[k]
	if !isCap(tk.Text) || strings.ToUpper(tk.Text) == tk.Text {
		return false
	}
	if tk.Tag == "JJ" {
		return true
	}
	for _, suf := range []string{"ive", "al", "crat", "can"} {
		if strings.HasSuffix(tk.Lower, suf) {
			return true
		}
	}
	return false
}

// isDemonym reports whether token i is a capitalised demonym ("Polish",
// which a tagger may read as a verb).
func (rs *RoleStage) isDemonym(doc *Document, i int) bool {
	if !isCap(doc.Tokens[i].Text) {
		return false
	}
	_, ok := rs.lex.demonyms[word(doc, i)]
	return ok
}

// inRoleWord reports whether token t, read as a verb or other boundary, is
// part of a role phrase that starts at or after token a ("sporting
// director") or is a capitalised demonym ("Polish counterpart").
func (rs *RoleStage) inRoleWord(doc *Document, a, t int) bool {
	if t+1 >= len(doc.Tokens) || doc.Tokens[t+1].Sent != doc.Tokens[t].Sent {
		return false
	}
	if !isVerbTag(doc.Tokens[t].Tag) {
		return false
	}
	if rs.isDemonym(doc, t) {
		return true
	}
	for end := t + 1; end < len(doc.Tokens) && end <= t+rs.maxWords; end++ {
		if _, ra, ok := rs.roleEnding(doc, a, end); ok && ra <= t {
			return true
		}
	}
	return false
}

// retypeModifier makes the name ending at token k an organisation when
// it was read as a person but is the institution of a role that only an
// institution gives ("ABN AMRO analyst X", "chairman of Orvell Music"):
// people do not hold such roles' other end. A name known as a person from a title, a
// gendered honorific or a role of its own keeps its type.
func (rs *RoleStage) retypeModifier(doc *Document, k int) {
	mk := doc.TokMention[k]
	if mk < 0 || doc.Mentions[mk].Kind != NameMention || doc.Mentions[mk].Last != k+1 {
		return
	}
	e := doc.Mentions[mk].Entity
	if e < 0 || e >= len(doc.Entities) {
		return
	}
	en := &doc.Entities[e]
	if en.Type != schema.Person || en.Gender != 0 || len(en.Roles) > 0 || doc.Mentions[mk].Role != "" {
		return
	}
	en.Type = schema.Organization
}

// allMods reports whether every token of [a, b) is a role modifier.
func (rs *RoleStage) allMods(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		if !rs.mods[word(doc, t)] {
			return false
		}
	}
	return true
}

// office returns h as a government office held for the document's
// government when its role is one, the role's tokens being [a, b].
func (rs *RoleStage) office(doc *Document, h roleHit, a, b int) (roleHit, bool) {
	if !rs.isOffice(h.lemma) && !monarchs[toLower(h.surface)] {
		return roleHit{}, false
	}
	// the words right before the title (a shadow office is left to
	// shadowTitle, which judges every office the stage finds)
	for t := a - 1; t >= doc.Sentences[doc.Tokens[a].Sent].First && t >= a-3; t-- {
		tk := &doc.Tokens[t]
		if !(isNounTag(tk.Tag) || tk.Tag == "JJ") {
			break
		}
		if rs.lex.orgWords[tk.Lower] && !rs.bodies[tk.Lower] && !legislatures[tk.Lower] && !isCap(tk.Text) {
			return roleHit{}, false // "club president X", "party secretary X"
		}
	}
	h.office, h.inst, h.conf = true, -1, 0.5
	h.instSp = Span{doc.Tokens[a].Span.Start, doc.Tokens[b].Span.End}
	return h, true
}

// centralBank reports whether an organisation's name is a state's bank
// ("Reserve Bank of India", "Bank of England", "Central Bank of Kenya").
func centralBank(name string) bool {
	n := " " + toLower(name) + " "
	return strings.Contains(n, " bank of ") && (strings.HasPrefix(n, " bank of ") || strings.Contains(n, " reserve ") || strings.Contains(n, " central ") || strings.Contains(n, " national ")) ||
		strings.Contains(n, " central bank ") || strings.Contains(n, " reserve bank ")
}

// legislatures are organisation words of a state's own bodies.
var legislatures = map[string]bool{"parliament": true, "senate": true, "congress": true, "assembly": true, "house": true}

// commonOrg reads a lower-case compound naming an organisation that ends
// at token k before a title ("civil service chief X", "health service
// director X"): two or more nouns, the last an organisation word. The
// compound becomes the institution as a phrase.
func (rs *RoleStage) commonOrg(doc *Document, s Sentence, h roleHit, k int) (roleHit, bool) {
	if !rs.orgNoun(doc.Tokens[k].Lower) {
		return roleHit{}, false
	}
	a := k
	for a > s.First && a > k-3 {
		p := &doc.Tokens[a-1]
		if isCap(p.Text) || !(isNounTag(p.Tag) || p.Tag == "JJ") || rs.mods[p.Lower] && !isNounTag(p.Tag) || doc.TokMention[a-1] >= 0 {
			break
		}
		a--
	}
	if a == k {
		// "union leader X", "party chairman Y": the organisation named
		// before with that noun in its name
		if p := k - 1; p >= s.First && (doc.Tokens[p].Tag == "DT" && doc.Tokens[p].Lower != "the" || isPossessive(doc, p) || doc.TokMention[p] >= 0) {
			return roleHit{}, false // "a union leader", "its party chairman", "Acme union leader": another's
		}
		if w := doc.Tokens[k].Lower; w != "government" && w != "side" && !orgParts[w] {
			if e := rs.recentOrg(doc, k, w); e >= 0 {
				h.inst, h.instSp, h.thing, h.conf = e, doc.Tokens[k].Span, false, 0.6
				return h, true
			}
			if e := theNounEntity(doc, k, w); e >= 0 {
				// "The union said ... union president X": the union of
				// its own that coref made of "the union"
				h.inst, h.instSp, h.thing, h.conf = e, doc.Tokens[k].Span, false, 0.5
				return h, true
			}
			if theNounBefore(doc, k, w) {
				// "The union said ... union president X told reporters":
				// the body the story names only by its noun, as a phrase
				h.inst, h.instSp, h.thing, h.conf = -1, doc.Tokens[k].Span, true, 0.5
				return h, true
			}
		}
		return roleHit{}, false
	}
	h.instSp = Span{doc.Tokens[a].Span.Start, doc.Tokens[k].Span.End}
	if rs.bodies[doc.Tokens[k].Lower] {
		// "In Moscow, defence ministry spokesman X said": the body of the
		// country named with the same noun before, or of the place that
		// opens the sentence
		e := bodyOwner(doc, k)
		if e < 0 {
			e = openingCountry(doc, doc.Tokens[k].Sent, a)
		}
		if e >= 0 {
			h.inst, h.thing, h.conf = e, false, 0.6
			return h, true
		}
	}
	h.inst, h.thing, h.conf = -1, true, 0.6
	return h, true
}

// theNounEntity returns the organisation "the" and the noun w, a
// description mention, stand for within maxRecentOrg tokens before token
// k, or -1.
func theNounEntity(doc *Document, k int, w string) int {
	for t := k - 1; t >= 1 && t >= k-maxRecentOrg; t-- {
		if doc.Tokens[t].Lower != w || doc.Tokens[t-1].Lower != "the" || isCap(doc.Tokens[t].Text) {
			continue
		}
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DescriptionMention && doc.Mentions[m].Entity >= 0 && doc.Entities[doc.Mentions[m].Entity].Type == schema.Organization {
			return doc.Mentions[m].Entity
		}
		return -1
	}
	return -1
}

// theNounBefore reports whether the story writes "the" and the noun w,
// with no name, within maxRecentOrg tokens before token k ("The union
// said ...").
func theNounBefore(doc *Document, k int, w string) bool {
	for t := k - 1; t >= 1 && t >= k-maxRecentOrg; t-- {
		if doc.Tokens[t].Lower == w && doc.Tokens[t-1].Lower == "the" && (doc.TokMention[t] < 0 || doc.Mentions[doc.TokMention[t]].Entity < 0) && !isCap(doc.Tokens[t].Text) {
			return true
		}
	}
	return false
}

// companyTitle reports whether a role is held in a company, by its
// predicate lemma ("chief executive") or its own words when the lemma is
// more general ("Chief Financial Officer" gives "official").
func (rs *RoleStage) companyTitle(lemma, surface string) bool {
	return rs.company[lemma] || rs.company[toLower(surface)]
}

// sentenceOrg gives a bare company title ("chief executive X") the
// organisation named last before token k in the sentence, when no person,
// country or other organisation stands between them.
func (rs *RoleStage) sentenceOrg(doc *Document, s Sentence, h roleHit, k int) (roleHit, bool) {
	for t := k; t >= s.First; t-- {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].Kind == PronounMention || doc.Mentions[mi].Entity < 0 {
			continue
		}
		if doc.Tokens[t].Quote && !doc.Tokens[k].Quote {
			// '"Our door is open to the union," managing director
			// X said': a body the quotation names is not the speaker's
			return roleHit{}, false
		}
		e := doc.Mentions[mi].Entity
		if doc.Entities[e].Type != schema.Organization {
			return roleHit{}, false
		}
		h.inst, h.instSp, h.conf = e, doc.Mentions[mi].Span, 0.5
		return h, true
	}
	return roleHit{}, false
}

// boardSeat reports whether the modifiers [a, b) of a title make it a
// seat on a company's board: "independent director X", "outside director
// X", "non-executive director X".
func boardSeat(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		switch doc.Tokens[t].Lower {
		case "independent", "outside", "non-executive", "nonexecutive":
			return true
		}
	}
	return false
}

// boardOwner returns the organisation whose board the text before token
// i names most often by its name or "its" ("Acme's board", "its board"),
// or -1.
func boardOwner(doc *Document, i int) int {
	count := map[int]int{}
	best, bestN := -1, 0
	for t := max(2, i-maxFocusWindow); t < i; t++ {
		if doc.Tokens[t].Lower != "board" || doc.Tokens[t-1].Sent != doc.Tokens[t].Sent {
			continue
		}
		mi := -1
		if isPossessive(doc, t-1) {
			mi = doc.TokMention[t-2]
		} else if doc.Tokens[t-1].Lower == "its" {
			mi = doc.TokMention[t-1]
		}
		if mi < 0 || doc.Mentions[mi].Kind == DescriptionMention {
			continue // "the company's board": a description may be either side
		}
		if e := doc.Mentions[mi].Entity; e >= 0 && doc.Entities[e].Type == schema.Organization {
			if count[e]++; count[e] > bestN {
				best, bestN = e, count[e]
			}
		}
	}
	return best
}

// nationalSeat reports whether a seat on a company's board follows the
// demonym at token t among tokens (t, end): "an American board member",
// "a French independent director" give the holder's nationality, no
// office of the state.
func nationalSeat(doc *Document, t, end int) bool {
	for k := t + 1; k < end; k++ {
		if doc.Tokens[k].Lower == "board" {
			return true
		}
	}
	return boardSeat(doc, t+1, end)
}

// styleTitles are titles of rank that can follow an office before a name
// ("Foreign Minister Prince X", "Defence Minister Sheikh Y", "Defence
// Minister General Z").
var styleTitles = map[string]bool{"prince": true, "princess": true, "sheikh": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"general": true, "admiral": true, "colonel": true, "brigadier": true, "marshal": true}

// militaryRanks are the roles of military ranks, and rankModifiers the
// words that make a rank of more words out of them ("Major General",
// "Rear Admiral", "Lieutenant Colonel", "Senior General"): a rank, not an
// office of a body named "Major".
var militaryRanks = map[string]bool{"general": true, "admiral": true, "colonel": true, "brigadier": true, "marshal": true}
var rankModifiers = map[string]bool{"major": true, "lieutenant": true, "brigadier": true, "rear": true, "vice": true, "senior": true, "field": true, "air": true}

// longerRole reports whether the role ending at token j starts before
// token rk ("Attorney General", not the rank "General").
func (rs *RoleStage) longerRole(doc *Document, lo, j, rk int) bool {
	_, a, ok := rs.roleEnding(doc, lo, j)
	return ok && a < rk
}

// armedForces name armed forces by their kind ("army chief X").
var armedForces = map[string]bool{"army": true, "navy": true, "military": true, "police": true, "militia": true}

// rankStart returns the first token of a military rank ending at token j
// ("Major General" before a name), j+1 when none ends there.
func rankStart(doc *Document, lo, j int) int {
	if j < lo || !militaryRanks[strings.TrimSuffix(doc.Tokens[j].Lower, ".")] || !isCap(doc.Tokens[j].Text) {
		return j + 1
	}
	a := j
	for a-1 >= lo && rankModifiers[doc.Tokens[a-1].Lower] && isCap(doc.Tokens[a-1].Text) {
		a--
	}
	return a
}

// timeOpener reports whether tokens [a, b) are a time phrase opening a
// sentence: "On Monday", "Later on Tuesday,", "In March".
func timeOpener(doc *Document, a, b int) bool {
	if b-a < 1 || b-a > 4 {
		return false
	}
	time := false
	for t := a; t < b; t++ {
		switch w := doc.Tokens[t].Lower; {
		case timeWords[w]:
			time = true
		case w == "on" || w == "in" || w == "later" || w == "earlier" || w == "," || doc.Tokens[t].Tag == "CD":
		default:
			return false
		}
	}
	return time
}

// agencyHeads head a description of a body that acts for a state
// ("Britain's competition regulator", "Thailand's competition watchdog").
var agencyHeads = map[string]bool{"regulator": true, "watchdog": true, "carrier": true, "broadcaster": true}

// agencyNameWords end the name of a state body ("Germany's Federal Cartel
// Office", "Kenya's Competition Authority").
var agencyNameWords = map[string]bool{"office": true, "authority": true, "commission": true, "agency": true, "regulator": true, "board": true, "council": true, "directorate": true}

// stateAgencies states that an organisation a country's possessive
// describes or names acts for that country: "Britain's competition
// regulator" (bound to the Competition and Markets Authority) and
// "Germany's Federal Cartel Office" are agencies of their states.
func (rs *RoleStage) stateAgencies(doc *Document) {
	if doc.presplit {
		return
	}
	done := map[[2]int]bool{}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization || m.First < 2 {
			continue
		}
		head := doc.Tokens[m.Last-1].Lower
		switch {
		case m.Kind == DescriptionMention && agencyHeads[head]:
		case m.Kind == NameMention && agencyNameWords[head]:
		default:
			continue
		}
		// back over lower-case modifiers to "Country 's"
		k := m.First - 1
		if m.Kind == DescriptionMention {
			for k > 0 && k >= m.First-3 && !isCap(doc.Tokens[k].Text) && (isNounTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "JJ") {
				k--
			}
		}
		if k < 1 || doc.Tokens[k].Tag != "POS" {
			continue
		}
		ci := doc.TokMention[k-1]
		if ci < 0 || !isCountry(doc, ci) || doc.Mentions[ci].Entity == m.Entity {
			continue
		}
		c := doc.Mentions[ci].Entity
		if done[[2]int{m.Entity, c}] {
			continue
		}
		done[[2]int{m.Entity, c}] = true
		si := doc.Tokens[m.First].Sent
		sp := Span{doc.Tokens[k+1].Span.Start, m.Span.End}
		doc.Relations = append(doc.Relations, Relation{
			Subj: Arg{Entity: m.Entity, Poss: -1, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]},
			Obj:  Arg{Entity: c, Poss: -1, Span: doc.Mentions[ci].Span, Text: doc.Text[doc.Mentions[ci].Span.Start:doc.Mentions[ci].Span.End]},
			Pred: "agency", PredText: doc.Text[sp.Start:sp.End], PredSpan: sp, Modality: schema.Asserted, Role: true,
			Confidence: 0.6, Sent: si, Span: Span{doc.Mentions[ci].Span.Start, m.Span.End},
		})
	}
}

// resignationVerbs announce or hand in the subject's own resignation
// ("announced her resignation", "handed in their resignations").
var resignationVerbs = map[string]bool{"announce": true, "submit": true, "tender": true, "hand": true, "offer": true}

// resignationAt reports whether the words from t on are "resignation" or
// "resignations" after a possessive pronoun ("his resignation"), and
// returns the noun's token.
func resignationAt(doc *Document, s Sentence, t int) (int, bool) {
	if t+1 < s.Last && ownerPronouns[doc.Tokens[t].Lower] && (doc.Tokens[t+1].Lower == "resignation" || doc.Tokens[t+1].Lower == "resignations") {
		return t + 1, true
	}
	return 0, false
}

// leaving states that the holder of a company role left the company when the
// sentence that names the role has the holder resign or quit with no
// "from" or "as" of its own ("MTN Group chief executive X resigned on
// Monday": X resigned from MTN Group), announce or hand in a resignation
// ("Brava Foods' chairman, Ivo Marek, announced his resignation"), or
// when the role is what a resignation is of ("the resignation in June of
// Brava Foods' auditor, Pettler & Co").
func (rs *RoleStage) leaving(doc *Document, s Sentence, si int, h roleHit) {
	if h.inst < 0 || h.thing || doc.presplit || (orgRoles[h.lemma] || stakeRoles[h.lemma]) && h.lemma != "auditor" || rivalRoles[h.lemma] {
		return // (an owner or adviser is no officer who quits, nor is an ally or rival; an auditor resigns its audit)
	}
	inst, instSp := h.inst, h.instSp
	if doc.Entities[inst].Type == schema.Country && rs.offices[h.lemma] {
		// "Italy's regional affairs minister, X, has resigned": a minister
		// leaves the government the story names, not the country
		g := government(doc)
		if g < 0 {
			return
		}
		inst = g
		for i := range doc.Mentions {
			if doc.Mentions[i].Entity == g {
				instSp = doc.Mentions[i].Span // the text that names it
				break
			}
		}
	} else if doc.Entities[inst].Type != schema.Organization {
		return
	}
	m := &doc.Mentions[h.holder]
	// (a head of government who hands in a resignation brings the
	// government down rather than leaving it: the nouns below are not
	// read for one)
	head := h.lemma == "lead" || headOffices[h.lemma] && !subordinateTitle(h.surface)
	resigned := func(from, to int) {
		if head {
			return
		}
		subj := Arg{Entity: m.Entity, Poss: -1, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]}
		obj := Arg{Entity: inst, Poss: -1, Span: instSp, Text: doc.Text[instSp.Start:instSp.End]}
		ps := Span{doc.Tokens[from].Span.Start, doc.Tokens[to].Span.End}
		doc.Relations = append(doc.Relations, Relation{
			Subj: subj, Obj: obj, Pred: "resign", PredText: doc.Text[ps.Start:ps.End], PredSpan: ps, Modality: schema.Asserted,
			Confidence: 0.6, Sent: si, Span: Span{min(subj.Span.Start, ps.Start), max(obj.Span.End, ps.End)},
		})
	}
	// "the resignation in June of Brava Foods' auditor, Pettler & Co": the
	// "of" before the role's phrase, a few words after the noun
	if f := min(m.First, doc.tokenFrom(instSp.Start)); f >= s.First+2 && doc.Tokens[f-1].Lower == "of" {
		for t := f - 2; t >= s.First && t >= f-5; t-- {
			if w := doc.Tokens[t].Lower; w == "resignation" || w == "resignations" {
				resigned(t, t)
				return
			}
			if isVerbTag(doc.Tokens[t].Tag) || doc.Tokens[t].Lower == "," {
				break
			}
		}
	}
	end := m.Last + 12
	for t := m.Last; t < s.Last && t < end; t++ {
		tk := &doc.Tokens[t]
		if c := participleEnd(doc, s, m, t); c > t {
			// "X, appointed in March, quit": the participle is no verb
			// of the holder's own
			end += c - t
			t = c
			continue
		}
		if c := leaverRelEnd(doc, s, t); c > t {
			// "X, a director who chaired the pay committee, resigned":
			// the relative clause is closed by a comma that the departure
			// itself follows
			end += c - t
			t = c
			continue
		}
		switch {
		case tk.Lower == "who" || tk.Lower == "which" || tk.Lower == "said" || tk.Lower == "that":
			return
		case resignationVerbs[tk.Lemma] && isVerbTag(tk.Tag):
			// "announced his resignation", "handed in their resignations"
			n := t + 1
			if n < s.Last && doc.Tokens[n].Lower == "in" {
				n++
			}
			noun, ok := resignationAt(doc, s, n)
			if !ok || tk.Tag != "VBD" && tk.Tag != "VBZ" && tk.Tag != "VBN" {
				return
			}
			// "the army chief, Ivo Marek, announced her resignation":
			// another's; one announces others' resignations too, so after
			// "announce" the pronoun must be known to be the holder's
			g, own := genderOf(&doc.Entities[m.Entity]), doc.Tokens[n].Lower
			if g == 'm' && own == "her" || g == 'f' && own == "his" || tk.Lemma == "announce" && g == 0 && (own == "his" || own == "her") {
				return
			}
			for n := t - 1; n >= m.Last && n >= t-3; n-- {
				if negWord(doc.Tokens[n].Lower) || doc.Tokens[n].Tag == "MD" || doc.Tokens[n].Lower == "to" {
					return // "did not offer his resignation", "refused to hand in"
				}
			}
			resigned(t, noun)
			return
		case tk.Lemma == "resign" || tk.Lemma == "quit" || tk.Lemma == "step" && t+1 < s.Last && (doc.Tokens[t+1].Lower == "down" || doc.Tokens[t+1].Lower == "aside"):
			if tk.Tag != "VBD" && tk.Tag != "VBZ" && tk.Tag != "VBN" && !(tk.Lower == "quit" && doc.Tokens[t-1].Lower == ",") {
				return
			}
			for n := t - 1; n >= m.Last && n >= t-3; n-- {
				if negWord(doc.Tokens[n].Lower) || doc.Tokens[n].Tag == "MD" || doc.Tokens[n].Lower == "to" {
					return // "did not resign", "would resign", "refused to quit"
				}
			}
			after := t + 1
			if tk.Lemma == "step" {
				after++ // "stepped down from"
			}
			if after < s.Last && (doc.Tokens[after].Lower == "from" || doc.Tokens[after].Lower == "as") {
				return // the relation stage has it
			}

			subj := Arg{Entity: m.Entity, Poss: -1, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]}
			obj := Arg{Entity: inst, Poss: -1, Span: instSp, Text: doc.Text[instSp.Start:instSp.End]}
			doc.Relations = append(doc.Relations, Relation{
				Subj: subj, Obj: obj, Pred: tk.Lemma, PredText: tk.Text, PredSpan: tk.Span, Modality: schema.Asserted,
				Confidence: 0.6, Sent: si, Span: Span{min(subj.Span.Start, tk.Span.Start), max(obj.Span.End, tk.Span.End)},
			})
			return
		case isVerbTag(tk.Tag) || tk.Tag == "MD":
			if tk.Lemma != "have" && tk.Lemma != "be" {
				return
			}
		}
	}
}

// leaverRelEnd returns the comma that closes a relative clause on a
// holder when t is its "who" and the word right after that comma is a
// past-tense "resigned", "quit" or "stepped" ("Deputy Minister X, who also
// held the home portfolio, resigned"), and -1 otherwise. Only a clause
// the departure itself follows is skipped: the clause may hold no other
// comma, quotation or reporting verb.
func leaverRelEnd(doc *Document, s Sentence, t int) int {
	if doc.Tokens[t].Lower != "who" || t == s.First {
		return -1
	}
	for c := t + 1; c < s.Last-1 && c < t+16; c++ {
		switch doc.Tokens[c].Lower {
		case ",":
			n := &doc.Tokens[c+1]
			// (the tagger reads a past verb after the clause's comma as a
			// participle too: "..., resigned/VBN on Sunday")
			if n.Tag != "VBD" && n.Tag != "VBN" || !(n.Lemma == "resign" || n.Lemma == "quit" || n.Lemma == "step" && c+2 < s.Last && doc.Tokens[c+2].Lower == "down") {
				return -1
			}
			return c
		case ";", ":", "(", ")", "\"", "said", "says", "who", "which", "that":
			return -1
		}
	}
	return -1
}

// participleEnd returns the comma that closes a past participle clause
// set off after the holder m, when t is where it opens ("X, appointed
// health secretary on Tuesday, resigned"), and -1 otherwise. The clause
// must open with the comma right after the holder and close with a comma
// before a finite verb, a modal or an adverb ("X, resigned in protest,
// saying ..." is no clause). (A relative clause is not skipped: "X, who
// ..., resigned" lowered a held-out article.)
func participleEnd(doc *Document, s Sentence, m *Mention, t int) int {
	tk := &doc.Tokens[t]
	part := (tk.Tag == "VBN" || tk.Tag == "VBD" && !sayingVerbs[tk.Lemma]) && !leaveVerbs[tk.Lemma] && tk.Lemma != "quit"
	if !part || t != m.Last+1 || m.Last >= s.Last || doc.Tokens[m.Last].Lower != "," {
		return -1
	}
	for c := t + 1; c < s.Last-1 && c < t+20; c++ {
		switch doc.Tokens[c].Lower {
		case ",":
			if n := &doc.Tokens[c+1]; n.Tag == "VBD" || n.Tag == "VBN" || n.Tag == "VBZ" || n.Tag == "VBP" || n.Tag == "MD" || n.Tag == "RB" {
				return c
			}
			return -1
		case ";", ":", "(", ")", "\"", "said", "says":
			return -1
		}
	}
	return -1
}

// coordinatedInst adds, for a role whose institution is coordinated with
// more names of its kind ("a big shareholder in both Kestrel Mining and
// Brio Energy", "the owner of Facebook, Instagram and WhatsApp"), the
// same role in each. A list joined by commas counts only when "and" ends
// it, so an apposition after the institution ("chairman of Acme, Volta's
// parent") is never read as one.
func (rs *RoleStage) coordinatedInst(doc *Document, s Sentence, hits []roleHit) []roleHit {
	n := len(hits)
	for i := 0; i < n; i++ {
		h := hits[i]
		if h.inst < 0 || h.thing || h.office {
			continue
		}
		var list []*Mention
		for t := doc.tokenFrom(h.instSp.End); t+1 < s.Last; {
			last := doc.Tokens[t].Lower == "and"
			if !last && doc.Tokens[t].Lower != "," {
				break
			}
			if !last && doc.Tokens[t+1].Lower == "and" && len(list) > 0 {
				t, last = t+1, true // the serial comma: "A, B, and C"
			}
			m := rs.listedInst(doc, s, h, t+1)
			if m == nil {
				break
			}
			list = append(list, m)
			if last {
				for _, m := range list {
					c := h
					c.inst, c.instSp = m.Entity, m.Span
					hits = append(hits, c)
				}
				break
			}
			t = m.Last
		}
	}
	return hits
}

// listedInst returns the name mention starting at token t when it names
// an institution of the kind of h's and ends a conjunct of its list; nil
// otherwise.
func (rs *RoleStage) listedInst(doc *Document, s Sentence, h roleHit, t int) *Mention {
	if t >= s.Last {
		return nil
	}
	mi := doc.TokMention[t]
	if mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Kind != NameMention {
		return nil
	}
	m := &doc.Mentions[mi]
	if m.Entity < 0 || m.Entity == h.inst || m.Entity == doc.Mentions[h.holder].Entity || doc.Entities[m.Entity].Type != doc.Entities[h.inst].Type {
		return nil
	}
	if m.Last < s.Last && (isPossessive(doc, m.Last) || !isBoundary(doc, m.Last)) {
		return nil // "head of Acme and Volta's largest shareholder"
	}
	return m
}

// demonymStateOpening returns the country of a sentence that opens with a
// demonym and a state body ("The Bolivian authorities protested", "The
// Chilean government said"), -1 otherwise.
func demonymStateOpening(doc *Document, si int) int {
	if si < 0 || doc.presplit {
		return -1
	}
	s := doc.Sentences[si]
	t := s.First
	if t < s.Last && doc.Tokens[t].Lower == "the" {
		t++
	}
	mi := -1
	if t < s.Last {
		mi = doc.TokMention[t]
	}
	if mi < 0 || doc.Mentions[mi].Kind != DemonymMention || doc.Mentions[mi].Entity < 0 || doc.Entities[doc.Mentions[mi].Entity].Type != schema.Country {
		return -1
	}
	for h := doc.Mentions[mi].Last; h < s.Last && h <= doc.Mentions[mi].Last+1; h++ {
		if stateBody(doc, doc.Mentions[mi].First, h) {
			return doc.Mentions[mi].Entity
		}
	}
	return -1
}

// mediaOrg reports whether the document names organisation e as a news
// outlet: a mention right after "broadcaster", "newspaper", "news agency"
// and the like, or right before one ("the Corvo Press news agency").
func mediaOrg(doc *Document, e int) bool { return roleFacts(doc).media[e] }

// docFacts are what the role stage reads about the whole document rather
// than about one sentence; a long input must not rescan its mentions for
// each title.
type docFacts struct {
	media        map[int]bool   // organisations named as news outlets (mediaOrg)
	countryNames map[int]int    // country -> mentions by name
	mediators    []int          // countries named as go-betweens (mediators)
	legislature  map[string]int // legislator's title -> chamber (legislatureFor)
	dateline     string         // the dateline's place, lower case (datelinePlace)
}

// roleFacts returns doc's facts, found on first use: the role stage runs
// after coreference, when the mentions are settled.
func roleFacts(doc *Document) *docFacts {
	if doc.facts != nil {
		return doc.facts
	}
	f := &docFacts{media: map[int]bool{}, countryNames: map[int]int{}, legislature: map[string]int{}}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Entity < 0 {
			continue
		}
		if m.First > 0 {
			switch doc.Tokens[m.First-1].Lower {
			case "broadcaster", "newspaper", "daily", "agency", "channel", "outlet", "paper", "tabloid", "magazine", "website", "network":
				f.media[m.Entity] = true
			}
		}
		if l := m.Last; l+1 < len(doc.Tokens) && doc.Tokens[l].Sent == doc.Tokens[m.First].Sent {
			// the kind after the name: "the Halden Post newspaper", "the
			// Corvo Press news agency reported"
			switch doc.Tokens[l].Lower {
			case "broadcaster", "newspaper", "daily", "tabloid", "magazine", "website":
				f.media[m.Entity] = true
			case "news":
				switch doc.Tokens[l+1].Lower {
				case "agency", "channel", "website", "service", "network", "outlet":
					f.media[m.Entity] = true
				}
			}
		}
		if m.Kind == NameMention && isCountry(doc, mi) {
			f.countryNames[m.Entity]++
		}
	}
	f.mediators = findMediators(doc)
	f.dateline = datelinePlace(doc)
	doc.facts = f
	return f
}

// previousSubjectOrg gives a company title that opens its sentence
// ("Google said it would appeal. Chief Executive X wrote ...") the
// organisation that opens the sentence before: the story has just made it
// the subject.
func (rs *RoleStage) previousSubjectOrg(doc *Document, s Sentence, h roleHit) (roleHit, bool) {
	si := doc.Tokens[s.First].Sent - 1
	for si >= 0 && doc.Sentences[si].Skip {
		si--
	}
	if si < 0 || doc.presplit {
		return roleHit{}, false
	}
	p := doc.Sentences[si]
	for t := p.First; t < p.Last; t++ {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Entity < 0 || doc.Mentions[mi].Kind == DemonymMention {
			continue
		}
		e := doc.Mentions[mi].Entity
		switch doc.Entities[e].Type {
		case schema.Organization:
			if mediaOrg(doc, e) {
				return roleHit{}, false // "Broadcaster NHK reported ...": a source, not the story's company
			}
			h.inst, h.instSp, h.conf = e, doc.Mentions[mi].Span, 0.45
			return h, true
		case schema.Person, schema.Country:
			return roleHit{}, false
		}
	}
	return roleHit{}, false
}

// government returns the document's own government entity ("the
// government", "UK government"), the most mentioned if several, or -1.
func government(doc *Document) int {
	return mostNamedOrg(doc, func(n string) bool { return n == "government" || strings.HasSuffix(n, " government") })
}

// mostNamedOrg returns the organisation whose lower-cased name named
// accepts and that the document mentions most, the first of equals; -1 if
// none.
func mostNamedOrg(doc *Document, named func(string) bool) int {
	best := -1
	for e := range doc.Entities {
		en := &doc.Entities[e]
		if en.Type != schema.Organization || en.Mentions == 0 || !named(toLower(en.Name)) {
			continue
		}
		if best < 0 || en.Mentions > doc.Entities[best].Mentions {
			best = e
		}
	}
	return best
}

// international reports whether a story is between states: it names two
// or more countries by name at least twice each.
func international(doc *Document) bool {
	k := 0
	for _, c := range roleFacts(doc).countryNames {
		if c >= 2 {
			k++
		}
	}
	return k >= 2
}

// isBoundary reports whether token i ends a noun phrase.
func isBoundary(doc *Document, i int) bool {
	t := &doc.Tokens[i]
	switch t.Lower {
	case ",", ".", ";", ":", "(", ")", "-", "–", "—", "--", "who", "which", "that", "and", "or", "but", "said", "says":
		return true
	}
	return t.Tag == "." || isVerbTag(t.Tag) || t.Tag == "MD" || t.Tag == "``" || t.Tag == "''"
}

// modsJoined reports whether token t is an "and" joining two modifiers
// of one role ("the treasury and finance minister", "its foreign and
// defence ministers").
func (rs *RoleStage) modsJoined(doc *Document, a, t int) bool {
	if t <= a || t+2 >= len(doc.Tokens) || doc.Tokens[t].Lower != "and" || doc.Tokens[t+1].Sent != doc.Tokens[t].Sent {
		return false
	}
	return rs.mods[word(doc, t-1)] && rs.mods[word(doc, t+1)] && !isCap(doc.Tokens[t+1].Text)
}

// rolePhrase reads a noun phrase naming a role from token a: optional
// determiner or possessor, modifiers (which may hold an institution
// mention) and a role noun, then an optional "of/for/at/to/with Y". It
// returns the hit (without holder) and the index after the phrase.
func (rs *RoleStage) rolePhrase(doc *Document, s Sentence, a int) (roleHit, int, bool) {
	end := a
	for end < s.Last && end < a+9 && (!isBoundary(doc, end) || rs.inRoleWord(doc, a, end) || end > a && isPossessive(doc, end) || doc.Tokens[end].Tag == "VBG" && rs.mods[word(doc, end)] || rs.modsJoined(doc, a, end)) {
		if end > a && (doc.Tokens[end].Tag == "IN" || doc.Tokens[end].Lower == "to") && !rs.lastWord[word(doc, end)] {
			if end+1 < s.Last {
				if _, st, ok := rs.roleEnding(doc, a, end+1); ok && st < end {
					end += 2 // "chief of staff": a role phrase through its preposition
					continue
				}
			}
			break
		}
		end++
	}
	// the last role phrase in [a, end)
	lemma, ra, rb := "", -1, -1
	for t := end - 1; t >= a; t-- {
		if l, st, ok := rs.roleEnding(doc, a, t); ok {
			lemma, ra, rb = l, st, t
			break
		}
	}
	if lemma == "" {
		return roleHit{}, a, false
	}
	// only determiners, possessors, adjectives and nouns before the role
	for t := a; t < ra; t++ {
		tk := &doc.Tokens[t]
		if !(tk.Tag == "DT" || tk.Tag == "PRP$" || tk.Tag == "WP$" || tk.Lower == "her" || rs.isDemonym(doc, t) || tk.Lower == "whose" || tk.Tag == "POS" || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "JJR" || isNounTag(tk.Tag) || tk.Tag == "RB" || tk.Tag == "VBN" || tk.Tag == "VBG" || tk.Tag == "CD" || isPossessive(doc, t) || rs.modsJoined(doc, a, t)) {
			return roleHit{}, a, false
		}
	}
	surface := doc.Text[doc.Tokens[ra].Span.Start:doc.Tokens[rb].Span.End]
	h := roleHit{inst: -1, lemma: lemma, surface: surface, conf: 0.8}
	if rs.isOffice(lemma) {
		h.instSp = Span{doc.Tokens[ra].Span.Start, doc.Tokens[rb].Span.End}
	}
	next := rb + 1
	// "of/for/at Y": the first institution mention in Y
	if next < s.Last {
		p := doc.Tokens[next].Lower
		direct := doc.Tokens[rb].Tag == "IN" || doc.Tokens[rb].Lower == "behind"
		if p == "at" && doc.Tokens[a].Lower == "whose" {
			// "the union, whose leader at Valmont, X,": the union's leader
			// at a workplace
			if e, sp, ok := rs.possessor(doc, a, a, lemma); ok {
				h.inst, h.instSp = e, sp
				for next = next + 1; next < s.Last && !isBoundary(doc, next); next++ {
				}
				return h, next, true
			}
		}
		w := doc.Tokens[rb].Lower
		partyFrom := p == "from" && (legislators[lemma] || legislators[w]) && w != "governor" && w != "mayor"
		// "a senior figure in the Koral Union": a member of a body
		memberIn := p == "in" && (lemma == "member" || lemma == "partner")
		if direct || p == "of" || p == "for" || p == "at" || p == "to" || p == "with" || p == "from" && doc.Tokens[rb].Tag == "NNS" || partyFrom || p == "in" && stakeRoles[lemma] || memberIn {
			from := next + 1
			if direct {
				from = next
			}
			h.inst, h.instSp, next, h.thing = rs.ppObject(doc, s, from, lemma, next)
			if h.inst < 0 && !h.thing && spokesRole(lemma) && p == "for" && from+1 < s.Last && doc.Tokens[from+1].Lower == "office" {
				// "a spokeswoman for his office": the person whose office it is
				if k := doc.TokMention[from]; k >= 0 && doc.Mentions[k].Kind == PronounMention && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Person {
					h.inst, h.instSp, next = doc.Mentions[k].Entity, doc.Mentions[k].Span, from+2
				}
			}
			if (partyFrom && doc.Tokens[rb].Tag != "NNS" || memberIn) && (h.inst < 0 && !(memberIn && h.thing) || h.inst >= 0 && doc.Entities[h.inst].Type != schema.Organization) {
				// "a lawmaker from the opposition Civic League" is the party's;
				// "a senator from Ohio" or "a member in Europe" states no
				// institution
				h.inst, h.thing = -1, false
			}
			if h.inst < 0 && !h.thing && p == "of" {
				// "director of foreign exchange at X", "head of research
				// for X": a field, then the institution
				for t := from; t < s.Last && t < from+6; t++ {
					tk := &doc.Tokens[t]
					if tk.Lower == "at" || tk.Lower == "for" {
						if e, sp, n, thing := rs.ppObject(doc, s, t+1, lemma, next); e >= 0 || thing {
							h.inst, h.instSp, next, h.thing = e, sp, n, thing
						}
						break
					}
					if isCap(tk.Text) || !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "CC" || tk.Lower == "and") {
						break
					}
				}
			}
			if h.inst < 0 && !h.thing && (p == "of" || p == "for") {
				// "its head of research, X,", "Britain's commissioner for
				// standards, X,": the field ends the phrase and the
				// possessor below is the institution; so does a field of
				// two parts, "Oman's minister of state for foreign
				// affairs, X,"
				t := from
				for t < s.Last && t < from+5 && !isCap(doc.Tokens[t].Text) && doc.TokMention[t] < 0 && (isNounTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "CC" || t > from && p == "of" && doc.Tokens[t].Lower == "for") {
					t++
				}
				if t > from && (t == s.Last || doc.Tokens[t].Lower == "," || doc.Tokens[t].Tag == ".") {
					next = t
				}
			}
			if h.inst >= 0 && p == "to" && !rs.personal[lemma] && lemma != "ambassador" {
				h.inst = -1
			}
			if h.inst >= 0 && (p == "to" || p == "with" || p == "for") {
				// "the Russian ambassador to the UN", "Russia's envoy for
				// Syria": the sender named before the role is the principal
				for t := ra - 1; t >= a; t-- {
					if e, sp, ok := rs.possessor(doc, a, t, lemma); ok {
						h.inst, h.instSp = e, sp
						break
					}
				}
				if e, sp, ok := rs.modifierInst(doc, a, ra, lemma); ok {
					h.inst, h.instSp = e, sp
				}
			}
		}
	}
	if h.inst < 0 && !h.thing && rs.staff[toLower(surface)] {
		// "Mr. Vargas's former chief of staff, X,": a person's aide
		for t := ra - 1; t >= a; t-- {
			if e, sp, ok := rs.possessor(doc, a, t, "aide"); ok {
				if doc.Entities[e].Type == schema.Person {
					h.inst, h.instSp, h.lemma = e, sp, "aide"
				}
				break
			}
		}
	}
	if h.inst < 0 && !h.thing {
		// a possessor or an institution among the modifiers
		for t := ra - 1; t >= a; t-- {
			if e, sp, ok := rs.possessor(doc, a, t, lemma); ok {
				h.inst, h.instSp = e, sp
				break
			}
		}
	}
	if h.inst < 0 && !h.thing {
		// "the European body's general secretary": the demonym describes
		// the possessor, the organisation in focus with that word in its
		// name ("the European Cyclists' Federation"), not the state
		for t := a; t+2 < ra; t++ {
			if !rs.isDemonym(doc, t) || !nationalKind(doc, t+1) {
				continue
			}
			dem := word(doc, t)
			named := func(e int) bool { return slices.Contains(strings.Fields(toLower(doc.Entities[e].Name)), dem) }
			if e := rs.focusOrgWhere(doc, t, -1, named); e >= 0 {
				h.inst, h.instSp, h.conf = e, Span{doc.Tokens[t].Span.Start, doc.Tokens[t+1].Span.End}, 0.6
			} else {
				h.thing, h.conf, h.instSp = true, 0.6, Span{doc.Tokens[max(a, t-1)].Span.Start, doc.Tokens[t+1].Span.End}
			}
			break
		}
	}
	if h.inst < 0 && !h.thing {
		if e, sp, ok := rs.modifierInst(doc, a, ra, lemma); ok {
			h.inst, h.instSp = e, sp
		}
	}
	if h.inst < 0 && !h.thing && ra-1 > a && spokesRole(lemma) && doc.TokMention[ra-1] < 0 && !isCap(doc.Tokens[ra-1].Text) && rs.lex.orgWords[doc.Tokens[ra-1].Lower] {
		// "A union spokesman said", "a ministry spokesman, X,": the
		// organisation named last with that noun, as for "a spokesman
		// for the union" (a spokesman is the voice of the body the story
		// follows; "a union official" may be another union's)
		switch doc.Tokens[ra-2].Lower {
		case "a", "an", "the":
			if e := rs.recentOrg(doc, ra-1, doc.Tokens[ra-1].Lower); e >= 0 {
				h.inst, h.instSp = e, doc.Tokens[ra-1].Span
			}
		default:
			// "A central bank spokesman said" after "the Central Bank of
			// Ruritania": a lower-case modifier before the noun, both
			// words of the organisation's name
			if j := ra - 2; j-1 >= a && j-1 >= s.First && (doc.Tokens[j].Tag == "JJ" || isNounTag(doc.Tokens[j].Tag)) && !isCap(doc.Tokens[j].Text) && doc.TokMention[j] < 0 {
				switch doc.Tokens[j-1].Lower {
				case "a", "an", "the":
					mod, noun := doc.Tokens[j].Lower, doc.Tokens[ra-1].Lower
					e := lastNameBefore(doc, j-1, func(mi, t int) bool {
						m := &doc.Mentions[mi]
						if m.First != t || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
							return false
						}
						ws := strings.Fields(toLower(doc.Entities[m.Entity].Name))
						return slices.Contains(ws, mod) && slices.Contains(ws, noun)
					})
					if e >= 0 {
						h.inst, h.instSp = e, Span{doc.Tokens[j].Span.Start, doc.Tokens[ra-1].Span.End}
					}
				}
			}
		}
	}
	if h.inst < 0 && !h.thing && ra-1 >= a && unnamedBodies[doc.Tokens[ra-1].Lower] && doc.TokMention[ra-1] < 0 && !rs.kin[lemma] {
		// "The army commander, General X": the army
		h.thing, h.conf, h.instSp = true, 0.6, doc.Tokens[ra-1].Span
	}
	if h.inst < 0 && !h.thing && !rs.kin[lemma] && ra-1 >= a && rs.bodies[doc.Tokens[ra-1].Lower] && doc.TokMention[ra-1] < 0 {
		// "a ministry spokesman, X," after "China's commerce ministry"
		if e := bodyOwner(doc, ra-1); e >= 0 {
			h.inst, h.instSp = e, doc.Tokens[ra-1].Span
		} else if e := openingCountry(doc, doc.Tokens[a].Sent, a); e >= 0 {
			// "In Beijing, a foreign ministry spokesman, X,": the body
			// of the country whose place opens the sentence
			h.inst, h.instSp = e, doc.Tokens[ra-1].Span
		}
	}
	if h.inst < 0 && !h.thing && (!rs.kin[lemma] || lemma == "partner") {
		// "the army's commander": an unnamed body as a phrase (and a
		// body's partner: "the coalition's junior partner", "its junior
		// partner" after the coalition that opens the sentence)
		for t := a + 2; t < ra; t++ {
			if isPossessive(doc, t) && doc.Tokens[t-2].Lower == "the" && doc.TokMention[t-1] < 0 && !isCap(doc.Tokens[t-1].Text) && (rs.lex.orgWords[doc.Tokens[t-1].Lower] || lemma == "run" && isNounTag(doc.Tokens[t-1].Tag)) {
				h.thing, h.conf = true, 0.7
				h.instSp = Span{doc.Tokens[t-2].Span.Start, doc.Tokens[t-1].Span.End}
				break
			}
			if k := doc.TokMention[t-1]; isPossessive(doc, t) && doc.Tokens[t-1].Lower == "party" && k >= 0 && doc.Mentions[k].Entity < 0 && partyStance(doc, t-1) != "" {
				// "The main opposition party's spokeswoman, X," with no
				// party of that stance named: the party as a phrase
				b := t - 1
				for b-1 >= a && doc.Tokens[b-1].Lower != "the" {
					b--
				}
				h.thing, h.conf = true, 0.7
				h.instSp = Span{doc.Tokens[b].Span.Start, doc.Tokens[t-1].Span.End}
				break
			}
		}
		// "The transport committee met. Its chair, X,": the unnamed body
		// that opens the previous sentence
		for t := a; t < ra && !h.thing; t++ {
			if doc.Tokens[t].Lower == "its" && (doc.TokMention[t] < 0 || doc.Mentions[doc.TokMention[t]].Entity < 0) && placeBody(doc, rs.lex, doc.Tokens[t].Sent, t) {
				// "Palau's parliament voted to remove its speaker, X":
				// the body that opens the sentence, which no name gives
				sp, _ := unnamedSubject(doc, rs.lex, doc.Tokens[t].Sent)
				h.thing, h.conf, h.instSp = true, 0.7, sp
			} else if doc.Tokens[t].Lower == "its" && clauseOpening(doc, t) && (doc.TokMention[t] < 0 || doc.Mentions[doc.TokMention[t]].Entity < 0) {
				if sp, ok := unnamedSubject(doc, rs.lex, doc.Tokens[t].Sent-1); ok {
					if e, ok := appositeOrg(doc, sp); ok {
						// "The hauliers' union, the Velmar Haulage
						// Association, warned ... Its president, X,": the
						// name the body is given in apposition
						h.inst, h.conf, h.instSp = e, 0.8, doc.Tokens[t].Span
					} else {
						h.thing, h.conf, h.instSp = true, 0.7, sp
					}
				}
			}
		}
		// "the union, whose leader, X,": an unnamed body before "whose"
		if h.inst < 0 && !h.thing && a < ra && doc.Tokens[a].Lower == "whose" {
			t := a - 1
			if t >= s.First && doc.Tokens[t].Lower == "," {
				t--
			}
			if t-1 >= s.First && doc.Tokens[t-1].Lower == "the" && !isCap(doc.Tokens[t].Text) && rs.lex.orgWords[doc.Tokens[t].Lower] {
				h.thing, h.conf = true, 0.7
				h.instSp = Span{doc.Tokens[t-1].Span.Start, doc.Tokens[t].Span.End}
			}
		}
	}
	return h, next, true
}

// appositeOrg returns the organisation named in apposition right after
// the common-noun phrase sp ("The hauliers' union, the Velmar Haulage
// Association, said"): the name between commas, or before the verb.
func appositeOrg(doc *Document, sp Span) (int, bool) {
	t := 0
	for t < len(doc.Tokens) && doc.Tokens[t].Span.End < sp.End {
		t++
	}
	if t+2 >= len(doc.Tokens) || doc.Tokens[t].Span.End != sp.End || doc.Tokens[t+1].Lower != "," {
		return -1, false
	}
	n := t + 2
	if doc.Tokens[n].Lower == "the" {
		n++
	}
	k := doc.TokMention[n]
	if k < 0 || doc.Mentions[k].First != n || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 || doc.Entities[doc.Mentions[k].Entity].Type != schema.Organization {
		return -1, false
	}
	m := &doc.Mentions[k]
	if end := m.Last; end >= len(doc.Tokens) || doc.Tokens[end].Sent != doc.Tokens[t].Sent || !(doc.Tokens[end].Lower == "," || isVerbTag(doc.Tokens[end].Tag) || doc.Tokens[end].Tag == "MD") {
		return -1, false
	}
	return m.Entity, true
}

// ppObject reads the noun phrase from token a that a role's preposition
// governs and returns its institution: the last name mention of the
// phrase ("of Reliance Group president Mukesh Ambani" gives the person),
// the name before a single organisation noun ("for the Y union"), or the
// whole phrase when a longer common-noun head follows the name ("of the
// Commons intelligence and security committee"). next is returned
// unchanged when there is none.
func (rs *RoleStage) ppObject(doc *Document, s Sentence, a int, lemma string, next int) (int, Span, int, bool) {
	best, bestSp, bestEnd := -1, Span{}, -1
	t := a
	for ; t < s.Last && t < a+9; t++ {
		tk := &doc.Tokens[t]
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].First == t {
			if m := &doc.Mentions[mi]; !rs.personal[lemma] && m.Kind == NameMention && !(m.Last < s.Last && isPossessive(doc, m.Last)) {
				// "chairman of Orvell Music": a name read as a person
				// that only an institution can be
				rs.retypeModifier(doc, m.Last-1)
			}
			if e, sp, ok := rs.institution(doc, t, lemma); ok {
				if e == best && t >= bestEnd && t <= bestEnd+2 && lowerNouns(doc, bestEnd, t) {
					// "the Civic Renewal party", "the Kivu rebel group": a
					// name and the kind noun that names it again are one
					// phrase
					sp.Start = bestSp.Start
				}
				best, bestSp, bestEnd = e, sp, doc.Mentions[mi].Last
			}
			t = doc.Mentions[mi].Last - 1
			continue
		}
		if doc.TokMention[t] >= 0 {
			continue
		}
		if t == bestEnd && isPossessive(doc, t) {
			continue // "for Chile's foreign ministry": the possessor's body
		}
		if t == bestEnd && tk.Lower == "for" && t+1 < s.Last && best >= 0 && doc.Entities[best].Type == schema.Organization && (rs.lex.orgWords[doc.Tokens[t-1].Lower] || doc.TokMention[t-1] >= 0 && doc.Mentions[doc.TokMention[t-1]].First == t-1) {
			// "a researcher at the Institute for Security Studies", "the
			// Centre for European Reform": one name the entity layer split
			// at "for"
			if k := doc.TokMention[t+1]; k >= 0 && doc.Mentions[k].First == t+1 && doc.Mentions[k].Kind == NameMention && !isCountry(doc, k) {
				st := bestSp.Start
				if bm := doc.TokMention[t-1]; bm >= 0 {
					st = doc.Mentions[bm].Span.Start
				}
				return -1, Span{st, doc.Mentions[k].Span.End}, doc.Mentions[k].Last, true
			}
		}
		if t == bestEnd && tk.Lower == "of" && t+1 < s.Last {
			// "envoy for the Horn of Africa": one name the entity layer
			// split at "of"
			if k := doc.TokMention[t+1]; k >= 0 && doc.Mentions[k].First == t+1 && doc.Mentions[k].Kind == NameMention && (doc.Mentions[k].Last == s.Last || isBoundary(doc, doc.Mentions[k].Last)) {
				t = doc.Mentions[k].Last - 1
				bestEnd = t + 1
				continue
			}
		}
		if e, sp, ok := rs.institution(doc, t, lemma); ok {
			best, bestSp, bestEnd = e, sp, t+1
			continue
		}
		if tk.Tag == "CC" && t > a && t != bestEnd && t+1 < s.Last && !isCap(doc.Tokens[t+1].Text) && (isNounTag(doc.Tokens[t+1].Tag) || doc.Tokens[t+1].Tag == "JJ") {
			continue // "intelligence and security committee"
		}
		if best < 0 && t > a && isPossessive(doc, t) && !isCap(doc.Tokens[t-1].Text) && t+1 < s.Last && !isCap(doc.Tokens[t+1].Text) && isNounTag(doc.Tokens[t+1].Tag) {
			continue // "the local fishermen's cooperative": a common noun's possessive inside the phrase
		}
		if (tk.Tag == "VBG" || tk.Tag == "VBN") && t > a && (doc.Tokens[t-1].Tag == "DT" || doc.Tokens[t-1].Tag == "JJ") && t+1 < s.Last && isNounTag(doc.Tokens[t+1].Tag) {
			continue // "a lawmaker from the ruling Dawn Party", "of the governing coalition": a participle modifying the noun
		}
		if isBoundary(doc, t) || tk.Tag == "IN" || tk.Tag == "TO" || !(tk.Tag == "DT" || tk.Tag == "JJ" || isNounTag(tk.Tag) || tk.Tag == "CD" || tk.Tag == "CC" && t > a) {
			break
		}
	}
	if best < 0 {
		// "the speaker of parliament", "chief of the army": a state's body
		// named by its common noun
		u := a
		if u < t && doc.Tokens[u].Lower == "the" {
			u++
		}
		if u+1 == t && unnamedBodies[doc.Tokens[u].Lower] && doc.TokMention[u] < 0 {
			return -1, doc.Tokens[u].Span, t, true
		}
		if u > a && u+2 == t && (doc.Tokens[u].Lower == "governing" || doc.Tokens[u].Lower == "ruling") && rs.orgNoun(doc.Tokens[u+1].Lower) && !isCap(doc.Tokens[u+1].Text) {
			// "a partner in the governing coalition": the body in power,
			// as a phrase
			return -1, Span{doc.Tokens[a].Span.Start, doc.Tokens[u+1].Span.End}, t, true
		}
		if u > a && u+1 < t && !rs.kin[lemma] && rs.orgNoun(doc.Tokens[t-1].Lower) && doc.Tokens[t-1].Tag == "NN" && describedBody(doc, u, t) {
			// "the chair of the independent panel that reviewed the deal",
			// "the head of the local fishermen's cooperative": a body the
			// story describes but does not name, as a phrase
			return -1, Span{doc.Tokens[u].Span.Start, doc.Tokens[t-1].Span.End}, t, true
		}
		return -1, Span{}, next, false
	}
	end := t
	if end == bestEnd+2 && timeWords[doc.Tokens[end-1].Lower] {
		switch doc.Tokens[bestEnd].Lower {
		case "this", "last", "next", "that":
			end = bestEnd // "chairman of Tata Sons this week": a time after the name
		}
	}
	for end > bestEnd && (doc.Tokens[end-1].Tag == "CC" || doc.Tokens[end-1].Tag == "DT") {
		end--
	}
	switch {
	case end == bestEnd:
		return best, bestSp, end, false
	case end > bestEnd+1 && isPossessive(doc, bestEnd) && bodyRunners[lemma] && !rs.bodies[doc.Tokens[end-1].Lower] && rs.orgNoun(doc.Tokens[end-1].Lower) &&
		doc.Entities[best].Type == schema.Country:
		// "the former head of Romania's customs agency": the agency, as
		// a phrase; its head does not lead the state (but "a spokesman
		// for Chile's customs agency" speaks for Chile, below)
		return -1, Span{bestSp.Start, doc.Tokens[end-1].Span.End}, end, true
	case end > bestEnd+1 && isPossessive(doc, bestEnd) && (rs.bodies[doc.Tokens[end-1].Lower] || rs.orgNoun(doc.Tokens[end-1].Lower)) &&
		(doc.Entities[best].Type != schema.Organization || rs.bodies[doc.Tokens[end-1].Lower] || orgParts[doc.Tokens[end-1].Lower]):
		// "a spokesman for Chile's foreign ministry": the possessor (but
		// "head of the carmaker's works council" heads the council)
		return best, bestSp, end, false
	case end == bestEnd+1 && rs.orgNoun(doc.Tokens[bestEnd].Lower):
		if doc.Entities[best].Type == schema.Organization {
			// "a member of the Green Dawn party": the name and its kind
			// are the words that name the body
			bestSp.End = doc.Tokens[bestEnd].Span.End
		}
		return best, bestSp, end, false
	case end <= bestEnd+3 && rs.orgNoun(doc.Tokens[end-1].Lower) && doc.Entities[best].Type == schema.Organization && lowerNouns(doc, bestEnd, end):
		// "the Ruvuma trade bloc", "the Vargas mercenary group": the
		// named body and its kind
		bestSp.End = doc.Tokens[end-1].Span.End
		return best, bestSp, end, false
	case rs.bodies[doc.Tokens[end-1].Lower] && doc.Entities[best].Type == schema.Country:
		// "a spokesman for the Chilean foreign ministry": the country
		return best, bestSp, end, false
	case rs.orgNoun(doc.Tokens[end-1].Lower) && doc.Entities[best].Type != schema.Person:
		st := bestSp.Start
		for t := a; t < end; t++ {
			if doc.Tokens[t].Tag != "DT" {
				st = doc.Tokens[t].Span.Start
				break
			}
		}
		return -1, Span{st, doc.Tokens[end-1].Span.End}, end, true
	}
	return -1, Span{}, next, false
}

// nationalKinds are the nouns of a body a demonym before them describes
// (its nationality), never the state's own body ("the Chilean firm", "the
// European body"; but "the Chilean government" is Chile's).
var nationalKinds = map[string]bool{"body": true, "firm": true, "company": true, "group": true, "federation": true,
	"association": true, "club": true, "league": true, "organisation": true, "organization": true}

// nationalKind reports whether token t is a lower-case national kind noun
// in the possessive ("the Chilean firm's chief executive"): a demonym
// before it describes the possessor, not the role.
func nationalKind(doc *Document, t int) bool {
	return t+1 < len(doc.Tokens) && !isCap(doc.Tokens[t].Text) && nationalKinds[doc.Tokens[t].Lower] && isPossessive(doc, t+1)
}

// bodyRunners are the roles of the one who runs a body, not of the state
// that owns it ("head of Romania's customs agency").
var bodyRunners = map[string]bool{"head": true, "chief": true, "director": true, "chairman": true, "chair": true,
	"president": true, "commander": true, "governor": true}

// spokesRole reports whether a role lemma is a spokesman's.
func spokesRole(lemma string) bool {
	return lemma == "spokesman" || lemma == "spokeswoman" || lemma == "spokesperson"
}

// unnamedBodies are a state's bodies that stories name by a common noun
// alone ("the speaker of parliament", "the army commander").
var unnamedBodies = map[string]bool{
	"parliament": true, "senate": true, "congress": true, "assembly": true, "army": true, "navy": true,
	"police": true, "cabinet": true, "legislature": true, "judiciary": true, "military": true,
}

// orgNoun reports whether w is a common noun that heads an organisation's
// name ("union", "committee", "party").
func (rs *RoleStage) orgNoun(w string) bool {
	return rs.lex.orgWords[w] || descHeads[w] != ""
}

// modifierInst returns an institution named among modifier tokens [a, b):
// "the Russian foreign minister", "another Acme board member".
func (rs *RoleStage) modifierInst(doc *Document, a, b int, lemma string) (int, Span, bool) {
	indefinite := a > 0 && (doc.Tokens[a-1].Lower == "a" || doc.Tokens[a-1].Lower == "an") || doc.Tokens[a].Lower == "a" || doc.Tokens[a].Lower == "an"
	for t := b - 1; t >= a; t-- {
		if _, dem := rs.lex.demonyms[word(doc, t)]; dem && (rs.nation[lemma] || nationalSeat(doc, t, min(b+1, len(doc.Tokens)))) {
			continue // "the Dutch coach", "an American board member": a nationality
		}
		if indefinite && rs.lex.capitals[word(doc, t)] {
			continue // "a Lusaka lawyer": where the job is, not a state's office
		}
		if e, sp, ok := rs.country(doc, t); ok {
			return e, sp, true
		}
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Kind == NameMention {
			// "The Chilean Defence Secretary, X,": a demonym run into
			// capitalised modifiers names the country, not a body
			if f := doc.Mentions[mi].First; f >= a && f < t && rs.allMods(doc, f+1, t+1) {
				if e, sp, ok := rs.country(doc, f); ok {
					return e, sp, true
				}
			}
			if e, sp, ok := rs.institution(doc, t, lemma); ok {
				return e, sp, true
			}
		}
	}
	return -1, Span{}, false
}

// verbObject reads the noun phrase after a role verb at token v ("leads
// the Acme board", "heads the group's delegation") and returns the role it
// states with the phrase's possessor or name as institution.
func (rs *RoleStage) verbObject(doc *Document, s Sentence, v int, lemma string) (roleHit, bool) {
	in := false // "sits in the Senate": a body, never a place ("served in Iraq")
	for t := v + 1; t < s.Last && t < v+7; t++ {
		tk := &doc.Tokens[t]
		if t == v+1 && lemma == "member" && tk.Lower == "on" {
			continue // "sits on the finance committee"
		}
		if t == v+1 && lemma == "member" && tk.Lower == "in" {
			in = true
			continue
		}
		if isBoundary(doc, t) || tk.Tag == "IN" || tk.Tag == "TO" {
			break
		}
		e, sp, ok := rs.possessor(doc, v+1, t, lemma)
		conf := 0.6
		if !ok {
			if demonymOfNoun(doc, s, t) {
				continue // "who led the Iranian delegation": not Iran
			}
			e, sp, ok = rs.institution(doc, t, lemma)
			conf = 0.7
		}
		if ok && doc.Entities[e].Type != schema.Location && (!in || doc.Entities[e].Type == schema.Organization) {
			return roleHit{inst: e, instSp: sp, lemma: lemma, surface: doc.Tokens[v].Text, conf: conf}, true
		}
	}
	return roleHit{}, false
}

// demonymOfNoun reports whether token t is a demonym that modifies a
// common noun other than the state's own bodies: "the Iranian
// delegation", "the Swedish negotiating team" are groups of the country,
// not the country ("the Danish government" is).
func demonymOfNoun(doc *Document, s Sentence, t int) bool {
	mi := doc.TokMention[t]
	if mi < 0 || doc.Mentions[mi].Kind != DemonymMention {
		return false
	}
	n := doc.Mentions[mi].Last
	for n < s.Last && (doc.Tokens[n].Tag == "VBG" || doc.Tokens[n].Tag == "JJ") && !isCap(doc.Tokens[n].Text) {
		n++ // "negotiating", "military"
	}
	if n >= s.Last || !isNounTag(doc.Tokens[n].Tag) || isCap(doc.Tokens[n].Text) || doc.TokMention[n] >= 0 {
		return false
	}
	return !stateNouns[doc.Tokens[n].Lower] && !ownCountryNouns[doc.Tokens[n].Lower] && doc.Tokens[n].Lower != "state"
}

// negWord reports whether w negates what follows it.
func negWord(w string) bool {
	switch w {
	case "not", "n't", "never", "no", "hardly":
		return true
	}
	return false
}

// isBe reports whether token i is a form of "be".
func isBe(doc *Document, i int) bool {
	switch doc.Tokens[i].Lower {
	case "is", "was", "are", "were", "been", "be", "remains", "remained", "became", "becomes":
		return true
	case "'s", "’s":
		return doc.Tokens[i].Tag == "VBZ" // not a possessive
	}
	return false
}

// servedAs reads a verb at token k that states the role its subject holds
// or held until now, "as" and the role: "served (three terms) as mayor of
// Y", "resigned as Y's prime minister", "is stepping down as leader of Y",
// "took over as chairman of Y". It returns the token after "as". A negated or modal verb states no role.
func servedAs(doc *Document, s Sentence, k int) (int, bool) {
	passive := false
	for k < s.Last && ((doc.Tokens[k].Lemma == "have" || doc.Tokens[k].Lemma == "be") && doc.Tokens[k].Tag != "VBG" || passive && doc.Tokens[k].Tag == "RB") {
		passive = passive || doc.Tokens[k].Lemma == "be"
		k++ // "has served", "was stepping down", "was unexpectedly removed"
	}
	if k >= s.Last || !isVerbTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "VB" {
		return 0, false
	}
	switch doc.Tokens[k].Lemma {
	case "serve", "resign", "quit", "remain", "return":
	case "remove", "oust", "sack", "dismiss", "fire", "depose", "replace":
		// "was removed as chairman of X": the office held until then
		if !passive || doc.Tokens[k].Tag != "VBN" {
			return 0, false
		}
	case "step":
		if k+1 >= s.Last || doc.Tokens[k+1].Lower != "down" {
			return 0, false
		}
		k++
	case "take":
		// "took over as chairman of Y": the office held since
		if k+1 >= s.Last || doc.Tokens[k+1].Lower != "over" {
			return 0, false
		}
		k++
	case "stay", "continue":
		// "stayed on as chief executive", "continues as mayor"
		if k+1 < s.Last && doc.Tokens[k+1].Lower == "on" {
			k++
		}
	default:
		return 0, false
	}
	// a duration between the verb and "as": "for a decade", "three terms"
	for t := k + 1; t < s.Last && t < k+6; t++ {
		switch tk := &doc.Tokens[t]; {
		case tk.Lower == "as":
			if t+1 < s.Last {
				return t + 1, true
			}
			return 0, false
		case tk.Tag == "CD" || tk.Tag == "DT" || tk.Lower == "for" || tk.Lower == "briefly" || tk.Lower == "also" || tk.Tag == "JJ" || tk.Lower == "terms" || tk.Lower == "term" || tk.Lower == "years" || tk.Lower == "months" || tk.Lower == "decade":
		default:
			return 0, false
		}
	}
	return 0, false
}

// after finds a role stated after the name: apposition, copula or
// relative clause.
func (rs *RoleStage) after(doc *Document, s Sentence, mi int) (roleHit, bool) {
	return rs.afterAt(doc, s, mi, doc.Mentions[mi].Last)
}

// afterAt is after with the holder's phrase ending before token k (a
// head noun the mention modifies: "The Norvanian state, Acme's biggest
// shareholder,").
func (rs *RoleStage) afterAt(doc *Document, s Sentence, mi, k int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if k >= s.Last {
		return roleHit{}, false
	}
	conf := 0.8
	appos := false
	if doc.Tokens[k].Lower == "," {
		// "X, a 60-year-old lawyer, was sworn in as president of Y": the
		// appointment after an apposition that states no role
		for c := k + 1; c+2 < s.Last && c < k+9; c++ {
			if doc.Tokens[c].Lower != "," {
				continue
			}
			if isBe(doc, c+1) && (rs.lex.appoint[doc.Tokens[c+2].Lower] || doc.Tokens[c+2].Lower == "sworn") {
				if h, _, ok := rs.rolePhrase(doc, s, k+1); !ok || h.inst < 0 && !h.thing {
					k = c + 1
				}
			}
			break
		}
	}
	switch doc.Tokens[k].Lower {
	case ",", "-", "–", "—", "--", "(":
		k++
		appos = true
	}
	if k < s.Last && doc.Tokens[k].Lower == "who" {
		k++
		appos = false
		conf = 0.75
		// "who also leads", "who currently chairs"; not "who never led"
		for k+1 < s.Last && doc.Tokens[k].Tag == "RB" && !negWord(doc.Tokens[k].Lower) {
			k++
		}
	}
	if appos && k+1 < s.Last && doc.Tokens[k].Tag == "CD" && doc.Tokens[k+1].Lower == "," {
		k += 2 // an age: "X, 54, chief executive of Y"
	}
	if appos && k+2 < s.Last && rs.lex.appoint[doc.Tokens[k].Lower] && (doc.Tokens[k].Tag == "VBN" || doc.Tokens[k].Tag == "VBD") {
		// "X, appointed finance minister in May, said": the office the
		// participle names
		k++
		if doc.Tokens[k].Lower == "as" {
			k++
		}
		conf = 0.75
	}
	if k >= s.Last {
		return roleHit{}, false
	}
	if !appos {
		// copula: "X is (also) the chairman of Y"; "who leads Y"
		rel := k > 0 && doc.Tokens[k-1].Lower == "who" // a tagger may read "heads" as a noun here
		_, as := servedAs(doc, s, k)
		if r, ok := rs.verbs[doc.Tokens[k].Lower]; ok && !as && (rel || isVerbTag(doc.Tokens[k].Tag)) {
			if h, ok := rs.verbObject(doc, s, k, r); ok {
				h.holder = mi
				return h, true
			}
			return roleHit{}, false
		}
		if j, ok := servedAs(doc, s, k); ok {
			// "X served as mayor of Y", "X resigned as Y's prime minister"
			k = j
		} else {
			// "will remain president of Y": held now and after (not "will
			// not remain")
			remain := doc.Tokens[k].Tag == "MD" && k+2 < s.Last && doc.Tokens[k+1].Lower == "remain"
			if remain {
				k++
			}
			if w := doc.Tokens[k].Lower; (w == "has" || w == "have" || w == "had") && k+2 < s.Last && doc.Tokens[k+1].Lower == "been" {
				k++ // "has been president since March": the office held until now
			}
			if !isBe(doc, k) && !remain {
				return roleHit{}, false
			}
			if k > 0 && (doc.Tokens[k-1].Tag == "MD" || doc.Tokens[k-1].Tag == "TO") && !remain {
				return roleHit{}, false // "could be", "wants to be": not a fact
			}
			k++
			for k < s.Last && doc.Tokens[k].Tag == "RB" {
				switch doc.Tokens[k].Lower {
				case "not", "n't", "never", "no":
					return roleHit{}, false
				}
				k++
			}
			if k < s.Last && (doc.Tokens[k].Lower == "no" || doc.Tokens[k].Lower == "not") {
				return roleHit{}, false
			}
			if k+1 < s.Last && rs.lex.appoint[doc.Tokens[k].Lower] {
				// "was named chairman of Y", "was appointed as its chief"
				k++
				if doc.Tokens[k].Lower == "as" && k+1 < s.Last {
					k++
				}
			} else if k+3 < s.Last && doc.Tokens[k].Lower == "sworn" && doc.Tokens[k+1].Lower == "in" {
				// "was sworn in (shortly afterwards) as president of Y"
				a := k + 2
				for a < s.Last && a < k+5 && doc.Tokens[a].Tag == "RB" && doc.Tokens[a].Lower != "as" {
					a++
				}
				if a+1 < s.Last && doc.Tokens[a].Lower == "as" {
					k = a + 1
				}
			}
			if k >= s.Last {
				return roleHit{}, false
			}
		}
	} else if tk := &doc.Tokens[k]; isCap(tk.Text) && !(tk.Tag == "DT" || tk.Tag == "PRP$") && doc.TokMention[k] >= 0 && doc.Mentions[doc.TokMention[k]].Kind == NameMention {
		// "X, Russia's aide" keeps going; "X, Y and Z" is a list
		mk := doc.TokMention[k]
		if last := doc.Mentions[mk].Last; last >= s.Last || !isPossessive(doc, last) {
			if _, dem := rs.lex.demonyms[word(doc, k)]; !dem && !rs.roleAt(doc, last) {
				return roleHit{}, false
			}
		}
	}
	if appos && k+2 < s.Last && doc.Tokens[k].Lower == "speaking" && doc.Tokens[k+1].Lower == "for" {
		// "X, speaking for the Orsk Bank, said": its spokesman (not
		// "speaking for himself")
		if e, sp, _, thing := rs.ppObject(doc, s, k+2, "spokesman", k+1); e >= 0 && !thing && doc.Entities[e].Type != schema.Person {
			return roleHit{holder: mi, inst: e, instSp: sp, lemma: "spokesman", surface: "speaking for", conf: 0.6}, true
		}
		return roleHit{}, false
	}
	if doc.Tokens[k].Lower == "whose" {
		return roleHit{}, false // "X, whose president, Y,": X has the role's holder
	}
	oneOf := k+2 < s.Last && doc.Tokens[k].Lower == "one" && doc.Tokens[k+1].Lower == "of"
	if oneOf {
		// "X, one of Y's largest investors,", "X is one of its
		// shareholders": X holds the stake the plural names (see
		// roleEnding)
		k += 2
	}
	h, next, ok := rs.rolePhrase(doc, s, k)
	if !ok && appos && !oneOf {
		// "X, a poet and veteran of the Y Party,", "X, a former teacher
		// and a member of Y,": a description that is no role, then one
		// that names its institution
		if c := describedThen(doc, s, k); c > 0 {
			if h2, n2, ok2 := rs.rolePhrase(doc, s, c+1); ok2 && (h2.inst >= 0 || h2.thing) {
				h, next, ok = h2, n2, true
			}
		}
	}
	if !ok || oneOf && (!strings.HasSuffix(h.surface, "s") || h.inst < 0) {
		// "one of the president's aides" is no president; "one of the
		// largest investors" names no company
		return roleHit{}, false
	}
	if appos && next < s.Last {
		if n := doc.TokMention[next]; n >= 0 && doc.Mentions[n].First == next && doc.Mentions[n].Kind == NameMention && doc.Mentions[n].Type == schema.Person {
			// "Joe Biden, Australian Prime Minister Scott Morrison and
			// ...": a list; the title is the next name's
			return roleHit{}, false
		}
	}
	h, next = rs.coordinated(doc, s, h, next, -1)
	h.holder, h.conf = mi, conf
	// "X, who became chief executive in March," "X returned as chief
	// executive": a bare title after a copula or "as"
	// "X was named interim chairman": the same after a passive appointment
	bare := !appos && k > 0 && (isBe(doc, k-1) || doc.Tokens[k-1].Lower == "as" || k > 1 && isBe(doc, k-2) && rs.lex.appoint[doc.Tokens[k-1].Lower]) && doc.Tokens[k].Tag != "DT" && doc.Tokens[k].Tag != "PRP$"
	if h.inst < 0 && !h.thing && (appos && (doc.Tokens[k].Lower == "the" || (doc.Tokens[k].Lower == "a" || doc.Tokens[k].Lower == "an") && !rs.kindBefore(doc, k+1, next)) || bare) && rs.companyTitle(h.lemma, h.surface) && !doc.presplit {
		// "X, the chief scientist and a board member,": of the company in
		// focus, when the story is about one; "Pellworth co-founder X, who
		// returned as chief executive,": of the company her title before
		// the name gives
		if p, ok := rs.prefix(doc, s, mi); ok && p.inst >= 0 && p.inst != m.Entity && doc.Entities[p.inst].Type == schema.Organization && rs.companyTitle(p.lemma, p.surface) {
			h.inst, h.instSp, h.conf = p.inst, p.instSp, 0.6
		} else if e := boardOwner(doc, m.First); e >= 0 && e != m.Entity && nationalSeat(doc, k-1, next) {
			// "X, an independent director,": of the company whose board
			// the story named ("Acme's board"), not a bidder named more
			// often
			h.inst, h.instSp, h.conf = e, Span{doc.Tokens[k].Span.Start, doc.Tokens[next-1].Span.End}, 0.5
		} else if e := rs.focusOrg(doc, m.First, m.Entity); e >= 0 && doc.Entities[e].Mentions >= 2 && !publicName(doc.Entities[e].Name) && !mediaOrg(doc, e) {
			h.inst, h.instSp, h.conf = e, Span{doc.Tokens[k].Span.Start, doc.Tokens[next-1].Span.End}, 0.5
		}
	}
	if h.inst < 0 && !h.thing && appos && rs.ownerWord(doc, k, next) {
		// "X, the second-largest shareholder with about 9 percent,": of
		// the company in focus
		if e := rs.focusOrg(doc, m.First, m.Entity); e >= 0 {
			h.inst, h.instSp, h.conf = e, Span{doc.Tokens[k].Span.Start, doc.Tokens[next-1].Span.End}, 0.5
		}
	}
	if appos && firmRivals[h.lemma] && h.inst >= 0 && doc.Entities[h.inst].Type == schema.Country && (doc.Tokens[k].Lower == "a" || doc.Tokens[k].Lower == "an") {
		return roleHit{}, false // "Norvex, a smaller Swedish rival,": of no nation
	}
	if h.inst < 0 && !h.thing && next+1 < s.Last && (doc.Tokens[next].Lower == "who" || doc.Tokens[next].Lower == "that") {
		// "a commander who leads the group's delegation"
		if r, ok := rs.verbs[doc.Tokens[next+1].Lower]; ok {
			if v, ok := rs.verbObject(doc, s, next+1, r); ok {
				h.inst, h.instSp, h.conf = v.inst, v.instSp, 0.65
			}
		}
	}
	if h.inst < 0 && !h.thing {
		if !rs.isOffice(h.lemma) || rs.capitalisedModifier(doc, k, next) {
			return roleHit{}, false
		}
		if next < s.Last && !rs.offices[h.lemma] {
			// "president of ClearView Economics", "vice president Boeing":
			// an institution this stage could not resolve
			switch tk := &doc.Tokens[next]; {
			case tk.Lower == "of" || tk.Lower == "for" || tk.Lower == "at" || tk.Lower == "to":
				return roleHit{}, false
			case isCap(tk.Text) && !isVerbTag(tk.Tag) && tk.Tag != "MD":
				return roleHit{}, false
			}
		}
		if !rs.offices[h.lemma] && fieldAfter(doc, k, next) {
			// "X, president of sales, said": a company's post in a
			// field, no state's office
			return roleHit{}, false
		}
		h.office, h.conf = true, 0.5
	}
	return h, true
}

// describedThen returns the "and" after a short lower-case description
// that opens an apposition at token a ("a poet and", "a former teacher
// and", "the world's largest pension fund and"), or -1.
func describedThen(doc *Document, s Sentence, a int) int {
	for t := a; t < s.Last && t < a+7; t++ {
		tk := &doc.Tokens[t]
		if tk.Lower == "and" {
			if t > a && isNounTag(doc.Tokens[t-1].Tag) {
				return t
			}
			return -1
		}
		if isCap(tk.Text) || doc.TokMention[t] >= 0 || !(tk.Tag == "DT" || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "NN" || tk.Tag == "CD" || tk.Tag == "POS" && t > a) {
			return -1
		}
	}
	return -1
}

// fieldAfter reports whether the role phrase [a, next) ends in "of" or
// "for" and lower-case words that name a field, no institution ("head
// of research", "president of sales").
func fieldAfter(doc *Document, a, next int) bool {
	for t := next - 1; t > a; t-- {
		switch tk := &doc.Tokens[t]; {
		case tk.Lower == "of" || tk.Lower == "for":
			return t+1 < next
		case isCap(tk.Text) || doc.TokMention[t] >= 0 || !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "CC"):
			return false
		}
	}
	return false
}

// kindBefore reports whether a noun for a kind of organisation stands
// among tokens [a, b) before a role's last word ("a fund manager", "an
// investment bank analyst"): the holder works at some body of that kind,
// not at the one in focus.
func (rs *RoleStage) kindBefore(doc *Document, a, b int) bool {
	for t := a; t < b-1; t++ {
		if isNounTag(doc.Tokens[t].Tag) && rs.orgNoun(doc.Tokens[t].Lower) && !orgParts[doc.Tokens[t].Lower] {
			return true
		}
	}
	return false
}

// ownerWord reports whether a role phrase in [a, b) is a shareholder or
// investor named with an article or "another" ("the largest
// shareholder", "another big investor"), whose company is left unsaid.
func (rs *RoleStage) ownerWord(doc *Document, a, b int) bool {
	if a >= b || b > len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[a].Lower {
	case "the", "a", "an", "another":
	default:
		return false
	}
	for t := a + 1; t < b; t++ {
		switch strings.TrimSuffix(doc.Tokens[t].Lower, "s") {
		case "shareholder", "investor", "stakeholder", "owner":
			return true
		}
	}
	return false
}

// focusOrg returns the organisation in focus at token i: the one named
// most often before it (by name or description; the earliest first on a
// tie), never entity not nor a capitalised plural noun read as a name
// ("Shareholders of X voted"). Shareholders and investors speak of the
// company the story is about, not of the one named last.
func (rs *RoleStage) focusOrg(doc *Document, i, not int) int {
	return rs.focusOrgWhere(doc, i, not, nil)
}

// focusOrgWhere is focusOrg among the organisations ok accepts (all when
// ok is nil).
func (rs *RoleStage) focusOrgWhere(doc *Document, i, not int, ok func(e int) bool) int {
	lo := max(0, i-maxFocusWindow) // linear time in very long inputs
	if doc.presplit {
		lo = doc.Sentences[doc.Tokens[i].Sent].First
	}
	count := map[int]int{}
	best, bestN := -1, 0
	// the dateline's city is a place, even where a headline's "wins
	// Bilbao shipyard" made a firm of it
	place := roleFacts(doc).dateline
	for t := lo; t < i; t++ {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Kind == PronounMention {
			continue
		}
		m := &doc.Mentions[mi]
		e := m.Entity
		if e < 0 || e == not || doc.Entities[e].Type != schema.Organization || doc.Sentences[doc.Tokens[t].Sent].Skip || ok != nil && !ok(e) || place != "" && toLower(doc.Entities[e].Name) == place {
			continue
		}
		if m.Last-m.First == 1 && (doc.Tokens[t].Tag == "NNS" || strings.HasSuffix(doc.Tokens[t].Lower, "s") && rs.lastWord[strings.TrimSuffix(doc.Tokens[t].Lower, "s")]) {
			continue
		}
		count[e]++
		if count[e] > bestN {
			best, bestN = e, count[e]
		}
	}
	return best
}

// maxFocusWindow bounds how many tokens back focusOrg counts mentions.
const maxFocusWindow = 3000

// namedOffice gives a title without an institution ("Auditor-General X",
// "Ombudsman X") the organisation named before token a whose name holds
// the title's word ("the Office of the Auditor-General").
func (rs *RoleStage) namedOffice(doc *Document, h roleHit, a, b int) (roleHit, bool) {
	if rs.isOffice(h.lemma) || rs.companyTitle(h.lemma, h.surface) {
		return roleHit{}, false
	}
	for t := a; t <= b; t++ {
		for _, w := range strings.FieldsFunc(word(doc, t), func(r rune) bool { return r == '-' }) {
			if len(w) < 4 || rs.mods[w] {
				continue
			}
			if e := rs.stemOrg(doc, a, w); e >= 0 && rs.officeName(doc.Entities[e].Name) {
				h.inst, h.conf = e, 0.55
				h.instSp = Span{doc.Tokens[a].Span.Start, doc.Tokens[b].Span.End}
				return h, true
			}
		}
	}
	return roleHit{}, false
}

// stemOrg returns the organisation named last before token i, within
// maxRecentOrg tokens, one of whose name words shares its stem with noun
// ("Auditor-General X" after "the National Audit Office"); -1 if none.
func (rs *RoleStage) stemOrg(doc *Document, i int, noun string) int {
	if e := rs.recentOrg(doc, i, noun); e >= 0 {
		return e
	}
	return lastNamedOrg(doc, i, func(w string) bool { return sameStem(w, noun) }, unicode.IsSpace)
}

// sameStem reports whether two words are equal or one is the other with
// a short ending ("audit", "auditor"; "pension", "pensions").
func sameStem(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 5 && strings.HasPrefix(b, a) && len(b)-len(a) <= 2
}

// portfolio returns the organisation the document names before token a
// for the portfolio words [p, a) of a minister's or secretary's title:
// an organisation whose name is those words ("the Treasury") or those
// words and organisation nouns ("the Fisheries Ministry", "Ministry of
// Fisheries"), else a "Department for"/"Ministry of" phrase ending in
// those words that the entity layer left unnamed ("the Department for
// Work and Pensions"), as a phrase.
func (rs *RoleStage) portfolio(doc *Document, p, a int) (int, Span, bool, bool) {
	var words []string
	for t := p; t < a; t++ {
		if w := word(doc, t); w != "and" && w != "&" {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return -1, Span{}, false, false
	}
	lo := max(0, p-maxLookback)
	if doc.presplit {
		lo = doc.Sentences[doc.Tokens[p].Sent].First
	}
	for t := p - 1; t >= lo; t-- {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Kind != NameMention {
			continue
		}
		m := &doc.Mentions[mi]
		if m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
			continue
		}
		if rs.portfolioName(doc.Entities[m.Entity].Name, words) {
			return m.Entity, m.Span, false, true
		}
	}
	// "the Department for Work and Pensions" as words
	for t := p - 1; t >= lo; t-- {
		tk := &doc.Tokens[t]
		if !isCap(tk.Text) || !rs.lex.orgWords[tk.Lower] || t+2 >= p || (doc.Tokens[t+1].Lower != "for" && doc.Tokens[t+1].Lower != "of") {
			continue
		}
		u, n := t+2, 0
		for u < p && n < len(words) {
			w := word(doc, u)
			if w == "the" || w == "and" || w == "&" {
				u++
				continue
			}
			if w != words[n] {
				break
			}
			u, n = u+1, n+1
		}
		if n == len(words) && (u == p || !isCap(doc.Tokens[u].Text)) {
			return -1, Span{tk.Span.Start, doc.Tokens[u-1].Span.End}, true, true
		}
	}
	return -1, Span{}, false, false
}

// portfolioName reports whether an organisation's name is the portfolio
// words, alone or with organisation nouns, "of", "for" and "the".
func (rs *RoleStage) portfolioName(name string, words []string) bool {
	n := 0
	for _, w := range strings.Fields(toLower(name)) {
		switch {
		case n < len(words) && w == words[n]:
			n++
		case w == "and" || w == "&" || w == "of" || w == "for" || w == "the":
		case agencyParts[w] || courtWords[w]:
			return false // "the Labour Directorate" or "the Labour Court" is no labour minister's portfolio
		case rs.lex.orgWords[w] && !rs.bodies[w] || w == "ministry" || w == "department":
		default:
			return false
		}
	}
	return n == len(words)
}

// agencyParts name units inside an institution, never a minister's
// whole portfolio.
var agencyParts = map[string]bool{"division": true, "chamber": true, "bureau": true, "directorate": true, "unit": true}

// officeName reports whether an organisation's name ends in an
// organisation word ("National Ombudsman Office") or opens with "Office
// of" ("the Office of the Special Prosecutor"), not a title or a name.
func (rs *RoleStage) officeName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) > 2 && toLower(ws[0]) == "office" && toLower(ws[1]) == "of" {
		return true
	}
	return len(ws) > 1 && rs.lex.orgWords[toLower(ws[len(ws)-1])]
}

// court gives a judge named without a court ("Judge X, writing for the
// panel, said") the court the document named last before token at: an
// organisation with "court" or "tribunal" in its name.
func (rs *RoleStage) court(doc *Document, h roleHit, at int) (roleHit, bool) {
	if !rs.judicial[h.lemma] {
		return roleHit{}, false
	}
	if e := doc.Mentions[h.holder].Entity; e >= 0 {
		// "Justice X ruled ... would appeal to the Supreme Court. Justice
		// X said": a judge keeps the court this stage gave them before
		for r := len(doc.Relations) - 1; r >= 0; r-- {
			if rel := &doc.Relations[r]; rel.Role && rel.Subj.Entity == e && rs.judicial[rel.Pred] && rel.Obj.Entity >= 0 {
				h.inst, h.conf = rel.Obj.Entity, 0.5
				h.instSp = doc.Tokens[at].Span
				return h, true
			}
		}
	}
	for _, noun := range []string{"court", "tribunal"} {
		if e := rs.recentOrg(doc, at, noun); e >= 0 {
			h.inst, h.conf = e, 0.5
			h.instSp = doc.Tokens[at].Span
			return h, true
		}
	}
	if sp, ok := unnamedCourt(doc, at); ok && !ofNamed(doc, h.holder) {
		// "A Paris court on Monday found X guilty ... Presiding judge Y
		// said": the court the story leaves unnamed, as it writes it
		h.inst, h.thing, h.instSp, h.conf = -1, true, sp, 0.45
		return h, true
	}
	// "District Judge X said at London's Central Criminal Court": the
	// court the judge's own sentence names after the title
	s := doc.Sentences[doc.Tokens[at].Sent]
	for t := at + 1; t < s.Last; t++ {
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].First == t && doc.Mentions[mi].Kind == NameMention {
			if e := doc.Mentions[mi].Entity; e >= 0 && doc.Entities[e].Type == schema.Organization {
				if w := strings.Fields(toLower(doc.Entities[e].Name)); slices.Contains(w, "court") || slices.Contains(w, "tribunal") {
					h.inst, h.conf = e, 0.45
					h.instSp = doc.Tokens[at].Span
					return h, true
				}
			}
		}
	}
	return roleHit{}, false
}

// coordinated reads a second role coordinated with the role phrase h that
// ends at next ("chairman and chief executive of EMI", "EMI's chairman
// and chief executive"): the first role when it names the institution,
// else the second when it does ("a barrister and chairman of X" is the
// chairman of X). The second phrase must end at token end when end >= 0.
// It returns the hit and the index after the second phrase, or h and next
// unchanged.
func (rs *RoleStage) coordinated(doc *Document, s Sentence, h roleHit, next, end int) (roleHit, int) {
	if next+1 >= s.Last || doc.Tokens[next].Lower != "and" || isCap(doc.Tokens[next+1].Text) && doc.TokMention[next+1] >= 0 && rs.isHolder(doc, doc.TokMention[next+1]) {
		return h, next
	}
	h2, n2, ok := rs.rolePhrase(doc, s, next+1)
	if !ok || end >= 0 && n2 != end {
		return h, next
	}
	switch {
	case h.inst >= 0 || h.thing:
		return h, n2 // "EMI's chairman and chief executive"
	case h2.inst >= 0 || h2.thing:
		return h2, n2 // "a barrister and chairman of X": the role X gives
	}
	return h, next
}

// roleAt reports whether a role phrase starts at token i, ends within
// three tokens and closes the apposition ("X, BCC director general."), not
// a title before another name ("X, UN Secretary General Kofi Annan").
func (rs *RoleStage) roleAt(doc *Document, i int) bool {
	if i >= len(doc.Tokens) {
		return false // the name ends the document
	}
	sent := doc.Tokens[i].Sent
	for t := i + 2; t >= i; t-- {
		if t >= len(doc.Tokens) || doc.Tokens[t].Sent != sent {
			continue
		}
		if _, ra, ok := rs.roleEnding(doc, i, t); ok && ra == i {
			n := t + 1
			return n >= len(doc.Tokens) || doc.Tokens[n].Sent != sent || isBoundary(doc, n) && doc.TokMention[n] < 0
		}
	}
	return false
}

// capitalisedModifier reports whether tokens [a, b) hold a capitalised
// word that names no known entity: an institution this stage cannot
// resolve ("a Brennan Foods director").
func (rs *RoleStage) capitalisedModifier(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		if isCap(doc.Tokens[t].Text) && doc.Tokens[t].Tag != "DT" && doc.Tokens[t].Tag != "CD" && doc.Tokens[t].Tag != "PRP$" {
			if mi := doc.TokMention[t]; mi < 0 || doc.Mentions[mi].Entity < 0 {
				_, role := rs.words[word(doc, t)]
				_, title := rs.lex.titles[word(doc, t)]
				if !role && !title && !rs.mods[word(doc, t)] {
					return true
				}
			}
		}
	}
	return false
}

// stanceNouns name a standing attitude of one actor to another ("a critic
// of X"), with the relation it states.
var stanceNouns = map[string]string{"critic": "criticise", "opponent": "oppose", "supporter": "support", "backer": "support"}

// stances states the attitude an apposition gives its name: "X, a vocal
// critic of Y," criticises Y, "X, a longtime supporter of Y," supports Y.
// Up to three modifiers may stand between the article and the noun; Y
// must be a named actor other than X.
func stances(doc *Document, s Sentence, si int) {
	if doc.presplit {
		return // an actor-graph reading: open extraction keeps the apposition as written
	}
	for i := s.First + 2; i+2 < s.Last; i++ {
		lemma := stanceNouns[doc.Tokens[i].Lower]
		if lemma == "" || doc.Tokens[i+1].Lower != "of" {
			continue
		}
		a := i - 1
		for a > s.First && i-a <= 3 && (doc.Tokens[a].Tag == "JJ" || doc.Tokens[a].Tag == "RB" || doc.Tokens[a].Tag == "VBN" || doc.Tokens[a].Tag == "NN" && !isCap(doc.Tokens[a].Text)) {
			a--
		}
		if w := doc.Tokens[a].Lower; w != "a" && w != "an" || a-2 < s.First || doc.Tokens[a-1].Lower != "," {
			continue
		}
		h := doc.TokMention[a-2]
		t := i + 2
		if t < s.Last && doc.Tokens[t].Lower == "the" {
			t++
		}
		for t < s.Last && t <= i+4 && doc.TokMention[t] < 0 && isCap(doc.Tokens[t].Text) && doc.Tokens[t].Tag == "NNP" {
			t++ // a title before the name: "a critic of President X"
		}
		if t >= s.Last {
			continue
		}
		o := doc.TokMention[t]
		if h < 0 || o < 0 || doc.Mentions[h].Last != a-1 || doc.Mentions[o].First != t {
			continue
		}
		hm, om := &doc.Mentions[h], &doc.Mentions[o]
		if hm.Entity < 0 || om.Entity < 0 || hm.Entity == om.Entity || !actorEntity(doc, hm.Entity) || !actorEntity(doc, om.Entity) {
			continue
		}
		if om.Last < s.Last && (isPossessive(doc, om.Last) || !isBoundary(doc, om.Last)) {
			continue // "a critic of Acme's plan", "of the China deal": the plan's, which the relation stage reads
		}
		subj := Arg{Entity: hm.Entity, Poss: -1, Span: hm.Span, Text: doc.Text[hm.Span.Start:hm.Span.End]}
		obj := Arg{Entity: om.Entity, Poss: -1, Span: om.Span, Text: doc.Text[om.Span.Start:om.Span.End]}
		doc.Relations = append(doc.Relations, Relation{
			Subj: subj, Obj: obj, Pred: lemma, PredText: doc.Tokens[i].Text + " of", PredSpan: Span{doc.Tokens[i].Span.Start, doc.Tokens[i+1].Span.End},
			Modality: schema.Asserted, Confidence: 0.6, Sent: si, Span: Span{subj.Span.Start, obj.Span.End},
		})
	}
}

// mentionType is the type of mention k's entity, or the mention's own
// when it has none.
func mentionType(doc *Document, k int) schema.EntityType {
	if e := doc.Mentions[k].Entity; e >= 0 && e < len(doc.Entities) {
		return doc.Entities[e].Type
	}
	return doc.Mentions[k].Type
}

// listContinues reports whether a name list goes on at token t: ", and
// NAME" or ", or NAME".
func listContinues(doc *Document, s Sentence, t int) bool {
	if t+2 >= s.Last || doc.Tokens[t].Lower != "," || doc.Tokens[t+1].Lower != "and" && doc.Tokens[t+1].Lower != "or" {
		return false
	}
	k := doc.TokMention[t+2]
	return k >= 0 && doc.Mentions[k].First == t+2 && doc.Mentions[k].Kind == NameMention
}

// before finds a role in an apposition before the name: "Acme's chief
// executive, X,", "A spokesman for the union, X, said".
func (rs *RoleStage) before(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	after := m.Last
	if after+1 < s.Last && doc.Tokens[after].Lower == "of" && isCap(doc.Tokens[after+1].Text) && (after+2 == s.Last || doc.Tokens[after+2].Lower == "," || doc.Tokens[after+2].Tag == ".") {
		after += 2 // a peer's territorial title: "Lord Irvine of Lairg"
	}
	// coordinated holders: "Two directors, Per Lund and Eva Ek, resigned"
	// (each may carry a party label: "Republican X and Democrat Y")
	var pair bool
	titled := false // a holder of the pair carries a title of its own
	if pair0 := pastNationality(doc, after); pair0+1 < s.Last && doc.Tokens[pair0].Lower == "and" {
		after = pair0 // "X of India and Y": the first holder's country
	}
	if after+1 < s.Last && doc.Tokens[after].Lower == "and" {
		n := after + 1
		if n+1 < s.Last && partyLabels[doc.Tokens[n].Lower] {
			n++
		}
		if t := rs.pastTitle(doc, n); t != n {
			n, titled = t, true // "X and Health Minister Y"
		}
		if k := doc.TokMention[n]; k >= 0 && doc.Mentions[k].First == n && rs.pairedHolder(doc, mi, k) {
			after, pair = doc.Mentions[k].Last, true
		} else if k := describedName(doc, n, s.Last); k >= 0 && rs.orgHolder(doc, mi) && rs.orgHolder(doc, k) {
			after, pair = doc.Mentions[k].Last, true // "X and the law firm Y"
		}
	}
	first := m.First
	if first-1 > s.First && partyLabels[doc.Tokens[first-1].Lower] && doc.TokMention[first-1] < 0 {
		first--
	}
	if rs.orgHolder(doc, mi) {
		// the second organisation's descriptor: "its advisers, Halden
		// Bank and the law firm Morrow Partners,"
		k := first - 1
		for k > s.First && first-k <= 4 && descriptorWord(doc, k) {
			k--
		}
		if k < first-1 && k-2 > s.First && doc.Tokens[k].Lower == "the" && doc.Tokens[k-1].Lower == "and" && describedName(doc, k, s.Last) == mi {
			if pk := doc.TokMention[k-2]; pk >= 0 && doc.Mentions[pk].Last == k-1 && rs.pairedHolder(doc, mi, pk) {
				first = k
			}
		}
	}
	if t := rs.titleBefore(doc, s, first); t != first && t-2 > s.First && doc.Tokens[t-1].Lower == "and" {
		// "X and Health Minister Y": the office is Y's own title
		first, titled = t, true
	}
	if first-2 > s.First && doc.Tokens[first-1].Lower == "and" {
		p := first - 2
		if p-1 > s.First && partyLabels[doc.Tokens[p].Lower] && doc.TokMention[p] < 0 {
			p--
		}
		if k := doc.TokMention[p]; k >= 0 && isCountry(doc, k) && doc.Mentions[k].First-2 > s.First && doc.Tokens[doc.Mentions[k].First-1].Lower == "of" {
			p = doc.Mentions[k].First - 2 // "X of India and Y": past the first holder's country
		}
		if k := doc.TokMention[p]; k >= 0 && rs.pairedHolder(doc, mi, k) {
			first, pair = doc.Mentions[k].First, true
			if f := first - 1; f > s.First && partyLabels[doc.Tokens[f].Lower] && doc.TokMention[f] < 0 {
				first = f
			}
		}
	}
	// what follows the name must end the apposition
	if after < s.Last {
		t := &doc.Tokens[after]
		switch {
		case t.Lower == "," || t.Lower == ")" || t.Tag == "." || t.Lower == "-" || t.Lower == "–" || t.Lower == "—":
		case isVerbTag(t.Tag) || t.Tag == "MD" || t.Lower == "who":
		default:
			return roleHit{}, false
		}
	}
	// skip a title run before the name: ", Conservative MP Boris Johnson"
	c := first - 1
	if rs.orgHolder(doc, mi) {
		// an organisation's descriptor: ", the Dutch pension fund VBF",
		// ", the family holding company X" (a gerund before a noun)
		k := first - 1
		for k > s.First && first-k <= 6 && (descriptorTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "VBG" && isNounTag(doc.Tokens[k+1].Tag)) && doc.Tokens[k].Lower != "the" {
			k--
		}
		if k > s.First && doc.Tokens[k].Lower == "the" && doc.Tokens[k-1].Lower == "," {
			c = k - 1 // (or none: "its parent, the Veld Group,")
		}
	} else if m.Type == schema.Person {
		// a person's descriptor or style after "the": "Its
		// secretary-general, the Chilean diplomat X,", "Its general
		// secretary, the Reverend X,"
		k := first - 1
		for k > s.First && first-k <= 4 && descriptorTag(doc.Tokens[k].Tag) && doc.Tokens[k].Lower != "the" {
			k--
		}
		if k > s.First && doc.Tokens[k].Lower == "the" && doc.Tokens[k-1].Lower == "," {
			c = k - 1
		}
	}
	if c > s.First && !isCap(doc.Tokens[c].Text) {
		// a lower-case title of its own: "Its leader, former prime
		// minister X,"
		if _, ra, ok := rs.roleEnding(doc, s.First, c); ok {
			c = ra - 1
			for c > s.First && (doc.Tokens[c].Lower == "former" || doc.Tokens[c].Lower == "then") {
				c--
			}
		}
	}
	for n := 0; c >= s.First && n < 4 && doc.Tokens[c].Lower != ","; n++ {
		if !isCap(doc.Tokens[c].Text) {
			if w := doc.Tokens[c].Lower; (w == "former" || w == "then") && n > 0 && c > s.First && doc.Tokens[c-1].Lower == "," {
				// "Ana Vell's lawyer, former Attorney General X,": a past
				// title before the name opens the apposition
				c--
				break
			}
			return roleHit{}, false
		}
		c--
	}
	if c <= s.First || doc.Tokens[c].Lower != "," {
		return roleHit{}, false
	}
	if rs.orgHolder(doc, mi) && (pair || listContinues(doc, s, after)) {
		// (by the entity's type: the stage may have retyped a name the
		// mention layer read as a person's, "owner of Kestrow Air")
		if k := doc.TokMention[c-1]; k >= 0 && doc.Mentions[k].Last == c && mentionType(doc, k) == mentionType(doc, mi) {
			// "the owner of Kestrel Lines, Brio Ferries and Halden
			// Shipping": a list of names, no apposition
			return roleHit{}, false
		}
	}
	inState := -1 // the state of the capital the holder works in
	if k := doc.TokMention[c-1]; k >= 0 && doc.Mentions[k].Last == c {
		// "The fund's resident representative in Nairobi, X,": the
		// place the holder works in ends the role phrase
		if in := doc.Mentions[k].First - 1; in-1 > s.First && doc.Tokens[in].Lower == "in" && rs.lastWord[word(doc, in-1)] && rs.placeMention(doc, k) {
			c = in
			if isCountry(doc, k) {
				inState = doc.Mentions[k].Entity
			}
		}
	}
	if in := c - 3; in-1 > s.First && doc.Tokens[in].Lower == "in" && doc.Tokens[c-2].Lower == "the" && placeWordsOf[word(doc, c-1)] && rs.lastWord[word(doc, in-1)] {
		// "The Greens' caucus leader in the city, X,": an unnamed place
		// ends it likewise
		c = in
	}
	if in := c - 3; in-1 > s.First && envoyPPs[doc.Tokens[in].Lower] && envoyWords[word(doc, in-1)] && doc.Tokens[c-2].Lower == "the" && isNounTag(doc.Tokens[c-1].Tag) && !isCap(doc.Tokens[c-1].Text) && doc.TokMention[c-1] < 0 {
		// "Norway's special envoy to the process, X,", "the EU's
		// special representative for the region, X,": the matter the
		// envoy is sent on ends the role phrase too
		c = in
	}
	// the apposition's start: back from the comma to a clause boundary
	a := c - 1
	if _, ra, ok := rs.roleEnding(doc, s.First, c-1); ok {
		a = ra // "sporting director": a tagger may read a verb in it
	}
	for a > s.First && c-a < 10 {
		p := &doc.Tokens[a-1]
		if p.Lower == "and" && a-2 > s.First && rs.lastWord[word(doc, a-2)] || (p.Lower == "'" || p.Lower == "’") && isPossessive(doc, a-1) && a-2 >= s.First && doc.TokMention[a-2] >= 0 {
			a-- // "Acme's chairman and chief executive, X", "Yukos' founder, X"
			continue
		}
		if pair && p.Lower == "and" && ofStates(doc, a-1) {
			a-- // "the foreign ministers of Chile and Peru, X and Y,"
			continue
		}
		if p.Lower == "," || p.Tag == "." || p.Tag == "``" || p.Tag == "''" || isVerbTag(p.Tag) && !rs.isDemonym(doc, a-1) || p.Tag == "MD" || p.Lower == ":" || p.Tag == ":" || p.Lower == "and" || clauseJoiners[p.Lower] {
			break // ("..., but his lawyer, X, said": the apposition starts after "but")
		}
		if p.Tag == "WRB" || p.Lower == "to" && a-2 >= s.First && doc.Tokens[a-2].Lower == "according" {
			break // "where its captain, X, was held", "according to its chief executive, X"
		}
		if q := a - 2; p.Lower == "of" && q >= s.First && doc.TokMention[q] < 0 && !isCap(doc.Tokens[q].Text) && isNounTag(doc.Tokens[q].Tag) && !rs.lastWord[word(doc, q)] && !rs.lastWord[strings.TrimSuffix(word(doc, q), "s")] && !rs.parts[word(doc, q)] && !rs.bodies[word(doc, q)] {
			break // "in the presence of Kazakhstan's president, X": the role starts after "of"
		}
		if q := a - 2; p.Lower == "of" && q >= s.First && timeWords[doc.Tokens[q].Lower] && doc.TokMention[q] < 0 {
			break // "the resignation in May of Brava Foods' auditor, X": a date names no role's place either
		}
		if q := a - 2; pair && p.Lower == "of" && q >= s.First && (doc.Tokens[q].Tag == "CD" || partitives[doc.Tokens[q].Lower]) {
			break // "two of the panel's members, X and Y": the role starts after the partitive "of"
		}
		if (p.Tag == "IN" || p.Tag == "TO" && a-2 >= s.First && isVerbTag(doc.Tokens[a-2].Tag)) && p.Lower != "of" && p.Lower != "for" && p.Lower != "at" && !(pair && p.Lower == "from" && a-2 >= s.First && doc.Tokens[a-2].Tag == "NNS") && !rs.lastWord[p.Lower] {
			break // (also "wrote to Acme's chairman, X"; not "ambassador to the UN")
		}
		a--
	}
	if after < s.Last {
		if t := &doc.Tokens[after]; (isVerbTag(t.Tag) || t.Tag == "MD") && a != s.First {
			// "after meeting the chairman, X said": X is not the chairman
			if p := &doc.Tokens[a-1]; p.Lower != "," && p.Tag != "``" && p.Lower != "by" {
				return roleHit{}, false
			}
		}
	}
	// "The foreign ministers of Chile and Peru, X and Y,", "the heads of
	// the two countries' armies, X and Y,": each holds the role in one
	// state of the pair, in order
	px, py, pc := -1, -1, c
	if pair {
		px, py, pc = rs.statePairOf(doc, s, a, c)
	}
	// skip a leading preposition and determiners the phrase reader takes
	h, next, ok := rs.rolePhrase(doc, s, a)
	if ok && next != c && next != pc {
		h, next = rs.coordinated(doc, s, h, next, c)
	}
	if !ok || next != c && next != pc {
		return roleHit{}, false
	}
	if px >= 0 {
		h.inst, h.instSp, h.thing, h.office, h.conf = px, Span{doc.Tokens[a].Span.Start, doc.Tokens[c-1].Span.End}, false, false, 0.6
		if first != m.First {
			h.inst = py
		}
	}
	if titled && pair && (h.inst < 0 || h.thing || !namedAt(doc, h.instSp)) {
		// "Two of the party's ministers, Labour Minister X and Health
		// Minister Y,": only a body named by its name gives titled
		// holders a second role
		return roleHit{}, false
	}
	if h.inst < 0 && !h.thing {
		// "Canada's conflict of interest and ethics commissioner, X,":
		// a long office description after its possessor
		if e, sp, ok := rs.longPossessor(doc, s, a, h.lemma); ok {
			h.inst, h.instSp, h.conf = e, sp, 0.6
		}
	}
	if inState >= 0 && !h.thing && (h.inst < 0 || doc.Entities[h.inst].Type == schema.Country) && slices.ContainsFunc(doc.Tokens[a:c], func(t Token) bool { return rs.bodies[t.Lower] }) && !slices.ContainsFunc(doc.TokMention[a:c], func(k int) bool { return k >= 0 && isCountry(doc, k) }) {
		// "A foreign ministry spokesman in Baku, X,": the ministry of
		// the state whose capital it sits in, whichever state's ministry
		// the story named before
		h.inst, h.instSp, h.conf = inState, Span{doc.Tokens[a].Span.Start, doc.Tokens[c-1].Span.End}, 0.6
	}
	if pair && doc.Tokens[a].Lower == "their" && doc.Tokens[c-1].Tag == "NNS" {
		// "Estonia and Latvia asked ... Their leaders, X and Y,": each
		// holds the role in one of the pair, in order
		if x, y, ok := subjectPair(doc, doc.Tokens[a].Sent-1); ok && clauseOpening(doc, a) {
			h.inst, h.instSp, h.conf = x, doc.Tokens[a].Span, 0.6
			if first != m.First {
				h.inst = y
			}
		}
	}
	if h.inst < 0 && !h.thing && rs.companyTitle(h.lemma, h.surface) && (pair || doc.Tokens[c-1].Tag == "NNS") && !rs.capitalisedModifier(doc, a, c) {
		// "Two independent directors, X and Y,": the organisation in focus
		// (a company, not the government the sentence before named)
		if e := rs.antecedent(doc, a); e >= 0 && doc.Entities[e].Type == schema.Organization && !publicName(doc.Entities[e].Name) {
			h.inst, h.instSp, h.conf = e, doc.Tokens[c-1].Span, 0.5
		} else if e := rs.focusOrg(doc, a, -1); e >= 0 && clauseOpening(doc, a) {
			h.inst, h.instSp, h.conf = e, doc.Tokens[c-1].Span, 0.5
		}
	}
	if h.inst < 0 && !h.thing && rs.companyTitle(h.lemma, h.surface) && !pair && doc.Tokens[a].Lower == "the" && clauseOpening(doc, a) && !rs.capitalisedModifier(doc, a, c) {
		// "The chief financial officer, X, said": the company in focus
		if e := rs.focusOrg(doc, a, -1); e >= 0 {
			h.inst, h.instSp, h.conf = e, doc.Tokens[c-1].Span, 0.5
		}
	}
	if h.inst < 0 && !h.thing && !pair && spokesRole(h.lemma) && c == a+2 && (doc.Tokens[a].Lower == "a" || doc.Tokens[a].Lower == "an") && a == s.First {
		// "Lintas denied the report. A spokesman, X, said ...": the
		// organisation or country the sentence before opens with
		if e := rs.antecedent(doc, a); e >= 0 {
			h.inst, h.instSp, h.conf = e, doc.Tokens[a+1].Span, 0.5
		}
	}
	if h.inst < 0 && !h.thing && doc.Tokens[a].Lower == "the" {
		// "The chief justice, X, read the ruling": of the court the story
		// named
		h.holder = mi
		if j, ok := rs.court(doc, h, c-1); ok {
			h = j
		}
	}
	if h.inst < 0 && !h.thing && doc.Tokens[a].Lower == "the" {
		// "The special prosecutor, X,": of the office the story named
		// by the title ("the Office of the Special Prosecutor")
		if j, ok := rs.namedOffice(doc, h, a+1, c-1); ok {
			h = j
		}
	}
	if h.inst < 0 && !h.thing && doc.Tokens[a].Lower == "the" {
		// "The opposition leader, X, welcomed the ruling": the
		// opposition's, as with the title before the name
		h.holder = mi
		if j, ok := oppositionLeader(doc, s, h, c-1); ok {
			h = j
		}
	}
	if h.inst < 0 && !h.thing {
		if !rs.isOffice(h.lemma) || rs.capitalisedModifier(doc, a, c) || doc.Tokens[a].Lower == "whose" || possessedPhrase(doc, a, c) {
			// "X, whose president, Y,": X's office, never a state's;
			// "the bloc's executive secretary, Y,": the bloc's, unnamed
			return roleHit{}, false
		}
		h.office, h.conf = true, 0.5
	}
	h.holder = mi
	return h, true
}

// envoyWords end the roles of someone sent on a matter, and envoyPPs
// open the matter: "special envoy to the talks", "representative for the
// region".
var envoyWords = map[string]bool{"envoy": true, "representative": true, "mediator": true}
var envoyPPs = map[string]bool{"to": true, "for": true, "on": true}

// statePairOf reads a plural role phrase in [a, c) before a named pair
// that names two states: "the foreign ministers of Chile and Peru" (the
// role phrase then ends before "and Peru", the returned token), or "the
// heads of the two countries' armies" after a sentence or a lead that
// names the two together (the role phrase ends before "of"). It returns
// the two states in order, or -1.
func (rs *RoleStage) statePairOf(doc *Document, s Sentence, a, c int) (int, int, int) {
	k2 := doc.TokMention[c-1]
	if k2 >= 0 && doc.Mentions[k2].Last == c && isCountry(doc, k2) {
		an := doc.Mentions[k2].First - 1
		if an-2 <= a || doc.Tokens[an].Lower != "and" || !ofStates(doc, an) {
			return -1, -1, c
		}
		k1 := doc.TokMention[an-1]
		if doc.Mentions[k1].Entity == doc.Mentions[k2].Entity {
			return -1, -1, c
		}
		if of := doc.Mentions[k1].First - 1; of-1 <= a || doc.Tokens[of-1].Tag != "NNS" {
			return -1, -1, c
		}
		return doc.Mentions[k1].Entity, doc.Mentions[k2].Entity, an
	}
	for t := a; t+2 < c; t++ {
		if twoStatesEnd(doc, t) == t {
			continue
		}
		if t-2 < a || doc.Tokens[t-1].Lower != "of" || doc.Tokens[t-2].Tag != "NNS" {
			return -1, -1, c
		}
		x, y, ok := subjectPair(doc, doc.Tokens[a].Sent-1)
		if !ok {
			x, y, ok = leadStates(doc)
		}
		if !ok || doc.Entities[x].Type != schema.Country || doc.Entities[y].Type != schema.Country || twoStatesEnd(doc, t) != c {
			return -1, -1, c
		}
		return x, y, t - 1
	}
	return -1, -1, c
}

// twoStatesEnd returns the token after "the two countries" (or states,
// nations) at token t and, when it is a possessive, after the nouns it
// possesses ("the two countries' security services"); t if there is none.
func twoStatesEnd(doc *Document, t int) int {
	if t+3 >= len(doc.Tokens) || doc.Tokens[t].Lower != "the" || doc.Tokens[t+1].Lower != "two" || !pairStateNouns[doc.Tokens[t+2].Lower] {
		return t
	}
	j := t + 3
	if isPossessive(doc, j) {
		j++
		for n := 0; n < 3 && j < len(doc.Tokens) && descriptorWord(doc, j); n++ {
			j++
		}
	}
	return j
}

// pairStateNouns name two states together after "the two".
var pairStateNouns = map[string]bool{"countries": true, "states": true, "nations": true}

// ofStates reports whether the "and" at token t joins two countries after
// "of" ("of Chile and Peru").
func ofStates(doc *Document, t int) bool {
	if t < 1 || t+1 >= len(doc.Tokens) {
		return false
	}
	k1, k2 := doc.TokMention[t-1], doc.TokMention[t+1]
	if k1 < 0 || k2 < 0 || doc.Mentions[k1].Last != t || doc.Mentions[k2].First != t+1 || !isCountry(doc, k1) || !isCountry(doc, k2) {
		return false
	}
	of := doc.Mentions[k1].First - 1
	return of >= 0 && doc.Tokens[of].Lower == "of"
}

// clauseJoiners open a clause whose subject may be an apposition.
var clauseJoiners = map[string]bool{"but": true, "while": true, "whereas": true, "although": true, "though": true, "yet": true}

// possessedPhrase reports whether tokens [a, c) hold a possessive of a
// common noun ("the bloc's"): the phrase names its own institution.
func possessedPhrase(doc *Document, a, c int) bool {
	for t := a + 1; t < c; t++ {
		if isPossessive(doc, t) && !isCap(doc.Tokens[t-1].Text) && doc.TokMention[t-1] < 0 {
			return true
		}
	}
	return false
}

// placeMention reports whether mention k names a place or a country by
// name or capital.
func (rs *RoleStage) placeMention(doc *Document, k int) bool {
	m := &doc.Mentions[k]
	if m.Kind != NameMention || m.Entity < 0 || m.Entity >= len(doc.Entities) {
		return false
	}
	t := doc.Entities[m.Entity].Type
	return t == schema.Country || t == schema.Location
}

// longPossessor returns the possessor opening a lower-case office
// description whose words before token a the apposition reader stopped at
// ("Canada's conflict of interest and ethics commissioner"): a country or
// organisation named at a clause start and followed by "'s", then only
// nouns, adjectives, "of" and "and".
func (rs *RoleStage) longPossessor(doc *Document, s Sentence, a int, lemma string) (int, Span, bool) {
	if a-1 <= s.First || (doc.Tokens[a-1].Lower != "and" && doc.Tokens[a-1].Lower != "of") {
		return -1, Span{}, false
	}
	for t := a - 1; t > s.First && t >= a-8; t-- {
		tk := &doc.Tokens[t]
		if isPossessive(doc, t) {
			k := doc.TokMention[t-1]
			if k < 0 || doc.Mentions[k].Kind == PronounMention {
				return -1, Span{}, false
			}
			m := &doc.Mentions[k]
			if m.First > s.First && doc.Tokens[m.First-1].Lower != "," && doc.Tokens[m.First-1].Tag != "``" {
				return -1, Span{}, false
			}
			return rs.institution(doc, t-1, lemma)
		}
		if isCap(tk.Text) || doc.TokMention[t] >= 0 || !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "CC" || tk.Lower == "of") {
			return -1, Span{}, false
		}
	}
	return -1, Span{}, false
}

// appointed finds "Y named X (as) its chief executive", "Y appointed X
// chairman": the role from the phrase after the name, its institution from
// that phrase or else the organisation that appoints.
func (rs *RoleStage) appointed(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	v := m.First - 1
	if v <= s.First || !isVerbTag(doc.Tokens[v].Tag) {
		return roleHit{}, false
	}
	k := m.Last
	if !rs.lex.appoint[doc.Tokens[v].Lower] {
		// "the board removed X as chairman", "the party ousted X as its
		// leader": X held the role until then
		if !removalVerbs[doc.Tokens[v].Lower] || k >= s.Last || doc.Tokens[k].Lower != "as" {
			return roleHit{}, false
		}
	}
	if k < s.Last && doc.Tokens[k].Lower == "," {
		// "named X, a former banker, as interim chairman", "named X, the
		// former head of the video site Y, as its chief": a description
		// between the name and "as"
		for t := k + 1; t < s.Last && t < k+13; t++ {
			tk := &doc.Tokens[t]
			if tk.Lower == "," {
				if t > k+1 && t+1 < s.Last && doc.Tokens[t+1].Lower == "as" {
					k = t + 1
				}
				break
			}
			// a person after "to" or "of" is part of the description: "named
			// X, a close adviser to Y, as finance minister"
			if doc.TokMention[t] >= 0 && doc.Mentions[doc.TokMention[t]].Type == schema.Person && !(doc.Mentions[doc.TokMention[t]].First < t || doc.Tokens[t-1].Tag == "IN" || doc.Tokens[t-1].Tag == "TO") || !(tk.Tag == "DT" || tk.Tag == "JJ" || isNounTag(tk.Tag) || tk.Tag == "IN" || tk.Tag == "TO" || tk.Tag == "POS" || tk.Tag == "VBG" || tk.Tag == "VBN") {
				break
			}
		}
	}
	if k < s.Last && doc.Tokens[k].Lower == "as" {
		k++
	}
	if k >= s.Last {
		return roleHit{}, false
	}
	if tk := &doc.Tokens[k]; !(tk.Tag == "DT" || tk.Tag == "PRP$" || tk.Tag == "JJ" || isNounTag(tk.Tag) && !isCap(tk.Text)) {
		return roleHit{}, false
	}
	h, next, ok := rs.rolePhrase(doc, s, k)
	if !ok {
		return roleHit{}, false
	}
	h.holder, h.conf = mi, 0.6
	// the appointing organisation: the subject before the verb, with no
	// other actor between
	subj, subjSp := -1, Span{}
	for t := v - 1; t >= s.First; t-- {
		o := doc.TokMention[t]
		if o < 0 || doc.Mentions[o].Entity < 0 {
			continue
		}
		if e := doc.Mentions[o].Entity; doc.Entities[e].Type == schema.Organization || doc.Entities[e].Type == schema.Country {
			subj, subjSp = e, doc.Mentions[o].Span
		}
		break
	}
	if subj >= 0 && (doc.Tokens[k].Lower == "its" || doc.Tokens[k].Lower == "their") && h.inst >= 0 && h.inst != subj {
		// "Y named X its new chairman": its is the appointing Y
		h.inst, h.instSp = subj, subjSp
		return h, true
	}
	if h.inst >= 0 || h.thing {
		return h, true
	}
	if subj < 0 {
		if rs.offices[h.lemma] && !rs.capitalisedModifier(doc, k, next) {
			// "the president appointed X as the new finance minister": a
			// state office, the government's
			h.office, h.conf = true, 0.5
			return h, true
		}
		return roleHit{}, false
	}
	h.inst, h.instSp, h.conf = subj, subjSp, 0.55
	return h, true
}

// removalVerbs are the verb forms that take a person out of a role they
// held ("Y dismissed X as chairman").
var removalVerbs = map[string]bool{"remove": true, "removed": true, "dismiss": true, "dismissed": true, "oust": true, "ousted": true,
	"sack": true, "sacked": true, "fire": true, "fired": true, "depose": true, "deposed": true}

// affiliation finds a name followed by its organisation: "Mary Oaks of
// the Fiscal Institute said", "Tom Hale from Pellworth Group, ...": the
// person works for it. A peer's territorial title ("Lord X of Y") is not
// an affiliation.
func (rs *RoleStage) affiliation(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	k := m.Last
	if k+1 >= s.Last {
		return roleHit{}, false
	}
	appos := false
	if doc.Tokens[k].Lower == "," && k+2 < s.Last && doc.Tokens[k+1].Lower == "of" {
		k, appos = k+1, true // "Miriam Holzer, of the Greens,"
	}
	if doc.Tokens[k].Text == "(" && m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Person {
		// "Senator Ivo Lenz (Liberty Party)": the party in brackets
		if o := doc.TokMention[k+1]; o >= 0 && doc.Mentions[o].First == k+1 && doc.Mentions[o].Kind == NameMention && doc.Mentions[o].Entity >= 0 &&
			doc.Entities[doc.Mentions[o].Entity].Type == schema.Organization && (partyName(doc, &doc.Mentions[o]) || ownPartyName(doc, &doc.Mentions[o])) &&
			doc.Mentions[o].Last < s.Last && doc.Tokens[doc.Mentions[o].Last].Text == ")" {
			return roleHit{holder: mi, inst: doc.Mentions[o].Entity, instSp: doc.Mentions[o].Span, lemma: "member", surface: "(", conf: 0.55}, true
		}
		return roleHit{}, false
	}
	switch doc.Tokens[k].Lower {
	case "of", "from": // "at" names venues as often as employers
	default:
		return roleHit{}, false
	}
	if m.First > s.First {
		if rs.peers[word(doc, m.First-1)] {
			return roleHit{}, false // "Lord Irvine of Lairg"
		}
	}
	t := k + 1
	mods, political := false, false
	if doc.Tokens[t].Lower == "the" {
		t++
		// a party's stance or place before its name: "of the opposition
		// Frente Civico party", "of the ruling Civic Alliance"
		for n := 0; n < 2 && t < s.Last && partyModifiers[doc.Tokens[t].Lower]; n++ {
			t, mods = t+1, true
			political = political || politicalPlaces[doc.Tokens[t-1].Lower]
		}
	}
	if t >= s.Last {
		return roleHit{}, false
	}
	o := doc.TokMention[t]
	if o < 0 || doc.Mentions[o].First != t || doc.Mentions[o].Kind != NameMention || doc.Mentions[o].Entity < 0 {
		return roleHit{}, false
	}
	e := doc.Mentions[o].Entity
	if doc.Entities[e].Type != schema.Organization {
		return rs.placeBody(doc, s, mi, k, o)
	}
	end := doc.Mentions[o].Last
	// (a congress of several words is a party or a federation, whose
	// people are its members: "Ms X, of the Renewal Congress (RC),")
	party := partyName(doc, &doc.Mentions[o]) || ownPartyName(doc, &doc.Mentions[o]) ||
		end-doc.Mentions[o].First > 1 && doc.Tokens[end-1].Lower == "congress"
	if end < s.Last && partyNouns[doc.Tokens[end].Lower] {
		end, party = end+1, true // "of the Rule of Law coalition"
	}
	// a place in politics names a party whatever its name's words: "of
	// the centre-right Democratic Union", "of the ruling Civic Forum" (a
	// stance may describe a paper or a think tank: "the liberal Herald")
	party = party || political
	if end < s.Last && !(doc.Tokens[end].Lower == "," || doc.Tokens[end].Tag == "." || doc.Tokens[end].Text == "(" || isVerbTag(doc.Tokens[end].Tag) || doc.Tokens[end].Tag == "MD") {
		if !party {
			return rs.placeBody(doc, s, mi, k, o) // "of the Kisumu district court"
		}
		return roleHit{}, false // (an abbreviation may follow: "of the National Action Party (PAN)")
	}
	if (appos || mods) && !party {
		return roleHit{}, false
	}
	lemma, surface := "work for", doc.Tokens[k].Text
	if party {
		lemma = "member" // "of the Greens", "of the Labour Party"
	}
	if m.First > s.First {
		// a title before the name is held in the organisation named after
		// it: "Chief Executive Ana Lenz of Nordbank" runs Nordbank;
		// "Opposition leader Ana Lenz of the Civic Forum" and "Opposition
		// leader Ana Lenz, of the Civic Forum," lead the party (but
		// "Senator Ana Lenz of the Civic Forum" is a member of it)
		if l, a, ok := rs.roleEnding(doc, s.First, m.First-1); ok && !rs.personal[l] && (party && partyOffices[l] || !party) {
			lemma, surface = l, doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[m.First-1].Span.End]
			if !party && seatRoles[l] && !slices.ContainsFunc(strings.Fields(toLower(doc.Entities[e].Name)), func(w string) bool { return legislatures[w] }) {
				// a seat in a house before the name, a body that is no
				// house after it: "Deputy Speaker Ana Lenz of the Civic
				// Union" sits for the union, as a member (but "Speaker X
				// of the National Assembly" presides over it)
				lemma = "member"
			}
		}
	}
	// the institution's words run to its kind: "the Rule of Law coalition"
	sp := Span{doc.Mentions[o].Span.Start, doc.Tokens[end-1].Span.End}
	return roleHit{holder: mi, inst: e, instSp: sp, lemma: lemma, surface: surface, conf: 0.55}, true
}

// placeBody reads a title before a name and a place's body after it:
// "Judge X of the Gazipur district court", "Councillor X of the Leeds city
// council": the holder sits on the body, as a phrase. Mention o is the
// place after "of (the)" at token k.
func (rs *RoleStage) placeBody(doc *Document, s Sentence, mi, k, o int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.First <= s.First || doc.Tokens[k].Lower != "of" {
		return roleHit{}, false
	}
	lemma, a, ok := rs.roleEnding(doc, s.First, m.First-1)
	if !ok || rs.personal[lemma] {
		return roleHit{}, false
	}
	end := doc.Mentions[o].Last
	for end < s.Last && end < doc.Mentions[o].Last+3 && !isCap(doc.Tokens[end].Text) && doc.TokMention[end] < 0 && (doc.Tokens[end].Tag == "NN" || doc.Tokens[end].Tag == "JJ") {
		end++
	}
	if end == doc.Mentions[o].Last || !rs.orgNoun(doc.Tokens[end-1].Lower) || end < s.Last && !isBoundary(doc, end) {
		return roleHit{}, false
	}
	return roleHit{holder: mi, inst: -1, thing: true, instSp: Span{doc.Mentions[o].Span.Start, doc.Tokens[end-1].Span.End}, lemma: lemma,
		surface: doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[m.First-1].Span.End], conf: 0.55}, true
}

// partyMember finds "X, a Free Democrat," or "X, a Social Democrat,": the
// party the story names by the label's plural or with "Party".
func (rs *RoleStage) partyMember(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	k := m.Last
	if k+2 >= s.Last || doc.Tokens[k].Lower != "," || doc.Tokens[k+1].Lower != "a" && doc.Tokens[k+1].Lower != "an" {
		return roleHit{}, false
	}
	a, b := k+2, k+2
	for b < s.Last && b < a+3 && isCap(doc.Tokens[b].Text) {
		b++
	}
	if b == a || b >= s.Last || doc.Tokens[b].Lower != "," && doc.Tokens[b].Tag != "." {
		return roleHit{}, false
	}
	var ws []string
	for t := a; t < b; t++ {
		ws = append(ws, doc.Tokens[t].Lower)
	}
	label := strings.Join(ws, " ")
	for e := range doc.Entities {
		if doc.Entities[e].Type != schema.Organization {
			continue
		}
		n := strings.TrimPrefix(toLower(doc.Entities[e].Name), "the ")
		if n == label+"s" || n == label+" party" || n == label+"ic party" {
			return roleHit{holder: mi, inst: e, instSp: Span{doc.Tokens[a].Span.Start, doc.Tokens[b-1].Span.End}, lemma: "member", surface: label, conf: 0.6}, true
		}
	}
	return roleHit{}, false
}

// whoseRole reads "X, whose special envoy Y attended" and "X, whose
// chairman, Y, said" (also after an unnamed apposition, "X, the
// metalworkers' union, whose leader, Y,"): Y holds the role in X.
func (rs *RoleStage) whoseRole(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Entity < 0 || m.Kind == PronounMention || m.Last+3 >= s.Last || doc.Tokens[m.Last].Lower != "," {
		return roleHit{}, false
	}
	w := m.Last + 1 // the "whose"
	if doc.Tokens[w].Lower != "whose" {
		// "Fiom, the metalworkers' union, whose leader, X,": past an
		// unnamed apposition
		w = -1
		if t := m.Last + 1; doc.Tokens[t].Tag == "DT" {
			for t++; t+1 < s.Last && t < m.Last+8 && doc.TokMention[t] < 0 && (isNounTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "POS" || doc.Tokens[t].Tag == "HYPH"); t++ {
			}
			if t > m.Last+2 && t+1 < s.Last && doc.Tokens[t].Lower == "," && doc.Tokens[t+1].Lower == "whose" {
				w = t + 1
			}
		}
		if w < 0 {
			return roleHit{}, false
		}
	}
	if ty := doc.Entities[m.Entity].Type; ty != schema.Person && ty != schema.Organization && ty != schema.Country {
		return roleHit{}, false
	}
	for t := w + 1; t < s.Last && t < w+7; t++ {
		hm := doc.TokMention[t]
		if hm < 0 {
			if isVerbTag(doc.Tokens[t].Tag) && !(isBe(doc, t) && t+1 < s.Last && doc.TokMention[t+1] >= 0) {
				return roleHit{}, false
			}
			continue
		}
		h := &doc.Mentions[hm]
		if h.First != t || h.Kind != NameMention || h.Entity < 0 || h.Entity == m.Entity || doc.Entities[h.Entity].Type != schema.Person && doc.Entities[h.Entity].Type != schema.Organization {
			return roleHit{}, false
		}
		end := t - 1
		if isBe(doc, end) && doc.Tokens[end].Tag != "POS" {
			end-- // "whose chief executive is Y"
		}
		for end > w+1 && doc.Tokens[end].Lower != "," && !isCap(doc.Tokens[end].Text) && (doc.Tokens[end].Tag == "NN" || doc.Tokens[end].Tag == "JJ") && !rs.lastWord[word(doc, end)] {
			end-- // "whose director, businessman Y,": a descriptor before the name
		}
		if doc.Tokens[end].Lower == "," {
			end--
		}
		lemma, a, ok := rs.roleEnding(doc, w+1, end)
		if !ok || doc.Entities[h.Entity].Type == schema.Organization && !orgRoles[lemma] {
			// an organisation holds a stake or lends ("X, whose largest
			// shareholder is Pellam Capital,"), not an office
			return roleHit{}, false
		}
		for u := w + 1; u < a; u++ {
			if !rs.mods[word(doc, u)] && doc.Tokens[u].Tag != "JJ" && doc.Tokens[u].Tag != "JJS" {
				return roleHit{}, false // "whose talks with the envoy Y": no role of X's
			}
		}
		return roleHit{holder: hm, inst: m.Entity, instSp: m.Span, lemma: lemma, surface: doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[end].Span.End], conf: 0.7}, true
	}
	return roleHit{}, false
}

// ownParty reads a person's party written with a possessive: "his Peru
// Libre party", "his Harapan alliance", "Ruto's United Democratic
// Alliance", "X, whose centrist Forward party": the person is a member of
// it, its leader when the person holds a leader's office (a party named
// as a president's or an opposition leader's own is the one the person
// leads).
func (rs *RoleStage) ownParty(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization || m.First-1 < s.First {
		return roleHit{}, false
	}
	if !ownPartyName(doc, m) && (m.Last >= s.Last || !partyNouns[doc.Tokens[m.Last].Lower]) {
		return roleHit{}, false // ("his Harapan alliance", "her Sejahtera coalition")
	}
	p := m.First - 1
	for p > s.First && doc.Tokens[p].Tag == "JJ" && doc.TokMention[p] < 0 {
		p-- // "his own", "whose centrist"
	}
	_, hm := personPossessor(doc, s, p, "his", "her")
	if hm < 0 {
		return roleHit{}, false
	}
	lemma := "member"
	own := false
	for t := p + 1; t < m.First; t++ {
		own = own || doc.Tokens[t].Lower == "own"
	}
	if !own && (leaderRole(doc.Entities[doc.Mentions[hm].Entity].Roles) || doc.Mentions[hm].Kind == NameMention || statedLeader(doc, doc.Mentions[hm].Entity) || rs.titledLeader(doc, s, doc.Mentions[hm].Entity, p)) {
		// "Salvini's League", "Fiame, whose FAST party": a party named
		// by its leader ("Yoon's own party" is the one he belongs to);
		// so is a leader's party the story gave the office in apposition
		// ("X, the caretaker prime minister, ... said his Y Party")
		lemma = "leader"
	}
	return roleHit{holder: hm, inst: m.Entity, instSp: m.Span, lemma: lemma, surface: "party", conf: 0.6}, true
}

// titledLeader reports whether sentence s names person e before token p
// after a leader's office ("former prime minister X pulled his Y party
// out"), which no role statement has stated yet.
func (rs *RoleStage) titledLeader(doc *Document, s Sentence, e, p int) bool {
	for t := s.First; t < p; t++ {
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].First != t || doc.Mentions[k].Entity != e || doc.Mentions[k].Kind != NameMention {
			continue
		}
		if lemma, _, ok := rs.roleEnding(doc, s.First, t-1); ok && lemma != "counterpart" && leaderOffices[lemma] {
			return true
		}
	}
	return false
}

// apposedParty reads an organisation in apposition to a person's
// "party": "His party, the opposition Civic Union, said", "a rift between
// X and her own party, Nova Terra", "Y said his party, the Z, would
// appeal": the person is a member of it, its leader when the person holds
// a leader's office (not when it is "his own party").
func apposedParty(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
		return roleHit{}, false
	}
	if m.Last < s.Last && (doc.Tokens[m.Last].Tag == "POS" || isNounTag(doc.Tokens[m.Last].Tag)) {
		return roleHit{}, false // "his party, the Y's youth wing": another body
	}
	p := m.First - 1
	for p > s.First && doc.TokMention[p] < 0 && (doc.Tokens[p].Lower == "the" || partyModifiers[doc.Tokens[p].Lower]) {
		p-- // "the opposition", "the ruling"
	}
	if p-2 < s.First || doc.Tokens[p].Lower != "," || doc.Tokens[p-1].Lower != "party" {
		return roleHit{}, false
	}
	p -= 2
	own := doc.Tokens[p].Lower == "own"
	if own {
		p--
	}
	if p < s.First {
		return roleHit{}, false
	}
	_, hm := personPossessor(doc, s, p, "his", "her")
	if hm < 0 {
		return roleHit{}, false
	}
	lemma := "member"
	if e := doc.Mentions[hm].Entity; !own && (leaderRole(doc.Entities[e].Roles) || statedLeader(doc, e)) {
		lemma = "leader"
	}
	return roleHit{holder: hm, inst: m.Entity, instSp: m.Span, lemma: lemma, surface: "party", conf: 0.6}, true
}

// statedLeader reports whether a role statement made so far gives person e
// a leader's office ("X, the caretaker prime minister,"); a counterpart
// may hold any office.
func statedLeader(doc *Document, e int) bool {
	for i := range doc.Relations {
		if r := &doc.Relations[i]; r.Role && r.Subj.Entity == e && r.Pred != "counterpart" && leaderOffices[r.Pred] {
			return true
		}
	}
	return false
}

// personPossessor returns, for the token p right before a possessed
// name, the possessor's token and its mention when a person possesses it:
// "X's", "X, whose" or one of pronouns ("his party"). The mention is -1
// when no person does.
func personPossessor(doc *Document, s Sentence, p int, pronouns ...string) (int, int) {
	if doc.Tokens[p].Lower == "whose" && p-2 >= s.First && doc.Tokens[p-1].Lower == "," {
		p -= 2 // "X, whose party": X
	} else if p = possessorAt(doc, s, p, pronouns...); p < 0 {
		return -1, -1
	}
	hm := doc.TokMention[p]
	if hm < 0 || doc.Mentions[hm].Entity < 0 || doc.Entities[doc.Mentions[hm].Entity].Type != schema.Person {
		return p, -1
	}
	return p, hm
}

// ownCompany reads an organisation written with a person's possessive name
// ("Lena Dahl's Nordvik Shipping", "X, whose Nordvik Shipping"): the
// person heads it, as its owner or its leader. Parties a party word names
// are ownParty's; public bodies belong to no one.
func ownCompany(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization || m.First-2 < s.First ||
		ownPartyName(doc, m) || publicName(doc.Entities[m.Entity].Name) || m.Last < s.Last && (partyNouns[doc.Tokens[m.Last].Lower] || isNounTag(doc.Tokens[m.Last].Tag)) {
		return roleHit{}, false // (nor "X's Acme Bank deputy": the name modifies a noun)
	}
	p, hm := personPossessor(doc, s, m.First-1)
	if hm < 0 || doc.Mentions[hm].Kind != NameMention {
		return roleHit{}, false
	}
	return roleHit{holder: hm, inst: m.Entity, instSp: m.Span, lemma: "head", surface: doc.Text[doc.Tokens[p].Span.Start:doc.Tokens[m.First-1].Span.End], conf: 0.5}, true
}

// ownedFirmNouns head a person's possessed description of a business:
// "Ada Kell's media conglomerate", "her property company".
var ownedFirmNouns = map[string]bool{"company": true, "firm": true, "conglomerate": true, "empire": true, "business": true, "startup": true}

// personsFirm reads a company named in apposition to a person's possessed
// description of a business, or right after it: "Halvor Corp, Ada Kell's
// media conglomerate," "Ada Kell's property company, Halvor Estates," and
// "Ada Kell's media conglomerate Halvor Corp" make Ada Kell its owner. A
// former business ("Ada Kell's former company") is no longer hers.
func personsFirm(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization || ownPartyName(doc, m) || publicName(doc.Entities[m.Entity].Name) {
		return roleHit{}, false
	}
	modifier := func(t int) bool {
		tk := &doc.Tokens[t]
		return doc.TokMention[t] < 0 && !isCap(tk.Text) && (tk.Tag == "JJ" || tk.Tag == "NN" || tk.Tag == "NNS" || tk.Tag == "VBG") &&
			tk.Lower != "former" && tk.Lower != "parent" && tk.Lower != "old" && tk.Lower != "previous"
	}
	// owner returns the person whose possessive opens the description
	// ending with a business noun at token c
	owner := func(c int) int {
		// (the business noun may be a description of its own)
		if k := doc.TokMention[c]; c <= s.First || !ownedFirmNouns[doc.Tokens[c].Lower] || isCap(doc.Tokens[c].Text) || k >= 0 && doc.Mentions[k].Kind != DescriptionMention {
			return -1
		}
		t := c - 1
		for n := 0; n < 3 && t > s.First && modifier(t); n++ {
			t--
		}
		if t <= s.First || !isPossessive(doc, t) {
			return -1
		}
		_, hm := personPossessor(doc, s, t)
		if hm < 0 || doc.Mentions[hm].Kind != NameMention {
			return -1
		}
		return hm
	}
	hm := -1
	switch {
	case m.First-1 > s.First && doc.Tokens[m.First-1].Lower == "," && (m.Last >= s.Last || isBoundary(doc, m.Last)):
		// "Ada Kell's property company, Halvor Estates,"
		hm = owner(m.First - 2)
	case m.First-1 > s.First:
		// "Ada Kell's media conglomerate Halvor Corp"
		hm = owner(m.First - 1)
	}
	if hm < 0 && m.Last+3 < s.Last && doc.Tokens[m.Last].Lower == "," {
		// "Halvor Corp, Ada Kell's media conglomerate,": the person's
		// name opens the apposition and the business noun closes it
		if k := doc.TokMention[m.Last+1]; k >= 0 && doc.Mentions[k].First == m.Last+1 && doc.Mentions[k].Last < s.Last && isPossessive(doc, doc.Mentions[k].Last) {
			for c := doc.Mentions[k].Last + 1; c < s.Last && c <= doc.Mentions[k].Last+4; c++ {
				if !modifier(c) && !ownedFirmNouns[doc.Tokens[c].Lower] {
					break
				}
				if c+1 >= s.Last || doc.Tokens[c+1].Lower == "," || doc.Tokens[c+1].Tag == "." {
					if o := owner(c); o == k {
						hm = o
					}
					break
				}
			}
		}
	}
	if hm < 0 || doc.Mentions[hm].Entity == m.Entity {
		return roleHit{}, false
	}
	return roleHit{holder: hm, inst: m.Entity, instSp: m.Span, lemma: "own", surface: doc.Text[doc.Mentions[hm].Span.Start:doc.Tokens[doc.Mentions[hm].Last].Span.End], conf: 0.5}, true
}

// partyModifiers stand between "the" and a party's name: its stance or
// its place in parliament ("of the opposition X party").
var partyModifiers = map[string]bool{"opposition": true, "ruling": true, "governing": true, "conservative": true, "liberal": true,
	"centrist": true, "socialist": true, "nationalist": true, "populist": true, "centre-right": true, "centre-left": true,
	"center-right": true, "center-left": true, "left-wing": true, "right-wing": true, "far-right": true, "far-left": true, "junior": true}

// politicalPlaces are the partyModifiers that place a party in politics
// and describe nothing else: "the ruling X", "the centre-left X".
var politicalPlaces = map[string]bool{"opposition": true, "ruling": true, "governing": true, "centre-right": true, "centre-left": true,
	"center-right": true, "center-left": true, "far-right": true, "far-left": true}

// partyNouns follow a party's name in lower case ("the Frente Civico
// party", "the Rule of Law coalition").
var partyNouns = map[string]bool{"party": true, "coalition": true, "bloc": true, "alliance": true, "movement": true, "faction": true}

// partyWords in an organisation's name make it a political party.
var partyWords = map[string]bool{"party": true, "alliance": true, "movement": true, "front": true, "league": true}

// ownPartyName reports whether name mention m names a political party by
// its words: "People's Alliance for Change", "the Social Democrats".
func ownPartyName(doc *Document, m *Mention) bool {
	for t := m.First; t < m.Last; t++ {
		if partyWords[doc.Tokens[t].Lower] {
			return true
		}
	}
	return partyPlural(doc.Tokens[m.Last-1].Lower)
}

// bareCompanyTitle finds a company role written in lower case before a
// name that opens its sentence ("Chief executive Anna Berg said",
// "Independent director Meera Iyer resigned"): the role is in the
// organisation the story is about.
func (rs *RoleStage) bareCompanyTitle(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	if m.First-1 < s.First || m.RoleOf >= 0 {
		return roleHit{}, false
	}
	lemma, ra, ok := rs.roleEnding(doc, s.First, m.First-1)
	if !ok || !rs.companyTitle(lemma, doc.Text[doc.Tokens[ra].Span.Start:doc.Tokens[m.First-1].Span.End]) {
		return roleHit{}, false
	}
	for t := ra; t < m.First; t++ {
		if isCap(doc.Tokens[t].Text) && t != s.First {
			return roleHit{}, false // a capitalised title is the prefix stage's
		}
	}
	quoted := ra-2 >= s.First && (doc.Tokens[ra-1].Tag == "''" || doc.Tokens[ra-1].Tag == "``") && (doc.Tokens[ra-2].Lower == "," || doc.Tokens[ra-2].Tag == ".")
	if ra > s.First && !quoted {
		// only a sentence-opening modifier may come before: "Independent",
		// or the end of a quotation: '"...," chairman X said'
		if ra-1 != s.First || doc.Tokens[s.First].Tag != "JJ" && doc.Tokens[s.First].Tag != "NNP" || !isCap(doc.Tokens[s.First].Text) {
			return roleHit{}, false
		}
	}
	// (a company's officer serves no union or party: "managing director
	// X" after a quotation about the union)
	e := rs.focusOrgWhere(doc, ra, -1, func(e int) bool { return !nonFirm(doc.Entities[e].Name) })
	if e < 0 {
		return roleHit{}, false
	}
	sp := Span{doc.Tokens[ra].Span.Start, doc.Tokens[m.First-1].Span.End}
	return roleHit{holder: mi, inst: e, instSp: sp, lemma: lemma, surface: doc.Text[sp.Start:sp.End], conf: 0.5}, true // (as written: "managing director")
}

// partyName reports whether name mention m names a political party: a
// name ending in "Party" or a plural name after "the" ("the Greens", "the
// Free Democrats").
func partyName(doc *Document, m *Mention) bool {
	last := &doc.Tokens[m.Last-1]
	if last.Lower == "party" {
		return true
	}
	return last.Tag == "NNPS" && m.First > 0 && doc.Tokens[m.First-1].Lower == "the" && partyPlural(last.Lower)
}

// partyPlural reports whether w is a plural that names a party's members
// ("greens", "democrats", "conservatives", "socialists").
func partyPlural(w string) bool {
	switch w {
	case "greens", "democrats", "conservatives", "socialists", "liberals", "republicans", "tories", "nationalists", "communists", "social democrats":
		return true
	}
	return false
}

// gapped finds the second role of a copula whose verb is left out: "X is
// the company's chairman and Y its deputy" gives Y's role.
func (rs *RoleStage) gapped(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	k := m.Last
	if k >= s.Last || !isBe(doc, k) || k+1 >= s.Last {
		return roleHit{}, false
	}
	_, next, ok := rs.rolePhrase(doc, s, k+1)
	if !ok || next+2 >= s.Last || doc.Tokens[next].Lower != "and" {
		return roleHit{}, false
	}
	yi := doc.TokMention[next+1]
	if yi < 0 || doc.Mentions[yi].First != next+1 || !rs.isHolder(doc, yi) {
		return roleHit{}, false
	}
	y := &doc.Mentions[yi]
	if y.Last >= s.Last || isVerbTag(doc.Tokens[y.Last].Tag) || isBe(doc, y.Last) {
		return roleHit{}, false
	}
	h, end, ok := rs.rolePhrase(doc, s, y.Last)
	if !ok || h.inst < 0 || end < s.Last && !isBoundary(doc, end) {
		return roleHit{}, false
	}
	h.holder, h.conf = yi, 0.6
	return h, true
}

// theirKin finds a family role of several people: "their father, X,"
// and "X, their father,": X holds the role towards each of the two people
// "their" refers to, the last two named together in one sentence within
// the sentence and the two before it.
func (rs *RoleStage) theirKin(doc *Document, s Sentence, mi int, hits []roleHit) []roleHit {
	m := &doc.Mentions[mi]
	var a, end int // the role phrase [a, end)
	switch {
	case m.First-2 > s.First && doc.Tokens[m.First-1].Lower == ",":
		end = m.First - 1
		a = end - 1
		for a > s.First && a > end-4 && doc.Tokens[a].Lower != "their" {
			a--
		}
	case m.Last+2 < s.Last && doc.Tokens[m.Last].Lower == ",":
		a = m.Last + 1
		end = a + 1
		for end < s.Last && end < a+4 && doc.Tokens[end].Lower != "," && doc.Tokens[end].Tag != "." {
			end++
		}
	default:
		return hits
	}
	if doc.Tokens[a].Lower != "their" || end-a < 2 {
		return hits
	}
	lemma, ra, ok := rs.roleEnding(doc, a+1, end-1)
	if !ok || !rs.kin[lemma] {
		return hits
	}
	for t := a + 1; t < ra; t++ {
		if tg := doc.Tokens[t].Tag; !(tg == "JJ" || tg == "JJR" || tg == "JJS" || isNounTag(tg)) {
			return hits
		}
	}
	surface := doc.Text[doc.Tokens[ra].Span.Start:doc.Tokens[end-1].Span.End]
	si := doc.Tokens[a].Sent
	for back := 0; back <= 2 && si-back >= 0; back++ {
		p := doc.Sentences[si-back]
		last := p.Last
		if back == 0 {
			last = min(a, m.First)
		}
		var people []int
		var spans []Span
		for t := p.First; t < last; t++ {
			k := doc.TokMention[t]
			if k < 0 || doc.Mentions[k].First != t || doc.Mentions[k].Kind != NameMention {
				continue
			}
			e := doc.Mentions[k].Entity
			if e < 0 || e == m.Entity || doc.Entities[e].Type != schema.Person || slices.Contains(people, e) {
				continue
			}
			people = append(people, e)
			spans = append(spans, doc.Mentions[k].Span)
		}
		if len(people) < 2 {
			continue
		}
		if len(people) > 2 {
			return hits // too many to tell which ones
		}
		for i, e := range people {
			hits = append(hits, roleHit{holder: mi, inst: e, instSp: spans[i], lemma: lemma, surface: surface, conf: 0.55})
		}
		return hits
	}
	return hits
}

// leads finds "X's government": X leads it. ("The X administration" is
// left alone: it often names a past or another country's executive.)
func (rs *RoleStage) leads(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	n := m.Last
	if n >= s.Last || !isPossessive(doc, n) {
		return roleHit{}, false
	}
	n++
	if n >= s.Last || !rs.led[doc.Tokens[n].Lower] || n+1 < s.Last && isNounTag(doc.Tokens[n+1].Tag) {
		return roleHit{}, false
	}
	h := roleHit{holder: mi, inst: -1, lemma: "leader", surface: doc.Tokens[n].Text, conf: 0.7}
	if o := doc.TokMention[n]; o >= 0 && doc.Mentions[o].Entity >= 0 && doc.Mentions[o].Entity != m.Entity {
		h.inst, h.instSp = doc.Mentions[o].Entity, doc.Mentions[o].Span
		return h, true
	}
	return roleHit{}, false
}

// unnamedHolders states roles of unnamed holders that speak or act for a
// principal ("A spokesman for the ministry said", "Acme's spokeswoman
// told"): the holder becomes an actor named after the principal.
func (rs *RoleStage) unnamedHolders(doc *Document, s Sentence, si int) {
	for t := s.First; t < s.Last; t++ {
		lemma, ra, ok := rs.roleEnding(doc, s.First, t)
		if !ok || !rs.unnamed[lemma] || doc.TokMention[t] >= 0 && doc.Mentions[doc.TokMention[t]].Kind == NameMention {
			continue
		}
		if t > s.First && isCap(doc.Tokens[t].Text) {
			continue // "U.S. Ambassador to the United Nations X": a title before a name
		}
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Kind != PronounMention && doc.Mentions[k].Entity >= 0 {
			if e := &doc.Entities[doc.Mentions[k].Entity]; e.Type == schema.Person && e.Roles[lemma] {
				// "The Varno Party spokesman Edda Rusk said ... Later the
				// Varno Party spokesman added": the person named before
				// with that role, no unnamed holder of it
				continue
			}
		}
		// the phrase's start: back over modifiers, names and a possessor
		a := ra
		for a > s.First && ra-a < 6 {
			p := &doc.Tokens[a-1]
			if p.Tag == "DT" || p.Tag == "PRP$" || p.Tag == "JJ" || isNounTag(p.Tag) || isPossessive(doc, a-1) {
				a--
				continue
			}
			break
		}
		if a > s.First && (doc.Tokens[a-1].Lower == "," || isCap(doc.Tokens[a].Text) && doc.TokMention[a] >= 0 && doc.Mentions[doc.TokMention[a]].Kind == NameMention && rs.isHolder(doc, doc.TokMention[a])) {
			continue
		}
		h, next, ok := rs.rolePhrase(doc, s, a)
		if ok && next+2 < s.Last && doc.Tokens[next].Lower == "in" {
			// "A Foreign Ministry spokesman in Beijing said": a state
			// body's holder in a capital is that state's, whichever
			// state's ministry the story named before
			if k := doc.TokMention[next+1]; k >= 0 && doc.Mentions[k].First == next+1 && rs.placeMention(doc, k) && isCountry(doc, k) &&
				slices.ContainsFunc(doc.Tokens[a:next], func(tk Token) bool { return rs.bodies[tk.Lower] }) &&
				!slices.ContainsFunc(doc.TokMention[a:next], func(j int) bool { return j >= 0 && isCountry(doc, j) }) {
				h.inst, h.instSp, h.thing = doc.Mentions[k].Entity, doc.Mentions[k].Span, false
				next = doc.Mentions[k].Last
			}
		}
		if ok && h.inst < 0 && !h.thing && spokesRole(lemma) && a == s.First && t == a+1 && (doc.Tokens[a].Lower == "a" || doc.Tokens[a].Lower == "an") {
			// "Marivex denied the report. A spokesman said ...": the
			// organisation or country the sentence before opens with
			if e := rs.antecedent(doc, a); e >= 0 {
				h.inst, h.instSp = e, doc.Tokens[t].Span
			}
		}
		if !ok || h.inst < 0 || next >= s.Last {
			continue
		}
		if c, sp := rs.statedBodyCountry(doc, h.inst, h.instSp); c >= 0 && slices.Contains(strings.Fields(toLower(doc.Entities[h.inst].Name)), "foreign") {
			// "A Russian Foreign Ministry spokeswoman said", "A spokesman
			// for China's Foreign Ministry said": the voice of a state's
			// foreign ministry is the state's (a spokesman for "Germany's
			// Economy Ministry" stays the ministry's)
			h.inst, h.instSp = c, sp
		}
		verb := next
		if doc.Tokens[next].Lower == "," && next+1 < s.Last && (doc.Tokens[next+1].Lower == "whose" || doc.Tokens[next+1].Lower == "who") {
			// "A spokesman for X, whose chief executive is Y, declined to
			// comment": the verb after the relative clause
			for verb = next + 2; verb < s.Last && doc.Tokens[verb].Lower != ","; verb++ {
			}
			verb++
			if verb >= s.Last {
				continue
			}
		}
		if v := &doc.Tokens[verb]; !(isVerbTag(v.Tag) || v.Tag == "MD") && !(word(doc, t) == lemma && !rs.subjOnly[lemma] && unnamedObject(doc, s, a, next)) {
			continue // named later ("A spokesman for X, Y, said") or not a subject
		}
		name := doc.Entities[h.inst].Name + "'s " + toLower(strings.Join(strings.Fields(doc.Text[doc.Tokens[ra].Span.Start:doc.Tokens[t].Span.End]), " "))
		e := -1
		for k := range doc.Entities {
			if doc.Entities[k].Type == schema.Person && doc.Entities[k].Name == name {
				e = k
				break
			}
		}
		sp := Span{doc.Tokens[a].Span.Start, doc.Tokens[next-1].Span.End}
		text := doc.Text[sp.Start:sp.End]
		if e < 0 {
			doc.Entities = append(doc.Entities, Entity{Name: name, Type: schema.Person, Nation: -1})
			e = len(doc.Entities) - 1
		}
		doc.Entities[e].Mentions++
		doc.Entities[e].Aliases = appendUniqueS(doc.Entities[e].Aliases, text)
		subj := Arg{Entity: e, Poss: -1, Span: sp, Text: text}
		obj := Arg{Entity: h.inst, Poss: -1, Span: h.instSp, Text: doc.Text[h.instSp.Start:h.instSp.End]}
		doc.Relations = append(doc.Relations, Relation{
			Subj: subj, Obj: obj, Pred: lemma, PredText: h.surface, Modality: schema.Asserted, Role: true,
			Confidence: 0.7, Sent: si, Span: Span{min(sp.Start, obj.Span.Start), max(sp.End, obj.Span.End)},
		})
		t = next - 1
	}
}

// unnamedObject reports whether the role phrase [a, next) is the object
// of a verb and names nobody after it ("Norway summoned Chile's
// ambassador on Friday", "Oslo recalled its ambassador to Chile"): the
// holder stays unnamed. The caller takes only the role's own word, not
// a looser one ("expelled a Chilean diplomat": one of several). A copula or "as" before the phrase gives it a
// holder ("Vik became Chile's ambassador"), and so does a name after it
// ("summoned Chile's ambassador, Ola Vik,").
func unnamedObject(doc *Document, s Sentence, a, next int) bool {
	if a <= s.First {
		return false
	}
	v := &doc.Tokens[a-1]
	if !isVerbTag(v.Tag) || isBe(doc, a-1) || v.Lemma == "become" || v.Lemma == "remain" || v.Lemma == "name" || v.Lemma == "appoint" {
		return false
	}
	n := next
	if n < s.Last && doc.Tokens[n].Lower == "," {
		n++
	}
	return n >= s.Last || doc.TokMention[n] < 0 || doc.Mentions[doc.TokMention[n]].Kind != NameMention || doc.Entities[doc.Mentions[doc.TokMention[n]].Entity].Type != schema.Person
}

// emit appends a role relation unless one for the same holder and
// institution is already among the sentence's stated relations.
func (rs *RoleStage) emit(doc *Document, si int, h roleHit, stated [2][]Relation) {
	m := &doc.Mentions[h.holder]
	if h.inst == m.Entity && !h.thing {
		return
	}
	if h.inst >= 0 && !h.thing && rs.lex.holdersName(doc.Entities[h.inst].Name) {
		// "told MPs the finance minister, X,": office holders, no body
		// whose office X holds
		return
	}
	if stakeRoles[h.lemma] && h.inst >= 0 && !h.thing && doc.Entities[h.inst].Type == schema.Country {
		// "Velmora, Castavia's largest foreign investor,", "the Japanese
		// owner of X": a stake is in a company; nobody owns a country
		return
	}
	if h.inst >= 0 && !h.thing && h.lemma != "minister" && h.lemma != "secretary" {
		if c, sp := rs.statedBodyCountry(doc, h.inst, h.instSp); c >= 0 {
			// "a Belarusian Foreign Ministry spokeswoman, X,": the state
			// the phrase names
			h.inst, h.instSp = c, sp
		} else if c, sp := rs.bodyCountry(doc, h.inst); c >= 0 {
			// "a spokeswoman for the ministry" after "Peru's Foreign
			// Ministry": a government body without a name of its own
			// speaks for its country
			h.inst, h.instSp = c, sp
		}
	}
	if h.lemma == "minister" && h.inst >= 0 && !h.thing && partyLike(doc, h) {
		// "Two of the party's ministers, X and Y,": the government's
		// ministers, and members of the party
		h.lemma = "member"
	}
	obj := Arg{Entity: h.inst, Poss: -1, Span: h.instSp, Text: doc.Text[h.instSp.Start:h.instSp.End]}
	if h.thing {
		obj.Entity = -1
		h.conf *= 0.75
	}
	// a judge's seat does not hide the office they hold in the same court:
	// "The court's president, Justice X," is its judge and its president;
	// nor does a company post hide another one: "Pellworth co-founder X,
	// who returned as chief executive," is both
	for k, rels := range stated {
		for i := range rels {
			r := &rels[i]
			if r.Role && r.Subj.Entity == m.Entity && r.Obj.Entity == obj.Entity && (!h.thing || r.Obj.Text == obj.Text) && (r.Pred == h.lemma || !rs.otherPost(r, h) && (k == 0 || !rs.judicial[r.Pred])) {
				if k == 0 && r.Pred != h.lemma && !strings.Contains(r.Pred, " ") && strings.Contains(toLower(h.surface), " ") && strings.HasSuffix(toLower(h.surface), " "+r.Pred) {
					// "BCC director general": the whole role phrase, not
					// its last word
					r.Pred, r.PredText = h.lemma, h.surface
				}
				return
			}
		}
	}
	subj := Arg{Entity: m.Entity, Poss: -1, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]}
	doc.Relations = append(doc.Relations, Relation{
		Subj: subj, Obj: obj, Pred: h.lemma, PredText: h.surface, Modality: schema.Asserted, Role: true,
		Confidence: h.conf, Sent: si, Span: Span{min(subj.Span.Start, obj.Span.Start), max(subj.Span.End, obj.Span.End)},
	})
}

// otherPost reports whether role h names a company post other than the
// one relation r states: "co-founder" and "chief executive", not "chief
// executive" and "executive".
func (rs *RoleStage) otherPost(r *Relation, h roleHit) bool {
	a, b := toLower(r.PredText), toLower(h.surface)
	post := func(lemma, surface string) bool { // "co-founder" is a founder
		return rs.companyTitle(strings.TrimPrefix(lemma, "co-"), strings.TrimPrefix(toLower(surface), "co-"))
	}
	return post(r.Pred, r.PredText) && post(h.lemma, h.surface) &&
		!strings.HasSuffix(" "+b, " "+r.Pred) && !strings.HasSuffix(" "+a, " "+h.lemma) && !strings.Contains(a, b) && !strings.Contains(b, a)
}

// bodyRoles adds, for each role whose country object is the demonym or
// possessor of a state body without a name of its own ("a spokesman for
// the Chinese foreign ministry") or, for a named holder, a body's name
// that stands for the country ("A State Department spokesman, X,"), the
// role in the body as the phrase names it.
func bodyRoles(doc *Document) {
	type holding struct {
		holder int
		body   Span
	}
	n := len(doc.Relations)
	seen := map[holding]bool{}
	var stated map[statedRole]bool // built when first needed
	for i := 0; i < n; i++ {
		r := &doc.Relations[i]
		if !r.Role || r.Negated || r.Subj.Entity < 0 {
			continue
		}
		b, ok := bodyPhrase(doc, r.Obj)
		k := holding{r.Subj.Entity, b.Span}
		if !ok || seen[k] {
			continue
		}
		if stated == nil {
			stated = statedBodies(doc, n)
		}
		if stated[statedRole{r.Subj.Entity, b.Text}] {
			continue
		}
		if b.Span == r.Obj.Span && !namedHolder(doc, r.Subj) {
			continue // (the metonym's body for a named holder only)
		}
		seen[k] = true
		doc.Relations = append(doc.Relations, Relation{
			Subj: r.Subj, Obj: b, Pred: r.Pred, PredText: r.PredText, Modality: schema.Asserted, Role: true,
			Confidence: r.Confidence * 0.8, Sent: r.Sent, Span: Span{min(r.Subj.Span.Start, b.Span.Start), max(r.Subj.Span.End, b.Span.End)},
		})
	}
}

// statedRole is a holder and the words of the body a role relation
// names.
type statedRole struct {
	holder int
	body   string
}

// statedBodies returns the holders and bodies that the first n relations
// already give a role in, not as a state's metonym ("Foreign Ministry
// spokeswoman X" read both as the ministry's and as the state's): a body
// phrase with the same words states nothing new.
func statedBodies(doc *Document, n int) map[statedRole]bool {
	out := map[statedRole]bool{}
	for i := 0; i < n; i++ {
		if r := &doc.Relations[i]; r.Role && !r.Negated && r.Subj.Entity >= 0 && (r.Obj.Entity < 0 || doc.Entities[r.Obj.Entity].Type != schema.Country) {
			out[statedRole{r.Subj.Entity, r.Obj.Text}] = true
		}
	}
	return out
}

// namedHolder reports whether a role's subject is a person's name.
func namedHolder(doc *Document, subj Arg) bool {
	t := doc.tokenFrom(subj.Span.Start)
	if t >= len(doc.Tokens) || subj.Span.Len() == 0 {
		return false
	}
	k := doc.TokMention[t]
	return k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Type == schema.Person
}

// metonymBodies end the names of state bodies that stand for their
// country ("State Department", "Foreign Office").
var metonymBodies = map[string]bool{"Department": true, "Ministry": true, "Office": true}

// bodyPhrase returns the phrase naming a state body without a name of its
// own when a role's country object is its demonym or possessor ("the
// Chinese foreign ministry", "Chile's defence ministry"), as a plain
// phrase.
func bodyPhrase(doc *Document, obj Arg) (Arg, bool) {
	if obj.Entity < 0 || doc.Entities[obj.Entity].Type != schema.Country || doc.presplit {
		return Arg{}, false
	}
	a := doc.tokenFrom(obj.Span.Start)
	if a >= len(doc.Tokens) || doc.Tokens[a].Span.Start != obj.Span.Start {
		return Arg{}, false
	}
	if ws := strings.Fields(doc.Text[obj.Span.Start:obj.Span.End]); len(ws) >= 2 && isCap(ws[0]) && metonymBodies[ws[len(ws)-1]] {
		// "A State Department spokesman, X,": the body the country's
		// metonym names
		return Arg{Entity: -1, Poss: -1, Span: obj.Span, Text: strings.Join(ws, " ")}, true
	}
	if doc.Tokens[a].Lower != "the" && a > 0 && doc.Tokens[a-1].Lower == "the" {
		a--
	}
	sent := doc.Tokens[a].Sent
	country := false
	for t := a; t < len(doc.Tokens) && t <= a+5 && doc.Tokens[t].Sent == sent; t++ {
		tk := &doc.Tokens[t]
		switch tk.Lower {
		case "ministry", "department", "embassy":
			if !country || isCap(tk.Text) {
				return Arg{}, false
			}
			sp := Span{doc.Tokens[a].Span.Start, tk.Span.End}
			return Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}, true
		}
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Entity == obj.Entity {
			country = true // the country's demonym or possessor
			continue
		}
		if t == a && tk.Lower == "the" || tk.Tag == "POS" || !isCap(tk.Text) && (isNounTag(tk.Tag) || tk.Tag == "JJ") {
			continue
		}
		return Arg{}, false
	}
	return Arg{}, false
}

// bodyCountry returns the country whose possessive stands before the
// first name mention of organisation e when e's name is only the words
// of a government body ("Peru's Foreign Ministry"), and that mention's
// span; -1 otherwise.
func (rs *RoleStage) bodyCountry(doc *Document, e int) (int, Span) {
	if doc.Entities[e].Type != schema.Organization {
		return -1, Span{}
	}
	ws := strings.Fields(toLower(doc.Entities[e].Name))
	if len(ws) == 0 || !rs.bodies[ws[len(ws)-1]] {
		return -1, Span{}
	}
	for _, w := range ws[:len(ws)-1] {
		if !rs.lex.titleWords[w] && !rs.mods[w] {
			return -1, Span{}
		}
	}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Entity != e || m.Kind != NameMention {
			continue
		}
		if f := m.First; f >= 2 && isPossessive(doc, f-1) {
			if k := doc.TokMention[f-2]; k >= 0 && isCountry(doc, k) && doc.Mentions[k].Kind == NameMention {
				return doc.Mentions[k].Entity, doc.Mentions[k].Span
			}
		}
		return -1, Span{}
	}
	return -1, Span{}
}

// statedBodyCountry returns the country that the name mention of
// organisation e at span sp itself gives when e's name is only the words
// of a government body: a demonym opening the name ("the Russian
// Foreign Ministry") or a country's possessive right before it ("China's
// Foreign Ministry"); -1 otherwise, and when the story does not name the
// country.
func (rs *RoleStage) statedBodyCountry(doc *Document, e int, sp Span) (int, Span) {
	if e < 0 || doc.Entities[e].Type != schema.Organization || sp.Len() == 0 {
		return -1, Span{}
	}
	t := doc.tokenFrom(sp.Start)
	if t >= len(doc.Tokens) || doc.TokMention[t] < 0 {
		return -1, Span{}
	}
	m := &doc.Mentions[doc.TokMention[t]]
	if m.Entity != e || m.Kind != NameMention || m.Last-m.First < 2 || !rs.bodies[doc.Tokens[m.Last-1].Lower] {
		return -1, Span{}
	}
	for k := m.First + 1; k < m.Last-1; k++ {
		if w := word(doc, k); !rs.lex.titleWords[w] && !rs.mods[w] {
			return -1, Span{}
		}
	}
	if c, ok := rs.lex.demonyms[word(doc, m.First)]; ok && m.Last-m.First >= 3 {
		if ce := countryEntity(doc, c); ce >= 0 {
			return ce, doc.Tokens[m.First].Span
		}
		return -1, Span{}
	}
	if w := word(doc, m.First); !rs.lex.titleWords[w] && !rs.mods[w] {
		return -1, Span{}
	}
	if f := m.First; f >= 2 && isPossessive(doc, f-1) {
		if k := doc.TokMention[f-2]; k >= 0 && isCountry(doc, k) && doc.Mentions[k].Kind == NameMention {
			return doc.Mentions[k].Entity, doc.Mentions[k].Span
		}
	}
	return -1, Span{}
}

// govBodyInst reports whether role hit h names its institution only by
// the words of a state body without a name of its own: "Government",
// "Foreign Ministry", "Defence ministry", "Presidential" before a title.
func (rs *RoleStage) govBodyInst(doc *Document, h roleHit) bool {
	var name string
	switch {
	case h.thing && h.inst < 0 && h.instSp.Len() > 0:
		name = doc.Text[h.instSp.Start:h.instSp.End]
	case h.inst >= 0 && !h.thing && doc.Entities[h.inst].Type == schema.Organization:
		name = doc.Entities[h.inst].Name
	default:
		return false
	}
	ws := strings.Fields(toLower(name))
	if len(ws) == 0 || len(ws) > 3 || !govBodyHeads[ws[len(ws)-1]] || len(ws) > 1 && ws[len(ws)-1] != "ministry" {
		return false // (not "local government spokesman X": a portfolio)
	}
	for _, w := range ws[:len(ws)-1] {
		if !rs.lex.titleWords[w] && !rs.mods[w] {
			return false
		}
	}
	return true
}

// ownGovernment reports whether a story about one state names a
// government of its own, which its state's unnamed bodies are part of
// (as its ministers are); gov caches government(doc).
func ownGovernment(doc *Document, gov *int) bool {
	if *gov == -2 {
		*gov = government(doc)
	}
	return *gov >= 0 && !international(doc)
}

// govBodyHeads end the phrases that name a state's own bodies before a
// spokesman's title.
var govBodyHeads = map[string]bool{"government": true, "ministry": true, "presidential": true, "presidency": true}

// spokesState returns the state whose unnamed body a spokesman of hit h
// speaks for: the country another title of the person named, a country
// opening the sentence or its subject, the one the spokesman says will
// act, the subject of one of the two sentences before, else the country
// the story names most; -1 if none.
func (rs *RoleStage) spokesState(doc *Document, si int, h roleHit, dom *int) int {
	m := &doc.Mentions[h.holder]
	if e := m.Entity; e >= 0 && doc.Entities[e].Nation >= 0 && doc.Entities[doc.Entities[e].Nation].Type == schema.Country {
		return doc.Entities[e].Nation
	}
	if e := openingCountry(doc, si, m.First); e >= 0 {
		return e
	}
	if e := subjectCountry(doc, si); e >= 0 {
		return e
	}
	e, visits := rs.speaksFor(doc, m.Entity, m.First)
	if e >= 0 {
		return e
	}
	for back := 1; back <= 2 && si-back >= 0; back++ {
		if e := subjectCountry(doc, si-back); e >= 0 {
			return e
		}
	}
	if *dom == -2 {
		*dom = dominantCountry(doc)
	}
	if e := *dom; e >= 0 && !visits[e] {
		return e
	}
	return -1
}

// isOffice reports whether lemma names an office held for a government
// or state.
func (rs *RoleStage) isOffice(lemma string) bool { return rs.offices[lemma] || rs.state[lemma] }

// stateOffice gives a state office named without its state ("Prime
// Minister X said", "X, the foreign minister, said") the country the
// context points to, when the document names no government of its own:
// "of Country" after the name, the country another title of the person
// named, a country in a prepositional phrase opening the sentence ("In
// Vienna, ..."), the country that is the subject of the sentence or of one
// of the two before, else the country the document names most. Only a
// holder named in full is given one: "Title Surname" re-mentions a person
// whose role the article stated before or takes as known. "Vice
// president" and shadow offices are left alone.
func (rs *RoleStage) stateOffice(doc *Document, si int, h roleHit, dom *int) (roleHit, bool) {
	c, ok := rs.officeState(doc, si, h, dom)
	if ok && c.inst >= 0 && h.lemma == "president" && crowned[toLower(doc.Entities[c.inst].Name)] {
		// a kingdom has no president: "LONDON - ... urged President X
		// to drop the tariffs" or "flew to Canberra in place of
		// President X" names another state's head; better none than
		// the wrong one, unless one republic stands out among the states
		// the story names ("PORT MORESBY - ... in place of President X"
		// in a story about the United States and Papua New Guinea)
		if e := republicNamedMost(doc); e >= 0 {
			c.inst, c.conf = e, 0.4
			return c, true
		}
		return h, false
	}
	if ok && c.inst >= 0 && stateUnions[toLower(doc.Entities[c.inst].Name)] && govHeads[h.lemma] {
		// a union of states has no government of its own to head: "The
		// European Union urged calm. ... led by former prime minister X"
		// is the story's own country's, when one stands out, else none
		if *dom == -2 {
			*dom = dominantCountry(doc)
		}
		if d := *dom; d >= 0 && d != c.inst && !stateUnions[toLower(doc.Entities[d].Name)] {
			c.inst, c.conf = d, 0.4
			return c, true
		}
		return h, false
	}
	return c, ok
}

// republicNamedMost returns the state without a monarch that the
// document names most (by name, capital or demonym), when it is named at
// least twice and twice as often as any other such state; -1 otherwise.
// Unions of states are left out.
func republicNamedMost(doc *Document) int {
	best, n, second, _ := countryCounts(doc, func(e int) bool {
		name := toLower(doc.Entities[e].Name)
		return !crowned[name] && !stateUnions[name]
	})
	if best < 0 || n < 2 || n < 2*second {
		return -1
	}
	return best
}

// stateUnions are the lower-cased names of unions of states the lexicon
// types as countries, and govHeads the offices of a government's head,
// which such a union has none of.
var stateUnions = map[string]bool{"european union": true, "african union": true}
var govHeads = map[string]bool{"prime minister": true, "premier": true, "chancellor": true}

// crowned are the lower-cased names of states headed by a monarch, which
// have no president.
var crowned = map[string]bool{"united kingdom": true, "australia": true, "canada": true, "new zealand": true, "papua new guinea": true,
	"jamaica": true, "bahamas": true, "belize": true, "grenada": true, "saint lucia": true, "saint kitts and nevis": true,
	"saint vincent and the grenadines": true, "antigua and barbuda": true, "solomon islands": true, "tuvalu": true,
	"japan": true, "spain": true, "netherlands": true, "belgium": true, "luxembourg": true, "norway": true, "sweden": true,
	"denmark": true, "monaco": true, "liechtenstein": true, "saudi arabia": true, "jordan": true, "morocco": true,
	"kuwait": true, "qatar": true, "bahrain": true, "oman": true, "brunei darussalam": true, "brunei": true, "malaysia": true,
	"thailand": true, "cambodia": true, "bhutan": true, "tonga": true, "eswatini": true, "swaziland": true, "lesotho": true}

// treasuryChancellors are the lower-cased names of states whose
// chancellor keeps the treasury and heads no government (Britain's
// Chancellor of the Exchequer; Germany's and Austria's chancellors lead).
var treasuryChancellors = map[string]bool{"united kingdom": true}

// treasuryChancellor reports whether hit h is a chancellor who runs a
// state's finances, not its government: "Chancellor X" in a British story.
func (rs *RoleStage) treasuryChancellor(doc *Document, si int, h roleHit, dom *int) bool {
	if h.lemma != "chancellor" {
		return false
	}
	if strings.Contains(toLower(h.surface), "exchequer") {
		return true
	}
	if c, ok := rs.stateOffice(doc, si, h, dom); ok && c.inst >= 0 && treasuryChancellors[toLower(doc.Entities[c.inst].Name)] {
		return true
	}
	// "the UK government", "the British Government": the state in the
	// government's own name
	if h.inst >= 0 {
		if f := strings.Fields(toLower(doc.Entities[h.inst].Name)); len(f) == 2 && f[1] == "government" {
			if c, ok := rs.lex.demonyms[f[0]]; ok && treasuryChancellors[toLower(c)] {
				return true
			}
			if c, ok := rs.lex.countries[f[0]]; ok && treasuryChancellors[toLower(c)] {
				return true
			}
		}
	}
	return false
}

// officeState is stateOffice before its check of the office against the
// state's form.
func (rs *RoleStage) officeState(doc *Document, si int, h roleHit, dom *int) (roleHit, bool) {
	m := &doc.Mentions[h.holder]
	if e := envoyCountry(doc, h.lemma, m.First); e >= 0 {
		// "expelled Ethiopia's ambassador ... The ambassador, X,": the
		// country that sent the envoy the story named before
		h.inst, h.conf = e, 0.6
		return h, true
	}
	if e := legislatureFor(doc, h.lemma); e >= 0 {
		// "Senator X" in a story that names the Senate: a member of it
		h.inst, h.conf = e, 0.5
		return h, true
	}
	if h.lemma == "speaker" {
		// a chamber's, not a state's: "Samoa's parliament ... The
		// speaker, X," presides over the parliament the story named last
		// by its common noun
		for t := m.First - 1; t >= 0 && t >= m.First-maxRecentOrg; t-- {
			if w := doc.Tokens[t].Lower; (w == "parliament" || w == "assembly" || w == "senate") && doc.TokMention[t] < 0 {
				h.thing, h.instSp, h.conf = true, doc.Tokens[t].Span, 0.5
				return h, true
			}
		}
		return h, false
	}
	if toLower(h.surface) == "secretary of state" {
		// "Secretary of State X" is the American title (Britain's read
		// "Health Secretary X", "the Secretary of State for Health"):
		// the United States when the story names it
		for e := range doc.Entities {
			if doc.Entities[e].Type == schema.Country && doc.Entities[e].Name == "United States" && countryCount(doc, e) > 0 {
				h.inst, h.conf = e, 0.55
				return h, true
			}
		}
	}
	// a royal title is a state's even before a single name ("King
	// Abdullah"); "vice president" is as often a company's title as a
	// state's: a state's only in a story that names a head of state by
	// the title ("President Ana Ruiz ... Vice President Ivo Lind said")
	if !monarchs[toLower(h.surface)] && (!rs.state[h.lemma] || m.Last-m.First < 2) || strings.Contains(toLower(h.surface), "vice") && !statePresident(doc, m.Entity) {
		return h, false
	}
	if t := m.Last; t+1 < len(doc.Tokens) && doc.Tokens[t].Lower == "of" && doc.Tokens[t+1].Sent == si && (isCap(doc.Tokens[t+1].Text) || doc.Tokens[t+1].Lower == "the") {
		// (not "accused Prime Minister X of being too timid")
		// "Ambassador X of Iceland"
		if k := doc.TokMention[t+1]; k >= 0 && isCountry(doc, k) {
			h.inst, h.conf = doc.Mentions[k].Entity, 0.75
			return h, true
		}
		return h, false
	}
	if e := m.Entity; e >= 0 && doc.Entities[e].Nation >= 0 && doc.Entities[doc.Entities[e].Nation].Type == schema.Country {
		// the country another title of the same person named
		h.inst, h.conf = doc.Entities[e].Nation, 0.55
		return h, true
	}
	if e := openingCountry(doc, si, m.First); e >= 0 {
		h.inst, h.conf = e, 0.5
		return h, true
	}
	if e := subjectCountry(doc, si); e >= 0 {
		h.inst, h.conf = e, 0.45
		return h, true
	}
	e, visits := rs.speaksFor(doc, m.Entity, m.First)
	if e >= 0 {
		h.inst, h.conf = e, 0.45
		return h, true
	}
	for _, c := range addressedCountries(doc, m.Entity, si) {
		// "Prime Minister X asked Norway for help": a state the holder
		// turns to is another's, not the holder's own
		visits[c] = true
	}
	if e := rs.datelineCountry(doc); e >= 0 && headOffices[h.lemma] && !visits[e] && !elsewhere(visits, e) && countryCount(doc, e) >= 2 && !slices.Contains(mediators(doc), e) {
		// a head of government in wire copy filed from the story's home
		// country: "LONDON - ... Prime Minister X" is Britain's, whatever
		// state the sentences around name, unless X arrived there or
		// speaks from another country (nor a host or mediator's capital:
		// "BEIJING - talks brokered by China")
		h.inst, h.conf = e, 0.45
		return h, true
	}
	if a, b, ok := leadStates(doc); ok && visits[a] != visits[b] {
		// "The leaders of Japan and South Korea ... Prime Minister X
		// flew to Seoul": the other state of the pair the lead names
		if visits[a] {
			a = b
		}
		h.inst, h.conf = a, 0.45
		return h, true
	}
	if e := placeCountry(doc, si); e >= 0 && !visits[e] {
		// "Opposition lawmakers in Athens accused the government, a
		// charge Prime Minister X rejected": the country the sentence is in
		h.inst, h.conf = e, 0.45
		return h, true
	}
	for _, c := range mediators(doc) {
		// "talks brokered by Norway": the mediator is not the holder's
		// (but a host's own legislators are: "Senator X" in a story
		// filed from the host's capital)
		if _, ok := visits[c]; !ok && !legislators[h.lemma] {
			visits[c] = true
		}
	}
	if e := otherCountry(doc, visits); e >= 0 {
		// "She said her government would keep its ambassador in Moscow"
		// in a story about Russia and one other country: the other
		h.inst, h.conf = e, 0.45
		return h, true
	}
	for back := 1; back <= 2 && si-back >= 0; back++ {
		if e := subjectCountry(doc, si-back); e >= 0 {
			h.inst, h.conf = e, 0.45
			return h, true
		}
		if e := rs.previousHolderState(doc, si-back); e >= 0 {
			h.inst, h.conf = e, 0.45
			return h, true
		}
	}
	if e := rs.datelineCountry(doc); e >= 0 && !visits[e] && !elsewhere(visits, e) && countryCount(doc, e) >= 2 {
		// wire copy is written from the story's home country: "TALLINN -
		// ... Prime Minister X" is Estonia's, unless X arrived there or
		// speaks from another country
		h.inst, h.conf = e, 0.45
		return h, true
	}
	if *dom == -2 {
		*dom = dominantCountry(doc)
	}
	if e := *dom; e >= 0 && !visits[e] {
		h.inst, h.conf = e, 0.4
		return h, true
	}
	return h, false
}

// previousHolderState returns the state sentence si (one before the
// office's) is about when no country is its subject: the country of a
// phrase opening it ("In Germany, ... Chancellor X had instructed ...")
// or the state whose office its subject holds ("Trade Minister X said
// Canada would ... Agriculture Minister Y said": the same government's);
// -1 if none.
func (rs *RoleStage) previousHolderState(doc *Document, si int) int {
	s := doc.Sentences[si]
	if s.Skip {
		return -1
	}
	if e := openingCountry(doc, si, s.Last); e >= 0 {
		return e
	}
	p := subjectPerson(doc, si)
	if p < 0 {
		return -1
	}
	// this stage appends its relations sentence by sentence: the ones of
	// sentence si are among the last
	for k, n := len(doc.Relations)-1, 0; k >= 0 && n < 64; k, n = k-1, n+1 {
		r := &doc.Relations[k]
		if r.Sent < si {
			break
		}
		if r.Sent == si && r.Role && !r.Negated && r.Subj.Entity == p && r.Obj.Entity >= 0 && doc.Entities[r.Obj.Entity].Type == schema.Country && rs.isOffice(r.Pred) {
			return r.Obj.Entity
		}
	}
	return -1
}

// subjectPerson returns the person that is the subject of sentence si: a
// person named before the sentence's first verb, outside an opening
// prepositional phrase, with no country before it; -1 if none.
func subjectPerson(doc *Document, si int) int {
	return subjectScan(doc, si, func(mi int) (int, bool) {
		if isCountry(doc, mi) {
			return -1, true
		}
		if e := doc.Mentions[mi].Entity; e >= 0 && doc.Entities[e].Type == schema.Person {
			return e, true
		}
		return -1, false
	})
}

// statePresident reports whether the document names a person other than
// entity not with the title "President" and no institution before the
// name but a country ("President Ana Ruiz", "Chilean President Ana
// Ruiz"): a head of state.
func statePresident(doc *Document, not int) bool {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Kind != NameMention || m.Role != "president" || m.Entity < 0 || m.Entity == not {
			continue
		}
		if m.RoleOf < 0 || isCountry(doc, m.RoleOf) {
			return true
		}
	}
	return false
}

// obligationModals put a duty on the subject of a reported clause: "X
// said Turkey should remember ..." is a demand on another state, not a
// word for X's own ("X said Greece would defend ...").
var obligationModals = map[string]bool{"should": true, "must": true, "ought": true}

// addressVerbs are the lemmas of verbs by which an actor turns to
// another ("asked Norway for help", "urged Chile to act", "thanked
// Japan").
var addressVerbs = map[string]bool{"ask": true, "urge": true, "thank": true, "appeal": true, "implore": true, "beg": true, "request": true, "congratulate": true, "invite": true, "press": true}

// addressedCountries returns the countries person p asks, urges or
// thanks in an asserted relation of sentence si (not "called on him to
// ask Britain": a request he may never make).
func addressedCountries(doc *Document, p, si int) []int {
	if p < 0 {
		return nil
	}
	var out []int
	for i := range doc.Relations {
		r := &doc.Relations[i]
		if r.Sent != si || r.Role || r.Negated || r.Modality != schema.Asserted || r.Subj.Entity != p || r.Obj.Entity < 0 || !addressVerbs[r.Pred] {
			continue
		}
		if doc.Entities[r.Obj.Entity].Type == schema.Country {
			out = append(out, r.Obj.Entity)
		}
	}
	return out
}

// monarchs are the titles of a state's royal offices ("Crown Prince X of
// Bahrain"); their holders may go by one name ("King Abdullah", "Emir
// Tamim"), which is then the holder named in full.
var monarchs = map[string]bool{"king": true, "queen": true, "emir": true, "sultan": true, "crown prince": true}

// legislatureFor returns, for a legislator's title, the chamber the
// document names that the title sits in ("Senator" the Senate, else
// Congress; "MP" or "lawmaker" the parliament or assembly), the one named
// most; -1 if none.
func legislatureFor(doc *Document, lemma string) int {
	f := roleFacts(doc)
	if e, ok := f.legislature[lemma]; ok {
		return e
	}
	e := findLegislature(doc, lemma)
	f.legislature[lemma] = e
	return e
}

// findLegislature scans the document's entities for legislatureFor.
func findLegislature(doc *Document, lemma string) int {
	var houses []string
	switch lemma {
	case "senator":
		houses = []string{"senate", "congress"}
	case "mp", "lawmaker", "legislator", "congressman", "congresswoman":
		houses = []string{"parliament", "assembly", "congress", "duma", "knesset", "sejm", "bundestag", "majlis"}
	case "speaker":
		// a speaker presides over a chamber, the lower one where two are
		// named ("the House of Representatives", not Congress; never
		// "State House", a president's seat)
		houses = []string{"house of", "assembly", "parliament", "duma", "knesset", "sejm", "bundestag", "majlis", "congress"}
	default:
		return -1
	}
	for _, h := range houses {
		if e := mostNamedOrg(doc, func(n string) bool { return strings.Contains(" "+strings.Join(strings.Fields(n), " ")+" ", " "+h+" ") }); e >= 0 {
			return e
		}
	}
	return -1
}

// placeCountry returns the one country sentence si names, by name or
// capital after "in" ("lawmakers in Athens"), when it names no other
// country and tells of no journey ("X arrived in Athens"); -1 otherwise.
func placeCountry(doc *Document, si int) int {
	s := doc.Sentences[si]
	e := -1
	for t := s.First; t < s.Last; t++ {
		if travelVerbs[doc.Tokens[t].Lemma] && isVerbTag(doc.Tokens[t].Tag) {
			return -1
		}
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t || !isCountry(doc, mi) {
			continue
		}
		c := doc.Mentions[mi].Entity
		if e >= 0 && c != e || doc.Mentions[mi].Kind != NameMention || t == s.First || doc.Tokens[t-1].Lower != "in" {
			return -1
		}
		e = c
	}
	return e
}

// mediators returns the countries the document names as the go-between
// of others' talks: "brokered by Norway", "mediated by Qatar", "talks
// hosted by Oman".
func mediators(doc *Document) []int { return roleFacts(doc).mediators }

// findMediators scans the document for mediators.
func findMediators(doc *Document) []int {
	var out []int
	for t := 2; t < len(doc.Tokens); t++ {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t || !isCountry(doc, mi) || doc.Mentions[mi].Kind != NameMention || doc.Tokens[t-1].Lower != "by" {
			continue
		}
		if v := &doc.Tokens[t-2]; v.Tag == "VBN" && mediateVerbs[v.Lemma] && !slices.Contains(out, doc.Mentions[mi].Entity) {
			out = append(out, doc.Mentions[mi].Entity)
		}
	}
	return out
}

// staffLemma reports whether a personal role serves its holder's
// principal ("aide", "spokesman", "lawyer"), whoever names the principal.
func staffLemma(lemma string) bool {
	switch lemma {
	case "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "lawyer", "assistant", "deputy", "agent":
		return true
	}
	return false
}

// legislators are domestic offices, held at home whoever the story's
// talks are between.
var legislators = map[string]bool{"senator": true, "mp": true, "lawmaker": true, "deputy": true, "governor": true,
	"mayor": true, "congressman": true, "congresswoman": true, "legislator": true}

// mediateVerbs are the lemmas of verbs whose agent stands between two
// other parties.
var mediateVerbs = map[string]bool{"broker": true, "mediate": true, "host": true, "facilitate": true}

// envoyCountry returns, for an ambassador or envoy named without a
// country, the country of "Ethiopia's ambassador" or "the Ethiopian
// ambassador" in the three sentences before token at, when only one
// country is named so; -1 otherwise.
func envoyCountry(doc *Document, lemma string, at int) int {
	if lemma != "ambassador" && lemma != "envoy" || doc.presplit {
		return -1
	}
	si := doc.Tokens[at].Sent
	lo := doc.Sentences[max(0, si-3)].First
	found := -1
	for t := lo + 1; t < at; t++ {
		if w := doc.Tokens[t].Lower; w != "ambassador" && w != "envoy" && w != "ambassadors" && w != "envoys" {
			continue
		}
		p := t - 1
		if isPossessive(doc, p) && p > lo {
			p--
		}
		k := doc.TokMention[p]
		if k < 0 || !isCountry(doc, k) {
			continue
		}
		if e := doc.Mentions[k].Entity; found >= 0 && found != e {
			return -1
		} else {
			found = e
		}
	}
	return found
}

// otherCountry returns, when places (from speaksFor) rule out a country
// as the holder's own and the document names exactly two countries by
// name or capital, the other one; -1 otherwise.
func otherCountry(doc *Document, places map[int]bool) int {
	not := -1
	for c, away := range places {
		if away {
			not = c
		}
	}
	if not < 0 {
		return -1
	}
	named := roleFacts(doc).countryNames
	if _, ok := named[not]; len(named) != 2 || !ok {
		return -1
	}
	for c := range named {
		if c != not {
			return c
		}
	}
	return -1
}

// nounComplement are prepositions whose object completes the noun before
// them ("trade with Uganda", "talks between A and B").
var nounComplement = map[string]bool{"with": true, "of": true, "for": true, "to": true, "from": true, "against": true, "between": true}

// speaksFor returns the country person p speaks or acts for in the
// document around token at: the country that opens a clause p reports
// ("Morita said Japan would lift curbs", "Han told reporters South Korea
// would ...") or is named in a relative clause about p ("X, who took
// office in Tokyo in March,"); the country named so most often, -1 on a
// tie or none. In a story about two countries it tells their leaders'
// offices apart. It also returns the countries p travels to ("X, who
// arrived in Seoul,"), which are not his (true), and those p speaks in
// ("X, speaking in Moscow,"), which may be either (false).
func (rs *RoleStage) speaksFor(doc *Document, p, at int) (int, map[int]bool) {
	if p < 0 {
		return -1, nil
	}
	visits := map[int]bool{}
	lo, hi := max(0, at-maxFocusWindow), min(len(doc.Tokens), at+maxFocusWindow)
	if doc.presplit {
		s := doc.Sentences[doc.Tokens[at].Sent]
		lo, hi = s.First, s.Last
	}
	count := map[int]int{}
	for t := lo; t < hi; t++ {
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Entity != p || doc.Mentions[mi].Kind == DescriptionMention {
			continue
		}
		s := doc.Sentences[doc.Tokens[t].Sent]
		k := doc.Mentions[mi].Last
		if k+1 < s.Last && doc.Tokens[k].Lower == "," && doc.Tokens[k+1].Lower == "who" {
			// "X, who took office in Tokyo,": up to the clause's comma;
			// "X, who arrived in Seoul," is a visitor there
			travel := false
			for j := k + 2; j < s.Last && doc.Tokens[j].Lower != ","; j++ {
				travel = travel || travelVerbs[doc.Tokens[j].Lemma] && isVerbTag(doc.Tokens[j].Tag)
				if c := doc.TokMention[j]; c >= 0 && (doc.Tokens[j-1].Lower == "in" || travel) && isCountry(doc, c) {
					if travel {
						visits[doc.Mentions[c].Entity] = true
					} else {
						count[doc.Mentions[c].Entity]++
					}
					break
				}
			}
			continue
		}
		if k < s.Last && travelVerbs[doc.Tokens[k].Lemma] && isVerbTag(doc.Tokens[k].Tag) {
			// "X flew to Seoul", "X visited Japan": a visitor there
			j := k + 1
			if j < s.Last && (doc.Tokens[j].Lower == "to" || doc.Tokens[j].Lower == "in") {
				j++
			}
			if j < s.Last {
				if c := doc.TokMention[j]; c >= 0 && isCountry(doc, c) {
					visits[doc.Mentions[c].Entity] = true
				}
			}
		}
		if k+1 < s.Last && doc.Tokens[k].Lower == "," && doc.Tokens[k+1].Tag == "VBG" {
			// "X, speaking in Moscow,": where X is, not whom X speaks for
			for j := k + 2; j < s.Last && doc.Tokens[j].Lower != ","; j++ {
				if c := doc.TokMention[j]; c >= 0 && (doc.Tokens[j-1].Lower == "in" || doc.Tokens[j-1].Lower == "from") && isCountry(doc, c) {
					if _, ok := visits[doc.Mentions[c].Entity]; !ok {
						visits[doc.Mentions[c].Entity] = false
					}
					break
				}
			}
		}
		b := t - 1 // before a title: "by President X"
		for b > s.First && isCap(doc.Tokens[b].Text) && (rs.lex.titles[word(doc, b)] != "" || rs.lex.titleWords[word(doc, b)]) {
			b--
		}
		if host := k < s.Last && hostForms[doc.Tokens[k].Lower] || b > s.First && doc.Tokens[b].Lower == "by" && hostedBy(doc, s, b+1); host {
			// "X hosted Y in Seoul", "Y was greeted in Seoul by X": the
			// host's country
			for j := s.First + 1; j < s.Last; j++ {
				if c := doc.TokMention[j]; c >= 0 && doc.Mentions[c].First == j && (doc.Tokens[j-1].Lower == "in" || doc.Tokens[j-1].Lower == "to") && isCountry(doc, c) {
					count[doc.Mentions[c].Entity]++
					break
				}
			}
			continue
		}
		if k+1 < s.Last && doc.Tokens[k].Tag == "RB" && !negWord(doc.Tokens[k].Lower) {
			k++ // "X then announced that ...", "X later said"
		}
		if k >= s.Last || !rs.lex.reportVerb[doc.Tokens[k].Lower] {
			continue
		}
		if b >= s.First && doc.Tokens[b].Tag == "``" && !doc.Tokens[b].Quote {
			// "\"Europe needs chips, and Ruritania wants to make them,\"
			// Trade Minister X said": a country whose will or intent
			// opens a clause of the quotation just before (not one it
			// accuses: "\"Pelonia has never stopped its attacks,\" he
			// said")
			for j := b - 1; j >= lo && doc.Tokens[j].Quote; j-- {
				if c := doc.TokMention[j]; c >= 0 && doc.Mentions[c].First == j && isCountry(doc, c) && doc.Mentions[c].Kind == NameMention {
					if n := doc.Mentions[c].Last; n < len(doc.Tokens) && (doc.Tokens[n].Tag == "MD" || intentVerbs[doc.Tokens[n].Lemma] && isVerbTag(doc.Tokens[n].Tag)) {
						count[doc.Mentions[c].Entity]++
					}
				}
			}
		}
		// "said", "told reporters", "told lawmakers on Friday that": the
		// reported clause's subject within a few words
		j := k + 1
		for j < s.Last && j < k+7 && doc.TokMention[j] < 0 && !isCap(doc.Tokens[j].Text) && (isNounTag(doc.Tokens[j].Tag) || doc.Tokens[j].Tag == "IN" && doc.Tokens[j].Lower != "that" || doc.Tokens[j].Tag == "DT") {
			j++
		}
		if j < s.Last && doc.TokMention[j] < 0 && isCap(doc.Tokens[j].Text) && calendarWords[doc.Tokens[j].Lower] {
			j++ // "on Friday"
		}
		if j < s.Last && doc.Tokens[j].Lower == "that" {
			j++
		}
		if j-2 > k && nounComplement[doc.Tokens[j-1].Lower] && isNounTag(doc.Tokens[j-2].Tag) {
			continue // "said trade with Uganda would suffer": not the subject
		}
		if j+1 < s.Last && (doc.Tokens[j].Tag == "PRP$" || doc.Tokens[j].Lower == "her") && doc.Tokens[j+1].Lower == "government" {
			// "her government would keep its ambassador in Moscow": an
			// envoy's host is another country
			for n := j + 2; n+2 < s.Last && n < j+14; n++ {
				if w := doc.Tokens[n].Lower; (w == "ambassador" || w == "embassy" || w == "envoy") && (doc.Tokens[n+1].Lower == "in" || doc.Tokens[n+1].Lower == "to") {
					if c := doc.TokMention[n+2]; c >= 0 && isCountry(doc, c) {
						visits[doc.Mentions[c].Entity] = true
					}
					break
				}
			}
			continue
		}
		if j < s.Last {
			if c := doc.TokMention[j]; c >= 0 && doc.Mentions[c].First == j && isCountry(doc, c) && doc.Mentions[c].Kind == NameMention {
				if n := doc.Mentions[c].Last; n < s.Last && (doc.Tokens[n].Tag == "MD" || isVerbTag(doc.Tokens[n].Tag)) && !obligationModals[doc.Tokens[n].Lower] {
					count[doc.Mentions[c].Entity]++
				}
			}
		}
	}
	best, tie := -1, false
	for e, n := range count {
		switch {
		case best < 0 || n > count[best]:
			best, tie = e, false
		case n == count[best]:
			tie = true
		}
	}
	if tie || visits[best] {
		return -1, visits
	}
	return best, visits
}

// elsewhere reports whether places (from speaksFor) put the holder in a
// country other than e.
func elsewhere(places map[int]bool, e int) bool {
	for c := range places {
		if c != e {
			return true
		}
	}
	return false
}

// intentVerbs are the lemmas of verbs by which a speaker states what a
// country means to do ("Ruritania wants to", "intends to").
var intentVerbs = map[string]bool{"want": true, "intend": true, "plan": true, "need": true, "hope": true, "expect": true, "aim": true, "seek": true}

// travelVerbs are the lemmas of verbs that take their subject abroad.
var travelVerbs = map[string]bool{"arrive": true, "visit": true, "fly": true, "travel": true, "land": true, "tour": true}

// datelineCountry returns the country of the city in the document's
// opening dateline ("TALLINN (AP) -", the first sentence or the one after
// the headline), when the text names that country, or -1.
func (rs *RoleStage) datelineCountry(doc *Document) int {
	if doc.presplit {
		return -1
	}
	// the dateline is the first sentence, or the second after a headline
	k := roleFacts(doc).dateline
	if k == "" {
		return -1
	}
	if c, ok := rs.lex.capitalOf[k]; ok {
		return countryEntity(doc, c)
	}
	if p, ok := rs.lex.metonymy[k]; ok && p.typ == "Country" {
		return countryEntity(doc, p.canonical)
	}
	return -1
}

// datelinePlace returns the place in capitals that opens a story's
// dateline ("BILBAO, March 6 -" gives "bilbao"), in lower case; "" if
// there is none. The dateline is the first sentence, or the second after
// a headline.
func datelinePlace(doc *Document) string {
	si := -1
	for i := 0; i < len(doc.Sentences) && i < 2; i++ {
		if doc.Sentences[i].Skip {
			si = i
			break
		}
	}
	if si < 0 {
		return ""
	}
	s := doc.Sentences[si]
	var words []string
	for t := s.First; t < s.Last && isCap(doc.Tokens[t].Text) && doc.Tokens[t].Text == strings.ToUpper(doc.Tokens[t].Text); t++ {
		words = append(words, doc.Tokens[t].Lower)
	}
	return strings.Join(words, " ")
}

// countryEntity returns the country entity named name (any case), or -1.
func countryEntity(doc *Document, name string) int {
	if name == "" {
		return -1
	}
	for e := range doc.Entities {
		if doc.Entities[e].Type == schema.Country && strings.EqualFold(doc.Entities[e].Name, name) {
			return e
		}
	}
	return -1
}

// countryCount returns how often the prose names country e (by name,
// capital or demonym).
func countryCount(doc *Document, e int) int {
	n := 0
	for mi := range doc.Mentions {
		if doc.Mentions[mi].Entity == e && isCountry(doc, mi) {
			n++
		}
	}
	return n
}

// hostForms are verb forms whose subject receives a visitor at home.
var hostForms = map[string]bool{"hosted": true, "hosts": true, "welcomed": true, "welcomes": true, "greeted": true, "greets": true, "received": true, "receives": true}

// hostedBy reports whether the "by" before token t is the agent of a
// passive host verb earlier in sentence s ("was greeted in Seoul by X").
func hostedBy(doc *Document, s Sentence, t int) bool {
	for j := t - 2; j > s.First && j >= t-12; j-- {
		if hostForms[doc.Tokens[j].Lower] && doc.Tokens[j].Tag == "VBN" && isBe(doc, j-1) {
			return true
		}
	}
	return false
}

// isCountry reports whether mention mi names a country (by name, capital
// or demonym).
func isCountry(doc *Document, mi int) bool {
	e := doc.Mentions[mi].Entity
	return e >= 0 && e < len(doc.Entities) && doc.Entities[e].Type == schema.Country && doc.Mentions[mi].Kind != PronounMention
}

// leadStates returns the two countries the story's lead names together
// ("Japan and South Korea pledge ..."), when it does.
func leadStates(doc *Document) (int, int, bool) {
	ms := leadMentions(doc, leadSentences)
	for i := range ms {
		m := &ms[i]
		if m.Entity < 0 || m.Kind != NameMention || doc.Entities[m.Entity].Type != schema.Country {
			continue
		}
		n := conjunct(doc, m)
		if n == nil || n.Entity < 0 || n.Entity == m.Entity || n.Kind != NameMention || doc.Entities[n.Entity].Type != schema.Country {
			continue
		}
		return m.Entity, n.Entity, true
	}
	return -1, -1, false
}

// openingCountry returns the country named in a prepositional phrase that
// opens sentence si before token at ("In Vienna, ...", "At home in
// Austria, ..."), or -1.
func openingCountry(doc *Document, si, at int) int {
	s := doc.Sentences[si]
	if s.First >= at || doc.Tokens[s.First].Tag != "IN" {
		return -1
	}
	e := -1
	for t := s.First + 1; t < at && t < s.First+8; t++ {
		if doc.Tokens[t].Lower == "," {
			return e
		}
		if isVerbTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "MD" {
			return -1
		}
		if mi := doc.TokMention[t]; mi >= 0 && isCountry(doc, mi) {
			e = doc.Mentions[mi].Entity
		}
	}
	return -1
}

// subjectCountry returns the country that is the subject of sentence si
// ("Estonia will raise ...", "Austria's government has rejected ..."): a
// country named before the sentence's first verb, outside an opening
// prepositional phrase; -1 if none.
func subjectCountry(doc *Document, si int) int {
	if doc.Sentences[si].Skip {
		return -1
	}
	return subjectScan(doc, si, func(mi int) (int, bool) {
		if isCountry(doc, mi) {
			if doc.Mentions[mi].Kind == DemonymMention {
				return -1, true // "Polish officials": people of the country
			}
			return doc.Mentions[mi].Entity, true
		}
		if e := doc.Mentions[mi].Entity; e >= 0 && e < len(doc.Entities) && doc.Entities[e].Type == schema.Person {
			return -1, true // a person is the subject
		}
		return -1, false
	})
}

// subjectScan walks the mentions that open before sentence si's first
// verb, past an opening prepositional phrase, and returns what visit
// returns for the first mention it decides on; -1 if it decides on none.
func subjectScan(doc *Document, si int, visit func(mi int) (int, bool)) int {
	s := doc.Sentences[si]
	for t := s.First; t < s.Last && t < s.First+maxAntecedentWindow; t++ {
		tk := &doc.Tokens[t]
		if isVerbTag(tk.Tag) || tk.Tag == "MD" {
			return -1
		}
		if tk.Tag == "IN" && !isPossessive(doc, t) {
			// a fronted phrase: the subject comes after its comma
			for t+1 < s.Last && doc.Tokens[t].Lower != "," && !isVerbTag(doc.Tokens[t+1].Tag) {
				t++
			}
			continue
		}
		mi := doc.TokMention[t]
		if mi < 0 || doc.Mentions[mi].First != t {
			continue
		}
		if e, ok := visit(mi); ok {
			return e
		}
	}
	return -1
}

// dominantCountry returns the country the document names most (by
// name, capital or demonym), when it is named at least three times and
// twice as often as any other, or is the only one; -1 otherwise.
func dominantCountry(doc *Document) int {
	best, n, second, states := countryCounts(doc, nil)
	if best < 0 || states > 1 && (n < 3 || n < 2*second) {
		return -1
	}
	return best
}

// countryCounts counts the mentions of each country the document names
// (by name, capital or demonym) among those keep accepts (all when keep
// is nil) and returns the one named most (the lowest entity on a tie),
// its count, the count of the runner-up and how many countries were
// counted; best is -1 when none was.
func countryCounts(doc *Document, keep func(e int) bool) (best, n, second, states int) {
	count := map[int]int{}
	for mi := range doc.Mentions {
		if isCountry(doc, mi) {
			if e := doc.Mentions[mi].Entity; keep == nil || keep(e) {
				count[e]++
			}
		}
	}
	best = -1
	for e, c := range count {
		switch {
		case best < 0 || c > count[best] || c == count[best] && e < best:
			if best >= 0 {
				second = max(second, count[best])
			}
			best = e
		case c > second:
			second = c
		}
	}
	if best >= 0 {
		n = count[best]
	}
	return best, n, second, len(count)
}

// descriptorTag reports whether a tag may stand in a descriptor before
// an organisation's name ("the Dutch pension fund").
func descriptorTag(tag string) bool {
	switch tag {
	case "JJ", "JJS", "JJR", "NN", "NNS", "NNP":
		return true
	}
	return false
}

// singleOffices are offices a state has one holder of at a time.
var singleOffices = map[string]bool{"president": true, "prime minister": true, "chancellor": true, "premier": true}

// notSoleHolder holds the words of an office's wording that make its
// holder one of several or not the holder now: "vice president", "deputy
// prime minister", "former president", "acting president", "president-elect".
var notSoleHolder = map[string]bool{"vice": true, "deputy": true, "former": true, "acting": true, "elect": true}

// sharedOfficeWording reports whether a role's wording has a word of
// notSoleHolder; words split at spaces and hyphens, so "vice-president" and
// "president-elect" count but "Electoral Commission chairman" does not.
func sharedOfficeWording(pred string) bool {
	for _, w := range strings.FieldsFunc(toLower(pred), func(r rune) bool { return r == ' ' || r == '-' }) {
		if notSoleHolder[w] {
			return true
		}
	}
	return false
}

// oneHolder moves a bare state title the stage guessed ("Prime Minister X"
// with no country in sight) off a country that another person holds the
// same office of, to the other of the two countries the story names most,
// when that one has no holder: in a story about Canada and India,
// "Prime Minister Justin Trudeau" and "Prime Minister Narendra Modi" are
// not both India's. A guess whose sentence names the country keeps it.
// Relations from rel0 on are the stage's own.
func oneHolder(doc *Document, rel0 int) {
	if doc.presplit {
		return
	}
	type key struct {
		pred    string
		country int
	}
	holders := map[key][]int{} // relation indices
	for i := range doc.Relations {
		r := &doc.Relations[i]
		if !r.Role || r.Negated || r.Subj.Entity < 0 || r.Obj.Entity < 0 || !singleOffices[r.Pred] || doc.Entities[r.Obj.Entity].Type != schema.Country {
			continue
		}
		if sharedOfficeWording(r.PredText) {
			continue
		}
		if t := doc.tokenFrom(r.Subj.Span.Start); t < len(doc.Tokens) && (doc.TokMention[t] >= 0 && formerTitle(doc, &doc.Mentions[doc.TokMention[t]]) || pastHolderBefore(doc, t)) {
			// "former President X": one of several a state has had; "led
			// by former prime minister X", "three-time prime minister X":
			// not the holder now
			continue
		}
		k := key{r.Pred, r.Obj.Entity}
		holders[k] = append(holders[k], i)
	}
	if len(holders) == 0 {
		return
	}
	// the two countries the story names most
	named := roleFacts(doc).countryNames
	first, second := -1, -1
	for c, n := range named {
		switch {
		case first < 0 || n > named[first] || n == named[first] && c < first:
			first, second = c, first
		case second < 0 || n > named[second] || n == named[second] && c < second:
			second = c
		}
	}
	if first < 0 || second < 0 {
		return
	}
	for k, rels := range holders {
		people := map[int]bool{}
		for _, i := range rels {
			people[doc.Relations[i].Subj.Entity] = true
		}
		if len(people) < 2 || k.country != first && k.country != second {
			continue
		}
		other := first
		if k.country == first {
			other = second
		}
		if len(holders[key{k.pred, other}]) > 0 {
			continue
		}
		// the holders the text ties to the country: stated, not guessed,
		// or guessed from a sentence that names it; else the first named
		anchored := map[int]bool{}
		for _, i := range rels {
			if r := &doc.Relations[i]; i < rel0 || r.Confidence > 0.45 || namesCountry(doc, r.Sent, k.country) {
				anchored[r.Subj.Entity] = true
			}
		}
		if len(anchored) == 0 {
			anchored[doc.Relations[rels[0]].Subj.Entity] = true
		}
		if len(anchored) > 1 {
			continue
		}
		for _, i := range rels {
			if r := &doc.Relations[i]; !anchored[r.Subj.Entity] {
				r.Obj.Entity, r.Obj.Text = other, doc.Entities[other].Name
			}
		}
	}
}

// pastHolderBefore reports whether a lower-case title right before token t
// opens with a word that puts its holding in the past or counts its
// terms ("former prime minister X", "three-time prime minister X"): the
// lower-case twin of formerTitle, which walks back over a capitalised
// title ("Former President X") and stops at the first lower-case noun.
func pastHolderBefore(doc *Document, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4 && doc.Tokens[k].Sent == doc.Tokens[t].Sent; k-- {
		switch w := doc.Tokens[k].Lower; {
		case w == "former" || w == "then" || strings.HasPrefix(w, "ex-") || strings.HasSuffix(w, "-time"):
			return true
		case doc.Tokens[k].Tag != "NN" && doc.Tokens[k].Tag != "JJ":
			return false
		}
	}
	return false
}

// namesCountry reports whether sentence si names country e by a name,
// a capital or a demonym.
func namesCountry(doc *Document, si, e int) bool {
	s := doc.Sentences[si]
	for t := s.First; t < s.Last; t++ {
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Entity == e {
			return true
		}
	}
	return false
}

// describedBody reports whether tokens [a, b) are lower-case nouns and
// adjectives, with possessives between them ("local fishermen's
// cooperative").
func describedBody(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		if t > a && isPossessive(doc, t) {
			continue
		}
		if tk := &doc.Tokens[t]; isCap(tk.Text) || !isNounTag(tk.Tag) && tk.Tag != "JJ" {
			return false
		}
	}
	return true
}

// lowerNouns reports whether tokens [a, b) are all lower-case nouns or
// adjectives.
func lowerNouns(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		if tk := &doc.Tokens[t]; isCap(tk.Text) || !isNounTag(tk.Tag) && tk.Tag != "JJ" {
			return false
		}
	}
	return true
}

// stateBodyHeads are the firmHeads that name bodies of states or members,
// not companies ("the bloc", "the secretariat").
var stateBodyHeads = map[string]bool{"bloc": true, "community": true, "secretariat": true, "confederation": true, "chamber": true}

// bodyName reports whether an organisation's name holds the noun of a
// body that is no company ("Miners Union", "Kestrel Markets Authority").
func bodyName(name string) bool {
	for _, w := range strings.Fields(name) {
		if bodyHeads[toLower(w)] || toLower(w) == "party" {
			return true
		}
	}
	return false
}

// leftAsTitle gives a departure "as" a bare title ("Brandt stepped down as
// chairman in 2020", "resigned as director") the body the holder holds
// that title of, when the story gives the holder that title of exactly one
// body ("Hugo Brandt, the founder and chairman of Selvik Shipping").
func leftAsTitle(doc *Document) {
	if doc.presplit {
		return
	}
	for i := range doc.Relations {
		r := &doc.Relations[i]
		if r.Role || !leaveVerbs[r.Pred] && r.Pred != "quit" || r.Subj.Entity < 0 || r.Obj.Entity >= 0 || r.Obj.Poss >= 0 {
			continue
		}
		t := doc.tokenFrom(r.Obj.Span.Start)
		if t <= 0 || doc.Tokens[t-1].Lower != "as" || strings.ContainsAny(r.Obj.Text, " ,") {
			continue // a bare one-word title right after "as"
		}
		title := toLower(r.Obj.Text)
		var body *Arg
		for j := range doc.Relations {
			o := &doc.Relations[j]
			if !o.Role || o.Negated || o.Subj.Entity != r.Subj.Entity || o.Obj.Entity < 0 || o.Pred != title {
				continue
			}
			if body != nil && body.Entity != o.Obj.Entity {
				body = nil
				break // the title of two bodies: which one is not said
			}
			if body == nil {
				body = &o.Obj
			}
		}
		if body == nil || doc.Entities[body.Entity].Type != schema.Organization {
			continue
		}
		r.Obj = Arg{Entity: body.Entity, Poss: -1, Span: body.Span, Text: body.Text}
	}
}

// unitNouns end the name of a unit inside an organisation: "the FTC's
// Bureau of Competition", "the commission's investigation bureau".
var unitNouns = map[string]bool{"bureau": true, "division": true, "unit": true, "directorate": true, "section": true, "wing": true, "arm": true, "branch": true}

// parentRoles adds, for each role or heading of a unit that an
// organisation's possessive names ("director of the FTC's Bureau of
// Competition", "who heads the commission's investigation bureau"), the
// same role in that organisation, below the role in the unit.
func parentRoles(doc *Document, n int) {
	if doc.presplit {
		return
	}
	for i := 0; i < n; i++ {
		r := &doc.Relations[i]
		if r.Negated || r.Subj.Entity < 0 || doc.Entities[r.Subj.Entity].Type != schema.Person || !r.Role && r.Pred != "head" && r.Pred != "run" && r.Pred != "lead" {
			continue
		}
		a, b := doc.tokenAt(r.Obj.Span.Start), doc.tokenFrom(r.Obj.Span.End)
		if a < 0 || b-a < 3 || b > len(doc.Tokens) {
			continue
		}
		last := b - 1
		if b-a >= 5 && doc.Tokens[b-2].Lower == "of" {
			last = b - 3 // "Bureau of Competition"
		}
		if !unitNouns[strings.TrimSuffix(doc.Tokens[last].Lower, "s")] {
			continue
		}
		p := -1
		for t := a + 1; t < last; t++ {
			if isPossessive(doc, t) {
				p = t
				break
			}
		}
		if p < 0 {
			continue
		}
		k := doc.TokMention[p-1]
		if k < 0 || doc.Mentions[k].Kind == PronounMention {
			continue
		}
		e := doc.Mentions[k].Entity
		if e < 0 || e == r.Obj.Entity || e == r.Subj.Entity || doc.Entities[e].Type != schema.Organization {
			continue
		}
		if slices.ContainsFunc(doc.Relations[:n], func(q Relation) bool {
			return q.Subj.Entity == r.Subj.Entity && q.Obj.Entity == e && q.Pred == r.Pred
		}) {
			continue
		}
		obj := Arg{Entity: e, Poss: -1, Span: doc.Mentions[k].Span, Text: doc.Entities[e].Name}
		doc.Relations = append(doc.Relations, Relation{
			Subj: r.Subj, Obj: obj, Pred: r.Pred, PredText: r.PredText, Modality: r.Modality, Role: r.Role,
			Confidence: r.Confidence * 0.8, Sent: r.Sent, Span: r.Span,
		})
	}
}
