package export_test

import (
	"context"
	"fmt"
	"os"

	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/schema"
)

// memView is a fixed actor-graph view; *graph.Store is the usual one.
type memView struct {
	nodes []schema.Node
	edges []schema.Edge
}

func (v memView) Nodes(ctx context.Context, f schema.Filter, fn func(schema.Node) error) error {
	for _, n := range v.nodes {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func (v memView) Edges(ctx context.Context, f schema.Filter, fn func(schema.Edge) error) error {
	for _, e := range v.edges {
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}

func ExampleWrite() {
	v := memView{
		nodes: []schema.Node{
			{Name: "Steve Witkoff", Type: schema.Person, Mentions: 3},
			{Name: "Yuri Ushakov", Type: schema.Person, Mentions: 2},
		},
		edges: []schema.Edge{
			{Subject: "Steve Witkoff", Predicate: "advise", Object: "Yuri Ushakov", Class: schema.VerbalCooperation, Cameo: "02", Goldstein: 3, Evidence: 2},
		},
	}
	err := export.Write(context.Background(), os.Stdout, v, export.Cytoscape, export.Options{})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"elements":{"nodes":[
	// {"data":{"id":"Steve Witkoff","label":"Steve Witkoff","name":"Steve Witkoff","type":"Person","aliases":[],"mentions":3,"influence":0,"color":"#8ecae6"}},
	// {"data":{"id":"Yuri Ushakov","label":"Yuri Ushakov","name":"Yuri Ushakov","type":"Person","aliases":[],"mentions":2,"influence":0,"color":"#8ecae6"}}
	// ],"edges":[
	// {"data":{"id":"e0","source":"Steve Witkoff","target":"Yuri Ushakov","label":"advise","predicate":"advise","class":"verbal-cooperation","cameo":"02","goldstein":3,"evidence":2,"weight":2,"articles":[],"sources":[],"color":"#52b788","width":2.5}}
	// ]}}
}
