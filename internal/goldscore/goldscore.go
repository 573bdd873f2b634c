// Package goldscore scores extracted statements against a gold file the
// way ../shared/eval/score.py does (the evaluation guideline's scorer),
// so that Go tests can score hundreds of articles without Python or a
// process per article. It follows score.py's matching: canonical name or mention text
// to a gold entity by alias, alias suffix or surname; a predicate matches
// when one of its words shares a crude base form with a gold lemma; a
// second statement of a matched fact is neither right nor wrong.
package goldscore

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Gold is one article's gold file.
type Gold struct {
	Entities []struct {
		ID      string   `json:"id"`
		Type    string   `json:"type"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"entities"`
	Triples   []Triple `json:"triples"`
	Forbidden []Triple `json:"forbidden"`
}

// Triple is one gold statement.
type Triple struct {
	S         string   `json:"s"`
	P         []string `json:"p"`
	O         string   `json:"o"`
	Optional  bool     `json:"optional"`
	Symmetric bool     `json:"symmetric"`
}

// relates reports whether t is a triple from gold entity s to o (either
// way when symmetric).
func (t *Triple) relates(s, o string) bool {
	return t.S == s && t.O == o || t.Symmetric && t.O == s && t.S == o
}

// predicateText is what a statement's predicate is matched on: its lemma
// and its words as written.
func predicateText(st *schema.Statement) string {
	return strings.TrimSpace(st.Predicate + " " + st.PredicateText)
}

// Load reads a gold file.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g := &Gold{}
	if err := json.Unmarshal(b, g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return g, nil
}

// Article is one annotated article of an evaluation folder.
type Article struct {
	ID, Text string
	Gold     *Gold
}

// LoadArticle reads dir/<id>.txt and its gold file dir/<id>.gold.json.
func LoadArticle(dir, id string) (*Article, error) {
	text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
	if err != nil {
		return nil, err
	}
	g, err := Load(filepath.Join(dir, id+".gold.json"))
	if err != nil {
		return nil, err
	}
	return &Article{ID: id, Text: string(text), Gold: g}, nil
}

// IDs returns the ids of the articles in dir that have a gold file, sorted.
func IDs(dir string) ([]string, error) {
	golds, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(golds))
	for i, g := range golds {
		ids[i] = strings.TrimSuffix(filepath.Base(g), ".gold.json")
	}
	sort.Strings(ids)
	return ids, nil
}

// ReadIDs reads a list of article ids, one a line; blank lines and lines
// starting with "#" are skipped.
func ReadIDs(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, l := range strings.Split(string(b), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			ids = append(ids, l)
		}
	}
	return ids, nil
}

var titles = map[string]bool{"president": true, "mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "senator": true,
	"rep": true, "gov": true, "governor": true, "minister": true, "prime": true, "secretary": true, "general": true, "gen": true,
	"chancellor": true, "king": true, "queen": true, "prince": true, "pope": true, "special": true, "envoy": true}

var (
	possRe  = regexp.MustCompile(`'s\b`)
	otherRe = regexp.MustCompile(`[^a-z0-9 .\-]`)
	spaceRe = regexp.MustCompile(`\s+`)
	wordRe  = regexp.MustCompile(`[a-zA-Z]+`)
)

func norm(s string) string {
	s = strings.TrimSpace(strings.ToLower(strings.ReplaceAll(s, "\u2019", "'")))
	s = possRe.ReplaceAllString(s, "")
	s = otherRe.ReplaceAllString(s, " ")
	s = strings.Trim(strings.TrimSpace(spaceRe.ReplaceAllString(s, " ")), " .")
	return strings.TrimPrefix(s, "the ")
}

type suffixAlias struct{ alias, id string }

// Matcher maps names onto a gold file's entities.
type Matcher struct {
	exact  map[string]string
	suffix []suffixAlias
	last   map[string]string
}

// NewMatcher indexes g's entities.
func NewMatcher(g *Gold) *Matcher {
	m := &Matcher{exact: map[string]string{}, last: map[string]string{}}
	for _, e := range g.Entities {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			n := norm(a)
			if n == "" {
				continue
			}
			if _, ok := m.exact[n]; !ok {
				m.exact[n] = e.ID
			}
			if strings.Contains(n, " ") {
				m.suffix = append(m.suffix, suffixAlias{n, e.ID})
			}
		}
		if e.Type == "Person" {
			w := strings.Split(norm(e.Name), " ")
			if _, ok := m.last[w[len(w)-1]]; !ok {
				m.last[w[len(w)-1]] = e.ID
			}
		}
	}
	sort.SliceStable(m.suffix, func(i, j int) bool { return len(m.suffix[i].alias) > len(m.suffix[j].alias) })
	return m
}

// Find returns the gold entity of the first name that maps to one, "" if
// none does.
func (m *Matcher) Find(names ...string) string {
	for _, name := range names {
		if name == "" {
			continue
		}
		n := norm(name)
		if id, ok := m.exact[n]; ok {
			return id
		}
		for _, s := range m.suffix {
			if strings.HasSuffix(n, " "+s.alias) {
				return s.id
			}
		}
		var words []string
		for _, w := range strings.Split(n, " ") {
			if !titles[w] {
				words = append(words, w)
			}
		}
		if len(words) == 1 {
			if id, ok := m.last[words[0]]; ok {
				return id
			}
		}
		if len(words) > 0 {
			if id, ok := m.exact[strings.Join(words, " ")]; ok {
				return id
			}
		}
	}
	return ""
}

var irregular = map[string]string{}

func init() {
	for _, p := range strings.Fields(irregularForms) {
		a, b, _ := strings.Cut(p, ":")
		irregular[a] = b
	}
}

// forms returns the possible base forms of a word, as score.py's crude
// lemmatiser does.
func forms(w string) map[string]bool {
	w = strings.ToLower(w)
	out := map[string]bool{w: true}
	if b, ok := irregular[w]; ok {
		out[b] = true
	}
	add := func(base string) {
		if len(base) >= 2 {
			out[base] = true
			if n := len(base); n > 2 && base[n-1] == base[n-2] && !strings.ContainsRune("lsz", rune(base[n-1])) {
				out[base[:n-1]] = true
			}
		}
	}
	for _, sr := range [][2]string{{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"},
		{"d", ""}, {"ing", ""}, {"ing", "e"}, {"ment", ""}, {"ation", ""}, {"ation", "e"},
		{"ion", ""}, {"ion", "e"}, {"er", ""}, {"or", ""}} {
		if strings.HasSuffix(w, sr[0]) && len(w) > len(sr[0])+1 {
			add(w[:len(w)-len(sr[0])] + sr[1])
		}
	}
	return out
}

// PredMatch reports whether the predicate text matches one of lemmas.
func PredMatch(pred string, lemmas []string) bool {
	words := map[string]bool{}
	for _, w := range wordRe.FindAllString(pred, -1) {
		for f := range forms(w) {
			words[f] = true
		}
	}
	for _, l := range lemmas {
		for f := range forms(l) {
			if words[f] {
				return true
			}
		}
	}
	return false
}

// Result is the score of one article.
type Result struct {
	Precision, Recall, F1 float64
	Matched, Predicted    int
	Required              int
	// NegationErrors counts statements asserted as facts that the gold
	// forbids (a negated or denied statement stated as fact).
	NegationErrors int
}

// Score scores statements against g. Negated statements are not counted,
// as in score.py.
func Score(g *Gold, sts []schema.Statement) Result {
	m := NewMatcher(g)
	used := make([]bool, len(g.Triples))
	var res Result
	for _, st := range sts {
		s := m.Find(st.Subject, st.SubjectText)
		o := m.Find(st.Object, st.ObjectText)
		if s == "" || o == "" || st.Negated {
			continue
		}
		ptxt := predicateText(&st)
		for _, f := range g.Forbidden {
			if f.S == s && f.O == o && PredMatch(ptxt, f.P) {
				res.NegationErrors++
				break
			}
		}
		res.Predicted++
		hit, dup := -1, false
		for i, t := range g.Triples {
			if t.relates(s, o) && PredMatch(ptxt, t.P) {
				dup = true
				if hit < 0 && !used[i] {
					hit = i
				}
			}
		}
		switch {
		case hit >= 0:
			used[hit] = true
			res.Matched++
		case dup:
			res.Predicted--
		}
	}
	got := 0
	for i, t := range g.Triples {
		if !t.Optional {
			res.Required++
			if used[i] {
				got++
			}
		}
	}
	if res.Required > 0 {
		res.Recall = float64(got) / float64(res.Required)
	}
	if res.Predicted > 0 {
		res.Precision = float64(res.Matched) / float64(res.Predicted)
	}
	if res.Precision+res.Recall > 0 {
		res.F1 = 2 * res.Precision * res.Recall / (res.Precision + res.Recall)
	}
	return res
}

// Label reports whether a statement states one of g's triples (optional
// ones included), and whether both its ends map to g's entities: a
// statement with an end outside the gold is neither right nor wrong.
func (m *Matcher) Label(g *Gold, st *schema.Statement) (right, actors bool) {
	s, o := m.Find(st.Subject, st.SubjectText), m.Find(st.Object, st.ObjectText)
	if s == "" || o == "" {
		return false, false
	}
	pred := predicateText(st)
	for _, t := range g.Triples {
		if t.relates(s, o) && PredMatch(pred, t.P) {
			return true, true
		}
	}
	return false, true
}

// AUC is the probability that a random right statement's score exceeds a
// random wrong one's, ties counting half: 0.5 for a score that does not
// rank at all, 1 for one that ranks perfectly. right[i] labels scores[i].
func AUC(scores []float64, right []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return scores[idx[a]] < scores[idx[b]] })
	var pos, neg, sum float64
	for i := 0; i < len(idx); {
		var p, n float64
		j := i
		for ; j < len(idx) && scores[idx[j]] == scores[idx[i]]; j++ {
			if right[idx[j]] {
				p++
			} else {
				n++
			}
		}
		sum += p * (neg + n/2)
		pos += p
		neg += n
		i = j
	}
	if pos == 0 || neg == 0 {
		return 0.5
	}
	return sum / (pos * neg)
}

const irregularForms = `
arose:arise arisen:arise awoke:awake was:be were:be been:be is:be are:be bore:bear borne:bear beat:beat
became:become began:begin begun:begin bent:bend bet:bet bid:bid bound:bind bit:bite bitten:bite bled:bleed
blew:blow blown:blow broke:break broken:break bred:breed brought:bring built:build burnt:burn burst:burst
bought:buy cast:cast caught:catch chose:choose chosen:choose clung:cling came:come cost:cost crept:creep
cut:cut dealt:deal dug:dig did:do done:do does:do drew:draw drawn:draw drank:drink drunk:drink drove:drive
driven:drive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee
flew:fly flown:fly forbade:forbid forbidden:forbid forgot:forget forgotten:forget forgave:forgive
forgiven:forgive froze:freeze frozen:freeze got:get gotten:get gave:give given:give went:go gone:go
grew:grow grown:grow hung:hang had:have has:have heard:hear hid:hide hidden:hide hit:hit held:hold
hurt:hurt kept:keep knelt:kneel knew:know known:know laid:lay led:lead leapt:leap left:leave lent:lend
let:let lay:lie lain:lie lit:light lost:lose made:make meant:mean met:meet mistook:mistake overcame:overcome
overtook:overtake overthrew:overthrow overthrown:overthrow paid:pay put:put quit:quit read:read rode:ride
ridden:ride rang:ring rung:ring rose:rise risen:rise ran:run said:say saw:see seen:see sought:seek
sold:sell sent:send set:set shook:shake shaken:shake shot:shoot shut:shut sang:sing sung:sing sank:sink
sat:sit slept:sleep slid:slide spoke:speak spoken:speak spent:spend spun:spin spread:spread stood:stand
stole:steal stolen:steal stuck:stick struck:strike stricken:strike swore:swear sworn:swear swept:sweep
swam:swim swung:swing took:take taken:take taught:teach tore:tear torn:tear told:tell thought:think
threw:throw thrown:throw understood:understand undertook:undertake undertaken:undertake upheld:uphold
upset:upset woke:wake woken:wake wore:wear worn:wear won:win withdrew:withdraw withdrawn:withdraw
withheld:withhold withstood:withstand wrote:write written:write
`
