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
		{"an interaction timing a clause relates its subject to the partners named after 'with', a description's named apposition or a list; a person a removal verb takes out is the party instead",
			"Tomas Brandt resigned after a dispute with the chairwoman, Ilse Varga. Nora Lind flew home after talks with the union leader, Jana Sova, on Monday. Kestrel Group dismissed its finance director, Per Almqvist, after a long feud with the chief executive, Eva Strand. Drenland expelled the ambassador after a row with Castavia.",
			[]string{"Tomas Brandt|dispute|Ilse Varga", "Nora Lind|talk|Jana Sova", "Per Almqvist|feud|Eva Strand", "Drenland|dispute|Castavia"},
			[]string{"Kestrel Group|feud|Eva Strand"}},
		{"a possessed demand with a 'that' clause presses the clause's subject wherever the demand stands: after a preposition, after a copula, or as the object of a subject that is no actor",
			"Talks collapsed over Drenland's demand that Castavia withdraw its troops. At the heart of the row was Brightwater Corp's demand that Halvorsen Group first sell its shipping arm. Analysts questioned Tarsk Bank's demand that Velmora Mining repay the loan.",
			[]string{"Drenland|demand|Castavia", "Brightwater Corp|demand|Halvorsen Group", "Tarsk Bank|demand|Velmora Mining"}, nil},
		{"the possessor of an intent noun is its infinitive's actor, also when the noun is a clause's object and a time stands between; the clause's subject is not",
			"Drenland protested against Velmora's decision to normalise relations with Castavia. Investors doubted the wisdom of Kestrel Foods' decision last year to buy Marlow Dairies. Tarsk criticised Ostrava's refusal to meet Castavia.",
			[]string{"Velmora|normalise|Castavia", "Kestrel Foods|buy|Marlow Dairies", "Ostrava|meet|Castavia|negated"},
			[]string{"Drenland|normalise|Castavia|hypothetical", "Tarsk|meet|Castavia|negated|hypothetical"}},
		{"the actor after 'by' between an intent noun and its infinitive acts, not the clause's subject",
			"Drenland condemned an attempt by Castavia to isolate Velmora. A court turned down a bid by Ostrava Steel to buy Brio Energy.",
			[]string{"Castavia|isolate|Velmora|hypothetical", "Ostrava Steel|buy|Brio Energy|hypothetical"},
			[]string{"Drenland|isolate|Velmora|hypothetical", "Drenland|isolate|Velmora"}},
		{"a verb that promises, adopts or draws up a one-sided act puts the act's relation on its subject; a shared event it approves is not the subject's",
			"Drenland pledged financial aid to Velmora. Castavia adopted sanctions against Marlow. The European Union agreed to draw up new sanctions against Tarsk. Kestrel Authority approved the merger with Ostrava Steel.",
			[]string{"Drenland|aid|Velmora", "Castavia|sanction|Marlow", "European Union|sanction|Tarsk|hypothetical"},
			[]string{"Kestrel Authority|merge|Ostrava Steel"}},
		{"a company described as a country's state company, before its name or in an apposition, belongs to that state; a country's other companies do not",
			"Norway's state-owned Kestrel Rail won the contract. The Chilean state carrier Brio Air cut fares. Nordhavn Holdings, a state-owned Danish shipping group, sued Ostrava Steel. Sweden's biggest lender Lumo Bank grew.",
			[]string{"Kestrel Rail|state-owned|Norway", "Brio Air|state-owned|Chile", "Nordhavn Holdings|state-owned|Denmark"},
			[]string{"Lumo Bank|state-owned|Sweden"}},
		{"a rebuke or rebuff drawn, met or suffered from someone is theirs on the subject; drawing none from them negates it",
			"Castavia drew a sharp rebuke from Drenland. Velmora's plan met a swift rebuff from Tarsk. Kestrel Foods drew no criticism from Brio Energy.",
			[]string{"Drenland|rebuke|Castavia", "Tarsk|rebuff|Velmora", "Brio Energy|criticise|Kestrel Foods|negated"},
			[]string{"Castavia|draw|Drenland", "Brio Energy|criticise|Kestrel Foods"}},
		{"opposition or resistance a subject draws or faces from someone is theirs against the subject",
			"Kestrel Foods has drawn opposition from Marlow Dairies. Castavia faced fierce resistance from Drenland.",
			[]string{"Marlow Dairies|oppose|Kestrel Foods", "Drenland|resist|Castavia"},
			[]string{"Kestrel Foods|draw|Marlow Dairies", "Castavia|face|Drenland"}},
		{"a participle after 'and' in a reduced relative has the same patient as the first",
			"Kestrel Foods, founded in 1990 and owned by Brio Energy, sued Marlow Dairies. The accord, drafted by Ostrava and backed by Tarsk, angered Velmora.",
			[]string{"Brio Energy|own|Kestrel Foods", "Tarsk|back|The accord", "Kestrel Foods|sue|Marlow Dairies"},
			[]string{"Tarsk|back|Velmora"}},
		{"recalling or withdrawing one's envoy from a country acts on that country",
			"Drenland recalled its ambassador from Velmora on Tuesday. Castavia withdrew its envoy from Tarsk for consultations.",
			[]string{"Drenland|recall|Velmora", "Castavia|withdraw|Tarsk"}, nil},
		{"whoever brokers or mediates a thing that is no event between named parties acts on the pair the story is about",
			"Castavia and Drenland agreed on confidence-building measures brokered by the Organisation of Tarsk States.",
			[]string{"Organisation of Tarsk States|broker|Castavia", "Organisation of Tarsk States|broker|Drenland"}, nil},
		{"a length of time placing an act before or after another ends the name before it",
			"Castavia, which had announced its own sanctions against Drenland days earlier, said nothing. Velmora imposed sanctions on Tarsk weeks later.",
			[]string{"Castavia|sanction|Drenland", "Velmora|sanction|Tarsk"},
			[]string{"Castavia|sanction|Drenland days", "Velmora|sanction|Tarsk weeks", "Velmora|impose|Tarsk weeks"}},
		{"the of-phrase of a stance won, secured or drawn names its maker, who takes it on the subject",
			"Holloway Capital secured the support of Lumo Bank. Velmora drew the criticism of Castavia.",
			[]string{"Lumo Bank|support|Holloway Capital", "Castavia|criticise|Velmora"},
			[]string{"Holloway Capital|support|Lumo Bank"}},
		{"an -ing word between a verb that takes no gerund and an event noun modifies the noun; after a verb that takes a gerund it stays a verb",
			"The East African Community imposed sweeping sanctions on Drenland. Velmora launched crippling attacks on Castavia. Tarsk considered imposing sanctions on Ostrava.",
			[]string{"East African Community|sanction|Drenland", "Velmora|attack|Castavia", "Tarsk|sanction|Ostrava|hypothetical"},
			[]string{"East African Community|sweep|sanctions", "Velmora|cripple|attacks"}},
		{"a preposition repeated after 'and' behind a light verb's event noun adds a party of the same event, not an object of the light verb",
			"Kestrel Foods held talks with Marlow Dairies and with Brio Energy. Drenland imposed sanctions on Castavia and on Velmora.",
			[]string{"Kestrel Foods|talk|Marlow Dairies", "Kestrel Foods|talk|Brio Energy", "Drenland|sanction|Castavia", "Drenland|sanction|Velmora"},
			[]string{"Kestrel Foods|hold|Brio Energy", "Drenland|impose|Velmora"}},
		{"a complaint after which a clause acts on an actor was about that actor; its maker is not the clause's subject",
			"The Competition Authority fined Kestrel Foods after a complaint from Marlow Dairies. The regulator Tarsk Commission investigated Ostrava Steel after complaints from Brio Energy.",
			[]string{"Marlow Dairies|complain|Kestrel Foods", "Brio Energy|complain|Ostrava Steel"},
			[]string{"Marlow Dairies|complain|Competition Authority", "Brio Energy|complain|Tarsk Commission"}},
		{"a part noun in apposition to a description coreference tied to a named company makes that company the part; a gerund may describe the owner",
			"A judge fined Delmont Mining on Monday. She found that the company, a subsidiary of Fjellmark Metals, had been negligent. Brandt, a subsidiary of the engineering group Sorel, said it would appeal. Kalmo, a unit of the shipping group Vestra, was fined.",
			[]string{"Delmont Mining|subsidiary|Fjellmark Metals", "Brandt|subsidiary|Sorel", "Kalmo|unit|Vestra"}, nil},
		{"a stake role towards a country owns nothing: an investor in a state, or a demonym before 'owner'",
			"Spain recalled its ambassador from Argentina on Monday. Brazil, Argentina's largest foreign investor, backed the move. Kaito Holdings, the Japanese owner of the Sunmart chain, rejected the bid from Halden Group.",
			[]string{"Halden Group|bid|Kaito Holdings"},
			[]string{"Brazil|owner|Argentina", "Kaito Holdings|owner|Japan"}},
		{"an actor named 'one of' a company's investors or shareholders holds a stake in it; 'one of' a person's aides holds no office of theirs, and one of unnamed investors no stake in the company in focus",
			"Kestrel Foods rejected the bid. Vestor Pension, one of Kestrel Foods' largest investors, said the bid was too low. Prince Alwin Thane, one of the company's longest-standing shareholders, agreed. Ana Ruiz, one of President Tomas Vell's closest aides, disagreed. Kiran Bank, one of the largest investors, sold shares.",
			[]string{"Vestor Pension|owner|Kestrel Foods", "Alwin Thane|owner|Kestrel Foods"},
			[]string{"Ana Ruiz|president|Tomas Vell", "Kiran Bank|owner|Kestrel Foods"}},
		{"a relative clause after 'in which' that gives its subject a stake, or makes it a shareholder or investor, has it own the antecedent or the name the antecedent describes; a negated one is negated",
			"The regulator fined Halden Group for favouring Marlo, the online marketplace in which it holds a 35 percent stake. Kestrel Foods bought Brio, the delivery company in which Vestor Pension is also an investor. Tarvo Bank, in which Norway has a majority stake, objected. Sulo Bank, in which Vestor Pension does not hold a stake, objected.",
			[]string{"Halden Group|own|Marlo", "Vestor Pension|own|Brio", "Norway|own|Tarvo Bank", "Vestor Pension|own|Sulo Bank|negated"},
			[]string{"Vestor Pension|own|Sulo Bank", "Kestrel Foods|own|Brio"}},
		{"a verb base that a plural's relative pronoun opens a clause with is its verb, not an adjective or a noun",
			"Halden Group is run by the families who own Marlo Holdings. The bid was opposed by the pension funds that own about a fifth of Sulo Bank.",
			[]string{"the families|own|Marlo Holdings", "the pension funds|own|Sulo Bank"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
