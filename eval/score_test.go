package eval

import "testing"

// TestMatcher checks how predicted names find gold people: by any gold name or
// mention, a mention without its apposition, a longer name ending the same
// way, or a surname only one gold person has.
func TestMatcher(t *testing.T) {
	m := newMatcher([]Person{
		{Name: "Tahnoon bin Zayed Al Nahyan", Mentions: []string{"Sheikh Tahnoon bin Zayed, National Security Adviser"}},
		{Name: "Abdullah bin Zayed Al Nahyan", Mentions: []string{"Sheikh Abdullah bin Zayed"}},
		{Name: "Volodymyr Zelensky", Mentions: []string{"Zelenskyy", "he"}},
	})
	for _, tc := range []struct {
		name string
		want int
	}{
		{"Tahnoon bin Zayed", 0},
		{"Sheikh Tahnoon bin Zayed", 0},
		{"Abdullah bin Zayed", 1},
		{"Zayed", -1}, // two gold people end so
		{"Zelensky", 2},
		{"Volodymyr Zelenskyy", 2},
		{"he", -1},
		{"National Security Adviser", -1},
	} {
		if got := m.match([]string{tc.name}); got != tc.want {
			t.Errorf("match(%q) = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestPlaceAgrees checks which predicted places name a gold place.
func TestPlaceAgrees(t *testing.T) {
	for _, tc := range []struct {
		gold string
		pred Event
		want bool
	}{
		{"Moscow", Event{Place: "the Kremlin", PlaceCity: "Moscow", PlaceCountry: "Russia"}, true},
		{"Nuku'alofa", Event{Place: "Nuku‘alofa"}, true},
		{"New York", Event{Place: "New York City"}, true},
		{"Riyadh", Event{Place: "Saudi Arabia"}, false},
		{"Saudi Arabia", Event{Place: "Riyadh", PlaceCountry: "Saudi Arabia"}, true},
		{"Hawassa", Event{Place: "Awasa", PlaceWritten: "Hawassa"}, true},
	} {
		if got := placeAgrees(tc.gold, tc.pred); got != tc.want {
			t.Errorf("placeAgrees(%q, %+v) = %v, want %v", tc.gold, tc.pred, got, tc.want)
		}
	}
}

// TestAlignment checks that a pair's gold events take the predicted events
// that agree with them, whatever order the gold tells them in: "He last saw
// X in 2019" told before "they first met in 1969".
func TestAlignment(t *testing.T) {
	people := []Person{{Name: "Josaia Naivalu"}, {Name: "Sione Lolohea"}}
	pair := []string{"Josaia Naivalu", "Sione Lolohea"}
	gold := Article{ID: "a", People: people, Events: []Event{
		{Type: "meeting", Participants: pair, Date: "2019", Status: "occurred"},
		{Type: "meeting", Participants: pair, Date: "1969", Place: "Suva", Status: "occurred"},
		{Type: "meeting", Participants: pair, Date: "1988", Status: "negated"},
	}}
	pred := Article{ID: "a", People: people, Events: []Event{
		{Type: "meeting", Participants: pair, Date: "1969", Place: "Suva", Status: "occurred"},
		{Type: "meeting", Participants: pair, Date: "1988", Status: "negated"},
	}}
	c := scoreArticle(gold, pred).Counts
	if c.DateOK != 2 || c.DateN != 3 || c.PlaceOK != 1 || c.StatusOK != 2 {
		t.Errorf("date %d/%d, place %d/%d, status %d/%d; want date 2/3, place 1/1, status 2/3", c.DateOK, c.DateN, c.PlaceOK, c.PlaceN, c.StatusOK, c.StatusN)
	}
}

// TestPlaceKey checks which spellings of a place name the scorer takes for
// one place.
func TestPlaceKey(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Port-Vila", "Port Vila", true},
		{"Nuku‘alofa", "Nuku'alofa", true},
		{"New York City", "New York", true},
		{"the Hague", "The Hague", true},
		{"Hà Nội", "Ha Noi", true},
		{"Henley-on-Thames", "Henley", false},
		{"Port Vila", "Port Moresby", false},
	} {
		if got := placeKey(tc.a) == placeKey(tc.b); got != tc.same {
			t.Errorf("placeKey(%q) == placeKey(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}
