package extract

import (
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// RuleEventFinder finds meetings and calls between people with patterns over
// tokens and resolved person mentions: "X met (with) Y", "X and Y held talks",
// "talks between X and Y", "X's call with Y", "X hosted Y", "X spoke with Y by
// phone". Participants come from the clause of the trigger word, not from the
// whole sentence: the subject (through "who", pronouns and titles the Resolver
// attached) and the coordinated objects. Status is negated, planned or
// occurred from the words around the trigger; the date is the nearest date
// mention of the sentence; the place is a located "in"/"at" phrase of the
// clause, or the dateline for "here". Mentions of one event in one article are
// merged. A RuleEventFinder is safe for concurrent use.
type RuleEventFinder struct {
	Dates     DateFinder  // may be nil: events get no dates
	Gazetteer Gazetteer   // may be nil: places keep their written names
	Names     *GivenNames // may be nil: a person's sex is told by pronouns alone
}

// A trigger word and how it takes its participants.
type trigger struct {
	typ       EventType
	direct    bool // takes a direct object: "met Putin"
	symmetric bool // a plural subject alone suffices: "X and Y met"
	nominal   bool // a noun: "talks", "a call"
	base      bool // a bare infinitive form: "meet", "talk"
}

var triggers = map[string]trigger{
	"meet": {typ: Meeting, direct: true, symmetric: true, base: true}, "meets": {typ: Meeting, direct: true, symmetric: true},
	"met": {typ: Meeting, direct: true, symmetric: true}, "meeting": {typ: Meeting, direct: true, nominal: true, symmetric: true},
	"meetings": {typ: Meeting, nominal: true, symmetric: true},
	"visit":    {typ: Meeting, direct: true, base: true}, "visited": {typ: Meeting, direct: true}, "visits": {typ: Meeting, direct: true},
	"visiting": {typ: Meeting, direct: true},
	"host":     {typ: Meeting, direct: true, base: true}, "hosted": {typ: Meeting, direct: true}, "hosts": {typ: Meeting, direct: true},
	"hosting": {typ: Meeting, direct: true},
	"talks":   {typ: Meeting, nominal: true, symmetric: true}, "summit": {typ: Meeting, nominal: true, symmetric: true},
	"negotiations": {typ: Meeting, nominal: true, symmetric: true}, "discussions": {typ: Meeting, nominal: true, symmetric: true},
	"sit": {typ: Meeting, base: true, symmetric: true}, "sat": {typ: Meeting, symmetric: true}, "sits": {typ: Meeting, symmetric: true},
	"sitting": {typ: Meeting, symmetric: true}, "seated": {typ: Meeting, symmetric: true},
	"call": {typ: Call, direct: true, nominal: true, symmetric: true, base: true}, "calls": {typ: Call, direct: true, nominal: true, symmetric: true},
	"called": {typ: Call, direct: true}, "phoned": {typ: Call, direct: true}, "telephoned": {typ: Call, direct: true},
	"phones": {typ: Call, direct: true}, "telephones": {typ: Call, direct: true}, // "He telephones X": the narrative present
	"phoning": {typ: Call, direct: true}, "telephoning": {typ: Call, direct: true},
	"rang": {typ: Call, direct: true}, "rings": {typ: Call, direct: true}, "ringing": {typ: Call, direct: true},
	"ring": {typ: Call, direct: true, base: true}, "dialled": {typ: Call, direct: true}, "dialed": {typ: Call, direct: true},
	"phone": {typ: Call, direct: true, nominal: true, symmetric: true, base: true}, "telephone": {typ: Call, direct: true, nominal: true, symmetric: true, base: true},
	"speak": {typ: Call, symmetric: true, base: true}, "speaks": {typ: Call, symmetric: true}, "spoke": {typ: Call, symmetric: true},
	"spoken": {typ: Call, symmetric: true}, "speaking": {typ: Call, symmetric: true},
	"talk": {typ: Call, symmetric: true, base: true}, "talked": {typ: Call, symmetric: true}, "talking": {typ: Call, symmetric: true},
	"videoconference": {typ: Call, nominal: true, symmetric: true}, "zoom": {typ: Call, nominal: true, symmetric: true},
	"hook-up": {typ: Call, nominal: true, symmetric: true}, "hookup": {typ: Call, nominal: true, symmetric: true}, // "a phone hook-up with X"
	"conference":   {typ: Call, nominal: true, symmetric: true}, // "video conference", "phone conference" only (see at)
	"conversation": {typ: Meeting, nominal: true, symmetric: true}, "conversations": {typ: Meeting, nominal: true, symmetric: true},
	"discussed": {typ: Meeting, symmetric: true}, "discuss": {typ: Meeting, base: true}, "discussing": {typ: Meeting},
	"conferred": {typ: Meeting}, "confer": {typ: Meeting, base: true}, "conferring": {typ: Meeting},
	"joined":  {typ: Meeting, direct: true},
	"receive": {typ: Meeting, direct: true, base: true}, "received": {typ: Meeting, direct: true}, "receives": {typ: Meeting, direct: true},
	"receiving": {typ: Meeting, direct: true},
	"welcome":   {typ: Meeting, direct: true, base: true}, "welcomed": {typ: Meeting, direct: true}, "welcomes": {typ: Meeting, direct: true},
	"greeted": {typ: Meeting, direct: true}, "greets": {typ: Meeting, direct: true}, "presented": {typ: Meeting, direct: true}, "handed": {typ: Meeting, direct: true}, "present": {typ: Meeting, direct: true, base: true}, "presents": {typ: Meeting, direct: true}, "summoned": {typ: Meeting, direct: true},
	"brief": {typ: Call, direct: true, base: true}, "briefed": {typ: Call, direct: true}, "briefing": {typ: Call, nominal: true},
	"briefs": {typ: Call, direct: true}, "debrief": {typ: Call, direct: true, base: true}, "debriefed": {typ: Call, direct: true},
	"debriefing": {typ: Call, direct: true}, "updated": {typ: Call, direct: true},
	// Speaking to listeners: "explained to X". Not "reported to", which is
	// mostly subordination ("Smith, who reported to Jones").
	"explained": {typ: Call},
	// Telling a named person something is talking to them: "Ingham told me
	// ...", "Macron told Scholz on Friday that ...". "Told reporters" names
	// no person; journalists are no participants (see journalist).
	"told": {typ: Call, direct: true}, "tells": {typ: Call, direct: true}, "tell": {typ: Call, direct: true, base: true},
	"telling":  {typ: Call, direct: true},
	"informed": {typ: Call, direct: true}, "informs": {typ: Call, direct: true}, "inform": {typ: Call, direct: true, base: true},
	// Meals and tours together: "had dinner with X", "dined with X", "toured the
	// plant with X".
	"dinner": {typ: Meeting, nominal: true, symmetric: true}, "lunch": {typ: Meeting, nominal: true, symmetric: true},
	"breakfast": {typ: Meeting, nominal: true, symmetric: true}, "banquet": {typ: Meeting, nominal: true},
	"coffee":   {typ: Meeting, nominal: true, symmetric: true},
	"luncheon": {typ: Meeting, nominal: true},
	"dined":    {typ: Meeting, symmetric: true}, "lunched": {typ: Meeting, symmetric: true}, "dining": {typ: Meeting, symmetric: true},
	"dine": {typ: Meeting, symmetric: true, base: true}, "dines": {typ: Meeting, symmetric: true},
	// Chairing a meeting together: "A and B co-chaired the strategic dialogue".
	"co-chaired": {typ: Meeting, symmetric: true}, "co-chair": {typ: Meeting, symmetric: true, base: true},
	"co-chairs": {typ: Meeting, symmetric: true}, "co-chairing": {typ: Meeting, symmetric: true},
	"chatted": {typ: Meeting, symmetric: true}, "chat": {typ: Meeting, symmetric: true, base: true},
	"exchange": {typ: Meeting, nominal: true}, // "a brief, animated exchange with Zelenskiy"
	// "X and Y exchanged views on", "exchanged pleasantries with" (see viewNouns)
	"exchanged": {typ: Meeting, symmetric: true}, "exchanging": {typ: Meeting, symmetric: true},
	"toured": {typ: Meeting}, "walked": {typ: Meeting}, "inspected": {typ: Meeting},
	"tours": {typ: Meeting}, "walks": {typ: Meeting}, "inspects": {typ: Meeting},
	"tour": {typ: Meeting, base: true}, "walk": {typ: Meeting, base: true}, "inspect": {typ: Meeting, base: true},
	"guide": {typ: Meeting, direct: true, base: true}, "guided": {typ: Meeting, direct: true}, "guides": {typ: Meeting, direct: true}, // "will guide him through the exhibition"
	"escort": {typ: Meeting, direct: true, base: true}, "escorted": {typ: Meeting, direct: true},
	"brought": {typ: Meeting, direct: true}, // "brought together X, Y and Z", "bring X and Y together"
	"bring":   {typ: Meeting, direct: true, base: true}, "brings": {typ: Meeting, direct: true}, "bringing": {typ: Meeting, direct: true},
	"dialogue": {typ: Meeting, nominal: true, symmetric: true}, "retreat": {typ: Meeting, nominal: true, symmetric: true},
	// "huddled with", "had an audience with", "held a bilateral with", "a
	// one-on-one with", "a tête-à-tête with".
	"huddled": {typ: Meeting, symmetric: true}, "huddle": {typ: Meeting, symmetric: true, base: true},
	// "was closeted with X for most of a day"; "caught up with X" (see at).
	"closeted": {typ: Meeting, symmetric: true}, "caught": {typ: Meeting, symmetric: true},
	"catch": {typ: Meeting, symmetric: true, base: true}, "catches": {typ: Meeting, symmetric: true},
	"audience": {typ: Meeting, nominal: true}, "bilateral": {typ: Meeting, nominal: true, symmetric: true},
	"appointment": {typ: Meeting, nominal: true},
	"bilaterals":  {typ: Meeting, nominal: true, symmetric: true}, "one-on-one": {typ: Meeting, nominal: true, symmetric: true},
	"trilateral": {typ: Meeting, nominal: true, symmetric: true}, "sit-down": {typ: Meeting, nominal: true, symmetric: true},
	"sit-downs":    {typ: Meeting, nominal: true, symmetric: true},
	"get-together": {typ: Meeting, nominal: true, symmetric: true}, "get-togethers": {typ: Meeting, nominal: true, symmetric: true},
	"reunion": {typ: Meeting, nominal: true, symmetric: true}, "reunions": {typ: Meeting, nominal: true, symmetric: true},
	// Time spent with someone: "spent an hour with X" (see spentWith).
	"spent": {typ: Meeting}, "spend": {typ: Meeting, base: true}, "spends": {typ: Meeting}, "spending": {typ: Meeting},
	// Signing an agreement together: "X and Y signed a deal", "X signed an
	// accord with Y" (see agreementSigned).
	"signed": {typ: Meeting, symmetric: true}, "sign": {typ: Meeting, symmetric: true, base: true},
	"consultation": {typ: Meeting, nominal: true}, "consultations": {typ: Meeting, nominal: true, symmetric: true}, // "held a security consultation with X"
	"session": {typ: Meeting, nominal: true}, "roundtable": {typ: Meeting, nominal: true}, "round-table": {typ: Meeting, nominal: true}, "gathering": {typ: Meeting, nominal: true}, "tête-à-tête": {typ: Meeting, nominal: true, symmetric: true}, "tete-a-tete": {typ: Meeting, nominal: true, symmetric: true},
	// "is due to see Premier Giorgia Meloni at Palazzo Chigi": see, with a
	// person, then a place or a time (see seeComplement).
	"see": {typ: Meeting, direct: true, base: true}, "sees": {typ: Meeting, direct: true}, "saw": {typ: Meeting, direct: true},
	"seeing": {typ: Meeting, direct: true},
	// Consulting, negotiating and conversing with someone: "consulted (with)
	// X by phone", "negotiated with X in Doha", "conversed with X".
	"consulted": {typ: Meeting, direct: true, symmetric: true}, "consult": {typ: Meeting, direct: true, symmetric: true, base: true},
	"consults": {typ: Meeting, direct: true, symmetric: true}, "consulting": {typ: Meeting, direct: true, symmetric: true},
	"negotiated": {typ: Meeting, symmetric: true}, "negotiate": {typ: Meeting, symmetric: true, base: true},
	"negotiates": {typ: Meeting, symmetric: true}, "negotiating": {typ: Meeting, symmetric: true},
	"conversed": {typ: Call, symmetric: true}, "converse": {typ: Call, symmetric: true, base: true},
	"teleconference": {typ: Call, nominal: true, symmetric: true}, "video-called": {typ: Call, direct: true},
	"entertained": {typ: Meeting, direct: true}, "embraced": {typ: Meeting, direct: true}, "hugged": {typ: Meeting, direct: true},
	"encounter": {typ: Meeting, nominal: true, symmetric: true},
}

// messageVerbs are the spoken verbs of Levin's (1993) classes 37.1
// ("transfer of a message") and 37.11 ("lecture verbs") that take their
// listener with "to": "explained to X", "preached to X", "lectured to X",
// "relayed to X". Written ones (write, cite, quote) are not calls. They are
// triggers only with "to" and a named listener (see at).
var messageVerbs = wordSet(`explain explains explaining explicate explicated dictate dictated dictating narrate narrated
narrating preach preached preaches preaching recite recited reciting relay relayed relays relaying lecture lectured
lectures lecturing remark remarked moralize moralized sermonize sermonized confide confided confiding complain
complained complains complaining`)

// viewNouns are what people exchange when they talk: "exchanged views",
// "exchanged pleasantries".
var viewNouns = []string{"views", "opinions", "ideas", "pleasantries", "greetings", "notes", "thoughts"}

// speakTriggers are calls only when no place puts the people together.
var speakTriggers = wordSet(`speak speaks spoke spoken speaking talk talked talking told tells tell telling chatted chat`)

// cancelWords undo an event when its clause says so after the trigger: "the
// meeting ... was cancelled", "talks ... were called off".
var cancelWords = wordSet(`cancelled canceled scrapped shelved abandoned postponed dropped rejected refused removed axed scratched`)

// cancelledAfter reports whether the clause of the trigger at k says, after
// it, that the event was cancelled.
func (x *ectx) cancelledAfter(k int, s Sentence) bool {
	limit := k + 16
	if x.betweenAfter(k, s) > 0 || len(x.arrangedWith(k, s.Last, trigger{typ: Meeting, nominal: true})) > 0 {
		// "a planned meeting in Karachi between A, the country director,
		// and B, the minister, did not take place", "A session she had
		// scheduled with X, export director of ..., was cancelled", "a
		// meeting he had arranged with X, chair of ..., to discuss ... fell
		// through"
		limit += 16
	}
	for j := k + 1; j < s.Last && j <= limit+16; j++ {
		lw := x.low[j]
		relative := lw == "," && j+1 < s.Last && (x.low[j+1] == "which" || x.low[j+1] == "who" || x.low[j+1] == "whose" || reducedRelatives[x.low[j+1]])
		if j > limit && lw != "but" && !relative {
			continue // "but the meeting did not hold" may come after a long object
		}
		if relative {
			// a relative clause: "a meeting with X, which had been scheduled
			// for last week, was canceled"
			if c := x.findWord(j+2, minInt(s.Last, j+28), ","); c > 0 {
				limit = maxInt(limit+c-j, c+6) // the verb follows the clause
				j = c
				continue
			}
		}
		if lw == "but" && x.plannedBefore(k, s) {
			// "was supposed to meet X on Friday, but the weather closed the
			// roads and we had to call it off"
			for a := j + 1; a+2 < s.Last && a < j+24; a++ {
				if (x.low[a] == "call" || x.low[a] == "called" || x.low[a] == "calling") && x.low[a+1] == "it" && x.low[a+2] == "off" ||
					(x.low[a] == "cancel" || x.low[a] == "cancelled" || x.low[a] == "canceled" || x.low[a] == "postpone" || x.low[a] == "postponed") && x.low[a+1] == "it" {
					return true
				}
			}
		}
		if lw == "but" && j+3 < s.Last && x.low[j+1] == "it" && x.refAt[j+1] < 0 {
			// "had an appointment to see X on 5 June, but it was cancelled"
			e := j + 2
			for e < s.Last && e < j+6 && (auxWords[x.low[e]] || x.low[e] == "been") {
				e++
			}
			if e > j+2 && x.calledOff(e, s) {
				return true
			}
		}
		if lw == "but" && j+3 < s.Last && x.refAt[j+1] >= 0 && isPossessiveClitic(x.low[x.refs[x.refAt[j+1]].last]) && x.refs[x.refAt[j+1]].last+1 < s.Last &&
			planNouns[x.low[x.refs[x.refAt[j+1]].last+1]] {
			// "but Wang's trip has been put off"
			e := x.refs[x.refAt[j+1]].last + 2
			for e < s.Last && e < j+8 && (auxWords[x.low[e]] || x.low[e] == "been") {
				e++
			}
			if x.calledOff(e, s) {
				return true
			}
		}
		if lw == "but" && j+2 < s.Last && (x.low[j+1] == "the" || x.low[j+1] == "that" || x.low[j+1] == "this") && planNouns[x.low[j+2]] {
			// "considering a trip to Seoul to see Yoon, but the plan was
			// shelved", "but that visit did not take place", "but that
			// meeting was scrapped"
			if x.planUndone(j+3, s) {
				return true
			}
			j += 2
			continue
		}
		if lw == "but" {
			// "but the ferry was cancelled because of the weather and the
			// meeting did not go ahead"
			for a := j + 1; a+3 < s.Last && a < j+24; a++ {
				if x.low[a] == "and" && (x.low[a+1] == "the" || x.low[a+1] == "that" || x.low[a+1] == "so") && planNouns[x.low[a+2]] && x.planUndone(a+3, s) {
					return true
				}
			}
		}
		if lw == "but" && j+2 < s.Last && (x.low[j+1] == "stayed" || x.low[j+1] == "remained") &&
			(x.low[j+2] == "in" || x.low[j+2] == "at" || x.low[j+2] == "home" || x.low[j+2] == "away" || x.low[j+2] == "behind") {
			return true // "had been due to meet Ratna that day but stayed in Jakarta"
		}
		if lw == "but" && j+3 < s.Last && (x.low[j+1] == "he" || x.low[j+1] == "she" || x.low[j+1] == "they") && x.calledOff(j+2, s) && x.low[j+3] == "it" {
			return true // "had sought his own meeting with Brennan this week, but he canceled it"
		}
		if lw == "but" && x.plannedBefore(k, s) && x.droppedOut(j+1, s) {
			return true // "had been due to meet X on Monday but fell ill", "but Jones cancelled"
		}
		if (auxWords[lw] || lw == "does" || lw == "do") && j+2 < s.Last && (x.low[j+1] == "not" || x.low[j+1] == "n't") && fellThrough[x.low[j+2]] &&
			(x.low[j+2] != "push" || j+3 < s.Last && x.low[j+3] == "through") {
			return true // "which had been expected last week, did not push through", "did not materialise"
		}
		if (lw == "fell" || lw == "falls" || lw == "fall") && j+1 < s.Last && x.low[j+1] == "through" ||
			(lw == "failed" || lw == "fails") && j+2 < s.Last && x.low[j+1] == "to" && (fellThrough[x.low[j+2]] || x.low[j+2] == "take" && j+3 < s.Last && x.low[j+3] == "place") {
			return true // "but the meeting fell through", "failed to materialise", "failed to take place"
		}
		if lw == "never" && j+1 < s.Last && (neverHappened[x.low[j+1]] || j+2 < s.Last && (x.low[j+1] == "took" || x.low[j+1] == "went") &&
			(x.low[j+2] == "place" || x.low[j+2] == "ahead")) {
			return true // "the meeting ... never happened", "never took place"
		}
		if (auxWords[lw] || lw == "could" || lw == "can" || lw == "does" || lw == "do") && j+4 < s.Last && (x.low[j+1] == "therefore" || x.low[j+1] == "now" || x.low[j+1] == "thus") &&
			x.low[j+2] == "not" && (x.low[j+3] == "take" || x.low[j+3] == "go") && x.low[j+4] == "place" {
			return true // "A meeting with X in Jaffna will therefore not take place"
		}
		if (auxWords[lw] || lw == "could" || lw == "can" || lw == "does" || lw == "do") && j+3 < s.Last && (x.low[j+1] == "not" || x.low[j+1] == "n't") &&
			((x.low[j+2] == "take" || x.low[j+2] == "go") && x.low[j+3] == "place" || x.low[j+2] == "come" && x.low[j+3] == "off") {
			return true // "A meeting between A and B, which had been proposed by the Saudi side, did not take place"; "could not take place"; "did not come off"
		}
		if (lw == "that" || lw == "which") && j > k+1 && j+1 < s.Last && auxWords[x.low[j+1]] {
			limit = maxInt(limit, j+12) // "a meeting between X and Y that had been scheduled for Tuesday in Madrid was cancelled"
			continue
		}
		if (lw == "that" || lw == "which") && j > k+1 {
			// "a phone call between X and Y that officials had floated for
			// this week did not take place": the relative clause's subject
			// comes before its verb
			if a := x.relativeAux(j+1, s); a > 0 {
				limit = maxInt(limit, a+10)
				continue
			}
		}
		if lw == "that" && j+1 < s.Last && (dateWords[x.low[j+1]] || nextUnits[x.low[j+1]]) {
			j++ // "due to meet X that day but stayed in Jakarta": a demonstrative
			continue
		}
		if boundaries[lw] || lw == "after" && !x.timePhrase(j, s) || lw == "because" {
			return false // (but "due to meet X after the prize-giving, but that meeting was cancelled")
		}
		if auxWords[lw] && j+3 < s.Last && (x.low[j+1] == "not" || x.low[j+1] == "n't") &&
			(x.low[j+2] == "go" || x.low[j+2] == "gone") && x.low[j+3] == "ahead" {
			return true // "will not go ahead"
		}
		if beWords[lw] && j+1 < s.Last {
			n := x.low[j+1]
			if x.calledOff(j+1, s) || j+2 < s.Last && negParticles[x.low[j+2]][n] {
				return true
			}
		}
	}
	return false
}

// planUndone reports whether the words from e, after a plan's noun, say it
// did not happen: "did not go ahead", "never happened", "was scrapped".
func (x *ectx) planUndone(e int, s Sentence) bool {
	return e+1 < s.Last && (x.low[e] == "did" || x.low[e] == "was" || x.low[e] == "has") && (x.low[e+1] == "not" || x.low[e+1] == "n't") ||
		e < s.Last && x.low[e] == "never" || e+1 < s.Last && beWords[x.low[e]] && x.calledOff(e+1, s)
}

// mandated reports whether the plain verb at k is the subjunctive of a
// "that" clause after a verb of ordering: "The Presiding Member directed
// that the Chairman, Hon. X, meet Y", "recommended that the two ministers
// meet".
func (x *ectx) mandated(k int, s Sentence) bool {
	t := x.findWordBack(maxInt(s.First, k-16), k, "that")
	if t <= s.First || x.findWordIn(t+1, k, boundaries) >= 0 {
		return false
	}
	for j := t - 1; j >= s.First && j >= t-2; j-- {
		if mandateVerbs[x.low[j]] {
			return true
		}
	}
	return false
}

// mandateVerbs order or propose what a subjunctive "that" clause tells.
var mandateVerbs = wordSet(`directed ordered instructed recommended proposed suggested resolved requested urged insisted demanded asked directs orders recommends proposes suggests urges`)

// plannedBefore reports whether the verb at k is told as a plan: "was due
// to meet", "had planned to meet", "was expected to call".
func (x *ectx) plannedBefore(k int, s Sentence) bool {
	for j := maxInt(s.First, k-4); j < k; j++ {
		if lw := x.low[j]; lw == "due" || lw == "planned" || lw == "expected" || lw == "scheduled" || lw == "set" || lw == "supposed" || lw == "hoped" || lw == "arranged" || lw == "intended" {
			return true
		}
	}
	return false
}

// droppedOut reports whether the words at j, after "but", say the plan fell
// away: "(X) cancelled", "fell ill", "was taken ill", "pulled out", "backed
// out", "withdrew".
func (x *ectx) droppedOut(j int, s Sentence) bool {
	if j < s.Last && x.refAt[j] >= 0 && !possessives[x.low[j]] {
		j = x.refs[x.refAt[j]].last // "but Jones cancelled" (not "but his flight was cancelled")
	}
	if j+1 >= s.Last {
		return false
	}
	switch a, b := x.low[j], x.low[j+1]; {
	case x.calledOff(j, s) && (b == "." || b == "," || b == "it" || b == "the" || b == "at"):
		return true
	case (a == "fell" || a == "falls") && b == "ill", a == "was" && b == "taken" && j+2 < s.Last && x.low[j+2] == "ill":
		return true
	case (a == "pulled" || a == "backed") && b == "out", a == "withdrew":
		return true
	case (possessives[a] || a == "the") && journeyNouns[b]:
		// "but his flight from Grand Cayman was cancelled"
		e := j + 2
		for e < s.Last && e < j+8 && x.refAt[e] < 0 && !auxWords[x.low[e]] && !boundaries[x.low[e]] {
			e++
		}
		for e < s.Last && (auxWords[x.low[e]] || x.low[e] == "been") {
			e++
		}
		return e < s.Last && x.calledOff(e, s)
	}
	return x.cancelsPlan(j, s) // "but his office called off the visit"
}

// relativeAux returns the auxiliary of a relative clause whose subject, a
// short run of words without punctuation, starts at i ("officials had",
// "Ethiopian officials had", "the two sides have"), or 0.
func (x *ectx) relativeAux(i int, s Sentence) int {
	for j := i; j < s.Last && j < i+4; j++ {
		lw := x.low[j]
		if auxWords[lw] && j > i {
			return j
		}
		if isPunct(lw) || boundaries[lw] || auxWords[lw] {
			return 0
		}
	}
	return 0
}

// timePhrase reports whether the word at j opens a phrase of time closed by
// a comma, not a clause: "after the prize-giving," but not "after the summit
// was cancelled".
func (x *ectx) timePhrase(j int, s Sentence) bool {
	if j+1 >= s.Last || !determiners[x.low[j+1]] {
		return false
	}
	for t := j + 2; t < s.Last && t <= j+6; t++ {
		if x.low[t] == "," {
			return true
		}
		if auxWords[x.low[t]] || beWords[x.low[t]] || finiteVerb(x.low[t]) {
			return false
		}
	}
	return false
}

// theNextDay reports whether "the" at j opens a day told from another:
// "the next morning", "the following day", "the same evening".
func (x *ectx) theNextDay(j int, s Sentence) bool {
	if j+2 >= s.Last || x.low[j] != "the" {
		return false
	}
	switch x.low[j+1] {
	case "next", "following", "previous", "preceding", "same":
		return dayParts[x.low[j+2]] || dateWords[x.low[j+2]]
	}
	return false
}

// fellThrough are the verbs that, negated, say an event did not happen:
// "did not materialise", "did not push through".
var fellThrough = wordSet(`push materialise materialize happen proceed`)

// neverHappened follow "never" when an event did not take place: "the
// meeting never happened".
var neverHappened = wordSet(`happened materialised materialized occurred`)

// cancelsPlan reports whether the clause from token j says that someone
// called off the plan: "his office called off the visit", "the ministry
// cancelled the trip".
func (x *ectx) cancelsPlan(j int, s Sentence) bool {
	for v := j + 1; v < s.Last && v <= j+4; v++ {
		if !x.calledOff(v, s) || auxWords[x.low[v-1]] || beWords[x.low[v-1]] {
			if boundaries[x.low[v]] || x.low[v] == "," || isTrigger(x.low[v]) {
				return false
			}
			continue
		}
		o := v + 1
		if x.low[v] == "called" || x.low[v] == "put" {
			o++
		}
		return o+1 < s.Last && (determiners[x.low[o]] || possessives[x.low[o]]) && planNouns[x.low[o+1]]
	}
	return false
}

// calledOff reports whether the words at j cancel: "cancelled", "called
// off", "put off".
func (x *ectx) calledOff(j int, s Sentence) bool {
	j = x.skipAdverbs(j, s.Last-1) // "was reportedly called off", "has since been cancelled"
	if j < s.Last && x.low[j] == "been" {
		j++
	}
	if j >= s.Last {
		return false
	}
	if x.low[j] == "postponed" && j+1 < s.Last && (x.low[j+1] == "to" || x.low[j+1] == "until") {
		return false // "has been postponed to Monday": moved, still to come
	}
	return cancelWords[x.low[j]] || (callWords[x.low[j]] || x.low[j] == "put") && j+1 < s.Last && x.low[j+1] == "off"
}

// adverb reports whether the token at j is an adverb that may stand between
// an auxiliary and its verb: "was reportedly called off", "will now meet",
// "has since been cancelled".
func (x *ectx) adverb(j int) bool {
	lw := x.low[j]
	if !isLowerWord(x.d.Tokens[j].Text) {
		return false
	}
	return attendAdverbs[lw] || midAdverbs[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ly") && !lyNouns[lw]
}

// midAdverbs are adverbs without "-ly" that stand before a verb.
var midAdverbs = wordSet(`now since already still eventually soon once again yet`)

// lyNouns end in "-ly" but are no adverbs.
var lyNouns = wordSet(`family rally ally reply supply assembly anomaly monopoly homily bully belly jelly folly lily july italy`)

// reducedRelatives open a reduced relative clause after a meeting noun: "a
// meeting between X and Y, scheduled for Monday in Arusha, has been called
// off".
var reducedRelatives = wordSet(`scheduled planned set slated expected due originally initially earlier previously pencilled penciled tentatively mooted floated`)

// planNouns name a plan that a later clause may cancel.
var planNouns = wordSet(`plan plans trip visit meeting talks summit call idea`)

// callWords are the verb forms of "call": "called on X" is a visit or an
// appeal, not a phone call.
var callWords = wordSet(`call calls called calling`)

// calledOn reports whether the token at k is "called on" a person, not "called
// on Tuesday".
func (x *ectx) calledOn(k int, s Sentence) bool {
	if callWords[x.low[k]] && k+2 < s.Last && x.low[k+1] == "at" && !dateWords[x.low[k+2]] && !startsDigit(x.low[k+2]) {
		// "called at the St Michael home of X", "called at his office": a visit
		for j := k + 2; j < s.Last && j <= k+6; j++ {
			if lw := x.low[j]; venueNouns[lw] || buildingWords[lw] || x.placeAt[j] >= 0 && x.places[x.placeAt[j]].place.Kind == Venue {
				return true
			}
			if x.refAt[j] >= 0 || boundaries[x.low[j]] || dateWords[x.low[j]] || x.low[j] == "weekend" {
				return false
			}
		}
		return false
	}
	return callWords[x.low[k]] && k+2 < s.Last && x.low[k+1] == "on" && !dateWords[x.low[k+2]]
}

// calledFor reports "called (on Tuesday) for": a demand.
func (x *ectx) calledFor(k int, s Sentence) bool {
	if !callWords[x.low[k]] {
		return false
	}
	j := k + 1
	if j+1 < s.Last && x.low[j] == "on" && dateWords[x.low[j+1]] {
		j += 2
	}
	return j < s.Last && x.low[j] == "for"
}

// exhorts reports whether "called on" at k is an appeal: the person it names
// is followed by "to" and a verb ("called on Putin to accept").
func (x *ectx) exhorts(k int, s Sentence) bool {
	for j := k + 2; j < s.Last && j <= k+14; j++ {
		if r := x.refAt[j]; r >= 0 {
			j = x.refs[r].last
			for j < s.Last && (x.low[j] == "," || x.low[j] == "and" || x.refAt[j] >= 0) {
				j++
			}
			return j+1 < s.Last && x.low[j] == "to" && isLowerWord(x.d.Tokens[j+1].Text) && !determiners[x.low[j+1]]
		}
		if boundaries[x.low[j]] {
			return false
		}
	}
	return true // "called on the government to": no person, no event anyway
}

// passive reports whether the verb at k follows a form of "be": "was joined by".
func (x *ectx) passive(k int) bool {
	return k > 0 && (beWords[x.low[k-1]] || k > 1 && beWords[x.low[k-2]] && strings.HasSuffix(x.low[k-1], "ly"))
}

// frontedNoun reports whether the meeting noun at k stands in a phrase that
// opens its sentence and ends with a comma: "In a phone conversation on
// Monday, X and Y discussed ...", "During talks with Y, X said".
func (x *ectx) frontedNoun(k int, s Sentence) bool {
	return x.frontedClauseEnd(k, s) > 0
}

// frontedClauseEnd returns the first token of the main clause when the meeting
// noun at k stands in a phrase that opens the sentence and ends with a comma
// ("In a phone conversation on Monday, ...", "Speaking after talks with X,
// ...", "Ahead of his meeting with X, ..."), or -1.
func (x *ectx) frontedClauseEnd(k int, s Sentence) int {
	if !fronters[x.low[s.First]] || k-s.First > 6 {
		return -1
	}
	for j := s.First + 1; j < k; j++ {
		if lw := x.low[j]; lw == "they" || lw == "we" || lw == "he" || lw == "she" || lw == "i" {
			return -1 // "After the ceremony they had lunch with the founder, X": the main clause itself
		}
	}
	for j := k + 1; j < s.Last && j <= k+16; j++ {
		if x.low[j] == "," {
			return j + 1
		}
		if boundaries[x.low[j]] || x.quoted[j] {
			return -1
		}
	}
	return -1
}

// anchorNoun reports whether the fronted meeting noun at k only times the
// main clause's own meeting: "On the eve of Monday's summit, X and Y held a
// private meeting", with no one named as the summit's.
func (x *ectx) anchorNoun(k int, s Sentence) bool {
	if x.findWord(s.First, k, "eve", "ahead", "before", "after", "following", "prior", "since") < 0 {
		return false
	}
	e := x.frontedClauseEnd(k, s)
	if x.findWord(k+1, e, "with", "between", "by") >= 0 {
		return false
	}
	for j := e; j < s.Last; j++ {
		if isTrigger(x.low[j]) && !x.quoted[j] {
			return true
		}
	}
	return false
}

// fronters open a phrase before the main clause that may hold a meeting noun.
var fronters = wordSet(`in during at after on before ahead following speaking upon since`)

// mainSubject returns the people that open the main clause at j: "...,
// President Donald Trump said", "..., X and Y discussed".
func (x *ectx) mainSubject(j int, s Sentence) ([]int, int) {
	start := j
	for j < s.Last && j < start+6 && x.refAt[j] < 0 {
		j++
	}
	if j >= s.Last || x.refAt[j] < 0 {
		return nil, start
	}
	var g []int
	for j < s.Last && x.refAt[j] >= 0 {
		r := x.refAt[j]
		g = append(g, r)
		j = x.refs[r].last
		if j+1 < s.Last && (x.low[j] == "and" || x.low[j] == ",") {
			j = x.skipRole(j+1, s.Last)
		}
	}
	return g, start
}

// clausePeople returns the people named in the clause before the trigger at
// k, for "their meeting": "Trump thanked Emir Tamim during their meeting".
func (x *ectx) clausePeople(k int, s Sentence) ([]int, int) {
	var g []int
	start := k
	for j := k - 1; j >= s.First; j-- {
		if boundaries[x.low[j]] {
			break
		}
		if r := x.refAt[j]; r >= 0 {
			if len(g) == 0 || g[len(g)-1] != r {
				g = append(g, r)
			}
			start = x.refs[r].first
		}
	}
	if len(x.people(g)) < 2 {
		return nil, k
	}
	return g, start
}

// seeWords are the forms of "see".
var seeWords = wordSet(`see sees saw seeing`)

// seeComplement reports whether the words at j, after the person seen, make
// the seeing a meeting: a place, a time or the end of the clause ("see
// Meloni at Palazzo Chigi on Wednesday", "saw Modi in Delhi").
func (x *ectx) seeComplement(j int, s Sentence) bool {
	if j >= s.Last {
		return true
	}
	lw := x.low[j]
	if (lw == "there" || lw == "here") && j+1 < s.Last && x.low[j+1] != "is" && x.low[j+1] != "are" && x.low[j+1] != "was" && x.low[j+1] != "were" {
		return x.seeComplement(j+1, s) // "was due to see X there on Wednesday"
	}
	switch {
	case lw == "." || lw == "," || lw == ";" || dateWords[lw] || lw == "next" || lw == "later" || lw == "before" || lw == "after":
		return true
	case lw == "on" || lw == "this" || lw == "last":
		if lw == "this" && j+2 < s.Last && (x.low[j+1] == "coming" || x.low[j+1] == "next") {
			j++ // "see Gus this coming Thursday"
		}
		return j+1 < s.Last && dateWords[x.low[j+1]]
	case lw == "at" || lw == "in":
		return j+1 < s.Last && (x.placeAt[j+1] >= 0 || x.low[j+1] == "the" && j+2 < s.Last && x.placeAt[j+2] >= 0)
	case lw == "for":
		return j+1 < s.Last && triggers[x.low[j+1]].nominal
	}
	return false
}

// sideNouns, with partyNouns, are the sides of talks that "is led by"
// presents: "The government team is led by X, while the opposition is
// represented by Y".
var sideNouns = wordSet(`teams sides opposition government union unions camp management`)

// wentToSee reports whether the "see" at k is the purpose of a journey:
// "went to see X at the civic centre", "came to see me about the rates".
func (x *ectx) wentToSee(k int, s Sentence) bool {
	if k-2 < s.First || x.low[k-1] != "to" {
		return false
	}
	v := k - 2
	if x.low[v] == "appointment" {
		return true // "had an appointment to see Mayor X"
	}
	// Where and when the visit is, between the verb and its purpose: "will
	// call in at Walker Creek that morning to see X".
	for b := v; b > s.First && b >= k-10; b-- {
		if x.placeAt[b] >= 0 || dateWords[x.low[b]] || dayParts[x.low[b]] || x.low[b] == "that" || x.low[b] == "the" || x.low[b] == "this" || x.low[b] == "next" ||
			(x.low[b] == "at" || x.low[b] == "in" || x.low[b] == "on") && b+1 <= v && (x.placeAt[b+1] >= 0 || x.low[b+1] == "the" || dateWords[x.low[b+1]]) {
			continue
		}
		if b < v && (x.low[b+1] == "at" || x.low[b+1] == "to") && visitParticles[x.low[b]] && b > s.First && (goToWords[x.low[b-1]] || dropInWords[x.low[b-1]] || x.low[b-1] == "call" || x.low[b-1] == "called") {
			return true
		}
		break
	}
	if v > s.First && visitParticles[x.low[v]] {
		v-- // "drop in to see", "came over to see", "stopped by to see"
		return goToWords[x.low[v]] || dropInWords[x.low[v]]
	}
	return goToWords[x.low[v]]
}

// visitParticles complete a verb of coming: "drop in", "come over", "stop by".
var visitParticles = wordSet(`in by over round around up down along back`)

// dropInWords come by for a short visit with a particle: "drop in", "pop round".
var dropInWords = wordSet(`drop drops dropped dropping pop pops popped popping stop stops stopped stopping swing swings swung swinging look looked`)

// pressWords are audiences of statements.
var pressWords = wordSet(`media press reporters journalists correspondents newsmen crowd audience nation supporters`)

// tellWords are the forms of "tell"; after a form of "be" they are passive.
var tellWords = wordSet(`told tells tell telling informed informs inform`)

var beWords = wordSet(`is was were are am be been being`)

// meetWords are the triggers that sport uses for a match: "X meets Y in the
// final".
var meetWords = wordSet(`meet meets met meeting`)

// contestWords show that a sentence is about a match between players or
// teams, not a meeting: "in the semifinals", "top seed", "the first round".
var contestWords = wordSet(`final finals semifinal semifinals semi-final semi-finals quarterfinal quarterfinals
quarter-final quarter-finals playoff playoffs play-off play-offs match matches seed seeded unseeded tournament
championship championships bout rematch fixture tie-break derby innings wicket`)

// contest reports whether sentence s describes a sporting contest.
func (x *ectx) contest(s Sentence) bool {
	for j := s.First; j < s.Last; j++ {
		lw := x.low[j]
		if (contestWords[lw] || lw == "round") && x.findWord(maxInt(s.First, j-6), j, "eve", "ahead", "before", "after", "during", "following", "since", "until") >= 0 {
			continue // "will meet in London on the eve of the final", "has not met X since the first round": the time of a meeting
		}
		if contestWords[lw] && j-2 >= s.First && x.low[j-2] == "for" && (x.low[j-1] == "the" || possessives[x.low[j-1]]) && x.findWordBack(maxInt(s.First, j-12), j, "to") >= 0 {
			continue // "Met X to fix our court time for the final": a purpose, not the match
		}
		if contestWords[lw] && isCap(x.d.Tokens[j].Text) && x.ofCompetition(j, s) {
			continue // "as the body begins work on the next cycle of the World Test Championship": a competition's name
		}
		if lw == "final" && j+1 < s.Last && (x.low[j+1] == "day" || x.low[j+1] == "session") && j-2 >= s.First && x.low[j-1] == "the" && prepositions[x.low[j-2]] && !x.quoted[j] {
			continue // "On the final day, Mantashe met Pakabomba": the last day of a conference
		}
		if contestWords[lw] && (j+1 >= s.Last || !isLowerWord(x.d.Tokens[j+1].Text) || prepositions[x.low[j+1]] || roleStops[x.low[j+1]] ||
			contestWords[x.low[j+1]] || contestNouns[x.low[j+1]] || dateWords[x.low[j+1]] || x.low[j+1] == "and" || x.low[j+1] == "last" || x.low[j+1] == "this" || x.low[j+1] == "next") ||
			lw == "round" && (j+1 >= s.Last || x.low[j+1] != "of") && j > s.First && ordinals[x.low[j-1]] &&
				x.findWord(s.First, s.Last, "mediated", "talks", "negotiations", "consultations", "dialogue") < 0 { // not "a fifth round mediated by X"
			return true // a noun, not "a final try"
		}
	}
	return false
}

// ofCompetition reports whether the capitalised word at j lies in a name
// after "of" or "of the": "the next cycle of the World Test Championship".
func (x *ectx) ofCompetition(j int, s Sentence) bool {
	f := j
	for f > s.First && isCap(x.d.Tokens[f-1].Text) && x.low[f-1] != "the" {
		f--
	}
	if f > s.First && x.low[f-1] == "the" {
		f--
	}
	return f > s.First && x.low[f-1] == "of"
}

// contestNouns follow a contest word used as a modifier in sport: "final
// whistle", "match point" (not "round": "the final round of talks").
var contestNouns = wordSet(`game games set sets leg legs stage whistle score point points day minute minutes
seconds lap laps hole holes frame frames over overs session`)

var ordinals = wordSet(`first second third fourth fifth opening last final`)

// journalistWords are roles of people who interview others: talking to them
// is an interview, not an event.
var journalistWords = wordSet(`reporter reporters journalist journalists correspondent correspondents anchorman anchorwoman
presenter interviewer editor columnist commentator podcaster`)

// mediaWords name news outlets, whose people a newsmaker talks to in an
// interview: "told CNN's Jake Tapper".
var mediaWords = wordSet(`mail express observer standard independent chronicle weekly mirror monitor
cnn bbc nbc cbs abc msnbc fox reuters bloomberg afp ap politico axios npr pbs cnbc sky
xinhua tass ria interfax kyodo yonhap nhk jazeera times post journal news tv television radio newspaper magazine
daily tribune herald guardian telegraph gazette channel network broadcaster show program programme podcast report
spiegel monde figaro pravda izvestia kommersant haaretz asahi yomiuri mainichi nikkei corriere repubblica bild zeit
welt economist forbes`)

// outlet reports whether a person reference is a news outlet the tagger took
// for a person: "told Der Spiegel".
func (x *ectx) outlet(r pref) bool {
	for t := r.first - 1; t > 0 && t >= r.first-3 && isCap(x.d.Tokens[t].Text); t-- {
		if x.d.Tokens[t].Text == "The" && isLowerWord(x.d.Tokens[t-1].Text) {
			return true // "told The Sunday Gleaner": a capital "The" in mid-sentence names a title
		}
	}
	for t := r.first; t < r.last; t++ {
		if mediaWords[x.low[t]] && isCap(x.d.Tokens[t].Text) && !titleWords[x.low[t]] {
			return true
		}
	}
	return false
}

// pressObject reports whether the trigger at k has the press for its
// object: "A and B met the press", "will meet the media".
func (x *ectx) pressObject(k int, s Sentence) bool {
	j := k + 1
	if j < s.Last && x.low[j] == "with" {
		j++
	}
	if j < s.Last && (determiners[x.low[j]] || possessives[x.low[j]]) {
		j++
	}
	return j < s.Last && pressWords[x.low[j]]
}

// journalist reports whether the words in [i, j) before a person, or the
// person's own role, make them an interviewer.
func (x *ectx) journalist(i, j int) bool {
	if i >= 2 && x.low[i-1] == "," {
		// "Your reporter, Nalini Seepersad, telephoned me": the apposed role
		for t := i - 2; t >= 0 && t >= i-4 && isLowerWord(x.d.Tokens[t].Text); t-- {
			if journalistWords[x.low[t]] {
				return true
			}
		}
	}
	for t := i; t < j; t++ {
		lw := x.low[t]
		if journalistWords[lw] || (lw == "host" || lw == "anchor") && t > i && mediaWords[x.low[t-1]] {
			return true // "CNN host Jake Tapper"; not "summit host William Ruto"
		}
		if isPossessiveClitic(lw) {
			for m := t - 1; m >= i && m >= t-3 && isCap(x.d.Tokens[m].Text); m-- {
				if mediaWords[x.low[m]] {
					return true // "CNN's", "Fox Business's"
				}
			}
		}
	}
	return false
}

// calledTo reports whether the call at k summons its objects to a
// building: "called X and Y to her department's offices", "called him to
// the palace".
func (x *ectx) calledTo(k int, s Sentence) bool {
	for j := k + 1; j+1 < s.Last && j <= k+20; j++ {
		lw := x.low[j]
		if boundaries[lw] || lw == "phone" || lw == "telephone" || lw == "video" {
			return false
		}
		if lw == "to" && (x.refAt[j+1] < 0 || possessives[x.low[j+1]]) {
			if isLowerWord(x.d.Tokens[j+1].Text) && !determiners[x.low[j+1]] && !possessives[x.low[j+1]] && x.low[j+1] != "a" && x.low[j+1] != "an" {
				return false // "called her to say the office had ...": an infinitive
			}
			for n := j + 1; n < s.Last && n <= j+5 && x.low[n] != ","; n++ {
				if venueNouns[x.low[n]] || facilityWords[x.low[n]] || buildingWords[x.low[n]] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// remoteAfter reports whether the clause of the meeting at k says, after
// it, that the people were apart: "met X via video link", "exchanged views
// by videoconference", "held talks virtually on Friday".
func (x *ectx) remoteAfter(k int, s Sentence) bool {
	for j := k + 1; j < s.Last && j <= k+14; j++ {
		lw := x.low[j]
		if tr, ok := triggers[lw]; boundaries[lw] || ok && !tr.nominal {
			return false // "met X in Lima and later spoke by phone with Y": another clause
		}
		switch lw {
		case "virtually", "remotely":
			return true
		case "online":
			if j == k+1 || x.low[j-1] == "," {
				return true // "met online on Tuesday"; not "met online retailers"
			}
		case "call":
			if j > k+3 && (x.low[j-1] == "video" || x.low[j-1] == "phone" || x.low[j-1] == "conference") && x.low[j-2] == "a" && (x.low[j-3] == "on" || x.low[j-3] == "in") {
				return true // "discussed a tie-up on a video call"
			}
		case "videoconference", "video-conference", "teleconference", "videolink", "zoom", "skype", "phone", "telephone", "video":
			if j > k+1 && (x.low[j-1] == "by" || x.low[j-1] == "via" || x.low[j-1] == "over" || x.low[j-1] == "through" ||
				(x.low[j-1] == "a" || x.low[j-1] == "the") && j > k+2 && (x.low[j-2] == "via" || x.low[j-2] == "over" || x.low[j-2] == "through" || x.low[j-2] == "by")) {
				return true
			}
		}
	}
	return false
}

// inPersonCue reports whether the clause of the verb of speaking at k puts
// the people together without naming a place: "on the sidelines of the
// summit", "over dinner", "at a meeting", "face to face", "in person".
func (x *ectx) inPersonCue(k int, s Sentence) bool {
	for j := k + 1; j+1 < s.Last && j <= k+12; j++ {
		lw := x.low[j]
		if boundaries[lw] || lw == "," && j > k+1 && x.refAt[j-1] < 0 {
			return false
		}
		switch {
		case (lw == "sidelines" || lw == "margins" || lw == "margin" || lw == "sideline") && x.low[j-1] == "the":
			return true
		case lw == "over" && (mealNouns[x.low[j+1]] || x.low[j+1] == "coffee" || j+2 < s.Last && (x.low[j+1] == "a" || determiners[x.low[j+1]]) && mealNouns[x.low[j+2]]):
			return true
		case lw == "at" && j+2 < s.Last && (x.low[j+1] == "a" || x.low[j+1] == "the") && (triggers[x.low[j+2]].nominal && triggers[x.low[j+2]].typ == Meeting || receptionNouns[x.low[j+2]]):
			return true
		case lw == "face" && x.low[j+1] == "to" || lw == "in" && x.low[j+1] == "person":
			return true
		}
	}
	return false
}

// receptionNouns are occasions where people talk in person.
var receptionNouns = wordSet(`reception dinner lunch breakfast banquet gala ceremony party`)

// briefWords tell a briefing, which is a call unless the text puts the two
// together.
var briefWords = wordSet(`brief briefed briefs debrief debriefed debriefing`)

// briefedInPerson reports whether the briefing at k was given face to face:
// a place follows it ("briefed X at the BCCI headquarters"), it says so ("in
// person", "face to face", "but the meeting did not hold"), the one briefed
// is visiting, or the briefer
// travelled to give it ("will travel to Juba next week to brief X"). A
// place before the verb is where the briefer called from: "returned to the
// embassy to brief Trump".
func (x *ectx) briefedInPerson(k int, s Sentence) bool {
	for j := k + 1; j < s.Last; j++ {
		lw := x.low[j]
		if lw == "but" && j+2 < s.Last && x.low[j+1] == "the" && (x.low[j+2] == "meeting" || x.low[j+2] == "visit") {
			return true // "was expected to brief X, but the meeting did not hold"
		}
		if boundaries[lw] || x.quoted[j] != x.quoted[k] || j > k+1 && triggers[lw].typ == Call && !triggers[lw].nominal {
			break
		}
		switch lw {
		case "phone", "telephone", "video", "videoconference", "virtually", "remotely", "online", "call", "letter", "from":
			return false
		case "person", "face-to-face":
			return j > k+1 && (x.low[j-1] == "in" || x.low[j-1] == "face-to-face")
		case "visiting":
			return true
		case "in", "at":
			// "at the BCCI headquarters", "at the board's offices", "in Lagos"
			for n := j + 1; n < s.Last && n <= j+4 && x.low[n] != ","; n++ {
				if x.placeAt[n] >= 0 || venueNouns[x.low[n]] || facilityWords[x.low[n]] || buildingWords[x.low[n]] || x.low[n] == "ministry" {
					return true
				}
			}
		}
	}
	for j := k - 1; j >= s.First && j >= k-10; j-- {
		if boundaries[x.low[j]] {
			break
		}
		if lw := x.low[j]; lw == "visit" || travelVerbs[lw] && lw != "returned" && lw != "left" {
			return true
		}
	}
	if k-1 > s.First && x.low[k-1] == "to" {
		// The purpose of a visit told before an aside: "called at the home
		// of X, who missed the meeting, to brief him"
		for j := k - 2; j >= s.First && j >= k-30 && !boundaries[x.low[j]]; j-- {
			if x.calledOn(j, s) && x.low[j+1] == "at" {
				return true
			}
		}
	}
	return false
}

// leadVerbs lead talks as a negotiator does.
var leadVerbs = wordSet(`leading lead leads led`)

// briefedOn reports whether the meeting noun at k is what someone was
// briefed or told about: "briefed X on the outcomes of the Quad meeting",
// "told X about the talks".
func (x *ectx) briefedOn(k int, s Sentence) bool {
	for j := k - 1; j > s.First && j >= k-12; j-- {
		lw := x.low[j]
		if lw == "on" || lw == "about" {
			for v := j - 1; v >= s.First && v >= j-30 && !boundaries[x.low[v]]; v-- {
				if lv := x.low[v]; lv == "briefed" || lv == "brief" || lv == "briefs" || lv == "briefing" || lv == "updated" || tellWords[lv] {
					return x.refsIn(v+1, j) != nil
				}
			}
			return false
		}
		if boundaries[lw] || x.refAt[j] >= 0 || lw == "," {
			return false
		}
	}
	return false
}

// interviewed reports whether the talk told by the trigger at k of sentence
// si is an interview: "in an interview" follows it, or the next sentence
// opens with "The interview" ("X spoke to Y in his office on Thursday. The
// interview has been edited and condensed.").
func (x *ectx) interviewed(si, k int) bool {
	s := x.d.Sentences[si]
	for j := k + 1; j+2 < s.Last && j <= k+12; j++ {
		if (x.low[j] == "in" || x.low[j] == "during" || x.low[j] == "for") && (x.low[j+1] == "an" || x.low[j+1] == "the") && x.low[j+2] == "interview" {
			return true
		}
	}
	if si+1 < len(x.d.Sentences) {
		n := x.d.Sentences[si+1]
		if n.Last-n.First > 2 && (x.low[n.First] == "the" || x.low[n.First] == "this") && x.low[n.First+1] == "interview" {
			return true
		}
	}
	return false
}

// ofBefore returns the "of" that governs the person whose reference starts
// at token i, across a title in capitals ("the greetings of Prime Minister
// Modi"), or -1.
func (x *ectx) ofBefore(i, first int) int {
	j := i - 1
	for j > first && j >= i-4 && isCap(x.d.Tokens[j].Text) && x.refAt[j] < 0 {
		j--
	}
	if j >= first && x.low[j] == "of" && j > first && isLowerWord(x.d.Tokens[j-1].Text) {
		return j
	}
	return -1
}

// relativeHead returns the reference that a relative clause holding rf
// modifies, when the clause is closed by a comma before the trigger at k:
// "Orbán, who was accompanied by Foreign Minister Szijjártó, held talks"
// is Orbán's. It returns -1 otherwise.
func (x *ectx) relativeHead(rf pref, k, first int) int {
	if x.findWord(rf.last, k, ",") < 0 {
		return -1
	}
	for j := rf.first - 1; j >= first+1 && j >= rf.first-12; j-- {
		lw := x.low[j]
		if lw == "," || boundaries[lw] && lw != "whose" && lw != "which" {
			return -1
		}
		if lw == "who" || lw == "whose" || lw == "which" {
			if x.low[j-1] == "," && j-2 >= first && x.refAt[j-2] >= 0 {
				return x.refAt[j-2]
			}
			return -1
		}
		// "X, along with Y, met Z", "X, accompanied by Y, met Z": an aside.
		if (lw == "with" && (x.low[j-1] == "along" || x.low[j-1] == "together") || lw == "by" && (x.low[j-1] == "accompanied" || x.low[j-1] == "flanked" || x.low[j-1] == "joined")) &&
			j-3 >= first && x.low[j-2] == "," && x.refAt[j-3] >= 0 {
			return x.refAt[j-3]
		}
	}
	return -1
}

// groupOf reports whether the person reference rf only names the group that
// the words around it head: "Trump administration officials", "Biden aides",
// "aides to Netanyahu", "supporters of Erdogan".
func (x *ectx) groupOf(rf pref, first int) bool {
	d := x.d
	if rf.last < len(d.Tokens) && groupNouns[x.low[rf.last]] && isLowerWord(d.Tokens[rf.last].Text) {
		return true
	}
	p := rf.first - 1
	return p-1 >= first && (x.low[p] == "to" || x.low[p] == "of") && groupNouns[x.low[p-1]] && strings.HasSuffix(x.low[p-1], "s")
}

// subjectPronouns may be followed by "'s" meaning "is" or "has": "he's meeting".
var subjectPronouns = wordSet(`he she it who that there`)

// groupNouns head a group named after a person: "Trump administration
// officials", "Biden aides", "aides to Netanyahu". The person is not a
// participant of what the group does.
var groupNouns = wordSet(`administration officials aides advisers advisors allies supporters loyalists counterparts camp
campaign team staff government envoys negotiators lawyers diplomats representatives delegation delegates family
associates backers critics opponents officers ministers members`)

// boundaries end the search for a subject: a new clause starts there.
var boundaries = wordSet(`that which whether if because although though but according saying ; : ( ) — – -- " “ ” whom where whose`)

// objectSkips may stand between a trigger and its object.
var objectSkips = wordSet(`with to down by phone telephone video separately directly again also briefly privately personally both separate on in-person face-to-face there here together up
coming days week weeks behind closed doors link next backstage afterwards outside upstairs downstairs`)

// topicWords end the part of a clause that may say where an event took place:
// what follows is its subject or another clause ("a call regarding the war in Ukraine").
var topicWords = wordSet(`after before while when because regarding about concerning discuss discussing discussed over amid war conflict
ceasefire crisis fighting invasion deal agreement since until focusing focused focuses centred centered covering`)

// planWords make an event planned when they stand before its trigger.
var planWords = wordSet(`will 'll would may might could can shall should plans plan planning planned scheduled schedule expected expects expect forward
set due proposed propose proposes upcoming possible potential hopes hope hoped hoping waiting looking urged urges urging sought intends intend wants want next future prepared preparing
seeks seeking aims aiming agreed offered invited arrange arranged arranging likely requested requesting ready willing
slated pencilled penciled pushing pressing lobbying eyes eyeing mulls mulling weighs weighing`)

// nextUnits follow "the next" in a day, week or year after the one told.
var nextUnits = wordSet(`morning afternoon evening night day week weekend month year`)

// agreeWords plan an event only with an infinitive ("agreed to meet",
// "invited Arafat to meet him"), not in "agreed after overnight talks".
var agreeWords = wordSet(`agreed offered invited arrange arranged arranging ready willing`)

// negWords make an event negated when they stand before its trigger.
var negWords = wordSet(`not n't never declined declines decline declining refused refuses refuse refusing cancelled canceled cancels cancel cancelling canceling
postponed without failed opted rejected rejects no skipped skip skips skipping snubbed nor denied denies deny rebuffed rebuffs
spurned boycotted boycotts boycotting unable avoided avoids avoid avoiding`)

// preventWords keep someone from doing what follows "from": "barred from
// meeting X".
var preventWords = wordSet(`barred banned prevented stopped blocked prohibited forbidden kept`)

// refusal reports whether token j negates an event after it: a negation word
// or the particle of "turned down", "ruled out". first is the sentence's
// first token.
func (x *ectx) refusal(j, first int) bool {
	lw := x.low[j]
	return negWords[lw] || j > first && negParticles[lw][x.low[j-1]]
}

// deniedReport reports whether the trigger at k is in a "that" clause of a
// denial: "denied that X had met Y", "denied reports in the Indian media
// that X had held a meeting with Y", "dismissed as fake news a report that".
func (x *ectx) deniedReport(k int, s Sentence) bool {
	t := x.findWordBack(maxInt(s.First, k-16), k, "that")
	if t <= s.First || x.findWordIn(t+1, k, boundaries) >= 0 || x.quoted[t] != x.quoted[k] {
		return false
	}
	for j := t - 1; j >= s.First && j >= t-12; j-- {
		if denyWords[x.low[j]] {
			return true
		}
		if boundaries[x.low[j]] || x.refAt[j] >= 0 {
			return false
		}
	}
	return false
}

// deniedBefore reports whether sentence s denies the event told before it
// without naming anyone: "The State Department denied that.", "No such
// meeting took place," a spokesperson said.
func (x *ectx) deniedBefore(s Sentence) bool {
	if x.refsIn(s.First, s.Last) != nil {
		return false
	}
	for j := s.First; j+2 < s.Last; j++ {
		if x.low[j] == "no" && x.low[j+1] == "such" && (talkNouns[x.low[j+2]] || callWords[x.low[j+2]]) {
			return true
		}
		if x.low[j] == "there" && j+3 < s.Last && (x.low[j+1] == "will" && x.low[j+2] == "be" && x.low[j+3] == "no" && j+4 < s.Last && (talkNouns[x.low[j+4]] || callWords[x.low[j+4]]) ||
			(x.low[j+1] == "was" || x.low[j+1] == "is") && x.low[j+2] == "no" && (talkNouns[x.low[j+3]] || callWords[x.low[j+3]])) {
			return true // "There will be no meeting," the spokesperson said.
		}
		if denyWords[x.low[j]] && (x.low[j+1] == "that" || x.low[j+1] == "this" || x.low[j+1] == "it") && (x.low[j+2] == "." || x.low[j+2] == "," || j+2 == s.Last-1) {
			return true
		}
	}
	return false
}

// reported reports whether ev is told as someone's claim: a verb of saying
// in its first sentence ("said he had met", "claimed").
func (x *ectx) reported(ev Event) bool {
	s := x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)]
	k := tokenAt(x.d, ev.Trigger.Start)
	return x.findWordIn(s.First, k, speechVerbs) >= 0
}

// refutedReport reports whether the trigger at k is told in a report that
// its own sentence calls false: "reports claiming X had held a meeting with
// Y were groundless", "reports that X and Y had spoken by phone do not
// reflect reality".
func (x *ectx) refutedReport(k int, s Sentence) bool {
	r := -1
	for j := k - 1; j >= s.First && j >= k-24; j-- {
		if !reportNouns[x.low[j]] {
			continue
		}
		if c := x.findWord(j+1, minInt(k, j+9), "that", "claiming", "saying", "suggesting", "alleging"); c == j+1 ||
			c > 0 && (x.low[j+1] == "in" || !isLowerWord(x.d.Tokens[j+1].Text)) {
			r = j // "reports claiming", "reports in some Russian media claiming that"
			break
		}
	}
	if r < 0 || x.quoted[r] != x.quoted[k] {
		return false
	}
	for j := k + 1; j+1 < s.Last; j++ {
		if falseWords[x.low[j]] || x.low[j] == "no" && x.low[j+1] == "such" || x.low[j] == "reflect" && x.low[j+1] == "reality" {
			return true
		}
	}
	return false
}

// reportNouns name a report whose truth a sentence may deny.
var reportNouns = wordSet(`report reports claim claims rumour rumours rumor rumors speculation allegation allegations story stories`)

// falseWords call a report false.
var falseWords = wordSet(`groundless baseless false untrue unfounded fabricated fake fiction nonsense incorrect inaccurate`)

// denyWords deny what a "that" clause after them (or after the report they
// name) says.
var denyWords = wordSet(`denied denies deny denying dismissed dismisses refuted refutes rejected rejects`)

// negParticles negate an event after the verbs they complete: "turned down
// an invitation to meet X", "ruled out a meeting with X".
var negParticles = map[string]map[string]bool{
	"down": wordSet(`turned turns turning turn`),
	"out":  wordSet(`ruled rules ruling rule pulled pulls pulling pull`),
	"away": wordSet(`stayed stays staying stay kept`),
	"to":   wordSet(`yet`), // "has yet to meet X"
}

// Find implements EventFinder.
func (f RuleEventFinder) Find(d *Doc) ([]Event, error) {
	f.Gazetteer = memoized(f.Gazetteer) // f is a copy: one memo per document
	x := f.newCtx(d)
	var evs []Event
	var anaphors [][2]int // sentence, token of "the meeting" without participants
	var frames []frame
	for si, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			got := x.at(si, k)
			evs = append(evs, got...)
			if len(got) > 0 || !triggers[x.low[k]].nominal || x.refAt[k] >= 0 {
				continue
			}
			if k > s.First && x.low[k-1] == "the" {
				anaphors = append(anaphors, [2]int{si, k})
			}
			if p := x.placeOf(k, k, s, false); p != nil && !x.quoted[k] {
				frames = append(frames, frame{si, k, *p})
			}
		}
	}
	evs = x.dropCorrected(evs)
	x.deniedReports(evs)
	evs = x.dropAnchors(evs)
	evs = x.neitherNor(evs)
	out := x.merge(evs)
	out = x.joins(out)
	out = x.repeats(out)
	x.protagonists(out)
	x.noShows(out)
	out = x.movedTo(out)
	out = x.answered(out)
	out = x.bodySitting(out)
	for i := range out {
		// "A planned meeting ... on Saturday has been called off": the
		// Saturday to come, as for a plan
		if ev := &out[i]; ev.Status == Negated && ev.Date.Value != "" {
			k := tokenAt(x.d, ev.Trigger.Start)
			si := x.d.SentenceAt(ev.Trigger.Start)
			if x.calledOffNow(k, x.d.Sentences[si]) {
				ev.Date = x.date(si, k, true)
			}
		}
	}
	for i := range out {
		ev := &out[i]
		if ev.Type == Meeting && x.virtualBefore(x.d.SentenceAt(ev.Trigger.Start), tokenAt(x.d, ev.Trigger.Start)) {
			// "adjourning a virtual meeting on Friday. The meeting, chaired
			// by X, ...": a call, whose people joined from where they were
			ev.Type, ev.Place = Call, nil
		}
		if ev.Type == Call && ev.Place != nil && x.residence(*ev) {
			// "His son, who lives in Abidjan, spoke to him by video call":
			// where one of them lives is no place of the call
			ev.Place = nil
		}
	}
	town := x.mainCity() // where a story with no dateline happens, if anywhere
	if town == nil {
		town = x.unknownTown()
	}
	for i := range out {
		ev := &out[i]
		if ev.Place != nil || ev.Type != Meeting {
			continue
		}
		// Events told by joins ("The summit was chaired by X. Taking part
		// were ...") happen, like the others, where the reporter is (and a
		// meeting of the day of publication, to come or called off: "this
		// evening's working dinner").
		dl := x.dlineAt(tokenAt(x.d, ev.Trigger.Start))
		today := !x.d.Published.IsZero() && ev.Date.Value == x.d.Published.Format(time.DateOnly) && todayWords(ev.Date.Text)
		if dl != nil && (ev.Status == Occurred || today) {
			p := *dl
			ev.Place = &p
			continue
		}
		// A local building is in the story's town: "are to be received ...
		// at the town hall on March 28" in a story from Shkodër; with no
		// dateline, "met in the presbytery hall" in a parish newsletter
		// signed from Trois-Rivières, the town the story names most.
		city := dl
		if dl == nil {
			city = town
		}
		if city != nil && (city.Kind == City || city == town && city.GeoID == 0) {
			if v := x.localVenue(x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)], city); v != "" {
				p := x.genericVenue(v, city)
				ev.Place = &p
			}
		}
	}
	for i := range out {
		// A building no gazetteer places, in a story with no dateline, is
		// in the town the story names most: "met city councilman X at City
		// Hall" in a Cuenca newsletter
		ev := &out[i]
		if ev.Place == nil || town == nil || ev.Place.City != "" || ev.Place.GeoID != 0 || ev.Place.Kind != Venue && ev.Place.Kind != "" ||
			x.dlineAt(tokenAt(x.d, ev.Trigger.Start)) != nil || !town.Generic && town.Kind != City && town.GeoID != 0 {
			continue
		}
		if f := strings.Fields(strings.ToLower(ev.Place.Name)); len(f) > 0 && buildingNoun(f[len(f)-1]) && !strings.EqualFold(ev.Place.Name, town.Name) {
			p := x.genericVenue(ev.Place.Name, town)
			ev.Place = &p
		}
	}
	x.offsets(out)
	x.liveTimes(out)
	x.headingDates(out)
	x.daysLater(out)
	x.sameDay(out)
	x.offsets(out)   // again, from the days that sameDay gave: "In the evening X received Y. ... The visit came a day after Z called W"
	x.daysLater(out) // again too: "a meeting that same night between A and B ... The next morning, A phoned C"
	x.thatWeekday(out)
	x.aroundMeeting(out)
	x.later(out)
	x.anaphoricPlaces(out, anaphors)
	x.framePlaces(out, frames, anaphors)
	x.dueBefore(out)
	return out, nil
}

// nounEvent returns the event that the trigger at token k of sentence si
// tells, with no one in it yet: its type, status, date and place.
func (x *ectx) nounEvent(si, k int) Event {
	s := x.d.Sentences[si]
	tr := triggers[x.low[k]]
	ev := Event{Type: tr.typ, Status: x.status(k, s.First, s, tr), Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, ev.Status == Planned)
	ev.Place = x.placeOf(k, s.First, s, ev.Type == Call)
	return ev
}

// bodySitting adds the sitting of a local body that a report's lead tells
// without naming anyone ("The Bemidji Area Schools board on Monday night
// heard that ...") with the people the report has speak at it: those who
// "told the board", "addressed the board" or "told members", and the
// body's own members who "reported" or "said" ("Board chair Ann Gustafson
// said"). Two of them at least; what someone said in an interview is not
// said at the sitting.
func (x *ectx) bodySitting(evs []Event) []Event {
	si, k, body := -1, -1, ""
	for i := 0; i < len(x.d.Sentences) && i < 3 && si < 0; i++ {
		s := x.d.Sentences[i]
		for j := s.First + 1; j < s.Last && j < s.First+20; j++ {
			if !sittingBodies[x.low[j]] || x.refAt[j] >= 0 {
				continue
			}
			v := j + 1
			for v < s.Last && v < j+6 && !sittingVerbs[x.low[v]] && x.low[v] != "," && !finiteVerb(x.low[v]) {
				v++ // "the board on Monday night heard"
			}
			if v < s.Last && sittingVerbs[x.low[v]] && x.refsIn(s.First, s.Last) == nil {
				si, k, body = i, v, x.low[j]
			}
			break
		}
	}
	if si < 0 || x.hasEventAt(evs, x.d.Sentences[si]) {
		return evs
	}
	var people []int
	for i := si + 1; i < len(x.d.Sentences); i++ {
		s := x.d.Sentences[i]
		if x.findWord(s.First, s.Last, "interview") >= 0 {
			continue // "said in an interview Tuesday"
		}
		for j := s.First + 1; j+1 < s.Last; j++ {
			lw := x.low[j]
			spoke := (lw == "told" || lw == "addressed" || lw == "briefed") && (x.low[j+1] == "the" && j+2 < s.Last && (x.low[j+2] == body || x.low[j+2] == "meeting") || x.low[j+1] == "members" || x.low[j+1] == "councillors" || x.low[j+1] == "trustees")
			member := (lw == "reported" || lw == "said" || lw == "proposed" || lw == "asked") && x.refAt[j-1] >= 0 && x.memberOf(x.refAt[j-1], body)
			if !spoke && !member {
				continue
			}
			g, _ := x.leftGroup(j, s.First, true)
			for _, p := range x.people(g) {
				if !containsInt(people, p) {
					people = append(people, p)
				}
			}
		}
	}
	if len(people) < 2 {
		return evs
	}
	s := x.d.Sentences[si]
	ev := Event{Type: Meeting, Status: Occurred, Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, false)
	ev.Place = x.placeOf(k, s.First, s, false)
	x.addPeople(&ev, people, s)
	return append(evs, ev)
}

// paidAVisit reads "paid X a visit" (or "a call", "a courtesy call") at
// the noun k: a meeting of the payer and X.
func (x *ectx) paidAVisit(si, k int) *Event {
	s := x.d.Sentences[si]
	a := k - 1
	if a > s.First && x.low[a] == "courtesy" {
		a--
	}
	if a-1 <= s.First || x.low[a] != "a" && x.low[a] != "an" || x.refAt[a-1] < 0 || x.quoted[k] {
		return nil
	}
	obj := x.refAt[a-1]
	v := x.refs[obj].first - 1
	if v <= s.First || !payWords[x.low[v]] {
		return nil
	}
	subj, at := x.leftGroup(v, s.First, true)
	return x.guestMeeting(si, v, k, at, subj, obj)
}

// guestMeeting returns the meeting of hosts and the guest of reference g,
// told by the verb at v and the word at k, whose sentence's subject starts
// at at; or nil if it has not two people.
func (x *ectx) guestMeeting(si, v, k, at int, hosts []int, g int) *Event {
	s := x.d.Sentences[si]
	people := x.people(append(hosts, g))
	if len(hosts) == 0 || len(people) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: x.status(v, at, s, triggers["met"]), Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, v, ev.Status == Planned)
	ev.Place = x.placeOf(k, at, s, false)
	x.addPeople(&ev, people, s)
	return &ev
}

// payWords pay a visit: "paid her a visit".
var payWords = wordSet(`paid pay pays paying`)

// attendedWith reads a meeting noun at k followed by a relative clause
// whose subject took part in it with others: "the Quad meeting he attended
// in Washington earlier this month with A, B and C", "the talks she held
// in Doha with A".
func (x *ectx) attendedWith(si, k int, tr trigger) *Event {
	s := x.d.Sentences[si]
	r := -1
	if k+2 < s.Last {
		r = x.refAt[k+1]
	}
	if r < 0 || x.quoted[k] || x.refs[r].last >= s.Last || !attendedVerbs[x.low[x.refs[r].last]] {
		return nil
	}
	v := x.refs[r].last
	with := -1
	for j := v + 1; j+1 < s.Last && j <= v+12; j++ {
		if lw := x.low[j]; lw == "with" {
			with = j
			break
		} else if x.refAt[j] >= 0 || boundaries[lw] || lw == "," {
			return nil
		}
	}
	if with < 0 {
		return nil
	}
	g, _ := x.rightGroup(x.skipRole(with+1, s.Last), s.Last)
	people := x.people(append(g, r))
	if len(g) == 0 || len(people) < 2 {
		return nil
	}
	ev := Event{Type: tr.typ, Status: x.status(v, x.refs[r].first, s, triggers["met"]), Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	if st := x.status(k, s.First, s, tr); st != Occurred {
		ev.Status = st // "the meeting he held with X ... fell through"
	}
	ev.Date = x.date(si, v, ev.Status == Planned)
	ev.Place = x.placeOf(v, x.refs[r].first, s, tr.typ == Call)
	x.addPeople(&ev, people, s)
	return &ev
}

// attendedVerbs take part in a meeting told before them.
var attendedVerbs = wordSet(`attended held joined chaired hosted`)

// chairedBody reads the meeting of a body at trigger k whose sentence names
// no one before it but two or more chairs after it: "The General Border
// Committee will meet next month, co-chaired by A and B", "The joint
// commission met in Accra on Monday under the chairmanship of A and B".
// One chair alone makes no pair.
func (x *ectx) chairedBody(si, k int, tr trigger) *Event {
	s := x.d.Sentences[si]
	from := s.First
	if c := x.findWord(s.First, minInt(k, s.First+4), ":"); c > 0 {
		from = c + 1 // a transcript's speaker: "Sihasak: The committee will meet"
	}
	if x.quoted[k] {
		return nil
	}
	if g := x.dashedMembers(k, s); len(x.people(g)) >= 2 {
		// "the federation's board will meet tonight at their office —
		// himself, the vice president A and the treasurer B — to decide"
		ev := Event{Type: Meeting, Status: x.status(k, from, s, tr), Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
		ev.Date = x.date(si, k, ev.Status == Planned)
		ev.Place = x.placeOf(k, from, s, false)
		x.addPeople(&ev, x.people(g), s)
		return &ev
	}
	if x.refsIn(from, k) != nil {
		return nil
	}
	by := -1
	for j := k + 1; j+1 < s.Last && j <= k+16; j++ {
		lw := x.low[j]
		if x.refAt[j] >= 0 || boundaries[lw] {
			break
		}
		if (lw == "chaired" || lw == "presided" || (lw == "co-chaired" || lw == "co-presided") && !tr.nominal) && x.low[j+1] == "by" {
			// ("The meeting was co-chaired by A and B": the noun and the trigger "co-chaired" tell it)
			by = j + 2
			break
		}
		if (lw == "chairmanship" || lw == "co-chairmanship" || lw == "chairship" || lw == "co-chairship") && x.low[j+1] == "of" {
			by = j + 2
			break
		}
	}
	if by < 0 || by >= s.Last {
		return nil
	}
	if by+1 < s.Last && (possessives[x.low[by]] || x.low[by] == "the") {
		by++ // "co-chaired by our Defence Minister X"
	}
	g, _ := x.rightGroup(x.skipRole(by, s.Last), s.Last)
	people := x.people(g)
	if len(people) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: x.status(k, s.First, s, tr), Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, ev.Status == Planned)
	ev.Place = x.placeOf(k, s.First, s, false)
	x.addPeople(&ev, people, s)
	return &ev
}

// dashedMembers returns the people that a list between dashes after the
// body meeting at k names: "the board will meet tonight at their office —
// himself, A and B — to decide"; nil if there is none. The body's noun must
// come right before the verb, and no one may be named between the verb and
// the list.
func (x *ectx) dashedMembers(k int, s Sentence) []int {
	if k <= s.First {
		return nil
	}
	b := k - 1
	for b > s.First && auxWords[x.low[b]] {
		b--
	}
	if !sittingBodies[x.low[b]] && !partyNouns[x.low[b]] {
		return nil
	}
	open := -1
	for j := k + 1; j < s.Last && j <= k+12; j++ {
		if x.refAt[j] >= 0 || boundaries[x.low[j]] && !datelineDashes[x.low[j]] {
			return nil
		}
		if x.low[j] == "—" || x.low[j] == "–" {
			open = j
			break
		}
	}
	if open < 0 {
		return nil
	}
	for j := open + 1; j < s.Last && j <= open+30; j++ {
		if x.low[j] == "—" || x.low[j] == "–" {
			return x.refsIn(open+1, j)
		}
	}
	return nil
}

// sittingBodies sit and hear reports; sittingVerbs tell what they did at a
// sitting.
var (
	sittingBodies = wordSet(`board council committee commission assembly trustees`)
	sittingVerbs  = wordSet(`heard voted approved agreed adopted debated discussed considered weighed passed rejected endorsed`)
)

// memberOf reports whether the person of reference r is told as a member
// of the body named by the word body: by the words right before the name
// ("Board chair Ann Gustafson", "board member Tom Nordby", "Councillor X"
// for a council) or by a role of theirs.
func (x *ectx) memberOf(r int, body string) bool {
	f := x.refs[r].first
	for j := f - 1; j >= 0 && j >= f-3 && isWordish(x.d.Tokens[j].Text); j-- {
		if x.low[j] == body || body == "council" && (x.low[j] == "councillor" || x.low[j] == "cllr" || x.low[j] == "councilor") {
			return true
		}
	}
	e := x.refs[r].ent
	if e < 0 || e >= len(x.d.Entities) {
		return false
	}
	for _, ro := range x.d.Entities[e].Roles {
		if t := strings.ToLower(ro.Title); strings.Contains(t, body) || body == "council" && strings.Contains(t, "councillor") {
			return true
		}
	}
	return false
}

// groupHostVerbs meet a group whose members the next sentences may name:
// "X hosted the premiers", "X hosts the Nordic prime ministers next week".
var groupHostVerbs = wordSet(`met meets received receives hosted hosts host convened convenes chaired chairs gathered assembled`)

// hearers, with audienceNouns, are told things in public, not on the
// phone: "told the court", "told the inquiry", "told a news conference".
var hearers = wordSet(`court tribunal inquiry hearing jury magistrate magistrates committee commission assembly senate house council meeting conference media press`)

// clauseEnd returns the comma that ends the clause of token k before a
// clause of reason or time ("The meeting did not take place, as Dr X was
// called to Amman"), or the end of s.
func (x *ectx) clauseEnd(k int, s Sentence) int {
	if c := x.findWord(k, s.Last, ","); c > 0 && c+1 < s.Last && reasonWords[x.low[c+1]] {
		return c
	}
	return s.Last
}

// reasonEnd is clauseEnd, or the first word of reason or time after k with
// no comma before it: "The meeting ... was cancelled after his death" ends
// before "his".
func (x *ectx) reasonEnd(k int, s Sentence) int {
	e := x.clauseEnd(k, s)
	for j := k + 1; j < e; j++ {
		if reasonWords[x.low[j]] && x.low[j-1] != "," && x.findWordBack(k, j, "was", "were") > 0 {
			return j
		}
	}
	return e
}

// reasonWords open a clause of reason or time after a comma.
var reasonWords = wordSet(`as because since after when while`)

// presentBe are the present forms of "be" before a verb in -ing.
var presentBe = wordSet(`am 'm ’m is are 're ’re`)

// dayAheadIn reports whether sentence s names a day after publication, or
// one that may be ahead: "on Monday", "next week".
func (x *ectx) dayAheadIn(s Sentence) bool {
	if x.d.Published.IsZero() {
		return false
	}
	pub := x.d.Published.Format(time.DateOnly)
	for _, dm := range x.dates[x.d.SentenceAt(s.Start)] {
		if a := dm.Ahead; a != "" && a > pub[:minInt(len(a), len(pub))] {
			return true
		}
	}
	return false
}

// tourVerbs show a visitor around in the passive: "was taken around the
// classrooms by A and B", "was shown round the plant by X".
var tourVerbs = wordSet(`taken shown guided escorted`)

// showWords show a guest around a place: "showed X round the quay".
var showWords = wordSet(`showed shown show shows showing took taken guided escorted`)

// showedAround returns the meeting of a host who showed a guest around a
// place, the guest right after the verb at k: "Mr Le Page had shown Mr
// Lebrun round the north quay", "took X around the site"; or nil.
func (x *ectx) showedAround(si, k int) *Event {
	s := x.d.Sentences[si]
	if k+2 >= s.Last || beWords[x.low[k-1]] {
		return nil
	}
	f := x.skipRole(k+1, s.Last)
	if f > k+3 || x.refAt[f] < 0 {
		return nil
	}
	g := x.refAt[f]
	e := x.refs[g].last
	if e+1 >= s.Last || x.low[e] != "around" && x.low[e] != "round" && x.low[e] != "through" {
		return nil
	}
	host, at := x.leftGroup(k, s.First, true)
	return x.guestMeeting(si, k, k, at, host, g)
}

// shownAround returns the meeting of a visitor shown around a place by
// people: "X visited the school and was taken around the classrooms by A
// and B" (X, A and B), or nil.
func (x *ectx) shownAround(si, k int) *Event {
	s := x.d.Sentences[si]
	if !beWords[x.low[k-1]] || k+1 >= s.Last || x.low[k+1] != "around" && x.low[k+1] != "round" && x.low[k+1] != "through" {
		return nil
	}
	by := x.findWord(k+2, minInt(s.Last, k+10), "by")
	if by < 0 || x.refsIn(k+2, by) != nil {
		return nil
	}
	hosts := x.people(x.listFrom(by+1, s))
	v := k - 1
	if v > s.First && x.low[v-1] == "then" || v > s.First && x.low[v-1] == "later" {
		v--
	}
	guest, _ := x.leftGroup(v, s.First, true)
	if len(hosts) == 0 || len(guest) != 1 {
		return nil
	}
	ev := Event{Type: Meeting, Status: x.status(k, s.First, s, triggers["met"]), Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, ev.Status == Planned)
	ev.Place = x.placeOf(k, s.First, s, false)
	x.addPeople(&ev, append(x.people(guest), hosts...), s)
	if len(ev.Participants) < 2 {
		return nil
	}
	return &ev
}

// dueBefore puts a negated meeting that "had been due" on a weekday on the
// day gone by: "He and Horáková had been due to meet on Monday, but the head
// teacher postponed the meeting until next week".
func (x *ectx) dueBefore(evs []Event) {
	if x.d.Published.IsZero() {
		return
	}
	pub := x.d.Published.Format(time.DateOnly)
	for i := range evs {
		ev := &evs[i]
		if ev.Status != Negated || ev.Date.Value <= pub || !weekdayText(ev.Date.Text) {
			continue
		}
		k := tokenAt(x.d, ev.Trigger.Start)
		si := x.d.SentenceAt(ev.Trigger.Start)
		from := maxInt(x.d.Sentences[si].First, k-5)
		if x.findWord(from, k, "had") >= 0 && x.findWord(from, k, "due", "scheduled", "expected", "set", "supposed") >= 0 && len(ev.Date.Value) == 10 {
			if t, err := time.Parse(time.DateOnly, ev.Date.Value); err == nil && t.AddDate(0, 0, -7).Format(time.DateOnly) <= pub {
				ev.Date.Value = t.AddDate(0, 0, -7).Format(time.DateOnly) // the same weekday, a week before
			}
		}
	}
}

// weekdayText reports whether a date's words name a weekday.
func weekdayText(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if weekdays[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// itCalledOff reports whether sentence n opens by calling off, with "it",
// the one plan that sentence s before it tells: "It was called off when
// Miss Meade was admitted to hospital", "It has since been cancelled".
func (x *ectx) itCalledOff(n, s Sentence) bool {
	if n.Last-n.First < 3 || x.low[n.First] != "it" || x.refAt[n.First] >= 0 {
		return false
	}
	e := n.First + 1
	for e < n.Last && e < n.First+5 && (auxWords[x.low[e]] || x.low[e] == "been" || x.low[e] == "since") {
		e++
	}
	if e == n.First+1 || !x.calledOff(e, n) {
		return false
	}
	plans := 0
	for j := s.First; j < s.Last; j++ {
		if triggers[x.low[j]].nominal || visitNouns[x.low[j]] {
			plans++
		}
	}
	return plans == 1
}

// noShows negates a planned meeting when the next sentence opens with one
// of its people not turning up: "A was due to meet B on Tuesday afternoon.
// B did not show up, A said."
func (x *ectx) noShows(evs []Event) {
	for i := range evs {
		ev := &evs[i]
		if ev.Status == Negated || ev.Type != Meeting {
			continue
		}
		si := x.d.SentenceAt(ev.Trigger.Start)
		if si < 0 {
			continue
		}
		k := tokenAt(x.d, ev.Trigger.Start)
		// "..., but Cabahug did not show up" in the sentence itself (of a
		// meeting "had been set" for a day gone by, too), or "B did not show
		// up" opening the next one
		s := x.d.Sentences[si]
		shown := false
		if b := x.findWord(k+1, s.Last, "but"); b > 0 && b+1 < s.Last {
			shown = x.noShow(*ev, b+1, s, true)
		}
		if !shown && ev.Status == Planned && si+1 < len(x.d.Sentences) && x.itCalledOff(x.d.Sentences[si+1], s) {
			shown = true // "had planned a reunion in March with X. It was called off when ..."
		}
		for ni := si + 1; !shown && ev.Status == Planned && ni < len(x.d.Sentences) && ni <= si+2; ni++ {
			// at the head of one of the next sentences' clauses: "The
			// flight was cancelled and he never came."; "About forty of us
			// waited for an hour. The sergeant never came."
			n := x.d.Sentences[ni]
			for f := n.First; f < n.Last && !shown; f++ {
				if f == n.First || x.low[f-1] == "and" || x.low[f-1] == "but" || x.low[f-1] == ";" {
					shown = x.noShow(*ev, f, n, false) || x.meetingFailed(f, n) && x.findWordIn(s.Last, f, triggerSet) < 0
				}
			}
		}
		if !shown {
			continue
		}
		ev.Status = Negated
		if !x.d.Published.IsZero() && ev.Date.Value > x.d.Published.Format(time.DateOnly) {
			ev.Date = x.date(si, k, false) // the Tuesday gone by, when no one came
		}
	}
}

// meetingFailed reports whether the clause from token f on says that the
// meeting told before, with no other told since, did not happen: "and the meeting did not happen",
// "The visit never took place", "the talks were cancelled".
func (x *ectx) meetingFailed(f int, s Sentence) bool {
	if f+3 >= s.Last || x.low[f] != "the" || !triggers[x.low[f+1]].nominal && !visitNouns[x.low[f+1]] || x.refAt[f+2] >= 0 {
		return false
	}
	j := f + 2
	switch {
	case (auxWords[x.low[j]] || x.low[j] == "does") && j+2 < s.Last && (x.low[j+1] == "not" || x.low[j+1] == "n't"):
		return neverHappened[x.low[j+2]] || fellThrough[x.low[j+2]] || j+3 < s.Last && (x.low[j+2] == "take" || x.low[j+2] == "go") && (x.low[j+3] == "place" || x.low[j+3] == "ahead")
	case x.low[j] == "never" && j+1 < s.Last:
		return neverHappened[x.low[j+1]] || j+2 < s.Last && (x.low[j+1] == "took" || x.low[j+1] == "went") && (x.low[j+2] == "place" || x.low[j+2] == "ahead")
	case beWords[x.low[j]] && j+1 < s.Last:
		return x.calledOff(j+1, s)
	}
	return false
}

// noShow reports whether the clause from token f on says that a participant
// of ev did not come: "B did not show up", "B never turned up", "he never
// came", "He cancelled the day before". With elided, the clause may leave
// its subject out, a participant's: "was to have met B, but did not arrive".
func (x *ectx) noShow(ev Event, f int, s Sentence, elided bool) bool {
	last := s.Last
	if f+1 < last && x.refAt[f] < 0 && titleWords[x.low[f]] && x.refAt[f+1] >= 0 {
		f++ // "Mr Menon did not show."
	}
	j := f
	if r := x.refAt[f]; r >= 0 {
		if x.quoted[f] || !containsInt(ev.Participants, x.refs[r].ent) {
			return false
		}
		j = x.refs[r].last
	} else if !elided {
		return false
	}
	if j+1 < last && (x.low[j] == "cancelled" || x.low[j] == "canceled") && (isPunct(x.d.Tokens[j+1].Text) || x.low[j+1] == "the" || x.low[j+1] == "at" || x.low[j+1] == "on") {
		return j > f // "He cancelled the day before."
	}
	if j+2 < last && (x.low[j] == "did" || x.low[j] == "had") && (x.low[j+1] == "not" || x.low[j+1] == "n't") {
		j += 2
	} else if j+1 < last && (x.low[j] == "never" || x.low[j] == "failed") {
		j++
		if x.low[j] == "to" {
			j++
		}
	} else {
		return false
	}
	if j < last && (noShowVerbs[x.low[j]]) && (j+1 == last || isPunct(x.d.Tokens[j+1].Text) || x.low[j+1] == "and" || x.low[j+1] == "because") {
		return true // "but she did not come", "he never came"
	}
	if j+1 < last && (x.low[j] == "made" || x.low[j] == "make") && x.low[j+1] == "it" && (j+2 == last || isPunct(x.d.Tokens[j+2].Text) || boundaries[x.low[j+2]] || x.low[j+2] == "and") {
		return true // "but he never made it", "but she did not make it"
	}
	return j+1 < last && (x.low[j] == "show" || x.low[j] == "shown" || x.low[j] == "turn" || x.low[j] == "turned" || x.low[j] == "showed") && x.low[j+1] == "up"
}

// noShowVerbs tell, after "did not" or "never", that someone did not come.
var noShowVerbs = wordSet(`come came appear appeared attend attended arrive arrived show showed`)

// toldTheWriter reports whether the verb of telling at k has the writer
// for its hearer and a clause for what was told, with no phone or video in
// the sentence: "X tells me he spoke with Y", "told us that". What a
// writer is told is their source, not a call.
func (x *ectx) toldTheWriter(k int, s Sentence) bool {
	if k+2 >= s.Last || x.low[k+1] != "me" && x.low[k+1] != "us" || x.quoted[k] {
		return false
	}
	if n := x.low[k+2]; n != "that" && n != "he" && n != "she" && n != "they" && n != "it" && n != "the" && x.refAt[k+2] < 0 {
		return false
	}
	// (but "told me by phone", "rang me and told me": a call)
	return x.findWordIn(s.First, minInt(s.Last, k+5), mediumWords) < 0 && x.findWord(s.First, k, "rang", "phoned", "called", "telephoned") < 0
}

// calledWhen reports whether "called" at k is followed by when or why, with
// no one called named: "called this morning to say", "called at 6.30",
// "called yesterday" (not "called for", "called on X", "called it").
func (x *ectx) calledWhen(k int, s Sentence) bool {
	if k+1 >= s.Last || k == s.First || x.refAt[k-1] < 0 && x.low[k-1] != "," {
		return false // (not "nobody called to say why")
	}
	switch n := x.low[k+1]; {
	case n == "this" || n == "last" || n == "yesterday" || n == "earlier" || n == "late" || n == "early":
		return true
	case n == "at" && k+2 < s.Last && startsDigit(x.low[k+2]):
		return true
	case n == "to" && k+2 < s.Last && (x.low[k+2] == "say" || x.low[k+2] == "ask" || x.low[k+2] == "tell"):
		return true
	}
	return false
}

// relativeDayWords reports whether a date's words count days from the day
// of writing: "today", "tonight", "this morning", "tomorrow", "yesterday".
func relativeDayWords(text string) bool {
	t := strings.ToLower(text)
	return todayWords(text) || strings.Contains(t, "tomorrow") || strings.Contains(t, "yesterday")
}

// todayWords reports whether a date's words name the day of publication
// itself: "today", "tonight", "this evening's".
func todayWords(text string) bool {
	t := strings.ToLower(text)
	for _, w := range []string{"today", "tonight", "this morning", "this afternoon", "this evening"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// attendedIndefinite returns a meeting noun opened by "a" or "an" whose
// "attended by" tells its people in s, and the host of the verb before it:
// "X chaired a coordination meeting in Sukkur attended by A", or -1, nil.
func (x *ectx) attendedIndefinite(s Sentence) (int, []int) {
	for j := s.First + 1; j+1 < s.Last; j++ {
		if x.low[j] != "attended" && x.low[j] != "co-chaired" || x.low[j+1] != "by" && x.attendedByAt(j) < 0 {
			continue // (and "hosted a summit co-chaired by A and B", "attended among others by A")
		}
		k := x.nominalBefore(j, s)
		if k < 0 {
			return -1, nil
		}
		a := x.nounDeterminer(k, s)
		if a < 0 || x.low[a] != "a" && x.low[a] != "an" {
			return -1, nil
		}
		if a > s.First && hostingVerbs[x.low[a-1]] {
			host, _ := x.leftGroup(a-1, s.First, true)
			return k, x.people(host)
		}
		return k, nil
	}
	return -1, nil
}

// attendedByAt returns the "by" of "attended" at j that an aside keeps
// apart ("attended among others by", "attended, among others, by",
// "attended also by"), or -1.
func (x *ectx) attendedByAt(j int) int {
	for t := j + 1; t < len(x.low) && t <= j+5; t++ {
		switch x.low[t] {
		case "by":
			if t > j+1 {
				return t
			}
			return -1
		case "among", "others", ",", "also", "notably", "inter", "alia":
		default:
			return -1
		}
	}
	return -1
}

// describedName reports whether the lower-case noun at j is a description
// of the person named in apposition after it: "telephoned her mentor, X",
// "brief her company's owner, X" (not "met the press, X said").
func (x *ectx) describedName(j, last int) bool {
	if j+2 >= last || !isLowerWord(x.d.Tokens[j].Text) || finiteVerb(x.low[j]) || j == 0 {
		return false
	}
	if p := x.low[j-1]; !determiners[p] && !possessives[p] && !isPossessiveClitic(p) {
		return false
	}
	c := j + 1
	if c+1 < last && x.low[c] != "," && isLowerWord(x.d.Tokens[c].Text) && !finiteVerb(x.low[c]) && !prepositions[x.low[c]] && !boundaries[x.low[c]] {
		c++ // "his business partner, X"
	}
	if x.low[c] != "," {
		return false
	}
	n := c + 1
	if n+1 < last && x.low[n] == "the" && x.low[n+1] == "late" {
		n += 2 // "her mentor, the late ambassador X"
	}
	n = x.skipRole(n, last)
	if n >= last || x.refAt[n] < 0 {
		return false
	}
	e := x.refs[x.refAt[n]].last
	return !(e < last && speechVerbs[x.low[e]])
}

// firstEvent reports whether no event of evs is told before offset off.
func firstEvent(evs []Event, off int) bool {
	for _, ev := range evs {
		if ev.Trigger.Start < off {
			return false
		}
	}
	return true
}

// modalWords stand before a plain verb with its subject before them: "A
// and B will attend".
var modalWords = wordSet(`will would shall should can could may might 'll`)

// recordNouns name the record of a meeting before "of": "Minutes of the
// annual general meeting held on".
var recordNouns = wordSet(`minutes record report notes summary`)

// heldNoun reports whether the meeting noun at k opens with "a" or "an"
// (or "the", for the first meeting told) and is told as held with no one
// named in its sentence: "a further meeting was held at the offices of the
// solicitors", "a second round took place", "The annual general meeting
// went ahead in Dhaka on Thursday".
func (x *ectx) heldNoun(k int, s Sentence, first bool) bool {
	a := x.nounDeterminer(k, s)
	the := s.First
	if the+2 < k && recordNouns[x.low[the]] && x.low[the+1] == "of" {
		the += 2 // "MINUTES OF THE FINANCE, PLANNING AND URBAN DEVELOPMENT COMMITTEE MEETING HELD ON"
	}
	if first && a < 0 && x.low[the] == "the" && k-the <= 10 {
		a = the // "The Asian Cricket Council (ACC) annual general meeting"
		for t := the + 1; t < k; t++ {
			lw := x.low[t]
			if lw == "," && isCap(x.d.Tokens[t-1].Text) && isCap(x.d.Tokens[t+1].Text) {
				continue // a body's name: "the Finance, Planning and Urban Development Committee meeting"
			}
			if finiteVerb(lw) || isTrigger(lw) || boundaries[lw] && lw != "(" && lw != ")" || lw == "," {
				a = -1
			}
		}
	}
	if a < 0 || x.low[a] != "a" && x.low[a] != "an" && !(first && x.low[a] == "the") || x.refsIn(s.First, minInt(s.Last, k+3)) != nil || k+2 >= s.Last {
		return false // (but "went ahead ... despite X, with Y insisting that": no meeting with them)
	}
	v := x.skipAdverbs(k+1, s.Last) // "a meeting reportedly held on November 27"
	if v+1 >= s.Last {
		return false
	}
	if beWords[x.low[v]] {
		w := x.skipAdverbs(v+1, s.Last)
		return w < s.Last && (x.low[w] == "held" || x.low[w] == "convened")
	}
	return x.low[v] == "took" && x.low[v+1] == "place" || x.low[v] == "went" && x.low[v+1] == "ahead" ||
		x.low[v] == "held" && (x.low[v+1] == "on" || x.low[v+1] == "in" || x.low[v+1] == "at" || dateWords[x.low[v+1]]) // "records a meeting held on November 27"
}

// sceneNoun reports whether the meeting noun at k opens a sentence with no
// verb and no one in it that sets the scene of the next: "12:30 – Talks at
// the Prime Minister's Office in Port Louis."
func (x *ectx) sceneNoun(k int, s Sentence) bool {
	if k > s.First+5 || k+1 >= s.Last || x.low[k+1] != "at" && x.low[k+1] != "in" || x.refsIn(s.First, s.Last) != nil || !x.noVerb(s) {
		return false
	}
	for t := s.First; t < k; t++ {
		if !isPunct(x.d.Tokens[t].Text) && !startsDigit(x.low[t]) && x.low[t] != "–" && x.low[t] != "—" && x.low[t] != "-" {
			return false
		}
	}
	return true
}

// neitherNor splits an event whose subject is "neither A nor B" into the
// negated events of each: "neither Tan Sri Ahmad Fauzi nor Dato' Lim has
// met or held any discussions with Mr. Ong" is Ahmad Fauzi–Ong and Lim–Ong,
// neither of which took place; A and B met no one together.
func (x *ectx) neitherNor(evs []Event) []Event {
	var out []Event
	for _, ev := range evs {
		k := tokenAt(x.d, ev.Trigger.Start)
		si := x.d.SentenceAt(ev.Trigger.Start)
		if k < 0 || si < 0 {
			out = append(out, ev)
			continue
		}
		s := x.d.Sentences[si]
		n := x.findWord(s.First, k, "neither")
		r := -1
		if n >= 0 {
			r = x.findWord(n+1, k, "nor")
		}
		var subj []int
		if r > 0 {
			subj = x.people(append(x.refsIn(n+1, r), x.refsIn(r+1, k)...))
		}
		var others []int
		for _, p := range ev.Participants {
			if !containsInt(subj, p) {
				others = append(others, p)
			}
		}
		if len(subj) < 2 || len(others) == 0 {
			out = append(out, ev)
			continue
		}
		for _, p := range subj {
			e := ev
			e.Participants = append([]int{p}, others...)
			sort.Ints(e.Participants)
			e.Status = Negated
			out = append(out, e)
		}
	}
	return out
}

// namedGatheringPlace returns the city in the name of a gathering told
// before that "on the sidelines of the conference" (or "at the summit")
// after the trigger at k refers back to: "the Munich Security Conference"
// ... "met X on the sidelines of the conference" is in Munich.
func (x *ectx) namedGatheringPlace(k int, s Sentence) *Place {
	for j := k + 1; j+2 < s.Last && j <= k+16; j++ {
		if boundaries[x.low[j]] {
			return nil
		}
		if x.low[j] != "the" || !gatheringNouns[x.low[j+1]] || !isLowerWord(x.d.Tokens[j+1].Text) || x.low[j-1] != "of" && x.low[j-1] != "at" {
			continue
		}
		noun := x.low[j+1]
		for t := s.First - 1; t > 0; t-- {
			if x.low[t] != noun || isLowerWord(x.d.Tokens[t].Text) {
				continue
			}
			for b := t - 1; b >= 0 && b >= t-5 && isCap(x.d.Tokens[b].Text); b-- {
				if pi := x.placeAt[b]; pi >= 0 && x.places[pi].place.Kind == City {
					p := x.places[pi].place
					return &p
				}
				if x.f.Gazetteer == nil {
					continue
				}
				// a city inside the gathering's name, which the tagger took as a whole
				if p, ok := x.f.Gazetteer.Place(x.d.Tokens[b].Text, nil); ok && p.Kind == City && p.Population >= 100000 && Fold(p.Name) == Fold(x.d.Tokens[b].Text) {
					return &p
				}
			}
		}
		return nil
	}
	return nil
}

// diarist returns the reference of the narrator's last "I", "me" or "my"
// before a meeting noun at k that heads a sentence without a verb or
// subject of its own — a diary's "Lunch at a fish restaurant in Leith with
// my editor, X", "Before that, a video call with Y" — or -1. In a thread
// of posts, it is the author whom the post's number ("5/7") stands for.
func (x *ectx) diarist(k int, s Sentence) int {
	line := s.First
	for line > 0 && !newlineBefore(x.d, line) {
		line--
	}
	if x.refAt[line] >= 0 && strings.Contains(x.low[line], "/") && startsDigit(x.low[line]) {
		if x.verbless(maxInt(s.First, line+1), k) {
			return x.refAt[line] // "5/7 Tomorrow: Riga, for a meeting with X": the post's author
		}
		return -1
	}
	head := k
	for head-1 > s.First && triggers[x.low[head-1]].nominal && isLowerWord(x.d.Tokens[head-1].Text) {
		head-- // "In the afternoon, bilateral meeting with X"
	}
	if !x.verbless(s.First, head) {
		return -1
	}
	si := x.d.SentenceAt(x.d.Tokens[s.First].Start)
	for r := len(x.refs) - 1; r >= 0; r-- {
		f := x.refs[r].first
		if f >= s.First {
			continue
		}
		if x.d.SentenceAt(x.d.Tokens[f].Start) < si-12 {
			return -1
		}
		if x.refs[r].last == f+1 && (x.low[f] == "i" || x.low[f] == "me" || x.low[f] == "my" || x.low[f] == "myself") && !x.quoted[f] {
			return r
		}
	}
	if x.timeEntry(s) || x.agendaEntry(si) {
		// "I spent the day with her. ... 10.15am. A video call with her
		// Ugandan counterpart": a timeline of the story's protagonist;
		// "Wednesday 24 September. ... In the afternoon, bilateral meeting
		// with X": an agenda's
		return x.protagonistRef(k, -1)
	}
	return -1
}

// noVerb reports whether sentence s has no finite verb outside quotations:
// an agenda's "In the afternoon, bilateral meeting with X, on trade."
func (x *ectx) noVerb(s Sentence) bool {
	for t := s.First; t < s.Last; t++ {
		if finiteVerb(x.low[t]) && !x.quoted[t] {
			return false
		}
	}
	return true
}

// agendaEntry reports whether sentence si follows, in its paragraph, a
// sentence that is only a date: an entry of an agenda by day ("Wednesday 24
// September. Address before the General Assembly. In the afternoon,
// bilateral meeting with X").
func (x *ectx) agendaEntry(si int) bool {
	p := x.paragraphStart(si)
	return p != si && x.dateOnly(p)
}

// dayBefore returns the last date of day precision told in the sentences
// before si, outside quotations and deadlines ("a technician by Friday"),
// or an empty Date.
func (x *ectx) dayBefore(si int) Date {
	for p := si - 1; p >= 0; p-- {
		for i := len(x.dates[p]) - 1; i >= 0; i-- {
			dm := x.dates[p][i]
			t := tokenAt(x.d, dm.Span.Start)
			if len(dm.Value) != 10 || t < 0 || x.quoted[t] || t > 0 && (x.low[t-1] == "by" || x.low[t-1] == "until" || x.low[t-1] == "before") {
				continue
			}
			return dm.Date
		}
	}
	return Date{}
}

// participleBefore reports whether a word ending in "-ed" stands between the
// trigger at k and the date at token t after it: "a video call about nets
// seized near Migingo last week" dates the seizure.
func (x *ectx) participleBefore(k, t int) bool {
	for j := k + 1; j < t; j++ {
		if strings.HasSuffix(x.low[j], "ed") && len(x.low[j]) > 4 && isLowerWord(x.d.Tokens[j].Text) {
			return true
		}
	}
	return false
}

// timeEntry reports whether sentence s is on a line that opens with a time
// of day, as the entries of a timeline by the hour do: "10.15am. A video
// call with X", "6.40am, Dunga beach."
func (x *ectx) timeEntry(s Sentence) bool {
	line := s.First
	for line > 0 && !newlineBefore(x.d, line) {
		line--
	}
	return clockTimes.MatchString(x.low[line])
}

// clockTimes match a time of day written as one token: "10.15am", "3pm",
// "08:30".
var clockTimes = regexp.MustCompile(`^([01]?[0-9]|2[0-3])([.:][0-5][0-9])?(am|pm)$|^([01]?[0-9]|2[0-3])[:.][0-5][0-9]$`)

// verbless reports whether tokens [i, k) hold no person, verb, trigger or
// elidedNarrator returns the narrator's "I" when the verb at k opens its
// sentence, or the entry after a diary's heading ("MONDAY: Rang the
// contractor, X"), with its subject left out, as a diary's sentences are;
// or -1. The narrator is the writer whose "I" the piece uses, the last
// before the sentence or else the first after it.
func (x *ectx) elidedNarrator(k int, s Sentence) int {
	f := s.First
	if f+2 <= k && x.low[f+1] == ":" && weekdays[x.low[f]] {
		f += 2
	}
	if k != f || !isCap(x.d.Tokens[k].Text) || !x.pastTense(k, k) {
		return -1
	}
	return x.narratorRef(s)
}

// narratorRef returns the reference of the narrator's "I" nearest before
// sentence s, else the first after it, or -1 if the piece has none outside
// quotations.
func (x *ectx) narratorRef(s Sentence) int {
	narr := -1
	for r := range x.refs {
		f := x.refs[r].first
		if x.refs[r].last == f+1 && x.d.Tokens[f].Text == "I" && !x.quoted[f] {
			if narr < 0 || f < s.First {
				narr = r
			}
			if f > s.First {
				break
			}
		}
	}
	return narr
}

// quotation.
func (x *ectx) verbless(i, k int) bool {
	for t := i; t < k; t++ {
		if x.refAt[t] >= 0 || finiteVerb(x.low[t]) || isTrigger(x.low[t]) || x.quoted[t] {
			return false
		}
	}
	return true
}

// semicolonAppositionEnd returns the semicolon that closes an apposition
// opened by the comma at j in a list whose members are parted by
// semicolons ("A, mayor of Kuching, Malaysia; B, ...; and C"), when a
// person follows it; -1 otherwise.
func (x *ectx) semicolonAppositionEnd(j, last int) int {
	c := x.findWord(j+1, minInt(last, j+20), ";")
	if c < 0 || x.refsIn(j+1, c) != nil {
		return -1
	}
	end := c
	if w := x.findWord(j+1, c, ","); w > 0 && w+1 < c && (x.low[w+1] == "which" || x.low[w+1] == "who" || x.low[w+1] == "whose") {
		end = w // "A, chief executive of Salmones, which holds the concession; B": the relative clause is the company's
	}
	if x.clauseIn(j+1, end) {
		return -1
	}
	n := c + 1
	if n < last && x.low[n] == "and" {
		n++
	}
	if n >= last || x.refAt[x.skipRole(n, last)] < 0 {
		return -1
	}
	return c
}

// nounBefore reports whether a meeting noun ends the words before token j,
// perhaps with its day after it: "a video call on 24 February [that]".
func (x *ectx) nounBefore(j int, s Sentence) bool {
	for t := j - 1; t >= s.First && t >= j-6; t-- {
		if tr, ok := triggers[x.low[t]]; ok && tr.nominal {
			return true
		}
		if lw := x.low[t]; lw != "on" && lw != "in" && !dateWords[lw] && !startsDigit(lw) && monthNumber(lw) == 0 {
			return false
		}
	}
	return false
}

// captionMark returns the "(" of a photo caption's mark of position that
// ends at token q ("(left)", "(second right)", "(centre)"), or -1.
func (x *ectx) captionMark(q int) int {
	if q < 2 || x.low[q] != ")" {
		return -1
	}
	o := q - 1
	for o > q-4 && o > 0 && x.low[o] != "(" {
		if !positionWords[x.low[o]] {
			return -1
		}
		o--
	}
	if x.low[o] != "(" || o == q-1 {
		return -1
	}
	return o
}

// positionWords place a person in a photograph.
var positionWords = wordSet(`left right centre center second third far front back top bottom l r c pictured rear`)

// statusAsides open an aside on someone's present state: ", now retired,",
// ", still in office,".
var statusAsides = wordSet(`now still formerly then retired aged himself herself`)

// premisesNouns are the places of a person where one is visited: "at his
// shop", "at her home".
var premisesNouns = wordSet(`shop store home house flat apartment office residence farm studio workshop restaurant`)

// atPremises reports whether someone's premises follow the trigger at k
// within its clause ("spoke to X, who runs a store, at his shop"), with no
// word for a phone or video between.
func (x *ectx) atPremises(k int, s Sentence) bool {
	for j := k + 1; j+2 < s.Last && j <= k+16; j++ {
		if lw := x.low[j]; lw == "phone" || lw == "telephone" || lw == "video" || lw == "videoconference" || lw == "virtually" || lw == "from" {
			return false
		}
		if x.low[j] == "at" && possessives[x.low[j+1]] && premisesNouns[x.low[j+2]] {
			return true
		}
	}
	return false
}

// afterPhrase returns the "after", "following" or "before" that opens the
// phrase of the meeting noun at k ("after nine hours of talks", "following
// a meeting"), or -1.
func (x *ectx) afterPhrase(k int, s Sentence) int {
	for j := k - 1; j >= s.First && j >= k-5; j-- {
		switch lw := x.low[j]; {
		case lw == "after" || lw == "following" || lw == "before":
			return j
		case lw == "a" || lw == "an" || lw == "of" || lw == "hours" || lw == "days" || lw == "round" || numberWord(lw) > 0 || startsDigit(lw) || roundWords[lw]:
		default:
			return -1
		}
	}
	return -1
}

// calledOffNow reports whether a plan told at k is called off in the
// present perfect or present: "a planned meeting ... on Saturday has been
// called off", "is cancelled" (not "did not take place": its day has passed).
func (x *ectx) calledOffNow(k int, s Sentence) bool {
	if k < 1 || !planParticiples[x.low[k-1]] && (k < 2 || !planParticiples[x.low[k-2]]) {
		return false // "a planned meeting", "a scheduled bilateral meeting"
	}
	for j := k + 1; j+2 < s.Last && j <= k+20; j++ {
		if (x.low[j] == "has" || x.low[j] == "have") && x.low[j+1] == "been" && x.calledOff(j+2, s) || (x.low[j] == "is" || x.low[j] == "are") && x.calledOff(j+1, s) {
			return true
		}
	}
	return false
}

// shakeWords shake hands: in person, a meeting.
var shakeWords = wordSet(`shake shakes shook shaking`)

// topicHeads are the nouns of a topic whose place "in" gives: "the
// situation in Libya", "the war in Sudan".
var topicHeads = wordSet(`situation crisis crises war wars conflict conflicts fighting violence developments unrest
elections election stability ceasefire truce hostilities`)

// repeatWords open a meeting noun that tells another meeting of the same
// people: "a second meeting", "another call".
var repeatWords = wordSet(`second third fourth fifth sixth another`)

// repeats adds the meetings that a sentence naming no one tells as the next
// of a series: "23 March – First meeting between Chapo and Mondlane. ...
// 20 May – A second meeting at Ponta Vermelha lasts more than three hours."
// They are the people of the last event of the type told within five
// sentences; a possessor ("which Mondlane's camp says") names no one else.
func (x *ectx) repeats(evs []Event) []Event {
	d := x.d
	for si, s := range d.Sentences {
		if x.hasEventAt(evs, s) {
			continue
		}
		k := -1
		for j := s.First + 2; j < s.Last; j++ {
			if tr := triggers[x.low[j]]; tr.nominal && repeatWords[x.low[j-1]] && (x.low[j-2] == "a" || x.low[j-2] == "an" || x.low[j-1] == "another") {
				k = j
				break
			}
		}
		if k < 0 {
			continue
		}
		named := false
		for _, r := range x.refsIn(s.First, s.Last) {
			named = named || !(x.refs[r].last < s.Last && isPossessiveClitic(x.low[x.refs[r].last]))
		}
		tr := triggers[x.low[k]]
		t := x.lastOfType(evs, tr.typ, d.Tokens[k].Start, si, nil)
		if named || t < 0 || len(evs[t].Participants) < 2 {
			continue
		}
		ev := x.nounEvent(si, k)
		ev.Participants = append([]int(nil), evs[t].Participants...)
		evs = append(evs, ev)
	}
	return evs
}

// stayPlace returns the city where the sentence of ev's trigger or the next
// one says a participant was: "On Tuesday, Samia held talks with Xi. The
// President was in Beijing for the summit."; nil if none.
func (x *ectx) stayPlace(ev Event) *Place {
	si := x.d.SentenceAt(ev.Trigger.Start)
	for s2 := si; s2 <= si+1 && s2 < len(x.d.Sentences); s2++ {
		s := x.d.Sentences[s2]
		for j := s.First; j+2 < s.Last; j++ {
			r := x.refAt[j]
			if r < 0 || !containsInt(ev.Participants, x.refs[r].ent) || x.quoted[j] {
				continue
			}
			b := x.refs[r].last
			if b+2 < s.Last && (x.low[b] == "was" || x.low[b] == "were") && x.low[b+1] == "in" && x.placeAt[b+2] >= 0 {
				if p := x.places[x.placeAt[b+2]].place; p.Kind == City || p.Kind == Venue {
					return &p
				}
			}
			j = b - 1
		}
	}
	return nil
}

// monthDay reports whether date words name a month and no year: "on
// December 10", "Dec. 10" (not "on Tuesday", not "March 6, 2025").
func monthDay(text string) bool {
	if hasYear(text) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if monthWords[strings.TrimSuffix(w, ",")] {
			return true
		}
	}
	return false
}

var monthWords = wordSet(`january february march april may june july august september october november december
jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. jan feb mar apr jun jul aug sep sept oct nov dec`)

// hasYear reports whether date words name a year: "March 6, 2025", "in 2023".
func hasYear(text string) bool {
	n := 0
	for _, r := range text {
		if r >= '0' && r <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// pastTense reports whether the clause from its subject to the trigger at k
// is in the past tense: "was received", "met", "held talks".
func (x *ectx) pastTense(from, k int) bool {
	for j := maxInt(from, k-4); j <= k; j++ {
		switch lw := x.low[j]; lw {
		case "was", "were", "had", "met", "held", "spoke", "sat", "told", "saw", "took", "rang", "did":
			return true
		default:
			if strings.HasSuffix(lw, "ed") && len(lw) > 4 && x.refAt[j] < 0 && !planWords[lw] && !reducedRelatives[lw] {
				return true // (not "is scheduled to meet", "is expected to meet": plans)
			}
		}
	}
	return false
}

// offsets dates an event told as a distance from another: "Sheinbaum on
// Friday welcomed the reprieve, a day after a phone call with Trump"; "The
// meeting came a day after Blinken held talks with Netanyahu". The anchor is
// a day-precise date before "after" in the sentence, else the publication
// date when the news "comes" after the event, else the date of the event
// told last before the sentence.
func (x *ectx) offsets(evs []Event) {
	d := x.d
	for i := range evs {
		ev := &evs[i]
		k := tokenAt(d, ev.Trigger.Start)
		si := d.SentenceAt(ev.Trigger.Start)
		s := d.Sentences[si]
		rel := -1
		for j := maxInt(s.First, k-14); j+2 < k; j++ {
			if (x.low[j+1] == "day" || x.low[j+1] == "days") && (x.low[j+2] == "after" || x.low[j+2] == "before") {
				rel = j
			}
		}
		if rel < 0 {
			continue
		}
		n := numberWord(x.low[rel])
		if n == 0 {
			continue
		}
		if ev.Date.Span.Start >= d.Tokens[rel].Start && ev.Date.Span.Start < s.End {
			continue // the event has its own date: "a day after talks in Seoul on Thursday"
		}
		if x.low[rel+2] == "after" {
			n = -n
		}
		var anchor Date
		for _, dm := range x.dates[si] {
			if dm.Span.End <= d.Tokens[rel].Start && len(dm.Value) == 10 {
				anchor = dm.Date
			}
		}
		if anchor.Value == "" && !d.Published.IsZero() && x.findWord(s.First, rel, "comes", "come") >= 0 {
			// "All of this comes three days after the summit": the
			// subject is the news of the day.
			anchor = Date{Value: d.Published.Format(time.DateOnly)}
		}
		if anchor.Value == "" {
			last := lastDated(evs, s.Start)
			if last >= 0 {
				anchor = evs[last].Date
			}
		}
		day, err := time.Parse(time.DateOnly, anchor.Value)
		if err != nil {
			continue
		}
		ev.Date = Date{Value: day.AddDate(0, 0, n).Format(time.DateOnly), Text: d.Text[d.Tokens[rel].Start:d.Tokens[rel+2].End], Span: Span{Start: d.Tokens[rel].Start, End: d.Tokens[rel+2].End}}
	}
}

// partyTag matches a party and state after a US legislator's name:
// "R-Neb.", "D-N.M.", "I-Vt", "R".
var partyTag = regexp.MustCompile(`^[RDI](-[A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*)?)?$`)

// partyTagEnd returns the token after a parenthesised party tag that starts
// at token j, or -1 if none starts there.
func partyTagEnd(d *Doc, j int) int {
	if j >= len(d.Tokens) || d.Tokens[j].Text != "(" {
		return -1
	}
	for c := j + 2; c < len(d.Tokens) && c <= j+6; c++ {
		if d.Tokens[c].Text == ")" {
			if partyTag.MatchString(d.Text[d.Tokens[j+1].Start:d.Tokens[c-1].End]) {
				return c + 1
			}
			return -1
		}
	}
	return -1
}

// numberWord reads "a", "one" ... "ten" and digits up to 31; 0 otherwise.
func numberWord(w string) int {
	switch w {
	case "a", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	}
	n := 0
	for _, c := range w {
		if c < '0' || c > '9' || n > 31 {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// sameDay gives an undated event told "earlier in the day", "later that
// day", "on the same day" or "that evening" the day of the event told last
// before its sentence.
func (x *ectx) sameDay(evs []Event) {
	d := x.d
	for i := range evs {
		ev := &evs[i]
		s := d.Sentences[d.SentenceAt(ev.Trigger.Start)]
		if ev.Date.Value != "" {
			if ev.Date.Span.End > 0 && (ev.Date.Span.Start < s.Start || ev.Date.Span.End > s.End) {
				x.dayAroundGathering(evs, ev, s) // "On the eve of the summit, X met Y": not the day the sentence before told
			}
			continue
		}
		found := false
		for j := s.First; j+1 < s.Last && !found; j++ {
			switch a, b := x.low[j], x.low[j+1]; {
			case a == "same" && dayParts[b]: // "on the same day", "That same evening"
				found = true
			case a == "that" && dayParts[b]: // "later that day", "that evening"
				found = true
			case a == "the" && b == "day" && j > s.First && x.low[j-1] == "in": // "earlier in the day"
				found = true
			case j == s.First+1 && x.low[s.First] == "in" && a == "the" && (b == "evening" || b == "afternoon" || b == "morning"):
				found = len(x.dates[d.SentenceAt(ev.Trigger.Start)]) == 0 // "In the evening he was received by X": that day's
			}
		}
		if !found {
			x.dayAroundGathering(evs, ev, s)
			continue
		}
		if dd := x.dayIn(d.SentenceAt(ev.Trigger.Start)); dd.Value != "" && !(dd.Span.Start > ev.Trigger.Start && x.otherClause(tokenAt(d, dd.Span.Start), tokenAt(d, ev.Trigger.Start))) {
			ev.Date = dd // "is due in the capital on June 16 ... and will hold talks with X the same day" (not "X, who missed Saturday's meeting")
			continue
		}
		last := lastDated(evs, s.Start)
		if last >= 0 {
			ev.Date = evs[last].Date
			continue
		}
		for p := d.SentenceAt(ev.Trigger.Start) - 1; p >= 0 && p >= d.SentenceAt(ev.Trigger.Start)-5; p-- {
			if dd := x.dayIn(p); dd.Value != "" && !x.quoted[tokenAt(d, dd.Span.Start)] {
				ev.Date = dd // "flew into Hoima on Tuesday morning ... In the evening he was received by X" (not a quotation's "today")
				break
			}
		}
	}
}

// dayAroundGathering dates an event told "the day before the summit", "the
// day after the talks" or "on the eve of the summit" by the day of that
// gathering, told earlier: "... wrapped up their annual summit here on
// Thursday. ... The day before the summit, Whipps and Heine held a
// bilateral meeting". The gathering's day is that of its own sentence, or
// else of the event told in the sentence after it ("The week's show was
// the first EU-Central Asia summit. X sat down in Samarkand on Friday with
// ..."), whose place it then lends too.
func (x *ectx) dayAroundGathering(evs []Event, ev *Event, s Sentence) {
	for j := s.First; j+4 < s.Last; j++ {
		shift, n := 0, 0
		switch {
		case x.low[j] == "the" && x.low[j+1] == "day" && (x.low[j+2] == "before" || x.low[j+2] == "after") && x.low[j+3] == "the":
			shift, n = -1, j+4
			if x.low[j+2] == "after" {
				shift = 1
			}
		case x.low[j] == "the" && x.low[j+1] == "eve" && x.low[j+2] == "of" && x.low[j+3] == "the":
			shift, n = -1, j+4
		default:
			continue
		}
		if !triggers[x.low[n]].nominal {
			continue
		}
		noun := x.low[n]
		sp := Span{Start: x.d.Tokens[j].Start, End: x.d.Tokens[n].End}
		for si := x.d.SentenceAt(x.d.Tokens[s.First].Start) - 1; si >= 0; si-- {
			p := x.d.Sentences[si]
			k := x.findWord(p.First, p.Last, noun)
			if k < 0 {
				continue
			}
			dt := x.date(si, k, false)
			var place *Place
			if len(dt.Value) != len(time.DateOnly) && si+1 < len(x.d.Sentences) && x.d.Sentences[si+1].Start < s.Start {
				next := x.d.Sentences[si+1].Span
				for _, e := range evs {
					if e.Trigger.Start >= next.Start && e.Trigger.End <= next.End && len(e.Date.Value) == len(time.DateOnly) {
						dt, place = e.Date, e.Place // "the first EU-Central Asia summit. X sat down in Samarkand on Friday"
						break
					}
				}
			}
			if t, err := time.Parse(time.DateOnly, dt.Value); err == nil && len(dt.Value) == len(time.DateOnly) {
				ev.Date = Date{Value: t.AddDate(0, 0, shift).Format(time.DateOnly), Text: x.d.Text[sp.Start:sp.End], Span: sp}
				if ev.Place == nil && place != nil {
					pl := *place
					ev.Place = &pl
				}
			}
			return
		}
		return
	}
}

var dayParts = wordSet(`day evening morning afternoon night`)

// thatWeekday dates an event told "on the Sunday" or "on that Friday" — a
// weekday of the week the story is in, not the publication's — as the first
// such weekday on or after the day of the event told last before its
// sentence: "Two days later, on 13 March, ... On the Sunday I met Fennelly
// alone" is Sunday 16 March.
func (x *ectx) thatWeekday(evs []Event) {
	d := x.d
	for i := range evs {
		ev := &evs[i]
		if len(ev.Date.Value) != len(time.DateOnly) || !weekdays[strings.ToLower(ev.Date.Text)] {
			continue
		}
		k := tokenAt(d, ev.Date.Span.Start)
		s := d.Sentences[d.SentenceAt(ev.Trigger.Start)]
		if k-1 <= s.First || x.low[k-1] != "the" && x.low[k-1] != "that" || x.low[k-2] != "on" || d.Tokens[k].Start != ev.Date.Span.Start ||
			k+1 < s.Last && isLowerWord(x.low[k+1]) && !boundaries[x.low[k+1]] && !prepositions[x.low[k+1]] {
			continue // but "on the Monday meeting's agenda"
		}
		last := lastDated(evs, s.Start)
		if last < 0 {
			continue
		}
		t, err := time.Parse(time.DateOnly, evs[last].Date.Value[:len(time.DateOnly)])
		if err != nil {
			continue
		}
		for n := 0; n < 7; n++ {
			if strings.EqualFold(t.Weekday().String(), x.low[k]) {
				ev.Date.Value = t.Format(time.DateOnly)
				break
			}
			t = t.AddDate(0, 0, 1)
		}
	}
}

// lastDated returns the event with a day-precise date told last before
// offset off, or -1.
func lastDated(evs []Event, off int) int { return lastDatedTo(evs, off, len("2006-01-02")) }

// lastDatedTo is lastDated for dates of at least n characters: 4 for a
// year, 7 for a month.
func lastDatedTo(evs []Event, off, n int) int {
	last := -1
	for j := range evs {
		if evs[j].Trigger.Start < off && len(evs[j].Date.Value) >= n && (last < 0 || evs[j].Trigger.Start > evs[last].Trigger.Start) {
			last = j
		}
	}
	return last
}

// daysLater dates an event told "the following day", "the next morning",
// "two days later", "the following year" or "a month later", with no date
// of its own in its sentence, from the date of the event told last before
// that sentence, if that date is as precise as the unit counted.
func (x *ectx) daysLater(evs []Event) {
	d := x.d
	for i := range evs {
		ev := &evs[i]
		s := d.Sentences[d.SentenceAt(ev.Trigger.Start)]
		own := ev.Date.Value != "" && ev.Date.Span.Start >= s.Start && ev.Date.Span.End <= s.End && ev.Date.Span.End > 0
		n, at, unit := 0, -1, ""
		for j := s.First; j+1 < s.Last && n == 0; j++ {
			a, b := x.low[j], x.low[j+1]
			switch {
			case (a == "following" || a == "next") && j > s.First && x.low[j-1] == "the" && (dayParts[b] || b == "month" || b == "year"):
				n, at, unit = 1, j-1, singular(b) // "the following day", "the next morning", "the following year"
			case (a == "following" || a == "next") && j > s.First && x.low[j-1] == "the" && weekdays[b]:
				n, at, unit = 1, j-1, b // "The following Tuesday": the first Tuesday after the day told
			case a == "day" && (b == "before" || b == "after") && j > s.First && x.low[j-1] == "the" && (j+2 >= s.Last || x.low[j+2] == "," || x.low[j+2] == "."):
				n, at, unit = 1, j-1, "day" // "The day before, X was received": the day before the one told
				if b == "before" {
					n = -1
				}
			case (a == "previous" || a == "preceding") && j > s.First && x.low[j-1] == "the" && (dayParts[b] || b == "month" || b == "year"):
				n, at, unit = -1, j-1, singular(b) // "the previous evening"
			case laterUnits[b] != "" && j+2 < s.Last && x.low[j+2] == "later" && numberWord(a) > 0 && numberWord(a) <= 10:
				n, at, unit = numberWord(a), j, laterUnits[b] // "two days later", "a year later"
			case laterUnits[b] != "" && j+2 < s.Last && x.low[j+2] == "earlier" && numberWord(a) > 0 && numberWord(a) <= 10:
				n, at, unit = -numberWord(a), j, laterUnits[b] // "a day earlier"
			}
		}
		k := tokenAt(d, ev.Trigger.Start)
		if n == 0 || at > k && (at+3 < s.Last && !isPunct(x.low[at+3]) && !prepositions[x.low[at+3]] || !x.pastTense(s.First, k)) {
			continue // but "had telephoned him the next morning." and "had met the previous evening in David" tell the day
		}
		from := s.Start // the event told last before the sentence
		if own && weekdays[unit] && ev.Date.Span.Start <= d.Tokens[at+2].Start && ev.Date.Span.End >= d.Tokens[at+2].End {
			own = false // the weekday of "The following Tuesday" is no date of its own
		}
		if own {
			if at < k || ev.Date.Span.End > d.Tokens[k].Start || x.findWord(k+1, at, "that", "which", "who", "where", "when") > 0 {
				continue // "The following day, on Tuesday, ...": its own date; "the summit that Kuwait hosted the following day": another's
			}
			// "held talks with X on Friday and called on Y the next
			// morning": the morning after the first verb phrase's day
			from = ev.Trigger.Start
		}
		layout := time.DateOnly // days, mornings, evenings
		switch unit {
		case "year":
			layout = "2006"
		case "month":
			layout = "2006-01"
		}
		last := lastDatedTo(evs, from, len(layout))
		base := ""
		if last >= 0 {
			base = evs[last].Date.Value[:len(layout)]
		}
		// or the day the sentences just before told, if told after that
		// event: "... told the court she had booked a table for the evening
		// of 17 March 2022. ... X had telephoned Y the next morning"
		si := d.SentenceAt(ev.Trigger.Start)
		for p := maxInt(0, si-6); p < si; p++ {
			for _, dm := range x.dates[p] {
				if len(dm.Value) >= len(layout) && (last < 0 || dm.Span.Start > evs[last].Trigger.Start) && (calendarDate(dm.Text) || yearIn(dm.Text) > 0 && calendarDate(strings.ReplaceAll(dm.Text, strconv.Itoa(yearIn(dm.Text)), ""))) {
					base = dm.Value[:len(layout)]
				}
			}
		}
		if base == "" {
			continue
		}
		t, err := time.Parse(layout, base)
		if err != nil {
			continue
		}
		switch {
		case unit == "year":
			t = t.AddDate(n, 0, 0)
		case unit == "month":
			t = t.AddDate(0, n, 0)
		case weekdays[unit]:
			t = t.AddDate(0, 0, 1)
			for i := 0; i < 7 && strings.ToLower(t.Weekday().String()) != unit; i++ {
				t = t.AddDate(0, 0, 1)
			}
		default:
			t = t.AddDate(0, 0, n)
		}
		value := t.Format(layout)
		end := minInt(at+3, s.Last) // "the following day", "two days later"
		ev.Date = Date{Value: value, Text: d.Text[d.Tokens[at].Start:d.Tokens[end-1].End],
			Span: Span{Start: d.Tokens[at].Start, End: d.Tokens[end-1].End}}
		if ev.Status == Planned && x.pastTense(s.First, k) && !d.Published.IsZero() && value < d.Published.Format(layout) {
			ev.Status = Occurred // "had telephoned him the next morning": past, whatever "next" said
		}
	}
}

// laterUnits are the units "N ... later" counts in, by their words.
var laterUnits = map[string]string{"day": "day", "days": "day", "month": "month", "months": "month", "year": "year", "years": "year"}

// later gives an event told with "later" and no date or place of its own the
// date and place of the event before it that shares a participant: "Blinken
// held talks in Jerusalem on Tuesday ... Blinken later met Herzog."
func (x *ectx) later(evs []Event) {
	d := x.d
	for i := range evs {
		ev := &evs[i]
		k := tokenAt(d, ev.Trigger.Start)
		s := d.Sentences[d.SentenceAt(ev.Trigger.Start)]
		if (ev.Date.Value == "" || len(ev.Date.Value) < 10 && x.participleBefore(k, tokenAt(d, ev.Date.Span.Start))) && x.timeEntry(s) {
			// "At 5.50am on Tuesday, X is already on the phone. ... 10.15am. A
			// video call with Y about nets seized last week": the timeline's day
			if dt := x.dayBefore(d.SentenceAt(ev.Trigger.Start)); dt.Value != "" {
				ev.Date = dt
				continue
			}
		}
		dayPart := ev.Date.Value == "" && x.partOfDay(s) // "In the afternoon he met X"
		if !dayPart && (x.findWord(maxInt(s.First, k-3), k, "later", "afterwards", "afterward") < 0 && !(x.low[s.First] == "later" && s.First+1 < k && x.low[s.First+1] != "this") ||
			ev.Date.Value != "" && ev.Place != nil) {
			continue // (but "Later in the evening, the speaker chaired a meeting": the day of the one before)
		}
		best := -1
		for j := range evs {
			if evs[j].Trigger.Start < s.Start && sharesPerson(evs[j], *ev) && (best < 0 || evs[j].Trigger.Start > evs[best].Trigger.Start) {
				best = j
			}
		}
		if best < 0 && dayPart {
			// "X spent most of Tuesday at the pavilion. In the afternoon he
			// met Y": the day the sentence before told
			if si := d.SentenceAt(ev.Trigger.Start); si > 0 {
				for i := len(x.dates[si-1]) - 1; i >= 0; i-- {
					if len(x.dates[si-1][i].Value) == 10 {
						ev.Date = x.dates[si-1][i].Date
						break
					}
				}
			}
			continue
		}
		if best < 0 {
			continue
		}
		if ev.Date.Value == "" {
			ev.Date = evs[best].Date
		}
		if p := evs[best].Place; p != nil && ev.Type == Meeting && (ev.Place == nil || ev.Place.Key() == x.dlineKey(tokenAt(x.d, ev.Trigger.Start)) ||
			ev.Place.Kind == Country && p.Kind != Country && p.Country == ev.Place.Name) { // Austria → Vienna
			q := *p
			ev.Place = &q
		}
	}
}

// streetWords end the names of streets, which lie in the story's city.
var streetWords = wordSet(`street road avenue boulevard lane`)

// buildingWords end the names of buildings: "State House", "the Presidential
// Palace", "Government House".
var buildingWords = wordSet(`house palace residence villa lodge mansion hall office airport building buildings bhavan bhawan`)

// hotelWords name hotels and their chains: a name with one of them and a
// city's name is a hotel in that city.
var hotelWords = wordSet(`hotel kempinski hilton sheraton marriott radisson serena hyatt intercontinental mövenpick movenpick
ritz-carlton shangri-la fairmont novotel sofitel pullman westin raffles rotana taj oberoi`)

// hotelCity returns the city of a hotel named after it at m: "the Djibouti
// Palace Kempinski", "the Hilton Colombo", "the Kampala Serena Hotel". The
// city must have 100,000 people or more and come first or last in the name,
// and the name must hold a hotel word and be no place the gazetteer knows.
func (x *ectx) hotelCity(pr PlaceResolver, m Mention) (Place, bool) {
	if m.Last-m.First < 2 || m.Last-m.First > 5 {
		return Place{}, false
	}
	hotel := false
	for k := m.First; k < m.Last; k++ {
		hotel = hotel || hotelWords[x.low[k]]
	}
	if !hotel {
		return Place{}, false
	}
	if _, known := place(pr, m.Text); known {
		return Place{}, false
	}
	for _, k := range []int{m.First, m.Last - 1} {
		c, ok := place(pr, x.d.Tokens[k].Text)
		if ok && c.Kind == Country {
			c, ok = place(pr, x.d.Tokens[k].Text+" capital") // Djibouti, Kuwait, Singapore: a city of the country's name
			ok = ok && Fold(c.Name) == Fold(x.d.Tokens[k].Text)
		}
		if ok && c.Kind == City && c.Population >= 100000 {
			return c, true
		}
	}
	return Place{}, false
}

// mainCity returns the city the article names most, if it names it at
// least twice and more often than any other city; else nil.
func (x *ectx) mainCity() *Place {
	count, first := x.cityCounts()
	best, bestN, second := leader(maps.All(count))
	if bestN < 2 || second == bestN {
		return nil
	}
	return first[best]
}

// unknownTown returns the town no gazetteer knows that a story names most,
// as a place and at the head of its bodies' names ("Rankin Inlet's high
// school", "the Rankin Inlet District Education Authority"), at least
// twice and more than any other such place; or nil.
func (x *ectx) unknownTown() *Place {
	count := map[string]int{}
	first := map[string]*Place{}
	for i := range x.places {
		p := &x.places[i].place
		if p.GeoID != 0 || p.Kind != "" || !isCap(x.d.Tokens[x.places[i].first].Text) || buildingWords[x.low[x.places[i].last-1]] {
			continue
		}
		count[Fold(p.Name)]++
		if first[Fold(p.Name)] == nil {
			first[Fold(p.Name)] = p
		}
	}
	// A name a tagger took for neither place nor person ("Grand Bay") that
	// heads the names of the town's bodies and buildings ("the Grand Bay
	// Police Station", "the Grand Bay Village Council") is a town too.
	misc := map[string]int{}
	for _, m := range x.d.Mentions {
		if w := strings.Fields(m.Text); m.Kind == Misc && len(w) <= 3 && isCap(m.Text) && first[Fold(m.Text)] == nil {
			misc[Fold(m.Text)]++
		}
	}
	headed := map[string]bool{}
	for _, m := range x.d.Mentions {
		if w := strings.Fields(m.Text); m.Kind == Organization && len(w) >= 3 && (localBodyWords[strings.ToLower(w[len(w)-1])] || buildingNoun(strings.ToLower(w[len(w)-1]))) {
			for n := 1; n <= 3 && n < len(w)-1; n++ {
				k := Fold(strings.Join(w[:n], " "))
				if first[k] != nil {
					count[k]++
				} else if misc[k] > 0 && !headed[k] {
					headed[k] = true
					count[k] += misc[k] + 1
					first[k] = &Place{Name: strings.Join(w[:n], " ")}
				}
			}
		}
	}
	best, bestN, second := leader(maps.All(count))
	if bestN < 2 || second == bestN {
		return nil
	}
	return first[best]
}

// cityCounts counts how often the article names each city, as a place or
// in the names of the town's bodies and offices, keyed by Place.Key, with
// the first place of each key.
func (x *ectx) cityCounts() (map[string]int, map[string]*Place) {
	count := map[string]int{}
	first := map[string]*Place{}
	for i := range x.places {
		p := &x.places[i].place
		if p.Kind != City {
			continue
		}
		count[p.Key()]++
		if first[p.Key()] == nil {
			first[p.Key()] = p
		}
	}
	named := func(name string) {
		if p, ok := x.f.Gazetteer.Place(name, nil); ok && p.Kind == City && Fold(p.Name) == Fold(name) {
			count[p.Key()]++
			if first[p.Key()] == nil {
				first[p.Key()] = &p
			}
		}
	}
	for _, m := range x.d.Mentions {
		if m.Kind != Organization || x.f.Gazetteer == nil {
			continue
		}
		// "the City of Trois-Rivières", an organisation, names its city, and
		// so do the town's own bodies: "the Madaba Tourism Directorate"
		if name, ok := strings.CutPrefix(m.Text, "City of "); ok {
			named(name)
		} else if w := strings.Fields(m.Text); len(w) >= 3 && localBodyWords[strings.ToLower(w[len(w)-1])] {
			// (the longest run of its first words that is a town: "the
			// Rankin Inlet District Education Authority")
			for n := minInt(3, len(w)-2); n >= 1; n-- {
				if p, ok := x.f.Gazetteer.Place(strings.Join(w[:n], " "), nil); ok && p.Kind == City || n == 1 {
					named(strings.Join(w[:n], " "))
					break
				}
			}
		}
	}
	for _, e := range x.d.Entities {
		// "the Mayor of Madaba": a town's own office holder
		for _, r := range e.Roles {
			if _, name, ok := strings.Cut(r.Title, " of "); ok && e.Kind == Person && x.f.Gazetteer != nil && townOffice(r.Title) {
				named(name)
			}
		}
	}
	return count, first
}

// localBodyWords end the names of a town's own bodies, which begin with
// the town: "Tanga City Council", "Madaba Guesthouses Association".
var localBodyWords = wordSet(`council association directorate committee society chamber authority hospital municipality corporation board`)

// townOffice reports whether a role is a town's own office: "Mayor of
// Madaba", "Deputy Mayor of Lautoka".
func townOffice(title string) bool {
	w := strings.Fields(strings.ToLower(title))
	for len(w) > 0 && (w[0] == "deputy" || w[0] == "acting" || w[0] == "lord") {
		w = w[1:]
	}
	return len(w) > 2 && w[0] == "mayor" && w[1] == "of"
}

// genericVenue returns the venue name, one no gazetteer places, as a venue
// in the city of the dateline ("NAIROBI (AP) — ... hosted X at State
// House"), or as a bare name when the article has no dateline city.
func (x *ectx) genericVenue(name string, dline *Place) Place {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if dline != nil && dline.Kind == Country {
		return Place{Name: name, Kind: Venue, Generic: true, Country: dline.Name, CountryCode: dline.CountryCode,
			Latitude: dline.Latitude, Longitude: dline.Longitude}
	}
	if dline != nil && dline.Kind == "" && dline.GeoID == 0 {
		return Place{Name: name, Kind: Venue, Generic: true, City: dline.Name} // a town no gazetteer knows
	}
	if dline == nil || dline.Kind != City {
		return Place{Name: name}
	}
	return Place{Name: name, Kind: Venue, Generic: true, City: dline.Name, CityGeoID: dline.GeoID, Country: dline.Country,
		CountryCode: dline.CountryCode, Region: dline.Region, Latitude: dline.Latitude, Longitude: dline.Longitude}
}

// buildingAfter reports whether a building follows token j in lower case:
// "office", "town hall", "police station".
func (x *ectx) buildingAfter(j int, s Sentence) bool {
	for e := j; e < s.Last && e <= j+1 && isLowerWord(x.d.Tokens[e].Text); e++ {
		if buildingNoun(x.low[e]) {
			return true
		}
	}
	return false
}

// buildingNoun reports whether lw names a building or a venue: "hall",
// "offices", "church".
func buildingNoun(lw string) bool {
	return facilityWords[lw] || venueNouns[lw] || buildingWords[lw]
}

// localVenue returns the building of a sentence that names no place but a
// common one in lower case, "at the town hall", "at the municipal offices",
// which is in the town the story is from, dl; else "".
func (x *ectx) localVenue(s Sentence, dl *Place) string {
	v := ""
	for j := s.First; j+2 < s.Last; j++ {
		if p := x.placeAt[j]; p >= 0 && x.places[p].place.Key() != dl.Key() {
			return ""
		}
		if x.low[j] != "at" && x.low[j] != "in" || !localDeterminers[x.low[j+1]] || v != "" {
			continue
		}
		// "at the town hall", "at his office", "at the Regional
		// Commissioner's office"
		for e := j + 2; e < s.Last && e <= j+5 && (isLowerWord(x.d.Tokens[e].Text) || isCap(x.d.Tokens[e].Text) || isPossessiveClitic(x.low[e])); e++ {
			if buildingNoun(x.low[e]) && isLowerWord(x.d.Tokens[e].Text) {
				if e+1 < s.Last && (x.low[e+1] == "of" || isPossessiveClitic(x.low[e+1])) {
					break // "at the office of X": someone's, anywhere
				}
				v = x.d.Text[x.d.Tokens[j+2].Start:x.d.Tokens[e].End]
				break
			}
		}
	}
	return v
}

// localDeterminers open a local building: "at the town hall", "at her
// constituency office".
var localDeterminers = wordSet(`the his her their its our my`)

// dlineKey returns the key of the dateline place of token k, or "".
func (x *ectx) dlineKey(k int) string {
	if dl := x.dlineAt(k); dl != nil {
		return dl.Key()
	}
	return ""
}

// dlineAt returns the dateline that places token k: that of its paragraph
// or of one before it in a roundup, else the article's; nil if none.
func (x *ectx) dlineAt(k int) *Place {
	for i := len(x.dlines) - 1; i >= 0; i-- {
		if x.dlines[i].first <= k {
			return &x.dlines[i].place
		}
	}
	return x.dline
}

// hostParticiples make a meeting noun's apposition name another participant:
// "Trump met al-Sharaa in Riyadh, a meeting hosted by Mohammed bin Salman".
var hostParticiples = wordSet(`hosted chaired co-chaired attended brokered mediated arranged organised organized joined`)

// hostingVerbs make their subject the host of the meeting noun they take:
// "X chaired a meeting attended by A and B".
var hostingVerbs = wordSet(`chaired co-chaired hosted convened presided called held`)

// joinVerbs bring their subject into a meeting told before: "Fidan and Kalın
// also took part in the meeting, as did al-Shaibani".
var joinVerbs = wordSet(`joined attended participated took sat present presided chaired co-chaired organized organised convened`)

// toldIn returns the first event triggered in sentence s with the status of
// the pending meeting p for which same holds, after giving it p's place and
// date where it names none; nil if there is none.
func toldIn(evs []Event, s Sentence, p Event, same func(*Event) bool) *Event {
	for i := range evs {
		ev := &evs[i]
		if ev.Trigger.Start < s.Start || ev.Trigger.Start >= s.End || ev.Status != p.Status || !same(ev) {
			continue
		}
		if ev.Place == nil {
			ev.Place = p.Place
		}
		if ev.Date.Value == "" {
			ev.Date = p.Date
		}
		return ev
	}
	return nil
}

// joins adds to an event the people that a later phrase puts in it: an
// apposition ("..., a meeting hosted by X") or a sentence of participation
// ("X also took part in the meeting", "X joined that meeting by phone"). The
// events that the phrase itself triggered are dropped: they are the same
// meeting.
func (x *ectx) joins(evs []Event) []Event {
	d := x.d
	drop := map[int]bool{} // trigger token
	// A meeting noun told with fewer than two people ("The summit was chaired
	// by Mirziyoyev") waits for the sentences after it to name the rest.
	var pending *Event
	pendingSent := -1
	scene := false // the pending meeting is an agreement reached at a table: one person at a time may join it
	// staff adds people to the pending meeting, which is told once it has two.
	staff := func(people []int, s Sentence, si int) {
		x.addPeople(pending, people, s)
		pendingSent = si // the scene goes on: "A led the growers' side. Opposite him was B."
		if len(pending.Participants) >= 2 {
			evs = append(evs, *pending)
			pending = nil
		}
	}
	for si, s := range d.Sentences {
		if pending != nil && si > pendingSent+2 {
			pending = nil
		}
		if pending != nil && pendingSent == si-1 && len(pending.Participants) == 1 && (personObjects[x.low[tokenAt(d, pending.Trigger.Start)]] || groupHostVerbs[x.low[tokenAt(d, pending.Trigger.Start)]]) {
			// "Albanese has hosted the premiers of New South Wales and
			// Victoria at Kirribilli House. Chris Minns and Jacinta Allan sat
			// down with Mr Albanese over dinner on Wednesday": the host's
			// meeting with the group, told with names.
			host := pending.Participants[0]
			if ev := toldIn(evs, s, *pending, func(ev *Event) bool { return ev.Type == pending.Type && containsInt(ev.Participants, host) }); ev != nil {
				ev.Evidence = append([]Span{pending.Evidence[0]}, ev.Evidence...)
				pending = nil
			}
		}
		for i := range evs {
			// "Mori met Lutnick ... Mori was joined at the Commerce Department
			// by X and Y": the meeting told before, not one of its own.
			k := tokenAt(d, evs[i].Trigger.Start)
			if k < s.First || k >= s.Last || drop[k] || x.low[k] != "joined" || !x.passive(k) {
				continue
			}
			if t := x.lastEventWithin(evs, s.Start, si, 2, drop); t >= 0 && sharesPerson(evs[t], evs[i]) {
				drop[k] = true
				x.addPeople(&evs[t], evs[i].Participants, s)
			}
		}
		for j := s.First + 1; j+2 < s.Last; j++ {
			// "Briceño was joined by Fonseca, while Arévalo came with
			// Martínez": the company a participant brought to the talks
			if (x.low[j] != "came" && x.low[j] != "arrived") || x.low[j+1] != "with" || x.refAt[j+2] < 0 {
				continue
			}
			subj, _ := x.leftGroup(j, s.First, true)
			if len(subj) != 1 {
				continue
			}
			who := x.refs[subj[0]].ent
			if t := x.lastMatching(evs, s.Start, si, 2, drop, func(ev Event) bool { return containsInt(ev.Participants, who) }); t >= 0 {
				g, _ := x.rightGroup(j+2, s.Last)
				x.addPeople(&evs[t], x.people(g), s)
			}
		}
		indefinite := -1 // the meeting noun that attendedIndefinite told with its host and co-chairs
		if people := x.participantList(s); len(people) > 0 {
			skip := drop
			if x.findWordIn(s.First, s.Last, talkNouns) >= 0 {
				skip = x.arrivals(evs, drop) // "Also in attendance at the meeting were": not at the airport
			}
			k, _ := x.hostedNoun(s)
			if k < 0 {
				k = x.atWhichNoun(s) // "a virtual meeting ..., at which A and B agreed"
			}
			var host []int
			if k < 0 && pending == nil {
				// "X chaired a coordination meeting in Sukkur attended by A;
				// B; and C": a meeting of its own, with its host
				k, host = x.attendedIndefinite(s)
				people = append(people, host...)
				if k >= 0 && x.low[k+1] == "co-chaired" {
					indefinite = k // not again as "a summit co-chaired by A and B" alone
				}
			}
			if k >= 0 && len(people) >= 2 {
				// "a meeting convened by X ..., which was attended by A and
				// B": a meeting of its own, told here
				ev := x.nounEvent(si, k)
				if k > s.First && (x.low[k-1] == "virtual" || x.low[k-1] == "video" || x.low[k-1] == "online") {
					ev.Type = Call
					ev.Place = x.placeOf(k, s.First, s, true)
				}
				x.addPeople(&ev, people, s)
				evs = append(evs, ev)
			} else if pending != nil {
				x.addPeople(pending, people, s)
			} else if k, am := x.nounIn(s), x.findWord(s.First, s.Last, "among"); k >= 0 && am > k && am+1 < s.Last && x.low[am+1] == "them" && len(people) >= 2 &&
				x.findWordBack(maxInt(s.First, k-4), k, "held", "had", "hosted", "convened", "chaired") >= 0 && x.findWordBack(maxInt(s.First, k-3), k, "a", "an") >= 0 {
				// "On Monday evening X held a team meeting with his senior
				// players, among them A and B": a meeting of its own, not the
				// call told before
				ev := x.nounEvent(si, k)
				x.addPeople(&ev, people, s)
				evs = append(evs, ev)
			} else if t := x.lastEventWithin(evs, s.End, si, 6, skip); t >= 0 {
				x.addPeople(&evs[t], people, s)
			} else if p := si - 1; x.attendanceLabel(s) && p >= 0 && x.nounIn(d.Sentences[p]) >= 0 && len(people) >= 2 {
				// "... our summary of the board meeting held on Monday
				// evening. Present: A, B, C and D": the meeting of the
				// sentence before, with no one named there; the first such
				// sentence of its paragraph, which tells it
				for q := p - 1; q >= 0 && !newlineBefore(d, d.Sentences[q+1].First) && q+1 > 0; q-- {
					if x.nounIn(d.Sentences[q]) >= 0 {
						p = q
					}
				}
				k, ps := x.nounIn(d.Sentences[p]), d.Sentences[p]
				tr := triggers[x.low[k]]
				ev := Event{Type: tr.typ, Status: x.status(k, ps.First, ps, tr), Trigger: d.Tokens[k].Span, Evidence: []Span{ps.Span, s.Span}}
				ev.Date = x.date(p, k, ev.Status == Planned)
				ev.Place = x.placeOf(k, ps.First, ps, ev.Type == Call)
				x.addPeople(&ev, people, s)
				evs = append(evs, ev)
			} else if k := x.nounIn(s); k >= 0 && len(people) >= 2 {
				// "Heads of state at the summit included A, B and C", with no
				// meeting told before: this sentence tells it.
				ev := x.nounEvent(si, k)
				if v := k - 1; v > s.First && (determiners[x.low[v]] || x.low[v] == "a" || x.low[v] == "an") {
					if v--; v > s.First && hostingVerbs[x.low[v]] {
						host, _ := x.leftGroup(v, s.First, true) // "Speaker X chaired a meeting which was attended by A and B"
						x.addPeople(&ev, host, s)
					}
				}
				x.addPeople(&ev, people, s)
				evs = append(evs, ev)
			}
		}
		if pending != nil && len(pending.Participants) >= 2 {
			evs = append(evs, *pending)
			pending = nil
		}
		if pending != nil && len(pending.Participants) == 0 && si > pendingSent {
			// "Defense ministers ... met in the Estonian capital, Tallinn, on
			// Wednesday. The meeting was hosted by X and brought together Y
			// and Z": the meeting with people is the one told before.
			if toldIn(evs, s, *pending, func(*Event) bool { return true }) != nil {
				pending = nil
			}
		}
		if pending != nil && pendingSent == si-1 && len(pending.Participants) == 1 {
			// "FIFA President Gianni Infantino met Tuesday with the heads of
			// the federations of Spain, Portugal and Morocco. Rafael Louzán
			// of Spain, Pedro Proença of Portugal and Fouzi Lekjaa of Morocco
			// spent more than three hours ...": the group's members.
			if g := x.firstList(s); len(g) >= 2 && x.findWordIn(s.First, s.Last, negWords) < 0 {
				x.addPeople(pending, g, s)
				evs = append(evs, *pending)
				pending = nil
			}
		}
		if pending == nil && !x.hasEventAt(evs, s) {
			// "The coalition committee met for more than three hours on
			// Wednesday evening." No person yet; the next sentences may list
			// them ("Around the table with Scholz and Lindner sat ...").
			for k := s.First + 1; k < s.Last; k++ {
				var who []int
				switch w := x.low[k]; {
				case (w == "met" || w == "convened" || w == "gathered") && x.groupSubject(k, s):
					if w == "met" {
						// "A congressional delegation met President Zelenskyy":
						// the delegation's members may follow.
						who = x.people(x.objects(k, s.Last, triggers[w]))
						if len(who) > 1 {
							continue
						}
					}
				case triggers[w].nominal && (x.heldNoun(k, s, firstEvent(evs, s.Start)) || x.sceneNoun(k, s)) || k == s.First+1 && triggers[x.low[s.First]].nominal && x.sceneNoun(s.First, s):
					if !x.heldNoun(k, s, firstEvent(evs, s.Start)) && !x.sceneNoun(k, s) {
						k = s.First // "Talks at the Prime Minister's Office in Port Louis."
					}
					// (the first meeting told may be definite: "The ACC annual
					// general meeting went ahead in Dhaka on Thursday")
					// "On 5 February, a further meeting was held at the offices
					// of the solicitors": no one yet; the next sentence may say
					// who attended it
					ev := x.nounEvent(si, k)
					pending, pendingSent, scene = &ev, si, false
					k = s.Last
					continue
				case triggers[w].nominal && k+1 < s.Last && (x.low[k+1] == "on" || x.low[k+1] == "with") && x.groupSubject(k, s) &&
					len(x.people(x.objects(k, s.Last, triggers[w]))) == 1:
					// "The religious leaders paid a courtesy call on Dr X ...
					// The delegation was led by A and included B and C"
					who = x.people(x.objects(k, s.Last, triggers[w]))
				case x.dealStruck(k, s):
					// "The agreement was hammered out on Monday in the
					// cooperative's warehouse." No one yet; the next sentences
					// may seat them ("A led the growers' side. Opposite him was B").
					ev := Event{Type: Meeting, Status: Occurred, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
					ev.Date = x.date(si, k, false)
					ev.Place = x.placeOf(k, s.First, s, false)
					pending, pendingSent, scene = &ev, si, true
					k = s.Last
					continue
				case (w == "sat" || w == "met") && x.withGroup(k, s):
					// "X sat down for a closed-door breakfast at the
					// Ritz-Carlton with three of Wall Street's most powerful
					// figures. A, B and C were all at the table."
					g, _ := x.leftGroup(k, s.First, true)
					if len(g) != 1 {
						continue
					}
					who = x.people(g)
				case w == "brought" && len(x.twoTogether(k, s, si)) == 2:
					// "In December the Igwe brought the two men together at the
					// palace": the host and the two the sentence before named
					g, _ := x.leftGroup(k, s.First, true)
					if len(g) != 1 {
						continue
					}
					ev := Event{Type: Meeting, Status: x.status(k, s.First, s, triggers[w]), Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
					ev.Date = x.date(si, k, ev.Status == Planned)
					ev.Place = x.placeOf(k, s.First, s, false)
					x.addPeople(&ev, append(x.people(g), x.twoTogether(k, s, si)...), s)
					evs = append(evs, ev)
					k = s.Last
					continue
				case (groupHostVerbs[w] || (w == "called" || w == "summoned") && x.calledTo(k, s)) && x.groupObject(k, s) ||
					w == "brought" && x.sidesTogether(k, s):
					// (and "X brought the two sides together at his office")
					// (and "he called textile manufacturers and union
					// representatives to the State House")
					// "Ruto on Thursday met the heads of South Sudan's
					// government and opposition delegations"
					g, _ := x.leftGroup(k, s.First, true)
					if len(g) == 0 {
						g = x.pluralSubject(k, s) // "On Thursday, the two officials received a delegation of victims"
					}
					if len(g) == 0 || len(g) > 1 && x.refsIn(s.First, k) != nil {
						continue
					}
					who = append(x.people(g), x.gerundWith(k, s)...)
				default:
					continue
				}
				tr, ok := triggers[x.low[k]]
				if !ok {
					tr = triggers["met"]
				}
				ev := Event{Type: Meeting, Status: x.status(k, s.First, s, tr), Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
				ev.Date = x.date(si, k, ev.Status == Planned)
				if ev.Status == Occurred && strings.HasSuffix(x.low[k], "s") && !x.d.Published.IsZero() && len(ev.Date.Value) == 10 && ev.Date.Value > x.d.Published.Format(time.DateOnly) {
					ev.Status = Planned // "Next Wednesday, X hosts the Nordic prime ministers"
				}
				if ev.Date.Value == "" && si == 1 && ev.Status == Occurred {
					// "... after a tense meeting with parents and teachers on
					// Monday. Superintendent X met parents' representatives
					// and union leaders at the office.": the lead's meeting
					if n := x.nounIn(d.Sentences[0]); n >= 0 {
						ev.Date = x.date(0, n, false)
					}
				}
				ev.Place = x.placeOf(k, s.First, s, false)
				x.addPeople(&ev, who, s)
				pending, pendingSent, scene = &ev, si, false
				break
			}
		}
		if p := x.presider(s); len(p) == 1 && !x.hasEventAt(evs, s) {
			// "The churchwardens met the councillor on Thursday. Father X
			// presided.": the chair of the meeting just told
			if pending != nil && pendingSent >= si-2 && pendingSent < si {
				staff(p, s, si)
			} else if t := x.lastWithin(evs, Meeting, s.Start, si, 2, drop); pending == nil && t >= 0 {
				x.addPeople(&evs[t], p, s)
			}
		}
		convened, _ := x.hostedNoun(s)
		for k := s.First; k < s.Last-1; k++ {
			noun := triggers[x.low[k]]
			if joinNouns[x.low[k]] && !noun.nominal {
				noun = trigger{typ: Meeting, nominal: true} // "the expanded session was attended by"
			}
			if !noun.nominal || x.refAt[k] >= 0 || k == convened || k == indefinite {
				continue // (a meeting "convened by X ..., which was attended by" is told with its people above)
			}
			if p := x.beganWith(k, s); len(p) >= 2 && pending == nil && !x.hasEventAt(evs, s) && x.lastEventWithin(evs, s.Start, si, 2, drop) < 0 {
				// "The board spent four hours on Thursday discussing the
				// ward. The session began at 2 pm with A, B and C."
				ev := Event{Type: noun.typ, Status: x.status(k, s.First, s, noun), Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
				ev.Date = x.date(si, k, ev.Status == Planned)
				if ev.Date.Value == "" && si > 0 && !newlineBefore(d, s.First) {
					if prev := d.Sentences[si-1]; len(x.dates[si-1]) > 0 {
						ev.Date = x.date(si-1, prev.First, ev.Status == Planned) // that session's day
					}
				}
				ev.Place = x.placeOf(k, s.First, s, ev.Type == Call)
				x.addPeople(&ev, p, s)
				evs = append(evs, ev)
				continue
			}
			if p := x.chairOf(k, s); len(p) > 0 && pending != nil && len(pending.Participants) == 0 && pendingSent >= si-2 && pendingSent < si &&
				x.definite(k, s) && !x.hasEventAt(evs, s) {
				// "The group met last Thursday. X chaired the session. Around
				// the table were ...": the chair of the meeting told before
				x.addPeople(pending, p, s)
				continue
			}
			if p := x.chairOf(k, s); len(p) > 0 && pending == nil && x.low[k-1] == "the" && !x.hasEventAt(evs, s) {
				// "A led the growers' side. Opposite him was B. C chaired the
				// session.": the meeting just told
				if t := x.lastEventWithin(evs, s.Start, si, 2, drop); t >= 0 && evs[t].Type == Meeting {
					x.addPeople(&evs[t], p, s)
					continue
				}
			}
			if p := x.chairOf(k, s); len(p) > 0 && pending == nil && triggers[x.low[k]].nominal && !x.hasEventAt(evs, s) {
				// "The prime minister chaired the virtual meeting": one person
				// so far; the next sentences may list the others.
				ev := Event{Type: noun.typ, Status: x.status(k, s.First, s, noun), Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
				if k > s.First && (x.low[k-1] == "virtual" || x.low[k-1] == "video" || x.low[k-1] == "online") {
					ev.Type = Call
				}
				ev.Date = x.date(si, k, ev.Status == Planned)
				if ev.Date.Value == "" && x.definite(k, s) && si > 0 {
					// "It ended after a seven-hour session on Wednesday at the
					// bureau here. X chaired the talks.": that session's day
					if n := x.nounIn(d.Sentences[si-1]); n >= 0 {
						ev.Date = x.date(si-1, n, ev.Status == Planned)
					}
				}
				x.addPeople(&ev, p, s)
				pending, pendingSent, scene = &ev, si, false
				continue
			}
			var people []int
			before := d.Tokens[k].Start // the meeting is told before this
			hosted, absent := false, false
			switch {
			case hostParticiples[x.low[k+1]] && k+2 < s.Last && x.low[k+2] == "by" && !x.indefinite(k, s) && x.hostedWith(k, s.Last, noun) == nil:
				// (not "is to attend a luncheon hosted by X": a meal of its own)
				g, _ := x.rightGroup(k+3, s.Last)
				people = x.people(g)
				drop[k+1] = true
				hosted = true
			case k+4 < s.Last && x.low[k+1] == "," && (x.low[k+2] == "hosted" || x.low[k+2] == "chaired" || x.low[k+2] == "mediated" || x.low[k+2] == "brokered") &&
				x.low[k+3] == "by" && x.definite(k, s) && x.attendedBy(k, s) < 0:
				// "The meeting, hosted by US special envoy Tom Barrack at a hotel, lasted four hours"
				g, _ := x.rightGroup(x.skipRole(k+4, s.Last), s.Last)
				people = x.people(g)
				drop[k+2] = true
				before = s.Start
			case x.definite(k, s) && x.attendedBy(k, s) > 0:
				// "The talks at Qasr Al Watan were attended by X, Y and Z"; "The
				// talks were hosted by X, who ..., and attended by Y and Z"
				g := x.listFrom(x.attendedBy(k, s), s)
				if k+4 < s.Last && x.low[k+1] == "," && hostParticiples[x.low[k+2]] && x.low[k+3] == "by" && x.attendedBy(k, s) > k+4 {
					g = append(g, x.listFrom(x.skipRole(k+4, s.Last), s)...) // "The summit, hosted by X, was attended by"
				}
				for j := x.attendedBy(k, s); j+1 < s.Last; j++ {
					if (x.low[j] == "attended" || x.low[j] == "addressed") && x.low[j+1] == "by" && x.low[j-1] == "and" || x.low[j] == "by" && x.low[j-1] == "and" && x.low[j-2] != "," && j+1 < s.Last && x.refsIn(j+1, minInt(s.Last, j+5)) != nil {
						// "and attended by Y", "and addressed by treasurer Y and by Dr Z"
						b := j + 1
						if x.low[j] != "by" {
							b = j + 2
						}
						g = append(g, x.listFrom(x.skipRole(b, s.Last), s)...)
					}
				}
				people = x.people(g)
				before = s.Start
			case x.definite(k, s) && x.absence(k, s) > s.First && !gatherings[x.low[k]]:
				// "Chan did not join that meeting": left out of the meeting told before
				subj, _ := x.leftGroup(x.absence(k, s), s.First, true)
				people = x.people(subj)
				absent = true
				before = s.Start
			case x.definite(k, s) && x.participation(k, s) > s.First && !gatherings[x.low[k]] && x.low[k-1] != "by" && x.low[k-2] != "by":
				// not "who attended the opening of the summit": another gathering;
				// not "joined the reception by video call": how, not what, one joined
				subj, _ := x.leftGroup(x.participation(k, s), s.First, true)
				people = x.people(subj)
				if j := x.findWord(k+1, minInt(s.Last, k+4), "did"); j > 0 && x.low[j-1] == "as" {
					g, _ := x.rightGroup(j+1, s.Last) // ", as did X"
					people = append(people, x.people(g)...)
				}
				if j := k + 1; j+4 < s.Last && x.low[j] == "," && x.low[j+1] == "which" && beWords[x.low[j+2]] && hostParticiples[x.low[j+3]] &&
					x.low[j+3] != "attended" && x.low[j+4] == "by" {
					// "also took part in the session, which was chaired by the
					// chief mediator, retired General X"
					n := x.afterRole(j+5, s.Last, 8)
					g, _ := x.rightGroup(x.skipRole(n, s.Last), s.Last)
					people = append(people, x.people(g)...)
				}
				before = s.Start
			}
			if len(people) == 0 {
				continue
			}
			t := x.lastEventBefore(evs, before, si, drop)
			if noun.typ == Meeting {
				if m := x.lastMeetingBefore(evs, before, si, drop); m >= 0 {
					t = m // "Vance, who sat in on the lunch": the meeting, not the call told since
				}
			} else if c := x.lastCallBefore(evs, before, si, drop); c >= 0 {
				t = c // "Harris and Sullivan joined the call": the call, not a meeting told since
			}
			if k+2 < s.Last && x.low[k+1] == "with" && x.refAt[k+2] >= 0 && x.definite(k, s) && x.attendedBy(k, s) > 0 {
				// "The meeting with Petro ... was also attended by X": the
				// meeting told before with Petro, not the call told since
				e := x.refs[x.refAt[k+2]].ent
				for i := len(evs) - 1; i >= 0; i-- {
					if ev := evs[i]; ev.Trigger.Start < before && ev.Type == noun.typ && containsInt(ev.Participants, e) && d.SentenceAt(ev.Trigger.Start) >= si-3 {
						t = i
						break
					}
				}
			}
			if t >= 0 && x.definite(k, s) && x.attendedBy(k, s) > 0 && x.newChair(k, s, evs[t]) {
				t = -1 // "The meeting, chaired by X and attended by Y": X chaired no meeting told before
			}
			if t >= 0 && pending != nil && len(pending.Participants) == 0 && pending.Trigger.Start > evs[t].Trigger.Start && x.definite(k, s) {
				t = -1 // "A further meeting was held at X. The meeting was attended by": that one, not the one before
			}
			if t >= 0 && evs[t].Status == Occurred && x.definite(k, s) && x.attendedBy(k, s) > 0 && x.status(k, s.First, s, noun) == Planned {
				t = -1 // "X met Y on Monday. The next session will be co-chaired by A and B": another, to come
			}
			if t < 0 && pending != nil && len(pending.Participants) > 0 && pendingSent >= si-2 && pendingSent < si && pending.Type == noun.typ && x.definite(k, s) {
				// "X met the leadership of the GFA. The meeting, which was
				// attended by A and B, ...": the meeting with the group
				staff(people, s, si)
				continue
			}
			if t < 0 && (hosted || x.definite(k, s) && x.attendedBy(k, s) > 0) {
				// No meeting told before: this sentence tells it ("following
				// talks hosted by Erdogan in Ankara"), and the next ones may
				// name the others.
				from := s.First
				if hosted {
					from = k // the noun phrase's own tense, not "agreed to work together following talks"
				}
				ev := Event{Type: noun.typ, Status: x.status(k, from, s, noun), Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
				ev.Date = x.date(si, k, ev.Status == Planned)
				ev.Place = x.placeOf(k, s.First, s, ev.Type == Call)
				if pending != nil && len(pending.Participants) == 0 && pendingSent < si && x.definite(k, s) {
					// "Governors met in Ibadan on Sunday. The meeting ... was
					// hosted by X": the meeting told before, with no person yet
					if ev.Date.Value == "" {
						ev.Date = pending.Date
					}
					if ev.Place == nil || ev.Place.City == "" && ev.Place.Country == "" && pending.Place != nil {
						ev.Place = pending.Place
					}
				} else if ev.Date.Value == "" && si > 0 && x.definite(k, s) && x.low[k] == x.low[maxInt(0, x.nounIn(d.Sentences[si-1]))] {
					// "The city council's full council meeting on Tuesday ended
					// without a vote. The meeting, chaired by X, was attended
					// by Y": the day of the meeting the sentence before told
					ev.Date = x.date(si-1, x.nounIn(d.Sentences[si-1]), ev.Status == Planned)
				}
				x.addPeople(&ev, people, s)
				if len(ev.Participants) >= 2 {
					evs = append(evs, ev)
				} else {
					pending, pendingSent, scene = &ev, si, false
				}
				continue
			}
			if t < 0 {
				continue
			}
			if absent {
				evs = append(evs, x.leftOut(evs[t], people, k, s)...)
				continue
			}
			if hosted && x.qualified(k, s) && evs[t].Trigger.Start < s.Start {
				continue // "snubbed the G20 foreign ministers' meeting hosted by X": another meeting
			}
			drop[k] = true
			x.addPeople(&evs[t], people, s)
			if evs[t].Place == nil && x.definite(k, s) {
				evs[t].Place = x.placeOf(k, k, s, evs[t].Type == Call) // "organized the closed-door meeting in the Capitol"
			}
		}
		noun, month := s.First+1, "" // "The September visit never took place": the plan for September
		if noun+1 < s.Last && x.low[s.First] == "the" && isCap(x.d.Tokens[noun].Text) && monthNumber(x.low[noun]) > 0 {
			month = "-" + strconv.Itoa(100 + monthNumber(x.low[noun]))[1:]
			noun++
		}
		if k := noun; k+2 < s.Last && (x.low[s.First] == "the" || x.low[s.First] == "that" || x.low[s.First] == "this") && planNouns[x.low[k]] &&
			x.refsIn(s.First, x.reasonEnd(k, s)) == nil && x.cancelledAfter(k, s) {
			// "X requested a meeting with Y. The meeting did not take
			// place." "... was due to sit down with Y on October 1. The
			// meeting was postponed indefinitely the evening before."
			t := x.lastEventWithin(evs, s.Start, si, 2, drop)
			if month != "" {
				t = x.lastMatching(evs, s.Start, si, 8, drop, func(ev Event) bool {
					return ev.Status == Planned && len(ev.Date.Value) >= 7 && ev.Date.Value[4:7] == month
				})
			}
			if t >= 0 && evs[t].Status == Planned {
				evs[t].Status = Negated
				if !containsSpan(evs[t].Evidence, s.Span) {
					evs[t].Evidence = append(evs[t].Evidence, s.Span)
				}
			}
		}
		if x.deniedBefore(s) {
			// "X said he had met Y in Washington. The State Department
			// denied that. "No such meeting took place," ..."
			// (or "X had asked to see Y. ... said that no such meeting is
			// planned": the request, refused)
			if t := x.lastEventWithin(evs, s.Start, si, 2, drop); t >= 0 && (evs[t].Status == Occurred && x.reported(evs[t]) || evs[t].Status == Planned) {
				evs[t].Status = Negated
				if !containsSpan(evs[t].Evidence, s.Span) {
					evs[t].Evidence = append(evs[t].Evidence, s.Span)
				}
			}
		}
		if people, t := x.accompanied(s, evs, drop); len(people) > 0 {
			x.addPeople(&evs[t], people, s)
		}
		if people := x.presence(s); len(people) > 0 {
			if ev, ok := x.signedInPresence(s, si, people); ok && x.lastEventBefore(evs, s.End, si, drop) < 0 ||
				ok && evs[x.lastEventBefore(evs, s.End, si, drop)].Trigger.Start < s.Start {
				// "X is expected to ... sign his contract in the presence of
				// Y": a meeting of X and Y, not people at the meeting told before
				evs = append(evs, ev)
			} else if t := x.lastEventBefore(evs, s.End, si, drop); t >= 0 && evs[t].Trigger.Start >= s.Start {
				// "A and B sat down with C over dinner, along with D": this
				// sentence's meeting, not one with a group told before
				x.addPeople(&evs[t], people, s)
			} else if pending != nil && pendingSent >= si-1 {
				// "convened his security cabinet ..., with Gallant and Gantz in attendance"
				staff(people, s, si)
			} else if t := x.lastEventBefore(evs, s.End, si, drop); t >= 0 {
				x.addPeople(&evs[t], people, s)
			}
		}
		if people, at := x.joinedThem(s); len(people) > 0 {
			off := s.Start
			if at > s.First && x.findWord(s.First, at, "where", "when", "after") > 0 {
				off = x.d.Tokens[at].Start // "hosted A and B at the residence, where C joined them for supper"
			}
			if t := x.lastMeetingBefore(evs, off, si, drop); t >= 0 {
				x.addPeople(&evs[t], people, s)
			}
		}
		if people, host := x.joinedPerson(s); len(people) > 0 {
			// "while Jaishankar and Doval joined Modi": Modi's meeting told before
			if t := x.lastMeetingBefore(evs, s.Start, si, drop); t >= 0 && si-x.toldLast(evs[t], s.Start) <= 2 && containsInt(evs[t].Participants, host) {
				x.addPeople(&evs[t], people, s)
			}
		}
		if people := x.attendedSigning(s); len(people) > 0 {
			// "A and B signed the agreement ... C also attended the ceremony"
			if t := x.lastEventWithin(evs, s.Start, si, 2, drop); t >= 0 && signWords[x.low[tokenAt(d, evs[t].Trigger.Start)]] {
				x.addPeople(&evs[t], people, s)
			}
		}
		if people, noun := x.remote(s); len(people) > 0 {
			if t := x.lastEventBefore(evs, s.End, si, drop); t >= 0 && (noun == "" || x.toldWith(evs[t], noun)) {
				x.addPeople(&evs[t], people, s) // (not "joined the reception by video call" after a dinner)
			}
		}
		if people, k := x.stayedAway(s); len(people) > 0 {
			// "X, who had been invited, stayed away from Wednesday's
			// meeting": a meeting with its host that did not take place.
			if t := x.lastMeetingBefore(evs, s.Start, si, drop); t >= 0 && si-x.toldLast(evs[t], s.Start) <= 3 && !sharesPerson(evs[t], Event{Participants: people}) {
				ev := Event{Type: Meeting, Status: Negated, Participants: append([]int{evs[t].Participants[0]}, people...),
					Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}, Date: evs[t].Date, Place: evs[t].Place}
				evs = append(evs, ev)
			}
		}
		if people := x.thenWith(s); len(people) > 0 && !x.hasEventAt(evs, s) {
			if t := x.lastEventWithin(evs, s.Start, si, 1, drop); t >= 0 && evs[t].Type == Meeting {
				x.addPeople(&evs[t], people, s)
			}
		}
		if people := x.soDid(s); len(people) > 0 {
			if t := x.lastMeetingBefore(evs, s.Start, si, drop); t >= 0 {
				x.addPeople(&evs[t], people, s)
			}
		}
		if people := x.present(s); len(people) > 0 {
			if w := x.witnessedBy(s); w > 0 {
				if t := x.lastEventBefore(evs, x.d.Tokens[w].Start, si, drop); t >= 0 && evs[t].Trigger.Start >= s.Start {
					x.addPeople(&evs[t], people, s) // "X and Y signed the deal ..., in a ceremony witnessed by Z"
					continue
				}
			}
			if pending != nil && (len(pending.Participants) > 0 || len(people) >= 2 || scene) && pendingSent >= si-2 && pendingSent < si {
				// "Pope Leo XIV received Napoli's champions at the Vatican.
				// ... Also present were A, B and C."; "A meeting took place
				// at the ministry. A, B and C attended."
				staff(people, s, si)
			} else if t := x.lastEventBefore(evs, s.Start, si, drop); t >= 0 && si > 0 {
				x.addPeople(&evs[t], people, s)
			}
		}
	}
	if pending != nil && len(pending.Participants) >= 2 {
		evs = append(evs, *pending)
	}
	if len(drop) == 0 {
		return evs
	}
	out := evs[:0]
	for _, ev := range evs {
		if !drop[tokenAt(d, ev.Trigger.Start)] {
			out = append(out, ev)
		}
	}
	return out
}

// addPeople adds people to ev, with s as evidence.
func (x *ectx) addPeople(ev *Event, people []int, s Sentence) {
	for _, p := range people {
		if !containsInt(ev.Participants, p) {
			ev.Participants = append(ev.Participants, p)
		}
	}
	sort.Ints(ev.Participants)
	if !containsSpan(ev.Evidence, s.Span) {
		ev.Evidence = append(ev.Evidence, s.Span)
	}
}

// attendedBy returns the token after "attended by" or "joined by" that
// follows the definite meeting noun at k as its predicate, or -1.
func (x *ectx) attendedBy(k int, s Sentence) int {
	limit := k + 16
	for j := k + 1; j+2 < s.Last && j <= limit; j++ {
		if j == k+1 && x.low[j] == "with" && x.refAt[j+1] >= 0 {
			e := x.refs[x.refAt[j+1]].last
			j, limit = e-1, e+16 // "The meeting with Petro, which lasted almost three hours, was also attended by"
			continue
		}
		if x.low[j] == "," && (x.low[j+1] == "attended" || x.low[j+1] == "joined") && x.low[j+2] == "by" {
			return j + 3 // "The meeting, attended by X, lasted two hours"
		}
		if x.low[j] == "," && hostParticiples[x.low[j+1]] && x.low[j+2] == "by" {
			// "The meeting, chaired by X and attended by Y, lasted": the
			// host, and the attendees after "and attended by"
			if a := x.findWord(j+3, minInt(s.Last, j+20), "attended", "joined"); a > 0 && a+1 < s.Last && x.low[a+1] == "by" && x.low[a-1] == "and" {
				return j + 3
			}
		}
		if v := x.skipAdverbs(j+3, s.Last); x.low[j] == "," && x.low[j+1] == "which" && beWords[x.low[j+2]] && v+1 < s.Last && x.low[v+1] == "by" &&
			(x.low[v] == "attended" || (x.low[v] == "chaired" || x.low[v] == "hosted") && x.findWord(v+2, minInt(s.Last, v+16), "addressed", "attended") > 0) {
			return v + 2 // "The meeting, which was attended by X and Y, reviewed"; "which was chaired by X and addressed by Y"
		}
		if x.low[j] == "," && (x.low[j+1] == "which" || x.low[j+1] == "presided" || x.low[j+1] == "held" || hostParticiples[x.low[j+1]] && x.low[j+2] == "by") {
			// "The meeting, which held at the State House, was attended by"
			if c := x.findWord(j+2, minInt(s.Last, j+24), ","); c > 0 {
				j, limit = c, c+8
				continue
			}
		}
		if boundaries[x.low[j]] || x.refAt[j] >= 0 || j > k+1 && triggers[x.low[j]].nominal && x.low[j-1] != "," {
			return -1 // (not "Before the ceremony, the two held a meeting, joined by X": the meeting's)
		}
		if v := x.skipAdverbs(j+1, s.Last); beWords[x.low[j]] && v+1 < s.Last && (x.low[v] == "attended" || x.low[v] == "joined" || x.low[v] == "chaired" || x.low[v] == "co-chaired" ||
			x.low[v] == "hosted" || x.low[v] == "led" || x.low[v] == "opened") {
			// "The talks were (also) attended by"
			if b := x.skipAdverbs(v+1, s.Last); b < s.Last && x.low[b] == "by" {
				return b + 1
			}
			// "The meeting was attended, from the Saudi side, by A, B and C"
			if x.low[v+1] == "," {
				if b := x.findWord(v+2, minInt(s.Last, v+9), "by"); b > 0 && x.low[b-1] == "," {
					return b + 1
				}
			}
		}
	}
	return -1
}

// newChair reports whether the meeting noun at k is followed by ", chaired
// by X" (or hosted, led) where X is no participant of ev, the meeting told
// before: another meeting.
func (x *ectx) newChair(k int, s Sentence, ev Event) bool {
	if k+3 >= s.Last || x.low[k+1] != "," || !hostParticiples[x.low[k+2]] || x.low[k+2] == "attended" || x.low[k+2] == "joined" || x.low[k+3] != "by" {
		return false
	}
	g, _ := x.rightGroup(x.skipRole(k+4, s.Last), s.Last)
	for _, p := range x.people(g) {
		if containsInt(ev.Participants, p) {
			return false
		}
	}
	return len(g) > 0
}

// skipAdverbs returns the first token from j, before last, that is no
// adverb (see adverb): "were also attended by", "was later joined by", "a
// meeting reportedly held on".
func (x *ectx) skipAdverbs(j, last int) int {
	for j < last && x.adverb(j) {
		j++
	}
	return j
}

// attendAdverbs stand between "be" and a participle of attendance without
// changing who attended.
var attendAdverbs = wordSet(`also later then briefly subsequently too reportedly initially instead`)

// accompanied returns the people who accompanied a participant of a meeting
// told before or in the same sentence: "The prime minister was accompanied by
// Foreign Minister Ishaq Dar and Finance Minister Muhammad Aurangzeb".
func (x *ectx) accompanied(s Sentence, evs []Event, drop map[int]bool) ([]int, int) {
	for j := s.First + 1; j+2 < s.Last; j++ {
		if x.low[j] != "accompanied" || x.low[j+1] != "by" || !beWords[x.low[j-1]] {
			continue
		}
		subj, _ := x.leftGroup(j-1, s.First, true)
		if len(subj) == 0 {
			return nil, -1
		}
		if x.findWordIn(x.refs[subj[0]].last, j, travelVerbs) >= 0 {
			return nil, -1 // "arrived in Montevideo accompanied by X": company on the journey, not at the talks
		}
		who := x.refs[subj[0]].ent
		si := x.d.SentenceAt(s.Start)
		// The last event of the one accompanied: "Lee was accompanied by X,
		// while A and B sat in on the meeting" (the meeting told before, not
		// its mention here); accompanying someone is no meeting with them.
		t := x.lastMatching(evs, s.End, si, 5, drop, func(ev Event) bool { return containsInt(ev.Participants, who) })
		if t < 0 {
			return nil, -1
		}
		return x.people(x.listFrom(j+2, s)), t
	}
	return nil, -1
}

// travelVerbs tell a journey.
var travelVerbs = wordSet(`arrived arrives landed flew travelled traveled came reached returned left departed travel travels travelling traveling fly flies flying went go goes going`)

// presence returns the people that a phrase of attendance names: "flanked
// by X", "in the presence of X", "with X and Y in attendance".
func (x *ectx) presence(s Sentence) []int {
	for j := s.First; j+2 < s.Last; j++ {
		var g []int
		switch {
		case x.low[j] == "flanked" && x.low[j+1] == "by":
			g, _ = x.rightGroup(x.skipRole(j+2, s.Last), s.Last)
		case x.low[j] == "also" && x.low[j+1] == "attended" && x.low[j+2] == "by" && x.alsoAttended(j, s):
			// "at a meeting in London also attended by X"
			g, _ = x.rightGroup(x.skipRole(j+3, s.Last), s.Last)
		case x.low[j] == "front" && x.low[j+1] == "of" && j > s.First && x.low[j-1] == "in" && x.findWordIn(s.First, j, signWords) >= 0:
			g, _ = x.rightGroup(x.skipRole(j+2, s.Last), s.Last) // "signed the declaration in front of X and Y"
		case x.low[j] == "presence" && x.low[j+1] == "of" && j > s.First && (x.low[j-1] == "the" || x.low[j-1] == "in"):
			g, _ = x.rightGroup(x.skipRole(j+2, s.Last), s.Last)
			if len(g) == 0 && x.low[j+2] == "the" {
				g = x.objects(j+1, s.Last, trigger{typ: Meeting, direct: true}) // "in the presence of the Turkish Ambassador to Egypt, X"
			}
		case x.low[j] == "with" && x.findWord(j+2, minInt(s.Last, j+16), "attendance") > 0 && x.low[x.findWord(j+2, minInt(s.Last, j+16), "attendance")-1] == "in" &&
			x.findWord(s.First, j, "whose", "which") < 0: // not "the agreement, whose negotiations were concluded on Friday with X in attendance"
			g, _ = x.rightGroup(x.skipRole(j+1, s.Last), s.Last)
		case x.low[j] == "with" && j > s.First && x.low[j-1] == ",":
			// ", with X at his side", ", with X acting as mediator"
			h, e := x.rightGroup(x.skipRole(j+1, s.Last), s.Last)
			if e < s.Last && x.low[e] == "(" {
				if c := x.findWord(e+1, minInt(s.Last, e+8), ")"); c > 0 {
					e = c + 1 // "with the President-General, Chief X (Ochendo Ihe), presiding"
				}
			}
			if e+1 < s.Last && x.low[e] == "," && (x.low[e+1] == "presiding" || x.low[e+1] == "mediating") {
				e++
			}
			if e+1 < s.Last && (x.low[e] == "again" || x.low[e] == "also") {
				e++
			}
			if len(h) > 0 && e < s.Last && (x.low[e] == "mediating" || x.low[e] == "presiding" || e+2 < s.Last && (x.low[e] == "at" && possessives[x.low[e+1]] && x.low[e+2] == "side" ||
				x.low[e] == "in" && x.low[e+1] == "the" && (x.low[e+2] == "room" || x.low[e+2] == "chair") ||
				(x.low[e] == "acting" || x.low[e] == "serving") && x.low[e+1] == "as")) { // (", with X presiding.", ", with X in the chair")
				g = h
			}
		}
		if len(g) > 0 {
			return x.people(g)
		}
	}
	return nil
}

// signedInPresence returns the meeting of a sentence whose subject signs
// something "in the presence of" people: "X is due to sign his contract in
// the presence of Y". The subject is the sentence's first person, before the
// verb.
func (x *ectx) signedInPresence(s Sentence, si int, people []int) (Event, bool) {
	p := x.findWord(s.First, s.Last, "presence")
	if p < 0 {
		return Event{}, false
	}
	v := x.findWordIn(s.First, p, signWords)
	if v < 0 {
		return Event{}, false
	}
	subj := -1
	for j := frontedEnd(x.d, s); j < v; j++ {
		if r := x.refAt[j]; r >= 0 && !x.quoted[j] {
			subj = r
			break
		}
	}
	var agents []int
	if b := x.findWord(v+1, p, "by"); subj < 0 && b > 0 && p-2 > b && v > s.First && !beWords[x.low[v-1]] && !attendAdverbs[x.low[v-1]] && x.low[v-1] != "then" {
		// "the peace agreement signed in Washington on June 27 by A and his
		// Congolese counterpart, B, in the presence of C": the signers of
		// a deal told by its noun (a story's "was then signed by" goes on
		// with the meeting told before)
		agents = x.people(x.listFrom(b+1, Sentence{Span: s.Span, First: s.First, Last: p - 2}))
		if len(agents) > 0 {
			subj = x.refAt[x.skipRole(b+1, p)]
		}
	}
	if subj < 0 || containsInt(people, x.refs[subj].ent) {
		return Event{}, false
	}
	ev := Event{Type: Meeting, Status: x.status(v, x.refs[subj].first, s, triggers["met"]), Trigger: x.d.Tokens[v].Span, Evidence: []Span{s.Span}}
	if ev.Status == Occurred && x.findWord(x.refs[subj].last, v, "will", "expected", "due", "scheduled", "set", "plans", "shall") >= 0 {
		ev.Status = Planned // "X is expected to fly on Wednesday to undergo a medical and sign"
	}
	ev.Date = x.date(si, v, ev.Status == Planned)
	ev.Place = x.placeOf(v, x.refs[subj].first, s, false)
	x.addPeople(&ev, append(append([]int{x.refs[subj].ent}, agents...), people...), s)
	return ev, true
}

// alsoAttended reports whether "also attended by" at j follows a meeting
// noun closely, which the definite-noun rule does not read: "at a meeting in
// London also attended by X" ("The meeting was also attended by" is read
// there).
func (x *ectx) alsoAttended(j int, s Sentence) bool {
	t := x.findWordIn(maxInt(s.First, j-6), j, talkNouns)
	return t >= 0 && !(x.definite(t, s) && x.attendedBy(t, s) > 0)
}

// groupSubject reports whether the verb at k has a body with no name as its
// subject: "The coalition committee met", "Defense ministers from the Nordic
// and Baltic countries met".
func (x *ectx) groupSubject(k int, s Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-7; j-- {
		if x.refAt[j] >= 0 || boundaries[x.low[j]] || x.low[j] == "," {
			return false
		}
		if groupSubjects[x.low[j]] || j > s.First && x.low[j-1] == "of" && peopleNoun(x.low[j]) {
			return true
		}
	}
	// "A panel of former African leaders tasked with reviving peace efforts
	// in eastern Congo met": the sentence opens with the body.
	if k-s.First > 16 || x.refsIn(s.First, k) != nil || x.findWordIn(s.First, k, boundaries) >= 0 || x.findWord(s.First, k, ",") >= 0 {
		return false
	}
	for j := s.First; j <= s.First+2 && j < k; j++ {
		if groupSubjects[x.low[j]] {
			return true
		}
	}
	return false
}

// groupObject reports whether the trigger at k takes a group with no name
// as its object: "met the heads of the delegations", "received a delegation".
func (x *ectx) groupObject(k int, s Sentence) bool {
	for j, end := k+1, k+5; j < s.Last && j <= end; j++ {
		if x.low[j] == "and" && j+1 < s.Last && isCap(x.d.Tokens[j-1].Text) && isCap(x.d.Tokens[j+1].Text) && x.refAt[j-1] < 0 && x.refAt[j+1] < 0 {
			end += 2 // "the Nordic and Baltic prime ministers"
			continue
		}
		if x.refAt[j] >= 0 && !possessives[x.low[j]] || boundaries[x.low[j]] {
			return false // "his security cabinet" is fine
		}
		if groupObjects[x.low[j]] || peopleNoun(x.low[j]) {
			for t := j + 1; t < s.Last && t <= j+4; t++ {
				if x.refAt[t] >= 0 && !possessives[x.low[t]] {
					return false // not "a delegation led by X"; but "leaders at her office"
				}
			}
			return true
		}
	}
	return false
}

// withGroup reports whether the verb at k has "with" and a group of
// unnamed people after it: "sat down for a breakfast at the Ritz-Carlton
// with three of Wall Street's most powerful figures", "met with five
// ministers".
func (x *ectx) withGroup(k int, s Sentence) bool {
	w := x.findWord(k+1, minInt(s.Last, k+12), "with")
	if w < 0 || x.refsIn(k+1, w+1) != nil {
		return false
	}
	e := minInt(s.Last, w+8)
	for t := w + 1; t < e; t++ {
		if boundaries[x.low[t]] {
			e = t
			break
		}
	}
	if x.refsIn(w+1, e) != nil {
		return false
	}
	n := numberWord(x.low[w+1])
	return n > 1 && n <= 10 && (x.low[w+2] == "of" || peopleNoun(x.low[w+2]) || pluralWords[x.low[w+2]])
}

// peopleNoun reports a plural noun of people named by what they do:
// "medallists", "athletes", "investors", "party members".
func peopleNoun(lw string) bool {
	if !strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ss") {
		return false
	}
	sg := strings.TrimSuffix(lw, "s")
	return peopleNouns[lw] || roleNoun(sg)
}

// peopleNouns are plural nouns of people that roleNoun does not know by form.
var peopleNouns = wordSet(`athletes champions players winners members stars students workers farmers elders chiefs
survivors veterans families relatives dignitaries guests visitors churchwardens trustees parishioners residents villagers`)

var groupObjects = wordSet(`heads delegation delegations leaders representatives officials ministers team envoys negotiators
cabinet council committee governors mayors executives chiefs lawmakers senators group leadership management board`)

// groupSubjects are bodies whose meeting later sentences may staff: "The
// coalition committee met".
var groupSubjects = wordSet(`committee council cabinet delegation delegations ministers leaders sides board commission panel group governors mayors premiers presidents chiefs heads envoys`)

// gatherings name events larger than a meeting: attending one is not
// taking part in the talks told before.
var gatherings = wordSet(`summit summits conference forum opening ceremony assembly congress convention festival games gathering event`)

// joinNouns name a part of a meeting that later words may give people:
// "the expanded session was attended by", "In the event took part".
var joinNouns = wordSet(`session format round dinner banquet event gathering conference ceremony`)

// chairVerbs make their subject the host of the meeting noun they govern.
var chairVerbs = wordSet(`chaired hosted convened led opened held`)

// chairOf returns the subject of a verb of chairing that governs the meeting
// noun at k with no person after it: "The prime minister chaired the
// two-hour virtual meeting from Downing Street".
func (x *ectx) chairOf(k int, s Sentence) []int {
	if k+3 < s.Last && hostParticiples[x.low[k+1]] && x.low[k+1] != "attended" && x.low[k+1] != "joined" && x.low[k+2] == "by" && x.indefinite(k, s) {
		// "The visit was discussed at a meeting chaired by X": a meeting of
		// its own, whose other people the next sentences may name
		if g, _ := x.rightGroup(x.skipRole(k+3, s.Last), s.Last); len(x.people(g)) == 1 {
			return x.people(g)
		}
		return nil
	}
	if v := k + 1; v+3 < s.Last && beWords[x.low[v]] && hostParticiples[x.low[v+1]] && x.low[v+1] != "attended" && x.low[v+1] != "joined" && x.low[v+2] == "by" && x.definite(k, s) {
		// "The meeting was brokered by X, who sat between the two clerics"
		// (not "were hosted by X ... and attended by A and B": told with its
		// people in joins)
		if a := x.findWord(v+3, s.Last, "attended", "joined"); a > 0 && a+1 < s.Last && x.low[a+1] == "by" {
			return nil
		}
		if g, _ := x.rightGroup(x.skipRole(v+3, s.Last), s.Last); len(x.people(g)) == 1 {
			return x.people(g)
		}
		return nil
	}
	for j := k - 1; j > s.First && j >= k-5; j-- {
		if !chairVerbs[x.low[j]] {
			continue
		}
		if w := x.findWord(k+1, minInt(s.Last, k+6), "with", "between"); w > 0 && x.personIn(w+1, minInt(s.Last, w+8)) {
			return nil // "held talks with X": the trigger has its people; not "with around 25 leaders"
		}
		g, _ := x.leftGroup(j, s.First, true)
		if len(g) != 1 {
			return nil
		}
		return x.people(g)
	}
	// "their retreat in Honiara on Thursday afternoon, chaired by X as Forum
	// chair" (not "The meeting, hosted by X, lasted", nor "chaired by X and
	// attended by Y", told with their people in joins)
	if x.attendedBy(k, s) > 0 {
		return nil
	}
	for j := k + 2; j+3 < s.Last && j <= k+14; j++ {
		lw := x.low[j]
		if lw == "," && hostParticiples[x.low[j+1]] && x.low[j+1] != "attended" && x.low[j+1] != "joined" && x.low[j+2] == "by" {
			if g, _ := x.rightGroup(x.skipRole(j+3, s.Last), s.Last); len(x.people(g)) == 1 {
				return x.people(g)
			}
			return nil
		}
		if boundaries[lw] || lw == "," || x.refAt[j] >= 0 || isTrigger(lw) {
			return nil
		}
	}
	return nil
}

// personIn reports whether a person reference starts in tokens [i, j).
func (x *ectx) personIn(i, j int) bool {
	for t := i; t < j; t++ {
		if x.refAt[t] >= 0 {
			return true
		}
	}
	return false
}

// hasEventAt reports whether an event is told in sentence s.
func (x *ectx) hasEventAt(evs []Event, s Sentence) bool {
	for _, ev := range evs {
		if ev.Trigger.Start >= s.Start && ev.Trigger.Start < s.End {
			return true
		}
	}
	return false
}

// participantList returns the people a sentence lists as taking part
// without naming the meeting: "In the event took part President A,
// President B and C", "Participants included A and B", "Taking part were A
// and B".
func (x *ectx) participantList(s Sentence) []int {
	for j := s.First; j+2 < s.Last; j++ {
		a, b := x.low[j], x.low[j+1]
		var at int
		c := x.low[j+2]
		switch {
		case a == "took" && b == "part" && c != "in":
			at = j + 2
		case triggers[a].nominal && j > s.First && x.definite(j, s) && (b == "included" || b == "involved" || b == "also" && (c == "included" || c == "involved")):
			at = j + 2 // "the talks included A and B"
			if b == "also" {
				at++
			}
		case triggers[a].nominal && j > s.First && x.definite(j, s) && b == "brought" && c == "in":
			at = j + 3 // "The expanded talks brought in A and B, as well as C"
		case triggers[a].nominal && (b == "that" || b == "which") && (c == "included" || c == "involved" || c == "also" && j+3 < s.Last && (x.low[j+3] == "included" || x.low[j+3] == "involved")):
			at = j + 3 // "in a meeting that also included A"
			if c == "also" {
				at++
			}
		case a == "attended" && b == "by" && x.hostedBefore(j, s) >= 0:
			// "a tripartite meeting convened by X at Mantralaya on 12 August,
			// which was attended by A, B and C": the host and the attendees
			_, h := x.hostedNoun(s)
			return x.people(append([]int{x.refAt[h]}, x.listFrom(j+2, s)...))
		case a == "co-chaired" && b == "by" && j-2 > s.First && x.low[j-1] != "," && !beWords[x.low[j-1]]:
			if k, _ := x.attendedIndefinite(s); k >= 0 {
				at = j + 2 // "X hosted a summit co-chaired by A and B"
			}
		case a == "attended" && b != "by" && x.attendedByAt(j) > 0 && x.nominalBefore(j, s) >= 0 && j-2 > s.First && x.low[j-1] == ",":
			at = x.attendedByAt(j) + 1 // "an all-party meeting on Friday, attended among others by A and B"
		case a == "attended" && b == "by" && x.nominalBefore(j, s) >= 0 && j-2 > s.First &&
			(!beWords[x.low[j-1]] || x.low[j-2] == "which" || x.low[j-2] == "that"): // (not "The talks were attended by": told as such)
			at = j + 2 // "a meeting of party leaders at Parliament House which was attended by A and B"
		case triggers[a].nominal && j > s.First && x.definite(j, s) && b == "," && c == "which" && x.includedAfter(j+3, s) > 0:
			at = x.includedAfter(j+3, s) // "The meeting, which lasted about two hours, also included A"
		case partyNouns[a] && (b == "included" || b == "includes" || b == "comprised" || b == "comprises"):
			at = j + 2 // "The Canadian delegation included A and B", "The delegation comprised A and B"
		case partyNouns[a] && (b == "consisted" && c == "of" || beWords[b] && c == "made" && j+3 < s.Last && x.low[j+3] == "up"):
			at = j + 3 // "The team consisted of A and B", "The delegation was made up of A and B"
			if c == "made" {
				at = j + 5
			}
		case (a == "taking" && b == "part" || a == "attending" || a == "joining" && (b == "them" || b == "him" || b == "her")) && beWords[c]:
			at = j + 3 // "Taking part were", "Joining them were"
		case (a == "accompanying" || a == "joining") && (j == s.First || j == s.First+1 && x.low[s.First] == "also") && x.refAt[j+1] >= 0 && x.refs[x.refAt[j+1]].last < s.Last && beWords[x.low[x.refs[x.refAt[j+1]].last]]:
			at = x.refs[x.refAt[j+1]].last + 1 // "Accompanying Smith was X", "Joining Smith were X and Y"
		case a == "taking" && b == "part" && c == "in" && x.findWordIn(j+3, minInt(s.Last, j+10), beWords) > 0 &&
			x.findWordIn(j+3, x.findWordIn(j+3, minInt(s.Last, j+10), beWords), gatherings) < 0:
			// (not "Taking part in the summit were": the leaders of a summit)
			at = x.findWordIn(j+3, minInt(s.Last, j+10), beWords) + 1 // "Taking part in the meeting on the Russian side were A and B"
		case a == "at" && b == "the" && j == s.First+1 && x.low[s.First] == "also" && triggers[c].nominal && !gatherings[c] && j+3 < s.Last && beWords[x.low[j+3]]:
			at = j + 4 // "Also at the briefing were A, B and C"
		case a == "attending" && beWords[b]:
			at = j + 2 // "Also attending were A and B"
		case a == "seated" && j == s.First && x.findWordIn(j+1, minInt(s.Last, j+9), beWords) > 0:
			at = x.findWordIn(j+1, minInt(s.Last, j+9), beWords) + 1 // "Seated behind him were A and B"
		case a == "among" && b == "them" && j > s.First && x.low[j-1] == "," && x.attendVerbBefore(j-1, s):
			// "X held a team meeting with his senior players, among them A
			// and B": the host too
			if v := x.findWordBack(maxInt(s.First, j-10), j, "held", "had", "hosted", "met", "convened", "chaired"); v > s.First && x.findWord(v, j, "with") > v {
				if host, _ := x.leftGroup(v, s.First, true); len(host) == 1 {
					return x.people(append(host, x.listFrom(j+2, s)...))
				}
			}
			at = j + 2 // "Some 20 leaders dialled in, among them A, B and C"
		case a == "attending" && j > s.First && x.low[j-1] == "also" && x.findWordIn(j+1, minInt(s.Last, j+6), beWords) > 0:
			at = x.findWordIn(j+1, minInt(s.Last, j+6), beWords) + 1 // "Also attending the talks were A and B"
		case a == "among" && j == s.First && x.findWordIn(j+1, minInt(s.Last, j+8), beWords) > 0 &&
			x.findWordIn(j+1, x.findWordIn(j+1, minInt(s.Last, j+8), beWords), pluralWords) > 0:
			at = x.findWordIn(j+1, minInt(s.Last, j+8), beWords) + 1 // "Among the leaders at the summit were A, B and C"
		case a == "participating" && j > s.First && x.low[j-1] == "also" && x.findWordIn(j+1, minInt(s.Last, j+7), beWords) > 0:
			at = x.findWordIn(j+1, minInt(s.Last, j+7), beWords) + 1 // "Also participating in the talks were A and B"
		case (a == "on" || a == "from") && b == "the" && j == s.First && x.findWord(j+2, minInt(s.Last, j+5), "side") > 0:
			// "On the Mauritian side: A and B", "From the Indian side were A and B"
			v := x.findWord(j+2, minInt(s.Last, j+5), "side") + 1
			if v >= s.Last || x.low[v] != ":" && !beWords[x.low[v]] {
				continue
			}
			at = v + 1
		case a == "present" && b == ":" && j == s.First:
			at = j + 2 // minutes: "Present: board chair A, board member B and Superintendent C."
		case (a == "attending" || a == "present") && b == ":" && j == s.First+1 && x.low[s.First] == "also",
			a == "attending" && b == ":" && j == s.First:
			at = j + 2 // "Also present: A", "Attending: A and B"
		case a == "in" && b == "the" && (c == "room" || c == "hall") && j == s.First && j+3 < s.Last && x.low[j+3] == ":":
			at = j + 4 // a pool report: "In the room: A, B, C and D, plus note-takers."
		case (a == "at" || a == "around") && b == "the" && tableModifiers[c] && j+3 < s.Last && x.low[j+3] == "table" && j <= s.First+1 && x.findWordIn(j+4, minInt(s.Last, j+6), beWords) == j+4:
			at = j + 5 // "Also at the high table were the Woman Leader, X; and Y"
		case a == "in" && b == "attendance" && c == ":" && (j == s.First || j == s.First+1 && x.low[s.First] == "also"):
			at = j + 3 // minutes: "In attendance: Dr A, Municipal Manager; the Committee Clerk."
		case a == "present" && beWords[b] && j > s.First && (x.low[j-1] == "those" || peopleNoun(x.low[j-1]) || groupObjects[x.low[j-1]]):
			at = j + 2 // "Among those present were A and B", "The churchwardens present were A and B"
		case a == "present" && (j == s.First || j == s.First+1 && x.low[s.First] == "also" && (beWords[b] || x.toldGathering(j+1, s))) && x.findWordIn(j+1, minInt(s.Last, j+7), beWords) > 0:
			at = x.findWordIn(j+1, minInt(s.Last, j+7), beWords) + 1 // "Present there from the Russian side were A", "Also present were the Minister of State (Oil), A, and B"
		case a == "among" && b == "those" && (c == "present" || c == "attending") && j-1 > s.First && beWords[x.low[j-1]]:
			// "Indian High Commissioner A and Foreign Secretary B were among
			// those present"
			subj, _ := x.leftGroup(j-1, s.First, true)
			return x.people(subj)
		case a == "among" && b == "those":
			w := x.findWordIn(j+2, minInt(s.Last, j+8), beWords)
			if w < 0 {
				continue
			}
			at = w + 1 // "Among those who dialled in were A, B and C"
		case (a == "at" || a == "around") && b == "the" && c == "table" && j > s.First && beWords[x.low[j-1]],
			a == "in" && b == "the" && c == "room" && j-1 > s.First && (x.low[j-1] == "both" || x.low[j-1] == "also" || x.low[j-1] == "all") && beWords[x.low[j-2]]:
			// "Macron, Merz and Meloni were at the table, together with X";
			// "Councillor A and the chief executive, B, were both in the room"
			v := j - 1
			if !beWords[x.low[v]] {
				v--
			}
			subj, _ := x.leftGroup(v, s.First, true)
			return x.people(append(subj, x.refsIn(j+3, s.Last)...))
		case a == "around" && b == "the" && j == s.First && c != "table" && x.findWord(j+2, minInt(s.Last, j+8), "sat") > 0 && x.refsIn(j+2, x.findWord(j+2, minInt(s.Last, j+8), "sat")) == nil:
			// "Around the tea and pitha sat A, B and C"
			return x.people(x.listFrom(x.findWord(j+2, minInt(s.Last, j+8), "sat")+1, s))
		case (a == "at" || a == "around") && b == "the" && c == "table" && j <= s.First+1:
			// "Also at the table were A, B and C", "Around the table with
			// Scholz and Lindner sat A, B and C", "Around the table: A, B"
			// (not "Mondlane needs a seat at the table": no one there)
			v := j + 3
			for v < s.Last && x.low[v] != "sat" && x.low[v] != ":" && !beWords[x.low[v]] {
				v++
			}
			if v+1 >= s.Last {
				continue
			}
			g := x.refsIn(j+3, v) // "with Scholz and Lindner" before the verb
			return x.people(append(g, x.listFrom(v+1, s)...))
		case a == "which" && j > s.First && x.low[j-1] == "in" && x.findWord(j+1, minInt(s.Last, j+30), "took") > 0:
			// "an inter-delegation meeting in which Fidan, Simsek and Kalin took part"
			return x.people(x.refsIn(j+1, x.findWord(j+1, minInt(s.Last, j+30), "took")))
		case (a == "at" || a == "during") && b == "which" && x.whichNoun(j, s) >= 0:
			// "a virtual meeting on Monday ..., chaired by X, at which A and
			// B signed off on": the chair, the host and the people after it
			k := x.whichNoun(j, s)
			g := x.listFrom(j+2, s)
			if n := len(g); n > 0 {
				if e := x.refs[g[n-1]].last; e+1 < s.Last && x.low[e] == "sat" {
					if b := x.besideEnd(e+1, s); b > 0 {
						g = append(g, x.listFrom(b, s)...) // "at which Takahashi sat alongside A and B"
					}
				}
			}
			for t := k + 1; t+2 < j; t++ {
				if x.low[t] == "," && hostParticiples[x.low[t+1]] && x.low[t+1] != "attended" && x.low[t+2] == "by" {
					g = append(g, x.listFrom(x.skipRole(t+3, j), s)...)
				}
			}
			if v := x.nounDeterminer(k, s); v > s.First && hostingVerbs[x.low[v-1]] {
				host, _ := x.leftGroup(v-1, s.First, true) // "X chaired a meeting at which A and B agreed"
				g = append(g, host...)
			}
			return x.people(g)
		case a == "participation" && b == "of" && j > s.First && x.low[j-1] == "the":
			at = j + 2 // "with the participation of A and B"
		case (a == "joined" || a == "accompanied" && x.findWordIn(maxInt(s.First, j-12), j, travelVerbs) < 0) && x.joinedBy(j, s) > 0:
			// (not "arrived in Montevideo accompanied by X": company on the journey)
			// "with the two leaders joined only by A and B", "The billionaire
			// ... was joined by A and B", "X was accompanied by A, while Y was
			// joined at the table by B"
			var g []int
			for t := j; t < s.Last; t++ {
				if b := x.joinedBy(t, s); b > 0 {
					g = append(g, x.listFrom(b, s)...)
				}
			}
			return x.people(g)
		case (a == "led" || a == "represented" || a == "headed") && b == "by" && j > s.First && beWords[x.low[j-1]] && x.placeAt[s.First] < 0 &&
			(x.low[j-1] != "is" && x.low[j-1] != "are" || j-2 >= s.First && (partyNouns[x.low[j-2]] || sideNouns[x.low[j-2]] || x.low[j-2] == "which" || x.low[j-2] == "that")):
			// (not "the council is led by the Mayor": who heads a body)
			// (not "China ... was represented by special envoy Qian Bo": a country at a forum)
			// "The government team is led by X, while the opposition is represented by Y and Z"
			var g []int
			for t := j + 2; t < s.Last; t++ {
				if (x.low[t] == "by") && t > 0 && (x.low[t-1] == "led" || x.low[t-1] == "represented" || x.low[t-1] == "headed" ||
					x.low[t-1] == "joined" || x.low[t-1] == "accompanied") { // "led by X, ..., who was joined by Y"
					g = append(g, x.listFrom(t+1, s)...)
				}
			}
			return x.people(append(x.listFrom(j+2, s), g...))
		case a == "sat" && (b == "beside" || b == "alongside" || b == "next"):
			// "Sumbeiywo sat beside Ruto throughout the session"
			subj, _ := x.leftGroup(j, s.First, true)
			at2 := x.besideEnd(j+1, s)
			if at2 < 0 {
				at2 = j + 2 // "sat next" without "to"
			}
			return x.people(append(subj, x.listFrom(at2, s)...))
		case a == "in" && (b == "attendance" || b == "the" && c == "room") && x.findWordIn(j+2, minInt(s.Last, j+8), beWords) > 0:
			at = x.findWordIn(j+2, minInt(s.Last, j+8), beWords) + 1 // "In attendance were", "Also in the room were"
		case a == "had" && b == "in" && c == "attendance":
			at = j + 3 // "the meeting ... also had in attendance X and Y"
		case a == "along" && b == "with" && x.personIn(j+2, minInt(s.Last, j+8)) && x.findWordBack(maxInt(s.First, j-4), j, "accompany", "accompanied", "accompanies", "accompanying") < 0 &&
			x.findWordBack(maxInt(s.First, j-2), j, "get", "gets", "got", "getting", "go", "went") < 0:
			// (not "will accompany him, along with X": company on a trip; nor
			// "How do you get along with X?": how two people get on)
			at = j + 2 // "X, along with A and B, met Y"
		case a == "delegation" && (b == "comprising" || b == "including" || b == "of"):
			at = j + 2 // "a delegation comprising A, B and C"
		case a == "this" && b == "time" && c == "with" && j > s.First && x.low[j-1] == ",":
			at = j + 3 // "met Y again at the ministry, this time with A and B"
		case (a == "that" || a == "which") && (b == "also" && (c == "included" || c == "including") || b == "included") && x.nounBefore(j, s):
			// "discussed a tie-up on a video call on 24 February that also included A and B"
			at = j + 2
			if b == "also" {
				at++
			}
		default:
			continue
		}
		return x.people(x.listFrom(at, s))
	}
	return nil
}

// whichNoun returns the meeting noun that "at which" at j tells the people
// of: "a meeting on Monday of the committee, chaired by X, at which A and B
// agreed", or -1. "At which point" and "at which time" tell when.
func (x *ectx) whichNoun(j int, s Sentence) int {
	if j+2 >= s.Last || x.low[j+2] == "point" || x.low[j+2] == "time" || x.low[j+2] == "stage" || x.low[j+2] == "moment" {
		return -1
	}
	for t := j - 1; t >= s.First && t >= j-25; t-- {
		if tr, ok := triggers[x.low[t]]; ok && tr.nominal {
			return t
		}
		if heldWords[x.low[t]] {
			continue // "A public meeting will be held in Brae ..., at which A and B will answer"
		}
		if boundaries[x.low[t]] || finiteVerb(x.low[t]) {
			return -1
		}
	}
	return -1
}

// heldWords tell that a meeting is held: "will be held", "was held".
var heldWords = wordSet(`will be been being is was are were held to`)

// atWhichNoun returns the meeting noun, not a definite one, whose people
// "at which" tells in s ("a meeting ..., at which A and B agreed"), or -1.
func (x *ectx) atWhichNoun(s Sentence) int {
	for j := s.First; j+1 < s.Last; j++ {
		if (x.low[j] == "at" || x.low[j] == "during") && x.low[j+1] == "which" {
			if k := x.whichNoun(j, s); k >= 0 && !x.definite(k, s) {
				return k
			}
		}
	}
	return -1
}

// nounDeterminer returns the determiner that opens the noun phrase of the
// meeting noun at k ("a virtual meeting", "the two-hour talks"), or -1.
func (x *ectx) nounDeterminer(k int, s Sentence) int {
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		if determiners[x.low[j]] || x.low[j] == "a" || x.low[j] == "an" {
			return j
		}
		if !isLowerWord(x.d.Tokens[j].Text) && (x.refAt[j] >= 0 || !isWordish(x.d.Tokens[j].Text) || !hasLetter(x.d.Tokens[j].Text)) {
			return -1 // but "a joint EAC-SADC summit"
		}
	}
	return -1
}

// describedConjunct returns the "and" before a description whose name
// follows it after a comma, as in "she and the present principal, Mrs X,"
// where p is the comma before the name; or -1.
func (x *ectx) describedConjunct(p, first int) int {
	for p > first && (titleWords[x.low[p]] || x.address(p)) && isCap(x.d.Tokens[p].Text) {
		p-- // "Mrs"
	}
	if p <= first || x.low[p] != "," {
		return -1
	}
	q := p - 1
	for q > first && q >= p-9 && (isLowerWord(x.d.Tokens[q].Text) || isPossessiveClitic(x.low[q]) || x.low[q] == "'") && x.low[q] != "and" && !boundaries[x.low[q]] &&
		(x.refAt[q] < 0 || possessives[x.low[q]]) {
		q-- // (and "the president of the vendors' association, Mr X", "her science teacher, Mr X")
	}
	if q <= first || q == p-1 || x.low[q] != "and" || x.refAt[q-1] < 0 {
		return -1
	}
	return q
}

// nominalBefore returns the meeting noun that "attended by" at j tells the
// people of ("a meeting attended by", "a meeting of party leaders at
// Parliament House which was attended by"), or -1.
func (x *ectx) nominalBefore(j int, s Sentence) int {
	for t := j - 1; t >= s.First && t >= j-12; t-- {
		if tr, ok := triggers[x.low[t]]; ok && tr.nominal {
			return t
		}
		if x.low[t] == "," && t == j-1 {
			continue // "an all-party meeting on Friday, attended by"
		}
		if x.refAt[t] >= 0 || x.low[t] == "," || boundaries[x.low[t]] && x.low[t] != "which" && x.low[t] != "that" {
			return -1
		}
	}
	return -1
}

// hostedBefore returns the meeting noun where "attended by" at j closes ",
// which was attended by" after "<meeting> convened by X ...", or -1.
func (x *ectx) hostedBefore(j int, s Sentence) int {
	if j-3 <= s.First || !beWords[x.low[j-1]] || x.low[j-2] != "which" || x.low[j-3] != "," {
		return -1
	}
	for t := j - 4; t > s.First && t >= j-24; t-- {
		if boundaries[x.low[t]] || x.low[t] == "," {
			return -1
		}
		if t+3 < j && triggers[x.low[t]].nominal && (hostParticiples[x.low[t+1]] || x.low[t+1] == "convened" || x.low[t+1] == "called") &&
			x.low[t+1] != "attended" && x.low[t+2] == "by" {
			if h := x.skipRole(t+3, j); x.refAt[h] >= 0 {
				return t
			}
			return -1
		}
	}
	return -1
}

// hostedNoun returns the meeting noun and its host's first token in s where
// hostedBefore finds them, or -1, -1.
func (x *ectx) hostedNoun(s Sentence) (int, int) {
	for j := s.First; j+1 < s.Last; j++ {
		if x.low[j] == "attended" && x.low[j+1] == "by" {
			if t := x.hostedBefore(j, s); t >= 0 {
				return t, x.skipRole(t+3, j)
			}
		}
	}
	return -1, -1
}

// includedAfter returns the token after "(also) included" or "involved"
// that follows the comma closing a relative clause from token j, or -1.
func (x *ectx) includedAfter(j int, s Sentence) int {
	c := x.findWord(j, minInt(s.Last, j+14), ",")
	if c < 0 || x.findWordIn(j, c, boundaries) >= 0 {
		return -1
	}
	v := c + 1
	if v < s.Last && x.low[v] == "also" {
		v++
	}
	if v+1 < s.Last && (x.low[v] == "included" || x.low[v] == "involved") {
		return v + 1
	}
	return -1
}

// mealNouns are the meals a host gives for guests.
var mealNouns = wordSet(`dinner lunch luncheon banquet breakfast`)

// guests returns the people a meal at k is given for: "a dinner for X and
// his wife Y", "a luncheon in honour of X".
func (x *ectx) guests(k int, s Sentence) []int {
	j := k + 1
	if j+1 < s.Last && (x.low[j] == "in" || x.low[j] == "at") && x.placeAt[j+1] >= 0 {
		j = x.places[x.placeAt[j+1]].last // "hosted a banquet in Hanoi in honour of X"
	}
	if j+2 < s.Last && (x.low[j] == "at" || x.low[j] == "in") && (possessives[x.low[j+1]] || x.low[j+1] == "the") {
		// "hosted a breakfast at his hotel for X", "gave a dinner in the
		// auction rooms on Strandvägen for X": the venue, then the guests
		for e := j + 2; e < minInt(s.Last, j+10) && x.refAt[e] < 0 && !boundaries[x.low[e]] && x.low[e] != "," && !isTrigger(x.low[e]); e++ {
			if x.low[e] == "for" {
				j = e
				break
			}
		}
	}
	switch {
	case j < s.Last && x.low[j] == "for":
		j++
	case j+2 < s.Last && x.low[j] == "in" && (x.low[j+1] == "honour" || x.low[j+1] == "honor") && x.low[j+2] == "of":
		j += 3
	case j+1 < s.Last && (x.low[j] == "hosted" || x.low[j] == "given" || x.low[j] == "offered") && x.low[j+1] == "by":
		j += 2 // the host: "attended a dinner hosted by X"
	case j+3 < s.Last && x.low[j] == "at" && x.low[j+1] == "the" && homeNouns[x.low[j+2]] && x.low[j+3] == "of":
		j += 4 // "for a dinner at the residence of X"
	case j+2 < s.Last && x.low[j] == "at" && x.refAt[j+1] >= 0:
		// "a dinner at X's residence"
		r := x.refs[x.refAt[j+1]]
		if e := r.last; e+1 < s.Last && isPossessiveClitic(x.low[e]) && homeNouns[x.low[e+1]] {
			return []int{x.refAt[j+1]}
		}
		return nil
	default:
		return nil
	}
	g, _ := x.rightGroup(x.skipRole(j, s.Last), s.Last)
	if len(g) == 0 {
		// "for the Copenhagen dealer X and Y": a description before the name
		e := j
		for e < s.Last && e < j+5 && x.refAt[e] < 0 && isWordish(x.d.Tokens[e].Text) && !boundaries[x.low[e]] && !prepositions[x.low[e]] {
			e++
		}
		if e < s.Last && x.refAt[e] >= 0 {
			g, _ = x.rightGroup(e, s.Last)
		}
	}
	return g
}

// homeOf returns the reference of the person whose home or workplace the
// verb of travel at k goes to ("came to her house", "went to Tumusiime's
// office", "visited his farm"), or -1.
func (x *ectx) homeOf(k int, s Sentence) int {
	if !goToWords[x.low[k]] && !visitWords[x.low[k]] {
		return -1
	}
	j := k + 1
	if j < s.Last && x.low[j] == "to" && !visitWords[x.low[k]] {
		j++
	}
	if j >= s.Last || x.refAt[j] < 0 || j == k+1 && !visitWords[x.low[k]] {
		return -1
	}
	r := x.refs[x.refAt[j]]
	e := r.last // after the possessive: "her", "Tumusiime's"
	if !(r.last == r.first+1 && possessives[x.low[r.first]]) {
		if r.last >= s.Last || !isPossessiveClitic(x.d.Tokens[r.last].Text) {
			return -1
		}
		e++
	}
	if e < s.Last && !dwelling(x.low[e]) && e+1 < s.Last && isLowerWord(x.d.Tokens[e].Text) {
		e++ // "her small house"
	}
	if e >= s.Last || !dwelling(x.low[e]) {
		return -1
	}
	return x.refAt[j]
}

// refusedToSee reports whether, after the trigger at k, "but" tells that
// the one visited would not see the visitor: "went to X's office ..., but
// the accused refused to see him". That refusal is the event.
func (x *ectx) refusedToSee(k int, s Sentence) bool {
	b := x.findWord(k+1, s.Last, "but")
	for j := b + 1; b > 0 && j+2 < s.Last && j <= b+8; j++ {
		if negWords[x.low[j]] && x.low[j+1] == "to" && (x.low[j+2] == "see" || triggers[x.low[j+2]].base) {
			return true
		}
	}
	return false
}

// workplaceNouns, with homeNouns, are where a person lives or works and is
// visited: "came to her house", "went to X's office".
var workplaceNouns = wordSet(`office flat apartment farm shop compound homestead`)

// dwelling reports whether w is where someone lives or works.
func dwelling(w string) bool { return homeNouns[w] || workplaceNouns[w] }

// homeNouns name where a host receives guests at a meal.
var homeNouns = wordSet(`residence home house villa estate`)

// mediators returns the people who broker the talks that the meeting noun at
// k names, with its people ending at token e: "X brokered talks between A
// and B", "talks between A and B, mediated by X", "The talks between A and B
// were brokered by X".
func (x *ectx) mediators(k, e int, s Sentence) []int {
	j := k - 1
	for j > s.First && j >= k-3 && (determiners[x.low[j]] || isLowerWord(x.d.Tokens[j].Text) && !brokerVerbs[x.low[j]]) {
		j-- // "brokered a fresh round of talks", "hosted the first direct talks"
	}
	if j >= s.First && (brokerVerbs[x.low[j]] || x.low[j] == "hosted" || x.low[j] == "convened") {
		g, _ := x.leftGroup(j, s.First, true)
		return g
	}
	for j := e; j+1 < s.Last && j <= e+10; j++ {
		lw := x.low[j]
		if brokerVerbs[lw] && x.low[j+1] == "by" {
			g, _ := x.rightGroup(x.skipRole(j+2, s.Last), s.Last)
			return g
		}
		if x.refAt[j] >= 0 || lw != "," && boundaries[lw] || finiteVerb(lw) && !beWords[lw] {
			break
		}
	}
	return nil
}

// beganWith returns the people that the definite meeting noun at k opened
// with: "The session began at 2 pm in the boardroom with A, B and C".
func (x *ectx) beganWith(k int, s Sentence) []int {
	v := k + 1
	if v >= s.Last || !openVerbs[x.low[v]] || !x.definite(k, s) {
		return nil
	}
	w := x.findWord(v+1, minInt(s.Last, v+14), "with")
	if w < 0 || x.refsIn(v+1, w) != nil || x.findWordIn(v+1, w, boundaries) >= 0 {
		return nil
	}
	e := w + 1
	for e < s.Last && !boundaries[x.low[e]] && x.low[e] != "who" && x.low[e] != "which" {
		e++
	}
	return x.people(x.refsIn(w+1, e))
}

// openVerbs open a meeting: "the talks began with".
var openVerbs = wordSet(`began begun opened started`)

// presider returns the one who presided, told in a sentence of its own with
// no meeting named: "Father X presided.", "The mayor presided over the
// session.".
func (x *ectx) presider(s Sentence) []int {
	k := x.findWord(s.First+1, s.Last, "presided")
	if k < 0 || x.low[k-1] == "who" || x.low[k-1] == "," {
		return nil
	}
	switch e := k + 1; {
	case e >= s.Last || x.low[e] == "." || x.low[e] == ";":
	case x.low[e] == "over" && e+2 < s.Last && determiners[x.low[e+1]] && (triggers[x.low[e+2]].nominal || joinNouns[x.low[e+2]]):
	default:
		return nil
	}
	g, _ := x.leftGroup(k, s.First, true)
	return x.people(g)
}

// brokerVerbs name the third party of talks: the mediator takes part.
var brokerVerbs = wordSet(`brokered mediated facilitated`)

// attendVerbBefore reports whether the clause that ends at j says that
// people took part: "Some 20 leaders dialled in, among them ...".
func (x *ectx) attendVerbBefore(j int, s Sentence) bool {
	for t := j - 1; t >= s.First && t >= j-8; t-- {
		if lw := x.low[t]; joinVerbs[lw] || isTrigger(lw) || lw == "dialled" || lw == "dialed" || lw == "gathered" || lw == "attending" {
			return true
		}
	}
	return false
}

// attendedNoun returns the verb of attendance whose object is the meeting
// noun at k ("attended a meeting", "did not attend the talks", "skipped a
// summit"), or -1.
func (x *ectx) attendedNoun(k int, s Sentence) int {
	for t := k - 1; t >= s.First && t >= k-4; t-- {
		lw := x.low[t]
		if attendVerbs[lw] {
			return t
		}
		if !determiners[lw] && !isLowerWord(x.d.Tokens[t].Text) || x.refAt[t] >= 0 || boundaries[lw] || isTrigger(lw) {
			return -1
		}
	}
	return -1
}

// convenedBy returns the people who called, chaired or hosted the meeting
// noun at k, named after it ("a meeting of the board called by BBMB
// chairman Y", "a meeting chaired by Y"), or nil.
func (x *ectx) convenedBy(k int, s Sentence) []int {
	for t := k + 1; t+1 < s.Last && t <= k+6; t++ {
		lw := x.low[t]
		if (hostParticiples[lw] || lw == "convened" || lw == "called") && lw != "attended" && lw != "joined" && x.low[t+1] == "by" {
			g, _ := x.rightGroup(x.skipRole(t+2, s.Last), s.Last)
			return g
		}
		if x.refAt[t] >= 0 || boundaries[lw] || !isLowerWord(x.d.Tokens[t].Text) && lw != "," {
			return nil
		}
	}
	return nil
}

// attendVerbs take a meeting as their object and the one who attends as
// their subject.
var attendVerbs = wordSet(`attend attends attended attending join joins joined joining skip skips skipped skipping miss missed boycott boycotted`)

// hostVerbs receive guests together: "will host A and B at Camp David" is
// one meeting, unlike an itinerary of "will meet A and B".
var hostVerbs = wordSet(`host hosts hosting hosted`)

// address reports whether token j belongs to a form of address before a
// name: "His Excellency", "Her Majesty", "HE", "HRH".
func (x *ectx) address(j int) bool {
	if addressNouns[x.low[j]] {
		return true
	}
	switch x.d.Tokens[j].Text {
	case "H.H.", "H.E.", "H.R.H.", "HRH", "don": // (Spanish "don Leoncio", written lower-case)
		return true
	}
	return (pronounGender[x.low[j]] != "" || x.low[j] == "hh") && honorificPronoun(x.d, x.low, j) // "His Excellency", "HE Steve Witkoff"
}

// signingCeremony reports whether the gathering noun at g is the ceremony
// of a signing told in its sentence or the one before: "witnessed the
// signing of ... Also present at the ceremony were".
func (x *ectx) signingCeremony(g int, s Sentence) bool {
	if x.low[g] != "ceremony" || g > s.First && (x.low[g-1] == "opening" || x.low[g-1] == "closing" || x.low[g-1] == "welcome") {
		return false
	}
	return x.signingBefore(s, s.Last)
}

// signingBefore reports whether a signing is told in s before token end or
// in the sentence before s.
func (x *ectx) signingBefore(s Sentence, end int) bool {
	from := s.First
	if si := x.d.SentenceAt(s.Start); si > 0 {
		from = x.d.Sentences[si-1].First
	}
	return x.findWord(from, end, "signing", "signed") >= 0
}

// firstList returns the people of the first list of two or more names in
// sentence s, outside quotations.
func (x *ectx) firstList(s Sentence) []int {
	for j := s.First; j < s.Last; j++ {
		if x.refAt[j] < 0 || x.quoted[j] {
			continue
		}
		if g := x.people(x.listFrom(j, s)); len(g) >= 2 {
			return g
		}
		return nil
	}
	return nil
}

// nounIn returns the first meeting noun of sentence s outside quotes and
// names, or -1.
func (x *ectx) nounIn(s Sentence) int {
	for k := s.First; k < s.Last; k++ {
		if triggers[x.low[k]].nominal && x.refAt[k] < 0 && !x.quoted[k] && isLowerWord(x.d.Tokens[k].Text) {
			return k
		}
	}
	return -1
}

// joinedBy returns the token after "by" when token j is "joined" or
// "accompanied" followed by it, perhaps through an adverb or "at the table"
// ("joined only by", "joined later by", "joined at the table by"), or -1.
func (x *ectx) joinedBy(j int, s Sentence) int {
	if x.low[j] != "joined" && x.low[j] != "accompanied" {
		return -1
	}
	if x.hostIntro(j) {
		return -1 // a broadcast's "I'm joined by X": a guest in the studio
	}
	b := x.skipAdverbs(j+1, s.Last)
	if b < s.Last && x.low[b] == "only" {
		b++
	}
	if u := x.findWordIn(b, minInt(s.Last, b+4), timeUnits); u > b && u+1 < s.Last && (x.low[u+1] == "later" || x.low[u+1] == "afterwards") &&
		x.refsIn(b, u) == nil && x.findWordIn(b, u, boundaries) < 0 {
		b = u + 2 // "were joined an hour later by", "joined 20 minutes later by"
	}
	if b+3 < s.Last && x.low[b] == "at" && x.low[b+1] == "the" && x.low[b+2] == "table" {
		b += 3
	}
	if b+2 < s.Last && (x.low[b] == "in" || x.low[b] == "on" || x.low[b] == "for" || x.low[b] == "at" || x.low[b] == "during") {
		// "joined in the afternoon by", "joined on Tuesday by", "joined for
		// part of the talks by"
		e := b + 1
		for e < s.Last && e <= b+6 && x.low[e] != "by" && x.refAt[e] < 0 && (isLowerWord(x.d.Tokens[e].Text) || dateWords[x.low[e]] || isCap(x.d.Tokens[e].Text)) &&
			!boundaries[x.low[e]] { // "joined at the Commerce Department by"
			e++
		}
		if e < s.Last && x.low[e] == "by" {
			b = e
		}
	}
	if b+1 < s.Last && x.low[b] == "by" {
		return b + 1
	}
	return -1
}

// joinedThem returns the people who joined the participants of a meeting
// told before: "Vance, Rubio, Bessent and Lutnick joined them at the
// table", "X joined the two leaders for lunch".
func (x *ectx) joinedThem(s Sentence) ([]int, int) {
	for j := s.First + 1; j+1 < s.Last; j++ {
		if x.low[j] != "joined" && x.low[j] != "joins" {
			continue // (and a live blog's "Grossi joins the two ministers at the palace")
		}
		n := x.low[j+1]
		if n != "them" && !(n == "the" && j+2 < s.Last && (x.low[j+2] == "two" || x.low[j+2] == "pair" || x.low[j+2] == "leaders" || x.low[j+2] == "talks" || x.low[j+2] == "meeting" ||
			numberWord(x.low[j+2]) > 1 && j+3 < s.Last && (pluralTitleWord(x.low[j+3]) || x.low[j+3] == "men" || x.low[j+3] == "women" || j+4 < s.Last && pluralTitleWord(x.low[j+4])))) && // "joined the three prime ministers by video link", "joined the three men"
			!x.joinedFor(j+1, s) && !x.joinedPart(j+1, s) {
			continue
		}
		g, _ := x.leftGroup(j, s.First, true)
		return x.people(g), j
	}
	return nil, -1
}

// joinedPerson returns the people who "joined" or "accompanied" a named
// person and that person's entity, when the person ends the clause: "while
// Jaishankar and Doval joined Modi.", "Usha Vance accompanied the Vice
// President, and ...".
func (x *ectx) joinedPerson(s Sentence) ([]int, int) {
	for j := s.First + 1; j+1 < s.Last; j++ {
		if x.low[j] != "joined" && x.low[j] != "accompanied" || x.refAt[j+1] < 0 || x.low[j-1] == "who" {
			continue // "Herath, who accompanied the President, met Wang Yi": the trip, not a meeting
		}
		r := x.refs[x.refAt[j+1]]
		if e := r.last; e < s.Last && !boundaries[x.low[e]] && x.low[e] != "," && x.low[e] != "." &&
			!((x.low[e] == "at" || x.low[e] == "in") && e+1 < s.Last && x.placeAt[e+1] >= 0) {
			continue // "joined Modi in calling for": another verb's
		}
		g, _ := x.leftGroup(j, s.First, true)
		return x.people(g), r.ent
	}
	return nil, -1
}

// signWords sign an agreement; those who sign it together meet.
var signWords = wordSet(`signed sign signs signing`)

// attendedSigning returns the people who attended or witnessed a signing
// told before: "X also attended the ceremony", "X witnessed the signing".
func (x *ectx) attendedSigning(s Sentence) []int {
	for j := s.First + 1; j+2 < s.Last; j++ {
		if x.low[j] != "attended" && x.low[j] != "witnessed" || x.low[j+1] != "the" || x.low[j+2] != "signing" && x.low[j+2] != "ceremony" || x.passive(j) {
			continue
		}
		g, _ := x.leftGroup(j, s.First, true)
		return x.people(g)
	}
	return nil
}

// joinedPart reports whether the words from j name a part of the meeting:
// "joined the second half of the meeting", "the last hour of the talks".
func (x *ectx) joinedPart(j int, s Sentence) bool {
	if x.low[j] != "the" {
		return false
	}
	of := x.findWord(j+1, minInt(s.Last, j+5), "of")
	return of > 0 && x.refsIn(j, of) == nil && of+2 < s.Last && x.low[of+1] == "the" && talkNouns[x.low[of+2]]
}

// joinedFor reports whether a person at j is followed by the meeting they
// were joined for: "joined the Prime Minister for the meeting".
func (x *ectx) joinedFor(j int, s Sentence) bool {
	r := x.refAt[j]
	if r < 0 {
		return false
	}
	e := x.refs[r].last
	if e+1 >= s.Last || x.low[e] != "for" && x.low[e] != "at" {
		return false
	}
	e++
	if x.low[e] == "the" && e+1 < s.Last {
		e++
	}
	return talkNouns[x.low[e]] || mealNouns[x.low[e]] || x.low[e] == "table"
}

// remote returns the people a sentence says joined by phone or video without
// naming the meeting: "Tshisekedi joined by video link", "X took part
// virtually".
func (x *ectx) remote(s Sentence) (people []int, noun string) {
	for j := s.First + 1; j+1 < s.Last; j++ {
		if lw := x.low[j]; !remoteJoinVerbs[lw] && !((lw == "took" || lw == "take" || lw == "takes") && x.low[j+1] == "part") {
			continue
		}
		e := minInt(s.Last, j+5)
		if j+3 < s.Last && x.low[j+1] == "part" && x.low[j+2] == "of" {
			e = minInt(s.Last, j+9) // "will join part of the talks by video link"
		}
		if x.findWord(j+1, e, "video", "virtually", "remotely", "online", "phone", "videoconference", "telephone") < 0 {
			continue
		}
		if j+2 < s.Last && determiners[x.low[j+1]] && (mealNouns[x.low[j+2]] || x.low[j+2] == "reception") {
			noun = x.low[j+2] // "joined the reception by video call"
		}
		g, _ := x.leftGroup(j, s.First, true)
		return x.people(g), noun
	}
	return nil, ""
}

// remoteJoinVerbs join a meeting from afar when "by video" or "by phone"
// follows: "joined by video link", "will join the talks by video link".
var remoteJoinVerbs = wordSet(`joined join joins joining participated participate participates participating`)

// toldWith reports whether a sentence of ev's evidence has the word w: a
// reception joined later must be the reception told there.
func (x *ectx) toldWith(ev Event, w string) bool {
	for _, sp := range ev.Evidence {
		s := x.d.Sentences[x.d.SentenceAt(sp.Start)]
		if x.findWord(s.First, s.Last, w) >= 0 {
			return true
		}
	}
	return false
}

// listFrom returns the people of a list of attendees that starts at j: names
// with their titles and roles, joined by commas and "and" ("Foreign Minister
// Mauro Vieira, Finance Minister Fernando Haddad and Chief Advisor for
// Foreign Affairs Celso Amorim"), up to the first word that is none of these
// (", according to his spokesman ..."). A name the tagger missed inside the
// list does not end it.
func (x *ectx) listFrom(j int, s Sentence) []int {
	var g []int
	for t := j; t < s.Last; t++ {
		if r := x.refAt[t]; r >= 0 {
			f := x.refs[r].first
			ofRole := f-2 >= j && (x.low[f-1] == "to" || x.low[f-1] == "of") && (titleWords[x.low[f-2]] || roleNoun(x.low[f-2]))
			owner := x.refs[r].last < s.Last && isPossessiveClitic(x.low[x.refs[r].last])
			b := f - 1
			for b > j && x.refAt[b] < 0 && isCap(x.d.Tokens[b].Text) && !capStops[x.low[b]] {
				b-- // ", Palace Press Officer Undersecretary Claire Castro said"
			}
			if x.refs[r].last < s.Last && speechVerbs[x.low[x.refs[r].last]] && x.low[b] == "," {
				return g // ", along with Gerardo Werthein, Adorni said": the source, the end of the list
			}
			// The narrator's "my" before a member's role is no member:
			// "among them my neighbour, X" (but "his counterparts A and B"
			// may be the host's only mention)
			pron := x.refs[r].last == f+1 && (x.low[f] == "my" || x.low[f] == "our") && f+1 < s.Last && isLowerWord(x.d.Tokens[f+1].Text) && x.refAt[f+1] < 0
			if !x.quoted[t] && !ofRole && !x.titleOnly(r) && !owner && !pron { // not "a senior adviser to President Salva Kiir", not "Vice President" in an apposition
				g = append(g, r)
			}
			t = x.refs[r].last - 1
			continue
		}
		lw := x.low[t]
		if lw == ";" && len(g) > 0 && t+1 < s.Last {
			// "attended by H.H. Sheikh A, Deputy Ruler of Abu Dhabi; H.H.
			// Sheikh B, ...; and C": a list of long appositions
			n := t + 1
			if x.low[n] == "and" {
				n++
			}
			if n < s.Last && (x.refAt[n] >= 0 || x.refAt[x.skipRole(n, s.Last)] >= 0) {
				continue
			}
		}
		if (lw == "which" || lw == "who" || lw == "whose") && len(g) > 0 && x.low[t-1] == "," {
			// "A, chief executive of Salmones, which holds the concession; B,
			// ...; and C": a relative clause inside a member of a list
			// parted by semicolons
			if c := x.findWord(t+1, minInt(s.Last, t+14), ";"); c > 0 && x.refsIn(t+1, c) == nil {
				n := c + 1
				if n < s.Last && x.low[n] == "and" {
					n++
				}
				if n < s.Last && x.refAt[x.skipRole(n, s.Last)] >= 0 {
					t = c - 1
					continue
				}
			}
			// "Across the table sat A, who chairs the transport committee,
			// and B": the clause ends at ", and" before the next name
			if c := x.findWord(t+1, minInt(s.Last-2, t+16), ","); c > 0 && x.low[c+1] == "and" && x.refsIn(t+1, c) == nil && x.refAt[x.skipRole(c+2, s.Last)] >= 0 {
				t = c
				continue
			}
		}
		if boundaries[lw] && lw != "(" && lw != ")" && lw != "-" || finiteVerb(lw) || speechVerbs[lw] || isTrigger(lw) ||
			listStops[lw] || x.quoted[t] {
			return g // ", according to his spokesman", "who", "said"
		}
	}
	return g
}

// titleOnly reports whether reference r is capitalised title words alone
// ("Vice President" in "Sheikh Mansour, Vice President, Deputy Prime
// Minister"): a role in an apposition, not another person.
func (x *ectx) titleOnly(r int) bool {
	rf := x.refs[r]
	for t := rf.first; t < rf.last; t++ {
		if t == rf.first && (x.placeAt[t] >= 0 || allCaps(x.d.Tokens[t].Text)) {
			continue // "the UAE President"
		}
		if !titleWords[x.low[t]] && !roleModifiers[x.low[t]] || !isCap(x.d.Tokens[t].Text) {
			return false
		}
	}
	return true
}

// refsIn returns the person references that start in tokens [i, j), each
// once.
func (x *ectx) refsIn(i, j int) []int {
	var g []int
	for t := i; t < j; t++ {
		if r := x.refAt[t]; r >= 0 {
			g = append(g, r)
			t = x.refs[r].last - 1
		}
	}
	return g
}

// onlyRefsTo reports whether every reference between tokens i and j is to
// entity e: "X, who will go if she wins a place, and Y".
func (x *ectx) onlyRefsTo(i, j, e int) bool {
	for _, r := range x.refsIn(i, j) {
		if x.refs[r].ent != e {
			return false
		}
	}
	return true
}

// listStops end a list of attendees: the words that start a new clause or
// an adverbial about the meeting.
var listStops = wordSet(`according who whom which where when while because after before during were are was is at
has have had will would said says told added`)

// joinedFrom returns the people of s who joined a meeting told before
// from somewhere else: "X joined from Lahore, while Y logged in from
// Mumbai", "Z dialled in from Geneva". (For "joined by video", see remote.)
func (x *ectx) joinedFrom(s Sentence) []int {
	var g []int
	for j := s.First + 1; j+2 < s.Last; j++ {
		if !fromJoinVerbs[x.low[j]] || x.refAt[j-1] < 0 && !attendAdverbs[x.low[j-1]] {
			continue
		}
		v := j + 1
		if x.low[v] == "in" || x.low[v] == "on" {
			v++ // "logged in from", "dialled in from"
		}
		if v+1 >= s.Last || x.low[v] != "from" || x.placeAt[v+1] < 0 {
			continue // (not "joined from Talleres last week": a club's signing)
		}
		l, _ := x.leftGroup(j, s.First, true)
		g = append(g, x.people(l)...)
	}
	return g
}

// residence reports whether the place of ev is told in its sentence only as
// where someone lives or is based: "who lives in Abidjan", "based in Lyon".
func (x *ectx) residence(ev Event) bool {
	s := x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)]
	found := false
	for j := s.First + 2; j < s.Last; j++ {
		if pi := x.placeAt[j]; pi >= 0 && x.placeAt[j-1] != pi && x.places[pi].place.Key() == ev.Place.Key() {
			if x.low[j-1] != "in" || !residenceWords[x.low[j-2]] {
				return false
			}
			found = true
		}
	}
	return found
}

// residenceWords tell where someone lives before "in": "lives in", "based in".
var residenceWords = wordSet(`lives live lived living based resides resident settled`)

// virtualBefore reports whether the definite meeting noun at k ("The
// meeting") takes up a virtual one the sentence before told: "adjourning a
// virtual meeting on Friday. The meeting, chaired by X, ...".
func (x *ectx) virtualBefore(si, k int) bool {
	if si == 0 || k == 0 || x.low[k-1] != "the" {
		return false
	}
	p := x.d.Sentences[si-1]
	for t := p.First + 1; t < p.Last; t++ {
		if x.low[t] == x.low[k] && (x.low[t-1] == "virtual" || x.low[t-1] == "video" || x.low[t-1] == "online") {
			return true
		}
	}
	return false
}

// fromJoinVerbs join a meeting from afar with "from" and a place: "joined
// from Lahore", "logged in from Mumbai".
var fromJoinVerbs = wordSet(`joined logged dialled dialed connected`)

func (x *ectx) present(s Sentence) []int {
	if s.Last-s.First < 4 {
		return nil
	}
	if x.low[s.First] == "also" && x.low[s.First+1] == "present" && beWords[x.low[s.First+2]] {
		g, _ := x.rightGroup(s.First+3, s.Last)
		return x.people(g)
	}
	if x.low[s.First] == "also" && x.low[s.First+1] == "present" && x.low[s.First+2] == "at" {
		// "Also present at the closed-door session were", "Also present at
		// the ceremony were" (a signing told just before, not an opening)
		b := x.findWordIn(s.First+3, minInt(s.Last, s.First+9), beWords)
		if g := x.findWordIn(s.First+3, maxInt(b, s.First+3), gatherings); b > 0 && (g < 0 || x.signingCeremony(g, s)) {
			return x.people(x.listFrom(b+1, s))
		}
	}
	if g := x.witnesses(s); len(g) > 0 {
		return g
	}
	if g := x.joinedFrom(s); len(g) > 0 {
		return g
	}
	if v := x.seatedOpening(s); v > 0 {
		// "Across the table sat A, who chairs the committee, and B";
		// "Opposite him was Y"
		return x.people(x.listFrom(v+1, s))
	}
	if j := s.First; x.low[j] == "it" && beWords[x.low[j+1]] && x.skipAdverbs(j+2, s.Last)+2 < s.Last && x.low[x.skipAdverbs(j+2, s.Last)] == "attended" && x.low[x.skipAdverbs(j+2, s.Last)+1] == "by" {
		return x.people(x.listFrom(x.skipAdverbs(j+2, s.Last)+2, s)) // "A meeting was held on Tuesday. It was attended by A, B and C."
	}
	for j := s.First + 1; j+1 < s.Last; j++ {
		if x.low[j] == "also" && x.low[j+1] == "present" && beWords[x.low[j-1]] {
			if j+2 < s.Last && x.low[j+2] == "at" && x.findWordIn(j+3, minInt(s.Last, j+7), gatherings) > 0 {
				return nil // "were also present at the ceremony": another gathering
			}
			g, _ := x.leftGroup(j-1, s.First, true)
			if a := x.findWord(j+2, minInt(s.Last, j+5), "as"); a > 0 && a+1 < s.Last && beWords[x.low[a+1]] {
				g = append(g, x.listFrom(a+2, s)...) // "X was also present, as was Y"
			}
			return x.people(g)
		}
		if beWords[x.low[j]] && x.low[j+1] == "present" && x.low[j-1] != "not" && (j+2 >= s.Last || isPunct(x.d.Tokens[j+2].Text)) {
			// "Water Resources Minister X and senior officials of both
			// States were present."
			g, _ := x.leftGroup(j, s.First, true)
			return x.people(g)
		}
		if x.low[j] == "sat" && j+2 < s.Last && (x.low[j+1] == "on" || x.low[j+1] == "at" || x.low[j+1] == "behind") &&
			x.findWord(j+2, minInt(s.Last, j+7), "side", "table", "room") > 0 {
			// "Vance and Rubio sat on the American side of the room"
			g, _ := x.leftGroup(j, s.First, true)
			return x.people(g)
		}
		if p := j + 1; beWords[x.low[j]] && p+2 < s.Last && x.low[p] == "also" && x.low[p+1] == "part" && x.low[p+2] == "of" &&
			x.findWordIn(p+3, minInt(s.Last, p+7), partyNouns) > 0 {
			// "X and Y were also part of the four-member delegation"
			g, _ := x.leftGroup(j, s.First, true)
			return x.people(g)
		}
		if beWords[x.low[j]] && j+3 < s.Last && x.low[j+1] == "part" && x.low[j+2] == "of" && x.findWordIn(j+3, minInt(s.Last, j+7), partyNouns) > 0 {
			// "Ghana's Foreign Minister X was part of the Ghanaian delegation"
			g, _ := x.leftGroup(j, s.First, true)
			return x.people(g)
		}
		b := j - 1
		if (x.low[b] == "also" || x.low[b] == "all" || x.low[b] == "both") && b > s.First {
			b-- // "was also in the room", "were all at the table"
		}
		if x.low[j] == "in" && j+2 < s.Last && x.low[j+1] == "the" && x.low[j+2] == "room" && beWords[x.low[b]] ||
			x.low[j] == "at" && j+2 < s.Last && x.low[j+1] == "the" && x.low[j+2] == "table" && beWords[x.low[b]] && (j+3 == s.Last || isPunct(x.d.Tokens[j+3].Text)) ||
			(x.low[j] == "at" || x.low[j] == "by") && j+2 < s.Last && possessives[x.low[j+1]] && x.low[j+2] == "side" && (beWords[x.low[b]] || x.low[b] == "sat" || x.low[b] == "stood") {
			// "Crown Prince Mohammed bin Salman, who helped arrange it, was in
			// the room, as were Marco Rubio and Asaad al-Shaibani."; "X and Y
			// were at his side"
			g, _ := x.leftGroup(b, s.First, true)
			if a := x.findWord(j+3, minInt(s.Last, j+6), "as"); a > 0 && a+1 < s.Last && beWords[x.low[a+1]] {
				g = append(g, x.listFrom(a+2, s)...)
			}
			return x.people(g)
		}
		if x.low[j] == "in" && x.low[j+1] == "attendance" && (beWords[x.low[j-1]] || x.low[j-1] == "also" && j > s.First+1 && beWords[x.low[j-2]]) {
			b := j - 1 // "Mrs Yassine Fall, was also in attendance"
			if x.low[b] == "also" {
				b--
			}
			g, _ := x.leftGroup(b, s.First, true)
			return x.people(g)
		}
		if x.low[j] == "attended" && j > s.First && j+3 < s.Last && x.low[j+1] == "on" && x.low[j+2] == "behalf" && x.low[j+3] == "of" {
			// "..., and Martin Procházka, who chairs the parents'
			// association, attended on behalf of families."
			if g, _ := x.leftGroup(j, s.First, true); len(x.people(g)) > 0 {
				return x.people(g)
			}
		}
		if (x.low[j] == "attended" || x.low[j] == "participated" || (x.low[j] == "attend" || x.low[j] == "participate") && j-1 > s.First && modalWords[x.low[j-1]] && x.refAt[j-2] >= 0) && j > s.First &&
			(x.low[j+1] == "." || x.low[j+1] == "," || x.low[j+1] == ";" || x.low[j+1] == "for" && j+2 < s.Last && (x.low[j+2] == "the" || possessives[x.low[j+2]])) {
			// "A meeting took place at the ministry. A, B and C attended."
			// "A attended, as did B." "A and B will attend for the union."
			g, _ := x.leftGroup(j, s.First, true)
			if g = append(g, x.asDid(j+1, s)...); len(x.people(g)) >= 2 {
				return x.people(g)
			}
		}
		if x.low[j] == "accompanied" && j > s.First && (x.low[j+1] == "him" || x.low[j+1] == "her" || x.low[j+1] == "them") &&
			(j+2 == s.Last || isPunct(x.d.Tokens[j+2].Text)) && x.low[j-1] != "who" {
			// "Čeferin paid a courtesy call on Abela. Vassallo and MFA general
			// secretary Angelo Chetcuti accompanied him."
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(g); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "led" && x.low[j+1] == "by" && j-2 >= s.First && beWords[x.low[j-1]] && (partyNouns[x.low[j-2]] || x.low[j-2] == "side" || x.low[j-2] == "union" || x.low[j-2] == "team") &&
			x.findWordIn(s.First, j-2, triggerSet) < 0 {
			// "The union was led by its chairwoman, A, while the company sent
			// its general manager, B"
			n := x.afterRole(j+2, s.Last, 6) // "its chairwoman, A"
			g, _ := x.rightGroup(x.skipRole(n, s.Last), s.Last)
			if sent := x.findWord(n, s.Last, "sent"); sent > 0 && sent+3 < s.Last {
				m := x.afterRole(sent+1, s.Last, 6) // "sent its general manager, B"
				h, _ := x.rightGroup(x.skipRole(m, s.Last), s.Last)
				g = append(g, h...)
			}
			if g = x.people(g); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "joined" && j > s.First && j+2 < s.Last && (x.low[j+1] == "the" || possessives[x.low[j+1]]) && x.low[j-1] != "who" {
			// "C, an organiser with the federation, joined the union delegation."
			if e := x.findWord(j+2, minInt(s.Last, j+5), "delegation", "team", "side", "negotiators"); e > 0 && (e+1 == s.Last || isPunct(x.d.Tokens[e+1].Text)) && x.refsIn(j+1, e) == nil {
				g, _ := x.leftGroup(j, s.First, true)
				if g = x.people(g); len(g) > 0 {
					return g
				}
			}
		}
		if x.low[j] == "represented" && j > s.First && j+2 < s.Last && x.low[j+1] == "the" && x.low[j-1] != "who" && x.low[j-1] != "which" && !x.negatedBefore(s) {
			// (not "X did not attend. Deputy Y represented the league": in
			// X's stead, at no meeting told)
			// "Rev. Fr. B, parish priest of St. Anne's, represented the parish."
			if e := x.skipWordsTo(j+2, minInt(s.Last, j+5)); e > j+2 && (e == s.Last || isPunct(x.d.Tokens[e].Text)) && x.refsIn(j+1, e) == nil {
				g, _ := x.leftGroup(j, s.First, true)
				if g = x.people(g); len(g) > 0 {
					return g
				}
			}
		}
		if x.low[j] == "led" && j > s.First && j+2 < s.Last && x.low[j+1] == "the" && x.low[j-1] != "who" {
			// "Cooperative chairman A, who ..., led the growers' side"
			if e := x.findWord(j+2, minInt(s.Last, j+6), "side", "team", "negotiators"); e > 0 && (e+1 == s.Last || isPunct(x.d.Tokens[e+1].Text)) && x.refsIn(j+1, e) == nil {
				g, _ := x.leftGroup(j, s.First, true)
				if g = x.people(g); len(g) > 0 {
					return g
				}
			}
		}
		e := j + 2 // after "joined them", "joined the three", "joined the four of them"
		if j+1 < s.Last && x.low[j+1] == "the" {
			e = j + 3
			if e+1 < s.Last && x.low[e] == "of" && x.low[e+1] == "them" {
				e += 2
			}
		}
		if x.low[j] == "joined" && j > s.First && j+2 < s.Last && (x.low[j+1] == "them" || x.low[j+1] == "the" && (numberWord(x.low[j+2]) > 1 || x.low[j+2] == "group")) &&
			(e >= s.Last || x.low[e] == "for" || x.low[e] == "at" || x.low[e] == "later" || x.low[e] == "after" || isPunct(x.d.Tokens[e].Text)) {
			// "C, the regulator's director, joined the three for the final hour",
			// "D joined the four of them after dessert"
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(g); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "sat" && x.low[j+1] == "in" && j > s.First && j+4 < s.Last && x.low[j+2] == "," && x.low[j+3] == "along" && x.low[j+4] == "with" {
			// "City manager A sat in, along with Coun. B, whose ward includes the site"
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(append(g, x.listFrom(j+5, s)...)); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "sat" && x.low[j+1] == "in" && j > s.First && (j+2 == s.Last || isPunct(x.d.Tokens[j+2].Text) ||
			x.low[j+2] == "to" && j+3 < s.Last && isLowerWord(x.d.Tokens[j+3].Text) || x.low[j+2] == "as" || x.low[j+2] == "for" && x.low[j+3] == "the") {
			// "B sat in to explain the grading scheme", "C sat in as an observer"
			// "Prime Minister A and the foreign minister, B, sat in, as did
			// the ambassador, C."
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(append(g, x.asDid(j+2, s)...)); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "attended" && j > s.First && x.refAt[j-1] >= 0 &&
			(j+1 == s.Last || x.low[j+1] == "." || j+3 <= s.Last && x.low[j+1] == "in" && x.low[j+2] == "person" && (j+3 == s.Last || isPunct(x.d.Tokens[j+3].Text))) {
			// "Kagame attended in person."
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(g); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "joined" && j > s.First && (x.refAt[j-1] >= 0 || j-2 > s.First && x.low[j-1] == "," && x.refAt[j-2] >= 0) && !x.passive(j) &&
			(j+1 == s.Last || isPunct(x.d.Tokens[j+1].Text) || joinedWhen[x.low[j+1]]) {
			// "Hamdan Ladjamudin joined after Zohor prayers", "B joined later"
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(g); len(g) > 0 {
				return g
			}
		}
		if x.low[j] == "took" && j+1 < s.Last && x.low[j+1] == "part" && j > s.First && x.refAt[j-1] >= 0 &&
			(j+2 == s.Last || isPunct(x.d.Tokens[j+2].Text) || x.low[j+2] == "as" || j+3 < s.Last && x.low[j+2] == "on" && x.low[j+3] == "behalf") {
			// "French President Emmanuel Macron took part on behalf of Réunion."
			g, _ := x.leftGroup(j, s.First, true)
			if g = x.people(g); len(g) > 0 {
				return g
			}
		}
		// "Denmark's Mette Frederiksen and Norway's Jonas Gahr Støre also took
		// part, Downing Street said."
		if x.low[j] == "also" && (x.low[j+1] == "attended" || x.low[j+1] == "participated" ||
			j+2 < s.Last && (x.low[j+1] == "took" && x.low[j+2] == "part" || x.low[j+1] == "sat" && x.low[j+2] == "in")) {
			e := j + 2
			if x.low[j+1] == "took" || x.low[j+1] == "sat" {
				e++ // "also took part", "Caprara also sat in"
			}
			if e < s.Last && x.low[e] != "," && x.low[e] != "." && x.low[e] != ";" &&
				!(x.low[e] == "the" && e+1 < s.Last && sessionNouns[x.low[e+1]]) {
				continue // "also attended the opening": the participation() rule reads an object
			}
			g, _ := x.leftGroup(j, s.First, true)
			return x.people(append(g, x.asDid(e, s)...)) // "A also took part, as did B"

		}
	}
	return nil
}

// joinedWhen say when someone joined a meeting, with no object: "joined
// later", "joined after lunch".
var joinedWhen = wordSet(`later after afterwards midway briefly too halfway`)

// ofBodyBack returns the last token of the person named before "of" and
// the capitalised name of a body that ends at p ("Dr. Takeshi Morimoto of
// the Kyushu Deep Earth Laboratory"), or -1.
func (x *ectx) ofBodyBack(p, first int) int {
	if p < first || x.refAt[p] >= 0 || !isCap(x.d.Tokens[p].Text) {
		return -1
	}
	for j := p - 1; j > first && j >= p-8; j-- {
		switch lw := x.low[j]; {
		case lw == "of":
			if x.refAt[j-1] >= 0 {
				return j - 1
			}
			return -1
		case x.refAt[j] >= 0 || !isCap(x.d.Tokens[j].Text) && lw != "the" && lw != "and" && lw != "for":
			return -1
		}
	}
	return -1
}

// toldGathering reports whether "at the <noun>" at j names a gathering the
// sentence before told: "Also present at the ceremony were" after "the
// two PMs witnessed the signing" (not "at the opening ceremony" after
// talks).
func (x *ectx) toldGathering(j int, s Sentence) bool {
	if j+2 >= s.Last || x.low[j] != "at" || x.low[j+1] != "the" || s.First == 0 {
		return false
	}
	p := x.d.Sentences[x.d.SentenceAt(x.d.Tokens[s.First-1].Start)]
	return x.findWord(p.First, p.Last, x.low[j+2]) >= 0 || x.low[j+2] == "ceremony" && x.findWord(p.First, p.Last, "signing", "witnessed") >= 0
}

// bareVenue returns the end of a venue named without an article at j
// ("city hall", "headquarters", "lunch"), or j.
func (x *ectx) bareVenue(j, last int) int {
	switch lw := x.low[j]; {
	case (lw == "city" || lw == "town" || lw == "county" || lw == "village") && j+1 < last && x.low[j+1] == "hall":
		return j + 2
	case bareVenues[lw]:
		return j + 1
	}
	return j
}

var bareVenues = wordSet(`headquarters parliament church school court breakfast lunch dinner`)

// gerundWith returns the people named after "with" in a participle clause
// that goes on from the meeting at k: "met organisers in Milan on
// Wednesday, touring the arena with A and B".
func (x *ectx) gerundWith(k int, s Sentence) []int {
	c := x.findWord(k+1, s.Last, ",")
	if c < 0 || c+2 >= s.Last || !strings.HasSuffix(x.low[c+1], "ing") || !isLowerWord(x.d.Tokens[c+1].Text) || x.refsIn(k+1, c) != nil {
		return nil
	}
	w := x.findWord(c+2, minInt(s.Last, c+12), "with")
	if w < 0 || x.refsIn(c+2, w) != nil || x.findWordIn(c+2, w, boundaries) >= 0 {
		return nil
	}
	g, _ := x.rightGroup(w+1, s.Last)
	return x.people(g)
}

// twoTogether returns the two people of "brought the two men together"
// at k: the two the sentence before named; else nil.
func (x *ectx) twoTogether(k int, s Sentence, si int) []int {
	if k+4 >= s.Last || x.low[k+1] != "the" || x.low[k+2] != "two" || x.low[k+4] != "together" ||
		x.low[k+3] != "men" && x.low[k+3] != "women" && !pluralWords[x.low[k+3]] {
		return nil
	}
	return x.people(x.peopleBefore(si))
}

// sidesTogether reports whether "brought" at k brings parties to one
// table: "brought the two sides together at his office", "brought together
// both camps".
func (x *ectx) sidesTogether(k int, s Sentence) bool {
	t := x.findWord(k+1, minInt(s.Last, k+6), "together")
	if t < 0 || x.refsIn(k+1, t) != nil {
		return false
	}
	for j := k + 1; j < minInt(s.Last, t+5); j++ {
		if sideWords[x.low[j]] {
			return x.refsIn(t, minInt(s.Last, j+1)) == nil
		}
	}
	return false
}

// sideWords name the parties of a dispute brought to one table.
var sideWords = wordSet(`sides parties camps factions rivals disputants`)

// dealStruck reports whether the verb at k tells an agreement reached at a
// table, with no one named in the sentence: "The deal was struck on Tuesday
// at city hall", "The agreement, which guarantees a floor price, was
// hammered out on Monday in the cooperative's warehouse".
func (x *ectx) dealStruck(k int, s Sentence) bool {
	switch x.low[k] {
	case "struck", "hammered", "thrashed", "sealed", "clinched", "reached":
	default:
		return false
	}
	if (x.low[k] == "hammered" || x.low[k] == "thrashed") && (k+1 >= s.Last || x.low[k+1] != "out") || !beWords[x.low[k-1]] ||
		x.refsIn(s.First, s.Last) != nil || x.low[s.First] != "the" || !agreementNouns[x.low[s.First+1]] {
		return false
	}
	if x.low[s.First+2] != "," && s.First+2 != k-1 {
		return false // (not "The deal with the union was reached")
	}
	for t := k + 1; t < s.Last; t++ {
		if x.low[t] == "on" || x.low[t] == "at" || x.low[t] == "in" || weekdays[x.low[t]] {
			return true // a day or a place: the scene
		}
	}
	return false
}

// dayAfterIn returns 1 when sentence s tells its event "the following
// day" or "the next day", -1 for "the previous day" or "the day before",
// else 0.
func (x *ectx) dayAfterIn(s Sentence) int {
	for j := s.First; j+2 < s.Last; j++ {
		if x.low[j] != "the" || x.low[j+2] != "day" {
			continue
		}
		switch x.low[j+1] {
		case "following", "next":
			return 1
		case "previous", "preceding":
			return -1
		}
	}
	return 0
}

// pastDateIn returns the first date of sentence si that is not after the
// day of publication, or the zero Date.
func (x *ectx) pastDateIn(si int) Date {
	pub := x.d.Published.Format(time.DateOnly)
	for _, dm := range x.dates[si] {
		if dm.Value != "" && dm.Value <= pub[:len(dm.Value)] && !x.reporting(dm.Span) {
			return dm.Date
		}
	}
	return Date{}
}

// dayIn returns the only date of day precision told in sentence si, or
// the zero Date.
func (x *ectx) dayIn(si int) Date {
	var day Date
	for _, dm := range x.dates[si] {
		if len(dm.Value) != 10 {
			continue
		}
		if day.Value != "" && day.Value != dm.Value {
			return Date{}
		}
		day = dm.Date
	}
	return day
}

// thenWith returns the people a sentence about the meeting just told adds
// after "then with": "The two heads of state spent close to three hours
// together, first alone and then with their foreign ministers, A and
// Senegal's B."
func (x *ectx) thenWith(s Sentence) []int {
	for j := s.First + 1; j+2 < s.Last; j++ {
		if x.low[j] != "then" || x.low[j+1] != "with" || x.findWord(s.First, j, "together", "alone") < 0 {
			continue
		}
		return x.people(x.listFrom(x.afterRole(j+2, s.Last, 6), s)) // "their foreign ministers, A and B"
	}
	return nil
}

// soDid returns the people of a sentence that says they did as those of
// the sentence before did at a meeting: "Thaksin sat in on the hour-long
// talks. So did Malaysia's Foreign Minister Mohamad Hasan, who took most of
// the notes."
func (x *ectx) soDid(s Sentence) []int {
	j := s.First
	if j+2 >= s.Last || x.low[j] != "so" && x.low[j] != "as" || x.low[j+1] != "did" || x.negatedBefore(s) || !x.attendedBefore(s) {
		return nil
	}
	n := j + 2
	if x.placeAt[n] >= 0 && isPossessiveClitic(x.low[x.places[x.placeAt[n]].last]) {
		n = x.places[x.placeAt[n]].last + 1
	}
	return x.people(x.listFrom(n, s))
}

// attendedBefore reports whether the sentence before s says someone took
// part in a meeting: "X sat in on the talks", "Y attended", "Z joined them".
func (x *ectx) attendedBefore(s Sentence) bool {
	si := x.d.SentenceAt(x.d.Tokens[s.First].Start)
	if si <= 0 {
		return false
	}
	p := x.d.Sentences[si-1]
	return x.findWordIn(p.First, p.Last, joinVerbs) >= 0 || x.findWord(p.First, p.Last, "sat") >= 0
}

// negatedBefore reports whether the sentence before s negates: "X had been
// invited but did not attend".
func (x *ectx) negatedBefore(s Sentence) bool {
	si := x.d.SentenceAt(x.d.Tokens[s.First].Start)
	if si <= 0 {
		return false
	}
	p := x.d.Sentences[si-1]
	return x.findWordIn(p.First, p.Last, negWords) >= 0
}

// bodyRun reports whether tokens [i, j) name a body: capitalised words,
// "the", and an abbreviation in brackets ("the National Salvation Front
// (NAS)").
func (x *ectx) bodyRun(i, j int) bool {
	if i >= j {
		return false
	}
	for t := i; t < j; t++ {
		if w := x.d.Tokens[t].Text; !(isCap(w) || x.low[t] == "the" && t == i || w == "(" || w == ")") || x.refAt[t] >= 0 {
			return false
		}
	}
	return true
}

// realName returns the name a description at j is given by a clause after
// it ("the singer, whose real name is Kaylon Phillip,"), or -1.
func (x *ectx) realName(j, last int) int {
	c := j
	for c < last && c < j+4 && isLowerWord(x.d.Tokens[c].Text) && x.refAt[c] < 0 {
		c++
	}
	if c == j || c+5 >= last || x.low[c] != "," {
		return -1
	}
	switch {
	case x.low[c+1] == "whose" && x.low[c+3] == "name" && beWords[x.low[c+4]] && x.refAt[c+5] >= 0:
		return c + 5
	case x.low[c+1] == "who" && x.low[c+2] == "gave" && x.low[c+4] == "name" && x.low[c+5] == "as" && c+6 < last && x.refAt[c+6] >= 0:
		return c + 6 // "the man, who gave his name as Randy Pacquing"
	}
	return -1
}

// skipWordsTo returns the first token from j before last that is not a
// word: the end of a short noun phrase ("the parish", "the growers' union").
func (x *ectx) skipWordsTo(j, last int) int {
	for j < last && (isWordish(x.d.Tokens[j].Text) || isPossessiveClitic(x.low[j])) && !boundaries[x.low[j]] {
		j++
	}
	return j
}

// seatedOpening returns the verb of a sentence that opens by placing people
// at a meeting told before, the people after it, or -1: "Across the table
// sat A and B", "Opposite him was Y", "Around the table were".
func (x *ectx) seatedOpening(s Sentence) int {
	j := s.First
	switch {
	case j+3 < s.Last && (x.low[j] == "across" || x.low[j] == "around" || x.low[j] == "round" || x.low[j] == "at") && x.low[j+1] == "the" && x.low[j+2] == "table":
		j += 3
	case j+2 < s.Last && (x.low[j] == "opposite" || x.low[j] == "facing" || x.low[j] == "beside" || x.low[j] == "alongside") &&
		(x.low[j+1] == "him" || x.low[j+1] == "her" || x.low[j+1] == "them"):
		j += 2
	default:
		return -1
	}
	if x.low[j] == "," {
		j++
	}
	if j+1 < s.Last && (x.low[j] == "sat" || x.low[j] == "was" || x.low[j] == "were" || x.low[j] == "stood") && x.refAt[j+1] >= 0 ||
		j+2 < s.Last && (x.low[j] == "sat" || x.low[j] == "was" || x.low[j] == "were") && x.refAt[x.skipRole(j+1, s.Last)] >= 0 {
		return j
	}
	return -1
}

// afterRole returns the token after a description of no one named that a
// comma ends within width tokens of n ("its chairwoman, A", "their foreign
// ministers, A and B"), else n.
func (x *ectx) afterRole(n, last, width int) int {
	if c := x.findWord(n, minInt(last-1, n+width), ","); c > n && x.refsIn(n, c) == nil {
		return c + 1
	}
	return n
}

// asDid returns the people listed after ", as did" (or ", as were") at
// token j: "A sat in, as did the ambassador, C".
func (x *ectx) asDid(j int, s Sentence) []int {
	if j+2 < s.Last && x.low[j] == "," && x.low[j+1] == "as" && (x.low[j+2] == "did" || beWords[x.low[j+2]]) {
		n := x.afterRole(j+3, s.Last, 7) // "as did the ambassador, C"
		if x.refAt[n] < 0 {
			n = j + 3
		}
		return x.listFrom(n, s)
	}
	return nil
}

// witnessedBy returns the token of the first "witnessed" of s when "by"
// follows it, or -1.
func (x *ectx) witnessedBy(s Sentence) int {
	if j := x.findWord(s.First, s.Last, "witnessed"); j > s.First && x.low[j+1] == "by" {
		return j
	}
	return -1
}

// witnesses returns the people who witnessed a signing told before them in s
// or in the sentence before: "The signing was witnessed by A and B", "It was
// witnessed by A", "Governor C witnessed the signing".
func (x *ectx) witnesses(s Sentence) []int {
	j := x.findWord(s.First, s.Last, "witnessed")
	if j <= s.First || j+2 >= s.Last {
		return nil
	}
	if !x.signingBefore(s, j) {
		return nil // "Wang and Dar witnessed the signing of documents": after talks told before
	}
	if j == x.witnessedBy(s) && (beWords[x.low[j-1]] || x.low[j-1] == "," || x.low[j-1] == "ceremony" || x.low[j-1] == "signing") {
		return x.people(x.listFrom(j+2, s)) // "..., in a ceremony witnessed by Minister Z"
	}
	if x.low[j+1] == "the" && (x.low[j+2] == "signing" || x.low[j+2] == "ceremony") && x.refsIn(j+3, s.Last) == nil {
		g, _ := x.leftGroup(j, s.First, true)
		return x.people(g)
	}
	return nil
}

// stayedAway returns the people who stayed away from a meeting told before,
// named as the subject of s ("X, who had been invited, stayed away from
// Wednesday's meeting", "Y refused to attend Thursday's meeting"), and the
// meeting noun; or nil.
func (x *ectx) stayedAway(s Sentence) ([]int, int) {
	for j := s.First + 1; j+2 < s.Last; j++ {
		e := -1
		switch {
		case x.low[j] == "stayed" && x.low[j+1] == "away" && x.low[j+2] == "from":
			e = j + 3
		case (x.low[j] == "refused" || x.low[j] == "declined" || x.low[j] == "failed") && x.low[j+1] == "to" && x.low[j+2] == "attend":
			e = j + 3
		case x.low[j] == "boycotted" || x.low[j] == "skipped":
			e = j + 1
		}
		if e < 0 || e+1 >= s.Last {
			continue
		}
		switch {
		case x.low[e] == "the" || x.low[e] == "that":
			e++
		case e+2 < s.Last && dateWords[x.low[e]] && isPossessiveClitic(x.low[e+1]):
			e += 2 // "Wednesday's meeting"
		default:
			continue
		}
		if e >= s.Last || x.low[e] != "meeting" && x.low[e] != "talks" && x.low[e] != "session" || e+1 < s.Last && (x.low[e+1] == "with" || x.low[e+1] == "between") {
			continue // "skipped the meeting with X": the event finder reads it
		}
		g, _ := x.leftGroup(j, s.First, true)
		return x.people(g), e
	}
	return nil, -1
}

// sessionNouns name, after "the", a meeting told before: "also attended the
// review", "also joined the session".
var sessionNouns = wordSet(`review session sessions lunch luncheon dinner breakfast consultations deliberations`)

// definite reports whether the meeting noun at k refers back: "the meeting",
// "that meeting", "the talks".
func (x *ectx) definite(k int, s Sentence) bool {
	if k <= s.First {
		return false
	}
	j := k - 1
	for j > s.First && ((isLowerWord(x.d.Tokens[j].Text) || startsDigit(x.d.Tokens[j].Text) && strings.Contains(x.low[j], "-")) && !determiners[x.low[j]] && j >= k-3) {
		j-- // "the closed-door meeting", "the two-hour talks", "the roughly 30-minute meeting"
	}
	if j > s.First && isPossessiveClitic(x.low[j]) && (weekdays[x.low[j-1]] || x.low[j-1] == "yesterday" || x.low[j-1] == "today") {
		return true // "Wednesday's meeting": the meeting of that day
	}
	for j > s.First && weekdays[x.low[j]] && j >= k-3 {
		j-- // "the Wednesday meeting"
	}
	switch x.low[j] {
	case "the", "that", "this", "those", "these":
		return true
	}
	return false
}

// indefinite reports whether the noun at k opens with "a" or "an", outside
// an apposition or a prepositional phrase: "attend a luncheon", "An official
// dinner".
func (x *ectx) indefinite(k int, s Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		switch lw := x.low[j]; {
		case lw == "a" || lw == "an":
			// not "X met Y, a meeting hosted by Z" or "met Y at a dinner
			// hosted by Z": the same meeting (but "The visit was discussed
			// at a meeting chaired by Z", with no meeting verb before: another)
			return j == s.First || x.low[j-1] != "," && !prepositions[x.low[j-1]] || prepositions[x.low[j-1]] && !x.meetingVerbIn(s.First, j-1)
		case !isLowerWord(x.d.Tokens[j].Text) || determiners[lw]:
			return false
		}
	}
	return false
}

// answeredNo reports whether the question put at k ("Asked whether she had
// spoken to X") is answered no in the main clause after it: "she said she
// had not", "he replied that they had never met", "said no".
func (x *ectx) answeredNo(k int, s Sentence) bool {
	c := x.findWord(k+1, s.Last, ",")
	for c > 0 && c+1 < s.Last {
		r := x.skipRole(c+1, s.Last)
		if r >= s.Last || x.refAt[r] < 0 || x.refs[x.refAt[r]].last >= s.Last || x.low[x.refs[x.refAt[r]].last] != "," || x.refs[x.refAt[r]].last+1 >= s.Last ||
			!subjectPronouns[x.low[x.refs[x.refAt[r]].last+1]] && x.refAt[x.refs[x.refAt[r]].last+1] < 0 {
			break
		}
		c = x.refs[x.refAt[r]].last // past an apposition: ", General X, he said"
	}
	if c < 0 {
		return false
	}
	for q := c + 1; q+3 < s.Last && q <= c+10; q++ {
		// a quoted refusal: `Chaves was blunt: "I will not sit down with`
		if isQuote(x.low[q]) && (x.low[q+1] == "i" || x.low[q+1] == "we") && (auxWords[x.low[q+2]] || x.low[q+2] == "do") &&
			(x.low[q+3] == "not" || x.low[q+3] == "n't" || x.low[q+3] == "never") {
			return true
		}
		if isQuote(x.low[q]) && x.low[q+1] == "no" && (x.low[q+2] == "," || x.low[q+2] == ".") {
			return true
		}
	}
	v := x.findWord(c+1, minInt(s.Last, c+8), "said", "says", "replied", "answered", "responded")
	if v < 0 {
		return false
	}
	j := v + 1
	if j < s.Last && x.low[j] == "that" {
		j++
	}
	if j < s.Last && x.low[j] == "no" {
		return true
	}
	if j < s.Last && (subjectPronouns[x.low[j]] || x.low[j] == "they" || x.low[j] == "we") {
		j++
	}
	return j+1 < s.Last && (x.low[j] == "had" || x.low[j] == "has" || x.low[j] == "did" || x.low[j] == "have") &&
		(x.low[j+1] == "not" || x.low[j+1] == "n't" || x.low[j+1] == "never")
}

// addressedGathering reports whether the verb of speaking at k is followed
// by the gathering its subjects addressed: "A and B both spoke at the
// conference", "spoke to the rally". Speaking there is no talk between them.
func (x *ectx) addressedGathering(k int, s Sentence) bool {
	if !speakTriggers[x.low[k]] || k+2 >= s.Last || x.low[k+1] != "at" && x.low[k+1] != "to" {
		return false
	}
	for j := k + 2; j < s.Last && j <= k+5; j++ {
		if gatherings[x.low[j]] || audienceNouns[x.low[j]] {
			return true
		}
		if x.refAt[j] >= 0 || boundaries[x.low[j]] || x.low[j] == "," {
			return false
		}
	}
	return false
}

// audienceNouns are the audiences and occasions a speaker addresses.
var audienceNouns = wordSet(`rally panel seminar webinar launch audience crowd students supporters delegates parliament plenary lecture`)

// meetingVerbIn reports whether a verb that tells a meeting or call, other
// than one of discussing, is in [i, j).
func (x *ectx) meetingVerbIn(i, j int) bool {
	for k := i; k < j; k++ {
		if lw := x.low[k]; isTrigger(lw) && !triggers[lw].nominal && !discussWords[lw] && !(k > i && (determiners[x.low[k-1]] || x.low[k-1] == "a")) {
			return true
		}
	}
	return false
}

// asked reports whether the trigger at k is in a question put to someone:
// "Asked whether she planned to meet Trump, she said ...".
func (x *ectx) asked(k int, s Sentence) bool {
	w := x.findWordBack(maxInt(s.First, k-8), k, "whether", "if")
	return w > s.First && (x.low[w-1] == "asked" || x.findWordBack(maxInt(s.First, w-5), w, "asked") >= 0 && x.refsIn(maxInt(s.First, w-5), w) == nil) // "Asked by a branch member whether"
}

// participation returns the verb of joining that governs the meeting noun at
// k ("took part in the meeting", "joined that meeting", "attended the
// talks"), or -1.
func (x *ectx) participation(k int, s Sentence) int {
	for j := k - 1; j >= s.First && j >= k-9; j-- { // "sat in on the roughly 30-minute meeting", "sat in on the second half of the talks"
		if (x.low[j] == "came" || x.low[j] == "went") && x.low[j+1] == "to" && j+2 < k && (x.low[j+2] == "the" || x.low[j+2] == "that") {
			return j // "X, the regional councillor, came to the meeting with two officials"
		}
		if joinVerbs[x.low[j]] {
			if x.low[j] == "took" && x.findWord(j+1, k, "part") < 0 {
				return -1
			}
			if x.findWord(maxInt(s.First, j-3), j, "not", "never", "n't") >= 0 {
				return -1 // "she had not attended that meeting"
			}
			return j
		}
		if x.low[j] == "at" && j == k-2 && j-1 > s.First {
			// "X and Y were (also) at the meeting", "were among those at the talks"
			b := j - 1
			if x.low[b] == "those" && b-1 > s.First && x.low[b-1] == "among" {
				b -= 2
			}
			for b > s.First && attendAdverbs[x.low[b]] {
				b--
			}
			if beWords[x.low[b]] {
				return b
			}
		}
	}
	return -1
}

// absence returns the negated verb of joining that governs the meeting noun
// at k ("did not join that meeting", "never attended the talks"), or -1.
func (x *ectx) absence(k int, s Sentence) int {
	for j := k - 1; j >= s.First && j >= k-4; j-- {
		switch x.low[j] {
		case "join", "joined", "attend", "attended":
			if x.findWord(maxInt(s.First, j-3), j, "not", "never", "n't") >= 0 {
				return j
			}
			return -1
		}
	}
	return -1
}

// leftOut returns the negated meetings of the people who stayed away from
// ev ("Chan did not join that meeting"), one with each of ev's participants,
// from the meeting noun at k of sentence s; none when one of them was in ev.
func (x *ectx) leftOut(ev Event, people []int, k int, s Sentence) []Event {
	for _, p := range people {
		if containsInt(ev.Participants, p) {
			return nil
		}
	}
	var out []Event
	for _, p := range ev.Participants {
		e := Event{Type: ev.Type, Status: Negated, Trigger: x.d.Tokens[k].Span, Date: ev.Date, Place: ev.Place}
		x.addPeople(&e, append([]int{p}, people...), s)
		out = append(out, e)
	}
	return out
}

// toldLast returns the last sentence before offset off that tells ev: its
// trigger's or an evidence sentence's.
func (x *ectx) toldLast(ev Event, off int) int {
	last := x.d.SentenceAt(ev.Trigger.Start)
	for _, sp := range ev.Evidence {
		if sp.Start < off {
			last = maxInt(last, x.d.SentenceAt(sp.Start))
		}
	}
	return last
}

// subheadBetween reports whether a subheading, or a sentence that turns to
// another story ("Meanwhile, ..."), stands after sentence a and by sentence
// b: a live blog's "10:15 CET - What happened last night" starts an entry
// whose attendees are not those of the entry before it.
func (x *ectx) subheadBetween(a, b int) bool {
	for si := a + 1; si <= b && si < len(x.d.Sentences); si++ {
		if x.subhead(si) || x.shiftsTopic(si) {
			return true
		}
	}
	return false
}

// shiftsTopic reports whether sentence si opens with words that turn to
// another story: "Meanwhile,", "Separately,", "Elsewhere,", "In other
// news,", "In a separate development,", or another photograph's caption.
// Its people join no event told before it.
func (x *ectx) shiftsTopic(si int) bool {
	s := x.d.Sentences[si]
	if s.Last-s.First < 3 {
		return false
	}
	switch x.low[s.First] {
	case "meanwhile", "separately", "elsewhere":
		return x.low[s.First+1] == ","
	case "photo", "picture", "image", "slide":
		// a gallery's caption: "Photo 8: Delegates plant mangrove seedlings"
		return startsDigit(x.low[s.First+1]) && x.low[s.First+2] == ":" && newlineBefore(x.d, s.First)
	case "in":
		return x.findWord(s.First+1, minInt(s.Last, s.First+5), ",") > 0 && (x.low[s.First+1] == "other" && x.low[s.First+2] == "news" ||
			x.findWord(s.First+1, minInt(s.Last, s.First+3), "separate") > 0)
	}
	return false
}

// subhead reports whether sentence si, not the first, is a line of its own
// of at most 16 tokens that ends with no full stop: a subheading or a live
// blog's timestamped entry title.
func (x *ectx) subhead(si int) bool {
	d := x.d
	s := d.Sentences[si]
	if si == 0 || s.Last-s.First > 16 || s.Last <= s.First || !newlineBefore(d, s.First) {
		return false
	}
	switch d.Tokens[s.Last-1].Text {
	case ".", "!", "?", "\"", "”", "'", "’", ")", ":", ";", ",":
		return false
	}
	return s.Last >= len(d.Tokens) || newlineBefore(d, s.Last)
}

// lastEventBefore returns the event whose trigger is the last before offset
// off, told in sentence si or the five before it, and not dropped; -1 if none.
func (x *ectx) lastEventBefore(evs []Event, off, si int, drop map[int]bool) int {
	return x.lastEventWithin(evs, off, si, 5, drop)
}

// lastMeetingBefore is lastEventBefore for meetings only.
func (x *ectx) lastMeetingBefore(evs []Event, off, si int, drop map[int]bool) int {
	return x.lastOfType(evs, Meeting, off, si, drop)
}

// lastCallBefore is lastEventBefore for calls only.
func (x *ectx) lastCallBefore(evs []Event, off, si int, drop map[int]bool) int {
	return x.lastOfType(evs, Call, off, si, drop)
}

// lastOfType is lastEventBefore for the events of one type.
func (x *ectx) lastOfType(evs []Event, typ EventType, off, si int, drop map[int]bool) int {
	return x.lastWithin(evs, typ, off, si, 5, drop)
}

// lastEventWithin is lastEventBefore reaching back reach sentences.
func (x *ectx) lastEventWithin(evs []Event, off, si, reach int, drop map[int]bool) int {
	return x.lastWithin(evs, "", off, si, reach, drop)
}

// lastWithin returns the event of type typ ("": any) whose trigger is the
// last before offset off, told (by its trigger or its evidence) in sentence
// si or the reach sentences before it with no subheading since, and not
// dropped; -1 if none.
func (x *ectx) lastWithin(evs []Event, typ EventType, off, si, reach int, drop map[int]bool) int {
	return x.lastMatching(evs, off, si, reach, drop, func(ev Event) bool { return typ == "" || ev.Type == typ })
}

// lastMatching is lastWithin for the events that match.
func (x *ectx) lastMatching(evs []Event, off, si, reach int, drop map[int]bool, match func(Event) bool) int {
	best, bestTold := -1, -1
	for i, ev := range evs {
		if !match(ev) || ev.Trigger.Start >= off || drop[tokenAt(x.d, ev.Trigger.Start)] {
			continue
		}
		told := x.toldLast(ev, off)
		if told < si-reach || x.subheadBetween(told, si) {
			continue
		}
		// The event told last: "The two leaders then held restricted talks"
		// tells again the talks of the lead, after a welcome told since.
		if best < 0 || told > bestTold || told == bestTold && ev.Trigger.Start > evs[best].Trigger.Start {
			best, bestTold = i, told
		}
	}
	return best
}

// dropCorrected drops the events that a correction says were told wrongly:
// "An earlier version of this story incorrectly stated that the meeting
// between A and B took place on Sunday." The event is told right elsewhere.
func (x *ectx) dropCorrected(evs []Event) []Event {
	kept := evs[:0]
	for _, ev := range evs {
		k := tokenAt(x.d, ev.Trigger.Start)
		s := x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)]
		if w := x.findWord(s.First, k, "incorrectly", "erroneously", "wrongly", "mistakenly"); w >= 0 && w+1 < k && correctedVerbs[x.low[w+1]] {
			continue
		}
		if v := x.findWord(s.First, k, "version", "versions"); v > s.First && x.low[v-1] == "earlier" && x.findWordIn(v+1, k, correctedVerbs) > 0 {
			continue // "to correct an earlier version that said President Lai met X in person"
		}
		kept = append(kept, ev)
	}
	return kept
}

// correctedVerbs report what a story got wrong: "incorrectly stated".
var correctedVerbs = wordSet(`stated said reported described identified referred gave named attributed suggested`)

// A frame is a meeting noun with a place and no named participants: "last
// week's peace talks in Turkey", "the summit in Helsinki".
type frame struct {
	sent, tok int
	place     Place
}

// framePlaces gives a meeting without a place the place of the frame
// before it in its sentence, or in the sentence before when its own refers
// back to it ("Last week's peace talks in Turkey ... However, the
// discussions were conducted at a lower level, after Putin opted not to sit
// down with Zelenskyy"). A country is
// narrowed to a city of it that another frame of the article names ("last
// week's talks in Istanbul").
func (x *ectx) framePlaces(evs []Event, frames []frame, anaphors [][2]int) {
	for i := range evs {
		ev := &evs[i]
		if ev.Place != nil || ev.Type != Meeting {
			continue
		}
		k := tokenAt(x.d, ev.Trigger.Start)
		if k < 0 {
			continue
		}
		si := x.d.SentenceAt(ev.Trigger.Start)
		// A frame of the sentence before counts only if this sentence refers
		// back to it ("the discussions") before the trigger.
		back := -1 // the anaphor's token
		for _, a := range anaphors {
			if a[0] == si && a[1] < k {
				back = a[1]
			}
		}
		best := -1
		for j, f := range frames {
			if (f.sent == si && f.tok < k || f.sent == si-1 && back >= 0 && x.sameGathering(back, f.tok)) && (best < 0 || f.tok > frames[best].tok) {
				best = j
			}
		}
		if best < 0 && ev.Status == Occurred && len(ev.Date.Value) == 10 {
			// "Abiy held separate talks with the leaders of Djibouti and
			// Somalia on the sidelines of the IGAD summit in Djibouti on
			// Thursday. ... Abiy and Guelleh met at the Palais du Peuple on
			// Thursday afternoon": the lead's gathering, that day
			for j, f := range frames {
				fs := x.d.Sentences[f.sent]
				if x.paragraphStart(f.sent) == 0 && f.sent < si && x.date(f.sent, f.tok, false).Value == ev.Date.Value &&
					x.status(f.tok, fs.First, fs, triggers[x.low[f.tok]]) == Occurred { // (not "before he leaves for the summit in Canada")
					best = j
					break
				}
			}
		}
		if best < 0 {
			continue
		}
		p := frames[best].place
		if p.Kind == Country {
			for _, f := range frames {
				if f.place.Kind == City && f.place.CountryCode != "" && f.place.CountryCode == p.CountryCode {
					p = f.place
					break
				}
			}
		}
		ev.Place = &p
	}
}

// sameGathering reports whether the anaphor at a may refer to the frame
// noun at f: talks to talks or to discussions, but a summit only to a
// summit ("on the sidelines of the summit" is not the conference in Belém
// named just before).
func (x *ectx) sameGathering(a, f int) bool {
	return !gatherings[x.low[a]] || x.low[a] == x.low[f]
}

// anaphoricPlaces gives an event without a place the place of a later
// anaphoric mention of it: "Weizman has invited Arafat to meet him ... Weizman
// scheduled the meeting at his residence in Caesarea". The mention is "the"
// and a meeting noun in a sentence naming one of the event's participants;
// it refers to the latest event before it with that participant.
func (x *ectx) anaphoricPlaces(evs []Event, anaphors [][2]int) {
	for _, a := range anaphors {
		s := x.d.Sentences[a[0]]
		at := x.d.Tokens[a[1]].Start
		best := -1
		for i, ev := range evs {
			if len(ev.Evidence) == 0 || ev.Evidence[0].Start >= at || !x.mentionsAny(s, ev.Participants) {
				continue
			}
			if best < 0 || ev.Evidence[0].Start > evs[best].Evidence[0].Start {
				best = i
			}
		}
		if best < 0 && a[1]-1 == s.First && a[0] > 0 {
			// "X met Y on Monday. The meeting, held at the Office of the
			// Prime Minister in St John's, ...": the meeting just told
			prev := x.d.Sentences[a[0]-1]
			for i, ev := range evs {
				if len(ev.Evidence) > 0 && ev.Evidence[0].Start >= prev.Start && ev.Evidence[0].Start < prev.End && ev.Type == Meeting &&
					(best < 0 || ev.Evidence[0].Start > evs[best].Evidence[0].Start) {
					best = i
				}
			}
		}
		if best < 0 {
			continue
		}
		ev := &evs[best]
		if p := x.placeOf(a[1], a[1], s, false); p != nil && (ev.Place == nil || finerPlace(*p, *ev.Place)) {
			// "met Rubio in Jamaica last week ... the talks in Kingston":
			// the city within the country told before
			ev.Place = p
		}
		if ev.Date.Value == "" || a[1]-1 != s.First {
			continue
		}
		// "met X last week. The meeting was hosted by Y on Wednesday": the
		// day within the month or year told before, in a sentence of which
		// the meeting is the subject
		if dt := x.date(a[0], a[1], ev.Status == Planned); len(dt.Value) > len(ev.Date.Value) && strings.HasPrefix(dt.Value, ev.Date.Value) {
			ev.Date = dt
		}
	}
}

// finerPlace reports whether p is a city or venue within the country that
// q names.
func finerPlace(p, q Place) bool {
	return q.Kind == Country && (p.Kind == City || p.Kind == Venue) && p.CountryCode != "" && p.CountryCode == q.CountryCode
}

// ectx holds the per-document state of a Find call.
type ectx struct {
	f       RuleEventFinder
	d       *Doc
	low     []string // lower(d.Tokens[k].Text)
	refs    []pref   // person references: names with their roles, titles, pronouns
	refAt   []int    // token → index in refs, or -1
	quoted  []bool
	places  []placeRef
	placeAt []int // token → index in places, or -1
	dates   [][]DateMention
	dline   *Place
	dlines  []placeRef // datelines that open later paragraphs, in order (see paraDatelines)
	// guessed maps the trigger offset of an event to the participant (an
	// entity) guessed as the story's protagonist (see protagonistRef and
	// protagonists)
	guessed map[int]int
}

type pref struct {
	first, last int // token range
	ent         int
}

// tokenPad is the number of empty entries after the last token in the
// per-token tables of an ectx.
const tokenPad = 4

type placeRef struct {
	first, last int
	place       Place
}

// writtenAs returns p with the name the article gives it, when that is not
// its canonical name: "Hawassa" for GeoNames' Awasa.
func writtenAs(p Place, text string) Place {
	if p.Kind != Venue && Fold(text) != Fold(p.Name) {
		p.Written = text
	}
	return p
}

// partialQuoteOpeners are the words after which a quotation goes on the
// writer's own clause: `had "refused to meet X"`, `was "willing to meet X"`.
var partialQuoteOpeners = wordSet(`had has have was were would will could is are`)

// firstSecondPerson are the pronouns of a speaker or the one spoken to.
var firstSecondPerson = wordSet(`i me my we us our you your`)

// unquoteNounPhrases reads a short quoted noun phrase with a meeting or
// call noun as the writer's own words: `had held "a detailed video call"
// with X` tells a call, not a quotation.
func (x *ectx) unquoteNounPhrases() {
	for a := 0; a < len(x.d.Tokens); {
		if !x.quoted[a] {
			a++
			continue
		}
		b, noun, verb, words, own := a, false, false, true, true
		for ; b < len(x.d.Tokens) && x.quoted[b]; b++ {
			t := x.d.Tokens[b].Text
			noun = noun || triggers[x.low[b]].nominal
			verb = verb || isTrigger(x.low[b])
			words = words && (isLowerWord(t) || isQuote(t) || t == "-")
			own = own && !firstSecondPerson[x.low[b]]
		}
		// `Antony said Lee had "refused to meet Selvaraj even once"`: a
		// quotation that goes on a clause the writer began tells the
		// writer's event, its subject outside the quotation.
		partial := a > 0 && a+1 < b && partialQuoteOpeners[x.low[a-1]] && isQuote(x.low[a]) && isLowerWord(x.d.Tokens[a+1].Text) &&
			verb && own && b-a <= 14
		if noun && words && b-a <= 7 || partial {
			for k := a; k < b; k++ {
				x.quoted[k] = false
				if isQuote(x.low[k]) {
					x.low[k] = "" // no boundary of a clause
				}
			}
		}
		a = b
	}
}

func (f RuleEventFinder) newCtx(d *Doc) *ectx {
	// The per-token tables run tokenPad entries past the last token, which
	// hold no word, person or place: an article that stops mid-sentence
	// ("held talks in") is read like one that ends with a full stop.
	x := &ectx{f: f, d: d, quoted: append(quoteMask(d), make([]bool, tokenPad)...),
		low: append(lowerTokens(d), make([]string, tokenPad)...), guessed: map[int]int{}}
	x.unquoteNounPhrases()
	x.refAt = make([]int, len(d.Tokens)+tokenPad)
	x.placeAt = make([]int, len(d.Tokens)+tokenPad)
	for k := range x.refAt {
		x.refAt[k], x.placeAt[k] = -1, -1
	}
	// Person references, extended over the roles written before names, but
	// not over another person named before a title ("Trump Vice President
	// JD Vance" lists Trump and Vance; "Netanyahu aide Dore Gold" is one).
	personEnd := map[int]int{} // first token of a person mention → its end
	for _, m := range d.Mentions {
		if m.Kind == Person && m.Last < len(d.Tokens) && titleWords[lower(d.Tokens[m.Last].Text)] && isCap(d.Tokens[m.Last].Text) {
			personEnd[m.First] = m.Last
		}
	}
	var refs []pref
	for e, ent := range d.Entities {
		if ent.Kind != Person {
			continue
		}
		for _, sp := range ent.Mentions {
			i, j := tokenRange(d, sp)
			if i >= j {
				continue
			}
			for _, ro := range ent.Roles {
				if ro.Span.End > ro.Span.Start && ro.Span.End <= sp.Start && strings.TrimSpace(d.Text[ro.Span.End:sp.Start]) == "" {
					i2, _ := tokenRange(d, ro.Span)
					for t := i2; t < i; t++ {
						if end, ok := personEnd[t]; ok && end <= i {
							i2 = end
						}
					}
					if i2 < i {
						i = i2
					}
				}
			}
			if j < len(d.Tokens) && postNominals[d.Tokens[j].Text] {
				j++ // "Billy Downer SC and Elaine Zungu": the letters go with the name
			}
			if e := partyTagEnd(d, j); e > j {
				j = e // "Sen. Marcus Hale (R-Neb.) and Sen. Priya Natarajan (D-Calif.)": the party and state go with the name
			}
			refs = append(refs, pref{i, j, e})
		}
	}
	// Outermost references win.
	sort.Slice(refs, func(a, b int) bool {
		if refs[a].first != refs[b].first {
			return refs[a].first < refs[b].first
		}
		return refs[a].last > refs[b].last
	})
	end := -1
	for _, r := range refs {
		if r.first < end && r.last > end {
			r.first = end // a role that names another person: "President Trump's envoy Witkoff"
		}
		if r.first < end {
			continue
		}
		x.refs = append(x.refs, r)
		for k := r.first; k < r.last; k++ {
			x.refAt[k] = len(x.refs) - 1
		}
		end = r.last
	}
	// Places: located mentions, not inside person references.
	ctx := placeContext(d, f.Gazetteer)
	// The Resolver has placed the places and organisations already.
	resolved := map[Span]*Place{} // nil: the resolver found no place
	for _, e := range d.Entities {
		if e.Kind != Person {
			for _, sp := range e.Mentions {
				resolved[sp] = e.Place
			}
		}
	}
	pr := placesIn(f.Gazetteer, ctx)
	x.dline = dateline(d, pr)
	x.dlines = paraDatelines(d, pr)
	var bare []int // the first tokens of venues of no city yet
	for _, m := range d.Mentions {
		if m.Kind == Person || m.First >= len(x.refAt) || x.refAt[m.First] >= 0 {
			continue
		}
		last := m.Last
		embassy := last < len(d.Tokens) && (x.low[last] == "embassy" || x.low[last] == "consulate")
		if c, ok := x.hotelCity(pr, m); ok {
			// "at the Djibouti Palace Kempinski", "the Hilton Colombo": a
			// hotel in the city its name ends or begins with
			x.places = append(x.places, placeRef{m.First, m.Last, x.genericVenue(m.Text, &c)})
			for k := m.First; k < m.Last; k++ {
				x.placeAt[k] = len(x.places) - 1
			}
			continue
		}
		if m.Kind == Misc && !embassy {
			continue // "Russian": a place only in "the Russian embassy"
		}
		var p Place
		var ok, unplaced bool
		if rp, done := resolved[m.Span]; rp != nil {
			p, ok = *rp, true
		} else if done && pr != nil {
			p, ok = pr.Place("the " + m.Text) // the resolver tried the name as written
		} else if m.Kind != Misc {
			p, ok = place(pr, m.Text)
		}
		if embassy {
			// "the US embassy" is a venue where the article is, not in the US.
			if pe, ok2 := place(pr, m.Text+" "+d.Tokens[last].Text); ok2 {
				p, ok, last = pe, true, last+1
			}
		}
		if !ok {
			lastW := x.low[m.Last-1]
			atOrg := m.Kind == Organization && m.First > 1 && (x.low[m.First-1] == "at" || x.low[m.First-1] == "the" && x.low[m.First-2] == "at") &&
				(venueNouns[lastW] || facilityWords[lastW]) && x.namedForCity(pr, m) // "met at the Gyeongju National Museum"
			if m.Kind != Location && m.Kind != Organization || m.Kind == Organization && !buildingWords[lastW] && !atOrg {
				continue
			}
			p = Place{Name: m.Text}
			// "at Seri Perdana", "at the Amiri Diwan": a name the gazetteer
			// does not know, told as where something happens, is a venue of
			// the article's city.
			atVenue := m.Kind == Location && m.First > 1 && (x.low[m.First-1] == "at" || x.low[m.First-1] == "the" && x.low[m.First-2] == "at")
			if m.Kind == Location && m.First > 1 && m.Last-m.First <= 2 && x.low[m.First-1] == "in" && (x.dlineAt(m.First) == nil || x.dlineAt(m.First).Kind == City) {
				// "at the company's offices in Westlands": a district no
				// gazetteer knows, after a building, in the story's city
				// (the dateline's, or else the city the story names most)
				b := x.low[m.First-2]
				atVenue = atVenue || venueNouns[b] || buildingWords[b] || facilityWords[b] || facilityWords[singular(b)]
			}
			cityLast := m.Last-m.First > 1 && buildingWords[x.low[m.Last-2]] // "State House Entebbe"
			if buildingWords[x.low[m.Last-1]] || atOrg || atVenue && !cityLast || m.Kind == Location && streetWords[x.low[m.Last-1]] {
				// (and "at the bank's headquarters on Hamra Street": a street of the story's city)
				dline := x.dlineAt(m.First)
				setting := dline
				if n := len(x.places); n > 0 && d.SentenceAt(d.Tokens[x.places[n-1].first].Start) == d.SentenceAt(m.Start) &&
					(dline == nil || x.places[n-1].place.Name != dline.Country && x.places[n-1].place.Key() != dline.Key()) &&
					x.places[n-1].first > 0 && (x.low[x.places[n-1].first-1] == "to" || x.low[x.places[n-1].first-1] == "in") {
					q := x.places[n-1].place // "travelled to Singapore, when he held talks ... at the Parliament House"
					setting = &q
				}
				for k := m.Last - 2; k >= m.First; k-- {
					if c, ok := place(pr, d.Text[m.Start:d.Tokens[k].End]); ok && c.Kind == City && c.Population >= 100000 && (buildingWords[x.low[m.Last-1]] || atOrg) {
						setting = &c // "Ulsan City Hall", "Kuala Lumpur Convention Centre": in the city they are named after
						break
					}
					if name := d.Text[m.Start:d.Tokens[k].End]; k < m.Last-2 && placeNamedAlone(d, name) && !placeKnown(pr, name) {
						setting = &Place{Name: name} // "Brae Public Hall" in a story that tells of "in Brae": the town no gazetteer knows
						break
					}
				}
				p = x.genericVenue(m.Text, setting)
				unplaced = setting == nil // placed once the story's place is known
			} else if cityLast {
				if c, ok := place(pr, d.Tokens[m.Last-1].Text); ok && c.Kind == City {
					p = x.genericVenue(d.Text[m.Start:d.Tokens[m.Last-2].End], &c) // "State House Entebbe"
					p.Name = m.Text
				}
			}
		}
		if m.Kind == Misc && last == m.Last {
			continue
		}
		if m.Kind == Organization && p.Kind != Venue && !embassy {
			continue // "Toyota" is a company, not the city; "the Kremlin" is a venue
		}
		if dl := x.dlineAt(m.First); dl != nil && p.Kind == City && dl.Kind == City && p.GeoID != dl.GeoID && p.Population < dl.Population && nearKm(p, *dl) < 5 {
			// "SHILLONG — ... at the club office in Laitumkhrah": a quarter
			// of the dateline's city, which the gazetteer lists as a town
			p = Place{Name: p.Name, Kind: Venue, Generic: true, City: dl.Name, CityGeoID: dl.GeoID, Country: dl.Country, CountryCode: dl.CountryCode,
				Region: dl.Region, Latitude: p.Latitude, Longitude: p.Longitude}
		}
		x.places = append(x.places, placeRef{m.First, last, writtenAs(p, d.Text[m.Start:d.Tokens[last-1].End])})
		for k := m.First; k < last; k++ {
			x.placeAt[k] = len(x.places) - 1
		}
		if unplaced {
			bare = append(bare, m.First)
		}
	}
	x.capitals(pr)

	if x.dline == nil {
		x.dline = x.leadPlace(pr) // "... opened the summit ... in Rio de Janeiro": the story's place
		if x.dline == nil {
			x.dline = x.headerPlace(pr) // "HSR Layout Residents' Welfare Association, Bengaluru" over a newsletter
		}
		if x.dline == nil {
			x.dline = x.liveBlogPlace(pr) // "LIVE: Tashkent International Investment Forum - day one"
		}
		city := x.dline
		if city == nil {
			city = x.mainCity() // "Government House" in a story that names Buenos Aires most
		}
		if city != nil && city.Kind == City {
			for _, first := range bare {
				i := x.placeAt[first]
				// "Fiji and New Zealand agreed ... after their ministers met
				// ... in Nuku'alofa. X met Y at the Fa'onelua Convention
				// Centre": a venue no gazetteer knows, in the story's city
				x.places[i].place = x.genericVenue(x.places[i].place.Name, city)
			}
		}
	}
	x.dates = make([][]DateMention, len(d.Sentences))
	if f.Dates != nil {
		year, yearSent := 0, -1 // the year of the last day told in full long before the story's, and where
		lastYear := 0           // the year named last, for "of that year"
		for si, s := range d.Sentences {
			x.dates[si] = f.Dates.FindDates(d.Text[s.Start:s.End], s.Start, d.Published)
			if yearSent >= 0 && si-yearSent <= 5 {
				// "received me on 3 May 1995. ... On 6 May I telephoned X": a
				// day told without its year, in an account of that year
				for i, dm := range x.dates[si] {
					if calendarDate(dm.Text) && len(dm.Value) >= 4 && dm.Value[:4] != strconv.Itoa(year) {
						y := strconv.Itoa(year)
						yearSent = si // the account goes on
						x.dates[si][i].Value = y + dm.Value[4:]
						if len(dm.Ahead) >= 4 {
							x.dates[si][i].Ahead = y + dm.Ahead[4:]
						}
					}
				}
			}
			for i, dm := range x.dates[si] {
				// "In August of that year": the year told last before
				if rest := strings.TrimLeft(d.Text[dm.Span.End:s.End], " "); lastYear > 0 && calendarDate(dm.Text) && len(dm.Value) >= 4 &&
					(strings.HasPrefix(rest, "of that year") || strings.HasPrefix(rest, "that year")) {
					y := strconv.Itoa(lastYear)
					x.dates[si][i].Value = y + dm.Value[4:]
					if len(dm.Ahead) >= 4 {
						x.dates[si][i].Ahead = y + dm.Ahead[4:]
					}
				}
			}
			if y := yearIn(d.Text[s.Start:s.End]); y > 0 {
				lastYear = y
			}
			if y := yearIn(d.Text[s.Start:s.End]); y > 0 && y != year {
				yearSent = -1 // "She was appointed DCMG in 1998 ... wrote a memoir (2004)": the account moved on
			}
			for _, dm := range x.dates[si] {
				if y := yearIn(dm.Text); y > 0 && len(dm.Value) >= 7 && !d.Published.IsZero() && y < d.Published.Year()-5 {
					// a day or month of a year long past, not a year alone
					// ("founded in 1991"), nor a recent one that news recalls
					// before telling this year's months
					year, yearSent = y, si
				}
			}
		}
	}
	return x
}

// planWord reports whether token j is a word of plans ("will", "expected",
// "may"), not the month May: "On 6 May X telephoned Y".
func (x *ectx) planWord(j int) bool {
	if x.low[j] == "supposed" {
		return j+1 < len(x.low) && x.low[j+1] == "to" // "was supposed to meet X", not "the supposed meeting"
	}
	if !planWords[x.low[j]] {
		return false
	}
	if x.low[j] == "set" && j > 0 && (possessives[x.low[j-1]] || x.low[j-1] == "the" || x.low[j-1] == "a") {
		return false // "after her set that night": a performance
	}
	if !isLowerWord(x.d.Tokens[j].Text) && x.inBodyName(j) {
		return false // "the Planning Committee", "THE FINANCE, PLANNING AND URBAN DEVELOPMENT COMMITTEE"
	}
	if x.low[j] != "may" || !isCap(x.d.Tokens[j].Text) {
		return true
	}
	start := j == 0 || newlineBefore(x.d, j) || x.low[j-1] == "." || isQuote(x.low[j-1])
	return start && !(j+1 < len(x.low) && (startsDigit(x.low[j+1]) || x.low[j+1] == ":")) // (nor a timeline's "May: X holds talks")
}

// inBodyName reports whether the capitalised token j is part of the name of
// a body: the words up to the body's noun ("Committee", "Board") are all
// capitalised, as in "the Planning and Zoning Board".
func (x *ectx) inBodyName(j int) bool {
	for t := j + 1; t < len(x.low) && t <= j+5; t++ {
		if isLowerWord(x.d.Tokens[t].Text) && x.low[t] != "and" && x.low[t] != "," && x.low[t] != "&" {
			return false
		}
		if bodyHeads[x.low[t]] || x.low[t] == "board" {
			return true
		}
	}
	return false
}

// monthNumber returns the number of the month a word names as dates write
// it (a word of dateWords: "september", "sept", "sep."), or 0.
func monthNumber(w string) int {
	w = strings.TrimSuffix(w, ".")
	if len(w) < 3 || !dateWords[w] && !dateWords[w+"."] {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(lower(m.String()), w) {
			return int(m)
		}
	}
	return 0
}

// calendarDate reports whether a date's words name a month and no year
// and nothing relative to the day of writing: "6 May", "On the evening of 5
// May", "in September"; not "last May" or "May 2024".
func calendarDate(text string) bool {
	month := false
	for _, w := range strings.FieldsFunc(lower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len(w) == 4 && startsDigit(w) || relativeDateWords[w] {
			return false
		}
		month = month || monthNumber(w) > 0
	}
	return month
}

// yearIn returns the last year that text gives in four digits, or 0.
func yearIn(text string) int {
	year := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsDigit(r) }) {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1000 && y <= 2199 {
			year = y
		}
	}
	return year
}

// relativeDateWords tie a date to the day of writing.
var relativeDateWords = wordSet(`last next this ago yesterday today tomorrow coming past previous earlier later`)

// capitals adds the capitals named by their country to the places: "the
// Angolan capital", "Angola's capital" (but "the Estonian capital, Tallinn"
// is Tallinn, a place already).
func (x *ectx) capitals(pr PlaceResolver) {
	d := x.d
	added := false
	for k := 1; k < len(d.Tokens); k++ {
		if x.low[k] != "capital" || x.placeAt[k] >= 0 || x.refAt[k] >= 0 || k+1 < len(d.Tokens) && (x.placeAt[k+1] >= 0 || x.low[k+1] == "," && k+2 < len(d.Tokens) && x.placeAt[k+2] >= 0) {
			continue
		}
		i := k - 1
		if isPossessiveClitic(x.low[i]) {
			i--
		}
		if i < 0 || !isCap(d.Tokens[i].Text) {
			continue
		}
		if pi := x.placeAt[i]; pi >= 0 {
			i = x.places[pi].first // "South Africa's capital"
		}
		p, ok := place(pr, d.Text[d.Tokens[i].Start:d.Tokens[k].End])
		if !ok || p.Kind != City {
			continue
		}
		x.places = append(x.places, placeRef{i, k + 1, writtenAs(p, d.Text[d.Tokens[i].Start:d.Tokens[k].End])})
		for j := i; j <= k; j++ {
			x.placeAt[j] = len(x.places) - 1
		}
		added = true
	}
	if added {
		sort.SliceStable(x.places, func(a, b int) bool { return x.places[a].first < x.places[b].first })
		for k := range x.placeAt {
			x.placeAt[k] = -1
		}
		for i, pr := range x.places {
			for j := pr.first; j < pr.last; j++ {
				x.placeAt[j] = i
			}
		}
	}
}

// leadPlace returns the city that the article's first sentence puts its
// story in ("in Rio de Janeiro", "at the Museum of Modern Art, in Rio"), for
// articles without a dateline; nil if none.
func (x *ectx) leadPlace(res PlaceResolver) *Place {
	if len(x.d.Sentences) == 0 {
		return nil
	}
	s := x.d.Sentences[0]
	if len(x.d.Sentences) > 1 && newlineBefore(x.d, x.d.Sentences[1].First) {
		s.Last = x.d.Sentences[1].Last // a headline, and the lead below it
	}
	for _, pr := range x.places {
		if pr.first < s.First || pr.first >= s.Last || pr.first == s.First || x.low[pr.first-1] != "in" && x.low[pr.first-1] != "at" {
			continue
		}
		p := pr.place
		if p.Kind == Country {
			// "What happened in Singapore": a city-state is its city
			if c, ok := place(res, p.Name+" capital"); ok && c.Kind == City && Fold(c.Name) == Fold(p.Name) {
				return &c
			}
		}
		if p.Kind == City || p.Kind == Region {
			return &p
		}
	}
	return nil
}

// headerPlace returns the city of an article with no dateline that its
// masthead names: a line of its own above the text ending with the city
// ("HSR Layout Sector 7 Residents' Welfare Association, Bengaluru"), or
// the outlet's name ("Leicester Durgabari Barta"). Only a city of 100,000
// people or more whose name is written in full counts, or a smaller town
// that ends such a line and that the text names again; nil if none.
func (x *ectx) headerPlace(pr PlaceResolver) *Place {
	city := func(name string) *Place {
		p, ok := place(pr, name)
		if ok && p.Kind == Country {
			p, ok = place(pr, name+" capital") // "Hong Kong", "Singapore": a city of the country's name
		}
		if ok && p.Kind == City && p.Population >= 100000 && Fold(p.Name) == Fold(name) {
			return &p
		}
		return nil
	}
	d := x.d
	for si := 0; si < len(d.Sentences) && si < 4; si++ {
		s := d.Sentences[si]
		if s.Last-s.First > 14 || si+1 < len(d.Sentences) && !newlineBefore(d, d.Sentences[si+1].First) {
			break // the text has begun
		}
		c := x.findWordBack(s.First, s.Last, ",")
		if c < 0 || c+1 >= s.Last || s.Last-c > 4 {
			continue
		}
		name := d.Text[d.Tokens[c+1].Start:d.Tokens[s.Last-1].End]
		if p := city(name); p != nil {
			return p
		}
		if p, ok := place(pr, name); ok && p.Kind == City && x.mentionedFrom(p.Name, s.End) {
			return &p // "SACRED HEART PARISH, LEVUKA" above "the old Town Hall in Levuka": a small town the text names again
		}
	}
	words := strings.FieldsFunc(d.Outlet, func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' }) // "The Standard (Hong Kong)"
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			if p := city(strings.Join(words[i:i+n], " ")); p != nil {
				if !x.mentioned(p) && x.mainCity() != nil {
					return nil // "Duma FM" on a strike in Lobatse: a station's name, not Syria's Douma
				}
				return p
			}
		}
	}
	for n := 2; n >= 1; n-- {
		for i := 0; i+n <= len(words); i++ {
			name := strings.Join(words[i:i+n], " ")
			if p, ok := place(pr, name); ok && p.Kind == City && Fold(p.Name) == Fold(name) && x.mentionedFrom(p.Name, 0) && x.mainCity() == nil {
				return &p // the "Oamaru Mail" on "Oamaru Harbour": a small town the story names too, and no other
			}
		}
	}
	return nil
}

// mentionedFrom reports whether a mention from offset off on has the text name,
// whatever its case.
func (x *ectx) mentionedFrom(name string, off int) bool {
	for _, m := range x.d.Mentions {
		if m.Start >= off && Fold(m.Text) == Fold(name) {
			return true
		}
	}
	return false
}

// mentioned reports whether the text names city p, as a place or as an
// organisation ("Bristol's mayor").
func (x *ectx) mentioned(p *Place) bool {
	if count, _ := x.cityCounts(); count[p.Key()] > 0 {
		return true
	}
	for _, m := range x.d.Mentions {
		if Fold(m.Text) == Fold(p.Name) {
			return true
		}
	}
	return false
}

// place resolves name, or "the" name, with pr (nil: no gazetteer).
func place(pr PlaceResolver, name string) (Place, bool) {
	if pr == nil {
		return Place{}, false
	}
	if p, ok := pr.Place(name); ok {
		return p, true
	}
	if p, ok := pr.Place("the " + name); ok {
		return p, true
	}
	return Place{}, false
}

// placeKnown reports whether the gazetteer places name.
func placeKnown(pr PlaceResolver, name string) bool {
	_, ok := place(pr, name)
	return ok
}

// placeNamedAlone reports whether the article names name as a place of
// its own: a location mention with that text alone.
func placeNamedAlone(d *Doc, name string) bool {
	for _, m := range d.Mentions {
		if m.Kind == Location && m.Text == name {
			return true
		}
	}
	return false
}

// nearKm returns the distance between two places in kilometres, on a
// sphere.
func nearKm(a, b Place) float64 {
	const r = 6371.0
	la1, la2 := a.Latitude*math.Pi/180, b.Latitude*math.Pi/180
	dla, dlo := la2-la1, (b.Longitude-a.Longitude)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// nameParticles are the lower-case words inside place names.
var nameParticles = wordSet(`es de do da del dos das di al el la le of`)

// dateline reads a place from the start of the article: "WASHINGTON (AP) —",
// "New Delhi, Sept 8:", "Rabat –".
func dateline(d *Doc, pr PlaceResolver) *Place {
	if len(d.Sentences) == 0 {
		return nil
	}
	var unknown *Place
	body := 0 // sentences read that are not header lines
	for si := 0; si < len(d.Sentences) && body < 3; si++ {
		s := d.Sentences[si]
		ownLine := si == 0 || newlineBefore(d, s.First) && (si+1 == len(d.Sentences) || newlineBefore(d, d.Sentences[si+1].First))
		if !ownLine || !allCaps(d.Text[s.Start:s.End]) {
			body++ // "PRESS RELEASE" and "MZUZU CENTRAL HOSPITAL" above "Mzuzu, 12 March 2025 — ..." are headers
		}
		k := s.First
		for k < s.Last && k < s.First+4 && (isCap(d.Tokens[k].Text) || k > s.First && k+1 < s.Last && nameParticles[d.Tokens[k].Text] && isCap(d.Tokens[k+1].Text)) {
			k++ // "Dar es Salaam", "Port of Spain"
		}
		if k == s.Last && ownLine && s.Last-s.First <= 3 && allCaps(d.Text[s.Start:s.End]) {
			// "CHENNAI" on a line of its own above the story, or below its
			// headline
			if p, ok := place(pr, strings.Title(strings.ToLower(d.Text[s.Start:s.End]))); ok { //nolint:staticcheck // ASCII place names
				return &p
			}
			continue
		}
		if k == s.First || k >= s.Last {
			continue
		}
		next := d.Tokens[k].Text
		if next != "(" && !datelineDashes[next] && next != "," && next != ":" && !startsDigit(next) &&
			!(next == "." && k == s.Last-1) && // "Dar es Salaam. Tanzania and Zambia have ..."
			!(next == "." && k+1 < s.Last && datelineDashes[d.Tokens[k+1].Text]) { // "SANTO DOMINGO.- President"
			continue
		}
		name := d.Text[d.Tokens[s.First].Start:d.Tokens[k-1].End]
		if dayAbbrevs[lower(name)] || dateWords[lower(name)] || monthNumber(lower(name)) > 0 {
			continue // "Mon, Dec 8 — 6.40am": a log's entry, no place
		}
		caps := allCaps(name)
		if caps {
			name = strings.Title(strings.ToLower(name)) //nolint:staticcheck // ASCII place names
		}
		if p, ok := place(pr, name); ok {
			p = writtenAs(p, name) // "HAWASSA —" for Awasa
			return &p
		}
		if caps && datelineDashes[next] && unknown == nil && k-s.First <= 2 && strings.Contains(d.Text[d.Tokens[k].End:], name) {
			// "KINDERSLEY — ... Kindersley town council": a town the
			// gazetteer does not know, named again in the story, unless a
			// known place follows
			unknown = &Place{Name: name, Kind: City, City: name}
		}
	}
	return unknown
}

// dayAbbrevs are the short names of weekdays: "Mon, Dec 8".
var dayAbbrevs = wordSet(`mon tue tues wed thu thur thurs fri sat sun`)

// datelineDashes close a dateline: "WASHINGTON (AP) —", "Rabat –", "TUNIS -".
var datelineDashes = map[string]bool{"—": true, "–": true, "-": true, "--": true}

// paraDatelines returns the datelines that open paragraphs after the first,
// as roundups and newsletters give each item its own: "CEBU CITY,
// Philippines - ...", "TUNIS - ...", "KYIV (Reuters) -". Only a name in
// capitals that the gazetteer places as a city counts: "Paris, the capital,
// ..." opens no item.
func paraDatelines(d *Doc, pr PlaceResolver) []placeRef {
	var out []placeRef
	for si, s := range d.Sentences {
		if si == 0 || !newlineBefore(d, s.First) {
			continue
		}
		k := s.First
		for k < s.Last && k < s.First+4 && isCap(d.Tokens[k].Text) {
			k++
		}
		if k == s.First || k+1 >= s.Last {
			continue
		}
		if t := d.Tokens[k].Text; t != "," && t != "(" && !datelineDashes[t] {
			continue
		}
		name := d.Text[d.Tokens[s.First].Start:d.Tokens[k-1].End]
		if !allCaps(name) || len(name) < 3 {
			continue
		}
		if p, ok := place(pr, strings.Title(strings.ToLower(name))); ok && p.Kind == City { //nolint:staticcheck // ASCII place names
			out = append(out, placeRef{s.First, k, p})
		}
	}
	return out
}

// at returns the events triggered at token k of sentence si.
func (x *ectx) at(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	w := x.low[k]
	if invitationNouns[w] || requestNouns[w] && (x.forMeeting(k, s) >= 0 || k+2 < s.Last && x.low[k+1] == "to" && triggers[x.low[k+2]].base || x.requestFromTo(k, s) > 0) {
		return x.refusedInvitation(si, k) // "turned down his request for a meeting"
	}
	if tr, ok := triggers[w]; ok && (tr.nominal || tr.base) && x.requested(k, s) {
		return nil // "rejected a proposal from X for a meeting with Y", "declined a request from X to meet with them": the refused request's event
	}
	if w == "invited" {
		return x.declinedInvite(si, k)
	}
	if w == "appointment" && (k+1 >= s.Last || x.low[k+1] != "with") {
		return nil // "the appointment of X as minister": a naming; "an appointment with X" is a meeting
	}
	if tourVerbs[w] && k > s.First {
		if ev := x.shownAround(si, k); ev != nil {
			return []Event{*ev}
		}
	}
	if showWords[w] && k > s.First {
		if ev := x.showedAround(si, k); ev != nil {
			return []Event{*ev} // "had shown Mr Lebrun round the north quay"
		}
	}
	if w == "asked" || w == "asks" || w == "ask" || w == "asking" {
		return x.askedFor(si, k)
	}
	if (w == "call" || w == "calls") && x.refAt[k] < 0 {
		if evs := x.callMadeTo(si, k); evs != nil {
			return evs // "the call Mr Tusk made to Volodymyr Zelensky"
		}
	}
	if appearWords[w] {
		return x.appearedBefore(si, k) // "appeared as a delegation before A, B and C"
	}
	if w == "credentials" || w == "credence" {
		return x.credentials(si, k) // "presented his letters of credence to President X"
	}
	if mealNouns[w] && x.refAt[k] < 0 {
		if evs := x.takenTo(si, k); evs != nil {
			return evs // "took Robert Jenrick and James Cleverly to lunch"
		}
	}
	if mealNouns[w] && x.mealOfVerb(k, s) {
		return nil // "sat down with A and B over breakfast": the verb's meeting
	}
	tr, ok := triggers[w]
	if !ok && messageVerbs[w] && k+1 < s.Last && x.low[k+1] == "to" {
		tr, ok = trigger{typ: Call}, true
	}
	if !ok && goToWords[w] && x.homeOf(k, s) >= 0 && !x.refusedToSee(k, s) {
		tr, ok = trigger{typ: Meeting, direct: true}, true // "came to her house", "went to X's office"
	}
	signAt := k // the verb of signing, read by agreementSigned
	if !ok && w == "put" && k+3 < s.Last && possessives[x.low[k+1]] && (x.low[k+2] == "names" || x.low[k+2] == "signatures") && x.low[k+3] == "to" {
		// "A and B put their names to the accord": they signed it together
		tr, ok, w, signAt = triggers["signed"], true, "signed", k+3
	}
	if !ok && shakeWords[w] && k+1 < s.Last && x.low[k+1] == "hands" {
		// "Mitsotakis and Evert shake hands", "shook hands with X": they met
		tr, ok = trigger{typ: Meeting, symmetric: true, base: w == "shake"}, true
	}
	if !ok || x.refAt[k] >= 0 {
		return nil
	}
	if tr.typ == Meeting && meetWords[w] && x.contest(s) {
		return nil // "Alcaraz meets Sinner in the semifinals": a match
	}
	if w == "visit" || w == "call" {
		if ev := x.paidAVisit(si, k); ev != nil {
			return []Event{*ev} // "Delia Irish paid her a visit at her home"
		}
	}
	if tr.nominal {
		if ev := x.attendedWith(si, k, tr); ev != nil {
			return []Event{*ev} // "the Quad meeting he attended in Washington with A, B and C"
		}
	}
	if tr.typ == Meeting && (meetWords[w] || tr.nominal) {
		if ev := x.chairedBody(si, k, tr); ev != nil {
			return []Event{*ev} // "The joint commission met in Accra, co-chaired by A and B"
		}
	}
	if (w == "walked" || w == "walks" || w == "walk") && k+1 < s.Last && (x.low[k+1] == "out" || x.low[k+1] == "away" || x.low[k+1] == "off" || x.low[k+1] == "to" || x.low[k+1] == "into") {
		return nil // "walked out of the meeting with X": a walk-out, not a walk with X
	}
	if (w == "called" || w == "calling") && k+1 < s.Last && (x.low[k+1] == "in" || x.low[k+1] == "up") && !(k+2 < s.Last && dateWords[x.low[k+2]]) {
		return nil // "called in midfielder X", "called up X": summoned to a squad
	}
	if tellWords[w] && k > s.First && beWords[x.low[k-1]] {
		return nil // "was told": the teller is elsewhere
	}
	if tellWords[w] && k+2 < s.Last && (x.low[k+1] == "the" || x.low[k+1] == "a") && (hearers[x.low[k+2]] || audienceNouns[x.low[k+2]]) {
		return nil // "told the court the manager, X, would say ...": evidence to a court, no call
	}
	askedNo := false
	if x.asked(k, s) {
		if !x.answeredNo(k, s) {
			return nil // a question, not a plan
		}
		askedNo = true // "Asked whether he had met X, he said he had not"
	}
	if tellWords[w] && x.toldTheWriter(k, s) {
		return nil // "Mr Laville tells me he spoke with X": what the writer was told, no call
	}
	if tellWords[w] && x.atPressEvent(s) {
		return nil // "I put the question to X at a press briefing; he told me": a reporter's answer, no call
	}
	if w == "called" && k+1 < s.Last && x.low[k+1] == "by" && x.nominalBefore(k, s) >= 0 {
		return nil // "a meeting of the board called by X": convened, no phone call
	}
	if (w == "caught" || w == "catch" || w == "catches") && !(k+2 < s.Last && x.low[k+1] == "up" && x.low[k+2] == "with") {
		return nil // "caught the train", "catch up on sleep"; "caught up with X" is a meeting
	}
	if handWords[w] && !x.handedTo(k, s) {
		return nil // "presented a plan", "handed out leaflets"; but "presented the report to the Speaker, X"
	}
	if bringWords[w] && !x.together(k, s) {
		return nil // "brought a message", "bring peace"
	}
	signers := -1 // "The MoU was signed at the resort by A and B": the "by"
	if w == "signed" {
		signers = x.signedBy(k, s)
	}
	if (w == "signed" || w == "sign") && !x.agreementSigned(signAt, s) && signers < 0 {
		return nil // "signed the bill", "signed a decree": no one signs with them
	}
	if speakTriggers[w] && k+2 < s.Last && (x.low[k+1] == "to" || x.low[k+1] == "with") &&
		(pressWords[x.low[k+2]] || x.low[k+2] == "the" && k+3 < s.Last && pressWords[x.low[k+3]]) {
		return nil // "planned to speak to the media": a statement, not a call
	}
	if tr.nominal && k > s.First && leadVerbs[x.low[k-1]] && (k+1 >= s.Last || x.low[k+1] != "with" && x.low[k+1] != "between") {
		return nil // "who has been leading talks on policing": a negotiator's job, no meeting
	}
	if tr.nominal && tr.typ == Meeting && x.discussedSession(k, s) {
		return nil // "with whom he discussed fuel and the next session of the commission": a topic
	}
	if tr.nominal && x.briefedOn(k, s) {
		return nil // "briefed Prime Minister Kishida on the outcomes of the Quad meeting": a topic
	}
	if speakTriggers[w] && x.interviewed(si, k) {
		return nil // "X spoke to Y in his office. The interview has been edited": Y interviewed X
	}
	if hostParticiples[w] && k+1 < s.Last && x.low[k+1] == "by" && k > s.First && (triggers[x.low[k-1]].nominal || joinNouns[x.low[k-1]]) {
		return nil // "a summit hosted by Orbán": the summit's host, read by joins
	}
	if w == "joined" && !x.passive(k) {
		if x.refAt[k+1] >= 0 && x.remoteAfter(k, s) {
			// "Sybiha joined Kallas and the 27 ministers by video link": a call
			subj, _ := x.leftGroup(k, s.First, true)
			obj, _ := x.rightGroup(k+1, s.Last)
			if parts := x.people(append(subj, obj...)); len(subj) > 0 && len(parts) >= 2 {
				ev := Event{Type: Call, Participants: parts, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
				ev.Status = x.status(k, s.First, s, triggers[w])
				ev.Date = x.date(si, k, ev.Status == Planned)
				return []Event{ev}
			}
		}
		if x.refAt[k+1] >= 0 || k+2 < s.Last && possessives[x.low[k+1]] && x.refAt[k+2] >= 0 {
			// "Idris joined al-Burhan, his deputy A and council member B for
			// a four-hour session": a meeting with them
			obj, e := x.rightGroup(k+1, s.Last)
			if e < s.Last && x.low[e] == "for" {
				if n := x.findWordIn(e+1, minInt(s.Last, e+6), triggerSet); n > 0 && triggers[x.low[n]].nominal && triggers[x.low[n]].typ == Meeting && x.refsIn(e+1, n) == nil &&
					x.findWord(e+1, n, "the", "that", "this", "his", "her", "their", "its") < 0 { // (not "joined Lee for the meeting": the one told before)
					subj, _ := x.leftGroup(k, s.First, true)
					if parts := x.people(append(subj, obj...)); len(subj) > 0 && len(parts) >= 2 {
						ev := Event{Type: Meeting, Participants: parts, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
						ev.Status = x.status(k, s.First, s, triggers[w])
						ev.Date = x.date(si, k, ev.Status == Planned)
						ev.Place = x.placeOf(k, s.First, s, false)
						return []Event{ev}
					}
				}
			}
		}
		return nil // "X joined Y in calling for", "joined X as the only catchers": not a meeting; "was joined by X" is
	}
	if tr, ok := triggers[w]; ok && tr.nominal && strings.HasSuffix(w, "s") && k > s.First && (x.low[k-1] == "both" || x.low[k-1] == "these" || x.low[k-1] == "those" ||
		numberWord(x.low[k-1]) > 1 && k-1 > s.First && x.low[k-2] == "the") {
		return nil // "to report back on both meetings", "the two meetings": those told before
	}
	// "phone call": the noun after the modifier is the trigger.
	if w == "conference" && (k == s.First || x.low[k-1] != "video" && x.low[k-1] != "phone" && x.low[k-1] != "telephone") {
		return nil // a conference is a gathering, not a call
	}
	if (w == "exchanged" || w == "exchanging") && x.findWord(k+1, minInt(s.Last, k+4), viewNouns...) < 0 {
		return nil // "exchanged fire", "exchanged letters": nothing said face to face
	}
	if spendWords[w] && !x.spentWith(k, s) {
		return nil // "spent $2 billion", "spent the weekend in Paris"
	}
	if (w == "phone" || w == "telephone" || w == "video" || w == "bilateral" || w == "trilateral" || w == "one-on-one") && k+1 < s.Last {
		if _, ok := triggers[x.low[k+1]]; ok {
			return nil // "bilateral talks": the noun is the trigger
		}
		if k+2 < s.Last && (x.low[k+1] == "trade" || x.low[k+1] == "security" || x.low[k+1] == "investment" || x.low[k+1] == "defence" || x.low[k+1] == "defense") {
			if _, ok := triggers[x.low[k+2]]; ok {
				return nil // "bilateral trade talks"
			}
		}
		if (w == "bilateral" || w == "trilateral") && !(k > s.First && (determiners[x.low[k-1]] || x.low[k-1] == "first" || x.low[k-1] == "brief" || x.low[k-1] == "formal" || x.low[k-1] == "planned" ||
			k-1 > s.First && (x.low[k-2] == "a" || x.low[k-2] == "an") && isLowerWord(x.d.Tokens[k-1].Text) && k+1 < s.Last && x.low[k+1] == "with")) { // "held a short bilateral with X"
			return nil // "bilateral relations": an adjective; "a bilateral with": the noun
		}
		if n := x.low[k+1]; (w == "bilateral" || w == "trilateral") && isLowerWord(x.d.Tokens[k+1].Text) && !prepositions[n] && !boundaries[n] &&
			!finiteVerb(n) && !strings.HasSuffix(n, "ed") && !beWords[n] && n != "between" && !(k+2 < s.Last && (x.low[k+2] == "between" || x.low[k+2] == "with")) {
			return nil // "the bilateral intergovernmental commission": an adjective still
		}
	}
	if (w == "sit" || w == "sat" || w == "sits" || w == "sitting" || w == "seated") && (k+1 >= s.Last || x.low[k+1] != "down" || w == "seated") &&
		!(k+2 < s.Last && x.low[k+1] == "with" && x.personIn(k+2, minInt(s.Last, k+6))) && !(x.besidePerson(k+1, s) && !x.seatedAtTold(si, k)) &&
		!(w != "seated" && x.satTogether(k+1, s)) {
		return nil // "sat down with X", "sat with Donald Trump in the Oval Office", "sitting alongside X"; not "sat on the board"
	}
	if k > s.First && isCap(d.Tokens[k].Text) && isCap(d.Tokens[k-1].Text) && x.refAt[k-1] < 0 && !x.headline(s) {
		return nil // a name: "the Solidarity Meeting for Sarajevo", "the Earth Summit"
	}
	if (w == "host" || w == "hosts") && k > s.First {
		// "CNN host Jake Tapper", "the host": a noun, a role.
		pt := d.Tokens[k-1].Text
		if pw := lower(pt); determiners[pw] || isPossessiveClitic(pw) || isCap(pt) && x.refAt[k-1] < 0 {
			return nil
		}
	}
	aside := -1 // "did speak, by satellite phone, to his wife"
	if k+1 < s.Last && x.low[k+1] == "," {
		aside = x.byPhoneAside(k+1, s.Last)
	}
	withPrep := tr.nominal || tr.direct || x.followedBy(k, s, "with", "to") || x.besidePerson(k+1, s) && !x.seatedAtTold(si, k) ||
		aside > 0 && x.followedBy(aside, s, "with", "to")
	if x.calledOn(k, s) && x.exhorts(k, s) || x.calledFor(k, s) {
		return nil // "called on Putin to accept a ceasefire", "called for the resignation of X": appeals
	}
	// "Talks" in a headline or "held talks": fine; "the call" as a verb needs a person.
	var groups [][]int
	subjStart := k
	dashed := false // the people are named before the noun: "the Ruto–Museveni meeting"
	if signers >= 0 {
		g, _ := x.rightGroup(x.skipRole(signers+1, s.Last), s.Last)
		if len(x.people(g)) < 2 {
			g = x.apposedPair(signers+1, s) // "by A, director general of X (ONHYM), and B, group chief executive of Y"
		}
		if len(x.people(g)) < 2 {
			return nil
		}
		groups = append(groups, g)
	} else if between := x.betweenAfter(k, s); tr.nominal && (between >= 0 || x.ofPeople(k, s) > 0) {
		if between < 0 {
			between = k + 1 // "a trilateral meeting of A, B and C"
		}
		g, _ := x.rightGroup(x.skipRole(x.appositionStart(between+1, s.Last), s.Last), s.Last) // "between Russian peacemaker Alexander Lebed and ...
		if b := between + 1; len(g) == 0 && b+2 < s.Last && (x.low[b] == "the" && x.low[b+1] == "two" && !isWordish(x.d.Tokens[b+2].Text) || x.low[b] == "the" && x.low[b+1] == "two" && (auxWords[x.low[b+2]] || beWords[x.low[b+2]]) || x.low[b] == "them") {
			// "A settlement meeting between the two had been set": the two
			// the sentence before named
			if p := x.peopleBefore(si); len(p) == 2 {
				g = p
			}
		}
		if len(g) > 0 {
			g = append(g, x.mediators(k, x.refs[g[len(g)-1]].last, s)...)
			if v := x.attendedNoun(k, s); v > s.First {
				// "X did not attend a meeting in Luxembourg between Gulf
				// foreign ministers and Y": X was to be there too
				if sj, _ := x.leftGroup(v, s.First, true); len(sj) > 0 {
					g = append(g, sj...)
				}
			}
		}
		groups = append(groups, g)
	} else {
		var subj []int
		if tr.nominal && k > s.First && x.low[k-1] == "their" {
			subj, subjStart = x.clausePeople(k, s) // "thanked X during their meeting"
		}
		if tr.nominal && subj == nil {
			if g := x.dashedNames(k, s); len(g) > 1 {
				subj, subjStart = g, k-1 // "the Ruto–Museveni meeting"
				if x.refAt[k-1] >= 0 {
					subjStart = x.refs[g[0]].first
				}
				dashed = true
			}
		}
		if tr.nominal && subj == nil {
			if p, at := x.possessor(k, s.First); p >= 0 {
				subj, subjStart = []int{p}, at
				if sj, at2 := x.leftGroup(at, s.First, true); len(sj) > 0 && x.participates(at2, at) {
					subj = append(subj, sj...)
				}
			}
		}
		if subj == nil && x.gerundOfPrep(k, s.First) {
			subj, subjStart = x.sentenceSubject(k, s)
		}
		if c := x.openingParticiple(k, s); subj == nil && c > 0 {
			subj, subjStart = []int{x.refAt[x.skipRole(c+1, s.Last)]}, c+1 // "Meeting X on Tuesday, Y said"
		}
		counted := false // "said the two men met": they, not the person before "said"
		if subj == nil && !tr.nominal {
			if at := x.countedSubject(k, s); at >= 0 {
				subj, subjStart, counted = x.pluralSubject(k, s), at, true
			}
		}
		if subj == nil && !counted && !tr.nominal {
			subj, subjStart = x.dashedSubject(k, s) // "three of us – myself, A and B – met X"
		}
		if subj == nil && !counted {
			subj, subjStart = x.leftGroup(k, s.First, false)
			if tr.nominal && len(subj) == 1 && (x.low[subjStart] == "him" || x.low[subjStart] == "them") && x.refs[subj[0]].last == subjStart+1 &&
				subjStart > s.First && isLowerWord(x.d.Tokens[subjStart-1].Text) && !prepositions[x.low[subjStart-1]] {
				subj = nil // "to update them on preparations for the talks": an object, not the talks' subject
			}
		}
		if a := x.afterPhrase(k, s); tr.nominal && a > s.First && !counted {
			// "Rubio called Trump after talks with Yermak", "briefed Trump by
			// phone on Tuesday after nine hours of talks with": the talks are
			// the main clause's subject's, not its object's
			object := false
			if len(subj) > 0 && x.refs[subj[len(subj)-1]].last <= a {
				f := x.refs[subj[0]].first
				object = f > s.First && isLowerWord(x.d.Tokens[f-1].Text) && (finiteVerb(x.low[f-1]) || isTrigger(x.low[f-1]) || strings.HasSuffix(x.low[f-1], "ed"))
			}
			if g, at := x.mainSubject(frontedEnd(x.d, s), s); (object || len(subj) == 0) && len(g) > 0 && x.refs[g[len(g)-1]].last < a {
				subj, subjStart = g, at
			}
		}
		if subj == nil && !counted {
			subj, subjStart = x.relativeThey(k, s) // "A and B flew to Lisbon, where they sat down with C"
		}
		if subj == nil && !counted && !tr.nominal {
			subj, subjStart = x.ledGroupSubject(k, s) // "The mission was led by A, with B. ... the mission met C"
		}
		if subj == nil && !counted && !tr.nominal {
			subj, subjStart = x.weSubject(k, s) // "Tomasz and I flew to Shenzhen. ... The following day we sat down with C"
		}
		if h := x.havingNoun(k, s); subj == nil && !counted && tr.nominal && h > 0 {
			subj, subjStart = x.weSubject(h, s) // "We have a meeting with X next week"
		}
		if tr.nominal && len(subj) == 1 && subjStart-1 > s.First && (x.low[subjStart-1] == "with" || x.low[subjStart-1] == "to" || x.objectVerb(subjStart-1)) && x.duringCall(k, x.refs[subj[0]].last) {
			// (and "congratulated X in a phone call", "invited X to visit
			// Paris during a call", "assured X of her support by phone")
			// "raised the project with Abiy Ahmed during a phone call": the
			// clause's subject and Abiy
			if g, _ := x.leftGroup(subjStart-1, s.First, true); len(g) > 0 && !containsInt(g, subj[0]) {
				subj = append(g, subj...)
			}
		}
		if tr.nominal && len(subj) > 0 && subjStart-1 > s.First && x.low[subjStart-1] == "joined" && !x.passive(subjStart-1) {
			// "X joined Y and Z on a video call": X took part too
			g, _ := x.leftGroup(subjStart-1, s.First, true)
			subj = append(g, subj...)
		}
		if subj == nil && tr.nominal && x.frontedNoun(k, s) && !x.anchorNoun(k, s) && !(x.agendaEntry(si) && x.noVerb(s)) {
			// "In a phone call with Putin on Monday, Trump said": the
			// participants are the main clause's subject.
			subj, subjStart = x.mainSubject(x.frontedClauseEnd(k, s), s)
		}

		if subj == nil && tr.nominal && k > s.First && x.low[k-1] == "for" {
			// "X arrived at the village, 20 km (12 miles) south of Grozny, for discussions with Y"
			subj, subjStart = x.sentenceSubject(k, s)
		}
		if len(subj) > 0 && x.journalist(subjStart, x.refs[subj[0]].last) {
			subj = nil // "CNN's Jake Tapper spoke with X": an interview
		}
		if tr.nominal && len(subj) > 0 {
			// "A accompanied President B to Accra for talks with C": A too
			v := x.refs[subj[0]].first - 1
			for v > s.First && (titleWords[x.low[v]] && isCap(x.d.Tokens[v].Text) || x.low[v] == "the" || x.low[v] == ",") {
				v--
			}
			if v > s.First && accompanyWords[x.low[v]] && strings.HasPrefix(x.low[v], "accompan") && !x.passive(v) && x.refs[subj[len(subj)-1]].last < k {
				if g, _ := x.leftGroup(v, s.First, true); len(g) > 0 && !containsInt(subj, g[0]) {
					subj = append(g, subj...)
				}
			}
		}
		var byObj []int
		if by := x.grantedBy(k, s); subj == nil && (tr.nominal || k > s.First && (determiners[x.low[k-1]] || x.low[k-1] == "courtesy")) && by > 0 {
			// "A courtesy call by X on Y", "a visit by X to Y", "an audience
			// granted on Monday by X to Y": the agent, then the one visited
			if g, e := x.rightGroup(x.skipRole(by+1, s.Last), s.Last); len(g) > 0 && e+1 < s.Last && (x.low[e] == "on" || x.low[e] == "to" || x.low[e] == "with") {
				if o, _ := x.rightGroup(x.skipRole(e+1, s.Last), s.Last); len(o) > 0 {
					subj, subjStart, byObj = g, by+1, o
				}
			}
		}
		obj := byObj
		if g := x.arrangedWith(k, s.Last, tr); len(g) > 1 {
			// "A session she had scheduled with X was cancelled", "Y said a
			// meeting he had arranged with X fell through": the arranger,
			// not the sentence's subject
			subj, subjStart, obj = g[:1], x.refs[g[0]].first, g[1:]
		}
		if withPrep && obj == nil {
			obj = x.objects(k, s.Last, tr)
		}
		if len(obj) == 0 && len(subj) > 0 && subjStart-4 >= s.First && x.low[subjStart-1] == "whom" && x.low[subjStart-2] == "with" &&
			x.low[subjStart-3] == "," && x.refAt[subjStart-4] >= 0 {
			obj = []int{x.refAt[subjStart-4]} // "President X, with whom he held a telephone conversation on Monday"
		}
		if len(obj) == 0 && len(subj) > 0 && tr.direct && !tr.nominal && subjStart-3 >= s.First && x.low[subjStart-1] == "whom" && x.low[subjStart-2] == "," &&
			x.refAt[subjStart-3] >= 0 {
			obj = []int{x.refAt[subjStart-3]} // "X, whom Y met on Tuesday, said"
		}
		if w == "called" && len(obj) > 0 && x.low[k+1] != "on" {
			// (not "called on X the next morning": a visit, at a time)
			if e := x.refs[obj[len(obj)-1]].last; e < s.Last && (isQuote(x.low[e]) || x.low[e] == "a" || x.low[e] == "an" || x.low[e] == "the" && !x.theNextDay(e, s)) {
				obj = nil // "called the president 'my friend'", "called him a liar": naming
			}
		}
		if len(obj) == 0 && tr.direct && !tr.nominal {
			obj = x.countedObject(k, s, x.people(subj)) // "received the three ministers"
		}
		if n := x.groupNounAfter(k, s); len(obj) == 0 && tr.direct && !tr.nominal && n > 0 {
			// "to meet the three deacons", after "the deacons — A, B and C —"
			for _, r := range x.listedGroup(x.low[n], k) {
				if !containsInt(x.people(subj), x.refs[r].ent) {
					obj = append(obj, r)
				}
			}
		}
		if subj == nil && len(obj) > 0 && (tr.direct && !tr.nominal || tr.nominal && x.findWordBack(maxInt(s.First, k-4), k, "held", "had", "hold") > s.First) {
			h := k // "The leaders then held a video call with X": the subject of "held"
			if tr.nominal {
				h = x.findWordBack(maxInt(s.First, k-4), k, "held", "had", "hold")
			}
			if g := x.pluralSubjectGroup(h, s); len(g) > 0 {
				subj, subjStart = g, k // "They met X": the group was named before this sentence
			}
		}
		if len(obj) == 0 && w == "audience" && k+1 < s.Last && x.low[k+1] == "by" {
			obj, _ = x.rightGroup(x.skipRole(k+2, s.Last), s.Last) // "was granted an audience by the King"
		}
		if len(obj) == 0 && mealNouns[w] {
			obj = x.guests(k, s) // "hosted a dinner for X", "a luncheon in honour of X"
		}
		if seeWords[w] && (len(obj) == 0 || !x.seeComplement(x.refs[obj[len(obj)-1]].last, s) && !x.wentToSee(k, s)) {
			obj = nil // "saw Putin as a threat", "see Trump win"
		} else if tourWords[w] || visitWords[w] && len(obj) == 0 && x.visitedTogether(k, s) || w == "signed" || w == "sign" || discussWords[w] || spendWords[w] ||
			(w == "exchanged" || w == "exchanging") && len(obj) == 0 || // "exchanged views with X"
			mealNouns[w] && len(obj) == 0 && (x.mealTaken(k, s) || k == s.First && x.diarist(k, s) >= 0) { // "had dinner at a restaurant in Kallio with X"; a diary's "Lunch in Leith with X"
			reach := 11
			if tourWords[w] {
				reach = 24 // the sites toured make a long list: "toured the Talanta site and the renovated Moi International Sports Centre in Kasarani with X"
			}
			j := x.findWord(k+1, minInt(k+reach, s.Last), "with")
			if c := x.findWord(k+1, minInt(k+reach, s.Last), "company"); tourWords[w] && (j < 0 || c < j) && c > k+2 && c+2 < s.Last && x.low[c-2] == "in" && x.low[c-1] == "the" && x.low[c+1] == "of" {
				obj, j = x.listFrom(x.skipRole(c+2, s.Last), s), -1 // "toured the stadium in the company of A and the minister, B"
			}
			if j > 0 && x.findWordIn(k+1, j, boundaries) < 0 && (j-k <= 11 || x.findWord(k+1, j, ",") < 0) && (!mealNouns[w] || x.findWord(k+1, j, ",") < 0) {
				obj = x.objects(j-1, s.Last, tr) // "toured the arena with X", "discussed the plan with X"
				if len(obj) == 0 {
					obj = x.including(j+1, s) // "had breakfast with a group of tycoons that included X and Y"
				}
			}
		}
		group := false // the objects are members of a group met at once
		if len(obj) > 0 {
			obj = append(obj, x.including(x.refs[obj[len(obj)-1]].last, s)...)
			obj = append(obj, x.togetherWith(x.refs[obj[len(obj)-1]].last, s)...)
		} else if tr.direct && !tr.nominal || speakTriggers[w] && x.findWord(k+1, minInt(k+6, s.Last), "with", "to") > 0 {
			obj = x.including(k+1, s) // "met European leaders in Paris, including X and Y", "spoke with vendors, among them X"
			group = len(obj) > 1
		}
		separate := x.findWord(maxInt(s.First, k-4), minInt(k+2, s.Last), "separate", "separately") >= 0
		eachSubject := false // "A and B both managed their first encounter with X": each of them (but "both met X" may be at one table)
		if len(x.people(subj)) > 1 && len(obj) > 0 && tr.nominal && x.findWord(maxInt(s.First, k-3), k, "their") >= 0 {
			last := subjStart
			for _, r := range subj {
				last = maxInt(last, x.refs[r].last)
			}
			eachSubject = last < k && x.findWord(last, minInt(last+2, k), "both") >= 0
		}
		if len(obj) > 1 && x.findWordIn(x.refs[obj[0]].last, x.refs[obj[len(obj)-1]].first, sequenceWords) >= 0 {
			separate = true // "met A and then B"
		}
		if len(obj) > 1 {
			if e := x.refs[obj[len(obj)-1]].last; e < s.Last && (x.low[e] == "separately" || x.low[e] == "individually") {
				separate = true // "met A and B separately"
			}
			for i := 0; i+1 < len(obj); i++ {
				if a, b := x.refs[obj[i]].last, x.refs[obj[i+1]].first; a < b {
					if and := x.findWord(a, b, "and"); and > a && x.dateTokenIn(si, a, and) >= 0 && x.findWord(a, b, "including", "among") < 0 {
						separate = true // "met A on Monday and B on Tuesday"
					}
				}
			}
		}
		// An itinerary lists separate meetings: "X will meet President A and
		// Foreign Minister B" is X–A and X–B, not A–B.
		if len(subj) == 1 && len(obj) > 1 && !group && tr.typ == Meeting && !tr.nominal && !hostVerbs[w] && x.status(k, subjStart, s, tr) == Planned &&
			!x.togetherIn(obj) && x.officesBefore(obj) && !x.atOneVenue(x.refs[obj[len(obj)-1]].last, s) {
			// (but "meet X and his son Y", "meet X alongside Y", "meet Mr
			// Zardari and Mr Shah", "meet Dangote and Kyari": met together)
			separate = true
		}
		if len(obj) == 0 && tr.symmetric && len(x.people(subj)) < 2 || len(obj) > 0 && (x.numberedSubject(k, s) || counted || len(subj) == 0 && x.findWordIn(maxInt(s.First, k-6), k, pluralWords) >= 0 && x.hostedWith(k, s.Last, tr) == nil) {
			if pl := x.pluralSubject(k, s); pl != nil {
				subj = pl // "the two leaders met", "and the three met X", "both men are due to meet X"
				if len(obj) > 0 && (separate || x.apart(x.refs[obj[len(obj)-1]].last, s)) {
					// "Both men are due to meet X separately": each of them, apart
					for _, p := range pl {
						groups = append(groups, append([]int{p}, obj...))
					}
					subj, obj = nil, nil
				}
			}
		}
		spk := -1 // the speaker whose "that" clause the noun opens
		if len(subj) == 0 && tr.nominal {
			spk = x.speaker(k, s)
		}
		if len(subj) == 0 && tr.nominal && len(obj) > 0 && spk < 0 {
			if n := x.diarist(k, s); n >= 0 {
				subj = []int{n} // a diary's "Lunch in Leith with my editor, X": the writer's
			}
		}
		if len(subj) == 1 && len(obj) == 0 && !tr.nominal && tr.typ == Call && (w == "phoned" || w == "rang" || w == "telephoned" || w == "called" && x.calledWhen(k, s)) && !x.quoted[k] {
			if n := x.narratorRef(s); n >= 0 && x.refs[n].ent != x.refs[subj[0]].ent {
				obj = []int{n} // a diary's "Hemi phoned at 6.30 to say ...": phoned the writer
			}
		}
		if len(subj) > 0 && len(obj) == 0 && tr.nominal && x.attendedNoun(k, s) > s.First {
			obj = x.convenedBy(k, s) // "X will attend a meeting of the board called by its chairman, Y"
		}
		if len(subj) == 0 && !tr.nominal && len(obj) > 0 && spk < 0 {
			if n := x.elidedNarrator(k, s); n >= 0 {
				subj = []int{n} // a diary's "Rang the contractor, X, first thing": the writer did
			}
		}
		if len(obj) == 0 && tr.nominal && k+3 < s.Last && (x.low[k+1] == "at" || x.low[k+1] == "in" || x.low[k+1] == "during") && x.low[k+2] == "which" {
			// "the bloc held a video call in which A, B, C and D agreed":
			// those named in the relative clause took part
			l := x.listFrom(x.skipRole(k+3, s.Last), s)
			if len(l) > 0 && x.refs[l[len(l)-1]].last < s.Last && partakeWords[x.low[x.refs[l[len(l)-1]].last]] {
				l = nil // "in which A, B and C took part together with X": the joins read the whole party
			}
			if len(x.people(l)) > 1 || len(l) > 0 && len(subj) > 0 {
				obj = l
			}
		}
		withNext := x.low[k+1] == "with" // "a meeting with X"
		if wp := x.predicateWith(k, s); tr.nominal && len(subj) == 0 && len(obj) == 0 && wp > 0 {
			obj, withNext = x.objects(wp-1, s.Last, tr), true // "No meeting is planned for now with X"
		}
		switch {
		case bringWords[w] && len(x.broughtTogetherWith(k, s)) > 1:
			groups = append(groups, x.broughtTogetherWith(k, s)) // "The summit brings Xi together with A, B and C"
		case bringWords[w] && len(subj) == 0 && len(x.people(obj)) > 1 && x.low[k+1] != "together":
			groups = append(groups, obj) // "Tomorrow's session will bring A, B and C together"
		case bringWords[w] && x.low[k+1] == "together" && len(x.listFrom(k+2, s)) > 1:
			// "The summit brought together X, Y and Z", "was hosted by X and
			// brought together his counterparts A of Sweden, B of Finland ..."
			groups = append(groups, append(subj, x.listFrom(k+2, s)...))
		case eachSubject:
			for _, p := range subj {
				groups = append(groups, append([]int{p}, obj...))
			}
		case len(subj) > 0 && len(obj) > 0 && separate:
			for _, o := range obj {
				groups = append(groups, append(append([]int(nil), subj...), o))
			}
		case len(subj) > 0 && len(obj) > 0:
			groups = append(groups, append(subj, obj...))
		case len(subj) == 0 && len(x.people(obj)) > 1 && k+2 < s.Last && x.low[k+2] == "which":
			groups = append(groups, obj)
		case len(obj) == 0 && tr.symmetric && len(subj) > 1 && !x.purpose(k, s) && !x.pressObject(k, s) && !x.addressedGathering(k, s):
			groups = append(groups, subj)
		case len(subj) == 0 && len(x.people(obj)) > 1 && x.hostedWith(k, s.Last, tr) != nil:
			groups = append(groups, obj) // "after talks hosted by X with A and B": the host and the guests
		case len(subj) == 0 && tr.nominal && len(x.people(obj)) > 1 && x.low[k+1] == "with" && x.clauseSubject(k, s):
			groups = append(groups, obj) // "but a planned trilateral with A and B was dropped": A and B, at least
		case len(subj) == 0 && tr.nominal && len(obj) == 1 && x.low[k+1] == "with" && spk >= 0 &&
			x.refs[spk].ent != x.refs[obj[0]].ent && x.status(k, s.First, s, tr) != Occurred:
			// "Ibarra said at a news conference on Tuesday that a meeting
			// with X, scheduled for last week, was canceled": the speaker's
			groups = append(groups, []int{spk, obj[0]})
		case len(subj) == 0 && len(x.people(obj)) > 0 && x.scheduleLine(k, s):
			// "10:40 a.m.: Meets A, together with B and C." in a leader's
			// published schedule: the leader's meeting
			if pr := x.protagonistRef(k, obj[0]); pr >= 0 && !containsInt(x.people(obj), x.refs[pr].ent) {
				groups = append(groups, append([]int{pr}, obj...))
			}
		case len(subj) == 0 && tr.nominal && len(x.people(obj)) == 1 && withNext && x.clauseSubject(k, s) &&
			x.status(k, s.First, s, tr) != Occurred:
			// "A bilateral meeting with Japanese Prime Minister Shigeru
			// Ishiba, scheduled for Friday, was cancelled": the story's
			// protagonist's meeting (also with "the Minister of Public
			// Health, X": one person, twice named)
			o := obj[len(obj)-1]
			if pr := x.agendaOwner(s, o); pr >= 0 {
				groups = append(groups, []int{pr, o}) // "which had appeared on the cardinal's programme": his
			} else if pr := x.protagonistRef(k, o); pr >= 0 {
				groups = append(groups, []int{pr, o})
				x.guessed[d.Tokens[k].Start] = x.refs[pr].ent
			}
		}
		if tr.nominal && len(groups) == 1 {
			e := k + 1
			if len(obj) > 0 && x.refs[obj[len(obj)-1]].last > e {
				e = x.refs[obj[len(obj)-1]].last
			}
			groups[0] = append(groups[0], x.mediators(k, e, s)...) // "held talks with B, mediated by C"
		}
	}
	if len(groups) == 1 {
		for j := k + 1; j+3 < s.Last; j++ {
			if boundaries[x.low[j]] || x.low[j] == "to" && x.purposeTo(j, s.Last) {
				break // "to explain how he would use him alongside X": the purpose's
			}
			if x.low[j] == "alongside" && j > k+1 {
				// "met Rabuka at the Prime Minister's Office alongside Fiji's
				// Home Affairs Minister Pio Tikoduadua": one more at the table
				if g, _ := x.rightGroup(x.skipRole(j+1, s.Last), s.Last); len(g) > 0 {
					groups[0] = append(groups[0], g...)
					break
				}
			}
			if x.low[j] == "this" && x.low[j+1] == "time" && x.low[j+2] == "with" {
				// "the two men met again at Pell's house, this time with the accountant Graham Lusk"
				e := x.skipRole(j+3, s.Last)
				for e < s.Last && e < j+7 && x.refAt[e] < 0 && isLowerWord(x.d.Tokens[e].Text) && !boundaries[x.low[e]] {
					e++ // "the accountant"
				}
				g, _ := x.rightGroup(e, s.Last)
				groups[0] = append(groups[0], g...)
				break
			}
		}
	}
	var out []Event
	for gi, g := range groups {
		parts := x.people(g)
		if len(parts) < 2 {
			continue
		}
		ev := Event{Type: tr.typ, Participants: parts, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
		own := -1 // the token of a date told after this group's last person, before the next group's
		if len(groups) > 1 && len(g) > 0 {
			// "spoke with A on Tuesday and later with B, who chairs SADC,
			// on Wednesday": each meeting has the day told after its person
			next := s.Last
			if gi+1 < len(groups) && len(groups[gi+1]) > 0 {
				next = x.refs[groups[gi+1][len(groups[gi+1])-1]].first
			}
			own = x.dateTokenIn(si, x.refs[g[len(g)-1]].last, next)
		}
		if k > s.First {
			switch x.low[k-1] {
			case "phone", "telephone", "video", "telephoned", "virtual", "online", "remote":
				ev.Type = Call // "a telephone conversation", "a virtual meeting"
			case "courtesy":
				ev.Type = Meeting // "paid a courtesy call on X": a visit
			}
		}
		if x.calledOn(k, s) {
			ev.Type = Meeting // "called on the prime minister in Canberra": a visit
		}
		if ev.Type == Meeting && x.remoteAfter(k, s) {
			ev.Type = Call // "met X via video link", "held talks virtually"
		}
		ev.Status = x.status(k, subjStart, s, tr)
		if ev.Status == Occurred && x.gerundOfPlan(k, s) {
			ev.Status = Planned // "is due to meet X on Thursday, before flying to Dar es Salaam for talks with Y"
		}
		if askedNo {
			ev.Status = Negated
		}
		if np := subjStart - 1; dashed && ev.Status == Negated && np > s.First && (determiners[x.low[np]] || x.low[np] == "a") && prepositions[x.low[np-1]] && !x.cancelledAfter(k, s) {
			ev.Status = Occurred // "was not taking part in the Tikhomirov-Maskhadov talks": another's refusal
		}
		ev.Date = x.date(si, k, ev.Status == Planned)
		if own >= 0 {
			ev.Date = x.date(si, own, ev.Status == Planned)
		}
		if p := x.prevReported(si); ev.Date.Value == "" && p >= 0 && !x.quoted[k] && !x.ownTimeAnchor(s, k) && !x.otherEntry(k, p) &&
			(x.mentionsAny(d.Sentences[p], parts) || p <= 1 && ev.Status != Planned || p == si-1 && x.setsScene(p)) {
			// The sentence before names a participant, or is the lead, whose
			// date is that of the story: "Germany and Poland agreed on Friday
			// ... X and Y sealed the links during talks in Warsaw."
			ev.Date = x.date(p, d.Sentences[p].Last-1, ev.Status == Planned)
			if dd := x.dayIn(p); ev.Date.Value != "" && len(ev.Date.Value) < 10 && dd.Value != "" {
				ev.Date = dd // "X on Wednesday ordered ..., more than double the figure for the same period in 2024": the day, not the year compared
			}
			if n := x.dayAfterIn(s); n != 0 && len(ev.Date.Value) == len(time.DateOnly) {
				ev.Date.Value = shiftDay(ev.Date.Value, n) // "lent it to him on Friday. He phoned her the following day": Saturday
			}
			if ev.Status != Planned && ev.Date.Value != "" && !d.Published.IsZero() && ev.Date.Value > d.Published.Format(time.DateOnly)[:len(ev.Date.Value)] {
				// "X is due to meet Y next month. X did not meet Z in Milan": not
				// next month's; "sealed an alliance on Saturday, two weeks before
				// the April 13 runoff": Saturday
				ev.Date = x.pastDateIn(p)
			}
		}
		if askedNo && (ev.Date.Span.Start < s.Start || ev.Date.Span.End > s.End) {
			ev.Date = Date{} // what was denied has no day of the story's
		}
		if ev.Status == Occurred && len(ev.Date.Value) == 10 && !d.Published.IsZero() && ev.Date.Value > d.Published.Format(time.DateOnly) &&
			monthDay(ev.Date.Text) && x.pastTense(subjStart, k) {
			// "was received by Milei at the Casa Rosada on December 10" in a
			// July article: a day without a year, told in the past tense.
			if t, err := time.Parse(time.DateOnly, ev.Date.Value); err == nil {
				ev.Date.Value = t.AddDate(-1, 0, 0).Format(time.DateOnly)
			}
		}
		if ev.Status == Planned && len(ev.Date.Value) == 10 && !d.Published.IsZero() && ev.Date.Value < d.Published.Format(time.DateOnly) &&
			monthDay(ev.Date.Text) && !x.pastTense(subjStart, k) {
			// "will meet Jones on December 10" in a May article: the coming one.
			if t, err := time.Parse(time.DateOnly, ev.Date.Value); err == nil {
				ev.Date.Value = t.AddDate(1, 0, 0).Format(time.DateOnly)
			}
		}
		if ev.Status == Occurred && ev.Date.Value != "" && !d.Published.IsZero() && ev.Date.Value > d.Published.Format(time.DateOnly)[:len(ev.Date.Value)] {
			ev.Status = Planned
		}
		if p := x.placeOf(k, subjStart, s, ev.Type == Call); p != nil || ev.Type == Meeting && x.whenVisited(k, s) != nil {
			if p == nil {
				p = x.whenVisited(k, s) // "When X came to Kingston in March, he sat down with Y"
			}
			ev.Place = p
			if speakTriggers[w] && x.findWord(k+1, minInt(k+9, s.Last), "phone", "telephone", "video", "videoconference") < 0 {
				ev.Type = Meeting // "spoke with X in Ankara"; not "spoke by phone with X"
			}
		} else if speakTriggers[w] && ev.Type == Call && (x.atPremises(k, s) || x.inPersonCue(k, s)) {
			ev.Type = Meeting // "spoke to X, who runs a store, at his shop"; "talked with X over dinner", "on the sidelines of"
		}
		if callWords[w] && x.calledTo(k, s) {
			ev.Type = Meeting // "called X and Y to her department's offices in Pretoria": summoned
		}
		if briefWords[w] && x.briefedInPerson(k, s) {
			ev.Type = Meeting // "briefed X at the BCCI headquarters", "travel to Juba to brief X in person"
		}
		out = append(out, ev)
	}
	return out
}

// dateTokenIn returns the first token of a date of sentence si that starts
// in tokens [i, j), or -1.
func (x *ectx) dateTokenIn(si, i, j int) int {
	for _, dm := range x.dates[si] {
		if t := tokenAt(x.d, dm.Span.Start); t >= i && t < j && (dm.Value != "" || dm.Ahead != "") && !x.quoted[t] {
			return t
		}
	}
	return -1
}

// dashedNames returns the people of names joined by dashes before the
// meeting noun at k: "the Ruto–Museveni meeting", "the Putin-Trump summit".
// A hyphenated word counts only when each of its parts is the last word of
// a name in the article (not "Simeon-Okraku", one person's name); then the
// people are given by references elsewhere.
func (x *ectx) dashedNames(k int, s Sentence) []int {
	if k-1 <= s.First {
		return nil
	}
	if r := x.refAt[k-1]; r < 0 {
		parts := strings.Split(x.d.Tokens[k-1].Text, "-")
		if len(parts) < 2 || len(parts) > 3 {
			return nil
		}
		var g []int
		for _, p := range parts {
			r := x.surnameRef(p)
			if r < 0 {
				return nil
			}
			g = append(g, r)
		}
		if len(x.people(g)) < len(parts) {
			return nil
		}
		return g
	}
	var g []int
	e := k
	for e-1 > s.First && x.refAt[e-1] >= 0 && x.refs[x.refAt[e-1]].last == e {
		r := x.refAt[e-1]
		g = append([]int{r}, g...)
		e = x.refs[r].first
		if e-1 > s.First && (x.low[e-1] == "–" || x.low[e-1] == "—" || x.low[e-1] == "-" || x.low[e-1] == "/") {
			e--
			continue
		}
		break
	}
	if len(g) < 2 || len(x.people(g)) < len(g) {
		return nil
	}
	return g
}

// surnameRef returns a reference to a person named in full elsewhere whose
// last word is w, or -1 if none or more than one person has it.
func (x *ectx) surnameRef(w string) int {
	found, ent := -1, -1
	for i, r := range x.refs {
		if r.last-r.first < 2 || x.d.Tokens[r.last-1].Text != w || !isCap(w) {
			continue
		}
		if ent >= 0 && r.ent != ent {
			return -1
		}
		found, ent = i, r.ent
	}
	return found
}

// partakeWords open the predicate of those who take part in a meeting told
// before: "in which A and B took part together with X".
var partakeWords = wordSet(`took take takes taking participated participate joined join sat were was also`)

// invitationNouns name an invitation that may be refused.
var invitationNouns = wordSet(`invitation invitations invite`)

// refusedInvitation returns the negated meeting of an invitation refused at
// token k: "De Wever declined von der Leyen's invitation", "X turned down an
// invitation from Y". An invitation "to meet Y" or "to visit Y" is left to
// its verb.
func (x *ectx) refusedInvitation(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	if k+2 < s.Last && x.low[k+1] == "to" && triggers[x.low[k+2]].base &&
		(len(x.objects(k+2, s.Last, triggers[x.low[k+2]])) > 0 || x.refsIn(k+3, minInt(s.Last, k+6)) != nil) {
		return nil // "an invitation to meet Y": the verb reads it (but "refused her request to meet face to face": the one who asked)
	}
	var host []int
	from := k
	if p, at := x.possessor(k, s.First); p >= 0 {
		host, from = []int{p}, at
	} else if k+2 < s.Last && x.low[k+1] == "from" {
		host, _ = x.rightGroup(x.skipRole(k+2, s.Last), s.Last)
	}
	v := -1
	for j := from - 1; j >= s.First && j >= from-4; j-- {
		lw := x.low[j]
		if x.refAt[j] >= 0 {
			break
		}
		if x.refusal(j, s.First) && lw != "no" && lw != "without" {
			v = j
			break
		}
	}
	var guests []int
	at := from
	if v < 0 {
		if !x.refusedPassive(k, s) {
			return nil
		}
		// "X's request for a meeting with Y was rebuffed": the one who
		// refused may be Y or unnamed
	} else {
		if x.low[v] == "down" || x.low[v] == "out" {
			v-- // the verb of "turned down"
		}
		guests, at = x.leftGroup(v, s.First, true)
	}
	var others []int
	if n := x.forMeeting(k, s); n > 0 {
		others = x.objects(n, s.Last, triggers[x.low[n]]) // "for a three-way meeting with Zelensky"
	}
	parts := x.people(append(append(guests, host...), others...))
	if len(host) == 0 && len(others) == 0 || len(guests) == 0 && v >= 0 || len(parts) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: Negated, Participants: parts, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, false)
	ev.Place = x.placeOf(k, at, s, false)
	return []Event{ev}
}

// callMadeTo reads a call noun whose relative clause names the caller and
// the one called: "the call Mr Tusk made to Volodymyr Zelensky on New
// Year's Eve", "a call Smith placed to Jones".
func (x *ectx) callMadeTo(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	j := k + 1
	if j < s.Last && x.low[j] == "that" {
		j++
	}
	if j >= s.Last || x.refAt[j] < 0 {
		return nil
	}
	caller, v := x.rightGroup(j, s.Last)
	if len(caller) == 0 || v+2 >= s.Last || !(x.low[v] == "made" || x.low[v] == "placed" || x.low[v] == "had") || x.low[v+1] != "to" && x.low[v+1] != "with" {
		return nil
	}
	called, _ := x.rightGroup(x.skipRole(v+2, s.Last), s.Last)
	parts := x.people(append(append([]int(nil), caller...), called...))
	if len(called) == 0 || len(parts) < 2 {
		return nil
	}
	ev := Event{Type: Call, Status: x.status(v, j, s, triggers["called"]), Participants: parts, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, v, ev.Status == Planned)
	return []Event{ev}
}

// fromBody returns the end of "from" and the name of a body or place at j:
// "from Kyoto University", "from the Australian Institute of Marine Science";
// j if none.
func (x *ectx) fromBody(j, last int) int {
	if x.low[j] != "from" && x.low[j] != "of" {
		return j
	}
	e := j + 1
	if e < last && x.low[e] == "the" {
		e++
	}
	start := e
	for e < last && x.refAt[e] < 0 && (isCap(x.d.Tokens[e].Text) || e > start && isPossessiveClitic(x.low[e]) ||
		(x.low[e] == "of" || x.low[e] == "for" || x.low[e] == "and") && e+1 < last && isCap(x.d.Tokens[e+1].Text) && x.refAt[e+1] < 0) {
		e++
	}
	if e == start {
		return j
	}
	if x.low[j] == "of" && e+1 < last && isLowerWord(x.d.Tokens[e].Text) && (x.low[e+1] == "and" || x.low[e+1] == ",") {
		e++ // "Rev. A of the Methodist circuit and Fr B of St Bede's parish"
	}
	return e
}

// credentials reads an envoy's audience with a head of state: "X presented
// his letters of credence to President Y", "will present her credentials to
// the King". The envoy is the subject of the verb of presenting.
func (x *ectx) credentials(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	v := x.findWordBack(maxInt(s.First, k-5), k, "presented", "present", "presents", "presenting", "handed", "submitted")
	if v <= s.First || k+2 >= s.Last || x.low[k+1] != "to" {
		return nil
	}
	host, _ := x.rightGroup(x.skipRole(k+2, s.Last), s.Last)
	envoy, at := x.leftGroup(v, s.First, true)
	return x.sidesMeeting(si, v, k, at, triggers["meet"], envoy, host)
}

// sidesMeeting returns the meeting of the people of left and right, told by
// the verb at v (whose tense tr reads) and the word at k, whose sentence's
// subject starts at at; or nil if either side is empty or it has not two
// people.
func (x *ectx) sidesMeeting(si, v, k, at int, tr trigger, left, right []int) []Event {
	s := x.d.Sentences[si]
	parts := x.people(append(append([]int(nil), left...), right...))
	if len(left) == 0 || len(right) == 0 || len(parts) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: x.status(v, at, s, tr), Participants: parts, Trigger: x.d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, ev.Status == Planned)
	ev.Place = x.placeOf(k, at, s, false)
	return []Event{ev}
}

// appearWords are the forms of "appear".
var appearWords = wordSet(`appeared appears appear appearing`)

// appearedBefore reads someone's appearance before named people, as before
// a council or a committee: "X appeared as a delegation before Mayor A,
// Deputy Mayor B and councillors C and D". Not "appeared before a judge"
// or "before the court", which name no one.
func (x *ectx) appearedBefore(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	j := k + 1
	if j+2 < s.Last && x.low[j] == "as" && (x.low[j+1] == "a" || x.low[j+1] == "an") {
		j += 2 // "as a delegation", "as a witness"
		for j < s.Last && j < k+6 && isLowerWord(d.Tokens[j].Text) && x.low[j] != "before" {
			j++
		}
	}
	if j+1 >= s.Last || x.low[j] != "before" {
		return nil
	}
	if x.findWordIn(j+1, minInt(s.Last, j+5), benchWords) >= 0 || x.findWord(j+1, minInt(s.Last, j+5), "court", "tribunal", "judges", "magistrates", "bench") >= 0 {
		return nil // "appeared before Magistrate X": a hearing, not a meeting
	}
	hosts, _ := x.rightGroup(x.skipRole(j+1, s.Last), s.Last)
	guest, at := x.leftGroup(k, s.First, true)
	return x.sidesMeeting(si, k, k, at, triggers["met"], guest, hosts)
}

// takenTo reads a meal that someone took others to: "The Conservative
// leader took Robert Jenrick and James Cleverly to lunch on Wednesday".
func (x *ectx) takenTo(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	j := k - 1
	for j > s.First && (determiners[x.low[j]] || x.low[j] == "a" || x.low[j] == "an" || isLowerWord(d.Tokens[j].Text) && j >= k-2 && x.low[j] != "to") {
		j-- // "to a working lunch"
	}
	if j <= s.First || x.low[j] != "to" || x.refAt[j-1] < 0 {
		return nil
	}
	v := x.refs[x.refAt[j-1]].first
	for v > s.First && x.refAt[v-1] >= 0 || v > s.First && (x.low[v-1] == "," || x.low[v-1] == "and") {
		v-- // back over the guests "A and B"
		if x.refAt[v] >= 0 {
			v = x.refs[x.refAt[v]].first
		}
	}
	v--
	if v < s.First || !(x.low[v] == "took" || x.low[v] == "take" || x.low[v] == "takes" || x.low[v] == "taking") {
		return nil
	}
	guests, e := x.rightGroup(v+1, j)
	host, at := x.leftGroup(v, s.First, true)
	parts := x.people(append(append([]int(nil), host...), guests...))
	if e != j || len(host) == 0 || len(guests) == 0 || len(parts) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: x.status(v, at, s, triggers["dinner"]), Participants: parts, Trigger: d.Tokens[k].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, k, ev.Status == Planned)
	ev.Place = x.placeOf(k, at, s, false)
	return []Event{ev}
}

// forMeeting returns the meeting noun that the noun at k asks for, or -1:
// "request for a meeting", "requests for talks", "a proposal from X for a
// three-way meeting" (not "request for comment").
func (x *ectx) forMeeting(k int, s Sentence) int {
	f := k + 1
	if f+1 < s.Last && x.low[f] == "from" {
		if _, e := x.rightGroup(x.skipRole(f+1, s.Last), s.Last); e > f+1 {
			f = e // "a request from Ukraine's Ambassador X for a meeting"
		}
	}
	if f+1 >= s.Last || x.low[f] != "for" {
		return -1
	}
	for j := f + 1; j < s.Last && j <= f+3; j++ {
		if tr, ok := triggers[x.low[j]]; ok && tr.nominal && tr.typ == Meeting {
			return j
		}
		if !isLowerWord(x.d.Tokens[j].Text) {
			return -1
		}
	}
	return -1
}

// requestNouns ask for a meeting that may be refused: "a request for a
// meeting", "a proposal from X for a three-way meeting with Y".
var requestNouns = wordSet(`request requests proposal proposals offer offers`)

// requestFromTo returns the verb of a request from someone to meet: "a
// request from Hale and Natarajan to meet with them"; -1 if none.
func (x *ectx) requestFromTo(k int, s Sentence) int {
	if k+3 >= s.Last || x.low[k+1] != "from" {
		return -1
	}
	g, e := x.rightGroup(x.skipRole(k+2, s.Last), s.Last)
	if len(g) == 0 || e+1 >= s.Last || x.low[e] != "to" || !triggers[x.low[e+1]].base {
		return -1
	}
	return e + 1
}

// refusedPassive reports whether the request or invitation at k is refused
// in the passive later in its sentence: "X's request for a meeting with Y
// ... was rebuffed".
func (x *ectx) refusedPassive(k int, s Sentence) bool {
	for j := k + 1; j+1 < s.Last && j <= k+25; j++ {
		if boundaries[x.low[j]] {
			return false
		}
		if beWords[x.low[j]] && refusedWords[x.low[j+1]] {
			return true
		}
	}
	return false
}

// refusedWords, after "was", refuse a request: "was rebuffed", "was turned down".
var refusedWords = wordSet(`rebuffed rejected refused declined denied turned ignored snubbed`)

// requested reports whether the meeting noun at k is what a refused request
// asks for: "rejected a proposal from Costa for a three-way meeting with
// Zelensky". The refusal is the event; refusedInvitation reads it.
func (x *ectx) requested(k int, s Sentence) bool {
	for j := k - 1; j > s.First && j >= k-14; j-- {
		if requestNouns[x.low[j]] {
			return (x.forMeeting(j, s) == k || x.requestFromTo(j, s) == k) && len(x.refusedInvitation(x.d.SentenceAt(s.Start), j)) > 0
		}
		if boundaries[x.low[j]] || isTrigger(x.low[j]) {
			return false
		}
	}
	return false
}

// declinedInvite reads an invitation to a meeting that the guest turned
// down in the same sentence: "Ruiz had also invited Senate President Warren
// Pike to a briefing on Thursday morning, but Pike declined". An invitation
// that no one declines is no event: the meeting may or may not come.
func (x *ectx) declinedInvite(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	host, guests, at, e := x.verbPeople(k, s, "to")
	if guests == nil {
		return nil
	}
	noun := -1
	for j := e + 1; j < s.Last && j <= e+4; j++ {
		if tr, ok := triggers[x.low[j]]; ok && tr.nominal || mealNouns[x.low[j]] {
			noun = j
			break
		}
	}
	b := x.findWord(e+1, s.Last, "but")
	if noun < 0 || b < 0 {
		return nil
	}
	v := x.findWord(b+1, minInt(s.Last, b+5), "declined", "refused", "turned", "rejected")
	if v < 0 || x.refsIn(b+1, v) == nil && !subjectPronouns[x.low[b+1]] {
		return nil
	}
	parts := x.people(append(append([]int(nil), host...), guests...))
	if len(parts) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: Negated, Participants: parts, Trigger: d.Tokens[noun].Span, Evidence: []Span{s.Span}}
	ev.Date = x.date(si, noun, false) // "had invited X to a briefing on Thursday, but X declined": past
	ev.Place = x.placeOf(noun, at, s, false)
	return []Event{ev}
}

// verbPeople reads "A invited B to", "A asked B for": the subject of the
// verb at k, where it starts, the people after the verb and the token of
// the preposition prep that follows them. The groups are nil unless both
// are found and prep comes right after the second.
func (x *ectx) verbPeople(k int, s Sentence, prep string) (subj, obj []int, at, e int) {
	subj, at = x.leftGroup(k, s.First, true)
	if len(subj) == 0 || k+2 >= s.Last {
		return nil, nil, at, -1
	}
	obj, e = x.rightGroup(x.skipRole(k+1, s.Last), s.Last)
	if len(obj) == 0 || e+1 >= s.Last || x.low[e] != prep {
		return nil, nil, at, -1
	}
	return subj, obj, at, e
}

// askedFor reads a meeting that someone asked another for, at the verb at
// k: "Tully had asked Arkell for a face-to-face meeting". It is planned,
// or negated when the sentence goes on to say the one asked refused: ",
// and that she had declined". A meeting "with" a third person is left to
// the noun.
func (x *ectx) askedFor(si, k int) []Event {
	d := x.d
	s := d.Sentences[si]
	asker, asked, at, e := x.verbPeople(k, s, "for")
	if asked == nil {
		return nil
	}
	noun := -1
	for j := e + 1; j < s.Last && j <= e+4; j++ {
		if tr, ok := triggers[x.low[j]]; ok && tr.nominal && tr.typ == Meeting {
			noun = j
			break
		}
		if !isLowerWord(d.Tokens[j].Text) {
			return nil
		}
	}
	if noun < 0 || noun+1 < s.Last && (x.low[noun+1] == "with" || x.low[noun+1] == "between") {
		return nil
	}
	parts := x.people(append(append([]int(nil), asker...), asked...))
	if len(parts) < 2 {
		return nil
	}
	ev := Event{Type: Meeting, Status: Planned, Participants: parts, Trigger: d.Tokens[noun].Span, Evidence: []Span{s.Span}}
	if x.refusedLater(noun+1, s) {
		ev.Status = Negated
	}
	ev.Date = x.date(si, noun, true)
	ev.Place = x.placeOf(noun, at, s, false)
	return []Event{ev}
}

// people maps reference indices to distinct, sorted entity indices.
func (x *ectx) people(g []int) []int {
	seen := map[int]bool{}
	var out []int
	for _, r := range g {
		e := x.refs[r].ent
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	sort.Ints(out)
	return out
}

func (x *ectx) followedBy(k int, s Sentence, words ...string) bool {
	limit := k + 4
	for j := k + 1; j < s.Last && j <= limit; j++ {
		lw := x.low[j]
		for _, w := range words {
			if lw == w {
				return true
			}
		}
		if lw == "for" {
			if u := x.findWordIn(j+1, minInt(s.Last, j+5), timeUnits); u > 0 && x.refsIn(j+1, u) == nil && x.findWordIn(j+1, u, boundaries) < 0 {
				limit += u - j + 1 // a duration: "spoke for almost an hour with X"
				j = u
				continue
			}
		}
		if e := x.skipDate(j, s.Last); lw == "on" && e > j+2 {
			limit += e - j - 2 // "sit down on Thursday next week with X"
		}
		if (dateWords[lw] || lw == "next" || lw == "last" || lw == "this") && limit < k+8 {
			limit++ // "sit down Thursday next week with X"
		}
		if lw == "in" && j+2 < s.Last && x.low[j+1] == "the" && dayParts[x.low[j+2]] {
			limit += 3 // "sat down in the morning with X"
			j += 2
			continue
		}
		if lw == "at" || lw == "in" {
			// a place: "sit down next Tuesday at Juan Pinto Durán with X"
			e := j + 1
			if e < s.Last && x.low[e] == "the" {
				e++
			}
			st := e
			for e < s.Last && e < st+5 && x.refAt[e] < 0 && (x.placeAt[e] >= 0 || isCap(x.d.Tokens[e].Text)) {
				e++
			}
			if e > st {
				limit += e - j
				j = e - 1
				continue
			}
		}
		if !objectSkips[lw] && !strings.HasSuffix(lw, "ly") && !dateWords[lw] && lw != "" && !(lw == "hands" && j == k+1 && shakeWords[x.low[k]]) &&
			!((lw == "that" || lw == "next" || lw == "last" || lw == "this") && j+1 < s.Last && dateWords[x.low[j+1]]) {
			return false // not "spoke that day with X", "spoke on Monday with X"; but `held "talks" with X", "shook hands with X"
		}
		if (lw == "video" || lw == "phone" || lw == "telephone") && j > k+1 && x.low[j-1] == "by" && limit < k+7 {
			limit += 2 // "spoke by video on Wednesday with X"
		}
	}
	return false
}

func (x *ectx) findWord(i, j int, words ...string) int {
	for k := i; k < j; k++ {
		lw := x.low[k]
		for _, w := range words {
			if lw == w {
				return k
			}
		}
	}
	return -1
}

// findWordBack returns the last token in [i, j) that is one of words, or -1.
func (x *ectx) findWordBack(i, j int, words ...string) int {
	for k := j - 1; k >= i; k-- {
		for _, w := range words {
			if x.low[k] == w {
				return k
			}
		}
	}
	return -1
}

// possessor returns the reference owning a nominal trigger ("Witkoff's second
// meeting", "his call") and the token where it starts, or -1.
func (x *ectx) possessor(k, first int) (int, int) {
	j := k - 1
	for j >= first && j >= k-4 {
		lw := x.low[j]
		if x.refAt[j] >= 0 {
			if possessives[lw] {
				return x.refAt[j], x.refs[x.refAt[j]].first
			}
			return -1, k
		}
		if isPossessiveClitic(lw) && j > first && x.refAt[j-1] >= 0 {
			r := x.refAt[j-1]
			return r, x.refs[r].first
		}
		if lw == "the" || lw == "a" || lw == "an" || boundaries[lw] || lw == "," || lw == "." {
			return -1, k
		}
		j--
	}
	return -1, k
}

// travelledWith returns the traveller and the companion r when r is the
// object of "with" after a verb of travel whose purpose is the trigger at k:
// "X travelled to N'Djamena with his eldest son, Y, to meet Z" is X and Y.
func (x *ectx) travelledWith(r, k, first int, nominative bool) ([]int, int) {
	rf := x.refs[r]
	if x.low[k-1] != "to" || rf.last != k-1 && (rf.last != k-2 || x.low[k-2] != ",") {
		return nil, k
	}
	w := x.findWordBack(maxInt(first, rf.first-6), rf.first, "with")
	if w < 0 || x.refsIn(w+1, rf.first) != nil && !possessives[x.low[w+1]] {
		return nil, k
	}
	v := x.findWordIn(maxInt(first, w-8), w, travelVerbs)
	if v < 0 || x.refsIn(v+1, w) != nil || x.findWordIn(v+1, w, boundaries) >= 0 {
		return nil, k
	}
	g, st := x.leftGroup(v, first, nominative)
	if len(g) == 0 {
		return nil, k
	}
	return append(g, r), st
}

// participates reports whether the words between a subject and a possessed
// trigger make the subject take part: "Zelensky was present on Trump's call",
// "X joined Y's meeting".
func (x *ectx) participates(i, j int) bool {
	for k := i; k < j; k++ {
		switch x.low[k] {
		case "present", "joined", "join", "joins", "attended", "attend", "attends", "participated", "part", "took":
			return true
		}
	}
	return false
}

// sourceSubjects are the unnamed sources of a report, the subject of the
// verb right after them.
var sourceSubjects = wordSet(`sources officials aides diplomats insiders people`)

// aliasBack returns the reference whose other name the reference opening
// at f gives after ", known as", ", widely known as" or ", alias"; or -1.
func (x *ectx) aliasBack(f, first int) int {
	c := f - 1
	switch {
	case c > first && x.low[c] == "alias":
		c--
	case c-1 > first && x.low[c] == "as" && x.low[c-1] == "known":
		c -= 2
		if c > first && knownAdverb(x.low[c]) {
			c--
		}
	default:
		return -1
	}
	if c-1 < first || x.low[c] != "," {
		return -1
	}
	return x.refAt[c-1]
}

// leftGroup finds the subject of the trigger at k: the nearest person
// reference to its left within the clause, with the references coordinated to
// it. It returns reference indices and the first token of the group.
func (x *ectx) leftGroup(k, first int, nominative bool) ([]int, int) {
	d := x.d
	j := k - 1
	r := -1
	for j >= first && k-j <= 24 {
		lw := x.low[j]
		if ri := x.refAt[j]; ri >= 0 {
			rf := x.refs[ri]
			after := ""
			if rf.last < len(d.Tokens) {
				after = d.Tokens[rf.last].Text
			}
			if isPossessiveClitic(after) && rf.last+2 <= k && (x.low[rf.last+1] == "delegation" || x.low[rf.last+1] == "entourage") {
				r = ri // "Wicker's delegation is expected to meet X": the delegation's leader
				break
			}
			if isPossessiveClitic(after) && !(rf.last-rf.first == 1 && subjectPronouns[x.low[rf.first]]) ||
				possessives[x.low[rf.first]] && rf.last-rf.first == 1 {
				j = rf.first - 1 // an owner, not a subject: "Zelenskyy's office said"; but "he's meeting"
				continue
			}
			if x.groupOf(rf, first) {
				return nil, k // "Trump administration officials met", "aides to Netanyahu met"
			}
			if o := x.ofBefore(rf.first, first); o >= 0 {
				j = o - 1 // "He conveyed the greetings of Prime Minister Modi and briefed X": not Modi
				continue
			}
			if x.accordingTo(rf.first, first) {
				break // "According to Mr Ibe, the former vice president met X": the source
			}
			r = ri
			if a := x.aliasBack(rf.first, first); a >= 0 {
				r = a // "X, widely known as Y, met": X, and those coordinated with X
			}
			if h := x.relativeHead(rf, k, first); h >= 0 {
				r = h // "Orbán, who was accompanied by Szijjártó, held talks"
			}
			if w := rf.first - 1; w-2 >= first && x.low[w] == "whom" && x.low[w-1] == "," && x.refAt[w-2] >= 0 && x.findWord(rf.last, k, ",") > 0 {
				r = x.refAt[w-2] // "X, whom Y described as a friend, met Z": X
			}
			break
		}
		if strings.HasSuffix(lw, "ing") && j-1 > first && gerundPreps[x.low[j-1]] && isLowerWord(d.Tokens[j].Text) && (x.low[k-1] == "to" || x.low[k-1] == "for" && triggers[x.low[k]].nominal) {
			// "met X on Monday before flying to Rome to meet Y": the
			// infinitive of a clause without a subject has the sentence's
			p := j - 2 // the clause before the preposition: its subject, or its verb's
			if p > first && x.low[p] == "," {
				p--
			}
			if p >= first && x.refAt[p] >= 0 {
				return x.leftGroup(p+1, first, nominative) // "X, after flying to Rome to meet Y"
			}
			for v := p; v > first && v > j-16; v-- {
				if x.refAt[v] < 0 && (isTrigger(x.low[v]) && !triggers[x.low[v]].nominal || finiteVerb(x.low[v])) {
					return x.leftGroup(v, first, nominative) // "X met Y on Monday before flying to Rome to meet Z"
				}
			}
			break
		}
		if j == k-1 && sourceSubjects[lw] && x.findWord(maxInt(first, j-3), j, "and") < 0 {
			return nil, k // "..., sources told Dawn": the sources, not the person before them; but "X and senior officials also attended"
		}
		if lw == "who" {
			p := j - 1
			if p >= first && d.Tokens[p].Text == "," {
				p--
			}
			if o := x.ofBodyBack(p, first); o >= 0 {
				p = o // "Dr. Takeshi Morimoto of the Kyushu Deep Earth Laboratory, who is in Iceland, joined"
			}
			if p >= first && x.refAt[p] >= 0 {
				r = x.refAt[p]
				if j+1 < k && (x.low[j+1] == "has" || x.low[j+1] == "is" || x.low[j+1] == "was") {
					return []int{r}, x.refs[r].first // "A and B, who has taken a role in negotiations": B alone
				}
			} else if o := x.roleAppositionBack(p, first); p >= first && x.low[p+1] == "," && o >= 0 && !beWords[x.low[j+1]] {
				r = o // "Dr X, medical superintendent at Savusavu Hospital, who met A"
			} else if c := x.findWord(j+1, k, ","); p >= first && x.low[p] != "and" && c > 0 && x.low[c+1] != "and" && x.low[c+1] != "but" {
				// "X, a Republican who is needed, has refused to meet"; but
				// in "met X, the billionaire who arrived, and later received
				// Y", the subject is not X.
				r = x.appositionBack(j, first)
			}
			break
		}
		if (lw == "whose" || lw == "which" || lw == "where") && j-2 >= first && x.low[j-1] == "," && x.refAt[j-2] >= 0 &&
			x.findWord(j+1, k, ",") > 0 {
			// "Chey Tae-won, whose unit supplies Nvidia, held talks": the
			// relative clause is closed before the trigger.
			r = x.refAt[j-2]
			break
		}
		if lw == "whose" && x.findWord(j+1, k, ",") > 0 {
			if ri := x.appositionBack(j, first); ri >= 0 {
				r = ri // "X, a Republican from Lancaster County whose support is needed, has refused to meet"
				break
			}
		}
		if lw == "," && j == k-1 {
			// A long apposition between the subject and its verb: "Kim Jong
			// Un, general secretary of the Workers' Party of Korea and
			// president of ..., received X".
			if ri := x.appositionBack(j, first); ri >= 0 {
				r = ri
				break
			}
		}
		if lw == ")" {
			// An aside: "X, Y and Z on Thursday (Friday in Manila) pledged ...".
			if o := x.findWordBack(maxInt(first, j-10), j, "("); o > first {
				j = o - 1
				continue
			}
		}
		if (lw == "–" || lw == "—" || lw == "--") && j > first {
			// A dashed aside: "Lula, Modi and Ramaphosa – leaders of the
			// previous, current and next presidencies – held talks".
			if o := x.findWordBack(maxInt(first, j-20), j, lw); o > first && (x.refsIn(o+1, j) == nil || x.sameAs(x.refsIn(o+1, j), x.refAt[o-1])) && x.findWordIn(o+1, j, speechVerbs) < 0 {
				// (and "Rolando Rabago — Mang Boy to the drivers — sat down": his own byname)
				j = o - 1
				continue
			}
			// The members of a group in dashes: "The five party presidents
			// — De Wever, the MR's Bouchez, ... and CD&V's Mahdi — huddled",
			// "The Defence and Security Council — A, B and C — met".
			if o := x.findWordBack(maxInt(first, j-30), j, lw); o > first && j == k-1 && (x.findWordIn(maxInt(first, o-6), o, pluralWords) >= 0 || groupSubjects[x.low[o-1]]) {
				if g := x.listFrom(o+1, x.d.Sentences[x.d.SentenceAt(x.d.Tokens[o].Start)]); len(g) >= 2 {
					return g, o + 1
				}
			}
		}
		if isQuote(lw) && j > first && x.scare(j-1) {
			// A scare quote: 'held "2+2" security talks with'
			o := j - 1
			for o > first && !isQuote(x.low[o]) {
				o--
			}
			j = o - 1
			continue
		}
		if lw == "but" && j-1 > first && x.low[j-1] != "," && j+1 < k && isLowerWord(x.d.Tokens[j+1].Text) && !determiners[x.low[j+1]] &&
			x.refAt[j+1] < 0 && !subjectPronouns[x.low[j+1]] && x.low[j+1] != "they" {
			j-- // a second verb phrase: "flew in on Wednesday but skipped the meeting with X"
			continue
		}
		if lw == "," && j-2 >= first && speechVerbs[x.low[j-1]] && x.refAt[j-2] >= 0 {
			// A parenthesis: "Ursula von der Leyen, he said, had spoken to X"
			if c := x.refs[x.refAt[j-2]].first - 1; c > first && x.low[c] == "," {
				j = c - 1
				continue
			}
		}
		if lw == "and" && j-1 > first && x.low[j-1] == "," && j+1 < k && (auxWords[x.low[j+1]] && x.low[j+1] != "to" || x.low[j+1] == "will") && x.refsIn(j+1, k) == nil {
			// A second verb phrase of the sentence's subject, after a long
			// first one: "Pope Leo XIV is due in Beirut on the second leg
			// of a trip that begins in Turkey, and is expected to meet X".
			v := first
			for v < j && (x.refAt[v] >= 0 || x.low[v] == "and" || x.low[v] == ",") {
				v++
			}
			if v > first && v < j && x.refAt[first] >= 0 && (auxWords[x.low[v]] && x.low[v] != "to" || finiteVerb(x.low[v])) {
				return x.leftGroup(v, first, nominative)
			}
		}
		if lw == "according" && j-1 > first && x.low[j-1] == "," && x.findWord(j+1, k, ",") > 0 {
			j -= 2 // an attribution aside: "met X and, according to his office, could meet Y"
			continue
		}
		if lw == "that" && j-1 >= first && (prepositions[x.low[j-1]] || x.low[j-1] == "of" || x.low[j-1] == "out" || x.low[j-1] == "up") && j+1 < k && isLowerWord(x.d.Tokens[j+1].Text) ||
			lw == "that" && j+2 < k && j-1 >= first && !speechVerbs[x.low[j-1]] && isLowerWord(x.d.Tokens[j+1].Text) && !strings.HasSuffix(x.low[j+1], "s") &&
				(prepositions[x.low[j+2]] || dateWords[x.low[j+2]] || x.low[j+2] == "last" || x.low[j+2] == "this") && !auxWords[x.low[j+1]] && !finiteVerb(x.low[j+1]) {
			// (and "set out that position last Thursday in a video conference
			// with X": "that" with its noun, then a time or place)
			j-- // a demonstrative, no clause: "flew in for a single day of that meeting, and sat down with him"
			continue
		}
		if boundaries[lw] || isQuote(lw) || x.quoted[j] != x.quoted[k] && !x.scare(j) {
			break
		}
		j--
	}
	if r < 0 {
		return nil, k
	}
	if g, st := x.travelledWith(r, k, first, nominative); len(g) > 0 {
		return g, st
	}
	group := []int{r}
	start := x.refs[r].first
	if (x.low[j] != "who" || x.clauseBreak(j, k)) && x.sharedSubject(x.refs[r].last, k) {
		// "X met Y, and later spoke with Z": Y is an object; the second
		// verb phrase has the subject of the first.
		from := start
		if a := from - 2; a >= first && x.low[from-1] == "," && x.refAt[a] >= 0 && x.refs[x.refAt[a]].ent == x.refs[r].ent &&
			x.refs[x.refAt[a]].first > first && x.low[x.refs[x.refAt[a]].first-1] != "with" { // (not "came with the officer, X, and sat down")
			from = x.refs[x.refAt[from-2]].first // the object's apposition: "showed the manager, X, round"
		}
		g, st := x.leftGroup(from, first, nominative)
		if len(g) > 0 && x.findWordIn(x.refs[g[0]].last, start, speechVerbs) < 0 {
			return g, st
		}
		if len(g) == 0 && x.findWordIn(first, start, triggerSet) > 0 {
			return nil, k // "He met X and could meet Y" with "he" unknown: X is no subject
		}
	}
	p := start - 1
	if q := x.describedConjunct(p, first); q > 0 {
		p = q // "she and the present principal, Mrs X, called on Y"
	} else if q := x.roleBack(p, first); q < p && q > first && x.low[q] == "and" {
		p = q // "Lebed and Chechen separatist military leader Aslan Maskhadov"
	} else {
		// Lower-case role words of an untitled conjunct: "he and rebel
		// military leader Aslan Maskhadov".
		for n := 0; n < 3 && p > first && isLowerWord(d.Tokens[p].Text) && d.Tokens[p].Text != "and" && !boundaries[x.low[p]] &&
			x.findWord(maxInt(first, p-3), p, "and") >= 0; n++ {
			p--
		}
		if q := x.roleBack(p, first); q < p && q > first && x.low[q] == "and" {
			p = q // "Araghchi and US Special Envoy for the Middle East Steve Witkoff"
		}
	}
	for p > first {
		lw := x.low[p]
		if lw != "and" && lw != "," && len(group) > 1 {
			// A title before a conjunct: "A, B, MATRADE chief executive
			// officer Datuk C and D held a working lunch".
			q := x.roleBack(p, first)
			if q-1 > first && possessives[x.low[q]] {
				q-- // "he, his Austrian counterpart A and B held talks"
			}
			if q < p && q > first && (x.low[q] == "," || x.low[q] == "and") {
				p, lw = q, x.low[q]
			}
		}
		if (roleNoun(lw) || titleWords[lw]) && isLowerWord(d.Tokens[p].Text) && p-1 > first && (x.low[p-1] == "," || x.low[p-1] == "and") &&
			x.refAt[p-2] >= 0 {
			p-- // "X, vice-captain Y and goalkeeper Z": a role before a conjunct
			continue
		}
		if isPossessiveClitic(lw) && p-1 >= first && x.placeAt[p-1] >= 0 {
			p = x.places[x.placeAt[p-1]].first - 1 // "Colombia's Gustavo Petro and Venezuela's Nicolas Maduro"
			start = p + 1
			continue
		}
		if isPossessiveClitic(lw) && p-1 >= first && x.refAt[p-1] < 0 && isCap(d.Tokens[p-1].Text) && !capStops[x.low[p-1]] {
			// "Bequia's Andre Wallace and Canouan's Desmond Baptiste": a club's or body's
			q := p - 1
			for q > first && q >= p-3 && x.refAt[q-1] < 0 && isCap(d.Tokens[q-1].Text) && !capStops[x.low[q-1]] {
				q--
			}
			p = q - 1
			start = q
			continue
		}
		if (lw == "and" || lw == "," && len(group) > 1) && p-3 > first && x.refAt[p-1] < 0 && isCap(d.Tokens[p-1].Text) {
			// A conjunct with its body after it: "Pagan Amum of the Real SPLM
			// and Thomas Cirillo of the NAS also took part", "A of Estonia,
			// B of Latvia and C of Lithuania met"
			if o := x.findWordBack(maxInt(first, p-8), p-1, "of"); o-1 > first && x.refAt[o-1] >= 0 && x.bodyRun(o+1, p) {
				r2 := x.refAt[o-1]
				group = append(group, r2)
				start = x.refs[r2].first
				p = start - 1
				continue
			}
		}
		if lw == "and" && p-2 > first && x.low[p-1] == "," && x.refAt[p-2] < 0 {
			// A long apposition after the conjunct before "and": "Cai Qi, a
			// member of the Standing Committee ..., and Wang Yi, ...";
			// a relative clause: "X, who led the Kenyan side, and Y".
			if w := x.findWordBack(maxInt(first, p-20), p-1, "who"); w-2 >= first && x.low[w-1] == "," && x.refAt[w-2] >= 0 &&
				x.findWordIn(w+1, p-1, asideBreaks) < 0 && x.onlyRefsTo(w+1, p-1, x.refs[x.refAt[w-2]].ent) {
				r2 := x.refAt[w-2]
				group = append(group, r2)
				start = x.refs[r2].first
				p = start - 1
				continue
			}
			if r2 := x.appositionBack(p-1, first); r2 >= 0 {
				group = append(group, r2)
				start = x.refs[r2].first
				p = start - 1
				continue
			}
			if c := x.findWordBack(maxInt(first, p-14), p-1, ","); c-1 >= first && x.refAt[c-1] >= 0 && statusAsides[x.low[c+1]] && x.refsIn(c+1, p-1) == nil {
				// "Bergvall, now retired and living in Gothenburg, and Pham met"
				r2 := x.refAt[c-1]
				group = append(group, r2)
				start = x.refs[r2].first
				p = start - 1
				continue
			}
		}
		if lw == "," && len(group) == 1 && p-3 > first && x.refAt[p-1] < 0 {
			// The last conjunct described before its name: "A, B and the
			// union's senior shop steward at the hospital, C, spent"
			if a := x.findWordBack(maxInt(first, p-14), p, "and"); a-1 > first && x.refAt[a-1] >= 0 && (determiners[x.low[a+1]] || possessives[x.low[a+1]]) &&
				x.refsIn(a+1, p) == nil && x.findWordIn(a+1, p, boundaries) < 0 && x.findWord(a+1, p, ",") < 0 {
				p = a
				continue
			}
		}
		if lw == "," && p-1 > first && x.refAt[p-1] < 0 && len(group) > 1 {
			// A conjunct with its role after it: "Sheikh Abdullah bin Zayed,
			// Minister of Foreign Affairs, Dr Thani Al Zeyoudi, Minister of
			// State for Foreign Trade, and Maros Sefcovic held talks".
			if r2 := x.appositionBack(p, first); r2 >= 0 && !containsInt(group, r2) {
				group = append(group, r2)
				start = x.refs[r2].first
				p = start - 1
				continue
			}
		}
		if lw == "," && p-1 > first && x.refAt[p-1] < 0 {
			// An apposition before the conjunct: "Ruth Nankabirwa, and her
			// Kenyan counterpart, Opiyo Wandayi, met".
			q := p - 1
			for q > first && q >= p-8 && x.low[q] != "and" && !boundaries[x.low[q]] {
				if isPossessiveClitic(x.low[q]) && x.refAt[q-1] >= 0 && x.refs[x.refAt[q-1]].first > first {
					q = x.refs[x.refAt[q-1]].first - 1 // an owner: "and Ndiaye's agent, Davide Corradini"
					continue
				}
				if x.refAt[q] >= 0 && !possessives[x.low[q]] {
					break
				}
				if !isLowerWord(d.Tokens[q].Text) && !titleWords[x.low[q]] && countryOf(x.f.Gazetteer, d.Tokens[q].Text) == "" &&
					!(isCap(d.Tokens[q].Text) && x.findWordIn(q, p, titleWords) > 0) { // "and the European Commission president, X"
					break
				}
				q--
			}
			if x.low[q] != "and" || q-1 < first {
				break
			}
			p = q
			lw = "and"
			if p-2 > first && x.low[p-1] == "," && x.refAt[p-2] < 0 {
				continue // "X, who won the prize, and the runner-up, Y, are to meet": the conjunct's aside
			}
		}
		if lw != "and" && lw != "," {
			break
		}
		q := p - 1
		if lw == "and" && q >= first && d.Tokens[q].Text == "," {
			q--
		}
		if o := x.captionMark(q); o > first {
			q = o - 1 // "Chaiwat (left) and Ramon share coffee"
		}
		if q >= first && x.refAt[q] < 0 {
			q = x.ofBody(q, first) // "A of Abernathy Klein LLP and B of Oyelaran & Pratt met"
		}
		if q < first || x.refAt[q] < 0 {
			break
		}
		r2 := x.refAt[q]
		if lw == "," && x.accordingTo(x.refs[r2].first, first) {
			break // "According to Mr Ibe, the former vice president met X": the source
		}
		if lw == "and" && p-1 >= first && x.low[p-1] == "," && x.objectAt(x.refs[r2].first, first) {
			break // "is due to meet Paraguay's Santiago Peña, and Marco Rubio is expected": Peña is met, not a subject
		}
		group = append(group, r2)
		start = x.refs[r2].first
		p = start - 1
	}
	return group, start
}

// asideBreaks end a relative clause that words like "if" and "that" do not:
// "X, who has been offered a place if she wins a scholarship, and Y".
var asideBreaks = wordSet(`but according saying ; : ( ) — – -- " “ ”`)

// duringCall reports whether the call noun at k closes "during a phone
// call" or "in a video call" right after token e: "with X during a phone
// call".
func (x *ectx) duringCall(k, e int) bool {
	if e+1 == k && x.low[e] == "by" && mediumWords[x.low[k]] {
		return true // "congratulated X by phone"
	}
	for n := 0; n < 8 && e < k && x.low[e] != "during" && x.low[e] != "in" && x.low[e] != "on" && x.low[e] != "over"; n++ {
		// "invited X to visit Paris during a call", "assured X of her
		// support in a call": past the verb's complement
		if x.refAt[e] >= 0 && !possessives[x.low[e]] || boundaries[x.low[e]] || x.low[e] == "," || isTrigger(x.low[e]) && e > 0 && x.low[e-1] != "to" {
			return false
		}
		e++
	}
	if e+1 > k || x.low[e] != "during" && x.low[e] != "in" && x.low[e] != "on" && x.low[e] != "over" {
		return false
	}
	for t := e + 1; t < k; t++ {
		if !isLowerWord(x.d.Tokens[t].Text) || x.refAt[t] >= 0 || boundaries[x.low[t]] {
			return false
		}
	}
	return k-e <= 4
}

// gerundPreps open a clause without a subject of its own: "before flying to
// Rome", "after landing".
var gerundPreps = wordSet(`before after while since without upon`)

// objectVerb reports whether the token at j is a verb in the past tense
// that takes the person after it as its object: "congratulated", "urged",
// "assured".
func (x *ectx) objectVerb(j int) bool {
	lw := x.low[j]
	return isLowerWord(x.d.Tokens[j].Text) && strings.HasSuffix(lw, "ed") && !isTrigger(lw) && !prepositions[lw] && len(lw) > 4
}

// yearNumber reports whether w is a year of four digits: "2023".
func yearNumber(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// accordingTo reports whether the person named from token f is the source
// of an "according to" phrase: "According to (Mr) Ibe, ...".
func (x *ectx) accordingTo(f, first int) bool { return accordingTo(x.low, f, first) }

// accordingTo reports whether "according to" and forms of address or
// titles alone stand before token f, from token first on.
func accordingTo(low []string, f, first int) bool {
	for f > first && (addressWords[low[f-1]] != "" || titleWords[low[f-1]]) {
		f--
	}
	return f-2 >= first && low[f-1] == "to" && low[f-2] == "according"
}

// ofBody returns the person before "of" and the capitalised name of a body
// that ends at q ("Rachel Abernathy of Abernathy Klein LLP"), or q.
func (x *ectx) ofBody(q, first int) int {
	for t := q; t > first && t >= q-5; t-- {
		if x.low[t] == "of" {
			if t < q && x.refAt[t-1] >= 0 {
				return t - 1
			}
			return q
		}
		if x.refAt[t] >= 0 || !isCap(x.d.Tokens[t].Text) && x.d.Tokens[t].Text != "&" {
			return q
		}
	}
	return q
}

// appositionBack returns the person reference before an apposition that the
// comma at j closes ("Kim Jong Un, general secretary of the Workers' Party
// of Korea, received"), or -1: the words between the commas are a role
// phrase (a title word, no verb, no clause word).
func (x *ectx) appositionBack(j, first int) int {
	if w := x.findWordBack(maxInt(first, j-20), j, "who", "whose"); w > first && x.findWord(w, j, ",") < 0 {
		// "X, the career diplomat who presides over the talks, summoned":
		// the role before the relative clause.
		j = w
	} else if w := x.findWordBack(maxInt(first, j-16), j, "which"); w > first+1 && x.low[w-1] == "," && x.findWord(w, j, ",") < 0 {
		// "X, a managing director at Harrow, which is advising Seorin,
		// briefed": the clause of the employer closes the apposition.
		j = w - 1
	}
	titled := false
	for c := j - 1; c > first && c >= j-30; c-- {
		lw := x.low[c]
		if lw == "," {
			// A role, or a noun phrase: "Dolores Fenwick, a Republican from
			// Lancaster County whose support is needed, has refused".
			titled = titled || c+2 < j && (x.low[c+1] == "a" || x.low[c+1] == "an" || x.low[c+1] == "the")
			if titled && x.refAt[c-1] >= 0 {
				return x.refAt[c-1]
			}
			return -1
		}
		if x.refAt[c] >= 0 || boundaries[lw] && lw != "'" && lw != "’" || finiteVerb(lw) || speechVerbs[lw] || isTrigger(lw) {
			return -1
		}
		if titleWords[lw] || roleNoun(lw) || lw == "member" || lw == "members" {
			titled = true // "a member of the Standing Committee"
		}
	}
	return -1
}

// roleAppositionBack returns the reference to the person before an
// apposition that ends at token p and names a role, with no one named in it:
// "X, medical superintendent at Savusavu Hospital"; or -1.
func (x *ectx) roleAppositionBack(p, first int) int {
	titled := false
	for c := p; c > first && c >= p-10; c-- {
		lw := x.low[c]
		if lw == "," {
			if titled && x.refAt[c-1] >= 0 {
				return x.refAt[c-1]
			}
			return -1
		}
		if x.refAt[c] >= 0 || boundaries[lw] || finiteVerb(lw) || isTrigger(lw) {
			return -1
		}
		titled = titled || (titleWords[lw] || roleNoun(lw)) && isLowerWord(x.d.Tokens[c].Text)
	}
	return -1
}

// scare reports whether token j is inside a short quotation of at most three
// tokens: a scare quote ("2+2"), not a quotation of speech.
func (x *ectx) scare(j int) bool {
	a, b := j, j
	for a > 0 && a > j-7 && !isQuote(x.low[a]) {
		a--
	}
	for b < len(x.low)-1 && b < j+7 && !isQuote(x.low[b]) {
		b++
	}
	if !isQuote(x.low[a]) || !isQuote(x.low[b]) || a == b || b-a > 7 {
		return false
	}
	if b-a > 4 {
		// A longer scare quote is a run of lower-case words: a "very good
		// and respectful" conversation, not a quoted clause.
		for k := a + 1; k < b; k++ {
			if !isLowerWord(x.d.Tokens[k].Text) || roleStops[x.low[k]] {
				return false
			}
		}
	}
	return true
}

// roleBack returns the token before a title phrase that ends at p, read
// leftwards ("US Special Envoy for the Middle East" before a name), or p
// when the words before p are no title phrase.
func (x *ectx) roleBack(p, first int) int {
	if p < first {
		return p
	}
	titled := p+1 < len(x.low) && x.refAt[p+1] >= 0 && (roleNoun(x.low[p+1]) || x.findWordIn(p+1, x.refs[x.refAt[p+1]].last, titleWords) >= 0) // the reference begins with its title
	q := p
	for q > first && q > p-12 {
		t := x.d.Tokens[q].Text
		lw := x.low[q]
		switch {
		case lw == "and" && titled && q-1 > first && x.refAt[q-1] < 0 && (titleWords[x.low[q-1]] || roleNoun(x.low[q-1])) &&
			q-2 >= first && x.low[q-2] != "," && !(x.refAt[q-2] >= 0 && isCap(x.d.Tokens[q-1].Text)):
			// two titles of one person: "founder and executive chairman X",
			// "Deputy Prime Minister and Energy minister X"
		case (t == "(" || t == ")") && titled && x.refAt[q] < 0:
			// "Confederation of African Football (Caf) president X"
		case x.refAt[q] >= 0 || boundaries[lw] || lw == "and" || lw == ",":
			if titled {
				return q
			}
			return p
		case titleWords[lw] || roleNoun(lw):
			titled = true
		case roleModifiers[lw] || deptWords[lw] || lw == "of" || lw == "for" || lw == "to" || lw == "the" || x.placeAt[q] >= 0 ||
			countryOf(x.f.Gazetteer, t) != "" || isCap(t) || isPossessiveClitic(lw) && q-1 > first && x.refAt[q-1] < 0:
			// "the Prime Minister's chief of staff", "Turkish Ambassador to Malaysia"
		case titled && isLowerWord(t) && !roleStops[lw] && !speechVerbs[lw] && !determiners[lw] && !triggerSet[lw]:
			// a modifier of the title: "Chechen separatist military leader"
		default:
			return p
		}
		q--
	}
	if titled && x.low[q] == "and" {
		return q
	}
	return p
}

// mediumWords name how people talk at a distance: "by phone", "via video".
var mediumWords = wordSet(`phone telephone video videolink video-link videoconference zoom`)

// venuePhraseEnd returns the token after a place told with "at the" at i
// and ended by a date, "and" or a comma ("at the Afghan foreign ministry on
// Friday"), or -1. The phrase names no person, nor "of" anyone.
func (x *ectx) venuePhraseEnd(i, k int) int {
	if i+2 >= k || x.low[i+1] != "the" {
		return -1
	}
	for e := i + 2; e < k && e <= i+6; e++ {
		lw := x.low[e]
		if e > i+2 && (lw == "on" || lw == "and" || lw == "," || dateWords[lw]) {
			return e
		}
		if x.refAt[e] >= 0 || boundaries[lw] || prepositions[lw] || lw == "of" || isTrigger(lw) || lw == "and" || lw == "," {
			return -1
		}
	}
	return -1
}

// adverbialsEnd returns the token after the adverbials of a verb phrase
// that start at i, before k: "there on Tuesday", "in the capital", "by
// phone", "round the old boathouse".
func (x *ectx) adverbialsEnd(i, k int) int {
	for adverbial := true; adverbial && i < k; {
		switch lw := x.low[i]; {
		case lw == "there" || lw == "here" || dateWords[lw] || x.placeAt[i] >= 0:
			i++
		case (lw == "on" || lw == "in" || lw == "at" || lw == "last") && i+1 < k && (dateWords[x.low[i+1]] || x.placeAt[i+1] >= 0):
			i += 2
		case (lw == "in" || lw == "at") && i+2 < k && x.low[i+1] == "the" && (x.placeAt[i+2] >= 0 || venueNouns[x.low[i+2]] ||
			facilityWords[x.low[i+2]] || buildingWords[x.low[i+2]] || x.low[i+2] == "capital" || x.low[i+2] == "city" || dateWords[x.low[i+2]]):
			i += 3 // "met X in the capital and later called Y", "received X in the afternoon, then met Y"
		case lw == "at" && x.venuePhraseEnd(i, k) > 0:
			i = x.venuePhraseEnd(i, k) // "held talks with X at the Afghan foreign ministry on Friday and called on Y"
		case (lw == "by" || lw == "via") && i+1 < k && mediumWords[x.low[i+1]] || lw == "in" && i+1 < k && x.low[i+1] == "person":
			i += 2 // "spoke to X by phone last week and is expected to meet Y"
			if i < k && (x.low[i] == "call" || x.low[i] == "link") {
				i++
			}
		case (lw == "round" || lw == "around" || lw == "through" || lw == "across" || lw == "along") && i+2 < k && (x.low[i+1] == "the" || possessives[x.low[i+1]]):
			// "showed X round the old boathouse and then sat down with him"
			e := i + 2
			for e < k && e < i+6 && isLowerWord(x.d.Tokens[e].Text) && x.low[e] != "and" && !boundaries[x.low[e]] {
				e++
			}
			i = e
		default:
			adverbial = false
		}
	}
	return i
}

// sharedSubject reports whether the words in [i, k) between a person and a
// verb start a coordinated verb phrase without a subject of its own: ", and
// later", "and then", "but".
func (x *ectx) sharedSubject(i, k int) bool {
	// Adverbials of the first verb phrase: "met X there on Tuesday and held ...".
	i = x.adverbialsEnd(i, k)
	if i < k && x.low[i] == "," && i+1 < k && (x.low[i+1] == "round" || x.low[i+1] == "around") && x.refAt[i-1] >= 0 {
		i = x.adverbialsEnd(i+1, k) // "showed the manager, X, round the boathouse and then sat down with him": the apposition closed
	}
	if i < k && x.low[i] == "," {
		if c := x.findWord(i+1, minInt(k, i+8), ","); c > 0 && x.findWordIn(i+1, c, speechVerbs) > 0 && x.refsIn(i+1, c) == nil {
			i = c // an attribution: "held a call with X on Monday, the Cabinet Office said, and is expected to ..."
		} else if c := x.findWord(i+1, minInt(k, i+14), ","); c > 0 && i+1 < k && (x.low[i+1] == "who" || x.low[i+1] == "which") && x.refsIn(i+1, c) == nil {
			i = c // a relative clause on the object: "to meet X, who plays for Venezia, and also held talks with Y"
		}
		i++
	}
	if i < k && x.low[i] == "then" && x.low[i-1] == "," {
		i-- // "received X in the afternoon, then held a meeting with Y"
	}
	if i >= k || x.low[i] != "and" && x.low[i] != "but" && !(x.low[i] == "," && i+1 < k && x.low[i+1] == "then") {
		return false
	}
	if x.low[i] == "," {
		i++ // the "then" of ", then"
	}
	for j := i + 1; j < k; j++ {
		if j == k-1 && triggers[x.low[k]].nominal && (determiners[x.low[j]] || x.low[j] == "a" || x.low[j] == "an") {
			continue // "but skipped the meeting with X"
		}
		if x.low[j] == "," && j+1 < k && x.low[j+1] == "according" {
			if e := x.findWord(j+2, k, ","); e > 0 {
				j = e // "and, according to his office, could meet Y"
				continue
			}
		}
		if x.placeAt[j] >= 0 || (x.low[j] == "this" || x.low[j] == "next") && j+1 < k && dateWords[x.low[j+1]] {
			continue // "is expected to travel to Washington later this week for talks with X"
		}
		if lw := x.low[j]; !isLowerWord(lw) || determiners[lw] && lw != "a" && lw != "an" || boundaries[lw] || lw == "and" || lw == "the" {
			return false
		}
	}
	return true
}

// findWordIn returns the first token in [i, j) whose lower-case form is in set, or -1.
func (x *ectx) findWordIn(i, j int, set map[string]bool) int {
	for k := i; k < j; k++ {
		if set[x.low[k]] {
			return k
		}
	}
	return -1
}

// objects returns the references the trigger at k takes after it: "with X and
// Y", "to X", or a direct object "met X". Between the trigger and the object
// may stand adverbs, a place ("met in Baghdad X"), an owner that is not a
// person ("Russia's Zhirinovsky") and a role, with its organisation and an
// apposition comma ("talks with the U.S. special envoy to Burundi, Howard
// Wolpe"; "visited his wife Naina").
// arrangedWith returns the people of a relative clause after the meeting
// noun at k that says who arranged it with whom: "A session she had
// scheduled with Saori Takahashi was cancelled", "the call that X had
// requested with Y"; nil if none.
func (x *ectx) arrangedWith(k, last int, tr trigger) []int {
	j := k + 1
	if !tr.nominal || j+3 >= last {
		return nil
	}
	if x.low[j] == "that" || x.low[j] == "which" {
		j++
	}
	r := x.refAt[j]
	if r < 0 {
		return nil
	}
	v := x.refs[r].last
	for v < last && v <= x.refs[r].last+2 && (auxWords[x.low[v]] || x.low[v] == "been") && !arrangeWords[x.low[v]] {
		v++
	}
	if v+2 >= last || !arrangeWords[x.low[v]] || x.low[v+1] != "with" {
		return nil
	}
	g, _ := x.rightGroup(x.skipRole(v+2, last), last)
	if len(g) == 0 {
		return nil
	}
	return append([]int{r}, g...)
}

// arrangeWords arrange a meeting with someone.
var arrangeWords = wordSet(`scheduled arranged planned requested sought booked set organised organized`)

// hostedWith returns the host and the guests of the meeting noun at k
// followed by "hosted by X with A and B" (or chaired, convened by); nil if
// none.
func (x *ectx) hostedWith(k, last int, tr trigger) []int {
	if !tr.nominal || k+3 >= last || x.low[k+1] != "hosted" && x.low[k+1] != "chaired" && x.low[k+1] != "convened" || x.low[k+2] != "by" {
		return nil
	}
	host, _ := x.rightGroup(x.skipRole(k+3, last), last)
	if len(host) == 0 {
		return nil
	}
	if e := x.refs[host[len(host)-1]].last; e+1 < last && x.low[e] == "with" {
		if guests := x.objects(e-1, last, tr); len(guests) > 0 {
			return append(host, guests...)
		}
	}
	return nil
}

func (x *ectx) objects(k, last int, tr trigger) []int {
	d := x.d
	if g := x.hostedWith(k, last, tr); len(g) > 0 {
		return g
	}
	if r := x.homeOf(k, Sentence{Last: last}); r >= 0 {
		return []int{r} // "visited her house": the one who lives there
	}
	j := k + 1
	if shakeWords[x.low[k]] && j < last && x.low[j] == "hands" {
		j++ // "shook hands with X"
	}
	if handWords[x.low[k]] {
		for j < last && j <= k+8 && x.low[j] != "to" && x.refAt[j] < 0 && isLowerWord(d.Tokens[j].Text) {
			j++ // "presented the report to X": what was handed
		}
	}
	prep, role, ofRole := false, false, false
	limit := k + 16
	for j < last && j <= limit {
		lw := x.low[j]
		if lw == "" {
			j++ // the end of a quoted noun phrase: `held "a detailed video call" with X`
			continue
		}
		if lw == "in" && j+1 < last && x.low[j+1] == "audience" && j == k+1 {
			j += 2 // "received in audience on Friday at the Royal Palace the President of X, Y"
			limit += 8
			continue
		}
		if x.refAt[j] >= 0 {
			r := x.refs[x.refAt[j]]
			if r.last == r.first+1 && possessives[lw] && j+1 < last && isWordish(d.Tokens[j+1].Text) && hasLetter(d.Tokens[j+1].Text) &&
				!roleStops[x.low[j+1]] && !objectSkips[x.low[j+1]] && !(objectFollowers[x.low[j+1]] && !determiners[x.low[j+1]]) && x.low[j+1] != "and" &&
				!(j+2 < last && (determiners[x.low[j+1]] || x.low[j+1] == "last" || x.low[j+1] == "next") && (dateWords[x.low[j+2]] || j+3 < last && dateWords[x.low[j+3]])) { // ("phoned her the following day", "called him that evening")
				j++ // "her husband": a determiner here; "to her by telephone", "meet her and other campaigners": the object
				continue
			}
			if r.last < last && isPossessiveClitic(d.Tokens[r.last].Text) {
				// "met Biden's national security adviser Jake Sullivan": the
				// adviser; "met Putin's envoy": the envoy, unnamed
				if e := x.skipRole(r.last+1, last); e < last && x.refAt[e] >= 0 && x.refAt[e] != x.refAt[r.first] {
					j = e // the role may open the next reference itself
					continue
				}
				if e := x.roleTo(r.last+1, minInt(last, r.last+9)); e > r.last+2 && x.low[e-1] == "," && x.refAt[e] != x.refAt[r.first] {
					j = e // "received Fuerza Popular's secretary-general, Luis Galarreta"
					continue
				}
				return nil
			}
			if x.groupOf(r, k+1) {
				return nil // "met Trump administration officials"
			}
			break
		}
		if n := x.realName(j, last); n > 0 && (lw == "the" || isLowerWord(d.Tokens[j].Text)) {
			j = n // "met the singer, whose real name is Kaylon Phillip, and his manager"
			continue
		}
		if n := x.delegationNoun(j, last); n > 0 {
			// "received a delegation led by X", "a visiting parliamentary
			// delegation from Vietnam led by X", "a delegation from the
			// Zanzibar Investment Promotion Authority led by its director
			// general, X": X
			if b := x.ledBy(n+1, last); b > 0 {
				j = b
				continue
			}
		}
		if j+3 < last && (x.low[j+1] == "delegation" || x.low[j+1] == "team") && (x.low[j+2] == "led" || x.low[j+2] == "headed") && x.low[j+3] == "by" {
			j += 4 // "met a Hamas delegation led by X"
			continue
		}
		if lw == "for" && !role && j+1 < last && mealNouns[x.low[j+1]] && x.passive(k) {
			j += 2 // "had been hosted for dinner on Sunday evening by X"
			continue
		}
		if lw == "for" && !role {
			if u := x.findWordIn(j+1, minInt(last, j+5), timeUnits); u > 0 && x.refsIn(j+1, u) == nil && x.findWordIn(j+1, u, boundaries) < 0 {
				j = u + 1 // "met for several hours with X", "spoke for 40 minutes to X"
				continue
			}
		}
		if lw == "during" && !role && j+3 < last && x.low[j+1] == "the" {
			// "spoke by phone during the break with X"
			e := j + 2
			for e < last && e <= j+4 && isLowerWord(x.d.Tokens[e].Text) && !prepositions[x.low[e]] && !boundaries[x.low[e]] {
				e++
			}
			if e > j+2 && e < last && x.low[e] == "with" {
				j = e
				continue
			}
		}
		if !role && isLowerWord(d.Tokens[j].Text) && strings.HasSuffix(lw, "s") && j+3 < last && x.low[j+1] == "," && (x.low[j+2] == "among" && x.low[j+3] == "them" || x.low[j+2] == "including") {
			return nil // "spoke with vendors, among them my neighbour, X": a group, whose members including reads
		}
		pl := -1
		if !role {
			pl = x.portfolioList(j, last)
		}
		switch {
		case pl > j:
			// "Economy, Trade and Industry Minister Yuko Haneda": the
			// portfolios before the title
			j = pl
			continue
		case lw == "to" && !role && x.purposeTo(j, last):
			return nil // "met to agree the loan of defender X": the purpose's object
		case lw == "with" || lw == "to" && !role || lw == "from" && tr.nominal && tr.typ == Call && !role || (lw == "alongside" || lw == "beside") && j == k+1:
			prep = true // "a phone call from X", "sat beside X"
		case j == k+1 && x.low[k] == "sat" && (lw == "opposite" || lw == "across"):
			prep = true // "sat opposite X", "sat across the table from X"
			if lw == "across" && j+1 < last && x.low[j+1] == "from" {
				j++
			} else if lw == "across" && j+3 < last && x.low[j+1] == "the" && x.low[j+2] == "table" && x.low[j+3] == "from" {
				j += 3
			}
		case objectSkips[lw] || dateWords[lw] || strings.HasSuffix(lw, "ly") && !isCap(d.Tokens[j].Text) ||
			startsDigit(lw) && (dateWords[x.low[j-1]] || j+1 < last && dateWords[x.low[j+1]]) || // "held talks in Hanoi on January 21 with X"
			startsDigit(lw) && x.low[j-1] == "the" && j-2 > k && x.low[j-2] == "on" && ordinalDay(lw) || // "held a videoconference on the 4th with X"
			(lw == "that" || lw == "this" || lw == "next" || lw == "last") && j+1 < last && dateWords[x.low[j+1]], // "spoke that day with X", "received this Thursday X", "sit down next Tuesday with X"
			(lw == "following" || lw == "same" || lw == "previous") && x.low[j-1] == "the" && j+1 < last && dateWords[x.low[j+1]]: // "held a video call the following day with X"
		case lw == "the" || lw == "his" || lw == "her" || lw == "their" || lw == "its" || lw == "a" || lw == "our" || lw == "my" || lw == "your":
		case lw == "," && !role && j+2 < last && (x.low[j+1] == "at" || x.low[j+1] == "in" || j == k+1 && x.low[j+1] == "on") && x.asideEnd(j, last) > 0:
			// "received on Friday, at the Government Palace, a delegation";
			// "received, on Monday afternoon at Carthage Palace, X"
			j = x.asideEnd(j, last)
		case lw == "," && !role && j == k+1 && x.byPhoneAside(j, last) > 0:
			j = x.byPhoneAside(j, last) // "did speak, by satellite phone, to his wife"
		case (pluralKin[lw] || strings.HasSuffix(lw, "s") && len(lw) > 4 && roleNoun(strings.TrimSuffix(lw, "s"))) && x.groupApposition(j, last) > 0:
			j = x.groupApposition(j, last) // "hosted the groom's parents, A and B", "will meet the churchwardens, A and B"
			continue
		case titleWords[lw] || kinWords[lw] || x.address(j) || pluralTitleWord(lw) || strings.Contains(lw, "-") && roleNoun(lw) || roleNoun(lw) && j+1 < last && x.low[j+1] == "," ||
			lw == "member" && j > k+1 && (x.low[j-1] == "the" || isLowerWord(d.Tokens[j-1].Text)) || // "the county executive member for agriculture, X"
			pairWords[lw] && j+1 < last && x.refAt[j+1] >= 0 || // "the Polish pair A and B"
			x.describedName(j, last):
			// "and actors Fernanda Torres and Selton Mello": a plural title
			// too; "the Inspector-General of Police, X"
			if e := x.groupApposition(j, last); pluralWords[lw] && e > 0 {
				j = e // "the military leaders of the three countries, A, B and C"
				continue
			}
			role = true
		case roleModifiers[lw] || x.placeAt[j] >= 0 || countryOf(x.f.Gazetteer, d.Tokens[j].Text) != "":
			ofRole = ofRole || role && lw == "of"
		case isPossessiveClitic(lw) && j > k+1 && x.refAt[j-1] < 0:
		case lw == "in" && x.findWordIn(j+1, minInt(last, j+4), callNouns) > 0 && x.refsIn(j+1, x.findWordIn(j+1, minInt(last, j+4), callNouns)) == nil:
			j = x.findWordIn(j+1, minInt(last, j+4), callNouns) // "speak in separate calls with X and Y"
		case (lw == "in" || lw == "at") && x.possessedVenue(j+1, last) > 0:
			j = x.possessedVenue(j+1, last) // "at the prime minister's office in Tokyo with X"
		case (lw == "in" || lw == "at") && j+2 < last && (x.low[j+1] == "a" || x.low[j+1] == "an") && !role && x.indefiniteVenue(j+1, last) > 0:
			j = x.indefiniteVenue(j+1, last) - 1 // "had lunch on 9 March at a churrascaria in the X neighbourhood with Y"
		case lw == "at" && j+1 < last && x.bareVenue(j+1, last) > j+1:
			j = x.bareVenue(j+1, last) - 1 // "hosted a meeting at city hall on Tuesday with X"
		case lw == "in" || lw == "at":
			if j+1 >= last || x.placeAt[j+1] < 0 && x.low[j+1] != "the" && !isCap(d.Tokens[j+1].Text) && !(possessives[x.low[j+1]] && x.passive(k)) {
				return nil // but "was called on at his hotel by X"
			}
			at := j
			if j+2 < last && x.low[j+1] == "the" && isCap(d.Tokens[j+2].Text) {
				j++
			}
			for j+1 < last && x.refAt[j+1] < 0 && (x.placeAt[j+1] >= 0 || isCap(d.Tokens[j+1].Text) ||
				j+2 < last && isCap(d.Tokens[j].Text) && nameParticles[d.Tokens[j+1].Text] && isCap(d.Tokens[j+2].Text) || // "in the Moinhos de Vento neighbourhood"
				j+3 < last && isCap(d.Tokens[j].Text) && x.low[j+1] == "of" && (isCap(d.Tokens[j+2].Text) || x.low[j+2] == "the" && isCap(d.Tokens[j+3].Text))) {
				j++ // the place, known or not: "at the Palace of the Republic"
				if x.low[j] == "of" && x.low[j+1] == "the" {
					j++
				}
			}
			// a place's words are no distance: "received on Monday at the Palace of
			// the Revolution the Prime Minister of X, Y"
			limit += j - at
			named := j > k+1 && x.low[j] != "the" && isCap(d.Tokens[j].Text) && x.low[j-1] != "in" && x.low[j-1] != "at" // "at the Kirya military headquarters with X"
			if s0 := j + 1; s0 < last && x.low[k] != "joined" && (x.low[s0] == "the" || named || possessives[x.low[s0]] && x.passive(k) || j > k+1 && (x.low[j] == "the" || countryOf(x.f.Gazetteer, d.Tokens[j].Text) != "")) {
				// a common noun: "was received at the airport by X", "at the
				// official residence by X", "in the Angolan capital with X",
				// "was called on at his hotel by X"
				if x.low[s0] == "the" || possessives[x.low[s0]] {
					s0++
				}
				e := s0
				for e < last && e <= s0+2 && x.refAt[e] < 0 && (isLowerWord(d.Tokens[e].Text) || countryOf(x.f.Gazetteer, d.Tokens[e].Text) != "") && !roleStops[x.low[e]] && !prepositions[x.low[e]] &&
					!boundaries[x.low[e]] && !titleWords[x.low[e]] && !isTrigger(x.low[e]) {
					e++
				}
				if e > s0 && e+2 < last && x.low[e] == "in" && (x.placeAt[e+1] >= 0 || isCap(d.Tokens[e+1].Text)) && x.refAt[e+1] < 0 {
					// "received at the clan temple in Armenian Street on May 28 by X"
					n := e + 1
					for n < last && n <= e+4 && x.refAt[n] < 0 && (x.placeAt[n] >= 0 || isCap(d.Tokens[n].Text)) {
						n++
					}
					if n < last && (x.low[n] == "by" || x.low[n] == "with" || x.low[n] == "on" && x.skipDate(n, last) > n) {
						e = n
					}
				}
				if e > s0 && e+1 < last && x.low[e] == "on" && x.skipDate(e, last) > e {
					e = x.skipDate(e, last) // "held talks in the capital on January 21 with X"
				}
				if e > s0 && e+1 < last && (x.low[e] == "by" || x.low[e] == "with" || named && (x.low[e] == "in" || x.low[e] == "at" || dateWords[x.low[e]] ||
					(x.low[e] == "this" || x.low[e] == "that") && dateWords[x.low[e+1]])) {
					j = e - 1 // "met in the capital with X", "at the Kirya military headquarters in Tel Aviv this morning with X"
				}
			}
		case role && (lw == "of" || lw == "to" || lw == "for" || lw == "from" || lw == "," || lw == "(" || lw == ")" || lw == "and" || isCap(d.Tokens[j].Text)):
			// "..., X" or "and X" closes the phrase; "the minister for home
			// affairs, X"; "an inspector from the banking regulator, X"
			ofRole = (ofRole || lw == "of" || lw == "for" || lw == "from") && lw != "," && lw != "and"
		case ofRole && isLowerWord(d.Tokens[j].Text) && !roleStops[lw] && !boundaries[lw] && !prepositions[lw] && !isTrigger(lw):
			// "the president of the Madrid regional government, X"
		case !role && j+2 < last && isLowerWord(d.Tokens[j].Text) && isPossessiveClitic(x.low[j+1]) && !finiteVerb(lw) && !boundaries[lw] && x.describedName(j+2, last):
			// "her company's owner, X"
		case !role && j+2 < last && isLowerWord(d.Tokens[j].Text) && !finiteVerb(lw) && !boundaries[lw] && !prepositions[lw] && !isTrigger(lw) &&
			(roleNoun(x.low[j+1]) || isLowerWord(d.Tokens[j+1].Text) && !prepositions[x.low[j+1]] && roleNoun(x.low[j+2])):
			// "the county executive member for agriculture, X": the words of an office before its title
		default:
			if e := x.groupApposition(j, last); e > 0 {
				j = e // "the military leaders of the three countries, A, B and C"
				continue
			}
			// A longer role: "rebel chief-of-staff", "militia leader General",
			// "Academy Award-winning screenwriter".
			e := x.roleTo(j, minInt(last, k+17))
			if e < 0 {
				if t := x.styleOf(j, last); t > j {
					j = t // "received the Onijo of Ijoko, Oba X": a ruler's style
					continue
				}
				if t := x.ownerTitle(j, last); t > j {
					j = t // "met the Bulls director of rugby, X": the title after its organisation
					continue
				}
				if t := x.ownerName(j, last); t > j {
					j = t // "meet the Department of Education's deputy minister, X"
					continue
				}
				return nil
			}
			j, role = e, true
			continue
		}
		j++
	}
	if j >= last || x.refAt[j] < 0 || !prep && !tr.direct {
		return nil
	}
	g, _ := x.rightGroup(j, last)
	if len(g) > 0 && (x.journalist(k+1, x.refs[g[0]].last) || x.outlet(x.refs[g[0]])) {
		return nil // "told CNN's Jake Tapper": an interview
	}
	if len(g) > 0 && tellWords[x.low[k]] && x.findWordIn(k+1, x.refs[g[0]].last, benchWords) >= 0 {
		return nil // "Sgt X told Judge Y that": evidence in court
	}
	return g
}

// benchWords are the titles of those who hear a case.
var benchWords = wordSet(`judge magistrate justice coroner sheriff`)

// styleOf returns the token after the comma that closes a ruler's or
// chief's style at j, "Onijo of Ijoko, " or "Iyalode of Ijoko, ", when a
// person follows it (after titles); else -1.
func (x *ectx) styleOf(j, last int) int {
	e := j
	for e < last && e < j+3 && isCap(x.d.Tokens[e].Text) && x.refAt[e] < 0 && x.placeAt[e] < 0 {
		e++
	}
	if e == j || e >= last || x.low[e] != "of" {
		return -1
	}
	e++
	for n := 0; e < last && n < 3 && isCap(x.d.Tokens[e].Text) && x.refAt[e] < 0; n++ {
		e++
	}
	if e+1 >= last || x.low[e] != "," || x.low[e-1] == "of" {
		return -1
	}
	p := e + 1
	for p < last && p <= e+4 && x.refAt[p] < 0 && (titleWords[x.low[p]] || x.address(p)) {
		p++
	}
	if p >= last || x.refAt[p] < 0 {
		return -1
	}
	return p
}

// ownerTitle returns the title that follows the capitalised name of its
// organisation at j ("the Bulls director of rugby", "Barclays chief
// economist"), or -1.
func (x *ectx) ownerTitle(j, last int) int {
	for e := j; e < last && e <= j+3; e++ {
		if x.refAt[e] >= 0 {
			return -1
		}
		if e > j && (titleWords[x.low[e]] || roleNoun(x.low[e])) {
			return e
		}
		if !isCap(x.d.Tokens[e].Text) || capStops[x.low[e]] {
			return -1
		}
	}
	return -1
}

// ownerName returns the token after the possessive clitic that closes the
// capitalised name of an organisation at j ("the Department of
// Education's"), or -1.
func (x *ectx) ownerName(j, last int) int {
	if !isCap(x.d.Tokens[j].Text) {
		return -1
	}
	for e := j + 1; e < last && e <= j+7; e++ {
		lw := x.low[e]
		switch {
		case x.refAt[e] >= 0:
			if r := x.refs[x.refAt[e]]; r.first == e && r.last > e+1 && isPossessiveClitic(x.low[e+1]) {
				return e // "the Department of [Education's deputy minister]": a role that took the owner's last word
			}
			return -1
		case isPossessiveClitic(lw):
			for t := e + 1; t < last && t <= e+3; t++ {
				if titleWords[x.low[t]] || roleNoun(x.low[t]) {
					return e + 1 // a role follows: "the Department of Education's deputy minister"
				}
			}
			return -1 // "told VRT's De Ochtend": a programme
		case isCap(x.d.Tokens[e].Text) || lw == "of" || lw == "and" || lw == "for" || lw == "the":
		default:
			return -1
		}
	}
	return -1
}

// skipDate returns the token after "on" and the date that follows it at j
// ("on Monday", "on January 21", "on 21 January"), or j.
func (x *ectx) skipDate(j, last int) int {
	if x.low[j] != "on" {
		return j
	}
	e := j + 1
	for e < last && e <= j+3 && (dateWords[x.low[e]] || startsDigit(x.low[e])) {
		e++
	}
	if e == j+1 {
		return j
	}
	if e+1 < last && (x.low[e] == "next" || x.low[e] == "last" || x.low[e] == "this") && x.low[e+1] == "week" {
		e += 2 // "on Thursday next week"
	}
	return e
}

// groupApposition returns the first person of a list that names the members
// of a group told at j, or -1: "the military leaders of the three
// countries, Assimi Goita, Ibrahim Traore and Abdourahamane Tiani".
func (x *ectx) groupApposition(j, last int) int {
	plural := false
	for e := j; e < last && e <= j+14; e++ {
		lw := x.low[e]
		switch {
		case numberWord(lw) > 1 && e+1 < last && x.low[e+1] == "of":
			plural = true // "two of the most powerful figures in the industry, A and B"
		case lw == "," || lw == ":" || lw == "–" || lw == "—" || lw == "--":
			// "the presidents of the three clubs – Colo-Colo's X, Y and Z –"
			if !plural {
				return -1
			}
			if f := x.skipRole(e+1, last); f < last && x.refAt[f] >= 0 && f+1 < last {
				n := x.refs[x.refAt[f]].last
				if n+1 < last && x.low[n] == "of" && x.placeAt[n+1] >= 0 {
					n = x.places[x.placeAt[n+1]].last // "the two chief negotiators, A of Serbia and B of Kosovo"
				}
				if n < last && (x.low[n] == "," || x.low[n] == "and") {
					return f
				}
			}
			return -1
		case x.refAt[e] >= 0 || boundaries[lw] || finiteVerb(lw) || speechVerbs[lw]:
			return -1
		case pluralWords[lw] || pluralKin[lw] || isLowerWord(x.d.Tokens[e].Text) && agentPlural(lw):
			plural = true // (and "the festival organisers, A and B")
		}
	}
	return -1
}

// agentPlural reports whether w is the plural of a noun of people by what
// they do: "organisers", "founders", "residents", "activists".
func agentPlural(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// portfolioList returns the title that ends a list of capitalised
// portfolio words opening at j, or -1: "Minister" of "Economy, Trade and
// Industry Minister" (or "Industry" where the reference opens there).
func (x *ectx) portfolioList(j, last int) int {
	d := x.d
	for e := j; e < last && e <= j+8; e++ {
		w := d.Tokens[e].Text
		lw := x.low[e]
		switch {
		case titleWords[lw] && !deptWords[lw] && isCap(w) || x.refAt[e] >= 0 && e > j && deptWords[lw] && isCap(w):
			if e == j {
				return -1
			}
			return e // the title, or the reference that opens with the last portfolio
		case (lw == "," || lw == "and" || w == "&") && e > j:
		case deptWords[lw] && isCap(w) && x.refAt[e] < 0:
		default:
			return -1
		}
	}
	return -1
}

// purposeTo reports whether the "to" at j opens an infinitive of purpose:
// "to agree the loan of", "to explain how", "to discuss the future of".
func (x *ectx) purposeTo(j, last int) bool {
	if j+2 >= last || !isLowerWord(x.d.Tokens[j+1].Text) {
		return false
	}
	w := x.low[j+1]
	if titleWords[w] || roleNoun(w) || kinWords[w] || occupationWords[w] || determiners[w] || roleModifiers[w] || x.refAt[j+1] >= 0 {
		return false // "spoke to defender X", "to the minister", "to former president X"
	}
	return purposeVerbs[w] || determiners[x.low[j+2]] || whWords[x.low[j+2]]
}

// purposeVerbs open an infinitive of purpose: "met to discuss X".
var purposeVerbs = wordSet(`discuss agree explain finalise finalize sign negotiate review seek ask press urge plan prepare resolve
settle iron hammer push brief present outline raise thank congratulate mark celebrate launch inaugurate deepen strengthen
boost explore assess examine consider address tackle find reach clinch seal secure patch mend smooth ease defuse
lobby pitch persuade convince win pay offer propose request demand express convey deliver hand sound`)

// roleTo returns the token of the person reference that a role phrase
// starting at j, before end, leads to, or -1: the words are modifiers and
// nouns (no verb, clause word or punctuation but hyphens), and the last
// before the name is a role noun ("rebel chief-of-staff Aslan Maskhadov",
// "opposition militia leader General Dostum").
func (x *ectx) roleTo(j, end int) int {
	d := x.d
	roleSeen, capTitle := false, false
	owned := j > 0 && isPossessiveClitic(x.low[j-1]) // "New Zealand's [fisheries minister, X]"
	for e := j; e < end; e++ {
		if x.refAt[e] >= 0 {
			if roleSeen || roleNoun(x.low[e]) || titleWords[x.low[e]] {
				return e // the reference may begin with its role
			}
			if e-j <= 2 && j > 0 && (isTrigger(x.low[j-1]) || determiners[x.low[j-1]] || isPossessiveClitic(x.low[j-1])) && x.bareNouns(j, e) {
				return e // "hosted runner Faith Kipyegon", "met world champion X"
			}
			if rf := x.refs[x.refAt[e]]; rf.first == e && e > j && (isPossessiveClitic(x.low[e-1]) || x.capsOnly(j, e)) {
				// "the group's Gaza chief Khalil al-Hayya", "Cricket Australia
				// chief executive Fiona McAllister": the role in the reference
				for q := rf.first + 1; q < rf.last && q <= rf.first+4; q++ {
					if roleNoun(x.low[q]) {
						return e
					}
				}
			}
			return -1
		}
		t := d.Tokens[e].Text
		lw := lower(t)
		switch {
		case roleNoun(lw):
			roleSeen = true
			capTitle = capTitle || isCap(t)
			continue
		case isPossessiveClitic(lw) && e > j:
			owned = true
			continue // "the group's Gaza chief", "Trump's Middle East envoy" (Trump untagged)
		case t == "(" && e+2 < end && isCap(d.Tokens[e+1].Text) && d.Tokens[e+2].Text == ")":
			e += 2 // "Indonesian Football Association (PSSI) chairman X"
			continue
		case e == j && yearNumber(lw):
			continue // "the 2023 Labour Party candidate, X"
		case lw == "," && (roleSeen || kinWords[x.low[e-1]]) && (owned || j > 0 && x.low[j-1] == "the") && e+1 < end && x.refAt[x.skipRole(e+1, end)] >= 0:
			// "Lakeshore's outside counsel, Howard Tsai", "Thailand's chief
			// negotiator, Lieutenant-General X", "the defendant's younger
			// brother, X", "the 2023 Labour Party candidate, X"
			return x.skipRole(e+1, end)
		case roleStops[lw] || speechVerbs[lw] || boundaries[lw] || !isWordish(t) && !capCode(t):
			return -1
		case (lw == "for" || lw == "of") && roleSeen && e+2 < end && x.refAt[e+2] >= 0 && isLowerWord(d.Tokens[e+1].Text) && !roleStops[x.low[e+1]] &&
			!determiners[x.low[e+1]] && !isTrigger(x.low[e+1]):
			e++ // "board member for personnel X", "Bulls director of rugby X": a portfolio
			continue
		}
		// "leader General", not "leader of the Hamas"; but a capitalised
		// title keeps its portfolio: "Union Minister of State for Home X"
		roleSeen = roleSeen && (isCap(t) || capTitle && (lw == "of" || lw == "for" || lw == "and" || lw == "the"))
	}
	return -1
}

// possessedVenue returns the last token of a building named by its owner
// from token j ("the prime minister's office", "the miner's St Georges
// Terrace headquarters"), or -1.
func (x *ectx) possessedVenue(j, last int) int {
	if j < last && x.low[j] == "the" {
		j++
	}
	c := j
	for c < last && c < j+4 && !isPossessiveClitic(x.low[c]) && !boundaries[x.low[c]] && x.low[c] != "," {
		c++
	}
	if c >= last || c == j || !isPossessiveClitic(x.low[c]) {
		return -1
	}
	for v := c + 1; v < last && v <= c+4; v++ {
		if venueNouns[x.low[v]] || buildingWords[x.low[v]] {
			return v
		}
		if x.refAt[v] >= 0 || boundaries[x.low[v]] || x.low[v] == "," {
			return -1
		}
	}
	return -1
}

// capsOnly reports whether tokens [i, j) are capitalised words, a name.
func (x *ectx) capsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if !isCap(x.d.Tokens[k].Text) || capStops[x.low[k]] {
			return false
		}
	}
	return i < j
}

// bareNouns reports whether tokens [i, j) are lower-case words that can
// stand as a role right before a name: "runner", "world champion".
func (x *ectx) bareNouns(i, j int) bool {
	for k := i; k < j; k++ {
		lw := x.low[k]
		if !isLowerWord(x.d.Tokens[k].Text) || roleStops[lw] || prepositions[lw] || determiners[lw] || boundaries[lw] || whWords[lw] ||
			speechVerbs[lw] || isTrigger(lw) || strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") {
			return false
		}
	}
	return true
}

// timeUnits end a phrase of duration: "for several hours".
var timeUnits = wordSet(`minute minutes hour hours day days week weeks month months year years time while`)

// whWords open a question or a free relative: "briefed on what X and Y discussed".
var whWords = wordSet(`what whatever why how whether whose whom who which`)

// including reads the people of a group named among the objects that end at
// token j: "hosted Zelensky and European leaders at the White House on
// Monday, including German Chancellor Friedrich Merz and ...".
func (x *ectx) including(j int, s Sentence) []int {
	group := false
	for t := j; t < s.Last && t < j+18; t++ {
		lw := x.low[t]
		switch {
		case pluralWords[lw] || groupObjects[lw] || collectiveNouns[lw] || peopleNoun(lw) ||
			isLowerWord(x.d.Tokens[t].Text) && strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && t+2 < s.Last && x.low[t+1] == "," && (x.low[t+2] == "among" || x.low[t+2] == "including"):
			group = true // "met ODM governors, among them X and Y"; "spoke with vendors, among them X"
		case x.refAt[t] >= 0 && possessives[lw] && x.refs[x.refAt[t]].last == t+1:
			// "at his palace"
		case lw == "including" || lw == "among" && t+1 < s.Last && x.low[t+1] == "them" ||
			(lw == "that" || lw == "which") && t+1 < s.Last && (x.low[t+1] == "included" || x.low[t+1] == "includes" || x.low[t+1] == "include"):
			if !group || t == j {
				return nil
			}
			if lw != "including" {
				t++ // "among them X", "a group of tycoons that included X"
			}
			l := x.listFrom(x.skipRole(t+1, s.Last), s)
			for i := len(l) - 1; i >= 0 && len(l) > 1; i-- {
				if rf := x.refs[l[i]]; rf.last == rf.first+1 && possessives[x.low[rf.first]] && rf.last < s.Last && x.refAt[rf.last] < 0 {
					l = slices.Delete(l, i, i+1) // "including A and his Ogun State counterpart, B": B, not A's owner again; "among them my neighbour, B"
				}
			}
			return l
		case x.refAt[t] >= 0 || boundaries[lw] || finiteVerb(lw) || speechVerbs[lw]:
			return nil
		}
	}
	return nil
}

// togetherWith returns the people of ", together with A and B" (or ",
// along with", ", alongside") at the end of the clause of an object that
// ends at j, past the phrases of time and place between: "is expected to
// meet X on the sidelines of the annual meetings next month, together with
// A and B".
func (x *ectx) togetherWith(j int, s Sentence) []int {
	for t := j; t+2 < s.Last && t < j+24; t++ {
		lw := x.low[t]
		if x.refAt[t] >= 0 || boundaries[lw] || finiteVerb(lw) || speechVerbs[lw] || x.quoted[t] != x.quoted[j-1] {
			return nil
		}
		if lw != "," {
			continue
		}
		n := t + 1
		switch {
		case (x.low[n] == "together" || x.low[n] == "along") && x.low[n+1] == "with":
			n += 2
		case x.low[n] == "alongside":
			n++
		default:
			continue
		}
		return x.listFrom(x.skipRole(n, s.Last), s)
	}
	return nil
}

// delegationNoun returns the token of "delegation", "team" or "mission" at
// j or after modifiers of it ("visiting parliamentary delegation",
// "high-level Vietnamese delegation"), or -1.
func (x *ectx) delegationNoun(j, last int) int {
	named := false // "a visiting International Monetary Fund (IMF) mission"
	for n := j; n < last && (n <= j+3 || named && n <= j+9); n++ {
		switch lw := x.low[n]; {
		case lw == "delegation" || lw == "team" || lw == "mission":
			return n
		case (lw == "(" || lw == ")") && named:
		case x.refAt[n] >= 0 || boundaries[lw] || prepositions[lw] || lw == "," || lw == "and" || !hasLetter(lw):
			return -1
		case !isLowerWord(x.d.Tokens[n].Text) && countryOf(x.f.Gazetteer, x.d.Tokens[n].Text) == "":
			if n == j || !isCap(x.d.Tokens[n].Text) || x.placeAt[n] >= 0 || !isLowerWord(x.d.Tokens[j].Text) {
				return -1
			}
			named = true
		}
	}
	return -1
}

// ledBy returns the token after "led by" or "headed by" that follows a
// delegation's "of" or "from" phrase at i ("of Azerbaijani lawmakers led
// by"), or -1. The phrase names no one and holds no clause.
func (x *ectx) ledBy(i, last int) int {
	for j := i; j+1 < last && j <= i+8; j++ {
		lw := x.low[j]
		if (lw == "led" || lw == "headed") && x.low[j+1] == "by" {
			return j + 2
		}
		if j > i && x.refAt[j] >= 0 || boundaries[lw] || lw == "," || lw == "and" || triggers[lw].typ != "" {
			return -1
		}
		if j == i && lw != "of" && lw != "from" && lw != "led" && lw != "headed" {
			return -1
		}
	}
	return -1
}

// collectiveNouns name a group of people met at once: "received a smaller
// group ..., including X and Y".
var collectiveNouns = wordSet(`group delegation team party handful circle gathering panel`)

// qualified reports whether the meeting noun at k has a name or an owner of
// its own ("the G20 foreign ministers' meeting", "the ASEAN summit"), so that
// it is not the meeting told before.
func (x *ectx) qualified(k int, s Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-5; j-- {
		t := x.d.Tokens[j].Text
		if determiners[x.low[j]] || isPunct(t) && !isPossessiveClitic(x.low[j]) {
			return false
		}
		if isCap(t) || isPossessiveClitic(x.low[j]) {
			return true
		}
	}
	return false
}

// partyNouns name the people who took part in a meeting as a group.
var partyNouns = wordSet(`participants attendees delegation delegations team side panel party entourage`)

// agreementNouns are what two parties sign together.
var agreementNouns = wordSet(`agreement agreements deal deals accord accords treaty treaties pact memorandum memoranda mou
truce ceasefire cease-fire declaration communique protocol contract charter framework frameworks convention`)

// signedBy returns the "by" that names the signers of an agreement signed
// in the passive, "The MoU was signed on Saturday at Lok Seva Bhavan by A
// and B", or -1: they signed it together, in one place.
func (x *ectx) signedBy(k int, s Sentence) int {
	if k-1 <= s.First || !beWords[x.low[k-1]] {
		return -1
	}
	agreement := false
	for j := k - 2; j >= s.First && j >= k-10; j-- {
		if agreementNouns[x.low[j]] {
			agreement = true
			break
		}
		if boundaries[x.low[j]] || x.refAt[j] >= 0 {
			break
		}
	}
	if !agreement {
		return -1
	}
	for j := k + 1; j < s.Last && j <= k+16; j++ {
		switch {
		case x.low[j] == "by":
			return j
		case boundaries[x.low[j]] || x.refAt[j] >= 0 || isTrigger(x.low[j]):
			return -1
		}
	}
	return -1
}

// apposedPair returns two people named from j with an apposition each,
// "A, director general of X (ONHYM), and B, group chief executive of Y": the
// second name opens right after ", and", before any other verb or clause.
func (x *ectx) apposedPair(j int, s Sentence) []int {
	j = x.skipRole(j, s.Last)
	if j >= s.Last || x.refAt[j] < 0 {
		return nil
	}
	first := x.refAt[j]
	for t := x.refs[first].last; t+2 < s.Last && t < x.refs[first].last+24; t++ {
		if x.refAt[t] >= 0 || boundaries[x.low[t]] && x.low[t] != "(" && x.low[t] != ")" || isTrigger(x.low[t]) {
			return nil
		}
		if x.low[t] == "," && x.low[t+1] == "and" {
			if e := x.skipRole(t+2, s.Last); e < s.Last && x.refAt[e] >= 0 {
				return []int{first, x.refAt[e]}
			}
			return nil
		}
	}
	return nil
}

// agreementSigned reports whether the verb "signed" at k has an agreement for
// its object: "signed a framework agreement", "signed the deal".
func (x *ectx) agreementSigned(k int, s Sentence) bool {
	if k > s.First && beWords[x.low[k-1]] {
		return false // "was signed by": the passive names no partner here
	}
	for j := k + 1; j < s.Last && j <= k+5; j++ {
		if agreementNouns[x.low[j]] {
			return true
		}
		if boundaries[x.low[j]] || x.low[j] == "," || x.refAt[j] >= 0 {
			return false
		}
	}
	return false
}

// mealTaken reports whether the meal noun at k is one the subject had: "had
// dinner", "has a working lunch", "began her day with a private breakfast".
func (x *ectx) mealTaken(k int, s Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-3; j-- {
		switch lw := x.low[j]; {
		case lw == "had" || lw == "has" || lw == "have" || lw == "having" || lw == "with" || lw == "over":
			return true
		case lw == "a" || lw == "an" || lw == "private" || lw == "working" || lw == "late" || lw == "early" || lw == "long" || lw == "quiet" || lw == "informal":
		default:
			return false
		}
	}
	return false
}

// roleNoun reports whether a lower-case word names a role: a title, a
// relation, an agent noun ("screenwriter", "negotiator", "activist"), or a
// hyphenated title ("chief-of-staff").
func roleNoun(lw string) bool {
	if titleWords[lw] || kinWords[lw] || occupationWords[lw] || lw == "member" {
		return true
	}
	if strings.Contains(lw, "-") {
		for _, p := range strings.Split(lw, "-") {
			if titleWords[p] {
				return true
			}
		}
		return false
	}
	if len(lw) < 6 {
		return false
	}
	for _, suf := range []string{"writer", "maker", "player", "owner", "holder", "ist", "or", "ian", "ier", "eur"} {
		if strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// tourWords go round a site with the people after "with": "toured the
// arena with X", "walks the landing site with X".
var tourWords = wordSet(`toured walked inspected tours walks inspects tour walk inspect`)

// bringWords gather people: "brought together X and Y", "bring X and Y together".
var bringWords = wordSet(`bring brings bringing brought`)

// together reports whether the verb at k gathers people: "brought together
// X, Y and Z", "tried to bring X and Y together".
func (x *ectx) together(k int, s Sentence) bool {
	if k+1 >= s.Last {
		return false
	}
	if x.low[k+1] == "together" {
		return true
	}
	j := x.skipRole(k+1, s.Last)
	for j < s.Last && x.refAt[j] < 0 && (determiners[x.low[j]] || x.low[j] == "his" || x.low[j] == "her") {
		j = x.skipRole(j+1, s.Last)
	}
	if j >= s.Last || x.refAt[j] < 0 {
		return false
	}
	if len(x.broughtTogetherWith(k, s)) > 1 {
		return true // "brings Xi together with Tokayev and Mirziyoyev"
	}
	g, _ := x.rightGroup(j, s.Last)
	if len(g) < 2 {
		return false
	}
	e := x.refs[g[len(g)-1]].last
	if e < s.Last && x.low[e] == "," {
		// "brought X and Y, chief executive of Z, together"
		for a := e + 1; a < s.Last && a <= e+10 && x.refAt[a] < 0 && !boundaries[x.low[a]]; a++ {
			if x.low[a] == "," {
				e = a + 1
				break
			}
		}
	}
	return e < s.Last && x.low[e] == "together"
}

// broughtTogetherWith returns the people of "brings X together with Y
// and Z" at the verb k: X, Y and Z; else nil.
func (x *ectx) broughtTogetherWith(k int, s Sentence) []int {
	j := x.skipRole(k+1, s.Last)
	if j >= s.Last || x.refAt[j] < 0 {
		return nil
	}
	e := x.refs[x.refAt[j]].last
	if e+2 >= s.Last || x.low[e] != "together" || x.low[e+1] != "with" {
		return nil
	}
	return x.people(append([]int{x.refAt[j]}, x.listFrom(e+2, s)...))
}

// newSubjectBetween reports whether a comma and a subject open a new clause
// between tokens i and k: "without American input, European leaders met".
func (x *ectx) newSubjectBetween(i, k int) bool {
	for j := i + 1; j+1 < k; j++ {
		if x.low[j] == "," && (x.refAt[j+1] >= 0 || isCap(x.d.Tokens[j+1].Text) || determiners[x.low[j+1]]) {
			return true
		}
	}
	return false
}

// roleWithin reports whether a role noun stands in tokens [i, j): "the
// party's co-leader", "its foreign minister".
func (x *ectx) roleWithin(i, j int) bool {
	for k := i; k < j; k++ {
		if roleNoun(x.low[k]) {
			return true
		}
	}
	return false
}

// purpose reports whether the nominal trigger at k states the purpose of an
// earlier trigger of its sentence ("expected to meet A and B for talks"): the
// people before it are that trigger's objects, not a meeting of their own.
func (x *ectx) purpose(k int, s Sentence) bool {
	d := x.d
	j := k - 1
	for j > s.First && !isCap(d.Tokens[j].Text) && triggers[x.low[j]].typ == "" && x.low[j] != "for" {
		j-- // "for separate talks", "for further talks", "for several hours of talks"
		if j < k-4 {
			return false
		}
	}
	if j <= s.First || x.low[j] != "for" {
		return false
	}
	for i := s.First; i < j; i++ {
		if _, ok := triggers[x.low[i]]; ok && x.refAt[i] < 0 {
			return true
		}
	}
	return false
}

// headline reports whether sentence s is written in title case: fewer
// lower-case words than capitalised ones.
func (x *ectx) headline(s Sentence) bool {
	lowerN, capN := 0, 0
	for j := s.First; j < s.Last; j++ {
		t := x.d.Tokens[j].Text
		switch {
		case isCap(t):
			capN++
		case t != "" && 'a' <= t[0] && t[0] <= 'z':
			lowerN++
		}
	}
	return lowerN < capN
}

// determiners stand before nouns, never before a verb.
var determiners = wordSet(`the a an his her its their our my your this that these those`)

// roleStops are words that cannot stand inside a role phrase.
var roleStops = wordSet(`is was were are be been being has have had will would could should may might can do did does
not no who whom which that this these those it he she they we i you after before about over under from into by at in on
since until during against between among while when where as than then or but if so also there here`)

// isWordish reports whether t is a word, possibly hyphenated or with an
// apostrophe.
// hasLetter reports whether t has a letter: "her" before "." is an object.
func hasLetter(t string) bool {
	return strings.IndexFunc(t, unicode.IsLetter) >= 0
}

func isWordish(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if !(r == '-' || r == '\'' || r == '’' || r == '.' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r >= 0x80) {
			return false
		}
	}
	return true
}

// capCode reports a capitalised code of letters and digits that names a
// group the way a word does: "M23 leader", "G20 sherpa".
func capCode(t string) bool {
	if !isCap(t) {
		return false
	}
	for _, r := range t {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// kinWords are relations that stand before a name like a title: "his wife Naina".
// occupationWords are trades that stand before a name like a title: "the
// Bosnian film producer Amra Hodzic", "striker Keron Mendoza".
var occupationWords = wordSet(`producer manager coach striker midfielder defender goalkeeper winger agent businessman businesswoman
entrepreneur banker lawyer attorney designer singer rapper founder co-founder cofounder trader farmer teacher investor
financier tycoon magnate architect engineer surgeon priest imam pastor bishop rabbi referee businessmen
candidate nominee challenger contender incumbent witness defendant accountant consultant researcher analyst
steward curator dealer buyer specialist economist scientist lecturer editor publisher activist campaigner organiser organizer
interpreter gp doctor physician nurse midwife pharmacist
master headmaster headmistress postmaster postmistress stationmaster bandmaster choirmaster coxswain skipper fisherman shopkeeper
publican landlord landlady caretaker ranger chef baker butcher plumber electrician mechanic driver pilot volunteer organist
vicar curate churchwarden verger sacristan matron principal scout trainer physio selector promoter recruiter`)

var kinWords = wordSet(`wife husband spouse son daughter brother sister mother father widow cousin nephew niece uncle aunt
friend colleague successor predecessor rival opponent host guest visitor partner ally`)

// rightGroup collects coordinated references starting at token j:
// "X, Y and Z", "X as well as Y".
func (x *ectx) rightGroup(j, last int) ([]int, int) {
	d := x.d
	var g []int
	prevEnd, commaAnd := j, false // the end of the last person taken; whether ", and" came after it
	for j < last {
		for j < last && x.refAt[j] < 0 {
			lw := x.low[j]
			if lw != "the" && lw != "his" && lw != "her" && lw != "both" && lw != "its" {
				break
			}
			j++
		}
		if j+2 < last && x.refAt[j] < 0 && x.placeAt[j] >= 0 && isPossessiveClitic(d.Tokens[x.places[x.placeAt[j]].last].Text) {
			if e := x.places[x.placeAt[j]].last + 1; len(g) > 0 || x.refAt[x.skipRole(e, last)] >= 0 {
				j = e // ", Paraguay's Santiago Pena"; "between Uganda's Energy minister X"
			}
		}
		if j+2 < last && x.refAt[j] >= 0 && possessives[x.low[j]] && x.refs[x.refAt[j]].last == j+1 && x.refAt[j+1] >= 0 && len(g) > 0 &&
			x.refs[x.refAt[j+1]].ent != x.refs[x.refAt[j]].ent {
			j++ // "and his counterpart Y" read as one reference to Y: Y, not him again
		}
		if j+2 < last && x.refAt[j] >= 0 && possessives[x.low[j]] && x.refs[x.refAt[j]].last == j+1 && x.refAt[j+1] < 0 {
			e := x.skipRole(j+1, last)
			if r := x.roleTo(j+1, minInt(last, j+8)); e == j+1 && r > j+1 && len(g) > 0 {
				e = r // "his Ugandan counterpart Y"
			}
			if a := x.ownedApposition(j+1, last); e == j+1 && (len(g) > 0 || x.low[j] == "my" || x.low[j] == "our") && a > 0 {
				j = a // "met X and his agent, the Marseille-based Y"; a narrator's "with my editor, Fiona"
			} else if e > j+1 && (kinWords[x.low[j+1]] || len(g) > 0 && e < last && x.refAt[e] >= 0) {
				j++ // "Lula and his wife Rosangela", "between X and his Ugandan counterpart Y": the wife, the counterpart, not him again
			}
		}
		if j < last && x.refAt[j] < 0 {
			e := x.skipRole(j, last) // ", White House Chief of Staff Susie Wiles"; "were External Affairs Minister S Jaishankar"
			if len(g) > 0 && e == j && x.roleWithin(j, minInt(last, j+5)) {
				// "and its foreign minister, Archbishop Paul Richard Gallagher",
				// "and the president of the Uruguayan Football Association (AUF), Ignacio Alonso"
				if c := x.findWord(j, minInt(last, j+13), ","); c > 0 && !x.clauseIn(j, c) && x.refsIn(j, c) == nil && c+1 < last &&
					x.refAt[x.skipRole(c+1, last)] >= 0 {
					e = x.skipRole(c+1, last)
				}
			}
			j = e
		}
		if j >= last || x.refAt[j] < 0 {
			break
		}
		r := x.refAt[j]
		if f := x.refs[r].first; len(g) > 0 && x.findWord(maxInt(0, f-5), f, "late") >= 0 && x.findWord(maxInt(0, f-5), f, "of") >= 0 {
			break // "X, the daughter of the late Nobel laureate Wangari Maathai" (but "his meeting with the late X" in 2023)
		}
		if x.relativeOf(x.refs[r].first) {
			break // "the son of former prime minister Khaleda Zia": the son, unnamed
		}
		j = x.refs[r].last
		if len(g) > 0 && j+1 < last && isPossessiveClitic(d.Tokens[j].Text) {
			// ", Biden's Middle East coordinator Brett McGurk": the coordinator
			if e := x.skipRole(j+1, last); e > j+1 && e < last && x.refAt[e] >= 0 && x.refAt[e] != r {
				j = e
				continue
			}
		}
		if j < last && isLowerWord(d.Tokens[j].Text) && (titleWords[x.low[j]] || occupationWords[x.low[j]] || roleModifiers[x.low[j]]) &&
			x.refAt[j] >= 0 && x.refAt[j] != r && x.refs[x.refAt[j]].ent != x.refs[r].ent {
			// "with Sao Kim co-founder Le Quang Vinh": a name right before
			// the job of the next is the company or the principal; the one
			// met is the person who holds the job
			continue
		}
		if j < last && (isPossessiveClitic(d.Tokens[j].Text) || speechVerbs[x.low[j]]) {
			break // "X's mass": an owner; ", Reppas told reporters": a source
		}
		if len(g) > 0 && commaAnd && j < last && (beWords[x.low[j]] || x.low[j] == "will" || x.low[j] == "has" || x.low[j] == "had") {
			j = prevEnd
			break // "meet Paraguay's Santiago Peña, and Marco Rubio is expected in Santiago": a new clause's subject
		}
		g = append(g, r)
		// Coordination.
		n := 0
		end := j
		prevEnd, commaAnd = j, false
		for j < last {
			lw := x.low[j]
			if lw == "and" && j > 0 && x.low[j-1] == "," {
				commaAnd = true
			}
			if lw == "," && n == 0 {
				if c := x.semicolonAppositionEnd(j, last); c > 0 {
					j, lw = c, ";" // "A, mayor of Kuching, Malaysia; B, vice-chairwoman of ...; and C"
				} else if c := x.apposition(j, last); c > 0 {
					j = c // "Sheikh Tahnoon bin Zayed, National Security Adviser, Sheikh Abdullah ..."
				}
			}
			if lw == "," || lw == "and" || lw == "&" || lw == ";" {
				j++
				n++
				continue
			}
			if n > 0 && sequenceWords[lw] {
				j++ // "A and then B": one after the other
				continue
			}
			if n == 0 && lw == "first" && j+1 < last && (x.low[j+1] == "and" || x.low[j+1] == ",") {
				j++ // "spoke with Hun Manet first and then with Phumtham"
				continue
			}
			if n > 0 && (lw == "with" || lw == "to") && j+1 < last && x.refAt[j+1] >= 0 {
				j++ // "separate meetings with A, and with B", "spoke by phone to A and to B"
				continue
			}
			if n == 0 && lw == "on" && j+1 < last && dateWords[x.low[j+1]] {
				j += 2 // "A on Monday and later B"
				continue
			}
			if n == 0 && weekdays[lw] && j+1 < last && (x.low[j+1] == "and" || x.low[j+1] == ",") {
				j++ // "A Tuesday and later B", in wire style
				continue
			}
			if e := x.fromBody(j, last); n == 0 && e > j && e+1 < last && (x.low[e] == "and" || x.low[e] == ",") && x.refAt[x.skipRole(e+1, last)] >= 0 {
				j = e // "Professor A from Kyoto University and Dr B from the institute"
				continue
			}
			if n == 0 && lw == "of" && j+2 < last && x.placeAt[j+1] >= 0 && (x.low[x.places[x.placeAt[j+1]].last] == "," || x.low[x.places[x.placeAt[j+1]].last] == "and") {
				j = x.places[x.placeAt[j+1]].last // "President A of Ghana, President B of Sierra Leone"
				continue
			}
			if lw == "as" && j+2 < last && x.low[j+1] == "well" && x.low[j+2] == "as" {
				j += 3
				n++
				continue
			}
			if (lw == "along" || lw == "together") && j+1 < last && x.low[j+1] == "with" {
				j += 2
				n++
				continue
			}
			if lw == "alongside" || n == 0 && lw == "again" && j+1 < last && x.low[j+1] == "alongside" {
				j++ // "meet Lutnick again alongside Nvidia Chief Executive Jensen Huang"
				if lw == "again" {
					j++
				}
				n++
				continue
			}
			break
		}
		if n == 0 && j < last && titleWords[x.low[j]] && isCap(d.Tokens[j].Text) {
			// A list without its comma: "Trump Vice President JD Vance".
			if x.refAt[j] >= 0 {
				continue // the reference begins with its title
			}
			if e := x.skipRole(j, last); e > j {
				j = e
				continue
			}
		}
		if n == 0 {
			j = end
			break
		}
	}
	return g, j
}

// apposition returns the comma that closes a role apposition opened by the
// comma at j ("X, Minister of Foreign Affairs, and Y"), when a person or
// "and" follows it; else -1.
func (x *ectx) apposition(j, last int) int {
	d := x.d
	if j+2 < last && x.low[j+1] == "who" {
		// "A, who chairs the beach management unit, and B"
		for c := j + 2; c < last && c <= j+16; c++ {
			if x.refAt[c] >= 0 || x.low[c] == ";" || dateWords[x.low[c]] || startsDigit(x.low[c]) {
				return -1 // (a clause with a date of its own, "who has run the firm since 2019", is read apart)
			}
			if x.low[c] == "," {
				if c+2 < last && x.low[c+1] == "and" && x.refAt[x.skipRole(c+2, last)] >= 0 {
					return c
				}
				return -1
			}
		}
		return -1
	}
	titled, prep := false, false
	limit := j + 9
	for e := j + 1; e < last && e <= limit; e++ {
		lw := x.low[e]
		if x.refAt[e] >= 0 {
			return -1
		}
		if titled && limit < j+20 && (isCap(d.Tokens[e].Text) || lw == "(" || lw == ")") {
			limit++ // a body's long name: "the leader of the Union for Peace in the Central African Republic (UPC), and B"
		}
		if lw == "," {
			if titled && e+2 < last && x.low[e+1] == "the" && isCap(d.Tokens[e+2].Text) && limit < j+20 {
				limit = e + 9 // "X, programme manager at the partner agency, the Nihon Orbital Research Organisation (NORO), and Y"
				continue
			}
			if titled && e+2 < last && x.refAt[e+1] < 0 && x.placeAt[e+1] < 0 && deptWords[x.low[e+1]] && isCap(d.Tokens[e+1].Text) && limit < j+24 {
				limit = e + 9 // "Mr. X, Minister of Foreign Affairs, Emigration and Egyptian Expatriates of Egypt, and Mr. Y"
				continue
			}
			if !titled || e+1 >= last || x.refAt[e+1] < 0 && x.low[e+1] != "and" {
				return -1
			}
			if x.low[e+1] == "and" && (e+2 >= last || !isCap(d.Tokens[e+2].Text)) && !(e+2 < last && x.appositionStart(e+2, last) > e+2) {
				return -1 // "X, the current ECOWAS chairman, and he met Y": a new clause (but "..., and the company's lobbyist, Y")
			}
			return e
		}
		switch {
		case titleWords[lw] || roleNoun(lw) || occupationWords[lw]:
			titled = true
		case e == j+2 && (x.low[j+1] == "a" || x.low[j+1] == "an") && isLowerWord(d.Tokens[e].Text) && !finiteVerb(lw):
			titled = true // "X, a glaciologist at Lanzhou University, and Y": a person's description
		case e == j+1 && (lw == "a" || lw == "an"):
		case !titled && e < j+4 && e+1 < last && isLowerWord(d.Tokens[e].Text) && !finiteVerb(lw) && !boundaries[lw] &&
			(titleWords[x.low[e+1]] || roleNoun(x.low[e+1]) || occupationWords[x.low[e+1]]):
			// "programme manager", "sales director": the words of a job before its title
		case titled && (lw == "(" || lw == ")"):
			// "the Nihon Orbital Research Organisation (NORO)"
		case e > j+2 && titled && (lw == "at" || lw == "in" || lw == "for" || lw == "from") || e > j+1 && titled && lw == "of":
			// "a partner at Meranti Capital"; "head of the city transport agency"
			prep = true
		case prep && isLowerWord(d.Tokens[e].Text) && !finiteVerb(lw) && !boundaries[lw] && !isTrigger(lw):
			// "programme manager at the partner agency"
		case roleModifiers[lw] || deptWords[lw] || lw == "of" || lw == "and" || lw == "the" || x.placeAt[e] >= 0 ||
			countryOf(x.f.Gazetteer, d.Tokens[e].Text) != "" || isCap(d.Tokens[e].Text) || isPossessiveClitic(lw) && e > j+1:
			// "the European Union’s climate commissioner"
		default:
			return -1
		}
	}
	return -1
}

// sequenceWords coordinate people met one after the other: "met A and then B".
var sequenceWords = wordSet(`then later afterwards subsequently`)

// skipRole returns the token after a title written before a name at j
// ("National Security Adviser", "White House Chief of Staff", "Minister of
// Trade and Industry"), when a person reference follows it; else j. The
// title may have been tagged as a place or organisation.
func (x *ectx) skipRole(j, last int) int {
	d := x.d
	titled := false
	for e := j; e < last && e <= j+10; e++ {
		if x.refAt[e] >= 0 {
			if titled || e > j && (roleNoun(x.low[e]) || x.placesOnly(j, e)) {
				return e // the reference may begin with its title: "Sri Lanka [Cricketers' Association president X]"
			}
			return j
		}
		t := d.Tokens[e].Text
		lw := lower(t)
		if e > j+7 && !titled {
			return j
		}
		if t == "to" && titled && x.principalAfter(e+1, last) {
			return j // "the senior adviser to President Trump": Trump is whom he advises, not a name for the adviser
		}
		switch {
		case e == j && lw == "the" && e+2 < last && (stylePrefixes[x.low[e+1]] && titleWords[x.low[e+2]] || titleWords[x.low[e+1]] && isCap(d.Tokens[e+1].Text)):
			// "the Very Reverend X", "the Reverend X"
			titled = true // (the reference may begin with the style)
		case stylePrefixes[lw] && isCap(t) && e+1 < last && titleWords[x.low[e+1]]:
			titled = true // "Very Reverend", "Most Reverend", "Right Honourable"
		case titled && (lw == "the" && x.low[e-1] == "of" || lw == "in" && e+2 < last && x.low[e+1] == "the" && isCap(d.Tokens[e+2].Text) || lw == "the" && x.low[e-1] == "in"):
			// "Leader of the Opposition in the Lok Sabha Rahul Gandhi"
		case titleWords[lw] || x.address(e) || pluralTitleWord(lw) || isPossessiveClitic(lw) && e > j && isCap(d.Tokens[e-1].Text) || hyphenTitle(lw):
			titled = true // "and actors Fernanda Torres and Selton Mello", "Colo-Colo's Jorge Etcheverry", "Lieutenant-General X"
		case roleModifiers[lw] || deptWords[lw] || lw == "of" || lw == "and" && e > j || x.placeAt[e] >= 0 ||
			countryOf(x.f.Gazetteer, t) != "" || isCap(t) && !capStops[lw] ||
			t == "(" && e+2 < last && isCap(d.Tokens[e+1].Text) && d.Tokens[e+2].Text == ")" || t == ")" && e > j && d.Tokens[e-2].Text == "(":
			// "Indonesian Football Association (PSSI) chairman X"
		case roleNoun(lw):
			titled = true // "chief-of-staff", "negotiator"
		case !roleStops[lw] && !speechVerbs[lw] && !boundaries[lw] && !determiners[lw] && lw != "and" && isWordish(t):
			// a modifier: "opposition leader", "rebel commander"
		default:
			return j
		}
	}
	return j
}

// hostIntro reports whether "joined" at j is a presenter's introduction of
// a guest: "I'm joined by X", "we are joined now by X".
func (x *ectx) hostIntro(j int) bool {
	v := j - 1
	for v > 0 && (x.low[v] == "now" || x.low[v] == "also") {
		v--
	}
	if v < 1 {
		return false
	}
	switch x.low[v] {
	case "'m", "’m", "am", "'re", "’re":
		return true
	case "are":
		return x.low[v-1] == "we"
	}
	return false
}

// objectAt reports whether the person named from token f is the object of
// a verb of meeting before it, over a title and a country's possessive:
// "to meet Paraguay's Santiago Peña".
func (x *ectx) objectAt(f, first int) bool {
	b := x.roleBack(f-1, first)
	if b >= first && isPossessiveClitic(x.low[b]) && b-1 >= first && x.placeAt[b-1] >= 0 {
		b = x.places[x.placeAt[b-1]].first - 1
	}
	if b < first || x.refAt[b] >= 0 {
		return false
	}
	return isTrigger(x.low[b]) && !triggers[x.low[b]].nominal
}

// principalAfter reports whether a person is named at j, after titles
// only: "to President Trump", "to Mr Modi" (not "to Syria Tom Barrack").
func (x *ectx) principalAfter(j, last int) bool {
	for e := j; e < last && e <= j+3; e++ {
		if x.refAt[e] >= 0 {
			return true
		}
		if !titleWords[x.low[e]] && x.low[e] != "the" && !x.address(e) {
			return false
		}
	}
	return false
}

// stylePrefixes open a style before its title: "the Very Reverend", "the
// Most Reverend", "the Right Honourable".
var stylePrefixes = wordSet(`very most right`)

// appositionStart returns the person named after a role and a comma at j
// ("its secretary-general, Noureddine Ben Salah, and ...", "the mayor, X"),
// or j.
func (x *ectx) appositionStart(j, last int) int {
	if j >= last || !determiners[x.low[j]] && !possessives[x.low[j]] {
		return j
	}
	role := false
	for e := j + 1; e < last && (e <= j+6 || role && e <= j+10); e++ {
		lw := x.low[e]
		switch {
		case lw == ",":
			n := e + 1
			for n < last && n <= e+3 && x.refAt[n] < 0 && (titleWords[x.low[n]] || x.address(n)) {
				n++ // "the practice's lead doctor, Dr Y"
			}
			if role && n < last && x.refAt[n] >= 0 { // (also "the president of the old pupils' association, Y")
				return n
			}
			return j
		case x.refAt[e] >= 0 || boundaries[lw]:
			return j
		case titleWords[lw] || roleNoun(lw):
			role = true
		}
	}
	return j
}

// ownedApposition returns the person named after a comma that closes an
// owned noun at j, "[his] agent, the Marseille-based Y", "[her] co-founder
// and chief technology officer, Y", "[his] Ogun State counterpart, Y", or -1.
func (x *ectx) ownedApposition(j, last int) int {
	for e := j; e < last && e <= j+5; e++ {
		lw := x.low[e]
		if lw == "," {
			if e == j || e+1 >= last {
				return -1
			}
			b := e + 1
			if x.low[b] == "the" {
				b++
			}
			for b < last && x.refAt[b] < 0 && compoundAdjective(x.d.Tokens[b].Text) {
				b++ // "the Marseille-based"
			}
			if p := x.skipRole(b, last); p < last && x.refAt[p] >= 0 {
				return p
			}
			return -1
		}
		if x.refAt[e] >= 0 || !isLowerWord(x.d.Tokens[e].Text) && !isCap(x.d.Tokens[e].Text) || roleStops[lw] || boundaries[lw] || prepositions[lw] && lw != "of" || isTrigger(lw) {
			return -1 // but "his Ogun State counterpart, Y"
		}
	}
	return -1
}

// hyphenTitle reports whether w joins title words with hyphens:
// "lieutenant-general", "director-general".
func hyphenTitle(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !titleWords[p] && !rankWords[p] {
			return false
		}
	}
	return true
}

// placesOnly reports whether the tokens i to j all name places.
func (x *ectx) placesOnly(i, j int) bool {
	for k := i; k < j; k++ {
		if x.placeAt[k] < 0 && countryOf(x.f.Gazetteer, x.d.Tokens[k].Text) == "" { // "Argentine [FA president Claudio Tapia]"
			return false
		}
	}
	return true
}

// planObject reports whether the plan word at j is a noun that something is
// done to, not a plan for the event: "went through the plans over lunch"
// (but "his plans to meet X", "the plan for talks").
func (x *ectx) planObject(j int) bool {
	if x.low[j] != "plans" && x.low[j] != "plan" || j == 0 {
		return false
	}
	b := j - 1
	for b > 0 && b >= j-2 && isLowerWord(x.d.Tokens[b].Text) && !determiners[x.low[b]] && !possessives[x.low[b]] && !finiteVerb(x.low[b]) && !planWords[x.low[b]] {
		b-- // "agreed on the final plan in a phone call": an adjective between
	}
	if !determiners[x.low[b]] && !possessives[x.low[b]] {
		return false
	}
	return j+1 < len(x.low) && x.low[j+1] != "to" && x.low[j+1] != "for"
}

// status reads the words between the subject and the trigger.
func (x *ectx) status(k, subjStart int, s Sentence, tr trigger) Status {
	if !tr.nominal && x.articleBefore(k, s) {
		tr.nominal, tr.base = true, false // "for a joint sitting with the President": a noun
	}
	if k > s.First && strings.HasSuffix(x.low[k], "ing") && presentBe[x.low[k-1]] && x.dayAheadIn(s) {
		return Planned // "I'm meeting Speaker Villagomez on Monday": an arrangement
	}
	from := maxInt(s.First, k-6)
	if k > s.First && x.low[k-1] == "," {
		// "should, on his return to Moscow, meet": look before the aside.
		if c := x.findWordBack(maxInt(s.First, k-12), k-1, ","); c > s.First {
			from = maxInt(s.First, c-4)
		}
	}
	if d := x.findWordBack(from, k, "–", "—", "--"); d >= 0 {
		from = d + 1 // "A and B – leaders of the next presidency – held": after the aside
	}
	if k-1 > s.First && x.low[k-1] == "to" {
		// "declined an invitation to visit Brasília this month to meet Lula":
		// the purpose of a journey shares the journey's verb
		for t := k - 3; t > s.First && t >= k-9; t-- {
			if x.refAt[t] >= 0 || boundaries[x.low[t]] {
				break
			}
			if x.low[t] == "to" && (goToWords[x.low[t+1]] || visitWords[x.low[t+1]]) {
				for j := maxInt(s.First, t-6); j < t; j++ {
					if x.refusal(j, s.First) && !x.newSubjectBetween(j, k) {
						return Negated
					}
				}
				break
			}
		}
	}
	if c := x.findWordBack(from, k, ","); c > s.First {
		// "Pérez, whose committee has not said how it will vote, had met
		// Ilic": the relative clause's "will" is not the meeting's
		if o := x.findWordBack(maxInt(s.First, c-16), c, ","); o > s.First && o+1 < c && (x.low[o+1] == "who" || x.low[o+1] == "whose" || x.low[o+1] == "which") {
			from = c + 1
		}
	}
	for j := k - 1; j > s.First && j >= k-14; j-- {
		if requestNouns[x.low[j]] && x.forMeeting(j, s) == k {
			from = minInt(from, maxInt(s.First, j-4)) // "rejected a proposal from Costa for a three-way meeting": the request's verb
			break
		}
	}
	if k-2 >= s.First && x.low[k-1] == "from" && x.findWordIn(maxInt(s.First, k-8), k-1, preventWords) >= 0 {
		return Negated // "was barred from meeting X", "police prevented her from meeting X"
	}
	if k-3 >= s.First && x.low[k-1] == "have" && x.low[k-2] == "to" && (x.low[k-3] == "was" || x.low[k-3] == "were") {
		return Negated // "was to have met X on Monday": a plan that did not happen
	}
	planned := false
	if tr.base && x.promisedTo(k, s) {
		planned = true // "promised to visit Akureyri next week and meet X"
	}
	if c := k - 2; tr.base && c > s.First && x.low[k-1] == "to" {
		if (visitParticles[x.low[c]] || x.low[c] == "out") && c-1 > s.First {
			c--
		}
		if (x.low[c] == "coming" || x.low[c] == "going") && (x.low[c-1] == "was" || x.low[c-1] == "were") {
			planned = true // "was coming out to meet councillors on Friday": a plan of the past
		}
	}
	for j := from; j < k; j++ {
		lw := x.low[j]
		if x.refAt[j] >= 0 {
			continue
		}
		if lw == "without" && x.findWord(j+1, k, ",") > 0 {
			continue // "listened without interrupting, then told me": the phrase is closed
		}
		if lw == "not" && j+1 < k && x.low[j+1] == "before" {
			continue // "left that afternoon, but not before joining a video call with X": it happened
		}
		if (x.refusal(j, s.First) || lw == "off" && j > s.First && callWords[x.low[j-1]]) && !x.newSubjectBetween(j, k) {
			return Negated // "called off a planned meeting", "turned down an invitation to meet"
		}
		if lw == "next" && j > s.First && x.low[j-1] == "the" && j+1 < k && nextUnits[x.low[j+1]] {
			continue // "The next morning X rang Y": the day after, in a story told in the past
		}
		if lw == "that" && j+1 < k && x.refAt[j+1] >= 0 && planned && x.findWordIn(j+1, k, planWords) < 0 {
			planned = false // "It will be recalled that X received Y": the plan word is the main clause's
		}
		if x.planWord(j) && (!agreeWords[lw] || x.findWord(j+1, k, "to") >= 0) && !x.planObject(j) { // "invited Arafat to meet him"
			planned = true
		}
		if lw == "for" && j > s.First && callWords[x.low[j-1]] {
			planned = true // "called for talks with X": proposed
		}
		if lw == "asked" && (j+2 == k || j+6 >= k && x.low[j+1] == "in" && x.low[k-1] == "to" && x.refsIn(j, k) == nil) && x.low[k-1] == "to" {
			planned = true // "has asked to meet X", "asked in a letter to meet X": a request
		}
		if lw == "to" && j+2 == k && x.low[j+1] == "be" && j > s.First && beWords[x.low[j-1]] {
			planned = true // "are to be received by X on March 28": arranged
		}
	}
	if tr.base && !planned && k-2 > s.First && x.low[k-1] == "and" {
		// "will call on X on Tuesday and meet Y on Wednesday": the verbs
		// share their auxiliary
		for j := k - 2; j > s.First && j >= k-20; j-- {
			if lw := x.low[j]; boundaries[lw] || x.refAt[j] >= 0 && x.refAt[j-1] < 0 && (x.low[j-1] == "," || boundaries[x.low[j-1]]) {
				break
			}
			if x.planWord(j) && x.refAt[j] < 0 && !agreeWords[x.low[j]] {
				planned = true
				break
			}
		}
	}
	if f := x.purposeFor(k, s); tr.nominal && f >= 0 {
		// "He is due in Santo Domingo on Thursday for talks with X", "is
		// expected to travel ... for a sixth round of talks": the purpose
		// has the status of its clause (a plan word before a comma or a
		// boundary is another clause's).
		clause := false
		for j := maxInt(s.First, f-14); j < minInt(from, f); j++ {
			if lw := x.low[j]; x.planWord(j) && x.refAt[j] < 0 && !agreeWords[lw] {
				clause = true
			} else if boundaries[lw] || lw == "," {
				clause = false
			}
		}
		planned = planned || clause
	}
	if x.cancelledAfter(k, s) {
		return Negated // "a planned meeting between X and Y was cancelled"
	}
	if tr.base && x.askedRefused(k, s) || tr.nominal && x.soughtRefused(k, s) {
		return Negated // "Valchev had asked to meet him, but he had refused", "sought a meeting with X, but she declined"
	}
	if x.deniedReport(k, s) || x.refutedReport(k, s) {
		return Negated // "denied reports that X had held a meeting with Y"
	}
	if x.low[s.First] == "ahead" && x.frontedClauseEnd(k, s) > 0 {
		planned = true // "Ahead of his meeting with X on Friday, Y ..."
	}
	for j := k + 1; j+1 < s.Last && j <= k+32; j++ {
		if (x.low[j] == "shifted" || x.low[j] == "moved" || x.low[j] == "rescheduled" || x.low[j] == "pushed" || x.low[j] == "postponed") &&
			x.findWord(j+1, minInt(s.Last, j+4), "to") > 0 && beWords[x.low[j-1]] {
			planned = true // "a bilateral meeting ... has been shifted to Monday", "has been postponed to Monday, 18 November"
		}
	}
	if (tr.nominal || k > s.First && determiners[x.low[k-1]]) && x.plannedAfter(k, s) {
		planned = true // "Lee's summit with Ishiba on Saturday can serve as", "his first summit with Trump, set for Monday"
	}
	if tr.base && k > s.First+1 && x.low[k-1] == "to" {
		// A journey not made for it: "never made the short trip to
		// Panmunjom to meet X", "did not travel to Lomé to meet X".
		for j := maxInt(maxInt(s.First, subjStart), k-16); j < k-1; j++ {
			if (x.low[j] == "never" || x.low[j] == "not" || x.low[j] == "n't") && x.refAt[j] < 0 && x.findWordIn(j+1, k-1, goToWords) > j && x.findWordIn(j+1, k-1, boundaries) < 0 &&
				x.refsIn(j+1, k) == nil {
				return Negated
			}
		}
		// A purpose: "was due to head to Banja Luka on Friday to meet X".
		for j := maxInt(maxInt(s.First, subjStart), k-16); j < from; j++ {
			if lw := x.low[j]; x.planWord(j) && x.refAt[j] < 0 || lw == "to" && j > s.First && (x.low[j-1] == "is" || x.low[j-1] == "are") {
				planned = true // "is to travel to Jokkmokk in October to meet X"
			} else if boundaries[lw] {
				planned = false
			}
		}
		switch x.low[k-2] {
		case "was", "is", "are", "were", "am", "also", "due", "appointment":
			planned = true // "Downer was to meet", "had an appointment to see X"
		}
		if r := x.refAt[k-2]; r >= 0 && (x.refs[r].first == s.First || x.low[x.refs[r].first-1] != "with") {
			planned = true // a headline's future: "Israel's Levy to meet Mubarak in Egypt"; not "travelled with X to meet Y"
		}
	}
	if tr.base && k > s.First {
		switch x.low[k-1] {
		case "will", "'ll", "would", "may", "might", "could", "can", "shall", "should":
			planned = true
		}
	}
	if tr.base && x.mandated(k, s) {
		planned = true // "directed that the Chairman, Hon. X, meet Y": a subjunctive, an order
	}
	if tr.base && k-2 > s.First && x.low[k-1] == "and" {
		// A verb coordinated with a plan: "plans to visit Nairobi in July
		// and meet X", "will travel to Nairobi on Monday and meet X".
	back:
		for j := k - 2; j >= maxInt(s.First, k-14); j-- {
			switch lw := x.low[j]; {
			case boundaries[lw] || lw == "," || x.refAt[j] >= 0:
				break back
			case x.planWord(j) && !agreeWords[lw], lw == "will" || lw == "'ll" || lw == "would" || lw == "shall":
				planned = true
				break back
			}
		}
	}
	if tr.base && x.futureWhen(k, s) {
		planned = true // "will raise it with X when the two men meet"
	}
	for j := k + 1; j < s.Last && j <= k+8; j++ {
		lw := x.low[j]
		if (lw == "next" || lw == "tomorrow" || lw == "upcoming" || lw == "coming") && !(lw == "next" && j+1 < s.Last && !dateWords[x.low[j+1]] && !nextUnits[x.low[j+1]]) &&
			!(lw == "next" && x.low[j-1] == "the" && j+1 < s.Last && (dayParts[x.low[j+1]] || x.low[j+1] == "week" || x.low[j+1] == "month" || x.low[j+1] == "year")) &&
			!(lw == "next" && j+2 < s.Last && isPossessiveClitic(x.low[j+2])) { // (nor "next year's mayordomo": a description)
			planned = true // (not "sat next to X", "discussed the next steps"; not "and the next morning": the day after a past one)
		}
	}
	if planned {
		return Planned
	}
	return Occurred
}

// articleBefore reports whether the trigger at k follows an article, with
// perhaps one word of roundWords between: "a sitting", "a joint sitting".
func (x *ectx) articleBefore(k int, s Sentence) bool {
	j := k - 1
	if j > s.First && roundWords[x.low[j]] {
		j--
	}
	return j >= s.First && (x.low[j] == "a" || x.low[j] == "an" || x.low[j] == "the")
}

// attributiveDate reports whether the date at token t, spanning sp, only
// describes the noun after it: "the November 2024 ceasefire", "the 2019
// agreement"; not a meeting's or a visit's own ("the 2023 summit") nor a
// part of a day ("the Monday morning").
func (x *ectx) attributiveDate(t int, sp Span) bool {
	if t < 1 || x.low[t-1] != "the" {
		return false
	}
	e := tokenAt(x.d, sp.End)
	if e < 0 || e >= len(x.d.Tokens) || x.d.Tokens[e].Start < sp.End {
		return false
	}
	n := x.low[e]
	return isLowerWord(x.d.Tokens[e].Text) && !isTrigger(n) && !visitNouns[n] && !dayParts[n] && !dateWords[n] && !prepositions[n] && !capStops[n] && !boundaries[n] &&
		n != "edition" && n != "session" && !strings.HasSuffix(n, "ly")
}

// promisedTo reports whether the bare verb at k is what someone promised,
// pledged or vowed to do: "promised to meet X", "vowed to visit the camp
// and meet its leaders".
func (x *ectx) promisedTo(k int, s Sentence) bool {
	for j := k - 1; j > s.First && j >= k-8; j-- {
		switch lw := x.low[j]; {
		case lw == "to" && promiseWords[x.low[j-1]]:
			return j+1 == k || x.findWord(j+1, k, "and") == k-1
		case boundaries[lw] || lw == "," || x.refAt[j] >= 0:
			return false
		}
	}
	return false
}

// promiseWords promise what the infinitive after them says.
var promiseWords = wordSet(`promised promises promise pledged pledges pledge vowed vows vow`)

// askedRefused reports whether the bare verb at k is what someone asked,
// sought or offered to do, turned down later in the sentence: "Valchev had
// asked to meet him "to talk", but that he had refused".
func (x *ectx) askedRefused(k int, s Sentence) bool {
	if k-2 < s.First || x.low[k-1] != "to" {
		return false
	}
	v := k - 2
	if r := x.refAt[v]; r >= 0 && x.refs[r].first > s.First {
		v = x.refs[r].first - 1 // "invited Quebec Premier François Legault to meet her"
	}
	switch x.low[v] {
	case "asked", "sought", "offered", "requested", "wanted", "proposed", "volunteered", "invited", "urged":
	default:
		return false
	}
	b := x.findWord(k+1, minInt(s.Last, k+25), "but")
	if b < 0 {
		return false
	}
	return x.findWordIn(b+1, minInt(s.Last, b+13), refusedWords) > 0 || x.noneAfter(b+1, s)
}

// noneAfter reports whether the words from i on say that no such meeting
// will be held: "but the High Commission said on Monday that no such meeting
// would take place", "but it did not happen".
func (x *ectx) noneAfter(i int, s Sentence) bool {
	for j := i; j+1 < s.Last && j < i+20; j++ {
		switch lw := x.low[j]; {
		case lw == "no" && (triggers[x.low[j+1]].nominal || j+2 < s.Last && x.low[j+1] == "such" && triggers[x.low[j+2]].nominal):
			return true
		case (lw == "not" || lw == "n't") && (x.low[j+1] == "happen" || j+2 < s.Last && x.low[j+1] == "take" && x.low[j+2] == "place"):
			return true
		}
	}
	return false
}

// soughtRefused reports whether the meeting noun at k is what someone
// sought, requested or asked for, turned down later in the sentence:
// "Tully sought a meeting with Arkell, but she declined", "he had asked
// Arkell for a face-to-face meeting, and that she had declined".
func (x *ectx) soughtRefused(k int, s Sentence) bool {
	for j := k - 1; j >= s.First && j >= k-8; j-- {
		if askVerbs[x.low[j]] {
			return x.refusedLater(k+1, s)
		}
		if boundaries[x.low[j]] || x.low[j] == "," {
			return false
		}
	}
	return false
}

// askVerbs ask for a meeting: "sought a meeting", "asked X for a meeting".
var askVerbs = wordSet(`asked ask asks asking sought seek seeks seeking requested request requests requesting proposed`)

// refusedLater reports whether, from token i on, the sentence goes on to say
// that the one asked turned the request down: "but she declined", ", and
// that he had refused", "but Pike turned it down".
func (x *ectx) refusedLater(i int, s Sentence) bool {
	for j := i; j < s.Last && j < i+25; j++ {
		if x.low[j] != "but" && !(x.low[j] == "and" && j > s.First && x.low[j-1] == ",") {
			continue
		}
		n := j + 1
		if n < s.Last && x.low[n] == "that" {
			n++
		}
		if n+1 < s.Last && x.low[j] == "but" && (x.low[n] == "never" && (x.low[n+1] == "got" || x.low[n+1] == "received" || x.low[n+1] == "heard") ||
			(x.low[n] == "got" || x.low[n] == "received") && x.low[n+1] == "no" || beWords[x.low[n]] && refusedWords[x.low[n+1]]) {
			return true // "asked Rodrigo for a meeting but never got one", "but was turned down"
		}
		if n < s.Last && x.refAt[n] >= 0 {
			n = x.refs[x.refAt[n]].last
		} else if n < s.Last && (x.low[n] == "he" || x.low[n] == "she" || x.low[n] == "they") {
			n++
		} else {
			continue
		}
		for n < s.Last && (auxWords[x.low[n]] || x.low[n] == "flatly" || x.low[n] == "politely") {
			n++
		}
		if n < s.Last && (x.low[n] == "declined" || x.low[n] == "refused" || x.low[n] == "rejected" || x.low[n] == "turned" && n+2 < s.Last && (x.low[n+1] == "down" || x.low[n+2] == "down")) {
			return true
		}
	}
	return false
}

// futureWhen reports whether the bare verb at k is the present of a "when",
// "once" or "after" clause that follows a main clause in the future: "He
// will raise it with X when the two of them meet".
func (x *ectx) futureWhen(k int, s Sentence) bool {
	w := x.findWordBack(maxInt(s.First+1, k-6), k, "when", "once", "after", "before")
	if w < 0 || x.findWordIn(w+1, k, boundaries) >= 0 || x.findWord(w+1, k, ",") >= 0 {
		return false
	}
	for j := w - 1; j >= s.First; j-- {
		switch lw := x.low[j]; {
		case lw == "will" || lw == "'ll" || lw == "shall" || x.planWord(j) && !agreeWords[lw] || promiseWords[lw]:
			return true // (and "promised to raise it with X when the two of them meet")
		case boundaries[lw] || lw == "said" || lw == "says":
			return false
		}
	}
	return false
}

// grantedBy returns the "by" that names the agent of the meeting noun at k,
// right after it ("a visit by X") or after a participle of granting and a
// day ("an audience granted on Monday by X"), or -1.
func (x *ectx) grantedBy(k int, s Sentence) int {
	j := k + 1
	if j < s.Last && grantWords[x.low[j]] {
		j++
		if j+1 < s.Last && x.low[j] == "on" && dateWords[x.low[j+1]] {
			j += 2
		}
	}
	if j+1 < s.Last && x.low[j] == "by" {
		return j
	}
	return -1
}

// grantWords grant an audience or a meeting: "an audience granted by X".
var grantWords = wordSet(`granted given accorded offered`)

// weekdayApposition reports whether the date at token t is a weekday set
// after a date by a comma: "on February 8, a Sunday".
func (x *ectx) weekdayApposition(t int) bool {
	if t < 0 {
		return false
	}
	w := t
	if x.low[w] == "a" && w+1 < len(x.low) {
		w++
	}
	c := w - 1
	if c >= 0 && x.low[c] == "a" {
		c--
	}
	return weekdays[x.low[w]] && c > 0 && x.low[c] == "," && (startsDigit(x.low[c-1]) || monthNumber(x.low[c-1]) > 0)
}

// date returns the date mention of the sentence nearest the trigger, outside
// quotations unless the trigger is quoted.
func (x *ectx) date(si, k int, ahead bool) Date {
	if !ahead && x.willNot(k, x.d.Sentences[si]) {
		ahead = true // "will not meet X there on Saturday": the Saturday to come
	}
	var best *DateMention
	bestDist, bestShift := 1<<30, 0
	at := x.d.Tokens[k].Start
	prep := -1 // "met X on Thursday, after holding talks with Y on Monday": the phrase's own date
	if s := x.d.Sentences[si]; x.gerundOfPrep(k, s.First) {
		prep = k - 1
		if !strings.HasSuffix(x.low[k], "ing") {
			prep = k - 2
		}
	}
	for i := range x.dates[si] {
		dm := &x.dates[si][i]
		if dm.Value == "" && dm.Ahead == "" {
			continue
		}
		t := tokenAt(x.d, dm.Span.Start)
		if t >= 0 && x.quoted[t] && !x.quoted[k] {
			continue
		}
		if x.weekdayApposition(t) {
			continue // "on February 8, a Sunday": the date before it says the day
		}
		shift := 0
		if e := tokenAt(x.d, dm.Span.End); e >= 0 && e+1 < len(x.d.Tokens) && x.d.Tokens[e].Start >= dm.Span.End &&
			isPossessiveClitic(x.d.Tokens[e].Text) && e+1 != k && !(e+1 < k && triggers[x.low[e+1]].nominal && x.refsIn(e+1, k) == nil) {
			if shift = x.dayShift(t); shift == 0 {
				continue // "Tuesday's call" dates the call, not this event (but "Tomorrow's session will bring A and B together" does)
			}
		}
		dist := absInt(dm.Span.Start - at)
		if dm.Span.Start > at {
			dist = dm.Span.Start - x.d.Tokens[k].End
		}
		if si <= 1 && x.datelineDate(si, dm.Span) {
			dist += 1 << 15 // "MOSCOW 1996-08-26 -": the story's date, after any the sentence gives
		}
		if t > 0 {
			if pw := x.low[t-1]; pw == "until" || pw == "till" || pw == "deadline" {
				continue // a deadline, not the event's date
			}
			if x.otherClause(t, k) {
				continue // "in office since May 18", "who last visited China in 1993"
			}
			if tv := x.findWordIn(k, t, discussWords); t > k && (tv == k || tv > k && x.findWord(maxInt(k, tv-4), tv, "whom", "which") >= 0) &&
				!x.d.Published.IsZero() && dm.Value > x.d.Published.Format(time.DateOnly) {
				// "the three discussed Paraguay's interest in hosting the Games
				// in 2031", "was received by X, with whom he discussed the
				// celebrations next year": the topic's
				continue
			}
			if t > k && discussWords[x.low[k]] && x.findWord(k+2, t, "that", "which") > k+1 {
				continue // "discussed ... the fuel subsidy that expires in December": the topic's
			}
			if t > k && x.findWordIn(k+1, t, toldWords) > k+1 && x.low[x.findWordIn(k+1, t, toldWords)-1] == "to" {
				continue // "telephoned X to say that the ministry would fund it from next year": what was said
			}
			if a := x.findWord(k+1, t, "that"); t > k && a > k+1 && x.low[a-1] == "and" && x.findWordIn(a+1, t, triggerSet) > a {
				continue // "has spoken to X by phone, and that he will meet Y on 20 May": the second report's
			}
			if w := x.findWord(t, k, "during"); w > 0 && w+1 < k && x.low[w+1] == "which" && visitNouns[x.low[w-1]] {
				continue // "will leave for New Delhi on Monday on a four-day visit during which he is to meet X": the journey's day
			}
			if t > k && x.findWord(k+1, t, "that", "which") > k && x.attributiveDate(t, dm.Span) {
				continue // "to go over the mechanism that monitors the November 2024 ceasefire": the ceasefire's
			}
			if x.low[t-1] == "(" {
				dist += 1 << 10 // "on Thursday (Friday in Manila)": the aside is another clock
			}
			if x.superseded(t) {
				dist += 1 << 12 // "originally set for Tuesday, has been pushed back to January": the new date
			} else if x.rescheduledTo(t) {
				dist = -1 // "was pencilled in for last week but has been pushed back to October 2nd"
			}
		}
		if t >= 0 && x.clauseBreak(minInt(t, k), maxInt(t, k)) {
			dist += 1 << 10 // "talks with X on Wednesday, and Y met Z ... on Thursday"
		}
		if t >= 0 && t < prep {
			dist += 1 << 10 // the main clause's date
		}
		a := x.findWord(maxInt(t, 0), k, "and")
		n := a + 1
		if a > 0 && n < k && x.low[n] == "," {
			if c := x.findWord(n+1, minInt(k, n+7), ","); c > 0 {
				n = c + 1 // "and, once here, will meet X": past the aside
			}
		}
		if t >= 0 && t < k && a > t && (n < k && auxAfterAnd[x.low[n]] || a+1 == k && !triggers[x.low[k]].nominal && x.dateAfter(si, k)) {
			dist += 1 << 10 // "flies to Tokyo on Monday and is due to hold talks with X on Tuesday": another verb's date
		}
		if x.reached(dm.Span) {
			continue // "Reached by phone yesterday, X confirmed his meeting": when the reporter asked
		}
		if x.reporting(dm.Span) {
			if ahead {
				continue // a planned event comes after the report
			}
			dist += 1 << 20 // "the ministry said on Friday" dates the report
		}
		if dist < bestDist {
			best, bestDist, bestShift = dm, dist, shift
		}
	}
	if best != nil && bestDist >= 1<<10 && si > 0 && x.partOfDay(x.d.Sentences[si]) {
		return Date{} // "In the afternoon he met X, and the two signed a deal for sales from the summer": a day told before (see later)
	}
	if best == nil {
		return Date{}
	}
	dt := best.Date
	if bestShift != 0 {
		// "On the eve of Monday's roundtable": the day before that Monday.
		dt.Value = shiftDay(dt.Value, bestShift)
		best = &DateMention{Date: dt, Ahead: shiftDay(best.Ahead, bestShift)}
	}
	if best.Ahead != "" && (ahead || x.scheduledFor(tokenAt(x.d, best.Span.Start)) && x.calledOffAhead(k, x.d.Sentences[si])) {
		// A meeting called off before its day: "which had been scheduled
		// for Thursday, has been called off" is the coming Thursday.
		dt.Value = best.Ahead
		if r := x.reportDay(si); ahead && r != "" && len(best.Value) == len(r) && best.Value >= r {
			// "The ministry said on Tuesday that X would meet Y on
			// Wednesday", published on Friday: the Wednesday after the report
			dt.Value = best.Value
		}
	}
	return dt
}

// willNot reports whether the verb at k is negated in the future: "will
// not meet", "won't see".
func (x *ectx) willNot(k int, s Sentence) bool {
	if k-2 < s.First || x.low[k-1] != "not" && x.low[k-1] != "n't" {
		return false
	}
	switch x.low[k-2] {
	case "will", "wo", "shall":
		return true
	}
	return false
}

// reportDay returns the day of a report told in sentence si before the day
// of publication ("The ministry said on Tuesday that ..."), or "".
func (x *ectx) reportDay(si int) string {
	if x.d.Published.IsZero() {
		return ""
	}
	pub := x.d.Published.Format(time.DateOnly)
	for _, dm := range x.dates[si] {
		if len(dm.Value) == len(pub) && dm.Value < pub && x.reporting(dm.Span) {
			return dm.Value
		}
	}
	return ""
}

// toldWords, after "to", give what a call or meeting was for telling:
// "phoned her to say that", "called to tell him".
var toldWords = wordSet(`say tell inform confirm report announce explain ask warn`)

// partOfDay reports whether sentence s opens with a part of the day told
// before: "In the afternoon,", "That evening", "Later that night", or with
// the time before or after an occasion of that day: "Before the ceremony,",
// "After the opening,".
func (x *ectx) partOfDay(s Sentence) bool {
	f := s.First
	if f+2 >= s.Last {
		return false
	}
	if x.low[f] == "later" {
		f++
	}
	switch {
	case x.low[f] == "in" && x.low[f+1] == "the":
		return dayParts[x.low[f+2]] && x.low[f+2] != "day"
	case x.low[f] == "that":
		return dayParts[x.low[f+1]] && x.low[f+1] != "day"
	case (x.low[f] == "before" || x.low[f] == "after") && x.low[f+1] == "the" && f+3 < s.Last && x.low[f+3] == ",":
		return dayOccasions[x.low[f+2]]
	}
	return false
}

// dayOccasions are the occasions of one day that a sentence after the one
// telling their day may open with: "Before the ceremony, the two met".
var dayOccasions = wordSet(`ceremony opening inauguration match game final concert service funeral parade reception
dinner lunch luncheon banquet breakfast gala launch signing rally`)

// dateAfter reports whether sentence si tells a date after the trigger at
// k in its clause: "and meet Y at the residence on Wednesday".
func (x *ectx) dateAfter(si, k int) bool {
	for _, dm := range x.dates[si] {
		if t := tokenAt(x.d, dm.Span.Start); t > k && x.findWordIn(k, t, boundaries) < 0 && x.findWord(k, t, ",") < 0 {
			return true
		}
	}
	return false
}

// dayShift returns -1 when the possessive date at token t is the day after
// the event's ("on the eve of Monday's roundtable", "the day before
// Tuesday's vote"), 1 when it is the day before ("the day after Friday's
// summit"), and 0 otherwise.
func (x *ectx) dayShift(t int) int {
	if t < 2 {
		return 0
	}
	switch {
	case x.low[t-1] == "of" && x.low[t-2] == "eve":
		return -1
	case x.low[t-2] == "day" && x.low[t-1] == "before":
		return -1
	case x.low[t-2] == "day" && x.low[t-1] == "after":
		return 1
	}
	return 0
}

// shiftDay moves the day-precision date v by n days; other values are kept.
func shiftDay(v string, n int) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	return t.AddDate(0, 0, n).Format("2006-01-02")
}

// calledOffAhead reports whether the clause of the trigger at k cancels the
// event in a tense that looks ahead ("has been called off", "will not go
// ahead"), not in the past ("was called off at short notice").
func (x *ectx) calledOffAhead(k int, s Sentence) bool {
	if !x.cancelledAfter(k, s) {
		return false
	}
	for j := k + 2; j < s.Last; j++ {
		if x.calledOff(j, s) && (x.low[j-1] == "was" || x.low[j-1] == "were") {
			return false
		}
		if (x.low[j] == "did" || x.low[j] == "could") && j+1 < s.Last && (x.low[j+1] == "not" || x.low[j+1] == "n't") || x.low[j] == "never" {
			return false // "did not take place", "could not take place": its day has passed
		}
	}
	return true
}

// scheduledFor reports whether the date at token t is the day a meeting was
// set for: "scheduled for Thursday", "set to take place in Muscat on Sunday".
func (x *ectx) scheduledFor(t int) bool {
	for j := t - 1; j > 0 && j >= t-14; j-- {
		switch lw := x.low[j]; {
		case lw == "scheduled" || lw == "set" || lw == "slated" || lw == "planned" || lw == "due":
			return true
		case lw == "." || lw == ";" || boundaries[lw]:
			return false
		}
	}
	return false
}

// superseded reports whether the date at token t is one the event no longer
// keeps: "originally set for Tuesday", "initially scheduled for May".
func (x *ectx) superseded(t int) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		if x.low[j] == "originally" || x.low[j] == "initially" {
			return true
		}
	}
	return false
}

// rescheduledTo reports whether the date at token t is the new date of a
// moved event: "pushed back to October 2nd", "moved to Friday", "postponed
// until March".
func (x *ectx) rescheduledTo(t int) bool {
	p := t - 1
	if p > 0 && (x.low[p] == "on" || x.low[p] == "the") {
		p-- // "postponed to the 14th"
	}
	if p < 1 || x.low[p] != "to" && x.low[p] != "until" && x.low[p] != "till" && x.low[p] != "for" {
		return false
	}
	v := p - 1
	if x.low[v] == "back" || x.low[v] == "forward" {
		v--
	}
	return v >= 0 && movedWords[x.low[v]]
}

// movedTo tells the new date of a meeting that a sentence of its own moves:
// "X was due to meet Y on 2 September. The meeting did not take place ...
// It has been rescheduled for Tuesday 6 October, and X and Z will attend".
// A plan called off stays called off, and the meeting to come is told anew
// with those who will attend; a plan still to come takes the new date.
func (x *ectx) movedTo(evs []Event) []Event {
	n := len(evs)
	for si, s := range x.d.Sentences {
		if s.Last-s.First < 5 || x.low[s.First] != "it" && !(x.low[s.First] == "the" || x.low[s.First] == "that") {
			continue
		}
		v := s.First + 1
		if x.low[s.First] != "it" {
			if !planNouns[x.low[v]] {
				continue
			}
			v++
		}
		for v < s.Last && v < s.First+5 && (beWords[x.low[v]] || x.low[v] == "has" || x.low[v] == "have" || x.low[v] == "now" || x.low[v] == "since") {
			v++
		}
		if v >= s.Last || !movedWords[x.low[v]] || x.refsIn(s.First, v) != nil {
			continue
		}
		var moved *DateMention
		for i := range x.dates[si] {
			if dm := &x.dates[si][i]; dm.Value != "" && x.rescheduledTo(tokenAt(x.d, dm.Span.Start)) {
				moved = dm
				break
			}
		}
		if moved == nil {
			continue
		}
		t := x.lastEventWithin(evs[:n], s.Start, si, 2, nil)
		if t < 0 || evs[t].Type != Meeting && evs[t].Type != Call {
			continue
		}
		value := moved.Value
		if moved.Ahead != "" {
			value = moved.Ahead
		}
		switch evs[t].Status {
		case Planned:
			evs[t].Date = Date{Value: value, Text: moved.Text, Span: moved.Span}
			evs[t].Evidence = append(evs[t].Evidence, s.Span)
		case Negated:
			ev := Event{Type: evs[t].Type, Status: Planned, Trigger: x.d.Tokens[v].Span, Evidence: []Span{s.Span},
				Participants: slices.Clone(evs[t].Participants), Place: evs[t].Place}
			ev.Date = Date{Value: value, Text: moved.Text, Span: moved.Span}
			if a := x.findWord(v, s.Last, "attend", "join"); a > v {
				// "and X and Y will attend on behalf of the committee"
				g, _ := x.leftGroup(a, v, true)
				x.addPeople(&ev, x.people(g), s)
			}
			evs = append(evs, ev)
		}
	}
	return evs
}

// movedWords move an event to a new date.
var movedWords = wordSet(`pushed moved postponed rescheduled delayed shifted brought deferred`)

// datelineDate reports whether sp is the date of a dateline: among the
// first tokens of sentence si and followed by its dash, after the outlet if
// any ("MOSCOW 1996-08-26 -", "New Delhi, Sept 8 —", "Montevideo, May 22nd
// 2025 (MercoPress) -").
func (x *ectx) datelineDate(si int, sp Span) bool {
	e := tokenAt(x.d, sp.End)
	if e < 0 || e-x.d.Sentences[si].First > 8 || x.d.Tokens[e].Start < sp.End {
		return false
	}
	if x.low[e] == "(" {
		if c := x.findWord(e+1, minInt(len(x.low), e+5), ")"); c > 0 && c+1 < len(x.low) {
			e = c + 1 // "Montevideo, May 22nd 2025 (MercoPress) -"
		}
	}
	switch x.low[e] {
	case "-", "—", "–", "--", ":":
		return true
	}
	return false
}

// clauseBreak reports whether a new clause starts between tokens i and j: ",
// and", ", but", ";".
func (x *ectx) clauseBreak(i, j int) bool {
	for t := i + 1; t < j; t++ {
		if x.low[t] == ";" || x.low[t] == ":" && !x.quoted[t] || x.low[t] == "," && t+1 < j && (x.low[t+1] == "and" || x.low[t+1] == "but" || x.low[t+1] == "while" || x.low[t+1] == "where") {
			return true
		}
	}
	return false
}

// otherClause reports whether the date at token t lies in a clause of its
// own that the trigger at k is not part of: a "since" clause (a state's
// start: "in office since May 18", "since he came to power on June 28") or a
// relative clause ("who last visited China in 1993").
func (x *ectx) otherClause(t, k int) bool {
	for j := t - 1; j >= 0 && j >= t-14; j-- {
		switch lw := x.low[j]; {
		case lw == "since" || lw == "who" || lw == "which" || lw == "whose" || lw == "whom":
			if c := x.findWord(t+1, minInt(k, t+5), ","); lw == "since" && c > 0 && c+2 < k && x.low[c+1] == "when" && x.findWord(c+2, k, ",") < 0 && !triggers[x.low[k]].nominal {
				return false // "have worked together since 2019, when they met": the year they met
			}
			if lw == "who" && k > t && x.findWord(t, k, ",") < 0 && x.findWordIn(t, k, triggerSet) < 0 && isTrigger(x.low[k]) {
				return false // "who arrived on Monday evening and was received by X": the trigger's own clause
			}
			if k < j && x.schedulingClause(j, t) && x.findWordIn(k+1, j, triggerSet) < 0 {
				return false // "a meeting between X and Y, which had been scheduled for Thursday": the trigger's date
			}
			return k < j || k > t
		case lw == "-" && j > 0 && x.d.Tokens[j-1].End == x.d.Tokens[j].Start:
			// inside a hyphenated word: "Willem-Alexander"
		case lw == "," || lw == "." || boundaries[lw] || j == k:
			return false
		}
	}
	return false
}

// schedulingClause reports whether token j opens a relative clause ("that",
// "which") that schedules the meeting before it by token end: "which had
// been scheduled for Thursday", "that was held on Monday".
func (x *ectx) schedulingClause(j, end int) bool {
	return (x.low[j] == "that" || x.low[j] == "which") && x.findWordIn(j+1, end, scheduleWords) > 0
}

// auxAfterAnd open a second verb phrase after "and": "flies on Monday and is
// due to meet".
var auxAfterAnd = wordSet(`is was will would has had then later`)

// scheduleWords, in a relative clause on a meeting noun, give the meeting's
// own date: "which had been scheduled for Thursday", "which was held on Monday".
var scheduleWords = wordSet(`scheduled planned set slated due expected held took place pencilled penciled postponed moved rescheduled`)

// triggerSet holds the trigger words, for scans.
var triggerSet = func() map[string]bool {
	m := make(map[string]bool, len(triggers))
	for w := range triggers {
		m[w] = true
	}
	return m
}()

func isTrigger(w string) bool { return triggerSet[w] || messageVerbs[w] }

// reporting reports whether the date at sp dates a report rather than an
// event: "said on Friday", "told reporters on Tuesday", "announced Monday".
func (x *ectx) reporting(sp Span) bool {
	t := tokenAt(x.d, sp.Start)
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		lw := x.low[j]
		if (lw == "briefing" || lw == "conference") && j > 0 && (mediumWords[x.low[j-1]] || x.low[j-1] == "virtual" || x.low[j-1] == "online") {
			return false // "a video conference on Thursday": the call itself
		}
		if (speechVerbs[lw] || reportVerbsOn[lw] || lw == "reporters" || lw == "statement" || lw == "briefing" || lw == "conference") && x.refAt[j] < 0 {
			return true // (not "meet Omar Said next week": a name)
		}
		if lw != "on" && lw != "late" && lw != "early" && lw != "earlier" && lw != "later" {
			return false
		}
	}
	return false
}

// reportVerbsOn report news on a day: "the Foreign Ministry confirmed on
// Thursday".
var reportVerbsOn = wordSet(`confirmed confirms disclosed revealed reported indicated`)

// reached reports whether the date at sp tells when the reporter reached
// someone: "Reached by phone yesterday, ...", "contacted on Friday".
func (x *ectx) reached(sp Span) bool {
	t := tokenAt(x.d, sp.Start)
	phone := false
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		switch x.low[j] {
		case "contacted":
			return true
		case "reached":
			return phone // (not "The agreement was reached on Monday")
		case "phone", "telephone":
			phone = true
		case "by", "on", "when":
		default:
			return false
		}
	}
	return false
}

// visitedTogether reports whether "together with" follows the verb at k in
// its clause: "visited the treatment station together with X".
func (x *ectx) visitedTogether(k int, s Sentence) bool {
	w := x.findWord(k+1, minInt(s.Last, k+14), "with")
	return w > k+1 && x.low[w-1] == "together" && x.findWordIn(k+1, w, boundaries) < 0
}

// placeBefore returns the place named last before token j of sentence s,
// in it or the two sentences before it; nil if none.
func (x *ectx) placeBefore(s Sentence, j int) *Place {
	si := x.d.SentenceAt(s.Start)
	for i := len(x.places) - 1; i >= 0; i-- {
		pr := x.places[i]
		if pr.first >= j {
			continue // "flew to Lagos in June ... and met X there": Lagos
		}
		if x.d.SentenceAt(x.d.Tokens[pr.first].Start) < si-2 {
			return nil
		}
		p := pr.place
		return &p
	}
	return nil
}

// unknownVenue returns the city of a venue that no gazetteer knows, named at
// n and set off by a comma before its city: "at the Presidential Villa,
// Abuja", "at Government House, Suva"; nil if none.
func (x *ectx) unknownVenue(n int, s Sentence) *Place {
	m := n
	for m < s.Last && m < n+5 && x.refAt[m] < 0 && x.placeAt[m] < 0 && isCap(x.d.Tokens[m].Text) {
		m++
	}
	if m == n || m+1 >= s.Last || x.low[m] != "," || x.placeAt[m+1] < 0 || x.places[x.placeAt[m+1]].place.Kind != City {
		return nil
	}
	city := x.places[x.placeAt[m+1]].place
	p := city
	p.Kind, p.Name, p.GeoID, p.City, p.CityGeoID, p.Population, p.Generic = Venue, x.d.Text[x.d.Tokens[n].Start:x.d.Tokens[m-1].End], 0, city.Name, city.GeoID, 0, true
	return &p
}

// namedForCity reports whether the name of m, a building, opens with the
// name of a city of 100,000 people or more: "Gyeongju National Museum".
func (x *ectx) namedForCity(pr PlaceResolver, m Mention) bool {
	for k := m.Last - 2; k >= m.First; k-- {
		if c, ok := place(pr, x.d.Text[m.Start:x.d.Tokens[k].End]); ok && c.Kind == City && c.Population >= 100000 {
			return true
		}
	}
	return false
}

// placeOf returns the place of the event at k: an "in"/"at" place after the
// trigger within the clause, else one between the subject and the trigger;
// "here" is the dateline.
func (x *ectx) placeOf(k, subjStart int, s Sentence, call bool) *Place {
	d := x.d
	var try func(j int) *Place
	try = func(j int) *Place {
		if x.quoted[j] != x.quoted[k] {
			return nil
		}
		lw := x.low[j]
		if lw == "here" && j+2 < s.Last && (x.low[j+1] == "in" || x.low[j+1] == "at") && x.placeAt[j+2] >= 0 {
			return try(j + 1) // "here in Nairobi": the place it names
		}
		if dl := x.dlineAt(j); lw == "here" && dl != nil && !x.quoted[j] {
			p := *dl
			return &p
		}
		if lw == "there" && j > k && !x.quoted[j] {
			return x.placeBefore(s, j) // "met X there": the place named last
		}
		if lw == "for" && j > s.First && leaveWords[x.low[j-1]] {
			lw = "to" // "will leave for New Delhi on Monday on a visit during which he is to meet X"
		}
		if lw == "on" && j+1 < s.Last && x.placeAt[j+1] >= 0 && x.places[x.placeAt[j+1]].place.Kind == Venue && !call {
			lw = "at" // "met on Capitol Hill", "on Parliament Hill"
		}
		if lw == "into" && j > s.First && (goToWords[x.low[j-1]] || x.low[j-1] == "walked" || x.low[j-1] == "stepped") {
			lw = "at" // "walked into La Moneda for his first meeting with X"
		}
		if lw != "in" && lw != "at" && lw != "to" && !(call && lw == "from") {
			return nil // a call is placed where its caller is: "briefed them from the embassy"
		}
		n := j + 1
		if lw == "at" && n+1 < s.Last && startsDigit(x.low[n]) && len(x.low[n]) <= 4 && x.placeAt[n+1] >= 0 && x.places[x.placeAt[n+1]].place.Kind == Venue {
			n++ // a house number: "at 10 Downing Street"
		}
		if n < s.Last && (x.low[n] == "the" || possessives[x.low[n]] && n+1 < s.Last && x.placeAt[n+1] >= 0) {
			n++
		}
		owner := n+1 < s.Last && x.placeAt[n] < 0 && x.refAt[n] < 0 && isCap(d.Tokens[n].Text) && isPossessiveClitic(x.low[n+1]) // "at Corfo's Valparaíso office"
		if n+1 < s.Last && (x.low[n] == "a" || x.low[n] == "an" || x.low[n-1] == "the" || possessives[x.low[n-1]] || owner) {
			// "at a downtown Seattle hotel", "at the Lagos office", "at his
			// Lagos residence", "at the agency's Valparaíso office": the
			// city before a building.
			m := n
			if x.low[m] == "a" || x.low[m] == "an" {
				m++
			}
			for m < s.Last && m < n+3 && x.placeAt[m] < 0 && x.refAt[m] < 0 && (isLowerWord(d.Tokens[m].Text) && !facilityWords[x.low[m]] && !venueNouns[x.low[m]] ||
				isPossessiveClitic(x.low[m]) || m+1 < s.Last && isCap(d.Tokens[m].Text) && isPossessiveClitic(x.low[m+1])) {
				m++
			}
			if pi := x.placeAt[m]; m < s.Last && pi >= 0 && x.places[pi].place.Kind == City && x.buildingAfter(x.places[pi].last, s) {
				n = m // (and "at the Belmopan town hall")
			}
		}
		if pi := x.placeAt[n]; pi >= 0 {
			// "in the Black Sea resort city of Sochi": the place after "of"
			e := x.places[pi].last
			for e < s.Last && e < x.places[pi].last+3 && !settlementWords[x.low[e]] && isLowerWord(x.low[e]) {
				e++
			}
			if e < s.Last && settlementWords[x.low[e]] && !(e+1 < s.Last && (facilityWords[x.low[e+1]] || buildingWords[x.low[e+1]])) {
				n = e // (not "the Belmopan town hall")
			}
		}
		// "in the capital Brasilia", "in the Bosnian town of Banja Luka"
		for m := n; m < s.Last && m <= n+3 && x.placeAt[n] < 0; m++ {
			lw := x.low[m]
			if settlementWords[lw] {
				n = m + 1
				for n < s.Last && settlementWords[x.low[n]] {
					n++ // "the port city of Busan"
				}
				if n+1 < s.Last && x.low[n] == "," && x.placeAt[n+1] >= 0 {
					n++ // "the Estonian capital, Tallinn"
				}
				if n < s.Last && x.low[n] == "of" {
					n++
				}
				break
			}
			if !roleModifiers[lw] && countryOf(x.f.Gazetteer, d.Tokens[m].Text) == "" && !isLowerWord(lw) {
				break
			}
		}
		if n < s.Last && x.placeAt[n] < 0 && lw == "at" {
			return x.unknownVenue(n, s) // "at the Presidential Villa, Abuja"
		}
		if n >= s.Last || x.placeAt[n] < 0 {
			return nil
		}
		if lw == "in" && j > s.First && x.placeAt[j-1] >= 0 {
			if q := x.places[x.placeAt[j-1]].first; q-2 >= s.First && x.low[q-1] == "of" && titleWords[x.low[q-2]] {
				return nil // "X, mayor of Iloilo City in the Philippines,": where the office is
			}
		}
		pr := x.places[x.placeAt[n]]
		if pr.last < s.Last && isPossessiveClitic(d.Tokens[pr.last].Text) {
			if q := pr.last + 1; pr.place.Kind == City && q < s.Last && x.refAt[q] < 0 && isCap(d.Tokens[q].Text) && !x.quoted[q] {
				p := pr.place // "at a hotel in Marrakesh's Hivernage district", "in Dhaka's Gulshan": a part of the city
				return &p
			}
			if q := pr.last + 1; q+1 < s.Last && settlementWords[x.low[q]] {
				for q+1 < s.Last && settlementWords[x.low[q]] {
					q++
				}
				if x.low[q] == "," && q+1 < s.Last {
					q++
				}
				if c := x.placeAt[q]; c >= 0 && x.places[c].place.Kind == City {
					p := x.places[c].place // "in Egypt's capital Cairo", "in Kenya's port city, Mombasa"
					return &p
				}
			}
			return nil // "in Ukraine's east" is fine, but "at Russia's request" is not a place
		}
		if pr.last < s.Last && gatheringNouns[x.low[pr.last]] {
			// "at the Mercosur summit in Buenos Aires": the city after the
			// gathering, else a known place that names it ("the Lima forum").
			if p := try(pr.last + 1); p != nil {
				return p
			}
			if pr.place.Kind == "" {
				return nil // an organisation or event the tagger took for a place
			}
		}
		if lw == "to" && j > s.First {
			pv := j - 1
			if r := x.refAt[pv]; r >= 0 && x.refs[r].first > s.First {
				// "accompanied President X to Jakarta", "invited Y to Paris": the verb before the one taken
				pv = x.refs[r].first - 1
				for pv > s.First && titleWords[x.low[pv]] && isCap(d.Tokens[pv].Text) {
					pv--
				}
				if !accompanyWords[x.low[pv]] {
					pv = j - 1
				}
			}
			if pv > s.First && (x.low[pv] == "over" || x.low[pv] == "down" || x.low[pv] == "up" || x.low[pv] == "across" || x.low[pv] == "back") && goToWords[x.low[pv-1]] {
				pv-- // "went over to Peel", "came down to the station"
			}
			if !towardWord(x.low[pv]) {
				return nil
			}
		}
		p := pr.place
		e := pr.last
		if e < s.Last && (venueNouns[x.low[e]] || buildingWords[x.low[e]] || facilityWords[x.low[e]]) {
			e++ // "the Novo-Ogaryovo residence outside Moscow": a building of its own
		}
		if (p.GeoID == 0 && (p.City == "" || p.Generic) || e > pr.last) && e+1 < s.Last && (x.low[e] == "in" || x.low[e] == "," || x.low[e] == "outside" || x.low[e] == "near") {
			if c := x.placeAt[e+1]; c >= 0 && x.places[c].place.Kind == City {
				city := x.places[c].place // "Blair House in Washington"; "State House, Nairobi", whatever the setting; "outside Moscow"
				p.Kind, p.City, p.CityGeoID, p.Country, p.CountryCode = Venue, city.Name, city.GeoID, city.Country, city.CountryCode
				p.Latitude, p.Longitude, p.Generic = city.Latitude, city.Longitude, true
			}
		}
		return &p
	}
	end := s.Last
	if fe := frontedEnd(d, s); fe > k {
		end = fe - 1 // "After meeting X, Y flew to Zagreb": not where they met
	}
	var fallback *Place
	lim := k + 25
	meal := -1 // the meal of "over dinner", whose place is the meeting's
	for j := k + 1; j < end && j <= lim; j++ {
		lw := x.low[j]
		if m := x.overMeal(j, s); m > 0 {
			meal = m
			j = m
			continue // "discussed the project over dinner in Mumbai"
		}
		if j+1 < end && auxWords[x.low[j+1]] && x.schedulingClause(j, minInt(end, j+6)) {
			lim = maxInt(lim, j+16) // "a meeting ... that had been scheduled for Tuesday in Madrid": the meeting's place
			continue
		}
		if lw == "(" {
			if c := x.findWord(j+1, minInt(end, j+5), ")"); c > 0 && x.refsIn(j+1, c) == nil {
				j = c // "the Shanghai Cooperation Organisation (SCO) summit in Tianjin"
				continue
			}
		}
		if (lw == "while" || lw == "when") && j+1 < end && x.low[j+1] == "in" {
			continue // "would not meet him while in Malta": where they were
		}
		if boundaries[lw] || topicWords[lw] {
			break
		}
		if discussWords[x.low[k]] && j > k+2 && x.refsIn(k+1, j) == nil && j != meal+1 {
			break // "discussed ... the situation in the Gaza Strip": the topic's place
		}
		if lw == "with" && j > k+1 && x.low[j-1] == "," && j+1 < s.Last && x.refAt[j+1] < 0 && (x.low[j+1] != "the" || j+2 < s.Last && x.refAt[j+2] < 0) {
			break // "held talks with X, with the forum's meeting in Tonga high on the agenda": the topics
		}
		if lw == "," && j+1 < s.Last && x.low[j+1] == "who" {
			// "Lula, who is on a state visit to China, at the Great Hall":
			// the place after the relative clause is the event's.
			if c := x.findWord(j+2, minInt(s.Last, j+16), ","); c > 0 && c+1 < s.Last && (x.low[c+1] == "at" || x.low[c+1] == "in") {
				j = c
				lim = maxInt(lim, c+10) // however long the names before it
				continue
			}
			break
		}
		if lw == "in" && j > k+1 && topicHeads[x.low[j-1]] {
			continue // "spoke ... on the situation in Libya": the topic's place
		}
		if lw == "on" && j > k+1 && j+1 < end && x.refsIn(k+1, j) != nil && isLowerWord(d.Tokens[j+1].Text) && !determiners[x.low[j+1]] && x.low[j+1] != "a" &&
			!dateWords[x.low[j+1]] && x.placeAt[j+1] < 0 && !strings.HasSuffix(x.low[j+1], "ly") {
			break // "talks with X on electricity interconnection and on ... refugees in Egypt": the topics
		}
		if p := try(j); p != nil {
			if j > k+1 && x.namedThing(j-1) && fallback == nil {
				// "hosted the medallists from the World Athletics Championships
				// in Tokyo at State House, Nairobi": the championships' place,
				// unless no other follows
				fallback = p
				continue
			}
			return p
		}
	}
	if fallback != nil {
		return fallback
	}
	for j := k - 1; j >= subjStart && j >= s.First; j-- {
		if j == k-1 && x.low[j] == "and" && !triggers[x.low[k]].nominal && x.findWordIn(maxInt(s.First, subjStart), j, triggerSet) >= 0 {
			break // "will call on X at North Block and meet Y": the first meeting's place (but "stay in Dubai and meet Y")
		}
		if lw := x.low[j]; lw == "," && j == k-1 {
			continue // an aside before the trigger: "should, on his return to Moscow, meet"
		} else if lw == "," || boundaries[lw] || topicWords[lw] {
			break
		}
		if p := try(j); p != nil {
			return p
		}
	}
	if c := s.First + 2; c+1 < k && x.low[s.First] == "it" && (x.low[s.First+1] == "was" || x.low[s.First+1] == "is") && (x.low[c] == "at" || x.low[c] == "in") {
		// A cleft: "It was at a teachers' conference in Winneba in 1967
		// that she met X"
		if t := x.findWord(c+1, k, "that"); t > 0 && x.refsIn(c+1, t) == nil {
			for j := c; j < t; j++ {
				if p := try(j); p != nil {
					return p
				}
			}
		}
	}
	// A trip for the meeting: "Lee will then fly to Washington for his
	// first summit with Trump".
	f := k - 1
	for f > s.First && f >= k-5 && x.low[f] != "for" && (isLowerWord(x.d.Tokens[f].Text) && !boundaries[x.low[f]] && !prepositions[x.low[f]]) {
		f--
	}
	if f > s.First && x.low[f] == "for" && f < k-1 {
		for j := f - 1; j >= s.First && j >= f-6; j-- {
			if lw := x.low[j]; lw == "," || boundaries[lw] || x.refAt[j] >= 0 {
				break
			}
			if x.low[j] == "to" || x.low[j] == "into" {
				if p := try(j); p != nil {
					return p // (and "walked into La Moneda on Monday for his first meeting with X")
				}
			}
		}
	}
	if p := x.namedGatheringPlace(k, s); p != nil {
		return p
	}
	if p := x.wherePlace(k, s); p != nil {
		return p
	}
	// "travel to Kuala Lumpur in August for an official visit, during which
	// he will hold talks with X"
	if w := x.findWordBack(maxInt(s.First, k-14), k, "during"); w > s.First+1 && w+1 < k && (x.low[w-1] == "," || visitNouns[x.low[w-1]]) && x.low[w+1] == "which" && x.findWordIn(w+2, k, boundaries) < 0 {
		if x.low[w-1] != "," {
			w++ // "on a four-day visit during which": the visit is the trip's
		}
		if p := x.tripPlaceBefore(w-1, s); p != nil {
			return p
		}
	}
	// A "when" clause happens where its main clause says: "He was last in
	// the country in December for Cop28 in Dubai, when he met Sheikh Mohamed".
	if w := x.findWordBack(maxInt(s.First, subjStart-2), subjStart+1, "when"); w > s.First+1 && x.low[w-1] == "," {
		for j := w - 2; j >= s.First && j >= w-16; j-- {
			if boundaries[x.low[j]] {
				break
			}
			if p := try(j); p != nil && x.quoted[j] == x.quoted[k] {
				return p
			}
		}
	}
	return x.frontedPlace(k, s, try)
}

// travelWords are the plain forms of travelling that visitWords leave out.
var travelWords = wordSet(`travel fly go head return`)

// wherePlace returns the place a "where" clause holding the trigger at k
// happens at: the place before it. "Rubio began on Sunday in Panama City,
// where he first held talks with X".
func (x *ectx) wherePlace(k int, s Sentence) *Place {
	w := x.findWordBack(maxInt(s.First, k-14), k, "where")
	if w <= s.First+1 || x.low[w-1] != "," || x.findWordIn(w+1, k, boundaries) >= 0 {
		return nil
	}
	b := w - 2
	for b > s.First+1 && b >= w-4 && x.placeAt[b] < 0 && (dateWords[x.low[b]] || x.low[b] == "last" || x.low[b] == "on" ||
		x.low[b] == "next" || x.low[b] == "this" || x.low[b] == "in" && b+1 < w && dateWords[x.low[b+1]]) {
		b-- // "was in Mombasa last Friday, where she met X", "travel to Riyadh next month, where", "to Almaty in June, where"
	}
	if pi := x.placeAt[b]; pi >= 0 {
		p := x.places[pi].place
		return &p
	}
	// "will travel to Vilnius on the 14th, where", "travel to Mumbai to
	// attend a business forum, where": the place the trip goes to, told
	// before the time or purpose of the trip.
	return x.tripPlaceBefore(w-1, s)
}

// tripPlaceBefore returns the place of "to"/"in" that a trip or stay goes to,
// told in the dozen words before the comma at c with no person, place or
// clause boundary between: "travel to Nuku'alofa in August for the Pacific
// Islands Forum Leaders Meeting"; nil if none.
func (x *ectx) tripPlaceBefore(c int, s Sentence) *Place {
	for b := c - 1; b > s.First && b >= c-12; b-- {
		lw := x.low[b]
		if lw == "," || boundaries[lw] || x.refAt[b] >= 0 {
			return nil
		}
		pi := x.placeAt[b]
		if pi < 0 {
			continue
		}
		pr := x.places[pi]
		if pr.first <= s.First {
			return nil
		}
		if pr.last < c && gatheringNouns[x.low[pr.last]] && pr.place.Kind == City {
			p := pr.place // "travel to attend the Lima summit, where"
			return &p
		}
		pw := x.low[pr.first-1]
		if pw == "for" && pr.first-2 > s.First && leaveWords[x.low[pr.first-2]] && (pr.place.Kind == City || pr.place.Kind == Venue) {
			p := pr.place // "will leave for New Delhi on Monday on a four-day visit during which"
			return &p
		}
		if pw != "to" && pw != "in" || pr.place.Kind != City && pr.place.Kind != Venue {
			return nil
		}
		for j := pr.first - 2; j >= s.First && j >= pr.first-4; j-- {
			if visitWords[x.low[j]] || travelWords[x.low[j]] || x.low[j] == "was" || x.low[j] == "is" || x.low[j] == "be" {
				p := pr.place
				return &p
			}
		}
		return nil
	}
	return nil
}

// overMeal returns the meal noun of "over dinner", "over a working lunch",
// "over coffee" starting at token j, or -1.
func (x *ectx) overMeal(j int, s Sentence) int {
	if x.low[j] != "over" {
		return -1
	}
	for m := j + 1; m < s.Last && m <= j+3; m++ {
		if mealNouns[x.low[m]] || x.low[m] == "coffee" || x.low[m] == "drinks" || x.low[m] == "tea" {
			return m
		}
		if !isLowerWord(x.d.Tokens[m].Text) {
			return -1
		}
	}
	return -1
}

// mealOfVerb reports whether the meal noun at k is that of "over <meal>"
// after a meeting verb of the same clause: "sat down with A and B over
// breakfast", "met X over dinner".
func (x *ectx) mealOfVerb(k int, s Sentence) bool {
	o := x.findWordBack(maxInt(s.First, k-3), k, "over")
	if o < 0 || x.overMeal(o, s) != k {
		return false
	}
	for j := o - 1; j >= s.First; j-- {
		if boundaries[x.low[j]] || x.low[j] == ";" {
			return false
		}
		if tr, ok := triggers[x.low[j]]; ok && !tr.nominal && x.refAt[j] < 0 {
			return true
		}
	}
	return false
}

// namedThing reports whether token j ends the name of a thing that is no
// person and no place: "the World Athletics Championships", "Expo 2025".
func (x *ectx) namedThing(j int) bool {
	t := x.d.Tokens[j].Text
	return (isCap(t) || startsDigit(t)) && x.refAt[j] < 0 && x.placeAt[j] < 0 && !x.quoted[j] && j > 0 && isCap(x.d.Tokens[j-1].Text) && x.refAt[j-1] < 0
}

// gatheringNouns name an event that a name before them may name ("the
// Mercosur summit", "the Davos forum") and a place after them may locate.
var gatheringNouns = wordSet(`summit summits conference conferences forum meeting meetings talks session assembly congress convention
gathering ceremony festival games dialogue negotiations rally symposium exhibition expo fair`)

// settlementWords stand between "in the" and a place name.
// venueNouns are buildings a city may name before them: "a Seattle
// restaurant", "the Lagos office".
var venueNouns = wordSet(`restaurant office offices headquarters residence home church mosque temple cathedral club
venue building compound villa estate ranch farm library museum theatre theater cafe bar`)

var settlementWords = wordSet(`capital city town village port resort district province region`)

// tripWords make a fronted phrase with a place the setting of the sentence:
// "On his New Zealand leg, X will meet Y".
var tripWords = wordSet(`leg trip visit tour stop stay stopover`)

// frontedPlace returns the place of a phrase that opens the sentence of the
// trigger at k and ends with a comma before it: "In Jakarta, Tsang will meet
// ...", "On his New Zealand leg, ...", "During his visit to Slovenia, ...",
// "On June 3 in Paris, ...", "Over lunch at the Presidential Villa in Abuja
// last December, ...". try reads a place after a preposition at a token.
func (x *ectx) frontedPlace(k int, s Sentence, try func(int) *Place) *Place {
	d := x.d
	if s.Last-s.First < 3 || x.quoted[k] {
		return nil
	}
	if e := x.entryLead(s); e > s.First && e < k {
		s.First = e // a timeline's entry: "Dec. 11, 2024 - In Ankara, X brings together Y and Z"
	}
	switch x.low[s.First] {
	case "in", "at", "on", "during", "while", "over":
	default:
		return nil
	}
	comma := -1
	for j := s.First + 1; j < k && j <= s.First+12; j++ {
		if d.Tokens[j].Text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return nil
	}
	var pl *Place
	trip := x.low[s.First] == "in" || x.low[s.First] == "at"
	for j := s.First + 1; j < comma; j++ {
		if tripWords[x.low[j]] {
			trip = true
		}
		if x.low[j] == "in" || x.low[j] == "at" {
			if p := try(j); p != nil && pl == nil {
				pl, trip = p, true // "On June 3 in Paris,"
			}
		}
		if pi := x.placeAt[j]; pi >= 0 && pl == nil {
			p := x.places[pi].place
			pl = &p
		}
	}
	if !trip {
		return nil
	}
	return pl
}

// merge joins the mentions of one event: same type and participants,
// compatible dates and statuses. Events of one sentence that share a person
// share a place.
func (x *ectx) merge(evs []Event) []Event {
	var out []Event
	for _, e := range evs {
		hit := -1
		if i := x.toldDuring(out, e); i >= 0 {
			// "Cho held phone talks with Iwaya on Wednesday. During the
			// 20-minute call, Cho and Iwaya agreed ... on Saturday": the call
			// told before, whatever the later date names
			e.Date, e.Place, e.Status = out[i].Date, nil, out[i].Status
			hit = i
		}
		for i := range out {
			if hit >= 0 {
				break
			}
			if sameEvent(out[i], e) && !x.otherHeadings(out[i], e) {
				hit = i
				break
			}
		}
		for i := range out {
			if hit >= 0 {
				break
			}
			// Telling names no medium: it is part of the meeting or call
			// of the same people ("Netanyahu met Weizman ... the paper
			// quoted Weizman as telling Netanyahu").
			// When both only tell, "discussed" yields to "spoke": "Biden
			// spoke with Netanyahu ... Biden and Netanyahu discussed".
			a, b := out[i], e
			takeB := x.telling(a) && (!x.telling(b) || x.discussed(a))
			if takeB {
				a.Type = b.Type
			} else if x.telling(b) {
				b.Type = a.Type
			}
			if a.Type == b.Type && sameEvent(a, b) && !x.otherHeadings(a, b) {
				hit = i
				if takeB {
					out[i].Type = e.Type
				}
			}
		}
		for i := range out {
			if hit >= 0 {
				break
			}
			// "Speaking to journalists after the talks with X, Y said": the
			// talks told before, whatever day the sentence before lent them
			if x.borrowedDefinite(e) {
				a := e
				a.Date = out[i].Date
				if sameEvent(out[i], a) {
					hit = i
					e.Date = out[i].Date
				}
			}
		}
		for i := range out {
			if hit >= 0 {
				break
			}
			// "X and Y spoke by phone on Tuesday, their first conversation
			// since ...": the noun after "their" is the call told before it
			a, b := out[i], e
			if sharesEvidence(a, b) && (x.theirNoun(a) || x.theirNoun(b)) {
				if x.theirNoun(a) {
					a.Type = b.Type
				} else {
					b.Type = a.Type
				}
				if sameEvent(a, b) {
					hit = i
					out[i].Type = a.Type
				}
			}
		}
		if hit < 0 {
			out = append(out, e)
			continue
		}
		o := &out[hit]
		for _, sp := range e.Evidence {
			if !containsSpan(o.Evidence, sp) {
				o.Evidence = append(o.Evidence, sp)
			}
		}
		if o.Date.Value == "" || len(e.Date.Value) > len(o.Date.Value) && strings.HasPrefix(e.Date.Value, o.Date.Value) {
			o.Date = e.Date
		}
		if o.Place == nil {
			o.Place = e.Place
		}
	}
	out = x.nearSubsets(out)
	x.visits(out)
	for i := range out {
		if out[i].Place != nil {
			continue
		}
		for j := range out {
			if i != j && out[j].Place != nil && sharesEvidence(out[i], out[j]) && sharesPerson(out[i], out[j]) {
				p := *out[j].Place
				out[i].Place = &p
				break
			}
		}
	}
	return out
}

// nearSubsets drops an event whose trigger stands within three words of
// another's in the same sentence, of the same type and status, whose people
// all take part in that other: "A and B spoke by video call with C" is one
// call of A, B and C, not also one of A and B.
func (x *ectx) nearSubsets(evs []Event) []Event {
	out := evs[:0]
	for i, e := range evs {
		ke := tokenAt(x.d, e.Trigger.Start)
		within := false
		for j, o := range evs {
			if i == j || o.Type != e.Type || o.Status != e.Status || len(o.Participants) <= len(e.Participants) || !sharesEvidence(o, e) {
				continue
			}
			if ko := tokenAt(x.d, o.Trigger.Start); ko-ke > 3 || ke-ko > 3 || !containsAll(o.Participants, e.Participants) {
				continue
			}
			within = true
			break
		}
		if !within {
			out = append(out, e)
		}
	}
	return out
}

// containsAll reports whether every element of sub is in set.
func containsAll(set, sub []int) bool {
	for _, p := range sub {
		if !slices.Contains(set, p) {
			return false
		}
	}
	return true
}

// borrowedDefinite reports whether ev is told by a definite meeting noun
// ("after the talks with X") whose date, if any, is not its sentence's own.
func (x *ectx) borrowedDefinite(ev Event) bool {
	k := tokenAt(x.d, ev.Trigger.Start)
	if k < 1 || !triggers[x.low[k]].nominal || x.low[k-1] != "the" {
		return false
	}
	s := x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)]
	return ev.Date.Value == "" || ev.Date.Span.End > 0 && (ev.Date.Span.Start < s.Start || ev.Date.Span.End > s.End)
}

// theirNoun reports whether ev is told by a meeting noun after "their"
// ("their first conversation", "their talks"), which names no medium of
// its own.
func (x *ectx) theirNoun(ev Event) bool {
	k := tokenAt(x.d, ev.Trigger.Start)
	if k < 1 || !triggers[x.low[k]].nominal {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if x.low[j] == "their" {
			return true
		}
		if !isLowerWord(x.d.Tokens[j].Text) || boundaries[x.low[j]] {
			return false
		}
	}
	return false
}

// answered settles the events told only by a question ("Did you see Prime
// Minister Luxon in Tonga?") by the answer after it: "No" or "but no"
// negates the meeting, "Yes" confirms it; an answer that says neither
// ("We spoke by video call") is left to tell its own events.
func (x *ectx) answered(evs []Event) []Event {
	out := evs[:0]
	for _, ev := range evs {
		si := x.d.SentenceAt(ev.Trigger.Start)
		s := x.d.Sentences[si]
		direct := x.low[s.Last-1] == "?" && questionOpeners[x.low[x.afterLabel(s)]]
		if len(ev.Evidence) > 1 || !direct && !x.askedWhether(tokenAt(x.d, ev.Trigger.Start), s) || si+1 >= len(x.d.Sentences) {
			out = append(out, ev)
			continue
		}
		a := x.d.Sentences[si+1]
		yes, no := false, false
		for t := a.First; t < a.Last && t < a.First+8; t++ {
			switch x.low[t] {
			case "no", "not", "never", "didn't", "n't":
				no = true
			case "yes", "yeah", "indeed", "certainly":
				yes = true
			}
		}
		switch {
		case no && !yes:
			ev.Status = Negated
			ev.Evidence = append(ev.Evidence, a.Span)
		case yes && !no:
			ev.Evidence = append(ev.Evidence, a.Span)
		}
		out = append(out, ev)
	}
	return out
}

// askedWhether reports whether the trigger at k stands in a question
// reported with "whether": "I asked Ms X whether she had sat down with Y".
func (x *ectx) askedWhether(k int, s Sentence) bool {
	w := x.findWordBack(s.First, k, "whether")
	return w > s.First && x.findWordIn(s.First, w, questionVerbs) >= 0
}

// questionVerbs report a question.
var questionVerbs = wordSet(`asked ask asks wondered enquired inquired`)

// afterLabel returns the first token of s after a transcript's speaker
// label ("PACNEWS:", "Q:"), or its first token.
func (x *ectx) afterLabel(s Sentence) int {
	for j := s.First + 1; j < s.Last && j <= s.First+4; j++ {
		if x.low[j] == ":" {
			return j + 1
		}
		if !isCap(x.d.Tokens[j].Text) {
			break
		}
	}
	return s.First
}

// questionOpeners open a question whose answer tells whether it happened:
// "Did you see X?", "Have you spoken to Y?".
var questionOpeners = wordSet(`did have has were was will`)

// firstPlaceIn returns a copy of the first place named in tokens [i, j), or nil.
func (x *ectx) firstPlaceIn(i, j int) *Place {
	for t := i; t < j; t++ {
		if pi := x.placeAt[t]; pi >= 0 {
			p := x.places[pi].place
			return &p
		}
	}
	return nil
}

// whenVisited returns the place that a fronted clause of travel before the
// trigger at k names ("When X came to Kingston in March, he sat down with
// Y", "After flying to Nairobi, she met Z"), or nil.
func (x *ectx) whenVisited(k int, s Sentence) *Place {
	if !clauseOpeners[x.low[s.First]] {
		return nil
	}
	c := x.findWord(s.First+1, k, ",")
	if c < 0 {
		return nil
	}
	for j := s.First + 1; j+1 < c; j++ {
		if !goToWords[x.low[j]] && !visitWords[x.low[j]] {
			continue
		}
		if p := x.firstPlaceIn(j+1, minInt(c, j+4)); p != nil {
			return p
		}
	}
	return nil
}

// atPressEvent reports whether s tells of a press briefing or a news
// conference, where what is told is told to reporters.
func (x *ectx) atPressEvent(s Sentence) bool {
	for j := s.First; j+1 < s.Last; j++ {
		if (x.low[j] == "press" || x.low[j] == "news") && (x.low[j+1] == "briefing" || x.low[j+1] == "conference") {
			return true
		}
	}
	return false
}

// gerundOfPlan reports whether the meeting noun at k is the purpose of a
// journey told by a gerund ("before flying to Dar es Salaam for talks with
// Y") that follows a plan: "is due to meet X on Thursday, before flying".
func (x *ectx) gerundOfPlan(k int, s Sentence) bool {
	if !triggers[x.low[k]].nominal || k-1 <= s.First || x.low[k-1] != "for" {
		return false
	}
	for j := k - 2; j > s.First && j >= k-8; j-- {
		if strings.HasSuffix(x.low[j], "ing") && gerundPreps[x.low[j-1]] {
			return x.findWord(s.First, j-1, "due", "will", "expected", "scheduled", "set") >= 0
		}
		if boundaries[x.low[j]] || x.refAt[j] >= 0 {
			return false
		}
	}
	return false
}

// dropAnchors drops the events told by a gathering named only to say when
// another event of its sentence took place: "held a video call with X to
// coordinate a position before the summit" tells the call, not a summit of
// the two.
func (x *ectx) dropAnchors(evs []Event) []Event {
	out := evs[:0]
	for i, ev := range evs {
		k := tokenAt(x.d, ev.Trigger.Start)
		anchor := k >= 2 && triggers[x.low[k]].nominal && (x.low[k-1] == "the" || x.low[k-1] == "this" || x.low[k-1] == "that") &&
			(x.low[k-2] == "before" || x.low[k-2] == "after" || x.low[k-2] == "since" || x.low[k-2] == "until" || x.low[k-2] == "of" && k >= 3 && x.low[k-3] == "ahead")
		if anchor {
			told := false
			for j, o := range evs {
				if j != i && sharesEvidence(o, ev) && o.Trigger.Start < ev.Trigger.Start && samePeople(o, ev) {
					told = true
				}
			}
			if told {
				continue
			}
		}
		out = append(out, ev)
	}
	return out
}

// samePeople reports whether a and b have the same participants.
func samePeople(a, b Event) bool {
	if len(a.Participants) != len(b.Participants) {
		return false
	}
	for _, p := range a.Participants {
		if !containsInt(b.Participants, p) {
			return false
		}
	}
	return true
}

// otherHeadings reports whether a and b are told under two dated headings
// — a diary's "MONDAY:" and "THURSDAY:", a timeline's days — and so are two
// events, though neither has its own date yet.
func (x *ectx) otherHeadings(a, b Event) bool {
	ha, hb := x.headingOf(a), x.headingOf(b)
	return ha >= 0 && hb >= 0 && ha != hb
}

// headingOf returns the dated heading sentence of the paragraph that tells
// ev (see headingDates), or -1.
func (x *ectx) headingOf(ev Event) int {
	p := x.paragraphStart(x.d.SentenceAt(ev.Trigger.Start))
	if x.dateOnly(p) || x.weekdayLead(p) || x.dateLead(p) >= 0 {
		return p
	}
	return x.headingLine(p)
}

// plannedAfter reports whether the noun phrase of the meeting noun at k,
// with its people and time, is followed by a modal verb ("can serve as",
// "will focus on") or by ", set for Monday": a meeting still to come.
func (x *ectx) plannedAfter(k int, s Sentence) bool {
	if x.findWordIn(k+1, s.Last, cancelWords) > 0 || x.findWord(k+1, s.Last, "off") > 0 {
		return false // "set for Tuesday, was called off": the cancellation tells the status
	}
	for j := k + 1; j < s.Last && j <= k+14; j++ {
		lw := x.low[j]
		if x.refAt[j] >= 0 {
			j = x.refs[x.refAt[j]].last - 1
			continue
		}
		switch {
		case j == k+1 && (lw == "will" || lw == "shall") && j+1 < s.Last && x.low[j+1] == "be":
			return true // "A public meeting will be held in Brae"
		case j == k+1 && arrangedWords[lw] && k-2 >= s.First && (x.low[k-1] == "a" || x.low[k-1] == "another") && haveWords[x.low[k-2]]:
			return true // "We've a meeting set up with X", "has another meeting arranged"
		case lw == "," && j+2 < s.Last && (x.low[j+1] == "set" || x.low[j+1] == "scheduled" || x.low[j+1] == "slated" || x.low[j+1] == "planned") &&
			(x.low[j+2] == "for" || x.low[j+2] == "to"):
			return true
		case lw == "can" || lw == "will" || lw == "could" || lw == "would" || lw == "may" || lw == "might" || lw == "should":
			return j > k+1 && x.refsIn(k+1, j) != nil && j+1 < s.Last && isLowerWord(x.d.Tokens[j+1].Text) && x.low[j+1] != "not"
		case lw == "is" || lw == "are" || lw == "has" || lw == "have":
			return x.plannedPredicate(j+1, s)
		case lw == "with" || lw == "between" || lw == "of" && j == k+1 || lw == "and" || lw == "on" || lw == "in" || lw == "at" || lw == "next" || lw == "this" || lw == "by" || lw == "to" ||
			dateWords[lw] || isPossessiveClitic(lw) || isCap(x.d.Tokens[j].Text) || startsDigit(lw) || lw == "the" || lw == ",":
		default:
			return false
		}
	}
	return false
}

// arrangedWords tell, after a meeting noun that someone has, that it is
// arranged to come: "a meeting set up with X".
var arrangedWords = wordSet(`set lined arranged scheduled planned booked pencilled penciled fixed`)

// haveWords hold what someone has: "we've a meeting set up", "has got".
var haveWords = wordSet(`have 've has got`)

// plannedPredicate reports whether the words from j, after a present "is",
// "are", "has" or "have", say that an event is still to come: "is planned
// for June", "are expected next week", "has been pencilled in", "is being
// arranged", "is in the works".
func (x *ectx) plannedPredicate(j int, s Sentence) bool {
	for j < s.Last && (x.low[j] == "been" || x.low[j] == "being" || x.low[j] == "now" || x.low[j] == "also" || x.low[j] == "still" ||
		x.low[j] == "tentatively" || x.low[j] == "provisionally") {
		j++
	}
	if j >= s.Last {
		return false
	}
	if plannedStates[x.low[j]] {
		return true
	}
	return j+2 < s.Last && (x.low[j] == "in" && x.low[j+1] == "the" && x.low[j+2] == "works" || x.low[j] == "on" && x.low[j+1] == "the" && x.low[j+2] == "cards")
}

// plannedStates follow "is" or "are" when an event is still to come.
var plannedStates = wordSet(`planned scheduled expected slated set pencilled penciled envisaged mooted proposed arranged
due likely possible`)

// toldDuring returns the event of out that e, told as "During the call, A
// and B ...", tells again: the last one before, within two sentences, of
// the same type and people; or -1.
func (x *ectx) toldDuring(out []Event, e Event) int {
	d := x.d
	k := tokenAt(d, e.Trigger.Start)
	si := d.SentenceAt(e.Trigger.Start)
	s := d.Sentences[si]
	if k < 0 || x.low[s.First] != "during" || k > s.First+5 {
		return -1
	}
	definite := false
	for j := s.First + 1; j < k; j++ {
		switch lw := x.low[j]; {
		case lw == "the" || lw == "that" || lw == "this" || lw == "their":
			definite = true
		case !isLowerWord(d.Tokens[j].Text) && !strings.Contains(lw, "-"):
			return -1
		}
	}
	if !definite {
		return -1
	}
	for i := len(out) - 1; i >= 0; i-- {
		o := out[i]
		if o.Type != e.Type || len(o.Participants) != len(e.Participants) || d.SentenceAt(o.Trigger.Start) < si-2 || o.Trigger.Start >= e.Trigger.Start {
			continue
		}
		same := true
		for _, p := range e.Participants {
			if !slices.Contains(o.Participants, p) {
				same = false
			}
		}
		if same {
			return i
		}
	}
	return -1
}

// discussed reports whether ev was found by a verb of discussing.
func (x *ectx) discussed(ev Event) bool {
	k := tokenAt(x.d, ev.Trigger.Start)
	return k >= 0 && discussWords[x.low[k]]
}

// telling reports whether ev was found by a verb of telling ("told",
// "explained to") with no word for its medium.
func (x *ectx) telling(ev Event) bool {
	k := tokenAt(x.d, ev.Trigger.Start)
	if k < 0 {
		return false
	}
	w := x.low[k]
	if speakTriggers[w] && ev.Type == Call && x.findWord(k+1, minInt(len(x.low), k+6), "phone", "telephone", "video", "videoconference", "virtually") < 0 &&
		x.findWord(maxInt(0, k-4), k, "phone", "telephone", "video") < 0 {
		return true // "The two leaders spoke for about 20 minutes": the meeting itself
	}
	return (tellWords[w] || messageVerbs[w]) && ev.Type == Call || discussWords[w]
}

// betweenAfter returns the "between" that names the sides of the noun at k,
// or -1: "talks between", "a meeting last week in Dar es Salaam between".
func (x *ectx) betweenAfter(k int, s Sentence) int {
	for j := k + 1; j < s.Last && j <= k+10; j++ {
		lw := x.low[j]
		switch {
		case lw == "between":
			return j
		case isTrigger(lw):
			return -1 // "The summit followed a meeting between": the meeting's
		case lw == "that" && j == k+1 && j+1 < s.Last && (x.low[j+1] == "same" || dateWords[x.low[j+1]] || nextUnits[x.low[j+1]]):
			// "a meeting that same night between A and B"
		case j < k+4 && x.refAt[j] < 0 && !boundaries[lw] && lw != ",":
		case x.placeAt[j] >= 0 || dateWords[lw] || betweenAdverbials[lw] || isCap(x.d.Tokens[j].Text) && x.refAt[j] < 0:
		case len(lw) <= 3 && isCap(x.d.Tokens[j-1].Text) && j+1 < s.Last && isCap(x.d.Tokens[j+1].Text): // "Dar es Salaam"
		case isPossessiveClitic(lw) || venueNouns[lw] || buildingWords[lw] || facilityWords[lw] || lw == "headquarters":
			// "a meeting at the AFC's headquarters between A, B and C"
		default:
			return -1
		}
	}
	return -1
}

// ofPeople returns the "of" after the meeting noun at k that names two or
// more people as its sides ("a trilateral meeting of A, B and C"), or -1.
// "A meeting of the cabinet", "the summit of the African Union" name none.
func (x *ectx) ofPeople(k int, s Sentence) int {
	j := k + 1
	if j+1 >= s.Last || x.low[j] != "of" {
		return -1
	}
	g, _ := x.rightGroup(x.skipRole(x.appositionStart(j+1, s.Last), s.Last), s.Last)
	if len(x.people(g)) < 2 || x.refs[g[0]].first > j+6 {
		return -1
	}
	return j
}

// betweenAdverbials may stand between a meeting noun and its "between".
var betweenAdverbials = wordSet(`in on at last this next earlier later held the week month year`)

// indefiniteVenue returns the token after a venue told with "a" or "an" at j
// ("a churrascaria", "a seafood restaurant") when a preposition follows it,
// or -1.
func (x *ectx) indefiniteVenue(j, last int) int {
	e := j + 1
	for e < last && e <= j+3 && isLowerWord(x.d.Tokens[e].Text) && !prepositions[x.low[e]] && !boundaries[x.low[e]] && !isTrigger(x.low[e]) {
		e++
	}
	if e == j+1 || e >= last || x.low[e] != "with" && x.low[e] != "in" && x.low[e] != "on" && x.low[e] != "near" {
		return -1
	}
	if w := x.findWord(e, minInt(last, e+9), "with"); w < 0 || x.refsIn(e, w) != nil {
		return -1 // "met at a hotel in Singapore's Marina Bay": no one met after the venue
	}
	return e
}

// visitNouns name a trip.
var visitNouns = wordSet(`visit trip tour stay journey`)

// handWords give something to someone in person: "presented the report to
// the Speaker", "handed the petition to X".
var handWords = wordSet(`presented handed present presents presenting`)

// handedTo reports whether the verb of handing at k hands something to a
// person, in person: "which X presented to the Speaker of Parliament, Y",
// "handed over the keys to Y". Not a passive ("was presented to X": an
// award), nor a credential (read by credentials).
func (x *ectx) handedTo(k int, s Sentence) bool {
	if k > s.First && beWords[x.low[k-1]] {
		return false
	}
	for j := k + 1; j < s.Last && j <= k+8; j++ {
		lw := x.low[j]
		if lw == "to" {
			return j+1 < s.Last && x.refAt[x.skipRole(j+1, s.Last)] >= 0 || j+1 < s.Last && x.appositionStart(j+1, s.Last) > j+1
		}
		if x.refAt[j] >= 0 || boundaries[lw] || lw == "," || lw == "credentials" || lw == "credence" || !isLowerWord(x.d.Tokens[j].Text) || handedOver[lw] {
			return false // (nor "handed control of the group to his son": no thing in the hand)
		}
	}
	return false
}

// handedOver are what is handed over without a meeting: "handed control
// of the group to his son", "handed the reins to X".
var handedOver = wordSet(`control power leadership reins charge responsibility responsibilities authority command helm ownership management running baton duties`)

// accompanyWords take someone along to a place: "accompanied the
// president to Jakarta", "invited X to Paris".
var accompanyWords = wordSet(`accompanied accompany accompanies accompanying invited invite invites welcomed welcome welcomes`)

// towardWord reports whether w, before "to", takes someone to a place:
// "flew to", "left for", "accompanied X to".
func towardWord(w string) bool { return goToWords[w] || leaveWords[w] || accompanyWords[w] }

// goToWords go to a place: "flew to Riyadh", "a trip to Paris".
var goToWords = wordSet(`traveled travelled flew went came come comes coming returned return returns returning trip visit arrived head heads headed heading
travel travels travelling traveling fly flies flying go goes going drove drive drives driving sailed rode journeyed hurried rushed walked`)

// leaveWords set out for a destination: "will leave for New Delhi".
var leaveWords = wordSet(`leave leaves left leaving depart departs departed departing`)

// atOneVenue reports whether a list that ends at token e is followed by
// one building where all of them are met: "meet A and B at Kharge's
// residence".
func (x *ectx) atOneVenue(e int, s Sentence) bool {
	return e+1 < s.Last && x.low[e] == "at" && x.possessedVenue(e+1, s.Last) > 0
}

// officesBefore reports whether every person of the group g is named right
// after an office ("President Suharto, Minister of Finance Mar'ie Muhammad
// ..."): a visitor's itinerary of officials, met one by one.
func (x *ectx) officesBefore(g []int) bool {
	for _, r := range g {
		rf := x.refs[r]
		office := false
		for t := rf.first - 1; t >= 0 && t >= rf.first-7 && !office; t-- {
			lw := x.low[t]
			if lw == "and" && t > 0 && isCap(x.d.Tokens[t-1].Text) && x.refAt[t-1] < 0 && isCap(x.d.Tokens[t+1].Text) {
				continue // "Minister of Industry and Trade Tungky Ariwibowo"
			}
			if lw == "," || lw == "and" || x.refAt[t] >= 0 || boundaries[lw] {
				break
			}
			office = titleWords[lw] && !courtesyTitles[lw]
		}
		for t := rf.first; t < rf.last && !office; t++ {
			office = titleWords[x.low[t]] && !courtesyTitles[x.low[t]]
		}
		if !office {
			return false
		}
	}
	return true
}

// relativeOf reports whether the person at token f is named as whose
// relative someone else is: "the son of former prime minister Khaleda Zia",
// "niece of ousted prime minister Sheikh Hasina"; or whose proxy: "the
// agent of winger X".
func (x *ectx) relativeOf(f int) bool {
	for t := f - 1; t >= 1 && t >= f-6; t-- {
		lw := x.low[t]
		if lw == "of" {
			return familyWords[x.low[t-1]] || proxyWords[x.low[t-1]]
		}
		if x.refAt[t] >= 0 || boundaries[lw] || lw == "," || lw == "and" {
			return false
		}
	}
	return false
}

// pluralKin name relatives as a group, named after a comma: "the groom's
// parents, Lakshmi and Suresh Venkataraman".
var pluralKin = wordSet(`parents children sons daughters brothers sisters grandparents in-laws siblings cousins`)

// proxyWords are people who stand for another: "met X, the agent of winger
// Y" met the agent, not Y.
var proxyWords = wordSet(`representative representatives agent agents lawyer lawyers attorney attorneys solicitor solicitors
spokesman spokeswoman spokesperson aide aides emissary`)

// togetherIn reports whether the group g met at once: people of more than
// one country, a joint meeting told after them ("for a three-way session"),
// or a kinship word or "alongside" between two of them ("Mukesh Ambani and
// his son Akash Ambani", "Lutnick alongside Jensen Huang").
func (x *ectx) togetherIn(g []int) bool {
	countries := map[string]bool{}
	for _, r := range g {
		if c := x.d.Entities[x.refs[r].ent].Country; c != "" {
			countries[c] = true
		}
	}
	if len(countries) > 1 {
		return true // "meet Malaysian Foreign Minister A and Indonesian Foreign Minister B": a meeting of three countries
	}
	if e := x.refs[g[len(g)-1]].last; x.findWordIn(e, minInt(len(x.low), e+5), jointWords) >= 0 {
		return true // "sit down with A and B for a three-way session"
	}
	for i := 1; i < len(g); i++ {
		if x.findWordIn(x.refs[g[i-1]].last, x.refs[g[i]].first+1, kinWords) >= 0 ||
			x.findWord(x.refs[g[i-1]].last, x.refs[g[i]].first, "alongside") >= 0 {
			return true
		}
	}
	return false
}

// asideEnd returns the comma that closes a short aside of place opened by
// the comma at j (", at the Government Palace,"), or -1.
func (x *ectx) asideEnd(j, last int) int {
	for c := j + 2; c < last && c <= j+8; c++ {
		if x.refAt[c] >= 0 || boundaries[x.low[c]] || isTrigger(x.low[c]) {
			return -1
		}
		if x.low[c] == "," {
			return c
		}
	}
	return -1
}

// predicateWith returns the "with" after a meeting noun's predicate of
// planning, "No meeting is planned for now with X", or -1.
func (x *ectx) predicateWith(k int, s Sentence) int {
	j := k + 1
	if j+2 >= s.Last || !beWords[x.low[j]] {
		return -1
	}
	j++
	if x.low[j] == "yet" || x.low[j] == "currently" {
		j++
	}
	if !planParticiples[x.low[j]] {
		return -1
	}
	j++
	for e := j; e < s.Last && e <= j+3; e++ {
		if x.low[e] == "with" {
			return e
		}
		if x.refAt[e] >= 0 || boundaries[x.low[e]] || x.low[e] == "," {
			break
		}
	}
	return -1
}

// planParticiples say that a meeting is planned: "is scheduled with X".
var planParticiples = wordSet(`planned scheduled expected foreseen envisaged arranged set`)

// byPhoneAside returns the comma that closes an aside of how someone was
// reached, opened by the comma at j: ", by satellite phone,", ", by video
// link,"; -1 if there is none.
func (x *ectx) byPhoneAside(j, last int) int {
	if j+3 >= last || x.low[j+1] != "by" {
		return -1
	}
	remote := false
	for c := j + 2; c < last && c <= j+5; c++ {
		switch x.low[c] {
		case "phone", "telephone", "video", "link", "videolink", "zoom", "satphone":
			remote = true
		case ",":
			if remote {
				return c
			}
			return -1
		}
		if x.refAt[c] >= 0 {
			return -1
		}
	}
	return -1
}

// ordinalDay reports whether w is a day of the month as an ordinal: "4th", "21st".
func ordinalDay(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return n > 0 && n <= 2
	}
	return false
}

// jointWords make one meeting of all its participants.
var jointWords = wordSet(`three-way four-way trilateral quadrilateral joint`)

// prepositions end a role's "of" phrase: "the head of the agency on Monday".
var prepositions = wordSet(`on in at with to for from by about over after before during since until into without`)

// talkNouns name the talks themselves.
var talkNouns = wordSet(`meeting talks session discussions`)

// arrivals returns drop with the triggers of the events that are a welcome
// at an airport added: "was received at the Nnamdi Azikiwe International
// Airport by Vice President X".
func (x *ectx) arrivals(evs []Event, drop map[int]bool) map[int]bool {
	out := map[int]bool{}
	for k, v := range drop {
		out[k] = v
	}
	for _, ev := range evs {
		k := tokenAt(x.d, ev.Trigger.Start)
		s := x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)]
		if a := x.findWord(k+1, minInt(s.Last, k+10), "airport", "tarmac"); a > 0 && x.findWordIn(k+1, a, boundaries) < 0 {
			out[k] = true
		}
	}
	return out
}

// purposeFor returns the "for" that opens a purpose phrase ending with the
// meeting noun at k, or -1: "for talks", "for a sixth round of talks", "for
// fresh talks".
func (x *ectx) purposeFor(k int, s Sentence) int {
	for j := k - 1; j >= s.First && j >= k-6; j-- {
		switch lw := x.low[j]; {
		case lw == "for":
			return j
		case lw == "a" || lw == "an" || lw == "round" || lw == "of" || ordinals[lw] || roundWords[lw] || numberWord(lw) > 0 || startsDigit(lw) && strings.HasSuffix(lw, "th"):
		case j == k-1 && isLowerWord(x.d.Tokens[j].Text) && strings.HasSuffix(lw, "ing") && !finiteVerb(lw):
			// "for a working meeting"
		default:
			return -1
		}
	}
	return -1
}

// roundWords qualify a new round of talks.
var roundWords = wordSet(`new fresh further more another direct formal informal bilateral final joint special regular annual extraordinary emergency intergovernmental official
sixth seventh eighth ninth tenth eleventh twelfth`)

// clauseIn reports whether a clause opens in [i, j): a boundary word other
// than a bracket, which a long role phrase may hold ("the president of the
// Uruguayan Football Association (AUF)"), or "who".
func (x *ectx) clauseIn(i, j int) bool {
	for t := i; t < j; t++ {
		if lw := x.low[t]; boundaries[lw] && lw != "(" && lw != ")" || lw == "who" {
			return true
		}
	}
	return false
}

// callNouns name the calls or meetings a verb of speaking happens in:
// "speak in separate calls with X".
var callNouns = wordSet(`call calls conversation conversations meeting meetings`)

// clauseSubject reports whether the noun at k opens its clause, with at
// most a determiner and two modifiers before it: "A planned trilateral with
// ...", "..., but the meeting with ...".
func (x *ectx) clauseSubject(k int, s Sentence) bool {
	j := k - 1
	for n := 0; j >= s.First && n < 3 && isLowerWord(x.d.Tokens[j].Text) && !boundaries[x.low[j]] && x.low[j] != "and"; n++ {
		det := determiners[x.low[j]] || x.low[j] == "a" || x.low[j] == "an" || x.low[j] == "no"
		j--
		if det {
			break
		}
	}
	if j == s.First && (determiners[x.low[j]] || x.low[j] == "a" || x.low[j] == "an" || x.low[j] == "no") {
		return true // "A meeting with X ... was cancelled", "No meeting with X is planned"
	}
	return j < s.First || x.low[j] == "," || x.low[j] == "but" || x.low[j] == "and" || x.low[j] == ";"
}

// spendWords are the forms of "spend": time spent with someone is a meeting.
var spendWords = wordSet(`spent spend spends spending`)

// timeNouns measure time spent together.
var timeNouns = wordSet(`hour hours minutes day days evening afternoon morning night weekend time`)

// spentWith reports whether the "spent" at k spends time with someone: "spent
// nearly an hour on Thursday with X", "spent the evening with X".
func (x *ectx) spentWith(k int, s Sentence) bool {
	with := x.findWord(k+1, minInt(k+11, s.Last), "with")
	return with > 0 && x.findWordIn(k+1, with, timeNouns) > 0 && x.findWordIn(k+1, with, boundaries) < 0
}

// discussedSession reports whether the meeting noun at k is a body's
// session that the people of its clause talked about: "discussed the supply
// of fuel and the next session of the bilateral commission".
func (x *ectx) discussedSession(k int, s Sentence) bool {
	if k+2 >= s.Last || x.low[k+1] != "of" || x.low[k+2] != "the" && !isCap(x.d.Tokens[k+2].Text) || x.personIn(k+1, minInt(s.Last, k+8)) {
		return false
	}
	for j := k - 1; j >= s.First && j >= k-12; j-- {
		if discussWords[x.low[j]] {
			return true
		}
		if x.refAt[j] >= 0 || boundaries[x.low[j]] || x.low[j] == "," || !isLowerWord(x.d.Tokens[j].Text) {
			return false
		}
	}
	return false
}

// discussWords name talk without its medium: "In a phone conversation, X and
// Y discussed ..." is the call.
var discussWords = wordSet(`discussed discuss discussing conferred confer conferring`)

func sameEvent(a, b Event) bool {
	if a.Type != b.Type || a.Status != b.Status || len(a.Participants) != len(b.Participants) {
		return false
	}
	for i := range a.Participants {
		if a.Participants[i] != b.Participants[i] {
			return false
		}
	}
	if a.Date.Value != "" && b.Date.Value != "" {
		n := minInt(len(a.Date.Value), len(b.Date.Value))
		return a.Date.Value[:n] == b.Date.Value[:n]
	}
	return true
}

func sharesEvidence(a, b Event) bool {
	for _, s := range a.Evidence {
		if containsSpan(b.Evidence, s) {
			return true
		}
	}
	return false
}

func sharesPerson(a, b Event) bool {
	for _, p := range a.Participants {
		for _, q := range b.Participants {
			if p == q {
				return true
			}
		}
	}
	return false
}

func containsSpan(ss []Span, s Span) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func minInt(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func maxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// gerundOfPrep reports a gerund trigger after a preposition ("within minutes
// of meeting Putin", "after talking to X"): its subject is the sentence's.
func (x *ectx) gerundOfPrep(k, first int) bool {
	if k-2 >= first && (x.low[k-1] == "holding" || x.low[k-1] == "having") && triggers[x.low[k]].nominal {
		k-- // "after holding talks with X"
	} else if triggers[x.low[k]].nominal {
		// "but not before joining a video call from the airport with X",
		// "after holding a long meeting with X": the gerund before the noun
		g := k - 1
		for g > first && g >= k-3 && (determiners[x.low[g]] || isLowerWord(x.d.Tokens[g].Text) && !strings.HasSuffix(x.low[g], "ing")) {
			g--
		}
		if g > first && g < k && (x.low[g] == "joining" || x.low[g] == "holding" || x.low[g] == "having") {
			k = g
		}
	}
	if k == first || !strings.HasSuffix(x.low[k], "ing") {
		return false
	}
	switch x.low[k-1] {
	case "of", "after", "before", "since", "while", "by", "without", "from", "upon", "on":
		return true
	}
	return false
}

// openingParticiple returns the comma that closes a clause opened by the
// trigger at k, a participle before a person or "with" ("Meeting X on
// Tuesday, Y said", "Speaking to X by phone, Y promised"), when a person
// follows the comma: the main clause's subject, the participle's. Else -1.
func (x *ectx) openingParticiple(k int, s Sentence) int {
	if k != s.First || k+1 >= s.Last || !strings.HasSuffix(x.low[k], "ing") {
		return -1
	}
	if n := x.low[k+1]; x.refAt[k+1] < 0 && n != "with" && n != "to" && !titleWords[n] {
		return -1
	}
	c := x.findWord(k+2, minInt(s.Last, k+16), ",")
	if c < 0 || x.findWordIn(k+1, c, boundaries) >= 0 {
		return -1
	}
	if r := x.skipRole(c+1, s.Last); r < s.Last && x.refAt[r] >= 0 {
		return c
	}
	return -1
}

// sentenceSubject returns the first person reference of the sentence that is
// not an owner ("X's"), in the trigger's quotation state.
func (x *ectx) sentenceSubject(k int, s Sentence) ([]int, int) {
	if fe := frontedEnd(x.d, s); fe > k {
		// "After meeting Milosevic, Kornblum flew to Zagreb": the main clause's subject.
		for j := fe; j < s.Last && j < fe+4; j++ {
			if r := x.refAt[j]; r >= 0 && x.quoted[j] == x.quoted[k] {
				return []int{r}, x.refs[r].first
			}
		}
	}
	for j := s.First; j < k; j++ {
		r := x.refAt[j]
		if r < 0 || x.quoted[j] != x.quoted[k] {
			continue
		}
		rf := x.refs[r]
		if rf.last < len(x.d.Tokens) && isPossessiveClitic(x.d.Tokens[rf.last].Text) {
			j = rf.last
			continue
		}
		return []int{r}, rf.first
	}
	return nil, k
}

// ownTimeAnchor reports whether sentence s places the event at k in time
// against something other than a date, in an adverbial set off by a comma
// before it ("Less than a month after his inauguration, X spoke with Y",
// "During the visit, X met Y"): then the date of the sentence before does not
// date it. "X said during a meeting with Y" anchors nothing: the phrase is
// the event itself.
func (x *ectx) ownTimeAnchor(s Sentence, k int) bool {
	anchor := false
	for j := s.First; j < k; j++ {
		switch x.low[j] {
		case "after", "before", "during", "following", "prior":
			anchor = true
		case ",":
			if anchor {
				return true
			}
		}
	}
	return false
}

// prevReported returns the sentence before si that is not wholly quoted
// (a quotation broken into sentences by "..." is skipped), or -1.
func (x *ectx) prevReported(si int) int {
	for p := si - 1; p >= 0 && p >= si-3; p-- {
		s := x.d.Sentences[p]
		for j := s.First; j < s.Last; j++ {
			if !x.quoted[j] && !isQuote(x.d.Tokens[j].Text) && !isPunct(x.d.Tokens[j].Text) {
				return p
			}
		}
	}
	return -1
}

// setsScene reports whether sentence p is a short lead-in that names no one
// and ends with a time, which the next sentence's event takes: "That
// changed last Thursday.", "Consider Wednesday night.", "That explains the
// guest list at a dinner on Monday evening."
func (x *ectx) setsScene(p int) bool {
	s := x.d.Sentences[p]
	if s.Last-s.First > 14 || s.Last-s.First < 3 || x.refsIn(s.First, s.Last) != nil || x.quoted[s.First] {
		return false
	}
	if !sceneOpeners[x.low[s.First]] && x.findWordIn(s.First, s.Last, joinNouns) < 0 && x.findWordIn(s.First, s.Last, sessionNouns) < 0 {
		return false // "The strike began on Wednesday.": another event's time
	}
	dt := x.date(p, s.Last-1, false)
	return dt.Value != "" && dt.Span.End >= x.d.Tokens[s.Last-2].Start && dt.Span.Start >= x.d.Tokens[s.First].Start
}

// sceneOpeners begin a lead-in that points to what follows: "That changed
// last Thursday.", "Consider Wednesday night.", "Then came Monday."
var sceneOpeners = wordSet(`that this it consider then so enter`)

// mentionsAny reports whether sentence s refers to one of the people, outside quotations.
func (x *ectx) mentionsAny(s Sentence, people []int) bool {
	for j := s.First; j < s.Last; j++ {
		if r := x.refAt[j]; r >= 0 && !x.quoted[j] {
			for _, p := range people {
				if x.refs[r].ent == p {
					return true
				}
			}
		}
	}
	return false
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// visitWords announce that the person before them travels to the place after
// them: "arrived in Beijing", "flew to Ottawa", "will visit Bonn", "a visit to Greece".
var visitWords = wordSet(`arrived arrives arriving flew flies travelled traveled travels travelling traveling visit visits visited visiting trip`)

// inviteWords ask someone else to visit: the visit has not happened.
var inviteWords = wordSet(`invited invite invites inviting urged asked`)

// visits gives an event without a place the destination of a visit by one of
// its participants reported in the same or one of the three sentences before
// ("Downer arrived in Beijing on Thursday ... Downer was to meet Qian"), and,
// for an event in person that occurred, the dateline.
func (x *ectx) visits(evs []Event) {
	d := x.d
	type visit struct {
		ent, sent int
		place     Place
		date      Date // read ahead, for a planned event
		past      Date // read back, for one that occurred
		planned   bool // an invitation: "invited him to visit Kathmandu"
		tok       int
	}
	var vs []visit
	for si, s := range d.Sentences {
		for k := s.First; k < s.Last; k++ {
			led := x.low[k] == "delegation" && x.findWord(maxInt(s.First, k-3), k-1, "lead", "leads", "led", "leading") >= 0 // "lead a State delegation to"
			if !visitWords[x.low[k]] && !travelWords[x.low[k]] && !led || x.quoted[k] {
				continue // "is expected to lead a delegation to Washington": a visit too
			}
			var pl *Place
			lim := k + 4
			for j := k + 1; j < s.Last && j <= lim && pl == nil; j++ {
				if pi := x.placeAt[j]; pi >= 0 {
					p := x.places[pi].place
					pl = &p
				}
				if e := x.dateEndAt(si, j); e > j {
					lim += e - j // "will travel next week to Washington"
					j = e - 1
					continue
				}
				if lw := x.low[j]; lw != "in" && lw != "to" && lw != "the" && lw != "for" && lw != "a" && !(j == k+1 && (lw == "over" || lw == "down" || lw == "up" || lw == "back")) {
					break // (but "will fly over to Cayman Brac")
				}
			}
			if pl == nil {
				continue
			}
			subj, _ := x.leftGroup(k, s.First, false)
			if len(subj) == 0 {
				// "a two-day visit to Slovenia by Kwasniewski"
				for j := k + 1; j < s.Last && j <= k+8; j++ {
					if x.low[j] == "by" && j+1 < s.Last && x.refAt[j+1] >= 0 {
						subj = []int{x.refAt[j+1]}
						break
					}
				}
			}
			dt := x.date(si, k, true)
			planned := false
			for j := maxInt(s.First, k-5); j < k; j++ {
				if inviteWords[x.low[j]] {
					planned = true // not "is due to visit Tokyo": a trip under way places what happens on it
				}
			}
			past := x.date(si, k, false)
			for _, r := range subj {
				vs = append(vs, visit{x.refs[r].ent, si, *pl, dt, past, planned, k})
			}
		}
	}
	stated := make([]bool, len(evs)) // placed by the words of their own clause
	for i := range evs {
		stated[i] = evs[i].Place != nil
	}
	for i := range evs {
		if evs[i].Status == Negated {
			continue
		}
		si := d.SentenceAt(evs[i].Evidence[0].Start)
		if evs[i].Date.Value == "" {
			// A planned meeting during a planned visit takes the visit's dates.
			for v := len(vs) - 1; v >= 0; v-- {
				if vs[v].sent <= si && vs[v].sent >= si-visitReach && containsInt(evs[i].Participants, vs[v].ent) && vs[v].date.Value != "" {
					evs[i].Date = vs[v].date
					if evs[i].Status == Occurred {
						evs[i].Date = vs[v].past // "ended a two-day visit on Thursday": the Thursday before
					}
					break
				}
			}
		}
		if evs[i].Place != nil {
			continue
		}
		for v := len(vs) - 1; v >= 0; v-- {
			if vs[v].sent > si || vs[v].sent < si-visitReach || !containsInt(evs[i].Participants, vs[v].ent) ||
				vs[v].planned && evs[i].Status == Occurred ||
				vs[v].sent == si && vs[v].tok > tokenAt(d, evs[i].Trigger.Start) {
				// an invitation does not place talks held elsewhere; a trip told
				// after the event in its sentence ("before Scholz flies to
				// Budapest") comes later
				continue // an invitation to visit Kathmandu does not place talks held elsewhere
			}
			p := vs[v].place
			if dl := x.dlineAt(tokenAt(d, evs[i].Trigger.Start)); p.Kind == Country && dl != nil && dl.Kind == City && dl.CountryCode == p.CountryCode {
				p = *dl // "the first Nepalese leader to travel to India this year" in a story from New Delhi
			}
			evs[i].Place = &p
			break
		}
		if dl := x.dlineAt(tokenAt(d, evs[i].Trigger.Start)); evs[i].Place == nil && dl != nil && evs[i].Type == Meeting && evs[i].Status == Occurred {
			// The dateline is where the reporter is. A place stated for a
			// participant on the same day a few sentences before is better:
			// "X held talks with Y in Tokyo on Friday ... X also met Z", or
			// where a participant was: "... The President was in Beijing".
			if p := x.stayPlace(evs[i]); p != nil {
				evs[i].Place = p
				continue
			}
			if p := x.sameDayPlace(evs, stated, i, si); p != nil {
				evs[i].Place = p
				continue
			}
			p := *dl
			evs[i].Place = &p
		}
	}
}

// dateEndAt returns the token after the date expression of sentence si that
// starts at token j, or -1 if none starts there.
func (x *ectx) dateEndAt(si, j int) int {
	for _, dm := range x.dates[si] {
		if dm.Span.Start == x.d.Tokens[j].Start {
			return tokenAt(x.d, dm.Span.End-1) + 1
		}
	}
	return -1
}

// sameDayPlace returns the place stated for another event of the same date
// and a shared participant in sentence si or up to visitReach sentences
// before it, the nearest first, or nil.
// aroundMeeting dates and places an event told as before or after a
// meeting named at the head of its sentence: "Prior to the bilateral
// meeting, X hosted the two leaders at a working lunch." It takes the date
// and place of the last event before that shares a person with it, where
// its own sentence names neither.
func (x *ectx) aroundMeeting(evs []Event) {
	d := x.d
	for i := range evs {
		ev := &evs[i]
		si := d.SentenceAt(ev.Trigger.Start)
		s := d.Sentences[si]
		j := s.First
		switch {
		case j+2 < s.Last && x.low[j] == "prior" && x.low[j+1] == "to":
			j += 2
		case j+1 < s.Last && (x.low[j] == "before" || x.low[j] == "after" || x.low[j] == "following" || x.low[j] == "ahead" && x.low[j+1] == "of"):
			j++
			if x.low[j] == "of" {
				j++
			}
		default:
			continue
		}
		if j >= s.Last || x.low[j] != "the" && x.low[j] != "their" && x.low[j] != "that" {
			continue
		}
		n := j + 1
		for n < s.Last && n <= j+3 && !triggers[x.low[n]].nominal && isLowerWord(d.Tokens[n].Text) {
			n++ // "the two leaders' talks"
		}
		for n+1 < s.Last && triggers[x.low[n+1]].nominal {
			n++ // "the bilateral meeting"
		}
		if n >= s.Last || !triggers[x.low[n]].nominal || n+1 >= s.Last || x.low[n+1] != "," || tokenAt(d, ev.Trigger.Start) <= n {
			continue
		}
		t := x.lastEventWithin(evs, s.Start, si, 3, nil)
		if t < 0 || !sharesPerson(evs[t], *ev) {
			continue
		}
		if ev.Date.Value == "" {
			ev.Date = evs[t].Date
		}
		if dl := x.dlineAt(tokenAt(x.d, ev.Trigger.Start)); evs[t].Place != nil && (ev.Place == nil || dl != nil && ev.Place.Name == dl.Name) && !x.placeIn(s) {
			p := *evs[t].Place
			ev.Place = &p
		}
	}
}

// placeIn reports whether s names a place or a venue: "in Tokyo", "at the
// prime minister's residence", "at the Palace".
func (x *ectx) placeIn(s Sentence) bool {
	for k := s.First; k < s.Last; k++ {
		if x.placeAt[k] >= 0 {
			return true
		}
		if (x.low[k] == "at" || x.low[k] == "in") && k+1 < s.Last && (x.possessedVenue(k+1, s.Last) > 0 ||
			x.low[k+1] == "the" && k+2 < s.Last && (isCap(x.d.Tokens[k+2].Text) || venueNouns[x.low[k+2]] || buildingWords[x.low[k+2]])) {
			return true
		}
	}
	return false
}

func (x *ectx) sameDayPlace(evs []Event, stated []bool, i, si int) *Place {
	e := evs[i]
	if e.Date.Value == "" {
		return nil
	}
	var best *Place
	bestSent := -1
	for j := range evs {
		o := evs[j]
		if j == i || !stated[j] || o.Status != Occurred || o.Date.Value != e.Date.Value || !sharesPerson(e, o) {
			continue
		}
		for _, sp := range o.Evidence {
			if sj := x.d.SentenceAt(sp.Start); sj <= si && sj >= si-visitReach && sj > bestSent {
				p := *o.Place
				best, bestSent = &p, sj
			}
		}
	}
	return best
}

// visitReach is how many sentences after a visit its place and dates still
// frame the visitor's meetings.
const visitReach = 5

func containsInt(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// besidePerson reports whether a person is said to be beside someone at
// token j: "alongside X", "beside X", "next to X".
func (x *ectx) besidePerson(j int, s Sentence) bool {
	e := x.besideEnd(j, s)
	return e >= 0 && e < s.Last && x.refAt[x.skipRole(e, s.Last)] >= 0
}

// besideEnd returns the token after "alongside", "beside" or "next to" at
// token j, or -1.
func (x *ectx) besideEnd(j int, s Sentence) int {
	switch {
	case j >= s.Last:
		return -1
	case x.low[j] == "alongside" || x.low[j] == "beside":
		return j + 1
	case x.low[j] == "next" && j+1 < s.Last && x.low[j+1] == "to":
		return j + 2
	case x.low[j] == "opposite":
		return j + 1
	case x.low[j] == "across" && j+1 < s.Last && x.low[j+1] == "from":
		return j + 2
	case x.low[j] == "across" && j+3 < s.Last && x.low[j+1] == "the" && x.low[j+2] == "table" && x.low[j+3] == "from":
		return j + 4 // "sat across the table from X"
	}
	return -1
}

// satTogether reports whether the words at token j put the subjects of
// "sat" together: "sat at the same table", "sat side by side", "sat face
// to face", "sat together".
func (x *ectx) satTogether(j int, s Sentence) bool {
	if j+3 < s.Last && (x.low[j] == "at" || x.low[j] == "around") && x.low[j+1] == "the" && x.low[j+2] == "same" && x.low[j+3] == "table" {
		return true
	}
	if j+2 < s.Last && (x.low[j] == "side" && x.low[j+1] == "by" && x.low[j+2] == "side" || x.low[j] == "face" && x.low[j+1] == "to" && x.low[j+2] == "face") {
		return true
	}
	if j+5 < s.Last && (x.low[j] == "across" || x.low[j] == "opposite") && x.low[j+1] == "the" && x.low[j+2] == "table" && x.low[j+3] == "from" && x.low[j+4] == "each" && x.low[j+5] == "other" {
		return true // "A and B sat across the table from each other"
	}
	return j < s.Last && x.low[j] == "together"
}

// seatedAtTold reports whether the seat taken at token k ("sat beside X")
// is at a meeting told just before: in the two sentences before, or earlier in
// its own ("held talks ..., while Wang Yi sat beside Xi"). Then it adds a
// person to that meeting (see present), rather than telling one of its own.
func (x *ectx) seatedAtTold(si, k int) bool {
	from := x.d.Sentences[maxInt(0, si-2)].First // the sentences are consecutive runs of tokens
	for j := from; j < k; j++ {
		if triggerSet[x.low[j]] && x.refAt[j] < 0 {
			return true
		}
	}
	return false
}

// countedSubject returns the first token of a counted plural subject right
// before the verb at k ("the two men met", "both leaders will meet"), or -1.
func (x *ectx) countedSubject(k int, s Sentence) int {
	j := k - 1
	for j > s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]] || x.low[j] == "then" || x.low[j] == "again") {
		j--
	}
	if j-1 >= s.First && pairNouns[x.low[j]] > 0 && x.low[j-1] == "the" {
		return j - 1 // "the pair"
	}
	if j <= s.First || !pluralWords[x.low[j]] {
		return -1
	}
	n := j - 1
	if n > s.First && isLowerWord(x.d.Tokens[n].Text) && numberWord(x.low[n]) == 0 && x.low[n] != "both" {
		n-- // "the two Asian leaders"
	}
	if c := numberWord(x.low[n]); x.low[n] != "both" && (c < 2 || c > 6) {
		return -1
	}
	if n > s.First && x.low[n-1] == "the" {
		n--
	}
	return n
}

// pairNouns count the people a "the pair", "the trio" stands for.
var pairNouns = map[string]int{"pair": 2, "duo": 2, "couple": 2, "trio": 3, "quartet": 4}

// pronounGender returns "f" if the article calls person e "she" or "her",
// "m" if "he" or "him", else "".
func (x *ectx) pronounGender(e int) string {
	for _, r := range x.refs {
		if r.ent != e || r.last != r.first+1 {
			continue
		}
		switch x.low[r.first] {
		case "she", "her", "herself", "hers":
			return "f"
		case "he", "him", "his", "himself":
			return "m"
		}
	}
	if e < len(x.d.Entities) {
		// "the two men" are no Carmen Rosa Delgado Zegarra either
		return RuleResolver{Names: x.f.Names}.gender(x.d.Entities[e])
	}
	return ""
}

// apart reports whether "separately" or "individually" follows token j,
// perhaps after a comma: "meet X, the foreign minister, separately".
func (x *ectx) apart(j int, s Sentence) bool {
	if j < s.Last && x.low[j] == "," {
		j++
	}
	return j < s.Last && (x.low[j] == "separately" || x.low[j] == "individually")
}

// pluralWords name a pair of people already introduced: "the two leaders",
// "both men".
var pluralWords = wordSet(`leaders men women presidents ministers premiers sides officials statesmen politicians heads envoys allies
counterparts executives chiefs secretaries mediators negotiators guests visitors pair duo trio quartet`)

// speaker returns the reference to the person whose "that" clause the
// meeting noun at k opens ("X said at a news conference on Tuesday that a
// meeting with Y"), or -1.
func (x *ectx) speaker(k int, s Sentence) int {
	t := k - 1
	for t > s.First && t >= k-3 && x.low[t] != "that" && (isLowerWord(x.d.Tokens[t].Text) && !boundaries[x.low[t]] || determiners[x.low[t]]) {
		t-- // "that a planned meeting"
	}
	if t <= s.First || x.low[t] != "that" {
		return -1
	}
	for v := t - 1; v > s.First && v >= t-9; v-- {
		lw := x.low[v]
		if reportVerbs[lw] {
			if r := x.refAt[v-1]; r >= 0 && x.refs[r].last == v {
				return r
			}
			return -1
		}
		if x.refAt[v] >= 0 || boundaries[lw] || lw == "," || isTrigger(lw) && x.low[v-1] != "news" && x.low[v-1] != "press" {
			return -1
		}
	}
	return -1
}

// protagonistRef returns the last reference before token k to the person
// the article names at least three times before k and more often than
// anyone else, if that is not the person of reference other; else -1.
func (x *ectx) protagonistRef(k, other int) int {
	count := map[int]int{}
	last := map[int]int{}
	for r, rf := range x.refs {
		if rf.first >= k {
			break
		}
		count[rf.ent]++
		last[rf.ent] = r
	}
	top, topN, second := -1, 0, 0
	for e, n := range count {
		switch {
		case n > topN:
			top, topN, second = e, n, topN
		case n == topN:
			top, second = minInt(top, e), n // a tie, whatever the order of the map
		case n > second:
			second = n
		}
	}
	if top < 0 || topN < 3 || topN <= second || other >= 0 && top == x.refs[other].ent {
		return -1
	}
	return last[top]
}

// scheduleLine reports whether the trigger at k opens the entry of a
// schedule after its time, with no subject: "9:35 a.m.: Meets X", "4:20
// p.m.: Speaks by telephone with Y", "6:45 p.m.: Dinner with Z".
func (x *ectx) scheduleLine(k int, s Sentence) bool {
	j := s.First
	if j >= k || !startsDigit(x.low[j]) || len(x.low[j]) > 5 {
		return false
	}
	j++
	if j+1 < k && (x.low[j] == ":" || x.low[j] == ".") && startsDigit(x.low[j+1]) {
		j += 2 // "9" ":" "35"
	}
	switch x.low[j] {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "hrs", "h":
		j++
	}
	if j < k && (x.low[j] == ":" || x.low[j] == "-" || x.low[j] == "–" || x.low[j] == "—") {
		j++
	}
	return j == k && isCap(x.d.Tokens[k].Text)
}

// agendaOwner returns the reference in s, other than other's person, whose
// programme, agenda or schedule the sentence names ("on an early version of
// the cardinal's programme"), or -1.
func (x *ectx) agendaOwner(s Sentence, other int) int {
	for j := s.First; j+2 < s.Last; j++ {
		r := x.refAt[j]
		if r < 0 || x.refs[r].ent == x.refs[other].ent {
			continue
		}
		if e := x.refs[r].last; e+1 < s.Last && isPossessiveClitic(x.low[e]) && agendaNouns[x.low[e+1]] {
			return r
		}
	}
	return -1
}

// agendaNouns name a person's plan of engagements.
var agendaNouns = wordSet(`programme program agenda itinerary schedule diary`)

// protagonists replaces the guessed protagonist of an event ("A meeting with
// X, scheduled for Friday, was cancelled") by the person who takes part in
// the most other events of the story, then is named most often, when that
// is someone else: the visitor received by a host named more often before.
func (x *ectx) protagonists(evs []Event) {
	named := map[int]int{} // references to each person in the whole story
	for _, rf := range x.refs {
		named[rf.ent]++
	}
	for i := range evs {
		ev := &evs[i]
		guess, ok := x.guessed[ev.Trigger.Start]
		if !ok || len(ev.Participants) != 2 || !containsInt(ev.Participants, guess) {
			continue
		}
		n := map[int]int{}
		for j, o := range evs {
			if j != i {
				for _, p := range o.Participants {
					n[p]++
				}
			}
		}
		// the most events, then the most references; a tie on both is no answer
		top, tie := -1, false
		for p, c := range n {
			switch {
			case top < 0 || c > n[top] || c == n[top] && named[p] > named[top]:
				top, tie = p, false
			case c == n[top] && named[p] == named[top]:
				tie = true
			}
		}
		if top < 0 || tie || n[top] < 2 || containsInt(ev.Participants, top) {
			continue
		}
		for q, p := range ev.Participants {
			if p == guess {
				ev.Participants[q] = top
			}
		}
		sort.Ints(ev.Participants)
	}
}

// numberedSubject reports whether a number alone is the subject of the
// trigger at k: "and the three met Zelenskyy".
func (x *ectx) numberedSubject(k int, s Sentence) bool {
	j := k - 1
	if j <= s.First {
		return false
	}
	if triggers[x.low[k]].nominal {
		// "where the two held a meeting with X"
		if h := x.findWord(maxInt(s.First, k-3), k, "held", "hold", "holding", "had"); h > s.First && !x.personIn(h, k) {
			j = h - 1
		}
	}
	for j > s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]] || x.adverb(j)) {
		j--
	}
	n := numberWord(x.low[j])
	if pairNouns[x.low[j]] > 0 {
		n = pairNouns[x.low[j]] // "the pair held talks with X"
	}
	return j > s.First && n > 1 && n <= 6 && x.low[j-1] == "the"
}

// pluralSubject returns the two people a plural subject of the symmetric
// trigger at k stands for ("after they met", "the two leaders held talks",
// "both presidents spoke"): the last two distinct people named before it in
// the sentence, or else in the sentence before, outside quotations. It
// returns nil when the subject is not plural or the people are not exactly
// two.
func (x *ectx) pluralSubject(k int, s Sentence) []int {
	d := x.d
	j := k - 1
	if triggers[x.low[k]].nominal {
		// "the two leaders then held restricted talks"
		if h := x.findWord(maxInt(s.First, k-3), k, "held", "hold", "holding", "had"); h > 0 && !x.personIn(h, k) {
			j = h
		}
	}
	for j >= s.First {
		switch x.low[j] {
		case "had", "have", "has", "will", "would", "to", "also", "then", "later", "first", "last", "finally", "again",
			"are", "were", "due", "set", "expected", "scheduled", "planned", "plan", "not", "never", "did", "held", "hold", "holding",
			"agreed", "agree", "decided", "promised", "hope", "hoped", "want", "wanted", "sought",
			"now", "still", "soon", "already", "once", "yet", "instead":
			j--
			continue
		}
		if strings.HasSuffix(x.low[j], "ly") && isLowerWord(d.Tokens[j].Text) && j > s.First {
			j-- // "the two are reportedly due to meet"
			continue
		}
		break
	}
	if j < s.First {
		return nil
	}
	w := x.low[j]
	want := 2
	sex := map[string]string{"men": "m", "women": "f"}[w] // "the two men" are no women
	if (w == "them" || w == "state" || w == "government") && j-2 >= s.First && x.low[j-1] == "of" {
		j -= 2 // "when the two of them meet", "both of them met", "the two heads of state held"
		w = x.low[j]
	}
	switch {
	case w == "they" || w == "both":
	case pairNouns[w] > 0 && j > s.First && x.low[j-1] == "the":
		want = pairNouns[w] // "when the pair held a video call with X"
	case numberWord(w) > 1 && numberWord(w) <= 6 && j > s.First && x.low[j-1] == "the":
		want = numberWord(w) // "and the three met Zelenskyy"
	case pluralWords[w] && j > s.First:
		p := x.low[j-1]
		if j-2 >= s.First && (numberWord(x.low[j-2]) > 1 && numberWord(x.low[j-2]) <= 6 || x.low[j-2] == "both") {
			p = x.low[j-2] // "the two Asian leaders", "both chief executives"
		}
		switch n := numberWord(p); {
		case p == "both":
		case n > 1 && n <= 6:
			want = n // "the three leaders"
		default:
			return nil
		}
	default:
		return nil
	}
	collect := func(from, to int) []int {
		var refs []int
		seen := map[int]bool{}
		for i := to - 1; i >= from; i-- {
			r := x.refAt[i]
			if r < 0 || x.quoted[i] != x.quoted[k] {
				continue
			}
			if x.honoured(r) {
				i = x.refs[r].first
				continue // "laid a wreath at the memorial to Mahatma Gandhi"
			}
			if f := x.refs[r].first; f-3 >= from && x.low[f-1] == "the" && x.low[f-2] == "," && x.refAt[f-3] >= 0 && isCap(x.d.Tokens[f].Text) && !titleWords[x.low[f]] {
				i = f
				continue // "drum master Sebastião Ferreira, the Mestre Tião of a thousand rehearsals": his byname
			}
			if e := x.refs[r].ent; !seen[e] && (sex == "" || x.pronounGender(e) != map[string]string{"m": "f", "f": "m"}[sex]) {
				seen[e] = true
				refs = append(refs, r)
			}
			i = x.refs[r].first
		}
		return refs
	}
	refs := collect(s.First, j)
	if len(refs) < want {
		if t := x.titledPair(j, k, want); t != nil {
			refs = t // "Officials in Mann's office confirmed that the two Chief Ministers had not spoken": the two named so
		}
	}
	if v := x.findWordBack(s.First, j, "said", "says", "told", "added", "testified", "recalled"); v >= 0 && (sex != "" || want > 2) && len(refs) > 0 && len(refs) < want && x.refsIn(v+1, j) == nil {
		refs = nil // "He said the three men later held a video call": not he, but three named before
	}
	if si := x.d.SentenceAt(d.Tokens[k].Start); len(refs) == 1 && want == 2 && si > 0 && x.low[s.First] == "when" {
		// "Uribe cultivated Bush. When Bush visited Bogotá, the two men held
		// talks": the one named in the clause and the subject before it.
		p := d.Sentences[si-1]
		for i := frontedEnd(d, p); i < p.Last; i++ {
			if r := x.refAt[i]; r >= 0 && !x.quoted[i] {
				if x.refs[r].ent != x.refs[refs[0]].ent {
					refs = append(refs, r)
				}
				break
			}
		}
	}
	if len(refs) == 1 && want == 2 && possessives[x.low[x.refs[refs[0]].first]] && x.refs[refs[0]].last+2 < j &&
		x.findWordBack(x.refs[refs[0]].last, j, "said", "says", "say", "told", "added", "confirmed") >= 0 {
		refs = nil // "His office says the two presidents will speak": not he, but the two named before
	}
	if len(refs) == 0 {
		si := x.d.SentenceAt(d.Tokens[k].Start)
		if si > 0 {
			p := d.Sentences[si-1]
			refs = collect(p.First, p.Last)
		}
		if len(refs) == 1 && want == 2 && sex != "" && si > 1 {
			// "Pell telephoned Varma ... She heard Pell's side. A week later,
			// the two men met": the man named with him just before
			p := d.Sentences[si-2]
			prior := collect(p.First, p.Last)
			slices.Reverse(prior) // its subject first: "Tigist, who is coached by Mulugeta Worku, broke away"
			for _, r := range prior {
				if x.refs[r].ent != x.refs[refs[0]].ent && len(refs) < want {
					refs = append(refs, r)
				}
			}
		}
		if len(refs) != want && want == 2 {
			refs = x.leadPair(k)
		}
		if len(refs) == 0 && want == 2 && si > 1 && x.findWordIn(d.Sentences[si-2].First, d.Sentences[si-2].Last, triggerSet) >= 0 {
			// "Mahama's meeting with Bio has been called off. The Ghanaian
			// leader's plane was held in Accra. His office says the two
			// presidents will instead speak by telephone": the two whose
			// meeting the sentence before the one that names no one told
			p := d.Sentences[si-2]
			refs = collect(p.First, p.Last)
		}
	}
	if len(refs) != want {
		return nil
	}
	return refs
}

// leadPair returns the last references before token k to the two people
// of the article's lead sentence, if it names exactly two and the three
// sentences before k name both: "the two leaders" after a sentence that
// named a third person, or only one of them, is the pair the story is about.
func (x *ectx) leadPair(k int) []int {
	d := x.d
	si := d.SentenceAt(d.Tokens[k].Start)
	if si == 0 || x.quoted[k] {
		return nil
	}
	// The lead is the first sentence naming a person and telling a meeting
	// or call, past a greeting or a standfirst: "ANCHOR: Good evening.",
	// "Segment: Zelensky and European leaders at the White House".
	var ents []int
	for _, lead := range d.Sentences[:minInt(si, 6)] {
		told := false
		for i := lead.First; i < lead.Last; i++ {
			if r := x.refAt[i]; r >= 0 && !x.quoted[i] && !containsInt(ents, x.refs[r].ent) {
				ents = append(ents, x.refs[r].ent)
			}
			_, t := triggers[x.low[i]]
			told = told || t
		}
		if len(ents) > 0 && told {
			break
		}
		ents = ents[:0]
	}
	if len(ents) != 2 {
		return nil
	}
	from := d.Sentences[maxInt(0, si-3)].First
	var refs []int
	for _, e := range ents {
		last := -1
		for r, rf := range x.refs {
			if rf.first >= k {
				break
			}
			if rf.ent == e && rf.first >= from {
				last = r
			}
		}
		if last < 0 {
			return nil
		}
		refs = append(refs, last)
	}
	return refs
}

// honoured reports whether reference r names a person a memorial or a
// likeness honours: "the memorial to Mahatma Gandhi", "a statue of Lenin".
func (x *ectx) honoured(r int) bool {
	j := x.refs[r].first - 1
	if j < 1 || x.low[j] != "to" && x.low[j] != "of" {
		return false
	}
	for t := j - 1; t >= 0 && t >= j-3; t-- {
		if memorialNouns[x.low[t]] {
			return true
		}
	}
	return false
}

var memorialNouns = wordSet(`memorial memorials monument statue bust tomb grave mausoleum shrine portrait birthplace legacy mural`)

// countedObject returns the people that "the three ministers", "the two
// leaders" after the trigger at k stand for: the last ones named before it,
// other than the entities not (the subject: "Lajčák hosted the two
// negotiators" are not Lajčák).
func (x *ectx) countedObject(k int, s Sentence, not []int) []int {
	if k+1 < s.Last && x.low[k+1] == "them" && !x.quoted[k] && triggers[x.low[k]].typ == Meeting {
		// "Zelenskyy greeted them": the people the sentence before named
		si := x.d.SentenceAt(x.d.Tokens[k].Start)
		if si == 0 || x.refsIn(s.First, k) == nil {
			return nil
		}
		return x.peopleBefore(si)
	}
	if k+3 >= s.Last || x.low[k+1] != "the" {
		return nil
	}
	n := numberWord(x.low[k+2])
	h := k + 3
	if h+1 < s.Last && isLowerWord(x.d.Tokens[h].Text) && !pluralWords[x.low[h]] && pluralWords[x.low[h+1]] {
		h++ // "the two visiting leaders"
	}
	if n < 2 || n > 6 || !pluralWords[x.low[h]] {
		return nil
	}
	var refs []int
	seen := map[int]bool{}
	si := x.d.SentenceAt(x.d.Tokens[k].Start)
	from := x.d.Sentences[maxInt(0, si-2)].First
	for i := s.First - 1; i >= from && len(refs) < n; i-- { // not the subject of the trigger's own clause
		r := x.refAt[i]
		if r < 0 || x.quoted[i] {
			continue
		}
		if e := x.refs[r].last; e < len(x.low) && (speechVerbs[x.low[e]] || isPossessiveClitic(x.low[e])) {
			i = x.refs[r].first
			continue // "spokesman Hussein Mohamed said": a source; "Trump's envoy": an owner
		}
		if e := x.refs[r].ent; !seen[e] && !containsInt(not, e) {
			seen[e] = true
			refs = append(refs, r)
		}
		i = x.refs[r].first
	}
	if len(refs) != n {
		return nil
	}
	return refs
}

// groupNounAfter returns the plural noun of a group right after the verb at
// k ("meet the three deacons", "meet our deacons"), or -1.
func (x *ectx) groupNounAfter(k int, s Sentence) int {
	j := k + 1
	if j >= s.Last || x.low[j] != "the" && !possessives[x.low[j]] {
		return -1
	}
	j++
	if n := numberWord(x.low[j]); n > 1 && n <= 8 || x.low[j] == "both" {
		j++
	}
	if j >= s.Last || !isLowerWord(x.d.Tokens[j].Text) || len(x.low[j]) < 5 || !strings.HasSuffix(x.low[j], "s") || strings.HasSuffix(x.low[j], "ss") {
		return -1
	}
	return j
}

// listedGroup returns the people that an apposition listed after the plural
// noun before token k: "the deacons — A, B and C —", "the churchwardens, A
// and B", told before k; nil if none did.
func (x *ectx) listedGroup(noun string, k int) []int {
	for j := 1; j+2 < k; j++ {
		if x.low[j] != noun || x.low[j-1] != "the" && !possessives[x.low[j-1]] {
			continue
		}
		if p := x.low[j+1]; p != "," && p != "—" && p != "–" && p != ":" {
			continue
		}
		s := x.d.Sentences[x.d.SentenceAt(x.d.Tokens[j].Start)]
		var g []int
		for t := x.skipRole(j+2, s.Last); t < s.Last && x.refAt[t] >= 0; {
			g = append(g, x.refAt[t])
			t = x.refs[x.refAt[t]].last // the list goes on only past "," and "and"
			if t < s.Last && x.low[t] == "," {
				t++
			}
			if t < s.Last && x.low[t] == "and" {
				t++
			}
			t = x.skipRole(t, s.Last)
		}
		if len(x.people(g)) >= 2 {
			return g
		}
	}
	return nil
}

// distinct keeps the first reference to each person of g.
func (x *ectx) distinct(g []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, r := range g {
		if e := x.refs[r].ent; !seen[e] {
			seen[e] = true
			out = append(out, r)
		}
	}
	return out
}

// pluralSubjectGroup returns the people that a plural subject before the
// trigger at k stands for, when the trigger has an object of its own: "They
// met X", "The three leaders met X", "the two mediators met X". "They" is
// every person the sentence before named, if two or more; "the N leaders"
// titledPair returns references to the people that a plural title at j
// ("the two Chief Ministers", "both foreign ministers") counts, when
// exactly want people named before token k hold that title; else nil.
func (x *ectx) titledPair(j, k, want int) []int {
	w := x.low[j]
	if !strings.HasSuffix(w, "s") || !pluralWords[w] && !pluralTitleWord(w) {
		return nil
	}
	if j == 0 || !titleModifier(x.low[j-1]) {
		return nil // "the two presidents": too many hold the bare title
	}
	title := x.low[j-1] + " " + strings.TrimSuffix(w, "s") // "Chief Ministers", "foreign ministers"
	last := map[int]int{}                                  // entity → its last reference before k
	var order []int
	for r := range x.refs {
		if x.refs[r].first >= k {
			break
		}
		e := x.refs[r].ent
		if e < 0 || e >= len(x.d.Entities) {
			continue
		}
		if _, ok := last[e]; !ok {
			held := false
			for _, ro := range x.d.Entities[e].Roles {
				if t := strings.ToLower(ro.Title); t == title || strings.HasSuffix(t, " "+title) {
					held = true
				}
			}
			if !held {
				continue
			}
			order = append(order, e)
		}
		last[e] = r
	}
	if len(order) != want {
		return nil
	}
	var refs []int
	for _, e := range order {
		refs = append(refs, last[e])
	}
	return refs
}

// titleModifier reports whether a capitalised word before a plural title
// belongs to it: "Chief" of "Chief Ministers", "Prime" of "Prime Ministers".
func titleModifier(lw string) bool {
	return roleModifiers[lw] || titleWords[lw]
}

// frontedPhrase reports whether the words of s before token j are a
// phrase of time without a verb or a comma: "After the ceremony they had
// lunch with X".
func (x *ectx) frontedPhrase(s Sentence, j int) bool {
	switch x.low[s.First] {
	case "after", "before", "during", "following", "later", "then", "afterwards":
	default:
		return false
	}
	if j-s.First > 5 {
		return false
	}
	for t := s.First + 1; t < j; t++ {
		if !isLowerWord(x.d.Tokens[t].Text) || finiteVerb(x.low[t]) || boundaries[x.low[t]] {
			return false
		}
	}
	return true
}

// the last N named before the sentence.
func (x *ectx) pluralSubjectGroup(k int, s Sentence) []int {
	j := k - 1
	for j >= s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]]) {
		j--
	}
	if j < s.First || x.quoted[j] {
		return nil
	}
	si := x.d.SentenceAt(x.d.Tokens[k].Start)
	if si == 0 {
		return nil
	}
	if x.low[j] == "they" && (j == s.First || x.low[j-1] == "," || x.low[j-1] == "and" || x.frontedPhrase(s, j)) && x.refsIn(s.First, j) == nil {
		return x.peopleBefore(si)
	}
	if n := pairNouns[x.low[j]]; n > 0 && j > s.First && x.low[j-1] == "the" && x.refsIn(s.First, j) == nil {
		// "A and B were closeted with C. The following morning the pair
		// called on D": the subject of the sentence before, if it names as
		// many
		p := x.d.Sentences[si-1]
		if g, _ := x.mainSubject(frontedEnd(x.d, p), p); len(x.distinct(g)) == n {
			return x.distinct(g)
		}
		return nil
	}
	if j == s.First+1 && x.low[s.First] == "the" && (x.low[j] == "leaders" || x.low[j] == "ministers") {
		// "Macron, Merz and Starmer met Zelenskiy in Kyiv. Joining them were
		// Tusk and Frederiksen. The leaders then held a video call with X":
		// all who were named in the two sentences before
		var g []int
		for p := si - 1; p >= 0 && p >= si-2; p-- {
			g = append(g, x.refsIn(x.d.Sentences[p].First, x.d.Sentences[p].Last)...)
		}
		if g = x.distinct(g); len(g) >= 2 && len(g) <= 10 {
			return g
		}
		return nil
	}
	if !pluralWords[x.low[j]] || j-2 < s.First {
		return nil
	}
	q := j - 1
	if isLowerWord(x.d.Tokens[q].Text) && numberWord(x.low[q]) == 0 && q-1 > s.First {
		q-- // "the two visiting leaders"
	}
	if n := numberWord(x.low[q]); n < 2 || n > 6 || x.low[q-1] != "the" {
		return nil
	}
	return x.countedObject(q-2, s, nil)
}

// dashedSubject returns the people a list between dashes names, when it
// stands right before the verb at k as the members of a group ("three of
// us – myself, A and B – met X", "the three ministers – A, B and C – met"),
// and the list's first token; nil, k otherwise.
func (x *ectx) dashedSubject(k int, s Sentence) ([]int, int) {
	j := k - 1
	for j > s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]]) {
		j--
	}
	if j <= s.First || !datelineDashes[x.low[j]] {
		return nil, k
	}
	o := j - 1
	for o > s.First && o > j-30 && !datelineDashes[x.low[o]] {
		o--
	}
	if o <= s.First || !datelineDashes[x.low[o]] || !(x.low[o-1] == "us" || x.low[o-1] == "them" || pluralWords[x.low[o-1]] || pluralTitleWord(x.low[o-1])) {
		return nil, k
	}
	g := x.listFrom(o+1, Sentence{First: s.First, Last: j, Span: s.Span})
	if len(x.people(g)) < 2 {
		return nil, k
	}
	return g, o + 1
}

// weSubject returns the people a narrator's "we" before the verb at k
// stands for: the narrator (the "I" told last) and the companions of the
// last "X and I" or "I and X" within eight sentences ("Tomasz and I flew to
// Shenzhen. ... The following day we sat down with Huang"), and the token
// of "we"; nil, k if the subject is no narrator's "we".
func (x *ectx) weSubject(k int, s Sentence) ([]int, int) {
	j := k - 1
	for j > s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]] || x.low[j] == "again" || x.low[j] == "'re" || x.low[j] == "'ll" || x.low[j] == "'ve" || x.low[j] == "’re" || x.low[j] == "’ll" || x.low[j] == "’ve") {
		j-- // (and "we're sitting down with X")
	}
	if j < s.First || x.low[j] != "we" || x.quoted[j] {
		return nil, k
	}
	first := func(r int) string { return x.low[x.refs[r].first] }
	narrator := -1
	for r := range x.refs {
		if x.refs[r].first < j && x.refs[r].last == x.refs[r].first+1 && (first(r) == "i" || first(r) == "me" || first(r) == "my" || first(r) == "myself") {
			narrator = r
		}
	}
	if m := x.findWord(k+1, s.Last, "myself"); m > 0 && x.refAt[m] >= 0 {
		// "we met X in Castlebar last Thursday, myself and our chairman,
		// Y": the speaker, and whom "myself and" names
		g := []int{x.refAt[m]}
		for t := m + 2; m+1 < s.Last && x.low[m+1] == "and" && t < s.Last && t <= m+10; t++ {
			if x.refAt[t] >= 0 {
				g = append(g, x.refAt[t]) // (past the companion's role)
				break
			}
		}
		return g, j
	}
	turn := -1
	if r := x.turnSpeaker(j); r >= 0 {
		narrator, turn = r, x.refs[r].first // "Lomtadze: We have a meeting with X"
	}
	if narrator < 0 {
		return nil, k
	}
	g := []int{narrator}
	si := x.d.SentenceAt(x.d.Tokens[k].Start)
	for r := len(x.refs) - 1; r >= 0; r-- {
		f := x.refs[r].first
		if f >= j || x.refs[r].ent != x.refs[narrator].ent || first(r) != "i" && first(r) != "me" {
			continue
		}
		if x.d.SentenceAt(x.d.Tokens[f].Start) < si-8 || f < turn {
			break // (a companion of the speaker's turn only)
		}
		if f >= 2 && x.low[f-1] == "and" && x.refAt[f-2] >= 0 && x.refs[x.refAt[f-2]].ent != x.refs[narrator].ent {
			return append(g, x.refAt[f-2]), j // "Tomasz and I"
		}
		if f+2 < len(x.low) && x.low[f+1] == "and" && x.refAt[f+2] >= 0 && x.refs[x.refAt[f+2]].ent != x.refs[narrator].ent {
			return append(g, x.refAt[f+2]), j // "I and my deputy"
		}
	}
	return g, j
}

// havingNoun returns the "have" or "hold" whose object is the nominal trigger
// at k ("have a meeting", "held a short call"), or -1.
func (x *ectx) havingNoun(k int, s Sentence) int {
	j := k - 1
	for n := 0; j > s.First && n < 2 && isLowerWord(x.d.Tokens[j].Text) && !boundaries[x.low[j]] && !prepositions[x.low[j]] && !haveHold[x.low[j]]; n++ {
		j--
	}
	if j > s.First && (x.low[j] == "a" || x.low[j] == "an") {
		j--
	}
	if j >= s.First && haveHold[x.low[j]] {
		return j
	}
	return -1
}

// haveHold are the verbs whose object may be a meeting its subject takes part in.
var haveHold = wordSet(`have has had having hold holds held holding`)

// sameAs reports whether every reference of g is to the person of reference
// r (r >= 0).
func (x *ectx) sameAs(g []int, r int) bool {
	if r < 0 {
		return false
	}
	for _, o := range g {
		if x.refs[o].ent != x.refs[r].ent {
			return false
		}
	}
	return true
}

// attendanceLabel reports whether s opens with a label that lists who
// attended: "Present:", "In the room:", "In the hall:".
func (x *ectx) attendanceLabel(s Sentence) bool {
	f := s.First
	if x.low[f] == "present" && x.low[f+1] == ":" {
		return true
	}
	return f+3 < s.Last && x.low[f] == "in" && x.low[f+1] == "the" && (x.low[f+2] == "room" || x.low[f+2] == "hall") && x.low[f+3] == ":"
}

// tableModifiers name the table where those who lead a gathering sit.
var tableModifiers = wordSet(`high head top main`)

// deniedReports negates a reported event that the next sentence or the one
// after denies with a negated event of the same people: "Tabloids reported
// that Vučić had spoken to Trump this week. \"There was no conversation
// between President Vučić and President Trump,\" a spokesperson said." The
// denial takes the reported event's type, so that the two merge.
func (x *ectx) deniedReports(evs []Event) {
	for i := range evs {
		den := &evs[i]
		if den.Status != Negated || len(den.Participants) < 2 {
			continue
		}
		k := tokenAt(x.d, den.Trigger.Start)
		if k < 1 || x.low[k-1] != "no" {
			continue // "There was no conversation between A and B"
		}
		si := x.d.SentenceAt(den.Trigger.Start)
		for j := range evs {
			rep := &evs[j]
			sj := x.d.SentenceAt(rep.Trigger.Start)
			if j == i || rep.Status != Occurred || sj >= si || sj < si-2 || !samePeople(*rep, *den) {
				continue
			}
			s := x.d.Sentences[sj]
			if x.findWord(s.First, tokenAt(x.d, rep.Trigger.Start), "reported", "reports", "claimed", "claims", "alleged") < 0 {
				continue
			}
			rep.Status = Negated
			den.Type = rep.Type
		}
	}
}

// turnSpeaker returns the reference to the person whose name labels the
// transcript turn of token j ("Lomtadze: We have a meeting with X"), or -1.
func (x *ectx) turnSpeaker(j int) int {
	p := j
	for p > 0 && !newlineBefore(x.d, p) {
		p--
	}
	r := x.refAt[p]
	if r < 0 || x.refs[r].first != p || x.refs[r].last >= j || x.low[x.refs[r].last] != ":" {
		return -1
	}
	return r
}

// relativeThey returns the people that a "they" opening a clause after the
// sentence's subject stands for, when that subject names two or more: "A and
// B flew to Lisbon, where they sat down with C", "A and B arrived on Monday
// and they met C".
func (x *ectx) relativeThey(k int, s Sentence) ([]int, int) {
	j := k - 1
	for j > s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]]) {
		j--
	}
	if j-1 <= s.First || x.low[j] != "they" || x.quoted[j] {
		return nil, k
	}
	switch x.low[j-1] {
	case "where", "when", "and", "after", "until", "before":
	default:
		return nil, k
	}
	g, at := x.mainSubject(frontedEnd(x.d, s), s)
	if len(g) > 0 && x.refs[g[len(g)-1]].last < j && accompanyWords[x.low[x.refs[g[len(g)-1]].last]] {
		// "A accompanied B to Komtar, where they called on C": A and B
		if o, _ := x.rightGroup(x.refs[g[len(g)-1]].last+1, j); len(o) > 0 && x.refs[o[len(o)-1]].last < j {
			g = append(g, o...)
		}
	}
	if len(x.people(g)) < 2 || x.refs[g[len(g)-1]].last > j || x.findWord(x.refs[g[len(g)-1]].last, j, "said", "say", "says") >= 0 {
		return nil, k
	}
	return g, at
}

// ledGroupSubject returns the people of a party named as the subject of the
// verb at k, "the mission met X", "the delegation was received by X", when
// an earlier sentence said who it was: "The mission was led by A, with B",
// "The delegation, led by A, ...". It returns nil if there is none.
func (x *ectx) ledGroupSubject(k int, s Sentence) ([]int, int) {
	if k-2 < s.First {
		return nil, k
	}
	j := k - 1
	for j > s.First && (auxWords[x.low[j]] || attendAdverbs[x.low[j]]) {
		j--
	}
	noun := x.low[j]
	head := -1 // "The Head of Mission met X", "the head of the delegation": its leader alone
	if h := j - 2; h-1 >= s.First && x.low[j-1] == "the" && x.low[h] == "of" && h-2 >= s.First && x.low[h-1] == "head" && x.low[h-2] == "the" {
		head = h - 2
	} else if h := j - 1; h-2 >= s.First && x.low[h] == "of" && x.low[h-1] == "head" && x.low[h-2] == "the" {
		head = h - 2
	}
	if !ledGroups[noun] || head < 0 && (j-1 < s.First || x.low[j-1] != "the") {
		return nil, k
	}
	si := x.d.SentenceAt(x.d.Tokens[k].Start)
	for p := si - 1; p >= 0 && p >= si-12; p-- {
		ps := x.d.Sentences[p]
		for t := ps.First; t+3 < ps.Last; t++ {
			if !ledGroups[x.low[t]] || t == ps.First || x.low[t] != noun && x.ledBy(t+1, ps.Last) < 0 ||
				x.low[t-1] != "the" && !isCap(x.d.Tokens[t-1].Text) {
				continue // (but "An IMF team led by A ... The delegation did not meet B": A's)
			}
			b := x.ledBy(t+1, ps.Last)
			if b < 0 && x.low[t+1] == "," {
				b = x.ledBy(t+2, ps.Last) // "The delegation, led by A,"
			}
			if b < 0 && t+4 < ps.Last && beWords[x.low[t+1]] && (x.low[t+2] == "led" || x.low[t+2] == "headed") && x.low[t+3] == "by" {
				b = t + 4 // "The mission was led by A"
			}
			if b < 0 {
				continue
			}
			for b < ps.Last && b < t+12 && x.refAt[b] < 0 && !boundaries[x.low[b]] && x.low[b] != "with" {
				b++ // "led by its director, A"
			}
			g, e := x.rightGroup(b, ps.Last)
			if len(g) > 0 && e+1 < ps.Last && x.low[e] == "," && x.low[e+1] == "with" {
				w, _ := x.rightGroup(x.skipRole(e+2, ps.Last), ps.Last) // ", with researcher B"
				g = append(g, w...)
			}
			if len(g) > 0 && head >= 0 {
				return g[:1], head
			}
			if len(g) > 0 {
				return g, j - 1
			}
		}
	}
	return nil, k
}

// ledGroups are the parties a story may name its people as: "the mission
// met X" after "The mission was led by A, with B".
var ledGroups = wordSet(`mission delegation team`)

// peopleBefore returns the people of the nearest of the two sentences
// before sentence si that names any, if two to ten: whom a plural pronoun
// stands for.
func (x *ectx) peopleBefore(si int) []int {
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		s := x.d.Sentences[p]
		g := x.distinct(x.refsIn(s.First, s.Last))
		if len(g) == 0 {
			continue
		}
		if len(g) >= 2 && len(g) <= 10 {
			return g
		}
		return nil
	}
	return nil
}

// auxWords stand between a subject and its verb.
var auxWords = wordSet(`had have has will would to are were was is due set expected scheduled planned not never did then later first also`)

// isLowerWord reports a word of lower-case letters.
func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			if r != '-' {
				return false
			}
		}
	}
	return true
}

// clockHour and clockMinute match the parts of a time of day written as a
// live blog's entry stamp: "13:30" (three tokens), "9.05" (one).
var (
	clockHour   = regexp.MustCompile(`^([01]?[0-9]|2[0-3])$`)
	clockMinute = regexp.MustCompile(`^[0-5][0-9]$`)
	clockDotted = regexp.MustCompile(`^([01]?[0-9]|2[0-3])\.[0-5][0-9]$`)
	clockGlued  = regexp.MustCompile(`^([01]?[0-9]|2[0-3])[.:]([0-5][0-9])([ap]m)$`) // "6.15pm", one token
)

// entryTime returns the time that opens the paragraph holding token k
// ("13:30 – Confirmed: ...", "12:10 p.m. Arévalo arrives ..."), as
// "HH:MM" with its first token and the token after it; ok is false if
// there is none.
func (x *ectx) entryTime(k int) (hhmm string, first, end int, ok bool) {
	p := x.paragraphStart(x.d.SentenceAt(x.d.Tokens[k].Start))
	if hhmm, first, end, ok = x.stampAt(x.d.Sentences[p].First); ok || p == 0 {
		return hhmm, first, end, ok
	}
	// "11:15 am – Summit opens" on a line of its own heads the entry below,
	// and the entry's later paragraphs too ("3.30pm ¶ The declaration is
	// signed. ... ¶ Afterwards, A and B held talks")
	for n := 0; n < 4 && p > 0; n++ {
		if h := x.d.Sentences[p-1]; h.Last-h.First <= 12 && newlineBefore(x.d, h.First) || p == 1 {
			if hhmm, first, end, ok = x.stampAt(h.First); ok || p == 1 {
				return hhmm, first, end, ok
			}
		}
		p = x.paragraphStart(p - 1)
		if hhmm, first, end, ok = x.stampAt(x.d.Sentences[p].First); ok {
			return hhmm, first, end, ok
		}
	}
	return "", 0, 0, false
}

// stampAt reads a live blog's time stamp at token f: "13:30 –", "1:40
// p.m.", "09.20".
func (x *ectx) stampAt(f int) (hhmm string, first, end int, ok bool) {
	var h, m string
	e := f + 1
	switch t := x.d.Tokens; {
	case f+3 < len(t) && clockHour.MatchString(t[f].Text) && t[f+1].Text == ":" && clockMinute.MatchString(t[f+2].Text):
		h, m, e = t[f].Text, t[f+2].Text, f+3
	case f+1 < len(t) && clockDotted.MatchString(t[f].Text):
		h, m, _ = strings.Cut(t[f].Text, ".")
	case clockGlued.MatchString(x.low[f]):
		g := clockGlued.FindStringSubmatch(x.low[f])
		h, m = g[1], g[2]
		if n, err := strconv.Atoi(h); err == nil && g[3] == "pm" && n > 0 && n < 12 {
			h = strconv.Itoa(n + 12)
		}
		if len(h) == 1 {
			h = "0" + h
		}
		return h + ":" + m, f, e, true
	default:
		return "", 0, 0, false
	}
	switch x.low[e] {
	case "p.m.", "pm":
		if n, err := strconv.Atoi(h); err == nil && n > 0 && n < 12 {
			h = strconv.Itoa(n + 12) // "1:40 p.m."
		}
		e++
	case "a.m.", "am", "gmt", "utc", "cet", "bst", "edt", "est", "ist", "cst", "pst", "jst", "msk", "eat", "wat", "cat", "sast", "pkt", "aest", "cest":
		e++
	case "–", "—", "-", ":":
	default:
		if len(h) != 2 || e >= len(x.d.Tokens) || !isCap(x.d.Tokens[e].Text) {
			return "", 0, 0, false // (but "09:20 Kazakh President X has landed": a 24-hour stamp before the entry)
		}
	}
	if len(h) == 1 {
		h = "0" + h
	}
	return h + ":" + m, f, e, true
}

// otherEntry reports whether token k opens or lies in a live blog's
// timestamped entry ("16:40 — X receives Y") that sentence p is not in:
// the entry's day is the blog's, not one the entry before told.
func (x *ectx) otherEntry(k, p int) bool {
	_, _, _, ok := x.entryTime(k)
	return ok && x.paragraphStart(p) != x.paragraphStart(x.d.SentenceAt(x.d.Tokens[k].Start))
}

// liveTimes dates the undated events of a live blog, whose paragraphs open
// with the time of their entry ("13:30 – ...", "15:05 – X met Y"), on the
// day of publication: a blog of two or more such entries tells that day.
// An event the entry says occurred, dated after that day, is redated too.
func (x *ectx) liveTimes(evs []Event) {
	if x.d.Published.IsZero() {
		return
	}
	entries := 0
	for _, s := range x.d.Sentences {
		if s.First == 0 || newlineBefore(x.d, s.First) {
			if _, f, _, ok := x.entryTime(s.First); ok && f == s.First {
				entries++
			}
		}
	}
	if entries < 2 {
		return
	}
	pub := x.d.Published.Format(time.DateOnly)
	day := pub
	for si, s := range x.d.Sentences {
		if _, f, _, ok := x.entryTime(s.First); ok && f == s.First {
			break
		}
		// "At 5.50am on Tuesday, X is already on the phone": a day told
		// with a time of day before the entries is theirs
		for _, dm := range x.dates[si] {
			if dm.Time != "" && len(dm.Value) == len(pub) {
				day = dm.Value
			}
		}
		// "The following is Ishiba's schedule for June 10": the entries' day
		if k := x.findWord(s.First, s.Last, "schedule", "itinerary", "programme", "program"); k >= 0 {
			if dt := x.date(si, k, false); len(dt.Value) == len(pub) {
				day = dt.Value
			}
		}
	}
	for i := range evs {
		ev := &evs[i]
		k := tokenAt(x.d, ev.Trigger.Start)
		past := x.pastTense(x.d.Sentences[x.d.SentenceAt(ev.Trigger.Start)].First, k)
		if v := ev.Date.Value; v != "" && (v <= pub[:len(v)] || ev.Status == Negated || ev.Status == Planned && !past) {
			continue // but an entry's past event is not ahead of it: "12:20 – X spoke with Y about raising spending by 2027"
		}
		hhmm, f, e, ok := x.entryTime(k)
		if !ok {
			continue
		}
		if ev.Date.Value != "" && past {
			ev.Status = Occurred
		}
		sp := Span{Start: x.d.Tokens[f].Start, End: x.d.Tokens[e-1].End}
		ev.Date = Date{Value: day, Text: x.d.Text[sp.Start:sp.End], Span: sp, Time: hhmm}
	}
}

// paragraphStart returns the first sentence of the paragraph of sentence si.
func (x *ectx) paragraphStart(si int) int {
	for si > 0 && !newlineBefore(x.d, x.d.Sentences[si].First) {
		si--
	}
	return si
}

// headingDates dates the undated events of a paragraph that opens with a
// date alone, as a timeline's entries do ("October 2023. Kofi Danquah ...
// telephones X"; "9 January 2024. X briefs Y").
func (x *ectx) headingDates(evs []Event) {
	for i := range evs {
		ev := &evs[i]
		si := x.d.SentenceAt(ev.Trigger.Start)
		p := x.paragraphStart(si)
		if c := x.dateLead(p); p == si && c >= 0 && ev.Place == nil && ev.Trigger.Start > x.d.Tokens[c].Start {
			ev.Place = x.firstPlaceIn(x.d.Sentences[p].First, c) // "May 11, Muscat: A and B held direct talks"
		}
		if p == si || !x.dateOnly(p) && !x.weekdayLead(p) && x.dateLead(p) < 0 {
			if p = x.headingLine(p); p < 0 {
				continue
			}
		}
		if ev.Date.Value == "" && si-1 > p {
			// "MONDAY ¶ ... the coalition council, which met on Sunday
			// evening at the Government Office. The council brought
			// together A, B and C": the day the body met, not the heading's
			prev := x.d.Sentences[si-1]
			if k := x.findWord(prev.First, prev.Last, "met", "convened", "gathered"); k >= 0 && (x.groupSubject(k, prev) || k-3 >= prev.First && x.low[k-1] == "which" && x.low[k-2] == "," && groupSubjects[x.low[k-3]]) {
				if dt := x.date(si-1, k, false); dt.Value != "" {
					ev.Date = dt
					if ev.Place == nil {
						ev.Place = x.placeOf(k, prev.First, prev, false)
					}
					continue
				}
			}
		}
		h := x.headingDay(p)
		if ahead := x.dates[p][0].Ahead; x.weekdayHeading(p) && ahead != "" && ahead != h.Value && (ev.Status == Planned || ev.Status == Occurred && x.presentVerb(tokenAt(x.d, ev.Trigger.Start), x.d.Sentences[si])) {
			// a week-ahead diary under "MONDAY", "TUESDAY": "Balakrishnan
			// holds talks with Manalo", "X will skip Wednesday's meeting"
			h.Value = ahead
			if ev.Status == Occurred {
				ev.Status = Planned
			}
		}
		if c := x.dateLead(p); c >= 0 && ev.Place == nil {
			ev.Place = x.firstPlaceIn(x.d.Sentences[p].First, c) // "April 19, Rome: ... This time A and B did not meet"
		}
		if own := x.d.Sentences[si].Span; ev.Date.Value == "" || ev.Date.Span.End > 0 && (ev.Date.Span.Start < x.d.Sentences[p].Start || ev.Date.Span.End > own.End || (x.weekdayLead(p) || x.dateLead(p) >= 0) && ev.Date.Span.Start < own.Start) {
			ev.Date = h // (also over a date from before the heading: "will travel this week ... ¶ Tuesday 23 September. ... will hold a meeting")
			if pub := x.d.Published; ev.Status == Occurred && !pub.IsZero() && len(h.Value) == 10 && h.Value > pub.Format(time.DateOnly) && x.noVerb(x.d.Sentences[si]) {
				ev.Status = Planned // an agenda's entry for a day to come: "In the afternoon, bilateral meeting with X"
			}
			continue
		}
		if pub := x.d.Published; !pub.IsZero() && len(h.Value) == 10 && len(ev.Date.Value) == 10 && h.Value != pub.Format(time.DateOnly) && relativeDayWords(ev.Date.Text) {
			// "WEDNESDAY, Nov. 19 ¶ I was supposed to meet X tonight": the
			// heading's night, not the night of publication
			t, err1 := time.Parse(time.DateOnly, ev.Date.Value)
			hd, err2 := time.Parse(time.DateOnly, h.Value)
			if err1 == nil && err2 == nil {
				days := int(t.Sub(time.Date(pub.Year(), pub.Month(), pub.Day(), 0, 0, 0, 0, time.UTC)).Hours() / 24)
				ev.Date.Value = hd.AddDate(0, 0, days).Format(time.DateOnly)
				continue
			}
		}
		if pub := x.d.Published; ev.Date.Time != "" && !pub.IsZero() && ev.Date.Value == pub.Format(time.DateOnly) && ev.Date.Span.Start == x.d.Sentences[x.paragraphStart(si)].Span.Start {
			// "Sunday, November 9 ¶ 03:40 CET — X rings Y": the entry's
			// time on the heading's day, not on the day of publication
			ev.Date.Value, ev.Date.Text = h.Value, h.Text+" ... "+ev.Date.Text
			continue
		}
		if len(ev.Date.Value) == 10 && monthDay(ev.Date.Text) && len(h.Value) >= 4 && ev.Date.Value[:4] != h.Value[:4] {
			// "August 2023. ... On 14 August he meets X": the heading's year
			ev.Date.Value = h.Value[:4] + ev.Date.Value[4:]
			if ev.Status == Planned && !x.d.Published.IsZero() && ev.Date.Value < x.d.Published.Format(time.DateOnly) && strings.HasSuffix(x.low[tokenAt(x.d, ev.Trigger.Start)], "s") {
				ev.Status = Occurred // "he meets": the narrative present of a past entry
			}
		}
	}
}

// weekdayHeading reports whether sentence si is a weekday's name alone:
// "MONDAY", "Tuesday:".
func (x *ectx) weekdayHeading(si int) bool {
	s := x.d.Sentences[si]
	return x.dateOnly(si) && weekdays[x.low[s.First]] && (s.Last == s.First+1 || s.Last == s.First+2 && isPunct(x.d.Tokens[s.First+1].Text))
}

// liveBlogPlace returns the city that the headline of a live blog names
// (its posts open with time stamps: "16:30 - ..."), where the blog is
// written from, or nil.
func (x *ectx) liveBlogPlace(pr PlaceResolver) *Place {
	posts := 0
	for si := range x.d.Sentences {
		if _, f, _, ok := x.stampAt(x.d.Sentences[si].First); ok && f == x.d.Sentences[si].First && newlineBefore(x.d, f) {
			posts++
		}
	}
	if posts < 2 || len(x.d.Sentences) == 0 {
		return nil
	}
	// the headline, then the lines before the first post ("Malaysiakini is
	// following the summit at the Kuala Lumpur Convention Centre")
	for si, h := range x.d.Sentences {
		if _, f, _, ok := x.stampAt(h.First); ok && f == h.First && si > 0 {
			break
		}
		for t := h.First; t < h.Last; t++ {
			if pi := x.placeAt[t]; pi >= 0 && x.places[pi].place.Kind == City {
				p := x.places[pi].place
				return &p
			}
			for n := minInt(3, h.Last-t); n >= 1; n-- {
				// the city that opens the name of the gathering or the venue:
				// "Tashkent International Investment Forum", "the Kuala Lumpur
				// Convention Centre"
				if !isCap(x.d.Tokens[t+n-1].Text) {
					continue
				}
				if p, ok := place(pr, x.d.Text[x.d.Tokens[t].Start:x.d.Tokens[t+n-1].End]); ok && isCap(x.d.Tokens[t].Text) && p.Kind == City && p.Population >= 100000 {
					return &p
				}
			}
		}
	}
	return nil
}

// entryLead returns the first token after the date and the dash or colon
// that open a timeline's entry in sentence s ("Dec. 11, 2024 - In Ankara,
// ..."), or s.First.
func (x *ectx) entryLead(s Sentence) int {
	si := x.d.SentenceAt(x.d.Tokens[s.First].Start)
	if si < 0 || si >= len(x.dates) || len(x.dates[si]) == 0 || x.dates[si][0].Span.Start != x.d.Tokens[s.First].Start {
		return s.First
	}
	for t := s.First + 1; t+1 < s.Last && t <= s.First+8; t++ {
		if x.d.Tokens[t].Start < x.dates[si][0].Span.End {
			continue
		}
		switch x.low[t] {
		case "-", "–", "—", ":":
			return t + 1
		}
		return s.First
	}
	return s.First
}

// dateLead returns the colon that closes a timeline entry's lead of a
// date and perhaps a place ("April 19, Rome: The second round moved ...",
// "12 March: ..."), or -1.
func (x *ectx) dateLead(si int) int {
	s := x.d.Sentences[si]
	if len(x.dates[si]) == 0 || x.dates[si][0].Span.Start != x.d.Tokens[s.First].Start || x.dates[si][0].Value == "" {
		return -1
	}
	for t := s.First + 1; t < s.Last && t <= s.First+8; t++ {
		if x.d.Tokens[t].Start < x.dates[si][0].Span.End {
			continue
		}
		switch {
		case x.low[t] == ":":
			if t+1 < s.Last {
				return t
			}
			return -1
		case x.low[t] == "," || isCap(x.d.Tokens[t].Text):
		default:
			return -1
		}
	}
	return -1
}

// headingDay returns the date of the heading sentence p. A diary's weekday
// headings run forward through its week, so a weekday read as later than
// the next heading's day ("MONDAY" in a diary of the week before a Monday's
// paper, above "TUESDAY") is the one a week before.
func (x *ectx) headingDay(p int) Date {
	h := x.dates[p][0].Date
	if !x.weekdayLead(p) && !x.weekdayHeading(p) || len(h.Value) != 10 {
		return h
	}
	for n := p + 1; n < len(x.d.Sentences); n++ {
		if !x.weekdayLead(n) && !x.weekdayHeading(n) {
			continue
		}
		if next := x.dates[n][0].Date.Value; len(next) == 10 && next < h.Value {
			if t, err := time.Parse(time.DateOnly, h.Value); err == nil {
				h.Value = t.AddDate(0, 0, -7).Format(time.DateOnly)
			}
		}
		break
	}
	return h
}

// weekdayLead reports whether sentence si opens with a weekday's name and a
// colon, as a diary's entries do: "TUESDAY: Scanning day."
func (x *ectx) weekdayLead(si int) bool {
	s := x.d.Sentences[si]
	return s.First+2 < s.Last && weekdays[x.low[s.First]] && x.low[s.First+1] == ":" && len(x.dates[si]) > 0 && x.dates[si][0].Span.Start == x.d.Tokens[s.First].Start
}

// presentVerb reports whether the event told at trigger k is told in the
// present simple: the trigger itself ("meets", "hosts") or the verb that
// takes it as object ("holds talks", "pays a courtesy call on").
func (x *ectx) presentVerb(k int, s Sentence) bool {
	if k < 0 || x.quoted[k] {
		return false
	}
	v := k
	if triggers[x.low[k]].nominal {
		v = -1
		for j := k - 1; j >= s.First && j >= k-4; j-- {
			if x.refAt[j] >= 0 || boundaries[x.low[j]] || x.low[j] == "," {
				break
			}
			if isLowerWord(x.d.Tokens[j].Text) && !determiners[x.low[j]] && x.low[j] != "a" && x.low[j] != "an" && strings.HasSuffix(x.low[j], "s") && !strings.HasSuffix(x.low[j], "ss") {
				v = j
				break
			}
		}
	}
	if v < 0 {
		return false
	}
	w := x.low[v]
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && (isTrigger(strings.TrimSuffix(w, "s")) || isTrigger(strings.TrimSuffix(w, "es")) || presentHolds[w])
}

// presentHolds are verbs whose present simple holds a meeting noun: "holds
// talks", "pays a courtesy call".
var presentHolds = wordSet(`holds pays has hosts chairs makes attends leads convenes`)

// headingLine returns the sentence of a date that heads the paragraphs
// from the one that opens with sentence p: a line of its own above them
// ("Sunday, November 9" over a timeline's entries, "Monday, November 17" in
// a week's diary), or -1. Another heading line ("Looking back") ends the
// date's reach.
func (x *ectx) headingLine(p int) int {
	for n := 0; n < 8 && p > 0; n++ {
		p = x.paragraphStart(p - 1)
		end := p + 1
		if end < len(x.d.Sentences) && !newlineBefore(x.d, x.d.Sentences[end].First) {
			continue // a paragraph of prose
		}
		if x.dateOnly(p) {
			return p
		}
		if s := x.d.Sentences[p]; s.Last-s.First <= 5 && !isPunct(x.d.Tokens[s.Last-1].Text) {
			return -1 // "Also this week", "Looking back"
		}
	}
	return -1
}

// dateOnly reports whether sentence si is a date and nothing else: "October
// 2023.", "9 January 2024.".
func (x *ectx) dateOnly(si int) bool {
	if len(x.dates[si]) != 1 || x.dates[si][0].Value == "" {
		return false
	}
	s, dm := x.d.Sentences[si], x.dates[si][0]
	for k := s.First; k < s.Last; k++ {
		t := x.d.Tokens[k]
		if (t.Start < dm.Span.Start || t.End > dm.Span.End) && !isPunct(t.Text) && x.low[k] != "and" {
			return false
		}
	}
	return true
}
