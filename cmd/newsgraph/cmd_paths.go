package main

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// viewFlags are the output and filter flags the analysis commands share.
type viewFlags struct {
	Format  string
	Since   string
	Until   string
	Classes []string
}

// AddFlags registers --format, --since, --until and --class on fs.
func (o *viewFlags) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Format, "format", "table", "output format: table or json")
	fs.StringVar(&o.Since, "since", "", "only evidence from articles published on or after this date (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&o.Until, "until", "", "only evidence from articles published on or before this date")
	fs.StringSliceVar(&o.Classes, "class", nil, "only these influence classes: "+strings.Join(schema.Classes(), ", "))
}

// filter checks the flags and returns the filter they describe.
func (o viewFlags) filter() (schema.Filter, error) {
	var f schema.Filter
	switch o.Format {
	case "table", "json":
	default:
		return f, usageErrorf("--format must be table or json, got %q", o.Format)
	}
	f, err := analysis.ParseFilter(o.Since, o.Until, o.Classes)
	if err != nil {
		return f, usageErrorf("%v", err)
	}
	return f, nil
}

// pathsOptions are the flags of `newsgraph paths`.
type pathsOptions struct {
	viewFlags
	MaxHops    int
	Limit      int
	NodeBudget int
}

// AddFlags registers the paths flags on fs.
func (o *pathsOptions) AddFlags(fs *pflag.FlagSet) {
	o.viewFlags.AddFlags(fs)
	fs.IntVar(&o.MaxHops, "max-hops", analysis.DefaultMaxHops, "longest chain, in influence steps")
	fs.IntVar(&o.Limit, "limit", analysis.DefaultPathLimit, "chains to show")
	fs.IntVar(&o.NodeBudget, "node-budget", analysis.DefaultNodeBudget, "actors the search may expand before it stops")
}

func newPathsCommand(a *app) *cobra.Command {
	var o pathsOptions
	cmd := &cobra.Command{
		Use:   "paths FROM TO",
		Short: "Show the chains of influence from one actor to another",
		Long: `Show the chains of influence from one actor to another, shortest first and,
among equally short ones, best supported first. Each step shows the
predicate, its influence class, how many statements back it and one quoted
sentence with its source.

Influence follows the direction of each predicate in the vocabulary
(docs/schema.md): "A advised B" runs A → B, "A yielded to B" runs B → A,
"A met B" both ways. Role relations ("aide of", "envoy of") connect an
aide and a principal both ways, so word passed to an aide reaches the
principal. Negated and hypothetical statements are never steps, and
chains pass only through actors (people, organisations, countries,
places), never through a weapon, a document or a phrase such as "the
deal".
Actors may be named by any alias.`,
		Example: `  newsgraph paths Witkoff Trump
  newsgraph paths "Steve Witkoff" "President Trump" --max-hops 3 --format json
  newsgraph paths Witkoff Trump --class verbal-cooperation --since 2025-10-01`,
		Args: exactArgs(2, "two actors (FROM TO)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(s *graph.Store) error {
				warnAliasFile(ctx, a, s)
				return runPaths(ctx, a, s, args[0], args[1], o, analysis.DefaultModel())
			})
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// analysisStore is the read side of the store the analysis commands use;
// *graph.Store satisfies it.
type analysisStore interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error)
	Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error
	Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error
}

// runPaths finds and prints the influence chains from one actor to another.
func runPaths(ctx context.Context, a *app, s analysisStore, from, to string, o pathsOptions, m analysis.Model) error {
	f, err := o.filter()
	if err != nil {
		return err
	}
	if o.MaxHops < 1 || o.Limit < 1 {
		return usageErrorf("--max-hops and --limit must be at least 1")
	}
	res, err := analysis.Paths(ctx, s, from, to, analysis.PathQuery{
		Filter: f, MaxHops: o.MaxHops, Limit: o.Limit, NodeBudget: o.NodeBudget, Model: m,
	})
	if err != nil {
		return fmt.Errorf("paths: %w", err)
	}
	if o.Format == "json" {
		return a.printJSON(res)
	}
	return printPaths(a.stdout, res)
}

func printPaths(w io.Writer, res analysis.PathResult) error {
	ew := &errWriter{w: w}
	if len(res.Paths) == 0 {
		ew.printf("No chain of at most %d steps from %s to %s.\n", res.MaxHops, res.From.Name, res.To.Name)
		if res.Truncated {
			ew.printf("The search stopped after %d actors (--node-budget).\n", res.Expanded)
		}
		return ew.err
	}
	for i, p := range res.Paths {
		if i > 0 {
			ew.printf("\n")
		}
		ew.printf("%d. %s  (%d %s, strength %.3f)\n", i+1, strings.Join(p.Actors(), " → "), len(p.Hops), plural(len(p.Hops), "step", "steps"), p.Strength)
		for _, h := range p.Hops {
			how := h.Subject + " " + h.Predicate + " " + h.Object
			if h.Against {
				how += ", read from aide to principal"
			}
			ew.printf("   %s → %s: %s [%s], %d %s in %d %s", h.From, h.To, how, h.Class,
				h.Evidence, plural(h.Evidence, "statement", "statements"), h.Articles, plural(h.Articles, "article", "articles"))
			if len(h.Also) > 0 {
				ew.printf("; also %s", strings.Join(h.Also, ", "))
			}
			ew.printf("\n")
			switch {
			case h.Sentence != "":
				ew.printf("      %s (%s)\n", quote(h.Sentence), h.Source)
			case res.Unquoted > 0:
				ew.printf("      (no quote: the evidence was not read in time; see newsgraph evidence)\n")
			}
		}
	}
	if res.Truncated {
		ew.printf("\nThe search stopped after %d actors (--node-budget); longer chains may exist.\n", res.Expanded)
	}
	return ew.err
}

// quote puts a sentence on one line between curly double quotes. Double
// quotes inside it become single ones, as in print, so a sentence that
// opens with a quotation reads “‘This story …,’ Cheung said.” rather than
// with a doubled mark.
func quote(sentence string) string {
	inner := strings.NewReplacer("“", "‘", "”", "’", "\"", "'").Replace(oneLine(sentence))
	return "“" + inner + "”"
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func ftoa(f float64, prec int) string { return strconv.FormatFloat(f, 'f', prec, 64) }
