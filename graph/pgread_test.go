package graph

import (
	"context"
	"fmt"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

func TestPGScanMatchesCayley(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Config{Store: pgwSchema(t)})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	w, err := openPGWriter(ctx, s.cfg.Store)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ann, bob, art := quad.IRI("ng:entity/person/ann"), quad.IRI("ng:entity/person/bob"), quad.IRI("ng:article/1")
	qs := []quad.Quad{
		{Subject: ann, Predicate: quad.IRI("ng:name"), Object: quad.String("Ann"), Label: art},
		{Subject: ann, Predicate: quad.IRI("ng:p/meet"), Object: bob, Label: art},
		{Subject: bob, Predicate: quad.IRI("ng:p/meet"), Object: ann, Label: art},
		{Subject: ann, Predicate: quad.IRI("ng:note"), Object: quad.String("nul \x00 byte, \"quotes\"\n"), Label: art},
		{Subject: ann, Predicate: quad.IRI("ng:typed"), Object: quad.TypedString{Value: "0.5", Type: "xsd:float"}, Label: art},
		{Subject: ann, Predicate: quad.IRI("ng:lang"), Object: quad.LangString{Value: "Anna", Lang: "de"}, Label: art},
		{Subject: ann, Predicate: quad.IRI("ng:int"), Object: quad.Int(7), Label: art},
		{Subject: ann, Predicate: quad.IRI("ng:bool"), Object: quad.Bool(true), Label: art},
		{Subject: quad.BNode("b1"), Predicate: quad.IRI("ng:p/meet"), Object: ann},
	}
	var deltas []cgraph.Delta
	for _, q := range qs {
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dir quad.Direction
		v   quad.Value
		n   int
	}{
		{quad.Subject, ann, 7},
		{quad.Object, ann, 2},
		{quad.Predicate, quad.IRI("ng:p/meet"), 3},
		{quad.Label, art, 8},
		{quad.Subject, quad.BNode("b1"), 1},
		{quad.Object, quad.String("nul \x00 byte, \"quotes\"\n"), 1},
		{quad.Subject, quad.IRI("ng:none"), 0},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s=%v", tc.dir, tc.v), func(t *testing.T) {
			collect := func(scan func(context.Context, quad.Direction, quad.Value, func(quad.Quad) error) error) []string {
				var out []string
				if err := scan(ctx, tc.dir, tc.v, func(q quad.Quad) error {
					out = append(out, fmt.Sprintf("%#v", q))
					return nil
				}); err != nil {
					t.Fatal(err)
				}
				slices.Sort(out)
				return out
			}
			want, got := collect(s.scan), collect(w.scan)
			if len(want) != tc.n {
				t.Fatalf("cayley found %d quads, want %d", len(want), tc.n)
			}
			if !slices.Equal(got, want) {
				t.Errorf("pgWriter.scan:\n%q\nwant (cayley):\n%q", got, want)
			}
		})
	}
}
