package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOpenTuples checks the surface-order open triples that sentence mode
// (ExtractSentences) gives Open IE benchmarks.
func TestOpenTuples(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name     string
		sentence string
		want     []string // subject_text|predicate_text|object_text[|extra_args...]
		not      []string
	}{
		{"passive keeps surface order", "The fort was captured by Ravi Menon in 1802 .",
			[]string{"The fort|was captured by|Ravi Menon in 1802"}, []string{"Ravi Menon|was captured|The fort"}},
		{"verb without complements takes its adjuncts", "The talks ended abruptly .",
			[]string{"The talks|ended|abruptly"}, nil},
		{"subject keeps its prepositional phrases", "The talks between the two firms ended abruptly .",
			[]string{"The talks between the two firms|ended|abruptly"}, []string{"The talks|ended|abruptly"}},
		{"adverb inside a noun phrase", "Henry Voss obtained a partly conductive material .",
			[]string{"Henry Voss|obtained|a partly conductive material"}, []string{"Henry Voss|obtained|a"}},
		{"copula with a named object", "Lena Ortiz is the mayor of Bergen .",
			[]string{"Lena Ortiz|is|the mayor of Bergen"}, nil},
		{"that-clause object of any verb", "The two firms agreed that Ford may buy Jaguar .",
			[]string{"The two firms|agreed|that Ford may buy Jaguar"}, nil},
		{"wh-clause object", "The court defined when companies may defend themselves .",
			[]string{"The court|defined|when companies may defend themselves"}, nil},
		{"bare clause object", "Ms. Shere figures she will have to rewrite the recipes .",
			[]string{"Ms. Shere|figures|she will have to rewrite the recipes"}, nil},
		{"infinitive joins its matrix verb", "Ana Moss was also able to control the budget . Rui Lobo tries to woo Lydia Carew .",
			[]string{"Ana Moss|was also able to control|the budget", "Rui Lobo|tries to woo|Lydia Carew"},
			[]string{"Rui Lobo|tries tries to woo|Lydia Carew"}},
		{"object before a preposition joins the relation", "Steve Wong took a quick interest in the hunt .",
			[]string{"Steve Wong|took a quick interest in|the hunt"}, []string{"Steve Wong|took in|the hunt"}},
		{"prepositional complement", "Mira Lenz moved to a small town near Basel .",
			[]string{"Mira Lenz|moved to|a small town near Basel"}, nil},
		{"object runs to the end of its clause", "Paul Weir left the boat there for nearly five hours .",
			[]string{"Paul Weir|left|the boat there for nearly five hours"}, nil},
		{"object stops at a relative clause", "Tara Voss bought a house near the river , which she sold in 1990 .",
			[]string{"Tara Voss|bought|a house near the river"}, []string{"Tara Voss|bought|a house near the river , which she sold in 1990"}},
		{"object stops before a conjoined verb", "The firm hired two cooks last week and then opened a second shop .",
			[]string{"The firm|hired|two cooks last week"}, []string{"The firm|hired|two cooks last week and then opened a second shop"}},
		{"sentence-opening adjunct is a further argument", "In 1952 , Ada Brenner founded a small school in Leeds .",
			[]string{"Ada Brenner|founded|a small school in Leeds|In 1952"}, []string{"Ada Brenner|founded|a small school in Leeds"}},
		{"opening phrase without a comma is a further argument", "On 1 July 1955 he was made an officer of the order .",
			[]string{"he|was made|an officer of the order|On 1 July 1955"}, []string{"July 1955 he|was made|an officer of the order|On 1"}},
		{"opening year is not part of the subject", "In 2004 the city council approved a new plan .",
			[]string{"the city council|approved|a new plan|In 2004"}, []string{"2004 the city council|approved|a new plan"}},
		{"apposition of a plain noun phrase, and its verb's subject", "The rebels , a small group of farmers , seized the town .",
			[]string{"The rebels|are|a small group of farmers", "The rebels|seized|the town"}, []string{"The rebels|is|a small group of farmers"}},
		{"an adverb between commas is no apposition", "The old firm , however , refused the offer .",
			[]string{"The old firm|refused|the offer"}, []string{"The old firm|is|however"}},
		{"connective is not an adjunct", "For example , Ada Brenner founded a small school .",
			[]string{"Ada Brenner|founded|a small school"}, []string{"Ada Brenner|founded|a small school|For example"}},
		{"subject keeps its modifiers", "State - owned Velco sold its port .",
			[]string{"State - owned Velco|sold|its port"}, []string{"Velco|sold|its port"}},
		{"subject keeps its quantifier", "Most of the workers joined the strike .",
			[]string{"Most of the workers|joined|the strike"}, []string{"the workers|joined|the strike"}},
		{"predicative adjective joins the relation", "The sale is subject to approval by the board . Lena Ortiz was fond of old maps .",
			[]string{"The sale|is subject to|approval by the board", "Lena Ortiz|was fond of|old maps"}, []string{"The sale|is|subject to approval by the board"}},
		{"clause without an object takes the opening adjunct", "After the storm of 1846 , the old houses were rebuilt .",
			[]string{"the old houses|were rebuilt|After the storm of 1846"}, nil},
		{"infinitive's matrix verb is not a clause of its own", "Rui Lobo tries to woo Lydia Carew .",
			[]string{"Rui Lobo|tries to woo|Lydia Carew"}, []string{"Rui Lobo|tries|to woo Lydia Carew"}},
		{"verb after a conjunction shares the subject", "He served as the mayor of Leeds and became a judge of the High Court .",
			[]string{"He|served as|the mayor of Leeds", "He|became|a judge of the High Court"}, nil},
		{"a place keeps its region and a date its year", "Ana Moss lived in Dover , Delaware , until her death . Rui Lobo left on May 2 , 1901 .",
			[]string{"Ana Moss|lived|in Dover , Delaware", "Rui Lobo|left on|May 2 , 1901"}, nil},
		{"a lone opening adverb is not an adjunct", "However , Ada Brenner founded a small school .",
			[]string{"Ada Brenner|founded|a small school"}, []string{"Ada Brenner|founded|a small school|However"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.ExtractSentences(context.Background(), "t", []string{tc.sentence})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range ex.Statements {
				got = append(got, strings.Join(append([]string{s.SubjectText, s.PredicateText, s.ObjectText}, s.ExtraArgs...), "|"))
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range tc.not {
				if slices.Contains(got, n) {
					t.Errorf("unexpected %q in %q", n, got)
				}
			}
		})
	}
}

// TestOpenRolesRankLow checks that in sentence mode a role statement ranks
// below the surface triple it comes from.
func TestOpenRolesRankLow(t *testing.T) {
	p := pipeline(t)
	ex, err := p.ExtractSentences(context.Background(), "t", []string{"Lena Ortiz is the mayor of Bergen ."})
	if err != nil {
		t.Fatal(err)
	}
	var surface, role float64
	for _, s := range ex.Statements {
		switch {
		case s.Role:
			role = max(role, s.Confidence)
		case s.PredicateText == "is" && s.SubjectText == "Lena Ortiz":
			surface = s.Confidence
		}
	}
	if role == 0 || surface == 0 || role >= surface {
		t.Errorf("role confidence %v, surface confidence %v: want a role below the surface triple", role, surface)
	}
}

// TestOpenRanking checks the tiers of sentence-mode confidence: the main
// tuple of a verb (its whole complement) above the verb's other readings,
// and those above verb-less triples.
func TestOpenRanking(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name          string
		sentence      string
		higher, lower string // subject_text|predicate_text|object_text
	}{
		{"whole complement above the bare object", "Mira Lenz sold the old mill to a bakery in 1990 .",
			"Mira Lenz|sold|the old mill to a bakery in 1990", "Mira Lenz|sold|the old mill"},
		{"whole complement above a preposition in the relation", "The council moved its offices to a small town near Basel .",
			"The council|moved|its offices to a small town near Basel", "The council|moved its offices to|a small town"},
		{"verb triple above a verb-less one", "The owner of the shop hired two cooks .",
			"The owner of the shop|hired|two cooks", "The owner|is of|the shop"},
		{"finite verb above a participle", "Tara Voss bought the mill , hoping to sell it .",
			"Tara Voss|bought|the mill", "Tara Voss|hoping to sell|it"},
		{"apposition above list items", "Ana Reyes , a chemist , joined the firm , Velco , Dorn and Tillis .",
			"Ana Reyes|is|a chemist", "the firm|is|Velco"},
		{"apposition above a date's parts", "Ana Reyes , a chemist , was born on October 6 , 1973 .",
			"Ana Reyes|is|a chemist", "October 6|is|1973"},
		{"apposition above a verb-less 'of' triple", "Karl Ude , a retired judge , wrote a history of the town .",
			"Karl Ude|is|a retired judge", "a history|is of|the town"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.ExtractSentences(context.Background(), "t", []string{tc.sentence})
			if err != nil {
				t.Fatal(err)
			}
			conf := map[string]float64{}
			var got []string
			for _, s := range ex.Statements {
				k := s.SubjectText + "|" + s.PredicateText + "|" + s.ObjectText
				conf[k] = max(conf[k], s.Confidence)
				got = append(got, k)
			}
			hi, okh := conf[tc.higher]
			lo, okl := conf[tc.lower]
			if !okh || !okl {
				t.Fatalf("want both %q and %q in %q", tc.higher, tc.lower, got)
			}
			if hi <= lo {
				t.Errorf("%q at %v not above %q at %v", tc.higher, hi, tc.lower, lo)
			}
		})
	}
}

// FuzzExtractSentences checks the invariants of sentence mode on any lines:
// no panic, spans inside the joined text, each statement on a given line
// with non-empty ends, its argument texts words of that line, and a
// confidence in (0, 1].
func FuzzExtractSentences(f *testing.F) {
	for _, s := range []string{
		"In 1952 , Ada Brenner founded a small school in Leeds .\nMost of the workers joined the strike .",
		"After the storm , the houses were rebuilt and became homes .",
		", , and was .", "Dover , Delaware , 1901 , 2 ,", "is subject to", "",
	} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 1<<14 {
			t.Skip()
		}
		lines := strings.Split(text, "\n")
		ex, err := p.ExtractSentences(context.Background(), "fuzz", lines)
		if err != nil {
			t.Fatalf("ExtractSentences(%q): %v", lines, err)
		}
		joined := strings.Join(lines, "\n")
		for _, s := range ex.Statements {
			if s.Span[0] < 0 || s.Span[1] <= s.Span[0] || s.Span[1] > len(joined) {
				t.Fatalf("span %v outside text of %d bytes", s.Span, len(joined))
			}
			if s.Sentence < 0 || s.Sentence >= len(lines) {
				t.Fatalf("sentence %d of %d lines", s.Sentence, len(lines))
			}
			if strings.TrimSpace(s.SubjectText) == "" || strings.TrimSpace(s.ObjectText) == "" || strings.TrimSpace(s.PredicateText) == "" {
				t.Fatalf("empty field in %+v", s)
			}
			if s.Confidence <= 0 || s.Confidence > 1 {
				t.Fatalf("confidence %v", s.Confidence)
			}
			line := strings.Join(strings.Fields(lines[s.Sentence]), " ")
			for _, w := range append([]string{s.SubjectText, s.ObjectText}, s.ExtraArgs...) {
				if !strings.Contains(line, w) {
					t.Fatalf("line %q does not hold %q", line, w)
				}
			}
		}
	})
}

// TestOpenBareClauseFlags checks that a triple the open pass adds for a
// clause keeps the clause's negation and modality.
func TestOpenBareClauseFlags(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		sentence, pred string
		negated        bool
		modality       string
	}{
		{"After the war , the old army was not disbanded .", "was not disbanded", true, "asserted"},
		{"After the war , the old army might be disbanded .", "might be disbanded", false, "hypothetical"},
		{"After the war , the old army was disbanded .", "was disbanded", false, "asserted"},
	}
	for _, tc := range tests {
		t.Run(tc.pred, func(t *testing.T) {
			ex, err := p.ExtractSentences(context.Background(), "t", []string{tc.sentence})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range ex.Statements {
				if s.PredicateText == tc.pred && s.SubjectText == "the old army" {
					if s.Negated != tc.negated || string(s.Modality) != tc.modality {
						t.Errorf("%q: negated %v modality %q, want %v %q", tc.sentence, s.Negated, s.Modality, tc.negated, tc.modality)
					}
					return
				}
			}
			t.Errorf("%q: no 'the old army|%s' statement in %+v", tc.sentence, tc.pred, ex.Statements)
		})
	}
}
