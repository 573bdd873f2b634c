package extract

import (
	"context"
	"strings"

	"github.com/jdkato/prose/v2"
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
			tk.Tag = t.fix(doc, s.First+i, tags[i], i == 0)
			tk.Lemma = t.lemma(tk)
		}
	}
	return nil
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
	case "“", "\"", "”", "‘", "’", "'", "«", "»":
		return "``"
	case "—", "–", "--", "-":
		return ":"
	case "said", "told":
		return "VBD"
	case "says", "tells":
		return "VBZ"
	case "who", "which":
		return "WDT"
	}
	if tag == "" {
		tag = "NN"
	}
	r := tk.Text[0]
	if r >= 'A' && r <= 'Z' && !first && (tag == "NN" || tag == "NNS" || tag == "JJ") {
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

func (t *TagStage) lemma(tk *Token) string {
	switch {
	case strings.HasPrefix(tk.Tag, "VB") || tk.Tag == "MD":
		return t.lex.verbLemma(tk.Lower)
	case tk.Tag == "NNS":
		return t.lex.nounLemma(tk.Lower)
	}
	return tk.Lower
}
