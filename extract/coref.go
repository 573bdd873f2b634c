package extract

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// CorefStage resolves mentions to entities within one document: full
// names, surnames and first names to the longest name that contains them,
// titles and definite descriptions to the entity that holds the role,
// demonyms to their country, and pronouns to the nearest compatible
// antecedent (preferring sentence subjects).
type CorefStage struct {
	lex *lexicon
	// nations are the countries the demonym table names, by lower-case
	// name: "Libya" is a country even where the country list spells it
	// otherwise
	nations map[string]string
}

// NewCorefStage returns the coreference stage.
func NewCorefStage(lex *lexicon) *CorefStage {
	c := &CorefStage{lex: lex, nations: map[string]string{}}
	for _, cn := range lex.demonyms {
		if k := toLower(cn); k != "country" && k != "european union" {
			c.nations[k] = cn
		}
	}
	return c
}

type corefState struct {
	doc       *Document
	byName    map[string]int
	byToken   map[string][]int
	orgFirst  map[string]int  // first or last word of a multi-word organisation name -> entity
	kind      map[string]int  // description head -> organisation it was used for beside its name
	lower     map[string]bool // words the document writes in lower case, built when first needed
	personal  map[string]bool // one-word names of no known type the text treats as a person's
	places    map[string]bool // one-word names of no known type the text only puts after "in", "at", "near"
	sites     map[string]bool // names the text once writes as a place ("a plant outside Durban", a dateline), which "the company" never stands for
	notFirm   map[int]bool    // organisations a description called a union or a party ("the party" after "the Social Democrats")
	armed     map[string]bool // names the text writes as an armed group's ("al Shabaab militants"), which "the group" stands for before any other
	roleOf    map[int][]int   // person entity -> institutions its titles named ("Liberal leader X")
	apposed   map[int]bool    // role descriptions in apposition to a name, which give it the role (appositionRole)
	lastSeen  []int           // entity -> first token of its latest mention
	recency                   // entities by latest mention, newest first
	overseers map[int]bool    // organisations a story called "the regulator"
	described map[string]int  // description head -> organisation it last stood for
	public    map[int]bool    // organisations named before a regulator's act ("Ofcom fined")
	named     map[int]int     // entity -> its mentions resolved so far (in text order), pronouns aside
	shortName map[string]int  // a surname -> the person it last stood for alone
	pronouns  map[int]byte    // person of no known sex -> the sex of the pronouns resolved to it ('m', 'f'; 'x' both)
}

func (c *CorefStage) entity(st *corefState, name string, typ schema.EntityType) int {
	k := toLower(name)
	if e, ok := st.byName[k]; ok {
		return e
	}
	st.doc.Entities = append(st.doc.Entities, Entity{Name: name, Type: typ, Nation: -1})
	e := len(st.doc.Entities) - 1
	st.byName[k] = e
	st.lastSeen = append(st.lastSeen, -1)
	st.recency.add()
	if typ == schema.Organization {
		// "Fenwick" and "Rovers" after "Fenwick Rovers"
		if ws := strings.Fields(k); len(ws) > 1 && isCap(strings.Fields(name)[0]) {
			for i, w := range []string{ws[0], ws[len(ws)-1]} {
				if len(w) < 3 || c.lex.placeWords[w] || descHeads[w] != "" || c.lex.orgWords[w] && (i == 0 || !shortNames[w]) {
					continue // "Group", "Bank", "Energy": any organisation's head
				}
				if prev, dup := st.orgFirst[w]; dup && prev != e {
					st.orgFirst[w] = -1 // two organisations share it
				} else if !dup {
					st.orgFirst[w] = e
				}
			}
		}
	}
	return e
}

// Annotate fills doc.Entities and sets Mention.Entity.
func (c *CorefStage) Annotate(ctx context.Context, doc *Document) error {
	if doc.TokMention == nil && len(doc.Tokens) > 0 {
		return ErrMissingLayer
	}
	doc.Entities = doc.Entities[:0]
	c.tradeDescriptions(doc)
	sortMentions(doc)
	st := &corefState{doc: doc, byName: map[string]int{}, byToken: map[string][]int{}, orgFirst: map[string]int{}, kind: map[string]int{}, named: map[int]int{}, recency: recency{head: -1}}
	order := make([]int, len(doc.Mentions))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return doc.Mentions[order[a]].First < doc.Mentions[order[b]].First })

	// "Shenzhen-based Huaming Technology", "Kenyan-born Samuel Rotich",
	// "London-listed Energean": the place as an adjective is no part of
	// the name
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind == NameMention && m.Last-m.First >= 2 && participleCompound(doc.Tokens[m.First].Lower) {
			doc.TokMention[m.First] = -1
			m.First++
			m.Span.Start = doc.Tokens[m.First].Span.Start
			m.Key = key(doc, m.First, m.Last)
		}
	}
	// "Sepik Timber" after or before "Sepik Timber Holdings": a pair of
	// names read as a person's that opens an organisation's longer name
	// is that organisation's short name, and one set beside a description
	// of an organisation names it ("the main opposition party, Democratic
	// Renewal,"), unless a title or a known first name makes it a
	// person's ("Jan Holm" of "the Jan Holm Foundation")
	for mi := range doc.Mentions {
		if m := &doc.Mentions[mi]; m.Kind == NameMention && m.Type == schema.Person && m.Last-m.First >= 2 && m.Gender == 0 && m.Role == "" &&
			c.lex.firstNames[doc.Tokens[m.First].Lower] == 0 && (opensOrgName(doc, m) || orgApposed(doc, m) || bodyBeforeOffice(doc, mi)) {
			m.Type = schema.Organization
		}
	}
	// pass 1: multi-word person names
	for _, mi := range order {
		m := &doc.Mentions[mi]
		if m.Kind == NameMention && m.Type == schema.Person && m.Last-m.First >= 2 {
			name := c.surface(doc, m)
			e := c.entity(st, name, schema.Person)
			m.Entity = e
			for i := m.First; i < m.Last; i++ {
				w := strings.TrimSuffix(doc.Tokens[i].Lower, ".")
				if len(w) > 1 {
					st.byToken[w] = appendUnique(st.byToken[w], e)
					if p, rest, ok := strings.Cut(w, "-"); ok && len(rest) > 2 && (p == "al" || p == "el" || p == "ad" || p == "as" || p == "ash" || p == "at" || p == "az" || p == "an" || p == "ar" || p == "ul" || p == "ud") {
						st.byToken[rest] = appendUnique(st.byToken[rest], e) // "Harmoudi" after "Saeed al-Harmoudi"
					}
				}
			}
		}
	}
	retyped := c.whichNames(st, order)
	st.personal = c.personalKeys(doc)
	st.places = placeKeys(doc)
	st.sites = siteNames(doc)
	st.armed = armedNames(doc)
	// pass 2: everything in text order
	for _, mi := range order {
		m := &doc.Mentions[mi]
		if m.Entity < 0 {
			switch m.Kind {
			case NameMention:
				m.Entity = c.resolveName(st, m)
				if e := m.Entity; e >= 0 && doc.Entities[e].Type == schema.Organization && c.overseeingAct(doc, m.Last) {
					if st.public == nil {
						st.public = map[int]bool{}
					}
					st.public[e] = true
				}
			case DemonymMention:
				name := m.Key
				if cn, ok := c.lex.demonyms[m.Key]; ok {
					name = cn
				} else if cn, ok := c.lex.countries[m.Key]; ok {
					name = cn
				}
				m.Entity = c.entity(st, properCase(name), schema.Country)
			case PronounMention:
				m.Entity = c.resolvePronoun(st, m)
			case DescriptionMention:
				if st.apposed[mi] {
					// the apposition itself is left to the relations, but
					// what it calls its name counts ("Finor, the banking
					// regulator,": no company)
					c.noteKind(st, m, c.namedBefore(st, m))
					break
				}
				m.Entity = c.resolveDescription(st, m)
				c.noteKind(st, m, m.Entity)
				if e := m.Entity; e >= 0 && m.Role == "" && doc.Entities[e].Type == schema.Organization && c.ownSubjectPossessor(doc, m) {
					// "Orvane Capital criticised the company's decision":
					// a clause's subject is "its" to itself, so the
					// company is another, the one the story is about
					m.Entity = c.focus(st, m.First, e, func(_ int, x *Entity) bool { return x.Type == schema.Organization })
				}
				if a := c.appositiveName(st, m); a >= 0 && doc.Entities[a].Type == schema.Person && m.RoleOf >= 0 && !formerTitle(doc, m) {
					// "Chile's ambassador, Ana Ruiz, said ... Peru
					// summoned Chile's ambassador": a state's office that
					// an apposition before the name gives is the
					// person's, as one after it is (appositionRole); not a
					// body's ("the union's president, X," is not "the
					// president")
					if o := doc.Mentions[m.RoleOf].Entity; o >= 0 && doc.Entities[o].Type == schema.Country {
						ent := &doc.Entities[a]
						ent.addRole(m.Role)
						if ent.Nation < 0 {
							ent.Nation = o
						}
					}
				}
				if m.Entity >= 0 && m.Role == "" && doc.Entities[m.Entity].Type == schema.Organization && !nationalDescription(doc, m) {
					// (not "the Thai company": a nationality sets one
					// company apart from another, which "the company"
					// may be later)
					if st.described == nil {
						st.described = map[string]int{}
					}
					st.described[m.Key] = m.Entity
				}
			}
		}
		if m.Entity < 0 {
			continue
		}
		if m.Kind != PronounMention {
			st.named[m.Entity]++
		}
		ent := &doc.Entities[m.Entity]
		if m.Type == "" || m.Kind == NameMention && (ent.Type == "" || retyped[m.Entity]) {
			m.Type = ent.Type
		}
		if !attributive(doc, m) || st.lastSeen[m.Entity] < 0 {
			// "US tycoon Malcolm Glazer": a modifier is no antecedent
			st.lastSeen[m.Entity] = m.First
			st.recency.touch(m.Entity)
		}
		ent.Mentions++
		if m.Kind != PronounMention {
			ent.Aliases = appendUniqueS(ent.Aliases, doc.Text[m.Span.Start:m.Span.End])
		}
		if m.Gender != 0 && m.Kind == NameMention {
			ent.Gender = m.Gender
		} else if m.Kind == NameMention && ent.Gender == 0 {
			ent.Gender = appositiveGender(doc, m)
			if ent.Gender == 0 && ent.Type == schema.Person && m.Last-m.First >= 2 {
				// "Beatrice Auma": a first name borne by one sex
				ent.Gender = c.lex.firstNames[doc.Tokens[m.First].Lower]
			}
		}
		if m.Role != "" && m.Kind == NameMention && !formerTitle(doc, m) {
			// (not "former President X": "the president" is someone else)
			ent.addRole(m.Role)
			if m.Role == "justice" || m.Role == "chief justice" {
				ent.addRole("judge") // "Justice Ama Mensah ruled ... The judge said"
			}
			if m.RoleOf >= 0 {
				if o := doc.Mentions[m.RoleOf].Entity; o >= 0 && doc.Entities[o].Type == schema.Country {
					ent.Nation = o
				} else if o >= 0 {
					if st.roleOf == nil {
						st.roleOf = map[int][]int{}
					}
					st.roleOf[m.Entity] = appendUnique(st.roleOf[m.Entity], o)
				}
			}
		}
		if m.Kind == NameMention && ent.Type == schema.Person && m.Role == "" {
			if d := appositionRole(doc, m); d >= 0 {
				// "Tomas Brink, the chief executive of Halvard Mining,
				// ... The chief executive said": the office the
				// apposition gives is the person's
				r := &doc.Mentions[d]
				if r.RoleOf >= 0 {
					if owner := &doc.Mentions[r.RoleOf]; owner.Entity < 0 && owner.Kind == NameMention {
						owner.Entity = c.resolveName(st, owner) // (named after the person)
						ent = &doc.Entities[m.Entity]
					}
				}
				ent.addRole(r.Role)
				if st.apposed == nil {
					st.apposed = map[int]bool{}
				}
				st.apposed[d] = true
				if r.RoleOf >= 0 {
					if o := doc.Mentions[r.RoleOf].Entity; o >= 0 && doc.Entities[o].Type == schema.Country {
						ent.Nation = o // "Wang Yi, China's foreign minister"
					} else if o >= 0 {
						if st.roleOf == nil {
							st.roleOf = map[int][]int{}
						}
						st.roleOf[m.Entity] = appendUnique(st.roleOf[m.Entity], o)
					}
				}
			}
		}
		if m.Kind == NameMention && ent.Type == schema.Person {
			if r, acting := c.statedRole(doc, m); r != "" {
				// "X was sworn in as acting president": later, "the
				// president" is X, and "the acting president" X before
				// anyone else who holds the office
				ent.addRole(r)
				if acting {
					ent.addRole("acting " + r)
				}
			}
		}
		if m.Kind == NameMention && ent.Type == schema.Person && ent.Nation < 0 {
			// "his Polish counterpart, Jan Nowak": the state the person
			// serves, told beside the name
			ent.Nation = mentionCountry(doc, c.lex, m)
		}
	}
	c.namedAfter(st, order)
	c.holdersNamedAfter(st, order)
	c.unnamedUnion(st)
	c.personsCountries(st)
	countryCourts(doc)
	sortMentions(doc)
	return nil
}

// countryCourts names a court whose name says nothing of its country
// ("Constitutional Court", "High Court") by the country whose possessive
// stands before it where the text first writes it so ("Ruritania's High
// Court"): "Ruritania's High Court" is one court of many so named.
func countryCourts(doc *Document) {
	done := map[int]bool{}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		e := m.Entity
		if e < 0 || done[e] || m.Kind != NameMention || doc.Entities[e].Type != schema.Organization || m.First < 2 {
			continue
		}
		name := doc.Entities[e].Name
		if !strings.HasSuffix(name, " Court") || strings.Contains(name, " of ") || !isPossessive(doc, m.First-1) {
			continue
		}
		k := doc.TokMention[m.First-2]
		if k < 0 || doc.Mentions[k].Last != m.First-1 || doc.Mentions[k].Kind != NameMention || !namedAs(doc, k, schema.Country) {
			continue
		}
		if doc.Text[doc.Tokens[m.First].Span.Start:doc.Tokens[m.Last-1].Span.End] != name {
			continue
		}
		done[e] = true
		doc.Entities[e].Name = doc.Entities[doc.Mentions[k].Entity].Name + "'s " + name
	}
}

// bodyOffices are offices whose holder speaks or acts for a body: the
// name of more than one word right before one of them, with no known
// first name, is the body's ("Lib Dem spokesman Vince Cable", "the Sinn
// Fein leader"), not a person's.
var bodyOffices = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "chairman": true,
	"chairwoman": true, "chair": true, "secretary": true, "member": true, "mp": true, "mps": true, "official": true, "officials": true,
	"chief": true, "head": true, "director": true, "executive": true, "boss": true, "president": true, "minister": true, "members": true}

// bodyBeforeOffice reports whether the name mention mi is the body of an
// office named right after it, held by the role mention of that office
// or by the name after it.
func bodyBeforeOffice(doc *Document, mi int) bool {
	m := &doc.Mentions[mi]
	if m.Last >= len(doc.Tokens) || !bodyOffices[doc.Tokens[m.Last].Lower] {
		return false
	}
	for k := range doc.Mentions {
		if r := &doc.Mentions[k]; (r.First == m.Last || r.First == m.Last+1) && r.RoleOf == mi && r.Role != "" {
			return true
		}
	}
	return false
}

// appositionRole returns the role description that an apposition after
// person name mention m heads ("Anna Berg, the finance minister,", "Tomas
// Brink, Halvard's chief executive,"), or -1. A past office is no role
// ("Ivo Marsh, a former minister,"), nor is a possessor ("Ivo Marsh, the
// minister's spokesman," has the spokesman's role).
func appositionRole(doc *Document, m *Mention) int {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	t := m.Last
	if t+2 >= s.Last || doc.Tokens[t].Lower != "," {
		return -1
	}
	for k := t + 1; k < s.Last && k <= t+6; k++ {
		tk := &doc.Tokens[k]
		switch w := tk.Lower; {
		case w == "former" || w == "then" || w == "late" || w == "outgoing" || strings.HasPrefix(w, "ex-"):
			return -1
		case tk.Tag == "DT" || tk.Tag == "PRP$" || tk.Tag == "JJ" || tk.Tag == "HYPH" || isNounTag(tk.Tag) || isPossessive(doc, k):
		default:
			return -1
		}
		d := doc.TokMention[k]
		if d < 0 || doc.Mentions[d].Kind != DescriptionMention || doc.Mentions[d].Role == "" || doc.Mentions[d].Last-1 != k {
			continue
		}
		if n := doc.Mentions[d].Last; n < s.Last && (isPossessive(doc, n) || isNounTag(doc.Tokens[n].Tag)) {
			continue // "the minister's spokesman"
		}
		if n := doc.Mentions[d].Last; n < s.Last && (strings.HasPrefix(doc.Tokens[n].Tag, "VB") || doc.Tokens[n].Tag == "MD") {
			return -1 // "Tomas, the president will decide": an address, then the clause's subject
		}
		return d
	}
	return -1
}

// opensOrgName reports whether the words of name mention m open a longer
// name of an organisation the document writes.
func opensOrgName(doc *Document, m *Mention) bool {
	n := m.Last - m.First
	for oi := range doc.Mentions {
		o := &doc.Mentions[oi]
		if o.Kind != NameMention || o.Type != schema.Organization || o.Last-o.First <= n {
			continue
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = doc.Tokens[o.First+k].Lower == doc.Tokens[m.First+k].Lower
		}
		if same {
			return true
		}
	}
	return false
}

// orgApposed reports whether name mention m stands in apposition to a
// description of an organisation before it: "The main opposition party,
// Democratic Renewal, said".
func orgApposed(doc *Document, m *Mention) bool {
	c := m.First - 1
	if c < 1 || doc.Tokens[c].Lower != "," || m.Last >= len(doc.Tokens) || doc.Tokens[m.Last].Lower != "," {
		return false
	}
	k := doc.TokMention[c-1]
	if k < 0 {
		return false
	}
	d := &doc.Mentions[k]
	if d.Kind != DescriptionMention || d.Type != schema.Organization || d.Role != "" || d.Last != c {
		return false
	}
	// the description heads its phrase: not "The leader of the Popular
	// Front group, Mathilde Caron,", the leader's name
	s := doc.Sentences[doc.Tokens[c].Sent]
	t := d.First - 1
	for t >= s.First {
		switch doc.Tokens[t].Tag {
		case "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "HYPH", "VBN", "VBG":
			t--
			continue
		}
		break
	}
	return t < s.First || doc.Tokens[t].Tag != "IN"
}

// cataphoraSentences bounds how many sentences after an unresolved
// description of a body its name may come.
const cataphoraSentences = 3

// namedAfter resolves a description of a body to the organisation of its
// kind that the story names within the next few sentences: a regulator or
// a deciding body no body named before stands for ("China's market
// regulator fined X. The State Administration for Market Regulation said
// ...": the State Administration), or a country's body whose noun heads
// the later name and that is no other party to its own sentence
// ("Malaysia's central bank fined Serai Bank. Bank Negara Malaysia said
// ...": Bank Negara, not Serai Bank).
func (c *CorefStage) namedAfter(st *corefState, order []int) {
	doc := st.doc
	var firstAt map[int]int // entity -> its first mention's token, built when first needed
	for _, mi := range order {
		m := &doc.Mentions[mi]
		if m.Kind != DescriptionMention || m.Role != "" {
			continue
		}
		kinds, deciding := decidingHeads[m.Key]
		national := m.RoleOf >= 0 && doc.Mentions[m.RoleOf].Entity >= 0 && doc.Entities[doc.Mentions[m.RoleOf].Entity].Type == schema.Country
		if national && m.Entity >= 0 && !c.stateBodyOf(st, m, m.Entity, doc.Mentions[m.RoleOf].Entity) {
			// "Ireland's data regulator, named after it, ... Luxembourg's
			// privacy watchdog": a body the text has since tied to
			// another state
			doc.Entities[m.Entity].Mentions--
			m.Entity = -1
		}
		sent := doc.Tokens[m.First].Sent
		from := m.Last
		switch {
		case m.Entity < 0 && (overseerHeads[m.Key] || deciding):
			if overseerHeads[m.Key] {
				kinds = []map[string]bool{overseerNames}
			}
		case m.Entity < 0 && m.Key == "union":
			// "talks between the company and the union broke down. The
			// union, Autoworkers' Union SOZA, ...": the union named next
			kinds = []map[string]bool{unionWords}
		case national && descHeads[m.Key] == schema.Organization && m.Key != "government" && (m.Entity < 0 || partyAfter(doc, m)):
			kinds = nil
			if sent+1 >= len(doc.Sentences) {
				continue
			}
			from = doc.Sentences[sent+1].First // not a party to its own sentence
			if firstAt == nil {
				firstAt = firstMentions(doc)
			}
		default:
			continue
		}
		ofKind := func(w string) bool {
			return w == m.Key || slices.ContainsFunc(kinds, func(ws map[string]bool) bool { return ws[w] })
		}
		if m.Entity >= 0 {
			// another party to its sentence is never the description,
			// whether or not a later name stands for it
			doc.Entities[m.Entity].Mentions--
			m.Entity = -1
		}
		for ni := doc.mentionAtOrAfter(from); ni < len(doc.Mentions); ni++ {
			n := &doc.Mentions[ni]
			if doc.Tokens[n.First].Sent > sent+cataphoraSentences {
				break
			}
			if n.Kind != NameMention || n.Entity < 0 || doc.Entities[n.Entity].Type != schema.Organization {
				continue
			}
			if firstAt != nil && firstAt[n.Entity] < from {
				continue // named before the description or beside it: not named after it
			}
			if !slices.ContainsFunc(strings.Fields(toLower(doc.Entities[n.Entity].Name)), ofKind) {
				continue
			}
			if m.Key == "union" && !unionName(doc.Entities[n.Entity].Name) {
				continue // "the Workers' Party"
			}
			if overseerHeads[m.Key] && !c.overseerName(doc.Entities[n.Entity].Name) {
				continue // "the regulator" is no "Competition Tribunal"
			}
			if national && !c.stateBodyOf(st, m, n.Entity, doc.Mentions[m.RoleOf].Entity) {
				continue // not another state's body
			}
			if m.Type == "" {
				m.Type = schema.Organization
			}
			bindLater(doc, m, n.Entity)
			break
		}
	}
}

// cataphoraTokens bounds, in tokens, how far after a description the
// holder search looks, whatever the sentences' length.
const cataphoraTokens = 200

// holdersNamedAfter resolves a description of an office holder that
// nobody before it holds ("India's foreign minister told his Chinese
// counterpart ...") to the person the next few sentences name with that
// title and no other country ("External Affairs Minister X"), who is
// first named after it.
func (c *CorefStage) holdersNamedAfter(st *corefState, order []int) {
	doc := st.doc
	var firstAt map[int]int // entity -> its first mention's token, built when first needed
	for _, mi := range order {
		m := &doc.Mentions[mi]
		if m.Kind != DescriptionMention || m.Role == "" || m.Role == "national" || m.Entity >= 0 || c.appositiveName(st, m) >= 0 {
			continue // ("Portugal's minister, X,": X, named right there)
		}
		nation := -1
		if m.RoleOf >= 0 {
			nation = doc.Mentions[m.RoleOf].Entity
			if nation < 0 || doc.Entities[nation].Type != schema.Country {
				continue // "the company's chairman": the company's own people are named in many ways
			}
		}
		if firstAt == nil {
			firstAt = firstMentions(doc)
		}
		sent := doc.Tokens[m.First].Sent
		for ni := doc.mentionAtOrAfter(m.Last); ni < len(doc.Mentions); ni++ {
			n := &doc.Mentions[ni]
			if doc.Tokens[n.First].Sent > sent+cataphoraSentences || n.First > m.Last+cataphoraTokens {
				break
			}
			if n.First < m.Last || n.Kind != NameMention || n.Entity < 0 || doc.Entities[n.Entity].Type != schema.Person || firstAt[n.Entity] < m.Last {
				continue
			}
			ent := &doc.Entities[n.Entity]
			if !holdsRole(ent, m.Role, nation) || nation >= 0 && ent.Nation >= 0 && ent.Nation != nation {
				continue
			}
			bindLater(doc, m, n.Entity)
			break
		}
		if m.Entity < 0 && nation >= 0 && leadOpening(doc, doc.Mentions[m.RoleOf].First) && sent+1 < len(doc.Sentences) {
			// "Saudi Arabia's foreign minister said on Wednesday ... Adel
			// al-Jubeir told reporters": a lead's unnamed office holder,
			// named as the subject opening the next sentence
			s := doc.Sentences[sent+1]
			if k := doc.TokMention[s.First]; k >= 0 {
				n := &doc.Mentions[k]
				if n.First == s.First && n.Kind == NameMention && n.Last-n.First >= 2 && n.Entity >= 0 && (n.Type == schema.Person || doc.Entities[n.Entity].Type == schema.Person) &&
					firstAt[n.Entity] == n.First && len(doc.Entities[n.Entity].Roles) == 0 && n.Last < s.Last && isVerbTag(doc.Tokens[n.Last].Tag) && !officeAgain(doc, s, n.Last, m.Role) {
					bindLater(doc, m, n.Entity)
				}
			}
		}
	}
}

// officeAgain reports whether sentence s names the office role again from
// token k on as one someone is given ("X named Y as the new finance
// minister", "X picked Y to replace the governor"): the subject then acts
// on the office, and is no holder of it (but "spoke with Y, China's
// foreign minister" names another holder).
func officeAgain(doc *Document, s Sentence, k int, role string) bool {
	head := lastWord(role)
	for ; k < s.Last; k++ {
		if doc.Tokens[k].Lower != head {
			continue
		}
		for b := k - 1; b >= max(s.First, k-4); b-- {
			switch doc.Tokens[b].Lower {
			case "as", "new", "replace", "succeed", "successor":
				return true
			}
		}
	}
	return false
}

// holdsRole reports whether entity e holds the office a description
// names, for the owner entity nation (-1 when none): its own, or a
// state's ambassador for the state's envoy ("Chile's ambassador, Ana
// Ruiz, ... Peru summoned Chile's envoy"; not "the envoy", who may be
// any state's or a special envoy).
func holdsRole(e *Entity, role string, nation int) bool {
	return e.Roles[role] || role == "envoy" && nation >= 0 && e.Nation == nation && e.Roles["ambassador"]
}

// firstMentions maps each entity to the token of its first mention.
func firstMentions(doc *Document) map[int]int {
	first := map[int]int{}
	for k := range doc.Mentions {
		if e := doc.Mentions[k].Entity; e >= 0 {
			if at, ok := first[e]; !ok || doc.Mentions[k].First < at {
				first[e] = doc.Mentions[k].First
			}
		}
	}
	return first
}

// bindLater resolves description m to entity e, named after it, and
// counts m among e's mentions and aliases.
func bindLater(doc *Document, m *Mention, e int) {
	m.Entity = e
	ent := &doc.Entities[e]
	ent.Mentions++
	ent.Aliases = appendUniqueS(ent.Aliases, doc.Text[m.Span.Start:m.Span.End])
}

// leadOpening reports whether token o opens its clause or follows a
// dateline's dash ("RIYADH, Aug 8 - Saudi Arabia's ...").
func leadOpening(doc *Document, o int) bool {
	return clauseOpening(doc, o) || o > 0 && doc.Tokens[o-1].Tag == ":" && doc.Tokens[o-1].Sent == doc.Tokens[o].Sent
}

// partyAfter reports whether the entity description m was resolved to is
// named again later in m's own sentence ("Malaysia's central bank fined
// Serai Bank"): another party to the sentence, not m. A name in
// apposition right after m is m's own ("Peru's watchdog, the Federal
// Competition Office,").
func partyAfter(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	for k := doc.mentionAtOrAfter(m.Last); k < len(doc.Mentions) && doc.Mentions[k].First < s.Last; k++ {
		if n := &doc.Mentions[k]; n.Kind == NameMention && n.Entity == m.Entity && !apposedName(doc, m, n) {
			return true
		}
	}
	return false
}

// apposedName reports whether name mention n follows description m in
// apposition: a comma, then determiners and adjectives only ("the
// regulator, the Federal Competition Office").
func apposedName(doc *Document, m, n *Mention) bool {
	t := m.Last
	if t >= n.First || doc.Tokens[t].Text != "," {
		return false
	}
	for t++; t < n.First && (doc.Tokens[t].Tag == "DT" || doc.Tokens[t].Tag == "JJ"); t++ {
	}
	return t == n.First
}

// sortMentions puts the mentions coreference added ("her country", "the
// tribunal") in text order with the rest, so that later stages can find
// a window's mentions by binary search; RoleOf and TokMention follow.
func sortMentions(doc *Document) {
	ms := doc.Mentions
	if slices.IsSortedFunc(ms, func(a, b Mention) int { return a.First - b.First }) {
		return
	}
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return ms[order[a]].First < ms[order[b]].First })
	where := make([]int, len(ms))
	sorted := make([]Mention, len(ms))
	for to, from := range order {
		where[from] = to
		sorted[to] = ms[from]
	}
	for i := range sorted {
		if r := sorted[i].RoleOf; r >= 0 {
			sorted[i].RoleOf = where[r]
		}
	}
	for t, mi := range doc.TokMention {
		if mi >= 0 {
			doc.TokMention[t] = where[mi]
		}
	}
	doc.Mentions = sorted
}

// ownCountryNouns follow "his" or "her" to name the person's country ("her
// country regretted the decision", "his government would mediate").
var ownCountryNouns = map[string]bool{"country": true, "nation": true, "government": true, "administration": true}

// personsCountries adds a mention of the person's country for "her
// country" and "his government" when the story tells which country the
// person serves ("Mexico's foreign minister, Ana Ruiz, said her country
// regretted ...": Mexico).
func (c *CorefStage) personsCountries(st *corefState) {
	doc := st.doc
	for mi := range doc.Mentions {
		m := doc.Mentions[mi]
		if m.Kind != PronounMention || m.Key != "his" && m.Key != "her" || m.Entity < 0 || m.Last >= len(doc.Tokens) {
			continue
		}
		t := m.Last
		if !ownCountryNouns[doc.Tokens[t].Lower] || doc.TokMention[t] >= 0 || doc.Tokens[t].Sent != doc.Tokens[m.First].Sent {
			continue
		}
		cn := c.personCountry(st, m.Entity)
		if cn < 0 {
			continue
		}
		doc.Mentions = append(doc.Mentions, Mention{First: t, Last: t + 1, Span: doc.Tokens[t].Span, Kind: DescriptionMention,
			Type: schema.Country, Entity: cn, Key: doc.Tokens[t].Lower, RoleOf: -1})
		doc.TokMention[t] = len(doc.Mentions) - 1
		doc.Entities[cn].Mentions++
	}
}

// personCountry returns the country person e serves, as a title or an
// apposition beside one of its names tells ("Mexican Foreign Minister Ana
// Ruiz", "Mexico's foreign minister, Ana Ruiz,", "Ana Ruiz, the foreign
// minister of Mexico,"), or -1.
func (c *CorefStage) personCountry(st *corefState, e int) int {
	doc := st.doc
	if n := doc.Entities[e].Nation; n >= 0 && doc.Entities[n].Type == schema.Country {
		return n
	}
	for mi := range doc.Mentions {
		if m := &doc.Mentions[mi]; m.Entity == e && m.Kind == NameMention {
			if cn := mentionCountry(doc, c.lex, m); cn >= 0 {
				return cn
			}
		}
	}
	return -1
}

// mentionCountry returns the country that the title or apposition beside
// name mention m says the person serves ("Mexican Foreign Minister Ana
// Ruiz", "his Mexican counterpart, Ana Ruiz", "Ana Ruiz, Mexico's foreign
// minister,", "Ana Ruiz of Mexico"), or -1. It reads only the words next
// to the mention.
func mentionCountry(doc *Document, lex *lexicon, m *Mention) int {
	return mentionBody(doc, lex, m, false)
}

// mentionBody is mentionCountry, or with orgs the organisation or country
// the person serves ("Its chairman, X" after the union, "Acme's chief
// executive, X").
func mentionBody(doc *Document, lex *lexicon, m *Mention, orgs bool) int {
	country := func(t int) int {
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Entity < 0 {
			return -1
		}
		o := &doc.Mentions[k]
		if compoundMention(doc, o) {
			return -1 // "X, a Singapore-based fund manager": where the job is, not whose
		}
		switch ty := doc.Entities[o.Entity].Type; {
		case o.Kind == PronounMention && !(orgs && (o.Key == "its" || o.Key == "their")):
		case ty == schema.Country, orgs && ty == schema.Organization:
			return o.Entity
		}
		return -1
	}
	// words of a title or an apposition: modifiers, nouns, possessives and
	// "of", never a verb or a comma
	inPhrase := func(t int) bool {
		tk := &doc.Tokens[t]
		return isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "POS" || tk.Tag == "DT" || tk.Tag == "HYPH" || tk.Lower == "of" || orgs && tk.Tag == "PRP$"
	}
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	// before the name: "Mexican Foreign Minister Ana Ruiz", or an
	// apposition closed by a comma
	// (a country counts only beside a role: "After talks with Peru,
	// Ana Ruiz said" says nothing of hers)
	t := m.First - 1
	if t > s.First && doc.Tokens[t].Lower == "," {
		t--
	}
	role := false
	for k := t; k >= s.First && k > t-7 && inPhrase(k); k-- {
		// ("his Tajik counterpart, X": the same office in another state)
		role = role || roleWord(doc, lex, k) || doc.Tokens[k].Lower == "counterpart"
		if cn := country(k); cn >= 0 && role {
			return cn
		}
		if role && firmKinds[doc.Tokens[k].Lower] && !roleWord(doc, lex, k) {
			// "Indian central bank chief X", "the Kenyan union's leader,
			// X": the office is in the body the kind names, not in the
			// state before it
			return -1
		}
	}
	// after the name: "Ana Ruiz, Mexico's foreign minister," or "Ana
	// Ruiz of Mexico"
	if t := m.Last; t+1 < s.Last && doc.Tokens[t].Lower == "of" {
		if cn := country(t + 1); cn >= 0 {
			return cn
		}
	} else if t < s.Last && doc.Tokens[t].Lower == "," {
		cn, found := -1, false
		k := t + 1
		for ; k < s.Last && k < t+8 && inPhrase(k); k++ {
			if e := country(k); e >= 0 && cn < 0 {
				cn = e
			}
			if cn >= 0 && roleWord(doc, lex, k) {
				found = true
			}
			if n := doc.TokMention[k]; n >= 0 && doc.Mentions[n].First == k && doc.Mentions[n].Kind == NameMention && doc.Mentions[n].Type == schema.Person {
				// "Joe Biden, Australian Prime Minister Scott Morrison":
				// a list, the title is the next name's
				return -1
			}
		}
		if found {
			return cn
		}
	}
	return -1
}

// firmKinds name a kind of body that is no part of a state ("bank",
// "union"): an office in one is no office of its country.
var firmKinds = map[string]bool{"bank": true, "company": true, "firm": true, "group": true, "union": true, "party": true,
	"lender": true, "insurer": true, "airline": true, "carrier": true, "club": true, "federation": true, "association": true}

// roleWord reports whether token t is a role noun or a title ("minister",
// "Ambassador").
func roleWord(doc *Document, lex *lexicon, t int) bool {
	w := doc.Tokens[t].Lower
	return lex.roles[w] || lex.roles[lex.nounLemma(w)] || lex.titles[w] != ""
}

// whichNames makes a multi-word name read as a person an organisation when
// the document writes it, or a word of it, before ", which" ("Kopano
// Transit ... Kopano, which is controlled by ...") and no title or
// honorific gives it a gender or role. It returns the entities it retyped.
func (c *CorefStage) whichNames(st *corefState, order []int) map[int]bool {
	doc := st.doc
	var retyped, personal map[int]bool
	for _, mi := range order {
		m := &doc.Mentions[mi]
		if m.Kind != NameMention || m.Type != schema.Person && m.Type != "" || m.Gender != 0 || m.Role != "" || m.Last+1 >= len(doc.Tokens) ||
			doc.Tokens[m.Last].Lower != "," || doc.Tokens[m.Last+1].Lower != "which" && !c.orgApposition(doc, m.Last+1) && !basedIn(doc, m.Last+1) {
			// (or a mention the entity stage typed an organisation,
			// "Serra Azul Chief Executive X", of a name typed a person
			// elsewhere for want of any cue: a name of two words or more
			// typed a body anywhere is that body throughout, so "Soc Dem
			// leader X stepped up Soc Dem election work as he toured"
			// leaves no person "Soc Dem" for "he")
			if !c.firmName(doc, m) && !c.saysIt(doc, m) && !c.firmBefore(doc, m) && !c.kindAfter(doc, m) && !firmPossessor(doc, m) && !firmTitleAfter(doc, m) && !dealObject(doc, m) &&
				!c.firmAppositionBefore(doc, m) && !c.workplace(doc, m) && !acronymAfter(doc, m) && (m.Type != schema.Organization || m.Last-m.First < 2) {
				continue
			}
		}
		e := m.Entity
		if e < 0 && m.Last-m.First == 1 {
			if es := st.byToken[strings.TrimSuffix(doc.Tokens[m.First].Lower, ".")]; len(es) == 1 {
				e = es[0]
			}
		} else if p, ok := st.byName[toLower(c.surface(doc, m))]; e < 0 && ok {
			e = p // the same two-word name typed a person in pass 1
		}
		if e < 0 || doc.Entities[e].Type != schema.Person || retyped[e] {
			continue
		}
		if personal == nil {
			// entities a title or honorific marks as people, found once
			personal = map[int]bool{}
			for k := range doc.Mentions {
				if o := &doc.Mentions[k]; o.Entity >= 0 && (o.Gender != 0 || o.Role != "" && !rivalRoles[o.Role]) {
					personal[o.Entity] = true
				}
			}
		}
		if personal[e] {
			continue
		}
		doc.Entities[e].Type = schema.Organization
		if retyped == nil {
			retyped = map[int]bool{}
		}
		retyped[e] = true
	}
	// "Kopano Transit and Sunline Coaches": a conjunct of such a name, or
	// of an organisation in a list after a plural noun ("two bus
	// operators, Kopano Transit and Sunline Coaches")
	for _, mi := range order {
		m := &doc.Mentions[mi]
		if m.Kind != NameMention {
			continue
		}
		org := m.Type == schema.Organization || m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Organization
		if !(m.Entity >= 0 && retyped[m.Entity]) && !(org && listAfterPlural(doc, m)) && !c.firmBefore(doc, m) {
			continue
		}
		if retyped == nil {
			retyped = map[int]bool{}
		}
		for _, k := range []int{m.Last + 1, m.First - 2} {
			if k < 0 || k >= len(doc.Tokens) {
				continue
			}
			and := m.Last
			if k < m.First {
				and = m.First - 1
			}
			if doc.Tokens[and].Lower != "and" || doc.TokMention[k] < 0 {
				continue
			}
			o := &doc.Mentions[doc.TokMention[k]]
			if o.Last < len(doc.Tokens) && doc.Tokens[o.Last].Tag == "POS" {
				continue // "firm 4K Partners and Tomas Verhoek's Delmar Holdings": the conjunct is Delmar Holdings, its owner's name no firm's
			}
			if e := o.Entity; o.Kind == NameMention && e >= 0 && doc.Entities[e].Type == schema.Person && o.Gender == 0 && o.Role == "" && o.Last-o.First >= 2 {
				doc.Entities[e].Type = schema.Organization
				retyped[e] = true
			}
		}
	}
	return retyped
}

// rivalRoles are roles a title gives to companies and states as much as
// to people ("its larger rival Karaçam Telekom"): no sign of a person.
var rivalRoles = map[string]bool{"rival": true, "partner": true, "ally": true, "competitor": true}

// firmPossessor reports whether name mention m owns an office only a
// company has ("Karaçam's chief executive", "Kopano's board"): the name
// is an organisation's.
func firmPossessor(doc *Document, m *Mention) bool {
	if f := m.First; m.Kind == NameMention && m.Gender == 0 && f >= 2 && doc.Tokens[f-1].Lower == "of" && doc.Tokens[f-1].Sent == doc.Tokens[f].Sent {
		// "the board of Acme Marine", "shareholders of Acme Marine"
		switch doc.Tokens[f-2].Lower {
		case "board", "shareholders", "subsidiary", "headquarters", "ceo":
			return true
		}
	}
	t := m.Last
	if m.Kind == NameMention && m.Gender == 0 && t < len(doc.Tokens) && doc.Tokens[t].Sent == doc.Tokens[m.First].Sent {
		// staff only a company has ("Pellam Strake executives")
		switch doc.Tokens[t].Lower {
		case "executives", "shareholders", "employees", "bondholders", "creditors":
			return true
		}
	}
	if m.Kind != NameMention || m.Gender != 0 || t+1 >= len(doc.Tokens) || !isPossessive(doc, t) || doc.Tokens[t+1].Sent != doc.Tokens[m.First].Sent {
		return false
	}
	switch w := doc.Tokens[t+1].Lower; w {
	case "board", "shareholders", "subsidiary", "headquarters", "ceo", "chairman", "chairwoman":
		return true
	case "management":
		// "Pellam Strake's management", not "Tom Rusk's management of
		// the crisis"
		return t+2 >= len(doc.Tokens) || doc.Tokens[t+2].Lower != "of"
	case "chief":
		if t+2 < len(doc.Tokens) {
			switch doc.Tokens[t+2].Lower {
			case "executive", "financial", "operating":
				return true
			}
		}
	}
	return false
}

// firmBefore reports whether a lower-case noun naming a kind of company
// stands right before name mention m ("Spanish utility Solara Energía",
// "wind farm developer Ventomar", "the investment firm Tarn Capital").
func (c *CorefStage) firmBefore(doc *Document, m *Mention) bool {
	if m.Kind != NameMention || m.First == 0 || m.Gender != 0 || m.Role != "" && !rivalRoles[m.Role] {
		return false
	}
	p := &doc.Tokens[m.First-1]
	if isCap(p.Text) || !isNounTag(p.Tag) {
		return false
	}
	if firmHeads[p.Lower] || firmCompound(p.Lower) {
		return true
	}
	if p.Tag == "NNS" {
		// a plural before a list of names ("rival miners Rion Tallo
		// and Glencore", "banks Corwin Bassett and Pellam Strake")
		if w := c.lex.nounLemma(p.Lower); firmHeads[w] || firmCompound(w) || w == "bank" || w == "company" || w == "firm" {
			return true
		}
	}
	if m.Last < len(doc.Tokens) && doc.Tokens[m.Last].Sent == p.Sent && (doc.Tokens[m.Last].Tag == "VBD" || doc.Tokens[m.Last].Tag == "VBZ" || doc.Tokens[m.Last].Tag == "VBP") {
		return false // "the alliance Ghosn built": the name opens a relative clause
	}
	return descHeads[p.Lower] == schema.Organization && p.Lower != "government" && p.Lower != "side" || c.lex.orgWords[p.Lower]
}

// firmAppositionBefore reports whether name mention m is set off by
// commas after a noun phrase naming a kind of company ("bought a
// struggling shipbuilder, Kure Marine, last year", "Volta's parent,
// Kessin Holt, said"): the name is the company's. The name must close the
// apposition, so a fronted phrase does not count ("For the bank, Tom Rusk
// said ...").
func (c *CorefStage) firmAppositionBefore(doc *Document, m *Mention) bool {
	f := m.First
	if m.Kind != NameMention || m.Gender != 0 || m.Role != "" || f < 3 || doc.Tokens[f-1].Lower != "," {
		return false
	}
	si := doc.Tokens[f].Sent
	if doc.Tokens[f-3].Sent != si {
		return false
	}
	if m.Last < len(doc.Tokens) && doc.Tokens[m.Last].Sent == si {
		if n := doc.Tokens[m.Last].Lower; n != "," && n != "." {
			return false
		}
	}
	h := &doc.Tokens[f-2]
	if isCap(h.Text) || !isNounTag(h.Tag) {
		return false
	}
	firm := firmHeads[h.Lower] || firmCompound(h.Lower) || c.lex.orgWords[h.Lower] && !nonFirmNames[h.Lower] ||
		descHeads[h.Lower] == schema.Organization && h.Lower != "side" && h.Lower != "government" && h.Lower != "party"
	// ("Volta's parent": the parent of a company, or of a one-word name
	// not yet typed, is a company; a person has parents)
	if h.Lower == "parent" && f >= 4 && isPossessive(doc, f-3) {
		if k := doc.TokMention[f-4]; k >= 0 && doc.Mentions[k].Kind == NameMention && (doc.Mentions[k].Type == schema.Organization || doc.Mentions[k].Type == "") {
			return true
		}
	}
	if !firm {
		return false
	}
	// back over modifiers to the article or possessive that opens the
	// phrase ("a Pelonian cement maker", "the state-owned miner"), which
	// no preposition may govern: "the head of the miner, Tom Rusk," is
	// the head's name
	for t := f - 3; t >= doc.Sentences[si].First && t > f-8; t-- {
		tk := &doc.Tokens[t]
		switch {
		case tk.Lower == "a" || tk.Lower == "an" || tk.Lower == "the" || tk.Lower == "another" || tk.Tag == "PRP$":
			return t == doc.Sentences[si].First || doc.Tokens[t-1].Tag != "IN"
		case isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "JJR" || tk.Tag == "VBN" || tk.Tag == "VBG" || tk.Tag == "HYPH" || tk.Tag == "CD" || isPossessive(doc, t):
		default:
			return false
		}
	}
	return false
}

// workplace reports whether name mention m is where analysts, bankers or
// lawyers work ("analysts at Brell Dunmore", "an economist at Cobb
// Fenner") or where a named person comes from ("Tom Rusk of Marrin
// Dale"): a firm, not a person.
func (c *CorefStage) workplace(doc *Document, m *Mention) bool {
	f := m.First
	if m.Kind != NameMention || m.Gender != 0 || m.Role != "" || f < 2 || doc.Tokens[f-2].Sent != doc.Tokens[f].Sent {
		return false
	}
	switch doc.Tokens[f-1].Lower {
	case "at":
		w := doc.Tokens[f-2].Lower
		return sourceNouns[w] || sourceNouns[w+"s"]
	case "of":
		k := doc.TokMention[f-2]
		return k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Type == schema.Person && doc.Mentions[k].Last-doc.Mentions[k].First >= 2
	}
	return false
}

// kindAfter reports whether a lower-case noun naming a kind of body
// follows name mention m ("the Popular Renewal party", "the IG Werk
// union"), or a plural of its members ("Civic Alternative lawmakers"): the
// name is the body's.
func (c *CorefStage) kindAfter(doc *Document, m *Mention) bool {
	if m.Kind != NameMention || m.Last >= len(doc.Tokens) || m.Last-m.First < 2 || m.Gender != 0 || m.Role != "" {
		return false // (not "the Blair government": a leader's name)
	}
	n := &doc.Tokens[m.Last]
	if acronymAfter(doc, m) && m.Last+3 < len(doc.Tokens) {
		n = &doc.Tokens[m.Last+3] // "the Pakistan Tehreek-e-Insaf (PTI) party"
	}
	switch n.Lower {
	case "government", "administration", "cabinet", "office":
		return false
	}
	return !isCap(n.Text) && isNounTag(n.Tag) && (c.lex.orgWords[n.Lower] || memberPlurals[n.Lower]) && n.Sent == doc.Tokens[m.First].Sent
}

// memberPlurals name the members a party or an assembly sends: a name
// before them is the party's ("the remaining Civic Alternative
// lawmakers").
var memberPlurals = map[string]bool{"lawmakers": true, "legislators": true, "mps": true, "senators": true, "deputies": true, "councillors": true, "councilors": true}

// acronymAfter reports whether name mention m, of two words or more, is
// followed by an acronym in brackets that begins with the name's first
// letter or holds all its initials ("the Pakistan Tehreek-e-Insaf (PTI)",
// "the Christian Democratic Appeal (CDA)"): a body's name, which the acronym stands for from then
// on.
func acronymAfter(doc *Document, m *Mention) bool {
	t := m.Last
	if m.Kind != NameMention || m.Last-m.First < 2 || t+2 >= len(doc.Tokens) || doc.Tokens[t].Text != "(" || doc.Tokens[t+2].Text != ")" {
		return false
	}
	a := doc.Tokens[t+1].Text
	if len(a) < 2 || len(a) > 8 || strings.ToUpper(a) != a || a[0] < 'A' || a[0] > 'Z' {
		return false
	}
	for _, r := range a {
		if (r < 'A' || r > 'Z') && r != '-' {
			return false
		}
	}
	if a[0] == doc.Tokens[m.First].Text[0] {
		return true
	}
	// "the Central American Integration System (SICA)": an acronym of
	// the name in another language holds its initials in another order
	n := 0
	for k := m.First; k < m.Last; k++ {
		if w := doc.Tokens[k].Text; isCap(w) {
			if !strings.ContainsRune(a, rune(w[0])) {
				return false
			}
			n++
		}
	}
	return n >= 3 && n == len(a)
}

// dealObject reports whether name mention m is what a bid, an offer or a
// stake is for: "a bid for Brayton Dairies", "the takeover of X", "a 9%
// stake in X", which only a company is.
func dealObject(doc *Document, m *Mention) bool {
	if m.Kind != NameMention || m.Gender != 0 || m.First < 2 {
		return false
	}
	p, n := doc.Tokens[m.First-1].Lower, doc.Tokens[m.First-2].Lower
	switch p {
	case "for":
		return n == "bid" || n == "offer" || n == "proposal" || n == "approach"
	case "of":
		return n == "takeover" || n == "acquisition" || n == "purchase" || n == "shareholders"
	case "in":
		return n == "stake" || n == "shares"
	}
	return false
}

// firmTitleAfter reports whether name mention m is followed by a
// capitalised company title and a person's name: "Serra Azul Chief
// Executive Marcelo Teixeira", "Vantera Chairman Jan Holm".
func firmTitleAfter(doc *Document, m *Mention) bool {
	t := m.Last
	if m.Kind != NameMention || m.Gender != 0 || t+1 >= len(doc.Tokens) || !isCap(doc.Tokens[t].Text) {
		return false
	}
	switch doc.Tokens[t].Lower {
	case "chief":
		switch doc.Tokens[t+1].Lower {
		case "executive", "financial", "operating":
		default:
			return false
		}
		t += 2
		if t < len(doc.Tokens) && doc.Tokens[t].Lower == "officer" {
			t++
		}
	case "chairman", "chairwoman", "ceo", "cfo":
		t++
	default:
		return false
	}
	if t >= len(doc.Tokens) {
		return false
	}
	k := doc.TokMention[t]
	return k >= 0 && doc.Mentions[k].First == t && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Type == schema.Person
}

// basedIn reports whether an apposition starting at token i says where a
// company is based ("X, based in Arkansas,", "X, headquartered in Lyon,").
func basedIn(doc *Document, i int) bool {
	if i+1 >= len(doc.Tokens) {
		return false
	}
	w := doc.Tokens[i].Lower
	return (w == "based" || w == "headquartered") && doc.Tokens[i+1].Lower == "in"
}

// saysIt reports whether name mention m is the subject of a reporting verb
// whose clause opens with "it" or "its" ("Heartland said on Monday that it
// would not raise its offer"): a company, not a person.
func (c *CorefStage) saysIt(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	t := m.Last
	if t >= s.Last || !c.lex.reportVerb[doc.Tokens[t].Lower] {
		return false
	}
	for t++; t < s.Last && t < m.Last+6; t++ {
		switch tk := &doc.Tokens[t]; {
		case tk.Lower == "it" || tk.Lower == "its":
			return !tk.Quote
		case tk.Lower == "that" || tk.Lower == "on" || tk.Tag == "NNP" && calendarWords[tk.Lower]:
		default:
			return false
		}
	}
	return false
}

// firmCompound reports whether w is a compound naming a kind of firm by
// what it makes or does ("shipbuilder", "steelmaker", "drugmaker").
func firmCompound(w string) bool {
	for _, suf := range []string{"maker", "builder", "producer", "manufacturer", "operator", "retailer", "carrier"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// firmHeads are nouns that head a description of a company or another
// body and never of a person, besides the organisation words and
// descriptions.
var firmHeads = map[string]bool{"lender": true, "insurer": true, "operator": true, "maker": true, "producer": true, "miner": true, "smelter": true,
	"manufacturer": true, "supplier": true, "developer": true, "exporter": true, "importer": true, "chain": true, "startup": true,
	"utility": true, "automaker": true, "distributor": true, "subsidiary": true, "unit": true, "technology": true,
	"chipmaker": true, "shipper": true, "refiner": true, "brewer": true, "publisher": true, "builder": true, "lab": true,
	"processor": true, "retailer": true, "wholesaler": true, "carrier": true, "airline": true, "conglomerate": true, "broadcaster": true,
	// and bodies of states or members ("East African Trade Bloc")
	"bloc": true, "community": true, "secretariat": true, "confederation": true, "chamber": true}

// listAfterPlural reports whether mention m is a conjunct of "A and B" in
// apposition to a plural noun: ", A and B" after a word tagged NNS.
func listAfterPlural(doc *Document, m *Mention) bool {
	f := m.First
	if f >= 2 && doc.Tokens[f-1].Lower == "and" {
		if k := doc.TokMention[f-2]; k >= 0 {
			f = doc.Mentions[k].First
		}
	}
	return f >= 2 && doc.Tokens[f-1].Lower == "," && doc.Tokens[f-2].Tag == "NNS" && doc.Tokens[f-2].Sent == doc.Tokens[m.First].Sent
}

// firmName reports whether a name of two or more words read as a person
// ends in a noun that heads company names ("Calder Asset Management",
// "Ridgeback Mining Group").
func (c *CorefStage) firmName(doc *Document, m *Mention) bool {
	if m.Kind != NameMention || m.Last-m.First < 2 || m.Gender != 0 || m.Role != "" {
		return false
	}
	w := doc.Tokens[m.Last-1].Lower
	if doc.Tokens[m.Last-1].Tag == "NNPS" && (m.First > 0 && doc.Tokens[m.First-1].Lower == "the" || partyPlural(doc.Tokens[m.Last-1].Lower)) {
		return true // "the Liberal Democrats", "opposition Christian Democrats": a group
	}
	return firmHeads[w] || descHeads[w] == schema.Organization && w != "side" && w != "government" && w != "board"
}

// orgApposition reports whether an apposition starting at token i
// describes a company: an article, "another" or a possessive pronoun,
// lower-case modifiers and a head noun that names organisations
// ("another large asset manager" is no person; "the world's largest
// miner"; "Varnholm Research, his trading firm").
func (c *CorefStage) orgApposition(doc *Document, i int) bool {
	if i >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[i].Lower {
	case "the", "a", "an", "another", "his", "her", "its", "their":
	default:
		return false
	}
	s := doc.Sentences[doc.Tokens[i].Sent]
	for t := i + 1; t < s.Last && t <= i+5; t++ {
		tk := &doc.Tokens[t]
		if isPossessive(doc, t) {
			continue
		}
		// (a gerund modifies the head: "his trading firm")
		if !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "VBN" || tk.Tag == "CD" || tk.Tag == "HYPH" || tk.Tag == "VBG" && t+1 < s.Last && isNounTag(doc.Tokens[t+1].Tag)) {
			return false
		}
		if t+1 < s.Last && t+1 < len(doc.Tokens) && isPossessive(doc, t+1) {
			continue // "the bank's largest shareholder": not the head
		}
		if isCap(tk.Text) {
			// a place or nationality may modify the head ("a Tallinn
			// fund", "a Ruritanian builder"), but a capitalised word
			// heads a name, not a description ("the Bank of England
			// governor")
			continue
		}
		w := tk.Lower
		if firmHeads[w] || descHeads[w] == schema.Organization && w != "side" && w != "government" || c.lex.orgWords[w] {
			if t+1 >= s.Last {
				return true
			}
			if n := doc.Tokens[t+1].Lower; n == "," || n == "." || n == "with" || n == "that" || n == "which" || n == "based" || n == "of" || n == "in" || n == "at" {
				return true
			}
		}
	}
	return false
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func appendUniqueS(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func properCase(s string) string {
	if s == "" || isCap(s) {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// kinBefore reports whether name mention m follows a family tie ("his son
// Nick", "her daughter, Larissa,").
func kinBefore(doc *Document, m *Mention) bool {
	k := m.First - 1
	if k > 0 && doc.Tokens[k].Lower == "," {
		k--
	}
	return k >= 0 && kinNouns[doc.Tokens[k].Lower] && doc.Tokens[k].Sent == doc.Tokens[m.First].Sent
}

// sharedSurname reports whether the last word of person e's name is also
// the last word of another person's name in the document, as a family's
// is ("Michael Howard ... his son Nick Howard").
func sharedSurname(st *corefState, doc *Document, e int) bool {
	f := strings.Fields(toLower(doc.Entities[e].Name))
	if len(f) < 2 {
		return true
	}
	last := f[len(f)-1]
	for _, o := range st.byToken[last] {
		if of := strings.Fields(toLower(doc.Entities[o].Name)); o != e && doc.Entities[o].Type == schema.Person && of[len(of)-1] == last {
			return true
		}
	}
	return false
}

func (c *CorefStage) surface(doc *Document, m *Mention) string {
	return strings.Join(strings.Fields(doc.Text[m.Span.Start:m.Span.End]), " ")
}

// royalStyles are titles a royal bears before the first name alone.
var royalStyles = map[string]bool{"prince": true, "princess": true, "king": true, "queen": true, "emperor": true, "empress": true,
	"crown prince": true, "crown princess": true, "pope": true}

// styledBefore reports whether a name mention of entity e follows the
// style word ("Foreign Minister Prince Saud Al-Faisal").
func styledBefore(doc *Document, e int, style string) bool {
	for mi := range doc.Mentions {
		if m := &doc.Mentions[mi]; m.Entity == e && m.Kind == NameMention && m.First > 0 && doc.Tokens[m.First-1].Lower == style {
			return true
		}
	}
	return false
}

func (c *CorefStage) resolveName(st *corefState, m *Mention) int {
	doc := st.doc
	if cn, ok := c.lex.countries[m.Key]; ok {
		return c.entity(st, cn, schema.Country)
	}
	if cn, ok := c.nations[m.Key]; ok && m.Type != schema.Person {
		return c.entity(st, cn, schema.Country)
	}
	if p, ok := c.lex.metonymy[m.Key]; ok && !(m.Type == schema.Location && c.lex.capitals[m.Key]) {
		if e := c.personWord(st, m); e >= 0 {
			return e // "Lima's agent" after "Caio Lima": not Peru's capital
		}
		return c.entity(st, p.canonical, schema.EntityType(p.typ))
	}
	if strings.HasPrefix(m.Key, "the ") {
		if p, ok := c.lex.metonymy[m.Key[4:]]; ok {
			return c.entity(st, p.canonical, schema.EntityType(p.typ))
		}
	}
	name := c.surface(doc, m)
	if e, ok := st.byName[toLower(name)]; ok {
		return e
	}
	if e := acronymOf(doc, m); e >= 0 {
		// "the Securities and Exchange Commission (SEC)": the acronym
		// names the same body from here on
		st.byName[toLower(name)] = e
		return e
	}
	if e := initialsOf(doc, name); e >= 0 {
		// "the NUF" after "the National Union of Farmers": an acronym of
		// the one organisation named in full before
		st.byName[toLower(name)] = e
		return e
	}
	if m.Type == schema.Organization || m.Type == "" {
		// "Greens", "Conservative", "Liberal Democrats" after "the Green
		// Party", "the Conservative Party", "the Liberal Democrat Party"
		k := toLower(name)
		for _, v := range []string{k, strings.TrimSuffix(k, "s")} {
			if e, ok := st.byName[v+" party"]; ok && doc.Entities[e].Type == schema.Organization {
				return e
			}
		}
	}
	if words := strings.Fields(m.Key); len(words) == 1 && documentHeads[words[0]] && (m.Type == "" || m.Type == schema.Document) {
		// "the Act" after "the Sarbanes-Oxley Act", "the Treaty" after
		// "the Treaty of Rome": the law or treaty of that kind named last
		best := -1
		for e := range doc.Entities {
			n := toLower(doc.Entities[e].Name)
			if doc.Entities[e].Type == schema.Document && (strings.HasSuffix(n, " "+words[0]) || strings.HasPrefix(n, words[0]+" ")) &&
				st.lastSeen[e] >= 0 && (best < 0 || st.lastSeen[e] > st.lastSeen[best]) {
				best = e
			}
		}
		if best >= 0 {
			return best
		}
	}
	if m.Type == schema.Person || m.Type == "" {
		// a surname or first name of a person named in full
		words := strings.Fields(m.Key)
		if len(words) == 1 {
			w := strings.TrimSuffix(words[0], ".")
			best := -1
			for _, e := range st.byToken[w] {
				if best < 0 || st.lastSeen[e] > st.lastSeen[best] {
					best = e
				}
			}
			if e, ok := st.shortName[w]; ok && e != best && (m.Gender == 0 || doc.Entities[e].Gender == 0 || doc.Entities[e].Gender == m.Gender) {
				// "Mr Bhandari said ... Mr Bhandari's brother, Rohan
				// Bhandari, ... Mr Bhandari called": the surname alone
				// still stands for the one it stood for before, not for
				// the relative named in full since
				best = e
			}
			if best >= 0 && royalStyles[m.Role] && !doc.Entities[best].Roles[m.Role] && !styledBefore(doc, best, m.Role) {
				// "Prince Charles" is no "Charles Kennedy": a royal known by
				// a first name is a person named in full with that style
				// ("Prince Alwaleed" after "Prince Alwaleed bin Talal")
				best = -1
			}
			if best >= 0 && kinBefore(doc, m) && !sharedSurname(st, doc, best) {
				// "his son Nick" after "Nick Vaughan": a relative named by
				// a first name, not a man of another family who shares it
				best = -1
			}
			if best >= 0 {
				if st.shortName == nil {
					st.shortName = map[string]int{}
				}
				st.shortName[w] = best
				return best
			}
		}
	}
	if m.Type == schema.Organization || m.Type == "" {
		// "Fenwick" after "Fenwick Rovers": the first word of an
		// organisation named in full before
		if words := strings.Fields(m.Key); len(words) == 1 {
			w := words[0]
			if e, ok := st.orgFirst[w]; ok && e >= 0 && (shortNames[w] || !st.common(w)) {
				// a common word the document also writes in lower case
				// ("Tourism is ..." after "the Tourism Authority") is no
				// short name
				return e
			}
		}
	}
	if m.Type == schema.Organization || m.Type == "" {
		// "the Commission" after "the European Commission", "the Court"
		// after "the Supreme Court": a body's kind alone names the one
		// body of that kind named in full before
		if e := c.kindOnly(st, m); e >= 0 {
			return e
		}
	}
	if m.Type == schema.Organization || m.Type == "" {
		// "Prairie Gold" after "Prairie Gold Foods": an organisation named
		// in full before without its last, generic word
		if e := c.fullOrg(st, toLower(name), m.First); e >= 0 {
			return e
		}
		// "Prairie Gold Foods" after a headline's "Prairie Gold": the
		// short name's entity, now named in full
		ws := strings.Fields(name)
		for k := len(ws) - 1; k >= 1; k-- {
			if k < len(ws)-1 && !c.lex.legalForms[ws[len(ws)-1]] || k == len(ws)-1 && !c.lex.orgWords[toLower(ws[k])] && !firmTails[toLower(ws[k])] && !c.lex.legalForms[ws[k]] && m.Type != schema.Organization {
				// (a registered name may drop its trade as well as its
				// legal form: "Highland Bean Coffee JSC" after a
				// headline's "Highland Bean"; a name known to be an
				// organisation its last word: "Nordhavn Marine")
				continue
			}
			short := toLower(strings.Join(ws[:k], " "))
			if e, ok := st.byName[short]; ok && toLower(doc.Entities[e].Name) == short && (doc.Entities[e].Type == schema.Organization || doc.Entities[e].Type == "") &&
				(st.lastSeen[e] < 0 || doc.Tokens[st.lastSeen[e]].Sent == 0) {
				// (only once: "Reliance Industries" after "Reliance Group"
				// named the headline's "Reliance" is another company; and
				// only while the headline alone has named it: "Orbit News"
				// after "Calder won control of Orbit" is Orbit's channel)
				doc.Entities[e].Name = name
				doc.Entities[e].Type = schema.Organization
				st.byName[toLower(name)] = e
				return e
			}
		}
	}
	typ := m.Type
	if typ == "" {
		typ = schema.Organization
		if c.personApposition(doc, m) || st.personal[m.Key] {
			typ = schema.Person
		} else if st.places[m.Key] {
			typ = schema.Location // "dockworkers in Sopot", "the Port of Sopot"
		}
	}
	return c.entity(st, name, typ)
}

// sitePreps are prepositions before a name that make it a place ("a
// plant outside Durban", "based in Bedford"); not "at", which also puts
// workers at a firm.
var sitePreps = map[string]bool{"in": true, "near": true, "outside": true, "inside": true, "around": true, "throughout": true, "across": true}

// siteHolders before "in" hold a firm, not a place ("$5 million in Acme",
// "a position in Acme", "trading in Acme").
var siteHolders = map[string]bool{"million": true, "billion": true, "trillion": true, "position": true, "positions": true,
	"investor": true, "investors": true, "shareholder": true, "shareholders": true, "trading": true, "confidence": true,
	"purchases": true, "round": true, "director": true, "directors": true, "interested": true, "involved": true}

// siteNouns, in lower case right after a name, make it a region's or a
// town's ("Balochistan province", "the Gazipur district").
var siteNouns = map[string]bool{"province": true, "region": true, "district": true, "county": true, "prefecture": true,
	"governorate": true, "municipality": true, "township": true, "village": true}

// armedNouns after a name make it an armed group's ("Shabaab militants",
// "Houthi rebels").
var armedNouns = map[string]bool{"militants": true, "rebels": true, "fighters": true, "insurgents": true, "militia": true,
	"militiamen": true, "guerrillas": true, "separatists": true, "jihadists": true, "gunmen": true}

// armedNames returns the lower-cased names the text writes as an armed
// group's: before one of its members' nouns ("al Shabaab militants") or
// beside an armed group's description ("Jaish al-Adl, a Sunni militant
// group,").
func armedNames(doc *Document) map[string]bool {
	var out map[string]bool
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != NameMention || m.Type == schema.Person || m.Last >= len(doc.Tokens) {
			continue
		}
		sent := doc.Tokens[m.First].Sent
		armed := armedNouns[doc.Tokens[m.Last].Lower]
		k := overAcronym(doc, doc.Sentences[sent], m.Last) // "the Union for Change (UCJ), a rebel movement"
		if !armed && k+1 < len(doc.Tokens) && doc.Tokens[k].Lower == "," && (doc.Tokens[k+1].Lower == "a" || doc.Tokens[k+1].Lower == "an" || doc.Tokens[k+1].Lower == "the") {
			for t := k + 2; t < len(doc.Tokens) && t < k+7 && doc.Tokens[t].Sent == sent && doc.Tokens[t].Lower != ","; t++ {
				if w := doc.Tokens[t].Lower; w == "militant" || w == "armed" || w == "rebel" || w == "separatist" || w == "insurgent" || w == "jihadist" || w == "paramilitary" {
					armed = true
					break
				}
			}
		}
		if armed {
			if out == nil {
				out = map[string]bool{}
			}
			out[key(doc, m.First, m.Last)] = true
		}
	}
	return out
}

// siteNames returns the lower-cased names the text writes at least once
// as a place: after a locative preposition and not as a possessor or a
// modifier ("in Durban", not "in Acme's plant", "in Acme shares" or "a
// stake in Acme"), or as a dateline opening a line ("BEDFORD, Mass.").
func siteNames(doc *Document) map[string]bool {
	var out map[string]bool
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != NameMention || m.Type == schema.Person {
			continue
		}
		place := false
		if p := m.First - 1; p >= 0 && doc.Tokens[p].Sent == doc.Tokens[m.First].Sent && sitePreps[doc.Tokens[p].Lower] {
			place = !(p > 0 && (holdingNouns[doc.Tokens[p-1].Lower] || siteHolders[doc.Tokens[p-1].Lower])) && !(p > 1 && holdingNouns[doc.Tokens[p-2].Lower])
			if n := m.Last; place && n < len(doc.Tokens) && doc.Tokens[n].Sent == doc.Tokens[m.First].Sent &&
				(isPossessive(doc, n) || !isCap(doc.Tokens[n].Text) && isNounTag(doc.Tokens[n].Tag)) {
				place = false
			}
		} else if n := m.Last; n < len(doc.Tokens) && doc.Tokens[n].Sent == doc.Tokens[m.First].Sent && siteNouns[doc.Tokens[n].Lower] && !isCap(doc.Tokens[n].Text) {
			place = true // "Balochistan province", "the Gazipur district court"
		} else if s := m.Span.Start; m.Last-m.First == 1 && (s == 0 || doc.Text[s-1] == '\n') && m.Last < len(doc.Tokens) &&
			(doc.Tokens[m.Last].Lower == "," || doc.Tokens[m.Last].Lower == "(") && len(doc.Tokens[m.First].Text) > 3 && strings.ToUpper(doc.Tokens[m.First].Text) == doc.Tokens[m.First].Text {
			place = true // a dateline
		}
		if place {
			if out == nil {
				out = map[string]bool{}
			}
			out[key(doc, m.First, m.Last)] = true
		}
	}
	return out
}

// placeWordsOf are nouns of places whose "of" names one ("the Port of
// Sopot", "the city of Sopot").
var placeWordsOf = map[string]bool{"port": true, "city": true, "town": true, "province": true, "region": true, "district": true, "village": true, "capital": true, "state": true}

// holdingNouns hold an organisation after "in" ("a stake in Acme").
var holdingNouns = map[string]bool{"stake": true, "stakes": true, "shares": true, "share": true, "interest": true, "holding": true,
	"holdings": true, "invest": true, "invested": true, "investing": true, "investment": true, "investments": true, "role": true, "job": true, "jobs": true}

// placeKeys returns the one-word names of no known type that every
// mention puts as a place: after "in", "at" or "near" (not "a stake in"),
// or after "the Port of"; and those any mention names a port, an airport
// or a stock market by ("dockworkers at Sopot port", "the Sopot stock
// exchange": the name of a town, whatever else it does in the story).
func placeKeys(doc *Document) map[string]bool {
	out := map[string]bool{} // false once a mention is not a place
	named := map[string]bool{}
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Kind != NameMention || m.Type != "" || m.Last-m.First != 1 {
			continue
		}
		if placeOf(doc, m.Last) {
			named[m.Key] = true
		}
		place := false
		if p := m.First - 1; p >= 0 && doc.Tokens[p].Sent == doc.Tokens[m.First].Sent {
			w := doc.Tokens[p].Lower
			switch {
			case locativePreps[w]:
				place = !(p > 0 && holdingNouns[doc.Tokens[p-1].Lower]) && !(p > 1 && holdingNouns[doc.Tokens[p-2].Lower])
			case w == "of" && p > 0 && placeWordsOf[doc.Tokens[p-1].Lower]:
				place = true
			}
		}
		if was, ok := out[m.Key]; !ok || was {
			out[m.Key] = place
		}
	}
	for k, v := range out {
		if named[k] {
			out[k] = true
		} else if !v {
			delete(out, k)
		}
	}
	return out
}

// placeNouns, in lower case right after a name, make it the name of the
// town they are in ("Sopot port", "the Sopot bourse").
var placeNouns = map[string]bool{"port": true, "harbour": true, "harbor": true, "seaport": true, "airport": true,
	"bourse": true}

// placeOf reports whether the words from token t name a place a name
// before them is the town of: a place noun or a stock market ("the
// Sopot stock exchange", "the Sopot stock market").
func placeOf(doc *Document, t int) bool {
	if t >= len(doc.Tokens) || doc.Tokens[t].Sent != doc.Tokens[t-1].Sent || isCap(doc.Tokens[t].Text) {
		return false
	}
	if placeNouns[doc.Tokens[t].Lower] {
		return true
	}
	return doc.Tokens[t].Lower == "stock" && t+1 < len(doc.Tokens) && (doc.Tokens[t+1].Lower == "exchange" || doc.Tokens[t+1].Lower == "market") && !isCap(doc.Tokens[t+1].Text)
}

// fullOrg returns the one organisation named before whose name is k and
// one more word that names kinds of organisations ("Prairie Gold Foods",
// "Harlow Group", "Volta Holdings") or more words ending in a legal form
// ("Highland Bean Coffee JSC"), or -1.
func (c *CorefStage) fullOrg(st *corefState, k string, at int) int {
	if !strings.Contains(k, " ") {
		return -1 // one word: orgFirst's business
	}
	found, two := -1, false
	st.before(at, func(e int) bool {
		en := &st.doc.Entities[e]
		if en.Type != schema.Organization {
			return true
		}
		rest, ok := strings.CutPrefix(toLower(en.Name), k+" ")
		if !ok {
			return true
		}
		if _, country := c.lex.countries[rest]; country && !strings.Contains(rest, " ") {
			// "Gateway Terminals" after "Gateway Terminals Ghana": a
			// group's unit named for its country
		} else if ws := strings.Fields(en.Name); strings.Contains(rest, " ") && !c.lex.legalForms[ws[len(ws)-1]] || !strings.Contains(rest, " ") && !c.lex.orgWords[rest] && !firmTails[rest] {
			// (a registered name may drop its trade as well as its
			// legal form: "Highland Bean" after "Highland Bean Coffee
			// JSC")
			return true
		}
		if found >= 0 {
			two = true // two such organisations
			return false
		}
		found = e
		return true
	})
	if two {
		return -1
	}
	return found
}

// before calls fn for each entity mentioned before token at, the latest
// mentioned first, back to maxLookback tokens, until fn returns false.
func (st *corefState) before(at int, fn func(e int) bool) {
	for e := st.head; e >= 0; e = st.next[e] {
		seen := st.lastSeen[e]
		if seen >= at {
			continue
		}
		if seen < at-maxLookback || !fn(e) {
			return
		}
	}
}

// common reports whether the document writes w in lower case somewhere.
func (st *corefState) common(w string) bool {
	if st.lower == nil {
		st.lower = map[string]bool{}
		for i := range st.doc.Tokens {
			if tk := &st.doc.Tokens[i]; tk.Text == tk.Lower {
				st.lower[tk.Lower] = true
			}
		}
	}
	return st.lower[w]
}

// personWord returns the person named in full before whose name has the
// single word of mention m, the one seen last; -1 if none.
func (c *CorefStage) personWord(st *corefState, m *Mention) int {
	words := strings.Fields(m.Key)
	if len(words) != 1 {
		return -1
	}
	best := -1
	for _, e := range st.byToken[strings.TrimSuffix(words[0], ".")] {
		if st.lastSeen[e] >= 0 && st.lastSeen[e] < m.First && (best < 0 || st.lastSeen[e] > st.lastSeen[best]) {
			best = e
		}
	}
	return best
}

// personApposition reports whether an untyped name stands in apposition
// with a role a person holds: "Ann Moss, the company's lawyer," or "the
// company's lawyer, Ann Moss," (an age, "Ann Moss, 54,", counts too).
func (c *CorefStage) personApposition(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	role := func(t int) bool {
		tk := &doc.Tokens[t]
		// "Halden, the country's largest lender,": a role a company
		// holds is no sign of a person
		// ("Korvane, a Zeta customer,": a role whose plural names
		// companies as well)
		return isNounTag(tk.Tag) && !isCap(tk.Text) && (c.lex.roles[tk.Lower] || c.personNoun(tk.Lower)) && !c.lex.orgWords[tk.Lower] &&
			!firmHeads[tk.Lower] && !rivalRoles[tk.Lower] && !orgPeople[tk.Lower+"s"]
	}
	if k := m.Last; k+1 < s.Last && doc.Tokens[k].Lower == "," && doc.Tokens[k+1].Lower == "itself" {
		return false // "Korvane, itself a Zeta customer,": a person is "himself" or "herself"
	}
	if k := m.Last; k+1 < s.Last && doc.Tokens[k].Lower == "," && doc.Tokens[k+1].Lower != "whose" {
		// (a "whose" clause is no apposition: in "Vox, whose support the
		// president courted," the role is another's)
		if doc.Tokens[k+1].Tag == "CD" && k+2 < s.Last && doc.Tokens[k+2].Lower == "," {
			return true
		}
		for t := k + 1; t < s.Last && t < k+8; t++ {
			tk := &doc.Tokens[t]
			if (tk.Tag == "VBN" || tk.Tag == "VBG") && (doc.Tokens[t-1].Tag == "DT" || doc.Tokens[t-1].Tag == "JJ" || doc.Tokens[t-1].Tag == "RB") {
				continue // "a retired teacher": a modifier
			}
			if tk.Lower == "," || tk.Tag == "." || isVerbTag(tk.Tag) || tk.Tag == "MD" || tk.Tag == "IN" {
				if t > k+1 && role(t-1) {
					return true
				}
				break
			}
		}
	}
	if k := m.First - 1; k-1 > s.First && doc.Tokens[k].Lower == "," && role(k-1) {
		return true
	}
	return false
}

// orgPeople are plural nouns of people that name companies or states as
// well ("investors", "customers", "members"): no sign of a person.
var orgPeople = map[string]bool{"investors": true, "shareholders": true, "creditors": true, "customers": true, "users": true,
	"members": true, "leaders": true, "players": true, "staff": true, "crew": true, "nationals": true, "viewers": true,
	"readers": true, "fans": true, "managers": true, "executives": true, "directors": true, "employees": true}

// personNoun reports whether w names a person and never a body: the
// singular of a plural of people ("teacher", "farmer"), or a compound
// ending in one ("schoolteacher").
func (c *CorefStage) personNoun(w string) bool {
	if strings.HasSuffix(w, "s") || len(w) < 4 {
		return false
	}
	for _, pl := range []string{w + "s", w + "es", strings.TrimSuffix(w, "man") + "men"} {
		if c.lex.peopleNouns[pl] && !orgPeople[pl] {
			return true
		}
	}
	for pl := range c.lex.peopleNouns {
		if sg := strings.TrimSuffix(pl, "s"); len(sg) >= 5 && !orgPeople[pl] && strings.HasSuffix(w, sg) {
			return true
		}
	}
	return false
}

// personActs are forms of verbs whose subject is a person, never a body
// ("X was arrested", "X resigned", "X was sworn in").
var personActs = map[string]bool{"arrested": true, "detained": true, "jailed": true, "imprisoned": true, "born": true,
	"sworn": true, "kidnapped": true, "abducted": true, "assassinated": true, "murdered": true, "hospitalised": true,
	"hospitalized": true, "extradited": true, "deported": true, "resigned": true, "died": true, "married": true,
	"wounded": true, "injured": true, "buried": true, "testified": true}

// personAux are the auxiliaries before a passive person act ("was
// arrested", "has been detained").
var personAux = map[string]bool{"was": true, "were": true, "is": true, "has": true, "had": true, "been": true, "be": true, "being": true}

// personalName reports whether the text around name mention m treats it
// as a person's: a person act follows it ("Castillo was arrested",
// "Castillo resigned"), a report of it takes "he" or "she" ("Castillo said
// he would appeal"), or ", who" follows it.
func (c *CorefStage) personalName(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	t := m.Last
	if t >= s.Last {
		return false
	}
	if doc.Tokens[t].Lower == "," && t+1 < s.Last && doc.Tokens[t+1].Lower == "who" {
		return true
	}
	for t < s.Last && t < m.Last+3 && (personAux[doc.Tokens[t].Lower] || doc.Tokens[t].Tag == "RB") {
		t++
	}
	if t >= s.Last {
		return false
	}
	if tk := &doc.Tokens[t]; personActs[tk.Lower] && isVerbTag(tk.Tag) {
		return true
	}
	if t == m.Last && c.lex.reportVerb[doc.Tokens[t].Lower] {
		t++
		if t < s.Last && doc.Tokens[t].Lower == "that" {
			t++
		}
		if t < s.Last && (doc.Tokens[t].Lower == "he" || doc.Tokens[t].Lower == "she") {
			return true
		}
	}
	return false
}

// heNext reports whether name mention mi opens its sentence, no person is
// named in that sentence, and the next sentence opens with "He" or "She"
// ("Castillo won the vote. He thanked ..."): the pronoun's only antecedent.
func heNext(doc *Document, mi int) bool {
	m := &doc.Mentions[mi]
	si := doc.Tokens[m.First].Sent
	s := doc.Sentences[si]
	if m.First != s.First || si+1 >= len(doc.Sentences) {
		return false
	}
	if n := doc.Sentences[si+1]; n.First >= n.Last || doc.Tokens[n.First].Lower != "he" && doc.Tokens[n.First].Lower != "she" {
		return false // (an empty sentence names no one)
	}
	for k := mi + 1; k < len(doc.Mentions) && doc.Mentions[k].First < s.Last; k++ {
		if n := &doc.Mentions[k]; n.Type == schema.Person || n.Kind == NameMention && n.Type == "" {
			return false
		}
	}
	return true
}

// personalKeys returns the keys of the one-word names of no known type
// that the text treats as a person's at some mention (personalName, or an
// apposition of a person: "Castillo, a former teacher,").
func (c *CorefStage) personalKeys(doc *Document) map[string]bool {
	var keys map[string]bool
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Kind != NameMention || m.Type != "" || m.Last-m.First != 1 || keys[m.Key] {
			continue
		}
		if c.personalName(doc, m) || c.personApposition(doc, m) || heNext(doc, mi) {
			if keys == nil {
				keys = map[string]bool{}
			}
			keys[m.Key] = true
		}
	}
	return keys
}

// acronymOf returns the entity of the name a one-word name in parentheses
// right after it abbreviates ("the Food and Drug Administration (FDA)"),
// or -1.
func acronymOf(doc *Document, m *Mention) int {
	if m.Last-m.First != 1 || m.First < 2 || m.Last >= len(doc.Tokens) || doc.Tokens[m.First-1].Text != "(" || doc.Tokens[m.Last].Text != ")" {
		return -1
	}
	if w := doc.Tokens[m.First].Text; strings.ToUpper(w) != w {
		return -1
	}
	k := doc.TokMention[m.First-2]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last != m.First-1 {
		return -1
	}
	if e := doc.Mentions[k].Entity; e >= 0 && doc.Entities[e].Type != schema.Person {
		return e
	}
	return -1
}

// initialsOf returns the one organisation named so far whose capitalised
// words begin with the letters of acronym w ("NUF" for "the National Union
// of Farmers", "TUC" for "the Trades Union Congress"), or -1.
func initialsOf(doc *Document, w string) int {
	if len(w) < 2 || len(w) > 6 || strings.ToUpper(w) != w {
		return -1
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return -1
		}
	}
	found := -1
	for e := range doc.Entities {
		ent := &doc.Entities[e]
		if ent.Type != schema.Organization {
			continue
		}
		var b strings.Builder
		for _, f := range strings.Fields(ent.Name) {
			if isCap(f) && f != "The" {
				b.WriteByte(f[0])
			}
		}
		if b.Len() < 2 || b.String() != w || len(strings.Fields(ent.Name)) < 2 {
			continue
		}
		if found >= 0 && found != e {
			return -1 // two bodies with the same initials
		}
		found = e
	}
	return found
}

// recent returns the entity of the best antecedent mention before token at
// (sentence sent) accepted by ok. Subject-like preference: within the same
// sentence the nearest; else the first in the nearest earlier sentence.
func (c *CorefStage) recent(st *corefState, at, sent int, first bool, ok func(int, *Entity) bool) int {
	doc := st.doc
	best, bestTok := -1, -1
	st.before(at, func(e int) bool {
		seen := st.lastSeen[e]
		if doc.presplit && doc.Tokens[seen].Sent != doc.Tokens[at].Sent {
			return false // given sentences are independent
		}
		if ok(e, &doc.Entities[e]) {
			best, bestTok = e, seen
			return false
		}
		return true
	})
	if best < 0 {
		return -1
	}
	if !first {
		return best
	}
	// prefer the earliest compatible mention of the antecedent's sentence
	s := doc.Tokens[bestTok].Sent
	lo := max(doc.Sentences[s].First, bestTok-maxAntecedentWindow)
	if end := openingPhraseEnd(doc, s); end > lo && end <= bestTok {
		lo = end // "After talks with X, Y raised ...": Y is the subject
	}
	for _, mi := range doc.TokMention[lo:bestTok] {
		if mi < 0 {
			continue
		}
		m := &doc.Mentions[mi]
		if m.Entity >= 0 && m.Kind != DemonymMention && ok(m.Entity, &doc.Entities[m.Entity]) && (m.RoleOf < 0 || m.Kind == NameMention) && !possessesName(doc, m) &&
			(s != sent || !pronounPossessesName(doc, m)) {
			if n := laterConjunct(doc, m); n >= 0 && s != sent && ok(n, &doc.Entities[n]) {
				// "The case was brought by the Tarvell Bar Association
				// and the Kesmar Institute, a Merlow-based charity. Its
				// director said": of two bodies joined by "and" in an
				// earlier sentence, the later, not the first (but
				// "Latvia and Lithuania backed their neighbour" means
				// both)
				return n
			}
			return m.Entity
		}
	}
	if k := doc.TokMention[bestTok]; k >= 0 && doc.Mentions[k].Kind == DemonymMention && doc.Mentions[k].First == bestTok && !demonymBody(doc, &doc.Mentions[k]) {
		// "oil that goes through Chilean ports. It aims to ...": a
		// nationality adjective, the only trace of the country, is no
		// antecedent (but "The Chilean foreign ministry said it" is the
		// state's body)
		return -1
	}
	return best
}

// laterConjunct returns the organisation or state whose name is joined to
// mention m by "and" ("the Tarvell Bar Association and the Kesmar
// Institute"), -1 when there is none: the two share one place in the
// sentence, so no subject preference favours the first, and the later one
// is the nearer.
func laterConjunct(doc *Document, m *Mention) int {
	t := m.Last
	if t+2 >= len(doc.Tokens) || doc.Tokens[t].Lower != "and" || doc.Tokens[t].Sent != doc.Tokens[m.First].Sent {
		return -1
	}
	t++
	if doc.Tokens[t].Lower == "the" {
		t++
	}
	k := doc.TokMention[t]
	if k < 0 || doc.Mentions[k].First != t || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 || doc.Mentions[k].Entity == m.Entity {
		return -1
	}
	n := &doc.Mentions[k]
	if isPossessive(doc, n.Last) {
		return -1 // "the Takeover Panel and the UK's watchdog": the watchdog, no name
	}
	if ty := doc.Entities[n.Entity].Type; ty != schema.Organization && ty != schema.Country || m.Type == schema.Person {
		return -1 // ("Brian and Seamus ... He said": people, whom "he" may not mean)
	}
	return n.Entity
}

// reportVerbBefore returns the reporting verb whose clause the token at
// opens: right before it ("said it"), before "that" ("said that it") or
// before a short adjunct ("said on Tuesday it", "said in a statement
// that it"); -1 when there is none.
func reportVerbBefore(doc *Document, lex *lexicon, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	v := at - 1
	if v > s.First && doc.Tokens[v].Lower == "that" {
		v--
	}
	for k := v; k > s.First && k >= v-5; k-- {
		tk := &doc.Tokens[k]
		if lex.reportVerb[tk.Lower] && (k == v || isVerbTag(tk.Tag)) {
			if k < v && doc.Tokens[k+1].Tag != "IN" && !timeWords[doc.Tokens[k+1].Lower] {
				return -1 // "told Tarnland that it": the hearer, no adjunct
			}
			return k
		}
		if tk.Tag != "IN" && tk.Tag != "DT" && tk.Tag != "NN" && tk.Tag != "NNP" && tk.Tag != "JJ" && tk.Tag != "CD" && tk.Tag != "RB" {
			break
		}
	}
	return -1
}

// unnamedBodyBefore reports whether the reporting verb at token v follows
// a clause's subject that describes a body by a common noun and a phrase
// of "of" without naming it ("..., and the association of small lenders
// said"): the body, not an entity named before, is what an "it" after the
// verb stands for.
func unnamedBodyBefore(doc *Document, lex *lexicon, v int) bool {
	s := doc.Sentences[doc.Tokens[v].Sent]
	t := v - 1
	for t > s.First && v-t < 8 && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text) &&
		(isNounTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "CD" || doc.Tokens[t].Lower == "of") {
		t--
	}
	// t is the article; the body's noun follows it, and "of" the noun
	if doc.Tokens[t].Lower != "the" || t+3 >= v || !lex.orgWords[doc.Tokens[t+1].Lower] || doc.Tokens[t+2].Lower != "of" {
		return false
	}
	p := t - 1 // the clause opens the sentence or follows a conjunction
	return p < s.First || doc.Tokens[p].Lower == "and" || doc.Tokens[p].Lower == "but" || doc.Tokens[p].Lower == ","
}

// demonymBody reports whether demonym mention m modifies a noun phrase
// headed by a body that acts for its state ("the Chilean foreign
// ministry", "Peruvian troops").
func demonymBody(doc *Document, m *Mention) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	h := -1
	for j := m.Last; j < s.Last && j < m.Last+4 && (isNounTag(doc.Tokens[j].Tag) || doc.Tokens[j].Tag == "JJ"); j++ {
		h = j
	}
	return h >= 0 && (stateBodies[doc.Tokens[h].Lower] || bodyNouns[doc.Tokens[h].Lower])
}

// ownerRoles are roles an organisation holds as well as a person
// ("shareholder", "investor"), whose apposition may name either.
var ownerRoles = map[string]bool{"shareholder": true, "investor": true, "owner": true, "stakeholder": true, "creditor": true, "lender": true}

// possessesName reports whether mention m is the possessor of a name
// later in its noun phrase ("Finland's state investment company
// Solidium"), or of a description resolved to another entity ("the
// company's largest shareholder, the fund X"): the phrase is about that
// one, not m.
func possessesName(doc *Document, m *Mention) bool {
	t := m.Last
	if t >= len(doc.Tokens) || !isPossessive(doc, t) {
		return false
	}
	for j := t + 1; j < len(doc.Tokens) && j <= t+5 && doc.Tokens[j].Sent == doc.Tokens[t].Sent; j++ {
		if k := doc.TokMention[j]; k >= 0 && (doc.Mentions[k].Kind == NameMention || doc.Mentions[k].Kind == DescriptionMention) && doc.Mentions[k].Entity >= 0 && doc.Mentions[k].Entity != m.Entity {
			return true
		}
		if tk := &doc.Tokens[j]; isCap(tk.Text) || !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "HYPH" || tk.Tag == "CD") {
			return false
		}
	}
	return false
}

// pronounPossessesName reports whether "his" or "her" m opens a noun
// phrase that names another person, directly or in an apposition, by a
// noun of an office of their own ("His counterpart Ana Ruiz said he",
// "His Gavish counterpart, Trade Minister Ana Ruiz, said he"): a pronoun
// later in the sentence is that person, not the possessor (but "His
// lawyer, Ana Ruiz, said he would appeal" speaks for the possessor, and
// in the next sentence the possessor is meant as often).
func pronounPossessesName(doc *Document, m *Mention) bool {
	if m.Kind != PronounMention || m.Key != "his" && m.Key != "her" {
		return false
	}
	commas := 0
	for j := m.Last; j < len(doc.Tokens) && j <= m.Last+8 && doc.Tokens[j].Sent == doc.Tokens[m.First].Sent; j++ {
		if k := doc.TokMention[j]; k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Entity >= 0 && doc.Mentions[k].Entity != m.Entity &&
			doc.Mentions[k].Type == schema.Person {
			return true
		}
		tk := &doc.Tokens[j]
		if speakerNouns[tk.Lower] {
			return false
		}
		if tk.Lower == "," && j > m.Last && commas == 0 {
			commas++ // the apposition that names the one the phrase describes
			continue
		}
		if !(isCap(tk.Text) || isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "HYPH" || tk.Tag == "CD") {
			return false
		}
	}
	return false
}

// speakerNouns name people who speak for the one whose they are ("his
// lawyer", "her spokesman").
var speakerNouns = map[string]bool{"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "aide": true, "aides": true, "adviser": true, "advisor": true, "agent": true,
	"representative": true, "counsel": true, "office": true, "wife": true, "husband": true, "son": true, "daughter": true,
	"brother": true, "sister": true, "father": true, "mother": true, "family": true, "supporters": true, "allies": true}

// openingPhraseEnd returns the index of the token after the comma that
// closes a prepositional phrase opening sentence si ("After talks with X,
// ..."), or -1 when the sentence opens otherwise.
func openingPhraseEnd(doc *Document, si int) int {
	s := doc.Sentences[si]
	if s.Last-s.First < 3 || doc.Tokens[s.First].Tag != "IN" {
		return -1
	}
	for t := s.First + 1; t < s.Last && t < s.First+12; t++ {
		switch tk := &doc.Tokens[t]; {
		case tk.Lower == ",":
			return t + 1
		case isVerbTag(tk.Tag) && tk.Tag != "VBG" || tk.Tag == "MD":
			return -1
		}
	}
	return -1
}

// maxLookback bounds, in tokens, how far back a mention looks for what it
// refers to: further than any news article (the longest of 2,087 BBC
// stories has 4,432 words), so only a document of many stories run
// together is cut, and resolution stays linear in its length.
const maxLookback = 6000

// recency lists entities by their latest mention, newest first, as a
// linked list: a mention moves its entity to the front in O(1), and a
// search for the latest compatible antecedent reads only the entities
// mentioned since.
type recency struct {
	head       int
	next, prev []int // -1 ends; prev of an entity not in the list is -2
}

// add makes room for a new entity, not yet in the list.
func (r *recency) add() {
	r.next = append(r.next, -1)
	r.prev = append(r.prev, -2)
}

// touch moves entity e to the front.
func (r *recency) touch(e int) {
	if r.head == e {
		return
	}
	if p := r.prev[e]; p != -2 {
		if p >= 0 {
			r.next[p] = r.next[e]
		}
		if n := r.next[e]; n >= 0 {
			r.prev[n] = p
		}
	}
	r.prev[e], r.next[e] = -1, r.head
	if r.head >= 0 {
		r.prev[r.head] = e
	}
	r.head = e
}

// maxAntecedentWindow bounds how far back in a sentence the subject
// preference looks, keeping resolution linear in very long sentences.
const maxAntecedentWindow = 60

// genderedRoles are the roles that say a person's sex: kin ("his wife,
// Grace"), and the offices English writes in a woman's or a man's form.
var genderedRoles = map[string]byte{
	"wife": 'f', "widow": 'f', "mother": 'f', "daughter": 'f', "sister": 'f', "niece": 'f', "aunt": 'f', "granddaughter": 'f',
	"girlfriend": 'f', "fiancée": 'f', "grandmother": 'f', "stepmother": 'f', "stepdaughter": 'f',
	"boyfriend": 'm', "fiancé": 'm', "grandfather": 'm', "stepfather": 'm', "stepson": 'm',
	"spokeswoman": 'f', "chairwoman": 'f', "businesswoman": 'f', "congresswoman": 'f', "first lady": 'f',
	"husband": 'm', "widower": 'm', "father": 'm', "son": 'm', "brother": 'm', "nephew": 'm', "uncle": 'm', "grandson": 'm',
	"spokesman": 'm', "businessman": 'm', "congressman": 'm', "woman": 'f', "man": 'm',
}

// appositiveGender returns the sex a gendered noun in apposition gives the
// person named by m: "his wife, Grace," or "Tom Hale, the ministry's
// spokesman,"; 0 when there is none.
func appositiveGender(doc *Document, m *Mention) byte {
	f, l := m.First, m.Last
	if f >= 2 && doc.Tokens[f-1].Lower == "," && doc.Tokens[f-2].Sent == doc.Tokens[f].Sent {
		if g := genderedRoles[doc.Tokens[f-2].Lower]; g != 0 {
			return g
		}
	}
	if l+1 < len(doc.Tokens) && doc.Tokens[l].Lower == "," {
		for t := l + 1; t < len(doc.Tokens) && t <= l+4 && doc.Tokens[t].Sent == doc.Tokens[f].Sent; t++ {
			if g := genderedRoles[doc.Tokens[t].Lower]; g != 0 {
				if n := t + 1; n >= len(doc.Tokens) || doc.Tokens[n].Lower == "," || doc.Tokens[n].Tag == "." || doc.Tokens[n].Lower == "of" || doc.Tokens[n].Lower == "who" {
					// ("X, the Birmingham woman who harangued him,")
					return g
				}
				return 0
			}
			if isVerbTag(doc.Tokens[t].Tag) || doc.Tokens[t].Lower == "," {
				return 0
			}
		}
	}
	return 0
}

// reportPassives are the verbs whose passive after an expletive "it"
// reports what someone claims, thinks or decided ("It was claimed he had
// lied", "It is alleged that X bribed Y", "It was agreed the talks would
// resume").
var reportPassives = map[string]bool{"claimed": true, "alleged": true, "said": true, "reported": true, "understood": true,
	"believed": true, "thought": true, "expected": true, "feared": true, "known": true, "rumoured": true, "rumored": true,
	"suggested": true, "estimated": true, "felt": true, "hoped": true, "assumed": true, "argued": true, "agreed": true,
	"decided": true, "announced": true, "confirmed": true, "revealed": true, "acknowledged": true, "accepted": true}

// passiveReport reports whether the participle at token i is such a
// passive, followed by the clause it reports rather than by an agent or a
// place ("it was claimed by the firm", "it was reported to the police"
// keep their "it").
func passiveReport(doc *Document, i int) bool {
	if i+1 >= len(doc.Tokens) || !reportPassives[doc.Tokens[i].Lower] || doc.Tokens[i+1].Sent != doc.Tokens[i].Sent {
		return false
	}
	n := &doc.Tokens[i+1]
	return n.Lower == "that" || n.Tag == "PRP" || n.Tag == "DT" || n.Tag == "NNP" || n.Tag == "NNPS" || n.Tag == "NNS" || n.Tag == "NN" || n.Tag == "CD"
}

// genderOf returns a person's sex as the text gives it: by a title or
// honorific ("Mrs", "King"), or else by a gendered role ("his wife"); 0
// when neither says, or roles disagree.
func genderOf(e *Entity) byte {
	if e.Gender != 0 {
		return e.Gender
	}
	var g byte
	for r := range e.Roles {
		if x := genderedRoles[r]; x != 0 {
			if g != 0 && g != x {
				return 0
			}
			g = x
		}
	}
	return g
}

func (c *CorefStage) resolvePronoun(st *corefState, m *Mention) int {
	doc := st.doc
	tk := doc.Tokens[m.First]
	if e := conjunctOwner(doc, m); e >= 0 {
		return e
	}
	switch m.Key {
	case "he", "him", "his", "she", "her", "hers", "himself", "herself":
		subj := m.Key == "he" || m.Key == "she"
		if (m.Key == "his" || m.Key == "her") && m.First > 1 && c.lex.reportVerb[doc.Tokens[m.First-1].Lower] && isVerbTag(doc.Tokens[m.First-1].Tag) && doc.Tokens[m.First-2].Lower == "and" {
			// "X accused the president of graft and said his party
			// would sue": the speaker's, as a subject pronoun would be
			subj = true
		}
		if (m.Key == "his" || m.Key == "her") && adverbialSubjectPossessive(doc, m.First) {
			// "X met Y, a day after parties in his coalition refused to
			// back him": the subject of an adverbial clause speaks of the
			// main clause's subject, as a subject pronoun would
			subj = true
		}
		var g byte = 'm'
		if m.Key == "she" || m.Key == "her" || m.Key == "hers" || m.Key == "herself" {
			g = 'f'
		}
		object := m.Key == "him" || m.Key == "her" && m.First+1 < len(doc.Tokens) && !isNounTag(doc.Tokens[m.First+1].Tag) && doc.Tokens[m.First+1].Tag != "JJ"
		presser := -1
		if subj {
			presser = directedSubject(doc, c.lex, m.First)
		}
		adjunct := -1
		if object {
			adjunct = adjunctSubject(doc, m.First)
		}
		// "“The prime minister has lost ...,” he said": the speaker of a
		// quotation is none of the people it names (a pronoun inside it
		// may be the speaker's own "his")
		speaks := subj && quotedSpeaker(doc, c.lex, m.First)
		ok := func(i int, e *Entity) bool {
			if ge := genderOf(e); e.Type != schema.Person || ge != 0 && ge != g {
				return false
			}
			if at := st.lastSeen[i]; speaks && at >= 0 && doc.Tokens[at].Sent == tk.Sent && doc.Tokens[at].Quote && (quotedName(doc, i, m.First) || quotedThird(doc, i, m.First, g)) {
				return false
			}
			if pg := st.pronouns[i]; pg != 0 && pg != 'x' && pg != g {
				// "Tarja Sorel said she was innocent. Her coach, Oskel
				// Vantor, ... He said": one "she" stood for is no "he"
				return false
			}
			if i == presser {
				// "Ivo Marsh accused the president of lying and demanded
				// that he resign": the one pressed, not the one pressing
				return false
			}
			// "Trump appointed him": an object pronoun is not the subject
			// right before its verb
			if object && adjunct >= 0 {
				// "Ilves demanded that Soomaa resign, accusing her of ...":
				// the object of a participle after a comma is not the
				// subject of the clause it hangs from, the participle's
				// own, but may be a name just before the comma
				return i != adjunct
			}
			if object {
				if at := st.lastSeen[i]; at >= 0 && doc.Tokens[at].Sent == tk.Sent && relativeSubject(doc, at, m.First) {
					// "A and B, two of the directors who voted to remove
					// him": no one the relative pronoun stands for
					return false
				}
				if at := st.lastSeen[i]; at >= 0 && doc.Tokens[at].Sent == tk.Sent && (at >= m.First-4 || sameClause(doc, at, m.First)) {
					// (but "wrote to its chairman, X, asking him": a name
					// closing an apposition is no subject of the verb)
					if k := doc.TokMention[at]; k < 0 || doc.Mentions[k].Last >= len(doc.Tokens) || doc.Tokens[doc.Mentions[k].Last].Lower != "," || doc.Tokens[m.First-1].Tag != "VBG" {
						return false
					}
				}
			}
			return true
		}
		e := -1
		if subj && m.First >= 2 && timeClauses[doc.Tokens[m.First-1].Lower] && doc.Tokens[m.First-1].Sent == tk.Sent {
			// "Judge X said Tomas Orrin had broken the law when he
			// ignored ...": a subject opening a time clause inside a
			// reported clause is that clause's subject, as "it" is
			if r := reportedNamed(doc, m.First-1, 3); r >= 0 && ok(r, &doc.Entities[r]) {
				e = r
			}
		}
		if e < 0 {
			e = c.recent(st, m.First, tk.Sent, subj, ok)
		}
		if !subj && e >= 0 && doc.Tokens[st.lastSeen[e]].Sent != tk.Sent {
			// "Vick had sacked Lund. The opposition accused him of
			// ...": a person of an earlier sentence is most likely its
			// subject, even for an object pronoun
			e = c.recent(st, m.First, tk.Sent, true, ok)
		}
		if object && e >= 0 {
			if r := clausePossessive(doc, m.First, g); r >= 0 && r != e && genderOf(&doc.Entities[r]) != 'm'+'f'-g {
				// "a day after parties in his coalition refused to back
				// him": the person "his" stands for, not one named before
				e = r
			}
			if r := speakerClient(doc, st.lastSeen[e], m.First); r >= 0 && r != e && ok(r, &doc.Entities[r]) {
				// "His lawyer, X, said rivals wanted to unseat him": the
				// client the lawyer speaks for, not the lawyer
				e = r
			}
			if r := kinOwnerSubject(doc, st.lastSeen[e], m.First); r >= 0 && r != e && ok(r, &doc.Entities[r]) {
				// "A is married to B's sister, and rights groups urged
				// him": the sentence's subject, not the relative's
				// possessor
				e = r
			}
		}
		if e >= 0 && subj && tk.Quote && quoteSpeakerIs(doc, c.lex, m.First, e, g) {
			// "“Too often he has broken my trust,” the chancellor told
			// reporters": a third person inside a quotation is not
			// whoever speaks it, but the person before
			if r := c.recent(st, m.First, tk.Sent, subj, func(i int, x *Entity) bool { return i != e && !apposedTo(doc, st.lastSeen[i], e) && ok(i, x) }); r >= 0 {
				e = r
			}
		}
		if e >= 0 && genderOf(&doc.Entities[e]) == 0 {
			if st.pronouns == nil {
				st.pronouns = map[int]byte{}
			}
			if pg := st.pronouns[e]; pg == 0 {
				st.pronouns[e] = g
			} else if pg != g {
				st.pronouns[e] = 'x'
			}
		}
		return e
	case "it":
		// expletive "it": "it was clear", "it would be a good idea"
		if m.First+1 < len(doc.Tokens) && expletiveNext[doc.Tokens[m.First+1].Lower] {
			// but "it was founded by" and "it would cut jobs" refer
			// (and "it would not cut", "it will also appeal"), as does
			// "it was in talks with X", a party to the talks
			v := m.First + 2
			if doc.Tokens[m.First+1].Tag == "MD" {
				for v < len(doc.Tokens) && v < m.First+4 && doc.Tokens[v].Tag == "RB" {
					v++
				}
			}
			next := ""
			if v < len(doc.Tokens) {
				next = doc.Tokens[v].Lower
			}
			g := m.First + 2 // "it was working with X", "it is not suing": a progressive refers
			for g < len(doc.Tokens) && g < m.First+4 && doc.Tokens[g].Tag == "RB" {
				g++
			}
			referring := m.First+2 < len(doc.Tokens) && doc.Tokens[m.First+2].Tag == "VBN" ||
				doc.Tokens[m.First+1].Tag != "MD" && g < len(doc.Tokens) && doc.Tokens[g].Tag == "VBG" && doc.Tokens[g].Lower != "becoming" ||
				doc.Tokens[m.First+1].Tag == "MD" && v < len(doc.Tokens) && doc.Tokens[v].Tag == "VB" && (!expletiveAfterModal[next] || c.actAfterModal(doc, v)) ||
				next == "in" && v+2 < len(doc.Tokens) && doc.Tokens[v+2].Lower == "with" && c.lex.events[doc.Tokens[v+1].Lower].lemma != ""
			if !referring || passiveReport(doc, m.First+2) {
				return -1
			}
		}
		if v := reportVerbBefore(doc, c.lex, m.First); v > 0 && doc.Tokens[v].Sent == tk.Sent {
			if sp, ok := unnamedSubject(doc, c.lex, tk.Sent); ok && len(strings.Fields(strings.TrimPrefix(strings.ToLower(doc.Text[sp.Start:sp.End]), "the "))) > 1 &&
				!namedBetween(doc, doc.Sentences[tk.Sent].First, v) {
				// "The bankers' union said it would sue": the body the
				// words describe, not an entity named before (but a bare
				// "The union said it" may be a union named before, and
				// "Manufacturers' organisation, the EEF, said it" is the
				// name)
				return -1
			}
			if unnamedBodyBefore(doc, c.lex, v) {
				// "Investors welcomed the deal, and the association of
				// small lenders said it had warned the regulator"
				return -1
			}
		}
		if e := c.reporterIt(st, m); e >= 0 {
			return e
		}
		if e := clauseSubjectIt(doc, m.First); e >= 0 {
			return e
		}
		if m.First >= 2 && timeClauses[doc.Tokens[m.First-1].Lower] && reportedBody(doc, c.lex, m.First-1) {
			// "said his ministry had broken the rules when it awarded
			// the contract": the ministry, which no name gives
			return -1
		}
		if e := c.objectIt(st, m); e >= 0 {
			if c.thingObject(st, e, m.First) && !chargedObject(doc, m.First) {
				return -1 // "X cancelled the contract and said Y had breached it"
			}
			return e
		} else if e == coordinatedIt {
			return -1 // "Bahrain and Oman praised it": a thing, no actor the sentence names
		}
		// an object "it" is never the subject acting on it ("Ethiopia has
		// not accepted the draft, the official said, but did not reject
		// it"), nor the country in its title ("Norwegian Foreign Minister
		// X called it fragile")
		subj := -1
		object := false
		v := m.First - 1
		if v > 0 && votePreps[doc.Tokens[v].Lower] && doc.Tokens[v-1].Lemma == "vote" {
			// "Members of the Unity Front voted against it": the object
			// of the vote's preposition, as of a verb
			v--
		}
		if v >= 0 && isVerbTag(doc.Tokens[v].Tag) && doc.Tokens[v].Sent == tk.Sent && !c.lex.reportVerb[doc.Tokens[v].Lower] {
			object = true
			subj = c.sentenceSubject(st, m)
		}
		// "it" often stands for a thing ("the deal"); only a subject of this
		// or the previous sentence is taken
		e := c.recent(st, m.First, tk.Sent, true, func(_ int, e *Entity) bool {
			// ("The Keevil family controls the group. It was founded
			// in 1950": a family is "they", no "it")
			return (e.Type == schema.Organization || e.Type == schema.Country) && !strings.HasSuffix(e.Name, " family")
		})
		if e >= 0 && object && listedBefore(doc, e, m.First) {
			// "Chile, Peru and Fiji said they would take it up": one
			// of a list the sentence names is no object "it" (the offer)
			return -1
		}
		if e >= 0 && object && (e == subj || c.titleNation(doc, st.lastSeen[e])) {
			return -1 // (and no one named before them: more likely a thing)
		}
		if e >= 0 && tk.Sent-doc.Tokens[st.lastSeen[e]].Sent > 1 {
			return -1
		}
		if e >= 0 && tk.Sent > 0 && doc.Tokens[st.lastSeen[e]].Sent == tk.Sent-1 && c.thingSubject(doc, tk.Sent-1) && !reportedBy(doc, c.lex, m.First) && !reportedIt(doc, c.lex, m.First) && !verbObject(doc, st.lastSeen[e]) {
			// "The treaty was signed by Tolvia and Rostavia. It
			// commits both to ...", "The bill, passed by the Varna
			// assembly, ... The president vetoed it": a thing the
			// sentence before is about, not a state or organisation
			// named in it (but "The merger was cleared by the
			// regulator. It said" speaks, and "A spokesman for the
			// regulator said it" is the speaker's: actors, as is the
			// object of the thing's verb: "The outcry will force
			// Varna's parliament to act. Whether it ...")
			return -1
		}
		if e >= 0 && object && c.thingObject(st, e, m.First) && !chargedObject(doc, m.First) {
			// "The court annulled the election and said the commission
			// had failed to conduct it": the election, not the court
			return -1
		}
		return e
	case "its", "itself", "they", "them", "their", "themselves":
		if m.Key == "its" && m.Last < len(doc.Tokens) && doc.Tokens[m.Last].Lower == "own" && !doc.presplit {
			// "the regulator said Serai had processed the transfers despite
			// warnings from its own staff": the nearest organisation or
			// state before it in the sentence, the clause's own actor
			for k := m.First - 1; k >= doc.Sentences[tk.Sent].First; k-- {
				if mi := doc.TokMention[k]; mi >= 0 && doc.Mentions[mi].First == k && doc.Mentions[mi].Kind == NameMention && doc.Mentions[mi].Entity >= 0 && !isPossessive(doc, doc.Mentions[mi].Last) {
					// (not a possessor: "expelled Ethiopia's ambassador and
					// recalled its own envoy")
					if ty := doc.Entities[doc.Mentions[mi].Entity].Type; ty == schema.Organization || ty == schema.Country {
						return doc.Mentions[mi].Entity
					}
				}
			}
		}
		// "Acme's board agreed to open its books": an organisation that is
		// the sentence's subject comes first
		if m.Key == "their" || m.Key == "they" {
			// "Dock workers in Finland went on strike. Their union said":
			// people named by a plural noun, not the country they are in
			// ("Local officials said they feared more violence")
			si := tk.Sent
			if m.Key == "they" && coordinatedPersons(doc, si, m.First) {
				// "Tom Hadley and Ana Ruiz said they had met X": the two
				// people, not an organisation named before
				return -1
			}
			if !clauseOpening(doc, m.First) {
				if peopleSubject(doc, si, m.First) || !doc.presplit && reportedPeople(doc, m.First) {
					return -1
				}
			} else if si > 0 && !doc.presplit && (peopleSubject(doc, si-1, doc.Sentences[si-1].Last) || accordingToPeople(doc, si-1)) {
				return -1
			} else if m.Key == "they" && si > 0 && !doc.presplit && personSubject(doc, si-1) {
				// "Mr Glazer and his family hold a stake, making them
				// United's second biggest shareholder. They own ...": the
				// people, not a company their sentence named
				return -1
			}
		}
		if m.Key == "they" && deniedCharge(doc, m.First) {
			// "X accused charities of helping smugglers, a charge they
			// deny": the accused, whom no entity names here
			if e := accusedBefore(doc, m.First); e != -2 {
				return e
			}
		}
		if m.Key != "its" && m.Key != "itself" && pairBefore(doc, m.First) {
			return -1 // "urged both neighbours to withdraw their police": the pair's, no one entity
		}
		plural := m.Key == "they" || m.Key == "them" || m.Key == "their"
		possessive := m.Key == "its" || m.Key == "their"
		// "Acme bid for Zeta. Its chairman ...": a possessive opening the
		// sentence (after an opening phrase or a quotation: '"We will
		// fight," its chairman said') takes the previous sentence's subject,
		// not a name inside the quotation
		at, first := m.First, false
		if possessive && clauseOpening(doc, m.First) {
			if _, ok := unnamedSubject(doc, c.lex, tk.Sent-1); ok {
				return -1 // "The transport committee met. Its chair, X,": the role stage names the body
			}
			at, first = doc.Sentences[tk.Sent].First, true
		} else if possessive {
			if e := thankedFor(doc, m.First); e >= 0 {
				return e
			}
			if e := reportedSubject(doc, m.First); e >= 0 {
				return e // "X said the company had abused its position": the company
			}
			if e := headPossessor(doc, c.lex, m.First); e >= 0 {
				return e // "Brio Exchange's control over its clearing unit": Brio Exchange
			}
			if m.Key == "its" {
				if e := infinitiveController(doc, m.First); e >= 0 {
					return e // "The AU urged Rwanda to withdraw its troops": Rwanda
				}
				if e := adverbialClauseSubject(doc, m.First); e >= 0 {
					return e // "The EU acted after Minsk let Russia use its territory": Minsk's
				}
			}
			if m.Key == "its" {
				if conj := subjectConjuncts(doc, m.First); len(conj) > 1 {
					// "Chile and Peru criticised Bolivia, saying its troops
					// ...": two subjects are no "its"; the nearest other
					// state or organisation before it
					return c.recent(st, m.First, tk.Sent, false, func(i int, e *Entity) bool {
						return (e.Type == schema.Organization || e.Type == schema.Country) && !slices.Contains(conj, i)
					})
				}
			}
			if e := c.sentenceSubject(st, m); e >= 0 {
				if v := verbSubjectBefore(doc, m.First); v >= 0 && possessorSubject(doc, c.lex, m.First, e) {
					// "Palau's coalition collapsed after the Reform
					// League withdrew its ministers": the sentence's
					// subject is the coalition, not Palau, so the verb's
					// own subject owns what it acts on
					return v
				}
				if placeBody(doc, c.lex, tk.Sent, m.First) {
					// "Palau's parliament voted to remove its speaker":
					// the parliament's, which no name gives, not Palau's
					return -1
				}
				return e
			}
		}
		e := c.recent(st, at, tk.Sent, first, func(i int, e *Entity) bool {
			// "Kazakh President X ... praised them": a person's country
			// in a title is no group the person acts on
			// "the tanker Marisol Star ... Its captain": a ship is an "it"
			return (e.Type == schema.Organization || e.Type == schema.Country || !plural && vesselEntity(doc, i)) && !(plural && c.titleNation(doc, st.lastSeen[i]))
		})
		if plural && e >= 0 && (doc.Entities[e].Type == schema.Country && !stateUnions[toLower(doc.Entities[e].Name)] || doc.Entities[e].Type == schema.Organization && !pluralName(doc.Entities[e].Name)) && !conjoinedAt(doc, st.lastSeen[e]) {
			// "Guyana rejected the ruling. 'They wanted ...'": a state
			// or an organisation alone is an "it"; a plural pronoun
			// stands for people or a group no name gives (but "A and B
			// ... backed them" is the pair, and "the Greens ... they" a
			// body named in the plural)
			return -1
		}
		return e
	}
	return -1
}

// pluralName reports whether an organisation's name ends in a plural
// noun ("Social Democrats", "Greens", "Rangers") and so takes "they".
func pluralName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if n := len(w); n >= 3 && w[n-1] == 's' && strings.ToUpper(w[:n-1]) == w[:n-1] {
		return true // "MPs", "NGOs", "MEPs"
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "'s")
}

// subjectConjuncts returns the organisations and states named, joined by
// "and" or commas, before the first verb of the sentence that token at
// stands in, when that verb comes before at ("Chile and Peru criticised
// ..."); after an opening phrase, from its comma.
func subjectConjuncts(doc *Document, at int) []int {
	si := doc.Tokens[at].Sent
	s := doc.Sentences[si]
	from := s.First
	if end := openingPhraseEnd(doc, si); end > 0 && end <= at {
		from = end
	}
	var out []int
	joined := false
	for i := from; i < at; i++ {
		tk := &doc.Tokens[i]
		if isVerbTag(tk.Tag) || tk.Tag == "MD" {
			if joined {
				return out
			}
			return nil
		}
		if tk.Lower == "and" || tk.Lower == "," {
			if len(out) == 0 {
				return nil
			}
			joined = joined || tk.Lower == "and"
			continue
		}
		k := doc.TokMention[i]
		if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 {
			if tk.Tag == "DT" || tk.Tag == "JJ" || isNounTag(tk.Tag) && isCap(tk.Text) {
				continue
			}
			return nil
		}
		if ty := doc.Entities[doc.Mentions[k].Entity].Type; ty != schema.Organization && ty != schema.Country {
			return nil
		}
		if doc.Mentions[k].First == i {
			out = append(out, doc.Mentions[k].Entity)
		}
	}
	return nil
}

// conjoinedAt reports whether the name mention opening at token t is
// joined to another name by "and" or a comma ("Chile and Peru", "Peru,
// Chile").
func conjoinedAt(doc *Document, t int) bool {
	mi := doc.TokMention[t]
	if mi < 0 {
		return false
	}
	m := &doc.Mentions[mi]
	if p := m.First - 1; p > 0 && (doc.Tokens[p].Lower == "and" || doc.Tokens[p].Lower == ",") && doc.TokMention[p-1] >= 0 && doc.Mentions[doc.TokMention[p-1]].Kind == NameMention {
		return true
	}
	n := m.Last
	return n+1 < len(doc.Tokens) && (doc.Tokens[n].Lower == "and" || doc.Tokens[n].Lower == ",") && doc.TokMention[n+1] >= 0 && doc.Mentions[doc.TokMention[n+1]].Kind == NameMention
}

// adverbialSubjectPossessive reports whether the possessive pronoun at
// token at stands in the subject of an adverbial clause, right after its
// opening word ("after parties in his coalition refused", "when his
// lawyers appealed"): a noun phrase runs from the opening word to the
// pronoun and on to a finite verb.
func adverbialSubjectPossessive(doc *Document, at int) bool {
	if doc.presplit || at+1 >= len(doc.Tokens) || !(isNounTag(doc.Tokens[at+1].Tag) || strings.HasPrefix(doc.Tokens[at+1].Tag, "JJ")) {
		return false
	}
	sent := doc.Tokens[at].Sent
	opened := false
	for t := at - 1; t >= doc.Sentences[sent].First && t >= at-6; t-- {
		tk := &doc.Tokens[t]
		if timeClauses[tk.Lower] && t > doc.Sentences[sent].First {
			opened = true
			break
		}
		if !(tk.Tag == "DT" || tk.Tag == "CD" || strings.HasPrefix(tk.Tag, "JJ") || isNounTag(tk.Tag) || tk.Lower == "of" || tk.Lower == "in") || doc.TokMention[t] >= 0 {
			return false
		}
	}
	if !opened {
		return false
	}
	for t := at + 1; t < len(doc.Tokens) && t <= at+6 && doc.Tokens[t].Sent == sent; t++ {
		switch doc.Tokens[t].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
		if tg := doc.Tokens[t].Tag; !(isNounTag(tg) || strings.HasPrefix(tg, "JJ") || tg == "POS" || strings.HasPrefix(tg, "RB")) {
			return false
		}
	}
	return false
}

// clausePossessive returns the person that a possessive "his" or "her"
// of gender g stands for earlier in the clause of the object pronoun at
// token p, with no punctuation, conjunction, relative pronoun or person's
// name between ("parties in his coalition refused to back him"), or -1.
func clausePossessive(doc *Document, p int, g byte) int {
	if doc.presplit {
		return -1
	}
	first := doc.Sentences[doc.Tokens[p].Sent].First
	for t := p - 1; t >= first && t >= p-12; t-- {
		tk := &doc.Tokens[t]
		switch tk.Tag {
		case ",", ":", "``", "''", "CC", "WDT", "WP", "WP$", "WRB":
			return -1
		}
		if tk.Text == "\"" || tk.Text == "“" || tk.Text == "”" || tk.Text == ";" {
			return -1
		}
		k := doc.TokMention[t]
		if k < 0 {
			continue
		}
		n := &doc.Mentions[k]
		if n.Kind == NameMention && n.Type == schema.Person {
			return -1
		}
		if n.Kind != PronounMention || n.First != t || n.Entity < 0 || t+1 >= p {
			continue
		}
		want := "his"
		if g == 'f' {
			want = "her"
		}
		if n.Key == want && (isNounTag(doc.Tokens[t+1].Tag) || strings.HasPrefix(doc.Tokens[t+1].Tag, "JJ")) && doc.Entities[n.Entity].Type == schema.Person {
			return n.Entity
		}
		if n.Key != "its" && n.Key != "their" {
			return -1 // another person's pronoun: "he told her to call him"
		}
	}
	return -1
}

// speakerClient returns the person whose spokesman, lawyer or relative
// the name at token a is, in apposition ("his lawyer, X,", "Y's wife,
// X,"), when the object pronoun at token p follows in the same sentence:
// what the speaker says of "him" is said of the one spoken for. It
// returns -1 otherwise.
func speakerClient(doc *Document, a, p int) int {
	if a < 3 || a >= p || doc.Tokens[a].Sent != doc.Tokens[p].Sent || doc.presplit {
		return -1
	}
	k := doc.TokMention[a]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].First != a || doc.Tokens[a-1].Lower != "," {
		return -1
	}
	if end := doc.Mentions[k].Last; end >= p || doc.Tokens[end].Lower != "," {
		return -1
	}
	h := a - 2
	if !speakerNouns[doc.Tokens[h].Lower] && !kinNouns[doc.Tokens[h].Lower] {
		return -1
	}
	o := h - 1
	for o > 0 && o > h-3 && strings.HasPrefix(doc.Tokens[o].Tag, "JJ") {
		o-- // "his longtime lawyer"
	}
	if isPossessive(doc, o) && o > 0 {
		o-- // "Vell's lawyer"
	}
	n := doc.TokMention[o]
	if n < 0 || doc.Mentions[n].Entity < 0 || doc.Entities[doc.Mentions[n].Entity].Type != schema.Person {
		return -1
	}
	if doc.Mentions[n].Kind == PronounMention && doc.Mentions[n].Key != "his" && doc.Mentions[n].Key != "her" {
		return -1
	}
	return doc.Mentions[n].Entity
}

// kinOwnerSubject returns the person whose name opens the sentence as
// its subject when the name at token a is only the possessor of a
// relative or a spokesman ("B's sister", "B's lawyer") and the object
// pronoun at token p stands in a later clause with a subject of its own
// ("A is married to B's sister, and rights groups urged him"): that
// subject, of whom the sentence speaks, not the possessor. It returns -1
// otherwise ("Police questioned B's wife, and prosecutors charged him":
// no person opens the sentence).
func kinOwnerSubject(doc *Document, a, p int) int {
	if a < 0 || a >= p || doc.Tokens[a].Sent != doc.Tokens[p].Sent || doc.presplit {
		return -1
	}
	k := doc.TokMention[a]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last >= p || !isPossessive(doc, doc.Mentions[k].Last) {
		return -1
	}
	h := -1 // the possessed noun
	for j := doc.Mentions[k].Last + 1; j < p && j <= doc.Mentions[k].Last+4 && (isNounTag(doc.Tokens[j].Tag) || strings.HasPrefix(doc.Tokens[j].Tag, "JJ")); j++ {
		h = j
	}
	if h < 0 || !kinNouns[doc.Tokens[h].Lower] && !speakerNouns[doc.Tokens[h].Lower] {
		return -1
	}
	if !ownSubjectClause(doc, h+1, p) {
		return -1
	}
	si := doc.Tokens[p].Sent
	from := doc.Sentences[si].First
	if end := openingPhraseEnd(doc, si); end > 0 && end < a {
		from = end
	}
	for t := from; t < doc.Mentions[k].First; t++ {
		if isVerbTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "MD" || doc.Tokens[t].Tag == "IN" {
			return -1
		}
		n := doc.TokMention[t]
		if n < 0 || doc.Mentions[n].First != t || doc.Mentions[n].Kind != NameMention || doc.Mentions[n].Entity < 0 {
			continue
		}
		if doc.Entities[doc.Mentions[n].Entity].Type != schema.Person || doc.Mentions[n].Last >= len(doc.Tokens) || isPossessive(doc, doc.Mentions[n].Last) {
			return -1
		}
		if v := doc.Mentions[n].Last; v < len(doc.Tokens) && (isVerbTag(doc.Tokens[v].Tag) || doc.Tokens[v].Tag == "MD") {
			return doc.Mentions[n].Entity
		}
		return -1
	}
	return -1
}

// ownSubjectClause reports whether a conjunction between tokens from and
// p opens a clause with a subject of its own before the verb that p
// follows (", and rights groups had urged him"), not a second verb of the
// first clause ("and urged him").
func ownSubjectClause(doc *Document, from, p int) bool {
	c := -1
	for t := from; t < p; t++ {
		if doc.Tokens[t].Tag == "CC" {
			c = t
		}
	}
	if c < 0 {
		return false
	}
	for t := c + 1; t < p; t++ {
		switch tg := doc.Tokens[t].Tag; {
		case tg == "DT" || tg == "JJ" || tg == "CD" || strings.HasPrefix(tg, "RB"):
			continue
		case isNounTag(tg) || tg == "PRP":
			return true
		default:
			return false
		}
	}
	return false
}

// directedSubject returns the entity that presses when the pronoun at
// token at opens the "that" clause of a directing verb and the clause
// says what someone ought to do ("Ivo Marsh ... demanded that he resign",
// "urged that she step aside"): the clause's subject is someone else. It
// returns -1 when the pronoun stands elsewhere, when the clause reports a
// fact ("insisted that he had acted lawfully"), when the subject asks
// something for itself ("demanded that he be allowed to speak") or when
// no subject of the verb is found.
func directedSubject(doc *Document, lx *lexicon, at int) int {
	if doc.presplit || at < 3 || at+2 >= len(doc.Tokens) || doc.Tokens[at-1].Lower != "that" {
		return -1
	}
	v := at - 2
	if !isVerbTag(doc.Tokens[v].Tag) || !directing[doc.Tokens[v].Lemma] {
		return -1
	}
	switch next := doc.Tokens[at+1]; {
	case next.Lower == "be" && selfServed[doc.Tokens[at+2].Lower]:
		return -1
	case next.Tag != "VB" && next.Tag != "VBP" && next.Tag != "MD" && next.Lower != "not":
		return -1
	}
	si := doc.Tokens[at].Sent
	k := v - 1
	for k > doc.Sentences[si].First && (doc.Tokens[k].Tag == "RB" || doc.Tokens[k].Tag == "MD" || isVerbTag(doc.Tokens[k].Tag) && doc.Tokens[k].Tag != "VBG") {
		k-- // "had repeatedly demanded"
	}
	if mi := doc.TokMention[k]; mi >= 0 && doc.Mentions[mi].Last == k+1 {
		return doc.Mentions[mi].Entity // "the opposition leader demanded"
	}
	if doc.Tokens[k].Lower != "and" && doc.Tokens[k].Lower != "," {
		return -1
	}
	// "X accused the president of lying and demanded that he ...": the
	// subject of the sentence, unless a report or a clause comes between
	// ("said the union had demanded that he ...")
	from := doc.Sentences[si].First
	if end := openingPhraseEnd(doc, si); end > 0 && end < k {
		from = end
	}
	subject := -1
	for t := from; t < k; t++ {
		tk := &doc.Tokens[t]
		if tk.Lower == "that" || tk.Tag == "WDT" || tk.Tag == "WP" || lx.reportVerb[tk.Lower] && isVerbTag(tk.Tag) {
			return -1
		}
		if subject < 0 && (isVerbTag(tk.Tag) || tk.Tag == "MD") {
			return -1 // no subject before the first verb
		}
		mi := doc.TokMention[t]
		if subject >= 0 || mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Entity < 0 {
			continue
		}
		e, end := doc.Mentions[mi].Entity, doc.Mentions[mi].Last
		if end < k && (doc.Tokens[end].Tag == "POS" || titledNext(doc, mi)) {
			continue // "Acme's chief X", "Opposition leader X": X
		}
		subject = e
	}
	return subject
}

// titledNext reports whether mention mi names the body in the title of
// the person named next ("Opposition leader Dorvan Pell", "Acme chief
// executive Ivo Varek").
func titledNext(doc *Document, mi int) bool {
	if mi+1 >= len(doc.Mentions) {
		return false
	}
	n := &doc.Mentions[mi+1]
	if n.RoleOf < 0 || n.Type != schema.Person || n.First > doc.Mentions[mi].Last+3 {
		return false
	}
	for t := doc.Mentions[mi].Last; t < n.First; t++ {
		if !isNounTag(doc.Tokens[t].Tag) && doc.Tokens[t].Tag != "JJ" {
			return false
		}
	}
	return true
}

// selfServed are the participles of "that he be allowed to speak": what
// the one asking wants done for himself.
var selfServed = map[string]bool{"allowed": true, "permitted": true, "given": true, "granted": true, "heard": true, "told": true, "informed": true, "consulted": true}

// deniedCharge reports whether the pronoun at token at is the subject of
// a denial in an apposition naming a charge (", a charge they deny", ",
// an allegation they reject").
func deniedCharge(doc *Document, at int) bool {
	if at < 2 || at+1 >= len(doc.Tokens) || !chargeNouns[doc.Tokens[at-1].Lower] {
		return false
	}
	switch doc.Tokens[at+1].Lemma {
	case "deny", "reject", "dispute":
		return true
	}
	return false
}

// accusedBefore returns the entity named right after the last "accuse"
// before token at in its sentence ("accused Norvik Bank of"), -1 when
// none is named there ("accused charities of"), and -2 when a list of
// names is ("accused Norvik and Keldora of": the pair, not one entity) or
// there is no such verb.
func accusedBefore(doc *Document, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	for v := at - 1; v >= s.First; v-- {
		if doc.Tokens[v].Lemma != "accuse" || !isVerbTag(doc.Tokens[v].Tag) {
			continue
		}
		t := v + 1
		if t < at && doc.Tokens[t].Tag == "DT" {
			t++
		}
		if k := doc.TokMention[t]; t < at && k >= 0 && doc.Mentions[k].Kind == NameMention {
			if l := doc.Mentions[k].Last; l < at && (doc.Tokens[l].Lower == "and" || doc.Tokens[l].Lower == ",") {
				return -2
			}
			return doc.Mentions[k].Entity
		}
		if k := doc.TokMention[t]; t < at && k >= 0 && doc.Mentions[k].Kind == PronounMention {
			return doc.Mentions[k].Entity // "accused them of"
		}
		return -1
	}
	return -2
}

// votePreps take the motion or bill voted on after "vote" ("voted
// against it", "voted for it").
var votePreps = map[string]bool{"against": true, "for": true, "on": true}

// adjunctSubject returns the person that opens the sentence as the
// subject of its first verb when the pronoun at token at is the object of a
// participle set off by a comma ("She demanded that Soomaa resign,
// accusing her of ...": she, who accuses), or -1.
func adjunctSubject(doc *Document, at int) int {
	if doc.presplit || at < 2 || doc.Tokens[at-1].Tag != "VBG" || doc.Tokens[at-2].Lower != "," {
		return -1
	}
	si := doc.Tokens[at].Sent
	from := doc.Sentences[si].First
	if end := openingPhraseEnd(doc, si); end > 0 && end < at {
		from = end
	}
	for t := from; t < at-2; t++ {
		if isVerbTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "MD" || doc.Tokens[t].Tag == "," || doc.Tokens[t].Tag == "IN" {
			return -1
		}
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Entity < 0 || doc.Mentions[k].RoleOf >= 0 && doc.Mentions[k].Kind != NameMention {
			continue
		}
		if doc.Entities[doc.Mentions[k].Entity].Type != schema.Person {
			return -1
		}
		e := doc.Mentions[k].Entity
		if n := doc.Mentions[k].Last; n < at-2 && isVerbTag(doc.Tokens[n].Tag) || n+1 < at-2 && doc.Tokens[n].Tag == "RB" && isVerbTag(doc.Tokens[n+1].Tag) {
			return e
		}
		return -1
	}
	return -1
}

// verbSubjectBefore returns the organisation or state whose name ends
// right before the finite verb group that token at follows ("after the
// Reform League withdrew its ministers", "its partner, the Reform League,
// pulled its ministers out"): the possessive in the verb's object is its
// own subject's. -1 if no such name stands there.
func verbSubjectBefore(doc *Document, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	k := at - 1
	finite := false
	for k > s.First && (isVerbTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "MD" || doc.Tokens[k].Tag == "RB") {
		switch doc.Tokens[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			finite = true
		}
		k--
	}
	if !finite || k == at-1 || !isVerbTag(doc.Tokens[at-1].Tag) {
		return -1
	}
	if doc.Tokens[k].Lower == "," && k > s.First {
		k-- // an apposition's closing comma
	}
	mi := doc.TokMention[k]
	if mi < 0 || doc.Mentions[mi].Last != k+1 || doc.Mentions[mi].Kind != NameMention || doc.Mentions[mi].Entity < 0 {
		return -1
	}
	if ty := doc.Entities[doc.Mentions[mi].Entity].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	return doc.Mentions[mi].Entity
}

// possessorSubject reports whether entity e is named in the sentence
// before token at only as the possessor of a body ("Palau's governing
// coalition"), which is the subject instead ("Nauru's bid ... after
// Palau blocked its application" keeps Nauru: a bid is no body).
func possessorSubject(doc *Document, lx *lexicon, at, e int) bool {
	seen := false
	for k := doc.mentionsFrom(doc.Tokens[at].Sent); k < len(doc.Mentions) && doc.Mentions[k].First < at; k++ {
		n := &doc.Mentions[k]
		if n.Entity != e || n.Kind == PronounMention {
			continue
		}
		if n.Last >= len(doc.Tokens) || !isPossessive(doc, n.Last) {
			return false
		}
		h := -1 // the head of the possessed phrase
		for t := n.Last + 1; t < at && t < n.Last+5 && (isNounTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "VBG" || doc.Tokens[t].Tag == "POS"); t++ {
			h = t
		}
		if h < 0 || !lx.orgWords[doc.Tokens[h].Lower] && descHeads[doc.Tokens[h].Lower] != schema.Organization {
			return false
		}
		seen = true
	}
	return seen
}

// headPossessor returns the organisation or state whose possessive name
// owns the noun a preposition right before token at follows ("Brio
// Exchange's control over its unit", "Vandria's claim to its islands"),
// -1 if none. A person's noun ("X's chairman in its campaign") takes no
// such phrase of its own.
func headPossessor(doc *Document, lx *lexicon, at int) int {
	p := at - 1
	if p < 2 || doc.Tokens[p].Tag != "IN" || doc.Tokens[p].Sent != doc.Tokens[at].Sent {
		return -1
	}
	h := p - 1
	for h > 0 && p-h < 3 && (doc.Tokens[h].Tag == "NN" || doc.Tokens[h].Tag == "NNS") && !isCap(doc.Tokens[h].Text) {
		h--
	}
	if h == p-1 || !isPossessive(doc, h) || lx.roles[doc.Tokens[p-1].Lower] || lx.peopleNouns[doc.Tokens[p-1].Lower] {
		return -1
	}
	mi := doc.TokMention[h-1]
	if mi < 0 || doc.Mentions[mi].Kind != NameMention || doc.Mentions[mi].Entity < 0 {
		return -1
	}
	if ty := doc.Entities[doc.Mentions[mi].Entity].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	return doc.Mentions[mi].Entity
}

// objectControlVerbs make their object the subject of the infinitive
// after it ("urged Rwanda to withdraw", "asked the bank to explain");
// "call" does so after "on" ("called on Chile to lift").
var objectControlVerbs = map[string]bool{
	"urge": true, "ask": true, "press": true, "tell": true, "order": true, "force": true, "allow": true,
	"invite": true, "encourage": true, "persuade": true, "request": true, "push": true, "challenge": true,
	"direct": true, "instruct": true, "require": true, "permit": true, "compel": true, "oblige": true,
	"advise": true, "help": true, "enable": true, "pressure": true, "pressurise": true, "pressurize": true,
	"implore": true, "beg": true, "warn": true, "authorise": true, "authorize": true, "empower": true,
}

// infinitiveController returns the organisation or state that an
// object-control verb makes the subject of the infinitive token at
// stands in: "The AU urged Rwanda to withdraw its troops", "called on
// Washington to lift its blockade" (Rwanda's troops, Washington's
// blockade, not the subject's); -1 when at is in no such infinitive.
func infinitiveController(doc *Document, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	for t := at - 1; t > s.First+1 && at-t < 12; t-- {
		tk := &doc.Tokens[t]
		switch {
		case tk.Tag == "," || tk.Tag == ":" || tk.Tag == "WDT" || tk.Tag == "WP" || tk.Lower == "that" || tk.Lower == "and" || tk.Lower == "or" || tk.Lower == "but":
			return -1
		case tk.Tag == "VBD" || tk.Tag == "VBZ" || tk.Tag == "VBP" || tk.Tag == "MD":
			return -1 // a finite verb: the pronoun's own clause
		}
		if tk.Lower != "to" || doc.Tokens[t+1].Tag != "VB" {
			continue
		}
		m := actorNameEnding(doc, t)
		if m == nil {
			return -1
		}
		v := m.First - 1
		if v > s.First && doc.Tokens[v].Lower == "the" {
			v--
		}
		if v <= s.First {
			return -1
		}
		if doc.Tokens[v].Lower == "on" && doc.Tokens[v-1].Lemma == "call" || isVerbTag(doc.Tokens[v].Tag) && objectControlVerbs[doc.Tokens[v].Lemma] {
			return m.Entity
		}
		return -1
	}
	return -1
}

// actorNameEnding returns the name mention of an organisation or state
// that ends right before token end; nil if there is none.
func actorNameEnding(doc *Document, end int) *Mention {
	if end < 1 {
		return nil
	}
	mi := doc.TokMention[end-1]
	if mi < 0 || doc.Mentions[mi].Last != end || doc.Mentions[mi].Kind != NameMention || doc.Mentions[mi].Entity < 0 {
		return nil
	}
	m := &doc.Mentions[mi]
	if ty := doc.Entities[m.Entity].Type; ty != schema.Organization && ty != schema.Country {
		return nil
	}
	return m
}

// adverbialClauseSubject returns the organisation or state named as the
// subject of the adverbial clause ("when", "after", "since", "if" ...)
// that token at stands in, inside an infinitive after that subject's
// verb: "Slovakia bought gas from Gazprom until Kyiv refused to extend
// its contract", "The EU has tightened sanctions since Minsk allowed
// Russian forces to use its territory" (the clause's subject owns what
// it acts on, not the main clause's); -1 when there is none.
func adverbialClauseSubject(doc *Document, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	infinitive := false
	for t := at - 1; t > s.First+1 && at-t < 14; t-- {
		tk := &doc.Tokens[t]
		if tk.Tag == "," || tk.Tag == ":" || tk.Tag == "WDT" || tk.Tag == "WP" || tk.Lower == "that" || tk.Lower == "and" || tk.Lower == "or" || tk.Lower == "but" {
			return -1
		}
		if tk.Lower == "to" && doc.Tokens[t+1].Tag == "VB" {
			infinitive = true
		}
		if tk.Tag != "VBD" && tk.Tag != "VBZ" && tk.Tag != "VBP" && tk.Tag != "MD" {
			continue
		}
		if !infinitive {
			// "Peru protested as Chile slapped duties on its avocados",
			// "after the US blocked its application": the finite verb's
			// own object is most often the main clause subject's
			return -1
		}
		v := t
		for v > s.First && (isVerbTag(doc.Tokens[v-1].Tag) || doc.Tokens[v-1].Tag == "MD" || doc.Tokens[v-1].Tag == "RB") {
			v--
		}
		m := actorNameEnding(doc, v)
		if m == nil {
			return -1
		}
		o := m.First - 1
		if o > s.First && doc.Tokens[o].Lower == "the" {
			o--
		}
		if o > s.First && (timeClauses[doc.Tokens[o].Lower] || doc.Tokens[o].Lower == "if" || doc.Tokens[o].Lower == "unless") {
			return m.Entity
		}
		return -1
	}
	return -1
}

// relativeSubject reports whether the name mention at token a is (one of
// a coordination of names that is) the antecedent of a "who" whose clause
// holds token p with no comma between: "A and B, two of the directors who
// voted to remove him", "A, the director who fired him". Such a name is
// the subject of p's clause.
func relativeSubject(doc *Document, a, p int) bool {
	k := doc.TokMention[a]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.presplit {
		return false
	}
	sent := doc.Tokens[a].Sent
	m := &doc.Mentions[k]
	for n := conjunct(doc, m); n != nil; n = conjunct(doc, m) {
		m = n // "A and B": past B
	}
	t := m.Last
	if t < p && doc.Tokens[t].Lower == "," {
		// an apposition of no verb or name: "two of the directors"
		t++
		for t < p && t < m.Last+8 && doc.TokMention[t] < 0 && (thingNPWords[doc.Tokens[t].Tag] || doc.Tokens[t].Tag == "NNS" || doc.Tokens[t].Lower == "of") {
			t++
		}
	}
	if t >= p || doc.Tokens[t].Lower != "who" || doc.Tokens[t].Sent != sent {
		return false
	}
	for t++; t < p; t++ {
		switch doc.Tokens[t].Tag {
		case ",", ":", "WDT", "WP", "WP$", "WRB", "CC":
			return false
		}
		if clauseOpeners[doc.Tokens[t].Lower] || doc.TokMention[t] >= 0 {
			// "who fell out with X after he stripped her of ...": a
			// clause of its own, whose subject is someone else
			return false
		}
	}
	return true
}

// clauseOpeners open a clause inside a relative clause, or are its subject.
var clauseOpeners = map[string]bool{"after": true, "before": true, "because": true, "when": true, "since": true, "if": true,
	"although": true, "while": true, "until": true, "that": true, "as": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true}

// titleNation reports whether the mention at token t names the country of
// a person whose title and name follow it ("Kazakh President X",
// "Peru's Foreign Minister X").
func (c *CorefStage) titleNation(doc *Document, t int) bool {
	k := doc.TokMention[t]
	if k < 0 || doc.Mentions[k].First != t {
		return false
	}
	m := &doc.Mentions[k]
	sent := doc.Tokens[t].Sent
	for j := m.Last; j < len(doc.Tokens) && j <= m.Last+4 && doc.Tokens[j].Sent == sent; j++ {
		n := doc.TokMention[j]
		if n < 0 || n == k {
			continue
		}
		o := &doc.Mentions[n]
		if o.First != j || o.Kind != NameMention || o.Type != schema.Person {
			return false
		}
		return o.RoleOf == k || m.Entity >= 0 && mentionCountry(doc, c.lex, o) == m.Entity
	}
	return false
}

// thankedFor returns the object of a verb that a possessive at token at
// follows after "for" ("thanked Abuja for its patience", "criticised
// Acme for its silence"): the one thanked or blamed for what is its; -1
// when the pattern does not hold.
func thankedFor(doc *Document, at int) int {
	f := at - 1
	if f < 2 || doc.Tokens[f].Lower != "for" || doc.Tokens[f].Sent != doc.Tokens[at].Sent {
		return -1
	}
	k := doc.TokMention[f-1]
	if k < 0 || doc.Mentions[k].Last != f || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 {
		return -1
	}
	o := &doc.Mentions[k]
	if ty := doc.Entities[o.Entity].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	v := o.First - 1
	if v >= 0 && doc.Tokens[v].Lower == "the" {
		v--
	}
	if v < 0 || !isVerbTag(doc.Tokens[v].Tag) || doc.Tokens[v].Sent != doc.Tokens[at].Sent {
		return -1
	}
	return o.Entity
}

// pairBefore reports whether the nearest phrase before token at in its
// sentence, past verbs and "to" but no name, is a plural pair ("both
// neighbours", "the two companies").
func pairBefore(doc *Document, at int) bool {
	s := doc.Sentences[doc.Tokens[at].Sent]
	for t := at - 1; t > s.First && t >= at-6; t-- {
		tk := &doc.Tokens[t]
		if doc.TokMention[t] >= 0 || tk.Lower == "," || tk.Tag == "." {
			return false
		}
		if tk.Tag == "NNS" && !isCap(tk.Text) {
			p := doc.Tokens[t-1].Lower
			return p == "both" || p == "two" && t-2 >= s.First && doc.Tokens[t-2].Lower == "the"
		}
	}
	return false
}

// reportedSubject returns the organisation or country that is the subject
// of the reported clause a possessive at token at sits in: the mention
// right before the clause's verb, after a reporting verb and an optional
// "that" ("X said the company had abused its position") or after a word
// opening a contrasting clause ("while Labour has hidden its tax rises");
// -1 otherwise.
func reportedSubject(doc *Document, at int) int {
	return reportedSubjectAfter(doc, at, 0)
}

// reportedSubjectAfter is reportedSubject allowing up to gap words
// between the reporting verb and "that" ("ruled on Tuesday that").
func reportedSubjectAfter(doc *Document, at, gap int) int {
	e := reportedNamed(doc, at, gap)
	if e < 0 {
		return -1
	}
	if ty := doc.Entities[e].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	return e
}

// reportedNamed returns the entity, of any type, that a mention right
// before the verb of the reported clause token at sits in names, as for
// reportedSubjectAfter; -1 otherwise.
func reportedNamed(doc *Document, at, gap int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	v := verbGroupBefore(doc, s, at)
	if v < 0 {
		return -1
	}
	v = pastAcronym(doc, s, v)
	if v <= s.First {
		return -1 // the verb group opens the sentence
	}
	k := doc.TokMention[v-1]
	if k < 0 {
		return -1
	}
	mm := &doc.Mentions[k]
	if mm.Entity < 0 || mm.Kind == PronounMention || mm.First == s.First {
		return -1
	}
	r := mm.First - 1
	if r > s.First && doc.Tokens[r].Lower == "the" {
		r--
	}
	if r > s.First && doc.Tokens[r].Lower == "that" {
		r--
		// "ruled on Tuesday that", "said in a statement that": a short
		// phrase between the reporting verb and "that"
		for q := r; q > s.First && q > r-gap && !reportForm(doc.Tokens[r].Lower); q-- {
			if tk := &doc.Tokens[q]; isVerbTag(tk.Tag) || tk.Tag == "," || tk.Tag == "." {
				break
			}
			if reportForm(doc.Tokens[q-1].Lower) && isVerbTag(doc.Tokens[q-1].Tag) {
				r = q - 1
			}
		}
	}
	if r < s.First || !reportForm(doc.Tokens[r].Lower) && !contrastOpeners[doc.Tokens[r].Lower] {
		return -1
	}
	return mm.Entity
}

// contrastOpeners open a clause set against the one before it, whose
// subject owns what its verb acts on ("the Greens say the Tories have
// cut jobs while Labour has hidden its tax rises": Labour's).
var contrastOpeners = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "but": true}

// verbGroupBefore returns the first token of the verb group that ends
// at most seven tokens before token at in sentence s (with its modals and
// adverbs: "had already abused"), or -1 when there is none after the
// sentence's first token.
func verbGroupBefore(doc *Document, s Sentence, at int) int {
	v := at - 1
	for v > s.First && !isVerbTag(doc.Tokens[v].Tag) && doc.Tokens[v].Tag != "MD" && at-v < 8 {
		v--
	}
	if v <= s.First || !isVerbTag(doc.Tokens[v].Tag) && doc.Tokens[v].Tag != "MD" {
		return -1
	}
	for v > s.First && (isVerbTag(doc.Tokens[v-1].Tag) || doc.Tokens[v-1].Tag == "MD" || doc.Tokens[v-1].Tag == "RB") {
		v--
	}
	return v
}

// reportedPeople reports whether the pronoun at token at follows the verb
// of a reported clause whose subject is people named by a plural common
// noun ("He said the nine senators had voted according to their
// conscience": the senators', not a chamber named before).
func reportedPeople(doc *Document, at int) bool {
	s := doc.Sentences[doc.Tokens[at].Sent]
	v := verbGroupBefore(doc, s, at)
	if v < 0 {
		return false
	}
	n := v - 1
	if n <= s.First || doc.Tokens[n].Tag != "NNS" || isCap(doc.Tokens[n].Text) || doc.TokMention[n] >= 0 {
		return false
	}
	r := n - 1
	for r > s.First && (doc.Tokens[r].Tag == "CD" || doc.Tokens[r].Tag == "JJ" || doc.Tokens[r].Tag == "DT") && doc.TokMention[r] < 0 {
		r--
	}
	if r > s.First && doc.Tokens[r].Lower == "that" {
		r--
	}
	return reportForm(doc.Tokens[r].Lower)
}

// overAcronym returns k, or the token after a parenthesised acronym that
// opens at k ("the regulator, the Federal Competition Office (FCO), said":
// the apposition ends after the brackets).
func overAcronym(doc *Document, s Sentence, k int) int {
	if k+3 <= s.Last && doc.Tokens[k].Text == "(" && doc.Tokens[k+2].Text == ")" {
		if w := doc.Tokens[k+1].Text; isCap(w) && strings.ToUpper(w) == w {
			return k + 3
		}
	}
	return k
}

// pastAcronym returns v, or the start of a parenthesised acronym right
// before it ("the Federal Competition Commission (FCC) had ...": the
// name before the brackets is the verb's subject).
func pastAcronym(doc *Document, s Sentence, v int) int {
	if v-3 > s.First && doc.Tokens[v-1].Text == ")" && doc.Tokens[v-3].Text == "(" {
		return v - 3
	}
	return v
}

// timeClauses open an adverbial clause ("when it fined X").
var timeClauses = map[string]bool{"when": true, "after": true, "before": true, "because": true, "since": true,
	"while": true, "until": true, "once": true, "as": true, "although": true, "though": true}

// clauseSubjectIt returns, for a subject "it" opening an adverbial clause
// inside a reported one, the organisation or country that is the reported
// clause's subject ("ruled that the authority had acted lawfully when it
// fined X": the authority); -1 otherwise.
func clauseSubjectIt(doc *Document, at int) int {
	if at < 2 || !timeClauses[doc.Tokens[at-1].Lower] || doc.Tokens[at-1].Sent != doc.Tokens[at].Sent {
		return -1
	}
	return reportedSubjectAfter(doc, at-1, 3)
}

// reportedBody reports whether the reported clause that token at follows
// has for subject a body named by a common noun alone ("the auditors said
// his ministry had broken the rules", "ruled that the council had acted
// unlawfully"): as reportedSubject, with no mention for the subject.
func reportedBody(doc *Document, lex *lexicon, at int) bool {
	s := doc.Sentences[doc.Tokens[at].Sent]
	v := verbGroupBefore(doc, s, at)
	if v < 0 || v-1 <= s.First {
		return false
	}
	n := &doc.Tokens[v-1]
	if doc.TokMention[v-1] >= 0 || isCap(n.Text) || !lex.orgWords[n.Lower] {
		return false
	}
	r := v - 2
	for r > s.First && doc.Tokens[r].Tag == "JJ" {
		r--
	}
	switch doc.Tokens[r].Lower {
	case "the", "his", "her", "its", "their":
		r--
	default:
		return false
	}
	if r > s.First && doc.Tokens[r].Lower == "that" {
		r--
	}
	return r >= s.First && reportForm(doc.Tokens[r].Lower)
}

// reportForm reports whether w is a past or present form of a common
// reporting verb ("said", "says", "added").
func reportForm(w string) bool {
	switch w {
	case "said", "says", "added", "stated", "announced", "argued", "claimed", "found", "ruled", "alleged", "told":
		return true
	}
	return false
}

// thingObject reports whether an object "it" at token at stands for a
// thing named as a verb's object ("annulled the election", "cancelled
// the contract") in its sentence or the one before, since organisation or
// country e was last named other than as a subject (or, for a thing of the
// sentence before, by a pronoun): the thing, named nearer, is the likelier
// antecedent.
func (c *CorefStage) thingObject(st *corefState, e, at int) bool {
	doc := st.doc
	si := doc.Tokens[at].Sent
	from := doc.Sentences[max(si-1, 0)].First
	for t := at - 1; t >= from && t >= at-maxAntecedentWindow; t-- {
		if k := doc.TokMention[t]; k >= 0 {
			mm := &doc.Mentions[k]
			if mm.Entity == e && !subjectMention(doc, mm) {
				return false
			}
			if mm.Entity == e && mm.Kind != PronounMention && doc.Tokens[t].Sent == si {
				// "Orvell said Vance had sued it": named as its sentence's
				// subject, no thing of the sentence before comes first
				from = doc.Sentences[si].First
			}
			t = min(t, mm.First)
			continue
		}
		if c.objectThing(doc, t) {
			return true
		}
	}
	return false
}

// thingSubject reports whether sentence si opens with a thing as the
// subject of a passive: a singular noun phrase after "the", "this" or
// "that", of lower-case words and no mention, whose head is no body,
// place, role or person, followed by a passive verb or a participle
// ("The agreement was signed by ...", "The law, passed by both houses,
// would ..."). An "it" of the next sentence stands for the thing rather
// than for an actor the sentence names as its agent.
func (c *CorefStage) thingSubject(doc *Document, si int) bool {
	if doc.presplit {
		return false
	}
	s := doc.Sentences[si]
	a := s.First
	if a >= s.Last {
		return false
	}
	switch doc.Tokens[a].Lower {
	case "the", "this", "that":
	default:
		return false
	}
	t := a + 1
	for t < s.Last && t <= a+4 && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text) && (doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "NN" || doc.Tokens[t].Tag == "VBN") {
		t++
	}
	h := t - 1
	if h <= a || h+1 >= s.Last || doc.Tokens[h].Tag != "NN" {
		return false
	}
	w := doc.Tokens[h].Lower
	if c.lex.orgWords[w] || c.lex.roles[w] || c.lex.placeWords[w] || descHeads[w] != "" || firmHeads[w] || thingSubjectBodies[w] || c.personNoun(w) {
		return false
	}
	n := &doc.Tokens[h+1]
	if n.Tag == "RB" && h+2 < s.Last {
		n = &doc.Tokens[h+2]
	}
	if n.Lower == "," && h+2 < s.Last {
		return doc.Tokens[h+2].Tag == "VBN"
	}
	// a passive: "was signed", "has been approved"
	for v := h + 1; v < s.Last && v <= h+4; v++ {
		switch tk := &doc.Tokens[v]; {
		case tk.Lemma == "be" || tk.Lemma == "have" || tk.Tag == "RB" || tk.Tag == "MD":
		case tk.Tag == "VBN":
			return v > h+1
		default:
			return false
		}
	}
	return false
}

// reportedBy reports whether a reporting verb follows the pronoun at
// token at, perhaps after an adverb ("it said", "it also announced").
func reportedBy(doc *Document, lex *lexicon, at int) bool {
	t := at + 1
	if t < len(doc.Tokens) && doc.Tokens[t].Tag == "RB" {
		t++
	}
	return t < len(doc.Tokens) && lex.reportVerb[doc.Tokens[t].Lower] && isVerbTag(doc.Tokens[t].Tag)
}

// reportedIt reports whether the pronoun at token at opens a reported
// clause ("said it", "said that it").
func reportedIt(doc *Document, lex *lexicon, at int) bool {
	v := at - 1
	if v > 0 && doc.Tokens[v].Lower == "that" {
		v--
	}
	return v >= 0 && doc.Tokens[v].Sent == doc.Tokens[at].Sent && lex.reportVerb[doc.Tokens[v].Lower]
}

// verbObject reports whether the mention at token t follows a verb right
// before it ("will force Congress to act").
func verbObject(doc *Document, t int) bool {
	if k := doc.TokMention[t]; k >= 0 {
		t = doc.Mentions[k].First
	}
	return t > 0 && isVerbTag(doc.Tokens[t-1].Tag) && doc.Tokens[t-1].Sent == doc.Tokens[t].Sent
}

// thingSubjectBodies are heads of noun phrases that name actors though no
// word list of bodies holds them ("the country", "the state").
var thingSubjectBodies = map[string]bool{"country": true, "nation": true, "state": true, "kingdom": true, "republic": true,
	"military": true, "team": true, "administration": true, "authority": true, "agency": true, "organisation": true,
	"organization": true, "institution": true, "body": true, "leadership": true, "opposition": true, "junta": true, "regime": true}

// chargedObject reports whether the object pronoun at token at stands
// between a verb of charging and its "of" ("ordered Zeta to repay a loan,
// accusing it of fraud", "suspected it of hiding losses"): only an actor
// is accused of something, so a thing named before it is no antecedent.
func chargedObject(doc *Document, at int) bool {
	return at > 0 && at+1 < len(doc.Tokens) && chargeOfVerbs[doc.Tokens[at-1].Lemma] && isVerbTag(doc.Tokens[at-1].Tag) && doc.Tokens[at+1].Lower == "of"
}

// subjectMention reports whether mention mm is followed by its verb ("the
// court said", "it would"): a subject.
func subjectMention(doc *Document, mm *Mention) bool {
	t := mm.Last
	s := doc.Sentences[doc.Tokens[mm.First].Sent]
	if t < s.Last && doc.Tokens[t].Tag == "RB" {
		t++
	}
	return t < s.Last && (isVerbTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "MD")
}

// thingNPWords are the tags of the words of a noun phrase before its head.
var thingNPWords = map[string]bool{"DT": true, "JJ": true, "JJS": true, "JJR": true, "NN": true, "NNS": true, "PRP$": true, "CD": true}

// objectThing reports whether token t is the lower-case head noun of a
// phrase that is no mention of an actor and is the object of the verb
// before it ("annulled the presidential election").
func (c *CorefStage) objectThing(doc *Document, t int) bool {
	tk := &doc.Tokens[t]
	if tk.Tag != "NN" || isCap(tk.Text) || doc.TokMention[t] >= 0 || c.lex.roles[tk.Lower] {
		return false
	}
	s := doc.Sentences[tk.Sent]
	if t+1 < s.Last && isNounTag(doc.Tokens[t+1].Tag) {
		return false // not the head
	}
	a := t
	for a-1 >= s.First && a > t-5 && thingNPWords[doc.Tokens[a-1].Tag] && doc.TokMention[a-1] < 0 {
		a--
	}
	if a == t || a-1 < s.First {
		return false // a bare noun: no phrase of its own
	}
	v := &doc.Tokens[a-1]
	return isVerbTag(v.Tag) && v.Lemma != "be" && v.Lemma != "become" && !c.lex.reportVerb[v.Lower]
}

// objectIt resolves an "it" that is the object of a verb whose subject is
// an organisation or country named in the same sentence: the pronoun is
// not that subject ("Acme sued Zeta in March, accusing it of fixing
// prices": Zeta), so it is the organisation or country named last before
// it other than the subject. -1 when the pattern does not hold.
func (c *CorefStage) objectIt(st *corefState, m *Mention) int {
	doc := st.doc
	v := m.First - 1
	if v < 0 || !isVerbTag(doc.Tokens[v].Tag) || doc.Tokens[v].Sent != doc.Tokens[m.First].Sent {
		return -1
	}
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	// the verb's subject: for ", accusing it" the sentence's, else the
	// nearest name before the verb
	subj := -1
	if doc.Tokens[v].Tag == "VBG" && v-1 > s.First && doc.Tokens[v-1].Lower == "," {
		f := s.First
		if doc.Tokens[f].Tag == "DT" && !c.lex.reportVerb[doc.Tokens[v].Lower] {
			// "The Orlen Group cut ties with Zeta, accusing it of ..."
			// (not "The LSE rejected Zeta's offer, saying it undervalued
			// the firm": the subject of a reported clause)
			f++
		}
		if k := doc.TokMention[f]; k >= 0 && doc.Mentions[k].Kind == NameMention {
			subj = doc.Mentions[k].Entity
		}
	} else {
		t := v - 1
		for t >= s.First && (doc.Tokens[t].Tag == "MD" || doc.Tokens[t].Tag == "RB" || isVerbTag(doc.Tokens[t].Tag)) {
			t--
		}
		if w := m.First + 1; t > s.First && (doc.Tokens[t].Lower == "," || doc.Tokens[t].Lower == "and") && !doc.presplit && !c.lex.reportVerb[doc.Tokens[v].Lower] &&
			(w >= len(doc.Tokens) || !isVerbTag(doc.Tokens[w].Tag) && doc.Tokens[w].Tag != "MD") {
			// "fined Acme 3 million euros, ordered it to restate its
			// accounts and ...": a verb in a series shares the
			// sentence's subject and acts on the first name the verb
			// before it acts on
			if p := verbSeries(doc, s.First, t); p >= 0 {
				if subj = c.sentenceSubject(st, m); subj >= 0 {
					if e := firstNameAfter(doc, p, t); e >= 0 && e != subj {
						return e
					}
				}
			}
			return -1
		} else if t >= s.First {
			if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Kind == NameMention {
				subj = doc.Mentions[k].Entity
				if coordinatedName(doc, s, doc.Mentions[k].First) && !c.lex.reportVerb[doc.Tokens[v].Lower] {
					// "Bahrain and Oman also praised it": no conjunct of
					// the subject, and no actor named before them either
					// (but "A and B said it would" may be either)
					return coordinatedIt
				}
			}
		}
	}
	if subj < 0 || subj >= len(doc.Entities) {
		return -1
	}
	if ty := doc.Entities[subj].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	for t := v - 1; t >= s.First; t-- {
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Kind != NameMention {
			continue
		}
		e := doc.Mentions[k].Entity
		if e >= 0 && e != subj && (doc.Entities[e].Type == schema.Organization || doc.Entities[e].Type == schema.Country) {
			return e
		}
	}
	return -1
}

// verbSeries returns the finite past or present verb that the comma or
// "and" at token t joins to what follows in the clause opening at token
// from ("fined X, ordered ..."), -1 when a subordinator, relative pronoun
// or quotation mark comes first or no such verb stands there.
func verbSeries(doc *Document, from, t int) int {
	for i := t - 1; i >= from; i-- {
		tk := &doc.Tokens[i]
		if tk.Quote || tk.Tag == "WDT" || tk.Tag == "WP" || tk.Lower == "that" || tk.Lower == `"` {
			return -1
		}
		if tk.Tag == "VBD" || tk.Tag == "VBZ" {
			return i
		}
	}
	return -1
}

// firstNameAfter returns the organisation or state that the verb at
// token p names as its direct object, right after it or after "the"
// ("fined Acme", "sued the Zeta Group"), when that name ends before token
// t and is no possessor; -1 otherwise ("signed a deal with Acme": the
// deal is what a later "it" more likely stands for).
func firstNameAfter(doc *Document, p, t int) int {
	i := p + 1
	if i < t && doc.Tokens[i].Lower == "the" {
		i++
	}
	if i >= t {
		return -1
	}
	k := doc.TokMention[i]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last > t || doc.Mentions[k].Last < len(doc.Tokens) && isPossessive(doc, doc.Mentions[k].Last) {
		return -1
	}
	if e := doc.Mentions[k].Entity; e >= 0 && (doc.Entities[e].Type == schema.Organization || doc.Entities[e].Type == schema.Country) {
		return e
	}
	return -1
}

// coordinatedIt is what objectIt returns for an object "it" whose
// verb's subject is a coordination of names.
const coordinatedIt = -2

// coordinatedName reports whether the name mention opening at token f
// is the last conjunct of a coordination of names ("Bahrain and Oman",
// "the Law Society and the Human Rights Commission").
func coordinatedName(doc *Document, s Sentence, f int) bool {
	t := f - 1
	if t >= s.First && doc.Tokens[t].Tag == "DT" {
		t--
	}
	if t-1 < s.First || doc.Tokens[t].Lower != "and" {
		return false
	}
	k := doc.TokMention[t-1]
	return k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Entity >= 0
}

// clauseOpening reports whether token i opens its sentence but for an
// opening prepositional phrase ("In a statement, its chairman said"), a
// quotation ('"We will appeal," its lawyer said') or a person's name it
// stands in apposition to ("X, its chairman, said").
func clauseOpening(doc *Document, i int) bool {
	si := doc.Tokens[i].Sent
	from := doc.Sentences[si].First
	if end := openingPhraseEnd(doc, si); end > 0 && end <= i {
		from = end
	}
	if k := doc.TokMention[from]; k >= 0 && from < i {
		// "Oskar Brandt, its chairman, said": the apposition of a person
		// opening the sentence
		if m := &doc.Mentions[k]; m.First == from && m.Kind == NameMention && m.Type == schema.Person && m.Last+1 == i && doc.Tokens[m.Last].Lower == "," {
			from = i
		}
	}
	if from < i && doc.Tokens[i].Quote {
		return false // "... like its plan," inside the quotation
	}
	quoted := false
	for t := from; t < i; t++ {
		tk := &doc.Tokens[t]
		switch {
		case tk.Tag == "``" || tk.Tag == "''" || tk.Text == "\"" || tk.Text == "“" || tk.Text == "”":
			quoted = true
		case tk.Quote:
		case tk.Lower == "," && quoted:
		default:
			return false
		}
	}
	return true
}

// peopleSubject reports whether sentence si, before token upto, opens
// with a subject headed by a plural common noun ("Dock workers in Finland
// went on strike", "Many farmers say"), which a following "they" or
// "their" refers to rather than to a country or organisation named in a
// modifier or prepositional phrase.
func peopleSubject(doc *Document, si, upto int) bool {
	_, _, ok := peopleSubjectSpan(doc, si, upto)
	return ok
}

// peopleSubjectSpan is peopleSubject that also returns the tokens [a, b)
// of the plural noun the sentence opens with ("Tokyo prosecutors said").
func peopleSubjectSpan(doc *Document, si, upto int) (int, int, bool) {
	s := doc.Sentences[si]
	from := s.First
	if end := openingPhraseEnd(doc, si); end > 0 && end < upto {
		from = end
	}
	for t := from; t < upto && t < s.Last && t < from+8; t++ {
		tk := &doc.Tokens[t]
		if isVerbTag(tk.Tag) && tk.Tag != "VBN" && tk.Tag != "VBG" || tk.Tag == "MD" || tk.Lower == "," {
			return 0, 0, false
		}
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Kind != DemonymMention {
			if o := &doc.Mentions[mi]; o.Kind == NameMention && o.Entity >= 0 && (doc.Entities[o.Entity].Type == schema.Location || doc.Entities[o.Entity].Type == schema.Country) &&
				o.Last < s.Last && doc.Tokens[o.Last].Tag == "NNS" && !isCap(doc.Tokens[o.Last].Text) {
				t = o.Last - 1 // a place as a modifier: "Tokyo prosecutors"
				continue
			}
			return 0, 0, false // a name first: "Acme workers", "Finland's unions"
		}
		if tk.Tag == "NNS" && (!isCap(tk.Text) || t == s.First && tk.Text[1:] == toLower(tk.Text[1:])) {
			// (a plural opening the sentence: "Senators voted ...")
			n := t + 1
			for n < s.Last && doc.Tokens[n].Tag == "NNS" {
				n++
			}
			// the head: a verb or a prepositional phrase follows
			return t, n, n < s.Last && (isVerbTag(doc.Tokens[n].Tag) || doc.Tokens[n].Tag == "MD" || doc.Tokens[n].Tag == "IN")
		}
	}
	return 0, 0, false
}

// accordingToPeople reports whether sentence si gives its claim to people
// named by a plural noun ("According to the opposition parties, it is a
// con trick."), whom a "they" opening the next sentence means.
func accordingToPeople(doc *Document, si int) bool {
	s := doc.Sentences[si]
	for t := s.First; t+2 < s.Last; t++ {
		if doc.Tokens[t].Lower != "according" || doc.Tokens[t+1].Lower != "to" {
			continue
		}
		for k := t + 2; k < s.Last && k < t+7; k++ {
			tk := &doc.Tokens[k]
			if mi := doc.TokMention[k]; mi >= 0 && doc.Mentions[mi].Kind == NameMention || tk.Lower == "," || isVerbTag(tk.Tag) {
				break
			}
			if tk.Tag == "NNS" && !isCap(tk.Text) && (k+1 >= s.Last || doc.Tokens[k+1].Tag != "NNS" && doc.Tokens[k+1].Tag != "NN") {
				return true // the plural head: "the opposition parties", "local officials"
			}
		}
	}
	return false
}

// personSubject reports whether sentence si opens, after an opening
// phrase, with the name of a person ("Mr Glazer and his family hold
// ...").
func personSubject(doc *Document, si int) bool {
	s := doc.Sentences[si]
	a := s.First
	if end := openingPhraseEnd(doc, si); end > 0 {
		a = end
	}
	if a+1 < s.Last && doc.TokMention[a] < 0 && isCap(doc.Tokens[a].Text) {
		a++ // "Mr Glazer": past an honorific outside the name
	}
	if a >= s.Last {
		return false
	}
	k := doc.TokMention[a]
	if k < 0 || doc.Mentions[k].First != a || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 {
		return false
	}
	m := &doc.Mentions[k]
	if doc.Entities[m.Entity].Type != schema.Person || m.Last >= s.Last {
		return false
	}
	n := &doc.Tokens[m.Last]
	return n.Lower == "and" || isVerbTag(n.Tag) || n.Tag == "MD" // the subject, not "Mr Glazer's club"
}

// coordinatedPersons reports whether sentence si opens with two people's
// names joined by "and" as its subject ("Tom Hadley and Ana Ruiz said"),
// and no other name comes between them and token at.
func coordinatedPersons(doc *Document, si, at int) bool {
	if !personSubject(doc, si) {
		return false
	}
	s := doc.Sentences[si]
	a := s.First
	for a < at && (doc.TokMention[a] < 0 || doc.Mentions[doc.TokMention[a]].Kind != NameMention) {
		a++
	}
	if a >= at {
		return false
	}
	first := &doc.Mentions[doc.TokMention[a]]
	b := first.Last
	if b+1 >= at || doc.Tokens[b].Lower != "and" {
		return false
	}
	n := b + 1
	if n+1 < at && doc.TokMention[n] < 0 && isCap(doc.Tokens[n].Text) {
		n++ // "Mr Hadley and Ms Ruiz": past an honorific outside the name
	}
	k := doc.TokMention[n]
	if k < 0 || doc.Mentions[k].First != n || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 || doc.Entities[doc.Mentions[k].Entity].Type != schema.Person {
		return false
	}
	return !namedBetween(doc, doc.Mentions[k].Last, at)
}

// namedBetween reports whether a mention of an entity starts in tokens
// [a, b).
func namedBetween(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].First == t && doc.Mentions[k].Entity >= 0 {
			return true
		}
	}
	return false
}

// unnamedSubject returns the span of an unnamed organisation that opens
// sentence si as its subject ("The transport committee of parliament will
// meet", "MPs on the Commons Treasury committee said", "Members of
// parliament's public accounts committee criticised"): an optional
// plural noun of its members and a preposition, an optional "the", up to
// four modifiers (names among them) and a lower-case organisation word no
// mention resolves, before a verb, "of" or a comma.
func unnamedSubject(doc *Document, lex *lexicon, si int) (Span, bool) {
	if si < 0 || si >= len(doc.Sentences) || doc.presplit {
		return Span{}, false
	}
	s := doc.Sentences[si]
	a := s.First
	if end := openingPhraseEnd(doc, si); end > 0 {
		a = end
	}
	if a+2 < s.Last && doc.Tokens[a].Tag == "NNS" && doc.TokMention[a] < 0 {
		switch doc.Tokens[a+1].Lower {
		case "on", "of", "from", "at":
			a += 2 // "MPs on the committee", "Members of parliament's committee"
		}
	}
	if a < s.Last && doc.Tokens[a].Lower == "the" {
		a++
	}
	start := a
	for t := a; t < s.Last && t <= a+5; t++ {
		tk := &doc.Tokens[t]
		// a modifier the tagger read as a verb ("The Commons ethics
		// committee") when an organisation noun follows, or a participle
		// that opens the phrase ("The ruling party")
		modifier := (t > start || tk.Tag == "VBG" || tk.Tag == "VBN") && !isCap(tk.Text) && isVerbTag(tk.Tag) && t+1 < s.Last && lex.orgWords[doc.Tokens[t+1].Lower]
		if !(isNounTag(tk.Tag) || tk.Tag == "JJ" || isPossessive(doc, t) || modifier) {
			return Span{}, false
		}
		// a lone noun needs its article: "The union welcomed the ruling."
		lone := t == start && start > s.First && doc.Tokens[start-1].Lower == "the"
		if isCap(tk.Text) || !lex.orgWords[tk.Lower] || t == start && !lone || t+1 >= s.Last {
			continue
		}
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Entity >= 0 {
			return Span{}, false
		}
		n := &doc.Tokens[t+1]
		if (isNounTag(n.Tag) && !isCap(n.Text) || isPossessive(doc, t+1)) && t+1 <= a+5 {
			continue // a modifier: "The bank workers' union said"
		}
		if n.Tag == "RB" && t+2 < s.Last {
			n = &doc.Tokens[t+2] // "The union also came out against ..."
		}
		if stateBody(doc, start, t) {
			return Span{}, false // "The Chilean foreign ministry said": the state speaking
		}
		if isVerbTag(n.Tag) || n.Tag == "MD" || n.Lower == "of" || n.Lower == "," {
			from := start
			if from > s.First && doc.Tokens[from-1].Lower == "the" {
				from--
			}
			return Span{doc.Tokens[from].Span.Start, tk.Span.End}, true
		}
		return Span{}, false
	}
	return Span{}, false
}

// placeBody reports whether sentence si opens with an unnamed body that a
// country's possessive names and that does not speak for the state
// ("Palau's parliament voted", "Tuvalu's central bank raised", not
// "Palau's government said"), ending before token at: the body, not the
// country, is what a later "its" of its clause stands for.
func placeBody(doc *Document, lex *lexicon, si, at int) bool {
	sp, ok := unnamedSubject(doc, lex, si)
	if !ok || sp.End > doc.Tokens[at].Span.Start {
		return false
	}
	t := doc.Sentences[si].First
	for t < at && doc.Tokens[t].Span.Start < sp.Start {
		t++
	}
	if t < at && doc.Tokens[t].Lower == "the" {
		t++
	}
	mi := doc.TokMention[t]
	if mi < 0 || doc.Mentions[mi].First != t || doc.Mentions[mi].Kind != NameMention || doc.Mentions[mi].Entity < 0 || doc.Mentions[mi].Last >= at {
		return false
	}
	return doc.Entities[doc.Mentions[mi].Entity].Type == schema.Country && isPossessive(doc, doc.Mentions[mi].Last)
}

// stateNouns are bodies that speak for a state abroad: "the Chilean
// government", "Peru's foreign ministry" stand for the country.
var stateNouns = map[string]bool{"government": true, "authorities": true, "administration": true, "cabinet": true}

// stateBody reports whether the noun phrase over tokens [a, t] is a
// state's government or foreign ministry named by its country ("The
// Bolivian government", "Chile's foreign ministry", "the Chilean foreign
// office"): a demonym or a country's possessive among the modifiers and a
// head that speaks for the state.
func stateBody(doc *Document, a, t int) bool {
	head := doc.Tokens[t].Lower
	if !stateNouns[head] && !((head == "ministry" || head == "office") && t > a && doc.Tokens[t-1].Lower == "foreign") {
		return false
	}
	for k := a; k < t; k++ {
		mi := doc.TokMention[k]
		if mi < 0 || doc.Mentions[mi].Entity < 0 || doc.Entities[doc.Mentions[mi].Entity].Type != schema.Country {
			continue
		}
		if m := &doc.Mentions[mi]; m.Kind == DemonymMention || m.Last < t && isPossessive(doc, m.Last) {
			return true
		}
	}
	return false
}

// attributive reports whether a country or organisation name modifies a
// following noun ("US tycoon", "Kremlin aide").
func attributive(doc *Document, m *Mention) bool {
	if m.Type != schema.Country && m.Type != schema.Organization || m.Last >= len(doc.Tokens) {
		return false
	}
	if doc.Tokens[m.Last].Sent != doc.Tokens[m.First].Sent {
		return false
	}
	t := doc.Tokens[m.Last].Tag
	return t == "NN" || t == "NNS" || (t == "NNP" && doc.TokMention[m.Last] >= 0)
}

// shortNames are organisation words that name a club on their own
// ("Rovers" after "Fenwick Rovers", "United").
var shortNames = map[string]bool{"united": true, "city": true, "rovers": true, "athletic": true, "wanderers": true, "albion": true}

// sentenceFirm returns the organisation named last before token at in its
// sentence, when it is no public body, and whether that name modifies a
// plural noun ("Acme shareholders"); -1 otherwise.
func (c *CorefStage) sentenceFirm(st *corefState, at int) (int, bool) {
	doc := st.doc
	s := doc.Sentences[doc.Tokens[at].Sent]
	for t := at - 1; t >= s.First; t-- {
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 {
			continue
		}
		e := doc.Mentions[k].Entity
		switch doc.Entities[e].Type {
		case schema.Person:
			continue // "Acme Chief Executive X"
		case schema.Organization:
			if !c.publicBody(st, e) {
				m := &doc.Mentions[k]
				return e, m.Last < at && doc.Tokens[m.Last].Tag == "NNS" && !isCap(doc.Tokens[m.Last].Text)
			}
		}
		return -1, false
	}
	return -1, false
}

// partOwnerBefore returns the organisation whose part (m's own word) the
// text names last in m's sentence or the one before: "the Acme board",
// "Acme's board" or "the board of Acme"; -1 if none.
func partOwnerBefore(doc *Document, m *Mention) int {
	sent := doc.Tokens[m.First].Sent
	return partOwnerFrom(doc, m, doc.Sentences[max(sent-1, 0)].First, false)
}

// storyPartOwner returns the organisation whose part (m's own word) the
// story named with its owner last, passing the bare parts after it
// ("Harlow bid for Kestrel after Kestrel's board rejected it ... Y, a
// director, said the board had dismissed Harlow's proposals": Kestrel's,
// not the bidder's); -1 if none.
func storyPartOwner(doc *Document, m *Mention) int {
	if doc.presplit {
		return -1
	}
	return partOwnerFrom(doc, m, max(m.First-maxLookback, 0), true)
}

// partOwnerFrom looks for m's part named with an owner between token
// from and m; past a bare part only when skipBare is set.
func partOwnerFrom(doc *Document, m *Mention, from int, skipBare bool) int {
	org := func(t int) int {
		if t < from || t >= m.First {
			return -1
		}
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Entity < 0 || doc.Entities[doc.Mentions[k].Entity].Type != schema.Organization {
			return -1
		}
		return doc.Mentions[k].Entity
	}
	for t := m.First - 1; t >= from; t-- {
		if doc.Tokens[t].Lower != m.Key {
			continue
		}
		if e := org(t - 1); e >= 0 {
			return e // "the Acme board"
		}
		if t >= 2 && isPossessive(doc, t-1) {
			if e := org(t - 2); e >= 0 {
				return e // "Acme's board"
			}
		}
		if t+2 < m.First && doc.Tokens[t+1].Lower == "of" {
			if e := org(t + 2); e >= 0 {
				return e // "the board of Acme"
			}
		}
		if skipBare {
			continue
		}
		return -1 // the latest such part has no named owner
	}
	return -1
}

// orgParts are bodies folded into the organisation that owns them.
var orgParts = map[string]bool{"board": true, "management": true, "directors": true, "executive": true, "leadership": true}

// sentenceSubject returns the organisation or country named before the
// first verb of the pronoun's sentence, or -1.
func (c *CorefStage) sentenceSubject(st *corefState, m *Mention) int {
	doc := st.doc
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	best := -1
	from := s.First
	if end := openingPhraseEnd(doc, doc.Tokens[m.First].Sent); end > 0 && end <= m.First {
		from = end // "After talks with X, Y raised its offer"
	}
	for i := from; i < m.First; i++ {
		t := doc.Tokens[i].Tag
		if t == "VBG" && i > from && i+1 < m.First && (doc.Tokens[i-1].Tag == "JJ" || doc.Tokens[i-1].Tag == "NNP" || doc.Tokens[i-1].Tag == "DT" || isPossessive(doc, i-1)) && (isNounTag(doc.Tokens[i+1].Tag) || doc.Tokens[i+1].Tag == "JJ") {
			continue // "Belgian brewing giant Inbev ... its", "the ruling Unity Front", "Palau's governing Unity Front": a gerund modifying a noun
		}
		if isVerbTag(t) || t == "MD" {
			break
		}
		if t == "IN" || t == "," {
			if best >= 0 {
				break
			}
			continue
		}
		if k := doc.TokMention[i]; k >= 0 && doc.Mentions[k].Entity >= 0 && (doc.Mentions[k].Kind != PronounMention || subjectIts(doc, k, from)) {
			if ty := doc.Entities[doc.Mentions[k].Entity].Type; ty == schema.Organization || ty == schema.Country {
				best = doc.Mentions[k].Entity
			}
		}
	}
	return best
}

// subjectIts reports whether pronoun mention k is an "its" that opens
// the subject at token from ("Its shareholders backed the sale, and its
// chief executive said": the second "its" is the first one's).
func subjectIts(doc *Document, k, from int) bool {
	m := &doc.Mentions[k]
	return m.First == from && m.Key == "its"
}

// expletiveAfterModal are verbs after "it would" that leave "it" without a
// referent ("it would be", "it may take weeks").
var expletiveAfterModal = map[string]bool{
	"be": true, "seem": true, "appear": true, "take": true, "happen": true, "make": true, "mean": true,
	"remain": true, "become": true, "help": true, "cost": true, "matter": true, "depend": true,
}

// actAfterModal reports whether "take" or "make" at v, after "it would",
// is an act of a referring "it": it makes or takes an event or a measure
// ("it would make a higher offer", "it would take all measures
// necessary") or takes an actor to a forum ("it would take Chile to the
// World Trade Organization"), unlike the expletive "it would take years
// to build", "it would make sense to wait".
func (c *CorefStage) actAfterModal(doc *Document, v int) bool {
	if l := doc.Tokens[v].Lower; l != "take" && l != "make" {
		return false
	}
	sent := doc.Tokens[v].Sent
	for k := v + 1; k < len(doc.Tokens) && k <= v+5 && doc.Tokens[k].Sent == sent; k++ {
		w := doc.Tokens[k].Lower
		if _, ok := c.lex.events[w]; ok || measureNouns[w] {
			return true
		}
		if t := doc.Tokens[k].Tag; t == "IN" || t == "TO" || t == "," || t == "." || t == "VB" {
			break
		}
	}
	// "take Chile to the WTO": a name, then "to" before a noun phrase
	k := v + 1
	if doc.Tokens[v].Lower != "take" || k >= len(doc.Tokens) || doc.Tokens[k].Tag != "NNP" {
		return false
	}
	for k < len(doc.Tokens) && doc.Tokens[k].Tag == "NNP" && doc.Tokens[k].Sent == sent {
		k++
	}
	return k+1 < len(doc.Tokens) && doc.Tokens[k].Lower == "to" && doc.Tokens[k+1].Sent == sent &&
		(doc.Tokens[k+1].Tag == "DT" || doc.Tokens[k+1].Tag == "NNP" || doc.Tokens[k+1].Lower == "court")
}

// measureNouns are measures an actor takes or makes ("take all measures
// necessary", "make a counter-offer").
var measureNouns = map[string]bool{"measures": true, "measure": true, "steps": true, "step": true, "action": true,
	"counter-offer": true, "counteroffer": true, "payment": true, "payments": true, "decision": true}

// expletiveNext are words after which "it" is usually not a reference.
var expletiveNext = map[string]bool{
	"is": true, "was": true, "'s": true, "’s": true, "would": true, "will": true, "could": true, "may": true, "might": true,
	"became": true, "becomes": true, "seems": true, "seemed": true, "appears": true, "appeared": true, "remains": true,
	"take": true, "takes": true, "took": true, "be": true, "happen": true, "emerged": true, "matters": true, "should": true,
}

// namedBefore returns the organisation named right before an
// organisation description that stands in apposition to it ("News Corp,
// Rupert Murdoch's media conglomerate, ...", "Brio Energy, the company
// that bought X", "Brio, the food delivery company in which X is an
// investor"), or -1.
func (c *CorefStage) namedBefore(st *corefState, m *Mention) int {
	doc := st.doc
	if m.Type != schema.Organization || m.Last >= len(doc.Tokens) {
		return -1
	}
	start := m.First
	if m.RoleOf >= 0 && doc.Mentions[m.RoleOf].First < start {
		start = doc.Mentions[m.RoleOf].First
	}
	for n := 0; n < 3 && start > 0 && doc.TokMention[start-1] < 0 && (doc.Tokens[start-1].Tag == "NN" || doc.Tokens[start-1].Tag == "JJ"); n++ {
		start-- // "Brio, the food delivery company in which"
	}
	if start > 0 && (doc.Tokens[start-1].Lower == "the" || doc.Tokens[start-1].Lower == "a" || doc.Tokens[start-1].Lower == "an") {
		start--
	}
	end := doc.Tokens[m.Last]
	if end.Tag == "IN" && m.Last+1 < len(doc.Tokens) && doc.Tokens[m.Last+1].Lower == "which" {
		end = doc.Tokens[m.Last+1] // "Brio, the company in which X is an investor"
	}
	if end.Lower != "," && end.Tag != "." && end.Lower != "that" && end.Lower != "which" && end.Lower != "whose" || start < 2 || doc.Tokens[start-1].Lower != "," || doc.Tokens[start-1].Sent != doc.Tokens[m.First].Sent {
		return -1
	}
	k := doc.TokMention[start-2]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last != start-1 || doc.Mentions[k].Type != schema.Organization {
		return -1
	}
	n := &doc.Mentions[k]
	if n.Entity < 0 {
		n.Entity = c.resolveName(st, n)
	}
	return n.Entity
}

// appositiveName returns the person a role description names in an
// apposition right after it ("the court's president, Justice X,", "his
// deputy, Y,"), -1 if none.
func (c *CorefStage) appositiveName(st *corefState, m *Mention) int {
	doc := st.doc
	if m.Role == "" || m.Role == "national" {
		return -1
	}
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	t := m.Last
	if t >= s.Last || doc.Tokens[t].Lower != "," {
		return -1
	}
	t++
	holder := ownerRoles[m.Role]
	if holder && t < s.Last && doc.Tokens[t].Lower == "the" {
		// "the second-largest shareholder, the investment fund X,": a
		// descriptor before the organisation's name
		for t++; t < s.Last && doc.TokMention[t] < 0 && !isCap(doc.Tokens[t].Text) && (isNounTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "JJ"); t++ {
		}
	}
	for n := 0; n < 3 && t < s.Last && doc.TokMention[t] < 0 && isCap(doc.Tokens[t].Text); n++ {
		t++ // a title: "Justice", "Dr"
	}
	if t >= s.Last {
		return -1
	}
	k := doc.TokMention[t]
	if k < 0 || doc.Mentions[k].First != t || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Type != schema.Person && !(holder && doc.Mentions[k].Type == schema.Organization) {
		return -1
	}
	n := &doc.Mentions[k]
	if end := overAcronym(doc, s, n.Last); end < s.Last && doc.Tokens[end].Lower != "," && doc.Tokens[end].Tag != "." {
		return -1
	}
	if n.Entity < 0 {
		n.Entity = c.resolveName(st, n)
	}
	return n.Entity
}

func (c *CorefStage) resolveDescription(st *corefState, m *Mention) int {
	doc := st.doc
	if a := m.First - 2; a >= 0 && (doc.Tokens[a].Lower == "a" || doc.Tokens[a].Lower == "an") && a == doc.Sentences[doc.Tokens[a].Sent].First {
		return -1 // "A British judge on Monday refused ...": someone new, named after (holdersNamedAfter)
	}
	if genericFirm[m.Key] && holdersAfter(doc, m.Last) {
		// "Several of Zeta's biggest investors urged the board to talk.
		// Orla Fund, one of the company's top ten shareholders, said":
		// the company whose holders were just named
		if e := holdersOwner(doc, m.First); e >= 0 {
			return e
		}
	}
	nation := -1
	if m.RoleOf >= 0 {
		owner := &doc.Mentions[m.RoleOf]
		if owner.Entity < 0 && owner.Kind == NameMention && owner.First > m.First {
			// "the board of Kestrel Mining": the owner comes after the part
			owner.Entity = c.resolveName(st, owner)
		}
		nation = owner.Entity
	}
	if e := c.namedBefore(st, m); e >= 0 {
		return e // "News Corp, Rupert Murdoch's media conglomerate,"
	}
	if m.Key == "year-old" {
		return c.agedPerson(st, m, describedAge(doc, m)) // "The 26-year-old won silver"
	}
	e := c.resolveRoleDescription(st, m, nation)
	a := c.appositiveName(st, m)
	if age := describedAge(doc, m); e < 0 && age != "" && a < 0 {
		// "the 46-year-old economist" when no economist was named: the
		// person of that age
		e = c.agedPerson(st, m, age)
	}
	if a >= 0 && (e >= 0 && a != e || e < 0 && ownerRoles[m.Role]) {
		return a // "the court's president, Justice X, voted": X, not another president named before
	}
	return c.nationalOrg(st, m, e)
}

// stateBodyOf reports whether organisation e, found for description m
// whose possessor or nationality is country entity nation ("Norland's
// privacy watchdog", "the Norlandic regulator"), may be that body: not
// when a description before m ties e to another country and none to
// nation ("Sorland's data regulator, named after as the Data Board, ...
// Norland's privacy watchdog": not the Data Board).
func (c *CorefStage) stateBodyOf(st *corefState, m *Mention, e, nation int) bool {
	doc := st.doc
	if doc.Entities[e].Type != schema.Organization || m.Role != "" {
		return true
	}
	if otherKindOfBody(doc, m, e) {
		return false
	}
	if c.orgCountry(st, e, m.First) == toLower(doc.Entities[nation].Name) {
		return true // "Norland's Data Board"
	}
	other := false
	for ni := range doc.Mentions {
		n := &doc.Mentions[ni]
		if n.First >= m.First || n.Entity != e || n.Kind != DescriptionMention || n.RoleOf < 0 {
			continue
		}
		if o := doc.Mentions[n.RoleOf].Entity; o == nation {
			return true // tied to this state too
		} else if o >= 0 && doc.Entities[o].Type == schema.Country {
			other = true
		}
	}
	return !other
}

// otherKindOfBody reports whether description m, whose head noun is a
// word of organisation e's name, sets itself apart from e by a noun
// modifier the name lacks: "Kazakhstan's competition agency" is no
// "Agency for Regulation and Development of the Financial Market", nor
// "Norland's energy commission" the "Norland Securities Commission".
func otherKindOfBody(doc *Document, m *Mention, e int) bool {
	if m.RoleOf < 0 || m.Last > len(doc.Tokens) || doc.Mentions[m.RoleOf].Last > m.First {
		return false
	}
	words := strings.Fields(toLower(doc.Entities[e].Name))
	if !slices.Contains(words, doc.Tokens[m.Last-1].Lower) {
		return false
	}
	for t := doc.Mentions[m.RoleOf].Last; t < m.Last-1; t++ {
		w := doc.Tokens[t]
		if w.Tag == "POS" {
			continue
		}
		if w.Tag == "JJ" {
			continue // "top", "central": a rank or role, which a name in another language may not spell out ("Bank Negara Malaysia")
		}
		if w.Tag != "NN" || isCap(w.Text) || strings.Contains(w.Lower, "-") || doc.TokMention[t] >= 0 && &doc.Mentions[doc.TokMention[t]] != m {
			return false // "Tashkent's largest bank", "Kenya's Acme bank"
		}
		if !slices.Contains(words, w.Lower) {
			return true
		}
	}
	return false
}

// describedAge returns the years that description m gives its person
// ("the 26-year-old", "the 46-year-old economist"), or "".
func describedAge(doc *Document, m *Mention) string {
	if m.Type != schema.Person {
		return ""
	}
	if m.Key == "year-old" {
		return ageWord(doc.Tokens[m.First].Lower)
	}
	if m.Role == "" || m.First < 2 || doc.Tokens[m.First-2].Lower != "the" {
		return ""
	}
	return ageWord(doc.Tokens[m.First-1].Lower)
}

// statedAge returns the years the text gives beside person name mention
// n ("Selma Drovic, 26,", "26-year-old Selma Drovic", "Selma Drovic, a
// 26-year-old sprinter,"), or "".
func statedAge(doc *Document, n *Mention) string {
	if n.First > 0 {
		if a := ageWord(doc.Tokens[n.First-1].Lower); a != "" {
			return a
		}
	}
	t := n.Last
	if t+2 >= len(doc.Tokens) || doc.Tokens[t].Lower != "," {
		return ""
	}
	if w := doc.Tokens[t+1]; w.Tag == "CD" && len(w.Lower) <= 3 && ageWord(w.Lower+"-year-old") != "" && doc.Tokens[t+2].Lower == "," {
		return w.Lower
	}
	if w := doc.Tokens[t+1].Lower; w == "a" || w == "an" {
		return ageWord(doc.Tokens[t+2].Lower)
	}
	return ""
}

// agedPerson resolves a description by age ("the 26-year-old") to the
// person the text gave that age last before it, or -1: without a stated
// age, the person named last is as often a lawyer or an official quoted
// about the one the story is about.
func (c *CorefStage) agedPerson(st *corefState, m *Mention, age string) int {
	doc := st.doc
	best, bestAt := -1, -1
	for ni := range doc.Mentions {
		n := &doc.Mentions[ni]
		if n.Kind != NameMention || n.Entity < 0 || n.Last > m.First || doc.Entities[n.Entity].Type != schema.Person {
			continue
		}
		if n.First > bestAt && statedAge(doc, n) == age {
			best, bestAt = n.Entity, n.First
		}
	}
	return best
}

// nationalOrg checks organisation e, resolved for description m, against
// the nationality m gives ("the Danish group", "the Spanish carrier"): a
// firm the text ties to another country is not it ("Danish shipper
// Norvald Lines ... The Latvian Seafarers Union ... a charge the Danish
// group denied": Norvald, not the union named last). It returns e unless
// the text ties e to another country; then the latest organisation seen
// before m tied to m's country, or -1.
func (c *CorefStage) nationalOrg(st *corefState, m *Mention, e int) int {
	doc := st.doc
	if e < 0 || m.Role != "" || m.RoleOf < 0 || doc.Entities[e].Type != schema.Organization {
		return e
	}
	if !nationalDescription(doc, m) {
		return e
	}
	country := toLower(c.lex.demonyms[doc.Mentions[m.RoleOf].Key])
	if country == "" {
		return e
	}
	own := c.orgCountry(st, e, m.First)
	if own == "" || own == country {
		return e
	}
	return c.recent(st, m.First, -1, false, func(i int, en *Entity) bool {
		return en.Type == schema.Organization && c.orgCountry(st, i, m.First) == country
	})
}

// nationalDescription reports whether description m carries a
// nationality of its own: "the Danish group", "the Japanese company's".
func nationalDescription(doc *Document, m *Mention) bool {
	if m.Kind != DescriptionMention || m.RoleOf < 0 {
		return false
	}
	d := &doc.Mentions[m.RoleOf]
	return d.Kind == DemonymMention && d.First >= m.First-2 && d.Last <= m.Last
}

// orgCountry returns the lower-case name of the country the text ties
// organisation e to before token at, or "": a nationality or a country
// opening its name ("the Latvian Seafarers Union"), before the name in its
// phrase ("Danish shipper Norvald Lines", "Spain's Grupo Aeronova"), or
// in an apposition after it ("Norvald Lines, a Danish shipping group,").
func (c *CorefStage) orgCountry(st *corefState, e, at int) string {
	doc := st.doc
	// the country a mention over token t names, or ""
	country := func(t int) string {
		k := doc.TokMention[t]
		if k < 0 {
			return ""
		}
		o := &doc.Mentions[k]
		if o.Kind == DemonymMention {
			return toLower(c.lex.demonyms[o.Key])
		}
		if o.Kind == NameMention && o.Entity >= 0 && doc.Entities[o.Entity].Type == schema.Country && o.Last < len(doc.Tokens) && doc.Tokens[o.Last].Tag == "POS" {
			return toLower(doc.Entities[o.Entity].Name)
		}
		return ""
	}
	modifier := func(t int) bool {
		tg := doc.Tokens[t].Tag
		return tg == "JJ" || tg == "NN" || tg == "NNS" || tg == "HYPH"
	}
	for mi := range doc.Mentions {
		n := &doc.Mentions[mi]
		if n.Entity != e || n.Kind != NameMention || n.First >= at {
			continue
		}
		if cn, ok := c.lex.demonyms[doc.Tokens[n.First].Lower]; ok && n.Last-n.First >= 2 {
			return toLower(cn)
		}
		s := doc.Sentences[doc.Tokens[n.First].Sent]
		for t := n.First - 1; t >= s.First && t >= n.First-4; t-- {
			if doc.Tokens[t].Tag == "POS" && t > s.First {
				t--
			}
			if cn := country(t); cn != "" {
				return cn
			}
			if !modifier(t) || doc.TokMention[t] >= 0 {
				break
			}
		}
		if t := n.Last; t+2 < s.Last && doc.Tokens[t].Lower == "," && (doc.Tokens[t+1].Lower == "a" || doc.Tokens[t+1].Lower == "an" || doc.Tokens[t+1].Lower == "the") {
			for k := t + 2; k < s.Last && k < t+6; k++ {
				if cn := country(k); cn != "" {
					return cn
				}
				if !modifier(k) || doc.TokMention[k] >= 0 {
					break
				}
			}
		}
	}
	return ""
}

// resolveRoleDescription resolves description m, whose owner is entity
// nation (-1 if none), from the entities named before it.
func (c *CorefStage) resolveRoleDescription(st *corefState, m *Mention, nation int) int {
	doc := st.doc
	if m.Role == "national" {
		country := c.lex.demonyms[m.Key]
		ce, ok := st.byName[toLower(country)]
		if !ok {
			return -1
		}
		return c.recent(st, m.First, -1, false, func(_ int, e *Entity) bool { return e.Type == schema.Person && e.Nation == ce })
	}
	if m.Role != "" {
		if m.First > 0 && interimWords[doc.Tokens[m.First-1].Lower] && doc.Tokens[m.First-1].Lower != "new" {
			// "the acting president": whoever took the office for now
			if e := c.recent(st, m.First, -1, false, func(i int, e *Entity) bool { return e.Roles["acting "+m.Role] }); e >= 0 {
				return e
			}
		}
		if e := c.oneOfKind(st, m); e >= 0 {
			// "Norbank, Kallor's lender, ... the lender": a trade, or a
			// role a company holds
			return e
		}
		return c.recent(st, m.First, -1, false, func(i int, e *Entity) bool {
			if e.Type != schema.Person || !holdsRole(e, m.Role, nation) {
				return false
			}
			if nation < 0 {
				return true
			}
			if doc.Entities[nation].Type != schema.Country {
				// "the Conservative leader" is not the Liberal leader,
				// nor a body's office a state's office holder's
				orgs := st.roleOf[i]
				return len(orgs) == 0 && e.Nation < 0 || slices.Contains(orgs, nation)
			}
			return e.Nation < 0 || e.Nation == nation
		})
	}
	if m.Key == "target" {
		// "Harlow made an offer for Kestrel Foods ... the target's
		// board refused": the company the latest bid is for
		back := len(doc.Sentences)
		if doc.presplit {
			back = 0 // given sentences look in their own sentence only
		}
		return latestBidTarget(doc, m.First, back)
	}
	if nation >= 0 && orgParts[m.Key] && doc.Entities[nation].Type == schema.Organization {
		return nation // "Meridian's board" is Meridian
	}
	if nation < 0 && orgParts[m.Key] {
		if e := c.latestWithWord(st, m.First, -1, func(w string) bool { return w == m.Key }); e >= 0 {
			return e // "the Turkish Competition Board ... the board"
		}
		if e := partOwnerBefore(doc, m); e >= 0 {
			return e // "The Ardent board met ... the board also asked": Ardent's
		}
		// "The board named X": the board of the organisation the story
		// is about, not of the one named last
		if e := c.bidTarget(st, m); e >= 0 {
			return e // "A made an offer for B. The board rejected the offer": B's
		}
		if k := doc.TokMention[doc.Sentences[doc.Tokens[m.First].Sent].First]; k >= 0 && doc.Mentions[k].Kind == NameMention && doc.Mentions[k].Last < m.First {
			// "Brill, Corvo's chairman, ... Brill denied that the
			// board was protecting itself": the board of the subject's
			// own organisation
			if e := c.officeOrg(st, doc.Mentions[k].Entity, m.First); e >= 0 {
				return e
			}
		}
		if e, attr := c.sentenceFirm(st, m.First); e >= 0 && (doc.Tokens[m.First].Lower == "the" || m.First > 0 && doc.Tokens[m.First-1].Lower == "the") &&
			(attr || m.Last < len(doc.Tokens) && (isVerbTag(doc.Tokens[m.Last].Tag) || doc.Tokens[m.Last].Tag == "MD")) {
			// "Acme Chief Executive X stepped down, and the board named
			// Y", "Acme shareholders urged the board to" (the board
			// acting or the firm's own people acting on it: not "Acme's
			// chairman accused the board of", another's)
			return e
		}
		if e := storyPartOwner(doc, m); e >= 0 {
			return e
		}
		if e := c.storyOrg(st, m.First); e >= 0 {
			return e
		}
	}
	if m.Key == "side" && nation >= 0 && doc.Entities[nation].Type == schema.Country {
		return nation // "the Kyrgyz side walked out": Kyrgyzstan
	}
	if m.Key == "government" {
		if nation >= 0 && doc.Entities[nation].Type == schema.Country {
			return nation
		}
		if nation < 0 && m.Last+1 < len(doc.Tokens) && doc.Tokens[m.Last].Lower == "in" && doc.Tokens[m.Last+1].Sent == doc.Tokens[m.First].Sent {
			// "urged the government in Reykjavik": the state whose seat
			// the name is (a capital stands for its country)
			if k := doc.TokMention[m.Last+1]; k >= 0 && doc.Mentions[k].First == m.Last+1 && doc.Mentions[k].Kind == NameMention {
				n := &doc.Mentions[k]
				if n.Entity < 0 {
					n.Entity = c.resolveName(st, n)
				}
				if n.Entity >= 0 && doc.Entities[n.Entity].Type == schema.Country {
					return n.Entity
				}
			}
		}
		if nation >= 0 && doc.Entities[nation].Type != schema.Person && m.RoleOf >= 0 && doc.Mentions[m.RoleOf].First < m.First && localGovernment(doc, m.First) {
			// "Jujuy's provincial government": the province's own, not
			// the country's
			o := &doc.Mentions[m.RoleOf]
			return c.entity(st, strings.Join(strings.Fields(doc.Text[o.Span.Start:m.Span.End]), " "), schema.Organization)
		}
		// a domestic government without a named country
		return c.entity(st, "government", schema.Organization)
	}
	if e := c.appositive(st, m); e >= 0 {
		st.kind[m.Key] = e
		if overseerHeads[m.Key] && doc.Entities[e].Type == schema.Organization {
			// "Finor, the banking regulator," is a public body, which
			// "the company" never stands for
			if st.overseers == nil {
				st.overseers = map[int]bool{}
			}
			st.overseers[e] = true
		}
		return e
	}
	if trade := stateTrade(doc, m); trade != nil && m.Type == schema.Organization && m.RoleOf < 0 && m.Key != "giant" {
		// "the state rail company": a state's own enterprise, which the
		// story names by its trade, not the firm or body named last
		// ("Kavango Logistics ... a complaint from the state rail
		// company"; but "Aramco ... The state oil giant" is an epithet)
		return c.latestWithWord(st, m.First, -1, func(w string) bool { return trade[w] })
	}
	if m.Key == "group" && unnamedGroupBefore(doc, m.First) {
		// "A group of 200 farmers sued the board of Norvik Dairy. The
		// group's spokeswoman": the farmers, whom no name stands for,
		// not the firm named last
		return -1
	}
	if m.Key == "bank" && m.RoleOf < 0 && m.First > 0 && doc.Tokens[m.First-1].Lower == "central" {
		// "the central bank" is only a body named as a state's bank ("the
		// Bank of Ruritania", "the Reserve Bank") or called the central
		// bank before, never the firm named last ("executives of Tavan
		// Coal ... X, a former economist at the central bank,")
		return c.recent(st, m.First, -1, false, func(i int, e *Entity) bool {
			return e.Type == schema.Organization && (centralBank(e.Name) || c.calledCentralBank(st, i, m.First))
		})
	}
	if want := partyStance(doc, m.First); want != "" && m.Key == "party" {
		// "the ruling party" is never a party the story calls the
		// opposition, nor "the opposition party" the ruling one: the
		// party named with the same stance before ("the main opposition
		// Civic Front ... the opposition party's leader"), else one named
		// "Party" with no stance ("President X's own Unity Party ... the
		// main opposition Civic Front ... Y, the ruling party's leader,":
		// the Unity Party), else none ("the Builders Association ... the
		// opposition party's spokeswoman": not the association)
		org := func(i int, e *Entity) bool { return e.Type == schema.Organization && e.Name != "government" }
		if e := c.recent(st, m.First, -1, false, func(i int, e *Entity) bool { return org(i, e) && c.stanceOf(st, i, m.First) == want }); e >= 0 {
			return e
		}
		return c.recent(st, m.First, -1, false, func(i int, e *Entity) bool {
			return org(i, e) && slices.Contains(strings.Fields(toLower(e.Name)), "party") && c.stanceOf(st, i, m.First) == ""
		})
	}
	if e := c.trade(st, m); e >= 0 {
		return e // "the construction group" after "Mathebula Construction"
	}
	if e := c.oneOfKind(st, m); e >= 0 {
		return e // "the supplier" after "Wisla Parts, a Polish supplier,"
	}
	_, known := st.kind[m.Key]
	if kinds, ok := decidingHeads[m.Key]; ok && !known && introducedBefore(doc, m) {
		// "a panel of former leaders ... accusing the panel of bias": the
		// body the story just introduced, no court
		return -1
	} else if ok && !known {
		// "the tribunal" after "the Tribunal of ...": the body whose name
		// has the noun; else "the panel" or "the tribunal" after "the
		// Competition Commission" or "the Court of Arbitration for Sport":
		// the deciding body named last, never a company
		if e := c.latestWithWord(st, m.First, -1, func(w string) bool { return w == m.Key }); e >= 0 {
			if m.Key == "court" && futureVenue(doc, e, m.First) && courtBefore(doc, e) {
				// "A graft court convicted X ... His lawyer said he would
				// appeal to the Supreme Court. The court cleared Y": the
				// court that tried the case, not one a party may go to
				// next; none if no other court was named
				f := -1
				st.before(m.First, func(i int) bool {
					en := &doc.Entities[i]
					if i != e && en.Type == schema.Organization && slices.Contains(strings.Fields(toLower(en.Name)), "court") && !futureVenue(doc, i, m.First) {
						f = i
						return false
					}
					return true
				})
				return f
			}
			if m.Key == "court" || m.Key == "commission" {
				// "the court" after the court the story is about and an
				// appeal court it mentions once, "the commission" after
				// the commission the story is about and another it names
				// in passing: the one named more often
				if f := c.mostNamedWithWord(st, m.First, m.Key); f >= 0 && doc.Entities[f].Mentions > doc.Entities[e].Mentions+1 {
					return f
				}
			}
			return e
		}
		if m.Key == "bench" {
			// "the bench" is the judges of the court that hears the case:
			// the court the story names most, not one it only mentions
			// ("Tarn Foods appealed to the High Court ... Tarn said it
			// would go to the Supreme Court. The bench dismissed that
			// argument": the High Court)
			if f := c.mostNamedWithWord(st, m.First, "court"); f >= 0 {
				return f
			}
		}
		for _, words := range kinds {
			// a court before another deciding body ("the panel" after
			// "the Court of Arbitration for Sport" and "the Olympic
			// Committee")
			if e := c.latestOrg(st, m.First, words); e >= 0 {
				return e
			}
		}
		return -1
	}
	if _, ok := st.kind[m.Key]; !ok && overseerHeads[m.Key] {
		if e := c.overseer(st, m.First); e >= 0 {
			if st.overseers == nil {
				st.overseers = map[int]bool{}
			}
			st.overseers[e] = true
			return e
		}
		// "Kenya's regulator" when no regulator was named: never the
		// company named last, which is more likely the one it oversees
		return -1
	}
	// "the bank" after "Ordell Bank": the latest organisation whose name
	// or earlier description has the noun
	best := -1
	if e, ok := st.kind[m.Key]; ok {
		best = e
	}
	best = c.latestWithWord(st, m.First, best, func(w string) bool { return w == m.Key })
	if best >= 0 {
		return best
	}
	if m.Key == "bank" && unnamedCentralBank(doc, m.First) {
		// "Brazil's central bank held rates ... the bank's monetary
		// policy committee, known as Copom, ... said the bank had":
		// the central bank no name gives, not an organisation named since
		return -1
	}
	if m.Key == "union" {
		// "the union" after "the Metal Workers Federation": the union
		// named last by any word of a union
		return c.recent(st, m.First, -1, true, func(_ int, e *Entity) bool { return e.Type == schema.Organization && unionName(e.Name) })
	}
	isOrg := func(i int, e *Entity) bool {
		// "the company" is not the domestic government, nor "the firm"
		// or "the group" a public body such as the regulator that
		// oversees it, nor "the company" a union of its workers ("the
		// Copper Workers' Guild"), nor one described beside its name as
		// such a body ("the FNTM, the country's main labour federation,")
		return e.Type == schema.Organization && e.Name != "government" && !((genericFirm[m.Key] || tradeHeads[m.Key] || m.Key == "group") && c.publicBody(st, i)) &&
			!((genericFirm[m.Key] || tradeHeads[m.Key]) && (nonFirm(e.Name) || unionName(e.Name) || nonFirmKind(st, i) || st.notFirm[i])) && !(m.Key == "club" && nameHasWord(e.Name, sportBodyNames)) &&
			!(m.Key == "party" && nonPartyName(e.Name)) && !st.sites[toLower(e.Name)]
	}
	if genericFirm[m.Key] {
		if e := c.leaderOrg(st, m); e >= 0 {
			return e // "Brill, who has chaired the company since 2019": Brill's company
		}
	}
	if e, ok := st.described[m.Key]; ok && isOrg(e, &doc.Entities[e]) && tradeHeads[m.Key] {
		// "fined the broadcaster ... The broadcaster will appeal": the
		// organisation the same description stood for before
		return e
	}
	if m.Key == "group" && len(st.armed) > 0 {
		// "U.N. sanctions imposed over its support for al Shabaab
		// militants ... denied arming the group": the armed group, not a
		// body named before it in that sentence
		if e := c.recent(st, m.First, -1, false, func(i int, e *Entity) bool { return st.armed[toLower(e.Name)] && isOrg(i, e) }); e >= 0 {
			return e
		}
	}
	r := c.recent(st, m.First, -1, true, isOrg)
	if r >= 0 && genericFirm[m.Key] {
		// "the company" is the company the story is about when another
		// organisation was only named in passing since: "Karoo Steel
		// missed a payment. Nedlund Bank, Karoo's lender, declined to
		// comment. The company's auditor ..."
		if f := c.focus(st, m.First, -1, isOrg); f >= 0 && f != r && c.named(st, f, m.First) > c.named(st, r, m.First) && c.named(st, r, m.First) == 1 {
			return f
		}
	}
	if r >= 0 && genericFirm[m.Key] && !doc.presplit {
		// "the company" is the one firm the headline and lead are about
		// when the firm named since stood in no lead and is not in this
		// sentence: "Bakers at Kallor Foods stop work ... Kallor, a
		// unit of Brenholt ... Brenholt said ... the company refused"
		if f := c.leadFirm(st, m.First, isOrg); f >= 0 && f != r && !c.inLead(st, r) && !mentionedBefore(doc, r, m.First) {
			return f
		}
	}
	if r >= 0 && genericFirm[m.Key] && r == relativeName(doc, m.First) {
		// "... including the German chain Haldeck, which cut ties with
		// the company": not the organisation the relative clause is about
		// but the one named before it
		if e := c.recent(st, m.First, -1, true, func(i int, e *Entity) bool { return i != r && isOrg(i, e) }); e >= 0 {
			return e
		}
	}
	if r >= 0 && r == c.clauseSubject(doc, m.First) {
		// "Zeta Bank, which has built a stake in the company": not the
		// clause's own subject but the organisation the story names most
		if e := c.focus(st, m.First, r, isOrg); e >= 0 {
			return e
		}
	}
	return r
}

// relativeName returns the entity of the name a relative clause holding
// token at is about ("Haldeck, which cut ties with the company": Haldeck),
// -1 if at is in no such clause.
func relativeName(doc *Document, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	for t := at - 1; t > s.First+1 && t >= at-12; t-- {
		switch doc.Tokens[t].Lower {
		case ",", ";", ":", "(", ")", "\"", "said", "says":
			return -1
		case "which", "who":
			if doc.Tokens[t-1].Lower != "," {
				return -1
			}
			k := doc.TokMention[t-2]
			if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last != t-1 {
				return -1
			}
			return doc.Mentions[k].Entity
		}
	}
	return -1
}

// unnamedCentralBank reports whether a "central bank" that no entity
// stands for is written before token at.
func unnamedCentralBank(doc *Document, at int) bool {
	for mi := range doc.Mentions {
		d := &doc.Mentions[mi]
		if d.First >= at {
			break
		}
		if d.Kind == DescriptionMention && d.Key == "bank" && d.Entity < 0 && d.First > 0 && doc.Tokens[d.First-1].Lower == "central" {
			return true
		}
	}
	return false
}

// holderNouns are the people who hold a stake in a company.
var holderNouns = map[string]bool{"shareholders": true, "investors": true, "shareholder": true, "investor": true, "stakeholders": true, "bondholders": true, "owners": true}

// holdersAfter reports whether a possessive at token t is followed, within
// three words, by a holder noun ("'s top ten shareholders").
func holdersAfter(doc *Document, t int) bool {
	if t >= len(doc.Tokens) || !isPossessive(doc, t) {
		return false
	}
	for k := t + 1; k < len(doc.Tokens) && k <= t+4 && doc.Tokens[k].Sent == doc.Tokens[t].Sent; k++ {
		if holderNouns[doc.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// holdersOwner returns the organisation whose holders the sentence of
// token at or the one before it named before at ("Zeta's biggest
// investors"), or -1.
func holdersOwner(doc *Document, at int) int {
	si := doc.Tokens[at].Sent
	first := doc.Sentences[si].First
	if si > 0 {
		first = doc.Sentences[si-1].First
	}
	for k := at - 1; k >= first; k-- {
		if mi := doc.TokMention[k]; mi >= 0 && doc.Mentions[mi].Last == k+1 && doc.Mentions[mi].Kind == NameMention && holdersAfter(doc, k+1) {
			if e := doc.Mentions[mi].Entity; e >= 0 && doc.Entities[e].Type == schema.Organization {
				return e
			}
		}
	}
	return -1
}

// leadVerbs are acts of a person on the organisation the person leads or
// works for ("chaired the company", "joined the firm").
var leadVerbs = map[string]bool{"chair": true, "run": true, "lead": true, "head": true, "found": true, "manage": true,
	"join": true, "leave": true, "quit": true}

// leaderOrg returns, for a description that is the object of a verb of
// leading whose subject is a person named with an office in one
// organisation, that organisation: "Corvo's chairman, Tomas Brill,
// ... Brill, who has chaired the company since 2019" is Corvo, not a
// bidder named since. It returns -1 otherwise.
func (c *CorefStage) leaderOrg(st *corefState, m *Mention) int {
	doc := st.doc
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	v := m.First - 2
	if v <= s.First || doc.Tokens[m.First-1].Lower != "the" || !isVerbTag(doc.Tokens[v].Tag) || !leadVerbs[doc.Tokens[v].Lemma] {
		return -1
	}
	t := v - 1
	for t > s.First && (doc.Tokens[t].Tag == "MD" || doc.Tokens[t].Tag == "RB" || doc.Tokens[t].Lemma == "have") {
		t-- // "has long chaired"
	}
	if t-2 >= s.First && doc.Tokens[t].Lower == "who" {
		// "Brill, who has chaired", "Brill, a former official who
		// has chaired": back to the comma after the name
		k := t - 1
		for k > s.First && k > t-8 && doc.Tokens[k].Lower != "," && doc.TokMention[k] < 0 {
			k--
		}
		if doc.Tokens[k].Lower != "," {
			return -1
		}
		t = k - 1
	}
	k := doc.TokMention[t]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last != t+1 {
		return -1
	}
	return c.officeOrg(st, doc.Mentions[k].Entity, m.First)
}

// officeOrg returns the one organisation the text before token at gave
// person p an office in ("Corvo's chairman, Tomas Brill,", "Rodrigo
// Brill, Corvo's chairman,"), or -1.
func (c *CorefStage) officeOrg(st *corefState, p, at int) int {
	doc := st.doc
	if p < 0 || doc.Entities[p].Type != schema.Person {
		return -1
	}
	orgs := slices.Clone(st.roleOf[p])
	for mi := range doc.Mentions {
		d := &doc.Mentions[mi]
		if d.First >= at || d.Kind != DescriptionMention || d.Role == "" || d.RoleOf < 0 {
			continue
		}
		if d.Entity != p {
			// an office in apposition before the name, left to the
			// relations: "Corvo's chairman, Tomas Brill,"
			n := d.Last + 1
			if n >= at || doc.Tokens[d.Last].Lower != "," || doc.TokMention[n] < 0 || doc.Mentions[doc.TokMention[n]].Entity != p {
				continue
			}
		}
		if o := doc.Mentions[d.RoleOf].Entity; o >= 0 {
			orgs = appendUnique(orgs, o)
		}
	}
	if len(orgs) != 1 || doc.Entities[orgs[0]].Type != schema.Organization {
		return -1
	}
	return orgs[0]
}

// localGovernment reports whether the word before the government noun at
// token t says it governs part of a country ("provincial government",
// "the regional government").
func localGovernment(doc *Document, t int) bool {
	if t == 0 {
		return false
	}
	switch doc.Tokens[t-1].Lower {
	case "provincial", "regional", "state", "local", "municipal", "city", "territorial", "devolved", "county":
		return true
	}
	return false
}

// tradeHeads are description heads that say what a company does ("the
// broadcaster", "the airline"), which a story uses for one company.
var tradeHeads = map[string]bool{"broadcaster": true, "airline": true, "retailer": true, "carmaker": true, "newspaper": true,
	"magazine": true, "conglomerate": true, "insurer": true, "lender": true, "miner": true, "automaker": true, "chipmaker": true,
	"brewer": true, "publisher": true, "refiner": true, "shipper": true}

// genericFirm are description heads that name a business without saying
// which.
var genericFirm = map[string]bool{"company": true, "firm": true, "business": true}

// nonFirmNames are words of the names of bodies that are no business,
// which "the company" or "the firm" never stands for ("the Mining and
// Energy Workers Union", "the Freedom Party").
var nonFirmNames = map[string]bool{"union": true, "party": true, "association": true, "federation": true, "alliance": true,
	"coalition": true, "league": true, "movement": true, "front": true, "society": true, "confederation": true, "congress": true}

func nonFirm(name string) bool { return nameHasWord(name, nonFirmNames) }

// nameHasWord reports whether a word of name, lower-cased, is one of words.
func nameHasWord(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(toLower(name)) {
		if words[w] {
			return true
		}
	}
	return false
}

// sportBodyNames are words of the names of bodies that run a sport or
// judge its clubs ("the Premier League", "the Football Federation", "the
// Court of Arbitration for Sport"), which "the club" never stands for.
var sportBodyNames = map[string]bool{"league": true, "federation": true, "association": true, "confederation": true,
	"union": true, "committee": true, "council": true, "court": true, "tribunal": true, "authority": true, "unit": true}

// nonFirmKind reports whether organisation e was described beside its
// name by the head of a body that is no business ("the FNTM, the
// country's main labour federation,").
func nonFirmKind(st *corefState, e int) bool {
	for k, ke := range st.kind {
		if ke == e && nonFirmNames[k] {
			return true
		}
	}
	return false
}

// publicNames are words of the names of public bodies, which "the
// company" or "the group" never stands for ("the Ministry of Finance",
// "the Court of Arbitration for Sport", "the Kenya Revenue Authority").
var publicNames = map[string]bool{"ministry": true, "department": true, "government": true, "court": true, "tribunal": true,
	"parliament": true, "senate": true, "congress": true, "assembly": true, "police": true, "army": true, "cabinet": true,
	"treasury": true, "agency": true, "office": true, "council": true, "committee": true, "board": true, "bureau": true,
	"secretariat": true, "prosecutor": true, "prosecutors": true}

// notFirmHeads are description heads of bodies that are no business
// ("the union", "the party").
var notFirmHeads = map[string]bool{"union": true, "party": true, "association": true, "federation": true, "confederation": true,
	"league": true, "movement": true, "front": true, "congress": true, "society": true}

// noteKind records what description m says organisation e is: a
// regulator ("Finor, the banking regulator,") is a public body, a union or
// a party ("The Social Democrats ... the party") no business, which "the
// company" or "the airline" never stands for.
func (c *CorefStage) noteKind(st *corefState, m *Mention, e int) {
	if e < 0 || st.doc.Entities[e].Type != schema.Organization || m.Role != "" {
		return
	}
	if overseerHeads[m.Key] {
		if st.overseers == nil {
			st.overseers = map[int]bool{}
		}
		st.overseers[e] = true
	}
	if notFirmHeads[m.Key] {
		if st.notFirm == nil {
			st.notFirm = map[int]bool{}
		}
		st.notFirm[e] = true
	}
}

// publicBody reports whether organisation e is a public body: a
// regulator or a body whose name has a word of state ("Securities and
// Exchange Commission", "Ministry of Energy"), or one the story shows
// regulating ("Ofcom fined X").
func (c *CorefStage) publicBody(st *corefState, e int) bool {
	if st.overseers[e] || st.public[e] || c.overseerName(st.doc.Entities[e].Name) {
		return true
	}
	if ws := strings.Fields(toLower(st.doc.Entities[e].Name)); len(ws) > 1 && judgingHeads[ws[len(ws)-1]] {
		return true // "the Commission for Conciliation, Mediation and Arbitration", "the Disputes Panel"
	}
	return nameHasWord(st.doc.Entities[e].Name, publicNames)
}

// named returns how many mentions before token at name entity e (pronouns
// aside).
func (c *CorefStage) named(st *corefState, e, at int) int {
	if !st.doc.presplit {
		return st.named[e] // the running tally: at is the mention being resolved
	}
	n := 0
	for mi := range st.doc.Mentions {
		mm := &st.doc.Mentions[mi]
		if mm.First < at && mm.Entity == e && mm.Kind != PronounMention {
			n++
		}
	}
	return n
}

// ownSubjectPossessor reports whether description m is a possessor
// ("the company's") after the verb of a clause whose subject, a name or a
// pronoun opening the sentence, is the entity m resolved to.
func (c *CorefStage) ownSubjectPossessor(doc *Document, m *Mention) bool {
	if m.Last >= len(doc.Tokens) || !isPossessive(doc, m.Last) || doc.presplit {
		return false
	}
	si := doc.Tokens[m.First].Sent
	a := doc.Sentences[si].First
	if end := openingPhraseEnd(doc, si); end > 0 {
		a = end
	}
	k := doc.TokMention[a]
	if k < 0 || doc.Mentions[k].Entity != m.Entity || doc.Mentions[k].Kind != NameMention && doc.Mentions[k].Kind != PronounMention {
		return false
	}
	verb := false
	for t := doc.Mentions[k].Last; t < m.First; t++ {
		switch tk := &doc.Tokens[t]; {
		case tk.Lower == "," || tk.Lower == "that" || tk.Lower == "which" || tk.Lower == "who" || c.lex.reportVerb[tk.Lower]:
			return false // an apposition, a relative or a reported clause may have a subject of its own
		case isVerbTag(tk.Tag):
			verb = true
		}
	}
	return verb
}

// clauseSubject returns the entity of the name that opens the sentence of
// token at (after an opening phrase) when nothing between it and at opens
// a reported clause ("X said the company", "X, which owns the bank, said
// that"); -1 otherwise.
func (c *CorefStage) clauseSubject(doc *Document, at int) int {
	s := doc.Sentences[doc.Tokens[at].Sent]
	a := s.First
	if end := openingPhraseEnd(doc, doc.Tokens[at].Sent); end > 0 {
		a = end
	}
	if a < at && doc.Tokens[a].Lower == "the" {
		a++
	}
	mi := doc.TokMention[a]
	if mi >= 0 && doc.Mentions[mi].Kind == NameMention && doc.Mentions[mi].Last+1 < at && isPossessive(doc, doc.Mentions[mi].Last) {
		// "Germany's Kessel Verlag, which owns ...": the possessed name
		if k := doc.TokMention[doc.Mentions[mi].Last+1]; k >= 0 && doc.Mentions[k].Kind == NameMention {
			mi = k
		}
	}
	if mi < 0 || doc.Mentions[mi].Kind != NameMention || doc.Mentions[mi].Entity < 0 || firmTitleAfter(doc, &doc.Mentions[mi]) {
		return -1 // (not "Acme Chief Executive X": X is the subject)
	}
	for t := doc.Mentions[mi].Last; t < at; t++ {
		switch tk := &doc.Tokens[t]; {
		case tk.Lower == "that" && doc.Tokens[t-1].Lower != ",", tk.Lower == ":", strings.ContainsAny(tk.Text, "\"“”"):
			return -1
		case c.lex.reportVerb[tk.Lower]:
			return -1
		}
	}
	return doc.Mentions[mi].Entity
}

// focus returns the organisation other than skip that the mentions before
// token at name most often, the latest one among equals; -1 if none.
func (c *CorefStage) focus(st *corefState, at, skip int, ok func(int, *Entity) bool) int {
	doc := st.doc
	count := c.counts(st, at)
	best := -1
	for e, n := range count {
		if e == skip || !ok(e, &doc.Entities[e]) {
			continue // ok once per entity, not per mention: it may read the name
		}
		if best < 0 || n > count[best] || n == count[best] && st.lastSeen[e] > st.lastSeen[best] {
			best = e
		}
	}
	return best
}

// counts returns, for the mention at token at that pass 2 is resolving,
// how many mentions before it name each entity, pronouns aside: the
// running tally, or for given sentences (which are independent) a count
// within at's sentence.
func (c *CorefStage) counts(st *corefState, at int) map[int]int {
	doc := st.doc
	if !doc.presplit {
		return st.named
	}
	count := map[int]int{}
	for mi := range doc.Mentions {
		mm := &doc.Mentions[mi]
		if mm.First >= at || mm.Entity < 0 || mm.Kind == PronounMention || doc.Tokens[mm.First].Sent != doc.Tokens[at].Sent {
			continue
		}
		count[mm.Entity]++
	}
	return count
}

// appositive returns the organisation a description stands beside: its
// name right before it ("The Spectator magazine"), or a name in
// apposition ("the group's flagship company, Reliance Industries," and
// "Reliance Energy, another group company,"); -1 if none.
func (c *CorefStage) appositive(st *corefState, m *Mention) int {
	doc := st.doc
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	org := func(t int) int {
		if t < s.First || t >= s.Last {
			return -1
		}
		k := doc.TokMention[t]
		if k < 0 || doc.Mentions[k].Kind != NameMention {
			return -1
		}
		o := &doc.Mentions[k]
		if o.Entity < 0 {
			if o.First < m.First || o.Type == schema.Person {
				return -1
			}
			o.Entity = c.resolveName(st, o)
		}
		if doc.Entities[o.Entity].Type != schema.Organization {
			return -1
		}
		return o.Entity
	}
	if e := org(m.First - 1); e >= 0 && m.First-1 > s.First && (m.RoleOf < 0 || m.RoleOf == doc.TokMention[m.First-1]) && !(m.Key == "club" && nameHasWord(doc.Entities[e].Name, sportBodyNames)) {
		return e // a name and its kind: "The Spectator magazine" (not "the Premier League club", one of its clubs)
	}
	// the description's noun phrase: back over determiners, modifiers and
	// a possessor
	a := m.First
	for a > s.First && a > m.First-5 {
		p := &doc.Tokens[a-1]
		if p.Tag == "DT" || p.Tag == "JJ" || p.Tag == "JJS" || p.Tag == "NN" || p.Tag == "NNP" || p.Tag == "POS" || p.Tag == "PRP$" || p.Tag == "CD" || p.Tag == "VBG" {
			a--
			continue
		}
		break
	}
	if m.Last+1 < s.Last && doc.Tokens[m.Last].Lower == "," {
		// "The largest opposition group, the conservative Homeland
		// party, said": the name may come after a determiner and
		// modifiers and before its kind
		t := m.Last + 1
		for t < s.Last && t < m.Last+4 && doc.TokMention[t] < 0 && (doc.Tokens[t].Tag == "DT" || doc.Tokens[t].Tag == "JJ") {
			t++
		}
		if e := org(t); e >= 0 && (t == m.Last+1 || doc.Tokens[m.Last+1].Tag == "DT") {
			n := doc.TokMention[t]
			k := doc.Mentions[n].Last
			if k < s.Last {
				if d := doc.TokMention[k]; d >= 0 && doc.Mentions[d].Kind == DescriptionMention && doc.Mentions[d].RoleOf == n {
					k = doc.Mentions[d].Last
				}
			}
			k = overAcronym(doc, s, k)
			if k >= s.Last || doc.Tokens[k].Lower == "," || doc.Tokens[k].Tag == "." || isVerbTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "MD" {
				return e
			}
		}
	}
	if a-2 >= s.First && doc.Tokens[a-1].Lower == "," && (m.Last >= s.Last || doc.Tokens[m.Last].Lower == "," || doc.Tokens[m.Last].Tag == "." || postModified(doc, s, m.Last)) {
		if e := org(a - 2); e >= 0 {
			return e
		}
	}
	return -1
}

// postModified reports whether the description ending before token t
// of sentence s goes on with a relative clause or a participle phrase
// ("Vox, the party led by X, and ...", "Hamas, the group that runs Gaza,
// said"): the whole stands in apposition to the name before it.
func postModified(doc *Document, s Sentence, t int) bool {
	if t+1 >= s.Last {
		return false
	}
	switch tk := &doc.Tokens[t]; {
	case tk.Lower == "that" || tk.Lower == "which" || tk.Lower == "who":
	case (tk.Tag == "VBN" || tk.Tag == "VBD") && (doc.Tokens[t+1].Lower == "by" || doc.Tokens[t+1].Lower == "in"):
	default:
		return false
	}
	return true
}

// storyOrg returns the organisation the mentions before token at name
// most often, pronouns included; on a tie the one named first, the
// story's own. It returns -1 when none was named.
func (c *CorefStage) storyOrg(st *corefState, at int) int {
	doc := st.doc
	count := map[int]int{}
	first := map[int]int{}
	for mi := doc.mentionAtOrAfter(at - maxLookback); mi < len(doc.Mentions) && doc.Mentions[mi].First < at; mi++ {
		mm := &doc.Mentions[mi]
		if mm.Entity < 0 {
			continue
		}
		if doc.presplit && doc.Tokens[mm.First].Sent != doc.Tokens[at].Sent {
			continue
		}
		if en := &doc.Entities[mm.Entity]; en.Type != schema.Organization || en.Name == "government" {
			continue
		}
		if _, ok := first[mm.Entity]; !ok {
			first[mm.Entity] = mm.First
		}
		count[mm.Entity]++
	}
	best := -1
	for e, n := range count {
		if best < 0 || n > count[best] || n == count[best] && first[e] < first[best] {
			best = e
		}
	}
	return best
}

// judgingHeads end the names of bodies that judge rather than regulate.
// introducedBefore reports whether description mention m ("the panel")
// repeats a noun the same or the previous sentence introduced with "a" or
// "an" ("a panel of former leaders"): that body, not one named before.
func introducedBefore(doc *Document, m *Mention) bool {
	si := doc.Tokens[m.First].Sent
	first := doc.Sentences[si].First
	if si > 0 {
		first = doc.Sentences[si-1].First
	}
	for k := m.First - 1; k > first; k-- {
		if doc.Tokens[k].Lower == m.Key && (doc.Tokens[k-1].Lower == "a" || doc.Tokens[k-1].Lower == "an") {
			return true
		}
	}
	return false
}

var judgingHeads = map[string]bool{"tribunal": true, "court": true, "panel": true, "arbitration": true}

// overseerHeads are descriptions of a body that oversees others ("the
// regulator", "the watchdog").
var overseerHeads = map[string]bool{"regulator": true, "watchdog": true, "supervisor": true}

// overseerNames are words of the names of regulators ("the Competition
// Commission", "the Financial Conduct Authority").
var overseerNames = map[string]bool{"commission": true, "authority": true, "regulator": true, "regulatory": true,
	"watchdog": true, "ombudsman": true, "inspectorate": true, "supervisor": true, "supervisory": true, "securities": true,
	"competition": true, "regulation": true, "supervision": true, "oversight": true}

// overseeingVerbs are acts of a regulator on the organisation it oversees
// ("Ofcom fined the broadcaster").
var overseeingVerbs = map[string]bool{"fine": true, "investigate": true, "probe": true, "sanction": true, "penalise": true,
	"penalize": true, "censure": true, "license": true, "audit": true}

// overseeingNouns are the objects of a regulator's act ("opened an
// investigation into X").
var overseeingNouns = map[string]bool{"investigation": true, "inquiry": true, "probe": true, "fine": true, "penalty": true,
	"review": true, "licence": true, "license": true}

// overseer returns the latest organisation before token at that the story
// shows as a regulator: a name with a regulator's word ("Securities and
// Exchange Commission") or a name followed by a regulator's act ("Ofcom
// fined X", "Ofcom opened an investigation into X"); -1 if none.
func (c *CorefStage) overseer(st *corefState, at int) int {
	doc := st.doc
	best, pos := -1, -1
	for mi := range doc.Mentions {
		mm := &doc.Mentions[mi]
		if mm.First >= at || mm.Entity < 0 || mm.Kind != NameMention || mm.First < pos {
			continue
		}
		if doc.presplit && doc.Tokens[mm.First].Sent != doc.Tokens[at].Sent {
			continue
		}
		en := &doc.Entities[mm.Entity]
		if en.Type != schema.Organization {
			continue
		}
		if c.overseerName(en.Name) || c.overseeingAct(doc, mm.Last) {
			best, pos = mm.Entity, mm.First
		}
	}
	return best
}

// overseerName reports whether an organisation's name has a regulator's
// word in it.
func (c *CorefStage) overseerName(name string) bool {
	ws := strings.Fields(toLower(name))
	if len(ws) > 0 && judgingHeads[ws[len(ws)-1]] {
		return false // "the Competition Appeal Tribunal" judges, it does not regulate
	}
	for _, w := range ws {
		if overseerNames[w] {
			return true
		}
	}
	return false
}

// overseeingAct reports whether the words from token t on, within its
// sentence, open with a regulator's act: a verb of overseeing, or a verb
// whose object within three words is a noun of one.
func (c *CorefStage) overseeingAct(doc *Document, t int) bool {
	if t >= len(doc.Tokens) {
		return false
	}
	sent := doc.Tokens[t].Sent
	// "CADE on Wednesday fined", "Ofcom last week fined": past a time
	if t+1 < len(doc.Tokens) && (doc.Tokens[t].Lower == "on" || doc.Tokens[t].Lower == "last") && timeWords[doc.Tokens[t+1].Lower] {
		t += 2
	}
	for k := t; k < len(doc.Tokens) && k < t+3 && doc.Tokens[k].Sent == sent; k++ {
		tk := &doc.Tokens[k]
		if tk.Tag == "MD" || tk.Tag == "RB" || k > t && tk.Lemma == "have" {
			continue // "has fined", "will also fine"
		}
		if !isVerbTag(tk.Tag) {
			return false
		}
		if overseeingVerbs[tk.Lemma] {
			return true
		}
		for j := k + 1; j < len(doc.Tokens) && j <= k+3 && doc.Tokens[j].Sent == sent; j++ {
			if overseeingNouns[doc.Tokens[j].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// reporterIt resolves an "it" that opens the clause reported by a
// reporting verb to the verb's subject when that is an organisation or
// country: "The State Department said it welcomed", "the Commission,
// which funds the post, said on Monday that it would". -1 when the
// pattern does not hold.
func (c *CorefStage) reporterIt(st *corefState, m *Mention) int {
	doc := st.doc
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	v := m.First - 1
	if v > s.First && doc.Tokens[v].Lower == "that" {
		v--
	}
	// "said on Tuesday it", "said in a statement that it": back over a
	// short adjunct without a verb or punctuation
	for k := v; k > s.First && k >= v-5 && !c.lex.reportVerb[doc.Tokens[v].Lower]; k-- {
		tk := &doc.Tokens[k]
		if c.lex.reportVerb[tk.Lower] && isVerbTag(tk.Tag) {
			v = k
			break
		}
		if tk.Tag != "IN" && tk.Tag != "DT" && tk.Tag != "NN" && tk.Tag != "NNP" && tk.Tag != "JJ" && tk.Tag != "CD" && tk.Tag != "RB" {
			break
		}
	}
	if v <= s.First || !c.lex.reportVerb[doc.Tokens[v].Lower] || !isVerbTag(doc.Tokens[v].Tag) {
		return -1
	}
	t := v - 1
	for t > s.First && (doc.Tokens[t].Tag == "MD" || doc.Tokens[t].Tag == "RB" || doc.Tokens[t].Lemma == "have") {
		t-- // "has also said"
	}
	if t > s.First && doc.Tokens[t].Lower == "and" {
		// "Chile expelled a Peruvian official and said it was
		// investigating": the subject of the verb the reporting verb is
		// coordinated with, back over its object
		j := t - 1
		for j > s.First && t-j < 12 && !isVerbTag(doc.Tokens[j].Tag) && doc.Tokens[j].Lower != "," && !clauseOpeners[doc.Tokens[j].Lower] && doc.Tokens[j].Tag != "WDT" && doc.Tokens[j].Tag != "WP" {
			j--
		}
		if j <= s.First || !isVerbTag(doc.Tokens[j].Tag) || doc.Tokens[j].Tag == "VBG" {
			return -1
		}
		for j-1 > s.First && (doc.Tokens[j-1].Tag == "MD" || doc.Tokens[j-1].Tag == "RB" || doc.Tokens[j-1].Lemma == "have") {
			j--
		}
		t = j - 1
	}
	if t > s.First && doc.Tokens[t].Lower == "," {
		// "X, which funds the post, said": back over the relative clause
		// or apposition to its opening comma
		k := t - 1
		for k > s.First && k > t-20 && doc.Tokens[k].Lower != "," {
			k--
		}
		if doc.Tokens[k].Lower == "," {
			if e := namedBetweenCommas(doc, k, t); e >= 0 {
				// "Norway's largest union federation, LO, said it": the
				// name a description stands in apposition to
				return e
			}
		}
		if doc.Tokens[k].Lower != "," || k+1 >= t || doc.TokMention[k+1] >= 0 && doc.Mentions[doc.TokMention[k+1]].Kind == NameMention {
			return -1 // "X, Y said": a list or a name in apposition
		}
		t = k - 1
	}
	if t < s.First {
		return -1
	}
	k := doc.TokMention[t]
	if w := doc.Tokens[t].Lower; k < 0 && (c.lex.orgWords[w] || bodyHeads[w] || descHeads[w] == schema.Organization) && !isCap(doc.Tokens[t].Text) {
		// "Ethiopia's foreign ministry said it": the possessor's body
		j := t - 1
		for j > s.First && j > t-3 && (doc.Tokens[j].Tag == "JJ" || doc.Tokens[j].Tag == "NN") && !isCap(doc.Tokens[j].Text) {
			j--
		}
		if j > s.First && isPossessive(doc, j) {
			t = j - 1
			k = doc.TokMention[t]
		} else if j == t-1 && j >= s.First && doc.TokMention[j] >= 0 && doc.Mentions[doc.TokMention[j]].Kind == NameMention {
			t = j // "the IG Metall union said it": the named union
			k = doc.TokMention[t]
		}
	}
	if k < 0 || doc.Mentions[k].Last != t+1 || doc.Mentions[k].Kind == PronounMention || doc.Mentions[k].Kind == DemonymMention {
		return -1
	}
	e := doc.Mentions[k].Entity
	if e < 0 || e >= len(doc.Entities) {
		return -1
	}
	if ty := doc.Entities[e].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	if p := doc.Mentions[k].First - 1; p >= s.First && (doc.Tokens[p].Lower == "and" && p > s.First && doc.TokMention[p-1] >= 0 || ofPreps[doc.Tokens[p].Lower]) {
		return -1 // "A and B said", "analysts at A said": not the subject alone
	}
	return e
}

// namedBetweenCommas returns the organisation or state whose name alone
// (after "the", before an acronym in brackets) fills the commas at tokens
// a and b, right after a description in lower case ("Norway's largest
// union federation, LO,", "the country's regulator, the Competition
// Authority (CA),"); -1 otherwise.
func namedBetweenCommas(doc *Document, a, b int) int {
	if a < 1 || !isNounTag(doc.Tokens[a-1].Tag) || isCap(doc.Tokens[a-1].Text) {
		return -1
	}
	j := a + 1
	if j < b && doc.Tokens[j].Lower == "the" && doc.TokMention[j] < 0 {
		j++
	}
	mi := doc.TokMention[j]
	if mi < 0 || doc.Mentions[mi].Kind != NameMention || doc.Mentions[mi].First != j && doc.Mentions[mi].First != a+1 || doc.Mentions[mi].Entity < 0 {
		return -1
	}
	end := doc.Mentions[mi].Last
	if end+2 < b && doc.Tokens[end].Lower == "(" && doc.Tokens[end+2].Lower == ")" {
		end += 3
	}
	if end != b {
		return -1
	}
	e := doc.Mentions[mi].Entity
	if ty := doc.Entities[e].Type; ty != schema.Organization && ty != schema.Country {
		return -1
	}
	return e
}

// ofPreps put a name after them in a phrase that is not a clause's
// subject ("analysts at X said", "a spokesman for X said").
var ofPreps = map[string]bool{"at": true, "from": true, "of": true, "for": true, "in": true, "with": true, "by": true}

// futureVenue reports whether every name of organisation e before token
// at stands where a party says it may appeal ("would appeal to the
// Supreme Court", "plans to appeal to the Supreme Court"): a court that
// has not heard the case.
func futureVenue(doc *Document, e, at int) bool {
	found := false
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.First >= at || m.Entity != e || m.Kind != NameMention {
			continue
		}
		t := m.First - 1
		if t >= 0 && doc.Tokens[t].Lower == "the" {
			t--
		}
		if t < 2 || doc.Tokens[t].Lower != "to" || doc.Tokens[t-1].Lower != "appeal" || doc.Tokens[t-2].Tag != "MD" && doc.Tokens[t-2].Lower != "to" {
			return false
		}
		found = true
	}
	return found
}

// courtBefore reports whether the text speaks of a court in lower case
// ("a graft court", "the court") before it first names organisation e.
func courtBefore(doc *Document, e int) bool {
	for t := range doc.Tokens {
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Entity == e {
			return false
		}
		if doc.Tokens[t].Text == "court" {
			return true
		}
	}
	return false
}

// judgesNouns name the judges of a court together ("the judges", "the
// nine justices"), which stand for the court as "the bench" does.
var judgesNouns = map[string]bool{"judges": true, "justices": true, "magistrates": true}

// courtNames are words of the names of courts and tribunals.
var courtNames = map[string]bool{"court": true, "tribunal": true, "arbitration": true, "panel": true}

// decidingHeads are descriptions of a body that hears a case and rules on
// it ("the panel", "the tribunal"), with the words of the names they stand
// for, tried in turn: a court or tribunal, or for a panel or tribunal any
// commission or authority that rules; never a company. "The bench" is the
// judges of a court. "The commission"
// or "the committee" is a body with the noun in its name (not the court
// that ruled on it).
var decidingHeads = map[string][]map[string]bool{"panel": {courtNames, decidingNames}, "tribunal": {courtNames, decidingNames},
	"court": {courtNames}, "bench": {courtNames}, "commission": {}, "committee": {}}

// decidingNames are words of the names of bodies that hear cases and rule
// on them ("the Competition Tribunal", "the Fair Trading Commission", "the
// Court of Arbitration for Sport"), which a deciding description stands
// for.
var decidingNames = map[string]bool{"court": true, "tribunal": true, "arbitration": true, "panel": true, "commission": true,
	"committee": true, "authority": true, "regulator": true, "watchdog": true, "ombudsman": true, "inquiry": true}

// latestOrg returns the organisation named last before token at whose
// name has one of words; -1 if none.
func (c *CorefStage) latestOrg(st *corefState, at int, words map[string]bool) int {
	doc := st.doc
	lo := doc.mentionAtOrAfter(at - maxLookback)
	for mi := doc.mentionAtOrAfter(at) - 1; mi >= lo; mi-- {
		mm := &doc.Mentions[mi]
		if mm.Entity < 0 || mm.Kind != NameMention {
			continue
		}
		if doc.presplit && doc.Tokens[mm.First].Sent != doc.Tokens[at].Sent {
			break
		}
		if en := &doc.Entities[mm.Entity]; en.Type == schema.Organization && nameHasWord(en.Name, words) {
			return mm.Entity
		}
	}
	return -1
}

// bidNouns name an offer to buy a company ("an offer for X", "a takeover
// of X").
var bidNouns = map[string]bool{"offer": true, "bid": true, "approach": true, "takeover": true, "proposal": true}

// bidTarget returns, for a board whose sentence speaks of a bid, the
// organisation the latest bid before it was for ("Harlow made an offer
// for Kestrel Foods. The board rejected the offer": Kestrel Foods); -1
// when the sentence names no bid or no bid named a target.
func (c *CorefStage) bidTarget(st *corefState, m *Mention) int {
	doc := st.doc
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	bid := false
	for t := m.Last; t < s.Last; t++ {
		if bidNouns[doc.Tokens[t].Lower] {
			bid = true
			break
		}
	}
	if !bid {
		return -1
	}
	return latestBidTarget(doc, m.First, 3)
}

// latestBidTarget returns the organisation the latest bid named before
// token at, within back sentences, was for ("an offer for Kestrel
// Foods", "the takeover of Kestrel Foods"); -1 if none.
func latestBidTarget(doc *Document, at, back int) int {
	best := -1
	for t := 0; t+2 < at; t++ {
		if doc.Tokens[t].Sent < doc.Tokens[at].Sent-back {
			continue
		}
		if n := bidTarget(doc, t); n >= 0 {
			if k := doc.TokMention[n]; k >= 0 && doc.Mentions[k].First == n && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Organization {
				best = doc.Mentions[k].Entity
			}
		}
	}
	return best
}

// tradeDescriptions adds a description mention for "the chemicals maker"
// or "the steel producer": a noun that heads descriptions of companies
// after "the" and a lower-case trade word that a name of an organisation
// before it holds ("Kopano Chemicals"). Resolution finds that
// organisation.
func (c *CorefStage) tradeDescriptions(doc *Document) {
	for t := range doc.Tokens {
		tk := &doc.Tokens[t]
		if !firmHeads[tk.Lower] && makerOf(tk.Lower) == "" || tk.Tag != "NN" || doc.TokMention[t] >= 0 {
			continue
		}
		s := doc.Sentences[tk.Sent]
		var mods []string
		if w := makerOf(tk.Lower); w != "" {
			mods = append(mods, w) // "the steelmaker"
		}
		a := t - 1
		for ; a > s.First && a > t-4; a-- {
			p := &doc.Tokens[a]
			if isCap(p.Text) || doc.TokMention[a] >= 0 || p.Tag != "NN" && p.Tag != "NNS" && p.Tag != "JJ" && p.Tag != "VBG" {
				break
			}
			if len(p.Lower) >= 4 {
				mods = append(mods, strings.TrimSuffix(p.Lower, "s"))
			}
		}
		if a < s.First || doc.Tokens[a].Lower != "the" {
			continue
		}
		if len(mods) > 0 && tradeNamed(doc, mods, a) || len(mods) == 0 && a == t-1 && oneKey(doc, kindNames(doc, tk.Lower, t)) {
			// (or "the supplier" after "Wisla Parts, a Polish supplier,")
			c.addDescription(doc, t)
		}
	}
	// "The eight justices ruled", "the nine judges said" after "the
	// Supreme Court": the bench of the court the story names, not judges picked
	// from it ("four of the nine judges") or met elsewhere ("judges in
	// Brasilia")
	for t := 1; t < len(doc.Tokens); t++ {
		tk := &doc.Tokens[t]
		if !judgesNouns[tk.Lower] || tk.Tag != "NNS" || doc.TokMention[t] >= 0 {
			continue
		}
		d := t - 1
		if doc.Tokens[d].Tag != "CD" || d < 1 {
			continue // (a bare "the judges" may be judges at large: "said the judges had overstepped their authority")
		}
		d--
		if doc.Tokens[d].Lower != "the" || d > 0 && doc.Tokens[d-1].Lower == "of" {
			continue
		}
		if t+1 < len(doc.Tokens) && doc.Tokens[t+1].Sent == tk.Sent && (doc.Tokens[t+1].Tag == "IN" || isCap(doc.Tokens[t+1].Text)) {
			continue
		}
		if tradeNamed(doc, []string{"court", "tribunal"}, t) {
			doc.Mentions = append(doc.Mentions, Mention{First: t, Last: t + 1, Span: tk.Span, Kind: DescriptionMention,
				Type: schema.Organization, Entity: -1, Key: "bench", RoleOf: -1})
			doc.TokMention[t] = len(doc.Mentions) - 1
		}
	}
	// "the tribunal" after "the Court of Arbitration for Sport": a court
	// named before by any of its words
	for t := 1; t < len(doc.Tokens); t++ {
		tk := &doc.Tokens[t]
		if tk.Lower != "tribunal" || tk.Tag != "NN" || doc.TokMention[t] >= 0 || doc.Tokens[t-1].Lower != "the" {
			continue
		}
		if t+1 < len(doc.Tokens) && (doc.Tokens[t+1].Lower == "of" || isCap(doc.Tokens[t+1].Text) && doc.Tokens[t+1].Sent == tk.Sent) {
			continue // "the court of appeal", "the court Ruling ...": not a description alone
		}
		if tradeNamed(doc, []string{"court", "tribunal", "panel"}, t) {
			c.addDescription(doc, t)
		}
	}
}

// namedOrgBefore reports whether mention m names an organisation (no
// person, no country) before token at, in at's sentence when the text
// comes as separate sentences.
func namedOrgBefore(doc *Document, m *Mention, at int) bool {
	if m.First >= at || m.Kind != NameMention || m.Type == schema.Person || m.Type == schema.Country {
		return false
	}
	return !doc.presplit || doc.Tokens[m.First].Sent == doc.Tokens[at].Sent
}

// kindNames returns the name mentions before token at of organisations
// the text gives the trade or role noun head in apposition ("Norbank,
// Kallor's lender,", "Wisla Parts, a Polish supplier,").
func kindNames(doc *Document, head string, at int) []int {
	var out []int
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if !namedOrgBefore(doc, m, at) {
			continue
		}
		if kindNamed(doc, m, head) {
			out = append(out, mi)
		}
	}
	return out
}

// kindNamed reports whether name mention m has an apposition headed by
// noun head (see kindNames).
func kindNamed(doc *Document, m *Mention, head string) bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	if m.Last+1 >= s.Last || doc.Tokens[m.Last].Lower != "," {
		return false
	}
	// an apposition: a determiner or a possessor, modifiers, the noun
	for k := m.Last + 1; k < s.Last && k <= m.Last+6; k++ {
		tk := &doc.Tokens[k]
		if tk.Lower == head && isNounTag(tk.Tag) {
			return k+1 >= s.Last || !isNounTag(doc.Tokens[k+1].Tag) // (not "a lender group")
		}
		switch tk.Tag {
		case "DT", "JJ", "JJS", "NN", "NNP", "POS", "PRP$", "CD", "VBG", "VBN", "HYPH":
			continue
		}
		return false
	}
	return false
}

// oneOfKind resolves a bare trade or role noun ("the lender", "the
// supplier") to the one organisation named before it with the noun in
// apposition (see kindNames); -1 when none or several were.
func (c *CorefStage) oneOfKind(st *corefState, m *Mention) int {
	doc := st.doc
	if m.RoleOf >= 0 || !firmHeads[m.Key] && !orgRoles[m.Key] || m.First > 0 && doc.Tokens[m.First-1].Lower != "the" {
		return -1
	}
	e := -1
	for _, k := range kindNames(doc, m.Key, m.First) {
		if n := doc.Mentions[k].Entity; n >= 0 && n != e {
			if e >= 0 {
				return -1
			}
			e = n
		}
	}
	if e >= 0 && doc.Entities[e].Type != schema.Organization {
		return -1
	}
	return e
}

// oneKey reports whether name mentions ms are all of one name.
func oneKey(doc *Document, ms []int) bool {
	for _, mi := range ms {
		if doc.Mentions[mi].Key != doc.Mentions[ms[0]].Key {
			return false
		}
	}
	return len(ms) > 0
}

// addDescription adds a description mention of an organisation at token t.
func (c *CorefStage) addDescription(doc *Document, t int) {
	tk := &doc.Tokens[t]
	doc.Mentions = append(doc.Mentions, Mention{First: t, Last: t + 1, Span: tk.Span, Kind: DescriptionMention,
		Type: schema.Organization, Entity: -1, Key: tk.Lower, RoleOf: -1})
	doc.TokMention[t] = len(doc.Mentions) - 1
}

// makerOf returns the trade of a compound noun of a maker ("steel" for
// "steelmaker"), or "".
func makerOf(w string) string {
	for _, suf := range []string{"maker", "producer"} {
		if p, ok := strings.CutSuffix(w, suf); ok && len(p) >= 3 && !strings.Contains(p, "-") {
			return strings.TrimSuffix(p, "s")
		}
	}
	return ""
}

// tradeNamed reports whether the name of an organisation before token at
// holds one of words (compared without a plural "s").
func tradeNamed(doc *Document, words []string, at int) bool {
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if !namedOrgBefore(doc, m, at) {
			continue
		}
		for k := m.First; k < m.Last; k++ {
			if slices.Contains(words, strings.TrimSuffix(doc.Tokens[k].Lower, "s")) {
				return true
			}
		}
	}
	return false
}

// trade returns the organisation named before a description whose name
// has one of the description's lower-case modifiers ("the construction
// group" after "Mathebula Construction", "the mining company" after
// "Volta Mining"), the one seen last; -1 if none.
func (c *CorefStage) trade(st *corefState, m *Mention) int {
	doc := st.doc
	if m.Role != "" || m.RoleOf >= 0 {
		return -1
	}
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	var mods []string
	if w := makerOf(m.Key); w != "" {
		mods = append(mods, w)
	}
	for t := m.First - 1; t >= s.First && t > m.First-4; t-- {
		tk := &doc.Tokens[t]
		if isCap(tk.Text) || doc.TokMention[t] >= 0 || tk.Tag != "NN" && tk.Tag != "NNS" && tk.Tag != "JJ" && tk.Tag != "VBG" {
			break
		}
		if len(tk.Lower) >= 4 && tk.Lower != m.Key {
			mods = append(mods, strings.TrimSuffix(tk.Lower, "s"))
		}
	}
	if len(mods) == 0 {
		return -1
	}
	// the organisation whose name holds the most of the modifiers, the
	// latest on a tie: "the data protection commission" is the Data
	// Protection Commission, not a Consumer Protection Commission named
	// since
	best, most := -1, 0
	st.before(m.First, func(e int) bool {
		en := &doc.Entities[e]
		if doc.presplit && doc.Tokens[st.lastSeen[e]].Sent != doc.Tokens[m.First].Sent {
			return false // given sentences look in their own sentence only
		}
		if en.Type != schema.Organization {
			return true
		}
		n := 0
		for _, w := range strings.Fields(toLower(en.Name)) {
			if slices.Contains(mods, strings.TrimSuffix(w, "s")) {
				n++
			}
		}
		if n > most {
			best, most = e, n
		}
		return true
	})
	return best
}

// mostNamedWithWord returns the organisation seen before token at whose
// name holds the word w and that the text has named most so far, or -1.
func (c *CorefStage) mostNamedWithWord(st *corefState, at int, w string) int {
	doc := st.doc
	best := -1
	st.before(at, func(e int) bool {
		en := &doc.Entities[e]
		if en.Type == schema.Organization && slices.Contains(strings.Fields(toLower(en.Name)), w) && (best < 0 || en.Mentions > doc.Entities[best].Mentions) {
			best = e
		}
		return true
	})
	return best
}

// latestWithWord returns the organisation seen last before token at (and
// after best, when best >= 0) one of whose lower-case name words match
// accepts; best when there is none. Given sentences only look in their
// own sentence.
func (c *CorefStage) latestWithWord(st *corefState, at, best int, match func(word string) bool) int {
	doc := st.doc
	st.before(at, func(e int) bool {
		en := &doc.Entities[e]
		if best >= 0 && st.lastSeen[e] <= st.lastSeen[best] || doc.presplit && doc.Tokens[st.lastSeen[e]].Sent != doc.Tokens[at].Sent {
			return false
		}
		if en.Type != schema.Organization {
			return true
		}
		words := strings.Fields(toLower(en.Name))
		for i, w := range words {
			if match(w) && (i == len(words)-1 || !schemeHeads[words[len(words)-1]]) {
				best = e
				return false
			}
		}
		return true
	})
	return best
}

// stateTrade returns the trade words of a description that names a
// state's enterprise by its trade ("the state rail company": rail; "the
// state-owned oil and gas company": oil, gas), nil if description mention
// m is no such phrase: "state" or "state-owned" among its modifiers and
// lower-case nouns between it and the head.
func stateTrade(doc *Document, m *Mention) map[string]bool {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	var trade map[string]bool
	for t := m.First - 1; t >= s.First && t >= m.First-4; t-- {
		tk := &doc.Tokens[t]
		if isCap(tk.Text) || !isNounTag(tk.Tag) && tk.Tag != "JJ" {
			return nil
		}
		if tk.Lower == "state" || tk.Lower == "state-owned" || tk.Lower == "state-run" {
			return trade
		}
		if trade == nil {
			trade = map[string]bool{}
		}
		trade[tk.Lower] = true
	}
	return nil
}

// schemeHeads end the names of schemes and instruments, not bodies: a noun
// before them in the name is not what the scheme is ("the International
// Monetary Fund ... its Extended Fund Facility ... the fund's mission
// chief": the IMF, not the facility).
var schemeHeads = map[string]bool{"facility": true, "programme": true, "program": true, "scheme": true, "initiative": true, "index": true}

// formerTitle reports whether the title before name mention m is one its
// holder no longer has: "former President X", "ex-minister X".
func formerTitle(doc *Document, m *Mention) bool {
	for t := m.First - 1; t >= 0 && t >= m.First-4 && doc.Tokens[t].Sent == doc.Tokens[m.First].Sent; t-- {
		switch w := doc.Tokens[t].Lower; {
		case w == "former" || w == "then" || w == "late" || strings.HasPrefix(w, "ex-"):
			return true
		case !isCap(doc.Tokens[t].Text) && doc.Tokens[t].Tag != "JJ":
			return false
		}
	}
	return false
}

// conjunctOwner resolves a possessive pronoun right after "and", or after
// the comma of a list of objects, to the name before it when their kinds
// agree: "Qasr Shipping and its founder", "Ana Ruiz and her lawyer",
// "against Vantor, its chief executive and its finance chief"; -1
// otherwise.
func conjunctOwner(doc *Document, m *Mention) int {
	if m.First < 2 || doc.Tokens[m.First-1].Lower != "and" && !(doc.Tokens[m.First-1].Lower == "," && possessedListAfter(doc, m.First)) {
		return -1
	}
	if e := listedOwner(doc, m); e >= 0 {
		return e
	}
	k := doc.TokMention[m.First-2]
	if k < 0 || doc.Mentions[k].Kind != NameMention || doc.Mentions[k].Last != m.First-1 || doc.Mentions[k].Entity < 0 {
		return -1
	}
	if f := doc.Mentions[k].First; doc.Tokens[m.First-1].Lower == "," && (f == 0 || !isVerbTag(doc.Tokens[f-1].Tag) && doc.Tokens[f-1].Tag != "IN") {
		return -1 // a list of objects only: "against Vantor, its chief executive and ..."
	}
	e := doc.Mentions[k].Entity
	switch t := doc.Entities[e].Type; m.Key {
	case "its":
		if t == schema.Organization || t == schema.Country {
			return e
		}
	case "his", "her":
		if g := genderOf(&doc.Entities[e]); t == schema.Person && (g == 0 || g == 'm' && m.Key == "his" || g == 'f' && m.Key == "her") {
			return e
		}
	}
	return -1
}

// listedOwner returns the owner of the same possessive earlier in the
// list that possessive mention m, after "and" or a comma, goes on
// ("Acme, its managing director, X, and its finance chief, Y,": Acme), or
// -1: the list holds only nouns, names, commas and "and" between the two.
func listedOwner(doc *Document, m *Mention) int {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	for t := m.First - 2; t >= s.First && t >= m.First-10; t-- {
		tk := &doc.Tokens[t]
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Kind == PronounMention {
			p := &doc.Mentions[k]
			if p.Key != m.Key || p.Entity < 0 || doc.Tokens[p.First-1].Lower != "," || p.First < 2 {
				return -1
			}
			n := doc.TokMention[p.First-2]
			if n < 0 || doc.Mentions[n].Kind != NameMention || doc.Mentions[n].Entity != p.Entity {
				return -1
			}
			return p.Entity
		}
		if tk.Lower != "," && tk.Lower != "and" && !isNounTag(tk.Tag) && tk.Tag != "JJ" && tk.Tag != "VBG" {
			return -1
		}
	}
	return -1
}

// possessedListAfter reports whether the noun phrase that the possessive at token p
// opens is followed, within a few words, by "and" or a comma that goes on
// with a list ("against Vantor, its chief executive Jean Morel and its
// finance chief").
func possessedListAfter(doc *Document, p int) bool {
	s := doc.Sentences[doc.Tokens[p].Sent]
	for t := p + 1; t < s.Last && t <= p+6; t++ {
		tk := &doc.Tokens[t]
		if tk.Lower == "and" || tk.Lower == "," {
			return true
		}
		if !isNounTag(tk.Tag) && tk.Tag != "JJ" && tk.Tag != "VBG" {
			return false // (but "its managing director")
		}
	}
	return false
}

// sameClause reports whether the name at token a and the pronoun at p
// stand in one clause with no boundary between them ("Brown later spoke
// to her": her is not Brown, who would be "herself"; but "Brown said
// that the minister had called her" may be).
func sameClause(doc *Document, a, p int) bool {
	if a >= p || p-a > 12 || a > 0 && (isVerbTag(doc.Tokens[a-1].Tag) || doc.Tokens[a-1].Tag == "IN" || doc.Tokens[a-1].Tag == "TO") {
		return false // the name is an object itself ("voted against him ... campaigned for him")
	}
	k := doc.TokMention[a]
	from := a + 1
	if k >= 0 {
		from = doc.Mentions[k].Last
	}
	if from+1 < p && doc.Tokens[from].Tag == "," && (isVerbTag(doc.Tokens[from+1].Tag) || doc.Tokens[from+1].Tag == "MD" || strings.HasPrefix(doc.Tokens[from+1].Tag, "RB")) {
		from++ // the comma closing an apposition: "Her counterpart, Minister X, later called her"
	}
	for t := from; t < p; t++ {
		tk := &doc.Tokens[t]
		switch tk.Tag {
		case ",", ":", "``", "''", "WDT", "WP", "WP$", "WRB", "CC":
			return false
		case "IN":
			if tk.Lower != "to" && tk.Lower != "with" && tk.Lower != "for" && tk.Lower != "on" && tk.Lower != "at" && tk.Lower != "from" {
				return false // "that", "after", "because", "if"
			}
		}
		if tk.Text == "\"" || tk.Text == "“" || tk.Text == "”" || tk.Text == ";" {
			return false
		}
		if doc.TokMention[t] >= 0 && t >= from && doc.Mentions[doc.TokMention[t]].Kind == NameMention {
			return false // another name between: "Brown asked Smith to call her"
		}
	}
	return true
}

// statedRole returns the office a person's name takes on in its own
// clause: "X was sworn in as acting president", "X became prime minister",
// "X was named interim chief executive", "X took over as chairman". A
// negated or modal verb ("could become", "was not named") states none.
func (c *CorefStage) statedRole(doc *Document, m *Mention) (role string, acting bool) {
	s := doc.Sentences[doc.Tokens[m.First].Sent]
	k := m.Last
	if k+1 < s.Last && doc.Tokens[k].Lower == "," && doc.Tokens[k+1].Lower == "who" {
		// "Tomas Kavuru, who was named the bloc's special envoy in May,",
		// "X, who led Chad until 2009 and became the bloc's envoy,": the
		// relative clause, or a verb phrase joined in it by "and",
		// states the office
		if r, acting := c.roleStatedAt(doc, s, k+2); r != "" {
			return r, acting
		}
		for p := k + 2; p < s.Last && p < k+30 && doc.Tokens[p].Lower != ","; p++ {
			if doc.Tokens[p].Lower != "and" {
				continue
			}
			if r, acting := c.roleStatedAt(doc, s, p+1); r != "" {
				return r, acting
			}
		}
	}
	if k < s.Last && doc.Tokens[k].Lower == "," {
		// "X, who was appointed in May, was sworn in as": past one
		// apposition or relative clause
		for c := k + 1; c < s.Last && c < k+12; c++ {
			if doc.Tokens[c].Lower == "," {
				k = c + 1
				break
			}
		}
	}
	return c.roleStatedAt(doc, s, k)
}

// roleStatedAt returns the office that the verb phrase at token k of
// sentence s says its subject took ("was named special envoy", "became
// the bloc's envoy", "was sworn in as acting president"), and whether it
// is held for now.
func (c *CorefStage) roleStatedAt(doc *Document, s Sentence, k int) (role string, acting bool) {
	for k < s.Last && (doc.Tokens[k].Tag == "RB" && !negWord(doc.Tokens[k].Lower) || doc.Tokens[k].Lower == "has" || doc.Tokens[k].Lower == "had") {
		k++
	}
	if k+2 >= s.Last {
		return "", false
	}
	switch w := doc.Tokens[k].Lower; {
	case w == "became" || w == "becomes":
		k++
	case w == "was" || w == "is" || w == "has" || w == "been":
		k++
		if k < s.Last && doc.Tokens[k].Lower == "been" {
			k++
		}
		switch {
		case k+2 < s.Last && doc.Tokens[k].Lower == "sworn" && doc.Tokens[k+1].Lower == "in" && doc.Tokens[k+2].Lower == "as":
			k += 3
		case k+1 < s.Last && c.lex.appoint[doc.Tokens[k].Lower]:
			k++
			if doc.Tokens[k].Lower == "as" {
				k++
			}
		default:
			return "", false
		}
	case (w == "took" || w == "takes") && k+2 < s.Last && doc.Tokens[k+1].Lower == "over" && doc.Tokens[k+2].Lower == "as":
		k += 3
	default:
		return "", false
	}
	for k < s.Last && (doc.Tokens[k].Lower == "the" || doc.Tokens[k].Lower == "a" || doc.Tokens[k].Lower == "an" || interimWords[doc.Tokens[k].Lower]) {
		acting = acting || interimWords[doc.Tokens[k].Lower] && doc.Tokens[k].Lower != "new"
		k++
	}
	for p := k; p < s.Last && p < k+4; p++ {
		if doc.Tokens[p].Tag == "POS" && p > k {
			k = p + 1 // "the regional bloc's envoy": past the owner
			break
		}
		if tg := doc.Tokens[p].Tag; !isNounTag(tg) && tg != "JJ" {
			break
		}
	}
	for n := 0; n < 2 && k+1 < s.Last && doc.Tokens[k].Tag == "JJ" && c.lex.titles[doc.Tokens[k].Lower] == "" && c.lex.titles[doc.Tokens[k].Lower+" "+doc.Tokens[k+1].Lower] == ""; n++ {
		acting = acting || interimWords[doc.Tokens[k].Lower] && doc.Tokens[k].Lower != "new"
		k++ // "special envoy", "new chief executive"
	}
	if k >= s.Last {
		return "", false
	}
	l := doc.Tokens[k].Lower
	if k+1 < s.Last {
		if r := c.lex.titles[l+" "+doc.Tokens[k+1].Lower]; r != "" {
			return r, acting // "prime minister", "chief executive"
		}
	}
	if r := c.lex.titles[l]; r != "" && !c.lex.orgWords[l] {
		return r, acting
	}
	return "", false
}

// interimWords qualify an office held for now ("acting president").
var interimWords = map[string]bool{"acting": true, "interim": true, "caretaker": true, "new": true, "temporary": true}

// storyLead is how many sentences state what a story is about: its
// headline and first sentence.
const storyLead = 2

// inLead reports whether the story's first sentences name entity e.
func (c *CorefStage) inLead(st *corefState, e int) bool {
	for _, m := range leadMentions(st.doc, storyLead) {
		if m.Entity == e {
			return true
		}
	}
	return false
}

// leadFirm returns the one organisation ok accepts that the story's first
// sentences name before token at, or -1 when they name none or several.
func (c *CorefStage) leadFirm(st *corefState, at int, ok func(int, *Entity) bool) int {
	doc := st.doc
	found := -1
	for _, m := range leadMentions(doc, storyLead) {
		if m.First >= at {
			break
		}
		if m.Entity < 0 || m.Entity == found || !ok(m.Entity, &doc.Entities[m.Entity]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = m.Entity
	}
	return found
}

// mentionedBefore reports whether entity e is mentioned in the sentence of
// token at, before it (at most maxClauseBack tokens back, so that text
// without sentence breaks costs no more per phrase).
func mentionedBefore(doc *Document, e, at int) bool {
	for t := max(doc.Sentences[doc.Tokens[at].Sent].First, at-maxClauseBack); t < at; t++ {
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].Entity == e {
			return true
		}
	}
	return false
}

// maxClauseBack bounds how far back in its sentence a check for an earlier
// mention reads.
const maxClauseBack = 80

// kindOnly returns, for a one-word name that is a kind of body
// ("Commission", "Court", "Council"), the one organisation named before
// whose name of several words ends in it or opens an "of" phrase ("the
// Confederation of Indigenous Nationalities"), or -1 (none, or two: "the
// Council" after "the Security Council" and "the European Council").
func (c *CorefStage) kindOnly(st *corefState, m *Mention) int {
	if m.Last-m.First != 1 || !c.lex.orgWords[m.Key] {
		return -1
	}
	found := -1
	st.before(m.First, func(e int) bool {
		en := &st.doc.Entities[e]
		if n := toLower(en.Name); en.Type != schema.Organization || !strings.HasSuffix(n, " "+m.Key) && !strings.HasPrefix(n, m.Key+" of ") {
			return true
		}
		if found >= 0 {
			found = -2
			return false
		}
		found = e
		return true
	})
	if found < 0 {
		return -1
	}
	return found
}

// nameList returns the entities of the list of names that mention i opens
// ("A, B and C", "A, the B and C"), all countries or all organisations;
// nil when mention i opens no list.
func nameList(doc *Document, i int) []int {
	name := func(k int) *Mention {
		if k < 0 || k >= len(doc.Mentions) {
			return nil
		}
		m := &doc.Mentions[k]
		if m.Kind != NameMention || m.Entity < 0 {
			return nil
		}
		if ty := doc.Entities[m.Entity].Type; ty != schema.Country && ty != schema.Organization {
			return nil
		}
		return m
	}
	m := name(i)
	if m == nil || m.First > 0 && (doc.Tokens[m.First-1].Lower == "," || doc.Tokens[m.First-1].Lower == "and") {
		return nil // not the list's first name
	}
	ty := doc.Entities[m.Entity].Type
	ents := []int{m.Entity}
	sent := doc.Tokens[m.First].Sent
	for {
		t := m.Last // the token after the name
		if t >= len(doc.Tokens) || doc.Tokens[t].Sent != sent || doc.Tokens[t].Lower != "," && doc.Tokens[t].Lower != "and" {
			return nil // a list ends with "and" and its last name
		}
		last := doc.Tokens[t].Lower == "and"
		t++
		if !last && t < len(doc.Tokens) && doc.Tokens[t].Lower == "and" {
			last, t = true, t+1 // "A, B, and C"
		}
		if t < len(doc.Tokens) && doc.Tokens[t].Lower == "the" {
			t++
		}
		if t >= len(doc.Tokens) || doc.Tokens[t].Sent != sent {
			return nil
		}
		k := doc.TokMention[t]
		n := name(k)
		if n == nil || n.First != t || doc.Entities[n.Entity].Type != ty || slices.Contains(ents, n.Entity) {
			return nil
		}
		ents = append(ents, n.Entity)
		m = n
		if last {
			if n.Last < len(doc.Tokens) && isPossessive(doc, n.Last) {
				return nil // "A, B and C's ministers"
			}
			return ents
		}
	}
}

// listedBefore reports whether entity e is named, before token at of the
// same sentence, in a list of names ("A and B", "A, B and C").
func listedBefore(doc *Document, e, at int) bool {
	for i := doc.mentionsFrom(doc.Tokens[at].Sent); i < len(doc.Mentions) && doc.Mentions[i].Last <= at; i++ {
		if slices.Contains(nameList(doc, i), e) {
			return true
		}
	}
	return false
}

// partyStance returns the stance in parliament the words just before
// token t give a party ("the ruling party", "the main opposition Civic
// Front"): "ruling" (also for "governing"), "opposition", or "".
func partyStance(doc *Document, t int) string {
	for k := t - 1; k >= 0 && k >= t-3 && doc.Tokens[k].Sent == doc.Tokens[t].Sent; k-- {
		switch w := doc.Tokens[k].Lower; {
		case w == "ruling" || w == "governing":
			return "ruling"
		case w == "opposition":
			return "opposition"
		case w == "main" || w == "largest" || w == "biggest" || isCap(doc.Tokens[k].Text) && doc.Tokens[k].Tag == "NNP":
			// "the main opposition party", "the ruling Civic Front"
		default:
			return ""
		}
	}
	return ""
}

// stanceOf returns the stance the story gives organisation e before
// token at: that of the first of its mentions with one (partyStance).
func (c *CorefStage) stanceOf(st *corefState, e, at int) string {
	for mi := range st.doc.Mentions {
		if m := &st.doc.Mentions[mi]; m.First < at && m.Entity == e {
			if s := partyStance(st.doc, m.First); s != "" {
				return s
			}
		}
	}
	return ""
}

// calledCentralBank reports whether the story calls organisation e "the
// central bank" before token at ("Bank Negara Malaysia, the central
// bank,").
func (c *CorefStage) calledCentralBank(st *corefState, e, at int) bool {
	for mi := range st.doc.Mentions {
		if m := &st.doc.Mentions[mi]; m.First < at && m.First > 0 && m.Entity == e && m.Key == "bank" && m.RoleOf < 0 && st.doc.Tokens[m.First-1].Lower == "central" {
			return true
		}
	}
	return false
}

// unnamedGroupBefore reports whether the latest "group" before token at,
// in its sentence or the one before, opens a group of people or bodies
// with no name ("A group of about 200 farmers", "a group of lenders").
func unnamedGroupBefore(doc *Document, at int) bool {
	s := doc.Tokens[at].Sent
	for k := at - 1; k > 0 && doc.Tokens[k].Sent >= s-1; k-- {
		if doc.Tokens[k].Lower != "group" {
			continue
		}
		return doc.Tokens[k-1].Lower == "a" && k+1 < at && doc.Tokens[k+1].Lower == "of" && doc.TokMention[k] < 0
	}
	return false
}

// nonPartyNames are words of the names of bodies that are no political
// party, which "the party" never stands for ("the Solar Builders
// Association said ... The party's spokeswoman": not the association).
var nonPartyNames = map[string]bool{"association": true, "assembly": true, "parliament": true, "senate": true, "community": true, "nations": true, "bank": true, "fund": true, "company": true, "corporation": true, "group": true,
	"holdings": true, "ltd": true, "inc": true, "plc": true, "ministry": true, "court": true, "tribunal": true, "commission": true,
	"authority": true, "agency": true, "committee": true, "board": true, "bureau": true, "department": true, "university": true,
	"institute": true, "police": true, "army": true, "federation": true, "chamber": true,
	// news media: "told BBC Radio ... reports the party repaid"
	"radio": true, "television": true, "tv": true, "news": true, "newspaper": true, "broadcasting": true, "magazine": true,
	"times": true, "post": true, "herald": true, "journal": true, "gazette": true, "telegraph": true, "chronicle": true}

// nonPartyName reports whether an organisation's name has a word of
// nonPartyNames.
func nonPartyName(name string) bool { return nameHasWord(name, nonPartyNames) }

// quotedSpeaker reports whether the pronoun at token t stands right after
// a closing quotation mark as the subject of a verb of speech ("“...,” he
// said").
func quotedSpeaker(doc *Document, lex *lexicon, t int) bool {
	if t < 1 || t+1 >= len(doc.Tokens) || doc.Tokens[t].Quote || !lex.reportVerb[doc.Tokens[t+1].Lower] {
		return false
	}
	switch doc.Tokens[t-1].Text {
	case "”", "\"", "''":
		return doc.Tokens[t-1].Sent == doc.Tokens[t].Sent
	}
	return false
}

// quoteSpeakerIs reports whether the quotation holding token t is
// attributed, right after it closes, to entity e: a pronoun of gender g
// ("“...,” he said"), which takes the person that a pronoun inside would
// take, or a name or title e bears ("“...,” Scholz said", "“...,” the
// chancellor told reporters", "“...,” said Scholz").
func quoteSpeakerIs(doc *Document, lex *lexicon, t, e int, g byte) bool {
	sent := doc.Tokens[t].Sent
	k := t
	for k < len(doc.Tokens) && doc.Tokens[k].Sent == sent && doc.Tokens[k].Quote {
		k++
	}
	if k >= len(doc.Tokens) || doc.Tokens[k].Sent != sent {
		return false
	}
	for n := 0; n < 2 && k < len(doc.Tokens) && doc.Tokens[k].Sent == sent; n++ {
		switch doc.Tokens[k].Text {
		case "”", "\"", "''", ",":
			k++
		}
	}
	if k >= len(doc.Tokens) || doc.Tokens[k].Sent != sent || doc.Tokens[k].Quote || k == t {
		return false
	}
	ent := &doc.Entities[e]
	if lex.reportVerb[doc.Tokens[k].Lower] && isVerbTag(doc.Tokens[k].Tag) {
		k++ // "“...,” said Scholz"
		if k < len(doc.Tokens) && doc.Tokens[k].Sent == sent && isCap(doc.Tokens[k].Text) {
			for k+1 < len(doc.Tokens) && doc.Tokens[k+1].Sent == sent && isCap(doc.Tokens[k+1].Text) {
				k++
			}
			return slices.Contains(strings.Fields(toLower(ent.Name)), doc.Tokens[k].Lower)
		}
		return false
	}
	// the attribution's subject, up to its verb of speech
	v := k
	for v < len(doc.Tokens) && v < k+4 && doc.Tokens[v].Sent == sent && !lex.reportVerb[doc.Tokens[v].Lower] {
		v++
	}
	if v >= len(doc.Tokens) || v == k || doc.Tokens[v].Sent != sent || !lex.reportVerb[doc.Tokens[v].Lower] || !isVerbTag(doc.Tokens[v].Tag) {
		return false
	}
	first, last := doc.Tokens[k], doc.Tokens[v-1]
	switch {
	case v == k+1 && (first.Lower == "he" && g == 'm' || first.Lower == "she" && g == 'f'):
		return true
	case first.Lower == "the" && v >= k+2 && last.Tag == "NN":
		return ent.Roles[last.Lower] || ent.Roles[toLower(doc.Text[doc.Tokens[k+1].Span.Start:last.Span.End])]
	case isCap(first.Text) && isCap(last.Text):
		return slices.Contains(strings.Fields(toLower(ent.Name)), last.Lower)
	}
	return false
}

// apposedTo reports whether the mention at token at stands in apposition
// to a mention of entity e right before it ("Scholz, a Social Democrat,"):
// a description of e, no other person.
func apposedTo(doc *Document, at, e int) bool {
	if at < 3 || doc.Tokens[at-1].Lower != "a" && doc.Tokens[at-1].Lower != "an" || doc.Tokens[at-2].Lower != "," {
		return false
	}
	k := doc.TokMention[at-3]
	return k >= 0 && doc.Mentions[k].Entity == e
}

// quotedThird reports whether a quotation in the sentence of token t,
// before t, opens with a subject "he" or "she" of gender g that stands
// for entity e: whoever it is, the "he" that attributes the quotation
// ("“He has been responding well,” he told reporters") is another.
func quotedThird(doc *Document, e, t int, g byte) bool {
	for i := doc.Sentences[doc.Tokens[t].Sent].First; i < t; i++ {
		if k := doc.TokMention[i]; k >= 0 && doc.Tokens[i].Quote && doc.Mentions[k].Entity == e && doc.Mentions[k].Kind == PronounMention &&
			(doc.Mentions[k].Key == "he" && g == 'm' || doc.Mentions[k].Key == "she" && g == 'f') {
			return true
		}
	}
	return false
}

// quotedName reports whether a quotation in the sentence of token t,
// before t, names or describes entity e (a pronoun is not enough: "“I
// have told the prime minister ... his budget,” he said").
func quotedName(doc *Document, e, t int) bool {
	for i := doc.Sentences[doc.Tokens[t].Sent].First; i < t; i++ {
		if k := doc.TokMention[i]; k >= 0 && doc.Tokens[i].Quote && doc.Mentions[k].Entity == e && doc.Mentions[k].Kind != PronounMention {
			return true
		}
	}
	return false
}

// unnamedUnion resolves "the union" (or "their union") that no earlier
// stage resolved: to the one organisation the story shows to be a union
// though its name may not say so ("the train drivers' union GDL"), the
// most named of several, else, when the story says "the union" twice and
// names no union at all, to a body of its own, "the union", as a reader
// would list it.
func (c *CorefStage) unnamedUnion(st *corefState) {
	doc := st.doc
	var open []int
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Entity >= 0 || m.Kind != DescriptionMention || m.Key != "union" || m.First+1 != m.Last-1 && m.First != m.Last-1 {
			continue
		}
		if w := doc.Tokens[m.Last-1].Lower; w != "union" && w != "union's" {
			continue
		}
		if m.First+1 == m.Last-1 && !ownUnion[doc.Tokens[m.First].Lower] {
			continue // "a currency union", "the customs union"
		}
		open = append(open, mi)
	}
	if len(open) == 0 {
		return
	}
	best, most, tie := -1, 0, false
	for mi := range doc.Mentions {
		n := &doc.Mentions[mi]
		e := n.Entity
		if e < 0 || e == best || n.Kind != NameMention || doc.Entities[e].Type != schema.Organization || !unionMention(doc, n) {
			continue
		}
		switch w := doc.Entities[e].Mentions; {
		case w > most:
			best, most, tie = e, w, false
		case w == most:
			tie = true
		}
	}
	if tie {
		return
	}
	if best < 0 {
		if len(open) < 2 {
			return // said once, it may be anyone's
		}
		for e := range doc.Entities {
			if en := &doc.Entities[e]; en.Type == schema.Organization && en.Mentions > 0 && unionWord(en.Name) {
				return // a named union the story may mean
			}
		}
		name := "the union"
		if m := &doc.Mentions[open[0]]; doc.Tokens[m.First].Text == "The" || m.First > 0 && m.First == m.Last-1 && doc.Tokens[m.First-1].Text == "The" {
			name = "The union" // as first written
		}
		best = c.entity(st, name, schema.Organization)
	}
	for _, mi := range open {
		bindLater(doc, &doc.Mentions[mi], best)
	}
}

// unionMention reports whether the name mention n names a union: by its
// name ("Dockers Union"), by "union" beside it ("the union GDL", "the IG
// Metall union") or in apposition ("Pappers, the paper workers' union,").
// (A body said to represent workers is not enough: employers' groups
// represent their members too.)
func unionMention(doc *Document, n *Mention) bool {
	if unionWord(doc.Entities[n.Entity].Name) {
		return true // (not "the National Retail Federation" or a labour federation of many unions)
	}
	if n.First > 0 && doc.Tokens[n.First-1].Lower == "union" || n.Last < len(doc.Tokens) && doc.Tokens[n.Last].Lower == "union" || appositionNoun(doc, n) == "union" {
		return true // (also "Pappers, the paper workers' union,")
	}
	return false
}

// unionWord reports whether an organisation's name has the word "union".
func unionWord(name string) bool {
	for _, w := range strings.Fields(toLower(name)) {
		if w = strings.Trim(w, "'’"); w == "union" || w == "unions" {
			return true
		}
	}
	return false
}
