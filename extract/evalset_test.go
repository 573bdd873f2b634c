package extract

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/internal/goldscore"
	"github.com/newsgraph/newsgraph/schema"
)

// The evaluation set's floor: the mean F1 and the negation errors of what
// `newsgraph extract` prints for the articles of testdata/eval, scored as
// ../shared/eval/score.py scores (internal/goldscore). At the end of
// session 14 the 395 articles gave 0.6435 and 15 (the 16 articles it
// added brought 3); the 48 of session 15 brought 1, and its rules took
// the 443 to 0.6406 and 16; the 16 articles of session 16 brought none,
// and its rules took the 459 to 0.6529 and 16; the 16 articles of session
// 17 brought 4, and its rules took the 475 to 0.6605 and 20; the 16 of
// session 18 brought 2, and its rules took the 491 to 0.6662 and 21; the
// 16 of session 19 brought 2, and its rules took the 507 to 0.6694 and 23;
// the 16 of session 20 brought 1, and its rules took the 523 to 0.6730
// and 24; the 16 of session 21 brought none, and its rules took the 539 to
// 0.6771 and 24; the 16 of session 22 brought none, and its rules took the
// 555 to 0.6784 and 24; the 16 of session 23 brought 2, and its rules
// took the 571 to 0.6787 and 26; the 16 of session 24 brought none, and
// its rules took the 587 to 0.6803 and 26; the 16 of session 25 brought
// none, and its rules took the 603 to 0.6827 and 26; the 16 of session 26
// brought none, and its rules took the 619 to 0.6850 and 26; the 16 of
// session 27 brought none, and its rules took the 635 to 0.6857 and 25;
// the 16 of session 28 brought none, and its rules took the 651 to 0.6864
// and 25; the 16 of session 29 brought none, and its rules took the 667 to
// 0.6906 and 25; the 16 of session 30 brought none, and its rules took
// the 683 to 0.6944 and 25; the 16 of session 31 brought none, and its
// rules took the 699 to 0.6974 and 24; the 16 of session 32 brought
// none, and its rules took the 715 to 0.7006 and 24; the 16 of session
// 33 brought none, and its rules took the 731 to 0.7037 and 24; the 16 of
// session 34 brought none, and its rules took the 747 to 0.7051 and 24
// (the 731 to 0.7090); a change
// that lowers the mean or adds a negation error fails here, and one that
// raises the mean should raise the floor with it.
const (
	evalSetArticles   = 747
	evalSetMinF1      = 0.700
	evalSetMaxNegErrs = 24
)

// TestEvalSet scores the pipeline on every annotated article of
// testdata/eval and holds it to the floor above.
func TestEvalSet(t *testing.T) {
	dir := filepath.Join("..", "testdata", "eval")
	ids, err := goldscore.IDs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != evalSetArticles {
		t.Fatalf("%d gold files in %s, want %d: update the floor with the set", len(ids), dir, evalSetArticles)
	}
	p := pipeline(t)
	sum, neg := 0.0, 0
	for _, id := range ids {
		art, err := goldscore.LoadArticle(dir, id)
		if err != nil {
			t.Fatal(err)
		}
		ex, err := p.Extract(context.Background(), id, art.Text)
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		var printed []schema.Statement
		for _, st := range ex.Statements {
			if st.Negated || st.Fact() { // what `newsgraph extract` prints by default
				printed = append(printed, st)
			}
		}
		r := goldscore.Score(art.Gold, printed)
		sum += r.F1
		neg += r.NegationErrors
		if r.NegationErrors > 0 {
			t.Logf("%s: %d negation errors", id, r.NegationErrors)
		}
	}
	mean := sum / float64(len(ids))
	t.Logf("testdata/eval: %d articles, mean F1 %.4f, %d negation errors", len(ids), mean, neg)
	if mean < evalSetMinF1 {
		t.Errorf("mean F1 %.4f below the floor %.3f", mean, evalSetMinF1)
	}
	if neg > evalSetMaxNegErrs {
		t.Errorf("%d negation errors, at most %d allowed", neg, evalSetMaxNegErrs)
	}
}
