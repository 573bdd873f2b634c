package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/httpapi"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/server"
)

// tokenEnv names the environment variable that holds the server token.
const tokenEnv = "NEWSGRAPH_TOKEN"

// serveOptions are the flags of `newsgraph serve` that are not
// configuration keys.
type serveOptions struct {
	Token        string
	MaxBodyBytes int64
	IndexRefresh time.Duration
	Ingest       []string
}

// AddFlags registers the serve flags on fs; --addr, --query-timeout and
// --query-limit are bound to server.* configuration keys by the command.
func (o *serveOptions) AddFlags(fs *pflag.FlagSet) {
	fs.String("addr", server.DefaultAddr, "listen address; a non-loopback address requires a token")
	fs.Duration("query-timeout", server.DefaultQueryTimeout, "longest any query may run")
	fs.Int("query-limit", server.DefaultQueryLimit, "most results any query returns")
	fs.StringVar(&o.Token, "token", "", "bearer token required on every request (default $"+tokenEnv+")")
	fs.Int64Var(&o.MaxBodyBytes, "max-body", server.DefaultMaxBodyBytes, "largest request body in bytes")
	fs.DurationVar(&o.IndexRefresh, "index-refresh", 10*time.Minute, "rebuild the in-memory edge index paths and influence read this often (0: read the store directly)")
	fs.StringArrayVar(&o.Ingest, "ingest", nil, "also ingest this source (file, directory, glob, URL or feed) at start and every --every; repeatable")
	fs.Duration("every", ingest.DefaultConfig().Every, "with --ingest: time between the starts of two ingestion runs")
}

func newServeCommand(a *app) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph over HTTP: Cayley's query API and UI, and newsgraph's JSON endpoints",
		Long: `Serve the graph over HTTP until SIGINT or SIGTERM, then shut down gracefully.

  /                          Cayley's web UI (query editor, graph views)
  /api/v2/query?lang=gizmo   Cayley's v2 query API (read-only), also /api/v2/read, /formats
  /api/v1/query/gizmo        Cayley's v1 query endpoint (POST the query)
  /api/newsgraph/paths?from=Witkoff&to=Trump[&max_hops=4&limit=10]
  /api/newsgraph/influence?actor=Trump[&direction=in|out]
  /api/newsgraph/actors[?top=20]
  /api/newsgraph/evidence?a=Witkoff&b=Ushakov
  /api/newsgraph/stats

The newsgraph endpoints accept since, until (YYYY-MM-DD or RFC 3339) and
class (comma-separated influence classes). Every query stops at
--query-timeout and returns at most --query-limit results; errors are JSON
{"error": "..."}. Listening on an address other than loopback requires
--token (or $NEWSGRAPH_TOKEN): clients send "Authorization: Bearer TOKEN";
a browser may open /?token=TOKEN once and keeps it in a cookie.`,
		Example: `  newsgraph serve
  newsgraph serve --addr 127.0.0.1:9000 --query-timeout 10s
  newsgraph serve --ingest https://example.com/world/rss.xml --ingest /srv/news/incoming --every 15m
  NEWSGRAPH_TOKEN=$(openssl rand -hex 16) newsgraph serve --addr 0.0.0.0:8080
  curl 'http://127.0.0.1:8080/api/newsgraph/paths?from=Witkoff&to=Trump'
  curl -d 'g.V().Has("<ng:name>", "Steve Witkoff").Out().Out("<ng:name>").All()' http://127.0.0.1:8080/api/v1/query/gizmo`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			cfg := server.Config{
				Addr:         a.cfg.Server.Addr,
				Token:        o.Token,
				QueryTimeout: a.cfg.Server.QueryTimeout,
				QueryLimit:   a.cfg.Server.QueryLimit,
				MaxBodyBytes: o.MaxBodyBytes,
			}
			if cfg.Token == "" {
				cfg.Token = os.Getenv(tokenEnv)
			}
			if err := cfg.WithDefaults().Validate(); err != nil {
				return usageErrorf("%v", err)
			}
			return a.withStore(ctx, func(s *graph.Store) error {
				warnAliasFile(ctx, a, s)
				srv, err := newServer(s, cfg, a)
				if err != nil {
					return err
				}
				if o.IndexRefresh > 0 {
					go keepIndex(ctx, a, s, srv, o.IndexRefresh)
				}
				if len(o.Ingest) > 0 {
					p, err := a.openPipeline()
					if err != nil {
						return err
					}
					go serveIngest(ctx, a, p, s, o.Ingest)
				}
				return runServe(ctx, a, srv)
			})
		},
	}
	o.AddFlags(cmd.Flags())
	bindFlags(cmd, "addr", "server.addr", "query-timeout", "server.query_timeout", "query-limit", "server.query_limit", "every", "ingest.every")
	return cmd
}

// newServer wires the store into an HTTP server: Cayley's API and UI from
// graph/httpapi, newsgraph's endpoints from internal/server.
func newServer(s *graph.Store, cfg server.Config, a *app) (*server.Server, error) {
	cfg = cfg.WithDefaults()
	ui, err := httpapi.UI()
	if err != nil {
		return nil, err
	}
	// Cayley's handlers read the quad store directly: ReadLocked keeps them
	// apart from this process's writes (serve --ingest).
	api := s.ReadLocked(httpapi.API(s.CayleyHandle(), httpapi.Options{QueryTimeout: cfg.QueryTimeout, QueryLimit: cfg.QueryLimit}))
	srv, err := server.New(cfg, s, server.Mounts{API: api, UI: ui}, analysis.DefaultModel(), a.log)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	return srv, nil
}

// keepIndex builds an in-memory index of the store's edges for paths and
// influence, hands it to srv, and rebuilds it every refresh until ctx
// ends. Until the first build is done, queries read the store.
func keepIndex(ctx context.Context, a *app, s *graph.Store, srv *server.Server, refresh time.Duration) {
	start := time.Now()
	x, err := analysis.NewIndex(ctx, s)
	if err != nil {
		if ctx.Err() == nil {
			a.log.Warn("edge index not built; paths read the store", "err", err)
		}
		return
	}
	n, _ := x.Size()
	a.log.Info("edge index built", "edges", n, "took", time.Since(start).Round(time.Millisecond))
	srv.UseIndex(x)
	t := time.NewTicker(refresh)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := x.Rebuild(ctx); err != nil && ctx.Err() == nil {
				a.log.Warn("edge index not rebuilt", "err", err)
			}
		}
	}
}

// runServe serves until ctx ends (SIGINT or SIGTERM), then shuts down
// gracefully.
func runServe(ctx context.Context, a *app, srv *server.Server) error {
	start := time.Now()
	fmt.Fprintf(a.stderr, "newsgraph: serving on http://%s (Ctrl-C to stop)\n", srv.Addr())
	if err := srv.ListenAndServe(ctx); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	fmt.Fprintf(a.stderr, "newsgraph: stopped after %s\n", time.Since(start).Round(time.Second))
	return nil
}

// serveIngest ingests sources into the served store at once and then every
// a.cfg.Ingest.Every until ctx ends, logging each run's summary. Writes
// go through the store's writer lock, so queries keep being answered while
// a batch is written; a failed run is logged and the next one still runs.
func serveIngest(ctx context.Context, a *app, p ingest.Extractor, s *graph.Store, sources []string) {
	a.log.Info("scheduled ingestion", "sources", len(sources), "every", a.cfg.Ingest.Every.String())
	err := ingest.Watch(ctx, a.cfg.Ingest.Every, a.log, func(ctx context.Context) error {
		sum, err := ingestOnce(ctx, a, p, s, sources, nil)
		a.log.Info("ingest run", "new", sum.New, "updated", sum.Updated, "unchanged", sum.Unchanged,
			"failed", sum.Failed, "statements", sum.Statements, "duration", sum.Duration.String())
		if err != nil && !isBatchOutcome(err) {
			a.log.Warn("ingest run failed", "err", err)
		}
		return nil
	})
	if err != nil && ctx.Err() == nil {
		a.log.Error("scheduled ingestion stopped", "err", err)
	}
}
