package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
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
	// Store is a bolt directory path, "memory:", a postgres:// URL or a
	// libpq key=value connection string ("host=db dbname=news ..."). Print
	// it through Redact: it may hold a password.
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
	case isPostgres(cfg.Store):
		s.kind, s.desc = kindPostgres, Redact(cfg.Store)
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

// isPostgres reports whether store names a PostgreSQL database: a
// postgres:// URL or a libpq key=value connection string such as
// "host=db dbname=news user=bob password=secret".
func isPostgres(store string) bool {
	if isPostgresURL(store) {
		return true
	}
	pairs, ok := keyValuePairs(store)
	if !ok {
		return false
	}
	for _, p := range pairs {
		switch p.key {
		case "host", "hostaddr", "dbname", "port", "user":
			return true
		}
	}
	return false
}

// kvPair is one setting of a key=value connection string; start and end
// are the byte offsets of its value, quotes included.
type kvPair struct {
	key        string
	value      string
	start, end int
}

// keyValuePairs splits a libpq key=value connection string: keys are
// lower-case letters and underscores, spaces around "=" are allowed,
// values are single-quoted (with backslash escapes) or run to the next
// space. ok is false when s is not such a string.
func keyValuePairs(s string) (pairs []kvPair, ok bool) {
	i := 0
	skip := func() {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			i++
		}
	}
	for {
		skip()
		if i == len(s) {
			return pairs, len(pairs) > 0
		}
		k := i
		for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] == '_') {
			i++
		}
		key := s[k:i]
		skip()
		if key == "" || i == len(s) || s[i] != '=' {
			return nil, false
		}
		i++
		skip()
		p := kvPair{key: key, start: i}
		var v strings.Builder
		if i < len(s) && s[i] == '\'' {
			i++
			for ; i < len(s) && s[i] != '\''; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				v.WriteByte(s[i])
			}
			if i == len(s) {
				return nil, false // unterminated quote
			}
			i++
		} else {
			for ; i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n'; i++ {
				if s[i] == '\\' && i+1 < len(s) {
					i++
				}
				v.WriteByte(s[i])
			}
		}
		p.value, p.end = v.String(), i
		pairs = append(pairs, p)
	}
}

// redacted replaces a hidden password.
const redacted = "xxxxx"

// secretKeys are the connection settings (URL query parameters or
// key=value settings) whose values Redact hides.
var secretKeys = map[string]bool{"password": true, "sslpassword": true}

// Redact returns store, a Config.Store value, safe to print: the password
// of a postgres:// URL's user information, its password and sslpassword
// query parameters, and the password and sslpassword settings of a
// key=value connection string become "xxxxx". Bolt paths and "memory:"
// are returned as they are. Use it wherever a store string may reach a
// log, an error or standard output.
func Redact(store string) string {
	if isPostgresURL(store) {
		u, err := url.Parse(store)
		if err != nil {
			return RedactText(store)
		}
		if u.User != nil {
			if _, has := u.User.Password(); has {
				u.User = url.UserPassword(u.User.Username(), redacted)
			}
		}
		u.RawQuery = redactQuery(u.RawQuery)
		return u.String()
	}
	if pairs, ok := keyValuePairs(store); ok {
		var b strings.Builder
		last := 0
		for _, p := range pairs {
			if secretKeys[p.key] {
				b.WriteString(store[last:p.start])
				b.WriteString(redacted)
				last = p.end
			}
		}
		b.WriteString(store[last:])
		return b.String()
	}
	return store
}

// redactQuery hides the values of the secret parameters of a raw URL
// query, keeping the others as they are written.
func redactQuery(raw string) string {
	if raw == "" {
		return raw
	}
	parts := strings.Split(raw, "&")
	for i, p := range parts {
		k, _, found := strings.Cut(p, "=")
		if key, err := url.QueryUnescape(k); err == nil && found && secretKeys[strings.ToLower(key)] {
			parts[i] = k + "=" + redacted
		}
	}
	return strings.Join(parts, "&")
}

// textSecrets match the passwords of connection strings inside free text:
// a URL's user information, and password settings as query parameters or
// key=value pairs.
var textSecrets = []struct {
	re   *regexp.Regexp
	repl string
}{
	{regexp.MustCompile(`(?i)(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@`), "${1}:" + redacted + "@"},
	{regexp.MustCompile(`(?i)\b((?:ssl)?password)(\s*=\s*)('(?:[^'\\]|\\.)*'|[^&\s'"]+)`), "${1}${2}" + redacted},
}

// RedactText hides, in free text such as a library's log line, the
// passwords of any PostgreSQL connection strings it quotes: the user
// information of postgres:// URLs and password or sslpassword settings.
func RedactText(s string) string {
	for _, t := range textSecrets {
		s = t.re.ReplaceAllString(s, t.repl)
	}
	return s
}

// storeSecrets returns the passwords store holds, in the forms they may
// be quoted in: as given and URL-escaped.
func storeSecrets(store string) []string {
	var out []string
	add := func(pw string) {
		if pw == "" {
			return
		}
		out = append(out, pw, url.QueryEscape(pw), url.PathEscape(pw))
	}
	if isPostgresURL(store) {
		if u, err := url.Parse(store); err == nil {
			if u.User != nil {
				pw, _ := u.User.Password()
				add(pw)
			}
			for k, vs := range u.Query() {
				if secretKeys[strings.ToLower(k)] {
					for _, v := range vs {
						add(v)
					}
				}
			}
		}
	} else if pairs, ok := keyValuePairs(store); ok {
		for _, p := range pairs {
			if secretKeys[p.key] {
				add(p.value)
			}
		}
	}
	// Longest first, so that a password is not half-replaced through a
	// shorter form of itself.
	slices.SortFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// redactedError hides a password inside a wrapped error's message.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// redactErr wraps err so that its message never shows a password of
// the connection string store.
func redactErr(store string, err error) error {
	if err == nil {
		return nil
	}
	return &redactedError{msg: redactIn(store, err.Error()), err: err}
}

// redactIn hides in msg the store string and every password it holds.
func redactIn(store, msg string) string {
	msg = strings.ReplaceAll(msg, store, Redact(store))
	for _, pw := range storeSecrets(store) {
		msg = strings.ReplaceAll(msg, pw, redacted)
	}
	return RedactText(msg)
}

// openPostgres checks the connection itself (Cayley logs the full URL when
// its own connect fails), initialises the schema on first use and opens
// Cayley's SQL store in its PostgreSQL flavour.
func openPostgres(ctx context.Context, u string) (cgraph.QuadStore, error) {
	safe := Redact(u)
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
