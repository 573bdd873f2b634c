package analysis

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/analysis/analysistest"
	"github.com/newsgraph/newsgraph/schema"
)

func TestIndexAnswersLikeTheStore(t *testing.T) {
	m := testModel()
	for seed := range uint64(6) {
		g, _ := randomGraph(seed, 40, 200)
		x, err := NewIndex(t.Context(), g)
		if err != nil {
			t.Fatal(err)
		}
		if n, built := x.Size(); n == 0 || built.IsZero() {
			t.Fatalf("index of %d edges built %v", n, built)
		}
		for _, f := range []schema.Filter{{}, {Classes: []string{schema.VerbalCooperation}}, {MinEvidence: 2}} {
			from, to := "a1", "a7"
			want, err := Paths(t.Context(), g, from, to, PathQuery{MaxHops: 4, Limit: 50, Filter: f, Model: m})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Paths(t.Context(), x, from, to, PathQuery{MaxHops: 4, Limit: 50, Filter: f, Model: m})
			if err != nil {
				t.Fatal(err)
			}
			var w, gt []string
			for _, p := range want.Paths {
				w = append(w, strings.Join(p.Actors(), ">")+p.Hops[0].Sentence)
			}
			for _, p := range got.Paths {
				gt = append(gt, strings.Join(p.Actors(), ">")+p.Hops[0].Sentence)
			}
			if !slices.Equal(w, gt) {
				t.Errorf("seed %d filter %+v: index paths %v, store paths %v", seed, f, gt, w)
			}
		}
	}
}

func TestIndexNamesAndDates(t *testing.T) {
	x, err := NewIndex(t.Context(), seed())
	if err != nil {
		t.Fatal(err)
	}
	out, err := x.Out(t.Context(), "Witkoff", schema.Filter{}) // an alias, not a key
	if err != nil || len(out) != 3 {
		t.Errorf("Out(Witkoff) = %d edges, %v; want 3", len(out), err)
	}
	late := schema.Filter{Since: analysistest.SeedDay.Add(48 * time.Hour)}
	out, err = x.Out(t.Context(), analysistest.IDPrefix+"Steve Witkoff", late)
	if err != nil || len(out) != 0 {
		t.Errorf("Out with a date after every article = %d edges, %v; want none (the store filters by date)", len(out), err)
	}
	if _, err := x.In(t.Context(), "Nobody", schema.Filter{}); err == nil {
		t.Error("In(Nobody) found edges")
	}
}
