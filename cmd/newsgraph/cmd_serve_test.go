package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/newsgraph/newsgraph/internal/server"
)

// startServer serves the seed store on a free loopback port until the
// test ends and returns its base URL.
func startServer(t *testing.T, cfg server.Config) string {
	t.Helper()
	s := seedStore(t)
	srv, err := newServer(s, cfg, newApp(nil, io.Discard, io.Discard))
	if err != nil {
		t.Fatal(err)
	}
	return serveForTest(t, srv)
}

// serveForTest serves srv on a free loopback port until the test ends and
// returns its base URL.
func serveForTest(t *testing.T, srv *server.Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func TestServeEndToEnd(t *testing.T) {
	base := startServer(t, server.Config{Addr: "127.0.0.1:0", QueryTimeout: 2 * time.Second, QueryLimit: 100})
	post := func(path, body string) (int, string) {
		resp, err := http.Post(base+path, "application/javascript", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	neighbours := `g.V().Has("<ng:alias>", "witkoff").Out().Out("<ng:name>").All()`
	tests := []struct {
		name   string
		do     func() (int, string)
		status int
		want   string
	}{
		{"v1 query", func() (int, string) { return post("/api/v1/query/gizmo", neighbours) }, 200, "Yuri Ushakov"},
		{"v2 query", func() (int, string) { return post("/api/v2/query?lang=gizmo", neighbours) }, 200, "Yuri Ushakov"},
		{"endless loop", func() (int, string) { return post("/api/v1/query/gizmo", "while(true){}") }, http.StatusGatewayTimeout, `"error"`},
		{"still answering", func() (int, string) { return post("/api/v2/query?lang=gizmo", neighbours) }, 200, "Yuri Ushakov"},
		{"write refused", func() (int, string) { return post("/api/v2/write", "<a> <b> <c> .") }, http.StatusForbidden, "read-only"},
		{"paths", func() (int, string) { return get("/api/newsgraph/paths?from=Witkoff&to=Ushakov&max_hops=1") }, 200, `"sentence"`},
		{"stats", func() (int, string) { return get("/api/newsgraph/stats") }, 200, `"articles":1`},
		// names as a reader writes them
		{"paths by title", func() (int, string) { return get("/api/newsgraph/paths?from=Steve+Witkoff&to=President+Trump") }, 200, `"sentence"`},
		{"influence by full title", func() (int, string) {
			return get("/api/newsgraph/influence?actor=Russian+President+Vladimir+Putin&direction=out")
		}, 200, `Vladimir Putin`},
		{"evidence by full name", func() (int, string) { return get("/api/newsgraph/evidence?a=Donald+Trump&b=Witkoff") }, 200, `"appoint"`},
		{"bare title", func() (int, string) { return get("/api/newsgraph/influence?actor=president") }, 404, `not found`},
		{"ui", func() (int, string) { return get("/") }, 200, "<title>Cayley</title>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := tc.do()
			if status != tc.status || !strings.Contains(body, tc.want) {
				t.Errorf("status %d body %.300s, want %d and %q", status, body, tc.status, tc.want)
			}
		})
	}
}

// monacoDir is where npm installs the Monaco editor that Cayley's UI loads
// from a CDN; the browser test serves it from here.
var monacoDir = filepath.Join("testdata", "ui", "node_modules", "monaco-editor", "min", "vs")

const monacoCDN = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs/"

// TestServeUIInBrowser opens Cayley's UI from `newsgraph serve` in
// headless Chromium, runs a Gizmo query for Witkoff's neighbours through
// the page and looks for Ushakov among the results.
func TestServeUIInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("chromium is not installed; .ci/run installs it (apt-get install chromium)")
		}
		t.Skip("chromium not found: install it (apt-get install chromium) to run the browser test")
	}
	if _, err := os.Stat(filepath.Join(monacoDir, "loader.js")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Monaco editor files missing (%v); .ci/run runs npm ci in cmd/newsgraph/testdata/ui", err)
		}
		t.Skip("Monaco editor files missing: run npm ci in cmd/newsgraph/testdata/ui")
	}
	base := startServer(t, server.Config{Addr: "127.0.0.1:0", QueryTimeout: 10 * time.Second})

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1400, 1000),
	}
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	// Serve the CDN's Monaco files locally: the test machine is offline.
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: monacoCDN + "*"}},
	}); err != nil {
		t.Fatalf("start chromium (%s): %v", chromium, err)
	}
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			go fulfilMonaco(ctx, ev)
		}
	}()

	query := `g.V().Has("<ng:alias>", "witkoff").Both().Out("<ng:name>").All()`
	pageText := func() string {
		text, _ := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
		return text
	}
	if err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.Poll[chromedp.Void](`window.monaco && monaco.editor.getModels().length > 0`, chromedp.WithPollingTimeout(30*time.Second)),
		chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`window.monaco.editor.getModels()[0].setValue(%s)`, jsString(query))),
		chromedp.Click(`//button[.//span[normalize-space(.)="Run"]]`),
	); err != nil {
		t.Fatalf("open the UI and run the query: %v\npage text:\n%.2000s", err, pageText())
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`/Yuri\sUshakov/.test(document.body.innerText)`, // the editor shows spaces as U+00A0
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("no Ushakov among the results: %v\npage text:\n%.3000s", err, pageText())
	}
}

// fulfilMonaco answers a paused request for a Monaco file from monacoDir.
func fulfilMonaco(ctx context.Context, ev fetch.EventRequestPaused) {
	u, err := url.Parse(ev.Request.URL)
	var body []byte
	if err == nil {
		rel := strings.TrimPrefix(u.Path, "/npm/monaco-editor@0.18.1/min/vs/")
		body, err = os.ReadFile(filepath.Join(monacoDir, filepath.FromSlash(rel)))
	}
	if err != nil {
		_, _ = chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonFailed})
		return
	}
	ct := mime.TypeByExtension(filepath.Ext(u.Path))
	if ct == "" {
		ct = "application/octet-stream"
	}
	_, _ = chromedp.Call(ctx, fetch.FulfillRequest, fetch.FulfillRequestParams{
		RequestID: ev.RequestID, ResponseCode: 200, Body: body,
		ResponseHeaders: []*fetch.HeaderEntry{{Name: "Content-Type", Value: ct}, {Name: "Access-Control-Allow-Origin", Value: "*"}},
	})
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
