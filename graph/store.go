package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/gofrs/flock"

	"github.com/newsgraph/newsgraph/schema"
)

// Config says which store to open.
type Config struct {
	// Store is a bolt directory path, "memory:" or a postgres:// URL.
	Store string `mapstructure:"store"`
	// NoSync turns off bolt's fsync per commit (faster; a killed process
	// still leaves whole transactions, an operating-system crash may not).
	NoSync bool `mapstructure:"nosync"`
	// AliasFile is an optional aliases.yaml that forces entity merges and
	// splits (see docs/model.md).
	AliasFile string `mapstructure:"alias_file"`
}

// DefaultConfig returns the embedded default: a bolt store newsgraph.db.
func DefaultConfig() Config { return Config{Store: "newsgraph.db"} }

// MemoryStore is the Config.Store value of a throwaway in-memory store.
const MemoryStore = "memory:"

// ErrStoreInUse is returned by Open when another process holds a bolt store.
// The returned error reads "graph: store in use (pid N)".
var ErrStoreInUse = errors.New("graph: store in use")

// ErrNotFound is returned when an entity or article is not in the store.
var ErrNotFound = errors.New("graph: not found")

// backend names the kind of quad store behind a Store.
type backend int

const (
	kindMemory backend = iota
	kindBolt
	kindPostgres
)

// Store is a newsgraph knowledge graph over a Cayley quad store. It is safe
// for concurrent use: writes are serialised within the process, and each
// article is written in one transaction.
type Store struct {
	cfg  Config
	kind backend
	qs   cgraph.QuadStore
	lock *flock.Flock
	desc string // store description safe to print (passwords redacted)

	wmu sync.Mutex   // serialises writers in this process
	rw  sync.RWMutex // memory and bolt: readers against the writer (see rlock)

	aliases *aliasTable
	cache   *readCache
	pg      *pgWriter // PostgreSQL: batched writes, one-query reads, cross-process lock
	vocab   func(lemma string) (schema.Predicate, bool)
}

// Open opens (initialising on first use) the store cfg names. A bolt store
// held by another process fails at once with ErrStoreInUse.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Store == "" {
		cfg.Store = DefaultConfig().Store
	}
	s := &Store{cfg: cfg, vocab: schema.Vocabulary().Lookup}
	var err error
	switch {
	case cfg.Store == MemoryStore:
		s.kind, s.desc = kindMemory, MemoryStore
		s.qs = memstore.New()
	case isPostgresURL(cfg.Store):
		s.kind, s.desc = kindPostgres, redactURL(cfg.Store)
		s.qs, err = openPostgres(ctx, cfg.Store)
		if err == nil {
			if s.pg, err = openPGWriter(ctx, cfg.Store); err != nil {
				s.qs.Close()
			}
		}
	default:
		s.kind, s.desc = kindBolt, cfg.Store
		s.qs, s.lock, err = openBolt(cfg.Store, cfg.NoSync)
	}
	if err != nil {
		return nil, err
	}
	// Only PostgreSQL has writers in other processes: cached names and
	// article metadata expire there.
	var ttl time.Duration
	if s.kind == kindPostgres {
		ttl = 30 * time.Second
	}
	s.cache = newReadCache(ttl)
	if s.kind == kindBolt {
		if err := s.recoverJournal(ctx); err != nil {
			s.Close()
			return nil, err
		}
	}
	if cfg.AliasFile != "" {
		t, err := loadAliasFile(cfg.AliasFile)
		if err != nil {
			s.Close()
			return nil, err
		}
		s.aliases = t
	}
	return s, nil
}

// ReadLock keeps this process's writes out until the returned function is
// called. Code that reads the Cayley quad store directly (CayleyHandle)
// holds it for the length of each read: a bolt store deadlocks when a
// write grows its memory map while a reader holds one transaction and
// opens another, and the memory store is not safe for concurrent writes.
// Do not call other Store methods while holding it. On PostgreSQL it does
// nothing.
func (s *Store) ReadLock() (unlock func()) { return s.rlock() }

// String describes the store; a PostgreSQL password is redacted.
func (s *Store) String() string { return s.desc }

// Close releases the store and its lock.
func (s *Store) Close() error {
	if s == nil || s.qs == nil {
		return nil
	}
	err := s.qs.Close()
	s.qs = nil
	if s.pg != nil {
		if perr := s.pg.Close(); perr != nil && err == nil {
			err = perr
		}
		s.pg = nil
	}
	if s.lock != nil {
		if uerr := s.lock.Unlock(); uerr != nil && err == nil {
			err = uerr
		}
		s.lock = nil
	}
	if err != nil {
		return fmt.Errorf("graph: close %s: %w", s.desc, err)
	}
	return nil
}

// openBolt takes the sidecar lock <path>.lock (recording our pid), checks
// that no foreign process holds the bolt file, then initialises and opens
// the bolt store at path.
func openBolt(path string, noSync bool) (cgraph.QuadStore, *flock.Flock, error) {
	lockPath := path + ".lock"
	if dir := filepath.Dir(lockPath); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("graph: open %s: %w", path, err)
		}
	}
	fl := flock.New(lockPath)
	ok, err := fl.TryLock()
	if err != nil {
		return nil, nil, fmt.Errorf("graph: lock %s: %w", lockPath, err)
	}
	if !ok {
		return nil, nil, storeInUse(lockPath)
	}
	if err := os.WriteFile(lockPath, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		fl.Unlock()
		return nil, nil, fmt.Errorf("graph: lock %s: %w", lockPath, err)
	}
	// A process that opened the bolt file without our lock (the cayley CLI)
	// would make bolt block forever: probe its lock first.
	boltFile := filepath.Join(path, "indexes.bolt")
	if _, err := os.Stat(boltFile); err == nil {
		probe := flock.New(boltFile, flock.SetFlag(os.O_RDONLY))
		ok, err := probe.TryLock()
		if err != nil || !ok {
			fl.Unlock()
			if err != nil {
				return nil, nil, fmt.Errorf("graph: open %s: %w", path, err)
			}
			return nil, nil, fmt.Errorf("%w (pid unknown): %s is held by another program", ErrStoreInUse, boltFile)
		}
		probe.Unlock()
	}
	// no_bloom: Cayley's key-value store otherwise keeps bloom filters of
	// quads and nodes (one sized for 100 million nodes when the store is
	// empty): measured here, writes are faster and memory far smaller
	// without them; existence checks use the indexes instead.
	opts := cgraph.Options{"nosync": noSync, "no_bloom": true}
	if err := cgraph.InitQuadStore(backendBolt, path, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		fl.Unlock()
		return nil, nil, fmt.Errorf("graph: init bolt store %s: %w", path, err)
	}
	qs, err := cgraph.NewQuadStore(backendBolt, path, opts)
	if err != nil {
		fl.Unlock()
		return nil, nil, fmt.Errorf("graph: open bolt store %s: %w", path, err)
	}
	return qs, fl, nil
}

// storeInUse builds the ErrStoreInUse error naming the pid in lockPath.
func storeInUse(lockPath string) error {
	b, _ := os.ReadFile(lockPath) // best effort: the pid is informative only
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return fmt.Errorf("%w (pid unknown)", ErrStoreInUse)
	}
	return fmt.Errorf("%w (pid %d)", ErrStoreInUse, pid)
}

func isPostgresURL(s string) bool {
	return strings.HasPrefix(s, "postgres://") || strings.HasPrefix(s, "postgresql://")
}

// redactURL returns u with its password replaced by "xxxxx".
func redactURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "postgres://(unparsable URL)"
	}
	return p.Redacted()
}

// redactedError hides a password inside a wrapped error's message.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// redactErr wraps err so that its message never shows the password of
// connection URL u.
func redactErr(u string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if p, perr := url.Parse(u); perr == nil && p.User != nil {
		if pw, ok := p.User.Password(); ok && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
			msg = strings.ReplaceAll(msg, url.QueryEscape(pw), "xxxxx")
		}
	}
	if strings.Contains(msg, u) {
		msg = strings.ReplaceAll(msg, u, redactURL(u))
	}
	return &redactedError{msg: msg, err: err}
}

// openPostgres checks the connection itself (Cayley logs the full URL when
// its own connect fails), initialises the schema on first use and opens
// Cayley's SQL store in its PostgreSQL flavour.
func openPostgres(ctx context.Context, u string) (cgraph.QuadStore, error) {
	safe := redactURL(u)
	db, err := sql.Open("postgres", u)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", safe, redactErr(u, err))
	}
	pctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	err = db.PingContext(pctx)
	var exists bool
	if err == nil {
		// Cayley's Init logs an ERROR line when the schema is already
		// there; ask first so that reopening a store stays quiet.
		err = db.QueryRowContext(pctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&exists)
	}
	cancel()
	db.Close()
	if err != nil {
		return nil, fmt.Errorf("graph: connect %s: %w", safe, redactErr(u, err))
	}
	var initErr error
	if !exists {
		initErr = cgraph.InitQuadStore(backendPostgres, u, nil)
		if initErr != nil && errors.Is(initErr, cgraph.ErrDatabaseExists) {
			initErr = nil
		}
	}
	qs, err := cgraph.NewQuadStore(backendPostgres, u, nil)
	if err != nil {
		if initErr != nil {
			err = initErr
		}
		return nil, fmt.Errorf("graph: open %s: %w", safe, redactErr(u, err))
	}
	return qs, nil
}

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

// QueryOptions bound a query.
type QueryOptions struct {
	Lang    string        // gizmo (default), graphql, mql
	Limit   int           // 0 = unlimited
	Timeout time.Duration // 0 = none
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

// EvidenceStatement is one stored statement with its provenance.
type EvidenceStatement struct {
	schema.Statement
	Evidence schema.Evidence `json:"evidence"`
}

// ArticleInfo is one stored article's metadata.
type ArticleInfo struct {
	IRI        string    `json:"iri"`
	ID         string    `json:"id"`
	Source     string    `json:"source"`
	URL        string    `json:"url,omitempty"`
	Title      string    `json:"title,omitempty"`
	Byline     string    `json:"byline,omitempty"`
	Published  time.Time `json:"published,omitempty"`
	Hash       string    `json:"hash"`
	Ingested   time.Time `json:"ingested"`
	Statements int       `json:"statements"`
}
