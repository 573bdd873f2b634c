package graph

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// Config says which store to open.
type Config struct {
	// Store is a bolt file path, "memory:" or a postgres:// URL.
	Store string `mapstructure:"store"`
	// NoSync turns off bolt's fsync per commit (faster, less durable).
	NoSync bool `mapstructure:"nosync"`
}

// DefaultConfig returns the embedded default: a bolt file newsgraph.db.
func DefaultConfig() Config { return Config{Store: "newsgraph.db"} }

// ErrStoreInUse is returned by Open when another process holds a bolt store.
var ErrStoreInUse = errors.New("graph: store in use")

// ErrNotFound is returned when an entity or article is not in the store.
var ErrNotFound = errors.New("graph: not found")

// Store is a newsgraph knowledge graph over a Cayley quad store.
type Store struct{}

// Open opens (initialising on first use) the store cfg names.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	return nil, errors.New("graph: not implemented")
}

// Close releases the store.
func (s *Store) Close() error { return nil }

// WriteStatus says what WriteArticle did.
type WriteStatus string

// The outcomes of WriteArticle.
const (
	StatusNew       WriteStatus = "new"
	StatusUpdated   WriteStatus = "updated"
	StatusUnchanged WriteStatus = "unchanged"
)

// WriteResult reports one article write.
type WriteResult struct {
	Status     WriteStatus
	Statements int
	Entities   int
	Quads      int // quads added
	Removed    int // quads removed (replaced article)
}

// WriteArticle stores an article and its extraction in one transaction.
// An article already stored with the same ID and hash is left unchanged;
// with another hash, its own quads are replaced.
func (s *Store) WriteArticle(ctx context.Context, a schema.Article, x *schema.Extraction) (WriteResult, error) {
	return WriteResult{}, errors.New("graph: not implemented")
}

// ArticleHash returns the stored content hash of article id.
func (s *Store) ArticleHash(ctx context.Context, id string) (hash string, ok bool, err error) {
	return "", false, nil
}

// QueryOptions bound a query.
type QueryOptions struct {
	Lang    string        // gizmo (default), graphql, mql
	Limit   int           // 0 = unlimited
	Timeout time.Duration // 0 = none
}

// Query runs a query in one of Cayley's languages and returns the results
// as JSON-ready values.
func (s *Store) Query(ctx context.Context, q string, opt QueryOptions) ([]any, error) {
	return nil, errors.New("graph: not implemented")
}

// Stats summarises the store.
type Stats struct {
	Articles    int            `json:"articles"`
	Entities    int            `json:"entities"`
	Statements  int            `json:"statements"`
	Quads       int64          `json:"quads"`
	ByType      map[string]int `json:"entities_by_type"`
	ByPredicate map[string]int `json:"statements_by_predicate"`
	ByClass     map[string]int `json:"statements_by_class"`
}

// Stats counts articles, entities by type and statements by predicate and class.
func (s *Store) Stats(ctx context.Context) (Stats, error) { return Stats{}, nil }

// Resolve finds the entity that name (canonical name or any alias) denotes.
func (s *Store) Resolve(ctx context.Context, name string) (schema.Node, error) {
	return schema.Node{}, ErrNotFound
}

// Out returns the asserted edges leaving actor, folded per predicate and object.
func (s *Store) Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	return nil, nil
}

// In returns the asserted edges reaching actor.
func (s *Store) In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	return nil, nil
}

// Evidence returns every statement (asserted, negated or hypothetical)
// between a and b in either direction.
func (s *Store) Evidence(ctx context.Context, a, b string, f schema.Filter) ([]EvidenceStatement, error) {
	return nil, nil
}

// EvidenceStatement is one stored statement with its provenance.
type EvidenceStatement struct {
	schema.Statement
	Evidence schema.Evidence `json:"evidence"`
}

// Nodes streams every entity of the actor-graph view.
func (s *Store) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	return nil
}

// Edges streams every folded edge of the actor-graph view.
func (s *Store) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	return nil
}

// Dump writes every quad in a quad format (nquads, pquads, jsonld, json).
func (s *Store) Dump(ctx context.Context, w io.Writer, format string) error { return nil }

// Load reads quads in a quad format into the store.
func (s *Store) Load(ctx context.Context, r io.Reader, format string) error { return nil }
