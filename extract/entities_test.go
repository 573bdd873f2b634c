package extract

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// TestTitlesAndNames covers multi-word titles before a name, organisations
// without an organisation word and role descriptions followed by a name.
func TestTitlesAndNames(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name  string
		text  string
		want  []string                     // triples that must be among the statements
		not   []string                     // triples that must not be
		types map[string]schema.EntityType // entity name -> type ("" = no such entity)
	}{
		{"a function word written capitalised inside a sentence joins the words of one name; after a title and a first name it is the surname",
			"Lena Ruiz, a founder of Parents Against Austerity, said the cuts were cruel. Speaker Mara Among criticised the Kessan Fund. Orlen Homes was sued by Tenants For Fair Rent.",
			[]string{"Mara Among|criticise|Kessan Fund", "Tenants For Fair Rent|sue|Orlen Homes"},
			nil,
			map[string]schema.EntityType{"Parents Against Austerity": schema.Organization, "Austerity": "", "Mara Among": schema.Person, "Mara": "", "Fair Rent": ""}},
		{"a body's name runs on through 'for the' or 'to' and a verb to the capitalised words of its cause, not to a noun they modify",
			"The Alliance for the Northern Valleys accused Kessa of neglect. The Committee to Defend Reporters urged Norland to free the editor. Acme Bank was fined by the Commission for the Orlen merger.",
			[]string{"Alliance for the Northern Valleys|accuse|Kessa", "Committee to Defend Reporters|urge|Norland"},
			nil,
			map[string]schema.EntityType{"Alliance for the Northern Valleys": schema.Organization, "Northern Valleys": "", "Committee to Defend Reporters": schema.Organization,
				"Committee": "", "Commission for the Orlen": ""}},
		{"'and' joins the parts of a body's name after 'on' or 'against' as after 'of' or 'for'",
			"The Tribunal Against Fraud and Organised Crime convicted Ivo Lund. The Commission on Land and Water Rights summoned Orlen Mining.",
			[]string{"Tribunal Against Fraud and Organised Crime|convict|Ivo Lund", "Commission on Land and Water Rights|summon|Orlen Mining"},
			nil,
			map[string]schema.EntityType{"Organised Crime": "", "Water Rights": "", "Commission on Land and Water Rights": schema.Organization}},
		{"'Sheikh' before a name stays its first word, after an office too; the name alone later is that person",
			"Prime Minister Sheikh Nadira resigned. Kessa's emir, Sheikh Fahad bin Salem al-Orani, thanked Ilse Marten. Sheikh Nadira criticised Orlen Bank. Fahad met Marten again.",
			[]string{"Sheikh Fahad bin Salem al-Orani|thank|Ilse Marten", "Sheikh Nadira|criticise|Orlen Bank", "Sheikh Fahad bin Salem al-Orani|meet|Ilse Marten"},
			[]string{"Fahad bin Salem al-Orani|thank|Ilse Marten"},
			map[string]schema.EntityType{"Sheikh Nadira": schema.Person, "Nadira": "", "Sheikh Fahad bin Salem al-Orani": schema.Person, "Fahad bin Salem al-Orani": ""}},
		{"'for' joins a body's name after a word that names an institution by its ending, or after a service word when a place follows; such a name is no person's",
			"The Federal Inspectorate for Mining Safety fined Orlen Quarries. A judge overturned a decision by Transport for Scotland to close the depot. Ivo Lund praised the Secretariat for Rural Affairs.",
			[]string{"Federal Inspectorate for Mining Safety|fine|Orlen Quarries", "Ivo Lund|praise|Secretariat for Rural Affairs"},
			[]string{"Federal Inspectorate|fine|Orlen Quarries"},
			map[string]schema.EntityType{"Federal Inspectorate for Mining Safety": schema.Organization, "Mining Safety": "", "Transport for Scotland": schema.Organization,
				"Transport": "", "Secretariat for Rural Affairs": schema.Organization, "Rural Affairs": ""}},
		{"a plural noun after 'Title of' ends an office's name that acts as a body, no person's; a person's name after the title's own words stays the holder",
			"The Director of Public Prosecutions charged Ivo Lund with fraud. The Minister of Foreign Affairs Ana Ruiz met Ivo Lund.",
			[]string{"Director of Public Prosecutions|charge|Ivo Lund", "Ana Ruiz|meet|Ivo Lund"},
			nil,
			map[string]schema.EntityType{"Director of Public Prosecutions": schema.Organization, "Prosecutions": "", "Ana Ruiz": schema.Person}},
		{"'General' and one capitalised word before a lower-case noun is a company's name, no rank; before a verb it is a rank",
			"Orlen Air hired Tomas Berg, a former General Foods executive. General Hale resigned.",
			[]string{"Tomas Berg|executive|General Foods"},
			[]string{"Tomas Berg|executive|Foods"},
			map[string]schema.EntityType{"Foods": "", "General Foods": schema.Organization, "Hale": schema.Person}},
		{"'and' between two plurals an organisation word heads joins one body's name",
			"Meridian Terminals is owned by the Kessa Roads and Bridges Authority and Orlen Ports.",
			[]string{"Kessa Roads and Bridges Authority|own|Meridian Terminals"},
			nil,
			map[string]schema.EntityType{"Kessa Roads and Bridges Authority": schema.Organization, "Bridges Authority": "", "Orlen Ports": schema.Organization}},
		{"'Caretaker' before a capitalised title says what kind of office it is: no body's name, the office the state's",
			"Belgium's deficit grew. Caretaker Prime Minister Ilse Marten criticised the European Commission.",
			[]string{"Ilse Marten|prime minister|Belgium", "Ilse Marten|criticise|European Commission"},
			[]string{"Ilse Marten|prime minister|Caretaker"},
			map[string]schema.EntityType{"Caretaker": "", "Ilse Marten": schema.Person}},
		{"a capitalised word before '&' and a letter after it stay in a company's name, which '&' and a legal form make an organisation",
			"Eight & k Holdings rejected an offer from Larkspur Tea JSC. Merrow & Finch said it would bid.",
			[]string{"Eight & k Holdings|reject|Larkspur Tea JSC"},
			nil,
			map[string]schema.EntityType{"Eight & k Holdings": schema.Organization, "Holdings": "", "Larkspur Tea JSC": schema.Organization, "Merrow & Finch": schema.Organization}},
		{"a region's adjective before a noun names no actor; a body named after a region does, and so does the region on its own",
			"Vanya Roe, head of research for Asian markets at Ostbank, said Latin American developing economies would suffer. The African Union met in the Caribbean.",
			nil,
			[]string{"Vanya Roe|head|Asian"},
			map[string]schema.EntityType{"Asian": "", "Latin American": "", "African Union": schema.Organization, "Caribbean": schema.Location}},
		{"a title after 'of', 'the' or '&' ends a body's name, no judge or general of it; so does a title holder's office after 'of the'",
			"The Regional Court of Justice fined Tamsin Freight. The Office of the Inspector reviewed the case. Lorne & General sued Tamsin Freight. The Office of the Kessan Trade Representative criticised Norland.",
			[]string{"Regional Court of Justice|fine|Tamsin Freight", "Lorne & General|sue|Tamsin Freight", "Office of the Kessan Trade Representative|criticise|Norland"},
			nil,
			map[string]schema.EntityType{"Regional Court of Justice": schema.Organization, "Regional Court of": "", "Justice": "", "Office of the Inspector": schema.Organization,
				"Lorne & General": schema.Organization, "Lorne &": "", "Office of the Kessan Trade Representative": schema.Organization}},
		{"a body's name runs on through 'in' and a place when its bracketed acronym spells the whole name; without one it ends before 'in'",
			"The Council for Trade and Development in Norland (CTDN) criticised Kessa. The Council for Trade sued Orlen Corp in Norland.",
			[]string{"Council for Trade and Development in Norland|criticise|Kessa"},
			nil,
			map[string]schema.EntityType{"Council for Trade and Development in Norland": schema.Organization, "Council for Trade and Development": "", "Council for Trade": schema.Organization}},
		{"a plural possessive stays in a body's name before 'Forum' and other words that name a body when capitalised, not before a role",
			"The Eastern Plains Farmers' Forum criticised Norland. The Greens' Treasury spokesman, Ivo Lund, agreed.",
			[]string{"Eastern Plains Farmers' Forum|criticise|Norland"},
			nil,
			map[string]schema.EntityType{"Eastern Plains Farmers' Forum": schema.Organization, "Forum": "", "Greens' Treasury": ""}},
		{"'the company's shareholders' after a company's investors were named is that company, not the one the story names most",
			"Varro Pharma rejected a final offer from Kestrel Labs. Kestrel Labs said it would walk away. Kestrel Labs had hoped to cut its taxes. Several of Varro Pharma's biggest investors urged the board to talk. Orla Fund, one of the company's top ten shareholders, said it was disappointed.",
			[]string{"Orla Fund|owner|Varro Pharma"},
			[]string{"Orla Fund|owner|Kestrel Labs"},
			nil},
		{"'the panel' after 'a panel of ...' is that panel, no court named before; a clause after 'since' names no party to a refused talk",
			"Kessa and Norland agreed to restore ties. Norland has refused to negotiate over the islands since the Regional Court of Justice ruled that it had no duty to do so. Earlier mediation by a panel of retired judges collapsed after Kessa walked out, accusing the panel of bias.",
			[]string{"Norland|refuse|Kessa"},
			[]string{"Kessa|accuse|Regional Court of Justice", "Norland|refuse|Regional Court of Justice"},
			nil},
		{"a title word before '&' is a partner's name in a firm's name, not a title",
			"Ruth Okoro, an analyst at DM King & Partners, said the bid was low. Leo Varn, an analyst at Bishop & Pell, agreed.",
			[]string{"Ruth Okoro|analyst|DM King & Partners", "Leo Varn|analyst|Bishop & Pell"},
			nil,
			map[string]schema.EntityType{"DM King & Partners": schema.Organization, "& Partners": "", "Bishop & Pell": schema.Organization, "& Pell": ""}},
		{"'on', 'for ... and' and a workers' name with two words stay in an organisation's name; a weekday after 'on' does not",
			"The Committee on Foreign Investment cleared the deal. The National Commission for Markets and Competition fined the Port Workers' Trade Union. The European Commission on Wednesday blocked a merger.",
			[]string{"National Commission for Markets and Competition|fine|Port Workers' Trade Union", "European Commission|block|a merger"},
			nil,
			map[string]schema.EntityType{"Committee on Foreign Investment": schema.Organization, "Committee": "", "Trade Union": "", "Competition": "", "European Commission on Wednesday": ""}},
		{"a body's name after 'of' or 'for' may list its portfolios; a list of names after 'Bank of' stays a list",
			"The Commission for Mediation, Conciliation and Arbitration summoned the Dock Workers Union. Officials at the Ministry of Economy, Trade and Industry met Orlen Steel. The Bank of Lantria, Norbank and HSBC cut their rates.",
			[]string{"Commission for Mediation, Conciliation and Arbitration|summon|Dock Workers Union"},
			nil,
			map[string]schema.EntityType{"Commission for Mediation, Conciliation and Arbitration": schema.Organization, "Commission for Mediation": "", "Arbitration": "",
				"Ministry of Economy, Trade and Industry": schema.Organization, "Industry": "", "Bank of Lantria": schema.Organization, "Bank of Lantria, Norbank and HSBC": ""}},
		{"a surname before 'family' after 'the' names the family, a group apart from its members; 'a Syrian family' names none",
			"The Varga family, the founders of Kessel Foods, rejected the bid from Norvane Holdings. Ines Varga later said so. The founding Lunde family controls Orla Shipping. A Syrian family fled.",
			[]string{"Varga family|reject|Norvane Holdings", "Lunde family|control|Orla Shipping"},
			[]string{"Ines Varga|reject|Norvane Holdings"},
			map[string]schema.EntityType{"Varga family": schema.Organization, "Lunde family": schema.Organization, "Syrian family": ""}},
		{"a company's name ends at its kind or legal form: 'for' after it opens what the company is after",
			"The board rejected a takeover bid by Norvane Holdings for Castel Foods. A rival offer from Peltro Group for Castel Foods lapsed. The Bank for Rural Credit lent Kessa $2bn.",
			[]string{"Norvane Holdings|bid|Castel Foods"},
			nil,
			map[string]schema.EntityType{"Norvane Holdings": schema.Organization, "Norvane Holdings for Castel Foods": "", "Peltro Group for Castel Foods": "",
				"Castel Foods": schema.Organization, "Bank for Rural Credit": schema.Organization}},
		{"'of the' inside a body's name, and a possessor's 'Peace and Security Council'",
			"The International Committee of the Red Cross visited the camp. The African Union's Peace and Security Council met, and the Economic Community of West African States (ECOWAS) sent envoys. Constructora del Plata denied it.",
			[]string{"International Committee of the Red Cross|visit|the camp"},
			nil,
			map[string]schema.EntityType{"International Committee": "", "Peace and Security Council": schema.Organization, "Peace": "",
				"Economic Community of West African States": schema.Organization, "Constructora del Plata": schema.Organization}},
		{"a two-word name whose 'its chairman' opens the next sentence, or that has a managing partner, is an organisation",
			"Harbor Crest had offered 40 euros a share in May. Its chairman, Lars Moe, resigned. Ashford Vale's managing partner, Ines Varga, declined to comment.",
			[]string{"Lars Moe|chairman|Harbor Crest", "Ines Varga|managing partner|Ashford Vale"},
			nil,
			map[string]schema.EntityType{"Harbor Crest": schema.Organization, "Ashford Vale": schema.Organization}},
		{"capitalised words joined by 'of' before a party noun name one party",
			"Ines Varga of the Voice of Reform movement criticised the budget.",
			[]string{"Ines Varga|member|Voice of Reform"},
			nil,
			map[string]schema.EntityType{"Voice of Reform": schema.Organization, "Voice": "", "Reform": ""}},
		{"two single words joined by 'and' before a party noun name one party, also where they stand alone later; a word the text writes alone stays apart",
			"The opposition Truth and Renewal party accused Premier Ana Vik of lying. Labour and Green party members marched. The budget was backed by Truth and Renewal. Labour said it would abstain.",
			[]string{"Truth and Renewal|accuse|Ana Vik", "Truth and Renewal|back|The budget"},
			[]string{"Truth|accuse|Ana Vik", "Renewal|accuse|Ana Vik"},
			map[string]schema.EntityType{"Truth and Renewal": schema.Organization, "Truth": "", "Renewal": "", "Labour and Green": ""}},
		{"an unknown word opening a sentence, read as a preposition, is a name's first word; a real preposition is not",
			"Verdes Power sued Kalvo Foods. Thru Logistics fined Mallen Bank. Unto Group cut 200 jobs. Despite Kalvo Foods' protest, Mallen Bank closed a plant.",
			[]string{"Verdes Power|sue|Kalvo Foods", "Thru Logistics|fine|Mallen Bank", "Unto Group|cut|200 jobs", "Mallen Bank|close|a plant"},
			[]string{"Power|sue|Kalvo Foods", "Logistics|fine|Mallen Bank"},
			map[string]schema.EntityType{"Power": "", "Logistics": "", "Despite Kalvo Foods": ""}},
		{"a possessed name ending in a scheme noun is a thing its owner runs, not the body a later 'the fund' names; an unpossessed one stays a body",
			"The Nordic Reserve Fund lent Peru $2bn under its Standby Fund Facility. The fund later criticised Chile. Talvo Energy left the government's Green Power Scheme. The Open Ledger Fund Initiative sued Kalvo Foods.",
			[]string{"Nordic Reserve Fund|criticise|Chile", "Open Ledger Fund Initiative|sue|Kalvo Foods"},
			[]string{"Standby Fund Facility|criticise|Chile"},
			map[string]schema.EntityType{"Standby Fund Facility": "", "Green Power Scheme": "", "Open Ledger Fund Initiative": schema.Organization}},
		{"a title of two words with no name after it names no person called by its last word",
			"The Director General criticised Peru. The Chief Executive sued Kalvo Foods. Director General Ana Ruiz met Omar Lutz.",
			[]string{"Ana Ruiz|meet|Omar Lutz"},
			[]string{"General|criticise|Peru", "Executive|sue|Kalvo Foods"},
			map[string]schema.EntityType{"General": "", "Executive": "", "Ana Ruiz": schema.Person}},
		{"a number hyphenated to a capitalised word opens the name it stands before",
			"The 7-Star Alliance criticised the budget. Lena Berg of the 7-Star Alliance met Omar Lutz.",
			[]string{"7-Star Alliance|criticise|the budget", "Lena Berg|member|7-Star Alliance"},
			[]string{"Alliance|criticise|the budget"},
			map[string]schema.EntityType{"7-Star Alliance": schema.Organization, "Alliance": ""}},
		{"a legal suffix after two single words joined by 'and' ends one company's name; a country stays apart",
			"Harwick and Quist Ltd sued Tavira Foods. Britain and Quist Ltd signed a deal.",
			[]string{"Harwick and Quist Ltd|sue|Tavira Foods"},
			[]string{"Harwick|sue|Tavira Foods", "Quist Ltd|sue|Tavira Foods"},
			map[string]schema.EntityType{"Harwick and Quist Ltd": schema.Organization, "Harwick": "", "Britain and Quist Ltd": ""}},
		{"a party label of two words before a name is no word of the person's name",
			"Tavira Foods was criticised by Liberal Democrat Ines Varga. Social Democrat Neil Verhoek met Ines Varga.",
			[]string{"Ines Varga|criticise|Tavira Foods", "Neil Verhoek|meet|Ines Varga"},
			[]string{"Democrat Ines Varga|criticise|Tavira Foods"},
			map[string]schema.EntityType{"Ines Varga": schema.Person, "Democrat Ines Varga": ""}},
		{"an occupation opening a sentence before a first name is no word of the person's name",
			"Writer Neil Verhoek criticised Pelonia. Singer Anna Verhoek sued Tavira Foods.",
			[]string{"Neil Verhoek|criticise|Pelonia", "Anna Verhoek|sue|Tavira Foods"},
			[]string{"Writer Neil Verhoek|criticise|Pelonia"},
			map[string]schema.EntityType{"Neil Verhoek": schema.Person, "Writer Neil Verhoek": "", "Singer Anna Verhoek": ""}},
		{"a number written with capitals opens the name it stands before; a person's possessive after 'and' is the owner of the conjunct, no firm",
			"The retailer is controlled by investment firm 4K Partners and Tomas Verhoek's Delmar Holdings. 4K Partners said it would sell its stake.",
			[]string{"4K Partners|control|The retailer", "Tomas Verhoek|head|Delmar Holdings"},
			[]string{"Partners|control|The retailer"},
			map[string]schema.EntityType{"4K Partners": schema.Organization, "Partners": "", "Tomas Verhoek": schema.Person}},
		{"a capitalised opening word the text writes in lower case elsewhere, before a name it also writes alone, is no part of the name",
			"Troubled Halden sacked its chief executive. Regulators are investigating troubled broker Halden. Halden sued Kalvo Foods.",
			[]string{"Halden|sue|Kalvo Foods"},
			[]string{"Troubled Halden|sue|Kalvo Foods"},
			map[string]schema.EntityType{"Troubled Halden": ""}},
		{"'Secretary of State' with no name after it is a title, not a person called 'of State'",
			"The Secretary of State criticised Japan. Secretary of State Ana Ruiz met Omar Lutz.",
			[]string{"Ana Ruiz|meet|Omar Lutz"},
			[]string{"of State|criticise|Japan"},
			map[string]schema.EntityType{"of State": "", "Ana Ruiz": schema.Person}},
		{"a month's name the text uses as a surname names the person where no number or 'in' makes it the month",
			"Prime Minister Helen April announced the sanctions. Chancellor Otto Brandt met April on Friday. April's cabinet met in April and will meet again on April 9.",
			[]string{"Otto Brandt|meet|Helen April"},
			[]string{"Otto Brandt|meet|April"},
			map[string]schema.EntityType{"Helen April": schema.Person}},
		{"a three-letter month abbreviation before a name is a first name; a company word keeps its abbreviation's period",
			"Acme Corp. sued Jan Novak on Monday. It said talks had run from Jan to March. The union sent a letter to Jan Kowalski.",
			[]string{"Acme Corp.|sue|Jan Novak"},
			nil,
			map[string]schema.EntityType{"Jan Novak": schema.Person, "Jan Kowalski": schema.Person, "Kowalski": "", "Acme Corp.": schema.Organization}},
		{"a demonym and a body's word before a title name the body, not a portfolio",
			"European Commission President Anna Lind praised the plan. Turkish Central Bank Governor Emre Kaya resigned. Cambodian Water Resources Minister Sok Vanna spoke.",
			[]string{"Anna Lind|president|European Commission", "Emre Kaya|governor|Turkish Central Bank", "Sok Vanna|minister|Cambodia"},
			[]string{"Anna Lind|president|European Union", "Emre Kaya|governor|Turkey"},
			nil},
		{"demonym before a two-word title", "Danish Foreign Minister Astrid Lindqvist-Berg chaired the meeting.",
			[]string{"Astrid Lindqvist-Berg|minister|Denmark", "Astrid Lindqvist-Berg|chair|the meeting"},
			[]string{"Astrid Lindqvist-Berg|minister|Danish Foreign"},
			map[string]schema.EntityType{"Danish Foreign": "", "Astrid Lindqvist-Berg": schema.Person}},
		{"an organisation's name with 'and' and its abbreviation in parentheses",
			"The Maritime and Coastguard Agency (MCA) fined Tarn Ferries on Monday. The MCA said the company had ignored warnings.",
			[]string{"Maritime and Coastguard Agency|fine|Tarn Ferries"},
			[]string{"Maritime|fine|Tarn Ferries", "Coastguard Agency|fine|Tarn Ferries"},
			map[string]schema.EntityType{"Maritime and Coastguard Agency": schema.Organization, "Maritime": "", "MCA": ""}},
		{"names joined by 'and' stay apart without 'the' or with a head word on each side",
			"Dunmore Bank and Kell Group signed a deal. Anna Roe and Harbour Party leader Tim Vale met.",
			[]string{"Dunmore Bank|sign|a deal", "Kell Group|sign|a deal"}, nil,
			map[string]schema.EntityType{"Dunmore Bank and Kell Group": "", "Anna Roe and Harbour Party": "", "Anna Roe": schema.Person}},
		{"a party label before a name is not part of it; a state is a place",
			"Two senators from Ohio, Republican Tom Brandt and Democrat Lisa Okafor, met Fisheries Minister Amina Said in Ottawa.",
			[]string{"Tom Brandt|senator|Ohio", "Lisa Okafor|senator|Ohio"},
			[]string{"Republican Tom Brandt|senator|Ohio"},
			map[string]schema.EntityType{"Ohio": schema.Location, "Tom Brandt": schema.Person, "Republican Tom Brandt": "", "Amina Said": schema.Person, "Amina": ""}},
		{"a name joined to a participle is an adjective: the place is no part of the name, the compound no entity",
			"Oslo-listed Nordvik Energy sued the Tencent-backed Huaxin Games. Hezbollah, the armed group, did not comment.",
			[]string{"Nordvik Energy|sue|Huaxin Games"}, nil,
			map[string]schema.EntityType{"Oslo-listed Nordvik Energy": "", "Tencent-backed": "", "Tencent-backed Huaxin Games": "", "Hezbollah": schema.Organization}},
		{"a plural title before two coordinated names is each one's title, no part of a name",
			"Prime Ministers Hanna Kask and Juri Ratas signed the accord in Tallinn. Foreign Ministers Ana Ruiz and Tomas Vela met later.",
			[]string{"Hanna Kask|sign|the accord", "Juri Ratas|sign|the accord"}, nil,
			map[string]schema.EntityType{"Hanna Kask": schema.Person, "Ministers Hanna Kask": "", "Juri Ratas": schema.Person, "Ana Ruiz": schema.Person, "Foreign Ministers Ana Ruiz": ""}},
		{"a hyphenated title before a name is no part of it, and the role it names is held in the body before it",
			"WHO Director-General Ana Lenz urged Brazil to act. Attorney-General Tomas Vela sued Kestrel Mining. Per Lund, the director general of the Farmers Union, resigned.",
			[]string{"Ana Lenz|urge|Brazil", "Tomas Vela|sue|Kestrel Mining", "Per Lund|director|Farmers Union"}, nil,
			map[string]schema.EntityType{"Ana Lenz": schema.Person, "Director-General Ana Lenz": "", "Tomas Vela": schema.Person, "Attorney-General Tomas Vela": ""}},
		{"a two-word name whose staff, with a modifier, 'Its' opens the next sentence with is an organisation",
			"Marrow Pane Works rejected the ruling. Its export director, Tomas Vela, called it unfair.",
			[]string{"Tomas Vela|director|Marrow Pane Works"}, nil,
			map[string]schema.EntityType{"Marrow Pane Works": schema.Organization, "Tomas Vela": schema.Person}},
		{"a listed name is a company",
			"Oslo-listed Vardane is preparing to drill. Vardane said output would rise.",
			nil, nil, map[string]schema.EntityType{"Vardane": schema.Organization}},
		{"a unit of an institution is an organisation and no minister's portfolio",
			"The Sandiganbayan's Fourth Division sentenced Tomas Reyes. A complaint was filed with the Labour Directorate. Labour Minister Ana Cruz said the government would act.",
			[]string{"Fourth Division|sentence|Tomas Reyes"}, []string{"Ana Cruz|minister|Labour Directorate"},
			map[string]schema.EntityType{"Fourth Division": schema.Organization, "Labour Directorate": schema.Organization}},
		{"a company cut to its first word shows its kind: its lender",
			"Ostrava Textil rejected the offer on Friday. Kestrel Finance, Ostrava's lender, declined to comment.",
			[]string{"Ostrava Textil|reject|the offer"}, nil,
			map[string]schema.EntityType{"Ostrava Textil": schema.Organization, "Kestrel Finance": schema.Organization}},
		{"a possessive plural without s stays inside an organisation's name",
			"The Kerala People's Front accused the Tamil Women's League of bias. Officials said the People's Bank of Ceylon would lend.",
			[]string{"Kerala People's Front|accuse|Tamil Women's League"},
			[]string{"Kerala People|accuse|Front"},
			map[string]schema.EntityType{"Kerala People's Front": schema.Organization, "Kerala People": "", "People's Bank of Ceylon": schema.Organization}},
		{"an institution named by its ending keeps 'of' and what follows",
			"The Directorate of Border Controls fined Tarn Ferries. The Superintendency of Banking Supervision warned Dunmore Bank.",
			[]string{"Directorate of Border Controls|fine|Tarn Ferries", "Superintendency of Banking Supervision|warn|Dunmore Bank"},
			[]string{"Border Controls|fine|Tarn Ferries"},
			map[string]schema.EntityType{"Directorate of Border Controls": schema.Organization, "Border Controls": "", "Superintendency of Banking Supervision": schema.Organization}},
		{"a name after 'of' stays apart without 'the' or an institution's ending",
			"Prime Minister Ana Lenz of Tarnia met Vice President Ivo Dance of Velmar.",
			nil, nil,
			map[string]schema.EntityType{"Ana Lenz": schema.Person, "Ivo Dance": schema.Person, "Ana Lenz of Tarnia": ""}},
		{"an institution's name with 'for'",
			"Amina Farouk, a senior fellow at the Institute for Security Studies in Pretoria, said the Centre for European Reform was wrong.",
			[]string{"Amina Farouk|researcher|Institute for Security Studies"}, nil,
			map[string]schema.EntityType{"Institute for Security Studies": schema.Organization, "Security Studies": "", "Centre for European Reform": schema.Organization}},
		{"a month in a date is no name; a surname May is",
			"Elections in May 2004 ousted Tomas Vell. Since March, Theresa May has met Hakan Lund twice.",
			[]string{"Theresa May|meet|Hakan Lund"}, nil,
			map[string]schema.EntityType{"May": "", "March": "", "Theresa May": schema.Person}},
		{"a month after a day's number is a date, even in a story about Ms. May",
			"The Dutch group Korvex will publish its results on 14 May. Velmar will reply by 3rd June.",
			nil, []string{"Korvex|publish|May"},
			map[string]schema.EntityType{"May": "", "June": ""}},
		{"a one-word name before a port or a stock market is the town's, which \"the company\" is not",
			"Dockworkers at Korrin port walked out on Monday. Baltic Quay Terminals, the port's operator, hired contractors. The company has sued the union. Korrin handles most of the country's trade. Harbin Motors said in a statement to the Tarsk stock exchange that it would buy Lotus Parts.",
			[]string{"Baltic Quay Terminals|sue|the union"}, []string{"Korrin|sue|the union", "Harbin Motors|tell|Tarsk"},
			map[string]schema.EntityType{"Korrin": schema.Location, "Tarsk": schema.Location}},
		{"a month after a day's number is no surname the story uses",
			"Prime Minister Theresa May thanked Velmar. Korvex will publish its results on 14 May.",
			[]string{"Theresa May|thank|Velmar"}, []string{"Korvex|publish|Theresa May"}, nil},
		{"a title after a portfolio holding an organisation word",
			"Cambodian Water Resources Minister Sok Pheakdey met Bank of England Governor Anna Reid.",
			[]string{"Sok Pheakdey|minister|Cambodia", "Anna Reid|governor|Bank of England", "Sok Pheakdey|meet|Anna Reid"},
			[]string{"Sok Pheakdey|minister|Cambodian Water Resources"},
			map[string]schema.EntityType{"Sok Pheakdey": schema.Person, "Cambodian Water Resources Minister Sok Pheakdey": ""}},
		{"a name with particles after an institution's title",
			"Danube Commission President Katrin van der Hoek praised Lidia Moraru. Central Bank Governor Joaquim de Sousa warned Ruvenia.",
			[]string{"Katrin van der Hoek|praise|Lidia Moraru", "Joaquim de Sousa|warn|Ruvenia"},
			[]string{"Danube Commission President Katrin|praise|Lidia Moraru"},
			map[string]schema.EntityType{"Katrin van der Hoek": schema.Person, "Joaquim de Sousa": schema.Person, "Danube Commission President Katrin": ""}},
		{"a surname behind a lower-case particle",
			"Oman's foreign minister, Salim al-Harthy, met Khaled el-Sayed in Muscat.",
			[]string{"Salim al-Harthy|minister|Oman", "Salim al-Harthy|meet|Khaled el-Sayed"}, nil,
			map[string]schema.EntityType{"Salim al-Harthy": schema.Person, "Salim": ""}},
		{"a firm named with an ampersand", "Mistry Patel & Co resigned as auditor of Sable Mining.",
			nil, nil,
			map[string]schema.EntityType{"Mistry Patel & Co": schema.Organization, "Mistry Patel": ""}},
		{"portfolio title without a demonym", "Home Secretary Fiona Blackwood announced the plan.",
			[]string{"Fiona Blackwood|announce|the plan"}, nil,
			map[string]schema.EntityType{"Home": "", "Fiona Blackwood": schema.Person}},
		{"finance minister", "Kenyan Finance Minister Joseph Mwangi met investors.",
			[]string{"Joseph Mwangi|minister|Kenya"}, []string{"Joseph Mwangi|minister|Kenyan Finance"},
			map[string]schema.EntityType{"Kenyan Finance": ""}},
		{"solicitor general", "Solicitor General Harold Pemberton defended the ruling.",
			[]string{"Harold Pemberton|defend|the ruling"}, []string{"Harold Pemberton|general|Solicitor"},
			map[string]schema.EntityType{"Solicitor": ""}},
		{"title at sentence start in lower case", "General secretary Tomasz Wieczorek opened the congress.",
			[]string{"Tomasz Wieczorek|open|the congress"}, nil,
			map[string]schema.EntityType{"General": ""}},
		{"a capital acting is its government", "Berlin has pressed Estonia to compromise. Washington urged London to act.",
			[]string{"Germany|press|Estonia", "United States|urge|United Kingdom"}, nil,
			map[string]schema.EntityType{"Berlin": ""}},
		{"a seat of government the country data lacks, and a capital written with its accent, act as the government",
			"La Paz urged Lima to reopen the border. Bogotá pressed Quito to act.",
			[]string{"Bolivia|urge|Peru", "Colombia|press|Ecuador"}, nil,
			map[string]schema.EntityType{"La Paz": "", "Bogotá": ""}},
		{"a capital as a place stays a place", "Tomas Vell lives in Berlin. The talks in Paris ended.",
			nil, nil,
			map[string]schema.EntityType{"Berlin": schema.Location, "Germany": "", "France": ""}},
		{"Brussels is the Commission when the Commission is in the text", "The European Commission fined Vexa Group. Brussels later ordered Acme Bank to pay.",
			[]string{"European Commission|order|Acme Bank"}, nil,
			map[string]schema.EntityType{"European Union": "", "European Commission": schema.Organization}},
		{"Brussels is the Union otherwise", "Brussels pressed Greece to cut spending.",
			[]string{"European Union|press|Greece"}, nil, nil},
		{"a weekday opening a name run is no part of it", "On Thursday Dunmore Rovers said they would not raise the offer.",
			nil, nil,
			map[string]schema.EntityType{"Thursday Dunmore Rovers": "", "Dunmore Rovers": schema.Organization}},
		{"industry word makes an organisation", "Brennan Foods rejected the offer.",
			[]string{"Brennan Foods|reject|the offer"}, nil,
			map[string]schema.EntityType{"Brennan Foods": schema.Organization}},
		{"shares in a name", "Shares in Tallow Quarry fell. Tallow Quarry cut jobs.",
			nil, nil, map[string]schema.EntityType{"Tallow Quarry": schema.Organization}},
		{"workers at a name", "Workers at Dunmore Textiles went on strike.",
			nil, nil, map[string]schema.EntityType{"Dunmore Textiles": schema.Organization}},
		{"a company's kind before a name, with no article, makes an organisation", "Dutch bank Halvard Amsel bought the loans. News agency Corvo Press reported the sale.",
			nil, nil, map[string]schema.EntityType{"Halvard Amsel": schema.Organization, "Corvo Press": schema.Organization}},
		{"a company's kind before a name after an article is an organisation unless a first name opens a relative clause", "The lender Torvik Brandt cut rates. The firm Ana Ruiz founded in 1990 grew fast.",
			nil, nil, map[string]schema.EntityType{"Torvik Brandt": schema.Organization, "Ana Ruiz": schema.Person}},
		{"how a body is held, opening a sentence, is no word of its name; party hopefuls are no verb; 'shadow' before an office is no verb",
			"Privately-held Kiln Group bought Brisk Dune. Orla Penn backed party hopefuls Hale Ormond and Tavin Holt. The plan angered Tory shadow education secretary Nessa Grove.",
			[]string{"Kiln Group|buy|Brisk Dune", "Orla Penn|back|Tavin Holt"},
			[]string{"Tory|shadow|Nessa Grove|reported"},
			map[string]schema.EntityType{"Kiln Group": schema.Organization, "Privately-held Kiln Group": ""}},
		{"a party's members named by a plural office abbreviation are a group, no person",
			"Labour MPs said they would vote against Tavin Holt. Green MEPs backed him.",
			nil, nil,
			map[string]schema.EntityType{"Labour MPs": schema.Organization, "Green MEPs": schema.Organization}},
		{"an acronym opening a name makes an organisation, initials do not", "BKR Lindqvist bid for the bank. JK Ortiz wrote the report.",
			nil, nil, map[string]schema.EntityType{"BKR Lindqvist": schema.Organization, "JK Ortiz": schema.Person}},
		{"a name's board", "Harlow Vance's board approved the merger.",
			nil, nil, map[string]schema.EntityType{"Harlow Vance": schema.Organization}},
		{"apposition calls a name a company", "Corvane Dynamo, the defence company, won the contract.",
			nil, nil, map[string]schema.EntityType{"Corvane Dynamo": schema.Organization}},
		{"the company refers back to a name", "Tarrow Quill cut 300 jobs on Monday. The company said demand had fallen.",
			nil, nil, map[string]schema.EntityType{"Tarrow Quill": schema.Organization}},
		{"the company does not make a name with a known first name a company", "Ana Tarrow resigned on Monday. The firm was fined in May.",
			nil, nil, map[string]schema.EntityType{"Ana Tarrow": schema.Person}},
		{"the company after a named organisation leaves a person", "Corvane Holdings hired staff. Tarrow Quill left on Monday. The company said it was sorry.",
			nil, nil, map[string]schema.EntityType{"Tarrow Quill": schema.Person}},
		{"a person's chief of staff stays a person", "Emily Tan's chief of staff met Paulo Reyes.",
			nil, nil, map[string]schema.EntityType{"Emily Tan": schema.Person}},
		{"a name owned by a person's possessive or 'whose' in a sentence about owning companies is an organisation",
			"The tile maker is controlled by Nils Ekdahl's Harrow Lindgate. Ida Moe, whose Tarvik Orlund is Dorvale's largest shareholder, attacked the bid.",
			nil, nil, map[string]schema.EntityType{"Harrow Lindgate": schema.Organization, "Tarvik Orlund": schema.Organization, "Nils Ekdahl": schema.Person, "Ida Moe": schema.Person}},
		{"a person's possessive alone, or before a first name, leaves a person",
			"Nils Ekdahl's Tarvik Orlund praised the plan. Ida Moe's Anna Berg owns shares in Dorvale.",
			nil, nil, map[string]schema.EntityType{"Tarvik Orlund": schema.Person, "Anna Berg": schema.Person}},
		{"a spokesman for a company's trade speaks for the company named last, not for a union",
			"Harrow Zinc Ltd halted output on Monday, after a strike by the Miners Union. A spokesman for the smelter declined to comment. Rusk Copper said it would cut jobs. A spokeswoman for the miner said talks had failed.",
			[]string{"Harrow Zinc Ltd's spokesman|spokesman|Harrow Zinc Ltd", "Rusk Copper's spokeswoman|spokesman|Rusk Copper"},
			[]string{"Miners Union's spokesman|spokesman|Miners Union"}, nil},
		{"a spokesman for 'the NOUN' speaks for the organisation named last with the noun in its name",
			"The outcome depended on the state's investment company, Drava Holding, which owns 30 percent of Kell Foods. A spokesman for the holding said it would not take sides.",
			[]string{"Drava Holding's spokesman|spokesman|Drava Holding"},
			[]string{"Kell Foods's spokesman|spokesman|Kell Foods"}, nil},
		{"a titled name stays a person", "Mr Harlow Vance's board approved the merger. Senator Ida Crane's staff left.",
			nil, nil, map[string]schema.EntityType{"Harlow Vance": schema.Person, "Ida Crane": schema.Person}},
		{"possessive role then appositive name is the subject", "Velmora's chief executive, Anders Quist, rejected the offer.",
			[]string{"Anders Quist|reject|the offer", "Anders Quist|chief executive|Velmora"},
			[]string{"Velmora|reject|the offer"}, nil},
		{"pronoun possessive role then name", "Halberd Shipping raised its offer. Its chairman, Daniel Okafor, praised the bid.",
			[]string{"Daniel Okafor|praise|the bid"}, []string{"Halberd Shipping|praise|the bid"}, nil},
		{"sentence-initial its takes the previous subject", "Halberd Shipping made a bid for Velmora. Its chairman, Daniel Okafor, praised the bid.",
			[]string{"Daniel Okafor|chairman|Halberd Shipping", "Daniel Okafor|praise|the bid"}, []string{"Daniel Okafor|chairman|Velmora"}, nil},
		{"spokesman for a union named before", "The Harbour Workers Union called a strike. A spokesman for the union, Ravi Menon, criticised the minister.",
			[]string{"Ravi Menon|criticise|the minister", "Ravi Menon|spokesman|Harbour Workers Union"}, nil, nil},
		{"role with a prepositional phrase then name", "A spokesman for the union, Ravi Menon, criticised the minister.",
			[]string{"Ravi Menon|criticise|the minister"}, []string{"the union|criticise|the minister"}, nil},
		{"former before a title", "Former Finance Minister Petra Vogt criticised Austria.",
			[]string{"Petra Vogt|criticise|Austria"}, []string{"Petra Vogt|minister|Former"},
			map[string]schema.EntityType{"Former": ""}},
		{"secretary general", "UN Secretary General Kofi Mensah met officials.",
			[]string{"Kofi Mensah|secretary general|UN"}, []string{"Kofi Mensah|general|UN"}, nil},
		{"chief operating officer", "Velmora Chief Operating Officer Dana Kiel resigned.",
			[]string{"Dana Kiel|chief operating officer|Velmora"}, []string{"Operating Officer Dana Kiel|chief|Velmora"},
			map[string]schema.EntityType{"Dana Kiel": schema.Person}},
		{"it before a modal and a verb refers", "Dunmore Textiles said that it would close two plants.",
			[]string{"Dunmore Textiles|close|two plants|reported"}, []string{"it|close|two plants|reported", "it|close|two plants|hypothetical"}, nil},
		{"it would be stays expletive", "Dunmore Textiles met Velmora. It would be a long winter.",
			nil, []string{"Dunmore Textiles|be|a long winter|hypothetical", "Velmora|be|a long winter|hypothetical"}, nil},
		{"name with a lower-case particle", "Helvar Foods's chief executive, Maarten de Groot, rejected the bid from Lotte van der Berg.",
			[]string{"Maarten de Groot|reject|the bid", "Maarten de Groot|chief executive|Helvar Foods"},
			[]string{"Groot|reject|the bid"},
			map[string]schema.EntityType{"Maarten de Groot": schema.Person, "Lotte van der Berg": schema.Person}},
		{"company title keeps the company", "Velmora Chief Executive Anders Quist rejected the offer.",
			[]string{"Anders Quist|chief executive|Velmora"}, nil, nil},
		{"the place or body a title is 'to' ends where the holder's name starts",
			"U.S. Ambassador to the United Nations Nikki Delling told the Security Council that Ruritania was responsible. The envoy to Pelonia Anna Berg met Ruritania's foreign minister. Ruritania's Ambassador to Peru Abel Quispe said Ruritania had recalled him.",
			[]string{"Nikki Delling|ambassador|United States", "Nikki Delling|tell|Security Council", "Anna Berg|meet|Ruritania's foreign minister", "Abel Quispe|ambassador|Ruritania"},
			nil,
			map[string]schema.EntityType{"Nikki Delling": schema.Person, "United Nations Nikki Delling": "", "Pelonia Anna Berg": "", "Abel Quispe": schema.Person}},
		{"a body's kind alone names the one body of that kind named in full before, not one of two",
			"The European Commission said it would fine Varkon. The Commission also warned Delta Mining. The Supreme Court and the Labour Court heard Varkon. The Court said the law was clear.",
			[]string{"European Commission|warn|Delta Mining"},
			[]string{"Supreme Court|say|the law", "Labour Court|say|the law"},
			map[string]schema.EntityType{"European Commission": schema.Organization, "Commission": ""}},
		{"a trade a company's name ends in makes it an organisation, whose name without the trade is the same company",
			"Varo Agro rejected an offer from rival planter Sungai Emas Plantations. Sungai Emas, controlled by Penang businessman Tan Wei Ming, launched the offer last week. It is offering 3 ringgit a share. Kestrel Commodities and Dunmore Smelting backed the bid.",
			[]string{"Sungai Emas Plantations|launch|the offer", "Sungai Emas Plantations|offer|3 ringgit"},
			nil,
			map[string]schema.EntityType{"Sungai Emas Plantations": schema.Organization, "Sungai Emas": "", "Kestrel Commodities": schema.Organization, "Dunmore Smelting": schema.Organization}},
		{"a title before \"'s Office\" names the body that serves the office, and two such offices stay apart",
			"The Attorney General's Office said it had charged four officers. The Prime Minister's Office denied the report.",
			[]string{"Attorney General's Office|charge|four officers|reported", "Prime Minister's Office|deny|the report"},
			nil,
			map[string]schema.EntityType{"Attorney General's Office": schema.Organization, "Prime Minister's Office": schema.Organization, "General": "", "Office": ""}},
		{"a capitalised title after a possessive is the possessor's title holder, not a body named for the title",
			"Britain's Ambassador criticised Ruritania.",
			[]string{"Britain's Ambassador|criticise|Ruritania"},
			[]string{"Ambassador|criticise|Ruritania"},
			map[string]schema.EntityType{"Ambassador": ""}},
		{"a confederation's name holds its 'of' phrases; its kind alone is the one body whose name opens with it, not one of two",
			"The Confederation of Indigenous Nationalities of Pelonia called a strike. The Confederation accused Varkon of lying. The Bank of Ruritania and the Bank of Pelonia met. The Bank criticised Varkon.",
			[]string{"Confederation of Indigenous Nationalities of Pelonia|call|a strike", "Confederation of Indigenous Nationalities of Pelonia|accuse|Varkon"},
			[]string{"Bank of Ruritania|criticise|Varkon", "Bank of Pelonia|criticise|Varkon"},
			map[string]schema.EntityType{"Confederation of Indigenous Nationalities of Pelonia": schema.Organization, "Indigenous Nationalities": "", "Confederation": ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := checkTriples(t, p, tc.text, triple, tc.want, tc.not)
			types := map[string]schema.EntityType{}
			for _, e := range ex.Entities {
				types[e.Name] = e.Type
			}
			for name, want := range tc.types {
				if got := types[name]; got != want {
					t.Errorf("%q: entity %q type %q, want %q", tc.text, name, got, want)
				}
			}
		})
	}
}

// TestDemonymCountries checks that every demonym names a country the
// lexicon knows by that name, so "Belizean" reaches the entity "Belize".
func TestDemonymCountries(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	nations := map[string]bool{"England": true, "Scotland": true, "Wales": true} // parts of a state, typed as places
	for d, c := range lx.demonyms {
		if _, ok := lx.countries[toLower(c)]; !ok && !nations[c] {
			if _, place := lx.metonymy[toLower(c)]; !place {
				t.Errorf("demonym %q names %q, which no country entry knows", d, c)
			}
		}
	}
	for n, want := range map[string]string{"libya": "Libya", "burma": "Myanmar", "uae": "United Arab Emirates", "turkiye": "Turkey", "east timor": "Timor-Leste"} {
		if got := lx.countries[n]; got != want {
			t.Errorf("country %q is %q, want %q", n, got, want)
		}
	}
	for _, d := range []string{"belizean", "samoan", "fijian", "south sudanese", "sierra leonean"} {
		if _, ok := lx.demonyms[d]; !ok {
			t.Errorf("no demonym %q", d)
		}
	}
}

// TestDocumentNames checks that named laws, treaties and agreements are
// documents, whole across "of" and "on" and though a word of them may read
// as a title, that "the Act" or "the Treaty" later names the one named
// before, that a body's name ending in its kind holds its "of", and that a
// government's Budget or White Paper is a document, not a body it heads.
func TestDocumentNames(t *testing.T) {
	p := pipeline(t)
	text := "OSLO - Parliament passed the Protection of Coastal Fisheries Bill on Monday. Norway signed the Varn Accord and the Treaty of Ostrel, and ratified the Convention on Deep Sea Mining and the Baltic Whaling Convention of Tarvik. Sweden left the European Convention on Ocean Drilling. Fishermen criticised the Bill. The Bank of Norway welcomed the Treaty. Ivo Lind, director of the Friends of Coastal Towns Trust, opposed the Marine Justice Act. Tom Vell attacked Ana Veld's Budget and her White Paper."
	types := checkEntityTypes(t, p, text, map[string]schema.EntityType{
		"Protection of Coastal Fisheries Bill": schema.Document, "Varn Accord": schema.Document, "Treaty of Ostrel": schema.Document,
		"Convention on Deep Sea Mining": schema.Document, "Bank of Norway": schema.Organization,
		"Baltic Whaling Convention of Tarvik": schema.Document, "European Convention on Ocean Drilling": schema.Document,
		"Friends of Coastal Towns Trust": schema.Organization, "Marine Justice Act": schema.Document,
		"Budget": schema.Document, "White Paper": schema.Document,
	})
	wantNoEntities(t, types, "Protection", "Coastal Fisheries Bill", "Treaty", "Convention", "Ocean Drilling", "European Convention")
	checkTriples(t, p, text, spo, []string{"Fishermen|criticise|Protection of Coastal Fisheries Bill", "Bank of Norway|welcome|Treaty of Ostrel",
		"Ivo Lind|director|Friends of Coastal Towns Trust"}, []string{"Act|justice|Marine", "Ivo Lind|director|Friends", "Ana Veld|head|Budget"})
}

// TestAssociationInCountry: an association named by what its members
// share takes "in" and its country into its name; a city after "in", or a
// ministry, keeps the place apart.
func TestAssociationInCountry(t *testing.T) {
	p := pipeline(t)
	text := "The Council of Mosques in Tanzania urged the government to drop the levy. The Danish Chamber of Commerce in South Korea has lobbied against the tariff. The Federation of Mill Owners in Lyon criticised Tomas Brel. The Ministry of Mines in Ghana fined Kora Gold."
	types := checkEntityTypes(t, p, text, map[string]schema.EntityType{
		"Council of Mosques in Tanzania":            schema.Organization,
		"Danish Chamber of Commerce in South Korea": schema.Organization,
		"Federation of Mill Owners":                 schema.Organization,
		"Ministry of Mines":                         schema.Organization,
	})
	wantNoEntities(t, types, "Council of Mosques", "Danish Chamber of Commerce", "Federation of Mill Owners in Lyon", "Ministry of Mines in Ghana")
	checkTriples(t, p, text, spo, []string{"Council of Mosques in Tanzania|urge|government", "Federation of Mill Owners|criticise|Tomas Brel"}, nil)
}

// TestCrowdAfterDateline: a count of people ("Thousands of X") right after
// an agency dateline is capitalised but no name; the count and its people
// make the group.
func TestCrowdAfterDateline(t *testing.T) {
	p := pipeline(t)
	tests := []struct{ text, want, not string }{
		{"MOMBASA, Kenya (AP) - Thousands of dock workers walked off the job on Monday, demanding a pay rise from Harbour Freight.",
			"Thousands of dock workers|demand|a pay rise", "Thousands|demand|a pay rise"},
		{"QUITO, Ecuador (Reuters) - Hundreds of farmers blocked a highway outside the capital on Tuesday.",
			"Hundreds of farmers|block|a highway", "Hundreds|block|a highway"},
	}
	for _, tc := range tests {
		checkTriples(t, p, tc.text, spo, []string{tc.want}, []string{tc.not})
	}
}

// TestAcronymJoinsName: capitalised words around "and" before an acronym
// in brackets that spells all their initials are one body's name, an
// organisation even without an organisation word; two names whose
// initials the acronym does not spell stay apart.
func TestAcronymJoinsName(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"HM Revenue and Customs (HMRC) opened an inquiry into Dalworth Foods last year.",
			[]string{"HM Revenue and Customs|open|an inquiry"}, []string{"Customs|open|an inquiry"}},
		{"Norway's Energy and Water Regulatory Authority (EWRA) fined Fjell Kraft on Monday.",
			[]string{"Energy and Water Regulatory Authority|fine|Fjell Kraft"}, []string{"Water Regulatory Authority|fine|Fjell Kraft"}},
		{"Kessler Bank and the Deposit Guarantee Fund (DGF) sued Orvik Capital.",
			[]string{"Kessler Bank|sue|Orvik Capital", "Deposit Guarantee Fund|sue|Orvik Capital"}, nil},
	}
	for _, tc := range tests {
		checkTriples(t, p, tc.text, spo, tc.want, tc.not)
	}
	checkEntityTypes(t, p, tests[0].text, map[string]schema.EntityType{"HM Revenue and Customs": schema.Organization})
}

// TestAgencyDatelineCity: the city in capitals of a dateline with a news
// agency in brackets is a place, never a body "the company" could name,
// and the agency is no entity.
func TestAgencyDatelineCity(t *testing.T) {
	p := pipeline(t)
	text := "TARVIK, Norway (AP) - Workers at Halden Fisheries walked out on Monday. The company said it would cut 200 jobs."
	types := checkEntityTypes(t, p, text, map[string]schema.EntityType{"TARVIK": schema.Location, "Halden Fisheries": schema.Organization})
	if _, ok := types["AP"]; ok {
		t.Errorf("the agency is an entity (entities %v)", fmt.Sprint(types))
	}
	checkTriples(t, p, text, spo, nil, []string{"TARVIK|cut|200 jobs", "AP|cut|200 jobs"})
	text = "GYEONGJU, South Korea (AFP) - A court fined Kell Mining on Friday."
	checkEntityTypes(t, p, text, map[string]schema.EntityType{"GYEONGJU": schema.Location})
}

// TestOfficePossessiveNames: an office word in capitals with "'s" before
// a capitalised body noun ("Prosecutor's Office", "Magistrate's Court")
// runs one body's name through the possessive, whatever capitalised words
// come before it; "the" and a lower-case modifier may open a name of two
// parts joined by "and" before its kind ("the ruling Action and Solidarity
// Party"); "es" inside a place's name ("Dar es Salaam").
func TestOfficePossessiveNames(t *testing.T) {
	p := pipeline(t)
	text := "The Federal Prosecutor's Office charged Ivo Lund on Monday. Tomas Berg was granted bail by the Kessa Magistrate's Court. The Fraud and Corruption Prosecutor's Office raided Orlen Bank. The main opposition Farmers and Fishermen Party accused Ana Ruiz of lying. Lund flew to Dar es Salaam."
	types := checkEntityTypes(t, p, text, map[string]schema.EntityType{
		"Federal Prosecutor's Office":              schema.Organization,
		"Kessa Magistrate's Court":                 schema.Organization,
		"Fraud and Corruption Prosecutor's Office": schema.Organization,
		"Farmers and Fishermen Party":              schema.Organization,
		"Dar es Salaam":                            schema.Location,
	})
	wantNoEntities(t, types, "Office", "Court", "Federal Prosecutor", "Kessa Magistrate", "Fishermen Party", "Farmers", "Dar", "Salaam")
	checkTriples(t, p, text, spo, []string{"Federal Prosecutor's Office|charge|Ivo Lund", "Kessa Magistrate's Court|grant|Tomas Berg",
		"Fraud and Corruption Prosecutor's Office|raid|Orlen Bank", "Farmers and Fishermen Party|accuse|Ana Ruiz"}, []string{"Office|charge|Ivo Lund"})
}

// TestLeftPartyNames: "Left" inside a longer capitalised name names a
// party, so a party label before it stays in the name and "of" and a place
// may follow ("the Republican Left of Kessa").
func TestLeftPartyNames(t *testing.T) {
	p := pipeline(t)
	text := "His party, the Republican Left of Kessa, said it would appeal the ruling. The United Left criticised Ivo Lund. Republican Tom Brandt voted against the bill."
	types := checkEntityTypes(t, p, text, map[string]schema.EntityType{
		"Republican Left of Kessa": schema.Organization,
		"United Left":              schema.Organization,
		"Tom Brandt":               schema.Person,
	})
	wantNoEntities(t, types, "Left of Kessa", "Republican Left", "Republican Tom Brandt")
	checkTriples(t, p, text, spo, []string{"United Left|criticise|Ivo Lund"}, nil)
}

// TestOpeningFirstNameReadAsVerb: a sentence's first word the tagger
// reads as a base verb it does not know, before a capitalised name, is
// the person's first name; a known verb opening the sentence is not.
func TestOpeningFirstNameReadAsVerb(t *testing.T) {
	p := pipeline(t)
	text := "Ismail Sabri Yaakob, the deputy prime minister, criticised Orlen Bank. Ask Tomas Berg about it."
	types := checkEntityTypes(t, p, text, map[string]schema.EntityType{"Ismail Sabri Yaakob": schema.Person, "Tomas Berg": schema.Person})
	wantNoEntities(t, types, "Sabri Yaakob", "Ask Tomas Berg")
}

// wantNoEntities reports each name of bad that types, the entities an
// extraction found, holds: a name cut short, split from a longer one or
// run into its neighbour.
func wantNoEntities(t *testing.T, types map[string]schema.EntityType, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if _, ok := types[b]; ok {
			t.Errorf("unwanted entity %q (entities %v)", b, fmt.Sprint(types))
		}
	}
}
