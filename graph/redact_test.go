package graph

import (
	"errors"
	"strings"
	"testing"
)

func TestRedact(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"url user password", "postgres://bob:p%40ss@db.example:5432/news?sslmode=disable",
			"postgres://bob:xxxxx@db.example:5432/news?sslmode=disable"},
		{"postgresql scheme", "postgresql://bob:pw@db/news", "postgresql://bob:xxxxx@db/news"},
		{"url without password", "postgres://bob@db/news?sslmode=disable", "postgres://bob@db/news?sslmode=disable"},
		{"query password", "postgres://bob@db/news?sslmode=disable&password=S3cr3t&application_name=ng",
			"postgres://bob@db/news?sslmode=disable&password=xxxxx&application_name=ng"},
		{"query password first, mixed case", "postgres://db/news?PassWord=S3cr3t", "postgres://db/news?PassWord=xxxxx"},
		{"query sslpassword", "postgres://db/news?sslpassword=k3y&sslmode=verify-full", "postgres://db/news?sslpassword=xxxxx&sslmode=verify-full"},
		{"both", "postgres://bob:one@db/news?password=two", "postgres://bob:xxxxx@db/news?password=xxxxx"},
		{"key=value", "host=db dbname=news user=bob password=S3cr3t sslmode=disable",
			"host=db dbname=news user=bob password=xxxxx sslmode=disable"},
		{"key=value quoted with spaces", "host=db password = 'a b\\'c' dbname=news",
			"host=db password = xxxxx dbname=news"},
		{"key=value without password", "host=/var/run/postgresql dbname=news", "host=/var/run/postgresql dbname=news"},
		{"bolt path", "/srv/news.db", "/srv/news.db"},
		{"memory", "memory:", "memory:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Redact(tt.in); got != tt.want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRedactErr(t *testing.T) {
	tests := []struct {
		name, store, msg, secret string
	}{
		{"url password quoted raw", "postgres://bob:p@ss@db/news", "dial postgres://bob:p@ss@db/news failed for p@ss", "p@ss"},
		{"url password escaped", "postgres://bob:p%40ss@db/news", "dial postgres://bob:p%40ss@db/news: auth p@ss", "p@ss"},
		{"query password", "postgres://bob@db/news?password=S3cr3tPW", "pq: password authentication failed (password=S3cr3tPW) S3cr3tPW", "S3cr3tPW"},
		{"key=value", "host=db dbname=news password=S3cr3tPW", "cannot connect to host=db dbname=news password=S3cr3tPW", "S3cr3tPW"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := errors.New(tt.msg)
			err := redactErr(tt.store, base)
			if strings.Contains(err.Error(), tt.secret) {
				t.Errorf("redactErr shows the password: %s", err)
			}
			if !strings.Contains(err.Error(), "xxxxx") {
				t.Errorf("redactErr = %q, want the password replaced by xxxxx", err)
			}
			if !errors.Is(err, base) {
				t.Errorf("redactErr does not wrap the error")
			}
		})
	}
}

func TestRedactText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Couldn't open database at postgres://alice:S3cr3t@127.0.0.1:1/db?sslmode=disable: boom",
			"Couldn't open database at postgres://alice:xxxxx@127.0.0.1:1/db?sslmode=disable: boom"},
		// A password runs to the next space or "&", so the colon goes with it.
		{"at postgres://db/x?sslmode=disable&password=S3cr3t: boom", "at postgres://db/x?sslmode=disable&password=xxxxx boom"},
		{"at host=db password='a b' dbname=x", "at host=db password=xxxxx dbname=x"},
		{"no secret here", "no secret here"},
	}
	for _, tt := range tests {
		if got := RedactText(tt.in); got != tt.want {
			t.Errorf("RedactText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestIsPostgres(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"postgres://db/news", true},
		{"postgresql://db/news", true},
		{"host=db dbname=news", true},
		{"dbname=news user=bob password='x y'", true},
		{"password=x", false}, // names no server or database
		{"news.db", false},
		{"data/run=1", false},
		{"/srv/a b=c", false},
		{"host='unterminated", false},
		{"memory:", false},
	}
	for _, tt := range tests {
		if got := isPostgres(tt.in); got != tt.want {
			t.Errorf("isPostgres(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
