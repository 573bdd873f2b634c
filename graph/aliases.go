package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// The store records which alias file its entities were last resolved
// with: one quad <ng:store> <ng:aliasfile> "SHA-256 hex" <ng:store>,
// absent when no alias file was applied.
var (
	storeNode     = quad.IRI("ng:store")
	predAliasFile = quad.IRI("ng:aliasfile")
)

// fileHash returns the hex SHA-256 of b.
func fileHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// AliasFileState says whether the entities of a store were resolved with
// the alias file as it is now.
type AliasFileState struct {
	// File is Config.AliasFile ("" when none is configured).
	File string `json:"file,omitempty"`
	// Hash is the hex SHA-256 of the file as it is now, "" without one.
	Hash string `json:"hash,omitempty"`
	// Applied is the hash recorded when the store last applied an alias
	// file (Reresolve, or the first write into an empty store), "" when
	// none was.
	Applied string `json:"applied,omitempty"`
	// Changed is true when the store holds articles and Hash differs from
	// Applied: Reresolve (newsgraph aliases apply) brings the stored
	// entities in line with the file.
	Changed bool `json:"changed"`
}

// AliasFileState reads the alias file and the hash the store recorded.
// It returns an error when the configured file cannot be read.
func (s *Store) AliasFileState(ctx context.Context) (AliasFileState, error) {
	st := AliasFileState{File: s.cfg.AliasFile}
	if st.File != "" {
		b, err := os.ReadFile(st.File)
		if err != nil {
			return st, fmt.Errorf("graph: alias file: %w", err)
		}
		st.Hash = fileHash(b)
	}
	applied, err := s.appliedAliasFile(ctx)
	if err != nil {
		return st, err
	}
	st.Applied = applied
	if st.Hash != st.Applied {
		has, err := s.hasArticles(ctx)
		if err != nil {
			return st, err
		}
		st.Changed = has
	}
	return st, nil
}

// appliedAliasFile returns the recorded alias file hash, "" for none.
func (s *Store) appliedAliasFile(ctx context.Context) (string, error) {
	vals, err := s.objectsOf(ctx, storeNode, predAliasFile, 2)
	if err != nil {
		return "", fmt.Errorf("graph: read alias file record: %w", err)
	}
	if len(vals) == 0 {
		return "", nil
	}
	return valueString(vals[0]), nil
}

// recordAliasFile replaces the recorded alias file hash with hash ("" to
// record that none is applied). The caller holds s.wmu.
func (s *Store) recordAliasFile(ctx context.Context, hash string) error {
	vals, err := s.objectsOf(ctx, storeNode, predAliasFile, 16)
	if err != nil {
		return fmt.Errorf("graph: read alias file record: %w", err)
	}
	var add, del []quad.Quad
	for _, v := range vals {
		if valueString(v) != hash {
			del = append(del, quad.Quad{Subject: storeNode, Predicate: predAliasFile, Object: v, Label: storeNode})
		}
	}
	if hash != "" && !slices.ContainsFunc(vals, func(v quad.Value) bool { return valueString(v) == hash }) {
		add = append(add, quad.Quad{Subject: storeNode, Predicate: predAliasFile, Object: str(hash), Label: storeNode})
	}
	if err := s.apply(ctx, add, del); err != nil {
		return fmt.Errorf("graph: record alias file: %w", err)
	}
	return nil
}

// hasArticles reports whether any article is stored.
func (s *Store) hasArticles(ctx context.Context) (bool, error) {
	defer s.rlock()()
	found := false
	err := s.scan(ctx, quad.Object, typeArticle, func(q quad.Quad) error {
		if q.Predicate == predType {
			found = true
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return false, fmt.Errorf("graph: read articles: %w", err)
	}
	return found, nil
}

// recordFirstAliasFile records the loaded alias file as applied when the
// store holds no article yet, so that a store built with an alias file
// from its first write is not reported as changed. The caller holds s.wmu.
func (s *Store) recordFirstAliasFile(ctx context.Context) error {
	if s.aliases == nil {
		return nil
	}
	applied, err := s.appliedAliasFile(ctx)
	if err != nil || applied == s.aliases.hash {
		return err
	}
	has, err := s.hasArticles(ctx)
	if err != nil || has {
		return err
	}
	return s.recordAliasFile(ctx, s.aliases.hash)
}

// AliasChange is a move Reresolve would make: the statement ends on one
// node that would be on another.
type AliasChange struct {
	From       string            `json:"from"`    // display name of the node the ends are on now
	FromID     string            `json:"from_id"` // that node's IRI
	To         string            `json:"to"`      // display name of the node they would be on
	ToID       string            `json:"to_id"`
	Type       schema.EntityType `json:"type"`
	Statements int               `json:"statements"` // statement ends that move
	Articles   []string          `json:"articles"`   // IDs of the articles they are in
}

// PlanReresolve returns what Reresolve would change, without changing the
// store: it copies the store into memory, re-resolves the copy with the
// alias file as it is now and compares the node at each end of every
// statement. The copy holds every quad, so it needs memory in proportion
// to the store.
func (s *Store) PlanReresolve(ctx context.Context) ([]AliasChange, error) {
	mem, err := Open(ctx, Config{Store: MemoryStore, AliasFile: s.cfg.AliasFile})
	if err != nil {
		return nil, err
	}
	defer mem.Close()
	var all []quad.Quad
	if err := s.eachAll(ctx, func(q quad.Quad) error { all = append(all, q); return nil }); err != nil {
		return nil, fmt.Errorf("graph: copy store: %w", err)
	}
	if err := mem.apply(ctx, all, nil); err != nil {
		return nil, fmt.Errorf("graph: copy store: %w", err)
	}
	if err := mem.Reresolve(ctx); err != nil {
		return nil, err
	}
	var after []quad.Quad
	if err := mem.eachAll(ctx, func(q quad.Quad) error { after = append(after, q); return nil }); err != nil {
		return nil, fmt.Errorf("graph: read re-resolved copy: %w", err)
	}
	now, then := statementEnds(all), statementEnds(after)
	type move struct{ from, to quad.IRI }
	moves := map[move]*AliasChange{}
	var keys []move
	for end, from := range now {
		to, ok := then[end]
		if !ok || to == from {
			continue
		}
		m := move{from, to}
		c := moves[m]
		if c == nil {
			typ, _ := entityType(to)
			c = &AliasChange{FromID: from.String(), ToID: to.String(), Type: typ}
			// the node's name as stored, before the new file renames it
			if c.From, err = s.storeName(ctx, from); err != nil {
				return nil, err
			}
			if c.From == "" {
				c.From = entitySlugTitle(from)
			}
			if c.To, err = mem.entityName(ctx, to); err != nil {
				return nil, err
			}
			moves[m] = c
			keys = append(keys, m)
		}
		c.Statements++
		if !slices.Contains(c.Articles, end.article) {
			c.Articles = append(c.Articles, end.article)
		}
	}
	out := make([]AliasChange, 0, len(keys))
	for _, m := range keys {
		c := moves[m]
		slices.Sort(c.Articles)
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b AliasChange) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		return strings.Compare(a.ToID, b.ToID)
	})
	return out, nil
}

// statementEnd is one end (ng:subject or ng:object) of one statement.
type statementEnd struct {
	stmt    quad.Value
	pred    quad.IRI
	article string // the statement's label, an article IRI
}

// statementEnds maps each statement end in qs to its entity.
func statementEnds(qs []quad.Quad) map[statementEnd]quad.IRI {
	articles := map[quad.Value]string{}
	for _, q := range qs {
		if q.Predicate == predID {
			articles[q.Subject] = valueString(q.Object)
		}
	}
	out := map[statementEnd]quad.IRI{}
	for _, q := range qs {
		if q.Predicate != predSubject && q.Predicate != predObject {
			continue
		}
		if e, ok := q.Object.(quad.IRI); ok && isEntity(e) {
			out[statementEnd{q.Subject, q.Predicate.(quad.IRI), articles[q.Label]}] = e
		}
	}
	return out
}
