package ingest

import (
	"errors"
	"fmt"
	"time"
)

// Config tunes a batch.
type Config struct {
	// Workers is the number of parallel extractors; 0 means GOMAXPROCS.
	Workers int `mapstructure:"workers"`
	// MaxArticleBytes rejects any single article larger than this.
	MaxArticleBytes int64 `mapstructure:"max_article_bytes"`
	// FetchTimeout bounds each HTTP request for URLs and feeds.
	FetchTimeout time.Duration `mapstructure:"fetch_timeout"`
	// UserAgent is sent with every HTTP request.
	UserAgent string `mapstructure:"user_agent"`
	// Every is the interval between runs of Watch.
	Every time.Duration `mapstructure:"every"`
	// ProgressEvery is the interval between progress log lines when
	// stderr is not a terminal.
	ProgressEvery time.Duration `mapstructure:"progress_every"`
}

// DefaultConfig returns the settings newsgraph uses when none are given.
func DefaultConfig() Config {
	return Config{
		Workers:         0,
		MaxArticleBytes: 5 << 20,
		FetchTimeout:    30 * time.Second,
		UserAgent:       "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)",
		Every:           15 * time.Minute,
		ProgressEvery:   10 * time.Second,
	}
}

// FieldError names the Config field a validation error is about.
type FieldError struct {
	Field string // mapstructure key, e.g. "max_article_bytes"
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// Validate reports the first invalid field as a *FieldError.
func (c Config) Validate() error {
	switch {
	case c.Workers < 0:
		return &FieldError{"workers", fmt.Errorf("must be 0 (GOMAXPROCS) or more, got %d", c.Workers)}
	case c.MaxArticleBytes <= 0:
		return &FieldError{"max_article_bytes", fmt.Errorf("must be positive, got %d", c.MaxArticleBytes)}
	case c.FetchTimeout < 0:
		return &FieldError{"fetch_timeout", fmt.Errorf("must not be negative, got %s", c.FetchTimeout)}
	case c.Every < time.Second:
		return &FieldError{"every", fmt.Errorf("must be at least 1s, got %s", c.Every)}
	case c.ProgressEvery <= 0:
		return &FieldError{"progress_every", errors.New("must be positive")}
	}
	return nil
}
