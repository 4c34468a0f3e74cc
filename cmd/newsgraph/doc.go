/*
Newsgraph builds a knowledge graph of who met whom, when and where from news
articles, and answers questions about it in GraphQL with the sentence that
says so.

Usage:

	newsgraph <command> [flags] [arguments]

Commands:

	serve    serve the GraphQL API, GraphiQL and the web UI
	ingest   extract people, places and events from articles into the store
	query    run a GraphQL query against the store and print the JSON answer
	export   write the graph for Gephi, Cytoscape, Graphviz, spreadsheets or RDF tools
	eval     score extraction against hand-annotated gold files
	ner      train, evaluate or run the named-entity tagger
	version  print the version

Run "newsgraph <command> -h" for the flags of a command.

The store is a Cayley graph: an embedded Bolt file by default (--db
./newsgraph.db), or a shared PostgreSQL database (--db postgres://...).

Examples:

	# Serve the bundled sample corpus at http://localhost:8080
	newsgraph serve

	# Ingest your own articles: NAME.txt (+ NAME.meta.json) files or .jsonl
	newsgraph ingest --db news.db ./articles/ more.jsonl

	# Who did Putin meet, when and where?
	newsgraph query '{ person(name: "Putin") { met { person { name }
	    events { type status date place { name } } } } }'

	# Every call in March 2025, with variables
	newsgraph query -f calls.graphql --var from=2025-03-01 --var to=2025-03-31

Exit status: 0 on success, 1 on error, 2 for a usage error, 3 when ingest
skipped some inputs (each is reported with its file and line).
*/
package main
