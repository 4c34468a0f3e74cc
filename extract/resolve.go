package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/adrg/strutil"
	"github.com/adrg/strutil/metrics"
)

// RuleResolver groups mentions into entities within one article. People:
// full names, surnames and first names alone, titles and roles written next
// to a name, anaphoric titles ("the envoy", "Trump's envoy", "the US
// president"), and third-person pronouns (by gender of the given name and
// subject position). Misspelt variants of a name are linked only with evidence
// (a similar spelling and the same role, or both quoted as speakers) and
// recorded in Entity.Merges. Places and venue organisations are resolved
// through the Gazetteer. A RuleResolver is safe for concurrent use.
type RuleResolver struct {
	Gazetteer Gazetteer   // may be nil
	Names     *GivenNames // may be nil
}

// pcluster is a person being built.
type pcluster struct {
	ms     []int // indices into d.Mentions
	key    string
	words  []string // PersonKey of each word of the fullest name
	merges []Merge
	// absorbed: merged into another cluster by spellings
	absorbed bool
}

// Resolve implements Resolver.
func (r RuleResolver) Resolve(d *Doc) ([]Entity, error) {
	r.Gazetteer = memoized(r.Gazetteer) // r is a copy: one memo per document
	var ents []Entity
	ents = append(ents, r.people(d)...)
	ents = append(ents, r.others(d)...)
	return ents, nil
}

// people clusters the person mentions of d and attaches titles and pronouns.
func (r RuleResolver) people(d *Doc) []Entity {
	var cl []*pcluster
	var singles, hyphen []int
	for i, m := range d.Mentions {
		if m.Kind != Person {
			continue
		}
		words := nameWords(m.Text)
		if len(words) < 2 {
			singles = append(singles, i)
			continue
		}

		if m.Last-m.First == 1 {
			// One hyphenated word: "González-Olaechea" is the double surname
			// inside "Javier González-Olaechea Franco".
			hyphen = append(hyphen, i)
		}
		var hit *pcluster
		if m.Last-m.First == 1 {
			hit = r.addressedMatch(d, cl, words[len(words)-1], m) // "Mrs Al-Khatib" beside Mohammad and Rania Al-Khatib
		}
		for _, c := range cl {
			if hit == nil && sameFullName(words, c.words) {
				hit = c
				break
			}
		}
		if hit == nil && len(words) == 2 && patronymic(words[1]) {
			// "Boris Nikolayevich": a given name and a patronymic, no surname.
			hit = uniqueMatch(cl, words[0], false)
		}
		if hit == nil {
			hit = &pcluster{key: strings.Join(words, " "), words: words}
			cl = append(cl, hit)
		}
		hit.ms = append(hit.ms, i)
		if len(words) > len(hit.words) && !(len(words) == 2 && patronymic(words[1])) {
			hit.words = words
		}
	}
	// "Don Ramiro", "Dom Paulo": a style and the given name of one person
	// named in full; else a name of its own ("Don Lemon").
	for k := 0; k < len(cl); k++ {
		c := cl[k]
		if len(c.words) != 2 || !givenHonorifics[c.words[0]] {
			continue
		}
		rest := append(append([]*pcluster(nil), cl[:k]...), cl[k+1:]...)
		if hit := uniqueMatch(rest, c.words[1], false); hit != nil {
			hit.ms = append(hit.ms, c.ms...)
			cl = rest
			k--
		}
	}
	// Single words: a surname, else a first name, that only one person has.
	var alone []int
	other := map[int]bool{} // single names known to be no one named in full
	for _, i := range singles {
		w := PersonKey(d.Mentions[i].Text)
		if royalOther(d, cl, w, d.Mentions[i].Role) {
			alone = append(alone, i) // "King Sultan Ibrahim" beside Prime Minister Anwar Ibrahim: someone else
			other[i] = true
			continue
		}
		if c := uniqueMatch(cl, w, false); c != nil && givenStyles[roleHead(d.Mentions[i].Role)] {
			c.ms = append(c.ms, i) // "Shaikh Salman" is Salman bin Ebrahim Al Khalifa, not Mohammed bin Salman: a style takes a given name
		} else if c := r.paternalMatch(d, cl, w); c != nil {
			c.ms = append(c.ms, i) // "Orozco" is Guadalupe Orozco Ramírez beside her son Rodrigo Navarro Orozco
		} else if c := uniqueMatch(cl, w, true); c != nil {
			c.ms = append(c.ms, i)
		} else if c := r.addressedMatch(d, cl, w, d.Mentions[i]); c != nil {
			c.ms = append(c.ms, i) // "Ms McAllister" is Fiona McAllister beside her brother Rory
		} else if c := mainBearer(d, cl, w); c != nil {
			c.ms = append(c.ms, i)
		} else if c := uniqueMatch(cl, w, false); c != nil {
			c.ms = append(c.ms, i)
		} else if c := titledMatch(d, cl, w, d.Mentions[i].Role); c != nil {
			c.ms = append(c.ms, i) // "President Lee" beside Lee Jae-myung (president) and Lee Jae-yong (chairman)
		} else if c := middleMatch(cl, w); c != nil {
			c.ms = append(c.ms, i) // "Lula" is Luiz Inácio Lula da Silva
		} else {
			alone = append(alone, i)
		}
	}
	// Unmatched single words: a new person, unless a garbled form of one with evidence.
	for _, i := range alone {
		m := d.Mentions[i]
		w := PersonKey(m.Text)
		var hit *pcluster
		for _, c := range cl {
			if len(c.words) == 1 && c.words[0] == w {
				hit = c
				break
			}
		}
		if hit == nil && !other[i] {
			if c, mg, ok := r.garbled(d, cl, i); ok {
				hit = c
				if !hasMerge(c.merges, m.Text) {
					c.merges = append(c.merges, mg)
				}
			}
		}
		if hit == nil {
			hit = &pcluster{key: w, words: []string{w}}
			cl = append(cl, hit)
		}
		hit.ms = append(hit.ms, i)
	}
	cl = innerSurnames(cl, hyphen)
	cl = knownAs(d, cl)
	cl = shortForms(cl)
	cl = r.doubleSurnames(cl)
	cl = spellings(d, cl)
	ents := make([]Entity, len(cl))
	for k, c := range cl {
		sort.Ints(c.ms)
		e := Entity{Kind: Person, Merges: c.merges}
		seen := map[string]bool{}
		nameLen := 0
		for _, i := range c.ms {
			m := d.Mentions[i]
			if n := strings.Count(strings.TrimSpace(m.Text), " ") + 1; n > nameLen {
				// a cheap bound first: only a mention of more words may be a longer name
				if w := len(nameWords(m.Text)); w > nameLen {
					e.Name, nameLen = withoutNickname(m.Text), w
				}
			}
			if !seen[m.Text] && !isMerged(c.merges, m.Text) {
				seen[m.Text] = true
				e.Aliases = append(e.Aliases, m.Text)
			}
			e.Mentions = append(e.Mentions, m.Span)
			if m.Role != "" {
				sp := roleSpan(d.Text, m)
				e.Roles = append(e.Roles, Role{Title: m.Role, Span: sp})
				if e.Country == "" {
					e.Country = r.countryOfRole(m.Role)
				}
			}
		}
		for _, mg := range c.merges {
			if !seen[mg.Alias] {
				seen[mg.Alias] = true
				e.Aliases = append(e.Aliases, mg.Alias)
			}
		}
		if st := styleOf(e); st != "" {
			// "King Hassan", "Crown Prince Abdullah": known by a style and one name.
			e.Name = st + " " + e.Name
		}
		ents[k] = e
	}
	low := lowerTokens(d)
	r.appositionRoles(d, ents, low)
	r.titles(d, ents, low)
	r.ages(d, ents, low)
	r.visitors(d, ents, low)
	accused(d, ents, low)
	roleAcronyms(d, ents)
	r.pronouns(d, ents, low)
	kinRefs(d, ents, low)
	transcript(d, ents, low)
	firstPerson(d, ents, low)
	interview(d, ents, low)
	bareInterview(d, ents, low)
	letters(d, ents, low)
	narrator(d, ents, low)
	for k := range ents {
		sort.Slice(ents[k].Mentions, func(a, b int) bool { return ents[k].Mentions[a].Start < ents[k].Mentions[b].Start })
	}
	return ents
}

// garbled looks for a person whose surname the single word at mention i may
// be a misspelling of, with evidence beyond the spelling.
func (r RuleResolver) garbled(d *Doc, cl []*pcluster, i int) (*pcluster, Merge, bool) {
	m := d.Mentions[i]
	w := translitKey(PersonKey(m.Text))
	speaker := isSpeaker(d, m.First, m.Last)
	var best *pcluster
	var bestSim float64
	var reason string
	for _, c := range cl {
		if len(c.words) < 2 {
			continue
		}
		sur := translitKey(c.words[len(c.words)-1])
		if n, m := len([]rune(w)), len([]rune(sur)); absInt(n-m) > maxInt(2, minInt(n, m)/3) {
			continue // "Putin" is no garbled "Pezeshkian", whatever their roles
		}
		sim := nameSimilarity(w, sur)
		// A weaker likeness is enough where the article has already been seen
		// to garble this name twice: a poor translation.
		if sim < 0.6 && (sim < 0.55 || len(c.merges) < 2) {
			continue
		}
		why := ""
		if sim >= 0.93 && len(w) >= 6 {
			why = fmt.Sprintf("near-identical spelling of %q", c.words[len(c.words)-1]) // "Mirziyoyev" for Mirziyoev
		} else if m.Role != "" && sharesRole(d, c, m.Role) {
			why = fmt.Sprintf("similar spelling of %q and the same role %q", c.words[len(c.words)-1], m.Role)
		} else if speaker && clusterSpeaks(d, c) {
			why = fmt.Sprintf("similar spelling of %q and both quoted as speakers in the article", c.words[len(c.words)-1])
			if len(c.merges) >= 2 {
				why += fmt.Sprintf("; %d other garbled forms of the name in the article", len(c.merges))
			}
		}
		if why != "" && sim > bestSim {
			best, bestSim, reason = c, sim, why
		}
	}
	if best == nil {
		return nil, Merge{}, false
	}
	return best, Merge{Alias: m.Text, Reason: reason, Confidence: round2(bestSim)}, true
}

// nameSimilarity compares two transliteration-normalised names: the best of
// Jaro-Winkler and a consonant-skeleton comparison.
func nameSimilarity(a, b string) float64 {
	jw := strutil.Similarity(a, b, metrics.NewJaroWinkler())
	sk := strutil.Similarity(skeleton(a), skeleton(b), metrics.NewJaroWinkler())
	if a == "" || b == "" || a[0] != b[0] {
		return 0
	}
	return (jw + sk) / 2
}

// translitKey folds spellings that differ across transliterations and poor
// translations: w/v, ck/k, ff/f, q/gh ("Araqchi", "Araghchi"), doubled letters.
func translitKey(s string) string {
	s = translitReplacer.Replace(s)
	var b strings.Builder
	var prev rune
	for _, c := range s {
		if c != prev {
			b.WriteRune(c)
		}
		prev = c
	}
	return b.String()
}

// translitReplacer holds translitKey's spellings; a Replacer is safe for
// concurrent use and never changes.
var translitReplacer = strings.NewReplacer("dzh", "j", "zh", "j", "kh", "h", "q", "gh", "w", "v", "ck", "k", "ph", "f", "th", "t", "c", "k", "y", "i", "ea", "e", "ee", "i")

// skeleton keeps the first letter and the consonants of s.
func skeleton(s string) string {
	var b strings.Builder
	for i, c := range s {
		if i == 0 || !strings.ContainsRune("aeiou", c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func hasMerge(ms []Merge, alias string) bool { return isMerged(ms, alias) }

func isMerged(ms []Merge, alias string) bool {
	for _, m := range ms {
		if m.Alias == alias {
			return true
		}
	}
	return false
}

// sharesRole reports whether a mention of c carries a role with the same head word.
func sharesRole(d *Doc, c *pcluster, role string) bool {
	h := roleHead(role)
	for _, i := range c.ms {
		if o := d.Mentions[i].Role; h != "" && roleHead(o) == h && !otherPortfolio(role, o) {
			return true
		}
	}
	return false
}

// otherPortfolio reports whether two roles of one title name different
// portfolios: "Foreign Minister" and "Defense Minister" are two people.
func otherPortfolio(a, b string) bool {
	pa, pb := map[string]bool{}, false
	for _, w := range strings.Fields(lower(a)) {
		if deptWords[w] {
			pa[w] = true
		}
	}
	for _, w := range strings.Fields(lower(b)) {
		if deptWords[w] {
			if pa[w] {
				return false
			}
			pb = true
		}
	}
	if len(pa) > 0 != pb {
		// "Chief Minister" and "Union Finance Minister": an office of its
		// own beside a portfolio
		for _, r := range []string{a, b} {
			for _, w := range strings.Fields(lower(r)) {
				if w == "chief" || w == "prime" || w == "first" {
					return true
				}
			}
		}
	}
	return len(pa) > 0 && pb
}

// roleHead returns the last title word of a role, singular and lower case.
func roleHead(role string) string {
	f := strings.Fields(lower(role))
	if n := len(f); n >= 2 && f[n-1] == "minister" && f[n-2] == "prime" {
		return "premier" // the premier is the prime minister
	}
	if n := len(f); n >= 1 && (f[n-1] == "ceo" || n >= 3 && f[n-1] == "officer" && f[n-2] == "executive" && f[n-3] == "chief") {
		return "executive" // "the executive" is the CEO, the chief executive officer
	}
	for k := len(f) - 1; k >= 0; k-- {
		if courtesyWords[f[k]] && k > 0 {
			continue // "Energy Minister Dr" is a minister
		}
		if titleWords[f[k]] || royalTitles[f[k]] {
			if full, ok := titleAbbrevs[f[k]]; ok {
				return full // "Gov. JB Pritzker" is "the governor"
			}
			return singular(f[k])
		}
	}
	return ""
}

// titleAbbrevs spell out the abbreviated titles.
var titleAbbrevs = map[string]string{"gov.": "governor", "sen.": "senator", "sens.": "senator", "sens": "senator",
	"rep.": "representative", "reps.": "representative", "reps": "representative", "amb.": "ambassador", "gen.": "general",
	"adm.": "admiral", "col.": "colonel", "lt.": "lieutenant", "capt.": "captain", "maj.": "major", "prof.": "prof"}

// singular returns a title word without its plural "s": "envoys" is
// "envoy", "boss" stays "boss".
func singular(w string) string {
	if strings.HasSuffix(w, "ss") {
		return w
	}
	return strings.TrimSuffix(w, "s")
}

// clusterSpeaks reports whether some mention of c is quoted as a speaker.
func clusterSpeaks(d *Doc, c *pcluster) bool {
	for _, i := range c.ms {
		if isSpeaker(d, d.Mentions[i].First, d.Mentions[i].Last) {
			return true
		}
	}
	return false
}

// isSpeaker reports whether the name at tokens [i, j) is next to a speech verb.
func isSpeaker(d *Doc, i, j int) bool {
	if j < len(d.Tokens) && speechVerbs[lower(d.Tokens[j].Text)] {
		return true
	}
	return i > 0 && speechVerbs[lower(d.Tokens[i-1].Text)]
}

// nameWords returns the PersonKey words of a name, without a trailing clitic.
func nameWords(s string) []string {
	f := strings.Fields(PersonKey(s))
	if len(f) > 1 && f[len(f)-1] == "s" {
		f = f[:len(f)-1]
	}
	if len(f) > 2 && generational[f[len(f)-1]] {
		f = f[:len(f)-1] // "Ferdinand Marcos Jr." is a Marcos; "Leo XIV" keeps its numeral
	}
	return f
}

// givenStyles are the titles written before a given name alone, not a
// surname: "Sheikh Tamim", "Prince Abdulaziz".
var givenStyles = wordSet(`sheikh shaikh sheik sheikha shaikha prince princess emir amir sultan`)

// givenHonorifics are styles written before a given name alone: "Don
// Ramiro", "Doña Rosa", "Dom Paulo".
var givenHonorifics = wordSet(`don dona dom`)

// generational are the suffixes after a surname: "Jr.", "III".
var generational = wordSet(`jr sr ii iii iv`)

// sameFullName reports whether two multi-word names denote one person: same
// surname and compatible first names ("JD Vance", "J.D. Vance").
func sameFullName(a, b []string) bool {
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if surnameParticles[b[0]] && slices.Equal(a[len(a)-len(b):], b) {
		return true // "al-Sharaa" is Ahmed al-Sharaa; "van der Leyen" is Ursula von der Leyen
	}
	x, y := translitKey(a[0]), translitKey(b[0])
	return x == y || strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// spellings merges two full names with the same given name whose surnames
// are spellings of one name ("Shavkat Mirziyoyev" and "Shavkat Mirziyoev",
// "Kassym-Jomart Tokayev" and "Kassym-Jomart Tokaev"), recording the merge so
// that an analyst can see and undo it. The first name written wins.
func spellings(d *Doc, cl []*pcluster) []*pcluster {
	// Transliteration keys of each cluster's given name and surname, once.
	given := make([]string, len(cl))
	sur := make([]string, len(cl))
	for i, c := range cl {
		if len(c.words) >= 2 {
			given[i], sur[i] = translitKey(c.words[0]), translitKey(c.words[len(c.words)-1])
		}
	}
	out := make([]*pcluster, 0, len(cl))
	for i, c := range cl {
		var hit *pcluster
		var sim float64
		if len(c.words) >= 2 {
			for li, l := range cl[:i] {
				if len(l.words) < 2 || l.absorbed {
					continue
				}
				a, b := sur[li], sur[i]
				if given[li] != given[i] {
					if !initialOf(c.words[0], l.words[0]) && !initialOf(l.words[0], c.words[0]) {
						continue
					}
					// "S. Rahimov" for Saidmurod Rakhimov, "J. Xodjayev" for
					// Jamshid Khodjaev: an initial and a Latin spelling of
					// the Cyrillic surname, where "x" is "kh"
					a, b = uzbekX(a), uzbekX(b)
				}
				if len(a) < 5 || len(b) < 5 {
					continue
				}
				s := 1.0 // "Zhaparov" and "Japarov" are one transliterated spelling
				if a != b {
					s = nameSimilarity(a, b)
				}
				if s >= 0.9 && s > sim {
					hit, sim = l, s
				}
			}
		}
		if hit == nil {
			out = append(out, c)
			continue
		}
		c.absorbed = true
		hit.ms = append(hit.ms, c.ms...)
		hit.merges = append(hit.merges, c.merges...)
		alias := d.Mentions[c.ms[0]].Text
		why := fmt.Sprintf("same given name %q and a similar spelling of the surname %q", hit.words[0], hit.words[len(hit.words)-1])
		if len(c.words[0]) == 1 || len(hit.words[0]) == 1 {
			why = fmt.Sprintf("the initial of the given name %q and a similar spelling of the surname %q", hit.words[0], hit.words[len(hit.words)-1])
		}
		hit.merges = append(hit.merges, Merge{Alias: alias, Confidence: round2(sim), Reason: why})
	}
	return out
}

// initialOf reports whether the name word a is the initial of the name
// word b: "s" of "saidmurod".
func initialOf(a, b string) bool {
	return len(a) == 1 && len(b) > 1 && a[0] == b[0]
}

// uzbekX reads a leading "x" as "kh" folded: Uzbek Latin writes Xodjayev
// for Khodjaev.
func uzbekX(s string) string {
	if strings.HasPrefix(s, "x") {
		return "h" + s[1:]
	}
	return s
}

// shortForms merges a name of two or more words that begins a longer name
// of one other person into it: "Hassan Sheikh" is Hassan Sheikh Mohamud; or
// that ends it after names left out (see prefixedForm). A short form of
// several longer names stays apart.
func shortForms(cl []*pcluster) []*pcluster {
	return mergeUnique(cl, func(c, l *pcluster) bool {
		return len(c.words) >= 2 && len(l.words) > len(c.words) && (slices.Equal(l.words[:len(c.words)], c.words) || prefixedForm(l.words, c.words))
	})
}

// doubleSurnames merges a name of several words that ends one longer name
// and begins with no given name into it: "Ortega Villalba" is José Manuel
// Ortega Villalba, "Corrêa do Lago" André Corrêa do Lago, and "Lan Anh"
// Nguyen Thi Lan Anh (a Vietnamese name); "Nawaz Sharif" is not Maryam
// Nawaz Sharif. The longer name comes first, as a short form
// follows its full name: "the former congressman Rubens Paiva" named before
// his son Marcelo Rubens Paiva is someone else.
func (r RuleResolver) doubleSurnames(cl []*pcluster) []*pcluster {
	return mergeUnique(cl, func(c, l *pcluster) bool {
		n := len(c.words)
		return n >= 2 && len(l.words) > n && slices.Equal(l.words[len(l.words)-n:], c.words) &&
			(!r.Names.Known(c.words[0]) && !leadingNames[c.words[0]] || (vietnameseFamily[l.words[0]] || chineseFamily[l.words[0]]) && len(l.words) >= 3) &&
			slices.Min(l.ms) < slices.Min(c.ms)
	})
}

// vietnameseFamily are the commonest Vietnamese family names. A Vietnamese
// name is written family name first and shortened to its last given names:
// "Lan Anh" is Nguyen Thi Lan Anh.
var vietnameseFamily = wordSet(`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh`)

// chineseFamily are common Chinese family names as Malaysia and Singapore
// spell them. Such a name is written family name first and shortened to its
// given names: "Chong Beng" is Lim Chong Beng.
var chineseFamily = wordSet(`lim tan lee wong ng chan ong goh teo chua koh yeo lau low tay khoo chin leong lai liew yap foo sim toh quek seah`)

// innerSurnames merges a cluster named only by one hyphenated word into
// the one longer name that has its parts after the first word:
// "González-Olaechea" is Javier González-Olaechea Franco, and
// "Leota-Tuilagi" Fa'amoe Leota-Tuilagi though Leota is a given name too.
func innerSurnames(cl []*pcluster, hyphen []int) []*pcluster {
	one := map[int]bool{}
	for _, i := range hyphen {
		one[i] = true
	}
	return mergeUnique(cl, func(c, l *pcluster) bool {
		for _, i := range c.ms {
			if !one[i] {
				return false
			}
		}
		for at := 1; at+len(c.words) <= len(l.words); at++ {
			if slices.Equal(l.words[at:at+len(c.words)], c.words) {
				return true
			}
		}
		return false
	})
}

// mergeUnique merges each cluster c into the one other cluster l for which
// short(c, l) holds; a cluster that several match stays apart.
func mergeUnique(cl []*pcluster, short func(c, l *pcluster) bool) []*pcluster {
	out := make([]*pcluster, 0, len(cl)) // not cl[:0]: the loop below reads all of cl
	for _, c := range cl {
		var hit *pcluster
		n := 0
		for _, l := range cl {
			if l != c && len(c.ms) > 0 && short(c, l) {
				hit = l
				n++
			}
		}
		if n == 1 {
			hit.ms = append(hit.ms, c.ms...)
			hit.merges = append(hit.merges, c.merges...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// prefixedForm reports whether long is short after names that South Asian
// and Arab usage may leave out: "Muhammad Shehbaz Sharif" is Shehbaz Sharif,
// "Md Touhid Hossain" Touhid Hossain (but "Maryam Nawaz Sharif" is not
// Nawaz Sharif).
func prefixedForm(long, short []string) bool {
	d := len(long) - len(short)
	if d <= 0 || !slices.Equal(long[d:], short) {
		return false
	}
	for _, w := range long[:d] {
		if !leadingNames[w] {
			return false
		}
	}
	return true
}

// leadingNames are the names and styles written before a South Asian or
// Arab name that short forms leave out.
var leadingNames = wordSet(`muhammad mohammad mohammed muhammed mohamed md mohd syed sayed sayyid mian hafiz haji alhaji`)

// surnameParticles begin surnames of several words: "al-Sharaa", "bin
// Salman", "de Meo", "von der Leyen".
var surnameParticles = wordSet(`al el bin binti ibn bint ben a/l a/p s/o d/o abu ould ap ferch de da do di del della dela delos dos das du van von der le la`)

// knownAdverbs stand before "known as" without "-ly".
var knownAdverbs = wordSet(`better also best`)

// knownAdverb reports whether w may stand before "known as": "better",
// "also", "widely", "popularly".
func knownAdverb(w string) bool { return knownAdverbs[w] || strings.HasSuffix(w, "ly") }

// knownAs merges the person named right after "better known as", "also
// known as", "widely known as", "known as" or "alias" into the person named
// before it: "Mahmoud Abbas, better known as Abu Mazen".
func knownAs(d *Doc, cl []*pcluster) []*pcluster {
	of := map[int]*pcluster{} // mention → cluster
	for _, c := range cl {
		for _, i := range c.ms {
			of[i] = c
		}
	}
	for i, m := range d.Mentions {
		a := of[i]
		if a == nil {
			continue
		}
		k := m.Last
		if k < len(d.Tokens) && (d.Tokens[k].Text == "," || d.Tokens[k].Text == "—" || d.Tokens[k].Text == "–") {
			k++ // (and "Rolando Rabago — Mang Boy to the drivers —")
		}
		if k+1 < len(d.Tokens) && knownAdverb(lower(d.Tokens[k].Text)) && lower(d.Tokens[k+1].Text) == "known" {
			k++ // "better known as", "widely known as", "popularly known as"
		}
		t := k + 2 // the other name's first token
		switch {
		case k == m.Last && k+1 < len(d.Tokens) && d.Tokens[k].Text == "(":
			// "Chief Ikenna Ugwuoke (Ochendo Ihe)": a byname in parentheses,
			// alone in them
			t = -1
			for j := i + 1; j < len(d.Mentions) && d.Mentions[j].First <= k+1; j++ {
				if d.Mentions[j].First == k+1 && d.Mentions[j].Last < len(d.Tokens) && d.Tokens[d.Mentions[j].Last].Text == ")" {
					t = k + 1
				}
			}
			if t < 0 {
				continue
			}
		case k+1 < len(d.Tokens) && lower(d.Tokens[k].Text) == "alias":
			t = k + 1 // "Robert Kyagulanyi Ssentamu, alias Bobi Wine"
		case k > m.Last && nicknameTo(d, i, k):
			t = d.Mentions[i+1].First // "Jorge Luiz dos Santos, Jorginho to everyone in Madureira,"
		case k+1 < len(d.Tokens) && lower(d.Tokens[k].Text) == "known" && lower(d.Tokens[k+1].Text) != "as":
			// "known to everyone here as Mama Rose", "known locally as"
			t = -1
			for j := k + 1; j < len(d.Tokens) && j <= k+5; j++ {
				if lower(d.Tokens[j].Text) == "as" {
					t = j + 1
					break
				}
				if !isLowerWord(d.Tokens[j].Text) {
					break
				}
			}
			if t < 0 {
				continue
			}
		case k+1 >= len(d.Tokens) || lower(d.Tokens[k].Text) != "known" || lower(d.Tokens[k+1].Text) != "as":
			continue
		}
		for j := i + 1; j < len(d.Mentions) && d.Mentions[j].First <= t; j++ {
			if b := of[j]; b != nil && b != a && d.Mentions[j].First == t {
				a.ms = append(a.ms, b.ms...)
				a.merges = append(a.merges, b.merges...)
				for _, x := range b.ms {
					of[x] = a
				}
				b.ms = nil
			}
		}
	}
	for i, m := range d.Mentions {
		// fronted: "Known to everyone at the port as Abu Samir, Kaddoura
		// was head of the syndicate"
		a, b := of[i], of[i+1]
		if a == nil || b == nil || a == b || i+1 >= len(d.Mentions) || m.First < 2 || lower(d.Tokens[m.First-1].Text) != "as" ||
			m.Last+1 >= len(d.Tokens) || d.Tokens[m.Last].Text != "," || d.Mentions[i+1].First != m.Last+1 || !frontedKnown(d, m.First-1) {
			continue
		}
		b.ms = append(b.ms, a.ms...)
		b.merges = append(b.merges, a.merges...)
		for _, x := range a.ms {
			of[x] = b
		}
		a.ms = nil
	}
	out := cl[:0]
	for _, c := range cl {
		if len(c.ms) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// frontedKnown reports whether the "as" at token k closes a phrase that
// opens its sentence with "Known": "Known to everyone at the port as".
func frontedKnown(d *Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if lower(d.Tokens[j].Text) == "known" {
			return j == 0 || d.Tokens[j-1].Text == "." || newlineBefore(d, j) || lower(d.Tokens[j-1].Text) == "better"
		}
		if !isLowerWord(d.Tokens[j].Text) && !isCap(d.Tokens[j].Text) {
			return false
		}
	}
	return false
}

// nicknameTo reports whether mention i+1 starts at token k and is followed
// by "to everyone", "to friends" or the like: the nickname of mention i.
func nicknameTo(d *Doc, i, k int) bool {
	if i+1 >= len(d.Mentions) || d.Mentions[i+1].Kind != Person ||
		d.Mentions[i+1].First != k && !(d.Mentions[i+1].First == k+1 && titleWords[lower(d.Tokens[k].Text)]) { // (and "Mang Boy")
		return false
	}
	e := d.Mentions[i+1].Last
	if e+1 >= len(d.Tokens) || lower(d.Tokens[e].Text) != "to" {
		return false
	}
	w := lower(d.Tokens[e+1].Text)
	if (w == "his" || w == "her" || w == "their" || w == "the") && e+2 < len(d.Tokens) {
		w = lower(d.Tokens[e+2].Text) // "Mang Boy to the drivers"
		if nicknameKnowers[w] {
			return true
		}
		return isLowerWord(d.Tokens[e+2].Text) && len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	}
	return nicknameKnowers[w]
}

// nicknameKnowers are those a nickname is known to: "X, Jorginho to everyone".
var nicknameKnowers = wordSet(`everyone everybody all friends fans colleagues locals family supporters`)

// patronymic reports whether the folded name word w is a Russian-style
// patronymic: Nikolayevich, Sergeyevna.
func patronymic(w string) bool {
	for _, suf := range []string{"ovich", "evich", "ovna", "evna", "ichna"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// paternalMatch returns the one person whose first of two surnames is w,
// when everyone else named with w has it as the second of two: in Spanish
// and Portuguese usage a surname alone is the first, so "Orozco" is
// Guadalupe Orozco Ramírez and not her son Rodrigo Navarro Orozco. Two
// surnames are told by a name of three or more words whose last two are
// no given names.
func (r RuleResolver) paternalMatch(d *Doc, cl []*pcluster, w string) *pcluster {
	var hit *pcluster
	for _, c := range cl {
		n := len(c.words)
		if n < 2 || !slices.Contains(c.words[n-2:], w) {
			continue
		}
		if n == 2 || r.Names.Known(c.words[n-2]) || r.Names.Known(c.words[n-1]) || surnameParticles[c.words[n-2]] ||
			slices.ContainsFunc(c.ms, func(i int) bool { return strings.Contains(d.Mentions[i].Text, "-") }) {
			return nil // "Jacob Zuma", "Mary Ann Smith", "Aroha Whaanga-Ruatapu": one surname
		}
		if c.words[n-2] == w {
			if hit != nil {
				return nil
			}
			hit = c
		}
	}
	return hit
}

// uniqueMatch returns the only cluster whose surname (or first name) is w.
func uniqueMatch(cl []*pcluster, w string, surname bool) *pcluster {
	var hit *pcluster
	for _, c := range cl {
		k := c.words[0]
		if surname {
			k = c.words[len(c.words)-1]
		}
		if len(c.words) < 2 || k != w || surname && kunya(c.words) {
			continue // (the "Samir" of "Abu Samir" is his son's name, not his surname)
		}
		if hit != nil {
			return nil
		}
		hit = c
	}
	return hit
}

// kunya reports whether a name of two words is an Arabic name of honour
// after a child: "Abu Samir", the father of Samir; "Umm Kulthum".
func kunya(words []string) bool { return len(words) == 2 && kunyas[words[0]] }

var kunyas = wordSet(`abu abou umm um`)

// royalOther reports whether a single name w written with a royal title is
// someone other than every person of that name who holds an office: "King
// Sultan Ibrahim" in a story about Prime Minister Anwar Ibrahim.
func royalOther(d *Doc, cl []*pcluster, w, role string) bool {
	if h := roleHead(role); !royalTitles[h] {
		return false
	}
	found := false
	for _, c := range cl {
		if len(c.words) < 2 || c.words[len(c.words)-1] != w && c.words[0] != w {
			continue
		}
		if royalTitles[c.words[0]] {
			return false // "Prince Sultan", named with the title
		}
		office := false
		for _, i := range c.ms {
			switch h := roleHead(d.Mentions[i].Role); {
			case royalTitles[h]:
				return false // a royal of that name
			case h != "" && !courtesyTitles[h]:
				office = true
			}
		}
		if !office && c.words[0] == w {
			return false // one whose office is unknown, named by the given name a royal is known by
		}
		found = true
	}
	return found
}

// courtesyTitles name no office: "Mr Ibrahim".
var courtesyTitles = wordSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady sheikh sheikha shaikh shaikha shaykh alhaji alhaja`)

// royalTitles are the titles of monarchs and their families.
var royalTitles = wordSet(`king queen sultan emir amir prince princess emperor empress`)

// titledMatch returns, among the people whose first or last word is w, the
// only one whose role has the same head as role: family names come first in
// Korean and Chinese names, and "President Lee" is the Lee who is president.
func titledMatch(d *Doc, cl []*pcluster, w, role string) *pcluster {
	head := roleHead(role)
	if head == "" {
		return nil
	}
	var hit *pcluster
	for _, c := range cl {
		if len(c.words) < 2 || c.words[0] != w && c.words[len(c.words)-1] != w {
			continue
		}
		same := false
		for _, i := range c.ms {
			if r := d.Mentions[i].Role; r != "" && roleHead(r) == head {
				same = true
			}
		}
		if !same {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = c
	}
	return hit
}

// middleMatch returns the cluster of three or more words that has w as an
// inner word ("Lula" in "Luiz Inacio Lula da Silva"); of several, the one the
// article names first, as mainBearer does ("Rosangela Lula da Silva" comes
// later).
func middleMatch(cl []*pcluster, w string) *pcluster {
	var hit *pcluster
	for _, c := range cl {
		if len(c.words) < 3 || !slices.Contains(c.words[1:len(c.words)-1], w) || surnameParticles[w] {
			continue
		}
		if hit == nil || c.ms[0] < hit.ms[0] {
			hit = c
		}
	}
	return hit
}

// addressWords give the gender of the surname they are written before.
var addressWords = map[string]string{"mr": "m", "mr.": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f", "madam": "f", "rre": "m", "mma": "f"}

// addressedMatch returns, among several people sharing the surname w, the
// only one whose given name has the gender of the form of address written
// before mention m, or else the only one whose given name has not the
// other: "Ms McAllister" beside Rory and Fiona McAllister.
func (r RuleResolver) addressedMatch(d *Doc, cl []*pcluster, w string, m Mention) *pcluster {
	if m.First == 0 {
		return nil
	}
	g := addressWords[lower(d.Tokens[m.First-1].Text)]
	if g == "" {
		return nil
	}
	// Those whose given name, as written (the key folds Rory to "rori"), has
	// that gender, else those whose given name has not the other: Rory is a
	// name of both.
	for _, fits := range []func(string) bool{func(x string) bool { return x == g }, func(x string) bool { return x == g || x == "" }} {
		var hit *pcluster
		n := 0
		for _, c := range cl {
			if len(c.words) >= 2 && c.words[len(c.words)-1] == w && fits(r.Names.Gender(strings.Fields(d.Mentions[c.ms[0]].Text)[0])) {
				hit = c
				n++
			}
		}
		if n == 1 {
			return hit
		}
		if n > 1 {
			return nil
		}
	}
	return nil
}

// mainBearer returns, among several people sharing the surname w, the one
// the article introduces first ("Yeltsin" is Boris Yeltsin beside his wife
// Naina Yeltsin, introduced later): news names its main bearer of a surname
// first and calls relatives by their given names. One told as dead ("the
// late Cyril Outerbridge") is no one's "Mr Outerbridge" while a living
// bearer is named.
func mainBearer(d *Doc, cl []*pcluster, w string) *pcluster {
	var best, dead *pcluster
	for _, c := range cl {
		if len(c.words) < 2 || c.words[len(c.words)-1] != w || kunya(c.words) {
			continue
		}
		if late(d, d.Mentions[c.ms[0]]) {
			if dead == nil || c.ms[0] < dead.ms[0] {
				dead = c
			}
			continue
		}
		if best == nil || c.ms[0] < best.ms[0] {
			best = c
		}
	}
	if best == nil {
		return dead
	}
	return best
}

// late reports whether mention m is written after "the late": a dead person.
func late(d *Doc, m Mention) bool {
	return m.First >= 2 && lower(d.Tokens[m.First-1].Text) == "late" && lower(d.Tokens[m.First-2].Text) == "the"
}

// styleWords are the titles that, with one name, make the name a person is
// known by: King Hassan, Crown Prince Abdullah, Pope Francis, Mother Teresa.
var styleWords = wordSet(`king queen prince princess crown emperor empress pope sheikh sheikha shaikh shaikha shaykh emir sultan
mother lady lord`)

// styleOf returns the style written before the one-word name of person e
// ("King", "Crown Prince"), capitalised as written, or "".
func styleOf(e Entity) string {
	ws := strings.Fields(e.Name)
	if len(ws) == 0 {
		return ""
	}
	for _, w := range ws[1:] {
		if !romanNumeral(w) {
			return "" // "Leo XIV", "Hassan II": one name and a regnal number
		}
	}
	for _, ro := range e.Roles {
		ws := strings.Fields(ro.Title)
		i := len(ws)
		for i > 0 && styleWords[lower(ws[i-1])] && isCap(ws[i-1]) {
			i--
		}
		if i < len(ws) && lower(ws[len(ws)-1]) != "crown" {
			return strings.Join(ws[i:], " ")
		}
	}
	return ""
}

// romanNumeral reports whether w is a regnal number: II, IV, XIV.
func romanNumeral(w string) bool {
	return w != "" && len(w) <= 5 && strings.Trim(w, "IVX") == ""
}

// roleSpan locates the role of m, written just before it.
func roleSpan(text string, m Mention) Span {
	if m.Role == "" {
		return Span{}
	}
	before := strings.TrimRight(text[:m.Start], " \t")
	if strings.HasSuffix(before, m.Role) {
		return Span{Start: len(before) - len(m.Role), End: len(before)}
	}
	return Span{}
}

func (r RuleResolver) countryOfRole(role string) string {
	for _, w := range strings.Fields(role) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if titleWords[lower(w)] {
			continue
		}
		if c := countryOf(r.Gazetteer, w); c != "" {
			return c
		}
	}
	return ""
}

// others resolves places and organisations.
func (r RuleResolver) others(d *Doc) []Entity {
	var ents []Entity
	idx := map[string]int{}
	pr := placesIn(r.Gazetteer, placeContext(d, r.Gazetteer))
	for _, m := range d.Mentions {
		if m.Kind != Location && m.Kind != Organization {
			continue
		}
		e := Entity{Kind: m.Kind, Name: m.Text}
		if pr != nil {
			if p, ok := pr.Place(m.Text); ok {
				pp := p
				e.Place = &pp
				if m.Kind == Location {
					e.Name = p.Name
				}
			} else if m.Kind == Location {
				if p, ok := r.Gazetteer.Country(m.Text); ok {
					pp := p
					e.Place = &pp
					e.Name = p.Name
				}
			}
		}
		k := e.Key()
		if j, ok := idx[k]; ok {
			ents[j].Mentions = append(ents[j].Mentions, m.Span)
			if !contains(ents[j].Aliases, m.Text) {
				ents[j].Aliases = append(ents[j].Aliases, m.Text)
			}
			continue
		}
		e.Aliases = []string{m.Text}
		e.Mentions = []Span{m.Span}
		idx[k] = len(ents)
		ents = append(ents, e)
	}
	return ents
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
