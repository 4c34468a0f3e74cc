package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Splitter groups tokens into sentences.
type Splitter interface {
	Split(text string, toks []Token) []Sentence
}

// RuleSplitter ends a sentence at a line break, and at ".", "!" or "?" (with
// any closing quotes or brackets after it) when the next token starts a new
// sentence: a capital, a digit or an opening quote. A full stop that belongs to
// an abbreviation ("Mr.", "U.S.") ends a sentence only at a line break or
// before a word that cannot continue one. The zero value is ready to use and
// safe for concurrent use.
type RuleSplitter struct{}

// Split implements Splitter.
func (RuleSplitter) Split(text string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	end := func(last int) {
		if last > first {
			out = append(out, Sentence{Span: Span{Start: toks[first].Start, End: toks[last-1].End}, First: first, Last: last})
		}
		first = last
	}
	for i := 0; i < len(toks); i++ {
		// A line break between tokens ends a sentence.
		if i > first && strings.ContainsAny(text[toks[i-1].End:toks[i].Start], "\n\r") {
			end(i)
		}
		t := toks[i].Text
		terminal := t == "." || t == "!" || t == "?" || t == "..." || t == "…" || t == "?!" || t == "!!"
		abbrev := !terminal && len(t) > 1 && strings.HasSuffix(t, ".")
		if !terminal && !abbrev {
			continue
		}
		j := i + 1
		for j < len(toks) && isCloser(toks[j].Text) && toks[j].Start == toks[j-1].End {
			j++
		}
		if j >= len(toks) {
			continue
		}
		next := toks[j]
		if strings.ContainsAny(text[toks[j-1].End:next.Start], "\n\r") {
			continue // the line-break rule ends it
		}
		r := firstRune(next.Text)
		if t == "!" && i > 0 && toks[i-1].End == toks[i].Start && allCaps(toks[i-1].Text) && unicode.IsDigit(r) {
			continue // a name with its mark: "opened GO! 2025, the first"
		}
		startsNew := unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(next.Text)
		if abbrev {
			// "U.S. President" continues; "in the U.S. The next day" ends.
			startsNew = startsNew && isSentenceStarter(next.Text)
		}
		if startsNew {
			end(j)
			i = j - 1
		}
	}
	end(len(toks))
	return out
}

func isCloser(t string) bool {
	switch t {
	case "\"", "'", "”", "’", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(t string) bool {
	switch t {
	case "\"", "“", "‘", "(", "[", "«":
		return true
	}
	return false
}

// isSentenceStarter reports words that usually begin a sentence rather than
// continue a name after an abbreviation.
func isSentenceStarter(w string) bool {
	switch w {
	case "The", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "A", "An",
		"This", "That", "These", "Those", "His", "Her", "Their", "Its", "There", "After", "Before",
		"When", "While", "As", "If", "However", "Meanwhile", "Earlier", "Later", "Last", "For",
		"Did", "Do", "Does", "What", "Why", "How", "Where", "Who", "You", "My", "Our", "Your", "Then", "Now", "Both", "Some", "Many":
		return true
	}
	return utf8.RuneCountInString(w) == 1 && isOpener(w)
}
