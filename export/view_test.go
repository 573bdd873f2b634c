package export

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/schema"
)

// sliceView is an in-memory View and Neighbours over fixed slices.
type sliceView struct {
	nodes []schema.Node
	edges []schema.Edge
}

func (v *sliceView) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	for _, n := range v.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (v *sliceView) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	for _, e := range v.edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func (v *sliceView) Resolve(ctx context.Context, name string) (schema.Node, error) {
	for _, n := range v.nodes {
		if n.Name == name {
			return n, nil
		}
		for _, a := range n.Aliases {
			if a == name {
				return n, nil
			}
		}
	}
	return schema.Node{}, os.ErrNotExist
}

func (v *sliceView) Out(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	var out []schema.Edge
	for _, e := range v.edges {
		if e.Subject == actor {
			out = append(out, e)
		}
	}
	return out, nil
}

func (v *sliceView) In(ctx context.Context, actor string, f schema.Filter) ([]schema.Edge, error) {
	var in []schema.Edge
	for _, e := range v.edges {
		if e.Object == actor {
			in = append(in, e)
		}
	}
	return in, nil
}

// loadSample reads testdata/sample.json: nine nodes (non-ASCII names, XML
// metacharacters, a backslash), nine edges (two parallel between Putin and
// Trump, one naming a node that is not in the view).
func loadSample(t testing.TB) *sliceView {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Nodes []schema.Node `json:"nodes"`
		Edges []schema.Edge `json:"edges"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	return &sliceView{nodes: s.Nodes, edges: s.Edges}
}

// sampleEdges is the number of sample edges whose ends are both nodes.
const sampleNodes, sampleEdges = 9, 8
