package analysis

import (
	"testing"
	"time"
)

func TestParseFilter(t *testing.T) {
	tests := []struct {
		name         string
		since, until string
		classes      []string
		wantSince    string
		wantUntil    string
		wantClasses  int
		wantErr      bool
	}{
		{name: "empty"},
		{name: "dates", since: "2025-10-01", until: "2025-10-31", wantSince: "2025-10-01T00:00:00Z", wantUntil: "2025-10-31T23:59:59Z"},
		{name: "rfc3339", since: "2025-10-01T12:00:00+02:00", wantSince: "2025-10-01T10:00:00Z"},
		{name: "classes", classes: []string{"verbal-conflict,role", "neutral", "role"}, wantClasses: 3},
		{name: "bad class", classes: []string{"friendly"}, wantErr: true},
		{name: "bad date", since: "yesterday", wantErr: true},
		{name: "until before since", since: "2025-10-02", until: "2025-10-01", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := ParseFilter(tc.since, tc.until, tc.classes)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			format := func(x time.Time) string {
				if x.IsZero() {
					return ""
				}
				return x.UTC().Truncate(time.Second).Format(time.RFC3339)
			}
			if format(f.Since) != tc.wantSince || format(f.Until) != tc.wantUntil || len(f.Classes) != tc.wantClasses {
				t.Errorf("filter = since %s until %s classes %v", format(f.Since), format(f.Until), f.Classes)
			}
		})
	}
}
