package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
	qjson "github.com/cayleygraph/quad/json"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/cayleygraph/quad/pquads"
)

// DumpFormats are the quad formats Dump writes and Load reads.
var DumpFormats = []string{"nquads", "pquads", "jsonld", "json"}

// RoundTripFormats are the formats whose dump loads back into identical
// quads. Cayley's "json" format reads a string that looks like an IRI or a
// quoted literal as one, so it is not among them.
var RoundTripFormats = []string{"nquads", "pquads", "jsonld"}

func quadWriter(w io.Writer, format string) (quad.WriteCloser, error) {
	switch format {
	case "", "nquads":
		return nquads.NewWriter(w), nil
	case "pquads":
		return pquads.NewWriter(w, nil), nil
	case "jsonld":
		return jsonld.NewWriter(w), nil
	case "json":
		return qjson.NewWriter(w), nil
	}
	return nil, fmt.Errorf("graph: unknown quad format %q (want nquads, pquads, jsonld or json)", format)
}

func quadReader(r io.Reader, format string) (quad.ReadCloser, error) {
	switch format {
	case "", "nquads":
		return nquads.NewReader(r, false), nil
	case "pquads":
		return pquads.NewReader(r, 0), nil
	case "jsonld":
		return jsonld.NewReader(r), nil
	case "json":
		return qjson.NewReader(r), nil
	}
	return nil, fmt.Errorf("graph: unknown quad format %q (want nquads, pquads, jsonld or json)", format)
}

// Dump writes every quad in a quad format (nquads, pquads, jsonld, json).
// nquads and pquads stream in constant memory; the JSON formats buffer
// the document as their writers require. On bolt the pages of the store
// file it reads do not stay resident (see pager).
func (s *Store) Dump(ctx context.Context, w io.Writer, format string) error {
	qw, err := quadWriter(w, format)
	if err != nil {
		return err
	}
	pg := s.newPager() // eachAll holds the read lock while fn runs
	err = s.eachAll(ctx, func(q quad.Quad) error {
		pg.tick()
		return qw.WriteQuad(q)
	})
	if cerr := qw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("graph: dump %s: %w", format, err)
	}
	return nil
}

// loadBatch is how many quads Load writes per transaction.
const loadBatch = 10_000

// Load reads quads in a quad format into the store, in transactions of
// 10,000 quads; quads already stored are skipped.
func (s *Store) Load(ctx context.Context, r io.Reader, format string) error {
	qr, err := quadReader(r, format)
	if err != nil {
		return err
	}
	defer qr.Close()
	s.wmu.Lock()
	defer s.wmu.Unlock()
	release, err := s.pg.lock(ctx)
	if err != nil {
		return fmt.Errorf("graph: lock store: %w", err)
	}
	defer release()
	defer s.cache.reset()
	batch := make([]quad.Quad, 0, loadBatch)
	flush := func() error {
		err := s.apply(ctx, batch, nil)
		batch = batch[:0]
		return err
	}
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("graph: load %s: %w", format, err)
		}
		if !q.IsValid() {
			return fmt.Errorf("graph: load %s: invalid quad %v", format, q)
		}
		batch = append(batch, q)
		if len(batch) == loadBatch {
			if err := flush(); err != nil {
				return fmt.Errorf("graph: load %s: %w", format, err)
			}
		}
	}
	if err := flush(); err != nil {
		return fmt.Errorf("graph: load %s: %w", format, err)
	}
	return nil
}
