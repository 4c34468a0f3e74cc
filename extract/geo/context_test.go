package geo

import (
	"slices"
	"testing"
)

// TestResolverMatchesPlace resolves every name of an article-like context
// with one Resolver, in both orders and twice (the memo), and compares each
// answer with a fresh Gazetteer.Place call.
func TestResolverMatchesPlace(t *testing.T) {
	g := testGazetteer(t)
	contexts := [][]string{
		{"MOSCOW", "Ukraine", "Russia", "Riyadh, Saudi Arabia", "Georgia", "the Kremlin", "Washington", "Istanbul"},
		{"Atlanta", "Georgia", "Paris", "Texas", "Dallas", "Birmingham", "Alabama"},
		{"Portland, Ore.", "Salem", "Moscow", "Idaho", "Washington"},
		{"Kabul", "Mazar-i-Sharif", "Tashkent", "Uzbekistan", "the US embassy"},
		nil,
	}
	extra := []string{"March", "the US embassy", "Russian Embassy", "eastern Ukraine", "Moscow's", "Gaza City", "Nowhere At All"}
	for _, ctx := range contexts {
		names := append(slices.Clone(ctx), extra...)
		for _, order := range [][]string{names, reversed(names), names} {
			r := g.WithContext(ctx)
			for _, n := range order {
				got, gok := r.Place(n)
				want, wok := g.Place(n, ctx)
				if gok != wok || got != want {
					t.Errorf("WithContext(%q).Place(%q) = %+v %v, want %+v %v", ctx, n, got, gok, want, wok)
				}
			}
		}
	}
}

func reversed(ss []string) []string {
	out := slices.Clone(ss)
	slices.Reverse(out)
	return out
}

func BenchmarkResolver(b *testing.B) {
	g := testGazetteer(b)
	context := []string{"Moscow", "Ukraine", "Russia", "United States", "Riyadh", "Saudi Arabia"}
	names := []string{"Georgia", "Paris", "Washington", "the Kremlin", "Kyiv", "Birmingham", "March"}
	b.ReportAllocs()
	for b.Loop() {
		r := g.WithContext(context)
		for _, n := range names {
			r.Place(n)
		}
	}
}
