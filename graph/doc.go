// Package graph stores the annotations of news articles in a Cayley quad
// store and answers the questions that the GraphQL schema asks of it: who met
// whom, when and where, and which sentence says so.
//
// It is the only package of newsgraph that imports Cayley. A Store is opened
// on memstore ("" or "memory:"), on a Bolt file (a filesystem path) or on
// PostgreSQL (a postgres:// URL). WriteDoc writes one article in one Cayley
// transaction; WriteDocs writes a batch in one transaction, which is several
// times faster on Bolt and PostgreSQL.
//
// # Identity
//
// Every node has a deterministic IRI, urn:newsgraph:KIND:UUID, where UUID is
// a version 5 UUID of a canonical key: an article's id; a person's
// extract.PersonKey of the canonical name, so that Zelensky and Zelenskyy are
// one node; a place's GeoNames id (or kind and folded name); an event's type,
// sorted participant keys and date (and, for undated events, the article and the status, since
// nothing shows that two undated reports are one event). The same event read in
// several articles is therefore one Event node with one Evidence node per
// sentence that states it, and writing an article twice changes nothing.
//
// # Vocabulary
//
// Types and properties come from schema.org where it has them (Person, Place,
// Organization, Event, NewsArticle; name, alternateName, startDate, location,
// attendee, datePublished, url, headline, publisher, identifier, mentions,
// containedInPlace, latitude, longitude, sameAs for GeoNames, roleName) and
// from https://newsgraph.dev/ns# otherwise (eventType, status, datePrecision,
// dateText, time, evidence, sentence, start, end, role, article, country,
// countryCode, kind, region, population, merge, alias, reason, confidence).
// Country places are keyed by their folded name, so that a person's
// nationality, a city's country and the country itself are one node.
//
// # Reads
//
// Cayley is the source of truth. At Open, and after every write, the Store
// keeps an in-memory index of the graph's skeleton (names, event types,
// dates, places and participants), loaded predicate by predicate, because
// Cayley's planner on key-value stores turns multi-hop paths into full scans
// and because date ranges need an ordered index that Cayley lacks. Text that
// answers need only rarely (evidence sentences, roles, merges, the mentions of
// an article) is read from Cayley one node at a time. Reads use an immutable
// snapshot of the index, rebuilt at the first read after a write, or at most
// every Options.MaxStaleness. The index reflects the writes of this process:
// a Store shared with other writing processes (on PostgreSQL) sees their
// articles after Refresh.
//
// A Store is safe for concurrent use: writes are serialised, reads run in
// parallel with each other.
package graph
