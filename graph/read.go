package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"newsgraph/extract"
)

// snapshot returns the current snapshot, building it if a write made the
// last one stale. The result is immutable and needs no lock.
func (s *Store) snapshot() *snapshot {
	s.mu.RLock()
	sn, fresh := s.snap, s.freshLocked()
	s.mu.RUnlock()
	if fresh {
		return sn
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.freshLocked() {
		s.snap, s.stale, s.builtAt = s.idx.build(), false, time.Now()
	}
	return s.snap
}

// freshLocked reports whether s.snap may be used. The caller holds mu.
func (s *Store) freshLocked() bool {
	return s.snap != nil && (!s.stale || s.maxStale > 0 && time.Since(s.builtAt) < s.maxStale)
}

// resolvePerson returns the id of the person called name: a person id (of
// the person or of a node it absorbed), a full name, an alias or a surname,
// tried in that order; at each step a name that fits several people is
// ambiguous.
func (sn *snapshot) resolvePerson(name string) (string, error) {
	if id := sn.personID(name); sn.people[id] != nil {
		return id, nil
	}
	k := extract.PersonKey(name)
	for _, m := range [...]map[string][]string{sn.personNames, sn.personAliases, sn.personSurnames} {
		switch ids := m[k]; len(ids) {
		case 0:
			continue
		case 1:
			return ids[0], nil
		default:
			var names []string
			for _, id := range ids {
				names = append(names, sn.people[id].Name)
			}
			slices.Sort(names)
			return "", fmt.Errorf("%w: %q may be %s", ErrAmbiguous, name, strings.Join(names, ", "))
		}
	}
	return "", fmt.Errorf("%w: person %q", ErrNotFound, name)
}

// resolvePlaces returns the ids of the places called name, or name itself
// if it is a place id.
func (sn *snapshot) resolvePlaces(name string) []string {
	if _, ok := sn.places[name]; ok {
		return []string{name}
	}
	f := extract.Fold(name)
	ids := slices.Clone(sn.placeNames[f])
	if t, ok := strings.CutPrefix(f, "the "); ok {
		for _, id := range sn.placeNames[t] {
			addTo(&ids, id)
		}
	}
	return ids
}

// Person returns the person called name: a full name, an alias or a surname
// that only one person has, compared case- and accent-insensitively (see
// extract.PersonKey). It returns an error wrapping ErrNotFound or
// ErrAmbiguous when no or several people fit.
func (s *Store) Person(ctx context.Context, name string) (Person, error) {
	sn := s.snapshot()
	id, err := sn.resolvePerson(name)
	if err != nil {
		return Person{}, err
	}
	return *sn.people[id], ctx.Err()
}

// PersonByID returns the person with the given id. The id of a person
// node shown as another person (see the package comment) gives that person.
func (s *Store) PersonByID(ctx context.Context, id string) (Person, error) {
	sn := s.snapshot()
	p := sn.people[sn.personID(id)]
	if p == nil {
		return Person{}, fmt.Errorf("%w: person id %q", ErrNotFound, id)
	}
	return *p, ctx.Err()
}

// People returns the people whose name or an alias contains search (folded),
// ordered by name.
func (s *Store) People(ctx context.Context, search string, pr PageRequest) (Page[Person], error) {
	sn := s.snapshot()
	list := sn.peopleList
	if search != "" {
		f, k := extract.Fold(search), extract.PersonKey(search)
		list = filter(list, func(p *Person) bool {
			t := sn.personText[p.ID]
			return strings.Contains(t, f) || strings.Contains(t, k)
		})
	}
	return paginate(list, func(p *Person) string { return sn.namedCursor(p.ID) }, pr), ctx.Err()
}

// Place returns the place called name (folded; a leading "the" is optional).
// When several places share the name, the most populous wins.
func (s *Store) Place(ctx context.Context, name string) (Place, error) {
	sn := s.snapshot()
	ids := sn.resolvePlaces(name)
	if len(ids) == 0 {
		return Place{}, fmt.Errorf("%w: place %q", ErrNotFound, name)
	}
	best := slices.MinFunc(ids, func(a, b string) int {
		pa, pb := sn.places[a], sn.places[b]
		return cmp.Or(cmp.Compare(pb.Population, pa.Population), cmp.Compare(a, b))
	})
	return *sn.places[best], ctx.Err()
}

// PlaceByID returns the place with the given id.
func (s *Store) PlaceByID(ctx context.Context, id string) (Place, error) {
	p := s.snapshot().places[id]
	if p == nil {
		return Place{}, fmt.Errorf("%w: place id %q", ErrNotFound, id)
	}
	return *p, ctx.Err()
}

// Places returns the places that match q, ordered by name.
func (s *Store) Places(ctx context.Context, q PlaceQuery, pr PageRequest) (Page[Place], error) {
	sn := s.snapshot()
	list := sn.placeList
	if q.Search != "" {
		f := extract.Fold(q.Search)
		list = filter(list, func(p *Place) bool { return strings.Contains(sn.placeText[p.ID], f) })
	}
	if n := q.Near; n != nil {
		if n.Km < 0 || math.Abs(n.Latitude) > 90 || math.Abs(n.Longitude) > 180 {
			return Page[Place]{}, fmt.Errorf("%w: near %+v", ErrInvalid, *n)
		}
		list = filter(list, func(p *Place) bool {
			return p.HasCoordinates && haversineKm(n.Latitude, n.Longitude, p.Latitude, p.Longitude) <= n.Km
		})
	}
	return paginate(list, func(p *Place) string { return sn.namedCursor(p.ID) }, pr), ctx.Err()
}

// haversineKm returns the great-circle distance between two points in km.
func haversineKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// Event returns the event with the given id. The id of an event node
// merged into another event (see the package comment) gives that event.
func (s *Store) Event(ctx context.Context, id string) (Event, error) {
	sn := s.snapshot()
	e := sn.events[sn.eventID(id)]
	if e == nil {
		return Event{}, fmt.Errorf("%w: event id %q", ErrNotFound, id)
	}
	return *e, ctx.Err()
}

// ValidDate reports whether d is a date at day, month or year precision:
// 2025-03-13, 2025-03 or 2025.
func ValidDate(d string) bool {
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(d)]
	if layout == "" {
		return false
	}
	_, err := time.Parse(layout, d)
	return err == nil
}

// dateLo and dateHi return the first and last day that d covers; dateHi
// gives day 31 for every month, which compares correctly.
func dateLo(d string) string { return d + "-01-01"[len(d)-4:] }
func dateHi(d string) string { return d + "-12-31"[len(d)-4:] }

// Events returns the events that match f, ordered by date (undated last),
// then id. Unknown people or places match nothing; an ambiguous name is an
// error.
func (s *Store) Events(ctx context.Context, f EventFilter, pr PageRequest) (Page[Event], error) {
	sn := s.snapshot()
	list, err := sn.filterEvents(f)
	if err != nil {
		return Page[Event]{}, err
	}
	return paginate(list, eventCursor, pr), ctx.Err()
}

// filterEvents returns the events that match f, in eventList order.
func (sn *snapshot) filterEvents(f EventFilter) ([]*Event, error) {
	for _, d := range [...]string{f.From, f.To} {
		if d != "" && !ValidDate(d) {
			return nil, fmt.Errorf("%w: date %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrInvalid, d)
		}
	}
	cands, narrowed := sn.eventList, false
	narrow := func(l []*Event) {
		if !narrowed || len(l) < len(cands) {
			cands, narrowed = l, true
		}
	}
	var preds []func(*Event) bool
	person := func(name, id string) (bool, error) {
		id = sn.personID(id)
		if id == "" {
			var err error
			if id, err = sn.resolvePerson(name); err != nil {
				if isNotFound(err) {
					return false, nil
				}
				return false, err
			}
		}
		narrow(sn.personEvents[id])
		preds = append(preds, func(e *Event) bool { return slices.Contains(e.ParticipantIDs, id) })
		return true, nil
	}
	for _, p := range [...]struct{ name, id string }{{f.Participant, ""}, {"", f.ParticipantID}, {f.With, ""}} {
		if p.name == "" && p.id == "" {
			continue
		}
		if ok, err := person(p.name, p.id); err != nil || !ok {
			return nil, err
		}
	}
	if f.Place != "" || f.PlaceID != "" {
		ids := sn.resolvePlaces(cmp.Or(f.PlaceID, f.Place))
		region := ""
		if f.PlaceID == "" {
			region = extract.Fold(f.Place)
		}
		if len(ids) == 1 && region == "" {
			narrow(sn.placeEvents[ids[0]])
		}
		preds = append(preds, func(e *Event) bool {
			for _, c := range sn.containing(e.PlaceID) {
				if slices.Contains(ids, c) || (region != "" && sn.placeRegion[c] == region) {
					return true
				}
			}
			return false
		})
	}
	if f.Type != "" {
		preds = append(preds, func(e *Event) bool { return e.Type == f.Type })
	}
	if f.Status != "" {
		preds = append(preds, func(e *Event) bool { return e.Status == f.Status })
	}
	if f.From != "" || f.To != "" {
		if !narrowed {
			cands = sliceByDate(cands, f.From, f.To)
		}
		preds = append(preds, func(e *Event) bool {
			return e.Date != "" && (f.From == "" || dateHi(e.Date) >= dateLo(f.From)) &&
				(f.To == "" || dateLo(e.Date) <= dateHi(f.To))
		})
	}
	return filter(cands, func(e *Event) bool {
		for _, p := range preds {
			if !p(e) {
				return false
			}
		}
		return true
	}), nil
}

// sliceByDate returns the part of the date-ordered list l that may hold
// events overlapping [from, to]. Dates sort as strings, and every date
// before from's year ends before from.
func sliceByDate(l []*Event, from, to string) []*Event {
	lo, hi := 0, len(l)
	if from != "" {
		y := from[:4]
		lo = sort.Search(len(l), func(i int) bool { return cmp.Or(l[i].Date, undated) >= y })
	}
	if to != "" {
		h := dateHi(to)
		hi = sort.Search(len(l), func(i int) bool { return cmp.Or(l[i].Date, undated) > h })
	}
	if lo > hi {
		return nil
	}
	return l[lo:hi]
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

// filter returns the elements of l for which keep is true.
func filter[T any](l []*T, keep func(*T) bool) []*T {
	var out []*T
	for _, x := range l {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// paginate returns the page of the ordered list l that pr asks for.
func paginate[T any](l []*T, cursor func(*T) string, pr PageRequest) Page[T] {
	page := Page[T]{Total: len(l)}
	start := 0
	if pr.After != "" {
		start = sort.Search(len(l), func(i int) bool { return cursor(l[i]) > pr.After })
	}
	n := pr.First
	if n <= 0 {
		n = DefaultFirst
	}
	end := min(len(l), start+n)
	for _, x := range l[start:end] {
		page.Items = append(page.Items, *x)
		page.Cursors = append(page.Cursors, cursor(x))
	}
	page.HasNext = end < len(l)
	return page
}

// Article returns the article with the given id (its own id, not a node id).
func (s *Store) Article(ctx context.Context, id string) (Article, error) {
	a := s.snapshot().articles[id]
	if a == nil {
		return Article{}, fmt.Errorf("%w: article %q", ErrNotFound, id)
	}
	return *a, ctx.Err()
}

// Articles returns the articles ordered by publication date, then id.
func (s *Store) Articles(ctx context.Context, pr PageRequest) (Page[Article], error) {
	return paginate(s.snapshot().articleList, articleCursor, pr), ctx.Err()
}

// mentions returns the node ids that the article mentions, by kind.
func (s *Store) mentions(ctx context.Context, articleID string) (map[string][]string, error) {
	props, err := s.describe(ctx, iri(kindArticle, nodeID(kindArticle, articleID)))
	if err != nil {
		return nil, fmt.Errorf("graph: article %s: %w", articleID, err)
	}
	out := make(map[string][]string)
	for _, v := range props[predMentions] {
		if k, id, ok := parseIRI(v); ok {
			out[k] = append(out[k], id)
		}
	}
	return out, nil
}

// ArticleEvents returns the events the article reports, ordered by date.
func (s *Store) ArticleEvents(ctx context.Context, articleID string) ([]Event, error) {
	m, err := s.mentions(ctx, articleID)
	if err != nil {
		return nil, err
	}
	sn := s.snapshot()
	evs := lookup(sn.events, mapIDs(m[kindEvent], sn.eventID))
	slices.SortFunc(evs, func(a, b Event) int { return compareEvents(&a, &b) })
	return evs, nil
}

// ArticlePeople returns the people the article mentions, ordered by name.
func (s *Store) ArticlePeople(ctx context.Context, articleID string) ([]Person, error) {
	m, err := s.mentions(ctx, articleID)
	if err != nil {
		return nil, err
	}
	sn := s.snapshot()
	ps := lookup(sn.people, mapIDs(m[kindPerson], sn.personID))
	slices.SortFunc(ps, func(a, b Person) int { return sn.compareNamed(a.ID, b.ID) })
	return ps, nil
}

// lookup returns the records of ids that m holds.
func lookup[T any](m map[string]*T, ids []string) []T {
	var out []T
	for _, id := range ids {
		if x := m[id]; x != nil {
			out = append(out, *x)
		}
	}
	return out
}

// PersonArticles returns the articles that mention the person, or a person
// node it absorbed, ordered by publication date.
func (s *Store) PersonArticles(ctx context.Context, personID string) ([]Article, error) {
	sn := s.snapshot()
	var nodes []string
	s.mu.RLock()
	var err error
	for _, n := range sn.personNodes(personID) {
		err = s.eachQuad(ctx, quad.Object, iri(kindPerson, n), func(q quad.Quad) {
			if q.Predicate == predMentions {
				if id := ref(q.Subject, kindArticle); id != "" {
					nodes = append(nodes, id)
				}
			}
		})
		if err != nil {
			break
		}
	}
	s.mu.RUnlock()
	if err != nil {
		return nil, fmt.Errorf("graph: articles of person %s: %w", personID, err)
	}
	as := lookup(sn.artNodes, nodes)
	slices.SortFunc(as, func(a, b Article) int { return compareArticles(&a, &b) })
	return slices.CompactFunc(as, func(a, b Article) bool { return a.ID == b.ID }), nil
}

// linkedAll describes each node that one of the person nodes links to by
// pred.
func (s *Store) linkedAll(ctx context.Context, persons []string, pred quad.IRI) ([]map[quad.IRI][]quad.Value, error) {
	var out []map[quad.IRI][]quad.Value
	for _, id := range persons {
		l, err := s.linked(ctx, iri(kindPerson, id), pred)
		if err != nil {
			return nil, err
		}
		out = append(out, l...)
	}
	return out, nil
}

// linked describes each node that node links to by pred.
func (s *Store) linked(ctx context.Context, node quad.IRI, pred quad.IRI) ([]map[quad.IRI][]quad.Value, error) {
	props, err := s.describe(ctx, node)
	if err != nil {
		return nil, err
	}
	var out []map[quad.IRI][]quad.Value
	for _, v := range props[pred] {
		p, err := s.describe(ctx, v)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// articleOf returns the article id that props link to by ns:article.
func (sn *snapshot) articleOf(props map[quad.IRI][]quad.Value) string {
	for _, v := range props[predArticle] {
		if a := sn.artNodes[ref(v, kindArticle)]; a != nil {
			return a.ID
		}
	}
	return ""
}

func one(props map[quad.IRI][]quad.Value, p quad.IRI) quad.Value {
	if vs := props[p]; len(vs) > 0 {
		return vs[0]
	}
	return nil
}

// Evidence returns the sentences that state the event, ordered by article
// and offset: those of every event node merged into it.
func (s *Store) Evidence(ctx context.Context, eventID string) ([]Evidence, error) {
	sn := s.snapshot()
	eventID = sn.eventID(eventID)
	if sn.events[eventID] == nil {
		return nil, fmt.Errorf("%w: event id %q", ErrNotFound, eventID)
	}
	out := make([]Evidence, 0, len(sn.evidence[eventID]))
	for _, id := range sn.evidence[eventID] {
		p, err := s.describe(ctx, iri(kindEvidence, id))
		if err != nil {
			return nil, fmt.Errorf("graph: evidence of event %s: %w", eventID, err)
		}
		out = append(out, Evidence{
			ArticleID: sn.articleOf(p),
			Sentence:  str(one(p, predSentence)),
			Start:     int(num(one(p, predStart))),
			End:       int(num(one(p, predEnd))),
			Status:    str(one(p, predStatus)),
		})
	}
	slices.SortFunc(out, func(a, b Evidence) int {
		return cmp.Or(strings.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return out, nil
}

// Roles returns the titles the articles give the person, or a person node
// it absorbed, ordered by article and title.
func (s *Store) Roles(ctx context.Context, personID string) ([]Role, error) {
	sn := s.snapshot()
	nodes, err := s.linkedAll(ctx, sn.personNodes(personID), predRole)
	if err != nil {
		return nil, fmt.Errorf("graph: roles of person %s: %w", personID, err)
	}
	var out []Role
	for _, p := range nodes {
		out = append(out, Role{Title: str(one(p, predRoleName)), ArticleID: sn.articleOf(p)})
	}
	slices.SortFunc(out, func(a, b Role) int {
		return cmp.Or(strings.Compare(a.ArticleID, b.ArticleID), strings.Compare(a.Title, b.Title))
	})
	return slices.Compact(out), nil
}

// Merges returns the aliases linked to the person, or a person node it
// absorbed, on indirect evidence.
func (s *Store) Merges(ctx context.Context, personID string) ([]Merge, error) {
	sn := s.snapshot()
	nodes, err := s.linkedAll(ctx, sn.personNodes(personID), predMerge)
	if err != nil {
		return nil, fmt.Errorf("graph: merges of person %s: %w", personID, err)
	}
	var out []Merge
	for _, p := range nodes {
		out = append(out, Merge{Alias: str(one(p, predAlias)), Reason: str(one(p, predReason)),
			Confidence: num(one(p, predConfidence)), ArticleID: sn.articleOf(p)})
	}
	slices.SortFunc(out, func(a, b Merge) int {
		return cmp.Or(strings.Compare(a.Alias, b.Alias), strings.Compare(a.ArticleID, b.ArticleID),
			strings.Compare(a.Reason, b.Reason), cmp.Compare(a.Confidence, b.Confidence))
	})
	return slices.Compact(out), nil
}

// Encounters returns, for each person who shares an event with the given
// person, the shared events; most frequent counterparts first.
func (s *Store) Encounters(ctx context.Context, personID string) ([]Encounter, error) {
	sn := s.snapshot()
	personID = sn.personID(personID)
	if sn.people[personID] == nil {
		return nil, fmt.Errorf("%w: person id %q", ErrNotFound, personID)
	}
	byPerson := make(map[string]*Encounter)
	var out []*Encounter
	for _, e := range sn.personEvents[personID] {
		for _, q := range e.ParticipantIDs {
			if q == personID {
				continue
			}
			enc := byPerson[q]
			if enc == nil {
				enc = &Encounter{PersonID: q}
				byPerson[q] = enc
				out = append(out, enc)
			}
			enc.Count++
			enc.Events = append(enc.Events, *e)
			if e.Date != "" {
				if enc.First == "" {
					enc.First = e.Date
				}
				enc.Last = e.Date
			}
		}
	}
	slices.SortFunc(out, func(a, b *Encounter) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), sn.compareNamed(a.PersonID, b.PersonID))
	})
	res := make([]Encounter, len(out))
	for i, e := range out {
		res[i] = *e
	}
	return res, ctx.Err()
}
