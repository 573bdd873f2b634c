package extract

import "testing"

// TestSpeech covers what speakers say of other actors: urgings, demands
// and warnings in reported clauses, and who a spokesman speaks for.
func TestSpeech(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the statements
		not  []string // none of these may be
	}{
		{"a reported clause saying what another actor should or must do urges or demands it; what it should not do warns it; one's own side is not urged",
			"Foreign Minister Olga Varenne said Ostria should withdraw its troops from the border. Ivo Marsh told reporters that Kestrel Holdings must repay the loan. Varenne said on Monday that Ostria should not close the crossing. Brill Mining's chief executive, Anna Dorn, said Brill Mining must cut costs.",
			[]string{"Olga Varenne|urge|Ostria", "Ivo Marsh|demand|Kestrel Holdings", "Olga Varenne|warn|Ostria"},
			[]string{"Anna Dorn|demand|Brill Mining", "Anna Dorn|urge|Brill Mining"}},
		{"an unnamed spokesman described by a relative clause after the principal speaks for it",
			"Halvard Foods dropped its offer for Norrland Dairy on Sunday. A spokesman for Halvard Foods, whose chairman is Erik Lund, declined to comment. A spokeswoman for Norrland Dairy, who did not give her name, said the board was relieved.",
			[]string{"Halvard Foods's spokesman|spokesman|Halvard Foods", "Norrland Dairy's spokeswoman|spokesman|Norrland Dairy"}, nil},
		{"an organisation noun before a spokesman's title after an article is the organisation named last with it",
			"Ostria's Ministry of Fisheries fined Marivex on Monday. A ministry spokesman, Tomas Brill, said the fine was final. The Coastal Transport Workers Union began a strike at the port of Vela. A union spokesman said the strike would continue.",
			[]string{"Tomas Brill|spokesman|Ministry of Fisheries", "Coastal Transport Workers Union's spokesman|spokesman|Coastal Transport Workers Union"}, nil},
		{"the subject of a reported clause with a relative clause after it is not what was said",
			"The Ostrian regulator said the merger, which Kestrel Holdings had planned, would have hurt consumers. Analysts said Brill Mining, whose backing the bid needs, could hold out for more. The minister said the Varan diplomats, whom she called spies, had a week to leave. Olga Varenne said the agents who had travelled to Lima were police officers.",
			[]string{"the merger|hurt|consumers|hypothetical"},
			[]string{"Ostrian|say|the merger", "Analysts|say|Brill Mining", "The minister|say|the Varan diplomats", "Olga Varenne|say|the agents"}},
		{"a past perfect of getting in touch or answering, told of another actor, charges it with nothing; a move still does",
			"President Ana Ruiz said Tomas Vell had telephoned her office on Monday. Ostria said Varan had responded quickly to its request. Ostria said Varan had moved troops into the zone.",
			[]string{"Ostria|accuse|Varan"}, []string{"Ana Ruiz|accuse|Tomas Vell"}},
		{"the one a quotation is quoted of speaks it: 'I' inside it is the speaker",
			"Foreign Minister Olga Varenne met Piet Haldor on Monday. \"I told Haldor that the border must stay open,\" Varenne was quoted as saying.",
			[]string{"Olga Varenne|tell|Piet Haldor|reported"}, nil},
		{"a spokesman named with no principal at the opening of a sentence speaks for the organisation the sentence before opens with",
			"Marivex has denied that it plans to cut wages. A spokesman, Tomas Brill, said pay was not under review. The Ostrian Competition Authority was more cautious. A spokeswoman, Ana Vell, said the agency was studying the deal.",
			[]string{"Tomas Brill|spokesman|Marivex", "Ana Vell|spokesman|Ostrian Competition Authority"}, nil},
		{"an unnamed spokesman with no principal at the opening of a sentence speaks for the organisation the sentence before opens with",
			"Marivex has denied that it plans to cut wages. A spokesman said pay was not under review.",
			[]string{"Marivex's spokesman|spokesman|Marivex"}, nil},
		{"a spokeswoman for a person's office speaks for the person",
			"Labour Minister Ravi Maharaj met the union on Friday. A spokeswoman for his office said talks would resume.",
			[]string{"Ravi Maharaj's spokeswoman|spokesman|Ravi Maharaj"}, nil},
		{"what a speaker says an act shows of an actor failing or at fault criticises it; a gain shown does not",
			"Opposition leader Mara Holt said the walkout showed the Ostrian government was losing control. Senator Piet Vane said the verdict proved that Kestrel Holdings had misled investors. Ana Dorn said the defeat showed the Labour Party could not win without its base. Ivo Marsh said the poll showed the Green Party had gained ground.",
			[]string{"Mara Holt|criticise|government", "Piet Vane|criticise|Kestrel Holdings", "Ana Dorn|criticise|Labour Party"},
			[]string{"Ivo Marsh|criticise|Green Party"}},
		{"what a speaker says another actor cannot expect warns it; what it can expect, or what one's own side cannot, does not",
			"President Ivo Marsh said Varan could not expect help while its troops stayed at the border. Omar Said said Korvia cannot expect aid. Anna Dorn, Brill Mining's chief executive, said Brill Mining could not expect quick profits. Olga Varenne said Ostria could expect support.",
			[]string{"Ivo Marsh|warn|Varan", "Omar Said|warn|Korvia"},
			[]string{"Anna Dorn|warn|Brill Mining", "Olga Varenne|warn|Ostria"}},
		{"what a speaker calls another's act by a noun of reproach criticises its maker; a neutral noun does not",
			"The Competition Authority of Varan blocked the merger of Kestrel Holdings and Brill Mining. Kestrel's chairman, Tomas Brill, said the decision was a farce. Olga Varenne said the decision was a surprise.",
			[]string{"Tomas Brill|criticise|Competition Authority of Varan"},
			[]string{"Olga Varenne|criticise|Competition Authority of Varan"}},
		{"a noun of reproach in quotation marks criticises the act's maker, and so does one said of an act an actor's possessive names",
			"Kestmark Group raised its offer for Dorvania Mills on Monday. Halvard Rune, a Dorvania Mills director, said Kestmark's offer was a sham. The Dorvania Transport Authority banned lorries from the Ostel bridge. Arno Vesk said the ban was \"a farce\". Lina Morrow said the ban was \"a relief\".",
			[]string{"Halvard Rune|criticise|Kestmark Group", "Arno Vesk|criticise|Dorvania Transport Authority"},
			[]string{"Lina Morrow|criticise|Dorvania Transport Authority"}},
		{"a clause after 'said that' or 'told reporters that' whose subject names no actor is read as after a plain 'said'",
			"The Dorvania Transport Authority banned lorries from the Ostel bridge. Arno Vesk said that the ban was a farce. Lina Morrow told reporters that the ban was a sham. Ivo Dalt said on Monday that the ban was a relief.",
			[]string{"Arno Vesk|criticise|Dorvania Transport Authority", "Lina Morrow|criticise|Dorvania Transport Authority"},
			[]string{"Ivo Dalt|criticise|Dorvania Transport Authority"}},
		{"an adjective that calls an act beyond what may be borne criticises its maker, quoted or not; a neutral one does not",
			"The Dorvania Transport Authority banned lorries from the Ostel bridge. Arno Vesk said the ban was unacceptable. Lina Morrow said the ban was \"outrageous\". Ivo Dalt said the ban was temporary.",
			[]string{"Arno Vesk|criticise|Dorvania Transport Authority", "Lina Morrow|criticise|Dorvania Transport Authority"},
			[]string{"Ivo Dalt|criticise|Dorvania Transport Authority"}},
		{"what a speaker says another's act reflects or shows of a failing criticises its maker; a merit does not",
			"The Competition Authority of Varan blocked the merger of Kestrel Holdings and Brill Mining. Kestrel's chairman, Tomas Brill, said the decision reflected a flawed understanding of the mining industry. Olga Varenne said the decision reflected a careful reading of the law.",
			[]string{"Tomas Brill|criticise|Competition Authority of Varan"},
			[]string{"Olga Varenne|criticise|Competition Authority of Varan"}},
		{"what a speaker calls another actor unfit, quoted or not, criticises it; calling it fit does not",
			"Opposition leader Mara Holt said Tomas Brill was \"not fit\" to lead the country. Ivo Marsh said Brill was unfit for office. Ana Vell said Brill was fit to serve.",
			[]string{"Mara Holt|criticise|Tomas Brill", "Ivo Marsh|criticise|Tomas Brill"},
			[]string{"Ana Vell|criticise|Tomas Brill"}},
		{"the government of a state named after 'of' acts for it, and a list of states after 'the governments of' names each",
			"Ostria informed the governments of Varan and Korvia on Monday. The governments of Dalvia, Pelmar and Sonnland condemned Ostria.",
			[]string{"Ostria|inform|Varan", "Ostria|inform|Korvia", "Dalvia|condemn|Ostria", "Pelmar|condemn|Ostria", "Sonnland|condemn|Ostria"}, nil},
		{"a verb with its own tense coordinated after a modal one is reported as the clause is, not supposed; a bare verb shares the modal",
			"Minister Mara Sonn said Ostria would raise the matter at the council and had informed Varan. Ostria could meet Korvia and sign a pact.",
			[]string{"Ostria|inform|Varan|reported", "Ostria|sign|a pact|hypothetical"}, []string{"Ostria|inform|Varan|hypothetical"}},
		{"a bare gerund after the named addressee of a message says what the sender's message says; the addressee is still written to",
			"Minister Ivo Pellan said he had written to the finance ministry and to Arno Vell proposing a meeting. Ostria telephoned Dalvia asking for help. Ivo Pellan spoke to workers protesting outside the plant.",
			[]string{"Ivo Pellan|write|Arno Vell|reported", "Ivo Pellan|propose|a meeting", "Ostria|telephone|Dalvia", "Ostria|ask|help", "workers|protest|the plant"},
			[]string{"Arno Vell|propose|a meeting", "Arno Vell|propose|a meeting|reported", "Dalvia|ask|help"}},
		{"the medium of a message after a preposition is no party to it",
			"Arno Vell spoke by telephone with Ivo Pellan. Dalvia's president wrote on social media that the talks were over. Dalvia said in a radio interview that it would not yield.",
			[]string{"Arno Vell|speak|Ivo Pellan"},
			[]string{"Arno Vell|speak|telephone", "Dalvia's president|write|social media", "Dalvia|say|a radio interview"}},
		{"a step the speaker's own side would take if another actor acts threatens that actor; a favour asked, a promise or another's step does not",
			"The Dorvan Workers Union said its members would strike unless Telvaro Foods raised pay. Mardell Bank said it could sue Quillex Capital if Quillex did not repay the loan. Ines Corvo said she would visit Telvaro Foods if the company invited her. Orla Vost said Telvaro Foods could cut jobs if Mardell Bank raised its rates. The Halmar Dockers Union said it would back Telvaro Foods if the company kept the plant open.",
			[]string{"Dorvan Workers Union|threaten|Telvaro Foods", "Mardell Bank|threaten|Quillex Capital"},
			[]string{"Ines Corvo|threaten|Telvaro Foods", "Orla Vost|threaten|Mardell Bank", "Orla Vost|threaten|Telvaro Foods", "Halmar Dockers Union|threaten|Telvaro Foods"}},
		{"a passive obligation is a demand made of someone else, not of its subject",
			"Olga Varenne said Kestrel Holdings should be punished.",
			nil, []string{"Olga Varenne|urge|Kestrel Holdings"}},
		{"what an actor's office, spokesman or lawyers say another actor did wrong charges that actor; a plain deed they report does not",
			"Lenka Stasko's office said Oskar Renko was spreading lies about the budget. A spokesman for Lenka Stasko said Kestrel Holdings had overreacted. Lenka Stasko's lawyers said Ivo Pell had flown to Vienna.",
			[]string{"Lenka Stasko|accuse|Oskar Renko", "A spokesman for Lenka Stasko|accuse|Kestrel Holdings"},
			[]string{"Lenka Stasko|accuse|Ivo Pell"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
