package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/schema"
)

// extractOptions are the flags of `newsgraph extract`.
type extractOptions struct {
	Sentences     bool
	MinConfidence float64 // bound to extract.min_confidence; read a.cfg
	Modality      string  // "facts", "all" or "" (facts for articles, all with --sentences)
}

// keeps reports whether runExtract prints st under the --modality setting
// m: "facts" keeps asserted and reported statements and negated ones
// (flagged "negated": true); "all" adds hypothetical and denied statements.
func (m modalityFilter) keeps(st schema.Statement) bool {
	return m == modalityAll || st.Negated || st.Fact()
}

// modalityFilter is the --modality value of `newsgraph extract`.
type modalityFilter string

const (
	modalityFacts modalityFilter = "facts"
	modalityAll   modalityFilter = "all"
)

// modality resolves the --modality flag: empty means facts for articles
// and all for --sentences, where Open IE benchmarks count every extraction.
func (o extractOptions) modality() (modalityFilter, error) {
	switch o.Modality {
	case "":
		if o.Sentences {
			return modalityAll, nil
		}
		return modalityFacts, nil
	case string(modalityFacts), string(modalityAll):
		return modalityFilter(o.Modality), nil
	}
	return "", usageErrorf("--modality must be facts or all, got %q", o.Modality)
}

// AddFlags registers the extract flags on fs.
func (o *extractOptions) AddFlags(fs *pflag.FlagSet) {
	fs.BoolVar(&o.Sentences, "sentences", false, "treat each input line as one sentence; \"sentence\" is its 0-based line number")
	fs.Float64Var(&o.MinConfidence, "min-confidence", 0, "drop statements below this confidence (0..1; for facts between entities, the probability they are right)")
	fs.StringVar(&o.Modality, "modality", "", "which statements to print: facts (asserted, reported and negated ones) or all (also hypothetical and denied: would, could, if, plans, threats' content); default facts, or all with --sentences")
}

func newExtractCommand(a *app) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract [--sentences] [--min-confidence X] [--modality facts|all] [FILE...|-]",
		Short: "Print the statements of articles as JSON Lines, without a store",
		Long: `Extract subject–predicate–object statements from plain-text files (or
standard input, "-" or no argument) and print one JSON object per statement
(the extract contract in the README: subject, subject_type, subject_text,
predicate, predicate_text, object, object_type, object_text, negated,
modality, cameo, confidence, sentence, span, source). No store is opened.

By default only facts are printed: asserted statements, reported ones
("X said Y ...", modality "reported") and negated ones ("negated": true).
Hypothetical statements ("would", "could", "if", plans, the content of a
threat) and denied ones carry their modality and are printed with
--modality all; ingest always stores them, flagged, in the graph.
With --sentences (Open IE benchmarks) every statement is printed unless
--modality facts is given.

A fact between two entities carries as its confidence the probability
that it is right, learned from annotated articles: on articles the model
never saw, 84% of the facts rated 0.8 or more were right, and 63% of those
rated 0.4 to 0.8. --min-confidence trades recall for precision on that
scale. Other statements carry the rules' own figure.

A file that cannot be read is reported on standard error and skipped; the
exit status is then 3.`,
		Example: `  # statements of one article
  newsgraph extract testdata/putin-tomahawk-call.txt

  # one sentence per line (benchmark files such as CaRB's), confident ones only
  newsgraph extract --sentences --min-confidence 0.5 sentences.txt

  # also the hypothetical statements ("threatened to cancel": the cancellation)
  newsgraph extract --modality all testdata/putin-tomahawk-call.txt

  # from standard input, keep only the predicates
  echo "Witkoff suggested to Ushakov that Putin call Trump." | newsgraph extract | jq -r .predicate`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExtract(cmd.Context(), a, o, args)
		},
	}
	o.AddFlags(cmd.Flags())
	bindFlags(cmd, "min-confidence", "extract.min_confidence")
	return cmd
}

// runExtract prints the statements of each input as JSON Lines on
// a.stdout. It goes on past unreadable inputs and then returns an error
// wrapping errSomeFailed.
func runExtract(ctx context.Context, a *app, o extractOptions, files []string) error {
	if len(files) == 0 {
		files = []string{"-"}
	}
	mod, err := o.modality()
	if err != nil {
		return err
	}
	p, err := a.openPipeline()
	if err != nil {
		return err
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, name := range files {
		if ctx.Err() != nil {
			return fmt.Errorf("extract: %w", ctx.Err())
		}
		x, err := extractOne(ctx, a, p, o, name)
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return fmt.Errorf("extract: %w", err)
			}
			failed++
			fmt.Fprintf(a.stderr, "skip %s: %v\n", name, err)
			continue
		}
		for _, st := range x.Statements {
			if st.Confidence < a.cfg.Extract.MinConfidence || !mod.keeps(st) {
				continue
			}
			if err := enc.Encode(st); err != nil {
				return fmt.Errorf("extract: write: %w", err)
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d inputs failed: %w", failed, len(files), errSomeFailed)
	}
	return nil
}

// statementExtractor is what runExtract needs of extract.Pipeline.
type statementExtractor interface {
	Extract(ctx context.Context, source, text string) (*schema.Extraction, error)
	ExtractSentences(ctx context.Context, source string, sentences []string) (*schema.Extraction, error)
}

// extractOne reads one input and extracts it.
func extractOne(ctx context.Context, a *app, p statementExtractor, o extractOptions, name string) (*schema.Extraction, error) {
	var r io.Reader = a.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				return nil, pe.Err
			}
			return nil, err
		}
		defer f.Close()
		r = f
	}
	text, err := ingest.ReadText(r, a.cfg.Ingest.MaxArticleBytes)
	if err != nil {
		return nil, err
	}
	if !o.Sentences {
		return p.Extract(ctx, name, text)
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return p.ExtractSentences(ctx, name, lines)
}
