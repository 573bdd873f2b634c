package extract

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// RelationStage draws relations from each sentence's shallow parse: verb
// groups with their subjects (through appositions, relative pronouns,
// coordination and participles), objects and prepositional complements;
// passives and reduced relatives ("a call set up by X"); control and
// reporting verbs; quote attribution; nominal interactions ("a call between
// A and B", "X's sanctions on Y"); and roles from titles and appositions.
// Each relation carries the negation and modality of its context.
type RelationStage struct {
	lex       *lexicon
	fullConf  float64
	tailConf  float64 // open triples of verbs without complements
	keepTimes bool    // keep time expressions ("on Tuesday") as arguments
	// clauseSubjects relates a speaker to the subject of what was said
	// ("Howard said Butler had ...": Howard say Butler).
	clauseSubjects bool
}

// NewRelationStage returns the relation stage.
func NewRelationStage(lex *lexicon) *RelationStage {
	return &RelationStage{lex: lex, fullConf: 0.95, tailConf: 0.75, keepTimes: true, clauseSubjects: false}
}

// lift is a subject-control verb whose relation reaches the object of its
// infinitive.
type lift struct {
	lemma, ptext string
	ctx          clauseCtx
	subj         []Arg
}

// context of a clause, inherited from the clause that embeds it
type clauseCtx struct {
	question bool // an embedded question ("examine whether X did Y"): no statements
	negated  bool
	modality schema.Modality
	conf     float64
}

type sentState struct {
	doc     *Document
	names   map[string]int // lower-cased names and surnames -> entity
	si      int
	units   []unit
	forced  map[int][]Arg     // verb-group unit -> subjects given by control or coordination
	ctx     map[int]clauseCtx // verb-group unit -> inherited context
	matrix  map[int]int       // infinitive verb group -> the verb group it complements
	lift    map[int]lift      // infinitive verb group -> matrix relation to re-emit
	speaker int               // entity speaking the sentence's quotation, -1
	pairs   *[]pairMention    // pairs resolved from plural phrases so far in the document
	acts    *[]act            // verbs with a named subject so far in the document
	relBase int               // len(doc.Relations) when the sentence began
	first   *[]int            // entity -> byte offset of its first mention, filled on first use
	answer  string            // lemma of the verb whose object madeBy resolves, "" when unknown
}

// Annotate fills doc.Relations.
func (r *RelationStage) Annotate(ctx context.Context, doc *Document) error {
	if doc.TokMention == nil && len(doc.Tokens) > 0 {
		return ErrMissingLayer
	}
	doc.Relations = doc.Relations[:0]
	var units []unit
	names := entityNames(doc)
	lastSpeaker, lastSpeakerSent := -1, -10
	var pairs []pairMention
	var acts []act
	var first []int
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
		units = chunk(r.lex, doc, s.First, s.Last, units)
		st := &sentState{doc: doc, names: names, si: si, units: units, forced: map[int][]Arg{}, ctx: map[int]clauseCtx{}, matrix: map[int]int{}, lift: map[int]lift{}, speaker: -1, pairs: &pairs, acts: &acts, relBase: len(doc.Relations), first: &first}
		for ui := range st.units {
			r.resolveNP(st, ui)
		}
		st.speaker = r.attribution(st)
		if st.speaker < 0 && lastSpeakerSent == si-1 && opensInQuote(doc, s) && !paragraphBreak(doc, si-1, si) {
			st.speaker = lastSpeaker
		}
		if st.speaker >= 0 {
			lastSpeaker, lastSpeakerSent = st.speaker, si
			r.resolveFirstPerson(st)
		}
		r.claimClauses(st)
		if doc.presplit {
			r.implicit(st)
		}
		r.roles(st)
		r.nominals(st)
		r.claimedDisputes(st)
		r.compoundActs(st)
		for ui := range st.units {
			if st.units[ui].kind == uVG {
				r.clause(st, ui)
			}
		}
		r.afterClauses(st)
		r.quotedCharges(st)
		r.voicedStances(st)
	}
	doc.Relations = append(doc.Relations, doc.spoken...)
	doc.spoken = nil
	if !doc.presplit {
		wageDemands(doc)
		// "spoke by telephone with X", "wrote on social media", "said in
		// a radio interview": the medium is no party to what was said
		doc.Relations = slices.DeleteFunc(doc.Relations, func(rel Relation) bool {
			return !rel.Role && rel.Obj.Entity < 0 && rel.Obj.Poss < 0 && speechMedium(rel.Pred, rel.PredText, rel.Obj.Text)
		})
	}
	return nil
}

// wageNouns head what a union asks of an employer ("a 12% pay rise", "a
// cut in the working week").
var wageNouns = map[string]bool{"rise": true, "raise": true, "increase": true, "hike": true, "pay": true, "wage": true, "wages": true,
	"bonus": true, "cut": true, "reduction": true, "week": true, "hours": true}

// unionWords name a body of workers.
var unionWords = map[string]bool{"union": true, "unions": true, "federation": true, "syndicate": true, "guild": true, "workers": true}

// wageDemands relates a union that demands a pay rise or shorter hours
// without naming from whom to its employer (employerOf: "The union is
// demanding a 12% rise" in a story about a strike at Acme: Acme), and an
// employer's pay offer that names no one to the union it faces
// (unionFacing: "The company has offered 4.5%").
func wageDemands(doc *Document) {
	unions := unionEntities(doc)
	n := len(doc.Relations)
	for i := 0; i < n; i++ {
		rel := doc.Relations[i]
		if rel.Role || rel.Negated || rel.Obj.Entity >= 0 {
			continue
		}
		if rel.Subj.Entity < 0 {
			if (rel.Pred == "demand" || rel.Pred == "seek") && workerNouns[headWord(rel.Subj.Text)] && payOffer(rel.Obj.Text) {
				// "About 2,100 workers at Acme have been on strike,
				// demanding a 12 percent increase": of the employer they
				// strike
				if to := struckBy(doc, rel, n); to >= 0 {
					rel.Obj = Arg{Entity: to, Poss: -1, Span: rel.Obj.Span, Text: doc.Entities[to].Name}
					rel.Confidence *= 0.8
					doc.Relations = append(doc.Relations, rel)
				}
			}
			continue
		}
		if unions[rel.Subj.Entity] && strikeAct(rel) {
			if reps := represented(doc, rel.Subj.Entity, unions); len(reps) > 0 {
				// "the federation, which represents employees at the two
				// companies, held a strike": against both employers
				if rel.Pred != "threaten" {
					rel.Pred = "strike"
				}
				rel.Confidence *= 0.8
				for _, e := range reps {
					rel.Obj = Arg{Entity: e, Poss: -1, Span: rel.Obj.Span, Text: doc.Entities[e].Name}
					doc.Relations = append(doc.Relations, rel)
				}
				continue
			}
		}
		to := -1
		switch en := &doc.Entities[rel.Subj.Entity]; {
		case (rel.Pred == "demand" || rel.Pred == "seek" || rel.Pred == "want") && unions[rel.Subj.Entity] && (wageNouns[toLower(lastWord(rel.Obj.Text))] || payOffer(rel.Obj.Text)):
			to = employerOf(doc, rel.Subj.Entity, unions)
		case unions[rel.Subj.Entity] && responseVerbs[rel.Pred] && bidNouns[strings.TrimSuffix(toLower(lastWord(rel.Obj.Text)), "s")] && payOffer(rel.Obj.Text):
			// "The union walked out after rejecting a three-year wage
			// offer": a pay offer no one is named as making is the
			// employer's
			to = employerOf(doc, rel.Subj.Entity, unions)
		case (rel.Pred == "offer" || rel.Pred == "propose") && en.Type == schema.Organization && !unions[rel.Subj.Entity] && payOffer(rel.Obj.Text):
			// (a public employer too: "the state port authority has
			// offered 6 percent", to a union the story relates it to)
			to = unionFacing(doc, rel.Subj.Entity, unions)
		case unions[rel.Subj.Entity] && strikeAct(rel):
			// "the union GDL began a three-day strike", "the union has
			// threatened further action": against its employer
			// (only an employer the story relates the union to)
			to = employerOf(doc, rel.Subj.Entity, unions)
			if to >= 0 && !related(doc, to, rel.Subj.Entity) {
				to = -1
			}
			if rel.Pred != "threaten" {
				rel.Pred = "strike"
			}
		}
		if to < 0 {
			continue
		}
		rel.Obj = Arg{Entity: to, Poss: -1, Span: rel.Obj.Span, Text: doc.Entities[to].Name}
		rel.Confidence *= 0.8
		doc.Relations = append(doc.Relations, rel)
	}
	strikeAppositions(doc, unions)
}

// strikeNouns name a labour action.
var strikeNouns = map[string]bool{"strike": true, "walkout": true, "stoppage": true}

// rankWords open an apposition that ranks a strike among others ("the
// first at Boeing since 2008", "the union's longest strike").
var rankWords = map[string]bool{"first": true, "second": true, "third": true, "biggest": true, "largest": true, "longest": true, "latest": true}

// strikeAppositions relates the union behind a strike a ranking apposition
// describes ("The walkout, the union's first coastwide strike since 1977,
// ...", "The walkout, the first at Boeing since 2008, ...") to the
// employer it strikes: the organisation after "at", else the one the
// union faces (employerOf). The union is the apposition's possessor, else
// the union the story names most.
func strikeAppositions(doc *Document, unions map[int]bool) {
	// the union the story names most, -1 on a tie
	main, most := -1, 0
	for _, e := range slices.Sorted(maps.Keys(unions)) {
		switch n := doc.Entities[e].Mentions; {
		case n > most:
			main, most = e, n
		case n == most:
			main = -1
		}
	}
	for i := 1; i+4 < len(doc.Tokens); i++ {
		t := &doc.Tokens[i]
		if !strikeNouns[t.Lower] || doc.Tokens[i-1].Lower != "the" || doc.Tokens[i+1].Tag != "," || doc.Tokens[i+2].Lower != "the" {
			continue
		}
		union, at, ranked := -1, -1, false
		j := i + 3
		for ; j < len(doc.Tokens) && doc.Tokens[j].Sent == t.Sent && doc.Tokens[j].Tag != ","; j++ {
			w := &doc.Tokens[j]
			switch m := doc.TokMention[j]; {
			case rankWords[w.Lower]:
				ranked = true
			case m >= 0 && doc.Mentions[m].Entity >= 0 && unions[doc.Mentions[m].Entity] && j+1 < len(doc.Tokens) && doc.Tokens[j+1].Tag == "POS":
				union = doc.Mentions[m].Entity
			case w.Lower == "at" && j+1 < len(doc.Tokens) && doc.TokMention[j+1] >= 0:
				if e := doc.Mentions[doc.TokMention[j+1]].Entity; e >= 0 && employer(doc, e) {
					at = e
				}
			}
		}
		if !ranked || j >= len(doc.Tokens) || doc.Tokens[j].Tag != "," {
			continue
		}
		if union < 0 {
			union = main // "the union's first strike" with no entity of its own, or no possessor
		}
		if union < 0 {
			continue
		}
		to := at
		if to < 0 {
			to = employerOf(doc, union, unions)
		}
		if to < 0 {
			continue
		}
		sp := Span{Start: doc.Tokens[i-1].Span.Start, End: doc.Tokens[j-1].Span.End}
		doc.Relations = append(doc.Relations, Relation{
			Subj: Arg{Entity: union, Poss: -1, Span: sp, Text: doc.Entities[union].Name},
			Obj:  Arg{Entity: to, Poss: -1, Span: sp, Text: doc.Entities[to].Name},
			Pred: "strike", PredText: doc.Text[doc.Tokens[i].Span.Start:doc.Tokens[i].Span.End],
			PredSpan: doc.Tokens[i].Span, Modality: schema.Asserted, Confidence: 0.6, Sent: t.Sent, Span: sp,
		})
	}
}

// struckBy returns the employer the subject of rel strikes in rel's
// sentence, by a relation among the first n, or -1.
func struckBy(doc *Document, rel Relation, n int) int {
	for i := n - 1; i >= 0 && doc.Relations[i].Sent >= rel.Sent; i-- {
		r := &doc.Relations[i]
		if r.Sent == rel.Sent && r.Pred == "strike" && !r.Negated && r.Subj.Entity < 0 && r.Subj.Span == rel.Subj.Span && r.Obj.Entity >= 0 {
			return r.Obj.Entity
		}
	}
	return -1
}

// represented returns the employers whose workers a union represents
// ("the union, which represents 900 dockers at Kestrel Port": Kestrel
// Port), firms rather than unions or public bodies, in story order.
func represented(doc *Document, union int, unions map[int]bool) []int {
	var out []int
	for i := range doc.Relations {
		r := &doc.Relations[i]
		if r.Subj.Entity != union || r.Pred != "represent" || r.Negated || r.Obj.Entity < 0 || r.Obj.Entity == union || unions[r.Obj.Entity] ||
			doc.Entities[r.Obj.Entity].Type != schema.Organization || publicHead(doc.Entities[r.Obj.Entity].Name) || slices.Contains(out, r.Obj.Entity) {
			continue
		}
		out = append(out, r.Obj.Entity)
	}
	return out
}

// related reports whether a relation that is not a role joins entities a
// and b.
func related(doc *Document, a, b int) bool {
	for i := range doc.Relations {
		if r := &doc.Relations[i]; !r.Role && (r.Subj.Entity == a && r.Obj.Entity == b || r.Subj.Entity == b && r.Obj.Entity == a) {
			return true
		}
	}
	return false
}

// strikeAct reports whether a union's relation with an unnamed object is
// industrial action: a strike or walkout it holds, begins or calls ("began
// a three-day strike"), walking off the job, or a threat of action
// ("threatened further action").
func strikeAct(rel Relation) bool {
	head := toLower(lastWord(rel.Obj.Text))
	switch rel.Pred {
	case "begin", "start", "hold", "stage", "launch", "call", "extend", "announce", "end", "suspend":
		return head == "strike" || head == "walkout" || head == "stoppage" || head == "strikes"
	case "threaten":
		return head == "action" || head == "strike" || head == "strikes" || head == "walkout"
	case "walk":
		// "walked off the job", "walked out on May 8"
		return head == "job" || strings.Contains(rel.PredText, " out")
	}
	return false
}

// payOffer reports whether an offer's phrase is pay: a percentage or a
// rise ("4.5%", "an 11 percent rise over 32 months", "increases of 6
// percent a year").
func payOffer(text string) bool {
	for _, w := range strings.Fields(toLower(text)) {
		w = strings.Trim(w, ".,;\"'")
		if w == "percent" || w == "per" || strings.HasSuffix(w, "%") || wageNouns[w] || w == "increases" || w == "rises" {
			return true
		}
	}
	return false
}

// unionFacing returns the union an employer faces: of the unions the
// story names, the one it relates to the employer most, then the one it
// names most; -1 on a tie, when there is none or when no relation joins
// the two (the story may be about another union).
func unionFacing(doc *Document, employer int, unions map[int]bool) int {
	best, most := counterpart(doc, employer, func(e int) bool { return unions[e] })
	if best >= 0 && most < doc.Entities[best].Mentions+relatedWeight {
		return -1
	}
	return best
}

// employerOf returns the organisation a union faces: of the
// organisations that are neither unions nor public bodies and that the
// story names twice or more, the one it relates to the union most, then
// the one it names most; -1 on a tie or when there is none.
func employerOf(doc *Document, union int, unions map[int]bool) int {
	best, _ := counterpart(doc, union, func(e int) bool {
		en := &doc.Entities[e]
		return en.Type == schema.Organization && !publicName(en.Name) && !unions[e] && en.Mentions >= 2
	})
	return best
}

// relatedWeight is what each relation with the party adds to a
// candidate's mentions in counterpart.
const relatedWeight = 5

// counterpart scores the entities eligible says may face party, each by
// its mentions plus relatedWeight for every relation (not a role) between
// it and party, and returns the best with its score; -1 when there is
// none or the best score is tied.
func counterpart(doc *Document, party int, eligible func(e int) bool) (int, int) {
	score := map[int]int{}
	for e := range doc.Entities {
		if eligible(e) {
			score[e] = doc.Entities[e].Mentions
		}
	}
	for i := range doc.Relations {
		rel := &doc.Relations[i]
		if rel.Role {
			continue
		}
		if _, ok := score[rel.Obj.Entity]; ok && rel.Subj.Entity == party {
			score[rel.Obj.Entity] += relatedWeight
		}
		if _, ok := score[rel.Subj.Entity]; ok && rel.Obj.Entity == party {
			score[rel.Subj.Entity] += relatedWeight
		}
	}
	best, most := -1, 0
	for _, e := range slices.Sorted(maps.Keys(score)) {
		switch w := score[e]; {
		case w > most:
			best, most = e, w
		case w == most:
			best = -1 // a tie names no one counterpart
		}
	}
	return best, most
}

// unionEntities returns the organisations the document shows to be unions:
// by a word of their name ("the Metal Workers Federation"), by "union"
// written right before or after a name ("the train drivers' union GDL",
// "the IG Metall union") or by "the union" standing for them.
func unionEntities(doc *Document) map[int]bool {
	out := map[int]bool{}
	for e := range doc.Entities {
		if en := &doc.Entities[e]; en.Type == schema.Organization && unionName(en.Name) {
			out[e] = true
		}
	}
	for mi := range doc.Mentions {
		m := &doc.Mentions[mi]
		if m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
			continue
		}
		switch {
		case m.Kind == DescriptionMention && m.Key == "union":
			out[m.Entity] = true
		case m.Kind == NameMention && (m.First > 0 && doc.Tokens[m.First-1].Lower == "union" || m.Last < len(doc.Tokens) && doc.Tokens[m.Last].Lower == "union"):
			out[m.Entity] = true
		}
	}
	return out
}

// unionName reports whether an organisation's name says it is a union.
func unionName(name string) bool {
	union := false
	for _, w := range strings.Fields(toLower(name)) {
		w = strings.Trim(w, "'’")
		if w == "party" {
			return false // "the Workers' Party"
		}
		union = union || unionWords[w]
	}
	return union
}

// entityNames maps lower-cased entity names, aliases and person surnames
// to their entities.
func entityNames(doc *Document) map[string]int {
	m := make(map[string]int, 2*len(doc.Entities))
	for e := range doc.Entities {
		ent := &doc.Entities[e]
		if ent.Type == schema.Thing || ent.Mentions == 0 {
			continue
		}
		m[toLower(ent.Name)] = e
		for _, a := range ent.Aliases {
			if _, ok := m[toLower(a)]; !ok {
				m[toLower(a)] = e
			}
		}
		if ent.Type == schema.Person {
			if i := strings.LastIndexByte(ent.Name, ' '); i > 0 {
				if _, ok := m[toLower(ent.Name[i+1:])]; !ok {
					m[toLower(ent.Name[i+1:])] = e
				}
			}
		}
	}
	return m
}

// opensInQuote reports whether the sentence's first word is quoted.
func opensInQuote(doc *Document, s Sentence) bool {
	for i := s.First; i < s.Last; i++ {
		if doc.Tokens[i].Tag != "``" {
			return doc.Tokens[i].Quote
		}
	}
	return false
}

// resolveNP fills a noun phrase's entity and possessor.
func (r *RelationStage) resolveNP(st *sentState, ui int) {
	u := &st.units[ui]
	if u.kind != uNP {
		return
	}
	doc := st.doc
	u.ent, u.poss = -1, -1
	u.quoted = doc.Tokens[u.a].Quote && !scareQuote(doc, st.si, u.a)
	if m := doc.TokMention[u.head]; m >= 0 {
		mm := &doc.Mentions[m]
		if mm.Kind != DemonymMention || u.b-u.a == 1 {
			u.ent = mm.Entity
		}
	}
	if u.posTok > u.a {
		if m := doc.TokMention[u.posTok-1]; m >= 0 {
			u.poss = doc.Mentions[m].Entity
		}
	} else if t := doc.Tokens[u.a]; t.Tag == "PRP$" || t.Lower == "his" || t.Lower == "its" || t.Lower == "their" || t.Lower == "her" {
		if m := doc.TokMention[u.a]; m >= 0 {
			u.poss = doc.Mentions[m].Entity
		}
	}
	if w := whoseAt(doc, u.a); u.poss < 0 && w >= 2 && doc.Tokens[w-1].Text == "," && !doc.presplit {
		// "the Civic Party, whose lawmakers applauded": the name before
		// the comma possesses the phrase
		if m := doc.TokMention[w-2]; m >= 0 && doc.Mentions[m].Kind != PronounMention {
			u.poss = doc.Mentions[m].Entity
		}
	}
	if u.ent == u.poss && u.posTok < 0 && u.b-u.a > 1 && doc.TokMention[u.a] >= 0 && doc.Mentions[doc.TokMention[u.a]].Kind == PronounMention {
		u.ent = -1
	}
	if h := u.head; u.ent < 0 && u.poss < 0 && h > u.a && !doc.presplit && !isCap(doc.Tokens[h].Text) && r.lex.orgWords[doc.Tokens[h].Lower] {
		// "the Teamsters union", "the Acme group": the organisation named
		// right before its kind
		if m := doc.TokMention[h-1]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Kind == NameMention && doc.Mentions[m].Type == schema.Organization &&
			doc.Mentions[m].Last == h && !strings.Contains(doc.Tokens[h-1].Text, "-") {
			u.ent = doc.Mentions[m].Entity
		}
	}
	// "the French state owns 15%": the state a demonym names is its
	// country (not "the Indian state of Kerala": a region in it)
	nationState := doc.Tokens[u.head].Lower == "state" && doc.Tokens[u.a].Lower == "the" && (u.b >= len(doc.Tokens) || doc.Tokens[u.b].Lower != "of")
	if u.ent < 0 && u.poss < 0 && u.posTok < 0 && (stateBodies[doc.Tokens[u.head].Lower] && !ownBodies[doc.Tokens[u.head].Lower] || nationState) && !doc.presplit && (doc.Tokens[u.a].Lower == "the" || doc.Tokens[u.head].Lower == "officials" || doc.Tokens[u.head].Lower == "authorities" || doc.Tokens[u.head].Lower == "negotiators") {
		// "The Chinese embassy welcomed": the body of the country its
		// demonym names
		for t := u.a; t < u.head; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && doc.Mentions[m].Entity >= 0 {
				u.ent = doc.Mentions[m].Entity
				break
			}
		}
	}
	if h := doc.Tokens[u.head].Lower; u.ent < 0 && u.poss < 0 && u.posTok < 0 && !doc.presplit && spokesRole(h) &&
		u.head > u.a+1 && (stateBodies[doc.Tokens[u.head-1].Lower] || doc.Tokens[u.head-1].Lower == "office") && (u.b >= len(doc.Tokens) || doc.Tokens[u.b].Text != ",") {
		// "A Bhutanese government spokesman accused Andorra", "an
		// Andorran foreign ministry spokeswoman said": one unnamed voice
		// of the state's body speaks for the state its demonym names (not
		// "A Bhutanese government spokesman, Dasho Rinzin,": a person the
		// story names)
		for t := u.a; t < u.head; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && doc.Mentions[m].Entity >= 0 && doc.Entities[doc.Mentions[m].Entity].Type == schema.Country {
				u.ent = doc.Mentions[m].Entity
				break
			}
		}
	}
	if h := doc.Tokens[u.head].Lower; u.ent < 0 && u.posTok < 0 && possessiveWord(doc.Tokens[u.a].Lower) && counterpartNouns[h] && !doc.presplit &&
		(u.b >= len(doc.Tokens) || doc.Tokens[u.b].Text != "," && !isCap(doc.Tokens[u.b].Text)) {
		// "was in contact with its Danish partners", "consulted their
		// German counterparts": the partners a demonym names act for its
		// country (not "his German counterparts, Ana Ruiz and Tomas
		// Brevik": people the story names; nor one counterpart, whom the
		// story names as a person)
		for t := u.a + 1; t < u.head; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Entity != u.poss &&
				doc.Entities[doc.Mentions[m].Entity].Type == schema.Country && doc.Tokens[t].Lower != "european" {
				u.ent = doc.Mentions[m].Entity // ("its European counterparts": many states, not the bloc)
				break
			}
		}
	}
	if e := bodyOfState(doc, u); u.ent < 0 && u.poss < 0 && e >= 0 {
		// "informed the governments of Ostria and Varan", "the embassy
		// of Varan protested": the body acts for the state named after
		// "of", as "Varan's embassy" does
		u.ent = e
	}
	if u.ent < 0 && u.poss >= 0 && u.posTok < 0 && !doc.presplit && (doc.Tokens[u.a].Lower == "his" || doc.Tokens[u.a].Lower == "her") &&
		u.head == u.a+2 && doc.Tokens[u.a+1].Lower == "foreign" && doc.Tokens[u.head].Lower == "ministry" {
		// "Andorra accused Bhutan's president, Oskel Vantor, of lying. His
		// foreign ministry rejected the accusation": a head of state's or
		// government's foreign ministry speaks for the state
		if w := &doc.Entities[u.poss]; w.Type == schema.Person && w.Nation >= 0 && doc.Entities[w.Nation].Type == schema.Country &&
			(w.Roles["president"] || w.Roles["prime minister"]) {
			u.ent = w.Nation
		}
	}
	if u.ent < 0 && u.poss >= 0 && bodyNouns[doc.Tokens[u.head].Lower] && !doc.presplit && (countedOf(doc, u.a) == u.a || !seatNouns[doc.Tokens[u.head].Lower]) &&
		!(ownBodies[doc.Tokens[u.head].Lower] && doc.Entities[u.poss].Type == schema.Country) {
		// (not "Sudan's army", "China's market regulator": a state's
		// armed service or regulator acts as a body of its own)
		// "Chile's foreign ministry", "its army", "Acme's board": the
		// body acts for its country or organisation (not "eleven of its
		// senators": some of a house's or party's elected members, who
		// may act against it)
		if ty := doc.Entities[u.poss].Type; ty == schema.Country || ty == schema.Organization {
			u.ent = u.poss
		}
	}
	if h := u.head; u.ent < 0 && u.poss < 0 && h > u.a && !doc.presplit && doc.Tokens[h].Tag == "NNS" && !isCap(doc.Tokens[h].Text) &&
		(bodyNouns[doc.Tokens[h].Lower] || memberNouns[doc.Tokens[h].Lower]) && doc.Tokens[h].Lower != "supporters" {
		// "Andean Trade Council leaders signed", "Civic Union lawmakers
		// voted": the officers or members of the organisation named
		// right before them act for it, as its own phrase does ("the
		// council's leaders"); not people counted out of it ("arrested
		// several FIFA officials") nor a one-word name that is no acronym
		if m := doc.TokMention[h-1]; m >= 0 && doc.Mentions[m].Kind == NameMention && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Last == h &&
			doc.Entities[doc.Mentions[m].Entity].Type == schema.Organization &&
			(doc.Mentions[m].First == u.a || doc.Mentions[m].First == u.a+1 && doc.Tokens[u.a].Lower == "the") &&
			(h-doc.Mentions[m].First >= 2 || strings.ToUpper(doc.Tokens[h-1].Text) == doc.Tokens[h-1].Text) {
			u.ent = doc.Mentions[m].Entity
		}
	}
	if u.ent < 0 && u.poss < 0 && isNounTag(doc.Tokens[u.head].Tag) && !isCap(doc.Tokens[u.head].Text) && !r.lex.roles[r.lex.nounLemma(doc.Tokens[u.head].Lower)] && !r.lex.peopleNouns[doc.Tokens[u.head].Lower] &&
		!incidentNouns[doc.Tokens[u.head].Lower] {
		// (not "6,000 Acme employees": people who work there; nor "the
		// Velm crash": where it happened)
		// "the attorney general case", "the Glazer bid": a person or
		// organisation modifier stands in, like a possessor
		for t := u.a; t < u.head; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Kind != PronounMention && doc.Mentions[m].Kind != DemonymMention {
				if ty := doc.Entities[doc.Mentions[m].Entity].Type; ty == schema.Person || ty == schema.Organization {
					u.poss = doc.Mentions[m].Entity
				}
			}
		}
	}
}

// appositionOf returns the named noun phrase a description ending in
// unit h stands beside ("X, the governor of Y": X for Y), or -1 when h
// ends no such description: h must be a preposition's object, the chain
// of prepositional phrases must start at an unnamed noun phrase and a
// comma must set that phrase off from a name.
func appositionOf(doc *Document, units []unit, h int) int {
	if h-2 < 0 || units[h-1].kind != uP || doc.Tokens[units[h-1].a].Lower != "of" {
		return -1
	}
	for h-2 >= 0 && units[h-1].kind == uP && units[h-2].kind == uNP {
		h -= 2
	}
	if units[h].ent >= 0 || h-2 < 0 || units[h-1].kind != uComma || units[h-2].kind != uNP || units[h-2].ent < 0 {
		return -1
	}
	return h - 2
}

// whoseAt returns the index of a "whose" opening the phrase at token a
// (as its first word or right before it), -1 if none.
func whoseAt(doc *Document, a int) int {
	if doc.Tokens[a].Lower == "whose" {
		return a
	}
	if a > 0 && doc.Tokens[a-1].Lower == "whose" {
		return a - 1
	}
	return -1
}

// scareQuote reports whether the quoted token at i is inside a short
// quoted phrase without a verb ('are still "in dialogue" with X'), which
// is the writer's own sentence, not speech.
func scareQuote(doc *Document, si, i int) bool {
	s := doc.Sentences[si]
	a, b := i, i
	for a > s.First && doc.Tokens[a-1].Quote && doc.Tokens[a-1].Tag != "``" {
		a--
	}
	for b+1 < s.Last && doc.Tokens[b+1].Quote && doc.Tokens[b+1].Tag != "''" {
		b++
	}
	if b-a+1 > 4 {
		return false
	}
	for k := a; k <= b; k++ {
		if isVerbTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "MD" {
			return false
		}
	}
	// the quotation must open and close inside the sentence, with words
	// outside it on both sides
	return a-1 > s.First && b+2 < s.Last
}

// scareMark reports whether quotation-mark unit u opens or closes a short
// quoted phrase ('a "Trojan horse"'), not a quotation.
func scareMark(st *sentState, u *unit) bool {
	doc := st.doc
	if t := u.a + 1; doc.Tokens[u.a].Tag == "``" && t < doc.Sentences[st.si].Last && scareQuote(doc, st.si, t) {
		return true
	}
	return doc.Tokens[u.a].Tag == "''" && u.a > 0 && scareQuote(doc, st.si, u.a-1)
}

// resolveFirstPerson points "I", "me", "my" inside the quotation at the
// speaker.
func (r *RelationStage) resolveFirstPerson(st *sentState) {
	doc := st.doc
	s := doc.Sentences[st.si]
	for i := s.First; i < s.Last; i++ {
		if m := doc.TokMention[i]; m >= 0 && doc.Tokens[i].Quote {
			switch doc.Tokens[i].Lower {
			case "i", "me", "my":
				doc.Mentions[m].Entity = st.speaker
			case "we", "us", "our":
				// a person's "we" is a group that includes the speaker, not
				// the speaker alone; an organisation's "we" is itself
				if st.speaker >= 0 && doc.Entities[st.speaker].Type != schema.Person {
					doc.Mentions[m].Entity = st.speaker
				} else {
					doc.Mentions[m].Entity = -1
				}
			case "he", "him", "his", "she", "her":
				// inside the speaker's own words a third person is someone else
				if doc.Mentions[m].Entity == st.speaker {
					doc.Mentions[m].Entity = -1
				}
			}
		}
	}
	for ui := range st.units {
		r.resolveNP(st, ui)
	}
}

// attribution finds the speaker of a quotation in the sentence: a
// reporting verb outside the quotes whose subject is an entity.
func (r *RelationStage) attribution(st *sentState) int {
	doc := st.doc
	hasQuote := false
	for _, u := range st.units {
		if doc.Tokens[u.a].Quote {
			hasQuote = true
			break
		}
	}
	if !hasQuote {
		return -1
	}
	for vi, u := range st.units {
		if u.kind != uVG || doc.Tokens[u.head].Quote {
			continue
		}
		if info, ok := r.lex.verbs[doc.Tokens[u.head].Lemma]; (!ok || !info.report) && !(u.passive && doc.Tokens[u.head].Lemma == "quote") {
			continue // ("“…,” X was quoted as saying": the one quoted speaks)
		}
		for _, a := range r.subject(st, vi) {
			if a.Entity >= 0 {
				return a.Entity
			}
		}
		// inverted: “…,” said Witkoff
		if vi+1 < len(st.units) && st.units[vi+1].kind == uNP && st.units[vi+1].ent >= 0 {
			return st.units[vi+1].ent
		}
	}
	return -1
}

func (r *RelationStage) arg(st *sentState, u *unit) Arg {
	doc := st.doc
	if g := r.groupAntecedent(st, u); g != nil {
		u = g
	} else if g := r.bodyAntecedent(st, u); g != nil {
		u = g
	} else if g := r.personAntecedent(st, u); g != nil {
		u = g
	}
	start, end := u.a, u.b
	if u.ent < 0 && u.poss >= 0 && !doc.presplit && seatNouns[doc.Tokens[u.head].Lower] {
		start = countedOf(doc, start) // "eleven of its senators"
	}
	if u.ent < 0 && u.poss < 0 && !doc.presplit {
		end = groupFrom(doc, u, end)
		end = r.groupIn(doc, u, end)
		end = crowdOf(doc, u, end)
		start = groupOf(doc, approximated(doc, start)) // "a group of about 300 farmers"
	}
	return Arg{Entity: u.ent, Poss: u.poss, Span: Span{doc.Tokens[start].Span.Start, doc.Tokens[end-1].Span.End}, Text: doc.Text[doc.Tokens[start].Span.Start:doc.Tokens[end-1].Span.End]}
}

// reasonPreps give, for verbs of blame, the preposition that introduces
// the reason rather than the one blamed ("blamed Tarsk for the fires",
// "was criticised for the delay", "accused of fraud").
var reasonPreps = map[string]string{"blame": "for", "criticise": "for", "criticize": "for", "condemn": "for", "fault": "for", "accuse": "of", "suspect": "of"}

// crossingVerbs move people across a border; "from" a place after them
// is where they came from.
var crossingVerbs = map[string]bool{"cross": true, "come": true, "arrive": true, "migrate": true, "sail": true, "walk": true, "swim": true, "flee": true}

// crowdNouns count people without naming them ("Thousands of X's
// supporters").
var crowdNouns = map[string]bool{"thousands": true, "hundreds": true, "dozens": true, "scores": true, "millions": true, "tens": true}

// followerNouns name people by whom or what they stand with or against
// ("supporters of the president", "relatives of the victims").
var followerNouns = map[string]bool{"supporters": true, "allies": true, "opponents": true, "critics": true, "backers": true,
	"loyalists": true, "followers": true, "relatives": true, "families": true}

// crowdOf extends a crowd noun to the people it counts ("Thousands of
// Castillo's supporters marched"), and a follower noun to whom they follow
// ("Allies of the president accused X"): the phrase as written names the
// group. It returns the token after the phrase, b when nothing follows.
func crowdOf(doc *Document, u *unit, b int) int {
	if u.head != b-1 || !crowdNouns[doc.Tokens[u.head].Lower] && !followerNouns[doc.Tokens[u.head].Lower] || b+1 >= len(doc.Tokens) || doc.Tokens[b].Lower != "of" {
		return b
	}
	t := b + 1
	for t < len(doc.Tokens) && t < b+8 && doc.Tokens[t].Sent == doc.Tokens[b].Sent {
		switch doc.Tokens[t].Tag {
		case "DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "CD":
			t++
			continue
		}
		break
	}
	if t == b+1 || !isNounTag(doc.Tokens[t-1].Tag) {
		return b
	}
	return t
}

// countedOf returns where a phrase starting at token a begins when a
// count and "of" stand before it ("eleven of its senators", "several of
// their members"), a otherwise.
func countedOf(doc *Document, a int) int {
	if a < 2 || doc.Tokens[a-1].Lower != "of" || doc.Tokens[a-2].Sent != doc.Tokens[a].Sent {
		return a
	}
	if c := &doc.Tokens[a-2]; c.Tag == "CD" || countQuantifiers[c.Lower] {
		return a - 2
	}
	return a
}

// pactBreakers act against a pact and so against the party to it
// ("breached its agreement with X", "cancelled a deal with X").
var pactBreakers = map[string]bool{"breach": true, "violate": true, "break": true, "cancel": true, "terminate": true,
	"scrap": true, "tear": true, "abandon": true, "suspend": true, "revoke": true, "annul": true, "repudiate": true}

// groupWords head a phrase that names a group by its members ("a group of
// minority shareholders", "a coalition of rights groups").
var groupWords = map[string]bool{"group": true, "coalition": true}

// groupOf returns where an unnamed group's phrase starting at token a
// begins when a group word and "of" stand before it ("a group of minority
// shareholders led by X"): the phrase as written names the group.
func groupOf(doc *Document, a int) int {
	if a < 3 || doc.Tokens[a-1].Lower != "of" || !groupWords[doc.Tokens[a-2].Lower] || doc.Tokens[a-2].Sent != doc.Tokens[a].Sent {
		return a
	}
	b := a - 2
	for b > 0 && b > a-5 && doc.Tokens[b-1].Sent == doc.Tokens[a].Sent && (doc.Tokens[b-1].Tag == "DT" || doc.Tokens[b-1].Tag == "JJ" || doc.Tokens[b-1].Tag == "CD") {
		b--
	}
	return b
}

// approximated returns where an unnamed group's phrase starting at token
// a begins with the words that hedge its number ("about 3,000 employees",
// "more than 200 protesters", "at least two customers"): the phrase as
// written, which is how a reader names the group.
func approximated(doc *Document, a int) int {
	if a >= 1 && doc.Tokens[a].Lower == "least" && doc.Tokens[a-1].Lower == "at" && doc.Tokens[a-1].Sent == doc.Tokens[a].Sent {
		return a - 1 // the phrase reader took "least" into the phrase
	}
	if a < 1 || doc.Tokens[a].Tag != "CD" {
		return a
	}
	p := &doc.Tokens[a-1]
	if p.Sent != doc.Tokens[a].Sent {
		return a
	}
	switch p.Lower {
	case "about", "around", "nearly", "almost", "roughly", "some", "over", "approximately":
		return a - 1
	case "than", "least", "to":
		if a >= 2 {
			switch doc.Tokens[a-2].Lower + " " + p.Lower {
			case "more than", "fewer than", "less than", "at least", "up to":
				return a - 2
			}
		}
	}
	return a
}

// groupFrom extends an unnamed group of people to the organisation named
// right after "from" ("nine deputies from the Green Alliance"): the
// phrase as written says whose they are. It returns the token after the
// phrase, b when nothing follows.
func groupFrom(doc *Document, u *unit, b int) int {
	if b+1 >= len(doc.Tokens) || doc.Tokens[b].Lower != "from" || doc.Tokens[u.head].Tag != "NNS" {
		return b
	}
	t := b + 1
	for t < len(doc.Tokens) && t < b+4 && doc.TokMention[t] < 0 && (doc.Tokens[t].Tag == "DT" || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "VBG") {
		t++ // "from the ruling ..."
	}
	if t >= len(doc.Tokens) || doc.Tokens[t].Sent != doc.Tokens[u.head].Sent {
		return b
	}
	m := doc.TokMention[t]
	if m < 0 || doc.Mentions[m].Kind != NameMention || doc.Mentions[m].First != t || doc.Mentions[m].Type != schema.Organization {
		return b
	}
	l := doc.Mentions[m].Last
	if l < len(doc.Tokens) && doc.Tokens[l].Tag == "POS" {
		return b // "workers from Acme's plant"
	}
	if l < len(doc.Tokens) && !isCap(doc.Tokens[l].Text) && orgKind(doc.Tokens[l].Lower) {
		l++ // "from the Green movement"
	}
	return l
}

// groupIn extends an unnamed group of people or firms (or an unnamed
// court) that is a verb's subject to the place named right after "in" or
// "from" ("Prosecutors in Tarsk said", "protesters from Odrin marched",
// "Lenders in Odrin have cut", "A court in Tarsk has sentenced"): the
// phrase as written says which group; the place's state is not its actor
// (lawmakers there may be its opposition). It returns the token after the
// phrase, b when nothing follows.
func (r *RelationStage) groupIn(doc *Document, u *unit, b int) int {
	if b+1 >= len(doc.Tokens) || doc.Tokens[b].Lower != "in" && doc.Tokens[b].Lower != "from" || u.b != b || u.head != b-1 {
		return b
	}
	h := &doc.Tokens[u.head]
	// (so an unnamed court: "A court in Tarsk has sentenced X")
	court := h.Tag == "NN" && (h.Lower == "court" || h.Lower == "tribunal") && (doc.Tokens[u.a].Lower == "a" || doc.Tokens[u.a].Lower == "the")
	if !court && (h.Tag != "NNS" || isCap(h.Text) && u.head != doc.Sentences[doc.Tokens[u.head].Sent].First ||
		!(r.lex.peopleNouns[h.Lower] || peopleNouns[h.Lower] || criticGroups[h.Lower] || pairNouns[h.Lower] == schema.Organization && !overseerPlurals[h.Lower])) {
		return b
	}
	if u.head == u.a && (memberNouns[h.Lower] || stateAgents[h.Lower] || h.Lower == "regulators") {
		return b // bare, a state's own people there: "lawmakers in Odrin voted" (its parliament), "Regulators in Tarsk blocked"
	}
	m := doc.TokMention[b+1]
	if m < 0 || doc.Mentions[m].Kind != NameMention || doc.Mentions[m].First != b+1 || doc.Tokens[b+1].Sent != doc.Tokens[u.head].Sent ||
		doc.Mentions[m].Type != schema.Location && doc.Mentions[m].Type != schema.Country {
		return b
	}
	l := doc.Mentions[m].Last
	v := datedAt(doc, l)
	for v < len(doc.Tokens) && doc.Tokens[v].Tag == "RB" {
		v++
	}
	if v >= len(doc.Tokens) || !strings.HasPrefix(doc.Tokens[v].Tag, "VB") && doc.Tokens[v].Tag != "MD" {
		return b // (a place after an object is mostly the act's: "told reporters in Odrin")
	}
	return l
}

// orgKinds, beside partyKinds, are lower-case nouns that may follow an
// organisation's name as its kind ("the Citizens movement", "the Acme
// group").
var orgKinds = map[string]bool{"group": true, "union": true, "faction": true, "caucus": true}

// orgKind reports whether w is a lower-case noun for an organisation's kind.
func orgKind(w string) bool { return partyKinds[w] || orgKinds[w] }

// eventHead reports whether noun w names an event or transaction ("merger",
// "takeover", "talks") rather than a person or institution.
func (r *RelationStage) eventHead(w string) bool {
	if _, ok := r.lex.events[w]; ok {
		return true
	}
	m, err := objectNouns()
	return err == nil && m[w] == schema.Event
}

// speakerVerb returns the reporting verb whose speaker a verb v
// coordinated after the reported clause of verb group k shares ("the fund
// said the case showed a failure and called on shareholders to ...": the
// fund calls, not the case), or -1. The clause must be reported, and
// either told in another tense than v's simple past ("said the federation
// had not been told and criticised the unit") or v a verb of speech or
// urging after a clause whose subject is no actor.
func (r *RelationStage) speakerVerb(st *sentState, k int, v *unit) int {
	doc := st.doc
	reported := func(k int) bool {
		c, ok := st.ctx[k]
		if ok && c.modality == schema.Hypothetical {
			// "said his party could not support X": a modal clause a
			// verb of speech reports
			m := k - 1
			for m >= 0 && (st.units[m].kind == uNP || st.units[m].kind == uAdv || st.units[m].kind == uSub && doc.Tokens[st.units[m].a].Lower == "that") {
				m--
			}
			if m >= 0 && st.units[m].kind == uVG {
				if rv, ok := r.lex.verbs[doc.Tokens[st.units[m].head].Lemma]; ok && rv.report {
					return true
				}
			}
		}
		return ok && (c.modality == schema.Reported || c.modality == schema.Denied) || !ok && (r.settingClause(st, k) || r.reducedReported(st, k))
	}
	if !reported(k) {
		if q := k - 1; doc.Tokens[st.units[k].head].Quote {
			// 'said she had been "pushed out for telling the truth" and
			// accused': the verb the quotation opens with, not the
			// last one inside it
			for q >= 0 && st.units[q].kind != uQuote {
				q--
			}
			if q >= 1 && q+1 < k && st.units[q+1].kind == uVG {
				k = q + 1
			}
		}
		// "said the board had not been told until weeks after it was
		// recorded, and criticised": the reported clause before a
		// subordinate one; 'said X had "lost the right to govern" and
		// urged': before an infinitive
		m := k - 1
		for m >= 0 && st.units[m].kind != uSub && st.units[m].kind != uVG && st.units[m].kind != uWH {
			m--
		}
		switch {
		case m >= 1 && k >= 2 && m == k-2 && st.units[k-1].kind == uQuote && quoteSplitGroup(doc, &st.units[m]):
			// 'said X had "used a listed firm as a piggy bank" and
			// directed', 'said he had been "sacked for telling the
			// truth" and accused': the quotation splits the verb group
			// after its auxiliaries, which carry the reported clause
		case m >= 1 && st.units[m].kind == uSub && adverbialSubs[doc.Tokens[st.units[m].a].Lower] && m == k-2 && !commaJoined(doc, v) && !doc.presplit && r.namedSubject(st, k):
			// "said it would strike if Halden gained control and tried
			// to move production": with no comma, the verb after "and"
			// joins the condition's or time clause's own verb, whose
			// named subject it shares (but "said the budget failed
			// because it was flawed and called on X": a thing does not
			// call, the speaker does)
			return -1
		case m >= 1 && (st.units[m].kind == uSub || st.units[m].kind == uWH && (quotedRelative(st, m, v) || commaJoined(doc, v))):
			// ('told reporters that Velmora would not accept rules "that
			// punish farmers" and demanded', "said X must refrain from any
			// action that might worsen the dispute, and told Y": the
			// reported clause before a relative one the quotation holds
			// or a comma closes)
			for m--; m >= 0 && st.units[m].kind != uVG; m-- {
			}
		case m >= 0 && k >= 1 && st.units[k-1].kind == uTo && st.units[m].kind == uVG:
			// 'had "lost the right to govern"': the quotation may split the
			// verb group; the reported one is among the two before
			for n := 0; n < 2 && m > 0 && !reported(m); n++ {
				p := m - 1
				for p >= 0 && (st.units[p].kind == uQuote || st.units[p].kind == uAdv) {
					p--
				}
				if p < 0 || st.units[p].kind != uVG {
					break
				}
				m = p
			}
		default:
			return -1
		}
		if m < 0 || !reported(m) {
			return -1
		}
		k = m
	}
	// the clause is told in another tense than the simple past of v ("said
	// the federation had not been told and criticised the unit"), or v is
	// a verb of speech or urging and the clause's subject no actor
	kv := &st.units[k]
	aux := kv.aux || kv.b-kv.a == 1 && (doc.Tokens[kv.a].Lower == "had" || doc.Tokens[kv.a].Lower == "has" || doc.Tokens[kv.a].Lower == "would") // 'had "lost ..."': split by a quotation mark
	shifted := (aux || kv.passive) && doc.Tokens[v.head].Tag == "VBD" && v.b-v.a == 1
	vi, ok := r.lex.verbs[doc.Tokens[v.head].Lemma]
	if lm := doc.Tokens[v.head].Lemma; !shifted && doc.Tokens[kv.a].Tag == "MD" && v.b-v.a == 1 && doc.Tokens[v.head].Tag == "VBN" &&
		(ok && (vi.report || vi.cameo == "11") || warnVerbs[lm] || responseVerbs[lm] || demandVerbs[lm] || speakerActs[lm]) {
		// "said the union could not accept the plan and accused X": a
		// past form of speech or blame, which a modal never takes
		// without "have", is the speaker's
		shifted = true
		for t := kv.a; t < kv.b; t++ {
			shifted = shifted && doc.Tokens[t].Lemma != "have"
		}
	}
	if !shifted && aux && doc.Tokens[kv.a].Lower == "had" && doc.Tokens[v.head].Tag == "VBN" && v.b-v.a == 1 && ok && (vi.report || vi.ctlObj || warnVerbs[doc.Tokens[v.head].Lemma] || vi.cameo == "11" || vi.cameo == "02" || speakerActs[doc.Tokens[v.head].Lemma] && !kv.passive) {
		// "said the company had gone too far and accused X": the tagger
		// may read the second verb under "had", but a verb of speech,
		// blame or appeal after a reported past perfect is the speaker's
		shifted = true
	}
	if w := doc.Tokens[v.a].Lower; !shifted && v.aux && v.head > v.a && doc.Tokens[kv.a].Lower != w && k > 0 && st.units[k-1].kind == uNP &&
		(w == "has" && pluralNP(doc, &st.units[k-1]) || w == "have" && !pluralNP(doc, &st.units[k-1])) {
		// "has denied that its cells were faulty and has filed a
		// countersuit": the auxiliary of the verb of speech, repeated,
		// which the reported clause's verb lacks and its subject cannot
		// take, joins the speaker's verbs
		for m := k - 1; m >= 0; m-- {
			u := &st.units[m]
			if u.kind != uVG {
				continue
			}
			if rv, ok := r.lex.verbs[doc.Tokens[u.head].Lemma]; (ok && rv.report || doc.Tokens[u.head].Lemma == "deny") && u.aux && doc.Tokens[u.a].Lower == w {
				return m
			}
			break
		}
	}
	if !shifted && (!ok || !vi.report && !vi.ctlObj && vi.cameo != "11") && !warnVerbs[doc.Tokens[v.head].Lemma] && !responseVerbs[doc.Tokens[v.head].Lemma] && !demandVerbs[doc.Tokens[v.head].Lemma] && !speakerActs[doc.Tokens[v.head].Lemma] {
		// (a threat is spoken too: "said X needed a change and threatened
		// to ..."; so is blame: "and accused Y of ..."; an answer is given: "said the fine was meant to deter
		// others, and dismissed the offer"; a demand is made: "said her
		// departure was no solution and demanded that X explain")
		return -1
	}
	own := !shifted && r.speakerAct(doc, kv, v)
	for _, a := range r.subject(st, k) {
		if a.Entity >= 0 && !shifted && !own {
			return -1
		}
	}
	for m := k - 1; m >= 0; m-- {
		u := &st.units[m]
		if u.kind != uVG {
			continue
		}
		if rv, ok := r.lex.verbs[doc.Tokens[u.head].Lemma]; ok && rv.report || doc.Tokens[u.head].Lemma == "deny" {
			return m // "denied that the army had fired and blamed X": the denier blames
		}
	}
	return -1
}

// namedSubject reports whether the subject of verb group k names an
// entity written as a name or a country, not a pronoun or description.
func (r *RelationStage) namedSubject(st *sentState, k int) bool {
	u := &st.units[k-1]
	if u.kind != uNP || u.ent < 0 || st.doc.Tokens[u.a].Tag == "PRP" {
		return false
	}
	m := st.doc.TokMention[u.head]
	return m >= 0 && st.doc.Mentions[m].Kind == NameMention
}

// adverbialSubs open a clause of condition, time or cause: a verb joined
// by "and" to its verb with no comma between is still inside it.
var adverbialSubs = map[string]bool{
	"if": true, "unless": true, "when": true, "whenever": true, "because": true, "until": true, "while": true,
	"once": true, "although": true, "though": true, "after": true, "before": true, "since": true,
}

// reducedReported reports whether verb group k is the verb of a clause
// a verb of speech reports whose subject carries a reduced relative
// ("said a joint committee chaired by the EU would oversee the deal"),
// which hides the clause from the report.
func (r *RelationStage) reducedReported(st *sentState, k int) bool {
	u, doc := st.units, st.doc
	m := k - 1
	if m-3 < 1 || u[m].kind != uNP || u[m-1].kind != uP || doc.Tokens[u[m-1].a].Lower != "by" || u[m-2].kind != uVG || u[m-2].aux || u[m-2].b-u[m-2].a != 1 ||
		doc.Tokens[u[m-2].head].Tag != "VBN" || u[m-3].kind != uNP {
		return false
	}
	m -= 4
	if m >= 1 && u[m].kind == uSub && doc.Tokens[u[m].a].Lower == "that" {
		m--
	}
	if u[m].kind != uVG {
		return false
	}
	rv, ok := r.lex.verbs[doc.Tokens[u[m].head].Lemma]
	return ok && rv.report
}

// settingClause reports whether verb group k is the verb of a clause
// after "that" that follows where or how a verb of speech was said ("said
// in a statement that the ban was a mistake", "said at a news conference
// that ..."), which the parse may take for a relative clause.
func (r *RelationStage) settingClause(st *sentState, k int) bool {
	u, doc := st.units, st.doc
	if k < 5 || u[k-1].kind != uNP || u[k-2].kind != uSub || doc.Tokens[u[k-2].a].Lower != "that" || u[k-3].kind != uNP || !reportSetting(doc, u, k-3) && !placeSetting(doc, u, k-3) {
		return false
	}
	m := k - 5
	if m >= 1 && u[m].kind == uNP {
		m-- // "told reporters at a briefing that"
	}
	if u[m].kind != uVG {
		return false
	}
	rv, ok := r.lex.verbs[doc.Tokens[u[m].head].Lemma]
	return ok && rv.report
}

// speakerActs are verbs of blame, appeal, warning, answer or praise that,
// joined by "and" or "but" after a reported clause, are the speaker's own
// act ("said the party welcomed dialogue but accused X of ...", "said she
// remained hopeful and urged Y to ...").
var speakerActs = map[string]bool{
	"accuse": true, "blame": true, "criticise": true, "criticize": true, "condemn": true, "denounce": true, "rebuke": true,
	"urge": true, "appeal": true, "warn": true, "demand": true, "deny": true, "reject": true, "dismiss": true,
	"welcome": true, "praise": true, "thank": true, "hail": true,
	// a pledge or vow is given ("said Velmora opposed the tariffs and
	// vowed to retaliate": the speaker vows)
	"vow": true, "pledge": true, "promise": true,
}

// speakerAct reports whether verb group v, a lone finite verb of
// speakerActs after "and" or "but", follows reported clause kv whose own
// verb is no verb of speech: then v is the speaker's, even in the
// clause's own tense and with a named subject in it ("said the Civic
// Front welcomed the inquiry but accused X": the speaker accuses).
func (r *RelationStage) speakerAct(doc *Document, kv, v *unit) bool {
	t := &doc.Tokens[v.head]
	if v.b-v.a != 1 || v.a == 0 || t.Tag != "VBD" && t.Tag != "VBZ" && !(t.Tag == "VBN" && simpleFinite(doc, kv)) || !speakerActs[t.Lemma] && !appealCall(doc, v) {
		return false
	}
	if c := doc.Tokens[v.a-1].Lower; c != "and" && c != "but" {
		return false
	}
	kl := doc.Tokens[kv.head].Lemma
	rv, ok := r.lex.verbs[kl]
	return !(ok && rv.report)
}

// appealCall reports whether verb group v is "called on", "called upon"
// or "called for": an appeal ("said it backed X and called on Y to ..."),
// not a naming.
func appealCall(doc *Document, v *unit) bool {
	if doc.Tokens[v.head].Lemma != "call" || v.b >= len(doc.Tokens) {
		return false
	}
	switch doc.Tokens[v.b].Lower {
	case "on", "upon", "for":
		return true
	}
	return false
}

// quotedRelative reports whether the relative pronoun at unit m opens a
// quotation that closes before verb group v ('rules "that punish farmers
// more than they punish Tarsk" and demanded'): what follows is outside
// the relative clause, unlike after one left open ("a loan from the bank,
// which had been negotiated with X and was due to go ...").
func quotedRelative(st *sentState, m int, v *unit) bool {
	units := st.units
	if units[m-1].kind != uQuote || st.doc.Tokens[units[m].a].Lower == "what" {
		return false
	}
	for n := m + 1; n < len(units) && units[n].a < v.a; n++ {
		if units[n].kind == uQuote {
			return true
		}
	}
	return false
}

// commaJoined reports whether verb group v follows ", and" or ", but",
// adverbs aside (", and later offered").
func commaJoined(doc *Document, v *unit) bool {
	t := v.a - 1
	for t >= 0 && strings.HasPrefix(doc.Tokens[t].Tag, "RB") {
		t--
	}
	if t < 1 || doc.Tokens[t].Lower != "and" && doc.Tokens[t].Lower != "but" {
		return false
	}
	return doc.Tokens[t-1].Text == ","
}

// simpleFinite reports whether verb group u is one finite verb in the
// simple past or present ("was", "owed", "supports"): a past participle
// after "and" cannot join it ("said Tesic was a criminal and accused
// Ostria": the tagger's VBN is the speaker's past tense), unlike one
// after an auxiliary or passive ("said he was arrested and charged").
func simpleFinite(doc *Document, u *unit) bool {
	if u.b-u.a != 1 || u.passive || u.aux || u.modal {
		return false
	}
	switch doc.Tokens[u.head].Tag {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// pluralNP reports whether noun phrase u is plural by its head ("its
// cells", "they").
func pluralNP(doc *Document, u *unit) bool {
	switch t := &doc.Tokens[u.head]; t.Tag {
	case "NNS", "NNPS":
		return true
	case "PRP":
		return t.Lower == "they" || t.Lower == "we"
	}
	return false
}

// clauseVerbAfter returns the finite verb group that a noun phrase ending
// before unit n is the subject of, past up to two prepositional phrases
// that qualify it, an apposition set off by commas, or an adverb or
// quotation mark before the verb; n itself when none follows.
func clauseVerbAfter(doc *Document, units []unit, n int) int {
	k := n
	for i := 0; i < 2 && k+1 < len(units) && units[k].kind == uP && units[k+1].kind == uNP && doc.Tokens[units[k].a].Lower != "that"; i++ {
		k += 2
	}
	if k+2 < len(units) && units[k].kind == uComma && units[k+1].kind == uNP {
		c := k + 2
		for c+1 < len(units) && units[c].kind == uP && units[c+1].kind == uNP {
			c += 2
		}
		if c < len(units) && units[c].kind == uComma {
			k = c + 1
		}
	}
	if k == n && k+1 < len(units) && units[k].kind == uComma && units[k+1].kind == uWH {
		// "said the merger, which Kestrel had planned, would have hurt
		// consumers": a relative clause between commas, then the verb
		c := k + 2
		for c < len(units) && c < k+14 && units[c].kind != uComma && units[c].kind != uSub {
			c++
		}
		if c < len(units) && units[c].kind == uComma {
			k = c + 1
		}
	} else if k == n && k+1 < len(units) && units[k].kind == uComma && units[k+1].kind == uVG && !units[k+1].aux && doc.Tokens[units[k+1].head].Tag == "VBN" {
		// "said the ban, imposed last week on health grounds, was a
		// trade barrier": a participle phrase between commas, then the
		// verb
		c := k + 2
		for c < len(units) && c < k+10 && (units[c].kind == uNP || units[c].kind == uP || units[c].kind == uAdv) {
			c++
		}
		if c < len(units) && units[c].kind == uComma {
			k = c + 1
		}
	} else if k == n && k+1 < len(units) && units[k].kind == uWH && units[k+1].kind == uVG {
		// "said the agents who had travelled to Lima were police
		// officers": a restrictive relative clause, then the verb
		c := k + 2
		for c+1 < len(units) && (units[c].kind == uP || units[c].kind == uAdv) && units[c+1].kind == uNP {
			c += 2
		}
		if c < len(units) && units[c].kind == uNP {
			c++
		}
		if c < len(units) && units[c].kind == uVG && finiteVG(doc, &units[c]) && finiteVG(doc, &units[k+1]) {
			k = c
		}
	}
	for k < len(units) && (units[k].kind == uQuote || units[k].kind == uAdv) {
		k++
	}
	if k > n && k < len(units) && units[k].kind == uVG && finiteVG(doc, &units[k]) {
		return k
	}
	return n
}

// gathering reports whether verb group v is "bring together" (or "bring
// ... together" within the sentence), whose objects meet.
func gathering(doc *Document, lemma string, v *unit) bool {
	if lemma != "bring" {
		return false
	}
	s := doc.Sentences[doc.Tokens[v.head].Sent]
	for t := v.a; t < s.Last && t < v.b+16; t++ {
		if doc.Tokens[t].Lower == "together" {
			return true
		}
		if doc.Tokens[t].Lower == "." || doc.Tokens[t].Lower == ";" {
			break
		}
	}
	return false
}

// quoteSplitAux are auxiliaries a quotation may open after ('had
// "broken every promise"').
var quoteSplitAux = map[string]bool{"had": true, "has": true, "have": true, "would": true,
	// 'said Velmora was "deeply disappointed" and rejected': a copula or
	// passive auxiliary the quoted predicate opens after
	"was": true, "were": true, "is": true, "are": true}

// quoteSplitGroup reports whether verb group u is only the auxiliaries a
// quotation opens after: one of quoteSplitAux, or one with "been" ('had
// been "pushed out"', 'has been "sidelined"').
func quoteSplitGroup(doc *Document, u *unit) bool {
	if !quoteSplitAux[doc.Tokens[u.a].Lower] {
		return false
	}
	return u.b-u.a == 1 || u.b-u.a == 2 && doc.Tokens[u.a+1].Lower == "been"
}

// transitive are verbs without a CAMEO class that take an object a
// relative clause may leave out ("the faction prosecutors are
// investigating").
var transitive = map[string]bool{"investigate": true, "hold": true, "detain": true, "arrest": true, "sponsor": true, "own": true,
	"run": true, "control": true, "fund": true, "build": true, "buy": true, "sell": true, "acquire": true, "employ": true, "hire": true,
	"sue": true, "probe": true, "examine": true, "review": true, "represent": true, "advise": true, "propose": true,
	"classify": true, "designate": true, "brand": true, "label": true, "blacklist": true, "list": true,
	// leading an organisation: "the Tessaro Front, which Anna Ulvanen
	// once led", "the party she founded"
	"lead": true, "head": true, "found": true, "co-found": true, "manage": true,
	// contests and offices: "Ana Ruiz, whom Vorst defeated in the
	// ballot", "the minister she replaced"
	"defeat": true, "beat": true, "unseat": true, "succeed": true, "replace": true}

// tellVerbs take a person and a clause ("told reporters he had quit").
var tellVerbs = map[string]bool{"tell": true, "warn": true, "assure": true, "remind": true, "inform": true, "notify": true, "convince": true, "persuade": true, "promise": true}

// whBefore reports whether a relative pronoun opens the comma-bounded
// stretch of units before unit k ("X, which has sponsored Y since he was
// a boy, ended ...": the subordinate clause sits inside the relative
// clause).
func whBefore(doc *Document, units []unit, k int) bool {
	for t := k - 1; t >= 0; t-- {
		switch units[t].kind {
		case uComma, uQuote, uDash, uSub:
			return false
		case uWH:
			return doc.Tokens[units[t].a].Lower != "what"
		}
	}
	return false
}

// groupAntecedent returns, for an object "them" (or "they" inside the
// sentence) whose antecedent is not stated as a person, the noun phrase
// of a group of people earlier in the same sentence that it refers to
// ("ordered two Serbian diplomats to leave, accusing them of spying": the
// diplomats, not Serbia), or nil.
func (r *RelationStage) groupAntecedent(st *sentState, u *unit) *unit {
	doc := st.doc
	if u.b-u.a != 1 || doc.presplit {
		return nil
	}
	switch w := doc.Tokens[u.a].Lower; {
	case w == "them", w == "they":
	default:
		return nil
	}
	if u.ent >= 0 && doc.Entities[u.ent].Type == schema.Person {
		return nil
	}
	if doc.Tokens[u.a].Lower == "they" && u.a == doc.Sentences[st.si].First && u.ent < 0 && st.si > 0 {
		// "Prosecutors arrested X on Monday. They suspect him of ...":
		// the people the sentence before opened with
		if a, b, ok := peopleSubjectSpan(doc, st.si-1, doc.Sentences[st.si-1].Last); ok && r.lex.peopleNouns[doc.Tokens[b-1].Lower] {
			return &unit{kind: uNP, a: a, b: b, head: b - 1, ent: -1, poss: -1, posTok: -1, prt: -1}
		}
		return nil
	}
	for k := len(st.units) - 1; k >= 0; k-- {
		g := &st.units[k]
		if g.b > u.a || g.kind != uNP || g == u {
			continue
		}
		if g.b == u.a && !(k > 0 && st.units[k-1].kind == uVG && tellVerbs[doc.Tokens[st.units[k-1].head].Lemma]) {
			return nil // "eleven soldiers they have held": a relative clause's subject
		}
		h := &doc.Tokens[g.head]
		// (a capital only for opening the sentence: "Prosecutors said
		// they had arrested X")
		lower := !isCap(h.Text) || g.head == doc.Sentences[st.si].First
		if g.ent < 0 && h.Tag == "NNS" && lower && r.lex.peopleNouns[h.Lower] && !g.quoted {
			return g
		}
		if p := g.posTok - 1; g.poss < 0 && g.posTok > g.a && !g.quoted && doc.Tokens[p].Tag == "NNS" && !isCap(doc.Tokens[p].Text) && r.lex.peopleNouns[doc.Tokens[p].Lower] {
			// "to change drivers' views of A and B cars, showing them
			// that ...": the people whose views, not the firms
			return &unit{kind: uNP, a: g.a, b: g.posTok, head: p, ent: -1, poss: -1, posTok: -1, prt: -1}
		}
	}
	return nil
}

// personAntecedent returns, for a "him" or "her" that coreference left
// unresolved (the person is named only later, or never) as the object of
// a participle after a comma, the object of the verb before that
// describes one unnamed person ("ordered Estravia's envoy to leave,
// accusing him of spying": the envoy), or nil when another person is
// mentioned between them.
func (r *RelationStage) personAntecedent(st *sentState, u *unit) *unit {
	doc, units := st.doc, st.units
	if u.b-u.a != 1 || u.ent >= 0 || doc.presplit {
		return nil
	}
	if w := doc.Tokens[u.a].Lower; w != "him" && w != "her" {
		return nil
	}
	i := slices.IndexFunc(units, func(x unit) bool { return x.a == u.a && x.kind == uNP })
	if i < 2 || units[i-1].kind != uVG || units[i-1].aux || doc.Tokens[units[i-1].head].Tag != "VBG" || units[i-2].kind != uComma {
		return nil
	}
	for k := i - 3; k >= 1; k-- {
		g := &units[k]
		if g.kind == uSub || g.kind == uQuote {
			return nil
		}
		if g.kind != uNP {
			continue
		}
		if g.quoted || g.ent >= 0 && doc.Entities[g.ent].Type == schema.Person {
			return nil
		}
		h := &doc.Tokens[g.head]
		m := doc.TokMention[g.head]
		if m >= 0 && doc.Mentions[m].Type == schema.Person && doc.Mentions[m].Kind != DescriptionMention {
			return nil
		}
		if g.ent < 0 && h.Tag == "NN" && units[k-1].kind == uVG && (m >= 0 && doc.Mentions[m].Type == schema.Person || r.holderNoun(h.Lower)) {
			return g
		}
	}
	return nil
}

// institutionNouns head a phrase for a body that names none ("the
// association of pharmacies", "the company").
var institutionNouns = map[string]bool{"association": true, "company": true, "firm": true, "commission": true, "committee": true,
	"council": true, "agency": true, "watchdog": true, "federation": true, "organisation": true, "organization": true}

// bodyAntecedent returns, for a subject "it" that coreference left
// unresolved right after a reporting verb ("said it", "said that it"),
// the phrase for an unnamed body that opens the sentence or a clause as
// that verb's subject ("The association of pharmacies said it had warned
// the commission", "Kestrel cut prices, and the union said it would
// strike": the body itself), or nil.
func (r *RelationStage) bodyAntecedent(st *sentState, u *unit) *unit {
	doc, units := st.doc, st.units
	if u.b-u.a != 1 || u.ent >= 0 || doc.presplit || doc.Tokens[u.a].Lower != "it" {
		return nil
	}
	ui := -1
	for k := range units {
		if &units[k] == u {
			ui = k
		}
	}
	vg := ui - 1
	if vg >= 0 && units[vg].kind == uSub && doc.Tokens[units[vg].a].Lower == "that" {
		vg--
	}
	if vg >= 2 && units[vg].kind == uNP && units[vg-1].kind == uP && reportAdjunctPreps[doc.Tokens[units[vg-1].a].Lower] && !units[vg].quoted {
		vg -= 2 // "said in a statement that it", "said on Tuesday it": the adjunct is the verb's
	} else if vg >= 1 && units[vg].kind == uNP && r.isTime(st, &units[vg]) {
		vg-- // "said Tuesday it"
	}
	if vg < 1 || units[vg].kind != uVG || !r.lex.verbs[doc.Tokens[units[vg].head].Lemma].report || units[vg-1].kind != uNP {
		return nil
	}
	g := vg - 1
	for g-2 >= 0 && units[g-1].kind == uP && doc.Tokens[units[g-1].a].Lower == "of" && units[g-2].kind == uNP {
		g -= 2
	}
	h := &units[g]
	if g > 0 && units[g-1].kind != uCC && units[g-1].kind != uComma && units[g-1].kind != uSub {
		return nil // "fined the company, which said it ...": no opening subject
	}
	if h.ent >= 0 || h.poss >= 0 || h.quoted || doc.Tokens[h.a].Lower != "the" || doc.Tokens[h.head].Tag != "NN" {
		return nil
	}
	if w := doc.Tokens[h.head].Lower; !institutionNouns[w] && !bodyNouns[w] && !orgKind(w) {
		return nil
	}
	return &unit{kind: uNP, a: h.a, b: units[vg-1].b, head: h.head, ent: -1, poss: -1, posTok: -1, prt: -1}
}

// reportAdjunctPreps open a short adjunct between a reporting verb and its
// clause ("said in a statement", "said on Tuesday").
var reportAdjunctPreps = map[string]bool{"in": true, "on": true, "at": true, "after": true, "during": true}

// prepConjuncts extends list with the noun phrases of each "and" (with
// or, also "or") that repeats preposition prep at unit e and after ("with
// Halden and with Ostria"), while keep, when given, accepts the phrase; it
// returns the list and the unit after the last phrase read.
func (r *RelationStage) prepConjuncts(st *sentState, list []Arg, e int, prep string, or bool, keep func(*unit) bool) ([]Arg, int) {
	doc, units := st.doc, st.units
	for {
		c := e
		if c+1 < len(units) && units[c].kind == uComma && !doc.presplit {
			// "by X, the chief negotiator, and by Y": the apposition of
			// the phrase before and the comma that closes it come
			// before the "and"
			if d := c + 1; units[d].kind == uNP && (units[d].ent < 0 || len(list) > 0 && units[d].ent == list[len(list)-1].Entity) {
				for d++; d+1 < len(units) && units[d].kind == uP && units[d+1].kind == uNP; d += 2 {
				}
				if d < len(units) && units[d].kind == uComma {
					c = d
				}
			}
			if c+1 < len(units) && units[c+1].kind == uCC {
				c++
			}
		}
		if c+2 >= len(units) || units[c].kind != uCC || units[c+1].kind != uP || units[c+2].kind != uNP || doc.Tokens[units[c+1].a].Lower != prep {
			break
		}
		if w := doc.Tokens[units[c].a].Lower; w != "and" && !(or && w == "or") || keep != nil && !keep(&units[c+2]) {
			break
		}
		more, next := r.npList(st, c+2)
		list = append(list[:len(list):len(list)], more...)
		e = next
	}
	return list, e
}

// npList returns the NP at ui and the NPs coordinated with it ("Russia and
// Ukraine", "A, B and C"), and the index after the list.
func (r *RelationStage) npList(st *sentState, ui int) ([]Arg, int) {
	out := []Arg{r.arg(st, &st.units[ui])}
	if ents := nationsSharing(st.doc, &st.units[ui]); len(ents) >= 2 {
		// "The Danish and German governments criticised X": each
		// country's government acts
		a := out[0]
		out = out[:0]
		for _, e := range ents {
			a.Entity = e
			out = append(out, a)
		}
	}
	j := ui + 1
	// "the High Court of Australia": an of-chain belongs to the phrase
	// (not the charge after a verb of charging: "accused the company of
	// fraud", "accused the head of Acme of lying"; but "accused the
	// leaders of the party of lying": people of a body, and "accused a
	// dozen of its staff of lying": some of them)
	a := st.units[ui].a
	charged := a > 0 && !st.doc.presplit && chargeOfVerbs[st.doc.Tokens[a-1].Lemma] && isVerbTag(st.doc.Tokens[a-1].Tag)
	for j+1 < len(st.units) && st.units[j].kind == uP && st.doc.Tokens[st.units[j].a].Lower == "of" && st.units[j+1].kind == uNP && out[0].Entity < 0 &&
		!(charged && chargeOf(st.doc, a, st.units[j].a) && (!memberNouns[st.doc.Tokens[st.units[j-1].head].Lower] && !r.partitive(st, &st.units[j-1]) && !countNouns[st.doc.Tokens[st.units[j-1].head].Lower] || st.doc.Tokens[st.units[j].a+1].Tag == "VBG")) {
		if r.partitive(st, &st.units[j-1]) && st.units[j+1].ent >= 0 {
			out[0].Entity = st.units[j+1].ent
		} else if (r.partitive(st, &st.units[j-1]) || partWords[st.doc.Tokens[st.units[j-1].head].Lower] || aspectNouns[st.doc.Tokens[st.units[j-1].head].Lower]) && st.units[j+1].ent < 0 && st.units[j+1].poss >= 0 && out[0].Poss < 0 && j == ui+1 &&
			!r.lex.peopleNouns[st.doc.Tokens[st.units[j+1].head].Lower] {
			// "half of Belize's territory" is Belize's, "the start of
			// Albania's talks" Albania's (not "most of Acme's pilots":
			// people of their own)
			out[0].Poss = st.units[j+1].poss
		}
		end := st.units[j+1].b
		head := st.units[j-1].head
		j += 2
		if r.eventHead(st.doc.Tokens[head].Lower) || makerHeads[st.doc.Tokens[head].Lower] {
			// "the merger of A and B", "the release of A, B and C", "the
			// owner of A, B and C": the list belongs to the phrase
			for j+1 < len(st.units) && (st.units[j].kind == uCC && st.doc.Tokens[st.units[j].a].Lower == "and" || st.units[j].kind == uComma) && st.units[j+1].kind == uNP && st.units[j+1].ent >= 0 {
				if st.units[j].kind == uComma && !(j+3 < len(st.units) && (st.units[j+2].kind == uCC || st.units[j+2].kind == uComma) && st.units[j+3].kind == uNP) {
					break
				}
				end = st.units[j+1].b
				j += 2
			}
			// "the takeover of A by B": the agent belongs to it too
			if j+1 < len(st.units) && st.units[j].kind == uP && st.doc.Tokens[st.units[j].a].Lower == "by" && st.units[j+1].kind == uNP && st.units[j+1].ent >= 0 {
				end = st.units[j+1].b
				j += 2
			}
		}
		out[0].Span.End = st.doc.Tokens[end-1].Span.End
		out[0].Text = st.doc.Text[out[0].Span.Start:out[0].Span.End]
	}
	if j == ui+1 && j+1 < len(st.units) && out[0].Entity >= 0 && st.units[j].kind == uP && st.units[j+1].kind == uNP &&
		st.units[j+1].ent == out[0].Entity && bodyOfState(st.doc, &st.units[ui]) == out[0].Entity {
		// "the governments of Ostria and Varan": the state after "of" is
		// the phrase's own, and a list may go on from it
		out[0].Span.End = st.doc.Tokens[st.units[j+1].b-1].Span.End
		out[0].Text = st.doc.Text[out[0].Span.Start:out[0].Span.End]
		j += 2
	}
	// "his predecessor as Cabinet Secretary, Lord Armstrong"; a role may
	// also be placed ("a judge at the High Court, Ana Ruiz", "the envoy
	// for trade in Lima, Ole Berg"): then the name must be a person's
	if out[0].Entity < 0 {
		k := j
		role := r.lex.roles[r.lex.nounLemma(st.doc.Tokens[st.units[ui].head].Lower)]
		placed := false
		for k+1 < len(st.units) && st.units[k].kind == uP && st.units[k+1].kind == uNP {
			if p := st.doc.Tokens[st.units[k].a].Lower; p != "as" && p != "of" {
				if !role || !rolePlacePreps[p] {
					break
				}
				placed = true
			}
			k += 2
		}
		if placed && k+1 < len(st.units) && (st.units[k+1].ent < 0 || st.doc.Entities[st.units[k+1].ent].Type != schema.Person) {
			k = j
		}
		if k > j && k+1 < len(st.units) && st.units[k].kind == uComma && st.units[k+1].kind == uNP && st.units[k+1].ent >= 0 && (k+2 == len(st.units) || st.units[k+2].kind == uComma || st.units[k+2].kind == uOther) {
			if t := st.doc.Tokens[st.units[ui].a]; t.Tag == "DT" || t.Tag == "PRP$" || st.units[ui].posTok >= 0 {
				out[0].Entity = st.units[k+1].ent
				return out, k + 2
			}
		}
	}
	// "their father, Dhiru Bhai Ambani": a named apposition names the phrase
	// (also "Spain's markets regulator, the CNMV": the body has a name)
	bodyOfPoss := out[0].Entity >= 0 && st.units[ui].poss == out[0].Entity && j+1 < len(st.units) && st.units[j+1].kind == uNP &&
		st.units[j+1].ent >= 0 && st.units[j+1].ent != out[0].Entity && st.doc.Entities[st.units[j+1].ent].Type == schema.Organization
	if (out[0].Entity < 0 || bodyOfPoss) && j+1 < len(st.units) && st.units[j].kind == uComma && st.units[j+1].kind == uNP && st.units[j+1].ent >= 0 &&
		(j+2 == len(st.units) || st.units[j+2].kind == uComma || st.units[j+2].kind == uOther) && !r.partitive(st, &st.units[ui]) {
		if t := st.doc.Tokens[st.units[ui].a]; t.Tag == "DT" || t.Tag == "PRP$" || t.Tag == "JJ" || st.units[ui].posTok >= 0 {
			out[0].Entity = st.units[j+1].ent
			j += 2
			// "Egypt's minister, X, and his Ethiopian counterpart, Y": a
			// second described and named conjunct
			// (the second description may have an of-phrase: "and the
			// mayor of Sines, Y")
			m := j + 3
			for m+1 < len(st.units) && m <= j+7 && st.units[m].kind == uP && (st.doc.Tokens[st.units[m].a].Lower == "of" || st.doc.Tokens[st.units[m].a].Lower == "for") && st.units[m+1].kind == uNP && !st.doc.presplit {
				m += 2
			}
			if k := j; k+4 < len(st.units) && st.units[k].kind == uComma && st.units[k+1].kind == uCC && st.doc.Tokens[st.units[k+1].a].Lower == "and" &&
				st.units[k+2].kind == uNP && st.units[k+3].kind == uComma && st.units[k+4].kind == uNP && st.units[k+4].ent >= 0 && st.units[k+2].ent < 0 &&
				(k+5 == len(st.units) || st.units[k+5].kind == uComma || st.units[k+5].kind == uOther) {
				second := r.arg(st, &st.units[k+2])
				second.Entity = st.units[k+4].ent
				out = append(out, second)
				j = k + 5
			} else if k := j; m > k+3 && m+1 < len(st.units) && st.units[k].kind == uComma && st.units[k+1].kind == uCC && st.doc.Tokens[st.units[k+1].a].Lower == "and" &&
				st.units[k+2].kind == uNP && st.units[k+2].ent < 0 && st.units[m].kind == uComma && st.units[m+1].kind == uNP && st.units[m+1].ent >= 0 &&
				st.doc.Entities[st.units[m+1].ent].Type == schema.Person && (m+2 == len(st.units) || st.units[m+2].kind == uComma || st.units[m+2].kind == uOther) {
				second := r.arg(st, &st.units[k+2])
				second.Entity = st.units[m+1].ent
				out = append(out, second)
				j = m + 2
			} else if k+2 < len(st.units) && st.units[k].kind == uComma && st.units[k+1].kind == uCC && st.doc.Tokens[st.units[k+1].a].Lower == "and" &&
				st.units[k+2].kind == uNP && st.units[k+2].ent >= 0 && st.units[k+2].poss < 0 && st.doc.Entities[st.units[k+2].ent].Type == schema.Person &&
				(k+3 == len(st.units) || st.units[k+3].kind == uComma || st.units[k+3].kind == uOther || st.units[k+3].kind == uP) && !st.doc.presplit {
				// "the union's foreign policy chief, X, and Trade
				// Minister Y": a second conjunct named outright
				out = append(out, r.arg(st, &st.units[k+2]))
				j = k + 3
			}
			return out, j
		}
	}
	if inc := includedAt(st, j); inc > 0 && out[0].Entity < 0 && !st.doc.presplit {
		// "two directors, including the finance chief, Neha Bansal,",
		// "several countries, including France and Spain,", "detained
		// 500 people, among them X and Y": the named members stand
		// beside the group
		inc, end := r.npList(st, inc)
		for _, a := range inc {
			if a.Entity >= 0 {
				out = append(out, a)
			}
		}
		if end < len(st.units) && st.units[end].kind == uComma {
			end++
		}
		return out, end
	}
	if j == ui+1 {
		j = r.pastHomeCountry(st, ui)
	}
	for j+1 < len(st.units) {
		if (st.units[j].kind == uCC || st.units[j].kind == uComma) && st.units[j+1].kind == uNP {
			if st.units[j].kind == uComma {
				// only a list when it ends in "and X"
				k := r.pastHomeCountry(st, j+1)
				if !(k+1 < len(st.units) && (st.units[k].kind == uCC || st.units[k].kind == uComma) && st.units[k+1].kind == uNP) {
					if len(out) == 1 && out[0].Entity >= 0 && st.doc.Entities[out[0].Entity].Type == schema.Person && st.units[j+1].ent < 0 && !st.doc.presplit &&
						k+3 < len(st.units) && st.units[k].kind == uComma && st.units[k+1].kind == uCC && st.doc.Tokens[st.units[k+1].a].Lower == "and" &&
						st.units[k+2].kind == uNP && st.units[k+2].ent >= 0 && st.units[k+2].ent != out[0].Entity && st.doc.Entities[st.units[k+2].ent].Type == schema.Person &&
						(k+3 == len(st.units) || st.units[k+3].kind == uComma || st.units[k+3].kind == uOther || st.units[k+3].kind == uP || st.units[k+3].kind == uVG) {
						// "detained X, the union's president, and her
						// deputy Y": a described person and a named one
						out = append(out, r.arg(st, &st.units[k+2]))
						j = k + 3
					}
					break
				}
			}
			if st.units[j].kind == uCC && st.doc.Tokens[st.units[j].a].Lower == "but" {
				break
			}
			if st.units[j].kind == uCC && r.isTime(st, &st.units[j+1]) && j+2 < len(st.units) && (st.units[j+2].kind == uVG || st.units[j+2].kind == uAdv) {
				break // "survived the vote and hours later dismissed": a new clause
			}
			a := r.arg(st, &st.units[j+1])
			j = r.pastHomeCountry(st, j+1)
			n := j
			// (a role's "for the Pacific" may come before the name)
			for n+1 < len(st.units) && st.units[n].kind == uP && (st.doc.Tokens[st.units[n].a].Lower == "for" || st.doc.Tokens[st.units[n].a].Lower == "of") && st.units[n+1].kind == uNP {
				n += 2
			}
			if a.Entity < 0 && n+1 < len(st.units) && st.units[n].kind == uComma && st.units[n+1].kind == uNP && st.units[n+1].ent >= 0 &&
				(n+2 == len(st.units) || st.units[n+2].kind == uComma || st.units[n+2].kind == uOther) && !st.doc.presplit {
				// "A and his counterpart, B": the last conjunct's named apposition
				if t := st.doc.Tokens[st.units[j-1].a]; t.Tag == "PRP$" || t.Tag == "DT" || st.units[j-1].posTok >= 0 {
					a.Entity = st.units[n+1].ent
					j = n + 2
				}
			}
			out = append(out, a)
			continue
		}
		break
	}
	return out, j
}

// pluralStateBodies are the plurals of stateBodies that names listed
// before them share ("the Danish and German governments").
var pluralStateBodies = map[string]bool{"governments": true, "embassies": true, "ministries": true, "armies": true, "navies": true,
	"parliaments": true, "cabinets": true, "administrations": true, "regimes": true}

// bodyOfState returns the state that noun phrase u, "the" and a body of
// state ("the government", "the governments", "the embassy"), has named
// right after "of" ("the governments of Ostria and Varan": Ostria, the
// list's first), -1 otherwise. Neither a person ("the government of
// Prime Minister X") nor a name that goes on ("the embassy of Varan's
// ally") is a state.
func bodyOfState(doc *Document, u *unit) int {
	h := doc.Tokens[u.head].Lower
	if doc.presplit || u.posTok >= 0 || doc.Tokens[u.a].Lower != "the" || u.b+1 >= len(doc.Tokens) || doc.Tokens[u.b].Lower != "of" ||
		!(stateBodies[h] || pluralStateBodies[h]) || h == "side" || h == "officials" || h == "authorities" || h == "negotiators" {
		return -1
	}
	t := u.b + 1
	if doc.Tokens[t].Lower == "the" {
		t++ // "the government of the Philippines"
	}
	if t >= len(doc.Tokens) || doc.Tokens[t].Sent != doc.Tokens[u.head].Sent {
		return -1
	}
	m := doc.TokMention[t]
	if m < 0 || doc.Mentions[m].Kind != NameMention || doc.Mentions[m].First != t || doc.Mentions[m].Entity < 0 {
		return -1
	}
	if l := doc.Mentions[m].Last; l < len(doc.Tokens) && doc.Tokens[l].Tag == "POS" {
		return -1
	}
	e := doc.Mentions[m].Entity
	if ty := doc.Entities[e].Type; ty != schema.Country && ty != schema.Location && ty != schema.Organization {
		return -1
	}
	return e
}

// nationsSharing returns the countries, two or more, whose demonyms or
// names are listed in noun phrase u before one body of each of them
// ("the Danish and German governments", "the French and Italian
// embassies"), nil otherwise.
func nationsSharing(doc *Document, u *unit) []int {
	if u.kind != uNP || u.poss >= 0 || u.posTok >= 0 || doc.presplit || doc.Tokens[u.a].Lower != "the" || !(stateBodies[doc.Tokens[u.head].Lower] || pluralStateBodies[doc.Tokens[u.head].Lower]) {
		return nil
	}
	var out []int
	for t := u.a; t < u.head; t++ {
		m := doc.TokMention[t]
		if m < 0 || doc.Mentions[m].First != t || doc.Mentions[m].Entity < 0 || doc.Entities[doc.Mentions[m].Entity].Type != schema.Country {
			continue
		}
		if e := doc.Mentions[m].Entity; !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	if len(out) < 2 || u.ent >= 0 && u.ent != out[0] {
		return nil
	}
	return out
}

// bareCausatives take a bare infinitive after their object ("let X set
// the terms", "made X resign").
var bareCausatives = map[string]bool{"let": true, "make": true, "help": true, "have": true, "watch": true, "see": true}

// objectCausatives let their object do what a bare infinitive after it
// names ("let X join", "helped X repay"); not "make", whose object is
// mostly its own ("making good progress, say those behind it").
var objectCausatives = map[string]bool{"let": true, "help": true}

// bareInfinitive reports whether unit n is a bare infinitive after the
// object of lemma, an object causative: a lone base-form verb, which the
// tagger may read as a present ("let Veltria join the talks").
func (r *RelationStage) bareInfinitive(st *sentState, lemma string, n int) bool {
	if !objectCausatives[lemma] || st.doc.presplit || n >= len(st.units) {
		return false
	}
	u := &st.units[n]
	if u.kind != uVG || u.aux || u.modal || u.passive || u.a != u.head {
		return false
	}
	t := &st.doc.Tokens[u.head]
	return (t.Tag == "VB" || t.Tag == "VBP") && t.Lower == t.Lemma
}

// timeLinks join a length of time to the clause it is measured from
// ("two weeks after X resigned").
var timeLinks = map[string]bool{"after": true, "before": true, "since": true, "until": true}

// staffNouns name the staff of a body, who speak and act for the body
// they work at ("officials at the ministry").
var staffNouns = map[string]bool{"officials": true, "executives": true, "analysts": true, "economists": true, "managers": true,
	"investigators": true, "researchers": true, "staff": true}

// groupPreps join an unnamed group of people to the body or office that
// says whose they are ("members of X", "officials at X", "officials in X's
// office", "lawyers for X", "aides to X").
var groupPreps = map[string]bool{"of": true, "at": true, "in": true, "for": true, "to": true, "from": true}

// agentNouns name people who act or speak for a body, beside
// memberNouns ("aides to X", "lawyers for X", "a source in X's office",
// "a spokesman for X");
// not those who deal with it from outside ("shareholders of X", "workers
// at X"), whose phrase may name the other side of their act.
var agentNouns = map[string]bool{"senators": true, "deputies": true, "mps": true, "ministers": true, "aides": true,
	"advisers": true, "advisors": true, "lawyers": true, "attorneys": true, "envoys": true, "source": true, "sources": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true}

// groupNoun reports whether lower-cased noun w names unnamed people who
// act or speak for a body.
func groupNoun(w string) bool {
	return memberNouns[w] || agentNouns[w]
}

// loyalAdjs say whose side a group after its noun fights or works for
// ("fighters loyal to the general").
var loyalAdjs = map[string]bool{"loyal": true, "faithful": true}

// rolePlacePreps place a role holder in the body or place they serve
// ("a judge at the court", "the minister for trade", "an official in
// the ministry").
var rolePlacePreps = map[string]bool{"at": true, "for": true, "in": true, "from": true}

// prepResponses answer a decision, a charge or an offer through a
// preposition ("complied with the ruling", "appealed against the fine"),
// with that preposition: they act on its maker too.
var prepResponses = map[string]string{"comply": "with", "abide": "by", "disagree": "with", "object": "to",
	"appeal": "against", "bow": "to", "balk": "at", "baulk": "at",
	// "came out against the plan", "responded to the approach",
	// "bristled at the recall"
	"come": "against", "respond": "to", "react": "to", "reply": "to", "bristle": "at",
	// "campaigned against the plan", "spoke out against the offer"
	"campaign": "against", "lobby": "against", "rally": "against", "speak": "against"}

// wonderWords open a clause that an inquiry looks into ("into how",
// "into whether").
var wonderWords = map[string]bool{"how": true, "whether": true, "why": true, "what": true}

// aspectNouns name a phase of what follows "of" ("the start of X's
// talks"), which is as much the possessor's as the thing itself.
var aspectNouns = map[string]bool{"start": true, "launch": true, "opening": true, "resumption": true, "beginning": true,
	"continuation": true, "end": true, "conclusion": true}

// makerHeads name who owns or makes what follows "of": "the owner of A,
// B and C" is one actor, not three.
var makerHeads = map[string]bool{"owner": true, "owners": true, "maker": true, "makers": true, "parent": true,
	"operator": true, "operators": true, "founder": true, "founders": true, "producer": true, "manufacturer": true,
	"publisher": true, "developer": true, "creator": true, "proprietor": true}

// coordinatedBefore returns the named conjuncts that end with the named
// noun phrase at unit h ("Kenya and Uganda", "Chile, Peru and Bolivia"),
// nil when h is no named last conjunct.
func (r *RelationStage) coordinatedBefore(st *sentState, h int) []Arg {
	units := st.units
	if st.doc.presplit || h-2 < 0 || units[h].ent < 0 || units[h-1].kind != uCC || st.doc.Tokens[units[h-1].a].Lower != "and" ||
		units[h-2].kind != uNP || units[h-2].ent < 0 || units[h-2].quoted {
		return nil
	}
	start := h - 2
	if h-4 >= 0 && r.pastHomeCountry(st, h-4) == h-1 {
		start = h - 4 // "Anna Berg of Sweden and Jonas Lind"
	}
	for start-2 >= 0 && units[start-1].kind == uComma && units[start-2].kind == uNP && units[start-2].ent >= 0 {
		start -= 2
	}
	if start > 0 && (units[start-1].kind == uP || units[start-1].kind == uVG) && !r.bodiesOf(st, start) {
		return nil // "talks between A and B, which ...": no subjects
	}
	list, end := r.npList(st, start)
	if end != h+1 && end != r.pastHomeCountry(st, h) || len(list) < 2 {
		return nil
	}
	return list
}

// pastHomeCountry returns the unit after a person's country at unit ui
// ("Anna Berg of Sweden and Jonas Lind of Norway met": each one's
// country, no conjunct of its own), else ui+1.
func (r *RelationStage) pastHomeCountry(st *sentState, ui int) int {
	u, doc := st.units, st.doc
	if ui+2 < len(u) && u[ui].kind == uNP && u[ui].ent >= 0 && doc.Entities[u[ui].ent].Type == schema.Person && u[ui+1].kind == uP &&
		doc.Tokens[u[ui+1].a].Lower == "of" && u[ui+2].kind == uNP && u[ui+2].ent >= 0 && u[ui+2].poss < 0 &&
		doc.Entities[u[ui+2].ent].Type == schema.Country {
		return ui + 3
	}
	return ui + 1
}

// bodiesOf reports whether the names from unit start on follow "the
// governments of", "the leaders of" or the like opening the clause: the
// bodies or people of each act for it.
func (r *RelationStage) bodiesOf(st *sentState, start int) bool {
	u, doc := st.units, st.doc
	if start-2 < 0 || u[start-1].kind != uP || doc.Tokens[u[start-1].a].Lower != "of" || u[start-2].kind != uNP {
		return false
	}
	if e := u[start-2].ent; e >= 0 && e != u[start].ent {
		return false // (the phrase may stand for the first state named: "the governments of A, B and C")
	}
	if d := start - 2; d > 0 && u[d-1].kind != uComma && u[d-1].kind != uSub && u[d-1].kind != uQuote {
		return false
	}
	h := doc.Tokens[u[start-2].head]
	return h.Tag == "NNS" && (bodyNouns[h.Lower] || h.Lower == "governments" || h.Lower == "leaders")
}

// namesEnding returns the names a coordination ending at unit h lists
// ("Kenya and Tanzania"), or h's argument alone.
func (r *RelationStage) namesEnding(st *sentState, h int) []Arg {
	if list := r.coordinatedBefore(st, h); list != nil {
		return list
	}
	return []Arg{r.arg(st, &st.units[h])}
}

// namedAfterCopula returns, for the verb group at vi of a restrictive
// relative clause on the plural noun phrase at unit np, the names that
// the main clause's "were" or "are" then lists ("The embassies that
// signed the statement were those of A, B and C", "The members who voted
// against it are A and B"): the ones who did it; nil when it lists none.
func (r *RelationStage) namedAfterCopula(st *sentState, np, vi int) []Arg {
	units, doc := st.units, st.doc
	if doc.Tokens[units[np].head].Tag != "NNS" {
		return nil
	}
	x := vi + 1
	for x < len(units) && (units[x].kind == uNP || units[x].kind == uP || units[x].kind == uAdv) {
		x++
	}
	if x+1 >= len(units) || units[x].kind != uVG || units[x].b-units[x].a != 1 {
		return nil
	}
	if w := doc.Tokens[units[x].a].Lower; w != "were" && w != "are" {
		return nil
	}
	x++
	if x+2 < len(units) && units[x].kind == uNP && doc.Tokens[units[x].head].Lower == "those" && units[x+1].kind == uP && doc.Tokens[units[x+1].a].Lower == "of" {
		x += 2
	}
	if units[x].kind != uNP || units[x].ent < 0 {
		return nil
	}
	list, end := r.npList(st, x)
	if len(list) < 2 || end < len(units) && units[end].kind != uOther {
		return nil
	}
	for _, a := range list {
		if a.Entity < 0 {
			return nil
		}
	}
	return list
}

// subject returns the subjects of the verb group at vi.
func (r *RelationStage) subject(st *sentState, vi int) []Arg {
	if vi >= 1 {
		if a, ok := r.appointedReplaces(st, vi, vi-1); ok {
			return []Arg{a}
		}
	}
	if s, ok := st.forced[vi]; ok {
		return s
	}
	units := st.units
	doc := st.doc
	n, byActor := r.intentPossessor(st, vi), -1
	if n < 0 {
		n, byActor = r.intentBy(st, vi)
	}
	if n >= 0 {
		// "Chile's decision to expel X", "Bolivia's refusal to meet X",
		// "an attempt by Acme to block X": the possessor or the actor
		// after "by" acts, as decided, refused or only intended
		if k, ok := intentNouns[doc.Tokens[units[n].head].Lower]; ok {
			if _, set := st.ctx[vi]; !set {
				c := clauseCtx{modality: schema.Asserted, conf: 0.8}
				switch k {
				case 'n':
					c.negated = true
				case 'h':
					c.modality, c.conf = schema.Hypothetical, 0.6
				}
				st.ctx[vi] = c
			}
			var res []Arg
			if byActor >= 0 {
				a := r.arg(st, &units[byActor])
				if a.Entity < 0 {
					a.Entity = r.npActor(st, byActor)
				}
				res = []Arg{a}
			} else {
				p := units[n].poss
				res = []Arg{{Entity: p, Poss: -1, Span: Span{doc.Tokens[units[n].a].Span.Start, doc.Tokens[units[n].b-1].Span.End}, Text: doc.Entities[p].Name}}
			}
			if w := doc.Tokens[units[n].head].Lower; pursuitNouns[w] && res[0].Entity >= 0 && !doc.presplit {
				// "Turkey's bid to join the EU", "an attempt by Acme to
				// block the strike": the act is open, the pursuit of it
				// is a fact
				if _, set := st.lift[vi]; !set {
					st.lift[vi] = lift{lemma: "seek", ptext: w, ctx: clauseCtx{modality: schema.Asserted, conf: 0.8}, subj: res}
				}
			}
			return res
		}
	}
	v := &units[vi]
	if vi >= 2 && doc.Tokens[v.head].Tag == "VBG" && !v.aux && units[vi-1].kind == uNP && units[vi-1].ent < 0 && units[vi-2].kind == uVG && spendVerbs[doc.Tokens[units[vi-2].head].Lemma] && r.isTime(st, &units[vi-1]) && !doc.presplit {
		// "spent two months negotiating with X": the spender negotiated
		return r.subject(st, vi-2)
	}
	if vi >= 4 && doc.Tokens[v.head].Tag == "VBG" && !v.aux && units[vi-1].kind == uNP && units[vi-1].ent < 0 && units[vi-2].kind == uP && doc.Tokens[units[vi-2].a].Lower == "of" &&
		units[vi-3].kind == uNP && units[vi-3].b-units[vi-3].a == 1 && timeShares[doc.Tokens[units[vi-3].a].Lower] && units[vi-4].kind == uVG && spendVerbs[doc.Tokens[units[vi-4].head].Lemma] && r.isTime(st, &units[vi-1]) && !doc.presplit {
		// "spent much of the past three weeks negotiating with X"
		return r.subject(st, vi-4)
	}
	if m := messageBefore(st, vi); m >= 0 {
		// "wrote to the ministry and to X proposing a meeting",
		// "telephoned X urging calm": what the message says is the
		// sender's, not the addressee's
		return r.subject(st, m)
	}
	if vi >= 2 && doc.Tokens[v.head].Tag == "VBG" && (units[vi-1].kind == uP || units[vi-1].kind == uAdv) && topicPreps[doc.Tokens[units[vi-1].a].Lower] && !doc.presplit {
		// "X held talks with Y about combining its business": the
		// gerund's subject is the finite verb's
		if _, set := st.ctx[vi]; !set {
			st.ctx[vi] = clauseCtx{modality: schema.Hypothetical, conf: 0.6}
		}
		for k := vi - 2; k >= 0; k-- {
			if units[k].kind == uComma && k+1 < vi-1 && units[k+1].kind == uNP && units[k-1].kind == uNP {
				continue // an apposition: "with News Corp, Murdoch's group,"
			}
			if units[k].kind == uVG {
				if t := doc.Tokens[units[k].head].Tag; t != "VBG" && t != "VBN" || units[k].aux {
					if s := r.subject(st, k); len(s) > 0 {
						return s
					}
				}
				break
			}
			if units[k].kind == uSub || units[k].kind == uWH || units[k].kind == uQuote {
				break
			}
		}
	}
	if vi >= 3 && doc.Tokens[v.head].Tag == "VBG" && !v.aux && units[vi-1].kind == uNP && units[vi-2].kind == uP && units[vi-3].kind == uNP &&
		(doc.Tokens[units[vi-2].a].Lower == "to" || doc.Tokens[units[vi-2].a].Lower == "of") && gerundClauseNouns[doc.Tokens[units[vi-3].head].Lower] && !doc.presplit {
		// "dropped its objection to Norvik joining the bloc", "the
		// prospect of Acme buying X": the phrase right before the gerund
		// is its subject, not the noun the preposition hangs on; what
		// it does is only feared, hoped or objected to
		if _, set := st.ctx[vi]; !set {
			st.ctx[vi] = clauseCtx{modality: schema.Hypothetical, conf: 0.6}
		}
		return []Arg{r.arg(st, &units[vi-1])}
	}
	if m := r.openingGerund(st, vi); m >= 0 {
		// "After sacking X, Acme named Y": the main clause's subject, and
		// its modality ("By selling X, Acme could ...": not yet done)
		if _, set := st.ctx[vi]; !set {
			c := r.baseCtx(st, m)
			if doc.Tokens[units[vi-1].a].Lower == "without" {
				c.negated = !c.negated
			}
			c.conf *= 0.9
			st.ctx[vi] = c
		}
		return r.subject(st, m)
	}
	j := vi - 1
	for j >= 0 && (units[j].kind == uAdv) {
		j--
	}
	if j >= 1 && units[j].kind == uCC && doc.Tokens[units[j].a].Lower == "neither" && units[j-1].kind == uNP && !doc.presplit {
		j-- // "Velmora neither condemned nor praised Brelland"
	}
	// "Cyprus, however, criticised": skip a parenthetical adverb
	for j-2 >= 0 && units[j].kind == uComma && units[j-1].kind == uAdv && units[j-2].kind == uComma {
		j -= 3
	}
	// "Some governments, he said, were helping Russia": skip a
	// parenthetical report; the speaker is not the subject
	if j-4 >= 0 && units[j].kind == uComma && units[j-1].kind == uVG && units[j-2].kind == uNP && units[j-3].kind == uComma && units[j-4].kind == uNP &&
		r.lex.verbs[doc.Tokens[units[j-1].head].Lemma].report && !doc.presplit {
		if _, set := st.ctx[vi]; !set {
			st.ctx[vi] = clauseCtx{modality: schema.Reported, conf: 0.85} // what the speaker said
		}
		j -= 4
		for j >= 0 && (units[j].kind == uAdv) {
			j--
		}
	}
	// "survived the vote and hours later dismissed": a time between the
	// conjunction and the verb
	if j-1 >= 0 && units[j].kind == uNP && units[j-1].kind == uCC && r.isTime(st, &units[j]) {
		j--
	} else if j-2 >= 0 && units[j].kind == uNP && units[j-1].kind == uP && units[j-2].kind == uCC && r.isTime(st, &units[j]) {
		j -= 2 // "fined Acme and on Monday expelled its envoy"
	}
	// 'said it "welcomes the talks"': the quotation opens after the subject
	if j >= 1 && units[j].kind == uQuote && doc.Tokens[v.head].Quote && units[j-1].kind == uNP && !units[j-1].quoted {
		j--
	}
	// "X, the coffee exporter, on Tuesday rejected", "X, its owner, last
	// week sold": a time after an apposition's closing comma
	if j-2 >= 0 && units[j].kind == uNP && units[j-1].kind == uP && units[j-2].kind == uComma && !doc.presplit && r.isTime(st, &units[j]) {
		j -= 2
	} else if j-1 >= 0 && units[j].kind == uNP && units[j-1].kind == uComma && !doc.presplit && r.isTime(st, &units[j]) {
		j--
	}
	// "X, who last week met Y", "X, which on Monday fined Y": a time
	// between the relative pronoun and its verb is no subject
	if j-1 >= 0 && units[j].kind == uNP && units[j-1].kind == uWH && r.isTime(st, &units[j]) {
		j--
	} else if j-2 >= 0 && units[j].kind == uNP && units[j-1].kind == uP && units[j-2].kind == uWH && r.isTime(st, &units[j]) {
		j -= 2
	} else if w := relativeBeforeAdjunct(st, j); w >= 0 && !doc.presplit {
		// "X, who during a visit to Y this month accused Z", "X, who
		// in a statement accused Z": an adjunct between the relative
		// pronoun and its verb holds no subject
		j = w
	}
	if j < 0 {
		return nil
	}
	if m := openingAsideVerb(st, vi, j); m >= 0 && !doc.presplit && r.lex.verbs[doc.Tokens[v.head].Lemma].cameo != "" && !frameVerbs[doc.Tokens[v.head].Lemma] {
		// "X, accusing Y of fraud, resigned": a present participle of
		// an interaction set off by commas after the clause's opening
		// phrase has the subject of the verb after the closing comma
		// (not one that only sets the scene: "X, speaking beside Y,
		// said")
		if s := r.subject(st, m); len(s) > 0 {
			return s
		}
	}
	switch units[j].kind {
	case uWH:
		k := j - 1
		if k >= 0 && units[k].kind == uComma {
			k--
		}
		if w := doc.Tokens[units[j].a].Lower; (w == "who" || w == "whom") && k-2 >= 0 && units[k].kind == uNP && units[k].ent >= 0 && doc.Entities[units[k].ent].Type != schema.Person &&
			units[k-1].kind == uP && doc.Tokens[units[k-1].a].Lower == "of" && units[k-2].kind == uNP && units[k-2].ent < 0 && doc.Tokens[units[k-2].head].Tag == "NN" && !doc.presplit {
			// "X, a critic of NATO who had praised Y": "who" is the
			// critic, not the body the critic is of (but "members of
			// the party who ...": the party's, as the party acts)
			k -= 2
		}
		if h := personOfBody(doc, units, k); h >= 0 && (doc.Tokens[units[j].a].Lower == "who" || doc.Tokens[units[j].a].Lower == "whom") {
			// "X of the Civic Union, who lost to Y": the person
			return []Arg{r.arg(st, &units[h])}
		}
		if h := r.partOfApposition(st, k); h >= 0 && doc.Tokens[units[j].a].Lower == "who" {
			// "A and B, two of the directors who voted to remove him": the
			// named members
			return r.namesEnding(st, h)
		}
		if k >= 0 && k == j-2 && doc.Tokens[units[j].a].Lower == "which" && units[k].ent >= 0 && doc.Entities[units[k].ent].Type == schema.Person {
			if p := r.reducedAgentHead(st, k); p >= 0 {
				// "the party, led by X, which boycotted the vote": "which"
				// is the party, never the person who leads it
				return r.namesEnding(st, p)
			}
		}
		if k >= 0 && units[k].kind == uNP && doc.Tokens[units[j].a].Lower == "which" && !doc.presplit && doc.Tokens[v.head].Tag != "VBZ" {
			// "talks between A and B, which began in May": the talks (not
			// "tension between A and B, which backs ...": B)
			if e := betweenEvent(st, k); e != k {
				if _, ok := r.lex.events[doc.Tokens[units[e].head].Lower]; ok {
					k = e
				}
			}
		}
		if k >= 0 && k == j-1 && units[k].kind == uNP && units[k].ent < 0 && !doc.presplit {
			if names := r.namedAfterCopula(st, k, vi); names != nil {
				// "The other embassies that signed the statement were
				// those of Pelonia, Daria and Norway": each named one
				return names
			}
		}
		if k >= 0 && units[k].kind == uNP {
			if units[k].ent < 0 && k-2 >= 0 && units[k-1].kind == uComma && units[k-2].kind == uNP && units[k-2].ent >= 0 && (!r.partitive(st, &units[k]) || k+1 == j && doc.Tokens[units[k].a].Lower == "a") {
				// ("X, a lobby group which ...": a partitive noun with no
				// "of" is the apposition's head)
				// "X, Peru's top adviser, who met Y": X
				return []Arg{r.arg(st, &units[k-2])}
			}
			if list := r.coordinatedAntecedent(st, k, j, vi); list != nil {
				return list
			}
			return []Arg{r.arg(st, &units[k])}
		}
		return nil
	case uNP:
		if units[j].quoted != doc.Tokens[v.head].Quote && !doc.Tokens[v.head].Quote {
			// a noun phrase inside the quotation is not the subject of
			// the attribution verb
			return nil
		}
		rj := j // "generals who had confined him to his house met X": past the object's PPs
		for rj-2 >= 0 && units[rj-1].kind == uP && units[rj-2].kind == uNP && doc.Tokens[units[rj-1].a].Lower != "of" && !doc.presplit {
			rj -= 2
		}
		if rj != j && !(rj-3 >= 0 && units[rj-1].kind == uVG && units[rj-2].kind == uWH) {
			rj = j
		}
		if rj-3 >= 0 && units[rj-1].kind == uVG && units[rj-2].kind == uWH && units[rj-3].kind == uNP && doc.Tokens[units[rj-2].a].Lower != "what" && !units[rj-3].quoted {
			// "suppliers who opposed the deal filed a lawsuit": the noun
			// before a restrictive relative clause, not its object
			k := rj - 3
			for k-2 >= 0 && units[k-1].kind == uP && units[k-2].kind == uNP && doc.Tokens[units[k-1].a].Lower != "of" {
				k -= 2
			}
			if k-2 >= 0 && units[k-1].kind == uP && doc.Tokens[units[k-1].a].Lower == "of" && r.partitive(st, &units[k-2]) {
				return []Arg{r.arg(st, &units[k])} // "a group of suppliers who ...": the suppliers
			}
			return []Arg{r.arg(st, &units[k])}
		}
		// walk back over a PP chain or an apposition to the head NP
		k := j
		for {
			for k-2 >= 0 && units[k-1].kind == uP && units[k-2].kind == uNP {
				if r.partitive(st, &units[k-2]) && doc.Tokens[units[k-1].a].Lower == "of" {
					// "a group of five MPs said": the MPs
					break
				}
				if timeLinks[doc.Tokens[units[k-1].a].Lower] && r.isTime(st, &units[k-2]) && !doc.presplit {
					// "came eight days after the judge of the court threw
					// out the charges": a clause after a length of time
					break
				}
				k -= 2
			}
			if k-3 >= 0 && units[k-1].kind == uVG && units[k-2].kind == uTo && units[k-3].kind == uNP && units[k-3].poss >= 0 && intentNouns[doc.Tokens[units[k-3].head].Lower] != 0 && !doc.presplit {
				k -= 3 // "Chile's decision to expel X angered Y": the decision
				continue
			}
			// "A decision by X to move to Lima surprised ...", "those
			// living in Lima voted": the object of a preposition after a
			// non-finite verb inside the subject is not the subject
			vg := k - 2
			// (past the verb's own object and adverbs: "An attempt to
			// transfer it formally to the ministry was struck down")
			for n := 0; n < 2 && vg > 0 && units[k-1].kind == uP && (units[vg].kind == uAdv || units[vg].kind == uNP && units[vg-1].kind != uP); n++ {
				vg--
			}
			if vg < 0 || units[k-1].kind != uP || units[vg].kind != uVG || !nonFinite(st, vg) {
				break
			}
			m := vg - 1
			if m >= 0 && units[m].kind == uTo {
				m--
			}
			if m < 0 || units[m].kind != uNP {
				break
			}
			k = m
		}
		if u := &units[k]; k-1 >= 0 && u.b == u.a+1 && doc.Tokens[u.a].Tag == "JJ" && units[k-1].kind == uNP && units[k-1].ent < 0 && k+2 <= j && units[k+1].kind == uP && !doc.presplit {
			// "Sources close to the talks said": an adjective with its
			// complement after a noun modifies that noun; "Militias loyal
			// to X attacked": those loyal to a named side fight for it
			if loyalAdjs[doc.Tokens[u.a].Lower] && units[k+2].ent >= 0 && doc.Tokens[units[k-1].head].Tag == "NNS" {
				return []Arg{r.arg(st, &units[k+2])}
			}
			k--
		}
		if k-4 >= 0 && units[k-1].kind == uComma && units[k-2].kind == uNP && units[k-3].kind == uComma && units[k-4].kind == uNP {
			_ = k
		}
		// "The fact that X bought Y angered Z", "X's demand that Y quit
		// the board angered Z": the noun before "that" is the subject,
		// not the clause's object
		if vg := k - 1; vg >= 0 {
			if units[vg].kind == uP {
				vg--
			}
			if vg-3 >= 0 && units[vg].kind == uVG && units[vg-1].kind == uNP && units[vg-2].kind == uSub && doc.Tokens[units[vg-2].a].Lower == "that" &&
				units[vg-3].kind == uNP && thatNouns(doc.Tokens[units[vg-3].head].Lower) && units[vg-3].quoted == units[k].quoted {
				return []Arg{r.arg(st, &units[vg-3])}
			}
		}
		if k < j && k-2 >= 0 && units[k].ent < 0 && units[k].poss < 0 && units[k-1].kind == uComma && units[k-2].kind == uNP && units[k-2].ent >= 0 &&
			doc.Entities[units[k-2].ent].Type == schema.Person && r.lex.roles[r.lex.nounLemma(doc.Tokens[units[k].head].Lower)] && !doc.presplit &&
			(k-3 < 0 || units[k-3].kind == uQuote || units[k-3].kind == uComma || units[k-3].kind == uSub) {
			// "Anais Faraj, an analyst at Nomura told the BBC": an
			// apposition whose closing comma is missing
			return []Arg{r.arg(st, &units[k-2])}
		}
		h := k - 3 // the noun phrase before "along with"
		if h >= 1 && coMarker(doc, units, h) == k {
			h-- // before "as well as"
		}
		if k == j && h >= 0 && coMarker(doc, units, h+1) == k && units[h].kind == uNP && units[h].ent >= 0 && !units[h].quoted && units[k].ent >= 0 && !doc.presplit {
			// "Velmora along with Ostria condemned Tarnland", "Velmora as
			// well as Ostria condemned Tarnland": each
			return []Arg{r.arg(st, &units[h]), r.arg(st, &units[k])}
		}
		if c := k - 3; k == j && c-1 >= 0 && units[k-1].kind == uP && doc.Tokens[units[k-1].a].Lower == "of" && r.partitive(st, &units[k-2]) &&
			units[c].kind == uCC && doc.Tokens[units[c].a].Lower == "and" && units[c-1].kind == uNP && !units[c-1].quoted && !doc.presplit {
			// "Ostria and a group of Karst rebels attacked Brelland",
			// "several allies and a handful of dissidents defected": the
			// conjuncts before the partitive act too (not a noun's own
			// phrase: "The reform of pensions and a group of ...")
			b := c - 1
			for b-2 >= 0 && units[b-1].kind == uComma && units[b-2].kind == uNP && units[b-2].ent >= 0 && units[b].ent >= 0 {
				b -= 2
			}
			if list, end := r.npList(st, b); end == k-1 && len(list) >= 2 && (b == 0 || units[b-1].kind != uP || timeClauses[doc.Tokens[units[b-1].a].Lower]) {
				return append(list[:len(list)-1:len(list)-1], r.arg(st, &units[k]))
			}
		}
		// coordination: "Steve and Yuri discussed"
		// ("Anna Berg of Sweden and Jonas Lind of Norway met": the
		// people, each with a country)
		start := k
		for start-2 >= 0 && units[start-1].kind == uCC && units[start-2].kind == uNP && (doc.Tokens[units[start-1].a].Lower == "and" || doc.Tokens[units[start-1].a].Lower == "nor") {
			start -= 2
			if start-2 >= 0 && r.pastHomeCountry(st, start-2) == start+1 {
				start -= 2
			}
		}
		if start != k {
			// "Brazil, Chile and Peru signed": the names before commas too
			for start-2 >= 0 && units[start-1].kind == uComma && units[start-2].kind == uNP && units[start-2].ent >= 0 && units[start].ent >= 0 {
				c := start - 2
				if c-2 >= 0 && r.pastHomeCountry(st, c-2) == start-1 {
					c -= 2
				}
				if c-1 >= 0 && (units[c-1].kind == uP || units[c-1].kind == uVG || units[c-1].kind == uSub) {
					if b := c - 2; b >= 0 && units[b].kind == uNP && units[b].ent == units[c].ent && bodyOfState(doc, &units[b]) == units[b].ent {
						start = b // "The governments of A, B and C condemned": each
					}
					break
				}
				start = c
			}
		}
		if b := start - 2; start != k && b >= 0 && units[start-1].kind == uP && units[b].kind == uNP && units[b].ent >= 0 && units[b].ent == units[start].ent && bodyOfState(doc, &units[b]) == units[b].ent {
			start = b // "The governments of A and B condemned": each
		}
		if start != k && start-2 >= 0 && units[start-1].kind == uP && units[start-2].kind == uNP {
			switch doc.Tokens[units[start-1].a].Lower {
			case "between", "with", "against", "on", "by":
				// "Talks between X and Y broke down": the talks
				return []Arg{r.arg(st, &units[start-2])}
			case "in", "across", "near", "around", "outside", "throughout":
				if !doc.presplit {
					// "The walkout at sites in Quezon City and Cebu was
					// called by X": places in a phrase are where, the
					// phrase's head is the subject
					h := start - 2
					for h-2 >= 0 && units[h-1].kind == uP && units[h-2].kind == uNP && doc.Tokens[units[h-1].a].Lower != "of" {
						h -= 2
					}
					return []Arg{r.arg(st, &units[h])}
				}
			}
		}
		if start != k || k == j && len(nationsSharing(doc, &units[k])) >= 2 {
			list, _ := r.npList(st, start) // ("The Danish and German governments said": each)
			return list
		}
		a := r.arg(st, &units[k])
		if a.Entity < 0 && a.Poss < 0 && stateAgents[doc.Tokens[units[k].head].Lower] && k+2 <= j && units[k+1].kind == uP && !doc.presplit &&
			(doc.Tokens[units[k+1].a].Lower == "in" || doc.Tokens[units[k+1].a].Lower == "from") && units[k+2].ent >= 0 {
			// "Officials in Bamako have accused ...": the state they serve
			if e := r.stateOf(st, units[k+2].ent); e >= 0 {
				a.Entity = e
			}
		}
		if a.Entity < 0 && a.Poss < 0 && staffNouns[doc.Tokens[units[k].head].Lower] && k+2 <= j && units[k+1].kind == uP && doc.Tokens[units[k+1].a].Lower == "at" &&
			units[k+2].ent >= 0 && units[k+2].ent != units[k+2].poss && st.doc.Entities[units[k+2].ent].Type == schema.Organization && !doc.presplit {
			// "Analysts at Acme Bank cut their rating", "Officials at the
			// ministry rejected": the staff act for the body they work at
			a.Entity = units[k+2].ent
		}
		if e := boardOf(st, k); a.Entity < 0 && a.Poss < 0 && k+2 <= j && e >= 0 {
			a.Entity = e // "The board of Acme voted": the company acts
		}
		if !doc.presplit && j-2 >= k && units[j-1].kind == uP && r.isTime(st, &units[j]) {
			j -= 2 // "The regulator on Thursday blocked": the time is no part of the subject
		}
		if a.Entity < 0 && a.Poss < 0 && k+2 <= j && !doc.presplit && groupNoun(doc.Tokens[units[k].head].Lower) && units[k+1].kind == uP &&
			groupPreps[doc.Tokens[units[k+1].a].Lower] && namesBetween(st, units[k+2].a, units[k+2].b) && memberBody(doc, a) < 0 &&
			!(doc.Tokens[units[k+1].a].Lower == "in" && doc.Tokens[units[k].head].Tag == "NNS" && units[k+2].ent >= 0 && units[k+2].poss < 0 && (doc.Entities[units[k+2].ent].Type == schema.Location || doc.Entities[units[k+2].ent].Type == schema.Country)) {
			// "Nineteen members of the ruling Civic Harmony Party voted",
			// "Lawyers for Brannock Mills argued", "A source in Brisk's
			// office said": the phrase as written names the group by the
			// body or office it belongs to (the body's own people act as
			// the body: memberBody); not a place a group is in
			// ("lawmakers in Tarsa" may be its opposition), though one
			// who speaks is named by it ("a police spokesman in Tarsa")
			a.Span.End = doc.Tokens[units[j].b-1].Span.End
			a.Text = doc.Text[a.Span.Start:a.Span.End]
		}
		if doc.presplit && k < j || k < j && a.Entity < 0 && a.Poss < 0 && !namesBetween(st, units[k].b, units[j].b) {
			// open extraction keeps the whole noun phrase: "Competition in
			// the sale of bikes is heating up"; so does a phrase that
			// names nothing ("the meeting on Palestinian reform")
			a.Span.End = doc.Tokens[units[j].b-1].Span.End
			a.Text = doc.Text[a.Span.Start:a.Span.End]
		}
		return []Arg{a}
	case uComma:
		// "Senegal, along with Ivory Coast, pledged troops": each (so
		// "Velmora, together with Ostria and Brelland, left the bloc",
		// "Velmora, as well as Ostria, condemned Tarnland")
		q := j - 3
		for q > 2 && coMarker(doc, units, q) < 0 && units[q].kind != uVG && units[q].kind != uSub && units[q].kind != uWH && units[q].kind != uQuote && !doc.presplit {
			q--
		}
		if n := coMarker(doc, units, q); q >= 2 && n >= 0 && units[q-1].kind == uComma && units[q-2].kind == uNP && units[q-2].ent >= 0 && !units[q-2].quoted {
			out := []Arg{r.arg(st, &units[q-2])}
			list, end := r.npList(st, n)
			if end == j {
				for _, a := range list {
					if a.Entity >= 0 && !hasEntity(out, a.Entity) {
						out = append(out, a)
					}
				}
				return out
			}
		}
		// "X, which is owned by Y, sued Z", "X, who met Y in Lima, said":
		// the noun phrase before the relative clause
		skipped := false
		for k := j - 1; k >= 2; k-- {
			if units[k].kind == uComma && k == j-2 && units[k-1].kind == uNP && units[k+1].kind == uNP && (units[k-1].ent >= 0) != (units[k+1].ent >= 0) && !doc.presplit {
				// "X, drafted by the party's leader, Y, condemned Z": a
				// named apposition ends the reduced relative, the verb's
				// subject is X (but "X, whose leader, Y, said": the leader)
				skipped = true
				continue
			}
			if skipped && units[k].kind == uWH && doc.Tokens[units[k].a].Lower == "whose" {
				break
			}
			if units[k].kind == uQuote && scareMark(st, &units[k]) {
				continue // 'X, which called Y a "Trojan horse" in May, said'
			}
			if units[k].kind == uComma || units[k].kind == uQuote || units[k].kind == uDash {
				break
			}
			if units[k].kind == uSub && !whBefore(doc, units, k) {
				break
			}
			participle := units[k].kind == uVG && !units[k].aux && (doc.Tokens[units[k].head].Tag == "VBG" || doc.Tokens[units[k].head].Tag == "VBN")
			if units[k].kind == uWH && k-4 >= 0 && units[k-1].kind == uP && units[k-2].kind == uNP && units[k-2].ent < 0 && units[k-3].kind == uComma && units[k-4].kind == uNP && units[k-4].ent >= 0 && !units[k-4].quoted {
				// "X, the regional bloc to which all three belong, urged": X
				return []Arg{r.arg(st, &units[k-4])}
			}
			if h := r.partOfApposition(st, k-1); units[k].kind == uWH && doc.Tokens[units[k].a].Lower == "who" && h >= 0 {
				// "A and B, two of the directors who voted against him,
				// are leaving": each
				return r.namesEnding(st, h)
			}
			if units[k].kind == uWH && doc.Tokens[units[k].a].Lower != "what" && k-3 >= 0 && units[k-1].kind == uNP && units[k-1].ent < 0 && units[k-2].kind == uComma && units[k-3].kind == uNP && units[k-3].ent >= 0 && !units[k-3].quoted {
				// "X, a lobby group which represents Y, said": X
				return []Arg{r.arg(st, &units[k-3])}
			}
			if participle && k-3 >= 0 && units[k-1].kind == uNP && units[k-1].ent < 0 && units[k-2].kind == uComma && units[k-3].kind == uNP && units[k-3].ent >= 0 && !units[k-3].quoted {
				// "X, a diplomat sent to the region last week, met Y": X
				// ("A and B, both run by soldiers, were suspended": each)
				return r.namesEnding(st, k-3)
			}
			if units[k].kind == uWH && units[k-1].kind == uP && k-3 >= 0 && units[k-2].kind == uComma && units[k-3].kind == uNP && doc.Tokens[units[k].a].Lower != "what" {
				// "X, with whom he has two children, called", "X, in
				// which the fund holds a stake, sued": the relative
				// clause opens with its preposition
				k--
			}
			if (units[k].kind == uWH && doc.Tokens[units[k].a].Lower != "what" || participle || units[k].kind == uP && units[k+1].kind == uWH) && units[k-1].kind == uComma && units[k-2].kind == uNP {
				// "X, speaking in Madrid, said", "X, based in Lima, bought"
				h := k - 2
				if units[h].ent < 0 {
					// "X, Russia's top aide, who ..., said"
					for h-2 >= 0 && units[h-1].kind == uP && units[h-2].kind == uNP {
						h -= 2
					}
					if h-2 >= 0 && units[h-1].kind == uComma && units[h-2].kind == uNP && units[h-2].ent >= 0 {
						h -= 2
					}
				} else if p := appositionOf(doc, units, h); p >= 0 {
					h = p // "X, the governor of Y, whose state ..., said": X
				} else if p := personOfBody(doc, units, h); p >= 0 && doc.Tokens[units[k].a].Lower == "who" {
					h = p // "X of the Civic Union, who lost in 2012, leads": X
				}
				if p := r.reducedAgentHead(st, h); p >= 0 {
					// "Directors appointed by X, which owns 27% of Y,
					// voted", "X, led by Y, which boycotted the vote,
					// said": the phrase the participle describes
					return r.namesEnding(st, p)
				}
				if !units[h].quoted || doc.Tokens[v.head].Quote {
					return r.namesEnding(st, h) // "Kenya and Tanzania, which both claim the island, signed": each
				}
				break
			}
		}
		// "X, the party's founder and its biggest donor, said": X
		if h := coordinatedApposition(st, j); h >= 0 {
			return []Arg{r.arg(st, &units[h])}
		}
		// "X, a critic of the talks, said": walk the apposition's PP chain
		if a := j - 1; a-2 >= 0 && units[a].kind == uNP && units[a-1].kind == uP {
			h := a
			for h-2 >= 0 && units[h-1].kind == uP && units[h-2].kind == uNP {
				h -= 2
			}
			if h-2 >= 0 && units[h-1].kind == uComma && units[h-2].kind == uNP && units[h-2].ent >= 0 && !units[h].quoted {
				if w := h - 4; w >= 0 && units[w+1].kind == uP && units[w].kind == uNP && units[w].ent < 0 && workerNouns[toLower(doc.Tokens[units[w].head].Text)] && !doc.presplit {
					// "900 workers at Corlan Steel, one of the largest
					// steelmakers, walked out": the workers, not the
					// employer the apposition describes
					return []Arg{r.arg(st, &units[w])}
				}
				if d := descriptionHead(st, h-2); units[h].ent >= 0 && doc.Entities[units[h].ent].Type == schema.Person && d >= 0 {
					// "The opposition leader in the Senate, X of the
					// party, accused": the name the description introduces
					return []Arg{r.arg(st, &units[h])}
				}
				return r.namesEnding(st, h-2) // "A and B, two of its founders, sold": each
			}
			if p := h - 1; p-2 >= 0 && units[p].kind == uP && units[p-1].kind == uComma && units[p-2].kind == uNP && units[p-2].ent >= 0 && !units[p-2].quoted &&
				(doc.Tokens[units[p].a].Lower != "of" || doc.Entities[units[p-2].ent].Type == schema.Person && units[h].ent >= 0) &&
				!r.isTime(st, &units[h]) && (p-3 < 0 || units[p-3].kind == uSub || units[p-3].kind == uQuote) {
				// "X, in a radio interview, urged Y", "X, in a post on
				// social media, said": a prepositional phrase (with its
				// own PPs) set off by commas after the clause's opening
				// name (not "dismissed X, on Monday, bringing down": a
				// time after an object); so is the body a named person
				// belongs to ("Ivo Marek, of the Reform League, urged Y")
				return []Arg{r.arg(st, &units[p-2])}
			}
		}
		// "Several countries, including France and Spain, backed", "Ten
		// states, among them France and Spain, voted": the group and its
		// named members
		for k := j - 1; k >= 2 && units[k].kind != uComma && units[k].kind != uVG; k-- {
			if units[k].kind == uP && k+1 < len(units) && includedAt(st, k-1) > 0 && units[k-2].kind == uNP {
				if list, end := r.npList(st, k-2); end >= j-1 {
					return list
				}
				break
			}
		}
		// "Two senators, X and Y, wrote": the names in apposition to a
		// plural description, which may have its own prepositional
		// phrases ("Two senators from Ohio, X and Y, wrote")
		if e := j - 1; e-4 >= 0 && units[e].kind == uNP && units[e].ent >= 0 && units[e-1].kind == uCC && doc.Tokens[units[e-1].a].Lower == "and" {
			s := e - 2
			for s-2 >= 0 && units[s].kind == uNP && units[s].ent >= 0 && units[s-1].kind == uComma && units[s-2].kind == uNP && units[s-2].ent >= 0 {
				s -= 2
			}
			if s+2 < e && s-1 >= 0 && units[s-1].kind == uP {
				s += 2 // the place of "from Ohio, X and Y" is the description's
			}
			d := s - 2
			for d-2 >= 0 && units[d].kind == uNP && units[d-1].kind == uP && units[d-2].kind == uNP {
				d -= 2
			}
			if units[s].kind == uNP && units[s].ent >= 0 && d >= 0 && units[s-1].kind == uComma && units[d].kind == uNP && units[d].ent < 0 &&
				doc.Tokens[units[d].head].Tag == "NNS" && !units[d].quoted {
				if list, end := r.npList(st, s); end == e+1 {
					return list
				}
			}
		}
		// "X, Russia's aide, said" — apposition before the verb (not
		// "marched in X, the second city, accusing Y": a participle after
		// a preposition's or verb's object and its apposition is the
		// clause's, below)
		if j-3 >= 0 && units[j-1].kind == uNP && units[j-2].kind == uComma && units[j-3].kind == uNP && !units[j-1].quoted &&
			!(doc.Tokens[v.head].Tag == "VBG" && !v.aux && j-4 >= 0 && (units[j-4].kind == uP || units[j-4].kind == uVG) && !doc.presplit) {
			agent := j - 3
			for agent-2 >= 0 && units[agent-1].kind == uP && units[agent-2].kind == uNP {
				agent -= 2
			}
			if p := r.reducedAgentHead(st, agent); p >= 0 {
				// "An arbitration panel set up by the Council, a state
				// body, ordered", "A faction led by a former captain, X,
				// rejected": the phrase the participle describes, not
				// its agent or the agent's apposition
				return r.namesEnding(st, p)
			}
			if units[j-3].ent >= 0 && units[j-3].ent == units[j-3].poss && units[j-1].ent >= 0 && units[j-1].ent != units[j-3].ent && doc.Entities[units[j-1].ent].Type == schema.Organization {
				// "China's market regulator, the State Administration for
				// Market Regulation, fined": the body named, not its country
				return []Arg{r.arg(st, &units[j-1])}
			}
			if units[j-3].ent < 0 && units[j-1].ent >= 0 {
				// "A spokeswoman for the ministry, Liu Fang, said"
				named := r.arg(st, &units[j-1])
				if c := j - 5; c >= 0 && units[c+1].kind == uCC && doc.Tokens[units[c+1].a].Lower == "and" && units[c].kind == uNP && units[c].ent >= 0 && units[c].ent != units[j-1].ent && !units[c].quoted &&
					(c == 0 || units[c-1].kind != uP && units[c-1].kind != uVG) {
					// "X and his Tajik counterpart, Y, signed": both
					return []Arg{r.arg(st, &units[c]), named}
				}
				return []Arg{named}
			}
			head := j - 3
			for head-2 >= 0 && units[head-1].kind == uP && units[head-2].kind == uNP {
				head -= 2
			}
			if units[head].ent < 0 && units[j-1].ent >= 0 {
				return []Arg{r.arg(st, &units[j-1])}
			}
			if start := head - 2; start >= 0 && units[head-1].kind == uCC && doc.Tokens[units[head-1].a].Lower == "and" && units[start].kind == uNP && units[start].ent >= 0 && units[head].ent >= 0 {
				// "Croatia and Slovenia, both EU members, backed": each
				for start-2 >= 0 && units[start-1].kind == uComma && units[start-2].kind == uNP && units[start-2].ent >= 0 {
					start -= 2
				}
				if list, end := r.npList(st, start); end == head+1 {
					return list
				}
			}
			return []Arg{r.arg(st, &units[head])}
		}
		if j-1 >= 0 && units[j-1].kind == uNP && j-2 >= 0 && units[j-2].kind == uP {
			// "X, officials in Y, said" falls through
		}
		fallthrough
	case uCC:
		// participle or coordinated verb: share the previous verb's subject
		if doc.Tokens[v.head].Tag == "VBG" || units[j].kind == uCC || doc.Tokens[v.head].Tag == "VBD" || doc.Tokens[v.head].Tag == "VBZ" || units[j].kind == uComma && (v.aux || v.modal) {
			for k := j - 1; k >= 0; k-- {
				if h := &doc.Tokens[units[k].head]; units[j].kind == uCC && units[k].kind == uVG && k-2 >= 0 && h.Lower == h.Lemma && doc.Tokens[v.head].Lower != doc.Tokens[v.head].Lemma &&
					units[k].a == units[k].head && units[k-1].kind == uNP && units[k-2].kind == uVG && bareCausatives[doc.Tokens[units[k-2].head].Lemma] && !doc.presplit {
					// "gave X a day to make sure banks cut off Y, and ordered Z":
					// a past form does not join the bare infinitive after "make"
					// or "let" and its object, but the verb that governs them
					k -= 2
				}
				if units[k].kind == uVG && units[j].kind == uCC && j-1 >= 0 && units[j-1].kind == uComma && !doc.presplit {
					if w := relativeOpen(units, k); w >= 2 && units[w-1].kind == uComma {
						// "ordered the ministry to release X, who was
						// arrested last week, and barred ...": past the
						// relative clause set off by commas
						k = w - 1
						continue
					}
				}
				if units[k].kind == uVG {
					if units[j].kind == uComma && doc.Tokens[v.head].Tag != "VBG" {
						if m := seriesVerb(st, vi, k); m >= 0 {
							// "X fined A, paid B and sued C": a middle
							// member of a series of verb phrases, said
							// or supposed as the first is
							if mc, ok := st.ctx[m]; ok {
								if _, set := st.ctx[vi]; !set {
									st.ctx[vi] = clauseCtx{modality: mc.modality, conf: mc.conf}
								}
							}
							return r.subject(st, m)
						}
						break
					}
					if u := &units[k]; (units[j].kind == uComma || units[j].kind == uCC) && !u.aux && doc.Tokens[u.head].Tag == "VBN" && k > 0 && units[k-1].kind == uNP &&
						!(units[j].kind == uComma && takesObject(st, k, j) && !r.isTime(st, &units[k+1])) {
						// "after talks hosted by X, ending ...", "said the
						// sentence had to reflect the damage done to public
						// trust, and rejected": a reduced relative is no
						// clause of its own (but "Hours later, the regional
						// government expelled two envoys, calling ...": a
						// past verb the tagger read as a participle has an
						// object)
						continue
					}
					if units[j].kind == uCC {
						if m := r.speakerVerb(st, k, v); m >= 0 {
							return r.subject(st, m)
						}
						if nonFinite(st, k) {
							// "fined X for using Y to shore up Z, and ordered",
							// "fined X for forcing Y to use Z, and barred":
							// the finite verb the non-finite chain hangs from,
							// not the infinitive's controller
							if m := finiteBefore(st, vi, joinedTag(doc, &units[k], v)); m >= 0 {
								if sj := r.subject(st, m); len(sj) > 0 {
									return r.unboundSubject(st, vi, m, sj)
								}
							}
							if sj := r.subject(st, k); len(sj) > 0 {
								return r.unboundSubject(st, vi, k, sj)
							}
						}
						return r.unboundSubject(st, vi, k, r.subject(st, k))
					}
					if units[j].kind == uComma {
						// "X ordered Y to leave, accusing them of ...": the
						// adjunct shares the main clause's subject, not the
						// infinitive's
						for n := 0; n < 4; n++ {
							m, ok := st.matrix[k]
							if !ok {
								break
							}
							k = m
						}
					}
					return r.subject(st, k)
				}
				if units[k].kind == uSub || units[k].kind == uQuote && units[j].kind == uComma {
					break
				}
			}
		}
	}
	return nil
}

// reducedAgentHead returns, for the noun phrase h that is the agent of a
// reduced relative ("An arbitration panel set up by [the Council]", "The
// rebels, led by [Y]"), the noun phrase the participle describes, walked
// back over its own prepositional phrases ("A panel of five judges led by
// X"; a partitive keeps its members: "a group of investors led by X"); -1
// when h is no such agent. A clause's verb after the agent's apposition or
// relative clause ("A faction led by a former captain, X, rejected", "The
// party, led by X, which boycotted the vote, said") has that phrase as its
// subject, never the agent inside it.
func (r *RelationStage) reducedAgentHead(st *sentState, h int) int {
	units, doc := st.units, st.doc
	if doc.presplit || h-3 < 0 || units[h].kind != uNP || units[h-1].kind != uP || doc.Tokens[units[h-1].a].Lower != "by" {
		return -1
	}
	v := h - 2
	if units[v].kind != uVG || !nonFinite(st, v) || doc.Tokens[units[v].head].Tag != "VBN" {
		return -1
	}
	k := v - 1
	if units[k].kind == uComma && k-1 >= 0 {
		k--
	}
	if units[k].kind != uNP || units[k].quoted {
		return -1
	}
	for k-2 >= 0 && units[k-1].kind == uP && units[k-2].kind == uNP {
		if doc.Tokens[units[k-1].a].Lower == "of" && r.partitive(st, &units[k-2]) {
			break
		}
		k -= 2
	}
	return k
}

// coordinatedAntecedent returns, for a relative pronoun at unit j after a
// comma whose noun phrase k ends a list of names opening the sentence or
// a clause ("Cuba and Norway, which mediated the talks,", "A, B and C,
// who sued Y,"), each name of the list; nil when the list stands after a
// preposition or verb ("sanctions on A and B, which ..."), when k is no
// name, or when the relative verb is singular ("A and B, which has ...":
// the last one only).
func (r *RelationStage) coordinatedAntecedent(st *sentState, k, j, vi int) []Arg {
	units, doc := st.units, st.doc
	if doc.presplit || k != j-2 || units[j-1].kind != uComma || units[k].ent < 0 || units[k].poss >= 0 {
		return nil
	}
	w := doc.Tokens[units[j].a].Lower
	if w != "which" && w != "who" || doc.Tokens[units[vi].a].Tag == "VBZ" || k-2 < 0 ||
		units[k-1].kind != uCC || doc.Tokens[units[k-1].a].Text != "and" || units[k-2].kind != uNP || units[k-2].ent < 0 || units[k-2].ent == units[k].ent {
		return nil
	}
	start := k - 2
	for start-2 >= 0 && units[start-1].kind == uComma && units[start-2].kind == uNP && units[start-2].ent >= 0 {
		start -= 2
	}
	if start > 0 && units[start-1].kind != uComma && units[start-1].kind != uSub {
		return nil
	}
	if start > 0 && units[start-1].kind == uComma && start-2 >= 0 && units[start-2].kind == uNP && !(start == 3 && units[0].kind == uP && r.isTime(st, &units[1])) {
		return nil // "X, A and B, which": an apposition or a longer list (not "On Monday, A and B, which")
	}
	list, end := r.npList(st, start)
	if end != k+1 || len(list) < 2 {
		return nil
	}
	return list
}

// timeShares name a share of a length of time ("much of the year").
var timeShares = map[string]bool{"much": true, "most": true, "part": true, "all": true, "half": true, "some": true}

// takesObject reports whether verb unit k has a direct object that is no
// name, then only prepositional phrases, up to unit j ("expelled two
// envoys from Tarsk in retaliation,").
func takesObject(st *sentState, k, j int) bool {
	units := st.units
	if k+1 >= j || units[k+1].kind != uNP || units[k+1].ent >= 0 {
		return false
	}
	m := k + 2
	for m+1 < j && (units[m].kind == uComma || units[m].kind == uCC) && units[m+1].kind == uNP && units[m+1].ent < 0 {
		// "cut trade and travel links with X,", "shut ports, depots and
		// warehouses in Y,": a list of unnamed nouns is one object
		m += 2
	}
	for ; m < j; m += 2 {
		if m+1 >= j || units[m].kind != uP || units[m+1].kind != uNP {
			return false
		}
	}
	return true
}

// unboundSubject checks the subject sj that a verb vi coordinated after
// the clause of verb group k shares with it. A personal pronoun object
// cannot stand for the verb's own subject ("the court ruled that X had
// broken the law, and ordered him to repay it": not X ordered X); when it
// does, the conjunction joins the verb that governs k's clause, and its
// subject is the one shared.
func (r *RelationStage) unboundSubject(st *sentState, vi, k int, sj []Arg) []Arg {
	doc := st.doc
	units := st.units
	if vi+1 >= len(units) || units[vi+1].kind != uNP || units[vi+1].b-units[vi+1].a != 1 || doc.presplit {
		return sj
	}
	switch doc.Tokens[units[vi+1].a].Lower {
	case "him", "her", "them":
	default:
		return sj
	}
	o := r.arg(st, &units[vi+1])
	if o.Entity < 0 || !hasEntity(sj, o.Entity) {
		return sj
	}
	// "had broken the law by failing to repay it": from the non-finite
	// chain to the clause's finite verb
	for n := k - 1; nonFinite(st, k) && n >= 0; n-- {
		if u := units[n].kind; u == uSub || u == uWH || u == uComma || u == uCC || u == uQuote {
			return sj
		}
		if units[n].kind == uVG {
			k = n
		}
	}
	for k > 0 && (units[k-1].kind == uAdv || units[k-1].kind == uQuote) {
		k--
	}
	if k < 2 || units[k-1].kind != uNP {
		return sj
	}
	m := k - 2
	if units[m].kind == uSub && doc.Tokens[units[m].a].Lower == "that" {
		m--
	}
	// "ruled on Monday that": a time or place between the verb and its clause
	for m >= 1 && (units[m].kind == uNP && units[m-1].kind == uP || units[m].kind == uAdv) {
		if units[m].kind == uNP {
			m--
		}
		m--
	}
	if m < 0 || units[m].kind != uVG {
		return sj
	}
	lemma := doc.Tokens[units[m].head].Lemma
	if info, ok := r.lex.verbs[lemma]; !(ok && info.report || rulingVerbs[lemma]) || cognition[lemma] {
		return sj
	}
	if up := r.subject(st, m); len(up) > 0 && !hasEntity(up, o.Entity) {
		return up
	}
	return sj
}

// unnamedActors reports whether the noun phrase u, which names no
// entity, is a group of people or a body ("the soldiers", "the
// board"), not a thing or a pronoun.
func (r *RelationStage) unnamedActors(st *sentState, u *unit) bool {
	doc := st.doc
	if u.kind != uNP || u.ent >= 0 || doc.Tokens[u.a].Tag == "PRP" || u.head != u.b-1 {
		return false
	}
	h := doc.Tokens[u.head].Lower
	return r.lex.peopleNouns[h] || bodyNouns[h] || r.lex.roles[r.lex.nounLemma(h)]
}

// directedClause returns the verb group that directs the one at unit k
// when k is the verb of its "that" clause ("demanded that the minister
// resign", "urged that Zeta be barred"), -1 otherwise.
func directedClause(st *sentState, k int) int {
	units, doc := st.units, st.doc
	if doc.presplit || k < 3 || units[k-1].kind != uNP || units[k-2].kind != uSub || doc.Tokens[units[k-2].a].Lower != "that" || units[k-3].kind != uVG {
		return -1
	}
	if !directing[doc.Tokens[units[k-3].head].Lemma] {
		return -1
	}
	return k - 3
}

// personOfBody returns the named person before "of" whose body ends at
// unit k ("X of the Civic Union"), -1 when k ends no such phrase: a
// "who" after it is the person, not the body.
func personOfBody(doc *Document, units []unit, k int) int {
	if doc.presplit || k-2 < 0 || units[k].kind != uNP || units[k].ent < 0 || doc.Entities[units[k].ent].Type == schema.Person ||
		units[k-1].kind != uP || doc.Tokens[units[k-1].a].Lower != "of" || units[k-2].kind != uNP || units[k-2].ent < 0 ||
		doc.Entities[units[k-2].ent].Type != schema.Person || doc.TokMention[units[k-2].head] < 0 || doc.Mentions[doc.TokMention[units[k-2].head]].Kind != NameMention {
		return -1
	}
	return k - 2
}

// partOfApposition returns the named person that a partitive
// apposition ending at unit k describes ("A and B, two of the
// directors", "X, one of its founders"), -1 when there is none.
func (r *RelationStage) partOfApposition(st *sentState, k int) int {
	units := st.units
	if st.doc.presplit || k-4 < 0 || units[k].kind != uNP || units[k].ent >= 0 || units[k-1].kind != uP || st.doc.Tokens[units[k-1].a].Lower != "of" ||
		units[k-2].kind != uNP || units[k-2].ent >= 0 || !r.partitive(st, &units[k-2]) || units[k-3].kind != uComma ||
		units[k-4].kind != uNP || units[k-4].ent < 0 || units[k-4].quoted || st.doc.Entities[units[k-4].ent].Type != schema.Person {
		return -1
	}
	return k - 4
}

// coordinatedApposition returns the named noun phrase that opens a clause
// and is described by an apposition of two or more descriptions joined by
// "and", which ends at the comma unit j ("X, the party's founder and its
// biggest donor, said", "X, a former governor of Y and one of the
// president's allies, defended", "X, the leader of Y and the front-runner
// to succeed Z, demanded"), -1 otherwise. A list of names ("A, B and C,")
// is no apposition.
func coordinatedApposition(st *sentState, j int) int {
	doc, units := st.doc, st.units
	and := false
	k := j - 1
walk:
	for ; k >= 0; k-- {
		switch u := &units[k]; u.kind {
		case uNP, uP, uTo:
		case uCC:
			if doc.Tokens[u.a].Lower != "and" || k+1 >= j || units[k+1].kind != uNP && units[k+1].kind != uVG {
				return -1
			}
			and = true
		case uVG:
			// "the front-runner to succeed Z", "its main ally and
			// trading partner": a non-finite verb inside a description
			if !nonFinite(st, k) && doc.Tokens[u.head].Tag != "VB" {
				return -1
			}
		default:
			break walk
		}
	}
	if !and || k < 1 || units[k].kind != uComma || k+1 >= j || units[k+1].kind != uNP || units[k-1].kind != uNP {
		return -1
	}
	if d := &units[k+1]; d.ent >= 0 && d.ent != d.poss {
		return -1 // "A, B and C, ...": a list
	}
	n := &units[k-1]
	if n.ent < 0 || n.quoted {
		return -1
	}
	if k-2 >= 0 && units[k-2].kind != uSub && units[k-2].kind != uQuote && units[k-2].kind != uComma {
		return -1 // "met X, the A and B of Y, saying": an object
	}
	return k - 1
}

// relativeOpen returns the unit of the "who" or "which" that opens the
// relative clause verb group k belongs to (subject relative, or object
// relative with its own subject between), -1 when k opens no such clause.
func relativeOpen(units []unit, k int) int {
	switch {
	case k >= 1 && units[k-1].kind == uWH:
		return k - 1
	case k >= 2 && units[k-1].kind == uNP && units[k-2].kind == uWH:
		return k - 2
	}
	return -1
}

// lemma returns the predicate lemma of a verb group.
func (r *RelationStage) lemma(st *sentState, v *unit) string {
	return st.doc.Tokens[v.head].Lemma
}

func (r *RelationStage) predText(st *sentState, v *unit, prep int) string {
	doc := st.doc
	b := v.b
	a := v.a
	if doc.presplit {
		a = openPredStart(st, v)
	}
	if doc.presplit && prep >= b && prep-b <= 8 {
		// open extraction: the words up to the preposition belong to the
		// relation ("took a quick interest in")
		return doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[prep].Span.End]
	}
	text := doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[b-1].Span.End]
	if prep >= 2 && doc.Tokens[prep].Lower == "of" && doc.Tokens[prep-2].Lower == "in" && (doc.Tokens[prep-1].Lower == "favour" || doc.Tokens[prep-1].Lower == "favor") {
		return text + " " + doc.Text[doc.Tokens[prep-2].Span.Start:doc.Tokens[prep].Span.End] // "voted in favour of"
	}
	if prep >= 0 {
		text += " " + doc.Tokens[prep].Text
	}
	return text
}

// openPredStart returns where the open predicate of an infinitive starts:
// at its matrix verb when only adverbs and adjectives come between ("was
// able to control", "tries to woo"), else at the infinitive itself.
func openPredStart(st *sentState, v *unit) int {
	doc := st.doc
	for inner, m := range st.matrix {
		if st.units[inner].a != v.a {
			continue
		}
		mv := &st.units[m]
		if v.a-mv.b > 4 {
			return v.a
		}
		for t := mv.b; t < v.a; t++ {
			switch doc.Tokens[t].Tag {
			case "JJ", "RB", "TO":
			default:
				return v.a
			}
		}
		return mv.a
	}
	return v.a
}

func (r *RelationStage) baseCtx(st *sentState, vi int) clauseCtx {
	c, ok := st.ctx[vi]
	if !ok {
		c = clauseCtx{modality: schema.Asserted, conf: 1}
		if st.speaker >= 0 && st.doc.Tokens[st.units[vi].head].Quote {
			c.modality = schema.Reported
			c.conf = 0.85
		}
		// a clause opened by "if"/"unless"/"whether" is hypothetical
		for k := vi - 1; k >= 0; k-- {
			u := st.units[k]
			if u.kind == uVG || u.kind == uDash || u.kind == uColon || u.kind == uCC && k == vi-1 {
				// ("recognised the borders without exception, and
				// thanked X": a verb right after "and" opens its own
				// clause)
				break
			}
			if u.kind == uComma && k+1 < vi && st.units[k+1].kind == uP && st.doc.Tokens[st.units[k+1].a].Lower == "with" {
				// "broke up without agreement, with each side accusing
				// the other": an absolute phrase after a comma is outside
				// the scope
				break
			}
			if u.kind == uCC && k == vi-2 && st.units[vi-1].kind == uNP && k > 0 && st.units[k-1].kind == uComma {
				// "held migrants without support, and she accused X": so
				// does a clause with its own subject after ", and"
				break
			}
			if u.kind == uP && st.doc.Tokens[u.a].Lower == "without" {
				c.negated = true // "without the US having to give"
				break
			}
			if u.kind == uSub {
				switch st.doc.Tokens[u.a].Lower {
				case "if", "unless":
					c.modality = schema.Hypothetical
					c.conf *= 0.7
				case "whether":
					// an embedded question asserts nothing
					c.question = true
				}
				break
			}
		}
	}
	v := &st.units[vi]
	if v.negated {
		c.negated = !c.negated
	}
	if c.modality != schema.Hypothetical && subjunctive(st, vi) {
		// "suggested that Putin call him": a proposal, not a fact
		c.modality = schema.Hypothetical
		c.conf *= 0.75
	}
	if v.modal && c.modality != schema.Hypothetical && !continuing(st, vi) && !reportedStep(st, vi) {
		c.modality = schema.Hypothetical
		c.conf *= 0.75
	}
	if c.modality == schema.Asserted {
		for t := v.a; t < v.b; t++ {
			if w := st.doc.Tokens[t].Lower; w == "allegedly" || w == "reportedly" || w == "purportedly" {
				c.modality = schema.Reported // "allegedly bribed X": a claim
				c.conf *= 0.85
			}
		}
	}
	return c
}

// messageVerbs send a message to an addressee after "to" ("wrote to X",
// "appealed to X"); phoneVerbs to a bare object ("telephoned X").
var messageVerbs = map[string]bool{"write": true, "speak": true, "talk": true, "reply": true, "respond": true, "appeal": true, "complain": true}
var phoneVerbs = map[string]bool{"telephone": true, "phone": true, "email": true, "e-mail": true, "text": true}

// messageBefore returns the verb group of a message whose addressees end
// right before the bare gerund at vi ("wrote to A and to B proposing a
// meeting", "telephoned X urging calm"), -1 otherwise: the gerund says
// what the message says.
func messageBefore(st *sentState, vi int) int {
	units, doc := st.units, st.doc
	v := &units[vi]
	if doc.presplit || v.aux || doc.Tokens[v.head].Tag != "VBG" || vi < 2 || units[vi-1].kind != uNP {
		return -1
	}
	k := vi - 1
	if units[k].ent < 0 {
		return -1 // a named addressee (not "spoke to workers protesting outside")
	}
	for {
		if k-1 >= 0 && units[k-1].kind == uVG && phoneVerbs[doc.Tokens[units[k-1].head].Lemma] {
			return k - 1
		}
		if k-2 < 0 || units[k-1].kind != uP || doc.Tokens[units[k-1].a].Lower != "to" {
			return -1
		}
		if units[k-2].kind == uVG && messageVerbs[doc.Tokens[units[k-2].head].Lemma] {
			return k - 2
		}
		if k-3 < 0 || units[k-2].kind != uCC || doc.Tokens[units[k-2].a].Lower != "and" || units[k-3].kind != uNP {
			return -1
		}
		k -= 3 // "to A and to B"
	}
}

// mediumNouns head the means or occasion of a message ("by telephone",
// "on social media", "in a radio interview", "at a news conference").
var mediumNouns = map[string]bool{"telephone": true, "phone": true, "videolink": true, "video": true, "media": true, "interview": true,
	"conference": true, "briefing": true, "statement": true, "address": true, "post": true, "email": true, "e-mail": true, "tweet": true, "broadcast": true}

// mediumPreps put a medium noun after a verb of speech.
var mediumPreps = map[string]bool{"by": true, "on": true, "in": true, "at": true, "via": true, "over": true, "during": true}

// speechMedium reports whether object text, after the verb of speech
// lemma written ptext, is the medium the words went by ("spoke by
// telephone", "wrote on social media", "said in a statement").
func speechMedium(lemma, ptext, text string) bool {
	if !sayingVerbs[lemma] && lemma != "speak" && lemma != "talk" && lemma != "reply" && lemma != "respond" {
		return false
	}
	f := strings.Fields(ptext)
	return len(f) > 1 && mediumPreps[f[len(f)-1]] && mediumNouns[toLower(lastWord(text))]
}

// ownTense reports whether verb group v carries a tense of its own: a
// finite auxiliary first ("had informed", "has sent", "was told").
func ownTense(doc *Document, v *unit) bool {
	if !v.aux || v.modal {
		return false
	}
	switch doc.Tokens[v.a].Tag {
	case "VBD", "VBZ", "VBP":
		return auxLemma(doc.Tokens[v.a].Lemma)
	}
	return false
}

// continuing reports whether the verb group at vi is "continue" with an
// infinitive after a modal ("would continue to back X", "will continue to
// fund Y"), not negated: whatever the modal says of the future, the act
// goes on now.
func continuing(st *sentState, vi int) bool {
	v := &st.units[vi]
	return st.doc.Tokens[v.head].Lemma == "continue" && !v.negated && vi+2 < len(st.units) && st.units[vi+1].kind == uTo && st.units[vi+2].kind == uVG
}

// headedWays follow "head" when it moves its subject somewhere ("headed to
// Lima", "heading back", "headed for the exit") rather than leads.
var headedWays = map[string]bool{"to": true, "for": true, "towards": true, "toward": true, "into": true, "back": true, "home": true, "off": true}

// reportedStep reports whether the verb group at vi is a step with "will"
// or "would" that its reporter gives as news, not as a mere plan: an
// announced departure (announcedLeaving) or a step its actor says it will
// take (statedIntent).
func reportedStep(st *sentState, vi int) bool {
	k := stepSayer(st, vi)
	return k >= 0 && (announcedLeaving(st, vi, k) || statedIntent(st, vi, k))
}

// stepSayer returns the verb group that reports the step with "will" or
// "would" at vi, not negated ("announced on Thursday that she would ...",
// "said it will ..."), itself neither negated nor modal, with no "if" or
// "unless" in the sentence; -1 otherwise.
func stepSayer(st *sentState, vi int) int {
	units, doc := st.units, st.doc
	v := &units[vi]
	if doc.presplit || v.negated {
		return -1
	}
	if w := doc.Tokens[v.a].Lower; w != "will" && w != "would" {
		return -1
	}
	s := doc.Sentences[st.si]
	for t := s.First; t < s.Last; t++ {
		if w := doc.Tokens[t].Lower; w == "if" || w == "unless" {
			return -1 // "would resign if the bill passed"
		}
	}
	k := vi - 1
	if k >= 0 && units[k].kind == uNP {
		k--
	}
	if k >= 0 && units[k].kind == uSub && doc.Tokens[units[k].a].Lower == "that" {
		k--
	}
	for k >= 0 && units[k].kind == uNP && units[k].ent < 0 && timeWords[doc.Tokens[units[k].head].Lower] {
		k-- // "announced on Thursday that ...", "confirmed Monday he ..."
		if k >= 0 && units[k].kind == uP {
			k--
		}
	}
	if k < 0 || units[k].kind != uVG || units[k].negated || units[k].modal {
		return -1
	}
	return k
}

// announcedLeaving reports whether the step at vi, which the verb group k
// reports (stepSayer), leaves an office and k is "announced" or
// "confirmed" ("announced that she would step down as leader of the
// party", "confirmed he will resign"): the announcement of a departure is
// news of it.
func announcedLeaving(st *sentState, vi, k int) bool {
	doc := st.doc
	v := &st.units[vi]
	switch l := doc.Tokens[v.head].Lemma; {
	case l == "step":
		if v.prt < 0 || doc.Tokens[v.prt].Lower != "down" && doc.Tokens[v.prt].Lower != "aside" {
			return false
		}
	case l != "resign" && l != "retire" && l != "abdicate":
		return false
	}
	l := doc.Tokens[st.units[k].head].Lemma
	return l == "announce" || l == "confirm"
}

// statedIntent reports whether the step at vi, which the verb group k
// reports (stepSayer), is one its actor, named by a pronoun, says it will
// take ("said it would comply with the ruling", "announced that they will
// ask the court to ..."): news as it is reported. "would have" (what did
// not happen) and another's step ("said the firm would appeal") stay
// open.
func statedIntent(st *sentState, vi, k int) bool {
	units, doc := st.units, st.doc
	v := &units[vi]
	if v.b-v.a > 1 && doc.Tokens[v.a+1].Lower == "have" {
		return false
	}
	if vi < 1 || units[vi-1].kind != uNP || doc.Tokens[units[vi-1].a].Tag != "PRP" {
		return false
	}
	return intentSayers[doc.Tokens[units[k].head].Lemma]
}

// intentSayers report a step their subject states it will take.
var intentSayers = map[string]bool{"say": true, "announce": true, "confirm": true, "pledge": true, "vow": true, "promise": true}

// subjunctive reports whether the verb group at vi is a bare base form
// after a singular subject in a "that" clause ("demanded that the board
// resign", "suggested that Acme buy Beta"): a mandative subjunctive.
func subjunctive(st *sentState, vi int) bool {
	if vi < 2 {
		return false
	}
	doc := st.doc
	v, np, sub := &st.units[vi], &st.units[vi-1], &st.units[vi-2]
	if v.b-v.a != 1 || np.kind != uNP || sub.kind != uSub || doc.Tokens[sub.a].Lower != "that" {
		return false
	}
	if t := doc.Tokens[v.head].Tag; t != "VB" && t != "VBP" {
		return false
	}
	if h := vi - 3; h >= 0 && st.units[h].kind == uNP && !thatNouns(doc.Tokens[st.units[h].head].Lower) {
		return false // "the bloc that Mali quit": a relative clause
	}
	t := doc.Tokens[np.head].Tag
	return t == "NN" || t == "NNP" || t == "PRP" && (doc.Tokens[np.head].Lower == "he" || doc.Tokens[np.head].Lower == "she" || doc.Tokens[np.head].Lower == "it")
}

// clause extracts the relations of the verb group at vi.
func (r *RelationStage) clause(st *sentState, vi int) {
	doc := st.doc
	units := st.units
	v := &units[vi]
	lemma := r.lemma(st, v)
	if lemma == "rule" && v.prt >= 0 && doc.Tokens[v.prt].Lower == "out" && !doc.presplit {
		lemma = "reject" // "ruled out a second referendum"
	}
	if lemma == "turn" && !doc.presplit && (v.prt >= 0 && doc.Tokens[v.prt].Lower == "down" || splitParticle(st, vi, "down")) {
		lemma = "reject" // "turned down the offer", "turned it down": answers its maker as "rejected" does
	}
	if lemma == "give" && !doc.presplit && !v.passive && leaveDeadline(st, vi) {
		lemma = "expel" // "gave the ambassador 72 hours to leave the country"
	}
	if lemma == "go" && !doc.presplit && onStrike(st, vi) {
		lemma = "strike" // "went on strike against Acme": struck it
	}
	if lemma == "hold" && !doc.presplit && vi+2 < len(units) && units[vi+1].kind == uNP && units[vi+2].kind == uNP && heldTo[doc.Tokens[units[vi+2].a].Lower] {
		lemma = "blame" // "held Varan responsible for the attack", "holds the board accountable": blames it
	}
	if (lemma == "throw" || lemma == "put") && !doc.presplit && vi+2 < len(units) && units[vi+1].kind == uNP && doc.Tokens[units[vi+1].head].Lower == "weight" &&
		units[vi+2].kind == uP && doc.Tokens[units[vi+2].a].Lower == "behind" {
		lemma = "back" // "threw its weight behind Merovia": backs it
	}
	if lemma == "head" && !doc.presplit && (v.prt >= 0 && headedWays[doc.Tokens[v.prt].Lower] || vi+1 < len(units) && units[vi+1].kind != uNP && headedWays[doc.Tokens[units[vi+1].a].Lower]) {
		lemma = "travel" // "headed to Brazil for talks", "heads back to Peru": a journey, no office held
	}
	copula := lemma == "be" || linkingVerbs[lemma]
	info := r.lex.verbs[lemma]
	subj := membersOf(doc, dropTimes(r.subject(st, vi)))
	rel0 := len(doc.Relations)
	neither := neitherNor(st, subj)
	pair, numbered := false, false
	if len(subj) == 1 && toLower(subj[0].Text) == "they" && subj[0].Entity < 0 {
		if t := doc.tokenAt(subj[0].Span.Start); t >= 0 && coordinatedPersons(doc, st.si, t) {
			// "Tom Hadley and Ana Ruiz said they had met X": the two
			// people, no pair of bodies named before
			subj = nil
		}
	}
	if len(subj) == 1 {
		if two := r.namedPair(st, subj[0], actedOn(st, vi)...); two != nil {
			subj, pair, numbered = two, len(two) == 2, len(two) > 2
		} else if two := r.theyPair(st, subj[0]); two != nil {
			subj = two
		} else if all := r.theyList(st, subj[0]); all != nil {
			subj = all
		} else if eachOne(subj[0].Text) && subj[0].Entity < 0 && !doc.presplit && vi+1 < len(units) && units[vi+1].kind == uNP &&
			otherOne[toLower(doc.Text[doc.Tokens[units[vi+1].a].Span.Start:doc.Tokens[units[vi+1].b-1].Span.End])] {
			// "with each side accusing the other": the pair in focus,
			// each acting on the other
			if p, ok := r.focusPair(st, subj[0].Span.Start, st.si, "", false, 4, nil); ok {
				subj = pairArgs(subj[0], p)
			}
		}
	}
	if !doc.presplit && !v.negated {
		for _, a := range subj {
			e := a.Entity
			if e < 0 {
				// "Lawyers for Acme argued that ... The judge rejected
				// that argument": the client argued, through its lawyers
				e = clientOf(doc, st.relBase, a.Span)
			}
			if e >= 0 {
				*st.acts = append(*st.acts, act{lemma: lemma, subj: e, sent: st.si, at: doc.Tokens[v.head].Span.Start})
			} else if groupMaker(a) {
				// "Critics have warned that the deal would ... X dismissed
				// those concerns": an unnamed group made the act
				*st.acts = append(*st.acts, act{lemma: lemma, subj: -1, sent: st.si, at: doc.Tokens[v.head].Span.Start, group: a})
			}
		}
	}
	if !doc.presplit && predicativeVerbs[lemma] && vi >= 2 && units[vi-1].kind == uNP && (units[vi-2].kind == uWH || units[vi-2].kind == uSub) && doc.Tokens[units[vi-2].a].Lower == "what" {
		// "praised Norvik for what he called its restraint": the phrase
		// after the verb describes the gap of "what" (the outer verb takes
		// it as its object), no one the speaker acts on
		return
	}
	if r.refusal(st, vi, subj) {
		return
	}
	if r.asAlleged(st, vi, lemma, subj, r.baseCtx(st, vi)) {
		return
	}
	// reduced relative passive: "a call set in motion by X"
	reduced := !v.aux && doc.Tokens[v.head].Tag == "VBN" && vi > 0 && units[vi-1].kind == uNP
	patientUnit := vi - 1
	if !v.aux && doc.Tokens[v.head].Tag == "VBN" && vi > 1 && units[vi-1].kind == uComma && units[vi-2].kind == uNP {
		// "The report, released on Tuesday by the audit office"
		reduced, patientUnit = true, vi-2
	}
	if !reduced && !v.aux && doc.Tokens[v.head].Tag == "VBN" && vi > 2 && units[vi-1].kind == uCC && doc.Tokens[units[vi-1].a].Lower == "and" {
		// "The motion, drafted by X and backed by Y,": a second participle
		// of the same reduced relative has its patient
		for j := vi - 2; j >= 1; j-- {
			if units[j].kind == uVG {
				if !units[j].aux && !units[j].passive && doc.Tokens[units[j].head].Tag == "VBN" {
					if units[j-1].kind == uNP {
						reduced, patientUnit = true, j-1
					} else if j > 1 && units[j-1].kind == uComma && units[j-2].kind == uNP {
						reduced, patientUnit = true, j-2
					}
				}
				break
			}
			if units[j].kind != uNP && units[j].kind != uP {
				break
			}
		}
	}
	if reduced {
		// "talks between A and B, mediated by X": the participle belongs
		// to the event the list of parties ends
		patientUnit = betweenEvent(st, patientUnit)
		if ledVerbs[lemma] && !doc.presplit {
			patientUnit = ledGroup(st, patientUnit)
		}
	}
	if !reduced && !v.aux && !v.passive && doc.Tokens[v.head].Tag == "VBN" && (vi == 0 || vi == 1 && units[0].kind == uAdv) {
		// "Backed by X, Acme opened a plant": a fronted participle's
		// patient is the subject of the clause after the comma
		if pu := frontedPatient(st, vi); pu >= 0 {
			reduced, patientUnit = true, pu
		}
	}
	passive := v.passive
	if passive && adjectivalTo[doc.Tokens[v.head].Lower] && vi+1 < len(units) && units[vi+1].kind == uP && doc.Tokens[units[vi+1].a].Lower == "to" {
		// "Acme is opposed to any takeover by X": an adjective, not a passive
		passive = false
	}
	c := r.baseCtx(st, vi)
	if neither {
		c.negated = !c.negated // "Neither X nor Y attended"
	}
	if vi >= 1 && units[vi-1].kind == uCC && (doc.Tokens[units[vi-1].a].Lower == "neither" || doc.Tokens[units[vi-1].a].Lower == "nor") && !doc.presplit {
		// "Velmora neither condemned nor praised Brelland": each verb
		// is denied
		c.negated = !c.negated
	}
	if vi+2 < len(units) && units[vi+1].kind == uCC && doc.Tokens[units[vi+1].a].Lower == "neither" && !doc.presplit {
		// "Velmora condemned neither Ostria nor Brelland": objects
		// joined by "neither ... nor" are denied
		for q := vi + 2; q < len(units) && units[q].kind != uVG && units[q].kind != uSub && units[q].kind != uWH; q++ {
			if units[q].kind == uCC && doc.Tokens[units[q].a].Lower == "nor" {
				c.negated = !c.negated
				break
			}
		}
	}
	if len(subj) == 1 && subj[0].Entity < 0 && strings.HasPrefix(toLower(subj[0].Text), "no ") {
		c.negated = !c.negated // "No country has recognised X"
	}
	if len(subj) == 1 && !doc.presplit {
		r.labourAction(st, vi, subj[0], c)
	}
	if !doc.presplit {
		r.protestAt(st, vi, subj, c)
	}

	// complements
	type comp struct {
		prep   int // preposition token, -1 for a direct object
		args   []Arg
		no     bool
		dist   int
		clause bool // the subject of a complement clause ("said X had ...")
		unit   int  // index of the first noun phrase's unit, -1 if none
		inner  int  // the complement clause's verb group when clause is set
	}
	clauseSubj := func(ui int) (Arg, bool) {
		u := &units[ui]
		a := r.arg(st, u)
		if u.ent < 0 && u.poss >= 0 {
			a.Entity = u.poss
		}
		return a, a.Entity >= 0
	}
	var comps []comp
	hadInf := false  // an infinitive complement follows ("tried to V")
	hadThat := false // a complement "that" clause follows ("proposed that X")
	var agent []Arg
	k := vi + 1
	firstPrep := -1
	// "quit the bloc along with Niger and Chad": co-subjects, not objects
	coUnit, coEnd := -1, -1
	along := false // subjects added from "along with": no pair among them
	for q := vi + 1; q+2 < len(units) && !doc.presplit; q++ {
		if units[q].kind == uVG || units[q].kind == uSub || units[q].kind == uWH || units[q].kind == uQuote || units[q].kind == uDash {
			break
		}
		if alongWith(doc, units, q) {
			list, end := r.npList(st, q+2)
			for _, a := range list {
				if a.Entity >= 0 && !hasEntity(subj, a.Entity) && len(subj) > 0 && subj[0].Entity >= 0 {
					subj = append(subj, a)
					along = true
				}
			}
			coUnit, coEnd = q+2, end
			break
		}
	}
	// 'said it "regretted" the vote': a quotation of the verb alone
	verbQuoted := doc.Tokens[v.head].Quote && !(vi+1 < len(units) && units[vi+1].kind == uQuote && vi > 0 && units[vi-1].kind == uQuote)
	for k < len(units) {
		u := &units[k]
		switch u.kind {
		case uNP:
			if u.quoted != verbQuoted {
				k = len(units)
				continue
			}
			if k == coUnit {
				k = coEnd
				continue
			}
			list, nk := r.npList(st, k)
			if p := k - 1; p > vi && units[p].kind == uP && !doc.presplit && placeOfRole(r, doc, units, lemma, k) {
				// "named X ambassador to Peru", "signed X from Y": the
				// phrase belongs to the role or tells where X came from
				k = nk
				continue
			}
			prep := -1
			pk := k - 1
			if pk-1 > vi && units[pk].kind == uQuote && doc.Tokens[units[pk-1].a].Lower == "as" && units[pk-1].b-units[pk-1].a == 1 {
				pk-- // 'dismissed as "absurd"': a quoted judgement after "as"
			}
			if pk > vi && units[pk].kind == uP {
				prep = units[pk].a
			}
			if k-2 > vi && units[k-1].kind == uAdv && units[k-2].kind == uP && !timeClauses[doc.Tokens[units[k-2].a].Lower] && (doc.Tokens[u.a].Tag == "CD" || doc.Tokens[units[k-1].b-1].Lower == "than") && !doc.presplit {
				// "a proposal backed by more than 100 members", "sold it to
				// about 40 investors", "refused for more than a year": a
				// count's modifier after the preposition (not "as about
				// 1,200 workers ...": a clause)
				prep = units[k-2].a
			}
			if pk > vi && units[pk].kind == uAdv && units[pk].b-units[pk].a == 1 && doc.Tokens[units[pk].a].Lower == "as" && !doc.presplit {
				prep = units[pk].a // "a charge she dismissed as absurd": "as" read as an adverb
			}
			if r.isTime(st, u) && !r.keepTimes {
				k = nk
				continue
			}
			if prep >= 0 && doc.Tokens[prep].Lower == "in" && bareFavour(doc, u) && !doc.presplit {
				if k+2 >= len(units) || units[k+1].kind != uP || doc.Tokens[units[k+1].a].Lower != "of" || units[k+2].kind != uNP {
					k = nk // "voted in favour": no object (castVote)
					continue
				}
				// "voted in favour of the duties", "ruled in favour of
				// Acme": what comes after "of" is what the verb favours
				prep = units[k+1].a
				k += 2
				u = &units[k]
				list, nk = r.npList(st, k)
			}
			if lemma == "strike" && (k == vi+1 || k == vi+2 && prep >= 0 && doc.Tokens[prep].Lower == "on") && doc.Tokens[u.head].Lower == "strike" && doc.Tokens[v.head].Lemma == "go" && !doc.presplit {
				k = nk // "went on strike": the idiom's noun, no object
				continue
			}
			if lemma == "back" && prep < 0 && doc.Tokens[u.head].Lower == "weight" && !doc.presplit {
				k = nk // "threw its weight behind X": the idiom's noun, no object
				continue
			}
			if _, ok := backingNouns[doc.Tokens[u.head].Lower]; ok && prep >= 0 && doc.Tokens[prep].Lower == "with" && u.ent < 0 && !doc.presplit {
				// "hosted the talks with the support of X", "with X's
				// backing": who supported the act, no partner in it
				// (withBacking reads the supporter)
				k = nk
				if k+1 < len(units) && units[k].kind == uP && (doc.Tokens[units[k].a].Lower == "of" || doc.Tokens[units[k].a].Lower == "from") && units[k+1].kind == uNP {
					_, k = r.npList(st, k+1)
				}
				continue
			}
			if k-1 > vi && units[k-1].kind == uNP && r.isTime(st, u) && !doc.presplit && nk < len(units) && (units[nk].kind == uP || units[nk].kind == uTo) {
				// "granted asylum last year to X": a time between the
				// object and the next complement; "flew to Kesh last
				// week to press Y": or before a purpose infinitive
				k = nk
				continue
			}
			if prep < 0 && len(comps) == 1 && comps[0].prep < 0 && (lemma == "make" || lemma == "name") && designation[r.lex.nounLemma(doc.Tokens[u.head].Lower)] {
				// "made Y his top target": the subject targets Y
				d := r.lex.nounLemma(doc.Tokens[u.head].Lower)
				for _, s := range subj {
					for _, o := range comps[0].args {
						if o.Entity >= 0 {
							r.emit(st, vi, s, o, d, r.predText(st, v, -1)+" "+doc.Tokens[u.head].Text, c, 0.75, false)
						}
					}
				}
				comps = nil
				k = len(units)
				continue
			}
			if prep < 0 && len(comps) > 0 && !doc.presplit && !slices.ContainsFunc(comps, func(cp comp) bool { return cp.unit < 0 || cp.prep < 0 || !r.isTime(st, &units[cp.unit]) }) {
				// "approved on Wednesday the merger": the object comes
				// after a time
				comps = comps[:0]
			}
			// "told reporters the board had misled investors": after the
			// addressee of a verb of telling, a noun phrase with a finite
			// verb after it opens what was told, as after "told reporters
			// that"
			toldClause := tellVerbs[lemma] && info.report && prep < 0 && len(comps) == 1 && comps[0].prep < 0 && comps[0].unit == k-1 &&
				nk < len(units) && units[nk].kind == uVG && finiteVG(doc, &units[nk]) && !doc.presplit
			if prep < 0 && len(comps) > 0 && (!ditransitive[lemma] || len(comps) > 1 || comps[0].prep >= 0 || comps[0].args[0].Entity < 0) && !toldClause {
				// a second bare noun phrase starts a relative clause
				k = len(units)
				continue
			}
			if prep < 0 && len(comps) == 0 && (doc.Tokens[u.head].Lower == "way" || doc.Tokens[u.head].Lower == "manner") && u.b-u.a <= 2 &&
				nk+1 < len(units) && units[nk].kind == uNP && units[nk+1].kind == uVG && (units[nk].ent >= 0 || units[nk].poss >= 0) {
				// "criticised the way X's government operated": the
				// clause subject is what the verb is about
				comps = append(comps, comp{prep: -1, args: []Arg{r.arg(st, &units[nk])}, unit: nk})
				k = len(units)
				continue
			}
			if len(list) == 1 && list[0].Entity < 0 && list[0].Poss < 0 && nk+1 < len(units) && doc.Tokens[units[nk].a].Lower == "including" &&
				(units[nk].kind == uP || units[nk].kind == uVG) && units[nk+1].kind == uNP && !doc.presplit {
				// "represents firms including X and Y": the named members
				incl, after := r.npList(st, nk+1)
				var named []Arg
				for _, a := range incl {
					if a.Entity >= 0 {
						named = append(named, a)
					}
				}
				if len(named) > 0 {
					list, nk = named, after
				}
			}
			if of := k + 1; len(list) == 1 && list[0].Entity < 0 && list[0].Poss < 0 && spokesNouns[doc.Tokens[u.head].Lower] && of+1 < len(units) && units[of].kind == uP &&
				doc.Tokens[units[of].a].Lower == "of" && units[of+1].kind == uNP && !doc.presplit {
				// "met leaders of both sides", "representatives of Acme and
				// Volta": the parties they speak for
				var ex []int
				for _, s := range subj {
					ex = append(ex, s.Entity)
				}
				if two := r.namedPair(st, r.arg(st, &units[of+1]), ex...); two != nil {
					list, nk = two, max(nk, of+2)
				} else if named, after := r.npList(st, of+1); len(named) >= 1 && named[0].Entity >= 0 {
					list, nk = named, max(nk, after)
				}
			}
			if prep >= 0 && doc.Tokens[prep].Lower == "by" && (passive || reduced) && agent == nil && !(u.a == u.head && meansNouns[doc.Tokens[u.head].Lower]) && !marginNP(doc, u) && !complaintBy(doc, units, k) {
				agent = list
				if g := nk; len(list) >= 2 && g+1 < len(units) && units[g].kind == uP && doc.Tokens[units[g].a].Lower == "by" && units[g+1].kind == uNP && units[g+1].ent >= 0 && list[len(list)-1].Entity >= 0 {
					// "A was advised by B and C by D": a gapped second
					// clause, C its patient and D its agent
					agent = list[:len(list)-1]
					r.emit(st, vi, r.arg(st, &units[g+1]), list[len(list)-1], lemma, r.predText(st, v, -1)+" by", c, 0.7, false)
					nk = g + 2
				}
				// "was signed by Aldoria's foreign minister and by
				// Brevonia's": each agent after its own "by"
				agent, nk = r.prepConjuncts(st, agent, nk, "by", false, func(a *unit) bool { return !marginNP(doc, a) })
			} else if prep < 0 || doc.Tokens[prep].Lower != "by" || !marginNP(doc, u) {
				if prep >= 0 && !doc.presplit {
					// "was in contact with Halden and with Ostria",
					// "sanctions on Velmora and on its banks": a conjunct
					// that repeats the preposition is part of the same
					// complement
					list, nk = r.prepConjuncts(st, list, nk, doc.Tokens[prep].Lower, true, func(a *unit) bool { return a.quoted == u.quoted && !r.isTime(st, a) })
				}
				comps = append(comps, comp{prep: prep, args: list, no: u.no, dist: len(comps), unit: k})
			}
			if prep >= 0 && firstPrep < 0 {
				firstPrep = prep
			}
			// "rejected the idea X posed a threat": the embedded claim is
			// negated by a rejecting verb, otherwise only reported
			if (claimNouns[doc.Tokens[u.head].Lower] || chargeThat(doc, units, u, nk)) && prep < 0 {
				n := nk
				maker := -1
				if n+2 < len(units) && units[n].kind == uP && (doc.Tokens[units[n].a].Lower == "by" || doc.Tokens[units[n].a].Lower == "from") && units[n+1].kind == uNP &&
					units[n+2].kind == uSub && doc.Tokens[units[n+2].a].Lower == "that" && !doc.presplit {
					// "denied accusations by prosecutors that he ...": the
					// claim's maker comes before its clause
					maker = n + 1
					comps = append(comps, comp{prep: units[n].a, args: []Arg{r.arg(st, &units[maker])}, no: units[maker].no, dist: len(comps), unit: maker})
					n += 2
				}
				for n+2 < len(units) && units[n].kind == uP && (doc.Tokens[units[n].a].Lower == "in" || doc.Tokens[units[n].a].Lower == "on") && units[n+1].kind == uNP &&
					units[n+2].kind == uSub && doc.Tokens[units[n+2].a].Lower == "that" && !doc.presplit {
					n += 2 // "denied reports in the local press that it ...": where the claim was made
				}
				if n < len(units) && units[n].kind == uSub && doc.Tokens[units[n].a].Lower == "that" {
					n++
				}
				vg := n + 1
				if n+4 < len(units) && units[n].kind == uNP && units[n+1].kind == uComma && units[n+2].kind == uNP && units[n+3].kind == uComma && units[n+4].kind == uVG {
					vg = n + 4 // "the argument that X, the largest maker, posed a threat"
				}
				if vg < len(units) && units[n].kind == uNP && units[vg].kind == uVG {
					// a negated verb of another kind leaves the claim
					// open ("would not discuss reports that X had paid
					// Y"); a negated rejection does not reject it
					ic := clauseCtx{negated: rejecting[lemma] && !c.negated, modality: schema.Reported, conf: c.conf * 0.8}
					if u.no {
						ic.negated = !ic.negated // "found no evidence that X had pressured Y"
					}
					st.ctx[vg] = ic
					if h := doc.Tokens[u.head].Lower; maker >= 0 && rejecting[lemma] && (chargeNouns[h] || h == "suggestion" || h == "suggestions") {
						// "X denied accusations by prosecutors that he led
						// a gang": the maker accuses whom the clause
						// names, whatever the answer
						mc := c
						if v.negated {
							mc.negated = !mc.negated
						}
						m, t := r.arg(st, &units[maker]), r.arg(st, &units[n])
						if m.Entity < 0 {
							m.Entity = r.npActor(st, maker)
						}
						if (m.Entity >= 0 || peopleNouns[doc.Tokens[units[maker].head].Lower]) && t.Entity >= 0 {
							r.emit(st, vi, m, t, "accuse", doc.Tokens[u.head].Text+" "+doc.Tokens[units[maker-1].a].Text, mc, 0.7, false)
						}
					}
					k = len(units)
					continue
				}
			}
			// a finite verb right after the NP makes it a clause subject
			// (a quotation mark may come between: said the club "always ...")
			for nk < len(units)-1 && units[nk].kind == uQuote && units[nk+1].kind == uVG {
				nk++
			}
			if nk+1 < len(units) && nk-2 > k && units[nk].kind == uComma && units[nk+1].kind == uVG && units[nk-1].kind == uNP && units[nk-1].ent >= 0 && units[nk-2].kind == uComma && finiteVG(doc, &units[nk+1]) {
				nk++ // "said its secretary general, X, had spoken": the apposition ends the clause subject
			}
			if info.report && prep < 0 && k == vi+1 && !doc.presplit {
				if n := clauseVerbAfter(doc, units, nk); n > nk {
					// "said China's cooperation with Bangladesh was ...",
					// "said Malta, the smallest member, cannot ...", "said
					// the company "strongly disagrees"": the phrase is the
					// reported clause's subject, not what was said
					nk = n
				}
			}
			if nk < len(units) && units[nk].kind == uVG && !info.report && !info.hyp && finiteVG(doc, &units[nk]) && prep >= 0 && len(comps) > 0 && comps[0].prep < 0 && !units[nk].passive &&
				!(k-2 > vi && units[k-2].kind == uCC && r.isTime(st, u)) {
				// (not "fined Acme and on Monday expelled its envoy": a time
				// before a coordinated verb)
				// "conceded any deal for X was unlikely": the whole phrase
				// is the clause subject, not an object
				comps = comps[:0]
				// ("came two weeks after X of the court threw out Y": a
				// clause of its own, as a fact)
				p := k - 1
				for p-2 >= 0 && !timeLinks[doc.Tokens[units[p].a].Lower] && units[p-1].kind == uNP && units[p-2].kind == uP {
					p -= 2
				}
				if _, set := st.ctx[nk]; !set && !(p >= 1 && units[p].kind == uP && timeLinks[doc.Tokens[units[p].a].Lower] && units[p-1].kind == uNP && r.isTime(st, &units[p-1])) {
					st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Reported, conf: c.conf * 0.8}
				}
				k = len(units)
				continue
			}
			if nk < len(units) && units[nk].kind == uVG && !info.report && info.hyp && finiteVG(doc, &units[nk]) && prep < 0 && k == vi+1 && !doc.presplit {
				// "hoped Chile beats Peru", "expects X will sack Y": a wish
				// ("demanded X quit" still acts on X)
				if n := len(comps); n > 0 && comps[n-1].unit == k && !directing[lemma] {
					comps = comps[:n-1]
				}
				if _, set := st.ctx[nk]; !set {
					st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Hypothetical, conf: c.conf * 0.7}
				}
				k = len(units)
				continue
			}
			if nk < len(units) && units[nk].kind == uVG && !info.report && !info.hyp && finiteVG(doc, &units[nk]) && prep < 0 && !cognition[lemma] && len(list) > 1 && units[nk-2].kind == uCC {
				// "criticised Peru and Bolivia praised it": the last name
				// opens a new clause
				if n := len(comps); n > 0 && comps[n-1].unit == k {
					comps[n-1].args = list[:len(list)-1]
				}
				st.forced[nk] = list[len(list)-1:]
				k = len(units)
				continue
			}
			if k == vi+1 && prep < 0 && r.bareInfinitive(st, lemma, nk) {
				// "let Veltria join the talks", "helped Acme repay its
				// debts": the object acts, as the main verb has it
				st.forced[nk] = list
				st.ctx[nk] = clauseCtx{negated: c.negated, modality: c.modality, conf: c.conf * 0.9}
				k = len(units)
				continue
			}
			if nk < len(units) && units[nk].kind == uVG && !info.report && !info.hyp && finiteVG(doc, &units[nk]) && prep < 0 && !(vi > 0 && units[vi-1].kind == uWH) &&
				!(vi >= 2 && units[vi-1].kind == uTo && units[vi-2].kind == uNP && units[vi-2].poss >= 0 && intentNouns[doc.Tokens[units[vi-2].head].Lower] != 0) {
				// ("Chile's decision to expel X angered Y": X is the
				// infinitive's object and the whole phrase the subject)
				// (not "suppliers who opposed the deal filed": the
				// relative clause ends at its object)
				if n := len(comps); n > 0 && comps[n-1].unit == k {
					comps = comps[:n-1] // "knew Wilson would not ...": not an object
				}
				if _, set := st.ctx[nk]; !set {
					st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Reported, conf: c.conf * 0.8}
					if expectation(st, lemma, nk) {
						st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Hypothetical, conf: c.conf * 0.7}
					}
				}
				if k == vi+1 && !copula {
					r.reportedClause(st, vi, subj, k, c) // "figures she will have to ..."
				}
				k = len(units)
				continue
			}
			if nk < len(units) && units[nk].kind == uVG && info.report && messageBefore(st, nk) < 0 {
				// (not "wrote to X proposing a meeting": the addressee,
				// then what the message says)
				r.reportedClause(st, vi, subj, k, c)
				if n := len(comps); n > 0 && comps[n-1].unit == k {
					if cognition[lemma] || doc.Tokens[u.a].Tag == "PRP" && !personTold(doc, list, subj) {
						// a pronoun clause subject is mostly the speaker again
						comps = comps[:n-1]
						if !cognition[lemma] && !r.clauseSubjects && !warnVerbs[lemma] && ownPronoun(list, subj) {
							// "said it would sue Acme if the bank did not
							// repay the loan": the speaker's own step
							// threatens the condition's actor
							if t, ok := r.conditionalThreat(st, nk, nil, subj, true); ok {
								ws := subj
								if len(subj) == 1 && subj[0].Entity < 0 {
									// ("Acme's works council": the council's threat, not Acme's)
									ws = []Arg{subj[0]}
									ws[0].Poss = -1
								}
								r.warnAt(st, vi, ws, t, "threaten", c)
							} else if t, ok := r.wrongedBy(st, nk, subj); ok && info.report {
								// "said she had been misled by Acme",
								// "saying he was being persecuted by
								// prosecutors": the speaker's own wrong
								// charges its agent
								r.warnAt(st, vi, subj, t, "accuse", c)
							}
						}
					} else {
						comps[n-1].clause, comps[n-1].inner = true, nk
					}
				}
				st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Reported, conf: c.conf * 0.9}
				if c.modality == schema.Hypothetical || expectation(st, lemma, nk) {
					// "I think the president will give me ...", "hopes X
					// will sign": an expectation, not a report of a fact
					st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Hypothetical, conf: c.conf * 0.7}
				}
				k = len(units)
				continue
			}
			k = nk
		case uVG:
			if n := len(comps); n > 0 && comps[n-1].unit == k-1 && k+2 < len(units) && madeBy(doc, units, k) && possessedActNouns[doc.Tokens[units[k-1].head].Lower] &&
				units[k-1].ent < 0 && units[k-1].poss < 0 && units[k+2].ent >= 0 && !doc.presplit {
				// "protested against remarks made by X": the maker after
				// the participle, as in "remarks by X"
				comps = append(comps, comp{prep: units[k+1].a, args: []Arg{r.arg(st, &units[k+2])}, unit: k + 2})
				k = len(units)
				continue
			}
			// "denied attacking X", "considered selling X": the gerund's
			// act is negated or open, with the same subject
			if k == vi+1 && gerundTaker(lemma) && !u.aux && doc.Tokens[u.head].Tag == "VBG" && len(subj) > 0 {
				ic := clauseCtx{negated: c.negated, modality: c.modality, conf: c.conf * 0.9}
				if gerundNeg[lemma] {
					ic.negated = !ic.negated
					if lemma == "deny" {
						ic.modality = schema.Denied
					}
				} else {
					ic.modality = schema.Hypothetical
				}
				st.forced[k] = subj
				st.ctx[k] = ic
				if lemma == "deny" && !passive && !doc.presplit {
					// "Acme denied rigging bids": the denial answers
					// whoever accused or fined Acme before
					r.answerAccuser(st, vi, subj, lemma, r.predText(st, v, -1), c)
				}
			}
			k = len(units)
		case uQuote:
			// step over the marks of a short quoted phrase ('"in dialogue"')
			if t := u.a + 1; doc.Tokens[u.a].Tag == "``" && t < doc.Sentences[st.si].Last && scareQuote(doc, st.si, t) ||
				doc.Tokens[u.a].Tag == "''" && u.a > 0 && scareQuote(doc, st.si, u.a-1) {
				k++
				continue
			}
			k = len(units)
		case uP, uAdv:
			gs := subj
			if n := len(comps); u.kind == uP && lemma == "join" && n > 0 && comps[n-1].prep < 0 && doc.Tokens[u.a].Lower == "in" {
				// "Germany joined France in condemning X": both condemned
				gs = append(append([]Arg{}, subj...), comps[n-1].args...)
			}
			if u.kind == uP && r.adverbialGerund(st, vi, k, gs, c) {
				k = len(units)
				continue
			}
			if u.kind == uP && doc.Tokens[u.a].Lower == "for" && reasonVerbs[lemma] {
				// the object is who did it, or a passive's subject ("was
				// fined for misleading X")
				doers := subj
				if n := len(comps); !units[vi].passive {
					doers = nil
					if n > 0 && comps[n-1].prep < 0 {
						doers = comps[n-1].args
					}
				}
				if r.reasonGerund(st, k, doers, c) {
					k = len(units)
					continue
				}
			}
			k++
		case uTo:
			if n, _ := r.intentBy(st, k+1); k+1 < len(units) && units[k+1].kind == uVG && (r.intentPossessor(st, k+1) >= 0 || n >= 0) {
				// "protested against Velmora's decision to normalise
				// ties", "rejected an attempt by Acme to block it": the
				// possessor or the actor after "by" acts, not the protester
				k = len(units)
				continue
			}
			if k+1 < len(units) && units[k+1].kind == uVG {
				inner := k + 1
				ctl := subj
				ecm, objCtl := false, false
				if n := len(comps); ecmVerbs[lemma] && n > 0 && comps[n-1].prep < 0 && comps[n-1].unit == k-1 && !doc.presplit {
					ecm = true
					// "expected the conference to discuss", "wants X to
					// quit": X is the infinitive's subject, not an object
					ctl = comps[n-1].args
					comps = comps[:n-1]
					if len(ctl) == 1 {
						var ex []int
						for _, s := range subj {
							ex = append(ex, s.Entity)
						}
						if two := r.themPair(st, ctl[0], ex); two != nil {
							ctl = two
						}
					}
					if lemma == "expect" {
						// "Ostria expected Dravia to show flexibility",
						// "Kessa wants Ostria to withdraw": one actor asks
						// an act of another
						for _, s := range subj {
							for _, o := range ctl {
								if s.Entity >= 0 && o.Entity >= 0 {
									r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.7, false)
								}
							}
						}
					}
				} else if (info.ctlObj || len(comps) > 0 && comps[0].prep < 0 && appointsPerson(doc, lemma, comps[0].args)) && len(comps) > 0 && (comps[0].prep < 0 || controlPrep(doc, lemma, comps[0].prep)) && (!causeVerbs[lemma] || r.mayAct(st, comps[0].unit)) {
					// (a cause's object acts only if it can: "led the bank
					// to cut jobs", but "led a campaign to oust him": the
					// subject's purpose)
					ctl, objCtl = comps[0].args, true
					if len(ctl) == 1 {
						// "pressed both sides to ...": the pair, not the subject
						var ex []int
						for _, s := range subj {
							ex = append(ex, s.Entity)
						}
						if two := r.namedPair(st, ctl[0], ex...); two != nil {
							ctl = two
						} else if two := r.themPair(st, ctl[0], ex); two != nil {
							ctl = two
						}
					}
				} else if h := relativeGapHead(st, vi); h >= 0 && len(comps) == 0 && (info.ctlObj || appointVerbs[lemma] && lemma != "make" && lemma != "confirm") && !v.passive {
					// "X, whom Y promoted to replace Z", "X, whom Y asked to
					// review it": the relative's antecedent is the object,
					// and so the infinitive's subject
					ctl, objCtl = []Arg{r.arg(st, &units[h])}, true
				}
				ic := clauseCtx{negated: c.negated, modality: c.modality, conf: c.conf * 0.9}
				if info.neg {
					ic.negated = !ic.negated
				}
				if n := len(comps); n > 0 && comps[n-1].no && comps[n-1].unit == k-1 {
					ic.negated = !ic.negated // "had no plans to sell X"
				}
				implicative := r.isImplicative(lemma)
				for t := v.b; t < units[k].a; t++ {
					switch doc.Tokens[t].Lower {
					case "yet", "unable", "not", "never", "reluctant", "unwilling":
						// "have yet to express", "was unable to take"
						ic.negated = !ic.negated
					case "able", "quick", "swift", "quicker", "swifter":
						// "was able to use", "was quick to back": the act happened
						implicative = copula
					}
				}
				obj := ""
				if len(comps) > 0 && comps[0].prep < 0 && len(comps[0].args) == 1 {
					obj = comps[0].args[0].Text
				}
				if tripPurpose(lemma, obj) && !v.negated && !c.negated {
					// "flew to Lima to press X", "made several trips to
					// the region to urge X": the trip took place, and
					// news reports its purpose as done
					implicative = true
				}
				if forceVerbs[lemma] && dispersalVerbs[doc.Tokens[units[inner].head].Lemma] && !v.negated && !c.negated && !v.modal {
					// "fired tear gas to disperse the crowd", "deployed
					// water cannon to break up the march": news reports
					// the dispersal as done
					implicative = true
				}
				protestDone := false
				if protestPurpose(doc, &units[inner]) && !info.ctlSubj && (!info.ctlObj || summonedIn(doc, v)) && !info.hyp && !info.report && !objCtl && !ecm && !v.negated && !c.negated && !v.modal && c.modality != schema.Hypothetical && !doc.presplit {
					// "summoned the ambassador to protest against X",
					// "farmers blocked roads to protest the tariffs": an
					// act done in protest makes the protest, as the act
					// is made (but "plans to protest", "urged members to
					// protest", "will march to protest": not yet)
					implicative, protestDone = true, true
				}
				if lemma == "be" && v.b == units[k].a && !v.negated && !v.aux && (doc.Tokens[v.head].Tag == "VBZ" || doc.Tokens[v.head].Tag == "VBP") && (vi == 0 || units[vi-1].kind == uNP) {
					// "X is to pay Y": an arranged act, reported as news
					implicative = true
				}
				ctlObj := info.ctlObj && !protestDone // ("called in the envoy to protest": a summons)
				if causeVerbs[lemma] && !objCtl && !v.passive {
					// "led a plot to oust X", "has led to wealth creation":
					// no one caused, the subject's own purpose or no act
					ctlObj = false
				}
				if successfully(st, inner) && !info.hyp && !ctlObj {
					// "used the call to successfully talk X out of it": a
					// purpose that was realised
					implicative = true
				}
				causes := ctlObj && causeVerbs[lemma] && !info.hyp
				if causes {
					implicative = true // "prompted X to accuse Y", "forced X to resign": X did
				}
				if v.modal && !continuing(st, vi) {
					implicative = false // "will vote to approve", "could manage to": not yet done
				}
				// "appointed X to replace Y", "was elected to succeed Y": the
				// office the appointment gives is taken, no mere purpose
				takesOffice := appointVerbs[lemma] && lemma != "nominate" && officeVerbs[doc.Tokens[units[inner].head].Lemma] && (objCtl || v.passive) && !v.modal
				hyp := info.hyp
				if settledAgreement[lemma] && units[inner].passive && !v.negated && !slices.ContainsFunc(doc.Tokens[v.a:v.b], func(t Token) bool { return t.Tag == "MD" }) {
					// "Brellmoor agreed to be bought by Tavistra": news
					// reports the agreed takeover as settled, Tavistra buys
					// Brellmoor (but "will agree to be bought", "may agree
					// to be sold": still open; the active "agreed to buy
					// Brellmoor" already relates the pair by "agree")
					hyp, implicative = false, true
				}
				if !takesOffice && (hyp || ctlObj && !(causes && implicative) || !info.ctlSubj && info.cameo != "" && !implicative || !implicative) {
					if ic.modality != schema.Reported || hyp || ctlObj {
						ic.modality = schema.Hypothetical
					}
					ic.conf *= 0.8
				}
				st.forced[inner] = ctl
				hadInf = true
				st.ctx[inner] = ic
				st.matrix[inner] = vi
				onlyTimes := true // "agreed on Monday to acquire X" still lifts
				for _, cp := range comps {
					if cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "during" {
						continue // "promised during his campaign to mend ties with X"
					}
					if cp.unit < 0 || !r.isTime(st, &units[cp.unit]) && !yearNP(doc, &units[cp.unit]) {
						// ("tried in 2014 to obtain X": a year too)
						onlyTimes = false
					}
				}
				if info.ctlSubj && onlyTimes && info.cameo != "" && !passive && !ecm {
					// "refused to accept X", "threatened to attack X": the
					// matrix verb relates its subject to the inner object
					st.lift[inner] = lift{lemma: lemma, ptext: r.predText(st, v, -1), ctx: c, subj: subj}
					if ol, ok := st.lift[vi]; ok && attemptVerbs[lemma] && !v.negated && !v.modal {
						// "threatened to try to strip X", "vowed to seek to
						// impeach X": an attempt between a threat or promise
						// and its act passes the outer verb on to the act
						st.lift[inner] = lift{lemma: ol.lemma, ptext: ol.ptext + " to " + r.predText(st, v, -1), ctx: ol.ctx, subj: ol.subj}
					}
				}
				if len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 && (motionNouns[doc.Tokens[units[comps[0].unit].head].Lower] && motionVerbs[lemma] || contractNouns[doc.Tokens[units[comps[0].unit].head].Lower] && contractVerbs[lemma]) && !info.ctlSubj && !objCtl && !ecm && !copula && !passive && !doc.presplit {
					// "filed a motion to impeach X", "introduced a bill to
					// ban X": who brings the motion acts towards X, the
					// motion's outcome staying open; "signed a contract to
					// buy tanks from X": the signer is bound towards X
					if _, set := st.lift[inner]; !set {
						st.lift[inner] = lift{lemma: lemma, ptext: r.predText(st, v, -1) + " " + doc.Tokens[units[comps[0].unit].head].Lower, ctx: c, subj: subj}
					}
				}
				if lemma == "commit" && objCtl && !passive && !v.negated && !doc.presplit && !slices.ContainsFunc(ctl, func(a Arg) bool { return a.Entity < 0 || !actorEntity(doc, a.Entity) }) {
					// (not "conspired to commit fraud to deceive X": no
					// actor is bound)
					// "the accord commits Rome and Valletta to provide X
					// with patrol boats": the parties it binds are
					// committed towards X, the provision staying open
					if _, set := st.lift[inner]; !set {
						st.lift[inner] = lift{lemma: lemma, ptext: r.predText(st, v, -1), ctx: c, subj: ctl}
					}
				}
				if litigationVerbs[lemma] && onlyTimes && !passive && !ecm && !v.negated && !doc.presplit {
					// "sued to block the takeover", "sued in December to
					// stop the deal": the suit is brought against what its
					// purpose names
					if _, set := st.lift[inner]; !set {
						st.lift[inner] = lift{lemma: lemma, ptext: r.predText(st, v, -1), ctx: c, subj: subj}
					}
				}
				if j := coordinatedInfinitive(st, inner); j >= 0 && !doc.presplit {
					// "promised to keep X and to fund Y", "offered to lead
					// the force and to send troops to Y": a second
					// infinitive after "and to" hangs from the same verb
					if _, set := st.forced[j]; !set {
						st.forced[j] = ctl
						st.ctx[j] = ic
						st.matrix[j] = vi
						if l, ok := st.lift[inner]; ok {
							st.lift[j] = l
						}
					}
				}
			}
			k = len(units)
		case uSub, uWH:
			if doc.Tokens[u.a].Lower == "what" && len(comps) == 0 && !info.report && !cognition[lemma] && k+3 < len(units) && units[k+1].kind == uNP &&
				units[k+2].kind == uVG && predicativeVerbs[doc.Tokens[units[k+2].head].Lemma] && units[k+3].kind == uNP {
				// "condemned what it called X's aggression": X's aggression
				comps = append(comps, comp{prep: -1, args: []Arg{r.arg(st, &units[k+3])}, unit: k + 3})
				k = len(units)
				continue
			}
			if u.kind == uSub && r.adverbialGerund(st, vi, k, subj, c) {
				k = len(units)
				continue
			}
			if doc.Tokens[u.a].Lower == "that" && k+1 < len(units) && info.report {
				r.reportedClause(st, vi, subj, k+1, c)
			} else if doc.presplit && k == vi+1 && k+1 < len(units) && !copula && clauseWords[doc.Tokens[u.a].Lower] {
				// "agreed that ...", "defined when ...": the clause is the
				// object of an open triple
				r.reportedClause(st, vi, subj, k, c)
			}
			if doc.Tokens[u.a].Lower == "that" && k+2 < len(units) && (info.report || directing[lemma] || (rulingVerbs[lemma] || accusing[lemma] || passive && feelingVerbs[lemma]) && !doc.presplit) && !cognition[lemma] && units[k+1].kind == uNP {
				// "alleged that X and his accomplices sent ...": X
				list, nk := r.npList(st, k+1)
				named := false
				if nk+1 < len(units) && units[nk].kind == uComma && units[nk+1].kind == uVG && len(list) == 1 && list[0].Entity >= 0 && units[k+1].ent < 0 {
					// "demanded that the interior minister, X, resign"
					nk++
					named = true
				}
				if nk < len(units) && units[nk].kind == uVG {
					if endorsing[lemma] && !doc.presplit {
						// "recommended that investors vote against the
						// chairman": the chairman is recommended against
						for _, t := range r.endorsedInClause(st, nk, subj) {
							for _, s := range subj {
								r.emit(st, vi, s, t, lemma, r.predText(st, &units[vi], -1), c, 0.6, false)
							}
						}
					}
					if warnVerbs[lemma] && !named && !r.clauseSubjects && !doc.presplit {
						r.spokenOfThing(st, vi, subj, list, nk, lemma, c) // "warned that the deal could ...": no clause comes to the warning's own rules
					}
					if named {
						comps = append(comps, comp{prep: -1, args: list, clause: true, unit: k + 1, inner: nk})
					} else if a, ok := clauseSubj(k + 1); ok && (doc.Tokens[units[k+1].a].Tag != "PRP" || thirdPerson(doc.Tokens[units[k+1].a].Lower) && !hasEntity(subj, a.Entity)) {
						// (a person the speaker tells of: "Prosecutors said he
						// had approved payments", not "X said it had")
						if len(list) > 1 {
							a.Span.End = list[0].Span.End
							a.Text = doc.Text[a.Span.Start:a.Span.End]
						}
						comps = append(comps, comp{prep: -1, args: []Arg{a}, clause: true, unit: k + 1, inner: nk})
					} else if info.report && !ok && len(list) == 1 && doc.Tokens[units[k+1].a].Tag != "PRP" && !warnVerbs[lemma] && !doc.presplit {
						// "said that the ban was a farce", "told reporters
						// that the ban was a sham": a subject that names no
						// actor is read by what the clause says of it, as
						// after a plain "said the ban was ..."
						comps = append(comps, comp{prep: -1, args: []Arg{a}, clause: true, unit: k + 1, inner: nk})
					} else if directing[lemma] && !ok && len(list) == 1 && r.unnamedActors(st, &units[k+1]) && !units[nk].passive && !doc.presplit {
						// "demanded that the soldiers return to their
						// barracks": the people pressed, though unnamed
						// (not "ordered that the money be repaid", nor
						// "demanded that shareholders be consulted": they
						// undergo what another is pressed to do)
						comps = append(comps, comp{prep: -1, args: []Arg{a}, clause: true, unit: k + 1, inner: nk})
					} else if doc.Tokens[units[k+1].a].Tag == "PRP" && ownPronoun(list, subj) && info.report && !r.clauseSubjects && !warnVerbs[lemma] {
						// "said it would close its ports if Ostria did not
						// withdraw": the speaker's own step threatens the
						// condition's actor
						if t, ok := r.conditionalThreat(st, nk, nil, subj, true); ok {
							r.warnAt(st, vi, subj, t, "threaten", c)
						} else if t, ok := r.wrongedBy(st, nk, subj); ok {
							r.warnAt(st, vi, subj, t, "accuse", c) // "said that she had been misled by Acme"
						}
					} else if warnVerbs[lemma] && !r.clauseSubjects && !doc.presplit && !slices.ContainsFunc(comps, func(o comp) bool { return o.prep < 0 && len(o.args) > 0 }) {
						// "warned that it would respond if Vandria expelled
						// more diplomats", "that funds could be frozen if
						// Vandria missed its targets": a clause of no actor
						// of its own is aimed at its condition's actor
						if t, ok := r.warned(st, k+1, nk, nil, subj); ok {
							r.warnAt(st, vi, subj, t, lemma, c)
						} else if t, ok := r.chargedBefore(st, vi, subj); ok {
							r.warnAt(st, vi, subj, t, lemma, c)
						}
					}
				}
			}
			// "criticised the bloc that Mali quit", "warned against sanctions
			// on the bloc that Mali quit": a relative clause after a noun
			// that takes no clause of its own
			// (not a time: "said on Monday that ...", "ruled in 2018 that ...")
			relative := k-1 > vi && units[k-1].kind == uNP && !thatNouns(doc.Tokens[units[k-1].head].Lower) && !doc.presplit &&
				(!info.report && !info.hyp && !directing[lemma] || k-2 > vi && units[k-2].kind == uP && !r.isTime(st, &units[k-1]) && !yearNP(doc, &units[k-1]))
			if doc.Tokens[u.a].Lower == "that" && k+1 < len(units) && units[k+1].kind != uVG && !(units[k+1].kind == uAdv && k+2 < len(units) && units[k+2].kind == uVG) && !relative {
				// complement clause: pass reporting/negation on to its verb
				// (not a relative clause: "a plan that was criticised")
				hadThat = true
				for n := k + 1; n < len(units); n++ {
					if units[n].kind == uVG {
						ic := clauseCtx{negated: c.negated, modality: c.modality, conf: c.conf * 0.9}
						if info.hyp {
							// "suggested that Putin call": a proposal, not a report
							ic.modality = schema.Hypothetical
						} else if info.report || accusing[lemma] {
							// ("complained that X was harassing": the
							// complainer's claim)
							if ic.modality == schema.Asserted {
								ic.modality = schema.Reported
							}
						}
						if info.neg {
							ic.negated = !ic.negated
							if lemma == "deny" {
								ic.modality = schema.Denied
							}
						}
						if _, set := st.ctx[n]; !set {
							st.ctx[n] = ic
						}
						break
					}
				}
				if rejecting[lemma] && len(comps) == 0 && !passive && !doc.presplit {
					// "Volta sued Hanjin, claiming ...; Hanjin denied
					// that ...": the denial answers the accuser
					r.answerAccuser(st, vi, subj, lemma, r.predText(st, v, -1), c)
				}
			}
			k = len(units)
		case uCC:
			if k+2 < len(units) && units[k+1].kind == uNP && units[k+2].kind == uVG {
				// "... and the race would be restarted": a new clause
				k = len(units)
				continue
			}
			if k == vi+1 && k+2 < len(units) && units[k+1].kind == uVG && units[k+2].kind == uNP && len(comps) == 0 && !passive && !copula && !units[k+1].passive && !doc.presplit {
				// "condemned and sanctioned Peru": the object is shared
				// (not "had gone too far and accused X")
				list, _ := r.npList(st, k+2)
				for _, s := range subj {
					for _, o := range list {
						r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.8, false)
					}
				}
			}
			if k+1 < len(units) && units[k+1].kind == uVG {
				if nv := &units[k+1]; passive && !nv.aux && doc.Tokens[nv.head].Tag == "VBN" {
					nv.passive = true // "is backed by X and opposed by Y"
				} else if passive && !nv.aux && doc.Tokens[nv.head].Tag == "VBD" && handOverVerbs[doc.Tokens[nv.head].Lemma] && k+2 < len(units) && units[k+2].kind == uP && doc.Tokens[units[k+2].a].Lower == "to" {
					// "were detained on Monday and handed over to Ostrel
					// police": a verb of handing over with no object of its
					// own shares the passive (the sailors did not hand
					// anything to the police), though its past looks finite
					nv.passive = true
				} else if passive && !nv.aux && doc.Tokens[nv.head].Tag == "VBD" && ditransitive[doc.Tokens[nv.head].Lemma] && k+2 < len(units) && units[k+2].kind == uNP {
					// "was summoned to the ministry and handed a letter of
					// protest by Ilse Varn": a giving verb whose object an
					// agent after "by" follows shares the passive (Varn
					// handed the letter), not "handed the keys to X"
					for j := k + 3; j+1 < len(units) && (units[j].kind == uP || units[j].kind == uNP); j++ {
						if b := &units[j+1]; units[j].kind == uP && doc.Tokens[units[j].a].Lower == "by" && b.kind == uNP && !meansNouns[doc.Tokens[b.head].Lower] && !r.isTime(st, b) {
							nv.passive = true
							break
						}
					}
				}
				cs, own := subj, false
				mx, hasMatrix := st.matrix[vi]
				if hasMatrix {
					// "did not tell X to threaten Y and made ...": the
					// matrix subject, not the infinitive's
					cs = r.subject(st, mx)
				}
				if len(cs) == 0 && nonFinite(st, vi) {
					// "fined X for using Y to shore up Z, and ordered X to
					// ...": the finite verb the non-finite chain hangs from
					if m := finiteBefore(st, vi, joinedTag(doc, v, &units[k+1])); m >= 0 {
						if sv := r.speakerVerb(st, m, &units[k+1]); sv >= 0 {
							// "said she remained confident of winning the
							// vote and accused X": the finite verb's clause
							// is reported, the act after it the speaker's
							m = sv
						}
						cs = r.subject(st, m)
						if mc, ok := st.ctx[m]; ok {
							st.ctx[k+1] = mc
						}
						own = true
					}
				}
				if m := relativeMain(st, vi, k+1); m >= 0 && !hasMatrix && !own {
					// "called it a mistake that would serve China and accused
					// X": a finite verb of another form than the relative
					// clause's joins the verb the relative's head hangs from
					cs, own = r.subject(st, m), true
					if mc, ok := st.ctx[m]; ok {
						st.ctx[k+1] = mc
					}
				}
				if (!hasMatrix || len(cs) == 0) && !own {
					if m := r.speakerVerb(st, vi, &units[k+1]); m >= 0 {
						// the speaker's own act, outside what was said
						cs, own = r.subject(st, m), true
						if mc, ok := st.ctx[m]; ok {
							st.ctx[k+1] = mc
						}
					}
				}
				if hasMatrix && !own && !doc.presplit {
					if m := r.speakerVerb(st, mx, &units[k+1]); m >= 0 {
						// "said the ruling was too weak to deter others and
						// called on X to ...": past the infinitive's matrix,
						// the speaker's own act, outside what was said
						cs, own = r.subject(st, m), true
						bc := r.baseCtx(st, m)
						st.ctx[k+1] = clauseCtx{modality: bc.modality, conf: bc.conf}
					}
				}
				st.forced[k+1] = r.unboundSubject(st, k+1, vi, cs)
				if nt := joinedTag(doc, v, &units[k+1]); doc.Tokens[v.head].Tag == "VBG" && !v.aux && (nt == "VBD" || nt == "VBZ" || nt == "VBP") && !doc.presplit {
					// "denied taking bribes and told the court ...": a finite
					// verb after a gerund joins the verb that took the gerund,
					// outside what was denied or considered
					own = true
				}
				if nv, nt, cw := &units[k+1], doc.Tokens[units[k+1].head].Tag, doc.Tokens[units[k].a].Lower; hasMatrix && vi > 0 && units[vi-1].kind == uTo && !v.aux && !v.modal && !nv.modal &&
					(cw == "and" || cw == "but") && (ownTense(doc, nv) || !nv.aux && !nv.passive && (nt == "VBD" || nt == "VBZ" || nt == "VBN") && doc.Tokens[nv.head].Lower != doc.Tokens[nv.head].Lemma) && !doc.presplit {
					// "agreed to buy X and sold Y", "urged X to open talks and
					// had criticised Y": a verb with its own tense (or a past
					// form the tagger read as a participle) is no second
					// infinitive but joins the verb the infinitive hangs from,
					// as asserted or said as that verb is (not "to act and cut
					// rates", whose past is its base, nor "to go or wanted")
					own = true
					if _, set := st.ctx[k+1]; !set {
						if mc, ok := st.ctx[mx]; ok {
							st.ctx[k+1] = clauseCtx{modality: mc.modality, conf: mc.conf}
						}
					}
				}
				if _, set := st.ctx[k+1]; !set && !own && c.modality != schema.Asserted {
					st.ctx[k+1] = clauseCtx{modality: c.modality, conf: c.conf}
					if nv := &units[k+1]; v.modal && !nv.modal && ownTense(doc, nv) {
						// "said Ostria would raise the matter and had informed
						// Varan": a verb with its own tense is outside the
						// modal, as said or asserted as the clause is
						delete(st.ctx, k+1)
						if pc, ok := st.ctx[vi]; ok {
							st.ctx[k+1] = clauseCtx{modality: pc.modality, conf: pc.conf}
						}
					}
				}
				k = len(units)
				continue
			}
			k++
		case uComma:
			if n := len(comps); n > 0 && (comps[n-1].prep < 0 || n == 1 && comps[0].prep == v.b && summonedIn(doc, v)) && comps[n-1].unit >= 0 && comps[n-1].unit < k-2 && units[k-1].kind == uNP && units[k-2].kind == uComma &&
				units[k-1].ent >= 0 && doc.Entities[units[k-1].ent].Type == schema.Person && len(comps[n-1].args) == 1 && comps[n-1].args[0].Entity == units[k-1].ent && r.purposeAfter(st, k+1) && !doc.presplit {
				// "summoned the envoy, Ivo Marek, to protest": the comma
				// closes the object's named apposition, and the purpose
				// infinitive after it is the verb's as without it
				k++
				continue
			}
			if nv := k + 2; passive && nv < len(units) && units[k+1].kind == uCC && doc.Tokens[units[k+1].a].Lower == "and" && units[nv].kind == uVG && !units[nv].aux && doc.Tokens[units[nv].head].Tag == "VBN" {
				units[nv].passive = true // "was drafted by X, and backed by Y", as without the comma
			}
			if k+1 < len(units) && units[k+1].kind == uVG && doc.Tokens[units[k+1].head].Tag == "VBG" && !auxBefore(doc, &units[k+1]) && !(reduced && patientUnit == vi-1) {
				// (after "talks hosted by X", the participle is the main clause's;
				// after "ordered Y to leave", the matrix clause's)
				ps := subj
				if m, ok := st.matrix[vi]; ok {
					ps = r.subject(st, m)
				} else if m := directedClause(st, vi); m >= 0 {
					// (after "demanded that Y resign", the demander's)
					ps = r.subject(st, m)
				}
				st.forced[k+1] = ps
			}
			if n, m := k+1, mainVerb(st, k); n+1 < len(units) && m >= 0 && !(reduced && patientUnit == vi-1) {
				// "named Y on Monday, hours after ousting X", "sold Y,
				// without consulting X": the gerund's subject is the main
				// clause's (the orderer's in "ordered Y to leave, after
				// meeting X", not the spender's in "raised the amount Y
				// spends, while cutting X")
				if units[n].kind == uAdv || units[n].kind == uNP && r.isTime(st, &units[n]) {
					n++
				}
				if n < len(units) && (units[n].kind == uP || units[n].kind == uSub) && r.adverbialGerund(st, m, n, r.subject(st, m), r.baseCtx(st, m)) {
					k = len(units)
					continue
				}
			}
			if n := k + 1; n < len(units) && units[n].kind == uAdv && len(comps) > 0 {
				// "fought several battles, most notably against X"
				for n < len(units) && units[n].kind == uAdv {
					n++
				}
				if n+1 < len(units) && units[n].kind == uP && units[n+1].kind == uNP && focusAdverb(doc, units[k+1].a, units[n].a) {
					k = n
					continue
				}
			}
			k = len(units)
		default:
			k = len(units)
		}
	}
	if info.report && !cognition[lemma] && !warnVerbs[lemma] && !doc.presplit {
		// "said the talks would resume and that the authority had
		// ignored every warning": a reported clause after "and that"
		// is a second thing said, not a clause of the first one's verb
		last := -1
		for _, cp := range comps {
			if cp.clause {
				last = cp.inner
			}
		}
		for j := vi + 1; last < 0 && j < len(units) && j <= vi+4; j++ {
			if ic, set := st.ctx[j]; units[j].kind == uVG {
				if set && ic.modality == schema.Reported {
					last = j // "said it would appeal and that ...": the first clause's subject is the speaker
				}
				break
			}
		}
		for j := last + 1; last >= 0 && j+3 < len(units); j++ {
			if units[j].kind != uCC || doc.Tokens[units[j].a].Lower != "and" || units[j+1].kind != uSub || doc.Tokens[units[j+1].a].Lower != "that" || units[j+2].kind != uNP {
				continue
			}
			list, nk := r.npList(st, j+2)
			nk = clauseVerbAfter(doc, units, nk)
			if nk >= len(units) || units[nk].kind != uVG || !finiteVG(doc, &units[nk]) {
				continue
			}
			a, ok := clauseSubj(j + 2)
			pr := doc.Tokens[units[j+2].a].Tag == "PRP"
			if w := doc.Tokens[units[j+2].a].Lower; w == "its" || w == "their" || w == "our" || w == "my" {
				ok, pr = false, true // "and that its navy had acted": mostly the speaker's own
			}
			if ok && (!pr || thirdPerson(doc.Tokens[units[j+2].a].Lower) && !hasEntity(subj, a.Entity)) || !ok && !pr && len(list) == 1 {
				// (not "and that it would appeal": the speaker again)
				comps = append(comps, comp{prep: -1, args: []Arg{a}, clause: true, unit: j + 2, inner: nk})
			}
			st.ctx[nk] = clauseCtx{negated: c.negated, modality: schema.Reported, conf: c.conf * 0.9}
			j = nk
		}
	}
	// eventWith relates actors to the "with" party of "in EVENT with X"
	// complements, the event noun being the predicate ("is in talks with
	// X", "locked in a dispute with X"), and reports whether it did.
	eventWith := func(actors []Arg, conf float64) bool {
		if len(comps) < 2 || comps[0].prep < 0 || comps[1].prep < 0 || comps[0].unit < 0 ||
			doc.Tokens[comps[0].prep].Lower != "in" || doc.Tokens[comps[1].prep].Lower != "with" {
			return false
		}
		head := doc.Tokens[units[comps[0].unit].head].Lower
		ev, ok := r.lex.events[head]
		if !ok || units[comps[0].unit].poss >= 0 {
			return false
		}
		others := r.pairOf(st, comps[1].args, actors) // "is in talks with both companies"
		for _, a := range actors {
			for _, o := range others {
				r.emit(st, vi, a, o, ev.lemma, r.predText(st, v, -1)+" in "+head+" with", c, conf, false)
			}
		}
		return true
	}
	if reduced && !passive && agent == nil && patientUnit == vi-1 && !doc.presplit && handOverVerbs[lemma] && len(comps) > 0 && comps[0].prep >= 0 && doc.Tokens[comps[0].prep].Lower == "to" {
		// "a contract awarded to Pellam Mills", "weapons supplied to the
		// militia": a reduced relative without its agent; the noun before
		// it is what was handed over, not the giver
		return
	}
	// "Ostria's ambassador was handed a protest note": by the state that
	// summoned the envoy
	if passive && agent == nil && (lemma == "hand" || lemma == "give" || lemma == "deliver") && len(comps) >= 1 && comps[0].prep < 0 && comps[0].unit >= 0 &&
		protestNote(doc, units, comps[0].unit) && !doc.presplit {
		for _, s := range subj {
			if a, ok := r.summoner(st, s); ok {
				r.emit(st, vi, a, s, "protest", r.predText(st, v, -1)+" protest note", c, 0.7, false)
			}
		}
	}
	if passive && feelingVerbs[lemma] && !doc.presplit && len(subj) > 0 {
		// "said he was disappointed by Acme's response", "was alarmed at
		// the Ruritanian raid", "was disappointed that Acme had refused":
		// the one who feels it judges an actor the cause names, owns or
		// is named by; a cause that is no actor ("was troubled by an
		// injury") stays the passive's agent below
		var targets []Arg
		for _, cp := range comps {
			switch {
			case cp.clause:
				if cp.unit >= 0 && len(cp.args) == 1 && units[cp.unit].ent < 0 && units[cp.unit].poss >= 0 && bodyNouns[doc.Tokens[units[cp.unit].head].Lower] {
					targets = append(targets, r.arg(st, &units[cp.unit])) // "that Acme's board had refused": the board
					continue
				}
				for _, a := range cp.args {
					if a.Entity >= 0 && actorEntity(doc, a.Entity) && !ownSide(doc, subj, a.Entity) {
						targets = append(targets, a)
					}
				}
			case cp.prep >= 0 && feelingPreps[doc.Tokens[cp.prep].Lower]:
				for _, a := range cp.args {
					if t, ok := causeActor(doc, a, subj); ok {
						targets = append(targets, t)
					}
				}
			}
		}
		for _, a := range agent {
			if t, ok := causeActor(doc, a, subj); ok {
				targets = append(targets, t)
			}
		}
		for _, o := range targets {
			for _, s := range subj {
				if s.Entity < 0 || o.Entity == s.Entity {
					continue
				}
				r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.75, false)
			}
		}
		if len(targets) > 0 {
			return
		}
	}
	if reduced && !passive && agent == nil && len(comps) > 0 && comps[0].prep >= 0 && !doc.presplit {
		// "Ivorian soldiers detained in Mali": the state held them
		r.custody(st, vi, v, lemma, comps[0].prep, comps[0].args[0], r.arg(st, &units[patientUnit]), c)
	}
	if passive || reduced && agent != nil {
		patients := subj
		for _, cp := range comps {
			if cp.prep < 0 || cp.unit < 0 || agent == nil || doc.presplit || doc.Tokens[cp.prep].Lower != "at" && doc.Tokens[cp.prep].Lower != "on" {
				continue
			}
			// "The rules were drafted by the Korvia Electoral Board at
			// the government's request": the government asked the agent,
			// not the rules
			if ev, asker, ok := r.behest(st, cp.unit); ok {
				for _, a := range agent {
					r.emit(st, vi, asker, a, ev, doc.Tokens[cp.prep].Text+" "+doc.Tokens[units[cp.unit].head].Text, c, 0.7, false)
				}
			}
		}
		if reduced && !passive {
			patients = []Arg{r.arg(st, &units[patientUnit])}
			if s := r.ledClauseSubject(st, vi, patientUnit, lemma); s != nil {
				patients = s
			}
			if agent != nil && !doc.presplit {
				r.answerAgent(st, patientUnit, agent, vi, lemma, r.predText(st, v, -1))
			}
		}
		if len(patients) == 1 && agent != nil {
			// "The offer from Brandex was rejected by X": X rejects Brandex
			if a, ok := r.eventAgent(st, patients[0]); ok {
				patients = append(patients, a)
			} else if responseVerbs[lemma] && !doc.presplit {
				// "The offer is backed by X": X backs whoever made it
				var ex []int
				for _, a := range agent {
					if a.Entity >= 0 {
						ex = append(ex, a.Entity)
					}
				}
				if m, ok := r.madeBy(st, patients[0], ex); ok {
					patients = append(patients, m)
				} else if pu := relativeHead(st, vi, reduced, patientUnit); pu >= 0 && patients[0].Entity < 0 && patients[0].Poss < 0 {
					// "X closed the border, a decision that was condemned
					// by Y": Y condemns X, whose act the decision is
					if m, ok := r.apposedActor(st, pu, agent, true); ok {
						patients = append(patients, m)
					}
				}
			}
			// "talks between A and B hosted by X": X hosts A and B ("the
			// meeting, chaired by X": X only presides)
			if hostVerbs[lemma] && lemma != "chair" {
				var ex []int
				for _, a := range agent {
					ex = append(ex, a.Entity)
				}
				parties := r.eventParties(st, patients[0], ex)
				if parties == nil && (lemma == "broker" || lemma == "mediate") && patients[0].Entity < 0 && patients[0].Poss < 0 && !doc.presplit {
					// "confidence-building measures brokered by X": X
					// brokers between the pair the story is about
					if _, ev := r.lex.events[headWord(patients[0].Text)]; !ev {
						if p, ok := r.focusPair(st, patients[0].Span.Start, st.si, "", true, 4, ex); ok {
							parties = pairArgs(patients[0], p)
						}
					}
				}
				patients = append(patients, parties...)
			}
		}
		// "Acme is locked in a dispute with X", "embroiled in talks with X"
		if passive && agent == nil && eventWith(patients, 0.75) {
			return
		}
		if on := slices.IndexFunc(comps, func(cp comp) bool { return cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "on" }); passive && lemma == "blame" && on >= 0 && !doc.presplit {
			// "The fire was blamed on Korvath Mining by Velmora": the one
			// blamed is after "on"; the fire blames no one
			for _, a := range agent {
				for _, o := range comps[on].args {
					r.emit(st, vi, a, o, lemma, r.predText(st, v, -1)+" on", c, 0.85, false)
				}
			}
			return
		}
		if agent != nil {
			if ledVerbs[lemma] && !doc.presplit {
				for i := range patients {
					patients[i] = ledMembers(doc, patients[i])
				}
			}
			if to := slices.IndexFunc(comps, func(cp comp) bool { return cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "to" }); to >= 0 && handOverVerbs[lemma] && !doc.presplit {
				// "a contract awarded by the rail company to a Chinese
				// firm", "the stake was sold by Acme to Zeta": the agent
				// hands the thing over to the one after "to"
				for _, a := range agent {
					for _, o := range comps[to].args {
						if o.Entity >= 0 && o.Entity == a.Entity || r.isTime(st, &units[comps[to].unit]) {
							continue
						}
						r.emit(st, vi, a, o, lemma, r.predText(st, v, -1)+" to", c, 0.8, false)
					}
				}
			}
			for _, a := range agent {
				for _, p := range patients {
					if doc.presplit && passive {
						// open extraction keeps the surface order: "It
						// was regained by Syria"
						r.emit(st, vi, p, a, lemma, r.predText(st, v, -1)+" by", c, 0.85, false)
						continue
					}
					r.emit(st, vi, a, p, lemma, r.predText(st, v, -1), c, 0.85, false)
					if responseVerbs[lemma] && p.Entity < 0 && a.Entity >= 0 {
						// "The offer is backed by X": X backs whoever made it
						if m, ok := r.madeBy(st, p, []int{a.Entity}); ok && m.Entity >= 0 {
							m.Text = doc.Entities[m.Entity].Name
							r.emit(st, vi, a, m, lemma, r.predText(st, v, -1)+" by", c, 0.7, false)
						}
					}
				}
			}
		} else if body := slices.IndexFunc(comps, func(cp comp) bool {
			return chamberVotes[lemma] && !doc.presplit && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "in" && len(cp.args) == 1 && cp.args[0].Entity >= 0 &&
				doc.Entities[cp.args[0].Entity].Type == schema.Organization && chamberWords[doc.Tokens[units[cp.unit].head].Lower]
		}); body >= 0 {
			// "The bill was approved in the Senate": the chamber approved it
			for _, p := range patients {
				r.emit(st, vi, comps[body].args[0], p, lemma, r.predText(st, v, -1)+" in", c, 0.7, false)
			}
		} else if !reduced {
			// agentless passive: an open triple with the first complement
			// ("DAF was fined 753 million euros" after "the Commission
			// fined five truck makers": the body that fined before fined
			// DAF too)
			if a, ok := r.priorAgent(st, lemma, patients); ok {
				for _, p := range patients {
					r.emit(st, vi, a, p, lemma, r.predText(st, v, -1), c, 0.5, false)
				}
				if len(comps) > 0 && comps[0].prep < 0 {
					// "Kestrel was fined 40 million euros, Harlan 30
					// million euros and ...": the gapped items too
					for _, p := range r.gappedSums(st, comps[0].unit) {
						r.emit(st, vi, a, p, lemma, r.predText(st, v, -1), c, 0.5, false)
					}
				}
			} else if pay := orderedToPay(st, vi); pay >= 0 && !c.negated {
				// "Kestrel was ordered to pay 30 million euros" after "the
				// office fined two brewers": the body that fined or
				// ordered a payment before ordered this one
				if a, pl, ok := r.priorPenalty(st, patients); ok {
					pt := r.predText(st, v, -1) + " to pay"
					for _, p := range patients {
						r.emit(st, vi, a, p, pl, pt, c, 0.5, false)
					}
					for _, p := range r.gappedSums(st, pay) {
						r.emit(st, vi, a, p, pl, pt, c, 0.5, false)
					}
				}
			}
			asBody := -1
			if len(comps) > 0 {
				asBody = r.removedAs(st, lemma, comps[0].prep, comps[0].unit, comps[0].args)
			}
			for _, p := range patients {
				if len(comps) > 0 && !doc.presplit && expelVerbs[lemma] && comps[0].prep >= 0 && doc.Tokens[comps[0].prep].Lower == "from" && (comps[0].args[0].Entity >= 0 &&
					(doc.Entities[comps[0].args[0].Entity].Type == schema.Organization || doc.Entities[comps[0].args[0].Entity].Type == schema.Country) ||
					comps[0].args[0].Entity < 0 && comps[0].args[0].Poss < 0 && orgKind(headWord(comps[0].args[0].Text))) {
					// "X was expelled from the party": the party expelled X
					// (named or not: "was suspended from the bloc")
					r.emit(st, vi, comps[0].args[0], p, lemma, r.predText(st, v, comps[0].prep), c, 0.6, false)
				} else if len(comps) > 0 && !doc.presplit && summonVerbs[lemma] && comps[0].prep >= 0 && doc.Tokens[comps[0].prep].Lower == "to" {
					// "the envoy was summoned to the foreign ministry": the
					// ministry summoned him; "was summoned to a meeting":
					// the meeting summoned no one
					o := comps[0].args[0]
					if b := r.sittingOf(st, comps[0].unit); o.Entity < 0 && b >= 0 {
						// "were summoned to a meeting of the party's
						// executive committee": the body that sits
						o = Arg{Entity: b, Poss: -1, Span: o.Span, Text: doc.Entities[b].Name}
					}
					if o.Entity >= 0 && o.Entity != p.Entity && (doc.Entities[o.Entity].Type == schema.Organization || doc.Entities[o.Entity].Type == schema.Country) {
						r.emit(st, vi, o, p, lemma, r.predText(st, v, comps[0].prep), c, 0.6, false)
					}
				} else if lemma == "swear" && len(comps) > 0 && comps[0].prep >= 0 && !doc.presplit {
					// "was sworn in as prime minister", "at a ceremony": an
					// office (the role stage states it) or a place, no party
				} else if asBody >= 0 && p.Entity != asBody {
					// "X was removed as chairman of Acme": Acme removed X
					r.emit(st, vi, Arg{Entity: asBody, Poss: -1, Span: comps[0].args[0].Span, Text: doc.Entities[asBody].Name}, p, lemma, r.predText(st, v, comps[0].prep), c, 0.6, false)
				} else if len(comps) > 0 && ditransitive[lemma] && comps[0].prep < 0 && !doc.presplit {
					// "the envoy had been handed a letter of protest": the
					// envoy received it, and handed nothing ("Dunmore was
					// handed a penalty": the body that fined before fined
					// it)
					if a, ok := r.priorAgent(st, "fine", []Arg{p}); ok && !c.negated && comps[0].unit >= 0 && fineNouns[doc.Tokens[units[comps[0].unit].head].Lower] {
						r.emit(st, vi, a, p, "fine", r.predText(st, v, -1), c, 0.5, false)
					} else if !c.negated && prisonTerm(st, comps[0].unit) {
						// "X and Y were each given nine years" after "the
						// court sentenced nine leaders": that court
						// sentenced them
						if a, ok := r.priorCourt(st, []Arg{p}); ok {
							r.emit(st, vi, a, p, "sentence", r.predText(st, v, -1), c, 0.5, false)
						}
					}
				} else if len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 && units[comps[0].unit].a == units[comps[0].unit].head && roleWord(doc, r.lex, units[comps[0].unit].head) && !doc.presplit {
					// "X was elected speaker", "was named chairman": a bare
					// office says what X became (the role stage states it)
				} else if len(comps) > 0 && !doc.presplit && comps[0].prep >= 0 && passiveSetting(doc, doc.Tokens[v.head].Lower, doc.Tokens[comps[0].prep].Lower, comps[0].args[0]) {
					// "X was arrested in Brevonia", "was extradited from
					// Aldoria", "was sold to Kestrel Foods": the place, the
					// source or the recipient, which the passive's subject
					// did nothing to; a state that held X in custody
					// there did it ("had been jailed in Ostria")
					r.custody(st, vi, v, lemma, comps[0].prep, comps[0].args[0], p, c)
				} else if len(comps) > 0 && !doc.presplit && comps[0].prep >= 0 && (lemma == "convict" || lemma == "sentence" || lemma == "acquit") &&
					(comps[0].args[0].Entity < 0 || !actorEntity(doc, comps[0].args[0].Entity)) {
					// "X was sentenced to six years", "was convicted of
					// sedition": the term or the charge, which the
					// subject did nothing to
				} else if len(comps) > 0 && !doc.presplit && comps[0].prep >= 0 && doc.Tokens[comps[0].prep].Lower == "to" && handOverVerbs[lemma] {
					// "were handed over to local prosecutors", named or
					// not: the recipient, whom the subject handed nothing
				} else if len(comps) > 0 {
					r.emit(st, vi, p, comps[0].args[0], lemma, r.predText(st, v, comps[0].prep), c, 0.5, false)
				} else if doc.presplit {
					r.openTail(st, vi, p, lemma, c)
				}
			}
		}
		return
	}
	if len(subj) == 0 {
		return
	}
	if fineTakers[lemma] && !passive && !c.negated && !doc.presplit && len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 && fineNouns[doc.Tokens[units[comps[0].unit].head].Lower] {
		// "Tarvik received the largest penalty" after "the Valmor
		// Competition Office fined four brewers": the office fined it
		if a, ok := r.priorAgent(st, "fine", subj); ok {
			for _, s := range subj {
				r.emit(st, vi, a, s, "fine", r.predText(st, v, -1), c, 0.5, false)
			}
		}
	}
	if fineTakers[lemma] && !passive && !c.negated && !doc.presplit && len(comps) > 0 && comps[0].prep < 0 && prisonTerm(st, comps[0].unit) {
		// "Y received 11 years" after "the court sentenced X and Y": that
		// court sentenced Y
		if a, ok := r.priorCourt(st, subj); ok {
			for _, s := range subj {
				r.emit(st, vi, a, s, "sentence", r.predText(st, v, -1), c, 0.5, false)
			}
		}
	}
	if (lemma == "rule" || lemma == "find" || lemma == "say" || lemma == "conclude") && !passive && !c.negated && !doc.presplit && len(subj) == 1 && judgingArg(doc, subj[0]) {
		// "The judge ruled that the state had failed to prove that X
		// knew": the court cleared X
		if y := unprovenAgainst(st, vi); y >= 0 {
			r.emit(st, vi, subj[0], r.arg(st, &units[y]), "clear", r.predText(st, v, -1), c, 0.5, false)
		}
	}
	if lemma == "go" && !passive && !c.negated && !doc.presplit && len(subj) == 1 && subj[0].Entity < 0 && termNouns[headWord(subj[0].Text)] &&
		len(comps) > 0 && comps[0].prep >= 0 && doc.Tokens[comps[0].prep].Lower == "to" {
		// "The heaviest sentence went to X" after "the court sentenced
		// nine leaders": that court sentenced X
		if a, ok := r.priorCourt(st, comps[0].args); ok {
			for _, p := range comps[0].args {
				r.emit(st, vi, a, p, "sentence", r.predText(st, v, comps[0].prep), c, 0.5, false)
			}
		}
	}
	if sanctionVerbs[lemma] && !doc.presplit && len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 && units[comps[0].unit].ent >= 0 {
		// "fined Kestrel 40 million euros, Harlan 30 million euros and
		// Ostby 12 million": the gapped items are fined too
		for _, p := range r.gappedSums(st, comps[0].unit+1) {
			for _, s := range subj {
				r.emit(st, vi, s, p, lemma, r.predText(st, v, -1), c, 0.7, false)
			}
		}
	}
	if (lemma == "own" || lemma == "hold") && !doc.presplit && !passive && len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 && shareObject(doc, &units[comps[0].unit]) && !ownsShareOf(comps[0].args[0].Text) &&
		!slices.ContainsFunc(comps[1:], func(cp comp) bool {
			return cp.prep >= 0 && (doc.Tokens[cp.prep].Lower == "of" || doc.Tokens[cp.prep].Lower == "in")
		}) {
		// "Orchid Commodities, which owns 6 percent, rejected the offer":
		// a share of the company the story says is being bought, as of
		// the family that "still owns 38 percent", a holder the story
		// need not name
		for _, s := range subj {
			if s.Entity < 0 && toLower(lastWord(s.Text)) != "family" {
				continue
			}
			if s.Entity < 0 && strings.EqualFold(firstWord(s.Text), "the") {
				// "the Pellam family" holds it, not the Pellam the story
				// named ("his family" or "whose family" is his)
				s.Poss = -1
			}
			if t, ok := r.shareTarget(st, s, comps[0].args[0]); ok {
				r.emit(st, vi, s, t, lemma, r.predText(st, v, -1), c, 0.6, false)
			}
		}
	}
	if (lemma == "build" || lemma == "amass" || lemma == "accumulate") && !doc.presplit && !passive && len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 &&
		doc.Tokens[units[comps[0].unit].head].Lower == "stake" && !ownsShareOf(comps[0].args[0].Text) &&
		!slices.ContainsFunc(comps[1:], func(cp comp) bool {
			return cp.prep >= 0 && (doc.Tokens[cp.prep].Lower == "of" || doc.Tokens[cp.prep].Lower == "in") && !(cp.unit >= 0 && (r.isTime(st, &units[cp.unit]) || shareHead(doc.Tokens[units[cp.unit].head].Lower)))
		}) {
		// "Norrvik Capital, which has built a 6% stake in recent weeks",
		// "he had built up a stake of about 9%": a stake in the company
		// the story says is being bought
		for _, s := range subj {
			if s.Entity < 0 {
				continue
			}
			if t, ok := r.shareTarget(st, s, comps[0].args[0]); ok {
				r.emit(st, vi, s, t, "own", r.predText(st, v, -1)+" stake", c, 0.6, false)
			}
		}
	}
	if info.report && len(comps) == 0 {
		// "..., authorities said": what precedes is what was said
		r.precedingReport(st, vi, subj, c)
	}
	// "Steve and Yuri discussed a plan": the pair
	symObj := false
	pairLemma, pairText := lemma, r.predText(st, v, -1)
	pc := c // the pair's own act: "had no contacts" denies it
	eu := -1
	if len(comps) > 0 && lightVerbs[lemma] {
		// "held three hours of talks" (but "ended 18 days of talks"
		// ends no talks between the two)
		eu = measuredEvent(doc, units, vi, comps[0].prep, comps[0].unit)
	}
	if eu >= 0 || len(comps) > 0 && comps[0].prep < 0 && comps[0].unit >= 0 {
		if eu < 0 {
			eu = comps[0].unit
		}
		head := doc.Tokens[units[eu].head]
		ev, ok := r.lex.events[head.Lower]
		// "signed a deal", "held talks", "ended their dispute" (not
		// "welcomed the agreement")
		symObj = ok && ev.symmetric && (lightVerbs[lemma] || dealVerbs[lemma] || jointVerbs[lemma]) && !separateEvents(doc, &units[eu])
		if !ok && dealVerbs[lemma] && len(comps[0].args) == 1 && comps[0].args[0].Entity < 0 && pactIn(comps[0].args[0].Text) {
			// "Armenia and Azerbaijan initialled the text of a peace
			// treaty": a pact whose name the phrase ends in
			symObj = true
		}
		if !symObj && (lemma == "sign" || lemma == "initial") && len(comps[0].args) == 1 && comps[0].args[0].Entity < 0 && jointText(comps[0].args[0].Text) {
			// "Bhutan and Nauru signed a joint declaration", "X and Y
			// signed a declaration": a text the two sign together binds
			// each to the other
			symObj = true
		}
		if symObj && lightVerbs[lemma] {
			// "Estonia and Latvia held talks": they talked
			pairLemma, pairText = ev.lemma, pairText+" "+head.Text
			if units[eu].no {
				// "the two countries have had no contacts since": they
				// have not been in contact
				pc.negated = !pc.negated
			}
		}
		if lemma == "shake" && head.Lower == "hands" {
			// "X and Y shook hands": they met
			symObj, pairLemma, pairText = true, "meet", pairText+" "+head.Text
		}
		if ok && (lemma == "trade" || lemma == "exchange") && len(subj) == 2 && head.Tag == "NNS" {
			// "X and Y traded accusations": each accused the other
			r.emit(st, vi, subj[0], subj[1], ev.lemma, pairText+" "+head.Text, c, 0.7, false)
			r.emit(st, vi, subj[1], subj[0], ev.lemma, pairText+" "+head.Text, c, 0.7, false)
		}
	}
	// "Serbia and Albania have quarrelled for years over X": only times
	// and topics after a symmetric verb
	topics := len(comps) > 0 && symmetricVerb(lemma)
	for _, cp := range comps {
		if !topicOnly(doc, cp.prep) && !(cp.prep >= 0 && len(cp.args) == 1 && timeWords[headWord(cp.args[0].Text)]) && !(cp.prep < 0 && v.prt >= 0 && topicOnly(doc, v.prt)) {
			topics = false // ("clashed over X": a particle read as "over" is a topic too)
		}
	}
	// "Germany and France visited China", "called on Iran to stop",
	// "consulted Italy": a one-way contact verb aimed at someone else is
	// no contact between the two ("met Biden" still is: they met together,
	// and what they "exchanged" passed between them)
	aimed := false
	if !symmetricVerb(lemma) && lemma != "exchange" && lemma != "swap" {
		for _, cp := range comps {
			aimed = aimed || !(len(cp.args) == 1 && cp.args[0].Entity < 0 && timeWords[headWord(cp.args[0].Text)])
		}
	} else if len(comps) > 0 && comps[0].prep >= 0 {
		// "called for a ceasefire", "called on Iran": the verb and its
		// preposition are a one-way act, unlike a telephone call
		p, ok := schema.Vocabulary().Predicate(lemma + " " + doc.Tokens[comps[0].prep].Lower)
		aimed = ok && p.Direction != schema.Symmetric
		topics = topics && !aimed
	}
	// (not "Acme and Zeta recommended that shareholders reject the bid":
	// a complement clause, like an infinitive, is what the two did, not
	// an act on each other; nor "the two firms concluded that ...": a
	// deal verb with a clause is a finding, no deal between them; but
	// "the two leaders agreed that ..." agreed with each other)
	// "everything they wanted", "the party, which they accused of ...":
	// the object is the relative clause's head, so a pair subject does
	// not act on each other (but "the deal they signed" binds the two)
	// (objectGap holds for every relative list: "the front, which Japan,
	// the EU and the US condemned")
	gapped := len(subj) >= 2 && objectGap(st, vi) && !symmetricVerb(lemma) && !jointVerbs[lemma] && !dealVerbs[lemma]
	if len(subj) >= 2 && !gapped && !along && !numbered && !(subj[0].Entity < 0 && subj[1].Entity >= 0) && (pair && !pairless[lemma] && !info.report && !(len(comps) > 0 && comps[0].prep >= 0 && doc.Tokens[comps[0].prep].Lower == "as") && (symmetricVerb(lemma) || jointVerbs[lemma] || dealVerbs[lemma] || len(comps) == 0 || comps[0].prep >= 0 || comps[0].unit < 0) || info.cameo == "04" && !aimed || info.cameo == "03" && (len(comps) == 0 || comps[0].prep >= 0 || symmetricVerb(lemma)) || symObj || (len(comps) == 0 || topics) && info.cameo != "" && !info.report && !pairless[lemma]) && !((hadInf || hadThat) && len(comps) == 0 && !symmetricVerb(lemma)) && !(hadThat && dealVerbs[lemma] && lemma != "agree") {
		if lemma == "end" && !doc.presplit && subj[0].Entity >= 0 && subj[1].Entity >= 0 {
			// "X and Y signed a deal, ending a dispute": they ended
			// something between them, which is no act of one on the other;
			// the pair stays in focus
			*st.pairs = append(*st.pairs, pairMention{ents: [2]int{subj[0].Entity, subj[1].Entity}, at: doc.Tokens[v.a].Span.Start, sent: st.si, weight: 2})
		} else {
			r.emit(st, vi, subj[0], subj[1], pairLemma, pairText, pc, 0.7, false)
			if len(subj) >= 3 && (symObj || symmetricVerb(lemma)) {
				// "Velmora, Ostria and Tarnland signed a joint
				// declaration", "... held talks": every two of three
				// named parties share the act, not only the first two
				for i := range subj {
					for j := i + 1; j < len(subj); j++ {
						if j > 1 && subj[i].Entity >= 0 && subj[j].Entity >= 0 && subj[i].Entity != subj[j].Entity {
							r.emit(st, vi, subj[i], subj[j], pairLemma, pairText, pc, 0.7, false)
						}
					}
				}
			}
		}
	}
	// "the bloc that Mali quit last year", "his faction, which prosecutors
	// are investigating": no direct object after the verb, whose object
	// the noun before the relative clause may be
	direct := false
	for _, cp := range comps {
		time := len(cp.args) == 1 && cp.args[0].Entity < 0 && timeWords[headWord(cp.args[0].Text)]
		direct = direct || cp.prep < 0 && !time
	}
	if !direct && !copula && !doc.presplit && (info.cameo != "" || transitive[lemma] || appointVerbs[lemma] && relativeGapHead(st, vi) >= 0 || r.eventGap(st, vi)) {
		r.gapObject(st, vi, subj, lemma, c)
	}
	if lemma == "protest" && !doc.presplit {
		r.summonProtest(st, vi, subj)
	}
	// "The president refused for more than a year": a time after the
	// verb is no object of the answer
	onlyTime := len(comps) > 0
	for _, cp := range comps {
		onlyTime = onlyTime && cp.prep >= 0 && timePreps[doc.Tokens[cp.prep].Lower] && len(cp.args) == 1 && cp.args[0].Entity < 0 && timeWords[headWord(cp.args[0].Text)]
	}
	if onlyTime && answerVerbs[lemma] {
		r.answer(st, vi, subj, lemma, c)
	}
	if !doc.presplit && (len(comps) == 0 || onlyTime) && castVote(doc, v, lemma) {
		r.votedOn(st, vi, subj, lemma, c)
	}
	if len(comps) == 0 {
		if answerVerbs[lemma] {
			r.answer(st, vi, subj, lemma, c)
		}
		if lemma == "settle" && !doc.presplit {
			// "the Valmor Competition Office fined four brewers ... All
			// four agreed to settle": they settled with the body that
			// fined them (a named party only if that body fined it)
			if a, ok := r.priorAgent(st, "fine", nil); ok {
				for _, s := range subj {
					if s.Entity >= 0 && !slices.ContainsFunc(doc.Relations, func(rel Relation) bool {
						return rel.Pred == "fine" && rel.Subj.Entity == a.Entity && rel.Obj.Entity == s.Entity
					}) {
						continue
					}
					r.emit(st, vi, s, a, lemma, r.predText(st, v, -1)+" with", c, 0.5, false)
				}
			}
		}
		if l, ok := st.lift[vi]; ok {
			r.offerToPair(st, vi, l, true) // "offered to mediate"
			r.refuseTalks(st, vi, l)
		}
		if answerActs[lemma] && !doc.presplit {
			r.retaliation(st, vi, subj, lemma, c)
		}
		if doc.presplit {
			for _, s := range subj {
				r.openTail(st, vi, s, lemma, c)
			}
		}
		return
	}
	if doc.presplit && (len(comps) >= 2 || len(comps) == 1 && len(comps[0].args) > 1) {
		// the whole complement as one argument, for open extraction
		first, last := comps[0].args[0], comps[len(comps)-1].args[len(comps[len(comps)-1].args)-1]
		full := Arg{Poss: -1, Entity: -1, Span: Span{first.Span.Start, last.Span.End}}
		full.Text = doc.Text[full.Span.Start:full.Span.End]
		for _, s := range subj {
			r.emit(st, vi, s, full, lemma, r.predText(st, v, comps[0].prep), c, r.fullConf, false)
		}
	}
	// "faced a call by X", "received an offer from X": X is the event's agent
	// and the subject its target
	if recipientVerbs[lemma] && len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep >= 0 {
		ev, ok := r.lex.events[doc.Tokens[units[comps[0].unit].head].Lower]
		ptext := doc.Tokens[units[comps[0].unit].head].Text
		if inner, iok := r.innerEvent(st, comps[0].unit); iok {
			// "drew a promise of retaliation from X": X retaliates
			ev, ok, ptext = inner, true, ptext+" of "+inner.lemma
		} else if l, sok := opposedNouns[toLower(ptext)]; sok && !ok {
			ev, ok = eventInfo{lemma: l}, true
		}
		from := 1
		for from+1 < len(comps) && comps[from].prep >= 0 && len(comps[from].args) == 1 && comps[from].unit >= 0 && r.isTime(st, &units[comps[from].unit]) {
			from++ // "won support on Monday from X"
		}
		if ok && comps[from].prep >= 0 {
			if p := doc.Tokens[comps[from].prep].Lower; p == "by" || p == "from" {
				c := c
				if comps[0].no {
					c.negated = !c.negated // "drew no criticism from X"
				}
				for _, a := range comps[from].args {
					for _, s := range subj {
						r.emit(st, vi, a, s, ev.lemma, ptext+" "+p, c, 0.75, false)
					}
				}
				comps = comps[:1]
			}
		}
	}
	// "won the support of X", "drew the condemnation of X": after a
	// recipient verb the of-phrase of a stance names its maker
	// ("has the backing of X", "retained the blessing of X": a verb of
	// holding keeps the support X gives)
	if (recipientVerbs[lemma] || backingHolders[lemma]) && len(comps) >= 1 && comps[0].prep < 0 && comps[0].unit >= 0 && !doc.presplit {
		k := comps[0].unit
		ev, ok := r.lex.events[doc.Tokens[units[k].head].Lower]
		if l, bok := backingNouns[doc.Tokens[units[k].head].Lower]; bok {
			ev, ok = eventInfo{lemma: l}, true
		}
		if ok && stanceOf[ev.lemma] && units[k].poss < 0 && k+2 < len(units) &&
			units[k+1].kind == uP && doc.Tokens[units[k+1].a].Lower == "of" && units[k+2].kind == uNP {
			c := c
			if comps[0].no || noLonger(doc, v.a) {
				// "no longer has the backing of X": X backs it no more
				c.negated = !c.negated
			}
			makers, _ := r.npList(st, k+2)
			for _, a := range makers {
				if a.Entity < 0 && a.Poss < 0 {
					a.Entity = r.npActor(st, k+2)
				}
				if a.Entity < 0 || !actorEntity(doc, a.Entity) {
					continue
				}
				for _, s := range subj {
					r.emit(st, vi, a, s, ev.lemma, doc.Tokens[units[k].head].Text+" of", c, 0.75, false)
				}
			}
		}
	}
	// "opened a review of the deal", "launched an investigation of Acme":
	// after a light verb the of-phrase of an inquiry is what it looks into
	if lightVerbs[lemma] && len(comps) >= 1 && comps[0].prep < 0 && comps[0].unit >= 0 && !doc.presplit {
		k := comps[0].unit
		if ev, ok := r.lex.events[doc.Tokens[units[k].head].Lower]; ok && ev.lemma == "investigate" && units[k].poss < 0 && k+2 < len(units) &&
			units[k+1].kind == uP && doc.Tokens[units[k+1].a].Lower == "of" && units[k+2].kind == uNP {
			c := c
			if comps[0].no {
				c.negated = !c.negated
			}
			targets, _ := r.npList(st, k+2)
			_, act := r.lex.events[doc.Tokens[units[k+2].head].Lower]
			pron := ownerPronouns[doc.Tokens[units[k+2].a].Lower]
			for _, o := range targets {
				for _, s := range subj {
					// an actor, an actor's doings or an act ("a review of
					// the merger"), not the subject's own ("a strategic
					// review of its options")
					if o.Entity >= 0 && o.Entity != s.Entity || o.Entity < 0 && (act || o.Poss >= 0 && o.Poss != s.Entity && !pron) {
						r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" "+doc.Tokens[units[k].head].Text+" of", c, 0.7, false)
					}
				}
			}
		}
	}
	// "hosted talks between A and B", "brokered a deal between A and B":
	// the subject acts on each party
	if len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep >= 0 && doc.Tokens[comps[1].prep].Lower == "between" && hostVerbs[lemma] {
		if ev, ok := r.lex.events[doc.Tokens[units[comps[0].unit].head].Lower]; ok && ev.symmetric {
			var ex []int
			for _, s := range subj {
				ex = append(ex, s.Entity)
			}
			for _, s := range subj {
				for _, o := range r.partiesOf(st, comps[1].args, ex) {
					r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.75, false)
				}
			}
		}
	}
	// "hosted the talks", "mediated earlier rounds of negotiations": the
	// parties in focus (who chairs a meeting only presides over it: "the
	// minister who chaired the meeting")
	if hostVerbs[lemma] && lemma != "chair" && len(comps) >= 1 && comps[0].prep < 0 && len(comps[0].args) == 1 && comps[0].args[0].Entity < 0 && !doc.presplit &&
		(len(comps) == 1 || comps[1].prep < 0 || doc.Tokens[comps[1].prep].Lower != "between" && doc.Tokens[comps[1].prep].Lower != "with") {
		var ex []int
		for _, s := range subj {
			ex = append(ex, s.Entity)
		}
		for _, o := range r.eventParties(st, comps[0].args[0], ex) {
			for _, s := range subj {
				r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.7, false)
			}
		}
	}
	// "held talks with X", "made a call to X": the event noun is the predicate
	if len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep >= 0 {
		head := doc.Tokens[units[comps[0].unit].head].Lower
		c := c
		if comps[0].no {
			c.negated = !c.negated // "signed no agreement with X", "held no talks with X"
		}
		// "held talks with X and with Y": a repeated preposition after
		// "and" adds a party of the same event
		n := 2
		for n < len(comps) && comps[n].prep > 0 && doc.Tokens[comps[n].prep].Lower == doc.Tokens[comps[1].prep].Lower && doc.Tokens[comps[n].prep-1].Lower == "and" {
			n++
		}
		// (a shared act is one too: "will co-host a summit with X"; so is
		// the verb's own act: "fought running battles with X")
		// (an aspectual or announcing verb hands its act to the noun too,
		// also with the subject's own possessive: "completed its
		// withdrawal from X", "announced her resignation from X")
		ev, ok := r.lex.events[head]
		own := ok && !ev.symmetric && eventCarriers[lemma] && !doc.presplit && ownPossessor(doc, &units[comps[0].unit], subj)
		if ok && (lightVerbs[lemma] || lightVerbs[strings.TrimPrefix(lemma, "co-")] || lemma == ev.lemma || !ev.symmetric && r.grantVerb(st, v) || own) && (units[comps[0].unit].poss < 0 || own) {
			pw := doc.Tokens[comps[1].prep].Lower
			if pw == "from" && departures[ev.lemma] {
				pw = "to" // "withdrawal from X", "resignation from X": X is left
			}
			switch pw {
			case "with", "to", "on", "against", "for", "into":
				for _, cp := range comps[1:n] {
					for _, s := range subj {
						for _, o := range r.pairOf(st, cp.args, subj) { // "imposed sanctions on both countries"
							r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" "+head+" "+doc.Tokens[cp.prep].Text, c, 0.8, false)
							if ev.lemma == "investigate" && o.Entity < 0 && o.Poss >= 0 && o.Poss != s.Entity && actorEntity(doc, o.Poss) && !doc.presplit {
								// "opened an investigation into Acme's
								// accounts": into Acme
								p := Arg{Entity: o.Poss, Poss: -1, Span: o.Span, Text: doc.Entities[o.Poss].Name}
								r.emit(st, vi, s, p, ev.lemma, r.predText(st, v, -1)+" "+head+" "+doc.Tokens[cp.prep].Text, c, 0.7, false)
							}
						}
					}
					if ev.lemma == "investigate" && !doc.presplit && doc.Tokens[cp.prep].Lower == "into" && cp.unit >= 0 && units[cp.unit].ent < 0 {
						// "launched an investigation into imports of
						// Canadian canola": into the country the goods
						// come from
						for _, o := range r.goodsOrigins(st, cp.unit) {
							for _, s := range subj {
								if o.Entity != s.Entity && !ownSide(doc, subj, o.Entity) {
									r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" "+head+" into", c, 0.6, false)
								}
							}
						}
					}
				}
				if n > 2 {
					comps = append(comps[:2], comps[n:]...)
				}
			}
		} else if ok && ev.symmetric && dealVerbs[lemma] && doc.Tokens[comps[1].prep].Lower == "with" {
			// "signed a trade agreement with X", "struck a deal with X",
			// "signed agreements with X and with Y"
			for _, cp := range comps[1:n] {
				for _, s := range subj {
					for _, o := range cp.args {
						r.emit(st, vi, s, o, lemma, r.predText(st, v, -1)+" "+head+" with", c, 0.8, false)
					}
				}
			}
			if n > 2 {
				comps = append(comps[:2], comps[n:]...)
			}
		}
	}
	// "launched a probe into how X valued Y", "an inquiry into whether X
	// misled investors": the event is on the clause's subject
	if len(comps) == 1 && comps[0].prep < 0 && comps[0].unit >= 0 && !doc.presplit {
		u := comps[0].unit
		if ev, ok := r.lex.events[doc.Tokens[units[u].head].Lower]; ok && lightVerbs[lemma] && units[u].poss < 0 && !ev.symmetric &&
			u+3 < len(units) && units[u+1].kind == uP && (doc.Tokens[units[u+1].a].Lower == "into" || doc.Tokens[units[u+1].a].Lower == "over") &&
			(units[u+2].kind == uWH || units[u+2].kind == uOther || units[u+2].kind == uSub) && units[u+2].b-units[u+2].a == 1 && wonderWords[doc.Tokens[units[u+2].a].Lower] && units[u+3].kind == uNP && units[u+3].ent >= 0 && actorEntity(doc, units[u+3].ent) {
			c := c
			if comps[0].no {
				c.negated = !c.negated
			}
			for _, s := range subj {
				r.emit(st, vi, s, r.arg(st, &units[u+3]), ev.lemma, r.predText(st, v, -1)+" "+doc.Tokens[units[u].head].Text+" "+doc.Tokens[units[u+1].a].Text, c, 0.7, false)
			}
		}
	}
	// "gave Talmoria an ultimatum", "sent Talmoria a warning": the event
	// noun after the recipient is the act on it
	if len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep < 0 && comps[1].unit >= 0 && ditransitive[lemma] && lightVerbs[lemma] && !doc.presplit && units[comps[1].unit].poss < 0 {
		if ev, ok := r.lex.events[doc.Tokens[units[comps[1].unit].head].Lower]; ok && !ev.symmetric && (ev.lemma == "threaten" || ev.lemma == "warn") {
			for _, s := range subj {
				for _, o := range comps[0].args {
					if o.Entity >= 0 && actorEntity(doc, o.Entity) {
						r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" "+doc.Tokens[units[comps[1].unit].head].Text, c, 0.8, false)
					}
				}
			}
		}
	}
	// "hit X with a $5bn fine", "slapped X with sanctions": the penalty
	// noun is the act on X
	if len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep >= 0 && doc.Tokens[comps[1].prep].Lower == "with" && penaltyVerbs[lemma] {
		head := doc.Tokens[units[comps[1].unit].head].Lower
		if ev, ok := r.lex.events[head]; ok && !ev.symmetric {
			for _, s := range subj {
				for _, o := range comps[0].args {
					r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" with "+head, c, 0.8, false)
				}
			}
		}
	}
	// "built a 7% stake in X", "holds a stake in X": ownership
	if len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep >= 0 && doc.Tokens[comps[1].prep].Lower == "in" && stakeVerbs[lemma] && !(comps[1].unit >= 0 && r.isTime(st, &units[comps[1].unit])) {
		// (not "built a 6% stake in recent weeks": when, not in whom)
		if ev, ok := r.lex.events[doc.Tokens[units[comps[0].unit].head].Lower]; ok && ev.lemma == "own" {
			for _, s := range subj {
				for _, o := range comps[1].args {
					r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" "+doc.Tokens[units[comps[0].unit].head].Text+" in", c, 0.8, false)
				}
			}
			if lemma != "hold" && lemma != "buy" && lemma != "acquire" {
				comps = comps[:1] // "built a stake in X" is no building of X
			}
		}
	}
	// "owns about a fifth of X", "bought 30 percent of X": the company
	// whose part is held
	if len(comps) >= 1 && (comps[0].prep < 0 || approximators[doc.Tokens[comps[0].prep].Lower]) && len(comps[0].args) == 1 && comps[0].args[0].Entity < 0 &&
		partVerbs[lemma] && !doc.presplit {
		if e, part, ok := partOf(doc, comps[0].args[0]); ok {
			o := Arg{Entity: e, Poss: -1, Span: comps[0].args[0].Span, Text: doc.Entities[e].Name}
			for _, s := range subj {
				r.emit(st, vi, s, o, lemma, r.predText(st, v, -1)+" "+doc.Tokens[part].Text+" of", c, 0.7, false)
			}
		}
	}
	// "Acme is in talks with X", "remains in dialogue with X": the event
	// noun is the predicate
	if stateVerbs[lemma] && eventWith(subj, 0.8) {
		comps = nil
	}
	// "Acme is under investigation by X", "came under pressure from X": X
	// acts on the subject
	if (stateVerbs[lemma] || lemma == "come") && len(comps) >= 2 && comps[0].prep >= 0 && comps[1].prep >= 0 && comps[0].unit >= 0 &&
		doc.Tokens[comps[0].prep].Lower == "under" && (doc.Tokens[comps[1].prep].Lower == "by" || doc.Tokens[comps[1].prep].Lower == "from") {
		head := doc.Tokens[units[comps[0].unit].head].Lower
		ev, ok := r.lex.events[head]
		if l, idiom := underIdioms[head]; idiom {
			ev, ok = eventInfo{lemma: l}, true // "came under fire from X": X criticised the subject
		}
		if ok && !ev.symmetric {
			for _, a := range comps[1].args {
				for _, s := range subj {
					r.emit(st, vi, a, s, ev.lemma, "under "+head+" "+doc.Tokens[comps[1].prep].Text, c, 0.8, false)
				}
			}
			comps = nil
		}
	}
	// "recalled its ambassador from X", "recalled its envoy to X": the
	// subject withdraws its envoy from X ("recall" is no recollection here)
	if (lemma == "recall" || lemma == "withdraw") && len(comps) >= 2 && comps[0].prep < 0 && comps[0].unit >= 0 && comps[1].prep >= 0 && comps[1].unit == comps[0].unit+2 &&
		envoyNouns[doc.Tokens[units[comps[0].unit].head].Lower] && !doc.presplit {
		if p := doc.Tokens[comps[1].prep].Lower; p == "from" || p == "to" || p == "in" {
			for _, s := range subj {
				for _, o := range comps[1].args {
					if o.Entity >= 0 && actorEntity(doc, o.Entity) {
						r.emit(st, vi, s, o, lemma, r.predText(st, v, -1)+" "+doc.Tokens[units[comps[0].unit].head].Text+" "+p, c, 0.8, false)
					}
				}
			}
		}
	}
	if (lemma == "recall" || lemma == "withdraw") && len(comps) >= 1 && comps[0].prep < 0 && comps[0].unit >= 0 && !doc.presplit {
		// "recalled its ambassador to Mexico": the post is part of the
		// envoy's phrase (chunk), and the subject withdraws the envoy
		// from it
		for _, o := range comps[0].args {
			if host := envoyHost(doc, o.Span); host >= 0 {
				for _, s := range subj {
					if s.Entity != host {
						r.emit(st, vi, s, Arg{Entity: host, Poss: -1, Span: o.Span, Text: o.Text}, lemma, r.predText(st, v, -1), c, 0.8, false)
					}
				}
			}
		}
	}
	// "took X to court", "will take X to the World Trade Organization": X
	// is sued before that forum
	if lemma == "take" && len(comps) >= 2 && comps[0].prep < 0 && comps[1].prep >= 0 && doc.Tokens[comps[1].prep].Lower == "to" && comps[1].unit >= 0 && forum(doc, &units[comps[1].unit]) &&
		(doc.Tokens[units[comps[1].unit].head].Lower == "court" || len(comps[0].args) == 0 || !disputeNouns[headWord(comps[0].args[0].Text)]) {
		// (but "take the dispute to the International Court of Justice"
		// is aimed at the other side, below)
		to := "court"
		if h := doc.Tokens[units[comps[1].unit].head].Lower; h != "court" {
			to = comps[1].args[0].Text
		}
		for _, s := range subj {
			for _, o := range comps[0].args {
				r.emit(st, vi, s, o, "sue", r.predText(st, v, -1)+" to "+to, c, 0.85, false)
			}
		}
		comps = nil
	}
	if l, ok := st.lift[vi]; ok && !slices.ContainsFunc(comps, func(cp comp) bool {
		// no one named, as object, after "with" or otherwise
		// (a clause after "since" or "until" names the time: "refused to
		// negotiate since the court ruled")
		return cp.prep < 0 || doc.Tokens[cp.prep].Lower == "with" || !timeClausePreps[doc.Tokens[cp.prep].Lower] && slices.ContainsFunc(cp.args, func(a Arg) bool { return a.Entity >= 0 && actorEntity(doc, a.Entity) })
	}) {
		r.refuseTalks(st, vi, l) // "refused to negotiate over the islands"
	}
	if l, ok := st.lift[vi]; ok && len(comps) > 0 && (comps[0].prep < 0 || (liftPreps[doc.Tokens[comps[0].prep].Lower] || doc.Tokens[comps[0].prep].Lower == "between" && mediateVerbs[lemma]) && !doc.presplit) && !(doc.presplit && openPredStart(st, v) != v.a) {
		// ("offered to mediate between the government and the union")
		// "threatened to attack X", "vowed to retaliate against X"
		for si, s := range l.subj {
			for _, o := range comps[0].args {
				o = eachOther(l.subj, si, o)
				if comps[0].prep >= 0 && o.Entity < 0 {
					continue
				}
				pt := l.ptext + " " + r.predText(st, v, -1)
				if !doc.presplit {
					pt = l.ptext + " to " + r.predText(st, v, -1) // "agreed to acquire"
				}
				r.emit(st, vi, s, o, l.lemma, pt, l.ctx, 0.75, false)
				if si == 0 && comps[0].prep < 0 && len(comps) > 1 && comps[1].prep >= 0 && doc.Tokens[comps[1].prep].Lower == "from" && !doc.presplit {
					// "agreed to buy X from Y", "threatened to withdraw
					// its troops from Y": the one it takes from is a party
					// too
					for _, f := range comps[1].args {
						if f.Entity >= 0 && actorEntity(doc, f.Entity) && !hasEntity(l.subj, f.Entity) {
							for _, s2 := range l.subj {
								r.emit(st, vi, s2, f, l.lemma, pt, l.ctx, 0.6, false)
							}
						}
					}
				}
				if comps[0].prep < 0 && responseVerbs[lemma] && s.Entity >= 0 && !doc.presplit {
					// "Drusk banned all rallies ... the party threatened to
					// defy the ban": the threat is aimed at the ban's maker,
					// as the defiance is
					for _, m := range r.answeredBy(st, lemma, o, []int{s.Entity}) {
						if m.Entity >= 0 && m.Entity != s.Entity {
							r.emit(st, vi, s, m, l.lemma, pt, l.ctx, 0.6, false)
						}
					}
				}
			}
		}
		// namesActor reports whether a complement of the infinitive names
		// an actor, a place aside when places is false ("offered to host
		// talks in La Paz" names no party)
		namesActor := func(places bool) bool {
			return slices.ContainsFunc(comps, func(cp comp) bool {
				return (places || cp.prep < 0 || !locativePreps[doc.Tokens[cp.prep].Lower]) &&
					slices.ContainsFunc(cp.args, func(a Arg) bool { return a.Entity >= 0 && actorEntity(doc, a.Entity) })
			})
		}
		if !namesActor(false) {
			r.offerToPair(st, vi, l, false)
		}
		if warnVerbs[l.lemma] && !doc.presplit && referVerbs[doc.Tokens[v.head].Lemma] && len(comps) > 1 && comps[0].prep < 0 && len(comps[0].args) == 1 &&
			disputeNouns[headWord(comps[0].args[0].Text)] && comps[1].prep >= 0 && doc.Tokens[comps[1].prep].Lower == "to" {
			// "threatened to take the dispute to the International Court
			// of Justice": the threat is aimed at the other side of the
			// dispute the story's lead is about
			for _, s := range l.subj {
				if s.Entity < 0 {
					continue
				}
				if e := r.otherLeadState(st, comps[0].args[0].Span.Start, s.Entity); e >= 0 {
					r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: comps[0].args[0].Span, Text: comps[0].args[0].Text}, l.lemma, l.ptext, l.ctx, 0.55, false)
				}
			}
		}
		if warnVerbs[l.lemma] && !doc.presplit {
			// "threatened to stage walkouts if Keldan closed the terminal": the
			// threat is aimed at whoever the condition names, also when the
			// act names its own target ("threatened to attack Haifa if
			// Vandria began drilling": aimed at Vandria)
			if t, ok := r.warned(st, vi, -1, nil, l.subj); ok && (!namesActor(true) || !slices.ContainsFunc(comps, func(cp comp) bool { return hasEntity(cp.args, t.Entity) })) {
				for _, s := range l.subj {
					r.emit(st, vi, s, t, l.lemma, l.ptext+" to "+r.predText(st, v, -1), l.ctx, 0.6, false)
				}
			} else if t, ok := r.demonymTarget(st, vi+1, l.subj); ok && !namesActor(false) {
				// "threatened to halt imports of Ruritanian fruit"
				for _, s := range l.subj {
					r.emit(st, vi, s, t, l.lemma, l.ptext, l.ctx, 0.55, false) // (the step itself stays hypothetical)
				}
			}
			if comps[0].prep < 0 && len(comps) > 1 && comps[1].prep >= 0 && !slices.ContainsFunc(comps[0].args, func(a Arg) bool { return a.Entity >= 0 || a.Poss >= 0 }) {
				// "threatened to take legal action against Talmoria",
				// "threatened to impose sanctions on Talmoria's banks": the
				// threat is aimed at whom the measure is taken against
				if w := doc.Tokens[comps[1].prep].Lower; w == "against" || w == "on" {
					for _, o := range comps[1].args {
						if o.Entity < 0 && o.Poss >= 0 {
							o.Entity, o.Poss = o.Poss, -1
						}
						if o.Entity < 0 && !(o.Poss < 0 && actorDescription(o.Text)) || o.Entity >= 0 && (!actorEntity(doc, o.Entity) || ownSide(doc, l.subj, o.Entity)) {
							// (an unnamed body the measure hits is aimed at too:
							// "threatened to use force against the junta")
							continue
						}
						for _, s := range l.subj {
							r.emit(st, vi, s, o, l.lemma, l.ptext+" to "+r.predText(st, v, -1), l.ctx, 0.6, false)
						}
					}
				}
			}
		}
		if comps[0].prep < 0 && len(comps) > 1 && comps[1].prep >= 0 && (doc.Tokens[comps[1].prep].Lower == "to" || doc.Tokens[comps[1].prep].Lower == "with") && !doc.presplit && !slices.ContainsFunc(comps[0].args, func(a Arg) bool { return a.Entity >= 0 }) {
			// "refused to open its books to X", "agreed to sell the unit
			// to X": a thing handed over reaches its recipient
			for _, s := range l.subj {
				for _, o := range comps[1].args {
					if o.Entity < 0 || o.Entity == s.Entity {
						continue
					}
					r.emit(st, vi, s, o, l.lemma, l.ptext+" to "+r.predText(st, v, -1), l.ctx, 0.7, false)
				}
			}
		}
	}
	if info.cameo != "" && !copula && predicativeVerbs[lemma] && len(comps) == 1 && comps[0].args[0].Entity < 0 && (comps[0].prep < 0 || doc.Tokens[comps[0].prep].Lower == "as") {
		// "which he labelled (as) a joke": the object is the relative's head
		r.gapObject(st, vi, subj, lemma, c)
	}
	var subjEnts []int
	for _, s := range subj {
		if s.Entity >= 0 {
			subjEnts = append(subjEnts, s.Entity)
		}
	}
	var within []int // comps that say where, dropped below
	for ci := range comps {
		if ci > 0 && comps[ci].prep >= 0 && doc.Tokens[comps[ci].prep].Lower == "on" && comps[ci-1].prep < 0 && len(comps[ci-1].args) > 0 && withinNouns[headWord(comps[ci-1].args[0].Text)] && len(comps[ci].args) == 1 && pluralText(comps[ci].args[0].Text) {
			// "the accord faces hurdles on both sides": where the
			// hurdles are, no act on the two sides (but "put pressure on
			// both sides" presses them)
			within = append(within, ci)
			continue
		}
		// "pressed both sides", "urged its two allies": the two actors
		// named last, other than the subject
		if len(comps[ci].args) == 1 {
			if e := boardOf(st, comps[ci].unit); comps[ci].prep < 0 && comps[ci].args[0].Entity < 0 && comps[ci].args[0].Poss < 0 && e >= 0 {
				comps[ci].args[0].Entity = e // "urged the board of Corrib Air to ...": the company
			}
			if two := r.namedPair(st, comps[ci].args[0], subjEnts...); two != nil {
				comps[ci].args = two
			} else if named := ci+1 < len(comps) && comps[ci+1].prep >= 0 && (doc.Tokens[comps[ci+1].prep].Lower == "by" || doc.Tokens[comps[ci+1].prep].Lower == "from") &&
				comps[ci+1].unit == comps[ci].unit+2 && slices.ContainsFunc(comps[ci+1].args, func(a Arg) bool { return a.Entity >= 0 }); named {
				// "condemned the decision by Acme", "rejected the proposal
				// from Turkey": the maker is named, no earlier act is meant
			} else if ms := r.answeredBy(st, lemma, comps[ci].args[0], subjEnts); ms != nil && (comps[ci].prep < 0 && (responseVerbs[lemma] || eventAnswers[lemma]) || comps[ci].prep >= 0 && prepResponses[lemma] == doc.Tokens[comps[ci].prep].Lower) && !doc.presplit {
				if judgingAnswers[lemma] && judgementAfter(doc, comps[ci].args[0].Span.End) {
					for _, m := range ms {
						if m.Entity < 0 {
							// "Moldovan police arrested X ... Tiraspol
							// called the arrest a kidnapping": Moldova's
							if g := groupState(doc, m, subjEnts); g.Entity >= 0 {
								ms = append(ms, g)
							}
						}
					}
				}
				if h := headWord(comps[ci].args[0].Text); rulingNouns[h] || judgingAnswers[lemma] && eventNouns[h] != nil && ms[0].Entity >= 0 {
					// "welcomed the ruling": the court's, and the ruling
					// itself, which a story may follow as a thing of its
					// own; so is a deed judged ("called the order
					// one-sided")
					ms = append(ms, comps[ci].args[0])
				}
				if rejecting[lemma] && len(subjEnts) > 0 && ms[0].Entity >= 0 {
					// "Pelonia's foreign minister accused Ruritania ...
					// Ruritania denied the charge": the state its officer
					// spoke for is denied too
					if e := officeState(doc, ms[0].Entity, subjEnts[0]); e != ms[0].Entity && !slices.Contains(subjEnts, e) && !slices.ContainsFunc(ms, func(m Arg) bool { return m.Entity == e }) {
						m := ms[0]
						m.Entity = e
						ms = append(ms, m)
					}
				}
				comps[ci].args = ms
			} else if n, ok := r.cooperatedInquiry(st, lemma, comps[ci].prep, comps[ci].args[0], subjEnts); ok {
				comps[ci].args = []Arg{n}
			} else if two := r.themPair(st, comps[ci].args[0], subjEnts); two != nil {
				comps[ci].args = two
			} else if n, ok := r.neighbour(st, comps[ci].args[0], subjEnts...); ok {
				comps[ci].args = []Arg{n}
			} else if n, ok := r.allyOf(st, comps[ci].args[0], subjEnts); ok && !doc.presplit {
				comps[ci].args = []Arg{n}
			}
		}
	}
	if len(within) > 0 {
		var kept []comp // a copy: the slice may be shared
		for ci, cp := range comps {
			if !slices.Contains(within, ci) {
				kept = append(kept, cp)
			}
		}
		comps = kept
	}
	if (lemma == "offer" || lemma == "bid") && len(comps) > 0 && comps[0].prep < 0 && !doc.presplit && !info.report {
		// "X had offered 70 euros a share": a price offered for the
		// company X is said to bid for
		if f := strings.Fields(comps[0].args[0].Text); len(f) > 0 && comps[0].args[0].Entity < 0 && amountWord(f[0]) {
			for _, s := range subj {
				if s.Entity < 0 {
					continue
				}
				if o, ok := r.bidTarget(st, s, comps[0].args[0]); ok {
					r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.7, false)
				}
			}
		}
	}
	if len(comps) > 0 && comps[0].prep < 0 && gathering(doc, lemma, v) {
		// "brought together X and Y", "brought X and Y together": the two
		// met
		var ents []Arg
		for _, a := range comps[0].args {
			if a.Entity >= 0 {
				ents = append(ents, a)
			}
		}
		if len(ents) == 2 {
			r.emit(st, vi, ents[0], ents[1], "meet", r.predText(st, v, -1)+" together", c, 0.75, false)
		}
	}
	if len(comps) > 0 && comps[0].prep < 0 && len(comps[0].args) == 1 && comps[0].args[0].Entity < 0 && comps[0].args[0].Poss < 0 && outcomeVerbs[lemma] &&
		outcomeNouns[headWord(comps[0].args[0].Text)] && !doc.presplit {
		// "dealing a blow to Acme", "handing a victory to the fund": what
		// an event meant for someone, no act of the subject's upon them
		return
	}
	for ci := range comps {
		if len(subj) < 2 {
			break
		}
		// "Colombia and Peru recalled their envoys": theirs are the
		// subjects'
		for ai := range comps[ci].args {
			if a := &comps[ci].args[ai]; a.Entity < 0 && a.Poss >= 0 && strings.HasPrefix(toLower(a.Text), "their ") {
				a.Poss = -1
			}
		}
	}
	for ci, cp := range comps {
		cc := c
		if cp.no || ci > 0 && comps[0].no && comps[0].prep < 0 && cp.prep >= 0 {
			// "exercised no authority in X": the "no" of the object
			// denies the phrases that qualify it too
			cc.negated = !cc.negated
		}
		conf := 0.9
		if cp.prep >= 0 {
			conf = 0.75
		}
		clauseLemma := lemma
		if cp.clause {
			if !r.clauseSubjects && !doc.presplit {
				r.spokenOfThing(st, vi, subj, cp.args, cp.inner, lemma, c)
			}
			if warnVerbs[lemma] && !r.clauseSubjects && !doc.presplit {
				// "warned that its members would strike if the government
				// withdrew", "warned that the country could face
				// sanctions": the warning is aimed at whoever the
				// condition or the clause names
				told := slices.ContainsFunc(comps[:ci], func(o comp) bool {
					return !o.clause && o.prep < 0 && len(o.args) > 0
				})
				if t, ok := r.warned(st, cp.unit, cp.inner, cp.args, subj); ok && !told {
					// (not "warned the union that Acme could close the
					// plant": the union is the one warned)
					r.warnAt(st, vi, subj, t, lemma, c)
				} else if t, ok := r.chargedBefore(st, vi, subj); ok && !told {
					r.warnAt(st, vi, subj, t, lemma, c)
				}
				continue
			}
			if rulingVerbs[lemma] && !r.clauseSubjects && !doc.presplit && len(cp.args) == 1 && cp.args[0].Entity >= 0 && actorEntity(doc, cp.args[0].Entity) &&
				cp.inner >= 0 && (!st.units[cp.inner].modal || perfectModal(doc, &st.units[cp.inner])) && !st.units[cp.inner].negated {
				// "the court ruled that the minister had broken the law",
				// "the commission declared that the party had won", "the
				// watchdog found that X should have disclosed the loan": a
				// finding about the clause's subject
				for _, s := range subj {
					if s.Entity >= 0 && actorEntity(doc, s.Entity) {
						r.emit(st, vi, s, cp.args[0], lemma, r.predText(st, v, -1), c, 0.55, false)
					} else if a, ok := r.findingAuthor(st, s, v.a); ok && a.Entity != cp.args[0].Entity {
						// "The report, written by X, found that Y had
						// ...", "its investigation had found that Y
						// ...", "an audit by X concluded that Y ...":
						// the finding is its author's
						r.emit(st, vi, a, cp.args[0], lemma, r.predText(st, v, -1), c, 0.5, false)
					}
				}
				continue
			}
			if !r.clauseSubjects && !accusing[lemma] && !directing[lemma] {
				if lemma == "report" {
					continue // "NHK reported that he had denied the charges": news, no charge
				}
				if concedeVerbs[lemma] {
					continue // "acknowledged that Belgrade had refused to sign": a concession, no charge
				}
				if t, ok := r.conditionalPenalty(st, cp.inner, cp.args, subj); ok && info.report {
					// "said Khan would be arrested again if the court did
					// not grant him bail": a penalty the speaker's side
					// holds over another actor threatens it
					r.warnAt(st, vi, subj, t, "threaten", c)
					continue
				}
				if t, ok := r.conditionalThreat(st, cp.inner, cp.args, subj, false); ok && info.report {
					// "said Pelonia would close its ports if Ostria did
					// not withdraw": a step the speaker's side will take
					// if another actor acts threatens that actor
					r.warnAt(st, vi, subj, t, "threaten", c)
					continue
				}
				// "the regulator said Acme had broken the rules": a
				// charge of wrongdoing against the clause's subject
				clauseLemma = "accuse"
				if ob, ok := obligation(st, cp.inner); ok && info.report && len(cp.args) == 1 && cp.args[0].Entity >= 0 {
					// "the minister said Ostria should withdraw its troops",
					// "said the board must resign": what the speaker
					// says another actor ought to do urges it or demands
					// it; "Ostria should not underestimate us" warns it
					clauseLemma = ob
				} else if t, ok := r.shownFailing(st, cp.inner, cp.args); ok && info.report {
					// "said the split showed the government was falling
					// apart": what an act is said to show of an actor
					// criticises it
					clauseLemma, cp.args = "criticise", []Arg{t}
				} else if unfitness(st, cp.inner) && info.report && len(cp.args) == 1 && cp.args[0].Entity >= 0 {
					// "said Tomas Brill was 'not fit' to lead the
					// country", "said Brill was unfit for office"
					clauseLemma = "criticise"
				} else if t, ok := r.actJudged(st, cp.inner, cp.args, subj); ok && info.report {
					// "said the vote was a political lynching": what a
					// speaker calls another's act with a noun of
					// reproach criticises its maker
					clauseLemma, cp.args = "criticise", []Arg{t}
				} else if t, ok := r.wrongedBy(st, cp.inner, subj); ok && info.report {
					// "saying he was being persecuted by prosecutors",
					// "said its members had been intimidated by Acme": the
					// agent of a wrong suffered is charged with it
					clauseLemma, cp.args = "accuse", []Arg{t}
				} else if !r.wrongdoing(st, cp.inner) && !(prosecuting(doc, subj) && r.chargedDeed(st, cp.inner)) || len(cp.args) != 1 {
					// ("Prosecutors said he had approved payments to
					// Acme": a deed the prosecution tells of is its charge)
					continue
				}
				if cp.args[0].Entity < 0 && !r.foreignGroup(st, cp.unit, subj) || cp.args[0].Entity >= 0 && !actorEntity(doc, cp.args[0].Entity) {
					continue
				}
			}
			conf = 0.5
			if directing[lemma] {
				conf = 0.7
			}
		}
		conf -= 0.1 * float64(ci)
		if cp.prep >= 0 && cp.unit >= 0 && (doc.Tokens[cp.prep].Lower == "at" || doc.Tokens[cp.prep].Lower == "on" || doc.Tokens[cp.prep].Lower == "after") {
			// "released them at X's request", "acted on the orders of X":
			// X asked the subject
			if ev, agent, ok := r.behest(st, cp.unit); ok {
				for _, s := range subj {
					r.emit(st, vi, agent, s, ev, doc.Tokens[cp.prep].Text+" "+doc.Tokens[units[cp.unit].head].Text, c, 0.7, false)
				}
				continue
			}
		}
		if !doc.presplit && (ci > 0 && comps[0].prep < 0 || ci == 0) && (responseVerbs[lemma] || judgeVerbs[lemma]) && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "as" &&
			len(cp.args) == 1 && cp.args[0].Entity < 0 {
			// "rejected the charges as fantasy", "a charge she dismissed
			// as absurd": a judgement of the object, no participant
			continue
		}
		if cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "as" && cp.unit >= 0 && len(cp.args) == 1 && cp.args[0].Entity < 0 {
			// "stepped down as head of X": X
			e := r.roleOfBody(st, cp.unit)
			if leaveVerbs[lemma] && !doc.presplit && (e < 0 || doc.Entities[e].Type == schema.Country) && governmentOffice[doc.Tokens[st.units[cp.unit].head].Lower] {
				// "resigned as Sweden's prime minister", "quit as finance
				// minister": the government the story names
				if g := government(doc); g >= 0 {
					e = g
				}
			}
			if e >= 0 {
				a := cp.args[0]
				a.Entity, a.Poss = e, -1
				cp.args = []Arg{a}
			}
		}
		for si, s := range subj {
			for _, o := range cp.args {
				o = eachOther(subj, si, o) // "the two sides pledged to respect each other's sovereignty"
				if lemma == "protest" && !doc.presplit {
					o = actProtested(doc, o)
				}
				if o.Poss >= 0 && len(subj) > 1 && hasEntity(subj, o.Poss) {
					// "Latvia and Lithuania backed their neighbour": the
					// possessor is the subjects themselves
					o.Poss = -1
				}
				if ci > 2 && (o.Entity < 0 || s.Entity < 0) && !handedTo(doc, lemma, comps[0].prep, cp.prep) {
					// (but "awarded a contract for a runway at the airport
					// to a consortium": the recipient of a thing handed
					// over, however far after it)
					continue
				}
				// ("made no secret of their anger at X": voiced it)
				secret := lemma == "make" && comps[0].prep < 0 && len(comps[0].args) == 1 && secretOf(comps[0].args[0].Text)
				if t, ok := concernTarget(doc, comps[0].prep, comps[0].args, comps[0].no && !secret, cp.prep, ci, lemma, o); ok && s.Entity >= 0 && !ownSide(doc, []Arg{s}, t.Entity) {
					// "voiced concern about Kessa's role", "expressed alarm
					// at Acme's bid": disapproval of the one named
					cc, pt := cc, r.predText(st, v, -1)
					if secret {
						cc.negated = c.negated
						pt += " " + strings.Join(strings.Fields(comps[0].args[0].Text)[:3], " ")
					}
					r.emit(st, vi, s, t, "criticise", pt+" "+headWord(comps[0].args[0].Text)+" "+doc.Tokens[cp.prep].Text, cc, conf, false)
					continue
				}
				if ci > 0 && cp.prep >= 0 && nounPrep[doc.Tokens[cp.prep].Lower] && !(doc.Tokens[cp.prep].Lower == "about" && !doc.presplit && !slices.ContainsFunc(comps[:ci], func(d comp) bool {
					return d.prep < 0 || doc.Tokens[d.prep].Lower != "for" || d.unit < 0 || units[d.unit].ent >= 0 || !unitsOfTime[doc.Tokens[units[d.unit].head].Lower]
				})) {
					// (but "complained for months about X": after a
					// duration, "about" is the verb's)
					continue
				}
				if ci > 0 && comps[0].prep < 0 && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "over" && o.Entity >= 0 && !doc.presplit &&
					slices.ContainsFunc(comps[0].args, func(a Arg) bool { return a.Entity >= 0 && actorEntity(doc, a.Entity) }) {
					// "criticised Velmora over Kessia", "sued the ministry
					// over Tarvik Bank": after an actor as object, "over"
					// gives what the act is about, not a second target
					continue
				}
				if ci > 0 && comps[0].prep < 0 && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "over" && !doc.presplit && (o.Entity >= 0 || o.Poss < 0 || !genitive(o.Text)) &&
					!(comps[ci-1].unit >= 0 && powerNouns[doc.Tokens[units[comps[ci-1].unit].head].Lower]) && lemma != "win" && !personal(doc, o) {
					// "fined Acme over its app store", "recalled its envoys
					// over the pact", "shot down a helicopter over Ostria":
					// after an object, "over" gives what the act is about or
					// where, no second participant (but "won a victory over
					// X", "won the award over X", "sovereignty over X",
					// "poured paint over the minister"; "over Ottawa's
					// criticism" still answers its possessor)
					continue
				}
				if ci == 1 && comps[0].prep < 0 && cp.prep >= 0 && (doc.Tokens[cp.prep].Lower == "at" || doc.Tokens[cp.prep].Lower == "in") && !doc.presplit &&
					o.Entity < 0 && o.Poss >= 0 && genitive(o.Text) && (r.lex.placeWords[toLower(lastWord(o.Text))] || sitePlaces[toLower(lastWord(o.Text))]) {
					// "greeted the envoy at Velmora's main airport", "fought
					// rebels in Ostria's northern province": a place its
					// possessor only locates, no one the subject acts on
					// (but "fired missiles at targets in Ostria's north":
					// the targets' place is hit)
					continue
				}
				if ci > 0 && comps[0].prep < 0 && cp.prep >= 1 && doc.Tokens[cp.prep].Lower == "as" && !doc.presplit && doc.Tokens[cp.prep-1].Lower != "well" && doc.Tokens[cp.prep-1].Lower != "such" &&
					(cp.prep+1 >= len(doc.Tokens) || doc.Tokens[cp.prep+1].Lower != "well") {
					// "recognised X as Velmora's interim president", "fired
					// X as chairman of the party": what the object is or
					// becomes, no one the subject acts on (but "fined X as
					// well as Y", "banks such as Y" add objects)
					continue
				}
				if ci > 0 && comps[0].prep < 0 && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "through" && !doc.presplit && !ownInstrument(doc, cp.prep, o) {
					// "holds 70 percent of Acme through its ministry", "paid
					// the money through a consultancy", "shipped parts to
					// Russia through Kazakhstan": after an object, the means
					// or the route, no one the subject acts on
					continue
				}
				// "suspended aid to X", "postponed a trade mission to X": a
				// cut in ties is aimed at X (reduceVerbs)
				cutOff := ci > 0 && comps[0].prep < 0 && cp.prep >= 0 && o.Entity >= 0 && actorEntity(doc, o.Entity) && (reduceVerbs[lemma] && v.prt < 0 || v.prt >= 0 && reduceVerbs[lemma+" "+doc.Tokens[v.prt].Lower]) &&
					(doc.Tokens[cp.prep].Lower == "with" || doc.Tokens[cp.prep].Lower == "to")
				// "threatened sanctions against X", "threatened a ban on
				// X": the threat is aimed at X, though the object is an
				// event noun
				cutOff = cutOff || ci == 1 && warnVerbs[lemma] && comps[0].prep < 0 && cp.prep >= 0 && o.Entity >= 0 && actorEntity(doc, o.Entity) && !ownSide(doc, subj, o.Entity) &&
					(doc.Tokens[cp.prep].Lower == "against" || doc.Tokens[cp.prep].Lower == "on")
				if ci > 0 && cp.prep >= 0 && comps[ci-1].unit >= 0 && !cutOff && postedTo(doc, &units[comps[ci-1].unit], doc.Tokens[cp.prep].Lower) && lemma != "send" && lemma != "dispatch" && lemma != "deploy" {
					continue // "recalled its ambassador to Uganda": where the envoy serves, not whom the act concerns
				}
				if cp.prep >= 0 && (doc.Tokens[cp.prep].Lower == "than" || doc.Tokens[cp.prep].Lower == "like") {
					continue // "grew faster than X": a comparison, not a participant
				}
				if cp.prep >= 2 && doc.Tokens[cp.prep-1].Lower == "than" && doc.Tokens[cp.prep-2].Lower == "rather" {
					continue // "answers to the ministry rather than to his department": not to it
				}
				if ci > 0 && comps[0].prep < 0 && cp.prep >= 0 && o.Entity < 0 && o.Poss < 0 && locativePreps[doc.Tokens[cp.prep].Lower] && !doc.presplit &&
					!r.aimedAt(st, cp.prep, cp.unit) {
					// (but "fired tear gas at protesters": people aimed at)
					continue // "detained a trawler off the archipelago": where, not whom
				}
				if cp.prep >= 0 && o.Entity < 0 && adverbialPhrases[doc.Tokens[cp.prep].Lower+" "+toLower(o.Text)] {
					continue // "accepted the remedies in full", "paid in advance": a manner, not a participant
				}
				if (appointVerbs[lemma] || lemma == "recruit" || lemma == "poach") && ci > 0 && comps[0].prep < 0 && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "from" && !doc.presplit {
					continue // "appointed a senior figure from Marrow Bank", "hired Ana Ruiz from Tarsen Lines": where the one chosen comes from, not whom
				}
				if leaveVerbs[lemma] && (cp.prep < 0 || doc.Tokens[cp.prep].Lower != "from" && doc.Tokens[cp.prep].Lower != "as") && !doc.presplit {
					continue // "resigned after a row with X": only what one leaves is an argument
				}
				if info.report && cp.prep >= 0 && doc.Tokens[cp.prep].Lower != "to" && (o.Entity >= 0 || o.Poss >= 0) {
					continue // "said in Britain", "told ... in Downing Street"
				}
				if info.report && cp.prep >= 0 && occasionPreps[doc.Tokens[cp.prep].Lower] && !doc.presplit {
					continue // "said at the signing ceremony", "said in a speech": where or how, not to whom
				}
				if copula && !doc.presplit {
					continue // "X is Y" is an open triple only; roles come from the role stages
				}
				if !doc.presplit && o.Entity < 0 && o.Poss < 0 && cp.unit >= 0 && r.isTime(st, &units[cp.unit]) {
					continue // "said on Monday": a time, not an argument
				}
				if cp.prep >= 0 && !doc.presplit && whenPreps[doc.Tokens[cp.prep].Lower] && (doc.Tokens[cp.prep].Lower != "after" || !chaseVerbs[lemma] || cp.prep != v.b) &&
					(doc.Tokens[cp.prep].Lower != "before" || o.Entity < 0 || !actorEntity(doc, o.Entity)) {
					// "agreed to reopen the border after talks", "told
					// reporters after the vote", "met both leaders before
					// the summit": when, not with or to whom ("took the
					// oath before the king" has him as a witness; "went
					// after the auditors" pursues them)
					continue
				}
				if cp.prep >= 0 && o.Entity >= 0 && !doc.presplit && locativePreps[doc.Tokens[cp.prep].Lower] && doc.Tokens[cp.prep].Lower != "in" && doc.Tokens[cp.prep].Lower != "at" {
					if ty := doc.Entities[o.Entity].Type; ty == schema.Location || ty == schema.Person || doc.Tokens[cp.prep].Lower == "outside" && info.cameo != "14" {
						// "protested outside the Old Trafford ground", "gathered
						// outside Congress": where (a person is never "outside";
						// a protest outside a body may be aimed at it)
						continue
					}
				}
				if cp.prep < 0 && !doc.presplit && info.cameo != "14" {
					if t := doc.tokenAt(o.Span.Start); t > 0 && doc.Tokens[t-1].Lower == "outside" {
						continue // "gathered outside Congress": "outside" read as an adverb, a place after it
					}
				}
				if cp.prep >= 0 && o.Entity >= 0 && !doc.presplit && doc.Tokens[cp.prep].Lower == "from" && crossingVerbs[lemma] {
					if ty := doc.Entities[o.Entity].Type; ty == schema.Location || ty == schema.Country {
						continue // "migrants crossed from Morocco": where they came from
					}
				}
				if cp.prep >= 0 && o.Entity >= 0 && (doc.Tokens[cp.prep].Lower == "in" || doc.Tokens[cp.prep].Lower == "at") && (!inVerbs[lemma] || ci >= 1) &&
					prepResponses[lemma] != doc.Tokens[cp.prep].Lower { // ("balked at the offer": its maker)
					if ci == 0 && v.prt < 0 && !particleWord(doc.Tokens[cp.prep-1].Lower) && doc.Entities[o.Entity].Type != schema.Person {
						continue // "met in Mumbai": a place, not a participant ("hit back at X" is aimed at X)
					}
					if ty := doc.Entities[o.Entity].Type; (ty == schema.Location || ty == schema.Country) && doc.Tokens[cp.prep].Lower == "in" && ci >= 1 && comps[ci-1].unit >= 0 && (!peopleAt(st, comps[ci-1].unit) || namedPeople(comps[ci-1].args)) &&
						(comps[ci-1].args[len(comps[ci-1].args)-1].Span.End == doc.Tokens[units[comps[ci-1].unit].b-1].Span.End || comps[0].prep < 0 && doc.Tokens[cp.prep-1].Tag != "NNS") {
						// ("raided the offices of the paper in Nairobi": where)
						// "build a plant in Italy": where, not whom ("officials in
						// Italy", "maps of targets in Italy" stay)
						continue
					}
				}
				if cp.prep >= 0 && !doc.presplit && reasonPreps[lemma] == doc.Tokens[cp.prep].Lower && (o.Entity < 0 || !actorEntity(doc, o.Entity)) {
					continue // "blamed X for the fires", "accused of fraud": the reason, no one blamed
				}
				if cp.prep >= 0 && ci > 1 && comps[0].prep < 0 && !doc.presplit && slices.ContainsFunc(comps[1:ci], func(d comp) bool {
					return d.prep >= 0 && reasonPreps[lemma] == doc.Tokens[d.prep].Lower && d.unit >= 0 && units[d.unit].ent < 0
				}) {
					// "accused the army of abuses against civilians", "blamed
					// X for attacks on Y": a phrase after the reason belongs
					// to it; its victim is no one accused
					continue
				}
				if (lemma == "have" || lemma == "make" || cognition[lemma]) && o.Entity >= 0 {
					continue // possession verbs relate no actors
				}
				if ci > 1 && o.Entity >= 0 && cp.prep >= 0 && cp.unit >= 2 && units[cp.unit-2].kind == uNP {
					if ev, ok := r.lex.events[doc.Tokens[units[cp.unit-2].head].Lower]; ok && ev.lemma != "own" {
						continue // "won seats on the back of its call for X": the call's
					}
				}
				if ci == 1 && comps[0].prep < 0 && comps[0].unit >= 0 && cp.prep >= 0 && (doc.Tokens[cp.prep].Lower == "over" || doc.Tokens[cp.prep].Lower == "about") && !doc.presplit &&
					!lightVerbs[lemma] && doc.tokenFrom(comps[0].args[len(comps[0].args)-1].Span.End) == cp.prep {
					if ev, ok := r.lex.events[doc.Tokens[units[comps[0].unit].head].Lower]; ok && (ev.lemma == "dispute" || ev.lemma == "feud" || ev.lemma == "clash") {
						continue // "escalated a row over a port deal": what the row is about
					}
				}
				// (a maker after a topic is the topic's: "escalated a row
				// over comments by X")
				if ci > 0 && comps[0].prep < 0 && o.Entity >= 0 && cp.prep >= 0 && (doc.Tokens[cp.prep].Lower != "from" && doc.Tokens[cp.prep].Lower != "by" || topicMaker(doc, comps[ci-1].prep, comps[ci-1].args, cp.prep) || doc.Tokens[cp.prep].Lower == "from" && departureNoun(r, doc, units[comps[0].unit].head)) {
					if ev, ok := r.lex.events[doc.Tokens[units[comps[0].unit].head].Lower]; (ok && ev.lemma != "own") && !cutOff &&
						!(pactBreakers[lemma] && doc.Tokens[cp.prep].Lower == "with" && pactIn(doc.Tokens[units[comps[0].unit].head].Lower) && !doc.presplit) {
						// "held talks with X" gave "talk" above; "brushed X's
						// exchange with Y", "ended its war on Y", "accepted an
						// offer for Y": the phrase belongs to the event noun
						// (but "breached its agreement with X" wrongs X)
						continue
					}
				}
				if copula && !doc.presplit && s.Entity >= 0 && o.Entity >= 0 {
					continue
				}
				// (an office, spokesman or lawyer speaks for its principal
				// when it names a wrong: "Lenka Stasko's office said Renko
				// was spreading lies"; a plain past deed it reports is no
				// charge: "her lawyers said Pell had flown to Vienna")
				if cp.clause && clauseLemma != lemma && (s.Entity < 0 && !(spokenFor(doc, s, o) && (clauseLemma != "accuse" || cp.inner >= 0 && misconduct[doc.Tokens[units[cp.inner].head].Lemma])) && (s.Poss >= 0 || !r.lex.peopleNouns[headWord(s.Text)] || o.Entity < 0 || doc.Entities[o.Entity].Type != schema.Person) ||
					s.Entity >= 0 && (s.Entity == o.Entity || !actorEntity(doc, s.Entity))) {
					// (a group of people charges a person too: "Prosecutors
					// said he had taken bribes")
					continue
				}
				if ci > 0 && cp.prep >= 0 && doc.Tokens[cp.prep].Lower == "with" && comps[ci-1].prep >= 0 && comps[ci-1].unit >= 0 && !doc.presplit && !cp.clause &&
					meetingTimes[doc.Tokens[comps[ci-1].prep].Lower] && len(comps[ci-1].args) > 0 && doc.tokenFrom(comps[ci-1].args[len(comps[ci-1].args)-1].Span.End) == cp.prep {
					if ev, ok := r.lex.events[doc.Tokens[units[comps[ci-1].unit].head].Lower]; ok && ev.symmetric && meetingLemmas[ev.lemma] && units[comps[ci-1].unit].poss < 0 {
						// "spoke to reporters after a meeting with X", "left
						// during talks with X": the subject met X; the verb
						// only times its own act by the meeting
						r.emit(st, vi, s, o, ev.lemma, r.predText(st, v, -1)+" "+doc.Tokens[comps[ci-1].prep].Text+" "+doc.Tokens[units[comps[ci-1].unit].head].Text+" with", cc, conf, false)
						continue
					}
				}
				n0 := len(doc.Relations)
				obj := -1
				if comps[0].prep < 0 && !comps[0].clause && (ci == 0 || cp.prep >= 0) {
					obj = comps[0].unit
				}
				r.emit(st, vi, s, o, clauseLemma, r.lightText(st, v, lemma, obj, cp.prep), cc, conf, false)
				if cp.clause && (clauseLemma == "accuse" && lemma != "accuse" && !misconduct[doc.Tokens[units[cp.inner].head].Lemma] || clauseLemma != lemma && (clauseLemma == "urge" || clauseLemma == "demand" || clauseLemma == "warn" || clauseLemma == "criticise")) {
					markSideCharges(doc, n0)
				}
			}
		}
	}
	if len(comps) > 0 && comps[0].prep < 0 {
		args := make([]Arg, 0, 4)
		for _, cp := range comps {
			args = append(args, cp.args...)
		}
		r.counterpart(st, vi, lemma, subj, args, passive, c, rel0)
	}
}

// voiceNouns name those who speak for a named principal: its spokesman,
// its office, its lawyers.
var voiceNouns = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "office": true,
	"lawyer": true, "lawyers": true, "attorney": true, "attorneys": true}

// spokenFor reports whether subject s, a phrase no entity names, is the
// voice of a named actor other than o ("Lenka Stasko's office", "a
// spokesman for Lenka Stasko"): what it says o did wrong charges o as its
// principal's own words would.
func spokenFor(doc *Document, s, o Arg) bool {
	if o.Entity < 0 || !actorEntity(doc, o.Entity) || s.Poss == o.Entity {
		return false
	}
	f := strings.Fields(toLower(s.Text))
	head := ""
	if s.Poss >= 0 {
		head = headWord(s.Text)
	} else if i := slices.Index(f, "for"); i > 0 && i+1 < len(f) {
		head = f[i-1]
	}
	if !voiceNouns[head] {
		return false
	}
	if s.Poss < 0 {
		// the principal after "for" is named, and is not o
		a, b := doc.tokenFrom(s.Span.Start), doc.tokenFrom(s.Span.End)
		named := false
		for k := doc.mentionAtOrAfter(a); k < len(doc.Mentions) && doc.Mentions[k].First < b; k++ {
			if e := doc.Mentions[k].Entity; e == o.Entity {
				return false
			} else if e >= 0 && actorEntity(doc, e) {
				named = true
			}
		}
		return named
	}
	return true
}

// memberNouns are the people who act for a body they are "of".
var memberNouns = map[string]bool{"members": true, "officials": true, "lawmakers": true, "representatives": true,
	"delegates": true, "leaders": true, "negotiators": true, "diplomats": true, "legislators": true}

// membersOf makes a subject written as a body's people ("Members of the
// County Assembly voted to impeach X", "Officials of the World Bank met
// Y") the body itself: they act for it, as a body's own phrase does
// ("the bank's officials").
func membersOf(doc *Document, subj []Arg) []Arg {
	if doc.presplit {
		return subj
	}
	for i, s := range subj {
		if e := memberBody(doc, s); e >= 0 {
			subj[i].Entity = e
		}
	}
	return subj
}

// memberBody returns the organisation or country a subject written as its
// people stands for ("Members of the County Assembly", "senior officials
// of Acme"), -1 if none.
func memberBody(doc *Document, s Arg) int {
	f := strings.Fields(toLower(s.Text))
	if s.Entity >= 0 || s.Poss >= 0 || len(f) == 0 || len(f) > 2 || !memberNouns[f[len(f)-1]] || len(f) == 2 && f[0] != "senior" && f[0] != "top" {
		return -1 // (not "ten members of the party": some of them)
	}
	t := doc.tokenFrom(s.Span.End)
	if t+1 >= len(doc.Tokens) || doc.Tokens[t].Lower != "of" {
		return -1
	}
	if doc.Tokens[t+1].Lower == "the" {
		t++
	}
	mi := doc.TokMention[t+1]
	if mi >= 0 && doc.Mentions[mi].First == t+1 && doc.Mentions[mi].Kind == NameMention {
		if l := doc.Mentions[mi].Last; l+1 < len(doc.Tokens) && doc.Tokens[l].Tag == "POS" && doc.Tokens[l].Sent == doc.Tokens[t].Sent {
			// "Members of Brisk's Unity Party", "members of Brisk's
			// party": the party its leader's possessive names, not the
			// leader
			if n := doc.TokMention[l+1]; n >= 0 && doc.Mentions[n].First == l+1 && (doc.Mentions[n].Kind == NameMention || doc.Mentions[n].Kind == DescriptionMention) &&
				doc.Mentions[n].Entity >= 0 && doc.Entities[doc.Mentions[n].Entity].Type == schema.Organization {
				return doc.Mentions[n].Entity
			}
		}
	}
	if mi >= 0 && doc.Mentions[mi].First == t+1 && doc.Mentions[mi].Kind == NameMention && doc.Mentions[mi].Entity >= 0 {
		if ty := doc.Entities[doc.Mentions[mi].Entity].Type; ty == schema.Organization || ty == schema.Country {
			return doc.Mentions[mi].Entity
		}
	}
	return -1
}

// warnVerbs warn or threaten with a clause of what may come.
var warnVerbs = map[string]bool{"warn": true, "threaten": true, "caution": true}

// warned returns the party a warning with a "that" clause is aimed at: the
// actor an "if" or "unless" clause in the sentence makes the condition's
// subject, else the clause's subject when it is an actor outside the
// warner's side, else the possessor of the clause's object ("could block
// the government's bill"), else an actor after "against" or "on" there
// ("would retaliate against Talmoria").
func (r *RelationStage) warned(st *sentState, unit, inner int, args, subj []Arg) (Arg, bool) {
	doc := st.doc
	u := st.units
	mine := func(e int) bool { return ownSide(doc, subj, e) }
	if unit < 0 {
		return Arg{}, false
	}
	for k := unit; k+1 < len(u) && k < unit+16; k++ {
		if u[k].kind != uSub || (doc.Tokens[u[k].a].Lower != "if" && doc.Tokens[u[k].a].Lower != "unless") {
			continue
		}
		if n := &u[k+1]; n.kind == uNP && n.ent >= 0 && actorEntity(doc, n.ent) && !mine(n.ent) && !(k+2 < len(u) && u[k+2].kind == uVG && u[k+2].passive) {
			// (not "if he is not freed": the passive's subject undergoes the condition)
			return r.arg(st, n), true
		}
		break
	}
	if len(args) == 1 && args[0].Entity >= 0 && actorEntity(doc, args[0].Entity) && !mine(args[0].Entity) {
		return args[0], true
	}
	if inner > 0 && inner+1 < len(u) && u[inner+1].kind == uNP {
		if o := &u[inner+1]; o.ent < 0 && o.poss >= 0 && actorEntity(doc, o.poss) && !mine(o.poss) {
			a := r.arg(st, o)
			a.Entity, a.Poss = o.poss, -1
			return a, true
		}
	}
	if inner > 0 && inner < len(u) && u[inner].kind == uVG && !u[inner].passive {
		// "warned that it would retaliate against Talmoria", "warned
		// that it could impose sanctions on Talmoria": an actor the
		// clause's step is taken against or imposed on
		for k := inner + 1; k < len(u) && k < inner+6; k++ {
			n := &u[k]
			if n.kind == uP {
				if w := doc.Tokens[n.a].Lower; w != "against" && w != "on" {
					break
				}
				continue
			}
			if n.kind != uNP {
				break
			}
			if u[k-1].kind == uP && n.ent >= 0 && actorEntity(doc, n.ent) && !mine(n.ent) {
				return r.arg(st, n), true
			}
		}
	}
	if inner > 0 && inner < len(u) && u[inner].kind == uVG && !u[inner].passive {
		return r.demonymTarget(st, inner+1, subj)
	}
	return Arg{}, false
}

// demonymTarget returns the state a step named from unit from on is taken
// against by the demonym of what it hits ("threatened to halt imports of
// Ruritanian fruit", "warned that it could close its ports to Ruritanian
// trawlers", "threatened to expel Ruritanian diplomats": Ruritania), when
// the object names no actor of its own: a demonym before a company noun
// ("a Ruritanian firm") names no state acted on. States of the subjects'
// side do not count.
func (r *RelationStage) demonymTarget(st *sentState, from int, subj []Arg) (Arg, bool) {
	doc := st.doc
	u := st.units
	for k := from; k < len(u) && k < from+8; k++ {
		n := &u[k]
		if n.kind == uP {
			continue
		}
		if n.kind != uNP {
			break
		}
		h := doc.Tokens[n.head].Lower
		if companyNouns[h] || companyNoun[h] {
			break // (its people, boats or troops stand for the state)
		}
		for t := n.a; t < n.head; t++ {
			m := doc.TokMention[t]
			if m < 0 || doc.Mentions[m].Kind != DemonymMention {
				continue
			}
			e := doc.Mentions[m].Entity
			if e < 0 || doc.Entities[e].Type != schema.Country || ownSide(doc, subj, e) {
				continue
			}
			a := r.arg(st, n)
			a.Entity, a.Poss = e, -1
			return a, true
		}
		if n.ent >= 0 && !ownSide(doc, subj, n.ent) || n.poss >= 0 && !ownSide(doc, subj, n.poss) {
			break // an actor of its own ("its ports to Ruritanian trawlers": its own ports go on)
		}
	}
	return Arg{}, false
}

// feelingVerbs, as passive participles, say how their subject feels
// about what caused it ("was disappointed by", "was alarmed at"): the
// subject is the one who judges.
var feelingVerbs = map[string]bool{"disappoint": true, "alarm": true, "concern": true, "dismay": true, "trouble": true, "worry": true,
	"anger": true, "sadden": true, "shock": true, "appal": true, "appall": true, "outrage": true, "frustrate": true, "upset": true,
	"disturb": true, "distress": true, "offend": true, "incense": true, "infuriate": true}

// feelingPreps name the cause of a feeling ("alarmed at", "worried
// about", "angered over", "disappointed with").
var feelingPreps = map[string]bool{"by": true, "at": true, "about": true, "over": true, "with": true}

// causeActor returns the actor the cause of a feeling o names, owns
// ("Acme's response") or is named by as a state ("the Ruritanian probe");
// never one of the subjects' side.
func causeActor(doc *Document, o Arg, subj []Arg) (Arg, bool) {
	out := o
	switch {
	case o.Entity >= 0 && actorEntity(doc, o.Entity):
	case o.Poss >= 0:
		out.Entity, out.Poss = o.Poss, -1
	default:
		out.Entity, out.Poss = demonymOf(doc, o), -1 // (an event's own entity aside: "the Chinese probe")
	}
	if out.Entity < 0 || !actorEntity(doc, out.Entity) || ownSide(doc, subj, out.Entity) {
		return Arg{}, false
	}
	return out, true
}

// companyNoun names one company ("the Ruritanian firm").
var companyNoun = map[string]bool{"firm": true, "company": true, "group": true, "bank": true, "lender": true, "insurer": true, "carrier": true,
	"airline": true, "carmaker": true, "maker": true, "producer": true, "operator": true, "consortium": true, "conglomerate": true, "giant": true}

// voicingVerbs voice a concernNouns object ("voiced concern", "expressed
// alarm") about, over or at someone.
var voicingVerbs = map[string]bool{"voice": true, "express": true, "raise": true}
var concernNouns = map[string]bool{"concern": true, "concerns": true, "alarm": true, "anger": true, "dismay": true, "outrage": true, "displeasure": true, "frustration": true}

// concernTarget returns the actor o, the second complement of a verb of
// lemma after preposition prep, names when the first complement (first,
// after firstPrep, or -1 for a direct object) is a concern the verb voices
// ("voiced concern about Kessa's role": Kessa; "expressed alarm at Acme's
// bid": Acme; not "raised concerns about the French-designed submarines":
// a name that only modifies the phrase).
func concernTarget(doc *Document, firstPrep int, first []Arg, no bool, prep, ci int, lemma string, o Arg) (Arg, bool) {
	if ci != 1 || doc.presplit || !voicingVerbs[lemma] && !(lemma == "make" && len(first) == 1 && secretOf(first[0].Text)) || firstPrep >= 0 || len(first) != 1 || first[0].Entity >= 0 || prep < 0 ||
		!concernNouns[headWord(first[0].Text)] || no {
		return Arg{}, false
	}
	switch doc.Tokens[prep].Lower {
	case "about", "over", "at", "with":
	default:
		return Arg{}, false
	}
	if f := strings.Fields(toLower(o.Text)); o.Entity < 0 && o.Poss >= 0 && len(f) > 0 && (strings.Contains(o.Text, "'") || ownerPronouns[f[0]]) {
		o = Arg{Entity: o.Poss, Poss: -1, Span: o.Span, Text: doc.Entities[o.Poss].Name}
	} else if t := doc.tokenFrom(o.Span.End) - 1; o.Entity >= 0 && (t < 0 || t >= len(doc.Tokens) || doc.Tokens[t].Tag != "NNP" && doc.Tokens[t].Tag != "NNPS" ||
		t+1 < len(doc.Tokens) && (isNounTag(doc.Tokens[t+1].Tag) || doc.Tokens[t+1].Tag == "JJ")) {
		return Arg{}, false
	}
	if o.Entity < 0 || !actorEntity(doc, o.Entity) {
		return Arg{}, false
	}
	return o, true
}

// secretOf reports whether an object of "make" is the idiom "no secret
// of" or "little secret of" a feeling ("made no secret of their anger"):
// the feeling is voiced.
func secretOf(text string) bool {
	f := strings.Fields(toLower(text))
	return len(f) >= 4 && (f[0] == "no" || f[0] == "little") && f[1] == "secret" && f[2] == "of"
}

// outcomeVerbs with an outcomeNouns object ("dealt a blow to X", "handed
// a victory to Y") say what an event meant for someone rather than what
// the subject did to them.
var outcomeVerbs = map[string]bool{"deal": true, "hand": true, "give": true, "deliver": true, "inflict": true}
var outcomeNouns = map[string]bool{"blow": true, "blows": true, "setback": true, "victory": true, "boost": true, "defeat": true,
	"reprieve": true, "fillip": true, "win": true}

// relativeBeforeAdjunct returns the unit of "who", "which" or "that"
// when the units up to j are that pronoun and then only prepositional
// phrases, ending perhaps in a time ("who during a visit to Y this
// month", "which in a statement"); else -1.
func relativeBeforeAdjunct(st *sentState, j int) int {
	units, doc := st.units, st.doc
	k := j
	if k-1 >= 0 && units[k].kind == uNP && units[k-1].kind == uNP && doc.Tokens[units[k].head].Tag != "NNP" {
		if w := doc.Tokens[units[k].a].Lower; w == "this" || w == "last" || w == "that" || w == "each" || w == "every" {
			k-- // "this month", "last week" closing the adjunct
		}
	}
	n := 0
	for k-1 >= 0 && units[k].kind == uNP && units[k-1].kind == uP {
		k -= 2
		n++
	}
	if n == 0 || k < 0 || units[k].kind != uWH {
		return -1
	}
	switch doc.Tokens[units[k].a].Lower {
	case "who", "which", "that":
		return k
	}
	return -1
}

// chargeLemmas are the charges after which a warning joined by "and"
// is aimed at the one charged.
var chargeLemmas = map[string]bool{"accuse": true, "criticise": true, "criticize": true, "blame": true, "condemn": true,
	"denounce": true, "attack": true, "call": true}

// chargedBefore returns the actor the same speakers charged earlier in the
// sentence when the warning at vi, whose clause names no one it is aimed
// at, is joined to that charge by "and" ("accused Velmora of breaking the
// treaty and warned that Ostria would respond", "said Acme had given no
// guarantees and warned that the union would strike", "called the judges
// crooks and warned that the courts had a problem": Velmora, Acme, the
// judges are warned).
func (r *RelationStage) chargedBefore(st *sentState, vi int, subj []Arg) (Arg, bool) {
	doc := st.doc
	a := st.units[vi].a
	if doc.presplit || a < 1 || doc.Tokens[a-1].Lower != "and" {
		return Arg{}, false
	}
	for i := len(doc.Relations) - 1; i >= st.relBase; i-- {
		rel := &doc.Relations[i]
		if rel.Sent != st.si || rel.Role || rel.Negated || rel.Modality != schema.Asserted || !chargeLemmas[rel.Pred] || rel.PredSpan.End > doc.Tokens[a].Span.Start {
			continue
		}
		if rel.Subj.Entity < 0 || !hasEntity(subj, rel.Subj.Entity) || rel.Obj.Entity < 0 || !actorEntity(doc, rel.Obj.Entity) || ownSide(doc, subj, rel.Obj.Entity) {
			continue
		}
		return rel.Obj, true
	}
	return Arg{}, false
}

// ownSide reports whether entity e is on the side of the speakers subj:
// one of them, its country, or its own government.
func ownSide(doc *Document, subj []Arg, e int) bool {
	return slices.ContainsFunc(subj, func(s Arg) bool {
		if s.Entity == e || s.Poss == e {
			return true
		}
		if s.Entity < 0 {
			return false
		}
		w := &doc.Entities[s.Entity]
		if w.Nation == e {
			return true
		}
		n := toLower(doc.Entities[e].Name)
		return (n == "government" || strings.HasSuffix(n, " government")) && (w.Roles["minister"] || w.Roles["prime minister"] || w.Roles["president"] || w.Roles["spokesman"] || w.Roles["spokeswoman"])
	})
}

// ownPronoun reports whether a pronoun clause subject list stands for
// the speakers subj themselves or is "we" ("Acme said it would ...").
func ownPronoun(list, subj []Arg) bool {
	if len(list) != 1 {
		return false
	}
	if len(subj) == 1 && subj[0].Entity < 0 && subj[0].Poss >= 0 && list[0].Entity == subj[0].Poss && strings.Contains(subj[0].Text, "'") && toLower(list[0].Text) == "it" {
		// "Acme's works council said it would strike": the unnamed body,
		// which "it" could only name by its possessor
		return true
	}
	return list[0].Entity >= 0 && hasEntity(subj, list[0].Entity) || toLower(list[0].Text) == "we"
}

// grantingVerbs, in an "if" clause, make the condition a favour asked of
// the other actor, not a wrong it may do: "would visit Tarsa if Brevik
// invited her" offers, it does not threaten.
var grantingVerbs = map[string]bool{"ask": true, "invite": true, "agree": true, "accept": true, "request": true, "allow": true,
	"approve": true, "want": true, "wish": true, "help": true, "support": true, "offer": true, "sign": true, "pay": true,
	"comply": true, "cooperate": true, "release": true, "free": true, "return": true, "withdraw": true, "apologise": true, "apologize": true}

// favourVerbs, as the step the speaker's side would take, promise rather
// than threaten ("would back Brevik if he ran again").
var favourVerbs = map[string]bool{"back": true, "support": true, "help": true, "join": true, "attend": true, "visit": true, "travel": true,
	"grant": true, "welcome": true, "endorse": true, "recognise": true, "recognize": true, "lift": true, "resume": true, "sign": true,
	"accept": true, "agree": true, "approve": true, "offer": true, "cooperate": true, "invite": true}

// actorDescription reports whether an unresolved phrase is a definite
// description of a body or group that can be acted against ("the junta",
// "the regime", "the rebels"), not a thing.
func actorDescription(text string) bool {
	f := strings.Fields(toLower(text))
	if len(f) < 2 || len(f) > 3 || f[0] != "the" {
		return false
	}
	h := f[len(f)-1]
	return thingSubjectBodies[h] || forceNouns[h] || h == "government" // (the regime and the junta are thingSubjectBodies)
}

// heldPenalties, in the passive, put their subject under a penalty.
var heldPenalties = map[string]bool{"arrest": true, "detain": true, "expel": true, "deport": true, "prosecute": true, "punish": true,
	"sanction": true, "jail": true, "sack": true, "fire": true}

// conditionalPenalty returns the actor a reported clause at inner puts
// under a penalty the speakers' side would or could impose ("said Khan
// would be arrested again if the court did not grant him bail", "said
// strikers could be dismissed unless they returned"): a passive penalty
// verb with a modal, its subject another actor, on the condition of an
// "if" or "unless" clause.
func (r *RelationStage) conditionalPenalty(st *sentState, inner int, args, subj []Arg) (Arg, bool) {
	doc, u := st.doc, st.units
	if inner <= 0 || inner >= len(u) || doc.presplit || len(args) != 1 || args[0].Entity < 0 {
		return Arg{}, false
	}
	v := &u[inner]
	if v.kind != uVG || !v.passive || !v.modal || v.negated || !heldPenalties[doc.Tokens[v.head].Lemma] {
		return Arg{}, false
	}
	modal := false
	for t := v.a; t < v.head; t++ {
		modal = modal || threatModals[doc.Tokens[t].Lower]
	}
	a := args[0]
	if !modal || !actorEntity(doc, a.Entity) || ownSide(doc, subj, a.Entity) {
		return Arg{}, false
	}
	for k := inner + 1; k < len(u) && k < inner+12; k++ {
		if u[k].kind == uWH {
			break
		}
		if u[k].kind == uSub {
			if w := doc.Tokens[u[k].a].Lower; w == "if" || w == "unless" {
				return a, true
			}
		}
	}
	return Arg{}, false
}

// officeCountry reports whether the speaker subj is one person holding a
// state office whose state the text has not yet named (the role stage
// finds it later) and e is a country: "Foreign Minister X said Pelonia
// would close the border if Ostria did not act" speaks for Pelonia.
func officeCountry(doc *Document, subj []Arg, e int) bool {
	if len(subj) != 1 || subj[0].Entity < 0 || doc.Entities[e].Type != schema.Country {
		return false
	}
	w := &doc.Entities[subj[0].Entity]
	return w.Type == schema.Person && w.Nation < 0 && slices.ContainsFunc(stateOffices, func(o string) bool { return w.Roles[o] })
}

// threatModals make a reported clause a step the speaker's side will or
// may take.
var threatModals = map[string]bool{"would": true, "will": true, "could": true, "might": true, "may": true, "'ll": true}

// conditionalThreat returns the actor a reported clause threatens: its
// verb group at inner is a step the speakers' own side would or could
// take (the speakers themselves, their country or government, "its
// members"; own is set when the clause's subject is a pronoun for the
// speakers), on the condition of an "if" or "unless" clause whose active
// subject is another actor ("said Pelonia would close its ports if Ostria
// did not withdraw", "said members would strike unless Acme raised pay";
// not "said she would visit Tarsa if Brevik invited her": a favour, nor
// "said Acme would cut jobs if Ostria raised taxes": another's step).
func (r *RelationStage) conditionalThreat(st *sentState, inner int, args, subj []Arg, own bool) (Arg, bool) {
	doc, u := st.doc, st.units
	if inner <= 0 || inner >= len(u) || doc.presplit {
		return Arg{}, false
	}
	v := &u[inner]
	if v.kind != uVG || !v.modal || v.passive {
		return Arg{}, false
	}
	modal := false
	for t := v.a; t < v.head; t++ {
		modal = modal || threatModals[doc.Tokens[t].Lower]
	}
	if !modal || !v.negated && favourVerbs[doc.Tokens[v.head].Lemma] {
		// (not "said it would back Brevik if he ran again": a promise)
		return Arg{}, false
	}
	if !own {
		if len(args) != 1 {
			return Arg{}, false
		}
		switch a := args[0]; {
		case a.Entity >= 0:
			if !ownSide(doc, subj, a.Entity) && !officeCountry(doc, subj, a.Entity) {
				return Arg{}, false
			}
		case a.Poss >= 0 && ownSide(doc, subj, a.Poss):
			// "said its members would strike"
		case a.Poss < 0 && (memberNouns[toLower(a.Text)] || toLower(a.Text) == "we"):
			// "said members would block the road"
		default:
			return Arg{}, false
		}
	}
	for k := inner + 1; k+2 < len(u) && k < inner+16; k++ {
		if u[k].kind == uWH {
			break // "would back a motion, which could pass if X abstained": the relative clause's condition
		}
		if u[k].kind != uSub {
			continue
		}
		w := doc.Tokens[u[k].a].Lower
		if w != "if" && w != "unless" {
			continue
		}
		n, cv := &u[k+1], &u[k+2]
		if n.kind != uNP || cv.kind != uVG || cv.passive {
			return Arg{}, false
		}
		a := r.arg(st, n)
		if a.Entity < 0 || !actorEntity(doc, a.Entity) || ownSide(doc, subj, a.Entity) {
			return Arg{}, false
		}
		if w == "if" && !cv.negated && grantingVerbs[doc.Tokens[cv.head].Lemma] {
			return Arg{}, false
		}
		return a, true
	}
	return Arg{}, false
}

// warnAt relates each subject of the warning verb at vi to the party t
// the warning is aimed at, marked as a charge about another actor: "its
// chief executive warned that its parent might shut a plant" is not aimed
// at one's own side (dropOwnSideCharges).
func (r *RelationStage) warnAt(st *sentState, vi int, subj []Arg, t Arg, lemma string, c clauseCtx) {
	n0 := len(st.doc.Relations)
	for _, s := range subj {
		r.emit(st, vi, s, t, lemma, r.predText(st, &st.units[vi], -1), c, 0.6, false)
	}
	markSideCharges(st.doc, n0)
}

// referVerbs put a dispute before a third party ("take the row to the
// court", "refer the case to the tribunal"), and disputeNouns name what
// they put there.
var referVerbs = map[string]bool{"take": true, "bring": true, "refer": true, "submit": true, "escalate": true}
var disputeNouns = map[string]bool{"dispute": true, "case": true, "matter": true, "row": true, "issue": true, "conflict": true, "quarrel": true}

// personTold reports whether the pronoun clause subject list ("he",
// "she") stands for a person other than speakers that are bodies or a
// prosecution ("Prosecutors said he had ..."), so that it cannot be the
// speaker again: "the regulator barred Calloway,
// saying he had diverted funds" (not "Calloway said he had ...", nor "a
// spokesman for Acme said he had ...").
func personTold(doc *Document, list, subj []Arg) bool {
	if len(list) != 1 || list[0].Entity < 0 || doc.Entities[list[0].Entity].Type != schema.Person || len(subj) == 0 {
		return false
	}
	switch w := toLower(list[0].Text); w {
	case "he", "she":
	default:
		return false
	}
	for _, s := range subj {
		if s.Entity < 0 && !prosecuting(doc, []Arg{s}) {
			return false // (but "Prosecutors said he had taken bribes": never the speakers)
		}
		if s.Entity >= 0 && (s.Entity == list[0].Entity || doc.Entities[s.Entity].Type == schema.Person) {
			return false
		}
		if t := doc.tokenFrom(s.Span.End) - 1; t >= 0 && t < len(doc.Tokens) {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Type == schema.Person {
				return false // "a spokesman for Acme", "Acme's chief"
			}
		}
	}
	return true
}

// actorEntity reports whether entity e can act: a person, an organisation
// or a country.
func actorEntity(doc *Document, e int) bool {
	switch doc.Entities[e].Type {
	case schema.Person, schema.Organization, schema.Country:
		return true
	}
	return false
}

// prosecutionWords name the bodies and people that investigate and
// prosecute crimes ("prosecutors", "the police", "the Directorate of
// Criminal Investigations").
var prosecutionWords = map[string]bool{"prosecutor": true, "prosecutors": true, "prosecution": true, "police": true,
	"investigators": true, "detectives": true, "investigation": true, "investigations": true}

// prosecuting reports whether every speaker of subj is a prosecuting or
// policing body, named or not ("Prosecutors", "Czech police", "the
// Directorate of Criminal Investigations").
func prosecuting(doc *Document, subj []Arg) bool {
	if len(subj) == 0 {
		return false
	}
	for _, s := range subj {
		name := s.Text
		if s.Entity >= 0 {
			if doc.Entities[s.Entity].Type != schema.Organization {
				return false
			}
			name = doc.Entities[s.Entity].Name
		}
		if !slices.ContainsFunc(strings.Fields(toLower(name)), func(w string) bool { return prosecutionWords[strings.TrimSuffix(w, "'s")] }) {
			return false
		}
	}
	return true
}

// chargedDeed reports whether the verb group at vi tells a past deed of
// its subject that a prosecution's account makes a charge ("said he had
// approved payments", "said X diverted deposits"): active, not modal nor
// negated, in the past, and none of the deeds that charge no one even
// then ("had been", "had cooperated", "had resigned").
func (r *RelationStage) chargedDeed(st *sentState, vi int) bool {
	if vi <= 0 || vi >= len(st.units) {
		return false
	}
	v := &st.units[vi]
	if v.modal || v.negated || v.passive || v.kind != uVG {
		return false
	}
	tk := &st.doc.Tokens[v.head]
	if !pastPerfect(st.doc, v) && tk.Tag != "VBD" {
		return false
	}
	return chargeableDeeds[tk.Lemma] || !neutralDeeds[tk.Lemma]
}

// chargeableDeeds are neutral deeds (see neutralDeeds) that a
// prosecution's account makes part of its charge ("had approved
// payments", "had signed the contracts", "had received the money").
var chargeableDeeds = map[string]bool{"approve": true, "sign": true, "receive": true, "accept": true, "offer": true, "promise": true,
	"pledge": true, "help": true, "support": true, "meet": true, "visit": true, "contact": true, "call": true, "telephone": true,
	"phone": true, "write": true, "join": true, "ask": true, "invite": true}

// wrongdoing reports whether the verb group at vi states a wrong its
// subject did: a verb of misconduct, active and not modal ("had broken
// the rules", "was spreading lies").
func (r *RelationStage) wrongdoing(st *sentState, vi int) bool {
	if vi <= 0 || vi >= len(st.units) {
		return false
	}
	v := &st.units[vi]
	no := vi+1 < len(st.units) && st.units[vi+1].kind == uNP && st.units[vi+1].no
	if !v.modal && !v.passive && (v.negated || no) && dutyVerbs[st.doc.Tokens[v.head].Lemma] {
		// "said Ostria had not shared its evidence", "said the board
		// had never consulted the staff", "had paid no compensation":
		// a duty left undone is the speaker's charge
		return true
	}
	if !v.modal && !v.passive && no && st.doc.Tokens[v.head].Lemma == "have" && st.doc.Tokens[st.units[vi+1].head].Lower == "right" {
		// "said Ostria had no right to detain the crew", "has no right
		// to interfere": a charge of overstepping
		return true
	}
	if !v.modal && !v.passive && (v.negated || no) && givingVerbs[st.doc.Tokens[v.head].Lemma] && vi+1 < len(st.units) && st.units[vi+1].kind == uNP &&
		owedNouns[st.doc.Tokens[st.units[vi+1].head].Lower] {
		// "said Acme had given no guarantees on jobs", "had not offered
		// any explanation": what another actor owes left ungiven ("had
		// given no indication" owes nothing)
		return true
	}
	if d := quotedDeed(st, vi); d >= 0 {
		// "said Acme had "misled investors"": the deed is the verb the
		// quotation opens with
		l := st.doc.Tokens[st.units[d].head].Lemma
		return misconduct[l] || (st.doc.Tokens[v.head].Lower == "had" || pastPerfect(st.doc, v)) && !neutralDeeds[l]
	}
	if v.modal || v.negated || v.passive {
		// "said X would break the rules": a prediction; "X had not
		// agreed", "X had not been consulted": often the speaker's own side
		return false
	}
	if no {
		return false // "had broken no law"
	}
	if misconduct[st.doc.Tokens[v.head].Lemma] {
		return true
	}
	// "said Tajik troops had moved into the zone": a past perfect told of
	// another actor reports what it did as the speaker's charge
	// ("had been fishing in its waters": the progressive too; "had
	// since 2015 barred rivals": a past form after "had" in the group is
	// its participle, however tagged)
	t := st.doc.Tokens[v.head].Tag
	return v.aux && (t == "VBN" || t == "VBG" || t == "VBD") && pastPerfect(st.doc, v) && !neutralDeeds[st.doc.Tokens[v.head].Lemma]
}

// wrongedBy returns the agent of the passive verb group at vi, a verb
// of misconduct written with "by" and an actor ("said he was being
// persecuted by prosecutors", "said its members had been intimidated by
// Acme"), when the agent is an entity or a group of people and none of
// the speakers subj nor their side; a wrong denied ("had not been
// harassed by police") or only foreseen ("could be misled by Acme")
// charges no one.
func (r *RelationStage) wrongedBy(st *sentState, vi int, subj []Arg) (Arg, bool) {
	doc, u := st.doc, st.units
	if vi <= 0 || vi+2 >= len(u) || doc.presplit {
		return Arg{}, false
	}
	v := &u[vi]
	if v.kind != uVG || !v.passive || v.negated || v.modal || !misconduct[doc.Tokens[v.head].Lemma] {
		return Arg{}, false
	}
	if u[vi+1].kind != uP || doc.Tokens[u[vi+1].a].Lower != "by" || u[vi+2].kind != uNP {
		return Arg{}, false
	}
	a := r.arg(st, &u[vi+2])
	switch {
	case a.Entity >= 0:
		if !actorEntity(doc, a.Entity) || ownSide(doc, subj, a.Entity) || hasEntity(subj, a.Entity) {
			return Arg{}, false
		}
	case a.Poss < 0 && r.lex.peopleNouns[toLower(headWord(a.Text))]:
		// "by prosecutors", "by police"
	default:
		return Arg{}, false
	}
	return a, true
}

// quotedDeed returns the verb group that a quotation opens right after
// the bare auxiliaries of a perfect at unit vi ("said Acme had "misled
// investors"", "has "broken every promise"", "had been "fishing our
// fish""), or -1: the chunker keeps the quoted words apart from the
// auxiliaries before them.
func quotedDeed(st *sentState, vi int) int {
	u := &st.units[vi]
	if u.kind != uVG || u.modal || u.negated || vi+2 >= len(st.units) {
		return -1
	}
	q, d := &st.units[vi+1], &st.units[vi+2]
	if q.kind != uQuote || st.doc.Tokens[q.a].Tag != "``" || d.kind != uVG || d.aux || d.modal || d.passive || d.negated || d.a != d.head {
		return -1
	}
	switch t := st.doc.Tokens[d.head].Tag; {
	case !u.aux && st.doc.Tokens[u.head].Lemma == "have" && (t == "VBN" || t == "VBD"):
		return vi + 2
	case u.aux && st.doc.Tokens[u.head].Lower == "been" && t == "VBG":
		return vi + 2 // "had been "fishing""
	}
	return -1
}

// forceNouns name armed or working groups a demonym places ("Kyrgyz border
// guards", "Icelandic vessels").
var forceNouns = map[string]bool{"guards": true, "soldiers": true, "fighters": true, "militants": true, "rebels": true,
	"police": true, "vessels": true, "boats": true, "trawlers": true, "fishermen": true, "warships": true, "jets": true}

// foreignGroup reports whether the noun phrase at unit ui is an unnamed
// group of people of another country than the speakers' ("said Tajik
// troops had moved into the zone"): a plural group noun after a demonym
// whose country is none of the speakers nor theirs. A charge against the
// group keeps the phrase as its object.
func (r *RelationStage) foreignGroup(st *sentState, ui int, speakers []Arg) bool {
	if ui < 0 || ui >= len(st.units) || st.doc.presplit {
		return false
	}
	doc := st.doc
	u := &st.units[ui]
	if u.kind != uNP || u.head < 0 || u.ent >= 0 || u.poss >= 0 {
		return false
	}
	h := doc.Tokens[u.head].Lower
	if !bodyNouns[h] && !peopleNouns[h] && !forceNouns[h] || doc.Tokens[u.head].Tag != "NNS" && h != "police" {
		return false
	}
	nation := -1
	for t := u.a; t < u.head; t++ {
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && doc.Mentions[m].Entity >= 0 {
			nation = doc.Mentions[m].Entity
		}
	}
	if nation < 0 || len(speakers) == 0 {
		return false
	}
	for _, s := range speakers {
		if s.Entity < 0 || s.Entity == nation || doc.Entities[s.Entity].Nation == nation || !actorEntity(doc, s.Entity) {
			return false
		}
	}
	// "Ivo Pellan, a spokesman for the Bhutanese foreign ministry, said
	// Bhutanese troops had ...": the speaker's own side, which the words
	// before the verb of speech name
	for k := ui - 1; k >= 0; k-- {
		if st.units[k].kind != uVG || !r.lex.verbs[doc.Tokens[st.units[k].head].Lemma].report {
			continue
		}
		for t := doc.Sentences[st.si].First; t < st.units[k].a; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity == nation {
				return false
			}
		}
		break
	}
	return true
}

// affiliations returns the pairs of entities that belong together: a
// role relation joins them, a title of one names the other as its
// institution, or one is the other's country. Each pair is stored both
// ways.
func affiliations(doc *Document) map[[2]int]bool {
	out := map[[2]int]bool{}
	add := func(a, b int) {
		if a >= 0 && b >= 0 {
			out[[2]int{a, b}], out[[2]int{b, a}] = true, true
		}
	}
	for e := range doc.Entities {
		add(e, doc.Entities[e].Nation)
	}
	for i := range doc.Mentions {
		if m := &doc.Mentions[i]; m.RoleOf >= 0 && m.RoleOf < len(doc.Mentions) {
			add(m.Entity, doc.Mentions[m.RoleOf].Entity)
		}
	}
	for i := range doc.Relations {
		if r := &doc.Relations[i]; r.Role && !r.Negated {
			add(r.Subj.Entity, r.Obj.Entity)
		}
	}
	// one step further through organisations: the chief of a unit
	// belongs with its parent too
	orgs := map[int][]int{} // organisation -> the organisations it belongs with
	for p := range out {
		if doc.Entities[p[0]].Type == schema.Organization && doc.Entities[p[1]].Type == schema.Organization {
			orgs[p[0]] = append(orgs[p[0]], p[1])
		}
	}
	var more [][2]int
	for p := range out {
		for _, c := range orgs[p[1]] {
			if c != p[0] && len(more) < 4*len(out) {
				more = append(more, [2]int{p[0], c})
			}
		}
	}
	for _, p := range more {
		add(p[0], p[1])
	}
	return out
}

// dropOwnSideCharges removes the charges read from a speaker's past
// perfect ("X said Y had moved troops") where speaker and actor belong
// together: "Acme's chief executive said Acme had held talks" tells of his
// own side, not against it.
func dropOwnSideCharges(doc *Document) {
	var aff map[[2]int]bool
	out := doc.Relations[:0]
	for _, r := range doc.Relations {
		if r.sideCharge && r.Subj.Entity >= 0 && r.Obj.Entity >= 0 {
			if aff == nil {
				aff = affiliations(doc)
			}
			if aff[[2]int{r.Subj.Entity, r.Obj.Entity}] {
				continue
			}
		}
		out = append(out, r)
	}
	doc.Relations = out
}

// markSideCharges marks the relations from index from on as read from a
// speaker's clause about another actor, for dropOwnSideCharges.
func markSideCharges(doc *Document, from int) {
	for k := from; k < len(doc.Relations); k++ {
		doc.Relations[k].sideCharge = true
	}
}

// obligation returns "urge" for an active verb group vi that states what
// its subject ought to do ("should withdraw", "ought to pay"), "demand"
// for what it must do ("must resign") and "warn" for what it ought not to
// do ("should not misjudge").
func obligation(st *sentState, vi int) (string, bool) {
	if vi <= 0 || vi >= len(st.units) {
		return "", false
	}
	v := &st.units[vi]
	if !v.modal || v.passive {
		return "", false // "should be punished": a demand made of someone else
	}
	if st.doc.Tokens[v.head].Tag == "VBN" && st.doc.Tokens[v.a].Lower == "must" {
		return "", false // "must have known": a surmise about the past, no demand
	}
	for t := v.a; t < v.head; t++ {
		switch st.doc.Tokens[t].Lower {
		case "should", "must", "ought":
			if v.negated {
				return "warn", true
			}
			if st.doc.Tokens[t].Lower == "must" {
				return "demand", true // "said the buyer must keep the staff"
			}
			return "urge", true
		case "can", "could", "cannot":
			if v.negated && st.doc.Tokens[v.head].Lemma == "expect" {
				// "said Ostria could not expect support while its
				// troops stayed": what another actor cannot count on
				// warns it
				return "warn", true
			}
		}
	}
	return "", false
}

// evidenceVerbs say what an act or a result shows ("the vote showed
// ...", "the ruling proved ..."), and failureVerbs state a loss or a
// collapse of their subject ("was falling apart", "had lost control").
var evidenceVerbs = map[string]bool{"show": true, "prove": true, "demonstrate": true, "reveal": true, "confirm": true}
var failureVerbs = map[string]bool{"lose": true, "fall": true, "collapse": true, "crumble": true, "disintegrate": true, "fail": true}

// shownFailing returns the actor that a reported clause's act or result
// is said to show failing or at fault: the clause's subject is no actor
// ("the split", "the ruling"), its verb is one of evidence, and the
// clause after it has an actor subject and a negated verb or one of
// failure or misconduct ("said the split showed the government was
// falling apart", "said the vote proved that Acme could not be trusted",
// "said the case showed the board had misled investors"; not "said the
// poll showed the party had gained ground").
func (r *RelationStage) shownFailing(st *sentState, vi int, args []Arg) (Arg, bool) {
	doc, u := st.doc, st.units
	if len(args) != 1 || args[0].Entity >= 0 || vi <= 0 || vi+2 >= len(u) {
		return Arg{}, false
	}
	if v := &u[vi]; v.kind != uVG || v.negated || v.passive || !evidenceVerbs[doc.Tokens[v.head].Lemma] {
		return Arg{}, false
	}
	k := vi + 1
	if u[k].kind == uSub && doc.Tokens[u[k].a].Lower == "that" {
		k++
	}
	if k+1 >= len(u) || u[k].kind != uNP || u[k].ent < 0 || !actorEntity(doc, u[k].ent) || u[k+1].kind != uVG {
		return Arg{}, false
	}
	w := &u[k+1]
	if lm := doc.Tokens[w.head].Lemma; w.negated || !w.passive && (failureVerbs[lm] || misconduct[lm]) {
		return r.arg(st, &u[k]), true
	}
	return Arg{}, false
}

// reproachNouns call an act a wrong or a sham ("the vote was a political
// lynching", "the ban is a disguised trade barrier").
var reproachNouns = map[string]bool{"lynching": true, "ambush": true, "farce": true, "travesty": true, "sham": true, "disgrace": true,
	"insult": true, "betrayal": true, "outrage": true, "mockery": true, "witch-hunt": true, "witchhunt": true, "vendetta": true,
	"coup": true, "scandal": true, "barrier": true, "charade": true, "stunt": true, "provocation": true, "affront": true}

// reproachAdjectives call an act beyond what may be borne ("the ban was
// unacceptable").
var reproachAdjectives = map[string]bool{"unacceptable": true, "outrageous": true, "disgraceful": true, "shameful": true,
	"scandalous": true, "deplorable": true, "inexcusable": true, "indefensible": true, "unjustified": true, "unjustifiable": true,
	// beyond the law or out of measure ("said the strike was illegal",
	// "said the decision was excessive")
	"illegal": true, "unlawful": true, "illegitimate": true, "unconstitutional": true, "excessive": true, "disproportionate": true,
	"arbitrary": true, "discriminatory": true, "abusive": true}

// tooLittle reports whether negated verb group v says a deed falls short:
// "was not enough", "did not go far enough" (not "was not illegal").
func tooLittle(doc *Document, v *unit) bool {
	e := v.head + 1
	for e < len(doc.Tokens) && negWord(doc.Tokens[e].Lower) {
		e++ // "was not enough"
	}
	switch doc.Tokens[v.head].Lemma {
	case "be":
	case "go":
		if e < len(doc.Tokens) && doc.Tokens[e].Lower == "far" {
			e++
		}
	default:
		return false
	}
	return e < len(doc.Tokens) && doc.Tokens[e].Lower == "enough"
}

// wrongNamed reports whether noun phrase n calls a deed wrong by a word
// of calledWrong: its head ("revenge", "an attack on the opposition";
// "an act" only with such a word before it: "a hostile act") or an
// adjective before its head ("an unfriendly step").
func wrongNamed(doc *Document, n *unit) bool {
	if h := doc.Tokens[n.head].Lower; h != "act" && calledWrong[h] {
		return true
	}
	for t := n.a; t < n.head; t++ {
		if w := doc.Tokens[t].Lower; calledWrong[w] && w != "act" || reproachAdjectives[w] {
			return true
		}
	}
	return false
}

// faultNouns name a failing an act shows in its maker ("showed contempt
// for voters"), and faultAdjectives one in what it shows ("reflected a
// flawed understanding").
var faultNouns = map[string]bool{"contempt": true, "disregard": true, "disdain": true, "arrogance": true, "incompetence": true,
	"ignorance": true, "bias": true, "desperation": true, "failure": true, "hypocrisy": true}
var faultAdjectives = map[string]bool{"flawed": true, "misguided": true, "mistaken": true, "poor": true, "wrong": true}

// faultShown reports whether the noun phrase n names a failing.
func faultShown(doc *Document, n *unit) bool {
	if faultNouns[doc.Tokens[n.head].Lower] {
		return true
	}
	for t := n.a; t < n.head; t++ {
		if faultAdjectives[doc.Tokens[t].Lower] {
			return true
		}
	}
	return false
}

// unfitWords say a person is unfit for a post or a task.
var unfitWords = map[string]bool{"unfit": true, "incompetent": true, "unworthy": true, "unsuitable": true}

// unfitness reports whether the verb group at vi is a plain "was" or "is"
// that calls its subject unfit, quoted or not ("was 'not fit' to lead",
// "is unfit for office").
func unfitness(st *sentState, vi int) bool {
	doc, u := st.doc, st.units
	if vi <= 0 || vi >= len(u) {
		return false
	}
	if v := &u[vi]; v.kind != uVG || v.modal || v.passive || doc.Tokens[v.head].Lemma != "be" {
		return false
	}
	k := vi + 1
	if k < len(u) && u[k].kind == uQuote {
		k++
	}
	if k >= len(u) || u[k].kind != uNP && u[k].kind != uVG {
		return false
	}
	h := doc.Tokens[u[k].head].Lower
	if h == "fit" {
		// "was not fit", "was 'not fit'"
		return u[vi].negated || u[k].head > 0 && doc.Tokens[u[k].head-1].Lower == "not"
	}
	return unfitWords[h] && !u[vi].negated
}

// actJudged returns the maker of an act that a reported clause calls by a
// noun of reproach or says shows a failing: the clause's subject is an
// act whose maker madeBy finds ("the vote", "the decision") or its
// possessor ("Pelonia's decision"), its verb a plain "was" or "is" with
// one of reproachNouns or reproachAdjectives after it, quoted or not
// ("said the decision was a farce", "was 'a sham'", "was unacceptable";
// not "said the decision was a surprise"), or one
// of evidence or "reflected" with a failing after it ("said the decision
// reflected a flawed understanding of the market"; not "a careful
// reading of the law").
func (r *RelationStage) actJudged(st *sentState, vi int, args, subj []Arg) (Arg, bool) {
	doc, u := st.doc, st.units
	if len(args) != 1 || args[0].Entity >= 0 || vi <= 0 || vi+1 >= len(u) {
		return Arg{}, false
	}
	v := &u[vi]
	if v.kind != uVG || v.modal || v.passive || v.negated && !tooLittle(doc, v) {
		return Arg{}, false
	}
	k := vi + 1
	if u[k].kind == uQuote && k+1 < len(u) {
		k++ // "said the vote was 'a political lynching'"
	}
	n := &u[k]
	if n.kind != uNP || n.ent >= 0 {
		if !v.negated {
			return Arg{}, false
		}
		n = nil
	}
	switch lm := doc.Tokens[v.head].Lemma; {
	case v.negated:
		// "said the suspension was not enough", "said the reshuffle
		// did not go far enough": too little of a deed faults its doer
	case lm == "be" && (reproachNouns[doc.Tokens[n.head].Lower] || reproachAdjectives[doc.Tokens[n.head].Lower] || wrongNamed(doc, n)):
		// "said the decision was a farce", "said the ban was
		// 'unacceptable'", "said the expulsion was an unfriendly act",
		// "said the impeachment was revenge"
	case (lm == "reflect" || evidenceVerbs[lm]) && faultShown(doc, n):
		// "said the decision reflected a flawed understanding of the
		// market", "said the ruling showed contempt for voters"
	default:
		return Arg{}, false
	}
	var ex []int
	for _, s := range subj {
		if s.Entity >= 0 {
			ex = append(ex, s.Entity)
		}
	}
	if a := args[0]; a.Poss >= 0 && !slices.Contains(ex, a.Poss) && actorEntity(doc, a.Poss) &&
		(possessedAct(a.Text) || rulingNouns[toLower(lastWord(a.Text))]) {
		// "said Pelonia's decision was a farce": the possessor made it
		return Arg{Entity: a.Poss, Poss: -1, Span: a.Span, Text: doc.Entities[a.Poss].Name}, true
	}
	// a deed judged answers its doer as a verb of criticism would ("said
	// the freeze was unlawful": whoever froze)
	prev := st.answer
	st.answer = "criticise"
	m, ok := r.madeBy(st, args[0], ex)
	st.answer = prev
	if ok && m.Entity < 0 {
		m = groupState(doc, m, ex) // "Azerbaijani border guards detained ... the detention was unacceptable"
	}
	if !ok || m.Entity < 0 || !actorEntity(doc, m.Entity) {
		return Arg{}, false
	}
	return m, true
}

// groupState returns, for an unnamed group of a state's people that did a
// deed ("Azerbaijani border guards", "Moldovan police"), that state, which
// answers for the deed; m itself when its words name no state or the
// state is one of ex, the answerers.
func groupState(doc *Document, m Arg, ex []int) Arg {
	d := demonymOf(doc, m)
	if d < 0 || doc.Entities[d].Type != schema.Country || slices.Contains(ex, d) || !definiteMaker(m) {
		return m
	}
	m.Entity, m.Poss, m.Text = d, -1, doc.Entities[d].Name
	return m
}

// pastPerfect reports whether verb group v is "had" + participle.
func pastPerfect(doc *Document, v *unit) bool {
	for t := v.a; t < v.head; t++ {
		if doc.Tokens[t].Lower == "had" {
			return true
		}
	}
	return false
}

// neutralDeeds, in a past perfect clause, report no charge ("said X had
// agreed", "had been", "had met").
var neutralDeeds = map[string]bool{"be": true, "have": true, "agree": true, "meet": true, "say": true, "tell": true, "accept": true,
	"approve": true, "sign": true, "offer": true, "promise": true, "pledge": true, "help": true, "support": true, "welcome": true,
	"ask": true, "invite": true, "visit": true, "talk": true, "speak": true, "win": true, "join": true, "become": true, "receive": true,
	"step": true, "resign": true, "quit": true, "retire": true, "leave": true, "return": true, "arrive": true, "decide": true,
	"choose": true, "plan": true, "want": true, "hope": true, "expect": true, "begin": true, "start": true, "try": true, "vote": true,
	"inform": true, "notify": true, "brief": true, "consult": true, "thank": true, "praise": true, "cooperate": true, "comply": true,
	"examine": true, "review": true, "study": true, "assess": true, "consider": true, // "said the council had examined the sale"
	// getting in touch or answering ("said X had telephoned his office",
	// "said Moscow had responded quickly to the request")
	"telephone": true, "phone": true, "call": true, "write": true, "contact": true, "respond": true, "reply": true,
	"apologise": true, "apologize": true,
	// results a company or a side has had ("said Acme had lost money",
	// "said exports had grown")
	"lose": true, "gain": true, "earn": true, "grow": true, "rise": true, "fall": true, "suffer": true, "post": true, "record": true,
	// progress made or a debt met ("said the ministry had improved its
	// planning", "said Acme had repaid the loan"): praise or a finding,
	// no charge
	"improve": true, "succeed": true, "achieve": true, "manage": true, "repay": true, "honour": true, "honor": true,
	"fulfil": true, "fulfill": true, "resolve": true, "recover": true,
	// heeding, naming, backing or finding ("said the commission had
	// listened to farmers", "said the government had appointed a
	// judge to mediate", "said Acme had backed the plan", "said the
	// adviser had found the price too low"): no wrong of the one told of
	"listen": true, "appoint": true, "back": true, "endorse": true, "find": true}

// dutyVerbs name what an actor owes others: said of it negated in a
// reported clause ("said Ostria had not paid its share", "had not
// responded to requests"), they charge it with failing; negated verbs of
// wrongdoing clear it instead ("had not attacked the convoy").
var dutyVerbs = map[string]bool{"share": true, "disclose": true, "complete": true, "pay": true, "repay": true, "provide": true,
	"deliver": true, "honour": true, "honor": true, "fulfil": true, "fulfill": true, "implement": true, "consult": true, "inform": true,
	"notify": true, "respond": true, "reply": true, "comply": true, "submit": true, "explain": true, "justify": true, "investigate": true}

// givingVerbs give what owedNouns name: said of an actor negated in a
// reported clause, a thing owed withheld ("had given no guarantees").
var givingVerbs = map[string]bool{"give": true, "offer": true, "provide": true}
var owedNouns = map[string]bool{"guarantee": true, "guarantees": true, "assurance": true, "assurances": true, "commitment": true,
	"commitments": true, "explanation": true, "explanations": true, "reason": true, "justification": true, "answer": true,
	"answers": true, "notice": true, "warning": true, "compensation": true, "evidence": true, "proof": true,
	// the heed owed to others ("had not given enough weight to the
	// government's efforts", "had not given them proper consideration")
	"weight": true, "attention": true, "consideration": true}

// misconduct are verbs of wrongdoing: said of an actor in a reported
// clause, they charge it.
var misconduct = map[string]bool{
	"break": true, "violate": true, "breach": true, "flout": true, "lie": true, "mislead": true, "deceive": true,
	"abuse": true, "rig": true, "cheat": true, "steal": true, "embezzle": true, "bribe": true, "launder": true,
	"spread": true, "fail": true, "ignore": true, "neglect": true, "conceal": true, "hide": true, "falsify": true,
	"manipulate": true, "undermine": true, "sabotage": true, "smuggle": true, "defraud": true, "misuse": true,
	"obstruct": true, "distort": true, "fabricate": true, "overcharge": true, "collude": true, "renege": true,
	// claims stretched or powers exceeded ("said Lomaria overstated the
	// volumes", "said the judges overstepped their authority") and people
	// ill used ("said guards harassed the crew")
	"overstate": true, "exaggerate": true, "misrepresent": true, "overstep": true, "overreach": true,
	"harass": true, "mistreat": true, "intimidate": true, "persecute": true, "betray": true, "squander": true,
	// affairs badly run or a response out of measure ("said the board
	// botched the sale", "said Ostria overreacted")
	"mismanage": true, "mishandle": true, "bungle": true, "botch": true, "overreact": true,
}

// meansNouns, bare after "by", say how something was done, not who did
// it: "left by train", "was sent by email", "was passed by acclamation".
var meansNouns = map[string]bool{"train": true, "plane": true, "air": true, "car": true, "bus": true, "boat": true, "ship": true, "sea": true,
	"road": true, "rail": true, "land": true, "helicopter": true, "foot": true, "phone": true, "telephone": true, "email": true, "e-mail": true,
	"mail": true, "post": true, "letter": true, "fax": true, "courier": true, "video": true, "videolink": true, "radio": true, "satellite": true,
	"hand": true, "force": true, "decree": true, "law": true, "default": true, "mistake": true, "accident": true, "chance": true, "design": true,
	"proxy": true, "acclamation": true, "consensus": true, "referendum": true, "text": true}

// chamberVotes are what a legislature does to a bill or motion: "The
// motion was defeated in the National Assembly", "the bill passed by 61
// votes to 40 in the Senate" (the chamber is the agent).
var chamberVotes = map[string]bool{"pass": true, "approve": true, "adopt": true, "defeat": true, "reject": true, "vote": true, "ratify": true, "endorse": true}

// marginNP reports whether the noun phrase after "by" is a count or a
// margin, not an agent: "was passed by 204 votes to 85", "won by a
// narrow margin", "cut by 3 percent".
func marginNP(doc *Document, u *unit) bool {
	switch doc.Tokens[u.head].Lower {
	case "vote", "votes", "margin", "percent", "points", "seats", "cent":
		return true
	}
	// "the price demanded by $2", "raised by 20%": an amount (but "by
	// eight of its rivals" counts agents)
	return u.head == u.a && u.b == u.a+1 && doc.Tokens[u.head].Tag == "CD" && u.ent < 0 && (u.b >= len(doc.Tokens) || doc.Tokens[u.b].Lower != "of")
}

// joinedTag is the tag of verb group nv, joined by a conjunction to the
// gerund or participle chain of g: a bare past participle after a gerund
// ("accused X of overcharging for transit and processing and threatened
// to halt exports") is the tagger's reading of a past verb that joins the
// finite verb the chain hangs from, and counts as "VBD".
func joinedTag(doc *Document, g, nv *unit) string {
	t := doc.Tokens[nv.head].Tag
	if t == "VBN" && !doc.presplit && !nv.aux && !nv.passive && !nv.modal && nv.a == nv.head && doc.Tokens[g.head].Tag == "VBG" && !g.aux &&
		doc.Tokens[nv.head].Lower != doc.Tokens[nv.head].Lemma && nv.a >= 2 && doc.Tokens[nv.a-2].Tag != "JJ" {
		// (not "to securing a stable and unified Iraq": a participle
		// after an adjective and "and" is one too)
		return "VBD"
	}
	return t
}

// nonFinite reports whether the verb group at vi is an infinitive after
// "to", a gerund or a participle without an auxiliary.
func nonFinite(st *sentState, vi int) bool {
	v := &st.units[vi]
	if v.aux || v.passive || v.modal {
		return false
	}
	if vi > 0 && st.units[vi-1].kind == uTo {
		return true
	}
	switch st.doc.Tokens[v.head].Tag {
	case "VBG", "VBN":
		return true
	}
	return false
}

// companyNouns name firms in a pair ("the two companies", "both
// lenders"), which public bodies are not.
var companyNouns = map[string]bool{"firms": true, "companies": true, "banks": true, "lenders": true, "insurers": true, "carriers": true,
	"airlines": true, "carmakers": true, "automakers": true, "retailers": true, "manufacturers": true, "makers": true, "producers": true}

// publicHead reports whether an organisation's name ends in a word of a
// public body ("Competition Council", "European Commission"; not
// "May Department Stores" or "Daiwa Securities").
func publicHead(name string) bool {
	w := toLower(lastWord(name))
	return publicNames[w] || w == "commission" || w == "authority" || w == "regulator" || w == "watchdog" || w == "ombudsman" || w == "inspectorate"
}

// overseerPlurals name public bodies that oversee others ("the
// regulators"), a pair of which the story has named.
var overseerPlurals = map[string]bool{"regulators": true, "watchdogs": true}

// officePlurals are plural heads of "both ..." that count holders of an
// office ("both ministers").
var officePlurals = map[string]bool{"ministers": true, "presidents": true, "leaders": true}

// pairNouns are plural heads of "the two ..." and "both ..." and the type
// of entity they count.
var pairNouns = map[string]schema.EntityType{
	"firms": schema.Organization, "companies": schema.Organization, "groups": schema.Organization,
	"sides": "", "clubs": schema.Organization, "parties": schema.Organization, "banks": schema.Organization,
	"countries": schema.Country, "nations": schema.Country, "governments": schema.Country, "delegations": schema.Country, "boards": schema.Organization,
	"men": schema.Person, "women": schema.Person, "leaders": schema.Person, "ministers": schema.Person,
	"brothers": schema.Person, "sisters": schema.Person, "presidents": schema.Person, "executives": schema.Person,
	"politicians": schema.Person, "heirs": schema.Person, "rivals": "",
	"neighbours": schema.Country, "neighbors": schema.Country, "allies": "", "partners": "", "camps": "",
	"capitals": schema.Country, "states": schema.Country, "powers": schema.Country,
	"lenders": schema.Organization, "insurers": schema.Organization, "carriers": schema.Organization, "airlines": schema.Organization,
	"carmakers": schema.Organization, "automakers": schema.Organization, "miners": schema.Organization, "retailers": schema.Organization,
	"operators": schema.Organization, "manufacturers": schema.Organization, "makers": schema.Organization, "producers": schema.Organization,
	"networks": schema.Organization, "broadcasters": schema.Organization, "unions": schema.Organization, "agencies": schema.Organization,
	"organisations": schema.Organization, "organizations": schema.Organization, "institutions": schema.Organization,
	"businesses": schema.Organization, "newspapers": schema.Organization, "publishers": schema.Organization, "suppliers": schema.Organization,
	"regulators": schema.Organization, "watchdogs": schema.Organization,
	"counterparts": schema.Person, "people": schema.Person, "bidders": "", "suitors": "", "candidates": schema.Person, "officials": schema.Person, "envoys": schema.Person, "sons": schema.Person,
}

// reportSetting reports whether noun phrase unit n, after a preposition
// of a medium, names how something was said ("in a statement", "at a news
// conference", "in a speech"): a "that" after it opens what was said.
func reportSetting(doc *Document, u []unit, n int) bool {
	if n < 1 || u[n-1].kind != uP || !mediumPreps[doc.Tokens[u[n-1].a].Lower] {
		return false
	}
	h := doc.Tokens[u[n].head].Lower
	return mediumNouns[h] || letterNouns[h] != "" || h == "speech" || h == "remarks"
}

// placeSetting reports whether the noun phrase at unit n names the place
// where something was said, after "in" ("told reporters in Tbilisi
// that ..."): a country or a place, named.
func placeSetting(doc *Document, u []unit, n int) bool {
	if n < 1 || u[n-1].kind != uP || doc.Tokens[u[n-1].a].Lower != "in" || u[n].ent < 0 || u[n].poss >= 0 {
		return false
	}
	t := doc.Entities[u[n].ent].Type
	return t == schema.Location || t == schema.Country
}

// thatNouns head a noun phrase whose "that" clause is its content ("the
// claim that ...", "the demand that ...").
func thatNouns(w string) bool {
	switch w {
	case "demand", "demands", "insistence", "fact", "belief", "hope", "fear", "fears", "warning", "assertion", "news",
		"denial", "denials", "assurance", "assurances", "promise", "promises", "pledge", "pledges", "suspicion", "suspicions",
		"view", "argument", "conviction", "evidence", "proof", "sign", "signs", "possibility", "prospect", "threat", "threats":
		return true
	}
	return claimNouns[w]
}

// accusing reporting verbs and verbs of complaint are directed at the
// subject of their clause ("X alleged that Y bribed officials": X accuses
// Y; "Peru complained that Chile was harassing its diplomats": Peru
// complains of Chile).
var accusing = map[string]bool{"allege": true, "charge": true, "complain": true, "protest": true}

// rulingVerbs state a finding of an authority about the subject of their
// "that" clause ("ruled that X had acted unlawfully").
var rulingVerbs = map[string]bool{"rule": true, "find": true, "conclude": true, "declare": true, "determine": true}

// chargeNouns name an accusation; claimVerbs make one ("accused X of Z, a
// charge X denied": the charge is the accuser's).
var chargeNouns = map[string]bool{"charge": true, "charges": true, "claim": true, "claims": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true}
var claimVerbs = map[string]bool{"accuse": true, "allege": true, "charge": true, "claim": true, "blame": true}

// gapObject handles a relative clause whose object is the noun before it
// ("a charge the minister rejected", "a plan which Acme opposed"): the
// clause's subject acts on whoever stands behind that noun (its
// possessor, its from/by agent, or the subject that earlier in the
// sentence made a noun with the same head), or on the noun itself.
func (r *RelationStage) gapObject(st *sentState, vi int, subj []Arg, lemma string, c clauseCtx) {
	units := st.units
	doc := st.doc
	if r.lex.verbs[lemma].report && vi+2 < len(units) && units[vi+1].kind == uNP && units[vi+2].kind == uVG {
		return // "the offer, which Acme said it was studying": the gap is the reported verb's
	}
	// at is the verb whose subject opens the relative clause: the verb
	// itself, or a speech verb before it ("the offer, which Acme said it
	// was studying": Acme studies the offer)
	at := vi
	if vi >= 3 && units[vi-1].kind == uNP && units[vi-2].kind == uVG && units[vi-3].kind == uNP && !units[vi-2].passive &&
		r.lex.verbs[r.lemma(st, &units[vi-2])].report && r.lemma(st, &units[vi-2]) != "tell" {
		at = vi - 2
	}
	si := at - 1
	if si < 1 || units[si].kind != uNP || len(subj) == 0 || units[vi].aux && units[vi].passive {
		return
	}
	hi := si - 1
	if s := relativeList(st, at); s >= 0 {
		// "the front, which Japan, the EU and the US condemned": the
		// relative clause's subject is a list
		si, hi = s, s-1
	}
	wh, which := false, false
	if units[hi].kind == uWH || units[hi].kind == uSub {
		w := doc.Tokens[units[hi].a].Lower
		if w != "that" && w != "which" && w != "whom" {
			return
		}
		hi--
		if hi >= 1 && units[hi].kind == uComma && w != "that" {
			hi-- // "the party, which he labelled a joke"
		}
		which = w == "which"
		if hi < 0 || units[hi].kind != uNP || thatNouns(doc.Tokens[units[hi].head].Lower) && w == "that" {
			return
		}
		if w == "that" && hi >= 1 && units[hi-1].kind == uVG && r.lex.verbs[r.lemma(st, &units[hi-1])].report {
			return // "told reporters that Canada would respond": what was told, no relative clause
		}
		if w == "that" && hi >= 2 && units[hi-1].kind == uP && mediumPreps[doc.Tokens[units[hi-1].a].Lower] && mediumNouns[doc.Tokens[units[hi].head].Lower] &&
			units[hi-2].kind == uVG && r.lex.verbs[r.lemma(st, &units[hi-2])].report {
			return // "said in a statement that it had offered ...": what was said
		}
		if w == "that" && units[hi].ent >= 0 && units[hi].poss < 0 && isCap(doc.Tokens[units[hi].head].Text) && !doc.presplit {
			return // "informed King Charles that she was stepping down": a name takes no restrictive "that" clause
		}
		wh = true
	}
	for hi-2 >= 0 && units[hi].kind == uNP && units[hi-1].kind == uP && units[hi-2].kind == uNP {
		if which && (r.lex.peopleNouns[doc.Tokens[units[hi-2].head].Lower] || memberNouns[doc.Tokens[units[hi-2].head].Lower]) {
			break // "members of the Red Front, which Japan lists as ...": "which" is no person
		}
		if p := doc.Tokens[units[hi-1].a].Lower; p != "from" && p != "by" && p != "of" {
			break // "sanctions on the bloc that Mali quit": the bloc
		} else if _, offer := proposalNouns[doc.Tokens[units[hi-2].head].Lower]; p != "of" && !offer && !r.eventHead(doc.Tokens[units[hi-2].head].Lower) {
			break // "ministers from the faction, which prosecutors are investigating": the faction
		}
		hi -= 2 // "the offer from X which Y rejected": the offer
	}
	if hi >= 0 && units[hi].kind == uNP && units[hi].ent >= 0 && wh && units[hi].ent == units[si].ent && units[si].b-units[si].a == 1 && doc.Tokens[units[si].a].Tag == "PRP" && !doc.presplit {
		// "criticised the Green Bloc, which they accused of ...": the
		// pronoun subject of a relative clause is not its head, whom
		// the clause acts on, but the subject of the verb before
		for k := hi - 1; k >= 0; k-- {
			if units[k].kind == uVG {
				var own []Arg
				for _, a := range r.subject(st, k) {
					if a.Entity >= 0 && a.Entity != units[hi].ent {
						own = append(own, a)
					}
				}
				if len(own) > 0 && (len(own) > 1) == (doc.Tokens[units[si].a].Lower == "they") {
					for _, s := range own {
						r.emit(st, vi, s, r.arg(st, &units[hi]), lemma, r.predText(st, &units[vi], -1), c, 0.6, false)
					}
					return
				}
			}
			if units[k].kind == uQuote {
				break
			}
		}
	}
	if hi >= 0 && units[hi].kind == uNP && units[hi].ent >= 0 && wh && units[hi].ent != units[si].ent {
		// "UKIP, which he labelled a joke": the named thing itself
		for _, s := range subj {
			r.emit(st, vi, s, r.arg(st, &units[hi]), lemma, r.predText(st, &units[vi], -1), c, 0.7, false)
		}
		return
	}
	if hi < 0 || units[hi].kind != uNP || doc.Tokens[units[hi].head].Tag != "NN" && doc.Tokens[units[hi].head].Tag != "NNS" {
		return
	}
	// "Chilean officials it accused of fraud": a description that
	// stands for an entity (a nationality before people) is that entity
	_, dem := r.lex.demonyms[doc.Tokens[units[hi].a].Lower]
	described := units[hi].ent >= 0 && !wh && hi == si-1 && units[hi].poss < 0 && (dem || doc.Tokens[units[hi].a].Tag == "JJ") && !isCap(doc.Tokens[units[hi].head].Text)
	if units[hi].ent >= 0 && !described {
		return
	}
	if hi == si-1 && !wh {
		opening := true // "The opposition Christian Democrats seized": a description before a name opening the sentence
		for k := 0; k < hi; k++ {
			opening = opening && (units[k].kind == uQuote || units[k].kind == uDash)
		}
		if opening {
			return
		}
	}
	people := units[si].ent < 0 && r.lex.peopleNouns[doc.Tokens[units[si].head].Lower] && wh // "which prosecutors are investigating"
	// "X accused charities of helping smugglers, a charge they deny", "X
	// accused Brio of fraud, a charge the company denies": a pronoun or a
	// bare description denying a charge in apposition is the accused,
	// whom the accusation names though no entity may stand for it
	accused := false
	if w := doc.Tokens[units[si].a].Lower; hi == si-1 && hi >= 2 && units[hi-1].kind == uComma && units[si].ent < 0 && chargeNouns[doc.Tokens[units[hi].head].Lower] && rejecting[lemma] {
		accused = units[si].b-units[si].a == 1 && (w == "they" || w == "it") || units[si].b-units[si].a == 2 && w == "the" && doc.Tokens[units[si].head].Tag == "NN" &&
			!r.lex.roles[r.lex.nounLemma(doc.Tokens[units[si].head].Lower)] && !r.lex.peopleNouns[doc.Tokens[units[si].head].Lower] // (not "the minister": another)
	}
	if (units[si].ent < 0 && !people || hi == si-1 && doc.Tokens[units[si].a].Tag == "PRP") && !accused {
		// "a plan he backed" is fine, but a bare noun before a pronoun
		// subject is too often a time ("the day he left")
		if units[si].ent < 0 && !people || timeWords[doc.Tokens[units[hi].head].Lower] {
			return
		}
	}
	if timeWords[doc.Tokens[units[hi].head].Lower] {
		return
	}
	if hi == si-1 && hi > 0 && units[hi-1].kind == uVG {
		// "told the nation he was resigning": a clause after the object
		// of a speech verb, not a relative clause
		if l := doc.Tokens[units[hi-1].head].Lemma; r.lex.verbs[l].report || cognition[l] || ditransitive[l] {
			return
		}
	}
	if p := &doc.Tokens[units[si].a]; hi == si-1 && units[si].b-units[si].a == 1 && (p.Lower == "it" || p.Lower == "they") {
		// "Niger freed three engineers it detained in March": the
		// pronoun of a relative clause in an object is the clause's subject
		for k := hi - 1; k >= 0; k-- {
			if units[k].kind == uVG {
				var own []Arg
				for _, a := range r.subject(st, k) {
					if a.Entity >= 0 {
						own = append(own, a)
					}
				}
				if len(own) > 0 {
					subj = own
				}
				break
			}
			if units[k].kind == uSub || units[k].kind == uQuote {
				break
			}
		}
	}
	obj := r.arg(st, &units[hi])
	if described {
		for _, s := range subj {
			r.emit(st, vi, s, obj, lemma, r.predText(st, &units[vi], -1), c, 0.6, false)
		}
		return
	}
	if a, ok := r.eventAgent(st, obj); ok {
		obj = a
	} else if obj.Poss < 0 {
		// "Brandex filed a charge ..., a charge the minister rejected"
		// or "X accused Y of Z, a charge Y denies": the subject of the verb
		// the noun names
		head := doc.Tokens[units[hi].head].Lower
		ev, isEvent := r.lex.events[head]
		appos := hi >= 2 && units[hi-1].kind == uComma
		for k := hi - 1; k > 0; k-- {
			if units[k].kind == uNP && doc.Tokens[units[k].head].Lower == head && units[k-1].kind == uVG ||
				isEvent && units[k].kind == uVG && doc.Tokens[units[k].head].Lemma == ev.lemma ||
				chargeNouns[head] && units[k].kind == uVG && claimVerbs[doc.Tokens[units[k].head].Lemma] ||
				// in apposition to the clause that made it: "X said Y
				// had lied, a claim Y disputed", "X asked the court to
				// annul the vote, a request the judge rejected"
				appos && units[k].kind == uVG && saidAs(head, r.lemma(st, &units[k])) {
				vg := k
				if units[k].kind == uNP {
					vg = k - 1
				}
				group := Arg{Entity: -1, Poss: -1}
				for _, a := range r.subject(st, vg) {
					if a.Entity >= 0 {
						obj = a
					} else if group.Text == "" && (definiteMaker(a) || campaignGroup(a)) && !hasEntity(subj, a.Entity) {
						group = a
					}
				}
				if obj.Entity < 0 && group.Text != "" && chargeNouns[head] {
					// "Opposition senators accused the cabinet of ..., a
					// charge the prime minister rejected": a group no
					// name stands for made the charge
					obj = group
				}
				if obj.Entity >= 0 && len(subj) == 1 && (subj[0].Entity == obj.Entity || accused && subj[0].Entity < 0) && (doc.Tokens[units[si].a].Tag == "PRP" || accused) && units[k].kind == uVG && vg+1 < hi && units[vg+1].kind == uNP &&
					(units[vg+1].ent >= 0 || accused && doc.Tokens[units[si].a].Tag == "PRP" && doc.Tokens[units[vg+1].head].Tag == "NNS") {
					// "X accused Y of Z, a charge it denied": the pronoun
					// is the accused, not the accuser
					subj = []Arg{r.arg(st, &units[vg+1])}
				}
				break
			}
		}
		if obj.Entity < 0 && apposedAsks[head] && hi >= 2 && units[hi-1].kind == uComma && (slices.Contains(proposalNouns[head], lemma) || askMakers[lemma]) {
			// "Tarsk will not pay compensation, a demand the rebels had
			// pressed for months": the rebels asked it of the subject of
			// the clause before the comma (past a participle with no
			// named subject: "the commanders accused of massacres")
			for k := hi - 2; k >= 0 && units[k].kind != uSub && units[k].kind != uQuote; k-- {
				if units[k].kind != uVG {
					continue
				}
				for _, a := range r.subject(st, k) {
					if a.Entity >= 0 && !hasEntity(subj, a.Entity) {
						obj = a
					}
				}
				if obj.Entity >= 0 {
					break
				}
			}
		}
		if obj.Entity < 0 {
			// "X announced curbs, a step that Y warned would ...": the
			// step is the act of the clause before the comma
			if a, ok := r.apposedActor(st, hi, subj, false); ok {
				obj = a
			}
		}
	}
	for _, s := range subj {
		r.emit(st, vi, s, obj, lemma, r.predText(st, &units[vi], -1), c, 0.6, false)
	}
}

// campaignGroups head a description of campaigners who level a charge
// ("Human rights groups accused ...", "Environmental campaigners").
var campaignGroups = map[string]bool{"groups": true, "organisations": true, "organizations": true, "campaigners": true, "activists": true}

// campaignGroup reports whether a, which no name stands for, is a group
// of campaigners described in two or three words ("rights groups").
func campaignGroup(a Arg) bool {
	f := strings.Fields(toLower(a.Text))
	return a.Entity < 0 && a.Poss < 0 && len(f) >= 2 && len(f) <= 3 && campaignGroups[f[len(f)-1]]
}

// utteranceNouns name, in apposition to a clause of saying, what was
// said ("X said Y had lied, a claim Y disputed").
var utteranceNouns = map[string]bool{"claim": true, "claims": true, "assertion": true, "argument": true, "contention": true,
	"account": true, "version": true, "description": true, "characterisation": true, "characterization": true, "view": true}

// saidAs reports whether noun head, in apposition to a clause of verb
// lemma, names what the clause said or asked: a claim after "said", a
// description after "called", a request after "asked".
func saidAs(head, lemma string) bool {
	if !utteranceNouns[head] && head != "request" && head != "demand" {
		return false
	}
	return utteranceNouns[head] && sayingVerbs[lemma] || slices.Contains(proposalNouns[head], lemma)
}

// sayingVerbs state what their clause says.
var sayingVerbs = map[string]bool{"say": true, "insist": true, "argue": true, "assert": true, "maintain": true, "contend": true,
	"state": true, "write": true, "tell": true, "allege": true, "claim": true, "suggest": true}

// apposedAsks name, in apposition to a clause, what someone asked of the
// clause's subject ("..., a demand the rebels had pressed").
var apposedAsks = map[string]bool{"demand": true, "demands": true, "request": true, "requests": true, "call": true, "calls": true,
	"condition": true, "conditions": true}

// askMakers, in a relative clause on one of apposedAsks, have the asker as their
// subject ("a demand the rebels had made", "a request they repeated").
var askMakers = map[string]bool{"make": true, "press": true, "raise": true, "repeat": true, "push": true, "seek": true, "issue": true, "put": true}

// actNouns name, in apposition to a clause, the act the clause tells ("...,
// a move that angered X").
var actNouns = map[string]bool{"step": true, "move": true, "decision": true, "measure": true, "action": true,
	"plan": true, "policy": true, "announcement": true, "gesture": true, "manoeuvre": true, "maneuver": true,
	// "refused to take in refugees, a stance Y criticised"
	"stance": true}

// apposedActor returns the subject of the clause an act noun at unit ui
// stands in apposition to ("X closed the border, a move Y condemned": X's
// move), unless it is one of the clause's own actors in subj. With far,
// the latest verb with a named subject ("Orlund did not attend the
// ceremony, according to aides, a decision that was criticised by Y":
// Orlund's, past verbs whose subject no name stands for); otherwise the
// latest verb's.
func (r *RelationStage) apposedActor(st *sentState, ui int, subj []Arg, far bool) (Arg, bool) {
	units := st.units
	if ui < 2 || units[ui].kind != uNP || units[ui-1].kind != uComma || !actNouns[st.doc.Tokens[units[ui].head].Lower] {
		return Arg{}, false
	}
	out := Arg{Entity: -1, Poss: -1}
	for k := ui - 2; k >= 0; k-- {
		if units[k].kind != uVG {
			continue
		}
		for _, a := range r.subject(st, k) {
			if a.Entity >= 0 && !hasEntity(subj, a.Entity) {
				out = a
			}
		}
		if out.Entity >= 0 || !far {
			break
		}
	}
	return out, out.Entity >= 0
}

// relativeHead returns the unit of the noun a passive relative clause at
// vi is on ("a move that was condemned by Y", "a move condemned by Y"),
// or -1.
func relativeHead(st *sentState, vi int, reduced bool, patientUnit int) int {
	units := st.units
	if reduced {
		return patientUnit
	}
	if vi >= 2 && (units[vi-1].kind == uWH || units[vi-1].kind == uSub) && units[vi-2].kind == uNP {
		if w := st.doc.Tokens[units[vi-1].a].Lower; w == "that" || w == "which" {
			return vi - 2
		}
	}
	return -1
}

// answerVerbs, without an object, answer the last invitation or offer
// made to their subject ("invited X to visit, and she accepted").
var answerVerbs = map[string]bool{"accept": true, "decline": true, "refuse": true, "agree": true}

// offerVerbs make an invitation or offer that an answer verb replies to;
// an order or a demand is answered too ("The ombudsman told Malek to
// repay the money. The president refused").
var offerVerbs = map[string]bool{"invite": true, "offer": true, "ask": true, "propose": true, "urge": true, "approach": true,
	"tell": true, "order": true, "instruct": true, "direct": true, "demand": true, "request": true}

// timePreps open a time phrase after a verb ("refused for a year",
// "declined on Monday").
var timePreps = map[string]bool{"for": true, "on": true, "in": true, "since": true, "until": true, "during": true, "throughout": true}

// answer relates the subject of an object-less answer verb to whoever
// invited or asked it earlier in this or the previous sentence.
func (r *RelationStage) answer(st *sentState, vi int, subj []Arg, lemma string, c clauseCtx) {
	doc := st.doc
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < st.si-1 {
			break
		}
		if rel.Role || rel.Negated || !offerVerbs[rel.Pred] || rel.Obj.Entity < 0 {
			continue
		}
		for _, s := range subj {
			if s.Entity == rel.Obj.Entity {
				r.emit(st, vi, s, rel.Subj, lemma, r.predText(st, &st.units[vi], -1), c, 0.7, false)
				return
			}
		}
	}
}

// castVote reports whether verb group v casts a vote whose object the
// sentence leaves out: "abstained", "voted against", "voted for", "voted
// in favour".
func castVote(doc *Document, v *unit, lemma string) bool {
	if lemma == "abstain" {
		return true
	}
	if lemma != "vote" || v.passive {
		return false
	}
	t := v.head + 1
	if v.prt > v.head {
		t = v.prt
	}
	if t >= len(doc.Tokens) || doc.Tokens[t].Sent != doc.Tokens[v.head].Sent {
		return false
	}
	switch doc.Tokens[t].Lower {
	case "against", "for":
		return true
	case "in":
		return t+1 < len(doc.Tokens) && (doc.Tokens[t+1].Lower == "favour" || doc.Tokens[t+1].Lower == "favor")
	}
	return false
}

// bareFavour reports whether noun phrase u is "favour" alone, as in
// "voted in favour".
func bareFavour(doc *Document, u *unit) bool {
	return u.b-u.a == 1 && (doc.Tokens[u.a].Lower == "favour" || doc.Tokens[u.a].Lower == "favor")
}

// votedOn relates the subjects of a vote cast without its object ("the
// Greens abstained", "Acme voted against", "the fund voted in favour")
// to the motion, bill or deal named last before the verb (ballotBefore):
// what the vote was on.
func (r *RelationStage) votedOn(st *sentState, vi int, subj []Arg, lemma string, c clauseCtx) {
	doc := st.doc
	v := &st.units[vi]
	b, ok := ballotBefore(doc, v.a)
	if !ok {
		return
	}
	for _, s := range subj {
		if s.Entity < 0 || !actorEntity(doc, s.Entity) {
			continue
		}
		pt := r.predText(st, v, -1)
		if lemma == "vote" {
			pt += " " + doc.Tokens[v.head+1].Text // "voted against"
		}
		r.emit(st, vi, s, b, lemma, pt, c, 0.5, false)
	}
}

// designation nouns relate the subject to the object of "made Y its ..."
// ("made Y his top target", "made Y a priority").
var designation = map[string]bool{"target": true, "priority": true, "enemy": true, "ally": true, "partner": true, "scapegoat": true}

// directing verbs act on the subject of their "that" clause ("demanded
// that X explain": X is the one pressed).
var directing = map[string]bool{"demand": true, "urge": true, "order": true, "request": true, "require": true,
	"instruct": true, "direct": true, "command": true, "petition": true, "ask": true,
	// advice: "recommended that investors vote against the chairman",
	// "advised that shareholders take no action"
	"recommend": true, "advise": true}

// endorsing verbs of advice take the side of whom their "that" clause's
// subject is advised to vote for or against, side with, back or accept
// ("recommended that investors vote for X": X is recommended).
var endorsing = map[string]bool{"recommend": true, "advise": true}

// clauseSides maps verbs of a voter's choice to the preposition that
// introduces the one chosen ("vote for/against X", "side with X"); ""
// takes a direct object ("accept the Comcast bid", "back X").
var clauseSides = map[string][]string{"vote": {"for", "against"}, "side": {"with"},
	"back": {""}, "support": {""}, "accept": {""}, "endorse": {""}, "reject": {""}, "oppose": {""}}

// endorsedInClause returns the actors the verb group at unit vi of an
// advised clause chooses for or against: "(that investors) vote against
// the chairman", "side with Acme", "accept the Comcast bid" (the bid's
// maker). Nothing when the verb is negated or passive.
func (r *RelationStage) endorsedInClause(st *sentState, vi int, subj []Arg) []Arg {
	units, doc := st.units, st.doc
	v := &units[vi]
	if v.kind != uVG || v.passive || v.negated || vi+1 >= len(units) {
		return nil
	}
	preps, ok := clauseSides[doc.Tokens[v.head].Lemma]
	if !ok {
		return nil
	}
	j := vi + 1
	if preps[0] != "" {
		if units[j].kind != uP || !slices.Contains(preps, doc.Tokens[units[j].a].Lower) {
			return nil
		}
		j++
	}
	if j >= len(units) || units[j].kind != uNP {
		return nil
	}
	list, _ := r.npList(st, j)
	people := len(list) == 1 && r.unnamedActors(st, &units[j])
	if people && list[0].Entity < 0 && list[0].Poss < 0 {
		return list // "vote against the chairman", not yet named
	}
	var out []Arg
	for _, a := range list {
		if a.Entity < 0 && a.Poss >= 0 && len(list) == 1 && !people {
			a.Entity = a.Poss // "accept Acme's offer" (not "Acme's chairman")
		}
		if a.Entity < 0 || !actorEntity(doc, a.Entity) || hasEntity(subj, a.Entity) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// pairless verbs say nothing about how the two subjects of "the two men
// went home" relate.
var pairless = map[string]bool{"be": true, "have": true, "come": true, "go": true, "get": true, "do": true,
	"make": true, "take": true, "say": true, "remain": true, "become": true, "return": true, "arrive": true, "leave": true,
	"fall": true, "try": true, "seem": true, "appear": true, "want": true, "need": true, "continue": true, "stay": true,
	// what each does alone ("Ana Veld and Tom Vell resigned", "Acme and
	// Zeta protested", "stepped up lobbying", "acted in the national
	// interest"), no act of one on the other
	"resign": true, "quit": true, "retire": true, "step": true, "protest": true, "retaliate": true, "strike": true,
	"demonstrate": true, "rally": true, "march": true, "abstain": true, "withdraw": true, "walk": true, "act": true,
	// what each is a member of ("the two countries belong to the Arden
	// Pact", "the pact, to which both countries belong"), never one of
	// the other
	"belong": true}

// namedPair resolves a subject "the two firms" or "both leaders" to the two
// entities of that kind named last before it, in text order, or nil.
func (r *RelationStage) namedPair(st *sentState, a Arg, exclude ...int) []Arg {
	if a.Entity >= 0 {
		return nil
	}
	if two := r.namedAhead(st, a, exclude); two != nil {
		return two
	}
	f := strings.Fields(toLower(a.Text))
	for i, w := range f {
		if i > 0 && (strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’")) {
			// "the two firms' plan": the pair stands in for what it has
			f = append(f[:i:i], strings.TrimRight(w, "'’"))
			break
		}
	}
	if n := len(f); n == 5 && timeWords[f[4]] && (f[3] == "last" || f[3] == "next" || f[3] == "this") {
		f = f[:3] // "the two neighbours last year"
	}
	f, ofPoss := countedNoun(f)
	people := false
	if tail := sidesPeople(f); tail != nil && a.Poss < 0 {
		// "officials on both sides blamed each other", "commanders from
		// the two countries held talks": the people act for the pair
		f, people = tail, true
	}
	var noun string
	group := 2
	switch {
	case len(f) == 3 && f[0] == "the" && a.Poss < 0 && groupNumbers[f[1]] > 2:
		// "the three ministers": the latest three of that kind
		noun, group = f[2], groupNumbers[f[1]]
	case len(f) >= 2 && f[0] == "the" && a.Poss < 0 && groupNumbers[f[1]] > 2 && (len(f) == 2 || f[2] == "of"):
		// "accused the three of fraud", "the three of them": a number
		// alone counts people
		noun, group = "people", groupNumbers[f[1]]
	case len(f) == 3 && (f[0] == "the" || a.Poss >= 0 && possessiveWord(f[0])) && f[1] == "two":
		// "the two firms", "its two allies" (not the possessor itself)
		noun = f[2]
	case len(f) == 2 && possessiveWord(f[0]) && f[1] == "counterparts" && a.Poss >= 0:
		// "invited his counterparts": only the two others the story
		// gives his title (below), never any two people
		if st.doc.Entities[a.Poss].Type != schema.Person {
			return nil
		}
		noun = f[1]
	case len(f) == 2 && f[0] == "both" && (a.Poss < 0 || ofPoss):
		// "both leaders", "both of his counterparts" (not the possessor)
		noun = f[1]
	case a.Poss < 0 && (len(f) == 2 && f[0] == "the" && f[1] == "two" || len(f) == 1 && f[0] == "both"):
		// "the two had met", "invited both to talks": the pair in focus,
		// actors of any kind, never merely the last two names
		// (not "A and B, both listed in Johannesburg": a floating
		// "both" belongs to the list before it)
		if t := st.doc.tokenAt(a.Span.Start); t <= 0 || st.doc.Tokens[t-1].Lower == "," {
			return nil
		}
		p, ok := nearPeople(st, a.Span.Start, exclude)
		if !ok {
			p, ok = r.focusPair(st, a.Span.Start, st.si, "", false, 4, exclude)
		}
		if !ok {
			return nil
		}
		notePair(st, p, a.Span.Start, st.si)
		return pairArgs(a, p)
	case a.Poss < 0 && (len(f) >= 3 && f[0] == "both" || len(f) >= 4 && f[0] == "the" && f[1] == "two") && r.lex.roles[r.lex.nounLemma(f[len(f)-1])]:
		// "spoke to both foreign ministers", "the two defence chiefs":
		// a title with its modifiers sets the pair apart from the last
		// two names; the people the story gives that title are meant
		mods := f[1 : len(f)-1]
		if f[0] == "the" {
			mods = f[2 : len(f)-1]
		}
		title := append(slices.Clone(mods), r.lex.nounLemma(f[len(f)-1]))
		if slices.ContainsFunc(mods, func(w string) bool { return !modifierWord(w) }) {
			return nil
		}
		if two := r.titledPair(st, a, title, exclude); two != nil {
			return two
		}
		// "the heads of the two police forces, A and B ... the two
		// police chiefs": no one is given the title word for word; the
		// two people the story last named together are meant
		return coordinatedPeople(st, a, exclude)
	case len(f) == 2 && f[0] == "the" && a.Poss < 0 && overseerPlurals[f[1]]:
		// "A and B opened a joint inquiry into Acme. The regulators
		// concluded that ...": the two bodies named last
		noun = f[1]
	case len(f) == 2 && f[0] == "the" && a.Poss < 0 && focusNouns[f[1]]:
		// "the partners clashed": only a pair in focus, never the last
		// two names
		p, ok := r.focusPair(st, a.Span.Start, st.si, pairNouns[f[1]], false, 4, append(exclude, a.Poss))
		if !ok {
			return nil
		}
		return pairArgs(a, p)
	default:
		return nil
	}
	if a.Poss >= 0 {
		exclude = append(exclude, a.Poss)
	}
	if p := phrasePossessor(st.doc, a); noun == "counterparts" && p >= 0 && st.doc.Entities[p].Type == schema.Person {
		// "Its foreign minister, X, spoke with both of his
		// counterparts": the two others the story gives X's title
		exclude = append(exclude, p)
		if title := r.heldTitle(st.doc, p, a.Span.Start); title != nil {
			if p := r.titledPair(st, a, title, exclude); len(p) == 2 {
				return p
			}
		}
		if f[0] != "both" {
			return nil
		}
	}
	typ, ok := pairNouns[noun]
	if !ok {
		return nil
	}
	doc := st.doc
	at := doc.tokenAt(a.Span.Start)
	if at < 0 {
		return nil
	}
	sent := doc.Tokens[at].Sent
	if group > 2 {
		return r.namedGroup(st, a, typ, sent, at, group, exclude)
	}
	if noun == "leaders" {
		if p, ok := unnamedCounterpart(doc, r.lex, a, at, sent, exclude); ok {
			return p
		}
		// "both leaders": the heads of state or government named before,
		// not a minister between them (people of no known office stay)
		for _, m := range doc.Mentions[doc.mentionsFrom(max(0, sent-8)):] {
			if m.First >= at {
				break
			}
			if m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Person && len(doc.Entities[m.Entity].Roles) > 0 && !leaderRole(doc.Entities[m.Entity].Roles) && !slices.Contains(exclude, m.Entity) {
				exclude = append(exclude, m.Entity)
			}
		}
	}
	if noun == "ministers" {
		// "both ministers": two people named as ministers, not an
		// ambassador or a president between them (people of no known
		// office stay)
		for _, m := range doc.Mentions[doc.mentionsFrom(max(0, sent-8)):] {
			if m.First >= at {
				break
			}
			if e := m.Entity; e >= 0 && doc.Entities[e].Type == schema.Person && len(doc.Entities[e].Roles) > 0 && !ministerRole(doc.Entities[e].Roles) && !slices.Contains(exclude, e) {
				exclude = append(exclude, e)
			}
		}
	}
	if overseerPlurals[noun] {
		// "the regulators": two public bodies, never the companies
		// they oversee
		for e := range doc.Entities {
			if doc.Entities[e].Type == schema.Organization && !(publicHead(doc.Entities[e].Name) || unionName(doc.Entities[e].Name)) && !slices.Contains(exclude, e) {
				// (nor the union facing them)
				exclude = append(exclude, e)
			}
		}
	}
	if companyNouns[noun] {
		// "the two companies": two firms, never the regulator or
		// council named between them
		for e := range doc.Entities {
			if doc.Entities[e].Type == schema.Organization && publicHead(doc.Entities[e].Name) && !slices.Contains(exclude, e) {
				exclude = append(exclude, e)
			}
		}
	}
	var p [2]int
	ok = false
	if typ == schema.Person && groupPlurals[noun] && !people {
		// "Korhonen hit back, saying Laaksonen had never visited a
		// clinic. The two men have clashed": the two people just named
		p, ok = nearPeople(st, a.Span.Start, exclude)
	}
	if !ok {
		p, ok = r.focusPairCoord(st, a.Span.Start, sent, typ, opposingNouns[noun], opposingNouns[noun], 8, exclude, 4)
	}
	if !ok && officePlurals[noun] && !people {
		// "met both ministers" a dozen sentences after the two were
		// named together: holders of an office the story named stay in
		// it longer than any two people
		p, ok = r.focusPairCoord(st, a.Span.Start, sent, typ, false, false, 16, exclude, 4)
	}
	if !ok && opposingNouns[noun] {
		p, ok = r.focusPairCoord(st, a.Span.Start, sent, typ, false, true, 8, exclude, 4)
	}
	if s := r.speakerState(st, at); ok && opposingNouns[noun] && !people && s >= 0 && p[0] != s && p[1] != s {
		// "Latvia's foreign minister, X, said the two sides had agreed":
		// one side is the speaker's own state, facing the other side
		// of the pair it is in, not a pair that clashed in between: the
		// pair next in focus that holds it
		ex, q := slices.Clone(exclude), p
		for range 3 {
			ex = append(ex, q[0], q[1])
			var found bool
			if q, found = r.focusPairCoord(st, a.Span.Start, sent, typ, false, true, 8, ex, 4); !found {
				break
			}
			if q[0] == s || q[1] == s {
				p = q
				break
			}
		}
	}
	if ok && people {
		// people of both sides serve the two states or bodies, never
		// two persons: a person stands for the country of its office
		for i, e := range p {
			if doc.Entities[e].Type == schema.Person {
				if p[i] = doc.Entities[e].Nation; p[i] < 0 {
					return nil
				}
			}
		}
		if p[0] == p[1] {
			return nil
		}
	}
	if ok {
		notePair(st, p, a.Span.Start, sent)
		return pairArgs(a, p)
	}
	if people {
		return nil
	}
	// the two latest distinct entities before the phrase, at most two
	// sentences back (eight for leaders, the others excluded above)
	back := 2
	if noun == "leaders" {
		back = 8
	}
	last := map[int]int{}
	for _, m := range doc.Mentions[doc.mentionsFrom(max(0, sent-back)):] {
		if m.First >= at {
			break
		}
		if m.Entity < 0 || m.Kind == DemonymMention || slices.Contains(exclude, m.Entity) {
			continue
		}
		ty := doc.Entities[m.Entity].Type
		if p := m.First - 1; p >= 0 && doc.Tokens[p].Sent == doc.Tokens[m.First].Sent && locativePreps[doc.Tokens[p].Lower] && (ty == schema.Country || ty == schema.Location) {
			continue // "talks in Vienna": a place, not a party
		}
		if typ != "" && ty != typ || typ == "" && ty != schema.Person && ty != schema.Organization && ty != schema.Country {
			continue
		}
		e := m.Entity
		if typ == "" && ty == schema.Person {
			// "Acme's chief executive, X, said ... both sides": a person
			// named as serving a body stands for it, never a side
			// against it, also where a pronoun or a last name refers
			// to the person ("..., X, said the firm had done its best.
			// He said ... the two sides")
			if b := servedBody(doc, r.lex, m.Entity, at); b >= 0 && !slices.Contains(exclude, b) {
				e = b
			}
		}
		if p, ok := last[e]; !ok || m.First > p {
			last[e] = m.First
		}
	}
	best := [2]int{-1, -1} // best[1] is the latest
	pos := [2]int{-1, -1}
	for _, e := range slices.Sorted(maps.Keys(last)) { // entity order breaks ties: same output every run
		p := last[e]
		switch {
		case p > pos[1]:
			best[0], pos[0] = best[1], pos[1]
			best[1], pos[1] = e, p
		case p > pos[0]:
			best[0], pos[0] = e, p
		}
	}
	if best[0] < 0 || best[1] < 0 {
		return nil
	}
	if noun == "leaders" && !(leaderRole(doc.Entities[best[0]].Roles) && leaderRole(doc.Entities[best[1]].Roles)) {
		// "both leaders" after a president, a prime minister and an
		// aide of no known office ("Ivo Tarkan ... President Lena
		// Voss's office said ... Bruno Kalde, who led the talks, ..."):
		// the latest two heads of state or government of different
		// states, where the story names two
		heads := [2]int{-1, -1}
		for _, e := range slices.Sorted(maps.Keys(last)) {
			if !leaderRole(doc.Entities[e].Roles) {
				continue
			}
			switch p := last[e]; {
			case heads[1] < 0 || p > last[heads[1]]:
				heads[0], heads[1] = heads[1], e
			case heads[0] < 0 || p > last[heads[0]]:
				heads[0] = e
			}
		}
		if heads[1] >= 0 && heads[0] < 0 {
			// one head in the window: the other is the latest head of
			// another state the story named before it ("Prime Minister
			// Ivo Tarkan hailed the deal ... [eight sentences] ...
			// President Lena Voss's office said ... Bruno Kalde, who
			// led the talks, ... Osmark's premier called both leaders":
			// Tarkan and Voss, not Voss and Kalde)
			for _, m := range doc.Mentions {
				if m.First >= at {
					break
				}
				if e := m.Entity; e >= 0 && e != heads[1] && doc.Entities[e].Type == schema.Person && leaderRole(doc.Entities[e].Roles) && !slices.Contains(exclude, e) {
					if n0, n1 := doc.Entities[e].Nation, doc.Entities[heads[1]].Nation; n0 < 0 || n0 != n1 {
						heads[0] = e
					}
				}
			}
		}
		if heads[0] >= 0 && heads[1] >= 0 {
			if n0, n1 := doc.Entities[heads[0]].Nation, doc.Entities[heads[1]].Nation; n0 < 0 || n0 != n1 {
				best = heads
			}
		}
	}
	return pairArgs(a, best)
}

// speakerState returns the state of the person who, named as the subject
// of a verb of speech before token at in its sentence, reports the
// clause at is in ("Latvia's foreign minister, X, said ..."), or -1.
func (r *RelationStage) speakerState(st *sentState, at int) int {
	doc := st.doc
	for k := 1; k < len(st.units) && st.units[k].a < at; k++ {
		v := &st.units[k]
		if v.kind != uVG || !r.lex.verbs[r.lemma(st, v)].report {
			continue
		}
		for _, s := range r.subject(st, k) {
			if s.Entity >= 0 && doc.Entities[s.Entity].Type == schema.Person {
				return doc.Entities[s.Entity].Nation
			}
		}
		return -1
	}
	return -1
}

// unnamedCounterpart returns, for "the two leaders" at token at in
// sentence sent, the two sides of the latest meeting or call of this
// sentence or the one before it when one of them is a person the story
// names and the other a state's head it does not ("Ivo Tarkan spoke by
// phone with Latvia's president, and the two leaders agreed ...": Tarkan
// and Latvia's president, not a leader named earlier).
func unnamedCounterpart(doc *Document, lex *lexicon, a Arg, at, sent int, exclude []int) ([]Arg, bool) {
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Sent < sent-1 {
			break
		}
		if rel.Role || rel.Negated || rel.Span.Start >= doc.Tokens[at].Span.Start || lex.verbs[rel.Pred].cameo != "04" {
			continue
		}
		named, other := rel.Subj, rel.Obj
		if named.Entity < 0 {
			named, other = other, named
		}
		if named.Entity < 0 || other.Entity >= 0 || doc.Entities[named.Entity].Type != schema.Person || slices.Contains(exclude, named.Entity) {
			continue
		}
		if other.Poss < 0 || doc.Entities[other.Poss].Type != schema.Country || other.Poss == doc.Entities[named.Entity].Nation {
			continue
		}
		t := toLower(other.Text)
		for _, w := range []string{"'s president", "'s prime minister", "'s premier", "'s chancellor", "'s leader", "'s king", "'s emir"} {
			if strings.HasSuffix(t, w) {
				x := a // the named side as the phrase, the other as written
				x.Entity, x.Poss = named.Entity, -1
				return []Arg{x, other}, true
			}
		}
	}
	return nil, false
}

// titledPair returns the people, one or two, whom the story up to a
// few sentences after the pair phrase a names with the title's words
// right before the name ("Foreign Minister X", "Gambia's foreign
// minister, X,") or in an apposition after it ("X, the foreign
// minister,"), or nil when it names more than two, or two of one country.
func (r *RelationStage) titledPair(st *sentState, a Arg, title []string, exclude []int) []Arg {
	doc := st.doc
	at := doc.tokenAt(a.Span.Start)
	if at < 0 {
		return nil
	}
	sent := doc.Tokens[at].Sent
	titled := func(t int) bool {
		// the title's words from token t on
		if t < 0 || t+len(title) > len(doc.Tokens) {
			return false
		}
		for i, w := range title {
			if doc.Tokens[t+i].Lower != w || doc.Tokens[t+i].Sent != doc.Tokens[t].Sent {
				return false
			}
		}
		return true
	}
	var found []int
	for _, m := range doc.Mentions {
		if doc.Tokens[m.First].Sent > sent+cataphoraSentences {
			break
		}
		if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Person || slices.Contains(exclude, m.Entity) || slices.Contains(found, m.Entity) {
			continue
		}
		before := m.First - len(title)
		if before > 0 && doc.Tokens[m.First-1].Lower == "," {
			before-- // "Gambia's foreign minister, X"
		}
		ok := titled(before)
		if l := m.Last; !ok && l+1 < len(doc.Tokens) && doc.Tokens[l].Lower == "," && doc.Tokens[l].Sent == doc.Tokens[m.First].Sent {
			// "X, the foreign minister,", "X, Gambia's foreign minister,"
			for t := l + 1; t <= l+4 && !ok; t++ {
				ok = titled(t)
			}
		}
		if ok {
			found = append(found, m.Entity)
		}
	}
	if len(found) == 1 {
		// "Tuvalu's security chief, A, and his Kiribati counterpart, B
		// ... the two security chiefs": a counterpart holds the same
		// office
		for i := range doc.Mentions {
			m := &doc.Mentions[i]
			if m.Entity != found[0] || doc.Tokens[m.First].Sent > sent {
				continue
			}
			n := conjunct(doc, m)
			if n == nil || n.Entity < 0 || n.Entity == found[0] || doc.Entities[n.Entity].Type != schema.Person || slices.Contains(exclude, n.Entity) {
				continue
			}
			if slices.ContainsFunc(doc.Tokens[m.Last:n.First], func(t Token) bool { return t.Lower == "counterpart" }) {
				found = append(found, n.Entity)
				break
			}
		}
	}
	switch {
	case len(found) == 1:
		// "spoke to both foreign ministers" when the story names one
		x := a
		x.Entity, x.Poss = found[0], -1
		return []Arg{x}
	case len(found) != 2:
		return nil
	}
	if n0, n1 := doc.Entities[found[0]].Nation, doc.Entities[found[1]].Nation; n0 >= 0 && n0 == n1 {
		return nil // two of one country's ministers are no pair of sides
	}
	return pairArgs(a, [2]int{found[0], found[1]})
}

// coordinatedPeople returns a as the two people named last as "A and B",
// at most sixteen sentences before it ("Anna Berg and Tomas Lind led the
// talks. Later the two negotiators ..."): holders of a title stay in a
// story longer than a plural phrase's usual window; neither of them
// excluded and not two people of one country; nil if there is none.
func coordinatedPeople(st *sentState, a Arg, exclude []int) []Arg {
	doc := st.doc
	at := doc.tokenAt(a.Span.Start)
	if at < 0 {
		return nil
	}
	sent := doc.Tokens[at].Sent
	var found []Arg
	for i := doc.mentionsFrom(max(0, sent-16)); i < len(doc.Mentions) && doc.Mentions[i].Last < at; i++ {
		m := &doc.Mentions[i]
		if m.Kind != NameMention || m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Person || slices.Contains(exclude, m.Entity) {
			continue
		}
		n := conjunct(doc, m)
		if n == nil || n.Kind != NameMention || n.Entity < 0 || n.Entity == m.Entity || n.Last >= at || doc.Entities[n.Entity].Type != schema.Person || slices.Contains(exclude, n.Entity) {
			continue
		}
		if n0, n1 := doc.Entities[m.Entity].Nation, doc.Entities[n.Entity].Nation; n0 >= 0 && n0 == n1 {
			continue
		}
		found = pairArgs(a, [2]int{m.Entity, n.Entity})
	}
	return found
}

// phrasePossessor returns the possessor of phrase a, or the entity of a
// possessive pronoun inside it ("both of his counterparts"), -1 if none.
func phrasePossessor(doc *Document, a Arg) int {
	if a.Poss >= 0 {
		return a.Poss
	}
	for t := doc.tokenAt(a.Span.Start); t >= 0 && t < len(doc.Tokens) && doc.Tokens[t].Span.End <= a.Span.End; t++ {
		if possessiveWord(doc.Tokens[t].Lower) && doc.TokMention[t] >= 0 {
			return doc.Mentions[doc.TokMention[t]].Entity
		}
	}
	return -1
}

// heldTitle returns the lower-cased words of the title the story gives
// person e right before a name mention of it that opens before offset
// end: a role noun and a modifier before it ("Foreign Minister X", "Its
// foreign minister, X," give "foreign minister"); nil if none.
func (r *RelationStage) heldTitle(doc *Document, e, end int) []string {
	for _, m := range doc.Mentions {
		if m.Span.Start >= end {
			break
		}
		if m.Entity != e || m.Kind != NameMention {
			continue
		}
		t := m.First - 1
		if t >= 0 && doc.Tokens[t].Lower == "," {
			t--
		}
		if t < 0 || doc.Tokens[t].Sent != doc.Tokens[m.First].Sent || !r.lex.roles[doc.Tokens[t].Lower] || doc.TokMention[t] >= 0 && doc.Mentions[doc.TokMention[t]].Kind == NameMention {
			continue
		}
		if p := t - 1; p >= 0 && doc.Tokens[p].Sent == doc.Tokens[t].Sent && doc.TokMention[p] < 0 && modifierWord(doc.Tokens[p].Lower) && !possessiveWord(doc.Tokens[p].Lower) {
			return []string{doc.Tokens[p].Lower, doc.Tokens[t].Lower}
		}
		return []string{doc.Tokens[t].Lower}
	}
	return nil
}

// appointedReplaces returns, for ", replacing X" or ", succeeding X" at
// verb group vi after a comma at unit j, the person the clause before
// appointed ("named Y as interim chief executive, replacing X": Y
// replaces X, not whoever named Y).
func (r *RelationStage) appointedReplaces(st *sentState, vi, j int) (Arg, bool) {
	doc := st.doc
	units := st.units
	v := &units[vi]
	if doc.presplit || units[j].kind != uComma || doc.Tokens[v.head].Tag != "VBG" {
		return Arg{}, false
	}
	if l := doc.Tokens[v.head].Lemma; l != "replace" && l != "succeed" {
		return Arg{}, false
	}
	for k := j - 1; k >= 0; k-- {
		if units[k].kind != uVG {
			continue
		}
		if !r.lex.appoint[doc.Tokens[units[k].head].Lower] || units[k].passive || k+1 >= len(units) || units[k+1].kind != uNP {
			return Arg{}, false
		}
		o := &units[k+1]
		if o.ent < 0 || doc.Entities[o.ent].Type != schema.Person {
			return Arg{}, false
		}
		return r.arg(st, o), true
	}
	return Arg{}, false
}

// countedNoun drops the words between a counting word and the noun it
// counts, in the lower-cased words f of a plural phrase: "both of the
// companies" and "both of his counterparts" count what "both companies"
// and "both counterparts" do (of reports a possessive dropped), and "the
// two nuclear-armed neighbours" and "both West African states" the
// states "the two neighbours" and "both states" do. Modifiers of people
// and bodies ("both foreign ministers", "the two state-owned banks") may
// set them apart from the pair named before, and "the two other
// countries" are another pair: those are kept.
func countedNoun(f []string) ([]string, bool) {
	n := len(f)
	if n < 3 {
		return f, false
	}
	typ, ok := pairNouns[f[n-1]]
	if !ok {
		return f, false
	}
	c := -1
	for i := n - 2; i >= 0 && c < 0; i-- {
		if f[i] == "both" || f[i] == "two" || groupNumbers[f[i]] > 0 {
			c = i
		}
	}
	if c < 0 || c == n-2 {
		return f, false
	}
	mods := f[c+1 : n-1]
	out := append(f[:c+1:c+1], f[n-1])
	if f[c] == "both" && len(mods) == 2 && mods[0] == "of" && (mods[1] == "the" || possessiveWord(mods[1])) {
		return out, possessiveWord(mods[1])
	}
	if typ != schema.Country || len(mods) > 2 {
		return f, false
	}
	for _, w := range mods {
		if !modifierWord(w) {
			return f, false
		}
	}
	return out, false
}

// modifierWord reports whether w, lower-cased, can modify a counted
// noun without changing which actors it means ("nuclear-armed",
// "west"): a word of letters and hyphens that is no function word and
// does not set the actors apart from those named before ("other").
func modifierWord(w string) bool {
	switch w {
	case "of", "and", "or", "other", "remaining", "new", "more", "such", "the", "a", "an", "that", "who", "which", "in", "on", "at":
		return false
	}
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// sideFolk reports whether a plural noun, lower-cased, names people who
// act for a side ("officials", "delegations", "commanders").
func sideFolk(w string) bool {
	return peopleNouns[w] || forceNouns[w] || w == "commanders" || w == "delegates" || w == "delegations"
}

// sidesPeople returns the pair phrase that ends words, lower-cased, when
// they are people of both sides: a plural noun of people (after up to two
// modifiers), "on", "from" or "of", and "both X" or "the two X" where X
// names sides, countries or governments; nil otherwise.
func sidesPeople(f []string) []string {
	n := len(f)
	var tail []string
	switch {
	case n >= 4 && f[n-2] == "both":
		tail = f[n-2:]
	case n >= 5 && f[n-3] == "the" && f[n-2] == "two":
		tail = f[n-3:]
	default:
		return nil
	}
	if t := pairNouns[f[n-1]]; t != "" && t != schema.Country || f[n-1] == "delegations" {
		return nil
	}
	k := n - len(tail) - 1
	if p := f[k]; p != "on" && p != "from" && p != "of" || k < 1 || k > 3 || !peopleNouns[f[k-1]] && !forceNouns[f[k-1]] && f[k-1] != "commanders" && f[k-1] != "delegates" {
		return nil
	}
	return tail
}

// leaderRole reports whether roles hold the office of a state's or a
// party's leader.
func leaderRole(roles map[string]bool) bool {
	for r := range leaderOffices {
		if roles[r] {
			return true
		}
	}
	return false
}

// leaderOffices are the roles leaderRole looks for.
var leaderOffices = map[string]bool{"president": true, "prime minister": true, "premier": true, "chancellor": true, "king": true, "queen": true,
	"leader": true, "emir": true, "sultan": true, "monarch": true, "crown prince": true, "counterpart": true}

// withinNouns name what a side holds or suffers, so that "on both sides"
// after them says where, not whom an act is aimed at ("hurdles on both
// sides", "casualties on both sides").
var withinNouns = map[string]bool{"hurdles": true, "obstacles": true, "opposition": true, "resistance": true, "criticism": true, "concern": true, "concerns": true,
	"doubts": true, "anger": true, "casualties": true, "losses": true, "support": true, "scepticism": true, "skepticism": true, "fears": true, "frustration": true}

// ministerRole reports whether a person's roles hold a minister's office
// ("foreign minister", "minister").
func ministerRole(roles map[string]bool) bool {
	for r := range roles {
		if r == "minister" || strings.HasSuffix(r, " minister") {
			return true
		}
	}
	return false
}

// namedAhead resolves an indefinite "two airlines" or "two of the
// country's largest cement producers", a pair of companies a story
// introduces before it names them ("fined two airlines ... Anatolian
// Skyways was ordered to pay ... and its smaller rival Kapadokya Jet"),
// to the two companies that the next sentence naming any company (at
// most two sentences on) names for the first time, when it names
// exactly two; nil otherwise.
func (r *RelationStage) namedAhead(st *sentState, a Arg, exclude []int) []Arg {
	doc := st.doc
	if doc.presplit {
		return nil
	}
	f := strings.Fields(toLower(a.Text))
	if len(f) < 2 || f[0] != "two" || !companyNouns[f[len(f)-1]] || a.Poss >= 0 && (len(f) < 3 || f[1] != "of") {
		return nil
	}
	at := doc.tokenAt(a.Span.Start)
	if at < 0 {
		return nil
	}
	if e := doc.tokenFrom(a.Span.End); e < len(doc.Tokens) && (doc.Tokens[e].Tag == "VBN" || doc.Tokens[e].Tag == "VBG") {
		return nil // "two makers based in Osaka": the participle would relate the two
	}
	sent := doc.Tokens[at].Sent
	for s := sent + 1; s <= sent+2 && s < len(doc.Sentences); s++ {
		var ents []int
		start := doc.Sentences[s].Span.Start
		for i := doc.mentionsFrom(s); i < len(doc.Mentions) && doc.Tokens[doc.Mentions[i].First].Sent == s; i++ {
			m := &doc.Mentions[i]
			e := m.Entity
			if m.Kind != NameMention || e < 0 || doc.Entities[e].Type != schema.Organization && (doc.Entities[e].Type != schema.Person || titled(doc.Entities[e])) ||
				publicHead(doc.Entities[e].Name) || slices.Contains(exclude, e) || slices.Contains(ents, e) || st.firstAt(e) < start {
				continue
			}
			ents = append(ents, e)
		}
		if len(ents) == 0 {
			continue
		}
		// a company name may be misread as a person's, but one of the
		// two is a company
		if len(ents) != 2 || doc.Entities[ents[0]].Type != schema.Organization && doc.Entities[ents[1]].Type != schema.Organization {
			return nil
		}
		p := [2]int{ents[0], ents[1]}
		notePair(st, p, a.Span.Start, st.si)
		return pairArgs(a, p)
	}
	return nil
}

// groupNumbers count the members of a group named by number ("the three
// ministers").
var groupNumbers = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}

// namedGroup resolves "the three ministers" to the latest n distinct
// entities of typ named at most two sentences before the phrase, when the
// story names that many; a group of other sizes is left alone.
func (r *RelationStage) namedGroup(st *sentState, a Arg, typ schema.EntityType, sent, at, n int, exclude []int) []Arg {
	if typ == "" {
		return nil
	}
	doc := st.doc
	collect := func(from, to int) map[int]int {
		last := map[int]int{}
		for _, m := range doc.Mentions[doc.mentionsFrom(from):] {
			if m.First >= at || doc.Tokens[m.First].Sent > to {
				break
			}
			if m.Entity < 0 || m.Kind == DemonymMention || slices.Contains(exclude, m.Entity) || doc.Entities[m.Entity].Type != typ {
				continue
			}
			if p, ok := last[m.Entity]; !ok || m.First > p {
				last[m.Entity] = m.First
			}
		}
		return last
	}
	// a sentence naming the whole group ("ministers A of X, B of Y and C
	// of Z met") before the latest names
	var last map[int]int
	for s := sent; s >= sent-2 && last == nil; s-- {
		if l := collect(s, s); len(l) >= n {
			last = l
		}
	}
	if last == nil {
		if last = collect(sent-2, sent); len(last) < n {
			return nil
		}
	}
	ents := make([]int, 0, len(last))
	for e := range last {
		ents = append(ents, e)
	}
	slices.SortFunc(ents, func(x, y int) int { return last[y] - last[x] })
	ents = ents[:n]
	slices.Sort(ents)
	out := make([]Arg, n)
	for i, e := range ents {
		out[i] = a
		out[i].Entity, out[i].Poss = e, -1
	}
	return out
}

// focusNouns, after "the" alone, name the two actors of the pair in focus
// ("the partners", "the neighbours").
var focusNouns = map[string]bool{"partners": true, "neighbours": true, "neighbors": true, "rivals": true, "allies": true}

// sittingNouns are the meetings a body holds ("a meeting of the
// committee", "a hearing of the Senate's ethics panel").
var sittingNouns = map[string]bool{"meeting": true, "session": true, "hearing": true, "sitting": true}

// sittingOf returns the body whose meeting the noun phrase at unit ui
// names ("a meeting of the party's executive committee": the party, "a
// session of the Tarnland Senate"), or -1.
func (r *RelationStage) sittingOf(st *sentState, ui int) int {
	u := st.units
	doc := st.doc
	if ui < 0 || ui+2 >= len(u) || !sittingNouns[doc.Tokens[u[ui].head].Lower] || u[ui].poss >= 0 || u[ui+1].kind != uP || doc.Tokens[u[ui+1].a].Lower != "of" || u[ui+2].kind != uNP {
		return -1
	}
	b := u[ui+2].ent
	if b < 0 {
		b = u[ui+2].poss
	}
	if b < 0 || doc.Entities[b].Type != schema.Organization {
		return -1
	}
	return b
}

// summonVerbs bring someone to the body that acts: in an agentless
// passive ("was summoned to the ministry", "was called to the foreign
// office") the body after "to" is the one that summoned.
var summonVerbs = map[string]bool{"summon": true, "call": true, "invite": true}

// occasionPreps place a saying at an event, a medium or a site.
var occasionPreps = map[string]bool{"at": true, "in": true, "outside": true, "off": true, "beyond": true, "under": true}

// whenPreps put an event or a period before or around the act: what
// follows them dates it and takes no part in it.
var whenPreps = map[string]bool{"after": true, "before": true, "during": true, "following": true, "until": true, "since": true}

// chaseVerbs take "after" right after them as a particle of pursuit or
// likeness ("went after the auditors", "looked after the refugees",
// "named after its founder"), not of time ("went bust after a scandal").
var chaseVerbs = map[string]bool{"go": true, "look": true, "run": true, "chase": true, "name": true, "seek": true}

// passiveSetting reports whether an agentless passive's prepositional
// complement a only sets the scene of what was done to the subject: a
// country or place it happened in ("was arrested in Brevonia", "was welcomed in
// Aldoria") or an actor it came from or went to ("was extradited from
// Aldoria", "was sold to Kestrel Foods", "was handed to the police"), not
// one the subject acted on; a participle of a standing tie keeps its
// partner ("is married to X", "was linked to Y"), one of where the
// subject is its place ("is based in Brevonia").
func passiveSetting(doc *Document, participle, prep string, a Arg) bool {
	if locativePreps[prep] && placeWordsOf[headWord(a.Text)] {
		// "was signed in the Zentavian capital", "in the port city": a
		// place noun is a place, named or not, though a country's
		// adjective or name modifies it
		return !siteParticiples[participle]
	}
	if a.Entity < 0 {
		return false
	}
	switch {
	case locativePreps[prep]:
		return (doc.Entities[a.Entity].Type == schema.Country || doc.Entities[a.Entity].Type == schema.Location) && !siteParticiples[participle]
	case prep == "from" || prep == "to" || prep == "into":
		return actorEntity(doc, a.Entity) && !tieParticiples[participle]
	}
	return false
}

// custodyVerbs hold people in custody: in an agentless passive the
// state named after "in" holds them ("was jailed in Ostria", "soldiers
// detained in Mali", "held in Tarsk").
var custodyVerbs = map[string]bool{"jail": true, "imprison": true, "detain": true, "arrest": true, "intern": true, "hold": true}

// custodyState returns the country that, in an agentless passive of a
// custody verb, held patient p where the complement a of preposition
// prep places it: a country, or a capital of a country the story names
// ("was detained in Tarsk"), after "in"; "held" only when p is a
// person ("talks held in Oslo" hold no one). It returns -1 otherwise.
func (r *RelationStage) custodyState(st *sentState, lemma, prep string, a, p Arg) int {
	doc := st.doc
	if !custodyVerbs[lemma] || prep != "in" || a.Entity < 0 || a.Poss >= 0 {
		return -1
	}
	if lemma == "hold" && (p.Entity < 0 || doc.Entities[p.Entity].Type != schema.Person) {
		return -1
	}
	s := r.stateOf(st, a.Entity)
	if s < 0 || s == p.Entity || p.Entity >= 0 && doc.Entities[p.Entity].Type == schema.Country {
		return -1
	}
	return s
}

// custody states that the state custodyState finds behind place a, the
// complement of the preposition at token prep, held patient p (verb
// group v, lemma): "a reporter jailed in Ostria", "Ivorian soldiers
// detained in Mali".
func (r *RelationStage) custody(st *sentState, vi int, v *unit, lemma string, prep int, a, p Arg, c clauseCtx) {
	if s := r.custodyState(st, lemma, st.doc.Tokens[prep].Lower, a, p); s >= 0 {
		r.emit(st, vi, Arg{Entity: s, Poss: -1, Span: a.Span, Text: st.doc.Entities[s].Name}, p, lemma, r.predText(st, v, -1), c, 0.5, false)
	}
}

// tieParticiples state a standing tie to whoever follows "to" ("is
// married to X", "was allied to Y").
var tieParticiples = map[string]bool{"married": true, "linked": true, "related": true, "allied": true, "connected": true,
	"affiliated": true, "engaged": true, "wedded": true}

// siteParticiples say where their subject is, was born or is listed
// ("is based in X", "was born in Y").
var siteParticiples = map[string]bool{"based": true, "born": true, "located": true, "headquartered": true, "listed": true,
	"registered": true, "incorporated": true, "stationed": true, "situated": true, "raised": true}

// aimedAt reports whether the complement of preposition prep, noun
// phrase unit u, is people after "at" ("fired tear gas at several
// hundred protesters"), whom an act is aimed at rather than where it
// happens (not "at least 150 drivers", nor "at the request of
// prosecutors": no people at its head).
func (r *RelationStage) aimedAt(st *sentState, prep, u int) bool {
	doc := st.doc
	if prep < 0 || u < 0 || doc.Tokens[prep].Lower != "at" || prep+1 >= len(doc.Tokens) {
		return false
	}
	if w := doc.Tokens[prep+1].Lower; w == "least" || w == "most" {
		return false
	}
	h := st.units[u].head
	if w := doc.Tokens[h].Lower; crowdNouns[w] && h+1 < len(doc.Tokens) && doc.Tokens[h+1].Lower == "of" {
		// "fired tear gas at hundreds of young men": the people counted
		if e := crowdOf(doc, &st.units[u], st.units[u].b); e > st.units[u].b {
			h = e - 1
		}
	}
	w := doc.Tokens[h].Lower
	return r.lex.peopleNouns[w] || aimedCrowds[w]
}

// aimedCrowds name people gathered or counted without a group of their own
// ("fired tear gas at crowds", "at a peaceful picket", "at young men").
var aimedCrowds = map[string]bool{"crowd": true, "crowds": true, "people": true, "men": true, "women": true, "youths": true,
	"picket": true, "pickets": true, "picketers": true, "strikers": true, "marchers": true, "mourners": true, "villagers": true, "mob": true}

// locativePreps put the noun phrase after them in the role of a place.
var locativePreps = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "across": true, "throughout": true,
	"off": true, "around": true}

// neighbour resolves "their northern neighbour", "its neighbour" to the
// country named at most three sentences back or first in the story, other
// than the possessor and the excluded entities, that the story so far
// names most (its first name counting thrice), the latest of equals.
func (r *RelationStage) neighbour(st *sentState, a Arg, exclude ...int) (Arg, bool) {
	if a.Entity >= 0 || a.Poss < 0 {
		return Arg{}, false
	}
	f := strings.Fields(toLower(a.Text))
	if len(f) < 2 || len(f) > 3 || !possessiveWord(f[0]) {
		return Arg{}, false
	}
	if n := f[len(f)-1]; n != "neighbour" && n != "neighbor" && n != "ally" {
		return Arg{}, false
	}
	doc := st.doc
	poss := a.Poss
	if f[0] == "their" && len(exclude) >= 2 {
		poss = -1 // "Latvia and Lithuania backed their neighbour": theirs is the subjects'
	}
	// the country the story so far is most about ("Estonia expelled ...
	// Moscow rejected ... Latvia and Lithuania backed their neighbour"),
	// the latest of equals
	count := map[int]int{}
	lead := -1
	for _, m := range doc.Mentions {
		if m.Entity >= 0 && m.Kind == NameMention && m.Span.Start < a.Span.Start {
			count[m.Entity]++
			if lead < 0 {
				lead = m.Entity // the story's first name
			}
		}
	}
	if lead >= 0 {
		count[lead] += 5 // the story's subject outweighs a few more mentions of its rival
	}
	best, bestAt := -1, -1
	for _, m := range doc.Mentions {
		if m.Entity < 0 || m.Entity == poss || slices.Contains(exclude, m.Entity) || m.Kind == DemonymMention || m.Kind == PronounMention || doc.Entities[m.Entity].Type != schema.Country {
			continue
		}
		if m.Span.Start >= a.Span.Start || doc.Tokens[m.First].Sent < st.si-3 && m.Entity != lead || placeOnly(doc, m.Entity, a.Span.Start) {
			continue
		}
		if best < 0 || count[m.Entity] > count[best] || count[m.Entity] == count[best] && m.First > bestAt {
			best, bestAt = m.Entity, m.First
		}
	}
	if best < 0 {
		return Arg{}, false
	}
	out := a
	out.Entity, out.Poss = best, -1
	return out, true
}

// placeOnly reports whether the document names entity e, before byte
// offset before, only as a place, after "in" or "at" ("met in Abuja"; a
// dateline, "ABUJA -", is a sentence of its own that names no one): no
// such name is a neighbour anyone backs.
func placeOnly(doc *Document, e, before int) bool {
	for k := range doc.Mentions {
		m := &doc.Mentions[k]
		if m.Entity != e || m.Span.Start >= before {
			continue
		}
		if m.First == 0 || doc.Tokens[m.First-1].Lower != "in" && doc.Tokens[m.First-1].Lower != "at" {
			return false
		}
	}
	return true
}

// possessiveWord reports whether w is a possessive determiner.
func possessiveWord(w string) bool {
	switch w {
	case "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// judgeVerbs describe their object as something with "as" ("branded the
// vote as a farce").
var judgeVerbs = map[string]bool{"describe": true, "brand": true, "label": true, "characterise": true, "characterize": true, "portray": true, "depict": true}

// stateVerbs put their subject in a state named by a prepositional phrase
// ("is in talks with", "remains in dialogue with").
var stateVerbs = map[string]bool{"be": true, "remain": true, "stay": true}

// adjectivalTo are participles that, after "be" and before "to", describe
// the subject's stance rather than something done to it.
var adjectivalTo = map[string]bool{"opposed": true, "committed": true, "dedicated": true, "devoted": true, "resigned": true, "accustomed": true}

// frontedPatient returns the unit of the main clause subject after a
// sentence-opening participle phrase ("Named by X as ..., Acme said"), or
// -1 when the phrase is not followed by a comma, a noun phrase and a verb.
func frontedPatient(st *sentState, vi int) int {
	units := st.units
	for k := vi + 1; k+2 < len(units); k++ {
		switch units[k].kind {
		case uComma:
			if units[k+1].kind == uNP && units[k+2].kind == uVG {
				return k + 1
			}
			return -1
		case uVG, uQuote, uSub:
			return -1
		}
	}
	return -1
}

// openTail gives a verb without complements, for open extraction, the
// adjuncts that follow it up to the end of its clause as one argument:
// "The line was abandoned in 1950" → line | was abandoned | in 1950.
func (r *RelationStage) openTail(st *sentState, vi int, s Arg, lemma string, c clauseCtx) {
	doc := st.doc
	v := &st.units[vi]
	end := -1
loop:
	for k := vi + 1; k < len(st.units); k++ {
		switch u := &st.units[k]; u.kind {
		case uNP, uP, uAdv:
			end = u.b
		default:
			break loop
		}
	}
	if end <= v.b {
		return
	}
	o := Arg{Entity: -1, Poss: -1, Span: Span{doc.Tokens[v.b].Span.Start, doc.Tokens[end-1].Span.End}}
	o.Text = doc.Text[o.Span.Start:o.Span.End]
	r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, r.tailConf, false)
}

// clauseWords open a clause that can be a verb's object.
var clauseWords = map[string]bool{"that": true, "whether": true, "when": true, "how": true, "why": true, "what": true, "where": true, "who": true, "if": true}

// timeWords are heads of noun phrases that name a time, not an argument.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "jan.": true, "feb.": true, "oct.": true, "nov.": true, "dec.": true, "sept.": true, "aug.": true,
	"today": true, "yesterday": true, "tomorrow": true, "week": true, "month": true, "year": true, "day": true, "weekend": true,
	"morning": true, "evening": true, "afternoon": true, "night": true, "time": true, "weeks": true, "months": true, "years": true, "days": true,
	"hour": true, "hours": true, "minute": true, "minutes": true, "decade": true, "decades": true,
}

// symmetricVerb reports whether the vocabulary marks lemma as holding
// both ways ("agree", "meet").
func symmetricVerb(lemma string) bool {
	p, ok := schema.Vocabulary().Predicate(lemma)
	return ok && p.Direction == schema.Symmetric
}

// peopleNouns name a group of people whose "in X" says whom they stand for
// ("officials in Italy", "talks with leaders in Kenya").
var peopleNouns = map[string]bool{
	"officials": true, "authorities": true, "leaders": true, "ministers": true, "diplomats": true, "lawmakers": true,
	"executives": true, "people": true, "counterparts": true, "forces": true, "troops": true, "negotiators": true,
	"representatives": true, "officers": true, "prosecutors": true, "regulators": true, "politicians": true, "envoys": true,
}

// intentPossessor returns the possessed intent noun phrase whose
// infinitive is the verb group at vi ("Chile's decision to expel", also
// with a time between: "Acme's decision last year to buy"), or -1.
func (r *RelationStage) intentPossessor(st *sentState, vi int) int {
	units := st.units
	if st.doc.presplit || vi < 2 || units[vi-1].kind != uTo {
		return -1
	}
	n := vi - 2
	if n >= 1 && units[n].kind == uNP && units[n].poss < 0 && units[n].ent < 0 && r.isTime(st, &units[n]) {
		n--
	}
	if units[n].kind != uNP || units[n].poss < 0 || intentNouns[st.doc.Tokens[units[n].head].Lower] == 0 {
		return -1
	}
	return n
}

// intentBy returns, for the infinitive at verb group vi, the intent noun
// phrase and the actor phrase of "an attempt by Acme to block X" or "a
// bid by the union to halt the sale", or -1, -1: the actor after "by"
// acts, not the clause's subject ("the court rejected an attempt by Acme
// to block the strike": Acme would block it, not the court).
func (r *RelationStage) intentBy(st *sentState, vi int) (int, int) {
	u, doc := st.units, st.doc
	if doc.presplit || vi < 4 || u[vi-1].kind != uTo || u[vi-2].kind != uNP || u[vi-3].kind != uP || u[vi-4].kind != uNP {
		return -1, -1
	}
	if doc.Tokens[u[vi-3].a].Lower != "by" || u[vi-4].poss >= 0 || intentNouns[doc.Tokens[u[vi-4].head].Lower] == 0 {
		return -1, -1
	}
	if r.isTime(st, &u[vi-2]) || r.arg(st, &u[vi-2]).Entity < 0 && r.npActor(st, vi-2) < 0 && !definiteMaker(r.arg(st, &u[vi-2])) {
		return -1, -1
	}
	return vi - 4, vi - 2
}

// motionNouns are formal proposals or filings whose aim an infinitive
// after them gives ("a motion to impeach X", "a bill to ban Y").
var motionNouns = map[string]bool{"motion": true, "petition": true, "lawsuit": true, "suit": true, "bill": true, "resolution": true, "complaint": true}

// motionVerbs bring or debate a motion ("filed", "tabled", "debated"),
// unlike those that only back or oppose it ("backed a bill to merge X
// into Y" backs no X).
// contractNouns and contractVerbs: a contract signed to do something binds
// its signer to it ("signed a $300 million contract to buy four ships from
// Acme").
var contractNouns = map[string]bool{"contract": true, "contracts": true, "deal": true, "agreement": true}
var contractVerbs = map[string]bool{"sign": true, "conclude": true, "seal": true}

var motionVerbs = map[string]bool{"file": true, "table": true, "submit": true, "introduce": true, "lodge": true, "bring": true, "present": true, "debate": true, "launch": true}

// litigationVerbs bring a case whose purpose an infinitive after them
// gives ("sued to block the merger").
var litigationVerbs = map[string]bool{"sue": true}

// pursuitNouns, among the intent nouns, name a pursuit made ("Acme's bid
// to buy X"): the possessor seeks the act, whether or not it comes about.
var pursuitNouns = map[string]bool{"bid": true, "attempt": true, "attempts": true, "request": true}

// intentNouns, possessed and followed by an infinitive, make the
// possessor the infinitive's actor: 'd' the act was decided and counts as
// done ("Chile's decision to expel"), 'n' it was refused ("Bolivia's
// refusal to meet"), 'h' it is only intended ("Acme's plan to buy").
var intentNouns = map[string]byte{"decision": 'd', "move": 'd', "order": 'd',
	"refusal": 'n', "failure": 'n',
	"plan": 'h', "plans": 'h', "bid": 'h', "attempt": 'h', "attempts": 'h', "offer": 'h', "threat": 'h', "promise": 'h',
	"pledge": 'h', "effort": 'h', "efforts": 'h', "call": 'h', "calls": 'h', "demand": 'h', "request": 'h', "proposal": 'h', "intention": 'h'}

// boardOf returns the company of "the board of X" or "the management of
// X" at noun phrase unit ui, or -1.
func boardOf(st *sentState, ui int) int {
	doc, u := st.doc, st.units
	if doc.presplit || ui < 0 || ui+2 >= len(u) {
		return -1
	}
	if h := doc.Tokens[u[ui].head].Lower; h != "board" && h != "management" || doc.Tokens[u[ui].a].Lower != "the" {
		return -1
	}
	if u[ui+1].kind != uP || doc.Tokens[u[ui+1].a].Lower != "of" || u[ui+2].ent < 0 || doc.Entities[u[ui+2].ent].Type != schema.Organization {
		return -1
	}
	return u[ui+2].ent
}

// stateAgents are people who speak for a state when the story puts them
// in its capital ("officials in Bamako"); lawmakers or prosecutors there
// may be its opposition or its courts.
var stateAgents = map[string]bool{"officials": true, "diplomats": true, "negotiators": true, "authorities": true, "envoys": true}

// stateOf returns the country entity e names: e itself when a country,
// the country whose capital e is when the document names that country;
// -1 otherwise.
func (r *RelationStage) stateOf(st *sentState, e int) int {
	en := &st.doc.Entities[e]
	switch en.Type {
	case schema.Country:
		return e
	case schema.Location:
		if c, ok := r.lex.capitalOf[toLower(en.Name)]; ok {
			if ce, ok := st.names[toLower(c)]; ok && st.doc.Entities[ce].Type == schema.Country {
				return ce
			}
		}
	}
	return -1
}

// namedPeople reports whether the last of args, a people noun, already
// names whom its people act for ("met Varani officials in Tarsk",
// "Acme's negotiators in Lima"): a place after it is then where they
// are, not whose they are.
func namedPeople(args []Arg) bool {
	a := args[len(args)-1]
	return a.Entity >= 0 || a.Poss >= 0
}

// peopleAt reports whether the noun phrase unit ui names a group of people.
func peopleAt(st *sentState, ui int) bool {
	return ui >= 0 && ui < len(st.units) && peopleNouns[st.doc.Tokens[st.units[ui].head].Lower]
}

// neitherNor reports whether coordinated subjects are joined by
// "neither ... nor".
func neitherNor(st *sentState, subj []Arg) bool {
	if len(subj) < 2 {
		return false
	}
	doc := st.doc
	s := doc.Sentences[st.si]
	from, to := subj[0].Span.Start, subj[len(subj)-1].Span.End
	for i := s.First; i < s.Last && doc.Tokens[i].Span.End <= to; i++ {
		if doc.Tokens[i].Lower == "nor" && doc.Tokens[i].Span.Start > from {
			return true
		}
		if doc.Tokens[i].Lower == "neither" && i+1 < s.Last && doc.Tokens[i+1].Span.Start == from {
			return true
		}
	}
	return false
}

// hasEntity reports whether one of args is entity e.
func hasEntity(args []Arg, e int) bool {
	for _, a := range args {
		if a.Entity == e {
			return true
		}
	}
	return false
}

// dropTimes removes the subjects that are only a time word ("Wednesday",
// "Yesterday"): a dateline or headline word, not an actor.
func dropTimes(subj []Arg) []Arg {
	out := subj[:0:0]
	for _, a := range subj {
		w := toLower(strings.TrimSpace(a.Text))
		if timeWords[w] || timeWords[strings.TrimPrefix(w, "on ")] {
			continue
		}
		out = append(out, a)
	}
	if len(out) == len(subj) {
		return subj
	}
	return out
}

func (r *RelationStage) isTime(st *sentState, u *unit) bool {
	return u.ent < 0 && timeWords[st.doc.Tokens[u.head].Lower]
}

// yearNP reports whether the noun phrase u is a bare year ("in 2018").
func yearNP(doc *Document, u *unit) bool {
	w := doc.Tokens[u.head].Text
	if u.b-u.a != 1 || len(w) != 4 || doc.Tokens[u.head].Tag != "CD" {
		return false
	}
	return (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == ""
}

// countNouns count people or things out of a group ("a dozen of its
// staff").
var countNouns = map[string]bool{"dozen": true, "dozens": true, "score": true, "scores": true, "hundreds": true, "thousands": true}

// partitives are heads whose of-phrase names what the phrase refers to
// ("a group of MPs", "29% of United", "some of the directors").
var partitives = map[string]bool{
	"group": true, "number": true, "majority": true, "some": true, "many": true, "one": true, "most": true,
	"all": true, "none": true, "part": true, "lot": true, "handful": true, "couple": true, "stake": true,
	"share": true, "shares": true, "control": true, "half": true, "%": true, "percent": true, "cent": true, "each": true, "both": true,
}

func (r *RelationStage) partitive(st *sentState, u *unit) bool {
	tk := &st.doc.Tokens[u.head]
	if partitives[tk.Lower] || tk.Tag == "CD" {
		return true
	}
	return hasSuffix(tk.Lower, "%")
}

// cognition verbs report a belief, not an act towards the clause subject.
var cognition = map[string]bool{"think": true, "believe": true, "know": true, "expect": true, "hope": true, "feel": true, "see": true, "fear": true, "doubt": true, "understand": true}

// ditransitive verbs take two bare objects ("sent Ukraine weapons").
var ditransitive = map[string]bool{"give": true, "send": true, "offer": true, "grant": true, "sell": true, "pay": true, "tell": true, "show": true, "hand": true, "lend": true, "promise": true, "award": true, "owe": true, "deny": true, "ask": true}

// handOverVerbs pass a thing to a recipient named after "to" ("awarded
// the contract to X", "supplied arms to Y").
var handOverVerbs = map[string]bool{"give": true, "send": true, "grant": true, "sell": true, "hand": true, "lend": true, "award": true,
	"supply": true, "deliver": true, "transfer": true, "lease": true, "export": true, "ship": true, "loan": true, "donate": true}

// handedTo reports whether a complement after the preposition at token
// prep names the recipient of a thing a hand-over verb passes on: the
// verb's direct object came first (obj is -1, the direct object's
// "preposition") and prep is "to".
func handedTo(doc *Document, lemma string, obj, prep int) bool {
	return handOverVerbs[lemma] && obj < 0 && prep >= 0 && doc.Tokens[prep].Lower == "to" && !doc.presplit
}

// finiteBefore returns the nearest verb group before unit vi tagged tag
// (a finite VBD or VBZ), passing infinitives, gerunds and the phrases
// between them but no subordinate or relative clause; -1 if none. A
// quotation that opens and closes inside the clause is passed whole
// ('accused X of "lying to voters" and urged Y', 'accused X of staging
// a "silent coup" and urged Y': urged as accused), as is one opened by
// a preposition that holds the verb at vi itself ('of "lying"'); a verb
// inside a quotation is the speaker's, never the finite verb sought.
func finiteBefore(st *sentState, vi int, tag string) int {
	if tag != "VBD" && tag != "VBZ" && tag != "VBP" {
		return -1
	}
	doc := st.doc
	quoted := false // between a closing quotation mark and its opening one
	for m := vi - 1; m >= 0; m-- {
		u := &st.units[m]
		switch u.kind {
		case uQuote:
			q := u.a
			closing := q > 0 && doc.Tokens[q-1].Quote && !doc.Tokens[q].Quote && (q+1 >= len(doc.Tokens) || !doc.Tokens[q+1].Quote)
			switch {
			case doc.presplit:
			case !quoted && closing && !doc.Tokens[st.units[vi].head].Quote:
				quoted = true
				continue
			case quoted && !closing:
				quoted = false
				continue
			case !closing && (m == vi-1 || doc.Tokens[st.units[vi].head].Quote) && m > 0 && st.units[m-1].kind == uP:
				// the walk starts inside a quotation that a preposition
				// opens ('of "lying to voters"', 'of "selling jobs to
				// save himself"'): a fragment, not speech
				continue
			}
			return -1
		case uSub, uWH, uColon:
			if !quoted {
				return -1
			}
		case uVG:
			if !quoted && doc.Tokens[u.head].Tag == tag && !u.aux && !nonFinite(st, m) {
				return m
			}
		}
	}
	return -1
}

// relativeList returns the first unit of a coordinated subject that
// opens a relative clause and ends before the verb group at vi ("the
// front, which Japan, the EU and the US condemned": Japan), -1 when there
// is none. The clause's object is the gap before it, not one of the list.
func relativeList(st *sentState, vi int) int {
	units := st.units
	e := vi - 1
	if e-2 < 1 || units[e].kind != uNP || units[e-1].kind != uCC || st.doc.Tokens[units[e-1].a].Lower != "and" {
		return -1
	}
	s := e - 2
	for s-2 >= 0 && units[s].kind == uNP && units[s-1].kind == uComma && units[s-2].kind == uNP {
		s -= 2
	}
	if s < 1 || units[s].kind != uNP || units[s-1].kind != uWH && units[s-1].kind != uSub {
		return -1
	}
	if w := st.doc.Tokens[units[s-1].a].Lower; w != "which" && w != "whom" && w != "that" {
		return -1
	}
	return s
}

// verbForm is what the members of a series of verb phrases share: the
// first word of a group with auxiliaries ("had", "will") or the tag of a
// simple finite verb; "" for other groups.
func verbForm(st *sentState, vi int) string {
	v := &st.units[vi]
	if v.aux || v.modal {
		return st.doc.Tokens[v.a].Lower
	}
	switch t := st.doc.Tokens[v.head].Tag; t {
	case "VBD", "VBZ", "VBP":
		if v.a == v.head {
			return t
		}
	}
	return ""
}

// seriesVerb returns the verb group before the comma ahead of vi whose
// verb phrase vi continues in a series closed by "and" or "or" ("had
// fined A, had paid B to drop C, and had sued D": "had fined" for "had
// paid", past the infinitive), -1 when vi is no middle member.
func seriesVerb(st *sentState, vi, k int) int {
	f := verbForm(st, vi)
	if f == "" || st.doc.presplit {
		return -1
	}
	m := k
	for ; m >= 0; m-- {
		u := &st.units[m]
		if u.kind == uSub || u.kind == uWH || u.kind == uQuote || u.kind == uColon {
			return -1
		}
		if u.kind != uVG {
			continue
		}
		if verbForm(st, m) == f {
			break
		}
		if !nonFinite(st, m) {
			return -1
		}
	}
	if m < 0 {
		return -1
	}
	for n := vi + 1; n+1 < len(st.units); n++ {
		u := &st.units[n]
		if u.kind == uQuote || u.kind == uColon {
			return -1
		}
		if u.kind == uCC && (st.doc.Tokens[u.a].Lower == "and" || st.doc.Tokens[u.a].Lower == "or") {
			c := n + 1
			for c < len(st.units) && st.units[c].kind == uAdv {
				c++
			}
			if c < len(st.units) && st.units[c].kind == uVG && verbForm(st, c) == f {
				return m
			}
		}
	}
	return -1
}

// spokesNouns name people who speak or act for a party named after "of"
// ("leaders of both sides", "representatives of the union").
var spokesNouns = map[string]bool{"leaders": true, "representatives": true, "delegates": true, "delegations": true, "negotiators": true, "envoys": true, "officials": true}

// eachOther gives an object "each other", "one another" or what they
// possess ("each other's sovereignty") the other of a pair of named
// subjects, for subject si: each acts on the other. Other objects come
// back as they are.
func eachOther(subj []Arg, si int, o Arg) Arg {
	if len(subj) != 2 || o.Entity >= 0 {
		return o
	}
	t := toLower(o.Text)
	if subj[si].Entity < 0 || subj[1-si].Entity < 0 {
		if t == "each other" || t == "one another" || otherOne[t] {
			// "with Tarsk and the rebels each accusing the other": the
			// other subject's phrase, though no entity names it
			return subj[1-si]
		}
		return o
	}
	if strings.HasPrefix(t, "each other") || strings.HasPrefix(t, "one another") || otherOne[t] {
		o.Entity, o.Poss = subj[1-si].Entity, -1
	}
	return o
}

// eachOne reports whether a subject distributes an act over a pair: "each
// side", "each country", "each".
func eachOne(text string) bool {
	t := toLower(text)
	return t == "each" || otherOne["the other "+strings.TrimPrefix(t, "each ")] && strings.HasPrefix(t, "each ")
}

// otherOne are objects that name the other member of a pair after "each"
// ("each side accused the other").
var otherOne = map[string]bool{"the other": true, "the other side": true, "the other country": true, "the other government": true,
	"the other party": true, "the other company": true}

// compoundSuffixes turn "X-backed", "X-led" and the like before a noun
// into an act of X on what the noun names, with its lemma.
var compoundSuffixes = map[string]string{
	"backed": "back", "led": "lead", "brokered": "broker", "funded": "fund", "owned": "own", "controlled": "control",
	"sponsored": "sponsor", "financed": "fund", "supported": "support", "mediated": "mediate", "run": "run",
}

// compoundActs reads "a Tencent-backed merger", "the Saudi-led coalition",
// "a Qatar-brokered truce": the named party acts on the noun phrase.
func (r *RelationStage) compoundActs(st *sentState) {
	doc := st.doc
	if doc.presplit {
		return
	}
	for ui := range st.units {
		u := &st.units[ui]
		if u.kind != uNP || u.head < 0 {
			continue
		}
		for t := u.a; t < u.head; t++ {
			w := doc.Tokens[t].Text
			i := strings.LastIndexByte(w, '-')
			if i <= 0 || !isCap(w) {
				continue
			}
			lemma, ok := compoundSuffixes[toLower(w[i+1:])]
			if !ok {
				continue
			}
			prefix := toLower(w[:i])
			e, ok := st.names[prefix]
			if !ok {
				if c, dem := r.lex.demonyms[prefix]; dem {
					e, ok = st.names[toLower(c)]
				}
			}
			if !ok || e < 0 {
				continue
			}
			obj := r.arg(st, u)
			if obj.Entity == e {
				continue
			}
			sp := doc.Tokens[t].Span
			r.emit(st, -1, Arg{Entity: e, Poss: -1, Span: sp, Text: w[:i]}, obj, lemma, w, nounCtx(st, u), 0.7, false)
		}
	}
}

// postedTo reports whether noun phrase u is a diplomat or mission that
// the preposition p after it places ("its ambassador to Uganda", "the
// embassy in Lima").
func postedTo(doc *Document, u *unit, p string) bool {
	switch doc.Tokens[u.head].Lower {
	case "ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "embassy", "embassies", "consulate", "mission", "delegation", "representative", "consul":
		return p == "to" || p == "in" || p == "at"
	}
	return false
}

// penaltyVerbs put a penalty on their object with "with" ("hit X with a
// fine").
var penaltyVerbs = map[string]bool{"hit": true, "slap": true, "saddle": true, "punish": true}

// grantVerbs promise, adopt or draw up a one-sided act, which then
// carries the relation ("pledged aid to X", "adopted sanctions against
// X"); unlike lightVerbs they do not hold a shared event ("approved the
// merger with X" is no merger of the approver's).
var grantVerbs = map[string]bool{"promise": true, "pledge": true, "provide": true, "approve": true, "adopt": true,
	"announce": true, "unveil": true, "agree": true, "draft": true, "prepare": true}

// grantVerb reports whether the verb group v grants or draws up an act
// ("pledged", "drew up").
func (r *RelationStage) grantVerb(st *sentState, v *unit) bool {
	l := r.lemma(st, v)
	return grantVerbs[l] || l == "draw" && v.prt >= 0 && st.doc.Tokens[v.prt].Lower == "up"
}

// separateEvents reports whether an event phrase says each party had its
// own ("Ostria and Velland signed separate accords with the bloc", "held
// parallel talks"): the parties did not act on each other.
func separateEvents(doc *Document, u *unit) bool {
	for i := u.a; i < u.head; i++ {
		if w := doc.Tokens[i].Lower; w == "separate" || w == "parallel" {
			return true
		}
	}
	return false
}

// meetingTimes are prepositions that time an act by a meeting ("after
// talks with X"), and meetingLemmas the meetings they time it by.
var meetingTimes = map[string]bool{"after": true, "before": true, "following": true, "during": true, "at": true}
var meetingLemmas = map[string]bool{"meet": true, "talk": true, "negotiate": true, "consult": true, "discuss": true}

// eventCarriers report that their subject's own act began, ended or was
// made known; the event noun in their object carries the relation
// ("completed its withdrawal from X", "announced her resignation from X").
var eventCarriers = map[string]bool{"complete": true, "finish": true, "announce": true, "confirm": true, "tender": true, "hand": true, "submit": true, "offer": true,
	"begin": true, "start": true, "present": true}

// departures are acts whose "from" phrase names what is left ("withdrawal
// from X", "resignation from X").
var departures = map[string]bool{"withdraw": true, "resign": true}

// departureNoun reports whether token h is an event noun of a departure
// ("withdrawal", "resignation").
func departureNoun(r *RelationStage, doc *Document, h int) bool {
	ev, ok := r.lex.events[doc.Tokens[h].Lower]
	return ok && departures[ev.lemma]
}

// ownPossessor reports whether the possessor of noun phrase u, if any, is
// the subject itself ("Acme completed its withdrawal"), so the act the
// noun names is the subject's.
func ownPossessor(doc *Document, u *unit, subj []Arg) bool {
	if u.poss < 0 {
		return true
	}
	switch doc.Tokens[u.a].Lower {
	case "his", "her", "its", "their":
		// a possessive pronoun before the act is its subject's ("She and
		// two ministers handed their resignations")
		return len(subj) > 0
	}
	for _, s := range subj {
		if s.Entity != u.poss {
			return false
		}
	}
	return len(subj) > 0
}

// lightVerbs take an event noun that carries the relation ("held talks").
var lightVerbs = map[string]bool{"send": true, "deliver": true, "give": true, "extend": true, "pay": true, "offer": true, "have": true, "hold": true, "make": true, "conduct": true, "attend": true, "host": true, "begin": true, "start": true, "resume": true, "open": true, "launch": true, "pose": true, "impose": true, "issue": true, "mount": true, "wage": true, "place": true, "put": true, "file": true, "bring": true, "level": true, "express": true, "run": true, "lead": true, "widen": true, "expand": true, "lodge": true, "register": true,
	// "tabled a bid for X", "staged a protest against X", "voiced support
	// for X", "declared war on X", "entered talks with X", "renewed its
	// attacks on X", "carried out raids on X", "exerted pressure on X"
	"table": true, "submit": true, "stage": true, "voice": true, "declare": true, "enter": true, "renew": true, "unveil": true,
	"carry": true, "lend": true, "exert": true, "intensify": true, "reiterate": true}

// stateBodies are a state's institutions, which a demonym before them
// names ("the Chinese embassy", "the Greek government").
var stateBodies = map[string]bool{"side": true, "negotiators": true, "embassy": true, "ministry": true, "government": true, "army": true, "navy": true,
	"military": true, "police": true, "parliament": true, "cabinet": true, "administration": true, "regime": true, "authorities": true,
	"officials": true}

// ownBodies are a state's armed services and regulators, which act as
// bodies of their own rather than for the state ("Sudan's army", "the
// Uruguayan navy", "China's market regulator").
var ownBodies = map[string]bool{"army": true, "navy": true, "police": true, "coastguard": true, "regulator": true, "regulators": true}

// ownBodyState returns the country whose armed service or regulator
// phrase a names by a possessive or a demonym ("Sudan's army", "the Lao
// army"), -1 if a is no such phrase.
func ownBodyState(doc *Document, a Arg) int {
	if !ownBodies[toLower(lastWord(a.Text))] {
		return -1
	}
	if a.Poss >= 0 {
		if doc.Entities[a.Poss].Type == schema.Country {
			return a.Poss
		}
		return -1
	}
	for t := doc.tokenFrom(a.Span.Start); t < len(doc.Tokens) && doc.Tokens[t].Span.End <= a.Span.End; t++ {
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Entities[doc.Mentions[m].Entity].Type == schema.Country {
			return doc.Mentions[m].Entity
		}
	}
	return -1
}

// counterpartNouns name those an actor deals with as its equals abroad.
var counterpartNouns = map[string]bool{"partners": true, "allies": true, "counterparts": true}

// bodyNouns name a body that acts for the country or organisation that
// possesses it.
var bodyNouns = map[string]bool{
	"army": true, "military": true, "navy": true, "forces": true, "troops": true, "government": true, "ministry": true,
	"administration": true, "embassy": true, "cabinet": true, "police": true, "board": true,
	"management": true, "leadership": true, "regime": true, "authorities": true, "officials": true, "directors": true,
	"diplomats": true, "negotiators": true, "regulator": true, "regulators": true, "executives": true,
	"lawmakers": true, "legislators": true, "members": true, "supporters": true, "mps": true, "deputies": true,
	// a party's or a chamber's elected members act for it ("the Civic
	// Party, whose nine senators backed the bill": the party backed it)
	"senators": true, "councillors": true, "councilors": true, "parliamentarians": true, "congressmen": true,
}

// expectation reports whether the clause whose verb group is at unit vg,
// under the cognition verb lemma, is a belief about what is to come:
// "hope", "expect", "fear" always; "think", "believe" with "will".
func expectation(st *sentState, lemma string, vg int) bool {
	switch lemma {
	case "hope", "expect", "fear", "wish":
		return true
	case "think", "believe", "feel", "suspect":
		for t := st.units[vg].a; t < st.units[vg].b; t++ {
			if w := st.doc.Tokens[t].Lower; w == "will" || w == "'ll" {
				return true
			}
		}
	}
	return false
}

// reduceVerbs cut back ties with another actor when they take what passes
// between the two ("suspended aid to Talmoria", "postponed a trade mission
// to Talmoria", "called off its talks with Talmoria"): the act is aimed at
// that actor, though the noun is an event or a posting of its own.
var reduceVerbs = map[string]bool{"suspend": true, "halt": true, "freeze": true, "postpone": true, "cancel": true, "scrap": true,
	"call off": true, "shelve": true, "sever": true, "downgrade": true, "cut off": true}

// cancelVerbs say that the event they take did not happen ("called off
// the talks with X").
var cancelVerbs = map[string]bool{"cancel": true, "abandon": true, "scrap": true, "postpone": true, "suspend": true,
	"drop": true, "halt": true, "call off": true, "put off": true, "rule out": true, "deny": true, "shelve": true, "avert": true, "prevent": true}

// withdrawVerbs end a stance one actor holds towards another ("withdrew
// its support for X", "pulled its backing", "revoked its recognition of
// X"); an act already done, such as an offer, stays done.
var withdrawVerbs = map[string]bool{"withdraw": true, "pull": true, "end": true, "revoke": true, "pull back": true, "terminate": true}

// heldStances are the event lemmas of stances that last until withdrawn.
var heldStances = map[string]bool{"support": true, "back": true, "endorse": true, "recognise": true, "ally": true, "partner": true}

// planVerbs say that the event they take is yet to happen ("plans talks
// with X", "proposed a merger with X").
var planVerbs = map[string]bool{"plan": true, "propose": true, "seek": true, "want": true, "consider": true, "threaten": true,
	"demand": true, "request": true, "urge": true, "push": true, "hope": true, "expect": true, "offer": true, "suggest": true}

// ecmVerbs take a clause "X to V" whose X is no object of theirs.
var ecmVerbs = map[string]bool{"expect": true, "want": true, "need": true, "prefer": true, "wish": true, "like": true, "love": true, "hate": true}

// namesBetween reports whether a name (not a demonym or pronoun) is
// mentioned among tokens [a, b).
func namesBetween(st *sentState, a, b int) bool {
	for t := a; t < b; t++ {
		if m := st.doc.TokMention[t]; m >= 0 && st.doc.Mentions[m].Kind != DemonymMention && st.doc.Mentions[m].Kind != PronounMention {
			return true
		}
	}
	return false
}

// liftPreps introduce the target of an infinitive that a subject-control
// verb reaches ("vowed to retaliate against X").
var liftPreps = map[string]bool{"against": true, "with": true, "to": true, "on": true}

// linkingVerbs join a subject to a description of it, like "be".
var linkingVerbs = map[string]bool{"remain": true, "become": true, "seem": true, "appear": true, "stay": true}

// dealVerbs conclude a symmetric event with a partner ("signed a deal
// with X").
var dealVerbs = map[string]bool{"sign": true, "reach": true, "strike": true, "seal": true, "clinch": true, "conclude": true,
	"finalise": true, "finalize": true, "negotiate": true, "agree": true, "announce": true, "form": true, "forge": true, "renew": true,
	"initial": true, "ratify": true}

// adverbialPhrases are prepositional phrases that say how, not with whom.
var adverbialPhrases = map[string]bool{}

func init() {
	for _, p := range strings.Split(`in full|in part|in principle|in person|in public|in private|in advance|in time|in turn|in response|in return|in writing|in practice|in theory|in total|in particular|in general|in vain|in earnest|in secret|in effect|in protest|in kind|in cash|in charge|with regret|with immediate effect|at once|at least|at first|at last|at all|by far|for now|for good|on time|on average|on balance|on purpose|under pressure|under way`, "|") {
		adverbialPhrases[p] = true
	}
}

// spendVerbs take a length of time and a gerund whose subject is theirs
// ("spent two months negotiating").
var spendVerbs = map[string]bool{"spend": true, "take": true, "pass": true, "waste": true}

// governmentOffice are the head nouns of the offices of a national
// government ("prime minister", "finance minister", "home secretary").
var governmentOffice = map[string]bool{"minister": true, "secretary": true, "chancellor": true, "premier": true}

// leaveVerbs take only what is left ("resigned from the board", "stepped
// down as chairman") as an argument.
var leaveVerbs = map[string]bool{"resign": true, "retire": true, "step": true, "abdicate": true}

// pactIn reports whether a phrase ends in a pact ("the text of a peace
// treaty", "a 30-year extension of their water accord").
func pactIn(text string) bool {
	switch lastWord(toLower(text)) {
	case "treaty", "accord", "agreement", "pact", "deal", "ceasefire", "truce", "memorandum", "convention", "protocol":
		return true
	}
	return false
}

// jointText reports whether text names a statement its signers issue
// together: a declaration or communique, or a joint statement (not "a
// joint letter to X", addressed to another).
func jointText(text string) bool {
	f := strings.Fields(toLower(text))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "declaration", "communique", "communiqué":
		return true
	case "statement":
		return len(f) >= 2 && f[len(f)-2] == "joint"
	}
	return false
}

// topicOnly reports whether a complement's preposition p gives only what
// an interaction is about ("quarrelled over X").
func topicOnly(doc *Document, p int) bool {
	if p < 0 {
		return false
	}
	switch doc.Tokens[p].Lower {
	case "over", "about", "on":
		return true
	}
	return false
}

// jointVerbs carry on or end an interaction its parties share ("ended
// their dispute", "continued talks").
var jointVerbs = map[string]bool{"end": true, "settle": true, "resolve": true, "continue": true, "conclude": true, "complete": true,
	"finish": true, "break": true, "suspend": true, "pursue": true, "enter": true, "escalate": true, "deepen": true, "strengthen": true,
	"expand": true, "extend": true, "cement": true, "restore": true, "normalise": true, "normalize": true, "cut": true, "sever": true,
	"unwind": true, "dissolve": true, "reopen": true}

// partVerbs hold or trade a part of a company ("owns a fifth of X").
var partVerbs = map[string]bool{"own": true, "hold": true, "control": true, "buy": true, "acquire": true, "sell": true}

// partWords name a part of a company's equity.
var partWords = map[string]bool{"percent": true, "%": true, "cent": true, "fifth": true, "third": true, "thirds": true, "quarter": true,
	"half": true, "majority": true, "stake": true, "share": true, "shares": true}

// partWord reports whether lower-cased w names a part of a company's
// equity: a part word, a percentage ("14%") or a fraction spelt with a
// hyphen ("two-thirds", "three-quarters").
func partWord(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i > 0 && (w[i+1:] == "thirds" || w[i+1:] == "quarters" || w[i+1:] == "fifths") {
		return true
	}
	return partWords[w] || hasSuffix(w, "%")
}

// approximators read as prepositions before a quantity ("owns about a
// fifth of X").
var approximators = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true}

// partOf returns the organisation a phrase names a part of, and the token
// of the part's word: "a fifth of Kantola", "14 percent of Acme's shares"
// (not "a fifth of its staff").
func partOf(doc *Document, a Arg) (int, int, bool) {
	first, last := doc.tokenFrom(a.Span.Start), doc.tokenFrom(a.Span.End)
	for t := first; t+1 < last; t++ {
		if doc.Tokens[t].Lower != "of" || t == first || !partWord(doc.Tokens[t-1].Lower) {
			continue
		}
		k := doc.TokMention[t+1]
		if k < 0 && doc.Tokens[t+1].Lower == "the" && t+2 < last {
			k = doc.TokMention[t+2]
		}
		if k < 0 {
			return -1, -1, false
		}
		m := &doc.Mentions[k]
		if m.Entity < 0 || doc.Entities[m.Entity].Type != schema.Organization {
			return -1, -1, false
		}
		end := m.Last
		if end < last && isPossessive(doc, end) && end+1 < last && (doc.Tokens[end+1].Lower == "shares" || doc.Tokens[end+1].Lower == "stock") {
			end += 2 // "14 percent of Acme's shares"
		}
		if end != last {
			return -1, -1, false
		}
		return m.Entity, t - 1, true
	}
	return -1, -1, false
}

// stakeVerbs take an ownership noun ("built a stake in X").
var stakeVerbs = map[string]bool{"build": true, "take": true, "hold": true, "buy": true, "acquire": true, "raise": true,
	"increase": true, "have": true, "own": true, "amass": true, "lift": true, "boost": true, "keep": true, "retain": true}

// hostVerbs act on both parties of the event they organise ("hosted talks
// between A and B").
var hostVerbs = map[string]bool{"host": true, "broker": true, "mediate": true, "organise": true, "organize": true,
	"arrange": true, "facilitate": true, "chair": true, "convene": true, "sponsor": true}

// underIdioms name, after "under", an act no event noun names: "under fire
// from X" is under X's criticism.
var underIdioms = map[string]string{"fire": "criticise"}

// stanceOf are the acts whose of-phrase after a recipient verb names
// their maker ("won the backing of X"), not their target.
var stanceOf = map[string]bool{"support": true, "back": true, "endorse": true, "criticise": true, "condemn": true, "praise": true,
	"approve": true}

// noLonger reports whether "no longer" stands right before token t or
// one adverb before it ("no longer has", "no longer really has").
func noLonger(doc *Document, t int) bool {
	for i := t - 1; i >= 1 && i >= t-2; i-- {
		if doc.Tokens[i].Lower == "longer" && doc.Tokens[i-1].Lower == "no" {
			return true
		}
	}
	return false
}

// backingHolders keep support someone gives ("has the backing of X",
// "retained the support of X"), as recipient verbs win it.
var backingHolders = map[string]bool{"have": true, "retain": true, "keep": true, "regain": true, "maintain": true}

// recipientVerbs have the target of an event noun as subject ("faced a
// call by X", "received a bid from X", "drew threats from X", "met a
// rebuff from X").
var recipientVerbs = map[string]bool{"face": true, "receive": true, "get": true, "draw": true, "prompt": true, "win": true, "gain": true, "secure": true, "obtain": true,
	"provoke": true, "trigger": true, "spark": true, "attract": true, "earn": true, "invite": true, "meet": true, "suffer": true, "endure": true,
	// "enlisted the support of X", "enjoys the backing of X"
	"enlist": true, "enjoy": true}

// opposedNouns name a stance taken against the subject of a recipient
// verb by whoever "from" names ("drew opposition from X", "faced
// resistance from X"); alone they are no event ("the opposition").
var opposedNouns = map[string]string{"opposition": "oppose", "resistance": "resist", "objection": "object", "objections": "object",
	"hostility": "oppose", "pushback": "oppose"}

// speechNouns announce an act named by their of-phrase ("a promise of
// retaliation", "threats of legal action").
var speechNouns = map[string]bool{"promise": true, "promises": true, "threat": true, "threats": true, "vow": true,
	"warning": true, "warnings": true, "pledge": true, "offer": true}

// innerEvent returns the event named by the of-phrase of a speech noun
// at unit ui ("a promise of retaliation": retaliate).
func (r *RelationStage) innerEvent(st *sentState, ui int) (eventInfo, bool) {
	doc := st.doc
	u := st.units
	if !speechNouns[doc.Tokens[u[ui].head].Lower] || ui+2 >= len(u) || u[ui+1].kind != uP || doc.Tokens[u[ui+1].a].Lower != "of" || u[ui+2].kind != uNP {
		return eventInfo{}, false
	}
	ev, ok := r.lex.events[doc.Tokens[u[ui+2].head].Lower]
	if !ok {
		if l := doc.Tokens[u[ui+2].head].Lower; l == "action" || l == "measures" || l == "steps" {
			return eventInfo{}, false
		}
	}
	return ev, ok
}

// inVerbs take a participant with "in" or "at" ("invest in", "aim at").
var inVerbs = map[string]bool{"invest": true, "participate": true, "join": true, "aim": true, "fire": true, "shoot": true, "strike": true, "look": true, "believe": true, "intervene": true, "engage": true, "succeed": true, "interfere": true, "meddle": true}

// chargeThat reports whether the noun phrase u is "the charge that" or
// "the charges that", whose clause is a claim (without "that", "a charge
// X denies" is a relative clause).
func chargeThat(doc *Document, units []unit, u *unit, next int) bool {
	h := doc.Tokens[u.head].Lower
	return (h == "charge" || h == "charges") && next < len(units) && units[next].kind == uSub && doc.Tokens[units[next].a].Lower == "that"
}

// claimNouns head a noun phrase whose clause is a claim ("the idea that").
var claimNouns = map[string]bool{
	"idea": true, "claim": true, "claims": true, "suggestion": true, "suggestions": true, "report": true, "reports": true,
	"allegation": true, "allegations": true, "notion": true, "speculation": true, "rumours": true, "rumors": true, "accusation": true, "accusations": true,
	"assertion": true, "assertions": true, "argument": true, "arguments": true, "evidence": true, "proof": true,
	"sign": true, "signs": true, "indication": true, "view": true, "belief": true, "fear": true, "fears": true,
}

// reportedClause emits the open triple (speaker, say, everything said)
// for a reporting verb whose complement clause starts at unit from.
func (r *RelationStage) reportedClause(st *sentState, vi int, subj []Arg, from int, c clauseCtx) {
	doc := st.doc
	if !doc.presplit {
		return // a whole clause is an argument only for Open IE output
	}
	a := st.units[from].a
	b := doc.Sentences[st.si].Last
	for b > a && (doc.Tokens[b-1].Tag == "." || doc.Tokens[b-1].Tag == "``" || doc.Tokens[b-1].Lower == "," || doc.Tokens[b-1].Tag == "''") {
		b--
	}
	if b <= a {
		return
	}
	sp := Span{doc.Tokens[a].Span.Start, doc.Tokens[b-1].Span.End}
	o := Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
	v := &st.units[vi]
	for _, s := range subj {
		r.emit(st, vi, s, o, doc.Tokens[v.head].Lemma, r.predText(st, v, -1), c, 0.9, false)
	}
}

// precedingReport emits (speaker, say, text before the attribution) for
// a sentence-final reporting clause, in Open IE output only.
func (r *RelationStage) precedingReport(st *sentState, vi int, subj []Arg, c clauseCtx) {
	doc := st.doc
	if !doc.presplit || len(subj) == 0 {
		return
	}
	s := doc.Sentences[st.si]
	end := subj[0].Span.Start
	b := s.First
	for b < s.Last && doc.Tokens[b].Span.End <= end {
		b++
	}
	for b > s.First && (doc.Tokens[b-1].Lower == "," || doc.Tokens[b-1].Tag == "``" || doc.Tokens[b-1].Tag == "''") {
		b--
	}
	a := s.First
	for a < b && doc.Tokens[a].Tag == "``" {
		a++
	}
	if b-a < 3 {
		return
	}
	sp := Span{doc.Tokens[a].Span.Start, doc.Tokens[b-1].Span.End}
	o := Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
	v := &st.units[vi]
	for _, sa := range subj {
		r.emit(st, vi, sa, o, doc.Tokens[v.head].Lemma, r.predText(st, v, -1), c, 0.9, false)
	}
}

// implicit emits the open triples that sentences state without a verb:
// possession ("X's Y": X has Y), apposition ("X, a Y,": X is Y), titles
// ("President X": X is President) and location ("X in Y": X is in Y).
// They are drawn only for caller-split sentences (Open IE benchmarks).
func (r *RelationStage) implicit(st *sentState) {
	doc := st.doc
	u := st.units
	c := clauseCtx{modality: schema.Asserted, conf: 1}
	text := func(a, b int) Arg {
		sp := Span{doc.Tokens[a].Span.Start, doc.Tokens[b-1].Span.End}
		return Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
	}
	for k := range u {
		if u[k].kind != uNP {
			continue
		}
		if p := u[k].posTok; p > u[k].a && p+1 < u[k].b {
			r.emit(st, -1, text(u[k].a, p), text(p+1, u[k].b), "have", "has", c, 0.6, false)
		}
		for i := u[k].a; i < u[k].b; i++ {
			if m := doc.TokMention[i]; m >= 0 && doc.Mentions[m].First == i && doc.Mentions[m].Kind == NameMention && doc.Mentions[m].Role != "" && i > u[k].a {
				mm := &doc.Mentions[m]
				r.emit(st, -1, text(mm.First, mm.Last), text(u[k].a, mm.First), "be", "is", c, 0.6, false)
			}
		}
		if k+2 < len(u) && u[k+1].kind == uComma && u[k+2].kind == uNP && (k+3 == len(u) || u[k+3].kind == uComma || u[k+3].kind == uOther) && (k == 0 || u[k-1].kind != uComma) {
			r.emit(st, -1, text(u[k].a, u[k].b), text(u[k+2].a, u[k+2].b), "be", "is", c, 0.6, false)
		}
		if k+2 < len(u) && u[k+1].kind == uP && u[k+2].kind == uNP && (k == 0 || u[k-1].kind != uP) {
			switch p := doc.Tokens[u[k+1].a].Lower; p {
			case "in", "at", "from", "of", "on", "for":
				r.emit(st, -1, text(u[k].a, u[k].b), text(u[k+2].a, u[k+2].b), "be", "is "+p, c, 0.35, false)
			}
		}
	}
}

// falsity words say that a claim is untrue ("claims ... were unfounded").
var falsity = map[string]bool{
	"unfounded": true, "false": true, "untrue": true, "baseless": true, "wrong": true, "nonsense": true,
	"rubbish": true, "groundless": true, "incorrect": true, "inaccurate": true, "denied": true, "rejected": true, "dismissed": true,
}

// claimClauses marks the clause inside a claim noun ("Claims that X did Y
// were unfounded", "reports X had ...") as reported, and negated when the
// sentence calls the claim false.
func (r *RelationStage) claimClauses(st *sentState) {
	doc := st.doc
	u := st.units
	for k := range u {
		if u[k].kind != uNP || !claimNouns[doc.Tokens[u[k].head].Lower] {
			continue
		}
		n := k + 1
		if n < len(u) && u[n].kind == uSub && doc.Tokens[u[n].a].Lower == "that" {
			n++
		}
		if n >= len(u) || u[n].kind != uNP {
			continue
		}
		// the embedded verb: after the clause subject and its PPs
		for n < len(u) && (u[n].kind == uNP || u[n].kind == uP) {
			n++
		}
		if n >= len(u) || u[n].kind != uVG {
			continue
		}
		c := clauseCtx{modality: schema.Reported, conf: 0.7}
		for i := u[n].b; i < doc.Sentences[st.si].Last; i++ {
			if falsity[doc.Tokens[i].Lower] {
				c.negated = true
			}
		}
		if _, set := st.ctx[n]; !set {
			st.ctx[n] = c
		}
	}
}

// rejecting verbs negate the claim they take ("denied reports that").
var rejecting = map[string]bool{"reject": true, "deny": true, "dismiss": true, "refute": true, "rebut": true, "dispute": true}

var reflexive = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true, "myself": true, "ourselves": true, "yourself": true}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// finiteVG reports whether a verb group is finite (tensed or modal).
func finiteVG(doc *Document, v *unit) bool {
	switch doc.Tokens[v.a].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// nounPrep lists prepositions whose phrase attaches to the noun before it
// rather than to the verb ("a transcript of the talks between A and B").
var nounPrep = map[string]bool{"of": true, "between": true, "about": true, "like": true, "including": true, "than": true}

// hasMention reports whether a name or description is inside a's span.
func (r *RelationStage) hasMention(st *sentState, a Arg) bool {
	doc := st.doc
	s := doc.Sentences[st.si]
	i := s.First + sort.Search(s.Last-s.First, func(k int) bool { return doc.Tokens[s.First+k].Span.Start >= a.Span.Start })
	for ; i < s.Last && doc.Tokens[i].Span.End <= a.Span.End; i++ {
		if m := doc.TokMention[i]; m >= 0 && doc.Mentions[m].Kind != PronounMention {
			return true
		}
	}
	return false
}

// focusAdverb reports whether tokens [a, b) are a focusing adverb that
// adds an argument after a comma ("most notably", "especially", "chiefly").
func focusAdverb(doc *Document, a, b int) bool {
	for t := a; t < b; t++ {
		switch doc.Tokens[t].Lower {
		case "notably", "especially", "particularly", "chiefly", "mainly", "principally", "including":
			return true
		}
	}
	return false
}

// reasonVerbs praise, blame or punish their object for a deed a gerund
// after "for" names ("criticised X for blocking the vote").
var reasonVerbs = map[string]bool{"praise": true, "criticise": true, "criticize": true, "thank": true, "blame": true, "fine": true,
	"punish": true, "sack": true, "fire": true, "dismiss": true, "sue": true, "rebuke": true, "condemn": true, "congratulate": true,
	"commend": true, "reprimand": true, "censure": true, "penalise": true, "penalize": true, "attack": true, "slam": true, "fault": true,
	"arrest": true, "jail": true, "sentence": true, "convict": true, "expel": true, "suspend": true, "sanction": true, "honour": true, "reward": true}

// reasonGerund gives the gerund after "for" at unit p, when a verb
// praises, blames or punishes someone for it, that someone, doers, as its
// subject: "Drenland praised Tolvia for backing Rostavia" (Tolvia backed
// Rostavia), "Ivo Marek was fined for misleading Brava Foods". It reports
// whether it did.
func (r *RelationStage) reasonGerund(st *sentState, p int, doers []Arg, c clauseCtx) bool {
	units := st.units
	doc := st.doc
	g := p + 1
	if g >= len(units) || units[g].kind != uVG || units[g].aux || doc.Tokens[units[g].a].Tag != "VBG" {
		return false
	}
	if _, set := st.forced[g]; set || g+1 < len(units) && units[g+1].kind == uTo {
		return false // (not "for failing to warn X", whose act is another's verb)
	}
	if len(doers) == 0 {
		return false
	}
	ic := c
	ic.conf *= 0.9
	st.forced[g] = doers
	st.ctx[g] = ic
	return true
}

// gerundPreps open an adverbial gerund whose subject is the clause's
// subject and whose act happened ("after meeting X", "by persuading X",
// "without consulting X" negated).
var gerundPreps = map[string]bool{"after": true, "before": true, "by": true, "while": true, "without": true, "since": true, "upon": true}

// deedNouns, objects of a verb before "in" and a gerund, make the gerund
// a deed of the subject's ("made mistakes in managing X", "played a role
// in ousting Y", "took part in attacking Z").
var deedNouns = map[string]bool{"mistake": true, "mistakes": true, "error": true, "errors": true, "role": true, "part": true, "hand": true}

// auxBefore reports whether the verb group u has an auxiliary or a modal
// before its head, so that a gerund head is a finite progressive ("X, he
// said, were helping Y"), no participle clause.
func auxBefore(doc *Document, u *unit) bool {
	for t := u.a; t < u.head; t++ {
		if tg := doc.Tokens[t].Tag; isVerbTag(tg) || tg == "MD" {
			return true
		}
	}
	return false
}

// adverbialGerund gives the gerund after the preposition at unit p the
// subject and context of the verb group at vi: "won by persuading X",
// "succeeded in persuading X", "left after meeting X", "joined Y in
// condemning X" (with Y among subj). It reports whether
// it did.
func (r *RelationStage) adverbialGerund(st *sentState, vi, p int, subj []Arg, c clauseCtx) bool {
	units := st.units
	doc := st.doc
	g := p + 1
	if g >= len(units) || units[g].kind != uVG || units[g].aux || doc.Tokens[units[g].head].Tag != "VBG" || len(subj) == 0 {
		return false
	}
	// "after initially opposing X", "without formally accusing Y": an
	// adverb may come before the gerund, nothing else
	for i := units[g].a; i < units[g].head; i++ {
		if doc.Tokens[i].Tag != "RB" {
			return false
		}
	}
	w := doc.Tokens[units[p].a].Lower
	deed := w == "in" && p-1 > vi && units[p-1].kind == uNP && deedNouns[doc.Tokens[units[p-1].head].Lower]
	if l := r.lemma(st, &units[vi]); !gerundPreps[w] && !(w == "in" && (l == "succeed" || l == "join")) && !deed {
		return false
	}
	if _, set := st.forced[g]; set {
		return false
	}
	ic := c
	if w == "without" {
		ic.negated = !ic.negated
	}
	ic.conf *= 0.9
	st.forced[g] = subj
	st.ctx[g] = ic
	return true
}

// openingGerund returns the main verb of the sentence when the verb group
// at vi is a gerund in a sentence-opening adverbial ("After sacking X,
// Acme named Y", "Hours before resigning, Y sued Acme", "While visiting
// Peru, Ito met X"), whose subject is the main clause's; otherwise -1.
func (r *RelationStage) openingGerund(st *sentState, vi int) int {
	units := st.units
	doc := st.doc
	v := &units[vi]
	if vi < 1 || v.aux || doc.Tokens[v.head].Tag != "VBG" || doc.presplit {
		return -1
	}
	p := vi - 1
	if units[p].kind != uP && units[p].kind != uSub || !gerundPreps[doc.Tokens[units[p].a].Lower] {
		return -1
	}
	// only an adverb or a time may come first ("Shortly after", "Two
	// days before")
	for k := 0; k < p; k++ {
		if units[k].kind != uAdv && !(units[k].kind == uNP && r.isTime(st, &units[k])) {
			return -1
		}
	}
	for k := vi + 1; k+1 < len(units); k++ {
		switch units[k].kind {
		case uNP, uP, uCC:
			continue
		case uComma:
			if units[k+1].kind != uNP {
				return -1
			}
			if k+2 < len(units) && (units[k+2].kind == uComma || units[k+2].kind == uCC) {
				// an apposition or a list: "After sacking its chairman, X,
				// Acme", "After meeting A, B and C, Acme"
				continue
			}
			// the subject, maybe with an of-phrase ("the board of Acme"),
			// then a finite verb
			for m := k + 2; m < len(units); m++ {
				switch units[m].kind {
				case uNP, uP:
					continue
				case uVG:
					if t := doc.Tokens[units[m].head].Tag; units[m].aux || t != "VBG" && t != "VBN" {
						return m
					}
				}
				return -1
			}
		}
		return -1
	}
	return -1
}

// mainVerb returns the first verb group of the sentence when no clause
// opens between it and unit k ("Acme voted to accept X, hours after ...":
// voted), otherwise -1.
func mainVerb(st *sentState, k int) int {
	m := -1
	for j := 0; j < k; j++ {
		switch st.units[j].kind {
		case uSub, uWH, uQuote, uColon, uDash:
			return -1
		case uVG:
			if m < 0 {
				m = j
			}
		}
	}
	if m >= 0 && st.units[m].kind == uVG && !st.units[m].aux {
		if t := st.doc.Tokens[st.units[m].head].Tag; t == "VBG" || t == "VBN" && !st.units[m].passive {
			return -1 // "Backed by X, Acme ...": not the main verb
		}
	}
	return m
}

// relativeMain returns the verb of the clause a relative clause hangs
// from when the verb group at vi heads a relative clause ("a mistake that
// would serve China", "a firm that makes cars") and the finite verb group
// at next, after "and", has another tense than vi's, so that it cannot
// continue the relative clause ("... and accused X"); otherwise -1.
func relativeMain(st *sentState, vi, next int) int {
	units := st.units
	doc := st.doc
	o := vi - 1
	if o >= 1 && units[o].kind == uNP {
		o-- // "the bloc that Mali quit"
	}
	if o < 1 || units[o].kind != uWH && !(units[o].kind == uSub && doc.Tokens[units[o].a].Lower == "that") {
		return -1
	}
	h := o - 1
	if units[h].kind == uComma && h >= 1 {
		h--
	}
	if units[h].kind != uNP {
		return -1
	}
	nt := doc.Tokens[units[next].head].Tag
	if units[next].aux || nt != "VBD" && nt != "VBZ" && nt != "VBP" {
		return -1
	}
	// (not "the bank that lent X and charged Y", "that had lent X and
	// charged Y": one relative clause)
	if v := &units[vi]; !v.modal {
		vt := doc.Tokens[v.head].Tag
		if v.aux || vt == nt || vt != "VBD" && nt != "VBD" {
			return -1
		}
	}
	return finiteBefore(st, h+1, nt)
}

// successfully reports whether the verb group at vi is modified by an
// adverb of achievement ("to successfully talk", "to finally secure").
func successfully(st *sentState, vi int) bool {
	v := &st.units[vi]
	for t := v.a; t < v.head; t++ {
		switch st.doc.Tokens[t].Lower {
		case "successfully", "finally", "eventually":
			return true
		}
	}
	return false
}

// causeVerbs make their object do what the infinitive after it says
// ("forced the minister to resign": the minister resigned).
var causeVerbs = map[string]bool{"prompt": true, "force": true, "compel": true, "cause": true, "lead": true, "drive": true, "spur": true}

// frameVerbs, as a participle after a clause's subject, tell the occasion
// of the main verb rather than an act ("X, speaking in Lima, said").
var frameVerbs = map[string]bool{"speak": true, "talk": true}

// openingAsideVerb returns the verb unit after the closing comma of a
// present participle clause vi that opens, after a comma (unit j), right
// behind the clause's opening noun phrase ("X, citing Y, expelled Z":
// expelled), or -1; no verb may come before the participle in its
// clause ("expelled Z, citing Y, and ..." is another case).
func openingAsideVerb(st *sentState, vi, j int) int {
	units, doc := st.units, st.doc
	v := &units[vi]
	if v.aux || doc.Tokens[v.head].Tag != "VBG" || units[j].kind != uComma || j != vi-1 || j < 1 || units[j-1].kind != uNP {
		return -1
	}
	for k := j - 1; k >= 0 && units[k].kind != uSub && units[k].kind != uQuote; k-- {
		if units[k].kind == uVG || units[k].kind == uWH {
			return -1
		}
	}
	for k := vi + 1; k+1 < len(units); k++ {
		switch units[k].kind {
		case uSub, uWH, uQuote, uCC, uDash:
			return -1
		case uComma:
			if m := k + 1; units[m].kind == uVG && finiteVG(doc, &units[m]) {
				return m
			}
			return -1
		}
	}
	return -1
}

// eventGap reports whether verb unit vi opens, after its subject, a
// "which" relative clause on a noun naming an event between commas ("the
// merger, which Acme had orchestrated,"): the event is what any
// transitive verb there acts on.
func (r *RelationStage) eventGap(st *sentState, vi int) bool {
	units, doc := st.units, st.doc
	if vi < 4 || units[vi-1].kind != uNP || units[vi-1].ent < 0 || units[vi-2].kind != uWH || doc.Tokens[units[vi-2].a].Lower != "which" || units[vi-3].kind != uComma {
		return false
	}
	h := &units[vi-4]
	return h.kind == uNP && h.ent < 0 && r.eventHead(doc.Tokens[h.head].Lower) && isVerbTag(doc.Tokens[units[vi].head].Tag)
}

// relativeGapHead returns the unit of the named phrase an object relative
// clause with verb unit vi hangs on ("X, whom Y promoted": X; "the rival
// who Y beat"), or -1.
func relativeGapHead(st *sentState, vi int) int {
	units, doc := st.units, st.doc
	if vi < 3 || units[vi-1].kind != uNP || units[vi-2].kind != uWH {
		return -1
	}
	if w := doc.Tokens[units[vi-2].a].Lower; w != "whom" && w != "who" {
		return -1
	}
	k := vi - 3
	if units[k].kind == uComma {
		k--
	}
	if k < 0 || units[k].kind != uNP || units[k].ent < 0 {
		return -1
	}
	return k
}

// officeVerbs, as the infinitive of an appointment, name the office it
// gives ("named X to succeed Y", "elected to replace Z"); a post led
// ("elected to head the list") may be no office.
var officeVerbs = map[string]bool{"replace": true, "succeed": true}

// appointsPerson reports whether lemma, an appointment verb, has obj,
// named people, as its object, who is then the subject of an infinitive
// after it ("promoted X to replace Y": X replaces Y; but "chose a site to
// build a plant": the subject builds).
func appointsPerson(doc *Document, lemma string, obj []Arg) bool {
	if !appointVerbs[lemma] || lemma == "make" || lemma == "confirm" || len(obj) == 0 {
		return false
	}
	for _, a := range obj {
		if a.Entity < 0 || doc.Entities[a.Entity].Type != schema.Person {
			return false
		}
	}
	return true
}

// tripVerbs take a journey or a meeting whose purpose an infinitive
// after them gives ("visited Lima to urge X", "met X in Oslo to ask him");
// not "arrive", whose infinitive is as often what was found there
// ("arrived to find the gates shut").
var tripVerbs = map[string]bool{"visit": true, "travel": true, "fly": true, "meet": true}

// tripNouns are journeys made or paid ("made several trips to the region
// to press X", "paid a visit to Lima to urge X").
var tripNouns = map[string]bool{"trip": true, "trips": true, "visit": true, "visits": true, "journey": true, "journeys": true}

// tripPurpose reports whether an infinitive of purpose after a verb with
// lemma and direct object obj ("" if none) follows a journey or meeting:
// a trip verb, or "make"/"pay" with a trip noun as its object.
func tripPurpose(lemma, obj string) bool {
	if lemma == "meet" {
		// ("the board met in Mumbai to discuss its results": a body's
		// own sitting, no meeting with anyone)
		return obj != ""
	}
	return tripVerbs[lemma] || (lemma == "make" || lemma == "pay") && tripNouns[headWord(obj)]
}

// protestPurpose reports whether the infinitive verb group u is "to
// protest", the purpose an act is done for ("blocked the road to protest
// the tariffs").
func protestPurpose(doc *Document, u *unit) bool {
	return u.kind == uVG && !u.passive && !u.negated && doc.Tokens[u.head].Lemma == "protest"
}

// purposeAfter reports whether unit k opens an infinitive ("to protest"),
// possibly after a time ("on Monday to protest").
func (r *RelationStage) purposeAfter(st *sentState, k int) bool {
	units := st.units
	if k+2 < len(units) && units[k].kind == uP && units[k+1].kind == uNP && r.isTime(st, &units[k+1]) {
		k += 2
	} else if k+1 < len(units) && units[k].kind == uNP && r.isTime(st, &units[k]) {
		k++
	}
	return k+1 < len(units) && units[k].kind == uTo && units[k+1].kind == uVG
}

// madeBy reports whether the verb group at k is a bare past participle
// of making or voicing with "by" and a noun phrase after it ("remarks made
// by X", "comments voiced by X").
func madeBy(doc *Document, units []unit, k int) bool {
	u := &units[k]
	if u.b-u.a != 1 || doc.Tokens[u.head].Tag != "VBN" || units[k+1].kind != uP || doc.Tokens[units[k+1].a].Lower != "by" || units[k+2].kind != uNP {
		return false
	}
	switch doc.Tokens[u.head].Lemma {
	case "make", "voice", "deliver", "issue", "publish", "post":
		return true
	}
	return false
}

// summonedIn reports whether the verb group v is "called in", a summons
// ("called in the ambassador to protest").
func summonedIn(doc *Document, v *unit) bool {
	return doc.Tokens[v.head].Lemma == "call" && (v.prt >= 0 && doc.Tokens[v.prt].Lower == "in" || v.b < len(doc.Tokens) && doc.Tokens[v.b].Lower == "in")
}

// forceVerbs put weapons or riot gear to use ("fired tear gas",
// "deployed water cannon"), and dispersalVerbs the crowd control an
// infinitive after them gives as their purpose ("to disperse the crowd",
// "to break up the march"), which news reports as done.
var forceVerbs = map[string]bool{"fire": true, "deploy": true, "spray": true, "shoot": true, "launch": true}

var dispersalVerbs = map[string]bool{"disperse": true, "break": true, "scatter": true, "clear": true, "repel": true, "push": true, "drive": true}

// settledAgreement verbs take a passive infinitive whose act the report
// treats as done once agreed ("agreed to be taken over by Colsby"), though
// their clause complements stay open ("agreed that talks would resume").
var settledAgreement = map[string]bool{"agree": true}

// isImplicative reports whether "X Vs to Y" entails Y.
func (r *RelationStage) isImplicative(lemma string) bool {
	switch lemma {
	case "manage", "continue", "begin", "start", "use", "help", "go", "come", "move", "act", "work", "stand", "get", "vote":
		return true
	}
	return false
}

// possessedActNouns name an act or utterance whose possessor did it ("the
// president's speech", "Acme's bid"), unlike a thing possessed ("Acme's
// shares").
var possessedActNouns = map[string]bool{
	"speech": true, "speeches": true, "remarks": true, "remark": true, "comments": true, "comment": true, "statement": true,
	"statements": true, "decision": true, "plan": true, "plans": true, "proposal": true, "proposals": true, "move": true,
	"moves": true, "policy": true, "policies": true, "bid": true, "offer": true, "veto": true, "assessment": true,
	"claim": true, "claims": true, "call": true, "calls": true, "request": true, "demand": true, "demands": true,
	"warning": true, "warnings": true, "threat": true, "threats": true, "criticism": true, "approach": true, "stance": true,
	"position": true, "strategy": true, "handling": true, "reform": true, "reforms": true, "budget": true, "agenda": true,
	"initiative": true, "idea": true, "ideas": true, "response": true, "action": true, "actions": true, "conduct": true,
	"report": true, "testimony": true, "appointment": true, "resignation": true, "nomination": true, "candidacy": true,
	"campaign": true, "visit": true, "ruling": true, "order": true, "letter": true, "announcement": true, "suggestion": true,
	"views": true, "view": true, "words": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"appeal": true, "refusal": true, "invitation": true, "attack": true, "attacks": true, "invasion": true, "takeover": true,
	"intervention": true, "efforts": true, "effort": true, "bill": true, "sanctions": true, "tariffs": true, "ban": true,
	"pledge": true, "promise": true, "vote": true, "approval": true, "rejection": true, "leadership": true, "record": true,
	"performance": true, "address": true, "tweet": true, "post": true, "answer": true, "reply": true, "argument": true,
	"arguments": true, "case": true, "complaint": true, "lawsuit": true, "suit": true, "deal": true, "offensive": true,
	"step": true, "steps": true, "choice": true, "questioning": true, "interview": true, "denial": true, "denials": true,
	"admission": true, "intentions": true, "ambitions": true,
	// a holding changes hands with its holder: "halved GM's stake"
	"stake": true, "stakes": true, "holding": true, "holdings": true, "shareholding": true,
}

// assaultVerbs attack a place by force, or search it with a warrant;
// homeNouns name the places where an actor lives or works, so
// "protesters stormed his residence" acts on him and "police searched
// the party's headquarters" on the party.
var assaultVerbs = map[string]bool{"storm": true, "raid": true, "attack": true, "besiege": true, "overrun": true, "surround": true,
	"occupy": true, "ransack": true, "torch": true, "burn": true, "loot": true, "bomb": true, "shell": true, "stone": true, "search": true}
var homeNouns = map[string]bool{"office": true, "offices": true, "residence": true, "home": true, "house": true, "palace": true,
	"headquarters": true, "compound": true, "premises": true}

// rankedMember reports whether a possessive phrase ranks a member of the
// possessor's class: "Africa's largest mobile operator", "Vietnam's
// second-largest exporter", "the country's top bank" name a body in
// Africa or Vietnam, nothing of theirs to act on.
func rankedMember(text string) bool {
	f := strings.Fields(toLower(text))
	for i, w := range f {
		if i+1 < len(f) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			n := f[i+1]
			return strings.HasSuffix(n, "est") && len(n) > 5 || n == "top" || n == "leading"
		}
	}
	return false
}

// possessedThings name goods and money an owner has, which can change
// hands without the owner taking part ("bought Acme's shares").
// hearingNouns name a proceeding that hears evidence ("Mr Blake's trial
// was told by X", "told the inquiry"): who is told is the proceeding, not
// whose it is.
var hearingNouns = map[string]bool{"trial": true, "hearing": true, "inquiry": true, "inquest": true}

var possessedThings = map[string]bool{
	"shares": true, "share": true, "stock": true, "stocks": true, "assets": true, "products": true, "oil": true,
	"gas": true, "property": true, "properties": true, "money": true, "funds": true, "bonds": true, "debt": true,
	"cars": true, "phones": true, "software": true, "goods": true, "equipment": true, "data": true, "files": true,
}

// otherPerson returns the person other than subj named last before the
// possessive pronoun of o ("his", "her") in its sentence or the one
// before, of the pronoun's gender when known; -1 if none.
func otherPerson(doc *Document, subj int, o Arg) int {
	w := toLower(firstWord(o.Text))
	if f := strings.Fields(toLower(o.Text)); len(f) > 1 && f[1] == "own" {
		return -1 // "his own proposals"
	}
	var g byte
	switch w {
	case "his":
		g = 'm'
	case "her":
		g = 'f'
	default:
		return -1
	}
	t := doc.tokenAt(o.Span.Start)
	if t < 0 {
		return -1
	}
	lo := doc.mentionsFrom(doc.Tokens[t].Sent - 1)
	for i := doc.mentionAtOrAfter(t) - 1; i >= lo; i-- {
		m := &doc.Mentions[i]
		if m.Entity < 0 || m.Entity == subj || m.Kind == PronounMention || m.Kind == DemonymMention {
			continue
		}
		en := &doc.Entities[m.Entity]
		if ge := genderOf(en); en.Type != schema.Person || ge != 0 && ge != g {
			continue
		}
		return m.Entity
	}
	return -1
}

// removedAs returns, for an agentless passive of putting someone out
// followed by "as" and an office ("was ousted as chief executive of Acme",
// "was sacked as its coach"), the actor the office is held for; -1
// otherwise.
func (r *RelationStage) removedAs(st *sentState, lemma string, prep, unit int, args []Arg) int {
	if st.doc.presplit || !expelVerbs[lemma] || prep < 0 || st.doc.Tokens[prep].Lower != "as" || unit < 0 || len(args) != 1 || args[0].Entity >= 0 {
		return -1
	}
	b := r.roleOfBody(st, unit)
	if b < 0 || !actorEntity(st.doc, b) {
		return -1
	}
	return b
}

// expelVerbs put someone out of a body or a country: "X was expelled
// from Y" is Y's act (not "rented from Y", where Y is a source), as is
// "X was extradited from Y" or "deported from Y": Y handed X over.
var expelVerbs = map[string]bool{
	"expel": true, "oust": true, "remove": true, "dismiss": true, "drop": true, "ban": true, "bar": true, "exclude": true,
	"sack": true, "fire": true, "suspend": true, "eject": true, "evict": true, "kick": true, "throw": true, "purge": true,
	"extradite": true, "deport": true,
}

// unnamedBody reports whether a subject phrase that names no entity is a
// definite body that acts ("the armed forces", "the national police").
func unnamedBody(text string) bool {
	return strings.EqualFold(firstWord(text), "the") && bodyNouns[toLower(lastWord(text))]
}

// unnamedPossessor returns the unnamed body, trial side or group ("the
// navy", "the defence", "the ministry", "the carmakers") whose act or
// claim a phrase names by a possessive ("the navy's account", "most of
// the defence's arguments", "the protesters' concerns").
func unnamedPossessor(doc *Document, o Arg) (Arg, bool) {
	t := doc.tokenFrom(o.Span.Start)
	for ; t < len(doc.Tokens) && doc.Tokens[t].Span.End <= o.Span.End && doc.Tokens[t].Tag != "POS"; t++ {
	}
	if t < 2 || t+1 >= len(doc.Tokens) || doc.Tokens[t].Span.End > o.Span.End || doc.Tokens[t-2].Lower != "the" || doc.Tokens[t-2].Span.Start < o.Span.Start {
		return Arg{}, false
	}
	if n := doc.Tokens[t-1].Lower; !bodyNouns[n] && !courtSides[n] && !actorPlurals[n] && !criticGroups[n] && !peopleNouns[n] || doc.TokMention[t-1] >= 0 && doc.Mentions[doc.TokMention[t-1]].Entity >= 0 {
		return Arg{}, false
	}
	if h := toLower(lastWord(o.Text)); !possessedActNouns[h] && proposalNouns[h] == nil {
		return Arg{}, false
	}
	sp := Span{doc.Tokens[t-2].Span.Start, doc.Tokens[t-1].Span.End}
	return Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}, true
}

// actorPlurals name, after "the", a group of people, firms or states
// that acts as one ("rejected the companies' arguments", "dismissed the
// protesters' concerns", "backed the drivers' case"), and "the
// opposition" of a story's politics.
var actorPlurals = map[string]bool{
	"companies": true, "firms": true, "carmakers": true, "airlines": true, "banks": true, "lenders": true, "insurers": true,
	"states": true, "countries": true, "governments": true, "allies": true, "unions": true, "employers": true,
	"workers": true, "drivers": true, "farmers": true, "growers": true, "producers": true, "residents": true, "families": true,
	"shareholders": true, "investors": true, "creditors": true, "bondholders": true, "plaintiffs": true, "claimants": true,
	"defendants": true, "opposition": true,
}

// asAlleged relates the subject of a closing "as X alleged" clause to
// the actor of the clause before the comma, whose act X had charged ("Acme
// pressured suppliers, as a consumer group had alleged": the group
// alleges against Acme; "found no evidence that Acme had rigged the
// tender, as Zeta claimed": against Acme still). It reports whether it did.
func (r *RelationStage) asAlleged(st *sentState, vi int, lemma string, subj []Arg, c clauseCtx) bool {
	doc, units := st.doc, st.units
	if doc.presplit || !claimVerbs[lemma] && lemma != "complain" || vi < 4 || units[vi].passive || len(subj) == 0 {
		return false
	}
	if vi+1 < len(units) && units[vi+1].kind != uComma && doc.Tokens[units[vi+1].a].Tag != "." {
		return false // only the bare clause ("as Zeta had alleged."), not "as Zeta alleged a plot"
	}
	if units[vi-1].kind != uNP || units[vi-2].kind != uSub || doc.Tokens[units[vi-2].a].Lower != "as" || units[vi-3].kind != uComma {
		return false
	}
	m := vi - 4
	for m >= 0 && units[m].kind != uVG {
		m--
	}
	if m < 0 || units[m].passive {
		return false
	}
	charged := r.subject(st, m)
	for _, s := range subj {
		for _, o := range charged {
			if s.Entity >= 0 && o.Entity >= 0 && actorEntity(doc, s.Entity) && actorEntity(doc, o.Entity) {
				r.emit(st, vi, s, o, lemma, r.predText(st, &units[vi], -1), c, 0.6, false)
			}
		}
	}
	return true
}

// mayAct reports whether the noun phrase at unit ui stands for someone
// who can act: a person, body or state ("the bank", "its chairman", "the
// army"), a plural of people or firms ("many employers", "most firms") or
// a pronoun for one; not a single thing or plan ("a plot", "a campaign").
func (r *RelationStage) mayAct(st *sentState, ui int) bool {
	if ui < 0 || ui >= len(st.units) || st.units[ui].kind != uNP {
		return false
	}
	doc, u := st.doc, &st.units[ui]
	h := u.head
	if h < 0 {
		return false
	}
	if m := doc.TokMention[h]; m >= 0 && doc.Mentions[m].Last == h+1 {
		switch doc.Mentions[m].Type {
		case schema.Person, schema.Organization, schema.Country:
			return true
		}
	}
	switch w := doc.Tokens[h].Lower; w {
	case "him", "her", "them", "it", "us", "me":
		return true
	default:
		return r.lex.peopleNouns[w] || bodyNouns[w] || doc.Tokens[h].Tag == "NNS" || doc.Tokens[h].Tag == "NNPS"
	}
}

// actorGroup reports whether a is an unnamed group of people that acts as
// one ("Rights groups", "opposition activists", "the protesters"): a
// plural noun of people or "groups" heading a short phrase with no
// number, possessor or quantifier.
func (r *RelationStage) actorGroup(a Arg) bool {
	if a.Entity >= 0 || a.Poss >= 0 {
		return false
	}
	f := strings.Fields(toLower(a.Text))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	if h := f[len(f)-1]; !r.lex.peopleNouns[h] && h != "groups" {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if vagueWords[w] && w != "the" || groupNumbers[w] > 0 || w == "two" || w[0] >= '0' && w[0] <= '9' {
			return false
		}
	}
	return true
}

// demandVerbs ask for what happens to someone; fateNouns name what they
// ask for: "demanded his resignation", "called for her arrest" ask it of
// another person than the one asking.
var demandVerbs = map[string]bool{"demand": true, "call": true, "seek": true, "urge": true, "press": true, "push": true}
var fateNouns = map[string]bool{"resignation": true, "removal": true, "dismissal": true, "sacking": true, "ouster": true, "arrest": true,
	"impeachment": true, "prosecution": true, "extradition": true, "suspension": true, "expulsion": true, "recall": true}

// detainVerbs take someone into custody or seize a vessel.
var detainVerbs = map[string]bool{"detain": true, "arrest": true, "seize": true, "capture": true, "jail": true, "imprison": true,
	"kidnap": true, "abduct": true, "intercept": true}

// detainer returns the actor that, in the last few sentences before the
// release phrase o, detained whom o's possessor names (their, the
// crew's), or else anyone, and is neither the one demanding the release,
// s, nor of s's country.
func (r *RelationStage) detainer(st *sentState, o, s Arg) (Arg, bool) {
	doc := st.doc
	for pass := 0; pass < 2; pass++ {
		for i := len(doc.Relations) - 1; i >= 0; i-- {
			rel := &doc.Relations[i]
			if rel.Sent < st.si-4 {
				break
			}
			if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || !detainVerbs[rel.Pred] || rel.Span.Start >= o.Span.Start {
				continue
			}
			d := rel.Subj.Entity
			if d < 0 {
				d = demonymOf(doc, rel.Subj) // "Tarnish coastguards seized ..."
			}
			if d < 0 || d == s.Entity || d == doc.Entities[s.Entity].Nation || !actorEntity(doc, d) {
				continue
			}
			if pass == 0 && (o.Poss < 0 || rel.Obj.Entity != o.Poss && demonymOf(doc, rel.Obj) != o.Poss) {
				continue
			}
			return Arg{Entity: d, Poss: -1, Span: o.Span, Text: doc.Entities[d].Name}, true
		}
	}
	return Arg{}, false
}

// attributiveActor returns the one actor a name or demonym before the
// head of phrase a names ("the EU decision", "a Russian proposal"), -1
// when none or more than one does.
func attributiveActor(doc *Document, a Arg) int {
	out := -1
	for t := doc.tokenFrom(a.Span.Start); t < len(doc.Tokens) && doc.Tokens[t].Span.End < a.Span.End; t++ {
		m := doc.TokMention[t]
		if m < 0 || doc.Mentions[m].Entity < 0 || doc.Mentions[m].Last >= len(doc.Tokens) || doc.Tokens[doc.Mentions[m].Last-1].Span.End >= a.Span.End {
			continue
		}
		e := doc.Mentions[m].Entity
		if !actorEntity(doc, e) || isPossessive(doc, doc.Mentions[m].Last) {
			return -1 // (a possessor is the possessor rule's)
		}
		for k := doc.Mentions[m].Last; k < len(doc.Tokens) && doc.Tokens[k].Span.End < a.Span.End; k++ {
			if doc.TokMention[k] < 0 && isNounTag(doc.Tokens[k].Tag) {
				return -1 // "a Danish newspaper report": the newspaper's
			}
		}
		if out >= 0 && out != e {
			return -1
		}
		out = e
	}
	return out
}

// resultLeaving reports whether the verb at vi is a participle of result
// after a comma whose object is left in a state ("expelled 20 diplomats,
// leaving the embassy with a handful of staff", "leaving the prime
// minister without a majority"): no one left anyone.
func resultLeaving(st *sentState, vi int) bool {
	doc := st.doc
	v := &st.units[vi]
	if doc.Tokens[v.head].Tag != "VBG" || st.units[vi-1].kind != uComma {
		return false
	}
	// the object phrase as written after the verb, past a title and name
	t := doc.tokenFrom(doc.Tokens[v.b-1].Span.End)
	for t < len(doc.Tokens) && doc.Tokens[t].Sent == doc.Tokens[v.head].Sent && (isNounTag(doc.Tokens[t].Tag) || doc.Tokens[t].Tag == "DT" || doc.Tokens[t].Tag == "JJ" || doc.Tokens[t].Tag == "POS" || doc.Tokens[t].Tag == "PRP$" || doc.Tokens[t].Tag == "CD" ||
		doc.Tokens[t].Tag == "CC" || doc.Tokens[t].Tag == "VBG" && t > v.b) {
		t++ // (and a coordinated object: "leaving X and its remaining allies eight seats short")
	}
	if t >= len(doc.Tokens) || doc.Tokens[t].Sent != doc.Tokens[v.head].Sent {
		return false
	}
	switch doc.Tokens[t].Lower {
	case "with", "without", "short", "unable", "exposed", "vulnerable", "isolated", "free", "open", "in":
		return true
	}
	return doc.Tokens[t].Tag == "VBN" || doc.Tokens[t].Tag == "TO"
}

// possHead returns the lower-cased head of a possessed phrase: the word
// before an "of" that follows the possessive ("Acme's offer of $5 a
// share" is an offer, not a share), else the last word.
func possHead(text string) string {
	f := strings.Fields(toLower(text))
	for i := 1; i+1 < len(f); i++ {
		if f[i] == "of" && !partitives[f[i-1]] && !partWords[f[i-1]] {
			return f[i-1] // (not "half of Acme's shares": shares)
		}
	}
	return lastWord(text)
}

// nationalNouns head a phrase of goods or carriers that a demonym before
// them ties to a country ("Latvian freight", "Estonian airlines"); people
// ("two Estonian diplomats") are actors of their own.
var nationalNouns = map[string]bool{
	"exports": true, "imports": true, "products": true, "freight": true, "cargo": true, "shipments": true,
	"airlines": true, "carriers": true, "aircraft": true, "flights": true, "ships": true, "vessels": true, "boats": true,
	"trawlers": true, "trucks": true, "lorries": true,
}

// eventPredicate reports whether lemma is an event predicate of the
// schema vocabulary ("halt", "ban", "refuse"; not "own").
func eventPredicate(lemma string) bool {
	_, ok := schema.Vocabulary().Predicate(lemma)
	return ok
}

// nationalObject returns the country a demonym in object o names when o
// is an unnamed phrase headed by a nationalNouns noun ("halted Latvian
// freight": Latvia) and the subject s is a named actor of another
// country; -1 otherwise.
func nationalObject(doc *Document, s, o Arg) int {
	if doc.presplit || o.Entity >= 0 || o.Poss >= 0 || s.Entity < 0 || !actorEntity(doc, s.Entity) || !nationalNouns[lastWord(o.Text)] {
		return -1
	}
	e := -1
	for t := doc.tokenFrom(o.Span.Start); t < len(doc.Tokens) && doc.Tokens[t].Span.End <= o.Span.End; t++ {
		m := doc.TokMention[t]
		if m < 0 {
			continue
		}
		mm := &doc.Mentions[m]
		if mm.Kind != DemonymMention || mm.Entity < 0 || e >= 0 && e != mm.Entity {
			return -1 // another name, or two countries
		}
		e = mm.Entity
	}
	if e < 0 || doc.Entities[e].Type != schema.Country || e == s.Entity || doc.Entities[s.Entity].Nation == e {
		return -1
	}
	return e
}

// possessedAct reports whether the phrase text is headed by an act or
// utterance noun.
func possessedAct(text string) bool {
	return possessedActNouns[lastWord(text)]
}

func (r *RelationStage) emit(st *sentState, vi int, s, o Arg, lemma, ptext string, c clauseCtx, conf float64, role bool) {
	if s.Entity >= 0 && s.Entity == o.Entity {
		return
	}
	if !role && !st.doc.presplit && o.Entity >= 0 && (lemma == "need" || lemma == "include") {
		// "the deal still needs approval from X", "the four states
		// include Egypt": a condition or a list, no act between actors
		return
	}
	if lemma == "leave" && vi > 0 && !st.doc.presplit && resultLeaving(st, vi) {
		return
	}
	if lemma == "say" && !role && !st.doc.presplit && strings.HasSuffix(ptext, " to") {
		if l, noun := letterBefore(st.doc, o); l != "" {
			// "said in a letter to investors", "said in a statement to
			// the regulator": wrote to them, told them
			lemma, ptext = l, strings.TrimSuffix(ptext, " to")+" in a "+noun+" to"
		}
	}
	if lemma == "belong" && strings.HasSuffix(ptext, " to") && s.Entity >= 0 && o.Entity >= 0 && !st.doc.presplit &&
		st.doc.Entities[s.Entity].Type == schema.Organization && st.doc.Entities[o.Entity].Type == schema.Organization {
		// "MAN, which belongs to Volkswagen": Volkswagen owns MAN
		r.emit(st, vi, o, s, "own", ptext, c, conf*0.9, false)
	}
	freed := false
	if o.Entity < 0 && !role && !st.doc.presplit && demandVerbs[lemma] && s.Entity >= 0 && possHead(o.Text) == "release" {
		// "demanded their immediate release", "called for the release of
		// the crew": a demand on whoever holds them
		if d, ok := r.detainer(st, o, s); ok {
			freed = true
			r.emit(st, vi, s, d, lemma, ptext, c, conf*0.8, false)
		}
	}
	if o.Entity < 0 && o.Poss >= 0 && o.Poss == s.Entity && !role && (responseVerbs[lemma] && possessedAct(o.Text) || demandVerbs[lemma] && fateNouns[toLower(lastWord(o.Text))]) {
		// "Lindner rejected his proposals" after Scholz made them: one
		// answers another's proposal, so "his" is the other man
		if e := otherPerson(st.doc, s.Entity, o); e >= 0 {
			o.Poss = e
		}
	}
	head := ""
	if o.Entity < 0 && o.Poss >= 0 {
		head = possHead(o.Text)
	}
	if o.Entity < 0 && o.Poss >= 0 && o.Poss != s.Entity && !freed && (s.Entity >= 0 || unnamedBody(s.Text) || (responseVerbs[lemma] && possessedAct(head) || assaultVerbs[lemma] && homeNouns[head]) && r.actorGroup(s)) && !role && (st.doc.presplit || !possessedThings[head] && !rankedMember(o.Text) && !r.personalAct(lemma, o.Text) && !r.holderNoun(head) && !chamberWords[head] && !(tellVerbs[lemma] && hearingNouns[head])) &&
		!(ownBodies[head] && st.doc.Entities[o.Poss].Type == schema.Country) && ownBodyState(st.doc, s) != o.Poss && !(!st.doc.presplit && vi >= 0 && vi < len(st.units) && st.units[vi].passive && prepBefore(st.doc, o, ptext)) {
		// (not "was elected on Tomas Vell's ticket", "was expelled from
		// his party": the subject of a passive is acted on, and the one
		// whose thing a preposition names did nothing to it)
		// "backed Lord Butler's assessment", "applauded the president's
		// speech": the possessor stands in for what it has, at lower
		// confidence, lower still for an act or utterance, which the
		// plain statement names better; "bought Acme's shares" is
		// nothing Acme did or had done to it, and "ordered Tuvalu's
		// attache to leave", "spoke with Palau's foreign minister" act
		// on the one who holds the office, an actor of its own, as
		// "dissolved Palau's parliament" acts on the chamber
		po := Arg{Entity: o.Poss, Poss: -1, Span: o.Span, Text: st.doc.Entities[o.Poss].Name}
		f := 0.6
		if !st.doc.presplit && possessedAct(head) {
			f = 0.5
		}
		r.emit(st, vi, s, po, lemma, ptext, c, conf*f, false)
	}
	if e := nationalObject(st.doc, s, o); e >= 0 && !role && !r.lex.verbs[lemma].report && (eventPredicate(lemma) || (lemma == "close" || lemma == "shut") && strings.HasSuffix(ptext, " to")) && !strings.HasSuffix(ptext, " with") {
		// ("closed its airspace to French aircraft": shut against France)
		// "halted Latvian freight", "agreed to ban Estonian airlines":
		// goods or carriers of another country stand for it when acted
		// on, below the plain statement (not "owns two Spanish
		// carriers": no act; nor "signed deals with two Indian
		// airlines": the firms are partners of their own)
		r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: o.Span, Text: st.doc.Entities[e].Name}, lemma, ptext, c, conf*0.5, false)
	}
	if o.Entity < 0 && o.Poss < 0 && !role && !st.doc.presplit && responseVerbs[lemma] && (s.Entity >= 0 || unnamedBody(s.Text) || r.actorGroup(s)) && (possessedAct(o.Text) || rulingNouns[toLower(lastWord(o.Text))]) {
		// "welcomed the EU decision", "rejected the Russian proposal":
		// the actor named before the head made it
		if e := attributiveActor(st.doc, o); e >= 0 && e != s.Entity {
			r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: o.Span, Text: st.doc.Entities[e].Name}, lemma, ptext, c, conf*0.5, false)
		}
	}
	if o.Entity < 0 && o.Poss < 0 && !role && !st.doc.presplit && responseVerbs[lemma] && (s.Entity >= 0 || unnamedBody(s.Text) || r.actorGroup(s)) {
		// "rejected the navy's account", "rejected most of the defence's
		// arguments": an unnamed body or a trial's side made what is
		// answered
		if b, ok := unnamedPossessor(st.doc, o); ok {
			r.emit(st, vi, s, b, lemma, ptext, c, conf*0.6, false)
		}
	}
	if sh := toLower(lastWord(s.Text)); s.Entity < 0 && s.Poss >= 0 && s.Poss != o.Entity && o.Entity >= 0 && !role && !agencyHeads[lastWord(s.Text)] && !unionWords[sh] && !chamberWords[sh] &&
		!((r.holderNoun(sh) || ownBodies[sh]) && st.doc.Entities[s.Poss].Type == schema.Country) && !(personsOffice[sh] && st.doc.Entities[s.Poss].Type == schema.Person) {
		// (not "Nigeria's telecoms regulator hit X" nor "Palau's
		// parliament impeached X": a body of its own, which the story
		// names; nor "Palau's president visited X": a state's office
		// holder acts in person, as an object is acted on, where "the
		// union's leader accused X" speaks for the union; nor "Kestrel's
		// workers' union opposed X": its workers, not the company; nor
		// "her ministry summoned X", "his foreign minister met X": a
		// person's ministry or minister acts without them)
		ps := Arg{Entity: s.Poss, Poss: -1, Span: s.Span, Text: st.doc.Entities[s.Poss].Name}
		r.emit(st, vi, ps, o, lemma, ptext, c, conf*0.6, false)
	}
	if s.Text == "" || o.Text == "" || c.question {
		return
	}
	if idleVerbs[lemma] && s.Entity >= 0 && o.Entity >= 0 && !role && !st.doc.presplit {
		return // "Brazil borders Paraguay", "the ruling followed X's": no act between them
	}
	if reflexive[strings.ToLower(firstWord(o.Text))] {
		return // "ingratiate himself with": the subject again
	}
	doc := st.doc
	if s.Entity < 0 || o.Entity < 0 {
		conf *= 0.6
	}
	conf *= c.conf
	if c.negated {
		conf *= 0.9
	}
	lo, hi := s.Span.Start, s.Span.End
	for _, sp := range []Span{o.Span} {
		if sp.Start < lo {
			lo = sp.Start
		}
		if sp.End > hi {
			hi = sp.End
		}
	}
	var ps Span
	if vi >= 0 {
		v := st.units[vi]
		ps = Span{doc.Tokens[v.a].Span.Start, doc.Tokens[v.b-1].Span.End}
		if ps.Start < lo {
			lo = ps.Start
		}
		if ps.End > hi {
			hi = ps.End
		}
	}
	doc.Relations = append(doc.Relations, Relation{
		Subj: s, Obj: o, Pred: lemma, PredText: ptext, PredSpan: ps,
		Negated: c.negated, Modality: c.modality, Role: role,
		Confidence: clamp01(conf), Sent: st.si, Span: Span{lo, hi},
	})
}

// genitive reports whether a phrase names a possessor by a possessive
// ("Ottawa's criticism", "its use"), not by a modifier ("the Tarsk mine").
func genitive(text string) bool {
	return possessiveWord(toLower(firstWord(text))) || strings.Contains(text, "'s ") || strings.Contains(text, "’s ")
}

// personal reports whether a complement names a person, by name or by a
// personal pronoun.
func personal(doc *Document, o Arg) bool {
	if o.Entity >= 0 {
		return doc.Entities[o.Entity].Type == schema.Person
	}
	switch toLower(o.Text) {
	case "me", "him", "her", "us", "them", "you":
		return true
	}
	return false
}

// sitePlaces are nouns of sites and areas that, after "at" or "in" and
// a possessor, say where: "at Velmora's air base", "in Ostria's north".
var sitePlaces = map[string]bool{"base": true, "headquarters": true, "embassy": true, "consulate": true, "residence": true, "compound": true,
	"terminal": true, "port": true, "province": true, "region": true, "district": true, "capital": true, "city": true, "border": true,
	"tarmac": true, "airspace": true, "waters": true, "territory": true, "soil": true, "coast": true, "north": true, "south": true,
	"east": true, "west": true, "state": true}

// powerNouns take "over" as their own complement, the one dominated or
// beaten: "won a victory over X", "gained control over X", "sovereignty
// over X".
var powerNouns = map[string]bool{"victory": true, "win": true, "triumph": true, "edge": true, "advantage": true, "lead": true,
	"control": true, "sovereignty": true, "jurisdiction": true, "authority": true, "power": true, "powers": true, "influence": true,
	"leverage": true, "sway": true, "grip": true, "hold": true, "say": true, "veto": true, "dominance": true, "supremacy": true,
	"primacy": true, "oversight": true, "rights": true, "claim": true, "claims": true}

// idleVerbs relate two actors without one acting on the other: an
// actor graph leaves them out (open extraction keeps them). "Acme
// accounts for half of Dorland's car sales" is a share, not an act.
var idleVerbs = map[string]bool{"border": true, "follow": true, "plunge": true, "include": true, "precede": true, "resemble": true,
	"account": true}

func clamp01(f float64) float64 {
	if f < 0.01 {
		return 0.01
	}
	if f > 1 {
		return 1
	}
	return f
}

// roles emits role relations from titles ("Ukrainian President Volodymyr
// Zelensky"), role prefixes ("Tory leader Michael Howard") and appositions
// ("Yuri Ushakov, Russia's top foreign policy aide").
func (r *RelationStage) roles(st *sentState) {
	doc := st.doc
	s := doc.Sentences[st.si]
	c := clauseCtx{modality: schema.Asserted, conf: 1}
	for i := s.First; i < s.Last; i++ {
		mi := doc.TokMention[i]
		if mi < 0 || doc.Mentions[mi].First != i {
			continue
		}
		m := &doc.Mentions[mi]
		if m.Kind != NameMention || m.Role == "" || m.RoleOf < 0 || m.Entity < 0 {
			continue
		}
		o := &doc.Mentions[m.RoleOf]
		if o.Entity < 0 || o.Entity == m.Entity {
			continue
		}
		subj := Arg{Poss: -1, Entity: m.Entity, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]}
		obj := Arg{Poss: -1, Entity: o.Entity, Span: o.Span, Text: doc.Text[o.Span.Start:o.Span.End]}
		role := m.Role
		if partyMemberOffices[role] && partyEntity(doc, o.Entity) {
			role = "member" // "London's Labour mayor X": a member of the party
		}
		r.emitRole(st, subj, obj, role, c, 0.85)
	}
	r.counsel(st)
	// appositions: NP(person) , NP(role noun with possessor or "of X");
	// copulas: NP(person) is NP(role)
	u := st.units
	for k := 0; k+2 < len(u); k++ {
		if u[k].kind != uNP || u[k].ent < 0 || u[k+2].kind != uNP {
			continue
		}
		switch {
		case u[k+1].kind == uComma, u[k+1].kind == uDash:
		case u[k+1].kind == uVG && doc.Tokens[u[k+1].head].Lemma == "be" && !u[k+1].negated:
		default:
			continue
		}
		if doc.Entities[u[k].ent].Type != schema.Person {
			continue
		}
		ap := &u[k+2]
		if u[k+1].kind == uComma && (doc.Tokens[ap.head].Tag == "NNS" || doc.Tokens[ap.head].Tag == "NNPS" || k+3 < len(u) && u[k+3].kind == uCC) {
			// "X, World Bank officials and ministers": a list, not an
			// apposition; one person is not "officials"
			continue
		}
		head := doc.Tokens[ap.head].Lower
		if !r.lex.roles[head] {
			if i := strings.LastIndexByte(head, '-'); i > 0 && r.lex.roles[head[i+1:]] {
				head = head[i+1:]
			} else if h := r.lex.nounLemma(head); r.lex.roles[h] {
				head = h
			} else {
				continue
			}
		}
		org := ap.poss
		if org < 0 {
			// a modifier mention inside the apposition: "the Russian
			// foreign minister", "Kremlin chief adviser"
			for t := ap.a; t < ap.head; t++ {
				if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Kind != PronounMention {
					if doc.Mentions[m].Kind == DemonymMention && t+2 < ap.head && nationalKind(doc, t+1) {
						continue // "the European body's general secretary": the demonym describes the body
					}
					if compoundMention(doc, &doc.Mentions[m]) {
						continue // "a Singapore-based fund manager": where the job is, not whose
					}
					if doc.Mentions[m].Kind == DemonymMention && nationalSeat(doc, t, ap.head+1) {
						continue // "an American board member": a nationality
					}
					if r.lex.capitals[key(doc, doc.Mentions[m].First, doc.Mentions[m].Last)] && (doc.Tokens[ap.a].Lower == "a" || doc.Tokens[ap.a].Lower == "an") {
						continue // "a Lusaka lawyer": where the job is, not a state's office
					}
					org = doc.Mentions[m].Entity
				}
			}
		}
		osp, otext := r.arg(st, ap).Span, ""
		if org < 0 && k+4 < len(u) && u[k+3].kind == uP && doc.Tokens[u[k+3].a].Lower == "of" && u[k+4].kind == uNP {
			// "X, the former chairman of the opposition Green Dawn
			// party,": the institution's words are the "of" phrase's
			org = u[k+4].ent
			if o := r.arg(st, &u[k+4]); o.Entity == org {
				osp, otext = o.Span, o.Text
			}
		}
		if org < 0 || org == u[k].ent {
			continue
		}
		ent := &doc.Entities[u[k].ent]
		ent.addRole(head)
		if doc.Entities[org].Type == schema.Country && ent.Nation < 0 {
			ent.Nation = org
		}
		if otext == "" {
			otext = doc.Entities[org].Name
		}
		r.emitRole(st, r.arg(st, &u[k]), Arg{Poss: -1, Entity: org, Span: osp, Text: otext}, head, c, 0.8)
	}
}

// counselNouns name the unnamed lawyers who act for a client.
var counselNouns = map[string]bool{"lawyers": true, "attorneys": true, "solicitors": true}

// counsel states that unnamed lawyers represent their client: "his
// lawyers", "Acme's attorneys", "lawyers for Ana Ruiz". The lawyers stay
// the phrase that names them, a group with no name of its own.
func (r *RelationStage) counsel(st *sentState) {
	doc := st.doc
	if doc.presplit {
		return
	}
	u := st.units
	for k := range u {
		if u[k].kind != uNP || u[k].ent >= 0 || !counselNouns[doc.Tokens[u[k].head].Lower] {
			continue
		}
		span := Span{doc.Tokens[u[k].a].Span.Start, doc.Tokens[u[k].b-1].Span.End}
		client := u[k].poss
		var cs Span
		if client >= 0 && u[k].posTok < 0 && doc.Tokens[u[k].a].Tag != "PRP$" {
			client = -1 // a modifier ("the Acme lawyers") may be their firm
		}
		if client >= 0 {
			cs = doc.Tokens[u[k].a].Span
		} else if k+2 < len(u) && u[k+1].kind == uP && (doc.Tokens[u[k+1].a].Lower == "for" || doc.Tokens[u[k+1].a].Lower == "representing") && u[k+2].kind == uNP && u[k+2].ent >= 0 {
			client = u[k+2].ent
			cs = Span{doc.Tokens[u[k+2].a].Span.Start, doc.Tokens[u[k+2].b-1].Span.End}
			span.End = cs.End // "lawyers for Ana Ruiz"
		}
		if client < 0 || !actorEntity(doc, client) {
			continue
		}
		s := Arg{Entity: -1, Poss: -1, Span: span, Text: doc.Text[span.Start:span.End]}
		o := Arg{Entity: client, Poss: -1, Span: cs, Text: doc.Text[cs.Start:cs.End]}
		h := doc.Tokens[u[k].head]
		doc.Relations = append(doc.Relations, Relation{
			Subj: s, Obj: o, Pred: "represent", PredText: h.Text, PredSpan: h.Span, Modality: schema.Asserted, Role: true,
			Confidence: 0.6, Sent: st.si, Span: Span{min(s.Span.Start, o.Span.Start), max(s.Span.End, o.Span.End)},
		})
	}
}

// clientOf returns the client of the unnamed lawyers a phrase at span
// names ("lawyers for Ana Ruiz", "Acme's attorneys"), as counsel found
// them among the relations from index from on; -1 when the phrase names
// no such lawyers.
func clientOf(doc *Document, from int, span Span) int {
	for i := max(from, 0); i < len(doc.Relations); i++ {
		rel := &doc.Relations[i]
		if rel.Role && rel.Pred == "represent" && rel.Subj.Entity < 0 && rel.Subj.Span.Start == span.Start && rel.Obj.Entity >= 0 {
			return rel.Obj.Entity
		}
	}
	return -1
}

func (r *RelationStage) emitRole(st *sentState, s, o Arg, role string, c clauseCtx, conf float64) {
	st.doc.Relations = append(st.doc.Relations, Relation{
		Subj: s, Obj: o, Pred: role, PredText: role + " of", Modality: schema.Asserted, Role: true,
		Confidence: conf, Sent: st.si, Span: Span{min(s.Span.Start, o.Span.Start), max(s.Span.End, o.Span.End)},
	})
	_ = c
}

// holderNoun reports whether w, the head of a possessed phrase, is a
// role noun in the singular: one person who holds an office or serves
// ("ambassador", "foreign minister", "lawyer"). Kin are not: "married
// Ivo Lind's sister" ties the subject to Ivo Lind's family.
func (r *RelationStage) holderNoun(w string) bool {
	return r.lex.roles[w] && r.lex.nounLemma(w) == w && !kinNouns[w]
}

// gerundClauseNouns take a gerund clause with its own subject after "to"
// or "of" ("its objection to Norvik joining", "the prospect of Acme
// buying X").
var gerundClauseNouns = map[string]bool{"objection": true, "objections": true, "opposition": true, "prospect": true, "possibility": true,
	"risk": true, "fear": true, "fears": true, "idea": true, "notion": true, "threat": true, "chance": true, "likelihood": true}

// prepBefore reports whether the predicate text ends in a preposition
// other than "by" or "to" that stands right before the object ("was
// elected on Tomas Vell's ticket"; "was married to X's sister" is kin to
// X, and "Her post was taken over by X" ends in a particle).
func prepBefore(doc *Document, o Arg, ptext string) bool {
	w := lastWord(ptext)
	switch w {
	case "on", "from", "in", "at", "with", "for", "of", "into", "over", "under", "against":
		t := doc.tokenAt(o.Span.Start)
		return t > 0 && doc.Tokens[t-1].Lower == w
	}
	return false
}

// incidentNouns name mishaps no one performs: a name before them is where
// they happened ("the Velm tram crash", "the Tarsk blast").
var incidentNouns = map[string]bool{"crash": true, "accident": true, "collision": true, "derailment": true, "explosion": true,
	"blast": true, "fire": true, "flood": true, "floods": true, "earthquake": true, "disaster": true, "stampede": true,
	"landslide": true, "blackout": true}

// personsOffice are a ministry or department a person heads and the
// ministers who serve under a leader: they act on their own, not in the
// person's name as a spokesman or a lawyer does.
var personsOffice = map[string]bool{"ministry": true, "department": true, "minister": true, "ministers": true}

// kinNouns name family ties.
var kinNouns = map[string]bool{"wife": true, "husband": true, "sister": true, "brother": true, "son": true, "daughter": true,
	"father": true, "mother": true, "nephew": true, "niece": true, "uncle": true, "aunt": true, "cousin": true,
	"widow": true, "grandson": true, "granddaughter": true, "brother-in-law": true, "sister-in-law": true, "son-in-law": true}

// summonProtest relates the subject of "to protest" after a summons of a
// state's envoy to that state ("summoned Tarsk's ambassador on Monday to
// protest against X", "summoned the Tarskian envoy, Ivo Marek, to
// protest"): the protest is lodged with the envoy's state, whatever it
// is about.
func (r *RelationStage) summonProtest(st *sentState, vi int, subj []Arg) {
	units := st.units
	doc := st.doc
	if vi < 3 || units[vi-1].kind != uTo {
		return
	}
	m := vi - 2
	for m > 0 && units[m].kind != uVG && vi-m < 10 {
		if k := units[m].kind; k != uNP && k != uP && k != uComma && k != uAdv {
			return
		}
		m--
	}
	if units[m].kind != uVG || doc.Tokens[units[m].head].Lemma != "summon" || units[m].passive || units[m].negated || units[m].modal || units[m+1].kind != uNP {
		return
	}
	state := envoySender(doc, &units[m+1])
	if state < 0 {
		return
	}
	// the protest is made as the summons is: a fact when it is one
	c := r.baseCtx(st, m)
	o := Arg{Entity: state, Poss: -1, Span: r.arg(st, &units[m+1]).Span, Text: doc.Entities[state].Name}
	for _, s := range subj {
		if s.Entity >= 0 && s.Entity != state {
			r.emit(st, vi, s, o, "protest", doc.Tokens[units[m].head].Text+" envoy to protest", c, 0.8, false)
		}
	}
}

// envoySender returns the state whose envoy noun phrase u names
// ("Tarsk's ambassador", "the Tarskian envoy", "a Tarsk diplomat"), or
// -1.
func envoySender(doc *Document, u *unit) int {
	h := doc.Tokens[u.head].Lower
	if !envoyNouns[h] && h != "diplomat" {
		return -1
	}
	for t := u.a; t < u.head; t++ {
		k := doc.TokMention[t]
		if k >= 0 && doc.Mentions[k].Entity >= 0 && isCountry(doc, k) {
			return doc.Mentions[k].Entity
		}
	}
	return -1
}

// personalVerbs act on a person in person: "summoned China's ambassador"
// summons the envoy, not China; "sacked the bank's governor" sacks the
// governor, not the bank (but "dismissed Acme's claim" answers Acme).
var personalVerbs = map[string]bool{"summon": true, "dismiss": true, "sack": true, "fire": true, "appoint": true,
	"nominate": true, "arrest": true, "detain": true}

// personalAct reports whether a verb of personalVerbs acts on the person
// a phrase names: always for a summons, else when the phrase is a role
// noun in the singular with nothing after it ("sacked the bank's
// governor", not "dismissed a complaint by his lawyers" or "dismissed his
// lawyers' appeal").
func (r *RelationStage) personalAct(lemma, text string) bool {
	if lemma == "summon" {
		return true
	}
	if !personalVerbs[lemma] || strings.Contains(text, " by ") || strings.Contains(text, " of ") {
		return false
	}
	w := lastWord(text)
	return r.lex.roles[w] && r.lex.nounLemma(w) == w // (not "his lawyers", who act for him)
}

// predicativeVerbs take an object and a description of it ("labelled X
// a joke", "described X as a failure").
var predicativeVerbs = map[string]bool{"label": true, "call": true, "brand": true, "dub": true, "describe": true,
	"name": true, "consider": true, "regard": true, "see": true, "view": true, "deem": true, "declare": true}

// particleWord reports whether w is an adverbial particle that makes
// "at X" a target ("hit back at X", "lashed out at X").
func particleWord(w string) bool {
	switch w {
	case "back", "out", "off", "up", "down", "away":
		return true
	}
	return false
}

// behestNouns name a request behind an act ("at X's request").
var behestNouns = map[string]string{"request": "request", "invitation": "invite", "urging": "urge", "behest": "request",
	"orders": "order", "order": "order", "instruction": "instruct", "instructions": "instruct", "insistence": "demand"}

// behest returns the predicate and agent of a request phrase at unit ui:
// "X's request" or "the request of X".
func (r *RelationStage) behest(st *sentState, ui int) (string, Arg, bool) {
	u := st.units
	doc := st.doc
	lemma, ok := behestNouns[doc.Tokens[u[ui].head].Lower]
	if !ok {
		return "", Arg{}, false
	}
	if p := u[ui].poss; p >= 0 {
		return lemma, Arg{Entity: p, Poss: -1, Span: r.arg(st, &u[ui]).Span, Text: doc.Entities[p].Name}, true
	}
	if ui+2 < len(u) && u[ui+1].kind == uP && (doc.Tokens[u[ui+1].a].Lower == "of" || doc.Tokens[u[ui+1].a].Lower == "from") && u[ui+2].kind == uNP && u[ui+2].ent >= 0 {
		return lemma, r.arg(st, &u[ui+2]), true
	}
	return "", Arg{}, false
}

// roleOfBody returns the body of a role noun phrase at unit ui ("head of
// X", "X's chairman"), or -1.
func (r *RelationStage) roleOfBody(st *sentState, ui int) int {
	u := st.units
	doc := st.doc
	if !r.lex.roles[r.lex.nounLemma(doc.Tokens[u[ui].head].Lower)] && !r.lex.roles[doc.Tokens[u[ui].head].Lower] {
		return -1
	}
	if u[ui].poss >= 0 {
		return u[ui].poss
	}
	if ui+2 < len(u) && u[ui+1].kind == uP && doc.Tokens[u[ui+1].a].Lower == "of" && u[ui+2].kind == uNP && u[ui+2].ent >= 0 {
		return u[ui+2].ent
	}
	return -1
}

// npActor returns the entity the noun phrase at unit k stands for: its own
// entity, or for a group of people ("Commission officials", "Acme
// executives") the body named in it; -1 if none.
func (r *RelationStage) npActor(st *sentState, k int) int {
	u := &st.units[k]
	if u.ent >= 0 {
		return u.ent
	}
	doc := st.doc
	if !peopleNouns[doc.Tokens[u.head].Lower] {
		return -1
	}
	if u.poss >= 0 {
		return u.poss
	}
	for t := u.a; t < u.head; t++ {
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Kind != PronounMention {
			if ty := doc.Entities[doc.Mentions[m].Entity].Type; ty == schema.Organization || ty == schema.Country {
				return doc.Mentions[m].Entity
			}
		}
	}
	return -1
}

// eventParties returns the parties of a symmetric event noun phrase given
// as a: the list after "between" ("talks between A and B", "between the
// two neighbours"), else the pair in focus that interacted, other than
// the excluded entities ("talks hosted by X" after "A and B met").
func (r *RelationStage) eventParties(st *sentState, a Arg, exclude []int) []Arg {
	if a.Entity >= 0 {
		return nil
	}
	doc := st.doc
	u := st.units
	for k := range u {
		if u[k].kind != uNP || doc.Tokens[u[k].a].Span.Start != a.Span.Start {
			continue
		}
		ev, ok := r.lex.events[doc.Tokens[u[k].head].Lower]
		if !ok && roundNouns[doc.Tokens[u[k].head].Lower] && k+2 < len(u) && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "of" && u[k+2].kind == uNP {
			// "two rounds of talks between A and B"
			k += 2
			ev, ok = r.lex.events[doc.Tokens[u[k].head].Lower]
		}
		if !ok || !ev.symmetric {
			return nil
		}
		if b := betweenAfter(st, k); b > k+1 {
			list, _ := r.npList(st, b+1)
			return r.partiesOf(st, list, exclude)
		}
		if k+2 >= len(u) || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "between" || u[k+2].kind != uNP {
			if k+1 < len(u) && u[k+1].kind == uP || u[k].poss >= 0 || otherEvent(doc, &u[k]) {
				return nil // "talks with X", "Acme's talks", "a similar dispute"
			}
			p, ok := r.focusPair(st, a.Span.Start, st.si, "", true, 4, exclude)
			if !ok {
				return nil
			}
			return pairArgs(a, p)
		}
		list, _ := r.npList(st, k+2)
		return r.partiesOf(st, list, exclude)
	}
	return nil
}

// otherEvent reports whether an event phrase sets itself apart from the
// events in focus: "after a similar dispute", "another round of talks",
// "a previous agreement", "the 2005 peace agreement" are not the talks
// between the parties just named.
func otherEvent(doc *Document, u *unit) bool {
	for t := u.a; t < u.head; t++ {
		switch doc.Tokens[t].Lower {
		case "similar", "another", "previous", "earlier", "separate", "past", "former", "prior":
			return true
		}
		if yearToken(&doc.Tokens[t]) {
			return true
		}
	}
	return false
}

// descriptionHead returns, for a noun phrase unit k that ends a chain of
// prepositional phrases opening its clause ("The opposition leader in the
// Senate"), the unit of the chain's head when that head names no entity
// and is a noun of people; -1 otherwise.
func descriptionHead(st *sentState, k int) int {
	u, doc := st.units, st.doc
	d := k
	for d-2 >= 0 && u[d-1].kind == uP && u[d-2].kind == uNP && doc.Tokens[u[d-1].a].Lower != "of" {
		d -= 2
	}
	if d == k || u[d].ent >= 0 || u[d].poss >= 0 || d > 0 && u[d-1].kind != uComma && u[d-1].kind != uSub && u[d-1].kind != uQuote && u[d-1].kind != uAdv {
		return -1
	}
	if t := doc.Tokens[u[d].head]; t.Tag != "NN" && t.Tag != "NNS" || isCap(t.Text) {
		return -1
	}
	return d
}

// betweenEvent returns, for a noun phrase unit k that ends the list of
// parties after "between" ("talks between A, B and C"), the unit of the
// phrase before "between"; k otherwise.
func betweenEvent(st *sentState, k int) int {
	u, doc := st.units, st.doc
	j := k
	for j-2 >= 0 && u[j].kind == uNP && (u[j-1].kind == uCC && doc.Tokens[u[j-1].a].Lower == "and" || u[j-1].kind == uComma) && u[j-2].kind == uNP {
		j -= 2
	}
	if j == k || j-2 < 0 || u[j-1].kind != uP || doc.Tokens[u[j-1].a].Lower != "between" || u[j-2].kind != uNP {
		return k
	}
	return j - 2
}

// ledVerbs put a person at the head of a group ("a mission led by X",
// "a delegation headed by Y").
var ledVerbs = map[string]bool{"lead": true, "head": true}

// ledNouns name a group sent or formed to act together, which a person
// leads apart from the body it comes from ("a mission from the African
// Union, led by X").
var ledNouns = map[string]bool{"mission": true, "delegation": true, "team": true, "panel": true, "contingent": true, "squad": true}

// ledGroup returns the unit of the group a reduced "led by" or "headed
// by" after the noun phrase at k leads: the group noun before "from" when
// the phrase at k only says where the group comes from ("An observer
// mission from the African Union (AU), led by X": X leads the mission,
// not the union), else k. A group "of" a body ("the delegation of
// Norway, led by X") is the body's own and stands for it.
func ledGroup(st *sentState, k int) int {
	u, doc := st.units, st.doc
	if k-2 < 0 || u[k].kind != uNP || u[k-1].kind != uP || u[k-2].kind != uNP {
		return k
	}
	if doc.Tokens[u[k-1].a].Lower != "from" || u[k-1].b-u[k-1].a != 1 {
		return k
	}
	if h := &doc.Tokens[u[k-2].head]; !ledNouns[h.Lower] || isCap(h.Text) {
		return k
	}
	return k - 2
}

// ledClauseSubject returns the subject of the clause before a reduced
// "led by" set off by a comma when the noun phrase before the comma is
// the clause's object and names no actor ("Six senators broke ranks, led
// by X": X leads the senators, not the ranks); nil otherwise.
func (r *RelationStage) ledClauseSubject(st *sentState, vi, pu int, lemma string) []Arg {
	u, doc := st.units, st.doc
	if !ledVerbs[lemma] || doc.presplit || pu != vi-2 || pu < 1 || u[pu-1].kind != uVG || !finiteVG(doc, &u[pu-1]) {
		return nil
	}
	h := &doc.Tokens[u[pu].head]
	if u[pu].ent >= 0 || u[pu].poss >= 0 || isCap(h.Text) || r.lex.peopleNouns[h.Lower] || ledNouns[h.Lower] || seatNouns[h.Lower] ||
		bodyNouns[h.Lower] || groupWords[h.Lower] || r.lex.orgWords[h.Lower] || r.lex.roles[r.lex.nounLemma(h.Lower)] {
		return nil
	}
	return r.subject(st, pu-1)
}

// ledMembers returns a, the group a person leads, without the body that
// possesses it when a names the body's members ("nine of its senators,
// led by X": X leads the nine, not the party), written with the count
// before it; a itself otherwise.
func ledMembers(doc *Document, a Arg) Arg {
	if a.Poss < 0 || a.Entity >= 0 && a.Entity != a.Poss {
		return a
	}
	t, e := doc.tokenFrom(a.Span.Start), doc.tokenFrom(a.Span.End)-1
	if t+2 <= e && doc.Tokens[t+1].Lower == "of" && countedOf(doc, t+2) == t {
		t += 2 // the phrase already has its count
	}
	if t >= len(doc.Tokens) || e < t || !possessiveWord(doc.Tokens[t].Lower) || !seatNouns[doc.Tokens[e].Lower] {
		return a
	}
	t = countedOf(doc, t) // "nine of its senators"
	a.Entity, a.Poss = -1, -1
	a.Span.Start = doc.Tokens[t].Span.Start
	a.Text = doc.Text[a.Span.Start:a.Span.End]
	return a
}

// betweenAfter returns the unit of the "between" that follows the noun
// phrase at k, directly or after one place or time phrase ("talks in New
// Delhi between A and B", "a call on Friday between A and B"), with a
// noun phrase after it; -1 if none.
func betweenAfter(st *sentState, k int) int {
	u, doc := st.units, st.doc
	b := k + 1
	if b < len(u) && u[b].kind == uVG && (happenVerbs[doc.Tokens[u[b].head].Lemma] || u[b].prt >= 0 && happenVerbs[doc.Tokens[u[b].head].Lemma+" "+doc.Tokens[u[b].prt].Lower]) && !u[b].negated && !u[b].modal {
		// "talks were held in Beijing between A and B", "talks took
		// place on Friday between A and B"
		b++
		if doc.Tokens[u[b-1].head].Lemma == "take" && b < len(u) && u[b].kind == uNP && doc.Tokens[u[b].head].Lower == "place" {
			b++
		}
	} else if b+1 < len(u) && u[b].kind == uVG && u[b].b-u[b].a == 1 && (doc.Tokens[u[b].head].Tag == "VBN" || doc.Tokens[u[b].head].Tag == "VBD") && madeEventVerbs[doc.Tokens[u[b].head].Lemma] && !doc.presplit {
		// "a deal struck last week between A and B", "the accord
		// signed on Monday between A and B": the event's making (a
		// participle the tagger may read as a past tense)
		b++
		if u[b].kind == uNP && u[b].ent < 0 && timeWords[doc.Tokens[u[b].head].Lower] {
			b++
		}
	}
	for n := 0; n < 2 && b+2 < len(u) && u[b].kind == uP && u[b+1].kind == uNP; n++ {
		switch doc.Tokens[u[b].a].Lower {
		case "in", "on", "at":
			b += 2
			continue
		}
		break
	}
	if b+1 < len(u) && u[b].kind == uP && doc.Tokens[u[b].a].Lower == "between" && u[b+1].kind == uNP {
		return b
	}
	return -1
}

// appositivePair reads "A, the secretary of X's council, and B, Y's
// adviser" from unit k: the named phrase at k and the named phrase after
// the "and" that closes A's apposition; nil if the phrase is not so.
func (r *RelationStage) appositivePair(st *sentState, k int) []Arg {
	u, doc := st.units, st.doc
	if k+3 >= len(u) || u[k].kind != uNP || u[k].ent < 0 || u[k+1].kind != uComma {
		return nil
	}
	for j := k + 2; j+1 < len(u) && j < k+12; j++ {
		switch u[j].kind {
		case uNP, uP:
			continue
		case uComma:
			if u[j+1].kind == uCC && doc.Tokens[u[j+1].a].Lower == "and" && j+2 < len(u) && u[j+2].kind == uNP && u[j+2].ent >= 0 && u[j+2].ent != u[k].ent {
				return []Arg{r.arg(st, &u[k]), r.arg(st, &u[j+2])}
			}
		}
		return nil
	}
	return nil
}

// madeEventVerbs, as participles after an event noun, say that its
// parties made it ("a deal struck between A and B").
var madeEventVerbs = map[string]bool{"strike": true, "reach": true, "sign": true, "agree": true, "conclude": true, "seal": true, "negotiate": true}

// happenVerbs say that an event took place, between its noun and the
// "between" that names its parties.
var happenVerbs = map[string]bool{"hold": true, "take": true, "begin": true, "resume": true, "open": true, "start": true, "continue": true,
	"erupt": true, "break out": true}

// nounCtx is the context of an act a noun phrase names: reported inside a
// speaker's quotation, denied by "no".
func nounCtx(st *sentState, u *unit) clauseCtx {
	c := clauseCtx{modality: schema.Asserted, conf: 0.9}
	if st.speaker >= 0 && st.doc.Tokens[u.head].Quote {
		c.modality = schema.Reported
	}
	c.negated = u.no
	return c
}

// roundNouns count sessions of an event ("rounds of talks").
var roundNouns = map[string]bool{"round": true, "rounds": true, "series": true, "hours": true, "days": true, "weeks": true, "months": true, "session": true, "sessions": true,
	"hour": true, "day": true, "week": true, "month": true, "weekend": true, "night": true, "years": true}

// measuredEvent returns the unit of the event noun that the first
// complement of verb group vi (preposition token prep, -1 for an
// object, and noun phrase unit cu) measures in rounds or time ("held two
// rounds of talks", "held more than three hours of talks": the talks),
// or -1. A measure of time may have been set aside as a time phrase, so
// that the first complement is the "of" phrase after it.
func measuredEvent(doc *Document, units []unit, vi, prep, cu int) int {
	if cu < 0 {
		return -1
	}
	m := cu // the measure
	if prep >= 0 {
		if doc.Tokens[prep].Lower != "of" {
			return -1
		}
		m -= 2
	}
	if m <= vi || m+2 >= len(units) || units[m].kind != uNP || !roundNouns[doc.Tokens[units[m].head].Lower] ||
		units[m+1].kind != uP || doc.Tokens[units[m+1].a].Lower != "of" || units[m+2].kind != uNP {
		return -1
	}
	for k := vi + 1; k < m; k++ {
		if units[k].kind != uAdv {
			return -1 // ("more than three hours of talks")
		}
	}
	return m + 2
}

// partiesOf returns the named items of a list of parties, a plural
// phrase among them ("the two neighbours") resolved to its pair.
func (r *RelationStage) partiesOf(st *sentState, list []Arg, exclude []int) []Arg {
	var out []Arg
	for _, p := range list {
		if p.Entity < 0 && p.Poss >= 0 && bodyNouns[toLower(lastWord(p.Text))] && len(strings.Fields(p.Text)) <= 4 {
			p.Entity, p.Poss = p.Poss, -1 // "CPG management", "Acme's board": the body's organisation
		}
		if p.Entity >= 0 {
			out = append(out, p)
		} else if len(list) == 1 {
			out = append(out, r.namedPair(st, p, exclude...)...)
		}
	}
	return out
}

// eventAgent returns the agent of an event noun phrase given as a, when
// "from" or "by" and a named agent follow it ("the offer from Brandex").
func (r *RelationStage) eventAgent(st *sentState, a Arg) (Arg, bool) {
	if a.Entity >= 0 || a.Poss >= 0 {
		return Arg{}, false
	}
	doc := st.doc
	u := st.units
	for k := range u {
		if u[k].kind != uNP || doc.Tokens[u[k].a].Span.Start != a.Span.Start {
			continue
		}
		if _, ok := r.lex.events[doc.Tokens[u[k].head].Lower]; !ok || k+2 >= len(u) || u[k+1].kind != uP || u[k+2].kind != uNP || u[k+2].ent < 0 {
			return Arg{}, false
		}
		if p := doc.Tokens[u[k+1].a].Lower; p != "from" && p != "by" {
			return Arg{}, false
		}
		return r.arg(st, &u[k+2]), true
	}
	return Arg{}, false
}

// patientActs are act nouns whose possessor is the one acted on unless
// "of" names that one: "Fellah's arrest" (Fellah was arrested), but
// "Borovia's execution of Fellah" (Borovia executed him).
var patientActs = map[string]bool{"execution": true, "arrest": true, "detention": true, "extradition": true, "deportation": true,
	"sacking": true, "dismissal": true, "ouster": true}

// ofByActs are acts done to someone that "the ACT of Y by X" names with
// its doer after "by" ("the arrest of two reporters by military police").
var ofByActs = map[string]bool{"execution": true, "executions": true, "arrest": true, "arrests": true, "detention": true, "detentions": true,
	"extradition": true, "extraditions": true, "deportation": true, "deportations": true, "sacking": true, "dismissal": true, "dismissals": true,
	"ouster": true, "expulsion": true, "expulsions": true}

// actOfBy returns, for the act noun phrase at unit k followed by "of",
// the people or things it was done to (a list joined by "and" or commas,
// named or not) and the actor after the "by" that ends them: a name, a
// group of a named body ("Velmoran officials") or an unnamed force or
// body ("the Ostrian navy", "military police"). It returns no patients
// when the phrase has no such shape.
func (r *RelationStage) actOfBy(st *sentState, k int) (Arg, []Arg) {
	doc, u := st.doc, st.units
	if k+4 >= len(u) || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "of" {
		return Arg{}, nil
	}
	var patients []Arg
	j := k + 2
	for ; j < len(u) && j < k+10; j++ {
		if u[j].kind != uNP || r.isTime(st, &u[j]) || doc.Tokens[u[j].head].Tag == "PRP" {
			return Arg{}, nil
		}
		p := r.arg(st, &u[j])
		if len(patients) > 0 && doc.Tokens[u[j].a].Tag == "PRP$" {
			// "six boats and their crews": the possessive is the
			// conjunct before, whom the phrase does not name
			p.Entity, p.Poss = -1, -1
		}
		patients = append(patients, p)
		if j+1 < len(u) && (u[j+1].kind == uCC && doc.Tokens[u[j+1].a].Lower == "and" || u[j+1].kind == uComma && j+2 < len(u) && u[j+2].kind == uNP) {
			j++
			continue
		}
		break
	}
	j++
	if j+1 >= len(u) || u[j].kind != uP || doc.Tokens[u[j].a].Lower != "by" || u[j+1].kind != uNP || r.isTime(st, &u[j+1]) {
		return Arg{}, nil
	}
	agent := r.arg(st, &u[j+1])
	if agent.Entity < 0 {
		agent.Entity = r.npActor(st, j+1)
	}
	if h := doc.Tokens[u[j+1].head].Lower; agent.Entity < 0 && (agent.Poss >= 0 || !bodyNouns[h] && !forceNouns[h] && h != "guard") {
		return Arg{}, nil
	}
	for _, p := range patients {
		if p.Entity >= 0 && p.Entity == agent.Entity {
			return Arg{}, nil
		}
	}
	return agent, patients
}

// nominals emits relations named by event nouns: "a call between A and
// B", "X's meeting with Y", "X's sanctions on Y", "Trump's Moscow
// sanctions".
func (r *RelationStage) nominals(st *sentState) {
	doc := st.doc
	u := st.units
	for k := range u {
		if u[k].kind != uNP {
			continue
		}
		head := doc.Tokens[u[k].head].Lower
		ev, ok := r.lex.events[head]
		// "the sale of Hobart Mills to Quenta Labs": the one it is sold
		// to buys it
		sale := head == "sale" && k+4 < len(u) && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "of" && u[k+2].kind == uNP && u[k+2].ent >= 0 &&
			u[k+3].kind == uP && doc.Tokens[u[k+3].a].Lower == "to" && u[k+4].kind == uNP && u[k+4].ent >= 0 && u[k+4].ent != u[k+2].ent
		if !ok && !sale {
			continue
		}
		c := nounCtx(st, &u[k])
		if k > 0 && u[k-1].kind == uVG {
			// "called off its attack on X", "plans talks with X": the verb
			// that governs the event decides whether it happened
			vg := &u[k-1]
			l := doc.Tokens[vg.head].Lemma
			if vg.prt >= 0 {
				l += " " + doc.Tokens[vg.prt].Lower
			}
			switch {
			case cancelVerbs[l] || withdrawVerbs[l] && heldStances[ev.lemma]:
				// "withdrew its support for X": the support is over
				c.negated = !c.negated
			case planVerbs[l] || vg.modal || hostVerbs[l] && k > 1 && u[k-2].kind == uTo:
				// "plans talks with X", "would hold talks", "offered to
				// host talks between A and B": still to come
				c.modality = schema.Hypothetical
				c.conf *= 0.75
			}
			if vg.negated {
				c.negated = !c.negated
			}
		}
		if sale {
			r.emit(st, -1, r.arg(st, &u[k+4]), r.arg(st, &u[k+2]), "buy", "sale to", c, 0.7, false)
			continue
		}
		ptext := doc.Tokens[u[k].head].Text
		// "between A and B", "talks in Delhi between A and B"
		if b := betweenAfter(st, k); b > k {
			list, _ := r.npList(st, b+1)
			if len(list) < 2 {
				if two := r.appositivePair(st, b+1); two != nil {
					list = two
				} else if len(list) == 1 && list[0].Entity < 0 {
					// "talks between the two sides", "a row between the
					// two neighbours": the pair the phrase stands for,
					// never whoever hosts or brokers the talks ("Oslo
					// offered to host talks between the two sides")
					var ex []int
					if vi := clauseVerbBefore(u, k); vi >= 0 && hostVerbs[doc.Tokens[u[vi].head].Lemma] {
						subj := r.subject(st, vi)
						if !slices.ContainsFunc(subj, func(a Arg) bool { return a.Entity >= 0 }) && vi > 0 && u[vi-1].kind == uTo {
							// "Oslo was ready to host talks": the subject
							// of the clause the infinitive completes
							if c := clauseVerbBefore(u, vi-1); c >= 0 {
								subj = r.subject(st, c)
							}
						}
						for _, a := range subj {
							if a.Entity >= 0 {
								ex = append(ex, a.Entity)
							}
						}
					}
					if p := b + 2; p+1 < len(u) && u[p].kind == uP && u[p+1].kind == uNP && sideFolk(doc.Tokens[u[b+1].head].Lower) {
						switch doc.Tokens[u[p].a].Lower {
						case "from", "of", "on":
							// "talks between delegations from the two
							// neighbours": the sides they come from
							list = []Arg{r.arg(st, &u[p+1])}
						}
					}
					list = r.partiesOf(st, list, ex)
				}
			}
			if len(list) >= 2 {
				r.emit(st, -1, list[0], list[1], ev.lemma, ptext+" between", c, 0.8, false)
			}
			if ev.symmetric {
				// "the pact between the Varn Party, the Tessel Movement
				// and the Orla Union": each named party with each other
				for i := 0; i < len(list); i++ {
					for j := max(i+1, 2); j < len(list); j++ {
						if list[i].Entity >= 0 && list[j].Entity >= 0 && list[i].Entity != list[j].Entity {
							r.emit(st, -1, list[i], list[j], ev.lemma, ptext+" between", c, 0.8, false)
						}
					}
				}
			}
			continue
		}
		// "the Putin-Trump call", "the Fiat-GM alliance"
		for t := u[k].a; t < u[k].head; t++ {
			w := doc.Tokens[t]
			i := strings.IndexByte(w.Text, '-')
			if i <= 0 || i == len(w.Text)-1 || !isCap(w.Text) || !isCap(w.Text[i+1:]) {
				continue
			}
			a, okA := st.names[toLower(w.Text[:i])]
			b, okB := st.names[toLower(w.Text[i+1:])]
			if okA && okB && a != b {
				sp := w.Span
				r.emit(st, -1, Arg{Entity: a, Poss: -1, Span: sp, Text: w.Text[:i]}, Arg{Entity: b, Poss: -1, Span: sp, Text: w.Text[i+1:]}, ev.lemma, ptext, c, 0.7, false)
			}
		}
		poss := u[k].poss
		if poss < 0 && ev.symmetric && k+2 < len(u) && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "of" && u[k+2].kind == uNP && u[k+2].ent >= 0 {
			// "the merger of A and B": the pair the event joins
			if list, _ := r.npList(st, k+2); len(list) == 2 && list[0].Entity >= 0 && list[1].Entity >= 0 {
				r.emit(st, -1, list[0], list[1], ev.lemma, ptext+" of", c, 0.7, false)
				continue
			}
		}
		if poss < 0 {
			// "the criticism of Y by X", "the takeover of Y by X"
			if !ev.symmetric && k+4 < len(u) && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "of" && u[k+2].kind == uNP && u[k+2].ent >= 0 &&
				u[k+3].kind == uP && doc.Tokens[u[k+3].a].Lower == "by" && u[k+4].kind == uNP && u[k+4].ent >= 0 {
				list, _ := r.npList(st, k+4)
				for _, a := range list {
					r.emit(st, -1, a, r.arg(st, &u[k+2]), ev.lemma, ptext+" of", c, 0.7, false)
				}
				continue
			}
			// "the detention of six boats and their crews by the Ostrian
			// navy", "the expulsion of a diplomat by Velmora": an act done
			// to whoever follows "of", named or not, by the actor after
			// "by"
			if !ev.symmetric && ofByActs[head] && !doc.presplit {
				if agent, patients := r.actOfBy(st, k); len(patients) > 0 {
					for _, p := range patients {
						r.emit(st, -1, agent, p, ev.lemma, ptext+" of", c, 0.7, false)
					}
					continue
				}
			}
			// "a hostile bid for the chipmaker by Broadcom", "an attack on
			// Y by X": the target first, then the actor
			if !ev.symmetric && k+4 < len(u) && u[k+1].kind == uP && u[k+2].kind == uNP && u[k+3].kind == uP && doc.Tokens[u[k+3].a].Lower == "by" && u[k+4].kind == uNP {
				switch doc.Tokens[u[k+1].a].Lower {
				case "for", "on", "against", "into":
					y, x := r.npActor(st, k+2), r.npActor(st, k+4)
					if y >= 0 && x >= 0 && x != y && !r.isTime(st, &u[k+2]) {
						agent, target := r.arg(st, &u[k+4]), r.arg(st, &u[k+2])
						agent.Entity, target.Entity = x, y
						r.emit(st, -1, agent, target, ev.lemma, ptext+" "+doc.Tokens[u[k+1].a].Text, c, 0.7, false)
						continue
					}
				}
			}
			// "After talks with X, Y withdrew": Y talked with X; "In a
			// letter to X, Y said": Y wrote to X
			if k == 1 && u[0].kind == uP && k+2 < len(u) && u[k+1].kind == uP && u[k+2].kind == uNP && u[k+2].ent >= 0 {
				if p := doc.Tokens[u[k+1].a].Lower; ev.symmetric && p == "with" || !ev.symmetric && p == "to" {
					if pu := frontedPatient(st, k); pu >= 0 && u[pu].ent >= 0 && u[pu].ent != u[k+2].ent {
						r.emit(st, -1, r.arg(st, &u[pu]), r.arg(st, &u[k+2]), ev.lemma, ptext+" "+p, c, 0.7, false)
					}
				}
			}
			// "a lawsuit filed by X against Y", "the complaint, lodged by
			// X against Y,": the participle of filing comes between the
			// noun and its author, the target after them
			f := k + 1
			if f < len(u) && u[f].kind == uComma {
				f++
			}
			if f+4 < len(u) && u[f].kind == uVG && !u[f].aux && doc.Tokens[u[f].head].Tag == "VBN" && fileVerbs[doc.Tokens[u[f].head].Lemma] &&
				u[f+1].kind == uP && doc.Tokens[u[f+1].a].Lower == "by" && u[f+2].kind == uNP && u[f+3].kind == uP && doc.Tokens[u[f+3].a].Lower == "against" &&
				u[f+4].kind == uNP && u[f+4].ent >= 0 && !ev.symmetric && !doc.presplit {
				if a := r.npActor(st, f+2); a >= 0 && a != u[f+4].ent {
					agent := r.arg(st, &u[f+2])
					agent.Entity = a
					r.emit(st, -1, agent, r.arg(st, &u[f+4]), ev.lemma, ptext+" against", c, 0.7, false)
				}
			}
			// "a bid from Rangers for Ferguson", "an attack by X on Y",
			// "an investigation by Commission officials into Y"
			if k+2 < len(u) && u[k+1].kind == uP && u[k+2].kind == uNP && r.npActor(st, k+2) >= 0 {
				switch doc.Tokens[u[k+1].a].Lower {
				case "from", "by", "of":
					agent := r.arg(st, &u[k+2])
					agent.Entity = r.npActor(st, k+2)
					if k == 1 && u[0].kind == uP && !ev.symmetric {
						// "Under pressure from X, Y withdrew": X acts on Y
						if pu := frontedPatient(st, k); pu >= 0 && u[pu].ent >= 0 && u[pu].ent != agent.Entity {
							r.emit(st, -1, agent, r.arg(st, &u[pu]), ev.lemma, doc.Tokens[u[0].a].Text+" "+ptext+" "+doc.Tokens[u[k+1].a].Text, c, 0.7, false)
						}
					}
					if doc.Tokens[u[k+1].a].Lower == "of" {
						break
					}
					if k+4 < len(u) && u[k+3].kind == uP && u[k+4].kind == uNP && u[k+4].ent >= 0 {
						switch doc.Tokens[u[k+3].a].Lower {
						case "for", "to", "on", "against", "with", "into":
							r.emit(st, -1, agent, r.arg(st, &u[k+4]), ev.lemma, ptext+" "+doc.Tokens[u[k+3].a].Text, c, 0.7, false)
						}
					}
				}
			}
			continue
		}
		possArg := Arg{Poss: -1, Entity: poss, Span: r.arg(st, &u[k]).Span, Text: doc.Entities[poss].Name}
		if patientActs[head] && (k+1 >= len(u) || u[k+1].kind != uP || doc.Tokens[u[k+1].a].Lower != "of") {
			// "Fellah's arrest by the police": the police arrested
			// Fellah; "Fellah's arrest on Monday": no agent named
			if k+2 < len(u) && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "by" && u[k+2].kind == uNP {
				if a := r.npActor(st, k+2); a >= 0 && a != poss {
					agent := r.arg(st, &u[k+2])
					agent.Entity = a
					r.emit(st, -1, agent, possArg, ev.lemma, ptext+" by", c, 0.7, false)
				}
			}
			continue
		}
		// a name modifier between the possessor and the head
		for t := u[k].posTok + 1; t > 0 && t < u[k].head; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Entity != poss {
				mm := &doc.Mentions[m]
				r.emit(st, -1, possArg, Arg{Poss: -1, Entity: mm.Entity, Span: mm.Span, Text: doc.Text[mm.Span.Start:mm.Span.End]}, ev.lemma, ptext, c, 0.7, false)
				break
			}
		}
		if o := quotedTitleNoun(doc, u, k+2); o > k+2 && u[k+1].kind == uP && doc.Tokens[u[k+1].a].Lower == "of" {
			// "Zandor Corp's planned takeover of "Skyfall" maker
			// Pellinex Systems": the maker, past the title that
			// describes it
			if o := r.arg(st, &u[o]); o.Entity >= 0 && o.Entity != poss {
				r.emit(st, -1, possArg, o, ev.lemma, ptext+" of", c, 0.75, false)
			}
			continue
		}
		if k+2 < len(u) && u[k+1].kind == uP && u[k+2].kind == uNP {
			switch doc.Tokens[u[k+1].a].Lower {
			case "with", "on", "against", "for", "to", "over", "into", "of", "in":
				if doc.Tokens[u[k+1].a].Lower == "of" && ev.symmetric || doc.Tokens[u[k+1].a].Lower == "in" && (ev.symmetric || k > 0 && u[k-1].kind == uVG) {
					// "Trump's meeting of minds", "X's talks in Vienna",
					// "bought the state's stake in Y" (no longer the state's)
					break
				}
				if r.isTime(st, &u[k+2]) {
					// "a target of Drenland's attacks for years": how
					// long, not whom
					break
				}
				if ev.lemma == "approach" && doc.Tokens[u[k+1].a].Lower != "for" {
					// "Halvex's approach for Zendara" is a bid, but
					// "Velmora's approach to Ostrava" is a way of dealing
					break
				}
				if ev.lemma == "own" && doc.Tokens[u[k+1].a].Lower != "in" && doc.Tokens[u[k+1].a].Lower != "of" {
					// "agreed to sell its stake to Dastria Group": the
					// buyer, not what the stake is in
					break
				}
				// "Zelco's talks with Quenta Labs and with Rivola Group": the
				// preposition repeated for each partner
				list, e := r.npList(st, k+2)
				list, _ = r.prepConjuncts(st, list, e, doc.Tokens[u[k+1].a].Lower, false, nil)
				for _, o := range list {
					if doc.Tokens[u[k+1].a].Lower == "of" && o.Entity < 0 {
						if o.Poss < 0 || o.Poss == poss {
							continue // "X's war of attrition"
						}
						// "Chile's expulsion of Peru's ambassador": Peru
						o = Arg{Entity: o.Poss, Poss: -1, Span: o.Span, Text: doc.Entities[o.Poss].Name}
					}
					if doc.Tokens[u[k+1].a].Lower == "in" && (o.Entity < 0 || doc.Entities[o.Entity].Type == schema.Location) {
						continue // "X's stake in Y", not "X's war in the east"
					}
					r.emit(st, -1, possArg, o, ev.lemma, ptext+" "+doc.Tokens[u[k+1].a].Text, c, 0.75, false)
				}
			}
		}
	}
}

// quotedTitleNoun returns, when unit j opens a quoted title that modifies
// the noun phrase right after it ("of "Skyfall" maker Pellinex"), that
// noun phrase's unit; else -1.
func quotedTitleNoun(doc *Document, u []unit, j int) int {
	if j >= len(u) || u[j].kind != uQuote {
		return -1
	}
	// the title: names and prepositions up to the closing quote ("Lord of
	// Storms"), no clause
	m := j + 1
	for m < len(u) && m < j+7 && (u[m].kind == uNP || u[m].kind == uP || u[m].kind == uCC) {
		m++
	}
	if m == j+1 || m+1 >= len(u) || u[m].kind != uQuote || u[m+1].kind != uNP || u[m+1].a != u[m].b {
		return -1
	}
	if w := doc.Tokens[u[m+1].a]; isCap(w.Text) || !isNounTag(w.Tag) {
		return -1 // "of "Skyfall" Pellinex said": no common noun the title describes
	}
	return m + 1
}

// bidTarget finds the company s was said to bid for, make an offer for
// or approach before a, the latest first.
func (r *RelationStage) bidTarget(st *sentState, s, a Arg) (Arg, bool) {
	doc := st.doc
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Role || rel.Negated || rel.Subj.Entity != s.Entity || rel.Obj.Entity < 0 || rel.Obj.Entity == s.Entity || rel.Span.Start >= a.Span.Start {
			continue
		}
		switch rel.Pred {
		case "bid", "offer", "approach":
			out := a
			out.Entity, out.Poss = rel.Obj.Entity, -1
			return out, true
		}
	}
	// "a rival bidder, X, had offered 38 euros a share": a price per share
	// is offered for the company the story says is being bought
	rest := doc.Text[a.Span.End:min(len(doc.Text), a.Span.End+12)]
	if t := toLower(a.Text + rest); strings.Contains(t, " a share") || strings.Contains(t, " per share") {
		for i := len(doc.Relations) - 1; i >= 0; i-- {
			rel := &doc.Relations[i]
			if rel.Role || rel.Negated || rel.Obj.Entity < 0 || rel.Obj.Entity == s.Entity || rel.Span.Start >= a.Span.Start {
				continue
			}
			switch rel.Pred {
			case "buy", "acquire", "take", "bid", "offer", "approach", "merge":
				if doc.Entities[rel.Obj.Entity].Type == schema.Organization {
					out := a
					out.Entity, out.Poss = rel.Obj.Entity, -1
					return out, true
				}
			}
		}
	}
	return Arg{}, false
}

// shareObject reports whether a noun phrase is a share of a company with
// no company named in it: "6 percent", "9% of the shares", "a 35
// percent stake".
func shareObject(doc *Document, u *unit) bool {
	h := doc.Tokens[u.head].Lower
	if !(shareHead(h) || h == "stake" && u.head > u.a && (doc.Tokens[u.head-1].Tag == "CD" || shareHead(doc.Tokens[u.head-1].Lower))) {
		return false
	}
	return true
}

// ownsShareOf reports whether the text of a share phrase says whose share
// it is ("17% of Puna", "9% of the operator", "a stake in X"; not "9% of
// the shares").
func ownsShareOf(text string) bool {
	t := toLower(text)
	for _, end := range []string{" of the shares", " of shares", " of the stock"} {
		t = strings.TrimSuffix(t, end)
	}
	return strings.Contains(t, " of ") || strings.Contains(t, " in ")
}

// shareTarget finds the company a share held by s is a share of: the
// organisation whose shareholder the sentence calls s before the share
// ("Acme's second-largest shareholder, Veld Capital, which holds 9
// percent"), else the organisation, other than s, that the story last said
// was bought, bid for or owned before a, in the sentences just before or
// in the story's lead, which says what company the story is about.
func (r *RelationStage) shareTarget(st *sentState, s, a Arg) (Arg, bool) {
	doc := st.doc
	if e := r.holderPossessor(st, a.Span.Start); e >= 0 && e != s.Entity {
		out := a
		out.Entity, out.Poss = e, -1
		return out, true
	}
	for i := len(doc.Relations) - 1; i >= 0; i-- {
		rel := &doc.Relations[i]
		if rel.Role || rel.Negated || rel.Obj.Entity < 0 || rel.Obj.Entity == s.Entity || rel.Subj.Entity == s.Entity || rel.Span.Start >= a.Span.Start || rel.Sent < st.si-6 && rel.Sent > shareLead {
			continue
		}
		switch rel.Pred {
		case "buy", "acquire", "take", "bid", "offer", "approach", "own", "hold":
			if doc.Entities[rel.Obj.Entity].Type == schema.Organization {
				out := a
				out.Entity, out.Poss = rel.Obj.Entity, -1
				return out, true
			}
		}
	}
	return Arg{}, false
}

// shareLead is the last sentence of a story's lead (headline, dateline
// and first sentence), where a bid or a takeover it names is what the
// whole story is about.
const shareLead = 3

// holderPossessor returns the organisation whose possessive names a
// shareholder in the sentence before offset end ("Acme's largest
// shareholder", "the company's second-largest investor"), -1 if none.
func (r *RelationStage) holderPossessor(st *sentState, end int) int {
	doc := st.doc
	s := doc.Sentences[st.si]
	for t := s.First + 2; t < s.Last && doc.Tokens[t].Span.Start < end; t++ {
		if !stakeRoles[r.lex.nounLemma(doc.Tokens[t].Lower)] {
			continue
		}
		p := t - 1 // back over the ranking words to the possessive
		for p > s.First && p > t-4 && (doc.Tokens[p].Tag == "JJ" || doc.Tokens[p].Tag == "JJS" || doc.Tokens[p].Tag == "JJR" || doc.Tokens[p].Tag == "RBS") {
			p--
		}
		if doc.Tokens[p].Tag != "POS" {
			continue
		}
		if m := doc.TokMention[p-1]; m >= 0 && doc.Mentions[m].Entity >= 0 && doc.Entities[doc.Mentions[m].Entity].Type == schema.Organization {
			return doc.Mentions[m].Entity
		}
	}
	return -1
}

// topicPreps open a gerund clause whose subject is the finite verb's and
// that names a topic, not a deed: "talks about combining".
var topicPreps = map[string]bool{"about": true, "over": true}

// bargainVerbs make or answer a demand or an offer whose other party a
// story about two sides often leaves unsaid ("The union is demanding a
// 12% rise", "Nordhavn has offered 4.5%").
var bargainVerbs = map[string]bool{"demand": true, "offer": true, "propose": true, "reject": true, "refuse": true, "accept": true}

// raiseVerbs improve one's own offer ("raised its offer", "sweetened its
// bid").
var raiseVerbs = map[string]bool{"raise": true, "increase": true, "improve": true, "sweeten": true, "lift": true, "boost": true}

// bargainObjects are what one side of a bargain rejects or accepts from
// the other.
var bargainObjects = map[string]bool{"offer": true, "offers": true, "proposal": true, "proposals": true, "demand": true, "demands": true,
	"request": true, "terms": true, "compromise": true, "deal": true, "plan": true, "bid": true, "approach": true, "package": true,
	"remedies": true, "concessions": true, "commitments": true, "undertakings": true}

// counterpart gives a bargaining verb whose object names no party the
// other actor of the pair in focus: in a story about a union and a
// company, "The union is demanding a 12% rise" is a demand on the
// company. rel0 is where the clause's relations start.
func (r *RelationStage) counterpart(st *sentState, vi int, lemma string, subj []Arg, args []Arg, passive bool, c clauseCtx, rel0 int) {
	doc := st.doc
	if doc.presplit || passive || len(subj) != 1 || subj[0].Entity < 0 || len(args) == 0 || c.question {
		return
	}
	s := subj[0]
	if raiseVerbs[lemma] && args[0].Poss == s.Entity && args[0].Entity < 0 {
		// "Kraft raised its offer to 840 pence": an offer, to the other side
		switch h := headWord(args[0].Text); h {
		case "offer", "bid":
			lemma = h
			args = args[1:]
		}
	}
	if !bargainVerbs[lemma] && lemma != "bid" {
		return
	}
	if t := doc.Entities[s.Entity].Type; t != schema.Organization && t != schema.Country {
		return
	}
	for _, a := range args {
		if a.Entity >= 0 || a.Poss >= 0 {
			return // the party is named: "rejected Acme's offer", "offered X a seat"
		}
	}
	if (lemma == "reject" || lemma == "refuse" || lemma == "accept") && !bargainObjects[headWord(args[0].Text)] {
		return // "accepted the penalty", "rejected part of the complaint": no bargain
	}
	for k := rel0; k < len(doc.Relations); k++ {
		if doc.Relations[k].Obj.Entity >= 0 {
			return // answered already: "rejected the offer" went to its maker
		}
	}
	o := r.otherSide(st, s, 4)
	if o < 0 {
		return
	}
	if t := doc.Entities[o].Type; t != schema.Organization && t != schema.Country {
		return
	}
	sp := st.units[vi].a
	arg := Arg{Entity: o, Poss: -1, Span: Span{doc.Tokens[sp].Span.Start, doc.Tokens[st.units[vi].b-1].Span.End}, Text: doc.Entities[o].Name}
	if len(args) > 0 {
		arg.Span = args[0].Span
	}
	r.emit(st, vi, s, arg, lemma, r.predText(st, &st.units[vi], -1), c, 0.5, false)
}

// thirdPerson reports whether a subject pronoun names one person other
// than the speaker may mean ("he", "she").
func thirdPerson(w string) bool { return w == "he" || w == "she" }

// sanctionVerbs are acts of a body that punishes, which a story repeats in
// the passive without naming the body again.
var sanctionVerbs = map[string]bool{"fine": true, "penalise": true, "penalize": true, "sanction": true, "ban": true, "bar": true, "punish": true}

// priorAgent returns the organisation or country that did the sanction
// lemma in an active clause at most six sentences back (the latest), for
// an agentless passive of the same verb whose patients are named.
func (r *RelationStage) priorAgent(st *sentState, lemma string, patients []Arg) (Arg, bool) {
	doc := st.doc
	if !doc.presplit && courtVerdicts[lemma] {
		return r.priorCourt(st, patients)
	}
	if doc.presplit || !sanctionVerbs[lemma] {
		return Arg{}, false
	}
	for _, p := range patients {
		if p.Entity < 0 {
			return Arg{}, false
		}
	}
	if datedSentence(doc, st.si) {
		return Arg{}, false // "X was fined in 2019": an earlier case
	}
	for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= st.si-6; i-- {
		rel := &doc.Relations[i]
		if rel.Sent >= st.si || rel.Pred != lemma || rel.Negated || rel.Role || rel.Subj.Entity < 0 || hasEntity(patients, rel.Subj.Entity) || passiveOpen(rel) {
			continue
		}
		if t := doc.Entities[rel.Subj.Entity].Type; t != schema.Organization && t != schema.Country {
			continue
		}
		a := rel.Subj
		a.Text = doc.Entities[a.Entity].Name
		return a, true
	}
	if lemma != "sanction" {
		// "A court jailed X ... Acme was fined 2 million cedis and barred
		// from public contracts": no body fined before, so the court that
		// gave the verdict punished the other party too
		return r.priorCourtOf(st, patients, true)
	}
	return Arg{}, false
}

// datedSentence reports whether sentence si names a year (a four-digit
// number from 1900 to 2099): a passive verdict or fine dated so tells an
// earlier case ("was convicted of corruption in 2018"), whose agent the
// story need not name.
func datedSentence(doc *Document, si int) bool {
	s := doc.Sentences[si]
	for t := s.First; t < s.Last; t++ {
		if yearToken(&doc.Tokens[t]) {
			return true
		}
	}
	return false
}

// yearToken reports whether tk is a year of this century or the last,
// written as a four-digit number ("2019", "1998").
func yearToken(tk *Token) bool {
	return tk.Tag == "CD" && len(tk.Text) == 4 && (strings.HasPrefix(tk.Text, "19") || strings.HasPrefix(tk.Text, "20"))
}

// passiveOpen reports whether rel is the open triple of an agentless
// passive, its patient as subject and a complement after the verb as
// object ("Acme was fined 2 million cedis"): the patient did nothing.
func passiveOpen(rel *Relation) bool {
	w, _, _ := strings.Cut(toLower(rel.PredText), " ")
	switch w {
	case "was", "were", "is", "are", "be", "been", "being":
		return rel.Obj.Span.Start >= rel.PredSpan.End
	}
	return false
}

// orderedToPay returns, for a passive "ordered" at unit vi followed by
// "to pay" and a sum ("was ordered to pay 3 million euros"), the unit of
// the sum, else -1.
func orderedToPay(st *sentState, vi int) int {
	doc, units := st.doc, st.units
	v := &units[vi]
	if !v.passive || doc.Tokens[v.head].Lemma != "order" || v.b >= len(doc.Tokens) || doc.Tokens[v.b].Lower != "to" {
		return -1
	}
	for k := vi + 1; k < len(units) && k <= vi+3; k++ {
		u := &units[k]
		if u.kind == uVG {
			if doc.Tokens[u.head].Lower != "pay" || k+1 >= len(units) || units[k+1].kind != uNP || !sumNP(doc, units[k+1].a, units[k+1].b) {
				return -1
			}
			return k + 1
		}
	}
	return -1
}

// priorPenalty returns the organisation or country that fined someone,
// or ordered someone to pay, in an active clause at most six sentences
// back (the latest), with that verb's lemma, for an agentless "was
// ordered to pay" whose patients are named.
func (r *RelationStage) priorPenalty(st *sentState, patients []Arg) (Arg, string, bool) {
	doc := st.doc
	if doc.presplit || len(patients) == 0 {
		return Arg{}, "", false
	}
	for _, p := range patients {
		if p.Entity < 0 {
			return Arg{}, "", false
		}
	}
	for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= st.si-6; i-- {
		rel := &doc.Relations[i]
		if rel.Sent >= st.si || rel.Pred != "fine" && rel.Pred != "order" || rel.Negated || rel.Role || rel.Subj.Entity < 0 || hasEntity(patients, rel.Subj.Entity) {
			continue
		}
		if rel.Modality != "" && rel.Modality != schema.Asserted && rel.Modality != schema.Reported {
			continue
		}
		if rel.Pred == "order" && !orderToPayAt(doc, rel.PredSpan.End, rel.Sent) {
			continue // "ordered the airline to stop": no penalty
		}
		if t := doc.Entities[rel.Subj.Entity].Type; t != schema.Organization && t != schema.Country {
			continue
		}
		a := rel.Subj
		a.Text = doc.Entities[a.Entity].Name
		return a, rel.Pred, true
	}
	return Arg{}, "", false
}

// orderToPayAt reports whether "to pay" follows byte offset at within a
// few words of sentence sent ("ordered two makers to pay").
func orderToPayAt(doc *Document, at, sent int) bool {
	t := doc.tokenFrom(at)
	for k := t; k < len(doc.Tokens) && k < t+10 && doc.Tokens[k].Sent == sent; k++ {
		if doc.Tokens[k].Lower == "to" && k+1 < len(doc.Tokens) && doc.Tokens[k+1].Lower == "pay" {
			return true
		}
	}
	return false
}

// sumNP reports whether the tokens [a, b) state only a sum of money ("40
// million euros", "$3bn", "12 million").
func sumNP(doc *Document, a, b int) bool {
	num := false
	for k := a; k < b; k++ {
		t := &doc.Tokens[k]
		if !sumToken(t) {
			return false
		}
		num = num || t.Tag == "CD" || amountWord(t.Text) || moneyAmount(t.Text)
	}
	return num
}

// sumToken reports whether a token can be part of a sum of money: a
// number, a currency sign or a currency ("million", "$3bn", "euros").
func sumToken(t *Token) bool {
	return t.Tag == "CD" || t.Tag == "$" || amountWord(t.Text) || moneyAmount(t.Text) || currencyWords[t.Lower]
}

// gappedSums returns the parties of a list that repeats a fine's verb
// only in its first item, each party followed by its own sum, after the
// sum at unit from ("Kestrel was fined 40 million euros, Harlan 30
// million euros and Ostby 12 million": Harlan and Ostby were fined too).
// A party and its sum may share one noun phrase ("its Dunmore unit 30
// million euros"); a group of parties that ends without a sum ends the
// list.
func (r *RelationStage) gappedSums(st *sentState, from int) []Arg {
	doc, units := st.doc, st.units
	if from < 0 || from >= len(units) || !sumNP(doc, units[from].a, units[from].b) {
		return nil
	}
	var out, group []Arg
	for k := from + 1; k < len(units); k++ {
		u := &units[k]
		switch {
		case u.kind == uComma || u.kind == uCC && doc.Tokens[u.a].Lower == "and":
			continue
		case u.kind != uNP:
			return out
		case sumNP(doc, u.a, u.b):
			if len(group) == 0 {
				return out
			}
			out, group = append(out, group...), nil
			continue
		case u.ent >= 0:
			group = append(group, r.arg(st, u))
			continue
		}
		// "its Dunmore unit 30 million euros": the sum ends the phrase
		// and a name before it is the party
		s := u.b
		for s > u.a && sumToken(&doc.Tokens[s-1]) {
			s--
		}
		if s == u.b || s == u.a || !sumNP(doc, s, u.b) {
			return out
		}
		party := -1
		for t := u.a; t < s; t++ {
			if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == NameMention && doc.Mentions[m].Entity >= 0 && doc.Mentions[m].Last <= s {
				party = m
			}
		}
		if party < 0 {
			return out
		}
		mm := &doc.Mentions[party]
		out = append(out, group...)
		out, group = append(out, Arg{Entity: mm.Entity, Poss: -1, Span: mm.Span, Text: doc.Entities[mm.Entity].Name}), nil
	}
	return out
}

// fineTakers are verbs whose subject takes a fine ("received the largest
// penalty", "paid a fine").
var fineTakers = map[string]bool{"receive": true, "get": true, "pay": true, "incur": true}

// fineNouns are the fines a body imposes.
var fineNouns = map[string]bool{"fine": true, "fines": true, "penalty": true, "penalties": true}

// answerActs answer, with no object, what was last done to their subject
// ("Colombia retaliated", "Moscow promised to reciprocate").
var answerActs = map[string]bool{"retaliate": true, "reciprocate": true}

// maxAnswerBack bounds how many sentences back the act a retaliation
// answers is looked for.
const maxAnswerBack = 3

// retaliation relates the subject of an object-less answer verb at vi to
// the actor that last acted on it, on its country or on its people
// ("Estonia expelled two Russian diplomats. Moscow promised to
// retaliate": Russia retaliates against Estonia); the promise to do so
// is aimed there too.
func (r *RelationStage) retaliation(st *sentState, vi int, subj []Arg, lemma string, c clauseCtx) {
	doc := st.doc
	v := &st.units[vi]
	for _, s := range subj {
		if s.Entity < 0 {
			continue
		}
		target := -1
		for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= st.si-maxAnswerBack; i-- {
			rel := &doc.Relations[i]
			if rel.Role || rel.Negated || rel.Modality == schema.Hypothetical || rel.Subj.Entity < 0 || rel.Subj.Entity == s.Entity || !actorEntity(doc, rel.Subj.Entity) {
				continue
			}
			if rel.Obj.Entity == s.Entity || rel.Obj.Poss == s.Entity || rel.Obj.Entity >= 0 && doc.Entities[rel.Obj.Entity].Nation == s.Entity || demonymOf(doc, rel.Obj) == s.Entity {
				target = rel.Subj.Entity
				break
			}
		}
		if target < 0 {
			continue
		}
		o := Arg{Entity: target, Poss: -1, Span: Span{doc.Tokens[v.a].Span.Start, doc.Tokens[v.b-1].Span.End}, Text: doc.Entities[target].Name}
		r.emit(st, vi, s, o, lemma, r.predText(st, v, -1), c, 0.6, false)
		if l, ok := st.lift[vi]; ok {
			r.emit(st, vi, s, o, l.lemma, l.ptext+" to "+r.predText(st, v, -1), l.ctx, 0.6, false)
		}
	}
}

// demonymOf returns the country a demonym in argument a's phrase names
// ("two Russian diplomats": Russia), or -1.
func demonymOf(doc *Document, a Arg) int {
	for t := doc.tokenFrom(a.Span.Start); t < len(doc.Tokens) && doc.Tokens[t].Span.End <= a.Span.End; t++ {
		if m := doc.TokMention[t]; m >= 0 && doc.Mentions[m].Kind == DemonymMention && doc.Mentions[m].Entity >= 0 {
			return doc.Mentions[m].Entity
		}
	}
	return -1
}

// concedeVerbs grant what their clause says, which charges no one
// ("acknowledged that the talks had failed").
var concedeVerbs = map[string]bool{"acknowledge": true, "admit": true, "concede": true}

// attemptVerbs name an attempt at an act ("tried to block", "sought to
// impeach").
var attemptVerbs = map[string]bool{"try": true, "seek": true, "attempt": true}

// timeClausePreps open a phrase or clause that says when, naming no party
// to the act ("since the court ruled", "until the envoy left").
var timeClausePreps = map[string]bool{"since": true, "until": true, "till": true, "after": true, "before": true}

// talkActs are acts done with the other side of a dispute, who need not
// be named ("refused to negotiate", "declined to budge", "refused to
// move").
var talkActs = map[string]bool{"negotiate": true, "talk": true, "bargain": true, "compromise": true, "budge": true, "move": true, "yield": true, "meet": true}

// refuseTalks emits, for a refusal to negotiate or give ground whose
// infinitive at vi names no party ("Veldoria has refused to negotiate
// over the islands"), the refusal to the subject's other side in the pair
// the story is about.
func (r *RelationStage) refuseTalks(st *sentState, vi int, l lift) {
	doc := st.doc
	v := &st.units[vi]
	if l.lemma != "refuse" && l.lemma != "decline" || !talkActs[r.lemma(st, v)] || doc.presplit || len(l.subj) != 1 || l.subj[0].Entity < 0 {
		return
	}
	s := l.subj[0]
	o := r.otherSide(st, s, 4)
	if o < 0 {
		return
	}
	if !actorEntity(doc, o) {
		return
	}
	r.emit(st, vi, s, Arg{Entity: o, Poss: -1, Span: Span{doc.Tokens[v.a].Span.Start, doc.Tokens[v.b-1].Span.End}, Text: doc.Entities[o].Name}, l.lemma, l.ptext+" to "+r.predText(st, v, -1), l.ctx, 0.5, false)
}

// offerToPair emits, for an offer to mediate, host or help whose
// infinitive at vi names no party, the offer to the pair its sentence
// names: a pair a relation there noted, or else a plural phrase such as
// "both countries" in it ("mediate between the two leaders"), or else,
// when focus is set (the infinitive has no complement), the pair in focus.
func (r *RelationStage) offerToPair(st *sentState, vi int, l lift, focus bool) {
	doc := st.doc
	v := &st.units[vi]
	if lemma := r.lemma(st, v); l.lemma != "offer" || !mediateVerbs[lemma] && lemma != "help" || doc.presplit {
		return
	}
	var ents []int
	if n := len(*st.pairs); n > 0 && (*st.pairs)[n-1].sent == st.si {
		ents = (*st.pairs)[n-1].ents[:]
	}
	if ents == nil {
		// a plural phrase no relation read ("ties to both countries")
		var ex []int
		for _, s := range l.subj {
			ex = append(ex, s.Entity)
		}
		for k := range st.units {
			if u := &st.units[k]; u.kind == uNP && u.ent < 0 && k != vi && (doc.Tokens[u.a].Lower == "both" || doc.Tokens[u.a].Lower == "the" && u.a+1 < u.b && doc.Tokens[u.a+1].Lower == "two") {
				if two := r.namedPair(st, r.arg(st, u), ex...); len(two) == 2 {
					// (not "called both foreign ministers" when the story
					// names one: no pair to mediate between)
					for _, a := range two {
						ents = append(ents, a.Entity)
					}
				}
				break
			}
		}
	}
	if ents == nil && focus && r.lemma(st, v) != "help" {
		// "Brazil has offered to mediate": the pair the story is about
		var ex []int
		for _, s := range l.subj {
			ex = append(ex, s.Entity)
		}
		if p, ok := r.focusPair(st, doc.Tokens[v.a].Span.Start, st.si, "", false, 4, ex); ok {
			ents = p[:]
		}
	}
	for _, s := range l.subj {
		for _, e := range ents {
			if e >= 0 && e != s.Entity {
				r.emit(st, vi, s, Arg{Entity: e, Poss: -1, Span: Span{doc.Tokens[v.a].Span.Start, doc.Tokens[v.b-1].Span.End}, Text: doc.Entities[e].Name}, l.lemma, l.ptext+" to "+r.predText(st, v, -1), l.ctx, 0.55, false)
			}
		}
	}
}

// servedBody returns the organisation or country that person entity e
// was named as serving ("Acme's chief executive, X") at the latest name
// mention before token at that says so, or -1.
func servedBody(doc *Document, lex *lexicon, e, at int) int {
	body := -1
	for i := range doc.Mentions {
		m := &doc.Mentions[i]
		if m.First >= at {
			break
		}
		if m.Entity == e && m.Kind == NameMention {
			if b := mentionBody(doc, lex, m, true); b >= 0 {
				body = b
			}
		}
	}
	return body
}

// lightText is the predicate text of a verb's statement from a
// complement with preposition prep (-1 for the object itself) after the
// direct object unit obj (-1 if none): the event noun the verb takes
// joins the verb ("launched the offer": "launched offer"; "staged a strike
// at X": "staged strike at"), since it carries the relation; other verbs
// keep their own words, but for the noun of an idiom ("went on strike
// against X": "went on strike against").
func (r *RelationStage) lightText(st *sentState, v *unit, lemma string, obj, prep int) string {
	doc := st.doc
	text := r.predText(st, v, prep)
	if lemma == "strike" && doc.Tokens[v.head].Lemma == "go" && !doc.presplit {
		// "went on strike against X": the idiom's noun
		text = r.predText(st, v, -1)
		if !strings.HasSuffix(text, " on") {
			text += " on" // ("has gone on an indefinite strike": "on" read as a preposition)
		}
		text += " strike"
		if prep >= 0 {
			text += " " + doc.Tokens[prep].Text
		}
		return text
	}
	if doc.presplit || !lightVerbs[lemma] || obj < 0 || v.passive {
		return text
	}
	head := doc.Tokens[st.units[obj].head]
	if _, ok := r.lex.events[head.Lower]; !ok && !labourNouns[head.Lower] {
		return text
	}
	text = r.predText(st, v, -1) + " " + head.Text
	if prep >= 0 {
		text += " " + doc.Tokens[prep].Text
	}
	return text
}

// topicMaker reports whether a "by" phrase at prep comes right after the
// phrase of a topic preposition (prev, with its arguments), whose maker it
// names: "a row over comments by X" (but "a probe into imports from X"
// still looks into X).
func topicMaker(doc *Document, prev int, args []Arg, prep int) bool {
	if doc.presplit || prev < 0 || len(args) == 0 || doc.Tokens[prep].Lower != "by" {
		return false
	}
	switch doc.Tokens[prev].Lower {
	case "over", "about", "in", "into", "on", "of":
	default:
		return false
	}
	return doc.tokenFrom(args[len(args)-1].Span.End) == prep
}

// splitParticle reports whether particle word w follows the object of the
// verb group at vi ("turned the offer down", "turned it down").
func splitParticle(st *sentState, vi int, w string) bool {
	units := st.units
	if vi+1 >= len(units) || units[vi+1].kind != uNP {
		return false
	}
	t := units[vi+1].b
	return t < len(st.doc.Tokens) && st.doc.Tokens[t].Lower == w && st.doc.Tokens[t].Sent == st.doc.Tokens[units[vi].head].Sent
}

// onStrike reports whether the verb group at vi, a form of "go", goes on
// strike ("went on strike", "have gone on an indefinite strike").
func onStrike(st *sentState, vi int) bool {
	doc := st.doc
	t := st.units[vi].head + 1
	if t >= len(doc.Tokens) || doc.Tokens[t].Lower != "on" {
		return false
	}
	for k := t + 1; k < len(doc.Tokens) && k <= t+4 && doc.Tokens[k].Sent == doc.Tokens[t].Sent; k++ {
		switch doc.Tokens[k].Lower {
		case "strike":
			return true
		case "a", "an", "indefinite", "open-ended", "general", "national", "nationwide":
		default:
			return false
		}
	}
	return false
}

// forum reports whether the noun phrase u names a court, a tribunal or
// another body that rules on a complaint between parties ("court", "an
// arbitration tribunal", "the International Court of Justice", "the World
// Trade Organization").
func forum(doc *Document, u *unit) bool {
	switch doc.Tokens[u.head].Lower {
	case "court", "tribunal", "arbitration":
		return true
	}
	for t := u.a; t < u.b; t++ {
		switch doc.Tokens[t].Text {
		case "Court", "Tribunal", "WTO":
			return true
		case "Trade":
			if t+1 < u.b && doc.Tokens[t+1].Text == "Organization" {
				return true
			}
		}
	}
	return false
}

// protestNote reports whether the noun phrase unit k, with an of-phrase
// after it, is a note of protest ("a protest note", "a formal note of
// protest").
func protestNote(doc *Document, units []unit, k int) bool {
	u := &units[k]
	if w := doc.Tokens[u.head].Lower; w == "protest" {
		return true
	} else if w != "note" {
		return false
	}
	for t := u.a; t < u.head; t++ {
		if doc.Tokens[t].Lower == "protest" {
			return true
		}
	}
	return k+2 < len(units) && units[k+1].kind == uP && doc.Tokens[units[k+1].a].Lower == "of" && units[k+2].kind == uNP && doc.Tokens[units[k+2].head].Lower == "protest"
}

// summoner returns the state or body that summoned the envoy s in this
// sentence or the three before it ("Velmora summoned Ostria's ambassador
// ... The ambassador was handed a protest note": Velmora).
func (r *RelationStage) summoner(st *sentState, s Arg) (Arg, bool) {
	doc := st.doc
	if s.Entity < 0 {
		return Arg{}, false
	}
	for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= st.si-3; i-- {
		rel := &doc.Relations[i]
		if rel.Pred != "summon" || rel.Negated || rel.Role || rel.Obj.Entity != s.Entity || rel.Subj.Entity < 0 || rel.Subj.Entity == s.Entity {
			continue
		}
		a := rel.Subj
		a.Text = doc.Entities[a.Entity].Name
		return a, true
	}
	return Arg{}, false
}

// leaveDeadline reports whether the verb group at vi ("gave") has a
// person or body as its first object and then a deadline to leave: "gave
// the ambassador 72 hours to leave the country", "gave him 24 hours to
// depart".
func leaveDeadline(st *sentState, vi int) bool {
	doc, units := st.doc, st.units
	if vi+1 >= len(units) || units[vi+1].kind != uNP {
		return false
	}
	t := units[vi+1].b
	sent := doc.Tokens[units[vi].head].Sent
	if t < len(doc.Tokens) && (doc.Tokens[t].Tag == "CD" || doc.Tokens[t].Lower == "a") {
		t++
	}
	if t+2 >= len(doc.Tokens) || doc.Tokens[t+2].Sent != sent {
		return false
	}
	switch doc.Tokens[t].Lower {
	case "hours", "days", "weeks", "hour", "day", "week", "months", "month":
	default:
		return false
	}
	if doc.Tokens[t+1].Lower != "to" {
		return false
	}
	switch doc.Tokens[t+2].Lower {
	case "leave", "quit", "depart", "exit":
		return true
	}
	return false
}

// ownInstrument reports whether the phrase after "through" at prep names
// the subject's own instrument by a possessive pronoun, a noun and then
// its name ("own 29% of X through their investment vehicle Acme
// Holdings", "through its subsidiary Acme"): the subject holds or uses
// that named body, so it is a participant, unlike an unnamed means
// ("through its ministry") or a route ("through Kazakhstan").
func ownInstrument(doc *Document, prep int, o Arg) bool {
	if o.Entity < 0 || prep+3 >= len(doc.Tokens) || doc.Tokens[prep+1].Tag != "PRP$" {
		return false
	}
	t := prep + 2
	for t < len(doc.Tokens) && doc.Tokens[t].Span.End <= o.Span.End && (doc.Tokens[t].Tag == "NN" || doc.Tokens[t].Tag == "NNS" || doc.Tokens[t].Tag == "JJ") {
		t++
	}
	return t > prep+2 && t < len(doc.Tokens) && doc.Tokens[t].Span.End <= o.Span.End && strings.HasPrefix(doc.Tokens[t].Tag, "NNP")
}

// datedAt returns the token after a time phrase that starts at token t
// and that a verb may follow ("on Tuesday", "on Monday evening", "on 3
// May", "last week"), t when none starts there: "A court in Tarsk on
// Tuesday sentenced X" names its subject before the date.
func datedAt(doc *Document, t int) int {
	n := len(doc.Tokens)
	if t+1 < n && doc.Tokens[t].Lower == "on" && doc.Tokens[t+1].Sent == doc.Tokens[t].Sent {
		k := t + 1
		switch {
		case weekday(doc.Tokens[k].Lower):
			k++
			if k < n && (doc.Tokens[k].Lower == "morning" || doc.Tokens[k].Lower == "evening" || doc.Tokens[k].Lower == "afternoon" || doc.Tokens[k].Lower == "night") {
				k++
			}
			return k
		case doc.Tokens[k].Tag == "CD" && k+1 < n && months[doc.Tokens[k+1].Lower]:
			return k + 2 // "on 3 May"
		case months[doc.Tokens[k].Lower] && k+1 < n && doc.Tokens[k+1].Tag == "CD":
			return k + 2 // "on May 3"
		}
		return t
	}
	if t < n {
		if e := bareTime(doc, t, n); e > t && doc.Tokens[e-1].Sent == doc.Tokens[t].Sent {
			return e
		}
	}
	return t
}

// courtVerdicts are a court's acts on a defendant, which a story repeats
// in the passive for the other defendants without naming the court again
// ("A court sentenced X to ten years. Y was sentenced to six.").
var courtVerdicts = map[string]bool{"sentence": true, "convict": true, "acquit": true, "jail": true, "imprison": true}

// priorCourt returns the court or judge that gave a verdict (or cleared
// someone) in an active clause at most six sentences back (the latest), for
// an agentless passive of a verdict whose patients are named people ("Y
// was sentenced to six years" after "A court sentenced X": that court
// sentenced Y; "Z, who was convicted of fraud," after "found X guilty").
// A verdict dated to a year is an earlier case ("was convicted of
// corruption in 2018"), whose court the story need not name.
func (r *RelationStage) priorCourt(st *sentState, patients []Arg) (Arg, bool) {
	return r.priorCourtOf(st, patients, false)
}

// priorCourtOf is priorCourt for patients that are people or, with orgs,
// organisations too (a company fined or barred in the same case).
func (r *RelationStage) priorCourtOf(st *sentState, patients []Arg, orgs bool) (Arg, bool) {
	doc := st.doc
	if len(patients) == 0 {
		return Arg{}, false
	}
	for _, p := range patients {
		if p.Entity < 0 {
			return Arg{}, false
		}
		if t := doc.Entities[p.Entity].Type; t != schema.Person && !(orgs && t == schema.Organization) {
			return Arg{}, false
		}
	}
	if datedSentence(doc, st.si) {
		return Arg{}, false
	}
	for i := len(doc.Relations) - 1; i >= 0 && doc.Relations[i].Sent >= st.si-6; i-- {
		rel := &doc.Relations[i]
		if rel.Sent >= st.si || rel.Negated || rel.Role || rel.Modality != "" && rel.Modality != schema.Asserted && rel.Modality != schema.Reported {
			continue
		}
		if !courtVerdicts[rel.Pred] && rel.Pred != "clear" && !foundGuilty(doc, rel) || !judgingArg(doc, rel.Subj) || rel.Subj.Entity >= 0 && hasEntity(patients, rel.Subj.Entity) {
			continue
		}
		a := rel.Subj
		if a.Entity >= 0 {
			a.Text = doc.Entities[a.Entity].Name
		}
		return a, true
	}
	return Arg{}, false
}

// coordinatedInfinitive returns the verb group of a second infinitive
// joined to the infinitive at inner by "and to" ("to keep X in Lima and
// to fund Y"), with only noun phrases, prepositions, adverbs and a comma
// between, -1 if there is none.
func coordinatedInfinitive(st *sentState, inner int) int {
	units := st.units
	for j := inner + 1; j+2 < len(units); j++ {
		switch units[j].kind {
		case uNP, uP, uAdv:
			continue
		case uComma:
			if units[j+1].kind == uCC {
				continue
			}
			return -1
		case uCC:
			if st.doc.Tokens[units[j].a].Lower == "and" && units[j+1].kind == uTo && units[j+2].kind == uVG {
				return j + 2
			}
		}
		return -1
	}
	return -1
}

// includedAt returns the unit of the first member named after a group
// whose noun phrase ends before unit j: ", including X" or ", among them
// X", or 0 when no such list starts at j.
func includedAt(st *sentState, j int) int {
	u := st.units
	if j+2 >= len(u) || u[j].kind != uComma || u[j+1].kind != uP {
		return 0
	}
	switch st.doc.Tokens[u[j+1].a].Lower {
	case "including":
		if u[j+2].kind == uNP {
			return j + 2
		}
	case "among":
		if j+3 < len(u) && u[j+2].kind == uNP && u[j+2].b == u[j+2].a+1 && st.doc.Tokens[u[j+2].a].Lower == "them" && u[j+3].kind == uNP {
			return j + 3
		}
	}
	return 0
}

// termNouns are the heads of a prison term ("nine years", "a 12-year
// sentence", "a two-year prison term").
var termNouns = map[string]bool{"year": true, "years": true, "month": true, "months": true, "sentence": true, "sentences": true, "term": true, "terms": true}

// prisonTerm reports whether unit ui is a prison term given or received
// ("were given nine years", "received a 12-year sentence", "received 11
// and a half years"), not a time to
// do something ("was given two years to comply") or an amount of
// something else ("received two years of funding").
func prisonTerm(st *sentState, ui int) bool {
	u := st.units
	if ui >= 0 && ui+2 < len(u) && u[ui].kind == uNP && st.doc.Tokens[u[ui].head].Tag == "CD" && u[ui+1].kind == uCC && st.doc.Tokens[u[ui+1].a].Lower == "and" &&
		st.doc.Tokens[u[ui+2].a].Lower == "a" {
		ui += 2 // "received 11 and a half years"
	}
	if ui < 0 || ui >= len(u) || u[ui].kind != uNP || u[ui].ent >= 0 || !termNouns[st.doc.Tokens[u[ui].head].Lower] {
		return false
	}
	if ui+1 < len(u) && (u[ui+1].kind == uTo || u[ui+1].kind == uP && st.doc.Tokens[u[ui+1].a].Lower == "of") {
		return false
	}
	return true
}

// unprovenAgainst returns the unit of the person a clause after the verb
// group at vi says was not proven to have done something ("ruled that
// the state had failed to prove that X knew", "said prosecutors could
// not prove X took bribes"), -1 if there is none.
func unprovenAgainst(st *sentState, vi int) int {
	u, doc := st.units, st.doc
	for j := vi + 1; j+2 < len(u) && j <= vi+8; j++ {
		if u[j].kind == uWH || u[j].kind == uDash || u[j].kind == uColon {
			return -1
		}
		if u[j].kind != uVG || u[j].head < 0 {
			continue
		}
		fail := doc.Tokens[u[j].head].Lemma == "fail" && !u[j].negated
		if !fail && !(u[j].negated && (doc.Tokens[u[j].head].Lemma == "prove" || doc.Tokens[u[j].head].Lemma == "establish")) {
			continue
		}
		k := j + 1
		if fail {
			if !(u[k].kind == uTo && k+1 < len(u) && u[k+1].kind == uVG && (doc.Tokens[u[k+1].head].Lemma == "prove" || doc.Tokens[u[k+1].head].Lemma == "establish")) {
				return -1
			}
			k += 2
		}
		if k < len(u) && u[k].kind == uSub && doc.Tokens[u[k].a].Lower == "that" {
			k++
		}
		if k+1 < len(u) && u[k].kind == uNP && u[k].ent >= 0 && doc.Entities[u[k].ent].Type == schema.Person && u[k].poss < 0 &&
			(u[k+1].kind == uVG || u[k+1].kind == uComma) {
			return k
		}
		return -1
	}
	return -1
}
