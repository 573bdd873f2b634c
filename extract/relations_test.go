package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// triple renders a statement as "subject|predicate|object" plus flags.
func triple(s schema.Statement) string {
	out := s.Subject + "|" + s.Predicate + "|" + s.Object
	if s.Negated {
		out += "|negated"
	}
	if s.Modality != schema.Asserted {
		out += "|" + string(s.Modality)
	}
	return out
}

func TestRelations(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name string
		text string
		want []string // each must be among the statements
		not  []string // none of these may be
	}{
		{"active with object", "Angela Merkel criticised Boris Johnson on Monday.",
			[]string{"Angela Merkel|criticise|Boris Johnson"}, nil},
		{"irregular past", "Emmanuel Macron told Olaf Scholz about the plan.",
			[]string{"Emmanuel Macron|tell|Olaf Scholz"}, nil},
		{"preposition complement", "Jacinda Ardern spoke to Justin Trudeau by phone.",
			[]string{"Jacinda Ardern|speak|Justin Trudeau"}, nil},
		{"passive with agent", "The proposal was rejected by Mary Barra.",
			[]string{"Mary Barra|reject|The proposal"}, nil},
		{"reduced relative passive", "A report published by Reuters angered Tim Cook.",
			[]string{"Reuters|publish|A report"}, nil},
		{"negation", "Pedro Sanchez did not meet Giorgia Meloni.",
			[]string{"Pedro Sanchez|meet|Giorgia Meloni|negated"},
			[]string{"Pedro Sanchez|meet|Giorgia Meloni"}},
		{"modal is hypothetical", "Kenya would sanction Uganda.",
			[]string{"Kenya|sanction|Uganda|hypothetical"},
			[]string{"Kenya|sanction|Uganda"}},
		{"threat asserted, act hypothetical", "Iran threatened Israel with strikes, and Iran threatened to attack Saudi Arabia.",
			[]string{"Iran|threaten|Israel", "Iran|attack|Saudi Arabia|hypothetical"},
			[]string{"Iran|attack|Saudi Arabia"}},
		{"object control", "Maria Rossi urged Recep Erdogan to support Bahrain.",
			[]string{"Maria Rossi|urge|Recep Erdogan", "Recep Erdogan|support|Bahrain|hypothetical"}, nil},
		{"negated control", "Helen Clark did not tell Canada to threaten Mexico.",
			[]string{"Helen Clark|tell|Canada|negated", "Canada|threaten|Mexico|negated|hypothetical"},
			[]string{"Helen Clark|tell|Canada", "Canada|threaten|Mexico|hypothetical"}},
		{"denial", "Syria denied that it attacked Turkey.",
			[]string{"Syria|attack|Turkey|negated|denied"}, []string{"Syria|attack|Turkey"}},
		{"reported speech", "John Smith said Peru had attacked Chile.",
			[]string{"Peru|attack|Chile|reported"}, nil},
		{"title role", "French President Jean Dupont visited Spain.",
			[]string{"Jean Dupont|president|France", "Jean Dupont|visit|Spain"}, nil},
		{"apposition role", "Anna Weber, Germany's top trade adviser, met Li Wei.",
			[]string{"Anna Weber|adviser|Germany", "Anna Weber|meet|Li Wei"}, nil},
		{"lower-case role prefix", "Acme chairman Joe Bloggs resigned. Labour leader Ann Kirk spoke.",
			[]string{"Joe Bloggs|chairman|Acme"}, nil},
		{"metonymy", "The Kremlin warned Washington.",
			[]string{"Russia|warn|United States"}, nil},
		{"nominal between", "There was a call between Marta Diaz and Omar Haddad.",
			[]string{"Marta Diaz|call|Omar Haddad"}, nil},
		{"possessive nominal", "Japan's sanctions on North Korea angered China.",
			[]string{"Japan|sanction|North Korea"}, nil},
		{"coordinated objects", "Sara Lund talks to officials in both Norway and Sweden.",
			[]string{"Sara Lund|talk|Norway", "Sara Lund|talk|Sweden"}, nil},
		{"coordinated subjects", "Carlos and Mateo discussed a plan. Carlos Ruiz and Mateo Gil are ministers.",
			[]string{"Carlos Ruiz|discuss|Mateo Gil"}, nil},
		{"surname coreference", "Paula Reyes arrived. Later Reyes praised Ghana.",
			[]string{"Paula Reyes|praise|Ghana"}, nil},
		{"pronoun coreference", "Tom Berg landed in Oslo. He thanked Denmark.",
			[]string{"Tom Berg|thank|Denmark"}, nil},
		{"quote attribution", "“I will back Poland,” Ivan Petrov said.",
			[]string{"Ivan Petrov|back|Poland|reported"}, nil},
		{"organisation's we is the organisation", "“We will back Poland,” Acme Corp said.",
			[]string{"Acme Corp|back|Poland|reported"}, nil},
		{"person's we is a group, not the speaker", "“We will back Poland,” Ivan Petrov said.",
			nil, []string{"Ivan Petrov|back|Poland|reported"}},
		{"mandative subjunctive is hypothetical", "Ana Ruiz proposed to Li Wei, a senior aide, that Acme rehire Bo Chen. Li Wei said that Chile invited Peru.",
			[]string{"Acme|rehire|Bo Chen|hypothetical", "Chile|invite|Peru|reported"},
			[]string{"Acme|rehire|Bo Chen", "Acme|rehire|Bo Chen|reported", "Chile|invite|Peru|hypothetical"}},
		{"list is not an apposition", "Attending were Ada Lin, Acme Bank officials and two ministers. Omar Diaz, Acme Bank's chairman, spoke.",
			[]string{"Omar Diaz|chairman|Acme Bank"}, []string{"Ada Lin|official|Acme Bank", "Ada Lin|officials|Acme Bank"}},
		{"a member is not the organisation", "Lena Berg criticised the Acme Corp board member.",
			nil, []string{"Lena Berg|criticise|Acme Corp"}},
		{"an organisation modifier stands in for a thing", "Lena Berg criticised the Acme Corp bid.",
			[]string{"Lena Berg|criticise|Acme Corp"}, nil},
		{"place word ends a place name", "Lena Holt trained at Ewood Park. He praised Chile.",
			nil, []string{"Ewood Park|praise|Chile"}},
		{"yet to is negation", "Ruth Ng and Omar Ali have yet to support Qatar.",
			[]string{"Ruth Ng|support|Qatar|negated|hypothetical"}, []string{"Ruth Ng|support|Qatar|hypothetical"}},
		{"named apposition in agent", "The firm was founded by her uncle, Rami Saleh.",
			[]string{"Rami Saleh|found|The firm"}, nil},
		{"rejected claim", "Nina Park rejected the idea Leo Brandt had threatened Austria.",
			[]string{"Leo Brandt|threaten|Austria|negated|reported"}, []string{"Leo Brandt|threaten|Austria"}},
		{"control verb reaches inner object", "Chad refused to accept Niger's offer.",
			[]string{"Chad|refuse|Niger"}, []string{"Chad|accept|Niger"}},
		{"title with of", "US Secretary of State Mary Poole met Hu Jin.",
			[]string{"Mary Poole|secretary|United States", "Mary Poole|meet|Hu Jin"}, nil},
		{"gendered pronoun", "Ms. Jane Holt met Mr. Tom Reid. He praised her.",
			[]string{"Tom Reid|praise|Jane Holt"}, nil},
		{"reduced passive after comma", "The audit, published on Monday by Oxfam, criticised Brazil.",
			[]string{"Oxfam|publish|The audit"}, nil},
		{"apposition with a prepositional phrase", "Senator Ana Ruiz, a critic of the plan, accused Ecuador of fraud.",
			[]string{"Ana Ruiz|accuse|Ecuador"}, nil},
		{"recipient of an event", "The minister faced a call by Lord Reed to resign.",
			[]string{"Reed|call|The minister"}, nil},
		{"hyphenated pair before an event noun", "Kenya praised Ghana. The Kenya-Ghana talks ended.",
			[]string{"Kenya|talk|Ghana"}, nil},
		{"no as negation", "Lena Fox made no mention of Brazil.",
			nil, []string{"Lena Fox|make|Brazil"}},
		{"open triple", "The committee published a report.",
			[]string{"The committee|publish|a report"}, nil},
		{"board of a company is the company", "Kestrel Mining sells ore. The board of Kestrel Mining rejected Tomas Vell.",
			[]string{"Kestrel Mining|reject|Tomas Vell"}, []string{"The board|reject|Tomas Vell"}},
		{"management of a named group", "The management of Halvex Group praised Ana Ruiz.",
			[]string{"Halvex Group|praise|Ana Ruiz"}, nil},
		{"fronted participle with an agent", "Backed by Mayor Jonas Pike, Halvex Group opened a plant in Peru.",
			[]string{"Jonas Pike|back|Halvex Group", "Halvex Group|open|a plant"}, nil},
		{"fronted participle with as and an agent", "Named as the worst polluter by Greenwatch, Brandex closed a mill.",
			[]string{"Greenwatch|name|Brandex"}, nil},
		{"fronted participle without a comma clause", "Backed by Ana Ruiz.",
			nil, []string{"Ana Ruiz|back|Ana Ruiz"}},
		{"opposed to is a stance, not a passive", "Halvex Group is strongly opposed to any takeover by Tomas Vell.",
			[]string{"Halvex Group|oppose|any takeover"}, []string{"Tomas Vell|oppose|Halvex Group"}},
		{"opposed by stays a passive", "The plan was opposed by Ana Ruiz.",
			[]string{"Ana Ruiz|oppose|The plan"}, nil},
		{"in talks with", "Halvex Group is still in talks with Brandex about a merger.",
			[]string{"Halvex Group|talk|Brandex"}, nil},
		{"remains in dialogue with", "Dunmore Rovers remained in dialogue with Brandex.",
			[]string{"Dunmore Rovers|talk|Brandex"}, []string{"Dunmore Rovers|remain|Brandex"}},
		{"in a place with is no event", "Ana Ruiz was in Lima with Tomas Vell.",
			nil, []string{"Ana Ruiz|talk|Tomas Vell"}},
		{"object of a preposition after an infinitive is not the subject", "A decision by Ana Ruiz to move to Halvex Group surprised Tomas Vell.",
			nil, []string{"Halvex Group|surprise|Tomas Vell"}},
		{"object of a preposition after a gerund is not the subject", "Senators living in Peru criticised Brandex.",
			[]string{"Senators|criticise|Brandex"}, []string{"Peru|criticise|Brandex"}},
		{"a clause after a gerund keeps its subject", "Ana Ruiz cited reports suggesting Brandex was operating from Peru.",
			[]string{"Brandex|operate|Peru|reported"}, nil},
		{"the two firms are the two companies just named", "Halvex Group bought a stake in Brandex in 2001. The two firms will unwind their joint venture.",
			[]string{"Halvex Group|unwind|Brandex", "Brandex|unwind|their joint venture"}, nil},
		{"the two ministers are the two people just named", "Minister Ana Ruiz met Minister Tomas Vell in Lima. The two ministers signed a trade pact.",
			[]string{"Ana Ruiz|sign|Tomas Vell", "Tomas Vell|sign|a trade pact"}, nil},
		{"both men going home relate nothing", "Tomas Vell met Jonas Pike. Both men went home.",
			nil, []string{"Tomas Vell|go|Jonas Pike"}},
		{"the two ministers need two people", "Minister Ana Ruiz spoke. The two ministers signed a pact.",
			nil, []string{"Ana Ruiz|sign|a pact"}},
		{"alleged that targets the clause subject", "Ana Ruiz alleged that Tomas Vell bribed officials.",
			[]string{"Ana Ruiz|allege|Tomas Vell", "Tomas Vell|bribe|officials|reported"}, []string{"Tomas Vell|bribe|officials"}},
		{"claimed that stays a report only", "Ana Ruiz claimed that Tomas Vell won.",
			nil, []string{"Ana Ruiz|claim|Tomas Vell"}},
		{"object of a that clause is not the main subject", "The fact that Brandex bought Halvex Group angered Ana Ruiz.",
			nil, []string{"Halvex Group|anger|Ana Ruiz"}},
		{"a that clause keeps its own subject", "Ana Ruiz rejected the claim that Brandex had bribed Tomas Vell.",
			[]string{"Brandex|bribe|Tomas Vell|negated|reported"}, nil},
		{"event noun with of and by", "The criticism of Halvex Group by Ana Ruiz was harsh.",
			[]string{"Ana Ruiz|criticise|Halvex Group"}, []string{"Halvex Group|criticise|Ana Ruiz"}},
		{"possessed event noun with of", "Brandex welcomed Ana Ruiz's criticism of Halvex Group.",
			[]string{"Ana Ruiz|criticise|Halvex Group"}, nil},
		{"symmetric event noun with of is no relation", "Tomas Vell's meeting of Halvex Group ended.",
			nil, []string{"Tomas Vell|meet|Halvex Group"}},
		{"the way a named body acted", "Ana Ruiz criticised the way Jonas Pike's government operated.",
			[]string{"Ana Ruiz|criticise|government"}, []string{"Ana Ruiz|criticise|the way"}},
		{"a way without a clause stays an object", "Ana Ruiz lost her way in Lima.",
			[]string{"Ana Ruiz|lose|her way"}, nil},
		{"agent of a rejected event noun", "The offer from Brandex for Halvex Group was rejected by Halvex Group's board.",
			[]string{"Halvex Group|reject|Brandex", "Brandex|offer|Halvex Group"}, []string{"Halvex Group|reject|Halvex Group"}},
		{"a plain noun before from is no agent", "The letter from Brandex was read by Ana Ruiz.",
			nil, []string{"Ana Ruiz|read|Brandex"}},
		{"was able to is a fact", "Halvor Brandt was able to use the meeting to successfully talk Mira Oster out of leaving.",
			[]string{"Halvor Brandt|talk|Mira Oster"}, []string{"Halvor Brandt|talk|Mira Oster|hypothetical"}},
		{"was unable to is negated", "Halvor Brandt was unable to persuade Mira Oster.",
			nil, []string{"Halvor Brandt|persuade|Mira Oster", "Halvor Brandt|persuade|Mira Oster|hypothetical"}},
		{"a plain purpose infinitive stays hypothetical", "Halvor Brandt wants to persuade Mira Oster.",
			[]string{"Halvor Brandt|persuade|Mira Oster|hypothetical"}, []string{"Halvor Brandt|persuade|Mira Oster"}},
		{"succeeded in a gerund", "Halvor Brandt succeeded in persuading Mira Oster.",
			[]string{"Halvor Brandt|persuade|Mira Oster"}, nil},
		{"adverbial gerunds share the subject", "Halvor Brandt won the vote by persuading Mira Oster. Pia Lund signed the deal without consulting Tomas Vell.",
			[]string{"Halvor Brandt|persuade|Mira Oster", "Pia Lund|consult|Tomas Vell|negated"}, []string{"Pia Lund|consult|Tomas Vell"}},
		{"a relative that is not a proposal", "Dravia proposed a plan that was quickly criticised by the Green Party.",
			[]string{"Green Party|criticise|a plan"}, []string{"Green Party|criticise|a plan|hypothetical"}},
		{"a place after the object is no participant", "Vantor Motors will build a plant in Italy. Tomas Vell met officials in Chile.",
			[]string{"Tomas Vell|meet|Chile"}, []string{"Vantor Motors|build|Italy"}},
		{"a day is no subject", "Wednesday rejected the plan.",
			nil, []string{"Wednesday|reject|the plan"}},
		{"coordinated subjects own their possessive", "Latvia and Lithuania backed their neighbour.",
			nil, []string{"Latvia|back|Lithuania", "Lithuania|back|Latvia"}},
		{"a pair holding talks talks", "Estonia and Latvia held talks.",
			[]string{"Estonia|talk|Latvia"}, []string{"Estonia|hold|Latvia"}},
		{"a symmetric verb relates its pair", "Estonia and Latvia agreed a truce. Estonia and Latvia pledged support for Chile.",
			[]string{"Estonia|agree|Latvia"}, []string{"Estonia|pledge|Latvia"}},
		{"both sides as an object", "Estonia and Latvia held talks. Germany has pressed both sides to compromise.",
			[]string{"Germany|press|Estonia", "Germany|press|Latvia"}, []string{"Germany|press|both sides"}},
		{"its two allies skips the possessor and the place", "Estonia and Latvia held talks in Vienna. Sweden has urged its two allies to compromise.",
			[]string{"Sweden|urge|Estonia", "Sweden|urge|Latvia"}, []string{"Sweden|urge|Austria", "Sweden|urge|Sweden"}},
		{"the two neighbours", "Ethiopia and Eritrea clashed again. Kenya called on the two neighbours to show restraint.",
			[]string{"Kenya|call|Ethiopia", "Kenya|call|Eritrea"}, nil},
		{"investigation by a body's officials into a target", "Regulators criticised a two-year investigation by Halvex Group officials into Vexa Group.",
			[]string{"Halvex Group|investigate|Vexa Group"}, nil},
		{"building a stake in a company", "Crestline Capital, which has built a 7 percent stake in Arbor Foods, wants a seat. Brandex's stake in Orlan Systems grew.",
			[]string{"Crestline Capital|own|Arbor Foods", "Brandex|own|Orlan Systems"}, nil},
		{"a stake bought from its owner is no longer the owner's", "Brandex acquired the Halvex Group's 26% stake in Orlan Systems.",
			nil, []string{"Halvex Group|own|Orlan Systems"}},
		{"locked in a dispute with", "Halvex Group has been locked in a dispute with Orlan Systems over late deliveries.",
			[]string{"Halvex Group|dispute|Orlan Systems"}, []string{"Halvex Group|lock|Orlan Systems"}},
		{"hosting talks between two parties", "Austria hosted talks between Serbia and Kosovo. The truce between Chile and Peru was brokered by Brazil.",
			[]string{"Austria|host|Serbia", "Austria|host|Kosovo", "Brazil|broker|Chile", "Brazil|broker|Peru"}, nil},
		{"talks between parties hosted by a third", "The talks between Serbia and Kosovo were hosted by Austria.",
			[]string{"Austria|host|Serbia", "Austria|host|Kosovo"}, nil},
		{"demanded that X explain acts on X", "Senator Ana Ruiz demanded that Mr. Tomas Vell explain what his office knew. Lea Holm suggested that Brandex withdraw the offer.",
			[]string{"Ana Ruiz|demand|Tomas Vell"}, []string{"Lea Holm|suggest|Brandex"}},
		{"made Y his top target", "Mayor Ana Ruiz has made Tomas Vell his top target. Lea Holm made Tomas Vell a cup of tea.",
			[]string{"Ana Ruiz|target|Tomas Vell"}, []string{"Lea Holm|make|Tomas Vell"}},
		{"an answer without an object answers the inviter", "Mr. Tomas Vell invited Ms. Ana Ruiz to visit, and she accepted. Halvex Group offered Lea Holm the job. She declined.",
			[]string{"Ana Ruiz|accept|Tomas Vell", "Lea Holm|decline|Halvex Group"}, nil},
		{"a relative clause with an object gap acts on the noun's maker", "Halvex Group filed a charge of fraud against Vexa Group, a charge the chief executive Tomas Vell rejected.",
			[]string{"Halvex Group|accuse|Vexa Group", "Tomas Vell|reject|Halvex Group"}, nil},
		{"an object gap after which reaches the event's agent", "The offer from Halvex Group which Vexa Group rejected was generous. Halvex Group made an offer, an offer Kessler Bank quickly rejected.",
			[]string{"Vexa Group|reject|Halvex Group", "Kessler Bank|reject|Halvex Group"}, nil},
		{"a clause after a speech verb's object is no gap", "Mr. Tomas Vell told the nation he was resigning.",
			nil, []string{"Tomas Vell|resign|the nation"}},
		{"a descriptor before an organisation stays one phrase", "The firm Vexa Group rejected the offer.",
			[]string{"Vexa Group|reject|the offer"}, nil},
		{"passive agent after an adverb or a phrase", "The truce was brokered in part by Germany. The decision was also supported by NATO. Her bid was rated highly by the agency but was rejected by Minister Tomas Vell.",
			[]string{"Germany|broker|The truce", "NATO|support|The decision", "Tomas Vell|reject|Her bid"}, nil},
		{"the management or board of a possessor acts for it", "Halvex Group's management refused to open its books. The offer was rejected by Vexa Group's board.",
			[]string{"Vexa Group|reject|The offer"}, []string{"Vexa Group's board|reject|The offer"}},
		{"object control over a pair", "Estonia and Latvia held talks. Germany has pressed both sides to compromise.",
			nil, []string{"Latvia|compromise|Germany|hypothetical", "Germany|compromise|Latvia|hypothetical"}},
		{"ordered X to is object control", "Acme Bank ordered Vexa Group to sell Orlan Foods.",
			[]string{"Acme Bank|order|Vexa Group", "Vexa Group|sell|Orlan Foods|hypothetical"}, []string{"Acme Bank|sell|Orlan Foods|hypothetical"}},
		{"a promise of retaliation drawn from an actor", "Britain's expulsion of the diplomats drew a promise of retaliation from Russia.",
			[]string{"Russia|retaliate|United Kingdom"}, nil},
		{"a threat faced from an actor", "Acme Bank faced a threat of legal action from Vexa Group.",
			[]string{"Vexa Group|threaten|Acme Bank"}, nil},
		{"is to V is an arranged act", "Vexa Group is to pay Acme Bank 1.5bn euros. Halvex Group was to pay Orlan Foods but did not.",
			[]string{"Vexa Group|pay|Acme Bank", "Halvex Group|pay|Orlan Foods|hypothetical"}, []string{"Vexa Group|pay|Acme Bank|hypothetical"}},
		{"a focusing adverb after a comma adds an argument", "Halvex Group was fighting several legal battles, most notably against Vexa Group. Acme Bank praised Brazil, again without naming Chile.",
			[]string{"Halvex Group|fight|Vexa Group"}, []string{"Acme Bank|praise|Chile"}},
		{"subject before a relative clause between commas", "Acme Bank, which is owned by Vexa Group, sued Halvex Group. Ana Ruiz, who met Tomas Vell in Lima, praised Peru.",
			[]string{"Vexa Group|own|Acme Bank", "Acme Bank|sue|Halvex Group", "Ana Ruiz|meet|Tomas Vell", "Ana Ruiz|praise|Peru"}, nil},
		{"a relative pronoun after an apposition refers to the name", "Tomas Vell, Peru's top trade adviser, who met Ana Ruiz, praised Chile.",
			[]string{"Tomas Vell|meet|Ana Ruiz", "Tomas Vell|praise|Chile"}, []string{"Peru|meet|Ana Ruiz"}},
		{"building a stake is no building of the company", "Crestline Capital has built a 7 percent stake in Arbor Foods.",
			[]string{"Crestline Capital|own|Arbor Foods"}, []string{"Crestline Capital|build|Arbor Foods"}},
		{"signed an agreement with a partner", "Peru signed a trade agreement with Chile on Tuesday.",
			[]string{"Peru|sign|Chile"}, nil},
		{"is expected to is no expectation relation", "Ana Ruiz is expected to meet Tomas Vell next week.",
			[]string{"Ana Ruiz|meet|Tomas Vell|hypothetical"}, []string{"Ana Ruiz|expect|Tomas Vell"}},
		{"acquisition and expulsion are event nouns", "Vexa Group's acquisition of Orlan Foods was approved. Chile's expulsion of Peru's ambassador angered Bolivia.",
			[]string{"Vexa Group|acquire|Orlan Foods", "Chile|expel|Peru"}, nil},
		{"a body acts for its possessor", "Chile criticised Peru. Its army attacked Bolivia. Chile's officials met Peru's negotiators.",
			[]string{"Chile|attack|Bolivia", "Chile|meet|Peru"}, []string{"Its army|attack|Bolivia"}},
		{"a fronted event phrase relates its agent to the subject", "Under pressure from Chile, Peru withdrew its troops. At the request of Vexa Group, Acme Bank delayed the vote. After talks with Bolivia, Brazil raised its offer.",
			[]string{"Chile|pressure|Peru", "Vexa Group|request|Acme Bank", "Brazil|talk|Bolivia"}, nil},
		{"no plans to V is negated", "Vexa Group said it had no plans to sell Orlan Foods.",
			nil, []string{"Vexa Group|sell|Orlan Foods|reported", "Vexa Group|sell|Orlan Foods"}},
		{"hit back at a target", "Chile hit back at Peru. Ana Ruiz met Tomas Vell in Lima. Tomas Vell shouted at Ana Ruiz.",
			[]string{"Chile|hit|Peru", "Tomas Vell|shout|Ana Ruiz"}, []string{"Ana Ruiz|meet|Peru", "Ana Ruiz|meet|Lima"}},
		{"as head of a body", "Ana Ruiz stepped down as head of Vexa Group.",
			[]string{"Ana Ruiz|step|Vexa Group"}, nil},
		{"an event noun's phrase is its own", "Halvex Group accepted an offer for Tomas Vell from Vexa Group. Chile welcomed Ana Ruiz's talks with Peru. Chile ended its war on Peru.",
			[]string{"Halvex Group|accept|Vexa Group"}, []string{"Halvex Group|accept|Tomas Vell", "Chile|welcome|Peru", "Chile|end|Peru"}},
		{"a charge a verb named earlier", "Peru has accused Chile of violating the treaty, a charge Chile denies.",
			[]string{"Peru|accuse|Chile", "Chile|deny|Peru"}, nil},
		{"a clause subject with a phrase is no object", "Ana Ruiz conceded any deal for Tomas Vell was unlikely.",
			nil, []string{"Ana Ruiz|concede|Tomas Vell"}},
		{"an adverb after an auxiliary stays in the verb group", "Peru, which has long accused Chile of meddling, expelled the envoy. Brazil will soon sign the accord with Bolivia.",
			[]string{"Peru|accuse|Chile", "Brazil|sign|Bolivia"}, nil},
		{"a coordinated bare participle stays passive", "Chile is backed by Brazil and opposed by Peru.",
			[]string{"Brazil|back|Chile", "Peru|oppose|Chile"}, []string{"Chile|oppose|Peru"}},
		{"neither nor negates both subjects", "Neither Chile nor Peru attended the summit.",
			[]string{"Chile|attend|the summit|negated", "Peru|attend|the summit|negated"}, []string{"Chile|attend|the summit", "Peru|attend|the summit"}},
		{"a list of names as subjects", "Brazil, Chile and Peru signed the accord. After the talks, Chile and Peru signed a pact.",
			[]string{"Brazil|sign|the accord", "Peru|sign|the accord"}, []string{"the talks|sign|a pact"}},
		{"subject before a participle phrase between commas", "Ana Ruiz, speaking in Madrid, criticised Peru. Vexa Group, based in Chile, bought Orlan Foods.",
			[]string{"Ana Ruiz|criticise|Peru", "Vexa Group|buy|Orlan Foods"}, []string{"Madrid|criticise|Peru", "Chile|buy|Orlan Foods"}},
		{"linking verbs and comparisons relate no actors", "Peru remains Chile's biggest rival. Chile's economy grew faster than Peru's.",
			nil, []string{"Peru|remain|Chile", "Chile|grow|Peru"}},
		{"a sum after a name is its own phrase", "Vexa Group paid Acme Bank $5m to settle the case. Orlan Foods bought the bank's 26% stake in Brandex.",
			[]string{"Vexa Group|pay|Acme Bank"}, []string{"Vexa Group|pay|Acme Bank $5m"}},
		{"at someone's request", "Peru released the prisoners at Chile's request. Bolivia acted on the orders of Brazil.",
			[]string{"Chile|request|Peru", "Brazil|order|Bolivia"}, []string{"Peru|release|Chile"}},
		{"a control verb reaches a prepositional target", "Chile has vowed to retaliate against Peru. Brazil refused to talk to Bolivia.",
			[]string{"Chile|vow|Peru", "Brazil|refuse|Bolivia"}, nil},
		{"a capital after a prepositional object is a place", "Chile agreed to meet with Peru in Lima. Ana Ruiz met Tomas Vell in Madrid.",
			[]string{"Chile|agree|Peru"}, []string{"Ana Ruiz|meet|Spain"}},
		{"their neighbour is the other country in focus", "Estonia has asked for help. Latvia and Lithuania backed their northern neighbour.",
			[]string{"Latvia|back|Estonia", "Lithuania|back|Estonia"}, []string{"Latvia|back|Lithuania"}},
		{"a relative after a name acts on the name", "Tomas Vell quit Vexa Group, which he labelled as a joke. Ana Ruiz praised Orlan Foods, which Lea Holm had criticised.",
			[]string{"Tomas Vell|label|Vexa Group", "Lea Holm|criticise|Orlan Foods"}, nil},
		{"scare quotes are the writer's words", "Dunmore Rovers are still \"in dialogue\" with Brandex. Tomas Vell called Vexa Group \"a cartel\" on Monday.",
			[]string{"Dunmore Rovers|talk|Brandex", "Tomas Vell|call|Vexa Group"}, nil},
		{"under investigation by an actor", "Vexa Group is under investigation by the Serious Fraud Office. Orlan Foods came under pressure from Acme Bank.",
			[]string{"Serious Fraud Office|investigate|Vexa Group", "Acme Bank|pressure|Orlan Foods"}, nil},
		{"taking someone to court is suing", "Acme Bank has taken Vexa Group to court.",
			[]string{"Acme Bank|sue|Vexa Group"}, []string{"Acme Bank|take|Vexa Group"}},
		{"a time is no object in an article", "Vexa Group said on Monday it would sue Acme Bank.",
			nil, []string{"Vexa Group|say|Monday"}},
		{"trading accusations is mutual", "Chile and Peru traded accusations.",
			[]string{"Chile|accuse|Peru", "Peru|accuse|Chile"}, nil},
		{"a pair inside a between phrase is no subject", "Talks between Chile and Peru broke down. The foreign ministers of Brazil and Bolivia met.",
			[]string{"Chile|talk|Peru", "Brazil|meet|Bolivia"}, []string{"Chile|break|Peru"}},
		{"what it called X", "Peru condemned what it called Chile's aggression.",
			[]string{"Peru|condemn|Chile"}, nil},
		{"expected X to V takes no object", "Ana Ruiz expected the conference to discuss a plan. Halvex Group wants Tomas Vell to sell Orlan Foods.",
			[]string{"Tomas Vell|sell|Orlan Foods|hypothetical"}, []string{"Ana Ruiz|expect|the conference", "Ana Ruiz|expect|a plan", "Halvex Group|want|Tomas Vell"}},
		{"a phrase that names nothing keeps its prepositions", "The meeting on regional reform was hosted by Tomas Vell.",
			[]string{"Tomas Vell|host|The meeting on regional reform"}, nil},
		{"an accusation reaches the first of coordinated clause subjects", "Ana Ruiz alleged that Mr Tomas Vell and his accomplices sent spam.",
			[]string{"Ana Ruiz|allege|Tomas Vell"}, nil},
		{"a phrase after a later event noun is the noun's", "UKIP won 12 seats at the elections on the back of its call for Britain to leave.",
			[]string{"UKIP|call|United Kingdom"}, []string{"UKIP|win|United Kingdom"}},
		{"a belief about the future is no fact", "Ana Ruiz thinks Tomas Vell will sack Lea Holm. Ana Ruiz expects Brandex sells Orlan Foods.",
			[]string{"Tomas Vell|sack|Lea Holm|hypothetical", "Brandex|sell|Orlan Foods|hypothetical"}, []string{"Tomas Vell|sack|Lea Holm|reported", "Brandex|sell|Orlan Foods", "Ana Ruiz|expect|Brandex"}},
		{"coordinated verbs share the object", "Chile condemned and sanctioned Peru.",
			[]string{"Chile|condemn|Peru", "Chile|sanction|Peru"}, nil},
		{"a name after and before a verb opens a new clause", "Chile criticised Peru and Bolivia praised Brazil.",
			[]string{"Chile|criticise|Peru", "Bolivia|praise|Brazil"}, []string{"Chile|criticise|Bolivia", "Peru|praise|Brazil", "Peru|praise|Brazil|reported"}},
		{"a gerund after deny or avoid is negated", "Chile denied attacking Peru. Bolivia avoided criticising Brazil. Chile is considering suing Peru. Chile kept attacking Bolivia.",
			[]string{"Chile|attack|Peru|negated|denied", "Bolivia|criticise|Brazil|negated", "Chile|sue|Peru|hypothetical", "Chile|attack|Bolivia"},
			[]string{"Chile|attack|Peru", "Bolivia|criticise|Brazil", "Chile|sue|Peru"}},
		{"never before a participle keeps the clause", "Chile never attacked Peru.",
			[]string{"Chile|attack|Peru|negated"}, []string{"Chile|attack|Peru"}},
		{"a subject with no is negated", "No country has recognised Kosovo.",
			[]string{"No country|recognise|Kosovo|negated"}, []string{"No country|recognise|Kosovo"}},
		{"British doubled l in a past tense", "Senator Ana Ruiz labelled Halvex Group a cartel.",
			[]string{"Ana Ruiz|label|Halvex Group"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := p.Extract(context.Background(), "test", tc.text)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got := map[string]bool{}
			var all []string
			for _, s := range ex.Statements {
				got[triple(s)] = true
				all = append(all, triple(s))
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("%q: missing %q; got %s", tc.text, w, strings.Join(all, ", "))
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("%q: unexpected %q; got %s", tc.text, n, strings.Join(all, ", "))
				}
			}
		})
	}
}

func TestEntityTypes(t *testing.T) {
	p := pipeline(t)
	text := "Ukrainian President Olena Marchenko met officials from Gazprom Energy in Gaza. The Kremlin said Moscow disagreed. Bloomberg reported it."
	ex, err := p.Extract(context.Background(), "test", text)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]schema.EntityType{}
	for _, e := range ex.Entities {
		types[e.Name] = e.Type
	}
	for name, want := range map[string]schema.EntityType{
		"Olena Marchenko": schema.Person, "Ukraine": schema.Country, "Gazprom Energy": schema.Organization,
		"Gaza": schema.Location, "Russia": schema.Country, "Bloomberg": schema.Organization,
	} {
		if got := types[name]; got != want {
			t.Errorf("entity %q type = %q, want %q (entities %v)", name, got, want, fmt.Sprint(types))
		}
	}
}
