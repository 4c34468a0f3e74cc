package dates

import (
	"unicode"
	"unicode/utf8"
)

// A tkind is the kind of a token.
type tkind uint8

const (
	tWord tkind = iota + 1
	tNum
	tPunct
)

// A token is a run of letters, a run of digits or one other non-space rune.
type token struct {
	start, end int // byte offsets in the sentence
	kind       tkind
	lx         lex  // for words: the lexicon entry, zero if none
	num        int  // for numbers: the value (capped); for punctuation: the rune
	up         bool // for words: the first letter is upper case
}

// digits returns the number of digits of a number token.
func (t token) digits() int { return t.end - t.start }

// maxWord is the longest word looked up in the lexicon.
const maxWord = 12

// lookup returns the lexicon entry for the word w, ignoring ASCII case.
func lookup(w string) lex {
	if len(w) > maxWord {
		return lex{}
	}
	var buf [maxWord]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return lexicon[string(buf[:len(w)])]
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// wordEnd returns the end of the word that starts at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if isASCIILetter(c) {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}

// mayHaveDate reports whether s contains a digit or a word that can anchor a
// date expression. It is the cheap test run before any parsing.
func mayHaveDate(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			return true
		case isASCIILetter(c):
			j := wordEnd(s, i)
			if lookup(s[i:j]).cls.trigger() {
				return true
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// tokenize appends the tokens of s to toks.
func tokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isDigit(c):
			j, v := i, 0
			for j < len(s) && isDigit(s[j]) {
				if v < 1e8 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, kind: tNum, num: v})
			i = j
		case isASCIILetter(c):
			j := wordEnd(s, i)
			toks = append(toks, token{start: i, end: j, kind: tWord, lx: lookup(s[i:j]), up: 'A' <= c && c <= 'Z'})
			i = j
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsLetter(r):
				j := wordEnd(s, i)
				toks = append(toks, token{start: i, end: j, kind: tWord, up: unicode.IsUpper(r)})
				i = j
			case unicode.IsSpace(r):
				i += n
			default:
				toks = append(toks, token{start: i, end: i + n, kind: tPunct, num: int(r)})
				i += n
			}
		}
	}
	return toks
}
