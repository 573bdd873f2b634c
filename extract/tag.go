package extract

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/extract/postag"
)

// A Tagger assigns Penn Treebank part-of-speech tags to the words of one
// sentence: tags[i] is the tag of words[i]. Implementations are safe for
// concurrent use.
type Tagger interface {
	Tag(words []string, tags []string)
}

// ProseTagger tags with the averaged-perceptron model of jdkato/prose,
// loaded once.
type ProseTagger struct {
	model *prose.Model
}

// NewProseTagger loads prose's tagging model.
func NewProseTagger() *ProseTagger {
	return &ProseTagger{model: prose.ModelFromData("en")}
}

// Tag implements Tagger. prose re-tokenizes its input, so words are joined
// with spaces and prose's tokens mapped back to the words they start in.
func (p *ProseTagger) Tag(words []string, tags []string) {
	var b strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w)
	}
	joined := b.String()
	for i := range tags {
		tags[i] = ""
	}
	doc, err := prose.NewDocument(joined, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(p.model))
	if err != nil {
		return
	}
	pos, wi := 0, 0
	for _, tk := range doc.Tokens() {
		k := strings.Index(joined[pos:], tk.Text)
		if k < 0 {
			continue
		}
		at := pos + k
		pos = at + len(tk.Text)
		for wi+1 < len(words) && starts[wi+1] <= at {
			wi++
		}
		if tags[wi] == "" {
			tags[wi] = tk.Tag
		}
	}
}

// PerceptronTagger adapts the postag package's averaged perceptron to
// Tagger.
type PerceptronTagger struct {
	t *postag.Tagger
}

// NewPerceptronTagger loads the embedded postag model.
func NewPerceptronTagger() (*PerceptronTagger, error) {
	t, err := postag.New()
	if err != nil {
		return nil, fmt.Errorf("extract: load tagger: %w", err)
	}
	return &PerceptronTagger{t: t}, nil
}

// Tag implements Tagger.
func (p *PerceptronTagger) Tag(words []string, tags []string) {
	out := p.t.AppendTags(tags[:0], words)
	copy(tags, out)
}

// TagStage is the part-of-speech stage: it tags every sentence with its
// Tagger, corrects tags the lexicon knows better, and lemmatises.
type TagStage struct {
	tagger Tagger
	lex    *lexicon
}

// NewTagStage returns the tagging stage over tagger.
func NewTagStage(tagger Tagger, lex *lexicon) *TagStage { return &TagStage{tagger: tagger, lex: lex} }

// Annotate sets Token.Tag and Token.Lemma.
func (t *TagStage) Annotate(ctx context.Context, doc *Document) error {
	if doc.Tokens == nil && len(doc.Sentences) > 0 {
		return ErrMissingLayer
	}
	var words, tags []string
	for si := range doc.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		s := doc.Sentences[si]
		n := s.Last - s.First
		if n == 0 {
			continue
		}
		words = words[:0]
		for i := s.First; i < s.Last; i++ {
			w := doc.Tokens[i].Text
			w = normQuote(w)
			words = append(words, w)
		}
		if cap(tags) < n {
			tags = make([]string, n)
		}
		tags = tags[:n]
		t.tagger.Tag(words, tags)
		for i := 0; i < n; i++ {
			tk := &doc.Tokens[s.First+i]
			first := i == 0
			if quoteInitial(doc, s, s.First+i) {
				// a plural noun opening a quotation is no name for its
				// capital ("Shoppers are moving away," he said): the
				// tagger's reading of the word in lower case tells
				if tags[i] == "NNPS" && t.lowerPlural(words, i) {
					tags[i] = "NNS"
				}
				first = tags[i] == "NNS"
			}
			tk.Tag = t.fix(doc, s.First+i, tags[i], first)
		}
		t.repair(doc, s)
		for i := s.First; i < s.Last; i++ {
			doc.Tokens[i].Lemma = t.lemma(&doc.Tokens[i])
		}
	}
	t.sentenceInitialNames(doc)
	return nil
}

// maxClauseScan bounds how far thatDeterminer looks for a clause's verb,
// so that text without punctuation costs no more per word.
const maxClauseScan = 40

// infinitiveObjectAt reports whether token i follows nouns (one to three)
// that follow a base verb after "to" or a modal, the verb not one of
// reporting ("to say the firm reports ..." may hold a clause).
func (t *TagStage) infinitiveObjectAt(doc *Document, s Sentence, i int) bool {
	k := i - 1
	for k > s.First && k > i-4 && (doc.Tokens[k].Tag == "NN" || doc.Tokens[k].Tag == "NNP") {
		k--
	}
	if k == i-1 || k <= s.First || doc.Tokens[k].Tag != "VB" {
		return false
	}
	b := k - 1
	if b > s.First && doc.Tokens[b].Tag == "RB" {
		b-- // "would not discuss"
	}
	if tg := doc.Tokens[b].Tag; tg != "TO" && tg != "MD" {
		return false
	}
	return !t.lex.verbs[t.lemma(&doc.Tokens[k])].report
}

// claimClauseAfter reports whether a whole clause starts at token i (before
// last): a subject, a finite verb and the verb's own object, so "that"
// before it cannot be a relative pronoun with a gap ("claims that Acme
// bribed the minister", not "the claims that Acme made").
func claimClauseAfter(doc *Document, i, last int) bool {
	k := i
	for k < last && k < i+5 && (doc.Tokens[k].Tag == "DT" || doc.Tokens[k].Tag == "NNP" || doc.Tokens[k].Tag == "NNPS" || doc.Tokens[k].Tag == "PRP" || doc.Tokens[k].Tag == "POS") {
		k++
	}
	if k == i || k >= last {
		return false
	}
	for k < last && (doc.Tokens[k].Tag == "MD" || doc.Tokens[k].Tag == "RB" || doc.Tokens[k].Lower == "had" || doc.Tokens[k].Lower == "has" || doc.Tokens[k].Lower == "have") {
		k++
	}
	if k >= last || !isVerbTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "VBG" {
		return false
	}
	if k+1 >= last {
		return false
	}
	switch doc.Tokens[k+1].Tag {
	case "DT", "NNP", "NNPS", "PRP", "PRP$", "CD":
		return true
	}
	return false
}

// articleBefore reports whether token i follows an article directly or
// after one common noun of its phrase ("the warning", "the relocation
// warning").
func articleBefore(doc *Document, first, i int) bool {
	article := func(k int) bool {
		switch doc.Tokens[k].Lower {
		case "the", "a", "an":
			return true
		}
		return false
	}
	if i-1 >= first && article(i-1) {
		return true
	}
	return i-2 >= first && article(i-2) && doc.Tokens[i-1].Tag == "NN" && !isCap(doc.Tokens[i-1].Text)
}

// thatDeterminer reports whether "that" at i, after a verb, is a
// determiner: a lower-case singular noun follows and no finite verb of
// its own comes before the clause ends ("rejected that account and
// accused ...", "rejected that version of events"); a finite verb right
// after "and" or "but" is coordinated with the sentence's. "said that
// peace and stability were at stake" keeps its complementiser.
func thatDeterminer(doc *Document, i, last int, report bool) bool {
	n := i + 1
	if n+1 >= last || doc.Tokens[n].Tag != "NN" || isCap(doc.Tokens[n].Text) {
		return false
	}
	for k := n + 1; k < last && k < n+maxClauseScan; k++ {
		tk := &doc.Tokens[k]
		switch tk.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return doc.Tokens[k-1].Tag == "CC"
		case "VBN":
			if doc.Tokens[k-1].Tag == "CC" {
				return true // "... and accused": the tagger's participle
			}
		}
		switch tk.Lower {
		case ",", ";", ":", "(", "--", "—":
			// "denied that claim, saying ...", but after a verb of
			// speech a comma may open an aside in the clause ("warned
			// that inflation, already high, could rise")
			return !report
		case ".", "?", "!":
			return true
		}
	}
	return true
}

// clauseVerb reports whether verb token v says, denies or reports
// something, so a "that" after it may open its clause.
func (t *TagStage) clauseVerb(v *Token) bool {
	info := t.lex.verbs[t.lemma(v)]
	return info.report || info.neg || t.lex.reportVerb[v.Lower]
}

// nameThenVerb reports whether a run of proper-noun tokens starts at i
// (before last) and a finite verb or modal follows it at once ("Omer
// negotiated", "Lemer had paid").
func nameThenVerb(doc *Document, i, last int) bool {
	k := i
	for k < last && k < i+4 && (doc.Tokens[k].Tag == "NNP" || doc.Tokens[k].Tag == "NNPS") && isCap(doc.Tokens[k].Text) {
		k++
	}
	if k == i || k >= last {
		return false
	}
	switch doc.Tokens[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// repair fixes a common tagger confusion: a plural-noun tag on a verb after
// a name ("Lund talks to", "Reuters reports that").
func (t *TagStage) repair(doc *Document, s Sentence) {
	if first := &doc.Tokens[s.First]; t.demonymAsVerb(first) {
		first.Tag = "JJ" // "Dutch ministers said ...": a nationality, never an order
	}
	for i := s.First; i < s.Last; i++ {
		if tk := &doc.Tokens[i]; tk.Tag == "VBZ" && strings.HasSuffix(tk.Lower, "fuls") {
			tk.Tag = "NNS" // "party hopefuls", "a handful": no verb ends so
		}
	}
	if first := &doc.Tokens[s.First]; first.Tag == "VBZ" && isCap(first.Text) {
		first.Tag = "NNS" // "Claims that ...", "Reports say ..."
	}
	if first := &doc.Tokens[s.First]; first.Tag == "NNP" && sentenceAdverbs[first.Lower] {
		first.Tag = "RB" // "Now Home Secretary X has ...": no name "Now"
	}
	if first := &doc.Tokens[s.First]; first.Tag == "VB" && isCap(first.Text) && !first.Quote && initialNounModifier(doc, s) {
		first.Tag = "NN" // "Press freedom groups welcomed ...": news prose gives no orders
	}
	for i := s.First; i+1 < s.Last; i++ {
		// "which in turn was bought", "in fact", "of course": a fixed
		// adverbial, whose noun is no object or subject
		if p := doc.Tokens[i].Lower; (p == "in" || p == "of" || p == "at" || p == "by") && adverbialIdioms[p+" "+doc.Tokens[i+1].Lower] &&
			(i+2 >= s.Last || !isNounTag(doc.Tokens[i+2].Tag) && doc.Tokens[i+2].Lower != "of") {
			doc.Tokens[i].Tag, doc.Tokens[i+1].Tag = "RB", "RB"
			doc.Tokens[i+1].Lemma = doc.Tokens[i+1].Lower
		}
	}
	for i := s.First + 1; i+1 < s.Last; i++ {
		// "the then president", "by then-President X": a modifier of the
		// title, no adverb of time (opening a sentence it stays an adverb,
		// no name's first word)
		if tk := &doc.Tokens[i]; tk.Lower == "then" && (doc.Tokens[i-1].Tag == "DT" || doc.Text[tk.Span.End] == '-') && (isNounTag(doc.Tokens[i+1].Tag) || doc.Tokens[i+1].Tag == "JJ") {
			tk.Tag = "JJ"
		}
	}
	for i := s.First + 1; i < s.Last; i++ {
		// a verb base after a modal or infinitival "to": "would fund schools"
		tk := &doc.Tokens[i]
		prev := &doc.Tokens[i-1]
		if tk.Tag == "VBG" && isVerbTag(prev.Tag) && changeGerunds[tk.Lower] && i+1 < s.Last && (doc.Tokens[i+1].Tag == "NNS" || doc.Tokens[i+1].Tag == "NN") {
			tk.Tag = "JJ" // "citing rising prices", "faces growing pressure": a modifier of the noun, no second verb
		}
		if tk.Tag == "VBG" && (prev.Tag == "VBD" || prev.Tag == "VBN" || prev.Tag == "VBZ" || prev.Tag == "VBP") && i+1 < s.Last && doc.Tokens[i+1].Tag == "IN" {
			if l := t.lemma(prev); !gerundTaker(l) && !auxLemma(l) && l != "keep" {
				if _, ev := t.lex.events[tk.Lower]; ev {
					tk.Tag = "NN" // "received backing from X", "won funding for": the event received
				}
			}
		}
		if tk.Tag == "VBG" && prev.Lower == "with" && i+1 < s.Last && (doc.Tokens[i+1].Lower == "from" || doc.Tokens[i+1].Lower == "of") {
			if _, ev := t.lex.events[tk.Lower]; ev {
				tk.Tag = "NN" // "hosted the talks with backing from X": the event X gave
			}
		}
		if tk.Tag == "VBG" && (prev.Tag == "VBD" || prev.Tag == "VBN" || prev.Tag == "VBZ" || prev.Tag == "VBP") && i+1 < s.Last && isNounTag(doc.Tokens[i+1].Tag) {
			if l := t.lemma(prev); !gerundTaker(l) && !auxLemma(l) && l != "keep" {
				if _, ev := t.lex.events[doc.Tokens[i+1].Lower]; ev {
					tk.Tag = "JJ" // "imposed sweeping sanctions on X": a modifier of the event, no second verb
				}
			}
		}
		if tk.Tag == "VBG" && prev.Tag != "VBG" && i+2 < s.Last && !isCap(tk.Text) && firmKindNoun(doc.Tokens[i+1].Lower) && isCap(doc.Tokens[i+2].Text) {
			if l := t.lemma(prev); !isVerbTag(prev.Tag) || !gerundTaker(l) && !auxLemma(l) {
				// "appointed accounting firm X", "sued mining company Y",
				// "Rival banking giant Z": the kind of firm, no second verb
				tk.Tag = "NN"
			}
		}
		if tk.Tag == "VBG" && t.lex.reportVerb[prev.Lower] && isVerbTag(prev.Tag) && i+1 < s.Last && (doc.Tokens[i+1].Tag == "VBD" || doc.Tokens[i+1].Tag == "VBZ" || doc.Tokens[i+1].Tag == "MD") {
			tk.Tag = "NN" // "said lending was down": the reported clause's subject, no second verb
		}
		if tk.Tag == "VBZ" && !auxVerb(tk.Lower) && (prev.Tag == "NNP" || prev.Tag == "NN") && i+1 < s.Last && (doc.Tokens[i+1].Tag == "VBD" || doc.Tokens[i+1].Tag == "MD") && strings.HasSuffix(tk.Lower, "s") {
			tk.Tag = "NNS" // "Acme Bank shares fell", "Tesco profits will rise": a noun before the clause's verb
		}
		if tk.Lower == "last" && tk.Tag == "JJ" && (isNounTag(prev.Tag) || prev.Tag == "PRP") && i+1 < s.Last && (doc.Tokens[i+1].Tag == "VBD" || doc.Tokens[i+1].Tag == "VBN") {
			// "the two leaders last held talks in March", "Acme last
			// raised prices in 2019": an adverb of time before the verb
			tk.Tag = "RB"
			doc.Tokens[i+1].Tag = "VBD"
		}
		if (tk.Tag == "VBG" || tk.Tag == "VB" || tk.Tag == "VBP") && prev.Lower == "whose" && !isCap(tk.Text) {
			tk.Tag = "NN" // "the creditors whose backing Acme needs": "whose" opens a noun phrase
		}
		if tk.Tag == "VBZ" && prev.Lower == "whose" && !isCap(tk.Text) && strings.HasSuffix(tk.Lower, "s") {
			tk.Tag = "NNS" // "the party, whose votes the cabinet needs": a plural noun, no verb
		}
		if (tk.Tag == "NN" || tk.Tag == "JJ" || tk.Tag == "JJR" || tk.Tag == "RB") && isVerbTag(prev.Tag) && t.lemma(prev) == "help" && !isCap(tk.Text) && t.lex.verbBase[tk.Lower] && i+1 < s.Last {
			switch doc.Tokens[i+1].Tag {
			case "DT", "PRP$", "CD", "NNP", "NNPS":
				tk.Tag = "VB" // "helped broker the talks", "helped fund the plant": a bare infinitive after "help"
			}
		}
		if (tk.Tag == "VBN" || tk.Tag == "VBD") && prev.Lower == "newly" && i+1 < s.Last && isNounTag(doc.Tokens[i+1].Tag) {
			tk.Tag = "JJ" // "the newly formed Citizens' Party": a modifier, no verb
		}
		if tk.Tag == "VBG" && (prev.Tag == "IN" || prev.Tag == "TO") && i+1 < s.Last && doc.Tokens[i+1].Lower == "between" {
			if _, ev := t.lex.events[tk.Lower]; ev {
				// "shells from fighting between A and B", "fire linked
				// to fighting between A and B": the event
				tk.Tag = "NN"
			}
		}
		if tk.Tag == "JJ" && (prev.Tag == "NNP" || prev.Tag == "NNPS" || prev.Tag == "PRP") && i+1 < s.Last && t.lex.verbBase[tk.Lower] && !timeNouns[doc.Tokens[i+1].Lower] {
			switch doc.Tokens[i+1].Tag {
			case "DT", "CD", "NN", "NNS", "PRP$":
				tk.Tag = "VBP" // "Smith and Jones own 29%"
			}
		}
		if tk.Lower == "shadow" && isVerbTag(tk.Tag) && t.officeAhead(doc, s, i+1) {
			tk.Tag = "JJ" // "Tory shadow education secretary X": an opposition office, no verb
		}
		if tk.Tag == "NN" && (prev.Tag == "NNP" || prev.Lower == "," && i-2 > s.First && doc.Tokens[i-2].Tag == "NNP") && t.lex.verbBase[tk.Lower] && !isCap(tk.Text) {
			// "demanded that Daniel Mwangi resign", "... that the
			// minister, Daniel Mwangi, resign": a base verb after a name
			// opened by "that" after a verb
			n := i - 1
			if prev.Lower == "," {
				n--
			}
			for n > s.First && doc.Tokens[n-1].Tag == "NNP" {
				n--
			}
			if n-1 > s.First && doc.Tokens[n-1].Lower == "," {
				// the description the name stands beside
				k := n - 2
				for k > s.First && k > n-7 && (isNounTag(doc.Tokens[k].Tag) || doc.Tokens[k].Tag == "JJ") && !isCap(doc.Tokens[k].Text) {
					k--
				}
				if doc.Tokens[k].Tag == "DT" {
					n = k
				}
			}
			if n-2 >= s.First && doc.Tokens[n-1].Lower == "that" && isVerbTag(doc.Tokens[n-2].Tag) {
				tk.Tag = "VB"
			}
			// "helped Lena Dvorak pressure big companies", "let Acme buy
			// X": a bare infinitive after the name "help" or "let" takes,
			// before its own object
			if n-1 > s.First && prev.Tag == "NNP" && i+1 < s.Last && isVerbTag(doc.Tokens[n-1].Tag) && bareInfinitiveAt(t, doc, n-1, i+1) {
				tk.Tag = "VB"
			}
		}
		if tk.Tag == "NN" && (prev.Lower == "her" || prev.Lower == "him" || prev.Lower == "them") && i-2 > s.First && i+1 < s.Last && t.lex.verbBase[tk.Lower] &&
			isVerbTag(doc.Tokens[i-2].Tag) && bareInfinitiveAt(t, doc, i-2, i+1) {
			// "by helping her pressure big companies": her, not her
			// pressure
			prev.Tag, tk.Tag = "PRP", "VB"
		}
		if tk.Tag == "NNS" && prev.Tag == "RB" && strings.HasSuffix(prev.Lower, "ly") && !isCap(tk.Text) && strings.HasSuffix(tk.Lower, "s") && t.lex.verbBase[strings.TrimSuffix(tk.Lower, "s")] &&
			(i+1 >= s.Last || !isNounTag(doc.Tokens[i+1].Tag)) {
			tk.Tag = "VBZ" // '"strongly disagrees" with': a verb after a manner adverb
		}
		if tk.Tag == "VBZ" && claimNouns[tk.Lower] && t.infinitiveObjectAt(doc, s, i) {
			tk.Tag = "NNS" // "to discuss weekend newspaper reports that ...": the infinitive's object, no second verb
		}
		if tk.Lower == "that" && (tk.Tag == "WP" || tk.Tag == "WDT") && isNounTag(prev.Tag) && claimNouns[prev.Lower] && claimClauseAfter(doc, i+1, s.Last) {
			tk.Tag = "IN" // "claims that Acme bribed the minister": what is claimed, not a relative clause
		}
		if tk.Lower == "that" && tk.Tag == "DT" && isVerbTag(prev.Tag) && t.clauseVerb(prev) && nameThenVerb(doc, i+1, s.Last) {
			tk.Tag = "IN" // "have denied that Omer negotiated with X": the denied clause, no phrase "that Omer"
		}
		if tk.Lower == "that" && tk.Tag == "IN" && isVerbTag(prev.Tag) {
			// "dismissed that warning as a bluff": an act's "-ing" noun
			// read as a gerund heads the phrase when no clause follows
			var ing *Token
			if nx := &doc.Tokens[min(i+1, s.Last-1)]; i+1 < s.Last && nx.Tag == "VBG" && proposalNouns[nx.Lower] != nil && !isCap(nx.Text) {
				ing, nx.Tag = nx, "NN"
			}
			if thatDeterminer(doc, i, s.Last, t.lex.verbs[t.lemma(prev)].report) {
				tk.Tag = "DT" // "rejected that account and accused ...": no clause follows
			} else if ing != nil {
				ing.Tag = "VBG"
			}
		}
		if (tk.Tag == "JJ" || tk.Tag == "NN") && (prev.Tag == "WP" || prev.Tag == "WDT") && (prev.Lower == "that" || prev.Lower == "which" || prev.Lower == "who") && i-2 >= s.First && i+1 < s.Last &&
			(doc.Tokens[i-2].Tag == "NNS" || doc.Tokens[i-2].Tag == "NNPS") && !isCap(tk.Text) && t.lex.verbBase[tk.Lower] {
			switch doc.Tokens[i+1].Tag {
			case "DT", "CD", "RB", "IN", "PRP$", "NNP":
				tk.Tag = "VBP" // "the trusts that own about two-thirds of X": a plural's relative clause opens with its verb
			}
		}
		if tk.Tag == "VBZ" && prev.Tag == "WDT" && !isCap(tk.Text) && !auxVerb(tk.Lower) && i+1 < s.Last {
			if n := doc.Tokens[i+1].Tag; n == "VBD" || n == "VBN" || n == "VBP" || n == "MD" {
				tk.Tag = "NNS" // "which regulators approved": the relative clause's subject
			}
		}
		if tk.Lower == "once" && tk.Tag == "IN" && auxVerb(prev.Lower) && prev.Lower != "'s" && i+1 < s.Last && doc.Tokens[i+1].Tag != "PRP" {
			tk.Tag = "RB" // "was once his mentor", "had once led the party": an adverb after an auxiliary
		}
		if tk.Tag == "NN" && !isCap(tk.Text) && t.lex.verbBase[tk.Lower] && (prev.Tag == "NNP" || prev.Tag == "NNPS") && i+1 < s.Last && !isNounTag(doc.Tokens[i+1].Tag) && namesAfterRelative(doc, s.First, i) {
			tk.Tag = "VBP" // "which Turkey, the EU and the US list as": the names are the relative clause's subject
		}
		if (tk.Lower == "both" || tk.Lower == "all" || tk.Lower == "each") && (isNounTag(prev.Tag) || prev.Tag == "PRP") && i+1 < s.Last {
			if n := doc.Tokens[i+1].Tag; n == "VBD" || n == "VBZ" || n == "VBP" || n == "MD" || n == "RB" {
				tk.Tag = "RB" // "The US and the EU both welcomed": a floating quantifier
			}
		}
		if tk.Tag == "IN" && !prepositions[tk.Lower] && !isCap(tk.Text) {
			// "wind farm developer Ventomar": a closed class admits no
			// new words; an unknown one is a noun
			tk.Tag = "NN"
		}
		if (tk.Tag == "VB" || tk.Tag == "VBP") && !isCap(tk.Text) && !t.lex.verbBase[tk.Lower] && isCap(prev.Text) && i > s.First && i+1 < s.Last {
			if _, dem := t.lex.demonyms[prev.Lower]; dem {
				if n := doc.Tokens[i+1].Tag; n == "VBD" || n == "VBZ" || n == "MD" || i-2 >= s.First && doc.Tokens[i-2].Tag == "DT" {
					tk.Tag = "NN" // "The Chinese embassy later issued": no verb base after a demonym
				}
			}
		}
		if (tk.Tag == "VB" || tk.Tag == "VBP" || tk.Tag == "VBZ") && !isCap(tk.Text) && (prev.Tag == "JJ" || prev.Tag == "NNP") && isCap(prev.Text) && i+1 < s.Last && isNounTag(doc.Tokens[i+1].Tag) {
			if _, dem := t.lex.demonyms[prev.Lower]; dem {
				// "Portuguese wind farm developer": a noun after a demonym
				if tk.Tag == "VBZ" {
					tk.Tag = "NNS"
				} else {
					tk.Tag = "NN"
				}
			}
		}
		if tk.Tag == "VBN" && !mergedWords[tk.Lower] && i+1 < s.Last && (doc.Tokens[i+1].Tag == "NN" || doc.Tokens[i+1].Tag == "NNS") && !isCap(doc.Tokens[i+1].Text) &&
			(prev.Tag == "DT" || prev.Tag == "PRP$" || prev.Tag == "POS" || prev.Tag == "JJ" && i-2 >= s.First && doc.Tokens[i-2].Tag == "DT" || strings.Contains(prev.Text, "-") && i-2 >= s.First && doc.Tokens[i-2].Tag == "DT") {
			tk.Tag = "JJ" // "the Iran-backed armed group", "an unnamed official": inside a noun phrase
		}
		if tk.Tag == "VBG" && (prev.Tag == "POS" || prev.Tag == "PRP$") && t.lex.events[tk.Lower].lemma != "" &&
			(i+1 >= s.Last || doc.Tokens[i+1].Tag == "IN" || doc.Tokens[i+1].Tag == "," || doc.Tokens[i+1].Tag == ".") {
			tk.Tag = "NN" // "Ansel Brody's sacking over the losses": an event noun after a possessive
		}
		if tk.Tag == "VBG" && !isCap(tk.Text) && (proposalNouns[tk.Lower] != nil || t.lex.events[tk.Lower].lemma != "") && articleBefore(doc, s.First, i) &&
			(i+1 >= s.Last || doc.Tokens[i+1].Tag == "IN" || doc.Tokens[i+1].Tag == "CC" || doc.Tokens[i+1].Tag == "," || doc.Tokens[i+1].Tag == ".") {
			tk.Tag = "NN" // "rejected the warning as blackmail", "dismissed the relocation warning as a bluff": an act's noun after an article
		}
		if tk.Tag == "VBG" && (tk.Lower == "acting" || tk.Lower == "outgoing" || tk.Lower == "incoming") && i+1 < s.Last && t.lex.roles[doc.Tokens[i+1].Lower] {
			tk.Tag = "JJ" // "appointed acting president": a modifier of the office
		}
		if (tk.Tag == "VB" || tk.Tag == "VBP") && !isCap(tk.Text) && !t.lex.verbBase[tk.Lower] && isNounTag(prev.Tag) &&
			(descHeads[tk.Lower] != "" || t.lex.roles[tk.Lower] || t.lex.orgWords[tk.Lower]) {
			tk.Tag = "NN" // "Nigeria's telecoms regulator hit": a body or role noun, no verb
		}
		if (tk.Tag == "VB" || tk.Tag == "VBP") && !isCap(tk.Text) && strings.HasSuffix(tk.Lower, "er") && !t.lex.verbBase[tk.Lower] &&
			isNounTag(prev.Tag) && i+1 < s.Last && doc.Tokens[i+1].Tag == "NNP" {
			tk.Tag = "NN" // "games maker Bluefin": an agent noun before a name
		}
		if rest := strings.TrimPrefix(strings.TrimPrefix(tk.Text, "d'"), "d’"); rest != tk.Text && len(rest) > 1 && !isCap(rest) && isNounTag(prev.Tag) {
			tk.Tag = "NN" // "charge d'affaires", "maître d'hôtel": a French phrase's elided noun
		}
		if isVerbTag(tk.Tag) && isCap(tk.Text) && i > s.First && (prev.Lower == "to" || prev.Lower == "in" || prev.Lower == "from") && t.placeName(tk.Lower) {
			tk.Tag = "NNP" // "had flown to Singapore": a place, not a verb
		}
		if nameParticles[tk.Text] && (prev.Tag == "NNP" || prev.Tag == "NNPS") && isCap(prev.Text) && i+1 < s.Last && doc.Tokens[i+1].Tag == "NNP" && isCap(doc.Tokens[i+1].Text) {
			tk.Tag = "NNP" // "Astilleros del Nervion", "Ursula von der Leyen": inside the name
		}
		if t.demonymAsVerb(tk) {
			tk.Tag = "JJ" // "Dutch European Affairs Minister X said": a nationality, never a verb
		}
		if moneyAmount(tk.Text) {
			tk.Tag = "CD" // "$6 billion", "A$1.9 billion", "HK$300"
		}
		if tk.Tag == "RB" && !isCap(tk.Text) && t.lex.pastForms[tk.Lower] && (prev.Tag == "NNP" || prev.Tag == "NNPS" || prev.Tag == "NNS" || prev.Tag == "NN" || prev.Tag == "PRP") && i+1 < s.Last {
			if n := doc.Tokens[i+1].Tag; n == "DT" || n == "NN" || n == "NNS" || n == "NNP" || n == "PRP$" || n == "PRP" || n == "JJ" {
				tk.Tag = "VBD" // "the court on Friday upheld parliament's ...": a simple past, not an adverb
			}
		}
		if (tk.Tag == "VBP" || tk.Tag == "VB" || tk.Tag == "VBZ") && (prev.Tag == "NN" || prev.Tag == "JJ") && !isCap(tk.Text) && !isCap(prev.Text) && i+1 < s.Last && t.compoundEvent(doc, s, i) {
			tk.Tag = "NN" // "a 410 million euro takeover offer from X": the head of the noun phrase
			if strings.HasSuffix(tk.Lower, "s") && tk.Lower != "talks" {
				tk.Tag = "NNS"
			}
		}
		if tk.Tag == "VBZ" && tk.Lower == "talks" && i+1 < s.Last && doc.Tokens[i+1].Lower == "between" {
			tk.Tag = "NNS" // "but talks between the two sides stalled": no one talks between others
		}
		if tk.Tag == "VBZ" && proposalNouns[tk.Lower] != nil && prev.Lower == "," && answerGap(doc, i+1, s.Last, t.lemma) {
			tk.Tag = "NNS" // "accused Ruritania of ..., claims Moscow has rejected": the answered act, with a relative clause
		}
		if tk.Tag == "VBZ" && proposalNouns[tk.Lower] != nil && (prev.Tag == "NN" || prev.Tag == "NNP") && i-2 >= s.First && isVerbTag(doc.Tokens[i-2].Tag) &&
			responseVerbs[t.lemma(&doc.Tokens[i-2])] && i+1 < s.Last && (doc.Tokens[i+1].Tag == "IN" || doc.Tokens[i+1].Tag == "TO" || doc.Tokens[i+1].Tag == "," || doc.Tokens[i+1].Tag == ".") {
			tk.Tag = "NNS" // "rejected opposition calls for an inquiry": an answered act after a response verb, no clause
		}
		if isVerbTag(tk.Tag) && tk.Tag != "VBN" && prev.Tag == "CD" && !isCap(tk.Text) && t.amountNoun(doc, s, i) {
			tk.Tag = "NN" // "Acme's unsolicited $44bn offer for", "a 21 billion shilling acquisition"
		}
		if placeAdjectives[tk.Lower] && isCap(tk.Text) && tk.Tag != "NNP" && i+1 < s.Last && doc.Tokens[i+1].Tag == "NNP" && isCap(doc.Tokens[i+1].Text) {
			tk.Tag = "NNP" // "premier of Lower Saxony", "Western Australia"
		}
		if tk.Tag == "VBD" && (prev.Tag == "NN" || prev.Tag == "NNS") && !isCap(prev.Text) && strings.HasSuffix(tk.Lower, "ed") && !t.lex.verbs[t.lemma(tk)].report && reducedRelative(doc, i, s.Last) {
			tk.Tag = "VBN" // "a missile fired at Vandria crossed the border": a reduced relative
		}
		if tk.Tag == "VBD" && isNounTag(prev.Tag) && i+1 < s.Last && chargeParticiples[tk.Lower] != "" && doc.Tokens[i+1].Lower == chargeParticiples[tk.Lower] {
			tk.Tag = "VBN" // "arrested two men suspected of arson", "a businessman accused of fraud": the active verb takes its object before "of"
		}
		if tk.Tag == "VBD" && isNounTag(prev.Tag) && strings.HasSuffix(tk.Lower, "ed") && nameAgentAfter(doc, i, s.Last) && finiteVerbBefore(doc, s.First, i) {
			tk.Tag = "VBN" // "after talks between A and B hosted by Angola": the agent of a reduced relative
		}
		if tk.Tag == "VBD" && prev.Lower == "," && (strings.HasSuffix(tk.Lower, "ed") || t.lex.pastForms[tk.Lower]) && timeThenBy(doc, i, s.Last) {
			tk.Tag = "VBN" // "The Lantern Party, founded only last year by X, won": a reduced passive relative
		}
		if tk.Tag == "VBP" && prev.Tag == "NNS" && !isCap(tk.Text) && singularOpened(doc, i) {
			tk.Tag = "NN" // "over a television rights contract with X": "a" opens no plural subject
		}
		if tk.Tag == "JJ" && prev.Lower == "and" && neverAdjective[tk.Lower] {
			tk.Tag = "VBD" // "condemned what it called an attack and urged political leaders to ..."
		}
		if (tk.Tag == "VB" || tk.Tag == "VBP") && prev.Lower == "and" && !isCap(tk.Text) && i-2 >= s.First && i+1 < s.Last &&
			t.lex.roles[doc.Tokens[i-2].Lower] && t.lex.roles[doc.Tokens[i+1].Lower] && !isCap(doc.Tokens[i+1].Text) {
			tk.Tag = "JJ" // "a former governor and close ally of X": an adjective of the second description, no verb
		}
		if tk.Tag == "VB" && prev.Lower == "and" && !isCap(tk.Text) && t.lex.pastForms[tk.Lower] && !t.lex.verbBase[tk.Lower] && finiteVerbBefore(doc, s.First, i-1) {
			tk.Tag = "VBD" // "suspended all transactions with it and froze its assets": an irregular past closing a series, no base form
		}
		if tk.Tag == "VBN" && prev.Lower == "and" && i+1 < s.Last && doc.Tokens[i+1].Lower == "to" && t.lex.verbs[t.lemma(tk)].ctlSubj && activeGerundBefore(doc, i-1, s.First) {
			tk.Tag = "VBD" // "accused him of lying and threatened to sue him": the accuser's second verb, no participle
		}
		if tk.Tag == "VBN" && (subjectPronouns[prev.Lower] || prev.Lower == "it" && i-2 >= s.First && t.saidBefore(doc, i-2)) && (strings.HasSuffix(tk.Lower, "ed") || t.lex.pastForms[tk.Lower]) {
			tk.Tag = "VBD" // "he stood by X", "said it stood by X": a pronoun subject's simple past, never a reduced relative
		}
		if tk.Tag == "VBD" && !isCap(tk.Text) {
			b := prev
			if b.Tag == "RB" && i-2 >= s.First {
				b = &doc.Tokens[i-2] // "was also told", "were quickly sold"
			}
			if beForms[b.Lower] && t.lemma(b) == "be" {
				tk.Tag = "VBN" // "she was told by the ministry": a passive participle, no second finite verb after "be"
			}
		}
		if tk.Tag == "PDT" && (prev.Lower == "has" || prev.Lower == "have" || prev.Lower == "had") {
			tk.Tag = "VBN" // "has quit the party"
		}
		if tk.Tag == "JJ" && (prev.Lower == "has" || prev.Lower == "have" || prev.Lower == "had") && t.lex.pastForms[tk.Lower] && i+1 < s.Last && followsVerb(doc.Tokens[i+1].Tag) {
			tk.Tag = "VBN" // "has lent Acme 60 million euros"
		}
		if (tk.Tag == "NN" || tk.Tag == "VBP" || tk.Tag == "JJ") && !isCap(tk.Text) && t.lex.verbBase[tk.Lower] {
			if prev.Tag == "MD" || prev.Lower == "to" && i+1 < s.Last && followsVerb(doc.Tokens[i+1].Tag) && (i < 2 || !isNounTag(doc.Tokens[i-2].Tag)) {
				tk.Tag = "VB"
			}
		}
		if tk.Tag == "VB" && prev.Tag == "TO" && defiedPressure[tk.Lower] != "" && i+1 < s.Last && doc.Tokens[i+1].Lower == "from" {
			tk.Tag, prev.Tag = "NN", "IN" // "bowing to pressure from X": the pressure X puts, no infinitive
		}
	}
	for i := s.First; i+1 < s.Last; i++ {
		// a role noun before a name is a noun: "Rovers boss Mark Hughes"
		tk := &doc.Tokens[i]
		if (isVerbTag(tk.Tag) || tk.Tag == "JJ") && !isCap(tk.Text) && t.lex.roles[tk.Lower] && doc.Tokens[i+1].Tag == "NNP" && isCap(doc.Tokens[i+1].Text) {
			tk.Tag = "NN"
			if i > s.First {
				if prev := &doc.Tokens[i-1]; isCap(prev.Text) && (prev.Tag == "NNS" || prev.Tag == "NN" || prev.Tag == "JJ") {
					prev.Tag = "NNP"
				}
			}
		}
	}
	for i := s.First + 1; i+1 < s.Last; i++ {
		tk := &doc.Tokens[i]
		if tk.Tag != "NNS" || isCap(tk.Text) {
			continue
		}
		prev, next := doc.Tokens[i-1].Tag, doc.Tokens[i+1].Tag
		if prev != "NNP" && prev != "NNPS" && prev != "PRP" {
			continue
		}
		if _, dem := t.lex.demonyms[doc.Tokens[i-1].Lower]; dem && i-2 >= s.First {
			if pp := doc.Tokens[i-2].Tag; isVerbTag(pp) || pp == "IN" || pp == "DT" || pp == "TO" {
				continue // "accused Azerbaijani forces of": a demonym after a verb opens a noun phrase
			}
		}
		switch next {
		case "TO", "IN", "DT", "PRP$", "PRP", "NNP", "NNPS":
			if t.lex.verbBase[t.lex.verbLemma(tk.Lower)] {
				tk.Tag = "VBZ"
			}
		}
	}
	for i := s.First + 2; i < s.Last; i++ {
		if tk := &doc.Tokens[i]; tk.Tag == "VBZ" && !isCap(tk.Text) && !auxVerb(tk.Lower) && strings.HasSuffix(tk.Lower, "s") && t.objectCompound(doc, s, i) {
			tk.Tag = "NNS" // "sold part of its copper holdings to X": the head of a prepositional object
		}
		if tk := &doc.Tokens[i]; tk.Tag == "VBZ" && !isCap(tk.Text) && !auxVerb(tk.Lower) && strings.HasSuffix(tk.Lower, "s") && (coordinatedModifiers(doc, s, i) || t.objectModifiers(doc, s, i)) {
			tk.Tag = "NNS" // "sceptical about Labour and Conservative promises on tax": a preposition's object, no clause
		}
		if tk := &doc.Tokens[i]; tk.Tag == "VBZ" && !isCap(tk.Text) && !auxVerb(tk.Lower) && strings.HasSuffix(tk.Lower, "s") && t.countedName(doc, s, i) {
			tk.Tag = "NNS" // "ordered 30 Acme A400 jets for": the things the number counts
		}
	}
	for i := s.First + 2; i+1 < s.Last; i++ {
		tk := &doc.Tokens[i]
		if tk.Tag != "VBD" || isCap(tk.Text) || !strings.HasSuffix(tk.Lower, "ed") {
			continue
		}
		if p := &doc.Tokens[i-1]; !(isNounTag(p.Tag) && !isCap(p.Text) || (p.Tag == "NNP" || p.Tag == "NNPS") && isCap(p.Text)) {
			continue
		}
		switch doc.Tokens[i+1].Tag {
		case "IN", "TO", "RB", ",", ".":
			if t.inObjectPhrase(doc, s, i) {
				// "postponed a trade mission to Belandria planned for
				// November": a participle after the preposition's
				// object, where no verb of the clause can stand
				tk.Tag = "VBN"
			}
		}
	}
	for i := s.First; i+2 < s.Last; i++ {
		// "has turned down the offer": after an auxiliary the tagger reads
		// the particle of "turn down" as a preposition before its object
		if tk := &doc.Tokens[i+1]; tk.Lower == "down" && tk.Tag == "IN" && isVerbTag(doc.Tokens[i].Tag) && t.lemma(&doc.Tokens[i]) == "turn" {
			if n := doc.Tokens[i+2].Tag; n == "DT" || n == "PRP$" || n == "CD" || n == "JJ" || isNounTag(n) {
				tk.Tag = "RP"
			}
		}
	}
	if i := loneParticiple(doc, s); i >= 0 {
		doc.Tokens[i].Tag = "VBD" // "Hundreds of nurses marched through Tarsa, accusing ...": the sentence's only verb
	}
}

// loneParticiple returns the token of a regular past form tagged as a
// participle right after the noun phrase that opens a full sentence
// ("Hundreds of nurses marched through Tarsa, accusing ...") when no
// finite verb stands anywhere in the sentence, so that the participle
// can only be its main verb; -1 otherwise. A headline, with no full
// stop, keeps its participle ("Minister sacked over leak"), and so does
// a passive one with "by" after it.
func loneParticiple(doc *Document, s Sentence) int {
	if s.Last-s.First < 4 || doc.Tokens[s.Last-1].Lower != "." {
		return -1
	}
	v := -1
	for i := s.First; i < s.Last; i++ {
		tk := &doc.Tokens[i]
		switch tk.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return -1
		case "VBN":
			if v < 0 {
				v = i
			}
		}
	}
	if v <= s.First || !strings.HasSuffix(doc.Tokens[v].Lower, "ed") || doc.Tokens[v+1].Lower == "by" {
		return -1
	}
	if p := doc.Tokens[v-1].Tag; p != "NNS" && p != "NN" && p != "NNP" && p != "NNPS" {
		return -1
	}
	for i := s.First; i < v; i++ {
		switch doc.Tokens[i].Tag {
		case "DT", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$":
		case "IN":
			if doc.Tokens[i].Lower != "of" {
				return -1
			}
		default:
			return -1
		}
	}
	return v
}

// officeAhead reports whether an office's noun ("secretary", "chancellor")
// follows token i within three lower-case nouns ("education secretary",
// "work and pensions secretary") in sentence s.
func (t *TagStage) officeAhead(doc *Document, s Sentence, i int) bool {
	return officeAhead(doc, t.lex, i, s.Last)
}

// officeAhead reports whether lower-case nouns and adjectives from token i
// (before last) reach an office's noun within four tokens ("health
// secretary", "attorney general").
func officeAhead(doc *Document, lex *lexicon, i, last int) bool {
	for k := i; k < last && k < i+4; k++ {
		tk := &doc.Tokens[k]
		if isCap(tk.Text) {
			return false
		}
		if lex.roles[tk.Lower] {
			return true
		}
		if !isNounTag(tk.Tag) && tk.Tag != "JJ" && tk.Lower != "and" && !isVerbTag(tk.Tag) {
			return false
		}
	}
	return false
}

// demonymAsVerb reports whether tk is a capitalised nationality the
// tagger read as a verb or a modal ("Dutch", "Finnish").
func (t *TagStage) demonymAsVerb(tk *Token) bool {
	_, dem := t.lex.demonyms[tk.Lower]
	return dem && isCap(tk.Text) && (isVerbTag(tk.Tag) || tk.Tag == "MD")
}

// adverbialIdioms are a preposition and a noun that together are an
// adverb ("in turn", "in fact", "of course").
var adverbialIdioms = map[string]bool{"in turn": true, "in fact": true, "of course": true, "in part": true, "in short": true,
	"at first": true, "at last": true, "in particular": true, "in general": true, "by contrast": true, "in contrast": true,
	"in effect": true, "in principle": true, "in practice": true, "in return": true, "at once": true, "in person": true}

// changeGerunds are participles of change or growth that, before a noun,
// modify it ("rising prices", "mounting debts").
var changeGerunds = map[string]bool{"rising": true, "falling": true, "growing": true, "mounting": true, "soaring": true,
	"increasing": true, "declining": true, "worsening": true, "deepening": true, "widening": true, "shrinking": true,
	"dwindling": true, "slowing": true, "booming": true, "spiralling": true, "spiraling": true, "surging": true, "easing": true}

// coordinatedModifiers reports whether capitalised words joined by "and"
// end right before token i after a preposition or a determiner ("about
// Labour and Green Party promises", "the Fusion and Zephyr models"): they
// modify the word at i, which no clause can follow there.
func coordinatedModifiers(doc *Document, s Sentence, i int) bool {
	k := namesJoinedBefore(doc, s, i)
	if k < 0 {
		return false
	}
	p := &doc.Tokens[k]
	return p.Tag == "IN" && prepositions[p.Lower] && !subordinators[p.Lower] || p.Tag == "DT" || p.Tag == "PRP$"
}

// namesJoinedBefore returns the token before the capitalised words, two
// or more joined by one "and", that end right before token i ("Labour and
// Green Party" in "about Labour and Green Party promises"), or -1 when no
// such run ends there.
func namesJoinedBefore(doc *Document, s Sentence, i int) int {
	k, and := i-1, -1
	for k > s.First && (isCap(doc.Tokens[k].Text) || doc.Tokens[k].Lower == "and" && and < 0) {
		if doc.Tokens[k].Lower == "and" {
			and = k
		}
		k--
	}
	if and < 0 || k == i-1 || and == k+1 || and == i-1 {
		return -1
	}
	return k
}

// objectModifiers reports whether names joined by "and" end right before
// token i after a verb that takes a noun object and no clause
// ("criticised Dorvan and Keltic promises on housing"): what follows such
// a verb is its object, so the word at i is the noun the names modify.
func (t *TagStage) objectModifiers(doc *Document, s Sentence, i int) bool {
	k := namesJoinedBefore(doc, s, i)
	if k < 0 {
		return false
	}
	v := &doc.Tokens[k]
	if v.Tag != "VBD" && v.Tag != "VBZ" && v.Tag != "VBP" || isCap(v.Text) {
		return false
	}
	l := t.lex.verbLemma(v.Lower)
	return t.lex.verbBase[l] && !t.lex.verbs[l].report && !t.lex.reportVerb[v.Lower] && !clauseVerbs[l] && !beForms[v.Lower]
}

// objectCompound reports whether the word at i, read as a present-tense
// verb after a noun or name, instead ends the noun phrase a preposition
// opens after the object of a verb: "sold part of its copper holdings to
// Acme", "booked a string of new wheat orders from Egypt", "sued three of
// the region's steel makers". Inside a prepositional
// phrase no clause can start, so no verb can follow its noun there; only
// "than", "as" and "like" open a clause of comparison ("earned more than
// Acme earns"). Right after a verb a phrase may still be a clause's
// subject ("said Acme shares fell", "hopes parliament votes for"), and a
// preposition straight after a participle may end a reduced relative
// before the main verb ("a firm owned by Acme faces"): neither counts, nor
// a relative clause that ends before the main verb ("the firm that took a
// stake in Acme plans").
func (t *TagStage) objectCompound(doc *Document, s Sentence, i int) bool {
	prev := &doc.Tokens[i-1]
	if !(prev.Tag == "NN" && !isCap(prev.Text) || prev.Tag == "NNP" && isCap(prev.Text)) {
		return false
	}
	return t.inObjectPhrase(doc, s, i)
}

// inObjectPhrase reports whether the noun phrase ending right before token
// i is the object of a preposition after the object of a verb that takes
// no clause ("postponed a trade mission to Belandria", "sold part of its
// holdings"), with no relative clause before that verb: no verb of the
// clause can follow the phrase there. objectCompound describes the cases
// it leaves out.
func (t *TagStage) inObjectPhrase(doc *Document, s Sentence, i int) bool {
	k := i - 1
	for k > s.First && k > i-7 {
		switch doc.Tokens[k-1].Tag {
		case "NN", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "POS":
			k--
			continue
		}
		break
	}
	if k > s.First && (doc.Tokens[k-1].Tag == "DT" && doc.Tokens[k-1].Lower != "that" || doc.Tokens[k-1].Tag == "PRP$") {
		k--
	}
	if k == s.First {
		return false
	}
	if p := &doc.Tokens[k-1]; p.Tag != "IN" && p.Tag != "TO" || !prepositions[p.Lower] || subordinators[p.Lower] || comparisonWords[p.Lower] {
		return false
	}
	// the verb whose object the preposition follows: "sold part of its
	// holdings", not "owned by Acme" or "based in"
	v := -1
	for j := k - 2; j > s.First && j > k-12; j-- {
		tj := &doc.Tokens[j]
		if isVerbTag(tj.Tag) {
			o := j + 1
			if doc.Tokens[o].Tag == "RP" {
				o++ // "called off a trip to Tarsa": the verb's particle
			}
			if n := doc.Tokens[o].Tag; o < k-1 && (n == "DT" || n == "PRP$" || n == "CD" || n == "JJ" || isNounTag(n)) {
				v = j
			}
			break
		}
		if tj.Tag == "," || tj.Tag == ":" || tj.Tag == "CC" || tj.Tag == "``" || tj.Tag == "MD" || tj.Tag == "WDT" || tj.Tag == "WP" || tj.Tag == "WRB" || tj.Lower == "," || subordinators[tj.Lower] {
			break
		}
	}
	if v < 0 {
		return false
	}
	vt := &doc.Tokens[v]
	switch vt.Tag {
	case "VB", "VBD", "VBP", "VBZ":
	case "VBG", "VBN":
		// "is holding a stake in", "has made a number of finds in", not
		// "a firm making steel in"
		if !auxVerb(doc.Tokens[v-1].Lower) || doc.Tokens[v-1].Tag == "POS" {
			return false
		}
	default:
		return false
	}
	l := t.lex.verbLemma(vt.Lower)
	if isCap(vt.Text) || !t.lex.verbBase[l] {
		return false // no verb the lexicon knows: "fraud" read as one in "Card fraud probe widens"
	}
	if t.lex.verbs[l].report || t.lex.reportVerb[vt.Lower] || clauseVerbs[l] || beForms[vt.Lower] {
		return false // "warned investors at a meeting in Oslo the firm needs"
	}
	for j := v - 1; j >= s.First; j-- {
		switch tj := &doc.Tokens[j]; {
		case tj.Tag == "WDT" || tj.Tag == "WP" || tj.Tag == "WP$" || tj.Lower == "that":
			return false // a relative clause before the main verb
		case tj.Tag == "VBD" || tj.Tag == "VBZ" || tj.Tag == "VBP" || tj.Tag == "MD" || tj.Lower == "," || tj.Tag == ":":
			return true
		}
	}
	return true
}

// countedName reports whether the word at i follows a name that a number
// opens right after a verb taking no clause: the number counts what the
// plural at i names ("ordered 30 Acme A400 jets for $2bn", "will receive
// 1.5 Brio shares in return"). A date is no such name ("due on 8 May
// goes through"), nor the subject after "in 2004" or a verb of saying.
func (t *TagStage) countedName(doc *Document, s Sentence, i int) bool {
	k := i - 1
	for k > s.First && doc.Tokens[k].Tag == "NNP" && isCap(doc.Tokens[k].Text) && !months[doc.Tokens[k].Lower] {
		k--
	}
	if k == i-1 || k <= s.First || doc.Tokens[k].Tag != "CD" {
		return false
	}
	v := &doc.Tokens[k-1]
	if !isVerbTag(v.Tag) || isCap(v.Text) {
		return false
	}
	l := t.lex.verbLemma(v.Lower)
	return t.lex.verbBase[l] && !t.lex.verbs[l].report && !t.lex.reportVerb[v.Lower] && !clauseVerbs[l] && !beForms[v.Lower]
}

// comparisonWords open a clause of comparison as prepositions do ("more
// than Acme earns", "like Acme does").
var comparisonWords = map[string]bool{"than": true, "as": true, "like": true, "unlike": true}

// clauseVerbs take a clause without "that" as their object, besides the
// verbs of saying ("knew the firm owes", "ensure the company pays").
var clauseVerbs = map[string]bool{
	"know": true, "hope": true, "expect": true, "fear": true, "find": true, "show": true, "feel": true, "reckon": true,
	"agree": true, "ensure": true, "mean": true, "predict": true, "realise": true, "realize": true, "recognise": true,
	"recognize": true, "reveal": true, "estimate": true, "indicate": true, "accept": true, "assume": true, "guess": true,
	"doubt": true, "wish": true, "suppose": true, "decide": true, "learn": true, "hear": true, "see": true,
	"understand": true, "forecast": true, "prove": true, "deny": true, "worry": true, "imagine": true, "remember": true,
	"notice": true, "signal": true, "conclude": true, "bet": true, "convince": true, "assure": true, "persuade": true,
	"remind": true, "inform": true, "promise": true, "advise": true, "notify": true, "satisfy": true, "reassure": true,
	"teach": true, "guarantee": true, "alert": true, "demonstrate": true, "emphasise": true, "emphasize": true,
	"calculate": true, "judge": true, "presume": true, "maintain": true, "contend": true,
	"concede": true, "point": true, "reason": true, "testify": true, "rule": true, "determine": true, "discover": true,
}

// timeThenBy reports whether a time phrase ("last year", "only this
// month", "two years ago") follows token i and "by" and a name follow
// it: the agent of a participle, no object of a finite verb.
func timeThenBy(doc *Document, i, last int) bool {
	k, time := i+1, false
	for k < last && k <= i+5 {
		switch tk := &doc.Tokens[k]; {
		case timeWords[tk.Lower]:
			time = true
		case tk.Tag == "RB" || tk.Tag == "JJ" || tk.Tag == "DT" || tk.Tag == "CD":
		default:
			return time && tk.Lower == "by" && k+1 < last && (isCap(doc.Tokens[k+1].Text) || doc.Tokens[k+1].Tag == "DT")
		}
		k++
	}
	return false
}

// nameAgentAfter reports whether "by" and a name ("by Angola", "by the
// Labour Ministry") follow token i.
func nameAgentAfter(doc *Document, i, last int) bool {
	k := i + 1
	if k+1 >= last || doc.Tokens[k].Lower != "by" {
		return false
	}
	k++
	if doc.Tokens[k].Lower == "the" && k+1 < last {
		k++
	}
	return doc.Tokens[k].Tag == "NNP" || doc.Tokens[k].Tag == "NNPS"
}

// finiteVerbBefore reports whether a finite verb stands in [first, i)
// with no comma or relative word after it: the clause before token i has
// its verb already.
func finiteVerbBefore(doc *Document, first, i int) bool {
	for k := i - 1; k >= first; k-- {
		switch tk := &doc.Tokens[k]; {
		case tk.Tag == "," || tk.Tag == "WDT" || tk.Tag == "WP" || tk.Lower == "that" || tk.Tag == ":":
			return false
		case tk.Tag == "VBD" || tk.Tag == "VBZ" || tk.Tag == "VBP" || tk.Tag == "MD":
			return true
		}
	}
	return false
}

// reducedRelative reports whether the past form at i, after a noun, is
// followed by a preposition, a short noun phrase and then a finite verb
// with nothing between: the verb after the phrase is the clause's own, so
// the form at i is a participle ("the envoy sent to Oskaria met X").
func reducedRelative(doc *Document, i, last int) bool {
	p := i + 1
	if p+2 >= last || doc.Tokens[p].Tag != "IN" || doc.Tokens[p].Lower == "that" || subordinators[doc.Tokens[p].Lower] {
		return false
	}
	for k := p + 1; k < last && k <= p+6; k++ {
		switch t := doc.Tokens[k].Tag; {
		case t == "DT" || t == "JJ" || t == "CD" || t == "POS" || t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS":
			continue
		case (t == "VBD" || t == "VBZ" || t == "VBP") && k > p+1:
			return true
		}
		return false
	}
	return false
}

// chargeParticiples are verbs of charging whose active form puts the one
// charged between the verb and the preposition of the charge ("accused
// Acme of fraud"): right after a noun and before that preposition they
// are a reduced relative's participle ("two men suspected of arson").
var chargeParticiples = map[string]string{"suspected": "of", "accused": "of", "convicted": "of", "charged": "with"}

// subjectPronouns are personal pronouns only in the subject case, which a
// reduced relative cannot follow ("it" and "you" may be objects).
var subjectPronouns = map[string]bool{"i": true, "we": true, "he": true, "she": true, "they": true}

// saidBefore reports whether token k is "that" or a past or present verb
// of speech, which opens a clause whose subject follows ("said it").
func (t *TagStage) saidBefore(doc *Document, k int) bool {
	tk := &doc.Tokens[k]
	if tk.Lower == "that" {
		return true
	}
	return (tk.Tag == "VBD" || tk.Tag == "VBZ" || tk.Tag == "VBP") && t.lex.verbs[t.lemma(tk)].report
}

// activeGerundBefore reports whether the verb nearest before token and
// (first the sentence's first token) is a gerund after "of" or "for"
// that completes a simple past verb ("accused him of lying", "criticised
// the board for ignoring it"): a verb coordinated after and then joins
// that past verb, as no participle could join the gerund.
func activeGerundBefore(doc *Document, and, first int) bool {
	g := -1
	for k := and - 1; k >= first; k-- {
		if tg := doc.Tokens[k].Tag; strings.HasPrefix(tg, "VB") || tg == "MD" {
			if tg != "VBG" {
				return false
			}
			g = k
			break
		}
	}
	if g <= first || doc.Tokens[g-1].Lower != "of" && doc.Tokens[g-1].Lower != "for" {
		return false
	}
	for k := g - 2; k >= first; k-- {
		if tg := doc.Tokens[k].Tag; strings.HasPrefix(tg, "VB") || tg == "MD" {
			return tg == "VBD"
		}
	}
	return false
}

// initialNounModifier reports whether sentence s opens with a word read
// as a bare verb that modifies the nouns after it: nouns follow it
// directly and a finite verb follows them ("Press freedom groups
// welcomed", "Trade unions said"), where an order would take an object
// with a determiner ("Give the money back").
func initialNounModifier(doc *Document, s Sentence) bool {
	t := s.First + 1
	n := 0
	for t < s.Last && (doc.Tokens[t].Tag == "NN" || doc.Tokens[t].Tag == "NNS") {
		t, n = t+1, n+1
	}
	if n == 0 || t >= s.Last || doc.Tokens[t-1].Tag != "NNS" {
		return false
	}
	switch doc.Tokens[t].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

func followsVerb(tag string) bool {
	switch tag {
	case "DT", "PRP$", "PRP", "NNP", "NNPS", "NNS", "JJ", "RP", "IN", "TO":
		return true
	}
	return false
}

// placeAdjectives begin place names ("Lower Saxony", "Upper Nile",
// "Greater Manchester", "Northern Ireland").
var placeAdjectives = map[string]bool{
	"lower": true, "upper": true, "greater": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"central": true, "little": true,
}

// mergedWords are participles that make a new whole of parties ("the
// combined company"): left as verbs, coreference does not take the phrase
// for one of the parties.
var mergedWords = map[string]bool{"combined": true, "merged": true, "enlarged": true, "joint": true}

// interjections are the words a tagger rightly reads as UH; an unknown
// capitalised word it reads so is mostly a name.
var interjections = map[string]bool{
	"oh": true, "yes": true, "no": true, "well": true, "hello": true, "ah": true, "please": true, "ok": true,
	"okay": true, "thanks": true, "hey": true, "yeah": true, "wow": true, "alas": true, "indeed": true, "goodbye": true,
}

// quoteInitial reports whether token i opens a quotation that starts a
// sentence or clause (`"Shoppers are moving away," he said`, `added that
// "Landlords can evict"`): its capital, like a sentence's first word's,
// does not make it a name.
func quoteInitial(doc *Document, s Sentence, i int) bool {
	if i <= s.First || i+1 >= s.Last || !doc.Tokens[i].Quote {
		return false
	}
	switch doc.Tokens[i-1].Text {
	case "\"", "“", "``", "«":
	default:
		return false
	}
	if i-1 == s.First {
		return true
	}
	switch doc.Tokens[i-2].Lower {
	case ":", ",", "that":
		return true
	}
	return false
}

// lowerPlural reports whether the tagger reads word i of words as a plural
// common noun when it is written in lower case.
func (t *TagStage) lowerPlural(words []string, i int) bool {
	w := append([]string(nil), words...)
	w[i] = strings.ToLower(w[i])
	tags := make([]string, len(w))
	t.tagger.Tag(w, tags)
	return tags[i] == "NNS"
}

// sentenceInitialNames tags a capitalised first word as a proper noun when
// the document uses it as a name elsewhere, or a name follows it.
func (t *TagStage) sentenceInitialNames(doc *Document) {
	candidate := func(tk *Token) bool {
		if !isCap(tk.Text) || tk.Tag == "NNP" || tk.Tag == "NNPS" {
			return false
		}
		switch tk.Tag {
		case "NN", "NNS", "JJ", "JJR", "JJS", "VB", "VBN", "VBD", "RB", "FW":
			return true
		case "UH":
			return !interjections[tk.Lower] // "Hezbollah, the armed group,": an unknown name
		case "IN":
			// "Erdes Coal posted a loss": an unknown word read as a
			// preposition; a closed class admits no new words
			return !prepositions[tk.Lower]
		}
		return false
	}
	for _, s := range doc.Sentences {
		if s.Last-s.First < 2 {
			continue
		}
		for f := s.First; f < s.Last-1; f++ {
			if f > s.First && !quoteInitial(doc, s, f) {
				continue
			}
			t.initialName(doc, s, f, candidate)
		}
	}
	names := map[string]bool{}
	for _, s := range doc.Sentences {
		for i := s.First; i < s.Last; i++ {
			tk := &doc.Tokens[i]
			if tk.Tag == "VBG" && isCap(tk.Text) && (i+1 < s.Last && isPossessive(doc, i+1) || i > s.First && doc.Tokens[i-1].Tag != "``" && doc.Tokens[i-1].Tag != ":" && !isCap(doc.Tokens[i-1].Text)) {
				// "Huaming's chairman", "a stake in Huaming": a name
				// ending in -ing, not a gerund
				tk.Tag, tk.Lemma = "NNP", tk.Lower
			}
			if tk.Tag == "NNP" && isCap(tk.Text) {
				names[tk.Lower] = true
			}
		}
	}
	for _, s := range doc.Sentences {
		if s.Last-s.First < 2 {
			continue
		}
		for f := s.First; f < s.Last-1; f++ {
			if f > s.First && !quoteInitial(doc, s, f) {
				continue
			}
			if tk := &doc.Tokens[f]; (candidate(tk) || tk.Tag == "VBG" && isCap(tk.Text)) && names[tk.Lower] && !t.newOffice(doc, s, f) {
				tk.Tag = "NNP"
				tk.Lemma = tk.Lower
			}
		}
	}
}

// initialName tags the capitalised word at f, which opens sentence s or a
// quotation in it, as a proper noun when its neighbours show it is one.
func (t *TagStage) initialName(doc *Document, s Sentence, f int, candidate func(*Token) bool) {
	tk := &doc.Tokens[f]
	next := &doc.Tokens[f+1]
	if tk.Tag != "NNP" && isCap(tk.Text) && isCap(next.Text) && t.lex.known(tk.Lower+" "+next.Lower) {
		// "Downing Street has stressed ...", "Costa Rica said": the
		// first word of a place or institution the lexicon knows, not
		// a gerund or an adjective
		tk.Tag, tk.Lemma = "NNP", tk.Lower
		return
	}
	_, demonym := t.lex.demonyms[next.Lower]
	if (tk.Tag == "VB" || tk.Tag == "VBP") && isCap(tk.Text) && (next.Tag == "VBD" || next.Tag == "VBZ" || next.Tag == "MD") && !strings.ContainsRune(tk.Text, '\'') {
		// "Trump spoke to Putin": no imperative takes a finite verb
		tk.Tag, tk.Lemma = "NNP", tk.Lower
		return
	}
	if (tk.Tag == "VBG" || tk.Tag == "VBN" || tk.Tag == "VBD") && isCap(tk.Text) && !t.verbForm(tk.Lower) &&
		(next.Tag == "VBD" || next.Tag == "VBZ" || next.Tag == "VBN" || next.Tag == "MD") {
		// "Boeing said", "Samsung unveiled", "Harding resigned": a word
		// of no known verb before a finite verb is a name, not
		// a participle
		tk.Tag, tk.Lemma = "NNP", tk.Lower
		return
	}
	if (tk.Tag == "NN" || tk.Tag == "JJ" || tk.Tag == "FW" || tk.Tag == "UH" && !interjections[tk.Lower] || tk.Tag == "NNS" && !t.lex.peopleNouns[tk.Lower] && !t.lex.orgWords[t.lex.nounLemma(tk.Lower)]) && isCap(tk.Text) && next.Lower == "," && f+2 < s.Last && doc.Tokens[f+2].Tag == "DT" && doc.Tokens[f+2].Lower != "that" {
		// "Iustitia, the largest association of judges, said": a name
		// with an apposition
		tk.Tag, tk.Lemma = "NNP", tk.Lower
		return
	}
	if sentenceAdverbs[tk.Lower] && isCap(next.Text) {
		// "Meanwhile Eli Lilly is launching", "Separately Brio Bank
		// sued": an adverb of the sentence, no part of the name after it
		tk.Tag, tk.Lemma = "RB", tk.Lower
		return
	}
	if plightOpeners[tk.Lower] && (isCap(next.Text) || next.Tag == "NN" || next.Tag == "NNS" || next.Tag == "JJ") {
		// "Ousted Acme chairman X hit back", "Struggling carmaker X
		// signed": an adjective of the noun after it, not a verb (but
		// "Ousted in 2019, he ..." opens a participle clause)
		tk.Tag, tk.Lemma = "JJ", tk.Lower
		return
	}
	if t.newOffice(doc, s, f) {
		tk.Tag, tk.Lemma = "JJ", tk.Lower
		return
	}
	if (tk.Lower == "last" || tk.Lower == "next") && timeNouns[next.Lower] {
		return // "Last March, the court fined X": a time, no name "Last"
	}
	// "Halder Foods has sued": a name read as a comparative; but "Former
	// Halder boss X" opens with an adjective of the title
	if candidate(tk) && tk.Tag != "VB" && tk.Lower != "former" && (next.Tag == "NNP" || next.Tag == "NNPS" && !demonym) && isCap(next.Text) && !commonOpener(doc, f) {
		tk.Tag = "NNP"
		tk.Lemma = tk.Lower
	}
}

// newOffice reports whether the word at f, opening sentence s, is "New"
// before an acronym and an office ("New EU trade commissioner X", "New BBC
// director general X"): the office is new, and the body the acronym names
// keeps its name ("New Zealand", "New Democracy" spell no acronym).
func (t *TagStage) newOffice(doc *Document, s Sentence, f int) bool {
	next := &doc.Tokens[f+1]
	return doc.Tokens[f].Lower == "new" && len(next.Text) >= 2 && len(next.Text) <= 5 && strings.ToUpper(next.Text) == next.Text && isCap(next.Text) &&
		t.roleAhead(doc, f+2, s.Last)
}

// roleAhead reports whether an office word ("commissioner", "chief") comes
// among the next three lower-case words from token i, before last.
func (t *TagStage) roleAhead(doc *Document, i, last int) bool {
	for k := i; k < last && k < i+3; k++ {
		w := doc.Tokens[k].Text
		if isCap(w) {
			return false
		}
		if t.lex.roles[doc.Tokens[k].Lower] {
			return true
		}
	}
	return false
}

// sentenceAdverbs open a sentence without a comma before its subject and
// are never a name's first word.
var sentenceAdverbs = map[string]bool{"meanwhile": true, "separately": true, "elsewhere": true, "however": true, "moreover": true,
	"furthermore": true, "nevertheless": true, "nonetheless": true, "instead": true, "likewise": true, "similarly": true,
	"additionally": true, "subsequently": true, "previously": true, "recently": true, "currently": true, "eventually": true,
	"ultimately": true, "initially": true, "earlier": true, "later": true, "yesterday": true, "today": true, "also": true,
	"now": true, "then": true, "still": true, "thus": true, "hence": true, "finally": true, "already": true, "perhaps": true, "indeed": true}

// plightOpeners describe what befell a person or body, or what they no
// longer are, and open no name: "Ousted Acme chairman X", "Jailed
// opposition leader X", "Embattled Kestrel Bank said", "Former Cabinet
// minister X".
var plightOpeners = map[string]bool{"ousted": true, "jailed": true, "embattled": true, "beleaguered": true, "disgraced": true,
	"sacked": true, "fired": true, "deposed": true, "exiled": true, "detained": true, "imprisoned": true, "indicted": true,
	"convicted": true, "outgoing": true, "departing": true, "retiring": true, "ailing": true, "struggling": true, "cash-strapped": true,
	"debt-laden": true, "loss-making": true, "troubled": true, "suspended": true, "impeached": true, "arrested": true,
	"former": true, "erstwhile": true, "one-time": true}

// verbForm reports whether w is a form of a known verb.
func (t *TagStage) verbForm(w string) bool {
	return t.lex.lem.InDict(w) || t.lex.pastForms[w] || t.lex.verbBase[t.lex.verbLemma(w)]
}

// commonOpener reports whether the capitalised word at f, before a name,
// is a common word the text writes in lower case elsewhere while it names
// the next word without it ("Troubled Halden under scrutiny ... troubled
// broker Halden ... Halden said"): an adjective, not the name's first word.
func commonOpener(doc *Document, f int) bool {
	lower, alone := false, false
	w, n := doc.Tokens[f].Text, doc.Tokens[f+1].Text
	for k := 1; k < len(doc.Tokens); k++ {
		tk := &doc.Tokens[k]
		if tk.Text == doc.Tokens[f].Lower {
			lower = true
		}
		if k != f+1 && tk.Text == n && doc.Tokens[k-1].Text != w {
			alone = true
		}
	}
	return lower && alone
}

// normQuote maps typographic quotes and apostrophes to ASCII for the
// tagger's benefit.
func normQuote(w string) string {
	switch w {
	case "“", "”", "«", "»":
		return "\""
	case "’s":
		return "'s"
	case "n’t":
		return "n't"
	case "’", "‘":
		return "'"
	}
	if strings.Contains(w, "’") {
		return strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// fix corrects the tagger where the lexicon is sure.
func (t *TagStage) fix(doc *Document, i int, tag string, first bool) string {
	tk := &doc.Tokens[i]
	switch tk.Lower {
	case "'s":
		if tag != "VBZ" {
			return "POS"
		}
		return tag
	case "n't", "not", "never":
		return "RB"
	case "cannot":
		return "MD" // "can not" written as one word
	case "’", "'":
		if pluralPossessive(doc, i) {
			return "POS" // "Tyrol Foods' board", "the workers' union"
		}
		return "``"
	case "“", "\"", "”", "‘", "«", "»":
		return "``"
	case "—", "–", "--", "-":
		return ":"
	case "said", "told":
		if tk.Text == "Said" && !first && i > 0 && doc.Tokens[i-1].Tag == "NNP" && isCap(doc.Tokens[i-1].Text) && i+1 < len(doc.Tokens) && doc.Tokens[i+1].Lower != "that" && doc.Tokens[i+1].Lower != "," {
			return "NNP" // "Minister Amina Said met": a surname
		}
		return "VBD"
	case "says", "tells":
		return "VBZ"
	case "who", "which":
		return "WDT"
	case "ally":
		// no adverb: a noun ("Brelland's closest ally"), or a verb after
		// "to" or a modal ("a race to ally with Palau")
		if tag == "RB" {
			if i > 0 && (doc.Tokens[i-1].Tag == "TO" || doc.Tokens[i-1].Tag == "MD" || doc.Tokens[i-1].Lower == "to") {
				return "VB"
			}
			return "NN"
		}
	case "accuse", "condemn", "criticise", "criticize", "denounce", "allege":
		// verbs that are never nouns: "Japan and South Korea accuse X of
		// ...", where the tagger may read a noun after a name
		if !isVerbTag(tag) {
			if i > 0 && (doc.Tokens[i-1].Tag == "TO" || doc.Tokens[i-1].Tag == "MD") {
				return "VB"
			}
			return "VBP"
		}
	case "last", "next":
		// "sued X last year": an adjective before a time noun, not a verb
		if i+1 < len(doc.Tokens) && timeNouns[doc.Tokens[i+1].Lower] {
			return "JJ"
		}
	}
	if tag == "" || tag == "PRP$" && !possessivePronouns[tk.Lower] {
		tag = "NN" // (a closed class: "Downing Street media chief X" has no possessive "media")
	}
	if isCap(tk.Text) && !first && tag == "RB" && i > 0 && doc.Tokens[i-1].Tag != "``" && doc.Tokens[i-1].Tag != ":" && doc.Tokens[i-1].Text != "(" && !strings.HasSuffix(tk.Lower, "ly") {
		return "NNP" // "called Nowak later": a surname read as an adverb
	}
	if isCap(tk.Text) && !first && (tag == "NN" || tag == "NNS" || tag == "JJ") {
		if _, ok := t.lex.demonyms[tk.Lower]; ok && tag == "JJ" {
			return tag
		}
		if tag == "NNS" {
			return "NNPS"
		}
		return "NNP"
	}
	return tag
}

// possessivePronouns are the words of the closed class tagged PRP$.
var possessivePronouns = map[string]bool{"my": true, "your": true, "his": true, "her": true, "its": true, "our": true, "their": true, "one's": true}

// pluralPossessive reports whether the apostrophe at token i marks the
// possessive of a word ending in "s" ("Tyrol Foods' board") rather than
// closing a quotation: a word follows, and no single quotation mark is open
// in the sentence.
func pluralPossessive(doc *Document, i int) bool {
	if i == 0 || i+1 >= len(doc.Tokens) || doc.Tokens[i+1].Sent != doc.Tokens[i].Sent || doc.Tokens[i-1].Sent != doc.Tokens[i].Sent {
		return false
	}
	prev, next := doc.Tokens[i-1].Text, doc.Tokens[i+1].Text
	if !strings.HasSuffix(prev, "s") || next == "" || !unicode.IsLetter([]rune(next)[0]) {
		return false
	}
	if doc.Tokens[i-1].Span.End != doc.Tokens[i].Span.Start || doc.Tokens[i].Span.End == doc.Tokens[i+1].Span.Start {
		return false // "' quoted'": attached to the next word, not the last
	}
	open := 0
	for t := doc.Sentences[doc.Tokens[i].Sent].First; t < i; t++ {
		if w := doc.Tokens[t].Text; w == "'" || w == "‘" || w == "’" {
			open++
		}
	}
	return open%2 == 0
}

// prepositions are the words a tagger may read as a preposition or
// subordinating conjunction (tag IN).
var prepositions = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`aboard about above across after against along alongside amid amidst among amongst around as
		astride at atop because before behind below beneath beside besides between beyond but by circa concerning considering
		despite down during except excluding following for from if in including inside into less like minus near next
		notwithstanding of off on onto opposite out outside over past pending per plus regarding round save since than that
		though through throughout till to toward towards under underneath unless unlike until up upon versus via vs vs. whether
		while with within without whereas once so although lest whilst ago worth en de del von van la le du amongst
		albeit except inasmuch provided wherever whereby`) {
		prepositions[w] = true
	}
}

// timeNouns are the nouns "last" and "next" modify as adjectives, months
// too ("Last November, the court fined X": no name "Last").
var timeNouns = withMonths(map[string]bool{"year": true, "week": true, "month": true, "night": true, "time": true, "season": true,
	"summer": true, "winter": true, "spring": true, "autumn": true, "decade": true, "quarter": true, "weekend": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true})

func (t *TagStage) lemma(tk *Token) string {
	switch {
	case strings.HasPrefix(tk.Tag, "VB") || tk.Tag == "MD":
		return t.lex.verbLemma(tk.Lower)
	case tk.Tag == "NNS":
		return t.lex.nounLemma(tk.Lower)
	}
	return tk.Lower
}

// currencyWords name a currency after an amount ("21 billion shilling").
var currencyWords = map[string]bool{"shilling": true, "shillings": true, "euro": true, "euros": true, "dollar": true, "dollars": true,
	"pound": true, "pounds": true, "rupee": true, "rupees": true, "yen": true, "yuan": true, "peso": true, "pesos": true,
	"rand": true, "naira": true, "real": true, "reais": true, "franc": true, "francs": true, "krona": true, "kronor": true,
	"krone": true, "kroner": true, "won": true, "ringgit": true, "baht": true, "lira": true, "zloty": true, "dirham": true,
	"dirhams": true, "riyal": true, "riyals": true, "rouble": true, "roubles": true, "ruble": true, "rubles": true, "cedi": true, "cedis": true}

// amountNoun reports whether token i, right after a number, is the noun
// the amount measures: a currency, or an event noun ("offer", "bid") in a
// noun phrase the amount opens after a determiner, a possessive or an
// adjective ("the $44bn offer", "Acme's planned $69bn takeover").
func (t *TagStage) amountNoun(doc *Document, s Sentence, i int) bool {
	w := doc.Tokens[i].Lower
	if currencyWords[w] {
		return true
	}
	if _, ev := t.lex.events[w]; !ev {
		return false
	}
	switch phraseOpener(doc, s, i, 4, func(tk *Token) bool { return tk.Tag == "CD" }) {
	case "DT", "POS", "PRP$", "JJ":
		return true
	}
	return false
}

// phraseOpener returns the tag of the token that opens the noun phrase
// ending at token i: the one before token i-1 and the tokens before it
// that inside accepts, reaching back at most to token i-n ("" when the
// phrase starts the sentence). The caller has checked token i-1.
func phraseOpener(doc *Document, s Sentence, i, n int, inside func(*Token) bool) string {
	k := i - 1
	for k > s.First && k > i-n && inside(&doc.Tokens[k-1]) {
		k--
	}
	if k == s.First {
		return ""
	}
	return doc.Tokens[k-1].Tag
}

// compoundEvent reports whether token i, an event noun the tagger read as a
// verb after a noun or adjective, heads the noun phrase a determiner,
// possessive or number opens ("a takeover offer from", "the peace deal
// with") and a preposition or the clause's end follows, or an event
// between parties with "with" after it that a verb takes as its object
// ("had held merger talks with X").
func (t *TagStage) compoundEvent(doc *Document, s Sentence, i int) bool {
	if _, ev := t.lex.events[doc.Tokens[i].Lower]; !ev {
		return false
	}
	switch n := doc.Tokens[i+1]; {
	case n.Tag == "IN" || n.Tag == "TO" || n.Tag == "." || n.Lower == ",":
	default:
		return false
	}
	switch phraseOpener(doc, s, i, 6, func(tk *Token) bool {
		return (tk.Tag == "NN" || tk.Tag == "JJ" || tk.Tag == "CD") && !isCap(tk.Text)
	}) {
	case "DT", "POS", "PRP$":
		return true
	case "VB", "VBD", "VBN", "VBZ", "VBP", "VBG":
		// "held merger talks with X": an event between parties, the
		// object of the verb before it
		return t.lex.events[doc.Tokens[i].Lower].symmetric && doc.Tokens[i+1].Lower == "with"
	}
	return false
}

// placeName reports whether a lower-cased word names a country, a capital
// or a known place.
func (t *TagStage) placeName(w string) bool {
	if _, ok := t.lex.countries[w]; ok {
		return true
	}
	if _, ok := t.lex.capitalOf[w]; ok || t.lex.capitals[w] {
		return true // (a capital that stands for its government too: "a visit to Rabat")
	}
	return t.lex.locations[w]
}

// answerGap reports whether the tokens from j are the subject and verb of a
// relative clause with no object that answers the noun before j: a name or
// a definite description, then a response verb ("(claims) Moscow has
// rejected", "(a charge) the ministry denies"). lemma gives a token's
// lemma.
func answerGap(doc *Document, j, last int, lemma func(*Token) string) bool {
	k := j
	if k < last && doc.Tokens[k].Tag == "DT" && doc.Tokens[k].Lower == "the" {
		k++
	}
	n := 0
	for ; k < last && n < 4 && (doc.Tokens[k].Tag == "NNP" || doc.Tokens[k].Tag == "NNPS" || k > j && doc.Tokens[j].Lower == "the" && doc.Tokens[k].Tag == "NN"); k++ {
		n++
	}
	if n == 0 || k == j+n && doc.Tokens[j].Tag != "NNP" && doc.Tokens[j].Tag != "NNPS" {
		return false
	}
	for a := 0; a < 2 && k < last && (auxVerb(doc.Tokens[k].Lower) || doc.Tokens[k].Tag == "MD" || doc.Tokens[k].Tag == "RB"); a++ {
		k++ // "has rejected", "has always denied"
	}
	if k >= last || !isVerbTag(doc.Tokens[k].Tag) && doc.Tokens[k].Tag != "NNS" || !responseVerbs[lemma(&doc.Tokens[k])] {
		return false
	}
	// no object of its own follows: the clause ends
	return k+1 >= last || phraseEnd(doc.Tokens[k+1].Tag) || doc.Tokens[k+1].Tag == "IN" || doc.Tokens[k+1].Tag == "RB"
}

// auxVerb reports whether w is a form of an auxiliary verb.
func auxVerb(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "does", "do", "did", "'s":
		return true
	}
	return false
}

// namesAfterRelative reports whether the tokens before i, back to a
// relative "which" or "whom", are only names and what joins them ("which
// Turkey, the EU and the US"): the subject of a relative clause, whose
// verb comes next.
func namesAfterRelative(doc *Document, first, i int) bool {
	names := false
	for k := i - 1; k >= first; k-- {
		switch tk := &doc.Tokens[k]; {
		case tk.Lower == "which" || tk.Lower == "whom":
			return names && k+1 < i
		case tk.Tag == "NNP" || tk.Tag == "NNPS":
			names = true
		case tk.Tag == "DT" || tk.Tag == "CC" || tk.Tag == "," || tk.Tag == "POS":
		default:
			return false
		}
	}
	return false
}

// moneyAmount reports whether w is an amount written with a currency sign,
// optionally after a country's capitals: "$6", "A$1.9", "HK$300", "US$2bn".
func moneyAmount(w string) bool {
	i := 0
	for i < len(w) && i < 3 && w[i] >= 'A' && w[i] <= 'Z' {
		i++
	}
	return i+1 < len(w) && w[i] == '$' && w[i+1] >= '0' && w[i+1] <= '9'
}

// bareInfinitiveAt reports whether the verb at v is "help" or "let", which
// take a bare infinitive after their object, and the token at next may
// open that infinitive's object ("helped Lena Dvorak pressure big
// companies", "let Acme buy the unit").
func bareInfinitiveAt(t *TagStage, doc *Document, v, next int) bool {
	if l := t.lemma(&doc.Tokens[v]); l != "help" && l != "let" {
		return false
	}
	switch doc.Tokens[next].Tag {
	case "DT", "NNP", "NNPS", "PRP", "PRP$", "CD", "NNS", "JJ":
		return true
	}
	return false
}

// firmKindNoun reports whether w is a noun for a kind of business that a
// gerund before it describes ("accounting firm", "mining company",
// "shipping line").
func firmKindNoun(w string) bool {
	switch w {
	case "firm", "company", "group", "giant", "house", "line", "partner", "agency", "operator", "chain", "conglomerate", "bank", "business":
		return true
	}
	return false
}

// neverAdjective are past forms of verbs of appeal and warning that no
// noun phrase takes as its adjective: after "and" they go on with a
// verb phrase ("and urged political leaders to ...").
var neverAdjective = map[string]bool{"urged": true, "warned": true, "demanded": true, "appealed": true}

// singularOpened reports whether the run of nouns before token i opens
// with "a" or "an", which no plural subject does: "a television rights
// contract" is one noun phrase.
func singularOpened(doc *Document, i int) bool {
	k := i - 1
	for k > 0 && (doc.Tokens[k].Tag == "NN" || doc.Tokens[k].Tag == "NNS") && !isCap(doc.Tokens[k].Text) {
		k--
	}
	return k < i-1 && (doc.Tokens[k].Lower == "a" || doc.Tokens[k].Lower == "an")
}
