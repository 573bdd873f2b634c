package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// flags returns a flag set like the CLI's: --store bound to graph.store,
// --workers to ingest.workers, --every to ingest.every.
func flags(t *testing.T, args ...string) *pflag.FlagSet {
	t.Helper()
	fs := pflag.NewFlagSet("test", pflag.ContinueOnError)
	def := DefaultConfig()
	fs.String("store", def.Graph.Store, "")
	fs.Int("workers", def.Ingest.Workers, "")
	fs.Duration("every", def.Ingest.Every, "")
	fs.Bool("unbound", false, "")
	for name, key := range map[string]string{"store": "graph.store", "workers": "ingest.workers", "every": "ingest.every"} {
		if err := BindFlag(fs, name, key); err != nil {
			t.Fatal(err)
		}
	}
	if err := fs.Parse(args); err != nil {
		t.Fatal(err)
	}
	return fs
}

func writeFile(t *testing.T, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, FileName)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStorePrecedence(t *testing.T) {
	tests := []struct {
		name string
		file string // graph.store in newsgraph.yaml, "" = no file
		env  string // NEWSGRAPH_STORE, "" = unset
		flag string // --store, "" = not given
		want string
	}{
		{name: "default", want: "newsgraph.db"},
		{name: "file", file: "file.db", want: "file.db"},
		{name: "env", env: "env.db", want: "env.db"},
		{name: "flag", flag: "flag.db", want: "flag.db"},
		{name: "env over file", file: "file.db", env: "env.db", want: "env.db"},
		{name: "flag over env", env: "env.db", flag: "flag.db", want: "flag.db"},
		{name: "flag over file", file: "file.db", flag: "flag.db", want: "flag.db"},
		{name: "flag over env over file", file: "file.db", env: "env.db", flag: "flag.db", want: "flag.db"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, "graph:\n  store: "+tt.file+"\n")
			}
			if tt.env != "" {
				t.Setenv("NEWSGRAPH_STORE", tt.env)
			}
			var args []string
			if tt.flag != "" {
				args = []string{"--store", tt.flag}
			}
			cfg, err := Load(Source{Dir: dir, Flags: flags(t, args...)})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if cfg.Graph.Store != tt.want {
				t.Errorf("graph.store = %q, want %q", cfg.Graph.Store, tt.want)
			}
		})
	}
}

func TestLoadKeys(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		env   map[string]string
		args  []string
		check func(Config) string // returns a complaint or ""
	}{
		{
			name: "long env name",
			env:  map[string]string{"NEWSGRAPH_GRAPH_STORE": "memory:"},
			check: func(c Config) string {
				return want(c.Graph.Store, "memory:")
			},
		},
		{
			name: "short env name wins over long",
			env:  map[string]string{"NEWSGRAPH_GRAPH_STORE": "long.db", "NEWSGRAPH_STORE": "short.db"},
			check: func(c Config) string {
				return want(c.Graph.Store, "short.db")
			},
		},
		{
			name: "int and duration from env",
			env:  map[string]string{"NEWSGRAPH_WORKERS": "3", "NEWSGRAPH_INGEST_EVERY": "90s"},
			check: func(c Config) string {
				return want(c.Ingest.Workers, 3) + want(c.Ingest.Every, 90*time.Second)
			},
		},
		{
			name: "env key without flag",
			env:  map[string]string{"NEWSGRAPH_LOG_FORMAT": "json", "NEWSGRAPH_INGEST_MAX_ARTICLE_BYTES": "1000"},
			check: func(c Config) string {
				return want(c.Log.Format, "json") + want(c.Ingest.MaxArticleBytes, int64(1000))
			},
		},
		{
			name: "file sections",
			file: "ingest:\n  every: 5m\n  workers: 2\nquery:\n  limit: 7\nlog:\n  level: debug\n",
			check: func(c Config) string {
				return want(c.Ingest.Every, 5*time.Minute) + want(c.Ingest.Workers, 2) + want(c.Query.Limit, 7) + want(c.Log.Level, "debug")
			},
		},
		{
			name: "unchanged flag does not override file",
			file: "ingest:\n  workers: 2\n",
			args: []string{"--store", "x.db"},
			check: func(c Config) string {
				return want(c.Ingest.Workers, 2) + want(c.Graph.Store, "x.db")
			},
		},
		{
			name: "defaults",
			check: func(c Config) string {
				if !reflect.DeepEqual(c, DefaultConfig()) {
					return fmt.Sprintf("got %+v, want DefaultConfig %+v", c, DefaultConfig())
				}
				return ""
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			cfg, err := Load(Source{Dir: dir, Flags: flags(t, tt.args...)})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if msg := tt.check(cfg); msg != "" {
				t.Error(msg)
			}
		})
	}
}

func want[T comparable](got, want T) string {
	if got != want {
		return fmt.Sprintf("got %+v, want %+v; ", got, want)
	}
	return ""
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		env     map[string]string
		explict string // --config path (relative to the temp dir)
		wantKey string // ValidationError key, or "" for another error
		wantMsg string
	}{
		{name: "typo in file", file: "graph:\n  stor: x.db\n", wantMsg: "stor"},
		{name: "unknown section", file: "graf:\n  store: x.db\n", wantMsg: "graf"},
		{name: "bad yaml", file: "graph: [\n", wantMsg: "newsgraph.yaml"},
		{name: "missing explicit file", explict: "nope.yaml", wantMsg: "nope.yaml"},
		{name: "empty store", env: map[string]string{"NEWSGRAPH_STORE": " "}, wantKey: "graph.store"},
		{name: "negative workers", env: map[string]string{"NEWSGRAPH_WORKERS": "-1"}, wantKey: "ingest.workers"},
		{name: "zero max bytes", file: "ingest:\n  max_article_bytes: 0\n", wantKey: "ingest.max_article_bytes"},
		{name: "bad level", env: map[string]string{"NEWSGRAPH_LOG_LEVEL": "loud"}, wantKey: "log.level"},
		{name: "bad lang", file: "query:\n  lang: sparql\n", wantKey: "query.lang"},
		{name: "bad confidence", env: map[string]string{"NEWSGRAPH_EXTRACT_MIN_CONFIDENCE": "1.5"}, wantKey: "extract.min_confidence"},
		{name: "every too short", env: map[string]string{"NEWSGRAPH_EVERY": "10ms"}, wantKey: "ingest.every"},
		{name: "not a number", env: map[string]string{"NEWSGRAPH_WORKERS": "many"}, wantMsg: "workers"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if tt.file != "" {
				writeFile(t, dir, tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			src := Source{Dir: dir, Flags: flags(t)}
			if tt.explict != "" {
				src.File = filepath.Join(dir, tt.explict)
			}
			_, err := Load(src)
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			var ve *ValidationError
			if tt.wantKey != "" {
				if !errors.As(err, &ve) || ve.Key != tt.wantKey {
					t.Fatalf("error %q, want a ValidationError for %s", err, tt.wantKey)
				}
			}
			if !strings.Contains(err.Error(), tt.wantMsg) || !strings.HasPrefix(err.Error(), "config: ") {
				t.Errorf("error %q, want it to start with \"config: \" and mention %q", err, tt.wantMsg)
			}
		})
	}
}

func TestExplicitConfigFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "graph:\n  store: cwd.db\n")
	other := filepath.Join(t.TempDir(), "other.yml")
	if err := os.WriteFile(other, []byte("graph:\n  store: other.db\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(Source{File: other, Dir: dir, Flags: flags(t)})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Graph.Store != "other.db" {
		t.Errorf("graph.store = %q, want other.db from --config", cfg.Graph.Store)
	}
}

func TestBindFlagUnknown(t *testing.T) {
	fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
	if err := BindFlag(fs, "nope", "graph.store"); err == nil {
		t.Error("BindFlag on a missing flag succeeded")
	}
	fs.String("odd", "", "")
	if err := BindFlag(fs, "odd", "graph.nothing"); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(Source{Dir: t.TempDir(), Flags: fs}); err == nil || !strings.Contains(err.Error(), "graph.nothing") {
		t.Errorf("Load with a flag bound to an unknown key: err = %v", err)
	}
}

func TestKeysCoverConfig(t *testing.T) {
	keys := Keys()
	for _, k := range []string{"graph.store", "ingest.workers", "ingest.max_article_bytes", "extract.min_confidence", "query.lang", "log.level", "server.addr"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("Keys() lacks %q", k)
		}
	}
}
