package graph_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// Child processes: the test binary re-runs itself with one of these set.
const (
	envOpenChild  = "NEWSGRAPH_GRAPH_TEST_OPEN"  // open the store at this path and report
	envWriteChild = "NEWSGRAPH_GRAPH_TEST_WRITE" // rewrite an article in the store at this path forever
)

func TestMain(m *testing.M) {
	if path := os.Getenv(envOpenChild); path != "" {
		s, err := graph.Open(context.Background(), graph.Config{Store: path})
		if err != nil {
			fmt.Println("open error:", err, errors.Is(err, graph.ErrStoreInUse))
			os.Exit(3)
		}
		s.Close()
		fmt.Println("opened")
		os.Exit(0)
	}
	if path := os.Getenv(envWriteChild); path != "" {
		os.Exit(writeForever(path))
	}
	os.Exit(m.Run())
}

func TestStoreInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "held.db")
	s := openWith(t, graph.Config{Store: path})
	graphtest.Write(t, s, graphtest.SeedArticle(), graphtest.SeedExtraction())

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envOpenChild+"="+path)
	out, err := cmd.CombinedOutput()
	elapsed := time.Since(start)
	if ctx.Err() != nil {
		t.Fatalf("second process hung opening a held store (killed after %v)", elapsed)
	}
	want := fmt.Sprintf("graph: store in use (pid %d) true", os.Getpid())
	if err == nil || !strings.Contains(string(out), want) {
		t.Errorf("second open: err %v, output %q; want %q", err, out, want)
	}
	if elapsed > 10*time.Second {
		t.Errorf("second open took %v, want an immediate answer", elapsed)
	}

	// In the same process a second Open fails the same way.
	if _, err := graph.Open(context.Background(), graph.Config{Store: path}); !errors.Is(err, graph.ErrStoreInUse) {
		t.Errorf("second Open in process: %v, want ErrStoreInUse", err)
	}

	// Once closed, another process opens it.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	cmd = exec.CommandContext(ctx, os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envOpenChild+"="+path)
	if out, err := cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "opened") {
		t.Errorf("open after close: %v %q", err, out)
	}
}

// crashVersions returns two versions of one article, each with enough
// statements that a write takes a while.
func crashVersions() [2]struct {
	a schema.Article
	x *schema.Extraction
} {
	var v [2]struct {
		a schema.Article
		x *schema.Extraction
	}
	for i := range v {
		a := graphtest.SeedArticle()
		a.Hash = strings.Repeat(strconv.Itoa(i+1), 64)
		a.Title = fmt.Sprintf("version %d", i+1)
		x := graphtest.SeedExtraction()
		base := x.Statements
		for n := 0; n < 150; n++ {
			st := base[n%len(base)]
			st.SentenceText = fmt.Sprintf("v%d sentence %d: %s", i+1, n, st.SentenceText)
			st.Confidence = float64((n+i)%10) / 10
			x.Statements = append(x.Statements, st)
		}
		if i == 1 {
			x.Statements = x.Statements[3:]
			x.Entities = append(x.Entities, schema.Entity{Name: "Emmanuel Macron", Type: schema.Person, Aliases: []string{"Macron"}})
			x.Statements = append(x.Statements, schema.Statement{Subject: "Emmanuel Macron", SubjectType: schema.Person,
				Predicate: "call", Object: "Vladimir Putin", ObjectType: schema.Person, Modality: schema.Asserted, Confidence: 0.9})
		}
		v[i].a, v[i].x = a, x
	}
	return v
}

// writeForever alternates the two versions of the crash article; the
// parent kills it at a random moment.
func writeForever(path string) int {
	s, err := graph.Open(context.Background(), graph.Config{Store: path, NoSync: true})
	if err != nil {
		fmt.Println("open:", err)
		return 3
	}
	v := crashVersions()
	fmt.Println("ready")
	for i := 0; ; i++ {
		if _, err := s.WriteArticle(context.Background(), v[i%2].a, v[i%2].x); err != nil {
			fmt.Println("write:", err)
			return 4
		}
	}
}

// TestCrashSafety kills a writer with SIGKILL at random moments while it
// replaces an article back and forth, and checks after each kill that the
// store holds exactly one whole version.
func TestCrashSafety(t *testing.T) {
	trials := 12
	if testing.Short() {
		trials = 3
	}
	v := crashVersions()
	var want [2][]string
	for i := range v {
		ref := graph.NewTestStore(t)
		graphtest.Write(t, ref, v[i].a, v[i].x)
		want[i] = graphtest.Dump(t, ref)
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	s := openWith(t, graph.Config{Store: path})
	graphtest.Write(t, s, v[0].a, v[0].x)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	seen := [2]int{}
	for trial := range trials {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envWriteChild+"="+path)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		if strings.TrimSpace(line) != "ready" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("trial %d: child said %q", trial, line)
		}
		time.Sleep(time.Duration(20+rng.IntN(400)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		cmd.Wait()

		s, err := graph.Open(context.Background(), graph.Config{Store: path})
		if err != nil {
			t.Fatalf("trial %d: reopen: %v", trial, err)
		}
		got := graphtest.Dump(t, s)
		s.Close()
		switch {
		case slices.Equal(got, want[0]):
			seen[0]++
		case slices.Equal(got, want[1]):
			seen[1]++
		default:
			t.Fatalf("trial %d: store holds neither whole version (%d quads; versions have %d and %d)", trial, len(got), len(want[0]), len(want[1]))
		}
	}
	t.Logf("after %d kills: old version %d times, new version %d times", trials, seen[0], seen[1])
}

func TestPostgresPasswordRedacted(t *testing.T) {
	// Nothing listens on port 1: the connection fails and the error must
	// not show the password.
	u := "postgres://alice:s3cr3t-pw@127.0.0.1:1/news?sslmode=disable&connect_timeout=2"
	_, err := graph.Open(context.Background(), graph.Config{Store: u})
	if err == nil {
		t.Fatal("open of an unreachable server succeeded")
	}
	if strings.Contains(err.Error(), "s3cr3t") {
		t.Errorf("error shows the password: %v", err)
	}
	if !strings.Contains(err.Error(), "alice") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Errorf("error does not say which server failed: %v", err)
	}
}

func TestAliasFileErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, body, want string }{
		{"bad yaml", "entities: [", "alias file"},
		{"empty name", "entities:\n  - aliases: [x]\n", "name is empty"},
		{"alias twice", "entities:\n  - name: A\n    aliases: [x]\n  - name: B\n    aliases: [x]\n", `alias "x" given to both`},
		{"missing file", "", "no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".yaml")
			if tc.body != "" {
				if err := os.WriteFile(path, []byte(tc.body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := graph.Open(context.Background(), graph.Config{Store: graph.MemoryStore, AliasFile: path})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Open with %s: %v, want error containing %q", tc.name, err, tc.want)
			}
		})
	}
}
