package ingest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Extractor extracts the statements of one article. extract.Pipeline
// satisfies it. It must be safe for concurrent use.
type Extractor interface {
	Extract(ctx context.Context, source, text string) (*schema.Extraction, error)
}

// Store is what a batch needs from the graph store. graph.Store satisfies
// it. The batch serialises its calls, so the store need not be safe for
// concurrent use.
type Store interface {
	ArticleHash(ctx context.Context, id string) (hash string, ok bool, err error)
	WriteArticle(ctx context.Context, a schema.Article, x *schema.Extraction) (graph.WriteResult, error)
}

// ErrFailed is wrapped by the error Run returns when some inputs failed
// and the rest were ingested.
var ErrFailed = errors.New("ingest: some inputs failed")

// ErrInterrupted is wrapped by the error Run returns when ctx was
// cancelled before the batch was done.
var ErrInterrupted = errors.New("ingest: interrupted")

// maxWriteErrors aborts a batch after this many failed writes in a row:
// the store, not the article, is then the likely cause.
const maxWriteErrors = 5

// Outcome is what happened to one article.
type Outcome string

// The outcomes of one article.
const (
	OutcomeNew       Outcome = "new"
	OutcomeUpdated   Outcome = "updated"
	OutcomeUnchanged Outcome = "unchanged"
	OutcomeFailed    Outcome = "failed"
)

// Failure is one input that was skipped, with its reason.
type Failure struct {
	Source string `json:"source"`
	Err    error  `json:"-"`
}

// Error returns "source: reason".
func (f Failure) Error() string { return f.Source + ": " + f.Err.Error() }

// Unwrap returns the reason.
func (f Failure) Unwrap() error { return f.Err }

// MarshalJSON encodes the failure as {"source", "reason"}.
func (f Failure) MarshalJSON() ([]byte, error) {
	return fmt.Appendf(nil, `{"source":%q,"reason":%q}`, f.Source, f.Err.Error()), nil
}

// Summary reports one batch.
type Summary struct {
	New         int           `json:"new"`
	Updated     int           `json:"updated"`
	Unchanged   int           `json:"unchanged"`
	Failed      int           `json:"failed"`
	Statements  int           `json:"statements"` // statements added
	Entities    int           `json:"entities"`   // distinct entities in the written articles
	Quads       int           `json:"quads"`      // quads added
	Removed     int           `json:"removed"`    // quads removed by replaced articles
	Duration    time.Duration `json:"duration_ns"`
	Interrupted bool          `json:"interrupted"`
	Failures    []Failure     `json:"failures,omitempty"`
}

// Articles returns how many articles the batch saw, failures included.
func (s Summary) Articles() int { return s.New + s.Updated + s.Unchanged + s.Failed }

// String is the one-line summary newsgraph logs.
func (s Summary) String() string {
	line := fmt.Sprintf("%d new, %d updated, %d unchanged, %d failed; %d statements added in %s",
		s.New, s.Updated, s.Unchanged, s.Failed, s.Statements, s.Duration.Round(time.Millisecond))
	if s.Interrupted {
		line += " (interrupted)"
	}
	return line
}

// Options are the collaborators of an Ingester beyond its Config.
type Options struct {
	Log      *slog.Logger // nil discards
	Reporter Reporter     // nil reports nothing
	Stdin    io.Reader    // read for "-"; nil means os.Stdin
	Client   *http.Client // nil means a client with Config.FetchTimeout
	// OnWrite, when set, is called after each article is stored, from the
	// writer goroutine, in write order.
	OnWrite func(a schema.Article, x *schema.Extraction, r graph.WriteResult)
}

// Ingester runs batches. It is safe to call Run from one goroutine at a
// time.
type Ingester struct {
	cfg      Config
	ex       Extractor
	st       Store
	log      *slog.Logger
	rep      Reporter
	stdin    io.Reader
	client   *http.Client
	storeMu  sync.Mutex
	workers  int
	writeErr int
	onWrite  func(schema.Article, *schema.Extraction, graph.WriteResult)
	entities map[string]bool // distinct entities written in this batch
}

// New returns an Ingester that extracts with ex and writes to st.
func New(cfg Config, ex Extractor, st Store, opt Options) *Ingester {
	in := &Ingester{cfg: cfg, ex: ex, st: st, log: opt.Log, rep: opt.Reporter, stdin: opt.Stdin, client: opt.Client, onWrite: opt.OnWrite}
	if in.log == nil {
		in.log = slog.New(slog.DiscardHandler)
	}
	if in.rep == nil {
		in.rep = nopReporter{}
	}
	if in.stdin == nil {
		in.stdin = os.Stdin
	}
	if in.client == nil {
		in.client = &http.Client{Timeout: cfg.FetchTimeout}
	}
	in.workers = cfg.Workers
	if in.workers <= 0 {
		in.workers = runtime.GOMAXPROCS(0)
	}
	if in.cfg.MaxArticleBytes <= 0 {
		in.cfg.MaxArticleBytes = DefaultConfig().MaxArticleBytes
	}
	return in
}

// result is one article leaving a worker for the writer.
type result struct {
	seq       int
	skipped   bool // not processed: the batch was stopping
	source    string
	art       schema.Article
	x         *schema.Extraction
	unchanged bool
	err       error
}

// Run ingests every source. When ctx is cancelled it stops taking new
// articles, writes those already extracted and returns with
// Summary.Interrupted set and an error wrapping ErrInterrupted. When some
// inputs failed and the rest were ingested, the error wraps ErrFailed. Any
// other error means the batch was aborted.
func (in *Ingester) Run(ctx context.Context, sources []string) (Summary, error) {
	start := time.Now()
	stop, abort := context.WithCancel(ctx) // stop taking articles: interrupt or fatal error
	defer abort()
	work := context.WithoutCancel(ctx) // articles in hand finish
	in.writeErr = 0
	in.entities = map[string]bool{}

	units, fails := expand(sources)
	in.rep.Start(in.total(units, len(fails)))

	// Every article gets a sequence number and is written in that order,
	// whatever order the workers finish in, so a batch writes the same
	// store whatever --workers is, and a rerun after a crash continues the
	// same sequence. window bounds the articles between reader and writer.
	window := make(chan struct{}, 4*in.workers+8)
	jobs := make(chan item, in.workers)
	results := make(chan result, in.workers)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		seq := 0
		seen := map[string]string{}
		emit := func(it item) {
			select {
			case window <- struct{}{}:
			case <-stop.Done():
				return
			}
			it.seq = seq
			seq++
			if it.err == nil && it.id != "" {
				if prev, dup := seen[it.id]; dup {
					it.err = fmt.Errorf("%w: article %s already read from %s", ErrDuplicate, it.id, prev)
				} else {
					seen[it.id] = it.source
				}
			}
			if it.err != nil {
				results <- result{seq: it.seq, source: it.source, err: it.err}
				return
			}
			jobs <- it
		}
		for _, f := range fails {
			emit(item{source: f.Source, err: f.Err})
		}
		for _, u := range units {
			if stop.Err() != nil {
				return
			}
			in.readUnit(stop, work, u, emit)
		}
	}()
	for range in.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if stop.Err() != nil {
					results <- result{seq: it.seq, source: it.source, skipped: true}
					continue
				}
				results <- in.process(work, it)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var sum Summary
	var fatal error
	pending := map[int]result{}
	next := 0
	halted := false // an article was skipped or the batch failed: write nothing after it
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-window
			if r.skipped {
				halted = true
			}
			if halted {
				continue
			}
			if fatal = in.record(work, r, &sum); fatal != nil {
				halted = true
				abort()
			}
		}
	}
	sum.Duration = time.Since(start)
	sum.Interrupted = ctx.Err() != nil
	in.rep.Finish(sum)
	switch {
	case fatal != nil:
		return sum, fatal
	case sum.Interrupted:
		return sum, fmt.Errorf("%w after %d articles: %s", ErrInterrupted, sum.Articles(), sum)
	case sum.Failed > 0:
		return sum, fmt.Errorf("%w: %d of %d", ErrFailed, sum.Failed, sum.Articles())
	}
	return sum, nil
}

// total counts the articles ahead for the progress bar, -1 when unknown
// (URLs and feeds).
func (in *Ingester) total(units []unit, fails int) int {
	n := fails
	for _, u := range units {
		switch {
		case u.url != "", u.stdin:
			return -1
		case formatByExt(u.path) == formatJSONL:
			c, err := countJSONL(u.path)
			if err != nil {
				return -1
			}
			n += c
		default:
			n++
		}
	}
	return n
}

// readUnit reads one file, stdin or URL and emits its articles.
func (in *Ingester) readUnit(stop, ctx context.Context, u unit, emit func(item)) {
	switch {
	case u.url != "":
		in.readURL(stop, ctx, u, emit)
	case u.stdin:
		in.readStream(stop, bufio.NewReaderSize(in.stdin, 64<<10), -1, u, "stdin", emit)
	default:
		f, err := os.Open(u.path)
		if err != nil {
			emit(item{source: u.name, err: fmt.Errorf("%w: %w", ErrNotFound, unwrapPath(err))})
			return
		}
		defer f.Close()
		var size int64 = -1
		if info, err := f.Stat(); err == nil {
			size = info.Size()
		}
		in.readStream(stop, bufio.NewReaderSize(f, 64<<10), size, u, u.path, emit)
	}
}

// readStream reads a file or stdin: JSON Lines are streamed record by
// record; anything else is one article (or a feed) read whole.
func (in *Ingester) readStream(stop context.Context, br *bufio.Reader, size int64, u unit, base string, emit func(item)) {
	limit := in.cfg.MaxArticleBytes
	head, err := br.Peek(sniffBytes)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		emit(item{source: u.name, err: fmt.Errorf("read: %w", err)})
		return
	}
	if bytes.IndexByte(head, 0) >= 0 {
		emit(item{source: u.name, err: ErrBinary})
		return
	}
	fm := formatByExt(u.name)
	if fm == formatUnknown || fm == formatText {
		if s := sniff(head); fm == formatUnknown || s == formatJSONL {
			fm = s
		}
	}
	if fm == formatJSONL {
		if err := readJSONL(stop, br, u.name, base, limit, emit); err != nil {
			emit(item{source: u.name, err: err})
		}
		return
	}
	if fm == formatFeed {
		limit *= feedSizeFactor
	}
	if size > limit {
		emit(item{source: u.name, err: tooLarge(size, limit)})
		return
	}
	b, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		emit(item{source: u.name, err: fmt.Errorf("read: %w", err)})
		return
	}
	if int64(len(b)) > limit {
		emit(item{source: u.name, err: fmt.Errorf("%w: over the limit of %d bytes (max_article_bytes)", ErrTooLarge, limit)})
		return
	}
	if err := checkText(b); err != nil {
		emit(item{source: u.name, err: err})
		return
	}
	a := schema.Article{ID: u.path, Source: u.name}
	if u.stdin {
		a.ID = "stdin:" + hashText(string(b))
	}
	switch fm {
	case formatFeed:
		in.readFeed(stop, b, u.name, nil, emit)
		return
	case formatHTML:
		a, err = fromHTML(b, nil, a)
	default:
		a.Text = string(b)
	}
	if err == nil {
		a, err = finish(a, in.cfg.MaxArticleBytes)
	}
	if err != nil {
		emit(item{source: u.name, err: err})
		return
	}
	emit(item{source: u.name, id: a.ID, art: a})
}

// process loads an item if needed, skips it when the store already holds
// the same content, and extracts it otherwise.
func (in *Ingester) process(ctx context.Context, it item) result {
	a := it.art
	if it.load != nil {
		var err error
		if a, err = it.load(ctx); err != nil {
			return result{seq: it.seq, source: it.source, err: err}
		}
	}
	in.storeMu.Lock()
	hash, ok, err := in.st.ArticleHash(ctx, a.ID)
	in.storeMu.Unlock()
	if err != nil {
		return result{seq: it.seq, source: it.source, err: fmt.Errorf("read store: %w", err)}
	}
	if ok && hash == a.Hash {
		return result{seq: it.seq, source: it.source, art: a, unchanged: true}
	}
	x, err := in.ex.Extract(ctx, a.Source, a.Text)
	if err != nil {
		return result{seq: it.seq, source: it.source, err: err}
	}
	return result{seq: it.seq, source: it.source, art: a, x: x}
}

// record writes one result and counts it. It returns an error only when
// the batch must stop.
func (in *Ingester) record(ctx context.Context, r result, s *Summary) error {
	fail := func(err error) {
		f := Failure{Source: r.source, Err: err}
		s.Failed++
		s.Failures = append(s.Failures, f)
		in.rep.Fail(f)
		in.rep.Done(r.source, OutcomeFailed)
	}
	if r.err != nil {
		fail(r.err)
		return nil
	}
	if r.unchanged {
		s.Unchanged++
		in.log.Debug("article unchanged", "source", r.source)
		in.rep.Done(r.source, OutcomeUnchanged)
		return nil
	}
	a := r.art
	a.Ingested = time.Now().UTC()
	in.storeMu.Lock()
	wr, err := in.st.WriteArticle(ctx, a, r.x)
	in.storeMu.Unlock()
	if err != nil {
		fail(fmt.Errorf("write: %w", err))
		in.writeErr++
		if in.writeErr >= maxWriteErrors {
			return fmt.Errorf("ingest: giving up after %d failed writes in a row: %w", in.writeErr, err)
		}
		return nil
	}
	in.writeErr = 0
	out := OutcomeNew
	switch wr.Status {
	case graph.StatusUpdated:
		s.Updated++
		out = OutcomeUpdated
	case graph.StatusUnchanged:
		s.Unchanged++
		out = OutcomeUnchanged
	default:
		s.New++
	}
	s.Statements += wr.Statements
	if r.x != nil {
		for _, e := range r.x.Entities {
			key := string(e.Type) + "\x00" + e.Name
			if !in.entities[key] {
				in.entities[key] = true
				s.Entities++
			}
		}
	}
	s.Quads += wr.Quads
	s.Removed += wr.Removed
	in.log.Debug("article written", "source", r.source, "status", out, "statements", wr.Statements)
	if in.onWrite != nil {
		in.onWrite(a, r.x, wr)
	}
	in.rep.Done(r.source, out)
	return nil
}
