package graph

import (
	"errors"

	"newsgraph/extract"
)

// ErrNotFound is returned, wrapped, when a person, place, event or article
// does not exist.
var ErrNotFound = errors.New("graph: not found")

// ErrAmbiguous is returned, wrapped with the candidates, when a name matches
// several people equally well.
var ErrAmbiguous = errors.New("graph: ambiguous name")

// ErrInvalid is returned, wrapped, for a malformed argument such as a date.
var ErrInvalid = errors.New("graph: invalid argument")

// A Person is a person node, with the one-word person nodes it absorbed
// (see the package comment). IDs are UUIDs.
type Person struct {
	ID        string
	Name      string   // canonical name
	Aliases   []string // every other name seen, sorted, absorbed nodes' names included
	CountryID string   // the Place of the person's nationality, "" if unknown
}

// A Role is a title a person holds as one article states it.
type Role struct {
	Title     string
	ArticleID string // the article's own id (Article.ID)
}

// A Merge records an alias that extraction linked to a person on indirect
// evidence.
type Merge struct {
	Alias      string
	Reason     string
	Confidence float64
	ArticleID  string
}

// A Place is a place node: a country, region, city or venue.
type Place struct {
	ID             string
	Name           string
	Kind           string // "country", "region", "city", "venue" or ""
	GeoID          int    // GeoNames id, 0 if unknown
	CityID         string // for venues: the city they are in
	CountryID      string // the country place, "" if unknown or a country itself
	CountryCode    string // ISO 3166-1 alpha-2, for countries
	Region         string
	HasCoordinates bool
	Latitude       float64
	Longitude      float64
	Population     int
}

// An Event is a meeting or call between people, merged across the articles
// that report it and across event nodes whose dates are compatible (see the
// package comment).
type Event struct {
	ID             string
	Type           string   // "meeting" or "call"
	Status         string   // "occurred" if any source says so, else "negated", else "planned"
	Date           string   // "2025-03-13", "2025-03", "2025" or ""
	DateText       string   // the words that gave the date in one source
	Time           string   // time of day and zone, if a source gives it
	PlaceID        string   // the most specific place the sources give, "" if none
	ParticipantIDs []string // person ids, ordered by name
	SourceCount    int      // number of evidence sentences
	// ArticleCount is the number of articles that report the event, and
	// IndependentSources the number of outlets among them (articles without
	// an outlet count one each). FirstReported is the earliest publication
	// date of those articles, "" if none has one.
	ArticleCount, IndependentSources int
	FirstReported                    string
	// OccurredAs lists, for a planned event, the events that report it
	// happened; PlannedAs lists, for an occurred event, the plans it fulfils.
	OccurredAs, PlannedAs []string
}

// DatePrecision returns "day", "month", "year" or "" for e.Date.
func (e Event) DatePrecision() string { return extract.Date{Value: e.Date}.Precision() }

// An Evidence is a sentence of an article that states an event.
type Evidence struct {
	ArticleID  string // the article's own id
	Sentence   string
	Start, End int    // byte offsets of the sentence in the article text
	Status     string // the status this article gives the event
}

// An Article is a news article node. Its ID is the article's own id.
type Article struct {
	ID        string
	URL       string
	Title     string
	Outlet    string
	Published string // YYYY-MM-DD, "" if unknown
}

// An Encounter sums up the events a person shares with one counterpart.
type Encounter struct {
	PersonID    string  // the counterpart
	Count       int     // number of shared events
	First, Last string  // earliest and latest event dates, "" if none is dated
	Events      []Event // ordered by date, then id
}

// A Hop is one link of a Chain: the events From and To share.
type Hop struct {
	From, To string // person ids
	Events   []Event
}

// A Chain is a shortest sequence of encounters from one person to another.
type Chain struct {
	PersonIDs []string // from, intermediaries, to
	Hops      []Hop
}

// A PageRequest asks for the First items after the cursor After ("" for the
// start). First ≤ 0 means DefaultFirst.
type PageRequest struct {
	First int
	After string
}

// DefaultFirst is the page size when PageRequest.First is not positive.
const DefaultFirst = 50

// A Page is one page of a stably ordered list.
type Page[T any] struct {
	Items   []T
	Cursors []string // Cursors[i] resumes the list after Items[i]
	Total   int      // number of items in the whole list
	HasNext bool
}

// An EventFilter selects events. Empty fields do not filter. Names are
// matched as Store.Person matches them; a place name matches events at that
// place or at any place within it (a country matches its cities and venues).
type EventFilter struct {
	Participant   string // a name
	ParticipantID string // a person id
	With          string // a counterpart's name
	Type          string // "meeting" or "call"
	Status        string // "occurred", "planned" or "negated"
	Place         string // a place name
	PlaceID       string // a place id
	From, To      string // dates at any precision, inclusive, compared at the event's precision
}

// A PlaceQuery selects places by name and distance.
type PlaceQuery struct {
	Search string // substring of the folded name; "" for all
	Near   *Near  // nil for anywhere
}

// Near selects places within Km of a point.
type Near struct {
	Latitude, Longitude, Km float64
}

// A ConnectionQuery asks for the shortest chains of encounters between two
// people.
type ConnectionQuery struct {
	From, To      string // names
	MaxHops       int    // ≤ 0 means 3
	After, Before string // only events dated within [After, Before], at any precision
	TimeOrdered   bool   // each hop no earlier than the previous one
	Limit         int    // most chains returned; ≤ 0 means 100
}

// Stats counts what a Store holds.
type Stats struct {
	Quads    int64
	Articles int
	People   int
	Places   int
	Events   int
}
