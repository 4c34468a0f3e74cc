package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"newsgraph/extract"
)

// Gazetteer lists, by index into Gazetteer.Lists.
const (
	GazPlace       = iota // cities, first-level regions and countries
	GazCountry            // country names and their alternative spellings
	GazGiven              // given names
	GazNationality        // nationality adjectives and demonyms
	GazTitle              // titles and roles: president, minister, aide
	GazOrg                // words that end organisation names: Inc, Party, Ministry
	numGaz
)

// A Gazetteer holds the word lists behind the gazetteer features. An entry
// is one or more tokens separated by single spaces ("New York City", "St.
// Louis"), split as extract.RuleTokenizer splits text; matching ignores case.
type Gazetteer struct {
	Lists [numGaz][]string
}

// compiledGaz matches gazetteer entries over token sequences by hashing the
// lower-cased tokens. Values with bit 0x8000 mark proper prefixes of entries.
type compiledGaz struct {
	entries map[uint64]uint16
	maxLen  int
}

const gazPrefix = 0x8000

func seqStart() uint64 { return 0x5eed5eed }

func (g *Gazetteer) compile() *compiledGaz {
	n := 0
	for _, list := range g.Lists {
		n += len(list)
	}
	c := &compiledGaz{entries: make(map[uint64]uint16, n+n/4)}
	var scratch []byte
	for k, list := range g.Lists {
		for _, e := range list {
			h, words := seqStart(), 0
			for w := range strings.FieldsSeq(e) {
				if words > 0 {
					c.entries[h] |= gazPrefix
				}
				var lower uint64
				lower, scratch = lowerHash(w, scratch)
				h = mix(h, lower)
				words++
			}
			if words == 0 || words > 8 {
				continue
			}
			c.entries[h] |= 1 << k
			c.maxLen = max(c.maxLen, words)
		}
	}
	return c
}

// isCountry reports whether the one-word entry with lower-cased hash lower
// is a country or nationality.
func (c *compiledGaz) isCountry(lower uint64) bool {
	if c == nil {
		return false
	}
	v := c.entries[mix(seqStart(), lower)]
	return v&(1<<GazCountry|1<<GazNationality) != 0
}

// mark sets the gaz bits of toks (unpadded).
func (c *compiledGaz) mark(toks []tokInfo) {
	if c == nil {
		return
	}
	for i := range toks {
		h := seqStart()
		for n := 1; n <= c.maxLen && i+n <= len(toks); n++ {
			h = mix(h, toks[i+n-1].lower)
			v, ok := c.entries[h]
			if !ok {
				break
			}
			for g := v &^ gazPrefix; g != 0; g &= g - 1 {
				bit := g & -g
				k := uint16(0)
				for bit>>k != 1 {
					k++
				}
				toks[i].gaz |= 1 << (2 * k)
				for j := i + 1; j < i+n; j++ {
					toks[j].gaz |= 1 << (2*k + 1)
				}
			}
			if v&gazPrefix == 0 {
				break
			}
		}
	}
}

// titleWords are titles and roles that precede a person's name in news.
func titleWords() []string {
	return strings.Fields(`president vice prime minister premier secretary chancellor king queen prince princess
	emperor sultan sheikh emir crown aide adviser advisor spokesman spokeswoman spokesperson senator sen. sen
	congressman congresswoman representative rep. lawmaker envoy ambassador governor gov. mayor general gen.
	lieutenant lt. colonel col. major maj. captain capt. sergeant sgt. admiral adm. commander chief director
	chairman chairwoman chair ceo executive head leader official counterpart deputy foreign defence defense
	interior finance trade justice special national security state coach manager striker midfielder defender
	goalkeeper judge justice pope cardinal archbishop bishop rabbi imam reverend rev. father dr. doctor
	mr. mrs. ms. miss sir lord lady dame mr mrs ms dr prof. professor president-elect former acting
	commissioner negotiator diplomat mediator attorney prosecutor lawyer economist analyst correspondent
	officer minister-president ayatollah speaker whip candidate nominee challenger opponent rival premier-elect`)
}

// orgWords are words that end or head organisation names.
func orgWords() []string {
	return strings.Fields(`inc inc. corp corp. corporation co co. ltd ltd. plc llc ag sa nv gmbh group holdings
	bank party ministry council university college institute agency association federation union
	committee commission league club fc united city rovers athletic company airlines airways motors
	fund foundation organisation organization department office exchange court army navy police
	parliament senate congress assembly board bureau service services news times post journal
	television radio press network`)
}

// BuildGazetteer reads the gazetteer word lists from the project's shared
// data directory laid out as /work/shared/data is: geonames/cities15000.txt,
// geonames/countryInfo.txt, geonames/admin1CodesASCII.txt,
// names/given_names_gender.tsv and countries/{demonyms.csv,world-countries.json}.
// Given names need at least minGiven recorded births.
func BuildGazetteer(fsys fs.FS, minGiven int) (*Gazetteer, error) {
	sets := [numGaz]map[string]bool{}
	for k := range sets {
		sets[k] = map[string]bool{}
	}
	add := func(k int, s string) {
		s = strings.TrimSpace(s)
		if s != "" && len(s) <= 60 {
			sets[k][s] = true
		}
	}
	// Cities: name, ASCII name and, for large places, ASCII alternate names.
	if err := eachTSV(fsys, "geonames/cities15000.txt", func(f []string) {
		if len(f) < 15 {
			return
		}
		add(GazPlace, f[1])
		add(GazPlace, f[2])
		pop, _ := strconv.Atoi(f[14])
		if pop >= 300000 || f[7] == "PPLC" {
			for _, a := range strings.Split(f[3], ",") {
				if isASCIIName(a) {
					add(GazPlace, a)
				}
			}
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(fsys, "geonames/admin1CodesASCII.txt", func(f []string) {
		if len(f) >= 3 {
			add(GazPlace, f[1])
			add(GazPlace, f[2])
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(fsys, "geonames/countryInfo.txt", func(f []string) {
		if len(f) >= 6 && !strings.HasPrefix(f[0], "#") {
			add(GazPlace, f[4])
			add(GazCountry, f[4])
			add(GazPlace, f[5])
		}
	}); err != nil {
		return nil, err
	}
	if err := eachTSV(fsys, "names/given_names_gender.tsv", func(f []string) {
		if len(f) >= 4 {
			if n, err := strconv.Atoi(f[3]); err == nil && n >= minGiven {
				add(GazGiven, f[0])
			}
		}
	}); err != nil {
		return nil, err
	}
	b, err := fs.ReadFile(fsys, "countries/demonyms.csv")
	if err != nil {
		return nil, err
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("countries/demonyms.csv: %w", err)
	}
	for _, r := range rows[1:] {
		if len(r) < 3 {
			continue
		}
		add(GazCountry, r[0])
		add(GazPlace, r[0])
		for _, col := range r[1:3] {
			for _, a := range strings.Split(col, ",") {
				add(GazNationality, a)
			}
		}
	}
	b, err = fs.ReadFile(fsys, "countries/world-countries.json")
	if err != nil {
		return nil, err
	}
	var countries []struct {
		Name struct {
			Common, Official string
		}
		AltSpellings []string
		Demonyms     struct {
			Eng struct{ F, M string }
		}
	}
	if err := json.Unmarshal(b, &countries); err != nil {
		return nil, fmt.Errorf("countries/world-countries.json: %w", err)
	}
	for _, c := range countries {
		for _, n := range append([]string{c.Name.Common, c.Name.Official}, c.AltSpellings...) {
			if isASCIIName(n) || n == c.Name.Common {
				add(GazCountry, n)
				add(GazPlace, n)
			}
		}
		add(GazNationality, c.Demonyms.Eng.M)
		add(GazNationality, c.Demonyms.Eng.F)
	}
	// News variants the lists lack.
	for _, n := range []string{"U.S.", "US", "USA", "U.S.A.", "Britain", "UK", "U.K.", "EU"} {
		add(GazCountry, n)
		add(GazPlace, n)
	}
	for _, w := range titleWords() {
		add(GazTitle, w)
	}
	for _, w := range orgWords() {
		add(GazOrg, w)
	}
	// Entries are stored as tokens joined by spaces, as the tokenizer splits them.
	g := &Gazetteer{}
	var tok extract.RuleTokenizer
	for k, s := range sets {
		seen := map[string]bool{}
		for w := range s {
			var b strings.Builder
			for i, t := range tok.Tokenize(w) {
				if i > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(t.Text)
			}
			if e := b.String(); e != "" && !seen[e] {
				seen[e] = true
				g.Lists[k] = append(g.Lists[k], e)
			}
		}
		slices.Sort(g.Lists[k])
	}
	return g, nil
}

func isASCIIName(s string) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			return false
		}
	}
	return true
}

// eachTSV calls fn with the tab-separated fields of every line of name,
// which may be gzip-compressed if it ends in ".gz".
func eachTSV(fsys fs.FS, name string, fn func([]string)) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			fn(strings.Split(line, "\t"))
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
