// Package extract turns the text of a news article into annotations: tokens,
// sentences, entity mentions, resolved entities (people, places,
// organisations) and events between people (meetings and calls) with their
// participants, status, date, place and evidence.
//
// Every annotation carries byte offsets into the article text, so that any
// answer can be traced back to the sentence that says so. The package is pure:
// it reads no files (loaders take an fs.FS), opens no connections and imports
// no storage, GraphQL or HTTP package.
//
// A Pipeline runs the stages in order. Each stage reads the layers that earlier
// stages produced and returns only its own layer; it never mutates earlier
// layers, so each layer can be tested on its own and each stage replaced.
package extract

import (
	"fmt"
	"time"
)

// A Span is a half-open byte range [Start, End) into Doc.Text.
type Span struct{ Start, End int }

// Len returns the number of bytes in s.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// An Article is the input of extraction: the text and its metadata.
type Article struct {
	ID        string    // stable identifier; derived from the text when the source has none
	URL       string    // may be empty
	Title     string    // may be empty
	Outlet    string    // publisher, may be empty
	Published time.Time // publication date (UTC midnight when only a day is known); zero if unknown
	Text      string    // UTF-8 body, one paragraph a line
}

// A Token is a word or punctuation mark.
type Token struct {
	Span
	Text string // == Doc.Text[Start:End]
}

// A Sentence is a span of text and the half-open range [First, Last) of its
// tokens in Doc.Tokens.
type Sentence struct {
	Span
	First, Last int
}

// A Kind is the type of a named entity, as in CoNLL-2003.
type Kind string

// The entity kinds.
const (
	Person       Kind = "PER"
	Location     Kind = "LOC"
	Organization Kind = "ORG"
	Misc         Kind = "MISC" // nationalities, events, works and other names
)

// A Mention is one occurrence of a named entity in the text, such as
// "Vladimir Putin" or "the Kremlin". Titles are not part of a person's
// mention: in "US President Donald Trump" the mention is "Donald Trump" and
// Role is "US President".
type Mention struct {
	Span
	Text        string // == Doc.Text[Start:End]
	Kind        Kind
	First, Last int    // token range [First, Last) in Doc.Tokens
	Role        string // title or role written next to the name, if any
}

// A PlaceKind classifies a place.
type PlaceKind string

// The place kinds.
const (
	Country PlaceKind = "country"
	Region  PlaceKind = "region"
	City    PlaceKind = "city"
	Venue   PlaceKind = "venue" // a building or site that news names as a place: the Kremlin
)

// A Place is a place resolved against the gazetteer. The zero GeoID means the
// place is not in the gazetteer; Name is then the text as written.
type Place struct {
	Name        string // canonical English name: "Moscow", "Saudi Arabia", "the Kremlin"
	Kind        PlaceKind
	GeoID       int    // GeoNames id; 0 if unknown
	Country     string // country name, "" for unknown
	CountryCode string // ISO 3166-1 alpha-2
	Region      string // first-level administrative region, if known
	City        string // the city a venue belongs to ("Moscow" for the Kremlin)
	CityGeoID   int    // GeoNames id of City
	Latitude    float64
	Longitude   float64
	Population  int
	Generic     bool   // a venue whose name many cities have ("State House"), placed by the article's dateline
	Written     string // the name as the article writes it, when not Name: "Hawassa" for Awasa, "St George's"
}

// Key returns a stable identity for p: its GeoNames id when known, otherwise
// its kind and folded name, and for a venue of a generic name the city it is
// in ("State House" in Nairobi is not the one in Abuja).
func (p Place) Key() string {
	if p.GeoID != 0 {
		return fmt.Sprintf("geonames:%d", p.GeoID)
	}
	if p.Kind == Venue && p.Generic && p.CityGeoID != 0 {
		return fmt.Sprintf("venue:%d:%s", p.CityGeoID, Fold(p.Name))
	}
	return string(p.Kind) + ":" + Fold(p.Name)
}

// A Merge records that a surface form was linked to an entity on indirect
// evidence (a garbled or misspelt name), so that an analyst can see and undo it.
type Merge struct {
	Alias      string  // the form that was merged, such as "Vickov"
	Reason     string  // why, such as "same role 'special envoy' in the same article"
	Confidence float64 // 0..1
}

// A Role is a title or function a person holds, as one article states it.
type Role struct {
	Title string // "US special envoy", "Russian President"
	Span  Span   // where the article says so
}

// An Entity is a person, place or organisation as resolved within one
// article: every mention of it (names, titles, pronouns) grouped together.
type Entity struct {
	Kind     Kind
	Name     string   // canonical name: the fullest form of a person's name in the article
	Aliases  []string // distinct surface names used in the article (not pronouns)
	Mentions []Span   // every mention: names, titles, roles and pronouns
	Roles    []Role   // for people
	Country  string   // nationality or affiliation as a country name, "" if unknown
	Place    *Place   // for places, and for organisations that are also a place (the White House)
	Merges   []Merge  // aliases linked on indirect evidence
}

// Key returns the identity of e across articles: for a person, Fold of the
// canonical name; for a place, Place.Key; for an organisation, its folded name.
func (e Entity) Key() string {
	switch {
	case e.Kind == Location && e.Place != nil:
		return e.Place.Key()
	case e.Kind == Person:
		return "person:" + PersonKey(e.Name)
	}
	return string(e.Kind) + ":" + Fold(e.Name)
}

// An EventType is the kind of interaction between people.
type EventType string

// The event types.
const (
	Meeting EventType = "meeting" // in person: talks, summits, visits, sitting down with
	Call    EventType = "call"    // by phone or video; a remote briefing
)

// A Status says whether an event happened.
type Status string

// The statuses.
const (
	Occurred Status = "occurred"
	Planned  Status = "planned" // scheduled, expected, proposed, possible
	Negated  Status = "negated" // explicitly did not happen
)

// A Date is a calendar date at the precision the text gives it.
type Date struct {
	Value string // "2025-03-13", "2025-03", "2025", or "" when the text gives no date
	Text  string // the words that gave it: "on Thursday"
	Span  Span   // where Text is in the article; zero when there is no text
	Time  string // time of day and zone where given: "17:00 Europe/Moscow"; "" otherwise
}

// Precision returns "day", "month", "year" or "" for d.Value.
func (d Date) Precision() string {
	switch len(d.Value) {
	case 10:
		return "day"
	case 7:
		return "month"
	case 4:
		return "year"
	}
	return ""
}

// An Event is a meeting or call between two or more people in one article.
type Event struct {
	Type         EventType
	Status       Status
	Participants []int  // indices into Doc.Entities; each is a Person
	Date         Date   // Value "" when unknown
	Place        *Place // nil when the text gives none
	Trigger      Span   // the word that names the event: "met", "talks", "call"
	Evidence     []Span // the sentences that state it
}

// A Doc is an article with the layers of annotation the pipeline adds.
type Doc struct {
	Article
	Tokens    []Token
	Sentences []Sentence
	POS       []string // Penn Treebank tags parallel to Tokens; nil if no POS stage ran
	Mentions  []Mention
	Entities  []Entity
	Events    []Event
}

// Slice returns the text under s.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

// SentenceAt returns the index of the sentence containing byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case off < s.Start:
			hi = m
		case off >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
