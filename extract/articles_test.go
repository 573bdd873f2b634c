package extract

import (
	"testing"
)

// TestArticleRelations runs relation patterns inside short wire stories
// with several actors, where the pattern comes after other actors were
// named: context, not the single sentence, decides them.
func TestArticleRelations(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the statements
		not  []string // none of these may be
	}{
		{"whoever brought an action acts on the party that lost or survived it; a filing speaks for its filer",
			`OSLO — Nordlys Shipping has lost the long-running arbitration case filed by the Fjordhavn Port Authority. Premier Sofie Lind survived a no-confidence motion tabled by the Centre Alliance.

A lawsuit filed by Vesta Growers on Monday accuses Karst Seeds of price fixing. A complaint from the Marine Workers Federation urged Norway to inspect the ships.`,
			[]string{"Fjordhavn Port Authority|file|Nordlys Shipping", "Centre Alliance|table|Sofie Lind", "Vesta Growers|accuse|Karst Seeds",
				"Marine Workers Federation|urge|Norway"},
			[]string{"Nordlys Shipping|file|Fjordhavn Port Authority", "Sofie Lind|table|Centre Alliance", "Karst Seeds|accuse|Vesta Growers"}},
		{"a group from a named party keeps the party in its phrase; a chamber after 'in' is where a motion was filed or a vote survived, not a party to it",
			`TBILISI — Nine deputies from the Green Alliance opposed the budget on Friday. Opposition deputies had filed a motion in the Parliament of Georgia to censure the finance minister. Prime Minister Irakli Beridze survived a confidence vote in the Parliament of Georgia.`,
			[]string{"Nine deputies from the Green Alliance|oppose|the budget", "Opposition deputies|file|a motion", "Irakli Beridze|survive|a confidence vote"},
			[]string{"Nine deputies|oppose|the budget", "Opposition deputies|file|Parliament of Georgia", "Irakli Beridze|survive|Parliament of Georgia"}},
		{"a summoned envoy is summoned in person, not the state that sent the envoy",
			`SANTIAGO — Chile summoned Peru's ambassador on Monday over a fishing dispute. Argentina summoned the Bolivian consul, Ana Quiroga, a day later.`,
			[]string{"Chile|summon|Peru's ambassador", "Argentina|summon|Ana Quiroga"},
			[]string{"Chile|summon|Peru", "Argentina|summon|Bolivia"}},
		{"an answer coordinated after a reported clause about a thing is the speaker's",
			`NAIROBI — A court fined Kestrel Mining on Monday. Judge Ana Wambui said the fine was meant to deter others, and dismissed a settlement the company offered.`,
			[]string{"Ana Wambui|dismiss|a settlement"},
			[]string{"the fine|dismiss|a settlement"}},
		{"coordinated names before a relative clause or a partitive apposition are each the subject",
			`KAMPALA — Kenya and Tanzania, which both claim the island, signed a fishing accord on Monday. Anna Berg and Tom Lind, two of the company's founders, sold their shares to Vesta Capital.`,
			[]string{"Kenya|sign|accord", "Tanzania|sign|accord", "Anna Berg|sell|Vesta Capital", "Tom Lind|sell|Vesta Capital"},
			nil},
		{"the owner or maker of a list is one actor, not each listed name",
			`LAGOS — The Federal Competition Commission fined the owner of Vexa Chat, Pinto Video and Larkspur Mail on Monday. It also fined the maker of Sola Cola and Fizzo.`,
			[]string{"Federal Competition Commission|fine|the owner of Vexa Chat, Pinto Video and Larkspur Mail"},
			[]string{"Federal Competition Commission|fine|Pinto Video", "Federal Competition Commission|fine|Larkspur Mail", "Federal Competition Commission|fine|Fizzo"}},
		{"an inquiry into how or whether an actor did something is an inquiry into that actor",
			`NAIROBI — The Capital Markets Authority launched a probe into how Kestrel Mining valued its reserves. The Insurance Regulatory Authority began an inquiry into whether Vesta Assurance misled savers.`,
			[]string{"Capital Markets Authority|investigate|Kestrel Mining", "Insurance Regulatory Authority|investigate|Vesta Assurance"},
			nil},
		{"someone removed as an office holder of a body was removed by that body, and held the office",
			`OSLO — Anna Berg was ousted as chief executive of Kestrel Mining on Monday. Tom Lind, who was unexpectedly sacked as coach of Rovers, plans to appeal.`,
			[]string{"Kestrel Mining|oust|Anna Berg", "Rovers|sack|Tom Lind", "Anna Berg|chief executive|Kestrel Mining", "Tom Lind|coach|Rovers"},
			[]string{"Anna Berg|oust|chief executive of Kestrel Mining", "Tom Lind|sack|coach of Rovers"}},
		{"an answer through a preposition to a decision answers whoever took it",
			`LIMA — Peru's competition authority, Indecopi, fined Vesta Foods and Kestrel Mills on Monday. Vesta Foods appealed against the decision, and Kestrel Mills said it disagreed with the decision.`,
			[]string{"Vesta Foods|appeal|Indecopi", "Kestrel Mills|disagree|Indecopi|reported"},
			nil},
		{"a warning about one's own parent company is no warning aimed at it; one about a rival is",
			`BRNO — Workers at Morava Motors walked out on Monday. Morava, a unit of the German carmaker Stahlwerk AG, said talks had failed. Its managing director, Jan Novak, warned that Stahlwerk might shut the paint shop. The union's leader, Eva Dvorak, warned that Kestrel Parts could lose its contract.`,
			[]string{"Eva Dvorak|warn|Kestrel Parts", "Jan Novak|chief executive|Morava Motors"},
			[]string{"Jan Novak|warn|Stahlwerk AG"}},
		{"sacking an official acts on the official, not the body; dismissing a complaint by someone's lawyers answers that someone",
			`NAIROBI — President Ruth Wanjala sacked Vesta Bank's chairman on Friday. The Athletics Tribunal banned the sprinter Ali Demir and dismissed a complaint by his lawyers.`,
			[]string{"Ruth Wanjala|sack|Vesta Bank's chairman", "Athletics Tribunal|dismiss|Ali Demir"},
			[]string{"Ruth Wanjala|sack|Vesta Bank"}},
		{"being sworn in as an office or at a place is a role, not an act with a party; being sworn in by someone is",
			`PORT VILA — Joel Tari was sworn in as Vanuatu's prime minister on Monday. Rita Kalo was sworn in at a ceremony in the capital. Sam Lui was sworn in by Chief Justice Ana Molisa.`,
			[]string{"Joel Tari|prime minister|Vanuatu", "Ana Molisa|swear|Sam Lui"},
			[]string{"Joel Tari|swear|Vanuatu", "Joel Tari|swear|Vanuatu's prime minister", "Rita Kalo|swear|a ceremony"}},
		{"consultations with someone are an interaction with them",
			`BERLIN — Halden Bank cut its forecast on Monday and opened consultations with the Bundesbank. Germany held consultations with France on Tuesday.`,
			[]string{"Germany|consult|France", "Halden Bank|consult|Bundesbank"},
			[]string{"Halden Bank|begin|Bundesbank"}},
		{"a tussle with someone is a clash with them; an official and the institution they resigned from are not two sides",
			`COLOMBO — Ravi Menon stepped down as head of the Central Bank of Lanka on Monday after a long tussle with Prime Minister Anil Perera's government. The two sides fell out over interest rates.`,
			[]string{"Ravi Menon|clash|government"},
			[]string{"Ravi Menon|clash|Central Bank of Lanka", "Central Bank of Lanka|clash|Ravi Menon"}},
		{"an officer named in apposition who quits, quits the body the apposition names",
			`OSLO — Kestrel Mining dismissed its finance director on Friday. Tom Lind, the firm's chairman, quit the next day.`,
			[]string{"Tom Lind|quit|Kestrel Mining", "Tom Lind|chairman|Kestrel Mining"},
			nil},
		{"a commitment to act is a fact, the act itself stays open",
			`ZURICH — Halvard Group agreed on Tuesday to acquire Brenner Pumps for 900 million francs, ending a bidding contest with Kestrel Partners.

Orsa Capital, the largest shareholder in Brenner, pledged on Wednesday to back Halvard. Kestrel said it would not raise its offer.

The canton's economy minister, Urs Blatter, vowed to protect Brenner's workers.`,
			[]string{"Halvard Group|agree|Brenner Pumps", "Halvard Group|acquire|Brenner Pumps|hypothetical", "Orsa Capital|pledge|Halvard Group",
				"Orsa Capital|back|Halvard Group|hypothetical", "Urs Blatter|vow|Brenner Pumps"},
			[]string{"Halvard Group|acquire|Brenner Pumps", "Orsa Capital|back|Halvard Group", "Halvard Group|agree|Kestrel Partners"}},
		{"saying another actor did wrong charges it; saying it would, or was not asked, does not",
			`QUITO — The Ecuadorean energy regulator said Petrosur had violated its drilling licence. Petrosur's chairman, Tomas Vera, said the company had broken no law.

Carla Ruiz, the mining minister, said Petrosur would breach the contract if prices fell. Vera said the ministry had not been consulted.`,
			[]string{"Tomas Vera|chairman|Petrosur"},
			[]string{"Carla Ruiz|accuse|Petrosur", "Tomas Vera|accuse|Petrosur", "Tomas Vera|accuse|ministry"}},
		{"a country in a hyphen compound backs the group the phrase names; an unknown name before an apposition is a name",
			`BEIRUT — Kataib Sayyid, the Iran-backed armed group, threatened Aramco on Monday. Its leader, Walid Hamdan, spoke to reporters.

Oslo-listed Nordvik Energy said it would not halt work.`,
			[]string{"Iran|back|Kataib Sayyid", "Kataib Sayyid|threaten|Aramco", "Walid Hamdan|leader|Kataib Sayyid"},
			[]string{"Walid Hamdan|leader|Iran", "Walid Hamdan|leader|Iran-backed"}},
		{"what a cause made someone do happened; what it could make them do, or did not, did not",
			`MONTEVIDEO — The shooting prompted Uruguayan President Lucas Ferrer to accuse the Argentine authorities of negligence. The scandal forced Interior Minister Ana Ruiz to resign.

Protests could force Ferrer to sack Ruiz. The row did not force Ruiz to apologise to Argentina.`,
			[]string{"Lucas Ferrer|accuse|Argentina"},
			[]string{"Lucas Ferrer|sack|Ana Ruiz", "Ana Ruiz|apologise|Argentina", "Lucas Ferrer|accuse|Argentina|hypothetical"}},
		{"a time between 'and' and a verb starts a new clause with the old subject; a particle name may follow another",
			`KUWAIT CITY — Kuwait's foreign minister, Sheikh Salem Nasser al-Hamad al-Sabah, praised Qatar. Oman rejected the plan and two days later summoned the Saudi ambassador.`,
			[]string{"Sheikh Salem Nasser al-Hamad al-Sabah|minister|Kuwait", "Sheikh Salem Nasser al-Hamad al-Sabah|praise|Qatar", "Oman|reject|the plan"},
			[]string{"the plan|summon|the Saudi ambassador", "Oman|reject|two days"}},
		{"both leaders are the heads of state named before, not a minister or a company between",
			`NICOSIA — Greek Prime Minister Nikos Vlachos called the accord historic. In Ankara, President Murat Aydin's office said the text met Turkey's demands. Energy Minister Eleni Sotiriou said Oslo-listed Vardane would start drilling. Meanwhile, US President Tom Hale spoke with both leaders by phone.`,
			[]string{"Tom Hale|speak|Nikos Vlachos", "Tom Hale|speak|Murat Aydin"},
			[]string{"Tom Hale|speak|Eleni Sotiriou", "Tom Hale|speak|Vardane"}},
		{"a participle after a possessive is an adjective of the noun it precedes",
			`LONDON — The regulator on Wednesday blocked Vantor Group's planned $6 billion takeover of Bluefin Studios. It also blocked Vantor's purchase of games maker Redkite.`,
			[]string{"Vantor Group|take|Bluefin Studios", "Vantor Group|buy|Redkite"}, []string{"Vantor Group|plan|$6 billion takeover", "Vantor Group|maker|Redkite"}},
		{"an agentless passive from an organisation is the organisation's act on the subject",
			`LIMA — Congress swore in Vice President Ana Vela, who was expelled from the ruling Patria Nueva party in January. Tomas Rey was released from prison.`,
			[]string{"Patria Nueva|expel|Ana Vela"}, []string{"Ana Vela|expel|Patria Nueva"}},
		{"a rejected argument and found-no-evidence claims are negated, past an apposition",
			`BRUSSELS — The commissioner rejected the argument that Harbin Rail, the world's largest train maker, posed a threat to European manufacturers. The watchdog said it had found no evidence that Dunmore Foods had pressured suppliers. Auditors found evidence that Vexa Holdings had bribed officials.`,
			[]string{"Harbin Rail|threaten|European manufacturers|negated|reported", "Dunmore Foods|pressure|suppliers|negated|reported", "Vexa Holdings|bribe|officials|reported"},
			[]string{"Harbin Rail|threaten|European manufacturers", "Harbin Rail|threaten|European manufacturers|reported", "Dunmore Foods|pressure|suppliers|reported", "Vexa Holdings|bribe|officials|negated|reported"}},
		{"a pair that clashed over a topic clashed with each other; an unnamed body's officer is no state's",
			`MASERU — Lesotho and Namibia clashed over water royalties on Monday. The regional bloc appointed an envoy. The bloc's executive secretary, Ana Cossa, said talks would start.`,
			[]string{"Lesotho|clash|Namibia"}, []string{"Ana Cossa|secretary|Lesotho", "Ana Cossa|secretary|Namibia"}},
		{"two leaders who shook hands met; a two-word demonym names its country",
			`SINGAPORE — U.S. President Tom Hale and North Korean leader Kim Song Il shook hands on Tuesday. South African President Ada Mbeki welcomed the summit.`,
			[]string{"Tom Hale|meet|Kim Song Il", "Kim Song Il|leader|North Korea", "Ada Mbeki|president|South Africa"},
			[]string{"Kim Song Il|leader|South Korea", "Kim Song Il|leader|North Korean"}},
		{"a fronted complaint to X is the main clause subject's",
			`NAIROBI — In a complaint to the Competition Authority, Kestrel Mining said Harlow Bank had blocked its loans. After talks with Dunmore Foods, Vexa Holdings withdrew its offer.`,
			[]string{"Kestrel Mining|complain|Competition Authority", "Vexa Holdings|talk|Dunmore Foods"}, nil},
		{"an unnamed state body rejecting a person's act rejects the person",
			`LIMA — President Jorge Salas announced that he would dissolve Congress. The armed forces and the national police rejected Salas's move within hours.`,
			[]string{"The armed forces|reject|Jorge Salas", "the national police|reject|Jorge Salas"}, nil},
		{"a speaker's charge of misconduct against the subject of what was said",
			`BOGOTA — Senator Lucia Marin said the Andes Mining Company had bribed local officials. The company's chief executive, Pablo Rey, said Marin was spreading lies.`,
			[]string{"Lucia Marin|accuse|Andes Mining Company", "Pablo Rey|accuse|Lucia Marin"}, nil},
		{"them after a court named as a venue is the pair just sued",
			`LONDON — Corvell Energy sued Tamsin Oil and Brackwater Gas in the High Court on Thursday, accusing them of rigging fuel prices. Halden Refining, a rival, declined to comment.

The Financial Conduct Authority is reviewing the case.`,
			[]string{"Corvell Energy|sue|Tamsin Oil", "Corvell Energy|accuse|Tamsin Oil", "Corvell Energy|accuse|Brackwater Gas"},
			[]string{"Corvell Energy|accuse|High Court", "Corvell Energy|accuse|Halden Refining"}},
		{"both companies are the pair written together, not a pair a verb related since",
			`LONDON — Delta Energy sued Acme Holdings and Beta Logistics in the High Court on Tuesday over a pricing agreement.
Acme Holdings said it would fight the case. Omega Bank met Delta Energy on Wednesday.
The union welcomed the lawsuit. Its general secretary, Tom Reed, called on both companies to protect jobs.`,
			[]string{"Tom Reed|call|Acme Holdings", "Tom Reed|call|Beta Logistics"},
			[]string{"Tom Reed|call|Delta Energy", "Tom Reed|call|Omega Bank"}},
		{"calling a claim baseless and dismissing a letter answer their makers",
			`LONDON — Delta Energy sued Acme Holdings and Beta Logistics in the High Court, accusing them of fixing prices. Omega Bank declined to comment.
Acme Holdings has called the claim "baseless."
Separately, the activist investor Mercer Partners published a letter urging Kappa Foods to sell its dairy unit. Kappa dismissed the letter as noise.`,
			[]string{"Acme Holdings|call|Delta Energy", "Kappa Foods|dismiss|Mercer Partners"},
			[]string{"Acme Holdings|call|Omega Bank", "Acme Holdings|call|Beta Logistics", "Kappa Foods|dismiss|Acme Holdings"}},
		{"denying a charge in a clause answers whoever sued",
			`SEOUL — Volta Energy sued Hanjin Motors in a Delaware court, claiming its battery packs were faulty. Ford, a Hanjin customer, declined to comment.
Hanjin denied that its products were faulty and said it would fight the case.`,
			[]string{"Volta Energy|sue|Hanjin Motors", "Hanjin Motors|deny|Volta Energy"},
			[]string{"Hanjin Motors|deny|Ford", "Hanjin Motors|deny|Volta Energy|negated"}},
		{"both sides are the parties of the talks, not the actors named last",
			`GENEVA — Talks between Armenia and Azerbaijan resumed on Tuesday after a pause of three months, officials said.

The Azerbaijani foreign minister, Pavel Dorn, arrived in Geneva with a delegation of twelve. Norway and the European Union have offered to monitor any ceasefire.

Austria pressed both sides to agree on a border line before winter. "We expect progress," said Lena Kraus, an Austrian diplomat.

Negotiators from Chile, which hosted an earlier round, said the two governments were close to a deal. Switzerland urged them to sign it quickly.`,
			[]string{"Austria|press|Armenia", "Austria|press|Azerbaijan", "Switzerland|urge|Armenia", "Switzerland|urge|Azerbaijan"},
			[]string{"Austria|press|Norway", "Austria|press|European Union", "Switzerland|urge|Norway", "Switzerland|urge|European Union"}},
		{"lawmakers of a party named before whose or by its act for the party",
			`WARSAW — President Jan Nowak vetoed the judicial bill on Tuesday. The veto was welcomed by the Civic Party, whose lawmakers applauded the president's speech.
The Green Alliance said the bill was flawed. Its lawmakers thanked Marek Wolny, the speaker.`,
			[]string{"Civic Party|applaud|Jan Nowak", "Green Alliance|thank|Marek Wolny"},
			[]string{"lawmakers|applaud|Jan Nowak"}},
		{"the possessor of an act or utterance is its doer, the possessor of a thing is not",
			`LONDON — Acme Holdings criticised Beta Corp's plan on Monday. Delta Energy bought Gamma Corp's equipment.
Omega Bank, a rival, welcomed Nora Quist's remarks.`,
			[]string{"Acme Holdings|criticise|Beta Corp", "Omega Bank|welcome|Nora Quist"},
			[]string{"Delta Energy|buy|Gamma Corp"}},
		{"a letter or statement urging or asking someone speaks for whoever signed or sent it",
			`LONDON — More than 60 Labour MPs have signed a letter urging Chancellor Rita Hale to abandon the plan. Acme Holdings sent a letter asking Beta Corp to drop its lawsuit.
Omega Bank issued a statement calling on Kappa Foods to resign from the index, Delta Energy said.`,
			[]string{"Labour MPs|urge|Rita Hale", "Acme Holdings|ask|Beta Corp", "Omega Bank|call|Kappa Foods"},
			[]string{"Delta Energy|call|Kappa Foods", "Omega Bank|ask|Beta Corp"}},
		{"a statement two issuers put out speaks for each of them",
			`MADRID — Spain and Portugal issued a joint statement on Sunday welcoming Morocco's offer of talks. Ferrol Bank and Duero Capital published a letter criticising Castell Energy.`,
			[]string{"Spain|welcome|Morocco's offer of talks", "Portugal|welcome|Morocco's offer of talks", "Ferrol Bank|criticise|Castell Energy", "Duero Capital|criticise|Castell Energy"},
			nil},
		{"issuers of a statement answering a possessed act answer its possessor too",
			`ROME — Chile and Peru issued a joint statement on Monday welcoming Qatar's efforts to end the war. Omega Bank released a statement rejecting Kappa Foods' proposal.`,
			[]string{"Chile|welcome|Qatar", "Peru|welcome|Qatar", "Omega Bank|reject|Kappa Foods"},
			nil},
		{"an opening 'The decision' is the act of the previous sentence's subject, unless that subject only spoke",
			`OSLO — Prime Minister Anna Lis expelled two Russian diplomats on Monday. The decision was also supported by NATO.
Marit Dahl, the opposition leader, said the country needed calm. The move was criticised by Finland.`,
			[]string{"NATO|support|Anna Lis", "Finland|criticise|The move"},
			[]string{"Finland|criticise|Marit Dahl", "Finland|criticise|Anna Lis"}},
		{"both countries are the pair in focus, not a pair named once since",
			`LIMA — Peru and Bolivia signed a water-sharing agreement on Friday, ending a dispute that had lasted a decade.

The agreement was brokered by Ecuador, whose president, Ana Velez, travelled to both capitals in March. Brazil and Argentina welcomed the accord.

The World Bank said it would fund a new reservoir. Chile, which supplies both countries with gas, said it would join the water commission next year.`,
			[]string{"Ana Velez|travel|Peru", "Ana Velez|travel|Bolivia", "Chile|supply|Peru", "Chile|supply|Bolivia"},
			[]string{"Ana Velez|travel|Ecuador", "Chile|border|Brazil", "Chile|border|Argentina"}},
		{"the two firms are the partners of the deal",
			`FRANKFURT — Halden Motors and Kessler Steel agreed on Monday to build a battery plant together, the companies said.

Shares in Halden rose 3 percent. Analysts at Brixton Capital and Marlow Securities raised their price targets.

The union IG Werk said both companies had promised to keep jobs in Saxony. The federal government welcomed the two firms' plan.`,
			[]string{"Halden Motors|promise|jobs|reported", "Kessler Steel|promise|jobs|reported", "government|welcome|Halden Motors", "government|welcome|Kessler Steel"},
			[]string{"Brixton Capital|promise|jobs|reported", "government|welcome|Marlow Securities"}},
		{"a broker or host of talks acts on the parties of the talks",
			`LIMA — Peru and Bolivia signed a water-sharing agreement on Friday, ending a dispute that had lasted a decade.

The talks between the two neighbours were brokered in part by Ecuador, whose president, Ana Velez, travelled to both capitals in March. Brazil and Argentina welcomed the agreement.

The deal was reached after four days of talks hosted by Colombia. The World Bank will fund a new reservoir, a spokesman for the lender said.`,
			[]string{"Ecuador|broker|Peru", "Ecuador|broker|Bolivia", "Colombia|host|Peru", "Colombia|host|Bolivia", "Peru|sign|Bolivia"},
			[]string{"Brazil|welcome|Argentina", "Colombia|host|Ecuador", "Colombia|host|Argentina"}},
		{"a mediator of talks between a list with a plural phrase",
			`DOHA — Qatar said on Sunday it had mediated talks between the two rivals, Ethiopia and Eritrea, for a second week.

Kenya and Uganda sent observers. Djibouti, which hosted talks between the two neighbours last year, said it backed the effort.`,
			[]string{"Djibouti|host|Ethiopia", "Djibouti|host|Eritrea"},
			[]string{"Djibouti|host|Kenya", "Djibouti|host|Uganda"}},
		{"investigations, members and acts named by nouns",
			`BOSTON — A federal appeals court on Thursday upheld a $40 million verdict against Corvane Pharmaceuticals, the drugmaker that sold the painkiller Zolarex.

The ruling is a setback for Corvane, whose shares fell 6 percent. Its chief executive, Dana Pruitt, said the company would appeal.

Separately, the Justice Department opened a criminal investigation into Halvern Labs, a supplier to Corvane. The Medicines Alliance, a lobby group which represents firms including Corvane and Bayer, declined to comment.

Massachusetts Attorney General Ruth Okafor launched a probe into Corvane's marketing last year.`,
			[]string{"Justice Department|investigate|Halvern Labs", "Medicines Alliance|represent|Corvane Pharmaceuticals", "Medicines Alliance|represent|Bayer", "Ruth Okafor|investigate|Corvane Pharmaceuticals"},
			[]string{"a lobby group|represent|Corvane Pharmaceuticals"}},
		{"a step in apposition to a clause is the act of its subject",
			`TOKYO — Japan and South Korea held talks on fisheries on Monday. Later, Japan announced new export curbs on chip materials, a step that Beijing warned would damage regional trade.

South Korea, which relies on the materials, said it would seek talks. Seoul rejected the charge that it had helped Japan.`,
			[]string{"China|warn|Japan", "South Korea|help|Japan|negated|reported"},
			[]string{"South Korea|help|Japan", "China|warn|South Korea"}},
		{"a response to an offer, a charge or a proposal acts on its maker",
			`OSLO — Brandex Energy made a $2 billion offer for Nordvik Power on Monday, seeking to expand in Scandinavia. Vattenfall was also said to be interested.

Nordvik's board rejected the offer on Wednesday, saying it undervalued the company. "It is not a serious bid," said its chairman, Erik Lund.

Meanwhile, Denmark accused Sweden of blocking a cable project. Sweden rejected the charge, and Finland said it would mediate.

The European Commission proposed new rules for power grids. Norway accepted them, but Poland called the proposal unfair.`,
			[]string{"Brandex Energy|offer|Nordvik Power", "Nordvik Power|reject|Brandex Energy", "Sweden|reject|Denmark", "Norway|accept|European Commission"},
			[]string{"Nordvik Power|reject|Vattenfall", "Sweden|reject|Finland"}},
		{"co-subjects after along with, a neighbour of coordinated subjects",
			`ABUJA — West African leaders met in Abuja on Sunday to discuss the crisis in the Sahel.

The summit was overshadowed by the absence of Burkina Faso, which left the bloc last year along with Mali and Niger. Ghana's president, Kofi Mensah, urged the three states to return.

Senegal, along with Ivory Coast, pledged troops for a regional force. Meanwhile Russia expelled two diplomats from Estonia, accusing them of spying. Latvia and Lithuania backed their northern neighbour.`,
			[]string{"Burkina Faso|leave|the bloc", "Mali|leave|the bloc", "Niger|leave|the bloc", "Senegal|pledge|troops", "Ivory Coast|pledge|troops",
				"Latvia|back|Estonia", "Lithuania|back|Estonia"},
			[]string{"Burkina Faso|leave|Mali", "Burkina Faso|leave|Niger", "Latvia|back|Russia"}},
		{"ruling out and stopping short of an act",
			`LONDON — Britain on Tuesday ruled out rejoining the European Union's customs union, dashing hopes in Ireland of an easier border. France and Germany said the door remained open.

Prime Minister Helen Ward stopped short of blaming Brussels for the delays, but she criticised Spain over fishing quotas. Norway refused to join the talks.

Ward also ruled out a second referendum. Her deputy, Tom Hale, stopped short of endorsing Canada.`,
			[]string{"United Kingdom|reject|European Union", "United Kingdom|rejoin|European Union|negated|hypothetical", "Helen Ward|blame|European Union|negated",
				"Helen Ward|criticise|Spain", "Tom Hale|endorse|Canada|negated"},
			[]string{"United Kingdom|rejoin|European Union", "Helen Ward|blame|European Union", "Tom Hale|endorse|Canada"}},
		{"places of roles, clubs signed from and the subjects' own envoys are no objects",
			`CARACAS — Venezuela named Jose Paz as its new ambassador in Brazil on Monday, weeks after Colombia and Peru recalled their envoys.

Chile appointed Rosa Diaz ambassador to Bolivia. Petrolca, the state oil firm, signed a supply deal with Norsk Hydra, the Norwegian group.

Rovers signed striker Luis Mora from Atletico Sur on a two-year contract.`,
			[]string{"Venezuela|name|Jose Paz", "Chile|appoint|Rosa Diaz", "Petrolca|sign|Norsk Hydra", "Rovers|sign|Luis Mora"},
			[]string{"Venezuela|name|Brazil", "Chile|appoint|Bolivia", "Colombia|recall|Venezuela", "Peru|recall|Venezuela", "Rovers|sign|Atletico Sur"}},
		{"the pair in focus of a deal that is only agreed",
			`MADRID (Reuters) — Banco Iberia, a Spanish lender, agreed on Wednesday to buy a 25 percent stake in Portugal's Caixa Douro for 1.2 billion euros.

Shares in Caixa Douro rose 8 percent in Lisbon. Analysts at Morgan Stanley and Deutsche Bank said the price was fair.

Spain's economy minister, Luis Vidal, congratulated both lenders on Thursday.`,
			[]string{"Luis Vidal|congratulate|Banco Iberia", "Luis Vidal|congratulate|Caixa Douro"},
			[]string{"Luis Vidal|congratulate|Morgan Stanley", "Luis Vidal|congratulate|Deutsche Bank"}},
		{"a host of rounds of negotiations and a dismissed accusation",
			`NAIROBI — Ethiopia and Eritrea agreed on Saturday to reopen their shared border, ending a standoff that had lasted two years, officials from both countries said.

The deal was brokered by the African Union, whose chairman, Moussa Keita, spoke of courage. Sudan, which had hosted earlier rounds of negotiations, welcomed the announcement.

Egypt, however, warned that the agreement could threaten its interests on the Nile. Cairo has long opposed an Ethiopian dam on the river and accused Addis Ababa of acting alone.

Ethiopian Prime Minister Dawit Bekele dismissed the accusation.`,
			[]string{"Ethiopia|agree|Eritrea", "African Union|broker|Ethiopia", "African Union|broker|Eritrea", "Sudan|host|Ethiopia", "Sudan|host|Eritrea",
				"Egypt|accuse|Ethiopia", "Dawit Bekele|dismiss|Egypt"},
			[]string{"Sudan|host|Egypt", "Dawit Bekele|dismiss|Sudan"}},
		{"the partners are the pair in focus",
			`SEOUL — Hanjin Motors and Volta Energy formed a battery joint venture in 2021. The venture supplies cells to Ford and employs 900 people in Ohio.

Last month the partners clashed over costs, people familiar with the matter said.`,
			[]string{"Hanjin Motors|clash|Volta Energy"},
			[]string{"Hanjin Motors|clash|Ford", "Volta Energy|clash|Ford"}},
		{"an organisation named before its kind, a ruling upheld against a company",
			`OTTAWA — The Supreme Court of Canada on Friday upheld a ruling against Northfield Rail, which had challenged a fine imposed after a derailment in Quebec.

Northfield said it was disappointed. The Teamsters union, which represents train crews, criticised Northfield's safety record. Transport Minister Julie Caron promised new rules.

The Conservatives accused the government of moving too slowly, a charge Caron denied.`,
			[]string{"Supreme Court of Canada|uphold|Northfield Rail", "Teamsters|criticise|Northfield Rail", "Julie Caron|deny|Conservatives"},
			[]string{"The Teamsters union|criticise|Northfield Rail"}},
		{"a charge a titled person denied",
			`OTTAWA — Rail unions staged a strike on Monday. The Conservatives accused the government of moving too slowly, a charge Transport Minister Julie Caron denied.`,
			[]string{"Julie Caron|deny|Conservatives"}, nil},
		{"the focus moves from one pair to the next",
			`BRUSSELS — Greece and Turkey traded accusations on Monday over drilling rights in the eastern Mediterranean. Germany urged the two neighbours to show restraint.

Separately, Serbia and Kosovo resumed EU-mediated talks in Brussels after a break of six months. Vienna pressed both sides to normalise relations, and the European Union said it would reward progress.

Hungary, which has close ties to Belgrade, said the two governments should meet again in May. Croatia and Slovenia, both EU members, backed the effort.`,
			[]string{"Germany|urge|Greece", "Germany|urge|Turkey", "Serbia|talk|Kosovo", "Austria|press|Serbia", "Austria|press|Kosovo",
				"Croatia|back|the effort", "Slovenia|back|the effort"},
			[]string{"Austria|press|Greece", "Austria|press|European Union", "Serbia|eu-mediat|talks"}},
		{"answers to invitations, demands, proposals and offers made without a named object",
			`DELHI — India's prime minister, Arjun Mehta, invited Chinese President Li Wen to visit New Delhi in the spring, officials said on Thursday.

Li accepted the invitation, according to a statement from Beijing. Pakistan, which has fought three wars with India, demanded that both leaders discuss Kashmir. India rejected the demand.

Nepal proposed a summit of South Asian states. Bangladesh welcomed the proposal, but Sri Lanka said it was too early. The United States offered to help. Delhi declined the offer.`,
			[]string{"Li Wen|accept|Arjun Mehta", "India|reject|Pakistan", "Bangladesh|welcome|Nepal", "India|decline|United States"},
			[]string{"India|reject|China", "India|decline|Sri Lanka"}},
		{"it answers the offer made in the sentence before; a name the tagger misses at a sentence start",
			`LONDON — Brandex made a takeover offer for Zeta Foods on Monday. Zeta accepted it on Tuesday, and shares in Brandex rose.

Halvex proposed a merger to Corda Bank last month, but Corda rejected it.`,
			[]string{"Brandex|offer|Zeta Foods", "Zeta Foods|accept|Brandex", "Corda Bank|reject|Halvex"},
			[]string{"Corda Bank|reject|Zeta Foods"}},
		{"they and them after a coordinated pair",
			`QUITO — Peru and Ecuador signed a border treaty on Monday, officials said. They also agreed to build a bridge over the Zarumilla river.

Colombia praised them for their courage. Brazil said it would attend the ceremony.`,
			[]string{"Peru|agree|a bridge", "Ecuador|agree|a bridge", "Colombia|praise|Peru", "Colombia|praise|Ecuador"},
			[]string{"Colombia|praise|Zarumilla"}},
		{"both sides of a quarrel, not the two that joined a pact",
			`BELGRADE — Serbia and Albania have quarrelled for years over minority rights. Montenegro and North Macedonia joined a regional trade pact on Friday.

At a meeting in Tirana, Italy urged both sides to settle their differences before the summit.`,
			[]string{"Serbia|quarrel|Albania", "Italy|urge|Serbia", "Italy|urge|Albania"},
			[]string{"Montenegro|join|North Macedonia", "Italy|urge|Montenegro", "Italy|urge|North Macedonia"}},
		{"a relative clause after an object is neither a proposal nor the main verb's content",
			`DAKAR — West African leaders met in Abuja on Sunday. Guinea warned against sanctions on the bloc that Mali quit along with Niger and Chad last year.

Senegal rejected the deal that Gambia signed with Mauritania.`,
			[]string{"Mali|quit|the bloc", "Niger|quit|the bloc", "Chad|quit|the bloc", "Gambia|sign|Mauritania"},
			[]string{"Mali|quit|Niger", "Mali|quit|sanctions", "Mali|quit|the bloc|hypothetical", "Gambia|sign|Mauritania|negated"}},
		{"dismissed accusations and protests answer their makers; a neighbour is the country the story is about",
			`RIGA — Estonia expelled two Russian diplomats on Tuesday, accusing them of spying on a naval base near Tallinn. The foreign ministry gave the pair three days to leave.

Moscow rejected the allegations as absurd and promised a response. Latvia and Lithuania quickly backed their northern neighbour, and Poland called for calm.`,
			[]string{"Russia|reject|Estonia", "Latvia|back|Estonia", "Lithuania|back|Estonia"},
			[]string{"Latvia|back|Russia", "Lithuania|back|Russia", "Russia|reject|Latvia"}},
		{"a neighbour backed is the country the story is about, even when its rival is named more often since",
			`TALLINN — Estonia expelled two Russian diplomats on Tuesday, accusing them of spying on a naval base.

Moscow rejected the allegations as absurd. Russia said it would respond, and Russia's foreign ministry summoned Estonia's ambassador. Officials in Russia gave no details. Latvia and Lithuania quickly backed their northern neighbour.`,
			[]string{"Latvia|back|Estonia", "Lithuania|back|Estonia"},
			[]string{"Latvia|back|Russia", "Lithuania|back|Russia"}},
		{"a capital rejects the protest of the state that summoned its envoy",
			`HANOI — Vietnam summoned China's ambassador on Monday to protest an attack on a fishing boat near the Paracel Islands. Japan and Australia voiced concern.

Beijing rejected the protest within hours, saying the boat had entered its waters.`,
			[]string{"Vietnam|summon|China's ambassador", "China|reject|Vietnam"},
			[]string{"China|reject|Japan", "China|reject|Australia", "China|reject|hours"}},
		{"a government and a named rebel group agree with each other; the host of their talks acts on both",
			`OSLO — Peru's government and the rebel Andean Front agreed early on Saturday to a four-month truce after eleven days of talks hosted by Sweden, ending a conflict that had lasted decades.

The United Nations welcomed the deal. Brazil said it would send monitors.`,
			[]string{"Peru|agree|Andean Front", "Sweden|host|Peru", "Sweden|host|Andean Front", "Andean Front|agree|truce", "Peru|end|a conflict"},
			[]string{"Sweden|host|Brazil", "Sweden|host|United Nations", "Sweden|end|a conflict"}},
		{"the neighbour is the story's first country, even beyond the last three sentences",
			`VILNIUS — Lithuania ordered three Belarusian diplomats to leave on Wednesday. Lithuania accused the diplomats of spying on a military airfield, and Poland offered help.

Minsk dismissed the claims as a provocation. Officials in Warsaw said Poland stood by its neighbour. Latvia and Estonia backed their southern neighbour.`,
			[]string{"Belarus|dismiss|Lithuania", "Latvia|back|Lithuania", "Estonia|back|Lithuania"},
			[]string{"Latvia|back|Poland", "Estonia|back|Poland", "Belarus|dismiss|Poland"}},
		{"accusations rejected as fantasy answer their accuser; the judgement is no object",
			`TALLINN — Estonia accused two Russian diplomats of spying on Monday. Finland offered support.

Moscow rejected the accusations as fantasy. The Kremlin also dismissed Estonia's claims about a second spy.`,
			[]string{"Russia|reject|Estonia", "Russia|dismiss|Estonia"},
			[]string{"Russia|reject|fantasy", "Russia|reject|Finland"}},
		{"a charge against a state's people is answered by that state however far back it was made; suspecting someone of a wrong is a charge",
			`HELSINKI — Finland ordered two Belarusian diplomats to leave on Monday, accusing them of spying on an air base.

The foreign ministry said the two men had met officers in Kuopio. Officials gave no names. The men left by train. Weather was cold. Markets were calm.

Minsk rejected the accusations as a provocation.

Chilean customs officers stopped a freighter owned by Ruta Naviera on Friday. Chilean officials said inspectors had found cocaine on board and suspected the company of smuggling. Ruta Naviera's chief executive, Ana Ibarra, rejected the accusation.`,
			[]string{"Belarus|reject|Finland", "Ana Ibarra|reject|Chile"},
			[]string{"Belarus|reject|the accusations", "Ana Ibarra|reject|the accusation"}},
		{"a union's pay demand that names no one is made of the employer the story relates the union to",
			`LODZ - Workers at the Baltika Textiles mill walked out on Monday. The Lodz Textile Workers' Union accused Baltika Textiles of breaking a promise made in March.

The strike is the first at the mill since 2009. Production stopped. Trucks were turned away. The weather was cold. Police watched the gates.

The union is demanding a 10% pay rise. The Polish Chamber of Commerce declined to comment.`,
			[]string{"Lodz Textile Workers' Union|demand|Baltika Textiles"},
			[]string{"Lodz Textile Workers' Union|demand|Polish Chamber of Commerce"}},
		{"an employer's pay offer is made to the union the story relates it to, however far back",
			`LODZ - Workers at the Baltika Textiles mill walked out on Monday. The Lodz Textile Workers' Union accused Baltika Textiles of breaking a promise made in March.

The strike is the first at the mill since 2009. Production stopped. Trucks were turned away. The weather was cold. Police watched the gates. Shops nearby stayed open. Buses ran late. A school closed early. Farmers sold apples at the gate.

Baltika Textiles has offered 4 percent over two years. The Polish Chamber of Commerce declined to comment.`,
			[]string{"Baltika Textiles|offer|Lodz Textile Workers' Union"},
			[]string{"Baltika Textiles|offer|Polish Chamber of Commerce"}},
		{"an accusation made by a description is answered by it",
			`BOGOTA — Peru signed a four-month truce with rebels in the Amazon on Saturday, officials said. Chile welcomed the truce.

The rebels accused the army of shelling villages last week. Lima rejected the accusation.`,
			[]string{"Peru|reject|The rebels"},
			[]string{"Peru|reject|the accusation", "Peru|reject|Chile"}},
		{"summoning someone to testify reaches the person meant, also in the passive",
			`LIMA — Senator Ana Ruiz summoned the interior minister, Pedro Vargas, to testify before the committee on Tuesday. Peru's army chief, Luis Soto, declined to comment.

Vargas had been summoned once before by the chairman of the committee, Jorge Pena.`,
			[]string{"Ana Ruiz|summon|Pedro Vargas", "Jorge Pena|summon|Pedro Vargas"},
			[]string{"Ana Ruiz|summon|Luis Soto", "Ana Ruiz|summon|the committee"}},
		{"the three ministers are the three people named last, not the countries or the observer",
			`ASUNCION — Interior ministers Rosa Tello of Uruguay, Jan Morek of Paraguay and Omar Sadi of Argentina held talks on Thursday about smuggling. Brazil sent an envoy, Caio Lima, who arrived late.

On Friday the three ministers signed a border accord.`,
			[]string{"Rosa Tello|sign|a border accord", "Jan Morek|sign|a border accord", "Omar Sadi|sign|a border accord"},
			[]string{"Brazil|sign|a border accord", "Caio Lima|sign|a border accord", "Rosa Tello|sign|Jan Morek"}},
		{"workers who walk out strike against the operator the story names for their site",
			`LIMA — About 1,200 workers at the Toquepala copper mine walked off the job on Wednesday over pay. The mine is run by Sur Minerals, a unit of Halden Group. Peru's labour minister, Eva Quispe, called for talks.

Separately, dockers at Callao went on strike.`,
			[]string{"About 1,200 workers|strike|Sur Minerals"},
			[]string{"1,200 workers|strike|Halden Group", "1,200 workers|strike|Eva Quispe", "dockers|strike|Sur Minerals"}},
		{"workers who extend, resume or continue a strike strike against their employer too",
			`SOFIA — Workers at Belmar Copper extended a strike into a second week on Monday. Miners at Ostra Mining resumed their strike on Tuesday.`,
			[]string{"Workers|strike|Belmar Copper", "Miners|strike|Ostra Mining"},
			[]string{"Belmar Copper|extend|a strike"}},
		{"workers at a company a country's possessive describes strike against that company; at a named airline against it, not its owner; being on strike is striking",
			`TUNIS — Nurses at Ruritania's state hospital company walked out on Monday. Pilots at regional airline Skyvik walked off the job on Friday. Skyvik is owned by Halden Holding. About 800 workers at Corlan Tyres have been on strike since May 2.`,
			[]string{"Nurses|strike|Ruritania's state hospital company", "Pilots|strike|Skyvik", "About 800 workers|strike|Corlan Tyres"},
			[]string{"Nurses|strike|Ruritania", "Pilots|strike|Halden Holding"}},
		{"workers striking at a workplace named after the action strike against its operator, or the company named there",
			`TEMA — Dock workers walked off the job at Ghana's main container terminal on Monday. The terminal is run by Tarrow Logistics, a unit of Halden Group. Separately, about 300 nurses went on strike at Corlan Clinics on Friday.`,
			[]string{"Dock workers|strike|Tarrow Logistics", "about 300 nurses|strike|Corlan Clinics"},
			[]string{"Dock workers|strike|Halden Group", "Dock workers|strike|Ghana"}},
		{"'the union' is the body the story shows to be a union, whatever its name says, or a union of its own when it names none",
			`OSLO — The dockers' union Hamnfack called a strike on Monday. Kestrel Port accused the union of sabotage.`,
			[]string{"Kestrel Port|accuse|Hamnfack"},
			[]string{"Kestrel Port|accuse|the union"}},
		{"a union that walks out strikes against the employer the story relates it to",
			`LIMA — The Toquepala Miners Union accused Sur Minerals of breaking its promises. Sur Minerals denied it. The Toquepala Miners Union walked out on May 8.`,
			[]string{"Toquepala Miners Union|strike|Sur Minerals"}, nil},
		{"'the union' of a story that names none is a union of its own",
			`LIMA — Workers at Dunmore Mills walked out on Monday. Dunmore Mills said talks had failed. The union is demanding a 9 percent rise. Police watched as the union marched.`,
			[]string{"The union|demand|Dunmore Mills"}, nil},
		{"workers at a named employer the apposition after it describes are the subject, not the employer",
			`RIGA — About 900 workers at Corlan Steel, one of Latvia's largest steelmakers, walked off the job on Monday after the company cut bonuses.`,
			[]string{"About 900 workers|strike|Corlan Steel"},
			[]string{"Corlan Steel|walk|the job"}},
		{"its ally is the party the story's events befell, not the actors",
			`MANILA — Chinese coast guard ships fired water cannon at a supply boat bound for a reef held by the Philippines on Sunday. Beijing said the boat had entered its waters. Russia declined to comment.

Washington was quick to side with its ally.`,
			[]string{"United States|side|Philippines"},
			[]string{"United States|side|China", "United States|side|Russia", "United States|side|United States"}},
		{"a charge a pronoun denied answers the accuser; the pronoun is the accused",
			`ACCRA — Volta Mining accused the Ashanti Workers Union of sabotage on Monday, a charge it denied. Ghana's mines ministry declined to comment.`,
			[]string{"Ashanti Workers Union|deny|Volta Mining"},
			[]string{"Volta Mining|deny|Volta Mining", "Ashanti Workers Union|deny|a charge", "Ghana|deny|Volta Mining"}},
		{"an offer backed in the passive backs whoever made it",
			`OSLO — Fjell Shipping made a 3 billion crown offer for Nordvik Ferries on Monday. Halden Bank, Nordvik's adviser, declined to comment.

The offer is backed by the state fund Norfond, which owns 8 percent of Nordvik.`,
			[]string{"Norfond|back|Fjell Shipping"},
			[]string{"Norfond|back|Halden Bank", "Norfond|back|Nordvik Ferries"}},
		{"refusing to hand something to X answers X",
			`MILAN — Pavoni Tessile rejected a takeover approach from Vexa Holdings on Friday. Banca Lario, Pavoni's lender, declined to comment.

Pavoni refused to hand its customer list to Vexa.`,
			[]string{"Pavoni Tessile|refuse|Vexa Holdings", "Pavoni Tessile|hand|Vexa Holdings|negated|hypothetical"},
			[]string{"Pavoni Tessile|refuse|Banca Lario", "Pavoni Tessile|hand|Vexa Holdings"}},
		{"a price offered is offered for the company the bidder approached",
			`DUBLIN — Corrib Foods received a takeover bid from Stanmore Partners on Monday. Aldgate Bank, Corrib's broker, said it had also held talks with Lisle Capital.

Stanmore had offered €4 a share, people familiar with the matter said.`,
			[]string{"Stanmore Partners|offer|Corrib Foods"},
			[]string{"Stanmore Partners|offer|Aldgate Bank", "Stanmore Partners|offer|Lisle Capital"}},
		{"a company's shareholder in apposition to a described organisation holds a stake in it",
			`BERLIN — Kessel Industries rejected a bid from Arno Group on Monday. Brisk Bank, an adviser to Arno, declined to comment.

The bid is backed by Kessel's largest shareholder, the Swiss investment group Alder Capital, which owns 9 percent.`,
			[]string{"Alder Capital|owner|Kessel Industries", "Alder Capital|back|Arno Group"},
			[]string{"Alder Capital|owner|Arno Group", "Brisk Bank|owner|Kessel Industries"}},
		{"a bid from a described bidder is the named bidder's; a trailing participle keeps the subject",
			`AMSTERDAM — Veld Foods on Tuesday rejected a 2 billion euro bid from the Swiss group Pax Holdings, urging investors to ignore it. Halder Bank, Veld's lender, declined to comment.`,
			[]string{"Pax Holdings|bid|Veld Foods", "Veld Foods|reject|Pax Holdings", "Veld Foods|urge|investors"},
			[]string{"Halder Bank|bid|Veld Foods", "Pax Holdings|urge|investors"}},
		{"a participle after an infinitive shares the main clause's subject; them is the people named before",
			`RIGA — Latvia ordered four Belarusian diplomats to leave the country on Friday, accusing them of spying on its army. Belarus called the move hostile.`,
			[]string{"Latvia|accuse|four Belarusian diplomats"},
			[]string{"four Belarusian diplomats|accuse|Latvia", "Latvia|accuse|Belarus", "Latvia|accuse|Latvia"}},
		{"an object it is not its verb's own subject",
			`OSLO — Fjord Ferries sued Nordlys Transport last year, accusing it of dumping prices on the Bergen route. Nordlys declined to comment.`,
			[]string{"Fjord Ferries|sue|Nordlys Transport", "Fjord Ferries|accuse|Nordlys Transport"},
			[]string{"Fjord Ferries|accuse|Fjord Ferries", "Nordlys Transport|accuse|Fjord Ferries"}},
		{"the merger of two companies is one object, whatever its size, and blocking it blocks both",
			`PRAGUE — The competition office on Tuesday blocked the proposed 3 billion koruna merger of Tatra Cement and Morava Building Materials. It also cleared the takeover of Brno Paper by Olsen Packaging.`,
			[]string{"The competition office|block|the proposed 3 billion koruna merger of Tatra Cement and Morava Building Materials", "The competition office|block|Tatra Cement", "The competition office|block|Morava Building Materials"},
			[]string{"The competition office on Tuesday|block|the proposed 3 billion koruna merger of Tatra Cement and Morava Building Materials"}},
		{"a verb of urging after a reported clause is the speaker's own act",
			`OSLO — Fjell Pension, which owns 5 percent of Norsk Kabel, said the scandal showed "a failure of oversight" and called on shareholders to reject the board. Norsk Kabel declined to comment.`,
			[]string{"Fjell Pension|call|shareholders"},
			[]string{"the scandal|call|shareholders"}},
		{"a host brings two named and described people together; they meet",
			`ADDIS ABABA — Kenya's president brought together Somalia's foreign minister, Abdi Warsame, and his Ethiopian counterpart, Tesfaye Bekele, on Sunday. Djibouti sent an observer.`,
			[]string{"Abdi Warsame|meet|Tesfaye Bekele"},
			[]string{"Abdi Warsame|meet|Djibouti"}},
		{"a demand that a described and named person resign presses that person",
			`NAIROBI — Opposition leader Jane Achieng demanded that the interior minister, Paul Otieno, resign over the shootings. Halder Foods has, meanwhile, sued the ministry.`,
			[]string{"Jane Achieng|demand|Paul Otieno", "Halder Foods|sue|the ministry"},
			[]string{"Foods|sue|the ministry"}},
		{"a rival's per-share offer is for the company being bought; rejecting that bid answers the rival",
			`VIENNA — Tyrol Foods agreed on Monday to be bought by Aurelia Alimentari for 4 billion euros. A rival bidder, Danube Protein, based in Linz, had offered 38 euros a share in September. Tyrol Foods' board rejected that bid as too low. Wenger Bank advised Aurelia.`,
			[]string{"Danube Protein|offer|Tyrol Foods", "Tyrol Foods|reject|Danube Protein"},
			[]string{"Danube Protein|offer|Aurelia Alimentari", "Tyrol Foods|reject|Aurelia Alimentari", "Wenger Bank|offer|Tyrol Foods"}},
		{"a simple past after a clause told in the past perfect is the speaker's",
			`KINGSTON — The Caribbean Cricket Board said it respected the decision. Its president, Rohan Grant, said the board had not been told of the test until May, and criticised the Integrity Unit for the delay.`,
			[]string{"Rohan Grant|criticise|Integrity Unit"},
			[]string{"Caribbean Cricket Board|criticise|Integrity Unit"}},
		{"a relative clause holding a subordinate clause still leaves the subject; a time does not end the complements",
			`ZURICH — The watchmaker Kessel, which has sponsored Anna Brun since she was a junior, ended its contract with Nordic Ski on Wednesday. Switzerland granted asylum last year to Omar Haddad.`,
			[]string{"Kessel|end|Nordic Ski", "Switzerland|grant|Omar Haddad"},
			[]string{"Anna Brun|end|Nordic Ski", "she|end|Nordic Ski"}},
		{"a relative clause without a pronoun acts on the people before it; a clause after telling does not",
			`NIAMEY — Niger freed three Beninese engineers it detained in March. The rebels released eleven soldiers they have held since January. Benin's minister told reporters she had spoken to Niger.`,
			[]string{"Niger|detain|three Beninese engineers"},
			[]string{"eleven soldiers|hold|eleven soldiers", "reporters|speak|Niger"}},
		{"the pronoun of a relative clause in an object is the clause's subject",
			`ABUJA — Benin and Niger signed a border deal on Monday. Niger agreed to free three Beninese engineers it detained in March.`,
			[]string{"Niger|detain|three Beninese engineers"},
			[]string{"Benin|detain|three Beninese engineers"}},
		{"an object relative clause acts on the noun before it",
			`OSAKA — Three ministers from the Mori faction, which Osaka prosecutors are investigating, resigned on Monday. Ghana rejected the plan, which Togo had proposed in May.`,
			[]string{"Osaka prosecutors|investigate|the Mori faction", "Togo|propose|the plan"},
			[]string{"Three ministers|investigate|the Mori faction", "Ghana|propose|the plan"}},
		{"a quotation opening after 'said it' keeps the speaker as the subject",
			`CAIRO — Egypt and Sudan resumed talks on Monday. The State Department said it "welcomes the resumption of dialogue" between the two.`,
			[]string{"United States|welcome|the resumption of dialogue|reported"},
			[]string{"Egypt|welcome|the resumption of dialogue"}},
		{"named members after 'including' and names in apposition to a plural act with the group",
			`LIMA — Several countries, including Chile and Ecuador, backed the plan on Monday. The regulator ordered two directors, including the finance chief, Rosa Vela, to resign. Two senators, Ana Cruz and Luis Paz, wrote to the Treasury Secretary.`,
			[]string{"Chile|back|the plan", "Ecuador|back|the plan", "The regulator|order|Rosa Vela", "Ana Cruz|write|the Treasury Secretary", "Luis Paz|write|the Treasury Secretary"},
			[]string{"two directors|resign|Rosa Vela", "Chile|back|Ecuador"}},
		{"a participle after a noun opens a clause when a name follows",
			`OSLO — Fjell Capital's founder, Ola Moe, published a letter accusing Norsk Kabel's chief executive, Kari Dahl, of protecting her own job. Ms. Dahl dismissed the letter as noise.`,
			[]string{"Ola Moe|accuse|Kari Dahl", "Kari Dahl|dismiss|Ola Moe"},
			[]string{"Ola Moe|publish|Kari Dahl"}},
		{"a sentence-initial name read as a verb; a meeting in a time phrase is the subject's",
			`PARIS — Macron spoke to Scholz on Thursday ahead of a meeting with Polish President Andrzej Nowak. Trump called Nowak later.`,
			[]string{"Macron|speak|Scholz", "Macron|meet|Andrzej Nowak", "Trump|call|Andrzej Nowak"},
			[]string{"Scholz|meet|Andrzej Nowak"}},
		{"a stake its holder will sell is still its holder's; one bought from it is not",
			`WARSAW — Halden Shipping agreed on Monday to sell its stake in a smaller Polish ferry operator, Baltica Lines. Nordic Ferries acquired the Vistula Group's 20 percent stake in Gdansk Tugs last year.`,
			[]string{"Halden Shipping|own|Baltica Lines"},
			[]string{"Vistula Group|own|Gdansk Tugs"}},
		{"a passive response to an offer acts on the bidder",
			`ROTTERDAM — Halden Shipping agreed to buy Meridian Freight for 2 billion euros. The offer is backed by Meridian's largest shareholder, the Dutch pension fund PGZ. Brisk Bank advised Meridian.`,
			[]string{"PGZ|back|Halden Shipping"},
			[]string{"PGZ|back|Brisk Bank", "PGZ|back|Meridian Freight"}},
		{"a one-word name with an apposition opening a sentence; a state body named by its demonym",
			`COTONOU — Benin and Togo signed a border accord on Monday. Verdana, the largest association of Beninese lawyers, criticised the accord. The Chinese embassy in Cotonou welcomed the agreement. Three Togolese diplomats attended.`,
			[]string{"Verdana|criticise|the accord", "China|welcome|the agreement"},
			[]string{"The Chinese embassy|welcome|the agreement", "Togo|attend|the agreement"}},
		{"a verb after a reported clause and its subordinate clause is the speaker's; a demonym's officials are the country",
			`KINGSTON — The Caribbean Cricket Board said it respected the decision. Its president, Rohan Grant, said the board had not been told of the test until weeks after it was recorded, and criticised the Integrity Unit for the delay. He also accused Nigerian officials of leaking the result.`,
			[]string{"Rohan Grant|criticise|Integrity Unit", "Rohan Grant|accuse|Nigeria"},
			[]string{"it|criticise|Integrity Unit", "Rohan Grant|accuse|Nigerian officials"}},
		{"a host brings two people together even when 'together' follows the verb at once",
			`PRETORIA — The meeting, hosted by South Africa, brought together Egypt's water minister, Hisham Adel, and his Ethiopian counterpart, Abebe Kebede. Sudan stayed away.`,
			[]string{"Hisham Adel|meet|Abebe Kebede"},
			[]string{"Hisham Adel|meet|Sudan"}},
		{"a reported clause whose subject has a named apposition",
			`LIMA — The Organization of American States said its secretary general, Fernando Ibarra, had spoken to Peru's foreign minister by telephone. Chile stayed silent.`,
			[]string{"Fernando Ibarra|speak|Peru's foreign minister|reported"},
			[]string{"Organization of American States|say|Fernando Ibarra", "Fernando Ibarra|speak|Peru"}},
		{"a participle before a noun after a full verb modifies the noun",
			`MANCHESTER — Malcolm Reed has submitted detailed proposals to the club's board. United rejected them.`,
			[]string{"Malcolm Reed|submit|proposals"},
			[]string{"Malcolm Reed|detail|proposals"}},
		{"'Today's' is no name; a managing director is one role",
			`JOHANNESBURG — Karoo Steel lost its appeal on Monday. "Today's ruling confirms what we said," said Lerato Dube, Karoo Steel's managing director.`,
			[]string{"Lerato Dube|chief executive|Karoo Steel"},
			[]string{"Today|confirm|what we said", "Karoo Steel|manage|director"}},
		{"descriptors before company names; an unknown word is no preposition",
			`MADRID — Spanish utility Solara Energía has agreed to buy Portuguese wind farm developer Ventomar for 2.1 billion euros. Solara's chief executive, Beatriz Ordóñez, said the deal would double its capacity.`,
			[]string{"Solara Energía|buy|Ventomar|hypothetical", "Beatriz Ordóñez|chief executive|Solara Energía"},
			[]string{"Portugal|wind|Ventomar", "Beatriz Ordóñez|chief executive|Solara"}},
		{"two parties initialling a treaty's text; a birthplace adjective is no part of a name",
			`ASTANA — Armenia and Azerbaijan have initialled the text of a peace treaty after three days of negotiations hosted by Kazakhstan. Kenyan-born Samuel Rotich said he was pleased.`,
			[]string{"Armenia|initial|Azerbaijan", "Kazakhstan|host|Armenia"},
			[]string{"Kenyan-born Samuel Rotich|say|pleased"}},
		{"a resignation takes only what is left; weeks of feuding with someone are a feud",
			`BERLIN — Germany's Finance Minister Jonas Reuter has resigned after weeks of public feuding with Chancellor Katrin Albers over next year's budget. Mr Reuter also resigned from the party board.`,
			[]string{"Jonas Reuter|feud|Katrin Albers", "Jonas Reuter|resign|the party board"},
			[]string{"Jonas Reuter|resign|Katrin Albers", "Jonas Reuter|resign|next year's budget"}},
		{"accepting the resignation answers whoever resigned",
			`BERLIN — Jonas Reuter resigned from the cabinet on Monday. Chancellor Katrin Albers accepted the resignation. Paul Vogt praised her.`,
			[]string{"Katrin Albers|accept|Jonas Reuter"},
			[]string{"Katrin Albers|accept|Paul Vogt"}},
		{"a description before a name opening a sentence is no relative clause",
			`BERLIN — The opposition Christian Democrats seized on the turmoil. She accused Cairo of lobbying, a charge Mr. Lenz dismissed as a fantasy.`,
			[]string{"Christian Democrats|seize|the turmoil"},
			[]string{"Christian Democrats|seize|The opposition"}},
		{"a participle's object pronoun may be the name that closed an apposition before it",
			`LISBON — Its founder, Nicholas Brandt, said the fund had written to Ventomar's chairman, Paulo Carvalho, asking him to explain the deal.`,
			[]string{"the fund|ask|Paulo Carvalho"},
			[]string{"the fund|ask|Nicholas Brandt|reported", "the fund|ask|Nicholas Brandt"}},
		{"a body named in apposition to its country's description acts itself",
			`MADRID — Last year Solara lost a court case brought by Spain's markets regulator, the CNMV. France's competition authority, the AdlC, fined Solara too.`,
			[]string{"CNMV|bring|a court case", "AdlC|fine|Solara"},
			[]string{"Spain|bring|a court case", "France|fine|Solara"}},
		{"'no' before the object denies the phrases after it too",
			`MOGADISHU — Somalia has exercised no authority in Somaliland for three decades. Kenya sent no troops to Somalia. Ethiopia sent envoys to Somaliland.`,
			[]string{"Somalia|exercise|Somaliland|negated", "Kenya|send|Somalia|negated", "Ethiopia|send|Somaliland"},
			[]string{"Somalia|exercise|Somaliland", "Kenya|send|Somalia"}},
		{"a floating quantifier between a coordinated subject and its verb",
			`PRETORIA — Egypt and Ethiopia resumed talks on Monday. The United States and the European Union both welcomed the resumption.`,
			[]string{"United States|welcome|the resumption", "European Union|welcome|the resumption"},
			[]string{"United States|welcome|European Union"}},
		{"a conjunct's role with a for-phrase and a named apposition",
			`SUVA — The pact was signed in Suva on Friday by Prime Minister Ratu Lale and New Zealand's minister for the Pacific, Anna Hart.`,
			[]string{"Ratu Lale|sign|The pact", "Anna Hart|sign|The pact"},
			[]string{"New Zealand's minister|sign|The pact"}},
		{"the object of a preposition after an infinitive with its own object is not the subject",
			`MEXICO CITY — A previous attempt to transfer it formally to the defence ministry was struck down by the Supreme Court. The Senate approved the reform.`,
			[]string{"Supreme Court|strike|A previous attempt to transfer it formally to the defence ministry"},
			[]string{"Supreme Court|strike|the defence ministry"}},
		{"a verb quoted alone keeps its object",
			`MEXICO CITY — The Senate approved the reform on Tuesday. Amnesty International said it "regretted" the vote. Human Rights Watch "welcomed" the debate.`,
			[]string{"Amnesty International|regret|the vote|reported", "Human Rights Watch|welcome|the debate"},
			[]string{"Senate|regret|the vote"}},
		{"the subject before a restrictive relative clause, not the clause's object",
			`AUCKLAND — A group of 300 suppliers who opposed the deal filed a lawsuit against Kahurangi Milk in June. Farmers who backed the plan praised Vreeland Foods.`,
			[]string{"A group of 300 suppliers|sue|Kahurangi Milk", "Farmers|praise|Vreeland Foods"},
			[]string{"the deal|sue|Kahurangi Milk", "the plan|praise|Vreeland Foods"}},
		{"a named body's mission acts for it",
			`TRIPOLI — Libya and Tunisia agreed to reopen the crossing. The United Nations mission in Libya welcomed the agreement.`,
			[]string{"United Nations|welcome|the agreement"},
			[]string{"Libya|welcome|the agreement"}},
		{"a place after the object is no participant",
			`TROMSO — Norway's coast guard detained a Russian trawler in the Barents Sea on Monday. Norway summoned Russia's ambassador.`,
			[]string{"Norway's coast guard|detain|a Russian trawler"},
			[]string{"Norway's coast guard|detain|the Barents Sea"}},
		{"phrases of manner are no participants",
			`ANKARA — Kuzeyhat said it accepted the remedies in full. Malawi paid Vaxira in advance. Albers accepted the resignation with regret.`,
			[]string{"Malawi|pay|Vaxira", "Albers|accept|the resignation"},
			[]string{"Kuzeyhat|accept|full", "Malawi|pay|advance", "Albers|accept|regret"}},
		{"talks in a place between two people named with their counterparts",
			`DHAKA — India and Bangladesh signed a water treaty after talks in Delhi between Indian Prime Minister Vikram Sen and his Bangladeshi counterpart, Farida Huq.`,
			[]string{"Vikram Sen|talk|Farida Huq"},
			[]string{"Vikram Sen|talk|his Bangladeshi counterpart"}},
		{"a gapped passive gives the second patient its own agent",
			`MADRID — Iberia Telecom agreed to buy Lusa Cable for 2 billion euros on Monday. Iberia Telecom was advised by Castell Bank and Lusa Cable by Tagus Partners. The union representing 4,000 Lusa Cable employees backed the deal.`,
			[]string{"Castell Bank|advise|Iberia Telecom", "Tagus Partners|advise|Lusa Cable"},
			[]string{"Lusa Cable|advise|Iberia Telecom", "Castell Bank|advise|Lusa Cable", "union|represent|Lusa Cable"}},
		{"the union after a named union is that union",
			`LISBON — The Atlantic Dockers Union, which represents 3,000 workers at Sines, said it had been assured by Porto Maritime that no jobs would go. The union welcomed the agreement. Porto Maritime's rival, Tejo Shipping, declined to comment.`,
			[]string{"Atlantic Dockers Union|welcome|the agreement"},
			[]string{"Tejo Shipping|welcome|the agreement", "Porto Maritime|welcome|the agreement"}},
		{"a speaker judging an event or document its clause names speaks of it; a plain account of what the thing does, or a report, does not",
			`TBILISI — Parliament passed the media bill on Tuesday. The Civic Union said the bill was a blow to free speech. Lithuania warned that the law could harm relations. Karst Media said Vesta Group's offer was "opportunistic". Ana Lind said the bill would take effect in May. The report said the bill was flawed.`,
			[]string{"Civic Union|say|the bill", "Lithuania|warn|the law", "Karst Media|say|Vesta Group's offer"},
			[]string{"Ana Lind|say|the bill", "Karst Media|say|Vesta Group", "the report|say|the bill"}},
		{"a warning to someone about a thing is no warning of the thing; a speaker's own statement is no stance on it",
			`RIGA — The cabinet approved the port deal on Monday. Lina Ozola warned Juris Kalns that the deal could collapse. Juris Kalns said his statement had been a fair summary.`,
			[]string{"Lina Ozola|warn|Juris Kalns"},
			[]string{"Lina Ozola|warn|the deal", "Juris Kalns|say|his statement"}},
		{"an object 'it' after a deal, law or vote the story just named is that thing; not when a company is named between, nor after a verb that acts on firms",
			`NAIROBI — Kenya and Uganda signed a fishing accord on Monday. Tanzania and Rwanda praised it. The assembly passed the budget by 40 votes to 12, and the Green Party voted against it. Vesta Group blocked Kestrel's bid for Orla Mining, a day after Kestrel offered to buy it. The regulator approved the merger, and Lakeside Bank financed it.`,
			[]string{"Tanzania|praise|accord", "Rwanda|praise|accord", "Green Party|vote|the budget"},
			[]string{"Kestrel|buy|Kestrel's bid", "Lakeside Bank|finance|the merger"}},
		{"a vote cast without its object ('abstained', 'voted against', 'voted in favour') or on 'it' is cast on the motion or bill named last, whoever is named between; 'in favour of X' favours X",
			`VALLETTA — The censure motion, tabled by the Labour Front, won the backing of 30 deputies. Members of the Civic Union voted against it, and the Green League abstained. The Senate took up the farm bill on Tuesday. The Harbour Party voted in favour, while the Pirate Party voted against on Wednesday. Kestrel Holdings voted in favour of the merger, and the court ruled in favour of Vesta Mining.`,
			[]string{"Green League|abstain|The censure motion", "Civic Union|vote|The censure motion", "Harbour Party|vote|the farm bill", "Pirate Party|vote|the farm bill",
				"Kestrel Holdings|vote|the merger", "the court|rule|Vesta Mining"},
			[]string{"Harbour Party|vote|favour", "Kestrel Holdings|vote|favour of the merger", "Labour Front|vote|The censure motion"}},
		{"directing a company to act is object control",
			`ACCRA — The Securities and Exchange Commission of Ghana (SECG) on Friday directed Volta Steel to repay the money within six months. Volta Steel said it would comply.`,
			[]string{"Securities and Exchange Commission of Ghana|direct|Volta Steel", "Volta Steel|repay|the money|hypothetical"},
			[]string{"Securities and Exchange Commission of Ghana|repay|the money"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
