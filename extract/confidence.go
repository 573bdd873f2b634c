package extract

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// The rule stages give each statement a confidence from the pattern that
// found it. Those figures rank statements poorly: on annotated articles
// the rules never saw, a right statement outranks a wrong one only 61% of
// the time. A statement between two entities that `newsgraph extract`
// prints as a fact therefore takes its confidence from a logistic model
// over what the whole extraction says about it: its predicate, modality
// and rule confidence, how its ends are written (name, description,
// pronoun), how often the article names them and how many statements
// relate the same pair. The model is trained on the annotated articles of
// testdata/eval, its held-out articles excepted, by
// internal/tools/trainconfidence, and embedded as data/confidence.tsv.
// Other statements (open triples to a plain phrase, hypothetical, denied
// or negated ones) keep the rules' confidence, as does sentence mode.

// confidenceModel is the logistic model of statement confidence.
type confidenceModel struct {
	w map[string]float64
}

// loadConfidenceModel reads the embedded model; without the file the
// rules' confidences stand.
func loadConfidenceModel() (*confidenceModel, error) {
	f, err := dataFS.Open("data/confidence.tsv")
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	w, err := ReadWeights(f)
	if err != nil {
		return nil, fmt.Errorf("extract: data/confidence.tsv: %w", err)
	}
	return &confidenceModel{w: w}, nil
}

// ReadWeights parses logistic weights written by WriteWeights: "#"
// comments, then a feature and its weight per line, tab-separated.
func ReadWeights(r io.Reader) (map[string]float64, error) {
	w := map[string]float64{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok || k == "" {
			return nil, fmt.Errorf("line %d: want feature<TAB>weight", n)
		}
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("line %d: bad weight %q", n, v)
		}
		w[k] = f
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(w) == 0 {
		return nil, fmt.Errorf("no weights")
	}
	return w, nil
}

// WriteWeights writes weights in the format ReadWeights reads, features
// sorted so that a retrained model diffs cleanly, with comment as the
// header; weights smaller than 1e-4 in size are left out.
func WriteWeights(w io.Writer, weights map[string]float64, comment string) error {
	bw := bufio.NewWriter(w)
	for _, line := range strings.Split(strings.TrimSpace(comment), "\n") {
		fmt.Fprintf(bw, "# %s\n", line)
	}
	keys := make([]string, 0, len(weights))
	for k, v := range weights {
		if math.Abs(v) >= 1e-4 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, "%s\t%.4f\n", k, weights[k])
	}
	return bw.Flush()
}

// Probability is the logistic model's probability for features.
func Probability(weights map[string]float64, features []string) float64 {
	z := 0.0
	for _, f := range features {
		z += weights[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// ConfidenceFeatures returns the confidence model's features for each
// statement of ex, nil for a statement the model does not judge. ex holds
// the rules' statements and confidences (see RuleExtract).
func ConfidenceFeatures(ex *schema.Extraction) [][]string {
	mentions := make(map[string]int, len(ex.Entities))
	for _, e := range ex.Entities {
		mentions[e.Name] = e.Mentions
	}
	pairs := map[[2]string]int{}
	for i := range ex.Statements {
		pairs[pairKey(&ex.Statements[i])]++
	}
	out := make([][]string, len(ex.Statements))
	for i := range ex.Statements {
		if st := &ex.Statements[i]; judged(st) {
			out[i] = statementFeatures(st, mentions, pairs)
		}
	}
	return out
}

// judged reports whether the confidence model rates st: a statement
// between two entities that `newsgraph extract` prints as a fact.
func judged(st *schema.Statement) bool {
	return st.SubjectType != schema.Thing && st.ObjectType != schema.Thing && !st.Negated && st.Fact()
}

// statementFeatures describes st for the confidence model; mentions
// counts the mentions of each entity and pairs the statements of each
// pair of ends.
func statementFeatures(st *schema.Statement, mentions map[string]int, pairs map[[2]string]int) []string {
	conf := strconv.Itoa(int(st.Confidence * 10))
	role := strconv.FormatBool(st.Role)
	return []string{"bias",
		"pred:" + st.Predicate,
		"mod:" + string(st.Modality),
		"role:" + role,
		"cameo:" + st.Cameo,
		"conf:" + conf,
		"conf-role:" + conf + ":" + role,
		"types:" + string(st.SubjectType) + ":" + string(st.ObjectType),
		"subj:" + textKind(st.SubjectText, st.Subject),
		"obj:" + textKind(st.ObjectText, st.Object),
		"subj-mentions:" + strconv.Itoa(min(mentions[st.Subject], 6)),
		"obj-mentions:" + strconv.Itoa(min(mentions[st.Object], 6)),
		"pair:" + strconv.Itoa(min(pairs[pairKey(st)], 6)),
		"sent:" + strconv.Itoa(min(st.Sentence/3, 6)),
		"pred-mod:" + st.Predicate + ":" + string(st.Modality),
		"extra:" + strconv.FormatBool(len(st.ExtraArgs) > 0),
	}
}

// pairKey names the unordered pair of a statement's ends.
func pairKey(st *schema.Statement) [2]string {
	if st.Subject < st.Object {
		return [2]string{st.Subject, st.Object}
	}
	return [2]string{st.Object, st.Subject}
}

// textKind says how an end of a statement is written: a pronoun, a
// description ("the company"), its canonical name, or part of it.
func textKind(text, name string) string {
	l := strings.ToLower(text)
	switch l {
	case "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "i", "we", "our", "my", "us", "me":
		return "pron"
	}
	switch {
	case strings.HasPrefix(l, "the ") || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "an "):
		return "desc"
	case text == name:
		return "name"
	}
	return "part"
}

// calibrate replaces the rules' confidence of each statement the model
// judges with the model's probability.
func (m *confidenceModel) calibrate(ex *schema.Extraction) {
	if m == nil {
		return
	}
	for i, f := range ConfidenceFeatures(ex) {
		if f != nil {
			ex.Statements[i].Confidence = round3(Probability(m.w, f))
		}
	}
}

// RuleExtract is Extract with the rules' own confidences: no statement
// is calibrated or dropped for its confidence. It serves the training of
// the confidence model.
func (p *Pipeline) RuleExtract(ctx context.Context, source, text string) (*schema.Extraction, error) {
	doc, err := p.article(ctx, source, text)
	if err != nil {
		return nil, err
	}
	return p.statements(doc), nil
}
