package geo

import (
	"os"
	"testing"
)

func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS(gazetteerDir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPlace(b *testing.B) {
	g := testGazetteer(b)
	context := []string{"Moscow", "Ukraine", "Russia", "United States", "Riyadh", "Saudi Arabia"}
	names := []string{"Georgia", "Paris", "Washington", "the Kremlin", "Kyiv", "Birmingham", "March"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Place(names[i%len(names)], context)
	}
}

func BenchmarkPlaceNoContext(b *testing.B) {
	g := testGazetteer(b)
	names := []string{"Georgia", "Paris", "Washington", "the Kremlin", "Kyiv", "Birmingham", "March"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Place(names[i%len(names)], nil)
	}
}

func BenchmarkCountry(b *testing.B) {
	g := testGazetteer(b)
	words := []string{"Russian", "U.S.", "Emirati", "British", "Ukraine", "Chinese"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		g.Country(words[i%len(words)])
	}
}
