package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAliasesEndToEnd edits aliases.yaml under a bolt store holding two
// articles and follows the user's path: the warning on the next command,
// aliases check, aliases apply, and the store afterwards.
func TestAliasesEndToEnd(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "news.db")
	aliases := filepath.Join(dir, "aliases.yaml")
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("aliases.yaml", "entities: []\n")
	other := write("ushakov.txt", "Kremlin aide Ushakov met Sergei Lavrov in Moscow on Monday. Ushakov told Lavrov that the talks would continue.\n")
	run := func(args ...string) (string, string) {
		t.Helper()
		code, out, errOut := cli(t, "", append([]string{"--store", db}, args...)...)
		if code != 0 {
			t.Fatalf("newsgraph %s: exit %d\nstdout %s\nstderr %s", strings.Join(args, " "), code, out, errOut)
		}
		return out, errOut
	}
	env := func(args ...string) (string, string) {
		t.Helper()
		t.Setenv("NEWSGRAPH_GRAPH_ALIAS_FILE", aliases)
		return run(args...)
	}
	stats := func() graph.Stats {
		t.Helper()
		out, _ := run("stats", "--format", "json")
		var st graph.Stats
		decodeJSON(t, out, &st)
		return st
	}

	// ingest with the (empty) alias file from the start: nothing to warn of
	if _, errOut := env("ingest", repoFile(t, seedArticle), other); strings.Contains(errOut, "aliases apply") {
		t.Errorf("ingest with an unchanged alias file warned:\n%s", errOut)
	}
	before := stats()
	if before.Articles != 2 || before.Statements == 0 {
		t.Fatalf("stats after ingest = %+v", before)
	}
	out, _ := env("evidence", "Yuri Ushakov", "Sergei Lavrov")
	if !strings.Contains(out, "between Yuri Ushakov and Sergei Lavrov") {
		t.Fatalf("before the split the second article's Ushakov should be Yuri Ushakov:\n%s", out)
	}

	write("aliases.yaml", "entities:\n  - name: Donald Trump\n    type: Person\n    aliases: [Trump]\nseparate:\n  - name: Yuri Ushakov\n")
	if _, errOut := env("paths", "Witkoff", "Trump"); !strings.Contains(errOut, "newsgraph aliases apply") {
		t.Errorf("paths after editing the alias file did not warn:\n%s", errOut)
	}
	out, _ = env("aliases", "check", "--format", "json")
	var rep aliasReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("aliases check --format json: %v\n%s", err, out)
	}
	moves := map[string]string{}
	for _, c := range rep.Changes {
		moves[c.From] = c.To
	}
	if !rep.Changed || moves["Trump"] != "Donald Trump" || moves["Yuri Ushakov"] != "Ushakov" {
		t.Errorf("aliases check = %+v, want changed with Trump → Donald Trump and Yuri Ushakov → Ushakov", rep)
	}
	if st := stats(); st.Entities != before.Entities || st.Quads != before.Quads {
		t.Errorf("aliases check changed the store: %+v, was %+v", st, before)
	}
	out, _ = env("aliases", "check")
	if !strings.Contains(out, "changed since") && !strings.Contains(out, "never applied") || !strings.Contains(out, "→ Donald Trump") {
		t.Errorf("aliases check table:\n%s", out)
	}

	out, _ = env("aliases", "apply")
	if !strings.Contains(out, "re-resolved 2 articles") || !strings.Contains(out, "up to date") {
		t.Errorf("aliases apply:\n%s", out)
	}
	after := stats()
	if after.Articles != before.Articles || after.Statements != before.Statements || after.Entities != before.Entities+1 {
		t.Errorf("after apply: %+v; before: %+v; want the same articles and statements and one entity more (the split)", after, before)
	}
	out, errOut := env("paths", "Witkoff", "Donald Trump")
	if strings.Contains(errOut, "aliases apply") || !strings.Contains(out, "→ Donald Trump") {
		t.Errorf("paths after apply:\nstdout %s\nstderr %s", out, errOut)
	}
	out, _ = env("evidence", "Ushakov", "Sergei Lavrov")
	if !strings.Contains(out, "between Ushakov and Sergei Lavrov") {
		t.Errorf("after the split the second article's Ushakov is its own node:\n%s", out)
	}
	if out, _ = env("aliases", "check"); !strings.Contains(out, "up to date") || !strings.Contains(out, "move no entity") {
		t.Errorf("aliases check after apply:\n%s", out)
	}
	// the --alias-file flag does what the variable does
	t.Setenv("NEWSGRAPH_GRAPH_ALIAS_FILE", "")
	if out, _ = run("aliases", "check", "--alias-file", aliases); !strings.Contains(out, "up to date") {
		t.Errorf("aliases check --alias-file:\n%s", out)
	}
}
