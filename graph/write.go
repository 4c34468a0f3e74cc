package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph/extract"
)

// WriteDoc writes the article d and its people, places, organisations and
// events in one transaction: on error nothing of d is stored. Writing an
// article again adds nothing, since every node id derives from a canonical
// key and existing quads are skipped.
func (s *Store) WriteDoc(ctx context.Context, d *extract.Doc) error {
	quads, err := docQuads(d)
	if err != nil {
		return &ArticleError{ID: d.ID, Err: err}
	}
	return s.apply(ctx, quads)
}

// An ArticleError reports an article that WriteDoc or WriteDocs refused,
// such as an event whose participant is not a person.
type ArticleError struct {
	ID  string
	Err error
}

func (e *ArticleError) Error() string { return fmt.Sprintf("graph: article %s: %v", e.ID, e.Err) }

func (e *ArticleError) Unwrap() error { return e.Err }

// WriteDocs writes several articles in one transaction, which on Bolt and
// PostgreSQL is many times faster than a transaction each. Articles that
// are invalid are skipped; the others are written, and the error joins an
// *ArticleError for each skipped one. A storage error is returned alone, and
// then none of docs is stored.
func (s *Store) WriteDocs(ctx context.Context, docs []*extract.Doc) error {
	var (
		all     []quad.Quad
		skipped []error
	)
	for _, d := range docs {
		quads, err := docQuads(d)
		if err != nil {
			skipped = append(skipped, &ArticleError{ID: d.ID, Err: err})
			continue
		}
		all = append(all, quads...)
	}
	if err := s.apply(ctx, all); err != nil {
		return err
	}
	return errors.Join(skipped...)
}

// apply adds quads in one transaction, skipping those that exist, and
// updates the index.
func (s *Store) apply(ctx context.Context, quads []quad.Quad) error {
	if len(quads) == 0 {
		return ctx.Err()
	}
	deltas := make([]cgraph.Delta, 0, len(quads))
	seen := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		if !seen[q] {
			seen[q] = true
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("graph: write: %w", err)
	}
	for _, d := range deltas {
		s.idx.add(d.Quad)
	}
	s.stale = true
	return nil
}

// A quadSet collects the distinct quads of one article in order.
type quadSet struct {
	seen  map[quad.Quad]bool
	quads []quad.Quad
}

func (qs *quadSet) add(s quad.IRI, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o}
	if qs.seen[q] {
		return
	}
	qs.seen[q] = true
	qs.quads = append(qs.quads, q)
}

func (qs *quadSet) addString(s, p quad.IRI, v string) {
	if v != "" {
		qs.add(s, p, quad.String(v))
	}
}

// docQuads returns the quads of d, without duplicates.
func docQuads(d *extract.Doc) ([]quad.Quad, error) {
	if d.ID == "" {
		return nil, fmt.Errorf("article has no id")
	}
	if err := validate(d); err != nil {
		return nil, err
	}
	qs := &quadSet{seen: make(map[quad.Quad]bool)}
	art := iri(kindArticle, nodeID(kindArticle, d.ID))
	qs.add(art, predType, classArticle)
	qs.addString(art, predIdentifier, d.ID)
	qs.addString(art, predURL, d.URL)
	qs.addString(art, predHeadline, d.Title)
	qs.addString(art, predPublisher, d.Outlet)
	if !d.Published.IsZero() {
		qs.addString(art, predDatePublished, d.Published.UTC().Format(time.DateOnly))
	}

	for _, e := range d.Entities {
		if n := writeEntity(qs, d, art, e); n != "" {
			qs.add(art, predMentions, n)
		}
	}
	for _, ev := range d.Events {
		writeEvent(qs, d, art, ev)
	}
	return qs.quads, nil
}

// validate checks the indices and spans that writing relies on.
func validate(d *extract.Doc) error {
	span := func(s extract.Span) error {
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			return fmt.Errorf("span %v out of bounds [0,%d)", s, len(d.Text))
		}
		return nil
	}
	for i, ev := range d.Events {
		for _, p := range ev.Participants {
			if p < 0 || p >= len(d.Entities) || d.Entities[p].Kind != extract.Person {
				return fmt.Errorf("event %d: participant %d is not a person entity", i, p)
			}
		}
		for _, s := range ev.Evidence {
			if err := span(s); err != nil {
				return fmt.Errorf("event %d: evidence: %w", i, err)
			}
		}
		if err := span(ev.Trigger); err != nil {
			return fmt.Errorf("event %d: trigger: %w", i, err)
		}
	}
	for i, e := range d.Entities {
		for _, r := range e.Roles {
			if err := span(r.Span); err != nil {
				return fmt.Errorf("entity %d: role: %w", i, err)
			}
		}
	}
	return nil
}

// writeEntity adds the quads of e and returns its node, or "" for entities
// that are not stored (MISC).
func writeEntity(qs *quadSet, d *extract.Doc, art quad.IRI, e extract.Entity) quad.IRI {
	switch e.Kind {
	case extract.Person:
		key := e.Key()
		n := iri(kindPerson, nodeID(kindPerson, key))
		qs.add(n, predType, classPerson)
		qs.addString(n, predName, e.Name)
		for _, a := range e.Aliases {
			if a != e.Name {
				qs.addString(n, predAlternateName, a)
			}
		}
		if e.Country != "" {
			qs.add(n, predCountry, writeCountry(qs, e.Country, ""))
		}
		for _, r := range e.Roles {
			if r.Title == "" {
				continue
			}
			rn := iri(kindRole, nodeID(kindRole, key+"\x00"+extract.Fold(r.Title)+"\x00"+d.ID))
			qs.add(n, predRole, rn)
			qs.add(rn, predType, classRole)
			qs.addString(rn, predRoleName, r.Title)
			qs.add(rn, predArticle, art)
		}
		for _, m := range e.Merges {
			mn := iri(kindMerge, nodeID(kindMerge, key+"\x00"+m.Alias+"\x00"+d.ID))
			qs.add(n, predMerge, mn)
			qs.add(mn, predType, classMerge)
			qs.addString(mn, predAlias, m.Alias)
			qs.addString(mn, predReason, m.Reason)
			qs.add(mn, predConfidence, quad.Float(m.Confidence))
			qs.add(mn, predArticle, art)
		}
		return n
	case extract.Location:
		if e.Place != nil {
			return writePlace(qs, e.Place)
		}
		n := iri(kindPlace, nodeID(kindPlace, e.Key()))
		qs.add(n, predType, classPlace)
		qs.addString(n, predName, e.Name)
		return n
	case extract.Organization:
		n := iri(kindOrg, nodeID(kindOrg, e.Key()))
		qs.add(n, predType, classOrg)
		qs.addString(n, predName, e.Name)
		for _, a := range e.Aliases {
			if a != e.Name {
				qs.addString(n, predAlternateName, a)
			}
		}
		if e.Place != nil {
			qs.add(n, predLocation, writePlace(qs, e.Place))
		}
		return n
	}
	return ""
}

// placeKey returns the identity of p. Countries are keyed by folded name, so
// that a nationality ("Russia"), a city's country and the country itself are
// one node whether or not a GeoNames id came with them.
func placeKey(p *extract.Place) string {
	if p.Kind == extract.Country {
		return countryKey(p.Name)
	}
	return p.Key()
}

func countryKey(name string) string { return string(extract.Country) + ":" + extract.Fold(name) }

// writeCountry adds a country node and returns it.
func writeCountry(qs *quadSet, name, code string) quad.IRI {
	n := iri(kindPlace, nodeID(kindPlace, countryKey(name)))
	qs.add(n, predType, classPlace)
	qs.addString(n, predName, name)
	qs.addString(n, predKind, string(extract.Country))
	qs.addString(n, predCountryCode, code)
	return n
}

// writePlace adds p, its city and its country, and returns p's node.
func writePlace(qs *quadSet, p *extract.Place) quad.IRI {
	if p.Kind == extract.Country {
		n := writeCountry(qs, p.Name, p.CountryCode)
		writeGeo(qs, n, p)
		return n
	}
	n := iri(kindPlace, nodeID(kindPlace, placeKey(p)))
	qs.add(n, predType, classPlace)
	qs.addString(n, predName, p.Name)
	qs.addString(n, predKind, string(p.Kind))
	qs.addString(n, predRegion, p.Region)
	writeGeo(qs, n, p)
	var country quad.IRI
	if p.Country != "" {
		country = writeCountry(qs, p.Country, p.CountryCode)
		qs.add(n, predCountry, country)
	}
	if p.City != "" && p.Kind != extract.City && extract.Fold(p.City) != extract.Fold(p.Name) {
		city := &extract.Place{Name: p.City, Kind: extract.City, GeoID: p.CityGeoID}
		cn := iri(kindPlace, nodeID(kindPlace, placeKey(city)))
		qs.add(cn, predType, classPlace)
		qs.addString(cn, predName, p.City)
		qs.addString(cn, predKind, string(extract.City))
		if p.CityGeoID != 0 {
			qs.add(cn, predSameAs, geonamesIRI(p.CityGeoID))
		}
		if country != "" {
			qs.add(cn, predCountry, country)
		}
		qs.add(n, predContainedIn, cn)
	}
	return n
}

func geonamesIRI(id int) quad.IRI { return quad.IRI(fmt.Sprintf("%s%d/", geonamesNS, id)) }

// writeGeo adds the GeoNames id, coordinates and population of p to n.
func writeGeo(qs *quadSet, n quad.IRI, p *extract.Place) {
	if p.GeoID != 0 {
		qs.add(n, predSameAs, geonamesIRI(p.GeoID))
	}
	if p.Latitude != 0 || p.Longitude != 0 {
		qs.add(n, predLatitude, quad.Float(p.Latitude))
		qs.add(n, predLongitude, quad.Float(p.Longitude))
	}
	if p.Population > 0 {
		qs.add(n, predPopulation, quad.Int(p.Population))
	}
}

// eventKey returns the identity of ev: type, sorted participant keys, date,
// and for undated events the article.
func eventKey(d *extract.Doc, ev extract.Event) string {
	keys := participantKeys(d, ev)
	k := string(ev.Type) + "|" + strings.Join(keys, ";") + "|" + ev.Date.Value
	if ev.Date.Value == "" {
		// Nothing shows that two undated reports are one event, and within
		// one article an undated plan and an undated occurrence of the same
		// pair are two ("they are scheduled to talk" / "they spoke after the
		// inauguration"): the extractor has merged the mentions of each.
		k += "|" + d.ID + "|" + string(ev.Status)
	}
	return k
}

func participantKeys(d *extract.Doc, ev extract.Event) []string {
	var keys []string
	for _, p := range ev.Participants {
		keys = append(keys, d.Entities[p].Key())
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// writeEvent adds ev, its place and its evidence.
func writeEvent(qs *quadSet, d *extract.Doc, art quad.IRI, ev extract.Event) {
	key := eventKey(d, ev)
	n := iri(kindEvent, nodeID(kindEvent, key))
	qs.add(art, predMentions, n)
	qs.add(n, predType, classEvent)
	qs.addString(n, predEventType, string(ev.Type))
	qs.addString(n, predStatus, string(ev.Status))
	qs.addString(n, predStartDate, ev.Date.Value)
	qs.addString(n, predDatePrecision, ev.Date.Precision())
	qs.addString(n, predDateText, ev.Date.Text)
	qs.addString(n, predTime, ev.Date.Time)
	if ev.Place != nil {
		qs.add(n, predLocation, writePlace(qs, ev.Place))
	}
	for _, k := range participantKeys(d, ev) {
		qs.add(n, predAttendee, iri(kindPerson, nodeID(kindPerson, k)))
	}
	spans := ev.Evidence
	if len(spans) == 0 {
		spans = []extract.Span{ev.Trigger}
		if i := d.SentenceAt(ev.Trigger.Start); i >= 0 {
			spans[0] = d.Sentences[i].Span
		}
	}
	for _, sp := range spans {
		en := iri(kindEvidence, nodeID(kindEvidence, d.ID+"\x00"+key+"\x00"+sp.String()))
		qs.add(n, predEvidence, en)
		qs.add(en, predType, classEvidence)
		qs.add(en, predArticle, art)
		qs.addString(en, predSentence, d.Slice(sp))
		qs.add(en, predStart, quad.Int(sp.Start))
		qs.add(en, predEnd, quad.Int(sp.End))
		qs.addString(en, predStatus, string(ev.Status))
	}
}
