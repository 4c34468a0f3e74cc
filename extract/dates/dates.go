package dates

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"newsgraph/extract"
)

// A Finder finds date and time expressions in English news text and
// normalises them against the publication date. Its zero value is ready to
// use, and it may be used by several goroutines at once.
type Finder struct{}

var _ extract.DateFinder = (*Finder)(nil)

// New returns a Finder.
func New() *Finder { return &Finder{} }

// FindDates returns the date expressions of text in order of position.
// base is the byte offset of text in the article and is added to every span;
// published is the publication date of the article, read in its own
// location. When published is zero, only expressions that name their year
// are returned.
func (*Finder) FindDates(text string, base int, published time.Time) []extract.DateMention {
	if !mayHaveDate(text) {
		return nil
	}
	p := parser{text: text}
	p.toks = tokenize(text, make([]token, 0, len(text)/5+4))
	if !published.IsZero() {
		y, m, d := published.Date()
		p.pub = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		p.hasPub = true
	}
	p.scan()
	if len(p.found) == 0 {
		return nil
	}
	p.attachTimes()
	out := make([]extract.DateMention, 0, len(p.found))
	for _, f := range p.found {
		s, e := p.toks[f.first].start, p.toks[f.end-1].end
		out = append(out, extract.DateMention{
			Date: extract.Date{
				Value: f.value,
				Text:  text[s:e],
				Span:  extract.Span{Start: base + s, End: base + e},
				Time:  f.time,
			},
			Ahead: f.ahead,
		})
	}
	return out
}

// A found is an expression over the tokens [first, end).
type found struct {
	first, end   int
	value, ahead string
	time         string
	timeOnly     bool // a clock time with no date of its own
	emit         bool // false for expressions matched only to be skipped
}

// A parser holds the state of one FindDates call.
type parser struct {
	text   string
	toks   []token
	pub    time.Time // publication day at UTC midnight
	hasPub bool
	found  []found
}

// scan matches expressions left to right, longest first, without overlap.
func (p *parser) scan() {
	for i := 0; i < len(p.toks); {
		if t := p.toks[i]; t.kind == tPunct || t.kind == tWord && t.lx.cls == cNone {
			i++ // every expression starts with a number or a lexicon word
			continue
		}
		f, ok := p.match(i)
		if !ok {
			i++
			continue
		}
		if f.emit {
			p.found = append(p.found, f)
		}
		i = f.end
	}
}

// word reports whether token i is a word of class c (and value v when v >= 0).
func (p *parser) word(i int, c class, v int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	return t.kind == tWord && t.lx.cls == c && (v < 0 || int(t.lx.val) == v)
}

// is reports whether token i is the word w (lower case, ASCII).
func (p *parser) is(i int, w string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	return t.kind == tWord && strings.EqualFold(p.text[t.start:t.end], w)
}

// punct reports whether token i is one of the runes in set.
func (p *parser) punct(i int, set string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := p.toks[i]
	return t.kind == tPunct && strings.ContainsRune(set, rune(t.num))
}

// adjacent reports whether tokens i and i+1 touch, with no space between.
func (p *parser) adjacent(i int) bool {
	return i >= 0 && i+1 < len(p.toks) && p.toks[i].end == p.toks[i+1].start
}

// lineStart reports whether token i opens a line of the text.
func (p *parser) lineStart(i int) bool {
	before := strings.TrimRight(p.text[:p.toks[i].start], " \t")
	return before == "" || strings.HasSuffix(before, "\n")
}

// name reports whether token i is a capitalised word the lexicon does not
// know, as after a first name that is also a month: "April Ryan".
func (p *parser) name(i int) bool {
	return i < len(p.toks) && p.toks[i].kind == tWord && p.toks[i].up && p.toks[i].lx.cls == cNone
}

// in reports whether token i, lower-cased, is in set; it does not allocate.
func (p *parser) in(i int, set map[string]bool) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return false
	}
	w := p.text[p.toks[i].start:p.toks[i].end]
	if len(w) > maxWord {
		return false
	}
	var buf [maxWord]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return set[string(buf[:len(w)])]
}

// num reports whether token i is a number.
func (p *parser) num(i int) bool { return i >= 0 && i < len(p.toks) && p.toks[i].kind == tNum }

// lower returns token i lower-cased, or "" when i is out of range.
func (p *parser) lower(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return strings.ToLower(p.text[p.toks[i].start:p.toks[i].end])
}

// match tries every pattern at token i: an optional preposition kept in
// Text (on, in, at), optional decorations (early, mid-, the end of), then
// a core expression.
func (p *parser) match(i int) (found, bool) {
	if f, ok := p.count(i); ok {
		return f, true
	}
	j, prep := i, ""
	if p.word(j, cPrep, -1) && p.toks[j].lx.flags&fKeepPrep != 0 {
		switch {
		case p.is(j, "on"):
			prep = "on"
		case p.is(j, "in"):
			prep = "in"
		default:
			prep = "at"
		}
		j++
	}
	j, decorated := p.decorations(j)
	if decorated && p.word(j, cPrep, -1) && p.toks[j].lx.flags&fKeepPrep != 0 {
		j++ // "late on Thursday", "earlier in March"
	}
	ctx := decorated || (j > 0 && (p.word(j-1, cPrep, -1) || p.word(j-1, cDecor, -1)))
	var f found
	var ok bool
	if decorated && p.is(j, "the") && (p.is(j+1, "year") || p.is(j+1, "month")) && j > 0 && p.is(j-1, "of") {
		f, ok = p.modified(j, j+1, mThis) // "before the end of the year": this year
	} else {
		f, ok = p.core(j, ctx)
	}
	if !ok {
		return found{}, false
	}
	if f.first != j {
		return f, true // the core dropped its first word: "the 2024 election"
	}
	f.first = i
	// Keep "on" before a day, "in" before a month or year, "at" before a time.
	keep := false
	switch prep {
	case "on":
		keep = len(f.value) == 10 || f.timeOnly
	case "in":
		keep = len(f.value) == 4 || len(f.value) == 7
	case "at":
		keep = f.timeOnly || f.time != ""
	}
	if prep != "" && !keep {
		f.first = i + 1
	}
	return f, true
}

// decorations skips the words that narrow a period without changing its
// value at the precision kept: early, mid, mid-, late, earlier, later, the
// end of, the beginning of, the start of, the middle of.
func (p *parser) decorations(j int) (int, bool) {
	k := j
	if p.is(k, "the") && p.word(k+1, cDecor, -1) && p.is(k+2, "of") {
		return k + 3, true
	}
	if !p.word(k, cDecor, -1) {
		return j, false
	}
	switch p.lower(k) {
	case "end", "beginning", "start", "middle":
		if p.is(k+1, "of") {
			return k + 2, true
		}
		return j, false
	}
	k++
	if p.punct(k, "-") && p.adjacent(k-1) {
		k++
	}
	return k, true
}

// core matches one date or time expression at token j. ctx reports whether
// a preposition or decoration precedes it, which an ambiguous month name
// ("May", "March") or a bare year needs.
func (p *parser) core(j int, ctx bool) (found, bool) {
	if j >= len(p.toks) {
		return found{}, false
	}
	t := p.toks[j]
	switch {
	case t.kind == tNum:
		if f, ok := p.explicit(j, ctx); ok {
			return f, true
		}
		return p.clock(j)
	case t.kind != tWord:
		return found{}, false
	}
	if m, d, n := p.holiday(j); n > 0 {
		return p.monthDay(j, j+n, m, d) // "on Boxing Day"
	}
	if f, ok := p.easter(j); ok {
		return f, true // "on Easter Sunday", "on Good Friday"
	}
	switch t.lx.cls {
	case cMod:
		return p.modified(j, j+1, int(t.lx.val))
	case cPrep:
		if p.is(j, "the") {
			if p.word(j+1, cMod, -1) {
				return p.modified(j, j+2, int(p.toks[j+1].lx.val))
			}
			if f, ok := p.dayAround(j); ok {
				return f, true
			}
			if p.word(j+1, cUnit, uWeekend) {
				return p.weekend(j, j+2, 0)
			}
			if p.word(j+1, cSeason, -1) {
				return p.season(j, j+1, 0) // "in the summer"
			}
			if f, ok := p.dayOfMonth(j); ok {
				return f, true // "on the 14th"
			}
			if p.num(j + 1) {
				return p.year(j+1, j+1) // "the 2024 election": Text "2024"
			}
		}
	case cWeekday:
		return p.weekday(j, j, 0)
	case cSeason:
		if y, e, ok := p.yearAfter(j + 1); ok && t.lx.flags&fAmbig == 0 {
			v := yearValue(y) // "summer 2024"
			return found{first: j, end: e, value: v, ahead: v, emit: v != ""}, true
		}
	case cMonth:
		return p.explicit(j, ctx)
	case cRelDay:
		return p.relDay(j)
	case cClock:
		return p.clock(j)
	}
	return found{}, false
}

// holiday matches a feast on a fixed day of the year, "Christmas Day",
// "Boxing Day", "New Year's Eve", returning its month, day and length in
// tokens (0 if none).
func (p *parser) holiday(j int) (time.Month, int, int) {
	switch w := p.lower(j); {
	case w == "boxing" && p.lower(j+1) == "day":
		return time.December, 26, 2
	case w == "christmas" && p.lower(j+1) == "eve":
		return time.December, 24, 2
	case w == "christmas" && p.lower(j+1) == "day":
		return time.December, 25, 2
	case w == "new" && p.lower(j+1) == "year":
		k := j + 2
		for k < len(p.toks) && k <= j+3 && (p.lower(k) == "'" || p.lower(k) == "’" || p.lower(k) == "s") {
			k++ // "Year's"
		}
		switch p.lower(k) {
		case "eve":
			return time.December, 31, k + 1 - j
		case "day":
			return time.January, 1, k + 1 - j
		}
	}
	return 0, 0, 0
}

// easter matches the days of Easter, whose date moves from year to year:
// "Easter Sunday", "Easter Day", "Easter Monday", "Good Friday", "Holy
// Saturday"; the one nearest publication.
func (p *parser) easter(j int) (found, bool) {
	shift := 0
	switch a, b := p.lower(j), p.lower(j+1); {
	case a == "easter" && (b == "sunday" || b == "day"):
	case a == "easter" && b == "monday":
		shift = 1
	case a == "good" && b == "friday" && p.toks[j].up:
		shift = -2
	case a == "holy" && b == "saturday" && p.toks[j].up:
		shift = -1
	default:
		return found{}, false
	}
	if !p.hasPub {
		return found{first: j, end: j + 2}, true
	}
	best, bestDist := time.Time{}, 0
	for y := p.pub.Year() - 1; y <= p.pub.Year()+1; y++ {
		c := easterSunday(y).AddDate(0, 0, shift)
		if dist := int(c.Sub(p.pub).Abs().Hours()); best.IsZero() || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	v := dayValue(best)
	return found{first: j, end: j + 2, value: v, ahead: v, emit: true}, true
}

// easterSunday returns the day of (Western) Easter in year y, by the
// anonymous Gregorian computus.
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// modified matches "last", "next", "this", "past" or "coming" (at k-1,
// possibly after "the" at j) followed by a weekday, a month name, a unit or
// a part of the day.
func (p *parser) modified(j, k, mod int) (found, bool) {
	if mod == mThis && p.is(k, "past") {
		mod, k = mLast, k+1 // "this past weekend"
	}
	the := p.is(j, "the")
	switch {
	case p.word(k, cWeekday, -1):
		return p.weekday(j, k, mod)
	case p.word(k, cMonth, -1) && p.toks[k].lx.flags&fAbbrev == 0 && (p.toks[k].up || p.toks[k].lx.flags&fAmbig == 0):
		return p.monthName(j, k, mod)
	case p.word(k, cSeason, -1):
		return p.season(j, k, mod) // "last spring", "this autumn"
	case p.word(k, cPart, -1):
		switch {
		case mod == mThis && !p.is(k, "night"):
			return p.day(j, k+1, 0)
		case mod == mLast && p.is(k, "night"):
			return p.day(j, k+1, -1)
		}
		return found{}, false
	case p.word(k, cVague, -1) || p.num(k) || p.word(k, cNum, -1) || p.word(k, cUnit, -1) && p.toks[k].lx.flags&fPlural != 0:
		// "the coming days", "the past few weeks", "the next two years":
		// a stretch of time, not a date.
		e := k
		for e < len(p.toks) && e < k+4 && !p.word(e, cUnit, -1) {
			e++
		}
		if p.word(e, cUnit, -1) && p.toks[e].lx.flags&fPlural != 0 {
			return found{first: j, end: e + 1}, true
		}
		return found{}, false
	case !p.word(k, cUnit, -1):
		return found{}, false
	}
	if !p.hasPub {
		return found{first: j, end: k + 1}, true
	}
	unit := int(p.toks[k].lx.val)
	end := k + 1
	pub := p.pub
	switch unit {
	case uDay:
		return found{}, false
	case uWeekend:
		return p.weekend(j, end, mod)
	case uWeek, uFortnight:
		n := 7
		if unit == uFortnight {
			n = 14
		}
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		var a, b time.Time
		switch {
		case mod == mThis:
			// The days so far for a past event ("arrived this week"), the
			// days left for a planned one.
			v, ahead := weekValue(monday, pub), weekValue(pub, monday.AddDate(0, 0, 6))
			return found{first: j, end: end, value: v, ahead: ahead, emit: v != "" || ahead != ""}, true
		case (mod == mLast || mod == mPast) && the:
			a, b = pub.AddDate(0, 0, -n), pub
		case mod == mLast || mod == mPast:
			a, b = monday.AddDate(0, 0, -7), monday.AddDate(0, 0, -1)
		case (mod == mNext || mod == mComing) && (the || mod == mComing):
			a, b = pub.AddDate(0, 0, 1), pub.AddDate(0, 0, n)
		default:
			a, b = monday.AddDate(0, 0, 7), monday.AddDate(0, 0, 13)
		}
		if unit == uFortnight && !the {
			return found{}, false
		}
		v := weekValue(a, b)
		return found{first: j, end: end, value: v, ahead: v, emit: v != ""}, true
	case uMonth:
		y, m := pub.Year(), pub.Month()
		switch mod {
		case mLast, mPast:
			if the {
				v := spanValue(pub.AddDate(0, -1, 0), pub)
				return found{first: j, end: end, value: v, ahead: v, emit: v != ""}, true
			}
			y, m = addMonths(y, m, -1)
		case mNext, mComing:
			if the {
				v := spanValue(pub, pub.AddDate(0, 1, 0))
				return found{first: j, end: end, value: v, ahead: v, emit: v != ""}, true
			}
			y, m = addMonths(y, m, 1)
		}
		v := monthValue(y, m)
		return found{first: j, end: end, value: v, ahead: v, emit: true}, true
	case uYear:
		y := pub.Year()
		switch mod {
		case mLast, mPast:
			if the {
				return found{first: j, end: end}, true
			}
			y--
		case mNext, mComing:
			if the {
				return found{first: j, end: end}, true
			}
			y++
		}
		v := yearValue(y)
		return found{first: j, end: end, value: v, ahead: v, emit: true}, true
	}
	return found{}, false
}

// weekend matches a weekend (mod 0: the most recent one, or the coming one
// ahead) ending before token end.
func (p *parser) weekend(j, end, mod int) (found, bool) {
	if !p.hasPub {
		return found{first: j, end: end}, true
	}
	pub := p.pub
	monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
	sat := monday.AddDate(0, 0, 5)
	var v, ahead string
	switch mod {
	case mThis:
		v = spanValue(sat, sat.AddDate(0, 0, 1))
		ahead = v
	case mLast, mPast:
		v = spanValue(sat.AddDate(0, 0, -7), sat.AddDate(0, 0, -6))
		ahead = v
	case mNext, mComing:
		v = spanValue(sat.AddDate(0, 0, 7), sat.AddDate(0, 0, 8))
		ahead = v
	default:
		past := sat
		if pub.Before(sat) {
			past = sat.AddDate(0, 0, -7)
		}
		v = spanValue(past, past.AddDate(0, 0, 1))
		ahead = spanValue(sat, sat.AddDate(0, 0, 1))
	}
	return found{first: j, end: end, value: v, ahead: ahead, emit: v != ""}, true
}

// weekday matches the weekday at token k, after a modifier at k-1 or not
// (mod 0), possibly followed by an explicit date ("Thursday, March 6") or a
// part of the day ("Thursday night").
func (p *parser) weekday(j, k, mod int) (found, bool) {
	if p.in(k+1, notDate) || p.in(k-1, notDateBefore) || (p.is(k-1, "on") && p.in(k-2, notDateBefore)) {
		return found{first: j, end: k + 1}, true
	}
	if mod == 0 {
		// "Thursday, March 6, 2025", "Thursday (March 6)".
		e := k + 1
		paren := p.punct(e, "(")
		if paren || p.punct(e, ",") {
			e++
		}
		if f, ok := p.explicit(e, true); ok && f.emit && len(f.value) == 10 {
			f.first = j
			if paren && p.punct(f.end, ")") {
				f.end++
			}
			return f, true
		}
		if f, ok := p.weekdayTheNth(j, k, e); ok {
			return f, true // "On Thursday the 19th"
		}
	}
	end := k + 1
	if p.word(end, cPart, -1) {
		end++
	}
	if !p.hasPub {
		return found{first: j, end: end}, true
	}
	wd := int(p.toks[k].lx.val)
	pw := int(p.pub.Weekday())
	back := (pw - wd + 7) % 7
	fwd := (wd - pw + 7) % 7
	if w := 0; mod == 0 && p.is(end+1, "week") {
		switch {
		case p.is(end, "next"):
			w = 1
		case p.is(end, "last"):
			w = -1
		case p.is(end, "this"):
			w = 0
		default:
			w = 2
		}
		if w != 2 {
			// "on Thursday next week", "Monday last week": that weekday of
			// the week named, weeks running Monday to Sunday
			monday := p.pub.AddDate(0, 0, -((pw+6)%7)+7*w)
			v := dayValue(monday.AddDate(0, 0, (wd+6)%7))
			return found{first: j, end: end + 2, value: v, ahead: v, emit: true}, true
		}
	}
	if mod != 0 && (p.is(end, "and") || p.is(end, "to") || p.is(end, "or")) && p.word(end+1, cWeekday, -1) {
		end += 2 // "next Wednesday and Thursday": the days of one week, from the first
	}
	switch mod {
	case mLast, mPast:
		if back == 0 {
			back = 7
		}
		v := dayValue(p.pub.AddDate(0, 0, -back))
		return found{first: j, end: end, value: v, ahead: v, emit: true}, true
	case mNext, mComing:
		if fwd == 0 {
			fwd = 7
		}
		v := dayValue(p.pub.AddDate(0, 0, fwd))
		return found{first: j, end: end, value: v, ahead: v, emit: true}, true
	}
	return found{first: j, end: end,
		value: dayValue(p.pub.AddDate(0, 0, -back)),
		ahead: dayValue(p.pub.AddDate(0, 0, fwd)),
		emit:  true}, true
}

// weekdayTheNth matches a weekday at k with the day of the month after it at
// e, "Thursday the 19th": the last such day on or before publication, or
// the next one on or after it, within a year.
func (p *parser) weekdayTheNth(j, k, e int) (found, bool) {
	if !p.is(e, "the") || !p.num(e+1) || !p.adjacent(e+1) || !ordinal(p.lower(e+2)) {
		return found{}, false
	}
	n, end, ok := p.dayNumber(e + 1)
	if !ok || n < 1 || n > 31 {
		return found{}, false
	}
	if !p.hasPub {
		return found{first: j, end: end}, true
	}
	wd := time.Weekday(p.toks[k].lx.val)
	var back, fwd string
	for i := 0; i <= 12 && (back == "" || fwd == ""); i++ {
		y, m := addMonths(p.pub.Year(), p.pub.Month(), -i)
		if t := time.Date(y, m, n, 0, 0, 0, 0, time.UTC); back == "" && n <= daysIn(y, m) && t.Weekday() == wd && !t.After(p.pub) {
			back = dayValue(t)
		}
		y, m = addMonths(p.pub.Year(), p.pub.Month(), i)
		if t := time.Date(y, m, n, 0, 0, 0, 0, time.UTC); fwd == "" && n <= daysIn(y, m) && t.Weekday() == wd && !t.Before(p.pub) {
			fwd = dayValue(t)
		}
	}
	if back == "" || fwd == "" {
		return found{}, false
	}
	return found{first: j, end: end, value: back, ahead: fwd, emit: true}, true
}

// monthName matches a month name with no day or year after a modifier:
// "last November", "next March", "this May".
func (p *parser) monthName(j, k, mod int) (found, bool) {
	if !p.hasPub {
		return found{first: j, end: k + 1}, true
	}
	m := time.Month(p.toks[k].lx.val)
	y, pm := p.pub.Year(), p.pub.Month()
	switch mod {
	case mLast, mPast:
		if m >= pm {
			y--
		}
	case mNext, mComing:
		if m <= pm {
			y++
		}
	}
	v := monthValue(y, m)
	return found{first: j, end: k + 1, value: v, ahead: v, emit: true}, true
}

// day returns a day-precision expression offset days from publication.
func (p *parser) day(j, end, offset int) (found, bool) {
	if !p.hasPub {
		return found{first: j, end: end}, true
	}
	v := dayValue(p.pub.AddDate(0, 0, offset))
	return found{first: j, end: end, value: v, ahead: v, emit: true}, true
}

// relDay matches today, tonight, yesterday and tomorrow, with a part of
// the day after them ("yesterday morning").
func (p *parser) relDay(j int) (found, bool) {
	if p.is(j-1, "from") {
		return found{}, false // "from today": a starting point, not a date
	}
	if j > 0 && p.toks[j].up && p.toks[j-1].kind == tWord && p.toks[j-1].up && !p.adjacent(j-1) {
		return found{first: j, end: j + 1}, true // "USA Today", "told L'Orient Today": a name
	}
	end := j + 1
	if p.word(end, cPart, -1) {
		end++
	}
	return p.day(j, end, int(p.toks[j].lx.val))
}

// dayAround matches "the day before yesterday" and "the day after tomorrow".
func (p *parser) dayAround(j int) (found, bool) {
	if !p.word(j+1, cUnit, uDay) || p.toks[j+1].lx.flags&fPlural != 0 {
		return found{}, false
	}
	switch {
	case p.is(j+2, "before") && p.is(j+3, "yesterday"):
		return p.day(j, j+4, -2)
	case p.is(j+2, "after") && p.is(j+3, "tomorrow"):
		return p.day(j, j+4, 2)
	}
	return found{}, false
}

// count matches counted offsets: "two days ago", "a week ago", "in three
// weeks", "two weeks from now". Offsets from another event ("two days
// before the deadline", "a week later") and vague ones ("10 or 12 days from
// today") are skipped without a value.
func (p *parser) count(i int) (found, bool) {
	j := i
	in := false
	switch {
	case p.is(j, "in"):
		in = true
		j++
	case p.is(j, "within"):
		j++
		in = true
	}
	n, k, ok := p.number(j)
	if !ok {
		return found{}, false
	}
	vague := false
	if (p.is(k, "or") || p.is(k, "to") || p.punct(k, "-–")) && !p.word(k+1, cUnit, -1) {
		if _, k2, ok := p.number(k + 1); ok {
			vague, k = true, k2
		}
	}
	if !p.word(k, cUnit, -1) || p.word(k, cUnit, uWeekend) {
		return found{}, false
	}
	plural := p.toks[k].lx.flags&fPlural != 0
	if plural != (n != 1) && !vague {
		return found{}, false
	}
	unit := int(p.toks[k].lx.val)
	end := k + 1
	sign := 0
	switch {
	case p.word(end, cAgo, -1):
		sign = -1
		end++
	case p.is(end, "from") && (p.is(end+1, "now") || p.is(end+1, "today")):
		sign = 1
		end += 2
	case p.is(end, "later") || p.is(end, "earlier") || p.is(end, "before") || p.is(end, "after") || p.is(end, "prior"):
		return found{first: i, end: end + 1}, true
	case in && p.is(i, "in") && unit != uYear && !p.is(end, "of") && !p.stretch(i):
		sign = 1
		if p.is(end, "time") {
			end++
		} else if p.punct(end, "'’") && p.is(end+1, "time") {
			end += 2
		}
	case in:
		return found{first: i, end: end}, true
	default:
		return found{}, false
	}
	if in && sign < 0 {
		i++ // "in" is not part of "in two days ago"
	}
	if vague || !p.hasPub {
		return found{first: i, end: end}, true
	}
	var v string
	switch unit {
	case uDay:
		v = dayValue(p.pub.AddDate(0, 0, sign*n))
	case uWeek:
		v = dayValue(p.pub.AddDate(0, 0, sign*7*n))
	case uFortnight:
		v = dayValue(p.pub.AddDate(0, 0, sign*14*n))
	case uMonth:
		v = monthValue(addMonths(p.pub.Year(), p.pub.Month(), sign*n))
	case uYear:
		v = yearValue(p.pub.Year() + sign*n)
	}
	if v == "" {
		return found{first: i, end: end}, true
	}
	return found{first: i, end: end, value: v, ahead: v, emit: true}, true
}

// stretch reports whether "in N units" at token i is a stretch of time
// ("the first time in two months", "the highest in three weeks", "the first
// talks between them in three years") rather than a future date: a word of
// comparison in the eight words before it makes it one. "in N years" is
// always taken as a stretch.
func (p *parser) stretch(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if p.toks[k].kind != tWord {
			continue
		}
		switch w := p.lower(k); w {
		case "first", "last", "time", "times", "ever", "since", "record", "once", "twice", "only", "most", "least":
			return true
		default:
			if len(w) > 4 && strings.HasSuffix(w, "est") {
				return true
			}
		}
	}
	return false
}

// number reads a small count at token j: digits (1..999), a number word, or
// "a"/"an". It returns the count and the index after it.
func (p *parser) number(j int) (int, int, bool) {
	if j >= len(p.toks) {
		return 0, j, false
	}
	t := p.toks[j]
	switch {
	case t.kind == tNum && t.digits() <= 3 && t.num > 0 && !(p.punct(j-1, ".,:/") && p.adjacent(j-1)) && !(p.punct(j+1, ".,:/%") && p.adjacent(j)):
		return t.num, j + 1, true
	case t.kind == tWord && t.lx.cls == cNum:
		return int(t.lx.val), j + 1, true
	}
	return 0, j, false
}

// explicit matches dates written with numbers or month names: "March 6,
// 2025", "6 March 2025", "Mar. 6", "May 10-11", "March 2022", "November",
// "2025-03-06", "in 2022".
func (p *parser) explicit(j int, ctx bool) (found, bool) {
	if j >= len(p.toks) {
		return found{}, false
	}
	t := p.toks[j]
	if t.kind == tNum {
		if f, ok := p.iso(j); ok {
			return f, true
		}
		if t.digits() <= 2 && t.num >= 1 && t.num <= 31 {
			if f, ok := p.dayMonth(j); ok {
				return f, true
			}
		}
		if t.digits() == 4 {
			return p.year(j, j)
		}
		return found{}, false
	}
	if t.kind != tWord || t.lx.cls != cMonth {
		return found{}, false
	}
	if t.lx.flags&(fAbbrev|fAmbig) != 0 && !t.up {
		return found{}, false
	}
	m := time.Month(t.lx.val)
	k := j + 1
	if t.lx.flags&fAbbrev != 0 && p.punct(k, ".") && p.adjacent(j) {
		k++
	}
	// Month Day[-Day][,] [Year]
	if d, e, ok := p.dayNumber(k); ok {
		if y, e2, ok := p.yearAfter(e); ok {
			return p.fullDate(j, e2, y, m, d)
		}
		if y, e2, ok := p.relYear(e); ok {
			return p.fullDate(j, e2, y, m, d) // "March 3 last year"
		}
		return p.monthDay(j, e, m, d)
	}
	if y, e, ok := p.relYear(k); ok {
		return p.fullMonth(j, e, y, m) // "in March last year", "in May of next year"
	}
	// Month [of] Year
	if y, e, ok := p.yearAfter(k); ok && !p.punct(k, ",") {
		return p.fullMonth(j, e, y, m)
	}
	if p.is(k, "of") {
		if y, e, ok := p.yearAfter(k + 1); ok {
			return p.fullMonth(j, e, y, m)
		}
	}
	// The first month of a range takes the year of the second: "between
	// March and May 2023", "from June to August 2021".
	if (p.is(k, "and") || p.is(k, "to") || p.is(k, "through") || p.is(k, "until")) && k+1 < len(p.toks) &&
		p.toks[k+1].kind == tWord && p.toks[k+1].lx.cls == cMonth && time.Month(p.toks[k+1].lx.val) > m {
		if y, _, ok := p.yearAfter(k + 2); ok {
			return p.fullMonth(j, k, y, m)
		}
	}
	// A dash after the month heads an entry of a timeline: "June – A third meeting".
	dashed := p.punct(k, "–—-") && !p.adjacent(j) && !p.adjacent(k)
	// So does a colon after a month that opens a line: "May: Jagdeo holds a video conference".
	dashed = dashed || p.punct(k, ":") && p.lineStart(j)
	if t.lx.flags&fAbbrev != 0 || (t.lx.flags&fAmbig != 0 && (!ctx && !dashed || p.name(k))) || p.in(k, notDate) {
		return found{}, false
	}
	if !p.hasPub {
		return found{first: j, end: k}, true
	}
	y, pm := p.pub.Year(), p.pub.Month()
	v := monthValue(y, m)
	if m > pm {
		v = monthValue(y-1, m)
	}
	ahead := monthValue(y, m)
	if m < pm {
		ahead = monthValue(y+1, m)
	}
	return found{first: j, end: k, value: v, ahead: ahead, emit: true}, true
}

// relYear reads "last year", "this year", "next year" (after an optional
// "of") at k: the year, counted from publication, and the end.
func (p *parser) relYear(k int) (int, int, bool) {
	if p.is(k, "of") {
		k++
	}
	if !p.hasPub || !p.word(k, cMod, -1) || !p.word(k+1, cUnit, uYear) {
		return 0, k, false
	}
	y := p.pub.Year()
	switch p.toks[k].lx.val {
	case mLast, mPast:
		y--
	case mNext, mComing:
		y++
	}
	return y, k + 2, true
}

// season matches a season named at k, with a modifier (mod) or "the" at j:
// its year, counted from publication. The seasons are the northern ones
// (spring from March); winter spans two years and has no value.
func (p *parser) season(j, k, mod int) (found, bool) {
	if !p.hasPub {
		return found{first: j, end: k + 1}, true
	}
	if p.toks[k].lx.flags&fAmbig != 0 && mod == 0 {
		return found{}, false // "the fall of Kabul"
	}
	sm := time.Month(p.toks[k].lx.val)
	if sm == time.December {
		return found{first: j, end: k + 1}, true
	}
	y, pm := p.pub.Year(), p.pub.Month()
	started, over := pm >= sm, pm > sm+2
	var v, ahead int
	switch mod {
	case mLast, mPast:
		v = y
		if !over {
			v = y - 1
		}
		ahead = v
	case mNext, mComing:
		v = y
		if started {
			v = y + 1
		}
		ahead = v
	case mThis:
		v, ahead = y, y
	default: // "in the summer": the last one, or the coming one ahead
		v, ahead = y, y
		if !started {
			v = y - 1
		}
		if over {
			ahead = y + 1
		}
	}
	return found{first: j, end: k + 1, value: yearValue(v), ahead: yearValue(ahead), emit: true}, true
}

// dayNumber reads a day of the month at k, with an ordinal suffix ("6th")
// and a range ("10-11") after it; the first day is returned.
func (p *parser) dayNumber(k int) (int, int, bool) {
	if k >= len(p.toks) {
		return 0, k, false
	}
	t := p.toks[k]
	if t.kind != tNum || t.digits() > 2 || t.num < 1 || t.num > 31 || p.punct(k+1, ":") && p.adjacent(k) && p.num(k+2) || p.punct(k+1, ".") && p.adjacent(k) && k+2 < len(p.toks) && p.toks[k+2].kind == tNum {
		return 0, k, false
	}
	e := k + 1
	if p.adjacent(k) && ordinal(p.lower(e)) {
		e++
	}
	if p.punct(e, "-–") && e+1 < len(p.toks) {
		if n := p.toks[e+1]; n.kind == tNum && n.digits() <= 2 && n.num > t.num && n.num <= 31 {
			e += 2
			if p.adjacent(e-1) && ordinal(p.lower(e)) {
				e++
			}
		}
	}
	return t.num, e, true
}

// dayOfMonth matches "on the 14th" (the at j): the 14th of the month of
// publication, or of the month before when that day is still to come; ahead,
// of the month after when it is past.
func (p *parser) dayOfMonth(j int) (found, bool) {
	if !p.is(j-1, "on") || !p.num(j+1) || !p.adjacent(j+1) || !ordinal(p.lower(j+2)) {
		return found{}, false
	}
	n, e, ok := p.dayNumber(j + 1)
	if !ok || e != j+3 {
		return found{}, false
	}
	if p.is(e, "of") && (p.is(e+1, "this") || p.is(e+1, "last") || p.is(e+1, "next")) && p.is(e+2, "month") {
		// "on the 4th of this month", "on the 28th of last month"
		if !p.hasPub {
			return found{first: j, end: e + 3}, true
		}
		y, m := p.pub.Year(), p.pub.Month()
		switch {
		case p.is(e+1, "last"):
			y, m = addMonths(y, m, -1)
		case p.is(e+1, "next"):
			y, m = addMonths(y, m, 1)
		}
		if n > daysIn(y, m) {
			return found{}, false
		}
		v := dayValue(time.Date(y, m, n, 0, 0, 0, 0, time.UTC))
		return found{first: j, end: e + 3, value: v, ahead: v, emit: true}, true
	}
	// "on the 14th floor", "on the 14th of March": only a day on its own.
	if e < len(p.toks) && !p.punct(e, ",.;:)") && !p.in(e, dayOfMonthNext) {
		return found{}, false
	}
	if !p.hasPub {
		return found{first: j, end: e}, true
	}
	y, m := p.pub.Year(), p.pub.Month()
	py, pm := y, m
	if n > p.pub.Day() {
		py, pm = addMonths(y, m, -1)
	}
	ny, nm := y, m
	if n < p.pub.Day() {
		ny, nm = addMonths(y, m, 1)
	}
	if n > daysIn(py, pm) {
		py, pm = y, m // "on the 30th" in March: not February's
	}
	if n > daysIn(ny, nm) {
		ny, nm = y, m
	}
	if n > daysIn(y, m) && (py == y && pm == m || ny == y && nm == m) {
		return found{}, false
	}
	return found{first: j, end: e,
		value: dayValue(time.Date(py, pm, n, 0, 0, 0, 0, time.UTC)),
		ahead: dayValue(time.Date(ny, nm, n, 0, 0, 0, 0, time.UTC)),
		emit:  true}, true
}

// dayOfMonthNext are the words that may follow "on the 14th" when it is a
// date.
var dayOfMonthNext = map[string]bool{"to": true, "and": true, "at": true, "in": true, "when": true, "for": true,
	"with": true, "as": true, "after": true, "before": true, "but": true, "or": true, "where": true, "while": true}

// ordinal reports whether w is an English ordinal suffix.
func ordinal(w string) bool { return w == "st" || w == "nd" || w == "rd" || w == "th" }

// yearAfter reads a year at k, after an optional comma.
func (p *parser) yearAfter(k int) (int, int, bool) {
	if p.punct(k, ",") {
		k++
	}
	if k >= len(p.toks) {
		return 0, k, false
	}
	t := p.toks[k]
	if t.kind == tNum && t.digits() == 4 && t.num >= 1000 && !(p.adjacent(k) && (p.punct(k+1, "-–/") || p.is(k+1, "s"))) {
		return t.num, k + 1, true
	}
	return 0, k, false
}

// dayMonth matches "6 March", "6th of March 2025", "6 Mar.".
func (p *parser) dayMonth(j int) (found, bool) {
	d, k, _ := p.dayNumber(j)
	if k != j+1 && !(k == j+2 && ordinal(p.lower(j+1))) {
		return found{}, false // no ranges before the month
	}
	if p.is(k, "of") {
		k++
	}
	if !p.word(k, cMonth, -1) || !p.toks[k].up {
		return found{}, false
	}
	m := time.Month(p.toks[k].lx.val)
	e := k + 1
	if p.toks[k].lx.flags&fAbbrev != 0 && p.punct(e, ".") && p.adjacent(k) {
		e++
	}
	if y, e2, ok := p.yearAfter(e); ok {
		return p.fullDate(j, e2, y, m, d)
	}
	if y, e2, ok := p.relYear(e); ok {
		return p.fullDate(j, e2, y, m, d) // "12 March last year"
	}
	return p.monthDay(j, e, m, d)
}

// iso matches "2025-03-06".
func (p *parser) iso(j int) (found, bool) {
	t := p.toks
	if j+4 >= len(t) || t[j].digits() != 4 || !p.punct(j+1, "-") || !p.punct(j+3, "-") ||
		t[j+2].kind != tNum || t[j+2].digits() != 2 || t[j+4].kind != tNum || t[j+4].digits() != 2 ||
		!p.adjacent(j) || !p.adjacent(j+1) || !p.adjacent(j+2) || !p.adjacent(j+3) {
		return found{}, false
	}
	if t[j+2].num < 1 || t[j+2].num > 12 {
		return found{}, false
	}
	return p.fullDate(j, j+5, t[j].num, time.Month(t[j+2].num), t[j+4].num)
}

// year matches a year at token k (1900..2100) in context: "in 2022", "since
// 2014", "late 2024", "mid-2024", "the 2024 election". first is k, or the
// index of "the" before it. Decades ("the 1990s") are skipped.
func (p *parser) year(k, first int) (found, bool) {
	if k >= len(p.toks) {
		return found{}, false
	}
	t := p.toks[k]
	if t.kind != tNum || t.digits() != 4 {
		return found{}, false
	}
	if p.adjacent(k) && p.is(k+1, "s") {
		return found{first: first, end: k + 2}, true // a decade
	}
	if t.num < 1900 || t.num > 2100 || p.punct(k-1, ".,:$€£/-") && p.adjacent(k-1) && !p.is(k-2, "mid") ||
		p.adjacent(k) && p.punct(k+1, ".,:/-–%") && p.num(k+2) {
		return found{}, false
	}
	next := ""
	if k+1 < len(p.toks) && p.toks[k+1].kind == tWord && !p.toks[k+1].up {
		next = p.lower(k + 1)
	}
	prev := p.lower(k - 1)
	if next != "" && !function[next] && (prev != "the" || len(next) > 3 && next[len(next)-1] == 's') {
		return found{}, false // "of 2000 people", "in 2022 troops", "the 2022 elections"
	}
	switch {
	case yearPreps[prev], p.word(k-1, cDecor, -1), p.is(k-2, "mid") && p.punct(k-1, "-"):
	case prev == "the" && next != "":
	default:
		return found{}, false
	}
	v := yearValue(t.num)
	return found{first: first, end: k + 1, value: v, ahead: v, emit: true}, true
}

// yearPreps lists the words after which a four-digit number is a year.
var yearPreps = map[string]bool{
	"in": true, "of": true, "since": true, "by": true, "until": true, "till": true,
	"through": true, "throughout": true, "during": true, "from": true, "before": true,
	"after": true, "between": true, "and": true, "to": true, "early": true, "late": true,
}

// function lists the lower-case words that may follow a year: "in 2022 the
// war began", "since 2014 when". Any other lower-case word after a number
// makes it a count: "of 2000 people".
var function = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "to": true,
	"when": true, "while": true, "as": true, "in": true, "on": true, "at": true, "by": true,
	"for": true, "from": true, "with": true, "after": true, "before": true, "until": true,
	"that": true, "which": true, "where": true, "was": true, "were": true, "is": true,
	"has": true, "had": true, "have": true, "will": true, "would": true, "could": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "his": true, "her": true,
	"their": true, "its": true, "this": true, "there": true, "than": true, "of": true,
	"election": true, "elections": true, "summit": true, "talks": true, "war": true,
	"invasion": true, "visit": true, "meeting": true, "deal": true, "agreement": true,
	"one": true, "some": true, "both": true, "all": true, "many": true, "several": true, // "In 2019 one of them visited"
	"our": true, "my": true, "you": true, "then": true, "these": true, "those": true,
}

// fullDate returns a day with its year given; an invalid day is skipped.
func (p *parser) fullDate(j, end, y int, m time.Month, d int) (found, bool) {
	if d < 1 || d > daysIn(y, m) {
		return found{first: j, end: end}, true
	}
	v := dayValue(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	return found{first: j, end: end, value: v, ahead: v, emit: true}, true
}

// fullMonth returns a month with its year given.
func (p *parser) fullMonth(j, end, y int, m time.Month) (found, bool) {
	v := monthValue(y, m)
	return found{first: j, end: end, value: v, ahead: v, emit: v != ""}, true
}

// monthDay returns a day given without a year: the occurrence nearest to
// publication, the past one on a tie. Ahead is the same: an explicit day
// does not move with the tense.
func (p *parser) monthDay(j, end int, m time.Month, d int) (found, bool) {
	if !p.hasPub {
		return found{first: j, end: end}, true
	}
	best, bestDist := time.Time{}, 0
	for y := p.pub.Year() - 1; y <= p.pub.Year()+1; y++ {
		if d > daysIn(y, m) {
			continue
		}
		c := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		dist := int(c.Sub(p.pub).Abs().Hours())
		if best.IsZero() || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if best.IsZero() {
		return found{first: j, end: end}, true
	}
	v := dayValue(best)
	return found{first: j, end: end, value: v, ahead: v, emit: true}, true
}

// attachTimes joins each clock time to the date named next to it ("on
// Tuesday at 5 p.m.", "at 5 p.m. on Tuesday", "next week at noon"), or else
// gives it the day nearest to it in the sentence, if any.
func (p *parser) attachTimes() {
	var kept []found
	for i := 0; i < len(p.found); i++ {
		f := p.found[i]
		if !f.timeOnly {
			kept = append(kept, f)
			continue
		}
		if n := len(kept); n > 0 && !kept[n-1].timeOnly && kept[n-1].time == "" && p.gap(kept[n-1].end, f.first) {
			kept[n-1].end, kept[n-1].time = f.end, f.time
			continue
		}
		if i+1 < len(p.found) && !p.found[i+1].timeOnly &&
			p.found[i+1].time == "" && p.gap(f.end, p.found[i+1].first) {
			g := p.found[i+1]
			g.first, g.time = f.first, f.time
			kept = append(kept, g)
			i++
			continue
		}
		kept = append(kept, f)
	}
	for i := range kept {
		if !kept[i].timeOnly || kept[i].value != "" {
			continue
		}
		best, dist := -1, 0
		for k, g := range kept {
			if g.timeOnly || len(g.value) != 10 || g.first > 0 && p.commaBetween(g, kept[i]) {
				continue // "X, who was received on Tuesday, is due to meet Y around midday": another clause
			}
			d := max(g.first-kept[i].end, kept[i].first-g.end)
			if best < 0 || d < dist {
				best, dist = k, d
			}
		}
		if best >= 0 {
			kept[i].value, kept[i].ahead = kept[best].value, kept[best].ahead
		}
	}
	sort.SliceStable(kept, func(a, b int) bool { return kept[a].first < kept[b].first })
	p.found = kept
}

// commaBetween reports whether a comma stands between the expressions a and
// b. A date that opens the sentence ("On Tuesday, ... at 4:30pm") is not
// cut off by its comma; the caller checks that.
func (p *parser) commaBetween(a, b found) bool {
	lo, hi := a.end, b.first
	if b.end <= a.first {
		lo, hi = b.end, a.first
	}
	for k := lo; k < hi; k++ {
		if p.punct(k, ",;") {
			return true
		}
	}
	return false
}

// gap reports whether the tokens [a, b) may separate a day and its time.
func (p *parser) gap(a, b int) bool {
	if b-a > 2 {
		return false
	}
	for k := a; k < b; k++ {
		if !p.punct(k, ",(") && !p.is(k, "at") && !p.is(k, "on") && !p.is(k, "around") && !p.is(k, "about") {
			return false
		}
	}
	return true
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// addMonths returns the month n months after m of year y.
func addMonths(y int, m time.Month, n int) (int, time.Month) {
	t := int(m) - 1 + n
	y += t / 12
	t %= 12
	if t < 0 {
		t += 12
		y--
	}
	return y, time.Month(t + 1)
}

// spanValue returns the finest precision that holds both a and b: their
// month when they share one, their year when they share one, else "".
func spanValue(a, b time.Time) string {
	switch {
	case a.Year() == b.Year() && a.Month() == b.Month():
		return monthValue(a.Year(), a.Month())
	case a.Year() == b.Year():
		return yearValue(a.Year())
	}
	return ""
}

// weekValue is spanValue for a week or part of one: a week across two
// months is the month that holds most of its days (the week of Monday July
// 28 is July), the year if neither does.
func weekValue(a, b time.Time) string {
	if a.Year() != b.Year() || a.Month() == b.Month() {
		return spanValue(a, b)
	}
	days := int(b.Sub(a).Hours()/24) + 1
	first := 0
	for t := a; t.Month() == a.Month() && !t.After(b); t = t.AddDate(0, 0, 1) {
		first++
	}
	switch {
	case 2*first > days:
		return monthValue(a.Year(), a.Month())
	case 2*(days-first) > days:
		return monthValue(b.Year(), b.Month())
	}
	return yearValue(a.Year())
}

// dayValue formats t as YYYY-MM-DD.
func dayValue(t time.Time) string {
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return ""
	}
	var b [10]byte
	put4(b[:], y)
	b[4] = '-'
	put2(b[5:], int(m))
	b[7] = '-'
	put2(b[8:], d)
	return string(b[:])
}

// monthValue formats a month as YYYY-MM.
func monthValue(y int, m time.Month) string {
	if y < 1000 || y > 9999 {
		return ""
	}
	var b [7]byte
	put4(b[:], y)
	b[4] = '-'
	put2(b[5:], int(m))
	return string(b[:])
}

// yearValue formats a year as YYYY.
func yearValue(y int) string {
	if y < 1000 || y > 9999 {
		return ""
	}
	return strconv.Itoa(y)
}

func put4(b []byte, n int) {
	b[0], b[1], b[2], b[3] = byte('0'+n/1000), byte('0'+n/100%10), byte('0'+n/10%10), byte('0'+n%10)
}

func put2(b []byte, n int) { b[0], b[1] = byte('0'+n/10), byte('0'+n%10) }
