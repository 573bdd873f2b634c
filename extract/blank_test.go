package extract

import (
	"context"
	"testing"
)

// TestBlankInput: empty or white-space-only text gives no statements and
// no error, as one article and as sentences.
func TestBlankInput(t *testing.T) {
	p := pipeline(t)
	for _, text := range []string{"", " ", "\n", "\t \n  ", "\r\n\r\n", "\u00a0", " \n\n \t"} {
		ex, err := p.Extract(context.Background(), "blank", text)
		if err != nil {
			t.Errorf("Extract(%q): %v", text, err)
			continue
		}
		if len(ex.Statements) != 0 || len(ex.Entities) != 0 {
			t.Errorf("Extract(%q): %d statements, %d entities, want none", text, len(ex.Statements), len(ex.Entities))
		}
		ex, err = p.ExtractSentences(context.Background(), "blank", []string{text, text})
		if err != nil {
			t.Errorf("ExtractSentences(%q): %v", text, err)
			continue
		}
		if len(ex.Statements) != 0 {
			t.Errorf("ExtractSentences(%q): %d statements, want none", text, len(ex.Statements))
		}
	}
}
