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
