package ner

import (
	"errors"
	"io/fs"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/extract"
)

// Default model names inside the data file system (data.FS).
const (
	NERModelName = "models/ner.gz"
	POSModelName = "models/pos.gz"
)

// A Tagger tags the tokens of an extract.Doc with entity mentions and parts
// of speech. It implements extract.Tagger and extract.POSTagger and is safe
// for concurrent use.
type Tagger struct {
	ner, pos *Model
	heads    map[string]bool // role nouns: president, aide, envoy
	mods     map[string]bool // words that qualify a role noun: prime, foreign, special
	honor    map[string]bool // honorifics peeled off names but not kept as roles
}

var (
	_ extract.Tagger    = (*Tagger)(nil)
	_ extract.POSTagger = (*Tagger)(nil)
)

// ErrNoModel is returned by TagPOS when the Tagger has no POS model.
var ErrNoModel = errors.New("ner: no model for this task")

// NewTagger returns a Tagger over an entity model and an optional (nil) POS model.
func NewTagger(nerModel, posModel *Model) *Tagger {
	set := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
		return m
	}
	return &Tagger{
		ner: nerModel,
		pos: posModel,
		heads: set(`president president-elect minister secretary secretary-general chancellor king queen prince
			princess emperor sultan sheikh emir aide adviser advisor spokesman spokeswoman spokesperson senator
			sen. congressman congresswoman representative rep. lawmaker envoy ambassador governor gov. mayor
			general gen. lieutenant lt. colonel col. major maj. captain capt. sergeant sgt. admiral adm.
			commander chief director chairman chairwoman ceo leader official officials counterpart coach manager
			judge pope cardinal archbishop bishop rabbi imam ayatollah premier speaker commissioner negotiator
			diplomat mediator attorney prosecutor lawyer economist analyst correspondent officer dr. dr
			professor prof. reverend rev. candidate nominee head founder owner boss chief-of-staff`),
		mods: set(`vice prime deputy foreign defence defense interior finance trade justice special national
			security state former acting crown senior top assistant associate executive general press
			military presidential foreign-policy economic chief lead junior first second-in-command
			then incoming outgoing interim de facto supreme grand high`),
		honor: set(`mr. mrs. ms. miss mr mrs ms sir dame lord lady`),
	}
}

// LoadTagger loads the default models (NERModelName, POSModelName) from fsys.
func LoadTagger(fsys fs.FS) (*Tagger, error) {
	n, err := Load(fsys, NERModelName)
	if err != nil {
		return nil, err
	}
	p, err := Load(fsys, POSModelName)
	if err != nil {
		return nil, err
	}
	return NewTagger(n, p), nil
}

// sentences returns the token ranges to tag: d.Sentences, plus any tokens
// they leave out as sentences of their own.
func sentences(d *extract.Doc) [][2]int {
	var out [][2]int
	next := 0
	for _, s := range d.Sentences {
		if s.First < next || s.Last > len(d.Tokens) || s.First > s.Last {
			continue
		}
		if s.First > next {
			out = append(out, [2]int{next, s.First})
		}
		if s.Last > s.First {
			out = append(out, [2]int{s.First, s.Last})
		}
		next = s.Last
	}
	if next < len(d.Tokens) {
		out = append(out, [2]int{next, len(d.Tokens)})
	}
	return out
}

// TagPOS implements extract.POSTagger.
func (t *Tagger) TagPOS(d *extract.Doc) ([]string, error) {
	if t.pos == nil {
		return nil, ErrNoModel
	}
	ranges := sentences(d)
	words := t.words(d, ranges, t.pos)
	tags := t.pos.Tag(words)
	out := make([]string, len(d.Tokens))
	for i, r := range ranges {
		copy(out[r[0]:r[1]], tags[i])
	}
	return out, nil
}

// Tag implements extract.Tagger.
func (t *Tagger) Tag(d *extract.Doc) ([]extract.Mention, error) {
	if t.ner == nil {
		return nil, ErrNoModel
	}
	ranges := sentences(d)
	words := t.words(d, ranges, t.ner)
	tags := t.ner.Tag(words)
	var out []extract.Mention
	for si, r := range ranges {
		for _, c := range chunks(tags[si]) {
			first, last := r[0]+c.start, r[0]+c.stop
			m := extract.Mention{Kind: extract.Kind(c.typ), First: first, Last: last}
			if m.Kind == extract.Person {
				if m.First, m.Role = t.peel(d, r[0], first, last); m.First == last {
					continue // nothing but titles
				}
			}
			m.Span = extract.Span{Start: d.Tokens[m.First].Start, End: d.Tokens[m.Last-1].End}
			m.Text = d.Text[m.Start:m.End]
			out = append(out, m)
		}
	}
	// Roles may name earlier mentions ("Kremlin aide"); they stay mentions.
	return out, nil
}

// words returns the words of each range, re-casing Title-Case headlines:
// a word is lower-cased unless the document capitalises it in the middle of
// an ordinary sentence, it is an acronym, or it is a country or nationality
// that the training text does not write in lower case. Other names in a
// headline are found when the article repeats them.
func (t *Tagger) words(d *extract.Doc, ranges [][2]int, m *Model) [][]string {
	out := make([][]string, len(ranges))
	var capsElsewhere map[string]bool
	for i, r := range ranges {
		toks := d.Tokens[r[0]:r[1]]
		out[i] = make([]string, len(toks))
		for j, tk := range toks {
			out[i][j] = tk.Text
		}
		if !titleCase(toks) {
			continue
		}
		if capsElsewhere == nil {
			capsElsewhere = capitalisedMidSentence(d, ranges)
		}
		var scratch []byte
		for j, tk := range toks {
			if !startsUpper(tk.Text) || capsElsewhere[tk.Text] {
				continue
			}
			var ti tokInfo
			ti, scratch = info(tk.Text, scratch)
			if ti.flags&fAllCap == 0 && (m.lowerSet[ti.lower] || !m.cgaz.isCountry(ti.lower)) {
				out[i][j] = strings.ToLower(tk.Text)
			}
		}
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleCase reports whether a sentence is a Title-Case headline: three or
// more words, every word after the first capitalised, and not all capitals.
func titleCase(toks []extract.Token) bool {
	words, caps, allCaps := 0, 0, 0
	for j, tk := range toks {
		r, _ := utf8.DecodeRuneInString(tk.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if strings.ToUpper(tk.Text) == tk.Text {
			allCaps++
		}
		if unicode.IsUpper(r) || j == 0 {
			caps++
		}
	}
	return words >= 3 && caps == words && allCaps < words
}

// capitalisedMidSentence returns the words that the document capitalises
// inside ordinary (not Title-Case) sentences, after their first word.
func capitalisedMidSentence(d *extract.Doc, ranges [][2]int) map[string]bool {
	out := map[string]bool{}
	for _, r := range ranges {
		toks := d.Tokens[r[0]:r[1]]
		if titleCase(toks) {
			continue
		}
		for j, tk := range toks {
			if j > 0 && startsUpper(tk.Text) {
				out[tk.Text] = true
			}
		}
	}
	return out
}

// determiners may start a sentence capitalised but never qualify a role.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true}

// lowerWord returns the lower-cased, ASCII-punctuated form of a token.
func lowerWord(s string) string { return strings.ToLower(normalize(s)) }

// peel removes titles from the front of a person mention over tokens
// [first, last) and returns the new first token and the role written before
// the name: "US President Donald Trump" gives "Donald Trump" and "US
// President". sentFirst is the first token of the sentence.
func (t *Tagger) peel(d *extract.Doc, sentFirst, first, last int) (int, string) {
	for first < last && (t.heads[lowerWord(d.Tokens[first].Text)] || t.mods[lowerWord(d.Tokens[first].Text)] ||
		t.honor[lowerWord(d.Tokens[first].Text)]) && first+1 < last {
		first++
	}
	if first < last && t.heads[lowerWord(d.Tokens[first].Text)] && first+1 == last {
		return last, "" // a bare title
	}
	// Walk back over the role: head nouns, their qualifiers and "of".
	k, end := first, first
	for k > sentFirst && t.honor[lowerWord(d.Tokens[k-1].Text)] {
		k-- // honorifics are not roles
	}
	end = k
	hasHead := false
	for k > sentFirst {
		w := lowerWord(d.Tokens[k-1].Text)
		switch {
		case t.heads[w]:
			hasHead = true
		case t.mods[w]:
		case w == "of" && k-1 > sentFirst && t.heads[lowerWord(d.Tokens[k-2].Text)]:
		case (w == "state" || w == "defense" || w == "defence") && k < end:
		default:
			goto qualifiers
		}
		k--
	}
qualifiers:
	if !hasHead {
		return first, ""
	}
	// A qualifier before the role: a capitalised name, possibly possessive
	// ("US", "Russian", "Kremlin", "White House", "Russia's").
	j := k
	if j-1 > sentFirst && (d.Tokens[j-1].Text == "'s" || d.Tokens[j-1].Text == "’s") {
		j--
	}
	q := j
	for q > sentFirst && q > j-3 && startsUpper(d.Tokens[q-1].Text) && !t.heads[lowerWord(d.Tokens[q-1].Text)] &&
		!determiners[lowerWord(d.Tokens[q-1].Text)] {
		q--
	}
	if q < j {
		k = q
	}
	return first, d.Text[d.Tokens[k].Start:d.Tokens[end-1].End]
}
