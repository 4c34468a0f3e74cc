package extract

import (
	"bufio"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// GivenNames knows given names and how often their bearers are women. It is
// read-only once loaded and safe for concurrent use.
type GivenNames struct {
	pFemale map[string]float32 // keyed by lower-case name
}

// LoadGivenNames reads a list of given names from fsys: one "name<TAB>p_female"
// a line, lines starting with '#' ignored.
func LoadGivenNames(fsys fs.FS, name string) (*GivenNames, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := &GivenNames{pFemale: make(map[string]float32, 1<<15)}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		w, p, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want name<TAB>p_female", name, n)
		}
		v, err := strconv.ParseFloat(p, 32)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		g.pFemale[strings.ToLower(w)] = float32(v)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return g, nil
}

// Known reports whether w is a known given name.
func (g *GivenNames) Known(w string) bool {
	if g == nil {
		return false
	}
	_, ok := g.pFemale[strings.ToLower(w)]
	return ok
}

// KnownFolded reports whether w is a known given name, looked up without
// its accents as well: "Luís" is "Luis". It is weaker evidence than Known:
// "Áras" of "Áras Contae" folds to a name borne by a few hundred.
func (g *GivenNames) KnownFolded(w string) bool {
	if g == nil {
		return false
	}
	_, ok := g.share(w)
	return ok
}

// share returns the share of women among the bearers of w, looked up
// without accents when w has them: "Luís" is "Luis", "Inés" is "Ines".
func (g *GivenNames) share(w string) (float32, bool) {
	lw := strings.ToLower(w)
	p, ok := g.pFemale[lw]
	if !ok && !isASCII(lw) {
		if f := Fold(lw); f != lw && !strings.Contains(f, " ") {
			p, ok = g.pFemale[f]
		}
	}
	return p, ok
}

// Gender returns "f" or "m" for a given name borne mostly (90%) by women or
// men, and "" when unknown or mixed.
func (g *GivenNames) Gender(w string) string {
	if g == nil {
		return ""
	}
	lw := strings.ToLower(w)
	p, ok := g.share(w)
	switch {
	case !ok || otherGenderAbroad[lw] || otherGenderAbroad[Fold(lw)]:
		return ""
	case p >= 0.9:
		return "f"
	case p <= 0.1:
		return "m"
	}
	return ""
}

// otherGenderAbroad are given names that the US counts give to one sex and
// other languages or countries to the other: Andrea Orcel, Nicola Sturgeon's
// namesakes in Italy, Jean-Yves Le Drian, Kim Jong Un, Vivian Balakrishnan,
// Hilary Benn, Nikol Pashinyan; men called Blessing and Precious in
// southern Africa, Tari in Melanesia.
var otherGenderAbroad = wordSet(`andrea nicola simone gabriele daniele michele jean dominique claude camille sasha kim jan
vivian hilary evelyn jocelyn patrice joan toni ola ashley lindsay mischa nikol kristen blessing precious tari`)
