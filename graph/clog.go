package graph

import (
	"context"
	"fmt"
	"log/slog"
	"sync/atomic"

	"github.com/cayleygraph/cayley/clog"
)

// cayleyLog is where Cayley's own log lines go; nil drops them.
var cayleyLog atomic.Pointer[slog.Logger]

// SetCayleyLogger sends the log lines of the Cayley library (clog) to l
// instead of the standard logger, so they follow newsgraph's level and
// format: Cayley's informational lines ("Running in nosync mode") become
// debug records, its warnings and errors keep their level, each with
// component=cayley. A nil l drops them. Cayley's logger is process-wide,
// so the last call wins.
func SetCayleyLogger(l *slog.Logger) {
	cayleyLog.Store(l)
	clog.SetLogger(slogClog{})
}

// slogClog adapts clog.Logger to the logger set by SetCayleyLogger.
type slogClog struct{}

func (slogClog) log(level slog.Level, format string, args []any) {
	l := cayleyLog.Load()
	if l == nil || !l.Enabled(context.Background(), level) {
		return
	}
	// Cayley quotes the connection string when it cannot connect.
	l.Log(context.Background(), level, RedactText(fmt.Sprintf(format, args...)), "component", "cayley")
}

func (c slogClog) Infof(format string, args ...any)    { c.log(slog.LevelDebug, format, args) }
func (c slogClog) Warningf(format string, args ...any) { c.log(slog.LevelWarn, format, args) }
func (c slogClog) Errorf(format string, args ...any)   { c.log(slog.LevelError, format, args) }

// Fatalf logs at error level; Cayley calls it only on unrecoverable
// internal states, and newsgraph turns those into errors rather than exits.
func (c slogClog) Fatalf(format string, args ...any) { c.log(slog.LevelError, format, args) }

// V reports whether Cayley's verbose logging is on: only at debug level.
func (slogClog) V(int) bool {
	l := cayleyLog.Load()
	return l != nil && l.Enabled(context.Background(), slog.LevelDebug)
}

// SetV is ignored: the level comes from the slog logger.
func (slogClog) SetV(int) {}
