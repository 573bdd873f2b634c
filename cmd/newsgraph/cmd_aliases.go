package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
)

const aliasesLong = `Entity resolution merges the names articles give one actor ("Putin",
"President Putin", "Russian President Vladimir Putin") into one node. An
alias file (aliases.yaml; config key graph.alias_file, flag --alias-file,
variable NEWSGRAPH_GRAPH_ALIAS_FILE) corrects it: "entities" forces names
onto one node, "separate" keeps a person apart from everyone sharing a
surname or alias. See docs/model.md for the format:

  entities:
    - name: Donald Trump
      type: Person
      aliases: [POTUS, The Donald]
  separate:
    - name: Yuri Ushakov

New articles are resolved with the file as it is when they are ingested.
Articles stored earlier keep their nodes until you run "aliases apply",
which re-resolves every stored article with the file. Statements and
articles are kept; only the nodes their ends point to change.

The store records the SHA-256 of the file it last applied. Commands that
read or write actors (ingest, paths, influence, actors, evidence, serve)
warn on standard error when the file has changed since; "aliases check"
shows what "aliases apply" would change without changing anything.`

func newAliasesCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "aliases check|apply",
		Short: "Re-resolve stored entities after the alias file (aliases.yaml) changes",
		Long:  aliasesLong,
		Example: `  # after editing aliases.yaml: what would change, then change it
  newsgraph aliases check --alias-file aliases.yaml
  newsgraph aliases apply --alias-file aliases.yaml

  # the same with the file named in newsgraph.yaml (graph: {alias_file: aliases.yaml})
  newsgraph aliases check --format json`,
		Args: exactArgs(0, "a subcommand: check or apply"),
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	var format string
	check := &cobra.Command{
		Use:   "check [--alias-file FILE] [--format table|json]",
		Short: "Show whether the alias file changed since it was applied, and what applying it would move",
		Long: `Compare the alias file with the one the store last applied and list the
entity moves "aliases apply" would make: which node the ends of which
statements are on now and which they would be on. Nothing is written. The
plan is computed on a copy of the store in memory, so it needs memory in
proportion to the store.

The exit status is 0 whether or not there are changes.`,
		Example: `  newsgraph aliases check --alias-file aliases.yaml
  newsgraph aliases check --format json | jq '.changes[] | {from, to}'`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "table" && format != "json" {
				return usageErrorf("--format must be table or json, got %q", format)
			}
			return a.withStore(cmd.Context(), func(s *graph.Store) error {
				return runAliasesCheck(cmd.Context(), a, s, format)
			})
		},
	}
	check.Flags().StringVar(&format, "format", "table", "output format: table or json")
	check.Flags().String("alias-file", "", "alias file to compare (config graph.alias_file)")
	bindFlags(check, "alias-file", "graph.alias_file")

	apply := &cobra.Command{
		Use:   "apply [--alias-file FILE]",
		Short: "Re-resolve every stored article with the alias file",
		Long: `Rewrite every stored article, oldest ingestion first and each in its own
transaction, with its entities resolved by the alias file as it is now and
the identity rules of docs/model.md; then record the file's SHA-256 so
later commands know the store is up to date. Running it twice changes
nothing the second time. Without an alias file it undoes the merges and
splits a former file forced.

It checks that the store holds as many articles and statements afterwards
as before, and fails if it does not. Writers in other processes
(PostgreSQL) wait while it runs.`,
		Example: `  newsgraph aliases apply --alias-file aliases.yaml
  newsgraph --store postgres://localhost/news aliases apply`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.withStore(cmd.Context(), func(s *graph.Store) error {
				return runAliasesApply(cmd.Context(), a, s)
			})
		},
	}
	apply.Flags().String("alias-file", "", "alias file to apply (config graph.alias_file)")
	bindFlags(apply, "alias-file", "graph.alias_file")
	cmd.AddCommand(check, apply)
	return cmd
}

// aliasReport is the JSON form of aliases check.
type aliasReport struct {
	graph.AliasFileState
	Changes []graph.AliasChange `json:"changes"`
}

// runAliasesCheck prints the alias file's state and the moves applying it
// would make.
func runAliasesCheck(ctx context.Context, a *app, s *graph.Store, format string) error {
	st, err := s.AliasFileState(ctx)
	if err != nil {
		return fmt.Errorf("aliases check: %w", err)
	}
	plan, err := s.PlanReresolve(ctx)
	if err != nil {
		return fmt.Errorf("aliases check: %w", err)
	}
	if plan == nil {
		plan = []graph.AliasChange{}
	}
	if format == "json" {
		return a.printJSON(aliasReport{st, plan})
	}
	ew := &errWriter{w: a.stdout}
	ew.printf("%s\n", describeAliasState(st))
	if len(plan) == 0 {
		ew.printf("Applying it would move no entity.\n")
		return ew.err
	}
	ew.printf("\"newsgraph aliases apply\" would move these statement ends:\n")
	if ew.err != nil {
		return ew.err
	}
	rows := make([][]string, 0, len(plan))
	for _, c := range plan {
		rows = append(rows, []string{c.From, "→ " + c.To, string(c.Type), strconv.Itoa(c.Statements), strings.Join(c.Articles, ", ")})
	}
	return a.printTable([]string{"NOW ON", "WOULD BE ON", "TYPE", "ENDS", "ARTICLES"}, rows)
}

// describeAliasState says in one line how the file and the store relate.
func describeAliasState(st graph.AliasFileState) string {
	file := "no alias file"
	if st.File != "" {
		file = fmt.Sprintf("alias file %s (sha256 %s)", st.File, short(st.Hash))
	}
	switch {
	case st.Changed && st.Applied == "":
		return file + ": the store has never applied an alias file."
	case st.Changed:
		return fmt.Sprintf("%s: changed since the store applied sha256 %s.", file, short(st.Applied))
	case st.Hash == "" && st.Applied == "":
		return file + ": nothing to apply."
	}
	return file + ": the store is up to date with it."
}

func short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// runAliasesApply re-resolves the store and checks no statement was lost.
func runAliasesApply(ctx context.Context, a *app, s *graph.Store) error {
	before, err := s.Stats(ctx)
	if err != nil {
		return fmt.Errorf("aliases apply: %w", err)
	}
	start := time.Now()
	if err := s.Reresolve(ctx); err != nil {
		return fmt.Errorf("aliases apply: %w", err)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		return fmt.Errorf("aliases apply: %w", err)
	}
	if after.Articles != before.Articles || after.Statements != before.Statements {
		return fmt.Errorf("aliases apply: the store held %d articles and %d statements before and %d and %d after",
			before.Articles, before.Statements, after.Articles, after.Statements)
	}
	st, err := s.AliasFileState(ctx)
	if err != nil {
		return fmt.Errorf("aliases apply: %w", err)
	}
	ew := &errWriter{w: a.stdout}
	ew.printf("re-resolved %d articles in %s: %d statements kept, entities %d → %d\n",
		after.Articles, time.Since(start).Round(time.Millisecond), after.Statements, before.Entities, after.Entities)
	ew.printf("%s\n", describeAliasState(st))
	return ew.err
}

// warnAliasFile logs a warning when the alias file changed since the store
// last applied it, telling the user how to bring the store in line. A
// failure to check is logged too and never fails the command.
func warnAliasFile(ctx context.Context, a *app, s *graph.Store) {
	st, err := s.AliasFileState(ctx)
	switch {
	case err != nil:
		a.log.Warn("cannot check the alias file", "err", err)
	case st.Changed:
		a.log.Warn(`stored entities were resolved with another alias file: run "newsgraph aliases check" to see what changed and "newsgraph aliases apply" to re-resolve`,
			"alias_file", st.File)
	}
}
