package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A CombinedTagger runs a trained Tagger and corrects its people with the
// evidence of the rules, which a statistical tagger trained on other news
// lacks: a run the rules read as a person by a title written before it or
// a known given name ("Press Secretary Karoline Leavitt", "Al Drago") is
// added where the trained tagger found nothing; a mention that starts with
// a title ("Pope Leo" tagged as a place) becomes the rules' person; and a
// person whose last word names an organisation ("Getty Images", "Fox
// News") becomes an organisation. A CombinedTagger is safe for concurrent
// use if its taggers are.
type CombinedTagger struct {
	Tagger Tagger
	Rules  RuleTagger
}

// faiths are adjectives of a religion, which end no person's name: "Seon
// Buddhist", "Greek Orthodox".
var faiths = wordSet(`buddhist buddhists catholic catholics christian christians muslim muslims hindu hindus jewish orthodox sikh sikhs
protestant protestants anglican anglicans evangelical evangelicals lutheran lutherans methodist methodists islamic sunni shia shiite`)

// orgSuffixes end the names of organisations, never of people.
var orgSuffixes = wordSet(`images news agency group inc inc. corp corp. co. ltd ltd. llc llp plc sdn sdn. bhd bhd. berhad tbk pty press times post network
academy hardware pharmacy bakery trophy traders
networks media institute university college party council committee foundation association bank ministry
company corporation airlines airways television radio tv journal herald tribune gazette telegraph service
services zone link project programme program initiative agreement treaty accord summit forum corridor railway
office bureau department secretariat commission assembly parliament cabinet senate congress dialogue partnership rail
metals minerals mining holdings resources energy industries motors securities partners logistics petroleum steel
technologies ventures investments enterprises exchange renewables storage capital systems solutions labs pharmaceuticals
church mosque temple cathedral synagogue diocese archdiocese monastery
telecoms insurance shipping foods chemicals electronics semiconductors automotive aerospace construction properties
hotels retail consulting analytics holding trading jsc sarl gmbh ag sa nv bv plc. pt. tbk. s.a. s.a.c. sac`)

// Tag implements Tagger.
func (t CombinedTagger) Tag(d *Doc) ([]Mention, error) {
	ms, err := t.Tagger.Tag(d)
	if err != nil {
		return nil, err
	}
	t.Rules.Gazetteer = memoized(t.Rules.Gazetteer) // t is a copy: one memo per document
	t.Rules.peopleOnly = true
	rs, err := t.Rules.Tag(d)
	if err != nil {
		return nil, err
	}
	taken := make([]int8, len(d.Tokens)) // 1: a mention of the trained tagger
	out := make([]Mention, 0, len(ms)+4)
	ms = splitAtVerbs(d, ms)
	ms = t.joinPlaces(d, ms)
	inTrained := inMentions(d, ms)
	for _, m := range ms {
		if m.Last-m.First > 2 && postNominals[d.Tokens[m.Last-1].Text] && (m.Kind == Person || titleWords[lower(d.Tokens[m.First].Text)]) {
			// "Billy Downer SC", "Advocate Dali Mpofu SC" (tagged as an
			// organisation): the letters after a name are no part of it.
			m = mention(d, m.First, m.Last-1, Person, m.Role)
		}
		for m.Kind == Person && m.First >= 2 && patronymics[lower(d.Tokens[m.First-1].Text)] && isCap(d.Tokens[m.First-2].Text) && !inTrained[m.First-2] &&
			!titleWords[lower(d.Tokens[m.First-2].Text)] && !capStops[lower(d.Tokens[m.First-2].Text)] {
			// "Mohammed bin Salman" where the trained tagger took "Salman"
			m = mention(d, m.First-2, m.Last, Person, m.Role)
		}
		if m.Kind != Person && m.First > 0 && d.Tokens[m.First-1].Text == "don" && m.Last-m.First <= 3 && allCapWords(d, m.First, m.Last) {
			m = mention(d, m.First, m.Last, Person, "don") // "don Eusebio": the Spanish style, written lower-case
		}
		if m.Kind != Person {
			if f := patronymicName(d, m); f >= 0 {
				// "Kumaresan a/l Subramaniam", "Saraswathy a/p Muniandy" taken
				// for a body or a place: a Malaysian Indian name, "son of" or
				// "daughter of"
				m = mention(d, f, m.Last, Person, m.Role)
			}
		}
		if of := t.personOfBody(d, m); of > 0 {
			// "Anitha Pillai of Tidewater Books" taken for one body: a person
			// and the body they work for
			out = append(out, mention(d, m.First, of, Person, m.Role), mention(d, of+1, m.Last, Organization, ""))
			for k := m.First; k < m.Last; k++ {
				taken[k] = 1
			}
			continue
		}
		if m.Kind == Organization && m.Last-m.First == 2 && allCaps(d.Tokens[m.First].Text) && titleWords[lower(d.Tokens[m.Last-1].Text)] &&
			(m.Last == len(d.Tokens) || !isCap(d.Tokens[m.Last].Text)) {
			// "The IOC President did not meet": the body, then a title that
			// names its holder
			m = mention(d, m.First, m.Last-1, m.Kind, m.Role)
		}
		if m.Last-m.First > 2 && soleTitles[lower(d.Tokens[m.First].Text)] != "" && lower(d.Tokens[m.First+1].Text) == "and" {
			// "Lyonchhen and Assam" run together: the title stands for a
			// person of its own, which the resolver reads
			m = mention(d, m.First+2, m.Last, m.Kind, m.Role)
		}
		if f := strings.Fields(m.Role); m.Kind == Person && len(f) > 2 && soleTitles[lower(f[0])] != "" && f[1] == "and" {
			m.Role = strings.Join(f[2:], " ") // "Lyonchhen and Assam Chief Minister Dr X": X is Assam's chief minister
		}
		for m.Last-m.First > 1 && m.Kind != Misc && weekdays[lower(d.Tokens[m.Last-1].Text)] {
			// "met Prime Minister Abiy Ahmed Saturday": the day, in wire
			// style, is no part of the name
			m = mention(d, m.First, m.Last-1, m.Kind, m.Role)
		}
		if m.Kind != Person && m.Last-m.First > 2 && innerHonorifics[d.Tokens[m.First+1].Text] && t.Rules.Names != nil && t.Rules.Names.Known(d.Tokens[m.First].Text) {
			// "Hassan Sheikh Mohamud" taken for an organisation: a given name
			// and "Sheikh" open a person's name. In "Hassan Sheikh and Abiy"
			// the conjunction ends it; the name after it is its own.
			end := m.First + 2
			for end < m.Last && isCap(d.Tokens[end].Text) {
				end++
			}
			if end < m.Last && lower(d.Tokens[end].Text) == "and" && end+1 < m.Last {
				for k := end + 1; k < m.Last; k++ {
					taken[k] = 1
				}
				out = append(out, mention(d, m.First, end, Person, m.Role), mention(d, end+1, m.Last, Person, ""))
				for k := m.First; k < end; k++ {
					taken[k] = 1
				}
				continue
			}
			if end == m.Last && end > m.First+2 {
				m = mention(d, m.First, m.Last, Person, m.Role)
			}
		}
		if m.Kind == Person && m.First > 0 && givenAbbrevToken(d.Tokens[m.First-1].Text) {
			role := m.Role // "Ma. Theresa Lazaro", "Md. Touhid Hossain"
			if rs := t.Rules.roleStart(d.Tokens, m.First-1, d.Sentences[sentenceAt(d, m.First)].First); role == "" && rs < m.First-1 {
				role = d.Text[d.Tokens[rs].Start:d.Tokens[m.First-2].End] // "Foreign Secretary Ma. Theresa Lazaro"
			}
			m = mention(d, m.First-1, m.Last, Person, role)
		}
		if m.Kind == Person && m.Role == "" && m.First > 0 && d.Tokens[m.First-1].Text == ")" {
			// "Commodore (retd) Tanvir Ahmed Sikder": the rank is the role
			if rs := t.Rules.roleStart(d.Tokens, m.First, d.Sentences[sentenceAt(d, m.First)].First); rs < m.First {
				m.Role = d.Text[d.Tokens[rs].Start:d.Tokens[m.First-1].End]
			}
		}
		if m.Kind == Person && m.Last-m.First > 1 && (frontWords[lower(d.Tokens[m.First].Text)] || capStops[lower(d.Tokens[m.First].Text)] || questionAux(d, m.First)) {
			// "Before Levy's arrival", "Will Petro meet Trump?": the sentence's first word is no part of the name.
			m = mention(d, m.First+1, m.Last, Person, m.Role)
		}
		if m.Kind == Person && m.First >= 2 && d.Tokens[m.First-1].Text == "He" && titleToken(d.Tokens[m.First-2].Text) && isCap(d.Tokens[m.First-2].Text) {
			// "Vice Premier He Lifeng": the family name He, not the pronoun.
			m = mention(d, m.First-1, m.Last, Person, m.Role)
		}
		if lw := lower(d.Tokens[m.First].Text); m.Kind == Person && m.Last-m.First > 1 && (titleWords[lw] || honorifics[lw] && !possessives[lw]) && isCap(d.Tokens[m.First].Text) &&
			!(lw == "amir" && amirGiven(d.Tokens, m.First, m.Last)) {
			// "Prof Muhammad Yunus", "Dr Sultan Al Jaber", "Honourable
			// Chisanga Mbewe": the title is a role, not a name.
			role := m.Role // "Chief Adviser" of "Chief Adviser Prof Muhammad Yunus" stays the role
			if role == "" {
				role = d.Tokens[m.First].Text
			}
			m = mention(d, m.First+1, m.Last, Person, role)
		}
		if m.Kind == Person && m.Last-m.First >= 2 && d.Tokens[m.First].Text == "Yang" && strings.HasPrefix(lower(d.Tokens[m.First+1].Text), "di-") {
			m.Kind, m.Role = Misc, "" // "Yang Di-Pertuan", "Yang di-Pertuan Agong": a Malay ruler's style, no name
		}
		if m.Kind == Person && m.Last-m.First >= 3 && m.Role == "" {
			// "Ward Chairperson Gurung", "Deputy Mayor Lee" read as one name:
			// the words up to the last title are the role
			for k := m.Last - 2; k > m.First; k-- {
				if w := d.Tokens[k].Text; titleWords[lower(w)] && isCap(w) && (t.Rules.Names == nil || !t.Rules.Names.Known(d.Tokens[m.First].Text) || lowerUse(d, lower(d.Tokens[m.First].Text))) {
					m = mention(d, k+1, m.Last, Person, d.Text[m.Start:d.Tokens[k].End])
					break
				}
			}
		}
		if m.Kind == Person && m.Last > m.First && (orgSuffixes[lower(d.Tokens[m.Last-1].Text)] ||
			deptWords[lower(d.Tokens[m.Last-1].Text)] && isCap(d.Tokens[m.Last-1].Text) && (m.Role == "" || deptOnly(d, m))) {
			// "Deputy Investment, Trade and Industry Minister X": a portfolio, not a person
			m.Kind = Organization
			m.Role = ""
		}
		if m.Kind == Person && faiths[lower(d.Tokens[m.Last-1].Text)] && !(m.Last-m.First >= 2 && t.Rules.Names != nil && t.Rules.Names.Known(d.Tokens[m.First].Text) &&
			(m.Last == len(d.Tokens) || !isLowerWord(d.Tokens[m.Last].Text) || lower(d.Tokens[m.Last].Text) == "and")) { // (but "Lyn Christian and Meryl Adams met")
			m = mention(d, m.First, m.Last, Misc, "") // "a Seon Buddhist temple": a faith, not a person
		}
		if m.Kind == Person && m.Last < len(d.Tokens) && adminNouns[lower(d.Tokens[m.Last].Text)] && isCap(d.Tokens[m.Last].Text) {
			m = mention(d, m.First, m.Last+1, Location, "") // "Gandaki Province", "Kwale County": a place
		}
		if m.Kind == Person && m.Last-m.First == 1 && m.First > 0 && isCap(d.Tokens[m.First-1].Text) && t.Rules.isPlace(d.Text[d.Tokens[m.First-1].Start:m.End]) &&
			(len(out) == 0 || out[len(out)-1].Last < m.First) {
			m = mention(d, m.First-1, m.Last, Location, "") // "Parliament Hill", "Capitol Hill": a place, not Mr Hill
		}
		if pl, pe, ok := t.titledPlaceName(d, m); ok {
			// "President of Azerbaijan Ilham Aliyev" tagged as one place:
			// the place, then the person whose title it ends.
			out = append(out, pl, pe)
			for k := pl.First; k < pe.Last; k++ {
				taken[k] = 1
			}
			continue
		}
		if pe, ok := portfolioName(d, m); ok {
			// "Minister of State for External Affairs Pabitra Margherita"
			// tagged as one organisation: the person after the portfolio.
			out = append(out, pe)
			for k := pe.First; k < pe.Last; k++ {
				taken[k] = 1
			}
			continue
		}
		if body, pe, ok := t.bodyHeadName(d, m); ok {
			// "Speaker of the Turkish Grand National Assembly Hüseyin Cahit
			// Özdemir" tagged as one organisation: the body, then the person.
			out = append(out, body, pe)
			for k := body.First; k < pe.Last; k++ {
				taken[k] = 1
			}
			continue
		}
		if m.Kind != Person && m.Kind != Location && len(out) > 0 && titledAfterPlace(d, out[len(out)-1], m) {
			// "Minister of Foreign Affairs of the Republic of Armenia Ararat
			// Mirzoyan" with the name as a thing: the title's holder.
			m = mention(d, m.First, m.Last, Person, "")
		}
		if m.Kind == Organization && t.personAppositive(d, m) {
			// "and Tan Wei Ming, a partner at Meranti Capital" with the name
			// as an organisation: a given name and a person's job.
			m = mention(d, m.First, m.Last, Person, "")
		}
		if f := m.First; m.Last-f >= 3 && f >= 3 && stateNouns[lower(d.Tokens[f].Text)] && lower(d.Tokens[f-1].Text) == "the" && lower(d.Tokens[f-2].Text) == "of" &&
			titleToken(lower(d.Tokens[f-3].Text)) && isCap(d.Tokens[f+1].Text) && isCap(d.Tokens[m.Last-1].Text) && plainName(d, mention(d, f+1, m.Last, Person, "")) &&
			!orgHeads[lower(d.Tokens[m.Last-1].Text)] && !bodyHeads[lower(d.Tokens[m.Last-1].Text)] {
			// "President of the Republic Kais Saied" with "Republic Kais
			// Saied" as one name: the state is the title's, the rest a person.
			m = mention(d, f+1, m.Last, Person, d.Text[d.Tokens[f-3].Start:d.Tokens[f].End])
		}
		if m.Kind != Person && t.titleAppositive(d, m) {
			// "Principal Secretary for Foreign Affairs, Zawadi Achieng
			// Odhiambo, spoke" with the name as an organisation.
			m = mention(d, m.First, m.Last, Person, "")
		}
		pw := ""
		if m.First > 0 {
			pw = lower(d.Tokens[m.First-1].Text)
		}
		kin := m.Kind != Person && m.Last-m.First == 1 && familyWords[pw] && m.First > 1 && possessives[lower(d.Tokens[m.First-2].Text)] // "her son Amandeep"
		if m.Kind != Person && (m.Last-m.First >= 2 || kin) && m.First > 0 && (titleToken(pw) || familyWords[pw]) && !pluralWords[pw] && pw != "official" &&
			!allTitles(d, m) && plainName(d, m) && !t.Rules.isMajorPlace(m.Text) {
			// "retired armed forces chief Zulkifli Zainal Abidin" as an
			// organisation: a name right after a title is a person's, and
			// the title its role ("Gov. JB Pritzker").
			role := ""
			if titleToken(pw) {
				role = d.Tokens[m.First-1].Text
			}
			m = mention(d, m.First, m.Last, Person, role)
		}
		if m.Kind == Organization && t.countryOwnedName(d, m) {
			m = mention(d, m.First, m.Last, Person, "") // "Serbia's Petar Petković" as an organisation
		}
		if m.Kind != Person && (allTitles(d, m) || definiteTitle(d, m)) {
			continue // "the Crown Prince", "The Coordinating Director" as an organisation: a title, which the resolver reads
		}
		if m.Kind == Person && m.Role == "" && (definiteTitle(d, m) || appositiveTitle(d, m)) && !t.givenNameIn(d, m) {
			continue // "the Town Engineer", "Faith Chepkoech, Town Engineer (on site)" as a person: a title
		}
		if m.Kind != Person && portfolioHead(d, m) {
			continue // "Economy, Trade and Industry Minister Yuko Haneda": the portfolio list of a title
		}
		if m.Kind != Person && m.Last-m.First > 2 && !titleWords[lower(d.Tokens[m.First].Text)] {
			// "Taipei Mayor Chiang Wan-an" as a place or thing: the name after
			// the title is a person, the words up to it the role.
			if pe, ok := titledName(d, m, t.Rules.Names); ok && !t.Rules.isMajorPlace(pe.Text) {
				out = append(out, pe)
				for k := pe.First; k < pe.Last; k++ {
					taken[k] = 1
				}
				continue
			}
		}
		if m.Kind != Person && m.Last-m.First > 1 && (titleWords[lower(d.Tokens[m.First].Text)] || honorifics[lower(d.Tokens[m.First].Text)]) &&
			isCap(d.Tokens[m.First].Text) && !(m.Kind == Organization && bodyHeads[lower(d.Tokens[m.Last-1].Text)] && m.Last-m.First > 2) {
			// (but "the General Border Committee" is a body)
			// "Pope Leo" as a place: the rules' person, if they found one
			// here (not "Bank" of "Officer of Harbourview Bank").
			if r, ok := personIn(rs, m.First, m.Last); ok && !orgSuffixes[lower(d.Tokens[r.Last-1].Text)] && !orgHeads[lower(d.Tokens[r.Last-1].Text)] {
				out = append(out, r)
				for k := r.First; k < r.Last; k++ {
					taken[k] = 1
				}
				continue
			}
			// "Emir of Qatar Sheikh Tamim" as an organisation: the name after
			// the last title is a person, the words before it the role.
			last := -1
			for k := m.First + 1; k < m.Last-1; k++ {
				if titleWords[lower(d.Tokens[k].Text)] && isCap(d.Tokens[k].Text) {
					last = k
				}
			}
			if last > 0 && isCap(d.Tokens[last+1].Text) && !t.Rules.isMajorPlace(d.Tokens[last+1].Text) {
				r := mention(d, last+1, m.Last, Person, d.Text[m.Start:d.Tokens[last].End])
				out = append(out, r)
				for k := r.First; k < r.Last; k++ {
					taken[k] = 1
				}
				continue
			}
		}
		if m.Kind == Person && datelineSource(d, m) {
			m.Kind = Organization // "Havana, Sep 17 (Prensa Latina)": the outlet
			m.Role = ""
		}
		if m.Kind == Location {
			// "Al Drago" as a place: a known given name and no such place.
			if r, ok := personIn(rs, m.First, m.Last); ok && r.First == m.First && r.Last == m.Last && t.strong(d, r) && !t.Rules.isPlace(m.Text) {
				m = r
			}
		}
		if m.Kind == Organization && m.Last-m.First == 2 && m.Last < len(d.Tokens) && triggers[lower(d.Tokens[m.Last].Text)].direct &&
			nameLike(d, m) && !t.Rules.isPlace(m.Text) {
			// "Barack Obama hosted Santos" with Obama as an organisation: two
			// name-like words that host or meet someone.
			m = mention(d, m.First, m.Last, Person, "")
		}
		if m.Kind == Organization && m.Last-m.First >= 2 && m.Last-m.First <= 3 && m.First > 0 && pairWords[lower(d.Tokens[m.First-1].Text)] &&
			m.Last+1 < len(d.Tokens) && lower(d.Tokens[m.Last].Text) == "and" && nameLike(d, m) && !orgHeads[lower(d.Tokens[m.Last-1].Text)] {
			m = mention(d, m.First, m.Last, Person, "") // "the Polish pair Bartłomiej Wąsowicz and Zofia Krawczyk-Lis"
		}
		if m.Kind != Person && m.Last-m.First == 1 && messrsPair(d, out, m) {
			m = mention(d, m.First, m.Last, Person, "") // "Messrs Tuggar and Ablakwa"
		}
		if (m.Kind == Organization || m.Kind == Misc || m.Kind == Location) && t.officeBefore(d, m) ||
			(m.Kind == Organization || m.Kind == Misc) && (t.meetingObject(d, m) || hyphenatedGiven(d, m) || t.titledApposition(d, m)) {
			// "paid a courtesy call on Numan Kurtulmus, speaker of",
			// "a good chat on the phone with Charith Weerasooriya": a name the
			// tagger took for a thing, where only a person is met; "Park
			// Jae-sung": a name by its shape.
			m = mention(d, m.First, m.Last, Person, "")
		}
		if m.Kind == Person && m.Role == "" {
			if r, ok := personIn(rs, m.First, m.Last); ok && r.First == m.First && r.Last == m.Last && officeTitle(r.Role) {
				m.Role = r.Role // "Head of Government Sarra Zaafrani Zenzri": the rules read the title
			}
		}
		out = append(out, m)
		for k := m.First; k < m.Last && k < len(taken); k++ {
			taken[k] = 1
		}
	}
	out = ownedListPeople(d, out)
	out = t.profileHeadings(d, out)
	// Surnames of the people the trained tagger found by full name.
	surnames := map[string]bool{}
	for _, m := range out {
		if m.Kind == Person && m.Last-m.First > 1 {
			surnames[PersonKey(d.Tokens[m.Last-1].Text)] = true
		}
		if m.Kind == Person && m.Last-m.First > 2 && isCap(d.Tokens[m.Last-2].Text) && countryOf(t.Rules.Gazetteer, d.Tokens[m.Last-2].Text) == "" {
			surnames[PersonKey(d.Tokens[m.Last-2].Text)] = true // a double surname: "Ramirez" of "Rubén Ramírez Lezcano"
		}
	}
	// A single word the trained tagger did not take for a person, but the
	// rules did, and that is the surname of a person named in full: "Trump"
	// in "to Trump Vice President JD Vance". A surname with a particle
	// ("al-Sharaa", "bin Salman") is one even if the rules did not see it,
	// unless it is a country or major city: one sense a name per article.
	for i, m := range out {
		if m.Kind != Person && m.Last-m.First == 1 && surnames[PersonKey(m.Text)] && !allCaps(m.Text) {
			if r, ok := personIn(rs, m.First, m.Last); ok && r.First == m.First && r.Last == m.Last {
				out[i] = r
			} else if strings.ContainsRune(m.Text, '-') && !t.Rules.isMajorPlace(m.Text) {
				out[i] = mention(d, m.First, m.Last, Person, "")
			} else if m.Kind != Misc && (!t.Rules.isMajorPlace(m.Text) || personSpeech(d, m.Last) || m.First > 0 && personObjects[lower(d.Tokens[m.First-1].Text)]) &&
				countryOf(t.Rules.Gazetteer, m.Text) == "" && // (and "Mendoza said", "to meet Mendoza" beside Aurelio Mendoza Lazo, though Mendoza is a city)
				!(m.First > 0 && placePreps[lower(d.Tokens[m.First-1].Text)]) && !(m.Last < len(d.Tokens) && isPossessiveClitic(d.Tokens[m.Last].Text)) {
				out[i] = mention(d, m.First, m.Last, Person, "") // "Quintana opened" after "María Fernanda Quintana Riquelme": no town
			}
		}
	}
	// The first words of a person's full name, taken for a place or an
	// organisation where they stand alone, are that person: "did not meet
	// Hassan Sheikh" after "Hassan Sheikh Mohamud".
	t.namePrefixes(d, out)
	// A surname of a person named in full that the tagger left untagged:
	// "Quintana opened by asking" after "María Fernanda Quintana Riquelme".
	taggedTok := inMentions(d, out)
	var untagged []Mention
	for k, tk := range d.Tokens {
		if taggedTok[k] || !isCap(tk.Text) || allCaps(tk.Text) || utf8.RuneCountInString(tk.Text) < 4 || !surnames[PersonKey(tk.Text)] ||
			k > 0 && isCap(d.Tokens[k-1].Text) || k+1 < len(d.Tokens) && (isCap(d.Tokens[k+1].Text) || isPossessiveClitic(d.Tokens[k+1].Text)) ||
			lowerUse(d, lower(tk.Text)) || t.Rules.isMajorPlace(tk.Text) || countryOf(t.Rules.Gazetteer, tk.Text) != "" {
			continue
		}
		untagged = append(untagged, mention(d, k, k+1, Person, ""))
	}
	untagged = append(untagged, t.actingNames(d, taggedTok, out)...)
	if b, ok := bylineName(d); ok {
		// "By Cr. Lim Wei Jie" on a line of its own: the author, whatever
		// the tagger made of the name
		kept := out[:0]
		for _, m := range out {
			if m.Last <= b.First || m.First >= b.Last {
				kept = append(kept, m)
			}
		}
		out = append(kept, b)
		sortMentions(out)
	}
	if c, ok := t.capsSignature(d, out); ok {
		untagged = append(untagged, c) // "MURRAY TREGONNING\nWeston" under a letter
	}
	if len(untagged) > 0 {
		out = append(out, untagged...)
		sortMentions(out)
	}
	// A place or a building is no person ("at the Amiri Diwan"), unless the article names someone
	// of that surname or a title or known given name comes with it: "Dubai",
	// "West Africa", "Rod Laver Arena" (but "Michael Jordan" ... "Jordan").
	for i, m := range out {
		if m.Kind == Person && m.Role == "" && (m.First >= 2 && lower(d.Tokens[m.First-1].Text) == "the" && venuePreps[lower(d.Tokens[m.First-2].Text)] ||
			m.First >= 1 && venuePreps[lower(d.Tokens[m.First-1].Text)] && m.Last-m.First > 1 && facilityWords[lower(d.Tokens[m.Last-1].Text)] ||
			m.First >= 1 && lower(d.Tokens[m.First-1].Text) == "on" && m.Last-m.First > 1 && streetWords[lower(d.Tokens[m.Last-1].Text)]) { // "offices on Jeremie Street"
			out[i].Kind = Location // "at the Amiri Diwan", "at Bayan Palace": a venue
			continue
		}
		if m.Kind == Person && m.Role == "" && bodyApposition(d, m) {
			out[i].Kind = Organization // "Kaitiaki Moana, an environmental group opposing the project"
			continue
		}
		if lw := lower(d.Tokens[m.Last-1].Text); m.Kind == Person && m.Role == "" && (thingEnds[lw] || bodyHeads[lw]) &&
			(m.Last-m.First > 1 || m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the") {
			// "Harris Promenade", "the Royal Household", "the Presidency
			// said": no surname ends so, whatever the first word.
			out[i].Kind = map[bool]Kind{true: Organization, false: Location}[bodyHeads[lw]]
			continue
		}
		if m.Kind != Person || surnames[PersonKey(d.Tokens[m.Last-1].Text)] && m.Last-m.First == 1 ||
			t.Rules.Names != nil && t.Rules.Names.Known(d.Tokens[m.First].Text) {
			continue
		}
		if m.First > 1 && d.Tokens[m.First-1].Text == "of" && headNouns[lower(d.Tokens[m.First-2].Text)] {
			// "president of Kyushu Silicon Works", "Chief Executive Officer of Harbourview Bank": a company
			out[i].Kind, out[i].Role = Organization, ""
			continue
		}
		if m.Role != "" {
			continue
		}
		if t.Rules.isMajorPlace(m.Text) || m.Last-m.First > 1 && (facilityWords[lower(d.Tokens[m.Last-1].Text)] || landforms[lower(d.Tokens[m.Last-1].Text)]) {
			out[i].Kind = Location
			continue
		}
		if m.Last-m.First > 1 && bodyHeads[lower(d.Tokens[m.Last-1].Text)] {
			out[i].Kind = Organization // "the Ministerial Sub-Committee", "Little Lane Roasters"
			continue
		}
		if m.First > 0 && firmNouns[d.Tokens[m.First-1].Text] {
			out[i].Kind = Organization // "the machine-tool maker Uralskiye Stanki": a company
		}
	}
	// A person's full name at the end of an organisation or place the
	// tagger ran together: "China Xi Jinping" beside "Xi Jinping" elsewhere.
	full := map[string]bool{}
	lastWord := map[string]bool{} // the last words of full names, to skip most mentions cheaply
	for _, m := range out {
		if m.Kind == Person && m.Last-m.First > 1 {
			full[PersonKey(m.Text)] = true
			lastWord[d.Tokens[m.Last-1].Text] = true
		}
	}
	var split []Mention
	for i, m := range out {
		if m.Kind == Person || m.Last-m.First < 3 || !lastWord[d.Tokens[m.Last-1].Text] {
			continue
		}
		for k := m.First + 1; k <= m.Last-2; k++ {
			tail := d.Text[d.Tokens[k].Start:m.End]
			if full[PersonKey(tail)] {
				split = append(split, mention(d, k, m.Last, Person, ""))
				out[i] = mention(d, m.First, k, m.Kind, m.Role)
				break
			}
		}
	}
	if len(split) > 0 {
		out = append(out, split...)
		sortMentions(out)
	}
	// A name of several words that the trained tagger called something else
	// but whose last word it took for a person elsewhere: "Recep Tayyip
	// Erdoğan" (MISC) beside "Erdoğan" (PER).
	single := map[string]bool{}
	for _, m := range out {
		if m.Kind == Person && m.Last-m.First == 1 {
			single[PersonKey(m.Text)] = true
		}
	}
	for i, m := range out {
		if m.Kind == Person || m.Last-m.First < 2 || !isCap(d.Tokens[m.First].Text) {
			continue
		}
		if !single[PersonKey(d.Tokens[m.Last-1].Text)] && !(single[PersonKey(d.Tokens[m.First].Text)] && m.Kind != Location && m.Last-m.First <= 3 && nameLike(d, m) &&
			roleWithin(d, m.First, 4)) {
			continue // "councillor for investment Tan Wei Ming" (ORG) beside "Tan said" (PER): the family name first
		}
		if m.Kind != Misc && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" {
			continue // "at the Presidential Villa" beside "the Villa" (PER): a building
		}
		if m.Kind == Misc || m.Last-m.First <= 3 && nameLike(d, m) && !t.Rules.isPlace(m.Text) {
			out[i].Kind = Person // "Volodymyr Zelensky" (ORG) beside "Mr Zelensky" (PER)
			out[i].Role = ""
		}
	}
	// An eponym is no person: "the Richter scale", "the Nobel prize" (but
	// "the Clinton administration" names Clinton).
	acronyms := bodyAcronyms(d, out)
	// The first word of a company's name, alone: "Qamar" of "Qamar Renewables".
	firms := map[string]bool{}
	for _, m := range out {
		if m.Kind == Organization && m.Last-m.First > 1 && orgSuffixes[lower(d.Tokens[m.Last-1].Text)] ||
			(m.Kind == Organization || m.Kind == Location) && m.Last-m.First == 2 && (lower(d.Tokens[m.Last-1].Text) == "hospital" || lower(d.Tokens[m.Last-1].Text) == "school") {
			firms[d.Tokens[m.First].Text] = true // (and "Glendon" of "Glendon Hospital")
		}
		if m.Kind == Person && m.Last-m.First == 1 && m.Role == "" && firmTitled(d, out, m) {
			firms[m.Text] = true // "Chevron chief executive Mike Wirth": Chevron is the company
		}
	}
	kept := out[:0]
	for _, m := range out {
		if m.Kind == Person && m.Last-m.First == 1 && firms[m.Text] && !surnames[PersonKey(m.Text)] {
			m.Kind = Organization
		}
		if m.Kind == Person && m.Last-m.First == 1 && acronyms[m.Text] {
			continue // "the Tanzania-Zambia Railway (Tazara)": the body's short name
		}
		if lw := lower(d.Tokens[m.Last-1].Text); m.Kind == Person && m.Role != "" && m.Last-m.First > 1 && (facilityWords[lw] || thingEnds[lw]) {
			m.Kind, m.Role = Organization, "" // "the Director of the Jaffna Teaching Hospital": a title of a building, no name
		}
		if m.Kind == Person && (titlesOnly(d, m) || m.Last-m.First == 1 && m.Role != "" && titleWords[lower(m.Text)]) {
			continue // "Vice President and Ruler of Dubai", "His Royal Highness", "MUNICIPAL CHIEF EXECUTIVE": a title alone is no name
		}
		if m.Kind == Person && titleWords[lower(d.Tokens[m.Last-1].Text)] && m.Last < len(d.Tokens) && isCap(d.Tokens[m.Last].Text) {
			continue // "Democratic Sens. Richard Blumenthal": the title of the name after it
		}
		if m.Kind == Person && m.Last-m.First == 1 && deptWords[lower(m.Text)] && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "of" {
			continue // "the Minister of Energy, Petroleum and Mines": a portfolio
		}
		if m.Kind == Person && m.Last-m.First == 1 && buildingWords[lower(m.Text)] && m.First > 0 && isCap(d.Tokens[m.First-1].Text) &&
			!sentenceStart(d, m.First) {
			continue // "outside State House": the end of a building's name
		}
		if m.Kind == Person && m.Last-m.First == 1 && utf8.RuneCountInString(m.Text) == 1 {
			continue // "Gen Z protests": a letter alone is no name
		}
		if m.Kind == Person && m.Last-m.First == 1 && capStops[lower(m.Text)] {
			continue // "Later, President Lula met ...": a sentence's first word
		}
		if m.Kind == Person && m.Last-m.First == 1 && (pluralTitle(m.Text) || pluralAcronym(m.Text)) {
			continue // "Governors of the South-West states met", "told MPs": a group, not a name
		}
		if m.Kind == Person && m.Last-m.First == 1 && !surnames[PersonKey(m.Text)] && venueLocality(d, kept, m) {
			continue // "at the Government House, Agodi,": the venue's district
		}
		if m.Kind == Person && m.Last-m.First == 1 && m.First > 0 && m.Last < len(d.Tokens) && !surnames[PersonKey(m.Text)] &&
			determiners[lower(d.Tokens[m.First-1].Text)] && eponymHeads[lower(d.Tokens[m.Last].Text)] {
			continue
		}
		kept = append(kept, m)
	}
	out = kept
	added := false
	for _, r := range rs {
		if r.Kind != Person || geoName(d, r) || orgSuffixes[lower(d.Tokens[r.Last-1].Text)] || deptOnly(d, r) || r.Last-r.First == 1 && utf8.RuneCountInString(r.Text) == 1 || r.Last-r.First == 1 && (pluralTitle(r.Text) || pluralAcronym(r.Text)) || titlesOnly(d, r) {
			continue
		}
		free := true
		for k := r.First; k < r.Last; k++ {
			free = free && taken[k] == 0
		}
		if !free && r.Role != "" && r.Last-r.First > 1 && t.strong(d, r) && !facilityWords[lower(d.Tokens[r.Last-1].Text)] && !postNominals[d.Tokens[r.Last-1].Text] {
			// "Economy Secretary Marcelo Ebrard" with "Ebrard" alone a
			// miscellany: the titled name, in place of what the trained
			// tagger found inside it
			if inside := within(out, r); inside != nil {
				out = slices.DeleteFunc(out, func(m Mention) bool { return inside[m.First] })
				free = true
			}
		}
		if !free || !t.strong(d, r) && !(r.Last-r.First == 1 && surnames[PersonKey(r.Text)] && !allCaps(r.Text)) {
			continue
		}
		out = append(out, r)
		added = true
	}
	// A name right after a title that ends with a place: "President of the
	// People's Republic of China Xi Jinping", "Prime Minister of India
	// Narendra Modi". Neither tagger reads the title as the name's.
	for _, m := range out {
		if m.Kind != Location && m.Kind != Organization || m.Last >= len(d.Tokens) {
			continue
		}
		title := -1
		for k := m.First - 1; k >= 0 && k >= m.First-9; k-- {
			if titleWords[lower(d.Tokens[k].Text)] && isCap(d.Tokens[k].Text) {
				title = k
				break
			}
		}
		if title < 0 || m.First-1 <= title || lower(d.Tokens[m.First-1].Text) != "of" && lower(d.Tokens[m.First-1].Text) != "the" {
			continue
		}
		end := m.Last
		for end < len(d.Tokens) && end < m.Last+4 && isCap(d.Tokens[end].Text) && taken[end] == 0 && !capStops[lower(d.Tokens[end].Text)] {
			end++
		}
		if end == m.Last || end-m.Last > 3 || end < len(d.Tokens) && isCap(d.Tokens[end].Text) {
			continue
		}
		if titlesOnly(d, mention(d, m.Last, end, Person, "")) || !strings.Contains(d.Text[d.Tokens[title].Start:m.Start], " of ") ||
			strings.ContainsAny(d.Text[d.Tokens[title].Start:m.Start], ",;") {
			continue // "President Tokayev received Terhi Hakala, the European Union Special Representative": no name after the place
		}
		out = append(out, mention(d, m.Last, end, Person, d.Text[d.Tokens[title].Start:m.End]))
		added = true
		for k := m.Last; k < end; k++ {
			taken[k] = 1
		}
	}
	if added {
		sortMentions(out)
	}
	out = familyNameHe(d, out)
	out = regnalNumbers(d, out)
	out = joinParticles(d, out, t.Rules.Names)
	t.namePrefixes(d, out) // again, with the names the particles joined: "Hassan Sheikh" of "Hassan Sheikh Mohamud"
	out = joinNicknames(d, out)
	out = firmNames(d, out)
	out = t.mendNames(d, out)
	out = malayStyles(d, out)
	out = t.speakingNames(d, out)
	out = t.oneSensePerArticle(d, out)
	out = clubNames(d, out)
	t.placeSense(d, out)
	for i, m := range out {
		if m.Kind == Person && m.Last-m.First == 2 && schoolYears[lower(d.Tokens[m.First].Text)] && numberWord(lower(d.Tokens[m.First+1].Text)) > 0 {
			out[i].Kind, out[i].Role = Misc, "" // "Form Four pupil X": a school year, no one's name
		}
		if m.Kind != Organization && platforms[lower(m.Text)] {
			out[i].Kind, out[i].Role = Organization, "" // "posts circulating on Facebook": a company, no town
		}
	}
	if o := strings.TrimPrefix(Fold(d.Outlet), "the "); o != "" {
		short := o[strings.LastIndexByte(o, ' ')+1:] // "the Observer" for the Ararat Observer
		head, _, _ := strings.Cut(o, " ")            // "Awoko" for Awoko Newspaper, "Tempo" for Tempo English
		for i, m := range out {
			if f := strings.TrimPrefix(Fold(m.Text), "the "); f == o || outletTail(d, m, o) ||
				f == head && head != o && len(head) > 3 && m.Last == m.First+1 && m.Kind == Person ||
				f == short && short != o && len(short) > 3 && m.Last == m.First+1 && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" {
				out[i].Kind, out[i].Role = Organization, "" // "seen by Mmegi" in Mmegi's own story: the outlet
			}
		}
	}
	if dl := datelineName(d); dl != "" {
		for i, m := range out {
			if m.Kind == Person && m.Role == "" && Fold(m.Text) == dl {
				out[i].Kind = Location // "TAN LOC, Quang Ngai — ... Tran Van Luc of Tan Loc": the story's place
			}
		}
	}
	out = signatureLines(d, out)
	out = roleWords(d, out)
	out = conjoinedSurnames(d, out)
	out = t.portfolioNames(d, out)
	t.sharedSurnames(d, out)
	for i, m := range out {
		if m.Kind == Person && m.Role == "" && m.Last-m.First == 1 && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" && bodyHeads[lower(m.Text)] {
			out[i].Kind = Organization // "the Presidency said"
			continue
		}
		if lw := lower(m.Text); m.Kind == Person && m.Last-m.First == 1 && (pluralTitleWord(lw) || strings.HasSuffix(lw, "men") && titleWords[strings.TrimSuffix(lw, "men")+"man"]) {
			out[i].Kind, out[i].Role = Misc, "" // "the Deputy Chairmen of the Cabinet": no one's name
			continue
		}
		if m.Kind == Person && m.Role == "" && m.Last-m.First >= 3 && lower(d.Tokens[m.First+1].Text) == "of" && bodyHeads[lower(d.Tokens[m.First].Text)] {
			out[i].Kind = Organization // "the Cabinet of Ministers", "the Council of Elders"
			continue
		}
		if lw := lower(d.Tokens[m.Last-1].Text); m.Kind == Person && m.Role == "" && (m.Last-m.First > 1 || m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the") && eventEnds[lw] {
			out[i].Kind = Misc // "the Winter Games", "the Mining Indaba"
			continue
		}
		if m.Kind == Person && m.Role == "" && m.Last-m.First > 1 && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "to" &&
			(buildingWords[lower(d.Tokens[m.Last-1].Text)] || facilityWords[lower(d.Tokens[m.Last-1].Text)]) && wentTo(d, m.First-1) {
			out[i].Kind = Location // "accompanied the President to Jubilee House"
			continue
		}
		if lw := lower(d.Tokens[m.Last-1].Text); m.Kind == Person && m.Role == "" && (m.Last-m.First > 1 || m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the") && teamEnds[lw] {
			out[i].Kind = Organization // "the Surigao Mariners", "Dajti Stars": a club
			continue
		}
		if m.Kind == Person && m.Role == "" && m.Last-m.First == 1 && worshipWords[lower(m.Text)] {
			out[i].Kind = Misc // "our Holy Thursday Mass", "the Sunday Masses"
			continue
		}
		if m.Kind == Person && m.Role == "" && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" && m.Last < len(d.Tokens) && communityNouns[d.Tokens[m.Last].Text] {
			out[i].Kind = Misc // "the Cluj Jewish community": a community's name, no person
			continue
		}
		if m.Kind == Person && m.Role == "" && m.First > 1 && lower(d.Tokens[m.First-1].Text) == "the" && tellWords[lower(d.Tokens[m.First-2].Text)] {
			out[i].Kind = Organization // "told the Solomon Star yesterday": a newspaper
			continue
		}
		if m.Kind == Person && strings.ContainsAny(m.Text, "\n\r") {
			if k := lineStart(d, m); k > m.First && k < m.Last-1 {
				// "9:10 am – Arrivals\nPeter Lee met ...": a heading, then the name
				out[i].First, out[i].Start = k, d.Tokens[k].Start
				out[i].Text = d.Text[out[i].Start:out[i].End]
				continue
			}
			out[i].Kind, out[i].Role = Misc, "" // "Penparcau\nEisteddfod thanks": a signature's place and the next heading
			continue
		}
		if m.Kind == Person && stormName(d, m) {
			out[i].Kind, out[i].Role = Misc, "" // "Hurricane Melissa", "Typhoon Haiyan": a storm
			continue
		}
		if m.Kind == Person && geoName(d, m) {
			out[i].Kind, out[i].Role = Location, "" // "Lake Titicaca", "West Africa", "the Pacific"
		}
		if m.Kind == Person && m.Last-m.First > 1 && compoundAdjective(d.Tokens[m.First].Text) {
			// "the Marseille-based Yannick Mbala-Ferreira", "Lagos-born X":
			// the adjective is no part of the name.
			out[i] = mention(d, m.First+1, m.Last, Person, m.Role)
		}
	}
	// A role does not contain the person before its title: "Trump Vice
	// President" (but "Netanyahu aide" stays whole: Netanyahu's aide).
	for i := 1; i < len(out); i++ {
		m, p := &out[i], out[i-1]
		if m.Kind == Person && p.Kind == Person && m.Role != "" && p.End <= m.Start && strings.HasSuffix(d.Text[:m.Start], " ") {
			r := strings.TrimSpace(d.Text[p.End:m.Start])
			first, _, _ := strings.Cut(r, " ")
			if len(r) < len(m.Role) && strings.HasSuffix(m.Role, r) && titleWords[lower(first)] && isCap(first) {
				m.Role = r
			}
		}
	}
	// A two- or three-word name tagged as an organisation, joined by "and" to
	// a person's name, is a person too when no word of it names a body:
	// "Raghunath Patil and Vishwas Jadhav met".
	for i := range out {
		m := &out[i]
		if m.Kind != Organization || m.Last-m.First < 2 || m.Last-m.First > 3 || m.First > 0 && determiners[lower(d.Tokens[m.First-1].Text)] {
			continue
		}
		other := -1
		if i+1 < len(out) && out[i+1].First == m.Last+1 && lower(d.Tokens[m.Last].Text) == "and" {
			other = i + 1
		} else if i > 0 && m.First >= 1 && out[i-1].Last == m.First-1 && lower(d.Tokens[m.First-1].Text) == "and" {
			other = i - 1
		}
		if other < 0 || out[other].Kind != Person || !personLike(d, *m, t.Rules.Gazetteer) || m.Last >= len(d.Tokens) {
			continue
		}
		if next := d.Tokens[m.Last].Text; isCap(next) || isPossessiveClitic(lower(next)) || titleWords[lower(next)] || next == "(" {
			continue // "Quanta Computer Chairman Barry Lam", "Avícola Serrana's stand": a body's title or possession
		}
		m.Kind = Person
	}
	// A plural noun opening a sentence is a group, not a person: "Organisers
	// said", "Vendors were told" (but "Rogers said" after "Mike Rogers").
	for i, m := range out {
		if m.Kind != Person && m.First >= 2 && d.Tokens[m.First-1].Text == "(" && m.Last+1 < len(d.Tokens) && d.Tokens[m.Last].Text == ")" && d.Tokens[m.Last+1].Text == ":" &&
			capsLabel(d, m.First-2) && allCapWords(d, m.First, m.Last) {
			out[i].Kind = Person // a transcript's "PRESENTER (Ciarán Moloney):": the speaker
			continue
		}
		if m.Kind == Person && m.Role == "" && i > 0 && out[i-1].Kind == Organization && m.First == out[i-1].Last+1 && d.Tokens[m.First-1].Text == "(" &&
			m.Last < len(d.Tokens) && d.Tokens[m.Last].Text == ")" {
			out[i].Kind = Organization // "the Bharatiya Kisan Union (Ekta Malwa)": the body's faction, in brackets
			continue
		}
		if m.Kind == Person && m.Last-m.First >= 3 && (strings.HasSuffix(m.Role, " of") || strings.HasSuffix(m.Role, " for")) && countryOf(t.Rules.Gazetteer, d.Tokens[m.First].Text) != "" &&
			countryOf(t.Rules.Gazetteer, d.Tokens[m.First+1].Text) == "" {
			// "Minister for Foreign Affairs of Japan Iwaya Takeshi": the
			// country ends the role, the name follows it
			out[i] = mention(d, m.First+1, m.Last, Person, m.Role+" "+d.Tokens[m.First].Text)
			continue
		}
		if m.Kind == Organization && m.Last-m.First == 3 && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "for" && countryOf(t.Rules.Gazetteer, d.Tokens[m.First].Text) != "" &&
			allCapWords(d, m.First+1, m.Last) && countryOf(t.Rules.Gazetteer, d.Tokens[m.First+1].Text) == "" && titleEndsAt(d, m.First-1) {
			out[i] = mention(d, m.First+1, m.Last, Person, "") // "UN Special Envoy for Syria Geir Pedersen": the country of the title, then the name
			continue
		}
		if m.Kind == Person && m.Last-m.First == 1 && m.First >= 2 && (lower(d.Tokens[m.First-1].Text) == "to" || lower(d.Tokens[m.First-1].Text) == "in") &&
			journeyVerbs[lower(d.Tokens[m.First-2].Text)] && (t.Rules.Names == nil || !t.Rules.Names.Known(m.Text)) {
			out[i].Kind, out[i].Role = Location, "" // "will come to Machynlleth on Saturday", "arrived in Savusavu": where one goes
			continue
		}
		if m.Kind == Person && m.Last-m.First >= 2 && areaEnds[lower(d.Tokens[m.Last-1].Text)] && (t.Rules.Names == nil || !t.Rules.Names.Known(d.Tokens[m.First].Text)) {
			out[i].Kind, out[i].Role = Location, "" // "Nsukka Local Government Area", "Kasama District Council"
			continue
		}
		if m.Kind == Person && m.First >= 2 && lower(d.Tokens[m.First-1].Text) == "of" && titleWords[lower(d.Tokens[m.First-2].Text)] && m.Last-m.First <= 3 &&
			(shireNouns[lower(d.Tokens[m.Last-1].Text)] || t.Rules.Gazetteer != nil && knownPlace(t.Rules.Gazetteer, m.Text)) {
			out[i].Kind, out[i].Role = Location, "" // "Mayor of Winton Shire", "Governor of Kasama": what the office is of
			continue
		}
		if m.Kind != Location && m.Last-m.First > 1 && placePrefixes[lower(d.Tokens[m.First].Text)] && (m.First == 0 || lower(d.Tokens[m.First-1].Text) != "punong") {
			out[i].Kind, out[i].Role = Location, "" // "in Barangay Tabucan": a village district of the Philippines (not "Punong Barangay X", its chief)
			continue
		}
		if m.Kind == Person && m.Last-m.First == 1 && m.First >= 2 && (lower(d.Tokens[m.First-1].Text) == "alias" || isQuote(d.Tokens[m.First-1].Text) && lower(d.Tokens[m.First-2].Text) == "alias") {
			out[i].Kind, out[i].Role = Misc, "" // 'Jerome Alcarde, 24, alias "Kulot"': a nickname, no other person
			continue
		}
		if m.Kind == Person && m.Last-m.First > 1 && (roadEnds[lower(d.Tokens[m.Last-1].Text)] || featureEnds[lower(d.Tokens[m.Last-1].Text)]) {
			out[i].Kind, out[i].Role = Location, "" // "on Queen Elizabeth Highway", "King Fahd Road": a road named after someone; "Rankin Inlet", "Baker Lake"
			continue
		}
		if w := d.Tokens[m.First].Text; m.Kind == Person && m.Role == "" && m.Last-m.First == 1 && m.First == sentenceFirst(d, m.First) &&
			groupPlural(lower(w)) && !surnames[PersonKey(w)] && (t.Rules.Names == nil || !t.Rules.Names.Known(w)) &&
			m.Last < len(d.Tokens) && isLowerWord(d.Tokens[m.Last].Text) {
			out[i].Kind = Misc
		}
	}
	// A title in capitals after "the", taken for a place or a body, is a
	// role that refers to its holder: "will meet the Hospital Director and
	// the Chief Nursing Officer".
	// So is a title taken for a person before the name it is the role of:
	// "met the Town Clerk, Ms Yvette Sampson". A letter's "Dear Editor" is
	// no one.
	roles := out[:0]
	for i, m := range out {
		if m.Kind != Person && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" && titleWords[lower(d.Tokens[m.Last-1].Text)] && m.Last-m.First <= 4 &&
			!(m.Last < len(d.Tokens) && (isCap(d.Tokens[m.Last].Text) || d.Tokens[m.Last].Text == "," || d.Tokens[m.Last].Text == "of")) {
			continue
		}
		if m.Kind == Person && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" && titleWords[lower(d.Tokens[m.Last-1].Text)] && m.Last-m.First <= 4 &&
			i+1 < len(out) && out[i+1].Kind == Person && m.Last < len(d.Tokens) && d.Tokens[m.Last].Text == "," && (out[i+1].First == m.Last+1 || out[i+1].First == m.Last+2 && titleWords[lower(d.Tokens[m.Last+1].Text)]) {
			continue
		}
		if m.Kind == Person && m.First >= 2 && d.Tokens[m.First-1].Text == "," && titleWords[lower(d.Tokens[m.First-2].Text)] && i+1 < len(out) && out[i+1].Kind == Person &&
			m.Last+1 < len(d.Tokens) && d.Tokens[m.Last].Text == "," && out[i+1].First == m.Last+2 && titleWords[lower(d.Tokens[m.Last+1].Text)] &&
			m.Last-m.First >= 2 && !t.Rules.Names.Known(d.Tokens[m.First].Text) {
			continue // "the Deputy Governor, Financial System Stability, Dr. X": the portfolio of the title
		}
		if m.Kind == Person && m.Last == m.First+2 && d.Tokens[m.First].Text == "Dear" && (lower(d.Tokens[m.First+1].Text) == "editor" || letterOpeners[lower(d.Tokens[m.First+1].Text)]) {
			continue
		}
		roles = append(roles, m)
	}
	return knownAsNames(d, roles), nil
}

// knownAsNames adds the byname that "known as" gives a person named just
// before, when no tagger took it: "Raghunath Patil, popularly known as
// Bapu, who heads ...". The resolver then merges it into that person.
func knownAsNames(d *Doc, ms []Mention) []Mention {
	covered := inMentions(d, ms)
	var add []Mention
	for i, m := range ms {
		if m.Kind != Person || m.Last+3 >= len(d.Tokens) || d.Tokens[m.Last].Text != "," {
			continue
		}
		k := m.Last + 1
		if knownAdverb(lower(d.Tokens[k].Text)) {
			k++ // "popularly known as"
		}
		if k+2 >= len(d.Tokens) || lower(d.Tokens[k].Text) != "known" || lower(d.Tokens[k+1].Text) != "as" {
			continue
		}
		a := k + 2
		if i+1 < len(ms) && ms[i+1].First == a && ms[i+1].Kind != Location && ms[i+1].Last-a <= 3 {
			ms[i+1].Kind = Person // a byname the tagger took for a body
			continue
		}
		e := a
		for e < len(d.Tokens) && e < a+3 && isCap(d.Tokens[e].Text) && !covered[e] && lettersOnly(d.Tokens[e].Text) {
			e++
		}
		if e == a || e < len(d.Tokens) && isCap(d.Tokens[e].Text) || i+1 < len(ms) && ms[i+1].First < e {
			continue
		}
		add = append(add, mention(d, a, e, Person, ""))
	}
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].First < ms[b].First })
	return ms
}

// sharedSurnames completes a given name that shares the surname of the
// name after "and": in "Bill and Hillary Clinton", "Lakshmi and Suresh
// Venkataraman", the first is Bill Clinton, a person whatever the tagger
// said. The mention keeps its span and takes the whole name as its text.
func (t CombinedTagger) sharedSurnames(d *Doc, out []Mention) {
	named := map[string]bool{} // the words of longer names: "Smith" of John Smith, "Park" of Park Ji-hoon, is that person here
	for _, m := range out {
		if m.Kind == Person && m.Last-m.First > 1 {
			for k := m.First; k < m.Last; k++ {
				named[lower(d.Tokens[k].Text)] = true
			}
		}
	}
	for i := 0; i+1 < len(out); i++ {
		m, n := &out[i], out[i+1]
		if m.Last-m.First != 1 || n.Kind != Person || n.First != m.Last+1 || n.Last-n.First < 2 || n.Last-n.First > 3 ||
			lower(d.Tokens[m.Last].Text) != "and" || m.Kind == Location || !plainName(d, *m) || !plainName(d, n) {
			continue
		}
		if !t.Rules.Names.Known(d.Tokens[m.First].Text) || named[lower(d.Tokens[m.First].Text)] || n.Last-n.First != 2 {
			continue // two given names and a surname, not "Smith and John Brown"
		}
		if m.First > 0 && isCap(d.Tokens[m.First-1].Text) && !titleWords[lower(d.Tokens[m.First-1].Text)] {
			continue // the end of a longer name
		}
		m.Kind = Person
		m.Text = m.Text + " " + d.Text[d.Tokens[n.First+1].Start:n.End]
	}
}

// personObjects are the verbs whose object is met in person or on the phone,
// and so a person: "received X", "phoned X" (not "visited X", "joined X").
var personObjects = wordSet(`met meet meets meeting received receives receiving welcomed welcomes hosted hosts hosting greeted phoned telephoned rang called`)

// meetingObject reports whether m, two or three name-like words that are no
// place, is the object of a meeting: right after a verb of personObjects, or
// after "with", "to" or "on" that follows a word of meetingWith ("spoke to",
// "courtesy call on", "a chat on the phone with"); and followed by no other
// capitalised word, hyphen or title ("World Athletics president").
func (t CombinedTagger) meetingObject(d *Doc, m Mention) bool {
	if m.Last-m.First < 2 || m.Last-m.First > 3 || m.First == 0 || !nameLike(d, m) {
		return false
	}
	if m.Last < len(d.Tokens) {
		if nt := d.Tokens[m.Last].Text; isCap(nt) || nt == "-" || titleWords[lower(nt)] {
			return false
		}
	}
	for k := m.First; k < m.Last; k++ {
		if _, tail, _ := strings.Cut(d.Tokens[k].Text, "-"); compoundEnds[tail] {
			return false // "meet Academy Award-winning screenwriter X"
		}
		given := k > m.First && t.Rules.Names != nil && t.Rules.Names.Known(d.Tokens[m.First].Text) // "Kirsty Coventry": a surname that is also a city
		if w := d.Tokens[k].Text; !lettersOnly(strings.ReplaceAll(w, "-", "")) || t.Rules.isMajorPlace(w) && !given || countryOf(t.Rules.Gazetteer, w) != "" || mediaWords[lower(w)] || outletWords[lower(w)] {
			return false // "Manchester United", "Real Madrid", "Saudi Aramco", "speaking to Nation Sport"
		}
	}
	pw := lower(d.Tokens[m.First-1].Text)
	if personObjects[pw] {
		return true
	}
	if pw != "with" && pw != "to" && pw != "on" || d.Tokens[m.First].Text == "The" {
		return false // (not "sat down with The Local": an outlet)
	}
	for k := m.First - 2; k >= 0 && k >= m.First-6; k-- {
		lw := lower(d.Tokens[k].Text)
		if meetingWith[lw] {
			return true
		}
		if boundaries[lw] || lw == "," || lw == "." {
			return false
		}
	}
	return false
}

// meetingWith are the words after which "with", "to" or "on" names whom one
// met or spoke to: "talks with", "spoke to", "a courtesy call on".
var meetingWith = wordSet(`talks meeting meetings met meet meets call calls called conversation conversations spoke speak speaks
spoken speaking talked talk chat chatted phone telephone courtesy lunch dinner breakfast sat sit sits`)

// pairWords name two or more people before their names: "the Polish pair A
// and B", "the brothers A and B".
var pairWords = wordSet(`pair duo couple trio brothers sisters twins climbers founders co-founders`)

// messrsPair reports whether m, one capitalised word, is the second of two
// people under one plural title: "Messrs Tuggar and Ablakwa".
func messrsPair(d *Doc, before []Mention, m Mention) bool {
	if len(before) == 0 || m.First < 1 || lower(d.Tokens[m.First-1].Text) != "and" || !isCap(m.Text) || allCaps(m.Text) {
		return false
	}
	p := before[len(before)-1]
	if p.Kind != Person || p.Last != m.First-1 {
		return false
	}
	for k := maxInt(0, p.First-1); k <= p.First; k++ {
		if t := strings.TrimSuffix(lower(d.Tokens[k].Text), "."); t == "messrs" || t == "mesdames" {
			return true
		}
	}
	return false
}

// hyphenatedGiven reports whether m has the shape of an East Asian name: a
// short family name, then a given name of two syllables joined by a hyphen
// ("Park Jae-sung", "Chiang Wan-an", "Choi Eun-ha").
func hyphenatedGiven(d *Doc, m Mention) bool {
	if m.Last-m.First != 2 {
		return false
	}
	fam, given := d.Tokens[m.First].Text, d.Tokens[m.First+1].Text
	a, b, ok := strings.Cut(given, "-")
	return ok && !compoundEnds[b] && len(fam) <= 5 && isCap(fam) && lettersOnly(fam) && !allCaps(fam) &&
		len(a) >= 2 && len(a) <= 5 && isCap(a) && lettersOnly(a) && len(b) >= 2 && len(b) <= 5 && isLowerWord(b) && lettersOnly(b)
}

// compoundEnds end hyphenated adjectives, not given names: "New York-based",
// "Academy Award-winning".
var compoundEnds = wordSet(`based born run style like free wide made owned led backed funded winning linked listed bound held`)

// ownedListPeople makes people of the names in a list whose items share
// one shape, a place's possessive and a name, when one of them is a person:
// "Poland's Radoslaw Sikorski, Estonia's Margus Tsahkna, Latvia's Baiba
// Braze and Lithuania's Kestutis Budrys" with the last two as organisations.
func ownedListPeople(d *Doc, ms []Mention) []Mention {
	owned := func(i int) bool { // ms[i] follows "<place>'s"
		return i > 0 && ms[i-1].Kind == Location && ms[i-1].Last+1 == ms[i].First && isPossessiveClitic(d.Tokens[ms[i-1].Last].Text)
	}
	linked := func(a, b int) bool { // ms[b]'s place follows ms[a] after "," or "and"
		g := ms[b-1].First - 1
		return ms[a].Last == g && (d.Tokens[g].Text == "," || lower(d.Tokens[g].Text) == "and")
	}
	for changed := true; changed; {
		changed = false
		for i, m := range ms {
			if m.Kind != Organization && m.Kind != Misc || m.Last-m.First < 2 || m.Last-m.First > 3 || !nameLike(d, m) || !owned(i) {
				continue
			}
			before := i >= 3 && ms[i-2].Kind == Person && owned(i-2) && linked(i-2, i)
			after := i+2 < len(ms) && ms[i+2].Kind == Person && owned(i+2) && linked(i, i+2)
			if before || after {
				ms[i] = mention(d, m.First, m.Last, Person, "")
				changed = true
			}
		}
	}
	return ms
}

// compoundAdjective reports whether w is a hyphenated adjective that ends
// in one of compoundEnds: "Marseille-based", "Lagos-born".
func compoundAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && compoundEnds[lower(w[i+1:])]
}

// deptOnly reports whether m is portfolio words alone: "Investment".
func deptOnly(d *Doc, m Mention) bool {
	for k := m.First; k < m.Last; k++ {
		if !deptWords[lower(d.Tokens[k].Text)] {
			return false
		}
	}
	return true
}

// firmNouns, in lower case right before a name, make it a company's: "chip
// equipment maker Brabant Photonics", "the lender Harbourview".
var firmNouns = wordSet(`maker makers manufacturer company firm startup start-up lender insurer carrier retailer conglomerate
producer supplier operator developer miner refiner shipper chipmaker carmaker automaker brewer subsidiary`)

// headNouns, in lower case before "of" and a name, head a body: "president
// of Kyushu Silicon Works" (not "envoy of", "son of").
var headNouns = wordSet(`president chairman chairwoman chairperson director founder co-founder owner head executive officer manager`)

// outletWords end the names of outlets ("Nation Sport") and, capitalised, of
// other things too ("Navajo Nation", "Sports Minister"); mediaWords has the
// rest.
var outletWords = wordSet(`nation sport sports`)

// firmHeadTitles, written in lower case between a one-word name and a
// person, make the name a company's: "Chevron chief executive Mike Wirth",
// "Nvidia boss Jensen Huang" (not "Trump adviser Stephen Miller").
var firmHeadTitles = wordSet(`ceo chairman chairwoman boss founder co-founder cofounder`)

// firmTitled reports whether m, one word, is followed by the head title of a
// company and then by a person of out.
func firmTitled(d *Doc, out []Mention, m Mention) bool {
	k := m.Last
	switch {
	case k+1 < len(d.Tokens) && d.Tokens[k].Text == "chief" && (d.Tokens[k+1].Text == "executive" || d.Tokens[k+1].Text == "operating" || d.Tokens[k+1].Text == "financial"):
		k += 2
		if k < len(d.Tokens) && d.Tokens[k].Text == "officer" {
			k++
		}
	case k < len(d.Tokens) && (firmHeadTitles[d.Tokens[k].Text] || d.Tokens[k].Text == "CEO"):
		k++
	default:
		return false
	}
	for _, o := range out {
		if o.Kind == Person && o.First == k {
			return true
		}
	}
	return false
}

// flyWords travel to a place, never to a person: "flew to X".
var flyWords = wordSet(`fly flies flew flying flown travel travels travelled traveled travelling traveling sail sails sailed sailing drove drive drives driving rode journeyed`)

// flownTo reports whether m follows "to" after a verb of flyWords, with
// perhaps a particle between: "flew to X", "will fly over to X".
func flownTo(d *Doc, m Mention) bool {
	k := m.First - 1
	if k < 1 || lower(d.Tokens[k].Text) != "to" {
		return false
	}
	v := lower(d.Tokens[k-1].Text)
	if (v == "over" || v == "back" || v == "down" || v == "up" || v == "out") && k >= 2 {
		v = lower(d.Tokens[k-2].Text)
	}
	return flyWords[v]
}

// inPlace reports whether m, two words or more that open with no known
// given name, follows "in", or "from" after a journey's noun: "Dr Hannah
// Ritch in Grand Cayman", "his flight from Grand Cayman".
func (t CombinedTagger) inPlace(d *Doc, m Mention) bool {
	k := m.First - 1
	if k < 1 || m.Last-m.First < 2 || t.Rules.Names == nil || t.Rules.Names.Known(d.Tokens[m.First].Text) {
		return false
	}
	switch lower(d.Tokens[k].Text) {
	case "in":
		return true
	case "from":
		return journeyNouns[lower(d.Tokens[k-1].Text)]
	}
	return false
}

// journeyNouns travel from a place: "his flight from X".
var journeyNouns = wordSet(`flight flights ferry plane boat train bus trip journey`)

// lettersOnly reports whether w is letters only.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// titledPlaceName splits a mention that a tagger ran together from the
// place of a title and the name after it: "Azerbaijan Ilham Aliyev" in
// "President of Azerbaijan Ilham Aliyev", "PRC Li Qiang" in "Premier of the
// State Council of the PRC Li Qiang", "Sultan of Oman Haitham". It returns
// the place and the person, whose role is the title.
func (t CombinedTagger) titledPlaceName(d *Doc, m Mention) (Mention, Mention, bool) {
	if m.Kind == Person || m.Last-m.First < 2 {
		return Mention{}, Mention{}, false
	}
	title, p := -1, -1
	if w := d.Tokens[m.First].Text; (titleWords[lower(w)] || lower(w) == "sultan") && isCap(w) { // "Sultan" is also a given name: only "Sultan of"
		for k := m.First + 1; k < m.Last-1; k++ {
			if lower(d.Tokens[k].Text) == "of" {
				title, p = m.First, k+1
				break
			}
		}
	} else if m.First >= 2 {
		b := m.First - 1
		if lower(d.Tokens[b].Text) == "the" {
			b--
		}
		if b >= 1 && lower(d.Tokens[b].Text) == "of" {
			for k := b - 1; k >= 0 && k >= b-9; k-- {
				if w := d.Tokens[k].Text; titleWords[lower(w)] && isCap(w) {
					title, p = k, m.First
					break
				}
				if w := d.Tokens[k].Text; w == "." || w == "," {
					break
				}
			}
		}
	}
	if title < 0 || m.Last < len(d.Tokens) && isCap(d.Tokens[m.Last].Text) {
		return Mention{}, Mention{}, false // "the US Senate Foreign Relations Committee": a longer name
	}
	if p < m.Last && lower(d.Tokens[p].Text) == "the" {
		p++
	}
	for q := m.Last - 1; q > p; q-- {
		place := d.Text[d.Tokens[p].Start:d.Tokens[q-1].End]
		if !t.Rules.isMajorPlace(place) && !(q-p == 1 && allCaps(place) && len(place) <= 5) {
			continue
		}
		if m.Last-q > 4 {
			break
		}
		for k := q; k < m.Last; k++ {
			w := d.Tokens[k].Text
			if lw := lower(w); !isCap(w) || orgSuffixes[lw] || deptWords[lw] || titleWords[lw] {
				return Mention{}, Mention{}, false
			}
		}
		if t.Rules.isMajorPlace(d.Text[d.Tokens[q].Start:m.End]) {
			break
		}
		if m.Last-q == 1 && m.Last+1 < len(d.Tokens) && lower(d.Tokens[m.Last].Text) == "and" && isCap(d.Tokens[m.Last+1].Text) {
			break // "the Minister of Canadian Identity and Culture": a portfolio
		}
		return mention(d, p, q, Location, ""), mention(d, q, m.Last, Person, d.Text[d.Tokens[title].Start:d.Tokens[q-1].End]), true
	}
	return Mention{}, Mention{}, false
}

// portfolioName returns the person at the end of a non-person mention that
// opens with the portfolio of a title written just before it: "Minister of
// [State for] External Affairs Pabitra Margherita", "Minister of State
// Pabitra Margherita". The name is two to four capitalised words that are
// no portfolio, title or organisation.
func portfolioName(d *Doc, m Mention) (Mention, bool) {
	if m.Kind == Person || m.First < 2 {
		return Mention{}, false
	}
	if pw := lower(d.Tokens[m.First-1].Text); pw != "of" && pw != "for" && (pw != "and" || !deptWords[lower(d.Tokens[m.First-2].Text)]) {
		return Mention{}, false // "Minister of Electricity and Renewable Energy Hisham Abdel Ghaffar" too
	}
	title := -1
	for k := m.First - 2; k >= 0 && k >= m.First-6; k-- {
		w := d.Tokens[k].Text
		if titleWords[lower(w)] && isCap(w) {
			title = k
			break
		}
		if lw := lower(w); !isCap(w) && lw != "of" && lw != "for" && lw != "and" {
			break
		}
	}
	if title < 0 {
		return Mention{}, false
	}
	p := m.First
	for p < m.Last && (deptWords[lower(d.Tokens[p].Text)] || lower(d.Tokens[p].Text) == "and" || d.Tokens[p].Text == "&" ||
		p > m.First && (d.Tokens[p].Text == "for" || d.Tokens[p].Text == "of") || // "State for Home Rajendra Pal"
		roleModifiers[lower(d.Tokens[p].Text)] && p+1 < m.Last && deptWords[lower(d.Tokens[p+1].Text)]) { // "European Integration Taras Kachka"
		p++
	}
	if p < m.Last && lower(d.Tokens[p-1].Text) == "and" {
		// "Foreign Affairs and East African Cooperation Neema Juma Mfinanga":
		// the portfolio goes on to its last department word
		for q := p; q < m.Last-2 && q <= p+3; q++ {
			if deptWords[lower(d.Tokens[q].Text)] {
				p = q + 1
			}
		}
	}
	if p == m.First || m.Last-p < 2 || m.Last-p > 4 || m.Last < len(d.Tokens) && isCap(d.Tokens[m.Last].Text) {
		return Mention{}, false
	}
	for k := p; k < m.Last; k++ {
		w := d.Tokens[k].Text
		if lw := lower(w); !isCap(w) || !isWordish(w) || deptWords[lw] || titleWords[lw] || orgSuffixes[lw] {
			return Mention{}, false
		}
	}
	return mention(d, p, m.Last, Person, d.Text[d.Tokens[title].Start:d.Tokens[p-1].End]), true
}

// titledAfterPlace reports whether m is a plain name of two to four words
// right after the place pl of a title: "Ararat Mirzoyan" after "Minister of
// Foreign Affairs of the Republic of Armenia".
func titledAfterPlace(d *Doc, pl, m Mention) bool {
	if pl.Kind != Location || pl.Last != m.First || m.Last-m.First < 2 || m.Last-m.First > 4 || !plainName(d, m) ||
		m.Last < len(d.Tokens) && isCap(d.Tokens[m.Last].Text) {
		return false
	}
	b := pl.First - 1
	if b >= 0 && lower(d.Tokens[b].Text) == "the" {
		b--
	}
	return b >= 1 && lower(d.Tokens[b].Text) == "of" && titleBefore(d, b, 8) >= 0
}

// portfolioHead reports whether m is the first portfolio of a list that a
// title ends: "Economy" of "Economy, Trade and Industry Minister". Every word
// of m and of the list after its comma is a portfolio word, and "and" joins
// the list's last word.
func portfolioHead(d *Doc, m Mention) bool {
	for k := m.First; k < m.Last; k++ {
		if !deptWords[lower(d.Tokens[k].Text)] || !isCap(d.Tokens[k].Text) {
			return false
		}
	}
	if m.Last >= len(d.Tokens) || d.Tokens[m.Last].Text != "," {
		return false
	}
	and, dept := false, false
	for k := m.Last + 1; k < len(d.Tokens) && k <= m.Last+8; k++ {
		w := d.Tokens[k].Text
		lw := lower(w)
		switch {
		case lw == "and" || w == "&":
			and = true
		case w == ",":
		case titleWords[lw] && isCap(w) && !deptWords[lw]:
			return and && dept && lower(d.Tokens[k-1].Text) != "and" // not "Foreign Affairs, and Dr Sultan"
		case !deptWords[lw] || !isCap(w):
			return false
		default:
			dept = true
		}
	}
	return false
}

// titleBefore returns the capitalised title word that a run of capitalised
// words and "of", "for", "and", "the" joins to the token before k:
// "Speaker of the", "Principal Secretary for Foreign Affairs". It looks back
// at most span tokens and returns -1 if there is none.
func titleBefore(d *Doc, k, span int) int {
	for j := k - 1; j >= 0 && j >= k-span; j-- {
		w := d.Tokens[j].Text
		lw := lower(w)
		if titleWords[lw] && isCap(w) {
			return j
		}
		if !isCap(w) && lw != "of" && lw != "for" && lw != "and" && lw != "the" || !isWordish(w) {
			return -1
		}
	}
	return -1
}

// countryOwnedName reports whether m, a plain name of two or three words
// that opens with a known given name, follows a country's possessive:
// "Serbia's Petar Petković" is a person, whatever the tagger said.
func (t CombinedTagger) countryOwnedName(d *Doc, m Mention) bool {
	if m.First < 2 || m.Last-m.First < 2 || m.Last-m.First > 3 || !isPossessiveClitic(lower(d.Tokens[m.First-1].Text)) ||
		countryOf(t.Rules.Gazetteer, d.Tokens[m.First-2].Text) == "" || !plainName(d, m) || !t.Rules.Names.Known(d.Tokens[m.First].Text) {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		if lw := lower(d.Tokens[k].Text); orgHeads[lw] || orgWords[lw] || firmNouns[lw] || orgSuffixes[lw] {
			return false
		}
	}
	return true
}

// ownedTitleBefore reports whether a lower-case title owned by a body ends
// right before the comma at k: "the union's general secretary, Lim Wei Ling".
func ownedTitleBefore(d *Doc, k int) bool {
	if k < 3 || !titleWords[lower(d.Tokens[k-1].Text)] || !isLowerWord(d.Tokens[k-1].Text) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if isPossessiveClitic(lower(d.Tokens[j].Text)) {
			return true
		}
		if !isLowerWord(d.Tokens[j].Text) {
			return false
		}
	}
	return false
}

// roleWithin reports whether a title word, in any case, stands in the span
// tokens before k with only lower-case words between: "councillor for
// investment" (not "chairman Arvind Menon hosted").
func roleWithin(d *Doc, k, span int) bool {
	for j := k - 1; j >= 0 && j >= k-span; j-- {
		w := d.Tokens[j].Text
		if titleWords[lower(w)] {
			return true
		}
		if !isLowerWord(w) || triggers[lower(w)].direct {
			return false
		}
	}
	return false
}

// bodyHeadName splits a non-person mention that runs the body of a title
// into the name after it: "Turkish Grand National Assembly Hüseyin Cahit
// Özdemir" after "Speaker of the". The name is two to four capitalised
// words after the body's last head word ("Assembly", "Council", "Bank")
// that are no place, title, portfolio or organisation.
func (t CombinedTagger) bodyHeadName(d *Doc, m Mention) (Mention, Mention, bool) {
	if m.Kind == Person || m.First < 2 || m.Last < len(d.Tokens) && isCap(d.Tokens[m.Last].Text) {
		return Mention{}, Mention{}, false
	}
	title := titleBefore(d, m.First, 5)
	if title < 0 || title == m.First-1 {
		return Mention{}, Mention{}, false // "Speaker Assembly ..." has no "of" to a body
	}
	head := -1
	for k := m.First; k < m.Last-2; k++ {
		if lw := lower(d.Tokens[k].Text); orgSuffixes[lw] || orgHeads[lw] || bodyHeads[lw] || k > m.First && lower(d.Tokens[k-1].Text) == "of" && memberPlurals[lw] {
			head = k // (and "Chairman of the Cabinet of Ministers Adylbek Kasymaliev")
		}
	}
	if head < 0 || m.Last-head-1 > 4 {
		return Mention{}, Mention{}, false
	}
	pe := mention(d, head+1, m.Last, Person, d.Text[d.Tokens[title].Start:d.Tokens[head].End])
	for k := pe.First; k < pe.Last; k++ {
		if lw := lower(d.Tokens[k].Text); orgHeads[lw] || lw == "of" {
			return Mention{}, Mention{}, false
		}
	}
	if !plainName(d, pe) || t.Rules.isPlace(pe.Text) {
		return Mention{}, Mention{}, false
	}
	return mention(d, m.First, head+1, Organization, ""), pe, true
}

// memberPlurals end the names of bodies after "of": "the Cabinet of
// Ministers", "the Council of Elders".
var memberPlurals = wordSet(`ministers deputies representatives commissioners directors governors elders ministries`)

// titleAppositive reports whether the mention m of two to four plain
// capitalised words stands between commas right after a title and its
// portfolio: "Principal Secretary for Foreign Affairs, Zawadi Achieng
// Odhiambo, spoke". A name, not a body, is written there.
// personAppositive reports whether m, a plain name of two or three words
// that opens with a known given name, is followed by an apposition that
// gives a person's job: "Tan Wei Ming, a partner at ...", "Ana Ruiz, the
// club's director".
func (t CombinedTagger) personAppositive(d *Doc, m Mention) bool {
	if m.Last-m.First < 2 || m.Last-m.First > 4 || m.Last+2 >= len(d.Tokens) || d.Tokens[m.Last].Text != "," ||
		!plainName(d, m) || !t.Rules.Names.KnownFolded(d.Tokens[m.First].Text) && !jobAt(d, m.Last+1) || t.Rules.isPlace(m.Text) {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		if lw := lower(d.Tokens[k].Text); orgHeads[lw] || orgWords[lw] || firmNouns[lw] {
			return false
		}
	}
	if w := d.Tokens[m.Last+1].Text; w == "who" {
		return true // "Mariana Ferraz Pimentel Sousa, who has run the family firm"
	}
	if age, err := strconv.Atoi(d.Tokens[m.Last+1].Text); err == nil && age >= 18 && age <= 100 && m.Last+3 < len(d.Tokens) && d.Tokens[m.Last+2].Text == "," &&
		(determiners[lower(d.Tokens[m.Last+3].Text)] || lower(d.Tokens[m.Last+3].Text) == "a" || lower(d.Tokens[m.Last+3].Text) == "an" || lower(d.Tokens[m.Last+3].Text) == "who") {
		return true // "Luís Miguel Ferraz Pimentel, 78, the company's honorary chairman"
	}
	if m.Last-m.First > 3 {
		return false // a job in apposition asks more: a name of two or three words,
	}
	known := t.Rules.Names.Known(d.Tokens[m.First].Text) // a given name as written,
	if !known && !jobAt(d, m.Last+1) {
		return false // or a person's job at a place of work: "Lim Wei Jie, a researcher at a think-tank"
	}
	if det := lower(d.Tokens[m.Last+1].Text); det != "a" && det != "an" && det != "the" {
		return false
	}
	for k := m.Last + 2; k < len(d.Tokens) && k <= m.Last+5; k++ {
		w := d.Tokens[k].Text
		if lw := lower(w); isLowerWord(w) && (titleWords[lw] || occupationWords[lw] || lw == "partner") {
			return true
		}
		if isPunct(w) {
			return false
		}
	}
	return false
}

// jobAt reports whether the words from k are "a" or "an", a person's job
// and "at", "with" or "for": "a researcher at", "an analyst with".
func jobAt(d *Doc, k int) bool {
	if k+3 >= len(d.Tokens) || lower(d.Tokens[k].Text) != "a" && lower(d.Tokens[k].Text) != "an" {
		return false
	}
	j := k + 1
	if isLowerWord(d.Tokens[j].Text) && !occupationWords[lower(d.Tokens[j].Text)] {
		j++ // "a senior researcher at"
	}
	p := lower(d.Tokens[j+1].Text)
	return occupationWords[lower(d.Tokens[j].Text)] && (p == "at" || p == "with" || p == "for")
}

func (t CombinedTagger) titleAppositive(d *Doc, m Mention) bool {
	if m.First < 3 || m.Last-m.First < 2 || m.Last-m.First > 4 || m.Last >= len(d.Tokens) || d.Tokens[m.First-1].Text != "," {
		return false
	}
	if next := d.Tokens[m.Last].Text; next != "," && !isLowerWord(next) {
		return false
	}
	if titleBefore(d, m.First-1, 7) < 0 && !ownedTitleBefore(d, m.First-1) || !plainName(d, m) || t.Rules.isPlace(m.Text) {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		if orgHeads[lower(d.Tokens[k].Text)] {
			return false
		}
	}
	return true
}

// splitAtVerbs splits a person mention at a lower-case word that is no name
// particle: a statistical tagger may run one name into the next ("Leyen said
// de Meo").
func splitAtVerbs(d *Doc, ms []Mention) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.Kind != Person {
			out = append(out, m)
			continue
		}
		start := m.First
		for k := m.First; k <= m.Last; k++ {
			if k < m.Last {
				t := d.Tokens[k].Text
				if !isLowerWord(t) || nameJoiners[t] || surnameParticles[t] {
					continue
				}
			}
			if start < k {
				role := ""
				if start == m.First {
					role = m.Role
				}
				out = append(out, mention(d, start, k, Person, role))
			}
			start = k + 1
		}
	}
	return out
}

// particles join the parts of one name that a tagger may split: "Mohammed
// bin Salman", "Tamim bin Hamad", "Abdel Fattah el-Sisi".
var particles = wordSet(`bin binti ibn bint ben a/l a/p s/o d/o ould ap ferch van von den der ten ter de da do dos das du del della dela delos`)

// joinPlaces joins two place mentions that the trained tagger split at the
// lower-case particle inside a place name: "Dar" "es" "Salaam" is Dar es
// Salaam, when the gazetteer knows the whole (the second part may be taken
// for a person's name). It also joins an elided article to the place
// before it: "Quai" "d'Orsay".
func (t CombinedTagger) joinPlaces(d *Doc, ms []Mention) []Mention {
	out := ms[:0:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if e := t.countryAfterAnd(d, m); e > m.Last {
			// "Saint Vincent and the Grenadines", "Trinidad and Tobago": a
			// country whose name has "and" in it, whatever the tagger made
			// of its parts
			out = append(out, mention(d, m.First, e, Location, ""))
			for i+1 < len(ms) && ms[i+1].First < e {
				i++
			}
			continue
		}
		if m.Kind == Location && i+1 < len(ms) && (ms[i+1].Kind == Location || ms[i+1].Kind == Person && ms[i+1].Last-ms[i+1].First == 1) {
			n := ms[i+1]
			gap := n.First - m.Last
			ok := gap >= 1 && gap <= 2
			for k := m.Last; ok && k < n.First; k++ {
				ok = nameParticles[d.Tokens[k].Text] || d.Tokens[k].Text == "and" // "Bosnia and Herzegovina"
			}
			if ok && t.Rules.isPlace(d.Text[d.Tokens[m.First].Start:d.Tokens[n.Last-1].End]) {
				out = append(out, mention(d, m.First, n.Last, Location, ""))
				i++
				continue
			}
		}
		if m.Kind == Location && m.Last < len(d.Tokens) && elided(d.Tokens[m.Last].Text) && (i+1 == len(ms) || ms[i+1].First > m.Last) &&
			t.Rules.isPlace(d.Text[m.Start:d.Tokens[m.Last].End]) {
			m = mention(d, m.First, m.Last+1, Location, "") // "Quai" "d'Orsay"
		}
		out = append(out, m)
	}
	return out
}

// officeTitle reports whether role is the capitalised name of an office
// with an "of": "Head of Government", "Minister of Foreign Affairs".
func officeTitle(role string) bool {
	f := strings.Fields(role)
	t := 0
	for t < len(f) && t < 2 && !titleWords[lower(f[t])] {
		t++ // "Hungarian Minister of Foreign Affairs and Trade"
	}
	if len(f)-t < 3 || !titleWords[lower(f[t])] || !contains(f, "of") {
		return false
	}
	for _, w := range f {
		if w != "of" && w != "the" && w != "and" && w != "for" && !isCap(w) {
			return false
		}
	}
	return true
}

// countryAfterAnd returns the end of the country name that runs from m's
// first token over an "and" after m ("Saint Vincent" "and the Grenadines"),
// or -1.
func (t CombinedTagger) countryAfterAnd(d *Doc, m Mention) int {
	if m.Last >= len(d.Tokens) || d.Tokens[m.Last].Text != "and" || m.Kind == Organization {
		return -1
	}
	for e := minInt(len(d.Tokens), m.Last+4); e > m.Last+1; e-- {
		if isCap(d.Tokens[e-1].Text) && t.Rules.isCountryName(d.Text[d.Tokens[m.First].Start:d.Tokens[e-1].End]) {
			return e
		}
	}
	return -1
}

// elided reports whether w is a name with an elided French or Italian
// article before it: "d'Orsay", "l'Élysée", "dell'Arte".
func elided(w string) bool {
	for _, p := range []string{"d'", "l'", "d’", "l’", "dell'", "dell’"} {
		if rest, ok := strings.CutPrefix(w, p); ok && isCap(rest) {
			return true
		}
	}
	return false
}

// bodyAcronyms returns the short names written in brackets after the name
// of a body or place, not a person: "Tanzania-Zambia Railway (Tazara)",
// "Board of Control for Cricket in India (BCCI)".
func bodyAcronyms(d *Doc, ms []Mention) map[string]bool {
	person := make([]bool, len(d.Tokens))
	for _, m := range ms {
		if m.Kind == Person {
			for k := m.First; k < m.Last; k++ {
				person[k] = true
			}
		}
	}
	var out map[string]bool
	for k := 3; k+1 < len(d.Tokens); k++ {
		if d.Tokens[k-1].Text != "(" || d.Tokens[k+1].Text != ")" || !isCap(d.Tokens[k].Text) || person[k-2] ||
			!isCap(d.Tokens[k-2].Text) || !isCap(d.Tokens[k-3].Text) && !prepositions[lower(d.Tokens[k-3].Text)] && !nameParticles[d.Tokens[k-3].Text] {
			// ("Council of Governors (CoG)" too)
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[d.Tokens[k].Text] = true
	}
	return out
}

// titlesOnly reports whether every word of m is a title or an honorific.
func titlesOnly(d *Doc, m Mention) bool {
	title := false
	for k := m.First; k < m.Last; k++ {
		w := lower(d.Tokens[k].Text)
		if !titleWords[w] && !honorifics[w] && w != "royal" && !(roleModifiers[w] && k < m.Last-1) {
			return false // but "Special Representative" is a title too
		}
		title = title || !roleModifiers[w] // a title word, not only its modifiers
	}
	return title
}

// titledName returns the person named after a capitalised title inside m
// ("Taipei Mayor Chiang Wan-an", "Deutsche Bank Chief Executive Christian
// Sewing"), with the words before the name as the role.
func titledName(d *Doc, m Mention, names *GivenNames) (Mention, bool) {
	last := -1
	for k := m.First + 1; k < m.Last-1; k++ {
		if w := lower(d.Tokens[k].Text); titleWords[w] && isCap(d.Tokens[k].Text) && !pluralWords[w] && w != "general" { // "UN General Assembly"
			last = k
		}
	}
	if last < 0 {
		return Mention{}, false
	}
	first := last + 1
	for first < m.Last && isCap(d.Tokens[first].Text) && (titleWords[lower(d.Tokens[first].Text)] || roleModifiers[lower(d.Tokens[first].Text)]) {
		first++ // "Chief Executive"
	}
	if first >= m.Last {
		return Mention{}, false
	}
	if w := lower(d.Tokens[first].Text); m.Last-first < 2 && (names == nil || !names.Known(d.Tokens[first].Text) || orgHeads[w] || orgSuffixes[w] || facilityWords[w]) {
		return Mention{}, false // one word after a title is too often a thing: "Speaker Assembly" (but "Ecumenical Patriarch Bartholomew")
	}
	for k := first; k < m.Last; k++ {
		if w := lower(d.Tokens[k].Text); !isCap(d.Tokens[k].Text) || isPossessiveClitic(w) || orgSuffixes[w] || deptWords[w] {
			return Mention{}, false
		}
	}
	return mention(d, first, m.Last, Person, d.Text[m.Start:d.Tokens[first-1].End]), true
}

// familyNameHe adds the family name "He" alone, inside a sentence, when
// the article names a person He in full: "met Bessent and He separately"
// after "Vice Premier He Lifeng".
func familyNameHe(d *Doc, ms []Mention) []Mention {
	named := false
	for _, m := range ms {
		named = named || m.Kind == Person && m.Last-m.First > 1 && d.Tokens[m.First].Text == "He"
	}
	if !named {
		return ms
	}
	in := inMentions(d, ms)
	added := false
	for k := 1; k < len(d.Tokens); k++ {
		if d.Tokens[k].Text == "He" && !in[k] && (isLowerWord(d.Tokens[k-1].Text) || d.Tokens[k-1].Text == ",") {
			ms = append(ms, mention(d, k, k+1, Person, ""))
			added = true
		}
	}
	if added {
		sortMentions(ms)
	}
	return ms
}

// clubPrefixes open the name of a sports club: "FBC Misti", "Club Atlético
// Chuquiago", "Deportivo Inca".
var clubPrefixes = wordSet(`club fc fbc cf sc ac cd afc ssc sd ca deportivo atlético atletico sporting racing olympique dynamo dinamo`)

// clubNames makes organisations of the sports clubs a tagger took for
// people ("FBC" "Misti", "Atlético Chuquiago"), and of the same names alone
// elsewhere in the article ("Misti president X", "his Chuquiago
// counterpart").
func clubNames(d *Doc, ms []Mention) []Mention {
	clubs := map[string]bool{}
	for i, m := range ms {
		if m.Kind == Organization && m.Last-m.First > 1 && clubPrefixes[lower(d.Tokens[m.First].Text)] && isCap(d.Tokens[m.First].Text) {
			clubs[Fold(d.Text[d.Tokens[m.Last-1].Start:m.End])] = true // "Misti" of "FBC Misti"
			continue
		}
		if m.Kind != Person || m.Role != "" {
			continue
		}
		f := m.First
		if f > 0 && clubPrefixes[lower(d.Tokens[f-1].Text)] && isCap(d.Tokens[f-1].Text) && d.Tokens[f-1].End+1 == d.Tokens[f].Start && (i == 0 || ms[i-1].Last < f) {
			f-- // "FBC" "Misti"
		} else if !(clubPrefixes[lower(d.Tokens[f].Text)] && m.Last-m.First > 1 && len(d.Tokens[f].Text) > 3) {
			continue
		}
		ms[i] = mention(d, f, m.Last, Organization, "")
		clubs[Fold(d.Text[d.Tokens[m.Last-1].Start:m.End])] = true // "Chuquiago" of "Atlético Chuquiago"
		if m.Last-f > 1 {
			clubs[Fold(d.Text[d.Tokens[f+1].Start:m.End])] = true // "Atlético Chuquiago" of "Club Atlético Chuquiago"
		}
	}
	if len(clubs) == 0 {
		return ms
	}
	for i, m := range ms {
		if m.Kind == Person && m.Role == "" && clubs[Fold(m.Text)] {
			ms[i].Kind = Organization
		}
	}
	return ms
}

// clericalStyles are the clerical and parliamentary styles that "Very", "Most"
// or "Right" open: "Very Rev.", "Most Reverend", "Right Hon.".
var clericalStyles = wordSet(`rev. rev reverend hon. hon honourable honorable`)

// titlesBetween reports whether tokens [i, j) are all titles.
func titlesBetween(d *Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if !titleWords[lower(d.Tokens[k].Text)] && !clericalStyles[lower(d.Tokens[k].Text)] {
			return false
		}
	}
	return true
}

// roleWords drops a one-word person mention that opens the role of the
// person after it: "Very" of "Very Rev. Fr. Martin Bayor".
func roleWords(d *Doc, ms []Mention) []Mention {
	out := ms[:0]
	for i, m := range ms {
		if m.Kind == Person && m.Last-m.First == 1 && i+1 < len(ms) && ms[i+1].Kind == Person && m.Last < len(d.Tokens) &&
			clericalStyles[lower(d.Tokens[m.Last].Text)] && ms[i+1].First > m.Last && ms[i+1].First-m.Last <= 3 && titlesBetween(d, m.Last, ms[i+1].First) {
			continue // (not "Putin" of "Putin envoy Kirill Dmitriev")
		}
		out = append(out, m)
	}
	return out
}

// regnalNumbers joins a regnal number to the name before it: "King
// Mswati" "III", where the tagger took the number alone for a body. A
// number that opens a longer name ("King Mswati III International Airport")
// is left to it.
func regnalNumbers(d *Doc, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if k := m.Last; m.Kind == Person && k < len(d.Tokens) && len(d.Tokens[k].Text) > 1 && romanNumeral(d.Tokens[k].Text) && d.Tokens[k-1].End+1 == d.Tokens[k].Start {
			next := i+1 < len(ms) && ms[i+1].First == k
			if !next || ms[i+1].Last == k+1 {
				m = mention(d, m.First, k+1, Person, m.Role)
				if next {
					i++
				}
			} else {
				// "King Mswati III International Airport": a place named
				// after the king, title and all, is no mention of him.
				f := m.First
				for f > 0 && m.Role != "" && d.Tokens[f-1].Start >= m.Start-len(m.Role)-1 && isCap(d.Tokens[f-1].Text) {
					f--
				}
				i++
				m = mention(d, f, ms[i].Last, ms[i].Kind, "")
			}
		}
		out = append(out, m)
	}
	return out
}

// familyWords name a relative right before a name: "his spouse Wan Azizah
// Wan Ismail".
var familyWords = wordSet(`wife husband spouse son daughter brother sister mother father widow niece nephew grandson granddaughter`)

// plainName reports whether every word of m is a capitalised word that
// no organisation or title is made of.
func plainName(d *Doc, m Mention) bool {
	for k := m.First; k < m.Last; k++ {
		t := d.Tokens[k].Text
		initials := k == m.First && k+1 < m.Last && len(t) <= 3 && !allCaps(d.Tokens[k+1].Text) // "JB Pritzker"
		if w := lower(t); !isCap(t) || !isWordish(t) || orgSuffixes[w] || deptWords[w] || titleWords[w] || allCaps(t) && !initials {
			return false
		}
	}
	return true
}

// pluralTitle reports whether w is a title in the plural: "Governors",
// "Ministers".
func pluralTitle(w string) bool {
	return isCap(w) && pluralTitleWord(lower(w))
}

// pluralTitleWord reports whether the lower-case word lw is a title in the
// plural: "actors", "governors".
func pluralTitleWord(lw string) bool {
	return len(lw) > 3 && strings.HasSuffix(lw, "s") && titleWords[lw[:len(lw)-1]]
}

// geoHeads open the names of lakes, rivers and regions of the world: "Lake
// Titicaca", "Mount Kenya", "West Africa", "Latin America".
var geoHeads = wordSet(`lake mount gulf cape north south east west northern southern eastern western central latin`)

// worldRegions are one-word regions no gazetteer of countries and cities
// holds.
var worldRegions = wordSet(`pacific atlantic arctic antarctic sahel balkans caribbean caucasus maghreb levant mediterranean`)

// geoName reports whether the person mention m is the name of a region, lake
// or mountain: "West Africa", "Latin America", "Lake Titicaca", "Pacific".
func geoName(d *Doc, m Mention) bool {
	if m.Role != "" {
		return false
	}
	if m.Last-m.First == 1 {
		return worldRegions[lower(m.Text)]
	}
	return geoHeads[lower(d.Tokens[m.First].Text)]
}

// postNominals are letters written after a name: "Billy Downer SC", "Keir
// Starmer KC", "Femi Falana SAN", "Jane Smith MP".
var postNominals = wordSet(`SC QC KC SAN MP MEP MLA MPP MSP OBE MBE CBE KBE`)

// pluralAcronym reports whether w is an acronym in the plural: "MPs",
// "MEPs", "CEOs".
func pluralAcronym(w string) bool {
	n := len(w)
	return n >= 3 && w[n-1] == 's' && allCaps(w[:n-1])
}

// outletTail reports whether the mention m ends the outlet's name o that the
// words before it complete: "Era" of "told New Era".
func outletTail(d *Doc, m Mention, o string) bool {
	n := strings.Count(o, " ")
	if n == 0 || m.First < n {
		return false
	}
	for b := m.First - 1; b >= 0 && b >= m.First-n; b-- {
		if Fold(d.Text[d.Tokens[b].Start:m.End]) == o {
			return true
		}
	}
	return false
}

// datelineName returns, folded, the name in capitals that opens the article
// as its dateline ("TAN LOC, Quang Ngai —", "NUKU'ALOFA —"), or "".
func datelineName(d *Doc) string {
	k := 0
	for k < len(d.Tokens) && k < 4 && allCaps(d.Tokens[k].Text) {
		k++
	}
	if k == 0 || k >= len(d.Tokens) {
		return ""
	}
	if t := d.Tokens[k].Text; t != "," && t != "(" && !datelineDashes[t] {
		return ""
	}
	return Fold(d.Text[d.Tokens[0].Start:d.Tokens[k-1].End])
}

// venueLocality reports whether the one-word mention m names the district
// of the venue just before it: "at the Government House, Agodi, and".
func venueLocality(d *Doc, before []Mention, m Mention) bool {
	if len(before) == 0 || m.First < 2 || m.Last >= len(d.Tokens) || d.Tokens[m.First-1].Text != "," {
		return false
	}
	if next := d.Tokens[m.Last].Text; next != "," && next != "." {
		return false
	}
	p := before[len(before)-1]
	if p.Kind != Location || p.Last != m.First-1 {
		return false
	}
	head := lower(d.Tokens[p.Last-1].Text)
	return facilityWords[head] || head == "house" || head == "lodge" || head == "villa"
}

// venuePreps open a place with "the": "at the Amiri Diwan", "in the Oval Office".
var venuePreps = wordSet(`at in inside outside`)

// allTitles reports whether every word of m is a title word: "Crown Prince",
// "Prime Minister".
func allTitles(d *Doc, m Mention) bool {
	for k := m.First; k < m.Last; k++ {
		if !titleWords[lower(d.Tokens[k].Text)] {
			return false
		}
	}
	return m.Last > m.First
}

// definiteTitle reports whether m is a capitalised title after "the" (or
// opening with "The") that ends in a title word and names no body: "The
// Coordinating Director", "the Regional Minister".
func definiteTitle(d *Doc, m Mention) bool {
	f := m.First
	if lower(d.Tokens[f].Text) == "the" {
		f++
	} else if f == 0 || lower(d.Tokens[f-1].Text) != "the" {
		return false
	}
	if m.Last-f < 2 || m.Last-f > 3 || !titleWords[lower(d.Tokens[m.Last-1].Text)] {
		return false
	}
	for k := f; k < m.Last; k++ {
		w := lower(d.Tokens[k].Text)
		if !isCap(d.Tokens[k].Text) || orgHeads[w] || orgSuffixes[w] || facilityWords[w] || deptWords[w] && m.Kind != Location || w == "of" {
			return false // (a portfolio in a title taken for a place, "the Chief Education Officer", is the title's)
		}
	}
	return true
}

// appositiveTitle reports whether m is a capitalised title of two or three
// words, the last a title word, between a comma and a list's or sentence's
// punctuation: "Dr Peter Mwangi, Municipal Manager;".
func appositiveTitle(d *Doc, m Mention) bool {
	if m.First == 0 || d.Tokens[m.First-1].Text != "," || m.Last-m.First < 2 || m.Last-m.First > 3 || !titleWords[lower(d.Tokens[m.Last-1].Text)] {
		return false
	}
	if m.Last < len(d.Tokens) && !strings.Contains(";.(,", d.Tokens[m.Last].Text) {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		w := lower(d.Tokens[k].Text)
		if !isCap(d.Tokens[k].Text) || orgHeads[w] || orgSuffixes[w] || facilityWords[w] {
			return false
		}
	}
	return true
}

// givenNameIn reports whether a word of m is a known given name.
func (t CombinedTagger) givenNameIn(d *Doc, m Mention) bool {
	for k := m.First; k < m.Last; k++ {
		if t.Rules.Names.Known(d.Tokens[k].Text) { // (a nil list knows no name)
			return true
		}
	}
	return false
}

// honorifics open a title in formal copy: "Respected Comrade Kim Jong Un",
// "His Highness Sheikh Mohamed", "Honourable Minister X".
var honorifics = wordSet(`respected honourable honorable excellency highness majesty his her`)

// innerHonorifics stand inside some names between a given name and a
// surname: "Hassan Sheikh Mohamud".
var innerHonorifics = wordSet(`Sheikh Shaikh Sheik`)

// middleName reports whether a capitalised word between two names that a
// tagger split there is part of one name: "Said" in "Fatuma Said Abdalla"
// (mid-sentence, not the verb), not a title, weekday or function word.
func middleName(w string) bool {
	lw := lower(w)
	return isCap(w) && !allCaps(w) && isWordish(w) && !titleWords[lw] && !capStops[lw] && !dateWords[lw] && !frontWords[lw]
}

// hyphenParticle reports a surname with an Arabic article: "al-Sisi",
// "el-Sisi", "al-Sharaa".
func hyphenParticle(t string) bool {
	for _, p := range []string{"al-", "el-", "Al-", "El-"} {
		if strings.HasPrefix(t, p) && len(t) > len(p) && isCap(t[len(p):]) {
			return true
		}
	}
	return false
}

// namePrefixes makes a person of each mention taken for a place or an
// organisation whose words begin a person's full name and open with a
// known given name: "did not meet Hassan Sheikh" after "Hassan Sheikh
// Mohamud".
func (t CombinedTagger) namePrefixes(d *Doc, out []Mention) {
	prefixes := map[string]bool{}
	for _, m := range out {
		for k := m.First + 2; m.Kind == Person && k < m.Last; k++ {
			prefixes[d.Text[m.Start:d.Tokens[k-1].End]] = true
		}
	}
	for i, m := range out {
		if m.Kind != Person && m.Last-m.First > 1 && prefixes[m.Text] && t.Rules.Names != nil && t.Rules.Names.Known(d.Tokens[m.First].Text) && !t.Rules.isPlace(m.Text) {
			out[i] = mention(d, m.First, m.Last, Person, "")
		}
	}
}

// placeSense makes a place of a lone person mention whose text the
// article names as a place at least twice elsewhere, and which the
// gazetteer places: "Riyadh, Jeddah, Al Khobar, Abha and Neom" after "in
// Al Khobar" twice.
func (t CombinedTagger) placeSense(d *Doc, ms []Mention) {
	// Where one flies, or is from on a flight, is a place, wherever the
	// article names it: "will fly over to Cayman Brac", "his flight from
	// Grand Cayman", "Dr Hannah Ritch in Grand Cayman".
	went := map[string]bool{}
	for _, m := range ms {
		if m.Kind == Person && m.Role == "" && (flownTo(d, m) || t.inPlace(d, m)) && !(m.Last < len(d.Tokens) && isPossessiveClitic(d.Tokens[m.Last].Text)) {
			went[PersonKey(m.Text)] = true
		}
	}
	for i, m := range ms {
		if m.Kind == Person && m.Role == "" && went[PersonKey(m.Text)] {
			ms[i].Kind = Location
		}
	}
	loc, per := map[string]int{}, map[string]int{}
	for _, m := range ms {
		switch m.Kind {
		case Location:
			loc[m.Text]++
		case Person:
			per[m.Text]++
		}
	}
	for i, m := range ms {
		if m.Kind == Person && per[m.Text] == 1 && loc[m.Text] >= 2 && m.Role == "" && t.Rules.isPlace(m.Text) {
			ms[i].Kind = Location
		}
	}
}

// schoolYears name a year of school before its number: "Form Four",
// "Standard Seven", "Grade Eleven".
var schoolYears = wordSet(`form standard grade class year primary secondary`)

// platforms are online services that stories name where places stand
// ("on Facebook", "via Zoom").
var platforms = wordSet(`facebook instagram twitter tiktok youtube whatsapp telegram linkedin snapchat zoom skype viber signal wechat weibo reddit threads bluesky`)

// questionAux reports whether token k is an auxiliary that opens a
// question, at the start of its sentence or after a speaker's label: "Will
// Petro meet Trump?", "Colombia One: Did Noboa call?".
func questionAux(d *Doc, k int) bool {
	switch lower(d.Tokens[k].Text) {
	case "will", "did", "does", "can", "could", "would", "should", "has", "have", "is", "was":
	default:
		return false
	}
	s := d.Sentences[sentenceAt(d, k)]
	if k != s.First && d.Tokens[k-1].Text != ":" {
		return false
	}
	return d.Tokens[s.Last-1].Text == "?"
}

// titleRunBefore returns the capitalised title words right before token f
// ("President", "Deputy Prime Minister"), or "".
func titleRunBefore(d *Doc, f int) string {
	b := f
	for b > 0 && b > f-4 && isCap(d.Tokens[b-1].Text) && (titleWords[lower(d.Tokens[b-1].Text)] || roleModifiers[lower(d.Tokens[b-1].Text)]) && !newlineBefore(d, b) {
		b--
	}
	if b == f || !titleWords[lower(d.Tokens[f-1].Text)] {
		return ""
	}
	return d.Text[d.Tokens[b].Start:d.Tokens[f-1].End]
}

// arabicParts open the second part of an Arabic name: "Hossam El-Din
// Abdel Ghaffar".
var arabicParts = wordSet(`abdel abdul abd abdal abu`)

// joinParticles merges a person mention, a lower-case particle and the
// capitalised words after it into one person: "Mohammed" "bin" "Salman".
func joinParticles(d *Doc, ms []Mention, names *GivenNames) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind != Person && m.Last == m.First+1 && names != nil && names.Known(d.Tokens[m.First].Text) && i+1 < len(ms) && ms[i+1].Kind == Person &&
			ms[i+1].First == m.Last+1 && innerHonorifics[d.Tokens[m.Last].Text] {
			m.Kind = Person // "Hassan" (taken for the Indian town) "Sheikh" "Mohamud"
		}
		if m.Kind != Person && m.Last == m.First+1 && i+1 < len(ms) && ms[i+1].Kind == Person && ms[i+1].First == m.Last+1 &&
			(d.Tokens[m.Last].Text == "bin" || d.Tokens[m.Last].Text == "bint" || d.Tokens[m.Last].Text == "ibn") {
			m = mention(d, m.First, m.Last, Person, m.Role) // "Abdulla" (taken for an organisation) "bin" "Touq Al Marri"
		}
		if m.Last == m.First+1 && m.Last+1 < len(d.Tokens) && gaelicParticles[d.Tokens[m.Last].Text] && i+1 < len(ms) && ms[i+1].Kind == Person &&
			ms[i+1].First == m.Last+1 && isCap(d.Tokens[m.First].Text) && (m.Kind == Person || d.Tokens[m.Last].Text != "Mac") {
			i++ // "Pádraig" (taken for an organisation) "Ó" "Máille": one name
			m = mention(d, m.First, ms[i].Last, Person, m.Role)
		}
		if m.Kind == Person && m.Last < len(d.Tokens) && hyphenParticle(d.Tokens[m.Last].Text) && (i+1 == len(ms) || ms[i+1].First > m.Last) {
			m = mention(d, m.First, m.Last+1, Person, m.Role) // "Abdel Fattah" "al-Sisi"
		}
		if m.Kind == Person && i+1 < len(ms) && ms[i+1].Kind == Person && ms[i+1].First == m.Last+1 && m.Last < len(d.Tokens) &&
			(innerHonorifics[d.Tokens[m.Last].Text] || middleName(d.Tokens[m.Last].Text)) {
			i++ // "Hassan" "Sheikh" "Mohamud", "Fatuma" "Said" "Abdalla": one name
			m = mention(d, m.First, ms[i].Last, Person, m.Role)
			if m.Role == "" {
				m.Role = titleRunBefore(d, m.First) // "President Hassan Sheikh Mohamud", whose second part held "Hassan Sheikh" for its role
			}
		}
		if m.Kind == Person && i+1 < len(ms) && ms[i+1].Kind == Person && ms[i+1].First == m.Last &&
			(arabicParts[lower(d.Tokens[m.Last].Text)] || strings.HasSuffix(lower(d.Tokens[m.Last-1].Text), "-din")) {
			i++ // "Hossam El-Din" "Abdel Ghaffar": one name
			m = mention(d, m.First, ms[i].Last, Person, m.Role)
		}
		if m.Kind == Person && m.Last+1 < len(d.Tokens) && particles[d.Tokens[m.Last].Text] && isCap(d.Tokens[m.Last+1].Text) {
			end := m.Last + 1
			for end < len(d.Tokens) && (isCap(d.Tokens[end].Text) && !capStops[lower(d.Tokens[end].Text)] ||
				particles[d.Tokens[end].Text] && end+1 < len(d.Tokens) && isCap(d.Tokens[end+1].Text)) {
				end++ // "Mohammed bin Salman bin Abdulaziz Al Saud"
			}
			for i+1 < len(ms) && ms[i+1].First < end {
				i++ // the tagger's piece after the particle
				if ms[i].Last > end {
					end = ms[i].Last
				}
			}
			m = mention(d, m.First, end, Person, m.Role)
		}
		out = append(out, m)
	}
	return out
}

// titleEndsAt reports whether a title ends just before token k: "Special
// Envoy" of "Special Envoy for Syria".
func titleEndsAt(d *Doc, k int) bool {
	return k > 0 && titleWords[lower(d.Tokens[k-1].Text)]
}

// capsLabel reports whether token k ends a speaker's label in capitals
// that opens its line: "PRESENTER", "PRESS SECRETARY".
func capsLabel(d *Doc, k int) bool {
	for n := 0; n < 4 && k >= 0 && allCaps(d.Tokens[k].Text) && hasLetter(d.Tokens[k].Text); n++ {
		if k == 0 || newlineBefore(d, k) {
			return true
		}
		k--
	}
	return false
}

// gaelicParticles stand capitalised between an Irish or Scottish given
// name and the surname: "Pádraig Ó Máille", "Máire Nic Giolla".
var gaelicParticles = wordSet(`Ó Ní Nic Mac Uí Ua Mhic`)

// joinNicknames merges a person, a quoted nickname and the rest of the name
// into one person: "Pablo Virgilio “Ambo” David", "Jose "Pepe" Mujica". The
// taggers split such names at the quotes.
func joinNicknames(d *Doc, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == Person {
			if q := nicknameEnd(d, m.Last); q > 0 {
				j := i + 1
				for j < len(ms) && ms[j].Last <= q {
					j++ // the nickname, tagged on its own
				}
				if j < len(ms) && ms[j].First == q && (ms[j].Kind == Person || ms[j].Last-q <= 2 && allCapWords(d, q, ms[j].Last)) {
					// "Panfilo “Ping” Lacson", whatever the tagger took "Lacson" for
					m = mention(d, m.First, ms[j].Last, Person, m.Role)
					i = j
				} else if j < len(ms) && ms[j].First == q && ms[j].Kind != Person && ms[j].Last-q > 2 && allCapWords(d, q, q+1) &&
					(d.Tokens[q+1].Text == "and" || d.Tokens[q+1].Text == ",") {
					// "Luis “Toto” Caputo and Central Bank (BCRA) Governor", with
					// "Caputo and Central Bank" one organisation: the surname,
					// then the organisation after the conjunction
					out = append(out, mention(d, m.First, q+1, Person, m.Role))
					cut := d.Text[d.Tokens[q].Start:d.Tokens[q+2].Start]
					ms[j] = mention(d, q+2, ms[j].Last, ms[j].Kind, "")
					for n := j + 1; n < len(ms) && n <= j+3; n++ {
						ms[n].Role = strings.TrimPrefix(ms[n].Role, cut) // "Caputo and Central Bank (BCRA) Governor" of the next name
					}
					i = j - 1
					continue
				} else if e := capRun(d, q, 2); (j >= len(ms) || ms[j].First >= e) && e > q && !particles[d.Tokens[q].Text] {
					m = mention(d, m.First, e, Person, m.Role) // "Luis “Toto” Caputo", untagged
					i = j - 1
				} else if particles[d.Tokens[q].Text] && j < len(ms) && ms[j].First == q+1 && ms[j].Last == q+2 {
					m = mention(d, m.First, q+2, Person, m.Role) // "da Silva", whatever the tagger took "Silva" for
					i = j
				} else if particles[d.Tokens[q].Text] && (j >= len(ms) || ms[j].First > q+1) {
					m = mention(d, m.First, q+2, Person, m.Role)
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// allCapWords reports whether tokens [i, j) are all capitalised words: a
// name, not "Bank of Japan".
func allCapWords(d *Doc, i, j int) bool {
	for k := i; k < j; k++ {
		if t := d.Tokens[k].Text; !isCap(t) || !isWordish(t) || orgSuffixes[lower(t)] || orgHeads[lower(t)] {
			return false
		}
	}
	return true
}

// capRun returns the end of the run of at most n capitalised words from
// token i, with a generational suffix after it ("Sotto III", "Marcos Jr.").
func capRun(d *Doc, i, n int) int {
	e := i
	for e < len(d.Tokens) && e < i+n && isCap(d.Tokens[e].Text) && isWordish(d.Tokens[e].Text) {
		e++
	}
	if e > i && e < len(d.Tokens) && (romanNumeral(d.Tokens[e].Text) || d.Tokens[e].Text == "Jr." || d.Tokens[e].Text == "Jr") {
		e++
	}
	return e
}

// mendNames repairs the edges of names the trained tagger split or took for
// something else:
//   - a lone capitalised word it did not take for a person, right before a
//     person and after no capitalised word, begins the name ("led by its
//     director general, Mwanaisha" "Salim Khamis");
//   - given names after "led by" are a person ("a delegation led by Le Thi
//     Bich Ngoc");
//   - a "person" before a building after "a" or "the" is a place ("at a
//     Midtown Manhattan hotel");
//   - an untagged capitalised word after a place begins the name after it
//     ("Ambassador to Tanzania Wang Lixin");
//   - a name that ends in a given name goes on with the surname after it
//     ("José Manuel" "Ortega Villalba").
func (t CombinedTagger) mendNames(d *Doc, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if m.Kind == Organization || m.Kind == Misc {
			w := d.Tokens[m.First].Text
			lw := lower(w)
			plain := middleName(w) && !orgSuffixes[lw] && !orgHeads[lw] && !t.Rules.isMajorPlace(w) && countryOf(t.Rules.Gazetteer, w) == ""
			// (not after "the": "Leader of the Opposition" "Rahul Gandhi")
			before := m.First == 0 || !isCap(d.Tokens[m.First-1].Text) && !determiners[lower(d.Tokens[m.First-1].Text)] || isQuote(d.Tokens[m.First-1].Text)
			if m.Last-m.First == 1 && plain && before && i+1 < len(ms) && ms[i+1].Kind == Person && ms[i+1].First == m.Last &&
				ms[i+1].Role == "" && d.Tokens[m.First].End+1 == d.Tokens[m.Last].Start && !orgWords[lw] &&
				(t.Rules.Names.Known(w) || t.Rules.Names.Known(d.Tokens[m.Last].Text)) &&
				!t.Rules.isMajorPlace(d.Text[m.Start:ms[i+1].End]) && !t.Rules.isMajorPlace(ms[i+1].Text) {
				i++
				m = mention(d, m.First, ms[i].Last, Person, m.Role)
			} else if m.First >= 2 && lower(d.Tokens[m.First-1].Text) == "by" && ledWords[lower(d.Tokens[m.First-2].Text)] &&
				m.Last-m.First >= 2 && m.Last-m.First <= 4 && plain && t.Rules.Names.Known(w) && allCapWords(d, m.First, m.Last) {
				m = mention(d, m.First, m.Last, Person, m.Role)
			}
		}
		if m.Kind == Person && articledFacility(d, m) && (i+1 == len(ms) || ms[i+1].First > m.Last) {
			m.Kind, m.Role = Location, "" // "at a Midtown Manhattan hotel": a place before a building, not a person
		}
		if m.Kind == Person && m.First >= 2 && (len(out) == 0 || out[len(out)-1].Last < m.First) && t.untaggedGiven(d, m.First-1, out) {
			m = mention(d, m.First-1, m.Last, Person, m.Role) // "Ambassador to Tanzania Wang Lixin" with "Wang" untagged
		} else if m.Kind == Person && m.First >= 1 && sentenceStart(d, m.First-1) && m.Last-m.First >= 2 && (len(out) == 0 || out[len(out)-1].Last < m.First) &&
			t.Rules.Names.Known(d.Tokens[m.First-1].Text) && t.openingFamilyName(d, m.First-1) {
			m = mention(d, m.First-1, m.Last, Person, m.Role) // "Tran Quoc Bao runs" with the sentence's first word untagged
		} else if m.Kind == Person && m.First >= 2 && (sentenceStart(d, m.First-2) || m.First >= 3 && titleToken(d.Tokens[m.First-3].Text)) && m.Last-m.First >= 2 && (len(out) == 0 || out[len(out)-1].Last < m.First-1) &&
			vietnameseFamily[PersonKey(d.Tokens[m.First-2].Text)] && t.openingFamilyName(d, m.First-2) && t.openingFamilyName(d, m.First-1) {
			m = mention(d, m.First-2, m.Last, Person, m.Role) // "Nguyễn Thị Bích Thủy, general director", "Mrs Nguyen Thi Lan Huong" with "Nguyễn Thị" untagged
		}
		if m.Kind == Person && m.Last-m.First == 1 && t.Rules.Names.KnownFolded(m.Text) && i+1 < len(ms) && ms[i+1].Kind == Location && ms[i+1].First == m.Last &&
			ms[i+1].Last-ms[i+1].First == 1 && d.Tokens[m.First].End+1 == d.Tokens[m.Last].Start && isCap(ms[i+1].Text) && !allCaps(ms[i+1].Text) &&
			t.Rules.isMajorPlace(ms[i+1].Text) && !t.Rules.isPlace(d.Text[m.Start:ms[i+1].End]) {
			// "Prime Minister Luís Montenegro": a given name, then a
			// surname that is also a country
			i++
			m = mention(d, m.First, ms[i].Last, Person, m.Role)
		}
		if m.Kind == Person && (len(out) == 0 || out[len(out)-1].Last < m.First) {
			if f := bareInitials(d, m.First); f < m.First {
				m = mention(d, f, m.Last, Person, m.Role) // "K P Sharma Oli", "M K Stalin": initials without stops
			}
		}
		if m.Kind == Person && t.Rules.Names.Known(d.Tokens[m.Last-1].Text) && i+1 < len(ms) && ms[i+1].First == m.Last &&
			(ms[i+1].Kind == Organization || ms[i+1].Kind == Misc || ms[i+1].Kind == Person && ms[i+1].Role == "") && ms[i+1].Last-ms[i+1].First <= 2 &&
			d.Tokens[m.Last-1].End+1 == d.Tokens[m.Last].Start && allCapWords(d, m.Last, ms[i+1].Last) && !allCaps(ms[i+1].Text) &&
			!t.Rules.isMajorPlace(ms[i+1].Text) && !orgWords[lower(ms[i+1].Text)] {
			// "José Manuel" "Ortega Villalba": a name that ends in a given
			// name goes on with the surname the tagger took for a body.
			i++
			m = mention(d, m.First, ms[i].Last, Person, m.Role)
		}
		out = append(out, m)
	}
	return out
}

// signatureLines widens a surname that ends a line of capitalised words
// alone to the whole line: the signature of a letter, `Dhanraj "Danny"
// Ramcharan`, where the tagger found only the surname it saw elsewhere.
// Titles and bodies on the line keep it a line of something else.
func signatureLines(d *Doc, ms []Mention) []Mention {
	changed := false
	for i, m := range ms {
		if m.Kind != Person || m.Last < len(d.Tokens) && !newlineBefore(d, m.Last) || newlineBefore(d, m.First) || m.First == 0 {
			continue
		}
		f := m.First
		for f > 0 && m.First-f < 5 && !newlineBefore(d, f) {
			w := d.Tokens[f-1].Text
			lw := lower(w)
			if !(isQuote(w) || isCap(w) && isWordish(w) && !allCaps(w) && !titleWords[lw] && !orgHeads[lw] && !orgWords[lw] &&
				!capStops[lw] && !determiners[lw] && !prepositions[lw] && !frontWords[lw]) {
				break
			}
			f--
		}
		if !newlineBefore(d, f) || f == m.First || i > 0 && ms[i-1].Last > f && ms[i-1].Kind != Misc {
			continue
		}
		ms[i] = mention(d, f, m.Last, Person, m.Role)
		changed = true
	}
	if !changed {
		return ms
	}
	kept := ms[:0]
	for i, m := range ms {
		if i+1 < len(ms) && ms[i+1].Kind == Person && ms[i+1].First <= m.First && m.Last <= ms[i+1].Last && m.Kind == Misc {
			continue // the given name the tagger took for a thing
		}
		kept = append(kept, m)
	}
	sortMentions(kept)
	return kept
}

// stormWords name the storms that carry people's names.
var stormWords = wordSet(`hurricane hurricanes typhoon typhoons cyclone cyclones storm storms`)

// stormName reports whether m names a storm: "Hurricane Melissa", the
// "Melissa" of it, "Typhoon Haiyan".
func stormName(d *Doc, m Mention) bool {
	if stormWords[lower(d.Tokens[m.First].Text)] && m.Last-m.First >= 2 {
		return true
	}
	return m.First > 0 && isCap(d.Tokens[m.First-1].Text) && stormWords[lower(d.Tokens[m.First-1].Text)]
}

// bareInitials returns the first of up to three initials written without
// stops ("K P", "M K") that end just before token k, or k if there are none.
// "I" is the pronoun, and "A" an initial only before another one.
func bareInitials(d *Doc, k int) int {
	f := k
	for f > 0 && k-f < 3 {
		w := d.Tokens[f-1].Text
		if len(w) != 1 || w[0] < 'A' || w[0] > 'Z' || w == "I" || d.Tokens[f-1].End+1 != d.Tokens[f].Start {
			break
		}
		f--
	}
	if f+1 == k && d.Tokens[f].Text == "A" {
		f++ // "A Modi aide"
	}
	if f < k && f > 0 && isCap(d.Tokens[f-1].Text) && !sentenceStart(d, f-1) && isWordish(d.Tokens[f-1].Text) && !titleWords[lower(d.Tokens[f-1].Text)] {
		return k // "Plan B Sharma": the letter ends another name
	}
	return f
}

// edgeOfName reports whether the words of m are the last (atEnd) or the
// first words of a longer person's name in ms: a double surname used alone
// ("Ortega Villalba"), or the given names by which Malay usage names a man
// ("Mohd Rizal" of "Mohd Rizal Hamdan").
func edgeOfName(d *Doc, ms []Mention, m Mention, atEnd bool) bool {
	n := m.Last - m.First
	for _, p := range ms {
		if p.Kind != Person || p.Last-p.First <= n {
			continue
		}
		start := p.First
		if atEnd {
			start = p.Last - n
		}
		same := true
		for k := 0; k < n && same; k++ {
			same = d.Tokens[start+k].Text == d.Tokens[m.First+k].Text
		}
		if same {
			return true
		}
	}
	return false
}

// partnerships are firms often named after their founders.
var partnerships = wordSet(`bank consultancy agency partnership practice boutique`)

// firmNames joins the names on both sides of "&" into one organisation:
// "Tsai & Brennan LLP", "Oyelaran & Pratt" (a law firm, not two people);
// and of "and" right after a firm: "investment bank Harrow and Kline".
func firmNames(d *Doc, ms []Mention) []Mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		and := m.Last < len(d.Tokens) && d.Tokens[m.Last].Text == "and" && m.First > 0 && (firmNouns[d.Tokens[m.First-1].Text] || partnerships[d.Tokens[m.First-1].Text]) &&
			m.Last-m.First == 1 && i+1 < len(ms) && ms[i+1].Last-ms[i+1].First == 1 // "investment bank Harrow and Kline"
		if i+1 < len(ms) && m.Last+1 == ms[i+1].First && m.Last < len(d.Tokens) && (d.Tokens[m.Last].Text == "&" || and) &&
			(m.Kind == Person || ms[i+1].Kind == Person) {
			i++
			m = mention(d, m.First, ms[i].Last, Organization, "")
		}
		out = append(out, m)
	}
	return out
}

// untaggedGiven reports whether token k, which no mention covers, is the
// first word of the name after it: a capitalised word, no title, body or
// place, inside a sentence, after a lower-case word, punctuation or a place
// ("to Tanzania Wang Lixin").
func (t CombinedTagger) untaggedGiven(d *Doc, k int, out []Mention) bool {
	w, prev := d.Tokens[k].Text, d.Tokens[k-1].Text
	lw := lower(w)
	if !middleName(w) || determiners[lower(prev)] || strings.Contains(w, "-") || d.Tokens[k].End+1 != d.Tokens[k+1].Start || orgSuffixes[lw] || orgHeads[lw] || deptWords[lw] || roleModifiers[lw] || stateNouns[lw] || honorifics[lw] ||
		t.Rules.isMajorPlace(w) || countryOf(t.Rules.Gazetteer, w) != "" || d.SentenceAt(d.Tokens[k].Start) != d.SentenceAt(d.Tokens[k-1].Start) ||
		questionAux(d, k) || lowerUse(d, lw) { // last: it reads the whole article
		return false
	}
	if isCap(prev) && isWordish(prev) {
		return len(out) > 0 && out[len(out)-1].Last == k && out[len(out)-1].Kind == Location
	}
	return true
}

// titleToken reports whether w is a title, or a hyphenated one whose last
// part is: "Premier", "Vice-Premier".
func titleToken(w string) bool {
	lw := lower(w)
	if i := strings.LastIndexByte(lw, '-'); i >= 0 {
		lw = lw[i+1:]
	}
	return titleWords[lw]
}

// openingFamilyName reports whether token k, the first of a sentence and
// covered by no mention, can be the family name written before the given
// names: "Tran" of "Tran Quoc Bao". The caller checks the name lists.
func (t CombinedTagger) openingFamilyName(d *Doc, k int) bool {
	w := d.Tokens[k].Text
	lw := lower(w)
	return middleName(w) && !strings.Contains(w, "-") && d.Tokens[k].End+1 == d.Tokens[k+1].Start && !orgSuffixes[lw] && !orgHeads[lw] &&
		!deptWords[lw] && !roleModifiers[lw] && !determiners[lw] && !orgWords[lw] && !pluralTitleWord(lw) && nationalities[lw] == "" &&
		!t.Rules.isMajorPlace(w) && countryOf(t.Rules.Gazetteer, w) == "" && !lowerUse(d, lw)
}

// within returns the first tokens of the mentions of out that overlap r,
// when all of them lie inside r and none is a person; else nil.
func within(out []Mention, r Mention) map[int]bool {
	var inside map[int]bool
	for _, m := range out {
		if m.Last <= r.First || m.First >= r.Last {
			continue
		}
		if m.Kind == Person || m.First < r.First || m.Last > r.Last {
			return nil
		}
		if inside == nil {
			inside = map[int]bool{}
		}
		inside[m.First] = true
	}
	return inside
}

// ledWords are followed by "by" and the one at the head of a group.
var ledWords = wordSet(`led headed chaired`)

// nicknameEnd returns the token after a quoted nickname of one or two
// capitalised words opening at token k, or -1.
func nicknameEnd(d *Doc, k int) int {
	if k+2 >= len(d.Tokens) || !isQuote(d.Tokens[k].Text) {
		return -1
	}
	for e := k + 1; e < len(d.Tokens) && e <= k+3; e++ {
		t := d.Tokens[e].Text
		if isQuote(t) {
			if e == k+1 || e+1 >= len(d.Tokens) || d.Tokens[e].End != d.Tokens[e-1].End+len(t) {
				return -1
			}
			if !isCap(d.Tokens[e+1].Text) && !(particles[d.Tokens[e+1].Text] && e+2 < len(d.Tokens) && isCap(d.Tokens[e+2].Text)) {
				return -1 // "Rosângela "Janja" da Silva" goes on with a particle
			}
			return e + 1
		}
		if !isCap(t) || !isWordish(t) {
			return -1
		}
	}
	return -1
}

// malayStyleStarts open a Malaysian or Bruneian style of address: "Datuk
// Seri", "Dato' Sri", "Tan Sri", "Tun", "Yang Berhormat".
var malayStyleStarts = wordSet(`Datuk Dato Datin Tun Samdech`)

// malayStyleWords continue such a style: "Yang Amat Berhormat Dato' Seri
// Utama Haji".
var malayStyleWords = wordSet(`Yang Amat Berhormat Mulia Berbahagia Teramat Datuk Dato Datin Seri Sri Utama Haji Hajah Paduka
Wira Setia Indera Panglima Tan Tun Toh Puan Dr Dr. Samdech Techo Akka Moha Sena Padei Borvor Thipadei Krolahom`)

// malayStyle returns the token after a style of address that starts at
// token i, or i. "Tan", "Toh" and "Yang" start one only before another
// style word: they are also surnames.
func malayStyle(d *Doc, i int) int {
	if i+1 >= len(d.Tokens) {
		return i
	}
	t, n := d.Tokens[i].Text, d.Tokens[i+1].Text
	switch {
	case malayStyleStarts[t]:
	case t == "Tan" && (n == "Sri" || n == "Seri"), t == "Toh" && n == "Puan",
		t == "Yang" && (n == "Berhormat" || n == "Amat" || n == "Mulia" || n == "Berbahagia" || n == "Teramat"):
	default:
		return i
	}
	e := i
	for e < len(d.Tokens) && e < i+8 {
		if w := d.Tokens[e].Text; malayStyleWords[w] || (w == "'" || w == "’") && e > i && (d.Tokens[e-1].Text == "Dato" || d.Tokens[e-1].Text == "Datuk") {
			e++
			continue
		}
		break
	}
	return e
}

// malayStyles makes the name after a Malay style of address one person,
// the style its role: the taggers split "Datuk Seri Utama Mohamad Hasan"
// into "Seri Utama" and "Mohamad Hasan", and "Yang Berhormat Dato' Seri
// Utama Haji Mohamad bin Haji Hasan" worse.
func malayStyles(d *Doc, ms []Mention) []Mention {
	var add []Mention
	var drop [][2]int
	for i := 0; i+1 < len(d.Tokens); i++ {
		e := malayStyle(d, i)
		if e == i || e >= len(d.Tokens) || !isCap(d.Tokens[e].Text) || !isWordish(d.Tokens[e].Text) {
			continue
		}
		end := e
		for end < len(d.Tokens) && end < e+6 {
			w := d.Tokens[end].Text
			if isCap(w) && isWordish(w) && !capStops[lower(w)] || (particles[w] || w == "binti" || w == "bte" || w == "bt") && end+1 < len(d.Tokens) && isCap(d.Tokens[end+1].Text) {
				end++
				continue
			}
			break
		}
		add = append(add, mention(d, e, end, Person, d.Text[d.Tokens[i].Start:d.Tokens[e-1].End]))
		drop = append(drop, [2]int{i, end})
		i = end - 1
	}
	if len(add) == 0 {
		return ms
	}
	out := ms[:0]
	for _, m := range ms {
		over := false
		for _, r := range drop {
			over = over || m.First < r[1] && m.Last > r[0]
		}
		if !over {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	sortMentions(out)
	return out
}

// withoutNickname drops a quoted nickname from a name: "Jose Mujica" for
// "Jose "Pepe" Mujica".
func withoutNickname(name string) string {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}} {
		i := strings.Index(name, q[0])
		if i <= 0 {
			continue
		}
		j := strings.Index(name[i+len(q[0]):], q[1])
		if j < 0 {
			continue
		}
		return strings.Join(strings.Fields(name[:i]+name[i+len(q[0])+j+len(q[1]):]), " ")
	}
	return name
}

// strong reports whether the rules' person r rests on more than
// capitalisation: a title written before it, a known given name first, or,
// for one word, a speech verb next to it.
func (t CombinedTagger) strong(d *Doc, r Mention) bool {
	if r.Role != "" {
		for _, w := range strings.Fields(r.Role) {
			if titleWords[lower(w)] {
				return true
			}
		}
	}
	if r.Last < len(d.Tokens) && facilityWords[lower(d.Tokens[r.Last].Text)] {
		return false // "Juan Santamaria airport"
	}
	for k := r.First; k < r.Last; k++ {
		if t.Rules.isMajorPlace(d.Tokens[k].Text) {
			return false // "North Yemen", "Taiwan Strait"
		}
	}
	if r.Last-r.First == 1 {
		// "Levitt told reporters", "said Vidok.", unless a common word
		// ("Paper says ...": the paper).
		if lowerUse(d, lower(r.Text)) {
			return false
		}
		si := d.SentenceAt(r.Start)
		s := d.Sentences[si]
		if si == 0 && r.First == s.First {
			return false // a headline's first word: "Paper says ..."
		}
		return r.Last < s.Last && speechVerbs[lower(d.Tokens[r.Last].Text)] ||
			r.First > s.First && speechVerbs[lower(d.Tokens[r.First-1].Text)] && (r.Last == s.Last || isPunct(d.Tokens[r.Last].Text))
	}
	return t.Rules.Names.Known(d.Tokens[r.First].Text)
}

// profileHeadings makes people of the names that head the sections of a
// profile piece ("Asaad al-Shaibani" on a line of its own, then "The
// Syrian foreign minister is Damascus's lead negotiator. On Wednesday he
// met ..."): a line of two to four capitalised words and nothing else,
// no place or body, whose next line opens by describing someone with a
// title or says "he" or "she".
func (t CombinedTagger) profileHeadings(d *Doc, out []Mention) []Mention {
	for k := 0; k < len(d.Tokens); k++ {
		if k > 0 && !newlineBefore(d, k) {
			continue
		}
		e := k
		for e < len(d.Tokens) && (e == k || !newlineBefore(d, e)) && (isCap(d.Tokens[e].Text) && isWordish(d.Tokens[e].Text) && !allCaps(d.Tokens[e].Text) ||
			particles[d.Tokens[e].Text] && e > k || e > k && arabicArticle(d.Tokens[e].Text)) {
			e++
		}
		if e-k < 2 || e-k > 4 || e >= len(d.Tokens) || !newlineBefore(d, e) {
			continue
		}
		name := d.Text[d.Tokens[k].Start:d.Tokens[e-1].End]
		if t.Rules.isPlace(name) || t.Rules.isMajorPlace(name) || orgSuffixes[lower(d.Tokens[e-1].Text)] || titleWords[lower(d.Tokens[k].Text)] || countryOf(t.Rules.Gazetteer, d.Tokens[k].Text) != "" {
			continue
		}
		if !describedNext(d, e) {
			continue
		}
		covered := false
		kept := out[:0]
		for _, m := range out {
			switch {
			case m.Last <= k || m.First >= e:
				kept = append(kept, m)
			case m.Kind == Person:
				covered = true
				kept = append(kept, m)
			}
		}
		out = kept
		if !covered {
			out = append(out, mention(d, k, e, Person, ""))
			sortMentions(out)
		}
	}
	return out
}

// arabicArticle reports whether w is a surname written with a lower-case
// article: "al-Shaibani", "el-Sisi".
func arabicArticle(w string) bool {
	for _, a := range []string{"al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-"} {
		if r, ok := strings.CutPrefix(w, a); ok {
			return isCap(r)
		}
	}
	return false
}

// describedNext reports whether the line that starts at token k describes
// a person before its first full stop: a title among its first eight words
// ("The Syrian foreign minister is", "The US ambassador to Turkey, who"),
// or "he" or "she" in its first sentence.
func describedNext(d *Doc, k int) bool {
	for j := k; j < len(d.Tokens) && j < k+30; j++ {
		w := lower(d.Tokens[j].Text)
		if j > k && newlineBefore(d, j) || w == "." {
			return false
		}
		if j < k+8 && titleWords[w] || w == "he" || w == "she" {
			return true
		}
	}
	return false
}

// bylineName returns the author a byline names: a line among the first
// five that reads "By", perhaps a title or a form of address ("Cr.",
// "Dr"), and two to four capitalised words, nothing else.
func bylineName(d *Doc) (Mention, bool) {
	k := bylineStart(d)
	if k < 0 {
		return Mention{}, false
	}
	f := k + 1
	role := ""
	for f < len(d.Tokens) && !newlineBefore(d, f) && (titleWords[lower(d.Tokens[f].Text)] || addressWords[lower(d.Tokens[f].Text)] != "") {
		role = d.Text[d.Tokens[k+1].Start:d.Tokens[f].End]
		f++
	}
	e := f
	for e < len(d.Tokens) && !newlineBefore(d, e) && (isCap(d.Tokens[e].Text) && isWordish(d.Tokens[e].Text) && !allCaps(d.Tokens[e].Text) || particles[d.Tokens[e].Text]) {
		e++
	}
	if e-f < 2 || e-f > 4 || e < len(d.Tokens) && !newlineBefore(d, e) && !(d.Tokens[e].Text == "," && k > 0 && postedWords[lower(d.Tokens[k-1].Text)]) {
		return Mention{}, false // "By Adaeze Obiora-Mensah and X", "By X in Honiara": a reporter's line
	}
	return mention(d, f, e, Person, role), true
}

// capsSignature returns the name that signs a letter in capitals on a
// line of its own among the last three lines, two or three words of which
// the first is a known given name ("MURRAY TREGONNING"), when no mention
// covers it; one that a tagger took for something else whole becomes a
// person in place.
func (t CombinedTagger) capsSignature(d *Doc, ms []Mention) (Mention, bool) {
	end := len(d.Tokens)
	for lines := 0; lines < 3 && end > 0; lines++ {
		start := end - 1
		for start > 0 && !newlineBefore(d, start) {
			start--
		}
		n := end - start
		ok := n >= 2 && n <= 3 && start > 0 && t.Rules.Names != nil && t.Rules.Names.Known(d.Tokens[start].Text) &&
			strings.Contains(".!?,", d.Tokens[start-1].Text) && firstPersonBefore(d, start) // the letter's prose above it, in the first person
		for k := start; k < end && ok; k++ {
			ok = allCaps(d.Tokens[k].Text) && lettersOnly(strings.ReplaceAll(d.Tokens[k].Text, "-", "")) && len(d.Tokens[k].Text) > 1
		}
		if ok {
			for i, m := range ms {
				if m.First == start && m.Last == end && m.Kind != Person {
					ms[i].Kind = Person // taken for an organisation
					return Mention{}, false
				}
				if m.First < end && m.Last > start {
					return Mention{}, false
				}
			}
			return mention(d, start, end, Person, ""), true
		}
		end = start
	}
	return Mention{}, false
}

// firstPersonBefore reports whether an "I" stands before token k.
func firstPersonBefore(d *Doc, k int) bool {
	for _, tk := range d.Tokens[:k] {
		if tk.Text == "I" {
			return true
		}
	}
	return false
}

// bylineStart returns the "By" that opens a byline, on the first line or
// on one of the first five under a kicker and a headline, or -1.
// postedWords open a byline before "by": "Posted by X", "Written by X".
var postedWords = wordSet(`posted written words report reported story text`)

func bylineStart(d *Doc) int {
	for k, lines := 0, 0; k < len(d.Tokens) && lines < 5; k++ {
		if k > 0 && !newlineBefore(d, k) {
			continue
		}
		lines++
		if lower(d.Tokens[k].Text) == "by" {
			return k
		}
		if k+1 < len(d.Tokens) && postedWords[lower(d.Tokens[k].Text)] && lower(d.Tokens[k+1].Text) == "by" {
			return k + 1 // "Posted by Alison Kermode, Sunday 22 September 2024"
		}
	}
	return -1
}

// patronymicName returns the first token of a name of the shape "X a/l
// Y" (a/p, s/o, d/o) that mention m is, or ends (the tagger having taken
// only "Y"), or -1.
func patronymicName(d *Doc, m Mention) int {
	for k := m.First; k < m.Last; k++ {
		if lankaParticles[d.Tokens[k].Text] && k > m.First && k+1 < m.Last && isCap(d.Tokens[k-1].Text) && isCap(d.Tokens[k+1].Text) {
			return m.First
		}
	}
	if f := m.First - 2; f >= 0 && lankaParticles[d.Tokens[m.First-1].Text] && isCap(d.Tokens[f].Text) && !capStops[lower(d.Tokens[f].Text)] {
		return f
	}
	return -1
}

// lankaParticles join a Malaysian or Singaporean Indian name to the
// father's: "son of", "daughter of".
var lankaParticles = wordSet(`a/l a/p s/o d/o`)

// personOfBody returns the "of" inside a mention that is no person and
// runs a person's name into the body after it ("Anitha Pillai of Tidewater
// Books"): two or three capitalised words that open with a known given
// name, or follow a description ("the publisher"), and hold no word of a
// body's name; else -1.
func (t CombinedTagger) personOfBody(d *Doc, m Mention) int {
	names := t.Rules.Names
	if m.Kind == Person || m.Last-m.First < 4 {
		return -1
	}
	described := m.First >= 2 && lower(d.Tokens[m.First-2].Text) == "the" && isLowerWord(d.Tokens[m.First-1].Text) &&
		(roleNoun(d.Tokens[m.First-1].Text) || strings.HasSuffix(d.Tokens[m.First-1].Text, "er")) // "the publisher Anitha Pillai of Tidewater Books"
	if !described && (names == nil || !names.Known(d.Tokens[m.First].Text)) {
		return -1
	}
	for of := m.First + 2; of <= m.First+3 && of+1 < m.Last; of++ {
		if d.Tokens[of].Text != "of" {
			continue
		}
		for k := m.First; k < of; k++ {
			w := d.Tokens[k].Text
			if lw := lower(w); !isCap(w) || allCaps(w) || orgSuffixes[lw] || orgWords[lw] || orgHeads[lw] || deptWords[lw] || titleWords[lw] || facilityWords[lw] ||
				eponymHeads[lw] || t.Rules.isMajorPlace(w) || countryOf(t.Rules.Gazetteer, w) != "" {
				return -1 // not "Africa Cup of Nations"
			}
		}
		if !isCap(d.Tokens[of+1].Text) && lower(d.Tokens[of+1].Text) != "the" {
			return -1
		}
		return of
	}
	return -1
}

// articledFacility reports whether m stands between an article, perhaps
// with adjectives ("the unfinished"), and a building it names, perhaps
// after its kind ("ice hockey arena"): "at a Midtown Manhattan hotel",
// "touring the unfinished Santa Giulia ice hockey arena".
func articledFacility(d *Doc, m Mention) bool {
	b := m.First - 1
	for b >= 0 && b >= m.First-2 && isLowerWord(d.Tokens[b].Text) && !determiners[lower(d.Tokens[b].Text)] {
		if w := d.Tokens[b].Text; !strings.HasSuffix(w, "ed") && w != "new" {
			return false // participles and "new" only: "the newly built", not "the late"
		}
		b--
	}
	if b < 0 || lower(d.Tokens[b].Text) != "a" && lower(d.Tokens[b].Text) != "the" {
		return false
	}
	for e := m.Last; e < len(d.Tokens) && e <= m.Last+2; e++ {
		w := d.Tokens[e].Text
		if facilityWords[w] || w == "headquarters" {
			return true
		}
		if !isLowerWord(w) || determiners[w] || prepositions[w] || finiteVerb(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return false
}

// eponymHeads follow a name used for a thing: "the Richter scale".
var eponymHeads = wordSet(`scale prize prizes award awards plan index trophy cup medal test syndrome disease effect law
principle theorem method formula curve line`)

// facilityWords follow names of places and buildings, not people.
var facilityWords = wordSet(`airport airbase base stadium street avenue road square bridge hospital university school park
hotel station prison palace island river mountain valley strait sea bay lake port harbour harbor centre center hall
arena guesthouse`)

// stateNouns follow "President of the" in a title: "President of the
// Republic", "Prime Minister of the Kingdom".
var stateNouns = wordSet(`republic kingdom federation confederation`)

// landforms end names of natural places and streets: "Baltoro Glacier",
// "Broad Peak", "Harris Promenade".
var landforms = wordSet(`glacier glaciers peak peaks pass ridge summit massif volcano desert forest falls
canal creek hill hills promenade boulevard esplanade quay wharf lane drive crescent terrace`)

// thingEnds are the landforms that are never surnames, so that they end no
// person's name even after a given name: "Harris Promenade".
var thingEnds = wordSet(`glacier glaciers peak peaks massif volcano promenade boulevard esplanade quay wharf
district province county municipality oval waterside gardens drive prefecture delta highway expressway marg bhavan
stadium school college river railway train plan meetings brief sea ocean gulf strait peninsula archipelago street road avenue
farm elementary`)

// actingNames returns as people the runs of two to four capitalised words
// that no mention covers and that a verb only people do follows: "Seiuli
// Tavita Lauina travelled to the big island yesterday and met the council".
func (t CombinedTagger) actingNames(d *Doc, tagged []bool, ms []Mention) []Mention {
	person := make([]bool, len(d.Tokens))      // the first token of each person's mention
	personEnd := make([]bool, len(d.Tokens)+1) // the token after each person's mention
	for _, m := range ms {
		if m.Kind == Person {
			person[m.First] = true
			personEnd[m.Last] = true
		}
	}
	var out []Mention
	for k := 0; k < len(d.Tokens); k++ {
		if tagged[k] || !isCap(d.Tokens[k].Text) || allCaps(d.Tokens[k].Text) || k > 0 && isCap(d.Tokens[k-1].Text) {
			continue
		}
		e := k
		for e < len(d.Tokens) && e < k+5 && !tagged[e] && isCap(d.Tokens[e].Text) && !allCaps(d.Tokens[e].Text) {
			e++
		}
		if e-k < 2 || e-k > 4 || e >= len(d.Tokens) || !actingVerbs[lower(d.Tokens[e].Text)] && !meetsPerson(d, person, e) && !metByPerson(d, personEnd, k) {
			k = e
			continue
		}
		m := mention(d, k, e, Person, "")
		plain := nameLike(d, m) && !t.Rules.isPlace(m.Text)
		for j := k; j < e && plain; j++ {
			w := d.Tokens[j].Text
			lw := lower(w)
			plain = !capStops[lw] && !dateWords[lw] && monthNumber(lw) == 0 && !t.Rules.isMajorPlace(w) && countryOf(t.Rules.Gazetteer, w) == "" &&
				!mediaWords[lw] && !outletWords[lw] && !orgHeads[lw] && !bodyHeads[lw]
		}
		if plain {
			out = append(out, m)
		}
		k = e
	}
	return out
}

// sentenceFirst returns the first token of the sentence of token k.
func sentenceFirst(d *Doc, k int) int {
	return d.Sentences[sentenceAt(d, k)].First
}

// groupPlural reports whether w is a plural noun of people by its ending:
// "organisers", "vendors", "residents", "analysts", "officials", "people".
func groupPlural(w string) bool {
	if w == "people" || w == "sources" || w == "police" || w == "officials" {
		return true
	}
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents", "ians", "ees"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// patronymics join a given name to the father's: "Mohammed bin Salman",
// "Nurul Aina binti Hashim".
var patronymics = wordSet(`bin ibn bint binti`)

// meetsPerson reports whether the verb at e meets or calls a person named
// right after it: "X met Mette Frederiksen", "X told Y", "X spoke with Y",
// "X received a call from Y". Bodies meet people too, but their names
// carry the words of bodies (see actingNames).
func meetsPerson(d *Doc, person []bool, e int) bool {
	if !personVerbs[lower(d.Tokens[e].Text)] {
		return false
	}
	for j := e + 1; j < len(d.Tokens) && j <= e+4; j++ {
		if person[j] {
			return true
		}
		if lw := lower(d.Tokens[j].Text); !objectSkips[lw] && lw != "a" && lw != "the" && lw != "call" && lw != "from" && lw != "by" {
			return false
		}
	}
	return false
}

// metByPerson reports whether the run at k is the one a person met or
// called, right after the verb: "Mette Frederiksen hosted X", "Y spoke with
// X".
func metByPerson(d *Doc, personEnd []bool, k int) bool {
	v := k - 1
	if v > 0 && (lower(d.Tokens[v].Text) == "with" || lower(d.Tokens[v].Text) == "to") {
		v--
	}
	return v > 0 && personVerbs[lower(d.Tokens[v].Text)] && personEnd[v]
}

// personVerbs take a person as the one met or called: a subject of two to
// four capitalised words before them is a person too.
var personVerbs = wordSet(`met meets meet received receives hosted hosts welcomed welcomes visited visits told tells spoke speaks telephoned rang called calls`)

// actingVerbs follow a person's name, not a body's, as its verb: "X
// travelled to the big island", "X phoned the minister".
var actingVerbs = wordSet(`travelled traveled flew apologised apologized phoned telephoned rang`)

// inMentions marks the tokens of d that the mentions ms cover.
func inMentions(d *Doc, ms []Mention) []bool {
	in := make([]bool, len(d.Tokens))
	for _, m := range ms {
		for k := m.First; k < m.Last && k < len(in); k++ {
			in[k] = true
		}
	}
	return in
}

// placePreps stand before a place, not a person: "in Quintana".
var placePreps = wordSet(`in at near from outside inside of`)

// wentTo reports whether the "to" at k follows a verb of going within
// eight words: "accompanied the President, X, to", "travelled on Monday to".
func wentTo(d *Doc, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if towardWord(lower(d.Tokens[j].Text)) {
			return true
		}
	}
	return false
}

// teamEnds end the names of sports clubs: "the Surigao Mariners", "Dajti
// Stars", "Kaizer Chiefs".
var teamEnds = wordSet(`stars mariners rangers rovers wanderers warriors tigers lions eagles sharks giants bulls jaguars pirates
saints chiefs hawks falcons panthers leopards cheetahs dolphins titans raiders knights spartans celtics hornets wolves bears`)

// communityNouns follow the name of a community in lower case: "the Cluj
// Jewish community".
var communityNouns = wordSet(`community communities diaspora congregation population minority quarter`)

// roadEnds end the names of roads (the roads of thingEnds), which may be
// named after a titled person: "Queen Elizabeth Highway".
var roadEnds = wordSet(`street road avenue boulevard highway drive expressway`)

// placePrefixes open the names of districts: "Barangay Tabucan", "Brgy.
// Bolilao".
var placePrefixes = wordSet(`barangay brgy brgy. kampung kelurahan`)

// featureEnds end the names of places named after someone: "Rankin Inlet",
// "Baker Lake", "Jervis Bay".
var featureEnds = wordSet(`inlet lake bay harbour harbor creek river island islands falls sound cove`)

// lineStart returns the first token of mention m on the last line it
// spans.
func lineStart(d *Doc, m Mention) int {
	k := m.First
	for j := m.First + 1; j < m.Last; j++ {
		if strings.ContainsAny(d.Text[d.Tokens[j-1].End:d.Tokens[j].Start], "\n\r") {
			k = j
		}
	}
	return k
}

// conjoinedSurnames joins a Portuguese double surname written with "e":
// "Ulisses Correia e Silva", taken for a person and a body, is one person.
func conjoinedSurnames(d *Doc, out []Mention) []Mention {
	kept := out[:0]
	for i := 0; i < len(out); i++ {
		m := out[i]
		if m.Kind == Person && m.Last+1 < len(d.Tokens) && d.Tokens[m.Last].Text == "e" && isCap(d.Tokens[m.Last+1].Text) &&
			i+1 < len(out) && out[i+1].First == m.Last+1 && out[i+1].Last-out[i+1].First == 1 && out[i+1].Kind != Location {
			m = mention(d, m.First, out[i+1].Last, Person, m.Role)
			i++
		}
		kept = append(kept, m)
	}
	return kept
}

// portfolioNames finds the person after a portfolio of two parts, which a
// tagger runs into the second part: "Minister of Mines and Geology Bouna
// Sylla" tagged "Geology Bouna Sylla" is Bouna Sylla, with the whole title
// for a role.
func (t CombinedTagger) portfolioNames(d *Doc, out []Mention) []Mention {
	if t.Rules.Names == nil {
		return out
	}
	for i, m := range out {
		if m.Kind == Person || m.First < 4 || lower(d.Tokens[m.First-1].Text) != "and" || m.Last-m.First < 3 {
			continue
		}
		of := m.First - 2
		for of > 0 && isCap(d.Tokens[of].Text) && of > m.First-5 {
			of--
		}
		if lower(d.Tokens[of].Text) != "of" || of == 0 || !titleWords[lower(d.Tokens[of-1].Text)] {
			continue
		}
		k := m.First + 1
		for k+1 < m.Last && !t.Rules.Names.Known(d.Tokens[k].Text) {
			k++
		}
		if k+1 >= m.Last {
			k = m.Last - 2 // a given name the list does not know: the name is the last two words
		}
		name := true
		for j := k; j < m.Last; j++ {
			lw := lower(d.Tokens[j].Text)
			name = name && isCap(d.Tokens[j].Text) && !titleWords[lw] && !orgHeads[lw] && !bodyHeads[lw] && !deptWords[lw] && !occupationWords[lw]
		}
		if !name {
			continue // "... and National Security Advisor": another title, no name
		}
		title := of - 1
		for title > 0 && isCap(d.Tokens[title-1].Text) && titleWords[lower(d.Tokens[title-1].Text)] {
			title-- // "Deputy Minister of ..."
		}
		out[i] = mention(d, k, m.Last, Person, d.Text[d.Tokens[title].Start:d.Tokens[k-1].End])
	}
	return out
}

// worshipWords name services and feasts, never a person alone: "Holy
// Thursday Mass".
var worshipWords = wordSet(`holy mass masses vigil vespers matins liturgy easter pentecost lent advent`)

// eventEnds end the names of events: "the Winter Games", "the Mining Indaba".
var eventEnds = wordSet(`games olympics paralympics championships championship indaba expo festival mass vigil eisteddfod week fair carnival`)

// bodyHeads end names of bodies and firms that the tagger may take for a
// person: "the Democratic Movement", "the Media Division".
var bodyHeads = wordSet(`movement division directorate secretariat bureau household sub-committee subcommittee
taskforce task-force roasters brewery bakery distillery studio studios collective cooperative co-operative
coalition presidency management ministry government chancellery administration authority commission council committee
agency department parliament assembly senate cabinet federation association institute university foundation organisation
organization chamber co-op coop`)

// lowerUse reports whether the word w is written in lower case somewhere in d.
func lowerUse(d *Doc, w string) bool {
	for _, tk := range d.Tokens {
		if tk.Text == w {
			return true
		}
	}
	return false
}

// personIn returns the rules' person mention that starts inside tokens [i, j).
func personIn(rs []Mention, i, j int) (Mention, bool) {
	for _, r := range rs {
		if r.Kind == Person && r.First >= i && r.First < j {
			return r, true
		}
	}
	return Mention{}, false
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].First < ms[j-1].First; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// datelineSource reports whether m is the parenthesised source of a dateline
// at the start of one of the article's first sentences: "HAVANA, Sep 17
// (Prensa Latina)", "ABUJA (Premium Times)".
func datelineSource(d *Doc, m Mention) bool {
	if m.First == 0 || m.Last >= len(d.Tokens) || d.Tokens[m.First-1].Text != "(" || d.Tokens[m.Last].Text != ")" {
		return false
	}
	for si := 0; si < len(d.Sentences) && si < 3; si++ {
		s := d.Sentences[si]
		if m.First <= s.First || m.First > s.Last || m.First-s.First > 10 {
			continue
		}
		for k := s.First; k < m.First-1; k++ {
			t := d.Tokens[k].Text
			if !isCap(t) && !startsDigit(t) && t != "," && t != "." {
				return false
			}
		}
		return isCap(d.Tokens[s.First].Text)
	}
	return false
}

// oneSensePerArticle tags as a person every other bare occurrence of a single
// word that a tagger took alone for a person and that is a word of a person's
// full name in the article: a statistical tagger may take "Li" in "Li told
// him" but miss it, or call it a place, in "Li separately met Yoon". A major
// place keeps its sense.
func (t CombinedTagger) oneSensePerArticle(d *Doc, ms []Mention) []Mention {
	inName := map[string]bool{}
	for _, m := range ms {
		if m.Kind == Person && m.Last-m.First > 1 {
			for k := m.First; k < m.Last; k++ {
				inName[d.Tokens[k].Text] = true
			}
		}
	}
	alone := map[string]bool{}
	for _, m := range ms {
		if m.Kind == Person && m.Last-m.First == 1 && inName[m.Text] && isCap(m.Text) && !allCaps(m.Text) && !capStops[lower(m.Text)] {
			alone[m.Text] = true // (not "He" of He Lifeng: other uses are the pronoun)
		}
	}
	// The first and last words of full names, used alone where no tagger
	// saw them ("Prabowo later held talks" after "Prabowo Subianto"),
	// unless they are common given names, places or sentence openers.
	// A short end ("Lim" of "Lim Wei Ming", "Teo") only turns an
	// organisation of one word into the person: the trained tagger knows
	// such surnames as companies.
	ends, short := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		if m.Kind != Person || m.Last-m.First < 2 {
			continue
		}
		var words []string
		for _, k := range []int{m.First, m.Last - 1} {
			w := d.Tokens[k].Text
			words = append(words, w)
			if k == m.Last-1 && strings.Count(w, "-") == 1 {
				words = append(words, strings.Split(w, "-")...) // "Okraku" of "Kurt Edwin Simeon-Okraku"
			}
		}
		for _, w := range words {
			lw := lower(w)
			if utf8.RuneCountInString(w) < 3 || !isCap(w) && !hyphenParticle(w) || allCaps(w) || titleWords[lw] || capStops[lw] || frontWords[lw] ||
				determiners[lw] || dateWords[lw] || t.Rules.Names != nil && t.Rules.Names.Known(w) || t.Rules.isMajorPlace(w) {
				continue
			}
			if utf8.RuneCountInString(w) == 3 || t.Rules.isPlace(w) {
				short[w] = true // some village is called "Lim"
			} else {
				ends[w] = true
			}
		}
	}
	surnamePlaces := t.surnamePlaces(d, ms)
	if len(alone) == 0 && len(ends) == 0 && len(short) == 0 && len(surnamePlaces) == 0 {
		return ms
	}
	person := map[int]bool{} // first tokens of single-word person mentions
	for _, m := range ms {
		if m.Kind == Person && m.Last-m.First == 1 {
			person[m.First] = true
		}
	}
	building := map[string]Kind{} // last words of the names of things: "Villa" of "the Presidential Villa"
	for _, m := range ms {
		if m.Kind != Person && m.Last-m.First >= 2 && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" {
			building[d.Tokens[m.Last-1].Text] = m.Kind
		}
	}
	kept := ms[:0]
	for _, m := range ms {
		if kind, ok := building[m.Text]; ok && m.Kind == Person && m.Last-m.First == 1 && m.Role == "" && m.First > 0 && lower(d.Tokens[m.First-1].Text) == "the" {
			m.Kind = kind // "From the Villa" after "at the Presidential Villa": the building again
		}
		if m.Kind == Organization && m.Last-m.First >= 3 && m.Last-m.First <= 5 && nameLike(d, m) && !orgHeads[lower(d.Tokens[m.Last-1].Text)] &&
			(m.First == 0 || lower(d.Tokens[m.First-1].Text) != "the") && givenNamesOf(d, ms, m) {
			m = mention(d, m.First, m.Last, Person, "") // "Jhon Edinson Perdomo Vargas", called "Jhon Edinson" later
		}
		if m.Kind != Person && m.Last-m.First >= 2 && m.Last-m.First <= 3 && (m.First == 0 || lower(d.Tokens[m.First-1].Text) != "the") && (edgeOfName(d, ms, m, true) || m.Kind != Location && !t.Rules.isPlace(m.Text) && edgeOfName(d, ms, m, false)) {
			m = mention(d, m.First, m.Last, Person, "") // "Ortega Villalba" of "José Manuel Ortega Villalba", "Mohd Rizal" of "Mohd Rizal Hamdan"
		}
		if m.Kind == Location && m.Last-m.First == 1 && surnamePlaces[m.Text] && !person[m.First] {
			m = mention(d, m.First, m.Last, Person, "") // "to meet Montenegro" after "Prime Minister Luís Montenegro"
		}
		if m.Kind != Person && m.Last-m.First == 1 && !t.Rules.isMajorPlace(m.Text) &&
			(alone[m.Text] || m.Kind == Organization && (ends[m.Text] || short[m.Text]) || (m.Kind == Location || m.Kind == Misc) && ends[m.Text] && !t.Rules.isPlace(m.Text)) {
			if person[m.First] {
				continue // the same word is already a person mention
			}
			m = mention(d, m.First, m.Last, Person, "")
		}
		kept = append(kept, m)
	}
	ms = kept
	taken := inMentions(d, ms)
	var add []Mention
	for k, t := range d.Tokens {
		if taken[k] || !alone[t.Text] && !ends[t.Text] && !surnamePlaces[t.Text] {
			continue
		}
		if k > 0 && isCap(d.Tokens[k-1].Text) && !isPunct(d.Tokens[k-1].Text) && !sentenceStart(d, k) ||
			k+1 < len(d.Tokens) && isCap(d.Tokens[k+1].Text) && !isPunct(d.Tokens[k+1].Text) {
			continue // part of a longer name: "Li Qiang", "Kim Li"
		}
		add = append(add, mention(d, k, k+1, Person, ""))
	}
	if len(add) == 0 {
		return ms
	}
	ms = append(ms, add...)
	sortMentions(ms)
	return ms
}

// surnamePlaces returns the countries and great places that are the
// surname of someone named in full with a known given name ("Luís
// Montenegro"), when the article never uses the word as a place: never
// after "in", "to", "from", "of" or "the".
func (t CombinedTagger) surnamePlaces(d *Doc, ms []Mention) map[string]bool {
	out := map[string]bool{}
	for _, m := range ms {
		if m.Kind != Person || m.Last-m.First < 2 || m.Last-m.First > 3 {
			continue
		}
		w := d.Tokens[m.Last-1].Text
		if m.Last-m.First == 2 && t.Rules.Names != nil && t.Rules.Names.KnownFolded(d.Tokens[m.First].Text) && t.Rules.isMajorPlace(w) ||
			titleRole(m.Role) && isCap(w) && !allCaps(w) {
			out[w] = true // (and "Chief Minister Bhagwant Mann", whose surname some gazetteer has for the Isle of Man)
		}
	}
	for k := 1; k < len(d.Tokens) && len(out) > 0; k++ {
		if out[d.Tokens[k].Text] && placePrepositions[lower(d.Tokens[k-1].Text)] && !(k+1 < len(d.Tokens) && isPossessiveClitic(lower(d.Tokens[k+1].Text))) {
			delete(out, d.Tokens[k].Text) // "in Montenegro": the country is told too (but not "in Mann's office")
		}
	}
	return out
}

// titleRole reports whether a mention's role opens with a title: "Chief
// Minister", "Governor".
func titleRole(role string) bool {
	w, _, _ := strings.Cut(role, " ")
	return titleWords[lower(w)] || titleWords[lower(strings.TrimSuffix(w, "."))]
}

// placePrepositions come before a place named as one: "in Montenegro".
var placePrepositions = wordSet(`in to from of the into across visit visited visiting visits near`)

// sentenceAt returns the index of the sentence that holds token k, or
// len(d.Sentences) if none does.
func sentenceAt(d *Doc, k int) int {
	return sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Last > k })
}

// sentenceStart reports whether token k begins a sentence.
func sentenceStart(d *Doc, k int) bool {
	i := sentenceAt(d, k)
	return i < len(d.Sentences) && d.Sentences[i].First == k
}

// givenNamesOf reports whether the first two or more words of m, and not all
// of them, are a person's mention elsewhere in ms: the given names by which
// the article calls someone it named in full ("Jhon Edinson" of "Jhon
// Edinson Perdomo Vargas").
func givenNamesOf(d *Doc, ms []Mention, m Mention) bool {
	for _, p := range ms {
		n := p.Last - p.First
		if p.Kind != Person || n < 2 || n >= m.Last-m.First || p.First == m.First {
			continue
		}
		same := true
		for i := 0; i < n && same; i++ {
			same = d.Tokens[p.First+i].Text == d.Tokens[m.First+i].Text
		}
		if same {
			return true
		}
	}
	return false
}

// bodyApposition reports whether an apposition after m says it is a body:
// "Kaitiaki Moana, an environmental group opposing the project".
func bodyApposition(d *Doc, m Mention) bool {
	k := m.Last + 1
	if k+1 >= len(d.Tokens) || d.Tokens[m.Last].Text != "," || lower(d.Tokens[k].Text) != "a" && lower(d.Tokens[k].Text) != "an" {
		return false
	}
	for e := k + 1; e < len(d.Tokens) && e <= k+4 && isLowerWord(d.Tokens[e].Text); e++ {
		if w := lower(d.Tokens[e].Text); bodyNouns[w] {
			return e+1 >= len(d.Tokens) || !isLowerWord(d.Tokens[e+1].Text) || !titleWords[lower(d.Tokens[e+1].Text)] && !occupationWords[lower(d.Tokens[e+1].Text)]
		}
	}
	return false
}

// bodyNouns say that a name is a body's: "an environmental group".
var bodyNouns = wordSet(`group organisation organization charity firm company movement coalition alliance campaign network association
union party agency startup start-up consultancy`)

// speakingNames re-tags as people the names that the tagger took for
// bodies but that the article has speak as only a person does: "Tigist said
// she would rest", "Yohannes told reporters". Every mention of the name, and
// of a full name that begins with it ("Tigist Alemayehu"), becomes a person.
func (t CombinedTagger) speakingNames(d *Doc, ms []Mention) []Mention {
	speaks := map[string]bool{}
	for _, m := range ms {
		if (m.Kind == Organization || m.Kind == Misc) && m.Last-m.First <= 3 && t.plainThing(d, m) && personSpeech(d, m.Last) {
			speaks[m.Text] = true
			if w := lower(d.Tokens[m.First].Text); !honorifics[w] && !titleWords[w] && addressWords[w] == "" {
				speaks[d.Tokens[m.First].Text] = true // (not "Nana" of "Nana Afua Serwaa II")
			}
		}
	}
	if len(speaks) == 0 {
		return ms
	}
	for i, m := range ms {
		if (m.Kind == Organization || m.Kind == Misc) && m.Last-m.First <= 3 && (speaks[m.Text] || speaks[d.Tokens[m.First].Text]) && t.plainThing(d, m) {
			ms[i].Kind, ms[i].Role = Person, ""
		}
	}
	return ms
}

// plainThing reports whether the mention m, tagged as a thing, could be a
// person's name: capitalised words that name no place, country, outlet or
// kind of body.
func (t CombinedTagger) plainThing(d *Doc, m Mention) bool {
	if !nameLike(d, m) {
		return false
	}
	for k := m.First; k < m.Last; k++ {
		w := d.Tokens[k].Text
		if t.Rules.isMajorPlace(w) || countryOf(t.Rules.Gazetteer, w) != "" || mediaWords[lower(w)] || outletWords[lower(w)] || orgHeads[lower(w)] || bodyHeads[lower(w)] {
			return false // (and "in the Kootenay Co-op told me": a shop, not the one who told)
		}
	}
	return !t.Rules.isPlace(m.Text)
}

// personSpeech reports whether the words from token k say that the name
// before them is a person's: it speaks as one ("said she", "says he", "told
// reporters"), has an age ("is 71") or a relative ("'s daughter").
func personSpeech(d *Doc, k int) bool {
	if k+1 >= len(d.Tokens) {
		return false
	}
	if d.Tokens[k].Text == "," && k+2 < len(d.Tokens) && startsDigit(d.Tokens[k+1].Text) && len(d.Tokens[k+1].Text) <= 3 && d.Tokens[k+2].Text == "," {
		if n, err := strconv.Atoi(d.Tokens[k+1].Text); err == nil && n >= 12 && n <= 110 {
			return true // "Corazon Villanueva, 52, reported": an age
		}
	}
	if d.Tokens[k].Text == "," {
		// "Tigist, for her part, said she would rest": past an aside
		for c := k + 1; c < len(d.Tokens) && c <= k+6; c++ {
			if d.Tokens[c].Text == "," {
				return c+2 < len(d.Tokens) && speaksAt(d, c+1)
			}
		}
		return false
	}
	if speaksAt(d, k) || actingVerbs[lower(d.Tokens[k].Text)] {
		return true // (or travels and phones as one: "Seiuli Tavita Lauina travelled to the big island")
	}
	w, n := lower(d.Tokens[k].Text), lower(d.Tokens[k+1].Text)
	switch {
	case (w == "is" || w == "was") && startsDigit(n) && len(n) <= 3 && (k+2 >= len(d.Tokens) || !isWordish(d.Tokens[k+2].Text) || lower(d.Tokens[k+2].Text) == "and"):
		return true // "Nodar is 71 and makes amber wine"
	case isPossessiveClitic(w) && kinWords[n]:
		return true // "Nodar's daughter, Salome"
	case w == "," && n == "who" && k+2 < len(d.Tokens) && humanVerbs[lower(d.Tokens[k+2].Text)]:
		return true // "Kavitha, who lives in Nagapattinam"
	case w == "and" && (n == "her" || n == "his"):
		return true // "to Kavitha and her translator"
	}
	return false
}

// speaksAt reports whether the words from token k speak as a person does:
// "said she", "says he", "told reporters".
func speaksAt(d *Doc, k int) bool {
	if k+1 >= len(d.Tokens) {
		return false
	}
	w, n := lower(d.Tokens[k].Text), lower(d.Tokens[k+1].Text)
	return (w == "said" || w == "says") && (n == "she" || n == "he") ||
		(w == "told" || w == "tells") && (n == "reporters" || n == "journalists" || n == "me")
}

// humanVerbs are done by people, not by bodies: "X, who lives in".
var humanVerbs = wordSet(`lives lived teaches taught studied grew married retired died`)

// titledApposition reports whether the mention m, which the tagger took for
// a thing, is a name that an apposition gives an office that only a person
// holds: "Aroha Te Rangi, the Minister for Resources, met".
func (t CombinedTagger) titledApposition(d *Doc, m Mention) bool {
	if m.Last-m.First < 2 || m.Last-m.First > 5 || m.Last+3 >= len(d.Tokens) || d.Tokens[m.Last].Text != "," {
		return false
	}
	particles := 0
	for k := m.First + 1; k < m.Last-1; k++ {
		if nameParticles[d.Tokens[k].Text] {
			particles++ // "Aurélia da Costa Ximenes"
		}
	}
	if m.Last-m.First-particles > 3 || particles == 0 && !nameLike(d, m) {
		return false
	}
	given := t.Rules.Names != nil && t.Rules.Names.KnownFolded(d.Tokens[m.First].Text) // "Cláudia Albuquerque Lins"
	for k := m.First; k < m.Last; k++ {
		if w := d.Tokens[k].Text; !given && t.Rules.isMajorPlace(w) || countryOf(t.Rules.Gazetteer, w) != "" || mediaWords[lower(w)] || outletWords[lower(w)] {
			return false
		}
	}
	k := m.Last + 1
	if w := lower(d.Tokens[k].Text); w == "the" || w == "a" || w == "an" {
		k++
	} else if !officeWords[w] && !rankFirst[w] {
		return false // "the new Supreme Court, led by its president, X"
	}
	for e := k; e < len(d.Tokens) && e < k+4; e++ {
		w := lower(d.Tokens[e].Text)
		if officeWords[w] || given && roleNoun(w) {
			return true // (a given name first: "Aurélia da Costa Ximenes, the interpreter and negotiator who")
		}
		if isPunct(d.Tokens[e].Text) || boundaries[w] || finiteVerb(w) {
			return false
		}
	}
	return false
}

// officeBefore reports whether the mention m, which the tagger took for a
// thing, is a name after a given name's first word that an office before
// it introduces: "the president of the International Olympic Committee,
// Kirsty Coventry,".
func (t CombinedTagger) officeBefore(d *Doc, m Mention) bool {
	if m.Last-m.First < 2 || m.Last-m.First > 3 || m.First < 3 || d.Tokens[m.First-1].Text != "," || !nameLike(d, m) ||
		t.Rules.Names == nil || !t.Rules.Names.KnownFolded(d.Tokens[m.First].Text) {
		return false
	}
	for e := m.First - 2; e >= 1 && e >= m.First-10; e-- {
		w := lower(d.Tokens[e].Text)
		if officeWords[w] && isLowerWord(d.Tokens[e].Text) {
			p := lower(d.Tokens[e-1].Text)
			return p == "the" || p == "its" || p == "their" || rankFirst[p]
		}
		if isPunct(d.Tokens[e].Text) || boundaries[w] || finiteVerb(w) {
			return false
		}
	}
	return false
}

// officeWords are the offices that only people hold.
var officeWords = wordSet(`minister president secretary spokesman spokeswoman spokesperson chairman chairwoman chairperson governor senator
ambassador envoy mayor premier chancellor executive director founder co-founder ceo`)

// rankFirst open an office's name: "chief executive of", "managing director".
var rankFirst = wordSet(`chief deputy vice managing senior`)

// nameLike reports whether every word of m could be part of a person's name:
// capitalised, and no title, organisation, department or facility word.
func nameLike(d *Doc, m Mention) bool {
	for k := m.First; k < m.Last; k++ {
		t := d.Tokens[k].Text
		lt := lower(t)
		if !isCap(t) || allCaps(t) || titleWords[lt] || orgSuffixes[lt] || deptWords[lt] || facilityWords[lt] {
			return false
		}
	}
	return true
}

// shireNouns end the name of a local government area: "Winton Shire",
// "Kasama District", "Orange Walk Town".
var shireNouns = wordSet(`shire county district municipality borough parish province region state town city council`)

// personLike reports whether every word of m could be a word of a
// person's name: capitalised letters, not all capitals, and no word that
// heads the name of a body, and none that the gazetteer knows as a place or
// a nationality ("Adani Ports", "Inter Miami", "British Business").
func personLike(d *Doc, m Mention, g Gazetteer) bool {
	for k := m.First; k < m.Last; k++ {
		w := d.Tokens[k].Text
		lw := lower(w)
		if !isCap(w) || allCaps(w) || orgHeads[lw] || orgWords[lw] || shireNouns[lw] || lw == "area" || strings.ContainsAny(w, "&.0123456789") {
			return false
		}
		if g != nil && (knownPlace(g, w) || countryOf(g, w) != "") || k == m.First && (placePrefixes[lw] || lw == "st" || lw == "saint" || lw == "san" || lw == "santa") {
			return false // (and "St Kitts")
		}
	}
	return g == nil || !knownPlace(g, m.Text)
}

// journeyVerbs go to a place: "come to X", "arrived in X".
var journeyVerbs = wordSet(`come comes came coming travel travels travelled traveled travelling traveling fly flies flew flying
drive drove driving sail sailed moved move return returns returned returning arrive arrives arrived arriving`)

// areaEnds end the name of a local government area, never a person's.
var areaEnds = wordSet(`area shire county district municipality borough province region council`)

// knownPlace reports whether the gazetteer knows name as a place.
func knownPlace(g Gazetteer, name string) bool {
	_, ok := g.Place(name, nil)
	return ok
}
