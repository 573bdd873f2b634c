package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// secretPW is the password of the unreachable stores below; nothing may
// print it.
const secretPW = "S3cr3tPW"

// closedStores are PostgreSQL connection strings with a password, in each
// form a store accepts, on port 1 where nothing listens.
var closedStores = []struct{ name, store string }{
	{"url user information", "postgres://alice:" + secretPW + "@127.0.0.1:1/db?sslmode=disable&connect_timeout=2"},
	{"url query parameter", "postgres://alice@127.0.0.1:1/db?sslmode=disable&password=" + secretPW + "&connect_timeout=2"},
	{"key=value", "host=127.0.0.1 port=1 user=alice password=" + secretPW + " dbname=db sslmode=disable connect_timeout=2"},
}

// TestStorePasswordNeverPrinted runs every command that opens the store
// on an unreachable PostgreSQL server, with the password in each place a
// connection string can hold one, given as --store and as
// NEWSGRAPH_STORE, at debug level: the command fails, says which server,
// and its output never shows the password.
func TestStorePasswordNeverPrinted(t *testing.T) {
	article := filepath.Join(t.TempDir(), "a.txt")
	writeFile(t, article, "Steve Witkoff met Yuri Ushakov in Moscow.\n")
	commands := [][]string{
		{"stats"},
		{"stats", "--format", "json"},
		{"export", "--format", "graphml"},
		{"query", "g.V().All()"},
		{"paths", "Witkoff", "Putin"},
		{"actors"},
		{"ingest", article},
		{"serve", "--addr", "127.0.0.1:0"},
		{"watch", "--every", "1h", article},
	}
	for _, st := range closedStores {
		for _, via := range []string{"flag", "env"} {
			for _, cmd := range commands {
				t.Run(st.name+"/"+via+"/"+cmd[0], func(t *testing.T) {
					args := append([]string{"--log-level", "debug"}, cmd...)
					if via == "flag" {
						args = append([]string{"--store", st.store}, args...)
					} else {
						t.Setenv("NEWSGRAPH_STORE", st.store)
					}
					code, out, errOut := runUntil(t, args, "ingest run failed")
					if strings.Contains(out+errOut, secretPW) {
						t.Errorf("newsgraph %s printed the password:\nstdout: %s\nstderr: %s", cmd[0], out, errOut)
					}
					if cmd[0] != "watch" && code == 0 {
						t.Errorf("newsgraph %s on an unreachable server: exit 0", cmd[0])
					}
					if !strings.Contains(errOut, "127.0.0.1") || !strings.Contains(errOut, "xxxxx") {
						t.Errorf("newsgraph %s does not say which server failed, password hidden:\n%s", cmd[0], errOut)
					}
				})
			}
		}
	}
}

// runUntil runs a command line in this process and returns its exit
// status and output. A command that keeps running (watch) is stopped once
// its standard error contains stop.
func runUntil(t *testing.T, args []string, stop string) (int, string, string) {
	t.Helper()
	var out, errOut syncBuffer
	a := newApp(strings.NewReader(""), &out, &errOut)
	a.configDir = t.TempDir()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- execute(ctx, a, args) }()
	for {
		select {
		case code := <-done:
			return code, out.String(), errOut.String()
		case <-time.After(20 * time.Millisecond):
			if strings.Contains(errOut.String(), stop) {
				cancel()
			}
		}
	}
}

// TestStorePasswordNeverPrintedByBinary runs the built binary, as a user
// would, with the store in NEWSGRAPH_STORE and on the command line.
func TestStorePasswordNeverPrintedByBinary(t *testing.T) {
	bin := buildBinary(t)
	for _, st := range closedStores {
		for _, via := range []string{"flag", "env"} {
			t.Run(st.name+"/"+via, func(t *testing.T) {
				args := []string{"--log-level", "debug", "stats"}
				var env []string
				for _, kv := range os.Environ() {
					if !strings.HasPrefix(kv, "NEWSGRAPH_") {
						env = append(env, kv)
					}
				}
				if via == "flag" {
					args = append([]string{"--store", st.store}, args...)
				} else {
					env = append(env, "NEWSGRAPH_STORE="+st.store)
				}
				cmd := exec.Command(bin, args...)
				cmd.Env = env
				cmd.Dir = t.TempDir()
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				if err == nil {
					t.Fatalf("stats on an unreachable server succeeded")
				}
				if strings.Contains(stdout.String()+stderr.String(), secretPW) {
					t.Errorf("stderr shows the password:\n%s", stderr.String())
				}
				if !strings.HasPrefix(stderr.String(), "newsgraph: open store ") || !strings.Contains(stderr.String(), "alice") {
					t.Errorf("stderr does not name the store:\n%s", stderr.String())
				}
			})
		}
	}
}
