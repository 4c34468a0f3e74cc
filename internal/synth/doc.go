package synth

import (
	"newsgraph/extract"
)

// Doc returns article i annotated with what the generator wrote: its people
// (canonical name, surname alias, nationality and title), the places of its
// events, and its events with type, status, participants, the date where the
// text gives one precisely enough, place and evidence sentence. It has no
// tokens or mentions.
//
// Doc is ground truth for the store and the GraphQL layer, so that they can
// be tested and benchmarked without extraction, and a yardstick for
// extraction on synthetic text.
func (g *Generator) Doc(i int) *extract.Doc {
	art, a := g.article(i)
	_, spans := a.text()
	d := &extract.Doc{Article: art}
	for _, p := range spans {
		for _, sp := range p {
			d.Sentences = append(d.Sentences, extract.Sentence{Span: sp})
		}
	}
	entity := map[int]int{} // person rank → index in d.Entities
	person := func(rank int) int {
		if e, ok := entity[rank]; ok {
			return e
		}
		p := g.people[rank]
		c := countries[p.Country]
		first := a.firstIn[rank]
		entity[rank] = len(d.Entities)
		d.Entities = append(d.Entities, extract.Entity{
			Kind:    extract.Person,
			Name:    p.full(),
			Aliases: []string{p.full(), p.Surname},
			Country: c.Name,
			Roles:   []extract.Role{{Title: c.Adj + " " + p.Title, Span: spans[first[0]][first[1]]}},
		})
		return entity[rank]
	}
	places := map[string]*extract.Place{}
	place := func(name string) *extract.Place {
		if name == "" {
			return nil
		}
		if pl, ok := places[name]; ok {
			return pl
		}
		pl := &extract.Place{Name: name, Kind: extract.City}
		if country, ok := cityCountry[name]; ok {
			pl.Country = country
		} else {
			pl.Kind = extract.Venue
		}
		places[name] = pl
		d.Entities = append(d.Entities, extract.Entity{Kind: extract.Location, Name: name, Aliases: []string{name}, Place: pl})
		return pl
	}
	// People in cast order, so that entity indices do not depend on events.
	for _, rank := range a.cast {
		if _, ok := a.firstIn[rank]; ok {
			person(rank)
		}
	}
	for pi, p := range a.paras {
		for si, s := range p {
			if s.ev == nil {
				continue
			}
			sp := spans[pi][si]
			d.Events = append(d.Events, extract.Event{
				Type:         s.ev.typ,
				Status:       s.ev.status,
				Participants: []int{person(s.ev.x), person(s.ev.y)},
				Date:         extract.Date{Value: s.ev.date},
				Place:        place(s.ev.city),
				Trigger:      sp,
				Evidence:     []extract.Span{sp},
			})
		}
	}
	return d
}

// cityCountry maps each city of the embedded list to its country.
var cityCountry = func() map[string]string {
	m := map[string]string{}
	for _, c := range countries {
		for _, city := range c.Cities {
			m[city] = c.Name
		}
	}
	return m
}()
