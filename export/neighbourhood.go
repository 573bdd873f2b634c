package export

import (
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/schema"
)

// Neighbourhood returns the actors within depth hops of actor (resolved
// through its aliases), following edges either way: a map from node key
// (entity IRI, or canonical name when the view has none) to the name to
// look the node up by. Depth 0 keeps only the actor itself; a negative
// depth is 0.
func Neighbourhood(ctx context.Context, nb Neighbours, actor string, depth int, f schema.Filter) (map[string]string, error) {
	start, err := nb.Resolve(ctx, actor)
	if err != nil {
		return nil, fmt.Errorf("export: resolve actor %q: %w", actor, err)
	}
	seen := map[string]string{nodeKey(&start): lookupName(start.ID, start.Name)}
	frontier := []string{lookupName(start.ID, start.Name)}
	for hop := 0; hop < depth && len(frontier) > 0; hop++ {
		var next []string
		for _, name := range frontier {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			out, err := nb.Out(ctx, name, f)
			if err != nil {
				return nil, fmt.Errorf("export: edges from %q: %w", name, err)
			}
			in, err := nb.In(ctx, name, f)
			if err != nil {
				return nil, fmt.Errorf("export: edges to %q: %w", name, err)
			}
			for _, e := range out {
				if _, key := edgeKeys(&e); seen[key] == "" && keepEdge(f, &e) {
					seen[key] = lookupName(e.ObjectID, e.Object)
					next = append(next, seen[key])
				}
			}
			for _, e := range in {
				if key, _ := edgeKeys(&e); seen[key] == "" && keepEdge(f, &e) {
					seen[key] = lookupName(e.SubjectID, e.Subject)
					next = append(next, seen[key])
				}
			}
		}
		frontier = next
	}
	return seen, nil
}

// lookupName is how to ask the view for a node's neighbours: by its IRI
// when there is one (names can be shared), else by name.
func lookupName(id, name string) string {
	if id != "" {
		return id
	}
	return name
}

// subgraph is the view restricted to a neighbourhood: it asks the store
// for those nodes and their edges only, instead of streaming the whole
// view and dropping the rest.
type subgraph struct {
	nb   Neighbours
	keys []string          // node keys, sorted
	look map[string]string // node key -> lookup name
}

func newSubgraph(nb Neighbours, look map[string]string) *subgraph {
	keys := make([]string, 0, len(look))
	for k := range look {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return &subgraph{nb: nb, keys: keys, look: look}
}

func (g *subgraph) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	for _, k := range g.keys {
		n, err := g.nb.Resolve(ctx, g.look[k])
		if err != nil {
			return fmt.Errorf("resolve %q: %w", g.look[k], err)
		}
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (g *subgraph) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	for _, k := range g.keys {
		out, err := g.nb.Out(ctx, g.look[k], f)
		if err != nil {
			return fmt.Errorf("edges from %q: %w", g.look[k], err)
		}
		for _, e := range out {
			if _, obj := edgeKeys(&e); g.look[obj] == "" {
				continue
			}
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}
