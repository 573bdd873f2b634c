// Package analysistest provides an in-memory actor graph that satisfies the
// read interfaces of package analysis and of the HTTP server, for tests
// that should not need a Cayley store.
package analysistest

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/schema"
)

// IDPrefix starts every node's ID: the graph identifies nodes by ID as a
// store does by entity IRI, and accepts either ID or name.
const IDPrefix = "ng:entity/"

// Fact is one statement with its article, as a test writes it.
type Fact struct {
	Subject, Predicate, Object string
	Class                      string
	Cameo                      string
	Goldstein                  float64
	Article                    string
	Published                  time.Time
	Sentence                   string
	Negated                    bool
	Modality                   schema.Modality
	Confidence                 float64
}

// Graph is an in-memory actor graph built from facts. It is read-only
// after construction and safe for concurrent reads.
type Graph struct {
	nodes   map[string]schema.Node
	aliases map[string]string
	facts   []Fact
	out     map[string][]schema.Edge
	in      map[string][]schema.Edge
}

// New builds a graph from facts. aliases maps extra names (any case) to
// canonical names; every subject and object becomes a Person node unless
// types says otherwise.
func New(facts []Fact, aliases map[string]string, types map[string]schema.EntityType) *Graph {
	g := &Graph{nodes: map[string]schema.Node{}, aliases: map[string]string{}, facts: facts,
		out: map[string][]schema.Edge{}, in: map[string][]schema.Edge{}}
	addNode := func(name string) {
		n, ok := g.nodes[name]
		if !ok {
			t := types[name]
			if t == "" {
				t = schema.Person
			}
			n = schema.Node{ID: IDPrefix + name, Name: name, Type: t}
			g.aliases[strings.ToLower(name)] = name
			g.aliases[strings.ToLower(IDPrefix+name)] = name
		}
		n.Mentions++
		g.nodes[name] = n
	}
	for alias, name := range aliases {
		g.aliases[strings.ToLower(alias)] = name
	}
	type key struct{ s, p, o string }
	edges := map[key]*schema.Edge{}
	var order []key
	for _, f := range facts {
		addNode(f.Subject)
		addNode(f.Object)
		st := schema.Statement{Negated: f.Negated, Modality: f.Modality}
		if !st.Fact() {
			continue
		}
		k := key{f.Subject, f.Predicate, f.Object}
		e := edges[k]
		if e == nil {
			e = &schema.Edge{Subject: f.Subject, Predicate: f.Predicate, Object: f.Object,
				SubjectID: IDPrefix + f.Subject, ObjectID: IDPrefix + f.Object,
				Class: f.Class, Cameo: f.Cameo, Goldstein: f.Goldstein}
			edges[k] = e
			order = append(order, k)
		}
		e.Evidence++
		if !slices.Contains(e.Articles, f.Article) {
			e.Articles = append(e.Articles, f.Article)
		}
		if !f.Published.IsZero() {
			if e.FirstSeen.IsZero() || f.Published.Before(e.FirstSeen) {
				e.FirstSeen = f.Published
			}
			if f.Published.After(e.LastSeen) {
				e.LastSeen = f.Published
			}
		}
	}
	for _, k := range order {
		e := *edges[k]
		g.out[k.s] = append(g.out[k.s], e)
		g.in[k.o] = append(g.in[k.o], e)
	}
	return g
}

// Resolve finds a node by canonical name or alias, ignoring case.
func (g *Graph) Resolve(_ context.Context, name string) (schema.Node, error) {
	if c, ok := g.aliases[strings.ToLower(strings.TrimSpace(name))]; ok {
		if n, ok := g.nodes[c]; ok {
			return n, nil
		}
	}
	return schema.Node{}, graph.ErrNotFound
}

func match(e schema.Edge, f schema.Filter) bool {
	if len(f.Classes) > 0 && !slices.Contains(f.Classes, e.Class) {
		return false
	}
	return e.Evidence >= f.MinEvidence
}

func (g *Graph) dated(facts []Fact, f schema.Filter) []Fact {
	var out []Fact
	for _, x := range facts {
		if !f.Since.IsZero() && x.Published.Before(f.Since) {
			continue
		}
		if !f.Until.IsZero() && x.Published.After(f.Until) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// edges refolds when a date filter is set, so dates narrow evidence counts
// as a store would.
func (g *Graph) view(f schema.Filter) *Graph {
	if f.Since.IsZero() && f.Until.IsZero() {
		return g
	}
	types := map[string]schema.EntityType{}
	for n, node := range g.nodes {
		types[n] = node.Type
	}
	return New(g.dated(g.facts, f), nil, types)
}

// Out returns the folded asserted edges leaving actor (a name or ID).
func (g *Graph) Out(_ context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	actor = strings.TrimPrefix(actor, IDPrefix)
	var out []schema.Edge
	for _, e := range g.view(f).out[actor] {
		if match(e, f) {
			out = append(out, e)
		}
	}
	return out, nil
}

// In returns the folded asserted edges reaching actor.
func (g *Graph) In(_ context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	actor = strings.TrimPrefix(actor, IDPrefix)
	var out []schema.Edge
	for _, e := range g.view(f).in[actor] {
		if match(e, f) {
			out = append(out, e)
		}
	}
	return out, nil
}

// Evidence returns every statement between a and b, in either direction.
func (g *Graph) Evidence(_ context.Context, a, b string, f schema.Filter) ([]graph.EvidenceStatement, error) {
	a, b = strings.TrimPrefix(a, IDPrefix), strings.TrimPrefix(b, IDPrefix)
	var out []graph.EvidenceStatement
	for i, x := range g.dated(g.facts, f) {
		if !(x.Subject == a && x.Object == b) && !(x.Subject == b && x.Object == a) {
			continue
		}
		if len(f.Classes) > 0 && !slices.Contains(f.Classes, x.Class) {
			continue
		}
		mod := x.Modality
		if mod == "" {
			mod = schema.Asserted
		}
		st := schema.Statement{Subject: x.Subject, Predicate: x.Predicate, Object: x.Object,
			Negated: x.Negated, Modality: mod, Cameo: x.Cameo, Confidence: x.Confidence,
			Sentence: i, SentenceText: x.Sentence, Source: x.Article}
		out = append(out, graph.EvidenceStatement{Statement: st, Evidence: schema.Evidence{
			Statement: x.Article + "#" + x.Subject + "-" + x.Predicate + "-" + x.Object,
			Sentence:  x.Sentence, Article: x.Article, Source: x.Article, Published: x.Published,
			Negated: x.Negated, Modality: mod, Confidence: x.Confidence,
		}})
	}
	return out, nil
}

// Nodes streams every node in name order.
func (g *Graph) Nodes(_ context.Context, _ schema.Filter, fn func(schema.Node) error) error {
	names := make([]string, 0, len(g.nodes))
	for n := range g.nodes {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := fn(g.nodes[n]); err != nil {
			return err
		}
	}
	return nil
}

// Edges streams every folded edge, ordered by subject, predicate, object.
func (g *Graph) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	v := g.view(f)
	var all []schema.Edge
	for _, es := range v.out {
		for _, e := range es {
			if match(e, f) {
				all = append(all, e)
			}
		}
	}
	slices.SortFunc(all, func(a, b schema.Edge) int {
		return cmp.Or(cmp.Compare(a.Subject, b.Subject), cmp.Compare(a.Predicate, b.Predicate), cmp.Compare(a.Object, b.Object))
	})
	for _, e := range all {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

// Stats counts the graph like graph.Store.Stats.
func (g *Graph) Stats(context.Context) (graph.Stats, error) {
	st := graph.Stats{Entities: len(g.nodes), Statements: len(g.facts),
		ByType: map[string]int{}, ByPredicate: map[string]int{}, ByClass: map[string]int{}}
	arts := map[string]bool{}
	for _, n := range g.nodes {
		st.ByType[string(n.Type)]++
	}
	for _, f := range g.facts {
		arts[f.Article] = true
		st.ByPredicate[f.Predicate]++
		st.ByClass[f.Class]++
	}
	st.Articles = len(arts)
	return st, nil
}

// SeedDay is the publication date of the Seed article.
var SeedDay = time.Date(2025, 10, 20, 0, 0, 0, 0, time.UTC)

// Seed returns a small graph modelled on testdata/putin-tomahawk-call.txt:
// Witkoff suggests to and coaches Ushakov, Ushakov advises Putin, Putin
// congratulates and threatens Trump, and two negated statements (Witkoff
// did not tell the Kremlin to threaten Trump).
func Seed() *Graph {
	vc, role := schema.VerbalCooperation, schema.RoleClass
	a := "putin-tomahawk-call.txt"
	facts := []Fact{
		{Subject: "Steve Witkoff", Predicate: "suggest", Object: "Yuri Ushakov", Class: vc, Cameo: "02", Goldstein: 3, Article: a, Published: SeedDay, Sentence: "Witkoff suggested to Yuri Ushakov that Putin ingratiate himself.", Confidence: 0.9},
		{Subject: "Steve Witkoff", Predicate: "coach", Object: "Yuri Ushakov", Class: vc, Cameo: "02", Goldstein: 3, Article: a, Published: SeedDay, Sentence: "Witkoff coached Ushakov on what Putin should tell the US president.", Confidence: 0.8},
		{Subject: "Steve Witkoff", Predicate: "call", Object: "Yuri Ushakov", Class: vc, Cameo: "04", Goldstein: 1, Article: a, Published: SeedDay, Sentence: "an Oct. 14 call between the US envoy and Kremlin chief foreign policy advisor", Confidence: 0.7},
		{Subject: "Yuri Ushakov", Predicate: "adviser", Object: "Vladimir Putin", Class: role, Article: a, Published: SeedDay, Sentence: "we have the call with your boss", Confidence: 0.6},
		{Subject: "Yuri Ushakov", Predicate: "aide", Object: "Russia", Class: role, Article: a, Published: SeedDay, Sentence: "Yuri Ushakov, Russia's top foreign policy aide", Confidence: 0.9},
		{Subject: "Vladimir Putin", Predicate: "congratulate", Object: "Donald Trump", Class: vc, Cameo: "05", Goldstein: 3.5, Article: a, Published: SeedDay, Sentence: "Putin indeed congratulated Trump about his successful efforts in Gaza.", Confidence: 0.9},
		{Subject: "Vladimir Putin", Predicate: "threaten", Object: "Donald Trump", Class: schema.VerbalConflict, Cameo: "13", Goldstein: -6, Article: a, Published: SeedDay, Sentence: "Putin threatened President Trump not to send Tomahawk missiles.", Confidence: 0.9},
		{Subject: "Donald Trump", Predicate: "appoint", Object: "Steve Witkoff", Class: vc, Cameo: "05", Goldstein: 3.5, Article: a, Published: SeedDay, Sentence: "which is exactly what President Trump appointed him to do", Confidence: 0.8},
		{Subject: "Russia", Predicate: "attack", Object: "Ukraine", Class: schema.MaterialConflict, Cameo: "19", Goldstein: -10, Article: a, Published: SeedDay, Sentence: "to end its nearly four-year war on the country", Confidence: 0.7},
		{Subject: "Steve Witkoff", Predicate: "threaten", Object: "Donald Trump", Class: schema.VerbalConflict, Cameo: "13", Goldstein: -6, Article: a, Published: SeedDay, Sentence: "Witkoff did not tell the Kremlin to threaten Trump", Negated: true, Confidence: 0.8},
		{Subject: "Steve Witkoff", Predicate: "tell", Object: "Russia", Class: vc, Cameo: "01", Article: a, Published: SeedDay, Sentence: "Witkoff did not tell the Kremlin to threaten Trump", Negated: true, Confidence: 0.8},
	}
	aliases := map[string]string{"Witkoff": "Steve Witkoff", "Ushakov": "Yuri Ushakov", "Putin": "Vladimir Putin", "Trump": "Donald Trump", "the Kremlin": "Russia"}
	types := map[string]schema.EntityType{"Russia": schema.Country, "Ukraine": schema.Country}
	return New(facts, aliases, types)
}
