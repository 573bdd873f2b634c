package extract

import (
	"slices"
	"testing"
)

func TestRecencyOrder(t *testing.T) {
	var r recency
	r.head = -1
	for range 4 {
		r.add()
	}
	order := func() []int {
		var out []int
		for e := r.head; e >= 0; e = r.next[e] {
			out = append(out, e)
		}
		return out
	}
	steps := []struct {
		touch int
		want  []int
	}{
		{2, []int{2}},
		{0, []int{0, 2}},
		{3, []int{3, 0, 2}},
		{0, []int{0, 3, 2}}, // from the middle
		{2, []int{2, 0, 3}}, // from the tail
		{2, []int{2, 0, 3}}, // already first
		{1, []int{1, 2, 0, 3}},
	}
	for i, s := range steps {
		r.touch(s.touch)
		if got := order(); !slices.Equal(got, s.want) {
			t.Fatalf("step %d: touch(%d) gives %v, want %v", i, s.touch, got, s.want)
		}
		// prev links mirror next links
		for e := r.head; e >= 0; e = r.next[e] {
			if n := r.next[e]; n >= 0 && r.prev[n] != e {
				t.Fatalf("step %d: prev[%d] = %d, want %d", i, n, r.prev[n], e)
			}
		}
	}
}

func TestSortMentionsKeepsLinks(t *testing.T) {
	doc := &Document{
		Tokens: make([]Token, 6),
		Mentions: []Mention{
			{First: 0, Last: 1, Entity: 0, RoleOf: -1},
			{First: 4, Last: 5, Entity: 1, RoleOf: 0},
			{First: 2, Last: 3, Entity: 2, RoleOf: 1}, // added out of order
		},
		TokMention: []int{0, -1, 2, -1, 1, -1},
	}
	sortMentions(doc)
	for i, m := range doc.Mentions {
		if i > 0 && doc.Mentions[i-1].First > m.First {
			t.Fatalf("mentions out of order: %+v", doc.Mentions)
		}
		if doc.TokMention[m.First] != i {
			t.Errorf("TokMention[%d] = %d, want %d", m.First, doc.TokMention[m.First], i)
		}
	}
	// entity 2's mention pointed at entity 1's, entity 1's at entity 0's
	byEnt := map[int]Mention{}
	for _, m := range doc.Mentions {
		byEnt[m.Entity] = m
	}
	if r := byEnt[2].RoleOf; r < 0 || doc.Mentions[r].Entity != 1 {
		t.Errorf("RoleOf of entity 2's mention points at %d", r)
	}
	if r := byEnt[1].RoleOf; r < 0 || doc.Mentions[r].Entity != 0 {
		t.Errorf("RoleOf of entity 1's mention points at %d", r)
	}
	if got := doc.mentionAtOrAfter(3); got != 2 || doc.Mentions[got].First != 4 {
		t.Errorf("mentionAtOrAfter(3) = %d", got)
	}
}

// TestCapitalsNameTheirCountry checks that a capital standing for its
// government names the country as its short name does: the country list
// spells some states formally ("Lao People's Democratic Republic"), which
// would split one actor in two.
func TestCapitalsNameTheirCountry(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for capital, country := range map[string]string{"vientiane": "laos", "pyongyang": "north korea", "damascus": "syria", "hanoi": "vietnam"} {
		got := lx.metonymy[capital].canonical
		if c, ok := lx.capitalOf[capital]; ok {
			got = c
		}
		if want := lx.countries[country]; got != want {
			t.Errorf("%s names %q, want %q", capital, got, want)
		}
	}
}
