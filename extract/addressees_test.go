package extract

import "testing"

// TestSharedAddressees: an act aimed at a counterpart it leaves unnamed
// ("threatened to close the border", "demanded an explanation") takes the
// actor a verb coordinated with it acts on, never one named in a relative
// clause or standing as another phrase's possessor.
func TestSharedAddressees(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"threat after a charge", "Velmora accused Ostria of arming the rebels and threatened to close the border.",
			[]string{"Velmora|accuse|Ostria", "Velmora|threaten|Ostria"}, nil},
		{"demand after a recall", "Velmora recalled its ambassador from Ostria on Monday and demanded an explanation.",
			[]string{"Velmora|demand|Ostria"}, nil},
		{"offer after urging", "Labour Minister Dana Kirel urged Corra Metals to resume talks and offered to mediate.",
			[]string{"Dana Kirel|urge|Corra Metals", "Dana Kirel|offer|Corra Metals"}, nil},
		{"request after thanks", "Velmora thanked Ostria for the seizure and asked for the names of the buyers.",
			[]string{"Velmora|ask|Ostria"}, nil},
		{"own addressee", "Velmora thanked Ostria for its help and asked the envoy to stay.",
			nil, []string{"Velmora|ask|Ostria"}},
		{"relative clause", "Zeta Fund, which owns 9 percent of Corra Metals, threatened to vote against the merger.",
			nil, []string{"Zeta Fund|threaten|Corra Metals"}},
		{"named addressee", "Velmora criticised Ostria and warned Kessa against joining the pact.",
			[]string{"Velmora|warn|Kessa"}, []string{"Velmora|warn|Ostria"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}
