package ingest

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// Reporter shows a batch's progress. The batch calls it from one
// goroutine: Start once, then Fail and Done per article, then Finish.
type Reporter interface {
	// Start announces the number of articles ahead, -1 when unknown.
	Start(total int)
	// Fail reports an input that was skipped and why.
	Fail(f Failure)
	// Done counts one article.
	Done(source string, o Outcome)
	// Finish ends the report.
	Finish(s Summary)
}

type nopReporter struct{}

func (nopReporter) Start(int)            {}
func (nopReporter) Fail(Failure)         {}
func (nopReporter) Done(string, Outcome) {}
func (nopReporter) Finish(Summary)       {}

// failureLine is how a skipped input is shown on the error stream.
func failureLine(f Failure) string { return "skip " + f.Source + ": " + f.Err.Error() }

// BarReporter draws a progress bar (done/total, rate, ETA) on a terminal
// and prints each failure on its own line above it.
type BarReporter struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

// NewBarReporter returns a Reporter drawing on w, which should be a
// terminal.
func NewBarReporter(w io.Writer) *BarReporter { return &BarReporter{w: w} }

// Start implements Reporter.
func (r *BarReporter) Start(total int) {
	r.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(r.w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
}

// Fail implements Reporter.
func (r *BarReporter) Fail(f Failure) {
	if r.bar != nil {
		_ = r.bar.Clear() // redrawn on the next Add
	}
	fmt.Fprintln(r.w, failureLine(f))
}

// Done implements Reporter.
func (r *BarReporter) Done(string, Outcome) {
	if r.bar != nil {
		_ = r.bar.Add(1) // a drawing error on a terminal is not worth stopping a batch
	}
}

// Finish implements Reporter.
func (r *BarReporter) Finish(Summary) {
	if r.bar != nil {
		_ = r.bar.Finish()
	}
}

// LogReporter is the Reporter for a stream that is not a terminal: it
// prints each failure as a line on w and logs progress at most once per
// interval.
type LogReporter struct {
	w        io.Writer
	log      *slog.Logger
	every    time.Duration
	mu       sync.Mutex
	total    int
	done     int
	failed   int
	start    time.Time
	lastLine time.Time
}

// NewLogReporter returns a Reporter that logs progress to log every
// interval and prints failures on w.
func NewLogReporter(w io.Writer, log *slog.Logger, every time.Duration) *LogReporter {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &LogReporter{w: w, log: log, every: every}
}

// Start implements Reporter.
func (r *LogReporter) Start(total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.total, r.done, r.failed = total, 0, 0
	r.start = time.Now()
	r.lastLine = r.start
}

// Fail implements Reporter.
func (r *LogReporter) Fail(f Failure) {
	fmt.Fprintln(r.w, failureLine(f))
}

// Done implements Reporter.
func (r *LogReporter) Done(_ string, o Outcome) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done++
	if o == OutcomeFailed {
		r.failed++
	}
	now := time.Now()
	if now.Sub(r.lastLine) < r.every {
		return
	}
	r.lastLine = now
	elapsed := now.Sub(r.start).Seconds()
	rate := float64(r.done) / elapsed
	attrs := []any{"done", r.done, "failed", r.failed, "rate", fmt.Sprintf("%.1f/s", rate)}
	if r.total > 0 {
		attrs = append(attrs, "total", r.total)
		if rate > 0 {
			eta := time.Duration(float64(r.total-r.done) / rate * float64(time.Second))
			attrs = append(attrs, "eta", eta.Round(time.Second).String())
		}
	}
	r.log.Info("ingest progress", attrs...)
}

// Finish implements Reporter.
func (r *LogReporter) Finish(Summary) {}
