package extract

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// Config configures the standard pipeline.
type Config struct {
	// MinConfidence drops statements below this confidence (0 keeps all).
	MinConfidence float64 `mapstructure:"min_confidence"`
}

// DefaultConfig returns the configuration newsgraph uses when none is set.
func DefaultConfig() Config { return Config{} }

// NamedAnnotator is one stage of a pipeline with the name its errors carry.
type NamedAnnotator struct {
	Name string
	Annotator
}

// Pipeline runs the standard annotators over documents. It is safe for
// concurrent use.
type Pipeline struct {
	cfg    Config
	log    *slog.Logger
	lex    *lexicon
	vocab  *schema.Vocab
	stages []NamedAnnotator
}

// NewPipeline builds the standard pipeline, loading every lexicon and model
// once. log may be nil.
func NewPipeline(cfg Config, log *slog.Logger) (*Pipeline, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.MinConfidence < 0 || cfg.MinConfidence > 1 {
		return nil, fmt.Errorf("extract: min_confidence %v outside [0, 1]", cfg.MinConfidence)
	}
	lex, err := loadLexicon()
	if err != nil {
		return nil, err
	}
	tagger, err := NewPerceptronTagger()
	if err != nil {
		return nil, err
	}
	return NewPipelineWith(cfg, log, lex, tagger), nil
}

// NewPipelineWith builds the standard stages around a given tagger.
func NewPipelineWith(cfg Config, log *slog.Logger, lex *lexicon, tagger Tagger) *Pipeline {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Pipeline{cfg: cfg, log: log, lex: lex, vocab: schema.Vocabulary(), stages: []NamedAnnotator{
		{"split", NewSplitter(lex)},
		{"tokenize", NewTokenizer(lex)},
		{"tag", NewTagStage(tagger, lex)},
		{"entities", NewEntityStage(lex)},
		{"coref", NewCorefStage(lex)},
		{"relations", NewRelationStage(lex)},
		{"roles", NewRoleStage(lex)},
		{"objects", NewObjectStage(lex)},
	}}
}

// Run passes doc through every stage in order. A failing stage's error is
// returned as a *StageError.
func (p *Pipeline) Run(ctx context.Context, doc *Document) (err error) {
	stage := ""
	defer func() {
		if v := recover(); v != nil {
			err = &StageError{Stage: stage, Err: fmt.Errorf("internal error: %v", v)}
		}
	}()
	for _, s := range p.stages {
		stage = s.Name
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Annotate(ctx, doc); err != nil {
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				return err
			}
			return &StageError{Stage: s.Name, Err: err}
		}
	}
	return nil
}

// ErrInvalidText is returned for input that is not valid UTF-8.
var ErrInvalidText = errors.New("extract: text is not valid UTF-8")

// Extract runs the pipeline over one article. source names the input in
// every statement; spans are byte offsets into text.
func (p *Pipeline) Extract(ctx context.Context, source, text string) (*schema.Extraction, error) {
	doc, err := p.article(ctx, source, text)
	if err != nil {
		return nil, err
	}
	return p.result(doc), nil
}

// article runs the pipeline over one article's text.
func (p *Pipeline) article(ctx context.Context, source, text string) (*Document, error) {
	if !utf8.ValidString(text) {
		return nil, ErrInvalidText
	}
	doc := NewDocument(source, text)
	if err := p.Run(ctx, doc); err != nil {
		return nil, err
	}
	p.log.Debug("extracted", "source", source, "sentences", len(doc.Sentences), "relations", len(doc.Relations))
	return doc, nil
}

// ExtractSentences treats each element of sentences as one sentence (no
// splitting); a statement's Sentence is the element's index and its Span
// is relative to the sentences joined with "\n".
func (p *Pipeline) ExtractSentences(ctx context.Context, source string, sentences []string) (*schema.Extraction, error) {
	text := strings.Join(sentences, "\n")
	if !utf8.ValidString(text) {
		return nil, ErrInvalidText
	}
	doc := NewDocument(source, text)
	doc.presplit = true
	off := 0
	for _, s := range sentences {
		a, b := trim(text, off, off+len(s))
		if a >= b {
			a, b = off, off // empty sentence keeps its index
		}
		doc.Sentences = append(doc.Sentences, Sentence{Span: Span{a, b}})
		off += len(s) + 1
	}
	if err := p.Run(ctx, doc); err != nil {
		return nil, err
	}
	for i := range doc.Relations {
		if doc.Relations[i].Role {
			// a role ("X president of Y") is an actor-graph fact; as an
			// open triple its words are not the sentence's, so it ranks
			// below the surface triples
			doc.Relations[i].Confidence *= openRoleWeight
		}
	}
	openPass(doc)
	return p.result(doc), nil
}

// openRoleWeight scales the confidence of role statements in sentence mode.
const openRoleWeight = 0.3

// result maps a document's relations and entities onto the schema, with
// calibrated confidences (not in sentence mode) and without the statements
// below the configured minimum confidence.
func (p *Pipeline) result(doc *Document) *schema.Extraction {
	ex, states := p.statementsNamed(doc)
	if !doc.presplit {
		p.lex.conf.calibrate(ex)
		// after calibration, which rates the words the rules read
		for i, n := range states {
			if n[0] != "" {
				ex.Statements[i].SubjectText = n[0]
			}
			if n[1] != "" {
				ex.Statements[i].ObjectText = n[1]
			}
		}
	}
	if p.cfg.MinConfidence > 0 {
		kept := ex.Statements[:0]
		for _, st := range ex.Statements {
			if st.Confidence >= p.cfg.MinConfidence {
				kept = append(kept, st)
			}
		}
		ex.Statements = kept
	}
	return ex
}

// statements maps a document's relations and entities onto the schema,
// with the rules' confidences.
func (p *Pipeline) statements(doc *Document) *schema.Extraction {
	ex, _ := p.statementsNamed(doc)
	return ex
}

// statementsNamed is statements that also returns, for each statement,
// the subject's and the object's text when that end is a country the
// relation's span does not name ("Prime Minister X" in a story about
// Britain): the country's name as the text first writes it ("Britain"),
// not the title's words; "" otherwise.
func (p *Pipeline) statementsNamed(doc *Document) (*schema.Extraction, [][2]string) {
	var states [][2]string
	ex := &schema.Extraction{Entities: []schema.Entity{}, Statements: []schema.Statement{}}
	for _, e := range doc.Entities {
		if e.Mentions == 0 {
			continue
		}
		ex.Entities = append(ex.Entities, schema.Entity{Name: e.Name, Type: e.Type, Aliases: e.Aliases, Mentions: e.Mentions})
	}
	seen := map[string]int{} // statement key -> index in ex.Statements
	for _, r := range doc.Relations {
		st := schema.Statement{
			Predicate:     r.Pred,
			PredicateText: r.PredText,
			Negated:       r.Negated,
			Modality:      r.Modality,
			Role:          r.Role,
			ExtraArgs:     r.Extra,
			Confidence:    round3(r.Confidence),
			Sentence:      r.Sent,
			Span:          schema.Span{r.Span.Start, r.Span.End},
			Source:        doc.Source,
		}
		if st.Modality == "" {
			st.Modality = schema.Asserted
		}
		if r.Sent >= 0 && r.Sent < len(doc.Sentences) {
			sp := doc.Sentences[r.Sent].Span
			st.SentenceText = doc.Text[sp.Start:sp.End]
		}
		st.Subject, st.SubjectType, st.SubjectText = p.argFields(doc, r.Subj)
		st.Object, st.ObjectType, st.ObjectText = p.argFields(doc, r.Obj)
		if st.Subject == "" || st.Object == "" || st.Predicate == "" {
			continue
		}
		if !doc.presplit && (vagueEnd(st.SubjectType, st.Subject) || vagueEnd(st.ObjectType, st.Object)) {
			continue // "it dropped ...": nothing for the graph to hold
		}
		if !doc.presplit && p.lex.thingSubject(doc, &r) {
			continue // "the offer undervalues the company": no actor acts
		}
		if !doc.presplit && p.lex.backedObject(doc, &r) {
			continue // "won the backing of X": X backs the subject
		}
		if !doc.presplit && st.Subject == st.Object {
			continue // "judges can quash them" read back onto the judges: no one acts on itself in the graph
		}
		if !r.Role {
			st.Cameo = p.cameo(r.Pred)
		}
		k := fmt.Sprintf("%s\x00%s\x00%s\x00%d\x00%v\x00%s\x00%s", st.Subject, st.Predicate, st.Object, st.Sentence, st.Negated, st.SubjectText, st.ObjectText)
		if i, ok := seen[k]; ok {
			// the same statement read twice in one sentence: its
			// confidence is its strongest reading's, so a cut-off between
			// the two readings keeps it
			ex.Statements[i].Confidence = max(ex.Statements[i].Confidence, st.Confidence)
			continue
		}
		seen[k] = len(ex.Statements)
		ex.Statements = append(ex.Statements, st)
		states = append(states, [2]string{stateName(doc, r.Subj), stateName(doc, r.Obj)})
	}
	return ex, states
}

// stateName returns the name of the country argument a stands for as the
// text first writes it, when a's span names it by no mention; "" for any
// other argument.
func stateName(doc *Document, a Arg) string {
	if a.Entity < 0 || a.Entity >= len(doc.Entities) || doc.Entities[a.Entity].Type != schema.Country {
		return ""
	}
	sp := a.Span
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
		return ""
	}
	ms := doc.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= sp.Start }); i < len(ms) && ms[i].Span.Start < sp.End; i++ {
		if ms[i].Entity == a.Entity && ms[i].Span.End <= sp.End {
			return ""
		}
	}
	for i := range ms {
		if ms[i].Entity == a.Entity && ms[i].Kind == NameMention {
			return strings.Join(strings.Fields(doc.Text[ms[i].Span.Start:ms[i].Span.End]), " ")
		}
	}
	return ""
}

// cameo returns the CAMEO root of a predicate lemma from the schema
// vocabulary, falling back to the relation lexicon.
func (p *Pipeline) cameo(lemma string) string {
	if pr, ok := p.vocab.Predicate(lemma); ok {
		if root, ok := p.vocab.Cameo(pr.Cameo); ok {
			return root.Code
		}
		if len(pr.Cameo) >= 2 {
			return pr.Cameo[:2]
		}
	}
	if vi, ok := p.lex.verbs[lemma]; ok {
		return vi.cameo
	}
	return ""
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

func (p *Pipeline) argFields(doc *Document, a Arg) (string, schema.EntityType, string) {
	text := strings.Join(strings.Fields(a.Text), " ")
	if a.Entity >= 0 && a.Entity < len(doc.Entities) {
		e := &doc.Entities[a.Entity]
		return e.Name, e.Type, surfaceText(doc, a, text)
	}
	return text, schema.Thing, text
}

// surfaceText keeps the _text contract: the words as they stand in the
// input. An argument that stands for an entity named elsewhere (a
// possessor, an organisation behind a role) may carry the entity's name as
// its text; it then takes the entity's mention inside the argument's span,
// or failing that the span's own words.
func surfaceText(doc *Document, a Arg, text string) string {
	sp := a.Span
	if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start >= sp.End {
		return text
	}
	if strings.Contains(doc.Text[sp.Start:sp.End], a.Text) && a.Text != "" {
		return text
	}
	// the entity's mentions inside the span, a name before a pronoun
	// ("During his speech Mr Allard": Allard)
	ms := doc.Mentions
	found := -1
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Span.Start >= sp.Start }); i < len(ms) && ms[i].Span.Start < sp.End; i++ {
		m := &ms[i]
		if m.Entity != a.Entity || m.Span.End > sp.End {
			continue
		}
		if found < 0 || ms[found].Kind == PronounMention && m.Kind != PronounMention {
			found = i
		}
	}
	if found >= 0 {
		return strings.Join(strings.Fields(doc.Text[ms[found].Span.Start:ms[found].Span.End]), " ")
	}
	return strings.Join(strings.Fields(doc.Text[sp.Start:sp.End]), " ")
}
