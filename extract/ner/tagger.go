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
	// institutions qualify a role when the model does not tag them: "Kremlin aide".
	institutions map[string]bool
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
			commander chief director chairman chairwoman chairperson ceo leader official officials counterpart coach manager
			judge pope cardinal archbishop bishop rabbi imam ayatollah premier speaker commissioner negotiator
			diplomat mediator attorney prosecutor lawyer economist analyst correspondent officer dr. dr
			professor prof. reverend rev. candidate nominee head founder owner boss chief-of-staff
			striker midfielder defender goalkeeper winger forward player footballer cricketer batsman bowler`),
		mods: set(`staff vice prime deputy foreign defence defense interior finance trade justice special national
			security state former acting crown senior top assistant associate executive general press
			military presidential foreign-policy economic chief lead junior first second-in-command
			then incoming outgoing interim de facto supreme grand high external affairs home health energy education
			commerce transport agriculture culture labour labor environment tourism information industry sports youth`),
		honor:        set(`mr. mrs. ms. miss mr mrs ms sir dame lord lady shri smt smt. shrimati`),
		institutions: set(`kremlin pentagon vatican elysee élysée whitehall`),
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
		var ms []extract.Mention
		for _, c := range chunks(tags[si]) {
			ms = append(ms, extract.Mention{Kind: extract.Kind(c.typ), First: r[0] + c.start, Last: r[0] + c.stop})
		}
		ms = t.peelAll(d, r[0], ms)
		for _, m := range ms {
			m.Span = extract.Span{Start: d.Tokens[m.First].Start, End: d.Tokens[m.Last-1].End}
			m.Text = d.Text[m.Start:m.End]
			out = append(out, m)
		}
	}
	return out, nil
}

// peelAll peels titles off the person mentions of one sentence and sets
// their roles. Other mentions that lie inside a role ("National Security" in
// "National Security Adviser Mike Waltz") are dropped, and those that run
// into one ("White House Press" before "Secretary Karoline Leavitt") are cut
// where the role starts. ms is sorted and the result is too.
func (t *Tagger) peelAll(d *extract.Doc, sentFirst int, ms []extract.Mention) []extract.Mention {
	drop := make([]bool, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.Kind != extract.Person {
			continue
		}
		first, core, end := t.peel(d, sentFirst, m.First, m.Last)
		if first == m.Last {
			drop[i] = true // nothing but titles
			continue
		}
		m.First = first
		if core == end {
			continue
		}
		// Trim or drop the other mentions inside the role.
		for j := range ms {
			o := &ms[j]
			if j == i || o.Kind == extract.Person || o.Last <= core || o.First >= end {
				continue
			}
			if o.First >= core {
				drop[j] = true
			} else {
				o.Last = core
			}
		}
		m.Role = t.roleText(d, sentFirst, ms, drop, core, end)
	}
	out := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// roleText returns the text of the role [core, end) with its qualifier: a
// mention that ends where the role starts, possibly with a possessive
// ("US", "Kremlin", "White House", "Trump's").
func (t *Tagger) roleText(d *extract.Doc, sentFirst int, ms []extract.Mention, drop []bool, core, end int) string {
	start := core
	j := core
	if j-1 > sentFirst && (d.Tokens[j-1].Text == "'s" || d.Tokens[j-1].Text == "’s") {
		j--
	}
	if j-3 > sentFirst && d.Tokens[j-1].Text == ")" && d.Tokens[j-3].Text == "(" {
		j -= 3 // "Council of Governors (CoG) chairperson": the body and its acronym
	}
	for i, o := range ms {
		if !drop[i] && o.Last == j {
			start = o.First
		}
	}
	if start == core && j == core && j > sentFirst && startsUpper(d.Tokens[j-1].Text) {
		h, _ := lowerHash(d.Tokens[j-1].Text, nil)
		if t.institutions[lowerWord(d.Tokens[j-1].Text)] || t.ner != nil && t.ner.cgaz.isCountry(h) {
			start = j - 1
		}
	}
	// Qualifiers of the whole: "Special U.S. Envoy", "former US President".
	for start < core && start > sentFirst && t.mods[lowerWord(d.Tokens[start-1].Text)] {
		start--
	}
	return d.Text[d.Tokens[start].Start:d.Tokens[end-1].End]
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

// lowerWord returns the lower-cased, ASCII-punctuated form of a token.
func lowerWord(s string) string { return strings.ToLower(normalize(s)) }

// peel removes titles from the front of a person mention over tokens
// [first, last) and finds the role words written before the name: for "US
// President Donald Trump" it returns the first token of "Donald Trump" and
// the range [core, end) of "President". core == end when there is no role;
// first == last when the mention is nothing but titles. sentFirst is the
// first token of the sentence.
func (t *Tagger) peel(d *extract.Doc, sentFirst, first, last int) (newFirst, core, end int) {
	lw := func(i int) string { return lowerWord(d.Tokens[i].Text) }
	for first+1 < last && (t.heads[lw(first)] || t.mods[lw(first)] || t.honor[lw(first)]) {
		first++
	}
	if t.heads[lw(first)] && first+1 == last {
		return last, last, last // a bare title
	}
	// Honorifics are not roles; then walk back over head nouns, their
	// qualifiers and "of" ("Secretary of State").
	k := first
	for k > sentFirst && t.honor[lw(k-1)] {
		k--
	}
	end = k
	hasHead := false
	for k > sentFirst {
		w := lw(k - 1)
		switch {
		case t.heads[w]:
			hasHead = true
		case t.mods[w]:
		case w == "of" && k-1 > sentFirst && t.heads[lw(k-2)]:
		default:
			if !hasHead {
				return first, end, end
			}
			return first, k, end
		}
		k--
	}
	if !hasHead {
		return first, end, end
	}
	return first, k, end
}
