// Load a Cytoscape.js JSON export headless and print what the library made of it.
const fs = require("fs");
const cytoscape = require("cytoscape");
const data = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const cy = cytoscape({ headless: true, elements: data.elements });
const missing = cy.nodes().filter(n => !n.data("label")).length;
console.log(JSON.stringify({ nodes: cy.nodes().length, edges: cy.edges().length, unlabelled: missing,
                             roles: [...new Set(cy.edges().map(e => e.data("role")))].sort() }));
