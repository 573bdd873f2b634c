package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

const corpusPath = "../../shared/corpus/bbc-news.jsonl"

func loadCorpus(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(corpusPath)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var o struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			tb.Fatalf("corpus line: %v", err)
		}
		texts = append(texts, o.Text)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read corpus: %v", err)
	}
	return texts
}

// BenchmarkPipeline runs the whole pipeline over the BBC corpus and reports
// words per second (white-space separated words, one goroutine).
func BenchmarkPipeline(b *testing.B) {
	texts := loadCorpus(b)
	p := pipeline(b)
	words := 0
	for _, t := range texts {
		words += len(strings.Fields(t))
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			if _, err := p.Extract(ctx, "bench", t); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLinear runs one single-paragraph input of 1, 2, 4 and 8 MB; the
// time per MB stays flat when the pipeline is linear in its input.
func BenchmarkLinear(b *testing.B) {
	p := pipeline(b)
	unit := "Officials in Berlin said the minister met Mr. Smith on Oct. 3, and the company denied that it had sold weapons to the army; "
	ctx := context.Background()
	for _, mb := range []int{1, 2, 4, 8} {
		text := strings.Repeat(unit, mb<<20/len(unit))
		b.Run(itoa(mb)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := p.Extract(ctx, "big", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLinearProse is BenchmarkLinear on real news: the BBC corpus
// joined into one paragraph of 1, 2, 4 and 8 MB, so coreference and
// relations see thousands of entities and sentences in one document.
func BenchmarkLinearProse(b *testing.B) {
	texts := loadCorpus(b)
	p := pipeline(b)
	var all strings.Builder
	for all.Len() < 8<<20 {
		for _, t := range texts {
			all.WriteString(strings.Join(strings.Fields(t), " "))
			all.WriteByte(' ')
		}
	}
	ctx := context.Background()
	for _, mb := range []int{1, 2, 4, 8} {
		text := all.String()[:mb<<20]
		b.Run(itoa(mb)+"MB", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				if _, err := p.Extract(ctx, "big", text); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// TestCorpus runs the pipeline over real articles and checks the output
// invariants: no stage error, spans inside the text, non-empty ends.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	texts := loadCorpus(t) // all of them: a few seconds, and any one may crash a stage
	p := pipeline(t)
	for i, text := range texts {
		ex, err := p.Extract(context.Background(), "corpus", text)
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		// the same text gives the same statements, whatever the map order
		again, err := p.Extract(context.Background(), "corpus", text)
		if err != nil {
			t.Fatalf("article %d, again: %v", i, err)
		}
		if !reflect.DeepEqual(ex.Statements, again.Statements) {
			t.Fatalf("article %d: two runs gave different statements", i)
		}
		for _, s := range ex.Statements {
			if s.Span[0] < 0 || s.Span[1] <= s.Span[0] || s.Span[1] > len(text) {
				t.Fatalf("article %d: span %v outside text", i, s.Span)
			}
			if s.Subject == "" || s.Object == "" || s.Predicate == "" {
				t.Fatalf("article %d: empty field in %+v", i, s)
			}
		}
	}
}
