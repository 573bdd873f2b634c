package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/analysis/analysistest"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

func testModel() analysis.Model {
	return analysis.Model{Lexicon: schema.Vocabulary().Lookup, Now: analysistest.SeedDay}
}

func TestAnalysisCommands(t *testing.T) {
	table := viewFlags{Format: "table"}
	jsonOut := viewFlags{Format: "json"}
	tests := []struct {
		name    string
		run     func(a *app) error
		want    []string
		json    bool
		wantErr bool
		usage   bool
	}{
		{name: "paths table", run: func(a *app) error {
			return runPaths(t.Context(), a, analysistest.Seed(), "Witkoff", "Trump", pathsOptions{viewFlags: table, MaxHops: 4, Limit: 10}, testModel())
		}, want: []string{"1. Steve Witkoff → Yuri Ushakov → Vladimir Putin → Donald Trump", "suggest", "“Witkoff suggested", "read from aide to principal"}},
		{name: "paths json", json: true, run: func(a *app) error {
			return runPaths(t.Context(), a, analysistest.Seed(), "Witkoff", "Trump", pathsOptions{viewFlags: jsonOut, MaxHops: 4, Limit: 10}, testModel())
		}, want: []string{`"from": "Vladimir Putin"`, `"sentence": "Witkoff suggested`, `"also": [`}},
		{name: "paths none", run: func(a *app) error {
			return runPaths(t.Context(), a, analysistest.Seed(), "Witkoff", "Trump", pathsOptions{viewFlags: table, MaxHops: 1, Limit: 10}, testModel())
		}, want: []string{"No chain of at most 1 steps"}},
		{name: "paths unknown actor", wantErr: true, run: func(a *app) error {
			return runPaths(t.Context(), a, analysistest.Seed(), "Nobody", "Trump", pathsOptions{viewFlags: table, MaxHops: 4, Limit: 10}, testModel())
		}},
		{name: "paths bad class", usage: true, run: func(a *app) error {
			return runPaths(t.Context(), a, analysistest.Seed(), "Witkoff", "Trump", pathsOptions{viewFlags: viewFlags{Format: "table", Classes: []string{"friendly"}}, MaxHops: 4, Limit: 10}, testModel())
		}},
		{name: "paths bad format", usage: true, run: func(a *app) error {
			return runPaths(t.Context(), a, analysistest.Seed(), "Witkoff", "Trump", pathsOptions{viewFlags: viewFlags{Format: "xml"}, MaxHops: 4, Limit: 10}, testModel())
		}},
		{name: "influence in", run: func(a *app) error {
			return runInfluence(t.Context(), a, analysistest.Seed(), "Trump", influenceOptions{viewFlags: table, Limit: 20}, testModel())
		}, want: []string{"INFLUENCER", "Vladimir Putin", "congratulate,threaten"}},
		{name: "influence out json", json: true, run: func(a *app) error {
			return runInfluence(t.Context(), a, analysistest.Seed(), "Witkoff", influenceOptions{viewFlags: jsonOut, Out: true, Limit: 20}, testModel())
		}, want: []string{`"direction": "out"`, `"actor": "Yuri Ushakov"`}},
		{name: "influence in and out", usage: true, run: func(a *app) error {
			return runInfluence(t.Context(), a, analysistest.Seed(), "Trump", influenceOptions{viewFlags: table, In: true, Out: true}, testModel())
		}},
		{name: "actors", run: func(a *app) error {
			return runActors(t.Context(), a, analysistest.Seed(), actorsOptions{viewFlags: table, Top: 3}, testModel())
		}, want: []string{"PAGERANK", "Person"}},
		{name: "evidence", run: func(a *app) error {
			return runEvidence(t.Context(), a, analysistest.Seed(), "Witkoff", "Trump", evidenceOptions{viewFlags: table})
		}, want: []string{"2 statements between Steve Witkoff and Donald Trump, 1 asserted", "NEGATED", "appoint", "source: putin-tomahawk-call.txt"}},
		{name: "evidence json", json: true, run: func(a *app) error {
			return runEvidence(t.Context(), a, analysistest.Seed(), "Witkoff", "Ushakov", evidenceOptions{viewFlags: jsonOut})
		}, want: []string{`"asserted": 3`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			a := newApp(nil, &out, &out)
			err := tc.run(a)
			var ue *usageError
			switch {
			case tc.usage:
				if !errors.As(err, &ue) {
					t.Fatalf("err = %v, want a usage error", err)
				}
				return
			case tc.wantErr:
				if !errors.Is(err, graph.ErrNotFound) {
					t.Fatalf("err = %v, want graph.ErrNotFound", err)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			if tc.json && !json.Valid(out.Bytes()) {
				t.Fatalf("output is not JSON:\n%s", out.String())
			}
			for _, w := range tc.want {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
		})
	}
}

// TestPathsOnSeedArticle runs `paths` on the seed article as the
// extractor reads it: the chain Witkoff → Ushakov → … → Putin →
// Trump must be among the paths, with a quoted sentence and its source on
// every hop, for the short names and for the names `paths --help` shows.
func TestPathsOnSeedArticle(t *testing.T) {
	s := seedStore(t)
	for _, tc := range []struct{ from, to string }{
		{"Witkoff", "Trump"},
		{"Steve Witkoff", "President Trump"},
		{"White House special envoy Steve Witkoff", "Donald Trump"},
	} {
		t.Run(tc.from+" to "+tc.to, func(t *testing.T) {
			var out bytes.Buffer
			a := newApp(nil, &out, &out)
			err := runPaths(t.Context(), a, s, tc.from, tc.to, pathsOptions{viewFlags: viewFlags{Format: "json"}, MaxHops: 4, Limit: 10}, analysis.DefaultModel())
			if err != nil {
				t.Fatal(err)
			}
			var res analysis.PathResult
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatal(err)
			}
			for _, p := range res.Paths {
				actors := p.Actors()
				if len(actors) < 4 || actors[0] != "Steve Witkoff" || actors[1] != "Yuri Ushakov" ||
					actors[len(actors)-2] != "Vladimir Putin" || !strings.Contains(actors[len(actors)-1], "Trump") {
					continue
				}
				for _, h := range p.Hops {
					if h.Sentence == "" || h.Source == "" || h.Evidence == 0 {
						t.Errorf("step %s → %s of %s has no quoted evidence: %+v", h.From, h.To, strings.Join(actors, " → "), h)
					}
				}
				return
			}
			t.Fatalf("no chain Steve Witkoff → Yuri Ushakov → … → Vladimir Putin → Trump among %d paths:\n%s", len(res.Paths), out.String())
		})
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Putin called Trump.", "“Putin called Trump.”"},
		{"“This story proves one thing,” Cheung said.", "“‘This story proves one thing,’ Cheung said.”"},
		{"He said \"no\"\nand left.", "“He said 'no' and left.”"},
	}
	for _, tc := range tests {
		if got := quote(tc.in); got != tc.want {
			t.Errorf("quote(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
