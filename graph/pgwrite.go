package graph

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// pgWriter writes to the tables of Cayley's SQL store in its PostgreSQL
// flavour (nodes, quads) with a handful of multi-row statements per
// transaction, where Cayley's ApplyDeltas sends one statement per node and
// one per quad. It also provides the store-wide writer lock that makes
// several processes writing one database behave like one writer.
//
// It keeps Cayley's schema and invariants: a node row exists before any
// quad that names it (foreign keys), nodes.refs counts the quads that name
// the node in each direction, and a node whose count drops to zero is
// removed. Unlike ApplyDeltas it counts only quads actually inserted or
// deleted, so ignored duplicates do not inflate refs.
type pgWriter struct {
	db *sql.DB
}

// pgWriterLockKey is the PostgreSQL advisory lock key of newsgraph writers
// ("ngwriter" as a big-endian int64).
const pgWriterLockKey int64 = 0x6e67777269746572

// pgBatchRows bounds the rows of one multi-row statement (PostgreSQL
// takes at most 65,535 parameters per statement).
const pgBatchRows = 2000

// openPGWriter connects to the PostgreSQL database at u. The database must
// hold Cayley's tables already (openPostgres initialises them).
func openPGWriter(ctx context.Context, u string) (*pgWriter, error) {
	db, err := sql.Open("postgres", u)
	if err != nil {
		return nil, fmt.Errorf("graph: open %s: %w", Redact(u), redactErr(u, err))
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: connect %s: %w", Redact(u), redactErr(u, err))
	}
	return &pgWriter{db: db}, nil
}

// Close closes the writer's connections.
func (w *pgWriter) Close() error {
	if w == nil || w.db == nil {
		return nil
	}
	return w.db.Close()
}

// lock takes the store-wide writer lock, waiting for other processes (and
// other Stores in this process) to release it, and returns its release.
// Hold it from reading an article's stored state to committing its new
// quads, so that two processes writing the same article, or resolving the
// same new entity, act one after the other. The lock is a PostgreSQL
// session advisory lock: a writer that dies releases it with its session.
// A nil writer's lock does nothing.
func (w *pgWriter) lock(ctx context.Context) (release func(), err error) {
	if w == nil {
		return func() {}, nil
	}
	conn, err := w.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: writer lock: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", pgWriterLockKey); err != nil {
		conn.Close()
		return nil, fmt.Errorf("graph: writer lock: %w", err)
	}
	return func() {
		// A failed unlock leaves the lock to the session, which Close
		// ends: discard the connection rather than return it to the pool.
		if _, err := conn.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", pgWriterLockKey); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

// pgQuad is a quad as the hashes of its four values (label may be nil).
type pgQuad [4][]byte

func hashValue(v quad.Value) []byte {
	if v == nil {
		return nil
	}
	h := refs.HashOf(v)
	if !h.Valid() {
		return nil
	}
	return slices.Clone(h[:])
}

func toPGQuad(q quad.Quad) pgQuad {
	return pgQuad{hashValue(q.Subject), hashValue(q.Predicate), hashValue(q.Object), hashValue(q.Label)}
}

func (p pgQuad) key() string {
	var b strings.Builder
	for _, h := range p {
		b.Write(h)
		b.WriteByte(0xff)
	}
	return b.String()
}

// apply deletes del and adds add in one transaction. Quads already stored
// are not added again and missing quads are not deleted (Cayley's
// IgnoreDup and IgnoreMissing).
func (w *pgWriter) apply(ctx context.Context, add, del []quad.Quad) error {
	tx, err := w.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := w.applyTx(ctx, tx, add, del); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (w *pgWriter) applyTx(ctx context.Context, tx *sql.Tx, add, del []quad.Quad) error {
	delta := map[string]int{} // node hash → change of refs
	var touched [][]byte      // hashes whose refs went down

	// deletions first: a replaced article may delete and re-add nodes
	dq := dedupe(del)
	for start := 0; start < len(dq); start += pgBatchRows {
		part := dq[start:min(start+pgBatchRows, len(dq))]
		var withLabel, noLabel []pgQuad
		for _, q := range part {
			if q[3] == nil {
				noLabel = append(noLabel, q)
			} else {
				withLabel = append(withLabel, q)
			}
		}
		for _, g := range []struct {
			qs    []pgQuad
			width int
			cond  string
		}{
			{withLabel, 4, "q.label_hash = d.l"},
			{noLabel, 3, "q.label_hash IS NULL"},
		} {
			if len(g.qs) == 0 {
				continue
			}
			cols := "s, p, o, l"
			if g.width == 3 {
				cols = "s, p, o"
			}
			args := make([]any, 0, len(g.qs)*g.width)
			rows := make([]string, 0, len(g.qs))
			for _, q := range g.qs {
				ph := make([]string, g.width)
				for i := range g.width {
					args = append(args, q[i])
					ph[i] = "$" + strconv.Itoa(len(args)) + "::bytea"
				}
				rows = append(rows, "("+strings.Join(ph, ", ")+")")
			}
			stmt := `DELETE FROM quads q USING (VALUES ` + strings.Join(rows, ", ") + `) AS d(` + cols + `)
WHERE q.subject_hash = d.s AND q.predicate_hash = d.p AND q.object_hash = d.o AND ` + g.cond + `
RETURNING q.subject_hash, q.predicate_hash, q.object_hash, q.label_hash`
			if err := countRows(ctx, tx, stmt, args, -1, delta, &touched); err != nil {
				return fmt.Errorf("delete quads: %w", err)
			}
		}
	}

	aq := dedupe(add)
	if len(aq) > 0 {
		if err := insertNodes(ctx, tx, add); err != nil {
			return err
		}
		for start := 0; start < len(aq); start += pgBatchRows {
			part := aq[start:min(start+pgBatchRows, len(aq))]
			args := make([]any, 0, len(part)*4)
			rows := make([]string, 0, len(part))
			for _, q := range part {
				ph := make([]string, 4)
				for i := range 4 {
					args = append(args, q[i])
					ph[i] = "$" + strconv.Itoa(len(args))
				}
				rows = append(rows, "("+strings.Join(ph, ", ")+", now())")
			}
			stmt := `INSERT INTO quads (subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ` +
				strings.Join(rows, ", ") + ` ON CONFLICT DO NOTHING
RETURNING subject_hash, predicate_hash, object_hash, label_hash`
			if err := countRows(ctx, tx, stmt, args, +1, delta, nil); err != nil {
				return fmt.Errorf("insert quads: %w", err)
			}
		}
	}

	// reference counts, in hash order so that concurrent writers lock
	// node rows in one order
	hashes := make([]string, 0, len(delta))
	for h, n := range delta {
		if n != 0 {
			hashes = append(hashes, h)
		}
	}
	slices.Sort(hashes)
	for start := 0; start < len(hashes); start += pgBatchRows {
		part := hashes[start:min(start+pgBatchRows, len(hashes))]
		args := make([]any, 0, len(part)*2)
		rows := make([]string, 0, len(part))
		for _, h := range part {
			args = append(args, []byte(h), delta[h])
			rows = append(rows, "($"+strconv.Itoa(len(args)-1)+"::bytea, $"+strconv.Itoa(len(args))+"::int)")
		}
		stmt := `UPDATE nodes SET refs = nodes.refs + d.n FROM (VALUES ` + strings.Join(rows, ", ") + `) AS d(h, n) WHERE nodes.hash = d.h`
		if _, err := tx.ExecContext(ctx, stmt, args...); err != nil {
			return fmt.Errorf("update node references: %w", err)
		}
	}
	if len(touched) > 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0`, pq.ByteaArray(touched)); err != nil {
			return fmt.Errorf("delete unused nodes: %w", err)
		}
	}
	return nil
}

// dedupe returns the distinct quads of qs as hashes, in a stable order.
func dedupe(qs []quad.Quad) []pgQuad {
	seen := make(map[string]bool, len(qs))
	out := make([]pgQuad, 0, len(qs))
	for _, q := range qs {
		p := toPGQuad(q)
		if p[0] == nil || p[1] == nil || p[2] == nil {
			continue
		}
		if k := p.key(); !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b pgQuad) int {
		for i := range a {
			if c := bytes.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
		return 0
	})
	return out
}

// countRows runs stmt, whose rows are the four hashes of quads inserted or
// deleted, and adds sign to the reference change of each hash.
func countRows(ctx context.Context, tx *sql.Tx, stmt string, args []any, sign int, delta map[string]int, touched *[][]byte) error {
	rows, err := tx.QueryContext(ctx, stmt, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var h [4][]byte
		if err := rows.Scan(&h[0], &h[1], &h[2], &h[3]); err != nil {
			return err
		}
		for _, x := range h {
			if x == nil {
				continue
			}
			k := string(x)
			if _, ok := delta[k]; !ok && touched != nil {
				*touched = append(*touched, slices.Clone(x))
			}
			delta[k] += sign
		}
	}
	return rows.Err()
}

// insertNodes makes sure every value of qs has its row in nodes (refs 0
// for new rows; the counts are set from the quads actually inserted).
func insertNodes(ctx context.Context, tx *sql.Tx, qs []quad.Quad) error {
	type node struct {
		hash []byte
		vals []any
	}
	byType := map[csql.ValueType][]node{}
	seen := map[string]bool{}
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if v == nil {
				continue
			}
			h := refs.HashOf(v)
			if !h.Valid() || seen[string(h[:])] {
				continue
			}
			seen[string(h[:])] = true
			typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: h}, v)
			if err != nil {
				return fmt.Errorf("node value %v: %w", v, err)
			}
			byType[typ] = append(byType[typ], node{slices.Clone(h[:]), vals})
		}
	}
	types := make([]csql.ValueType, 0, len(byType))
	for t := range byType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		nodes := byType[t]
		slices.SortFunc(nodes, func(a, b node) int { return bytes.Compare(a.hash, b.hash) })
		cols := "refs, hash"
		if c := t.Columns(); len(c) > 0 {
			cols += ", " + strings.Join(c, ", ")
		}
		for start := 0; start < len(nodes); start += pgBatchRows {
			part := nodes[start:min(start+pgBatchRows, len(nodes))]
			var args []any
			rows := make([]string, 0, len(part))
			for _, n := range part {
				ph := make([]string, len(n.vals))
				for i, v := range n.vals {
					args = append(args, v)
					ph[i] = "$" + strconv.Itoa(len(args))
				}
				rows = append(rows, "(0, "+strings.Join(ph, ", ")+")")
			}
			stmt := `INSERT INTO nodes (` + cols + `) VALUES ` + strings.Join(rows, ", ") + ` ON CONFLICT (hash) DO NOTHING`
			if _, err := tx.ExecContext(ctx, stmt, args...); err != nil {
				return fmt.Errorf("insert nodes: %w", err)
			}
		}
	}
	return nil
}
