package extract

import (
	"testing"
	"unicode/utf8"
)

func sentenceTexts(text string, ss []Sentence, skipped bool) []string {
	var out []string
	for _, s := range ss {
		if s.Skip == skipped {
			out = append(out, text[s.Span.Start:s.Span.End])
		}
	}
	return out
}

func TestSplit(t *testing.T) {
	sp := NewSplitter(testLexicon(t))
	tests := []struct {
		name string
		text string
		want []string
		skip []string
	}{
		{"two sentences", "The board met. It agreed a deal.", []string{"The board met.", "It agreed a deal."}, nil},
		{"titles", "Mr. Jones met Dr. Brown on Jan. 6 in Paris. They talked.", []string{"Mr. Jones met Dr. Brown on Jan. 6 in Paris.", "They talked."}, nil},
		{"initialism mid-sentence", "The U.S. Senate voted on Monday.", []string{"The U.S. Senate voted on Monday."}, nil},
		{"a company's abbreviated name ends a sentence before a first name or a capitalised word before a lower-case one, not before a title or a name's joiner",
			"The court fined Zeta Corp. Ana Ruiz, its founder, will appeal. Regulators fined Halden Inc. Corporate lawyers said the fine was high. Tarvo Ltd. Board of Directors met. Kell Bros. Chief Executive Ola Berg quit.",
			[]string{"The court fined Zeta Corp.", "Ana Ruiz, its founder, will appeal.", "Regulators fined Halden Inc.", "Corporate lawyers said the fine was high.", "Tarvo Ltd. Board of Directors met.", "Kell Bros. Chief Executive Ola Berg quit."}, nil},
		{"a company's abbreviated name ends a sentence before an opener, not before a name", "The regulator fined Acme Corp. The company will appeal. Halden Inc. Chairman Ola Berg resigned.", []string{"The regulator fined Acme Corp.", "The company will appeal.", "Halden Inc. Chairman Ola Berg resigned."}, nil},
		{"initialism at end", "Troops left the U.S. The talks ended.", []string{"Troops left the U.S.", "The talks ended."}, nil},
		{"a decimal number ends a sentence", "Acme raised its stake to 42.3%. Under the rules, it must bid. Prices rose 1.5. Sales fell.", []string{"Acme raised its stake to 42.3%.", "Under the rules, it must bid.", "Prices rose 1.5.", "Sales fell."}, nil},
		{"quote attribution stays", "“Is it over?” Smith asked. “Yes,” she said.", []string{"“Is it over?” Smith asked.", "“Yes,” she said."}, nil},
		{"a sentence opening with a guillemet quotation is a new sentence", "«We will appeal,» Smith said. «The ruling is wrong.» She left.", []string{"«We will appeal,» Smith said.", "«The ruling is wrong.»", "She left."}, nil},
		{"closing quote kept", "He said: \"We will win.\" Then he left.", []string{"He said: \"We will win.\"", "Then he left."}, nil},
		{"dateline", "PARIS — The minister resigned on Friday.", []string{"The minister resigned on Friday."}, []string{"PARIS —"}},
		{"dateline with an agency", "NAIROBI (Reuters) - The minister resigned on Friday.", []string{"The minister resigned on Friday."}, []string{"NAIROBI (Reuters) -"}},
		{"dateline with a country and a date", "TAMPERE, Finland, May 2 - Bakers walked out on Monday.", []string{"Bakers walked out on Monday."}, []string{"TAMPERE, Finland, May 2 -"}},
		{"dateline with an abbreviated month", "OSLO, Nov. 14 - The talks broke up.", []string{"The talks broke up."}, []string{"OSLO, Nov. 14 -"}},
		{"a dateline with a country or date and an agency is a sentence of its own, not skipped: it names the home country", "TARTU, Estonia (AP) - The mayor resigned on Friday.", []string{"TARTU, Estonia (AP) -", "The mayor resigned on Friday."}, nil},
		{"dateline with a two-word country and an agency", "GHENT, North Belgium (AFP) — Dockers walked out.", []string{"GHENT, North Belgium (AFP) —", "Dockers walked out."}, nil},
		{"dateline with a date and a hyphenated agency", "PERTH, Jan 9 (Reuters-style) - Miners struck.", []string{"PERTH, Jan 9 (Reuters-style) -", "Miners struck."}, nil},
		{"dateline with a country, a date and an agency", "LEON, Spain, Oct 3 (Reuters) - The council met.", []string{"LEON, Spain, Oct 3 (Reuters) -", "The council met."}, nil},
		{"a bracket of prose after a capitalised opening is no dateline", "UNICEF, Norway (which pays most) - and others met.", []string{"UNICEF, Norway (which pays most) - and others met."}, nil},
		{"a capitalised opening before a comma and prose is no dateline", "NATO, the alliance, said - after a pause - it would act.", []string{"NATO, the alliance, said - after a pause - it would act."}, nil},
		{"photo credit", "The minister resigned.\nJane Roe/Reuters/Alamy\nHe was replaced.", []string{"The minister resigned.", "He was replaced."}, []string{"Jane Roe/Reuters/Alamy"}},
		{"paragraphs", "Headline without stop\n\nFirst line here.", []string{"Headline without stop", "First line here."}, nil},
		{"lower-case after period", "Sales rose 3.5 per cent. Shares fell.", []string{"Sales rose 3.5 per cent.", "Shares fell."}, nil},
		{"'no.' before a number only", "He said no. Leaders met at No. 10 Downing Street.", []string{"He said no.", "Leaders met at No. 10 Downing Street."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ss := sp.Split(tc.text, nil)
			if got := sentenceTexts(tc.text, ss, false); !equalStrings(got, tc.want) {
				t.Errorf("Split(%q) sentences = %q, want %q", tc.text, got, tc.want)
			}
			if got := sentenceTexts(tc.text, ss, true); !equalStrings(got, tc.skip) {
				t.Errorf("Split(%q) skipped = %q, want %q", tc.text, got, tc.skip)
			}
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Mr. A met B. C left.", "“Why?” he asked.\nX/Y/Z", "WASHINGTON — Hi.", "", "..", "a.\n.b"} {
		f.Add(s)
	}
	sp := NewSplitter(testLexicon(f))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		prev := 0
		for _, s := range sp.Split(text, nil) {
			if s.Span.Start < prev || s.Span.End <= s.Span.Start || s.Span.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", s.Span, prev, text)
			}
			if !utf8.ValidString(text[s.Span.Start:s.Span.End]) {
				t.Fatalf("span %v splits a rune in %q", s.Span, text)
			}
			prev = s.Span.End
		}
	})
}
