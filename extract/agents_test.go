package extract

import "testing"

func TestCoordinatedAgents(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a bare name after an agent's description and apposition, joined by 'and' without a second 'by', is a second agent",
			"The treaty was unveiled by Ostrelia's trade commissioner, Lena Pellgrim, and Varnian Trade Minister Tomas Halvik at a summit in Orsk.",
			[]string{"Lena Pellgrim|unveil|The treaty", "Tomas Halvik|unveil|The treaty"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
