package graph

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/extract"
)

// indexedPredicates are the predicates whose quads the in-memory index holds.
var indexedPredicates = [...]quad.IRI{
	predName, predAlternateName, predCountry, predKind, predSameAs, predRegion,
	predCountryCode, predLatitude, predLongitude, predPopulation, predContainedIn,
	predEventType, predStatus, predStartDate, predDateText, predTime, predLocation,
	predAttendee, predEvidence, predIdentifier, predURL, predHeadline,
	predDatePublished, predPublisher, predArticle,
}

// An index holds the indexed quads by node, as sets of values. Adding a quad
// twice changes nothing.
type index struct {
	people   map[string]*personRaw
	places   map[string]*placeRaw
	events   map[string]*eventRaw
	articles map[string]*articleRaw // by node id
	evidence map[string][]string    // evidence node id → article node ids
}

type personRaw struct{ names, aliases, countries []string }

type placeRaw struct {
	names, kinds, regions, codes, cities, countries []string
	geoIDs                                          []int
	lats, lons                                      []float64
	population                                      int
}

type eventRaw struct {
	types, statuses, dates, dateTexts, times, places, attendees, evidence []string
}

type articleRaw struct{ idents, urls, titles, outlets, published []string }

func newIndex() *index {
	return &index{
		people:   make(map[string]*personRaw),
		places:   make(map[string]*placeRaw),
		events:   make(map[string]*eventRaw),
		articles: make(map[string]*articleRaw),
		evidence: make(map[string][]string),
	}
}

// addTo adds v to the set *set.
func addTo[T comparable](set *[]T, v T) {
	if !slices.Contains(*set, v) {
		*set = append(*set, v)
	}
}

func getOrNew[T any](m map[string]*T, id string) *T {
	r := m[id]
	if r == nil {
		r = new(T)
		m[id] = r
	}
	return r
}

// str returns the text of a literal.
func str(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// num returns the number of a numeric literal.
func num(v quad.Value) float64 {
	switch v := v.(type) {
	case quad.Int:
		return float64(v)
	case quad.Float:
		return float64(v)
	}
	f, _ := strconv.ParseFloat(str(v), 64)
	return f
}

// ref returns the id of a node IRI of the given kind, or "".
func ref(v quad.Value, kind string) string {
	k, id, ok := parseIRI(v)
	if !ok || k != kind {
		return ""
	}
	return id
}

// add records q if its predicate is indexed.
func (x *index) add(q quad.Quad) {
	kind, id, ok := parseIRI(q.Subject)
	if !ok {
		return
	}
	p, _ := q.Predicate.(quad.IRI)
	o := q.Object
	switch kind {
	case kindPerson:
		r := getOrNew(x.people, id)
		switch p {
		case predName:
			addTo(&r.names, str(o))
		case predAlternateName:
			addTo(&r.aliases, str(o))
		case predCountry:
			if c := ref(o, kindPlace); c != "" {
				addTo(&r.countries, c)
			}
		}
	case kindPlace:
		r := getOrNew(x.places, id)
		switch p {
		case predName:
			addTo(&r.names, str(o))
		case predKind:
			addTo(&r.kinds, str(o))
		case predRegion:
			addTo(&r.regions, str(o))
		case predCountryCode:
			addTo(&r.codes, str(o))
		case predSameAs:
			if s, ok := o.(quad.IRI); ok && strings.HasPrefix(string(s), geonamesNS) {
				if n, err := strconv.Atoi(strings.Trim(string(s)[len(geonamesNS):], "/")); err == nil {
					addTo(&r.geoIDs, n)
				}
			}
		case predLatitude:
			addTo(&r.lats, num(o))
		case predLongitude:
			addTo(&r.lons, num(o))
		case predPopulation:
			r.population = max(r.population, int(num(o)))
		case predContainedIn:
			if c := ref(o, kindPlace); c != "" {
				addTo(&r.cities, c)
			}
		case predCountry:
			if c := ref(o, kindPlace); c != "" {
				addTo(&r.countries, c)
			}
		}
	case kindEvent:
		r := getOrNew(x.events, id)
		switch p {
		case predEventType:
			addTo(&r.types, str(o))
		case predStatus:
			addTo(&r.statuses, str(o))
		case predStartDate:
			addTo(&r.dates, str(o))
		case predDateText:
			addTo(&r.dateTexts, str(o))
		case predTime:
			addTo(&r.times, str(o))
		case predLocation:
			if c := ref(o, kindPlace); c != "" {
				addTo(&r.places, c)
			}
		case predAttendee:
			if c := ref(o, kindPerson); c != "" {
				addTo(&r.attendees, c)
			}
		case predEvidence:
			if c := ref(o, kindEvidence); c != "" {
				addTo(&r.evidence, c)
			}
		}
	case kindEvidence:
		if p == predArticle {
			if a := ref(o, kindArticle); a != "" {
				set := x.evidence[id]
				addTo(&set, a)
				x.evidence[id] = set
			}
		}
	case kindArticle:
		r := getOrNew(x.articles, id)
		switch p {
		case predIdentifier:
			addTo(&r.idents, str(o))
		case predURL:
			addTo(&r.urls, str(o))
		case predHeadline:
			addTo(&r.titles, str(o))
		case predPublisher:
			addTo(&r.outlets, str(o))
		case predDatePublished:
			addTo(&r.published, str(o))
		}
	}
}

// first returns the least element of set, or the zero value.
func first[T cmp.Ordered](set []T) T {
	var z T
	if len(set) == 0 {
		return z
	}
	return slices.Min(set)
}

// rest returns the elements of set other than v, sorted.
func rest(set []string, v string) []string {
	var out []string
	for _, s := range set {
		if s != v {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}

// A snapshot is an immutable view of the index with the lookup structures
// that reads need. It is rebuilt after writes, when first read.
type snapshot struct {
	people   map[string]*Person
	places   map[string]*Place
	events   map[string]*Event
	articles map[string]*Article // by Article.ID
	artNodes map[string]*Article // by node id

	personNames, personAliases, personSurnames map[string][]string // PersonKey → ids
	placeNames                                 map[string][]string // Fold → ids
	personText, placeText                      map[string]string   // id → folded names, for search
	placeRegion                                map[string]string   // id → folded region
	evidence                                   map[string][]string // event id → evidence node ids
	fold                                       map[string]string   // person or place id → folded name

	// The read-side merge (see merge.go): a person node shown as another
	// person, and an event node merged into another event.
	personOf map[string]string   // absorbed person node → the person shown
	absorbed map[string][]string // person that absorbed others → all its nodes, itself first
	eventOf  map[string]string   // absorbed event node → the event shown

	eventList    []*Event            // by date, then id
	personEvents map[string][]*Event // by participant, in eventList order
	placeEvents  map[string][]*Event // by place and every place containing it
	peopleList   []*Person           // by folded name, then id
	placeList    []*Place            // by folded name, then id
	articleList  []*Article          // by published date, then id
}

var statusRank = map[string]int{"occurred": 0, "negated": 1, "planned": 2}

var placeRank = map[string]int{"venue": 0, "city": 1, "region": 2, "country": 3}

func rank(m map[string]int, k string) int {
	if r, ok := m[k]; ok {
		return r
	}
	return len(m)
}

// build returns a snapshot of x.
func (x *index) build() *snapshot {
	sn := &snapshot{
		people:         make(map[string]*Person, len(x.people)),
		places:         make(map[string]*Place, len(x.places)),
		events:         make(map[string]*Event, len(x.events)),
		articles:       make(map[string]*Article, len(x.articles)),
		artNodes:       make(map[string]*Article, len(x.articles)),
		personNames:    make(map[string][]string),
		personAliases:  make(map[string][]string),
		personSurnames: make(map[string][]string),
		placeNames:     make(map[string][]string),
		personText:     make(map[string]string),
		placeText:      make(map[string]string),
		placeRegion:    make(map[string]string),
		evidence:       make(map[string][]string),
		fold:           make(map[string]string),
		absorbed:       make(map[string][]string),
		eventOf:        make(map[string]string),
		personEvents:   make(map[string][]*Event),
		placeEvents:    make(map[string][]*Event),
	}
	for id, r := range x.people {
		for _, n := range r.names {
			if w := strings.Fields(extract.PersonKey(n)); len(w) > 1 {
				addKey(sn.personSurnames, w[len(w)-1], id)
			}
		}
	}
	sn.personOf = canonicalPeople(x.people, sn.personSurnames)
	for a, c := range sn.personOf {
		if len(sn.absorbed[c]) == 0 {
			sn.absorbed[c] = []string{c}
		}
		sn.absorbed[c] = append(sn.absorbed[c], a)
	}
	for id, r := range x.people {
		if len(r.names) == 0 || sn.personOf[id] != "" {
			continue // only referenced, never written; or shown as another
		}
		nodes := []*personRaw{r}
		if ns := sn.absorbed[id]; len(ns) > 0 {
			slices.Sort(ns[1:])
			for _, a := range ns[1:] {
				nodes = append(nodes, x.people[a])
			}
		}
		p := &Person{ID: id, Name: first(r.names)}
		var names, text []string
		for _, n := range nodes {
			names = append(append(names, n.names...), n.aliases...)
			p.CountryID = cmp.Or(p.CountryID, first(n.countries))
			for _, name := range n.names {
				addKey(sn.personNames, extract.PersonKey(name), id)
			}
			for _, a := range n.aliases {
				addKey(sn.personAliases, extract.PersonKey(a), id)
			}
		}
		p.Aliases = slices.Compact(rest(names, p.Name))
		sn.people[id] = p
		sn.fold[id] = extract.Fold(p.Name)
		sn.peopleList = append(sn.peopleList, p)
		for _, n := range names {
			text = append(text, extract.Fold(n), extract.PersonKey(n))
		}
		sn.personText[id] = strings.Join(text, "\x00")
	}
	for id, r := range x.places {
		if len(r.names) == 0 {
			continue
		}
		p := &Place{
			ID: id, Name: first(r.names), Kind: first(r.kinds), GeoID: first(r.geoIDs),
			CityID: first(r.cities), CountryID: first(r.countries), CountryCode: first(r.codes),
			Region: first(r.regions), Population: r.population,
		}
		if len(r.lats) > 0 && len(r.lons) > 0 {
			p.HasCoordinates, p.Latitude, p.Longitude = true, first(r.lats), first(r.lons)
		}
		if p.Kind == string(extract.Country) {
			p.CountryID = ""
		}
		sn.places[id] = p
		sn.fold[id] = extract.Fold(p.Name)
		sn.placeList = append(sn.placeList, p)
		var text []string
		for _, n := range r.names {
			f := extract.Fold(n)
			text = append(text, f)
			addKey(sn.placeNames, f, id)
			if t, ok := strings.CutPrefix(f, "the "); ok {
				addKey(sn.placeNames, t, id)
			}
		}
		sn.placeText[id] = strings.Join(text, "\x00")
		if p.Region != "" {
			sn.placeRegion[id] = extract.Fold(p.Region)
		}
	}
	for id, r := range x.articles {
		if len(r.idents) == 0 {
			continue
		}
		a := &Article{ID: first(r.idents), URL: first(r.urls), Title: first(r.titles),
			Outlet: first(r.outlets), Published: first(r.published)}
		sn.articles[a.ID] = a
		sn.artNodes[id] = a
		sn.articleList = append(sn.articleList, a)
	}
	drafts := make([]*eventDraft, 0, len(x.events))
	for id, r := range x.events {
		if len(r.types) == 0 {
			continue
		}
		d := &eventDraft{id: id, r: r, typ: first(r.types), status: eventStatus(r.statuses), date: first(r.dates),
			participants: mapIDs(r.attendees, sn.personID)}
		slices.Sort(d.participants)
		drafts = append(drafts, d)
	}
	for _, c := range mergeEvents(drafts) {
		sn.addEvent(x, c)
	}

	slices.SortFunc(sn.eventList, compareEvents)
	linkPlans(sn.eventList)
	slices.SortFunc(sn.peopleList, func(a, b *Person) int { return sn.compareNamed(a.ID, b.ID) })
	slices.SortFunc(sn.placeList, func(a, b *Place) int { return sn.compareNamed(a.ID, b.ID) })
	slices.SortFunc(sn.articleList, compareArticles)
	for _, e := range sn.eventList {
		for _, p := range e.ParticipantIDs {
			sn.personEvents[p] = append(sn.personEvents[p], e)
		}
		for _, p := range sn.containing(e.PlaceID) {
			sn.placeEvents[p] = append(sn.placeEvents[p], e)
		}
	}
	return sn
}

// containing returns id and the ids of the places that contain it: its city,
// and its and its city's country.
func (sn *snapshot) containing(id string) []string {
	p := sn.places[id]
	if p == nil {
		return nil
	}
	out := []string{id}
	add := func(id string) {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	add(p.CountryID)
	if c := sn.places[p.CityID]; c != nil {
		add(c.ID)
		add(c.CountryID)
	}
	return out
}

// undated sorts after every date.
const undated = "\uffff"

// The cursor of an item is its sort key as a string; the compare
// functions order items as their cursors would, without building them.

func eventCursor(e *Event) string { return cmp.Or(e.Date, undated) + "\x00" + e.ID }

func compareEvents(a, b *Event) int {
	return cmp.Or(strings.Compare(cmp.Or(a.Date, undated), cmp.Or(b.Date, undated)), strings.Compare(a.ID, b.ID))
}

func (sn *snapshot) namedCursor(id string) string { return sn.fold[id] + "\x00" + id }

// compareNamed orders people or places by folded name, then id.
func (sn *snapshot) compareNamed(a, b string) int {
	return cmp.Or(strings.Compare(sn.fold[a], sn.fold[b]), strings.Compare(a, b))
}

func articleCursor(a *Article) string { return a.Published + "\x00" + a.ID }

func compareArticles(a, b *Article) int {
	return cmp.Or(strings.Compare(a.Published, b.Published), strings.Compare(a.ID, b.ID))
}

// addKey adds id to the set m[k].
func addKey(m map[string][]string, k, id string) {
	if k != "" && !slices.Contains(m[k], id) {
		m[k] = append(m[k], id)
	}
}

// sources counts the distinct articles behind the evidence nodes ev, the
// independent sources among them (articles of one outlet count once; an
// article without an outlet counts on its own), and the earliest publication
// date of those articles.
func (x *index) sources(ev []string, arts map[string]*Article) (articles, independent int, first string) {
	seenArt := map[string]bool{}
	seenOutlet := map[string]bool{}
	for _, e := range ev {
		for _, a := range x.evidence[e] {
			if seenArt[a] {
				continue
			}
			seenArt[a] = true
			outlet := "article:" + a
			if art := arts[a]; art != nil {
				if art.Outlet != "" {
					outlet = "outlet:" + extract.Fold(art.Outlet)
				}
				if art.Published != "" && (first == "" || art.Published < first) {
					first = art.Published
				}
			}
			seenOutlet[outlet] = true
		}
	}
	return len(seenArt), len(seenOutlet), first
}

// linkPlans links each planned event to the events that report it occurred:
// the same type and participants, and a date compatible with the plan (the
// two dates overlap at their precisions; an undated side is compatible when
// the occurrence is not reported or dated before the plan was first
// reported). events must be sorted by date.
func linkPlans(events []*Event) {
	groups := map[string][]*Event{}
	for _, e := range events {
		if e.Status == "planned" || e.Status == "occurred" {
			k := e.Type + "\x00" + strings.Join(e.ParticipantIDs, "\x00")
			groups[k] = append(groups[k], e)
		}
	}
	for _, g := range groups {
		for _, plan := range g {
			if plan.Status != "planned" {
				continue
			}
			for _, occ := range g {
				if occ.Status == "occurred" && fulfils(plan, occ) {
					plan.OccurredAs = append(plan.OccurredAs, occ.ID)
					occ.PlannedAs = append(occ.PlannedAs, plan.ID)
				}
			}
		}
	}
}

// fulfils reports whether occ can be the occurrence of plan.
func fulfils(plan, occ *Event) bool {
	switch {
	case plan.Date != "" && occ.Date != "":
		return dateLo(plan.Date) <= dateHi(occ.Date) && dateLo(occ.Date) <= dateHi(plan.Date)
	case plan.FirstReported == "":
		return true
	case occ.Date != "":
		return dateHi(occ.Date) >= plan.FirstReported
	}
	return occ.FirstReported == "" || occ.FirstReported >= plan.FirstReported
}
