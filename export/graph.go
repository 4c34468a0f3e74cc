package export

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// A Person is a node of the person graph.
type Person struct {
	ID      string
	Name    string
	Aliases []string
	Country string // country name, "" if unknown

	// The fields below are computed by Build and ignored in Event.Participants.
	Events int    // number of events the person took part in
	First  string // earliest event date (ISO at its precision), "" if none is dated
	Last   string // latest event date, "" if none is dated
}

// An Encounter is an undirected edge between two people who took part in the
// same events. Source sorts before Target.
type Encounter struct {
	Source, Target string         // person IDs
	Events         int            // number of events both took part in
	Types          map[string]int // events by type (MEETING, CALL, ...)
	First, Last    string         // earliest and latest event dates, "" if none is dated
	Dates          []string       // dates of the dated events, sorted, one per event
}

// Weight returns the weight of the edge: its number of events.
func (e Encounter) Weight() int { return e.Events }

// TypeSummary returns the counts by type as "CALL:1 MEETING:2", sorted by type.
func (e Encounter) TypeSummary() string {
	types := make([]string, 0, len(e.Types))
	for t := range e.Types {
		types = append(types, t)
	}
	sort.Strings(types)
	parts := make([]string, len(types))
	for i, t := range types {
		parts[i] = fmt.Sprintf("%s:%d", t, e.Types[t])
	}
	return strings.Join(parts, " ")
}

// An Event is the input of Build: one event and its participants.
type Event struct {
	ID           string
	Type         string // MEETING, CALL, ...
	Status       string // OCCURRED, PLANNED, NEGATED
	Date         string // ISO date at its precision: 2025-03-13, 2025-03 or 2025; "" if unknown
	Place        string
	Participants []Person
}

// A Graph is the person graph: people sorted by ID and encounters sorted by
// Source then Target.
type Graph struct {
	People     []Person
	Encounters []Encounter
}

// Types returns the event types that occur on any encounter, sorted.
func (g *Graph) Types() []string {
	seen := map[string]bool{}
	for _, e := range g.Encounters {
		for t := range e.Types {
			seen[t] = true
		}
	}
	types := make([]string, 0, len(seen))
	for t := range seen {
		types = append(types, t)
	}
	sort.Strings(types)
	return types
}

// Person returns the person with the given id and whether there is one.
func (g *Graph) Person(id string) (Person, bool) {
	i := sort.Search(len(g.People), func(i int) bool { return g.People[i].ID >= id })
	if i < len(g.People) && g.People[i].ID == id {
		return g.People[i], true
	}
	return Person{}, false
}

// ErrBadDate is returned by Build for an event date that is not an ISO date at
// day, month or year precision.
var ErrBadDate = errors.New("export: bad date")

// Build builds the person graph of events. Every participant becomes a node;
// every pair of participants of an event becomes an encounter, or adds to it.
// An event listed twice (same ID) counts once. Participants are identified by
// ID; the name, aliases and country of their first appearance are kept.
func Build(events []Event) (*Graph, error) {
	people := map[string]*Person{}
	type pair struct{ a, b string }
	encounters := map[pair]*Encounter{}
	seenEvents := map[string]bool{}
	for _, ev := range events {
		if ev.ID != "" {
			if seenEvents[ev.ID] {
				continue
			}
			seenEvents[ev.ID] = true
		}
		if ev.Date != "" {
			if _, _, err := DateRange(ev.Date); err != nil {
				return nil, fmt.Errorf("event %s: %w", ev.ID, err)
			}
		}
		ids := make([]string, 0, len(ev.Participants))
		inEvent := map[string]bool{}
		for _, p := range ev.Participants {
			if p.ID == "" || inEvent[p.ID] {
				continue
			}
			inEvent[p.ID] = true
			ids = append(ids, p.ID)
			n := people[p.ID]
			if n == nil {
				n = &Person{ID: p.ID, Name: p.Name, Aliases: sortedCopy(p.Aliases), Country: p.Country}
				people[p.ID] = n
			}
			n.Events++
			n.First, n.Last = widen(n.First, n.Last, ev.Date)
		}
		sort.Strings(ids)
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				k := pair{a, b}
				e := encounters[k]
				if e == nil {
					e = &Encounter{Source: a, Target: b, Types: map[string]int{}}
					encounters[k] = e
				}
				e.Events++
				if ev.Type != "" {
					e.Types[ev.Type]++
				}
				if ev.Date != "" {
					e.Dates = append(e.Dates, ev.Date)
				}
				e.First, e.Last = widen(e.First, e.Last, ev.Date)
			}
		}
	}
	g := &Graph{}
	for _, p := range people {
		g.People = append(g.People, *p)
	}
	sort.Slice(g.People, func(i, j int) bool { return g.People[i].ID < g.People[j].ID })
	for _, e := range encounters {
		sort.Strings(e.Dates)
		g.Encounters = append(g.Encounters, *e)
	}
	sort.Slice(g.Encounters, func(i, j int) bool {
		a, b := g.Encounters[i], g.Encounters[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		return a.Target < b.Target
	})
	return g, nil
}

// widen returns first and last widened to include date d. Dates were checked
// by Build, so DateRange does not fail here.
func widen(first, last, d string) (string, string) {
	if d == "" {
		return first, last
	}
	ds, de, _ := DateRange(d)
	if first == "" {
		return d, d
	}
	fs, _, _ := DateRange(first)
	_, le, _ := DateRange(last)
	if ds.Before(fs) || (ds.Equal(fs) && len(d) > len(first)) {
		first = d
	}
	if de.After(le) || (de.Equal(le) && len(d) > len(last)) {
		last = d
	}
	return first, last
}

// DateRange returns the first and last day of an ISO date at day (2025-03-13),
// month (2025-03) or year (2025) precision.
func DateRange(d string) (start, end time.Time, err error) {
	switch len(d) {
	case len("2006-01-02"):
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("%w %q", ErrBadDate, d)
		}
		return t, t, nil
	case len("2006-01"):
		t, err := time.Parse("2006-01", d)
		if err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("%w %q", ErrBadDate, d)
		}
		return t, t.AddDate(0, 1, -1), nil
	case len("2006"):
		t, err := time.Parse("2006", d)
		if err != nil {
			return time.Time{}, time.Time{}, fmt.Errorf("%w %q", ErrBadDate, d)
		}
		return t, t.AddDate(1, 0, -1), nil
	}
	return time.Time{}, time.Time{}, fmt.Errorf("%w %q", ErrBadDate, d)
}

func sortedCopy(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}
