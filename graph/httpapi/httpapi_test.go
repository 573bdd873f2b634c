package httpapi

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"
)

func testHandle(t *testing.T) *cgraph.Handle {
	t.Helper()
	var qs []quad.Quad
	qs = append(qs,
		quad.MakeIRI("Steve Witkoff", "suggest", "Yuri Ushakov", "article1"),
		quad.MakeIRI("Vladimir Putin", "congratulate", "Donald Trump", "article1"),
		quad.MakeIRI("Yuri Ushakov", "adviser", "Vladimir Putin", "article1"),
	)
	for i := range 50 {
		qs = append(qs, quad.MakeIRI("Hub", "meet", fmt.Sprintf("actor%d", i), "article2"))
	}
	return &cgraph.Handle{QuadStore: memstore.New(qs...)}
}

type reply struct {
	Result []any  `json:"result"`
	Error  string `json:"error"`
}

func do(t *testing.T, h http.Handler, method, target, body string) (int, reply) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var r reply
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		t.Fatalf("%s %s: body %q is not JSON: %v", method, target, rec.Body.String(), err)
	}
	return rec.Code, r
}

func TestAPI(t *testing.T) {
	api := API(testHandle(t), Options{QueryTimeout: 300 * time.Millisecond, QueryLimit: 20})
	neighbours := `g.V("<Steve Witkoff>").Out().All()`
	tests := []struct {
		name       string
		method     string
		target     string
		body       string
		wantStatus int
		wantIn     string // substring of the JSON results
		wantErr    string // substring of the error
		wantN      int    // number of results, -1 to skip
	}{
		{"v2 gizmo", "POST", "/api/v2/query?lang=gizmo", neighbours, 200, "Yuri Ushakov", "", 1},
		{"v2 gizmo GET", "GET", "/api/v2/query?lang=gizmo&qu=" + strings.ReplaceAll(neighbours, " ", "%20"), "", 200, "Yuri Ushakov", "", 1},
		{"v1 gizmo", "POST", "/api/v1/query/gizmo", neighbours, 200, "Yuri Ushakov", "", 1},
		{"v1 two hops", "POST", "/api/v1/query/gizmo", `g.V("<Steve Witkoff>").Out().Out().All()`, 200, "Vladimir Putin", "", 1},
		{"v2 limit", "POST", "/api/v2/query?lang=gizmo", `g.V("<Hub>").Out().All()`, 200, "actor", "", 20},
		{"v1 limit", "POST", "/api/v1/query/gizmo", `g.V("<Hub>").Out().All()`, 200, "actor", "", 20},
		{"v1 lower limit", "POST", "/api/v1/query/gizmo?limit=5", `g.V("<Hub>").Out().All()`, 200, "actor", "", 5},
		{"v1 endless loop", "POST", "/api/v1/query/gizmo", `while(true){}`, http.StatusGatewayTimeout, "", "deadline", -1},
		{"v2 endless loop", "POST", "/api/v2/query?lang=gizmo", `while(true){}`, http.StatusBadRequest, "", "deadline", -1},
		{"v1 syntax error", "POST", "/api/v1/query/gizmo", `g.V(`, http.StatusBadRequest, "", "", -1},
		{"v1 unknown language", "POST", "/api/v1/query/sparql", `x`, http.StatusBadRequest, "", "unknown query language", -1},
		{"v1 empty", "POST", "/api/v1/query/gizmo", ` `, http.StatusBadRequest, "", "empty", -1},
		{"v2 write refused", "POST", "/api/v2/write", `<a> <b> <c> .`, http.StatusForbidden, "", "read-only", -1},
		{"v2 delete refused", "POST", "/api/v2/delete", `<a> <b> <c> .`, http.StatusForbidden, "", "read-only", -1},
		{"unknown endpoint", "GET", "/api/v3/x", "", http.StatusNotFound, "", "no such endpoint", -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			code, r := do(t, api, tc.method, tc.target, tc.body)
			if code != tc.wantStatus {
				t.Fatalf("status = %d, want %d (error %q)", code, tc.wantStatus, r.Error)
			}
			if tc.wantErr != "" || code != 200 {
				if r.Error == "" || !strings.Contains(r.Error, tc.wantErr) {
					t.Errorf("error = %q, want it to mention %q", r.Error, tc.wantErr)
				}
				if time.Since(start) > 5*time.Second {
					t.Errorf("took %v, want the timeout to stop it", time.Since(start))
				}
				return
			}
			b, _ := json.Marshal(r.Result)
			if !strings.Contains(string(b), tc.wantIn) {
				t.Errorf("results %s, want %q", b, tc.wantIn)
			}
			if tc.wantN >= 0 && len(r.Result) != tc.wantN {
				t.Errorf("got %d results, want %d", len(r.Result), tc.wantN)
			}
		})
	}
}

func TestEndlessLoopDoesNotBlockOthers(t *testing.T) {
	srv := httptest.NewServer(API(testHandle(t), Options{QueryTimeout: 2 * time.Second}))
	defer srv.Close()
	done := make(chan int, 1)
	go func() {
		resp, err := http.Post(srv.URL+"/api/v1/query/gizmo", "text/plain", strings.NewReader(`while(true){}`))
		if err != nil {
			done <- 0
			return
		}
		resp.Body.Close()
		done <- resp.StatusCode
	}()
	time.Sleep(100 * time.Millisecond)
	start := time.Now()
	resp, err := http.Post(srv.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`g.V("<Steve Witkoff>").Out().All()`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Yuri Ushakov") {
		t.Fatalf("query during an endless loop: %d %s", resp.StatusCode, body)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("query during an endless loop took %v", d)
	}
	if code := <-done; code != http.StatusGatewayTimeout {
		t.Errorf("endless loop answered %d, want %d", code, http.StatusGatewayTimeout)
	}
}

func TestUI(t *testing.T) {
	h, err := UI()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, want string }{
		{"/", "<title>Cayley</title>"},
		{"/query", "<title>Cayley</title>"},
		{"/manifest.json", `"short_name"`},
		{"/static/js/main.84d3ab8c.chunk.js", `"/api/v2/query?"`},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tc.path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), tc.want) {
			t.Errorf("GET %s = %d, body lacks %q", tc.path, rec.Code, tc.want)
		}
		if strings.Contains(rec.Body.String(), builtServerURL) {
			t.Errorf("GET %s still points the UI at %s", tc.path, builtServerURL)
		}
	}
}
