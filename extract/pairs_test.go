package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// spo renders a statement as "subject|predicate|object".
func spo(s schema.Statement) string { return s.Subject + "|" + s.Predicate + "|" + s.Object }

// TestPairsInArticles checks, in short wire stories, statements whose
// subject or object is a plural phrase standing for two actors named
// before ("both sides", "the two governments").
func TestPairsInArticles(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"an object pair called on to act is the infinitive's subject",
			`LIMA - Peru and Bolivia traded insults on Tuesday over a dam on a border river. Chile's government urged both sides to lower the temperature, and Brazil called on the two governments to settle the dispute in court.`,
			[]string{"Chile|urge|Peru", "Chile|urge|Bolivia", "Brazil|call|Peru", "Brazil|call|Bolivia", "Peru|settle|the dispute", "Bolivia|settle|the dispute"},
			[]string{"Brazil|settle|the dispute", "Chile|urge|Brazil", "Brazil|call|Chile"}},
		{"a union calls on two firms, not on itself",
			`OSLO - Halvard Motors and Brisco Steel announced a merger on Monday that would cut 2,000 jobs in Norway. The IF Metall union called on both companies to protect jobs.`,
			[]string{"IF Metall|call|Halvard Motors", "IF Metall|call|Brisco Steel", "Halvard Motors|protect|jobs", "Brisco Steel|protect|jobs"},
			[]string{"IF Metall|protect|jobs", "IF Metall|call|Norway"}},
		{"people of both sides act for the two states, not for two persons; a judgement of their talks is no act between them",
			`SUCRE - Peruvian President Ana Rojas accused Bolivian President Luis Mamani of sheltering smugglers on Monday. Officials on both sides blamed each other for the clashes. Commanders from the two countries met at the border on Wednesday, after talks that negotiators on both sides described as frank.`,
			[]string{"Peru|blame|Bolivia", "Bolivia|blame|Peru", "Peru|meet|Bolivia"},
			[]string{"Ana Rojas|blame|Luis Mamani", "Peru|describe|Bolivia", "Bolivia|describe|Peru"}},
		{"two states that visit a third, call on it or call for something act on it, not on each other; an exchange and a meeting are between them",
			`OSLO - Norway and Sweden visited Finland on Monday and called on Iceland to join them. Denmark and Estonia called for a ceasefire. Norway and Sweden will exchange ambassadors, and Norway and Sweden met Latvia in Riga.`,
			[]string{"Norway|visit|Finland", "Norway|call|Iceland", "Denmark|call|a ceasefire", "Norway|exchange|Sweden", "Norway|meet|Latvia", "Norway|meet|Sweden"},
			[]string{"Norway|visit|Sweden", "Norway|call|Sweden", "Denmark|call|Estonia"}},
		{"two states written as a pair that reopen something reopen it with each other",
			`RIGA - Estonia and Latvia ended a two-year row over fishing rights on Monday. The two countries reopened their border crossings on Friday.`,
			[]string{"Estonia|reopen|Latvia"},
			nil},
		{"tensions and contacts between two actors relate them",
			`RIGA - Tensions between Estonia and Latvia rose on Monday. The talks followed months of indirect contacts between Vantor Group and Kestrel Air.`,
			[]string{"Estonia|clash|Latvia", "Vantor Group|contact|Kestrel Air"},
			nil},
		{"fighting after 'to' and a war that broke out or clashes that erupted between two actors relate them",
			`ACCRA - Ghana protested over shelling linked to fighting between the Kessa Front and the Orla Militia. Unrest has grown since war broke out in Togo in May between the army and the Vantor Brigade. Clashes erupted on Friday between the Tarn Guard and the Velm Rangers.`,
			[]string{"Kessa Front|fight|Orla Militia", "the army|war|Vantor Brigade", "Tarn Guard|clash|Velm Rangers"},
			nil},
		{"a court that rules on a dispute is no side of it",
			`OSLO - Brio Bank and Zeta Foods have been locked in a pay dispute with staff since May. On Friday the Bergen District Court granted Marvik Port an injunction. The Norwegian Chamber of Commerce urged both sides to return to talks.`,
			nil,
			[]string{"Norwegian Chamber of Commerce|urge|Bergen District Court", "Norwegian Chamber of Commerce|urge|Marvik Port"}},
		{"a pair that acts in an interest does not act on each other",
			`OSLO - Brio Bank and Zeta Foods held talks on Monday. Prime Minister Ana Veld thanked both sides for acting in the national interest.`,
			[]string{"Ana Veld|thank|Brio Bank", "Ana Veld|thank|Zeta Foods"},
			[]string{"Brio Bank|act|Zeta Foods", "Zeta Foods|act|Brio Bank"}},
		{"a pair subject of a relative clause whose object is its head does not act on each other",
			`OSLO - Norway and Sweden held talks in Bergen on Monday. "Neither side got the deal they wanted," a diplomat said. Brio Bank and Zeta Foods attacked the regulator, which they accused of bias.`,
			[]string{"Brio Bank|accuse|the regulator", "Zeta Foods|accuse|the regulator"},
			[]string{"Norway|want|Sweden", "Brio Bank|accuse|Zeta Foods"}},
		{"two subjects of a verb each does alone (resign, protest, step up) do not act on each other",
			`OSLO - Ana Veld and Tom Vell resigned on Monday. Brio Bank and Zeta Foods protested, and Vantor Group and Kestrel Air stepped up lobbying.`,
			nil,
			[]string{"Ana Veld|resign|Tom Vell", "Brio Bank|protest|Zeta Foods", "Vantor Group|step|Kestrel Air"}},
		{"the two holders of a title are the one the story gives it and the counterpart coordinated with him",
			`FUNAFUTI - Tuvalu's security chief, Arno Kessel, and his Kiribati counterpart, Lina Dovic, agreed a truce on Monday. Ivo Brandt, a mediator, spoke with the two security chiefs on Tuesday.`,
			[]string{"Ivo Brandt|speak|Arno Kessel", "Ivo Brandt|speak|Lina Dovic"},
			nil},
		{"the two holders of a title no one was given word for word are the two people named together before",
			`FUNAFUTI - Tuvalu and Kiribati agreed a truce on Monday. It was signed by the heads of the two countries' police forces, Idra Kestova and Ruel Halsk. Both sides will pull back their patrol boats. Tamsin Brevik, a mediator, said she had spoken with the two police chiefs.`,
			[]string{"Tamsin Brevik|speak|Idra Kestova", "Tamsin Brevik|speak|Ruel Halsk"},
			[]string{"Tamsin Brevik|speak|the two police chiefs"}},
		{"two subjects that belong to a body are members of it, not of each other",
			`FUNAFUTI - Tuvalu accused Kiribati of overfishing near the atolls. The Arden Pact, to which both countries belong, met on Monday. The two countries belong to the Arden Pact, and Tuvalu and Kiribati belong to the Pacific Forum.`,
			[]string{"Tuvalu|belong|Arden Pact", "Kiribati|belong|Arden Pact"},
			[]string{"Tuvalu|belong|Kiribati", "Kiribati|belong|Tuvalu"}},
		{"a single object called on to act is the infinitive's subject",
			`ACCRA - Ghana accused Togo of closing a border crossing. Nigeria called on Togo to reopen the crossing.`,
			[]string{"Nigeria|call|Togo", "Togo|reopen|the crossing"},
			[]string{"Nigeria|reopen|the crossing"}},
		{"both parties of a dispute between two countries are the countries",
			`LOME - Ghana and Togo traded accusations on Sunday over a fishing ban in the Gulf of Guinea. Nigeria urged the two governments to settle the row, and the African Union called on both parties to show restraint.`,
			[]string{"African Union|call|Ghana", "African Union|call|Togo", "Ghana|show|restraint", "Togo|show|restraint"},
			[]string{"African Union|call|both parties", "African Union|show|restraint", "African Union|call|Nigeria"}},
		{"both parties after two political parties clashed are the parties",
			`OSLO - The Labour Party and the Centre Party clashed on Tuesday over a fuel tax backed by Finance Minister Kari Dahl. Prime Minister Jonas Berg urged both parties to back the budget.`,
			[]string{"Jonas Berg|urge|Labour Party", "Jonas Berg|urge|Centre Party", "Labour Party|back|the budget"},
			[]string{"Jonas Berg|urge|Kari Dahl", "Jonas Berg|back|the budget"}},
		{"an unnamed regulator of a country tells the two companies, and is neither of them",
			`NAIROBI - Kestrel Telecom and Savanna Networks clashed on Monday over roaming fees charged to travellers from Uganda. Kenya's regulator told both companies to cut prices.`,
			[]string{"Kenya's regulator|tell|Kestrel Telecom", "Kenya's regulator|tell|Savanna Networks", "Kestrel Telecom|cut|prices", "Savanna Networks|cut|prices"},
			[]string{"Kestrel Telecom|tell|both companies", "Kestrel Telecom|tell|Savanna Networks", "Kestrel Telecom|cut|Savanna Networks", "Kenya|tell|Uganda"}},
		{"their after a pair called on to act is the pair's, not the caller's",
			`NAIROBI - Kenya and Uganda traded accusations on Monday over a disputed island in Lake Victoria. Tanzania urged the two countries to resume talks, and the African Union called on both neighbours to withdraw their police.`,
			[]string{"African Union|call|Kenya", "African Union|call|Uganda", "Kenya|withdraw|their police", "Uganda|withdraw|their police"},
			[]string{"Kenya|withdraw|Tanzania", "Uganda|withdraw|Tanzania", "Kenya|withdraw|African Union", "African Union|withdraw|their police"}},
		{"both countries after two ministers of two states are the states",
			`RIGA - Latvian Foreign Minister Ilze Berzina and her Estonian counterpart, Marko Tamm, signed a border treaty in Riga on Friday. Finland urged both countries to ratify the treaty quickly.`,
			[]string{"Finland|urge|Latvia", "Finland|urge|Estonia", "Latvia|ratify|the treaty", "Estonia|ratify|the treaty"},
			[]string{"Finland|urge|Ilze Berzina", "Finland|urge|Marko Tamm", "Finland|urge|Finland", "Finland|urge|both countries"}},
		{"both sides after a minister and his counterpart are their states, both ministers the two people",
			`ACCRA - The talks, hosted by Ghana, brought together Nigeria's trade minister, Bola Adeyemi, and his Beninese counterpart, Jean Houngbo. Ghanaian President Kofi Mensah urged both sides to reopen the border. He later praised both ministers.`,
			[]string{"Kofi Mensah|urge|Nigeria", "Kofi Mensah|urge|Benin", "Kofi Mensah|praise|Bola Adeyemi", "Kofi Mensah|praise|Jean Houngbo"},
			[]string{"Kofi Mensah|urge|Ghana", "Kofi Mensah|urge|Bola Adeyemi", "Kofi Mensah|praise|Nigeria", "Kofi Mensah|praise|Ghana"}},
		{"a pair of states after one expelled the other's envoy",
			`QUITO - Ecuador expelled Colombia's consul on Friday, and Colombia retaliated. The Organization of American States urged both countries to resolve the dispute through dialogue. Brazil urged the two governments to talk, and Chile called on the neighbours to calm down.`,
			[]string{"Organization of American States|urge|Ecuador", "Organization of American States|urge|Colombia", "Brazil|urge|Ecuador", "Brazil|urge|Colombia", "Chile|call|Ecuador", "Chile|call|Colombia"},
			[]string{"Organization of American States|urge|Brazil", "Brazil|urge|Organization of American States", "Chile|call|Brazil", "Organization of American States|urge|both countries"}},
		{"a pair far from the lead is the pair the lead names together",
			`VIENTIANE - Laos and Cambodia agreed on Monday to reopen their border crossing at Dom Kralor. The crossing had been shut since March. Traders welcomed the news. Prices of rice had risen sharply. Lorries queued for days. Some farmers lost whole harvests. Officials said checks would be quick. A new customs post will open next month. Fuel will also cross again. Tourism operators expect more visitors. The World Bank said trade was worth about 300 million dollars a year. Thailand, which supplies both countries with power, welcomed the deal. The United Nations urged both governments to keep the crossing open.`,
			[]string{"Thailand|supply|Laos", "Thailand|supply|Cambodia", "United Nations|urge|Laos", "United Nations|urge|Cambodia"},
			[]string{"United Nations|urge|Thailand", "United Nations|urge|World Bank", "Thailand|border|Thailand", "United Nations|urge|both governments"}},
		{"both countries after two heads of state met are their states, the two leaders the people",
			`MINSK - Belarusian President Oleg Minich met his Polish counterpart, Jan Nowak, in Brest. The two leaders agreed to reopen a crossing. Lithuania welcomed the move and urged both countries to go further.`,
			[]string{"Lithuania|urge|Belarus", "Lithuania|urge|Poland", "Oleg Minich|agree|Jan Nowak"},
			[]string{"Lithuania|urge|Oleg Minich", "Lithuania|urge|Jan Nowak", "Lithuania|urge|Lithuania", "Belarus|agree|Poland"}},
		{"them after two states acted on each other is the two states",
			`BOGOTA - Colombia accused Venezuela of sheltering rebels, and Venezuela denied the charge. Brazil urged them to talk.`,
			[]string{"Brazil|urge|Colombia", "Brazil|urge|Venezuela"},
			[]string{"Brazil|urge|Brazil"}},
		{"they after people named by a plural noun are those people, not a state named before",
			`BOGOTA - Colombia accused Venezuela of sheltering rebels on Monday. Local officials said they feared more violence. They asked the army for help.`,
			[]string{"Colombia|accuse|Venezuela"},
			[]string{"Venezuela|ask|the army", "Colombia|ask|the army", "Venezuela|fear|more violence"}},
		{"the two companies are no company and the regulator it works with",
			`MANILA - The Philippine Competition Commission opened an investigation on Monday into the planned merger of Bayani Ride and Tala Go. The commission said it had serious concerns about the deal. Its chairman said a decision could take months. Bayani Ride said it would co-operate fully with the regulator. A drivers' association accused the two companies of planning to cut pay.`,
			[]string{"A drivers' association|accuse|Bayani Ride", "A drivers' association|accuse|Tala Go"},
			[]string{"A drivers' association|accuse|Philippine Competition Commission"}},
		{"both sides after a union's chairman accused a company are the union and the company",
			`GDYNIA - Dockworkers at the port of Gdynia went on strike on Monday. The Seafarers Union said the stoppage would last a week. Its chairman, Jan Kowal, accused Baltic Terminals of breaking a pay deal. Baltic Terminals's chief executive, Lars Berg, said the strike was illegal. Poland's infrastructure minister, Anna Nowak, urged both sides to return to talks.`,
			[]string{"Anna Nowak|urge|Seafarers Union", "Anna Nowak|urge|Baltic Terminals", "Seafarers Union|return|talks"},
			[]string{"Anna Nowak|urge|Jan Kowal", "Anna Nowak|urge|Lars Berg", "Anna Nowak|urge|Poland", "Jan Kowal|return|talks"}},
		{"both companies a union's officer calls on are never the union",
			`DURBAN - A tribunal blocked the merger of Umgeni Cement and Tugela Building Materials on Thursday. Umgeni said it would appeal. Tugela was more guarded. Mlazi Construction sued Umgeni and Tugela last year. The case has not yet gone to trial. Builders welcomed the ruling. Prices have risen for years. The Cement Workers Union, which had opposed the deal because of plans to close a plant in the Free State, welcomed the ruling. Its general secretary, Sipho Dube, called on both companies to guarantee jobs.`,
			[]string{"Sipho Dube|call|Umgeni Cement", "Sipho Dube|call|Tugela Building Materials", "Umgeni Cement|guarantee|jobs"},
			[]string{"Sipho Dube|call|Cement Workers Union", "Sipho Dube|call|Free State", "Cement Workers Union|guarantee|jobs"}},
		{"an object it after a pair called on to act is not the caller",
			`RIGA - Latvian Foreign Minister Ilze Berzina and her Estonian counterpart, Marko Tamm, signed a border treaty in Riga on Friday. Finland urged both countries to ratify it quickly.`,
			[]string{"Finland|urge|Latvia", "Finland|urge|Estonia"},
			[]string{"Latvia|ratify|Finland", "Estonia|ratify|Finland"}},
		{"modifiers of a counted state and a partitive both count the same pair",
			`NAIROBI - Kenya and Uganda clashed again on Monday over an island in Lake Victoria. The two East African neighbours blamed each other for the violence. Tanzania's foreign minister, Joseph Mwita, said the row between Kenyan minister Amina Wanjiru and Ugandan minister Moses Okello was hurting trade. Mwita spoke by telephone with both of his counterparts on Tuesday.`,
			[]string{"Kenya|blame|Uganda", "Uganda|blame|Kenya", "Joseph Mwita|speak|Amina Wanjiru", "Joseph Mwita|speak|Moses Okello"},
			[]string{"Joseph Mwita|speak|Joseph Mwita", "Joseph Mwita|speak|both of his counterparts", "Joseph Mwita|speak|Tanzania"}},
		{"the two other states are not the pair named before",
			`ACCRA - Ghana and Togo signed a border accord on Monday. The two other West African states welcomed the accord.`,
			[]string{"Ghana|sign|Togo"},
			[]string{"Ghana|welcome|the accord", "Togo|welcome|the accord"}},
		{"a person with an office is never one of two companies",
			`PERTH - Harbour Ore had supplied Selat Mining since 2019. The deal collapsed last year. Justice Aminah Razak ordered Selat Mining to pay damages on Monday. She also rejected an appeal by Selat Mining. A federation of miners urged both companies to settle.`,
			[]string{"A federation of miners|urge|Harbour Ore", "A federation of miners|urge|Selat Mining"},
			[]string{"A federation of miners|urge|Aminah Razak", "Selat Mining|settle|Aminah Razak"}},
		{"a company's chief and the company are one side, never both sides",
			`TEMA - Dockers walked out on Monday after their union rejected a pay offer from Gold Coast Shipping. Kofi Mensah, president of the Tema Dockworkers Union, said the offer was an insult. Gold Coast Shipping's chief executive, Peter Owusu, said the company had gone as far as it could. The labour minister urged both sides to return to talks.`,
			[]string{"The labour minister|urge|Tema Dockworkers Union", "The labour minister|urge|Gold Coast Shipping"},
			[]string{"The labour minister|urge|Peter Owusu", "Peter Owusu|return|talks"}},
		{"a bare 'the two' is the pair of people in focus, not their states",
			`LIMA - Peru's foreign minister, Ernesto Ruiz, spoke by phone with his Bolivian counterpart, Rosa Mamani, on Monday. The two agreed to meet in La Paz next week.`,
			[]string{"Ernesto Ruiz|agree|Rosa Mamani", "Ernesto Ruiz|meet|Rosa Mamani"},
			[]string{"Peru|agree|Bolivia", "Peru|meet|Bolivia"}},
		{"a bare 'the two' as subject of a symmetric verb",
			`ZAGREB - Speaker Ivo Maric and Prime Minister Ana Kovac clashed over the budget on Monday. Aides said the two had met for an hour on Tuesday night.`,
			[]string{"Ivo Maric|meet|Ana Kovac"},
			nil},
		{"a bare 'both' as object is the pair in focus",
			`WALVIS BAY - The Cement Workers Union and Atlas Cement have been at odds over pay since May. Labour commissioner Petrus Amadhila said he had invited both to a conciliation meeting on Thursday.`,
			[]string{"Petrus Amadhila|invite|Cement Workers Union", "Petrus Amadhila|invite|Atlas Cement"},
			nil},
		{"a floating 'both' after a list is no pair in focus",
			`SYDNEY - Harbour Ore and Selat Mining ended their merger talks last year. Coral Sea Minerals bought stakes in Selat Mining and Tasman Nickel, both listed in Sydney, on Monday.`,
			nil,
			[]string{"Harbour Ore|list|Selat Mining", "Selat Mining|list|Harbour Ore"}},
		{"a number alone counts the people named last",
			`LA PAZ - Bolivia expelled two Spanish diplomats, Carlos Vega and Luis Prieto, and the Mexican ambassador, Ana Soto, on Monday. Interior Minister Jorge Pinto accused the three of a serious violation of Bolivia's sovereignty.`,
			[]string{"Jorge Pinto|accuse|Carlos Vega", "Jorge Pinto|accuse|Luis Prieto", "Jorge Pinto|accuse|Ana Soto"},
			[]string{"Jorge Pinto|accuse|Bolivia", "Jorge Pinto|accuse|Spain", "Jorge Pinto|accuse|Mexico"}},
		{"a counted group is never the country its own act is aimed at",
			`CAIRO - Jordan and three regional allies agreed on Sunday to reopen their borders with Sudan. The foreign minister of Jordan said trade between Sudan and the three allies, Egypt, Chad and Niger, would resume within a month. The four countries closed their borders with Khartoum in 2020, accusing it of harbouring militants.`,
			[]string{"Jordan|close|Sudan", "Egypt|close|Sudan", "Niger|accuse|Sudan"},
			[]string{"Sudan|close|their borders", "Sudan|accuse|Sudan"}},
		{"'last' between a pair and its verb is an adverb of time",
			`LJUBLJANA - Slovenian Prime Minister Andrej Kos and his Croatian counterpart, Davor Peric, traded barbs over fishing rights on Monday. The two leaders last held talks in March.`,
			[]string{"Andrej Kos|talk|Davor Peric"},
			[]string{"last|hold|talks"}},
		{"in contact or in talks with a pair",
			`VALLETTA - Malta and Tunisia have traded blame over a migrant rescue. The European Commission was in contact with both governments on Monday. Kestrel Bank remains in talks with the two countries.`,
			[]string{"European Commission|contact|Malta", "European Commission|contact|Tunisia", "Kestrel Bank|talk|Malta", "Kestrel Bank|talk|Tunisia"},
			[]string{"European Commission|contact|both governments", "Kestrel Bank|talk|the two countries"}},
		{"'it was in talks with' refers: the reporting body is a party",
			`OSLO - Halvex Group and Brandex Holdings clashed over a patent on Monday. Kestrel Bank said it was in talks with both companies.`,
			[]string{"Kestrel Bank|talk|Halvex Group", "Kestrel Bank|talk|Brandex Holdings"},
			[]string{"it|talk|Halvex Group"}},
		{"the party of an act a light verb makes may be a pair",
			`ISLAMABAD - India and Pakistan tested nuclear weapons in May. The United States, which imposed sanctions on both countries, welcomed the summit. Britain held talks with the two governments on Friday.`,
			[]string{"United States|sanction|India", "United States|sanction|Pakistan", "United Kingdom|talk|India", "United Kingdom|talk|Pakistan"},
			[]string{"United States|sanction|both countries", "United States|sanction|United States"}},
		{"both governments late in a story are the pair its headline and lead are about, not a pair named once in passing",
			"Ecuador expels Colombian envoy after border raid\n\n" +
				"QUITO - Ecuador expelled Colombia's ambassador on Monday and recalled its own envoy from Bogota after Colombian soldiers crossed the frontier in pursuit of rebels.\n\n" +
				"The foreign ministry said the soldiers had entered a farming village near the San Miguel river.\n\n" +
				"Villagers said the troops searched several houses before leaving at dawn.\n\n" +
				"Ecuador's defence minister, Rosa Paredes, said the army had sent two battalions to the area.\n\n" +
				"Colombia offered Ecuador compensation for the damage.\n\n" +
				"Many farmers sell their crops in markets across the river.\n\n" +
				"The raid was the third this year, officials said.\n\n" +
				"Local radio stations reported that schools were closed for two days.\n\n" +
				"Prices of fuel rose sharply in the border towns.\n\n" +
				"Venezuela on Tuesday accused Ecuador of hosting rebel camps.\n\n" +
				"The Organization of American States urged both governments to show restraint.",
			[]string{"Organization of American States|urge|Ecuador", "Organization of American States|urge|Colombia"},
			[]string{"Organization of American States|urge|Venezuela"}},
		{"both sides late in a story are the pair whose talks its lead reports, not a pair that clashed once in passing",
			"Workers at Dunmore Cars strike as pay talks collapse\n\n" +
				"Dunmore Cars held talks with the Tellic Workers Union on Monday, but the talks collapsed after six hours.\n\n" +
				"The union wants a rise of 12 percent. The factory employs 4,000 people.\n\n" +
				"It opened in 1998. Production stopped at noon. Buses waited outside the gates.\n\n" +
				"Shops nearby closed early. The strike is the first since 2009.\n\n" +
				"Harwell Group, a parts maker, criticised Fenwick Steel over late deliveries.\n\n" +
				"Output fell by a third. Managers met in the afternoon.\n\n" +
				"Labour Minister Ilse Varga urged both sides to return to the negotiating table.",
			[]string{"Ilse Varga|urge|Dunmore Cars", "Ilse Varga|urge|Tellic Workers Union"},
			[]string{"Ilse Varga|urge|Harwell Group", "Ilse Varga|urge|Fenwick Steel"}},
		{"both sides are never a side and the states that backed it",
			"Norland expels Vestria envoy in row over jailed activist\n\n" +
				"Norland expelled Vestria's ambassador on Thursday in a row over a jailed activist. The activist was arrested in March.\n\n" +
				"His lawyers have appealed. The trial lasted two days. Prices rose in the capital.\n\n" +
				"Shops closed early on Friday. Farmers sold their crops in the markets. The rains came late this year.\n\n" +
				"Schools reopened after the holiday. Local radio reported long queues at the border.\n\n" +
				"Osmark and Pellin backed Vestria's position on Friday, while Kessmark urged both sides to lower tensions.",
			[]string{"Kessmark|urge|Norland", "Kessmark|urge|Vestria"},
			[]string{"Kessmark|urge|Pellin", "Kessmark|urge|Osmark"}},
		{"the two sides after a pronoun for a company's chief are the company and the union, never the chief",
			"Dockers at Harwick Port walk out after pay talks fail\n\n" +
				"More than 900 dockers walked off the job on Tuesday after their union rejected a final wage offer from the port's operator, Tarrow Logistics.\n\n" +
				"Tarrow Logistics' chief executive, Ivan Corlan, said the company had gone as far as it could. He said the port would stay open during the strike by the Harwick Dockers Union.\n\n" +
				"Six weeks of negotiations between the two sides had already been soured by a dispute over overtime.",
			[]string{"Tarrow Logistics|negotiate|Harwick Dockers Union"},
			[]string{"Ivan Corlan|negotiate|Harwick Dockers Union"}},
		{"both governments late in a story are the state that recalled its ambassador and the state it was sent to",
			"Palau recalls envoy from Nauru after navy seizes fishing boats\n\n" +
				"Palau recalled its ambassador to Nauru for consultations on Wednesday after navy patrols seized three fishing boats in a disputed bay.\n\n" +
				"The crews were taken to a naval base. Their families gathered at the harbour. Prices of fish rose in the markets.\n\n" +
				"Shops closed early on Friday. The rains came late this year. Schools reopened after the holiday.\n\n" +
				"Local radio reported long queues at the border. Vanuatu called for calm, and Tuvalu said the crews should be freed.\n\n" +
				"The head of the local fishermen's cooperative, Ilse Varga, accused both governments of using the crews as pawns.",
			[]string{"Ilse Varga|accuse|Palau", "Ilse Varga|accuse|Nauru"},
			[]string{"Ilse Varga|accuse|Vanuatu", "Ilse Varga|accuse|Tuvalu"}},
		{"both sides late in a story are the state that recalled its ambassador and the state it was sent to, not two states that clashed in passing",
			"Palau recalls envoy from Nauru after navy seizes fishing boats\n\n" +
				"Palau recalled its ambassador to Nauru for consultations on Wednesday after navy patrols seized three fishing boats in a disputed bay.\n\n" +
				"The crews were taken to a naval base. Their families gathered at the harbour. Prices of fish rose in the markets.\n\n" +
				"Shops closed early on Friday. The rains came late this year. Schools reopened after the holiday.\n\n" +
				"Local radio reported long queues at the border. Fuel prices also rose.\n\n" +
				"Vanuatu criticised Tuvalu over its fishing quotas.\n\n" +
				"Ilse Varga, a regional envoy, urged both sides to free the crews.",
			[]string{"Ilse Varga|urge|Palau", "Ilse Varga|urge|Nauru"},
			[]string{"Ilse Varga|urge|Vanuatu", "Ilse Varga|urge|Tuvalu"}},
		{"a chief named by the last name only far from the apposition naming the firm stands for the firm in both sides",
			"Workers at Dunmore Cars walk out\n\n" +
				"Hundreds of workers walked out of the plant on Monday.\n\n" +
				"Dunmore Cars' chief executive, Oskar Brandt, said the strike was illegal.\n\n" +
				"The factory employs 4,000 people. It opened in 1998. Production stopped at noon. Buses waited outside the gates.\n\n" +
				"Shops nearby closed early. The strike is the first since 2009. Output fell by a third. Managers met in the afternoon.\n\n" +
				"Brandt accused the Tellic Workers Union of misleading its members.\n\n" +
				"Labour Minister Ilse Varga urged both sides to return to talks.",
			[]string{"Ilse Varga|urge|Dunmore Cars", "Ilse Varga|urge|Tellic Workers Union"},
			[]string{"Ilse Varga|urge|Oskar Brandt"}},
		{"a counterpart coordinated without commas is one of the pair",
			`NAIROBI - Kenyan President Daniel Otieno and his Tanzanian counterpart Joseph Mwakyusa signed a declaration on Sunday. The two countries agreed to reopen the border.`,
			[]string{"Kenya|agree|Tanzania", "Kenya|reopen|the border", "Tanzania|reopen|the border"},
			[]string{"The two countries|agree|the border"}},
		{"both governments late in a story are the pair its lead is about even when the last paragraphs never name it",
			"Ecuador and Peru trade blame over river spill\n\n" +
				"LIMA - Ecuador and Peru traded accusations on Monday over an oil spill that has polluted a river shared by the two neighbours.\n\n" +
				"Fishermen said dead fish had washed up along a 40-km stretch of the river.\n\n" +
				"Environmental groups said the spill was the worst in a decade.\n\n" +
				"Many villages along the banks depend on the river for drinking water.\n\n" +
				"Local clinics reported a rise in skin rashes among children.\n\n" +
				"A pipeline operator said its engineers were inspecting the line.\n\n" +
				"Cleanup crews used floating barriers to contain the oil.\n\n" +
				"Rain was expected to spread the slick further downstream.\n\n" +
				"Prices of fish rose sharply in riverside markets.\n\n" +
				"Brazil signed a trade deal with Chile on Tuesday.\n\n" +
				"The Organization of American States urged both governments to cooperate on the cleanup.",
			[]string{"Organization of American States|urge|Ecuador", "Organization of American States|urge|Peru"},
			[]string{"Organization of American States|urge|Brazil", "Organization of American States|urge|Chile"}},
		{"they after two people as the subject of its sentence are the people, not a pair of companies named before",
			`Orvex and Kordal said they would merge. Tom Hadley and Ana Ruiz said they had met Ed Rell. Mr Hadley and Ms Ruiz said they would sue Orvex.`,
			[]string{"Orvex|merge|Kordal"},
			[]string{"Orvex|meet|Ed Rell", "Kordal|meet|Ed Rell", "Kordal|sue|Orvex"}},
		{"two subjects of a verb with a 'that' clause act on what the clause says, not on each other",
			`Two proxy advisers, Brenmoor Governance and Ostley Advisory, recommended that shareholders vote against Marten Olsby.`,
			[]string{"shareholders|vote|Marten Olsby"},
			[]string{"Brenmoor Governance|recommend|Ostley Advisory", "Ostley Advisory|recommend|Brenmoor Governance"}},
		{"the pair that held rounds or hours of talks talked; ending days of talks ends nothing between the two",
			`RIGA - Prime Minister Ivo Tarkan flew to Riga and was greeted at the palace by President Lena Voss. The two leaders held more than three hours of talks. Bruno Kalde and Mia Sorn held two rounds of talks in May. Kalde and Sorn signed a deal in June, ending 18 days of negotiations.`,
			[]string{"Ivo Tarkan|talk|Lena Voss", "Bruno Kalde|talk|Mia Sorn"},
			[]string{"Bruno Kalde|end|Mia Sorn", "Ivo Tarkan|hold|Lena Voss"}},
		{"the two leaders after a named leader called a state's unnamed head are those two, not a leader named before",
			`Opposition leader Bruno Kalde called on the government to suspend talks with Romania. Moldovan Prime Minister Ivo Tarkan rejected that idea. Tarkan spoke by phone with Romania's president on Monday, his office said, and the two leaders agreed that the row should not damage relations.`,
			[]string{"Ivo Tarkan|agree|Romania's president"},
			[]string{"Bruno Kalde|agree|Ivo Tarkan", "Ivo Tarkan|agree|Bruno Kalde"}},
		{"the two sides a state's official says agreed hold the official's state, not a pair that clashed in between",
			`Latvian Prime Minister Ivo Tarkan and his Estonian counterpart Lena Voss signed a declaration on Sunday. Tarkan later visited a monument. Not everyone welcomed the visit. The Green Union party staged protests in Riga, and its supporters clashed with police near the Governor's House, where Voss hosted a banquet. Latvian Foreign Secretary Bruno Kalde said the two sides had agreed that their ministers would meet regularly.`,
			[]string{"Latvia|agree|Estonia"},
			[]string{"Green Union|agree|House", "House|agree|Green Union"}},
		{"both leaders are the two heads of state or government named before, not a negotiator of no known office",
			`Latvia and Estonia agreed on a sea border on Tuesday. Latvian Prime Minister Ivo Tarkan called the accord a historic achievement. President Lena Voss's office said the text satisfied Estonia's demands. Bruno Kalde, the deputy parliament speaker who led Estonia's side in the negotiations, called the document balanced. Norway's prime minister, Ole Brekke, spoke with both leaders by phone.`,
			[]string{"Ole Brekke|speak|Ivo Tarkan", "Ole Brekke|speak|Lena Voss"},
			[]string{"Ole Brekke|speak|Bruno Kalde"}},
		{"both leaders are two heads of state or government also where one was named more than eight sentences back",
			`Bhutan and Andorra agreed on a river border on Tuesday. Bhutanese Prime Minister Tarvek Olund called the accord a historic achievement. He said he would present it to his cabinet. In Andorra, President Brisca Maelor's office said the text satisfied Andorra's demands. Dusan Kovell, the deputy parliament speaker who led Andorra's side in the talks, called the document balanced. "There will be no joint work with them," he told reporters. The two countries never met in the same room. Norway's envoy shuttled between the two capitals. Under the deal, Andorra will explore the northern field. Bhutan keeps the southern field. Energy Minister Ana Petrel said gas could flow within weeks. Norwegian Prime Minister Edrin Sorel spoke with both leaders by phone.`,
			[]string{"Edrin Sorel|speak|Tarvek Olund", "Edrin Sorel|speak|Brisca Maelor"},
			[]string{"Edrin Sorel|speak|Dusan Kovell"}},
		{"both sides are the pair that just met and that the text called the two, not the pair of the headline",
			"Orvelia president vetoes tax bill as ally quits\n\n" +
				"MARBELA - President Damaso Quirante vetoed the government's tax bill on Monday, hours after a small coalition partner walked out of the assembly.\n\n" +
				"Quirante said the bill would hurt farmers. He sent it back to the assembly.\n\n" +
				"The veto was a blow to Prime Minister Lusito Venturo, whose coalition had passed the bill last month.\n\n" +
				"The walkout was led by Felisa Castelar, leader of the Green Union. Castelar said her ministers would resign if the government ignored the veto.\n\n" +
				"Venturo met Castelar late on Monday, an aide said, but the two did not reach agreement. A second meeting was set for Friday.\n\n" +
				"If no bill is passed by June, the government would run on monthly budgets. Church leaders called on both sides to put the country first.",
			[]string{"Church leaders|call|Lusito Venturo", "Church leaders|call|Felisa Castelar"},
			[]string{"Church leaders|call|Damaso Quirante", "Church leaders|call|government"}},
		{"both ministers are never a president and an ambassador",
			"Bhutan and Andorra agree joint patrols\n\n" +
				"THIMPHU - Bhutan and Andorra agreed on Wednesday to set up joint patrols along their border.\n\n" +
				"The deal was signed by Bhutanese Foreign Minister Tarvek Olund and his Andorran counterpart, Brisca Maelor. Each country will send more troops. The two armies will share intelligence.\n\n" +
				"Crime has risen along the border. Smugglers move cocaine through the forest. Farmers complain of theft. Prices of fuel have doubled. Trucks wait for days at the crossings.\n\n" +
				"The clash had prompted Bhutanese President Dusan Kovell to accuse Andorra of sheltering gangs. His government summoned Andorra's ambassador, Edrin Sorel, and closed two crossings. Ana Petrel, a Norwegian diplomat, met both ministers on Tuesday.",
			nil,
			[]string{"Ana Petrel|meet|Dusan Kovell", "Ana Petrel|meet|Edrin Sorel"}},
		{"hurdles or resistance on both sides are where they are, no act on the two sides",
			`Bhutan and Andorra signed a deal on their river border on Tuesday after months of talks. The accord still faces hurdles on both sides, and the treaty met resistance on both sides.`,
			[]string{"The accord|face|hurdles", "the treaty|meet|resistance"},
			[]string{"The accord|face|Bhutan", "The accord|face|Andorra", "the treaty|meet|Bhutan", "the treaty|meet|Andorra"}},
		{"the two men are the two people the sentence before names, not a pair met earlier",
			`OSLO - Prime Minister Ana Veld met Tor Lund, the farm minister, on Monday to discuss the budget. Lund later attacked Finance Minister Erik Dahl, saying Dahl had never visited a farm. The two men have clashed repeatedly since March.`,
			[]string{"Tor Lund|clash|Erik Dahl"},
			[]string{"Ana Veld|clash|Tor Lund"}},
		{"the two are the two people just named, by name or pronoun",
			`OSLO - Speaker Jon Berg lost a confidence vote on Monday after he accused Deputy Prime Minister Per Holm of disloyalty. Prime Minister Kari Moe criticised Holm on Tuesday. But she said she would not ask him to resign. Aides said the two had met for an hour.`,
			[]string{"Per Holm|meet|Kari Moe"},
			[]string{"Jon Berg|meet|Per Holm"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}

// TestPairsBetween checks interactions whose parties are a plural phrase
// after "between" ("talks between the two sides"), with their modality.
func TestPairsBetween(t *testing.T) {
	key := func(s schema.Statement) string { return spo(s) + "|" + string(s.Modality) }
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"talks between the two sides are the pair's",
			`TEMA - The Dockers Union and Harbour Logistics have been at odds over pay since May. Talks between the two sides collapsed on Friday.`,
			[]string{"Dockers Union|talk|Harbour Logistics|asserted"},
			nil},
		{"a row between the two neighbours; talks a third party offers to host are the pair's, still to come",
			`BAMAKO - Mali and Niger traded accusations on Monday over a raid on a border village. A diplomatic row between the two neighbours deepened on Tuesday. Senegal, which has close ties to both countries, said Dakar was ready to host talks between the two sides.`,
			[]string{"Mali|dispute|Niger|asserted", "Mali|talk|Niger|hypothetical"},
			[]string{"Mali|talk|Niger|asserted", "Senegal|talk|Mali|asserted", "Senegal|talk|Niger|asserted"}},
		{"talks between people from the two sides are the sides'",
			`ACCRA - Ghana and Togo signed a border accord on Monday after two days of talks between delegations from the two West African neighbours.`,
			[]string{"Ghana|talk|Togo|asserted"},
			nil},
		{"the host of talks between the two sides is neither side",
			`TBILISI - Georgia accused Armenia on Monday of moving troops to the border. Armenia denied it. Turkey signed a gas deal with Georgia on Tuesday and met Georgian officials again on Wednesday. Its foreign ministry said Ankara was ready to host talks between the two sides.`,
			[]string{"Georgia|talk|Armenia|hypothetical"},
			[]string{"Georgia|talk|Turkey|hypothetical", "Turkey|talk|Georgia|hypothetical"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, key, tc.want, tc.not)
		})
	}
}

// TestSidesOfBodies checks "both sides" and "the two sides" after a
// person who acts for a body: the side is the body a minister serves,
// and a bank's chief is no side of the state his title's demonym names.
func TestSidesOfBodies(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a minister who answered the opposition stands for the government",
			`MASERU, June 4 - Lesotho's parliament suspended nine opposition lawmakers on Tuesday after they disrupted a debate on a census bill.

The opposition Unity Front says the government drafted the bill without consultation. Home Affairs Minister Tamara Sello rejected the charge and accused the Unity Front of sabotage.

The Christian Council urged both sides to step back and offered to host talks.`,
			[]string{"Christian Council|urge|government", "Christian Council|urge|Unity Front"},
			[]string{"Christian Council|urge|Tamara Sello"}},
		{"a central bank chief with a demonym is no side of his state",
			`KAMPALA, May 3 - Ugandan central bank chief Moses Kato resigned on Monday after a months-long row with the government over the bank's reserves.

Kato said he had acted in the national interest. Finance Minister Ruth Anena said the government thanked Kato for his service.

The two sides had clashed since January, when the bank refused to lend to the state.`,
			[]string{"Moses Kato|clash|government"},
			[]string{"Uganda|clash|government", "government|clash|Uganda"}},
	}
	p := pipeline(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTriples(t, p, tt.text, spo, tt.want, tt.not)
		})
	}
}

// TestOfficePairs checks "both ministers" long after the two were named
// together: holders of an office stay in the story beyond the usual
// window of a plural phrase.
func TestOfficePairs(t *testing.T) {
	text := `Baltic neighbours sign radar pact

TALLINN, March 2 - Estonia and Latvia agreed on Monday to share radar data along their coast.

The deal ends a year of talks. Both navies had asked for it. Talks began in May.

The accord was signed in Tallinn by Estonian Defence Minister Kadri Sepp and his Latvian counterpart, Janis Ozols, after two days of talks.

Under the accord, each country will station radar crews at two ports.

The two armies will also hold a joint exercise in June.

Critics in Riga said the accord gave Tallinn too much control.

A spokesman for the Latvian parliament said it would debate the text next week.

The accord follows a year of tension over fishing quotas.

Fishermen in both countries have complained about the quotas.

Prices of sprat have fallen by a third since January.

The European Commission welcomed the accord.

Finland offered to help. Marta Lind, a Finnish envoy, met both ministers on Friday.`
	checkTriples(t, pipeline(t), text, spo, []string{"Marta Lind|meet|Kadri Sepp", "Marta Lind|meet|Janis Ozols"}, []string{"Marta Lind|meet|both ministers"})
}

// TestTitledPairsFar checks "the two navy chiefs" long after the story
// named the two heads together without that title.
func TestTitledPairsFar(t *testing.T) {
	text := `Baltic neighbours agree naval truce

RIGA, March 2 - Estonia and Latvia agreed on Monday to end a standoff between their patrol boats in the Gulf of Riga.

The deal ends a month of talks. Both navies had asked for it. Talks began in May.

The truce was signed by the heads of the two navies, Kadri Sepp and Janis Ozols, after six hours of talks.

Under the truce, each country will pull its boats back by ten miles.

Critics in Riga said the truce gave Tallinn too much control.

A spokesman for the Latvian parliament said it would debate the text next week.

The standoff follows a year of tension over fishing quotas.

Fishermen in both countries have complained about the quotas.

Prices of sprat have fallen by a third since January.

The European Commission welcomed the truce.

Finland offered to help. Marta Lind, a Finnish envoy, said she had spoken with the two navy chiefs.`
	checkTriples(t, pipeline(t), text, spo, []string{"Marta Lind|speak|Kadri Sepp", "Marta Lind|speak|Janis Ozols"}, []string{"Marta Lind|speak|the two navy chiefs"})
}

// TestClaimedDisputes checks a dispute over a thing both sides claim: the
// plural phrase that claims it is the pair in the dispute.
func TestClaimedDisputes(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"relative clause with that",
			`The presidents of Bhutan and Andorra agreed on Monday to open two crossings. They did not settle a dispute over a mountain pass that both countries claim.`,
			[]string{"Bhutan|dispute|Andorra"}, nil},
		{"reduced relative without that",
			`Talks between Bhutan and Andorra stalled for years over a quarrel about a lake both governments claimed.`,
			[]string{"Bhutan|dispute|Andorra"}, nil},
		{"passive with by",
			`Bhutan and Andorra remain locked in a row over a river island claimed by both countries since 1990.`,
			[]string{"Bhutan|dispute|Andorra"}, nil},
		{"an earlier dispute is not the pair's",
			`Bhutan and Andorra signed a trade deal on Monday. It ends years of talks after a similar dispute over a lake that both countries claim.`,
			nil, []string{"Bhutan|dispute|Andorra"}},
		{"another verb ends the phrase",
			`Bhutan and Andorra met on Monday. They discussed a dispute over a lake that lies between the two countries, which both claim.`,
			nil, []string{"Bhutan|dispute|Andorra"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, pipeline(t), tc.text, spo, tc.want, tc.not)
		})
	}
}
