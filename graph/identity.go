package graph

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"go.yaml.in/yaml/v3"

	"github.com/newsgraph/newsgraph/schema"
)

// entityRec is one entity as an article writes it: the node it resolved
// to, the article's canonical name for it and the alias keys it saw.
type entityRec struct {
	IRI  quad.IRI
	Name string
	Type schema.EntityType
	Keys []string
	// loose marks keys that are descriptions ("the country"), stored as
	// aliases but never used to merge entities across articles.
	loose map[string]bool
}

func (r *entityRec) addKey(k string, matchable bool) {
	if k == "" {
		return
	}
	if !slices.Contains(r.Keys, k) {
		r.Keys = append(r.Keys, k)
		if !matchable {
			if r.loose == nil {
				r.loose = map[string]bool{}
			}
			r.loose[k] = true
		}
	} else if matchable && r.loose[k] {
		delete(r.loose, k)
	}
}

// aliasTable is a loaded aliases.yaml.
type aliasTable struct {
	force    map[string]aliasTarget // alias key → forced entity
	separate map[string]aliasTarget // name key → entity that is never merged
	hash     string                 // hex SHA-256 of the file
}

type aliasTarget struct {
	Name string
	Type schema.EntityType // "" matches any type
}

// aliasFile is the YAML form of aliases.yaml.
type aliasFile struct {
	Entities []struct {
		Name    string   `yaml:"name"`
		Type    string   `yaml:"type"`
		Aliases []string `yaml:"aliases"`
	} `yaml:"entities"`
	Separate []struct {
		Name string `yaml:"name"`
		Type string `yaml:"type"`
	} `yaml:"separate"`
}

// loadAliasFile reads and checks an aliases.yaml file.
func loadAliasFile(path string) (*aliasTable, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("graph: alias file: %w", err)
	}
	return parseAliasFile(path, b)
}

func parseAliasFile(path string, b []byte) (*aliasTable, error) {
	var f aliasFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("graph: alias file %s: %w", path, err)
	}
	t := &aliasTable{force: map[string]aliasTarget{}, separate: map[string]aliasTarget{}, hash: fileHash(b)}
	for i, e := range f.Entities {
		if strings.TrimSpace(e.Name) == "" {
			return nil, fmt.Errorf("graph: alias file %s: entities[%d]: name is empty", path, i)
		}
		tgt := aliasTarget{Name: strings.TrimSpace(e.Name), Type: schema.EntityType(e.Type)}
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			k := aliasKey(a)
			if k == "" {
				continue
			}
			if prev, ok := t.force[k]; ok && prev != tgt {
				return nil, fmt.Errorf("graph: alias file %s: alias %q given to both %q and %q", path, a, prev.Name, tgt.Name)
			}
			t.force[k] = tgt
		}
	}
	for i, e := range f.Separate {
		k := aliasKey(e.Name)
		if k == "" {
			return nil, fmt.Errorf("graph: alias file %s: separate[%d]: name is empty", path, i)
		}
		t.separate[k] = aliasTarget{Name: strings.TrimSpace(e.Name), Type: schema.EntityType(e.Type)}
	}
	return t, nil
}

func (t *aliasTable) forced(keys []string, typ schema.EntityType) (aliasTarget, bool) {
	if t == nil {
		return aliasTarget{}, false
	}
	for _, k := range keys {
		if tgt, ok := t.force[k]; ok && (tgt.Type == "" || typ == "" || tgt.Type == typ) {
			if tgt.Type == "" {
				tgt.Type = typ
			}
			return tgt, true
		}
	}
	return aliasTarget{}, false
}

func (t *aliasTable) isSeparate(key string, typ schema.EntityType) bool {
	if t == nil {
		return false
	}
	tgt, ok := t.separate[key]
	return ok && (tgt.Type == "" || tgt.Type == typ)
}

// titleWords are words written before a person's name that are not part of
// it ("President", "Sen.", "Mr").
var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms miss mx dr prof sir dame lord lady
		president vice prime minister premier chancellor secretary sen senator rep
		representative congressman congresswoman gov governor mayor gen general col
		colonel maj major lt lieutenant capt captain cmdr commander adm admiral sgt
		sergeant king queen prince princess emperor pope cardinal bishop rev father
		sheikh judge justice ambassador envoy special chief director ceo chairman
		chairwoman chair speaker leader deputy foreign attorney officer dictator
		president-elect chairperson minister-president saint st`) {
		m[w] = true
	}
	return m
}()

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// personName splits a person's name into a first name and a surname key:
// the trailing run of capitalised words that are not titles. A surname
// alone gives first == "".
func personName(name string) (first, last string) {
	words := strings.Fields(foldPunct(name))
	var run []string
	for i := len(words) - 1; i >= 0; i-- {
		w := strings.Trim(words[i], ",;:()\"")
		k := strings.ToLower(strings.TrimSuffix(w, "."))
		if k == "" {
			break
		}
		if nameSuffixes[k] && len(run) == 0 {
			continue
		}
		r := []rune(w)[0]
		// the last word is the surname even when it is also a title
		// ("Martin Luther King"); before it, titles end the name
		if (titleWords[k] && len(run) > 0) || strings.HasSuffix(k, "'s") || unicode.IsLower(r) {
			break
		}
		run = append(run, aliasKey(w))
	}
	switch len(run) {
	case 0:
		return "", ""
	case 1:
		return "", run[0]
	}
	return run[len(run)-1], run[0]
}

// displayName is the name an article gives an entity: a person's name
// without titles ("Russian President Vladimir Putin" → "Vladimir Putin"),
// other names without a leading "the".
func displayName(name string, typ schema.EntityType) string {
	name = strings.Join(strings.Fields(name), " ")
	if typ == schema.Person {
		words := strings.Fields(name)
		first, last := personName(name)
		n := 1
		if first != "" {
			n = 2
		}
		if last != "" && len(words) >= n {
			// keep middle names between the first name and the surname
			start := len(words) - n
			for start > 0 && aliasKey(words[start]) != first && first != "" {
				start--
			}
			return strings.Join(words[start:], " ")
		}
		return name
	}
	if rest, ok := strings.CutPrefix(name, "the "); ok && rest != "" {
		return rest
	}
	return name
}

// compatibleFirst reports whether two first names may denote one person:
// equal, or one is the initial of the other.
func compatibleFirst(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	if len([]rune(a)) == 1 {
		return strings.HasPrefix(b, a)
	}
	if len([]rune(b)) == 1 {
		return strings.HasPrefix(a, b)
	}
	return false
}

// identityAlias reports whether alias key k may stand for one entity on
// its own. A bare title ("President", "the envoy") may be any holder of
// the office and a lone common noun ("the country") any thing of its kind:
// neither is kept as an alias. named says whether the surface form was
// written as a name (nameLike).
func identityAlias(k string, named bool) bool {
	if isTitle(k) {
		return false
	}
	return named || strings.Contains(k, " ")
}

// nameLike reports whether a surface form is a proper name (has a capital
// letter after an optional leading "the") and so may link entities across
// articles. Descriptions such as "the country" are kept as aliases but
// never used to merge.
func nameLike(s string) bool {
	s = strings.TrimSpace(s)
	if l := strings.ToLower(s); strings.HasPrefix(l, "the ") {
		s = s[4:]
	}
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			continue
		}
		return true // letters without case (e.g. CJK)
	}
	return false
}

// resolver maps one extraction's entities onto entity nodes.
type resolver struct {
	s    *Store
	ctx  context.Context
	recs map[string]*entityRec // extraction name → record
	byID map[quad.IRI]*entityRec
	// matchable, when set, says which alias keys may merge entities
	// (used when re-resolving stored articles, whose aliases are keys).
	matchable map[string]bool
	// pending holds entities of earlier articles of the same batch.
	pending *pendingEntities
}

func recKey(name string, typ schema.EntityType) string { return name + "\x00" + string(typ) }

// rec returns the record of the extraction's entity name of type typ, or
// of any type when the extraction gave it no such type.
func (r *resolver) rec(name string, typ schema.EntityType) *entityRec {
	if typ == "" {
		typ = schema.Thing
	}
	if rec := r.recs[recKey(name, typ)]; rec != nil {
		return rec
	}
	return r.recs[name]
}

// resolve resolves every entity of x (and every statement end not listed
// among x's entities) against the entities already stored. The caller
// holds the write lock.
func (s *Store) resolve(ctx context.Context, x *schema.Extraction, matchable map[string]bool, pending *pendingEntities) (*resolver, error) {
	if pending == nil {
		pending = newPending()
	}
	r := &resolver{s: s, ctx: ctx, recs: map[string]*entityRec{}, byID: map[quad.IRI]*entityRec{}, matchable: matchable, pending: pending}
	if x == nil {
		return r, nil
	}
	for _, e := range x.Entities {
		if strings.TrimSpace(e.Name) == "" {
			continue
		}
		if err := r.add(e); err != nil {
			return nil, err
		}
	}
	for _, st := range x.Statements {
		for _, end := range []schema.Entity{{Name: st.Subject, Type: st.SubjectType}, {Name: st.Object, Type: st.ObjectType}} {
			if strings.TrimSpace(end.Name) == "" {
				continue
			}
			if r.rec(end.Name, end.Type) != nil {
				continue
			}
			if err := r.add(end); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

func (r *resolver) add(e schema.Entity) error {
	typ := e.Type
	if typ == "" {
		typ = schema.Thing
	}
	nameKey := aliasKey(e.Name)
	keys := []string{nameKey}
	match := []string{nameKey}
	for _, a := range e.Aliases {
		k := aliasKey(a)
		if k == "" || slices.Contains(keys, k) {
			continue
		}
		named := (r.matchable == nil && nameLike(a)) || r.matchable[k]
		if !identityAlias(k, named) {
			continue
		}
		keys = append(keys, k)
		if named {
			match = append(match, k)
		}
	}
	var first, last string
	if typ == schema.Person {
		first, last = personName(e.Name)
		if last != "" {
			core := last
			if first != "" {
				core = first + " " + last
			}
			for _, k := range []string{core, last} {
				if !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
				if !slices.Contains(match, k) {
					match = append(match, k)
				}
			}
		}
	}
	name := displayName(e.Name, typ)
	var iri quad.IRI
	switch tgt, forced := r.s.aliases.forced(keys, typ); {
	case forced:
		name = tgt.Name
		forcedKeys := []string{aliasKey(tgt.Name)}
		if typ == schema.Person {
			if f, l := personName(tgt.Name); l != "" {
				forcedKeys = append(forcedKeys, strings.TrimSpace(f+" "+l), l)
			}
		}
		for _, k := range forcedKeys {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
				match = append(match, k)
			}
		}
		fk := forcedKeys[0]
		found, err := r.withKey(fk, typ)
		if err != nil {
			return err
		}
		iri = entityIRI(typ, tgt.Name)
		if len(found) > 0 && !slices.Contains(found, iri) {
			iri = found[0]
		}
	case typ == schema.Thing || r.s.aliases.isSeparate(nameKey, typ):
		iri = entityIRI(typ, name)
	default:
		best, err := r.match(match, nameKey, typ, first, last)
		if err != nil {
			return err
		}
		iri = best
		if iri == "" {
			iri = entityIRI(typ, name)
		}
	}
	rec := r.byID[iri]
	if rec == nil {
		rec = &entityRec{IRI: iri, Name: name, Type: typ}
		r.byID[iri] = rec
	} else if _, forced := r.s.aliases.forced(keys, typ); !forced && betterName(name, rec.Name) {
		rec.Name = name // "Sergey Lavrov" names the node better than "Lavrov"
	}
	for _, k := range keys {
		rec.addKey(k, slices.Contains(match, k) || k == aliasKey(name))
	}
	r.recs[recKey(e.Name, typ)] = rec
	if _, ok := r.recs[e.Name]; !ok {
		r.recs[e.Name] = rec // lookup by name alone
	}
	return nil
}

// withKey returns the entities of type typ with alias key k, stored or
// pending in the batch.
func (r *resolver) withKey(k string, typ schema.EntityType) ([]quad.IRI, error) {
	found, err := r.s.entitiesWithKey(r.ctx, k, typ)
	if err != nil {
		return nil, err
	}
	for _, e := range r.pending.byKey[k] {
		if t, _ := entityType(e); t == typ && !slices.Contains(found, e) {
			found = append(found, e)
		}
	}
	slices.Sort(found)
	return found, nil
}

// match finds the stored entity of type typ that shares a name-like alias
// key with the incoming entity, refusing persons whose names conflict.
func (r *resolver) match(keys []string, nameKey string, typ schema.EntityType, first, last string) (quad.IRI, error) {
	type cand struct {
		iri   quad.IRI
		score int
	}
	var cands []cand
	seen := map[quad.IRI]int{}
	for _, k := range keys {
		found, err := r.withKey(k, typ)
		if err != nil {
			return "", err
		}
		for _, e := range found {
			if j, ok := seen[e]; ok {
				cands[j].score++
				continue
			}
			// an entity the alias file keeps separate is found by its own
			// full name only, never by a shared alias or its surname
			if own := aliasKey(strings.ReplaceAll(entitySlug(e), "-", " ")); r.s.aliases.isSeparate(own, typ) && k != own {
				continue
			}
			score := 1
			if k == nameKey {
				score += 10
			}
			seen[e] = len(cands)
			cands = append(cands, cand{e, score})
		}
	}
	// entities already resolved earlier in this extraction also count
	for iri, rec := range r.byID {
		if rec.Type != typ {
			continue
		}
		for _, k := range keys {
			if slices.Contains(rec.Keys, k) {
				if _, ok := seen[iri]; !ok {
					seen[iri] = len(cands)
					cands = append(cands, cand{iri, 1})
				}
				break
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.score != b.score {
			return b.score - a.score
		}
		return strings.Compare(string(a.iri), string(b.iri))
	})
	for _, c := range cands {
		if typ == schema.Person {
			ok, err := r.personCompatible(c.iri, first, last)
			if err != nil {
				return "", err
			}
			if !ok {
				continue
			}
		}
		return c.iri, nil
	}
	return "", nil
}

// personCompatible checks that stored person e may be the person named
// (first, last): same surname, and no differing first name on record.
func (r *resolver) personCompatible(e quad.IRI, first, last string) (bool, error) {
	ef, el := personName(strings.ReplaceAll(entitySlugTitle(e), "-", " "))
	if last != "" && el != "" && last != el {
		return false, nil
	}
	if !compatibleFirst(first, ef) {
		return false, nil
	}
	if first == "" || ef != "" {
		return true, nil
	}
	// The stored entity was first seen by surname only: look for a full
	// name with another first name among its aliases.
	keys, err := r.s.entityKeys(r.ctx, e)
	if err != nil {
		return false, err
	}
	if rec := r.byID[e]; rec != nil {
		keys = append(keys, rec.Keys...)
	}
	keys = append(keys, r.pending.keys[e]...)
	for _, k := range keys {
		f := strings.Fields(k)
		if len(f) == 2 && f[1] == last && !isTitle(f[0]) && !compatibleFirst(first, f[0]) {
			return false, nil
		}
	}
	return true, nil
}

// entitySlugTitle returns an entity IRI's slug with capitalised words, so
// personName can read it like a written name.
func entitySlugTitle(e quad.IRI) string {
	parts := strings.Split(entitySlug(e), "-")
	for i, p := range parts {
		if p != "" {
			rs := []rune(p)
			rs[0] = unicode.ToUpper(rs[0])
			parts[i] = string(rs)
		}
	}
	return strings.Join(parts, " ")
}
