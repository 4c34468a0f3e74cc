// Package export writes the person graph of newsgraph, people and the
// encounters between them, in the formats that visualisation tools open
// without a converter:
//
//   - GraphML (yEd, Gephi, NetworkX, igraph), with a key for every attribute;
//   - GEXF 1.3 for Gephi, a dynamic graph whose nodes and edges carry spells
//     (time intervals) so that Gephi's timeline plays the graph;
//   - Cytoscape JSON (.cyjs) for Cytoscape and cytoscape.js;
//   - Graphviz DOT, with quoted ids, labels and pen widths by weight;
//   - CSV: nodes.csv and edges.csv, in a zip archive or written separately.
//
// A Graph is built from events with Build; it holds people as nodes and
// encounters (two people who took part in the same events) as undirected
// weighted edges with the number of events, the counts by type and the first
// and last dates. All output is deterministic: nodes, edges, attribute keys
// and type columns are sorted.
//
// The package is pure: it performs no HTTP and no storage access; callers fetch
// the events (for example with a GraphQL query) and pass them in. A Graph is
// not modified by the writers, so it may be written by several goroutines at
// once.
package export
