package main

// Hand-made tables that the source data sets lack: the names news uses for
// countries and nationalities, English names for cities, and the
// abbreviations that follow a city in "Portland, Ore.". They are read-only.

// countryNames are extra names of countries, by ISO 3166-1 alpha-2 code.
// Forms with no lower-case letter ("U.S.", "DPRK") match only when written
// without lower-case letters, so that "us" or "Rok" do not.
var countryNames = map[string][]string{
	"US": {"United States", "United States of America", "America", "the States", "U.S.", "U.S.A.", "US", "USA"},
	"GB": {"Britain", "Great Britain", "United Kingdom", "U.K.", "UK"},
	"CI": {"Ivory Coast", "Côte d'Ivoire"},
	"CZ": {"Czechia", "Czech Republic"},
	"MM": {"Burma", "Myanmar"},
	"KP": {"North Korea", "N. Korea", "DPRK", "Democratic People's Republic of Korea"},
	"KR": {"South Korea", "S. Korea", "Republic of Korea", "ROK", "Korea"},
	"CN": {"China", "PRC", "People's Republic of China", "mainland China"},
	"RU": {"Russia", "Russian Federation"},
	"AE": {"United Arab Emirates", "UAE", "U.A.E.", "Emirates"},
	"SA": {"Saudi Arabia", "KSA", "Kingdom of Saudi Arabia"},
	"CD": {"DR Congo", "DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo", "Zaire"},
	"CG": {"Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"},
	"NL": {"Netherlands", "Holland"},
	"TR": {"Turkey", "Türkiye"},
	"MK": {"North Macedonia", "Macedonia"},
	"SZ": {"Eswatini", "Swaziland"},
	"CV": {"Cape Verde", "Cabo Verde"},
	"TL": {"East Timor", "Timor-Leste"},
	"VA": {"Vatican City", "Vatican", "Holy See"},
	"PS": {"Palestine", "Palestinian territories", "State of Palestine", "occupied Palestinian territories"},
	"IR": {"Iran", "Islamic Republic of Iran"},
	"SY": {"Syria"},
	"LA": {"Laos"},
	"VN": {"Vietnam", "Viet Nam"},
	"BA": {"Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"},
	"XK": {"Kosovo"},
	"MD": {"Moldova"},
	"TW": {"Taiwan"},
	"HK": {"Hong Kong"},
	"MO": {"Macau", "Macao"},
	"SR": {"Suriname", "Surinam"},
	"TT": {"Trinidad and Tobago", "Trinidad"},
}

// countryAdjectives are extra adjectives and demonyms of countries.
var countryAdjectives = map[string][]string{
	"US": {"American", "Americans", "U.S.", "US", "USA"},
	"GB": {"British", "Briton", "Britons", "Brit", "Brits", "UK", "U.K.", "English", "Scottish", "Scots", "Welsh", "Northern Irish"},
	"AE": {"Emirati", "Emiratis"},
	"SA": {"Saudi", "Saudis", "Saudi Arabian"},
	"KR": {"South Korean", "South Koreans", "Korean"},
	"KP": {"North Korean", "North Koreans"},
	"CN": {"Chinese"},
	"RU": {"Russian", "Russians"},
	"UA": {"Ukrainian", "Ukrainians"},
	"BY": {"Belarusian", "Belarusians", "Belarussian"},
	"CD": {"Congolese"},
	"CI": {"Ivorian", "Ivorians"},
	"CZ": {"Czech", "Czechs"},
	"NL": {"Dutch"},
	"PH": {"Filipino", "Filipinos", "Philippine"},
	"MM": {"Burmese"},
	"IR": {"Iranian", "Iranians"},
	"IL": {"Israeli", "Israelis"},
	"PS": {"Palestinian", "Palestinians"},
	"NZ": {"New Zealander", "New Zealanders", "Kiwi"},
	"AU": {"Australian", "Australians", "Aussie"},
	"TR": {"Turkish", "Turk", "Turks"},
	"AF": {"Afghan", "Afghans"},
	"PK": {"Pakistani", "Pakistanis"},
	"IN": {"Indian", "Indians"},
	"KZ": {"Kazakh", "Kazakhstani"},
	"QA": {"Qatari", "Qataris"},
	"KW": {"Kuwaiti", "Kuwaitis"},
	"YE": {"Yemeni", "Yemenis"},
	"SD": {"Sudanese"},
	"SS": {"South Sudanese"},
	"VA": {"Vatican"},
	"DE": {"German", "Germans"},
	"FR": {"French"},
	"TW": {"Taiwanese"},
	"HK": {"Hong Konger", "Hong Kongers"},
	"VN": {"Vietnamese"},
}

// countryDisplay overrides the GeoNames country name where news uses another.
var countryDisplay = map[string]string{
	"NL": "Netherlands",
	"PS": "Palestine",
	"VA": "Vatican City",
	"TL": "Timor-Leste",
}

// blockedKeys are folded names that must never name a country or place:
// regions of the world that news writes like a place.
var blockedKeys = map[string]bool{
	"gulf": true, "the gulf": true, "middle east": true, "the west": true,
	"africa": true, "europe": true, "asia": true, "america north": true, "north america": true,
	"south america": true, "latin america": true, "oceania": true, "eurasia": true,
	"nato": true, "eu": true, "un": true, "european union": true, "united nations": true,
}

// cityNames are extra English names of cities, by GeoNames id, indexed as
// primary names (not as weaker alternate names).
var cityNames = map[int][]string{
	5128581: {"New York", "NYC", "New York City"},
	4140963: {"Washington DC", "Washington D.C.", "Washington, D.C."},
	703448:  {"Kiev", "Kyiv"},
	1566083: {"Saigon"},
	1298824: {"Rangoon"},
	1275339: {"Bombay"},
	1275004: {"Calcutta"},
	1264527: {"Madras"},
	1816670: {"Peking"},
	6691831: {"the Vatican"},
	2747373: {"The Hague", "Den Haag"},
	706483:  {"Kharkov"},
	698740:  {"Odessa"},
	281133:  {"Gaza City"},
	2660646: {"Geneva"},
	104515:  {"Mecca", "Makkah"},
	109223:  {"Medina", "Madinah"},
	6611854: {"Naypyitaw", "Nay Pyi Taw"},
	79415:   {"Hodeidah", "Hudaydah"},
	2886242: {"Cologne"},
	2867714: {"Munich"},
	3176959: {"Florence"},
	3172394: {"Naples"},
	2643123: {"Manchester"},
	498817:  {"St. Petersburg", "St Petersburg"},
}

// cityDisplay overrides the GeoNames city name where English news writes
// another; the GeoNames name stays a name of the city.
var cityDisplay = map[int]string{
	2925533: "Frankfurt", // Frankfurt am Main
	2886242: "Cologne",   // Köln
	2660646: "Geneva",    // Genève
	79415:   "Hodeidah",  // Al Ḩudaydah
	99532:   "Basra",     // Basrah
	501175:  "Rostov-on-Don",
	520555:  "Nizhny Novgorod",
	6611854: "Naypyidaw",   // Nay Pyi Taw
	2028462: "Ulaanbaatar", // Ulan Bator
	689558:  "Vinnytsia",   // Vinnytsya, as Kyiv for Kiev
}

// usStateAbbrevs are the AP style abbreviations of US states, which qualify a
// city ("Portland, Ore.") but are too short or common to stand alone.
var usStateAbbrevs = map[string][]string{
	"AL": {"Ala."}, "AZ": {"Ariz."}, "AR": {"Ark."}, "CA": {"Calif.", "Cal."}, "CO": {"Colo."},
	"CT": {"Conn."}, "DE": {"Del."}, "FL": {"Fla."}, "GA": {"Ga."}, "IL": {"Ill."},
	"IN": {"Ind."}, "KS": {"Kan.", "Kans."}, "KY": {"Ky."}, "LA": {"La."}, "MD": {"Md."},
	"MA": {"Mass."}, "MI": {"Mich."}, "MN": {"Minn."}, "MS": {"Miss."}, "MO": {"Mo."},
	"MT": {"Mont."}, "NE": {"Neb.", "Nebr."}, "NV": {"Nev."}, "NH": {"N.H."}, "NJ": {"N.J."},
	"NM": {"N.M."}, "NY": {"N.Y."}, "NC": {"N.C."}, "ND": {"N.D."}, "OK": {"Okla."},
	"OR": {"Ore.", "Oreg."}, "PA": {"Pa.", "Penn."}, "RI": {"R.I."}, "SC": {"S.C."}, "SD": {"S.D."},
	"TN": {"Tenn."}, "TX": {"Tex."}, "VT": {"Vt."}, "VA": {"Va."}, "WA": {"Wash."},
	"WV": {"W.Va.", "W. Va."}, "WI": {"Wis.", "Wisc."}, "WY": {"Wyo."}, "DC": {"D.C.", "DC"},
}

// regionSuffixes are the generic words of admin-1 names that news often
// drops or replaces ("Kursk Oblast", "the Kursk region").
var regionSuffixes = []string{
	"oblast", "province", "region", "governorate", "prefecture", "state", "county",
	"district", "municipality", "krai", "kray", "republic", "voivodeship", "department",
	"autonomous okrug", "city", "territory",
}

// commonWords are capitalised words that are not places in news but name
// small towns or regions somewhere: months, weekdays, directions ("South"
// is a region of Cameroon). Lower-case English words are found in the UD
// English treebank and CoNLL-2003 by the generator.
var commonWords = []string{
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"president", "minister", "prime", "general", "union", "victory", "liberty",
	"north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "centre", "center", "capital", "coast", "republic", "littoral", "interior",
	"north east", "north west", "south east", "south west", "northeast", "northwest",
	"southeast", "southwest", "highlands", "lowlands", "islands", "lakes", "mountains",
}
