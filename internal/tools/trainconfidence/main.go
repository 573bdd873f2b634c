// Command trainconfidence trains the extractor's statement confidence
// model (extract/confidence.go) and writes it to
// extract/data/confidence.tsv.
//
// Every <id>.txt with an <id>.gold.json beside it in -eval is a training
// article unless its id is listed in -holdout. The rule stages run over
// each article; every statement the model judges whose two ends map to
// gold entities is an example, labelled by whether it states a gold
// triple (matched as ../shared/eval/score.py matches, internal/goldscore).
// A logistic model is fitted by stochastic gradient descent. The command
// reports how well the rules' confidences and the model's rank right
// above wrong statements (AUC: out of fold by k-fold cross-validation on
// the training articles, then on the held-out ones), how well the model's
// probabilities are calibrated, and what --min-confidence cut-offs give.
//
//	go run ./internal/tools/trainconfidence
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand"
	"os"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/goldscore"
	"github.com/newsgraph/newsgraph/schema"
)

type example struct {
	f    []string
	y    bool
	rule float64 // the rules' confidence
}

type article struct {
	id      string
	gold    *goldscore.Gold
	printed []schema.Statement // what `newsgraph extract` prints, rules' confidences
	feats   [][]string         // by printed statement; nil: not judged
	ex      []*example         // by printed statement; nil: not an example
}

func main() {
	evalDir := flag.String("eval", "testdata/eval", "folder of annotated articles")
	holdout := flag.String("holdout", "testdata/eval/holdout.ids", "file of article ids kept out of training (empty: none)")
	out := flag.String("out", "extract/data/confidence.tsv", "model file to write (empty: none)")
	folds := flag.Int("folds", 5, "cross-validation folds")
	epochs := flag.Int("epochs", 12, "passes of stochastic gradient descent")
	l2 := flag.Float64("l2", 1e-4, "L2 regularisation")
	flag.Parse()
	log.SetFlags(0)
	if err := run(*evalDir, *holdout, *out, *folds, *epochs, *l2); err != nil {
		log.Fatal(err)
	}
}

func run(evalDir, holdout, out string, folds, epochs int, l2 float64) error {
	if folds < 2 {
		return fmt.Errorf("-folds %d: need at least 2", folds)
	}
	p, err := extract.NewPipeline(extract.DefaultConfig(), nil)
	if err != nil {
		return err
	}
	held := map[string]bool{}
	if holdout != "" {
		ids, err := goldscore.ReadIDs(holdout)
		if err != nil {
			return err
		}
		for _, id := range ids {
			held[id] = true
		}
	}
	all, err := loadDir(p, evalDir)
	if err != nil {
		return err
	}
	var train, test []*article
	for _, a := range all {
		if held[a.id] {
			test = append(test, a)
		} else {
			train = append(train, a)
		}
	}
	if len(train) == 0 {
		return fmt.Errorf("%s: every article is held out", evalDir)
	}
	log.Printf("%d training articles, %d held out", len(train), len(test))

	oof := make([][]float64, len(train))
	for k := 0; k < folds; k++ {
		var data []*example
		for i, a := range train {
			if i%folds != k {
				data = append(data, examples(a)...)
			}
		}
		w := fit(data, epochs, l2)
		for i, a := range train {
			if i%folds == k {
				oof[i] = probs(w, a)
			}
		}
	}
	report(fmt.Sprintf("training articles, %d-fold out of fold", folds), train, oof)

	var data []*example
	for _, a := range train {
		data = append(data, examples(a)...)
	}
	w := fit(data, epochs, l2)
	if len(test) > 0 {
		ps := make([][]float64, len(test))
		for i, a := range test {
			ps[i] = probs(w, a)
		}
		report("held-out articles", test, ps)
	}
	if out == "" {
		return nil
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	comment := fmt.Sprintf("Statement confidence model of the extractor (extract/confidence.go): feature and logistic weight.\n"+
		"Written by `go run ./internal/tools/trainconfidence` from %d statements of %d articles of %s\n"+
		"(the %d listed in %s held out). Retrain after changing the rules.", len(data), len(train), evalDir, len(test), holdout)
	if err := extract.WriteWeights(f, w, comment); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func loadDir(p *extract.Pipeline, dir string) ([]*article, error) {
	ids, err := goldscore.IDs(dir)
	if err != nil {
		return nil, err
	}
	var out []*article
	for _, id := range ids {
		art, err := goldscore.LoadArticle(dir, id)
		if err != nil {
			return nil, err
		}
		gold := art.Gold
		ex, err := p.RuleExtract(context.Background(), id, art.Text)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", id, err)
		}
		feats := extract.ConfidenceFeatures(ex)
		a := &article{id: id, gold: gold}
		m := goldscore.NewMatcher(gold)
		for i, st := range ex.Statements {
			if !st.Negated && !st.Fact() {
				continue // `newsgraph extract` does not print it
			}
			a.printed = append(a.printed, st)
			a.feats = append(a.feats, feats[i])
			var e *example
			if right, actors := m.Label(gold, &st); feats[i] != nil && actors {
				e = &example{f: feats[i], y: right, rule: st.Confidence}
			}
			a.ex = append(a.ex, e)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no annotated articles", dir)
	}
	return out, nil
}

func examples(a *article) []*example {
	var out []*example
	for _, e := range a.ex {
		if e != nil {
			out = append(out, e)
		}
	}
	return out
}

// fit trains logistic weights by stochastic gradient descent.
func fit(data []*example, epochs int, l2 float64) map[string]float64 {
	data = append([]*example(nil), data...)
	w := map[string]float64{}
	rng := rand.New(rand.NewSource(1))
	for e := 0; e < epochs; e++ {
		rate := 0.2 / (1 + float64(e))
		rng.Shuffle(len(data), func(i, j int) { data[i], data[j] = data[j], data[i] })
		for _, d := range data {
			g := -extract.Probability(w, d.f)
			if d.y {
				g++
			}
			for _, f := range d.f {
				w[f] += rate * (g - l2*w[f])
			}
		}
	}
	for k, v := range w {
		if math.Abs(v) < 1e-4 {
			delete(w, k)
		}
	}
	return w
}

// probs returns the model's probability for each printed statement of a
// that it judges, -1 for the others.
func probs(w map[string]float64, a *article) []float64 {
	ps := make([]float64, len(a.printed))
	for i, f := range a.feats {
		ps[i] = -1
		if f != nil {
			ps[i] = extract.Probability(w, f)
		}
	}
	return ps
}

// report prints the ranking, calibration and cut-off figures of the
// articles under the rules' confidences and the model's probabilities ps.
func report(name string, arts []*article, ps [][]float64) {
	var rule, model []float64
	var right []bool
	for i, a := range arts {
		for j, e := range a.ex {
			if e != nil {
				rule, model, right = append(rule, e.rule), append(model, ps[i][j]), append(right, e.y)
			}
		}
	}
	log.Printf("%s: %d judged statements; AUC rules' confidence %.3f, model %.3f", name, len(rule), goldscore.AUC(rule, right), goldscore.AUC(model, right))
	for lo := 0.0; lo < 1; lo += 0.2 {
		n, nRight, sum := 0, 0, 0.0
		for k, s := range model {
			if s >= lo && (s < lo+0.2 || lo+0.2 >= 1) {
				n++
				sum += s
				if right[k] {
					nRight++
				}
			}
		}
		if n > 0 {
			log.Printf("  model %.1f-%.1f: %4d statements, mean confidence %.2f, right %.2f", lo, lo+0.2, n, sum/float64(n), float64(nRight)/float64(n))
		}
	}
	for _, c := range []float64{0, 0.3, 0.5, 0.7} {
		rp, rr, rf := cut(arts, nil, c)
		mp, mr, mf := cut(arts, ps, c)
		log.Printf("  --min-confidence %.1f: rules P %.3f R %.3f F1 %.4f; model P %.3f R %.3f F1 %.4f", c, rp, rr, rf, mp, mr, mf)
	}
}

// cut returns the mean precision, recall and F1 of the articles'
// statements at min-confidence c, under the model's probabilities ps
// (nil: the rules' confidences).
func cut(arts []*article, ps [][]float64, c float64) (p, r, f float64) {
	for i, a := range arts {
		var sts []schema.Statement
		for j, st := range a.printed {
			conf := st.Confidence
			if ps != nil && ps[i][j] >= 0 {
				conf = ps[i][j]
			}
			if conf >= c {
				sts = append(sts, st)
			}
		}
		res := goldscore.Score(a.gold, sts)
		p += res.Precision
		r += res.Recall
		f += res.F1
	}
	n := float64(len(arts))
	return p / n, r / n, f / n
}
