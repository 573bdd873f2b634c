// Package gen generates synthetic news graphs with the shape of real
// newsgraph data, for benchmarks: actors (people, organisations,
// countries) with aliases, articles of a few dozen statements among a
// handful of actors drawn with a heavy-tailed popularity, predicates from
// the schema vocabulary (roles included), some negated or hypothetical
// statements, and publication dates spread over two years. Articles are
// written through graph.Store.WriteArticle, so the quads are exactly those
// of the real model.
package gen

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// Config shapes the generated graph.
type Config struct {
	Quads                int     // stop once the store holds this many quads
	Actors               int     // distinct actors, default Quads/20
	StatementsPerArticle int     // default 24
	ActorsPerArticle     int     // default 8
	Skew                 float64 // Zipf exponent of actor popularity, default 1.1
	Seed                 uint64
	Start                time.Time // first publication date, default 2024-01-01
	Days                 int       // dates span, default 730
}

func (c Config) withDefaults() Config {
	if c.Quads <= 0 {
		c.Quads = 1_000_000
	}
	if c.Actors <= 0 {
		c.Actors = max(c.Quads/20, 10)
	}
	if c.StatementsPerArticle <= 0 {
		c.StatementsPerArticle = 24
	}
	if c.ActorsPerArticle <= 0 {
		c.ActorsPerArticle = 8
	}
	if c.Skew <= 1 {
		c.Skew = 1.1
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if c.Days <= 0 {
		c.Days = 730
	}
	return c
}

// Writer is the part of the store the generator writes through.
type Writer interface {
	WriteArticle(ctx context.Context, a schema.Article, x *schema.Extraction) (graph.WriteResult, error)
}

// Result summarises a generation run.
type Result struct {
	Articles   int
	Statements int
	Quads      int
	Actors     []schema.Entity // every actor that can appear, popular first
}

// Actor is one generated actor.
type actor struct {
	schema.Entity
	surname string
}

var syllables = strings.Fields("ka lo mi ra ven tor sal bek dri na os tul gar zi per mon lek vas chu rim bo fen dal ku sha nor pi tes var go lin ma ze rok dum hal")

var firstNames = strings.Fields("Anna Boris Clara David Elena Farid Greta Hugo Irina Jonas Karim Lena Marco Nadia Oskar Pavel Rosa Sami Tomas Uma Viktor Wanda Yuri Zora Aleksei Beatriz Chen Dmitri Esther Felix")

func capitalise(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// newActors makes n actors with unique surnames: 75% people, 20%
// organisations, 5% countries.
func newActors(r *rand.Rand, n int) []actor {
	seen := map[string]bool{}
	word := func(k int) string {
		for {
			var b strings.Builder
			for range k {
				b.WriteString(syllables[r.IntN(len(syllables))])
			}
			w := capitalise(b.String())
			if !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	out := make([]actor, n)
	for i := range out {
		k := 3
		if n > 20000 {
			k = 4
		}
		sur := word(k)
		switch x := r.Float64(); {
		case x < 0.75:
			first := firstNames[r.IntN(len(firstNames))]
			name := first + " " + sur
			out[i] = actor{Entity: schema.Entity{Name: name, Type: schema.Person, Aliases: []string{name, sur, "Minister " + sur}}, surname: sur}
		case x < 0.95:
			name := sur + " Group"
			out[i] = actor{Entity: schema.Entity{Name: name, Type: schema.Organization, Aliases: []string{name, sur}}, surname: sur}
		default:
			name := "Republic of " + sur
			out[i] = actor{Entity: schema.Entity{Name: name, Type: schema.Country, Aliases: []string{name, sur + "ia"}}, surname: sur}
		}
	}
	return out
}

// zipf draws indexes in [0, n) with P(i) ∝ 1/(i+1)^s.
type zipf struct{ cdf []float64 }

func newZipf(n int, s float64) zipf {
	cdf := make([]float64, n)
	sum := 0.0
	for i := range n {
		sum += 1 / math.Pow(float64(i+1), s)
		cdf[i] = sum
	}
	for i := range cdf {
		cdf[i] /= sum
	}
	return zipf{cdf}
}

func (z zipf) draw(r *rand.Rand) int {
	x := r.Float64()
	lo, hi := 0, len(z.cdf)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if z.cdf[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Generate writes synthetic articles into w until it holds cfg.Quads quads
// (as WriteArticle reports them) or ctx ends. progress, when not nil, is
// called after every article.
func Generate(ctx context.Context, w Writer, cfg Config, progress func(Result)) (Result, error) {
	cfg = cfg.withDefaults()
	r := rand.New(rand.NewPCG(cfg.Seed, 0x6e657773))
	actors := newActors(r, cfg.Actors)
	pop := newZipf(len(actors), cfg.Skew)
	voc := schema.Vocabulary()
	events := voc.Predicates()
	roles := voc.Roles()
	var influence []schema.Predicate
	for _, p := range events {
		if p.Direction != schema.NoInfluence {
			influence = append(influence, p)
		}
	}
	res := Result{Actors: make([]schema.Entity, len(actors))}
	for i, a := range actors {
		res.Actors[i] = a.Entity
	}
	for n := 0; res.Quads < cfg.Quads; n++ {
		if err := ctx.Err(); err != nil {
			return res, fmt.Errorf("gen: %w", err)
		}
		art, x := article(r, n, cfg, actors, pop, influence, events, roles)
		wr, err := w.WriteArticle(ctx, art, x)
		if err != nil {
			return res, fmt.Errorf("gen: write article %d: %w", n, err)
		}
		res.Articles++
		res.Statements += wr.Statements
		res.Quads += wr.Quads
		if progress != nil {
			progress(res)
		}
	}
	return res, nil
}

// article builds article n: ActorsPerArticle actors and
// StatementsPerArticle statements among them.
func article(r *rand.Rand, n int, cfg Config, actors []actor, pop zipf, influence, events, roles []schema.Predicate) (schema.Article, *schema.Extraction) {
	cast := map[int]bool{}
	var ids []int
	for len(ids) < min(cfg.ActorsPerArticle, len(actors)) {
		i := pop.draw(r)
		if !cast[i] {
			cast[i] = true
			ids = append(ids, i)
		}
	}
	published := cfg.Start.AddDate(0, 0, r.IntN(cfg.Days)).Add(time.Duration(r.IntN(86400)) * time.Second)
	id := fmt.Sprintf("synthetic://article/%d", n)
	x := &schema.Extraction{}
	for _, i := range ids {
		e := actors[i].Entity
		e.Mentions = 1 + r.IntN(4)
		x.Entities = append(x.Entities, e)
	}
	var text strings.Builder
	for k := range cfg.StatementsPerArticle {
		si, oi := ids[r.IntN(len(ids))], ids[r.IntN(len(ids))]
		if si == oi {
			oi = ids[(indexOf(ids, si)+1)%len(ids)]
		}
		s, o := actors[si], actors[oi]
		var p schema.Predicate
		switch x := r.Float64(); {
		case x < 0.08 && s.Type == schema.Person:
			p = roles[r.IntN(len(roles))]
		case x < 0.85:
			p = influence[r.IntN(len(influence))]
		default:
			p = events[r.IntN(len(events))]
		}
		st := schema.Statement{
			Subject: s.Name, SubjectType: s.Type, SubjectText: s.surname,
			Predicate: p.Lemma, PredicateText: p.Lemma,
			Object: o.Name, ObjectType: o.Type, ObjectText: o.Name,
			Modality: schema.Asserted, Cameo: p.Cameo, Role: p.Role,
			Confidence: 0.5 + r.Float64()/2, Sentence: k, Source: id,
		}
		switch x := r.Float64(); {
		case x < 0.05:
			st.Negated = true
		case x < 0.10:
			st.Modality = schema.Hypothetical
		case x < 0.35:
			st.Modality = schema.Reported
		}
		verb := p.Lemma
		if st.Negated {
			verb = "did not " + verb
		}
		sentence := fmt.Sprintf("%s %s %s.", s.surname, verb, o.Name)
		start := text.Len()
		text.WriteString(sentence)
		text.WriteByte(' ')
		st.SentenceText = sentence
		st.Span = schema.Span{start, start + len(sentence)}
		x.Statements = append(x.Statements, st)
	}
	body := text.String()
	sum := sha256.Sum256([]byte(body))
	a := schema.Article{
		ID: id, Source: id, URL: id, Title: fmt.Sprintf("Synthetic report %d", n),
		Published: published, Hash: hex.EncodeToString(sum[:]), Ingested: published.Add(time.Hour), Text: body,
	}
	return a, x
}

func indexOf(xs []int, v int) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}
