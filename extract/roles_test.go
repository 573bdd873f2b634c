package extract

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/schema"
)

// roleTriples runs the standard pipeline over text and returns its role
// statements as "subject|predicate|object".
func roleTriples(t *testing.T, text string) []string {
	t.Helper()
	ex, err := pipeline(t).Extract(context.Background(), "roles.txt", text)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	var out []string
	for _, s := range ex.Statements {
		if s.Role {
			out = append(out, s.Subject+"|"+s.Predicate+"|"+s.Object)
		}
	}
	return out
}

func TestRoleStage(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each must be among the role statements
		not  []string // subject|object pairs, or subject|role|object triples, that must not be stated
	}{
		{"a capitalised title followed by 'of' and a place or body is that place's office holder, and no person is named 'of' the place",
			"The Governor of Tarsa Province, Ivo Lind, vetoed the bill. Ana Ruiz, the Mayor of Kelburn, said she would appeal.",
			[]string{"Ivo Lind|governor|Tarsa Province", "Ana Ruiz|mayor|Kelburn"}, []string{"of Tarsa Province|Ivo Lind", "of Kelburn|Ana Ruiz"}},
		{"'Company' opening a sentence before a lower-case office is the company in focus, not a body named 'Company'",
			"Tarsen Oil sued Vandria. Company spokesman Ivo Lind said the case was strong. The company's chief executive, Ana Ruiz, agreed.",
			[]string{"Ivo Lind|spokesman|Tarsen Oil", "Ana Ruiz|chief executive|Tarsen Oil"}, []string{"Ivo Lind|Company", "Ana Ruiz|Company"}},
		{"'one of X's (closest) allies' or advisers makes the holder X's ally or adviser; without a possessor no one is named",
			"Mira Solberg, one of Dag Venner's closest allies, criticised the plan. Tor Halvik, one of Dag Venner's longtime advisers, agreed. Ola Brun, one of the closest allies, said nothing.",
			[]string{"Mira Solberg|ally|Dag Venner", "Tor Halvik|adviser|Dag Venner"}, []string{"Ola Brun|Dag Venner"}},
		{"a nationality before 'rival' or 'partner' is the rival's own, not whose rival it is",
			"Torvald Motors, unlike its Japanese rival Pellam Autos, raised prices. Brio Jets, in contrast to European rival Vantor Airlines, cut fares.",
			nil, []string{"Pellam Autos|rival|Japan", "Vantor Airlines|rival|European Union"}},
		{"the word before 'Affairs' in a title is the portfolio's, not a body the office holder serves",
			"Monetary Affairs Commissioner Tavo Renn said rates would rise. Consumer Affairs Minister Sela Amon agreed.",
			nil, []string{"Tavo Renn|Monetary", "Sela Amon|Consumer"}},
		{"'Treasurer' before a name is a state's office, whose state the story gives, and a company's when a company names it",
			"Canada's competition regulator fined Tarsen Oil on Monday. Treasurer Pell Darrow said the fine was fair. Brio Capital treasurer Ivo Lind quit.",
			[]string{"Pell Darrow|treasurer|Canada", "Ivo Lind|treasurer|Brio Capital"}, nil},
		{"the central bank is a body named as a state's bank, never the firm or the commercial bank named last",
			"Kel Dorj, who chaired Tavan Coal's board until last year, was sacked. He was replaced by Bolor Erdene, a former economist at the central bank. Ivo Lind, who chaired Kestrel Bank's board, quit. Ana Ruiz, an economist at the central bank, replaced him.",
			nil, []string{"Bolor Erdene|Tavan Coal", "Ana Ruiz|Kestrel Bank"}},
		{"the central bank is the state's bank named before",
			"The Bank of Ruritania raised rates on Monday. Ivo Lind, who chaired Kestrel Bank's board, quit. Ana Ruiz, an economist at the central bank, replaced him.",
			[]string{"Ana Ruiz|economist|Bank of Ruritania"}, []string{"Ana Ruiz|Kestrel Bank"}},
		{"the fund is the body named Fund, not a scheme with the word in its name",
			"The Ruritanian Stability Fund approved a loan under its Extended Fund Facility. Hans Vogel, the fund's senior mission chief for Peru, said reforms were needed.",
			[]string{"Hans Vogel|chief|Ruritanian Stability Fund"}, []string{"Hans Vogel|Extended Fund Facility"}},
		{"the group after a group of people with no name is that group, not the firm named last",
			"Brenholt Foods agreed to buy the Norvik Dairy co-operative in May. A group of about 200 farmers who opposed the sale sued the co-operative's board. The group's spokeswoman, Tama Riri, said the case would go ahead.",
			nil, []string{"Tama Riri|Brenholt Foods", "Tama Riri|Norvik Dairy"}},
		{"a party described by its stance with no such party named is the party as a phrase",
			"The Solar Builders Association said it was owed money. The main opposition party's energy spokeswoman, Lina Osei, criticised the minister.",
			[]string{"Lina Osei|spokesman|main opposition party"}, []string{"Lina Osei|Solar Builders Association"}},
		{"the party is never a body whose name marks it as another kind (an association, a bank)",
			"The Civic Front walked out of parliament. Kestrel Bank said it would cut jobs. The party's spokeswoman, Lina Osei, criticised the minister. The Solar Builders Association said it was owed money. The party's leader, Ivo Lind, agreed.",
			[]string{"Lina Osei|spokesman|Civic Front"}, []string{"Lina Osei|Kestrel Bank", "Ivo Lind|Solar Builders Association"}},
		{"a seat in a house before the name and a body that is no house after it make a member of that body",
			"Deputy Speaker Ana Lenz of the Croatian Civic Union voted against the motion. Speaker Ivo Lind of the National Assembly abstained.",
			[]string{"Ana Lenz|member|Croatian Civic Union", "Ivo Lind|speaker|National Assembly"}, []string{"Ana Lenz|speaker|Croatian Civic Union"}},
		{"the ruling party is never the party the story calls the opposition: the one named 'Party' with no stance",
			"President Mira Tolen's own Unity Party lost seats. The vote was called by Tari Wen, leader of the main opposition Civic Party. Daro Pell, the ruling party's leader, opposed it.",
			[]string{"Daro Pell|leader|Unity Party"}, []string{"Daro Pell|Civic Party"}},
		{"the ruling party is not a party given as the opposition in apposition, nor the opposition party an association",
			"The Green League, the main opposition party, tabled the motion against President Mira Tolen. Daro Pell, the ruling party's leader, opposed it. The Solar Builders Association said it was owed 2 billion cedis. The main opposition party's energy spokeswoman, Lina Osei, called for the minister to resign.",
			nil, []string{"Daro Pell|Green League", "Lina Osei|Solar Builders Association"}},
		{"the opposition party is the party named with that stance, not the one named last",
			"The opposition Civic Front tabled a motion. The Unity Party holds a majority. The opposition party's leader, Tari Wen, said the vote would be close.",
			[]string{"Tari Wen|leader|Civic Front"}, []string{"Tari Wen|Unity Party"}},
		{"a bare organisation noun before a title is the organisation named before with that noun; not after 'a' or a possessive",
			"The Dockers Union and Baltic Terminals met on Monday. On Tuesday, union leader Jan Kowal said talks had failed. Baltic Terminals said a union official, Eva Nowak, had walked out, and its union chairman, Piotr Lis, agreed.",
			[]string{"Jan Kowal|leader|Dockers Union"}, []string{"Eva Nowak|Dockers Union", "Piotr Lis|Dockers Union"}},
		{"an independent or outside director is a company's, not the public body the sentence or the one before names",
			"The Securities Board of Ruritania fined Kestrel Pay on Monday. Kestrel Pay said it would appeal. Kestrel Pay has lost half its value this year. The Securities Board also barred independent director Anita Rao from serving on any listed board for two years.",
			[]string{"Anita Rao|director|Kestrel Pay"}, []string{"Anita Rao|Securities Board"}},
		{"the head of a state's agency runs the agency, not the state; its spokesman speaks for the state",
			"A court in Iasi on Monday sentenced the former head of Romania's customs agency, Ivo Marin, to six years in prison. The governor of Ghana's central bank, Kofi Mensah, resigned. A spokesman for Chile's customs agency, Juan Soto, declined to comment.",
			[]string{"Ivo Marin|head|Romania's customs agency", "Kofi Mensah|governor|Ghana's central bank", "Juan Soto|spokesman|Chile"}, []string{"Ivo Marin|Romania", "Kofi Mensah|Ghana"}},
		{"one who sits or serves in a body is its member; serving in a country is no membership",
			"Former minister Rosa Larrea, who now sits in the Senate, criticised the plan. Ana Vidal, who serves in the National Assembly, objected. Luis Mora, who served in Iraq, said nothing.",
			[]string{"Rosa Larrea|member|Senate", "Ana Vidal|member|National Assembly"}, []string{"Luis Mora|member|Iraq"}},
		{"a judge's title does not hide the office the judge holds in the same court",
			"The Supreme Court of Pelonia struck down the law on Monday. The court's president, Justice Mara Lind, wrote the ruling.",
			[]string{"Mara Lind|judge|Supreme Court of Pelonia", "Mara Lind|president|Supreme Court of Pelonia"}, nil},
		{"a demonym before 'body' or 'firm' in the possessive describes that body, not the state; before 'government' it is the state's",
			"The European Cyclists' Federation criticised the European Union's new rules on Monday. Marco Bellini, the European body's general secretary, said the rules would hurt riders. The Chilean firm's chief executive, Ana Soto, agreed. The Chilean government's spokesman, Luis Vera, declined to comment.",
			[]string{"Marco Bellini|general secretary|European Cyclists' Federation", "Luis Vera|spokesman|Chile"}, []string{"Marco Bellini|European Union", "Ana Soto|Chile"}},
		{"'its' after a state body that speaks is the state the story follows, not the country named last",
			"LIMA - Peru recalled its envoy to Chile on Tuesday. The foreign ministry said its ambassador, Rosa Chavez, had been called home after President Ivan Mora of Chile criticised the ruling.",
			[]string{"Rosa Chavez|ambassador|Peru"}, []string{"Rosa Chavez|Chile"}},
		{"'Lieutenant' before a rank is part of the title, no institution",
			"The Border Guard of Ruritania said it had detained 40 fishermen. Its commander in Dhaka, Lieutenant Colonel Ivo Marin, said the boats had crossed the line. Lieutenant Colonel Ana Diaz agreed.",
			[]string{"Ivo Marin|commander|Border Guard of Ruritania"}, []string{"Ana Diaz|Lieutenant", "Ivo Marin|Lieutenant"}},
		{"a head of government in a domestic story leads the country as well as its government",
			"REYKJAVIK - Iceland's parliament passed the fishing bill on Friday. Prime Minister Anna Jonsdottir said the government would cut fuel taxes next.",
			[]string{"Anna Jonsdottir|prime minister|Iceland"}, nil},
		{"a head of government leads the government a story names; a deputy or a lord chancellor does not",
			"VALLETTA - Malta's parliament passed the port bill on Friday. Prime Minister Karl Vella said the government would cut fees. Deputy Prime Minister Rita Camilleri agreed.",
			[]string{"Karl Vella|lead|government", "Karl Vella|prime minister|Malta"}, []string{"Rita Camilleri|lead|government"}},
		{"a kingdom has no president: a president named in a story from one, or beside a flight to one, is another state's head",
			"LONDON - Britain's government said on Monday it would review its arms exports. Campaigners in London urged President Orvel Dantry to drop the tariffs. Secretary of State Kasimir Wendt, who flew to Canberra in place of President Orvel Dantry, signed a pact with Australia's defence minister.",
			nil, []string{"Orvel Dantry|United Kingdom", "Orvel Dantry|Australia"}},
		{"a state office holder who reports what a country did speaks for it, with an adverb before the verb of saying too",
			"India and Peru traded accusations on Monday. Foreign Minister Maren Tolvai then announced that Peru had expelled the head of India's intelligence agency.",
			[]string{"Maren Tolvai|minister|Peru"}, []string{"Maren Tolvai|India"}},
		{"a shareholder or investor 'in' a company holds a stake in it, in each of two coordinated companies too",
			"Two mining groups agreed to merge. Vesta Capital, a big shareholder in both Kestrel Mining and Brio Energy, backed the plan. Tom Lind, an investor in Halden Foods, objected.",
			[]string{"Vesta Capital|owner|Kestrel Mining", "Vesta Capital|owner|Brio Energy", "Tom Lind|owner|Halden Foods"}, nil},
		{"a role holds in every institution of a list that 'and' ends, with or without the serial comma; a comma alone joins no list",
			"Three firms were fined. Vesta Capital, the owner of Kestrel Mining, Brio Energy and Halden Foods, appealed. Anna Berg, a director of Kestrel Mining, Brio Energy, and Halden Foods, resigned. Tom Lind, chairman of Kestrel Mining, Brio Energy's parent, said nothing.",
			[]string{"Vesta Capital|owner|Kestrel Mining", "Vesta Capital|owner|Brio Energy", "Vesta Capital|owner|Halden Foods",
				"Anna Berg|director|Kestrel Mining", "Anna Berg|director|Brio Energy", "Anna Berg|director|Halden Foods"},
			[]string{"Tom Lind|chairman|Brio Energy", "Brio Energy|Kestrel Mining", "Halden Foods|Kestrel Mining"}},
		{"a participle of appointment in apposition states the office",
			"Kestrel Mining cut 300 jobs. Ana Ruiz, named chief executive of Kestrel Mining in March, defended the cuts. Jon Dahl, elected president of the Farmers Union in 2020, objected.",
			[]string{"Ana Ruiz|chief executive|Kestrel Mining", "Jon Dahl|president|Farmers Union"}, nil},
		{"a monarch's one name is the holder named in full, a crown prince holds a state's office; a speaker presides over the chamber the story names",
			"AMMAN - Jordan's National Assembly met on Sunday. King Faisal said the budget would pass. Speaker Omar Haddad opened the session, and the deputy speaker, Lina Saleh, chaired the vote. Crown Prince Ali bin Hamad of Bahrain sent his greetings.",
			[]string{"Faisal|monarch|Jordan", "Ali bin Hamad|monarch|Bahrain", "Omar Haddad|speaker|National Assembly", "Lina Saleh|speaker|National Assembly"}, nil},
		{"a speaker presides over the lower house where a story names it beside the whole legislature; a president's State House is no chamber",
			"WASHINGTON - Congress passed the aid bill on Saturday after the House of Representatives approved it. Speaker Tom Rand said the vote was historic. The State House in Lusaka welcomed it.",
			[]string{"Tom Rand|speaker|House of Representatives"}, []string{"Tom Rand|speaker|Congress", "Tom Rand|State House"}},
		{"a speaker in a story that names no chamber presides over no state",
			"AMMAN - Jordan raised fuel prices on Sunday. Speaker Omar Haddad said the rise was unfair.",
			nil, []string{"Omar Haddad|Jordan"}},
		{"a one-word honorific of the Gulf is no monarch's title",
			"DOHA - Qatar's prime minister, Sheikh Khalid al-Harbi, met Kuwait's foreign minister on Monday.",
			[]string{"Khalid al-Harbi|prime minister|Qatar"}, []string{"Khalid al-Harbi|monarch|Qatar"}},
		{"a time after the institution ends the role phrase",
			"Cyrus Kale was removed as chairman of Orvell Holdings this week. Ana Lind, who became chief executive of Brisco Steel last year, resigned.",
			[]string{"Cyrus Kale|chairman|Orvell Holdings", "Ana Lind|chief executive|Brisco Steel"}, nil},
		{"a scientist at a university holds a post there; a demonym before the word is a nationality",
			"Julia Mena, a political scientist at the University of Santo Domingo, said the vote was close. The Chilean scientist Pablo Rios agreed.",
			[]string{"Julia Mena|scientist|University of Santo Domingo"}, []string{"Pablo Rios|scientist|Chile"}},
		{"a kind of organisation opening the sentence before a title is the one of that kind named before",
			"The Democratic Party of Struggle nominated Ganjar Pranowo on Monday. Party chairwoman Megawati Sukarnoputri has not spoken. The Dockers Union called a strike. Union leader Jan Kowal said talks had failed.",
			[]string{"Megawati Sukarnoputri|chairwoman|Democratic Party of Struggle", "Jan Kowal|leader|Dockers Union"}, []string{"Megawati Sukarnoputri|Party", "Jan Kowal|Union"}},
		{"a judge's court may be named after the title in the judge's sentence; 'District Judge' is one title",
			"District Judge Vanessa Rowe said at London's Central Criminal Court that the extradition would be oppressive.",
			[]string{"Vanessa Rowe|judge|Central Criminal Court"}, []string{"Vanessa Rowe|District"}},
		{"a party named with a politician's possessive is the one the politician leads; 'his own party' is one the person belongs to",
			"ROME - Matteo Rossi's Northern League quit the coalition on Monday. President Lee Min-ho was impeached after members of Lee's own People Power Party voted against him.",
			[]string{"Matteo Rossi|leader|Northern League", "Lee Min-ho|member|People Power Party"}, []string{"Lee Min-ho|leader|People Power Party"}},
		{"a head of government in copy filed from the story's home country holds that country's office, not a host's or mediator's",
			"LONDON - Russia on Saturday ordered 23 British diplomats to leave, three days after Britain expelled 23 Russians over a poisoning in Salisbury. Russia's foreign ministry said the British ambassador had been summoned. Prime Minister Theresa Mayne announced the British expulsions on Wednesday.",
			[]string{"Theresa Mayne|prime minister|United Kingdom"}, []string{"Theresa Mayne|prime minister|Russia"}},
		{"a dateline of a mediator's capital gives no office",
			"BEIJING - Saudi Arabia and Iran agreed on Friday to restore ties in talks brokered by China. Israel criticised the deal. Prime Minister Benjamin Netanyahu said Israel would respond.",
			nil, []string{"Benjamin Netanyahu|prime minister|China"}},
		{"'of' after a head of government's name opens a charge, not the state",
			"BELMOPAN - Belize summoned Guatemala's ambassador on Friday. Belize said the patrol was legal. Opposition leader Clifton Hyde accused Prime Minister Roberto Castillo of being too timid.",
			[]string{"Roberto Castillo|prime minister|Belize"}, nil},
		{"a former head of government holds the state's office, not the government's lead",
			"KATHMANDU - Nepal's government faces a confidence vote. The opposition Unified Left Party said it would not support the government. Its leader, former prime minister Rameshwor Karki, called for early elections.",
			[]string{"Rameshwor Karki|prime minister|Nepal"}, []string{"Rameshwor Karki|lead|government"}},
		{"a company title in apposition after a name with no institution is the focus company's",
			"Kestrel Mining cut 300 jobs on Monday. Kestrel Mining said the cuts were needed. Sofia Marklund, the chief financial officer, resigned on Tuesday.",
			[]string{"Sofia Marklund|official|Kestrel Mining"}, nil},
		{"returning as an officer of an institution holds the office",
			"Orvell Freight fired Sam Alton on Friday. Alton returned as chief executive of Orvell Freight on Wednesday.",
			[]string{"Sam Alton|chief executive|Orvell Freight"}, nil},
		{"an apposition after 'but' starts after it",
			"Governor Rita Owino denied any wrongdoing. She did not attend the session, but her lawyer, Ann Mwangi, said the vote was illegal.",
			[]string{"Ann Mwangi|lawyer|Rita Owino"}, nil},
		{"a company's parent in apposition owns it",
			"Kestrel Motors was fined on Monday. Kestrel's parent, Halden Holdings, said it would appeal.",
			[]string{"Halden Holdings|parent|Kestrel Motors"}, nil},
		{"a state in apposition with a member's phrase is a member of the bloc",
			"Latvia, a member of the Council of the Baltic Sea States, declined the invitation.",
			[]string{"Latvia|member|Council of the Baltic Sea States"}, nil},
		{"a lawmaker from a party is its member; a senator from a state holds no institution",
			"Omar Qureshi, a lawmaker from the opposition Sindh Progressive League, tabled the motion. Tom Rye, a senator from Ohio, agreed.",
			[]string{"Omar Qureshi|member|Sindh Progressive League"}, []string{"Tom Rye|Ohio"}},
		{"a lower-case company title after a quotation that names a union is the company's, not the union's",
			`Kestrel Foods dismissed 300 packers on Monday, and the Packers Union called a strike. "Our door is open to the union," managing director Anna Berg told reporters.`,
			[]string{"Anna Berg|chief executive|Kestrel Foods"}, []string{"Anna Berg|Packers Union"}},
		{"a named body followed by lower-case words for its kind is that body",
			"Kenya, the oldest member of the Ruvuma trade bloc, objected. Anna Berg, a commander of the Vargas mercenary group, spoke.",
			[]string{"Kenya|member|Ruvuma", "Anna Berg|commander|Vargas"}, nil},
		{"a person of a party named with its stance before it or a party noun after it is a member; of another modified body is not",
			"Senator Rosa Ibarra of the opposition Frente Civico party criticised the deal. Deputy Tomas Lind of the Democratic Renewal Front agreed. Elena Voss of the ruling Civic Alliance abstained. Karl Brandt of the state Rail Authority declined to comment.",
			[]string{"Rosa Ibarra|member|Frente Civico", "Tomas Lind|member|Democratic Renewal Front", "Elena Voss|member|Civic Alliance"},
			[]string{"Karl Brandt|Rail Authority"}},
		{"demonym before a two-word title",
			"Danish Defence Minister Karin Holmgaard-Lund opened the conference in Aarhus.",
			[]string{"Karin Holmgaard-Lund|minister|Denmark"}, nil},
		{"country code before a multi-word title",
			"US Secretary of State Marcus Ellery arrived in Lima on Monday.",
			[]string{"Marcus Ellery|secretary|United States"}, nil},
		{"party before a role",
			"Green Party leader Tomas Varga called for a recount.",
			[]string{"Tomas Varga|leader|Green Party"}, nil},
		{"possessive role then name",
			"Corvane's chief executive, Lidia Marsh, rejected the offer on Friday.",
			[]string{"Lidia Marsh|chief executive|Corvane"}, nil},
		{"role for an organisation then name",
			"A spokeswoman for the Northbridge Transport Union, Alice Penrose, said the strike would go ahead.",
			[]string{"Alice Penrose|spokesman|Northbridge Transport Union"}, nil},
		{"apposition with possessive country",
			"Viktor Salenko, Belarus's deputy foreign minister, met the delegation.",
			[]string{"Viktor Salenko|minister|Belarus"}, nil},
		{"a person's own aide named after the object's possessive pronoun",
			"Governor Elena Matos sacked her spokesman, Ruben Ortiz, on Friday. Senator Amal Haddad hired his lawyer, Joan Pike.",
			[]string{"Ruben Ortiz|spokesman|Elena Matos", "Joan Pike|lawyer|Amal Haddad"}, nil},
		{"a possessive pronoun with two people before it names nobody's aide",
			"Elena Matos told Amal Haddad that her spokesman, Ruben Ortiz, would resign.",
			nil, []string{"Ruben Ortiz|Elena Matos", "Ruben Ortiz|Amal Haddad"}},
		{"its after an unnamed body that opened the sentence before, past an adverb, is that body",
			"Vexa Holdings bid for Dunmore Foods. Dunmore's workers' union also came out against the offer. Its president, Rosa Kell, said jobs were at risk.",
			[]string{"Rosa Kell|president|Dunmore's workers' union"}, []string{"Rosa Kell|Vexa Holdings", "Rosa Kell|Dunmore Foods"}},
		{"a lead's unnamed office holder named as the next sentence's subject holds the office",
			"AMMAN, May 3 - Jordan's foreign minister said on Sunday there was nothing to negotiate.\n\nAyman Haddad told reporters in Amman that Syria had broken the truce.",
			[]string{"Ayman Haddad|minister|Jordan"}, nil},
		{"the head of a company's works council heads the council; a premier of a state named with a place adjective",
			"Volkswagen said its chief executive would resign. Bernd Kessler, head of the carmaker's works council, backed the move. Stefan Wolf, premier of Lower Saxony, called for calm.",
			[]string{"Stefan Wolf|premier|Lower Saxony"}, []string{"Bernd Kessler|Volkswagen"}},
		{"a speaker of an unnamed parliament, a House speaker and an army commander",
			"HARARE - Jacob Moyo, the speaker of parliament, halted the sitting. The army commander, General Tino Dube, spoke. House Speaker Tom Reed vowed to fight. Zimbabwe's army chief, General Ray Ncube, said nothing.",
			[]string{"Jacob Moyo|speaker|parliament", "Tino Dube|commander|army", "Tom Reed|speaker|House", "Ray Ncube|head|Zimbabwe"}, nil},
		{"a demonym, a portfolio, a title and a name ending in a particle name",
			"RIYADH - Saudi Energy Minister Khalid al-Rashed said output would rise. Crown Prince Faisal bin Turki met him.",
			[]string{"Khalid al-Rashed|minister|Saudi Arabia"}, []string{"Faisal bin Turki|Crown"}},
		{"a possessive role apposition right after a dateline with an abbreviated month",
			"LISBON, Feb 9 - Portugal's infrastructure minister, Rui Lemos, resigned on Friday.",
			[]string{"Rui Lemos|minister|Portugal"}, []string{"Rui Lemos|Feb"}},
		{"a role held until now, stated by the verb that ends or holds it",
			"Hanna Kask resigned as Estonia's prime minister on Monday. Tomas Reyes, who served three terms as mayor of Dalisay City, was arrested. Ines Amaro has served as chairman of Banco Litoral since 2019.",
			[]string{"Hanna Kask|prime minister|Estonia", "Tomas Reyes|mayor|Dalisay City", "Ines Amaro|chairman|Banco Litoral"}, nil},
		{"a role refused or only planned is no role",
			"Hanna Kask refused to step down as Estonia's prime minister. Tomas Reyes will serve as mayor of Dalisay City.",
			nil, []string{"Hanna Kask|Estonia", "Tomas Reyes|Dalisay City"}},
		{"apposition with of-phrase",
			"Helen Odum, the chairman of Arvell Holdings, resigned in March.",
			[]string{"Helen Odum|chairman|Arvell Holdings"}, nil},
		{"apposition with for-phrase",
			"Peter Quill, legal counsel for Brightwave Media, declined to comment.",
			[]string{"Peter Quill|lawyer|Brightwave Media"}, nil},
		{"pronoun possessor",
			"Tessaline Bank reported record profits. Its chairman, Oren Blake, praised the staff.",
			[]string{"Oren Blake|chairman|Tessaline Bank"}, nil},
		{"relative clause copula",
			"The board backed Nadia Farouk, who is also the chairman of Qasr Energy.",
			[]string{"Nadia Farouk|chairman|Qasr Energy"}, nil},
		{"relative clause with lead",
			"Ibrahim Sesay, who leads the Freetown Traders Association, welcomed the decision.",
			[]string{"Ibrahim Sesay|leader|Freetown Traders Association"}, nil},
		{"man behind",
			"Jonah Weller, the man behind Quickcart and dozens of copycat sites, sold his stake last year.",
			[]string{"Jonah Weller|run|Quickcart"}, nil},
		{"kin role needs a person at the other end",
			"Rahul Mehta - the elder brother of Tarvex Group chairman Vikram Mehta - left the board.",
			[]string{"Rahul Mehta|brother|Vikram Mehta"}, []string{"Rahul Mehta|Tarvex Group"}},
		{"kin role through a pronoun is not stated",
			"The deal was signed by their father, Arjun Kapoor, in 1990.",
			nil, []string{"Arjun Kapoor|"}},
		{"name before a longer common-noun head",
			"Sara Lind, who is a member of the Senate energy and water committee, voted no.",
			[]string{"Sara Lind|member|Senate energy and water committee"}, []string{"Sara Lind|Senate"}},
		{"definite organisation noun",
			"The Harland Dock Workers Union called a strike. A spokesman for the union, Gary Pell, said talks had failed.",
			[]string{"Gary Pell|spokesman|Harland Dock Workers Union"}, nil},
		{"possessor leads the government",
			"Opposition leader Sam Pike criticised Alan Crewe's government on Monday.",
			[]string{"Alan Crewe|leader|government"}, nil},
		{"unnamed spokesman",
			"Tessaline Bank reported a loss. A spokeswoman for Tessaline Bank declined to comment.",
			[]string{"Tessaline Bank's spokeswoman|spokesman|Tessaline Bank"}, nil},
		{"role verb does not take a place",
			"Marta Kovacs chaired the talks in Vienna.",
			nil, []string{"Marta Kovacs|"}},
		{"government office with the government named",
			"The government defended the budget. Former finance minister Paul Ovens said it was sound.",
			[]string{"Paul Ovens|minister|government"}, nil},
		{"office before a peer's name",
			"The government defended the ruling. It was drafted by the then Lord Chancellor, Lord Pelham of Rye, in 1999.",
			[]string{"Pelham|chancellor|government"}, nil},
		{"bare company title takes the organisation before it",
			"Nordlys Energy denied the report but chief executive Mette Aas said talks continued.",
			[]string{"Mette Aas|chief executive|Nordlys Energy"}, nil},
		{"bare company title with a person between",
			"Lena Ortiz met chairman Hugo Brandt on Monday.",
			nil, []string{"Hugo Brandt|"}},
		{"organisation name before a hyphenated role",
			"Labour leader Jane Holt and Green Party co-leader Sam Burr signed the pledge.",
			[]string{"Jane Holt|leader|Labour", "Sam Burr|leader|Green Party"}, nil},
		{"two demonym titles in one sentence",
			"Brazilian Finance Minister Paulo Reis met Japanese Trade Minister Ken Sato.",
			[]string{"Paulo Reis|minister|Brazil", "Ken Sato|minister|Japan"}, nil},
		{"copula role",
			"Nadia Farouk is the chairman of Qasr Energy.",
			[]string{"Nadia Farouk|chairman|Qasr Energy"}, nil},
		{"negated copula states no role",
			"Nadia Farouk is no longer the chairman of Qasr Energy.",
			nil, []string{"Nadia Farouk|Qasr Energy"}},
		{"negated relative clause states no role",
			"Nadia Farouk, who was never the chairman of Qasr Energy, spoke first.",
			nil, []string{"Nadia Farouk|Qasr Energy"}},
		{"wished-for role is not stated",
			"Nadia Farouk wants to be the chairman of Qasr Energy.",
			nil, []string{"Nadia Farouk|Qasr Energy"}},
		{"lower-case organisation compound",
			"Former health service director Mary Oaks retired in May.",
			[]string{"Mary Oaks|director|health service"}, nil},
		{"age between name and apposition",
			"Dana Cole, 54, chief executive of Pellworth Group, resigned.",
			[]string{"Dana Cole|chief executive|Pellworth Group"}, nil},
		{"indefinite title before a name is no role",
			"The government fell. Many doubt how good a prime minister Rosa Tell would be.",
			nil, []string{"Rosa Tell|"}},
		{"organisation appoints a person to a role",
			"The board of Nordlys Energy appointed Dana Cole chairman.",
			[]string{"Dana Cole|chairman|Nordlys Energy"}, nil},
		{"passive appointment with of-phrase",
			"Ana Ruiz was appointed chairman of Pellworth Group in 2019.",
			[]string{"Ana Ruiz|chairman|Pellworth Group"}, nil},
		{"commander who leads a group's delegation",
			"The Free Valley Front sent a team to Nairobi. Talks began after Omar Dalil, a veteran commander who leads the front's delegation, arrived.",
			[]string{"Omar Dalil|commander|Free Valley Front"}, nil},
		{"envoy for a country is sent by the one before the role",
			"Mark Pell, the US special envoy for Ukraine, arrived in Kyiv.",
			[]string{"Mark Pell|envoy|United States"}, []string{"Mark Pell|Ukraine"}},
		{"a name ending in a demonym is not the country",
			"Paris Welsh coach Owen Tudor praised the forwards.",
			nil, []string{"Owen Tudor|Wales"}},
		{"possessive clitic is not a copula",
			"Sam Reid's Tessaline Bank deputy resigned on Friday.",
			nil, []string{"Sam Reid|Tessaline Bank"}},
		{"general secretary is not a government office",
			"The government said no. General secretary Bea Lund said it was wrong.",
			nil, []string{"Bea Lund|government"}},
		{"name of an organisation",
			"Mary Oaks of the Fiscal Studies Institute said taxes would rise.",
			[]string{"Mary Oaks|work for|Fiscal Studies Institute"}, nil},
		{"peer's territorial title is no affiliation",
			"The plan was drafted by Lord Pelham of Rye Council, officials said.",
			nil, []string{"Pelham|Rye Council"}},
		{"copula with the verb left out in its second half",
			"Tessaline Bank reported a loss. Nadia Farouk is the bank's chairman and Omar Haddad its deputy.",
			[]string{"Nadia Farouk|chairman|Tessaline Bank", "Omar Haddad|deputy|Tessaline Bank"}, nil},
		{"no role for a list",
			"Anna Berg, Tom Hale and Chris Moll signed the letter.",
			nil, []string{"Anna Berg|Tom Hale"}},
		{"no role without an institution",
			"Former finance minister Paul Ovens said the plan was sound.",
			nil, []string{"Paul Ovens|"}},
		{"state office takes the previous sentence's subject country",
			"Estonia will raise defence spending next year. Prime Minister Hana Dvorak said the increase was needed.",
			[]string{"Hana Dvorak|prime minister|Estonia"}, nil},
		{"state office takes the country of an opening phrase",
			"In Vienna, Foreign Minister Aldo Ferri said talks would resume on Monday.",
			[]string{"Aldo Ferri|minister|Austria"}, nil},
		{"state office takes the country of a subject's possessor",
			"Austria's government has rejected the plan. Deputy Foreign Minister Ivan Sorokin said it was unfair.",
			[]string{"Ivan Sorokin|minister|Austria"}, nil},
		{"state office takes the only country named",
			"Attorney General Ruth Amsel said Peru would appeal the ruling.",
			[]string{"Ruth Amsel|attorney general|Peru"}, nil},
		{"a title before a surname re-mentions a known person",
			"Peru will appeal the ruling. President Costa said it was unfair.",
			nil, []string{"Costa|"}},
		{"no state office with two countries and no subject",
			"Talks between Peru and Chile resumed. They lasted an hour. Later, President Mirela Costa said they had failed.",
			nil, []string{"Mirela Costa|"}},
		{"demonym and counterpart in an apposition before the name",
			"Norway's foreign minister met his Polish counterpart, Marek Nowak, in Oslo.",
			[]string{"Marek Nowak|counterpart|Poland"}, nil},
		{"whose takes the noun phrase before it",
			"The protest was called by the Harbour Workers Union, whose leader, Ana Silva, said pay had fallen.",
			[]string{"Ana Silva|leader|Harbour Workers Union"}, nil},
		{"a title after a comma that a name follows is that name's, not an apposition of the name before",
			"The pact was signed by Peruvian President Ana Ruiz, Chilean Prime Minister Tomas Vell and others. President Ana Ruiz spoke.",
			[]string{"Tomas Vell|prime minister|Chile", "Ana Ruiz|president|Peru"}, []string{"Ana Ruiz|prime minister|Chile", "Ana Ruiz|president|Chile"}},
		{"a deputy head of government is a member of the government the story names, not the state's head",
			"Peru's government faces a confidence vote. The government said it would win. Deputy Prime Minister Ana Ruiz resigned.",
			[]string{"Ana Ruiz|prime minister|government"}, []string{"Ana Ruiz|prime minister|Peru", "Ana Ruiz|lead|government"}},
		{"a state in apposition can be a creditor or a shareholder",
			"Japan, Peru's biggest bilateral creditor, objected. Norway, Brandex's largest shareholder, abstained.",
			[]string{"Japan|creditor|Peru", "Norway|owner|Brandex"}, nil},
		{"an apposition opening with a possessive or superlative description and 'and' still states the role after it",
			"Pellam Capital, the world's largest pension fund and a Kovrin Bank shareholder, voted against. Ilse Tarnow, the country's best-known poet and a member of the Halmar Party, spoke.",
			[]string{"Pellam Capital|owner|Kovrin Bank", "Ilse Tarnow|member|Halmar Party"}, nil},
		{"a copula whose subject is the role names its holder after the verb, a person or an organisation, but not a possessor's relative",
			"Kovrin Bank's chief executive is Ilse Tarnow. The largest shareholder of Halmar Foods is Pellam Capital. The chairman of Kovrin Bank is Tomas Orsk's brother.",
			[]string{"Ilse Tarnow|chief executive|Kovrin Bank", "Pellam Capital|owner|Halmar Foods"}, []string{"Tomas Orsk|Kovrin Bank"}},
		{"an organisation after 'whose' and a stake or parent role holds it in the antecedent; no office",
			"Kovrin Bank, whose largest shareholder is Pellam Capital, declined to comment. Halmar Foods, whose parent, Orsk Holdings, is listed abroad, agreed. Brisa Foods, whose chairman is Pellam Capital, objected.",
			[]string{"Pellam Capital|owner|Kovrin Bank", "Orsk Holdings|parent|Halmar Foods"}, []string{"Pellam Capital|chairman|Brisa Foods"}},
		{"a state named by its demonym and 'state' or 'government' holds shares too, in apposition or by copula",
			"The French state, Kovrin's biggest shareholder with a 15 percent stake, objected. The Norwegian government is Halmar's largest shareholder. The French government, Halmar's closest ally, agreed.",
			[]string{"France|owner|Kovrin", "Norway|owner|Halmar"}, []string{"France|Halmar"}},
		{"a bare head-of-government title of a visitor in a story about two states is the other state's",
			"Chile and Peru sign fishing pact in Lima\n\nLIMA - The leaders of Chile and Peru signed a fishing pact on Friday. Bolivia objected.\n\nPrime Minister Lea Holm flew to Lima for the ceremony and was greeted by President Tomas Vell.",
			[]string{"Lea Holm|prime minister|Chile"}, []string{"Lea Holm|prime minister|Peru", "Lea Holm|prime minister|Bolivia"}},
		{"whose after an unnamed apposition takes the name before it",
			"The plan was opposed by Kestrel, the dockers' union, whose general secretary, Ana Silva, called a strike.",
			[]string{"Ana Silva|general secretary|Kestrel"}, nil},
		{"whose with a multi-word role",
			"The report was backed by the Nordic Assembly, whose deputy secretary general, Jon Moe, praised it.",
			[]string{"Jon Moe|secretary general|Nordic Assembly"}, nil},
		{"role phrase a tagger reads as a verb",
			"Fenwick Rovers lost again. Fenwick's sporting director, Kate Lyle, said the club would sign two players.",
			[]string{"Kate Lyle|director|Fenwick Rovers"}, nil},
		{"possessive pronoun opening a sentence names a person",
			"Tomas Hale wants to leave Fenwick. His agent, Jorge Ruiz, said talks had begun.",
			[]string{"Jorge Ruiz|agent|Tomas Hale"}, nil},
		{"demonym before a player gives nationality",
			"Fenwick Rovers beat Calder Athletic 2-0. Their Brazilian striker Caio Lima scored twice.",
			[]string{"Caio Lima|striker|Fenwick Rovers"}, []string{"Caio Lima|Brazil"}},
		{"a country's ministry is the country",
			"Ben Ortiz, a spokesman for the Chilean foreign ministry, said the talks had failed.",
			[]string{"Ben Ortiz|spokesman|Chile"}, nil},
		{"a modifier before a title is no institution",
			"Independent senator Rob Hale voted against the bill. Special Envoy Lena Marsh arrived in Cairo.",
			nil, []string{"Rob Hale|Independent", "Lena Marsh|Special"}},
		{"family role towards the two people their refers to",
			"Asha Shah chairs Kestrel Foods and Dev Shah is her deputy. It was founded by their father, Ravi Shah, in 1971.",
			[]string{"Ravi Shah|father|Asha Shah", "Ravi Shah|father|Dev Shah"}, nil},
		{"family role through their with three people named is not stated",
			"Asha Shah, Dev Shah and Nita Rao run Kestrel Foods. Their father, Ravi Shah, retired.",
			nil, []string{"Ravi Shah|"}},
		{"judge without a court takes the court named before",
			"The Supreme Court struck down the law on Friday. Judge Carla Mendes, writing for the panel, said the law was void.",
			[]string{"Carla Mendes|judge|Supreme Court"}, nil},
		{"sitting on a body's committee is membership of the body",
			"Independent senator Rob Hale, who sits on the Senate's finance committee, voted against the bill.",
			[]string{"Rob Hale|senator|Senate"}, []string{"Rob Hale|Independent"}},
		{"an unnamed body as a phrase",
			"Ruritania's army has seized the capital. The army's commander, General Ana Ruiz, said the troops would stay.",
			[]string{"Ana Ruiz|commander|The army"}, nil},
		{"an organisation in apposition to a body of a country",
			"Russia's military intelligence agency, the GRU, was blamed for the attack. The attack was blamed on the SVR, Russia's foreign intelligence service.",
			[]string{"GRU|agency|Russia", "SVR|service|Russia"}, nil},
		{"a group of a nation acting",
			"Norway expelled three Russian diplomats on Monday.",
			[]string{"three Russian diplomats|diplomat|Russia"}, nil},
		{"a group that does not act states no role",
			"The talks were held in Oslo, where many Russian diplomats live.",
			nil, []string{"many Russian diplomats|"}},
		{"officials of a nation speak for it and hold no group role",
			"Norwegian officials criticised the decision on Monday.",
			nil, []string{"Norwegian officials|"}},
		{"state office takes the subject country of its own sentence",
			"Thailand may lose earnings from tourism, according to tourism minister Sontaya Kittipong.",
			[]string{"Sontaya Kittipong|minister|Thailand"}, nil},
		{"state office takes the country after the name",
			"Norway and Peru signed the pact. Ambassador Stefan Olafsson of Iceland praised it.",
			[]string{"Stefan Olafsson|ambassador|Iceland"}, []string{"Stefan Olafsson|Norway"}},
		{"a company's president is no state office",
			"Peru will grow by 3%, said Ken Moreno, president of ClearView Analytics. Rita Salas, senior vice president of Andes Mining, agreed.",
			nil, []string{"Ken Moreno|Peru", "Rita Salas|Peru"}},
		{"a shadow office is no state office",
			"The government raised taxes. Shadow chancellor Oliver Brandt said it was wrong.",
			nil, []string{"Oliver Brandt|government"}},
		{"a title takes the office named for it",
			"The National Ombudsman Office criticised the police. Ombudsman Rita Vale said the force had failed.",
			[]string{"Rita Vale|ombudsman|National Ombudsman Office"}, nil},
		{"names with letters beyond Latin-1",
			"Slovak President Zuzana Čaputová vetoed the bill. Łukasz Nowak, Poland's deputy foreign minister, agreed.",
			[]string{"Zuzana Čaputová|president|Slovakia", "Łukasz Nowak|minister|Poland"}, nil},
		{"coordinated roles share the institution one of them names",
			"Alain Levy, chairman and chief executive of Orvell Music, described the results as poor. Orvell Music's chairman and chief executive, Tom Hale, agreed.",
			[]string{"Alain Levy|chief executive|Orvell Music", "Tom Hale|chairman|Orvell Music"}, nil},
		{"a name before an institutional role is an organisation",
			"\"Sales were weak,\" said Brackley Orme analyst John Brady.",
			[]string{"John Brady|analyst|Brackley Orme"}, nil},
		{"a possessor inside the institution phrase is not the institution",
			"Philip Sands, a member of Carla Reyes's Matrix Chambers, spoke.",
			nil, []string{"Philip Sands|Carla Reyes"}},
		{"a lawyer's institution is the client, not the court addressed",
			"Acme Corp appealed. Ann Moss, the company's lawyer, told the High Court the fine was unfair.",
			[]string{"Ann Moss|lawyer|Acme Corp"}, []string{"Ann Moss|High Court"}},
		{"possessive pronoun opening a coordinated clause names a person",
			"Tomas Hale wants to leave Fenwick Rovers, and his agent, Jorge Ruiz, said talks had begun.",
			[]string{"Jorge Ruiz|agent|Tomas Hale"}, nil},
		{"possessive pronoun inside a clause is too uncertain",
			"Tomas Hale met Carl Witt after his agent, Jorge Ruiz, called.",
			nil, []string{"Jorge Ruiz|"}},
		{"the country's role takes the country named last",
			"Talks with Peru failed. Estonia will raise defence spending, the country's prime minister, Hana Dvorak, said.",
			[]string{"Hana Dvorak|prime minister|Estonia"}, []string{"Hana Dvorak|Peru"}},
		{"coordinated roles take the one that names its institution",
			"Dana Cole, a barrister and chairman of the Hill Walkers League, said it was wrong.",
			[]string{"Dana Cole|chairman|Hill Walkers League"}, []string{"Dana Cole|lawyer|Hill Walkers League"}},
		{"possessive apostrophe without s",
			"Since Velkos' founder, Ivan Petrov, was arrested, shares have fallen.",
			[]string{"Ivan Petrov|founder|Velkos"}, nil},
		{"organisation name before a multi-word role in an apposition",
			"\"We resist it,\" said Mark Dole, BCC director general.",
			[]string{"Mark Dole|director|BCC"}, []string{"Mark Dole|general|BCC"}},
		{"a title before another name after a comma is a list",
			"Attending are Secretary of State Lena Ruiz, UN Secretary General Omar Vance and others.",
			nil, []string{"Lena Ruiz|UN"}},
		{"a field between a role and its institution",
			"\"It is weak,\" said Tim Marsh, director of foreign exchange at Ardent Capital Partners.",
			[]string{"Tim Marsh|director|Ardent Capital Partners"}, nil},
		{"economist at an institution",
			"Philip Shaw, chief economist at Investec Securities, said rates would stay.",
			[]string{"Philip Shaw|economist|Investec Securities"}, nil},
		{"a country before an economist is the field, not the employer",
			"Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised.",
			[]string{"Ross Walker|economist|Royal Bank of Scotland"}, []string{"Ross Walker|United Kingdom"}},
		{"a place-based adjective is no institution",
			"Werner Seifert, chief executive of the Frankfurt-based exchange, may come back.",
			nil, []string{"Werner Seifert|Frankfurt-based"}},
		{"a capital before a role after 'a' is where the holder works, no state's office; a demonym still gives one",
			"The villagers were represented by Chanda Phiri, a Lusaka lawyer. Omar Said, a Cairo judge, ruled on Monday. Ana Ruiz, a Kenyan diplomat, spoke.",
			[]string{"Ana Ruiz|diplomat|Kenya"}, []string{"Chanda Phiri|Zambia", "Omar Said|Egypt"}},
		{"a place before '-based' in an apposition is where the job is, and a kind of body before an indefinite role is some other body of that kind",
			"Acme Bank shares fell 5% after Acme Bank cut its forecast. \"It came at the worst time,\" said Hans Goetti, a Singapore-based fund manager. Ana Ruiz, a Kenyan-born bank analyst, agreed.",
			nil, []string{"Hans Goetti|Singapore", "Hans Goetti|Acme Bank", "Ana Ruiz|Kenya", "Ana Ruiz|Acme Bank"}},
		{"a club's title is no state office",
			"Spain beat France on Sunday. The result pleased club president Juan Bautista Ortiz.",
			nil, []string{"Juan Bautista Ortiz|Spain"}},
		{"whose after a description takes the organisation it refers to",
			"The Harbour Workers Union called a strike. Police met the union, whose leader, Ana Silva, said pay had fallen.",
			[]string{"Ana Silva|leader|Harbour Workers Union"}, nil},
		{"an unnamed ministry is the country named last",
			"Chile recalled its ambassador on Monday. A spokesman for the foreign ministry, Ben Ortiz, said talks had failed.",
			[]string{"Ben Ortiz|spokesman|Chile"}, nil},
		{"a named ministry is itself the institution",
			"The Ministry of Defence denied the report. Chile recalled its ambassador. Ben Ortiz, a spokesman for the ministry, said it was false.",
			[]string{"Ben Ortiz|spokesman|Ministry of Defence"}, []string{"Ben Ortiz|Chile"}},
		{"a country's name before a coach is its team",
			"Spain coach Luis Arenas is furious. Chancellor Ute Brandt, the coalition's candidate, spoke.",
			[]string{"Luis Arenas|coach|Spain"}, nil},
		{"a relative clause after a description of a named person",
			"Finance Minister Hana Dvorak of Estonia presented the budget. The minister, who also leads the Green Party, said taxes would fall.",
			[]string{"Hana Dvorak|leader|Green Party"}, nil},
		{"an adverb after who, but not a negation",
			"Ibrahim Sesay, who also leads the Freetown Traders Association, welcomed it. Omar Bah, who never led the Kono Farmers Union, left.",
			[]string{"Ibrahim Sesay|leader|Freetown Traders Association"}, []string{"Omar Bah|"}},
		{"demonym of a smaller country",
			"Lithuanian President Rasa Jonaite opened the session.",
			[]string{"Rasa Jonaite|president|Lithuania"}, nil},
		{"adjective that differs from the people's demonym",
			"Philippine President Rosa Cruz met Japanese Prime Minister Kenji Sato in Manila.",
			[]string{"Rosa Cruz|president|Philippines", "Kenji Sato|prime minister|Japan"}, nil},
		{"a title before a name is held in the organisation named after it with 'of'; a party's member holds no party office by a seat's title",
			"Opposition leader Marta Lindqvist of the Green Renewal Party criticised the budget. The bid was rejected by chairman Tomas Weil of Ostra Holdings. Senator Paul Hardy of the Liberal Party voted against it.",
			[]string{"Marta Lindqvist|leader|Green Renewal Party", "Tomas Weil|chairman|Ostra Holdings"}, []string{"Paul Hardy|senator|Liberal Party"}},
		{"a consul or an attache serves the state named before the title",
			"The Spanish consul, Alvaro Marin, left on Monday. Chile expelled Peru's defence attache, Colonel Luis Prado, on Tuesday.",
			[]string{"Alvaro Marin|consul|Spain", "Luis Prado|attache|Peru"}, nil},
		{"a coach may coach a person: an athlete's coach",
			"Abebe Tola, a marathon runner, was banned for four years. Tola's coach, Daniel Kebede, appealed against the ban.",
			[]string{"Daniel Kebede|coach|Abebe Tola"}, nil},
		{"'the province's governor' governs the place named last with that noun",
			"Two miners own salt flats in Salta province. The province's governor, Pablo Ruiz, opposed the deal. Floods hit the state of Oaxaca on Monday. The state's governor, Ana Mora, asked for help.",
			[]string{"Pablo Ruiz|governor|Salta", "Ana Mora|governor|Oaxaca"}, nil},
		{"a role 'of' a body the story describes but does not name holds in that body, as a phrase",
			"Martin Cole, the chair of the independent panel that reviewed the merger, said it was unlawful. The head of the regional water board, Ana Lenz, agreed.",
			[]string{"Martin Cole|chairman|independent panel", "Ana Lenz|head|regional water board"}, nil},
		{"a described body may hold a common noun's possessive; a cooperative is a body",
			"The head of the local farmers' cooperative, Juan Mejia, said the boats were seized.",
			[]string{"Juan Mejia|head|local farmers' cooperative"}, nil},
		{"'The state of X' acting as a subject is the state whose minister 'Its minister' names, past a company named in between",
			"Valdor Chemie plans to cut 900 jobs. The state of Lower Saxony, where Valdor employs 5,000 people, also objected. Its economy minister, Jonas Brandt, warned that the deal could be blocked.",
			[]string{"Jonas Brandt|minister|Lower Saxony"}, []string{"Jonas Brandt|Valdor Chemie"}},
		{"a person removed 'as' a role held it in the organisation that removed them",
			"Halden Motors dismissed Tomas Weil as chairman on Monday. The Green Renewal Party removed Ana Lenz as its leader on Sunday.",
			[]string{"Tomas Weil|chairman|Halden Motors", "Ana Lenz|leader|Green Renewal Party"}, nil},
		{"a bare company title after a copula or 'as' is held in the company in focus",
			"Nordbank rejected the bid on Monday. Nordbank said the offer was too low. Ana Lenz, who became chief executive in March, called it opportunistic.",
			[]string{"Ana Lenz|chief executive|Nordbank"}, nil},
		{"'Secretary of State X' is the American title, whatever state the sentence visits",
			"SEOUL - The United States and South Korea agreed a trade deal on Monday. Secretary of State Ann Parker, who held talks with Kim in Pyongyang last week, will lead the negotiations with North Korean officials.",
			[]string{"Ann Parker|secretary|United States"}, []string{"Ann Parker|secretary|North Korea"}},
		{"a portfolio word before a title is part of the title, not an institution",
			"BRUSSELS - The European Commission said talks would start. Enlargement Commissioner Anna Virtanen welcomed the deal. Former Public Works Minister Gustavo Lara was convicted.",
			[]string{"Anna Virtanen|commissioner|European Commission"}, []string{"Anna Virtanen|commissioner|Enlargement", "Gustavo Lara|minister|Former Public"}},
		{"a judge named again keeps the court given before, not a court named since",
			"SUVA - Fiji's High Court fined a mining company on Monday. Justice Ana Tora ruled that the firm had polluted two rivers. The company said it would appeal to the Supreme Court. Justice Tora said the fine must be paid within a month.",
			[]string{"Ana Tora|judge|High Court"}, []string{"Ana Tora|judge|Supreme Court"}},
		{"a plural title right before two names is each one's; a plural state office is of states the title does not tell",
			"ATHENS - The Supreme Electoral Court barred him on Friday. Justices Paulo Reis and Ana Souza dissented. Greece and North Macedonia signed the deal. Prime Ministers Nikos Pappas and Zoran Ilievski shook hands.",
			[]string{"Paulo Reis|judge|Supreme Electoral Court", "Ana Souza|judge|Supreme Electoral Court"}, []string{"Zoran Ilievski|Greece", "Zoran Ilievski|government"}},
		{"'whose' role may reach its holder through a copula or past a descriptor before the name",
			"A spokesman for Halden Motors, whose chief executive is Ana Lenz, declined to comment. The contract went to Kavango Freight, whose director, businessman Jonas Amutenya, is her brother.",
			[]string{"Ana Lenz|chief executive|Halden Motors", "Jonas Amutenya|director|Kavango Freight"}, nil},
		{"an organisation word modifying the head of an apposition ('a board member') does not make the name an organisation",
			"Halden Motors rejected the bid. Halden Motors said the offer was too low. John Baker, a board member, resigned in protest.",
			[]string{"John Baker|member|Halden Motors"}, nil},
		{"an ambassador the story leaves unnamed is an actor named after the state; a capitalised title stands before a name",
			"Guatemala's ambassador was summoned on Tuesday. U.S. Ambassador to the United Nations Ann Reid said the vote was a disgrace.",
			[]string{"Guatemala's ambassador|ambassador|Guatemala"}, []string{"United Nations Ann Reid's ambassador|"}},
		{"a title before a name and a place's body after it: the holder sits on the body, as a phrase",
			"Judge Ruth Okello of the Kisumu district court sentenced the men.",
			[]string{"Ruth Okello|judge|Kisumu district court"}, nil},
		{"'The chief justice, X,' heads the court the story named",
			"APIA - Samoa's Supreme Court ruled on Monday. The chief justice, Tui Faleolo, read the ruling.",
			[]string{"Tui Faleolo|chief justice|Supreme Court"}, nil},
		{"a speaker presides over the parliament the story named by its common noun, not the state",
			"APIA - Samoa's parliament was locked on Monday. The speaker, Tui Faleolo, had ordered the chamber closed.",
			[]string{"Tui Faleolo|speaker|parliament"}, []string{"Tui Faleolo|Samoa"}},
		{"a head of state named without a state holds the office of the state the story is about",
			"ROME - Italy's parliament met on Monday. The head of state, Sergio Valli, dissolved it.",
			[]string{"Sergio Valli|head of state|Italy"}, nil},
		{"a governor named without a place, after a central bank the story names, is the bank's; not after any other organisation",
			"NAIROBI - The Reserve Bank of Kenya raised rates on Monday. Deputy governor Amos Kibet said inflation was too high. The World Bank approved a loan. Governor Ruth Wanjiku welcomed it.",
			[]string{"Amos Kibet|governor|Reserve Bank of Kenya"}, []string{"Ruth Wanjiku|governor|World Bank"}},
		{"a counted group of senators, ministers or members from or of an organisation are members of it",
			"The Harmony Party quit the coalition on Monday. Four other ministers from the party resigned. Nine of its legislators backed the motion. Six senators from the governing Brisa Party broke ranks, and several Green lawmakers in the Koral Union opposed the bill.",
			[]string{"Four other ministers|member|Harmony Party", "Nine of its legislators|member|Harmony Party", "Six senators|member|Brisa Party", "several Green lawmakers|member|Koral Union"}, nil},
		{"the names listed around an organisation's 'members' or 'make up' are its members",
			"The Orlen Council, of which Vandria and Kelbia are members, welcomed the accord. Vandria, Kelbia and Tarsa, which make up the so-called Ostrava Group, met on Monday. Ivo Lind and Ana Ruiz, both members of the Koral Union, resigned.",
			[]string{"Vandria|member|Orlen Council", "Kelbia|member|Orlen Council", "Vandria|member|Ostrava Group", "Tarsa|member|Ostrava Group", "Ivo Lind|member|Koral Union", "Ana Ruiz|member|Koral Union"}, nil},
		{"a list after a preposition is no member, nor a name the relative clause denies",
			"Ministers from Vandria and Kelbia, both members of the Orlen Council, protested. The Koral Union, of which Tarsa is not a member, met.",
			nil, []string{"Vandria|Orlen Council", "Kelbia|Orlen Council", "Tarsa|Koral Union"}},
		{"a veteran, stalwart or senior figure of or in a party is a member of it",
			"Ivo Lind, a veteran of the Harmony Party, resigned. Ana Ruiz, a senior figure in the Koral Union, quit. Tomas Brek, a stalwart of the Brisa Party, stayed.",
			[]string{"Ivo Lind|member|Harmony Party", "Ana Ruiz|member|Koral Union", "Tomas Brek|member|Brisa Party"}, nil},
		{"a figure in a place or in an event is no member of it",
			"Ana Ruiz, a leading figure in Ruritania, met Ivo Lind. Tomas Brek, a veteran diplomat, joined them.",
			nil, []string{"Ana Ruiz|Ruritania", "Tomas Brek|"}},
		{"a party in apposition to a coalition partner is a partner in the story's government",
			"The Ruritanian government lost a vote on Monday. The Green Front, a junior coalition partner, abstained. The third coalition partner, the liberal Koral Union, stayed.",
			[]string{"Green Front|partner|government", "Koral Union|partner|government"}, nil},
		{"a partner that is no coalition's names no government",
			"The Ruritanian government lost a vote on Monday. The Green Front, a junior partner, abstained. Koral Union, a coalition partner of the Green Front, stayed.",
			nil, []string{"Green Front|government", "Koral Union|government"}},
		{"an organisation or a state that is part of another belongs to it",
			"The Green Front is part of the Harmony Alliance. Kestrel Mining, now part of the Brio Group, cut jobs.",
			[]string{"Green Front|part|Harmony Alliance", "Kestrel Mining|part|Brio Group"}, nil},
		{"an organisation that is not part of another, or whose plan is part of one, belongs to none",
			"Kestrel Mining is not part of the Brio Group. The Green Front said the cuts were part of a plan by the Harmony Alliance.",
			nil, []string{"Kestrel Mining|Brio Group", "Green Front|Harmony Alliance"}},
		{"the names listed after parties in a coalition or an alliance are its members",
			"Two smaller parties in the governing coalition, the Green Front and the Koral Union, switched sides. The Harmony Alliance won. Two parties in the Harmony Alliance, the Brisa Party and the Tarsa League, quit.",
			[]string{"Green Front|member|the governing coalition", "Koral Union|member|the governing coalition", "Brisa Party|member|Harmony Alliance", "Tarsa League|member|Harmony Alliance"}, nil},
		{"parties in an event are members of nothing",
			"Two parties in the vote, the Green Front and the Koral Union, abstained.",
			nil, []string{"Green Front|member|the vote", "Koral Union|"}},
		{"a counted group from a country is no member of it",
			"The Koral Union backed the bill. It was opposed by 14 lawmakers from Ruritania.",
			nil, []string{"14 lawmakers|Ruritania", "14 lawmakers|Koral Union"}},
		{"an unnamed place after 'in the' ends a possessed role before the holder's name, as a named one does",
			"The Sable Front won the vote in Marvenia. The Sable Front's caucus leader in the city, Tomas Vrelko, said the result was fair. The Sable Front's chief whip in the province, Ana Ruiz, agreed.",
			[]string{"Tomas Vrelko|leader|Sable Front", "Ana Ruiz|whip|Sable Front"}, nil},
		{"two portfolios joined by 'and' before an office make one office, before or after the name",
			"Ecuador raised interest rates on Monday. Halim Osterbek, the treasury and finance minister, said inflation would fall. The trade and industry minister, Ana Ruiz, agreed.",
			[]string{"Halim Osterbek|minister|Ecuador", "Ana Ruiz|minister|Ecuador"}, nil},
		{"a possessed role joined by 'and' to another description before a name is the name's role",
			"Prime Minister Dato Hamsan sacked his one-time deputy and bitter rival Rizal Osmanto on Tuesday. Lidia Varga met her former adviser and close friend Oren Katz.",
			[]string{"Rizal Osmanto|deputy|Dato Hamsan", "Oren Katz|adviser|Lidia Varga"}, nil},
		{"a court is no portfolio: the office named by the court's first word is not the court's",
			"Workers at Hakari Fish went on strike in Namibia. The union went to the Labour Court. Labour Minister Tobias Mwenyeko said talks would resume. Labour Commissioner Ana Ruiz agreed.",
			[]string{"Tobias Mwenyeko|minister|Namibia"}, []string{"Tobias Mwenyeko|Labour Court", "Ana Ruiz|Labour Court"}},
		{"'the special prosecutor' in apposition holds the office the story names by that title",
			"The Office of the Special Prosecutor opened an inquiry into the minister. The special prosecutor, Serwah Mensimah, said the inquiry would last a year.",
			[]string{"Serwah Mensimah|prosecutor|Office of the Special Prosecutor"}, nil},
		{"'Police' before an office is the portfolio, not a body, and no commission the story names",
			"Bhutan held an election on Monday. The National Vote Commission published the results. Police Minister Tando Mbekwa said the count was calm. Police Commissioner Lindiwe Zungu banned marches.",
			[]string{"Tando Mbekwa|minister|Bhutan"}, []string{"Tando Mbekwa|Police", "Lindiwe Zungu|Police", "Lindiwe Zungu|National Vote Commission"}},
		{"a counterpart whose title names a state office holds that office in the state of the demonym",
			"French Finance Minister Luc Tessaro criticised the ruling. His German counterpart, Economy Minister Jonas Brettler, called it a mistake. Tessaro later met his Swedish counterpart, Chancellor Greta Sorlind.",
			[]string{"Jonas Brettler|minister|Germany", "Greta Sorlind|chancellor|Sweden"}, []string{"Jonas Brettler|counterpart|Germany", "Jonas Brettler|France", "Greta Sorlind|France"}},
		{"a portfolio title after 'adviser to' is the person's title, not a body named by the portfolio",
			"Norway's Energy Ministry sacked the head of the state grid on Monday. He was replaced by Ion Pascaru, a former adviser to Energy Minister Doru Velescu.",
			[]string{"Ion Pascaru|adviser|Doru Velescu", "Doru Velescu|minister|Energy Ministry"}, []string{"Ion Pascaru|adviser|Minister Doru Velescu"}},
		{"a field of two parts after a possessed office ends the role phrase before the name",
			"The talks were hosted by Oman's minister of state for foreign affairs, Warda Kelani, on Monday. Jordan's minister of state for media affairs, Omar Bassiri, attended.",
			[]string{"Warda Kelani|minister|Oman", "Omar Bassiri|minister|Jordan"}, nil},
		{"a lower-case body noun before a title is the body the story names only by that noun",
			"Workers at the Pico Negro tin mine walked out on Monday. The union said the strike would last a week. \"We will not back down,\" union president Tomas Iriarte told reporters.",
			[]string{"Tomas Iriarte|president|union"}, nil},
		{"a ministry's spokesman in a capital speaks for the state of that capital, not for the state whose ministry the story named before",
			"Georgia's foreign ministry summoned the envoy. Armenia accused Azerbaijan of moving troops on Monday. A foreign ministry spokesman in Baku, Vugar Tahirli, rejected the claim.",
			[]string{"Vugar Tahirli|spokesman|Azerbaijan"}, []string{"Vugar Tahirli|Georgia", "Vugar Tahirli|Armenia"}},
		{"an ambassador a verb takes as its object and nobody names is an unnamed holder of the office, but a looser word is not, nor is a holder named after it",
			"Norway summoned Chile's ambassador on Friday. Sweden recalled its ambassador to Peru. Denmark expelled the Austrian ambassador. Finland expelled a Polish diplomat. Estonia summoned Latvia's ambassador, Oskar Trelling, on Monday.",
			[]string{"Chile's ambassador|ambassador|Chile", "Sweden's ambassador|ambassador|Sweden", "Austria's ambassador|ambassador|Austria", "Oskar Trelling|ambassador|Latvia"},
			[]string{"Poland's diplomat|Poland", "Latvia's ambassador|Latvia", "Sweden's ambassador|Peru"}},
		{"a person's name after 'the' and a descriptor or style still names the holder of the role before it, but not in a list",
			"The Torvane Council of Churches urged calm. Its general secretary, the Reverend Oskar Kestrow, said talks were needed. The Andean Trade Bloc agreed. Its secretary-general, the Chilean diplomat Ilse Halvik, flew to Lima. The talks were led by Vena Orlik, the bloc's treasurer, the Peruvian lawyer Ana Torvane and others.",
			[]string{"Reverend Oskar Kestrow|general secretary|Torvane Council of Churches", "Ilse Halvik|secretary general|Andean Trade Bloc"},
			[]string{"Ana Torvane|treasurer|Andean Trade Bloc"}},
		{"'Its' after a body named by a common noun and then by its name in apposition is the named body",
			"The hauliers' union, the Kestrow Haulage Association, warned on Monday. Its president, Oskar Halvik, said talks were needed.",
			[]string{"Oskar Halvik|president|Kestrow Haulage Association"}, []string{"Oskar Halvik|The hauliers' union"}},
		{"'Its' after a body named by a participle and a common noun is that body",
			"The ruling party reacted angrily. Its secretary-general, Ilse Kestrow, said the judge was biased.",
			[]string{"Ilse Kestrow|secretary general|The ruling party"}, nil},
		{"an office with '-elect' is the office its holder is to take",
			"Samoa's prime minister-elect, Oskar Trelling, said the count was fair. Orla Fenwick, the governor-elect of Tarsa Province, agreed.",
			[]string{"Oskar Trelling|prime minister|Samoa", "Orla Fenwick|governor|Tarsa Province"}, nil},
		{"a modal before 'remain' and an office states an office held now, but not after a negation or another verb",
			"Oskar Halvik will remain president of Kestrow Motors until the vote. Ilse Torvane would remain Chile's prime minister. Orla Fenwick will not remain chairman of Brio Capital. Ana Kestrow could become president of Tarsa Mining.",
			[]string{"Oskar Halvik|president|Kestrow Motors", "Ilse Torvane|prime minister|Chile"},
			[]string{"Orla Fenwick|Brio Capital", "Ana Kestrow|Tarsa Mining"}},
		{"'took over as', 'stayed on as' and 'continues as' before an office state it, a future 'will take over as' does not",
			"Oskar Halvik took over as chairman of Kestrow Motors in May. Ilse Torvane stayed on as chief executive of Brio Capital. Orla Fenwick continues as mayor of Tarsa. Ana Kestrow will take over as chairman of Tarsa Mining.",
			[]string{"Oskar Halvik|chairman|Kestrow Motors", "Ilse Torvane|chief executive|Brio Capital", "Orla Fenwick|mayor|Tarsa"},
			[]string{"Ana Kestrow|Tarsa Mining"}},
		{"a list of companies after 'the owner of' names what the owner owns, none of them the first one's owner, though a name of the list was first read as a person's",
			"Brio Holdings, the owner of Kestrow Air, Tarsa Ferries and Halvik Rail, was fined.",
			[]string{"Brio Holdings|owner|Kestrow Air", "Brio Holdings|owner|Tarsa Ferries", "Brio Holdings|owner|Halvik Rail"},
			[]string{"Tarsa Ferries|Kestrow Air", "Halvik Rail|Kestrow Air"}},
		{"'Chief Justice' before a name or in apposition is the court's chief justice, not one of its judges",
			"Chief Justice Marta Selbrin of the Orsk Supreme Court read the ruling. Ivan Garrow, the Orsk Constitutional Court's chief justice, dissented.",
			[]string{"Marta Selbrin|chief justice|Orsk Supreme Court", "Ivan Garrow|chief justice|Orsk Constitutional Court"},
			[]string{"Marta Selbrin|judge|Orsk Supreme Court", "Ivan Garrow|judge|Orsk Constitutional Court"}},
		{"a president 'of' a lower-case field is a post in a firm, no state's office the dateline gives",
			"BRATISLAVA - Slovakia's parliament approved the budget on Monday. Orsk Motors said sales rose. Marta Selbrin, president of sales, said demand was strong. Ivan Garrow, president of research and development, agreed.",
			nil, []string{"Marta Selbrin|Slovakia", "Ivan Garrow|Slovakia"}},
		{"a vice president without a state is the state's whose president the story names by the title, not a company's title alone",
			"BRATISLAVA - Slovakia's parliament approved the budget on Monday. President Jan Kelvane signed it. Vice President Marta Selbrin said it was fair. Ivan Garrow, the vice president, agreed.",
			[]string{"Marta Selbrin|president|Slovakia", "Ivan Garrow|president|Slovakia"}, nil},
		{"a vice president in a story that names no president by the title stays without a state",
			"BRATISLAVA - Slovakia's parliament approved the budget on Monday. Orsk Motors welcomed it. Vice President Marta Selbrin said it would help exports.",
			nil, []string{"Marta Selbrin|Slovakia"}},
		{"'then-' before a title is 'then', a modifier of the title, also after 'by' and opening a sentence",
			"BRATISLAVA - Slovakia's parliament approved the budget on Monday. The first draft was signed by then-President Jan Kelvane in 2019. Then-president Marta Selbrin vetoed it. It was opposed by then-interior minister Karel Zentor.",
			[]string{"Jan Kelvane|president|Slovakia", "Marta Selbrin|president|Slovakia", "Karel Zentor|minister|Slovakia"}, nil},
		{"'speaking for' an organisation or state in apposition makes the speaker its spokesman, 'speaking for himself' no one's",
			"Orsk Bank raised rates on Monday. Petr Oskaro, speaking for the Orsk Bank, said inflation was too high. Ivan Garrow, speaking for himself, disagreed.",
			[]string{"Petr Oskaro|spokesman|Orsk Bank"}, []string{"Ivan Garrow|"}},
		{"'has been' before a role states it as a copula does, 'has been a critic of' no role",
			"BRATISLAVA - Slovakia's parliament approved the budget on Monday. Marta Selbrin has been president since March. Karel Zentor has been chairman and chief executive of Orsk Motors since 2019. Ivan Garrow has been a critic of the bank.",
			[]string{"Marta Selbrin|president|Slovakia", "Karel Zentor|chief executive|Orsk Motors"}, []string{"Ivan Garrow|"}},
		{"a party in brackets after a person's name is the person's party",
			"Senator Ivo Quellan (Liberty Party) voted against the bill. Orlin Vesk (Keld Union) abstained.",
			[]string{"Ivo Quellan|member|Liberty Party"}, []string{"Orlin Vesk|Keld Union"}},
		{"a description that is no role, then 'and' and a role of a named body, gives the role",
			"Talvo Maresse, a poet and veteran of the Velkor Party, spoke first. Orlin Vesk, a former teacher and a member of the Keld Union, agreed.",
			[]string{"Talvo Maresse|member|Velkor Party", "Orlin Vesk|member|Keld Union"}, nil},
		{"a place in politics before a name after 'of' makes it a party, whatever its words; a stance alone does not",
			"Opposition leader Talvo Maresse of the centre-right Harbour Union said the vote was rigged. Orlin Vesk, of the ruling Keld Union, disagreed. Ana Quell of the liberal Marrow Herald wrote about it.",
			[]string{"Talvo Maresse|leader|Harbour Union", "Orlin Vesk|member|Keld Union"}, []string{"Ana Quell|Marrow Herald"}},
		{"a person's alliance or coalition named before the noun is the person's party, led when the person leads",
			"Prime Minister Orlin Vesk said his Sejahtera coalition would hold. Talvo Maresse said his Pakaran Setia alliance would win the vote.",
			[]string{"Orlin Vesk|leader|Sejahtera", "Talvo Maresse|member|Pakaran Setia"}, nil},
		{"a person 'of' a congress in apposition is its member, a title before the name its office",
			"Pretvale's mayor, Thandeka Ovrenna, was removed on Tuesday. Ms Ovrenna, of the National Renewal Congress (NRC), called the vote a coup. General Secretary Halvard Quelling of the Dock Workers Congress agreed.",
			[]string{"Thandeka Ovrenna|member|National Renewal Congress", "Halvard Quelling|general secretary|Dock Workers Congress"}, nil},
		{"a participle between the article and the body's noun ('the ruling party') is part of the body's phrase after the role's preposition",
			"The Zorvat Party won the election in March. Tamsin Okorafe, a dissident lawmaker from the ruling party, voted against the bill. Edda Velbrand, a spokeswoman for the governing Zorvat Party, defended it.",
			[]string{"Tamsin Okorafe|member|Zorvat Party", "Edda Velbrand|spokesman|Zorvat Party"}, nil},
		{"a long description between the appointee and 'as' still leaves the office to the appointing body",
			"Korvane Labs fired its founder on Friday. It named Pello Ubarte, the former head of the streaming site Vidlo, as interim chief executive.",
			[]string{"Pello Ubarte|head|Vidlo", "Pello Ubarte|chief executive|Korvane Labs"}, nil},
		{"a role phrase before a name starts after 'where', 'when' or 'according to'",
			"Vastra Mining cut 300 jobs on Friday, according to its chief executive, Oleg Tamarin. The tanker Blue Heron ran aground. It was towed to port, where its skipper, Idris Konte, was arrested. The strike began in May, when Ralvek's labour minister, Sela Amon, refused to meet the union.",
			[]string{"Oleg Tamarin|chief executive|Vastra Mining", "Idris Konte|captain|Blue Heron", "Sela Amon|minister|Ralvek"}, nil},
		{"one unnamed lawmaker from a party, as a clause's subject, is the party's member; after a name the name is",
			"A lawmaker from the opposition Velmar Democratic Union seconded the motion. The Keld Union called for calm, but a senior senator from the Keld Union said the vote was fair. Tamsin Okorafe, a lawmaker from the Keld Union, abstained.",
			[]string{"A lawmaker|member|Velmar Democratic Union", "a senior senator|member|Keld Union", "Tamsin Okorafe|member|Keld Union"}, []string{"a lawmaker|Keld Union"}},
		{"'his' party is led by a person the story gave a leader's office in apposition",
			"Kiribati's parliament met on Monday. Pavo Rensik, the caretaker prime minister, refused to step down. Rensik said his Tarsa Liberty Party would challenge the ruling.",
			[]string{"Pavo Rensik|leader|Tarsa Liberty Party"}, []string{"Pavo Rensik|member|Tarsa Liberty Party"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := roleTriples(t, tc.text)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("%q\n got  %q\n want %q", tc.text, got, w)
				}
			}
			for _, n := range tc.not {
				p := strings.Split(n, "|")
				for _, g := range got {
					f := strings.Split(g, "|")
					if len(p) == 3 && g == n || len(p) == 2 && f[0] == p[0] && (p[1] == "" || f[2] == p[1]) {
						t.Errorf("%q\n got %q, want no role %s", tc.text, g, n)
					}
				}
			}
		})
	}
}

// FuzzRoleStage checks that the role stage never fails and that every
// role statement it yields has a person or organisation holder, a non-empty institution and
// a span inside the text.
func FuzzRoleStage(f *testing.F) {
	for _, s := range []string{
		"Danish Defence Minister Karin Holmgaard-Lund opened the conference.",
		"Corvane's chief executive, Lidia Marsh, rejected the offer.",
		"Its chairman, Oren Blake, praised the staff.",
		"A spokesman for the union, Gary Pell, said",
		"Rahul Mehta - the elder brother of Tarvex Group chairman Vikram Mehta -",
		"the then Lord Chancellor, Lord Pelham of",
		"Alan Crewe's",
	} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		ex, err := p.Extract(context.Background(), "fuzz", text)
		var se *StageError
		if errors.As(err, &se) && se.Stage == "roles" {
			t.Fatalf("Extract(%q): %v", text, err)
		}
		if err != nil {
			return
		}
		for _, st := range ex.Statements {
			if !st.Role {
				continue
			}
			if st.Subject == "" || st.Object == "" || st.SubjectType != schema.Person && st.SubjectType != schema.Organization {
				t.Errorf("Extract(%q): bad role statement %+v", text, st)
			}
			if st.Span[0] < 0 || st.Span[0] > st.Span[1] || st.Span[1] > len(text) {
				t.Errorf("Extract(%q): span %v outside the text", text, st.Span)
			}
		}
	})
}

// TestRolesInArticles checks roles inside short wire stories that name
// several organisations, countries and people before the pattern, where
// one-sentence tests pass but context can mislead the resolution.
func TestRolesInArticles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // each must be among the role statements
		not  []string // subject|object pairs that must not be stated
	}{
		{"a party's name before a public office (mayor, prime minister) makes the holder a member of the party, not the party's mayor",
			`Velmora's Labour mayor Ivo Pell refused to resign. Former Conservative prime minister Ada Kemp has died.`,
			[]string{"Ivo Pell|member|Labour", "Ada Kemp|member|Conservative"},
			nil},
		{"a bare company title listed after another titled holder takes that holder's institution",
			`The Holm Inquiry criticised the report. The affair prompted the resignation of Tarvik Media chairman Oren Bask, director-general Ivo Renn and reporter Lia Moss.`,
			[]string{"Oren Bask|chairman|Tarvik Media", "Ivo Renn|director|Tarvik Media"},
			[]string{"Ivo Renn|Holm Inquiry"}},
		{"a demonym between a possessor and a company post names where the post is held, not whose it is",
			`Vantor Telecom has drafted in its UK chief executive Mark Ellery to run its Japanese arm. Ostrava Steel's Polish chief executive Jan Wolny resigned.`,
			[]string{"Mark Ellery|chief executive|Vantor Telecom", "Jan Wolny|chief executive|Ostrava Steel"},
			[]string{"Mark Ellery|United Kingdom", "Jan Wolny|Poland"}},
		{"a state the holder says should or must act is the one the holder presses, not the one the holder speaks for",
			`ATHENS, May 3 - Greece sent ships to its island of Kastellorizo on Monday after 900 migrants crossed from Turkey, and Ankara recalled its ambassador from Athens as a row between the two neighbours deepened.

Prime Minister Nikos Aretis, who flew to Lesbos on Monday, promised to restore order.

Aretis said Turkey should remember that good neighbours keep their word.`,
			[]string{"Nikos Aretis|prime minister|Greece"},
			[]string{"Nikos Aretis|Turkey"}},
		{"a bare company post after 'returned as' is at the company the holder's own title names, and does not hide that title",
			`Tallowmere Systems made a bid for Quillon on Friday. Tallowmere Systems said it would pay cash. Quillon co-founder Mara Dessler, who returned as chief executive last June, rejected the bid.`,
			[]string{"Mara Dessler|co-founder|Quillon", "Mara Dessler|chief executive|Quillon"},
			[]string{"Mara Dessler|Tallowmere Systems"}},
		{"a description naming a person after 'to' or 'of' does not end the appointment: the office after 'as' is still the appointee's",
			`The board of Ravel Foods met on Friday. It named Ines Dorran, a former aide of Tomas Ekwall, as interim chairman.`,
			[]string{"Ines Dorran|chairman|Ravel Foods", "Ines Dorran|aide|Tomas Ekwall"},
			nil},
		{"a state office a person appoints to is the government's",
			`The Dravian government said on Monday that President Anton Vell had dismissed his finance minister. Vell appointed Mara Quist, a close adviser to Vell, as the new finance minister.`,
			[]string{"Mara Quist|minister|government", "Mara Quist|adviser|Anton Vell"},
			nil},
		{"a common word capitalised only as a sentence's first word before a lower-case office is a portfolio, not a body",
			`Farm minister Oskar Tenby met the growers on Friday. Water minister Ilse Marrow joined them. Tallowmere chairman Ivo Renk stayed away.`,
			[]string{"Ivo Renk|chairman|Tallowmere"},
			[]string{"Oskar Tenby|Farm", "Ilse Marrow|Water"}},
		{"a firm after a possessed plural of a firm's role and 'at' holds that role for the possessor",
			`Tallowmere Systems offered to buy Quarto Bank on Monday. Quarto Bank's bankers at Pell Capital and Dunmore Partners were said to be ready to talk. Quarto Bank rejected the offer. Its advisers at Marrow Labs declined to comment.`,
			[]string{"Pell Capital|banker|Quarto Bank", "Dunmore Partners|banker|Quarto Bank", "Marrow Labs|adviser|Quarto Bank"},
			[]string{"Pell Capital|Tallowmere Systems"}},
		{"a bare company post after a passive appointment is at the company in focus",
			`Tallowmere Systems cut 200 jobs in May. Tallowmere Systems said on Tuesday that Ines Dorran, who ran the firm for a decade, was named interim chairman for six months.`,
			[]string{"Ines Dorran|chairman|Tallowmere Systems"},
			nil},
		{"a company's kind before a capitalised title, and 'Cabinet' or 'Shadow' before an office (also one of two words), name no body",
			`Mira Olsen, Group Economist at Kestrel Savings, said prices rose. Former Cabinet minister Piet Varga said the bill was wrong. Shadow chancellor Holm Baines criticised the budget. Shadow attorney general Kira Velt criticised the government on its plans.`,
			[]string{"Mira Olsen|economist|Kestrel Savings"},
			[]string{"Mira Olsen|Group", "Piet Varga|Former Cabinet", "Piet Varga|Cabinet", "Holm Baines|Shadow", "Kira Velt|Shadow"}},
		{"a second rank opening a sentence before a lower-case office, and a portfolio before a title after 'was', name no body",
			`Vice president Tomas Quell said the farms were safe. Nessa Grove tried to cut the budget when she was Home Secretary. Deputy governor Ivo Marrant resigned.`,
			nil,
			[]string{"Tomas Quell|Vice", "Nessa Grove|Home", "Ivo Marrant|Deputy"}},
		{"an adverb opening a sentence before a title is no body of the title",
			`Now Home Secretary Tavin Holt has come up with new proposals. Earlier Foreign Minister Nessa Grove met Holt.`,
			nil,
			[]string{"Tavin Holt|Now", "Nessa Grove|Earlier"}},
		{"a news outlet named with its kind after the name is a source, not the company a bare investor's title is of",
			`Both men bought some of the bonds, the Corvo Press news agency reported. Regulators are investigating claims that the pair were aware of an interest in Vantor's US assets from investor Marvin Dale, at the time of the bond sale.`,
			nil,
			[]string{"Marvin Dale|Corvo Press"}},
		{"a shadow office is the opposition's, not the government's",
			`The government will cut taxes, ministers said. Nessa Grove, shadow secretary for the family, said the plans were inadequate. Tavin Holt, the home secretary, defended them.`,
			[]string{"Tavin Holt|secretary|government"},
			[]string{"Nessa Grove|government"}},
		{"office holders named by a plural abbreviation are no institution of a title after them",
			`Tavin Holt told MPs the finance minister, Nessa Grove, had misled them.`,
			nil,
			[]string{"Nessa Grove|MPs"}},
		{"a lead's unnamed office holder is not the subject opening the next sentence when that sentence gives the office to another",
			`Latvia's finance minister was fired on Monday. Maria Tamm named Ivo Lind as the new finance minister. Estonia's foreign minister spoke to Finland on Friday. Edda Roos told reporters the talks went well.`,
			[]string{"Edda Roos|minister|Estonia"},
			[]string{"Maria Tamm|Latvia"}},
		{"a confidante is a personal role like a confidant",
			`President Lena Varg was impeached on Friday. Her confidante, Moira Glent, was arrested.`,
			[]string{"Moira Glent|confidante|Lena Varg"},
			nil},
		{"a company named as another's part after a possessive is owned by it",
			`BRUSSELS — The European Commission fined Volvo and its Renault Trucks unit 670 million euros on Tuesday. Siemens's Healthineers arm posted a loss. Scania said its chief executive would stay.`,
			[]string{"Volvo|own|Renault Trucks", "Siemens|own|Healthineers"},
			[]string{"Renault Trucks|Volvo"}},
		{"a company in apposition to, or right after, a person's possessed business noun is the person's",
			`Regulators met Orvane Media, Ada Brennick's media conglomerate, on Monday. Tamsin Ostrey's property company, Pellucid Estates, bought the site. Ada Brennick's former company, Brisk Holdings, cut jobs.`,
			[]string{"Ada Brennick|own|Orvane Media", "Tamsin Ostrey|own|Pellucid Estates"},
			[]string{"Ada Brennick|Brisk Holdings"}},
		{"a parent company is a company's parent like a bare parent",
			`Regulators fined Dorvane Motors and its parent company, Selvik Holdings, on Monday. Marrick Group, the parent company of Tesper Foods, was also fined.`,
			[]string{"Selvik Holdings|parent|Dorvane Motors", "Marrick Group|parent|Tesper Foods"},
			nil},
		{"the dateline's city is no company in focus, even where the headline reads it as one",
			`Dutch group wins Corvale shipyard after board vote

CORVALE, May 4 - The board of Spanish shipbuilder Astilleros del Tormes voted on Friday to accept an offer from Dutch rival Vellmar Groep. Directors representing the investment fund Sarrat Capital, the largest shareholder with 30 percent, backed the deal.`,
			[]string{"Sarrat Capital|owner|Astilleros del Tormes"},
			[]string{"Sarrat Capital|Corvale"}},
		{"a company named right after another's possessed part noun, with no comma, is that part of it",
			`Regulators fined Selvik Holdings' German subsidiary Dorvane Motors on Monday. Vossberg Steel's Swedish arm Kallstrom Metals was cleared.`,
			[]string{"Dorvane Motors|subsidiary|Selvik Holdings", "Kallstrom Metals|arm|Vossberg Steel"},
			nil},
		{"a superlative may stand before a possessed part noun",
			`Ostvik Group cut 300 jobs on Monday. Brannholm Foods, the group's biggest subsidiary, was fined.`,
			[]string{"Brannholm Foods|subsidiary|Ostvik Group"},
			nil},
		{"a party written as a person's own: its leader when the person holds a leader's office, else a member",
			`VILNIUS — Prime Minister Rasa Kairiene lost her majority on Tuesday. Opposition leader Tomas Jurkus, whose Homeland Alliance tabled the motion, called for early elections. Kairiene's Farmers' League said it would stay in government. Lawmaker Ona Petraitis said her own Freedom Movement would abstain.`,
			[]string{"Tomas Jurkus|leader|Homeland Alliance", "Rasa Kairiene|leader|Farmers' League", "Ona Petraitis|member|Freedom Movement"},
			[]string{"Ona Petraitis|Farmers' League"}},
		{"a capitalised title whose lemma is more general than its words is still a company's",
			`Ondara Shipbuilding cut 300 jobs on Monday. Chief Financial Officer Lena Marsh said the yard would stay open.`,
			[]string{"Lena Marsh|official|Ondara Shipbuilding"},
			nil},
		{"a possessive role before a name that carries a lower-case title of its own",
			`The opposition Green Unity Party said it would vote against the budget. Its leader, former finance minister Oskar Lind, called for early elections.`,
			[]string{"Oskar Lind|leader|Green Unity Party"},
			nil},
		{"a unit of a described owner, and an office one is sworn in to while acting",
			`Peru faces a crisis. Peru's congress removed the president on Monday. Vantera, a unit of the German carmaker Rheinwerk AG, closed its plant. Dina Solis was sworn in as acting president on Tuesday.`,
			[]string{"Vantera|unit|Rheinwerk AG", "Dina Solis|president|Peru"},
			nil},
		{"a spokesman for a country's unnamed ministry serves the country and the ministry as the phrase names it",
			`Wen Bo, a spokesman for the Chinese foreign ministry, said Beijing would respond. Laila Haddad, a spokeswoman for Jordan's interior ministry, declined to comment. The State Department's spokesman, Ned Price, said so.`,
			[]string{"Wen Bo|spokesman|China", "Wen Bo|spokesman|the Chinese foreign ministry", "Laila Haddad|spokesman|Jordan's interior ministry"},
			[]string{"Ned Price|the State Department"}},
		{"directors named in a list sit on the company in focus, never the government named before",
			`Carpatgaz fired its chief executive. Its biggest investor said the government was treating the producer as a ministry. Two independent directors, Ioana Stan and Radu Pop, resigned in protest.`,
			[]string{"Ioana Stan|director|Carpatgaz", "Radu Pop|director|Carpatgaz"},
			[]string{"Ioana Stan|government"}},
		{"a citizen of the country a demonym names",
			`Hardeep Nijjar, a Canadian citizen, was shot dead in June.`,
			[]string{"Hardeep Nijjar|citizen|Canada"},
			nil},
		{"two prime ministers in a story between two states are not both one state's",
			`NEW DELHI, Sept 19 - India expelled a Canadian diplomat on Tuesday after Canada expelled an Indian official. Prime Minister Justin Trudeau told parliament that Canadian agencies had pursued the case for weeks. Canada said it had evidence. India rejected the claim. Trudeau said he had raised the matter with Prime Minister Narendra Modi in New Delhi. Former President Ram Kovind said India would not yield.`,
			[]string{"Justin Trudeau|prime minister|Canada", "Narendra Modi|prime minister|India"},
			[]string{"Justin Trudeau|India"}},
		{"a past holder of a lower-case title is no second holder, so the guess of his state is not moved to the other state, and a union of states heads no government",
			`Slovenia's government collapsed on Thursday. Prime Minister Ivo Marsh resigned after the Civic League quit his coalition. The European Union urged calm. The League, led by former prime minister Tomas Orrin, said Slovenia needed an election. Slovenia will vote in May.`,
			[]string{"Ivo Marsh|prime minister|Slovenia", "Tomas Orrin|prime minister|Slovenia"},
			[]string{"Tomas Orrin|prime minister|European Union"}},
		{"in a story between states a minister of the government is his state's too",
			`Paraguay recalled its ambassador to Uruguay on Tuesday. The government said Uruguay had seized two barges. Foreign Minister Rodrigo Benitez said Paraguay wanted the barges back. Uruguay denied any wrongdoing.`,
			[]string{"Rodrigo Benitez|minister|government", "Rodrigo Benitez|minister|Paraguay"},
			nil},
		{"in a story about one state a minister is of its government only",
			`The government of Paraguay raised fuel taxes on Tuesday. Finance Minister Rodrigo Benitez said the government had no choice. Paraguay's unions called a strike.`,
			[]string{"Rodrigo Benitez|minister|government"},
			[]string{"Rodrigo Benitez|Paraguay"}},
		{"a company title after a news outlet's report is of the company the story is about",
			`Halvex Group ousted its chairman on Monday. Halvex Group said he had hidden income. Halvex Group shares fell. Public broadcaster NHK reported that he had denied the charges.

Chief Executive Hiroto Saikawa told reporters that too much power had been held by one man. He was later replaced by Chief Operating Officer Mina Ota.`,
			[]string{"Hiroto Saikawa|chief executive|Halvex Group"},
			[]string{"Hiroto Saikawa|NHK"}},
		{"a senator sits in the Senate the story names",
			`Colombia's Senate voted on Tuesday to censure the interior minister. Senator Mauricio Pinzon brought the motion. The Senate will vote again next week.`,
			[]string{"Mauricio Pinzon|senator|Senate"},
			[]string{"Mauricio Pinzon|Colombia"}},
		{"a body a country's possessive describes or names acts for that country",
			`Kenya's competition watchdog on Wednesday approved the purchase. The Fair Trade Commission said the deal was fair. Germany's Federal Cartel Office had backed the merger.`,
			[]string{"Fair Trade Commission|agency|Kenya", "Federal Cartel Office|agency|Germany"},
			nil},
		{"'Its' after a sentence about a body a country's possessive introduces is the body's",
			`Finland's state investment company Solidium, which owns about a fifth of Kantola, backed the deal. Its managing director, Helena Rautio, said the merger would help.`,
			[]string{"Helena Rautio|chief executive|Solidium"},
			[]string{"Helena Rautio|Finland"}},
		{"a body named with an apposition is 'the union' later",
			`Pappers, the paper workers' union, accused Kantola of planning cuts. The union's chairman, Lars Ekdahl, said members feared for their jobs.`,
			[]string{"Lars Ekdahl|chairman|Pappers"},
			nil},
		{"a company title opening its sentence is of the company the sentence before was about",
			`Norvik Foods said on Tuesday it would close two plants. Chief Executive Hilde Brekke told staff the cuts were unavoidable. Unions called the decision a betrayal.`,
			[]string{"Hilde Brekke|chief executive|Norvik Foods"},
			nil},
		{"a company title after a sentence that opens with a person is left without a company",
			`Minister Ola Dahl praised Norvik Foods on Tuesday. Chief Executive Hilde Brekke told staff the cuts were unavoidable.`,
			nil,
			[]string{"Hilde Brekke|Norvik Foods"}},
		{"a commissioner with a portfolio is of the commission named before",
			`The European Commission fined the carmaker on Monday. Trade Commissioner Anna Lind said the company had broken the rules.`,
			[]string{"Anna Lind|commissioner|European Commission"},
			nil},
		{"an office before a style is the role, and a secretary-general's body",
			`Qatari Foreign Minister Sheikh Khalid Al Thani met the envoy. UN Secretary-General Maria Okafor welcomed the talks.`,
			[]string{"Khalid Al Thani|minister|Qatar", "Maria Okafor|secretary general|UN"},
			nil},
		{"sworn in as an office",
			`LIMA — Rosa Quispe was sworn in as president of Peru on Wednesday after Congress removed her predecessor.`,
			[]string{"Rosa Quispe|president|Peru"},
			nil},
		{"a company named as a part of another",
			`Brenna Energy, the Irish subsidiary of Norway's Fjordkraft, said it would appeal. Tallis, a unit of Corvane Holdings, declined to comment.`,
			[]string{"Brenna Energy|subsidiary|Fjordkraft", "Tallis|unit|Corvane Holdings"},
			[]string{"Brenna Energy|Norway", "Tallis|Brenna Energy"}},
		{"a company named as a part of another whose place joined to a participle describes it",
			`Vardel Foods, a subsidiary of Lyon-listed Quillon Group, said it would appeal. Morvath, a unit of the Oslo-based shipping group Tarsen Lines, declined to comment.`,
			[]string{"Vardel Foods|subsidiary|Quillon Group", "Morvath|unit|Tarsen Lines"},
			nil},
		{"the listed members of a group",
			`The Open Markets Alliance, a lobby group whose members include Kessler Foods, Volta and Marimba, welcomed the ruling. Harlow Group criticised it.`,
			[]string{"Kessler Foods|member|Open Markets Alliance", "Volta|member|Open Markets Alliance", "Marimba|member|Open Markets Alliance"},
			[]string{"Harlow Group|Open Markets Alliance"}},
		{"an opposition leader's title opening a sentence names no institution",
			`The coalition collapsed on Monday. Opposition leader Marta Vidal called for an election.`,
			nil,
			[]string{"Marta Vidal|Opposition"}},
		{"a party written with its member's possessive pronoun; one written with a named politician's possessive is the one that politician leads",
			`Marta Vidal resigned on Monday. Her Civic Renewal Party left the coalition, and Tomas Berg's Democratic Alliance stayed.`,
			[]string{"Marta Vidal|member|Civic Renewal Party", "Tomas Berg|leader|Democratic Alliance"},
			[]string{"Marta Vidal|Democratic Alliance", "Tomas Berg|Civic Renewal Party"}},
		{"a role holder named after 'whose'",
			`Omar Haddad, whose chief negotiator Leila Farouk flew to Doha, praised the mediators. The company, whose talks with Anna Berg failed, said nothing.`,
			[]string{"Leila Farouk|negotiator|Omar Haddad"},
			[]string{"Anna Berg|company"}},
		{"a possessive role in apposition after a noun and 'of'",
			`The treaty was initialled in the presence of Senegal's president, Awa Ndiaye, and the meeting of Ghana's finance minister, Kojo Mensah, with lenders went well.`,
			[]string{"Awa Ndiaye|president|Senegal", "Kojo Mensah|minister|Ghana"},
			[]string{"Awa Ndiaye|Ghana"}},
		{"a lower-case company title after a quotation, and a charge d'affaires",
			`Kestrel Foods rejected the offer on Monday. "The price is far too low," chairman Tomas Lindgren said in a letter to investors. Sweden's chargé d'affaires, Eva Lund, was summoned.`,
			[]string{"Tomas Lindgren|chairman|Kestrel Foods", "Eva Lund|charge d'affaires|Sweden"},
			nil},
		{"a company title after an opening time phrase",
			`Norvik Foods said on Tuesday it would close two plants. On Wednesday Chief Executive Hilde Brekke told staff the cuts were unavoidable.`,
			[]string{"Hilde Brekke|chief executive|Norvik Foods"},
			nil},
		{"an appointment after an apposition with no institution, and adverbs before 'as'",
			`Rosa Quispe, a 58-year-old lawyer, was sworn in shortly afterwards as president of Peru. Tomas Berg, an economist, was named chief executive of Volta Mining.`,
			[]string{"Rosa Quispe|president|Peru", "Tomas Berg|chief executive|Volta Mining"},
			nil},
		{"'its' after a demonym government is that state's",
			`Quito expelled Colombia's consul on Monday. The Colombian government responded within hours. Its foreign minister, Laura Rios, called the move unfriendly.`,
			[]string{"Laura Rios|minister|Colombia"},
			[]string{"Laura Rios|Ecuador"}},
		{"'their spokesman' after a demonym's authorities is the state's",
			`Quito expelled the consul on Monday. The Colombian authorities protested. Their spokesman, Laura Rios, called the move hostile. The Kenyan police arrested ten fans. Their coach, Ana Soto, called it unfair.`,
			[]string{"Laura Rios|spokesman|Colombia"},
			[]string{"Laura Rios|Ecuador", "Ana Soto|Kenya"}},
		{"a role in two coordinated organisations, not in a possessor after 'and'",
			`Anna Berg, chairman of Kestrel Foods and Volta Group, resigned on Monday. Tomas Lind, director of Harlow Bank and Marimba's largest shareholder, stayed.`,
			[]string{"Anna Berg|chairman|Kestrel Foods", "Anna Berg|chairman|Volta Group", "Tomas Lind|director|Harlow Bank"},
			[]string{"Tomas Lind|Marimba"}},
		{"a state title with no country is the dateline's country, also after a headline",
			`Croatia expels two Serbian diplomats

ZAGREB — Croatia ordered two Serbian diplomats to leave the country on Monday. The expulsions followed a row over border checks.

Prime Minister Ante Kovac, who faces a tight election in the spring, has been careful not to escalate further.`,
			[]string{"Ante Kovac|prime minister|Croatia"},
			[]string{"Ante Kovac|Serbia"}},
		{"a state title with no country is the country the sentence before has acting, before the dateline's",
			`Quota talks fail

OSLO, May 3 - Norway and Iceland failed to agree on mackerel quotas on Monday. Norway said the talks would resume in June.

Iceland rejected the Norwegian offer. Fisheries Minister Arni Sveinsson said the quota was unfair.`,
			[]string{"Arni Sveinsson|minister|Iceland"},
			[]string{"Arni Sveinsson|Norway"}},
		{"an organisation named as another's lender, auditor or supplier holds that role",
			`JOHANNESBURG — Karoo Steel said on Monday it had missed a bond payment. Nedlund Bank, Karoo Steel's largest lender, declined to comment. The company's auditor, Mistry Patel & Co, resigned last month.`,
			[]string{"Nedlund Bank|lender|Karoo Steel", "Mistry Patel & Co|auditor|Karoo Steel"},
			[]string{"Nedlund Bank|Mistry Patel & Co"}},
		{"a university's rector",
			`BUENOS AIRES — Congress failed to override the veto on Wednesday. The rector of the University of Buenos Aires, Patricia Esquivel, said the veto was a blow.`,
			[]string{"Patricia Esquivel|rector|University of Buenos Aires"},
			[]string{"Patricia Esquivel|Congress"}},
		{"a party with its abbreviation after 'of'",
			`MEXICO CITY — Senator Ricardo Ibarra of the National Action Party (PAN) accused the government of handing the streets to the army. Mexico's Senate approved the reform.`,
			[]string{"Ricardo Ibarra|member|National Action Party"},
			[]string{"Ricardo Ibarra|member|Senate"}},
		{"the ambassador named later is the one of the country named before",
			`MOGADISHU — Somalia has expelled Ethiopia's ambassador over a port deal. The ambassador, Tesfaye Alemu, was given 72 hours to leave. Kenya urged calm.`,
			[]string{"Tesfaye Alemu|ambassador|Ethiopia"},
			[]string{"Tesfaye Alemu|Somalia", "Tesfaye Alemu|Kenya"}},
		{"a lower-case company title opening a sentence is in the company the story is about",
			`MUMBAI — Paynest Ltd fired its founder on Monday. Chief executive Anna Berg said the board acted alone. Sebi declined to comment.`,
			[]string{"Anna Berg|chief executive|Paynest Ltd"},
			[]string{"Anna Berg|Sebi"}},
		{"a described person's staff are that person's",
			`LIMA — President Rodrigo Villanueva was removed on Thursday. Prosecutors have charged the president's former chief of staff, Hector Luna, with bribery. Congress's spokesman, Ana Ruiz, declined to comment.`,
			[]string{"Hector Luna|aide|Rodrigo Villanueva"},
			[]string{"Hector Luna|Prosecutors", "Ana Ruiz|aide|Rodrigo Villanueva"}},
		{"a possessive role after 'to' in apposition to a name",
			`LISBON — Tagus Capital wrote to Ventomar's chairman, Paulo Carvalho, on Monday. Solara declined to comment.`,
			[]string{"Paulo Carvalho|chairman|Ventomar"},
			[]string{"Paulo Carvalho|Tagus Capital", "Paulo Carvalho|Solara"}},
		{"their leader after a party named by its members' plural",
			`BERLIN — The opposition Christian Democrats seized on the turmoil. Their leader, Friedrich Lenz, accused the chancellor of weakness. The Greens said nothing.`,
			[]string{"Friedrich Lenz|leader|Christian Democrats"},
			[]string{"Friedrich Lenz|Greens"}},
		{"'X, a Free Democrat,' is a member of the Free Democrats the story names",
			`BERLIN — The Free Democrats left the coalition on Monday. Jonas Reuter, a Free Democrat, resigned. Katrin Albers, a Social Democrat, stayed. Lena Hof, a lawyer, said nothing.`,
			[]string{"Jonas Reuter|member|Free Democrats"},
			[]string{"Katrin Albers|Free Democrats", "Lena Hof|Free Democrats"}},
		{"a party named after 'of' is the holder's party",
			`VIENNA — Economy Minister Miriam Holzer, of the Greens, said the budget was fair. Anna Berg of the Labour Party disagreed. Karl Lenz, of the Vienna Chamber of Commerce, stayed silent.`,
			[]string{"Miriam Holzer|member|Greens", "Anna Berg|member|Labour Party"},
			[]string{"Karl Lenz|member|Vienna Chamber of Commerce"}},
		{"the host's own senator sits in its Senate, though the host mediated",
			`NAIROBI — Somalia and Ethiopia agreed on a border commission after talks hosted by Kenya. Kenyan diplomats drafted the text. Ethiopia's president welcomed the deal. Senator Amos Kiprono, who chairs the Senate's foreign relations committee, said the government had let Mogadishu set the agenda.`,
			[]string{"Amos Kiprono|senator|Senate"},
			[]string{"Amos Kiprono|Ethiopia", "Amos Kiprono|Somalia"}},
		{"a title-holder who flies to a capital is not that country's",
			`HANOI — The leaders of Laos and Vietnam pledged on Saturday to share river data. Prime Minister Sonexay Vong flew to Hanoi for his first visit and was greeted by President Tran Duc.`,
			[]string{"Sonexay Vong|prime minister|Laos", "Tran Duc|president|Vietnam"},
			[]string{"Sonexay Vong|Vietnam"}},
		{"its after a quotation naming a rival",
			`LONDON (AP) - Brackwell Foods said on Thursday it had rejected a takeover approach from Lindqvist Group, a Swedish dairy firm.

Brackwell, which makes biscuits, said the offer undervalued the business. "We see no reason to engage with Lindqvist," its chairman, Oskar Brandt, said in a statement.

Lindqvist said it was considering its options.`,
			[]string{"Oskar Brandt|chairman|Brackwell Foods"}, []string{"Oskar Brandt|Lindqvist Group"}},
		{"its in apposition to a person takes the previous subject, not the company named last",
			`FRANKFURT - Vorland Chemie agreed on Monday to buy the coatings unit of Meerhof Group.

Oskar Brandt, its chairman, said the deal would double sales. Ines Vermeulen, who runs Meerhof, said the sale was the right step.`,
			[]string{"Oskar Brandt|chairman|Vorland Chemie"}, []string{"Oskar Brandt|Meerhof Group"}},
		{"a union with a plural possessive in its name",
			`LISBON - Portugal's government and the port operator Atlantimar failed on Friday to end a strike at Setubal.

Rui Sousa, president of the Dockworkers' Union, said members would stay out until wages rose.`,
			[]string{"Rui Sousa|president|Dockworkers' Union"}, []string{"Rui Sousa|Atlantimar", "Rui Sousa|Portugal"}},
		{"its after an opening phrase takes the previous subject",
			`FRANKFURT - Shares in Ostera Bank fell after Corlan Holdings cut its stake.

Analysts at Tarrow Securities said a sale of the remaining shares was likely. In a note to clients, its head of research, Priya Nand, said Corlan needed cash.`,
			[]string{"Priya Nand|head|Tarrow Securities"}, []string{"Priya Nand|Corlan Holdings"}},
		{"whose after an unnamed union",
			`OSLO - Halvik Shipping will buy a stake in Kestrel Terminals, a deal Baltmar Group had tried to block.

The union, whose leader, Marta Ruiz, called the plan a betrayal, has threatened strikes at two ports.`,
			[]string{"Marta Ruiz|leader|The union"}, []string{"Marta Ruiz|Halvik Shipping", "Marta Ruiz|Baltmar Group"}},
		{"its after an unnamed committee",
			`LISBON - Greens leader Ola Berg said the minister should resign over the strike at the port operator Atlantimar.

The transport committee of parliament will hold hearings. Its chair, Labour MP Dev Rao, said he would call both sides.`,
			[]string{"Dev Rao|chairman|The transport committee", "Dev Rao|member|Labour Party"}, []string{"Dev Rao|Greens", "Dev Rao|Atlantimar"}},
		{"two directors named together hold the role in the company in focus",
			`STOCKHOLM - Brackwell Foods rejected a second offer from Lindqvist Group on Monday, saying it still undervalued the biscuit maker.

Two independent directors, Anders Holm and Eva Ekdal, resigned from the board. Lindqvist said it would not raise its bid.`,
			[]string{"Anders Holm|director|Brackwell Foods", "Eva Ekdal|director|Brackwell Foods"}, []string{"Anders Holm|Lindqvist Group"}},
		{"shareholders in apposition hold a stake in the company in focus",
			`ZURICH (Reuters) - Helvara Bank's board will face a vote on its chairman next month, a dispute that has also drawn in Swiss regulator FINMA.

Calder Asset Management, another large investor, said it backed the call. Ostrow Capital, the second-largest shareholder with about 11 percent, said it would abstain.`,
			[]string{"Calder Asset Management|owner|Helvara Bank", "Ostrow Capital|owner|Helvara Bank"}, []string{"Ostrow Capital|FINMA", "Ostrow Capital|Calder Asset Management"}},
		{"leaders of two countries take the country each speaks for",
			`SEOUL (AP) - The leaders of South Korea and Japan agreed on Tuesday to restart regular security talks, ending a freeze over a trade dispute.

Prime Minister Kenji Morita was greeted in Seoul by President Han Ji-woo, who called the visit "a new start". The two men discussed missile tests and supply chains.

Morita, who took office in Tokyo in March, said Japan would lift export curbs. Han said South Korea would drop its complaint at the World Trade Organization.`,
			[]string{"Kenji Morita|prime minister|Japan", "Han Ji-woo|president|South Korea"}, []string{"Kenji Morita|South Korea", "Han Ji-woo|Japan"}},
		{"tribunal member, directors of a company named in a list",
			`PRETORIA - South Africa's Competition Tribunal on Wednesday blocked the merger of two bus operators, Kopano Transit and Sunline Vale, saying it would raise fares.

The Competition Commission had recommended approval. Presiding member Lina Dube said the firms had failed to show that passengers would benefit.

Two independent directors of Sunline, Anders Holm and Eva Ekdal, resigned after the ruling. Sunline's largest shareholder, Vesta Pension, called for a new board.`,
			[]string{"Lina Dube|judge|Competition Tribunal", "Anders Holm|director|Sunline Vale", "Eva Ekdal|director|Sunline Vale", "Vesta Pension|owner|Sunline Vale"},
			[]string{"Lina Dube|Competition Commission", "Anders Holm|Kopano Transit"}},
		{"portfolio titles before a minister or secretary",
			`LONDON - Britain's government will cut funding for coastal towns, a move that angered fishing groups in Scotland and Norway.

Work and Pensions Secretary Leila Karimi said the cuts were fair. Fisheries Minister Ana Lopes said small ports would be hit hardest.

Norway's Foreign Affairs Secretary Ivar Sande said Oslo would raise the matter at the United Nations.`,
			[]string{"Leila Karimi|secretary|United Kingdom", "Ana Lopes|minister|United Kingdom", "Ivar Sande|secretary|Norway"}, nil},
		{"a relative by marriage of the person in focus",
			`LONDON - Conservative leader Ann Reid accused the government of abandoning the coast on Monday.

Work and Pensions Secretary Leila Karimi, who grew up in a fishing town, has faced pressure from her own party. Her brother-in-law, Leo Marr, owns a trawler firm.`,
			[]string{"Leo Marr|brother|Leila Karimi"}, []string{"Leo Marr|Ann Reid"}},
		{"an operator of an unnamed site",
			`JOHANNESBURG (Reuters) - Shareholders of Tamba Minerals voted on Friday to reject a plan to sell the Kivu copper mine to China's Huaxin Resources.

The mine's operator, Ridgeback Mining, said production would continue.`,
			[]string{"Ridgeback Mining|run|The mine"}, []string{"Ridgeback Mining|Tamba Minerals", "Ridgeback Mining|Huaxin Resources"}},
		{"their union is the workers' union, not their country's",
			`HELSINKI - Estonia and Latvia asked the European Union on Monday for more air defence funds.

Dock workers in Finland went on strike over pay. Their union, the Nordic Transport Workers Union, said talks with the employers had failed. Its chairman, Ilkka Rinne, said the strike would last a week.`,
			[]string{"Ilkka Rinne|chairman|Nordic Transport Workers Union"}, []string{"Ilkka Rinne|Finland"}},
		{"their leaders named in the order of the pair",
			`BRUSSELS - Estonia and Latvia asked the European Union on Monday for more air defence funds, a request Germany said it would support.

Their leaders, Kaja Tamm and Arturs Berzins, will meet the European Commission president in Brussels on Thursday.`,
			[]string{"Kaja Tamm|leader|Estonia", "Arturs Berzins|leader|Latvia"}, []string{"Kaja Tamm|Latvia", "Arturs Berzins|Estonia", "Kaja Tamm|Germany"}},
		{"their chief executives named in the order of the pair",
			`LONDON - Corvane Foods and Maltby Brands agreed on Tuesday to merge, creating Europe's largest snack maker.

Their chief executives, Lidia Marsh and Tom Hale, will share the top job for a year.`,
			[]string{"Lidia Marsh|chief executive|Corvane Foods", "Tom Hale|chief executive|Maltby Brands"}, []string{"Lidia Marsh|Maltby Brands"}},
		{"a company name ending in -ing with a place adjective before it",
			`BERLIN (Reuters) - Germany said on Wednesday it would block the sale of chipmaker Veltron to Shenzhen-based Huaming Technology, a move that drew a protest from Beijing.

Huaming's chairman, Li Guo, said the company was "deeply disappointed". Veltron's founder, Ulrike Sommer, said she was relieved.`,
			[]string{"Li Guo|chairman|Huaming Technology", "Ulrike Sommer|founder|Veltron"}, []string{"Li Guo|Veltron", "Li Guo|Germany"}},
		{"whose after a named union, with the workplace after the role",
			`PARIS (AFP) - French carmaker Valmont said on Thursday it would cut 3,000 jobs in Europe after sales fell in China, where rivals such as Kessler Motors have won market share.

Marc Duval, the company's chief executive, said the group had no choice. Kessler, which is based in Munich, said it was not planning any cuts.

The CGT union, whose leader at Valmont, Paul Girard, called for a strike, said talks would begin next week.`,
			[]string{"Marc Duval|chief executive|Valmont", "Paul Girard|leader|CGT"}, []string{"Paul Girard|Valmont", "Marc Duval|Kessler Motors"}},
		{"a host greets a visitor in its capital",
			`SEOUL (AP) - The leaders of South Korea and Japan agreed on Tuesday to restart regular security talks, ending a freeze over a trade dispute.

Prime Minister Kenji Morita was greeted at the presidential office in Seoul by President Han Ji-woo. The two men discussed missile tests and supply chains for chips.

Officials from both sides said a joint statement would follow. Morita, who took office in Tokyo in March, is expected to return in the autumn.`,
			[]string{"Kenji Morita|prime minister|Japan", "Han Ji-woo|president|South Korea"}, []string{"Han Ji-woo|Japan", "Kenji Morita|South Korea"}},
		{"a ministry named again is the country's, not the country named last",
			`BEIJING - China's commerce ministry said on Friday that Germany was politicising trade after Berlin blocked a chip deal.

A ministry spokesman, Wang Lei, urged Berlin to treat Chinese firms fairly. A spokeswoman for the ministry, Zhao Min, later repeated the call to Germany.`,
			[]string{"Wang Lei|spokesman|China", "Zhao Min|spokesman|China"}, []string{"Wang Lei|Germany", "Zhao Min|Germany"}},
		{"its after an unnamed union opening the sentence before, not the companies named earlier",
			`GLASGOW - Harlow Marine agreed on Tuesday to buy Tayside Ferries, and Orkney Link said it would challenge the deal.

The union welcomed the decision. Its general secretary, Moira Kerr, urged both firms to keep the crews.`,
			[]string{"Moira Kerr|general secretary|The union"}, []string{"Moira Kerr|Harlow Marine", "Moira Kerr|Tayside Ferries", "Moira Kerr|Orkney Link"}},
		{"its after members of an unnamed committee, not the organisation they criticised",
			`LONDON - MPs on the Commons Treasury committee said on Tuesday that the Bank of England had been too slow to raise rates. Its chair, Labour MP Dev Rao, said the bank must explain itself.`,
			[]string{"Dev Rao|chairman|the Commons Treasury committee"}, []string{"Dev Rao|Bank of England"}},
		{"its after a company whose name reads as a person",
			`PRETORIA - A tribunal on Wednesday blocked the merger of two bus operators, Kopano Transit and Sunline Coaches.

Kopano, which is controlled by the Mbeki Family Trust, said it would appeal. Its lawyer, Themba Nkosi, told reporters the ruling ignored the evidence.`,
			[]string{"Themba Nkosi|lawyer|Kopano Transit"}, []string{"Themba Nkosi|Mbeki Family Trust"}},
		{"a prime minister in a story from her capital, after the other country spoke last",
			`TALLINN (AP) - Russia accused Estonia on Monday of harassing Russian sailors, and Moscow expelled an Estonian diplomat. Russia's foreign ministry said more steps could follow. The Kremlin said Russia would not back down.

Prime Minister Marta Kask, who faces a difficult budget vote, has avoided harsh words. She said her government would keep its ambassador in Moscow.`,
			[]string{"Marta Kask|prime minister|Estonia"}, []string{"Marta Kask|Russia"}},
		{"a visiting prime minister speaks for his own country, not the dateline's",
			`SEOUL (AP) - North Korea fired two missiles into the sea on Sunday, and Japan and South Korea condemned the launches. Pyongyang said the tests were routine.

Prime Minister Hiro Tanaka, who arrived in Seoul on Saturday for a summit, called the launches reckless. He said Japan would raise them at the United Nations.`,
			[]string{"Hiro Tanaka|prime minister|Japan"}, []string{"Hiro Tanaka|North Korea", "Hiro Tanaka|South Korea"}},
		{"a foreign minister the next sentence shows speaking for his country",
			`VILNIUS - Lithuania summoned Poland's ambassador on Friday over a disputed rail tariff. Warsaw said the tariff was fair.

Foreign Minister Darius Kalnas, who took office in May, spoke to reporters. He said Lithuania would take the case to the European Commission.`,
			[]string{"Darius Kalnas|minister|Lithuania"}, []string{"Darius Kalnas|Poland"}},
		{"a long office description after a country's possessive",
			`OTTAWA - A mining company hired a former cabinet minister as a lobbyist last year, and opposition parties called it a conflict.

Canada's conflict of interest and ethics commissioner, Claire Dubois, ruled on Thursday that the hiring broke the rules. Lena Fox, a spokeswoman for the Greek-owned miner Aegis Metals, said it would appeal.`,
			[]string{"Claire Dubois|commissioner|Canada"}, []string{"Claire Dubois|Aegis Metals"}},
		{"a spokesman for a ministry named by its country's adjective",
			`ATHENS - Turkey sent a survey ship into disputed waters on Monday, drawing a protest from Greece and Cyprus.

Nikos Stavrou, a spokesman for the Greek foreign ministry, said the move broke international law. Ankara said the ship was in Turkish waters.`,
			[]string{"Nikos Stavrou|spokesman|Greece"}, []string{"Nikos Stavrou|Turkey", "Nikos Stavrou|Cyprus"}},
		{"its after a regional bloc that acts on two countries",
			`NAIROBI - The East African Trade Bloc said on Monday it would fine Tanzania for blocking maize imports from Kenya. Its secretary-general, Amina Otieno, said the ban broke the bloc's rules.`,
			[]string{"Amina Otieno|secretary general|East African Trade Bloc"}, []string{"Amina Otieno|Tanzania", "Amina Otieno|Kenya"}},
		{"its after a relative clause about a council, not the company it met",
			`LIMA - Officials from the Andean Growers Council, which represents coffee farmers in Peru and Colombia, met executives of Nestle on Monday to demand higher prices. Its secretary-general, Rosa Quispe, said farmers were losing money.`,
			[]string{"Rosa Quispe|secretary general|Andean Growers Council"}, []string{"Rosa Quispe|Nestle", "Rosa Quispe|Peru"}},
		{"its deputy secretary general and commission president after a union that suspended a country",
			`ADDIS ABABA - The African Union suspended Gabon on Wednesday after a coup. Its commission president, Ali Diop, said the suspension would last until elections. Its deputy secretary general, Ruth Alemu, will travel to Libreville.`,
			[]string{"Ali Diop|president|African Union", "Ruth Alemu|secretary general|African Union"}, []string{"Ali Diop|Gabon", "Ruth Alemu|Gabon"}},
		{"its director after a lobby group that urged a government",
			`LONDON - Fair Fuel UK, a motorists' lobby group, urged Britain's government on Monday to cut fuel duty after BP raised prices. Its director, Ian Hollis, said drivers were being squeezed.`,
			[]string{"Ian Hollis|director|Fair Fuel UK"}, []string{"Ian Hollis|BP", "Ian Hollis|United Kingdom"}},
		{"a president speaking in the other capital is not the dateline country's",
			`HELSINKI - Finland closed two border crossings with Russia on Thursday. Moscow called the closure unfriendly.

President Oleg Marin, speaking in Moscow, said the decision would hurt both countries. Prime Minister Aino Virta said Finland would not change course.`,
			[]string{"Oleg Marin|president|Russia", "Aino Virta|prime minister|Finland"}, []string{"Oleg Marin|Finland", "Aino Virta|Russia"}},
		{"the next sentence's pronoun tells lawmakers what her country will do",
			`Finland closed two border crossings with Russia on Thursday after a surge of asylum seekers. Moscow called the closure unfriendly and summoned Finland's ambassador.

Prime Minister Aino Virta, who faces a tough budget fight in parliament, has avoided sharp words. She told lawmakers on Friday that Finland would reopen the crossings if the flow stopped.`,
			[]string{"Aino Virta|prime minister|Finland"}, []string{"Aino Virta|Russia"}},
		{"spokespeople for ministries named three ways",
			`ATHENS - Turkey sent a survey ship into disputed waters on Monday. Nikos Papas, a spokesman for Greece's foreign ministry, said the move broke the law. Eleni Kosta, a spokeswoman for the foreign ministry of Cyprus, said Nicosia agreed. The Turkish defence ministry's spokesman, Murat Kaya, said the ship would stay.`,
			[]string{"Nikos Papas|spokesman|Greece", "Eleni Kosta|spokesman|Cyprus", "Murat Kaya|spokesman|Turkey"}, []string{"Eleni Kosta|Greece", "Nikos Papas|Turkey"}},
		{"a commissioner with a field after the role",
			`OTTAWA - A mining company hired a former cabinet minister. Canada's deputy ethics commissioner Ian Ross said the hiring broke the rules. Britain's parliamentary commissioner for standards, Jo Hart, said she would look at a similar case.`,
			[]string{"Ian Ross|commissioner|Canada", "Jo Hart|commissioner|United Kingdom"}, []string{"Jo Hart|Canada"}},
		{"its after a council that the previous sentence names as it",
			`WELLINGTON - The Pacific Fishing Council met in Fiji on Monday. It accused Sealord Group of overfishing tuna near Samoa. Its director, Mele Tupou, said quotas would be cut.`,
			[]string{"Mele Tupou|director|Pacific Fishing Council"}, []string{"Mele Tupou|Sealord Group", "Mele Tupou|Samoa", "Mele Tupou|Fiji"}},
		{"a leader whose government keeps its ambassador in the other country's capital",
			`BRUSSELS (Reuters) - Finland closed two border crossings with Russia on Thursday after a surge of asylum seekers. Moscow called the closure unfriendly. Russia's foreign ministry summoned Finland's ambassador.

Prime Minister Aino Virta, who faces a tough budget fight in parliament, has avoided sharp words. She told reporters her government would keep its ambassador in Moscow.`,
			[]string{"Aino Virta|prime minister|Finland"}, []string{"Aino Virta|Russia"}},
		{"party adjectives before leader name the party the story names, else the adjective's party",
			`LONDON - Britain's finance minister Owen Pike set out spending cuts on Wednesday that unions and business groups both criticised.

Conservative leader Mara Lyle called the plan reckless. Liberal Democrat leader Sam Ortiz said it would hurt schools, and Reform chief Ian Bell said it did not go far enough. Conservative whip Nia Cole said every member would vote.

The Conservatives will vote against the budget next week.`,
			[]string{"Mara Lyle|leader|Conservatives", "Sam Ortiz|leader|Liberal Democrat Party", "Nia Cole|whip|Conservatives"},
			[]string{"Mara Lyle|Conservative", "Sam Ortiz|Liberal Democrat", "Ian Bell|Reform Party", "Mara Lyle|United Kingdom"}},
		{"its chair after a committee whose name the tagger misreads, not the house it belongs to",
			`OTTAWA (Reuters) - Canada's health minister Lena Marsh faced calls to resign on Thursday after a report found she had helped a donor win a contract.

The Commons ethics committee voted to summon Marsh next week. Its chair, Liberal MP Dev Rao, said the hearing would be public. Prime Minister Paul Roy defended her.`,
			[]string{"Dev Rao|chairman|The Commons ethics committee", "Dev Rao|mp|Liberal Party"},
			[]string{"Dev Rao|Commons", "Dev Rao|House of Commons", "Dev Rao|Lena Marsh", "Dev Rao|Canada"}},
		{"a definite demonym office in apposition names the demonym's country, not the host or the dominant one",
			`SANTIAGO (Reuters) - Argentina and Peru agreed on Monday to hold joint naval exercises off the Argentine coast, Argentina's navy said.

The Chilean defence secretary, Ana Ruiz, said her government would send observers. The Polish foreign minister, Ivo Kral, welcomed the plan in a call with Argentine officials.

Argentina's President Tomas Vidal said the drills would begin in May. The Uruguayan Defence Secretary, Luis Pena, said his navy would take part.`,
			[]string{"Ana Ruiz|secretary|Chile", "Ivo Kral|minister|Poland", "Luis Pena|secretary|Uruguay"},
			[]string{"Ana Ruiz|Argentina", "Ana Ruiz|Peru", "Ivo Kral|Argentina", "Ivo Kral|Chile", "Luis Pena|Uruguayan Defence", "Luis Pena|Argentina"}},
		{"a country's ambassador is its possessor's, never the host's after to",
			`MANILA (AP) - The Philippines lodged a protest on Tuesday after a Chinese coast guard vessel fired a water cannon at a Philippine supply boat near a disputed shoal.

China's ambassador, Zhou Li, was summoned by the Philippine foreign ministry. Philippine President Rosa Cruz said the country would not back down.

Separately, Japan's ambassador to Manila, Kenji Sato, met Cruz and offered support.`,
			[]string{"Zhou Li|ambassador|China", "Kenji Sato|ambassador|Japan"},
			[]string{"Zhou Li|Philippines", "Kenji Sato|Philippines", "Kenji Sato|China"}},
		{"a spokesman for a country's ministry speaks for the country",
			`SANTIAGO (Reuters) - Chile protested on Tuesday after Peru's navy detained two Chilean fishing boats near the maritime border, and Bolivia offered to mediate.

A spokesman for Chile's foreign ministry, Pablo Rojas, said the boats had been in international waters. Peru's defence minister, Ana Velasco, rejected the claim.

A spokeswoman for the ministry, Carla Munoz, said Santiago would recall its ambassador if the crews were not freed.`,
			[]string{"Pablo Rojas|spokesman|Chile", "Carla Munoz|spokesman|Chile", "Ana Velasco|minister|Peru"},
			[]string{"Pablo Rojas|Peru", "Pablo Rojas|Bolivia", "Carla Munoz|Peru", "Carla Munoz|Bolivia", "Ana Velasco|Chile"}},
		{"a spokesman for a country's named ministry speaks for the country",
			`LIMA (AP) - Peru's Foreign Ministry summoned Chile's ambassador on Wednesday over the detention of two fishing boats, and Bolivia urged calm.

A spokeswoman for the ministry, Rosa Quispe, said the boats had permits. A spokesman for Chile's navy, Diego Fuentes, said the crews had crossed the border.`,
			[]string{"Rosa Quispe|spokesman|Peru", "Diego Fuentes|spokesman|Chile"},
			[]string{"Rosa Quispe|Foreign Ministry", "Rosa Quispe|Chile", "Diego Fuentes|Peru", "Rosa Quispe|Bolivia"}},
		{"an appointee holds the role in the appointing company, past a description and its",
			`ACCRA (Reuters) - Volta Steel said on Monday its chief executive had resigned after a dispute with Ashanti Mining over iron ore prices.

The board named Kwame Boateng, a former banker, as interim chairman. Ashanti Mining said it would keep supplying ore.

Separately, Kumasi Cement appointed Efua Mensah as chief executive, and Tema Logistics named Kofi Asante its new chairman.`,
			[]string{"Kwame Boateng|chairman|Volta Steel", "Efua Mensah|chief executive|Kumasi Cement", "Kofi Asante|chairman|Tema Logistics"},
			[]string{"Kwame Boateng|Ashanti Mining", "Kofi Asante|Kumasi Cement", "Efua Mensah|Tema Logistics"}},
		{"appointments by a company's board, its board and a named company",
			`JOHANNESBURG (Reuters) - Karoo Steel said on Monday it had missed a bond payment to Nedlund Bank, its largest lender.

Its board appointed Thabo Nkosi, a restructuring specialist, as chief executive. Nedlund Bank named Lerato Dube its new head of lending. Karoo Steel's board also named Sipho Zulu chairman.`,
			[]string{"Thabo Nkosi|chief executive|Karoo Steel", "Lerato Dube|head|Nedlund Bank", "Sipho Zulu|chairman|Karoo Steel"},
			[]string{"Thabo Nkosi|Nedlund Bank", "Lerato Dube|Karoo Steel", "Sipho Zulu|Nedlund Bank"}},
		{"two office holders from a place, named together, each hold the office there",
			`WASHINGTON (AP) - Two senators from Ohio, Tom Brandt and Lisa Okafor, wrote to the Commerce Department on Tuesday urging tariffs on Canadian steel.

Canada's trade minister, Marie Tremblay, called the letter protectionist. Two ministers from Mexico, Jorge Ruiz and Elena Soto, said they would join talks with Ottawa.`,
			[]string{"Tom Brandt|senator|Ohio", "Lisa Okafor|senator|Ohio", "Jorge Ruiz|minister|Mexico", "Elena Soto|minister|Mexico", "Marie Tremblay|minister|Canada"},
			[]string{"Tom Brandt|Canada", "Lisa Okafor|Commerce Department", "Jorge Ruiz|Canada", "Elena Soto|Canada", "Jorge Ruiz|Ohio"}},
		{"a portfolio title is of the organisation named for the portfolio, else of the state",
			`NAIROBI (Reuters) - Kenya's Treasury said on Wednesday it would cut spending after Uganda raised fuel import duties.

Treasury Cabinet Secretary Grace Wanjiru told parliament the cuts would protect the shilling. Fisheries Minister Otieno Kamau said trade with Uganda would suffer.`,
			[]string{"Grace Wanjiru|secretary|Treasury", "Otieno Kamau|minister|Kenya"},
			[]string{"Grace Wanjiru|Treasury Cabinet", "Grace Wanjiru|Uganda", "Otieno Kamau|Uganda", "Otieno Kamau|Treasury"}},
		{"a portfolio title is of the department or office named for it",
			`LONDON (Reuters) - The Department for Work and Pensions will cut benefit payments, a report by the National Audit Office found on Thursday, while France said it would not follow.

Work and Pensions Secretary Leila Karimi defended the plan. Auditor-General Fiona McGrath said savings had been overstated.`,
			[]string{"Leila Karimi|secretary|Department for Work and Pensions", "Fiona McGrath|auditor general|National Audit Office"},
			[]string{"Leila Karimi|France", "Fiona McGrath|France", "Leila Karimi|National Audit Office"}},
		{"a state title without a country takes the country whose capital the sentence is in",
			`BRUSSELS (Reuters) - Turkey and Greece agreed on Monday to resume talks over maritime boundaries, Turkey's foreign ministry said, after EU mediators met both sides.

Turkish officials said Ankara wanted a deal by the summer. Opposition lawmakers in Athens accused the government of secrecy, a charge Prime Minister Stavros Kallergis rejected.`,
			[]string{"Stavros Kallergis|prime minister|Greece"},
			[]string{"Stavros Kallergis|Turkey"}},
		{"a state title in a sentence about a journey is not the destination's",
			`ANKARA (Reuters) - Turkey and Greece agreed on Monday to resume talks over maritime boundaries, Turkey's foreign ministry said.

Turkish officials said Ankara wanted a deal by the summer. Prime Minister Selim Aksoy arrived in Athens on Tuesday for the first round.`,
			[]string{"Selim Aksoy|prime minister|Turkey"},
			[]string{"Selim Aksoy|Greece"}},
		{"a state title without a country is the talks' party, not the mediator's",
			`OSLO (Reuters) - Colombia's government and the ELN rebel group agreed on Friday to extend a ceasefire at talks brokered by Norway.

Norwegian diplomats said both sides had made concessions. President Tomas Arbelaez, who has staked his term on the talks, praised the negotiators.`,
			[]string{"Tomas Arbelaez|president|Colombia"},
			[]string{"Tomas Arbelaez|Norway"}},
		{"whose after a named body: the body's office, never a country named elsewhere",
			`KINGSTON (Reuters) - Jamaica's sprint team was cleared on Thursday of doping charges after a two-year fight with anti-doping officials in Switzerland.

Sports body World Sprint, whose president, Henrik Ostergaard, said the ruling closed a painful chapter, had backed the athletes. Jamaica's sports minister, Olivia Grant, welcomed the decision.`,
			[]string{"Henrik Ostergaard|president|World Sprint", "Olivia Grant|minister|Jamaica"},
			[]string{"Henrik Ostergaard|Jamaica", "Henrik Ostergaard|Switzerland", "World Sprint|Jamaica"}},
		{"whose after a name read as a person gives no state office",
			`KINGSTON (Reuters) - Jamaica's sprint team was cleared on Thursday of doping charges after a two-year fight with anti-doping officials in Switzerland.

World Sprint, whose president, Henrik Ostergaard, said the ruling closed a painful chapter, had backed the athletes. Jamaica's sports minister, Olivia Grant, welcomed the decision.`,
			[]string{"Olivia Grant|minister|Jamaica"},
			[]string{"Henrik Ostergaard|Jamaica", "World Sprint|Jamaica"}},
		{"possessive descriptions of the company, the party and the group in focus",
			`SINGAPORE (Reuters) - Harbourline Logistics said on Tuesday it would cut 400 jobs in Malaysia after losing a contract with Meridian Shipping. The firm's managing director, Li Wen, said the cuts were painful. Meridian declined to comment.

In Warsaw, the Civic Renewal Party quit the ruling coalition after a row with the Farmers' Alliance over taxes. The party's parliamentary leader, Jan Nowak, said its ministers would resign.

Gauteng province gave a road contract to Mathebula Construction, beating Sandton Engineering. The construction group's managing director, Thandi Khumalo, said work would begin in March.`,
			[]string{"Li Wen|chief executive|Harbourline Logistics", "Jan Nowak|leader|Civic Renewal Party", "Thandi Khumalo|chief executive|Mathebula Construction"},
			[]string{"Li Wen|Meridian Shipping", "Li Wen|Malaysia", "Jan Nowak|Farmers' Alliance", "Jan Nowak|Poland", "Thandi Khumalo|Sandton Engineering", "Thandi Khumalo|Gauteng"}},
		{"its after an organisation that met in a place",
			`JOHANNESBURG - The Southern African Trade Council met in Sandton on Monday and criticised Zambia over copper export curbs. Its commission president, Kofi Mensah, said the curbs broke the council's rules.`,
			[]string{"Kofi Mensah|president|Southern African Trade Council"},
			[]string{"Kofi Mensah|Sandton", "Kofi Mensah|Zambia"}},
		{"its minister after a regional government, past a company named between",
			`MUNICH (Reuters) - The regional government of Bavaria said on Tuesday it would give Kessler Motoren 200 million euros to keep its Ingolstadt plant open. Kessler had planned to move the work to Hungary. Its economy minister, Klaus Hartwig, said the jobs were vital.`,
			[]string{"Klaus Hartwig|minister|Bavaria"},
			[]string{"Klaus Hartwig|Kessler Motoren", "Klaus Hartwig|Hungary"}},
		{"its minister after a state's named government is the government's",
			`CAIRO (Reuters) - Sudan's Khartoum-based Transitional Government of Unity welcomed the vote on Monday. Its foreign minister, Salem Bahri, called on Chad to close the border.`,
			[]string{"Salem Bahri|minister|Transitional Government of Unity"},
			[]string{"Salem Bahri|Sudan", "Salem Bahri|Chad"}},
		{"two organisations in apposition to a plural role an organisation holds",
			`LONDON (Reuters) - Corvane Holdings rejected a 2 billion pound offer from Ardent Capital on Monday. It said it had studied the bid with its advisers, Halden Bank and Morrow Partners, and found it too low.`,
			[]string{"Halden Bank|adviser|Corvane Holdings", "Morrow Partners|adviser|Corvane Holdings"},
			[]string{"Halden Bank|Ardent Capital", "Morrow Partners|Ardent Capital"}},
		{"the second organisation of the pair has a descriptor",
			`NEW YORK (Reuters) - Corvane Holdings stopped short of rejecting a bid from Ardent Capital on Monday, which it said it was still studying with its advisers, Halden Bank and the law firm Morrow Partners LLP.`,
			[]string{"Halden Bank|adviser|Corvane Holdings", "Morrow Partners LLP|adviser|Corvane Holdings"},
			[]string{"Halden Bank|Ardent Capital", "Morrow Partners LLP|Ardent Capital"}},
		{"a state office is not the state its holder asks for help",
			`OSLO (Reuters) - Wildfires spread across the north on Monday. Prime Minister Tomas Ekberg asked Norway for two water bombers, and Norway sent them within hours. Norway's fire chief said crews were ready.`,
			nil,
			[]string{"Tomas Ekberg|Norway"}},
		{"a pair of holders after a partitive of",
			`GENEVA (Reuters) - The trade tribunal stopped hearing appeals on Monday. Two of the Review Panel's members, Arjun Mehta and Paul Kessel, quit in December.`,
			[]string{"Arjun Mehta|member|Review Panel", "Paul Kessel|member|Review Panel"},
			nil},
		{"the first holder of a pair named with a country",
			`GENEVA (Reuters) - The trade tribunal stopped hearing appeals on Monday. Two of the Review Panel's members, Arjun Mehta of India and Paul Kessel, quit in December.`,
			[]string{"Arjun Mehta|member|Review Panel", "Paul Kessel|member|Review Panel"},
			[]string{"Arjun Mehta|India", "Paul Kessel|India"}},
		{"its ambassador is the clause subject's, not a country named later",
			`LIMA (AP) - Peru recalled its ambassador, Carmen Quispe, on Monday after Mexico criticised the trial of a former president. Chile's foreign minister, Ana Soto, urged calm.`,
			[]string{"Carmen Quispe|ambassador|Peru", "Ana Soto|minister|Chile"},
			[]string{"Carmen Quispe|Mexico", "Carmen Quispe|Chile"}},
		{"a ministry spokesman in a capital that opens the sentence",
			`TOKYO (AP) - Japan protested on Tuesday after Chinese coast guard ships entered waters near disputed islands. In Beijing, a foreign ministry spokesman, Li Wenjun, said the ships were on a routine patrol. Japan's defence minister, Ken Sato, called the move provocative.`,
			[]string{"Li Wenjun|spokesman|China", "Ken Sato|minister|Japan"},
			[]string{"Li Wenjun|Japan"}},
		{"definite roles in apposition hold the role in the company in focus",
			`STOCKHOLM (Reuters) - Nordvik Paper said on Wednesday its profit fell by half as demand from China slowed and rival Holmfors cut prices. The chief financial officer, Sofia Lind, said costs would be cut. Two independent directors, Per Alm and Lena Holm, resigned over the plan.`,
			[]string{"Sofia Lind|official|Nordvik Paper", "Per Alm|director|Nordvik Paper", "Lena Holm|director|Nordvik Paper"},
			[]string{"Sofia Lind|Holmfors", "Sofia Lind|China", "Per Alm|Holmfors"}},
		{"multi-word roles after a club, a person, a capital and a described fund",
			`NAIROBI (Reuters) - The International Monetary Fund approved a loan to Kenya on Friday, and Ethiopia asked for one. The fund's resident representative in Nairobi, Marta Lind, said reforms had begun. Washington's envoy for the Horn of Africa, Mark Dale, praised the deal.

Mr. Vargas's former chief of staff, Luis Ochoa, was arrested in Bogota. Dortmund's sporting director, Sebastian Klaus, denied a bid for Bayern's striker.`,
			[]string{"Marta Lind|representative|International Monetary Fund", "Mark Dale|envoy|United States", "Sebastian Klaus|director|Dortmund", "Luis Ochoa|aide|Vargas"},
			[]string{"Luis Ochoa|Colombia", "Marta Lind|Kenya", "Marta Lind|Nairobi", "Mark Dale|Kenya", "Mark Dale|Ethiopia", "Sebastian Klaus|Bayern"}},
		{"a researcher at an institute in a city",
			`PRETORIA (Reuters) - Mozambique asked Rwanda on Monday to keep troops in Cabo Delgado. Amina Farouk, a researcher at the Institute for Security Studies in Pretoria, said the insurgency was growing.`,
			[]string{"Amina Farouk|researcher|Institute for Security Studies"},
			[]string{"Amina Farouk|Pretoria", "Amina Farouk|Mozambique", "Amina Farouk|Rwanda"}},
		{"its after an organisation whose delegates met a president in a capital; its ambassador to the country criticising; the company's finance director",
			`LAGOS (Reuters) - Delegates of the West African Trade Council met in Abuja on Monday with President Bola Adeyemi to discuss tariffs. Its commission president, Kofi Mensah, said the tariffs hurt traders.

Peru recalled its ambassador to Mexico, Carmen Quispe, after Mexico criticised the trial. Sandton Holdings said its chairman, Piet Botha, would retire. The company's finance director, Naledi Dube, will leave in May.`,
			[]string{"Kofi Mensah|president|West African Trade Council", "Carmen Quispe|ambassador|Peru", "Naledi Dube|director|Sandton Holdings"},
			[]string{"Kofi Mensah|Nigeria", "Kofi Mensah|Bola Adeyemi", "Carmen Quispe|Mexico"}},
		{"a ministry title in a capital that opens the sentence; its minister after a provincial government, past a company and a country",
			`KYIV (Reuters) - Ukraine said on Monday it had shot down 40 drones overnight, and Poland scrambled jets. In Moscow, defence ministry spokesman Igor Petrov said the strikes hit military targets.

Quebec's provincial government said it would lend Valcourt Aero 300 million dollars. Valcourt had threatened to move jobs to Mexico. Its finance minister, Eric Girard, said the loan was safe.`,
			[]string{"Igor Petrov|spokesman|Russia", "Eric Girard|minister|Quebec"},
			[]string{"Igor Petrov|Ukraine", "Igor Petrov|Poland", "Eric Girard|Mexico", "Eric Girard|Valcourt Aero"}},
		{"roles at a bank in a city, at a centre split at for, and a capital's ambassador to a world body",
			`LONDON (Reuters) - Barclays Bank cut its growth forecast for Britain on Tuesday after Germany's economy shrank. The bank's chief economist in London, Ruth Olsen, said rates would fall. Tom Grey, a senior researcher at the Centre for European Reform in Brussels, said Germany was the risk.

Moscow's ambassador to the United Nations, Vasily Orlov, accused Kyiv of escalating the war. Ana Paz, an analyst at Brightline Capital in Madrid, agreed.`,
			[]string{"Ruth Olsen|economist|Barclays Bank", "Tom Grey|researcher|Centre for European Reform", "Vasily Orlov|ambassador|Russia", "Ana Paz|analyst|Brightline Capital"},
			[]string{"Ruth Olsen|United Kingdom", "Tom Grey|Belgium", "Vasily Orlov|United Nations", "Vasily Orlov|Ukraine", "Ana Paz|Spain"}},
		{"descriptions of a company, a regulator and a party, each the one whose name has the noun or kind",
			`ACCRA (Reuters) - Ghana's Minerals Commission fined Volta Mining on Thursday for spills near Obuasi, and Ashanti Cocoa said its farms had been damaged. The mining company's chairman, Kojo Asare, said the fine would be appealed. The regulator's director, Efua Boateng, said the fine was fair.

The opposition Democratic Congress demanded an inquiry. The party's general secretary, Yaw Mensah, said ministers had ignored warnings.`,
			[]string{"Kojo Asare|chairman|Volta Mining", "Efua Boateng|director|Minerals Commission", "Yaw Mensah|general secretary|Democratic Congress"},
			[]string{"Kojo Asare|Ashanti Cocoa", "Kojo Asare|Minerals Commission", "Efua Boateng|Volta Mining", "Yaw Mensah|Ghana"}},
		{"ministry roles after capitals that open their sentences, in a story from a third country",
			`TOKYO (AP) - Japan lodged a protest on Wednesday after Chinese survey ships entered its waters, and South Korea said it was watching closely. In Beijing, a spokesman for the foreign ministry, Wang Tao, said the ships had every right to be there. In Seoul, a defence ministry official, Kim Min-su, called for calm.`,
			[]string{"Wang Tao|spokesman|China", "Kim Min-su|official|South Korea"},
			[]string{"Wang Tao|Japan", "Wang Tao|South Korea", "Kim Min-su|Japan", "Kim Min-su|China"}},
		{"its after a fund based in a place and described before a minister",
			`JOHANNESBURG - The Sandton-based Southern Africa Development Fund lent 2 billion rand to Zimbabwe on Monday, a move criticised by Zambia's finance minister, Tendai Phiri. Its commission president, Kofi Mensah, said the loan was sound.

Harare welcomed the money. The fund's chief economist, Lindiwe Sithole, said growth would recover.`,
			[]string{"Kofi Mensah|president|Southern Africa Development Fund", "Lindiwe Sithole|economist|Southern Africa Development Fund", "Tendai Phiri|minister|Zambia"},
			[]string{"Kofi Mensah|Sandton", "Kofi Mensah|Tendai Phiri", "Kofi Mensah|Zimbabwe", "Kofi Mensah|Zambia", "Lindiwe Sithole|Zimbabwe"}},
		{"a minister whose quotation says what his country means to do, in a story filed from another capital",
			`TOKYO - Japanese robot maker Kenzo Robotics and French firm Aubert signed a deal on Monday to build a factory in France. "Europe needs robots, and France wants to build them," Trade Minister Paul Girard said at the ceremony in Tokyo.`,
			[]string{"Paul Girard|minister|France"},
			[]string{"Paul Girard|Japan"}},
		{"an opposition leader with no party before the title leads the one opposition party the story names",
			`The motion, tabled by the opposition Civic Renewal Party, failed on Thursday. Opposition leader Dilan Perera said the vote was rigged.`,
			[]string{"Dilan Perera|leader|Civic Renewal Party"},
			nil},
		{"an opposition leader leads the opposition, and the party the sentence names after the name",
			`The senator refused to join the opposition. Opposition leader Marta Quiroga, whose Nuevo Rumbo party tabled the motion, said the vote was rigged. The vote was close, said opposition leader Tomas Vidal.`,
			[]string{"Marta Quiroga|leader|Opposition", "Marta Quiroga|leader|Nuevo Rumbo", "Tomas Vidal|leader|opposition"},
			nil},
		{"an adjective opening the sentence before an opposition leader's title names no party",
			`The senator refused to join the opposition. Main opposition leader Dilan Perera said the vote was rigged. Prominent opposition leader Ana Ruiz agreed.`,
			[]string{"Dilan Perera|leader|opposition"},
			[]string{"Dilan Perera|Main Party", "Dilan Perera|Main", "Ana Ruiz|Prominent Party", "Ana Ruiz|Prominent"}},
		{"a party office before a name is held in the party named after it between commas; a seat is a member's",
			`Opposition leader Aram Petrosyan, of the Bright Homeland party, called on the government to resign. Senator Ana Lenz, of the Civic Forum party, agreed.`,
			[]string{"Aram Petrosyan|leader|Bright Homeland", "Ana Lenz|member|Civic Forum"},
			nil},
		{"a demonym before an opposition title is a nationality when the holder leads a party named after the name",
			`Armenian opposition leader Aram Petrosyan, of the Bright Homeland party, called on the government to resign. Georgian opposition leader Eka Lomidze said she agreed.`,
			[]string{"Aram Petrosyan|leader|Bright Homeland", "Eka Lomidze|leader|Georgia"},
			[]string{"Aram Petrosyan|Armenia"}},
		{"the company is no organisation described beside its name as a federation",
			`The mining union of the FNTM, the country's main labour federation, said it would keep the pits closed until Ordax Mining agreed to raise wages. Talks between the union and Ordax management ended without agreement on Monday. The company's chief executive, Lena Brandt, said the demands would cost too much.`,
			[]string{"Lena Brandt|chief executive|Ordax Mining"},
			[]string{"Lena Brandt|FNTM"}},
		{"a minister named by his country's possessive in a story about that country's government is in the government too",
			`LIMA - Peru's interior minister, Ramiro Quispe, resigned on Friday after the Senate censured him. The government said a successor would be named soon. Peru's economy has slowed.`,
			[]string{"Ramiro Quispe|minister|Peru", "Ramiro Quispe|minister|government"},
			nil},
		{"an opposition leader in apposition leads the opposition or its one named party, as with the title before the name",
			`The senator voted with the opposition. The opposition leader, Peter Mwangi, welcomed the climbdown.`,
			[]string{"Peter Mwangi|leader|opposition"},
			nil},
		{"an opposition leader in apposition leads the one opposition party the story names",
			`The motion, tabled by the opposition Civic Renewal Party, failed. The opposition leader, Dilan Perera, welcomed the result.`,
			[]string{"Dilan Perera|leader|Civic Renewal Party"},
			nil},
		{"a region's name before an office is the regional government the story names with it",
			`The Catalan regional government said it would lend the shipyard 20 million euros. Catalan industry chief Jordi Puig welcomed the plan.`,
			[]string{"Jordi Puig|chief|Catalan regional government"},
			[]string{"Jordi Puig|Catalan"}},
		{"a named spokesman of a body that stands for its country serves the body as its name says, and the country",
			`The United States criticised the move. A State Department spokesman, James Carter, said Washington was concerned.`,
			[]string{"James Carter|spokesman|United States", "James Carter|spokesman|State Department"},
			nil},
		{"its minister is not a country named inside another subject",
			`BOGOTA - Colombia offered on Monday to mediate over the Essequibo region. Talks between Venezuela and Guyana collapsed last week. Its foreign minister, Laura Rios, will travel to Caracas.`,
			[]string{"Laura Rios|minister|Colombia"},
			[]string{"Laura Rios|Venezuela", "Laura Rios|Guyana"}},
		{"a nationality before a board seat is the holder's, and the seat is on the board of the company the story is about",
			`Kelvora Motors said its board had met on Friday. Kelvora Motors fired its chairman. Jonas Telrow, an American board member, also quit.`,
			[]string{"Jonas Telrow|member|Kelvora Motors"},
			[]string{"Jonas Telrow|United States"}},
		{"an independent director sits on the board the story names by its company's name, not the bidder's named more often",
			`Tessvik Brewing made a hostile bid for Browar Lesna on Monday. Tessvik Brewing said it would pay cash. Browar Lesna's board rejected the offer. Tessvik Brewing said it would raise it. Anna Kowal, an independent director, resigned.`,
			[]string{"Anna Kowal|director|Browar Lesna"},
			[]string{"Anna Kowal|Tessvik Brewing"}},
		{"a body's role named again after the person named with it is that person, no unnamed holder of it",
			`The Varno Party spokesman Edda Rusk criticised the budget on Monday. Later the Varno Party spokesman attacked Kelmo Group.`,
			[]string{"Edda Rusk|spokesman|Varno Party"},
			[]string{"Varno Party's spokesman|Varno Party"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roleTriples(t, tt.text)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in %q", w, got)
				}
			}
			for _, n := range tt.not {
				for _, g := range got {
					f := strings.Split(g, "|")
					if f[0]+"|"+f[2] == n {
						t.Errorf("unexpected %q", g)
					}
				}
			}
		})
	}
}

// TestRoleStageTextEnds checks that names, roles and appositions at the
// very end of a text (no closing punctuation) do not fail the stage.
func TestRoleStageTextEnds(t *testing.T) {
	for _, text := range []string{
		"Shares rose after a bid from Calder Asset Management",
		"Shares were bought by Vesta Pension, Calder Capital",
		"The largest shareholder is Vesta Pension, another large investor",
		"Two independent directors, Anders Holm and Eva Ekdal",
		"Its chair, Labour MP Dev Rao",
		"Brackwell Foods rejected the offer. \"No,\" its chairman",
	} {
		if _, err := pipeline(t).Extract(context.Background(), "end.txt", text); err != nil {
			t.Errorf("%q: %v", text, err)
		}
	}
}

// TestRoleObjectText checks the words a role statement gives for its
// institution: the phrase that names it, not the role phrase.
func TestRoleObjectText(t *testing.T) {
	tests := []struct {
		text string
		want []string // subject|predicate|object_text, each among the role statements
	}{
		{"Tomas Varga, the former chairman of the opposition Green Dawn party, criticised the budget. Lina Okafor, a leader of the ruling Unity Front party, defended it.",
			[]string{"Tomas Varga|chairman|the opposition Green Dawn party", "Lina Okafor|leader|the ruling Unity Front party"}},
		{"Ana Reyes was elected leader of the Civic Renewal party in May. The spokesman for the Kivu rebel group, Jean Mbala, denied it.",
			[]string{"Ana Reyes|leader|Civic Renewal party", "Jean Mbala|spokesman|Kivu rebel group"}},
		{"The Sahel League met in Niamey. A spokeswoman for the Sahel League commission, Awa Diop, said talks would resume. Three lawmakers objected. One of them, Rafael Soto of the Blue Dawn coalition, said the bill would fail.",
			[]string{"Awa Diop|spokesman|Sahel League commission", "Rafael Soto|member|Blue Dawn coalition"}},
	}
	for _, tc := range tests {
		ex, err := pipeline(t).Extract(context.Background(), "roles.txt", tc.text)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		var got []string
		for _, s := range ex.Statements {
			if s.Role {
				got = append(got, s.Subject+"|"+s.Predicate+"|"+s.ObjectText)
			}
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: want %q among %q", tc.text, w, got)
			}
		}
	}
}

// TestFoundersInReducedRelatives checks that a participle between commas
// with a time phrase before its "by" agent is read as a passive: the agent
// founded or bought the organisation the phrase follows.
func TestFoundersInReducedRelatives(t *testing.T) {
	tests := []struct {
		text string
		want []string // subject|predicate|object, each among the statements
	}{
		{"The Lantern Party, founded only last year by Ilse Varnoske, won seats in the election.",
			[]string{"Ilse Varnoske|found|Lantern Party"}},
		{"Brio Foods, bought two years ago by Kestrel Group, cut jobs.",
			[]string{"Kestrel Group|buy|Brio Foods"}},
	}
	for _, tc := range tests {
		ex, err := pipeline(t).Extract(context.Background(), "founders.txt", tc.text)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		var got []string
		for _, s := range ex.Statements {
			got = append(got, s.Subject+"|"+s.Predicate+"|"+s.Object)
		}
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q\n got  %q\n want %q", tc.text, got, w)
			}
		}
	}
}
