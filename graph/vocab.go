package graph

import (
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/google/uuid"
)

// Namespaces of the vocabulary.
const (
	schemaNS   = "http://schema.org/"
	projectNS  = "https://newsgraph.dev/ns#"
	geonamesNS = "https://sws.geonames.org/"
	nodePrefix = "urn:newsgraph:"
)

// Classes.
const (
	classPerson   = quad.IRI(schemaNS + "Person")
	classPlace    = quad.IRI(schemaNS + "Place")
	classOrg      = quad.IRI(schemaNS + "Organization")
	classEvent    = quad.IRI(schemaNS + "Event")
	classArticle  = quad.IRI(schemaNS + "NewsArticle")
	classRole     = quad.IRI(schemaNS + "Role")
	classEvidence = quad.IRI(projectNS + "Evidence")
	classMerge    = quad.IRI(projectNS + "Merge")
)

// Predicates.
const (
	predType          = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
	predName          = quad.IRI(schemaNS + "name")
	predAlternateName = quad.IRI(schemaNS + "alternateName")
	predStartDate     = quad.IRI(schemaNS + "startDate")
	predLocation      = quad.IRI(schemaNS + "location")
	predAttendee      = quad.IRI(schemaNS + "attendee")
	predDatePublished = quad.IRI(schemaNS + "datePublished")
	predURL           = quad.IRI(schemaNS + "url")
	predHeadline      = quad.IRI(schemaNS + "headline")
	predPublisher     = quad.IRI(schemaNS + "publisher")
	predIdentifier    = quad.IRI(schemaNS + "identifier")
	predMentions      = quad.IRI(schemaNS + "mentions")
	predContainedIn   = quad.IRI(schemaNS + "containedInPlace")
	predLatitude      = quad.IRI(schemaNS + "latitude")
	predLongitude     = quad.IRI(schemaNS + "longitude")
	predSameAs        = quad.IRI(schemaNS + "sameAs")
	predRoleName      = quad.IRI(schemaNS + "roleName")

	predEventType     = quad.IRI(projectNS + "eventType")
	predStatus        = quad.IRI(projectNS + "status")
	predDatePrecision = quad.IRI(projectNS + "datePrecision")
	predDateText      = quad.IRI(projectNS + "dateText")
	predTime          = quad.IRI(projectNS + "time")
	predEvidence      = quad.IRI(projectNS + "evidence")
	predSentence      = quad.IRI(projectNS + "sentence")
	predStart         = quad.IRI(projectNS + "start")
	predEnd           = quad.IRI(projectNS + "end")
	predRole          = quad.IRI(projectNS + "role")
	predArticle       = quad.IRI(projectNS + "article")
	predCountry       = quad.IRI(projectNS + "country")
	predCountryCode   = quad.IRI(projectNS + "countryCode")
	predKind          = quad.IRI(projectNS + "kind")
	predRegion        = quad.IRI(projectNS + "region")
	predPopulation    = quad.IRI(projectNS + "population")
	predMerge         = quad.IRI(projectNS + "merge")
	predAlias         = quad.IRI(projectNS + "alias")
	predReason        = quad.IRI(projectNS + "reason")
	predConfidence    = quad.IRI(projectNS + "confidence")
)

// Node kinds, the third part of a node IRI.
const (
	kindArticle  = "article"
	kindPerson   = "person"
	kindPlace    = "place"
	kindOrg      = "org"
	kindEvent    = "event"
	kindEvidence = "evidence"
	kindRole     = "role"
	kindMerge    = "merge"
)

// namespace is the UUIDv5 namespace of every node id. It is never modified.
var namespace = uuid.MustParse("6f1c1d0e-5b0a-4c8e-9a52-6e6577736772")

// nodeID returns the UUIDv5 of a node of the given kind and canonical key.
func nodeID(kind, key string) string {
	return uuid.NewSHA1(namespace, []byte(kind+"\x00"+key)).String()
}

// iri returns the IRI of the node with the given kind and id.
func iri(kind, id string) quad.IRI {
	return quad.IRI(nodePrefix + kind + ":" + id)
}

// parseIRI splits a node IRI into kind and id; ok is false for other values.
func parseIRI(v quad.Value) (kind, id string, ok bool) {
	s, isIRI := v.(quad.IRI)
	if !isIRI || !strings.HasPrefix(string(s), nodePrefix) {
		return "", "", false
	}
	return strings.Cut(string(s)[len(nodePrefix):], ":")
}
