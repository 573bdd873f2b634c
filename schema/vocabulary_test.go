package schema

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

func TestPredicateLookup(t *testing.T) {
	v := Vocabulary()
	tests := []struct {
		word      string
		lemma     string
		class     string
		cameo     string
		direction Direction
	}{
		{"advise", "advise", VerbalCooperation, "02", Forward},
		{"suggest", "suggest", VerbalCooperation, "02", Forward},
		{"persuade", "persuade", VerbalCooperation, "02", Forward},
		{"pressure", "pressure", VerbalCooperation, "02", Forward},
		{"threaten", "threaten", VerbalConflict, "13", Forward},
		{"warn", "warn", VerbalCooperation, "01", Forward},
		{"demand", "demand", VerbalConflict, "10", Forward},
		{"urge", "urge", VerbalCooperation, "02", Forward},
		{"praise", "praise", VerbalCooperation, "05", Forward},
		{"congratulate", "congratulate", VerbalCooperation, "05", Forward},
		{"support", "support", VerbalCooperation, "05", Forward},
		{"back", "back", VerbalCooperation, "05", Forward},
		{"criticise", "criticise", VerbalConflict, "11", Forward},
		{"accuse", "accuse", VerbalConflict, "11", Forward},
		{"oppose", "oppose", VerbalConflict, "11", Forward},
		{"reject", "reject", VerbalConflict, "12", Forward},
		{"deny", "deny", NeutralClass, "01", NoInfluence},
		{"meet", "meet", VerbalCooperation, "04", Symmetric},
		{"consult", "consult", VerbalCooperation, "04", Symmetric},
		{"discuss", "discuss", VerbalCooperation, "04", Symmetric},
		{"negotiate", "negotiate", VerbalCooperation, "04", Symmetric},
		{"call", "call", VerbalCooperation, "04", Symmetric},
		{"visit", "visit", VerbalCooperation, "04", Forward},
		{"appoint", "appoint", VerbalCooperation, "05", Forward},
		{"sanction", "sanction", MaterialConflict, "16", Forward},
		{"attack", "attack", MaterialConflict, "19", Forward},
		{"invade", "invade", MaterialConflict, "19", Forward},
		{"sue", "sue", VerbalConflict, "11", Forward},
		{"fire", "fire", MaterialConflict, "17", Forward},
		{"sign", "sign", VerbalCooperation, "05", Symmetric},
		{"agree", "agree", VerbalCooperation, "01", Symmetric},
		{"buy", "buy", MaterialCooperation, "06", Forward},
		{"acquire", "acquire", MaterialCooperation, "06", Forward},
		{"bid", "bid", MaterialCooperation, "06", Forward},
		{"invest", "invest", MaterialCooperation, "06", Forward},
		{"pay", "pay", MaterialCooperation, "06", Forward},
		{"sell", "sell", MaterialCooperation, "06", Forward},
		{"tell", "tell", VerbalCooperation, "01", Forward},
		{"say", "say", NeutralClass, "01", NoInfluence},
		{"ask", "ask", VerbalCooperation, "02", Forward},
		{"invite", "invite", VerbalCooperation, "02", Forward},
		{"host", "host", VerbalCooperation, "04", Forward},
		{"heed", "heed", MaterialCooperation, "08", Backward},
		// nominalisations and other forms
		{"meeting", "meet", VerbalCooperation, "04", Symmetric},
		{"sanctions", "sanction", MaterialConflict, "16", Forward},
		{"talks", "talk", VerbalCooperation, "04", Symmetric},
		{"criticism", "criticise", VerbalConflict, "11", Forward},
		{"threat", "threaten", VerbalConflict, "13", Forward},
		{"advice", "advise", VerbalCooperation, "02", Forward},
		{"invasion", "invade", MaterialConflict, "19", Forward},
		{"acquisition", "acquire", MaterialCooperation, "06", Forward},
		{"phone call", "call", VerbalCooperation, "04", Symmetric},
		{"call on", "call on", VerbalCooperation, "02", Forward},
		{"call for", "call for", VerbalConflict, "10", Forward},
		// case and white space
		{"  Meeting ", "meet", VerbalCooperation, "04", Symmetric},
		{"CALL  ON", "call on", VerbalCooperation, "02", Forward},
		// British and American spellings
		{"criticize", "criticise", VerbalConflict, "11", Forward},
		{"criticise", "criticise", VerbalConflict, "11", Forward},
		{"apologise", "apologize", VerbalCooperation, "05", Forward},
		{"apologize", "apologize", VerbalCooperation, "05", Forward},
		{"recognise", "recognize", VerbalCooperation, "05", Forward},
		{"mobilisation", "mobilize", MaterialConflict, "15", Forward},
		{"mobilization", "mobilize", MaterialConflict, "15", Forward},
		{"favor", "favour", VerbalCooperation, "05", Forward},
		{"defense", "defend", VerbalCooperation, "05", Forward},
		{"defence", "defend", VerbalCooperation, "05", Forward},
		{"authorise", "authorize", VerbalCooperation, "05", Forward},
		{"penalise", "penalize", MaterialConflict, "17", Forward},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			p, ok := v.Predicate(tt.word)
			if !ok {
				t.Fatalf("Predicate(%q) not found", tt.word)
			}
			if p.Lemma != tt.lemma || p.Class != tt.class || p.Cameo != tt.cameo || p.Direction != tt.direction {
				t.Errorf("Predicate(%q) = %+v, want lemma %q class %q cameo %q direction %q",
					tt.word, p, tt.lemma, tt.class, tt.cameo, tt.direction)
			}
			if p.Role {
				t.Errorf("Predicate(%q).Role = true, want false", tt.word)
			}
			code, ok := v.CameoCode(p.Code)
			if !ok || code.Goldstein != p.Goldstein || code.Root != p.Cameo {
				t.Errorf("Predicate(%q): code %q = %+v, want goldstein %v root %q", tt.word, p.Code, code, p.Goldstein, p.Cameo)
			}
		})
	}
}

func TestPredicateUnknown(t *testing.T) {
	v := Vocabulary()
	for _, w := range []string{"", " ", "table", "envoy", "president", "blue", "meetingx", "colour"} {
		if p, ok := v.Predicate(w); ok {
			t.Errorf("Predicate(%q) = %+v, want not found", w, p)
		}
	}
}

func TestRoleLookup(t *testing.T) {
	v := Vocabulary()
	tests := []struct {
		word      string
		lemma     string
		direction Direction
	}{
		{"envoy", "envoy", Backward},
		{"special envoy", "envoy", Backward},
		{"aide", "aide", Backward},
		{"adviser", "adviser", Backward},
		{"advisor", "adviser", Backward},
		{"president", "president", Backward},
		{"Prime Minister", "prime minister", Backward},
		{"premier", "prime minister", Backward},
		{"leader", "leader", Backward},
		{"minister", "minister", Backward},
		{"foreign minister", "minister", Backward},
		{"secretary", "secretary", Backward},
		{"chairman", "chairman", Backward},
		{"chairwoman", "chairman", Backward},
		{"chief executive", "chief executive", Backward},
		{"CEO", "chief executive", Backward},
		{"spokesman", "spokesman", Backward},
		{"spokeswoman", "spokesman", Backward},
		{"director", "director", Backward},
		{"member", "member", Backward},
		{"head", "head", Backward},
		{"works for", "work for", Backward},
		{"founder", "founder", Forward},
		{"owner", "owner", Forward},
		{"own", "own", Forward},
		{"counsellor", "adviser", Backward},
		{"counselor", "adviser", Backward},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			p, ok := v.Role(tt.word)
			if !ok {
				t.Fatalf("Role(%q) not found", tt.word)
			}
			if p.Lemma != tt.lemma || p.Direction != tt.direction || !p.Role || p.Class != RoleClass || p.Cameo != "" {
				t.Errorf("Role(%q) = %+v, want lemma %q direction %q, role class, no cameo", tt.word, p, tt.lemma, tt.direction)
			}
			if q, ok := v.Lookup(tt.word); !ok || q != p {
				t.Errorf("Lookup(%q) = %+v, %v, want %+v", tt.word, q, ok, p)
			}
		})
	}
	if p, ok := v.Role("threaten"); ok {
		t.Errorf("Role(threaten) = %+v, want not found", p)
	}
}

// readCameoTop reads the QuadClass column of the shipped cameo-top.tsv
// directly, independently of the loader.
func readCameoTop(t *testing.T) map[string]int {
	t.Helper()
	f, err := os.Open(filepath.Join("data", fileCameoTop))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		q, err := strconv.Atoi(cols[3])
		if err != nil {
			t.Fatalf("quadclass %q: %v", cols[3], err)
		}
		out[cols[0]] = q
	}
	return out
}

func TestCameoRoots(t *testing.T) {
	v := Vocabulary()
	want := readCameoTop(t)
	if len(want) != 20 {
		t.Fatalf("cameo-top.tsv has %d roots, want 20", len(want))
	}
	wantClass := map[int]string{1: VerbalCooperation, 2: MaterialCooperation, 3: VerbalConflict, 4: MaterialConflict}
	for i := 1; i <= 20; i++ {
		code := strconv.Itoa(i)
		if i < 10 {
			code = "0" + code
		}
		t.Run(code, func(t *testing.T) {
			r, ok := v.Cameo(code)
			if !ok {
				t.Fatalf("Cameo(%q) not found", code)
			}
			if r.Code != code || r.QuadClass != want[code] || r.Class != wantClass[want[code]] || r.Name == "" {
				t.Errorf("Cameo(%q) = %+v, want quadclass %d class %q", code, r, want[code], wantClass[want[code]])
			}
			c, ok := v.CameoCode(code)
			if !ok || c.Goldstein != r.Goldstein || c.Level != 1 {
				t.Errorf("CameoCode(%q) = %+v, want level 1 goldstein %v", code, c, r.Goldstein)
			}
		})
	}
	// The QuadClass bands verified on GDELT data (see data/SOURCES.md).
	for code, q := range map[string]int{"05": 1, "06": 2, "09": 2, "10": 3, "14": 3, "15": 4, "20": 4} {
		if r, _ := v.Cameo(code); r.QuadClass != q {
			t.Errorf("Cameo(%q).QuadClass = %d, want %d", code, r.QuadClass, q)
		}
	}
}

func TestCameoCodes(t *testing.T) {
	v := Vocabulary()
	tests := []struct {
		code      string
		root      string
		goldstein float64
		found     bool
	}{
		{"04", "04", 1.0, true},
		{"4", "04", 1.0, true},
		{"042", "04", 1.0, true},
		{"163", "16", -4.0, true},
		{"1246", "12", -4.0, true},
		{"21", "", 0, false},
		{"", "", 0, false},
		{"00", "", 0, false},
		{"0999", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			r, ok := v.Cameo(tt.code)
			if ok != tt.found || r.Code != tt.root {
				t.Fatalf("Cameo(%q) = %+v, %v, want root %q found %v", tt.code, r, ok, tt.root, tt.found)
			}
			if ok && r.Goldstein != tt.goldstein {
				t.Errorf("Cameo(%q).Goldstein = %v, want %v", tt.code, r.Goldstein, tt.goldstein)
			}
		})
	}
	if c, ok := v.CameoCode("163"); !ok || c.Goldstein != -8.0 || c.Root != "16" || c.Level != 2 {
		t.Errorf("CameoCode(163) = %+v, %v, want goldstein -8 root 16 level 2", c, ok)
	}
}

func TestVocabularyConsistent(t *testing.T) {
	v := Vocabulary()
	preds, roles := v.Predicates(), v.Roles()
	if len(preds) < 250 {
		t.Errorf("%d predicates, want a broad vocabulary of at least 250", len(preds))
	}
	seen := map[string]string{}
	forms := 0
	for _, p := range preds {
		if prev, dup := seen[p.Lemma]; dup {
			t.Errorf("duplicate lemma %q (%s)", p.Lemma, prev)
		}
		seen[p.Lemma] = "predicate"
		root, ok := v.Cameo(p.Cameo)
		if !ok || root.Code != p.Cameo {
			t.Errorf("%q: cameo root %q not in the codebook", p.Lemma, p.Cameo)
			continue
		}
		code, ok := v.CameoCode(p.Code)
		if !ok || code.Root != p.Cameo || code.Goldstein != p.Goldstein {
			t.Errorf("%q: code %q = %+v, want root %q goldstein %v", p.Lemma, p.Code, code, p.Cameo, p.Goldstein)
		}
		if p.Class != NeutralClass && p.Class != root.Class {
			t.Errorf("%q: class %q, root %s is %q", p.Lemma, p.Class, root.Code, root.Class)
		}
		if !p.Direction.Valid() || p.Role {
			t.Errorf("%q: direction %q role %v", p.Lemma, p.Direction, p.Role)
		}
		if got, ok := v.Predicate(p.Lemma); !ok || got != p {
			t.Errorf("Predicate(%q) = %+v, want %+v", p.Lemma, got, p)
		}
		for _, f := range v.Forms(p.Lemma) {
			forms++
			if got, ok := v.Predicate(f); !ok || got.Lemma != p.Lemma {
				t.Errorf("Predicate(%q) = %q, want %q", f, got.Lemma, p.Lemma)
			}
		}
	}
	if len(preds)+forms < 400 {
		t.Errorf("%d predicate lemmas and forms, want at least 400", len(preds)+forms)
	}
	for _, p := range roles {
		if prev, dup := seen[p.Lemma]; dup {
			t.Errorf("role lemma %q is also a %s", p.Lemma, prev)
		}
		seen[p.Lemma] = "role"
		if !p.Role || p.Class != RoleClass || p.Cameo != "" || p.Code != "" || p.Goldstein != 0 {
			t.Errorf("role %+v: want Role, RoleClass, no cameo", p)
		}
		for _, f := range v.Forms(p.Lemma) {
			if _, ok := v.Predicate(f); ok {
				t.Errorf("role form %q of %q is also an event predicate", f, p.Lemma)
			}
		}
	}
	if !slices.IsSortedFunc(preds, func(a, b Predicate) int { return strings.Compare(a.Lemma, b.Lemma) }) {
		t.Error("Predicates not sorted by lemma")
	}
}

func TestEntityTypes(t *testing.T) {
	v := Vocabulary()
	want := []EntityType{Person, Organization, Country, Location, Weapon, Product, Document, Event, Thing}
	var got []EntityType
	for _, e := range v.EntityTypes() {
		got = append(got, e.Type)
		if e.Actor != e.Type.IsActor() {
			t.Errorf("%s: actor %v, IsActor %v", e.Type, e.Actor, e.Type.IsActor())
		}
		if e.Description == "" {
			t.Errorf("%s: no description", e.Type)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("EntityTypes = %v, want %v", got, want)
	}
}

func TestTitles(t *testing.T) {
	v := Vocabulary()
	tests := []struct {
		in   string
		text string
		role string
		kind string
	}{
		{"President", "President", "president", "office"},
		{"president", "President", "president", "office"},
		{"Mr", "Mr", "", "honorific"},
		{"Mr.", "Mr", "", "honorific"},
		{"Dr.", "Dr", "", "honorific"},
		{"Sen.", "Sen", "senator", "office"},
		{"Gov.", "Gov", "governor", "office"},
		{"Chancellor", "Chancellor", "chancellor", "office"},
		{"Prime Minister", "Prime Minister", "prime minister", "office"},
		{"Lt. Gen.", "Lt Gen", "commander", "military"},
		{"King", "King", "monarch", "royal"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := v.Title(tt.in)
			if !ok || got != (Title{Text: tt.text, Role: tt.role, Kind: tt.kind}) {
				t.Errorf("Title(%q) = %+v, %v, want %q %q %q", tt.in, got, ok, tt.text, tt.role, tt.kind)
			}
		})
	}
	for _, w := range []string{"Putin", "", "Minister of"} {
		if got, ok := v.Title(w); ok {
			t.Errorf("Title(%q) = %+v, want not found", w, got)
		}
	}
	for _, ti := range v.Titles() {
		if ti.Role == "" {
			continue
		}
		if _, ok := v.Role(ti.Role); !ok {
			t.Errorf("title %q: role %q not in roles", ti.Text, ti.Role)
		}
	}
}

func TestVocabularyConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	got := make([]*Vocab, 8)
	for i := range got {
		wg.Go(func() {
			v := Vocabulary()
			if _, ok := v.Predicate("meeting"); !ok {
				t.Error("meeting not found")
			}
			got[i] = v
		})
	}
	wg.Wait()
	for _, v := range got {
		if v != got[0] {
			t.Fatal("Vocabulary returned different values")
		}
	}
	// Returned slices are copies: changing one does not change the vocabulary.
	p := got[0].Predicates()
	p[0].Lemma = "changed"
	if got[0].Predicates()[0].Lemma == "changed" {
		t.Error("Predicates shares its backing array")
	}
}

func TestLoadVocabularyErrors(t *testing.T) {
	base := map[string]string{}
	for _, name := range []string{fileGoldstein, fileCameoTop, filePredicates, fileRoles, fileTitles, fileEntityTypes} {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			t.Fatal(err)
		}
		base[name] = string(b)
	}
	tests := []struct {
		name    string
		file    string
		append  string
		wantErr string
	}{
		{"valid", filePredicates, "frobnicate\t040\tsymmetric\t\t\n", ""},
		{"unknown code", filePredicates, "frobnicate\t999\tforward\t\t\n", "unknown cameo code"},
		{"bad direction", filePredicates, "frobnicate\t040\tsideways\t\t\n", "invalid direction"},
		{"duplicate lemma", filePredicates, "meet\t040\tsymmetric\t\t\n", "listed for both"},
		{"duplicate form", filePredicates, "frobnicate\t040\tsymmetric\t\tmeeting\n", "listed for both"},
		{"contradicting class", filePredicates, "frobnicate\t040\tsymmetric\tmaterial-conflict\t\n", "contradicts"},
		{"role direction", fileRoles, "vizier\tsymmetric\t\tadvises a ruler\n", "invalid direction"},
		{"title role", fileTitles, "Vizier\tvizier\toffice\n", "unknown role"},
		{"too many columns", fileTitles, "Vizier\t\toffice\textra\n", "columns"},
		{"bad actor flag", fileEntityTypes, "Ship\tmaybe\ta ship\n", "actor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, s := range base {
				if name == tt.file {
					s += tt.append
				}
				fsys[name] = &fstest.MapFile{Data: []byte(s)}
			}
			v, err := LoadVocabulary(fsys)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("LoadVocabulary: %v", err)
				}
				if p, ok := v.Predicate("frobnicate"); !ok || p.Cameo != "04" {
					t.Errorf("added predicate = %+v, %v", p, ok)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), tt.file) {
				t.Errorf("LoadVocabulary error = %v, want it to name %s and contain %q", err, tt.file, tt.wantErr)
			}
		})
	}
	missing := fstest.MapFS{}
	if _, err := LoadVocabulary(missing); err == nil {
		t.Error("LoadVocabulary(empty fs) succeeded, want error")
	}
}
