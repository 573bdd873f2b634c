package extract

import "testing"

// TestAnswers covers acts that answer or stand for another actor: an
// answered offer or charge, a possessed act, a nominal act with its agent.
func TestAnswers(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the statements
		not  []string // none of these may be
	}{
		{"a possessed act with an 'of' phrase after it is the possessor's act, whatever the phrase ends in",
			"The board of Pellam Foods accepted Rorke Capital's offer of $12 a share on Friday.",
			[]string{"Pellam Foods|accept|Rorke Capital"}, nil},
		{"a claim, description or request in apposition to the clause that said, called or asked it is its sayer's",
			"The Orvell Party asked the court to annul the vote, a request Judge Ana Wambui rejected. The Farmers Union said the Ministry of Agriculture had lied about the subsidies, a claim Agriculture Minister Eva Lund disputed. Tomas Vidal called Halvex Group a cartel, a description that Halvex rejects.",
			[]string{"Ana Wambui|reject|Orvell Party", "Eva Lund|dispute|Farmers Union|reported", "Halvex Group|reject|Tomas Vidal"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
