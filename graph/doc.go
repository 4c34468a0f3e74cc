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
// Keys are computed from one article alone, so some nodes duplicate others;
// reads merge them (see Merged view), and what is written never changes.
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
// # Merged view
//
// The snapshot that reads use merges, without writing anything, two kinds
// of node that only the whole store shows to be duplicates:
//
//   - People. A person all of whose names are one word by extract.PersonKey
//     ("Putin", from an article that never gives the full name) is shown as
//     the person whose name has several words and ends in that word
//     ("Vladimir Putin"), when exactly one such person exists; with none or
//     several ("Smith" for John and Jane Smith) it stays a person of its
//     own. The absorbed person's names become aliases of the other, and its
//     roles, merges, articles and events count for the other.
//   - Events. Once participants are mapped so, events of one type, status
//     and set of participants whose dates are compatible are one event:
//     equal dates, or one a prefix of the other (2025-03 and 2025-03-13;
//     2025 and 2025-03-13). Compatibility is not transitive, so dates are
//     taken from the most precise to the least, and a less precise one joins
//     only an event of its own date or the one event it fits: "in March"
//     next to March 13 and March 20 stays a third event. Undated events never
//     merge, with dated ones or with each other. The merged event has the
//     most precise date (with that date's text and time), the most specific
//     place, every evidence sentence, sources counted over all of them, and
//     the id of the node with the most precise date (the least such id).
//     Plans are linked to occurrences after the merge.
//
// Every read sees only the merged view: lists, counts (Stats), encounters,
// connections and the articles' people and events hold no absorbed person
// or event, and looking up the id of an absorbed node (PersonByID, Event,
// Evidence, Roles and the like), or an absorbed person's name, gives the
// node that absorbed it. Whether a node is absorbed depends on the whole
// store, so a later article may change the view: a second "... Putin" full
// name makes "Putin" ambiguous and shows it on its own again.
//
// A Store is safe for concurrent use: writes are serialised, reads run in
// parallel with each other.
package graph
