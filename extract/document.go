package extract

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph/schema"
)

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start, End int
}

// Len returns the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// Sentence is one sentence of a document: its byte span and its tokens
// Tokens[First:Last]. Skip marks text that is not prose (datelines, photo
// credits, bylines); no statement is drawn from it.
type Sentence struct {
	Span        Span
	First, Last int
	Skip        bool
}

// Token is one word or punctuation mark. Text is a substring of
// Document.Text (no copy).
type Token struct {
	Span  Span
	Text  string
	Lower string
	Tag   string // Penn Treebank part-of-speech tag
	Lemma string
	Sent  int
	Quote bool // inside quotation marks
}

// MentionKind says how a mention names its entity.
type MentionKind int

// The kinds of mention the entity and coreference stages produce.
const (
	NameMention        MentionKind = iota // "Steve Witkoff", "Russia"
	PronounMention                        // "he", "its"
	DescriptionMention                    // "the US envoy", "the company"
	DemonymMention                        // "Russian" as a modifier
)

// Mention is one reference to an entity over tokens [First, Last).
type Mention struct {
	First, Last int
	Span        Span
	Kind        MentionKind
	Type        schema.EntityType
	Entity      int    // index into Document.Entities, -1 when unresolved
	Key         string // normalised surface form used for resolution
	Role        string // role noun a description or title carries ("envoy")
	RoleOf      int    // entity index of the role's institution, -1 if none
	Gender      byte   // 'm' or 'f' when a title says so ("Mr", "Ms"), else 0
}

// Entity is one resolved actor or thing of a document.
type Entity struct {
	Name     string
	Type     schema.EntityType
	Aliases  []string
	Mentions int
	Roles    map[string]bool // role nouns seen for the entity
	Nation   int             // entity index of its country, -1 if unknown
	Gender   byte            // 'm' or 'f' when known from a title, else 0
}

// Relation is one extracted statement before it is mapped onto the schema.
type Relation struct {
	Subj, Obj  Arg
	Pred       string // lemma
	PredText   string
	PredSpan   Span
	Negated    bool
	Modality   schema.Modality
	Role       bool
	Confidence float64
	Sent       int
	Span       Span
	Extra      []string // further arguments after the object, as written

	sideCharge bool // a charge read from a reported past perfect, kept only between actors that do not belong together
}

// Arg is one end of a relation: an entity (Entity >= 0) or a plain phrase.
type Arg struct {
	Entity int
	Poss   int // entity of the phrase's possessor, -1 if none
	Span   Span
	Text   string
}

// Document is the text an annotator pipeline works on and the layers the
// stages add to it.
type Document struct {
	Source    string
	Text      string
	Sentences []Sentence
	Tokens    []Token
	Mentions  []Mention
	Entities  []Entity
	Relations []Relation

	// TokMention maps a token index to the mention covering it (-1 if none).
	TokMention []int
	// presplit marks a document whose sentences were given by the caller.
	presplit bool
	// spoken holds the relations of speakers to the things their
	// reported clauses name ("said the deal was ..."), kept apart until
	// the relation stage ends: whoever looks back for the maker of "the
	// deal" must not find its critics
	spoken []Relation
	// facts the role stage reads about the whole document, found when
	// first needed (see roleFacts)
	facts *docFacts
	// joined holds the lower-cased names of two words joined by "and"
	// that the entity stage read as one name ("truth and renewal")
	joined map[string]bool
	// capCount counts the words written capitalised inside a sentence,
	// and "A and B" pairs of them, by text; filled when first needed
	capCount map[string]int
	// monthNames holds the months' names the document uses as a
	// person's surname ("april" after "Helen April")
	monthNames map[string]bool
}

// NewDocument returns a Document over text with no layers.
func NewDocument(source, text string) *Document {
	return &Document{Source: source, Text: text}
}

// An Annotator adds one annotation layer to doc, reading layers added
// before it. Annotators are safe for concurrent use on distinct documents.
type Annotator interface {
	Annotate(ctx context.Context, doc *Document) error
}

// ErrMissingLayer is returned by a stage run before the stages it needs.
var ErrMissingLayer = errors.New("extract: missing annotation layer")

// StageError reports the stage of a pipeline that failed.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return fmt.Sprintf("extract: stage %s: %v", e.Stage, e.Err) }

// Unwrap returns the stage's error.
func (e *StageError) Unwrap() error { return e.Err }

// tokenAt returns the index of the token that starts at byte offset off,
// -1 if none does.
func (doc *Document) tokenAt(off int) int {
	i := doc.tokenFrom(off)
	if i < len(doc.Tokens) && doc.Tokens[i].Span.Start == off {
		return i
	}
	return -1
}

// mentionsFrom returns the index of the first mention in sentence s or
// later. Mentions are in text order once coreference has run, so a window
// of sentences is read without scanning the document.
func (doc *Document) mentionsFrom(s int) int {
	return sort.Search(len(doc.Mentions), func(i int) bool { return doc.Tokens[doc.Mentions[i].First].Sent >= s })
}

// mentionAtOrAfter returns the index of the first mention that starts at
// token t or later (mentions in text order, as for mentionsFrom).
func (doc *Document) mentionAtOrAfter(t int) int {
	return sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].First >= t })
}

// tokenFrom returns the index of the first token that starts at byte
// offset off or later, len(doc.Tokens) if none does.
func (doc *Document) tokenFrom(off int) int {
	return sort.Search(len(doc.Tokens), func(i int) bool { return doc.Tokens[i].Span.Start >= off })
}

// addRole records that the entity holds role r.
func (e *Entity) addRole(r string) {
	if e.Roles == nil {
		e.Roles = map[string]bool{}
	}
	e.Roles[r] = true
}
