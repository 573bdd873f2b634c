package schema

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.tsv
var dataFS embed.FS

// The data files a vocabulary is loaded from.
const (
	fileGoldstein   = "goldstein.tsv"
	fileCameoTop    = "cameo-top.tsv"
	filePredicates  = "predicates.tsv"
	fileRoles       = "roles.tsv"
	fileTitles      = "titles.tsv"
	fileEntityTypes = "entity-types.tsv"
)

// CameoRoot is one of the twenty CAMEO root event classes ("01".."20").
type CameoRoot struct {
	Code          string  `json:"code"` // "01".."20"
	Name          string  `json:"name"` // e.g. "MAKE PUBLIC STATEMENT"
	Goldstein     float64 `json:"goldstein"`
	QuadClass     int     `json:"quadclass"`      // 1..4
	QuadClassName string  `json:"quadclass_name"` // e.g. "Verbal Cooperation"
	Class         string  `json:"class"`          // influence class, e.g. VerbalCooperation
}

// CameoCode is one code of the CAMEO event codebook at any level.
type CameoCode struct {
	Code      string  `json:"code"` // "04", "042", "0421"
	Name      string  `json:"name"`
	Goldstein float64 `json:"goldstein"`
	Root      string  `json:"root"`  // "01".."20"
	Level     int     `json:"level"` // 1 root, 2 three-digit, 3 four-digit
}

// EntityTypeInfo describes one entity type.
type EntityTypeInfo struct {
	Type        EntityType `json:"type"`
	Actor       bool       `json:"actor"` // same as Type.IsActor()
	Description string     `json:"description"`
}

// Title is a word or phrase written before a name ("President", "Sen.").
type Title struct {
	Text string `json:"text"` // as listed, without a final period: "Sen", "Prime Minister"
	Role string `json:"role"` // lemma of the role it implies, "" for honorifics
	Kind string `json:"kind"` // honorific, office, military, religious, royal, judicial
}

// Vocab is the loaded vocabulary: predicates, role relations, CAMEO codes,
// entity types and titles. A Vocab is immutable once loaded and safe for
// concurrent use; slices it returns are copies the caller may keep.
type Vocab struct {
	predicates []Predicate         // sorted by lemma
	roles      []Predicate         // sorted by lemma
	forms      map[string]int      // normalised form -> index in predicates
	roleForms  map[string]int      // normalised form -> index in roles
	formsOf    map[string][]string // lemma -> forms (predicates and roles)
	roots      []CameoRoot         // "01".."20"
	codes      map[string]CameoCode
	types      []EntityTypeInfo
	titles     []Title
	titleIndex map[string]int // normalised title -> index
}

var defaultVocab = sync.OnceValues(func() (*Vocab, error) {
	sub, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, fmt.Errorf("schema: embedded data: %w", err)
	}
	return LoadVocabulary(sub)
})

// Vocabulary returns the vocabulary built from the embedded data files. It
// is loaded once on first use; every call returns the same *Vocab. The
// embedded files are checked by the package tests, so Vocabulary panics
// only if the binary was built from broken data.
func Vocabulary() *Vocab {
	v, err := defaultVocab()
	if err != nil {
		panic(err)
	}
	return v
}

// LoadVocabulary reads a vocabulary from the data files in fsys
// (goldstein.tsv, cameo-top.tsv, predicates.tsv, roles.tsv, titles.tsv,
// entity-types.tsv; see docs/schema.md for their columns). It returns an
// error naming the file and line of the first invalid row.
func LoadVocabulary(fsys fs.FS) (*Vocab, error) {
	v := &Vocab{
		forms:      map[string]int{},
		roleForms:  map[string]int{},
		formsOf:    map[string][]string{},
		codes:      map[string]CameoCode{},
		titleIndex: map[string]int{},
	}
	steps := []struct {
		file string
		cols int
		row  func(cols []string) error
	}{
		{fileGoldstein, 5, v.addCode},
		{fileCameoTop, 5, v.addRoot},
		{filePredicates, 5, v.addPredicate},
		{fileRoles, 4, v.addRole},
		{fileTitles, 3, v.addTitle},
		{fileEntityTypes, 3, v.addEntityType},
	}
	for _, s := range steps {
		if err := readTSV(fsys, s.file, s.cols, s.row); err != nil {
			return nil, err
		}
	}
	if len(v.roots) != 20 {
		return nil, fmt.Errorf("schema: %s: %d root codes, want 20", fileCameoTop, len(v.roots))
	}
	v.sortAndIndex()
	for _, t := range v.titles {
		if _, ok := v.Role(t.Role); t.Role != "" && !ok {
			return nil, fmt.Errorf("schema: %s: title %q implies unknown role %q", fileTitles, t.Text, t.Role)
		}
	}
	return v, nil
}

// readTSV calls row for each non-blank, non-comment line of file, split on
// tabs and padded to cols columns. The first non-comment line of the
// CAMEO files is a header and is skipped.
func readTSV(fsys fs.FS, file string, cols int, row func([]string) error) error {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return fmt.Errorf("schema: read %s: %w", file, err)
	}
	header := file == fileGoldstein || file == fileCameoTop
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if header {
			header = false
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) > cols {
			return fmt.Errorf("schema: %s line %d: %d columns, want at most %d", file, n, len(f), cols)
		}
		for len(f) < cols {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := row(f); err != nil {
			return fmt.Errorf("schema: %s line %d: %w", file, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("schema: read %s: %w", file, err)
	}
	return nil
}

func (v *Vocab) addCode(f []string) error {
	g, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return fmt.Errorf("goldstein value %q: %w", f[2], err)
	}
	level, err := strconv.Atoi(f[4])
	if err != nil {
		return fmt.Errorf("level %q: %w", f[4], err)
	}
	if len(f[3]) != 2 || !strings.HasPrefix(f[0], f[3]) {
		return fmt.Errorf("code %q has root %q", f[0], f[3])
	}
	if _, dup := v.codes[f[0]]; dup {
		return fmt.Errorf("duplicate code %q", f[0])
	}
	v.codes[f[0]] = CameoCode{Code: f[0], Name: f[1], Goldstein: g, Root: f[3], Level: level}
	return nil
}

func (v *Vocab) addRoot(f []string) error {
	g, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return fmt.Errorf("goldstein value %q: %w", f[2], err)
	}
	q, err := strconv.Atoi(f[3])
	if err != nil {
		return fmt.Errorf("quadclass %q: %w", f[3], err)
	}
	class := QuadClassName(q)
	if class == "" {
		return fmt.Errorf("quadclass %d out of range 1..4", q)
	}
	if _, ok := v.codes[f[0]]; !ok || len(f[0]) != 2 {
		return fmt.Errorf("root %q not in %s", f[0], fileGoldstein)
	}
	v.roots = append(v.roots, CameoRoot{Code: f[0], Name: f[1], Goldstein: g, QuadClass: q, QuadClassName: f[4], Class: class})
	return nil
}

func (v *Vocab) root(code string) (CameoRoot, bool) {
	for _, r := range v.roots {
		if r.Code == code {
			return r, true
		}
	}
	return CameoRoot{}, false
}

func (v *Vocab) addPredicate(f []string) error {
	lemma := normalize(f[0])
	code, ok := v.codes[f[1]]
	if !ok {
		return fmt.Errorf("predicate %q: unknown cameo code %q", lemma, f[1])
	}
	root, ok := v.root(code.Root)
	if !ok {
		return fmt.Errorf("predicate %q: unknown cameo root %q", lemma, code.Root)
	}
	dir := Direction(f[2])
	if !dir.Valid() {
		return fmt.Errorf("predicate %q: invalid direction %q", lemma, f[2])
	}
	class := root.Class
	switch f[3] {
	case "":
	case NeutralClass:
		class = NeutralClass
	default:
		if !slices.Contains(Classes(), f[3]) || f[3] == RoleClass {
			return fmt.Errorf("predicate %q: invalid class %q", lemma, f[3])
		}
		if f[3] != root.Class {
			return fmt.Errorf("predicate %q: class %q contradicts cameo root %s (%s)", lemma, f[3], root.Code, root.Class)
		}
	}
	p := Predicate{Lemma: lemma, Class: class, Cameo: root.Code, Goldstein: code.Goldstein, Direction: dir, Code: code.Code}
	return v.addEntry(&v.predicates, v.forms, p, f[4])
}

func (v *Vocab) addRole(f []string) error {
	lemma := normalize(f[0])
	dir := Direction(f[1])
	if !dir.Valid() || dir == Symmetric || dir == NoInfluence {
		return fmt.Errorf("role %q: invalid direction %q", lemma, f[1])
	}
	if f[3] == "" {
		return fmt.Errorf("role %q: missing description", lemma)
	}
	p := Predicate{Lemma: lemma, Class: RoleClass, Direction: dir, Role: true}
	return v.addEntry(&v.roles, v.roleForms, p, f[2])
}

// addEntry appends p to *list and indexes its lemma and comma-separated
// forms in index. A form already indexed is an error.
func (v *Vocab) addEntry(list *[]Predicate, index map[string]int, p Predicate, forms string) error {
	if p.Lemma == "" {
		return fmt.Errorf("empty lemma")
	}
	i := len(*list)
	*list = append(*list, p)
	add := func(form string) error {
		if j, dup := index[form]; dup {
			return fmt.Errorf("%q listed for both %q and %q", form, (*list)[j].Lemma, p.Lemma)
		}
		index[form] = i
		return nil
	}
	if err := add(p.Lemma); err != nil {
		return err
	}
	for _, form := range strings.Split(forms, ",") {
		form = normalize(form)
		if form == "" {
			continue
		}
		if err := add(form); err != nil {
			return err
		}
		v.formsOf[p.Lemma] = append(v.formsOf[p.Lemma], form)
	}
	return nil
}

func (v *Vocab) addTitle(f []string) error {
	t := Title{Text: strings.TrimSuffix(f[0], "."), Role: normalize(f[1]), Kind: f[2]}
	if t.Text == "" || t.Kind == "" {
		return fmt.Errorf("title %q: missing text or kind", f[0])
	}
	key := normalizeTitle(t.Text)
	if _, dup := v.titleIndex[key]; dup {
		return fmt.Errorf("duplicate title %q", t.Text)
	}
	v.titleIndex[key] = len(v.titles)
	v.titles = append(v.titles, t)
	return nil
}

func (v *Vocab) addEntityType(f []string) error {
	actor, err := strconv.ParseBool(f[1])
	if err != nil {
		return fmt.Errorf("entity type %q: actor %q: %w", f[0], f[1], err)
	}
	if f[0] == "" || f[2] == "" {
		return fmt.Errorf("entity type %q: missing name or description", f[0])
	}
	v.types = append(v.types, EntityTypeInfo{Type: EntityType(f[0]), Actor: actor, Description: f[2]})
	return nil
}

// sortAndIndex sorts predicates and roles by lemma and rebuilds the form
// indexes to match.
func (v *Vocab) sortAndIndex() {
	reindex := func(list []Predicate, index map[string]int) {
		old := slices.Clone(list)
		slices.SortFunc(list, func(a, b Predicate) int { return strings.Compare(a.Lemma, b.Lemma) })
		pos := make(map[string]int, len(list))
		for i, p := range list {
			pos[p.Lemma] = i
		}
		for form, i := range index {
			index[form] = pos[old[i].Lemma]
		}
	}
	reindex(v.predicates, v.forms)
	reindex(v.roles, v.roleForms)
}

// normalize lower-cases s and collapses runs of white space to one space.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// normalizeTitle is normalize without final or inner periods ("Lt. Gen."
// → "lt gen").
func normalizeTitle(s string) string {
	return normalize(strings.ReplaceAll(s, ".", " "))
}

// spellings returns s and its other British/American spellings (-ise/-ize,
// -isation/-ization, -yse/-yze, -our/-or, -ence/-ense endings).
func spellings(s string) []string {
	out := []string{s}
	pairs := [][2]string{{"isation", "ization"}, {"ise", "ize"}, {"yse", "yze"}, {"our", "or"}, {"ence", "ense"}, {"ogue", "og"}}
	for _, p := range pairs {
		for _, ab := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
			if strings.Contains(s, ab[0]) {
				out = append(out, strings.Replace(s, ab[0], ab[1], 1))
			}
		}
	}
	return out
}

func lookup(list []Predicate, index map[string]int, word string) (Predicate, bool) {
	for _, s := range spellings(normalize(word)) {
		if i, ok := index[s]; ok {
			return list[i], true
		}
	}
	return Predicate{}, false
}

// Predicate returns the event predicate for a verb lemma, a nominalisation
// ("meeting", "sanctions", "criticism"), a multi-word form ("call on") or a
// British or American spelling of one. Matching ignores case and extra
// white space. Role relations are found with Role; a word that is in both
// tables (none at present) resolves here to the event.
func (v *Vocab) Predicate(lemma string) (Predicate, bool) {
	if p, ok := lookup(v.predicates, v.forms, lemma); ok {
		return p, true
	}
	return Predicate{}, false
}

// Role returns the role relation for a role noun or relation ("envoy",
// "prime minister", "ceo", "works for"). Every result has Role true and
// Class RoleClass.
func (v *Vocab) Role(word string) (Predicate, bool) {
	return lookup(v.roles, v.roleForms, word)
}

// Lookup returns the vocabulary entry for word, trying event predicates
// first and role relations second.
func (v *Vocab) Lookup(word string) (Predicate, bool) {
	if p, ok := v.Predicate(word); ok {
		return p, true
	}
	return v.Role(word)
}

// Predicates returns every event predicate sorted by lemma.
func (v *Vocab) Predicates() []Predicate { return slices.Clone(v.predicates) }

// Roles returns every role relation sorted by lemma.
func (v *Vocab) Roles() []Predicate { return slices.Clone(v.roles) }

// Forms returns the other forms listed for lemma (nominalisations,
// spellings, multi-word variants), or nil.
func (v *Vocab) Forms(lemma string) []string { return slices.Clone(v.formsOf[normalize(lemma)]) }

// Cameo returns the root event class of a CAMEO code: a root ("04", or "4")
// or any longer code ("042", "0421") whose root it is. ok is false for
// codes not in the codebook.
func (v *Vocab) Cameo(code string) (CameoRoot, bool) {
	code = strings.TrimSpace(code)
	if len(code) == 1 {
		code = "0" + code
	}
	c, ok := v.codes[code]
	if !ok {
		return CameoRoot{}, false
	}
	return v.root(c.Root)
}

// CameoCode returns the codebook entry of a CAMEO code at any level.
func (v *Vocab) CameoCode(code string) (CameoCode, bool) {
	c, ok := v.codes[strings.TrimSpace(code)]
	return c, ok
}

// CameoRoots returns the twenty root classes in code order.
func (v *Vocab) CameoRoots() []CameoRoot { return slices.Clone(v.roots) }

// EntityTypes returns the entity types with their descriptions.
func (v *Vocab) EntityTypes() []EntityTypeInfo { return slices.Clone(v.types) }

// Titles returns the title words in file order.
func (v *Vocab) Titles() []Title { return slices.Clone(v.titles) }

// Title reports whether s is a title word or phrase ("President", "sen.",
// "Lt. Gen.", "Prime Minister"), ignoring case and periods.
func (v *Vocab) Title(s string) (Title, bool) {
	i, ok := v.titleIndex[normalizeTitle(s)]
	if !ok {
		return Title{}, false
	}
	return v.titles[i], true
}
