package dates

import (
	"testing"
	"time"
)

// FuzzFindDates checks that spans are in bounds, ordered and hold Text, and
// that every value is empty or a real YYYY, YYYY-MM or YYYY-MM-DD.
func FuzzFindDates(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.in, int64(0))
	}
	f.Add("on Thursday, March 6, 2025 at 5 p.m. Moscow time", int64(400))
	f.Add("Feb. 29 and Feb 29, 2023", int64(-30))
	var d Finder
	f.Fuzz(func(t *testing.T, text string, days int64) {
		pub := sunday.AddDate(0, 0, int(days%100000))
		const base = 11
		prev := base
		for _, m := range d.FindDates(text, base, pub) {
			s := m.Span
			if s.Start < prev || s.End <= s.Start || s.End > base+len(text) {
				t.Fatalf("FindDates(%q): span %v out of order or bounds (previous end %d)", text, s, prev)
			}
			if got := text[s.Start-base : s.End-base]; got != m.Text {
				t.Fatalf("FindDates(%q): span %v holds %q, Text %q", text, s, got, m.Text)
			}
			prev = s.End
			for _, v := range []string{m.Value, m.Ahead} {
				if !wellFormed(v) {
					t.Fatalf("FindDates(%q): value %q not well formed in %+v", text, v, m)
				}
			}
			if len(m.Value) != len(m.Ahead) {
				t.Fatalf("FindDates(%q): value %q and ahead %q differ in precision", text, m.Value, m.Ahead)
			}
		}
	})
}

// wellFormed reports whether v is empty or a real date as YYYY, YYYY-MM or
// YYYY-MM-DD.
func wellFormed(v string) bool {
	layout := map[int]string{0: "", 4: "2006", 7: "2006-01", 10: time.DateOnly}[len(v)]
	if v == "" {
		return true
	}
	if layout == "" {
		return false
	}
	t, err := time.Parse(layout, v)
	return err == nil && t.Format(layout) == v
}

func TestWellFormed(t *testing.T) {
	for v, want := range map[string]bool{"": true, "2025": true, "2025-02": true, "2025-02-28": true,
		"2025-02-29": false, "2025-13": false, "25": false, "2025-2-1": false} {
		if got := wellFormed(v); got != want {
			t.Errorf("wellFormed(%q) = %v, want %v", v, got, want)
		}
	}
}
