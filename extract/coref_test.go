package extract

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// mentionEntities runs the standard pipeline over text and returns, for
// each mention's surface text, the canonical name of the entity it was
// resolved to ("" when unresolved). A surface used twice keeps its last
// resolution.
func mentionEntities(t *testing.T, text string) map[string]string {
	t.Helper()
	p := pipeline(t)
	doc := NewDocument("coref.txt", text)
	for _, st := range p.stages {
		if err := st.Annotate(context.Background(), doc); err != nil {
			t.Fatalf("stage %s: %v", st.Name, err)
		}
	}
	out := map[string]string{}
	for _, m := range doc.Mentions {
		name := ""
		if m.Entity >= 0 {
			name = doc.Entities[m.Entity].Name
		}
		out[doc.Text[m.Span.Start:m.Span.End]] = name
	}
	return out
}

func TestCorefStage(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		surface string // a mention's text
		want    string // the entity it must resolve to
	}{
		{"a description with a country's possessive is not a body the text tied to another state",
			"Norway's data protection regulator fined Vexa Media on Monday. The Data Inspectorate said Vexa broke the law. The fine is larger than the one Finland's privacy watchdog imposed on Orbit Games last year. The Data Inspectorate declined to comment.",
			"watchdog", ""},
		{"a name opening with a nationality is no person a pronoun can stand for",
			"Lawmakers found Danish IT giant Kobber had overcharged the state. When he spoke on Monday, the minister was angry.",
			"he", ""},
		{"'its' after two subjects joined by 'and' is the state their verb acts on",
			"Chile and Peru criticised Bolivia on Monday, saying its troops had crossed the border.",
			"its", "Bolivia"},
		{"'its' in an infinitive after an object-control verb is the verb's object",
			"Norway and Sweden met in Oslo on Monday. The Nordic Council urged Estland to withdraw its claim to the islands.",
			"its", "Estland"},
		{"'its' after 'called on X to' is X",
			"The European Union called on Belgravia to lift its ban on grain imports from Tolvia.",
			"its", "Belgravia"},
		{"'its' in an infinitive inside an adverbial clause is that clause's subject",
			"Hungary bought its oil from Russia until Austria refused to renew its pipeline contract with the Russian company.",
			"its", "Austria"},
		{"'its' as the object of an adverbial clause's own verb is the main subject's",
			"Ghana protested on Monday as Togo banned its cocoa exports.",
			"its", "Ghana"},
		{"'its' after subjects listed with commas and 'and' is no one of them",
			"On Monday, Norway, Sweden and Finland condemned Russia, saying its ships had cut the cable.",
			"its", "Russia"},
		{"'it' after a reporting verb whose subject is a possessed description with a name in apposition is that name, not the possessor",
			"Pilots at Skyvik Air walked out on Monday. Sweden's largest union federation, Unionen, said it backed the pilots.",
			"it", "Unionen"},
		{"'it' after a description with a name in apposition, when the description's possessor is a pronoun",
			"Skyvik Air shares fell on Monday. Its biggest investor, Aster Capital, said it would not put in more money.",
			"it", "Aster Capital"},
		{"'its' in a second clause is the 'its' that opens the sentence's subject, not an organisation named since",
			"Velmar Foods, the maker of the Tarso biscuit, declined to comment. Its directors approved the sale in May, and its chairman, Piet Dorn, said the plant would stay open.",
			"its", "Velmar Foods"},
		{"'its' after a company in a list, before a participle and a role, is that company",
			"The Finance Ministry said Borell Trading, its managing director and its auditor had hidden the payments.",
			"its", "Borell Trading"},
		{"a second 'its' of a list is the owner of the first",
			"The Finance Ministry said Borell Trading, its managing director, Anna Vik, and its finance chief, Olle Berg, had hidden the payments.",
			"its", "Borell Trading"},
		{"'the bank' after an unnamed central bank is no organisation named since",
			"Peru's central bank held its main rate at 9 percent on Monday. The Merchants Federation, a business lobby, called the move a mistake. Finance Minister Ola Brek said the bank had ignored the slowdown.",
			"bank", ""},
		{"a plural pronoun is no state named alone before it",
			"Georgia expelled the French reporter on Monday. \"They wanted to silence me,\" she said.",
			"They", ""},
		{"an object 'them' is no single organisation named before it",
			"Minister Ana Rell denied reports that her ministry had pressed the Tarvia Competition Authority, calling them baseless.",
			"them", ""},
		{"an object 'them' is no lone state that is the subject of its own clause",
			"Chile and Peru criticised the plan, and Bolivia backed them.",
			"them", ""},
		{"a plural pronoun is no organisation named alone before it",
			"Harlow Dairy posted a loss on Monday. \"They fired our leaders because we asked for more pay,\" the union president said.",
			"They", ""},
		{"a plural pronoun may stand for an organisation named in the plural",
			"The Greens voted against the budget on Monday. They said it would cut rail spending.",
			"They", "Greens"},
		{"a plural pronoun may stand for a union of states",
			"Meeting in Brussels, European Union leaders condemned the arrest. They also called on the United Nations to investigate.",
			"They", "European Union"},
		{"an object pronoun whose person is in an earlier sentence is that sentence's subject",
			"Dana Voss had fired Piet Lorne in March. The opposition party accused him of hiding the losses.",
			"him", "Dana Voss"},
		{"the object pronoun of a participle after a comma is not the subject of the clause it hangs from, though a name stands just before the comma",
			"Opposition leader Marta Ilves criticised Finance Minister Greta Soomaa on Monday. Ilves demanded that Soomaa resign, accusing her of misleading parliament.",
			"her", "Greta Soomaa"},
		{"the subject pronoun of a demand's clause is the one pressed, not the one pressing",
			"Mining Minister Tarik Olunde said exports could be cut. Opposition leader Dorvan Pell accused him of gambling with the economy and demanded that he explain the plan to parliament.",
			"he", "Tarik Olunde"},
		{"the subject pronoun of a demand's clause after a name and its verb is not that name",
			"Trade Minister Tarik Olunde signed the deal. Dorvan Pell, a leader of the opposition, has demanded that he resign.",
			"he", "Tarik Olunde"},
		{"the subject pronoun of a demand made for oneself is the one asking",
			"Police arrested Ivo Varek on Monday. Tomas Kell was held too. On Tuesday Varek demanded that he be allowed to see a lawyer.",
			"he", "Ivo Varek"},
		{"the object pronoun of a participle after a comma is not the pronoun subject of the clause it hangs from",
			"Opposition leader Marta Ilves criticised Finance Minister Greta Soomaa on Monday. She demanded that Soomaa apologise, accusing her of lying.",
			"her", "Greta Soomaa"},
		{"an object pronoun of a clause with its own subject is the sentence's subject, not a person named only as a relative's possessor",
			"Judge Marten Oloff is married to Premier Kavel Doring's younger sister, and civic groups and two senators had urged him to leave the case.",
			"him", "Marten Oloff"},
		{"an object pronoun whose clause's subject holds a possessive of the same gender is that possessive's person",
			"Premier Davor Lisko met President Emil Strand on Friday, a day after two parties in his own coalition declined to support him in a vote.",
			"him", "Davor Lisko"},
		{"a possessive in the subject of an adverbial clause is the main clause's subject, not a person its object names",
			"Premier Davor Lisko met President Emil Strand on Friday, a day after two parties in his own coalition declined to support him in a vote.",
			"his", "Davor Lisko"},
		{"an object pronoun after 'his lawyer, X,' is the client, not the lawyer",
			"Governor Okello Baraza was absent. His lawyer, Nyambura Oketch, said the motion was a plot by rivals who wanted to remove him from office.",
			"him", "Okello Baraza"},
		{"an object pronoun after a relative named by a possessive name is the one whose relative speaks",
			"Minister Joran Pelt stayed away. Pelt's brother, Anik Sorrell, told reporters that the party had betrayed him.",
			"him", "Joran Pelt"},
		{"an object pronoun after a relative's possessor is that possessor when no person opens the sentence",
			"Police questioned Ivar Brenn's wife on Monday, and prosecutors later charged him with fraud.",
			"him", "Ivar Brenn"},
		{"a possessive whose person is in an earlier sentence is that sentence's subject",
			"Ruth Alder defeated Nina Poll in the party vote. The Tarsa Union praised her campaign.",
			"her", "Ruth Alder"},
		{"an object 'it' is none of a list of countries its sentence names",
			"Halvex made an offer in May, though so far only Norland, Vestria and Osmark have indicated that they will take it up.",
			"it", ""},
		{"an object 'it' is neither of two countries its sentence names",
			"Halvex made an offer in May, though so far only Norland and Vestria have indicated that they will take it up.",
			"it", ""},
		{"a description in apposition to a name before it, though a relative clause follows it and a lower-case descriptor precedes the name, is that name",
			"Tarsen Oil will merge with state gas firm Brio Energy, the company that bought Kestrel Gas last year.",
			"company", "Brio Energy"},
		{"'its' after a preposition of a noun an organisation's possessive owns is that organisation's",
			"Brio Exchange bid for Kestrel Bourse. Kestrel shareholders fear that Brio Exchange's control over its clearing unit would create a monopoly.",
			"its", "Brio Exchange"},
		{"a possessive after 'and' is the name before it",
			"The European Union sanctioned Qasr Shipping and its founder on Monday.",
			"its", "Qasr Shipping"},
		{"a possessive after the comma of a list of objects is the name before it, not the subject",
			"The Halvex Authority named Tarsel Media in a report. The Halvex Authority began proceedings against Tarsel, its chairman Ivo Brandt and two directors.",
			"its", "Tarsel Media"},
		{"a possessive after a comma that closes no list of objects is not the name before it",
			"The Halvex Authority fined Tarsel Media, its largest penalty this year.",
			"its", "Halvex Authority"},
		{"a possessive in the object of a contrasting clause is that clause's subject's, not the sentence's",
			"The Tarsel Union says the Brisk Party has cut jobs while the Halvex League has hidden most of its losses.",
			"its", "Halvex League"},
		{"a surname after a particle",
			"Emirati businessman Saeed al-Harmoudi founded the firm. Harmoudi denied any wrongdoing.",
			"Harmoudi", "Saeed al-Harmoudi"},
		{"a headline's short name is the firm named in full below it",
			"Drivers at Karsten's bus depot walk out\n\nOSLO, May 2 - Drivers at Karsten Transit's depot walked out on Monday. Karsten offered 5 percent.",
			"Karsten", "Karsten Transit"},
		{"a headline's short name stands for the first full name only",
			"Halvard feud widens\n\nThe board of Halvard Group met on Friday. Halvard Shipping, another group company, said it would appeal.",
			"Halvard Group", "Halvard Group"},
		{"a headline's short name the body names alone first is not the longer name that follows",
			"Calder wins Orbit after auction\n\nLONDON - Calder Media won control of Orbit on Saturday. Orbit News will stay independent, Calder said.",
			"Orbit", "Orbit"},
		{"the board is the one whose owner was named last",
			"Kestrel Group owns a stake in Ardent Chemicals, Kestrel said. The Ardent board met in Oslo on Monday. It is understood that the board asked the chairman to stay.",
			"board", "Ardent Chemicals"},
		{"a bare board far from its owner is the board the story last named with its owner, not the bidder the story names most",
			"Tarvik Foods launched a bid for Osterlund Dairy on Monday after Osterlund's board rejected two approaches. Tarvik said its price was fair. Tarvik shareholders welcomed the move, and Tarvik would keep the plants open. Eva Lind, a director, resigned on Tuesday, saying the board had ignored earlier proposals.",
			"board", "Osterlund Dairy"},
		{"a bare board after another bare board still takes the owner named before both",
			"Merrow Steel made an offer for Kallan Mining after the Kallan board refused talks. Merrow said the board was wrong. Merrow expects support from investors. Analysts said the board would hold out for more.",
			"board", "Kallan Mining"},
		{"first word of an organisation named before",
			"Fenwick Rovers lost again on Saturday. Fenwick will appeal the result.",
			"Fenwick", "Fenwick Rovers"},
		{"surname of a person named before",
			"Mara Lindqvist won the vote. Lindqvist thanked her staff.",
			"Lindqvist", "Mara Lindqvist"},
		{"a person's surname is not an organisation's first word",
			"Brandt Logistics hired Ola Brandt. Brandt said he was pleased.",
			"Brandt", "Ola Brandt"},
		{"a party's plural name is the party",
			"The Green Party and the Labour Party attacked the budget. Greens leader Ola Berg said it ignored the climate.",
			"Greens", "Green Party"},
		{"a party's adjective is the party",
			"The Conservative Party and the Green Party attacked the budget. Conservative leader Ann Reid said it would raise taxes.",
			"Conservative", "Conservative Party"},
		{"a plural name after 'the' is a group, not a person",
			"The budget passed on Monday, while the Liberal Democrats said they would abstain.",
			"they", "Liberal Democrats"},
		{"possessive after a quotation takes the previous subject, not a name in the quotation",
			"Brackwell Foods rejected an offer from Lindqvist Group. \"We will not engage with Lindqvist,\" its chairman said.",
			"its", "Brackwell Foods"},
		{"their after workers in a country is the workers'",
			"Dock workers in Finland went on strike over pay. Their union said talks had failed.",
			"Their", ""},
		{"they after a claim given to people by a plural noun is those people's, not a country named before",
			"Ilse Marrow said she had brought stability to Pelonia. According to the opposition parties, it is a con. They accused her of hiding the facts.",
			"They", ""},
		{"an apposition calling a person a woman who did something gives her sex, so 'she' is hers and 'him' the other's",
			"Tavin Holt met Sharra Penwick, the Dunmore woman who had heckled him. She told him to leave.",
			"She", "Sharra Penwick"},
		{"an expletive it before a passive that reports a claim refers to nothing",
			"Valtrex Mining sued Ordell Bank on Monday. It was claimed the bank had misled investors.",
			"It", ""},
		{"possessive opening a sentence takes the previous subject",
			"Valtrex Mining sued Ordell Bank on Monday. Its chairman said the bank had lied.",
			"Its", "Valtrex Mining"},
		{"its takes an organisation that is its sentence's subject",
			"Valtrex Mining told Ordell Bank it would open its books.",
			"its", "Valtrex Mining"},
		{"a description takes the organisation whose name has its noun",
			"Valtrex Mining sued Ordell Bank on Monday. Analysts said the bank would settle.",
			"bank", "Ordell Bank"},
		{"a description takes the organisation it was used for beside the name",
			"Lena Ross wrote in the Harbinger magazine last week. Tessaline Bank denied it. Carl Witt, the magazine's editor, said the piece was fair.",
			"magazine", "Harbinger"},
		{"a description in apposition before a name is that name",
			"Orvell Holdings owns Marlow Rail. The group's flagship company, Tessaline Bank, reported a loss. The company said costs rose.",
			"company", "Tessaline Bank"},
		{"a description in apposition after a name is that name",
			"Orvell Holdings owns Marlow Rail. Veltro Energy, the group's power company, said costs rose. The company cut jobs.",
			"company", "Veltro Energy"},
		{"possessive opening a sentence skips an opening phrase of the previous one",
			"After talks with Ordell Bank, Valtrex Mining raised its offer. Its chairman said the bid was fair.",
			"Its", "Valtrex Mining"},
		{"its skips an opening phrase of its own sentence",
			"After talks with Ordell Bank, Valtrex Mining raised its offer.",
			"its", "Valtrex Mining"},
		{"an unknown name in apposition with a person's role is a person",
			"Ann Moss, the firm's lawyer, left. Moss said nothing.",
			"Moss", "Ann Moss"},
		{"a club's short name",
			"Fenwick Rovers beat Calder Town on Saturday. Rovers manager Tim Birch was pleased.",
			"Rovers", "Fenwick Rovers"},
		{"a word two organisations share names neither",
			"Harlow Energy sued Harlow Mining. Harlow said it would appeal.",
			"Harlow", "Harlow"},
		{"a surname beats a capital",
			"Caio Lima scored twice. Lima's agent said talks had begun.",
			"Lima", "Caio Lima"},
		{"a common word is no short name",
			"The Tourism Authority of Marovia said visitors fell. Tourism is vital to the region, providing jobs for tourism workers.",
			"Tourism", "Tourism"},
		{"a description prefers the subject of the sentence that names organisations",
			"Valtrex Mining sued Ordell Holdings on Monday. The company said the claim was strong.",
			"company", "Valtrex Mining"},
		{"a description in its subject's relative clause is the company the story names most",
			"OSLO - Halvik Shipping agreed to buy Kestrel Logistics on Monday. Kestrel Logistics had rejected an offer from Baltmar Group, and Kestrel Logistics shares rose. Norvik Bank, which holds a 4 percent stake in the company, said it backed the sale.",
			"company", "Kestrel Logistics"},
		{"a description in a clause its subject reports may be the subject",
			"Halvik Shipping sued Kestrel Logistics. Kestrel Logistics and Baltmar Group said the claim was weak. Halvik Shipping said the company would fight on.",
			"company", "Halvik Shipping"},
		{"a description is not the domestic government",
			"The government raised fuel duty. The company said prices would rise.",
			"company", ""},
		{"a role description of one party is not another party's holder",
			"Liberal leader Jeremy Thorne met Edward Hale. The Conservative leader said talks had gone well.",
			"leader", ""},
		{"a role description of the same party is its holder",
			"Liberal leader Jeremy Thorne met Edward Hale. The Liberal leader said talks had gone well.",
			"leader", "Jeremy Thorne"},
		{"a capital acting is its country",
			"In Vienna, officials said talks would resume.",
			"Vienna", "Austria"},
		{"it after a state's government named by its demonym is the state",
			"LIMA - Peru expelled Bolivia's ambassador on Monday. The Bolivian government said it would respond in kind.",
			"it", "Bolivia"},
		{"its opening a sentence after a state's government is the state, not the country named before",
			"QUITO - Ecuador expelled Colombia's consul on Friday. The Colombian government responded within hours. Its foreign minister, Andrea Rojas, called the move unfriendly.",
			"Its", "Colombia"},
		{"its after a state's foreign ministry is the state",
			"SANTIAGO - Argentina summoned Chile's envoy on Friday. The Chilean foreign ministry said it would reply. Its spokesman, Pablo Rojas, called the move hostile.",
			"Its", "Chile"},
		{"its after another body of a state is no state",
			"JAKARTA - Garuda Air bought ten jets. The Indonesian transport ministry said it had not been consulted. Its spokesman, Adita Irawati, said the deal needed approval.",
			"Its", ""},
		{"a panel is the commission that ruled, not the company it fined",
			"The Trade Practices Commission fined Orvell Freight on Tuesday. The panel ordered the company to refund its customers.",
			"panel", "Trade Practices Commission"},
		{"a tribunal is the authority named before",
			"The Maritime Safety Authority fined Orvell Freight. The tribunal said the company ignored two warnings.",
			"tribunal", "Maritime Safety Authority"},
		{"a panel is the court before a committee named later",
			"The Appeals Court heard Ines Varga's case. The Olympic Committee welcomed the hearing. The panel cleared Varga.",
			"panel", "Appeals Court"},
		{"a committee is the committee named before, not a later court",
			"The Senate Ethics Committee opened a hearing. The Supreme Court declined to intervene. The committee summoned two officials.",
			"committee", "Senate Ethics Committee"},
		{"a regulator described before its name is the body named after",
			"Peru's banking regulator fined Orvell Bank on Friday. The Superintendency of Banking Regulation said the bank had hidden losses.",
			"regulator", "Superintendency of Banking Regulation"},
		{"a regulator described before its name is no company named after",
			"Peru's banking regulator fined Orvell Bank on Friday. Dunmore Shipping said the bank had hidden losses.",
			"regulator", ""},
		{"a regulator described before its name is no body named much later",
			"Peru's banking regulator fined Orvell Bank. Orvell Bank said it would appeal. Its shares fell. Analysts were surprised. Investors sold. The Superintendency of Banking Regulation declined to comment.",
			"regulator", ""},
		{"a court described before its name is the court named after",
			"Ghana's highest court dismissed the appeal by Orvell Freight. The Supreme Court said the company had no case.",
			"court", "Supreme Court"},
		{"a country's bank described before its name is the bank named after",
			"Ghana's central bank fined Orvell Bank. The Bank of Ghana said the lender had ignored warnings.",
			"bank", "Bank of Ghana"},
		{"a regulator named before keeps its name",
			"The Financial Conduct Authority fined Orvell Bank. Peru's regulator said the bank hid losses. The Superintendency of Banking Regulation declined to comment.",
			"regulator", "Financial Conduct Authority"},
		{"an object it after a thing the subject acted on is the thing, not the subject",
			"The High Court cancelled the tender and said the ministry had failed to run it fairly.",
			"it", ""},
		{"an object it after a thing is not a possessor before it",
			"Ghana's Supreme Court voided the referendum on Friday, saying officials had failed to organise it properly.",
			"it", ""},
		{"an object it after a thing is not the subject named again by a pronoun",
			"The Appeals Court quashed the contract. It said Orvell Freight had breached it.",
			"it", ""},
		{"an object it is the organisation named after the thing",
			"Vance Holdings signed a contract with Orvell Freight in May and Dunmore Bank sued it in June.",
			"it", "Orvell Freight"},
		{"an object it is the subject named in its sentence before a thing of the sentence before",
			"Vance Holdings signed a contract in May. Orvell Freight said Vance Holdings had sued it in June.",
			"it", "Orvell Freight"},
		{"an object it after a coordination of names is none of them, nor an actor named before them",
			"Tarsk welcomed the treaty, and Orvell and Kessa also praised it.",
			"it", ""},
		{"an object it after a coordination of organisations with articles is none of them",
			"The court froze the plan after the Varnos Bar Association and the Orsk Rights Forum challenged it.",
			"it", ""},
		{"an object it with no thing before it is the organisation accused",
			"Vance Holdings sued Orvell Freight in March, accusing it of fixing prices.",
			"it", "Orvell Freight"},
		{"its in a reported clause is the clause's subject",
			"The Fair Trading Commission said Orvell Freight had abused its position.",
			"its", "Orvell Freight"},
		{"its in a reported clause is the described company named before",
			"Orvell Freight was fined on Monday. The Fair Trading Commission said the company had abused its position.",
			"its", "Orvell Freight"},
		{"its without a reported clause is the sentence's subject",
			"The Fair Trading Commission fined Orvell Freight and raised its penalties.",
			"its", "Fair Trading Commission"},
		{"the union is the union named before by another word of a union",
			"The Metal Workers Federation struck at Orvell Freight on Monday. Orvell Freight said the union had broken the law.",
			"union", "Metal Workers Federation"},
		{"the union before its name is the union a later apposition names",
			"Talks between Orvell Freight and the union broke down on Monday. The union, the Dock Workers Federation, called a strike.",
			"union", "Dock Workers Federation"},
		{"a description's modifiers pick the organisation whose name holds the most of them",
			"The Federal Consumer Protection Commission fined Orvell Freight in May. The Data Protection Commission opened an inquiry in June. The consumer commission said it would appeal. The data protection commission has fined Orvell Freight too.",
			"commission", "Data Protection Commission"}, // (the last "commission" mention)
		{"the commission is the commission the story is about, not one named once in passing since",
			"The Audit Commission fined Orvell Freight on Monday. The commission said the firm had hidden losses. Orvell Freight said it would cooperate with the commission. The deal has also drawn scrutiny from the Trade Commission and the European Commission. Ana Brell, who heads the commission's legal team, said the fine was fair.",
			"commission", "Audit Commission"}, // (the last "commission" mention)
		{"the ministry is the ministry named before",
			"Indonesia's Ministry of State Enterprises fined Orvell Freight on Monday. Orvell Freight said the ministry had broken the law.",
			"ministry", "Ministry of State Enterprises"},
		{"its own is the nearest organisation before it in the sentence, not a possessor",
			"Dunmore Bank said on Monday that Orvell Freight had moved the money despite warnings from its own compliance staff.",
			"its", "Orvell Freight"},
		{"its own after a possessor is the clause's actor",
			"Peru expelled Bolivia's ambassador and recalled its own envoy.",
			"its", "Peru"},
		{"an indefinite office holder by nationality opening the lead is the holder named next, not a person named before",
			"Judge blocks Rowe's extradition\n\nLONDON - A British judge on Monday refused a U.S. request to extradite Julian Rowe. District Judge Vanessa Baraitser said the extradition would be oppressive. The judge rejected the defence's other arguments.",
			"judge", "Vanessa Baraitser"},
		{"the court is the court the story is about, not an appeal court it mentions once since",
			"Singapore's High Court dismissed a bid by Orvell Freight on Thursday. The High Court said the award stood. The High Court also ordered Orvell Freight to pay costs. Orvell Freight did not rule out an appeal to the Court of Appeal. Dunmore Bank welcomed the court's decision.",
			"court", "Singapore's High Court"},
		{"a panel is never a company",
			"Orvell Freight sued Dunmore Shipping on Monday. The panel ordered the company to pay.",
			"panel", ""},
		{"a description's nationality is not a body of another country named since, but the firm of its own",
			"Danish shipper Norvald Lines raised its offer for Baltic Ferries on Tuesday. The Latvian Seafarers Union, which represents most of the crews, said members would strike. Its leader accused Norvald of planning job cuts, a charge the Danish group denied.",
			"group", "Norvald Lines"},
		{"a description's nationality picks the firm a possessive country names over one an apposition ties to another",
			"Portugal's Lusaverde Holdings made an offer for Ondina Power, a Spanish utility, on Monday. Ondina Power said the Portuguese company had undervalued its wind farms.",
			"company", "Lusaverde Holdings"},
		{"a description's nationality picks the firm an apposition gives it over one of another country",
			"Kessel Chemie, a German chemicals group, bid for Austria's Arvena Paints in March. Arvena Paints rejected the offer, and Arvena Paints' chairman said the German group would have to pay more.",
			"group", "Kessel Chemie"},
		{"a description with another nationality is not the only firm named",
			"The Latvian Seafarers Union called a strike on Monday. The Danish group declined to comment.",
			"group", ""},
		{"a pair of names opening an organisation's longer name is its short name, not a person",
			"A court fined Kumbari Timber Holdings on Monday. Kumbari Timber denied the charge.",
			"Kumbari Timber", "Kumbari Timber Holdings"},
		{"a registered name's short form drops its trade and its legal form",
			"Mekong Pepper Trading JSC rejected an offer from Siam Spice Group. Shares of Mekong Pepper rose 5 percent.",
			"Mekong Pepper", "Mekong Pepper Trading JSC"},
		{"a registered name after a headline's short form is the same company",
			"Mekong Pepper rejects Siam offer\n\nHANOI - Mekong Pepper Trading JSC rejected an offer from Siam Spice Group on Tuesday.",
			"Mekong Pepper", "Mekong Pepper Trading JSC"},
		{"a unit named for its country is the company its short name names",
			"The regulator fined Coral Cargo Kenya on Monday. Shares of Coral Cargo fell 3 percent.",
			"Coral Cargo", "Coral Cargo Kenya"},
		{"a description is the organisation an apposition names after a determiner and modifiers",
			"The Civic Union pulled out of the coalition on Monday. The largest opposition group, the conservative Homeland party, said it would table a motion.",
			"group", "Homeland"},
		{"its after such an apposition is the organisation it names",
			"The Civic Union pulled out of the coalition on Monday. The largest opposition group, the conservative Homeland party, said it would table a motion. Its leader, Ivan Petek, said he was ready.",
			"Its", "Homeland"},
		{"a country's common short name is the country",
			"Barbados threatened Trinidad and Tobago with a complaint on Monday after Trinidad banned its poultry.",
			"Trinidad", "Trinidad and Tobago"},
		{"they after people named by a plural noun with a place before it is those people, not the place's country",
			"Nordbank fired its chairman, Ole Berg, on Monday. Oslo prosecutors arrested Berg on Sunday. They suspect him of hiding losses.",
			"They", ""},
		{"they after people named by a plural noun opening the sentence is those people, not the body named before",
			"The Senate met on Monday. Senators voted 50 to 20 to remove President Ana Ruiz. In a separate vote, they declined to bar her from office.",
			"they", ""},
		{"a surname alone still stands for the person it stood for, not a relative named in full since",
			"The regulator barred Anil Mehra, the founder of Paytrail, on Wednesday. The regulator said Mr Mehra had misused investor money. It also ordered Mr Mehra's brother, Sunil Mehra, not to sell assets. Mr Mehra called the order unfair.",
			"Mehra", "Anil Mehra"},
		{"a pair of names set beside a description of an organisation is that organisation, and its leader is its",
			"The Civic Front backed the deal on Monday. The main opposition party, Democratic Renewal, has said it will not vote for it. Its leader, Vesna Kostova, said the deal was secret.",
			"Its", "Democratic Renewal"},
		{"a pair of names beside a leader of a described organisation stays the leader's",
			"The leader of the Popular Front group, Odile Marchand, said she would table a motion.",
			"she", "Odile Marchand"},
		{"a pair of names with an apposition headed by a kind of firm is that firm, and its director is its",
			"Jamaica banned meat from Barbados on Monday. The ban hit Kingsley Provisions, a family-owned processor in Portland. Its managing director, Carl Reid, said the ban was unfair.",
			"Its", "Kingsley Provisions"},
		{"the company is never a workers' guild or union named since",
			"Verde Copper Ltd cut wages at its mine in May. The Copper Workers' Guild called a strike on Monday and said the company had refused to talk.",
			"company", "Verde Copper Ltd"},
		{"a role given in an apposition is the person's: a later description of the office is that person",
			"Anna Berg, the finance minister, met Carl Ruiz on Monday. On Tuesday the minister accused him of lying.",
			"minister", "Anna Berg"},
		{"an office held in a company, given in an apposition, is the person's",
			"Tomas Brink, the chief executive of Halvard Mining, rejected the bid on Monday. The chief executive accused Kessin Holdings of misleading investors.",
			"executive", "Tomas Brink"},
		{"a description after a name addressed, before its verb, is the clause's subject, not an apposition",
			"President Omar Said met Tomas Brenner on Monday. \"Tomas, the president will give me room,\" Brenner told aides.",
			"president", "Omar Said"},
		{"a former office given in an apposition is no role of the person's now",
			"Anna Berg, a former finance minister, met Carl Ruiz on Monday. On Tuesday the minister accused him of lying.",
			"minister", ""},
		{"an office of one country given in an apposition is not another country's",
			"Aditya Rao spoke with Wang Lei, China's foreign minister, on Monday. Later India's foreign minister said the talks had failed.",
			"minister", ""},
		{"a justice is the judge a later description names",
			"Justice Ama Mensah ruled against Kofi Boateng on Monday. The judge ordered him to pay damages.",
			"judge", "Ama Mensah"},
		{"a known first name keeps a pair of names a person's",
			"Maria Holm founded the Maria Holm Foundation in 2010. Maria Holm said she was proud.",
			"Maria Holm", "Maria Holm"},
		{"the government in a capital is the capital's state",
			"Nepal's trade minister urged the government in Thimphu to reopen the border crossing.",
			"government", "Bhutan"},
		{"the government in a month is no state",
			"Nepal's trade minister criticised the government in March.",
			"government", "government"},
		{"a state's office given in an apposition before the name is the person's later",
			"Chile's ambassador, Jorek Vasko, defended the dam on Sunday. A day later Peru summoned Chile's ambassador.",
			"ambassador", "Jorek Vasko"},
		{"a state's envoy is the ambassador of that state named before",
			"Chile's ambassador, Jorek Vasko, defended the dam on Sunday. A day later Peru summoned Chile's envoy.",
			"envoy", "Jorek Vasko"},
		{"a state's envoy is not another state's ambassador",
			"Chile's ambassador, Jorek Vasko, defended the dam on Sunday. A day later Peru summoned Bolivia's envoy.",
			"envoy", ""},
		{"a body's office given in an apposition before the name makes no holder of the bare office",
			"The union's president, Tilda Marsk, met workers on Sunday. A day later the president signed the decree.",
			"president", ""},
		{"a possessive opening the sentence after two bodies joined by 'and' is the later one's",
			"The complaint was filed by the Tarvell Bar Association and the Kesmar Institute for Open Budgets, a Merlow-based charity, which said the contract was rigged. Its director, Dastra Vanterr, called the ruling a victory.",
			"Its", "Kesmar Institute for Open Budgets"},
		{"a two-word name a possessive pronoun's firm describes in apposition is an organisation, so no 'his' after it stands for it",
			"Prosecutors said Piet Varnholm had moved client funds to Kestrin Research, his hedge fund.",
			"his", "Piet Varnholm"},
		{"a gerund may modify the firm a possessive pronoun's apposition describes",
			"Prosecutors said Piet Varnholm had moved client funds to Kestrin Research, his trading firm.",
			"his", "Piet Varnholm"},
		{"the later of two bodies joined by 'and' is taken even with no apposition",
			"The complaint was filed by the Tarvell Bar Association and the Kesmar Institute for Open Budgets. Its director, Dastra Vanterr, called the ruling a victory.",
			"Its", "Kesmar Institute for Open Budgets"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantResolves(t, tc.text, tc.surface, tc.want) })
	}
}

// TestUnionNotParty checks that "the union" never stands for a party of
// workers named before it.
func TestUnionNotParty(t *testing.T) {
	text := "The Workers' Party attacked Orvell Freight on Monday. Orvell Freight said the union had broken the law."
	if e, ok := mentionEntities(t, text)["union"]; ok && e == "Workers' Party" {
		t.Errorf("%q: the union resolves to the Workers' Party", text)
	}
	if got := mentionEntities(t, "The Workers' Party attacked Orvell Freight on Monday. The Workers' Union said the party had broken the law."); got["party"] != "Workers' Party" {
		t.Errorf("the party resolves to %q, want the Workers' Party", got["party"])
	}
	// a news outlet named since is no party: "told Valley Radio ... the party"
	if got := mentionEntities(t, "The Greens unveiled a plan. Tomas Reeve told Valley Radio on Sunday that the party would win."); got["party"] != "Greens" {
		t.Errorf("the party resolves to %q, want the Greens", got["party"])
	}
}

// TestWhichNames checks that a name read as a person but written before
// ", which" is an organisation, with the name coordinated with it.
func TestWhichNames(t *testing.T) {
	tests := []struct {
		text string
		name string
		want schema.EntityType
	}{
		{"Regulators blocked a tie-up of Kopano Lethu and Sunline Vale. Kopano, which runs buses in three provinces, will appeal.", "Sunline Vale", schema.Organization},
		{"Regulators blocked a tie-up of Kopano Lethu and Sunline Vale. Kopano, which runs buses in three provinces, will appeal.", "Kopano Lethu", schema.Organization},
		{"The regulator cleared two bus operators, Kopano Transit and Sunline Vale, to merge.", "Sunline Vale", schema.Organization},
		{"Calder Asset Management, another large investor, said it backed the call.", "Calder Asset Management", schema.Organization},
		{"Brenner Halvorsen, the world's largest salmon farmer, sold its stake. Halvorsen said little.", "Brenner Halvorsen", schema.Person},
		{"Ostrow Lund, the bank's largest shareholder, said it would abstain.", "Ostrow Lund", schema.Person},
		{"Mr. Ivo Marsh met Dana Kroll on Monday. Ivo Marsh, which few expected, resigned.", "Ivo Marsh", schema.Person},
		{"Halvex Group removed Tomas Vell as chairman. The alliance Vell built between Halvex and Brandex is at risk.", "Tomas Vell", schema.Person},
		{"Investors sold shares in the carmaker Orlan Motors on Monday.", "Orlan Motors", schema.Organization},
		{"Halvex Group and its smaller rival Concretex fixed prices. Concretex was fined.", "Concretex", schema.Organization},
		{"The board of Spanish shipbuilder Astilleros del Nervion voted on Thursday to accept the offer.", "Astilleros del Nervion", schema.Organization},
		{"Shareholders of Ostrava Kovo Holding rejected the plan.", "Ostrava Kovo Holding", schema.Organization},
		{"Human Rights Watch criticised the verdict.", "Human Rights Watch", schema.Organization},
		{"Sport Australia cut its grants.", "Sport Australia", schema.Organization},
		{"The Malawi Law Society brought the case.", "Malawi Law Society", schema.Organization},
		{"Georgia Smith met the minister.", "Georgia Smith", schema.Person},
		{"Trinidad and Tobago imposed a ban on Jamaican meat.", "Trinidad and Tobago", schema.Country},
		{"Bosnia and Herzegovina protested on Monday.", "Bosnia and Herzegovina", schema.Country},
		{"The Seamen and Waterfront Workers' Alliance went on strike.", "Seamen and Waterfront Workers' Alliance", schema.Organization},
		{"The United States and European Union protested.", "United States", schema.Country},
		{"Ana Ruiz beat her rival Tomas Vell in the vote.", "Tomas Vell", schema.Person},
		{"In Norway, the Norwegian Fishermen's Association praised the minister.", "Norwegian Fishermen's Association", schema.Organization},
		{"Last year Nordhavn bought a struggling cement maker, Brask Kalder, after a long fight.", "Brask Kalder", schema.Organization},
		{"Volta's parent, Kessin Holt, said the fine had been expected.", "Kessin Holt", schema.Organization},
		{"The head of the cement maker, Tom Rusk, said the fine had been expected.", "Tom Rusk", schema.Person},
		{"Analysts at Brell Dunmore said the offer was fair.", "Brell Dunmore", schema.Organization},
		{"Dana Kroll, an economist at Cobb Fenner, said the offer was fair.", "Cobb Fenner", schema.Organization},
		{"Tom Rusk of Marrin Dale said he wanted a higher price.", "Marrin Dale", schema.Organization},
		{"Tom Rusk of Marrin Dale said he wanted a higher price.", "Tom Rusk", schema.Person},
		{"Tarvo Kessel, a Tallinn fund that owns 12 percent of the shares, called the bid too low.", "Tarvo Kessel", schema.Organization},
		{"The minister borrowed money from Veska Doran, a Ruritanian builder, without declaring it.", "Veska Doran", schema.Organization},
		{"He ordered an audit of Orlen Vask, the state-owned miner at the centre of the affair.", "Orlen Vask", schema.Organization},
		{"Tom Rusk, the Bank of England governor, spoke on Monday.", "Tom Rusk", schema.Person},
		{"Rival miners Glencore and Rion Tallo had weighed counter-bids.", "Rion Tallo", schema.Organization},
		{"The loan was led by banks Corwin Bassett and Pellam Strake.", "Corwin Bassett", schema.Organization},
		{"The loan was led by banks Corwin Bassett and Pellam Strake.", "Pellam Strake", schema.Organization},
		{"Corwin Bassett's management was taken aback by the vote.", "Corwin Bassett", schema.Organization},
		{"Tom Rusk's management of the crisis was criticised.", "Tom Rusk", schema.Person},
		{"Pellam Strake executives met the minister on Monday.", "Pellam Strake", schema.Organization},
		{"Lawmakers from the Varo Hemmet (VH) party walked out.", "Varo Hemmet", schema.Organization},
		{"The coalition now relies on the remaining Moral Vela lawmakers.", "Moral Vela", schema.Organization},
		{"The Moral Vela Andina (AVM) offered to mediate.", "Moral Vela Andina", schema.Organization},
		{"Many deaf people use British Sign Language (BSL).", "Sign Language", schema.Person},
		{"Tomas Vell (PRD) voted against the bill.", "Tomas Vell", schema.Person},
	}
	for _, tt := range tests {
		doc := NewDocument("t", tt.text)
		if err := pipeline(t).Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range doc.Entities {
			if e.Name == tt.name {
				found = true
				if e.Type != tt.want {
					t.Errorf("%q: %s is %s, want %s", tt.text, e.Name, e.Type, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity %s", tt.text, tt.name)
		}
	}
}

// TestCorefInArticles checks, in short wire stories, the statements whose
// ends depend on coreference: each want is a subject|object pair some
// statement must have, each not a pair none may have.
func TestCorefInArticles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{"a two-word name before a kind of body is that body; a leader's name before 'government' is not",
			`LIMA - The motion was brought by the conservative Popular Renewal party, whose leader, Congresswoman Ines Valdivia, called the vote historic. Critics of the Tomas Vega government said it had failed.`,
			[]string{"Ines Valdivia|Popular Renewal"},
			[]string{"Ines Valdivia|Congress"}},
		{"a name based somewhere or saying 'it' is a company, and 'it' refers to it",
			`DENVER - Aurora Foods agreed to buy Plains Dairy on Monday. Summit Protein, based in Kansas, offered $40 a share in May. Summit said on Tuesday that it would not raise its offer. It has, however, sued Plains Dairy in a Delaware court.`,
			[]string{"Summit Protein|Plains Dairy"},
			[]string{"Aurora Foods|Aurora Foods", "Plains Dairy|Plains Dairy"}},
		{"an organisation's short name and its full name are one entity, whichever comes first",
			`Tamar Steel agrees Ruth Mines deal

PERTH - Tamar Steel Holdings agreed on Monday to buy Ruth Mines for A$2 billion. Kestrel Bank advised Tamar Steel. Ruth Mines Group shareholders welcomed the offer.`,
			[]string{"Tamar Steel Holdings|Ruth Mines", "Kestrel Bank|Tamar Steel Holdings"},
			[]string{"Tamar Steel|Ruth Mines", "Kestrel Bank|Tamar Steel"}},
		{"a stake in the company is in the company in focus, not the holder",
			`OSLO - Halvik Shipping agreed on Monday to buy Kestrel Logistics for 900 million crowns. Kestrel Logistics had rejected an offer from Baltmar Group in May.

Baltmar Group said it would not raise its bid, and Kestrel Logistics shares fell. Norvik Bank, which has built a 6 percent stake in the company, said it backed the sale.`,
			[]string{"Norvik Bank|Kestrel Logistics"}, []string{"Norvik Bank|Norvik Bank"}},
		{"the board is the board of the company in focus, not of the organisation named last",
			`ACCRA - Volta Steel said on Monday that its annual profit fell by half. Analysts at Rand Bank said the loss was bigger than expected, and Ghana's energy ministry blamed power cuts.

The board named Kwame Boateng as chief executive.`,
			[]string{"Volta Steel|Kwame Boateng"}, []string{"Rand Bank|Kwame Boateng", "Kwame Boateng|Rand Bank"}},
		{"the board that rejects an offer is the board of the company the offer was for",
			`LONDON - Shares in Kestrel Foods jumped on Monday after Harlow Group made a 2 billion pound offer for the company. Analysts at Brent Bank said Fenmore Dairies might also bid. The board rejected the offer and told shareholders to take no action.`,
			[]string{"Kestrel Foods|Harlow Group", "Kestrel Foods|shareholders"}, []string{"Brent Bank|shareholders", "Harlow Group|shareholders", "Brent Bank|Harlow Group"}},
		{"the regulator is the organisation whose name or act shows it regulates",
			`LONDON - Ofcom opened an investigation into Brightwave Media on Monday after complaints from viewers in Scotland. Brightwave, which is part-owned by Germany's Kessel Verlag, denied wrongdoing and blamed Norlink Cable for the faulty broadcast. The regulator ordered Brightwave to apologise to viewers.`,
			[]string{"Ofcom|Brightwave Media"}, []string{"Norlink Cable|Brightwave Media", "Scotland|Brightwave Media"}},
		{"a regulator named as a commission is the regulator, and the firm is not it",
			`ACCRA - The Securities and Exchange Commission of Ghana (SECG) fined Adom Capital 2 million cedis on Monday for misleading investors. Adom Capital, which is owned by Britain's Harlow Group, said it would appeal. The regulator said the firm had hidden losses from Kumasi Bank.`,
			[]string{"Adom Capital|Kumasi Bank"}, []string{"Securities and Exchange Commission of Ghana|Kumasi Bank", "Harlow Group|Kumasi Bank"}},
		{"'it' after a reporting verb is the verb's subject, past its relative clause",
			`NAIROBI - Kenya and Tanzania agreed on Monday to reopen their border after talks in Arusha. The African Union said it welcomed the deal, and the European Commission, which funds the border post, said it would send monitors.`,
			[]string{"African Union|the deal", "European Commission|monitors"}, []string{"African Union|monitors", "Kenya|monitors", "Tanzania|monitors"}},
		{"'it' after 'said on Tuesday that' is the speaking organisation",
			`ADDIS ABABA - Human Rights Watch accused Ethiopia of shelling villages in Amhara. The Ethiopian Human Rights Commission said on Tuesday that it had opened its own inquiry, while Ethiopia's foreign ministry said it rejected the report.`,
			[]string{"Ethiopian Human Rights Commission|its own inquiry", "Ethiopia|the report"}, []string{"Human Rights Watch|its own inquiry", "Human Rights Watch|the report"}},
		{"'it' after 'said in a statement on Friday that' is the speaking body",
			`KAMPALA - Kenya accused Uganda of blocking fuel trucks at the border. Kenya's transport minister, Ali Hassan, met Tanzanian officials on Thursday, and Uganda's trade ministry said in a statement on Friday that it had cleared the trucks.`,
			[]string{"Uganda|the trucks"}, []string{"Tanzania|the trucks", "Kenya|the trucks"}},
		{"'it' after 'the NAME union said' is the named union",
			`BERLIN - Halvard Motors and Brisco Steel agreed to merge on Monday. Germany's economy ministry welcomed the deal, but the Verdi union said it would fight job cuts.`,
			[]string{"Verdi|job cuts"}, []string{"Germany|job cuts", "Halvard Motors|job cuts"}},
		{"'it' after a reporting verb in a clause after ', and' is that clause's subject",
			`BRUSSELS - Halvard Motors and Brisco Steel announced a merger on Monday. The European Commission will investigate the deal, a spokesman said, and Norway's competition authority said it would review the merger.`,
			[]string{"Norway|the merger"}, []string{"European Commission|the merger"}},
		{"the company is never the public body the story names most",
			`ACCRA - The Securities and Exchange Commission of Ghana fined Adom Capital 2 million cedis on Monday. The Securities and Exchange Commission of Ghana said Adom Capital had misled investors, and the commission will review the licence of the Securities and Exchange Commission of Ghana. Britain's Harlow Group sold shares in Adom Capital last year. The state insurer, which owns 6% of the company, asked Kumasi Bank for a loan.`,
			[]string{"The state insurer|Adom Capital"}, []string{"The state insurer|Securities and Exchange Commission of Ghana", "The state insurer|Harlow Group"}},
		{"the group is not a ministry named before it",
			`NAIROBI - Kenya's Ministry of Energy accused Savanna Power of delaying a dam. The Ministry of Energy said the Ministry of Energy would cancel the permit, and Uganda's Lakeside Grid offered to step in. Norvik Bank, which lent $50 million to the group, said talks continued.`,
			[]string{"Norvik Bank|Savanna Power"}, []string{"Norvik Bank|Ministry of Energy", "Norvik Bank|Kenya"}},
		{"'the president' is not a former president",
			`Former President Ana Lima was convicted in 2017. President Tomas Vidal then named Jorge Ruiz justice minister. Ruiz resigned in 2020, accusing the president of meddling.`,
			[]string{"Jorge Ruiz|Tomas Vidal"},
			[]string{"Jorge Ruiz|Ana Lima"}},
		{"a shareholder named in apposition is the fund named, and 'It' in the next sentence is the fund, not the company that possesses the shareholder",
			`Carpatgaz fired its chief executive on Tuesday. The company's second-largest shareholder, the investment fund Dacia Value Partners, voted against the move. It said it would ask the regulator to examine the case. Its managing director, Helen Carter, said the government was wrong.`,
			[]string{"Helen Carter|Dacia Value Partners"},
			[]string{"Helen Carter|Carpatgaz"}},
		{"her country and his government are the country the person serves",
			`LIMA - Peru expelled two Mexican diplomats on Tuesday after a row over an asylum request. Mexico's foreign minister, Ana Ruiz, said her country regretted the expulsion. Chilean President Tomas Vidal said his government would host talks, while Luis Ortega, Brazil's ambassador to Peru, said his country backed the talks.`,
			[]string{"Mexico|Peru", "Chile|talks", "Brazil|the talks"},
			[]string{"her country|the expulsion", "Peru|the expulsion", "Peru|the talks", "his country|the talks", "Mexico|talks"}},
		{"a description with a trade word is the organisation whose name has it",
			`JOHANNESBURG - Mathebula Construction won a 2 billion rand contract from Eskom on Monday, beating Volta Mining and Britain's Harlow Group. Harlow Group said it would appeal. Analysts at Rand Bank said the construction group would need new loans, and Kopano Chemicals sued the mining company over a toxic spill.`,
			[]string{"Mathebula Construction|new loans", "Kopano Chemicals|Volta Mining"},
			[]string{"Harlow Group|new loans", "Rand Bank|new loans", "Kopano Chemicals|Harlow Group", "Kopano Chemicals|Mathebula Construction"}},
		{"'the chemicals maker' and 'the steel producer' are the organisations whose names have the trade",
			`JOHANNESBURG - Kopano Chemicals won a 2 billion rand contract from Eskom on Monday, beating Volta Steel and Britain's Harlow Group. Harlow Group said it would appeal. Analysts at Rand Bank said the chemicals maker would need new loans, and Sasol sued the steel producer over a toxic spill.`,
			[]string{"Kopano Chemicals|new loans", "Sasol|Volta Steel"},
			[]string{"Harlow Group|new loans", "Rand Bank|new loans", "Sasol|the steel producer", "Sasol|Harlow Group"}},
		{"'the steelmaker' is the organisation whose name has the trade, not the latest one named",
			`ACCRA - Volta Steel agreed on Monday to buy Kopano Chemicals from Harlow Group for $900 million. Rand Bank advised Harlow Group. Analysts said the steelmaker would cut jobs, and Ghana's trade ministry criticised the deal.`,
			[]string{"Volta Steel|jobs"},
			[]string{"Rand Bank|jobs", "Harlow Group|jobs", "the steelmaker|jobs"}},
		{"a trade description used again is the company it stood for before, not the last subject",
			`LONDON - Brightwave Media said on Monday that its chief executive would step down after Ofcom fined the broadcaster 3 million pounds. Norlink Cable, Brightwave's main rival, welcomed the fine. Germany's Kessel Verlag, which owns 20% of Brightwave Media, said it backed the management. The broadcaster will appeal to the Competition Appeal Tribunal.`,
			[]string{"Brightwave Media|Competition Appeal Tribunal", "Ofcom|Brightwave Media"},
			[]string{"Kessel Verlag|Competition Appeal Tribunal", "Norlink Cable|Competition Appeal Tribunal", "Germany|Competition Appeal Tribunal"}},
		{"the company is never a body the story shows regulating, however often it is named",
			`LONDON - Ofcom fined Brightwave Media 3 million pounds on Tuesday over a misleading advertisement. Ofcom said viewers in Wales had complained, and Ofcom will review the case in May. Germany's Kessel Verlag, which owns 20% of the company, declined to comment.`,
			[]string{"Kessel Verlag|Brightwave Media"}, []string{"Kessel Verlag|Ofcom", "Germany|Ofcom"}},
		{"a name right after a ship's noun is the ship, no person, so the act is on it",
			`Belgravian forces seized the tanker Varlo Star on Friday. Its captain, Ivo Drask, was detained.`,
			[]string{"Belgravian forces|Varlo Star"}, nil},
		{"her country is no country named beside her without a role",
			`LIMA - Peru and Mexico held talks on Monday about a disputed asylum case. After talks with Peru, Ana Ruiz said her country would recall its envoy.`,
			nil, []string{"Peru|its envoy", "Mexico|its envoy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := pipeline(t).Extract(context.Background(), "coref.txt", tc.text)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := map[string]bool{}
			for _, s := range ex.Statements {
				got[s.Subject+"|"+s.Object] = true
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("unexpected %q", n)
				}
			}
		})
	}
}

// TestCourtPanel checks that "the panel" after a named court is that
// court, once the entity stage reads "the panel" as a description.
func TestCourtPanel(t *testing.T) {
	if descHeads["panel"] == "" {
		t.Skip("the entity stage does not read 'the panel' as a description")
	}
	text := `LAUSANNE - The Court of Arbitration for Sport rejected an appeal by Jamaican sprinter Dwayne Hollis against a ban imposed by World Athletics. The International Olympic Committee welcomed the ruling, and Jamaica's athletics federation said it was disappointed. The panel ordered Hollis to pay costs.`
	got := mentionEntities(t, text)
	if got["panel"] == "" || got["panel"] == "World Athletics" || got["panel"] == "International Olympic Committee" || got["panel"] == "Jamaica" || got["panel"] != got["Court of Arbitration for Sport"] && got["panel"] != got["Court of Arbitration"] {
		t.Errorf("panel resolved to %q; mentions %v", got["panel"], got)
	}
}

// TestCorefStatementsInArticles checks, in short wire stories, whole
// statements whose subject or object is a pronoun ("him") or a
// description ("the tribunal") standing for an actor named before.
func TestCorefStatementsInArticles(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a place of two words before '-based' describes the company meant, whatever the tagger reads its last word as",
			`Halvane Genomics said on Monday that it would appeal. The Commission fined the San Diego-based company 40 million euros last year. A Santa Rosa-based firm, Tarvel Foods, sued the New Haven-based company.`,
			[]string{"Commission|fine|Halvane Genomics"},
			[]string{"Commission|fine|San", "Commission|fine|the San", "Tarvel Foods|sue|New"}},
		{"a numbered 'the nine judges' is the bench of the court the story names; judges picked from it, or a bare 'the judges', are not",
			`LIMA - Peru's Constitutional Court removed Governor Ana Quispe from office on Friday. The seven judges ruled that Quispe had broken electoral law. Three of the seven judges dissented. Her lawyer, Tomas Rivas, said the judges had overstepped their authority.`,
			[]string{"Peru's Constitutional Court|rule|Ana Quispe"},
			[]string{"Tomas Rivas|accuse|Peru's Constitutional Court"}},
		{"an object 'them' after plural things is no organisation named alone before it, and a pair a sentence names takes it",
			`TARVIA - The Tarvia Competition Authority fined Orvel Foods on Monday. Minister Ana Rell denied reports that her ministry had pressed the authority, calling them baseless. Chile and Peru criticised the plan, and Bolivia backed them.`,
			[]string{"Bolivia|back|Chile", "Bolivia|back|Peru"},
			[]string{"her ministry|call|Tarvia Competition Authority", "Ana Rell|call|Tarvia Competition Authority", "Bolivia|back|Bolivia"}},
		{"a name of two words before a body's office, with no first name, is the body, so 'he' is the office holder",
			`LONDON - Nova Left spokesman Piers Ottery said the figures were wrong. He urged the Treasury to publish its forecasts. Civic Union leader Ada Brell agreed.`,
			[]string{"Piers Ottery|spokesman|Nova Left", "Ada Brell|leader|Civic Union", "Piers Ottery|urge|Treasury"},
			[]string{"Nova Left|urge|Treasury"}},
		{"'he' after a possessor's counterpart named in apposition is that counterpart, but after a possessor's lawyer the possessor",
			`OSLO - The Norvask Competition Authority blocked the merger of Trelmo and Gavik on Tuesday. Finance Minister Ian Dorsk said the decision was a mistake. His Gavish counterpart, Trade Minister Per Halvard, said he had met the authority's chairman. Jon Brenmoor was charged with fraud on Monday. His lawyer, Ana Velsar, said he had met the prosecutor twice.`,
			[]string{"Per Halvard|meet|the authority's chairman", "Jon Brenmoor|meet|the prosecutor"},
			[]string{"Ian Dorsk|meet|the authority's chairman", "Ana Velsar|meet|the prosecutor"}},
		{"'it' opening a time clause inside a ruling is the ruled-on body, and a regulator is no tribunal named after it",
			`ACCRA - The country's communications regulator imposed a penalty on Volta Telecom in May, and an appeals body upheld it on Friday. The Competition Appeals Tribunal ruled that the National Communications Authority (NCA) had acted lawfully when it fined Volta Telecom.`,
			[]string{"National Communications Authority|fine|Volta Telecom", "National Communications Authority|impose|a penalty"},
			[]string{"Competition Appeals Tribunal|fine|Volta Telecom", "Competition Appeals Tribunal|impose|a penalty"}},
		{"'it' opening a time clause inside a ruling or a statement is the ruled-on body also when a short phrase parts the reporting verb from 'that'",
			`Brevonia's Supreme Court ruled on Tuesday that the Halmar Port Authority had acted unlawfully when it dismissed Dara Velkin. The Vossen Group said in a statement that the Ostrel Mining Board had broken the law when it fined Pellam Mills.`,
			[]string{"Halmar Port Authority|dismiss|Dara Velkin", "Ostrel Mining Board|fine|Pellam Mills"},
			[]string{"Supreme Court|dismiss|Dara Velkin", "Vossen Group|fine|Pellam Mills"}},
		{"'he' opening a time clause inside a reported clause is that clause's subject, not the speaker who opens the sentence",
			`Judge Mira Hask said Tomas Orrin had broken the law when he ignored the findings of the Audit Commission. Senator Dara Velkin told reporters on Monday that Piet Saska had misled parliament when he defended the Halmar contract.`,
			[]string{"Tomas Orrin|ignore|the findings of the Audit Commission", "Piet Saska|defend|the Halmar contract"},
			[]string{"Mira Hask|ignore|the findings of the Audit Commission", "Dara Velkin|defend|the Halmar contract"}},
		{"'its' after a subject whose nationality and a gerund modify a company's name is the company's, not the country's",
			`OSLO - Danish shipping group Norvald Lines said its purchase of Kestrel Ferries was complete. Swedish mining company Rodberg raised its offer for Kylma Metals. US banking group Halden Bank has sold its insurance arm.`,
			[]string{"Norvald Lines|buy|Kestrel Ferries", "Rodberg|offer|Kylma Metals"},
			[]string{"Denmark|buy|Kestrel Ferries", "Sweden|offer|Kylma Metals", "Halden Bank|sell|United States"}},
		{"an office holder described before anyone holds the office is the one the next sentences name with its title",
			`NEW DELHI - Nepal's foreign minister told his Bhutanese counterpart on Monday that the border clash was deliberate. In a telephone call, External Affairs Minister Ram Thapa told Dorji Wangchuk that Bhutan must withdraw. Energy Minister Sita Rai welcomed the call.`,
			[]string{"Ram Thapa|tell|his Bhutanese counterpart", "Ram Thapa|minister|Nepal"},
			[]string{"Sita Rai|tell|his Bhutanese counterpart", "Ram Thapa|minister|External"}},
		{"an office a relative clause or its verb after 'and' says a person took, past an owner or an adjective, is that person's: 'the envoy' is that person",
			`Talks will open under the chairmanship of Tomas Kavuru, who led Chad from 2001 to 2009 and was named the regional bloc's special envoy in July. The foreign minister of Chad, Ines Odalis, welcomed the envoy's efforts. Oren Haldane was named special envoy on Monday. Selma Drovic met the envoy on Friday.`,
			[]string{"Ines Odalis|welcome|Tomas Kavuru", "Selma Drovic|meet|Oren Haldane"},
			nil},
		{"a description by age is the person the text gave that age, not a person named since",
			`Selma Drovic, 26, was banned on Monday. Coach Oren Haldane said he was shocked. The 26-year-old won silver in March. The agency had suspended the 26-year-old in May.`,
			[]string{"Selma Drovic|win|silver", "The agency|suspend|Selma Drovic"},
			[]string{"Oren Haldane|win|silver", "The agency|suspend|Oren Haldane"}},
		{"a deputy's title names another office: 'the prime minister' is the prime minister, not the deputy prime minister named since",
			`Malta's prime minister, Teodor Brekmar, fired his deputy on Monday. Deputy Prime Minister Lina Orsuna was told in a letter. Opposition leader Marco Tavelli called on the prime minister to resign.`,
			[]string{"Marco Tavelli|call|Teodor Brekmar"},
			[]string{"Marco Tavelli|call|Lina Orsuna"}},
		{"a role description with a name in apposition is that person, not one named before with the role",
			`SAO PAULO - The court barred former President Rui Matos from office. Justice Lia Prado cast the fourth vote, and the court's president, Justice Davi Sena, voted last. The deputy governor, Ana Ruiz, attended.`,
			[]string{"Davi Sena|vote|last"},
			[]string{"Rui Matos|vote|last", "Ana Ruiz|governor|Rui Matos"}},
		{"him after a relative clause that names the man is that man, not a man named between",
			`LONDON - British sprinter Marcus Hale was banned for four years on Tuesday by the Athletics Integrity Unit. Coach Daniel Brook said the ruling was unfair. The sportswear firm Stride, which has sponsored Hale since he was a teenager, ended its contract with him, and Ireland's Orla Keane criticised the ban.`,
			[]string{"Stride|end|Marcus Hale", "Stride|sponsor|Marcus Hale"},
			[]string{"Stride|end|Daniel Brook", "Stride|end|Orla Keane", "Athletics Integrity Unit|ban|Daniel Brook"}},
		{"him is the man the company backed, not a man named after it",
			`ZURICH - Swiss cyclist Jonas Wyss was dropped from his team on Monday after a failed doping test. Velox Bikes, which has backed Wyss since 2019, also ended its contract with him, and Germany's Klaus Berg, a rival, called the test unfair.`,
			[]string{"Velox Bikes|end|Jonas Wyss"},
			[]string{"Velox Bikes|end|Klaus Berg", "Velox Bikes|end|Germany"}},
		{"a gendered noun in apposition gives the person a sex: 'him' is not the wife named since",
			`BRATISLAVA - Parliament accused Tomas Brenn of letting his wife, Lenka, run the ministry. Lenka Brenn resigned from the board on Sunday. The police arrested him on Monday.`,
			[]string{"The police|arrest|Tomas Brenn"},
			[]string{"The police|arrest|Lenka Brenn"}},
		{"a person 'she' stood for is no later 'he' or 'him', though no title or first name gives a sex",
			`Tarja Sorel was banned for four years on Monday. She said she was innocent. Her coach, Oskel Vantor, was not charged. He said he had cut ties with the clinic. A disciplinary panel fined him on Friday.`,
			[]string{"Oskel Vantor|cut|the clinic", "A disciplinary panel|fine|Oskel Vantor"},
			[]string{"Tarja Sorel|cut|the clinic", "A disciplinary panel|fine|Tarja Sorel"}},
		{"a place or institution the lexicon knows opening a sentence is a name, not a gerund and a name; 'High' before a title is part of it",
			`Paul Tenby left on Monday. Downing Street has stressed its support for Tenby. He will succeed the previous High Commissioner, Ann Grant, in May.`,
			[]string{"UK government|support|Paul Tenby"},
			[]string{"Street|support|Paul Tenby", "Ann Grant|commissioner|High"}},
		{"a first name after a family tie is a relative, not a man of another family who shares it",
			`Nick Tovell, a party strategist, praised the plan. The speech by Marek Halden was introduced by his son Nick, a trainee vicar.`,
			[]string{"Nick|son|Marek Halden"},
			[]string{"Nick Tovell|son|Marek Halden", "Nick Tovell|introduce|The speech"}},
		{"a girlfriend or boyfriend in apposition gives the person a sex",
			`Piet Harslo was arrested on Monday. Tarja Ostrin, Harslo's girlfriend, said he had ordered her to hide the money.`,
			[]string{"Piet Harslo|order|Tarja Ostrin"},
			[]string{"Tarja Ostrin|order|Piet Harslo"}},
		{"'them' after counterparts or colleagues named in its sentence is those people, not the speaker's country",
			`Orlandia offered to mediate. Its foreign minister, Lauro Serrat, spoke by telephone with both of his counterparts on Monday and invited them to meet in Quendal. Serrat later met his colleagues from the coastal states and thanked them.`,
			[]string{"Lauro Serrat|invite|his counterparts", "Lauro Serrat|thank|his colleagues"},
			[]string{"Lauro Serrat|invite|Orlandia", "Lauro Serrat|thank|Orlandia"}},
		{"a nationality adjective, the only trace of a country, is no antecedent of 'it'",
			`The new pipeline will carry oil that now goes through Chilean ports. It aims to carry 90,000 barrels a day. The rebels agreed to free four Peruvian engineers it has held since May.`,
			nil,
			[]string{"Chile|aim|90,000 barrels", "Chile|carry|90,000 barrels", "Peru|hold|four Peruvian engineers"}},
		{"a body named by nouns modifying its head ('the bank workers' union') is what 'it' and 'Its' after it stand for, not a firm named before",
			`Orvana Bank agreed to buy Delta Trust. The bank workers' union, which had threatened to strike, said it welcomed the deal. The bank workers' union met on Monday. Its leader, Ivek Pelko, said the deal was fair.`,
			[]string{"Ivek Pelko|leader|The bank workers' union"},
			[]string{"Orvana Bank|welcome|the deal", "Ivek Pelko|leader|Orvana Bank"}},
		{"'it' after the reporting verb of an unnamed body described with 'of' in a later clause is that body, not a firm named before",
			`Orvana Bank agreed to buy Delta Trust. Investors welcomed the deal, and the association of small lenders said it had warned the regulator. Orvana Bank sued Delta Trust, but the union of bank clerks said that it opposed the lawsuit.`,
			[]string{"Investors|welcome|the deal", "Orvana Bank|sue|Delta Trust"},
			[]string{"Orvana Bank|warn|the regulator", "Orvana Bank|oppose|the lawsuit"}},
		{"'it' after a short phrase that parts an unnamed body's reporting verb from its clause is that body, not a state named before",
			`Tarnland expelled two Velmoran diplomats on Monday. The interior ministry said in a statement that it condemned Tarnland's decision. The dockers' union said on Friday it would sue Tarnland.`,
			[]string{"The interior ministry|condemn|Tarnland's decision", "The dockers' union|sue|Tarnland"},
			[]string{"Tarnland|condemn|Tarnland's decision", "Tarnland|sue|Tarnland"}},
		{"a head of state's foreign ministry, by 'his' or 'her', speaks for that state",
			`Andorra accused Bhutan's president, Oskel Vantor, of lying. His foreign ministry rejected the accusation on Monday.`,
			[]string{"Bhutan|reject|Andorra"},
			[]string{"His foreign ministry|reject|Andorra"}},
		{"an unnamed spokesman of a state's government or ministry, named by its demonym, speaks for the state",
			`A Bhutanese government spokesman accused Andorra of lying. An Andorran foreign ministry spokeswoman said Bhutan had lied.`,
			[]string{"Bhutan|accuse|Andorra", "Andorra|accuse|Bhutan"},
			[]string{"A Bhutanese government spokesman|accuse|Andorra"}},
		{"'it' opening a time clause inside a reported one whose subject is an unnamed body is that body, not a firm named before",
			`Orvana Bank fined Delta Trust. The auditors said his ministry had broken the rules when it awarded a contract to Delta Trust. A judge ruled that the council had acted unlawfully when it fined Delta Trust.`,
			[]string{"Orvana Bank|fine|Delta Trust"},
			[]string{"Orvana Bank|award|a contract", "Orvana Bank|award|Delta Trust"}},
		{"'it' after a reporting verb coordinated with an earlier verb is that verb's subject, not a body named in its object",
			`Delta Trust sued Orvana Bank on Tuesday, hours after Orvana Bank dismissed a Delta Trust auditor and said it was investigating the loss.`,
			[]string{"Orvana Bank|investigate|the loss"},
			[]string{"Delta Trust|investigate|the loss"}},
		{"a woman's first name ('Claire') tells her from the man a later 'he' stands for",
			`Claire Vantor, the former director of Halvex and Tomek Ostrin's business partner, told the court that he had ordered her to destroy the files.`,
			[]string{"Tomek Ostrin|order|Claire Vantor", "Claire Vantor|destroy|the files"},
			[]string{"Claire Vantor|order|Tomek Ostrin"}},
		{"the subject before a relative clause whose object has prepositional phrases",
			`Generals who had confined Tomas Brenn to his house met Pavel Novak on Monday. Lawyers who had represented the firm in court sued Acme Corp.`,
			[]string{"Generals|meet|Pavel Novak", "Lawyers|sue|Acme Corp."},
			[]string{"Tomas Brenn|meet|Pavel Novak", "the firm|sue|Acme Corp."}},
		{"'them' after a plural people noun's possessive is those people, not the firms named after it",
			`OSLO - Halvex said it wanted to change drivers' views about Brio and Zeta trucks, showing them that the engines were safe.`,
			[]string{"Halvex|show|drivers"},
			[]string{"Halvex|show|Brio", "Halvex|show|Zeta"}},
		{"'they' after a list of three or more names is each of them, not the last",
			`OSLO - Halvex offered the three states a loan in May. So far only Norland, Vestria and Osmark have said that they will accept the loan.`,
			[]string{"Norland|accept|the loan", "Vestria|accept|the loan", "Osmark|accept|the loan"},
			nil},
		{"an object pronoun is not the subject of its own clause, even several words back or behind an apposition",
			`Harriet Colm rejected the offer. Pavel Drummond later sent a long letter to her. Her deputy, Minister Ivo Lanka, then wrote to her. Most of the delegates who criticised him had once praised him.`,
			[]string{"Pavel Drummond|send|Harriet Colm", "Ivo Lanka|write|Harriet Colm"},
			[]string{"Pavel Drummond|send|Pavel Drummond"}},
		{"an office taken on in the holder's own clause lets a later description find the holder; 'the interim president' prefers the interim holder",
			`President Hugo Varela fled the capital on Sunday. Marta Quiroga, who had led the senate since May, was sworn in as interim president. The Varela family left. Opposition leader Tomas Brun accused the interim president of ignoring the courts.`,
			[]string{"Tomas Brun|accuse|Marta Quiroga"},
			[]string{"Tomas Brun|accuse|Hugo Varela"}},
		{"'the company' is the one firm the headline and lead are about, not a parent named since in passing",
			"Bakers at Kallor Foods stop work\n\nTAMPERE, Finland, May 2 - Some 800 bakers stopped work at Kallor Foods on Monday when wage talks failed.\n\nKallor, a unit of the Danish group Brenholt Holding, has offered a 3 percent rise. Brenholt said in a statement that it had no plans to close the bakery. Union chairman Eino Laakso criticised the company for refusing to talk.",
			[]string{"Eino Laakso|criticise|Kallor Foods"},
			[]string{"Eino Laakso|criticise|Brenholt Holding", "TAMPERE|walk|Kallor Foods"}},
		{"a trade noun opening the text is no description and breaks nothing",
			`Chipmaker shares fell on Monday after Volta Steel cut its forecast and Harlow Bank sold its stake.`,
			[]string{"Volta Steel|cut|its forecast"}, []string{"Harlow Bank|cut|its forecast"}},
		{"the tribunal after a named court of arbitration is that court, not a sports body named since",
			`LAUSANNE - The Court of Arbitration for Sport upheld a four-year ban on Kenyan runner Grace Wambui on Tuesday. World Athletics welcomed the ruling, while Kenya's athletics federation criticised the International Olympic Committee. The tribunal ordered Wambui to pay costs.`,
			[]string{"Court of Arbitration for Sport|order|Grace Wambui", "Grace Wambui|pay|costs"},
			[]string{"The tribunal|order|Grace Wambui", "World Athletics|order|Grace Wambui", "International Olympic Committee|order|Grace Wambui", "Kenya|order|Grace Wambui"}},
		{"them after two envoys is the two, never the country in the subject's title",
			`TBILISI - Armenian Foreign Minister Aram Petrosyan and his Azerbaijani counterpart, Elnur Aliyev, initialled the text in Tbilisi. Georgian Prime Minister Irakli Beridze, who hosted the talks, thanked them.`,
			[]string{"Irakli Beridze|thank|Aram Petrosyan", "Irakli Beridze|thank|Elnur Aliyev"},
			[]string{"Irakli Beridze|thank|Georgia", "Irakli Beridze|thank|Irakli Beridze"}},
		{"them after two states named together is the two, not the subject's own",
			`LA PAZ - Chile and Peru signed a fishing pact on Monday. Bolivian President Luis Arce criticised them for ignoring his country.`,
			[]string{"Luis Arce|criticise|Chile", "Luis Arce|criticise|Peru"},
			[]string{"Luis Arce|criticise|Bolivia"}},
		{"a country the demonym table names is a country where the country list spells it otherwise",
			`CAIRO - Egypt and Libya traded accusations on Monday over the closed border. Algeria urged the two countries to reopen the border.`,
			[]string{"Algeria|urge|Egypt", "Algeria|urge|Libya", "Libya|reopen|the border"},
			[]string{"Algeria|urge|the two countries", "Algeria|reopen|the border"}},
		{"an object it is not the country in its subject's title",
			`OSLO - Colombia and the rebels agreed a ceasefire on Sunday. Norwegian Foreign Minister Ingrid Dahl, who chaired the final session, called it a fragile opening.`,
			[]string{"Ingrid Dahl|minister|Norway"},
			[]string{"Ingrid Dahl|call|Norway", "Ingrid Dahl|call|Colombia"}},
		{"an object it after a conjoined verb is the company the subject sued",
			`The verdict was won last year by the state of Ohio, which sued Medix Pharma in 2021 and accused it of hiding trial data.`,
			[]string{"Ohio|sue|Medix Pharma", "Ohio|accuse|Medix Pharma"},
			[]string{"Ohio|accuse|Ohio"}},
		{"its after the object thanked for it is that object's, not the subject's country",
			`ACCRA - Ghana's president brokered the deal. Togo's foreign minister, Kossi Agbeko, thanked Accra for its patience, and Acme Mining's chairman praised Volta Bank for its support.`,
			[]string{"Kossi Agbeko|thank|Ghana", "Kossi Agbeko|minister|Togo"},
			[]string{"Kossi Agbeko|thank|Togo"}},
		{"they after a sentence a person opens is no company that sentence named",
			`LONDON - Fenwick Rovers rejected a bid on Monday. At present, Mr Hale and his family hold a 20% stake, making them the club's second biggest shareholders. They own a hotel chain in Florida.`,
			[]string{"Fenwick Rovers|reject|a bid"},
			[]string{"Fenwick Rovers|own|a hotel chain"}},
		{"a name called a rival whose chief executive speaks is a company",
			`ISTANBUL - Turkey's competition authority approved the takeover of Kuzeyhat by its larger rival Marmara Telekom on Tuesday. Marmara's chief executive, Selin Aydemir, welcomed the ruling and said the company accepted the remedies in full.`,
			[]string{"Selin Aydemir|chief executive|Marmara Telekom", "Marmara Telekom|accept|the remedies", "Marmara Telekom|take|Kuzeyhat"},
			[]string{"Kuzeyhat|accept|the remedies"}},
		{"a province's government is its own body, not the country's government",
			`BUENOS AIRES - Coraline made an offer for Puna Litio. The offer still needs the approval of Jujuy's provincial government, which holds a 10% stake in Puna Litio. Argentina welcomed the deal, and the government has offered tax breaks to miners.`,
			[]string{"Jujuy's provincial government|hold|a 10% stake", "government|offer|tax breaks"},
			[]string{"government|hold|a 10% stake", "Jujuy's provincial government|offer|tax breaks"}},
		{"its after a state's foreign ministry is the state, not the country named before",
			`SANTIAGO - Argentina summoned Chile's envoy on Friday. The Chilean foreign ministry said it would reply. Its spokesman, Pablo Rojas, called the move hostile.`,
			[]string{"Pablo Rojas|spokesman|Chile"},
			[]string{"Pablo Rojas|spokesman|Argentina", "Pablo Rojas|spokesman|The Chilean foreign ministry"}},
		{"its after a country's possessive foreign ministry is the country",
			`ADDIS ABABA - Egypt criticised the dam. Ethiopia's foreign ministry rejected the claim. Its spokesman, Dina Mufti, said the filling would go ahead.`,
			[]string{"Dina Mufti|spokesman|Ethiopia", "Ethiopia|reject|the claim"},
			[]string{"Dina Mufti|spokesman|Egypt"}},
		{"its after another ministry of a state is that ministry",
			`JAKARTA - Garuda Air bought ten jets. The Indonesian transport ministry said it had not been consulted. Its spokesman, Adita Irawati, said the deal needed approval.`,
			[]string{"Adita Irawati|spokesman|The Indonesian transport ministry"},
			[]string{"Adita Irawati|spokesman|Indonesia", "Adita Irawati|spokesman|Garuda Air"}},
		{"'it' between a verb of charging and 'of' is an actor, not a thing named before it",
			`Pelago Bank ordered Halvik Shipping to repay a loan, accusing it of hiding losses.`,
			[]string{"Pelago Bank|accuse|Halvik Shipping"},
			[]string{"Pelago Bank|accuse|a loan"}},
		{"a participle after a demanded 'that' clause is the demander's, and 'him' the one told to go",
			`Senator Ilse Dorrin demanded that Marten Olsby resign, accusing him of misleading parliament.`,
			[]string{"Ilse Dorrin|demand|Marten Olsby", "Ilse Dorrin|accuse|Marten Olsby"},
			[]string{"Marten Olsby|accuse|Ilse Dorrin"}},
		{"'him' in a relative clause is none of the names the relative pronoun stands for",
			`The board of Pelago Bank sacked Piet Harslo on Friday. Ilse Dorrin and Anna Vilde, two of the directors who voted to remove him, have left the board.`,
			[]string{"Ilse Dorrin|remove|Piet Harslo", "Anna Vilde|remove|Piet Harslo"},
			[]string{"Anna Vilde|remove|Ilse Dorrin", "Ilse Dorrin|remove|Anna Vilde"}},
		{"'they' after a people noun that opens the sentence with a capital is those people",
			`Prosecutors said they had arrested Piet Harslo. Employees said they would sue Halvik Shipping.`,
			[]string{"Prosecutors|arrest|Piet Harslo", "Employees|sue|Halvik Shipping"},
			nil},
		{"'they' after the police, a plural noun for a group of people, is the police",
			`Police in Varnholm said they had detained Oskar Brevik. Riot police said they were looking for Lena Maardal.`,
			[]string{"Police in Varnholm|detain|Oskar Brevik", "Riot police|look|Lena Maardal"},
			nil},
		{"'they' after guards, politicians or observers, plural nouns for groups of people, is those people",
			`Border guards said they had stopped Lena Maardal. Opposition politicians said they had sued Halvik Shipping. Election observers said they had met Oskar Brevik.`,
			[]string{"Border guards|stop|Lena Maardal", "Opposition politicians|sue|Halvik Shipping", "Election observers|meet|Oskar Brevik"},
			nil},
		{"an attache is a role noun, never a verb: the possessive phrase keeps its head",
			`OSLO - Palau on Friday ordered Tuvalu's defence attache to leave within 48 hours, accusing him of spying.`,
			[]string{"Palau|order|Tuvalu's defence attache"},
			[]string{"Palau|order|Tuvalu's defence"}},
		{"'its' in the object of a clause whose subject follows a state's body is that subject's, but a state's act keeps the state",
			`Palau's governing coalition collapsed on Friday after the Reform League withdrew its four ministers. Nauru's bid to join the forum was refused after Palau blocked its application.`,
			[]string{"Reform League|withdraw|its four ministers", "Palau|block|Nauru"},
			[]string{"Reform League|withdraw|Palau"}},
		{"'it' after a sentence whose subject is a passive thing is that thing, not the agent named in it",
			`The accord was signed by Tolmaria and Brevanistan on Monday. It urges Kessany to reopen the border. The budget bill, passed by the Dravel Assembly in May, would have raised fuel taxes. President Halvor Ostrem vetoed it on Friday.`,
			[]string{"Brevanistan|sign|The accord", "Dravel Assembly|pass|The budget bill"},
			[]string{"Tolmaria|urge|Kessany", "Brevanistan|urge|Kessany", "Halvor Ostrem|veto|Dravel Assembly"}},
		{"'said it' after a state's body named in apposition with an acronym in brackets is the named body, not the state",
			`Keldora's energy regulator, the Grid Oversight Office (GOO), said it had fined Varnholt Power. Keldora's largest lender, Tarvik Bank (TB), said it had sued Quellan Mining.`,
			[]string{"Grid Oversight Office|fine|Varnholt Power", "Tarvik Bank|sue|Quellan Mining"},
			[]string{"Keldora|fine|Varnholt Power", "Keldora|sue|Quellan Mining"}},
		{"a name in apposition right after a state's body is that body, no other party to the sentence, so the body stays the state's agency",
			`Tarvik Bank has criticised Norway's financial watchdog, the Grid Oversight Office. In a speech on Monday, Mr Halgren urged the office to act.`,
			[]string{"Grid Oversight Office|agency|Norway"},
			nil},
		{"'it' voted for or against is the motion or bill, not the party whose members vote, also after 'the ruling'",
			`The opposition tabled a motion of no confidence in Prime Minister Lena Ostvik on Monday. Members of the ruling Unity Front voted against it, and the Green League abstained. The Senate debated the budget bill on Tuesday. Senators from the Harbour Party voted for it.`,
			nil,
			[]string{"Members of the ruling Unity Front|vote|Unity Front", "Senators from the Harbour Party|vote|Harbour Party"}},
		{"'they' denying a charge set in apposition is the accused, not a country in the accuser's title",
			`Norway's fisheries minister, Lena Ostvik, has repeatedly accused charities working in the area of helping smugglers, a charge they deny.`,
			nil,
			[]string{"Norway|deny|Lena Ostvik"}},
		{"a two-word name an office after it marks as a body is that body everywhere in the story, so 'he' after it again is the office holder",
			`Soc Dem leader Piers Ottery is stepping up Soc Dem election preparations this week as he tours Tarvik and Brenmoor.`,
			[]string{"Piers Ottery|tour|Tarvik"},
			[]string{"Soc Dem|tour|Tarvik"}},
		{"'They' opening a sentence after one that opens with a people noun is those people",
			`Prosecutors arrested Marten Olsby on Monday. They suspect him of hiding losses at Pelago Bank.`,
			[]string{"Prosecutors|suspect|Marten Olsby"},
			[]string{"Pelago Bank|suspect|Marten Olsby"}},
		{"'its' in the clause of a body a country's possessive names is the body's, past a gerund modifying the body's name",
			`Palau's parliament voted on Tuesday to remove its speaker, Anton Tarsk. Tuvalu's governing Civic League split on Monday when six of its deputies, led by Dorel Vasko, walked out.`,
			[]string{"Anton Tarsk|speaker|Palau's parliament", "six of its deputies|member|Civic League"},
			[]string{"Anton Tarsk|speaker|Palau", "Dorel Vasko|lead|Tuvalu"}},
		{"'he' opening a quotation is not its speaker named after it (nor a description apposed to the speaker), and a 'he' attributing it is not that 'he'",
			`Chancellor Olaf Meyer, a Liberal, dismissed his finance minister, Karl Brandt, on Wednesday. Meyer said he had no choice after Brandt blocked his budget.
"Too often he has broken my trust," the chancellor told reporters.
Club director Ivo Sander said the club had signed Marco Lenz in June. "He has been running well since Friday," he told Radio Nord.`,
			[]string{"Olaf Meyer|accuse|Karl Brandt", "Karl Brandt|break|Olaf Meyer", "Ivo Sander|tell|Radio Nord"},
			[]string{"Olaf Meyer|break|Olaf Meyer", "Marco Lenz|tell|Radio Nord"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}

// TestOneWordNameTypes checks that a one-word name of no known type is a
// person's when the text treats it as one (a person act, an apposition of
// a person, "said he", ", who") and an organisation's otherwise.
func TestOneWordNameTypes(t *testing.T) {
	tests := []struct {
		name, text, surface string
		want                schema.EntityType
	}{
		{"a place: only ever after 'in' or 'the Port of'", "Dockers at the Port of Sopot walked out, and a court in Sopot heard the case.", "Sopot", schema.Location},
		{"a stake in a company is no place", "Zeta Bank holds a stake in Kordal. Kordal said it would appeal.", "Kordal", schema.Organization},
		{"what a bid is for", "Halden Foods made a bid for Brayton Creameries on Monday.", "Brayton Creameries", schema.Organization},
		{"arrested", "Okonjo was arrested by police in the capital on Tuesday.", "Okonjo", schema.Person},
		{"sworn in", "Okonjo was sworn in on Monday and thanked his voters.", "Okonjo", schema.Person},
		{"resigned", "Okonjo resigned after the vote.", "Okonjo", schema.Person},
		{"apposition of a person noun", "Okonjo, a retired schoolteacher, criticised the plan.", "Okonjo", schema.Person},
		{"said he", "Okonjo said he would appeal the ruling.", "Okonjo", schema.Person},
		{"who", "Okonjo, who leads the protest, criticised the plan.", "Okonjo", schema.Person},
		{"evidence at a later mention", "Okonjo criticised the plan. On Friday Okonjo was detained at the border.", "Okonjo", schema.Person},
		{"he opening the next sentence", "Okonjo won the seat on Sunday. He thanked his voters.", "Okonjo", schema.Person},
		{"she after a person named beside the name", "Okonjo hired Ana Ruiz on Sunday. She thanked the board.", "Okonjo", schema.Organization},
		{"it opening the next sentence", "Okonjo raised prices on Sunday. It blamed higher costs.", "Okonjo", schema.Organization},
		{"said it", "Okonjo said it would appeal the ruling.", "Okonjo", schema.Organization},
		{"founded", "Okonjo was founded in 1990 and sold to Vance Holdings.", "Okonjo", schema.Organization},
		{"a role a company holds", "Okonjo, the country's largest lender, was fined.", "Okonjo", schema.Organization},
		{"a supplier", "Okonjo, a major supplier of chips, fired Ana Ruiz.", "Okonjo", schema.Organization},
		{"a customer: a role whose plural names companies too", "Okonjo, a big Zeta customer, fired Ana Ruiz.", "Okonjo", schema.Organization},
		{"itself in apposition", "Regulators warned that Okonjo, itself a former licensee, could cut prices.", "Okonjo", schema.Organization},
		{"a 'whose' clause with its own subject is no apposition", "Ana Ruiz spoke at a rally organised by the Okonjo party. She praised Okonjo, whose support the Kessan president has long sought.", "Okonjo", schema.Organization},
	}
	p := pipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := NewDocument("types.txt", tc.text)
			if err := p.Run(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, m := range doc.Mentions {
				if doc.Text[m.Span.Start:m.Span.End] != tc.surface || m.Entity < 0 {
					continue
				}
				found = true
				if got := doc.Entities[m.Entity].Type; got != tc.want {
					t.Errorf("%q: %q is %q, want %q", tc.text, tc.surface, got, tc.want)
				}
			}
			if !found {
				t.Errorf("%q: no resolved mention %q", tc.text, tc.surface)
			}
		})
	}
}

// TestDescriptionNotNamedAfter checks that a description of a body is not
// resolved to an organisation of another kind named after it.
func TestDescriptionNotNamedAfter(t *testing.T) {
	tests := []struct{ name, text, surface, not string }{
		{"a court is no commission",
			"Ghana's highest court dismissed the appeal by Orvell Freight. The Fair Trading Commission said the company had no case.",
			"court", "Fair Trading Commission"},
		{"a regulator is no company",
			"Ghana's banking regulator fined Orvell Bank. Dunmore Holdings said the bank had hidden losses.",
			"regulator", "Dunmore Holdings"},
		{"a country's bank is not the bank it fined",
			"Ghana's central bank fined Orvell Bank. Orvell Bank said it would appeal.",
			"bank", "Orvell Bank"},
		{"a country's bank is not a bank its sentence names",
			"Ghana's central bank fined Orvell Bank on Monday. Orvell Bank said the fine was unfair.",
			"bank", "Orvell Bank"},
		{"a commission is no court named before",
			"The Supreme Court annulled the election and said the commission had failed to conduct it properly.",
			"commission", "Supreme Court"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionEntities(t, tc.text); got[tc.surface] == tc.not {
				t.Errorf("%q: %q resolves to %q", tc.text, tc.surface, got[tc.surface])
			}
		})
	}
}

// TestFirstNames checks the first-name lexicon: each name is lower case,
// listed once, with one sex.
func TestFirstNames(t *testing.T) {
	ls, err := lines("firstnames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, l := range ls {
		if len(l) != 2 || l[1] != "m" && l[1] != "f" || l[0] != toLower(l[0]) {
			t.Errorf("bad line %q", l)
			continue
		}
		if seen[l[0]] {
			t.Errorf("%s listed twice", l[0])
		}
		seen[l[0]] = true
	}
	if len(seen) < 300 {
		t.Errorf("%d names, want at least 300", len(seen))
	}
}

// TestDescriptionsOfNamedBodies checks statements whose subject or object
// is a definite description or a generic noun ("the bench", "the
// company") standing for a body the story named before.
func TestDescriptionsOfNamedBodies(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the bench is the court that hears the case, not an appeal court mentioned since",
			`ACCRA - Tarn Foods asked the High Court in Accra to quash the order. The court heard the case in May. Tarn said it would go to the Supreme Court if it lost. The bench dismissed that argument on Friday.`,
			[]string{"High Court|dismiss|Tarn Foods"}, // (the argument Tarn made when it said it would appeal)
			[]string{"Supreme Court|dismiss|that argument", "The bench|dismiss|that argument", "Supreme Court|dismiss|Tarn Foods", "The bench|dismiss|Tarn Foods"}},
		{"a pronoun after a description whose name in apposition has its acronym in brackets is the named body, which holds the possessor's agency",
			`LIMA - Peru's competition regulator, the Oficina Federal Antimonopolio (OFA), said it had opened an inquiry into the deal.`,
			[]string{"Oficina Federal Antimonopolio|open|an inquiry", "Oficina Federal Antimonopolio|agency|Peru"},
			[]string{"Peru|open|an inquiry"}},
		{"a country's body named in apposition to its description is no other party to the sentence",
			"Tavira Foods chides OFA\n\nThe head of Tavira Foods has criticised Peru's financial watchdog, the Oficina Federal Antimonopolio (OFA). The OFA declined to comment.",
			[]string{"Oficina Federal Antimonopolio|agency|Peru"},
			nil},
		{"the bench after a single named court is that court",
			`NAIROBI - Tamu Foods appealed to the High Court. The bench rejected the appeal on Friday.`,
			[]string{"High Court|reject|Tamu Foods"},
			[]string{"The bench|reject|Tamu Foods"}},
		{"the target is the company the bid is for, not the bidder that opens the sentence",
			`LONDON - Harlow Group made a hostile offer for Kestrel Foods in May. Harlow raised its offer after the target's board refused to open talks. Harlow accused the target of stalling.`,
			[]string{"Kestrel Foods|refuse|talks", "Harlow Group|accuse|Kestrel Foods"},
			[]string{"Harlow Group|refuse|talks"}},
		{"a description in apposition may have a modifier in -ing, and the company is the one it describes",
			`The Nkosi Trust says few employers have plans to fight malaria. The Nkosi Trust surveyed 300 firms. Most ignored the Nkosi Trust. One firm with a plan is Kivu Holdings, the regional mining company, which has built three clinics. Over two years the company has trained 200 nurses.`,
			[]string{"Kivu Holdings|build|three clinics", "Kivu Holdings|train|200 nurses"},
			[]string{"Nkosi Trust|build|three clinics", "Nkosi Trust|train|200 nurses"}},
		{"a name in apposition to 'the regulator' is a public body, never the company",
			`NAIROBI - Zetapay Holdings and Norvik Payments missed a filing deadline on Monday. Finor, the banking regulator, gave both a week to comply. Finor has asked for new audits, and Finor's chairman criticised their managers. The company blamed a software fault.`,
			[]string{"Zetapay Holdings|blame|a software fault"},
			[]string{"Finor|blame|a software fault"}},
		{"a bare role noun of a company is the one organisation given that role in apposition",
			`OSLO - Kallor Steel missed a payment on Monday. Norbank, Kallor's main lender, declined to comment. Unions accused the lender of pushing Kallor into default.`,
			[]string{"Unions|accuse|Norbank"},
			[]string{"Unions|accuse|the lender", "Unions|accuse|Kallor Steel"}},
		{"a bare trade noun is the one organisation given that trade in apposition",
			`GDANSK - Ostravia Motors buys its brakes from Wisla Parts, a Polish supplier. Ostravia sued the supplier on Monday.`,
			[]string{"Ostravia Motors|sue|Wisla Parts"},
			[]string{"Ostravia Motors|sue|the supplier"}},
		{"two organisations given the trade leave the noun unresolved",
			`GDANSK - Ostravia Motors buys its brakes from Wisla Parts, a Polish supplier, and from Morvi, a Czech supplier. Ostravia sued the supplier on Monday.`,
			[]string{"Ostravia Motors|sue|the supplier"},
			[]string{"Ostravia Motors|sue|Wisla Parts", "Ostravia Motors|sue|Morvi"}},
		{"the club is never the league its clubs play in, though the league's name stands before it",
			`LONDON - Harwood Rovers made a 30 million pound bid for Brazilian striker Tiago Lemos. The Premier League club made the offer on Tuesday.`,
			[]string{"Harwood Rovers|make|the offer"},
			[]string{"Premier League|make|the offer"}},
		{"the court is not a court a party only says it may appeal to, once the story spoke of its own court",
			`NAIROBI - A graft court on Thursday convicted a former mayor of fraud. The Anti-Corruption Division sentenced Tom Oketch to six years in prison. His lawyer said he would appeal to the Supreme Court. The court cleared Verdo's owner, Ken Mbeki, of bribery.`,
			[]string{"The court|clear|Ken Mbeki"},
			[]string{"Supreme Court|clear|Ken Mbeki"}},
		{"the court is the court a party says it will appeal to when the story named no other",
			`NAIROBI - Verdo Ltd said it would appeal to the Supreme Court. The court agreed to hear the case on Monday.`,
			[]string{"Supreme Court|agree|the case"},
			nil},
		{"the company a person with an office in one organisation chairs is that organisation, not a bidder named since",
			`SANTIAGO - Corvo Seafoods rejected a bid from Lumbre Foods on Monday. Corvo's chairman, Tomas Brill, called the offer opportunistic. Lumbre's chief executive said he would not walk away. Brill, a former banker who has chaired the company since 2019, dismissed suggestions that the board was protecting itself.`,
			[]string{"Tomas Brill|chair|Corvo Seafoods"},
			[]string{"Tomas Brill|chair|Lumbre Foods"}},
		{"the board in a sentence a person with an office in one organisation opens is that organisation's, not the one the story names most",
			`SANTIAGO - Lumbre Foods made a bid for Corvo Seafoods on Monday. Lumbre has bid before, and Lumbre's chief executive said he would not walk away. Corvo's chairman, Tomas Brill, called the offer opportunistic. Brill denied that the board had ignored shareholders.`,
			[]string{"Corvo Seafoods|ignore|shareholders"},
			[]string{"Lumbre Foods|ignore|shareholders"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}

// TestAcronymOfNamedBody checks that an acronym stands for the one
// organisation named in full before whose capitalised words it abbreviates,
// and for none when two such bodies were named.
func TestAcronymOfNamedBody(t *testing.T) {
	tests := []struct{ name, text, surface, want string }{
		{"skipping 'of'", "The National Union of Farmers backed the strike. NUF official Tom Hadley said the company had ignored the rules.",
			"NUF", "National Union of Farmers"},
		{"a later sentence", "Orvex was fined by the Korvan Trade Authority on Monday. The KTA said the cartel had run for years.",
			"KTA", "Korvan Trade Authority"},
		{"a name read as a person's before its acronym", "Lawmakers from the Varo Hemmet (VH) party walked out. The VH urged its supporters to protest.",
			"VH", "Varo Hemmet"},
		{"two bodies with the same initials", "The Korvan Trade Authority and the Korvan Tax Agency met. The KTA said the talks went well.",
			"KTA", "KTA"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionEntities(t, tc.text)[tc.surface]; got != tc.want {
				t.Errorf("%q: %q resolves to %q, want %q", tc.text, tc.surface, got, tc.want)
			}
		})
	}
}

// TestQuoteInitialNouns checks that a plural noun opening a quotation is
// not read as a name for its capital, while a name there stays one.
func TestQuoteInitialNouns(t *testing.T) {
	tests := []struct {
		name, text, surface string
		org                 bool
	}{
		{"opening the sentence", `"Shoppers are moving away from estate cars," said Tom Hadley of Orvex.`, "Shoppers", false},
		{"after a colon", `Ana Ruiz of Orvex said: "Tenants have lost faith in the council."`, "Tenants", false},
		{"after a comma", `Ana Ruiz of Orvex said, "Borrowers are paying more for less."`, "Borrowers", false},
		{"a name stays one", `"Halder Foods has sued Orvex," she said.`, "Halder Foods", true},
	}
	p := pipeline(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := NewDocument("quotes.txt", tc.text)
			if err := p.Run(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			org := false
			for _, m := range doc.Mentions {
				if doc.Text[m.Span.Start:m.Span.End] == tc.surface && m.Entity >= 0 && doc.Entities[m.Entity].Type == schema.Organization {
					org = true
				}
			}
			if org != tc.org {
				t.Errorf("%q: %q an organisation: %v, want %v", tc.text, tc.surface, org, tc.org)
			}
		})
	}
}

// TestFormerOpensTitle checks that "Former" opening a sentence before a
// name and a title describes the title and is no part of the name.
func TestFormerOpensTitle(t *testing.T) {
	tests := []struct{ name, text, surface, want string }{
		{"a company", "Former Orvex boss Tom Hadley was convicted on Monday.", "Orvex", "Orvex"},
		{"a two-word name", "Former Kordal Bank chairman Ed Rell said he would appeal.", "Kordal Bank", "Kordal Bank"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := mentionEntities(t, tc.text)[tc.surface]; got != tc.want {
				t.Errorf("%q: %q resolves to %q, want %q", tc.text, tc.surface, got, tc.want)
			}
		})
	}
}

// TestArmedServices checks that a state's army, navy, police or
// regulator named by its possessive or its demonym act as bodies of their
// own, not as the state, and that a claim denied after where it was made ("reports in
// the local press that") stays negated.
func TestArmedServices(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a possessive's navy",
			`Palau's navy seized a fishing boat from Nauru on Monday.`,
			[]string{"Palau's navy|seize|a fishing boat"},
			[]string{"Palau|seize|a fishing boat"}},
		{"a demonym's army and a possessive's army",
			`The Tongan army fought alongside Fiji's army near the border.`,
			[]string{"The Tongan army|fight|Fiji's army"},
			[]string{"Tonga|fight|Fiji", "The Tongan army|fight|Fiji"}},
		{"a possessive's police",
			`Samoa's police arrested Tomas Vell, a former minister, at his home.`,
			[]string{"Samoa's police|arrest|Tomas Vell"},
			[]string{"Samoa|arrest|Tomas Vell"}},
		{"a possessive's regulator",
			`Palau's financial regulator fined Tarvik Bank on Monday, and Nauru's market regulators warned Kessel Capital.`,
			[]string{"Palau's financial regulator|fine|Tarvik Bank", "Nauru's market regulators|warn|Kessel Capital"},
			[]string{"Palau|fine|Tarvik Bank", "Nauru|warn|Kessel Capital"}},
		{"the service's own positions are no act on its state",
			`Tonga and Fiji traded fire on Monday. Three soldiers were hurt. The Fijian army said it had reinforced its positions.`,
			nil,
			[]string{"The Fijian army|reinforce|Fiji|reported"}},
		{"a claim denied after the place it was made",
			`Tonga denied reports in the local press that it had armed the rebels.`,
			[]string{"Tonga|arm|the rebels|negated|reported"},
			[]string{"Tonga|arm|the rebels"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, triple, tc.want, tc.not)
		})
	}
}

// TestAppositionWithPostModifier checks that a description set off after
// a name by a comma stands for that name also when a relative clause or
// a participle phrase goes on from it.
func TestAppositionWithPostModifier(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a participle phrase before a list's 'and'",
			`The Harbour Party said it would abstain. Novaro, the protest party led by Elin Sarr, and two regional parties backed the motion.`,
			[]string{"Elin Sarr|lead|Novaro"},
			[]string{"Elin Sarr|lead|Harbour Party"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, triple, tc.want, tc.not)
		})
	}
	text := `The Kessan Workers Union called a strike at Brenmoor Steel on Monday. Tavla, the national union that represents dockers, said it would join.`
	if got := mentionEntities(t, text)["union"]; got != "Tavla" {
		t.Errorf("%q: a relative clause after the description: %q resolves to %q, want %q", text, "union", got, "Tavla")
	}
}

// TestPeopleAimedAt checks that people after "at" following an object
// are whom the act is aimed at ("fired tear gas at protesters"), while a
// request or a count after "at" names no one.
func TestPeopleAimedAt(t *testing.T) {
	text := `Riot police fired rubber bullets at students outside the campus on Friday. Officers later arrested four lecturers at the request of state prosecutors. The union wants the hiring of at least 90 nurses.`
	checkTriples(t, pipeline(t), text, triple,
		[]string{"Riot police|fire|students"},
		[]string{"Officers|arrest|the request of state prosecutors", "The union|want|at least 90 nurses"})
}

// TestStateEnterprise checks that a description naming a state's
// enterprise by its trade ("the state rail company") is no firm or body
// named before with another trade, but one whose name has that trade.
func TestStateEnterprise(t *testing.T) {
	tests := []struct{ name, text, surface, want string }{
		{"another firm named before", "Tarsk Freight won a port contract in May. Prosecutors opened an inquiry after a complaint from the state rail company.", "company", ""},
		{"a union named before", "The Kessan Miners Union called a strike on Monday. The stoppage hit the state chemicals group, which exports phosphate.", "group", ""},
		{"a name with the trade", "Velmar Rail Services lost its licence in May. Prosecutors opened an inquiry after a complaint from the state rail company.", "company", "Velmar Rail Services"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := mentionEntities(t, tc.text)[tc.surface]
			if !ok || got != tc.want {
				t.Errorf("%q: %q resolves to %q (a mention: %v), want %q", tc.text, tc.surface, got, ok, tc.want)
			}
		})
	}
}

func TestPluralName(t *testing.T) {
	for name, want := range map[string]bool{
		"Social Democrats": true, "Greens": true, "MPs": true, "NGOs": true,
		"Acme Bus": false, "Brio Foods": true, "Kestrel Mining": false, "US": false, "Ms": false,
	} {
		if got := pluralName(name); got != want {
			t.Errorf("pluralName(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestPartyNeverAnAssembly(t *testing.T) {
	checkTriples(t, pipeline(t), "PORT LOUIS - The Militant Socialist Movement lost a budget vote on Tuesday. The National Assembly rejected the plan by 40 votes to 29. The party accused Speaker Anil Gopee of bias.",
		spo, []string{"Militant Socialist Movement|accuse|Anil Gopee"}, []string{"National Assembly|accuse|Anil Gopee"})
}

// TestFirmDescriptionAntecedents checks that "the company", "the airline"
// and "the group" skip organisations the text shows to be something else:
// places, regulators and judging bodies, parties, or, for "the group",
// anything but the armed group the story names.
func TestFirmDescriptionAntecedents(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		surface string
		want    string
	}{
		{"a name written after 'outside' is a place, not the company",
			"Varlen Tyres warned on Monday that it could shut a plant outside Kestrova. A judge in Kestrova later granted the company an interdict.",
			"company", "Varlen Tyres"},
		{"a dateline is a place, not the company",
			"OSTRELL, Norland, May 4 - Tarvik Robotics said on Monday it would cut 300 jobs. Ilse Varg, who founded the company in 1998, stepped down.",
			"company", "Tarvik Robotics"},
		{"a name before 'province' is a place",
			"Pelmar Mining said attacks in Dorvas province had stopped work at its mine. Rebels raided Dorvas province again. The company said it would leave.",
			"company", "Pelmar Mining"},
		{"a stake in a firm does not make it a place",
			"Orvane Capital built a stake in Dellis Foods last year. Shareholders in Dellis Foods met on Monday. The company said profits fell.",
			"company", "Dellis Foods"},
		{"a body of arbitration is no company",
			"Workers at Brenn Steel walked out in June. The Council for Mediation and Arbitration called both sides to talks, but the company refused.",
			"company", "Brenn Steel"},
		{"a regulator in apposition is no company",
			"Tarvik Bank lost a lawsuit in May. Kronvall, the country's banking regulator, said it had not opened an investigation into the company.",
			"company", "Tarvik Bank"},
		{"a regulator is no airline",
			"Skyvik Airlines raised fares on Monday. The Tolvian Competition Authority said the airline had fixed prices.",
			"airline", "Skyvik Airlines"},
		{"a party the story calls 'the party' is no company",
			"Donvik Logistics bought a rail line from the state. The opposition Civic Democrats attacked the sale, and the party said it would go to court. The company rejected the criticism.",
			"company", "Donvik Logistics"},
		{"'the company' in a relative clause about a firm named inside the sentence is another firm",
			"Velta Garments Ltd made shirts for several retailers. Among them was the Danish chain Hollby, which cut ties with the company after the fire.",
			"company", "Velta Garments Ltd"},
		{"'the group' is the armed group whose militants the story names",
			"The Tolvian Council renewed sanctions on Marland over its support for Sahel Liberation Front militants. Marland denied arming the group.",
			"group", "Sahel Liberation Front"},
		{"'the group' is the body described in apposition as an armed group",
			"Drones struck bases of Nasr al-Din, a separatist militant group, in the south. The Interior Ministry said the group had attacked police.",
			"group", "Nasr al-Din"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { wantResolves(t, tc.text, tc.surface, tc.want) })
	}
}

func TestBodyOfAnotherKind(t *testing.T) {
	tests := []struct {
		name, text, surface, want string
	}{
		{"a noun modifier the body's name lacks makes another body of that kind",
			"The Commission for Securities and Financial Markets approved the listing. Peru's energy commission cleared the merger in May.",
			"commission", ""},
		{"a modifier the name has keeps it the body",
			"The Commission for Securities and Financial Markets approved the listing. Peru's securities commission cleared the merger in May.",
			"commission", "Commission for Securities and Financial Markets"},
		{"an adjective of rank does not set the body apart",
			"The Constitutional Court of Peru heard the case. Peru's top court ruled on Friday.",
			"court", "Constitutional Court of Peru"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mentionEntities(t, tt.text)
			if got[tt.surface] != tt.want {
				t.Errorf("%q -> %q, want %q (all: %v)", tt.surface, got[tt.surface], tt.want, got)
			}
		})
	}
}

// wantResolves checks that the mention written surface in text resolves
// to the entity named want.
func wantResolves(t *testing.T, text, surface, want string) {
	t.Helper()
	got := mentionEntities(t, text)
	if e, ok := got[surface]; !ok {
		t.Errorf("%q: no mention %q (mentions %v)", text, surface, got)
	} else if e != want {
		t.Errorf("%q: %q resolves to %q, want %q", text, surface, e, want)
	}
}
