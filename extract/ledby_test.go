package extract

import "testing"

// TestLedGroups checks "led by" and "headed by" after a group: the leader
// leads the group the phrase names, not the body its members belong to
// or come from; and a counted part of a party's members acts as itself.
func TestLedGroups(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"members named by a possessive are led, not their party",
			`QUITO - Andina's ruling Civic Front split on Monday when nine of its deputies, led by former finance minister Rosa Almagro, walked out of the party.`,
			[]string{"Rosa Almagro|lead|nine of its deputies"},
			[]string{"Rosa Almagro|lead|Civic Front"}},
		{"a mission from a body is led, not the body",
			`HARARE - A monitoring mission from the East African Community (EAC), led by former Ugandan judge Peter Okello, said the count was credible.`,
			[]string{"Peter Okello|lead|A monitoring mission"},
			[]string{"Peter Okello|lead|East African Community"}},
		{"a delegation from a body is headed, not the body",
			`LAGOS - A trade delegation from the Nordic Council, headed by Lars Berg, visited Lagos on Friday.`,
			[]string{"Lars Berg|head|A trade delegation"},
			[]string{"Lars Berg|head|Nordic Council"}},
		{"some of a party's elected members act as a group of their own, not as the party",
			`QUITO - Two earlier motions had failed. This time the ruling Civic Front split, and six of its deputies backed the opposition motion.`,
			[]string{"six of its deputies|back|the opposition motion"},
			[]string{"Civic Front|back|the opposition motion"}},
		{"'led by' after a clause's object that names no actor leads the clause's subject",
			`SANTO DOMINGO - The bill fell by 17 votes to 14. Six senators from the ruling Civic Union broke ranks, led by the former party chairman, Senator Ana Ruiz. Striking dockers blocked the gates, led by union chief Tomas Vell.`,
			[]string{"Ana Ruiz|lead|Six senators from the ruling Civic Union", "Tomas Vell|lead|dockers"},
			[]string{"Ana Ruiz|lead|ranks", "Tomas Vell|lead|the gates"}},
		{"a body itself led by a person stays led",
			`QUITO - The Civic Front, led by Rosa Almagro, won the vote. Members of the Civic Front, led by Tomas Arcos, protested.`,
			[]string{"Rosa Almagro|lead|Civic Front"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTriples(t, p, tt.text, spo, tt.want, tt.not)
		})
	}
}
