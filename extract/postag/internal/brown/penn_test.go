package brown

import (
	"strings"
	"testing"
)

func TestConvert(t *testing.T) {
	tests := []struct {
		name string
		in   string // Brown word/tag tokens
		want string // Penn word/tag tokens
	}{
		{"title nouns and possessive",
			"The/at Fulton/np-tl County/nn-tl Grand/jj-tl Jury/nn-tl said/vbd Atlanta's/np$ election/nn ./.",
			"The/DT Fulton/NNP County/NNP Grand/NNP Jury/NNP said/VBD Atlanta/NNP 's/POS election/NN ./."},
		{"base form after subject and modal",
			"They/ppss go/vb and/cc we/ppss will/md stay/vb ./.",
			"They/PRP go/VBP and/CC we/PRP will/MD stay/VB ./."},
		{"imperative and infinitive",
			"Go/vb home/nr to/to see/vb her/ppo ./.",
			"Go/VB home/NN to/TO see/VB her/PRP ./."},
		{"negated contraction",
			"He/pps can't/md* do/do it/ppo ;/. it/pps isn't/bez* true/jj",
			"He/PRP ca/MD n't/RB do/VB it/PRP ;/: it/PRP is/VBZ n't/RB true/JJ"},
		{"pronoun contractions",
			"I'm/ppss+bem sure/jj he's/pps+bez here/rn ,/, let's/vb+ppo go/vb",
			"I/PRP 'm/VBP sure/JJ he/PRP 's/VBZ here/RB ,/, let/VB 's/PRP go/VB"},
		{"plural possessive and predeterminer",
			"all/abn the/at players'/nns$ hats/nns --/-- both/abx ``/`` ok/uh ''/''",
			"all/PDT the/DT players/NNS '/POS hats/NNS --/: both/DT ``/`` ok/UH ''/''"},
		{"acronyms and what",
			"NATO/nn said/vbd what/wdt it/pps wanted/vbd ;/. what/wdt time/nn ?/.",
			"NATO/NNP said/VBD what/WP it/PRP wanted/VBD ;/: what/WDT time/NN ?/."},
		{"to, semantic superlatives",
			"the/at chief/jjs aide/nn went/vbd to/in Moscow/np to/to talk/vb ,/, the/at best/jjt plan/nn",
			"the/DT chief/JJ aide/NN went/VBD to/TO Moscow/NNP to/TO talk/VB ,/, the/DT best/JJS plan/NN"},
		{"what before a name",
			"what/wdt President/nn-tl Trump/np wanted/vbd",
			"what/WP President/NNP Trump/NNP wanted/VBD"},
		{"foreign words",
			"a/at bon/fw-jj mot/fw-nn",
			"a/DT bon/JJ mot/NN"},
		{"comparative quantifiers",
			"more/ap people/nns ,/, more/ql important/jj ,/, most/ap votes/nns",
			"more/JJR people/NNS ,/, more/RBR important/JJ ,/, most/JJS votes/NNS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var words, tags []string
			for _, f := range strings.Fields(tt.in) {
				i := strings.LastIndexByte(f, '/')
				words, tags = append(words, f[:i]), append(tags, f[i+1:])
			}
			got, bad := Convert(words, tags)
			if bad != "" {
				t.Fatalf("Convert(%q): unmapped tag %q", tt.in, bad)
			}
			var parts []string
			for _, tok := range got {
				parts = append(parts, tok.Word+"/"+tok.Tag)
			}
			if g := strings.Join(parts, " "); g != tt.want {
				t.Errorf("Convert(%q)\n got %s\nwant %s", tt.in, g, tt.want)
			}
		})
	}
}

func TestConvertRejectsNil(t *testing.T) {
	if got, bad := Convert([]string{"x", "y"}, []string{"nn", "nil"}); bad != "nil" || got != nil {
		t.Errorf("Convert with nil tag = %v, %q; want nil, \"nil\"", got, bad)
	}
}
