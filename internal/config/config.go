// Package config holds newsgraph's one Config (a section per component:
// graph, extract, ingest, query, log, server), its defaults and validation,
// and the layered loading of defaults < newsgraph.yaml < NEWSGRAPH_*
// environment < command-line flags with viper. Only this package and cmd
// import viper; components receive their own section and know nothing of
// how it was loaded.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// Config is everything newsgraph can be told. Its keys (mapstructure tags,
// joined with ".") are the keys of newsgraph.yaml; NEWSGRAPH_ plus the key
// upper-cased with "." as "_" is the environment variable
// (NEWSGRAPH_GRAPH_STORE, NEWSGRAPH_INGEST_WORKERS).
type Config struct {
	Graph   graph.Config   `mapstructure:"graph"`
	Extract extract.Config `mapstructure:"extract"`
	Ingest  ingest.Config  `mapstructure:"ingest"`
	Query   Query          `mapstructure:"query"`
	Log     Log            `mapstructure:"log"`
	Server  Server         `mapstructure:"server"`
}

// Query bounds the query command.
type Query struct {
	Lang    string        `mapstructure:"lang"`    // gizmo, graphql or mql
	Limit   int           `mapstructure:"limit"`   // 0 = unlimited
	Timeout time.Duration `mapstructure:"timeout"` // 0 = none
}

// Log picks the log handler.
type Log struct {
	Level  string `mapstructure:"level"`  // debug, info, warn, error
	Format string `mapstructure:"format"` // text or json
}

// Server configures `newsgraph serve`.
type Server struct {
	Addr         string        `mapstructure:"addr"`
	QueryTimeout time.Duration `mapstructure:"query_timeout"`
	QueryLimit   int           `mapstructure:"query_limit"`
	ReadOnly     bool          `mapstructure:"read_only"`
	// Ingest lists sources the server ingests every Ingest.Every.
	Ingest []string `mapstructure:"ingest"`
}

// DefaultConfig returns the configuration used when nothing is set: a
// bolt store newsgraph.db in the working directory.
func DefaultConfig() Config {
	return Config{
		Graph:   graph.DefaultConfig(),
		Extract: extract.DefaultConfig(),
		Ingest:  ingest.DefaultConfig(),
		Query:   Query{Lang: "gizmo", Limit: 1000, Timeout: 30 * time.Second},
		Log:     Log{Level: "info", Format: "text"},
		Server: Server{
			Addr:         "127.0.0.1:8080",
			QueryTimeout: 30 * time.Second,
			QueryLimit:   1000,
		},
	}
}

// ValidationError names the configuration key that is wrong.
type ValidationError struct {
	Key string // e.g. "ingest.workers"
	Err error
}

// Error returns "config: key: reason".
func (e *ValidationError) Error() string { return "config: " + e.Key + ": " + e.Err.Error() }

// Unwrap returns the reason.
func (e *ValidationError) Unwrap() error { return e.Err }

// validator is met by sections that check themselves.
type validator interface{ Validate() error }

// Validate checks every section and returns the first problem as a
// *ValidationError naming its key.
func (c Config) Validate() error {
	invalid := func(key, format string, args ...any) error {
		return &ValidationError{Key: key, Err: fmt.Errorf(format, args...)}
	}
	if strings.TrimSpace(c.Graph.Store) == "" {
		return invalid("graph.store", "must name a bolt file, memory: or a postgres:// URL")
	}
	if c.Extract.MinConfidence < 0 || c.Extract.MinConfidence > 1 {
		return invalid("extract.min_confidence", "must be between 0 and 1, got %g", c.Extract.MinConfidence)
	}
	for _, s := range []struct {
		key string
		v   any
	}{{"graph", c.Graph}, {"extract", c.Extract}, {"ingest", c.Ingest}} {
		v, ok := s.v.(validator)
		if !ok {
			continue
		}
		if err := v.Validate(); err != nil {
			var fe *ingest.FieldError
			if errors.As(err, &fe) {
				return &ValidationError{Key: s.key + "." + fe.Field, Err: fe.Err}
			}
			return &ValidationError{Key: s.key, Err: err}
		}
	}
	switch c.Query.Lang {
	case "gizmo", "graphql", "mql":
	default:
		return invalid("query.lang", "must be gizmo, graphql or mql, got %q", c.Query.Lang)
	}
	if c.Query.Limit < 0 {
		return invalid("query.limit", "must be 0 (unlimited) or more, got %d", c.Query.Limit)
	}
	if c.Query.Timeout < 0 {
		return invalid("query.timeout", "must not be negative, got %s", c.Query.Timeout)
	}
	if _, err := ParseLevel(c.Log.Level); err != nil {
		return &ValidationError{Key: "log.level", Err: err}
	}
	switch c.Log.Format {
	case "text", "json":
	default:
		return invalid("log.format", "must be text or json, got %q", c.Log.Format)
	}
	if c.Server.Addr == "" {
		return invalid("server.addr", "must not be empty")
	}
	if c.Server.QueryTimeout < 0 {
		return invalid("server.query_timeout", "must not be negative, got %s", c.Server.QueryTimeout)
	}
	if c.Server.QueryLimit < 0 {
		return invalid("server.query_limit", "must be 0 (unlimited) or more, got %d", c.Server.QueryLimit)
	}
	return nil
}

// ParseLevel reads a log level name.
func ParseLevel(s string) (slog.Level, error) {
	switch strings.ToLower(s) {
	case "debug":
		return slog.LevelDebug, nil
	case "info", "":
		return slog.LevelInfo, nil
	case "warn", "warning":
		return slog.LevelWarn, nil
	case "error":
		return slog.LevelError, nil
	}
	return 0, fmt.Errorf("must be debug, info, warn or error, got %q", s)
}
