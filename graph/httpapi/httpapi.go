package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	chttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
	"github.com/julienschmidt/httprouter"
)

// Options bound every query the API runs.
type Options struct {
	QueryTimeout time.Duration // default 30 s
	QueryLimit   int           // results per query, default 1000
}

// Defaults for Options.
const (
	DefaultQueryTimeout = 30 * time.Second
	DefaultQueryLimit   = 1000
	maxQueryBytes       = 1 << 20
)

func (o Options) withDefaults() Options {
	if o.QueryTimeout <= 0 {
		o.QueryTimeout = DefaultQueryTimeout
	}
	if o.QueryLimit <= 0 {
		o.QueryLimit = DefaultQueryLimit
	}
	return o
}

// API returns a handler for /api/v2/... (Cayley's v2 API in read-only
// mode: writes and deletes are not routed) and /api/v1/query/{lang}. Both
// stop a query at the timeout, including a script that never calls the
// store, and cap results at the limit. Errors are JSON {"error": "..."}.
func API(h *cgraph.Handle, opt Options) http.Handler {
	opt = opt.withDefaults()
	r := httprouter.New()
	// NewBoundAPIv2 routes /write and /delete too; in read-only mode they
	// answer 403 with a JSON error.
	v2 := chttp.NewBoundAPIv2(h, r)
	v2.SetReadOnly(true)
	v2.SetQueryTimeout(opt.QueryTimeout)
	v2.SetQueryLimit(opt.QueryLimit)
	v1 := &v1Query{h: h, opt: opt}
	r.POST("/api/v1/query/:lang", v1.serve)
	r.GET("/api/v1/query/:lang", v1.serve)
	r.POST("/api/v1/shape/:lang", func(w http.ResponseWriter, _ *http.Request, _ httprouter.Params) {
		WriteError(w, http.StatusNotImplemented, errors.New("query shapes are not supported"))
	})
	r.NotFound = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		WriteError(w, http.StatusNotFound, errors.New("no such endpoint"))
	})
	r.MethodNotAllowed = http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		WriteError(w, http.StatusMethodNotAllowed, errors.New("method not allowed"))
	})
	r.PanicHandler = func(w http.ResponseWriter, _ *http.Request, v any) {
		WriteError(w, http.StatusInternalServerError, fmt.Errorf("internal error: %v", v))
	}
	return r
}

// builtServerURL is the API address compiled into Cayley's UI bundle
// (Cayley's default port). UI serves the bundle with it replaced by "", so
// the page queries the server that served it.
const builtServerURL = `"http://localhost:64210"`

// UI returns a handler serving Cayley's embedded web UI (query editor and
// graph views), pointed at the server it is served from. Paths that name
// no file get index.html, so the UI's own routes load. The editor itself
// (Monaco) is loaded by the page from its CDN.
func UI() (http.Handler, error) {
	web, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("httpapi: embedded ui: %w", err)
	}
	patched := map[string][]byte{}
	scripts, err := fs.Glob(web, "static/js/*.js")
	if err != nil {
		return nil, fmt.Errorf("httpapi: embedded ui: %w", err)
	}
	for _, name := range scripts {
		b, err := fs.ReadFile(web, name)
		if err != nil {
			return nil, fmt.Errorf("httpapi: embedded ui: %w", err)
		}
		if bytes.Contains(b, []byte(builtServerURL)) {
			patched["/"+name] = bytes.ReplaceAll(b, []byte(builtServerURL), []byte(`""`))
		}
	}
	if len(patched) == 0 {
		return nil, errors.New("httpapi: embedded ui: no script holds the API address to point at this server")
	}
	files := http.FileServer(http.FS(web))
	started := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if b, ok := patched[r.URL.Path]; ok {
			w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
			http.ServeContent(w, r, r.URL.Path, started, bytes.NewReader(b))
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name != "" {
			if _, err := fs.Stat(web, name); err != nil {
				r2 := r.Clone(r.Context())
				r2.URL.Path = "/"
				files.ServeHTTP(w, r2)
				return
			}
		}
		files.ServeHTTP(w, r)
	}), nil
}

// WriteError writes err as {"error": "..."} with the given status.
func WriteError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

type v1Query struct {
	h   *cgraph.Handle
	opt Options
}

// serve answers POST /api/v1/query/{lang} with the query in the body (or
// GET with ?qu=) as {"result": [...]}; ?limit= lowers the result limit.
func (v *v1Query) serve(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
	ctx, cancel := context.WithTimeout(r.Context(), v.opt.QueryTimeout)
	defer cancel()
	lang := ps.ByName("lang")
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		WriteError(w, http.StatusBadRequest, fmt.Errorf("unknown query language %q", lang))
		return
	}
	limit := v.opt.QueryLimit
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n <= 0 {
			WriteError(w, http.StatusBadRequest, fmt.Errorf("bad limit %q", s))
			return
		}
		limit = min(n, limit)
	}
	var text string
	if r.Method == http.MethodGet {
		text = r.URL.Query().Get("qu")
	} else {
		b, err := io.ReadAll(io.LimitReader(r.Body, maxQueryBytes+1))
		if err != nil {
			status := http.StatusBadRequest
			if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
				status = http.StatusRequestEntityTooLarge
			}
			WriteError(w, status, fmt.Errorf("read query: %w", err))
			return
		}
		if len(b) > maxQueryBytes {
			WriteError(w, http.StatusRequestEntityTooLarge, errors.New("query is too large"))
			return
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		WriteError(w, http.StatusBadRequest, errors.New("query is empty"))
		return
	}
	out, err := Run(ctx, v.h.QuadStore, lang, text, limit)
	if err != nil {
		status := http.StatusBadRequest
		if errors.Is(err, context.DeadlineExceeded) {
			status = http.StatusGatewayTimeout
		}
		WriteError(w, status, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]any{"result": out})
}

// Run executes one query and collects at most limit results. It stops at
// ctx's deadline even if the script never touches the store (the session
// is interrupted), returning an error that wraps ctx.Err().
func Run(ctx context.Context, qs cgraph.QuadStore, lang, text string, limit int) ([]any, error) {
	l := query.GetLanguage(lang)
	if l == nil || l.Session == nil {
		return nil, fmt.Errorf("httpapi: unknown query language %q", lang)
	}
	it, err := l.Session(qs).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("query: %w", err)
	}
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		out = append(out, it.Result())
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("query stopped after timeout: %w", ctx.Err())
		}
		return nil, fmt.Errorf("query: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("query stopped after timeout: %w", err)
	}
	return out, nil
}
