package dates

import (
	"strings"
)

// clock matches a time of day at token j, with its zone if one follows:
// "5 p.m.", "5:30pm", "17:00 GMT", "1400 GMT", "noon", "10 a.m. Moscow
// time". It returns a time-only expression; attachTimes gives it a day.
func (p *parser) clock(j int) (found, bool) {
	if j >= len(p.toks) {
		return found{}, false
	}
	t := p.toks[j]
	h, m, e := -1, 0, j+1
	switch {
	case t.kind == tWord && t.lx.cls == cClock:
		h = int(t.lx.val)
	case t.kind == tNum && t.digits() <= 2:
		h = t.num
		if p.punct(e, ":.") && p.adjacent(j) && p.adjacent(e) && p.num(e+1) && p.toks[e+1].digits() == 2 {
			m = p.toks[e+1].num
			if p.punct(e, ".") && !p.ampmAt(e+2) {
				return found{}, false // a decimal: "5.30"
			}
			e += 2
			if m > 59 {
				return found{}, false
			}
			if !p.ampmAt(e) && (h > 23 || !p.punct(e-2, ":")) {
				return found{}, false
			}
		}
		if e2, pm, ok := p.ampm(e); ok {
			if h < 1 || h > 12 {
				return found{}, false
			}
			switch {
			case pm && h < 12:
				h += 12
			case !pm && h == 12:
				h = 0
			}
			e = e2
		} else if e == j+1 {
			if p.word(e, cClock, -1) && p.toks[e].lx.val == 12 && h == 12 {
				e++ // "12 noon"
			} else {
				return found{}, false
			}
		}
		if h > 23 {
			return found{}, false
		}
	case t.kind == tNum && t.digits() == 4 && t.num/100 < 24 && t.num%100 < 60:
		// "1400 GMT": only with a zone abbreviation.
		if e >= len(p.toks) || zones[p.text[p.toks[e].start:p.toks[e].end]] == "" {
			return found{}, false
		}
		h, m = t.num/100, t.num%100
	default:
		return found{}, false
	}
	zone, e := p.zone(e)
	return found{first: j, end: e, time: clockValue(h, m, zone), timeOnly: true, emit: true}, true
}

// ampmAt reports whether "a.m." or "p.m." (or am, pm) starts at token k.
func (p *parser) ampmAt(k int) bool {
	_, _, ok := p.ampm(k)
	return ok
}

// ampm reads "a.m.", "p.m.", "am", "pm" or "a.m" at token k and returns the
// index after it and whether it is p.m.
func (p *parser) ampm(k int) (int, bool, bool) {
	if k >= len(p.toks) || p.toks[k].kind != tWord {
		return k, false, false
	}
	w := p.lower(k)
	switch w {
	case "am", "pm":
		return k + 1, w == "pm", true
	case "a", "p":
		if p.punct(k+1, ".") && p.adjacent(k) && p.is(k+2, "m") && p.adjacent(k+1) {
			e := k + 3
			if p.punct(e, ".") && p.adjacent(e-1) {
				e++
			}
			return e, w == "p", true
		}
	}
	return k, false, false
}

// zone reads a time zone at token k: an abbreviation ("GMT", "EST") or a
// place or region followed by "time" ("Moscow time", "Eastern time",
// "Eastern Standard Time", "local time").
func (p *parser) zone(k int) (string, int) {
	if k >= len(p.toks) || p.toks[k].kind != tWord {
		return "", k
	}
	if z, ok := zones[p.text[p.toks[k].start:p.toks[k].end]]; ok {
		return z, k + 1
	}
	for n := 1; n <= 2; n++ {
		var b strings.Builder
		for i := k; i < k+n && i < len(p.toks); i++ {
			if i > k {
				b.WriteByte(' ')
			}
			b.WriteString(p.lower(i))
		}
		z, ok := zoneTimes[b.String()]
		if !ok {
			continue
		}
		e := k + n
		if n == 1 && p.toks[k].up && usRegion[b.String()] && !p.is(e, "time") && !p.is(e, "standard") && !p.is(e, "daylight") {
			return z, e // "10 a.m. Eastern"
		}
		if p.is(e, "standard") || p.is(e, "daylight") {
			e++
		}
		if p.is(e, "time") {
			return z, e + 1
		}
	}
	return "", k
}

// usRegion lists the regions that name a zone without "time" after them.
var usRegion = map[string]bool{"eastern": true, "central": true, "mountain": true, "pacific": true}

// clockValue formats a time of day as "17:00" or "17:00 Europe/Moscow".
func clockValue(h, m int, zone string) string {
	b := []byte{byte('0' + h/10), byte('0' + h%10), ':', byte('0' + m/10), byte('0' + m%10)}
	if zone != "" {
		b = append(b, ' ')
		b = append(b, zone...)
	}
	return string(b)
}
