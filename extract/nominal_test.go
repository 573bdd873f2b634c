package extract

import "testing"

// TestNominal covers relations carried by nouns: offers, demands,
// disputes and decisions named by a noun phrase.
func TestNominal(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the statements
		not  []string // none of these may be
	}{
		{"turning down or taking up a possessed offer answers its maker, who made it to the subject, even when the answer is negated; an offer that names its target, or one merely approved, is not made to the subject",
			"Halvorsen Group rejected Brightwater Corp's unsolicited offer on Monday. Drenland accepted Castavia's invitation. Velmora Mining did not rebuff Ostrava Steel's bid. Halvorsen Group rejected Tarsk Foods' offer for Marlow Dairies. The regulator Kestrel Authority approved Ostrava Steel's bid.",
			[]string{"Brightwater Corp|offer|Halvorsen Group", "Castavia|invite|Drenland", "Ostrava Steel|bid|Velmora Mining"},
			[]string{"Tarsk Foods|offer|Halvorsen Group", "Ostrava Steel|bid|Kestrel Authority", "Ostrava Steel|bid|Velmora Mining|negated"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
