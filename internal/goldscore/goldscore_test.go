package goldscore

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// goldJSON is a small gold file that exercises every matching rule.
const goldJSON = `{
 "article": "x",
 "entities": [
  {"id": "orsa", "type": "Organization", "name": "Orsa Capital", "aliases": ["Orsa", "the fund"]},
  {"id": "vera", "type": "Person", "name": "Tomas Vera", "aliases": []},
  {"id": "peru", "type": "Country", "name": "Peru", "aliases": ["Lima", "Peruvian government"]},
  {"id": "chile", "type": "Country", "name": "Chile", "aliases": ["Santiago"]},
  {"id": "ministry", "type": "Organization", "name": "foreign ministry", "aliases": []}
 ],
 "triples": [
  {"s": "vera", "p": ["chairman", "head"], "o": "orsa"},
  {"s": "peru", "p": ["sanction", "penalise"], "o": "chile"},
  {"s": "peru", "p": ["meet", "talk"], "o": "chile", "symmetric": true},
  {"s": "vera", "p": ["tell", "warn"], "o": "peru"},
  {"s": "orsa", "p": ["praise"], "o": "vera", "optional": true}
 ],
 "forbidden": [
  {"s": "chile", "p": ["recall", "withdraw"], "o": "peru"}
 ]
}`

var statements = []schema.Statement{
	{Subject: "Tomas Vera", Predicate: "chairman", Object: "Orsa"},                                      // alias
	{Subject: "Mr Vera", Predicate: "head", Object: "the fund"},                                         // surname after a title; a second statement of a found fact
	{Subject: "Lima", Predicate: "sanction", PredicateText: "imposed sanctions on", Object: "Santiago"}, // metonymy aliases
	{Subject: "Chile", Predicate: "talk", Object: "Peru"},                                               // symmetric, reversed
	{Subject: "Chile", Predicate: "withdraw", PredicateText: "withdrew", Object: "Peru"},                // forbidden: a negation error, and wrong
	{Subject: "Chile", Predicate: "recall", Object: "Peru", Negated: true},                              // negated: not counted
	{Subject: "Orsa Capital", Predicate: "praise", Object: "Vera"},                                      // optional: right, not required
	{Subject: "Acme", Predicate: "sue", Object: "Orsa"},                                                 // an end outside the gold: ignored
	{Subject: "X", SubjectText: "the Peruvian government", Predicate: "tell", Object: "Chile"},          // text matches; wrong pair
	{Subject: "Chinese foreign ministry", Predicate: "criticise", Object: "Peru"},                       // alias suffix; wrong predicate
}

func TestScore(t *testing.T) {
	var g Gold
	if err := json.Unmarshal([]byte(goldJSON), &g); err != nil {
		t.Fatal(err)
	}
	r := Score(&g, statements)
	// right: chairman, sanction, talk, praise; wrong: withdraw, tell, criticise
	want := Result{Matched: 4, Predicted: 7, Required: 4, NegationErrors: 1, Precision: 4.0 / 7, Recall: 3.0 / 4}
	want.F1 = 2 * want.Precision * want.Recall / (want.Precision + want.Recall)
	if r.Matched != want.Matched || r.Predicted != want.Predicted || r.Required != want.Required || r.NegationErrors != want.NegationErrors ||
		math.Abs(r.F1-want.F1) > 1e-9 || math.Abs(r.Recall-want.Recall) > 1e-9 {
		t.Errorf("Score = %+v, want %+v", r, want)
	}
}

func TestLabel(t *testing.T) {
	var g Gold
	if err := json.Unmarshal([]byte(goldJSON), &g); err != nil {
		t.Fatal(err)
	}
	m := NewMatcher(&g)
	for i, want := range [][2]bool{
		{true, true}, {true, true}, {true, true}, {true, true}, {false, true}, {false, true},
		{true, true}, {false, false}, {false, true}, {false, true},
	} {
		right, actors := m.Label(&g, &statements[i])
		if right != want[0] || actors != want[1] {
			t.Errorf("Label(%+v) = %v, %v, want %v, %v", statements[i], right, actors, want[0], want[1])
		}
	}
}

func TestAUC(t *testing.T) {
	for _, c := range []struct {
		scores []float64
		right  []bool
		want   float64
	}{
		{[]float64{0.1, 0.2, 0.8, 0.9}, []bool{false, false, true, true}, 1},
		{[]float64{0.1, 0.2, 0.8, 0.9}, []bool{true, true, false, false}, 0},
		{[]float64{0.5, 0.5, 0.5, 0.5}, []bool{true, false, true, false}, 0.5},
		{[]float64{0.1, 0.4, 0.35, 0.8}, []bool{false, false, true, true}, 0.75},
		{[]float64{0.3}, []bool{true}, 0.5},
	} {
		if got := AUC(c.scores, c.right); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("AUC(%v, %v) = %v, want %v", c.scores, c.right, got, c.want)
		}
	}
}

func TestPredMatch(t *testing.T) {
	for _, c := range []struct {
		pred   string
		lemmas []string
		want   bool
	}{
		{"told", []string{"tell"}, true},
		{"tell told", []string{"warn"}, false},
		{"sanctions", []string{"sanction"}, true},
		{"stopped", []string{"stop"}, true},
		{"mediation", []string{"mediate"}, true},
		{"chairman of", []string{"chair"}, false},
		{"", []string{"tell"}, false},
	} {
		if got := PredMatch(c.pred, c.lemmas); got != c.want {
			t.Errorf("PredMatch(%q, %v) = %v, want %v", c.pred, c.lemmas, got, c.want)
		}
	}
}

// TestSameAsScorePy checks the Go scorer against ../shared/eval/score.py
// on the same gold file and statements, when the shared folder is here.
func TestSameAsScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	py, err := exec.LookPath("python3")
	if _, serr := os.Stat(script); serr != nil || err != nil {
		t.Skip("../shared/eval/score.py or python3 not available")
	}
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.json")
	if err := os.WriteFile(gold, []byte(goldJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, st := range statements {
		b, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	pred := filepath.Join(dir, "pred.jsonl")
	if err := os.WriteFile(pred, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, script, gold, pred, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var py3 struct {
		Precision float64 `json:"actor_precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
		Neg       int     `json:"negation_errors"`
	}
	if err := json.Unmarshal(out, &py3); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	g, err := Load(gold)
	if err != nil {
		t.Fatal(err)
	}
	r := Score(g, statements)
	round := func(f float64) float64 { return math.Round(f*1000) / 1000 }
	if round(r.Precision) != py3.Precision || round(r.Recall) != py3.Recall || round(r.F1) != py3.F1 || r.NegationErrors != py3.Neg {
		t.Errorf("Go scorer %+v, score.py %+v", r, py3)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("Load of a missing file: no error")
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("Load of bad JSON: %v, want an error naming the file", err)
	}
}

func TestArticleFiles(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"b-two.txt": "Two.", "b-two.gold.json": goldJSON,
		"a-one.txt": "One.", "a-one.gold.json": goldJSON,
		"notes.txt": "no gold beside it",
		"list.ids":  "# held out\na-one\n\n  b-two  \n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ids, err := IDs(dir)
	if err != nil || strings.Join(ids, ",") != "a-one,b-two" {
		t.Errorf("IDs = %v, %v; want [a-one b-two]", ids, err)
	}
	listed, err := ReadIDs(filepath.Join(dir, "list.ids"))
	if err != nil || strings.Join(listed, ",") != "a-one,b-two" {
		t.Errorf("ReadIDs = %v, %v; want [a-one b-two]", listed, err)
	}
	a, err := LoadArticle(dir, "b-two")
	if err != nil || a.ID != "b-two" || a.Text != "Two." || len(a.Gold.Triples) != 5 {
		t.Errorf("LoadArticle = %+v, %v", a, err)
	}
	if _, err := LoadArticle(dir, "notes"); err == nil {
		t.Error("LoadArticle of an article without a gold file: no error")
	}
	if _, err := ReadIDs(filepath.Join(dir, "missing.ids")); err == nil {
		t.Error("ReadIDs of a missing file: no error")
	}
}
