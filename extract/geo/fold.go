package geo

import "newsgraph/extract"

// fold is extract.Fold with a fast path for ASCII text, the most common
// case: extract.Fold builds a Unicode transformer on every call, which costs
// more than the rest of a lookup. TestFold checks that the two agree.
func fold(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return extract.Fold(s)
		}
	}
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
			// joined, as extract.Fold does: U.S. → us
		default:
			space = true
		}
	}
	return string(b)
}
