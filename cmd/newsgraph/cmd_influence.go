package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
)

// influenceOptions are the flags of `newsgraph influence`.
type influenceOptions struct {
	viewFlags
	In    bool
	Out   bool
	Limit int
}

// AddFlags registers the influence flags on fs.
func (o *influenceOptions) AddFlags(fs *pflag.FlagSet) {
	o.viewFlags.AddFlags(fs)
	fs.BoolVar(&o.In, "in", false, "who influences ACTOR (the default)")
	fs.BoolVar(&o.Out, "out", false, "whom ACTOR influences")
	fs.IntVar(&o.Limit, "limit", 20, "actors to show (0 = all)")
}

func newInfluenceCommand(a *app) *cobra.Command {
	var o influenceOptions
	cmd := &cobra.Command{
		Use:   "influence ACTOR",
		Short: "Rank who influences an actor, or whom it influences",
		Long: `Rank the actors that influence ACTOR (--in, the default) or that ACTOR
influences (--out) by an evidence-weighted score. Each influence statement
between them adds

    (1 + |Goldstein| / 10) × c × 2^(−age / 365 days) × log2(1 + articles)

where c is 1 for an influence event and 0.5 for a neutral or role relation,
age is the time since the newest article behind it, and articles counts
independent articles (docs/influence.md).`,
		Example: `  newsgraph influence Trump
  newsgraph influence Witkoff --out --format json
  newsgraph influence Putin --class verbal-conflict --since 2025-01-01`,
		Args: exactArgs(1, "one actor"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(s *graph.Store) error {
				warnAliasFile(ctx, a, s)
				return runInfluence(ctx, a, s, args[0], o, analysis.DefaultModel())
			})
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runInfluence ranks and prints the influencers of (or on) one actor.
func runInfluence(ctx context.Context, a *app, s analysisStore, actor string, o influenceOptions, m analysis.Model) error {
	f, err := o.filter()
	if err != nil {
		return err
	}
	if o.In && o.Out {
		return usageErrorf("--in and --out exclude each other")
	}
	if o.Limit < 0 {
		return usageErrorf("--limit must not be negative")
	}
	res, err := analysis.Influence(ctx, s, actor, analysis.InfluenceQuery{Filter: f, Out: o.Out, Limit: o.Limit, Model: m})
	if err != nil {
		return fmt.Errorf("influence: %w", err)
	}
	if o.Format == "json" {
		return a.printJSON(res)
	}
	if len(res.Ranked) == 0 {
		if o.Out {
			_, err = fmt.Fprintf(a.stdout, "No asserted influence from %s.\n", res.Actor.Name)
		} else {
			_, err = fmt.Fprintf(a.stdout, "No asserted influence on %s.\n", res.Actor.Name)
		}
		return err
	}
	head := "INFLUENCER"
	if o.Out {
		head = "INFLUENCED"
	}
	rows := make([][]string, len(res.Ranked))
	for i, r := range res.Ranked {
		last := ""
		if !r.LastSeen.IsZero() {
			last = r.LastSeen.Format("2006-01-02")
		}
		rows[i] = []string{strconv.Itoa(i + 1), r.Actor, ftoa(r.Score, 3), strconv.Itoa(r.Articles), strconv.Itoa(r.Evidence),
			strings.Join(r.Predicates, ","), strings.Join(r.Classes, ","), last}
	}
	return a.printTable([]string{"#", head, "SCORE", "ARTICLES", "STATEMENTS", "PREDICATES", "CLASSES", "LAST SEEN"}, rows)
}
