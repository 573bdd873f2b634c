package extract

import "testing"

// TestAnswers covers acts that answer or stand for another actor: an
// answered offer or charge, a possessed act, a nominal act with its agent.
func TestAnswers(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the statements
		not  []string // none of these may be
	}{
		{"a possessed act with an 'of' phrase after it is the possessor's act, whatever the phrase ends in",
			"The board of Pellam Foods accepted Rorke Capital's offer of $12 a share on Friday.",
			[]string{"Pellam Foods|accept|Rorke Capital"}, nil},
		{"a claim, description or request in apposition to the clause that said, called or asked it is its sayer's",
			"The Orvell Party asked the court to annul the vote, a request Judge Ana Wambui rejected. The Farmers Union said the Ministry of Agriculture had lied about the subsidies, a claim Agriculture Minister Eva Lund disputed. Tomas Vidal called Halvex Group a cartel, a description that Halvex rejects.",
			[]string{"Ana Wambui|reject|Orvell Party", "Eva Lund|dispute|Farmers Union|reported", "Halvex Group|reject|Tomas Vidal"}, nil},
		{"resisting or attacking an act, responding or reacting to it, coming out against it or bristling at it answers its maker",
			"Brio Energy made an approach to Kestrel Mining in May. Kestrel Mining responded to the approach with a plan of its own. Pension fund Alder Invest resisted the approach. The Dock Workers Union came out against the approach. The Competition Authority blocked the merger of Halvex and Ostra on Monday. The decision was attacked by Finance Minister Eva Lund. Peru recalled its ambassador from Chile. Chile bristled at the recall.",
			[]string{"Kestrel Mining|respond|Brio Energy", "Alder Invest|resist|Brio Energy", "Dock Workers Union|come|Brio Energy", "Eva Lund|attack|Competition Authority", "Chile|bristle|Peru"}, nil},
		{"calling a strike makes it, actively or by a passive's agent, and backing the strike answers its caller",
			"About 900 workers at Tarvik Foods walked off the job on Monday. The strike was called by the Tarvik Food Workers Union. The Federation of Drovian Labour said it backed the strike. The Coastal Miners Union called a strike at Belmar Copper on Friday. The Drovian Workers Congress said it supported the strike.",
			[]string{"Federation of Drovian Labour|back|Tarvik Food Workers Union|reported", "Drovian Workers Congress|support|Coastal Miners Union|reported"}, nil},
		{"a complaint or a vote against a deal answers the deal, and makes no later answer to the deal the complainer's",
			"Ostra Retail agreed to buy Kestrel Markets for $2 billion in January. The Consumers League, which had lodged a complaint against the deal in March, said prices would rise. The Shopkeepers Council opposed the deal.",
			nil, []string{"Shopkeepers Council|oppose|Consumers League"}},
		{"an indefinite demand or proposal followed by what it asks is the one the story reported: its maker's",
			"The Harbour Workers Union demanded a 12 percent pay rise in March. Kestrel Port rejected a demand for higher wages. The Teachers Union has proposed a four-day week. The Education Ministry rejected a proposal to shorten the week.",
			[]string{"Kestrel Port|reject|Harbour Workers Union", "Education Ministry|reject|Teachers Union"}, nil},
		{"a statement issued by a body a demonym names speaks for it: a word after 'the' and a demonym is a noun",
			"The Chinese embassy later issued a statement calling on Chile to stop the patrols.",
			[]string{"China|call|Chile"}, []string{"a statement|call|Chile"}},
		{"the writer of a letter or statement to someone addresses it: the subject of the verb after an opening phrase, before a closing one",
			"In a letter to Brio Energy chief executive Jo Smith, Halvex chairman Ana Ruiz said the offer was too low. Tomas Vidal denied any wrongdoing in a letter to Eva Lund. Brio Energy said in a statement to the Lima Stock Exchange that it had bought the stake.",
			[]string{"Ana Ruiz|write|Jo Smith", "Tomas Vidal|write|Eva Lund", "Brio Energy|tell|Lima Stock Exchange"}, []string{"Ana Ruiz|write|Brio Energy"}},
		{"a letter to someone not named is still its writer's, which a later answer to the letter answers",
			"In a letter to shareholders published on Thursday, Tomas Vidal accused Halvex chief executive Jo Smith of wasting money. Smith dismissed the letter as noise.",
			[]string{"Jo Smith|dismiss|Tomas Vidal"}, nil},
		{"a letter addressed to no one is its writer's too",
			"In a letter published on Thursday, Tomas Vidal accused Halvex chief executive Jo Smith of wasting money. Smith dismissed the letter as noise.",
			[]string{"Jo Smith|dismiss|Tomas Vidal"}, nil},
		{"a countersuit, request or appeal filed by someone speaks for whoever filed it",
			"Halvex Group has filed a countersuit accusing Brio Energy of breaking the contract. The Farmers Union lodged an appeal accusing the Trade Ministry of bias.",
			[]string{"Halvex Group|accuse|Brio Energy", "Farmers Union|accuse|Trade Ministry"}, []string{"a countersuit|accuse|Brio Energy"}},
		{"'has' repeated after a denial whose clause has a plural subject joins the denier's verbs, asserted",
			"Halvex has denied that its cells were defective and has filed a countersuit accusing Brio Energy of changing the design.",
			[]string{"Halvex|accuse|Brio Energy", "Halvex|file|a countersuit"}, []string{"its cells|file|a countersuit|denied"}},
		{"a part of what a named actor has stands for the actor, after 'more than' too, and so does a phase of it",
			"Guatemala claims more than half of Belize's territory. Venezuela claims a third of Guyana's land. Bulgaria has blocked the start of Albania's membership talks since 2020.",
			[]string{"Guatemala|claim|Belize", "Venezuela|claim|Guyana", "Bulgaria|block|Albania"}, []string{"Guatemala|claim|more"}},
		{"a demand or call with a 'that' clause in the base form is its maker's demand on the clause's subject; a call one speaks on is none",
			"Peru repeated its demand that Chile withdraw its troops. Bolivia rejected Peru's call that it open the border. The chief executive of Kestrel Mining told analysts on a conference call that Halvex Group had lied.",
			[]string{"Peru|demand|Chile", "Peru|call|Bolivia"}, []string{"Kestrel Mining|call|Halvex Group"}},
		{"a request, petition or appeal answered by someone was put to them by its possessor or the actor named by 'from' or '(filed) by'",
			"Russia responded quickly to a request from Armenia. Judge Ana Wambui upheld a petition filed by Tomas Vidal. The tribunal dismissed Brio Energy's request for an injunction. The Supreme Court granted the appeal by Kestrel Mining.",
			[]string{"Armenia|request|Russia", "Tomas Vidal|petition|Ana Wambui", "Kestrel Mining|appeal|Supreme Court"}, nil},
		{"the subject of a passive with a sum or thing after it made no decision: a welcomed decision is the fining body's",
			"The Competition Authority fined Halvex 20 million euros on Monday. Brio Energy was fined 5 million euros. The Builders Union welcomed the decision.",
			[]string{"Builders Union|welcome|Competition Authority"}, []string{"Builders Union|welcome|Brio Energy"}},
		{"'the case' brought by someone, named again after a court's verdict, was brought against the party the verdict was on",
			"The High Court in Accra convicted Kofi Darko of fraud on Tuesday. Darko denied the charges. The case was brought by the Office of the Special Prosecutor.",
			[]string{"Office of the Special Prosecutor|bring|Kofi Darko"}, nil},
		{"'as' with a judgement after a response verb judges the answered object, whose maker is the object",
			"The Orvell Party asked the court to annul the vote, a request Judge Ana Wambui rejected as frivolous. Brio Energy accused Halvex of fraud, a charge Halvex dismissed as absurd.",
			[]string{"Ana Wambui|reject|Orvell Party", "Halvex|dismiss|Brio Energy"}, []string{"Ana Wambui|reject|frivolous", "Halvex|dismiss|absurd"}},
		{"concerns, conditions and explanations answered are their raiser's, setter's or giver's",
			"The Farmers Union raised concerns about the merger of Halvex and Ostra. Halvex chief executive Jo Smith dismissed those concerns. Peru set conditions for the talks. Chile rejected the conditions. \"We never refused to talk,\" Brio Energy director Ana Ruiz told reporters. Union leader Tomas Vidal dismissed that explanation.",
			[]string{"Jo Smith|dismiss|Farmers Union", "Chile|reject|Peru", "Tomas Vidal|dismiss|Ana Ruiz"}, nil},
		{"an act answered with its maker in a participle's 'by' phrase answers that maker; people sent by someone are no act",
			"Judge Ana Wambui rejected the terms sought by Brio Energy as too lenient. Halvex Group backed the offer made by Ostra Holdings. The Builders Union criticised the plan unveiled by the Trade Ministry on Monday. Kestrel Mining praised the engineers sent by Tomas Vidal.",
			[]string{"Ana Wambui|reject|Brio Energy", "Halvex Group|back|Ostra Holdings", "Builders Union|criticise|Trade Ministry"}, []string{"Kestrel Mining|praise|Tomas Vidal"}},
		{"a strike or walkout answered, however far back the story reported it, is the strikers'; air strikes are their striker's, but no walkout",
			"The Meddle Dockers Union went on strike at Portline Logistics on Monday. Portline said the stoppage was illegal. Ships queued outside the harbour. Fuel prices rose in the capital. Shops ran short of flour. The Pelonian Labour Federation said it backed the strike. Ruritania struck the town of Bexa on Friday. Pelonia condemned the strikes. Teachers at Corlan Academy walked out on Monday. The National Teachers Union welcomed the walkout.",
			[]string{"Pelonian Labour Federation|back|Meddle Dockers Union|reported", "Pelonia|condemn|Ruritania"}, []string{"National Teachers Union|welcome|Ruritania"}},
		{"an offer answered is the bid its maker made or abandoned under another of its names; one who followed the bid made none",
			"Kestrel Group abandoned its approach for Brio Energy on Sunday. Ostra Mining, its largest shareholder, had rejected the offer as too low. Harlow Foods made a bid for Pellam Dairies in May. Madrid followed the bid closely. Vantera Motors said it rejected the bid.",
			[]string{"Ostra Mining|reject|Kestrel Group", "Vantera Motors|reject|Harlow Foods|reported"}, []string{"Vantera Motors|reject|Spain"}},
		{"an offer placed among others ('the first', 'the revised') is still the bidder's",
			"Harlow Foods bid 30 euros a share for Pellam Dairies in May and raised its offer to 34 euros in June. Ostra Capital, a shareholder in Pellam Dairies, had rejected the first offer as too low. Union leader Ana Ruiz dismissed the revised offer.",
			[]string{"Ostra Capital|reject|Harlow Foods", "Ana Ruiz|dismiss|Harlow Foods"}, nil},
		{"an argument answered is the one who argued or contended it",
			"Dravon Mining argued in court that its permit was still valid. Judge Ilse Varga dismissed that argument. The Farmers Union contended that the dam had dried up the river. Kestrel Power rejected the argument.",
			[]string{"Ilse Varga|dismiss|Dravon Mining", "Kestrel Power|reject|Farmers Union"}, nil},
		{"a climbdown or reversal answered is the one who dropped or withdrew what it had planned",
			"Pelonia dropped plans for a new fuel tax on Tuesday after a week of protests. Opposition leader Maren Kolst welcomed the climbdown. Harlow Foods withdrew the new tariff on Monday. The Consumers League hailed the reversal.",
			[]string{"Maren Kolst|welcome|Pelonia", "Consumers League|hail|Harlow Foods"}, nil},
		{"an offer to host or chair talks is the invitation its answerer accepts",
			"Labour Minister Eva Lund offered to chair new talks on Friday. The Dock Workers Union accepted the invitation.",
			[]string{"Dock Workers Union|accept|Eva Lund"}, nil},
		{"a resignation accepted paragraphs after the story reported it is the one who resigned",
			"Pelonia's finance minister, Jonas Weller, resigned on Monday after a row with Prime Minister Ana Berg over the budget. The currency fell sharply. Bond yields rose. Shops closed early in the capital. Berg accepted the resignation with regret.",
			[]string{"Ana Berg|accept|Jonas Weller"}, nil},
		{"a court that granted what was asked gave the ruling answered after it",
			"The High Court of Pelonia granted an injunction against the strike on Monday. The Dock Workers Union criticised the ruling.",
			[]string{"Dock Workers Union|criticise|High Court of Pelonia"}, nil},
		{"an answered act with a noun before it ('the tariff request', 'the wage offer') is looked up like a plain one",
			"The Poultry Producers Association asked the Trade Ministry for higher import tariffs. The Consumer Rights League opposed the tariff request. Harlow Foods offered its workers a 3 percent pay rise. The Bakers Union rejected the wage offer.",
			[]string{"Consumer Rights League|oppose|Poultry Producers Association", "Bakers Union|reject|Harlow Foods"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTriples(t, p, tc.text, triple, tc.want, tc.not)
		})
	}
}
