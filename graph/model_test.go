package graph

import (
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

func TestAliasKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Steve Witkoff", "steve witkoff"},
		{"the US", "us"},
		{"The  Kremlin", "kremlin"},
		{"U.S.", "us"},
		{"Trump’s envoy", "trump's envoy"},
		{"Mr. Trump", "mr trump"},
		{"“Ushakov”", "ushakov"},
		{"the", "the"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := aliasKey(tc.in); got != tc.want {
			t.Errorf("aliasKey(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSlugAndIRIs(t *testing.T) {
	tests := []struct {
		typ  schema.EntityType
		name string
		want string
	}{
		{schema.Person, "Steve Witkoff", "<ng:entity/person/steve-witkoff>"},
		{schema.Country, "U.S.", "<ng:entity/country/us>"},
		{schema.Person, "Conan O'Brien", "<ng:entity/person/conan-obrien>"},
		{schema.Person, "Владимир Путин", "<ng:entity/person/владимир-путин>"},
		{"", "a transcript", "<ng:entity/thing/a-transcript>"},
	}
	for _, tc := range tests {
		if got := EntityIRI(tc.typ, tc.name); got != tc.want {
			t.Errorf("EntityIRI(%s, %q) = %s, want %s", tc.typ, tc.name, got, tc.want)
		}
	}
	if s := slug("!!!"); s == "" || s == slug("???") {
		t.Errorf("slug of punctuation-only names = %q, %q: want distinct non-empty slugs", s, slug("???"))
	}
	for _, lemma := range []string{"suggest", "envoy of", "works for", "call on", "über"} {
		got, ok := lemmaOf(predicateIRI(lemma))
		if !ok || got != lemma {
			t.Errorf("lemmaOf(predicateIRI(%q)) = %q, %v", lemma, got, ok)
		}
	}
	if _, ok := lemmaOf(predName); ok {
		t.Errorf("ng:name taken for a direct-edge predicate")
	}
	if typ, ok := entityType(entityIRI(schema.Organization, "Bloomberg")); !ok || typ != schema.Organization {
		t.Errorf("entityType = %s, %v", typ, ok)
	}
}

func TestPersonName(t *testing.T) {
	tests := []struct{ in, first, last, display string }{
		{"Vladimir Putin", "vladimir", "putin", "Vladimir Putin"},
		{"Putin", "", "putin", "Putin"},
		{"President Putin", "", "putin", "Putin"},
		{"Russian President Vladimir Putin", "vladimir", "putin", "Vladimir Putin"},
		{"White House special envoy Steve Witkoff", "steve", "witkoff", "Steve Witkoff"},
		{"Mr. Trump", "", "trump", "Trump"},
		{"Prince", "", "prince", "Prince"},
		{"Martin Luther King Jr.", "martin", "king", "Martin Luther King Jr."},
		{"the US president", "", "", "the US president"},
	}
	for _, tc := range tests {
		f, l := personName(tc.in)
		if f != tc.first || l != tc.last {
			t.Errorf("personName(%q) = %q, %q; want %q, %q", tc.in, f, l, tc.first, tc.last)
		}
		if d := displayName(tc.in, schema.Person); d != tc.display {
			t.Errorf("displayName(%q) = %q, want %q", tc.in, d, tc.display)
		}
	}
	if d := displayName("the Kremlin", schema.Country); d != "Kremlin" {
		t.Errorf("displayName(the Kremlin) = %q", d)
	}
}

func TestCompatibleFirst(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"steve", "steve", true},
		{"", "alex", true},
		{"s", "steve", true},
		{"alex", "steve", false},
	}
	for _, tc := range tests {
		if got := compatibleFirst(tc.a, tc.b); got != tc.want {
			t.Errorf("compatibleFirst(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

func TestNameLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"the US", true}, {"Washington", true}, {"the country", false}, {"your boss", false}, {"北京", true}, {"", false},
	}
	for _, tc := range tests {
		if got := nameLike(tc.in); got != tc.want {
			t.Errorf("nameLike(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestClassOf(t *testing.T) {
	tests := []struct {
		st   schema.Statement
		want string
	}{
		{schema.Statement{Cameo: "02"}, schema.VerbalCooperation},
		{schema.Statement{Cameo: "042"}, schema.VerbalCooperation},
		{schema.Statement{Cameo: "07"}, schema.MaterialCooperation},
		{schema.Statement{Cameo: "13"}, schema.VerbalConflict},
		{schema.Statement{Cameo: "19"}, schema.MaterialConflict},
		{schema.Statement{Cameo: "99"}, schema.NeutralClass},
		{schema.Statement{Role: true, Cameo: "02"}, schema.RoleClass},
		{schema.Statement{}, schema.NeutralClass},
	}
	for _, tc := range tests {
		if got := classOf(tc.st); got != tc.want {
			t.Errorf("classOf(cameo %q, role %v) = %s, want %s", tc.st.Cameo, tc.st.Role, got, tc.want)
		}
	}
}
