package extract

import (
	"testing"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tk := NewTokenizer(testLexicon(t))
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"punctuation", "Hello, world!", []string{"Hello", ",", "world", "!"}},
		{"abbreviations", "Mr. Smith of the U.S. met Gen. Lee.", []string{"Mr.", "Smith", "of", "the", "U.S.", "met", "Gen.", "Lee", "."}},
		{"possessive and negation", "Russia's envoy didn't go.", []string{"Russia", "'s", "envoy", "did", "n't", "go", "."}},
		{"curly clitics", "Russia’s aide", []string{"Russia", "’s", "aide"}},
		{"quotes", "“Yes,” he said.", []string{"“", "Yes", ",", "”", "he", "said", "."}},
		{"dashes", "Trump — and others—left", []string{"Trump", "—", "and", "others", "—", "left"}},
		{"hyphenated kept", "a long-range weapon", []string{"a", "long-range", "weapon"}},
		{"plural possessive", "the leaders' talks", []string{"the", "leaders", "'", "talks"}},
		{"numbers", "$1.5bn, 20%", []string{"$1.5bn", ",", "20%"}},
		{"pre-tokenised clitics", "the Queen 's medal did n't", []string{"the", "Queen", "'s", "medal", "did", "n't"}},
		{"treebank quotes", "known as `` Red Hill '' .", []string{"known", "as", "``", "Red", "Hill", "''", "."}},
		{"'no.' keeps its period only before a number", "said no. At No. 10", []string{"said", "no", ".", "At", "No.", "10"}},
		{"a comma or semicolon typed between letters with no space separates words, not a number's comma", "the Party,said it;but 1,000 and 2,5", []string{"the", "Party", ",", "said", "it", ";", "but", "1,000", "and", "2,5"}},
		{"'ex-' before a name is split from it", "ex-Worldcom boss, Ex-Labour MP, ex-wife", []string{"ex-", "Worldcom", "boss", ",", "Ex-", "Labour", "MP", ",", "ex-wife"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := tk.Tokenize(tc.text, Span{0, len(tc.text)}, 0, nil)
			var got []string
			for _, x := range toks {
				got = append(got, x.Text)
			}
			if !equalStrings(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mr. A's “b” — c.", "n't", "'s", "“", "U.S.A.", "--x--", "can’t"} {
		f.Add(s)
	}
	tk := NewTokenizer(testLexicon(f))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip()
		}
		prev := 0
		for _, x := range tk.Tokenize(text, Span{0, len(text)}, 0, nil) {
			if x.Span.Start < prev || x.Span.End <= x.Span.Start || x.Span.End > len(text) {
				t.Fatalf("bad token span %v after %d in %q", x.Span, prev, text)
			}
			if x.Text != text[x.Span.Start:x.Span.End] {
				t.Fatalf("token text %q is not its span %v", x.Text, x.Span)
			}
			if !utf8.ValidString(x.Text) {
				t.Fatalf("token %q splits a rune", x.Text)
			}
			prev = x.Span.End
		}
	})
}
