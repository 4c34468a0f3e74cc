package extract

import (
	"iter"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// tokenAt returns the index of the token starting at or containing off, or -1.
func tokenAt(d *Doc, off int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
	if i < len(d.Tokens) && d.Tokens[i].Start <= off+0 {
		return i
	}
	if i < len(d.Tokens) {
		return i
	}
	return -1
}

// tokenRange returns the tokens [first, last) covered by s.
func tokenRange(d *Doc, s Span) (int, int) {
	i := tokenAt(d, s.Start)
	if i < 0 {
		return 0, 0
	}
	j := i
	for j < len(d.Tokens) && d.Tokens[j].Start < s.End {
		j++
	}
	return i, j
}

// quoteMask reports for each token whether it lies inside a quotation.
// Quotes do not run across paragraphs.
func quoteMask(d *Doc) []bool {
	in := make([]bool, len(d.Tokens))
	open := false
	for k, t := range d.Tokens {
		if k > 0 && strings.ContainsAny(d.Text[d.Tokens[k-1].End:t.Start], "\n\r") {
			open = false
		}
		switch t.Text {
		case "“", "«":
			open = true
		case "”", "»":
			in[k] = true
			open = false
			continue
		case "\"", "''", "``":
			if open {
				in[k] = true
				open = false
				continue
			}
			open = true
		}
		in[k] = open
	}
	return in
}

// covered marks the tokens inside mentions (and their roles) of d.
func covered(d *Doc) []bool {
	cov := make([]bool, len(d.Tokens))
	for _, m := range d.Mentions {
		for k := m.First; k < m.Last && k < len(cov); k++ {
			cov[k] = true
		}
		if m.Role != "" {
			if rs := roleSpan(d.Text, m); rs.End > rs.Start {
				i, j := tokenRange(d, rs)
				for k := i; k < j; k++ {
					cov[k] = true
				}
			}
		}
	}
	return cov
}

// owners maps each token to the person entity a mention covering it refers to.
func owners(d *Doc, ents []Entity) []int {
	own := make([]int, len(d.Tokens))
	for k := range own {
		own[k] = -1
	}
	for e, ent := range ents {
		if ent.Kind != Person {
			continue
		}
		for _, sp := range ent.Mentions {
			i, j := tokenRange(d, sp)
			for k := i; k < j; k++ {
				own[k] = e
			}
		}
	}
	return own
}

// titles attaches anaphoric titles ("the envoy", "Trump's envoy", "the US
// president", "his Russian counterpart") to the person they denote: the most
// recently mentioned person holding that title, of that country if one is said.
func (r RuleResolver) titles(d *Doc, ents []Entity, low []string) {
	cov := covered(d)
	own := owners(d, ents)
	home := "" // the dateline's country: a bare "the Premier" is its own
	if dl := dateline(d, placesIn(r.Gazetteer, nil)); dl != nil {
		home = dl.Country
	}
	for _, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			w := low[k]
			if w == "majesty" && k > s.First && (low[k-1] == "his" || low[k-1] == "her") && isCap(d.Tokens[k].Text) && own[k] < 0 && !cov[k] &&
				(k+1 >= s.Last || !isCap(d.Tokens[k+1].Text)) {
				// "briefed His Majesty on ...": the monarch the story names
				if e := soleHolder(d, ents, k, "monarch"); e >= 0 {
					ents[e].Mentions = append(ents[e].Mentions, Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k].End})
					cov[k-1], cov[k], own[k-1], own[k] = true, true, e, e
				}
				continue
			}
			if cov[k] || own[k] >= 0 || !titleWords[w] || honorifics[w] || strings.HasSuffix(w, "s") && w != "ambassadors" && titleWords[strings.TrimSuffix(w, "s")] {
				continue
			}
			if k+1 < s.Last && (cov[k+1] || isCap(d.Tokens[k+1].Text) && !titleWords[low[k+1]]) {
				continue // a role before a name, or part of a name
			}
			if k+1 < s.Last {
				next := singular(low[k+1])
				if n, ok := strings.CutSuffix(low[k+1], "ies"); ok {
					next = n + "y"
				}
				if titleWords[next] && (next != low[k+1] || w == "chief" && isCap(d.Tokens[k].Text)) {
					continue // the first word of a longer title: "the two Chief Ministers", "the chief secretaries", "the Chief Minister's Office"
				}
			}
			if k+2 < s.Last && low[k+1] == "," && cov[k+2] {
				continue // an apposition names the person: "the Chinese President, Xi Jinping,"
			}
			if h := soleTitles[w]; h != "" && isCap(d.Tokens[k].Text) && (k == s.First || !determiners[low[k-1]] && low[k-1] != "the") {
				// A title one person holds, written bare as a name:
				// "Lyonchhen and Dr Jaishankar met", "Lyonchhen told Kuensel".
				if e := soleHolder(d, ents, k, h); e >= 0 {
					ents[e].Mentions = append(ents[e].Mentions, d.Tokens[k].Span)
					cov[k], own[k] = true, e
				}
				continue
			}
			// Walk left over modifiers to the determiner or possessor.
			j, country, poss, age := k-1, "", -1, 0
			var names []string // "the European Commission president": words its role must have
			for j >= s.First {
				t := d.Tokens[j].Text
				lt := lower(t)
				if c := countryOf(r.Gazetteer, t); c != "" && own[j] < 0 { // "Italian", tagged Misc or not
					country = c
				} else if honorifics[lt] && !possessives[lt] || lt == "hon." {
					// "the Honourable Minister": a style, no part of the role
				} else if a := yearsOld(lt); a > 0 {
					age = a // "the 73-year-old president"
				} else if rankWords[lt] {
					names = append(names, lt) // "the crown prince" is no other prince; "the former prime minister" no serving one
				} else if isCap(t) && own[j] < 0 && isWordish(t) && (!titleWords[lt] || lt == "chief" && j == k-1) && !determiners[lt] && k-j <= 3 && j > s.First {
					names = append(names, lt) // "the European Commission president"; "the Chief Minister" is no transport minister
				} else if lt == "the" || lt == "of" || !roleModifiers[lt] && (k-j > 3 || !isLowerWord(t) || roleStops[lt] || determiners[lt] ||
					possessives[lt] || titleWords[lt] || !isWordish(t)) {
					break // a modifier: "the constitutional monarch", "the 50-year old monarch"
				}
				j--
			}
			if j < s.First {
				continue
			}
			lt := low[j]
			start := j
			if lt == "the" && j-2 >= s.First && low[j-1] == "," && own[j-2] >= 0 && !attributed(low, own, j-2, s.First) {
				continue // an apposition, not a reference: "Mahn Winn Khaing Thann, the prime minister of ..."
			}
			switch {
			case lt == "the":
			case isPossessiveClitic(lt) && j > s.First && own[j-1] >= 0:
				poss = own[j-1]
				start = j - 1
				for start > s.First && own[start-1] == poss {
					start--
				}
			case isPossessiveClitic(lt) && j > s.First && country == "" && possessedCountry(d, r.Gazetteer, j, s.First) >= 0:
				// "Kenya's president", "South Africa's foreign minister": the
				// country's office holder named before (not in apposition,
				// "X, Hungary's minister for EU affairs", nor before a name,
				// "Egypt's Ambassador to Washington X")
				start = possessedCountry(d, r.Gazetteer, j, s.First)
				if start-2 >= s.First && low[start-1] == "," && own[start-2] >= 0 || namedAfter(d, low, cov, k, s) || k+1 < s.Last && titleWords[low[k+1]] {
					// (nor the "chief" of "Thailand's chief negotiator")
					continue
				}
				country = countryOf(r.Gazetteer, d.Text[d.Tokens[start].Start:d.Tokens[j-1].End])
			default:
				continue
			}
			head := singular(w)
			if head == "ceo" {
				head = "executive" // "the CEO" is the chief executive
			}
			if head == "peer" {
				head = "counterpart" // "his Paraguayan peer"
			}
			if head == "minister" && k > s.First && low[k-1] == "prime" {
				head = "premier"
			}
			headOf := head == "head" && k+2 < s.Last && low[k+1] == "of" && (low[k+2] == "state" || low[k+2] == "government")
			if headOf {
				head = "leader" // "the visiting head of government": a president, a prime minister
			}
			if head == "chief" && len(names) > 0 && k+1 < s.Last && !titleWords[low[k+1]] {
				head = bodyChief // "the ADB chief": its president; not "the chief technology officer"
			}
			if head == "diplomat" && (contains(low[j+1:k], "top") || contains(low[j+1:k], "chief")) {
				head = topDiplomat // "the Egyptian top diplomat", "the top US diplomat": a foreign minister
			}
			// "the President of European Council": only someone whose role
			// names that body.
			of, ofRaw := "", ""
			if k+2 < s.Last && low[k+1] == "of" && low[k+2] != "state" && low[k+2] != "government" {
				for j := k + 2; j < s.Last && (isCap(d.Tokens[j].Text) || low[j] == "the") && j < k+7; j++ {
					if low[j] != "the" {
						of += low[j] + " "
						ofRaw += d.Tokens[j].Text + " "
					}
				}
			}
			if c := countryOf(r.Gazetteer, strings.TrimSpace(ofRaw)); of != "" && c != "" && country == "" {
				country, of = c, "" // "the President of Uzbekistan" is the Uzbek president
			}
			portfolio := false // "the Chadian foreign minister": a portfolio no counterpart's role told
			for _, lw := range low[j+1 : k] {
				portfolio = portfolio || deptWords[lw] && lw != "state" && lw != "national"
			}
			visiting := contains(low[j+1:k], "visiting")
			best, bestAt := -1, -1
			bestSure := false // the country matched, not merely unknown
			bestLit := false  // the role has the title as written (see literalRole)
			bestOwn := false  // the role is no other body's (see ownRole)
			for e, ent := range ents {
				if ent.Kind != Person || e == poss {
					continue
				}
				if of != "" && !roleNames(ent, strings.TrimSpace(of)) {
					continue
				}
				if !rolesNameAll(ent, names) {
					continue
				}
				sure := country != "" && ent.Country == country
				if country != "" && ent.Country != country && (ent.Country != "" || head == "leader" || head == "counterpart") {
					continue // "the Brazilian president" may be a president of unknown country, not of another
				}
				if bestSure && !sure {
					continue
				}
				if head != "counterpart" && !hasRoleHead(ent, head) && !(sure && leaderTitles[head] && !(head == "minister" && portfolio) && onlyCounterpart(ent) &&
					(head != "leader" || leaderCounterpart(d, ents, e))) {
					continue // but "his Nepalese counterpart" is "the Nepalese minister" too
				}
				if head == "counterpart" && country == "" {
					continue
				}
				if !rankAgrees(ent, head, names) {
					continue // "the president" is no vice president
				}
				ownR := len(names) > 0 || of != "" || ownRole(ent, head, r.Gazetteer)
				if sure == bestSure && bestOwn && !ownR {
					continue
				}
				lit := literalRole(ent, w)
				if sure == bestSure && ownR == bestOwn && bestLit && !lit {
					continue
				}
				if headOf && !headsState(ent) && !(onlyCounterpart(ent) && leaderCounterpart(d, ents, e)) {
					continue // not the President of the National Assembly (but the prime minister's counterpart is a head of government)
				}
				if visiting && mentionedIn(ent, d.Tokens[s.First].Start, d.Tokens[k].Start) {
					continue // "X held talks with the visiting head of government": not X
				}
				for _, sp := range ent.Mentions {
					if sp.Start < d.Tokens[k].Start && (sp.Start > bestAt || sure && !bestSure ||
						sure == bestSure && (ownR && !bestOwn || ownR == bestOwn && lit && !bestLit)) {
						best, bestAt, bestSure, bestLit, bestOwn = e, sp.Start, sure, lit, ownR
					}
				}
			}
			if best >= 0 && len(names) == 0 && of == "" && country == "" && !visiting {
				// A bare "the President" is the story's own president, not
				// the one named last.
				pr := -1
				if start > s.First && (isCap(d.Tokens[k].Text) || !mentionedIn(ents[best], d.Tokens[s.First].Start, d.Tokens[k].Start)) {
					// A lower-case "the president" may be one named earlier in
					// its sentence ("Chapo's office denied that the president
					// met X"); otherwise the outlet's own.
					pr = bareHolder(d, ents, k, head)
				}
				if pr < 0 && start > s.First && home != "" {
					pr = homeHolder(d, ents, k, head, home) // "the Premier" in a story from Ulaanbaatar: Mongolia's, not Japan's
				}
				if pr < 0 {
					pr = protagonist(d, ents, k)
				}
				if pr < 0 && isCap(d.Tokens[k].Text) && start > s.First {
					pr = leadPerson(d, ents, own)
				}
				if pr >= 0 && pr != best && pr != poss && hasRoleHead(ents[pr], head) && rankAgrees(ents[pr], head, nil) &&
					(bestOwn || !ownRole(ents[pr], head, r.Gazetteer)) == bestOwn {
					best = pr
				}
			}
			if age > 0 {
				if e := agedBefore(d, ents, low, k, age); e >= 0 {
					best = e // "The 38-year-old premier": the one said to be 38
				}
			}
			if best < 0 && len(names) > 0 && of == "" && country == "" && (epithetHeads[head] || head == bodyChief) {
				best = orgEpithet(d, ents, low, k, names)
			}
			if best < 0 {
				continue
			}
			if country != "" && !bestSure && unknownCandidates(ents, d, k, head, country, poss) > 1 {
				continue // "the Russian leader" with two leaders of unknown country: no guess
			}
			end := k
			if headOf {
				end = k + 2 // "the Portuguese head of government" whole
			}
			sp := Span{Start: d.Tokens[start].Start, End: d.Tokens[end].End}
			ents[best].Mentions = append(ents[best].Mentions, sp)
			for x := start; x <= end; x++ {
				cov[x] = true
				own[x] = best
			}
		}
	}
}

// visitors resolves "the visitor" and "the guest" in a datelined story: the
// one person named in the three sentences before whose country is not the
// dateline's ("KABUL — Muttaqi met Uzbekistan's Foreign Minister Saidov ...
// Later in the day the visitor paid a courtesy call on Baradar").
func (r RuleResolver) visitors(d *Doc, ents []Entity, low []string) {
	pr := placesIn(r.Gazetteer, nil)
	dl := dateline(d, pr)
	if dl == nil && len(d.Sentences) > 0 {
		// no dateline: the city the lead is in ("... met X in Kabul on Tuesday")
		s := d.Sentences[0]
		for k := s.First + 1; k < s.Last && dl == nil; k++ {
			if low[k-1] == "in" && isCap(d.Tokens[k].Text) {
				if p, ok := place(pr, d.Tokens[k].Text); ok && p.Kind == City {
					dl = &p
				}
			}
		}
	}
	cov := covered(d)
	own := owners(d, ents)
	for si, s := range d.Sentences {
		for k := s.First + 1; k < s.Last; k++ {
			if low[k] != "visitor" && low[k] != "guest" || low[k-1] != "the" || cov[k] || own[k] >= 0 || k+1 < s.Last && isCap(d.Tokens[k+1].Text) {
				continue
			}
			from := d.Sentences[maxInt(0, si-3)].Start
			// The host country: the last city or country named in those
			// sentences ("Islamabad, April 22. Raisi arrived in Pakistan"),
			// else the dateline's or the lead's.
			home := ""
			for j := k - 1; j >= 0 && d.Tokens[j].Start >= from && home == ""; j-- {
				if isCap(d.Tokens[j].Text) && own[j] < 0 && (j == 0 || !isCap(d.Tokens[j-1].Text)) {
					if p, ok := place(pr, d.Tokens[j].Text); ok && (p.Kind == City || p.Kind == Country) {
						home = p.Country
					}
				}
			}
			if home == "" && dl != nil {
				home = dl.Country
			}
			if home == "" {
				continue
			}
			// the foreigner named most often before; a tie is no answer
			best, bestN, second := mostNamedBefore(d, ents, k, func(ent Entity) bool {
				return ent.Country != "" && ent.Country != home && mentionedIn(ent, from, d.Tokens[k].Start)
			})
			if best < 0 || bestN == second {
				continue
			}
			ents[best].Mentions = append(ents[best].Mentions, Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k].End})
			cov[k-1], cov[k] = true, true
			own[k-1], own[k] = best, best
		}
	}
}

// accused attaches "the accused" and "the defendant" of a court report to
// the person on trial: the one named last before it as "the trial of X",
// "the case against X", or followed by "who faces charges", "is charged",
// "pleaded" or "is accused of".
func accused(d *Doc, ents []Entity, low []string) {
	cov := covered(d)
	own := owners(d, ents)
	for _, s := range d.Sentences {
		for k := s.First + 1; k < s.Last; k++ {
			if low[k] != "accused" && low[k] != "defendant" || low[k-1] != "the" || cov[k] || own[k] >= 0 ||
				k+1 < s.Last && (isCap(d.Tokens[k+1].Text) || low[k+1] == "of" || low[k+1] == "'s" || low[k+1] == "’s" || low[k+1] == ",") {
				continue // (not "the accused, X", "the accused's lawyer", "the defendant Y")
			}
			best := -1
			for t := k - 2; t >= 0 && best < 0; t-- {
				if e := own[t]; e >= 0 && ents[e].Kind == Person && (t == 0 || own[t-1] != e) && onTrial(low, own, t) {
					best = e
				}
			}
			if best < 0 {
				continue
			}
			ents[best].Mentions = append(ents[best].Mentions, Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k].End})
			cov[k-1], cov[k] = true, true
			own[k-1], own[k] = best, best
		}
	}
}

// onTrial reports whether the mention that opens at token t is told as the
// one on trial: "the trial of X", "the case against X", "X, 44, who faces
// charges", "X has pleaded not guilty", "X is charged with", "X (34), with
// an address at Marian Park, Dundalk, pleaded guilty".
func onTrial(low []string, own []int, t int) bool {
	if t >= 2 && (low[t-1] == "of" && (low[t-2] == "trial" || low[t-2] == "prosecution") || low[t-1] == "against" && low[t-2] == "case") {
		return true
	}
	e := t
	for e < len(own) && own[e] == own[t] {
		e++
	}
	for j := e; j < len(low) && j < e+16; j++ {
		if own[j] >= 0 && own[j] != own[t] {
			return false // another person's: "X met Y, who pleaded"
		}
		switch low[j] {
		case ".", ";", "said", "told", "says":
			return false
		case "charged", "pleaded", "pleads":
			return true
		case "charges":
			return low[j-1] == "faces" || low[j-1] == "faced" || low[j-1] == "face"
		case "accused":
			return low[j-1] == "is" || low[j-1] == "was" || low[j-1] == "been" // not "X accused Y of"
		}
	}
	return false
}

// yearsOld returns the age that a word like "73-year-old" states, or 0.
func yearsOld(w string) int {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok {
		return 0
	}
	if a, ok := teenAges[n]; ok {
		return a // "Seventeen-year-old Kemar Hazell"
	}
	a, err := strconv.Atoi(n)
	if err != nil || a <= 0 || a > 120 {
		return 0
	}
	return a
}

// teenAges are the ages written in words that "the teenager" may have.
var teenAges = map[string]int{"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}

// teenWords describe a person of thirteen to nineteen: "the teenager".
var teenWords = wordSet(`teenager teen youngster teenage`)

// ages attaches "the 72-year-old" used alone to the person of that age
// named before it ("Jim Ratcliffe, 72,", "the 72-year-old Ratcliffe"),
// else to the story's protagonist (see orgEpithet).
func (r RuleResolver) ages(d *Doc, ents []Entity, low []string) {
	cov := covered(d)
	own := owners(d, ents)
	for _, s := range d.Sentences {
		for k := s.First + 1; k < s.Last; k++ {
			if teenWords[low[k]] && low[k] != "teenage" && low[k-1] == "the" && !cov[k] && own[k] < 0 {
				// "The teenager and his mother are due to meet X": the one
				// person of thirteen to nineteen named before
				if best := teenBefore(d, ents, low, k); best >= 0 {
					ents[best].Mentions = append(ents[best].Mentions, Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k].End})
					cov[k-1], cov[k], own[k-1], own[k] = true, true, best, best
				}
				continue
			}
			age := yearsOld(low[k])
			if age == 0 || low[k-1] != "the" || cov[k] || own[k] >= 0 {
				continue
			}
			if nat, end := r.agedNational(d, low, k, s); nat != "" {
				// "The 42-year-old Zimbabwean had been expected to meet", "the
				// 64-year-old Colombian leader": the person of that age, else of
				// that country, else the protagonist if no other country's
				if best := r.agedOf(d, ents, low, k, age, nat); best >= 0 {
					ents[best].Mentions = append(ents[best].Mentions, Span{Start: d.Tokens[k-1].Start, End: d.Tokens[end-1].End})
					for t := k - 1; t < end; t++ {
						cov[t], own[t] = true, best
					}
				}
				continue
			}
			if k+1 < s.Last && (isCap(d.Tokens[k+1].Text) || titleWords[low[k+1]] || isLowerWord(d.Tokens[k+1].Text) && !finiteVerb(low[k+1]) && !strings.HasSuffix(low[k+1], "ly") && !strings.HasSuffix(low[k+1], "ed") && low[k+1] != "also" &&
				!objectFollowers[low[k+1]] && low[k+1] != "who") {
				continue // "the 73-year-old president", "the 72-year-old Ratcliffe", "the 40-year-old stadium"; but "the 24-year-old and his agent"
			}
			best := agedBefore(d, ents, low, k, age)
			if best < 0 {
				best = protagonist(d, ents, k)
			}
			if best < 0 {
				continue
			}
			ents[best].Mentions = append(ents[best].Mentions, Span{Start: d.Tokens[k-1].Start, End: d.Tokens[k].End})
			cov[k-1], cov[k] = true, true
			own[k-1], own[k] = best, best
		}
	}
}

// agedNational returns the country of a nationality written after the
// age at k ("the 42-year-old Zimbabwean") and the token after it and
// any role that follows ("the 64-year-old Colombian leader"); else "".
func (r RuleResolver) agedNational(d *Doc, low []string, k int, s Sentence) (string, int) {
	if k+1 >= s.Last || !isCap(d.Tokens[k+1].Text) || k+2 < s.Last && isCap(d.Tokens[k+2].Text) {
		return "", 0 // not "the 72-year-old Jim Ratcliffe"
	}
	nat := countryOf(r.Gazetteer, d.Tokens[k+1].Text)
	if nat == "" {
		return "", 0
	}
	end := k + 2
	if end < s.Last && isLowerWord(d.Tokens[end].Text) && (titleWords[low[end]] || roleNoun(low[end])) {
		end++
	}
	return nat, end
}

// agedOf returns the person that "the 42-year-old Zimbabwean" at k
// denotes: the person of that age named before, else the only person of
// country nat named before, else the protagonist unless of another
// country; or -1.
func (r RuleResolver) agedOf(d *Doc, ents []Entity, low []string, k, age int, nat string) int {
	if best := agedBefore(d, ents, low, k, age); best >= 0 {
		return best
	}
	if top, n, second := mostNamedBefore(d, ents, k, func(e Entity) bool { return e.Country == nat }); n > 0 && second == 0 {
		return top
	}
	if p := protagonist(d, ents, k); p >= 0 && (ents[p].Country == "" || ents[p].Country == nat) {
		return p
	}
	return -1
}

// agedBefore returns the person last named before token k with the age
// given ("Jim Ratcliffe, 72,", "the 72-year-old Ratcliffe"), or -1.
func agedBefore(d *Doc, ents []Entity, low []string, k, age int) int {
	best, bestAt := -1, -1
	for e, ent := range ents {
		if ent.Kind != Person {
			continue
		}
		for _, sp := range ent.Mentions {
			f, l := tokenRange(d, sp)
			if sp.Start >= d.Tokens[k].Start || sp.Start < bestAt {
				continue
			}
			if l+2 < len(low) && low[l] == "," && low[l+1] == strconv.Itoa(age) && low[l+2] == "," ||
				f > 0 && yearsOld(low[f-1]) == age {
				best, bestAt = e, sp.Start
			}
		}
	}
	return best
}

// teenBefore returns the one person named before token k with an age of
// thirteen to nineteen ("Seventeen-year-old X", "X, 16,"), or -1.
func teenBefore(d *Doc, ents []Entity, low []string, k int) int {
	found := -1
	for e, ent := range ents {
		if ent.Kind != Person {
			continue
		}
		for _, sp := range ent.Mentions {
			f, l := tokenRange(d, sp)
			if sp.Start >= d.Tokens[k].Start {
				continue
			}
			age := 0
			if f > 0 {
				age = yearsOld(low[f-1])
			}
			if l+2 < len(low) && low[l] == "," && low[l+2] == "," {
				if a, err := strconv.Atoi(low[l+1]); err == nil {
					age = a
				}
			}
			if age >= 13 && age <= 19 {
				if found >= 0 && found != e {
					return -1
				}
				found = e
			}
		}
	}
	return found
}

// epithetHeads head the descriptions news gives a person through their
// organisation: "the PCB chief", "the Ineos founder", "the Tesla boss".
var epithetHeads = wordSet(`chief head boss founder co-founder cofounder owner chairman chairwoman chair ceo`)

// orgEpithet returns the person that "the <org> chief" at token k denotes,
// or -1: the only person named before k right after the organisation's
// words ("Pakistan Cricket Board (PCB) Chairman Mohsin Naqvi"), else the
// story's protagonist, named before k at least twice as often as anyone
// else.
func orgEpithet(d *Doc, ents []Entity, low []string, k int, org []string) int {
	found := -1
	for e, ent := range ents {
		if ent.Kind != Person {
			continue
		}
		for _, sp := range ent.Mentions {
			if sp.Start >= d.Tokens[k].Start {
				continue
			}
			first := tokenAt(d, sp.Start)
			for t := first - 1; t >= 0 && t >= first-8; t-- {
				if contains(org, low[t]) {
					if found >= 0 && found != e {
						return -1
					}
					found = e
				}
				if tt := d.Tokens[t].Text; !isCap(tt) && !titleWords[low[t]] && !roleModifiers[low[t]] && tt != "(" && tt != ")" {
					break // the organisation must open the name's title: "PCB Chairman Mohsin Naqvi"
				}
			}
		}
	}
	if found >= 0 {
		return found
	}
	return protagonist(d, ents, k)
}

// leadPerson returns the person the article names first, or -1.
func leadPerson(d *Doc, ents []Entity, own []int) int {
	for k := range d.Tokens {
		if e := own[k]; e >= 0 && ents[e].Kind == Person {
			return e
		}
	}
	return -1
}

// protagonist returns the person named before token k at least three times
// and twice as often as anyone else, or -1.
func protagonist(d *Doc, ents []Entity, k int) int {
	top, topN, second := mostNamedBefore(d, ents, k, func(Entity) bool { return true })
	if topN >= 3 && topN >= 2*second {
		return top
	}
	return -1
}

// mostNamedBefore returns the person that ok accepts with the most mentions
// before token k, that count, and the next highest count.
func mostNamedBefore(d *Doc, ents []Entity, k int, ok func(Entity) bool) (top, topN, second int) {
	top = -1
	for e, ent := range ents {
		if ent.Kind != Person || !ok(ent) {
			continue
		}
		n := 0
		for _, sp := range ent.Mentions {
			if sp.Start < d.Tokens[k].Start {
				n++
			}
		}
		switch {
		case n > topN:
			top, topN, second = e, n, topN
		case n > second:
			second = n
		}
	}
	return top, topN, second
}

// mentionedIn reports whether e is mentioned within [from, to).
func mentionedIn(e Entity, from, to int) bool {
	for _, sp := range e.Mentions {
		if sp.Start >= from && sp.End <= to {
			return true
		}
	}
	return false
}

// bareHolder returns the one person named before token k who holds the
// title head alone ("President Donald Trump", not "Ukrainian President
// Volodymyr Zelensky"), or -1. A capitalised "the President" is the
// outlet's own head of state, whom it names without a country.
func bareHolder(d *Doc, ents []Entity, k int, head string) int {
	found := -1
	for e, ent := range ents {
		if ent.Kind != Person || len(ent.Mentions) == 0 || ent.Mentions[0].Start >= d.Tokens[k].Start {
			continue
		}
		for _, r := range ent.Roles {
			if lower(r.Title) != head || r.Span.Start >= d.Tokens[k].Start {
				continue
			}
			if found >= 0 && found != e {
				return -1
			}
			found = e
		}
	}
	return found
}

// soleTitles are titles that one person holds and that news writes bare,
// as a name, with the head of the role they stand for: Bhutan's "Lyonchhen"
// is its prime minister, Ireland's "Taoiseach" too.
var soleTitles = map[string]string{"lyonchhen": "premier", "taoiseach": "premier", "tánaiste": "tánaiste", "tanaiste": "tanaiste"}

// soleHolder returns the person named before token k whose role has the
// head h (or the title as written), the one named most before k if several
// are, or -1 on a tie.
func soleHolder(d *Doc, ents []Entity, k int, h string) int {
	w := lower(d.Tokens[k].Text)
	top, topN, second := mostNamedBefore(d, ents, k, func(e Entity) bool { return hasRoleHead(e, h) || literalRole(e, w) })
	if topN == 0 || second == topN {
		return -1
	}
	return top
}

// homeHolder returns the one person named before token k who holds the
// title head and is of no country but home, when another holder is of
// another country: in a story from Ulaanbaatar, "the Premier" is the
// premier of unknown country, not Japan's. It returns -1 otherwise.
func homeHolder(d *Doc, ents []Entity, k int, head, home string) int {
	found, foreign := -1, false
	for e, ent := range ents {
		if ent.Kind != Person || len(ent.Mentions) == 0 || ent.Mentions[0].Start >= d.Tokens[k].Start || !hasRoleHead(ent, head) || !rankAgrees(ent, head, nil) {
			continue
		}
		if ent.Country != "" && ent.Country != home {
			foreign = true
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	if !foreign {
		return -1
	}
	return found
}

// unknownCandidates counts the people mentioned before token k whose role
// has the head but whose country is not known.
func unknownCandidates(ents []Entity, d *Doc, k int, head, country string, poss int) int {
	n := 0
	for e, ent := range ents {
		if ent.Kind != Person || e == poss || ent.Country != "" {
			continue
		}
		if head != "counterpart" && !hasRoleHead(ent, head) {
			continue
		}
		for _, sp := range ent.Mentions {
			if sp.Start < d.Tokens[k].Start {
				n++
				break
			}
		}
	}
	return n
}

// rolesNameAll reports whether one role of e has all the lower-case words.
func rolesNameAll(e Entity, words []string) bool {
	if len(words) == 0 {
		return true
	}
	for _, r := range e.Roles {
		ws := strings.Fields(lower(r.Title))
		body := "" // "International Olympic Committee" of "International Olympic Committee President": "the IOC president"
		if len(ws) > 2 && titleWords[ws[len(ws)-1]] {
			body = lower(initials(r.Title[:strings.LastIndex(r.Title, " ")], true))
		}
		all := true
		for _, w := range words {
			all = all && (contains(ws, w) || len(w) >= 2 && (w == lower(initials(r.Title, true)) || w == body))
		}
		if all {
			return true
		}
	}
	return false
}

// roleNames reports whether a role of e contains the lower-case words of.
func roleNames(e Entity, of string) bool {
	for _, r := range e.Roles {
		if strings.Contains(lower(r.Title), of) {
			return true
		}
	}
	return false
}

func hasRoleHead(e Entity, head string) bool {
	for _, r := range e.Roles {
		if head == topDiplomat && foreignOffice(r.Title) {
			return true
		}
		h := roleHead(r.Title)
		if head == "leader" && h == "minister" && !strings.Contains(lower(r.Title), "prime") {
			continue // "the Ugandan leader" is not Uganda's energy minister
		}
		if h == head || head == "monarch" && monarchs[h] || head == "leader" && leaderTitles[h] || head == "player" && playerTitles[h] || head == bodyChief && (h == "chief" || chiefTitles[h]) {
			return true
		}
		if f := strings.Fields(lower(r.Title)); len(f) >= 2 && courtesyTitles[f[len(f)-1]] && roleHead(strings.Join(f[:len(f)-1], " ")) == head {
			return true // "Crown Prince Sheikh" is "the Crown Prince" as well as "the sheikh"
		}
	}
	return false
}

// bodyChief is the head of "the ADB chief", "the Fifa chief": the chief of
// a body named before the title, whatever its holder's title.
const bodyChief = "chief of a body"

// chiefTitles head a body that "the ADB chief", "the Fifa chief" names.
var chiefTitles = wordSet(`president chairman chairwoman chairperson chair executive director head governor secretary-general commissioner`)

// namedAfter reports whether a name follows the title at k within its
// phrase: "Ambassador to Washington X", "Minister for European Affairs X",
// "minister, X".
func namedAfter(d *Doc, low []string, cov []bool, k int, s Sentence) bool {
	for t := k + 1; t < s.Last && t <= k+6; t++ {
		if cov[t] {
			return true
		}
		if !isCap(d.Tokens[t].Text) && low[t] != "to" && low[t] != "of" && low[t] != "for" && low[t] != "and" && low[t] != "," && low[t] != "the" {
			return false
		}
	}
	return false
}

// possessedCountry returns the first token of a country's name of one to
// three words that ends before the possessive clitic at j ("Kenya's", "South
// Africa's"), or -1.
func possessedCountry(d *Doc, g Gazetteer, j, first int) int {
	for n := 1; n <= 3 && j-n >= first; n++ {
		t := d.Tokens[j-n].Text
		if !isCap(t) {
			return -1
		}
		if c := countryOf(g, d.Text[d.Tokens[j-n].Start:d.Tokens[j-1].End]); c != "" && (n > 1 || lower(c) == lower(t) || g == nil) {
			return j - n
		}
	}
	return -1
}

// topDiplomat is the head of a reference to a country's foreign minister by
// the press's name for the office: "the top diplomat", "the chief diplomat".
const topDiplomat = "top diplomat"

// foreignOffice reports whether a role is a country's foreign minister under
// any of its names: "Foreign Minister", "Minister of Foreign Affairs",
// "External Affairs Minister", "Foreign Secretary", "Secretary of State".
func foreignOffice(role string) bool {
	f := strings.Fields(lower(role))
	if rankWords[f[0]] {
		return false // a deputy foreign minister is no top diplomat
	}
	switch roleHead(role) {
	case "minister", "secretary":
		return contains(f, "foreign") || contains(f, "external") || roleHead(role) == "secretary" && strings.HasSuffix(lower(role), "secretary of state")
	}
	return false
}

// onlyCounterpart reports whether e's roles all call e someone's
// counterpart ("his Nepalese counterpart"), which says e holds the same
// office as someone else without naming it.
func onlyCounterpart(e Entity) bool {
	for _, r := range e.Roles {
		if h := roleHead(r.Title); h != "counterpart" && h != "peer" {
			return false
		}
	}
	return len(e.Roles) > 0
}

// leaderCounterpart reports whether someone told only as another's
// counterpart was a leader's: "President Paul Biya received his Chadian
// counterpart X" makes X "the Chadian leader"; a minister's counterpart is
// no leader. The one whose counterpart X is is the person with a leader's
// title named before the role in its sentence.
func leaderCounterpart(d *Doc, ents []Entity, e int) bool {
	for _, r := range ents[e].Roles {
		si := d.SentenceAt(r.Span.Start)
		if si < 0 {
			continue
		}
		s := d.Sentences[si]
		for o, ent := range ents {
			if o == e || ent.Kind != Person || !hasRoleHead(ent, "leader") {
				continue
			}
			for _, sp := range ent.Mentions {
				if sp.Start >= s.Start && sp.End <= r.Span.Start {
					return true
				}
			}
		}
	}
	return false
}

// rankWords set a role apart from the plain title: a vice president or a
// former one is not "the president".
var rankWords = wordSet(`crown deputy former vice previous outgoing`)

// rankAgrees reports whether e has a role with the title head whose rank
// words are those of the reference (names): "the president" is not the
// "Vice President", "the deputy minister" not the "Minister".
func rankAgrees(e Entity, head string, names []string) bool {
	found := false // a role with the head itself, not one matched as a leader or courtesy title
	for _, r := range e.Roles {
		if roleHead(r.Title) != head {
			continue
		}
		found = true
		ok := true
		for _, w := range strings.Fields(lower(r.Title)) {
			if rankWords[w] && !contains(names, w) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return !found
}

// ownRole reports whether e has a role with the title head that names no
// organisation before it: "President" and "Kenyan President" are the
// president's own, "World Athletics president" is that body's. A bare "the
// President" is first the one who holds the title alone.
func ownRole(e Entity, head string, g Gazetteer) bool {
	for _, r := range e.Roles {
		if roleHead(r.Title) != head {
			continue
		}
		own := true
		for _, t := range strings.Fields(r.Title) {
			if lower(t) == head {
				break
			}
			if isCap(t) && !titleWords[lower(t)] && !rankWords[lower(t)] && countryOf(g, t) == "" && !roleModifiers[lower(t)] {
				own = false
			}
		}
		if own {
			return true
		}
	}
	return false
}

// literalRole reports whether a role of e has the title word w as written:
// "the premier" is first the one called premier, then a prime minister.
func literalRole(e Entity, w string) bool {
	for _, r := range e.Roles {
		if contains(strings.Fields(lower(r.Title)), w) {
			return true
		}
	}
	return false
}

// leaderTitles are the titles that "the Kenyan leader" refers back to: heads
// of state and of government.
var leaderTitles = wordSet(`president premier minister chancellor king queen emperor emir sultan sheikh shaikh monarch ruler leader
taoiseach head`) // "minister" only as prime minister

// monarchs are the titles that "the monarch" refers back to.
// playerTitles are the positions "the player" may name: "striker X ... the
// player flew to Lima".
var playerTitles = wordSet(`striker midfielder defender goalkeeper keeper winger forward footballer cricketer batsman bowler batter pitcher quarterback`)

var monarchs = wordSet(`king queen emperor empress sultan emir sheikh shaikh monarch ruler gyalpo`)

// gender returns "m", "f" or "" for a person entity.
func (r RuleResolver) gender(e Entity) string {
	for _, ro := range e.Roles {
		for _, w := range strings.Fields(lower(ro.Title)) {
			switch w {
			case "mrs.", "ms.", "mrs", "ms", "queen", "princess", "spokeswoman", "chairwoman", "congresswoman":
				return "f"
			case "mr.", "mr", "king", "prince", "spokesman", "congressman", "pope":
				return "m"
			}
		}
	}
	f := strings.Fields(e.Name)
	if len(f) == 0 {
		return ""
	}
	for _, w := range f[1:] {
		switch w {
		case "Kaur":
			return "f" // a Sikh woman's name: "Harjinder Kaur", "Parminder Kaur Brar"
		case "Singh":
			return "m" // a Sikh man's: "Baldev Singh Mann"
		}
	}
	if len(f) >= 2 {
		if g := r.Names.Gender(f[0]); g != "" {
			return g
		}
	}
	if len(f) >= 3 && r.Names != nil {
		// "Carmen Rosa Delgado Zegarra": Carmen is borne by men too, Rosa
		// hardly; the second given name settles the way the first leans
		if p, ok := r.Names.share(f[0]); ok {
			if g := r.Names.Gender(f[1]); g == "f" && p > 0.5 || g == "m" && p < 0.5 {
				return g
			}
		}
	}
	return slavicSurnameGender(f[len(f)-1])
}

// slavicSurnameGender returns the sex that the ending of a Slavic surname
// tells: "f" for Angelova, Ivanova, Kowalska, Dvořáková; "m" for Petkov,
// Mitev, Lavrov; "" otherwise.
func slavicSurnameGender(w string) string {
	lw := lower(w)
	if utf8.RuneCountInString(lw) < 5 {
		return ""
	}
	for _, suf := range []string{"ova", "eva", "ovna", "evna", "skaya", "tskaya", "ová", "ská", "cká"} {
		if strings.HasSuffix(lw, suf) {
			return "f"
		}
	}
	for _, suf := range []string{"ov", "ev", "yov", "yev"} {
		if strings.HasSuffix(lw, suf) {
			return "m"
		}
	}
	return ""
}

// addressedGender returns the gender that a form of address written right
// before a mention of e tells ("Mrs Gwarzo", "Mr Okafor"), or "".
func addressedGender(d *Doc, e Entity) string {
	for _, sp := range e.Mentions {
		k := tokenAt(d, sp.Start)
		if k <= 0 || d.Tokens[k].Start != sp.Start {
			continue
		}
		if g := addressWords[lower(d.Tokens[k-1].Text)]; g != "" {
			return g
		}
	}
	return ""
}

// saidGender returns the gender of the pronoun that follows a mention of e
// and a verb of saying ("Ainembabazi said she did not know"), or "" when no
// mention is told so or two disagree.
func saidGender(d *Doc, low []string, e Entity) string {
	g := ""
	for _, sp := range e.Mentions {
		k := tokenAt(d, sp.End-1) + 1 // the token after the mention
		if k <= 0 || k+1 >= len(low) || !reportVerbs[low[k]] {
			continue
		}
		switch low[k+1] {
		case "he", "she":
			if p := pronounGender[low[k+1]]; g != "" && g != p {
				return ""
			} else {
				g = p
			}
		}
	}
	return g
}

// speaksFor reports whether e speaks for someone else: a spokesman, a
// spokeswoman, a press secretary.
func speaksFor(e Entity) bool {
	for _, r := range e.Roles {
		if t := lower(r.Title); strings.Contains(t, "spokes") || strings.HasSuffix(t, "press secretary") {
			return true
		}
	}
	return false
}

// honorificPronoun reports whether the pronoun at k opens a form of address,
// not a reference: "His Excellency", "Her Majesty", "HE Steve Witkoff" in
// the copy of Gulf and Asian news agencies.
func honorificPronoun(d *Doc, low []string, k int) bool {
	if k+1 >= len(low) {
		return false
	}
	if addressNouns[low[k+1]] {
		return true
	}
	t := d.Tokens[k].Text
	return (t == "HE" || t == "HH") && isCap(d.Tokens[k+1].Text)
}

// addressNouns follow a possessive pronoun in a form of address.
var addressNouns = wordSet(`excellency excellencies highness highnesses majesty royal holiness eminence beatitude grace lordship`)

// pronouns attaches he/him/his/himself and she/her/hers/herself to a person:
// the first person of compatible gender mentioned earlier in the same sentence
// (the subject, usually), else the first one of the nearest earlier sentence
// that names one (or refers to one with "his" or "her"). A profile's
// subject, referred to far more often than anyone else, wins over a person
// new in that sentence and is the fallback when no sentence just before names
// anyone. A pronoun inside a quotation resolves only within it.
func (r RuleResolver) pronouns(d *Doc, ents []Entity, low []string) {
	cov := covered(d)
	own := owners(d, ents)
	quoted := quoteMask(d)
	genders := make([]string, len(ents))
	for e, ent := range ents {
		genders[e] = r.gender(ent)
		if genders[e] == "" {
			genders[e] = addressedGender(d, ent)
		}
		if genders[e] == "" {
			genders[e] = saidGender(d, low, ent)
		}
	}
	perSent := make([][]ref, len(d.Sentences))
	possSent := make([][]ref, len(d.Sentences)) // possessive pronouns: "her job"
	count := make([]int, len(ents))             // references so far
	firstTok := make([]int, len(ents))          // the first token that names each person
	for e := range firstTok {
		firstTok[e] = len(own)
	}
	for k := len(own) - 1; k >= 0; k-- {
		if own[k] >= 0 {
			firstTok[own[k]] = k
		}
	}
	fronted := make([]int, len(d.Sentences))
	for si, s := range d.Sentences {
		fronted[si] = frontedEnd(d, s)
	}
	for si, s := range d.Sentences {
		last := -1
		for k := s.First; k < s.Last; k++ {
			if own[k] >= 0 {
				if own[k] != last || k == s.First || own[k-1] != own[k] {
					perSent[si] = append(perSent[si], ref{k, own[k]})
					count[own[k]]++
				}
				last = own[k]
				continue
			}
			last = -1
			g, ok := pronounGender[low[k]]
			if !ok || cov[k] || honorificPronoun(d, low, k) {
				continue
			}
			// An object pronoun is not the subject of its own verb: in "Li
			// told him", "him" is someone else (a reflexive would be Li).
			notE := -1
			if k-2 >= s.First && low[k-1] == "whom" && own[k-2] < 0 {
				// "Katherine Tai, with whom she worked closely": not Tai
				for t := k - 2; t >= s.First && t >= k-4; t-- {
					if own[t] >= 0 {
						notE = own[t]
						break
					}
				}
			}
			if (low[k] == "his" || low[k] == "her" || low[k] == "their") && k+1 < s.Last && askNoun(low[k+1]) && k-1 > s.First {
				// "Whitcombe had refused her request to meet": the one who asked, not Whitcombe
				v := k - 1
				if low[v] == "down" {
					v--
				}
				if answerVerbs[low[v]] {
					for t := v - 1; t >= s.First && t >= v-4; t-- {
						if own[t] >= 0 {
							notE = own[t]
							break
						}
					}
				}
			}
			if (low[k] == "he" || low[k] == "she") && k-2 >= s.First && reportVerbs[low[k-1]] && own[k-2] >= 0 && speaksFor(ents[own[k-2]]) {
				// "Yunus's press secretary Shafiqul Alam said the chief adviser
				// would not meet her. ... Alam said he would meet X next
				// week": a spokesman's "he" is the one he speaks for
				notE = own[k-2]
			}
			if low[k] == "his" || low[k] == "her" {
				// "says Johanna Hill, one of her four deputies": not Hill
				for t := k - 1; t > s.First && t >= k-4; t-- {
					if low[t] == "," {
						if own[t-1] >= 0 && !(t+1 < k && prepositions[low[t+1]]) {
							notE = own[t-1] // (but "Pashinyan, for his part,", "Ruto, in his speech,": his own)
						}
						break
					}
					if !isLowerWord(d.Tokens[t].Text) || low[t] == "by" || low[t] == "with" {
						break // "Milei, accompanied by his sister": Milei's
					}
				}
			}
			if low[k] == "him" || low[k] == "them" || low[k] == "her" && objectHer(d, low, k) {
				// "Lighthizer declined to meet him" (but not "a friend of
				// David and spoke to him": David is not the subject)
				conj := false
				reach := k - 5
				if k-1 > s.First && (low[k-1] == "with" || low[k-1] == "to") {
					reach = k - 9 // "Kwon had cancelled a meeting with her", "she had not held a separate meeting with her": not Kwon, not her
				}
				for t := k - 1; t >= s.First && t >= reach; t-- {
					if own[t] >= 0 {
						if t >= k-3 || !conj {
							notE = own[t]
						}
						break
					}
					if low[t] == "," && t-1 > s.First && !conj {
						// "Åkesson, who died in 2011, never met him": the
						// subject before an aside of no one
						if c := asideOpen(d, low, own, s, t); c > s.First && own[c-1] >= 0 {
							notE = own[c-1]
						}
						break
					}
					if !isLowerWord(d.Tokens[t].Text) {
						break
					}
					conj = conj || low[t] == "and" || low[t] == "or" || low[t] == "but"
				}
			}
			if notE < 0 && (low[k] == "him" || low[k] == "her" && objectHer(d, low, k)) {
				notE = coordinatedSubject(d, low, own, s, fronted[si], k)
			}
			if notE < 0 && (low[k] == "him" || low[k] == "them" || low[k] == "her" && objectHer(d, low, k)) {
				notE = infinitiveSubject(d, low, own, quoted, perSent[si], fronted[si], k)
			}
			notAlso := -1 // the other conjunct of a subject notE ends: "A and B visited him"
			if notE >= 0 && (low[k] == "him" || low[k] == "her" || low[k] == "them") {
				for t := k - 1; t > s.First && t >= k-6; t-- {
					if own[t] == notE {
						f := t
						for f > s.First && own[f-1] == notE {
							f--
						}
						if f-2 >= s.First && (low[f-1] == "and" || low[f-1] == "&") && own[f-2] >= 0 && own[f-2] != notE {
							notAlso = own[f-2]
						}
						break
					}
				}
			}
			ok2 := func(e int) bool { return e != notE && e != notAlso && (genders[e] == "" || genders[e] == g) }
			ant := -1
			if (low[k] == "he" || low[k] == "she") && !quoted[k] {
				if h := headingPerson(d, own, k); h >= 0 && ok2(h) {
					ant = h // a profile's section under the name of its subject: "Ron Dermer ¶ ... he is expected to meet"
				}
			}
			// The subject of the main clause first, then a fronted phrase:
			// "After meeting Milosevic, Kornblum flew to Zagreb. He ...".
			fe := fronted[si]
			// The subject of a "that" clause the pronoun is in: "The aide
			// recalled that the Russian leader had informed Xi of his meeting";
			// of an "as" clause: "X's visit comes as Modi prepares ..., where he".
			for t := k - 1; t > fe && ant < 0; t-- {
				if (low[t] == "that" || low[t] == "as" || low[t] == "because" || low[t] == "while") && own[t+1] >= 0 && t+1 < k && quoted[t+1] == quoted[k] && ok2(own[t+1]) && !(t > s.First && own[t-1] >= 0) {
					ant = own[t+1]
				}
			}
			if ant < 0 && (low[k] == "him" || low[k] == "them" || low[k] == "her" && objectHer(d, low, k)) && notE >= 0 {
				// "A is to meet B in April, and C is due in May, when D will
				// guide him": the subject of the clause after ", and", if the
				// pronoun's own clause has a subject of its own
				for t := k - 1; t > fe+1 && ant < 0; t-- {
					if own[t] == notE || low[t] != "and" || low[t-1] != "," || quoted[t] != quoted[k] {
						continue
					}
					n := t + 1
					for n < k && n < t+4 && own[n] < 0 && isCap(d.Tokens[n].Text) {
						n++
					}
					if n < k && own[n] >= 0 && ok2(own[n]) {
						ant = own[n]
					}
					break
				}
			}
			if ant < 0 && (low[k] == "he" || low[k] == "she" || low[k] == "his") && !quoted[k] {
				if m := cataphor(d, low, own, s, k); m >= 0 && ok2(m) {
					ant = m // "Asked whether he would seek talks with Ortega, Chaves said"
				}
			}
			if ant < 0 {
				ant = reporter(d, low, own, quoted, k, fe, ok2)
			}
			for pass := 0; pass < 2 && ant < 0; pass++ {
				for _, rf := range perSent[si] {
					if (rf.tok >= fe) == (pass == 0 && k >= fe) && quoted[rf.tok] == quoted[k] && ok2(rf.ent) {
						ant = rf.ent
						break
					}
				}
			}

			top := dominant(count)
			if ant < 0 && !quoted[k] && !strings.HasSuffix(low[k], "self") {
				for p := si - 1; p >= 0 && p >= si-3 && ant < 0; p-- {
					for pass := 0; pass < 2 && ant < 0; pass++ {
						for _, rf := range perSent[p] {
							if (rf.tok >= fronted[p]) == (pass == 0) && !quoted[rf.tok] && ok2(rf.ent) {
								ant = rf.ent
								break
							}
						}
					}
					if ant >= 0 && ant != top && top >= 0 && genders[top] == g && firstTok[ant] >= d.Sentences[p].First {
						// "Katherine Tai, with whom she worked, called her ...
						// She plans to visit Nairobi": a person new in that
						// sentence, beside the profile's subject, is not "she".
						for _, refs := range [][]ref{perSent[p], possSent[p]} {
							for _, rf := range refs {
								if rf.ent == top && !quoted[rf.tok] && (pronounGender[low[rf.tok]] != "" || !objectRef(low, rf.tok)) {
									ant = top // (not "X said he spoke to Shallow ... He admitted": Shallow only the object)
								}
							}
						}
					}
					if ant >= 0 && ant != top && top >= 0 && genders[top] == g && ok2(top) && newlineBefore(d, s.First) {
						// A pronoun that opens a paragraph, after a paragraph
						// that ends with someone else: the profile's subject
						// ("... Leota-Tuilagi describes those calls as useful.
						// ¶ When the borders reopened, she went on the road").
						ant = top
					}
					for _, rf := range possSent[p] {
						if ant < 0 && ok2(rf.ent) {
							ant = rf.ent // "Since April, her job has been ... She has done"
						}
					}
					named := len(possSent[p]) > 0
					for _, rf := range perSent[p] {
						named = named || !quoted[rf.tok] // a quotation's people are not the narrative's
					}
					if named && ant < 0 {
						break
					}
				}
			}
			if ant < 0 && !quoted[k] && !strings.HasSuffix(low[k], "self") {
				// A profile: the person the story has named and called "she"
				// far more than anyone else, before a pronoun with no person
				// in the sentences just before it.
				if top >= 0 && genders[top] == g {
					ant = top
				}
			}
			if ant >= 0 && genders[ant] == "" {
				// "Modi telephoned her within days of her swearing-in": the
				// second "her" is the woman the first one was, not the man
				// of unknown gender who is the clause's subject
			earlier:
				for _, refs := range [][]ref{perSent[si], possSent[si]} {
					for _, rf := range refs {
						if rf.ent != ant && rf.tok < k && genders[rf.ent] == g && ok2(rf.ent) && quoted[rf.tok] == quoted[k] && pronounGender[low[rf.tok]] == g {
							ant = rf.ent
							break earlier
						}
					}
				}
			}
			if ant < 0 {
				continue
			}
			count[ant]++
			ents[ant].Mentions = append(ents[ant].Mentions, d.Tokens[k].Span)
			own[k] = ant
			if genders[ant] == "" {
				genders[ant] = g // "she" said so: Mette Frederiksen is no "he" later
			}
			if (low[k] == "his" || low[k] == "her") && k+1 < s.Last && isLowerWord(d.Tokens[k+1].Text) {
				possSent[si] = append(possSent[si], ref{k, ant})
				continue // a possessor is no subject: "His son, Eduardo Bolsonaro, said that he"
			}
			perSent[si] = append(perSent[si], ref{k, ant})
		}
	}
}

// coordinatedSubject returns the person who opens sentence s as the
// subject of a second verb phrase that holds the object pronoun at k, or
// -1: in "Dave Quayle and I showed X round the boathouse and then sat down
// with him", "him" is not Dave Quayle.
func coordinatedSubject(d *Doc, low []string, own []int, s Sentence, fe, k int) int {
	a := -1
	for t := k - 1; t > s.First && t >= k-8; t-- {
		if own[t] >= 0 || !isLowerWord(d.Tokens[t].Text) && low[t] != "," {
			return -1
		}
		if low[t] == "and" && t+1 < k && !determiners[low[t+1]] && !subjectPronouns[low[t+1]] && low[t+1] != "the" && low[t+1] != "a" {
			a = t
			break
		}
	}
	if a < 0 {
		return -1
	}
	f := maxInt(s.First, fe)
	for f < a && f < s.First+4 && own[f] < 0 {
		f++ // "On Wednesday Dave and I showed"
	}
	if f >= a || own[f] < 0 {
		return -1
	}
	e := f
	for e < a && (own[e] == own[f] || own[e] >= 0 || low[e] == "and" || low[e] == "," || low[e] == "i" || low[e] == "we") {
		e++
	}
	if e >= a || !isLowerWord(d.Tokens[e].Text) || determiners[low[e]] {
		return -1 // the subject and then its verb: "Dave and I showed"
	}
	return own[f]
}

// attributed reports whether the person whose mention ends at token e is
// the source of an "according to" phrase: "According to Mr Ibe, the former
// vice president met ..." names no vice president Ibe.
func attributed(low []string, own []int, e, first int) bool {
	b := e
	for b > first && own[b-1] == own[e] {
		b--
	}
	return accordingTo(low, b, first)
}

// ref is one mention of a person in a sentence: its first token and the
// person's index.
type ref struct{ tok, ent int }

// controlVerbs give their object the deed of the infinitive after it: in
// "Walker asked Tamihana to brief her", Tamihana briefs.
var controlVerbs = wordSet(`asked asks ask urged urges urge invited invites invite told tells tell encouraged persuaded
allowed wanted wants expected instructed directed ordered pressed begged authorised authorized sent`)

// infinitiveSubject returns the person who does the deed of the infinitive
// whose object is the pronoun at k ("to brief her"), who cannot be that
// object: the subject of the clause before "to" (in "Walker spoke with
// Tamihana via Zoom to brief her", Walker), or the object of a control verb.
// It returns -1 when k is no such object.
func infinitiveSubject(d *Doc, low []string, own []int, quoted []bool, refs []ref, fe, k int) int {
	if k-2 < 0 || low[k-2] != "to" || !isLowerWord(d.Tokens[k-1].Text) || own[k-1] >= 0 {
		return -1
	}
	to := k - 2
	for i := len(refs) - 1; i >= 0; i-- {
		rf := refs[i]
		if rf.tok >= to || rf.tok < fe || quoted[rf.tok] != quoted[k] {
			continue
		}
		end := rf.tok
		for end+1 < to && own[end+1] == rf.ent {
			end++
		}
		if end+1 >= to {
			continue // "asked Tamihana to brief her"
		}
		w := low[end+1]
		if !isLowerWord(d.Tokens[end+1].Text) || objectFollowers[w] || w == "via" || w == "of" {
			continue
		}
		for t := end + 1; t < to; t++ {
			if controlVerbs[low[t]] {
				if own[to-1] >= 0 {
					return own[to-1]
				}
				return -1
			}
			if low[t] == "that" || low[t] == ";" || low[t] == ":" {
				return -1 // a new clause
			}
		}
		return rf.ent
	}
	return -1
}

// reportVerbs report what their subject says or denies about itself: in
// "Lee is the favourite, but Bustamante denied that he had met Lee", "he" is
// Bustamante.
var reportVerbs = wordSet(`said says told tells denied denies insisted insists confirmed confirms admitted admits
acknowledged claimed claims stated added recalled explained revealed disclosed`)

// reporter returns the subject of the reporting verb whose "that" clause
// (or bare complement) the pronoun at k opens, or -1: the person named
// just before the verb, with at most a few words between ("denied on
// Wednesday that he").
func reporter(d *Doc, low []string, own []int, quoted []bool, k, fe int, ok func(int) bool) int {
	v := k - 1
	if v >= 0 && low[v] == "that" {
		v--
	}
	s := d.Sentences[sentenceAt(d, k)]
	if v > s.First && (low[v] == "us" || low[v] == "me" || low[v] == "reporters" || low[v] == "journalists") && tellWords[low[v-1]] {
		v-- // "tells us he spoke": the teller
	}
	// "denied on Wednesday that he": a date between the verb and "that"
	for n := 0; n < 3 && v > s.First && !reportVerbs[low[v]] && (dateWords[low[v]] || low[v] == "on" || low[v] == "last"); n++ {
		v--
	}
	if v <= s.First || v <= fe || !reportVerbs[low[v]] || quoted[v] != quoted[k] {
		return -1
	}
	for t := v - 1; t >= s.First && t >= v-3; t-- {
		if own[t] >= 0 {
			if ok(own[t]) {
				return own[t]
			}
			return -1
		}
		if low[t] == "," && t-1 >= s.First && own[t-1] >= 0 && t == v-1 && ok(own[t-1]) {
			f := t - 1
			for f > s.First && own[f-1] == own[t-1] {
				f--
			}
			if f > s.First && low[f-1] == "," {
				return own[t-1] // "their chief executive, Alan Hebblethwaite, said that he" (not "Dy, in an interview with X, said")
			}
		}
		if !isLowerWord(d.Tokens[t].Text) || low[t] == "," {
			return -1
		}
	}
	return -1
}

// askNoun reports whether w asks someone for something: a request or an
// invitation (the event finder's words), a plea, an appeal. The one who
// asked is not the one who answers: "X refused her request".
func askNoun(w string) bool {
	return requestNouns[w] || invitationNouns[w] || w == "plea" || w == "appeal"
}

// answerVerbs grant or refuse what was asked.
var answerVerbs = wordSet(`refused rejected declined turned accepted granted ignored`)

// dominant returns the person referred to at least four times so far and
// at least twice as often as anyone else, or -1: the subject of a profile.
func dominant(count []int) int {
	top, topN, second := leader(slices.All(count))
	if topN < 4 || topN < 2*second {
		return -1
	}
	return top
}

// leader returns the key of the highest count, that count and the next
// highest; on a tie for the highest, the key met first.
func leader[K comparable](counts iter.Seq2[K, int]) (top K, topN, second int) {
	for k, n := range counts {
		switch {
		case n > topN:
			top, topN, second = k, n, topN
		case n > second:
			second = n
		}
	}
	return top, topN, second
}

// objectHer reports whether "her" at k is an object, not a possessive:
// "called her", "told her that", "met her in".
func objectHer(d *Doc, low []string, k int) bool {
	if k+1 >= len(low) {
		return true
	}
	if !isLowerWord(d.Tokens[k+1].Text) {
		// "told her Monday that" (an object), but "her Algerian
		// counterpart" (a possessive before an adjective and its noun)
		return !(isCap(d.Tokens[k+1].Text) && k+2 < len(low) && isLowerWord(d.Tokens[k+2].Text) && !objectFollowers[low[k+2]] && !weekdays[low[k+1]])
	}
	return objectFollowers[low[k+1]]
}

var objectFollowers = wordSet(`to in on at for that as with and by from the a an about into over after before during
within yesterday today tonight twice again repeatedly shortly immediately afterwards personally directly privately briefly
regularly since until while when because but or via through despite upon amid alongside`)

// frontWords open a phrase fronted before the main clause: "After meeting
// Milosevic, Kornblum flew to Zagreb".
var frontWords = wordSet(`after before while when following during despite since although though as if upon once in at on
having unlike like besides under outside inside amid`)

// frontedEnd returns the first token of the main clause of s when s opens
// with a fronted phrase ended by a comma, else s.First.
func frontedEnd(d *Doc, s Sentence) int {
	participle := participleOpeners[lower(d.Tokens[s.First].Text)]
	if s.Last-s.First < 4 || !frontWords[lower(d.Tokens[s.First].Text)] && !participle {
		return s.First
	}
	for k := s.First + 1; k < s.Last && k < s.First+15; k++ {
		if d.Tokens[k].Text == "," {
			if participle {
				// "Led in evidence by the police prosecutor, Inspector X,
				// Y said": past the apposition that names the agent
				n := k + 1
				for n < s.Last && n <= k+6 && isCap(d.Tokens[n].Text) {
					n++
				}
				if n > k+2 && n < s.Last && d.Tokens[n].Text == "," {
					return n + 1
				}
			}
			return k + 1
		}
		if k > s.First+1 && isCap(d.Tokens[k-1].Text) && finiteVerb(lower(d.Tokens[k].Text)) {
			return s.First // "On Monday Rubio flew to El Salvador, where ...": the main clause itself
		}
	}
	return s.First
}

// cataphor returns the person that a pronoun at k inside a phrase fronted
// before the main clause looks ahead to: the main clause's subject, named
// right after the comma ("Asked on Wednesday whether he would seek talks
// with X, Chaves was blunt"; "When he met X, Putin said"). It returns -1 if
// the sentence has no such shape.
func cataphor(d *Doc, low []string, own []int, s Sentence, k int) int {
	if !frontWords[low[s.First]] && !participleOpeners[low[s.First]] || k == s.First {
		return -1
	}
	if low[k] != "his" && !clauseOpeners[low[s.First]] && !participleOpeners[low[s.First]] {
		return -1 // "On Friday he spoke ..., who": the main clause's own subject
	}
	for c := s.First + 1; c < k; c++ {
		if low[c] == "," {
			return -1 // "After the change of government in 2018, he asked to brief the incoming President, X": the main clause's
		}
	}
	for c := k + 1; c+1 < s.Last && c < s.First+30; c++ {
		if low[c] == "," {
			if own[c+1] >= 0 && (c+2 >= s.Last || own[c+2] == own[c+1] || !isCap(d.Tokens[c+2].Text)) {
				for t := s.First; t < k; t++ {
					if own[t] == own[c+1] {
						return -1 // named before the pronoun already
					}
				}
				return own[c+1]
			}
			return -1
		}
		if low[c] == ";" || low[c] == ":" || isQuote(d.Tokens[c].Text) {
			return -1
		}
	}
	return -1
}

// clauseOpeners open a clause fronted before the main one, whose own
// subject may be a pronoun: "When he met X, Putin said".
var clauseOpeners = wordSet(`when after before while although though as if once since because`)

// participleOpeners open a participial phrase fronted before the main
// clause: "Asked whether ..., X said", "Speaking to reporters, X said".
var participleOpeners = wordSet(`asked speaking pressed questioned writing interviewed addressing responding led cross-examined`)

// finiteVerb reports a word that is, after a name, most likely its verb:
// "Rubio flew", "Smith said", "Jones met".
func finiteVerb(w string) bool {
	switch w {
	case "flew", "went", "came", "met", "held", "spoke", "sat", "told", "took", "left", "made", "gave", "began", "said", "says",
		"is", "was", "has", "had", "will", "arrived", "visited", "hosted", "received", "travelled", "traveled":
		return true
	}
	return false
}

// firstPerson attaches "I", "me", "my" and "myself" inside a quotation to
// its speaker: the person next to a speech verb right after the quotation
// ("...," Hoddle said / said Hoddle) or right before it (Hoddle said: "..."),
// else, for a quotation that opens a paragraph, the speaker of the
// quotation just before it (news continues a quote over paragraphs).
func firstPerson(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	quoted := quoteMask(d)
	speakerAt := func(i int) int { // a person next to a speech verb at i
		if i < 0 || i >= len(d.Tokens) || !speechVerbs[low[i]] {
			return -1
		}
		if i+1 < len(d.Tokens) && own[i+1] >= 0 && !quoted[i+1] {
			return own[i+1]
		}
		if i > 0 && own[i-1] >= 0 && !quoted[i-1] {
			return own[i-1]
		}
		return -1
	}
	prev, prevEnd := -1, -1 // the last quotation's speaker and end
	for a := 0; a < len(d.Tokens); {
		if !quoted[a] {
			a++
			continue
		}
		b := a
		for b < len(d.Tokens) && quoted[b] && (b == a || !newlineBefore(d, b)) {
			b++
		}
		sp := -1
		for i := b; i < len(d.Tokens) && i <= b+3 && sp < 0 && (i == b || !newlineBefore(d, i)); i++ {
			sp = speakerAt(i)
		}
		for i := a - 1; i >= 0 && i >= a-4 && sp < 0 && !newlineBefore(d, i+1); i-- {
			sp = speakerAt(i)
		}
		if sp < 0 && prev >= 0 && newlineBefore(d, a) && paragraphsApart(d, prevEnd, a) <= 1 {
			sp = prev // a quotation continued in a new paragraph
		}
		if sp < 0 && prev < 0 && newlineBefore(d, a) && documentCue(d, low, quoted, a) {
			// "The cable was sent ... by the then ambassador, Karin
			// Lindqvist. ... Extracts follow.\n"1. Summary. X received me":
			// a document quoted whole is its author's, up to the paragraph
			// that closes the quotation (its inner paragraphs may open with
			// no mark)
			if sp = mostNamed(own, ents, a); sp >= 0 {
				if e := quotationEnd(d, b); e > b {
					b = e
				}
			}
		}
		if sp >= 0 {
			for k := a; k < b; k++ {
				if own[k] < 0 && (low[k] == "i" || low[k] == "me" || low[k] == "my" || low[k] == "myself") {
					ents[sp].Mentions = append(ents[sp].Mentions, d.Tokens[k].Span)
					own[k] = sp
				}
			}
		}
		prev, prevEnd = sp, b
		a = b
	}
}

// documentCue reports whether the paragraph before token a, which opens a
// quotation, says that a document's text follows: "Extracts follow", "The
// letter reads:".
func documentCue(d *Doc, low []string, quoted []bool, a int) bool {
	p := a - 1
	for p > 0 && !newlineBefore(d, p) {
		p--
	}
	doc := false
	for k := p; k < a; k++ {
		if quoted[k] {
			continue
		}
		if documentNouns[low[k]] {
			doc = true
		}
		if doc && (low[k] == "follow" || low[k] == "follows" || low[k] == "reads" || low[k] == "read" || low[k] == "says" && k+1 < a && low[k+1] == ":") {
			return true
		}
	}
	return false
}

// quotationEnd returns the end of the paragraph, within twelve after the
// one ending at b, that closes a quotation opened before it: the last token
// is a closing quotation mark and the paragraph opens none. It returns -1
// if there is none.
func quotationEnd(d *Doc, b int) int {
	for n := 0; n < 12 && b < len(d.Tokens); n++ {
		e := b + 1
		for e < len(d.Tokens) && !newlineBefore(d, e) {
			e++
		}
		opens := 0
		for k := b; k < e; k++ {
			if isQuote(d.Tokens[k].Text) {
				opens++
			}
		}
		if last := d.Tokens[e-1].Text; (last == "\"" || last == "”") && opens == 1 {
			return e
		}
		if opens > 0 {
			return -1
		}
		b = e
	}
	return -1
}

// documentNouns name a text that a story may quote whole.
var documentNouns = wordSet(`extract extracts excerpt excerpts cable letter memo memorandum note dispatch email e-mail diary text`)

// interview attaches the first and second person of a question-and-answer
// transcript to the person interviewed: "I", "me" and "my" in the answers
// ("A: I met Minister Araghchi in Cairo") and "you" and "your" in the
// questions ("Q: Last month you met ..."). The person interviewed is the one
// named most often before the first question (the first of them on a tie).
// A transcript may label its paragraphs with names instead: "Fiji Times:"
// asks and "Rabuka:" answers; then each answer is its speaker's.
func interview(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	quoted := quoteMask(d)
	// label returns 'Q' or 'A' for a paragraph opened by "Q:" or "A:", or
	// by a label of up to four capitalised words and a colon: 'A' with the
	// speaker for a person's name, 'Q' for another ("Fiji Times:"). next is
	// the token after the colon.
	label := func(k int) (mode byte, who, next int) {
		if k > 0 && !newlineBefore(d, k) {
			return 0, -1, k
		}
		if k+1 < len(low) && (low[k] == "q" || low[k] == "a") && (low[k+1] == ":" || low[k+1] == ".") && d.Tokens[k].Text != "a" {
			return d.Tokens[k].Text[0], -1, k + 2
		}
		if k+1 < len(low) && low[k] == "q" && low[k+1] == "(" && d.Tokens[k].Text == "Q" {
			// "Q (analyst, a European bank):"
			for j := k + 2; j < len(low) && j < k+14 && !newlineBefore(d, j); j++ {
				if low[j] == ")" {
					if j+1 < len(low) && low[j+1] == ":" {
						return 'Q', -1, j + 2
					}
					break
				}
			}
		}
		for j := k + 1; j < len(low) && j <= k+4; j++ {
			if low[j] == ":" {
				if own[k] >= 0 && own[j-1] == own[k] {
					return 'A', own[k], j + 1
				}
				if w := labelledPerson(ents, strings.Join(low[k:j], " ")); w >= 0 && allCaps(d.Tokens[k].Text) {
					return 'A', w, j + 1 // "TEO:", the surname in capitals
				}
				return 'Q', -1, j + 1
			}
			if !isCap(d.Tokens[j].Text) || own[j] >= 0 && own[j] != own[k] {
				break
			}
		}
		return 0, -1, k
	}
	firstQ, firstLabel, answers, named := -1, -1, 0, map[int]int{}
	for k := range low {
		switch m, w, next := label(k); m {
		case 'Q':
			if firstQ < 0 && low[k] == "q" && (next == k+2 || low[k+1] == "(") {
				firstQ = k // "Q:" (not a headline's "Q&A:")
			}
			if firstLabel < 0 {
				firstLabel = k // "Fiji Times:"
			}
		case 'A':
			answers++
			if w >= 0 {
				named[w]++
			}
		}
	}
	if len(named) > 0 && (len(named) > 1 || answers < 2) {
		return // names of several speakers, or one answer alone: a discussion, not an interview
	}
	who := -1
	for w := range named {
		who, firstQ = w, firstLabel
	}
	if firstQ < 0 || answers == 0 {
		return
	}
	if who < 0 {
		who = mostNamed(own, ents, firstQ)
	}
	if who < 0 {
		return
	}
	var mode byte
	for k := firstQ; k < len(low); k++ {
		if l, _, next := label(k); l != 0 {
			if len(named) > 0 || l != 'Q' || next == k+2 || low[k] == "q" && low[k+1] == "(" {
				mode = l
			}
			k = next - 1
			continue
		}
		if own[k] >= 0 || quoted[k] {
			continue
		}
		switch low[k] {
		case "i", "me", "my", "myself":
			if mode != 'A' {
				continue
			}
		case "you", "your", "yourself":
			if mode != 'Q' {
				continue
			}
		default:
			continue
		}
		ents[who].Mentions = append(ents[who].Mentions, d.Tokens[k].Span)
		own[k] = who
	}
}

// bareInterview attaches the first person of an interview printed without
// labels, its questions set as paragraphs of their own ("You were in
// Mogadishu last week. Whom did you see?") and each followed by its answer
// ("I met President Hassan Sheikh Mohamud at Villa Somalia on Tuesday."):
// "I", "me" and "my" of the answers, and "you" and "your" of the
// questions, are the person interviewed, named most often before the first
// question. The standfirst must call it an interview, and two questions at
// least must each be answered.
func bareInterview(d *Doc, ents []Entity, low []string) {
	type para struct{ first, end int }
	var paras []para
	for k := range low {
		if k == 0 || newlineBefore(d, k) {
			paras = append(paras, para{k, len(low)})
			if n := len(paras); n > 1 {
				paras[n-2].end = k
			}
		}
	}
	question := func(p para) bool {
		for k := p.first; k < p.end; k++ {
			if isQuote(d.Tokens[k].Text) {
				return false
			}
		}
		return p.end > p.first+1 && low[p.end-1] == "?"
	}
	firstQ, answered := -1, 0
	for i := 0; i+1 < len(paras); i++ {
		if question(paras[i]) && !question(paras[i+1]) {
			if firstQ < 0 {
				firstQ = i
			}
			answered++
		}
	}
	if firstQ < 1 || answered < 2 {
		return
	}
	cue := false
	for k := 0; k < paras[firstQ].first; k++ {
		if strings.HasPrefix(low[k], "interview") {
			cue = true
		}
	}
	own := owners(d, ents)
	who := mostNamed(own, ents, paras[firstQ].first)
	if !cue || who < 0 {
		return
	}
	quoted := quoteMask(d)
	for _, p := range paras[firstQ:] {
		q := question(p)
		for k := p.first; k < p.end; k++ {
			if own[k] >= 0 || quoted[k] {
				continue
			}
			switch low[k] {
			case "i", "me", "my", "myself":
				if q || low[k] == "i" && d.Tokens[k].Text != "I" {
					continue
				}
			case "you", "your", "yourself":
				if !q {
					continue
				}
			default:
				continue
			}
			ents[who].Mentions = append(ents[who].Mentions, d.Tokens[k].Span)
			own[k] = who
		}
	}
}

// transcript attaches the "I", "me" and "my" of each turn of a broadcast
// or hearing transcript to its speaker, named in capitals at the start of
// the line: "SIKAZWE: No. But I spoke to Mr. Kowalczyk on the phone", "IREEN
// PHIRI (caller, Kasompe): ... I want to say one thing". The label is a
// person's whole name or surname, one person's only.
func transcript(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	quoted := quoteMask(d)
	for k := range d.Tokens {
		if k > 0 && !newlineBefore(d, k) {
			continue
		}
		j := k
		for j < len(low) && j < k+4 && allCaps(d.Tokens[j].Text) && hasLetter(d.Tokens[j].Text) && len(d.Tokens[j].Text) > 1 {
			j++
		}
		if j == k {
			continue
		}
		n := k
		for n+1 < j && titleWords[low[n]] {
			n++ // "DATU LAMBAGO:", "SEN. REYES:": the title is no part of the name
		}
		name := strings.Join(low[n:j], " ")
		if j < len(low) && low[j] == "(" {
			for j < len(low) && j < k+16 && low[j] != ")" && !newlineBefore(d, j+1) {
				j++
			}
			j++
		}
		if j >= len(low) || low[j] != ":" {
			continue
		}
		who := labelledPerson(ents, name) // "SIKAZWE:", "NÍ GHALLCHÓIR:"
		if who < 0 {
			continue
		}
		for t := j + 1; t < len(low) && !newlineBefore(d, t); t++ {
			if own[t] >= 0 || quoted[t] {
				continue
			}
			switch low[t] {
			case "i", "me", "my", "myself", "us":
				// ("was to meet us in Rabaul": the speaker among them)
				if low[t] == "i" && d.Tokens[t].Text != "I" {
					continue
				}
				ents[who].Mentions = append(ents[who].Mentions, d.Tokens[t].Span)
				own[t] = who
			}
		}
	}
}

// labelledPerson returns the one person whose whole name or surname a
// transcript's label in capitals gives ("SIKAZWE", "NÍ GHALLCHÓIR", "TEO"),
// or -1.
func labelledPerson(ents []Entity, name string) int {
	who := -1
	for e, ent := range ents {
		if ent.Kind != Person {
			continue
		}
		if full := Fold(ent.Name); full == Fold(name) || strings.HasSuffix(full, " "+Fold(name)) {
			if who >= 0 && who != e {
				return -1 // two people of that name: no one's
			}
			who = e
		}
	}
	return who
}

// mostNamed returns the person named most often in tokens [0, end), the
// first of them on a tie, or -1.
func mostNamed(own []int, ents []Entity, end int) int {
	count := make([]int, len(ents))
	who := -1
	for k := 0; k < end; k++ {
		if e := own[k]; e >= 0 && ents[e].Kind == Person && (k == 0 || own[k-1] != e) {
			count[e]++
			if who < 0 || count[e] > count[who] {
				who = e
			}
		}
	}
	return who
}

// narrationCues in the standfirst of a first-person piece name its kind:
// "In this extract from her memoir, she recalls ...", "the text of the farewell
// address given by X".
var narrationCues = wordSet(`memoir memoirs extract excerpt excerpts recalls remembers writes essay diary autobiography book
speech address remarks lecture eulogy`)

// asideOpen returns the comma that opens the aside which the comma at t
// closes (", who died in 2011,", ", now retired,"), when no one is named in
// it, or -1.
func asideOpen(d *Doc, low []string, own []int, s Sentence, t int) int {
	for c := t - 1; c > s.First && c >= t-10; c-- {
		if own[c] >= 0 || isQuote(d.Tokens[c].Text) {
			return -1
		}
		if low[c] == "," {
			if c+1 < t && (low[c+1] == "who" || low[c+1] == "now" || isLowerWord(d.Tokens[c+1].Text) && !boundaries[low[c+1]] && low[c+1] != "and") {
				return c
			}
			return -1
		}
	}
	return -1
}

// threadCues in a standfirst tell that posts on a social platform follow.
var threadCues = wordSet(`thread threads posts posted tweets tweeted`)

// threadPosts returns the first tokens of the lines that open with a post's
// number in a thread ("1/7", "2/7"), counting up from 1 to the same total;
// nil if there are fewer than two.
func threadPosts(d *Doc, low []string) []int {
	var out []int
	for k := range d.Tokens {
		if k > 0 && !newlineBefore(d, k) {
			continue
		}
		n, m, ok := strings.Cut(low[k], "/")
		if !ok || n != strconv.Itoa(len(out)+1) || len(m) == 0 || len(m) > 2 || strings.Trim(m, "0123456789") != "" {
			continue
		}
		if len(out) > 0 && !strings.HasSuffix(low[out[0]], "/"+m) {
			continue
		}
		out = append(out, k)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// narrator attaches "I", "me", "my" and "myself" outside quotations to the
// narrator of a first-person piece — a memoir extract, a diary, an essay —
// whose standfirst introduces its author: "Kim Seo-yeon spent thirty-four
// years in the foreign service. In this extract from her memoir, she recalls
// ... \n\nI first met Faisal Al-Mutairi ...". The narrator is the person
// named most often before the first "I" outside quotations, when the
// paragraphs before it carry a cue of narration and none of them opens with
// a question-and-answer label.
func narrator(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	quoted := quoteMask(d)
	first := -1
	for k, t := range d.Tokens {
		if t.Text == "I" && own[k] < 0 && !quoted[k] {
			first = k
			break
		}
		if (k == 0 || newlineBefore(d, k)) && k+1 < len(low) && (low[k] == "q" || low[k] == "a") && low[k+1] == ":" {
			return // an interview transcript: see interview
		}
	}
	if posts := threadPosts(d, low); len(posts) >= 2 && (first < 0 || first > posts[0]) {
		// "1/7 Good morning from Vilnius. ... 2/7 Started with breakfast
		// with X": a thread of posts reproduced under a standfirst that
		// names its author; each post's number stands for the author, as a
		// transcript's label does for its speaker.
		who := mostNamed(own, ents, posts[0])
		cue := false
		for k := 0; k < posts[0] && !cue; k++ {
			cue = (narrationCues[low[k]] || threadCues[low[k]]) && !quoted[k]
		}
		if who < 0 || !cue {
			return
		}
		end := posts[len(posts)-1]
		for end < len(low) && (end == posts[len(posts)-1] || !newlineBefore(d, end)) {
			end++
		}
		for _, k := range posts {
			ents[who].Mentions = append(ents[who].Mentions, d.Tokens[k].Span)
			own[k] = who
		}
		for k := posts[0]; k < end; k++ {
			if own[k] < 0 && !quoted[k] && (d.Tokens[k].Text == "I" || low[k] == "me" || low[k] == "my" || low[k] == "myself") {
				ents[who].Mentions = append(ents[who].Mentions, d.Tokens[k].Span)
				own[k] = who
			}
		}
		return
	}
	if first < 0 {
		if byline(d, own, low) < 0 {
			return
		}
		first = 0 // a bylined diary may say "my" before any "I"
	}
	who, end := dashSigner(d, own, low, first)
	if who < 0 {
		who, end = signer(d, own, first)
	}
	if who < 0 {
		who, end = bioLine(d, own, low, first)
	}
	if who < 0 {
		if who = byline(d, own, low); who >= 0 {
			first = 0 // the author's "my" before the first "I" too
		}
		end = len(low)
	}
	if who < 0 {
		if first == 0 || paragraphsApart(d, 0, first) == 0 {
			return // a first "I" in the first paragraph has no standfirst before it
		}
		cue := false
		for k := 0; k < first && !cue; k++ {
			cue = narrationCues[low[k]] && !quoted[k]
			if cue && k > 0 && (low[k-1] == "her" || low[k-1] == "his") && own[k-1] >= 0 && ents[own[k-1]].Kind == Person {
				who = own[k-1] // "Meg Crawford farms sheep ... Her diary covers the week"
			}
		}
		if who < 0 {
			who = mostNamed(own, ents, first)
		}
		if !cue || who < 0 {
			return
		}
	}
	for k := first; k < end; k++ {
		if own[k] >= 0 || quoted[k] {
			continue
		}
		switch low[k] {
		case "i", "me", "my", "myself":
			if low[k] == "i" && d.Tokens[k].Text != "I" {
				continue // a letter "i" in a list
			}
			ents[who].Mentions = append(ents[who].Mentions, d.Tokens[k].Span)
			own[k] = who
		}
	}
}

// headingPerson returns the person whose name alone is the line that
// heads the section of token k (the line before its paragraph, or before
// one of the two paragraphs before it, if no other heading comes between),
// or -1.
func headingPerson(d *Doc, own []int, k int) int {
	for n := 0; n < 3; n++ {
		p := k
		for p > 0 && !newlineBefore(d, p) {
			p--
		}
		if p == 0 {
			return -1
		}
		h := p - 1 // the last token of the line before
		f := h
		for f > 0 && !newlineBefore(d, f) {
			f--
		}
		if h-f < 5 && !isPunct(d.Tokens[h].Text) {
			// a short line with no full stop: a heading
			e := own[f]
			for t := f; t <= h; t++ {
				if own[t] != e {
					return -1 // another heading ("Tom Barrack's role") or a subhead of no one
				}
			}
			return e
		}
		k = f
	}
	return -1
}

// byline returns the person a first line "By Adaeze Obiora-Mensah" names
// as the author, or -1: a first-person piece under a byline (a tour diary,
// a column) is the author's own "I".
func byline(d *Doc, own []int, low []string) int {
	b := bylineStart(d)
	if b < 0 || b+2 >= len(low) {
		return -1
	}
	who := -1
	for k := b + 1; k < len(low) && !newlineBefore(d, k); k++ {
		if low[k] == "," && who >= 0 && b > 0 && postedWords[low[b-1]] {
			break // "Posted by Alison Kermode, Sunday 22 September 2024"
		}
		if low[k] == "," && who >= 0 && own[k-1] == who && k+1 < len(low) && titleWords[low[k+1]] && isCap(d.Tokens[k+1].Text) {
			break // "By Cr Ros Kearney, Mayor of Winton Shire": the author's office
		}
		if !isCap(d.Tokens[k].Text) || k > b+5 || own[k] >= 0 && who >= 0 && own[k] != who {
			return -1 // "By Adaeze Obiora-Mensah and X", "By X in Honiara": a reporter's line
		}
		if own[k] >= 0 {
			who = own[k] // the tagger may have found only the surname
		}
	}
	return who
}

// dashSigner returns the person who signs, on a line of their own that
// opens with a dash, the first-person section that holds the "I" at first
// ("FROM THE CHAPLAIN ... I spoke by telephone with ... — Rev. Margaret
// Nobbs"), and the first token of that line; or -1 and 0. The line is the
// first such after first, within a few paragraphs.
func dashSigner(d *Doc, own []int, low []string, first int) (int, int) {
	lines := 0
	for k := first + 1; k < len(low) && lines < 8; k++ {
		if !newlineBefore(d, k) {
			continue
		}
		lines++
		if t := d.Tokens[k].Text; t != "—" && t != "–" && t != "-" && t != "--" {
			continue
		}
		who := -1
		e := k + 1
		for ; e < len(low) && !newlineBefore(d, e); e++ {
			switch {
			case own[e] >= 0 && (who < 0 || own[e] == who):
				who = own[e]
			case who < 0 && (titleWords[low[e]] || honorifics[low[e]] || signatureStyles[low[e]]):
			default:
				return -1, 0
			}
		}
		if who >= 0 {
			return who, k
		}
		return -1, 0
	}
	return -1, 0
}

// signatureStyles may stand before or after the name that signs a letter.
var signatureStyles = wordSet(`— – - dr dr. mr mr. mrs mrs. ms ms. prof prof. rev rev. sir dame hon hon. yours sincerely faithfully truly , .`)

// signer returns the person who signs a first-person piece — a letter to
// the editor, a chair's letter — and the first token of the signature: a
// line at the end that holds a full name alone, after the first "I" (at
// first) or with the signer's role after a comma, followed by no more than
// three short lines (a title, a place, a date) and perhaps an editor's note. It returns -1 if there is none.
func signer(d *Doc, own []int, first int) (int, int) {
	end := len(d.Tokens)
	for lines := 0; lines < 6 && end > first; lines++ {
		start := end - 1
		for start > first && !newlineBefore(d, start) {
			start--
		}
		who, named := -1, 0
		ok := true
		for k := start; k < end && ok; k++ {
			switch {
			case named >= 2 && d.Tokens[k].Text == "," && own[k-1] == who && end-start <= 14:
				k = end // "Katarzyna Wójcik-Zawadzka, co-founder and CEO, Wiatrak Labs": the name, then the signer's role
			case own[k] >= 0 && (who < 0 || own[k] == who):
				who = own[k]
				named++
			case signatureStyles[lower(d.Tokens[k].Text)] || isQuote(d.Tokens[k].Text) || named > 0 && isCap(d.Tokens[k].Text) && k+1 < end && own[k+1] == who ||
				who < 0 && titleWords[lower(d.Tokens[k].Text)] && isCap(d.Tokens[k].Text):
				// "Dr.", "Fr", a dash; a quoted nickname inside the name
			default:
				ok = false
			}
		}
		if ok && who >= 0 && named >= 2 {
			return who, start
		}
		if end-start > 12 && lines > 0 {
			break // an editor's note may follow; more prose may not
		}
		end = start
	}
	return -1, len(d.Tokens)
}

// letters gives each letter of a letters page its writer: the "I" of a
// letter that opens "Sir, —" or "Dear Editor," is the person whose name
// opens the short line that signs it ("Eleri Wyn Jenkins, Llanfarian").
func letters(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	quoted := quoteMask(d)
	lineEnd := func(k int) int {
		e := k + 1
		for e < len(low) && !newlineBefore(d, e) {
			e++
		}
		return e
	}
	for k := 0; k+1 < len(low); k++ {
		if k > 0 && !newlineBefore(d, k) || !letterOpeners[low[k]] && !(low[k] == "dear" && (low[k+1] == "editor" || low[k+1] == "sir")) {
			continue
		}
		// The letter runs to the first short line with no full stop at its
		// end: the signature, which names its writer first.
		for e := lineEnd(k); e < len(low); e = lineEnd(e) {
			le := lineEnd(e)
			if le-e > 14 || isPunct(d.Tokens[le-1].Text) && d.Tokens[le-1].Text != "," {
				continue
			}
			n := e
			for n < le && (signatureStyles[low[n]] || titleWords[low[n]]) {
				n++ // "Rev. Emyr Pugh"
			}
			who := own[n]
			m := n
			for m < le && who >= 0 && own[m] == who {
				m++
			}
			if who < 0 || m-n < 2 || m < le && low[m] != "," && low[m] != "(" {
				k = le - 1
				break // signed by no one we know
			}
			for t := k; t < e; t++ {
				if own[t] < 0 && !quoted[t] && (d.Tokens[t].Text == "I" || low[t] == "me" || low[t] == "my" || low[t] == "myself") {
					ents[who].Mentions = append(ents[who].Mentions, d.Tokens[t].Span)
					own[t] = who
				}
			}
			k = le - 1
			break
		}
	}
}

// letterOpeners open a letter to the editor: "Sir, —", "Madam,".
var letterOpeners = wordSet(`sir madam`)

// bioLine returns the author that a note at the foot of an opinion piece
// describes, "Ilir Kadiu is a former Albanian diplomat who served in Rome.",
// and the start of its line: one of the last three lines, after first,
// opens with a person's whole name and "is a", "is an" or "is the". It
// returns -1 and the end of the text if there is none.
func bioLine(d *Doc, own []int, low []string, first int) (int, int) {
	end := len(d.Tokens)
	for lines := 0; lines < 3 && end > first; lines++ {
		start := end - 1
		for start > first && !newlineBefore(d, start) {
			start--
		}
		k := start
		for k < end && (isQuote(d.Tokens[k].Text) || d.Tokens[k].Text == "*" || d.Tokens[k].Text == "_") {
			k++ // an italic or quoted note
		}
		if who := own[k]; who >= 0 {
			e := k
			for e < end && own[e] == who {
				e++
			}
			if e-k >= 2 && e+1 < end && low[e] == "is" && (low[e+1] == "a" || low[e+1] == "an" || low[e+1] == "the") {
				return who, start
			}
		}
		end = start
	}
	return -1, len(d.Tokens)
}

// roleAcronyms attaches a word in capitals that spells the initials of one
// person's role to that person: "EAM" for External Affairs Minister S.
// Jaishankar in the copy of India's foreign ministry, "NSA" for a national
// security adviser.
func roleAcronyms(d *Doc, ents []Entity) {
	own := owners(d, ents)
	byInitials := map[string]int{}
	for e, ent := range ents {
		if ent.Kind != Person {
			continue
		}
		for _, ro := range ent.Roles {
			a := initials(ro.Title, false)
			if len(a) < 2 || strings.Contains(ro.Title, "(") {
				continue // "Bangladesh Nationalist Party (BNP) acting chairman": BNP is the party
			}
			if o, ok := byInitials[a]; ok && o != e {
				byInitials[a] = -1 // two people's: no one's
			} else if !ok {
				byInitials[a] = e
			}
		}
	}
	for k, t := range d.Tokens {
		if own[k] >= 0 && !(ents[own[k]].Kind == Organization && ents[own[k]].Name == t.Text) || len(t.Text) < 2 || len(t.Text) > 5 || !allCaps(t.Text) || strings.ContainsAny(t.Text, ".-'") {
			continue // (but "MCE", which a tagger took for a body, may be a role's)
		}
		if k+1 < len(d.Tokens) && (own[k+1] >= 0 || isCap(d.Tokens[k+1].Text)) {
			continue // "PM Anwar Ibrahim": the title of the name after it
		}
		if e, ok := byInitials[t.Text]; ok && e >= 0 {
			ents[e].Mentions = append(ents[e].Mentions, t.Span)
			own[k] = e
		}
	}
}

// initials returns the initials of a role's capitalised words, without the
// forms of address at its ends: "External Affairs Minister Dr." is "EAM".
// With particles, the particles between capitalised words count too:
// "Council of Governors chairperson" is "CoG", as "the CoG chairperson"
// writes it.
func initials(role string, particles bool) string {
	ws := strings.Fields(role)
	var b strings.Builder
	for i, w := range ws {
		inner := particles && i > 0 && i+1 < len(ws) && nameParticles[w] && isCap(ws[i-1]) && isCap(ws[i+1])
		if courtesyWords[lower(w)] || !isCap(w) && !inner {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// courtesyWords are forms of address that may stand in a role before a name.
var courtesyWords = wordSet(`mr mr. mrs mrs. ms ms. dr dr. prof prof. h.e. shri smt smt. shrimati`)

// newlineBefore reports whether a line break separates token k from the one before.
func newlineBefore(d *Doc, k int) bool {
	return k > 0 && k < len(d.Tokens) && strings.ContainsAny(d.Text[d.Tokens[k-1].End:d.Tokens[k].Start], "\n\r")
}

// paragraphsApart counts the line breaks between tokens i and j.
func paragraphsApart(d *Doc, i, j int) int {
	if i < 0 || j <= i || j >= len(d.Tokens) || i >= len(d.Tokens) {
		return 1 << 20
	}
	return strings.Count(d.Text[d.Tokens[i].Start:d.Tokens[j].Start], "\n")
}

// appositionRoles gives people the roles that appositions state: "Steve
// Witkoff, the U.S. special envoy," and "the President of Colombia, Gustavo
// Petro,". The role and its country then let "the envoy" or "the Colombian
// president" refer back to them.
func (r RuleResolver) appositionRoles(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	home := "" // the country of the dateline: "President of the Republic" in a story from Havana is Cuba's
	if dl := dateline(d, placesIn(r.Gazetteer, nil)); dl != nil {
		home = dl.Country
	}
	for e := range ents {
		if ents[e].Kind != Person {
			continue
		}
		for _, sp := range ents[e].Mentions {
			a, b := tokenRange(d, sp)
			si := sentenceAt(d, a)
			if b <= a || b > len(d.Tokens) || si >= len(d.Sentences) {
				continue
			}
			s := d.Sentences[si]
			if f, l, ok := roleAfter(d, low, own, s, b); ok {
				r.addRole(d, &ents[e], f, l, home)
			}
			if f, l, ok := roleInParens(d, low, s, b); ok {
				r.addRole(d, &ents[e], f, l, home)
			}

			if f, l, ok := roleBefore(d, low, own, s, a, b); ok && r.addRole(d, &ents[e], f, l, home) {
				// The role is a mention too, so that lists read through it:
				// "hosted the Nato secretary general, Mark Rutte, and ...".
				// Not after a possessive pronoun: "her counterpart, John Smith"
				// keeps "her" for its own person.
				if f > s.First && low[f-1] == "the" {
					ents[e].Mentions = append(ents[e].Mentions, Span{Start: d.Tokens[f-1].Start, End: d.Tokens[l-1].End})
				} else if f == s.First || !possessives[low[f-1]] {
					ents[e].Mentions = append(ents[e].Mentions, Span{Start: d.Tokens[f].Start, End: d.Tokens[l-1].End})
				}
			}
		}
		if len(ents[e].Roles) > 0 {
			continue
		}
		for _, sp := range ents[e].Mentions {
			// A person with no other role: the title in lower case right
			// before the name ("after district collector Meera Kulkarni")
			a, _ := tokenRange(d, sp)
			if si := sentenceAt(d, a); si < len(d.Sentences) {
				if f := lowerTitleBefore(d, low, d.Sentences[si], a); f < a {
					r.addRole(d, &ents[e], f, a, home)
				}
			}
		}
	}
}

// lowerTitleBefore returns the first token of a title in lower case written
// right before the name at token a ("district collector", "treasurer"), or
// a when there is none.
func lowerTitleBefore(d *Doc, low []string, s Sentence, a int) int {
	if a-1 < s.First || !titleWords[low[a-1]] || !isLowerWord(d.Tokens[a-1].Text) || verbTitles[low[a-1]] {
		return a // (not "will host Joseph")
	}
	f := a - 1
	for f-1 >= s.First && isLowerWord(d.Tokens[f-1].Text) && (roleModifiers[low[f-1]] || adminNouns[low[f-1]]) && f > a-3 {
		f--
	}
	if f-1 >= s.First && (isCap(d.Tokens[f-1].Text) || isPossessiveClitic(low[f-1])) {
		return a // "Johor state executive councillor X": a role of a body, read elsewhere
	}
	return f
}

// verbTitles are titles that are verbs too: "will host X", "to chair".
var verbTitles = wordSet(`host chair head judge coach counsel captain boss anchor advocate agent champion leader leaders official`)

// addRole adds the role at tokens [f, l) to e, and reports whether it is
// one. home is the country of the story's dateline, or "".
func (r RuleResolver) addRole(d *Doc, e *Entity, f, l int, home string) bool {
	title := d.Text[d.Tokens[f].Start:d.Tokens[l-1].End]
	for _, w := range strings.Fields(lower(title)) {
		if w == "former" || w == "late" || w == "then" || strings.HasPrefix(w, "ex-") {
			// "a former president of the Olympic Committee" is not "the
			// president" later; but "the then fisheries minister, Ola
			// Strand" still names him where it stands.
			return true
		}
	}
	for _, ro := range e.Roles {
		if ro.Title == title {
			return true
		}
	}
	e.Roles = append(e.Roles, Role{Title: title, Span: Span{Start: d.Tokens[f].Start, End: d.Tokens[l-1].End}})
	if e.Country == "" {
		e.Country = r.countryOfRole(title)
	}
	if e.Country == "" && strings.HasSuffix(title, " of the Republic") {
		e.Country = home // "the Vice President of the Republic", in a story datelined in its capital
	}
	return true
}

// roleAfter reads a role apposition after a name ending at token b:
// ", the U.S. special envoy," or ", a Kremlin aide." It returns the tokens of
// the role without its article.
func roleAfter(d *Doc, low []string, own []int, s Sentence, b int) (int, int, bool) {
	if b+2 >= s.Last || low[b] != "," {
		return 0, 0, false
	}
	f := b + 1
	if end := capitalisedTitle(d, low, s, f); end > 0 {
		// the style of minutes and lists: "Dr Peter Mwangi, Municipal
		// Manager;", "Faith Chepkoech, Town Engineer (on site)"
		return f, end, true
	}
	switch {
	case low[f] == "the" || low[f] == "a" || low[f] == "an":
		f++
	case isCap(d.Tokens[f].Text) && f+1 < s.Last && isPossessiveClitic(low[f+1]):
		// "Trump's envoy", "Qatar's prime minister": the possessor stays in the role
	case isCap(d.Tokens[f].Text) && titleWords[low[f]] && f+1 < s.Last && (low[f+1] == "of" || low[f+1] == "for"):
		// the style of official statements: "Sugiono, Minister of Foreign
		// Affairs of the Republic of Indonesia,"
	default:
		return 0, 0, false
	}
	end := roleEnd(d, low, own, s, f)
	if end < 0 {
		return 0, 0, false
	}
	if end < s.Last && !apposClose[low[end]] {
		return 0, 0, false
	}
	if end+1 < s.Last && low[end] == "," && own[end+1] >= 0 {
		return 0, 0, false // "Mark Rutte, the European Commission president, Ursula von der Leyen": the next name's role
	}
	return f, end, true
}

// capitalisedTitle returns the end of the capitalised words from token f
// when they end in a title and then a list's or a sentence's punctuation:
// "Municipal Manager;" (not "President Trump said"); or -1.
func capitalisedTitle(d *Doc, low []string, s Sentence, f int) int {
	for k := f; k < s.Last && k < f+4; k++ {
		if !isCap(d.Tokens[k].Text) || !isWordish(d.Tokens[k].Text) {
			return -1
		}
		if titleWords[low[k]] {
			if k+1 == s.Last || low[k+1] == ";" || low[k+1] == "." || low[k+1] == "(" || low[k+1] == "," {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// roleInParens reads a role in parentheses after a name at token b, as
// minutes list those present: "Hon. Dzifa Kumordzi (Municipal Chief
// Executive)", "Hon. Selorm Agbeko (Presiding Member, in the chair)". The
// role is capitalised words up to the first comma or the closing
// parenthesis, and has a title among them.
func roleInParens(d *Doc, low []string, s Sentence, b int) (int, int, bool) {
	if b+2 >= s.Last || low[b] != "(" || !isCap(d.Tokens[b+1].Text) {
		return 0, 0, false
	}
	titled := false
	for e := b + 1; e < s.Last && e <= b+8; e++ {
		switch w := low[e]; {
		case w == ")" || w == ",":
			return b + 1, e, titled && e > b+1
		case titleWords[w] && isCap(d.Tokens[e].Text):
			titled = true
		case w == "of" || w == "the" || w == "and" || w == "&":
		case !isCap(d.Tokens[e].Text) || !isWordish(d.Tokens[e].Text):
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// roleBefore reads a role apposition before a name at tokens [a, b): "the
// President of Colombia, Gustavo Petro," or "his Brazilian counterpart, Lula,".
// The name must close the apposition, so that "After meeting the prime
// minister, Modi said" gives no role.
func roleBefore(d *Doc, low []string, own []int, s Sentence, a, b int) (int, int, bool) {
	if a-4 > s.First && low[a-1] == ")" && retiredMarks[low[a-2]] && low[a-3] == "(" && titleWords[low[a-4]] {
		a -= 3 // "the Chairman, Commodore (retd) X"
	}
	for a-1 > s.First && titleWords[low[a-1]] && isCap(d.Tokens[a-1].Text) {
		a-- // "Qatar's prime minister, Sheikh Mohammed": the name's own title
	}
	if b < s.Last && low[b] == "(" {
		for c := b + 1; c < s.Last && c <= b+8; c++ {
			if low[c] == ")" {
				b = c + 1 // "the President-General, Chief X (Ochendo Ihe), presiding": past the byname
				break
			}
		}
	}
	if a-3 < s.First || low[a-1] != "," || b < s.Last && !apposClose[low[b]] {
		return 0, 0, false
	}
	// Walk left to the determiner or possessor that opens the role.
	second := -1 // "The First Secretary of ... and President of the Republic, X": the second role
	for f := a - 2; f >= s.First && f > a-14; f-- {
		if own[f] >= 0 && !(f+1 < a && isPossessiveClitic(low[f+1])) {
			return 0, 0, false // another person's name
		}
		lf := low[f]
		start := -1
		if lf == "and" && second < 0 && f+1 < a-1 && titleWords[low[f+1]] && isCap(d.Tokens[f+1].Text) && f > s.First && isCap(d.Tokens[f-1].Text) &&
			roleEnd(d, low, own, s, f+1) == a-1 {
			second = f + 1
			continue
		}
		switch {
		case lf == "the" && f > s.First && (low[f-1] == "of" || insidePlace(d, f)):
			// "of the Republic of Cuba", "of Saint Vincent and the
			// Grenadines": inside the role
		case lf == "the" || possessives[lf]:
			start = f + 1
		case f+1 < a && isPossessiveClitic(low[f+1]) && isCap(d.Tokens[f].Text):
			if f == s.First || !isCap(d.Tokens[f-1].Text) {
				start = f // "Qatar's prime minister, Sheikh Mohammed"
			}
		}
		if start == f && f > s.First && low[f-1] == "of" && roleEnd(d, low, own, s, start) != a-1 {
			continue // "The governor of Brazil's flood-ravaged state of X, Name": the possessor is in the role
		}
		if start >= 0 {
			if start > a-2 || roleEnd(d, low, own, s, start) != a-1 {
				if second > 0 {
					return second, a - 1, true // "the member of the Political Bureau and Minister of Foreign Affairs, X"
				}
				return 0, 0, false
			}
			if b < s.Last && low[b] == "and" && lf == "the" && saidBefore(low, f, start, a-1) {
				// "a meeting with the governor, Mr Olaniyan and party leaders"
				// after a governor was named: a list, not an apposition
				return 0, 0, false
			}
			return start, a - 1, true
		}
		inName := f > s.First && isCap(d.Tokens[f-1].Text) && isCap(d.Tokens[f+1].Text) // "Rio Grande do Sul"
		if isPunct(d.Tokens[f].Text) && !isPossessiveClitic(lf) || roleStops[lf] && lf != "of" && !inName && !(lf == "then" && f > s.First && low[f-1] == "the") {
			break
		}
	}
	if second > 0 && (second-2 < s.First || isCap(d.Tokens[second-2].Text)) {
		return second, a - 1, true
	}
	return 0, 0, false
}

// headsState reports whether e has a leader's role that heads no body: the
// "President" or "Prime Minister of Saint Vincent and the Grenadines", not
// the "President of the National Assembly".
func headsState(e Entity) bool {
	for _, r := range e.Roles {
		title, of, _ := strings.Cut(lower(r.Title), " of ")
		h := roleHead(title)
		if h == "head" && (of == "state" || of == "government") {
			return true // "Head of Government Sarra Zaafrani Zenzri"
		}
		if !leaderTitles[h] || h == "minister" || h == "head" || h == "leader" {
			continue
		}
		body := false
		for _, w := range strings.Fields(of) {
			body = body || orgSuffixes[w]
		}
		if !body {
			return true
		}
	}
	return false
}

// insidePlace reports whether token k is inside a place's name, not its
// first word: the "the" of "Saint Vincent and the Grenadines".
func insidePlace(d *Doc, k int) bool {
	for _, m := range d.Mentions {
		if m.Kind == Location && m.First < k && k < m.Last {
			return true
		}
	}
	return false
}

// saidBefore reports whether the words of tokens [i, j) were written
// before token k.
func saidBefore(low []string, k, i, j int) bool {
	for t := 0; t+j-i <= k; t++ {
		if slices.Equal(low[t:t+j-i], low[i:j]) {
			return true
		}
	}
	return false
}

// roleEnd returns the end of a role phrase starting at token f: modifiers, a
// title word, and an "of" phrase of capitalised words ("President of the
// Republic of Cuba"); -1 if there is no title.
// adminNouns name the divisions a role may be "of": "the governor of the
// state of Rio Grande do Sul".
var adminNouns = wordSet(`state province region county district city municipality prefecture territory`)

func roleEnd(d *Doc, low []string, own []int, s Sentence, f int) int {
	end := -1
	k := f
	if k+1 < s.Last && isPossessiveClitic(low[k+1]) {
		k += 2
	}
	for ; k < s.Last && k < f+8; k++ {
		t := d.Tokens[k].Text
		lt := low[k]
		if own[k] >= 0 || isPunct(t) || roleStops[lt] && !(lt == "then" && k == f) || determiners[lt] {
			break // (but "the then fisheries minister")
		}
		if titleWords[lt] {
			end = k + 1
		}
	}
	if end < 0 {
		return -1
	}
	if end+2 < s.Last && low[end] == "responsible" && low[end+1] == "for" {
		// "the minister responsible for energy"
		k := end + 2
		for k < s.Last && k < end+8 && own[k] < 0 && (isLowerWord(d.Tokens[k].Text) || isCap(d.Tokens[k].Text)) && !roleStops[low[k]] && !determiners[low[k]] {
			k++
		}
		return k
	}
	// "of the Republic of Cuba", "to Burundi", "for the Middle East"
	if end+1 < s.Last && (low[end] == "of" || low[end] == "to" || low[end] == "for") {
		k := end + 1
		last := -1
		for ; k < s.Last && k < end+13; k++ {
			t := d.Tokens[k].Text
			if own[k] >= 0 {
				break
			}
			if isCap(t) && !isPunct(t) {
				last = k + 1
				continue
			}
			// "of Brazil's flood-ravaged state of Rio Grande do Sul"
			if low[k] != "the" && low[k] != "of" && low[k] != "and" && low[k] != "for" && low[k] != "do" && low[k] != "de" &&
				!isPossessiveClitic(low[k]) && !adminNouns[low[k]] && !(strings.Contains(low[k], "-") && isLowerWord(t)) {
				break
			}
		}
		if last > 0 {
			end = last
		}
	}
	return end
}

// apposClose are the tokens that may follow an apposition.
var apposClose = wordSet(`, . ; : ) who whose which at in on during and from for to with`)

// kinRefs attaches "her brother", "his late wife" to the person whose role
// the article gave as that relative of the possessor: after "Valentina's
// younger brother, Facundo Echeverría", "Valentina has refused to meet her
// brother" is Facundo.
func kinRefs(d *Doc, ents []Entity, low []string) {
	own := owners(d, ents)
	for k := 0; k+1 < len(low); k++ {
		if low[k] != "his" && low[k] != "her" || own[k] < 0 {
			continue
		}
		j := k + 1
		for j < len(low) && j < k+3 && kinModifiers[low[j]] {
			j++
		}
		if j >= len(low) || !kinWords[low[j]] || own[j] >= 0 {
			continue
		}
		p, kin := own[k], low[j]
		found := -1
		for e := range ents {
			if e == p || ents[e].Kind != Person || !kinOf(d, ents[e], ents[p], kin) && !inverseKin(low, own, e, p, kin) {
				continue
			}
			if found >= 0 {
				found = -2 // two such relatives: no guess
				break
			}
			found = e
		}
		if found < 0 {
			continue
		}
		ents[found].Mentions = append(ents[found].Mentions, Span{Start: d.Tokens[k].Start, End: d.Tokens[j].End})
		for t := k; t <= j; t++ {
			own[t] = found
		}
	}
}

// inverseKins are the kin words that name the other side of a kinship:
// "her son, Dwight" makes her Dwight's mother.
var inverseKins = map[string][]string{
	"mother": {"son", "daughter"}, "father": {"son", "daughter"},
	"son": {"mother", "father"}, "daughter": {"mother", "father"},
	"wife": {"husband"}, "husband": {"wife"},
	"brother": {"brother", "sister"}, "sister": {"brother", "sister"},
}

// inverseKin reports whether the text calls p the kin of e on the other
// side of kin, with e's possessive pronoun right before: "Her son, Dwight,"
// (e's son p) for "his mother" (p's mother e).
func inverseKin(low []string, own []int, e, p int, kin string) bool {
	for t := 0; t+2 < len(low); t++ {
		if own[t] != e || low[t] != "his" && low[t] != "her" || !contains(inverseKins[kin], low[t+1]) {
			continue
		}
		n := t + 2
		if low[n] == "," && n+1 < len(low) {
			n++
		}
		if own[n] == p {
			return true
		}
	}
	return false
}

// objectRef reports whether the name at token t follows a preposition
// or "spoke to", "met": an object, not its clause's subject.
func objectRef(low []string, t int) bool {
	if t == 0 {
		return false
	}
	switch low[t-1] {
	case "to", "with", "met", "called", "phoned", "visited", "received", "by", "for", "from":
		return true
	}
	return false
}

// kinModifiers may stand between a possessive and a kinship word: "her
// younger brother", "his late wife".
var kinModifiers = wordSet(`younger older elder eldest youngest late estranged twin former`)

// kinOf reports whether one of e's roles calls it the kin of p: "Valentina's
// younger brother" for p named Valentina Echeverría.
func kinOf(d *Doc, e, p Entity, kin string) bool {
	for _, r := range e.Roles {
		t := strings.ToLower(r.Title)
		if !strings.HasSuffix(t, " "+kin) {
			continue
		}
		owner, _, ok := strings.Cut(strings.ReplaceAll(t, "’", "'"), "'s ")
		if !ok || owner == "" {
			continue
		}
		for _, m := range p.Mentions {
			if strings.ToLower(d.Text[m.Start:m.End]) == owner {
				return true
			}
		}
	}
	return false
}
