package postag

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
)

func newTagger(tb testing.TB) *Tagger {
	tb.Helper()
	tg, err := New()
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return tg
}

func TestTag(t *testing.T) {
	tg := newTagger(t)
	tests := []struct {
		sentence string
		want     string
	}{
		{"The minister said he would resign .",
			"DT NN VBD PRP MD VB ."},
		{"Russian President Vladimir Putin met envoy Steve Witkoff in Moscow on Tuesday .",
			"JJ NNP NNP NNP VBD NN NNP NNP IN NNP IN NNP ."},
		{"The company agreed to buy its rival for $ 4.5 billion .",
			"DT NN VBD TO VB PRP$ NN IN $ CD CD ."},
		{"Sanctions against Moscow were imposed in 2022 .",
			"NNS IN NNP VBD VBN IN CD ."},
		{"They do n't know what happened .",
			"PRP VBP RB VB WP VBD ."},
		{"The EU threatened to impose tariffs on Chinese electric vehicles .",
			"DT NNP VBD TO VB NNS IN JJ JJ NNS ."},
		{"Zelensky urged allies to send more weapons .",
			"NNP VBD NNS TO VB JJR NNS ."},
		{"We often meet them in London .",
			"PRP RB VBP PRP IN NNP ."},
		{"Witkoff 's advice was that Putin should call Trump .",
			"NNP POS NN VBD IN NNP MD VB NNP ."},
		{"She has been criticised by the prime minister and his aides .",
			"PRP VBZ VBN VBN IN DT JJ NN CC PRP$ NNS ."},
		{"“ We will not accept this , ” she told reporters .",
			"`` PRP MD RB VB DT , '' PRP VBD NNS ."},
		{"Prices rose 3 % — the fastest pace since 2008 ( officials said ) .",
			"NNS VBD CD NN : DT JJS NN IN CD ( NNS VBD ) ."},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			words := strings.Fields(tt.sentence)
			got := strings.Join(tg.Tag(words), " ")
			if got != tt.want {
				t.Errorf("Tag(%q)\n got %s\nwant %s", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestTagEdgeCases(t *testing.T) {
	tg := newTagger(t)
	tests := []struct {
		name  string
		words []string
	}{
		{"nil", nil},
		{"empty", []string{}},
		{"empty word", []string{""}},
		{"one word", []string{"Hello"}},
		{"curly apostrophe", []string{"Trump", "’s", "envoy"}},
		{"non-ASCII", []string{"Zürich", "–", "東京", "\xff\xfe"}},
		{"long", slices.Repeat([]string{"the", "envoy", "met", "Putin", "."}, 60)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tg.Tag(tt.words)
			if len(got) != len(tt.words) {
				t.Fatalf("Tag(%q) returned %d tags, want %d", tt.words, len(got), len(tt.words))
			}
			for i, tag := range got {
				if !slices.Contains(Tags[:], tag) {
					t.Errorf("Tag(%q)[%d] = %q, not in the tag set", tt.words, i, tag)
				}
			}
		})
	}
	if got := tg.Tag([]string{"Trump", "’s", "envoy"}); got[1] != "POS" {
		t.Errorf("curly 's tagged %q, want POS", got[1])
	}
}

func TestAppendTagsReusesDst(t *testing.T) {
	tg := newTagger(t)
	words := strings.Fields("The envoy met Putin .")
	dst := make([]string, 1, 16)
	dst[0] = "keep"
	got := tg.AppendTags(dst, words)
	if got[0] != "keep" || len(got) != 1+len(words) || &got[0] != &dst[0] {
		t.Errorf("AppendTags = %q, want dst extended in place", got)
	}
	if want := tg.Tag(words); !slices.Equal(got[1:], want) {
		t.Errorf("AppendTags tags %q, Tag %q", got[1:], want)
	}
}

func TestTagConcurrent(t *testing.T) {
	tg := newTagger(t)
	sents := articleSentences(t)
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = tg.Tag(s)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			other, err := New()
			if err != nil {
				t.Error(err)
				return
			}
			for i, s := range sents {
				if got := other.Tag(s); !slices.Equal(got, want[i]) {
					t.Errorf("concurrent Tag(%q) = %q, want %q", s, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

func TestAppendTagsAllocs(t *testing.T) {
	tg := newTagger(t)
	words := strings.Fields("Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Thursday .")
	dst := make([]string, 0, len(words))
	allocs := testing.AllocsPerRun(100, func() { dst = tg.AppendTags(dst[:0], words) })
	if allocs != 0 {
		t.Errorf("AppendTags allocates %v times per sentence, want 0", allocs)
	}
}

func articleSentences(tb testing.TB) [][]string {
	tb.Helper()
	f, err := os.Open("testdata/article.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if w := strings.Fields(sc.Text()); len(w) > 0 {
			out = append(out, w)
		}
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

func BenchmarkTag(b *testing.B) {
	tg := newTagger(b)
	sents := articleSentences(b)
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	dst := make([]string, 0, 128)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			dst = tg.AppendTags(dst[:0], s)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
