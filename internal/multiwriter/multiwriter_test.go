package multiwriter

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lib/pq"
)

// envPostgres names the variable holding an admin URL of a test server.
const envPostgres = "NEWSGRAPH_TEST_POSTGRES"

// corpusPath is the shared BBC corpus, relative to this package.
const corpusPath = "../../../shared/corpus/bbc-news.jsonl"

var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// adminURL returns the PostgreSQL URL of the test server, skipping the
// test when there is none (failing it under CI).
func adminURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv(envPostgres)
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must provide a PostgreSQL server (.ci/run starts one)", envPostgres)
		}
		t.Skipf("%s is not set: skipping the PostgreSQL multi-writer tests (bash .ci/postgres.sh prints one)", envPostgres)
	}
	if testing.Short() {
		t.Skip("multi-writer tests build the binary and run several processes: skipped under -short")
	}
	return u
}

// newsgraph builds the binary once per test run.
func newsgraph(t *testing.T) string {
	t.Helper()
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newsgraph-multiwriter-")
		if binErr != nil {
			return
		}
		goBin, err := exec.LookPath("go")
		if err != nil {
			goBin = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		binPath = filepath.Join(binDir, "newsgraph")
		cmd := exec.Command(goBin, "build", "-o", binPath, "github.com/newsgraph/newsgraph/cmd/newsgraph")
		out, err := cmd.CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("build newsgraph: %w\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// freshDatabase creates an empty database on the admin server and returns
// its URL; the database is dropped when the test ends.
func freshDatabase(t *testing.T, admin, suffix string) string {
	t.Helper()
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("parse %s: %v", envPostgres, err)
	}
	name := fmt.Sprintf("ng_mw_%d_%s", time.Now().UnixNano()%1e9, suffix)
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + pq.QuoteIdentifier(name)); err != nil {
		t.Fatalf("create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", admin)
		if err != nil {
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE IF EXISTS " + pq.QuoteIdentifier(name) + " WITH (FORCE)"); err != nil {
			t.Logf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// record is one JSON Lines article.
type record struct {
	ID    string `json:"id"`
	URL   string `json:"url"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// articles returns n articles: the first n of the shared BBC corpus, or
// generated ones when the corpus is absent. Every article gets a URL so
// that its identity does not depend on the file it is read from, as when
// workers on different machines ingest the same feed item.
func articles(t *testing.T, n int) []record {
	t.Helper()
	var out []record
	f, err := os.Open(corpusPath)
	switch {
	case err == nil:
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() && len(out) < n {
			var r record
			if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
				t.Fatalf("corpus line %d: %v", len(out)+1, err)
			}
			out = append(out, r)
		}
		if err := sc.Err(); err != nil {
			t.Fatalf("read corpus: %v", err)
		}
	case errors.Is(err, os.ErrNotExist):
		t.Logf("%s is absent: using generated articles", corpusPath)
		out = syntheticArticles(n)
	default:
		t.Fatalf("open corpus: %v", err)
	}
	if len(out) < n {
		t.Fatalf("corpus has %d articles, want %d", len(out), n)
	}
	for i := range out {
		out[i].URL = "https://news.example.org/" + url.PathEscape(out[i].ID)
	}
	return out
}

// syntheticArticles writes n short news articles from fixed name lists.
func syntheticArticles(n int) []record {
	people := []string{"Maria Keller", "John Okafor", "Li Wei", "Ana Souza", "Peter Brandt", "Fatima Haddad", "Tom Reilly", "Yuki Tanaka"}
	orgs := []string{"the European Commission", "Acme Energy", "the World Bank", "Northwind Bank", "the Labour Party", "Globex"}
	places := []string{"France", "Nigeria", "Brazil", "Japan", "Germany", "Canada"}
	verbs := []string{"criticised", "praised", "met", "urged", "warned", "supported"}
	out := make([]record, n)
	for i := range out {
		var b strings.Builder
		for s := 0; s < 6; s++ {
			k := i*7 + s*3
			p, q := people[k%len(people)], people[(k+3)%len(people)]
			o, pl, v := orgs[(k+1)%len(orgs)], places[(k+2)%len(places)], verbs[(k+s)%len(verbs)]
			fmt.Fprintf(&b, "%s %s %s in %s on Monday. ", p, v, q, pl)
			fmt.Fprintf(&b, "%s said %s would invest in %s. ", q, o, pl)
		}
		out[i] = record{ID: fmt.Sprintf("synthetic-%03d", i), Title: fmt.Sprintf("Report %d", i), Text: b.String()}
	}
	return out
}

func writeJSONL(t *testing.T, path string, recs []record) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// run runs the binary and returns its standard output, failing the test
// on a non-zero exit.
func run(t *testing.T, ctx context.Context, bin string, args ...string) []byte {
	t.Helper()
	cmd := exec.CommandContext(ctx, bin, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("newsgraph %s: %v\n%s", strings.Join(redactArgs(args), " "), err, tail(stderr.String(), 2000))
	}
	return stdout.Bytes()
}

func redactArgs(args []string) []string {
	out := slices.Clone(args)
	for i, a := range out {
		if u, err := url.Parse(a); err == nil && u.User != nil {
			out[i] = u.Redacted()
		}
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// storeStats is the part of `newsgraph stats --format json` compared here.
type storeStats struct {
	Articles   int   `json:"articles"`
	Entities   int   `json:"entities"`
	Statements int   `json:"statements"`
	Quads      int64 `json:"quads"`
}

func stats(t *testing.T, ctx context.Context, bin, store string) storeStats {
	t.Helper()
	var s storeStats
	out := run(t, ctx, bin, "stats", "--store", store, "--format", "json")
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatalf("stats json: %v\n%s", err, out)
	}
	return s
}

// ingestSummary is the part of `newsgraph ingest --format json` read here.
type ingestSummary struct {
	Summary struct {
		New       int `json:"new"`
		Updated   int `json:"updated"`
		Unchanged int `json:"unchanged"`
		Failed    int `json:"failed"`
	} `json:"summary"`
}

// TestConcurrentIngestIsTheUnion runs four ingest processes on disjoint
// slices and a fifth on a slice overlapping two of them, all at once
// against one PostgreSQL database, then ingests the union in one process
// into a fresh database and compares the two stores quad by quad.
func TestConcurrentIngestIsTheUnion(t *testing.T) {
	admin := adminURL(t)
	bin := newsgraph(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	const per, workers = 10, 4
	all := articles(t, per*workers)
	dir := t.TempDir()
	var files []string
	for w := 0; w < workers; w++ {
		f := filepath.Join(dir, fmt.Sprintf("slice-%d.jsonl", w))
		writeJSONL(t, f, all[w*per:(w+1)*per])
		files = append(files, f)
	}
	// The overlap starts with the first articles of slices 0 and 2, which
	// their own workers write at the same moment.
	overlap := append(slices.Clone(all[0:3]), all[2*per:2*per+2]...)
	of := filepath.Join(dir, "overlap.jsonl")
	writeJSONL(t, of, overlap)
	files = append(files, of)
	union := filepath.Join(dir, "union.jsonl")

	multi := freshDatabase(t, admin, "multi")
	single := freshDatabase(t, admin, "single")
	// Initialise the shared schema once, as an operator would before
	// starting the workers (concurrent first use is tested below).
	run(t, ctx, bin, "stats", "--store", multi, "--format", "json")

	start := time.Now()
	type outcome struct {
		file string
		sum  ingestSummary
		err  error
		log  string
	}
	results := make([]outcome, len(files))
	var wg sync.WaitGroup
	for i, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.CommandContext(ctx, bin, "ingest", "--store", multi, "--workers", "1", "--format", "json", "--top", "0", f)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			results[i] = outcome{file: filepath.Base(f), err: err, log: stderr.String()}
			if err == nil {
				results[i].err = json.Unmarshal(stdout.Bytes(), &results[i].sum)
			}
		}()
	}
	wg.Wait()
	t.Logf("%d concurrent ingest processes took %s", len(files), time.Since(start).Round(time.Millisecond))
	written := 0
	for _, r := range results {
		if r.err != nil {
			t.Fatalf("ingest %s: %v\n%s", r.file, r.err, tail(r.log, 3000))
		}
		s := r.sum.Summary
		if s.Failed != 0 {
			t.Errorf("ingest %s: %d articles failed\n%s", r.file, s.Failed, tail(r.log, 3000))
		}
		t.Logf("ingest %s: %d new, %d updated, %d unchanged", r.file, s.New, s.Updated, s.Unchanged)
		written += s.New
	}
	if written != len(all) {
		t.Errorf("processes wrote %d new articles in all, want %d (each article new exactly once)", written, len(all))
	}

	// Entities are resolved against the articles already stored, so the
	// store depends on the order in which articles were committed. The
	// concurrent run must equal one process ingesting the union in the
	// order the concurrent writers committed it (serialisability).
	order, err := commitOrder(ctx, multi)
	if err != nil {
		t.Fatalf("commit order: %v", err)
	}
	md := run(t, ctx, bin, "export", "--store", multi, "--format", "nquads")
	mq, err := parseNQuads(md)
	if err != nil {
		t.Fatalf("concurrent dump: %v", err)
	}
	ordered, err := inCommitOrder(all, mq, order)
	if err != nil {
		t.Fatal(err)
	}
	writeJSONL(t, union, ordered)
	run(t, ctx, bin, "ingest", "--store", single, "--format", "json", "--top", "0", union)

	ms, ss := stats(t, ctx, bin, multi), stats(t, ctx, bin, single)
	if ms.Articles != len(all) || ss.Articles != len(all) {
		t.Errorf("articles: concurrent %d, single %d, want %d", ms.Articles, ss.Articles, len(all))
	}
	if ms.Statements != ss.Statements {
		t.Errorf("statements: concurrent %d, single %d", ms.Statements, ss.Statements)
	}

	sd := run(t, ctx, bin, "export", "--store", single, "--format", "nquads")
	sq, err := parseNQuads(sd)
	if err != nil {
		t.Fatalf("single dump: %v", err)
	}
	if len(mq) == 0 {
		t.Fatal("concurrent dump is empty")
	}
	for _, p := range checkSingleValued(mq) {
		t.Errorf("concurrent store: %s", p)
	}
	mc, sc := canonical(mq), canonical(sq)
	if d := diffLines(mc, sc); d != "" {
		t.Errorf("concurrent store differs from the single-process store (- concurrent only, + single only):\n%s", d)
	}
	t.Logf("compared %d quads (%d in the single-process store)", len(mq), len(sq))
}

// commitOrder returns the article node IRIs of the PostgreSQL store at u
// in the order their quads were first inserted: Cayley's quads table numbers
// rows from a sequence (horizon), and writers that hold the store-wide lock
// from reading an article to committing it insert in commit order.
func commitOrder(ctx context.Context, u string) ([]string, error) {
	db, err := sql.Open("postgres", u)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	rows, err := db.QueryContext(ctx, `SELECT n.value_string FROM quads q JOIN nodes n ON n.hash = q.label_hash
		GROUP BY n.value_string ORDER BY min(q.horizon)`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var iri string
		if err := rows.Scan(&iri); err != nil {
			return nil, err
		}
		out = append(out, iri)
	}
	return out, rows.Err()
}

// inCommitOrder orders recs like the article nodes in order, matching them
// through the article nodes' <ng:url> or <ng:source> quads in qs.
func inCommitOrder(recs []record, qs []nq, order []string) ([]record, error) {
	byURL := map[string]record{}
	for _, r := range recs {
		byURL[r.URL] = r
	}
	urlOf := map[string]string{}
	for _, q := range qs {
		if q.s.iri != q.l.iri {
			continue
		}
		// ng:url is the canonical URL, ng:source the URL as given
		if _, ok := byURL[q.o.lit]; ok && (q.p.iri == "ng:url" || q.p.iri == "ng:source") {
			urlOf[q.s.iri] = q.o.lit
		}
	}
	var out []record
	for _, art := range order {
		r, ok := byURL[urlOf[art]]
		if !ok {
			return nil, fmt.Errorf("stored article %s (url %q) is none of the ingested articles", art, urlOf[art])
		}
		out = append(out, r)
		delete(byURL, r.URL)
	}
	if len(byURL) > 0 {
		return nil, fmt.Errorf("%d ingested articles are not in the store", len(byURL))
	}
	return out, nil
}

// TestServeWhileIngesting starts `newsgraph serve` on a PostgreSQL store
// and polls its query endpoints while another process ingests into the
// same database: every request must succeed, and the article count seen
// by the server must only grow, up to the whole batch.
func TestServeWhileIngesting(t *testing.T) {
	admin := adminURL(t)
	bin := newsgraph(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	all := articles(t, 16)
	dir := t.TempDir()
	first, rest := filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "rest.jsonl")
	writeJSONL(t, first, all[:4])
	writeJSONL(t, rest, all[4:])
	store := freshDatabase(t, admin, "serve")
	run(t, ctx, bin, "ingest", "--store", store, "--top", "0", first)

	addr := freeAddr(t)
	srv := exec.CommandContext(ctx, bin, "serve", "--store", store, "--addr", addr)
	var srvLog bytes.Buffer
	srv.Stdout, srv.Stderr = &srvLog, &srvLog
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		srv.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- srv.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			srv.Process.Kill()
			<-done
		}
	}()
	base := "http://" + addr
	client := &http.Client{Timeout: 20 * time.Second}
	if err := waitUp(ctx, client, base+"/api/newsgraph/stats"); err != nil {
		t.Fatalf("server did not come up: %v\n%s", err, tail(srvLog.String(), 2000))
	}

	ing := exec.CommandContext(ctx, bin, "ingest", "--store", store, "--workers", "1", "--top", "0", rest)
	var ingLog bytes.Buffer
	ing.Stdout, ing.Stderr = &ingLog, &ingLog
	if err := ing.Start(); err != nil {
		t.Fatal(err)
	}
	ingDone := make(chan error, 1)
	go func() { ingDone <- ing.Wait() }()

	gizmo := `g.V().Has("<rdf:type>", "<ng:Article>").Count()`
	requests, last := 0, 4
	var ingErr error
	polling := true
	for polling {
		select {
		case ingErr = <-ingDone:
			polling = false
		case <-time.After(150 * time.Millisecond):
		}
		n, err := articleCount(client, base)
		if err != nil {
			t.Fatalf("stats during ingestion (request %d): %v", requests+1, err)
		}
		if n < last {
			t.Errorf("article count went down from %d to %d", last, n)
		}
		last = n
		body, err := post(client, base+"/api/v2/query?lang=gizmo", gizmo)
		if err != nil {
			t.Fatalf("gizmo query during ingestion (request %d): %v", requests+1, err)
		}
		if !bytes.Contains(body, []byte(`"result"`)) {
			t.Fatalf("gizmo query answered without a result: %s", tail(string(body), 500))
		}
		requests += 2
	}
	if ingErr != nil {
		t.Fatalf("ingest while serving: %v\n%s", ingErr, tail(ingLog.String(), 3000))
	}
	n, err := articleCount(client, base)
	if err != nil {
		t.Fatal(err)
	}
	if n != len(all) {
		t.Errorf("server sees %d articles after ingestion, want %d", n, len(all))
	}
	if requests < 4 {
		t.Errorf("only %d requests made while ingesting", requests)
	}
	t.Logf("%d requests answered while another process ingested %d articles", requests, len(all)-4)
}

func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func waitUp(ctx context.Context, c *http.Client, u string) error {
	deadline := time.Now().Add(60 * time.Second)
	var last error
	for time.Now().Before(deadline) && ctx.Err() == nil {
		resp, err := c.Get(u)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("status %s", resp.Status)
		}
		last = err
		time.Sleep(200 * time.Millisecond)
	}
	return last
}

func get(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return b, fmt.Errorf("GET %s: %s: %s", u, resp.Status, tail(string(b), 500))
	}
	return b, nil
}

func post(c *http.Client, u, body string) ([]byte, error) {
	resp, err := c.Post(u, "text/plain", strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return b, fmt.Errorf("POST %s: %s: %s", u, resp.Status, tail(string(b), 500))
	}
	return b, nil
}

func articleCount(c *http.Client, base string) (int, error) {
	b, err := get(c, base+"/api/newsgraph/stats")
	if err != nil {
		return 0, err
	}
	var s storeStats
	if err := json.Unmarshal(b, &s); err != nil {
		return 0, fmt.Errorf("stats json: %w: %s", err, tail(string(b), 300))
	}
	return s.Articles, nil
}
