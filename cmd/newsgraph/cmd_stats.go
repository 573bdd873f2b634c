package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

func newStatsCommand(a *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats [--format table|json]",
		Short: "Count articles, entities by type, statements by predicate and class",
		Example: `  newsgraph stats
  newsgraph stats --store postgres://localhost/news --format json | jq .statements_by_class`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "table" && format != "json" {
				return usageErrorf("--format must be table or json, got %q", format)
			}
			return a.withStore(cmd.Context(), func(s *graph.Store) error {
				return runStats(cmd.Context(), a, s, format)
			})
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

// statser is what runStats needs of graph.Store.
type statser interface {
	Stats(ctx context.Context) (graph.Stats, error)
}

// runStats prints the counts of s as a table or JSON.
func runStats(ctx context.Context, a *app, s statser, format string) error {
	st, err := s.Stats(ctx)
	if err != nil {
		return fmt.Errorf("stats: %w", err)
	}
	if format == "json" {
		return a.printJSON(st)
	}
	return a.printStats(st)
}

// printStats writes stats as tables.
func (a *app) printStats(st graph.Stats) error {
	rows := [][]string{
		{"articles", strconv.Itoa(st.Articles)},
		{"entities", strconv.Itoa(st.Entities)},
		{"statements", strconv.Itoa(st.Statements)},
		{"quads", strconv.FormatInt(st.Quads, 10)},
	}
	if err := a.printTable(nil, rows); err != nil {
		return err
	}
	for _, sec := range []struct {
		title, key string
		counts     map[string]int
	}{
		{"entities by type", "type", st.ByType},
		{"statements by predicate", "predicate", st.ByPredicate},
		{"statements by class", "class", st.ByClass},
	} {
		if len(sec.counts) == 0 {
			continue
		}
		fmt.Fprintf(a.stdout, "\n%s:\n", sec.title)
		if err := a.printTable([]string{"  " + sec.key, "count"}, countRows(sec.counts)); err != nil {
			return err
		}
	}
	return nil
}

// countRows sorts counts by count (descending), then key.
func countRows(m map[string]int) [][]string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	rows := make([][]string, len(keys))
	for i, k := range keys {
		name := k
		if name == "" {
			name = "(none)"
		}
		rows[i] = []string{"  " + name, strconv.Itoa(m[k])}
	}
	return rows
}
