package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// The newsgraph binary, built once for the tests that run it.
var (
	binOnce sync.Once
	binDir  string
	binPath string
	binErr  error
)

// buildBinary builds the newsgraph command once per test run and returns
// its path.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "newsgraph-test-bin-")
		if binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "newsgraph")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// syntheticCorpus writes n small articles as JSON Lines, built from a
// fixed seed out of a few actors, verbs and places.
func syntheticCorpus(t *testing.T, path string, n int) {
	t.Helper()
	people := []string{"Steve Witkoff", "Yuri Ushakov", "Marco Rubio", "Kirill Dmitriev", "Andriy Yermak",
		"Emmanuel Macron", "Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Recep Tayyip Erdogan",
		"Xi Jinping", "Narendra Modi", "Luiz Inacio Lula da Silva", "Cyril Ramaphosa", "Fumio Kishida"}
	verbs := []string{"met", "called", "thanked", "criticised", "praised", "warned", "visited", "congratulated"}
	places := []string{"Geneva", "Berlin", "Paris", "Ankara", "Rome", "London", "Istanbul", "Riyadh"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	r := rand.New(rand.NewPCG(2025, 10))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range n {
		a, c := pick(people), pick(people)
		for c == a {
			c = pick(people)
		}
		d := pick(people)
		text := fmt.Sprintf("%s %s %s in %s on %s.\n", a, pick(verbs), c, pick(places), pick(days))
		if i%2 == 0 {
			text += fmt.Sprintf("%s told %s that the talks would continue.\n", c, d)
		}
		rec := map[string]string{"id": fmt.Sprintf("syn-%03d", i), "title": fmt.Sprintf("Story %d", i), "published": fmt.Sprintf("2025-10-%02dT12:00:00Z", 1+i%28), "text": text}
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
	}
	writeFile(t, path, b.String())
}

// dumpStore opens a bolt store and returns its sorted N-Quads, without
// the article ingestion times (the one value that differs between runs).
func dumpStore(t *testing.T, path string) []string {
	t.Helper()
	s, err := graph.Open(t.Context(), graph.Config{Store: path})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer s.Close()
	var keep []string
	for _, l := range storeDump(t, s) {
		if !strings.Contains(l, "<ng:ingested>") && l != "" {
			keep = append(keep, l)
		}
	}
	return keep
}

// timedRun runs the binary to completion and returns, from the start, when
// the first and last article were counted (from the progress log) and
// when it exited.
func timedRun(t *testing.T, bin string, args ...string) (first, last, end time.Duration) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_INGEST_PROGRESS_EVERY=1ns")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	var tail []string
	for sc.Scan() {
		if strings.Contains(sc.Text(), "ingest progress") {
			if first == 0 {
				first = time.Since(start)
			}
			last = time.Since(start)
		} else {
			tail = append(tail, sc.Text())
		}
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, strings.Join(tail, "\n"))
	}
	return first, last, time.Since(start)
}

// TestCrashSafety kills `newsgraph ingest` with SIGKILL at random moments
// of a 200-article batch, reruns it, and checks that the store then holds
// exactly the quads of an uninterrupted run. The runs use --nosync: a
// killed process leaves its writes in the operating system's cache, so
// fsync only matters for power cuts, which this test cannot simulate.
func TestCrashSafety(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "batch.jsonl")
	syntheticCorpus(t, corpus, 200)

	ref := filepath.Join(dir, "ref.db")
	first, last, end := timedRun(t, bin, "ingest", "--nosync", "--store", ref, "--top", "0", corpus)
	want := dumpStore(t, ref)
	if n := strings.Count(strings.Join(want, "\n"), "<rdf:type> <ng:Article>"); n != 200 {
		t.Fatalf("uninterrupted run stored %d articles, want 200", n)
	}
	t.Logf("uninterrupted run: first article at %s, last at %s, exit at %s; %d quads", first, last, end, len(want))

	const trials = 20
	r := rand.New(rand.NewPCG(6, 2))
	// Each trial kills the process right after it reports its k-th
	// article done (k = 0: a moment before the first), k drawn at random:
	// the kill lands between, or in the middle of, two writes.
	ks := make([]int, trials)
	for i := range ks {
		ks[i] = r.IntN(200)
	}
	var mu sync.Mutex
	partial := 0
	t.Run("trials", func(t *testing.T) {
		for i, k := range ks {
			t.Run(fmt.Sprintf("kill-after-%d", k), func(t *testing.T) {
				t.Parallel()
				db := filepath.Join(dir, fmt.Sprintf("trial-%02d.db", i))
				args := []string{"ingest", "--nosync", "--store", db, "--top", "0", "--format", "json", corpus}
				cmd := exec.Command(bin, args...)
				cmd.Env = append(os.Environ(), "NEWSGRAPH_INGEST_PROGRESS_EVERY=1ns")
				stderr, err := cmd.StderrPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				if k == 0 {
					time.Sleep(first * 9 / 10)
				} else {
					sc := bufio.NewScanner(stderr)
					for done := 0; done < k && sc.Scan(); {
						if strings.Contains(sc.Text(), "ingest progress") {
							done++
						}
					}
				}
				if err := cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
					t.Fatal(err)
				}
				_, _ = io.Copy(io.Discard, stderr) // drain until the pipe closes
				_ = cmd.Wait()                     // killed: the error only says so
				out, err := exec.Command(bin, args...).Output()
				if err != nil {
					t.Fatalf("rerun after the kill: %v\n%s", err, out)
				}
				var rep ingestReport
				decodeJSON(t, string(out), &rep)
				// What the killed run had stored is unchanged in the rerun.
				if kept := rep.Summary.Unchanged; kept > 0 && kept < 200 {
					mu.Lock()
					partial++
					mu.Unlock()
				}
				if got := dumpStore(t, db); strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("killed with %d articles stored: the store differs from the uninterrupted run:\n%s", rep.Summary.Unchanged, diffLines(want, got))
				}
			})
		}
	})
	t.Logf("%d of %d kills landed mid-batch", partial, trials)
	if partial < trials/2 {
		t.Errorf("only %d of %d kills landed while articles were being written; the test did not test much", partial, trials)
	}
}

// TestStoreInUse: while one process holds a bolt store, another gets a
// clear "store in use (pid N)" error at once instead of hanging.
func TestStoreInUse(t *testing.T) {
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "news.db")
	holder := exec.Command(bin, "ingest", "--store", db, "--top", "0", "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var holderOut bytes.Buffer
	holder.Stdout, holder.Stderr = &holderOut, &holderOut
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Process.Kill()
	// The holder opens the store before it reads standard input.
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the holder never opened the store:\n%s", holderOut.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)

	for _, args := range [][]string{{"stats"}, {"query", `g.V().All()`}, {"ingest", "-"}} {
		cmd := exec.Command(bin, append(args, "--store", db)...)
		cmd.Stdin = strings.NewReader("Steve Witkoff met Yuri Ushakov.\n")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		done := make(chan error, 1)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- cmd.Wait() }()
		select {
		case err = <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v hung on a store in use", args)
		}
		took := time.Since(start)
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != exitStoreInUse {
			t.Errorf("%v: %v, want exit status %d", args, err, exitStoreInUse)
		}
		want := fmt.Sprintf("store in use (pid %d)", holder.Process.Pid)
		if msg := stderr.String(); !strings.Contains(msg, want) || strings.Count(msg, "\n") != 1 {
			t.Errorf("%v: stderr %q, want one line with %q", args, msg, want)
		}
		if took > 5*time.Second {
			t.Errorf("%v took %s to fail", args, took)
		}
	}

	if _, err := io.WriteString(stdin, "Steve Witkoff met Yuri Ushakov in Moscow.\n"); err != nil {
		t.Fatal(err)
	}
	stdin.Close()
	if err := holder.Wait(); err != nil {
		t.Fatalf("holder: %v\n%s", err, holderOut.String())
	}
	out, err := exec.Command(bin, "stats", "--store", db, "--format", "json").CombinedOutput()
	if err != nil {
		t.Fatalf("stats after the holder left: %v\n%s", err, out)
	}
	var st graph.Stats
	decodeJSON(t, string(out), &st)
	if st.Articles != 1 {
		t.Errorf("articles = %d, want 1", st.Articles)
	}
}

// TestInterruptCLI: SIGINT stops a batch after the articles in hand, with
// a summary and exit status 130; the articles written are complete, and a
// rerun finishes the batch.
func TestInterruptCLI(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "batch.jsonl")
	syntheticCorpus(t, corpus, 200)
	db := filepath.Join(dir, "news.db")
	args := []string{"ingest", "--nosync", "--store", db, "--top", "0", corpus}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "NEWSGRAPH_INGEST_PROGRESS_EVERY=1ns")
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stderr)
	signalled := false
	for sc.Scan() {
		if !signalled && strings.Contains(sc.Text(), "ingest progress") {
			if err := cmd.Process.Signal(os.Interrupt); err != nil {
				t.Fatal(err)
			}
			signalled = true
		}
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
		t.Fatalf("exit: %v, want status %d\n%s", err, exitInterrupted, stdout.String())
	}
	if !strings.Contains(stdout.String(), "interrupted; run the same command again to finish") {
		t.Errorf("no summary on interrupt:\n%s", stdout.String())
	}
	var n int
	if _, err := fmt.Sscanf(stdout.String(), "articles:   %d new", &n); err != nil || n < 1 || n >= 200 {
		t.Errorf("interrupted run wrote %d articles (%v), want some, not all:\n%s", n, err, stdout.String())
	}
	out, err := exec.Command(bin, append(args[:len(args)-1], "--format", "json", corpus)...).Output()
	if err != nil {
		t.Fatalf("rerun: %v", err)
	}
	var rep ingestReport
	decodeJSON(t, string(out), &rep)
	if rep.Summary.Unchanged != n || rep.Summary.New != 200-n {
		t.Errorf("rerun: %d unchanged, %d new; want %d and %d", rep.Summary.Unchanged, rep.Summary.New, n, 200-n)
	}
}
