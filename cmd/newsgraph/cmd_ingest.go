package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/schema"
)

// ingestOptions are the flags of `newsgraph ingest` (and `watch`).
// Workers, MaxArticleBytes, FetchTimeout and NoSync are bound to
// configuration keys; read them from a.cfg.
type ingestOptions struct {
	Workers         int
	MaxArticleBytes int64
	FetchTimeout    time.Duration
	NoSync          bool
	Format          string // text or json
	Top             int    // most connected actors shown
}

// AddFlags registers the ingest flags on fs.
func (o *ingestOptions) AddFlags(fs *pflag.FlagSet) {
	def := ingest.DefaultConfig()
	fs.IntVar(&o.Workers, "workers", def.Workers, "parallel extractors (0 = one per CPU)")
	fs.Int64Var(&o.MaxArticleBytes, "max-article-bytes", def.MaxArticleBytes, "skip any article larger than this")
	fs.DurationVar(&o.FetchTimeout, "fetch-timeout", def.FetchTimeout, "timeout of each HTTP request for URLs and feeds")
	fs.BoolVar(&o.NoSync, "nosync", false, "do not fsync the bolt store after each article (faster; a power cut may lose the last articles)")
	fs.StringVar(&o.Format, "format", "text", "summary format: text or json")
	fs.IntVar(&o.Top, "top", 10, "show this many most connected actors (0 = none)")
}

// bind marks the flags that set configuration keys.
func (o *ingestOptions) bind(cmd *cobra.Command) {
	bindFlags(cmd,
		"workers", "ingest.workers",
		"max-article-bytes", "ingest.max_article_bytes",
		"fetch-timeout", "ingest.fetch_timeout",
		"nosync", "graph.nosync",
	)
}

func (o *ingestOptions) check() error {
	if o.Format != "text" && o.Format != "json" {
		return usageErrorf("--format must be text or json, got %q", o.Format)
	}
	if o.Top < 0 {
		return usageErrorf("--top must not be negative, got %d", o.Top)
	}
	return nil
}

const sourcesHelp = `Sources: files, directories (read recursively; dot-files skipped), glob
patterns ("news/*.html"), "-" for standard input, http(s) URLs of pages, and
RSS/Atom feeds (each entry's page is fetched). Plain text is one article;
HTML pages give their main text, title, byline and date (readability); JSON
Lines files (.jsonl, or any input whose first line is a JSON object) hold
one article per line with keys id, url, title, published, text.

An article is known by its URL or absolute path (plus the JSON Lines id) and
the SHA-256 of its text: an unchanged article is skipped without extraction,
a changed one replaces its own statements, each article in one transaction.
Every input that fails (missing, binary, not UTF-8, empty, no article text,
broken feed, duplicate GUID, HTTP error, over --max-article-bytes) is
reported on standard error with its reason and skipped; the rest is
ingested and the exit status is 3.`

func newIngestCommand(a *app) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest PATH|URL|- ...",
		Short: "Extract statements from articles and load them into the store",
		Long: `Extract statements from articles and load them, with their evidence, into
the store (--store, default ./newsgraph.db). Prints what was added and the
most connected actors.

` + sourcesHelp + `

Extraction runs on --workers goroutines; one writer stores the results. A
progress bar is drawn when standard error is a terminal, progress lines are
logged otherwise. SIGINT or SIGTERM stops after the articles in hand, with a
summary (exit status 130); a second signal stops at once, which is safe:
rerunning completes the batch.`,
		Example: `  # the seed article into ./newsgraph.db
  newsgraph ingest testdata/putin-tomahawk-call.txt

  # a corpus, a directory and a feed into PostgreSQL, 4 workers
  newsgraph ingest --store postgres://localhost/news --workers 4 \
      corpus.jsonl articles/ https://example.com/world/rss.xml

  # from standard input, summary as JSON
  cat article.txt | newsgraph ingest --format json -`,
		Args: minArgs(1, "at least one file, directory, glob, URL or -"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.check(); err != nil {
				return err
			}
			p, err := a.openPipeline()
			if err != nil {
				return err
			}
			return a.withStore(cmd.Context(), func(s *graph.Store) error {
				warnAliasFile(cmd.Context(), a, s)
				return runIngest(cmd.Context(), a, o, p, s, args)
			})
		},
	}
	o.AddFlags(cmd.Flags())
	o.bind(cmd)
	return cmd
}

// ingestReport is what `ingest --format json` prints.
type ingestReport struct {
	Summary ingest.Summary `json:"summary"`
	Actors  []actorDegree  `json:"most_connected"`
}

// runIngest ingests sources into s with ex and prints what was added and
// the batch's most connected actors. Its error wraps ingest.ErrFailed when
// some inputs failed and ingest.ErrInterrupted when ctx was cancelled.
func runIngest(ctx context.Context, a *app, o ingestOptions, ex ingest.Extractor, s ingest.Store, sources []string) error {
	var tally actorTally
	sum, err := ingestOnce(ctx, a, ex, s, sources, tally.add)
	if perr := a.printIngest(sum, tally.top(o.Top), o); perr != nil && err == nil {
		err = perr
	}
	return err
}

// ingestOnce runs one batch with the reporter that suits a.stderr.
func ingestOnce(ctx context.Context, a *app, ex ingest.Extractor, s ingest.Store, sources []string,
	onWrite func(schema.Article, *schema.Extraction, graph.WriteResult)) (ingest.Summary, error) {
	var rep ingest.Reporter
	if a.isTerminal(a.stderr) {
		rep = ingest.NewBarReporter(a.stderr)
	} else {
		rep = ingest.NewLogReporter(a.stderr, a.log, a.cfg.Ingest.ProgressEvery)
	}
	in := ingest.New(a.cfg.Ingest, ex, s, ingest.Options{Log: a.log, Reporter: rep, Stdin: a.stdin, OnWrite: onWrite})
	return in.Run(ctx, sources)
}

// printIngest prints a batch summary and its most connected actors.
func (a *app) printIngest(sum ingest.Summary, top []actorDegree, o ingestOptions) error {
	if o.Format == "json" {
		if top == nil {
			top = []actorDegree{}
		}
		return a.printJSON(ingestReport{Summary: sum, Actors: top})
	}
	w := a.stdout
	fmt.Fprintf(w, "articles:   %d new, %d updated, %d unchanged, %d failed\n", sum.New, sum.Updated, sum.Unchanged, sum.Failed)
	fmt.Fprintf(w, "added:      %d statements about %d entities, %d quads", sum.Statements, sum.Entities, sum.Quads)
	if sum.Removed > 0 {
		fmt.Fprintf(w, " (%d quads of replaced articles removed)", sum.Removed)
	}
	fmt.Fprintf(w, " in %s\n", sum.Duration.Round(time.Millisecond))
	if sum.Interrupted {
		fmt.Fprintln(w, "stopped:    interrupted; run the same command again to finish")
	}
	if len(top) == 0 {
		return nil
	}
	fmt.Fprintln(w, "most connected actors in these articles:")
	rows := make([][]string, len(top))
	for i, t := range top {
		rows[i] = []string{"  " + t.Name, string(t.Type), strconv.Itoa(t.Statements) + " statements", strconv.Itoa(t.Neighbours) + " neighbours"}
	}
	return a.printTable(nil, rows)
}

// actorDegree is one actor with the asserted statements it takes part in
// and its distinct counterparts.
type actorDegree struct {
	Name       string            `json:"name"`
	Type       schema.EntityType `json:"type"`
	Statements int               `json:"statements"`
	Neighbours int               `json:"neighbours"`
}

// actorTally counts, over the articles a batch writes, the asserted
// statements between actors, so the summary needs no scan of the store.
type actorTally struct {
	actors map[string]*actorDegree
	neigh  map[string]map[string]bool
}

// add counts the asserted actor-to-actor statements of one article.
func (t *actorTally) add(_ schema.Article, x *schema.Extraction, _ graph.WriteResult) {
	if x == nil {
		return
	}
	if t.actors == nil {
		t.actors = map[string]*actorDegree{}
		t.neigh = map[string]map[string]bool{}
	}
	link := func(name string, typ schema.EntityType, other string) {
		d := t.actors[name]
		if d == nil {
			d = &actorDegree{Name: name, Type: typ}
			t.actors[name] = d
			t.neigh[name] = map[string]bool{}
		}
		d.Statements++
		t.neigh[name][other] = true
	}
	for _, st := range x.Statements {
		if !st.Fact() || st.Role || !st.SubjectType.IsActor() || !st.ObjectType.IsActor() || st.Subject == st.Object {
			continue
		}
		link(st.Subject, st.SubjectType, st.Object)
		link(st.Object, st.ObjectType, st.Subject)
	}
}

// top ranks the actors by distinct neighbours, then statements, then name.
func (t *actorTally) top(n int) []actorDegree {
	out := make([]actorDegree, 0, len(t.actors))
	for name, d := range t.actors {
		d.Neighbours = len(t.neigh[name])
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.Neighbours != y.Neighbours {
			return x.Neighbours > y.Neighbours
		}
		if x.Statements != y.Statements {
			return x.Statements > y.Statements
		}
		return x.Name < y.Name
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// isBatchOutcome reports whether err only says how a batch ended (some
// inputs failed, or it was interrupted), not that it could not run.
func isBatchOutcome(err error) bool {
	return errors.Is(err, ingest.ErrFailed) || errors.Is(err, ingest.ErrInterrupted)
}
