package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/analysis/analysistest"
	"github.com/newsgraph/newsgraph/schema"
)

func model() analysis.Model {
	return analysis.Model{Lexicon: schema.Vocabulary().Lookup, Now: analysistest.SeedDay}
}

// slowStore blocks every edge read until its context ends.
type slowStore struct{ *analysistest.Graph }

func (s slowStore) Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func newServer(t *testing.T, cfg Config, st store, m Mounts) http.Handler {
	t.Helper()
	s, err := New(cfg, st, m, model(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler()
}

func get(t *testing.T, h http.Handler, target string, hdr map[string]string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequest("GET", target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("GET %s: body %q is not a JSON object: %v", target, rec.Body.String(), err)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q", target, ct)
	}
	return rec.Code, body
}

func TestEndpoints(t *testing.T) {
	h := newServer(t, Config{QueryLimit: 50}, analysistest.Seed(), Mounts{})
	tests := []struct {
		name       string
		target     string
		wantStatus int
		want       []string // substrings of the JSON body
	}{
		{"paths", "/api/newsgraph/paths?from=Witkoff&to=Trump", 200,
			[]string{`"Steve Witkoff"`, `"Yuri Ushakov"`, `"Vladimir Putin"`, `"predicate":"suggest"`, `"sentence":"Witkoff suggested`}},
		{"paths by alias with hops", "/api/newsgraph/paths?from=steve+witkoff&to=Trump&max_hops=3&limit=1", 200, []string{`"congratulate"`}},
		{"paths none", "/api/newsgraph/paths?from=Witkoff&to=Trump&max_hops=1", 200, []string{`"paths":[]`}},
		{"paths class filter", "/api/newsgraph/paths?from=Witkoff&to=Trump&class=material-conflict", 200, []string{`"paths":[]`}},
		{"paths date filter", "/api/newsgraph/paths?from=Witkoff&to=Trump&until=2025-01-01", 200, []string{`"paths":[]`}},
		{"influence in", "/api/newsgraph/influence?actor=Trump", 200, []string{`"direction":"in"`, `"actor":"Vladimir Putin"`}},
		{"influence out", "/api/newsgraph/influence?actor=Witkoff&direction=out", 200, []string{`"direction":"out"`, `"actor":"Yuri Ushakov"`}},
		{"actors", "/api/newsgraph/actors?top=3", 200, []string{`"actors":[`, `"rank":`}},
		{"evidence", "/api/newsgraph/evidence?a=Witkoff&b=Trump", 200, []string{`"negated":true`, `"appoint"`, `"asserted":1`}},
		{"stats", "/api/newsgraph/stats", 200, []string{`"articles":1`}},
		{"missing parameter", "/api/newsgraph/paths?from=Witkoff", 400, []string{`"error":"parameter \"to\" is required"`}},
		{"unknown actor", "/api/newsgraph/paths?from=Nobody&to=Trump", 404, []string{`"error":`, `Nobody`}},
		{"same actor", "/api/newsgraph/evidence?a=Witkoff&b=Steve+Witkoff", 400, []string{`same actor`}},
		{"bad class", "/api/newsgraph/paths?from=Witkoff&to=Trump&class=friendly", 400, []string{`unknown class`}},
		{"bad date", "/api/newsgraph/influence?actor=Trump&since=yesterday", 400, []string{`since`}},
		{"bad number", "/api/newsgraph/paths?from=Witkoff&to=Trump&max_hops=-2", 400, []string{`max_hops`}},
		{"bad direction", "/api/newsgraph/influence?actor=Trump&direction=up", 400, []string{`direction`}},
		{"unknown endpoint", "/api/newsgraph/nothing", 404, []string{`"error":"no such endpoint"`}},
		{"no ui", "/", 404, []string{`"error"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := get(t, h, tc.target, nil)
			b, _ := json.Marshal(body)
			if code != tc.wantStatus {
				t.Fatalf("status %d, want %d: %s", code, tc.wantStatus, b)
			}
			for _, w := range tc.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("body %s lacks %s", b, w)
				}
			}
		})
	}
}

func TestLimits(t *testing.T) {
	h := newServer(t, Config{QueryLimit: 1}, analysistest.Seed(), Mounts{})
	_, body := get(t, h, "/api/newsgraph/actors?top=50", nil)
	if n := len(body["actors"].([]any)); n != 1 {
		t.Errorf("actors with limit 1 returned %d", n)
	}
	_, body = get(t, h, "/api/newsgraph/evidence?a=Witkoff&b=Trump", nil)
	if n := len(body["statements"].([]any)); n != 1 || body["truncated"] != true {
		t.Errorf("evidence with limit 1 returned %d statements, truncated %v", n, body["truncated"])
	}
}

func TestTimeout(t *testing.T) {
	h := newServer(t, Config{QueryTimeout: 100 * time.Millisecond}, slowStore{analysistest.Seed()}, Mounts{})
	start := time.Now()
	code, body := get(t, h, "/api/newsgraph/paths?from=Witkoff&to=Trump", nil)
	if code != http.StatusGatewayTimeout || !strings.Contains(fmt.Sprint(body["error"]), "timed out") {
		t.Errorf("slow paths: %d %v, want 504 with a timeout error", code, body)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("took %v", d)
	}
	if code, _ := get(t, h, "/api/newsgraph/stats", nil); code != 200 {
		t.Errorf("stats after a timeout: %d", code)
	}
}

func TestBodyLimit(t *testing.T) {
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, http.StatusRequestEntityTooLarge, err)
			return
		}
		writeJSON(w, 200, map[string]int{"read": len(b)})
	})
	h := newServer(t, Config{MaxBodyBytes: 1000}, analysistest.Seed(), Mounts{API: echo})
	for _, tc := range []struct {
		name    string
		size    int
		chunked bool
		want    int
	}{
		{"small", 999, false, 200},
		{"declared too large", 1001, false, http.StatusRequestEntityTooLarge},
		{"streamed too large", 5000, true, http.StatusRequestEntityTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var body io.Reader = strings.NewReader(strings.Repeat("x", tc.size))
			if tc.chunked {
				body = io.MultiReader(body) // hides the length
			}
			req := httptest.NewRequest("POST", "/api/v1/query/gizmo", body)
			if tc.chunked {
				req.ContentLength = -1
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.want || !json.Valid(rec.Body.Bytes()) {
				t.Errorf("status %d body %q, want %d and JSON", rec.Code, rec.Body.String(), tc.want)
			}
		})
	}
}

func TestToken(t *testing.T) {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { writeJSON(w, 200, map[string]string{"api": "ok"}) })
	h := newServer(t, Config{Addr: "0.0.0.0:8080", Token: "s3cret"}, analysistest.Seed(), Mounts{API: api, UI: api})
	for _, tc := range []struct {
		name   string
		target string
		hdr    map[string]string
		want   int
	}{
		{"no token", "/api/newsgraph/stats", nil, 401},
		{"wrong token", "/api/newsgraph/stats", map[string]string{"Authorization": "Bearer s3cre"}, 401},
		{"wrong scheme", "/api/newsgraph/stats", map[string]string{"Authorization": "Basic s3cret"}, 401},
		{"right token", "/api/newsgraph/stats", map[string]string{"Authorization": "Bearer s3cret"}, 200},
		{"cayley api needs it too", "/api/v2/query?lang=gizmo", nil, 401},
		{"cayley api with token", "/api/v2/query?lang=gizmo", map[string]string{"Authorization": "bearer s3cret"}, 200},
		{"ui needs it", "/", nil, 401},
		{"ui with query token", "/?token=s3cret", nil, 200},
		{"ui with cookie", "/", map[string]string{"Cookie": tokenCookie + "=s3cret"}, 200},
		{"ui with wrong cookie", "/", map[string]string{"Cookie": tokenCookie + "=nope"}, 401},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := get(t, h, tc.target, tc.hdr)
			if code != tc.want {
				t.Errorf("status %d (%v), want %d", code, body, tc.want)
			}
			if code == 401 && body["error"] == nil {
				t.Errorf("401 without a JSON error: %v", body)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		addr, token string
		wantErr     bool
	}{
		{"127.0.0.1:8080", "", false},
		{"localhost:8080", "", false},
		{"[::1]:8080", "", false},
		{"0.0.0.0:8080", "", true},
		{":8080", "", true},
		{"192.168.1.5:8080", "", true},
		{"0.0.0.0:8080", "t", false},
		{"no-port", "", true},
	} {
		err := Config{Addr: tc.addr, Token: tc.token}.Validate()
		if (err != nil) != tc.wantErr {
			t.Errorf("Validate(%q, token %q) = %v, want error %v", tc.addr, tc.token, err, tc.wantErr)
		}
		if err != nil && tc.token == "" && tc.addr != "no-port" && !errors.Is(err, ErrTokenRequired) {
			t.Errorf("Validate(%q): %v, want ErrTokenRequired", tc.addr, err)
		}
	}
	if _, err := New(Config{Addr: "0.0.0.0:1"}, analysistest.Seed(), Mounts{}, model(), nil); !errors.Is(err, ErrTokenRequired) {
		t.Errorf("New on 0.0.0.0 without token: %v", err)
	}
}

func TestGracefulShutdown(t *testing.T) {
	started := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		writeJSON(w, 200, map[string]string{"done": "yes"})
	})
	s, err := New(Config{}, analysistest.Seed(), Mounts{API: slow}, model(), nil)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()
	got := make(chan string, 1)
	go func() {
		resp, err := http.Get(base + "/api/v2/slow")
		if err != nil {
			got <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- string(b)
	}()
	<-started
	cancel() // as SIGINT would
	if b := <-got; !strings.Contains(b, "yes") {
		t.Errorf("request in flight during shutdown got %q", b)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("Serve returned %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after shutdown")
	}
	if _, err := http.Get(base + "/api/newsgraph/stats"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestParseFilter(t *testing.T) {
	f, err := ParseFilter(url.Values{"since": {"2025-10-01"}, "until": {"2025-10-31"}, "class": {"verbal-conflict,role", "neutral"}})
	if err != nil {
		t.Fatal(err)
	}
	if f.Since.Format(time.DateOnly) != "2025-10-01" || f.Until.Format(time.RFC3339) != "2025-10-31T23:59:59Z" || len(f.Classes) != 3 {
		t.Errorf("filter = %+v", f)
	}
}

func TestUseIndex(t *testing.T) {
	g := analysistest.Seed()
	s, err := New(Config{QueryTimeout: 100 * time.Millisecond}, slowStore{g}, Mounts{}, model(), nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := analysis.NewIndex(t.Context(), g)
	if err != nil {
		t.Fatal(err)
	}
	// The store's Out blocks; with the index the query never reaches it.
	s.UseIndex(x)
	code, body := get(t, s.Handler(), "/api/newsgraph/paths?from=Witkoff&to=Trump", nil)
	b, _ := json.Marshal(body)
	if code != 200 || !strings.Contains(string(b), "Vladimir Putin") {
		t.Errorf("paths through the index: %d %s", code, b)
	}
}
