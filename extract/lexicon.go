package extract

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"strings"

	"github.com/aaaton/golem/v4"
	"github.com/biter777/countries"
)

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// verbInfo is what the relation lexicon says about a verb lemma.
type verbInfo struct {
	cameo   string
	report  bool // speech or cognition verb: its complement is reported
	ctlObj  bool // "told X to V": X is the subject of V
	ctlSubj bool // "threatened to V": the subject of the verb is V's
	hyp     bool // its infinitive or clause complement is hypothetical
	neg     bool // its complement is negated (deny, refuse, fail)
}

// eventInfo describes an event noun.
type eventInfo struct {
	lemma     string
	symmetric bool
}

// place is a name that stands for a country or institution.
type place struct {
	canonical string
	typ       string
}

// lexicon holds every word list the stages read. It is built once by
// loadLexicon and never modified afterwards.
type lexicon struct {
	abbrev      map[string]bool
	opener      map[string]bool
	reportVerb  map[string]bool
	pronounSubj map[string]bool
	verbBase    map[string]bool
	pastForms   map[string]bool // irregular simple pasts ("upheld", "told")
	verbs       map[string]verbInfo
	events      map[string]eventInfo
	roles       map[string]bool
	titles      map[string]string
	demonyms    map[string]string
	countries   map[string]string
	metonymy    map[string]place
	// capitalOf maps a capital that is mostly a place ("london", "berlin")
	// to its country, for the times it acts as the government
	capitalOf map[string]string
	// capitals are every country's capital city, lower-cased
	capitals  map[string]bool
	locations map[string]bool
	orgWords  map[string]bool
	// orgKinds are nouns of a kind of organisation that stand before its
	// name like a title ("sports body X", "the carmaker X")
	orgKinds map[string]bool
	// titleWords are capitalised words inside a multi-word title ("Foreign" in "Foreign Minister")
	titleWords map[string]bool
	placeWords map[string]bool
	// peopleNouns are plural nouns naming groups of people ("diplomats")
	peopleNouns map[string]bool
	// orgNameWords make a capitalised name an organisation ("Human
	// Rights Watch"), without naming a body in lower case
	orgNameWords map[string]bool
	// legalForms end a registered company name ("JSC", "Oyj"), matched
	// case-sensitively
	legalForms map[string]bool
	// appoint are the verb forms that put a person into a role ("was
	// named chairman", "was appointed as its chief")
	appoint map[string]bool
	// firstNames give the sex ('m' or 'f') of first names nearly always
	// borne by one sex
	firstNames map[string]byte
	// evaluative gives the class ("pos", "neg", "lost") of words a
	// speaker uses to judge another actor in a direct quotation
	evaluative map[string]string
	// thingHeads are head nouns of events, documents and proposals,
	// which take part in no interaction as its subject ("the offer
	// undervalues the company", "the resolution renews the mandate"):
	// the event and document nouns of objectnouns.tsv and those of
	// things.txt
	thingHeads map[string]bool
	// backing are nouns of support and assent whose "of" or "from"
	// names the one who gives it ("the backing of X")
	backing map[string]bool
	lem     *golem.Lemmatizer
	// conf is the statement confidence model (see confidence.go), nil
	// without one
	conf *confidenceModel
}

// federal are the countries whose states or provinces the press names on
// their own ("Ohio", "Bavaria", "Ontario", "Kerala").
var federal = []countries.CountryCode{countries.USA, countries.Canada, countries.Australia, countries.India,
	countries.Germany, countries.Brazil, countries.Mexico, countries.Nigeria, countries.Austria}

// dataPack serves the embedded irregular-form table to golem.
type dataPack struct{}

func (dataPack) GetResource() ([]byte, error) { return dataFS.ReadFile("data/irregular.tsv") }
func (dataPack) GetLocale() string            { return "en" }

// lines returns the non-comment, non-empty lines of an embedded file, each
// split on tabs.
func lines(name string) ([][]string, error) {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return nil, fmt.Errorf("extract: read lexicon %s: %w", name, err)
	}
	var out [][]string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, strings.Split(l, "\t"))
	}
	return out, nil
}

func set(name string) (map[string]bool, error) {
	ls, err := lines(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(ls))
	for _, l := range ls {
		m[strings.TrimSpace(l[0])] = true
	}
	return m, nil
}

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{
		verbs:      map[string]verbInfo{},
		events:     map[string]eventInfo{},
		titles:     map[string]string{},
		firstNames: map[string]byte{},
		evaluative: map[string]string{},
		demonyms:   map[string]string{},
		countries:  map[string]string{},
		metonymy:   map[string]place{},
		capitalOf:  map[string]string{},
		capitals:   map[string]bool{},
		pastForms:  map[string]bool{},
	}
	var err error
	for _, s := range []struct {
		dst  *map[string]bool
		name string
	}{
		{&lx.abbrev, "abbreviations.txt"},
		{&lx.opener, "openers.txt"},
		{&lx.reportVerb, "reporting.txt"},
		{&lx.verbBase, "verbbases.txt"},
		{&lx.roles, "roles.txt"},
		{&lx.locations, "locations.txt"},
		{&lx.orgWords, "orgwords.txt"},
		{&lx.orgKinds, "roles-kinds.txt"},
		{&lx.orgNameWords, "orgnamewords.txt"},
		{&lx.legalForms, "legalforms.txt"},
		{&lx.titleWords, "titlewords.txt"},
		{&lx.placeWords, "placewords.txt"},
		{&lx.peopleNouns, "peoplenouns.txt"},
		{&lx.appoint, "roles-appoint.txt"},
		{&lx.backing, "backing.txt"},
	} {
		if *s.dst, err = set(s.name); err != nil {
			return nil, err
		}
	}
	evs, err := lines("evaluative.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range evs {
		if len(l) >= 2 {
			lx.evaluative[strings.TrimSpace(l[0])] = strings.TrimSpace(l[1])
		}
	}
	lx.pronounSubj = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true}
	ls, err := lines("verbs.tsv")
	if err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) < 2 {
			continue
		}
		if _, dup := lx.verbs[l[0]]; dup {
			continue
		}
		vi := verbInfo{cameo: l[1]}
		if vi.cameo == "00" {
			vi.cameo = ""
		}
		if len(l) > 2 {
			for _, f := range strings.Split(l[2], ",") {
				switch f {
				case "report":
					vi.report = true
				case "ctl-obj":
					vi.ctlObj = true
				case "ctl-subj":
					vi.ctlSubj = true
				case "hyp":
					vi.hyp = true
				case "neg":
					vi.neg = true
				}
			}
		}
		lx.verbs[l[0]] = vi
		lx.verbBase[l[0]] = true
	}
	if ls, err = lines("irregular.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) >= 2 && l[1] != l[0] && l[0] != "be" {
			lx.pastForms[l[1]] = true
		}
	}
	if ls, err = lines("events.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) >= 3 {
			lx.events[l[0]] = eventInfo{lemma: l[1], symmetric: l[2] == "yes"}
		}
	}
	if ls, err = lines("firstnames.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) >= 2 && (l[1] == "m" || l[1] == "f") {
			lx.firstNames[l[0]] = l[1][0]
		}
	}
	if ls, err = lines("titles.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		role := ""
		if len(l) > 1 {
			role = l[1]
		}
		lx.titles[l[0]] = role
	}
	for _, c := range countries.All() {
		name := c.String()
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		lx.countries[toLower(name)] = name
	}
	if ls, err = lines("countrynames.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) >= 2 {
			lx.countries[l[0]] = l[1]
		}
	}
	for k, v := range lx.countries {
		if c, ok := lx.countries[toLower(v)]; ok {
			lx.countries[k] = c
		}
	}
	if ls, err = lines("demonyms.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) >= 2 {
			lx.demonyms[l[0]] = l[1]
		}
	}
	for d, c := range maps.Clone(lx.demonyms) {
		// "-ian" and "-ean" spell one demonym: "Ecuadorian" and
		// "Ecuadorean", "Eritrean" and "Eritrian"
		for _, sw := range [][2]string{{"ian", "ean"}, {"ean", "ian"}} {
			if v, ok := strings.CutSuffix(d, sw[0]); ok && len(v) >= 3 {
				if _, known := lx.demonyms[v+sw[1]]; !known {
					lx.demonyms[v+sw[1]] = c
				}
			}
		}
	}
	for _, c := range countries.All() {
		capital := toLower(c.Capital().String())
		name := c.String()
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i]
		}
		if capital == "" || capital == "none" || capital == "unknown" {
			continue
		}
		if cn, ok := lx.countries[toLower(name)]; ok {
			name = cn
		}
		lx.capitals[capital] = true
		if lx.locations[capital] {
			lx.capitalOf[capital] = name
			continue
		}
		lx.metonymy[capital] = place{canonical: name, typ: "Country"}
	}
	if ls, err = lines("metonymy.tsv"); err != nil {
		return nil, err
	}
	for _, l := range ls {
		if len(l) >= 3 {
			lx.metonymy[l[0]] = place{canonical: l[1], typ: l[2]}
		}
	}
	// states and provinces of federal countries are places ("two
	// senators from Ohio"), unless the name is a country's or a capital's
	for _, cc := range federal {
		for _, sd := range countries.SubdivisionsByCountryCode(cc) {
			switch sd.SubdivisionType() {
			case countries.SubdivisionTypeState, countries.SubdivisionTypeProvince, countries.SubdivisionTypeTerritory:
			default:
				continue
			}
			name := toLower(sd.String())
			if strings.ContainsAny(name, "([,") || name == "" {
				continue
			}
			if _, ok := lx.countries[name]; ok {
				continue
			}
			if _, ok := lx.metonymy[name]; ok || lx.capitalOf[name] != "" {
				continue
			}
			lx.locations[name] = true
		}
	}
	if lx.thingHeads, err = set("things.txt"); err != nil {
		return nil, err
	}
	nouns, err := objectNouns()
	if err != nil {
		return nil, err
	}
	for n := range nouns {
		lx.thingHeads[n] = true
	}
	if lx.lem, err = golem.New(dataPack{}); err != nil {
		return nil, fmt.Errorf("extract: load lemmatizer: %w", err)
	}
	if lx.conf, err = loadConfidenceModel(); err != nil {
		return nil, err
	}
	return lx, nil
}

// known reports whether lower-case k is a country's, a place's or an
// institution's name the lexicon lists ("peru", "downing street").
func (lx *lexicon) known(k string) bool {
	if _, ok := lx.countries[k]; ok {
		return true
	}
	if _, ok := lx.metonymy[k]; ok {
		return true
	}
	return lx.locations[k]
}

// verbLemma returns the base form of a verb form (lower case).
func (lx *lexicon) verbLemma(w string) string {
	if l, ok := contractedVerbs[w]; ok {
		return l // "I'm", "we're", "they've"
	}
	if lx.lem.InDict(w) {
		return lx.lem.LemmaLower(w)
	}
	if lx.verbBase[w] {
		return w
	}
	try := func(cands ...string) string {
		for _, c := range cands {
			if c != "" && lx.verbBase[c] {
				return c
			}
		}
		return ""
	}
	n := len(w)
	switch {
	case hasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case hasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case n == 5 && hasSuffix(w, "ying"):
		return w[:1] + "ie" // "vying", "dying", "lying", "tying"
	case hasSuffix(w, "ing") && n > 4:
		s := w[:n-3]
		if r := try(s, s+"e", undouble(s)); r != "" {
			return r
		}
		if r := lx.prefixed(w); r != "" {
			return r
		}
		return guessBase(s)
	case hasSuffix(w, "ed") && n > 3:
		s := w[:n-2]
		if r := try(s, s+"e", undouble(s), w[:n-1]); r != "" {
			return r
		}
		if r := lx.prefixed(w); r != "" {
			return r
		}
		return guessBase(s)
	case hasSuffix(w, "es") && n > 3:
		// "comes" is come+s before com+es; "passes" falls through to pass.
		if r := try(w[:n-1], w[:n-2]); r != "" {
			return r
		}
		return w[:n-1]
	case hasSuffix(w, "s") && !hasSuffix(w, "ss") && n > 2:
		return w[:n-1]
	}
	return w
}

// contractedVerbs are the verbs written as a clitic after a pronoun.
var contractedVerbs = map[string]string{"'m": "be", "'re": "be", "'ve": "have", "’m": "be", "’re": "be", "’ve": "have"}

// verbPrefixes make new verbs of old ones ("mishandle", "outbid",
// "reopen"); verbLemma lemmatises the rest when the word lists lack the
// whole word.
var verbPrefixes = []string{"mis", "over", "out", "under", "re", "un", "dis", "co", "pre"}

// prefixed lemmatises a verb form the word lists lack as a prefix on one
// they know: "mismanaged", "overruled", "reopening". It returns "" when
// the rest is no known verb.
func (lx *lexicon) prefixed(w string) string {
	for _, p := range verbPrefixes {
		if len(w) > len(p)+3 && strings.HasPrefix(w, p) {
			if r := lx.verbLemma(w[len(p):]); lx.verbBase[r] {
				return p + r
			}
		}
	}
	return ""
}

// vowelGroups counts the runs of vowels in s: its syllables, roughly.
func vowelGroups(s string) int {
	k := 0
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) && (i == 0 || !isVowel(s[i-1])) {
			k++
		}
	}
	return k
}

// guessBase restores the base of a verb stem outside the word lists:
// British doubled l ("labelled"), doubled final consonants ("dubbed") and
// a dropped e ("implicated", "criticised", "arrived", "reduced").
func guessBase(s string) string {
	n := len(s)
	if n < 3 {
		return s
	}
	last := s[n-1]
	if last == s[n-2] && last != 's' && last != 'z' && last != 'f' && !isVowel(last) && !(last == 'l' && vowelGroups(s[:n-2]) == 1) {
		// ("stalled", "polled": a verb of one syllable keeps its double
		// l; "travelled", "cancelled" undouble it)
		return s[:n-1]
	}
	switch {
	case n >= 5 && hasSuffix(s, "at") && !isVowel(s[n-3]):
		return s + "e"
	case n >= 5 && (hasSuffix(s, "is") || hasSuffix(s, "iz")) && !isVowel(s[n-3]):
		return s + "e"
	case last == 'v' || last == 'c' && s[n-2] != 'c' || last == 'u':
		return s + "e"
	case (last == 'l' || last == 'r') && strings.IndexByte("bcdfgkptvz", s[n-2]) >= 0:
		// no English verb ends in a consonant and l or r: "heckled",
		// "bungled", "centred", "manoeuvring"
		return s + "e"
	case hasSuffix(s, "dg") || hasSuffix(s, "rg") || hasSuffix(s, "ps") || hasSuffix(s, "ns") || hasSuffix(s, "rs") || hasSuffix(s, "ls"):
		// no English verb ends so: "wedged", "emerged", "collapsed",
		// "licensed", "reversed", "pulsed"
		return s + "e"
	case n >= 4 && s[n-1] == 'r' && (s[n-2] == 'u' || s[n-2] == 'i' || s[n-2] == 'a') && !isVowel(s[n-3]):
		// "injuring", "acquired", "declared": an r after one vowel would
		// have been doubled ("occurring"), so an e was dropped
		return s + "e"
	case n >= 5 && isVowel(s[n-2]) && !isVowel(s[n-3]) && (last == 'g' || s[n-2] == 'u' && (last == 'd' || last == 't' && s[n-3] != 'b')):
		// a stem of more than one syllable ending in one vowel and g,
		// or in -ut or -ud, dropped an e ("sabotaged", "reneged",
		// "persecuted", "colluded"): such verbs without an e double it
		// ("zigzagged"), as do those in -but ("rebutted", "debuted");
		// "clouded", "shouted" end in two vowels
		return s + "e"
	case silentE(s):
		// "hyping", "phased": a stem of one syllable ending in one vowel
		// and one consonant would have doubled it ("stopped"), so an e
		// was dropped
		return s + "e"
	}
	return s
}

// silentE reports whether stem s is one syllable ending in a single vowel
// letter and a single consonant other than w, x or y, after a consonant.
func silentE(s string) bool {
	n := len(s)
	if n < 3 || strings.ContainsRune("aeiouwxy", rune(s[n-1])) || !strings.ContainsRune("aeiouy", rune(s[n-2])) || strings.ContainsRune("aeiouy", rune(s[n-3])) {
		return false
	}
	for i := 0; i < n-2; i++ {
		if strings.ContainsRune("aeiouy", rune(s[i])) {
			return false
		}
	}
	return true
}

func isVowel(b byte) bool { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' }

func undouble(s string) string {
	n := len(s)
	if n >= 3 && s[n-1] == s[n-2] && s[n-1] != 'l' && s[n-1] != 's' && s[n-1] != 'z' {
		return s[:n-1]
	}
	return ""
}

// nounLemma returns the singular of a noun (lower case).
func (lx *lexicon) nounLemma(w string) string {
	if lx.lem.InDict(w) {
		return lx.lem.LemmaLower(w)
	}
	n := len(w)
	switch {
	case hasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case hasSuffix(w, "ses") || hasSuffix(w, "xes") || hasSuffix(w, "ches") || hasSuffix(w, "shes"):
		return w[:n-2]
	case hasSuffix(w, "s") && !hasSuffix(w, "ss") && !hasSuffix(w, "us") && n > 3:
		return w[:n-1]
	}
	return w
}

// holdersName reports whether name, or a name's last word, is the plural
// abbreviation of an office ("MPs", "MEPs"): its holders, no institution.
func (lx *lexicon) holdersName(name string) bool {
	n := len(name)
	return n >= 3 && n <= 5 && name[n-1] == 's' && strings.ToUpper(name[:n-1]) == name[:n-1] && lx.roles[toLower(name[:n-1])]
}
