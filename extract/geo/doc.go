// Package geo resolves place names and nationality words against a compact
// gazetteer derived from GeoNames (CC BY 4.0, https://www.geonames.org/) and
// from country lists (mledoze/countries, ODbL 1.0; the Wikipedia list of
// adjectival and demonymic forms, CC BY-SA 4.0), plus a hand list of venues
// that news names as places (the Kremlin, the White House, Downing Street).
//
// A *Gazetteer implements extract.Gazetteer. Load reads it from an fs.FS
// holding the files of data/gazetteers, which internal/gengazetteer writes:
//
//	g, err := geo.Load(data.FS) // after fs.Sub(data.FS, "gazetteers")
//	p, ok := g.Place("Georgia", []string{"Atlanta"}) // the US state
//	c, ok := g.Country("Emirati")                    // United Arab Emirates
//
// Names match with extract.Fold (case, accents and punctuation ignored) and
// a leading "the" is optional. When several places share a name, Place picks
// the one with the best score: a prior from population and kind (countries
// first, capitals next) plus the support of the article's other place names
// (a region or country that contains the candidate, a city of the same
// region, a place within 250 km). The rules are listed in README.md.
package geo
