package graph_test

import (
	"context"
	"fmt"
	"log"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/schema"
)

// Write the seed article's extraction into a memory store, then ask who
// Witkoff influences, through the Go API and through Gizmo.
func Example() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Store: graph.MemoryStore})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	res, err := s.WriteArticle(ctx, graphtest.SeedArticle(), graphtest.SeedExtraction())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Status, res.Statements, "statements")

	n, err := s.Resolve(ctx, "the US envoy")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n.Name, n.ID)

	edges, err := s.Out(ctx, "Witkoff", schema.Filter{})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range edges {
		fmt.Println(e.Subject, e.Predicate, e.Object, e.Class)
	}

	q := fmt.Sprintf(`g.V(%q).Out(%q).Out("<ng:name>").All()`, n.ID, graph.PredicateIRI("suggest"))
	out, err := s.Query(ctx, q, graph.QueryOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(out)
	// Output:
	// new 10 statements
	// Steve Witkoff <ng:entity/person/steve-witkoff>
	// Steve Witkoff advise Yuri Ushakov verbal-cooperation
	// Steve Witkoff suggest Yuri Ushakov verbal-cooperation
	// Steve Witkoff tell Yuri Ushakov verbal-cooperation
	// [map[id:Yuri Ushakov]]
}
