package extract

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/goldscore"
	"github.com/newsgraph/newsgraph/schema"
)

func TestReadWeights(t *testing.T) {
	w, err := ReadWeights(strings.NewReader("# a model\nbias\t0.5\n\npred:meet\t-1.25\n"))
	if err != nil || len(w) != 2 || w["bias"] != 0.5 || w["pred:meet"] != -1.25 {
		t.Fatalf("ReadWeights = %v, %v", w, err)
	}
	for _, bad := range []string{"bias 0.5\n", "bias\tx\n", "bias\tNaN\n", "\t1\n", "# only a comment\n", ""} {
		if _, err := ReadWeights(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadWeights(%q): no error", bad)
		}
	}
	var buf bytes.Buffer
	if err := WriteWeights(&buf, map[string]float64{"b": 2, "a": -0.5, "tiny": 1e-6}, "line one\nline two"); err != nil {
		t.Fatal(err)
	}
	if want := "# line one\n# line two\na\t-0.5000\nb\t2.0000\n"; buf.String() != want {
		t.Errorf("WriteWeights wrote %q, want %q", buf.String(), want)
	}
	back, err := ReadWeights(&buf)
	if err != nil || len(back) != 2 || back["a"] != -0.5 || back["b"] != 2 {
		t.Errorf("round trip: %v, %v", back, err)
	}
}

// TestCalibratedConfidence checks that the model rates statements between
// two entities and leaves the others' confidence to the rules.
func TestCalibratedConfidence(t *testing.T) {
	p := pipeline(t)
	if p.lex.conf == nil {
		t.Fatal("no confidence model embedded (extract/data/confidence.tsv)")
	}
	text := `NAIROBI — Kenyan President Samuel Otieno met Tanzania's foreign minister, Grace Mwakyusa, on Monday. He praised Tanzania for reopening the border. Otieno also published a plan for new roads. Tanzania would fund a bridge, he said.`
	ctx := context.Background()
	cal, err := p.Extract(ctx, "x", text)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := p.RuleExtract(ctx, "x", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(cal.Statements) != len(raw.Statements) {
		t.Fatalf("calibration changed the statements: %d, rules %d", len(cal.Statements), len(raw.Statements))
	}
	rated, kept := 0, 0
	for i, st := range cal.Statements {
		r := raw.Statements[i]
		if triple(st) != triple(r) {
			t.Fatalf("statement %d: %s, rules %s", i, triple(st), triple(r))
		}
		if st.Confidence < 0 || st.Confidence > 1 {
			t.Errorf("%s: confidence %v outside [0, 1]", triple(st), st.Confidence)
		}
		if judged(&r) {
			rated++
			continue
		}
		kept++
		if st.Confidence != r.Confidence {
			t.Errorf("%s (not judged): confidence %v, rules %v", triple(st), st.Confidence, r.Confidence)
		}
	}
	if rated == 0 || kept == 0 {
		t.Errorf("%d statements rated, %d left to the rules; want some of each", rated, kept)
	}
	// sentence mode keeps the rules' confidences
	sents, err := p.ExtractSentences(ctx, "x", []string{"Samuel Otieno met Grace Mwakyusa."})
	if err != nil || len(sents.Statements) == 0 {
		t.Fatalf("ExtractSentences: %v, %d statements", err, len(sents.Statements))
	}
	if _, err := p.RuleExtract(ctx, "x", "\xff"); err != ErrInvalidText {
		t.Errorf("RuleExtract of invalid UTF-8: %v", err)
	}
}

// TestConfidenceRanking holds the embedded model to its purpose on the
// articles of testdata/eval it was not trained on (holdout.ids): it must
// rank right statements above wrong ones clearly better than the rules'
// confidences do (AUC 0.702 against 0.618 on the 304 held-out articles
// when the model was last trained, in session 34).
func TestConfidenceRanking(t *testing.T) {
	dir := filepath.Join("..", "testdata", "eval")
	ids, err := goldscore.ReadIDs(filepath.Join(dir, "holdout.ids"))
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline(t)
	var rule, model []float64
	var right []bool
	for _, id := range ids {
		art, err := goldscore.LoadArticle(dir, id)
		if err != nil {
			t.Fatal(err)
		}
		gold := art.Gold
		raw, err := p.RuleExtract(context.Background(), id, art.Text)
		if err != nil {
			t.Fatal(err)
		}
		cal := &schema.Extraction{Entities: raw.Entities, Statements: append([]schema.Statement(nil), raw.Statements...)}
		p.lex.conf.calibrate(cal)
		m := goldscore.NewMatcher(gold)
		for i := range raw.Statements {
			st := &raw.Statements[i]
			if !judged(st) {
				continue
			}
			if ok, actors := m.Label(gold, st); actors {
				rule, model, right = append(rule, st.Confidence), append(model, cal.Statements[i].Confidence), append(right, ok)
			}
		}
	}
	if len(right) < 200 {
		t.Fatalf("only %d judged statements on the held-out articles", len(right))
	}
	ra, ma := goldscore.AUC(rule, right), goldscore.AUC(model, right)
	t.Logf("%d statements: AUC rules %.3f, model %.3f", len(right), ra, ma)
	if ma < 0.70 || ma < ra+0.05 {
		t.Errorf("model AUC %.3f (rules %.3f): want at least 0.70 and 0.05 above the rules", ma, ra)
	}
}
