package extract

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// EntityStage finds entity mentions: proper-name runs typed through the
// gazetteers (countries, capitals and other metonyms, places, organisation
// words, titles), demonyms, pronouns and definite descriptions ("the
// envoy", "the company"). Titles and role words before a name become the
// mention's Role.
type EntityStage struct {
	lex *lexicon
}

// NewEntityStage returns the entity-mention stage.
func NewEntityStage(lex *lexicon) *EntityStage { return &EntityStage{lex: lex} }

func isCap(w string) bool {
	if w == "" {
		return false
	}
	c := w[0]
	if c >= 'A' && c <= 'Z' {
		return true
	}
	if c >= 0x80 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // "Čaputová", "Łukasz", "Øyvind"
	}
	return false
}

func (e *EntityStage) nameTok(doc *Document, i, first int, mid map[string]bool) bool {
	tk := &doc.Tokens[i]
	if particleName(tk.Text) && i > first && (isCap(doc.Tokens[i-1].Text) || particleName(doc.Tokens[i-1].Text)) {
		return true // "Salim al-Harthy", "Khaled el-Sayed", "Ahmad al-Mohammad al-Sabah"
	}
	if numberedWord(tk.Text) && i+1 < len(doc.Tokens) && isCap(doc.Tokens[i+1].Text) && (doc.Tokens[i+1].Tag == "NNP" || doc.Tokens[i+1].Tag == "NNPS") {
		return true // "the 7-Star Alliance": a number joined to a capitalised word opens the name
	}
	if digitCapWord(tk.Text) && i+1 < len(doc.Tokens) && isCap(doc.Tokens[i+1].Text) && (doc.Tokens[i+1].Tag == "NNP" || doc.Tokens[i+1].Tag == "NNPS") {
		return true // "investment firm 4K Partners": a number with capitals opens the name
	}
	if !isCap(tk.Text) || deicticDays[tk.Lower] || indefinitePronouns[tk.Lower] {
		return false // "Today's ruling": a time, not a name; "Nobody got ...": no one
	}
	if crowdNouns[tk.Lower] && i+1 < len(doc.Tokens) && doc.Tokens[i+1].Lower == "of" {
		return false // "(AP) - Thousands of tea pickers walked off": a count of people, no name
	}
	if strings.HasSuffix(tk.Text, "-") {
		return false // "Ex-Labour MP X": the prefix "ex-", split from the name
	}
	if len(tk.Text) <= 4 && strings.ToUpper(tk.Text) == tk.Text && e.lex.roles[tk.Lower] && (i+1 >= len(doc.Tokens) || !isCap(doc.Tokens[i+1].Text)) {
		return false // "the 50-year-old MP", "Acme's CEO": an office's abbreviation, not a body's
	}
	if i == first && kindOpeners[tk.Lower] && i+1 < len(doc.Tokens) && !isCap(doc.Tokens[i+1].Text) && e.lex.roles[doc.Tokens[i+1].Lower] && (lastOrgWith(doc, i, tk.Lower) >= 0 || genericFirm[tk.Lower]) {
		return false // "Party chairwoman X said", "Union leader X", "Company spokesman X": a common noun opening the sentence, for the body named before
	}
	if kindOpeners[tk.Lower] && (i == first || !isCap(doc.Tokens[i-1].Text)) && e.capTitleAt(doc, i+1) {
		// "X, Group Economist at Halifax", "Group Finance Director X",
		// "Company Secretary X": a title of the company in focus, the
		// kind no name of it (but "Union Investment" is a name)
		return false
	}
	if i == first && ownershipAdjective(tk.Lower) {
		return false // "Privately-held Falic Group bought", "State-owned Acme Oil said": how it is held, no word of its name
	}
	if officeKinds[tk.Lower] && (officeAhead(doc, e.lex, i+1, len(doc.Tokens)) || capOfficeKinds[tk.Lower] && e.capOfficeAt(doc, i+1)) {
		// "Former Cabinet minister X", "Shadow chancellor X", "Shadow
		// attorney general X", "Caretaker Prime Minister X": a kind of
		// office, no body's name
		return false
	}
	if i+2 < len(doc.Tokens) && doc.Tokens[i+1].Text == "Without" && isCap(doc.Tokens[i+2].Text) {
		return true // "Reporters Without Borders" opening a sentence, its first word read as a plural noun
	}
	if tk.Tag == "NNP" && monthSurnameAt(doc, i) {
		return true // "Helen April ... met April": the text names a person so (see surnameMonths)
	}
	if months[tk.Lower] && (i+1 < len(doc.Tokens) && doc.Tokens[i+1].Tag == "CD" || i > 0 && monthBefore[doc.Tokens[i-1].Lower] && !firstNameMonth(doc, i) || dayBefore(doc, i)) {
		return false // "in May 2004", "since March", "on 14 May": a month, not Ms. May
	}
	if i == first && (tk.Tag == "VB" || tk.Tag == "VBP") && i+1 < len(doc.Tokens) && doc.Tokens[i+1].Tag == "NNP" && isCap(doc.Tokens[i+1].Text) &&
		!e.lex.verbBase[tk.Lower] && !e.lex.lem.InDict(tk.Lower) {
		return true // "Ismail Sabri Yaakob, the deputy prime minister,": a first name the tagger read as a verb it does not know
	}
	switch tk.Tag {
	case "NNP", "NNPS":
		return true
	case "JJ", "NN", "NNS":
		_, dem := e.lex.demonyms[tk.Lower]
		// a sentence's first word the text also writes as a name
		// elsewhere ("Brandex made an offer ... shares in Brandex")
		return dem || i == first && (e.lex.known(tk.Lower) || mid[tk.Lower] && tk.Tag == "NN")
	}
	if i == first {
		return e.lex.known(tk.Lower)
	}
	return false
}

// numberedWord reports whether w is a number hyphenated to a capitalised
// word ("7-Star", "3-Point").
func numberedWord(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || !isCap(w[h+1:]) {
		return false
	}
	for _, c := range w[:h] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// digitCapWord reports whether w is a number followed by capital letters
// only ("4K", "2B"), a word that may open a name ("4K Partners").
func digitCapWord(w string) bool {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k == len(w) {
		return false
	}
	for _, c := range w[k:] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// indefinitePronouns name no one, even capitalised at a sentence's start
// where a tagger may read them as names.
var indefinitePronouns = map[string]bool{"nobody": true, "somebody": true, "anybody": true, "everybody": true,
	"someone": true, "anyone": true, "everyone": true, "nothing": true, "something": true, "anything": true, "everything": true,
	"none": true, "neither": true}

// Annotate fills doc.Mentions and doc.TokMention.
func (e *EntityStage) Annotate(ctx context.Context, doc *Document) error {
	doc.Mentions = doc.Mentions[:0]
	doc.TokMention = make([]int, len(doc.Tokens))
	for i := range doc.TokMention {
		doc.TokMention[i] = -1
	}
	doc.monthNames = monthSurnames(doc)
	surnameMonths(doc)
	// words written as names inside a sentence
	mid := map[string]bool{}
	for _, s := range doc.Sentences {
		for k := s.First + 1; k < s.Last; k++ {
			if tk := &doc.Tokens[k]; (tk.Tag == "NNP" || tk.Tag == "NNPS") && isCap(tk.Text) && doc.Tokens[k-1].Tag != "``" && doc.Tokens[k-1].Lower != ":" {
				mid[tk.Lower] = true
			}
		}
	}
	for si, s := range doc.Sentences {
		if s.Skip {
			continue
		}
		if s.Last > s.First && s.First < len(doc.Tokens) {
			if tk := &doc.Tokens[s.First]; isCap(tk.Text) && isVerbTag(tk.Tag) && e.lex.known(tk.Lower) {
				tk.Tag = "NNP" // "Beijing rejected ...": a place name read as a gerund
			}
		}
		for k := s.First + 1; k+1 < s.Last; k++ {
			if tk, p := &doc.Tokens[k], &doc.Tokens[k-1]; tk.Tag != "NNP" && isCap(tk.Text) && participleCompound(tk.Lower) && (p.Tag == "NNP" || p.Tag == "NNPS") && isCap(p.Text) {
				tk.Tag = "NNP" // "the San Diego-based company": the place's last word, read as a verb
			}
		}
		for k := s.First + 1; k+1 < s.Last; k++ {
			if p := &doc.Tokens[k-1]; doc.Tokens[k].Text == "&" && isCap(p.Text) && p.Tag != "NNP" && p.Tag != "NNPS" && (isCap(doc.Tokens[k+1].Text) || len(doc.Tokens[k+1].Text) == 1) {
				p.Tag = "NNP" // "Seven & i Holdings": a name's word before "&"
			}
		}
		i := s.First
		for i < s.Last {
			if doc.TokMention[i] >= 0 {
				i++ // named already, with a plural title before the first name
				continue
			}
			if si < 2 && i > s.First && i+2 < s.Last && doc.Tokens[i-1].Text == "(" && doc.Tokens[i+1].Text == ")" && dashToken(doc.Tokens[i+2].Text) && agencyDateline(doc, s.First, s.First+1) {
				i++ // "KERICHO, Kenya (AP) -": the news agency files the story, no party to it
				continue
			}
			if n := e.placeSpan(doc, i, s.Last); n > 1 {
				// "Port of Spain", "Trinidad and Tobago", "Dar es Salaam":
				// a known place whose name holds a lower-case word
				e.nameRun(doc, si, i, i+n)
				i += n
				continue
			}
			if e.nameTok(doc, i, s.First, mid) && participleCompound(doc.Tokens[i].Lower) && i+1 < s.Last && e.nameTok(doc, i+1, s.First, mid) {
				// "the Iran-backed Houthi movement": the compound is its own
				// name (a state's, when it names one), not the next name's
				// first word
				e.nameRun(doc, si, i, i+1)
				i++
				continue
			}
			if e.nameTok(doc, i, s.First, mid) {
				j := i + 1
				for j < s.Last {
					if e.nameTok(doc, j, s.First, mid) {
						j++
						continue
					}
					// "Bank of England", "AT&T": a connector between capitals
					if p := j + 1; nameParticles[doc.Tokens[j].Text] {
						// "Pieter van Aalst", "Ursula von der Leyen"
						if p < s.Last && nameParticles[doc.Tokens[p].Text] {
							p++
						}
						if p < s.Last && e.nameTok(doc, p, s.First, mid) && !e.orgRun(doc, e.afterTitle(doc, i, j), j) {
							j = p + 1
							continue
						}
					}
					if t := doc.Tokens[j].Text; (t == "'" || t == "’") && strings.HasSuffix(doc.Tokens[j-1].Lower, "s") && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid) {
						// "the Dockworkers' Union", "Teachers' Federation",
						// "the Port Workers' Trade Union"
						n := 0
						for k := j + 1; k < s.Last && k <= j+3 && e.nameTok(doc, k, s.First, mid); k++ {
							if e.lex.orgWords[doc.Tokens[k].Lower] || e.lex.orgNameWords[doc.Tokens[k].Lower] && (k+1 >= s.Last || e.lex.titles[doc.Tokens[k+1].Lower] == "" && !e.lex.roles[doc.Tokens[k+1].Lower]) {
								// (also a word that names a body when capitalised,
								// "the Builders' Forum", unless a role follows:
								// "the Lib Dems' Treasury spokesman")
								n = k - j
							}
						}
						if n > 0 {
							j += n + 1
							continue
						}
					}
					if doc.Tokens[j].Tag == "POS" && j+1 < s.Last && isCap(doc.Tokens[j+1].Text) && officeNouns[doc.Tokens[j+1].Lower] &&
						(e.allTitles(doc, i, j) || officeTitleModifiers[doc.Tokens[i].Lower] && e.allTitles(doc, i+1, j)) || e.officePossessive(doc, s, j) {
						// "the Attorney General's Office", "the Prime Minister's
						// Office", "the State Prosecutor's Office": a body, not a
						// person
						j += 2
						continue
					}
					if doc.Tokens[j].Tag == "POS" && (groupPlurals[doc.Tokens[j-1].Lower] || menPlural(doc.Tokens[j-1].Lower) && j+1 < s.Last && e.lex.orgWords[doc.Tokens[j+1].Lower]) && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid) {
						j += 2 // "the Pakistan People's Party", "the United Nations Children's Fund"
						continue
					}
					if doc.Tokens[j].Lower == "of" && j+2 < s.Last && doc.Tokens[j+1].Lower == "the" && e.nameTok(doc, j+2, s.First, mid) && e.namedOrgRun(doc, i, j) {
						j += 3 // "the International Committee of the Red Cross", "the Ministry of the Interior"
						continue
					}
					if doc.Tokens[j].Lower == "of" && j+2 < s.Last && j-i <= 2 && i > s.First && doc.Tokens[i-1].Lower == "the" && e.nameTok(doc, j+1, s.First, mid) &&
						!isCap(doc.Tokens[j+2].Text) && partyKinds[doc.Tokens[j+2].Lower] && !e.lex.known(doc.Tokens[j+1].Lower) {
						j += 2 // "the State of Law coalition": a party's name before its kind
						continue
					}
					if doc.Tokens[j].Lower == "of" && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid) && e.lex.titles[doc.Tokens[j-1].Lower] != "" {
						j += 2 // "Secretary of State", "Minister of Defence"
						continue
					}
					if doc.Tokens[j].Lower == "for" && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid) && e.portfolioAfter(doc, s, j+1) > j+1 && e.hasTitle(doc, i, j) {
						j += 2 // "Minister for Foreign Affairs X", "Secretary of State for Health X": the portfolio
						continue
					}
					if j+1 < s.Last && (doc.Tokens[j].Lower == "for" || doc.Tokens[j].Lower == "on" && !timeWords[doc.Tokens[j+1].Lower] && !months[doc.Tokens[j+1].Lower]) && e.nameTok(doc, j+1, s.First, mid) &&
						(e.orgRun(doc, i, j) || bodySuffixed(doc.Tokens[j-1].Lower) || doc.Tokens[j].Lower == "for" && i > s.First && firmTails[doc.Tokens[j-1].Lower] && e.placeNameAt(doc, s, j+1)) &&
						!(companyTails[doc.Tokens[j-1].Lower] || e.lex.legalForms[doc.Tokens[j-1].Text]) {
						// (not "a bid by Acme Holdings for Zeta Bank": a company's
						// name ends at its kind, and "for" opens what it is after)
						// "the Institute for Security Studies", "the Bank for
						// International Settlements", "the Committee on Foreign
						// Investment"
						j += 2
						continue
					}
					if doc.Tokens[j].Text == "&" && j+1 < s.Last && len(doc.Tokens[j+1].Text) == 1 && unicode.IsLetter(rune(doc.Tokens[j+1].Text[0])) {
						j += 2 // "Seven & i Holdings": a letter after "&"
						if j < s.Last && e.nameTok(doc, j, s.First, mid) {
							j++
						}
						continue
					}
					if (doc.Tokens[j].Text == "&" || doc.Tokens[j].Lower == "and") && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid) && e.joinedName(doc, s, mid, i, j) {
						j += 2 // "Procter & Gamble", "the Securities and Exchange Commission"
						continue
					}
					if (doc.Tokens[j].Lower == "of" || doc.Tokens[j].Text == "&" || doc.Tokens[j].Lower == "and" && hasOf(doc, i, j)) && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid) && (e.namedOrgRun(doc, i, j) || bodyNoun(doc, i, j)) {
						j += 2
						continue
					}
					if k := e.documentOf(doc, s, mid, i, j); k > j {
						j = k // "the Freedom of Information Act", "the Treaty of Rome"
						continue
					}
					if k := e.associationIn(doc, s, i, j); k > j {
						j = k // "the Council of Churches in Zambia"
						continue
					}
					if k := acronymIn(doc, s, i, j); k > j {
						j = k // "the Committee on Foreign Investment in the United States (CFIUS)"
						continue
					}
					if k := e.portfolioList(doc, s, mid, i, j); k > j {
						j = k // "the Department of Trade, Industry and Competition"
						continue
					}
					if k := e.purposeName(doc, s, mid, i, j); k > j {
						j = k // "the Alliance for the South", "the Committee to Protect Journalists"
						continue
					}
					if e.capitalConnector(doc, s, mid, i, j) {
						j++ // "Students Against Discrimination", "Speaker Anita Among"
						continue
					}
					break
				}
				if k, t := e.postTitleName(doc, i, j); k > i {
					// "Ambassador to the United Nations Mara Delling": the
					// body or country the title is "to" ends where a first
					// name starts, and the person holds the title
					e.nameRun(doc, si, i, k)
					role, roleOf := e.lex.titles[strings.TrimSuffix(doc.Tokens[t].Lower, ".")], -1
					if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Role != "" {
						role, roleOf = doc.Mentions[m].Role, doc.Mentions[m].RoleOf
					} else if t >= 2 && doc.Tokens[t-1].Tag == "POS" && doc.TokMention[t-2] >= 0 && doc.Mentions[doc.TokMention[t-2]].Kind == NameMention {
						roleOf = doc.TokMention[t-2] // "Pelonia's envoy to ..."
					}
					e.add(doc, Mention{First: k, Last: j, Kind: NameMention, Type: schema.Person, Key: key(doc, k, j), Role: role, RoleOf: roleOf})
					i = j
					continue
				}
				if j < s.Last && doc.Tokens[j].Lower == "family" && isNounTag(doc.Tokens[j].Tag) && e.familyName(doc, i, j) {
					// "the Hartley family", "the Keevil family": the
					// family, a group apart from any one member
					e.add(doc, Mention{First: i, Last: j + 1, Kind: NameMention, Type: schema.Organization, Key: key(doc, i, j+1), RoleOf: -1})
					i = j + 1
					continue
				}
				e.nameRun(doc, si, i, j)
				i = j
				continue
			}
			i++
		}
		for i = s.First; i < s.Last; i++ {
			if doc.TokMention[i] >= 0 {
				continue
			}
			tk := &doc.Tokens[i]
			switch tk.Lower {
			case "he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "i", "me", "my", "we", "our", "us", "himself", "herself", "itself", "themselves":
				if tk.Lower == "us" && tk.Text == "US" {
					break
				}
				e.add(doc, Mention{First: i, Last: i + 1, Kind: PronounMention, Key: tk.Lower, RoleOf: -1})
				continue
			}
			if tk.Lower == "the" && i+1 < s.Last && ageWord(doc.Tokens[i+1].Lower) != "" && doc.TokMention[i+1] < 0 && (i+2 >= s.Last || !isNounTag(doc.Tokens[i+2].Tag)) {
				// "The 26-year-old won silver": a person named before
				e.add(doc, Mention{First: i + 1, Last: i + 2, Kind: DescriptionMention, Type: schema.Person, Key: "year-old", RoleOf: -1})
				i++
				continue
			}
			if tk.Lower == "the" || tk.Tag == "POS" || e.leadIndefinite(doc, s, si, i) {
				if j := e.description(doc, s, i); j > i {
					i = j - 1
				}
			}
		}
	}
	orgsFromCues(doc, e.lex)
	vesselsFromCues(doc)
	return nil
}

// orgBefore are words that, before a name, show it is an organisation
// ("shares in Kestrel Mining", "workers at Brennan Foods").
var orgBefore = map[string]map[string]bool{
	"shares":       {"in": true, "of": true},
	"stake":        {"in": true},
	"shareholders": {"in": true, "of": true, "at": true},
	"investors":    {"in": true},
	"workers":      {"at": true},
	"employees":    {"at": true, "of": true},
	"staff":        {"at": true},
	"subsidiary":   {"of": true},
	"takeover":     {"of": true},
}

// orgPossessed are nouns only an organisation has ("Kestrel Mining's board").
var orgPossessed = map[string]bool{
	"chief": true, "board": true, "shares": true, "shareholders": true, "headquarters": true,
	"profits": true, "profit": true, "revenue": true, "revenues": true, "sales": true, "ceo": true,
	"subsidiary": true, "stock": true, "executives": true, "employees": true, "staff": true,
	"workforce": true, "factory": true, "plants": true, "products": true, "chairman": true, "chairwoman": true,
	"lender": true, "lenders": true, "creditors": true, "bondholders": true, "auditor": true, "auditors": true,
	"customers": true, "suppliers": true, "takeover": true, "managing": true, "directors": true, "shareholder": true,
}

// orgsFromCues retypes a multi-word name typed Person as an Organization
// when any of its mentions shows an organisation cue: it owns shares, a
// board or a chief executive, it employs workers, or an apposition calls it
// a company. A name with a title, role or gendered honorific stays a person.
func orgsFromCues(doc *Document, lex *lexicon) {
	firstNames := lex.firstNames
	keep := map[string]bool{}
	cue := map[string]bool{}
	short := map[string]bool{} // one-word names with a cue: "Pavoni's lender"
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind != NameMention {
			continue
		}
		if m.Last-m.First < 2 {
			// (a one-word name is typed later, from its longer form)
			if (m.Type == "" || m.Type == schema.Person) && m.Role == "" && m.Gender == 0 && !short[m.Key] && orgCue(doc, m) {
				short[m.Key] = true
			}
			continue
		}
		if m.Type != schema.Person {
			continue
		}
		if m.Role != "" && !lex.orgKinds[m.Role] || m.Gender != 0 {
			// (a company's kind taken for a title is no person's role:
			// "the lender Torvik Brandt")
			keep[m.Key] = true
			continue
		}
		if cue[m.Key] {
			continue
		}
		cue[m.Key] = orgCue(doc, m) || heldByPossessor(doc, m, firstNames) || firmShaped(doc, m, lex) || firstNames[doc.Tokens[m.First].Lower] == 0 && abbreviated(doc, m)
	}
	if k := laterCompany(doc, firstNames); k != "" {
		cue[k] = true
	}
	if len(short) > 0 {
		// a company is cut to its first word, a person to the last
		// ("Pavoni Tessile ... Pavoni's lender")
		for mi := range doc.Mentions {
			m := &doc.Mentions[mi]
			if m.Kind == NameMention && m.Type == schema.Person && m.Last-m.First >= 2 && short[doc.Tokens[m.First].Lower] && !short[doc.Tokens[m.Last-1].Lower] {
				cue[m.Key] = true
			}
		}
	}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind == NameMention && m.Type == schema.Person && cue[m.Key] && !keep[m.Key] {
			m.Type = schema.Organization
		}
	}
}

// vesselNouns name a ship, whose own name is no person's.
var vesselNouns = map[string]bool{"vessel": true, "ship": true, "tanker": true, "trawler": true, "freighter": true,
	"ferry": true, "yacht": true, "warship": true, "frigate": true, "destroyer": true, "boat": true}

// vesselsFromCues retypes a name typed Person as a place, the kind a ship
// is, when a ship's noun sets it apart: right before it ("the tanker
// Marisol Star") or in apposition ("The vessel, the Marisol Star,",
// "the Marisol Star, a fishing trawler,"), so that "its captain" can find
// the ship. A name with a title, role or gendered honorific stays a person.
func vesselsFromCues(doc *Document) {
	cue := map[string]bool{}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind == NameMention && m.Type == schema.Person && m.Role == "" && m.Gender == 0 && vesselCue(doc, m) {
			cue[m.Key] = true
		}
	}
	for mi := range doc.Mentions {
		if m := &doc.Mentions[mi]; m.Kind == NameMention && m.Type == schema.Person && cue[m.Key] && m.Role == "" && m.Gender == 0 {
			m.Type = schema.Location
		}
	}
}

// vesselCue reports whether a ship's noun stands right before name
// mention m or in apposition to it.
func vesselCue(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	a := m.First
	if a > s.First && doc.Tokens[a-1].Lower == "the" {
		a-- // "The vessel, the Marisol Star,"
	}
	switch {
	case a == m.First && a-1 >= s.First && vesselNouns[doc.Tokens[a-1].Lower]:
		return true // "the tanker Marisol Star"
	case a-2 >= s.First && doc.Tokens[a-1].Text == "," && vesselNouns[doc.Tokens[a-2].Lower]:
		return true // "The vessel, the Marisol Star,"
	case m.Last+2 < s.Last && doc.Tokens[m.Last].Text == ",":
		for k := m.Last + 1; k < s.Last && k < m.Last+6; k++ {
			if vesselNouns[doc.Tokens[k].Lower] {
				// not "a ship owner", "the yacht's owner"
				return k+1 >= s.Last || !isNounTag(doc.Tokens[k+1].Tag) && doc.Tokens[k+1].Tag != "POS"
			}
			if !(k == m.Last+1 && (doc.Tokens[k].Lower == "a" || doc.Tokens[k].Lower == "an" || doc.Tokens[k].Lower == "the") || k > m.Last+1 && (doc.Tokens[k].Tag == "JJ" || doc.Tokens[k].Tag == "NN" || doc.Tokens[k].Tag == "VBG")) {
				return false
			}
		}
	}
	return false
}

// vesselEntity reports whether entity e is a ship: a place some mention
// of which a ship's noun sets apart.
func vesselEntity(doc *Document, e int) bool {
	if doc.Entities[e].Type != schema.Location {
		return false
	}
	for mi := range doc.Mentions {
		if m := &doc.Mentions[mi]; m.Entity == e && m.Kind == NameMention && vesselCue(doc, m) {
			return true
		}
	}
	return false
}

// holdingWords show a sentence speaks of owning a company ("controlled by",
// "its largest shareholder", "a stake in").
var holdingWords = map[string]bool{
	"shareholder": true, "shareholders": true, "stake": true, "stakes": true, "investor": true,
	"controlled": true, "owned": true, "owns": true, "shares": true, "holding": true, "holdings": true,
}

// firmShaped reports whether name mention m, of two words or more, has a
// company's shape rather than a person's: a company's kind right before it
// ("Dutch bank Halvard Amsel", "news agency Corvo Press"; but "the firm
// Ana Ruiz founded" is a relative clause) or an acronym for its first word
// ("BKR Lindqvist"; not initials like "JK").
func firmShaped(doc *Document, m *Mention, lex *lexicon) bool {
	if m.Last-m.First < 2 {
		return false
	}
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	first := doc.Tokens[m.First].Text
	named := false // a first name anywhere: "the Reverend Ana Ruiz"
	for k := m.First; k < m.Last; k++ {
		named = named || lex.firstNames[doc.Tokens[k].Lower] != 0
	}
	if len(first) >= 3 && len(first) <= 5 && strings.ToUpper(first) == first && strings.IndexFunc(first, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0 && !named {
		return true
	}
	// a determiner before it, or before the kind and its modifiers
	det := func(k int) bool {
		for ; k >= s.First && k > m.First-5; k-- {
			switch tk := &doc.Tokens[k]; {
			case tk.Tag == "DT" || tk.Tag == "PRP$" || tk.Tag == "POS":
				return true
			case tk.Tag != "JJ" && tk.Tag != "NN" && tk.Tag != "NNP" && tk.Tag != "HYPH":
				return false
			}
		}
		return false
	}
	if a := m.First - 1; a >= s.First && lex.orgKinds[doc.Tokens[a].Lower] && !isCap(doc.Tokens[a].Text) {
		// after an article, a person's name may open a relative clause
		return !det(a-1) || !named
	}
	return false
}

// heldByPossessor reports whether name mention m, whose first word is no
// known first name, is owned by a name or by "whose" before it in a
// sentence about owning companies: "controlled by Nils Ekdahl's Harrow
// Lindgate", "Ekdahl, whose Harrow Lindgate is Pellow's largest
// shareholder". A person's possessive alone is no cue ("Putin's Sergei
// Lavrov"), nor is a first name ("Ekdahl's Anna Berg owns shares").
func heldByPossessor(doc *Document, m *Mention, firstNames map[string]byte) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	a := m.First
	if a-1 <= s.First || firstNames[doc.Tokens[a].Lower] != 0 {
		return false
	}
	switch p := doc.Tokens[a-1]; {
	case p.Lower == "whose":
	case p.Tag == "POS":
		pm := doc.TokMention[a-2]
		if pm < 0 || doc.Mentions[pm].Kind != NameMention || doc.Mentions[pm].Type != schema.Person {
			return false
		}
	default:
		return false
	}
	for t := s.First; t < s.Last; t++ {
		if holdingWords[doc.Tokens[t].Lower] {
			return true
		}
	}
	return false
}

// laterCompany returns the key of the name that "The company ..." or "The
// firm ..." opening a sentence refers to when no organisation is named
// before it: the first name of the sentence before, a multi-word name typed
// Person without title or role ("Harlow Vance cut jobs. The company said
// ..."), whose first word is no known first name. It returns "" when there is none.
func laterCompany(doc *Document, firstNames map[string]byte) string {
	for mi := range doc.Mentions {
		d := &doc.Mentions[mi]
		if d.Kind == NameMention && d.Type == schema.Organization {
			return "" // an organisation is named: "the company" may be it
		}
		if d.Kind != DescriptionMention || d.Type != schema.Organization {
			continue
		}
		head := doc.Tokens[d.Last-1].Lower
		if head != "company" && head != "firm" {
			continue
		}
		si := doc.Tokens[d.First].Sent
		if si == 0 || d.First != doc.Sentences[si].First+1 || doc.Tokens[d.First-1].Lower != "the" {
			continue
		}
		prev := doc.Sentences[si-1]
		for k := prev.First; k < prev.Last; k++ {
			if n := doc.TokMention[k]; n >= 0 {
				m := &doc.Mentions[n]
				if m.Kind == NameMention && m.Type == schema.Person && m.Last-m.First >= 2 && m.Role == "" && m.Gender == 0 && firstNames[doc.Tokens[m.First].Lower] == 0 {
					return m.Key // (not "Ana Ruiz resigned. The firm ...": a first name makes a person)
				}
				break
			}
		}
	}
	return ""
}

// abbreviated reports whether name mention m is followed by an acronym in
// brackets that spells its initials ("HM Revenue and Customs (HMRC)"): a
// body's name.
func abbreviated(doc *Document, m *Mention) bool {
	b := m.Last
	return b+2 < len(doc.Tokens) && doc.Tokens[b].Text == "(" && doc.Tokens[b+2].Text == ")" && spellsInitials(doc, m.First, b, doc.Tokens[b+1].Text)
}

// orgCue reports whether the words around name mention m mark an organisation.
func orgCue(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	if strings.HasSuffix(doc.Tokens[m.First].Lower, "-listed") || m.First > s.First && strings.HasSuffix(doc.Tokens[m.First-1].Lower, "-listed") {
		return true // "London-listed Energean": only a company is listed
	}
	if a := m.First; a-2 >= s.First && orgBefore[doc.Tokens[a-2].Lower][doc.Tokens[a-1].Lower] {
		return true
	}
	b := m.Last
	if b+1 < s.Last && doc.Tokens[b].Tag == "POS" && orgPossessed[doc.Tokens[b+1].Lower] {
		if doc.Tokens[b+1].Lower != "chief" {
			return true
		}
		// "chief executive", not a person's "chief of staff"
		if b+2 < s.Last && (doc.Tokens[b+2].Lower == "executive" || doc.Tokens[b+2].Lower == "financial" || doc.Tokens[b+2].Lower == "operating") {
			return true
		}
	}
	if m.First == s.First && doc.Tokens[m.First].Sent+1 < len(doc.Sentences) {
		// "Straits Pacific had offered ... Its chairman, X, said": the
		// sentence's subject owns what the next one's "its" opens
		n := doc.Sentences[doc.Tokens[m.First].Sent+1]
		if n.Last-n.First > 2 && doc.Tokens[n.First].Lower == "its" && itsOrgNoun(doc, n) && !otherName(doc, s, m) {
			return true
		}
	}
	if a := m.First; a-3 >= s.First && doc.Tokens[a-1].Text == "," && (b >= s.Last || doc.Tokens[b].Text == "," || doc.Tokens[b].Tag == ".") {
		// "Her own party, Accion Civica, split", "the firm, Harlow
		// Vance,": a short description of an organisation set before the
		// name in apposition (not "a spokesman for the union, Ana Ruiz,":
		// a preposition's object)
		h := a - 2
		if t, ok := descHeads[doc.Tokens[h].Lower]; ok && t == schema.Organization && doc.Tokens[h].Tag == "NN" && !isCap(doc.Tokens[h].Text) &&
			doc.Tokens[h].Lower != "side" && doc.Tokens[h].Lower != "government" {
			k := h - 1
			for k > s.First && k > h-3 && (doc.Tokens[k].Tag == "JJ" || doc.Tokens[k].Lower == "own") {
				k--
			}
			switch doc.Tokens[k].Lower {
			case "the", "her", "his", "its", "their":
				if k == s.First || doc.Tokens[k-1].Tag != "IN" && doc.Tokens[k-1].Tag != "TO" && doc.Tokens[k-1].Tag != "POS" {
					return true
				}
			}
		}
	}
	if a := m.First; a-1 >= s.First && doc.Tokens[a-1].Lower == "the" && b < s.Last && !isCap(doc.Tokens[b].Text) && doc.Tokens[b].Tag == "NN" &&
		(b+1 >= s.Last || !isNounTag(doc.Tokens[b+1].Tag) && doc.Tokens[b+1].Tag != "POS") {
		// "the Daily Record newspaper", "the Halden Bay company": a name
		// between "the" and the kind of body it names
		switch l := doc.Tokens[b].Lower; l {
		case "side", "government", "management", "board", "panel", "party":
		default:
			if t, ok := descHeads[l]; ok && t == schema.Organization {
				return true
			}
		}
	}
	if b+2 < s.Last && doc.Tokens[b].Text == "," {
		switch doc.Tokens[b+1].Lower {
		case "the", "a", "an":
			for k := b + 2; k < s.Last && k < b+6; k++ {
				l := doc.Tokens[k].Lower
				if t, ok := descHeads[l]; ok && t == schema.Organization && l != "side" && l != "party" && l != "government" && !isCap(doc.Tokens[k].Text) && (k+1 >= s.Last || doc.Tokens[k+1].Tag != "POS" && !isNounTag(doc.Tokens[k+1].Tag)) {
					// not a possessor: "X, the company's lawyer"; nor a
					// modifier of the head: "X, a board member"; nor a
					// word of a name: "X, the Bank of England governor"
					return true
				}
				if !(isNounTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "JJ" || doc.Tokens[k].Tag == "HYPH") {
					break
				}
			}
		}
	}
	return false
}

// orgStaffNouns head a phrase after "Its" that names someone working for
// an organisation, with modifiers before them ("Its export director",
// "Its chief spokeswoman"); a person has no such staff.
var orgStaffNouns = map[string]bool{"director": true, "chairwoman": true, "chair": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "founder": true, "owner": true, "manager": true, "officer": true}

// itsOrgNoun reports whether sentence n, opening with "Its", goes on with
// a noun only an organisation has, right after it or after at most two
// lower-case modifiers ending in a staff noun ("Its board", "Its export
// director, X,").
func itsOrgNoun(doc *Document, n Sentence) bool {
	if orgPossessed[doc.Tokens[n.First+1].Lower] {
		return true
	}
	for k := n.First + 1; k < n.Last && k <= n.First+3; k++ {
		tk := &doc.Tokens[k]
		if isCap(tk.Text) || !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "VBG") {
			return false
		}
		if orgStaffNouns[tk.Lower] {
			return k+1 >= n.Last || !isNounTag(doc.Tokens[k+1].Tag) && doc.Tokens[k+1].Tag != "POS"
		}
	}
	return false
}

// otherName reports whether sentence s names anything besides mention m,
// another name that a later "its" could stand for.
func otherName(doc *Document, s Sentence, m *Mention) bool {
	for t := s.First; t < s.Last; t++ {
		if t >= m.First && t < m.Last {
			continue
		}
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Kind == NameMention {
			return true
		}
	}
	return false
}

// adjectiveTails end hyphen compounds that make a name an adjective
// besides the acts of compoundSuffixes: "London-listed", "Shenzhen-based",
// "Kenyan-born".
var adjectiveTails = map[string]bool{
	"based": true, "born": true, "listed": true, "allied": true, "aligned": true, "linked": true, "affiliated": true,
	"registered": true, "flagged": true, "headquartered": true, "made": true, "built": true, "dominated": true,
}

// compoundMention reports whether mention m ends in a word joining a name
// to a participle ("Singapore-based", "Kenyan-born", "North
// Carolina-based"): the place describes a person or body, it holds no
// office they hold.
func compoundMention(doc *Document, m *Mention) bool {
	return m.Last > m.First && participleCompound(doc.Tokens[m.Last-1].Lower)
}

// participleCompound reports whether lower-cased word w is a name joined
// by a hyphen to a participle ("Iran-backed", "London-listed").
func participleCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	_, act := compoundSuffixes[w[i+1:]]
	return act || adjectiveTails[w[i+1:]]
}

// ageWord returns the years of an age adjective ("26" of "26-year-old"),
// or "".
func ageWord(w string) string {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" || len(n) > 3 {
		return ""
	}
	for _, r := range n {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return n
}

// secondRank are words before a role that make another office of it.
var secondRank = map[string]bool{"deputy": true, "vice": true, "assistant": true, "associate": true, "junior": true}

// groupPlurals are plurals spelled without s whose possessive sits inside
// an organisation's name ("People's Party", "Women's League").
var groupPlurals = map[string]bool{"people": true, "women": true, "men": true, "children": true}

// menPlural reports whether w is a plural in -men ("fishermen",
// "seamen"), whose possessive sits inside a body's name before its kind
// ("the Norwegian Fishermen's Association").
func menPlural(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "men")
}

// nameParticles are lower-case words inside a person's name.
var nameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "da": true, "di": true, "du": true,
	"del": true, "della": true, "dos": true, "das": true, "des": true, "es": true, "bin": true, "ibn": true, "ter": true, "ten": true,
	"Without": true, // "Reporters Without Borders", "Doctors Without Borders": capitalised, inside a name
}

// bodySuffixes end nouns that name an institution ("Superintendency",
// "Directorate", "Secretariat", "Prefecture").
var bodySuffixes = []string{"ency", "orate", "ariat", "ature", "ecture"}

// bodySuffixed reports whether w, a word of eight letters or more, names
// an institution by its ending ("Secretariat", "Directorate",
// "Inspectorate", "Presidency").
func bodySuffixed(w string) bool {
	if len(w) < 8 {
		return false
	}
	for _, suf := range bodySuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// placeNameAt reports whether a known place of one to three words starts
// at token i and ends the name there ("Transport for London said",
// "Transport for Greater Manchester,").
func (e *EntityStage) placeNameAt(doc *Document, s Sentence, i int) bool {
	for n := 3; n >= 1; n-- {
		if i+n <= s.Last && e.lex.known(key(doc, i, i+n)) && (i+n == s.Last || !isCap(doc.Tokens[i+n].Text)) {
			return true
		}
	}
	return false
}

// bodyNoun reports whether the one capitalised word a..b, after "the",
// names an institution by its ending ("the Superintendency of Banking",
// "the Directorate of Criminal Investigations"), so that "of" and the
// words after it belong to the name.
func bodyNoun(doc *Document, a, b int) bool {
	if b-a != 1 || a == 0 || doc.Tokens[a-1].Lower != "the" {
		return false
	}
	w := doc.Tokens[a].Lower
	for _, suf := range bodySuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// occupationOpeners are occupations, not titles, that may open a sentence
// before a person's name ("Lawyer Louise Christian, who ...").
var occupationOpeners = map[string]bool{"lawyer": true, "solicitor": true, "barrister": true, "campaigner": true, "activist": true,
	"analyst": true, "economist": true, "journalist": true, "reporter": true, "businessman": true, "businesswoman": true,
	"tycoon": true, "billionaire": true, "banker": true, "investor": true, "entrepreneur": true, "novelist": true, "historian": true,
	"writer": true, "author": true, "poet": true, "playwright": true, "singer": true, "actor": true, "actress": true, "comedian": true,
	"broadcaster": true, "presenter": true, "artist": true, "photographer": true, "filmmaker": true, "blogger": true}

// documentHeads are the words a named law, treaty or agreement ends in
// ("the Licensing Act", "the Paris Agreement") or, before "of" or "on",
// opens with ("the Treaty of Rome", "the Convention on Cluster
// Munitions").
var documentHeads = map[string]bool{"act": true, "bill": true, "treaty": true, "agreement": true, "accord": true, "accords": true,
	"convention": true, "charter": true, "protocol": true, "pact": true, "directive": true, "declaration": true, "amendment": true,
	"memorandum": true, "constitution": true}

// endsInDocumentHead reports whether the name a..b, of two words or more,
// ends in a capitalised document word ("the Licensing Act").
func endsInDocumentHead(doc *Document, a, b int) bool {
	return b-a >= 2 && isCap(doc.Tokens[b-1].Text) && documentHeads[doc.Tokens[b-1].Lower]
}

// documentOf returns the end of a document's or a body's name that "of"
// or "on" at token j continues: the capitalised words after it end in a
// document word ("the Freedom of Information Act", "the Prevention of
// Terrorism Bill") or, after "of", in an organisation word ("the Victims
// of Crime Trust"), or the words before it are a document word ("the
// Treaty of Rome"). It returns j when the name stops at j.
func (e *EntityStage) documentOf(doc *Document, s Sentence, mid map[string]bool, i, j int) int {
	if w := doc.Tokens[j].Lower; w != "of" && w != "on" || j+1 >= s.Last || !e.nameTok(doc, j+1, s.First, mid) {
		return j
	}
	k := j + 1
	for k < s.Last && k <= j+5 && e.nameTok(doc, k, s.First, mid) {
		k++
	}
	if documentHeads[doc.Tokens[k-1].Lower] && k-1 > j+1 {
		return k
	}
	if documentHeads[doc.Tokens[j-1].Lower] && j-i <= 3 && i > s.First && doc.Tokens[i-1].Lower == "the" {
		return k
	}
	if w := doc.Tokens[j].Lower; w == "of" && k-1 > j+1 && e.lex.orgWords[doc.Tokens[k-1].Lower] && i > s.First && doc.Tokens[i-1].Lower == "the" && !e.hasTitle(doc, i, j) {
		// "the Victims of Crime Trust", "the Society of Motor
		// Manufacturers' Association": a body's name whose kind ends it
		return k
	}
	return j
}

// documentHeadOf reports whether the name a..b has a document word among
// its first three words before "of" or "on" and a word after it ("the
// Treaty of Rome", "the European Convention on Human Rights").
func documentHeadOf(doc *Document, a, b int) bool {
	for h := a; h < a+3 && h+2 < b; h++ {
		if w := doc.Tokens[h+1].Lower; documentHeads[doc.Tokens[h].Lower] && (w == "of" || w == "on") {
			return true
		}
	}
	return false
}

func hasOf(doc *Document, a, b int) bool {
	for k := a; k < b; k++ {
		if w := doc.Tokens[k].Lower; w == "of" || w == "for" || w == "on" || w == "against" {
			// "Ministry of Trade and Industry", "Commission for Markets and
			// Competition", "Commission on Human Rights and Administrative
			// Justice", "Special Court Against Corruption and Organised Crime"
			return true
		}
	}
	return false
}

// associationHeads name a body of members ("the Council of Churches",
// "the Chamber of Commerce") that, named by what its members share,
// takes its country into its name ("the Chamber of Commerce in Korea").
var associationHeads = map[string]bool{"council": true, "chamber": true, "association": true, "federation": true,
	"confederation": true, "union": true, "congress": true, "conference": true, "society": true, "league": true}

// associationIn returns the end of a body's name that runs on through
// "in" and a country after capitalised words [a, j) naming an association
// of something ("the Council of Churches in Zambia", "the American Chamber
// of Commerce in Korea"): the body of that country, whose name goes with
// it. It returns j otherwise: a city after "in" is where a body sits ("the
// Chamber of Commerce in Paris"), and a ministry or a court is no
// association.
func (e *EntityStage) associationIn(doc *Document, s Sentence, a, j int) int {
	if j+1 >= s.Last || doc.Tokens[j].Lower != "in" {
		return j
	}
	head := false
	for k := a; k+1 < j; k++ {
		if doc.Tokens[k+1].Lower == "of" {
			head = associationHeads[doc.Tokens[k].Lower] && isCap(doc.Tokens[k].Text)
			break
		}
	}
	if !head {
		return j
	}
	for n := 2; n >= 1; n-- {
		end := j + 1 + n
		if end > s.Last {
			continue
		}
		if _, ok := e.lex.countries[key(doc, j+1, end)]; !ok || !isCap(doc.Tokens[j+1].Text) {
			continue
		}
		if end < s.Last && (isCap(doc.Tokens[end].Text) && doc.Tokens[end].Tag == "NNP" || doc.Tokens[end].Tag == "POS") {
			return j // "in Kenya Airways", "in Kenya's ...": more follows
		}
		return end
	}
	return j
}

// acronymIn returns the end of a body's name that runs on through "in"
// at token j and the capitalised words after it when an acronym in
// brackets right after them spells the initials of the whole name ("the
// Organization for Security and Co-operation in Europe (OSCE)", "the
// Committee on Foreign Investment in the United States (CFIUS)"); it
// returns j otherwise.
func acronymIn(doc *Document, s Sentence, a, j int) int {
	if doc.Tokens[j].Lower != "in" || j+3 >= s.Last {
		return j
	}
	end := j + 1
	if doc.Tokens[end].Lower == "the" {
		end++
	}
	start := end
	for end < s.Last && end-start < 4 && isCap(doc.Tokens[end].Text) && doc.Tokens[end].Text != "(" {
		end++
	}
	if end == start || end+2 >= s.Last || doc.Tokens[end].Text != "(" || doc.Tokens[end+2].Text != ")" {
		return j
	}
	acr := doc.Tokens[end+1].Text
	if len(acr) < 3 || strings.ToUpper(acr) != acr {
		return j
	}
	var initials strings.Builder
	for k := a; k < end; k++ {
		if t := doc.Tokens[k].Text; isCap(t) {
			initials.WriteByte(t[0])
		}
	}
	if initials.String() != acr {
		return j
	}
	return end
}

// joinedName reports whether the "and" or "&" at token j joins two parts
// of one organisation's name rather than two names: after "&" ("Procter
// & Gamble", "Shah & Co"), or when the capitalised words after "and" end
// in an organisation word, those before it do not, and an article opens
// the name ("the Food and Drug Administration", "the Securities and Exchange
// Commission"; not "Acme Bank and Zeta Group", "Britain and France").
func (e *EntityStage) joinedName(doc *Document, s Sentence, mid map[string]bool, i, j int) bool {
	if doc.Tokens[j].Text == "&" {
		return true
	}
	if acronymSpans(doc, s, i, j) {
		return true // "HM Revenue and Customs (HMRC)", "the Action and Solidarity Party (PAS)"
	}
	if j-i == 1 && j+2 <= s.Last && e.partyName(doc, s, i, j) {
		return true
	}
	if j-i == 1 && j+3 <= s.Last && firmSuffixes[doc.Tokens[j+2].Lower] && (j+3 == s.Last || !isCap(doc.Tokens[j+3].Text)) && !e.lex.known(doc.Tokens[i].Lower) && e.lex.firstNames[doc.Tokens[i].Lower] == 0 {
		// "Harwick and Quist Ltd": a legal suffix after "A and B" ends one
		// company's name, unless the text also writes A alone as a name
		if doc.capCount == nil {
			doc.capCount = capCounts(doc)
		}
		a := doc.Tokens[i].Text
		if _, dem := e.lex.demonyms[doc.Tokens[i].Lower]; !dem && doc.capCount[a] <= doc.capCount[a+" and "+doc.Tokens[j+1].Text] {
			return true
		}
	}
	if j-i > 2 || e.lex.titles[doc.Tokens[j-1].Lower] != "" || !articleOpens(doc, s, i) {
		// such names take "the" (or an article of the noun they modify:
		// "a Securities and Exchange Commission inquiry"); a person's does
		// not ("Jane Holt and Green Party co-leader Sam Burr")
		return false
	}
	if j-i == 2 && e.lex.orgWords[doc.Tokens[j-1].Lower] && !parallelPlurals(doc, s, j) {
		return false
	}
	if _, ok := e.lex.countries[doc.Tokens[j-1].Lower]; ok {
		return false
	}
	if e.lex.known(key(doc, i, j)) || partyPlural(doc.Tokens[j-1].Lower) {
		return false // "the United States and the EU", "the Greens and Labour Party"
	}
	k := j + 1
	for k < s.Last && k < j+6 && (e.nameTok(doc, k, s.First, mid) || k > j+1 && (doc.Tokens[k].Text == "'" || doc.Tokens[k].Text == "’") && k+1 < s.Last && e.nameTok(doc, k+1, s.First, mid)) {
		k++ // ("the Seamen and Waterfront Workers' Alliance")
	}
	// "the United Food and Commercial Workers union": the kind may follow
	// in lower case; "the Economic and Corruption Prosecutor's Office":
	// an office holder's body
	org := e.lex.orgWords[doc.Tokens[k-1].Lower] || k < s.Last && !isCap(doc.Tokens[k].Text) && e.lex.orgWords[doc.Tokens[k].Lower] || e.officePossessive(doc, s, k)
	return k-j >= 3 && org
}

// articleOpens reports whether the name at token i follows an article
// or a possessive "'s", right before it or before one or two lower-case
// modifiers ("the Tenants and Workers Union", "the ruling Action and
// Solidarity Party", "the main opposition Labour and Farmers Party").
func articleOpens(doc *Document, s Sentence, i int) bool {
	for k := i - 1; k >= s.First && k >= i-3; k-- {
		switch tk := &doc.Tokens[k]; {
		case tk.Lower == "the" || tk.Lower == "a" || tk.Lower == "an" || tk.Tag == "POS":
			return true
		case k == i-3 || isCap(tk.Text) || tk.Tag != "JJ" && tk.Tag != "VBG" && tk.Tag != "NN":
			return false
		}
	}
	return false
}

// parallelPlurals reports whether the "and" at token j joins two plural
// nouns that an organisation word after them heads ("the Ghana Ports and
// Harbours Authority"): one body named for both.
func parallelPlurals(doc *Document, s Sentence, j int) bool {
	if j+2 >= s.Last || doc.Tokens[j-1].Tag != "NNPS" && doc.Tokens[j-1].Tag != "NNS" || !strings.HasSuffix(doc.Tokens[j-1].Lower, "s") || !strings.HasSuffix(doc.Tokens[j+1].Lower, "s") {
		return false
	}
	switch doc.Tokens[j+2].Lower {
	case "authority", "board", "commission", "agency", "department", "ministry", "corporation", "service":
		return isCap(doc.Tokens[j+2].Text)
	}
	return false
}

// acronymSpans reports whether the capitalised words from token a through
// the "and" at token j and on to an acronym in brackets are one name: the
// acronym spells their initials, a word in capitals giving all its letters
// ("HM Revenue and Customs (HMRC)", "Belgium's Financial Services and
// Markets Authority (FSMA)", "the Union for Change and Justice (UCJ)"). Two
// names coordinated before an acronym of the second ("Acme Bank and the
// Deposit Insurance Fund (DIF)") spell no such initials.
func acronymSpans(doc *Document, s Sentence, a, j int) bool {
	end := j + 1
	for end < s.Last && end-j <= 8 && doc.Tokens[end].Text != "(" {
		t := doc.Tokens[end]
		if !isCap(t.Text) && t.Lower != "of" && t.Lower != "for" && t.Lower != "and" && t.Lower != "on" {
			return false
		}
		end++
	}
	if end == j+1 || end+2 >= s.Last || doc.Tokens[end].Text != "(" || doc.Tokens[end+2].Text != ")" || !isCap(doc.Tokens[end-1].Text) {
		return false
	}
	return spellsInitials(doc, a, end, doc.Tokens[end+1].Text)
}

// spellsInitials reports whether acronym acr, of three capitals or more,
// spells the initials of the capitalised words of tokens [a, b), a word in
// capitals giving all its letters ("HMRC" for "HM Revenue and Customs").
func spellsInitials(doc *Document, a, b int, acr string) bool {
	if len(acr) < 3 || strings.ToUpper(acr) != acr {
		return false
	}
	var initials strings.Builder
	for k := a; k < b; k++ {
		t := doc.Tokens[k].Text
		switch {
		case !isCap(t):
		case len(t) <= 3 && strings.ToUpper(t) == t:
			initials.WriteString(t) // "HM", "UN"
		default:
			initials.WriteByte(t[0])
		}
	}
	return initials.String() == acr
}

// firmSuffixes end a company's registered name ("Harwick and Quist Ltd").
var firmSuffixes = map[string]bool{"ltd": true, "ltd.": true, "plc": true, "inc": true, "inc.": true, "llc": true, "llp": true, "limited": true}

// partyKinds are lower-case nouns that follow a party's or a movement's
// name.
var partyKinds = map[string]bool{"party": true, "movement": true, "alliance": true, "bloc": true, "coalition": true, "front": true}

// partyName reports whether single capitalised words around "and" at j
// name one party: a party noun follows ("the Truth and Renewal party",
// "the Peace and Progress movement"), or the document named them so
// before ("... backed by Truth and Renewal"). Countries, places, demonyms
// and words the text also writes alone as a name are coordinated, not
// joined ("the Labour and Green parties", "Labour and Green party
// members" where Labour stands alone elsewhere).
func (e *EntityStage) partyName(doc *Document, s Sentence, i, j int) bool {
	k := key(doc, i, j+2)
	if doc.joined[k] {
		return true
	}
	if j+2 >= s.Last || isCap(doc.Tokens[j+2].Text) || !partyKinds[doc.Tokens[j+2].Lower] {
		return false
	}
	for _, t := range []int{i, j + 1} {
		w := doc.Tokens[t].Lower
		if e.lex.known(w) || e.lex.orgWords[w] {
			return false
		}
		if _, dem := e.lex.demonyms[w]; dem {
			return false
		}
	}
	if doc.capCount == nil {
		doc.capCount = capCounts(doc)
	}
	a := doc.Tokens[i].Text
	if doc.capCount[a] > doc.capCount[a+" and "+doc.Tokens[j+1].Text] {
		return false // the first word stands alone as a name elsewhere
	}
	if doc.joined == nil {
		doc.joined = map[string]bool{}
	}
	doc.joined[k] = true
	return true
}

// capCounts counts, by text, the capitalised words that do not open a
// sentence and the "A and B" pairs such words make, in one pass.
func capCounts(doc *Document) map[string]int {
	out := map[string]int{}
	for t := 1; t < len(doc.Tokens); t++ {
		tk := &doc.Tokens[t]
		if !isCap(tk.Text) || doc.Tokens[t-1].Sent != tk.Sent {
			continue
		}
		out[tk.Text]++
		if t+2 < len(doc.Tokens) && doc.Tokens[t+1].Lower == "and" && isCap(doc.Tokens[t+2].Text) {
			out[tk.Text+" and "+doc.Tokens[t+2].Text]++
		}
	}
	return out
}

// titledPerson reports whether a name run holding an organisation word
// ends in a title and a two-word name free of such words ("Cambodian
// Water Resources Minister Sok Pheakdey", "Bank of England Governor
// Anna Reid"): a person, the words before the title naming the office.
func (e *EntityStage) titledPerson(doc *Document, a, b int) bool {
	n := e.afterTitle(doc, a, b) // "... President Katrin van der Hoek": the name may hold particles
	if b-n == 1 && n-2 > a && isCap(doc.Tokens[n].Text) && !e.orgRun(doc, n, b) {
		if r, ok := e.lex.titles[doc.Tokens[n-1].Lower]; ok && r == "" {
			// "Home Office Minister Lord Falconer": an honorific between
			// the office and a surname
			if _, ok := e.lex.titles[doc.Tokens[n-2].Lower]; ok {
				return true
			}
		}
	}
	if n == a || n-1 == a || b-n < 2 || b-n > 4 {
		return false
	}
	for k := n + 1; k < b-1; k++ {
		if !isCap(doc.Tokens[k].Text) && !nameParticles[doc.Tokens[k].Text] {
			return false
		}
	}
	last := doc.Tokens[b-1].Text
	return !e.orgRun(doc, n, b) && (isCap(last) || particleName(last)) && isCap(doc.Tokens[n].Text)
}

func (e *EntityStage) orgRun(doc *Document, a, b int) bool {
	for k := a; k < b; k++ {
		if e.lex.orgWords[doc.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// namedOrgRun is orgRun counting the words that name a body only when
// capitalised ("the Economic Community of ...").
func (e *EntityStage) namedOrgRun(doc *Document, a, b int) bool {
	for k := a; k < b; k++ {
		// ("Left" inside a longer name names a party: "the Republican
		// Left of Catalonia", "the United Left"; alone it may open a
		// sentence: "Left unchecked, ...")
		if e.lex.orgNameWords[doc.Tokens[k].Lower] || b-a >= 2 && doc.Tokens[k].Text == "Left" {
			return true
		}
	}
	return e.orgRun(doc, a, b)
}

func (e *EntityStage) add(doc *Document, m Mention) int {
	m.Span = Span{doc.Tokens[m.First].Span.Start, doc.Tokens[m.Last-1].Span.End}
	m.Entity = -1
	doc.Mentions = append(doc.Mentions, m)
	k := len(doc.Mentions) - 1
	for i := m.First; i < m.Last; i++ {
		doc.TokMention[i] = k
	}
	return k
}

// key joins the lower-cased words of tokens [a, b) with single spaces.
func key(doc *Document, a, b int) string {
	if b-a == 1 {
		return doc.Tokens[a].Lower
	}
	var sb strings.Builder
	for i := a; i < b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(doc.Tokens[i].Lower)
	}
	return sb.String()
}

// nameRun splits a run of capitalised tokens [a, b) into a modifier, titles
// and a name, and adds their mentions.
func (e *EntityStage) nameRun(doc *Document, si, a, b int) {
	if b-a >= 2 && weekday(doc.Tokens[a].Lower) {
		a++ // "On Thursday Rangers said": the day is no part of the name
	}
	if b-a >= 4 && (partyLabels[doc.Tokens[a].Lower] || labelOpeners[doc.Tokens[a].Lower]) && partyLabels[doc.Tokens[a+1].Lower] && !e.namedOrgRun(doc, a, b) {
		a++ // "Liberal Democrat Ines Varga", "Social Democrat X": a label of two words
	}
	if b-a >= 3 && partyLabels[doc.Tokens[a].Lower] && !e.namedOrgRun(doc, a, b) {
		// "Republican Tom Brandt": the party label is no part of the name
		// (but "Liberal MP X" names the party of the title)
		if n := strings.TrimSuffix(doc.Tokens[a+1].Lower, "."); e.lex.titles[n] == "" && !e.lex.titleWords[n] && !e.lex.roles[n] {
			a++
		}
	}
	if _, dem := e.lex.demonyms[doc.Tokens[a].Lower]; dem && b-a >= 3 && !e.orgRun(doc, a, b) && !e.hasTitle(doc, a, b) &&
		(e.lex.firstNames[doc.Tokens[a+1].Lower] != 0 || b-a == 3 && (a == 0 || doc.Tokens[a-1].Lower != "the") && e.nameType(doc, a+1, b, key(doc, a+1, b)) == schema.Person) {
		a++ // "Australian Mamdouh Habib", "Russian Yuri Orlov": a nationality, then the person
	} else if a == doc.Sentences[doc.Tokens[a].Sent].First && b-a >= 3 && occupationOpeners[doc.Tokens[a].Lower] &&
		e.lex.firstNames[doc.Tokens[a+1].Lower] != 0 && !e.orgRun(doc, a, b) {
		a++ // "Lawyer Louise Christian, who ...": a common noun opening the sentence, then the person
	}
	if b-a == 1 && participleCompound(doc.Tokens[a].Lower) {
		// "the Iran-backed group", "Tencent-backed": a country's name in
		// the compound is the country; any other is named where it acts
		// (the relation stage reads the compound)
		w := doc.Tokens[a].Lower
		prefix := w[:strings.LastIndexByte(w, '-')]
		if c, ok := e.lex.countries[prefix]; ok {
			e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
		}
		return
	}
	if b-a >= 2 && participleCompound(doc.Tokens[b-1].Lower) {
		// "the North Carolina-based bank", "South Korea-based": a place
		// as an adjective, the country when it names one, no body
		k := key(doc, a, b)
		if c, ok := e.lex.countries[k[:strings.LastIndexByte(k, '-')]]; ok {
			e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
		}
		return
	}
	if a > 0 && doc.Tokens[a-1].Lower == "democratic" && doc.Tokens[a].Lower == "republic" {
		if _, ok := e.lex.countries[key(doc, a-1, b)]; ok {
			a-- // "the Democratic Republic of Congo": the whole name
		}
	}
	if endsInDocumentHead(doc, a, b) && doc.Tokens[b-1].Sent == doc.Tokens[a].Sent {
		// "the Criminal Justice Bill", "the Royal Charter": a law's or a
		// treaty's name, though a word of it may read as a title
		e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Document, Key: key(doc, a, b), RoleOf: -1})
		return
	}
	if c, ok := e.lex.countries[key(doc, a, b)]; ok && b-a >= 2 {
		// "DR Congo", "Republic of Congo": a country's name, though a
		// word of it may read as a title
		e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
		return
	}
	// trailing possessive is not part of the run; it is its own token
	lastTitle := -1
	var ofPlace [2]int // the place after "Title of" before the name
	plural := false    // "Prime Ministers X and Y": the title is each name's
	for k := a; k < b-1 && (!e.orgRun(doc, a, b) || e.titledPerson(doc, a, b)); k++ {
		l := strings.TrimSuffix(doc.Tokens[k].Lower, ".")
		if doc.Tokens[k+1].Text == "&" {
			continue // "CL King & Associates", "Bishop & Rowe": a partner's name in a firm's
		}
		if l == "general" && k == a && b-a == 2 && b < len(doc.Tokens) && doc.Tokens[b].Sent == doc.Tokens[a].Sent && !isCap(doc.Tokens[b].Text) && isNounTag(doc.Tokens[b].Tag) {
			continue // "a former General Electric executive": a company's name before a noun, no rank
		}
		if _, ok := e.lex.titles[l]; ok && !e.lex.orgWords[l] {
			lastTitle = k
		} else if sg := e.lex.nounLemma(l); sg != l && e.lex.titles[sg] != "" && !e.lex.orgWords[sg] {
			lastTitle, plural = k, true
		}
		if l == "prime" && (doc.Tokens[k+1].Lower == "minister" || doc.Tokens[k+1].Lower == "ministers") {
			lastTitle = k + 1
			plural = doc.Tokens[k+1].Lower == "ministers"
		}
		if (l == "of" || l == "for") && lastTitle == k-1 {
			// "Secretary of State Condoleezza Rice", "Minister of Foreign
			// Affairs X", and "the Secretary of State said" (the title
			// alone, no person "of State"): the words after "of" belong
			// to the title
			j := k + 1
			for j < b && (ofTitleWords[doc.Tokens[j].Lower] || e.lex.titleWords[doc.Tokens[j].Lower]) {
				j++
			}
			if l == "for" {
				if p := e.portfolioAfter(doc, doc.Sentences[si], k+1); p > j && p < b {
					j = p // "Minister of State for Northern Farming Judith X"
				}
			}
			if j > k+1 {
				lastTitle = j - 1
				k = j - 1
				continue
			}
			// "Governor of Texas Rick Perry": a place after "of" and a
			// name after the place
			for p := k + 2; p < b-1 && p <= k+3; p++ {
				if pk := key(doc, k+1, p); e.lex.locations[pk] || e.lex.countries[pk] != "" {
					ofPlace = [2]int{k + 1, p}
					lastTitle = p - 1
				}
			}
			if ofPlace[1] > 0 {
				break
			}
		}
	}
	if lastTitle >= b-1 || b-a >= 2 && lastTitle >= 0 && e.allTitles(doc, a, b) {
		// "The Director General criticised ...", "the Chief Executive
		// said": a title of two words and no name, not a person named
		// "General"
		return
	}
	if lastTitle >= 0 && lastTitle+2 < b && doc.Tokens[lastTitle+1].Lower == "of" && e.lex.titles[strings.TrimSuffix(doc.Tokens[lastTitle].Lower, ".")] != "" {
		// "The Governor of Texas said": the title of the place or body
		// after "of", not a person named "of Texas"
		firstTitle := lastTitle
		for firstTitle > a && e.lex.titleWords[strings.TrimSuffix(doc.Tokens[firstTitle-1].Lower, ".")] {
			firstTitle--
		}
		org := e.modifier(doc, lastTitle+2, b)
		l := strings.TrimSuffix(doc.Tokens[lastTitle].Lower, ".")
		e.add(doc, Mention{First: firstTitle, Last: lastTitle + 1, Kind: DescriptionMention, Type: schema.Person, Key: l, Role: e.titleRole(doc, firstTitle, lastTitle+1), RoleOf: org})
		return
	}
	if l := strings.TrimSuffix(doc.Tokens[a].Lower, "."); b-a == 1 && a >= 2 && doc.Tokens[a-1].Tag == "POS" && e.lex.titles[l] != "" && !e.lex.orgWords[l] &&
		doc.TokMention[a-2] >= 0 && doc.Mentions[doc.TokMention[a-2]].Kind == NameMention {
		// "Pelonia's Ambassador said ...": the possessor's title holder,
		// capitalised as a title, not a body named "Ambassador"
		e.add(doc, Mention{First: a, Last: b, Kind: DescriptionMention, Type: schema.Person, Key: l, Role: e.lex.titles[l], RoleOf: doc.TokMention[a-2]})
		return
	}
	if l := strings.TrimSuffix(doc.Tokens[b-1].Lower, "."); b-a >= 2 && lastTitle < 0 && (e.lex.titles[l] != "" || e.lex.roles[l]) && !e.lex.orgWords[l] && !doc.joined[key(doc, a, b)] && !titleInName(doc, a, b) {
		// a run ending in a role: "the Manchester Central MP"; none
		// when the words before the role name its portfolio ("when
		// she was Home Secretary")
		org := -1
		if !e.allTitles(doc, a, b-1) {
			org = e.modifier(doc, a, b-1)
		}
		role := l
		if r := e.lex.titles[l]; r != "" {
			role = r
		}
		e.add(doc, Mention{First: b - 1, Last: b, Kind: DescriptionMention, Type: schema.Person, Key: l, Role: role, RoleOf: org})
		return
	}
	if lastTitle >= 0 {
		firstTitle := lastTitle
		for k := lastTitle - 1; k > a; k-- {
			if p := strings.TrimSuffix(doc.Tokens[k-1].Lower, "."); doc.Tokens[k].Lower == "for" && (e.lex.titles[p] != "" || ofTitleWords[p]) {
				firstTitle = k - 1 // "Minister of State for Northern Farming X": the portfolio is the title's
				break
			}
		}
		for firstTitle > a {
			l := strings.TrimSuffix(doc.Tokens[firstTitle-1].Lower, ".")
			if (l == "of" || l == "for") && firstTitle-2 >= a && (e.lex.titles[strings.TrimSuffix(doc.Tokens[firstTitle-2].Lower, ".")] != "" || ofTitleWords[doc.Tokens[firstTitle-2].Lower]) {
				firstTitle -= 2 // "Minister of Foreign Affairs", "Secretary of State for Health"
				continue
			}
			if rankModifiers[l] && rankStart(doc, a, firstTitle) < firstTitle {
				firstTitle-- // "Major General X": the rank's own word, no body named "Major"
				continue
			}
			if _, ok := e.lex.titles[l]; !ok && !e.lex.titleWords[l] {
				if doc.Tokens[firstTitle].Lower == "affairs" && isCap(doc.Tokens[firstTitle-1].Text) {
					firstTitle-- // "Monetary Affairs Commissioner X": the portfolio's own word
				}
				break
			}
			firstTitle--
		}
		if _, dem := e.lex.demonyms[doc.Tokens[a].Lower]; dem && firstTitle > a+1 && firstTitle-a <= 4 {
			// "Cambodian Water Resources Minister X": the words between
			// the demonym and the title name the portfolio
			portfolio := true
			for t := a + 1; t < firstTitle; t++ {
				if !isCap(doc.Tokens[t].Text) {
					portfolio = false
				}
			}
			if _, ok := e.lex.metonymy[key(doc, a, firstTitle)]; ok || e.lex.orgWords[doc.Tokens[firstTitle-1].Lower] {
				portfolio = false // "European Commission President X": the body named, not a portfolio
			}
			if portfolio {
				firstTitle = a + 1
			}
		}
		if b-lastTitle == 2 && doc.Tokens[b-1].Tag == "NNPS" && firstTitle+1 < lastTitle && doc.Tokens[firstTitle+1].Lower == "of" && !e.lex.known(doc.Tokens[b-1].Lower) {
			// "the Director of Public Prosecutions": a plural noun after
			// "Title of" ends the office's name, no person's; the office
			// acts as a body
			e.add(doc, Mention{First: firstTitle, Last: b, Kind: NameMention, Type: schema.Organization, Key: key(doc, firstTitle, b), RoleOf: -1})
			return
		}
		role := e.titleRole(doc, firstTitle, lastTitle+1)
		roleOf := -1
		if firstTitle == a+1 && a == doc.Sentences[si].First && kindOpeners[doc.Tokens[a].Lower] {
			// "Party chairwoman X", "Union leader X": a common noun that
			// opens the sentence stands for the organisation of its kind
			// named last, never for one named "Party"
			roleOf = lastOrgWith(doc, a, doc.Tokens[a].Lower)
		}
		if ofPlace[1] > 0 {
			roleOf = e.modifier(doc, ofPlace[0], ofPlace[1])
		}
		if roleOf < 0 && firstTitle > a && !openingAdjective(doc, si, a, firstTitle) {
			roleOf = e.modifier(doc, a, firstTitle)
		}
		if roleOf < 0 && role != "" && !militaryRanks[role] {
			// (not a rank: "army chief General X" is the army's chief,
			// which the role stage reads past the rank)
			roleOf = e.lowerPrefixOrg(doc, si, a)
		}
		typ := schema.Person
		if rivalRoles[role] {
			typ = e.rivalType(doc, lastTitle+1, b)
		}
		first := lastTitle + 1
		if nameStyles[doc.Tokens[lastTitle].Lower] {
			// "Sheikh Mujibur Rahman", "Prime Minister Sheikh Hasina": a
			// style that news keeps as part of the name, not an office
			first = lastTitle
		}
		e.add(doc, Mention{First: first, Last: b, Kind: NameMention, Type: typ, Key: key(doc, first, b), Role: role, RoleOf: roleOf, Gender: titleGender(doc, firstTitle, lastTitle+1)})
		if s := doc.Sentences[si]; plural && b+2 < s.Last && doc.Tokens[b].Lower == "and" {
			// "Prime Ministers Alexis Tsipras and Zoran Zaev": the second
			// name holds the title too
			c := b + 1
			for c < s.Last && c < b+5 && isCap(doc.Tokens[c].Text) && (doc.Tokens[c].Tag == "NNP" || doc.Tokens[c].Tag == "NNPS" || particleName(doc.Tokens[c].Text)) && doc.TokMention[c] < 0 {
				c++
			}
			if c-b-1 >= 2 {
				e.add(doc, Mention{First: b + 1, Last: c, Kind: NameMention, Type: schema.Person, Key: key(doc, b+1, c), Role: role, RoleOf: roleOf})
			}
		}
		return
	}
	// demonym or country adjective directly before a name: "Russian
	// dictator Vladimir Putin" is handled through the lower-case prefix
	k := key(doc, a, b)
	if regionAdjectives[k] && b < doc.Sentences[si].Last && (isNounTag(doc.Tokens[b].Tag) || doc.Tokens[b].Tag == "JJ" || doc.Tokens[b].Tag == "VBG") {
		// "Asian markets", "head of sales for Latin American clients": a
		// region's adjective before a noun, no actor (but "the Caribbean"
		// on its own is a place)
		return
	}
	if _, ok := e.lex.demonyms[k]; ok && b-a <= 3 {
		if c, isCountry := e.lex.countries[k]; isCountry {
			e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
			return
		}
		e.add(doc, Mention{First: a, Last: b, Kind: DemonymMention, Type: schema.Country, Key: k, RoleOf: -1})
		return
	}
	if calendarWords[k] && !doc.monthNames[k] {
		return // "Friday", "October": a date, not an entity
	}
	if b-a >= 2 && (doc.Tokens[b-1].Text == "Day" || doc.Tokens[b-1].Text == "Eve") && e.lex.firstNames[doc.Tokens[a].Lower] == 0 {
		return // "Boxing Day", "Independence Day", "Christmas Eve": a date ("Doris Day" has a first name)
	}
	if c, ok := e.lex.capitalOf[k]; ok && actorPosition(doc, si, a, b) {
		// "Berlin has pressed ...", "urged London to ...": the government
		e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
		return
	}
	if k == "brussels" && mentionsCommission(doc) {
		// in an article about the European Commission, Brussels acting is
		// the Commission
		e.add(doc, Mention{First: a, Last: b, Kind: NameMention, Type: schema.Organization, Key: "european commission", RoleOf: -1})
		return
	}
	if b-a >= 2 && schemeTails[doc.Tokens[b-1].Lower] && a > 0 && (doc.Tokens[a-1].Tag == "POS" || ownerPronouns[doc.Tokens[a-1].Lower]) {
		// "a loan under its Extended Fund Facility", "the government's
		// Private Finance Initiative": a scheme its owner runs, no actor
		// (so "the fund" later is not it)
		return
	}
	m := Mention{First: a, Last: b, Kind: NameMention, Key: k, RoleOf: -1}
	m.Type = e.officeNameType(doc, a, b, k)
	if (m.Type == schema.Person || m.Type == "") && (connectorInside(doc, a, b) || forInside(doc, a, b)) {
		// "Students Against Discrimination", "Transport for London": no
		// person's name
		m.Type = schema.Organization
	}
	if m.Type == schema.Person || m.Type == "" {
		m.Role, m.RoleOf = e.lowerPrefix(doc, si, a)
		if m.Role != "" {
			m.Type = schema.Person
			if rivalRoles[m.Role] {
				m.Type = e.rivalType(doc, a, b)
			}
		}
	}
	e.add(doc, m)
}

// nameStyles are styles written as the first word of the name they go
// with ("Sheikh Hasina", "Sheikh Tamim bin Hamad al-Thani"): the name
// keeps them, as the texts that name the person again do.
var nameStyles = map[string]bool{"sheikh": true, "sheikha": true, "shaikh": true}

// purposeName returns the end of a body's name [i, j) that runs on
// through "for the" or "to" and the capitalised words after it, the
// cause the body is named for: the name follows "the", holds a word that
// names a body ("the Coalition for the Sovereign People", "the Court for
// the Repression of ...", "the Committee to Protect Journalists"), and
// after "to" a verb opens the capitalised words. A lower-case noun after
// them shows they only modify it ("blocked by the Commission for the
// Acme merger"). It returns j otherwise.
func (e *EntityStage) purposeName(doc *Document, s Sentence, mid map[string]bool, i, j int) int {
	w := doc.Tokens[j].Lower
	if w != "for" && w != "to" || i == s.First || doc.Tokens[i-1].Lower != "the" || !e.namedOrgRun(doc, i, j) || e.hasTitle(doc, i, j) ||
		companyTails[doc.Tokens[j-1].Lower] || e.lex.legalForms[doc.Tokens[j-1].Text] {
		return j
	}
	k := j + 1
	if w == "for" {
		if k >= s.Last || doc.Tokens[k].Lower != "the" {
			return j
		}
		k++
	} else if k+1 >= s.Last || !isCap(doc.Tokens[k].Text) || !e.lex.verbBase[doc.Tokens[k].Lower] || !e.nameTok(doc, k+1, s.First, mid) {
		return j
	} else {
		k++ // "to Protect": the verb
	}
	start := k
	for k < s.Last && k < start+5 && e.nameTok(doc, k, s.First, mid) {
		k++
	}
	if k == start || k < s.Last && !isCap(doc.Tokens[k].Text) && isNounTag(doc.Tokens[k].Tag) {
		return j
	}
	return k
}

// nameConnectors are function words a name may hold capitalised
// ("Students Against Discrimination", "Reporters Without Borders").
var nameConnectors = map[string]bool{"against": true, "for": true, "of": true, "on": true, "to": true, "without": true, "in": true, "and": true, "with": true}

// capitalConnector reports whether the capitalised word at token j, which
// is no name word on its own, continues the name [i, j): a function word
// written capitalised inside a sentence between two words of a name
// ("Students Against Discrimination", "the Campaign For Fair Wages"), or
// a word that reads as a preposition after a title and a first name,
// the holder's surname ("Speaker Anita Among said"). A sentence written
// in capitals throughout (a headline) shows neither.
func (e *EntityStage) capitalConnector(doc *Document, s Sentence, mid map[string]bool, i, j int) bool {
	tk := &doc.Tokens[j]
	if j == s.First || !isCap(tk.Text) || tk.Tag == "NNP" || tk.Tag == "NNPS" {
		return false
	}
	inside := nameConnectors[tk.Lower] && j+1 < s.Last && e.nameTok(doc, j+1, s.First, mid)
	surname := false
	if !inside && j-1 > i && j+1 < s.Last && e.allTitles(doc, i, j-1) && (tk.Tag == "IN" || tk.Tag == "RB") {
		// (the word after it a verb or a comma: "Speaker Anita Among,")
		n := &doc.Tokens[j+1]
		surname = n.Tag == "VBD" || n.Tag == "VBZ" || n.Tag == "MD" || n.Text == ","
	}
	if !inside && !surname {
		return false
	}
	for k := s.First; k < s.Last; k++ {
		if w := doc.Tokens[k].Text; len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' {
			return true // a sentence in sentence case
		}
	}
	return false
}

// connectorInside reports whether a word inside the name [a, b) is a
// function word written capitalised ("Students Against Discrimination").
func connectorInside(doc *Document, a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if tk := &doc.Tokens[k]; nameConnectors[tk.Lower] && isCap(tk.Text) && tk.Tag != "NNP" && tk.Tag != "NNPS" {
			return true
		}
	}
	return false
}

// forInside reports whether a lower-case "for" joins two words of the
// name [a, b) ("Transport for London", "the Inspectorate for
// Education"): a body's name, never a person's.
func forInside(doc *Document, a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if doc.Tokens[k].Text == "for" {
			return true
		}
	}
	return false
}

// titleInName reports whether the title ending the run [a, b) is a word of
// the name rather than the role of someone it names: it follows "of", "the",
// "&" or "and" ("the International Court of Justice", "the Department of
// Justice", "Legal & General"), or the run names the office of a title
// holder after "of the" ("the Office of the Trade Representative").
func titleInName(doc *Document, a, b int) bool {
	switch doc.Tokens[b-2].Lower {
	case "of", "the", "&", "and":
		return true
	}
	for k := a + 1; k+1 < b-1; k++ {
		if doc.Tokens[k].Lower == "of" && doc.Tokens[k+1].Lower == "the" {
			return officeNouns[doc.Tokens[k-1].Lower]
		}
	}
	return false
}

// familyName reports whether the run [a, b) before "family" is a family's
// name: one or two words after "the" (and adjectives) that name no place, country,
// nationality, body or title ("the Hartley family", not "the Saudi royal
// family" or "the Kessa family court").
func (e *EntityStage) familyName(doc *Document, a, b int) bool {
	d := a - 1
	for d >= 0 && d >= a-2 && (doc.Tokens[d].Tag == "JJ" || doc.Tokens[d].Tag == "VBN" || doc.Tokens[d].Tag == "VBG" || participleCompound(doc.Tokens[d].Lower)) {
		d-- // "the founding Keevil family", "the Lima-based Orellana family"
	}
	if b-a > 2 || d < 0 || doc.Tokens[d].Lower != "the" || b+1 < len(doc.Tokens) && isNounTag(doc.Tokens[b+1].Tag) {
		return false // (not "a Muslim family": any family of that kind)
	}
	for k := a; k < b; k++ {
		w := strings.TrimSuffix(doc.Tokens[k].Lower, ".")
		if _, dem := e.lex.demonyms[w]; dem || e.lex.known(w) || e.lex.orgWords[w] || e.lex.titles[w] != "" || e.lex.titleWords[w] || !isCap(doc.Tokens[k].Text) {
			return false
		}
	}
	return true
}

// portfolioList returns the end of a body's name that lists its
// portfolios ("the Commission for Conciliation, Mediation and
// Arbitration", "the Ministry of Economy, Trade and Industry") when the
// run [i, j) is a body's word, "of" or "for" and one word, and j is the
// list's first comma; else j. The listed words are single capitalised
// words (the last may have two) that name no place, country, nationality,
// title or person and are no acronyms, and "and" or "&" comes before the
// last: "the Bank of England, Barclays and HSBC" lists three banks.
func (e *EntityStage) portfolioList(doc *Document, s Sentence, mid map[string]bool, i, j int) int {
	if j-i < 3 || doc.Tokens[j].Text != "," || !e.lex.orgWords[doc.Tokens[j-3].Lower] {
		return j
	}
	if c := doc.Tokens[j-2].Lower; c != "of" && c != "for" {
		return j
	}
	plain := func(k int) bool {
		w := doc.Tokens[k].Lower
		_, dem := e.lex.demonyms[w]
		return k < s.Last && e.nameTok(doc, k, s.First, mid) && !e.lex.known(w) && !dem && e.lex.firstNames[w] == 0 &&
			e.lex.titles[w] == "" && strings.ToUpper(doc.Tokens[k].Text) != doc.Tokens[k].Text
	}
	if !plain(j - 1) {
		return j
	}
	k := j
	for k+2 < s.Last && doc.Tokens[k].Text == "," && plain(k+1) && !isCap(doc.Tokens[k+2].Text) {
		k += 2
	}
	if k+1 < s.Last && doc.Tokens[k].Text == "," && doc.Tokens[k+1].Lower == "and" {
		k++ // the serial comma
	}
	if k+1 >= s.Last || doc.Tokens[k].Lower != "and" && doc.Tokens[k].Text != "&" || !plain(k+1) {
		return j
	}
	end := k + 2
	if end < s.Last && plain(end) {
		end++ // "Economic Development", "Climate Change"
	}
	if end < s.Last && (isCap(doc.Tokens[end].Text) || doc.Tokens[end].Text == "'" || doc.Tokens[end].Text == "’") {
		return j
	}
	return end
}

// officeNameType is nameType for a name that may stand beside an office:
// a capital with its mayor or governor beside it is the city ("Lima mayor
// X", "the governor of Nairobi"), not its country.
func (e *EntityStage) officeNameType(doc *Document, a, b int, k string) schema.EntityType {
	t := e.nameType(doc, a, b, k)
	if t == schema.Country && e.lex.capitals[k] && localOffice(doc, a, b) {
		return schema.Location
	}
	return t
}

// cityOffices are the offices a city holds in its own right ("the mayor
// of Lima", "Jakarta governor X").
var cityOffices = map[string]bool{"mayor": true, "governor": true}

// localOffice reports whether the name at tokens [a, b) names the place
// whose mayor or governor stands beside it: "Lima mayor", "Lima's deputy
// mayor", "the governor of Nairobi".
func localOffice(doc *Document, a, b int) bool {
	if a >= 2 && doc.Tokens[a-1].Lower == "of" && cityOffices[doc.Tokens[a-2].Lower] {
		return true
	}
	n := b
	if n < len(doc.Tokens) && doc.Tokens[n].Tag == "POS" {
		n++
	}
	for i := n; i < len(doc.Tokens) && i < n+2; i++ {
		if cityOffices[doc.Tokens[i].Lower] {
			return true
		}
		if w := doc.Tokens[i].Lower; w != "deputy" && w != "former" && w != "vice" {
			return false
		}
	}
	return false
}

// schemeTails end the names of schemes, funds and plans an organisation
// runs ("its Extended Fund Facility", "the EU's Global Gateway
// Initiative"); possessed, such a name is a thing, not a body.
var schemeTails = map[string]bool{"facility": true, "scheme": true, "initiative": true, "mechanism": true, "instrument": true,
	"programme": true, "program": true}

// ownerPronouns are the possessive pronouns of an owner.
var ownerPronouns = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

// rivalType is the type of a name [a, b) after a rival role ("its smaller
// rival Concretex", "his rival Ana Ruiz"): a rival is of its possessor's
// kind, else of the kind its name shows (none yet for one word).
func (e *EntityStage) rivalType(doc *Document, a, b int) schema.EntityType {
	for d := a - 1; d >= 0 && d >= a-5 && doc.Tokens[d].Sent == doc.Tokens[a].Sent; d-- {
		switch doc.Tokens[d].Lower {
		case "its", "their":
			return schema.Organization
		case "his", "her":
			return schema.Person
		}
		if t := doc.Tokens[d].Tag; !strings.HasPrefix(t, "JJ") && t != "NN" {
			break
		}
	}
	if b-a == 1 {
		return ""
	}
	return e.nameType(doc, a, b, key(doc, a, b))
}

// placeSpan returns the length of a known country or capital name of two
// to five words starting at token i that holds a lower-case connector
// ("Port of Spain", "Trinidad and Tobago", "Dar es Salaam"), or 0.
func (e *EntityStage) placeSpan(doc *Document, i, last int) int {
	if !isCap(doc.Tokens[i].Text) {
		return 0
	}
	k := doc.Tokens[i].Lower
	best := 0
	for j := i + 1; j < last && j < i+5; j++ {
		tk := &doc.Tokens[j]
		k += " " + tk.Lower
		if !isCap(tk.Text) {
			continue // the connector; a name ends on a capital
		}
		if j == i+1 {
			continue // two capitals need no help from here
		}
		if e.lex.known(k) { // (a capital is a place or a metonym)
			best = j - i + 1
		}
	}
	return best
}

// actorPosition reports whether the name over tokens [a, b) of sentence si
// acts rather than locates: the subject of a finite verb ("Berlin has
// pressed", "Paris, however, refused"), a possessor ("London's decision")
// or the object right after a verb ("urged Berlin to"), never after a
// preposition ("in Berlin") or before a noun ("Berlin Wall").
func actorPosition(doc *Document, si, a, b int) bool {
	s := doc.Sentences[si]
	if a > s.First {
		switch p := doc.Tokens[a-1]; {
		case p.Tag == "IN" || p.Tag == "TO" || p.Tag == "DT" || p.Tag == "POS":
			return false
		case isVerbTag(p.Tag) && p.Tag != "VBG" && p.Lemma != "be":
			return true
		}
	}
	n := b
	if n < s.Last && doc.Tokens[n].Tag == "POS" {
		return true
	}
	for n < s.Last && doc.Tokens[n].Tag == "RB" {
		n++
	}
	if n >= s.Last {
		return false
	}
	switch doc.Tokens[n].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return doc.Tokens[n].Lemma != "be" || n+1 < s.Last && doc.Tokens[n+1].Tag == "VBN"
	}
	return false
}

// mentionsCommission reports whether the text names the European
// Commission ("the European Commission", "the Commission").
func mentionsCommission(doc *Document) bool {
	for i := range doc.Tokens {
		if doc.Tokens[i].Text == "Commission" && i > 0 && (doc.Tokens[i-1].Text == "European" || doc.Tokens[i-1].Lower == "the" || doc.Tokens[i-1].Text == "EU") {
			return true
		}
	}
	return false
}

// particleName reports whether w is a surname behind a lower-case
// particle and a hyphen ("al-Harthy", "el-Sayed", "bin-Salman").
func particleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" || !isCap(rest) {
		return false
	}
	switch p {
	case "al", "el", "ad", "ash", "as", "at", "az", "an", "ar", "ul", "ud", "bin", "ibn", "abu", "ben":
		return true
	}
	return false
}

// monthNames are the months' names in full, lower case.
var monthNames = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december"}

// withMonths adds the months' full names to set m and returns it.
func withMonths(m map[string]bool) map[string]bool {
	for _, w := range monthNames {
		m[w] = true
	}
	return m
}

// months are the month names, and monthBefore the words that make a
// capitalised one a date ("in May", "since June", "early March").
var months = withMonths(map[string]bool{
	// abbreviations, as datelines write them ("LISBON, Feb 9 -")
	"jan": true, "jan.": true, "feb": true, "feb.": true, "mar.": true, "apr": true, "apr.": true, "jun": true, "jun.": true,
	"jul": true, "jul.": true, "aug": true, "aug.": true, "sep": true, "sep.": true, "sept": true, "sept.": true,
	"oct": true, "oct.": true, "nov": true, "nov.": true, "dec": true, "dec.": true})

// firstNameMonth reports whether token i, a three-letter month
// abbreviation written without a period, is a first name: a capitalised
// name that is no month or weekday follows it in the sentence ("sent to
// Jan Novak", not "from Jan to March").
func firstNameMonth(doc *Document, i int) bool {
	tk := &doc.Tokens[i]
	if len(tk.Text) != 3 || i+1 >= len(doc.Tokens) {
		return false
	}
	n := &doc.Tokens[i+1]
	return n.Sent == tk.Sent && n.Tag == "NNP" && isCap(n.Text) && !months[n.Lower] && !weekday(n.Lower) && !strings.HasSuffix(n.Text, ".")
}

// monthOnly, before a month's name, make it the month even where the text
// names a person so ("in May", "since May").
var monthOnly = map[string]bool{"in": true, "since": true, "until": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "through": true, "from": true, "till": true}

// monthSurnames returns the months' names a document writes as a
// person's surname, after a capitalised first name inside a sentence
// ("Helen April"), not before a number ("Tuesday May 4").
func monthSurnames(doc *Document) map[string]bool {
	var out map[string]bool
	for t := 1; t+1 < len(doc.Tokens); t++ {
		tk, p := &doc.Tokens[t], &doc.Tokens[t-1]
		if !months[tk.Lower] || len(tk.Lower) < 3 || !isCap(tk.Text) || doc.Tokens[t+1].Tag == "CD" || p.Sent != tk.Sent || p.Tag != "NNP" || !isCap(p.Text) ||
			months[p.Lower] || weekday(p.Lower) || monthOnly[p.Lower] || strings.HasSuffix(p.Text, ".") {
			continue
		}
		if t >= 2 && doc.Tokens[t-2].Sent == tk.Sent && doc.Tokens[t-2].Lower == "of" {
			continue // "the Day of May": no first name
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[tk.Lower] = true
	}
	return out
}

// monthSurnameAt reports whether token i is a capitalised month's name
// the document uses as a surname, where neither a number after it nor "in"
// or "since" before it makes it the month.
func monthSurnameAt(doc *Document, i int) bool {
	tk := &doc.Tokens[i]
	return doc.monthNames[tk.Lower] && isCap(tk.Text) && (i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Tag != "CD") && (i == 0 || !monthOnly[doc.Tokens[i-1].Lower]) && !dayBefore(doc, i)
}

// dayBefore reports whether a day of the month written as a number comes
// right before token i, as dates are written day first ("results on 14
// May", "by 3rd June"): the month's name after it is the month even in a
// story about Ms. May.
func dayBefore(doc *Document, i int) bool {
	if i == 0 || doc.Tokens[i-1].Sent != doc.Tokens[i].Sent {
		return false
	}
	d := strings.TrimRight(doc.Tokens[i-1].Lower, "stndrh")
	if d == "" || len(d) > 2 || d == doc.Tokens[i-1].Lower && doc.Tokens[i-1].Tag != "CD" {
		return false
	}
	n, err := strconv.Atoi(d)
	return err == nil && n >= 1 && n <= 31
}

// surnameMonths tags as a name each capitalised month's name the document
// uses as a surname where it cannot be the month: not before a number or
// after "in" or "since", and either tagged a name or followed by a verb
// in the past or present, a possessive or a comma, or the object of a
// verb ("May said", "May's government", "met May"; "may" as a modal is
// lower case or takes a bare verb).
func surnameMonths(doc *Document) {
	if len(doc.monthNames) == 0 {
		return
	}
	for i := range doc.Tokens {
		tk := &doc.Tokens[i]
		if !monthSurnameAt(doc, i) {
			continue
		}
		nx, pv := i+1, i-1
		if tk.Tag == "NNP" || nx < len(doc.Tokens) && (doc.Tokens[nx].Tag == "VBD" || doc.Tokens[nx].Tag == "VBZ" || doc.Tokens[nx].Tag == "POS" || doc.Tokens[nx].Text == "," || doc.Tokens[nx].Text == ".") ||
			pv >= 0 && strings.HasPrefix(doc.Tokens[pv].Tag, "VB") && doc.Tokens[pv].Lemma != "be" {
			// ("met May", "thanked May": the object of a verb other than "be")
			tk.Tag = "NNP"
		}
	}
}

var monthBefore = map[string]bool{"in": true, "since": true, "until": true, "by": true, "from": true, "early": true,
	"late": true, "mid": true, "last": true, "next": true, "this": true, "of": true, "to": true, "on": true, "through": true}

// deicticDays name a day relative to the text's own date.
var deicticDays = map[string]bool{"today": true, "yesterday": true, "tomorrow": true, "tonight": true}

// weekday reports whether w names a day of the week.
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "jan.": true, "feb.": true, "aug.": true,
	"sept.": true, "oct.": true, "nov.": true, "dec.": true, "christmas": true, "easter": true,
}

// titleGender reads a person's gender from honorifics among tokens [a, b).
func titleGender(doc *Document, a, b int) byte {
	for k := a; k < b; k++ {
		switch strings.TrimSuffix(doc.Tokens[k].Lower, ".") {
		case "mr", "sir", "lord", "king", "prince", "baron":
			return 'm'
		case "mrs", "ms", "miss", "lady", "dame", "baroness", "queen", "princess":
			return 'f'
		}
	}
	return 0
}

// titleRole maps title tokens [a, b) to the role they name.
func (e *EntityStage) titleRole(doc *Document, a, b int) string {
	role := ""
	start := -1 // the first title token of the role's words
	for k := a; k < b; k++ {
		l := strings.TrimSuffix(doc.Tokens[k].Lower, ".")
		if r := e.lex.titles[l]; r != "" && (role == "" || !styleTitles[l]) {
			role, start = r, k // "Foreign Minister Prince X": the office, not the style
		} else if r := e.lex.titles[e.lex.nounLemma(l)]; r != "" && role == "" {
			role, start = r, k // "Foreign Ministers X and Y"
		}
		if (l == "minister" || l == "ministers") && k > a && doc.Tokens[k-1].Lower == "prime" {
			role, start = "prime minister", k-1
		}
		if l == "general" && k > a {
			// "Solicitor General", "Secretary General", "Attorney General"
			if p := strings.TrimSuffix(doc.Tokens[k-1].Lower, "."); p != "general" && p != "minister" && !rankModifiers[p] && (e.lex.titles[p] != "" || e.lex.titleWords[p]) {
				role, start = p+" general", k-1
			}
		}
		if l == "officer" && k-2 >= a && doc.Tokens[k-2].Lower == "chief" {
			// "Chief Operating Officer"; "Chief Executive Officer" is a chief executive
			role, start = "chief "+doc.Tokens[k-1].Lower+" officer", k-2
			if doc.Tokens[k-1].Lower == "executive" {
				role = "chief executive"
			}
		}
	}
	if start > a && secondRank[doc.Tokens[start-1].Lower] {
		// "Deputy Prime Minister Lina Orsuna" holds another office than
		// "the prime minister", as "the deputy governor" is not the
		// governor
		role = doc.Tokens[start-1].Lower + " " + role
	}
	return role
}

// modifier adds the mention for a capitalised modifier [a, b) before a
// title ("Ukrainian", "White House") and returns its index.
func (e *EntityStage) modifier(doc *Document, a, b int) int {
	k := key(doc, a, b)
	if c, ok := e.lex.demonyms[k]; ok {
		return e.add(doc, Mention{First: a, Last: b, Kind: DemonymMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
	}
	m := Mention{First: a, Last: b, Kind: NameMention, Key: k, RoleOf: -1}
	m.Type = e.officeNameType(doc, a, b, k)
	if m.Type == schema.Person || m.Type == "" {
		m.Type = schema.Organization
	}
	return e.add(doc, m)
}

// openingAdjective reports whether the words [a, b) before a title are
// one adjective that opens sentence si before "opposition" and that the
// document capitalises nowhere else ("Main opposition leader X",
// "Prominent opposition leader X"): it describes the opposition and names
// no party.
func openingAdjective(doc *Document, si, a, b int) bool {
	if b != a+1 || a != doc.Sentences[si].First || doc.Tokens[a].Tag != "JJ" || b >= len(doc.Tokens) || doc.Tokens[b].Lower != "opposition" {
		return false
	}
	for t := range doc.Tokens {
		if t != a && doc.Tokens[t].Text == doc.Tokens[a].Text && t != doc.Sentences[doc.Tokens[t].Sent].First {
			return false
		}
	}
	return true
}

// hasTitle reports whether a token in [a, b) is a title word ("Minister",
// "Secretary").
func (e *EntityStage) hasTitle(doc *Document, a, b int) bool {
	for k := a; k < b; k++ {
		if e.lex.titles[strings.TrimSuffix(doc.Tokens[k].Lower, ".")] != "" {
			return true
		}
	}
	return false
}

// portfolioAfter returns the end of the portfolio a title's "for" opens
// at token a: its words of titles ("Foreign Affairs"), or the capitalised
// words up to a known first name ("Northern Farming Judith X"); a when
// there is none.
func (e *EntityStage) portfolioAfter(doc *Document, s Sentence, a int) int {
	j := a
	for j < s.Last && isCap(doc.Tokens[j].Text) && (ofTitleWords[doc.Tokens[j].Lower] || e.lex.titleWords[doc.Tokens[j].Lower]) {
		j++
	}
	for k := j; k < s.Last && k < a+4 && isCap(doc.Tokens[k].Text); k++ {
		if _, ok := e.lex.firstNames[doc.Tokens[k].Lower]; ok && k > a && k+1 < s.Last && isCap(doc.Tokens[k+1].Text) {
			return k
		}
	}
	return j
}

// ofTitleWords follow "of" inside a title ("Secretary of State", "Chief
// of Staff") besides the words of titlewords.txt ("Minister of Finance").
var ofTitleWords = map[string]bool{"state": true, "staff": true}

// modelCode reports whether w is a model's code: one to three capitals
// and then digits ("A380", "S24", "F-16", "X5"), not a name that holds a
// digit ("Freedom2surf").
func modelCode(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	if i == 0 || i == len(w) {
		return false
	}
	if w[i] == '-' {
		i++
	}
	return i < len(w) && w[i] >= '0' && w[i] <= '9'
}

// ownedHeads are common words before a participle of holding or running
// ("state-owned", "family-run").
var ownedHeads = map[string]bool{"state": true, "family": true, "government": true, "foreign": true, "majority": true,
	"employee": true, "founder": true, "city": true, "council": true, "municipally": true, "privately": true, "publicly": true}

// ownershipAdjective reports whether lower-cased word w says how a body is
// held or run: a common word or an adverb in -ly joined to such a
// participle ("privately-held", "state-owned", "wholly-owned",
// "family-run"), unlike a name so joined ("Kremlin-backed").
func ownershipAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "held", "owned", "run", "controlled", "funded", "listed", "traded":
		head := w[:i]
		return ownedHeads[head] || strings.HasSuffix(head, "ly") && len(head) > 4
	}
	return false
}

// capTitleAt reports whether a capitalised title starts at token i: an
// office ("Economist", "Secretary") or a portfolio before one ("Finance
// Director").
func (e *EntityStage) capTitleAt(doc *Document, i int) bool {
	office := func(k int) bool {
		return k < len(doc.Tokens) && isCap(doc.Tokens[k].Text) && (e.lex.roles[doc.Tokens[k].Lower] || e.lex.titles[doc.Tokens[k].Lower] != "")
	}
	return office(i) || i < len(doc.Tokens) && isCap(doc.Tokens[i].Text) && e.lex.titleWords[doc.Tokens[i].Lower] && office(i+1)
}

// capOfficeAt reports whether a capitalised title opens at token i
// ("Judge", "Prime Minister", "Foreign Minister") and a capitalised word
// follows it, the holder's name.
func (e *EntityStage) capOfficeAt(doc *Document, i int) bool {
	n := i
	for n < len(doc.Tokens) && n < i+3 && isCap(doc.Tokens[n].Text) && (e.lex.titleWords[doc.Tokens[n].Lower] || doc.Tokens[n].Lower == "prime") {
		n++
	}
	if n >= len(doc.Tokens) || !isCap(doc.Tokens[n].Text) || e.lex.titles[strings.TrimSuffix(doc.Tokens[n].Lower, ".")] == "" {
		return false
	}
	return n+1 < len(doc.Tokens) && isCap(doc.Tokens[n+1].Text) && doc.Tokens[n+1].Sent == doc.Tokens[i].Sent
}

// officeKinds are words written capitalised before an office that say
// what kind of office it is, not whose ("Cabinet minister X", "Shadow
// chancellor X", "Opposition leader X", "Caretaker Prime Minister X").
var officeKinds = map[string]bool{"cabinet": true, "shadow": true, "caretaker": true}

// capOfficeKinds are the officeKinds that stay no name before a
// capitalised title too ("Caretaker Prime Minister X"; but "Cabinet
// Chairman X" chairs the Cabinet).
var capOfficeKinds = map[string]bool{"caretaker": true}

// kindOpeners are kinds of organisation that, capitalised only because
// they open a sentence before a title ("Party chairwoman X", "Union
// leader X"), never name one on their own ("Police" and "Government" may).
var kindOpeners = map[string]bool{"party": true, "union": true, "company": true, "firm": true, "group": true}

// lastOrgWith returns the last name mention before token at of an
// organisation whose name holds the word w, or -1.
func lastOrgWith(doc *Document, at int, w string) int {
	for mi := len(doc.Mentions) - 1; mi >= 0; mi-- {
		m := &doc.Mentions[mi]
		if m.First >= at || m.Kind != NameMention || m.Type != schema.Organization {
			continue
		}
		if slices.Contains(strings.Fields(toLower(doc.Text[m.Span.Start:m.Span.End])), w) {
			return mi
		}
	}
	return -1
}

// lowerPrefix reads lower-case role words before a name ("special envoy
// Steve Witkoff", "Tory leader Michael Howard") and returns the role and the
// mention index of the institution before them (-1 if none).
func (e *EntityStage) lowerPrefix(doc *Document, si, a int) (string, int) {
	first := doc.Sentences[si].First
	role := ""
	k := a - 1
	for n := 0; k >= first && n < 5; n++ {
		tk := &doc.Tokens[k]
		if isCap(tk.Text) && !(k == first && (e.lex.roles[tk.Lower] || e.lex.titles[tk.Lower] != "" || tk.Lower == "former" || secondRank[tk.Lower])) {
			break
		}
		if !(tk.Tag == "NN" || tk.Tag == "JJ" || tk.Tag == "NNS" || tk.Tag == "VBG" || tk.Tag == "NNP") {
			break
		}
		if role == "" && (e.lex.roles[tk.Lower] || e.lex.titles[tk.Lower] != "") {
			role = tk.Lower
			if r := e.lex.titles[tk.Lower]; r != "" && !e.lex.roles[tk.Lower] {
				role = r
			}
		}
		k--
	}
	if role == "" {
		return "", -1
	}
	if k >= first {
		if m := doc.TokMention[k]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && rivalRoles[role] {
			// "its Japanese rival Nissan", "European rival Airbus": the
			// rival's own nation, not whose rival it is
			if p := doc.Mentions[m].First - 1; p >= first && doc.Tokens[p].Tag == "POS" && p-1 >= first {
				if o := doc.TokMention[p-1]; o >= 0 && doc.Mentions[o].Kind != PronounMention {
					return role, o // "Acme's Japanese rival X"
				}
			}
			return role, -1
		}
		if m := doc.TokMention[k]; m >= 0 && (doc.Mentions[m].Kind == DemonymMention || doc.Mentions[m].Type == schema.Country) && firmPosts[role] {
			// "its UK chief executive X", "Acme's Polish chairman X": the
			// post is in the possessor, the nation where it is held
			if p := doc.Mentions[m].First - 1; p >= first && (doc.Tokens[p].Tag == "POS" && p-1 >= first || doc.Tokens[p].Tag == "PRP$") {
				if doc.Tokens[p].Tag == "POS" {
					p--
				}
				return role, doc.TokMention[p] // (the roles stage reads "its")
			}
		}
		if m := doc.TokMention[k]; m >= 0 && doc.Mentions[m].Kind != PronounMention {
			return role, m
		}
		if tk := &doc.Tokens[k]; k == first && kindOpeners[tk.Lower] {
			// "Party chairwoman X", "Union leader X": a common noun that
			// opens the sentence stands for the organisation of its kind
			// named last (else for the one the word alone names)
			if m := lastOrgWith(doc, k, tk.Lower); m >= 0 {
				return role, m
			}
			if genericFirm[tk.Lower] {
				// "Company spokesman X said": the company in focus, as
				// "the company" is
				return role, e.add(doc, Mention{First: k, Last: k + 1, Kind: DescriptionMention, Type: schema.Organization, Key: tk.Lower, RoleOf: -1})
			}
		}
		if tk := &doc.Tokens[k]; k == first && (tk.Tag == "NN" || tk.Tag == "JJ") && (portfolioRoles[role] || tk.Tag == "JJ" && e.lex.titleWords[tk.Lower]) && !writtenAsName(doc, k) {
			// "Farm minister X said", "Senior manager X": a common word
			// capitalised only as the sentence's first names the
			// portfolio or rank, not a body ("Labour leader X" may
			// name a party)
			return role, -1
		}
		if tk := &doc.Tokens[k]; isCap(tk.Text) && (isNounTag(tk.Tag) || tk.Tag == "JJ") && !openingAdjective(doc, si, k, k+1) && !officeKinds[tk.Lower] {
			// an unrecognised capitalised modifier: "Acme chairman Joe Bloggs"
			return role, e.modifier(doc, k, k+1)
		}
		if doc.Tokens[k].Tag == "POS" && k-1 >= first {
			if m := doc.TokMention[k-1]; m >= 0 {
				return role, m
			}
		}
	}
	return role, -1
}

// firmPosts are posts in a company or other body, held in a nation a
// demonym after its possessor names ("its UK chief executive X").
var firmPosts = map[string]bool{"executive": true, "chairman": true, "chairwoman": true, "director": true, "head": true,
	"boss": true, "manager": true, "officer": true, "founder": true, "owner": true, "chief": true}

// portfolioRoles are offices a common noun before them names the
// portfolio of ("farm minister", "water commissioner").
var portfolioRoles = map[string]bool{"minister": true, "secretary": true, "commissioner": true}

// writtenAsName reports whether the document writes token k's word
// capitalised where no sentence starts.
func writtenAsName(doc *Document, k int) bool {
	for t := range doc.Tokens {
		if t != k && doc.Tokens[t].Text == doc.Tokens[k].Text && t != doc.Sentences[doc.Tokens[t].Sent].First {
			return true
		}
	}
	return false
}

// lowerPrefixOrg returns the institution before a capitalised title run.
func (e *EntityStage) lowerPrefixOrg(doc *Document, si, a int) int {
	_, m := e.lowerPrefix(doc, si, a)
	return m
}

// companyTails end a company's name; a prepositional phrase after one is
// no part of it ("a bid by Acme Group for Zeta").
var companyTails = map[string]bool{"group": true, "holdings": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"plc": true, "llc": true}

// firmTails are words that make a name an organisation's only as its
// last word: as a first word they open a title ("Transport Minister").
var firmTails = map[string]bool{"transport": true, "trade": true, "finance": true}

// nameType types a proper name from the gazetteers and its words; "" means
// undecided (a single unknown word, resolved by coreference).
func (e *EntityStage) nameType(doc *Document, a, b int, k string) schema.EntityType {
	if _, ok := e.lex.countries[k]; ok {
		return schema.Country
	}
	if _, ok := e.lex.capitalOf[k]; ok && strings.Contains(k, " ") {
		return schema.Location // "Port of Spain": not the port authority
	}
	if agencyDateline(doc, a, b) {
		return schema.Location // "KERICHO, Kenya (AP) -": the dateline's city
	}
	if p, ok := e.lex.metonymy[k]; ok {
		return schema.EntityType(p.typ)
	}
	if e.lex.locations[k] {
		return schema.Location
	}
	if b-a == 1 && doc.Tokens[a].Text == "Budget" || b-a == 2 && doc.Tokens[b-1].Text == "Paper" && (doc.Tokens[a].Text == "White" || doc.Tokens[a].Text == "Green") {
		return schema.Document // "Gordon Brown's Budget", "the aviation White Paper": a government's papers
	}
	if endsInDocumentHead(doc, a, b) || documentHeadOf(doc, a, b) {
		return schema.Document // "the Licensing Act", "the Paris Agreement", "the Treaty of Rome"
	}
	if b-a >= 2 && modelCode(doc.Tokens[b-1].Text) {
		return schema.Product // "the Airbus A380", "the Galaxy S24": a maker's model
	}
	if b-a >= 2 && e.lex.holdersName(doc.Tokens[b-1].Text) {
		return schema.Organization // "Labour MPs", "Green MEPs": a party's members, a group, no person
	}
	for i := a + 1; i < b-1; i++ {
		if doc.Tokens[i].Text == "&" {
			return schema.Organization // "Seven & i", "Procter & Gamble"
		}
	}
	if b-a >= 2 && e.lex.legalForms[doc.Tokens[b-1].Text] {
		return schema.Organization // "Highland Bean Coffee JSC"
	}
	for i := a; i < b; i++ {
		// (and "Left" in a longer name: "the Democratic Left")
		if w := strings.TrimSuffix(doc.Tokens[i].Lower, "."); e.lex.orgWords[w] || e.lex.orgNameWords[w] || b-a >= 2 && doc.Tokens[i].Text == "Left" {
			return schema.Organization // ("Acme Corp.": the abbreviation keeps its period)
		}
		if _, c := e.lex.countries[doc.Tokens[i].Lower]; c && b-a >= 2 && (i > a || b-a >= 3) && isCap(doc.Tokens[i].Text) {
			// "Sport Australia", "Malawi Law Society", "Gateway
			// Terminals Ghana": a country inside a longer name
			return schema.Organization
		}
	}
	if b-a >= 3 && doc.Tokens[a+1].Lower == "of" && bodyNoun(doc, a, a+1) {
		return schema.Organization // "the Superintendency of Banking"
	}
	if b-a >= 2 && firmTails[doc.Tokens[b-1].Lower] {
		return schema.Organization // "Dorn Transport", not "Transport Minister X"
	}
	if b-a >= 2 && e.lex.placeWords[doc.Tokens[b-1].Lower] {
		return schema.Location
	}
	if b-a == 2 && placeAdjectives[doc.Tokens[a].Lower] {
		return schema.Location // "Lower Saxony", "Upper Nile", "Greater Manchester"
	}
	if b-a >= 2 && (doc.Tokens[a].Text == "St" || doc.Tokens[a].Text == "St." || doc.Tokens[a].Text == "Saint") && (a == 0 || doc.Tokens[a-1].Tag != "NNP") {
		return schema.Location // "St Petersburg", "Saint-Denis"; "Ian St John" keeps a first name before
	}
	w := doc.Tokens[a].Text
	if b-a == 1 && len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w {
		return schema.Organization
	}
	if _, dem := e.lex.demonyms[doc.Tokens[a].Lower]; dem && b-a >= 2 && (a == 0 || !isNounTag(doc.Tokens[a-1].Tag)) {
		// "Irish Ferries", "American IT giant X": a first name is seldom
		// a nationality (a nationality before a person's name is split
		// off before the name is typed: "Russian Yuri Orlov"), but after
		// a title it may be one ("economy minister German X")
		return schema.Organization
	}
	if b-a >= 2 {
		return schema.Person
	}
	return ""
}

// regionAdjectives are the adjectives of continents and of regions larger
// than a country, which name no actor on their own (the bodies named after
// them, "African Union", "Asian Development Bank", are longer names).
var regionAdjectives = map[string]bool{"asian": true, "african": true, "latin american": true, "south american": true,
	"central american": true, "north american": true, "middle eastern": true, "nordic": true, "scandinavian": true,
	"baltic": true, "balkan": true, "caribbean": true, "mediterranean": true, "sub-saharan": true, "southeast asian": true,
	"south asian": true, "east asian": true, "central asian": true, "west african": true, "east african": true,
	"north african": true, "eastern european": true, "western european": true, "central european": true}

// descHeads are nouns that, after "the", refer back to an organisation.
var descHeads = map[string]schema.EntityType{
	"company": schema.Organization, "firm": schema.Organization, "group": schema.Organization,
	"carmaker": schema.Organization, "bank": schema.Organization, "club": schema.Organization,
	"party": schema.Organization, "board": schema.Organization, "airline": schema.Organization,
	"retailer": schema.Organization, "broadcaster": schema.Organization, "newspaper": schema.Organization,
	"magazine": schema.Organization, "conglomerate": schema.Organization, "giant": schema.Organization,
	"regulator": schema.Organization, "side": schema.Organization, "government": schema.Organization,
	"management": schema.Organization, "watchdog": schema.Organization, "panel": schema.Organization,
}

// partyLabels name a politician's party before the name ("Democrat Lisa
// Okafor", "Conservative Anna Roe").
var partyLabels = map[string]bool{"republican": true, "democrat": true, "democratic": true, "conservative": true,
	"labour": true, "liberal": true, "socialist": true, "tory": true, "green": true, "independent": true}

// labelOpeners open party labels of two words ("Social Democrat",
// "Christian Democrat", "Free Democrat").
var labelOpeners = map[string]bool{"social": true, "christian": true, "free": true}

// ownUnion are the determiners of "the union", "their union": a
// workers' union whether or not the story names it (coref gives it the
// union the story names or one of its own), but for an apposition
// ("Dansk Metal, the union that represents ...").
var ownUnion = map[string]bool{"the": true, "their": true, "its": true}

// bodyHeads are nouns of institutions that "the NOUN" names only when the
// story named one with the noun in its name before ("the union", "the
// fund", "the court"; "the bench" after a court).
var bodyHeads = map[string]bool{"union": true, "fund": true, "agency": true, "authority": true, "commission": true,
	"council": true, "committee": true, "association": true, "federation": true, "alliance": true, "coalition": true,
	"court": true, "tribunal": true, "bloc": true, "institute": true, "foundation": true, "organisation": true, "organization": true,
	"ministry": true, "department": true, "bench": true}

// kindNamedAfter reports whether a capitalised word within the next
// cataphoraSentences sentences names a body of the kind of deciding-body
// noun at token j ("court" ... "the Supreme Court").
func kindNamedAfter(doc *Document, j int) bool {
	kinds, ok := decidingHeads[doc.Tokens[j].Lower]
	if !ok {
		return false
	}
	last := doc.Tokens[j].Sent + cataphoraSentences
	for t := j + 1; t < len(doc.Tokens) && doc.Tokens[t].Sent <= last; t++ {
		tk := &doc.Tokens[t]
		if !isCap(tk.Text) || t == doc.Sentences[tk.Sent].First {
			continue
		}
		if tk.Lower == doc.Tokens[j].Lower || slices.ContainsFunc(kinds, func(ws map[string]bool) bool { return ws[tk.Lower] }) {
			return true
		}
	}
	return false
}

// namedBefore reports whether an organisation's name before token at holds
// a word that match accepts.
func namedBefore(doc *Document, at int, match func(w string) bool) bool {
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.First >= at || m.Kind != NameMention || m.Type != schema.Organization {
			continue
		}
		for t := m.First; t < m.Last; t++ {
			if match(doc.Tokens[t].Lower) {
				return true
			}
		}
		if w := appositionNoun(doc, m); w != "" && m.Last+2 < at && match(w) {
			return true // "Pappers, the paper workers' union,": the apposition's noun
		}
	}
	return false
}

// unionNamedBefore reports whether an organisation named before token at
// is a union by another word of its name ("the Metal Workers Federation
// ... the union"); a party of workers is none ("the Workers' Party").
func unionNamedBefore(doc *Document, at int) bool {
	for mi := range doc.Mentions {
		if m := &doc.Mentions[mi]; m.First < at && m.Kind == NameMention && m.Type == schema.Organization && unionName(doc.Text[m.Span.Start:m.Span.End]) {
			return true
		}
	}
	return false
}

// unionNamedAfter reports whether, within cataphoraSentences sentences
// after token j, "the union" is set beside a name in apposition ("talks
// between the company and the union broke down. The union, Autoworkers'
// Union SOZA, ...").
func unionNamedAfter(doc *Document, j int) bool {
	last := doc.Tokens[j].Sent + cataphoraSentences
	for t := j + 1; t+2 < len(doc.Tokens) && doc.Tokens[t].Sent <= last; t++ {
		n := t + 2
		if n+1 < len(doc.Tokens) && doc.Tokens[n].Lower == "the" {
			n++ // "the union, the Dock Workers Federation,"
		}
		if doc.Tokens[t].Lower == "union" && doc.Tokens[t-1].Lower == "the" && doc.Tokens[t+1].Lower == "," && isCap(doc.Tokens[n].Text) {
			return true
		}
	}
	return false
}

// appositionNoun returns the head noun of a short apposition after name
// mention m (", the paper workers' union," gives "union"), or "".
func appositionNoun(doc *Document, m *Mention) string {
	if m.Last+2 >= len(doc.Tokens) || doc.Tokens[m.Last].Lower != "," || (doc.Tokens[m.Last+1].Lower != "the" && doc.Tokens[m.Last+1].Lower != "a") {
		return ""
	}
	for t := m.Last + 2; t < len(doc.Tokens) && t <= m.Last+7 && doc.Tokens[t].Sent == doc.Tokens[m.Last].Sent; t++ {
		if doc.Tokens[t].Lower == "," {
			if isNounTag(doc.Tokens[t-1].Tag) && !isCap(doc.Tokens[t-1].Text) {
				return doc.Tokens[t-1].Lower
			}
			return ""
		}
	}
	return ""
}

// leadIndefinite reports whether token i opens an indefinite description
// of an office holder by nationality as the subject of a story's lead ("A
// British judge on Monday refused ..."): news names that person in the
// next sentences ("District Judge X said"), so the phrase is a mention.
func (e *EntityStage) leadIndefinite(doc *Document, s Sentence, si, i int) bool {
	if i != s.First || si > 3 || doc.presplit || (doc.Tokens[i].Lower != "a" && doc.Tokens[i].Lower != "an") || i+2 >= s.Last {
		return false
	}
	if _, dem := e.lex.demonyms[doc.Tokens[i+1].Lower]; !dem {
		return false
	}
	return e.lex.roles[doc.Tokens[i+2].Lower] && !isCap(doc.Tokens[i+2].Text)
}

// description adds a definite-description mention starting at i ("the US
// envoy", "the Russian", "the company", "Trump's envoy") and returns the
// index after it, or i when there is none.
func (e *EntityStage) description(doc *Document, s Sentence, i int) int {
	j := i + 1
	mod := -1
	for j < s.Last && j < i+5 {
		tk := &doc.Tokens[j]
		if m := doc.TokMention[j]; m >= 0 && j+1 < s.Last && doc.Mentions[m].Kind != PronounMention {
			if mod < 0 && !compoundMention(doc, &doc.Mentions[m]) {
				mod = j // (not "a Singapore-based fund manager": where, not whose)
			}
			j = doc.Mentions[m].Last
			continue
		}
		if tk.Tag == "JJ" || tk.Tag == "NN" || tk.Tag == "NNP" || tk.Tag == "VBG" || tk.Tag == "JJS" ||
			tk.Tag == "NNS" && j > i && j+1 < s.Last && doc.Tokens[j+1].Tag == "NN" && !isCap(tk.Text) { // "the telecoms regulator"
			if c, ok := e.lex.demonyms[tk.Lower]; ok && mod < 0 && !(j+1 < s.Last && isNounTag(doc.Tokens[j+1].Tag)) && tk.Tag != "NNP" || ok && j+1 >= s.Last {
				// "the Russian"
				_ = c
				if tk.Lower != "us" && tk.Lower != "uk" {
					e.add(doc, Mention{First: j, Last: j + 1, Kind: DescriptionMention, Type: schema.Person, Key: tk.Lower, Role: "national", RoleOf: -1})
					return j + 1
				}
			}
			if _, ok := e.lex.demonyms[tk.Lower]; ok && mod < 0 {
				mod = j
			}
			if isNounTag(tk.Tag) && !(j+1 < s.Last && isNounTag(doc.Tokens[j+1].Tag)) {
				break
			}
			j++
			continue
		}
		return i
	}
	if j >= s.Last {
		return i
	}
	head := &doc.Tokens[j]
	if isCap(head.Text) && doc.TokMention[j] >= 0 {
		return i
	}
	partOf := -1
	if j+2 < s.Last && doc.Tokens[j+1].Lower == "of" && orgParts[head.Lower] && mod < 0 {
		// "the board of Kestrel Mining" is Kestrel Mining
		if m := doc.TokMention[j+2]; m >= 0 && doc.Mentions[m].Kind == NameMention && doc.Mentions[m].Type != schema.Person && doc.Mentions[m].Type != schema.Country {
			partOf = m
		}
	}
	if partOf < 0 && j+1 < s.Last && (doc.Tokens[j+1].Lower == "of" && !chargeOf(doc, i, j+1) || isCap(doc.Tokens[j+1].Text) && doc.Tokens[j+1].Tag == "NNP") {
		return i
	}
	role := ""
	typ := schema.EntityType("")
	switch {
	case e.lex.roles[head.Lower]:
		role, typ = head.Lower, schema.Person
	case descHeads[head.Lower] != "":
		typ = descHeads[head.Lower]
	case bodyHeads[head.Lower] && mod < 0 && namedBefore(doc, i, func(w string) bool {
		return w == head.Lower || slices.ContainsFunc(decidingHeads[head.Lower], func(ws map[string]bool) bool { return ws[w] })
	}),
		head.Lower == "union" && mod < 0 && (unionNamedBefore(doc, i) || unionNamedAfter(doc, j) || j == i+1 && ownUnion[doc.Tokens[i].Lower] && !(i > 0 && doc.Tokens[i-1].Lower == ",")):
		// "the union" after "the Food Workers Union": a body the story
		// named before by a name holding the noun; "the tribunal" after
		// "the Competition Commission": a deciding body named before
		typ = schema.Organization
	case head.Lower == "target" && j == i+1 && doc.Tokens[i].Lower == "the" && bidNamedBefore(doc, i):
		// "Harlow made an offer for Kestrel Foods ... the target's
		// board": the company the bid is for
		typ = schema.Organization
	case bodyHeads[head.Lower] && (mod >= 0 || doc.Tokens[i].Tag == "POS") && kindNamedAfter(doc, j):
		// "Kenya's top court ... The Supreme Court said": a body the
		// story names soon after
		typ = schema.Organization
	default:
		return i
	}
	if j-1 > i && (doc.Tokens[j-1].Lower == "prime" && head.Lower == "minister") {
		role = "prime minister"
	}
	if j-1 > i && role != "" && secondRank[doc.Tokens[j-1].Lower] {
		role = doc.Tokens[j-1].Lower + " " + role // "the deputy governor" is not the governor
	}
	roleOf := -1
	if mod >= 0 {
		roleOf = doc.TokMention[mod]
		if roleOf < 0 {
			if c, ok := e.lex.demonyms[doc.Tokens[mod].Lower]; ok {
				roleOf = e.add(doc, Mention{First: mod, Last: mod + 1, Kind: DemonymMention, Type: schema.Country, Key: toLower(c), RoleOf: -1})
			}
		}
	} else if doc.Tokens[i].Tag == "POS" && i > s.First && doc.TokMention[i-1] >= 0 {
		roleOf = doc.TokMention[i-1]
	}
	if partOf >= 0 {
		roleOf = partOf
	}
	e.add(doc, Mention{First: j, Last: j + 1, Kind: DescriptionMention, Type: typ, Key: head.Lower, Role: role, RoleOf: roleOf})
	return j + 1
}

// bidNamedBefore reports whether a bid for a named organisation comes
// before token at ("an offer for Kestrel Foods", "the takeover of the
// Kestrel group").
func bidNamedBefore(doc *Document, at int) bool {
	for t := 0; t+2 < at; t++ {
		n := bidTarget(doc, t)
		if n < 0 || n >= at {
			continue
		}
		if k := doc.TokMention[n]; k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Type != schema.Person && doc.Mentions[k].Type != schema.Country {
			return true
		}
	}
	return false
}

// bidTarget returns, for a bid noun at token t followed by "for" or "of"
// ("an offer for Kestrel Foods", "the takeover of the Kestrel group"),
// the token where the phrase it is for starts, past "the"; -1 otherwise.
func bidTarget(doc *Document, t int) int {
	if t+2 >= len(doc.Tokens) || !bidNouns[doc.Tokens[t].Lower] || doc.Tokens[t+1].Lower != "for" && doc.Tokens[t+1].Lower != "of" {
		return -1
	}
	n := t + 2
	if doc.Tokens[n].Lower == "the" && n+1 < len(doc.Tokens) {
		n++
	}
	return n
}

func isNounTag(t string) bool { return len(t) >= 2 && t[0] == 'N' && t[1] == 'N' }

// chargeOfVerbs take their target and then the charge after "of":
// "accused the commission of bias", "suspected the firm of hiding losses".
var chargeOfVerbs = map[string]bool{"accuse": true, "suspect": true, "convict": true, "acquit": true, "clear": true}

// chargeOf reports whether the "of" at token of, after the description
// opening at token i, introduces a charge rather than the description's
// own complement: "accused the court of overreach", "the board of
// breaching its duties".
func chargeOf(doc *Document, i, of int) bool {
	if of+1 >= len(doc.Tokens) || doc.Tokens[of+1].Sent != doc.Tokens[of].Sent {
		return false
	}
	switch doc.Tokens[of-1].Lower {
	case "government", "party":
		return false // (a government or party the story never named stays a phrase)
	}
	if doc.Tokens[of+1].Tag == "VBG" {
		return true
	}
	return i > 0 && chargeOfVerbs[doc.Tokens[i-1].Lemma] && !isCap(doc.Tokens[of+1].Text)
}

// afterTitle returns the first token after the last title word in [a, b),
// or a when there is none: the person's part of "Danube Commission
// President Katrin", whose body words name the president's institution,
// not the person.
func (e *EntityStage) afterTitle(doc *Document, a, b int) int {
	for k := b - 1; k > a; k-- {
		l := strings.TrimSuffix(doc.Tokens[k].Lower, ".")
		if _, ok := e.lex.titles[l]; ok && !e.lex.orgWords[l] {
			return k + 1
		}
	}
	return a
}

// postTitleName splits a run [a, b) that follows "TITLE to (the)" into the
// place or body the title is to and a person's name ("Ambassador to the
// United Nations Mara Delling", "envoy to Pelonia Tom Vessey"). It returns
// the first token of the name and the title's token, or (a, -1) when the
// run holds no known first name with a surname after it.
func (e *EntityStage) postTitleName(doc *Document, a, b int) (int, int) {
	t := a - 1
	if t >= 0 && doc.Tokens[t].Lower == "the" {
		t--
	}
	if t < 1 || doc.Tokens[t].Lower != "to" || doc.Tokens[t].Sent != doc.Tokens[a].Sent {
		return a, -1
	}
	t--
	if e.lex.titles[strings.TrimSuffix(doc.Tokens[t].Lower, ".")] == "" {
		return a, -1
	}
	for k := a + 1; k+1 < b && k <= a+4; k++ {
		if e.lex.titles[strings.TrimSuffix(doc.Tokens[k].Lower, ".")] != "" {
			// "an aide to Energy Minister Doru Velescu": a titled
			// person, no body named "Energy"
			return a, -1
		}
		if e.lex.firstNames[doc.Tokens[k].Lower] != 0 {
			return k, t
		}
	}
	// else the longest known place or body before a two- or three-word
	// name: "to the United Nations Nikki Vale", "to Peru Abel Quispe"
	for k := b - 2; k > a && k >= b-3; k-- {
		if l := key(doc, a, k); e.lex.known(l) || e.lex.orgWords[doc.Tokens[k-1].Lower] || doc.Tokens[k-1].Lower == "nations" {
			if !e.orgRun(doc, k, b) && !e.lex.known(key(doc, k, b)) {
				return k, t
			}
		}
	}
	return a, -1
}

// officeTitleModifiers qualify the title of a public office before the
// office it heads ("the State Attorney's Office", "the District
// Attorney's Office").
var officeTitleModifiers = map[string]bool{"state": true, "public": true, "federal": true, "district": true, "national": true,
	"special": true, "county": true, "crown": true, "chief": true}

// officeNouns name the body that serves an office holder, after a title
// and "'s" ("the Attorney General's Office").
var officeNouns = map[string]bool{"office": true, "department": true, "bureau": true, "chambers": true}

// officeHolders are capitalised office words whose possessive names the
// body serving the office, whatever words come before them ("the Federal
// Prosecutor's Office", "the Windhoek Magistrate's Court").
var officeHolders = map[string]bool{"prosecutor": true, "magistrate": true, "attorney": true, "auditor": true, "ombudsman": true,
	"registrar": true, "solicitor": true, "comptroller": true, "controller": true, "inspector": true, "sheriff": true, "coroner": true,
	"procurator": true, "advocate": true, "treasurer": true, "governor": true, "mayor": true, "commissioner": true}

// officePossessive reports whether token j is the "'s" of an office word
// written in capitals before a capitalised body noun ("Public
// Prosecutor's Office", "Resident Magistrate's Court"): one body's name
// runs through it.
func (e *EntityStage) officePossessive(doc *Document, s Sentence, j int) bool {
	if j <= s.First || j+1 >= s.Last || doc.Tokens[j].Tag != "POS" || !isCap(doc.Tokens[j-1].Text) || !isCap(doc.Tokens[j+1].Text) {
		return false
	}
	return officeHolders[doc.Tokens[j-1].Lower] && (officeNouns[doc.Tokens[j+1].Lower] || doc.Tokens[j+1].Lower == "court")
}

// allTitles reports whether tokens [a, b) are all words of titles ("Prime
// Minister", "Attorney General", "Chief Minister").
func (e *EntityStage) allTitles(doc *Document, a, b int) bool {
	for k := a; k < b; k++ {
		l := strings.TrimSuffix(doc.Tokens[k].Lower, ".")
		if e.lex.titles[l] == "" && !e.lex.titleWords[l] && l != "prime" && l != "general" {
			return false
		}
	}
	return b > a
}

// agencyDateline reports whether Tokens[a:b], in capitals, opens one of
// the story's first two sentences as the city of a dateline with a news
// agency in brackets ("KERICHO, Kenya (AP) -", "MILAN (Reuters) -").
func agencyDateline(doc *Document, a, b int) bool {
	si := doc.Tokens[a].Sent
	if si > 1 || doc.Sentences[si].First != a || doc.Tokens[a].Text != strings.ToUpper(doc.Tokens[a].Text) {
		return false
	}
	last := doc.Sentences[si].Last
	for j := b; j < last && j < b+6; j++ {
		tx := doc.Tokens[j].Text
		if tx == "(" {
			return j+3 < last && isCap(doc.Tokens[j+1].Text) && doc.Tokens[j+2].Text == ")" && dashToken(doc.Tokens[j+3].Text)
		}
		if tx != "," && tx != "." && !isCap(tx) {
			return false
		}
	}
	return false
}

// dashToken reports whether tx is a dash.
func dashToken(tx string) bool {
	return tx == "-" || tx == "--" || tx == "—" || tx == "–"
}
