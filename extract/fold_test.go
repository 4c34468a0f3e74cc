package extract

import "testing"

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Élysée  Palace", "elysee palace"},
		{"U.S.", "us"},
		{"O'Brien", "obrien"},
		{"Al-Sisi", "al sisi"},
		{"", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPersonKeyFoldsTransliterations(t *testing.T) {
	for _, pair := range [][2]string{
		{"Volodymyr Zelensky", "Volodymyr Zelenskyy"},
		{"Yury Ushakov", "Yuri Ushakov"},
		{"Sergey Lavrov", "Sergei Lavrov"},
		{"Aleksei Navalny", "Alexei Navalny"},
		{"Dmitry Peskov", "Dmitri Peskov"},
	} {
		if a, b := PersonKey(pair[0]), PersonKey(pair[1]); a != b {
			t.Errorf("PersonKey(%q) = %q, PersonKey(%q) = %q; want equal", pair[0], a, pair[1], b)
		}
	}
	if a, b := PersonKey("Donald Trump"), PersonKey("Donald Tusk"); a == b {
		t.Errorf("PersonKey folds distinct people together: %q", a)
	}
}

func FuzzFoldASCIIFastPath(f *testing.F) {
	for _, s := range []string{"U.S. President", "O'Brien", "Al-Sisi  ", "a--b..c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := foldASCII(s), foldUnicode(s); got != want {
			t.Errorf("foldASCII(%q) = %q, foldUnicode = %q", s, got, want)
		}
	})
}
