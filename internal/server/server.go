package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/analysis"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// store is the read side of the graph the JSON endpoints use.
type store interface {
	Resolve(ctx context.Context, name string) (schema.Node, error)
	Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error)
	Evidence(ctx context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error)
	Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error
	Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error
	Stats(ctx context.Context) (graph.Stats, error)
}

// Config configures the server.
type Config struct {
	Addr         string        // listen address, default 127.0.0.1:8080
	Token        string        // bearer token; required unless Addr is loopback
	QueryTimeout time.Duration // per request, default 30 s
	QueryLimit   int           // results per query, default 1000
	MaxBodyBytes int64         // request body limit, default 1 MiB
}

// Defaults for Config.
const (
	DefaultAddr         = "127.0.0.1:8080"
	DefaultQueryTimeout = 30 * time.Second
	DefaultQueryLimit   = 1000
	DefaultMaxBodyBytes = 1 << 20
	shutdownGrace       = 10 * time.Second
	tokenCookie         = "newsgraph_token"
)

// ErrTokenRequired is returned by Validate when a non-loopback address has
// no token.
var ErrTokenRequired = errors.New("server: a token is required to listen on a non-loopback address (--token or NEWSGRAPH_TOKEN)")

// WithDefaults fills unset fields.
func (c Config) WithDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.QueryTimeout <= 0 {
		c.QueryTimeout = DefaultQueryTimeout
	}
	if c.QueryLimit <= 0 {
		c.QueryLimit = DefaultQueryLimit
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	return c
}

// Validate checks the address and that a non-loopback address has a token.
func (c Config) Validate() error {
	host, _, err := net.SplitHostPort(c.Addr)
	if err != nil {
		return fmt.Errorf("server: address %q: %w", c.Addr, err)
	}
	if c.Token == "" && !Loopback(host) {
		return fmt.Errorf("%w: %s", ErrTokenRequired, c.Addr)
	}
	return nil
}

// Loopback reports whether host (a name or IP, no port) only accepts
// connections from this machine. An empty host means every interface.
func Loopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}

// Server serves newsgraph over HTTP.
type Server struct {
	cfg     Config
	st      store
	index   atomic.Pointer[analysis.Index]
	model   analysis.Model
	log     *slog.Logger
	handler http.Handler
}

// Mounts are the handlers newsgraph takes from Cayley: API serves
// /api/v1/... and /api/v2/..., UI everything the other routes do not.
// Either may be nil.
type Mounts struct {
	API http.Handler
	UI  http.Handler
}

// New builds a server over st. model scores paths and influence; log may
// be nil.
func New(cfg Config, st store, m Mounts, model analysis.Model, log *slog.Logger) (*Server, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg, st: st, model: model, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/newsgraph/paths", s.paths)
	mux.HandleFunc("GET /api/newsgraph/influence", s.influence)
	mux.HandleFunc("GET /api/newsgraph/actors", s.actors)
	mux.HandleFunc("GET /api/newsgraph/evidence", s.evidence)
	mux.HandleFunc("GET /api/newsgraph/stats", s.stats)
	mux.HandleFunc("/api/newsgraph/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, errors.New("no such endpoint"))
	})
	if m.API != nil {
		mux.Handle("/api/v1/", m.API)
		mux.Handle("/api/v2/", m.API)
	}
	if m.UI != nil {
		mux.Handle("/", m.UI)
	} else {
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			writeError(w, http.StatusNotFound, errors.New("no such endpoint"))
		})
	}
	s.handler = s.recoverer(s.logRequests(s.authorize(s.limitBody(mux))))
	return s, nil
}

// UseIndex makes paths and influence read actors' edges from x, an
// in-memory snapshot of the store, instead of the store itself. It is safe
// to call while serving, e.g. once a snapshot built in the background is
// ready.
func (s *Server) UseIndex(x *analysis.Index) { s.index.Store(x) }

// reader returns what paths and influence read: the index when one is set.
func (s *Server) reader() analysis.PathReader {
	if x := s.index.Load(); x != nil {
		return x
	}
	return s.st
}

// Handler returns the server's HTTP handler with every guard applied.
func (s *Server) Handler() http.Handler { return s.handler }

// Addr returns the configured listen address.
func (s *Server) Addr() string { return s.cfg.Addr }

// ListenAndServe listens on the configured address and serves until ctx
// ends, then shuts down gracefully.
func (s *Server) ListenAndServe(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends; it then stops accepting, lets
// requests in flight finish for up to ten seconds and returns nil.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      s.cfg.QueryTimeout + time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.log.Info("serving", "addr", ln.Addr().String(), "token", s.cfg.Token != "")
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("server: %w", err)
	}
	return nil
}

// authorize checks the bearer token on every request when one is set. A
// browser opening the UI may pass ?token= once; it is then kept in an
// HttpOnly cookie.
func (s *Server) authorize(next http.Handler) http.Handler {
	if s.cfg.Token == "" {
		return next
	}
	want := []byte(s.cfg.Token)
	ok := func(got string) bool {
		return got != "" && subtle.ConstantTimeCompare([]byte(got), want) == 1
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h := r.Header.Get("Authorization"); h != "" {
			scheme, tok, _ := strings.Cut(h, " ")
			if strings.EqualFold(scheme, "Bearer") && ok(strings.TrimSpace(tok)) {
				next.ServeHTTP(w, r)
				return
			}
		} else if c, err := r.Cookie(tokenCookie); err == nil && ok(c.Value) {
			next.ServeHTTP(w, r)
			return
		} else if q := r.URL.Query().Get("token"); ok(q) {
			http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: q, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
		writeError(w, http.StatusUnauthorized, errors.New("missing or wrong bearer token"))
	})
}

func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.cfg.MaxBodyBytes {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is larger than %d bytes", s.cfg.MaxBodyBytes))
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes)
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("handler panic", "path", r.URL.Path, "panic", v)
				writeError(w, http.StatusInternalServerError, errors.New("internal error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "took", time.Since(start))
	})
}
