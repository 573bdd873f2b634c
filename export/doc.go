// Package export encodes newsgraph's actor-graph view for visualisation
// tools: GraphML, GEXF 1.3, Graphviz DOT, SVG and PNG pictures, Cytoscape.js
// JSON and CSV node/edge lists. Raw quad dumps (N-Quads, PQuads, JSON-LD)
// are delegated to the store, which writes them with cayleygraph/quad.
//
// export never reads Cayley: it consumes the streams of schema.Node and
// schema.Edge that graph.Store.Nodes and graph.Store.Edges produce, through
// the narrow View interface. Encoders write as values arrive; only the set
// of node names already written is kept, so that no edge names a node the
// file does not declare. Pictures are the exception: a layout needs the
// whole graph, so SVG and PNG buffer a DOT description of a bounded graph.
package export
