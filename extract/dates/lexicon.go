package dates

// A class is the role a word can play in a date expression.
type class uint8

const (
	cNone    class = iota
	cMonth         // val 1..12
	cWeekday       // val 0..6, Sunday first as in time.Weekday
	cRelDay        // today, tonight, yesterday, tomorrow: val is the day offset
	cUnit          // day, week, month, year, weekend, fortnight
	cNum           // one..twelve, twenty, thirty: val is the number
	cMod           // last, next, this, past, coming, previous
	cDecor         // early, mid, late, earlier, later: do not change the value
	cPart          // morning, afternoon, evening, night
	cPrep          // prepositions kept in Text (on, in, at) or giving context
	cClock         // noon (val 12), midnight (val 0)
	cAgo           // ago
	cVague         // few, several, couple, coming (before a plural unit)
	cSeason        // spring, summer, autumn, fall, winter: val is the first month
	cFeast         // christmas: a feast on a fixed day (see holiday)
)

// Units.
const (
	uDay = iota + 1
	uWeek
	uMonth
	uYear
	uWeekend
	uFortnight
)

// Modifiers.
const (
	mLast = iota + 1
	mNext
	mThis
	mPast
	mComing
)

// Flags of a lexicon entry.
const (
	fAbbrev   = 1 << iota // a month abbreviation: needs a number after it
	fAmbig                // a month name that is also a common word or first name
	fPlural               // a plural unit: days, weeks
	fKeepPrep             // a preposition kept at the start of Text
)

// A lex is what the lexicon knows about a lower-cased word.
type lex struct {
	cls   class
	val   int8
	flags uint8
}

// trigger reports whether a word of class c can start or anchor a date
// expression; a sentence with no trigger word and no digit has no date.
func (c class) trigger() bool {
	switch c {
	case cMonth, cWeekday, cRelDay, cUnit, cClock, cPart, cSeason, cFeast:
		return true
	}
	return false
}

// lexicon maps lower-cased words to their roles. It is never modified.
var lexicon = map[string]lex{
	"christmas": {cFeast, 0, 0},
	"january":   {cMonth, 1, 0},
	"february":  {cMonth, 2, 0},
	"march":     {cMonth, 3, fAmbig},
	"april":     {cMonth, 4, fAmbig},
	"may":       {cMonth, 5, fAmbig},
	"june":      {cMonth, 6, fAmbig},
	"july":      {cMonth, 7, 0},
	"august":    {cMonth, 8, fAmbig},
	"september": {cMonth, 9, 0},
	"october":   {cMonth, 10, 0},
	"november":  {cMonth, 11, 0},
	"december":  {cMonth, 12, 0},
	"jan":       {cMonth, 1, fAbbrev},
	"feb":       {cMonth, 2, fAbbrev},
	"mar":       {cMonth, 3, fAbbrev},
	"apr":       {cMonth, 4, fAbbrev},
	"jun":       {cMonth, 6, fAbbrev},
	"jul":       {cMonth, 7, fAbbrev},
	"aug":       {cMonth, 8, fAbbrev},
	"sep":       {cMonth, 9, fAbbrev},
	"sept":      {cMonth, 9, fAbbrev},
	"oct":       {cMonth, 10, fAbbrev},
	"nov":       {cMonth, 11, fAbbrev},
	"dec":       {cMonth, 12, fAbbrev},

	"sunday":    {cWeekday, 0, 0},
	"monday":    {cWeekday, 1, 0},
	"tuesday":   {cWeekday, 2, 0},
	"wednesday": {cWeekday, 3, 0},
	"thursday":  {cWeekday, 4, 0},
	"friday":    {cWeekday, 5, 0},
	"saturday":  {cWeekday, 6, 0},

	"today":     {cRelDay, 0, 0},
	"tonight":   {cRelDay, 0, 0},
	"yesterday": {cRelDay, -1, 0},
	"tomorrow":  {cRelDay, 1, 0},

	"day":        {cUnit, uDay, 0},
	"days":       {cUnit, uDay, fPlural},
	"week":       {cUnit, uWeek, 0},
	"weeks":      {cUnit, uWeek, fPlural},
	"month":      {cUnit, uMonth, 0},
	"months":     {cUnit, uMonth, fPlural},
	"year":       {cUnit, uYear, 0},
	"years":      {cUnit, uYear, fPlural},
	"weekend":    {cUnit, uWeekend, 0},
	"fortnight":  {cUnit, uFortnight, 0},
	"fortnights": {cUnit, uFortnight, fPlural},

	"a":      {cNum, 1, 0},
	"an":     {cNum, 1, 0},
	"one":    {cNum, 1, 0},
	"two":    {cNum, 2, 0},
	"three":  {cNum, 3, 0},
	"four":   {cNum, 4, 0},
	"five":   {cNum, 5, 0},
	"six":    {cNum, 6, 0},
	"seven":  {cNum, 7, 0},
	"eight":  {cNum, 8, 0},
	"nine":   {cNum, 9, 0},
	"ten":    {cNum, 10, 0},
	"eleven": {cNum, 11, 0},
	"twelve": {cNum, 12, 0},
	"twenty": {cNum, 20, 0},
	"thirty": {cNum, 30, 0},

	"last":     {cMod, mLast, 0},
	"next":     {cMod, mNext, 0},
	"this":     {cMod, mThis, 0},
	"past":     {cMod, mPast, 0},
	"previous": {cMod, mLast, 0},
	"coming":   {cMod, mComing, 0},

	"early":     {cDecor, 0, 0},
	"mid":       {cDecor, 0, 0},
	"late":      {cDecor, 0, 0},
	"earlier":   {cDecor, 0, 0},
	"later":     {cDecor, 0, 0},
	"end":       {cDecor, 0, 0},
	"beginning": {cDecor, 0, 0},
	"start":     {cDecor, 0, 0},
	"middle":    {cDecor, 0, 0},

	"morning":   {cPart, 0, 0},
	"afternoon": {cPart, 0, 0},
	"evening":   {cPart, 0, 0},
	"night":     {cPart, 0, 0},

	"on":         {cPrep, 0, fKeepPrep},
	"in":         {cPrep, 0, fKeepPrep},
	"at":         {cPrep, 0, fKeepPrep},
	"since":      {cPrep, 0, 0},
	"by":         {cPrep, 0, 0},
	"until":      {cPrep, 0, 0},
	"till":       {cPrep, 0, 0},
	"through":    {cPrep, 0, 0},
	"throughout": {cPrep, 0, 0},
	"during":     {cPrep, 0, 0},
	"from":       {cPrep, 0, 0},
	"before":     {cPrep, 0, 0},
	"after":      {cPrep, 0, 0},
	"of":         {cPrep, 0, 0},
	"for":        {cPrep, 0, 0},
	"between":    {cPrep, 0, 0},
	"around":     {cPrep, 0, 0},
	"about":      {cPrep, 0, 0},
	"within":     {cPrep, 0, 0},
	"the":        {cPrep, 0, 0},

	"noon":     {cClock, 12, 0},
	"midday":   {cClock, 12, 0},
	"midnight": {cClock, 0, 0},

	"ago": {cAgo, 0, 0},

	"spring": {cSeason, 3, 0},
	"summer": {cSeason, 6, 0},
	"autumn": {cSeason, 9, 0},
	"fall":   {cSeason, 9, fAmbig},
	"winter": {cSeason, 12, 0},

	"few":     {cVague, 0, 0},
	"several": {cVague, 0, 0},
	"couple":  {cVague, 0, 0},
}

// zones maps time-zone abbreviations, as written, to IANA names or UTC.
var zones = map[string]string{
	"GMT":  "UTC",
	"UTC":  "UTC",
	"Z":    "UTC",
	"ET":   "America/New_York",
	"EST":  "America/New_York",
	"EDT":  "America/New_York",
	"CT":   "America/Chicago",
	"CST":  "America/Chicago",
	"CDT":  "America/Chicago",
	"MT":   "America/Denver",
	"MST":  "America/Denver",
	"MDT":  "America/Denver",
	"PT":   "America/Los_Angeles",
	"PST":  "America/Los_Angeles",
	"PDT":  "America/Los_Angeles",
	"MSK":  "Europe/Moscow",
	"CET":  "Europe/Paris",
	"CEST": "Europe/Paris",
	"EET":  "Europe/Kyiv",
	"EEST": "Europe/Kyiv",
	"BST":  "Europe/London",
	"IST":  "Asia/Kolkata",
	"PKT":  "Asia/Karachi",
	"JST":  "Asia/Tokyo",
	"KST":  "Asia/Seoul",
	"HKT":  "Asia/Hong_Kong",
	"SGT":  "Asia/Singapore",
	"WIB":  "Asia/Jakarta",
	"AEST": "Australia/Sydney",
	"AEDT": "Australia/Sydney",
	"SAST": "Africa/Johannesburg",
	"EAT":  "Africa/Nairobi",
	"WAT":  "Africa/Lagos",
	"CAT":  "Africa/Maputo",
}

// zoneTimes maps the lower-cased words before "time" ("Moscow time",
// "Eastern time") to IANA names. "local time" maps to "": no zone.
var zoneTimes = map[string]string{
	"local":            "",
	"moscow":           "Europe/Moscow",
	"kyiv":             "Europe/Kyiv",
	"kiev":             "Europe/Kyiv",
	"london":           "Europe/London",
	"british":          "Europe/London",
	"uk":               "Europe/London",
	"paris":            "Europe/Paris",
	"berlin":           "Europe/Berlin",
	"brussels":         "Europe/Brussels",
	"geneva":           "Europe/Zurich",
	"rome":             "Europe/Rome",
	"madrid":           "Europe/Madrid",
	"warsaw":           "Europe/Warsaw",
	"vienna":           "Europe/Vienna",
	"athens":           "Europe/Athens",
	"minsk":            "Europe/Minsk",
	"istanbul":         "Europe/Istanbul",
	"ankara":           "Europe/Istanbul",
	"turkish":          "Europe/Istanbul",
	"european":         "Europe/Brussels",
	"central european": "Europe/Brussels",
	"washington":       "America/New_York",
	"new york":         "America/New_York",
	"eastern":          "America/New_York",
	"central":          "America/Chicago",
	"mountain":         "America/Denver",
	"pacific":          "America/Los_Angeles",
	"mexico city":      "America/Mexico_City",
	"brasilia":         "America/Sao_Paulo",
	"buenos aires":     "America/Argentina/Buenos_Aires",
	"caracas":          "America/Caracas",
	"bogota":           "America/Bogota",
	"lima":             "America/Lima",
	"santiago":         "America/Santiago",
	"havana":           "America/Havana",
	"beijing":          "Asia/Shanghai",
	"china":            "Asia/Shanghai",
	"tokyo":            "Asia/Tokyo",
	"japan":            "Asia/Tokyo",
	"seoul":            "Asia/Seoul",
	"pyongyang":        "Asia/Pyongyang",
	"taipei":           "Asia/Taipei",
	"hong kong":        "Asia/Hong_Kong",
	"singapore":        "Asia/Singapore",
	"bangkok":          "Asia/Bangkok",
	"jakarta":          "Asia/Jakarta",
	"manila":           "Asia/Manila",
	"hanoi":            "Asia/Bangkok",
	"delhi":            "Asia/Kolkata",
	"new delhi":        "Asia/Kolkata",
	"india":            "Asia/Kolkata",
	"indian":           "Asia/Kolkata",
	"islamabad":        "Asia/Karachi",
	"kabul":            "Asia/Kabul",
	"tehran":           "Asia/Tehran",
	"baghdad":          "Asia/Baghdad",
	"riyadh":           "Asia/Riyadh",
	"doha":             "Asia/Qatar",
	"dubai":            "Asia/Dubai",
	"abu dhabi":        "Asia/Dubai",
	"jerusalem":        "Asia/Jerusalem",
	"israel":           "Asia/Jerusalem",
	"damascus":         "Asia/Damascus",
	"beirut":           "Asia/Beirut",
	"cairo":            "Africa/Cairo",
	"nairobi":          "Africa/Nairobi",
	"lagos":            "Africa/Lagos",
	"johannesburg":     "Africa/Johannesburg",
	"sydney":           "Australia/Sydney",
}

// notDate lists words that, right after a weekday or month name, make it
// part of a name rather than a date: "Sunday Times", "May Day",
// "Good Friday Agreement" is caught by the word after "Friday".
var notDate = map[string]bool{
	"times":     true,
	"telegraph": true,
	"express":   true,
	"mirror":    true,
	"herald":    true,
	"post":      true,
	"people":    true,
	"sport":     true,
	"magazine":  true,
	"edition":   true,
	"agreement": true,
	"accord":    true,
	"accords":   true,
	"day":       true,
	"movement":  true,
	"massacre":  true,
	"prayers":   true,
	"prayer":    true,
	"sermon":    true,
	"school":    true,
}

// notDateBefore lists words that, right before a weekday, make it part of a
// name: "Bloody Sunday", "Mail on Sunday" is caught by "Mail" two words back.
var notDateBefore = map[string]bool{
	"bloody": true,
	"mail":   true,
}
