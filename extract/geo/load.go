package geo

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"newsgraph/extract"
)

// The files Load reads; internal/gengazetteer writes all but venues.tsv.
const (
	countriesFile = "countries.tsv"
	regionsFile   = "regions.tsv"
	citiesFile    = "cities.tsv.gz"
	namesFile     = "names.tsv.gz"
	venuesFile    = "venues.tsv"
)

type country struct {
	cc, iso3, name, capital string
	geoID                   int
	lat, lon                float64
	pop                     int
	neighbours              []string // ISO codes
}

type region struct {
	code, name string // code is "CC.ADM1"
	geoID      int
	lat, lon   float64
	pop        int
	country    int32 // index into countries, -1 if unknown
}

type city struct {
	name, fcode, cc, admin1 string
	geoID                   int
	lat, lon                float64
	pop                     int
	country, region         int32 // indices, -1 if unknown
}

// A regionKey is a country code and an admin-1 code: {"US", "GA"}.
type regionKey struct{ cc, admin1 string }

type venue struct {
	name, institution string
	city              int32 // index into cities
	lat, lon          float64
}

// A Gazetteer resolves place names, country words and venues. It is
// read-only after Load and safe for concurrent use by multiple goroutines.
type Gazetteer struct {
	countries []country
	regions   []region
	cities    []city
	venues    []venue
	names     []string         // "key\tflags\trefs" lines sorted by key
	index     map[string]int32 // key → its line in names

	byCC      map[string]int32 // ISO2 and ISO3 code → countries
	byRegion  map[regionKey]int32
	byGeoID   map[int]ref
	words     map[string]int32 // folded country names, adjectives, demonyms → countries
	codes     map[string]int32 // "US", "UK", "DPRK" (capitals, no dots) → countries
	venueKeys map[string]int32 // folded venue names → venues
	// venueTwins maps a venue name several countries give their own
	// buildings ("national palace") to the venues written with their city
	// ("National Palace, Santo Domingo"), beside the one the name keys.
	venueTwins map[string][]int32
}

var _ extract.Gazetteer = (*Gazetteer)(nil)

// Load reads a Gazetteer from the files of data/gazetteers at the root of
// fsys: countries.tsv, regions.tsv, cities.tsv.gz, names.tsv.gz and
// venues.tsv.
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		byCC: map[string]int32{}, byRegion: map[regionKey]int32{}, byGeoID: map[int]ref{},
		words: map[string]int32{}, codes: map[string]int32{}, venueKeys: map[string]int32{}, venueTwins: map[string][]int32{},
	}
	g.cities = make([]city, 0, 60000) // the size of the data; append grows it if needed
	for _, step := range []struct {
		file  string
		parse func(n int, f []string) error
	}{
		{countriesFile, g.parseCountry},
		{regionsFile, g.parseRegion},
		{citiesFile, g.parseCity},
		{venuesFile, g.parseVenue},
	} {
		if err := eachLine(fsys, step.file, step.parse); err != nil {
			return nil, err
		}
	}
	text, err := readFile(fsys, namesFile)
	if err != nil {
		return nil, err
	}
	g.names = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	g.names = slices.DeleteFunc(g.names, func(l string) bool { return l == "" || l[0] == '#' })
	if !slices.IsSortedFunc(g.names, compareLines) {
		return nil, fmt.Errorf("geo: %s: names are not sorted", namesFile)
	}
	g.index = make(map[string]int32, len(g.names))
	for i, l := range g.names {
		g.index[lineKey(l)] = int32(i)
	}
	// References are checked when they are read (parseRef), not here: Load
	// must stay fast.
	return g, nil
}

func lineKey(l string) string {
	if i := strings.IndexByte(l, '\t'); i >= 0 {
		return l[:i]
	}
	return l
}

func compareLines(a, b string) int { return strings.Compare(lineKey(a), lineKey(b)) }

// readFile returns the content of a file of fsys, gunzipped if its name ends
// in ".gz".
func readFile(fsys fs.FS, name string) (string, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return "", fmt.Errorf("geo: %w", err)
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return "", fmt.Errorf("geo: %s: %w", name, err)
		}
		var buf strings.Builder
		buf.Grow(5 * len(b))
		if _, err := io.Copy(&buf, zr); err != nil {
			return "", fmt.Errorf("geo: %s: %w", name, err)
		}
		return buf.String(), nil
	}
	return string(b), nil
}

// eachLine calls parse with the tab-separated fields of every line of a file
// but blank and "#" comment lines.
func eachLine(fsys fs.FS, name string, parse func(n int, f []string) error) error {
	text, err := readFile(fsys, name)
	if err != nil {
		return err
	}
	var buf [16]string
	for n := 1; text != ""; n++ {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if err := parse(n, splitTabs(line, buf[:0])); err != nil {
			return fmt.Errorf("geo: %s:%d: %w", name, n, err)
		}
	}
	return nil
}

// splitTabs appends the tab-separated fields of line to dst, without
// allocating when dst has room.
func splitTabs(line string, dst []string) []string {
	for {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}

// fields checks the number of fields.
func fields(f []string, want int) error {
	if len(f) != want {
		return fmt.Errorf("got %d fields, want %d", len(f), want)
	}
	return nil
}

// numbers parses the integer and floating-point fields of a record.
type numbers struct{ err error }

func (p *numbers) int(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil && p.err == nil {
		p.err = err
	}
	return n
}

func (p *numbers) float(s string) float64 {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil && p.err == nil {
		p.err = err
	}
	return x
}

// countries: cc iso3 geonameid name capital lat lon population neighbours names adjectives codes
func (g *Gazetteer) parseCountry(_ int, f []string) error {
	if err := fields(f, 12); err != nil {
		return err
	}
	var p numbers
	c := country{cc: f[0], iso3: f[1], geoID: p.int(f[2]), name: f[3], capital: f[4],
		lat: p.float(f[5]), lon: p.float(f[6]), pop: p.int(f[7])}
	if f[8] != "" {
		c.neighbours = strings.Split(f[8], ",")
	}
	if p.err != nil {
		return p.err
	}
	i := int32(len(g.countries))
	g.countries = append(g.countries, c)
	g.byCC[c.cc] = i
	g.byCC[c.iso3] = i
	g.byGeoID[c.geoID] = ref{kind: extract.Country, i: i}
	add := func(m map[string]int32, k string) {
		if j, ok := m[k]; !ok || g.countries[j].pop < c.pop {
			m[k] = i
		}
	}
	for _, group := range f[9:11] {
		for w := range strings.SplitSeq(group, "|") {
			if k := extract.Fold(w); k != "" {
				add(g.words, k)
			}
		}
	}
	for w := range strings.SplitSeq(f[11], "|") {
		if w != "" {
			add(g.codes, w)
		}
	}
	return nil
}

// regions: code geonameid name lat lon population
func (g *Gazetteer) parseRegion(_ int, f []string) error {
	if err := fields(f, 6); err != nil {
		return err
	}
	var p numbers
	r := region{code: f[0], geoID: p.int(f[1]), name: f[2], lat: p.float(f[3]), lon: p.float(f[4]), pop: p.int(f[5]), country: -1}
	if p.err != nil {
		return p.err
	}
	cc, admin1, _ := strings.Cut(r.code, ".")
	if j, ok := g.byCC[cc]; ok {
		r.country = j
	}
	i := int32(len(g.regions))
	g.regions = append(g.regions, r)
	g.byRegion[regionKey{cc, admin1}] = i
	g.byGeoID[r.geoID] = ref{kind: extract.Region, i: i}
	return nil
}

// cities: geonameid name lat lon featurecode cc admin1 population
func (g *Gazetteer) parseCity(_ int, f []string) error {
	if err := fields(f, 8); err != nil {
		return err
	}
	var p numbers
	c := city{geoID: p.int(f[0]), name: f[1], lat: p.float(f[2]), lon: p.float(f[3]),
		fcode: f[4], cc: f[5], admin1: f[6], pop: p.int(f[7]), country: -1, region: -1}
	if p.err != nil {
		return p.err
	}
	if j, ok := g.byCC[c.cc]; ok {
		c.country = j
	}
	if j, ok := g.byRegion[regionKey{c.cc, c.admin1}]; ok {
		c.region = j
	}
	i := int32(len(g.cities))
	g.cities = append(g.cities, c)
	if _, ok := g.byGeoID[c.geoID]; !ok {
		g.byGeoID[c.geoID] = ref{kind: extract.City, i: i}
	}
	return nil
}

// venues: name aliases cityid lat lon institution
func (g *Gazetteer) parseVenue(_ int, f []string) error {
	if err := fields(f, 6); err != nil {
		return err
	}
	var p numbers
	v := venue{name: f[0], lat: p.float(f[3]), lon: p.float(f[4]), institution: f[5]}
	cityID := p.int(f[2])
	if p.err != nil {
		return p.err
	}
	r, ok := g.byGeoID[cityID]
	if !ok || r.kind != extract.City {
		return fmt.Errorf("venue %q: no city with GeoNames id %d", v.name, cityID)
	}
	v.city = r.i
	i := int32(len(g.venues))
	g.venues = append(g.venues, v)
	for _, n := range append([]string{v.name}, strings.Split(f[1], "|")...) {
		k := extract.Fold(n)
		if k == "" {
			continue
		}
		g.venueKeys[k] = i
		if s, ok := strings.CutPrefix(k, "the "); ok {
			g.venueKeys[s] = i
		}
		for _, sep := range []string{", ", " in "} {
			if base, _, ok := strings.Cut(strings.TrimPrefix(k, "the "), sep); ok && !slices.Contains(g.venueTwins[base], i) {
				g.venueTwins[base] = append(g.venueTwins[base], i)
			}
		}
	}
	return nil
}

// A ref points to a country, region or city of the tables, as names.tsv
// writes it: "k12", "r40~", "c5^".
type ref struct {
	kind extract.PlaceKind
	i    int32
	mark byte // 0, or '~' alternate name, '^' capitals only, '?' qualifier only
}

func (g *Gazetteer) parseRef(s string) (ref, bool) {
	if len(s) < 2 {
		return ref{}, false
	}
	var r ref
	if m := s[len(s)-1]; m == '~' || m == '^' || m == '?' {
		r.mark = m
		s = s[:len(s)-1]
	}
	n, err := strconv.Atoi(s[1:])
	if err != nil || n < 0 {
		return ref{}, false
	}
	r.i = int32(n)
	switch s[0] {
	case 'k':
		r.kind = extract.Country
		return r, n < len(g.countries)
	case 'r':
		r.kind = extract.Region
		return r, n < len(g.regions)
	case 'c':
		r.kind = extract.City
		return r, n < len(g.cities)
	}
	return ref{}, false
}
