package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// pgNodeColumns are the columns of Cayley's nodes table that hold a value.
const pgNodeColumns = "value, value_string, datatype, language, iri, bnode, value_int, value_bool, value_float, value_time"

// pgScanQuery selects the quads with one direction equal to $1, with the
// four values joined in, for each direction.
var pgScanQuery = func() map[quad.Direction]string {
	cols := func(alias string) string {
		var b strings.Builder
		for i, c := range strings.Split(pgNodeColumns, ", ") {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(alias + "." + c)
		}
		return b.String()
	}
	out := map[quad.Direction]string{}
	for dir, col := range map[quad.Direction]string{
		quad.Subject: "subject_hash", quad.Predicate: "predicate_hash",
		quad.Object: "object_hash", quad.Label: "label_hash",
	} {
		out[dir] = `SELECT ` + cols("s") + `, ` + cols("p") + `, ` + cols("o") + `, ` + cols("l") + `
FROM quads q
JOIN nodes s ON s.hash = q.subject_hash
JOIN nodes p ON p.hash = q.predicate_hash
JOIN nodes o ON o.hash = q.object_hash
LEFT JOIN nodes l ON l.hash = q.label_hash
WHERE q.` + col + ` = $1`
	}
	return out
}()

// scan calls fn for every quad whose dir is v, reading the quads and their
// values in one query. Cayley's iterator answers the same question with
// one query for the quads and one more per value not in its small cache,
// which makes a read of an entity with many quads cost hundreds of round
// trips. fn runs after the rows are read, so it may query again.
func (w *pgWriter) scan(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	q, ok := pgScanQuery[dir]
	if !ok || v == nil {
		return nil
	}
	h := refs.HashOf(v)
	if !h.Valid() {
		return nil
	}
	out, err := w.selectQuads(ctx, q, nil, h[:])
	if err != nil {
		return err
	}
	for _, q := range out {
		if err := fn(q); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// selectQuads runs a quads query of pgScanQuery's shape and keeps the
// quads whose predicate keep accepts (all of them when keep is nil).
func (w *pgWriter) selectQuads(ctx context.Context, q string, keep func(quad.Value) bool, args ...any) ([]quad.Quad, error) {
	rows, err := w.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []quad.Quad
	for rows.Next() {
		var cols [4]pgValue
		dest := make([]any, 0, 40)
		for i := range cols {
			dest = append(dest, cols[i].dest()...)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, err
		}
		var vals [4]quad.Value
		for i := range cols {
			if vals[i], err = cols[i].value(); err != nil {
				return nil, err
			}
		}
		if keep == nil || keep(vals[1]) {
			out = append(out, quad.Quad{Subject: vals[0], Predicate: vals[1], Object: vals[2], Label: vals[3]})
		}
	}
	return out, rows.Err()
}

// pgValue is one node row's value columns, decoded as Cayley's SQL store
// decodes them (QuadStore.NameOf).
type pgValue struct {
	data   []byte
	str    sql.NullString
	typ    sql.NullString
	lang   sql.NullString
	iri    sql.NullBool
	bnode  sql.NullBool
	vint   sql.NullInt64
	vbool  sql.NullBool
	vfloat sql.NullFloat64
	vtime  sql.NullTime
}

func (p *pgValue) dest() []any {
	return []any{&p.data, &p.str, &p.typ, &p.lang, &p.iri, &p.bnode, &p.vint, &p.vbool, &p.vfloat, &p.vtime}
}

func (p *pgValue) value() (quad.Value, error) {
	switch {
	case p.str.Valid:
		s := strings.ReplaceAll(p.str.String, `\x00`, "\u0000")
		switch {
		case p.iri.Bool:
			return quad.IRI(p.str.String), nil
		case p.bnode.Bool:
			return quad.BNode(p.str.String), nil
		case p.lang.Valid:
			return quad.LangString{Value: quad.String(s), Lang: p.lang.String}, nil
		case p.typ.Valid:
			return quad.TypedString{Value: quad.String(s), Type: quad.IRI(p.typ.String)}, nil
		}
		return quad.String(s), nil
	case p.vint.Valid:
		return quad.Int(p.vint.Int64), nil
	case p.vbool.Valid:
		return quad.Bool(p.vbool.Bool), nil
	case p.vfloat.Valid:
		return quad.Float(p.vfloat.Float64), nil
	case p.vtime.Valid:
		return quad.Time(p.vtime.Time.UTC()), nil
	case p.data != nil:
		v, err := pquads.UnmarshalValue(p.data)
		if err != nil {
			return nil, fmt.Errorf("unmarshal value: %w", err)
		}
		return v, nil
	}
	return nil, nil // a missing label (LEFT JOIN)
}
