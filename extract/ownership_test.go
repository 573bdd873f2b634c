package extract

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// checkStatements runs each case through the pipeline and checks the
// statements it must and must not give.
func checkStatements(t *testing.T, tests []struct {
	name, text string
	want, not  []string
}) {
	t.Helper()
	p := pipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}

func TestOwnership(t *testing.T) {
	checkStatements(t, []struct {
		name, text string
		want, not  []string
	}{
		{"shares before the participle, owners after each share",
			"The Tarsk smelter is 55 percent owned by Halvex Group and 45 percent by Orlan Foods.",
			[]string{"Halvex Group|own|The Tarsk smelter", "Orlan Foods|own|The Tarsk smelter"},
			[]string{"Orlan Foods|own|45 percent"}},
		{"per cent and a comma before the second owner",
			"The ferry line is 70 per cent owned by Vexa Group, and 30 per cent by Brandex Holdings.",
			[]string{"Vexa Group|own|The ferry line", "Brandex Holdings|own|The ferry line"}, nil},
		{"a percent sign",
			"Kelmor Bank is 51% owned by the Dunmore Trust.",
			[]string{"Dunmore Trust|own|Kelmor Bank"}, nil},
		{"a negated copula negates the ownership",
			"Kelmor Bank is not 51 percent owned by the Dunmore Trust.",
			[]string{"Dunmore Trust|own|Kelmor Bank|negated"}, []string{"Dunmore Trust|own|Kelmor Bank"}},
		{"an adverb of share inside the passive",
			"Ana Ruiz hired a firm partly owned by Tomas Vell.",
			[]string{"Tomas Vell|own|a firm"}, nil},
		{"a share of the company",
			"Halvex Group owns about 30 percent of Orlan Foods.",
			[]string{"Halvex Group|own|Orlan Foods"}, nil},
		{"a share of a company's shares or votes is a stake in the company the phrase names, else the one the holder heads, the sentence names before it or the story is about, not one named after it",
			"Korvik Oyj rejected a bid from Stellmark on Monday. Korvik said the offer was too low. Rautio Holding owns about 19% of the shares and 31% of the votes. Packard Trust, which holds about 10 percent of Korvik shares, opposed the bid. Korvik's chairman, Ivo Lind, whose family holds 31% of the shares, said he would not sell. Brena Fund controls 8 percent of the votes in Stellmark.",
			[]string{"Rautio Holding|own|Korvik Oyj", "Packard Trust|hold|Korvik Oyj", "Ivo Lind|hold|Korvik Oyj"},
			[]string{"Rautio Holding|own|Stellmark", "Brena Fund|control|Korvik Oyj"}},
	})
}

func TestNominalPatterns(t *testing.T) {
	checkStatements(t, []struct {
		name, text string
		want, not  []string
	}{
		{"an offer from a named operator answered by the subject",
			"Vexa Group rejected a final wage offer from the operator, Halvex Group.",
			[]string{"Halvex Group|offer|Vexa Group", "Vexa Group|reject|Halvex Group"}, nil},
		{"the offer is made even when it is not accepted",
			"Vexa Group did not accept the offer from Halvex Group.",
			[]string{"Halvex Group|offer|Vexa Group"}, []string{"Halvex Group|offer|Vexa Group|negated"}},
		{"a bid for someone else targets that one",
			"Dunmore Rovers rejected a bid from Kelso Athletic for Tomas Vell.",
			nil, []string{"Kelso Athletic|bid|Dunmore Rovers"}},
		{"an attack by ships on a boat",
			"Chile condemned an attack by navy patrol ships on a fishing boat.",
			[]string{"navy patrol ships|attack|a fishing boat"}, nil},
		{"a statement speaks for its issuer",
			"Prime Minister Ana Ruiz issued a statement calling on Peru to halt the raids.",
			[]string{"Ana Ruiz|call|Peru"}, []string{"a statement|call|Peru"}},
		{"a court after in is a place",
			"The Orlan pension fund sued Halvex Group in the Tarsk District Court. Ana Ruiz accused Tomas Vell in court of lying.",
			[]string{"The Orlan pension fund|sue|Halvex Group", "Ana Ruiz|accuse|Tomas Vell"},
			[]string{"The Orlan pension fund|sue|Tarsk District Court", "Ana Ruiz|accuse|court"}},
		{"a court as the one appealed to stays",
			"Halvex Group appealed to the Supreme Court.",
			[]string{"Halvex Group|appeal|Supreme Court"}, nil},
		{"quick to side with",
			"Bolivia was quick to side with Peru. Brazil sided with Chile.",
			[]string{"Bolivia|side|Peru", "Brazil|side|Chile"}, []string{"Bolivia|side|Peru|hypothetical"}},
		{"accused of a gerund, criticism from a party",
			"Tomas Vell accused union leaders of misleading members. Chile rejected criticism from the opposition Green Party.",
			[]string{"Tomas Vell|accuse|union leaders", "Chile|reject|Green Party"}, nil},
	})
}

func TestObjectStage(t *testing.T) {
	checkStatements(t, []struct {
		name, text string
		want, not  []string
	}{
		{"an event object with a modifier is named by its head",
			"Regulators in Chile blocked the proposed merger between Halvex Group and Orlan Foods. Ana Ruiz welcomed the planned merger.",
			[]string{"Regulators|block|merger", "Ana Ruiz|welcome|merger", "Halvex Group|merge|Orlan Foods"}, nil},
		{"a plain definite object keeps its words",
			"Ana Ruiz welcomed the ruling.",
			[]string{"Ana Ruiz|welcome|the ruling"}, nil},
		{"a name, a possessor or an of-phrase keeps the phrase",
			"Tomas Vell criticised the new Tarsk agreement. Ana Ruiz ended months of fruitless talks.",
			nil, []string{"Tomas Vell|criticise|agreement", "Ana Ruiz|end|talks"}},
	})
	p := pipeline(t)
	ex, err := p.Extract(context.Background(), "test", "Ana Ruiz signed the final communiqué. Tomas Vell rejected the final communiqué.")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ex.Entities {
		if e.Name == "communiqué" {
			n++
			if e.Type != schema.Document || e.Mentions != 2 {
				t.Errorf("communiqué: type %s, %d mentions; want Document, 2", e.Type, e.Mentions)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d entities named communiqué, want 1", n)
	}
	// sentence mode keeps the phrases
	sx, err := p.ExtractSentences(context.Background(), "test", []string{"Regulators blocked the proposed merger."})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sx.Statements {
		if s.Object == "merger" {
			t.Errorf("sentence mode renamed an object: %s", triple(s))
		}
	}
}
