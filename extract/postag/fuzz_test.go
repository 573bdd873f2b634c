package postag

import (
	"slices"
	"strings"
	"testing"
)

func FuzzTag(f *testing.F) {
	tg, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The minister said he would resign .")
	f.Add("“ We will not accept this , ” she told reporters .")
	f.Add("Trump ’s envoy — Steve Witkoff — met Putin")
	f.Add("\xff \x00 ’’ 2022 U.S. $")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		tags := tg.Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("Tag(%q): %d tags for %d words", words, len(tags), len(words))
		}
		for i, tag := range tags {
			if !slices.Contains(Tags[:], tag) {
				t.Fatalf("Tag(%q)[%d] = %q, not a tag", words, i, tag)
			}
		}
		if again := tg.Tag(words); !slices.Equal(again, tags) {
			t.Fatalf("Tag(%q) not deterministic: %q then %q", words, tags, again)
		}
	})
}
