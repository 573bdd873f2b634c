package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
)

// evidenceOptions are the flags of `newsgraph evidence`.
type evidenceOptions struct {
	viewFlags
}

// AddFlags registers the evidence flags on fs.
func (o *evidenceOptions) AddFlags(fs *pflag.FlagSet) { o.viewFlags.AddFlags(fs) }

func newEvidenceCommand(a *app) *cobra.Command {
	var o evidenceOptions
	cmd := &cobra.Command{
		Use:   "evidence A B",
		Short: "Show every statement between two actors, with sentences and sources",
		Long: `Show every statement between two actors in either direction: asserted,
reported, negated ("did not tell") and hypothetical ones alike, each with
its sentence, negation and modality, confidence and source article. Only
asserted and reported statements that are not negated are edges that
paths and influence follow.`,
		Example: `  newsgraph evidence Witkoff Ushakov
  newsgraph evidence "Steve Witkoff" Trump --format json`,
		Args: exactArgs(2, "two actors (A B)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			return a.withStore(ctx, func(s *graph.Store) error {
				warnAliasFile(ctx, a, s)
				return runEvidence(ctx, a, s, args[0], args[1], o)
			})
		},
	}
	o.AddFlags(cmd.Flags())
	return cmd
}

// runEvidence prints every statement between two actors.
func runEvidence(ctx context.Context, a *app, s analysisStore, x, y string, o evidenceOptions) error {
	f, err := o.filter()
	if err != nil {
		return err
	}
	res, err := analysis.Evidence(ctx, s, x, y, f)
	if err != nil {
		return fmt.Errorf("evidence: %w", err)
	}
	if o.Format == "json" {
		return a.printJSON(res)
	}
	ew := &errWriter{w: a.stdout}
	if len(res.Statements) == 0 {
		ew.printf("No statement between %s and %s.\n", res.A.Name, res.B.Name)
		return ew.err
	}
	ew.printf("%d %s between %s and %s, %d asserted:\n", len(res.Statements), plural(len(res.Statements), "statement", "statements"),
		res.A.Name, res.B.Name, res.Asserted)
	for i, st := range res.Statements {
		var flags []string
		if st.Negated {
			flags = append(flags, "NEGATED")
		}
		if st.Modality != "" {
			flags = append(flags, string(st.Modality))
		}
		if st.Cameo != "" {
			flags = append(flags, "CAMEO "+st.Cameo)
		}
		flags = append(flags, "confidence "+ftoa(st.Confidence, 2))
		ew.printf("\n%d. %s %s %s  (%s)\n", i+1, st.Subject, st.Predicate, st.Object, strings.Join(flags, ", "))
		sentence := st.SentenceText
		if sentence == "" {
			sentence = st.Evidence.Sentence
		}
		if sentence != "" {
			ew.printf("   %s\n", quote(sentence))
		}
		src := st.Evidence.Source
		if src == "" {
			src = st.Source
		}
		if st.Evidence.Title != "" {
			src = st.Evidence.Title + " — " + src
		}
		if !st.Evidence.Published.IsZero() {
			src += ", " + st.Evidence.Published.Format("2006-01-02")
		}
		ew.printf("   source: %s\n", src)
	}
	return ew.err
}
