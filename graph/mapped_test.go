//go:build linux

package graph_test

import (
	"bufio"
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// mappedRSS sums the resident memory (bytes) of this process's mappings of
// file, from /proc/self/smaps.
func mappedRSS(t *testing.T, file string) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	in := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 5 && strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":") {
			in = len(f) >= 6 && strings.Join(f[5:], " ") == file
			continue
		}
		if in && len(f) == 3 && f[0] == "Rss:" {
			kb, err := strconv.ParseInt(f[1], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			total += kb << 10
		}
	}
	return total
}

// pagedCorpus writes the same synthetic articles into a memory and a bolt
// store.
func pagedCorpus(t *testing.T) (mem, bolt *graph.Store, boltFile string) {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	mem = openWith(t, graph.Config{Store: graph.MemoryStore})
	bolt = openWith(t, graph.Config{Store: filepath.Join(dir, "paged.db"), NoSync: true})
	rng := rand.New(rand.NewPCG(7, 7))
	var batch []graph.ArticleWrite
	for i := range 240 {
		a, x := synthArticle(i, 40, rng)
		batch = append(batch, graph.ArticleWrite{Article: a, Extraction: x})
	}
	for _, s := range []*graph.Store{mem, bolt} {
		if _, err := s.WriteArticles(context.Background(), batch); err != nil {
			t.Fatal(err)
		}
	}
	return mem, bolt, filepath.Join(dir, "paged.db", "indexes.bolt")
}

func dumpLines(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Dump(context.Background(), &buf, "nquads"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	slices.Sort(lines)
	return lines
}

func viewOf(t *testing.T, s *graph.Store, f schema.Filter) ([]schema.Node, []schema.Edge) {
	t.Helper()
	ctx := context.Background()
	var nodes []schema.Node
	var edges []schema.Edge
	if err := s.Nodes(ctx, f, func(n schema.Node) error { nodes = append(nodes, n); return nil }); err != nil {
		t.Fatal(err)
	}
	if err := s.Edges(ctx, f, func(e schema.Edge) error { edges = append(edges, e); return nil }); err != nil {
		t.Fatal(err)
	}
	return nodes, edges
}

// TestBoltPaging writes one corpus into a memory and a bolt store and
// checks the bolt store's paging against it.
func TestBoltPaging(t *testing.T) {
	mem, bolt, file := pagedCorpus(t)
	t.Run("paged view and dump", func(t *testing.T) { testPagedView(t, mem, bolt, file) })
	t.Run("release", func(t *testing.T) { testReleaseMapped(t, mem, bolt, file) })
}

// testReleaseMapped: releasing bolt's mapping drops the store file's pages
// from the process's resident memory, and reads after it see the same
// quads.
func testReleaseMapped(t *testing.T, mem, bolt *graph.Store, file string) {
	before := dumpLines(t, bolt)
	resident := mappedRSS(t, file)
	if resident == 0 {
		t.Fatalf("no resident page of %s after a dump: the mapping was not found in /proc/self/smaps", file)
	}
	n, err := bolt.ReleaseMapped()
	if err != nil {
		t.Fatal(err)
	}
	if n < resident {
		t.Errorf("ReleaseMapped advised %d bytes, less than the %d resident", n, resident)
	}
	if after := mappedRSS(t, file); after != 0 {
		t.Errorf("resident pages of the store file: %d bytes before release, %d after; want 0", resident, after)
	}
	if again := dumpLines(t, bolt); !slices.Equal(again, before) {
		t.Errorf("dump after release differs: %d quads, want %d", len(again), len(before))
	}
	if want := dumpLines(t, mem); !slices.Equal(before, want) {
		t.Errorf("bolt dump has %d quads, memory %d", len(before), len(want))
	}
}

// testPagedView: with a budget of zero the view and the dump release
// bolt's mapping every few quads, and still give what the memory store
// (which reads without paging) gives for the same articles.
func testPagedView(t *testing.T, mem, bolt *graph.Store, file string) {
	defer graph.SetMappedBudget(0)()
	day := func(d int) time.Time { return time.Date(2025, 1, d, 0, 0, 0, 0, time.UTC) }
	filters := []schema.Filter{
		{},
		{MinEvidence: 2},
		{Types: []schema.EntityType{schema.Person}},
		{Since: day(3), Until: day(6)},
	}
	for _, f := range filters {
		wn, we := viewOf(t, mem, f)
		gn, ge := viewOf(t, bolt, f)
		if len(wn) == 0 || len(we) == 0 {
			t.Fatalf("filter %+v: empty view (%d nodes, %d edges)", f, len(wn), len(we))
		}
		if !slices.EqualFunc(gn, wn, nodeEqual) {
			t.Errorf("filter %+v: bolt nodes differ from memory nodes:\n%v\n%v", f, gn, wn)
		}
		if !slices.EqualFunc(ge, we, edgeEqual) {
			t.Errorf("filter %+v: bolt edges differ from memory edges (%d, %d)", f, len(ge), len(we))
		}
	}
	if got, want := dumpLines(t, bolt), dumpLines(t, mem); !slices.Equal(got, want) {
		t.Errorf("paged bolt dump has %d quads, memory %d", len(got), len(want))
	}
	// each read released as it went: little of the file is left mapped
	if r := mappedRSS(t, file); r > 4<<20 {
		t.Errorf("%d bytes of the store file resident after paged reads with a zero budget", r)
	}
}

func nodeEqual(a, b schema.Node) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Type == b.Type && slices.Equal(a.Aliases, b.Aliases) &&
		a.Mentions == b.Mentions && a.Influence == b.Influence
}

func edgeEqual(a, b schema.Edge) bool {
	return a.SubjectID == b.SubjectID && a.ObjectID == b.ObjectID && a.Subject == b.Subject && a.Object == b.Object &&
		a.Predicate == b.Predicate && a.Class == b.Class && a.Cameo == b.Cameo && a.Goldstein == b.Goldstein &&
		a.Evidence == b.Evidence && slices.Equal(a.Articles, b.Articles) && slices.Equal(a.Sources, b.Sources) &&
		a.FirstSeen.Equal(b.FirstSeen) && a.LastSeen.Equal(b.LastSeen)
}
