// Command gengazetteer derives the compact gazetteer files of
// data/gazetteers from the GeoNames and country lists in shared/data:
//
//	go run ./internal/gengazetteer -shared ../shared/data -o data/gazetteers
//
// It reads geonames/{countryInfo.txt,admin1CodesASCII.txt,cities15000.txt,
// cities500.txt.gz}, countries/{world-countries.json,demonyms.csv} and
// ud-english-ewt/en_ewt-ud-train.conllu and conll2003/train.txt (for the
// common English words that must not be taken for small towns), adds the hand tables of hand.go, checks
// the hand-written venues.tsv of the output directory, and writes
// countries.tsv, regions.tsv, cities.tsv.gz and names.tsv.gz there. The format is
// described in extract/geo/README.md. The output is deterministic.
package main

import (
	"bufio"
	stdbytes "bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"newsgraph/extract"
	"newsgraph/extract/geo"
)

func main() {
	flags := flag.NewFlagSet("gengazetteer", flag.ContinueOnError)
	shared := flags.String("shared", "../shared/data", "shared data directory")
	out := flags.String("o", "data/gazetteers", "output directory")
	if err := flags.Parse(os.Args[1:]); err != nil {
		os.Exit(2)
	}
	files, err := Generate(*shared, filepath.Join(*out, "venues.tsv"))
	if err != nil {
		fmt.Fprintf(os.Stderr, "gengazetteer: %v\n", err)
		os.Exit(1)
	}
	for _, name := range slices.Sorted(mapKeys(files)) {
		b := files[name]
		if strings.HasSuffix(name, ".gz") {
			b = gz(b)
		}
		if err := os.WriteFile(filepath.Join(*out, name), b, 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gengazetteer: %v\n", err)
			os.Exit(1)
		}
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// Minimum population of the towns taken from cities500 (beyond cities15000).
const minTownPopulation = 5000

type country struct {
	cc, iso3, name, capital string
	geoID                   int
	lat, lon                float64
	pop                     int
	neighbours              string
	names, adjs             []string
}

type region struct {
	code, name, ascii string
	geoID             int
	lat, lon, weight  float64
	pop               int
}

type city struct {
	geoID       int
	name, ascii string
	alts        []string
	lat, lon    float64
	fcode, cc   string
	admin1      string
	pop         int
	extra       bool // from cities500
}

// Generate reads the shared data directory and returns the generated files
// by name, uncompressed: main gzips those whose name ends in ".gz". venues is
// the path of the hand-written venue list to check.
func Generate(shared, venues string) (map[string][]byte, error) {
	g := &gen{shared: shared, countryByCC: map[string]*country{}, regionByCode: map[string]*region{}}
	steps := []func() error{g.readCountryInfo, g.readWorldCountries, g.readDemonyms, g.readAdmin1, g.readCities, g.readCommonWords}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	if err := g.checkVenues(venues); err != nil {
		return nil, err
	}
	return g.write(), nil
}

type gen struct {
	shared       string
	countries    []*country
	countryByCC  map[string]*country
	regions      []*region
	regionByCode map[string]*region
	cities       []*city
	common       map[string]bool
}

func (g *gen) path(p string) string { return filepath.Join(g.shared, p) }

// readTSV calls f with the fields of each non-comment, non-blank line of a
// tab-separated file, which may be gzipped.
func readTSV(path string, f func([]string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	var r io.Reader = file
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(file)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := f(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(strings.TrimSpace(s))
	return n
}

func (g *gen) readCountryInfo() error {
	return readTSV(g.path("geonames/countryInfo.txt"), func(f []string) error {
		if len(f) < 18 {
			return fmt.Errorf("got %d fields, want 19", len(f))
		}
		if f[0] == "CS" || f[0] == "AN" { // dissolved
			return nil
		}
		c := &country{cc: f[0], iso3: f[1], name: strings.TrimSpace(f[4]), capital: f[5],
			pop: atoi(f[7]), geoID: atoi(f[16]), neighbours: f[17]}
		if d, ok := countryDisplay[c.cc]; ok {
			c.name = d
		}
		c.names = append(c.names, c.name, strings.TrimSpace(f[4]))
		c.names = append(c.names, countryNames[c.cc]...)
		c.adjs = append(c.adjs, countryAdjectives[c.cc]...)
		g.countries = append(g.countries, c)
		g.countryByCC[c.cc] = c
		return nil
	})
}

func (g *gen) readWorldCountries() error {
	data, err := os.ReadFile(g.path("countries/world-countries.json"))
	if err != nil {
		return err
	}
	var list []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Demonyms     map[string]struct{ F, M string }
		Cca2         string
		Latlng       []float64
	}
	if err := json.Unmarshal(data, &list); err != nil {
		return fmt.Errorf("world-countries.json: %w", err)
	}
	for _, w := range list {
		c := g.countryByCC[w.Cca2]
		if c == nil {
			continue
		}
		c.names = append(c.names, w.Name.Common, w.Name.Official)
		c.names = append(c.names, w.AltSpellings...)
		if d, ok := w.Demonyms["eng"]; ok {
			c.adjs = append(c.adjs, d.M, d.F)
		}
		if len(w.Latlng) == 2 {
			c.lat, c.lon = w.Latlng[0], w.Latlng[1]
		}
	}
	return nil
}

func (g *gen) readDemonyms() error {
	file, err := os.Open(g.path("countries/demonyms.csv"))
	if err != nil {
		return err
	}
	defer file.Close()
	rows, err := csv.NewReader(file).ReadAll()
	if err != nil {
		return fmt.Errorf("demonyms.csv: %w", err)
	}
	byID := map[int]*country{}
	for _, c := range g.countries {
		byID[c.geoID] = c
	}
	for _, row := range rows[1:] {
		if len(row) < 4 {
			continue
		}
		c := byID[atoi(row[3])]
		if c == nil {
			continue // not a country of countryInfo (Abkhazia, ...)
		}
		c.names = append(c.names, row[0])
		for _, cell := range row[1:3] {
			for _, w := range strings.Split(cell, ",") {
				c.adjs = append(c.adjs, strings.TrimSpace(w))
			}
		}
	}
	return nil
}

func (g *gen) readAdmin1() error {
	return readTSV(g.path("geonames/admin1CodesASCII.txt"), func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("got %d fields, want 4", len(f))
		}
		r := &region{code: f[0], name: f[1], ascii: f[2], geoID: atoi(f[3])}
		g.regions = append(g.regions, r)
		g.regionByCode[r.code] = r
		return nil
	})
}

func (g *gen) readCities() error {
	seen := map[int]bool{}
	parse := func(f []string, extra bool) (*city, error) {
		if len(f) < 19 {
			return nil, fmt.Errorf("got %d fields, want 19", len(f))
		}
		lat, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return nil, err
		}
		lon, err := strconv.ParseFloat(f[5], 64)
		if err != nil {
			return nil, err
		}
		c := &city{geoID: atoi(f[0]), name: f[1], ascii: f[2], lat: lat, lon: lon,
			fcode: f[7], cc: f[8], admin1: f[10], pop: atoi(f[14]), extra: extra}
		if !extra && f[3] != "" {
			c.alts = strings.Split(f[3], ",")
		}
		if d, ok := cityDisplay[c.geoID]; ok {
			c.alts = append(c.alts, c.name)
			c.name = d
		}
		return c, nil
	}
	err := readTSV(g.path("geonames/cities15000.txt"), func(f []string) error {
		c, err := parse(f, false)
		if err != nil {
			return err
		}
		seen[c.geoID] = true
		g.cities = append(g.cities, c)
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV(g.path("geonames/cities500.txt.gz"), func(f []string) error {
		c, err := parse(f, true)
		if err != nil {
			return err
		}
		if r := g.regionByCode[c.cc+"."+c.admin1]; r != nil && c.pop > 0 {
			// Region centroid and population from every town.
			w := float64(c.pop)
			r.lat += c.lat * w
			r.lon += c.lon * w
			r.weight += w
		}
		if seen[c.geoID] || c.pop < minTownPopulation && c.fcode != "PPLA" {
			return nil
		}
		seen[c.geoID] = true
		g.cities = append(g.cities, c)
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range g.regions {
		if r.weight > 0 {
			r.pop = int(r.weight)
			r.lat /= r.weight
			r.lon /= r.weight
		}
	}
	sort.SliceStable(g.cities, func(i, j int) bool {
		a, b := g.cities[i], g.cities[j]
		if a.pop != b.pop {
			return a.pop > b.pop
		}
		return a.geoID < b.geoID
	})
	return nil
}

// readCommonWords finds the words that UD English EWT and CoNLL-2003 (train)
// write in lower case at least as often as capitalised: "man", "split",
// "reading". Only the list of words is kept, not the text.
func (g *gen) readCommonWords() error {
	lower, upper := map[string]int{}, map[string]int{}
	count := func(w string) {
		if w == strings.ToLower(w) {
			lower[w]++
		} else {
			upper[strings.ToLower(w)]++
		}
	}
	err := readTSV(g.path("ud-english-ewt/en_ewt-ud-train.conllu"), func(f []string) error {
		if len(f) >= 2 && !strings.ContainsAny(f[0], "-.") {
			count(f[1])
		}
		return nil
	})
	if err != nil {
		return err
	}
	err = readTSV(g.path("conll2003/train.txt"), func(f []string) error {
		if w, _, ok := strings.Cut(f[0], " "); ok && w != "-DOCSTART-" {
			count(w)
		}
		return nil
	})
	if err != nil {
		return err
	}
	g.common = map[string]bool{}
	for w, n := range lower {
		if n >= 3 && n >= upper[w] && len(w) > 1 {
			g.common[extract.Fold(w)] = true
		}
	}
	for _, w := range commonWords {
		g.common[w] = true
	}
	return nil
}

// checkVenues verifies that every city id of venues.tsv is in the data.
func (g *gen) checkVenues(path string) error {
	ids := map[int]bool{}
	for _, c := range g.cities {
		ids[c.geoID] = true
	}
	return readTSV(path, func(f []string) error {
		if len(f) != 6 {
			return fmt.Errorf("got %d fields, want 6", len(f))
		}
		if !ids[atoi(f[2])] {
			return fmt.Errorf("venue %s: city %s is not in the gazetteer", f[0], f[2])
		}
		return nil
	})
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// index maps folded names to the references of the places they name.
type index struct {
	refs   map[string][]string
	common map[string]bool
}

func (ix *index) add(name, ref string) {
	k := extract.Fold(name)
	if k == "" || blockedKeys[k] {
		return
	}
	if slices.Contains(ix.refs[k], ref) {
		return
	}
	// A primary reference replaces an alternate or qualifier one of the same place.
	base := strings.TrimRight(ref, "~?^")
	for i, r := range ix.refs[k] {
		if strings.TrimRight(r, "~?^") == base {
			if len(r) > len(ref) {
				ix.refs[k][i] = ref
			}
			return
		}
	}
	ix.refs[k] = append(ix.refs[k], ref)
}

func ff(x float64) string { return strconv.FormatFloat(math.Round(x*1e5)/1e5, 'f', -1, 64) }

func (g *gen) write() map[string][]byte {
	ix := &index{refs: map[string][]string{}, common: g.common}
	var cb, rb, tb lines
	cb.line("# countries: cc iso3 geonameid name capital lat lon population neighbours names adjectives codes (| separated; generated by internal/gengazetteer)")
	for i, c := range g.countries {
		ref := "k" + strconv.Itoa(i)
		var names, adjs, codes []string
		seen := map[string]bool{}
		for _, n := range c.names {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			if geo.CodeLike(n) {
				if newsCode(c, n) {
					codes = appendNew(codes, strings.ReplaceAll(n, ".", ""))
					ix.add(n, ref+"^")
				}
				continue
			}
			if k := extract.Fold(n); !seen[k] && !blockedKeys[k] {
				seen[k] = true
				names = append(names, n)
				ix.add(n, ref)
			}
		}
		aseen := map[string]bool{}
		for _, a := range c.adjs {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			if geo.CodeLike(a) {
				if newsCode(c, a) {
					codes = appendNew(codes, strings.ReplaceAll(a, ".", ""))
				}
				continue
			}
			if k := extract.Fold(a); !aseen[k] {
				aseen[k] = true
				adjs = append(adjs, a)
			}
		}
		cb.line(c.cc, c.iso3, strconv.Itoa(c.geoID), c.name, c.capital, ff(c.lat), ff(c.lon),
			strconv.Itoa(c.pop), c.neighbours, strings.Join(names, "|"), strings.Join(adjs, "|"), strings.Join(codes, "|"))
	}
	rb.line("# regions: code geonameid name lat lon population (generated by internal/gengazetteer)")
	for i, r := range g.regions {
		ref := "r" + strconv.Itoa(i)
		ix.add(r.name, ref)
		ix.add(r.ascii, ref)
		for _, n := range []string{r.name, r.ascii} {
			k := extract.Fold(n)
			for _, suf := range regionSuffixes {
				if s, ok := strings.CutSuffix(k, " "+suf); ok && s != "" {
					ix.add(s, ref+"~") // "Kursk": the city first
					for _, w := range []string{"region", "oblast", "province"} {
						ix.add(s+" "+w, ref) // "the Kursk region"
					}
				}
				if s, ok := strings.CutPrefix(k, suf+" of "); ok && s != "" {
					ix.add(s, ref+"~")
				}
			}
		}
		ix.add(extract.Fold(r.name)+" region", ref+"~")
		if cc, st, ok := strings.Cut(r.code, "."); ok && cc == "US" {
			ix.add(r.name+" state", ref)
			ix.add(st, ref+"?")
			for _, a := range usStateAbbrevs[st] {
				ix.add(a, ref+"?")
			}
		}
		rb.line(r.code, strconv.Itoa(r.geoID), r.name, ff(r.lat), ff(r.lon), strconv.Itoa(r.pop))
	}
	tb.line("# cities: geonameid name lat lon featurecode cc admin1 population (by population; generated by internal/gengazetteer)")
	for i, c := range g.cities {
		ref := "c" + strconv.Itoa(i)
		for _, n := range append([]string{c.name, c.ascii}, cityNames[c.geoID]...) {
			ix.add(n, ref)
			if s, ok := strings.CutPrefix(extract.Fold(n), "the "); ok {
				ix.add(s, ref)
			}
		}
		for _, a := range c.alts {
			if len(a) >= 3 && isLatin(a) && !geo.CodeLike(a) {
				ix.add(a, ref+"~")
			}
		}
		tb.line(strconv.Itoa(c.geoID), c.name, ff(c.lat), ff(c.lon), c.fcode, c.cc, c.admin1, strconv.Itoa(c.pop))
	}
	var nb lines
	nb.line("# names: folded name, flags (w: a common English word), references (k country, r region, c city line; ~ alternate name, ^ capitals only, ? qualifier only)")
	for _, k := range slices.Sorted(mapKeys(ix.refs)) {
		flags := "-"
		if ix.common[k] {
			flags = "w"
		}
		nb.line(k, flags, strings.Join(ix.refs[k], " "))
	}
	return map[string][]byte{
		"countries.tsv": cb.b, "regions.tsv": rb.b, "cities.tsv.gz": tb.b, "names.tsv.gz": nb.b,
	}
}

// gz compresses b with a header that carries no name or time, so that the
// output depends only on b (and the compress/flate of the Go release).
func gz(b []byte) []byte {
	var buf stdbytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression) // the level is valid
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// newsCode reports whether an abbreviation of a country is one news uses as
// a name ("US", "UK", "UAE", "DPRK"): the hand-listed ones and those of three
// or four letters that are not the ISO 3166 code. ISO codes such as "IN" and
// "IT" are words too often; CountryByCode serves them.
func newsCode(c *country, s string) bool {
	if slices.Contains(countryNames[c.cc], s) || slices.Contains(countryAdjectives[c.cc], s) {
		return true
	}
	plain := strings.ReplaceAll(s, ".", "")
	return plain != c.cc && plain != c.iso3 && len(plain) >= 3
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

type lines struct{ b []byte }

func (w *lines) line(fields ...string) {
	for i, f := range fields {
		if i > 0 {
			w.b = append(w.b, '\t')
		}
		w.b = append(w.b, strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' {
				return ' '
			}
			return r
		}, f)...)
	}
	w.b = append(w.b, '\n')
}
