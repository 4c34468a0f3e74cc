package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word lists shared by the rule-based stages (RuleTagger, RuleResolver,
// RuleEventFinder). They describe English news reporting in general, not any
// article in particular. They are read-only.

// titleWords head a title or role: "President", "envoy", "spokesperson".
var titleWords = wordSet(`president presidents peer peers vice rear secretary minister ministers prime premier chancellor
senator sen. sens. sens senators governor gov. hokim akim wali prefect voivode bupati reps. reps king queen prince princess pope emperor sheikh sheikha shaikh shaikha shaykh lyonpo lyonchhen dasho gyalpo emir amir crown comrade
mr. mrs. ms. dr. prof. mr mrs ms dr prof madam encik puan cik alhaji alhaja shri smt smt. shrimati amb. engr. engr barr. barr hrh lolo mang manang manong aling khun collector general gen. admiral adm. colonel col. lieutenant lt. major maj. captain capt. sergeant sgt.
envoy envoys ambassador ambassadors spokesperson spokesman spokeswoman chief chiefs adviser advisor advisers advisors
aide aides boss director chairman chairwoman chairperson chair ceo cfo coo founder co-founder cofounder commissioner representative rep. mayor
speaker leader leaders counterpart counterparts host anchor correspondent reporter judge justice attorney
engineer negotiator mediator diplomat diplomats officer official officials head deputy coach manager striker captain delegate
chairperson president-elect secretary-general president-general treasurer-general auditor-general director-general attorney-general solicitor-general governor-general inspector-general registrar-general accountant-general commissioner-general mp lawmaker legislator congressman congresswoman
prosecutor inspector commander administrator superintendent commodore brigadier marshal bishop archbishop cardinal rabbi imam ayatollah mullah mufti patriarch prisoner
archimandrite canon abbot abbess pastor reverend rev. monsignor msgr. swami deacon sister brother father mother fr. fr sr. garda abuna priest nun friar
executive vice-president ruler monarch dictator tsar czar datuk dato datin datu seri tun lady sir dame lord baroness
treasurer agent player midfielder defender goalkeeper winger footballer cricketer batsman bowler champion businessman businesswoman
tycoon billionaire lawyer advocate barrister solicitor counsel banker economist singer rapper actor actress ombudsman
registrar clerk magistrate baale kabiyesi csp dcp aig igp professor provost messrs mesdames vice-chancellor vice-chair vice-chairman vice-chairwoman vice-chairperson vice-principal vice-mayor proctor rector gen lt maj col capt brig sgt adm cdr whip
superintendent sheriff trustee councillor councilor councilman councilwoman alderman cllr cllr. coun. comptroller controller
msp mep mla pm detective constable warden headteacher undersecretary under-secretary usec chieftain chieftainess
ce rre mma ato w/ro w/rt weyzero woizero maestro mro h.e. hon. honourable honorable oba togbe omanhene naa pak bapak ibu bu señora señor doña sra. ing. arq. mgr. bc. atty. dir. engr. acp dsp asp insp insp. cpl cpl. judr. mudr. phdr. rndr. lic. cr. cr padre hajia hajiya mallam eng. adv. queenmother queen-mother mme mme. taoiseach tánaiste tanaiste`)

// roleModifiers qualify a title: "special envoy", "foreign policy aide".
var roleModifiers = wordSet(`special deputy prime crown foreign policy press security national chief senior top former acting
interim state staff of the house white defence defense interior finance trade economy economic
justice health energy external affairs homeland middle east executive general assistant associate
principal political military intelligence presidential supreme federal regional provincial financial
british american russian ukrainian us u.s. uk u.k. eu un european chinese french german indian`)

// deptWords name a portfolio after "Minister of": "Foreign Affairs", "Trade
// and Industry".
var deptWords = wordSet(`foreign affairs finance trade industry defence defense interior justice health energy
economy economic agriculture education culture commerce labour labor transport communications information tourism
environment planning state internal home public works social welfare development fisheries mines petroleum oil
land lands water science technology youth sports women religious security national treasury budget cooperation
external international relations emergency situations electricity renewable minerals investment digital
housing urban infrastructure climate staff integration reintegration diaspora veterans reconstruction
sport heritage arts family children gender aviation maritime ports roads highways railways mining employment immigration forestry livestock
emigration expatriates`)

// speechVerbs follow or precede a speaker's name: "Vickov said".
var speechVerbs = wordSet(`said says told stated added wrote asked replied noted explained argued insisted
warned claimed announced declared tweeted posted urged recalled responded`)

// capStops are capitalised function words that start sentences but are not names.
var capStops = wordSet(`the a an he she it they we i you his her its their our my your this that these those
there here on in at of for to from by with after before when while as if but and or so yet
however meanwhile earlier later last next first still also then both either neither no not
according during since until despite although though because what who whom which where why how
mr mrs ms share click breaking video photo read watch live update updated more related
visit meeting summit talks conference office secretariat directorate committee
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
january february march april may june july august september october november december
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. one two three four five six seven eight nine ten
all some many most such other another each every any`)

// weekdays name the days of the week.
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// dateWords name days, months and relative days; they are never entities.
var dateWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight
january february march april may june july august september october november december
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. week weekend month year morning evening afternoon night day`)

// nameJoiners may stand inside a multi-word name: "Bank of England", "bin Salman".
var nameJoiners = wordSet(`of de del della der van von bin ibn al da dos du le la el &`)

// orgHeads end organisation names; orgWords are organisations by themselves.
var orgHeads = wordSet(`house times news post journal force forces party council ministry department bank
company inc. corp. co. ltd. group union agency office committee association organization organisation
university institute court army navy parliament congress senate assembly commission fund federation
network channel airlines airways motors club league tribune herald gazette press daily service foundation
church administration government cabinet police guard`)

var orgWords = wordSet(`kremlin pentagon nato cnn ap nyt reuters bloomberg telegram afp bbc fox un eu opec
hamas hezbollah taliban msnbc abc cbs nbc zvezda tass xinhua kyodo yonhap`)

// nationalities is a fallback for nationality adjectives when no Gazetteer is configured.
var nationalities = map[string]string{
	"us": "United States", "u.s.": "United States", "usa": "United States", "american": "United States",
	"russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "british": "United Kingdom",
	"uk": "United Kingdom", "u.k.": "United Kingdom", "french": "France", "german": "Germany",
	"chinese": "China", "israeli": "Israel", "iranian": "Iran", "turkish": "Turkey", "saudi": "Saudi Arabia",
	"indian": "India", "japanese": "Japan", "qatari": "Qatar", "italian": "Italy", "spanish": "Spain",
	"canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "polish": "Poland", "korean": "South Korea",
	"egyptian": "Egypt", "syrian": "Syria", "iraqi": "Iraq", "pakistani": "Pakistan", "palestinian": "Palestine",
}

// pronounGender maps third-person singular pronouns to "m" or "f".
var pronounGender = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
}

// possessives are determiners that own a role: "his Russian counterpart".
var possessives = wordSet(`his her their our its my your`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// lower returns the lower-cased form of a token, with typographic apostrophes
// made plain.
func lower(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// isCap reports whether a token starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isPossessiveClitic reports "'s" and "’s" (and a bare apostrophe after s).
func isPossessiveClitic(s string) bool {
	return s == "'s" || s == "’s" || s == "'" || s == "’"
}

// isQuote reports quotation marks.
func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "''", "``", "«", "»":
		return true
	}
	return false
}

// allCaps reports whether every letter of s is upper case (and there are at least two).
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// lowerTokens returns lower(t.Text) for every token of d. It lowers the
// ASCII letters of the whole text once and slices it for the ASCII tokens,
// so most tokens cost no allocation.
func lowerTokens(d *Doc) []string {
	var sb strings.Builder // one copy of the text, lowered
	sb.Grow(len(d.Text))
	for i := 0; i < len(d.Text); i++ {
		c := d.Text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		sb.WriteByte(c)
	}
	text := sb.String()
	out := make([]string, len(d.Tokens))
	for k, t := range d.Tokens {
		if isASCII(t.Text) {
			out[k] = text[t.Start:t.End]
		} else {
			out[k] = lower(t.Text)
		}
	}
	return out
}
