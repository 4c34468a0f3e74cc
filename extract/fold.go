package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns s lower-cased, without accents or punctuation, with single
// spaces between words: "Élysée  Palace" and "elysee palace" fold alike.
// Apostrophes and full stops vanish ("U.S." → "us", "O'Brien" → "obrien");
// other punctuation separates words.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	return foldUnicode(s)
}

func foldUnicode(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if r, _, err := transform.String(t, s); err == nil {
		s = r
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '\'' || r == '’' || r == '.' || r == 'ʼ':
			// joined: U.S. → us
		default:
			space = true
		}
	}
	return b.String()
}

// PersonKey returns the cross-article identity of a person's name: Fold with
// common transliteration variants folded, so that Zelensky and Zelenskyy,
// Yury and Yuri, Sergey and Sergei, Alexei and Aleksei share a key.
func PersonKey(name string) string {
	words := strings.Fields(Fold(name))
	for i, w := range words {
		words[i] = foldTranslit(w)
	}
	return strings.Join(words, " ")
}

func foldTranslit(w string) string {
	if len(w) < 3 {
		return w
	}
	w = strings.ReplaceAll(w, "ks", "x")
	for _, suf := range [...]struct{ from, to string }{
		{"yy", "i"}, {"iy", "i"}, {"ii", "i"}, {"yi", "i"}, {"ey", "ei"}, {"y", "i"},
	} {
		if strings.HasSuffix(w, suf.from) && len(w) > len(suf.from)+1 {
			return w[:len(w)-len(suf.from)] + suf.to
		}
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// foldASCII is Fold for ASCII text, without the Unicode normalisation that
// costs most of Fold's time.
func foldASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', 'A' <= c && c <= 'Z':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case c == '\'' || c == '.':
			// joined: U.S. → us
		default:
			space = true
		}
	}
	return string(b)
}
