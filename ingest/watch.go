package ingest

import (
	"context"
	"log/slog"
	"time"
)

// Watch calls run at once and then every interval until ctx is done. A run
// that fails is logged and the schedule goes on; a run that takes longer
// than the interval delays the next one instead of overlapping it. Watch
// returns nil when ctx is cancelled (the clean way to stop it).
func Watch(ctx context.Context, every time.Duration, log *slog.Logger, run func(ctx context.Context) error) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for n := 1; ; n++ {
		if err := run(ctx); err != nil && ctx.Err() == nil {
			log.Warn("ingest run failed", "run", n, "err", err)
		}
		if ctx.Err() != nil {
			return nil
		}
		log.Info("next ingest run", "in", every.String())
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}
