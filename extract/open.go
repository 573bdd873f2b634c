package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// openTuple describes one relation of a caller-split sentence for the
// open-extraction pass: where its words are and what kind of triple it is.
type openTuple struct {
	rel      int    // index into Document.Relations
	kind     string // "verb", "implicit" or "role"
	family   int    // relations sharing a predicate span share a family
	rank     int    // order inside its family, best first
	relWords int
	objWords int
	finite   bool // the verb group is tensed or has a modal
	sentLen  int  // tokens in the sentence
	listed   bool // the ends are items of one list or one date ("A , B and C")
	copula   bool // a verb-less "X is Y" (apposition, title)
	subjTok  [2]int
	objTok   [2]int
}

// openPass reranks and completes the relations of a document whose
// sentences were given by the caller (Open IE benchmarks): it runs only in
// sentence mode.
func openPass(doc *Document) {
	bareClauses(doc)
	tuples := openTuples(doc)
	for i := range tuples {
		t := &tuples[i]
		r := &doc.Relations[t.rel]
		if t.kind == "implicit" {
			agree(doc, t, r)
		}
		if t.kind == "verb" && t.rank == 0 {
			extendSubject(doc, t, r)
			extendObject(doc, t, r)
			adjectiveRelation(doc, t, r)
			addFronted(doc, t, r)
		}
		r.Confidence = openConfidence(t, r)
	}
}

// openConfidence ranks open triples in tiers. Open IE gold takes one tuple
// per verb, so the main tuple of each verb (its whole complement after the
// bare verb group) and the appositions ("X, a Y") come first; the other
// readings of the same verb (a shorter object, a preposition moved into the
// relation, one conjunct) follow, then the verb-less triples, then roles,
// whose words are not the sentence's. Inside a tier the stages' own
// confidence orders the tuples; main tuples of finite verbs and of short
// sentences, more often parsed right, rank higher.
func openConfidence(t *openTuple, r *Relation) float64 {
	c := r.Confidence
	switch {
	case t.kind == "verb" && t.rank == 0:
		// a finite verb is more often parsed right than a participle or an
		// infinitive, and a short sentence more often than a long one
		v := 0.5 * c
		if t.finite {
			v += 0.5
		}
		v -= 0.05 * float64(min(t.sentLen, 60)) / 60
		return 0.5 + 0.4*max(v, 0)
	case t.kind == "implicit" && t.copula && !t.listed:
		return 0.45 + 0.05*c
	case t.kind == "verb":
		return 0.25 + 0.15*c - 0.01*float64(min(t.rank, 5))
	case t.kind == "implicit":
		return 0.1 + 0.1*c
	}
	return 0.02 + 0.05*c
}

// tokenRange returns the tokens [a, b) covering byte span sp.
func tokenRange(doc *Document, sp Span) (int, int) {
	a := sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Span.End > sp.Start })
	b := a + sort.Search(len(doc.Tokens)-a, func(i int) bool { return doc.Tokens[a+i].Span.Start >= sp.End })
	return a, b
}

// openTuples describes doc's relations and ranks the readings of each verb:
// the bare verb group with the longest object (the whole complement) first.
func openTuples(doc *Document) []openTuple {
	out := make([]openTuple, 0, len(doc.Relations))
	fam := map[[2]int]int{}
	for i := range doc.Relations {
		r := &doc.Relations[i]
		t := openTuple{rel: i, family: -1}
		switch {
		case r.Role:
			t.kind = "role"
		case r.PredSpan.End > r.PredSpan.Start:
			t.kind = "verb"
			k := [2]int{r.Sent, r.PredSpan.Start}
			f, ok := fam[k]
			if !ok {
				f = len(fam)
				fam[k] = f
			}
			t.family = f
		default:
			t.kind = "implicit"
		}
		if t.kind == "verb" {
			a, b := tokenRange(doc, r.PredSpan)
			for k := a; k < b; k++ {
				switch doc.Tokens[k].Tag {
				case "VBD", "VBZ", "VBP", "MD":
					t.finite = true
				}
			}
		}
		if r.Sent >= 0 && r.Sent < len(doc.Sentences) {
			t.sentLen = doc.Sentences[r.Sent].Last - doc.Sentences[r.Sent].First
		}
		t.relWords = len(strings.Fields(r.PredText))
		t.objWords = len(strings.Fields(r.Obj.Text))
		t.subjTok[0], t.subjTok[1] = tokenRange(doc, r.Subj.Span)
		t.objTok[0], t.objTok[1] = tokenRange(doc, r.Obj.Span)
		if t.kind == "implicit" {
			t.listed = listed(doc, &t)
			t.copula = r.PredText == "is"
		}
		out = append(out, t)
	}
	// rank inside families: the bare verb group with the longest object
	// first (the whole complement), then by the stages' confidence
	byFam := map[int][]int{}
	for i := range out {
		if out[i].family >= 0 {
			byFam[out[i].family] = append(byFam[out[i].family], i)
		}
	}
	for _, idx := range byFam {
		sort.SliceStable(idx, func(a, b int) bool {
			x, y := &out[idx[a]], &out[idx[b]]
			if x.relWords != y.relWords {
				return x.relWords < y.relWords
			}
			if x.objWords != y.objWords {
				return x.objWords > y.objWords
			}
			return doc.Relations[x.rel].Confidence > doc.Relations[y.rel].Confidence
		})
		for k, i := range idx {
			out[i].rank = k
		}
	}
	return out
}

// openReach bounds, in tokens, how far the open pass stretches an argument,
// keeping it linear in the length of a sentence.
const openReach = 40

// clauseEnds are the words that end an argument: a relative or adverbial
// clause starts there.
var clauseEnds = map[string]bool{
	",": true, ";": true, ":": true, ".": true, "?": true, "!": true, "--": true, "—": true, "–": true,
	"(": true, ")": true, "-lrb-": true, "-rrb-": true,
	"which": true, "who": true, "whom": true, "whose": true, "where": true,
	"while": true, "although": true, "though": true, "because": true, "whereas": true,
}

// extendObject stretches the object of a verb's main tuple to the end of
// its clause: Open IE arguments keep the verb's later complements and
// adjuncts ("left him there for five hours"), and the stages stop an object
// at the first word they cannot parse ("a further two"). It stops at
// punctuation, a relative or adverbial clause, or a conjunction that joins
// a new verb.
func extendObject(doc *Document, t *openTuple, r *Relation) {
	oa, ob := t.objTok[0], t.objTok[1]
	if oa >= ob || r.Obj.Span.Start < r.PredSpan.End || r.Sent < 0 || r.Sent >= len(doc.Sentences) {
		return
	}
	last := min(doc.Sentences[r.Sent].Last, ob+openReach)
	e := ob
	for e < last {
		tk := &doc.Tokens[e]
		if clauseEnds[tk.Lower] && !innerComma(doc, e, last) {
			break
		}
		if tk.Tag == "CC" && verbFollows(doc, e+1, last) {
			break
		}
		e++
	}
	if e == ob {
		return
	}
	sp := Span{r.Obj.Span.Start, doc.Tokens[e-1].Span.End}
	r.Obj = Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
	t.objTok[1] = e
	t.objWords = len(strings.Fields(r.Obj.Text))
	if sp.End > r.Span.End {
		r.Span.End = sp.End
	}
}

// innerComma reports whether the comma at i belongs inside a phrase: a
// date ("July 17 , 1749") or a place and the region it lies in
// ("Montgomery County , Pennsylvania ,").
func innerComma(doc *Document, i, last int) bool {
	if doc.Tokens[i].Lower != "," || i == 0 || i+1 >= last {
		return false
	}
	p, n := doc.Tokens[i-1].Tag, doc.Tokens[i+1].Tag
	if p == "CD" && n == "CD" {
		return true
	}
	if p != "NNP" || n != "NNP" {
		return false
	}
	k := i + 1
	for k < last && doc.Tokens[k].Tag == "NNP" {
		k++
	}
	return k == last || k-i <= 3 && (doc.Tokens[k].Lower == "," || doc.Tokens[k].Tag == "." || doc.Tokens[k].Tag == "IN")
}

// verbFollows reports whether a verb comes within a few words after i,
// before any punctuation: "and then sold it", "and the firm sold it".
func verbFollows(doc *Document, i, last int) bool {
	for k := i; k < last && k < i+4; k++ {
		tg := doc.Tokens[k].Tag
		if isVerbTag(tg) || tg == "MD" {
			return true
		}
		if clauseEnds[doc.Tokens[k].Lower] {
			return false
		}
	}
	return false
}

// connectives open a sentence without adding an argument to it.
var connectives = map[string]bool{
	"for example": true, "for instance": true, "in addition": true, "in fact": true, "as a result": true,
	"of course": true, "in contrast": true, "by contrast": true, "in particular": true, "on the other hand": true,
	"in other words": true, "in turn": true, "after all": true, "above all": true, "at least": true, "in short": true,
}

// addFronted appends a sentence-opening adjunct ("In 1941 ,", "After a
// short absence ,") to the object of a verb's main tuple: Open IE keeps it
// as a further argument of the clause it opens.
func addFronted(doc *Document, t *openTuple, r *Relation) {
	if r.Sent < 0 || r.Sent >= len(doc.Sentences) || !t.finite {
		return
	}
	s := doc.Sentences[r.Sent]
	sp, ok := fronted(doc, s)
	if !ok {
		sp, ok = frontedPP(doc, t, r, s)
	}
	if !ok || r.Subj.Span.Start <= sp.End || r.Obj.Span.Start <= sp.End {
		return
	}
	r.Extra = append(r.Extra, strings.Join(strings.Fields(doc.Text[sp.Start:sp.End]), " "))
}

// frontedPP returns a sentence-opening prepositional phrase that no comma
// closes, up to the subject ("On 1 July 1955 he was made ..."). A year the
// stages read as the start of the subject ("In 2004 the Press ...") moves
// from the subject to the phrase.
func frontedPP(doc *Document, t *openTuple, r *Relation, s Sentence) (Span, bool) {
	sa := t.subjTok[0]
	if doc.Tokens[s.First].Tag != "IN" || sa <= s.First || sa >= t.subjTok[1] {
		return Span{}, false
	}
	if sa == s.First+1 {
		// "In 2004 the Oxford ...": the numbers belong to the phrase
		k := sa
		for k < t.subjTok[1]-1 && (doc.Tokens[k].Tag == "CD" || doc.Tokens[k].Tag == "NNP" && doc.Tokens[k+1].Tag == "CD") {
			k++ // "2004", "1 July 1955"
		}
		if k == sa || k >= t.subjTok[1] {
			return Span{}, false
		}
		switch doc.Tokens[k].Tag {
		case "DT", "NNP", "NNPS", "PRP", "PRP$":
		default:
			return Span{}, false
		}
		sp := Span{doc.Tokens[k].Span.Start, r.Subj.Span.End}
		r.Subj = Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
		t.subjTok[0] = k
		sa = k
	}
	if sa-s.First < 2 || sa-s.First > 8 {
		return Span{}, false
	}
	for k := s.First; k < sa; k++ {
		switch doc.Tokens[k].Tag {
		case "VBD", "VBZ", "VBP", "MD", "VB", "VBG", "VBN", "WDT", "WP", "CC":
			return Span{}, false
		}
		if clauseEnds[doc.Tokens[k].Lower] || doc.Tokens[k].Tag == "POS" {
			return Span{}, false
		}
	}
	return Span{doc.Tokens[s.First].Span.Start, doc.Tokens[sa-1].Span.End}, true
}

// fronted returns the span of a sentence-opening adjunct: the words before
// the first comma when they start with a preposition, an adverb or a number
// and hold no finite verb ("In 1952", "After a short absence").
func fronted(doc *Document, s Sentence) (Span, bool) {
	if s.First >= s.Last {
		return Span{}, false
	}
	switch doc.Tokens[s.First].Tag {
	case "IN", "RB", "RBR", "CD":
	default:
		return Span{}, false
	}
	comma := -1
	for k := s.First; k < s.Last && k < s.First+12; k++ {
		tg := doc.Tokens[k].Tag
		if doc.Tokens[k].Lower == "," {
			comma = k
			break
		}
		if tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "MD" || clauseEnds[doc.Tokens[k].Lower] {
			return Span{}, false
		}
	}
	if comma < s.First+2 {
		return Span{}, false
	}
	sp := Span{doc.Tokens[s.First].Span.Start, doc.Tokens[comma-1].Span.End}
	if connectives[toLower(doc.Text[sp.Start:sp.End])] {
		return Span{}, false
	}
	return sp, true
}

// extendSubject stretches the subject of a verb's main tuple leftwards over
// the modifiers of its noun phrase that the stages left out ("State-owned
// BNL", "down payments", "23.8 % of all households").
func extendSubject(doc *Document, t *openTuple, r *Relation) {
	sa, sb := t.subjTok[0], t.subjTok[1]
	if sa >= sb || r.Subj.Span.End > r.PredSpan.Start || r.Sent < 0 || r.Sent >= len(doc.Sentences) || sb-sa == 1 && doc.Tokens[sa].Tag == "PRP" {
		return // a pronoun takes no modifiers
	}
	first := max(doc.Sentences[r.Sent].First, sa-openReach)
	a := sa
	for a > first {
		tk := &doc.Tokens[a-1]
		if npModifier(tk) || (tk.Tag == "VBN" || tk.Tag == "VBD" || tk.Tag == "VBG") && a-1 > first && doc.Tokens[a-2].Lower == "-" {
			a--
			continue
		}
		if tk.Lower == "of" && a-1 > first && npHead(&doc.Tokens[a-2]) {
			a -= 2
			continue
		}
		break
	}
	for a < sa && (doc.Tokens[a].Tag == "POS" || doc.Tokens[a].Lower == "-") {
		a++
	}
	if a == sa {
		return
	}
	sp := Span{doc.Tokens[a].Span.Start, r.Subj.Span.End}
	r.Subj = Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
	t.subjTok[0] = a
	if sp.Start < r.Span.Start {
		r.Span.Start = sp.Start
	}
}

// npModifier reports whether tk can stand inside a noun phrase before its
// head: determiners, adjectives, numbers, nouns, possessives, hyphens.
func npModifier(tk *Token) bool {
	switch tk.Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "HYPH", "$":
		return true
	}
	return tk.Lower == "-" || tk.Lower == "%"
}

// npHead reports whether tk can end a noun phrase that an "of" phrase
// follows ("23.8 %", "the promise", "most").
func npHead(tk *Token) bool {
	switch tk.Tag {
	case "NN", "NNS", "NNP", "NNPS", "CD":
		return true
	}
	return tk.Lower == "%" || quantifiers[tk.Lower]
}

var quantifiers = map[string]bool{
	"all": true, "some": true, "many": true, "most": true, "each": true, "both": true, "none": true,
	"several": true, "few": true, "any": true, "much": true, "half": true, "one": true, "either": true, "neither": true,
}

// linking verbs take a predicative adjective ("is subject to").
var linking = map[string]bool{"be": true, "become": true, "remain": true, "seem": true, "appear": true, "stay": true, "prove": true}

// adjectiveRelation moves a predicative adjective and its preposition from
// the object into the relation: "is subject to | shareholder approval",
// "was able to | control the budget", as Open IE relations read.
func adjectiveRelation(doc *Document, t *openTuple, r *Relation) {
	oa, ob := t.objTok[0], t.objTok[1]
	if oa >= ob || !linking[r.Pred] || r.Obj.Span.Start < r.PredSpan.End {
		return
	}
	switch doc.Tokens[oa].Tag {
	case "JJ", "JJR", "VBN", "RB", "RBR":
	default:
		return
	}
	for k := oa; k < ob-1 && k < oa+4; k++ {
		switch doc.Tokens[k].Tag {
		case "JJ", "JJR", "JJS", "VBN", "RB", "RBR":
			continue
		case "IN", "TO":
			if k == oa {
				return
			}
			sp := Span{doc.Tokens[k+1].Span.Start, r.Obj.Span.End}
			r.PredText += " " + strings.Join(strings.Fields(doc.Text[doc.Tokens[oa].Span.Start:doc.Tokens[k].Span.End]), " ")
			r.Obj = Arg{Entity: -1, Poss: -1, Span: sp, Text: doc.Text[sp.Start:sp.End]}
			t.objTok[0] = k + 1
			if r.Sent >= 0 && r.Sent < len(doc.Sentences) {
				t.sentLen = doc.Sentences[r.Sent].Last - doc.Sentences[r.Sent].First
			}
			t.relWords = len(strings.Fields(r.PredText))
			t.objWords = len(strings.Fields(r.Obj.Text))
		}
		return
	}
}

// listed reports whether a verb-less triple joins two items of a list
// ("Animation , Industrial Design and Music") or the parts of a date
// ("October 6 , 1973") rather than a thing and its description.
func listed(doc *Document, t *openTuple) bool {
	sa, sb, oa, ob := t.subjTok[0], t.subjTok[1], t.objTok[0], t.objTok[1]
	if sa >= sb || oa >= ob {
		return false
	}
	if doc.Tokens[sb-1].Tag == "CD" || doc.Tokens[ob-1].Tag == "CD" {
		return true
	}
	if sa > 0 && (doc.Tokens[sa-1].Tag == "CC" || doc.Tokens[sa-1].Lower == ",") && doc.Tokens[sa-1].Sent == doc.Tokens[sa].Sent {
		return true
	}
	for k := ob; k < len(doc.Tokens) && k < ob+6 && doc.Tokens[k].Sent == doc.Tokens[oa].Sent; k++ {
		switch {
		case doc.Tokens[k].Tag == "CC":
			return true
		case k > ob && doc.Tokens[k].Lower == ",", isVerbTag(doc.Tokens[k].Tag):
			return false
		}
	}
	return false
}

// bareClauseConf is the stages' confidence given to a clause the relation
// stage left without a triple.
const bareClauseConf = 0.3

// bareClauses adds a triple for each finite verb that the relation stage
// left without one, mostly clauses without an object ("these rebellions
// were crushed", "the trackage was abandoned"): the noun phrase before the
// verb, the verb group, and what follows it to the end of the clause, or
// failing that the sentence's opening adjunct.
func bareClauses(doc *Document) {
	n := len(doc.Relations)
	covered := map[int]bool{}
	// the subjects of verb triples by the token their verb starts at, for
	// a verb joined by a conjunction ("served as X and became Y")
	type verbSubj struct {
		tok  int
		subj Span
	}
	var subjs []verbSubj
	for i := 0; i < n; i++ {
		r := &doc.Relations[i]
		if r.PredSpan.End > r.PredSpan.Start {
			a, b := tokenRange(doc, r.PredSpan)
			for k := a; k < b; k++ {
				covered[k] = true
			}
			if !r.Role && r.Subj.Span.End <= r.PredSpan.Start && a < b {
				subjs = append(subjs, verbSubj{a, r.Subj.Span})
			}
		}
	}
	sort.Slice(subjs, func(x, y int) bool { return subjs[x].tok < subjs[y].tok })
	next := 0
	for si, s := range doc.Sentences {
		if s.Skip {
			continue
		}
		var prev Span
		havePrev := false
		for next < len(subjs) && subjs[next].tok < s.First {
			next++
		}
		for i := s.First + 1; i < s.Last; i++ {
			for next < len(subjs) && subjs[next].tok < i {
				prev, havePrev = subjs[next].subj, true
				next++
			}
			switch doc.Tokens[i].Tag {
			case "VBD", "VBZ", "VBP", "MD":
			default:
				continue
			}
			if isVerbTag(doc.Tokens[i-1].Tag) || doc.Tokens[i-1].Tag == "MD" || doc.Tokens[i-1].Tag == "RB" {
				continue // inside a verb group
			}
			b := i + 1
			for b < s.Last {
				tg := doc.Tokens[b].Tag
				if isVerbTag(tg) || tg == "MD" || tg == "RP" || tg == "RB" && b+1 < s.Last && isVerbTag(doc.Tokens[b+1].Tag) {
					b++
					continue
				}
				break
			}
			if b-1 > i && doc.Tokens[b-1].Tag == "RB" {
				b--
			}
			hit := false
			for k := i; k < b; k++ {
				hit = hit || covered[k]
			}
			if hit || b+1 < s.Last && doc.Tokens[b].Lower == "to" && isVerbTag(doc.Tokens[b+1].Tag) {
				continue // the infinitive's triple carries this verb ("tries to woo")
			}
			subj, ok := leftNP(doc, s.First, i)
			if !ok && doc.Tokens[i-1].Lower == "," {
				// "The rebels , a group of farmers , seized ...": the phrase
				// before the apposition
				if c := appositionStart(doc, s.First, i-1); c > s.First {
					if subj, ok = leftNP(doc, s.First, c); ok && hasNoun(doc, c+1, i-1) {
						ap := Span{doc.Tokens[c+1].Span.Start, doc.Tokens[i-2].Span.End}
						doc.Relations = append(doc.Relations, Relation{
							Subj:     Arg{Entity: -1, Poss: -1, Span: subj, Text: doc.Text[subj.Start:subj.End]},
							Obj:      Arg{Entity: -1, Poss: -1, Span: ap, Text: doc.Text[ap.Start:ap.End]},
							Pred:     "be",
							PredText: "is",
							Modality: schema.Asserted, Confidence: bareClauseConf, Sent: si,
							Span: Span{subj.Start, ap.End},
						})
					}
				}
			}
			if !ok && doc.Tokens[i-1].Tag == "CC" && havePrev {
				subj, ok = prev, true // the subject of the verb before
			}
			if !ok {
				continue
			}
			e, end := b, min(s.Last, b+openReach)
			for e < end && !clauseEnds[doc.Tokens[e].Lower] && !(doc.Tokens[e].Tag == "CC" && verbFollows(doc, e+1, s.Last)) {
				e++
			}
			var obj Span
			if e > b {
				obj = Span{doc.Tokens[b].Span.Start, doc.Tokens[e-1].Span.End}
			} else if f, ok := fronted(doc, s); ok && subj.Start > f.End {
				obj = f
			} else {
				continue
			}
			last := b - 1
			for last > i && !isVerbTag(doc.Tokens[last].Tag) {
				last--
			}
			negated, modality := false, schema.Asserted
			for k := i; k < b; k++ {
				switch doc.Tokens[k].Lower {
				case "not", "n't", "never":
					negated = true
				case "would", "could", "might", "may", "should":
					modality = schema.Hypothetical
				}
			}
			ps := Span{doc.Tokens[i].Span.Start, doc.Tokens[b-1].Span.End}
			doc.Relations = append(doc.Relations, Relation{
				Subj:     Arg{Entity: -1, Poss: -1, Span: subj, Text: doc.Text[subj.Start:subj.End]},
				Obj:      Arg{Entity: -1, Poss: -1, Span: obj, Text: doc.Text[obj.Start:obj.End]},
				Pred:     doc.Tokens[last].Lemma,
				PredText: strings.Join(strings.Fields(doc.Text[ps.Start:ps.End]), " "),
				PredSpan: ps, Negated: negated, Modality: modality, Confidence: bareClauseConf, Sent: si,
				Span: Span{min(subj.Start, obj.Start), max(ps.End, obj.End)},
			})
			prev, havePrev = subj, true
		}
	}
}

// appositionStart returns the comma that opens the apposition closed by the
// comma at c, or -1: the words between hold no verb, conjunction or
// relative pronoun.
func appositionStart(doc *Document, first, c int) int {
	for k := c - 1; k > first && k >= c-15; k-- {
		tk := &doc.Tokens[k]
		if tk.Lower == "," {
			if k == c-1 {
				return -1
			}
			return k
		}
		if isVerbTag(tk.Tag) || tk.Tag == "MD" || tk.Tag == "CC" || tk.Tag == "WDT" || tk.Tag == "WP" || clauseEnds[tk.Lower] {
			return -1
		}
	}
	return -1
}

// hasNoun reports whether tokens [a, b) hold a noun.
func hasNoun(doc *Document, a, b int) bool {
	for k := a; k < b; k++ {
		if isNounTag(doc.Tokens[k].Tag) {
			return true
		}
	}
	return false
}

// leftNP returns the noun phrase that ends right before token i: a pronoun
// or a noun with its modifiers and "of" phrases. A phrase after a relative
// pronoun or a preposition is not a clause subject.
func leftNP(doc *Document, first, i int) (Span, bool) {
	first = max(first, i-openReach)
	j := i - 1
	tk := &doc.Tokens[j]
	if tk.Tag == "PRP" {
		return tk.Span, true
	}
	if !npHead(tk) {
		return Span{}, false
	}
	a := j
	for a > first {
		p := &doc.Tokens[a-1]
		if npModifier(p) {
			a--
			continue
		}
		if p.Lower == "of" && a-1 > first && npHead(&doc.Tokens[a-2]) {
			a -= 2
			continue
		}
		break
	}
	if a > first {
		switch doc.Tokens[a-1].Tag {
		case "WDT", "WP", "IN", "TO":
			return Span{}, false
		}
	}
	return Span{doc.Tokens[a].Span.Start, doc.Tokens[j].Span.End}, true
}

// agree puts the verb of a verb-less triple ("is", "has", "is in") in the
// number of its subject's last word ("the rebels are ...", "the owners have
// ..."). The present tense stays, as Open IE writes such triples.
func agree(doc *Document, t *openTuple, r *Relation) {
	verb, rest, _ := strings.Cut(r.PredText, " ")
	if verb != "is" && verb != "has" || t.subjTok[0] >= t.subjTok[1] {
		return
	}
	switch doc.Tokens[t.subjTok[1]-1].Tag {
	case "NNS", "NNPS":
	default:
		return
	}
	verb = map[string]string{"is": "are", "has": "have"}[verb]
	if rest != "" {
		verb += " " + rest
	}
	r.PredText = verb
}
