package extract

import "strings"

// RuleTagger finds entity mentions with capitalisation, title words, given
// names and an optional Gazetteer. It is the baseline and fallback of the
// trained tagger: titles are peeled off person names into Mention.Role ("US
// President Donald Trump" → "Donald Trump", Role "US President"). A RuleTagger
// is safe for concurrent use.
type RuleTagger struct {
	Gazetteer Gazetteer   // may be nil
	Names     *GivenNames // may be nil

	// peopleOnly skips the classification of runs that cannot be people
	// (they are tagged Misc): CombinedTagger reads only the people.
	peopleOnly bool
}

// Tag implements Tagger.
func (t RuleTagger) Tag(d *Doc) ([]Mention, error) {
	t.Gazetteer = memoized(t.Gazetteer) // t is a copy: one memo per document
	var out []Mention
	toks := d.Tokens
	for _, s := range d.Sentences {
		i := s.First
		for i < s.Last {
			if !t.startsName(toks, i, s) {
				i++
				continue
			}
			j := i + 1
			for j < s.Last {
				w := toks[j].Text
				if isCap(w) && !dateWords[lower(w)] && !capStops[lower(w)] {
					j++
					continue
				}
				if lower(w) == "and" && deptWords[lower(toks[j-1].Text)] && j+1 < s.Last && isCap(toks[j+1].Text) && deptWords[lower(toks[j+1].Text)] {
					j += 2 // "Minister of Trade and Industry"
					continue
				}
				if nameJoiners[lower(w)] && j+1 < s.Last && isCap(toks[j+1].Text) && !dateWords[lower(toks[j+1].Text)] {
					j += 2
					continue
				}
				break
			}
			out = t.run(d, out, i, j)
			i = j
		}
	}
	return t.promote(d, out), nil
}

// amirGiven reports whether "Amir" opening the run toks[i:j] is a given name:
// two or more names follow it and none is a title or a patronymic particle
// ("Amir Khan Muttaqi", but "Amir Sheikh Mishal", "Amir Tamim bin Hamad").
func amirGiven(toks []Token, i, j int) bool {
	if j-i < 3 {
		return false
	}
	for k := i + 1; k < j; k++ {
		switch w := lower(toks[k].Text); {
		case titleWords[w] || w == "of" || w == "bin" || w == "ibn" || w == "al" || w == "bint":
			return false
		}
	}
	return true
}

func (t RuleTagger) startsName(toks []Token, i int, s Sentence) bool {
	w := toks[i].Text
	if !isCap(w) || dateWords[lower(w)] {
		return false
	}
	if capStops[lower(w)] {
		return false
	}
	return true
}

// run classifies the capitalised run toks[i:j] and appends its mentions.
func (t RuleTagger) run(d *Doc, out []Mention, i, j int) []Mention {
	toks := d.Tokens
	if j-i > 2 && postNominals[toks[j-1].Text] && isCap(toks[j-2].Text) && !titleWords[lower(toks[j-2].Text)] {
		j-- // "Hon. Pat Conroy MP": the letters after the name are no title of a name after them
	}
	for k := j - 2; k >= i; k-- {
		if compoundAdjective(toks[k].Text) {
			return t.run(d, out, k+1, j) // "the New York-based Jane Doe": the name after the adjective
		}
	}
	// Find the title prefix: up to the last title word, with "of X" absorbed.
	roleEnd, first := 0, -1
	for k := i; k < j; k++ {
		w := lower(toks[k].Text)
		switch {
		case w == "pm" && k > 0 && (startsDigit(toks[k-1].Text) || isPossessiveClitic(toks[k-1].Text)):
			// "at 5 PM Moscow time": the hour; "JoyNews' PM Express": a show
		case w == "amir" && k == i && amirGiven(toks, i, j):
			// "Amir Khan Muttaqi": a given name, not the ruler's title
		case titleWords[w] || w == "excellency" || w == "highness" || w == "majesty": // "His Excellency Sugiono"
			roleEnd = k + 1 - i
			if first < 0 {
				first = k
			}
		case w == "of" && k-i == roleEnd && roleEnd > 0 && k+1 < j:
			// "Minister of Foreign Affairs", "Minister of Trade and Industry":
			// the portfolio, leaving at least one word for the name.
			e := k + 2
			for e < j-1 && (deptWords[lower(toks[e-1].Text)] || lower(toks[e-1].Text) == "and") &&
				(deptWords[lower(toks[e].Text)] || lower(toks[e].Text) == "and") {
				e++
			}
			for e < j && adminNouns[lower(toks[e].Text)] {
				e++ // "Governor of Anambra State, X": the state's word is no name
			}
			roleEnd = e - i
			k = e - 1
		}
	}
	if roleEnd > 0 {
		// Tokens before the title that are not modifiers form a name of their own:
		// "Trump Vice President JD Vance".
		rs := first
		for rs > i {
			if roleModifiers[lower(toks[rs-1].Text)] || t.nationality(toks[rs-1].Text) != "" || orgWords[lower(toks[rs-1].Text)] {
				rs--
				continue
			}
			// A place of two or three words: "Hong Kong Financial Secretary".
			n := 0
			for w := 2; w <= 3 && rs-w >= i; w++ {
				if t.isPlace(d.Text[toks[rs-w].Start:toks[rs-1].End]) {
					n = w
				}
			}
			if n == 0 {
				break
			}
			rs -= n
		}
		if rs > i {
			out = t.run(d, out, i, rs)
		}
		if i+roleEnd >= j {
			return out // a title alone: "the Vice President"
		}
		ns := i + roleEnd
		if j-ns > 4 {
			return out
		}
		start := t.roleStart(toks, rs, d.Sentences[d.SentenceAt(toks[rs].Start)].First)
		return append(out, mention(d, ns, j, Person, d.Text[toks[start].Start:toks[ns-1].End]))
	}
	text := d.Text[toks[i].Start:toks[j-1].End]
	lw := lower(toks[j-1].Text)
	sent := d.Sentences[d.SentenceAt(toks[i].Start)]
	if t.peopleOnly && (j-i > 4 || !t.personEvidence(toks, i, j, sent)) {
		return append(out, mention(d, i, j, Misc, ""))
	}
	switch {
	case t.isPlace(text):
		kind := Location
		if p, ok := t.Gazetteer.Place(text, nil); ok && p.Kind == Venue {
			kind = Organization
		}
		return append(out, mention(d, i, j, kind, ""))
	case t.nationality(text) != "":
		if t.isCountryName(text) {
			return append(out, mention(d, i, j, Location, ""))
		}
		return append(out, mention(d, i, j, Misc, ""))
	case orgWords[lower(text)] || j-i > 1 && orgHeads[lw] || j-i == 1 && allCaps(text) && len(text) <= 5:
		return append(out, mention(d, i, j, Organization, ""))
	}
	if j-i > 4 {
		return append(out, mention(d, i, j, Misc, ""))
	}
	if rs := t.roleStart(toks, i, sent.First); rs < i {
		return append(out, mention(d, i, j, Person, d.Text[toks[rs].Start:toks[i-1].End]))
	}
	if t.Names.Known(toks[i].Text) && j-i > 1 {
		return append(out, mention(d, i, j, Person, ""))
	}
	if j-i == 1 {
		// "Vickov said", "said Vidok."
		if j < sent.Last && speechVerbs[lower(toks[j].Text)] || i > sent.First && speechVerbs[lower(toks[i-1].Text)] && (j == sent.Last || isPunct(toks[j].Text)) {
			return append(out, mention(d, i, j, Person, ""))
		}
	}
	return append(out, mention(d, i, j, Misc, ""))
}

// personEvidence reports whether the run toks[i:j] of sentence sent would
// be a person unless it names a place, a nationality or an organisation:
// the last three cases of run.
func (t RuleTagger) personEvidence(toks []Token, i, j int, sent Sentence) bool {
	if t.roleStart(toks, i, sent.First) < i || t.Names.Known(toks[i].Text) && j-i > 1 {
		return true
	}
	return j-i == 1 && (j < sent.Last && speechVerbs[lower(toks[j].Text)] ||
		i > sent.First && speechVerbs[lower(toks[i-1].Text)] && (j == sent.Last || isPunct(toks[j].Text)))
}

// roleStart returns the first token of a lower-case role written before the
// name at token i ("US special envoy", "Putin's envoy", "his Russian
// counterpart"), or i when there is none.
func (t RuleTagger) roleStart(toks []Token, i, first int) int {
	k, start, titled := i-1, i, false
	if k-2 >= first && toks[k].Text == ")" && retiredMarks[lower(toks[k-1].Text)] && toks[k-2].Text == "(" {
		k -= 3 // "Commodore (retd) Tanvir Ahmed Sikder"
	}
	if k < first || !titleWords[lower(toks[k].Text)] {
		return i
	}
	for k >= first {
		w := lower(toks[k].Text)
		switch {
		case titleWords[w]:
			titled = true
		case possessives[w]:
			return k
		case isPossessiveClitic(w) && k > first && isCap(toks[k-1].Text):
			k--
			for k > first && isCap(toks[k-1].Text) && !capStops[lower(toks[k-1].Text)] {
				k--
			}
			start = k
			k--
			continue
		case roleModifiers[w] || t.nationality(toks[k].Text) != "" || isCap(toks[k].Text) && !capStops[w] && !dateWords[w]:
		default:
			if titled {
				return start
			}
			return i
		}
		start = k
		k--
	}
	return start
}

// retiredMarks stand in brackets between a military rank and the name of
// one who has retired from it: "Brigadier (retd) X".
var retiredMarks = wordSet(`retd retd. rtd rtd. ret ret. retired`)

// promote re-tags single capitalised words that repeat a part of a person's
// name ("Zelenskyy" after "Volodymyr Zelenskyy") as people.
func (t RuleTagger) promote(d *Doc, ms []Mention) []Mention {
	parts := make(map[string]bool)
	for _, m := range ms {
		if m.Kind == Person && m.Last-m.First > 1 {
			for k := m.First; k < m.Last; k++ {
				parts[PersonKey(d.Tokens[k].Text)] = true
			}
		}
	}
	for i, m := range ms {
		if m.Kind != Person && m.Last-m.First == 1 && parts[PersonKey(m.Text)] && !t.isMajorPlace(m.Text) {
			ms[i].Kind = Person
		}
	}
	return ms
}

func (t RuleTagger) isPlace(s string) bool {
	if t.Gazetteer == nil {
		return false
	}
	p, ok := t.Gazetteer.Place(s, nil)
	return ok && p.Kind != ""
}

// isMajorPlace reports whether s names a country, a region or, by its own
// name, a city large enough that a person's name rarely shadows it ("Jordan",
// "Paris"), rather than a village or an old alternate name that a surname
// shares ("Tsang" for Cangzhou).
func (t RuleTagger) isMajorPlace(s string) bool {
	if t.Gazetteer == nil {
		return false
	}
	p, ok := t.Gazetteer.Place(s, nil)
	if !ok {
		if p, ok = t.Gazetteer.Place("the "+s, nil); ok && p.Kind != Venue {
			return false // only venues are written with "the" in the gazetteer: "the Qasr Al Watan"
		}
	}
	return ok && (p.Kind == Country || p.Kind == Region || p.Kind == Venue || p.Population >= 100000 && (Fold(p.Name) == Fold(s) || Fold(p.Name) == withoutArticle(Fold(s))))
}

// withoutArticle drops the Arabic article that a town's English name may
// keep or lose: "al khobar" is Khobar, as the gazetteer names it.
func withoutArticle(s string) string {
	for _, a := range []string{"al ", "al-", "el ", "el-"} {
		if r, ok := strings.CutPrefix(s, a); ok && r != "" {
			return r
		}
	}
	return s
}

func (t RuleTagger) isCountryName(s string) bool {
	if t.Gazetteer != nil {
		p, ok := t.Gazetteer.Country(s)
		return ok && Fold(p.Name) == Fold(s)
	}
	switch lower(s) {
	case "us", "u.s.", "usa", "uk", "u.k.":
		return true
	}
	return false
}

// nationality returns the country a nationality word or country name names, or "".
func (t RuleTagger) nationality(w string) string {
	return countryOf(t.Gazetteer, w)
}

// countryOf maps a country name, code or adjective to a country name using g,
// or a small built-in list when g is nil.
func countryOf(g Gazetteer, w string) string {
	if g != nil {
		if p, ok := g.Country(w); ok {
			return p.Name
		}
		return ""
	}
	return nationalities[lower(w)]
}

func isPunct(s string) bool {
	return s == "." || s == "," || s == ";" || s == ":" || s == "!" || s == "?" || isQuote(s)
}

func mention(d *Doc, i, j int, k Kind, role string) Mention {
	sp := Span{Start: d.Tokens[i].Start, End: d.Tokens[j-1].End}
	return Mention{Span: sp, Text: d.Text[sp.Start:sp.End], Kind: k, First: i, Last: j, Role: strings.TrimSpace(role)}
}
