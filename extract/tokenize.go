package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Tokenizer splits text into tokens with byte offsets.
type Tokenizer interface {
	Tokenize(text string) []Token
}

// RuleTokenizer splits English news text into words and punctuation, the way
// CoNLL-2003 and the Penn Treebank do: "Trump's" → "Trump" "'s", "don't" →
// "do" "n't", quotes and brackets apart, while abbreviations ("U.S.", "Mr."),
// numbers ("3-1/2", "1,000.5"), hyphenated words and e-mail-like strings stay
// whole. The zero value is ready to use and safe for concurrent use.
type RuleTokenizer struct{}

// abbreviations end with a full stop that is part of the word.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true,
	"col": true, "maj": true, "capt": true, "sgt": true, "adm": true, "sen": true, "sens": true, "rep": true, "reps": true,
	"gov": true, "pres": true, "st": true, "jr": true, "sr": true, "rev": true, "hon": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "dept": true, "univ": true, "mt": true,
	"ft": true, "gov't": true, "e.g": true, "i.e": true, "etc": true, "approx": true, "est": true,
	"amb": true, "brig": true, "cdr": true, "cmdr": true, "supt": true, "insp": true, "fr": true, "sec": true,
	"messrs": true, "engr": true, "eng": true, "adv": true, "barr": true, "arch": true, "coun": true, "cllr": true,
	"ing": true, "arq": true, "lic": true, "sra": true, "cr": true, "mgr": true, "bc": true, "judr": true, "mudr": true,
	"phdr": true, "rndr": true, "atty": true, "dir": true,
}

// Tokenize implements Tokenizer.
func (RuleTokenizer) Tokenize(text string) []Token {
	var toks []Token
	emit := func(s, e int) {
		if s < e {
			toks = append(toks, Token{Span: Span{Start: s, End: e}, Text: text[s:e]})
		}
	}
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == utf8.RuneError && n == 1 {
			i += n
			continue
		}
		if !isWordRune(r) {
			// Runs of the same punctuation stay together ("...", "--").
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 != r || r == '"' || r == '\'' {
					break
				}
				j += n2
			}
			emit(i, j)
			i = j
			continue
		}
		// A word: letters, digits and inner connectors.
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isInnerConnector(r2) && j+n2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				prev, _ := utf8.DecodeLastRuneInString(text[i:j])
				if isWordRune(r3) && (r2 != ',' && r2 != '/' || unicode.IsDigit(prev) && unicode.IsDigit(r3) || r2 == '/' && patronymicSlash(text, i, j)) {
					j += n2
					continue
				}
			}
			break
		}
		word := text[i:j]
		// Abbreviations keep their full stop: U.S. / Mr. / Jan.
		if j < len(text) && text[j] == '.' {
			last := word[strings.LastIndexAny(word, "-‑")+1:] // "Canada-U.S." ends with one
			if isDottedAbbrev(last) || abbreviations[strings.ToLower(word)] && !(strings.ToLower(word) == "no" && !numberAfter(text[j+1:])) ||
				utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)) || givenAbbrev(word, toks, text[j:]) {
				if !surnameAtEnd(word, toks, text[j+1:]) {
					j++
					word = text[i:j]
				}
			}
		}
		// Clitics split off: Trump's → Trump 's ; don't → do n't.
		if k := cliticStart(word); k > 0 {
			emit(i, i+k)
			emit(i+k, j)
		} else {
			emit(i, j)
		}
		i = j
	}
	return toks
}

// surnameAtEnd reports whether word, an abbreviation that is also a
// surname ("Sen"), ends a sentence after a capitalised name: "the real
// decision-maker is Hun Sen. Did you meet him?", not "Republican Sen. John
// Thune". rest is the text after the full stop.
func surnameAtEnd(word string, toks []Token, rest string) bool {
	if word != "Sen" || len(toks) == 0 || !unicode.IsUpper(firstRune(toks[len(toks)-1].Text)) {
		return false
	}
	next := strings.Fields(rest)
	return len(next) == 0 || strings.HasPrefix(strings.TrimLeft(rest, " \t"), "\n") || isSentenceStarter(strings.TrimRight(next[0], ",?!"))
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInnerConnector reports runes that join two word parts: U.S, 3-1/2, 1,000, O'Brien.
func isInnerConnector(r rune) bool {
	switch r {
	case '.', '-', '\'', '’', '&', ',', '/', '‑':
		return true
	}
	return false
}

// isDottedAbbrev reports forms like "U.S" or "e.g" (letters between full stops).
func isDottedAbbrev(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

// cliticStart returns the byte index where a clitic ('s, n't, 're, 've, 'll, 'd, 'm) starts in w, or 0.
func cliticStart(w string) int {
	lw := strings.ToLower(w)
	for _, c := range [...]string{"n't", "n’t"} {
		if strings.HasSuffix(lw, c) && len(w) > len(c) {
			return len(w) - len(c)
		}
	}
	for _, q := range [...]string{"'", "’"} {
		for _, c := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
			suf := q + c
			if strings.HasSuffix(lw, suf) && len(w) > len(suf) {
				return len(w) - len(suf)
			}
		}
	}
	return 0
}

// givenAbbrev reports whether word, before a full stop and the rest of the
// text, is an abbreviated given name: "Ma." for Maria in Philippine usage
// ("Sen. Ma. Teresa Cruz", "Foreign Secretary Ma. Theresa Lazaro"), "Md."
// and "Mohd." for Mohammad in South Asian and Malaysian usage ("Adviser Md.
// Touhid Hossain"). A capitalised name must follow, and no name of its own
// may come before it ("Jack Ma. Then"); "Md." after a comma is Maryland
// ("Bethesda, Md.").
func givenAbbrev(word string, toks []Token, rest string) bool {
	if !givenAbbrevs[word] || !strings.HasPrefix(rest, ". ") || len(rest) < 3 || !unicode.IsUpper(firstRune(rest[2:])) {
		return false
	}
	next := rest[2:]
	if k := strings.IndexAny(next, " ,.;:"); k > 0 {
		next = next[:k]
	}
	if isSentenceStarter(next) {
		return false
	}
	if n := len(toks); n > 0 {
		p := toks[n-1].Text
		if p == "," && word == "Md" {
			return false
		}
		return !unicode.IsUpper(firstRune(p)) || strings.HasSuffix(p, ".") || titleWords[strings.ToLower(p)]
	}
	return true
}

// givenAbbrevToken reports whether the token t is an abbreviated given name
// that kept its full stop: "Ma.", "Md.".
func givenAbbrevToken(t string) bool {
	return strings.HasSuffix(t, ".") && givenAbbrevs[t[:len(t)-1]]
}

// givenAbbrevs are the abbreviated given names that keep their full stop.
var givenAbbrevs = map[string]bool{"Ma": true, "Md": true, "Mohd": true, "Muhd": true,
	"Ch": true, "Ts": true, "Kh": true, "Sh": true, "Zh": true, "Yu": true, "Ya": true, "Dz": true} // Mongolian and Russian initials: "Ch. Enkhtuvshin", "Yu. Ushakov"

// patronymicSlash reports whether the slash at j joins a Malaysian or
// Singaporean patronymic of two letters, "a/l" or "s/o" ("Muthu Krishnan a/l
// Rajoo"), which is one word.
func patronymicSlash(text string, i, j int) bool {
	if j-i != 1 || j+2 > len(text) {
		return false
	}
	if j+3 <= len(text) && (text[i:j+3] == "W/ro" || text[i:j+3] == "W/rt") && (j+3 == len(text) || text[j+3] == ' ') {
		return true // the Amharic courtesy titles Weyzero and Weyzerit: "W/ro Tigist Alemayehu"
	}
	pair := text[i : j+2]
	if pair != "a/l" && pair != "a/p" && pair != "s/o" && pair != "d/o" {
		return false
	}
	return j+2 == len(text) || text[j+2] == ' '
}

// numberAfter reports whether rest, after spaces, begins with a digit: "No.
// 10 Downing Street" abbreviates "number", "No. Kiir did not attend" answers
// a question.
func numberAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " \u00a0")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}
