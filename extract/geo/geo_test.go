package geo

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"newsgraph/extract"
)

// seedIDs are the GeoNames ids of the seed articles' gold places, checked by
// hand against geonames/countryInfo.txt, admin1CodesASCII.txt and
// cities15000.txt. Venues ("White House", "US embassy") give the id of
// their city.
var seedIDs = map[string]int{
	"Ukraine":        690791,
	"Russia":         2017370,
	"United States":  6252001,
	"Moscow":         524901,
	"US embassy":     524901, // in Moscow: the article's city
	"U.S. Embassy":   524901,
	"Saudi Arabia":   102358,
	"Riyadh":         108410,
	"White House":    4140963, // Washington
	"France":         3017382,
	"United Kingdom": 2635167,
	"Norway":         3144096,
	"Finland":        660013,
	"Doha":           290030,
	"Qatar":          289688,
	"Israel":         294640,
	"Washington":     4140963,
	"Istanbul":       745044,
	"Turkey":         298795,
	"Vatican City":   3164670, // the country; its city is 6691831
	"Kyiv":           703448,
	"Kursk":          538560, // the city; "the Kursk region" is 538555, tested below
	"Kremlin":        524901,
	"New Jersey":     5101760,
	"Scotland":       2638360,
}

type gold struct {
	ID     string
	Places []string
	Events []struct {
		Place *string
	}
}

// TestSeedGold resolves every gold place of the seed articles, with the
// article's other gold places as context, to the GeoNames entry of seedIDs.
func TestSeedGold(t *testing.T) {
	g := testGazetteer(t)
	files, err := filepath.Glob("testdata/gold/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	n := 0
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		var a gold
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		names := a.Places
		for _, e := range a.Events {
			if e.Place != nil {
				names = append(names, *e.Place)
			}
		}
		for _, name := range names {
			var context []string
			for _, c := range a.Places {
				if c != name {
					context = append(context, c)
				}
			}
			want, ok := seedIDs[name]
			if !ok {
				t.Errorf("%s: gold place %q has no verified id in seedIDs", a.ID, name)
				continue
			}
			n++
			p, ok := g.Place(name, context)
			id := p.GeoID
			if p.Kind == extract.Venue {
				id = p.CityGeoID
			}
			if !ok || id != want || p.Latitude == 0 || p.Longitude == 0 {
				t.Errorf("%s: Place(%q) = %+v, %v; want GeoNames id %d with coordinates", a.ID, name, p, ok, want)
			}
		}
	}
	if n < 40 {
		t.Errorf("checked %d gold places, want at least 40", n)
	}
}

type placeCase struct {
	name    string
	context []string
	want    string // Place.Name; "" when Place must refuse the name
	cc      string
	kind    extract.PlaceKind
}

func runPlaceCases(t *testing.T, cases []placeCase) {
	t.Helper()
	g := testGazetteer(t)
	for _, c := range cases {
		p, ok := g.Place(c.name, c.context)
		if c.want == "" {
			if ok {
				t.Errorf("Place(%q, %q) = %s (%s %s), want no place", c.name, c.context, p.Name, p.CountryCode, p.Kind)
			}
			continue
		}
		if !ok || p.Name != c.want || p.CountryCode != c.cc || p.Kind != c.kind {
			t.Errorf("Place(%q, %q) = %q %s %s (ok %v), want %q %s %s", c.name, c.context, p.Name, p.CountryCode, p.Kind, ok, c.want, c.cc, c.kind)
		}
	}
}

// TestDisambiguation covers the places that share a name.
func TestDisambiguation(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"Paris", nil, "Paris", "FR", extract.City},
		{"Paris", []string{"France"}, "Paris", "FR", extract.City},
		{"Paris", []string{"Texas"}, "Paris", "US", extract.City},
		{"Paris", []string{"Dallas", "Texas"}, "Paris", "US", extract.City},
		{"Paris", []string{"Washington", "Élysée"}, "Paris", "FR", extract.City},
		{"Paris, Texas", nil, "Paris", "US", extract.City},
		{"Georgia", nil, "Georgia", "GE", extract.Country},
		{"Georgia", []string{"Tbilisi"}, "Georgia", "GE", extract.Country},
		{"Georgia", []string{"Russia", "Ukraine"}, "Georgia", "GE", extract.Country},
		{"Georgia", []string{"Atlanta"}, "Georgia", "US", extract.Region},
		{"Georgia", []string{"United States"}, "Georgia", "US", extract.Region},
		{"Georgia", []string{"Savannah", "Florida"}, "Georgia", "US", extract.Region},
		{"Birmingham", nil, "Birmingham", "GB", extract.City},
		{"Birmingham", []string{"Alabama"}, "Birmingham", "US", extract.City},
		{"Birmingham", []string{"London", "Manchester"}, "Birmingham", "GB", extract.City},
		{"Birmingham, Ala.", nil, "Birmingham", "US", extract.City},
		{"Cambridge", nil, "Cambridge", "GB", extract.City},
		{"Cambridge", []string{"Boston"}, "Cambridge", "US", extract.City},
		{"Cambridge, Massachusetts", nil, "Cambridge", "US", extract.City},
		{"Washington", nil, "Washington", "US", extract.City},
		{"Washington", []string{"Moscow", "Kyiv"}, "Washington", "US", extract.City},
		{"Washington", []string{"Seattle"}, "Washington", "US", extract.Region},
		{"Washington state", nil, "Washington", "US", extract.Region},
		{"Washington, D.C.", nil, "Washington", "US", extract.City},
		{"Riyadh, Saudi Arabia", nil, "Riyadh", "SA", extract.City},
		{"Jeddah, Saudi Arabia", []string{"Moscow"}, "Jeddah", "SA", extract.City},
		{"Moscow", nil, "Moscow", "RU", extract.City},
		{"Moscow", []string{"Idaho"}, "Moscow", "US", extract.City},
		{"Moscow, Idaho", nil, "Moscow", "US", extract.City},
		{"Portland", nil, "Portland", "US", extract.City},
		{"Portland", []string{"Maine"}, "Portland", "US", extract.City},
		{"Portland, Ore.", nil, "Portland", "US", extract.City},
		{"Alexandria", []string{"Cairo"}, "Alexandria", "EG", extract.City},
		{"Alexandria", []string{"Virginia"}, "Alexandria", "US", extract.City},
		{"Damascus", []string{"Syria"}, "Damascus", "SY", extract.City},
		{"Damascus", nil, "Damascus", "SY", extract.City},
		{"London", []string{"Ontario"}, "London", "CA", extract.City},
		{"London", []string{"Kentucky"}, "London", "US", extract.City},
		{"London", nil, "London", "GB", extract.City},
		{"Valencia", []string{"Venezuela"}, "Valencia", "VE", extract.City},
		{"Valencia", []string{"Spain"}, "Valencia", "ES", extract.City},
		// Many weak clues do not outweigh a strong prior.
		{"London", []string{"Chicago", "Boston", "Houston", "Dallas", "Miami", "Denver"}, "London", "GB", extract.City},
		// A city named like a country, or by another place's main name.
		{"Jamaica", []string{"New York"}, "Jamaica", "JM", extract.Country},
		{"Lebanon", []string{"Pennsylvania"}, "Lebanon", "LB", extract.Country},
		{"Lebanon, Pa.", nil, "Lebanon", "US", extract.City},
		{"Milan", []string{"New York"}, "Milan", "IT", extract.City},
		{"ST. LOUIS", nil, "St. Louis", "US", extract.City},
		{"Saint-Louis", []string{"Senegal"}, "Saint-Louis", "SN", extract.City},
	})
}

// TestPortlandMaine checks the region of the context city, not only its country.
func TestPortlandMaine(t *testing.T) {
	g := testGazetteer(t)
	if p, _ := g.Place("Portland", []string{"Maine"}); p.Region != "Maine" {
		t.Errorf("Place(Portland, [Maine]).Region = %q, want Maine", p.Region)
	}
	if p, _ := g.Place("Portland", nil); p.Region != "Oregon" {
		t.Errorf("Place(Portland, nil).Region = %q, want Oregon", p.Region)
	}
}

// TestNewsPhrasing covers names as news writes them.
func TestNewsPhrasing(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"the Kremlin", nil, "the Kremlin", "RU", extract.Venue},
		{"Kremlin", nil, "the Kremlin", "RU", extract.Venue},
		{"The White House", nil, "the White House", "US", extract.Venue},
		{"Downing Street", nil, "Downing Street", "GB", extract.Venue},
		{"Number 10", nil, "Downing Street", "GB", extract.Venue},
		{"the Elysee Palace", nil, "the Élysée Palace", "FR", extract.Venue},
		{"Mar-a-Lago", nil, "Mar-a-Lago", "US", extract.Venue},
		{"Camp David", nil, "Camp David", "US", extract.Venue},
		{"Zhongnanhai", nil, "Zhongnanhai", "CN", extract.Venue},
		{"the Great Hall of the People", nil, "the Great Hall of the People", "CN", extract.Venue},
		{"Lok Kalyan Marg", nil, "Lok Kalyan Marg", "IN", extract.Venue},
		{"the Pentagon", nil, "the Pentagon", "US", extract.Venue},
		{"Malacanang", nil, "Malacañang Palace", "PH", extract.Venue},
		{"Kiev", nil, "Kyiv", "UA", extract.City},
		{"Kyiv", nil, "Kyiv", "UA", extract.City},
		{"Odessa", nil, "Odesa", "UA", extract.City},
		{"Kharkov", nil, "Kharkiv", "UA", extract.City},
		{"Bakhmut", nil, "Bakhmut", "UA", extract.City},
		{"Avdiivka", []string{"Donetsk"}, "Avdiivka", "UA", extract.City},
		{"Mariupol", nil, "Mariupol", "UA", extract.City},
		{"the Kursk region", nil, "Kursk Oblast", "RU", extract.Region},
		{"Kursk Oblast", nil, "Kursk Oblast", "RU", extract.Region},
		{"Crimea", nil, "Crimea", "UA", extract.Region},
		{"Gaza", nil, "Gaza", "PS", extract.City},
		{"Gaza City", nil, "Gaza", "PS", extract.City},
		{"Khan Yunis", nil, "Khān Yūnis", "PS", extract.City},
		{"Rafah", []string{"Gaza"}, "Rafaḩ", "PS", extract.City},
		{"the West Bank", nil, "West Bank", "PS", extract.Region},
		{"Tel Aviv", nil, "Tel Aviv", "IL", extract.City},
		{"Tehran", nil, "Tehran", "IR", extract.City},
		{"Abu Dhabi", nil, "Abu Dhabi", "AE", extract.City},
		{"Sharm el-Sheikh", nil, "Sharm el-Sheikh", "EG", extract.City},
		{"New York", nil, "New York City", "US", extract.City},
		{"New York City", nil, "New York City", "US", extract.City},
		{"New York state", nil, "New York", "US", extract.Region},
		{"St. Petersburg", nil, "Saint Petersburg", "RU", extract.City},
		{"St Petersburg", []string{"Florida"}, "St. Petersburg", "US", extract.City},
		{"The Hague", nil, "The Hague", "NL", extract.City},
		{"Geneva", nil, "Geneva", "CH", extract.City},
		{"Beijing", nil, "Beijing", "CN", extract.City},
		{"Peking", nil, "Beijing", "CN", extract.City},
		{"Bombay", nil, "Mumbai", "IN", extract.City},
		{"Saigon", nil, "Ho Chi Minh City", "VN", extract.City},
		{"Texas", nil, "Texas", "US", extract.Region},
		{"California", nil, "California", "US", extract.Region},
		{"Scotland", nil, "Scotland", "GB", extract.Region},
		{"the US", nil, "United States", "US", extract.Country},
		{"U.S.", nil, "United States", "US", extract.Country},
		{"the States", nil, "United States", "US", extract.Country},
		{"America", nil, "United States", "US", extract.Country},
		{"Britain", nil, "United Kingdom", "GB", extract.Country},
		{"the UK", nil, "United Kingdom", "GB", extract.Country},
		{"U.K.", nil, "United Kingdom", "GB", extract.Country},
		{"Ivory Coast", nil, "Ivory Coast", "CI", extract.Country},
		{"Côte d'Ivoire", nil, "Ivory Coast", "CI", extract.Country},
		{"Czechia", nil, "Czechia", "CZ", extract.Country},
		{"the Czech Republic", nil, "Czechia", "CZ", extract.Country},
		{"Burma", nil, "Myanmar", "MM", extract.Country},
		{"North Korea", nil, "North Korea", "KP", extract.Country},
		{"DPRK", nil, "North Korea", "KP", extract.Country},
		{"South Korea", nil, "South Korea", "KR", extract.Country},
		{"UAE", nil, "United Arab Emirates", "AE", extract.Country},
		{"the Netherlands", nil, "Netherlands", "NL", extract.Country},
		{"Türkiye", nil, "Turkey", "TR", extract.Country},
		{"DR Congo", nil, "Democratic Republic of the Congo", "CD", extract.Country},
		{"Vatican City", nil, "Vatican City", "VA", extract.Country},
		{"the Vatican", nil, "the Vatican", "VA", extract.Venue},
		{"Mexico", nil, "Mexico", "MX", extract.Country},
		{"Mexico City", nil, "Mexico City", "MX", extract.City},
		{"Kuwait City", nil, "Kuwait City", "KW", extract.City},
		{"Singapore", nil, "Singapore", "SG", extract.Country},
		{"Moscow's", nil, "Moscow", "RU", extract.City},
		{"Ukraine’s", nil, "Ukraine", "UA", extract.Country},
		{"eastern Ukraine", nil, "Ukraine", "UA", extract.Country},
		{"central Moscow", nil, "Moscow", "RU", extract.City},
		{"southern Lebanon", nil, "Lebanon", "LB", extract.Country},
		{"East Jerusalem", nil, "East Jerusalem", "PS", extract.City},
		{"North Korea's", nil, "North Korea", "KP", extract.Country},
		{"the Netherlands'", nil, "Netherlands", "NL", extract.Country},
		{"St. John's", []string{"Canada"}, "St. John's", "CA", extract.City},
		{"Philadelphia", nil, "Philadelphia", "US", extract.City},
		{"Amman", nil, "Amman", "JO", extract.City},
		{"Mecca", nil, "Makkah", "SA", extract.City},
		{"Hodeidah", nil, "Hodeidah", "YE", extract.City},
		{"Frankfurt", nil, "Frankfurt", "DE", extract.City},
		{"Medina", nil, "Madinah", "SA", extract.City},
		{"the Moscow region", nil, "Moscow Oblast", "RU", extract.Region},
		{"Moscow Oblast", nil, "Moscow Oblast", "RU", extract.Region},
		{"Turnberry", nil, "Trump Turnberry", "GB", extract.Venue},
		{"Macau", nil, "Macao", "MO", extract.Country},
		{"Zaporizhzhia", nil, "Zaporizhzhya", "UA", extract.City},
		{"Bali", []string{"Indonesia"}, "Bali", "ID", extract.Region},
	})
}

// TestRefusals covers names that are not places, and small towns named like
// common English words, which need context.
func TestRefusals(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"the Gulf", nil, "", "", ""},
		{"Gulf", nil, "", "", ""},
		{"March", nil, "", "", ""},
		{"Man", nil, "", "", ""},
		{"Of", nil, "", "", ""},
		{"May", nil, "", "", ""},
		{"us", nil, "", "", ""},
		{"Police", nil, "", "", ""},
		{"Normal", nil, "", "", ""},
		{"Deal", nil, "", "", ""},
		{"", nil, "", "", ""},
		{"Xyzzyville", nil, "", "", ""},
		{"Springfield, France", nil, "", "", ""},
		{"Bath", []string{"England"}, "Bath", "GB", extract.City},
		{"March", []string{"Cambridgeshire", "England"}, "March", "GB", extract.City},
		{"Man", []string{"Ivory Coast"}, "Man", "CI", extract.City},
		{"Police", []string{"Szczecin"}, "Police", "PL", extract.City},
		{"Normal", []string{"Illinois"}, "Normal", "US", extract.City},
		{"Nice", nil, "Nice", "FR", extract.City},
		{"Africa", nil, "", "", ""},
		{"Europe", nil, "", "", ""},
		{"NATO", nil, "", "", ""},
		{"the EU", nil, "", "", ""},
		{"the Middle East", nil, "", "", ""},
		{"Russian", nil, "", "", ""},
		{"IN", nil, "", "", ""}, // ISO codes are not names: CountryByCode serves them
		{"IT", nil, "", "", ""},
		{"South", nil, "", "", ""},
		{"West", nil, "", "", ""},
		{"South", []string{"Cameroon", "Yaounde"}, "South", "CM", extract.Region},
	})
}

func TestEmbassy(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name     string
		context  []string
		city, cc string
	}{
		{"the US embassy", []string{"Russia", "Moscow"}, "Moscow", "RU"},
		{"U.S. Embassy", []string{"Moscow"}, "Moscow", "RU"},
		{"the Russian embassy", []string{"Washington", "Moscow"}, "Washington", "US"},
		{"the embassy of France", []string{"Paris", "Kyiv"}, "Kyiv", "UA"},
	} {
		p, ok := g.Place(c.name, c.context)
		if !ok || p.Kind != extract.Venue || p.City != c.city || p.CountryCode != c.cc || p.CityGeoID == 0 {
			t.Errorf("Place(%q, %q) = %+v, %v; want a venue in %s, %s", c.name, c.context, p, ok, c.city, c.cc)
		}
	}
	if p, ok := g.Place("the US embassy", []string{"Washington"}); ok {
		t.Errorf("Place(US embassy, [Washington]) = %+v, want no place", p)
	}
}

func TestCapital(t *testing.T) {
	runPlaceCases(t, []placeCase{
		{"the Angolan capital", []string{"Paris"}, "Luanda", "AO", extract.City},
		{"Kenya's capital", nil, "Nairobi", "KE", extract.City},
		{"the capital of Australia", nil, "Canberra", "AU", extract.City},
		{"the Brazilian capital", nil, "Brasília", "BR", extract.City},
		{"the capital", nil, "", "", ""},
		{"the regional capital", nil, "", "", ""},
	})
}

func TestCountry(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct{ word, want string }{
		{"Russian", "RU"}, {"Russians", "RU"}, {"Russia", "RU"}, {"Russia's", "RU"}, {"Russian Federation", "RU"},
		{"Ukrainian", "UA"}, {"U.S.", "US"}, {"US", "US"}, {"USA", "US"}, {"American", "US"}, {"Americans", "US"},
		{"the United States", "US"}, {"British", "GB"}, {"Briton", "GB"}, {"UK", "GB"}, {"Britain", "GB"},
		{"Scottish", "GB"}, {"Emirati", "AE"}, {"UAE", "AE"}, {"Saudi", "SA"}, {"Saudi Arabian", "SA"},
		{"Chinese", "CN"}, {"French", "FR"}, {"German", "DE"}, {"Israeli", "IL"}, {"Palestinian", "PS"},
		{"Iranian", "IR"}, {"Turkish", "TR"}, {"Qatari", "QA"}, {"Indian", "IN"}, {"Japanese", "JP"},
		{"North Korean", "KP"}, {"South Korean", "KR"}, {"Korean", "KR"}, {"Georgian", "GE"},
		{"Belarusian", "BY"}, {"Polish", "PL"}, {"Hungarian", "HU"}, {"Dutch", "NL"}, {"Filipino", "PH"},
		{"Ivorian", "CI"}, {"Congolese", "CD"}, {"Czech", "CZ"}, {"Burmese", "MM"}, {"Vietnamese", "VN"},
		{"Brazilian", "BR"}, {"Mexican", "MX"}, {"Canadian", "CA"}, {"Australian", "AU"}, {"Egyptian", "EG"},
		{"Syrian", "SY"}, {"Lebanese", "LB"}, {"Yemeni", "YE"}, {"Afghan", "AF"}, {"Pakistani", "PK"},
		{"DPRK", "KP"}, {"Kremlin's", ""}, {"us", ""}, {"Us", ""}, {"the Gulf", ""}, {"Gulf", ""},
		{"European", ""}, {"IT", ""}, {"IN", ""}, {"ME", ""}, {"Moscow", ""}, {"", ""},
	} {
		p, ok := g.Country(c.word)
		if c.want == "" {
			if ok {
				t.Errorf("Country(%q) = %s, want none", c.word, p.Name)
			}
			continue
		}
		if !ok || p.CountryCode != c.want || p.Kind != extract.Country || p.GeoID == 0 {
			t.Errorf("Country(%q) = %+v, %v; want %s", c.word, p, ok, c.want)
		}
	}
}

func TestPlaceFields(t *testing.T) {
	g := testGazetteer(t)
	p, ok := g.Place("Riyadh", nil)
	want := extract.Place{Name: "Riyadh", Kind: extract.City, GeoID: 108410, Country: "Saudi Arabia", CountryCode: "SA",
		Region: "Riyadh Region", Latitude: 24.68773, Longitude: 46.72185, Population: 4205961}
	if !ok || p != want {
		t.Errorf("Place(Riyadh) = %+v, want %+v", p, want)
	}
	k, ok := g.Place("the Kremlin", nil)
	if !ok || k.City != "Moscow" || k.CityGeoID != 524901 || k.Country != "Russia" || k.Latitude < 55.7 || k.Latitude > 55.8 {
		t.Errorf("Place(the Kremlin) = %+v, want a venue in Moscow", k)
	}
	if k.Key() != "venue:the kremlin" {
		t.Errorf("Key() = %q", k.Key())
	}
	c, _ := g.Place("Russia", nil)
	if c.GeoID != 2017370 || c.Population < 100e6 || c.Latitude == 0 {
		t.Errorf("Place(Russia) = %+v", c)
	}
}

func TestInstitution(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct{ name, institution, city string }{
		{"the Kremlin", "Russian presidency", "Moscow"},
		{"White House", "US presidency", "Washington"},
		{"Downing Street", "UK prime minister's office", "London"},
		{"the Pentagon", "US Department of Defense", "Arlington"},
		{"Élysée", "French presidency", "Paris"},
		{"the Bankova", "Office of the President of Ukraine", "Kyiv"},
		{"Blue House", "South Korean presidency", "Seoul"},
		{"Aso Rock", "Nigerian presidency", "Abuja"},
		{"La Moneda", "Chilean presidency", "Santiago"},
		{"Akorda", "Kazakh presidency", "Astana"},
	} {
		inst, v, ok := g.Institution(c.name)
		if !ok || inst != c.institution || v.City != c.city || v.Kind != extract.Venue {
			t.Errorf("Institution(%q) = %q, %+v, %v; want %q in %s", c.name, inst, v, ok, c.institution, c.city)
		}
	}
	for _, name := range []string{"Moscow", "Red Square", "Reuters"} {
		if inst, _, ok := g.Institution(name); ok {
			t.Errorf("Institution(%q) = %q, want none", name, inst)
		}
	}
}

// TestVenueCities resolves venues of every continent, by their name or an
// alias, to the GeoNames id of their city, and checks that the venue lies
// near that city. Names that several countries give to different venues
// must not resolve to a venue.
func TestVenueCities(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name string
		city int
		cc   string
	}{
		{"Miraflores Palace", 3646738, "VE"},             // Caracas
		{"Casa de Narino", 3688689, "CO"},                // Bogotá
		{"Palacio de Carondelet", 3652462, "EC"},         // Quito
		{"Palácio da Alvorada", 3469058, "BR"},           // Brasília
		{"Rideau Hall", 6094817, "CA"},                   // Ottawa
		{"Aso Villa", 2352778, "NG"},                     // Abuja
		{"State House, Nairobi", 184745, "KE"},           // Nairobi
		{"Villa Somalia", 53654, "SO"},                   // Mogadishu
		{"the African Union headquarters", 344979, "ET"}, // Addis Ababa
		{"Ittihadiya Palace", 360630, "EG"},              // Cairo
		{"Tuynhuys", 3369157, "ZA"},                      // Cape Town
		{"Baabda Palace", 277226, "LB"},                  // Baabda
		{"Qasr Al Watan", 292968, "AE"},                  // Abu Dhabi
		{"Saadabad Palace", 112931, "IR"},                // Tehran
		{"Istana Merdeka", 1642911, "ID"},                // Jakarta
		{"Government House, Bangkok", 1609350, "TH"},     // Bangkok
		{"Aiwan-e-Sadr", 1176615, "PK"},                  // Islamabad
		{"South Block", 1261481, "IN"},                   // New Delhi
		{"Diaoyutai State Guesthouse", 1816670, "CN"},    // Beijing
		{"Sandor Palace", 3054643, "HU"},                 // Budapest
		{"Palais des Nations, Geneva", 2660646, "CH"},    // Genève
		{"Kirribilli House", 2147714, "AU"},              // Sydney
		{"the Beehive", 2179537, "NZ"},                   // Wellington
	} {
		p, ok := g.Place(c.name, nil)
		if !ok || p.Kind != extract.Venue || p.CityGeoID != c.city || p.CountryCode != c.cc {
			t.Errorf("Place(%q) = %s (%s %s, city %d), %v; want a venue in city %d, %s",
				c.name, p.Name, p.Kind, p.CountryCode, p.CityGeoID, ok, c.city, c.cc)
			continue
		}
		city, ok := g.ByID(c.city)
		if d := distance(p.Latitude, p.Longitude, city.Latitude, city.Longitude); !ok || d > 25 {
			t.Errorf("Place(%q) is %.0f km from its city %s", c.name, d, city.Name)
		}
	}
	for _, name := range []string{"State House", "Government House", "Presidential Palace", "Istana Negara", "Palais des Nations"} {
		if p, ok := g.Place(name, nil); ok && p.Kind == extract.Venue {
			t.Errorf("Place(%q) = venue %s in %s; a name of venues in several countries must not resolve alone", name, p.Name, p.City)
		}
	}
}

func TestCountryByCodeAndID(t *testing.T) {
	g := testGazetteer(t)
	for _, cc := range []string{"SA", "sa", "SAU"} {
		if p, ok := g.CountryByCode(cc); !ok || p.Name != "Saudi Arabia" {
			t.Errorf("CountryByCode(%q) = %+v, %v", cc, p, ok)
		}
	}
	if _, ok := g.CountryByCode("ZZ"); ok {
		t.Error("CountryByCode(ZZ) = ok")
	}
	for id, want := range map[int]string{524901: "Moscow", 2017370: "Russia", 4197000: "Georgia", 6691831: "Vatican City"} {
		if p, ok := g.ByID(id); !ok || p.Name != want {
			t.Errorf("ByID(%d) = %+v, %v; want %s", id, p, ok, want)
		}
	}
	if _, ok := g.ByID(1); ok {
		t.Error("ByID(1) = ok")
	}
}

func TestNear(t *testing.T) {
	g := testGazetteer(t)
	got := g.Near(24.7, 46.7, 30) // Riyadh
	if len(got) == 0 || got[0].Name != "Riyadh" {
		t.Fatalf("Near(Riyadh) = %v", got)
	}
	for _, p := range got {
		if d := distance(24.7, 46.7, p.Latitude, p.Longitude); d > 30 {
			t.Errorf("Near: %s is %.0f km away", p.Name, d)
		}
	}
	kremlin := false
	for _, p := range g.Near(55.75, 37.62, 2) {
		kremlin = kremlin || p.Name == "the Kremlin"
	}
	if !kremlin {
		t.Error("Near(Moscow centre, 2 km) lacks the Kremlin")
	}
}

func TestWithin(t *testing.T) {
	g := testGazetteer(t)
	place := func(name string) extract.Place {
		p, ok := g.Place(name, nil)
		if !ok {
			t.Fatalf("Place(%q) failed", name)
		}
		return p
	}
	for _, c := range []struct {
		p, area string
		want    bool
	}{
		{"Riyadh", "Saudi Arabia", true}, {"Jeddah", "Saudi Arabia", true}, {"the Kremlin", "Russia", true},
		{"the Kremlin", "Moscow", true}, {"Atlanta", "Texas", false}, {"Dallas", "Texas", true},
		{"Moscow", "Saudi Arabia", false}, {"Moscow", "Moscow", true}, {"Russia", "Moscow", false},
	} {
		if got := Within(place(c.p), place(c.area)); got != c.want {
			t.Errorf("Within(%s, %s) = %v, want %v", c.p, c.area, got, c.want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := testGazetteer(t)
	ps := g.Lookup("Paris")
	if len(ps) < 5 || ps[0].CountryCode != "FR" {
		t.Fatalf("Lookup(Paris) = %d places, first %+v", len(ps), ps)
	}
	us := false
	for _, p := range ps {
		us = us || p.CountryCode == "US" && p.Region == "Texas"
	}
	if !us {
		t.Error("Lookup(Paris) lacks Paris, Texas")
	}
	if ps := g.Lookup("the Kremlin"); len(ps) == 0 || ps[0].Kind != extract.Venue {
		t.Errorf("Lookup(the Kremlin) = %v", ps)
	}
}

// TestConcurrent runs lookups in parallel; run with -race.
func TestConcurrent(t *testing.T) {
	g := testGazetteer(t)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				if p, ok := g.Place("Georgia", []string{"Atlanta"}); !ok || p.Kind != extract.Region {
					t.Errorf("Place(Georgia, Atlanta) = %+v", p)
				}
				g.Country("Russian")
				g.Near(50, 30, 20)
			}
		})
	}
	wg.Wait()
}

func TestLoadErrors(t *testing.T) {
	good, err := os.ReadFile(filepath.Join(gazetteerDir, venuesFile))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, name := range []string{countriesFile, regionsFile, citiesFile, namesFile} {
		b, err := os.ReadFile(filepath.Join(gazetteerDir, name))
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	fsys[venuesFile] = &fstest.MapFile{Data: good}
	if _, err := Load(fsys); err != nil {
		t.Fatalf("Load(copy) = %v", err)
	}
	for name, data := range map[string]string{
		venuesFile:    "the Kremlin\tKremlin\t1\t55.7\t37.6\tRussian presidency\n",
		countriesFile: "RU\tRUS\tnot-a-number\tRussia\tMoscow\t60\t100\t1\t\tRussia\tRussian\tRU\n",
		regionsFile:   "US.GA\t4197000\tGeorgia\n",
		citiesFile:    "not gzip",
	} {
		bad := fstest.MapFS{}
		for k, v := range fsys {
			bad[k] = v
		}
		bad[name] = &fstest.MapFile{Data: []byte(data)}
		_, err := Load(bad)
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("Load with a bad %s: error %v, want one naming the file", name, err)
		}
	}
	missing := fstest.MapFS{}
	if _, err := Load(missing); err == nil || !strings.Contains(err.Error(), countriesFile) {
		t.Errorf("Load(empty) error = %v", err)
	}
}

// TestVenueTwins checks that a venue name several cities give their own
// buildings is the one the name keys unless the context opens with the city
// of another and names nothing in the first one's country.
func TestVenueTwins(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct {
		name    string
		context []string
		city    int
	}{
		{"the National Palace", []string{"SANTO DOMINGO", "Haiti"}, 3492908},
		{"the National Palace", []string{"Santo Domingo", "Mexico"}, 3530597}, // Mexico is named
		{"the National Palace", []string{"Haiti", "Santo Domingo"}, 3530597},  // no dateline
		{"the National Palace", nil, 3530597},
		{"the White House", []string{"Ukraine", "Russia", "Moscow", "Kursk"}, 4140963},
	} {
		p, ok := g.Place(c.name, c.context)
		if !ok || p.Kind != extract.Venue || p.CityGeoID != c.city {
			t.Errorf("Place(%q, %q) = %+v, %v; want a venue of city %d", c.name, c.context, p, ok, c.city)
		}
	}
}

// TestEnglishCityNames checks that cities whose GeoNames name is an older
// romanization are shown by the name English news writes now, and are
// still found by the old one.
func TestEnglishCityNames(t *testing.T) {
	g := testGazetteer(t)
	for _, c := range []struct{ name, want string }{
		{"Ulaanbaatar", "Ulaanbaatar"}, {"Ulan Bator", "Ulaanbaatar"},
		{"Vinnytsia", "Vinnytsia"}, {"Vinnytsya", "Vinnytsia"},
		{"Kiev", "Kyiv"},
	} {
		if p, ok := g.Place(c.name, nil); !ok || p.Name != c.want {
			t.Errorf("Place(%q) = %q, %v; want %q", c.name, p.Name, ok, c.want)
		}
	}
}
