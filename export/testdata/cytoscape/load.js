// Usage: node load.js FILE
// Loads FILE (a newsgraph Cytoscape.js JSON export) into a headless
// cytoscape instance and prints, as JSON, the node and edge counts and the
// data of every element as cytoscape.js holds it.
'use strict';
const fs = require('fs');
const cytoscape = require('cytoscape');

const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ headless: true, elements: doc.elements });
const out = {
  version: cytoscape.version,
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  nodeData: cy.nodes().map((n) => n.data()),
  edgeData: cy.edges().map((e) => e.data()),
  // Edges whose ends cytoscape could not find would be missing above;
  // check every edge is connected to real nodes.
  dangling: cy.edges().filter((e) => e.source().empty() || e.target().empty()).length,
};
process.stdout.write(JSON.stringify(out));
