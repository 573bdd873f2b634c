package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// spTextO writes a statement with its predicate text.
func spTextO(s schema.Statement) string {
	return s.Subject + "|" + s.Predicate + "|" + s.PredicateText + "|" + s.Object
}

// TestLightVerbText: a light verb's statements carry the event noun it
// takes in their predicate text ("launched offer", "staged strike at").
func TestLightVerbText(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"event object", "Halvard Mining launched the offer on Tuesday, a week after Torvik Metals rebuffed it.",
			[]string{"Halvard Mining|launch|launched offer|the offer"}, []string{"Halvard Mining|launch|launched|the offer"}},
		{"phrase after the event", "The Ferrow Dockers Union staged a strike at Kelso Shipping on Monday.",
			[]string{"Ferrow Dockers Union|stage|staged strike at|Kelso Shipping"}, nil},
		{"no event noun", "Halvard Mining opened a plant in Torvik on Tuesday.",
			[]string{"Halvard Mining|open|opened|a plant"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spTextO, tc.want, tc.not)
		})
	}
}

// TestEventTopic: phrases that qualify an event noun object are the
// event's, not the verb's: the maker of a topic ("escalating a row over
// remarks by X") and the topic of a dispute ("deepening a standoff over
// the accord").
func TestEventTopic(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"maker of the topic", "Velmora expelled Ostria's ambassador on Friday, escalating a row over remarks by Ostria's foreign minister, Dana Kirel.",
			[]string{"Velmora|escalate|a row"}, []string{"Velmora|escalate|Dana Kirel"}},
		{"topic of a dispute", "Ostria shut its border crossings on Sunday, deepening a standoff over the Kessa fishing accord.",
			[]string{"Ostria|deepen|a standoff"}, []string{"Ostria|deepen|Kessa fishing accord", "Ostria|deepen|the Kessa fishing accord"}},
		{"maker right after the event", "Zeta Mining rejected the offer from Corra Metals.",
			[]string{"Zeta Mining|reject|Corra Metals"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}

// TestPhrasalPredicates: phrasal verbs and idioms take the predicate they
// stand for ("went on strike against X": strike; "turned the offer down":
// reject).
func TestPhrasalPredicates(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"go on strike against", "The Ferrow Dockers Union went on strike against Kelso Shipping and Brant Lines on Monday.",
			[]string{"Ferrow Dockers Union|strike|went on strike against|Kelso Shipping", "Ferrow Dockers Union|strike|went on strike against|Brant Lines"},
			[]string{"Ferrow Dockers Union|go|went on against|Kelso Shipping"}},
		{"go on an indefinite strike at", "The pilots' union has gone on an indefinite strike at Norsk Air.",
			[]string{"The pilots' union|strike|has gone on strike at|Norsk Air"}, nil},
		{"turn an offer down", "Corra Metals made an offer for Zeta Mining last week, but Zeta Mining turned it down on Friday.",
			[]string{"Zeta Mining|reject|turned|Corra Metals"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spTextO, tc.want, tc.not)
		})
	}
}

// TestForumAndMeasures: taking an actor before a court or a body that
// rules on complaints sues it ("would take Ostria to the World Trade
// Organization"), and "it" before "would take" or "would make" refers when
// an act or measure follows ("said it would make a higher offer"), unlike
// the expletive "it would take years to build".
func TestForumAndMeasures(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"to a trade body", "Velmora said on Friday it would take Ostria to the World Trade Organization.",
			[]string{"Velmora|sue|would take to the World Trade Organization|Ostria"}, []string{"Velmora|take|would take|Ostria"}},
		{"to a tribunal", "The union took Kelso Shipping to an arbitration tribunal in May.",
			[]string{"The union|sue|took to an arbitration tribunal|Kelso Shipping"}, nil},
		{"dispute to a court", "Velmora threatened to take the dispute to the International Court of Justice.",
			nil, []string{"Velmora|sue|take to the International Court of Justice|dispute"}},
		{"it would make an offer", "Corra Metals said it would make a higher offer for Zeta Mining.",
			[]string{"Corra Metals|offer|would make offer for|Zeta Mining"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spTextO, tc.want, tc.not)
		})
	}
}

// TestSecretOfAnger: "made no secret of their anger at X" voices the
// anger, as "voiced anger at X" does: a criticism of X, not negated; and a
// concern voiced "with" X is aimed at X.
func TestSecretOfAnger(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"no secret of anger at", "Chile and Peru have clashed over fishing rights. Chilean officials have made no secret of their anger at Peru's decision to detain the boats.",
			[]string{"Chile|criticise|have made no secret of anger at|Peru"}, nil},
		{"frustration with", "Chile and Peru have clashed over trade. Chile voiced frustration with Peru.",
			[]string{"Chile|criticise|voiced frustration with|Peru"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ex := checkTriples(t, pipeline(t), tc.text, spTextO, tc.want, tc.not)
			for _, s := range ex.Statements {
				if s.Predicate == "criticise" && s.Negated {
					t.Errorf("%q: negated %s|%s|%s", tc.text, s.Subject, s.Predicate, s.Object)
				}
			}
		})
	}
}

// TestProtestNote: an envoy "handed a protest note" without an agent was
// handed it by the state that summoned the envoy.
func TestProtestNote(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"note of protest", "Velmora summoned Ostria's ambassador, Dana Kirel, on Monday. Kirel was handed a formal note of protest at a meeting that lasted ten minutes.",
			[]string{"Velmora|protest|was handed protest note|Dana Kirel"}, nil},
		{"protest note, reported", "Velmora summoned Ostria's ambassador, Dana Kirel, on Monday. The foreign minister said Kirel had been handed a protest note.",
			[]string{"Velmora|protest|had been handed protest note|Dana Kirel"}, nil},
		{"no summons", "Dana Kirel, Ostria's ambassador, was handed a protest note on Monday.",
			nil, []string{"Ostria|protest|was handed protest note|Dana Kirel"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spTextO, tc.want, tc.not)
		})
	}
}

// TestUnionWalksOff: a union that walks off the job strikes against the
// employers whose workers it represents.
func TestUnionWalksOff(t *testing.T) {
	checkTriples(t, pipeline(t), "The Ferrow Dockers Union, which represents 900 dockers at Kelso Shipping Ltd, walked off the job on Saturday after talks failed.",
		spo, []string{"Ferrow Dockers Union|strike|Kelso Shipping Ltd"}, nil)
}

// TestLeaveDeadline: giving an envoy hours or days to leave expels the
// envoy; another deadline stays a plain "give".
func TestLeaveDeadline(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"hours to leave", "The Velmoran foreign ministry gave Ambassador Dana Kirel 72 hours to leave the country on Monday.",
			[]string{"The Velmoran foreign ministry|expel|Dana Kirel"}, []string{"The Velmoran foreign ministry|give|Dana Kirel"}},
		{"a week to respond", "Velmora gave Ostria a week to respond.",
			[]string{"Velmora|give|Ostria"}, []string{"Velmora|expel|Ostria"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}

// TestInquiryIntoPossessed: an investigation into an actor's doings or
// belongings looks into that actor too.
func TestInquiryIntoPossessed(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"into a party's finances", "Prosecutors in Velmora said they had opened an investigation into the Unity Party's finances.",
			[]string{"Prosecutors in Velmora|investigate|Unity Party"}, nil},
		{"into its own accounts", "Corra Metals opened an investigation into its own accounts.",
			nil, []string{"Corra Metals|investigate|Corra Metals"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}
