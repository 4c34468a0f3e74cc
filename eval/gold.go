// Package eval scores extraction against hand-annotated gold articles with
// the metric of the project's annotation guidelines (shared/seeds/GOLD.md):
// pair precision, recall and F1 (who met whom), date, place and status
// accuracy over gold (event, pair)s, and people precision and recall, per
// article and pooled, with a list of misses.
//
// Gold and predictions are the same plain Article structs, so that a store
// can be scored as well as a fresh pipeline run (FromDoc converts a Doc).
package eval

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"newsgraph/extract"
)

// An Article is the gold annotation of one article, or a prediction in the
// same shape.
type Article struct {
	ID        string     `json:"id"`
	Published string     `json:"published,omitempty"`
	Events    []Event    `json:"events"`
	Doubtful  []Doubtful `json:"doubtful,omitempty"`
	People    []Person   `json:"people"`
	Places    []string   `json:"places,omitempty"`
}

// An Event is a meeting or call between named people.
type Event struct {
	Type         string   `json:"type"`
	Participants []string `json:"participants"`
	Date         string   `json:"date,omitempty"` // YYYY-MM-DD, YYYY-MM, YYYY or ""
	DateText     string   `json:"date_text,omitempty"`
	Place        string   `json:"place,omitempty"`
	PlaceCity    string   `json:"place_city,omitempty"`    // predictions: the city of a venue
	PlaceCountry string   `json:"place_country,omitempty"` // predictions: the country of the place
	PlaceWritten string   `json:"place_written,omitempty"` // predictions: the place as the article writes it ("Hawassa" for Awasa)
	Status       string   `json:"status"`
	Evidence     []string `json:"evidence,omitempty"`
	Note         string   `json:"note,omitempty"`
}

// A Doubtful interaction may or may not be reported: its pairs count neither
// for nor against.
type Doubtful struct {
	Text         string   `json:"text"`
	Reason       string   `json:"reason,omitempty"`
	Participants []string `json:"participants,omitempty"`
}

// A Person is a named person with the surface forms the article uses.
type Person struct {
	Name     string   `json:"name"`
	Mentions []string `json:"mentions"`
}

// goldJSON tolerates null strings in gold files.
type goldJSON struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Events    []struct {
		Type         string   `json:"type"`
		Participants []string `json:"participants"`
		Date         *string  `json:"date"`
		DateText     *string  `json:"date_text"`
		Place        *string  `json:"place"`
		Status       string   `json:"status"`
		Evidence     []string `json:"evidence"`
		Note         string   `json:"note"`
	} `json:"events"`
	Doubtful []Doubtful `json:"doubtful"`
	People   []Person   `json:"people"`
	Places   []string   `json:"places"`
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ParseGold decodes one gold file.
func ParseGold(b []byte) (Article, error) {
	var g goldJSON
	if err := json.Unmarshal(b, &g); err != nil {
		return Article{}, err
	}
	a := Article{ID: g.ID, Published: g.Published, Doubtful: g.Doubtful, People: g.People, Places: g.Places}
	for _, e := range g.Events {
		a.Events = append(a.Events, Event{
			Type: e.Type, Participants: e.Participants, Date: str(e.Date), DateText: str(e.DateText),
			Place: str(e.Place), Status: e.Status, Evidence: e.Evidence, Note: e.Note,
		})
	}
	return a, nil
}

// LoadGold reads every gold file (NAME.json, not NAME.meta.json) of dir in
// fsys, sorted by name.
func LoadGold(fsys fs.FS, dir string) ([]Article, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var out []Article
	for _, n := range names {
		if strings.HasSuffix(n, ".meta.json") {
			continue
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, err
		}
		a, err := ParseGold(b)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", n, err)
		}
		if a.ID == "" {
			a.ID = strings.TrimSuffix(path.Base(n), ".json")
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no gold files (*.json) in %s", dir)
	}
	return out, nil
}

// A Meta is the sidecar of an article text: NAME.meta.json.
type Meta struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
}

// LoadArticle reads NAME.txt and NAME.meta.json from dir in fsys.
func LoadArticle(fsys fs.FS, dir, name string) (extract.Article, error) {
	txt, err := fs.ReadFile(fsys, path.Join(dir, name+".txt"))
	if err != nil {
		return extract.Article{}, err
	}
	a := extract.Article{ID: name, Text: string(txt)}
	mb, err := fs.ReadFile(fsys, path.Join(dir, name+".meta.json"))
	if err != nil {
		return extract.Article{}, err
	}
	var m Meta
	if err := json.Unmarshal(mb, &m); err != nil {
		return extract.Article{}, fmt.Errorf("%s.meta.json: %w", name, err)
	}
	if m.ID != "" {
		a.ID = m.ID
	}
	a.Title, a.URL, a.Outlet = m.Title, m.URL, m.Outlet
	if m.Published != "" {
		t, err := time.Parse(time.DateOnly, m.Published)
		if err != nil {
			return extract.Article{}, fmt.Errorf("%s.meta.json: published: %w", name, err)
		}
		a.Published = t
	}
	return a, nil
}

// FromDoc converts an extracted Doc into a predicted Article.
func FromDoc(d *extract.Doc) Article {
	a := Article{ID: d.ID}
	if !d.Published.IsZero() {
		a.Published = d.Published.Format(time.DateOnly)
	}
	for _, e := range d.Entities {
		if e.Kind == extract.Person {
			a.People = append(a.People, Person{Name: e.Name, Mentions: e.Aliases})
		}
	}
	for _, ev := range d.Events {
		pe := Event{Type: string(ev.Type), Status: string(ev.Status), Date: ev.Date.Value, DateText: ev.Date.Text}
		for _, i := range ev.Participants {
			pe.Participants = append(pe.Participants, d.Entities[i].Name)
		}
		if ev.Place != nil {
			pe.Place, pe.PlaceCity, pe.PlaceCountry, pe.PlaceWritten = ev.Place.Name, ev.Place.City, ev.Place.Country, ev.Place.Written
		}
		for _, sp := range ev.Evidence {
			pe.Evidence = append(pe.Evidence, d.Slice(sp))
		}
		a.Events = append(a.Events, pe)
	}
	return a
}

// acceptedRE finds alternatives allowed by a gold note: "'occurred' is accepted too".
var acceptedRE = regexp.MustCompile(`'(occurred|planned|negated)' (?:is )?accepted too`)

// statuses returns the statuses a gold event accepts.
func (e Event) statuses() []string {
	out := []string{e.Status}
	for _, m := range acceptedRE.FindAllStringSubmatch(e.Note, -1) {
		out = append(out, m[1])
	}
	return out
}
