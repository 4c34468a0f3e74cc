package geo

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"

	"newsgraph/extract"
)

// The weights of disambiguation; README.md explains them.
const (
	countryPrior = 2.5  // a country before a city or region of the same name
	regionPrior  = -1.0 // a region after a city of the same name (New York)
	capitalPrior = 1.5  // a national capital (Washington, not the state)
	seatPrior    = 0.5  // a first-level seat
	altPrior     = -1.0 // matched by an alternate name (Kiev), not the main one
	shadowed     = -1.0 // an alternate name that is another place's main name (Milan for Syracuse)
	countryName  = -5.0 // a city named like a country (Jamaica, Queens)

	inRegion      = 5.0 // the context names the candidate's region (Paris, Texas)
	inCountry     = 3.0 // the context names the candidate's country
	regionCountry = 4.0 // the context names the country of a region candidate (Georgia, US)
	sameRegion    = 3.0 // a context place in the same region
	sameCountry   = 1.5 // a context place in the same country
	neighbour     = 1.0 // a country candidate next to a context country
	near50        = 1.5 // a context place within 50 km
	near250       = 0.75
	namesake      = 1.5 // a city named like its own region, which is also a reading (Valencia)

	datelineWeight = 1.5 // the first context name
	otherCandidate = 0.4 // the weight of a context name's less likely readings
	maxContext     = 40  // context names looked at

	weakPopulation = 300000 // below it, a town named like a common word needs context
	weakAlternate  = 100000 // below it, a town matched by an alternate name needs context
	weakSupport    = 1.5    // the context it needs: a place in the same country
)

// A cand is a candidate reading of a name.
type cand struct {
	ref
	weak  bool // the name is a common English word or very short
	prior float64
	score float64
}

// entry returns the flags and references of a folded name in the index.
func (g *Gazetteer) entry(k string) (flags, refs string, ok bool) {
	i, found := g.index[k]
	if !found {
		return "", "", false
	}
	_, rest, _ := strings.Cut(g.names[i], "\t")
	flags, refs, _ = strings.Cut(rest, "\t")
	return flags, refs, true
}

// keyVariants returns the folded forms of a name to look up: as written,
// without "the", with "st"/"mt" spelt out.
func keyVariants(k string) []string {
	out := []string{k}
	if s, ok := strings.CutPrefix(k, "the "); ok {
		out = append(out, s)
		k = s
	}
	for _, ab := range [...]struct{ short, long string }{{"st ", "saint "}, {"ste ", "sainte "}, {"mt ", "mount "}, {"ft ", "fort "}} {
		if s, ok := strings.CutPrefix(k, ab.short); ok {
			out = append(out, ab.long+s)
		}
	}
	return out
}

func hasLower(s string) bool {
	return strings.ContainsFunc(s, unicode.IsLower)
}

// candidates returns the countries, regions and cities a name as written can
// denote, best prior first. qualifier admits the names that only qualify a
// city ("Ore." in "Portland, Ore.").
func (g *Gazetteer) candidates(raw string, qualifier bool) []cand {
	return g.candidatesKey(raw, extract.Fold(raw), qualifier)
}

// candidatesKey is candidates with the folded name k of raw.
func (g *Gazetteer) candidatesKey(raw, k string, qualifier bool) []cand {
	upper := !hasLower(stripThe(raw))
	var cs []cand
	first := ""
	for _, k := range keyVariants(k) {
		flags, refs, ok := g.entry(k)
		if !ok {
			continue
		}
		if first == "" {
			first = k
		}
		weak := flags == "w" || len(strings.ReplaceAll(k, " ", "")) <= 2
	refs:
		for s := range strings.FieldsSeq(refs) {
			r, ok := g.parseRef(s)
			if !ok || r.mark == '^' && !upper || r.mark == '?' && !qualifier {
				continue
			}
			if len(cs) > 0 && k != first {
				r.mark = '~' // "Saint-Louis" is no main name of "St. Louis"
			}
			c := cand{ref: r, weak: weak}
			c.prior = g.prior(c)
			for i := range cs {
				if cs[i].kind == c.kind && cs[i].i == c.i {
					if c.prior > cs[i].prior {
						cs[i] = c
					}
					continue refs
				}
			}
			cs = append(cs, c)
		}
	}
	country := false
	for _, c := range cs {
		country = country || c.kind == extract.Country
	}
	for i := range cs {
		if cs[i].mark == '~' && g.shadowed(cs[i], cs) {
			cs[i].prior += shadowed
		}
		if country && cs[i].kind == extract.City {
			cs[i].prior += countryName
		}
	}
	if i := strings.LastIndexByte(raw, ' '); len(cs) == 0 && i > 0 && extract.Fold(raw[i:]) == "city" {
		return g.candidates(raw[:i], qualifier) // "Gaza City"
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return cmp.Compare(b.prior, a.prior) })
	return cs
}

// shadowed reports whether another reading of the same name is a main name,
// other than the region of c itself: Milan is Syracuse's alternate name and
// Milan's main one, but Zaporizhzhia is both the city's (alternate) and its
// region's name.
func (g *Gazetteer) shadowed(c cand, cs []cand) bool {
	region := ""
	if c.kind == extract.City {
		region = g.loc(c.ref).region
	}
	for _, p := range cs {
		if p.mark == '~' || p.kind == c.kind && p.i == c.i {
			continue
		}
		if p.kind == extract.Region && g.regions[p.i].code == region {
			continue
		}
		return true
	}
	return false
}

func (g *Gazetteer) prior(c cand) float64 {
	var s float64
	switch c.kind {
	case extract.Country:
		s = popScore(g.countries[c.i].pop) + countryPrior
	case extract.Region:
		s = popScore(g.regions[c.i].pop) + regionPrior
	case extract.City:
		ci := &g.cities[c.i]
		s = popScore(ci.pop)
		switch {
		case c.mark == '~': // an old or foreign name: no bonus (Philadelphia is not Amman)
		case ci.fcode == "PPLC":
			s += capitalPrior
		case ci.fcode == "PPLA":
			s += seatPrior
		}
	case extract.Venue:
		return 20
	}
	if c.mark == '~' {
		s += altPrior
	}
	return s
}

// weak reports whether c needs the support of context: a region named like a
// common English word, a town so named, or a town matched by an alternate name.
func (g *Gazetteer) weak(c cand) bool {
	if c.kind == extract.Region {
		return c.weak // "South", "West", "Centre"
	}
	if c.kind != extract.City {
		return false
	}
	pop := g.cities[c.i].pop
	return c.weak && pop < weakPopulation || c.mark == '~' && pop < weakAlternate
}

func popScore(pop int) float64 { return math.Log10(float64(pop) + 10) }

// A loc is what disambiguation needs to know of a candidate.
type loc struct {
	kind     extract.PlaceKind
	id       int    // GeoNames id of the place, or of the venue's city
	cc       string // country code
	region   string // "CC.ADM1" for regions, cities and venues
	lat, lon float64
	point    bool // a city or venue, whose coordinates are a point
}

func (g *Gazetteer) loc(r ref) loc {
	switch r.kind {
	case extract.Country:
		c := &g.countries[r.i]
		return loc{kind: r.kind, id: c.geoID, cc: c.cc}
	case extract.Region:
		rg := &g.regions[r.i]
		cc, _, _ := strings.Cut(rg.code, ".")
		return loc{kind: r.kind, id: rg.geoID, cc: cc, region: rg.code}
	case extract.Venue:
		v := &g.venues[r.i]
		l := g.loc(ref{kind: extract.City, i: v.city})
		l.kind, l.lat, l.lon = extract.Venue, v.lat, v.lon
		return l
	}
	c := &g.cities[r.i]
	return loc{kind: r.kind, id: c.geoID, cc: c.cc, region: c.cc + "." + c.admin1, lat: c.lat, lon: c.lon, point: true}
}

// neighbours reports whether the countries with codes a and b share a border.
func (g *Gazetteer) neighbours(a, b string) bool {
	i, ok := g.byCC[a]
	return ok && slices.Contains(g.countries[i].neighbours, b)
}

// relation scores how much a context place d supports candidate c.
func (g *Gazetteer) relation(c, d loc) float64 {
	if c.kind == d.kind && c.id == d.id {
		return 0
	}
	var s float64
	switch d.kind {
	case extract.Country:
		switch {
		case c.cc == d.cc && c.kind == extract.Region:
			s = regionCountry
		case c.cc == d.cc:
			s = inCountry
		case c.kind == extract.Country && g.neighbours(c.cc, d.cc):
			s = neighbour
		}
	case extract.Region:
		switch {
		case c.region == d.region && c.kind != extract.Region:
			s = inRegion
		case c.kind == extract.Country && c.cc == d.cc:
			s = inCountry
		case c.cc == d.cc:
			s = sameCountry
		}
	default:
		switch {
		case c.kind == extract.Region && c.region == d.region:
			s = inRegion
		case c.kind == extract.Country && c.cc == d.cc:
			s = inCountry
		case c.kind == extract.Country && g.neighbours(c.cc, d.cc):
			s = neighbour / 2
		case c.kind != extract.Region && c.region == d.region:
			s = sameRegion
		case c.cc == d.cc:
			s = sameCountry
		}
	}
	if c.point && d.point {
		switch km := distance(c.lat, c.lon, d.lat, d.lon); {
		case km < 50:
			s += near50
		case km < 250:
			s += near250
		}
	}
	return s
}

// A clue is one context name: its readings, best first, and its weight.
type clue struct {
	locs   []loc
	weight float64
}

// support scores the context's support for a candidate: the best support
// of each clue, strongest first, with weights 1, 1/2, 1/4, ..., so that many
// weak clues (ten US cities) do not outweigh a strong prior (London). The
// clue of the name itself, folded as self, does not count.
func (g *Gazetteer) support(c loc, clues []keyedClue, self string) float64 {
	var best [maxContext]float64
	n := 0
	for _, cl := range clues {
		if cl.key == self {
			continue
		}
		b := 0.0
		for j, d := range cl.locs {
			w := 1.0
			if j > 0 {
				w = otherCandidate
			}
			b = max(b, g.relation(c, d)*w)
		}
		if b > 0 && n < len(best) {
			best[n] = cl.weight * b
			n++
		}
	}
	slices.SortFunc(best[:n], func(a, b float64) int { return cmp.Compare(b, a) })
	sum, w := 0.0, 1.0
	for _, b := range best[:n] {
		sum += w * b
		w /= 2
	}
	return sum
}

// directions are the words that news puts before a place name without
// making a new name: "eastern Ukraine", "central Moscow".
var directions = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"downtown": true, "occupied": true, "rural": true, "coastal": true, "greater": true,
}

// trimModifier removes a possessive ("Moscow's") or a leading direction
// ("eastern Ukraine"), for names that are not in the gazetteer as written.
func trimModifier(raw string) (string, bool) {
	for _, suf := range []string{"'s", "’s", "s'", "s’"} {
		if r, ok := strings.CutSuffix(raw, suf); ok && r != "" {
			if suf[0] == 's' {
				r += "s" // "the Netherlands'"
			}
			return r, true
		}
	}
	if first, rest, ok := strings.Cut(stripThe(raw), " "); ok && directions[strings.ToLower(first)] {
		return rest, true
	}
	return "", false
}

// resolve returns the readings of name that survive the common-word rule,
// best first in the context of r (nil: none).
func (g *Gazetteer) resolve(name string, r *Resolver) []cand {
	raw := trimName(name)
	k := extract.Fold(raw)
	if k == "" {
		return nil
	}
	if v, ok := g.venueKeys[k]; ok {
		v = g.venueInContext(v, k, r)
		return []cand{{ref: ref{kind: extract.Venue, i: v}, prior: 20, score: 20}}
	}
	var cs []cand
	if r != nil {
		cs = r.candidatesKey(raw, k, false)
	} else {
		cs = g.candidatesKey(raw, k, false)
	}
	if len(cs) == 0 {
		if t, ok := trimModifier(raw); ok {
			return g.resolve(t, r) // "Moscow's", "eastern Ukraine"
		}
	}
	if len(cs) == 0 && strings.Contains(raw, ",") {
		// "Riyadh, Saudi Arabia", "Portland, Ore.": the head must lie in the qualifier.
		head, qual, _ := strings.Cut(raw, ",")
		qual, _, _ = strings.Cut(qual, ",")
		hs := g.resolve(head, nil)
		if len(hs) == 1 && hs[0].kind == extract.Venue {
			return hs
		}
		var qs []loc
		for _, q := range g.candidates(trimName(qual), true) {
			qs = append(qs, g.loc(q.ref))
		}
		for _, h := range g.candidates(trimName(head), false) {
			hl := g.loc(h.ref)
			for _, q := range qs {
				if hl.cc == q.cc && (q.kind == extract.Country || hl.region == q.region) && hl.kind != q.kind {
					h.weak = false
					cs = append(cs, h)
					break
				}
			}
		}
		if len(cs) == 0 {
			return nil
		}
		k = extract.Fold(head)
	}
	clues := r.cluesFor()
	out := make([]cand, 0, len(cs))
	for _, c := range cs {
		l := g.loc(c.ref)
		sup := g.support(l, clues, k)
		if g.weak(c) && sup < weakSupport || c.mark == '~' && g.shadowed(c, cs) {
			continue
		}
		c.score = c.prior + sup
		if c.kind == extract.City {
			for _, r := range cs {
				if r.kind == extract.Region && g.regions[r.i].code == l.region {
					c.score += namesake
					break
				}
			}
		}
		out = append(out, c)
	}
	slices.SortStableFunc(out, func(a, b cand) int { return cmp.Compare(b.score, a.score) })
	return out
}

// venueInContext chooses between the buildings of one name in several
// cities ("the National Palace" of Mexico City and of Santo Domingo, "the
// White House" of Washington and of Moscow): the one the name keys, v,
// unless the context opens with the city of another — a dateline,
// "SANTO DOMINGO.- ... at the National Palace" — and names no place in
// v's country.
func (g *Gazetteer) venueInContext(v int32, k string, r *Resolver) int32 {
	twins := g.venueTwins[strings.TrimPrefix(k, "the ")]
	clues := r.cluesFor()
	if len(twins) == 0 || len(clues) == 0 {
		return v
	}
	at := g.loc(ref{kind: extract.Venue, i: v})
	for _, c := range clues {
		if c.locs[0].cc == at.cc {
			return v
		}
	}
	for _, t := range twins {
		if l := clues[0].locs[0]; l.kind == extract.City && g.loc(ref{kind: extract.Venue, i: t}).id == l.id {
			return t
		}
	}
	return v
}
