package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// ErrAmbiguous is returned when a name a user gives could denote more than
// one entity and nothing in it tells them apart. The error's message lists
// the candidates.
var ErrAmbiguous = errors.New("graph: ambiguous name")

// lookup finds the entity IRI for an actor given by name, alias or IRI,
// reading the name the way a reader would:
//
//  1. an alias key some entity carries ("Witkoff", "the Kremlin"), or the
//     name the alias file maps it to;
//  2. the same without the words written before a name: "the", titles and
//     honorifics ("President", "Special Envoy", "Mr"), and the countries,
//     demonyms and possessives that qualify them ("Russian", "US",
//     "Trump's"): "Russian President Vladimir Putin" → "vladimir putin";
//  3. a person's full name whose surname is one person's and whose first
//     name does not contradict that person's: "Donald Trump" finds the
//     person stored as "Trump". Two such persons give ErrAmbiguous.
//
// A bare title ("president") only finds an entity named by it.
func (s *Store) lookup(ctx context.Context, name string) (quad.IRI, error) {
	n := strings.TrimSpace(name)
	if strings.HasPrefix(n, "<") && strings.HasSuffix(n, ">") {
		n = n[1 : len(n)-1]
	}
	if strings.HasPrefix(n, nsEntity) {
		ref, err := s.valueOf(quad.IRI(n))
		if err != nil {
			return "", err
		}
		if ref {
			return quad.IRI(n), nil
		}
		return "", fmt.Errorf("graph: entity %q: %w", name, ErrNotFound)
	}
	key := aliasKey(n)
	e, err := s.lookupKey(ctx, key)
	if err != nil || e != "" {
		return e, wrapResolve(name, err)
	}
	bare, err := s.stripQualifiers(ctx, key)
	if err != nil {
		return "", wrapResolve(name, err)
	}
	if bare != key {
		if e, err := s.lookupKey(ctx, bare); err != nil || e != "" {
			return e, wrapResolve(name, err)
		}
	}
	e, others, err := s.lookupSurname(ctx, n, bare)
	if err != nil {
		if errors.Is(err, ErrAmbiguous) {
			return "", fmt.Errorf("graph: entity %q could be %s: %w (give the full name or an entity IRI)", name, strings.Join(others, ", "), err)
		}
		return "", wrapResolve(name, err)
	}
	if e != "" {
		return e, nil
	}
	if len(others) > 0 {
		return "", fmt.Errorf("graph: entity %q (persons with that surname: %s): %w", name, strings.Join(others, ", "), ErrNotFound)
	}
	return "", fmt.Errorf("graph: entity %q: %w", name, ErrNotFound)
}

func wrapResolve(name string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("graph: resolve %q: %w", name, err)
}

// lookupKey finds the entity carrying alias key (after the alias file's
// mapping), "" when none does. A bare title finds only an entity whose
// name it is. When several entities carry the key it prefers the one whose
// name it is, then the most mentioned.
func (s *Store) lookupKey(ctx context.Context, key string) (quad.IRI, error) {
	if tgt, ok := s.aliases.forced([]string{key}, ""); ok {
		// the file's entity, else (stored before the file named it, not
		// re-resolved yet) the entity that carries the key itself
		e, err := s.lookupKey1(ctx, aliasKey(tgt.Name))
		if err != nil || e != "" {
			return e, err
		}
	}
	return s.lookupKey1(ctx, key)
}

// lookupKey1 is lookupKey for a key the alias file has already mapped.
func (s *Store) lookupKey1(ctx context.Context, key string) (quad.IRI, error) {
	found, err := s.entitiesWithKey(ctx, key, "")
	if err != nil || len(found) == 0 {
		return "", err
	}
	titleOnly := isTitle(key)
	best, bestScore := quad.IRI(""), int64(-1)
	for _, e := range found {
		d, err := s.entityInfo(ctx, e)
		if err != nil {
			return "", err
		}
		named := aliasKey(d.Name) == key
		if titleOnly && !named {
			continue
		}
		if len(found) == 1 {
			return e, nil
		}
		n, err := s.countIncoming(ctx, e, 1<<20-1)
		if err != nil {
			return "", err
		}
		score := int64(d.Articles)<<20 + n
		if named {
			score += 1 << 50
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best, nil
}

// stripQualifiers removes from the front of alias key the words a reader
// skips to reach a name: "the", titles, the countries and demonyms stored
// as a country's aliases, possessives, and anything before the last title
// ("former President X"). It keeps at least one word.
func (s *Store) stripQualifiers(ctx context.Context, key string) (string, error) {
	words := strings.Fields(key)
	i := 0
	for i < len(words)-1 {
		if words[i] == "the" || strings.HasSuffix(words[i], "'s") {
			i++
			continue
		}
		if n := titleAt(words, i); n > 0 && i+n < len(words) {
			i += n
			continue
		}
		n, err := s.countryAt(ctx, words, i)
		if err != nil {
			return "", err
		}
		if n > 0 && i+n < len(words) {
			i += n
			continue
		}
		break
	}
	// a title later on ends what qualifies the name ("former President")
	for j := len(words) - 2; j > i; j-- {
		for k := i; k <= j; k++ {
			if titleAt(words[:j+1], k) == j+1-k {
				return strings.Join(words[j+1:], " "), nil
			}
		}
	}
	return strings.Join(words[i:], " "), nil
}

// titleAt returns the number of words of the longest title phrase (up to
// four words) starting at words[i], 0 when none does.
func titleAt(words []string, i int) int {
	for n := min(4, len(words)-i); n > 0; n-- {
		if isTitle(strings.Join(words[i:i+n], " ")) {
			return n
		}
	}
	return 0
}

// countryAt returns the number of words (one or two) starting at words[i]
// that are an alias key of a stored country ("us", "russian", "white
// house"), 0 when none are.
func (s *Store) countryAt(ctx context.Context, words []string, i int) (int, error) {
	for n := min(2, len(words)-i); n > 0; n-- {
		found, err := s.entitiesWithKey(ctx, strings.Join(words[i:i+n], " "), schema.Country)
		if err != nil {
			return 0, err
		}
		if len(found) > 0 {
			return n, nil
		}
	}
	return 0, nil
}

// lookupSurname reads a name as a person's full name ("Donald Trump",
// "Kremlin aide Yuri Ushakov") and finds the one person whose surname it
// ends with and whose known first names do not contradict it. key is the
// name's alias key without qualifiers; the written name, when capitalised,
// tells the first name from the words before it. With no such person it
// returns "" and the names of the persons with that surname; with several
// it returns ErrAmbiguous and their names.
func (s *Store) lookupSurname(ctx context.Context, name, key string) (quad.IRI, []string, error) {
	words := strings.Fields(key)
	for len(words) > 2 && nameSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return "", nil, nil
	}
	last, first := words[len(words)-1], words[0]
	if f, l := personName(name); f != "" && l == last {
		first = f
	}
	found, err := s.entitiesWithKey(ctx, last, schema.Person)
	if err != nil {
		return "", nil, err
	}
	var match []quad.IRI
	var matchNames, otherNames []string
	for _, e := range found {
		d, err := s.entityInfo(ctx, e)
		if err != nil {
			return "", nil, err
		}
		f, l := personName(d.Name)
		if l != last {
			continue // a first name or a description, not the surname
		}
		ok := compatibleFirst(first, f)
		for _, k := range d.Aliases {
			if kf := strings.Fields(k); ok && len(kf) == 2 && kf[1] == last && !isTitle(kf[0]) && !compatibleFirst(first, kf[0]) {
				ok = false
			}
		}
		if ok {
			match, matchNames = append(match, e), append(matchNames, d.Name)
		} else {
			otherNames = append(otherNames, d.Name)
		}
	}
	switch len(match) {
	case 0:
		slices.Sort(otherNames)
		return "", otherNames, nil
	case 1:
		return match[0], nil, nil
	}
	slices.Sort(matchNames)
	return "", matchNames, ErrAmbiguous
}

// isTitle reports whether alias key k is a title or honorific alone
// ("president", "special envoy", "mr"): the schema's titles and the words
// identity treats as titles.
func isTitle(k string) bool {
	if titleWords[k] {
		return true
	}
	_, ok := schema.Vocabulary().Title(k)
	return ok
}
