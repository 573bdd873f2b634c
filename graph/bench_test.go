package graph_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

var benchLemmas = []string{"advise", "suggest", "persuade", "pressure", "threaten", "demand", "praise",
	"congratulate", "support", "criticize", "oppose", "meet", "call", "appoint", "sanction", "attack",
	"tell", "warn", "accuse", "thank"}

var benchFirst = []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irina", "Jonas",
	"Kemal", "Lena", "Marco", "Nadia", "Omar", "Petra", "Quinn", "Rosa", "Sergei", "Tariq"}

// synthArticle builds article i of a synthetic corpus over actors persons:
// 8 entities, 12 statements (one in six negated or hypothetical), with
// realistic sentence lengths.
func synthArticle(i, actors int, rng *rand.Rand) (schema.Article, *schema.Extraction) {
	id := "https://news.example/" + strconv.Itoa(i)
	a := schema.Article{ID: id, Source: id, URL: id, Title: "Article " + strconv.Itoa(i),
		Hash:      fmt.Sprintf("%064x", i+1),
		Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Hour),
		Ingested:  time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	x := &schema.Extraction{}
	names := make([]string, 8)
	for k := range names {
		n := rng.IntN(actors)
		names[k] = fmt.Sprintf("%s Surname%d", benchFirst[n%len(benchFirst)], n)
		x.Entities = append(x.Entities, schema.Entity{Name: names[k], Type: schema.Person,
			Aliases: []string{fmt.Sprintf("Surname%d", n), "Minister " + names[k]}})
	}
	for k := 0; k < 12; k++ {
		s, o := names[rng.IntN(len(names))], names[rng.IntN(len(names))]
		lemma := benchLemmas[rng.IntN(len(benchLemmas))]
		sent := fmt.Sprintf("%s said on Tuesday that %s would %s %s after weeks of talks between the two delegations in the capital.", s, s, lemma, o)
		st := schema.Statement{Subject: s, SubjectType: schema.Person, Predicate: lemma, Object: o, ObjectType: schema.Person,
			Modality: schema.Asserted, Confidence: 0.8, SentenceText: sent, Span: schema.Span{k * 120, k*120 + len(sent)}, Source: id}
		switch k % 6 {
		case 4:
			st.Negated = true
		case 5:
			st.Modality = schema.Hypothetical
		}
		x.Statements = append(x.Statements, st)
	}
	return a, x
}

// BenchmarkWriteArticle measures bulk article writes into a fresh bolt
// store (quads/s, articles/s) and the quads each article costs.
func BenchmarkWriteArticle(b *testing.B) {
	for _, noSync := range []bool{false, true} {
		b.Run(fmt.Sprintf("bolt/nosync=%v", noSync), func(b *testing.B) {
			s, err := graph.Open(context.Background(), graph.Config{Store: filepath.Join(b.TempDir(), "w.db"), NoSync: noSync})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			rng := rand.New(rand.NewPCG(1, 1))
			quads, i := 0, 0
			b.ReportAllocs()
			for b.Loop() {
				a, x := synthArticle(i, 20000, rng)
				res, err := s.WriteArticle(context.Background(), a, x)
				if err != nil {
					b.Fatal(err)
				}
				quads += res.Quads
				i++
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(quads)/sec, "quads/s")
			b.ReportMetric(float64(i)/sec, "articles/s")
			b.ReportMetric(float64(quads)/float64(i), "quads/article")
		})
	}
}

// BenchmarkWriteArticles measures batched writes (one transaction per
// batch) into a fresh bolt store.
// With NEWSGRAPH_TEST_POSTGRES set it also writes to PostgreSQL.
func BenchmarkWriteArticles(b *testing.B) {
	type target struct {
		name  string
		store func(b *testing.B) string
	}
	targets := []target{{"bolt", func(b *testing.B) string { return filepath.Join(b.TempDir(), "w.db") }}}
	if base := os.Getenv("NEWSGRAPH_TEST_POSTGRES"); base != "" {
		targets = append(targets, target{"postgres", func(b *testing.B) string { return postgresSchema(b, base) }})
	}
	for _, tg := range targets {
		for _, size := range []int{16, 64} {
			benchWriteArticles(b, tg.name, tg.store, size)
		}
	}
}

func benchWriteArticles(b *testing.B, name string, store func(b *testing.B) string, size int) {
	{
		b.Run(fmt.Sprintf("%s/batch=%d", name, size), func(b *testing.B) {
			s, err := graph.Open(context.Background(), graph.Config{Store: store(b)})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			rng := rand.New(rand.NewPCG(1, 1))
			quads, i := 0, 0
			b.ReportAllocs()
			for b.Loop() {
				batch := make([]graph.ArticleWrite, size)
				for k := range batch {
					a, x := synthArticle(i, 20000, rng)
					batch[k] = graph.ArticleWrite{Article: a, Extraction: x}
					i++
				}
				res, err := s.WriteArticles(context.Background(), batch)
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range res {
					quads += r.Quads
				}
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(quads)/sec, "quads/s")
			b.ReportMetric(float64(i)/sec, "articles/s")
		})
	}
}

// benchStore opens the bolt store for read benchmarks: the store at
// $NEWSGRAPH_BENCH_STORE (built on first use, reused afterwards) or a
// temporary one. $NEWSGRAPH_BENCH_ARTICLES sets its size (default 400
// articles, about 60,000 quads; 7,000 articles give about 1,000,000).
func benchStore(b *testing.B) (*graph.Store, int) {
	b.Helper()
	n := 400
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	actors := max(n*2, 200)
	path := os.Getenv("NEWSGRAPH_BENCH_STORE")
	if path == "" {
		path = filepath.Join(b.TempDir(), "read.db")
	}
	s, err := graph.Open(context.Background(), graph.Config{Store: path, NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	rng := rand.New(rand.NewPCG(2, 2))
	if h, ok, _ := s.ArticleHash(context.Background(), "https://news.example/"+strconv.Itoa(n-1)); !ok || h == "" {
		for i := range n {
			a, x := synthArticle(i, actors, rng)
			if _, err := s.WriteArticle(context.Background(), a, x); err != nil {
				b.Fatal(err)
			}
		}
	}
	return s, actors
}

// BenchmarkNeighbours measures Out and In on a bolt store, by entity IRI
// (what a path search calls) and by alias, and reports p50/p99.
func BenchmarkNeighbours(b *testing.B) {
	s, actors := benchStore(b)
	st, err := s.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("store: %d quads, %d articles, %d entities", st.Quads, st.Articles, st.Entities)
	var ids []string
	if err := s.Nodes(context.Background(), schema.Filter{}, func(n schema.Node) error {
		ids = append(ids, n.ID)
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		fn   func(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
		key  func(rng *rand.Rand) string
	}{
		{"Out/iri", s.Out, func(rng *rand.Rand) string { return ids[rng.IntN(len(ids))] }},
		{"In/iri", s.In, func(rng *rand.Rand) string { return ids[rng.IntN(len(ids))] }},
		{"Out/alias", s.Out, func(rng *rand.Rand) string {
			n := rng.IntN(actors)
			return fmt.Sprintf("%s Surname%d", benchFirst[n%len(benchFirst)], n)
		}},
	}
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(3, 3))
			var lat []time.Duration
			edges := 0
			for b.Loop() {
				t0 := time.Now()
				out, err := tc.fn(context.Background(), tc.key(rng), schema.Filter{})
				if err != nil && !isNotFound(err) {
					b.Fatal(err)
				}
				lat = append(lat, time.Since(t0))
				edges += len(out)
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
			b.ReportMetric(float64(edges)/float64(len(lat)), "edges/op")
		})
	}
}

func isNotFound(err error) bool { return err != nil && errors.Is(err, graph.ErrNotFound) }
