package geo

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"newsgraph/extract"
)

// Place resolves a place name as written ("Moscow", "the Kremlin",
// "Georgia", "Riyadh, Saudi Arabia", "the US embassy"), using context — the
// other place names of the article, its dateline first — to choose between
// places that share a name. It refuses a small town whose name is a common
// English word ("March", "Man") unless the context supports it.
func (g *Gazetteer) Place(name string, context []string) (extract.Place, bool) {
	var r *Resolver
	if len(context) > 0 {
		r = g.resolver(context)
	}
	return g.placeIn(name, r)
}

// placeIn is Place in the context of r, which may be nil for none.
func (g *Gazetteer) placeIn(name string, r *Resolver) (extract.Place, bool) {
	var context []string
	if r != nil {
		context = r.context
	}
	if p, ok := g.embassy(name, context); ok {
		return p, true
	}
	if p, ok := g.capital(name); ok {
		return p, true
	}
	cs := g.resolve(name, r)
	if len(cs) == 0 {
		return extract.Place{}, false
	}
	return g.place(cs[0].ref), true
}

// Lookup returns every place that name can denote, best first by population
// and kind, without context. Venues come first.
func (g *Gazetteer) Lookup(name string) []extract.Place {
	raw := trimName(name)
	var out []extract.Place
	if v, ok := g.venueKeys[extract.Fold(raw)]; ok {
		out = append(out, g.venuePlace(v))
	}
	for _, c := range g.candidates(raw, false) {
		out = append(out, g.place(c.ref))
	}
	return out
}

// Country maps a country name, abbreviation, adjective or demonym ("Russia",
// "Russian", "Russians", "U.S.", "UK", "Emirati") to its country.
// Abbreviations match only when written in capitals, so "US" is the United
// States and "us" is nothing; plain ISO codes ("IT") are left to
// CountryByCode. A possessive "'s" is ignored.
func (g *Gazetteer) Country(word string) (extract.Place, bool) {
	raw := trimName(word)
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if r, ok := strings.CutSuffix(raw, s); ok {
			raw = r
			break
		}
	}
	if CodeLike(raw) {
		if i, ok := g.codes[strings.ReplaceAll(raw, ".", "")]; ok {
			return g.countryPlace(i), true
		}
	}
	k := extract.Fold(raw)
	if i, ok := g.words[k]; ok {
		return g.countryPlace(i), true
	}
	if s, ok := strings.CutPrefix(k, "the "); ok {
		if i, ok := g.words[s]; ok {
			return g.countryPlace(i), true
		}
	}
	return extract.Place{}, false
}

// CountryByCode returns the country with an ISO 3166-1 alpha-2 or alpha-3
// code, in any case.
func (g *Gazetteer) CountryByCode(cc string) (extract.Place, bool) {
	i, ok := g.byCC[strings.ToUpper(strings.TrimSpace(cc))]
	if !ok {
		return extract.Place{}, false
	}
	return g.countryPlace(i), true
}

// ByID returns the country, region or city with a GeoNames id.
func (g *Gazetteer) ByID(geoID int) (extract.Place, bool) {
	r, ok := g.byGeoID[geoID]
	if !ok {
		return extract.Place{}, false
	}
	return g.place(r), true
}

// Institution resolves an organisation that news names by its building
// ("the Kremlin said", "Downing Street announced"): it returns the
// institution the venue stands for ("Russian presidency") and the venue.
// ok is false if name is not such a venue.
func (g *Gazetteer) Institution(name string) (institution string, venue extract.Place, ok bool) {
	v, ok := g.venueKeys[extract.Fold(trimName(name))]
	if !ok || g.venues[v].institution == "" {
		return "", extract.Place{}, false
	}
	return g.venues[v].institution, g.venuePlace(v), true
}

// Near returns the cities and venues within km kilometres of a point,
// nearest first.
func (g *Gazetteer) Near(lat, lon, km float64) []extract.Place {
	type hit struct {
		p  extract.Place
		km float64
	}
	var hits []hit
	// One degree of latitude is 111 km: skip far cities before the haversine.
	dlat := km/111 + 0.01
	for i := range g.cities {
		c := &g.cities[i]
		if math.Abs(c.lat-lat) > dlat {
			continue
		}
		if d := distance(lat, lon, c.lat, c.lon); d <= km {
			hits = append(hits, hit{g.place(ref{kind: extract.City, i: int32(i)}), d})
		}
	}
	for i := range g.venues {
		v := &g.venues[i]
		if d := distance(lat, lon, v.lat, v.lon); d <= km {
			hits = append(hits, hit{g.venuePlace(int32(i)), d})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(a.km, b.km); c != 0 {
			return c
		}
		return cmp.Compare(b.p.Population, a.p.Population)
	})
	out := make([]extract.Place, len(hits))
	for i, h := range hits {
		out[i] = h.p
	}
	return out
}

// Within reports whether place p lies in area: a city or venue in its
// country or region, a venue in its city, or p itself. It compares the
// fields of the places, so it works on places stored without the gazetteer.
func Within(p, area extract.Place) bool {
	switch {
	case area.GeoID != 0 && (p.GeoID == area.GeoID || p.CityGeoID == area.GeoID):
		return true
	case area.Kind == extract.Country:
		return area.CountryCode != "" && p.CountryCode == area.CountryCode
	case area.Kind == extract.Region:
		return area.Region != "" && p.Kind != extract.Country && p.CountryCode == area.CountryCode && p.Region == area.Region
	}
	return p.Key() == area.Key()
}

// distance returns the great-circle distance in kilometres.
func distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// trimName removes surrounding space and punctuation other than the final
// period of an abbreviation ("U.S.").
func trimName(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, "\"'“‘(")
	s = strings.TrimRight(s, "\"'”’),;:")
	return strings.TrimSpace(s)
}

// CodeLike reports whether s is an abbreviation written in capitals: at most
// four capital letters, and dots ("US", "U.K.", "DPRK"). Such names match
// only as written, never folded to lower case; the gazetteer generator marks
// them with the same test.
func CodeLike(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters > 0 && letters <= 4
}

// stripThe removes a leading "the " of any case from a name as written.
func stripThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return strings.TrimSpace(s[4:])
	}
	return s
}

func (g *Gazetteer) countryPlace(i int32) extract.Place {
	c := &g.countries[i]
	return extract.Place{Name: c.name, Kind: extract.Country, GeoID: c.geoID, Country: c.name,
		CountryCode: c.cc, Latitude: c.lat, Longitude: c.lon, Population: c.pop}
}

func (g *Gazetteer) place(r ref) extract.Place {
	switch r.kind {
	case extract.Country:
		return g.countryPlace(r.i)
	case extract.Region:
		rg := &g.regions[r.i]
		p := extract.Place{Name: rg.name, Kind: extract.Region, GeoID: rg.geoID, Region: rg.name,
			Latitude: rg.lat, Longitude: rg.lon, Population: rg.pop}
		if rg.country >= 0 {
			p.Country, p.CountryCode = g.countries[rg.country].name, g.countries[rg.country].cc
		}
		return p
	case extract.Venue:
		return g.venuePlace(r.i)
	}
	c := &g.cities[r.i]
	p := extract.Place{Name: c.name, Kind: extract.City, GeoID: c.geoID, CountryCode: c.cc,
		Latitude: c.lat, Longitude: c.lon, Population: c.pop}
	if c.country >= 0 {
		p.Country = g.countries[c.country].name
	}
	if c.region >= 0 {
		p.Region = g.regions[c.region].name
	}
	return p
}

func (g *Gazetteer) venuePlace(i int32) extract.Place {
	v := &g.venues[i]
	p := g.place(ref{kind: extract.City, i: v.city})
	return extract.Place{Name: v.name, Kind: extract.Venue, Country: p.Country, CountryCode: p.CountryCode,
		Region: p.Region, City: p.Name, CityGeoID: p.GeoID, Latitude: v.lat, Longitude: v.lon}
}

// capital resolves a country's capital named by its country: "the Angolan
// capital", "Angola's capital", "the capital of Angola" are Luanda.
func (g *Gazetteer) capital(name string) (extract.Place, bool) {
	raw := stripThe(trimName(name))
	var who string
	if w, ok := strings.CutSuffix(raw, " capital"); ok {
		who = w
	} else if w, ok := strings.CutPrefix(raw, "capital of "); ok {
		who = w
	} else {
		return extract.Place{}, false
	}
	c, ok := g.Country(who)
	if !ok {
		return extract.Place{}, false
	}
	capital := g.countries[g.byCC[c.CountryCode]].capital
	if capital == "" {
		return extract.Place{}, false
	}
	for _, cand := range g.candidates(capital, false) {
		if cand.kind == extract.City && g.cities[cand.i].cc == c.CountryCode {
			return g.place(cand.ref), true
		}
	}
	return extract.Place{}, false
}

// embassy resolves "the US embassy", "the Russian Embassy", "the embassy of
// France" (or consulate) to a venue in the first city of the context outside
// that country: where an article about Moscow says "the US embassy".
func (g *Gazetteer) embassy(name string, context []string) (extract.Place, bool) {
	raw := stripThe(trimName(name))
	words := strings.Fields(raw)
	if len(words) < 2 {
		return extract.Place{}, false
	}
	var who, what string
	switch last := strings.ToLower(words[len(words)-1]); {
	case last == "embassy" || last == "consulate":
		who, what = strings.Join(words[:len(words)-1], " "), last
	case len(words) > 2 && strings.EqualFold(words[1], "of") &&
		(strings.EqualFold(words[0], "embassy") || strings.EqualFold(words[0], "consulate")):
		who, what = strings.Join(words[2:], " "), strings.ToLower(words[0])
	default:
		return extract.Place{}, false
	}
	home, ok := g.Country(who)
	if !ok {
		return extract.Place{}, false
	}
	for _, s := range context {
		cs := g.resolve(s, nil)
		if len(cs) == 0 {
			continue
		}
		host := g.place(cs[0].ref)
		if host.Kind == extract.Venue {
			host, _ = g.ByID(host.CityGeoID)
		}
		if host.Kind != extract.City || host.CountryCode == home.CountryCode {
			continue
		}
		return extract.Place{Name: fmt.Sprintf("%s %s in %s", home.Name, what, host.Name), Kind: extract.Venue,
			Country: host.Country, CountryCode: host.CountryCode, Region: host.Region,
			City: host.Name, CityGeoID: host.GeoID, Latitude: host.Latitude, Longitude: host.Longitude}, true
	}
	return extract.Place{}, false
}
