// Command ingestbench measures the two halves of `newsgraph ingest`
// separately on a JSON Lines corpus: extraction (words per second, on
// -workers goroutines) and the store writes alone (articles and quads per
// second through graph.Store.WriteArticle, one writer, as ingest does).
// bench/run.sh calls it; it prints one JSON object.
//
//	go run ./bench/ingestbench -corpus ../shared/corpus/bbc-news.jsonl -articles 200 -store /tmp/x.db
package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

type options struct {
	corpus   string
	articles int
	store    string
	workers  int
	noSync   bool
}

// report is what ingestbench prints.
type report struct {
	Store         string  `json:"store"`
	Articles      int     `json:"articles"`
	Words         int     `json:"words"`
	ExtractSec    float64 `json:"extract_seconds"`
	WordsPerSec   float64 `json:"extract_words_per_second"`
	Workers       int     `json:"extract_workers"`
	Written       int     `json:"articles_written"`
	Quads         int     `json:"quads"`
	WriteSec      float64 `json:"write_seconds"`
	ArticlesPerS  float64 `json:"write_articles_per_second"`
	QuadsPerS     float64 `json:"write_quads_per_second"`
	MaxArticleSec float64 `json:"write_slowest_article_seconds"`
}

func main() {
	var o options
	flag.StringVar(&o.corpus, "corpus", "../shared/corpus/bbc-news.jsonl", "JSON Lines corpus (id, url, title, text)")
	flag.IntVar(&o.articles, "articles", 200, "articles to read from the start of the corpus")
	flag.StringVar(&o.store, "store", "", "store to write into: a bolt directory or a postgres:// URL (empty: extraction only)")
	flag.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "extraction goroutines")
	flag.BoolVar(&o.noSync, "nosync", true, "bolt: no fsync per commit (as bench/run.sh's other bolt runs)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := run(ctx, o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "ingestbench:", err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		fmt.Fprintln(os.Stderr, "ingestbench:", err)
		os.Exit(1)
	}
}

// item is one article with its extraction.
type item struct {
	a schema.Article
	x *schema.Extraction
}

func run(ctx context.Context, o options) (report, error) {
	arts, err := readCorpus(o.corpus, o.articles)
	if err != nil {
		return report{}, err
	}
	p, err := extract.NewPipeline(extract.DefaultConfig(), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return report{}, fmt.Errorf("build pipeline: %w", err)
	}
	rep := report{Store: o.store, Articles: len(arts), Workers: max(1, o.workers)}
	for _, a := range arts {
		rep.Words += len(strings.Fields(a.Text))
	}
	items := make([]item, len(arts))
	start := time.Now()
	var (
		wg       sync.WaitGroup
		next     = make(chan int)
		errOnce  sync.Once
		firstErr error
	)
	for range rep.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				x, err := p.Extract(ctx, arts[i].Source, arts[i].Text)
				if err != nil {
					errOnce.Do(func() { firstErr = fmt.Errorf("extract %s: %w", arts[i].ID, err) })
					continue
				}
				items[i] = item{arts[i], x}
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return rep, firstErr
	}
	rep.ExtractSec = time.Since(start).Seconds()
	rep.WordsPerSec = float64(rep.Words) / rep.ExtractSec
	if o.store == "" {
		return rep, nil
	}

	s, err := graph.Open(ctx, graph.Config{Store: o.store, NoSync: o.noSync})
	if err != nil {
		return rep, err
	}
	defer s.Close()
	start = time.Now()
	for _, it := range items {
		t := time.Now()
		it.a.Ingested = time.Now().UTC()
		res, err := s.WriteArticle(ctx, it.a, it.x)
		if err != nil {
			return rep, err
		}
		rep.MaxArticleSec = max(rep.MaxArticleSec, time.Since(t).Seconds())
		if res.Status != graph.StatusUnchanged {
			rep.Written++
		}
		rep.Quads += res.Quads
	}
	rep.WriteSec = time.Since(start).Seconds()
	rep.ArticlesPerS = float64(rep.Written) / rep.WriteSec
	rep.QuadsPerS = float64(rep.Quads) / rep.WriteSec
	return rep, nil
}

// readCorpus reads the first n articles of a JSON Lines corpus. Articles
// are identified by their URL, or by corpus file and id, as ingest does.
func readCorpus(path string, n int) ([]schema.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	defer f.Close()
	var out []schema.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && len(out) < n {
		var r struct {
			ID, URL, Title, Text string
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("corpus line %d: %w", len(out)+1, err)
		}
		if strings.TrimSpace(r.Text) == "" {
			continue
		}
		id := r.URL
		if id == "" {
			id = path + "#" + r.ID
		}
		h := sha256.Sum256([]byte(r.Text))
		out = append(out, schema.Article{ID: id, URL: r.URL, Source: id, Title: r.Title, Text: r.Text, Hash: hex.EncodeToString(h[:])})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("corpus: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("corpus: no articles")
	}
	return out, nil
}
