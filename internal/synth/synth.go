// Package synth generates a deterministic synthetic corpus of English news
// articles about meetings and calls between real-sounding people in real
// places, for benchmarks and load, fault and worker tests.
//
// Article i of a Generator depends only on the Options and i, so a corpus can
// be generated in parts (one half per worker) and regenerated identically.
// Each article has about Options.Words words: paragraphs of reporting in
// varied patterns ("met", "held talks with", "spoke by phone", "hosted",
// "travelled to ... where she met", "will meet", "declined to meet", ...)
// with dates relative to the publication date ("on Thursday", "last week",
// "on March 3"), mixed with filler sentences that state no event.
//
// People are drawn from a pool of Options.People names composed from
// embedded given names and surnames, each with a nationality and a title;
// a Zipf law makes some of them frequent, as heads of state are in the news.
package synth

import (
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"strings"
	"time"

	"newsgraph/extract"
)

// Options configure a Generator. The zero value is usable.
type Options struct {
	Seed   uint64    // the same seed gives the same corpus
	People int       // size of the pool of people; 2,000 if zero
	From   time.Time // earliest publication date; 2024-01-01 if zero
	Days   int       // publication dates spread over this many days; 730 if zero
	Words  int       // approximate words an article; 500 if zero
}

// A person of the pool.
type person struct {
	Given, Surname string
	Female         bool
	Country        int // index into countries
	Title          string
}

func (p person) full() string { return p.Given + " " + p.Surname }

// A Generator makes synthetic articles. It is safe for concurrent use.
type Generator struct {
	opts   Options
	people []person // by rank: people[0] is the most frequent in the news
}

// New returns a Generator for opts.
func New(opts Options) *Generator {
	if opts.People <= 0 {
		opts.People = 2000
	}
	if opts.From.IsZero() {
		opts.From = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if opts.Days <= 0 {
		opts.Days = 730
	}
	if opts.Words <= 0 {
		opts.Words = 500
	}
	maxPeople := (len(maleNames) + len(femaleNames)) * len(surnames) / 2
	opts.People = min(opts.People, maxPeople)
	g := &Generator{opts: opts}
	r := rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	seen := make(map[string]bool)
	for len(g.people) < opts.People {
		p := person{Female: r.IntN(3) == 0, Country: r.IntN(len(countries))}
		if p.Female {
			p.Given = femaleNames[r.IntN(len(femaleNames))]
		} else {
			p.Given = maleNames[r.IntN(len(maleNames))]
		}
		p.Surname = surnames[r.IntN(len(surnames))]
		// Frequent people hold high office.
		switch rank := len(g.people); {
		case rank < len(countries)/2:
			p.Title = titles[r.IntN(2)]
		default:
			p.Title = titles[r.IntN(len(titles))]
		}
		if seen[p.full()] {
			continue
		}
		seen[p.full()] = true
		g.people = append(g.people, p)
	}
	return g
}

// Name returns the full name of the person of the given rank, 0 being the
// most frequent in the corpus, so that tests and benchmarks can ask about
// people who are in it. rank is taken modulo the pool size.
func (g *Generator) Name(rank int) string {
	return g.people[rank%len(g.people)].full()
}

// Surname returns the surname of the person of the given rank.
func (g *Generator) Surname(rank int) string {
	return g.people[rank%len(g.people)].Surname
}

// Published returns the publication date of article i.
func (g *Generator) Published(i int) time.Time {
	return g.Article(i).Published
}

// ID returns the id of article i.
func (g *Generator) ID(i int) string {
	return fmt.Sprintf("synth-%d-%07d", g.opts.Seed, i)
}

// Articles yields articles [from, to).
func (g *Generator) Articles(from, to int) iter.Seq[extract.Article] {
	return func(yield func(extract.Article) bool) {
		for i := from; i < to; i++ {
			if !yield(g.Article(i)) {
				return
			}
		}
	}
}

// jsonArticle is an article as a line of a .jsonl input file.
type jsonArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Text      string `json:"text"`
}

// WriteJSONL writes articles [from, to) to w as JSON Lines, in the format
// that newsgraph ingest reads from .jsonl files.
func (g *Generator) WriteJSONL(w io.Writer, from, to int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for a := range g.Articles(from, to) {
		err := enc.Encode(jsonArticle{ID: a.ID, URL: a.URL, Title: a.Title,
			Published: a.Published.Format(time.DateOnly), Outlet: a.Outlet, Text: a.Text})
		if err != nil {
			return fmt.Errorf("synth: write: %w", err)
		}
	}
	return nil
}

// Article returns article i.
func (g *Generator) Article(i int) extract.Article {
	a, _ := g.article(i)
	return a
}

// article returns article i and the writer that wrote it.
func (g *Generator) article(i int) (extract.Article, *writer) {
	r := rand.New(rand.NewPCG(g.opts.Seed, uint64(i)+1))
	a := &writer{g: g, r: r, said: map[int]bool{}, firstIn: map[int][2]int{}}
	a.pub = g.opts.From.AddDate(0, 0, r.IntN(g.opts.Days))
	a.zipf = rand.NewZipf(r, 1.1, 2, uint64(len(g.people)-1))
	a.cast = a.pickCast()
	title := a.write()
	text, _ := a.text()
	return extract.Article{
		ID:        g.ID(i),
		URL:       fmt.Sprintf("https://news.example/synth/%d/%07d", g.opts.Seed, i),
		Title:     title,
		Outlet:    outlets[r.IntN(len(outlets))],
		Published: a.pub,
		Text:      text,
	}, a
}

// A writer composes one article.
type writer struct {
	g     *Generator
	r     *rand.Rand
	zipf  *rand.Zipf
	pub   time.Time
	cast  []int        // ranks of the people in the article; cast[0] is the main one
	said  map[int]bool // people mentioned already (later mentions use the surname)
	paras [][]sentence
	nsent int    // sentences of the paragraph being written
	date  string // the ISO value of the last date written, "" if vague
	words int

	// What the sentence being written states, filled in by event and ref.
	cur     *truth
	firstIn map[int][2]int // person rank → paragraph and sentence of the first mention
}

// A sentence of the article and the event it states, if any.
type sentence struct {
	text string
	ev   *truth
}

// truth is an event as the generator wrote it.
type truth struct {
	typ    extract.EventType
	status extract.Status
	x, y   int    // ranks
	date   string // ISO date at the precision written, "" if vague
	city   string // "" if none
}

func (a *writer) pickCast() []int {
	n := 2 + a.r.IntN(3)
	cast := make([]int, 0, n)
	for len(cast) < n {
		p := int(a.zipf.Uint64())
		dup := false
		for _, c := range cast {
			dup = dup || c == p
		}
		if !dup {
			cast = append(cast, p)
		}
	}
	return cast
}

func (a *writer) pick(xs []string) string { return xs[a.r.IntN(len(xs))] }

// ref names person rank: in full with nationality and title the first time,
// by surname (or, now and then, in full) afterwards.
func (a *writer) ref(rank int) string {
	p := a.g.people[rank]
	if !a.said[rank] {
		a.said[rank] = true
		a.firstIn[rank] = [2]int{len(a.paras), a.nsent}
		c := countries[p.Country]
		if a.r.IntN(4) == 0 {
			return fmt.Sprintf("%s, the %s %s,", p.full(), c.Adj, p.Title)
		}
		return fmt.Sprintf("%s %s %s", c.Adj, p.Title, p.full())
	}
	if a.r.IntN(6) == 0 {
		return p.full()
	}
	return p.Surname
}

func (a *writer) pron(rank int) string {
	if a.g.people[rank].Female {
		return "she"
	}
	return "he"
}

func (a *writer) poss(rank int) string {
	if a.g.people[rank].Female {
		return "her"
	}
	return "his"
}

// city returns a city, preferring the countries of the cast.
func (a *writer) city() string {
	c := countries[a.r.IntN(len(countries))]
	if a.r.IntN(3) > 0 {
		c = countries[a.g.people[a.cast[a.r.IntN(len(a.cast))]].Country]
	}
	return c.Cities[a.r.IntN(len(c.Cities))]
}

// pastDate is an expression of a date before the publication date.
func (a *writer) pastDate() string {
	a.date = ""
	switch a.r.IntN(7) {
	case 0:
		a.date = a.pub.AddDate(0, 0, -1).Format(time.DateOnly)
		return "yesterday"
	case 1:
		return "last week"
	case 2:
		a.date = a.pub.Format("2006-01")
		return "earlier this month"
	case 3:
		d := a.pub.AddDate(0, 0, -(2 + a.r.IntN(25)))
		a.date = d.Format(time.DateOnly)
		return fmt.Sprintf("on %s %d", d.Month(), d.Day())
	case 4:
		d := a.pub.AddDate(0, 0, -(2 + a.r.IntN(25)))
		a.date = d.Format(time.DateOnly)
		return fmt.Sprintf("on %d %s", d.Day(), d.Month())
	default:
		d := a.pub.AddDate(0, 0, -(1 + a.r.IntN(6)))
		a.date = d.Format(time.DateOnly)
		return "on " + d.Weekday().String()
	}
}

// futureDate is an expression of a date after the publication date.
func (a *writer) futureDate() string {
	a.date = ""
	switch a.r.IntN(5) {
	case 0:
		return "next week"
	case 1:
		a.date = a.pub.Format("2006-01")
		return "later this month"
	case 2:
		d := a.pub.AddDate(0, 0, 2+a.r.IntN(25))
		a.date = d.Format(time.DateOnly)
		return fmt.Sprintf("on %s %d", d.Month(), d.Day())
	case 3:
		return "in the coming days"
	default:
		d := a.pub.AddDate(0, 0, 1+a.r.IntN(6))
		a.date = d.Format(time.DateOnly)
		return "on " + d.Weekday().String()
	}
}

// event returns a sentence that states a meeting or call between x and y,
// and sets a.cur to what it states.
func (a *writer) event(x, y int) string {
	s, typ, status, place := a.eventText(x, y)
	t := &truth{typ: typ, status: status, x: x, y: y, city: place}
	if status != extract.Negated {
		t.date = a.date
	}
	a.cur = t
	return s
}

// The event types and statuses, short.
const (
	meet, call             = extract.Meeting, extract.Call
	occurred, planned, not = extract.Occurred, extract.Planned, extract.Negated
)

// eventText returns a sentence stating an event between x and y, its type,
// status and the city it names as the place ("" for none).
func (a *writer) eventText(x, y int) (string, extract.EventType, extract.Status, string) {
	X, Y := a.ref(x), a.ref(y)
	city := a.city()
	switch a.r.IntN(20) {
	case 0:
		return fmt.Sprintf("%s met %s in %s %s.", X, Y, city, a.pastDate()), meet, occurred, city
	case 1:
		return fmt.Sprintf("%s held talks with %s in %s %s on %s.", X, Y, city, a.pastDate(), a.pick(topics)), meet, occurred, city
	case 2:
		return fmt.Sprintf("%s spoke by phone with %s %s, %s office said.", X, Y, a.pastDate(), a.poss(x)), call, occurred, ""
	case 3:
		return fmt.Sprintf("%s and %s discussed %s in a telephone call %s.", X, Y, a.pick(topics), a.pastDate()), call, occurred, ""
	case 4:
		place := city
		if v, ok := venues[city]; ok {
			place = v
		}
		return fmt.Sprintf("%s hosted %s at %s %s.", X, Y, place, a.pastDate()), meet, occurred, place
	case 5:
		return fmt.Sprintf("%s travelled to %s %s, where %s met %s.", X, city, a.pastDate(), a.pron(x), Y), meet, occurred, city
	case 6:
		return fmt.Sprintf("%s and %s met on the sidelines of the %s in %s %s.", X, Y, a.pick(summits), city, a.pastDate()), meet, occurred, city
	case 7:
		return fmt.Sprintf("%s had a video call with %s %s to discuss %s.", X, Y, a.pastDate(), a.pick(topics)), call, occurred, ""
	case 8:
		return fmt.Sprintf("In %s, %s sat down with %s for talks %s.", city, X, Y, a.pastDate()), meet, occurred, city
	case 9:
		return fmt.Sprintf("%s received %s in %s %s.", X, Y, city, a.pastDate()), meet, occurred, city
	case 10:
		return fmt.Sprintf("%s will meet %s in %s %s.", X, Y, city, a.futureDate()), meet, planned, city
	case 11:
		return fmt.Sprintf("%s is expected to hold talks with %s %s.", X, Y, a.futureDate()), meet, planned, ""
	case 12:
		return fmt.Sprintf("%s and %s are scheduled to speak by phone %s.", X, Y, a.futureDate()), call, planned, ""
	case 13:
		return fmt.Sprintf("%s said %s planned to visit %s %s to meet %s.", X, a.pron(x), city, a.futureDate(), Y), meet, planned, city
	case 14:
		return fmt.Sprintf("%s declined to meet %s during %s visit to %s.", X, Y, a.poss(x), city), meet, not, city
	case 15:
		return fmt.Sprintf("%s did not meet %s, %s spokesperson said.", X, Y, a.poss(x)), meet, not, ""
	case 16:
		return fmt.Sprintf("A planned call between %s and %s was cancelled %s.", X, Y, a.pastDate()), call, not, ""
	case 17:
		return fmt.Sprintf("%s phoned %s %s to discuss %s.", X, Y, a.pastDate(), a.pick(topics)), call, occurred, ""
	case 18:
		return fmt.Sprintf("%s welcomed %s to %s %s for a meeting on %s.", X, Y, city, a.pastDate(), a.pick(topics)), meet, occurred, city
	default:
		return fmt.Sprintf("%s and %s held a summit in %s %s.", X, Y, city, a.pastDate()), meet, occurred, city
	}
}

var quotes = []string{
	"We had a frank and useful exchange",
	"There is still a lot of work to do",
	"Our position has not changed",
	"We are ready to continue the dialogue",
	"This was a constructive meeting, and we agreed to stay in close contact",
	"Nobody should expect a breakthrough overnight",
	"We will judge them by their actions, not their words",
}

var adjectives = []string{"constructive", "difficult", "productive", "tense", "cordial", "frank"}

var commodities = []string{"oil", "wheat", "natural gas", "copper", "coffee", "gold"}

// filler returns a sentence that states no meeting or call.
func (a *writer) filler() string {
	someone := a.cast[a.r.IntN(len(a.cast))]
	c := countries[a.r.IntN(len(countries))]
	switch a.r.IntN(14) {
	case 0:
		return fmt.Sprintf("“%s,” %s told reporters in %s.", a.pick(quotes), a.ref(someone), a.city())
	case 1:
		return fmt.Sprintf("%s said the discussions on %s had been %s.", a.ref(someone), a.pick(topics), a.pick(adjectives))
	case 2:
		return fmt.Sprintf("The %s government has not commented on the reports.", c.Adj)
	case 3:
		return fmt.Sprintf("Analysts said %s would dominate the agenda for the coming months.", a.pick(topics))
	case 4:
		return fmt.Sprintf("%s has long insisted that %s must be settled through negotiation.", capital(c.the()), a.pick(topics))
	case 5:
		return fmt.Sprintf("Officials in %s said a joint statement would be published later.", a.city())
	case 6:
		return fmt.Sprintf("Opinion polls in %s put support for the government at %d per cent.", c.the(), 20+a.r.IntN(50))
	case 7:
		return fmt.Sprintf("%s, who took office in %d, has faced criticism at home over %s.", a.ref(someone), a.pub.Year()-1-a.r.IntN(6), a.pick(topics))
	case 8:
		return "Neither side gave details of what had been agreed, and no joint statement was issued."
	case 9:
		return fmt.Sprintf("Prices of %s fell by %d per cent in %s, traders said.", a.pick(commodities), 1+a.r.IntN(12), a.pub.AddDate(0, -1, 0).Month())
	case 10:
		return fmt.Sprintf("Several thousand protesters gathered outside the parliament in %s, demanding a change of course on %s.", a.city(), a.pick(topics))
	case 11:
		return fmt.Sprintf("The talks come amid continuing disagreement over %s after months of diplomacy.", a.pick(topics))
	case 12:
		return fmt.Sprintf("According to the ministry, %d officials from both delegations took part in the preparations.", 10+a.r.IntN(90))
	default:
		return fmt.Sprintf("Critics in %s accused the government of moving too slowly on %s, while its supporters praised its caution.", c.the(), a.pick(topics))
	}
}

// write composes the paragraphs and returns the headline.
func (a *writer) write() string {
	x, y := a.cast[0], a.cast[1]
	px, py := a.g.people[x], a.g.people[y]
	title := fmt.Sprintf("%s and %s hold talks on %s", px.Surname, py.Surname, a.pick(topics))
	noEvents := a.r.IntN(10) == 0 // some articles report no meeting at all
	if noEvents {
		title = fmt.Sprintf("%s under pressure over %s", px.Surname, a.pick(topics))
	}
	for a.words < a.g.opts.Words {
		var sents []sentence
		a.nsent = 0
		for n := 1 + a.r.IntN(3); n > 0; n-- {
			a.cur = nil
			var s string
			if !noEvents && (len(a.paras) == 0 && len(sents) == 0 || a.r.IntN(4) == 0) {
				// Events involve the main person mostly, the others sometimes.
				p, q := x, a.cast[1+a.r.IntN(len(a.cast)-1)]
				if a.r.IntN(4) == 0 && len(a.cast) > 2 {
					p = a.cast[1+a.r.IntN(len(a.cast)-1)]
					for q == p {
						q = a.cast[a.r.IntN(len(a.cast))]
					}
				}
				if len(a.paras) == 0 && len(sents) == 0 {
					p, q = x, y
				}
				s = a.event(p, q)
			} else {
				s = a.filler()
			}
			s = tidy.Replace(s)
			a.words += len(strings.Fields(s))
			sents = append(sents, sentence{text: s, ev: a.cur})
			a.nsent++
		}
		a.paras = append(a.paras, sents)
	}
	return title
}

// the returns the country's name as written in running text: "the United
// Kingdom", "France".
func (c country) the() string {
	if strings.HasPrefix(c.Name, "United ") || c.Name == "Netherlands" {
		return "the " + c.Name
	}
	return c.Name
}

// capital capitalises the first letter of s, which is ASCII.
func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// tidy removes the doubled punctuation that an appositive ("X, the US
// President,") leaves before a comma or full stop.
var tidy = strings.NewReplacer(",,", ",", ",.", ".")

// text joins the sentences, a space between sentences and a newline after
// each paragraph, and returns the text and the span of every sentence.
func (a *writer) text() (string, [][]extract.Span) {
	var b strings.Builder
	spans := make([][]extract.Span, len(a.paras))
	for i, p := range a.paras {
		for j, s := range p {
			if j > 0 {
				b.WriteByte(' ')
			}
			start := b.Len()
			b.WriteString(s.text)
			spans[i] = append(spans[i], extract.Span{Start: start, End: b.Len()})
		}
		b.WriteByte('\n')
	}
	return b.String(), spans
}
