package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
)

// actorsOptions are the flags of `newsgraph actors`.
type actorsOptions struct {
	viewFlags
	Top int
}

// AddFlags registers the actors flags on fs.
func (o *actorsOptions) AddFlags(fs *pflag.FlagSet) {
	o.viewFlags.AddFlags(fs)
	fs.IntVar(&o.Top, "top", 20, "actors to show (0 = all)")
}

func newActorsCommand(a *app) *cobra.Command {
	var o actorsOptions
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "List the most central actors by weighted PageRank",
		Long: `List the most central actors: weighted PageRank (gonum, damping 0.85) over
the influence graph, where every influence of A on B is a link from B to A
weighted by its evidence (the influence score of docs/influence.md), so rank
gathers at the actors others are influenced by. Weapons, documents and
other non-actors are left out.`,
		Example: `  newsgraph actors
  newsgraph actors --top 5 --format json
  newsgraph actors --class verbal-conflict,material-conflict`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(s *graph.Store) error {
				warnAliasFile(ctx, a, s)
				return runActors(ctx, a, s, o, analysis.DefaultModel())
			})
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runActors ranks and prints the most central actors.
func runActors(ctx context.Context, a *app, s analysisStore, o actorsOptions, m analysis.Model) error {
	f, err := o.filter()
	if err != nil {
		return err
	}
	if o.Top < 0 {
		return usageErrorf("--top must not be negative")
	}
	res, err := analysis.Actors(ctx, s, analysis.ActorsQuery{Filter: f, Top: o.Top, Model: m})
	if err != nil {
		return fmt.Errorf("actors: %w", err)
	}
	if o.Format == "json" {
		return a.printJSON(map[string]any{"actors": res})
	}
	rows := make([][]string, len(res))
	for i, r := range res {
		rows[i] = []string{strconv.Itoa(i + 1), r.Name, string(r.Type), ftoa(r.Rank, 4),
			strconv.Itoa(r.Influenced), strconv.Itoa(r.InfluencedBy), strconv.Itoa(r.Mentions)}
	}
	return a.printTable([]string{"#", "ACTOR", "TYPE", "PAGERANK", "INFLUENCES", "INFLUENCED BY", "MENTIONS"}, rows)
}
