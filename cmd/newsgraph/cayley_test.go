package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// cayleyModule is the Cayley version graph/ is built on.
const cayleyModule = "github.com/cayleygraph/cayley"

// cayleyVersion reads the pinned Cayley version from the repository's go.mod.
func cayleyVersion(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*(?:require\s+)?` + regexp.QuoteMeta(cayleyModule) + `\s+(\S+)`).FindSubmatch(b)
	if m == nil {
		t.Fatalf("go.mod does not require %s", cayleyModule)
	}
	return string(m[1])
}

// buildCayley builds the real cayley command at version in a throwaway
// module, from the module cache only (GOPROXY=off). The binary is kept in
// the user cache directory between runs. It skips the test when the
// module cache cannot provide the build.
func buildCayley(t *testing.T, version string) string {
	t.Helper()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "newsgraph-test", "cayley-"+version)
	bin := filepath.Join(dir, "cayley")
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	mod := t.TempDir()
	gomod := fmt.Sprintf("module cayleycli\n\ngo 1.24\n\nrequire %s %s\n", cayleyModule, version)
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(gomod), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	tmp := bin + fmt.Sprintf(".%d", os.Getpid())
	cmd := exec.Command("go", "build", "-o", tmp, cayleyModule+"/cmd/cayley")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOSUMDB=off", "GOWORK=off")
	start := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Skipf("cannot build cayley %s offline from the module cache: %v\n%s", version, err, lastLines(string(out), 5))
	}
	if err := os.Rename(tmp, bin); err != nil {
		t.Fatal(err)
	}
	t.Logf("built cayley %s in %s", version, time.Since(start).Round(time.Second))
	return bin
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}

// TestCayleyCLIReadsStore: the bolt store newsgraph writes opens in the
// real cayley command of the same version, which answers a Gizmo query as
// newsgraph does.
func TestCayleyCLIReadsStore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the cayley command; skipped with -short")
	}
	cayley := buildCayley(t, cayleyVersion(t))
	db := filepath.Join(t.TempDir(), "news.db")
	if code, out, errOut := cli(t, "", "ingest", "--store", db, "--top", "0", repoFile(t, seedArticle)); code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errOut)
	}
	queries := []string{
		`g.V().Has("<ng:name>", "Steve Witkoff").Out("<ng:p/suggest>").Out("<ng:name>").All()`,
		`g.V().Has("<ng:name>", "Steve Witkoff").In("<ng:subject>").Has("<ng:object>", g.V().Has("<ng:name>", "Yuri Ushakov").ToValue()).Out("<ng:sentence>").All()`,
	}
	for _, q := range queries {
		code, out, errOut := cli(t, "", "query", "--store", db, q)
		if code != 0 {
			t.Fatalf("newsgraph query: exit %d: %s", code, errOut)
		}
		var ours []map[string]any
		decodeJSON(t, out, &ours)
		if len(ours) == 0 {
			t.Fatalf("newsgraph finds nothing for %s", q)
		}

		cmd := exec.Command(cayley, "query", "--db", "bolt", "--dbpath", db, "--lang", "gizmo", "--limit", "1000")
		cmd.Stdin = strings.NewReader(q)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("cayley query: %v\n%s", err, lastLines(stderr.String(), 10))
		}
		var theirs []map[string]any
		sc := bufio.NewScanner(&stdout)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var m map[string]any
			if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
				t.Fatalf("cayley output line %q: %v", sc.Text(), err)
			}
			theirs = append(theirs, m)
		}
		if a, b := resultSet(ours), resultSet(theirs); a != b {
			t.Errorf("query %s\nnewsgraph: %s\ncayley:    %s", q, a, b)
		}
	}
}

// resultSet renders query results order-independently.
func resultSet(res []map[string]any) string {
	var out []string
	for _, r := range res {
		b, _ := json.Marshal(r) // map of decoded JSON values always encodes
		out = append(out, string(b))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}
