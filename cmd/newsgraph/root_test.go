package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/config"
	"github.com/newsgraph/newsgraph/schema"
)

// testApp is an app over buffers.
type testApp struct {
	*app
	out, errOut *bytes.Buffer
}

// newTestApp returns an app whose output goes to buffers, whose standard
// input is stdin, with the default configuration on a memory store and
// newsgraph.yaml looked for in an empty directory.
func newTestApp(t *testing.T, stdin string) *testApp {
	t.Helper()
	var out, errOut bytes.Buffer
	a := newApp(strings.NewReader(stdin), &out, &errOut)
	a.configDir = t.TempDir()
	a.cfg.Graph.Store = "memory:"
	return &testApp{app: a, out: &out, errOut: &errOut}
}

// cli runs a whole command line on a fresh test app and returns its exit
// status, standard output and standard error.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	ta := newTestApp(t, stdin)
	code := execute(t.Context(), ta.app, args)
	return code, ta.out.String(), ta.errOut.String()
}

// repoFile returns the path of a file of the repository's testdata.
func repoFile(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEveryCommandHasHelpWithExample(t *testing.T) {
	root := newRootCommand(newTestApp(t, "").app)
	var walk func(c *cobra.Command)
	seen := 0
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Name() == "help" || sub.Name() == "completion" || sub.Hidden {
				continue
			}
			seen++
			t.Run(sub.CommandPath(), func(t *testing.T) {
				if strings.TrimSpace(sub.Example) == "" {
					t.Errorf("%s has no Example", sub.CommandPath())
				}
				if !strings.Contains(sub.Example, sub.CommandPath()) {
					t.Errorf("%s: the example does not run the command:\n%s", sub.CommandPath(), sub.Example)
				}
				args := append(strings.Fields(strings.TrimPrefix(sub.CommandPath(), "newsgraph ")), "--help")
				code, out, errOut := cli(t, "", args...)
				if code != 0 || !strings.Contains(out, "Examples:") || errOut != "" {
					t.Errorf("%v: exit %d, stderr %q, stdout lacks examples:\n%s", args, code, errOut, out)
				}
			})
			walk(sub)
		}
	}
	walk(root)
	if seen < 5 {
		t.Errorf("only %d commands", seen)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
		code int
	}{
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`, exitUsage},
		{"unknown flag", []string{"ingest", "--frob", "x"}, "unknown flag: --frob", exitUsage},
		{"ingest without paths", []string{"ingest"}, "needs at least one", exitUsage},
		{"query without query", []string{"query"}, "takes one query", exitUsage},
		{"query with two", []string{"query", "a", "b"}, "takes one query", exitUsage},
		{"bad stats format", []string{"stats", "--format", "xml"}, "--format must be table or json", exitUsage},
		{"bad ingest format", []string{"ingest", "--format", "xml", "x"}, "--format must be text or json", exitUsage},
		{"bad log level", []string{"stats", "--log-level", "loud"}, "config: log.level", exitUsage},
		{"bad lang", []string{"query", "--lang", "sparql", "x"}, "config: query.lang", exitUsage},
		{"bad workers", []string{"ingest", "--workers", "-2", "x"}, "config: ingest.workers", exitUsage},
		{"bad every", []string{"watch", "--every", "1ms", "x"}, "config: ingest.every", exitUsage},
		{"not a number", []string{"ingest", "--workers", "many", "x"}, `invalid argument "many"`, exitUsage},
		{"missing config file", []string{"stats", "--config", "/nonexistent/newsgraph.yaml"}, "/nonexistent/newsgraph.yaml", exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := cli(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.HasPrefix(errOut, "newsgraph: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr %q, want one line \"newsgraph: ...%s...\"", errOut, tt.want)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

// TestStoreSetting: the store named by the flag, NEWSGRAPH_STORE and
// newsgraph.yaml reaches the command, flag first, then environment, then
// file.
func TestStoreSetting(t *testing.T) {
	tests := []struct {
		name, file, env, flag, want string
	}{
		{name: "default", want: "newsgraph.db"},
		{name: "file", file: "f.db", want: "f.db"},
		{name: "env over file", file: "f.db", env: "e.db", want: "e.db"},
		{name: "flag over env and file", file: "f.db", env: "e.db", flag: "x.db", want: "x.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ta := newTestApp(t, "")
			if tt.file != "" {
				if err := os.WriteFile(filepath.Join(ta.configDir, config.FileName), []byte("graph:\n  store: "+tt.file+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tt.env != "" {
				t.Setenv("NEWSGRAPH_STORE", tt.env)
			}
			root := newRootCommand(ta.app)
			var got string
			probe := &cobra.Command{Use: "probe", RunE: func(*cobra.Command, []string) error {
				got = ta.cfg.Graph.Store
				return nil
			}}
			root.AddCommand(probe)
			args := []string{"probe"}
			if tt.flag != "" {
				args = append(args, "--store", tt.flag)
			}
			root.SetArgs(args)
			if err := root.ExecuteContext(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("store = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestExitCode(t *testing.T) {
	if exitCode(nil) != exitOK {
		t.Error("nil is not exit 0")
	}
	if exitCode(usageErrorf("x")) != exitUsage {
		t.Error("usage error is not exit 2")
	}
}

// decodeJSON parses a command's JSON output.
func decodeJSON(t *testing.T, out string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
}

// memStore opens a throwaway memory store closed at the end of the test.
func memStore(t *testing.T) *graph.Store {
	t.Helper()
	s, err := graph.Open(t.Context(), graph.Config{Store: "memory:"})
	if err != nil {
		t.Fatalf("open memory store: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close memory store: %v", err)
		}
	})
	return s
}

func TestActorTally(t *testing.T) {
	st := func(s, o string, ot schema.EntityType, mod schema.Modality, neg bool) schema.Statement {
		return schema.Statement{Subject: s, SubjectType: schema.Person, Predicate: "meet", Object: o, ObjectType: ot, Modality: mod, Negated: neg}
	}
	var tally actorTally
	tally.add(schema.Article{}, &schema.Extraction{Statements: []schema.Statement{
		st("A", "B", schema.Person, schema.Asserted, false),
		st("A", "C", schema.Country, schema.Reported, false),
		st("A", "B", schema.Person, schema.Asserted, false),
		st("B", "C", schema.Country, schema.Hypothetical, false), // not a fact
		st("B", "D", schema.Person, schema.Asserted, true),       // negated
		st("B", "a plan", schema.Thing, schema.Asserted, false),  // not an actor
	}}, graph.WriteResult{})
	tally.add(schema.Article{}, nil, graph.WriteResult{})
	got := fmt.Sprint(tally.top(10))
	want := "[{A Person 3 2} {B Person 2 1} {C Country 1 1}]"
	if got != want {
		t.Errorf("top = %s, want %s", got, want)
	}
	if got := tally.top(1); len(got) != 1 || got[0].Name != "A" {
		t.Errorf("top(1) = %v", got)
	}
}
