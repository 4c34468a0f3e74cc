package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"newsgraph/extract"
)

// Counts are the raw tallies of one article or of a pool of articles.
type Counts struct {
	PairTP, PairFP, PairFN     int
	DateOK, DateN              int
	PlaceOK, PlaceN            int
	StatusOK, StatusN          int
	PeopleTP, PeoplePred, Gold int // people: matched predictions, predictions, gold people
	PeopleFound                int // gold people matched by some prediction
	Split                      int // gold people matched by more than one predicted person
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.PairTP += o.PairTP
	c.PairFP += o.PairFP
	c.PairFN += o.PairFN
	c.DateOK += o.DateOK
	c.DateN += o.DateN
	c.PlaceOK += o.PlaceOK
	c.PlaceN += o.PlaceN
	c.StatusOK += o.StatusOK
	c.StatusN += o.StatusN
	c.PeopleTP += o.PeopleTP
	c.PeoplePred += o.PeoplePred
	c.Gold += o.Gold
	c.PeopleFound += o.PeopleFound
	c.Split += o.Split
}

// Figures are the scores computed from Counts. A ratio with an empty
// denominator is 1.
type Figures struct {
	PairP, PairR, PairF1 float64
	Date, Place, Status  float64
	PeopleP, PeopleR     float64
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Figures computes the scores of c.
func (c Counts) Figures() Figures {
	f := Figures{
		PairP: ratio(c.PairTP, c.PairTP+c.PairFP), PairR: ratio(c.PairTP, c.PairTP+c.PairFN),
		Date: ratio(c.DateOK, c.DateN), Place: ratio(c.PlaceOK, c.PlaceN), Status: ratio(c.StatusOK, c.StatusN),
		PeopleP: ratio(c.PeopleTP, c.PeoplePred), PeopleR: ratio(c.PeopleFound, c.Gold),
	}
	if f.PairP+f.PairR > 0 {
		f.PairF1 = 2 * f.PairP * f.PairR / (f.PairP + f.PairR)
	}
	return f
}

// An ArticleReport is the score of one article and what went wrong.
type ArticleReport struct {
	ID     string
	Counts Counts
	Misses []string
}

// A Report is the score of a set of articles.
type Report struct {
	Articles []ArticleReport
	Total    Counts // pooled over all articles
}

// Score compares predicted articles with gold ones, matched by ID. A gold
// article without a prediction scores as an empty prediction.
func Score(gold []Article, predicted []Article) Report {
	byID := make(map[string]Article, len(predicted))
	for _, p := range predicted {
		byID[p.ID] = p
	}
	var r Report
	for _, g := range gold {
		ar := scoreArticle(g, byID[g.ID])
		r.Total.Add(ar.Counts)
		r.Articles = append(r.Articles, ar)
	}
	return r
}

// matcher maps names to gold people.
type matcher struct {
	gold    []Person
	names   []map[string]bool // PersonKey forms of each gold person's names
	surname map[string][]int
}

func newMatcher(people []Person) *matcher {
	m := &matcher{gold: people, surname: map[string][]int{}}
	for i, p := range people {
		set := map[string]bool{}
		for _, n := range append([]string{p.Name}, p.Mentions...) {
			// A mention may carry its apposition: "Sheikh Tahnoon bin Zayed,
			// National Security Adviser" names "Sheikh Tahnoon bin Zayed".
			name, _, _ := strings.Cut(n, ",")
			if k := extract.PersonKey(name); k != "" && !isPronoun(k) {
				set[k] = true
			}
		}
		m.names = append(m.names, set)
		if f := strings.Fields(extract.PersonKey(p.Name)); len(f) > 0 {
			m.surname[f[len(f)-1]] = append(m.surname[f[len(f)-1]], i)
		}
	}
	return m
}

func isPronoun(k string) bool {
	switch k {
	case "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "i", "me", "my", "we", "us", "our":
		return true
	}
	return false
}

// match returns the gold person any of names denotes, or -1.
func (m *matcher) match(names []string) int {
	for _, n := range names {
		k := extract.PersonKey(n)
		if k == "" {
			continue
		}
		for i, set := range m.names {
			if set[k] {
				return i
			}
		}
	}
	for _, n := range names {
		k := extract.PersonKey(n)
		if k == "" || !strings.Contains(k, " ") {
			continue
		}
		for i, set := range m.names {
			for g := range set {
				if strings.HasSuffix(g, " "+k) {
					return i
				}
			}
		}
	}
	for _, n := range names {
		f := strings.Fields(extract.PersonKey(n))
		if len(f) == 0 {
			continue
		}
		if ids := m.surname[f[len(f)-1]]; len(ids) == 1 {
			return ids[0]
		}
	}
	return -1
}

type pair struct{ a, b string }

func mkPair(a, b string) pair {
	if b < a {
		a, b = b, a
	}
	return pair{a, b}
}

func pairsOf(ids []string) []pair {
	var out []pair
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			if ids[i] != ids[j] {
				out = append(out, mkPair(ids[i], ids[j]))
			}
		}
	}
	return out
}

func scoreArticle(g, p Article) ArticleReport {
	ar := ArticleReport{ID: g.ID}
	m := newMatcher(g.People)
	c := &ar.Counts
	miss := func(format string, args ...any) { ar.Misses = append(ar.Misses, fmt.Sprintf(format, args...)) }

	// People.
	predFor := map[string][]string{} // predicted name → all its names
	claimed := map[int]int{}
	for _, pp := range p.People {
		names := append([]string{pp.Name}, pp.Mentions...)
		predFor[pp.Name] = names
		c.PeoplePred++
		i := m.match(names)
		switch {
		case i < 0:
			miss("spurious person %q", pp.Name)
		case claimed[i] > 0:
			miss("person %q split: also predicted as %q", g.People[i].Name, pp.Name)
			c.Split++
		default:
			c.PeopleTP++
		}
		if i >= 0 {
			claimed[i]++
		}
	}
	c.Gold = len(g.People)
	for i, gp := range g.People {
		if claimed[i] > 0 {
			c.PeopleFound++
		} else {
			miss("missed person %q", gp.Name)
		}
	}
	goldID := func(name string) string { // gold participant → its id
		if i := m.match([]string{name}); i >= 0 {
			return g.People[i].Name
		}
		return "gold:" + name
	}
	predID := func(name string) string {
		names := predFor[name]
		if names == nil {
			names = []string{name}
		}
		if i := m.match(names); i >= 0 {
			return g.People[i].Name
		}
		return "pred:" + name
	}

	// Pairs.
	goldPairs := map[pair]bool{}
	for _, e := range g.Events {
		for _, pr := range pairsOf(mapNames(e.Participants, goldID)) {
			goldPairs[pr] = true
		}
	}
	predPairs := map[pair][]int{} // pair → predicted events
	for k, e := range p.Events {
		for _, pr := range pairsOf(mapNames(e.Participants, predID)) {
			predPairs[pr] = append(predPairs[pr], k)
		}
	}
	for _, pr := range sortedPairs(predPairs) {
		switch {
		case goldPairs[pr]:
			c.PairTP++
		case doubtful(g, pr, p, predPairs[pr], m):
		default:
			c.PairFP++
			miss("spurious pair %s — %s (%s)", pr.a, pr.b, evidenceOf(p, predPairs[pr]))
		}
	}
	for _, pr := range sortedPairs(goldPairs) {
		if len(predPairs[pr]) == 0 {
			c.PairFN++
			miss("missed pair %s — %s", pr.a, pr.b)
		}
	}

	// Date, place and status over gold (event, pair), aligned one to one per pair.
	type gp struct {
		ev int
		pr pair
	}
	var items []gp
	for k, e := range g.Events {
		for _, pr := range pairsOf(mapNames(e.Participants, goldID)) {
			items = append(items, gp{k, pr})
		}
	}
	// Each pair's gold events take its predicted events one to one, so that
	// the most figures agree: "met in 1969" is the prediction dated 1969,
	// whichever of the pair's events the gold tells first.
	byPair := map[pair][]int{} // pair → indices into items
	for i, it := range items {
		byPair[it.pr] = append(byPair[it.pr], i)
	}
	assigned := make([]int, len(items)) // item → predicted event, or -1
	for pr, its := range byPair {
		evs := make([]Event, len(its))
		for n, i := range its {
			evs[n] = g.Events[items[i].ev]
		}
		for n, k := range align(evs, p.Events, predPairs[pr]) {
			assigned[its[n]] = k
		}
	}
	for i, it := range items {
		ge := g.Events[it.ev]
		var pe *Event
		if k := assigned[i]; k >= 0 {
			pe = &p.Events[k]
		}
		what := fmt.Sprintf("%s %s — %s", ge.Type, it.pr.a, it.pr.b)
		if ge.Date != "" {
			c.DateN++
			if pe != nil && dateAgrees(ge.Date, pe.Date) {
				c.DateOK++
			} else if pe != nil {
				miss("date of %s: got %q, want %s", what, pe.Date, ge.Date)
			}
		}
		if ge.Place != "" {
			c.PlaceN++
			if pe != nil && placeAgrees(ge.Place, *pe) {
				c.PlaceOK++
			} else if pe != nil {
				miss("place of %s: got %q, want %s", what, pe.Place, ge.Place)
			}
		}
		if ge.Status != "" {
			c.StatusN++
			if pe != nil && statusAgrees(ge, pe.Status) {
				c.StatusOK++
			} else if pe != nil {
				miss("status of %s: got %s, want %s", what, pe.Status, ge.Status)
			}
		}
	}
	return ar
}

// align gives each gold event one of the predicted events cand (indices
// into pred), each used once, or -1 when none is left: as many gold events
// as can be matched, and among such alignments the one where most dates,
// places, statuses and types agree. Small sets are searched in full; large
// ones, rare in news, take the best left for each gold event in turn.
func align(gold []Event, pred []Event, cand []int) []int {
	score := func(g Event, k int) int {
		s := agree(g, pred[k])
		if pred[k].Type == g.Type {
			s++
		}
		return s
	}
	out := make([]int, len(gold))
	for i := range out {
		out[i] = -1
	}
	used := make([]bool, len(cand))
	if len(gold) > 6 || len(cand) > 6 {
		for i, g := range gold {
			best, bestScore := -1, -1
			for c, k := range cand {
				if s := score(g, k); !used[c] && s > bestScore {
					best, bestScore = c, s
				}
			}
			if best >= 0 {
				used[best] = true
				out[i] = cand[best]
			}
		}
		return out
	}
	cur := make([]int, len(gold))
	bestN, bestScore := -1, -1
	var search func(i, n, total int)
	search = func(i, n, total int) {
		if i == len(gold) {
			if n > bestN || n == bestN && total > bestScore {
				bestN, bestScore = n, total
				copy(out, cur)
			}
			return
		}
		for c, k := range cand {
			if !used[c] {
				used[c] = true
				cur[i] = k
				search(i+1, n+1, total+score(gold[i], k))
				used[c] = false
			}
		}
		cur[i] = -1
		search(i+1, n, total)
	}
	search(0, 0, 0)
	return out
}

func agree(g, p Event) int {
	n := 0
	if g.Date != "" && dateAgrees(g.Date, p.Date) || g.Date == "" && p.Date == "" {
		n++
	}
	if g.Place != "" && placeAgrees(g.Place, p) || g.Place == "" && p.Place == "" {
		n++
	}
	if statusAgrees(g, p.Status) {
		n++
	}
	return n
}

// dateAgrees reports whether p agrees with g at g's precision.
func dateAgrees(g, p string) bool {
	return len(p) >= len(g) && p[:len(g)] == g
}

// placeAgrees reports whether the predicted place, its city or its country names g.
func placeAgrees(g string, p Event) bool {
	k := placeKey(g)
	for _, n := range []string{p.Place, p.PlaceCity, p.PlaceCountry, p.PlaceWritten} {
		if n != "" && placeKey(n) == k {
			return true
		}
	}
	return false
}

// placeKey folds a place name for comparison: case, accents, punctuation
// (Nuku‘alofa, Nuku'alofa), the spaces a hyphen stands for (Port-Vila, Port
// Vila), a leading "the" and a trailing "city" ("New York City" names New
// York, "Kuwait City" Kuwait) are ignored.
func placeKey(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\'', '‘', '’', 'ʻ', '`', '-', '.':
			return -1
		}
		return r
	}, s)
	k := strings.TrimPrefix(extract.Fold(s), "the ")
	return strings.ReplaceAll(strings.TrimSuffix(k, " city"), " ", "")
}

func statusAgrees(g Event, s string) bool {
	for _, x := range g.statuses() {
		if x == s {
			return true
		}
	}
	return false
}

// doubtful reports whether a predicted pair not in gold comes from a doubtful
// interaction: its evidence overlaps a doubtful text, or both people are
// named among the doubtful participants or in its text.
func doubtful(g Article, pr pair, p Article, evs []int, m *matcher) bool {
	for _, d := range g.Doubtful {
		if len(d.Participants) > 0 {
			ids := map[string]bool{}
			for _, n := range d.Participants {
				if i := m.match([]string{n}); i >= 0 {
					ids[g.People[i].Name] = true
				}
			}
			if ids[pr.a] && ids[pr.b] {
				return true
			}
			continue
		}
		dt := extract.Fold(d.Text)
		for _, k := range evs {
			for _, ev := range p.Events[k].Evidence {
				et := extract.Fold(ev)
				if et != "" && dt != "" && (strings.Contains(dt, et) || strings.Contains(et, dt)) {
					return true
				}
			}
		}
	}
	return false
}

func mapNames(names []string, f func(string) string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = f(n)
	}
	return out
}

func sortedPairs[V any](m map[pair]V) []pair {
	out := make([]pair, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].a != out[j].a {
			return out[i].a < out[j].a
		}
		return out[i].b < out[j].b
	})
	return out
}

func evidenceOf(p Article, evs []int) string {
	if len(evs) == 0 || len(p.Events[evs[0]].Evidence) == 0 {
		return ""
	}
	s := p.Events[evs[0]].Evidence[0]
	if len(s) > 120 {
		s = s[:120] + "…"
	}
	return fmt.Sprintf("%s: %q", p.Events[evs[0]].Type, s)
}

// Write prints r: one line per article, the pooled figures and, if misses is
// true, what went wrong in each article.
func (r Report) Write(w io.Writer, misses bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s %5s %5s %5s  %5s %5s %5s  %5s %5s\n", "article", "pairP", "pairR", "F1", "date", "place", "status", "pplP", "pplR")
	line := func(name string, c Counts) {
		f := c.Figures()
		fmt.Fprintf(&b, "%-28s %5.2f %5.2f %5.2f  %5.2f %5.2f %5.2f  %5.2f %5.2f\n", name, f.PairP, f.PairR, f.PairF1, f.Date, f.Place, f.Status, f.PeopleP, f.PeopleR)
	}
	for _, a := range r.Articles {
		line(a.ID, a.Counts)
	}
	line("ALL", r.Total)
	t := r.Total
	fmt.Fprintf(&b, "pairs: tp %d fp %d fn %d; date %d/%d, place %d/%d, status %d/%d; people %d/%d found, %d predicted, %d split\n",
		t.PairTP, t.PairFP, t.PairFN, t.DateOK, t.DateN, t.PlaceOK, t.PlaceN, t.StatusOK, t.StatusN, t.PeopleFound, t.Gold, t.PeoplePred, t.Split)
	if misses {
		for _, a := range r.Articles {
			if len(a.Misses) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n%s:\n", a.ID)
			for _, m := range a.Misses {
				fmt.Fprintf(&b, "  %s\n", m)
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
