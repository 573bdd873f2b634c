package export

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/schema"
)

// Neighbourhood returns the node keys (entity IRIs, or canonical names
// when the view has none) of the actors within depth hops of actor
// (resolved through its aliases), following edges either way. Depth 0
// keeps only the actor itself; a negative depth is 0.
func Neighbourhood(ctx context.Context, nb Neighbours, actor string, depth int, f schema.Filter) (map[string]bool, error) {
	start, err := nb.Resolve(ctx, actor)
	if err != nil {
		return nil, fmt.Errorf("export: resolve actor %q: %w", actor, err)
	}
	seen := map[string]bool{nodeKey(&start): true}
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
				if _, key := edgeKeys(&e); !seen[key] && keepEdge(f, &e) {
					seen[key] = true
					next = append(next, lookupName(e.ObjectID, e.Object))
				}
			}
			for _, e := range in {
				if key, _ := edgeKeys(&e); !seen[key] && keepEdge(f, &e) {
					seen[key] = true
					next = append(next, lookupName(e.SubjectID, e.Subject))
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
