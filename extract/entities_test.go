package extract

import (
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
		{"a title after a portfolio holding an organisation word",
			"Cambodian Water Resources Minister Sok Pheakdey met Bank of England Governor Anna Reid.",
			[]string{"Sok Pheakdey|minister|Cambodia", "Anna Reid|governor|Bank of England", "Sok Pheakdey|meet|Anna Reid"},
			[]string{"Sok Pheakdey|minister|Cambodian Water Resources"},
			map[string]schema.EntityType{"Sok Pheakdey": schema.Person, "Cambodian Water Resources Minister Sok Pheakdey": ""}},
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
		{"a name's board", "Harlow Vance's board approved the merger.",
			nil, nil, map[string]schema.EntityType{"Harlow Vance": schema.Organization}},
		{"apposition calls a name a company", "Corvane Dynamo, the defence company, won the contract.",
			nil, nil, map[string]schema.EntityType{"Corvane Dynamo": schema.Organization}},
		{"the company refers back to a name", "Tarrow Quill cut 300 jobs on Monday. The company said demand had fallen.",
			nil, nil, map[string]schema.EntityType{"Tarrow Quill": schema.Organization}},
		{"the company after a named organisation leaves a person", "Corvane Holdings hired staff. Tarrow Quill left on Monday. The company said it was sorry.",
			nil, nil, map[string]schema.EntityType{"Tarrow Quill": schema.Person}},
		{"a person's chief of staff stays a person", "Emily Tan's chief of staff met Paulo Reyes.",
			nil, nil, map[string]schema.EntityType{"Emily Tan": schema.Person}},
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
			[]string{"Dunmore Textiles|close|two plants|hypothetical"}, []string{"it|close|two plants|hypothetical"}, nil},
		{"it would be stays expletive", "Dunmore Textiles met Velmora. It would be a long winter.",
			nil, []string{"Dunmore Textiles|be|a long winter|hypothetical", "Velmora|be|a long winter|hypothetical"}, nil},
		{"name with a lower-case particle", "Helvar Foods's chief executive, Maarten de Groot, rejected the bid from Lotte van der Berg.",
			[]string{"Maarten de Groot|reject|the bid", "Maarten de Groot|chief executive|Helvar Foods"},
			[]string{"Groot|reject|the bid"},
			map[string]schema.EntityType{"Maarten de Groot": schema.Person, "Lotte van der Berg": schema.Person}},
		{"company title keeps the company", "Velmora Chief Executive Anders Quist rejected the offer.",
			[]string{"Anders Quist|chief executive|Velmora"}, nil, nil},
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
