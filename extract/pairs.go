package extract

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// pairMention is one place where a document names two actors as a pair:
// a coordination ("Peru and Bolivia"), the parties of an interaction
// ("talks between A and B", "A met B") or a plural phrase resolved to
// them ("the two neighbours").
type pairMention struct {
	ents   [2]int
	at     int // byte offset
	sent   int
	weight int
}

// opposingNouns count the parties of an interaction, never a mere
// coordination ("both sides", "the two camps").
var opposingNouns = map[string]bool{"sides": true, "camps": true, "rivals": true, "parties": true}

// focusPair returns the pair of actors in focus before byte offset at:
// among the pairs named at most window sentences back whose two actors
// have type typ (or any actor type when typ is empty) and are not
// excluded, the one named most, interactions counting double and each
// mention less the further back it is; on a tie a pair that interacted
// wins, then the latest. interaction asks for a pair that interacted.
func (r *RelationStage) focusPair(st *sentState, at, sent int, typ schema.EntityType, interaction bool, window int, exclude []int) ([2]int, bool) {
	return r.focusPairCoord(st, at, sent, typ, interaction, false, window, exclude, 0)
}

// otherSide returns the entity that faces a's in the interacting pair the
// story is about (focusPair, window sentences back), -1 when a's entity is
// in no such pair.
func (r *RelationStage) otherSide(st *sentState, a Arg, window int) int {
	p, ok := r.focusPair(st, a.Span.Start, st.si, "", true, window, nil)
	if !ok || p[0] != a.Entity && p[1] != a.Entity {
		return -1
	}
	if p[0] == a.Entity {
		return p[1]
	}
	return p[0]
}

// focusPairCoord is focusPair with an extra weight for a pair written as a
// coordination ("A and B", "between A and B"): "both companies" means a
// pair the text names together more than two actors a verb related.
// opposed asks for two sides facing each other ("both sides"), which an
// actor and its backer never are.
func (r *RelationStage) focusPairCoord(st *sentState, at, sent int, typ schema.EntityType, interaction, opposed bool, window int, exclude []int, coord int) ([2]int, bool) {
	doc := st.doc
	type score struct {
		w              float64
		last, lastSent int
		inter          bool
	}
	scores := map[[2]int]*score{}
	add := func(a, b, pos, s, w int, inter bool) {
		if a < 0 || b < 0 || a == b || pos >= at || s < sent-window || slices.Contains(exclude, a) || slices.Contains(exclude, b) {
			return
		}
		if !pairTypes(doc.Entities[a].Type, doc.Entities[b].Type, typ) && !(interaction && inter && pairTypes(doc.Entities[a].Type, doc.Entities[b].Type, "")) {
			// "both parties" after two countries clashed: the parties
			// of an interaction are any two actors
			return
		}
		if typ == schema.Organization && (titled(doc.Entities[a]) || titled(doc.Entities[b])) {
			// "the two companies" may be a company and a name misread as
			// a person, but never a person the story gives an office
			// ("Justice X ordered Acme to pay")
			return
		}
		if typ == schema.Organization && publicName(doc.Entities[a].Name) != publicName(doc.Entities[b].Name) {
			// "the two companies" are no company and the regulator
			// looking into it
			return
		}
		if a > b {
			a, b = b, a
		}
		k := [2]int{a, b}
		sc := scores[k]
		if sc == nil {
			sc = &score{}
			scores[k] = sc
		}
		// older mentions count less: the focus moves on
		sc.w += float64(w) * math.Pow(0.7, float64(sent-s))
		sc.inter = sc.inter || inter
		if pos > sc.last {
			sc.last, sc.lastSent = pos, s
		}
	}
	// two people coordinated as envoys of two states: what they do
	// counts for the states when a plural phrase counts states ("both
	// countries") or sides ("both sides": coord is given for plural
	// phrases only); nations maps such a pair of people to its states
	states := typ == schema.Country || typ == "" && coord > 0
	nations := map[[2]int][2]int{}
	// "both sides" after a union's chairman accused a company: the
	// bodies the people named in the window serve (serves: person ->
	// organisation or country, -1 when none)
	sides := typ == "" && coord > 0
	serves := map[int]int{}
	// coordinations of exactly two names, "between A and B"
	// mentions are in text order and relations in sentence order: only
	// the window's are read, so a long document costs no more per phrase
	ms := doc.Mentions
	for i := doc.mentionsFrom(sent - window); i < len(ms) && ms[i].Span.Start < at; i++ {
		m := &ms[i]
		if m.Entity < 0 || m.Kind == DemonymMention || m.Kind == PronounMention || doc.Tokens[m.First].Sent < sent-window {
			continue
		}
		if (sides || slices.Contains(exclude, m.Entity)) && m.Kind == NameMention && doc.Entities[m.Entity].Type == schema.Person {
			if _, ok := serves[m.Entity]; !ok {
				// "Quarto's chief executive, Ana Ruiz, said ...": also
				// where the window names her by the last name only
				// ("Ruiz accused the union ...")
				serves[m.Entity] = servedBody(doc, r.lex, m.Entity, m.Last)
				if serves[m.Entity] < 0 && sides {
					serves[m.Entity] = cabinetOf(doc, m.Entity)
				}
			}
		}
		n := conjunct(doc, m)
		if n == nil || n.Entity < 0 || n.Kind == DemonymMention || n.Kind == PronounMention {
			continue
		}
		p := m.First - 1
		if p > 0 && doc.Tokens[p].Sent == doc.Tokens[m.First].Sent && doc.Tokens[p].Lower == "," && doc.TokMention[p-1] >= 0 && doc.Mentions[doc.TokMention[p-1]].Role == "" {
			continue // "A, B and C": a list (not "Peru's minister, A, and ...")
		}
		if p > 0 && doc.Tokens[p].Sent == doc.Tokens[m.First].Sent && (doc.Tokens[p].Lower == "at" || doc.Tokens[p].Lower == "from") && (peopleNouns[doc.Tokens[p-1].Lower] || sourceNouns[doc.Tokens[p-1].Lower]) {
			continue // "analysts at A and B": sources, not a pair
		}
		between := false
		// "between A and B", "between the two rivals, A and B"
		for q := p; q >= 0 && q >= m.First-6 && doc.Tokens[q].Sent == doc.Tokens[m.First].Sent; q-- {
			if doc.Tokens[q].Lower == "between" {
				between = true
				break
			}
			if strings.HasPrefix(doc.Tokens[q].Tag, "VB") || doc.TokMention[q] >= 0 {
				break
			}
		}
		w := 1 + coord
		if between {
			w = 2 * (1 + coord)
		}
		if states && doc.Entities[m.Entity].Type == schema.Person && doc.Entities[n.Entity].Type == schema.Person {
			// "Kyrgyz Foreign Minister A and his Tajik counterpart, B":
			// "both countries" and "both sides" are the states the two
			// serve (but "them" and the talks are the two people's)
			if x, y := r.nation(doc, m), r.nation(doc, n); x >= 0 && y >= 0 && x != y {
				add(x, y, m.Span.Start, doc.Tokens[m.First].Sent, w, between)
				nations[orderedPair(m.Entity, n.Entity)] = orderedPair(x, y)
				continue
			}
		}
		add(m.Entity, n.Entity, m.Span.Start, doc.Tokens[m.First].Sent, w, between)
	}
	// relations so far: an interaction ("met", "signed a deal with") or
	// any other act between two actors ("agreed to buy a stake in", once
	// per sentence) counts double
	acted := map[[3]int]bool{}
	for i := sort.Search(len(doc.Relations), func(i int) bool { return doc.Relations[i].Sent >= sent-window }); i < len(doc.Relations); i++ {
		rel := &doc.Relations[i]
		if rel.Role || rel.Negated || rel.Confidence < 0.45 || hostVerbs[rel.Pred] || leaveVerbs[rel.Pred] || pluralText(rel.Subj.Text) || pluralText(rel.Obj.Text) {
			continue // a third party acting on a pair is no pair with either
		}
		if opposed && rel.Subj.Entity >= 0 && doc.Entities[rel.Subj.Entity].Type == schema.Organization && judgingHeads[toLower(lastWord(doc.Entities[rel.Subj.Entity].Name))] {
			// "the Labour Court granted the firm an interdict ... the
			// council urged both sides to talk": a court rules on a
			// dispute, it is no side of it
			continue
		}
		if opposed && sidingAct(rel.Pred) {
			// "Osmark backed Vestria's position, while Pellin urged both
			// sides to talk": a backer takes a side, it is not one
			continue
		}
		a, b := rel.Subj.Entity, rel.Obj.Entity
		if sides && a >= 0 && b >= 0 && !slices.Contains(exclude, a) && !slices.Contains(exclude, b) {
			x, y := a, b
			if e, ok := serves[a]; ok && e >= 0 {
				x = e
			}
			if e, ok := serves[b]; ok && e >= 0 {
				y = e
			}
			if x == b || y == a {
				// "Acme's chief executive, X, said the company ...": a
				// person and the body they serve are one side
				continue
			}
			if (x != a || y != b) && x != y {
				nations[orderedPair(a, b)] = orderedPair(x, y)
				a, b = x, y
			}
		}
		if typ == schema.Country {
			// "Belarusian President A met his Polish counterpart, B ...
			// both countries": the states met (but the meeting a third
			// party arranged is the two people's)
			if x, y, ok := envoys(doc, a, b); ok {
				nations[orderedPair(a, b)] = orderedPair(x, y)
				a, b = x, y
			}
		}
		if (symmetricVerb(rel.Pred) || interactionLemmas[rel.Pred]) && (rel.Modality == "" || rel.Modality == schema.Asserted) {
			add(a, b, rel.Span.Start, rel.Sent, 2, true)
			continue
		}
		if a > b {
			a, b = b, a
		}
		if k := [3]int{a, b, rel.Sent}; !acted[k] {
			acted[k] = true
			add(a, b, rel.Span.Start, rel.Sent, 2, true)
		}
	}
	for _, pm := range *st.pairs {
		add(pm.ents[0], pm.ents[1], pm.at, pm.sent, pm.weight, false)
	}
	// a pair that acted on each other and that a plural phrase then
	// called a pair, at most three sentences back, is the story's
	// focus now, never a pair in passing: the lead's pair (below) does
	// not outweigh it ("Vell met Sorn on Monday, but the two did not
	// agree ... Church leaders urged both sides to talk")
	recent := false
	for _, pm := range *st.pairs {
		if sc := scores[orderedPair(pm.ents[0], pm.ents[1])]; sc != nil && sc.inter && pm.sent >= sent-3 && pm.at < at {
			recent = true
		}
	}
	// a pair of envoys that also acted as people adds to their states
	for pp, np := range nations {
		sc, ns := scores[pp], scores[np]
		if sc == nil || ns == nil {
			continue
		}
		ns.w += sc.w
		ns.inter = ns.inter || sc.inter
		if sc.last > ns.last {
			ns.last, ns.lastSent = sc.last, sc.lastSent
		}
		delete(scores, pp)
	}
	// "both sides" ten paragraphs into a story: a pair its headline and
	// lead are about ("Peru expels Bolivian envoy ...") stays in focus
	// over a pair a later paragraph names once in passing ("Peru's
	// minister rebuked Chile"), even when the window no longer names it.
	// A pair the lead relates by an act is the story's conflict or deal,
	// so it counts as a pair that interacted ("Norland recalls envoy to
	// Vestria ... Osmark urged both sides to talk")
	if coord > 0 && !doc.presplit && sent-window >= leadSentences && !recent {
		counts, acts := r.leadPairs(doc, at, typ, states, exclude)
		for k, w := range counts {
			if sc := scores[k]; sc != nil {
				sc.w += leadWeight * w
				sc.inter = sc.inter || acts[k]
			} else {
				scores[k] = &score{w: leadWeight * w, inter: acts[k]}
			}
		}
	}
	// "Its general secretary, X, called on both companies": never the
	// body the excluded speaker serves
	var own []int
	if typ == schema.Organization {
		for _, e := range exclude {
			if o, ok := serves[e]; ok && o >= 0 {
				own = append(own, o)
			}
		}
	}
	var best [2]int
	var bs *score
	bw := -1.0
	for k, sc := range scores {
		if interaction && !sc.inter || slices.Contains(own, k[0]) || slices.Contains(own, k[1]) {
			continue
		}
		w := sc.w
		if w > bw+1e-9 || math.Abs(w-bw) <= 1e-9 && (sc.inter && !bs.inter || sc.inter == bs.inter && (sc.last > bs.last || sc.last == bs.last && pairLess(k, best))) {
			best, bs, bw = k, sc, w
		}
	}
	if bs == nil && !interaction && !doc.presplit && sent-window > 0 {
		// none in the window: the pair the story's lead names together
		// ("Libya and Tunisia agree ..." before "urged both governments"
		// ten paragraphs on)
		var ok bool
		best, ok = r.leadPair(doc, at, typ, states, exclude)
		if !ok {
			return best, false
		}
	} else if bs == nil {
		return best, false
	}
	if st.firstAt(best[1]) < st.firstAt(best[0]) {
		best[0], best[1] = best[1], best[0] // the actor named first first
	}
	return best, true
}

// leadSentences is how many sentences open a story: its headline and
// lead, which name the pair a story is about.
const leadSentences = 3

// maxLeadMentions bounds the mentions leadMentions returns, so that text
// without sentence breaks costs no more per phrase.
const maxLeadMentions = 60

// leadMentions returns the mentions of a story's first sents sentences,
// at most maxLeadMentions of them, in text order.
func leadMentions(doc *Document, sents int) []Mention {
	n := 0
	for n < len(doc.Mentions) && n < maxLeadMentions && doc.Tokens[doc.Mentions[n].First].Sent < sents {
		n++
	}
	return doc.Mentions[:n]
}

// leadPair returns the first pair of actors of type typ (any actor type
// when typ is empty) that the story's lead coordinates before byte
// offset at, as states for two envoys when states is set, and neither
// excluded; failing a coordination, the first such pair the lead relates.
func (r *RelationStage) leadPair(doc *Document, at int, typ schema.EntityType, states bool, exclude []int) ([2]int, bool) {
	var out [2]int
	found := false
	r.eachLeadPair(doc, at, typ, states, typ == schema.Country, exclude, func(a, b, _ int, _ *Relation) bool {
		out, found = [2]int{a, b}, true
		return false
	})
	return out, found
}

// leadWeight is what each sentence of a story's lead that names a pair
// adds to a plural phrase's pair in focus: as much as a relation in the
// phrase's own sentence.
const leadWeight = 2

// leadPairs counts the sentences of the story's lead that coordinate or
// relate each pair of actors of type typ (any actor type when typ is empty) before
// byte offset at, as states for two envoys when states is set, neither
// excluded; pairs are ordered as focusPairCoord orders them. acts holds
// the pairs that a lead relation sets face to face (see opposingAct).
func (r *RelationStage) leadPairs(doc *Document, at int, typ schema.EntityType, states bool, exclude []int) (counts map[[2]int]float64, acts map[[2]int]bool) {
	counts, acts = map[[2]int]float64{}, map[[2]int]bool{}
	seen := map[[3]int]bool{}
	r.eachLeadPair(doc, at, typ, states, states, exclude, func(a, b, sent int, rel *Relation) bool {
		if a > b {
			a, b = b, a
		}
		if rel != nil && opposingAct(rel.Pred) {
			acts[[2]int{a, b}] = true
		}
		if !seen[[3]int{a, b, sent}] {
			// once a sentence
			seen[[3]int{a, b, sent}] = true
			counts[[2]int{a, b}]++
		}
		return true
	})
	return counts, acts
}

// eachLeadPair calls visit, until it returns false, with each pair of
// actors of type typ (any actor type when typ is empty), neither
// excluded, that the story's lead names before byte offset at, and the
// sentence naming it, and the relation when a relation names it (nil
// for a coordination): first the coordinations ("Peru and Bolivia"), as
// states for two envoys when states is set, then the relations, with a
// person object read as the state it serves when envoyObject is set
// ("Nicaragua expelled Costa Rica's consul").
func (r *RelationStage) eachLeadPair(doc *Document, at int, typ schema.EntityType, states, envoyObject bool, exclude []int, visit func(a, b, sent int, rel *Relation) bool) {
	ok := func(a, b int) bool {
		return a >= 0 && b >= 0 && a != b && !slices.Contains(exclude, a) && !slices.Contains(exclude, b) && pairTypes(doc.Entities[a].Type, doc.Entities[b].Type, typ)
	}
	ms := leadMentions(doc, leadSentences)
	for i := 0; i < len(ms) && ms[i].Span.Start < at; i++ {
		m := &ms[i]
		if m.Entity < 0 || m.Kind == DemonymMention || m.Kind == PronounMention {
			continue
		}
		n := conjunct(doc, m)
		if n == nil || n.Entity < 0 || n.Kind == DemonymMention || n.Kind == PronounMention {
			continue
		}
		if p := m.First - 1; p > 0 && doc.Tokens[p].Lower == "," && doc.TokMention[p-1] >= 0 && doc.Mentions[doc.TokMention[p-1]].Role == "" {
			continue // a list
		}
		a, b := m.Entity, n.Entity
		if states && doc.Entities[a].Type == schema.Person && doc.Entities[b].Type == schema.Person {
			if x, y := r.nation(doc, m), r.nation(doc, n); x >= 0 && y >= 0 && x != y {
				a, b = x, y
			}
		}
		if ok(a, b) && !visit(a, b, doc.Tokens[m.First].Sent, nil) {
			return
		}
	}
	for i := range doc.Relations {
		rel := &doc.Relations[i]
		if rel.Sent >= leadSentences || rel.Span.Start >= at {
			break
		}
		if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Subj.Entity < 0 {
			continue
		}
		a, b := rel.Subj.Entity, rel.Obj.Entity
		if b < 0 || envoyObject && doc.Entities[b].Type == schema.Person {
			// "expelled Costa Rica's consul": the envoy's state; but
			// "recalled its ambassador to Peru": the state the envoy
			// was sent to
			switch host := envoyHost(doc, rel.Obj.Span); {
			case host >= 0:
				b = host
			case rel.Obj.Poss >= 0:
				b = rel.Obj.Poss
			case b >= 0 && doc.Entities[b].Nation >= 0:
				b = doc.Entities[b].Nation
			}
		}
		if ok(a, b) && !visit(a, b, rel.Sent, rel) {
			return
		}
	}
}

// envoys returns the two states that persons a and b serve, when both
// are people of two known, different states.
func envoys(doc *Document, a, b int) (int, int, bool) {
	if a < 0 || b < 0 || doc.Entities[a].Type != schema.Person || doc.Entities[b].Type != schema.Person {
		return -1, -1, false
	}
	x, y := doc.Entities[a].Nation, doc.Entities[b].Nation
	if x < 0 || y < 0 || x == y || doc.Entities[x].Type != schema.Country || doc.Entities[y].Type != schema.Country {
		return -1, -1, false
	}
	return x, y, true
}

// titled reports whether e is a person the story names with an office
// or a title ("Justice X", "Acme's chief executive, X").
func titled(e Entity) bool {
	return e.Type == schema.Person && (len(e.Roles) > 0 || e.Gender != 0)
}

// publicName reports whether an organisation's name has a word of a
// public body or a regulator ("Business Competition Supervisory
// Commission", "Ministry of Energy").
func publicName(name string) bool {
	for _, w := range strings.Fields(toLower(name)) {
		if publicNames[w] || overseerNames[w] {
			return true
		}
	}
	return false
}

// orderedPair returns a and b, the lower first.
func orderedPair(a, b int) [2]int {
	if a > b {
		return [2]int{b, a}
	}
	return [2]int{a, b}
}

// pairLess orders pairs by entity, so that equal scores pick the same pair
// on every run whatever the map order.
func pairLess(a, b [2]int) bool {
	return a[0] < b[0] || a[0] == b[0] && a[1] < b[1]
}

// firstAt returns the byte offset of entity e's first mention.
func (st *sentState) firstAt(e int) int {
	if *st.first == nil {
		f := make([]int, len(st.doc.Entities))
		for i := range f {
			f[i] = len(st.doc.Text)
		}
		for i := len(st.doc.Mentions) - 1; i >= 0; i-- {
			if m := &st.doc.Mentions[i]; m.Entity >= 0 && m.Entity < len(f) {
				f[m.Entity] = m.Span.Start
			}
		}
		*st.first = f
	}
	if e < len(*st.first) {
		return (*st.first)[e]
	}
	return len(st.doc.Text)
}

// interactionLemmas relate two parties of one interaction even where the
// vocabulary reads them one way ("A signed a deal with B").
var interactionLemmas = map[string]bool{
	"talk": true, "negotiate": true, "sign": true, "dispute": true, "fight": true, "clash": true, "merge": true,
	"feud": true, "war": true, "deal": true, "agree": true, "meet": true, "discuss": true, "trade": true,
}

// themPair resolves an object "them" to the pair of actors named in this
// or the previous sentence ("the two governments were close to a deal;
// Oslo urged them to sign"), when the pronoun was left unresolved or
// resolved to one of the two or to the subject itself.
func (r *RelationStage) themPair(st *sentState, a Arg, exclude []int) []Arg {
	if toLower(a.Text) != "them" {
		return nil
	}
	p, ok := r.focusPair(st, a.Span.Start, st.si, "", false, 1, exclude)
	if !ok || !r.namedAsPair(st, p, a.Span.Start) || a.Entity >= 0 && a.Entity != p[0] && a.Entity != p[1] && !slices.Contains(exclude, a.Entity) && !venue(st, a.Entity, a.Span.Start) {
		return nil
	}
	notePair(st, p, a.Span.Start, st.si)
	return pairArgs(a, p)
}

// venue reports whether entity e was last named before token at as the
// place of an act ("sued A and B in the High Court, accusing them"): a
// plural pronoun after it means the pair, not the venue.
func venue(st *sentState, e, at int) bool {
	doc := st.doc
	last := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.Entity == e && m.Span.Start < at && m.Kind != PronounMention {
			last = i
		}
	}
	if last < 0 {
		return false
	}
	t := doc.Mentions[last].First - 1
	if t >= 0 && doc.Tokens[t].Lower == "the" {
		t--
	}
	return t >= 0 && (doc.Tokens[t].Lower == "in" || doc.Tokens[t].Lower == "at" || doc.Tokens[t].Lower == "before")
}

// pairTypes reports whether a pair of actors typed x and y can be counted
// by a noun of type typ. A name the pair is made of may be mistyped
// ("Kessler Steel" read as a person), so an organisation noun takes a
// pair with one organisation and one person.
func pairTypes(x, y, typ schema.EntityType) bool {
	actor := func(t schema.EntityType) bool {
		return t == schema.Person || t == schema.Organization || t == schema.Country
	}
	switch typ {
	case "":
		return actor(x) && actor(y)
	case schema.Organization:
		return x == typ && (y == typ || y == schema.Person) || y == typ && x == schema.Person
	}
	return x == typ && y == typ
}

// sourceNouns name people quoted for their employers ("analysts at A and
// B said").
var sourceNouns = map[string]bool{"analysts": true, "economists": true, "traders": true, "sources": true, "experts": true,
	"researchers": true, "lawyers": true, "bankers": true, "strategists": true, "staff": true, "employees": true, "workers": true}

// pluralText reports whether an argument was written as a plural phrase
// resolved to a pair ("both sides", "the two neighbours", "them").
func pluralText(s string) bool {
	l := toLower(s)
	return strings.HasPrefix(l, "both ") || strings.HasPrefix(l, "the two ") || l == "them" || strings.Contains(l, " two ")
}

// theyPair resolves a subject "they" opening its clause to the pair of
// actors named in this or the previous sentence ("Peru and Ecuador signed
// a treaty. They also agreed ..."), when the pronoun was left unresolved
// or resolved to one of the two.
func (r *RelationStage) theyPair(st *sentState, a Arg) []Arg {
	if toLower(a.Text) != "they" || st.doc.presplit {
		return nil
	}
	p, ok := r.focusPair(st, a.Span.Start, st.si, "", false, 1, nil)
	if !ok || !r.namedAsPair(st, p, a.Span.Start) || a.Entity >= 0 && a.Entity != p[0] && a.Entity != p[1] {
		return nil
	}
	notePair(st, p, a.Span.Start, st.si)
	return pairArgs(a, p)
}

// pairOf returns the arguments args of a phrase, a single plural phrase
// resolved to the pair it stands for ("imposed sanctions on both
// countries", "is in talks with the two companies"), neither of the
// subjects subj. In a list each such phrase is resolved, neither of the
// list's named members ("is in contact with both capitals and with
// Tarnland").
func (r *RelationStage) pairOf(st *sentState, args, subj []Arg) []Arg {
	var ex []int
	for _, a := range subj {
		if a.Entity >= 0 {
			ex = append(ex, a.Entity)
		}
	}
	if len(args) == 1 {
		if two := r.namedPair(st, args[0], ex...); two != nil {
			return two
		}
		return args
	}
	for _, a := range args {
		if a.Entity >= 0 {
			ex = append(ex, a.Entity)
		}
	}
	var out []Arg
	for i, a := range args {
		if two := r.namedPair(st, a, ex...); two != nil && !st.doc.presplit {
			if out == nil {
				out = append([]Arg(nil), args[:i]...)
			}
			out = append(out, two...)
		} else if out != nil {
			out = append(out, a)
		}
	}
	if out == nil {
		return args
	}
	return out
}

// pairArgs returns a as two arguments, one for each entity of p.
func pairArgs(a Arg, p [2]int) []Arg {
	x, y := a, a
	x.Entity, y.Entity = p[0], p[1]
	x.Poss, y.Poss = -1, -1
	return []Arg{x, y}
}

// notePair records that the phrase at byte offset at, in sentence sent,
// stands for the pair p, once per phrase.
func notePair(st *sentState, p [2]int, at, sent int) {
	if n := len(*st.pairs); n == 0 || (*st.pairs)[n-1].at != at {
		*st.pairs = append(*st.pairs, pairMention{ents: p, at: at, sent: sent, weight: 1})
	}
}

// namedAsPair reports whether the pair p was written as a pair in this
// or the previous sentence before byte offset at: coordinated ("Peru and
// Ecuador") or as a plural phrase ("the two governments"). A pronoun
// "they" or "them" after a sentence that only relates the two is more
// often a group of people.
func (r *RelationStage) namedAsPair(st *sentState, p [2]int, at int) bool {
	doc := st.doc
	pairs := *st.pairs
	for i := len(pairs) - 1; i >= 0 && pairs[i].sent >= st.si-1; i-- { // noted in sentence order
		if pm := pairs[i]; pm.at < at && (pm.ents == p || pm.ents == [2]int{p[1], p[0]}) {
			return true
		}
	}
	for i := doc.mentionsFrom(st.si - 1); i < len(doc.Mentions) && doc.Mentions[i].Span.Start < at; i++ {
		m := &doc.Mentions[i]
		if m.Entity < 0 || m.Kind == PronounMention || m.Kind == DemonymMention {
			continue
		}
		n := conjunct(doc, m)
		if n == nil || n.Entity < 0 || n.Entity == m.Entity {
			continue
		}
		if (m.Entity == p[0] || m.Entity == p[1]) && (n.Entity == p[0] || n.Entity == p[1]) {
			return true
		}
		if doc.Entities[m.Entity].Type == schema.Person && doc.Entities[n.Entity].Type == schema.Person && orderedPair(r.nation(doc, m), r.nation(doc, n)) == orderedPair(p[0], p[1]) {
			return true // two envoys for their states
		}
	}
	// two states that acted on each other ("Colombia accused Venezuela
	// ..., and Venezuela denied it. Brazil urged them to talk"): no group
	// of people is nearer than the states
	if doc.Entities[p[0]].Type != schema.Country || doc.Entities[p[1]].Type != schema.Country {
		return false
	}
	for i := sort.Search(len(doc.Relations), func(i int) bool { return doc.Relations[i].Sent >= st.si-1 }); i < len(doc.Relations); i++ {
		rel := &doc.Relations[i]
		if rel.Span.Start >= at {
			continue
		}
		if !rel.Role && !rel.Negated && orderedPair(rel.Subj.Entity, rel.Obj.Entity) == orderedPair(p[0], p[1]) {
			return true
		}
	}
	return false
}

// conjunct returns the mention joined to mention m by the "and" after it,
// in the same sentence: "A and B", "A and the B", or a name in apposition
// after a possessive ("A and his Tajik counterpart, B", "Peru's
// minister, A, and her deputy, B"); nil if there is none.
func conjunct(doc *Document, m *Mention) *Mention {
	sent := doc.Tokens[m.First].Sent
	a := m.Last
	if a+1 < len(doc.Tokens) && doc.Tokens[a].Lower == "," && doc.Tokens[a+1].Lower == "and" && m.First > 0 && doc.Tokens[m.First-1].Lower == "," {
		a++ // "X's minister, A, and ...": the apposition's closing comma
	}
	if a+1 >= len(doc.Tokens) || doc.Tokens[a].Lower != "and" || doc.Tokens[a+1].Sent != sent {
		return nil
	}
	at := func(t int) *Mention {
		if t >= len(doc.Tokens) || doc.Tokens[t].Sent != sent {
			return nil
		}
		if k := doc.TokMention[t]; k >= 0 && doc.Mentions[k].First == t {
			return &doc.Mentions[k]
		}
		return nil
	}
	t := a + 1
	switch doc.Tokens[t].Lower {
	case "the":
		if a == m.Last {
			return at(t + 1)
		}
		return nil
	case "his", "her", "its", "their":
		// "and his Tajik counterpart, B": modifiers and a noun, a comma,
		// then the name
		for k := t + 1; k < len(doc.Tokens) && k <= t+5 && doc.Tokens[k].Sent == sent; k++ {
			tk := &doc.Tokens[k]
			if n := at(k); n != nil && n.Kind == NameMention && k > t+1 && (doc.Tokens[k-1].Tag == "NN" || doc.Tokens[k-1].Tag == "NNS") {
				// "and his Tajik counterpart B": the name right after
				// the noun, no comma
				return n
			}
			if tk.Lower == "," {
				if n := at(k + 1); n != nil && n.Kind == NameMention && k > t+1 && isNounTag(doc.Tokens[k-1].Tag) {
					return n
				}
				return nil
			}
			if !(isNounTag(tk.Tag) || tk.Tag == "JJ" || tk.Tag == "HYPH") {
				return nil
			}
		}
		return nil
	}
	if a != m.Last {
		return nil // "A, and B": a list's last item
	}
	return at(t)
}

// nation returns the country person mention m serves, as the entity or
// the title beside the mention tells, or -1.
func (r *RelationStage) nation(doc *Document, m *Mention) int {
	if n := doc.Entities[m.Entity].Nation; n >= 0 && doc.Entities[n].Type == schema.Country {
		return n
	}
	return mentionCountry(doc, r.lex, m)
}

// allyOf resolves "its ally", "its partner" after a subject that is the
// possessor ("Washington was quick to side with its ally") to the latest
// other country or organisation named at most three sentences back that
// no verb there had as its subject: the party the story's events befell.
func (r *RelationStage) allyOf(st *sentState, a Arg, subjEnts []int) (Arg, bool) {
	if a.Entity >= 0 || a.Poss < 0 || !slices.Contains(subjEnts, a.Poss) {
		return Arg{}, false
	}
	f := strings.Fields(toLower(a.Text))
	if len(f) != 2 || f[0] != "its" && f[0] != "their" || f[1] != "ally" && f[1] != "partner" {
		return Arg{}, false
	}
	doc := st.doc
	actors := map[int]bool{}
	for _, ac := range *st.acts {
		if ac.sent >= st.si-3 && ac.at < a.Span.Start {
			actors[ac.subj] = true
		}
	}
	best, pos := -1, -1
	for _, m := range doc.Mentions {
		if m.Entity < 0 || m.Entity == a.Poss || actors[m.Entity] || m.Span.Start >= a.Span.Start || doc.Tokens[m.First].Sent < st.si-3 {
			continue
		}
		if t := doc.Entities[m.Entity].Type; t != schema.Country && t != schema.Organization {
			continue
		}
		if m.First > pos {
			best, pos = m.Entity, m.First
		}
	}
	if best < 0 {
		return Arg{}, false
	}
	out := a
	out.Entity, out.Poss = best, -1
	return out, true
}

// controlPreps name the preposition that introduces the object of an
// object-control verb written as a phrasal verb ("called on both sides to
// ..."): that object is the infinitive's subject.
var controlPreps = map[string]string{"call": "on", "appeal": "to", "prevail": "on"}

// controlPrep reports whether the preposition at token prep introduces
// the controlling object of verb lemma.
func controlPrep(doc *Document, lemma string, prep int) bool {
	return prep >= 0 && prep < len(doc.Tokens) && controlPreps[lemma] != "" && doc.Tokens[prep].Lower == controlPreps[lemma]
}

// theyList resolves a subject "they" to the three or more countries or
// organisations last named as a list in this or the previous sentence
// ("only Norland, Vestria and Osmark have said that they will sign it":
// each of the three, not the last one), when the pronoun was left
// unresolved or resolved to one of them. Two are the pair theyPair takes.
func (r *RelationStage) theyList(st *sentState, a Arg) []Arg {
	doc := st.doc
	if toLower(a.Text) != "they" || doc.presplit {
		return nil
	}
	var best []int
	for i := doc.mentionsFrom(max(st.si-1, 0)); i < len(doc.Mentions) && doc.Mentions[i].Span.End <= a.Span.Start; i++ {
		if ents := nameList(doc, i); len(ents) >= 3 {
			best = ents
			i += len(ents) - 1
		}
	}
	if best == nil || a.Entity >= 0 && !slices.Contains(best, a.Entity) {
		return nil
	}
	out := make([]Arg, len(best))
	for k, e := range best {
		out[k] = a
		out[k].Entity, out[k].Poss = e, -1
	}
	return out
}

// opposingAct reports whether a relation by verb lemma sets its two
// actors face to face, as the two sides of a later "both sides": a
// conflict ("Norland expels Vestria's envoy", "the union sues Quarto")
// or talks, a deal or a clash between them ("Quarto and the union hold
// talks"). Backing, approving or merging with another puts the two on
// one side ("the regulator approved the merger of Corlan and Bexmoor"),
// and an act the vocabulary does not know ("Tarrow operates the
// terminal") tells nothing.
func opposingAct(lemma string) bool {
	if lemma == "recall" {
		// "Palau recalled its ambassador to Nauru": a protest that
		// downgrades relations, which the vocabulary leaves out as
		// "recall" is also a memory
		return true
	}
	p, ok := schema.Vocabulary().Predicate(lemma)
	if !ok || p.Role {
		return false
	}
	return p.Goldstein < 0 || p.Direction == schema.Symmetric && p.Cameo != "06"
}

// sidingAct reports whether a relation by verb lemma has its subject take
// the object's side ("backed", "praised", "defended", "allied with"): the
// two are one side, never the two sides.
func sidingAct(lemma string) bool {
	p, ok := schema.Vocabulary().Predicate(lemma)
	if !ok || p.Role {
		return false
	}
	return strings.HasPrefix(p.Code, "051") || strings.HasPrefix(p.Code, "052") || strings.HasPrefix(p.Code, "053") || lemma == "ally"
}

// envoyHost returns the country an envoy phrase spanning sp was sent to
// ("its ambassador to Peru", "the envoy to Chile"), or -1.
func envoyHost(doc *Document, sp Span) int {
	t := doc.tokenAt(sp.Start)
	if t < 0 {
		return -1
	}
	for ; t+2 < len(doc.Tokens) && doc.Tokens[t+2].Span.End <= sp.End; t++ {
		if !envoyNouns[doc.Tokens[t].Lower] || doc.Tokens[t+1].Lower != "to" {
			continue
		}
		if k := doc.TokMention[t+2]; k >= 0 && doc.Mentions[k].First == t+2 && doc.Mentions[k].Entity >= 0 && doc.Entities[doc.Mentions[k].Entity].Type == schema.Country {
			return doc.Mentions[k].Entity
		}
		return -1
	}
	return -1
}

// actedOn returns the entities named as what the verb group at vi acts
// on, in its clause: its object and the phrases after a preposition of
// no place or time ("cut ties with Doha": Qatar). A counted group
// subject ("the four countries") never includes them.
func actedOn(st *sentState, vi int) []int {
	u := st.units
	doc := st.doc
	var out []int
	prep := ""  // the preposition before the phrase, none for the object
	comma := -1 // len(out) at the latest comma
	for k := vi + 1; k < len(u) && k <= vi+10; k++ {
		switch u[k].kind {
		case uNP:
			if u[k].ent >= 0 && !locativePreps[prep] && !whenPreps[prep] {
				out = append(out, u[k].ent)
			}
		case uP:
			prep = doc.Tokens[u[k].a].Lower
		case uCC:
		case uComma:
			comma = len(out) // "cut trade, travel and diplomatic links with X"
		default:
			if comma >= 0 && u[k].kind == uVG {
				// "met on Monday, Egypt said": a new clause's subject
				return out[:comma]
			}
			return out
		}
	}
	return out
}

// cabinetOf returns the government a minister (not its head) named
// without a state serves ("Justice Minister X rejected the charge ... urged both sides":
// X's side is the government, not X), when the story is about one
// country and names its government; -1 otherwise.
func cabinetOf(doc *Document, e int) int {
	minister := false
	for r := range doc.Entities[e].Roles {
		if r == "prime minister" || r == "premier" || r == "president" {
			return -1 // a head of government is a side of its own
		}
		minister = minister || r == "minister" || strings.HasSuffix(r, " minister")
	}
	if !minister || doc.Entities[e].Nation >= 0 || international(doc) {
		return -1
	}
	if g := government(doc); g >= 0 && doc.Entities[g].Name == "government" {
		return g
	}
	return -1
}

// objectGap reports whether the verb group at vi opens with a subject
// that follows the head of a relative clause whose object is the gap:
// "everything they wanted" (a noun before the subject pronoun, not a
// time), "the party, which they accused of ...", "the plan that both
// sides rejected".
func objectGap(st *sentState, vi int) bool {
	units, doc := st.units, st.doc
	if vi < 2 || units[vi-1].kind != uNP {
		return false
	}
	if relativeList(st, vi) >= 0 {
		return true
	}
	h := vi - 2
	switch units[h].kind {
	case uNP:
		// "everything they wanted": only a pronoun subject right after a
		// noun, never "Last week they agreed"
		if doc.Tokens[units[vi-1].a].Tag != "PRP" || timeWords[doc.Tokens[units[h].head].Lower] || units[h].ent >= 0 {
			return false
		}
		return doc.Tokens[units[h].head].Tag == "NN" || doc.Tokens[units[h].head].Tag == "NNS"
	case uWH, uSub:
		w := doc.Tokens[units[h].a].Lower
		if w != "which" && w != "whom" && w != "that" {
			return false
		}
		k := h - 1
		if k >= 1 && units[k].kind == uComma && w != "that" {
			k--
		}
		if k < 0 || units[k].kind != uNP || w == "that" && (thatNouns(doc.Tokens[units[k].head].Lower) || k >= 1 && units[k-1].kind == uVG) {
			return false
		}
		return true
	}
	return false
}

// nearPeople returns the two people named in the sentence before byte
// offset at and in its own sentence before it, by name, title or
// pronoun, when they are the only actors named there (no body or
// state either), neither excluded and at least one in the sentence
// before: "But she said she would not ask
// Vukovic to resign. Aides said the two had met" (the pair the story
// named earlier is no longer in focus).
func nearPeople(st *sentState, at int, exclude []int) ([2]int, bool) {
	doc := st.doc
	var p [2]int
	n, before := 0, false
	for i := doc.mentionsFrom(st.si - 1); i < len(doc.Mentions) && doc.Mentions[i].Span.Start < at; i++ {
		m := &doc.Mentions[i]
		if m.Entity < 0 || m.Kind == DemonymMention || slices.Contains(exclude, m.Entity) {
			continue
		}
		if s := doc.Tokens[m.First].Sent; s < st.si-1 || s > st.si {
			continue
		} else if s < st.si {
			before = true
		}
		switch doc.Entities[m.Entity].Type {
		case schema.Person:
		case schema.Organization, schema.Country:
			return p, false // "get Labour re-elected": more actors than the two
		default:
			continue
		}
		if n > 0 && p[0] == m.Entity || n > 1 && p[1] == m.Entity {
			continue
		}
		if n == 2 {
			return p, false // three or more
		}
		p[n] = m.Entity
		n++
	}
	if n != 2 || !before {
		return p, false
	}
	if st.firstAt(p[1]) < st.firstAt(p[0]) {
		p[0], p[1] = p[1], p[0]
	}
	return p, true
}

// pastEventWords set an event apart from the pair's own.
var pastEventWords = map[string]bool{"similar": true, "another": true, "previous": true, "earlier": true, "past": true, "former": true, "prior": true}

// claimDisputeNouns name a quarrel over something two sides both claim.
var claimDisputeNouns = map[string]bool{"dispute": true, "disputes": true, "row": true, "quarrel": true, "feud": true, "standoff": true}

// claimedDisputes relates the two sides of a dispute over a thing "both"
// or "the two" of them claim: "a dispute over an island that both
// countries claim", "a row about a field both governments claimed", "a
// dispute over a town claimed by both countries". The plural phrase is
// resolved to the pair it stands for (namedPair); the thing's own
// phrases may come between it and the relative clause ("an island in
// Lake Victoria that both countries claim"), but no comma, other verb or
// other clause.
func (r *RelationStage) claimedDisputes(st *sentState) {
	doc := st.doc
	if doc.presplit {
		return
	}
	u := st.units
	for k := 0; k+2 < len(u); k++ {
		if u[k].kind != uNP || u[k].ent >= 0 || !claimDisputeNouns[doc.Tokens[u[k].head].Lower] || u[k+1].kind != uP || u[k+2].kind != uNP {
			continue
		}
		if p := doc.Tokens[u[k+1].a].Lower; p != "over" && p != "about" {
			continue
		}
		if slices.ContainsFunc(doc.Tokens[u[k].a:u[k].head], func(t Token) bool { return pastEventWords[t.Lower] }) {
			// "a similar dispute", "a previous row": not this pair's
			// ("a separate dispute" is still the two's)
			continue
		}
		pair := -1
		for j := k + 3; j < len(u) && j <= k+8 && pair < 0; j++ {
			switch u[j].kind {
			case uVG:
				if doc.Tokens[u[j].head].Lemma != "claim" {
					j = len(u)
					break
				}
				if !u[j].passive && j-1 > k+2 && u[j-1].kind == uNP && pairPhrase(doc, &u[j-1]) {
					// "an island (that) both countries claim"
					pair = j - 1
				} else if j+2 < len(u) && u[j+1].kind == uP && doc.Tokens[u[j+1].a].Lower == "by" && u[j+2].kind == uNP && pairPhrase(doc, &u[j+2]) {
					// "a town claimed by both countries"
					pair = j + 2
				}
				if pair < 0 {
					j = len(u)
				}
			case uNP, uP:
			case uWH:
				if w := doc.Tokens[u[j].a].Lower; w != "that" && w != "which" {
					j = len(u)
				}
			default:
				j = len(u)
			}
		}
		if pair < 0 || u[pair].ent >= 0 {
			continue
		}
		two := r.namedPair(st, r.arg(st, &u[pair]))
		if len(two) != 2 || two[0].Entity < 0 || two[1].Entity < 0 || two[0].Entity == two[1].Entity {
			continue
		}
		c := nounCtx(st, &u[k])
		if c.negated {
			continue
		}
		ps := Span{doc.Tokens[u[k].head].Span.Start, doc.Tokens[u[k+1].a].Span.End}
		doc.Relations = append(doc.Relations, Relation{
			Subj: two[0], Obj: two[1], Pred: "dispute", PredText: doc.Tokens[u[k].head].Text + " " + doc.Tokens[u[k+1].a].Text, PredSpan: ps,
			Modality: c.modality, Confidence: 0.8, Sent: st.si,
			Span: Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[pair].b-1].Span.End},
		})
	}
}

// pairPhrase reports whether a noun phrase counts a pair: "both
// countries", "the two governments".
func pairPhrase(doc *Document, u *unit) bool {
	if u.b-u.a < 2 {
		return false
	}
	w := doc.Tokens[u.a].Lower
	return w == "both" || w == "the" && u.b-u.a >= 3 && doc.Tokens[u.a+1].Lower == "two"
}
