package schema

import "time"

// EntityType is the kind of actor or thing an entity is.
type EntityType string

// The entity types newsgraph assigns.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Country      EntityType = "Country"
	Location     EntityType = "Location"
	Weapon       EntityType = "Weapon"
	Product      EntityType = "Product"
	Document     EntityType = "Document"
	Event        EntityType = "Event"
	// Thing is an argument that is not a named entity ("a transcript",
	// "long-range weapons"). Such statements are open triples: kept for
	// Open IE, given lower confidence, and not treated as actors.
	Thing EntityType = "Thing"
)

// IsActor reports whether entities of type t can act or be acted upon in
// the actor graph.
func (t EntityType) IsActor() bool {
	switch t {
	case Person, Organization, Country, Location:
		return true
	}
	return false
}

// Modality says how a statement is asserted.
type Modality string

// The modalities a statement can carry. Only Asserted and Reported
// statements that are not negated become direct edges in the graph.
const (
	Asserted     Modality = "asserted"
	Reported     Modality = "reported"     // attributed speech or claims: "X said Y ..."
	Hypothetical Modality = "hypothetical" // conditional, modal, planned, threatened
	Denied       Modality = "denied"       // reported only as denied
)

// Span is a half-open byte range [Start, End) into a source text. It
// encodes as a two-element JSON array.
type Span [2]int

// Start returns the first byte offset of s.
func (s Span) Start() int { return s[0] }

// End returns the offset one past the last byte of s.
func (s Span) End() int { return s[1] }

// Statement is one extracted subject–predicate–object fact with its
// provenance. Its JSON form is the `newsgraph extract` contract documented
// in the README; evaluation tools read these keys.
type Statement struct {
	Subject       string     `json:"subject"`        // canonical entity name after resolution
	SubjectType   EntityType `json:"subject_type"`   //
	SubjectText   string     `json:"subject_text"`   // the words as written in the sentence
	Predicate     string     `json:"predicate"`      // normalised lemma, e.g. "suggest"
	PredicateText string     `json:"predicate_text"` // as written, e.g. "suggested to"
	Object        string     `json:"object"`
	ObjectType    EntityType `json:"object_type"`
	ObjectText    string     `json:"object_text"`
	ExtraArgs     []string   `json:"extra_args,omitempty"` // further arguments after the object (sentence mode: an opening adjunct)
	Negated       bool       `json:"negated"`
	Modality      Modality   `json:"modality"`
	Cameo         string     `json:"cameo"` // CAMEO root code "01".."20", or ""
	Role          bool       `json:"role,omitempty"`
	Confidence    float64    `json:"confidence"`
	Sentence      int        `json:"sentence"` // 0-based sentence index in the input
	SentenceText  string     `json:"sentence_text,omitempty"`
	Span          Span       `json:"span"`   // byte offsets of the evidence in the input
	Source        string     `json:"source"` // the input's name (path, URL or "-")
}

// Fact reports whether s is an asserted fact that may become a direct edge:
// not negated and not hypothetical or denied.
func (s Statement) Fact() bool {
	if s.Negated {
		return false
	}
	return s.Modality == Asserted || s.Modality == Reported || s.Modality == ""
}

// Entity is one resolved actor or thing with every surface form seen.
type Entity struct {
	Name     string     `json:"name"` // canonical name
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases,omitempty"`
	Mentions int        `json:"mentions,omitempty"`
}

// Article is one source document and its metadata.
type Article struct {
	ID        string    `json:"id"`     // stable identity: canonical URL or path (plus corpus id for JSONL)
	Source    string    `json:"source"` // path or URL as given
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Published time.Time `json:"published,omitempty"`
	Hash      string    `json:"hash"` // hex SHA-256 of Text
	Ingested  time.Time `json:"ingested"`
	Text      string    `json:"-"`
}

// Extraction is what the extractor returns for one article: its resolved
// entities and statements. Statements name entities by canonical name.
type Extraction struct {
	Entities   []Entity    `json:"entities"`
	Statements []Statement `json:"statements"`
}
