package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestVagueEnd(t *testing.T) {
	tests := []struct {
		t    schema.EntityType
		text string
		want bool
	}{
		{schema.Thing, "it", true},
		{schema.Thing, "We", true},
		{schema.Thing, "there", true},
		{schema.Thing, "Tuesday", true},
		{schema.Thing, "May", true}, // "would quit in May": no person resolved
		{schema.Thing, "Sept.", true},
		{schema.Person, "May", false},
		{schema.Thing, "2004", true},
		{schema.Thing, "3.5%", true},
		{schema.Thing, "last year", true},
		{schema.Thing, "the deal", false},
		{schema.Thing, "shares", false},
		{schema.Thing, "2004 budget", false},
		{schema.Person, "it", false}, // resolved: the entity's name decides
		{schema.Organization, "3M", false},
	}
	for _, tt := range tests {
		if got := vagueEnd(tt.t, tt.text); got != tt.want {
			t.Errorf("vagueEnd(%s, %q) = %v, want %v", tt.t, tt.text, got, tt.want)
		}
	}
}

// TestArticleModeDropsVagueEnds runs whole articles: statements whose end
// is an unresolved pronoun or a bare date are left out of article mode and
// kept in sentence mode, where Open IE benchmarks count them.
func TestArticleModeDropsVagueEnds(t *testing.T) {
	p := pipeline(t)
	text := "The bank raised its forecast on Tuesday. It said sales rose in 2004. " +
		"Lena Holt praised the plan, and she thanked Omar Reyes."
	ex, err := p.Extract(t.Context(), "a.txt", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range ex.Statements {
		if vagueEnd(st.SubjectType, st.Subject) || vagueEnd(st.ObjectType, st.Object) {
			t.Errorf("article mode kept %s | %s | %s", st.Subject, st.Predicate, st.Object)
		}
	}
	var holt bool
	for _, st := range ex.Statements {
		holt = holt || (st.Subject == "Lena Holt" && st.Predicate == "praise")
	}
	if !holt {
		t.Errorf("lost Lena Holt | praise: %+v", ex.Statements)
	}
	ex, err = p.ExtractSentences(t.Context(), "s.txt", []string{"It said sales rose in 2004."})
	if err != nil {
		t.Fatal(err)
	}
	var vague bool
	for _, st := range ex.Statements {
		vague = vague || vagueEnd(st.SubjectType, st.Subject) || vagueEnd(st.ObjectType, st.Object)
	}
	if !vague {
		t.Errorf("sentence mode dropped the vague ends: %+v", ex.Statements)
	}
}

// TestArticleModeDropsSelfLoops: an object pronoun read back onto its own
// clause's subject gives a statement in which something acts on itself;
// article mode leaves it out, whatever the pronoun's reading.
func TestArticleModeDropsSelfLoops(t *testing.T) {
	p := pipeline(t)
	ex := checkTriples(t, p, "Two directors of Corvane Ltd will stay on the board until shareholders vote to remove them. "+
		"Lena Holt praised the plan.", spo, []string{"Lena Holt|praise|the plan"}, nil)
	for _, st := range ex.Statements {
		if st.Subject == st.Object {
			t.Errorf("article mode kept %s | %s | %s", st.Subject, st.Predicate, st.Object)
		}
	}
}

// TestArticleModeDropsThingSubjects: an offer, a resolution or a meeting
// standing as a subject relates no actor to its object; article mode
// leaves such statements out, and keeps a decree that is a passive's
// agent and the actors' own statements.
func TestArticleModeDropsThingSubjects(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"offer undervalues",
			"Halvard Mining rejected a bid from Torvik Group. Its chairman said the offer undervalued Halvard Mining.",
			[]string{"Halvard Mining|reject|Torvik Group"}, []string{"the offer|undervalue|Halvard Mining"}},
		{"resolution renews",
			"The Security Council approved a resolution which renews the mandate of the Ostrava Mission. The resolution also demands that Norland withdraw its troops.",
			nil, []string{"The resolution|demand|Norland"}},
		{"meeting brought together",
			"The meeting, hosted by Kenya, brought together Foreign Minister Lena Holt and her counterpart Omar Reyes.",
			nil, []string{"The meeting|bring|Lena Holt", "The meeting|bring|Omar Reyes"}},
		{"passive agent stays",
			"Governor Omar Reyes was removed by a presidential decree on Saturday.",
			[]string{"a presidential decree|remove|Omar Reyes"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTriples(t, p, tt.text, spo, tt.want, tt.not)
		})
	}
}

// TestArticleModeDropsBackedObjects: "won the backing of X" and "needs the
// approval of X" name X as the one who backs the subject; article mode
// leaves out the statement that has the subject act on the phrase and
// keeps X's backing.
func TestArticleModeDropsBackedObjects(t *testing.T) {
	p := pipeline(t)
	tests := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"won the backing",
			"Halvard Mining rejected a bid from Torvik Group. Halvard Mining also won the backing of Norfund Capital.",
			[]string{"Halvard Mining|reject|Torvik Group", "Norfund Capital|back|Halvard Mining"}, []string{"Halvard Mining|win|the backing of Norfund Capital"}},
		{"secured the support",
			"Torvik Group said it had secured the support of Norfund Capital in its campaign.",
			nil, []string{"Torvik Group|secure|the support of Norfund Capital"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkTriples(t, p, tt.text, spo, tt.want, tt.not)
		})
	}
}
