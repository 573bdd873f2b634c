package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

func newWatchCommand(a *app) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "watch SOURCE... [--every 15m]",
		Short: "Ingest sources now and again on a schedule until stopped",
		Long: `Run ingest on the sources at once and then every --every until SIGINT or
SIGTERM, logging each run's summary. What was already ingested is skipped by
its content hash, so each run only extracts new and changed articles. The
store is opened for each run and closed between runs, so other commands can
use it while watch waits.

` + sourcesHelp,
		Example: `  # a feed and a drop directory every 15 minutes
  newsgraph watch --every 15m https://example.com/world/rss.xml /srv/news/incoming

  # as a service with JSON logs
  NEWSGRAPH_STORE=/var/lib/newsgraph/news.db newsgraph watch --log-format json --every 5m feeds/`,
		Args: minArgs(1, "at least one directory, feed, URL or file"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWatch(cmd.Context(), a, args)
		},
	}
	o.AddFlags(cmd.Flags())
	o.bind(cmd)
	cmd.Flags().Duration("every", ingest.DefaultConfig().Every, "time between the starts of two runs")
	bindFlags(cmd, "every", "ingest.every")
	for _, hide := range []string{"format", "top"} {
		_ = cmd.Flags().MarkHidden(hide) // the flags exist; hiding cannot fail
	}
	return cmd
}

// runWatch ingests sources every a.cfg.Ingest.Every until ctx is done.
func runWatch(ctx context.Context, a *app, sources []string) error {
	p, err := a.openPipeline()
	if err != nil {
		return err
	}
	a.log.Info("watching", "sources", len(sources), "every", a.cfg.Ingest.Every.String(), "store", graph.Redact(a.cfg.Graph.Store))
	return ingest.Watch(ctx, a.cfg.Ingest.Every, a.log, func(ctx context.Context) error {
		return a.withStore(ctx, func(s *graph.Store) error {
			sum, err := ingestOnce(ctx, a, p, s, sources, nil)
			a.log.Info("ingest run", "new", sum.New, "updated", sum.Updated, "unchanged", sum.Unchanged,
				"failed", sum.Failed, "statements", sum.Statements, "duration", sum.Duration.String(), "interrupted", sum.Interrupted)
			if err != nil && !isBatchOutcome(err) {
				return err
			}
			return nil
		})
	})
}
