package extract

import "time"

// A DateMention is a date expression found in text, normalised against the
// article's publication date.
type DateMention struct {
	Date
	// Ahead is the value when the surrounding text points to the future, for
	// expressions whose reading depends on it ("on Thursday" in a sentence
	// about a planned event is the coming Thursday). It equals Date.Value when
	// the expression is unambiguous.
	Ahead string
}

// A DateFinder finds date expressions in text and normalises them. base is
// the byte offset of text in the article; it is added to every returned span.
type DateFinder interface {
	FindDates(text string, base int, published time.Time) []DateMention
}

// A Gazetteer resolves place names and nationality words.
type Gazetteer interface {
	// Place resolves a place name as written ("Moscow", "the Kremlin",
	// "Georgia"), using context — the other place names of the article, its
	// dateline first if it has one — to choose between places that share a name.
	Place(name string, context []string) (Place, bool)
	// Country maps a country name, code, adjective or demonym ("Russia",
	// "Russian", "U.S.", "Emirati") to its country.
	Country(word string) (Place, bool)
}
