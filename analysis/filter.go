package analysis

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/schema"
)

// ParseDate reads a date (2006-01-02) or an RFC 3339 time; "" is the zero
// time. A bare date used as an upper bound (endOfDay) includes that whole
// day.
func ParseDate(s string, endOfDay bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
	}
	if endOfDay {
		t = t.Add(24*time.Hour - time.Nanosecond)
	}
	return t, nil
}

// ParseFilter builds the filter of the analysis commands and endpoints
// from since and until dates and influence class names (each may hold
// several, comma-separated). It names the bad value in its error.
func ParseFilter(since, until string, classes []string) (schema.Filter, error) {
	var f schema.Filter
	var err error
	if f.Since, err = ParseDate(since, false); err != nil {
		return f, fmt.Errorf("since: %w", err)
	}
	if f.Until, err = ParseDate(until, true); err != nil {
		return f, fmt.Errorf("until: %w", err)
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && f.Until.Before(f.Since) {
		return f, fmt.Errorf("until %s is before since %s", until, since)
	}
	valid := schema.Classes()
	for _, v := range classes {
		for c := range strings.SplitSeq(v, ",") {
			c = strings.TrimSpace(c)
			if c == "" {
				continue
			}
			if !slices.Contains(valid, c) {
				return f, fmt.Errorf("class: unknown class %q (want %s)", c, strings.Join(valid, ", "))
			}
			if !slices.Contains(f.Classes, c) {
				f.Classes = append(f.Classes, c)
			}
		}
	}
	return f, nil
}
