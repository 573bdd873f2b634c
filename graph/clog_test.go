package graph

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/clog"
)

func TestSetCayleyLogger(t *testing.T) {
	defer SetCayleyLogger(nil)
	tests := []struct {
		level slog.Level
		emit  func()
		want  string // "" = nothing logged
	}{
		{slog.LevelInfo, func() { clog.Infof("Running in %s mode", "nosync") }, ""},
		{slog.LevelDebug, func() { clog.Infof("Running in %s mode", "nosync") }, `level=DEBUG msg="Running in nosync mode" component=cayley`},
		{slog.LevelInfo, func() { clog.Warningf("slow %d", 3) }, `level=WARN msg="slow 3" component=cayley`},
		{slog.LevelInfo, func() { clog.Errorf("broken") }, `level=ERROR msg=broken component=cayley`},
		{slog.LevelError, func() { clog.Warningf("slow") }, ""},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		SetCayleyLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{
			Level:       tt.level,
			ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr { return dropTime(a) },
		})))
		tt.emit()
		got := strings.TrimSpace(buf.String())
		if got != tt.want {
			t.Errorf("at %v: logged %q, want %q", tt.level, got, tt.want)
		}
		if want := tt.level <= slog.LevelDebug; clog.V(1) != want {
			t.Errorf("at %v: V(1) = %v, want %v", tt.level, !want, want)
		}
	}
	SetCayleyLogger(nil)
	clog.Errorf("dropped") // must not panic or print
}

func dropTime(a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}
