package geo

import (
	"testing"

	"newsgraph/extract"
)

func TestFold(t *testing.T) {
	for _, s := range []string{
		"U.S.", "Washington, D.C.", "St. John's", "Côte d'Ivoire", "Khān Yūnis", "  New  York ", "6th of October City",
		"Mar-a-Lago", "A.B-C_d", "l'Aquila", "UNITED states", "Kyiv's", "ʼAin", "Zürich", "123 Main", "", "--", "a\tb\nc",
	} {
		if got, want := fold(s), extract.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, want extract.Fold's %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"U.S.", "Washington, D.C.", "St. John's", "Côte d'Ivoire"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fold(s), extract.Fold(s); got != want {
			t.Errorf("fold(%q) = %q, want extract.Fold's %q", s, got, want)
		}
	})
}

// FuzzPlace checks that no name makes Place, Country or Lookup fail, and
// that what they return is a place.
func FuzzPlace(f *testing.F) {
	for _, s := range []string{"Paris, Texas", "the US embassy", "Moscow's", "U.S.", "St. John's", ",", "the ", "eastern "} {
		f.Add(s)
	}
	g := testGazetteer(f)
	f.Fuzz(func(t *testing.T, s string) {
		if p, ok := g.Place(s, []string{s, "Moscow", s + ", Texas"}); ok && (p.Name == "" || p.Kind == "") {
			t.Errorf("Place(%q) = %+v", s, p)
		}
		if p, ok := g.Country(s); ok && p.Kind != extract.Country {
			t.Errorf("Country(%q) = %+v", s, p)
		}
		for _, p := range g.Lookup(s) {
			if p.Name == "" {
				t.Errorf("Lookup(%q) has an empty place", s)
			}
		}
	})
}
