package graph

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/gob"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// PostgreSQL side of the adjacency snapshot (adjacency.go). Other
// processes write the same database, so the snapshot's generation is a
// counter that a statement trigger on Cayley's quads table raises in the
// writing transaction itself: every committed change to the quads, by
// newsgraph or any other client (`cayley load`), changes it. The snapshot
// is saved in the database, for every process to load.
const pgAdjacencyDDL = `
CREATE TABLE IF NOT EXISTS newsgraph_generation (id int PRIMARY KEY, gen bigint NOT NULL);
INSERT INTO newsgraph_generation (id, gen) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
CREATE TABLE IF NOT EXISTS newsgraph_adjacency (id int PRIMARY KEY, gen bigint NOT NULL, data bytea NOT NULL);
CREATE OR REPLACE FUNCTION newsgraph_quads_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE %s.newsgraph_generation SET gen = gen + 1 WHERE id = 1;
	RETURN NULL;
END $$;
DO $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'newsgraph_quads_changed' AND tgrelid = 'quads'::regclass) THEN
		CREATE TRIGGER newsgraph_quads_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON quads
			FOR EACH STATEMENT EXECUTE FUNCTION newsgraph_quads_changed();
	END IF;
END $$;`

// installGeneration creates the generation counter, its trigger and the
// snapshot table when missing, under the writers' advisory lock (so that
// no write runs before the trigger is in place, and two processes do not
// create them at once).
func (w *pgWriter) installGeneration(ctx context.Context) error {
	var ok bool
	err := w.db.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'newsgraph_quads_changed' AND tgrelid = 'quads'::regclass)
		AND to_regclass('newsgraph_adjacency') IS NOT NULL`).Scan(&ok)
	if err == nil && ok {
		return nil
	}
	release, err := w.lock(ctx)
	if err != nil {
		return err
	}
	defer release()
	// the trigger's function names the counter with its schema: writers
	// may have another search_path
	var schema string
	if err := w.db.QueryRowContext(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		return fmt.Errorf("install generation counter: %w", err)
	}
	if _, err := w.db.ExecContext(ctx, fmt.Sprintf(pgAdjacencyDDL, `"`+strings.ReplaceAll(schema, `"`, `""`)+`"`)); err != nil {
		return fmt.Errorf("install generation counter: %w", err)
	}
	return nil
}

func (w *pgWriter) generation(ctx context.Context) (uint64, error) {
	var g int64
	if err := w.db.QueryRowContext(ctx, `SELECT gen FROM newsgraph_generation WHERE id = 1`).Scan(&g); err != nil {
		return 0, err
	}
	return uint64(g), nil
}

// loadAdjacency reads the saved snapshot, if any.
func (w *pgWriter) loadAdjacency(ctx context.Context) (*adjSnapshot, error) {
	var data []byte
	err := w.db.QueryRowContext(ctx, `SELECT data FROM newsgraph_adjacency WHERE id = 1`).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return decodeAdjacency(bytes.NewReader(data))
}

// saveAdjacency stores snap unless one of a later generation is there.
func (w *pgWriter) saveAdjacency(ctx context.Context, snap *adjSnapshot) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(snap); err != nil {
		return err
	}
	_, err := w.db.ExecContext(ctx, `INSERT INTO newsgraph_adjacency (id, gen, data) VALUES (1, $1, $2)
		ON CONFLICT (id) DO UPDATE SET gen = EXCLUDED.gen, data = EXCLUDED.data WHERE newsgraph_adjacency.gen <= EXCLUDED.gen`,
		int64(snap.Gen), buf.Bytes())
	return err
}

// directQuads reads every direct-edge quad (predicate <ng:p/…>) and every
// statement link (linkPredicate) with their values, in two queries.
func (w *pgWriter) directQuads(ctx context.Context) (direct, links []quad.Quad, err error) {
	base := pgScanQuery[quad.Predicate]
	base = base[:len(base)-len("WHERE q.predicate_hash = $1")]
	if direct, err = w.selectQuads(ctx, base+`WHERE p.iri AND p.value_string LIKE 'ng:p/%'`, isDirectPredicate); err != nil {
		return nil, nil, err
	}
	var args []any
	for _, p := range []quad.Value{predSubject, predPredicate, predObject, predNegated, predModality} {
		args = append(args, hashValue(p))
	}
	links, err = w.selectQuads(ctx, base+`WHERE q.predicate_hash IN ($1, $2, $3, $4, $5)`, linkPredicate, args...)
	return direct, links, err
}
