// Command newsgraph reads news articles, extracts who-did-what-to-whom
// statements, loads them with provenance into a Cayley graph and answers
// questions about them.
//
// # Adding a subcommand
//
// Write cmd_<name>.go holding
//
//	func new<Name>Command(a *app) *cobra.Command
//
// (with Use, Short, a worked Example, and RunE calling a plain
// run<Name>(ctx, …) function that tests call without cobra), then add
// new<Name>Command to the commands list below. That is the only line to
// touch outside your file. Do not set PersistentPreRunE on a subcommand:
// the root's loads the configuration and logger for every command.
//
// # Shared pieces
//
//   - a.cfg: the command's configuration, loaded before RunE from, lowest
//     first, config.DefaultConfig, newsgraph.yaml (or --config), NEWSGRAPH_*
//     environment variables and flags. A flag sets a configuration key when
//     marked with bindFlags(cmd, "flag-name", "section.key", …); such a flag
//     is then also NEWSGRAPH_FLAG_NAME. Read the value from a.cfg, not from
//     the flag variable.
//   - a.withStore(ctx, func(s *graph.Store) error): opens a.cfg.Graph (bolt
//     path, memory: or PostgreSQL), runs the function and closes the store,
//     reporting a failed close. RunE uses it and passes the store to runX, so
//     tests call runX on graph.NewTestStore(t). a.openStore(ctx) is the
//     same without the closing. graph.ErrStoreInUse becomes exit status 4
//     with its "store in use (pid N)" message.
//     a.cfg.Graph.Store may hold a password: print it only through
//     graph.Redact.
//   - a.openPipeline(): the extraction pipeline for a.cfg.Extract.
//   - a.printJSON(v): indented JSON on standard output.
//   - a.printTable(header, rows): aligned columns on standard output.
//   - usageErrorf(format, args…): a usage mistake (exit status 2); flag
//     parsing errors and exactArgs/minArgs already are.
//   - a.stdin, a.stdout, a.stderr, a.log: use these, never os.Std* or the
//     slog default, so tests can capture them.
//   - newTestApp(t) in root_test.go: an app over buffers with a memory store.
//
// # Errors and exit statuses
//
// RunE returns errors; main prints one line, "newsgraph: <error>", on
// standard error and exits with exitCode(err) (main.go): 0 success, 1
// failure, 2 usage or configuration error, 3 some inputs failed and the rest
// were processed, 4 store in use, 130 interrupted.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/config"
)

// commands lists every subcommand constructor; one line per command.
var commands = []func(a *app) *cobra.Command{
	newExtractCommand,
	newIngestCommand,
	newQueryCommand,
	newStatsCommand,
	newWatchCommand,
	newExportCommand,
	newPathsCommand,
	newInfluenceCommand,
	newActorsCommand,
	newEvidenceCommand,
	newServeCommand,
	newAliasesCommand,
}

// app is what every command shares: its streams, the loaded configuration
// and the logger.
type app struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	// configFile is --config; configDir is where newsgraph.yaml is looked
	// for when it is empty ("" = working directory).
	configFile string
	configDir  string

	cfg config.Config
	log *slog.Logger

	// isTerminal reports whether w is a terminal (progress bars).
	isTerminal func(w io.Writer) bool
}

// newApp returns an app over the given streams.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{
		stdin:      stdin,
		stdout:     stdout,
		stderr:     stderr,
		cfg:        config.DefaultConfig(),
		log:        slog.New(slog.DiscardHandler),
		isTerminal: isTerminal,
	}
}

// isTerminal reports whether w is an *os.File on a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newRootCommand builds the command tree.
func newRootCommand(a *app) *cobra.Command {
	def := config.DefaultConfig()
	root := &cobra.Command{
		Use:   "newsgraph",
		Short: "Build a knowledge graph of who influences whom from news articles",
		Long: `newsgraph reads news articles, extracts subject–predicate–object statements
(who told, advised, threatened, met whom), and loads them with their evidence
into a Cayley graph store that Gizmo, GraphQL and MQL queries can read.

Every flag can also be set in newsgraph.yaml (in the working directory, or
--config) and as a NEWSGRAPH_* environment variable; flags win over the
environment, which wins over the file.`,
		Example: `  newsgraph ingest testdata/putin-tomahawk-call.txt
  newsgraph query 'g.V("Steve Witkoff").Out().All()'
  newsgraph stats`,
		SilenceErrors: true,
		SilenceUsage:  true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.load(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.String("store", def.Graph.Store, "graph store: a bolt file path, memory: (throwaway), a postgres:// URL or a key=value PostgreSQL connection string; passwords are never printed")
	pf.StringVar(&a.configFile, "config", "", "configuration file (default ./"+config.FileName+" when present)")
	pf.String("log-level", def.Log.Level, "log level: debug, info, warn or error")
	pf.String("log-format", def.Log.Format, "log format on standard error: text or json")
	mustBind(root.PersistentFlags(), "store", "graph.store", "log-level", "log.level", "log-format", "log.format")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageErrorf("%v (see '%s --help')", err, c.CommandPath())
	})
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	for _, newCmd := range commands {
		root.AddCommand(newCmd(a))
	}
	return root
}

// load reads the configuration for cmd into a.cfg and sets up the logger.
func (a *app) load(cmd *cobra.Command) error {
	cfg, err := config.Load(config.Source{File: a.configFile, Dir: a.configDir, Flags: cmd.Flags()})
	if err != nil {
		return &configError{err}
	}
	a.cfg = cfg
	level, err := config.ParseLevel(cfg.Log.Level)
	if err != nil {
		return &configError{err}
	}
	opts := &slog.HandlerOptions{Level: level}
	var h slog.Handler = slog.NewTextHandler(a.stderr, opts)
	if cfg.Log.Format == "json" {
		h = slog.NewJSONHandler(a.stderr, opts)
	}
	a.log = slog.New(h)
	graph.SetCayleyLogger(a.log)
	return nil
}

// bindFlags marks flags of cmd as setting configuration keys, given as
// pairs: bindFlags(cmd, "workers", "ingest.workers", …). It panics when a
// flag does not exist, a programming error every test of the command
// tree catches.
func bindFlags(cmd *cobra.Command, pairs ...string) {
	mustBind(cmd.Flags(), pairs...)
}

func mustBind(fs *pflag.FlagSet, pairs ...string) {
	if len(pairs)%2 != 0 {
		panic("bindFlags: odd number of arguments")
	}
	for i := 0; i < len(pairs); i += 2 {
		if err := config.BindFlag(fs, pairs[i], pairs[i+1]); err != nil {
			panic(err.Error())
		}
	}
}

// openStore opens the store a.cfg names. The caller closes it.
func (a *app) openStore(ctx context.Context) (*graph.Store, error) {
	s, err := graph.Open(ctx, a.cfg.Graph)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", graph.Redact(a.cfg.Graph.Store), err)
	}
	return s, nil
}

// withStore opens the configured store, calls fn with it and closes it.
func (a *app) withStore(ctx context.Context, fn func(s *graph.Store) error) error {
	s, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	err = fn(s)
	if cerr := s.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close store: %w", cerr)
	}
	return err
}

// openPipeline builds the extraction pipeline a.cfg.Extract describes.
func (a *app) openPipeline() (*extract.Pipeline, error) {
	p, err := extract.NewPipeline(a.cfg.Extract, a.log)
	if err != nil {
		return nil, fmt.Errorf("build extraction pipeline: %w", err)
	}
	return p, nil
}

// printJSON writes v as indented JSON on standard output.
func (a *app) printJSON(v any) error {
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// printTable writes rows under header in aligned columns on standard
// output.
func (a *app) printTable(header []string, rows [][]string) error {
	tw := tabwriter.NewWriter(a.stdout, 0, 0, 2, ' ', 0)
	if len(header) > 0 {
		fmt.Fprintln(tw, strings.Join(header, "\t"))
	}
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// usageError is a mistake in the command line (exit status 2).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usageErrorf returns a usage error.
func usageErrorf(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// configError is a configuration that cannot be loaded or is invalid
// (exit status 2).
type configError struct{ err error }

func (e *configError) Error() string { return e.err.Error() }
func (e *configError) Unwrap() error { return e.err }

// errSomeFailed is wrapped by commands that skipped some inputs and
// processed the rest (exit status 3).
var errSomeFailed = errors.New("some inputs failed")

// exactArgs requires n arguments, naming them in the message.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s takes %s, got %d arguments (see '%s --help')", cmd.CommandPath(), what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

// minArgs requires at least n arguments, naming them in the message.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf("%s needs %s (see '%s --help')", cmd.CommandPath(), what, cmd.CommandPath())
		}
		return nil
	}
}
