package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// queryOptions are the flags of `newsgraph query`, all bound to the query
// section of the configuration; read them from a.cfg.Query.
type queryOptions struct {
	Lang    string
	Limit   int
	Timeout time.Duration
}

// AddFlags registers the query flags on fs.
func (o *queryOptions) AddFlags(fs *pflag.FlagSet, def queryOptions) {
	fs.StringVar(&o.Lang, "lang", def.Lang, "query language: gizmo, graphql or mql")
	fs.IntVar(&o.Limit, "limit", def.Limit, "return at most this many results (0 = unlimited)")
	fs.DurationVar(&o.Timeout, "timeout", def.Timeout, "stop the query after this long (0 = never)")
}

func newQueryCommand(a *app) *cobra.Command {
	var o queryOptions
	def := a.cfg.Query
	cmd := &cobra.Command{
		Use:   "query [--lang gizmo|graphql|mql] [--limit N] [--timeout D] QUERY|-",
		Short: "Run a Gizmo, GraphQL or MQL query on the store and print the results as JSON",
		Long: `Run a query in one of Cayley's languages on the store and print the results
as a JSON array. QUERY "-" reads the query from standard input.

In the graph, every actor is a node named by its canonical name; each
asserted statement is an edge from subject to object whose predicate is the
verb's lemma ("suggest", "tell", "threaten") and whose label is the article
node; statement nodes hold the sentence, span, confidence, negation and
modality (see docs/model.md).`,
		Example: `  # who did Witkoff act on, and how?
  newsgraph query 'g.V("Steve Witkoff").OutPredicates().All()'
  newsgraph query 'g.V("Steve Witkoff").Out("suggest").All()'

  # the articles that back the edge (the quad label)
  newsgraph query 'g.V("Steve Witkoff").OutWithTags(["article"], "suggest").Is("Yuri Ushakov").All()'

  # a longer query from a file, at most 20 results within 5 seconds
  newsgraph query --limit 20 --timeout 5s - < query.js`,
		Args: exactArgs(1, "one query (or - to read it from standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.withStore(cmd.Context(), func(s *graph.Store) error {
				return runQuery(cmd.Context(), a, s, args[0])
			})
		},
	}
	o.AddFlags(cmd.Flags(), queryOptions{Lang: def.Lang, Limit: def.Limit, Timeout: def.Timeout})
	bindFlags(cmd, "lang", "query.lang", "limit", "query.limit", "timeout", "query.timeout")
	return cmd
}

// querier is what runQuery needs of graph.Store.
type querier interface {
	Query(ctx context.Context, q string, opt graph.QueryOptions) ([]any, error)
}

// runQuery runs q ("-" reads it from a.stdin) on s with the bounds of
// a.cfg.Query and prints the results as JSON.
func runQuery(ctx context.Context, a *app, s querier, q string) error {
	if q == "-" {
		text, err := ingest.ReadText(a.stdin, a.cfg.Ingest.MaxArticleBytes)
		if err != nil {
			return fmt.Errorf("read query from standard input: %w", err)
		}
		q = text
	}
	if strings.TrimSpace(q) == "" {
		return usageErrorf("the query is empty")
	}
	res, err := s.Query(ctx, q, graph.QueryOptions{Lang: a.cfg.Query.Lang, Limit: a.cfg.Query.Limit, Timeout: a.cfg.Query.Timeout})
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	if res == nil {
		res = []any{}
	}
	return a.printJSON(res)
}
