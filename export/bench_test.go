package export

import (
	"context"
	"io"
	"math/rand/v2"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// genView produces a synthetic view on the fly, so benchmarks measure the
// encoders and the export driver rather than a store, and memory shows
// what the export itself keeps.
type genView struct {
	nodes, edges int
	seed         uint64
}

var genTypes = []schema.EntityType{schema.Person, schema.Organization, schema.Country, schema.Location}
var genClasses = []string{schema.VerbalCooperation, schema.MaterialCooperation, schema.VerbalConflict, schema.MaterialConflict, schema.RoleClass}

func genName(i int) string { return "Actor " + strconv.Itoa(i) + " Иванов" }

func (g genView) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	for i := range g.nodes {
		err := fn(schema.Node{Name: genName(i), Type: genTypes[i%len(genTypes)], Aliases: []string{"A" + strconv.Itoa(i)},
			Mentions: i%17 + 1, Influence: float64(i%1000) / 1000})
		if err != nil {
			return err
		}
	}
	return nil
}

func (g genView) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	r := rand.New(rand.NewPCG(g.seed, 1))
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range g.edges {
		n := r.IntN(5) + 1
		err := fn(schema.Edge{Subject: genName(r.IntN(g.nodes)), Predicate: "p" + strconv.Itoa(i%20), Object: genName(r.IntN(g.nodes)),
			Class: genClasses[i%len(genClasses)], Cameo: "04", Goldstein: 1, Evidence: n,
			Articles: []string{"article-" + strconv.Itoa(i%50000)}, FirstSeen: day, LastSeen: day.AddDate(0, 0, i%300),
			Sources: []string{"https://news.example/" + strconv.Itoa(i%50000)}})
		if err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkEncode exports a 100k-node, 250k-edge view (about the actor
// view of a 1M-quad store) in each streaming format to io.Discard.
func BenchmarkEncode(b *testing.B) {
	v := genView{nodes: 100_000, edges: 250_000, seed: 1}
	for _, f := range []Format{GraphML, GEXF, DOT, Cytoscape} {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			var peak uint64
			for b.Loop() {
				enc, err := NewEncoder(io.Discard, f, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if err := Encode(b.Context(), &heapProbe{Encoder: enc, peak: &peak}, v, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// heapProbe samples the live heap every 50,000 edges.
type heapProbe struct {
	Encoder
	peak *uint64
	n    int
}

func (h *heapProbe) Edge(id, s, t int, e *Edge) error {
	if h.n++; h.n%50_000 == 0 {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		*h.peak = max(*h.peak, ms.HeapAlloc)
	}
	return h.Encoder.Edge(id, s, t, e)
}
