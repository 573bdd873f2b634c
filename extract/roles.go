package extract

import (
	"context"
	"strings"

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
//   - copulas and relative clauses: "X is the company's chairman", "X, who
//     is also the boss of Y", "X, who leads Y".
//
// It runs after the relation stage and adds only role relations that stage
// did not state for the same holder, institution and sentence.
type RoleStage struct {
	lex      *lexicon
	words    map[string]string // role phrase -> predicate lemma
	lastWord map[string]bool   // final words of multi-word role phrases
	maxWords int
	mods     map[string]bool   // modifiers between institution and role
	personal map[string]bool   // role lemmas whose other end may be a person
	kin      map[string]bool   // role lemmas whose other end must be a person
	verbs    map[string]string // verb form -> role lemma
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
}

// Annotate appends role relations to doc.Relations.
func (rs *RoleStage) Annotate(ctx context.Context, doc *Document) error {
	if rs.err != nil {
		return rs.err
	}
	if doc.TokMention == nil && len(doc.Tokens) > 0 {
		return ErrMissingLayer
	}
	var hits []roleHit
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
		hits = hits[:0]
		for i := s.First; i < s.Last; i++ {
			mi := doc.TokMention[i]
			if mi < 0 || doc.Mentions[mi].First != i || !rs.isHolder(doc, mi) {
				continue
			}
			m := &doc.Mentions[mi]
			if h, ok := rs.prefix(doc, s, mi); ok {
				hits = append(hits, h)
			}
			if h, ok := rs.after(doc, s, mi); ok {
				hits = append(hits, h)
			}
			if h, ok := rs.before(doc, s, mi); ok {
				hits = append(hits, h)
			}
			i = m.Last - 1
		}
		for _, h := range hits {
			rs.emit(doc, si, h)
		}
	}
	return nil
}

// isHolder reports whether mention mi names a person.
func (rs *RoleStage) isHolder(doc *Document, mi int) bool {
	m := &doc.Mentions[mi]
	if m.Kind != NameMention || m.Entity < 0 || m.Entity >= len(doc.Entities) {
		return false
	}
	return doc.Entities[m.Entity].Type == schema.Person
}

// word returns token i's lower-case text without a final period.
func word(doc *Document, i int) string {
	return strings.TrimSuffix(doc.Tokens[i].Lower, ".")
}

// roleEnding returns the longest role phrase ending at token end (not
// before token lo): its lemma, its first token and its surface text.
func (rs *RoleStage) roleEnding(doc *Document, lo, end int) (string, int, bool) {
	if end < lo || !rs.lastWord[word(doc, end)] {
		return "", 0, false
	}
	for n := min(rs.maxWords, end-lo+1); n >= 1; n-- {
		a := end - n + 1
		var k string
		if n == 1 {
			k = word(doc, end)
		} else {
			parts := make([]string, 0, n)
			for t := a; t <= end; t++ {
				parts = append(parts, word(doc, t))
			}
			k = strings.Join(parts, " ")
		}
		if l, ok := rs.words[k]; ok {
			return l, a, true
		}
	}
	return "", 0, false
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
		return -1, Span{}, false
	}
	m := &doc.Mentions[mi]
	e := m.Entity
	if e < 0 || e >= len(doc.Entities) {
		return -1, Span{}, false
	}
	switch doc.Entities[e].Type {
	case schema.Organization, schema.Country, schema.Location:
		if rs.kin[lemma] || m.Kind == PronounMention && doc.Tokens[i].Lower != "its" && doc.Tokens[i].Lower != "their" {
			return -1, Span{}, false
		}
	case schema.Person:
		if m.Kind == PronounMention {
			// "his brother": the pronoun's antecedent is too uncertain
			return -1, Span{}, false
		}
		if !rs.personal[lemma] || m.Kind == DescriptionMention && m.Role != "" {
			return -1, Span{}, false
		}
	default:
		return -1, Span{}, false
	}
	return e, m.Span, true
}

// country returns the entity of a country named by a demonym, adding it
// to the document when it has no mention yet.
func (rs *RoleStage) country(doc *Document, i int) (int, Span, bool) {
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
	}
	return -1, Span{}, false
}

// prefix finds a role stated before the name: "[institution] [modifiers]
// role [Title] Name".
func (rs *RoleStage) prefix(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	j := m.First - 1
	// an honorific between the role and the name: "lord chancellor Lord X"
	if j >= s.First {
		if r, ok := rs.lex.titles[word(doc, j)]; ok && r == "" {
			j--
		}
	}
	lemma, a, ok := rs.roleEnding(doc, s.First, j)
	if !ok {
		return roleHit{}, false
	}
	surface := doc.Text[doc.Tokens[a].Span.Start:doc.Tokens[j].Span.End]
	k := a - 1
	for n := 0; k >= s.First && n < 4; n++ {
		if _, dem := rs.lex.demonyms[word(doc, k)]; dem {
			break
		}
		if !rs.mods[word(doc, k)] {
			break
		}
		k--
	}
	if k < s.First {
		return roleHit{}, false
	}
	h := roleHit{holder: mi, lemma: lemma, surface: surface, conf: 0.85}
	if e, sp, ok := rs.country(doc, k); ok {
		h.inst, h.instSp = e, sp
		return h, true
	}
	if e, sp, ok := rs.possessor(doc, s.First, k, lemma); ok {
		h.inst, h.instSp = e, sp
		return h, true
	}
	if mk := doc.TokMention[k]; mk >= 0 && doc.Mentions[mk].Last == k+1 && doc.Mentions[mk].Kind != PronounMention {
		if e, sp, ok := rs.institution(doc, k, lemma); ok {
			h.inst, h.instSp = e, sp
			return h, true
		}
	}
	return roleHit{}, false
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

// rolePhrase reads a noun phrase naming a role from token a: optional
// determiner or possessor, modifiers (which may hold an institution
// mention) and a role noun, then an optional "of/for/at/to/with Y". It
// returns the hit (without holder) and the index after the phrase.
func (rs *RoleStage) rolePhrase(doc *Document, s Sentence, a int) (roleHit, int, bool) {
	end := a
	for end < s.Last && end < a+9 && !isBoundary(doc, end) {
		if end > a && (doc.Tokens[end].Tag == "IN" || doc.Tokens[end].Lower == "to") && !rs.lastWord[word(doc, end)] {
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
		if !(tk.Tag == "DT" || tk.Tag == "PRP$" || tk.Tag == "POS" || tk.Tag == "JJ" || tk.Tag == "JJS" || tk.Tag == "JJR" || isNounTag(tk.Tag) || tk.Tag == "RB" || tk.Tag == "VBN" || tk.Tag == "VBG" || tk.Tag == "CD" || isPossessive(doc, t)) {
			return roleHit{}, a, false
		}
	}
	surface := doc.Text[doc.Tokens[ra].Span.Start:doc.Tokens[rb].Span.End]
	h := roleHit{inst: -1, lemma: lemma, surface: surface, conf: 0.8}
	next := rb + 1
	// "of/for/at Y": the first institution mention in Y
	if next < s.Last {
		p := doc.Tokens[next].Lower
		direct := doc.Tokens[rb].Tag == "IN" || doc.Tokens[rb].Lower == "behind"
		if direct || p == "of" || p == "for" || p == "at" || p == "to" || p == "with" {
			from := next + 1
			if direct {
				from = next
			}
			h.inst, h.instSp, next, h.thing = rs.ppObject(doc, s, from, lemma, next)
			if h.inst >= 0 && p == "to" && !rs.personal[lemma] && lemma != "ambassador" {
				h.inst = -1
			}
			if h.inst >= 0 && (p == "to" || p == "with") {
				// "the Russian ambassador to the UN": the sender is the principal
				if e, sp, ok := rs.modifierInst(doc, a, ra, lemma); ok {
					h.inst, h.instSp = e, sp
				}
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
		if e, sp, ok := rs.modifierInst(doc, a, ra, lemma); ok {
			h.inst, h.instSp = e, sp
		}
	}
	return h, next, true
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
			if e, sp, ok := rs.institution(doc, t, lemma); ok {
				best, bestSp, bestEnd = e, sp, doc.Mentions[mi].Last
			}
			t = doc.Mentions[mi].Last - 1
			continue
		}
		if doc.TokMention[t] >= 0 {
			continue
		}
		if tk.Tag == "CC" && t > a && t != bestEnd && t+1 < s.Last && !isCap(doc.Tokens[t+1].Text) && (isNounTag(doc.Tokens[t+1].Tag) || doc.Tokens[t+1].Tag == "JJ") {
			continue // "intelligence and security committee"
		}
		if isBoundary(doc, t) || tk.Tag == "IN" || tk.Tag == "TO" || !(tk.Tag == "DT" || tk.Tag == "JJ" || isNounTag(tk.Tag) || tk.Tag == "CD" || tk.Tag == "CC" && t > a) {
			break
		}
	}
	if best < 0 {
		return -1, Span{}, next, false
	}
	end := t
	for end > bestEnd && (doc.Tokens[end-1].Tag == "CC" || doc.Tokens[end-1].Tag == "DT") {
		end--
	}
	switch {
	case end == bestEnd:
		return best, bestSp, end, false
	case end == bestEnd+1 && rs.orgNoun(doc.Tokens[bestEnd].Lower):
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

// orgNoun reports whether w is a common noun that heads an organisation's
// name ("union", "committee", "party").
func (rs *RoleStage) orgNoun(w string) bool {
	return rs.lex.orgWords[w] || descHeads[w] != ""
}

// modifierInst returns an institution named among modifier tokens [a, b):
// "the Russian foreign minister", "another Acme board member".
func (rs *RoleStage) modifierInst(doc *Document, a, b int, lemma string) (int, Span, bool) {
	for t := b - 1; t >= a; t-- {
		if e, sp, ok := rs.country(doc, t); ok {
			return e, sp, true
		}
		if mi := doc.TokMention[t]; mi >= 0 && doc.Mentions[mi].Kind == NameMention {
			if e, sp, ok := rs.institution(doc, t, lemma); ok {
				return e, sp, true
			}
		}
	}
	return -1, Span{}, false
}

// isBe reports whether token i is a form of "be".
func isBe(doc *Document, i int) bool {
	switch doc.Tokens[i].Lower {
	case "is", "was", "are", "were", "'s", "’s", "been", "be", "remains", "remained", "became", "becomes":
		return true
	}
	return false
}

// after finds a role stated after the name: apposition, copula or
// relative clause.
func (rs *RoleStage) after(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	k := m.Last
	if k >= s.Last {
		return roleHit{}, false
	}
	conf := 0.8
	appos := false
	switch doc.Tokens[k].Lower {
	case ",", "-", "–", "—", "--", "(":
		k++
		appos = true
	}
	if k < s.Last && (doc.Tokens[k].Lower == "who" || doc.Tokens[k].Lower == "the" && false) {
		k++
		appos = false
		conf = 0.75
	}
	if k >= s.Last {
		return roleHit{}, false
	}
	if !appos {
		// copula: "X is (also) the chairman of Y"; "who leads Y"
		if r, ok := rs.verbs[doc.Tokens[k].Lower]; ok && isVerbTag(doc.Tokens[k].Tag) {
			for t := k + 1; t < s.Last && t < k+6; t++ {
				if e, sp, ok := rs.institution(doc, t, r); ok {
					h := roleHit{holder: mi, inst: e, instSp: sp, lemma: r, surface: doc.Tokens[k].Text, conf: 0.7}
					return h, true
				}
				if e, sp, ok := rs.possessor(doc, k+1, t, r); ok {
					h := roleHit{holder: mi, inst: e, instSp: sp, lemma: r, surface: doc.Tokens[k].Text, conf: 0.6}
					return h, true
				}
				if isBoundary(doc, t) {
					break
				}
			}
			return roleHit{}, false
		}
		if !isBe(doc, k) {
			return roleHit{}, false
		}
		k++
		for k < s.Last && (doc.Tokens[k].Tag == "RB" && doc.Tokens[k].Lower != "not" && doc.Tokens[k].Lower != "never") {
			k++
		}
		if k >= s.Last {
			return roleHit{}, false
		}
	} else if tk := &doc.Tokens[k]; isCap(tk.Text) && !(tk.Tag == "DT" || tk.Tag == "PRP$") && doc.TokMention[k] >= 0 && doc.Mentions[doc.TokMention[k]].Kind == NameMention {
		// "X, Russia's aide" keeps going; "X, Y and Z" is a list
		mk := doc.TokMention[k]
		if last := doc.Mentions[mk].Last; last >= s.Last || !isPossessive(doc, last) {
			if _, dem := rs.lex.demonyms[word(doc, k)]; !dem {
				return roleHit{}, false
			}
		}
	}
	h, next, ok := rs.rolePhrase(doc, s, k)
	if !ok {
		return roleHit{}, false
	}
	h.holder, h.conf = mi, conf
	if h.inst < 0 && !h.thing && next+1 < s.Last && (doc.Tokens[next].Lower == "who" || doc.Tokens[next].Lower == "that") {
		// "a commander who leads the group's delegation"
		if r, ok := rs.verbs[doc.Tokens[next+1].Lower]; ok {
			for t := next + 2; t < s.Last && t < next+8; t++ {
				if e, sp, ok := rs.possessor(doc, next+2, t, r); ok {
					h.inst, h.instSp, h.conf = e, sp, 0.65
					break
				}
				if e, sp, ok := rs.institution(doc, t, r); ok {
					h.inst, h.instSp, h.conf = e, sp, 0.65
					break
				}
				if isBoundary(doc, t) {
					break
				}
			}
		}
	}
	if h.inst < 0 && !h.thing {
		return roleHit{}, false
	}
	return h, true
}

// before finds a role in an apposition before the name: "Acme's chief
// executive, X,", "A spokesman for the union, X, said".
func (rs *RoleStage) before(doc *Document, s Sentence, mi int) (roleHit, bool) {
	m := &doc.Mentions[mi]
	// what follows the name must end the apposition
	if m.Last < s.Last {
		t := &doc.Tokens[m.Last]
		switch {
		case t.Lower == "," || t.Lower == ")" || t.Tag == "." || t.Lower == "-" || t.Lower == "–" || t.Lower == "—":
		case isVerbTag(t.Tag) || t.Tag == "MD" || t.Lower == "who":
		default:
			return roleHit{}, false
		}
	}
	// skip a title run before the name: ", Conservative MP Boris Johnson"
	c := m.First - 1
	for n := 0; c >= s.First && n < 4 && doc.Tokens[c].Lower != ","; n++ {
		if !isCap(doc.Tokens[c].Text) {
			return roleHit{}, false
		}
		c--
	}
	if c <= s.First || doc.Tokens[c].Lower != "," {
		return roleHit{}, false
	}
	// the apposition's start: back from the comma to a clause boundary
	a := c - 1
	for a > s.First && c-a < 10 {
		p := &doc.Tokens[a-1]
		if p.Lower == "," || p.Tag == "." || p.Tag == "``" || p.Tag == "''" || isVerbTag(p.Tag) || p.Tag == "MD" || p.Lower == ":" || p.Lower == "and" {
			break
		}
		if p.Tag == "IN" && p.Lower != "of" && p.Lower != "for" && p.Lower != "at" && !rs.lastWord[p.Lower] {
			break
		}
		a--
	}
	if m.Last < s.Last {
		if t := &doc.Tokens[m.Last]; (isVerbTag(t.Tag) || t.Tag == "MD") && a != s.First {
			// "after meeting the chairman, X said": X is not the chairman
			if p := &doc.Tokens[a-1]; p.Lower != "," && p.Tag != "``" && p.Lower != "by" {
				return roleHit{}, false
			}
		}
	}
	// skip a leading preposition and determiners the phrase reader takes
	h, next, ok := rs.rolePhrase(doc, s, a)
	if !ok || next != c || h.inst < 0 && !h.thing {
		return roleHit{}, false
	}
	h.holder = mi
	return h, true
}

// emit appends a role relation unless one for the same holder and
// institution is already stated in the sentence.
func (rs *RoleStage) emit(doc *Document, si int, h roleHit) {
	m := &doc.Mentions[h.holder]
	if h.inst == m.Entity && !h.thing {
		return
	}
	obj := Arg{Entity: h.inst, Poss: -1, Span: h.instSp, Text: doc.Text[h.instSp.Start:h.instSp.End]}
	if h.thing {
		obj.Entity = -1
		h.conf *= 0.75
	}
	for _, r := range doc.Relations {
		if r.Role && r.Sent == si && r.Subj.Entity == m.Entity && r.Obj.Entity == obj.Entity && (!h.thing || r.Obj.Text == obj.Text) {
			return
		}
	}
	subj := Arg{Entity: m.Entity, Poss: -1, Span: m.Span, Text: doc.Text[m.Span.Start:m.Span.End]}
	doc.Relations = append(doc.Relations, Relation{
		Subj: subj, Obj: obj, Pred: h.lemma, PredText: h.surface, Modality: schema.Asserted, Role: true,
		Confidence: h.conf, Sent: si, Span: Span{min(subj.Span.Start, obj.Span.Start), max(subj.Span.End, obj.Span.End)},
	})
}
