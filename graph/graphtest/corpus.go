package graphtest

import (
	"fmt"
	"strings"
	"time"

	"newsgraph/extract"
)

// A builder makes a hand-written extract.Doc, finding spans by text.
type builder struct{ d *extract.Doc }

func newDoc(id, published, outlet, text string) *builder {
	t, err := time.Parse(time.DateOnly, published)
	if err != nil {
		panic(err)
	}
	d := &extract.Doc{Article: extract.Article{
		ID: id, URL: "https://example.com/" + id, Title: "Title of " + id,
		Outlet: outlet, Published: t, Text: text,
	}}
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			d.Sentences = append(d.Sentences, extract.Sentence{Span: extract.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return &builder{d: d}
}

// span returns the span of the first occurrence of s.
func (b *builder) span(s string) extract.Span {
	i := strings.Index(b.d.Text, s)
	if i < 0 {
		panic(fmt.Sprintf("graphtest: %q not in article %s", s, b.d.ID))
	}
	return extract.Span{Start: i, End: i + len(s)}
}

// sentence returns the span of the sentence containing s.
func (b *builder) sentence(s string) extract.Span {
	return b.d.Sentences[b.d.SentenceAt(b.span(s).Start)].Span
}

func (b *builder) person(name, country string, roles []string, aliases ...string) int {
	e := extract.Entity{Kind: extract.Person, Name: name, Aliases: append([]string{name}, aliases...), Country: country}
	for _, r := range roles {
		e.Roles = append(e.Roles, extract.Role{Title: r, Span: b.span(r)})
	}
	b.d.Entities = append(b.d.Entities, e)
	return len(b.d.Entities) - 1
}

func (b *builder) place(p extract.Place) *extract.Place {
	b.d.Entities = append(b.d.Entities, extract.Entity{Kind: extract.Location, Name: p.Name, Aliases: []string{p.Name}, Place: &p})
	return &p
}

func (b *builder) event(typ extract.EventType, st extract.Status, date, dateText string, place *extract.Place, trigger, evidence string, who ...int) {
	ev := extract.Event{Type: typ, Status: st, Participants: who, Place: place,
		Date: extract.Date{Value: date, Text: dateText}, Trigger: b.span(trigger),
		Evidence: []extract.Span{b.sentence(evidence)}}
	if dateText != "" {
		ev.Date.Span = b.span(dateText)
	}
	b.d.Events = append(b.d.Events, ev)
}

// Places of the corpus.
var (
	moscow = extract.Place{Name: "Moscow", Kind: extract.City, GeoID: 524901, Country: "Russia", CountryCode: "RU",
		Region: "Moscow", Latitude: 55.75222, Longitude: 37.61556, Population: 10381222}
	kremlin = extract.Place{Name: "the Kremlin", Kind: extract.Venue, Country: "Russia", CountryCode: "RU",
		City: "Moscow", CityGeoID: 524901, Latitude: 55.752, Longitude: 37.617}
	riyadh = extract.Place{Name: "Riyadh", Kind: extract.City, GeoID: 108410, Country: "Saudi Arabia", CountryCode: "SA",
		Region: "Riyadh Region", Latitude: 24.68773, Longitude: 46.72185, Population: 4205961}
	washington = extract.Place{Name: "Washington", Kind: extract.City, GeoID: 4140963, Country: "United States",
		CountryCode: "US", Latitude: 38.89511, Longitude: -77.03637, Population: 689545}
)

// Corpus returns four hand-annotated articles:
//
//   - a1 (2025-03-14): Putin met Witkoff in Moscow on 2025-03-13; Putin
//     spoke with Trump (undated call).
//   - a2 (2025-03-14): the same Putin–Witkoff meeting, at the Kremlin;
//     Zelenskyy met Mohammed bin Salman in Riyadh in 2025-03; Witkoff has a
//     merged alias "Vitkoff".
//   - a3 (2025-03-19): a Trump–Putin call on 2025-03-18; Trump met Zelensky
//     in Washington on 2025-02-28; a planned, undated Trump–Putin meeting.
//   - a4 (2025-04-02): John Smith and Jane Smith met (undated), so that the
//     surname "Smith" is ambiguous.
//
// Each call returns new Docs.
func Corpus() []*extract.Doc {
	b1 := newDoc("a1", "2025-03-14", "Reuters",
		"Russian President Vladimir Putin met US special envoy Steve Witkoff in Moscow on Thursday. Putin also spoke by phone with Donald Trump.")
	putin := b1.person("Vladimir Putin", "Russia", []string{"Russian President"}, "Putin")
	witkoff := b1.person("Steve Witkoff", "United States", []string{"US special envoy"})
	trump := b1.person("Donald Trump", "United States", nil)
	mos := b1.place(moscow)
	b1.event(extract.Meeting, extract.Occurred, "2025-03-13", "on Thursday", mos, "met", "met US special envoy", putin, witkoff)
	b1.event(extract.Call, extract.Occurred, "", "", nil, "spoke", "spoke by phone", putin, trump)

	b2 := newDoc("a2", "2025-03-14", "AP",
		"Steve Witkoff met Vladimir Putin at the Kremlin on March 13, 2025. Volodymyr Zelenskyy held talks with Mohammed bin Salman in Riyadh in March 2025.")
	witkoff = b2.person("Steve Witkoff", "United States", nil, "Witkoff", "Vitkoff")
	b2.d.Entities[witkoff].Merges = []extract.Merge{{Alias: "Vitkoff", Reason: "same role 'special envoy' in the same article", Confidence: 0.8}}
	putin = b2.person("Vladimir Putin", "Russia", nil, "Putin")
	zel := b2.person("Volodymyr Zelenskyy", "Ukraine", nil, "Zelenskyy")
	mbs := b2.person("Mohammed bin Salman", "Saudi Arabia", nil)
	kr := b2.place(kremlin)
	ri := b2.place(riyadh)
	b2.event(extract.Meeting, extract.Occurred, "2025-03-13", "on March 13, 2025", kr, "met", "at the Kremlin", witkoff, putin)
	b2.event(extract.Meeting, extract.Occurred, "2025-03", "in March 2025", ri, "talks", "held talks", zel, mbs)

	b3 := newDoc("a3", "2025-03-19", "Reuters",
		"Donald Trump and Vladimir Putin held a call on March 18. Trump had met Volodymyr Zelensky in Washington on February 28. Trump said he would meet Putin.")
	trump = b3.person("Donald Trump", "United States", nil, "Trump")
	putin = b3.person("Vladimir Putin", "Russia", nil, "Putin")
	zel = b3.person("Volodymyr Zelensky", "Ukraine", nil, "Zelensky")
	wa := b3.place(washington)
	b3.event(extract.Call, extract.Occurred, "2025-03-18", "on March 18", nil, "call", "held a call", trump, putin)
	b3.event(extract.Meeting, extract.Occurred, "2025-02-28", "on February 28", wa, "met", "had met", trump, zel)
	b3.event(extract.Meeting, extract.Planned, "", "", nil, "meet Putin", "would meet", trump, putin)

	b4 := newDoc("a4", "2025-04-02", "",
		"John Smith met Jane Smith.")
	john := b4.person("John Smith", "", nil)
	jane := b4.person("Jane Smith", "", nil)
	b4.event(extract.Meeting, extract.Occurred, "", "", nil, "met", "met", john, jane)

	return []*extract.Doc{b1.d, b2.d, b3.d, b4.d}
}
