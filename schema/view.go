package schema

import "time"

// Node is an entity in the actor-graph view that exports and analyses read.
type Node struct {
	ID        string     `json:"id,omitempty"` // entity node IRI in the store, e.g. ng:entity/person/steve-witkoff
	Name      string     `json:"name"`
	Type      EntityType `json:"type"`
	Aliases   []string   `json:"aliases,omitempty"`
	Mentions  int        `json:"mentions"`
	Influence float64    `json:"influence"`
}

// Evidence is one statement behind an edge.
type Evidence struct {
	Statement  string    `json:"statement"` // statement node IRI
	Sentence   string    `json:"sentence"`
	Article    string    `json:"article"` // article ID
	Source     string    `json:"source"`
	Title      string    `json:"title,omitempty"`
	Published  time.Time `json:"published,omitempty"`
	Negated    bool      `json:"negated"`
	Modality   Modality  `json:"modality"`
	Confidence float64   `json:"confidence"`
}

// Edge is every asserted (subject, predicate, object) statement folded into
// one edge of the actor-graph view.
type Edge struct {
	Subject   string    `json:"subject"`
	SubjectID string    `json:"subject_id,omitempty"` // entity node IRI of Subject
	Predicate string    `json:"predicate"`
	Object    string    `json:"object"`
	ObjectID  string    `json:"object_id,omitempty"` // entity node IRI of Object
	Class     string    `json:"class"`               // influence class from the vocabulary
	Cameo     string    `json:"cameo"`
	Goldstein float64   `json:"goldstein"`
	Evidence  int       `json:"evidence"` // number of statements
	Articles  []string  `json:"articles"` // distinct article IDs
	FirstSeen time.Time `json:"first_seen,omitempty"`
	LastSeen  time.Time `json:"last_seen,omitempty"`
	Sources   []string  `json:"sources,omitempty"`
}

// Filter narrows the read side (paths, influence, exports) by article date,
// influence class, entity type and evidence. The zero Filter keeps all.
type Filter struct {
	Since       time.Time    `json:"since,omitempty"`
	Until       time.Time    `json:"until,omitempty"`
	Classes     []string     `json:"classes,omitempty"`
	Types       []EntityType `json:"types,omitempty"`
	MinEvidence int          `json:"min_evidence,omitempty"`
}
