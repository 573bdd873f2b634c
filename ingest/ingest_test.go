package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// fakeStore keeps articles in a map, as graph.Store would keep them.
type fakeStore struct {
	mu       sync.Mutex
	articles map[string]schema.Article
	stmts    map[string]int
	writes   int
	order    []string // article IDs in write order
	failOn   string   // WriteArticle fails for an article whose text contains it
}

func newFakeStore() *fakeStore {
	return &fakeStore{articles: map[string]schema.Article{}, stmts: map[string]int{}}
}

func (s *fakeStore) ArticleHash(_ context.Context, id string) (string, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.articles[id]
	return a.Hash, ok, nil
}

func (s *fakeStore) WriteArticle(_ context.Context, a schema.Article, x *schema.Extraction) (graph.WriteResult, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failOn != "" && strings.Contains(a.Text, s.failOn) {
		return graph.WriteResult{}, errors.New("disk on fire")
	}
	s.writes++
	s.order = append(s.order, a.ID)
	old, ok := s.articles[a.ID]
	st := graph.StatusNew
	switch {
	case ok && old.Hash == a.Hash:
		return graph.WriteResult{Status: graph.StatusUnchanged}, nil
	case ok:
		st = graph.StatusUpdated
	}
	s.articles[a.ID] = a
	s.stmts[a.ID] = len(x.Statements)
	return graph.WriteResult{Status: st, Statements: len(x.Statements), Quads: 3 * len(x.Statements)}, nil
}

func (s *fakeStore) ids() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var ids []string
	for id := range s.articles {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func (s *fakeStore) bySource(src string) (schema.Article, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.articles {
		if a.Source == src {
			return a, true
		}
	}
	return schema.Article{}, false
}

// lineExtractor makes one statement per non-empty line and counts calls.
type lineExtractor struct {
	calls atomic.Int64
	fail  string // Extract fails for text containing it
}

func (e *lineExtractor) Extract(_ context.Context, source, text string) (*schema.Extraction, error) {
	e.calls.Add(1)
	if e.fail != "" && strings.Contains(text, e.fail) {
		return nil, errors.New("extract: stage relations: confused")
	}
	x := &schema.Extraction{}
	for i, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) != "" {
			x.Statements = append(x.Statements, schema.Statement{Subject: "A", Predicate: "say", Object: "B", Sentence: i, Source: source})
		}
	}
	return x, nil
}

func write(t *testing.T, path, body string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func testConfig() Config {
	c := DefaultConfig()
	c.Workers = 2
	return c
}

const htmlPage = `<!DOCTYPE html><html><head><title>Envoy call | Example News</title>
<meta property="article:published_time" content="2025-10-14T09:30:00Z">
<meta name="author" content="Jane Reporter">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoy call</h1>
<p>The special envoy suggested to the Kremlin aide that the president call the White House before the meeting on Friday, according to a transcript of the call.</p>
<p>The aide agreed with the envoy and said the leaders could discuss the plan in detail during a long conversation later in the week.</p>
<p>Officials in both capitals declined to comment on the transcript when asked about it by reporters on Tuesday evening.</p>
</article><footer>Copyright Example News</footer></body></html>`

func TestSources(t *testing.T) {
	dir := t.TempDir()
	txt := write(t, filepath.Join(dir, "a.txt"), "Alice met Bob.\nBob thanked Alice.\n")
	write(t, filepath.Join(dir, "tree", "b.txt"), "Carol called Dave.\n")
	write(t, filepath.Join(dir, "tree", "deep", "c"), "Erin wrote to Frank.\n")
	write(t, filepath.Join(dir, "tree", ".hidden"), "\x00\x01 never read")
	write(t, filepath.Join(dir, "glob", "g1.txt"), "One.\n")
	write(t, filepath.Join(dir, "glob", "g2.txt"), "Two.\n")
	write(t, filepath.Join(dir, "glob", "g3.md"), "Three.\n")
	page := write(t, filepath.Join(dir, "page.html"), htmlPage)
	corpus := write(t, filepath.Join(dir, "corpus.jsonl"),
		`{"id": "x-1", "title": "First", "published": "2025-01-02", "text": "Alice met Bob.\n"}`+"\n\n"+
			`{"id": "x-2", "url": "HTTPS://Example.com/story#top", "title": "Second", "published": "2025-01-03T10:00:00Z", "category": "tech", "text": "Carol met Dave.\nDave thanked Carol.\n"}`+"\n")

	tests := []struct {
		name    string
		sources []string
		stdin   string
		want    map[string]func(schema.Article) string // id → check
	}{
		{
			name:    "text file",
			sources: []string{txt},
			want: map[string]func(schema.Article) string{
				abs(t, txt): func(a schema.Article) string {
					return eq("source", a.Source, txt) + eq("hash", a.Hash, hashText("Alice met Bob.\nBob thanked Alice.\n"))
				},
			},
		},
		{
			name:    "directory recursive, dot-files skipped",
			sources: []string{filepath.Join(dir, "tree")},
			want: map[string]func(schema.Article) string{
				abs(t, filepath.Join(dir, "tree", "b.txt")):     nil,
				abs(t, filepath.Join(dir, "tree", "deep", "c")): nil,
			},
		},
		{
			name:    "glob",
			sources: []string{filepath.Join(dir, "glob", "*.txt")},
			want: map[string]func(schema.Article) string{
				abs(t, filepath.Join(dir, "glob", "g1.txt")): nil,
				abs(t, filepath.Join(dir, "glob", "g2.txt")): nil,
			},
		},
		{
			name:    "same file twice is read once",
			sources: []string{txt, filepath.Join(dir, ".", "a.txt")},
			want:    map[string]func(schema.Article) string{abs(t, txt): nil},
		},
		{
			name:    "html",
			sources: []string{page},
			want: map[string]func(schema.Article) string{
				abs(t, page): func(a schema.Article) string {
					return contains("text", a.Text, "suggested to the Kremlin aide") +
						absent("text", a.Text, "Copyright Example News") +
						absent("text", a.Text, "Home") +
						contains("title", a.Title, "Envoy call") +
						eq("byline", a.Byline, "Jane Reporter") +
						eq("published", a.Published.Format(time.RFC3339), "2025-10-14T09:30:00Z")
				},
			},
		},
		{
			name:    "jsonl",
			sources: []string{corpus},
			want: map[string]func(schema.Article) string{
				abs(t, corpus) + "#x-1": func(a schema.Article) string {
					return eq("title", a.Title, "First") + eq("published", a.Published.Format(time.DateOnly), "2025-01-02") +
						eq("source", a.Source, corpus+"#x-1") + eq("text", a.Text, "Alice met Bob.\n")
				},
				"https://example.com/story": func(a schema.Article) string {
					return eq("url", a.URL, "https://example.com/story") + eq("published", a.Published.Format(time.RFC3339), "2025-01-03T10:00:00Z")
				},
			},
		},
		{
			name:    "stdin text",
			sources: []string{"-"},
			stdin:   "Grace phoned Heidi.\n",
			want: map[string]func(schema.Article) string{
				"stdin:" + hashText("Grace phoned Heidi.\n"): func(a schema.Article) string { return eq("source", a.Source, "-") },
			},
		},
		{
			name:    "stdin jsonl",
			sources: []string{"-"},
			stdin:   `{"id": "s1", "text": "Ivan met Judy."}` + "\n" + `{"id": "s2", "text": "Judy met Ivan."}`,
			want: map[string]func(schema.Article) string{
				"stdin#s1": nil,
				"stdin#s2": func(a schema.Article) string { return eq("text", a.Text, "Judy met Ivan.") },
			},
		},
		{
			name:    "stdin html",
			sources: []string{"-"},
			stdin:   htmlPage,
			want: map[string]func(schema.Article) string{
				"": func(a schema.Article) string { return contains("text", a.Text, "Kremlin aide") },
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newFakeStore()
			in := New(testConfig(), &lineExtractor{}, st, Options{Stdin: strings.NewReader(tt.stdin)})
			sum, err := in.Run(t.Context(), tt.sources)
			if err != nil {
				t.Fatalf("Run: %v (failures %v)", err, sum.Failures)
			}
			if sum.New != len(tt.want) || sum.Failed != 0 {
				t.Errorf("summary %+v, want %d new", sum, len(tt.want))
			}
			ids := st.ids()
			if len(ids) != len(tt.want) {
				t.Fatalf("stored %q, want %d articles", ids, len(tt.want))
			}
			for id, check := range tt.want {
				if id == "" { // id derived from content: take the only one
					id = ids[0]
				}
				a, ok := st.articles[id]
				if !ok {
					t.Errorf("article %q not stored; stored %q", id, ids)
					continue
				}
				if a.Hash != hashText(a.Text) {
					t.Errorf("%s: hash %s is not the text's SHA-256", id, a.Hash)
				}
				if a.Ingested.IsZero() {
					t.Errorf("%s: ingestion time not set", id)
				}
				if check != nil {
					if msg := check(a); msg != "" {
						t.Errorf("%s: %s", id, msg)
					}
				}
			}
		})
	}
}

func abs(t *testing.T, p string) string {
	t.Helper()
	c, err := canonicalPath(p)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func eq(what, got, want string) string {
	if got != want {
		return fmt.Sprintf("%s = %q, want %q; ", what, got, want)
	}
	return ""
}

func contains(what, got, want string) string {
	if !strings.Contains(got, want) {
		return fmt.Sprintf("%s = %q, want it to contain %q; ", what, got, want)
	}
	return ""
}

func absent(what, got, bad string) string {
	if strings.Contains(got, bad) {
		return fmt.Sprintf("%s = %q, want no %q; ", what, got, bad)
	}
	return ""
}

// TestBadInput feeds every kind of broken input next to good ones: each
// broken one fails with its own reason, the good ones are stored, nothing
// of a broken one is written.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	good1 := write(t, filepath.Join(dir, "good1.txt"), "Alice met Bob.\n")
	good2 := write(t, filepath.Join(dir, "bin", "readme.txt"), "Carol met Dave.\n")
	bin1 := write(t, filepath.Join(dir, "bin", "image.png"), "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	bin2 := write(t, filepath.Join(dir, "bin", "blob.dat"), string([]byte{0, 1, 2, 3, 255, 254}))
	latin1 := write(t, filepath.Join(dir, "latin1.txt"), "Caf\xe9 owner met the mayor.\n")
	empty := write(t, filepath.Join(dir, "empty.txt"), "")
	blank := write(t, filepath.Join(dir, "blank.txt"), " \n\t\n")
	nohtml := write(t, filepath.Join(dir, "nav.html"), "<html><head><title>x</title></head><body><script>var x=1;</script></body></html>")
	badjson := write(t, filepath.Join(dir, "bad.jsonl"),
		`{"id": "ok", "text": "Erin met Frank."}`+"\n"+
			`{"id": "broken", "text": `+"\n"+
			`{"id": "ok", "text": "Again."}`+"\n"+
			`{"id": "notext", "text": ""}`+"\n"+
			`{"id": "big", "text": "`+strings.Repeat("x", 3000)+`"}`+"\n")
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(strings.Repeat("The minister met the ambassador again. ", 25) + "\n")
	for written := 0; written < 50<<20; written += len(line) {
		if _, err := f.Write(line); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	noglob := filepath.Join(dir, "nothing-*.txt")

	cfg := testConfig()
	cfg.MaxArticleBytes = 2000 // the 50 MB file and the 3000-byte record are over it
	st := newFakeStore()
	var stderr bytes.Buffer
	in := New(cfg, &lineExtractor{}, st, Options{Reporter: NewLogReporter(&stderr, nil, time.Hour)})
	sum, err := in.Run(t.Context(), []string{good1, missing, filepath.Join(dir, "bin"), latin1, empty, blank, huge, nohtml, badjson, noglob})
	if !errors.Is(err, ErrFailed) {
		t.Fatalf("Run error = %v, want ErrFailed", err)
	}
	wantFail := []struct {
		source string
		reason error
		text   string
	}{
		{missing, ErrNotFound, "no such file or directory"},
		{noglob, ErrNotFound, "no file matches"},
		{bin1, ErrBinary, "binary file"},
		{bin2, ErrBinary, "binary file"},
		{latin1, ErrEncoding, "invalid UTF-8 at byte 3"},
		{empty, ErrEmpty, "empty"},
		{blank, ErrEmpty, "empty"},
		{huge, ErrTooLarge, "over the limit of 2000"},
		{nohtml, ErrNoText, "no article text"},
		{badjson + ":2", ErrRecord, "invalid json"},
		{badjson + ":3", ErrDuplicate, `id "ok" already on line 1`},
		{badjson + "#notext", ErrEmpty, "no text"},
		{badjson + "#big", ErrTooLarge, "3000 bytes, over the limit"},
	}
	if sum.Failed != len(wantFail) || len(sum.Failures) != len(wantFail) {
		t.Errorf("failed = %d, want %d; failures: %v", sum.Failed, len(wantFail), sum.Failures)
	}
	for _, w := range wantFail {
		var got *Failure
		for i := range sum.Failures {
			if sum.Failures[i].Source == w.source {
				got = &sum.Failures[i]
			}
		}
		if got == nil {
			t.Errorf("no failure for %s; failures: %v", w.source, sum.Failures)
			continue
		}
		if !errors.Is(got, w.reason) || !strings.Contains(got.Error(), w.text) {
			t.Errorf("failure %q, want reason %v mentioning %q", got, w.reason, w.text)
		}
		if !strings.Contains(stderr.String(), "skip "+got.Error()+"\n") {
			t.Errorf("stderr lacks the line for %s:\n%s", w.source, stderr.String())
		}
	}
	wantIDs := []string{abs(t, badjson) + "#ok", abs(t, good2), abs(t, good1)}
	sort.Strings(wantIDs)
	if got := st.ids(); strings.Join(got, "\n") != strings.Join(wantIDs, "\n") {
		t.Errorf("stored %q, want %q", got, wantIDs)
	}
	if sum.New != 3 {
		t.Errorf("new = %d, want 3", sum.New)
	}
}

func TestReingest(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "a.txt"), "Alice met Bob.\n")
	b := write(t, filepath.Join(dir, "b.txt"), "Carol met Dave.\nDave met Carol.\n")
	st := newFakeStore()
	ex := &lineExtractor{}
	in := New(testConfig(), ex, st, Options{})
	steps := []struct {
		name    string
		change  func()
		want    Summary
		extract int64 // extractor calls in this step
	}{
		{name: "first", want: Summary{New: 2, Statements: 3}, extract: 2},
		{name: "unchanged", want: Summary{Unchanged: 2}, extract: 0},
		{name: "one changed", change: func() { write(t, a, "Alice met Bob.\nBob met Eve.\nEve met Alice.\n") }, want: Summary{Updated: 1, Unchanged: 1, Statements: 3}, extract: 1},
		{name: "unchanged again", want: Summary{Unchanged: 2}, extract: 0},
	}
	for _, s := range steps {
		if s.change != nil {
			s.change()
		}
		before := ex.calls.Load()
		writes := st.writes
		sum, err := in.Run(t.Context(), []string{dir})
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got := Summary{New: sum.New, Updated: sum.Updated, Unchanged: sum.Unchanged, Failed: sum.Failed, Statements: sum.Statements}
		if fmt.Sprint(got) != fmt.Sprint(s.want) {
			t.Errorf("%s: summary %+v, want %+v", s.name, got, s.want)
		}
		if n := ex.calls.Load() - before; n != s.extract {
			t.Errorf("%s: extractor ran %d times, want %d", s.name, n, s.extract)
		}
		if s.extract == 0 && st.writes != writes {
			t.Errorf("%s: store written %d times, want none", s.name, st.writes-writes)
		}
	}
	if n := st.stmts[abs(t, a)]; n != 3 {
		t.Errorf("changed article has %d statements, want 3 (replaced)", n)
	}
	_ = b
}

// TestFailuresKeepBatchGoing: an extractor or writer error fails only its
// own article.
func TestFailuresKeepBatchGoing(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "1.txt"), "Fine one.\n")
	bad := write(t, filepath.Join(dir, "2.txt"), "POISON for the extractor.\n")
	wbad := write(t, filepath.Join(dir, "3.txt"), "BURN the store.\n")
	write(t, filepath.Join(dir, "4.txt"), "Fine four.\n")
	st := newFakeStore()
	st.failOn = "BURN"
	in := New(testConfig(), &lineExtractor{fail: "POISON"}, st, Options{})
	sum, err := in.Run(t.Context(), []string{dir})
	if !errors.Is(err, ErrFailed) {
		t.Fatalf("err = %v, want ErrFailed", err)
	}
	if sum.New != 2 || sum.Failed != 2 {
		t.Errorf("summary %+v, want 2 new, 2 failed", sum)
	}
	msgs := fmt.Sprint(sum.Failures)
	for _, want := range []string{bad + ": extract: ", wbad + ": write: disk on fire"} {
		if !strings.Contains(msgs, want) {
			t.Errorf("failures %s lack %q", msgs, want)
		}
	}
}

// TestWriterGivesUp: a store that fails every write aborts the batch
// instead of failing each article in turn.
func TestWriterGivesUp(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		write(t, filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), fmt.Sprintf("BURN article %d.\n", i))
	}
	st := newFakeStore()
	st.failOn = "BURN"
	in := New(testConfig(), &lineExtractor{}, st, Options{})
	sum, err := in.Run(t.Context(), []string{dir})
	if err == nil || errors.Is(err, ErrFailed) || !strings.Contains(err.Error(), "giving up") {
		t.Fatalf("err = %v, want the batch aborted", err)
	}
	if sum.Failed != maxWriteErrors {
		t.Errorf("failed = %d, want %d", sum.Failed, maxWriteErrors)
	}
}

// blockingExtractor waits until n calls run at once (or a timeout), then
// lets them go; it records the highest concurrency seen.
type blockingExtractor struct {
	lineExtractor
	mu      sync.Mutex
	running int
	peak    int
	release chan struct{}
	want    int
}

func (e *blockingExtractor) Extract(ctx context.Context, source, text string) (*schema.Extraction, error) {
	e.mu.Lock()
	e.running++
	if e.running > e.peak {
		e.peak = e.running
	}
	if e.running >= e.want {
		select {
		case <-e.release:
		default:
			close(e.release)
		}
	}
	e.mu.Unlock()
	select {
	case <-e.release:
	case <-time.After(2 * time.Second):
	}
	e.mu.Lock()
	e.running--
	e.mu.Unlock()
	return e.lineExtractor.Extract(ctx, source, text)
}

func TestParallelWorkers(t *testing.T) {
	dir := t.TempDir()
	for i := range 8 {
		write(t, filepath.Join(dir, fmt.Sprintf("%d.txt", i)), fmt.Sprintf("Article number %d.\n", i))
	}
	ex := &blockingExtractor{release: make(chan struct{}), want: 4}
	cfg := testConfig()
	cfg.Workers = 4
	in := New(cfg, ex, newFakeStore(), Options{})
	start := time.Now()
	sum, err := in.Run(t.Context(), []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if ex.peak != 4 || sum.New != 8 {
		t.Errorf("peak concurrency %d (want 4), new %d (want 8)", ex.peak, sum.New)
	}
	if time.Since(start) > 1500*time.Millisecond {
		t.Errorf("took %s: workers did not run together", time.Since(start))
	}
}

// slowExtractor sleeps over texts that contain "slow".
type slowExtractor struct{ lineExtractor }

func (e *slowExtractor) Extract(ctx context.Context, source, text string) (*schema.Extraction, error) {
	if strings.Contains(text, "slow") {
		time.Sleep(150 * time.Millisecond)
	}
	return e.lineExtractor.Extract(ctx, source, text)
}

// TestWriteOrder: articles are written in input order even when the
// first one takes longest to extract.
func TestWriteOrder(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 12 {
		body := fmt.Sprintf("Article %d.\n", i)
		if i%5 == 0 {
			body = "A slow one.\n" + body
		}
		want = append(want, abs(t, write(t, filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), body)))
	}
	cfg := testConfig()
	cfg.Workers = 4
	st := newFakeStore()
	if _, err := New(cfg, &slowExtractor{}, st, Options{}).Run(t.Context(), []string{dir}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(st.order, "\n") != strings.Join(want, "\n") {
		t.Errorf("write order\n%s\nwant\n%s", strings.Join(st.order, "\n"), strings.Join(want, "\n"))
	}
}

// TestInterrupt cancels the batch while the first article is being
// extracted: that article is still written, nothing after it is read.
// gatedExtractor reports each call on started and waits for gate to close
// before extracting.
type gatedExtractor struct {
	lineExtractor
	gate    chan struct{}
	started chan struct{}
}

func (e *gatedExtractor) Extract(ctx context.Context, source, text string) (*schema.Extraction, error) {
	e.started <- struct{}{}
	<-e.gate
	return e.lineExtractor.Extract(ctx, source, text)
}

func TestInterrupt(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		write(t, filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), fmt.Sprintf("Article number %d.\n", i))
	}
	// The first extraction holds until the run has been cancelled, so the
	// cancel always lands while an article is in flight, however the
	// goroutines are scheduled.
	gate := make(chan struct{})
	ex := &gatedExtractor{gate: gate, started: make(chan struct{}, 100)}
	cfg := testConfig()
	cfg.Workers = 1
	st := newFakeStore()
	in := New(cfg, ex, st, Options{})
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-ex.started
		cancel()
		close(gate)
	}()
	sum, err := in.Run(ctx, []string{dir})
	if !errors.Is(err, ErrInterrupted) || !sum.Interrupted {
		t.Fatalf("err = %v, interrupted = %v; want ErrInterrupted", err, sum.Interrupted)
	}
	if sum.New < 1 || sum.New > 3 || len(st.ids()) != sum.New {
		t.Errorf("new = %d, stored %d; want the one or few articles in flight written", sum.New, len(st.ids()))
	}
	for i, id := range st.order {
		if want := abs(t, filepath.Join(dir, fmt.Sprintf("%02d.txt", i))); id != want {
			t.Errorf("write %d was %s, want %s: the written articles must be a prefix of the input", i, id, want)
		}
	}
	if !strings.Contains(err.Error(), "interrupted after") {
		t.Errorf("error %q lacks a summary", err)
	}
}

func TestFeed(t *testing.T) {
	page := func(title, body string) string {
		return `<html><head><title>` + title + `</title></head><body><article><h1>` + title + `</h1><p>` +
			strings.Repeat(body+" ", 4) + `</p><p>` + strings.Repeat(body+" ", 3) + `</p></article></body></html>`
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page("Story A", "The envoy met the aide in the capital and discussed the plan at length."))
	})
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, page("Story B", "The minister called the ambassador about the trade agreement on Monday."))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	mux.HandleFunc("/boom", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "The mayor thanked the council.\n")
	})
	mux.HandleFunc("/rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>%[1]s</link>
<item><title>A</title><link>%[1]s/a</link><guid>g-a</guid><pubDate>Tue, 14 Oct 2025 09:30:00 GMT</pubDate></item>
<item><title>B</title><link>/b</link><guid>g-b</guid></item>
<item><title>A again</title><link>%[1]s/a2</link><guid>g-a</guid></item>
<item><title>Gone</title><link>%[1]s/gone</link><guid>g-gone</guid></item>
<item><title>Boom</title><link>%[1]s/boom</link><guid>g-boom</guid></item>
<item><title>Inline</title><guid>g-inline</guid><description>&lt;p&gt;The governor praised the firefighters after the storm passed through the valley overnight.&lt;/p&gt;</description></item>
</channel></rss>`, "http://"+r.Host)
	})
	mux.HandleFunc("/atom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2025-10-15T00:00:00Z</updated>
<entry><title>B via atom</title><link href="%s/b"/><id>urn:b</id><updated>2025-10-15T08:00:00Z</updated></entry></feed>`, "http://"+r.Host)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><item><title>cut`)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	tests := []struct {
		name     string
		sources  []string
		wantNew  int
		wantIDs  []string
		wantFail map[string]string // source → reason text
	}{
		{
			name:    "rss",
			sources: []string{srv.URL + "/rss"},
			wantNew: 3,
			wantIDs: []string{srv.URL + "/a", srv.URL + "/b", srv.URL + "/rss#g-inline"},
			wantFail: map[string]string{
				srv.URL + "/rss#item-3": `duplicate: guid "g-a" already used by item 1`,
				srv.URL + "/gone":       "http error: 404 Not Found",
				srv.URL + "/boom":       "http error: 500 Internal Server Error",
			},
		},
		{
			name:    "atom",
			sources: []string{srv.URL + "/atom"},
			wantNew: 1,
			wantIDs: []string{srv.URL + "/b"},
		},
		{
			name:     "broken feed",
			sources:  []string{srv.URL + "/broken"},
			wantFail: map[string]string{srv.URL + "/broken": "broken feed"},
		},
		{
			name:    "pages",
			sources: []string{srv.URL + "/a", srv.URL + "/plain", srv.URL + "/gone"},
			wantNew: 2,
			wantIDs: []string{srv.URL + "/a", srv.URL + "/plain"},
			wantFail: map[string]string{
				srv.URL + "/gone": "404",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newFakeStore()
			in := New(testConfig(), &lineExtractor{}, st, Options{Client: srv.Client()})
			sum, err := in.Run(t.Context(), tt.sources)
			if len(tt.wantFail) > 0 != errors.Is(err, ErrFailed) {
				t.Errorf("err = %v with %d expected failures", err, len(tt.wantFail))
			}
			if sum.New != tt.wantNew || sum.Failed != len(tt.wantFail) {
				t.Errorf("summary %+v, want %d new, %d failed; failures %v", sum, tt.wantNew, len(tt.wantFail), sum.Failures)
			}
			for src, reason := range tt.wantFail {
				found := false
				for _, f := range sum.Failures {
					if f.Source == src && strings.Contains(f.Err.Error(), reason) {
						found = true
					}
				}
				if !found {
					t.Errorf("no failure %s: %s; failures %v", src, reason, sum.Failures)
				}
			}
			want := append([]string(nil), tt.wantIDs...)
			sort.Strings(want)
			if got := st.ids(); strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("stored %q, want %q", got, want)
			}
			if a, ok := st.articles[srv.URL+"/a"]; ok {
				if a.Title != "A" && a.Title != "Story A" {
					t.Errorf("title %q", a.Title)
				}
				if tt.name == "rss" && a.Published.Format(time.RFC3339) != "2025-10-14T09:30:00Z" {
					t.Errorf("published %v, want the feed's pubDate", a.Published)
				}
				if !strings.Contains(a.Text, "envoy met the aide") || a.URL != srv.URL+"/a" {
					t.Errorf("article a: url %q text %q", a.URL, a.Text)
				}
			}
		})
	}
}

func TestWatch(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	var runs atomic.Int32
	done := make(chan error)
	go func() {
		done <- Watch(ctx, 20*time.Millisecond, nil, func(ctx context.Context) error {
			if runs.Add(1) == 3 {
				cancel()
			}
			return errors.New("a failing run does not stop the schedule")
		})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Watch returned %v after cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Watch did not stop")
	}
	if n := runs.Load(); n != 3 {
		t.Errorf("runs = %d, want 3", n)
	}
}

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTP://Example.COM:80/a#frag", "http://example.com/a"},
		{"https://example.com:443", "https://example.com/"},
		{"https://example.com:8443/x?q=1", "https://example.com:8443/x?q=1"},
	}
	for _, tt := range tests {
		got, err := canonicalURL(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("canonicalURL(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	if _, err := canonicalURL("/relative"); err == nil {
		t.Error("canonicalURL accepted a relative URL")
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want format
	}{
		{"Plain text.", formatText},
		{"{not json at all", formatText},
		{`{"id": "1", "text": "x"}` + "\n", formatJSONL},
		{"  <!DOCTYPE html><html>", formatHTML},
		{`<?xml version="1.0"?>` + "\n<rss version=\"2.0\">", formatFeed},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, formatFeed},
		{"", formatText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("sniff(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestReporters(t *testing.T) {
	f := Failure{Source: "x.bin", Err: ErrBinary}
	t.Run("bar", func(t *testing.T) {
		var b bytes.Buffer
		r := NewBarReporter(&b)
		r.Start(3)
		r.Done("a", OutcomeNew)
		r.Fail(f)
		r.Done("x.bin", OutcomeFailed)
		r.Done("c", OutcomeUnchanged)
		r.Finish(Summary{})
		if out := b.String(); !strings.Contains(out, "skip x.bin: binary file\n") || !strings.Contains(out, "ingest") {
			t.Errorf("bar output %q", out)
		}
	})
	t.Run("log", func(t *testing.T) {
		var b, logs bytes.Buffer
		r := NewLogReporter(&b, slog.New(slog.NewTextHandler(&logs, nil)), time.Nanosecond)
		r.Start(4)
		r.Done("a", OutcomeNew)
		r.Fail(f)
		r.Done("x.bin", OutcomeFailed)
		r.Finish(Summary{})
		if b.String() != "skip x.bin: binary file\n" {
			t.Errorf("failure lines %q", b.String())
		}
		if !strings.Contains(logs.String(), "done=2 failed=1") || !strings.Contains(logs.String(), "total=4") || !strings.Contains(logs.String(), "eta=") {
			t.Errorf("progress log %q", logs.String())
		}
	})
}
