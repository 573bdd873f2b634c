package extract

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestContract checks every statement against the extract JSON contract:
// every key present with the right JSON type, values in range.
func TestContract(t *testing.T) {
	p := pipeline(t)
	text, err := os.ReadFile("testdata/summit.txt")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := p.Extract(context.Background(), "summit.txt", string(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Statements) == 0 {
		t.Fatal("no statements")
	}
	strKeys := []string{"subject", "subject_type", "subject_text", "predicate", "predicate_text", "object", "object_type", "object_text", "modality", "cameo", "source"}
	for _, st := range ex.Statements {
		b, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range strKeys {
			if _, ok := m[k].(string); !ok {
				t.Errorf("%s: key %q missing or not a string", b, k)
			}
		}
		for _, k := range []string{"subject", "object", "predicate", "subject_text", "object_text", "predicate_text"} {
			if m[k] == "" {
				t.Errorf("%s: key %q empty", b, k)
			}
		}
		if _, ok := m["negated"].(bool); !ok {
			t.Errorf("%s: negated missing or not a bool", b)
		}
		c, ok := m["confidence"].(float64)
		if !ok || c <= 0 || c > 1 {
			t.Errorf("%s: confidence %v not in (0, 1]", b, m["confidence"])
		}
		if s, ok := m["sentence"].(float64); !ok || s < 0 || s != float64(int(s)) {
			t.Errorf("%s: sentence %v not a non-negative integer", b, m["sentence"])
		}
		sp, ok := m["span"].([]any)
		if !ok || len(sp) != 2 {
			t.Fatalf("%s: span not a two-element array", b)
		}
		a, _ := sp[0].(float64)
		e, _ := sp[1].(float64)
		if a < 0 || e <= a || int(e) > len(text) {
			t.Errorf("%s: span [%v, %v) outside text of %d bytes", b, a, e, len(text))
		}
		switch schema.Modality(m["modality"].(string)) {
		case schema.Asserted, schema.Reported, schema.Hypothetical, schema.Denied:
		default:
			t.Errorf("%s: unknown modality", b)
		}
		if cameo := m["cameo"].(string); cameo != "" {
			if n, err := strconv.Atoi(cameo); err != nil || len(cameo) != 2 || n < 1 || n > 20 {
				t.Errorf("%s: cameo %q is not a root code", b, cameo)
			}
		}
		if st.SentenceText == "" || !strings.Contains(string(text), st.SentenceText) {
			t.Errorf("%s: sentence_text not from the input", b)
		}
		if st.Source != "summit.txt" {
			t.Errorf("%s: source %q", b, st.Source)
		}
	}
}

// TestGolden compares the statements for testdata/*.txt with the reviewed
// testdata/*.golden.jsonl (rewrite with -update).
func TestGolden(t *testing.T) {
	p := pipeline(t)
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			ex, err := p.Extract(context.Background(), name, string(text))
			if err != nil {
				t.Fatal(err)
			}
			var lines []string
			for _, s := range ex.Statements {
				lines = append(lines, goldenLine(s))
			}
			sort.Strings(lines)
			got := strings.Join(lines, "\n") + "\n"
			path := filepath.Join("testdata", name+".golden.jsonl")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from golden (run go test ./extract -run Golden -update and review the diff)\ngot:\n%s", name, got)
			}
		})
	}
}

func goldenLine(s schema.Statement) string {
	type row struct {
		Subject   string  `json:"subject"`
		Predicate string  `json:"predicate"`
		Object    string  `json:"object"`
		Negated   bool    `json:"negated"`
		Modality  string  `json:"modality"`
		Cameo     string  `json:"cameo"`
		Role      bool    `json:"role"`
		Conf      float64 `json:"confidence"`
		Sentence  int     `json:"sentence"`
	}
	b, _ := json.Marshal(row{s.Subject, s.Predicate, s.Object, s.Negated, string(s.Modality), s.Cameo, s.Role, s.Confidence, s.Sentence})
	return string(b)
}

func TestExtractSentences(t *testing.T) {
	p := pipeline(t)
	sents := []string{"Mr. Brown met Ms. Green.", "", "Chile sued Peru."}
	ex, err := p.ExtractSentences(context.Background(), "s", sents)
	if err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(sents, "\n")
	found := map[int]bool{}
	for _, s := range ex.Statements {
		found[s.Sentence] = true
		if s.SentenceText != sents[s.Sentence] {
			t.Errorf("statement %s: sentence_text %q, want %q", triple(s), s.SentenceText, sents[s.Sentence])
		}
		if s.Span[0] < 0 || s.Span[1] > len(joined) {
			t.Errorf("span %v outside joined text", s.Span)
		}
	}
	if !found[0] || !found[2] || found[1] {
		t.Errorf("statements by sentence = %v, want sentences 0 and 2", found)
	}
}

func TestBadInput(t *testing.T) {
	p := pipeline(t)
	if _, err := p.Extract(context.Background(), "bad", "abc\xffdef"); !errors.Is(err, ErrInvalidText) {
		t.Errorf("invalid UTF-8: err = %v, want ErrInvalidText", err)
	}
	ex, err := p.Extract(context.Background(), "empty", "")
	if err != nil || len(ex.Statements) != 0 {
		t.Errorf("empty input: %v, %d statements", err, len(ex.Statements))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Extract(ctx, "x", "A met B."); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err = %v", err)
	}
	if _, err := NewPipeline(Config{MinConfidence: 2}, nil); err == nil {
		t.Error("MinConfidence 2 accepted")
	}
}

func TestMinConfidence(t *testing.T) {
	lex := testLexicon(t)
	tg, err := NewPerceptronTagger()
	if err != nil {
		t.Fatal(err)
	}
	text := "The committee published a report. Angela Merkel met Boris Johnson."
	all, _ := NewPipelineWith(Config{}, nil, lex, tg).Extract(context.Background(), "x", text)
	high, _ := NewPipelineWith(Config{MinConfidence: 0.6}, nil, lex, tg).Extract(context.Background(), "x", text)
	if len(high.Statements) == 0 || len(high.Statements) >= len(all.Statements) {
		t.Errorf("MinConfidence 0.6 kept %d of %d statements", len(high.Statements), len(all.Statements))
	}
	for _, s := range high.Statements {
		if s.Confidence < 0.6 {
			t.Errorf("kept %s with confidence %v", triple(s), s.Confidence)
		}
	}
}

// TestDuplicateKeepsStrongest checks that a statement read twice in one
// sentence keeps the higher of its two confidences, whichever came first,
// so that a cut-off between them keeps the statement.
func TestDuplicateKeepsStrongest(t *testing.T) {
	p := pipeline(t)
	doc := NewDocument("x.txt", "Angela Merkel met Boris Johnson in Berlin.")
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var r Relation
	found := false
	for _, rel := range doc.Relations {
		if rel.Subj.Entity >= 0 && rel.Obj.Entity >= 0 && !rel.Role {
			r, found = rel, true
			break
		}
	}
	if !found {
		t.Fatalf("no relation between two entities in %v", doc.Relations)
	}
	weak, strong := r, r
	weak.Confidence, strong.Confidence = 0.2, 0.9
	doc.Relations = []Relation{weak, strong}
	ex := p.statements(doc)
	if len(ex.Statements) != 1 || ex.Statements[0].Confidence != 0.9 {
		t.Errorf("two readings of one statement gave %+v, want one with confidence 0.9", ex.Statements)
	}
}

// TestConcurrent runs one pipeline from several goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	p := pipeline(t)
	text, _ := os.ReadFile("testdata/summit.txt")
	want, err := p.Extract(context.Background(), "x", string(text))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			got, err := p.Extract(context.Background(), "x", string(text))
			if err != nil || len(got.Statements) != len(want.Statements) {
				t.Errorf("concurrent run: %v, %d statements, want %d", err, len(got.Statements), len(want.Statements))
			}
		})
	}
	wg.Wait()
}

func FuzzPipeline(f *testing.F) {
	for _, s := range []string{"Mr. A met B.", "“We back Kyiv,” Ivan Petrov said.", "X did not tell Y to threaten Z.", "WASHINGTON — a\n\nb", "’s ’s", ""} {
		f.Add(s)
	}
	if text, err := os.ReadFile("testdata/summit.txt"); err == nil {
		f.Add(string(text))
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<16 {
			t.Skip()
		}
		ex, err := p.Extract(context.Background(), "fuzz", text)
		if err != nil {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		for _, s := range ex.Statements {
			if s.Span[0] < 0 || s.Span[1] <= s.Span[0] || s.Span[1] > len(text) {
				t.Fatalf("span %v outside text of %d bytes (%s)", s.Span, len(text), triple(s))
			}
			if strings.TrimSpace(s.Subject) == "" || strings.TrimSpace(s.Object) == "" || s.Predicate == "" {
				t.Fatalf("empty field in %s", triple(s))
			}
			if s.Confidence <= 0 || s.Confidence > 1 {
				t.Fatalf("confidence %v", s.Confidence)
			}
		}
		for _, e := range ex.Entities {
			if strings.TrimSpace(e.Name) == "" {
				t.Fatalf("empty canonical name in %q", text)
			}
		}
	})
}

// seedPrecision and seedRecall are the actor precision and recall the seed
// article must reach under ../shared/eval/score.py, scoring what
// `newsgraph extract` prints by default (the extraction issue asks for
// 0.85 and 0.85; recall is held at what it reaches).
const seedPrecision, seedRecall = 0.85, 0.95

// TestSeedArticle scores the seed article with the shared evaluation
// script. It skips when python3 or ../shared is absent.
func TestSeedArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	score := "../../shared/eval/score.py"
	gold := "../../shared/eval/putin-tomahawk-call.gold.json"
	if _, err := os.Stat(score); err != nil {
		t.Skip("shared evaluation not available")
	}
	text, err := os.ReadFile("../testdata/putin-tomahawk-call.txt")
	if err != nil {
		t.Skipf("seed article: %v", err)
	}
	ex, err := pipeline(t).Extract(context.Background(), "putin-tomahawk-call.txt", string(text))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, s := range ex.Statements {
		if !s.Negated && !s.Fact() {
			continue // what `newsgraph extract` prints by default: facts and negated statements
		}
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(pred, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, score, gold, pred, "--json").Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	var res struct {
		Precision float64 `json:"actor_precision"`
		Recall    float64 `json:"recall"`
		NegErrors int     `json:"negation_errors"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("score.py output %q: %v", out, err)
	}
	t.Logf("seed: precision %.3f recall %.3f negation errors %d", res.Precision, res.Recall, res.NegErrors)
	if res.Precision < seedPrecision || res.Recall < seedRecall || res.NegErrors != 0 {
		t.Errorf("seed: precision %.3f (bar %.2f), recall %.3f (bar %.2f), negation errors %d (bar 0)", res.Precision, seedPrecision, res.Recall, seedRecall, res.NegErrors)
	}
}

// TestPipelineTextEndsInPhrase runs texts that end inside a phrase a
// stage reads ahead in: an amount after "worth", a title, an apposition.
func TestPipelineTextEndsInPhrase(t *testing.T) {
	p := pipeline(t)
	for _, text := range []string{
		"HANOI (Reuters) - Vietnam has agreed to buy missile batteries from an Indian manufacturer in a deal worth about $410 million",
		"Acme won contracts worth more than 2 billion crowns",
		"Acme won contracts worth about $3.5 billion (",
		"The deal was signed by Foreign Minister",
		"Zeta Bank, the country's largest lender,",
	} {
		if _, err := p.Extract(context.Background(), "cut", text); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// TestPipelineTruncatedText cuts eval articles at every sentence boundary
// and runs both halves, the first without its closing stop: feeds and
// pasted excerpts start mid-story and end mid-sentence, and no stage may
// read before the first token or past the last.
func TestPipelineTruncatedText(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	files, err := filepath.Glob("../testdata/eval/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no eval articles")
	}
	p := pipeline(t)
	for fi := 0; fi < len(files); fi += 40 {
		b, err := os.ReadFile(files[fi])
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for i := 2; i < len(text); i++ {
			if text[i-1] != ' ' || text[i-2] != '.' && text[i-2] != ',' {
				continue
			}
			for _, part := range []string{text[i:], strings.TrimRight(text[:i], " .,")} {
				if _, err := p.Extract(context.Background(), "cut", part); err != nil {
					t.Errorf("%s cut at byte %d: %v", filepath.Base(files[fi]), i, err)
				}
			}
		}
	}
}
