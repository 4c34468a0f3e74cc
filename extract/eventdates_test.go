package extract_test

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"newsgraph/extract"
	"newsgraph/extract/dates"
	"newsgraph/pipeline"
)

// TestEventDatesFromTheSentenceBefore checks when an undated event takes the
// date of the sentence before: not from a relative clause there, and not
// when its own sentence anchors it to something else.
func TestEventDatesFromTheSentenceBefore(t *testing.T) {
	names, err := extract.LoadGivenNames(fstest.MapFS{"names.tsv": {Data: []byte("John\t0\nMary\t1\n")}}, "names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	p := &extract.Pipeline{
		Tokenizer: extract.RuleTokenizer{}, Splitter: extract.RuleSplitter{},
		Tagger: extract.RuleTagger{Names: names}, Resolver: extract.RuleResolver{Names: names},
		Events: extract.RuleEventFinder{Dates: dates.New()},
	}
	for _, tc := range []struct{ text, want string }{
		// The date of the sentence before dates a continuation of its story.
		{"John Smith arrived in the capital on Tuesday. Smith met Mary Jones for two hours.", "2024-05-07"},
		// A relative clause there dates something else.
		{"John Smith vowed to end the strike, which began with a walkout at the northern mills of the company in 2019, on his first day. Smith met Mary Jones for two hours.", ""},
		// A fronted time adverbial anchors the event to something undated.
		{"John Smith arrived in the capital on Tuesday. Less than a month after the election, Smith met Mary Jones.", ""},
		{"John Smith arrived in the capital on Tuesday. During the strike, Smith met Mary Jones.", ""},
		// "during a meeting with" is the event itself, not another anchor.
		{"John Smith arrived in the capital on Tuesday. Smith spoke during a meeting with Mary Jones.", "2024-05-07"},
		// A dateline's date dates the story's events only where they have no other.
		{"LONDON 2024-05-10 - John Smith will meet Mary Jones, the new head of the regional planning board, on Tuesday.", "2024-05-14"},
		{"LONDON 2024-05-10 - John Smith held talks with Mary Jones.", "2024-05-10"},
		{"Lima, May 10th 2024 (MercoPress) - John Smith received his Peruvian counterpart Mary Jones at the Torre Ejecutiva on Thursday.", "2024-05-09"},
		// A relative clause that schedules the meeting dates it.
		{"John Smith arrived in the capital on Tuesday. A meeting between Smith and Mary Jones, which had been scheduled for Thursday, was called off.", "2024-05-09"},
		// A meeting called off before its day is dated to the day it was set for;
		// one that "was called off" may have been set for the day past.
		{"A meeting between John Smith and Mary Jones, which had been scheduled for Monday, has been called off.", "2024-05-13"},
		{"Talks between John Smith and Mary Jones that were set to take place in the capital on Monday will not go ahead.", "2024-05-13"},
		{"A meeting between John Smith and Mary Jones, scheduled for Monday afternoon, was called off at short notice.", "2024-05-06"},
		// One that "did not take place" was set for a day past.
		{"A meeting between John Smith and Mary Jones, which had been planned for Thursday evening, could not take place because of her early departure.", "2024-05-09"},
		{"A summit between John Smith and Mary Jones planned for Monday did not take place.", "2024-05-06"},
		// The date after the trigger, not the date of the verb phrase before "and".
		{"John Smith flies to the capital later on Monday and is due to hold talks with Prime Minister Mary Jones at her official residence on Tuesday.", "2024-05-14"},
		// A meeting moved to a new date takes the new date.
		{"A meeting between John Smith and Mary Jones was pencilled in for last week but has been pushed back to October 2nd.", "2024-10-02"},
		{"A video call between John Smith and Mary Jones, originally set for Tuesday, has been pushed back to September.", "2024-09"},
		// The eve of a dated event, and the day before or after it.
		{"On the eve of Monday's summit, John Smith and Mary Jones held a private meeting at their hotel.", "2024-05-05"},
		{"John Smith met Mary Jones the day after Tuesday's vote.", "2024-05-08"},
		{"John Smith met Mary Jones after Tuesday's vote.", ""},
	} {
		d := run(t, p, tc.text, time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC))
		got := eventList(d, func(e extract.Event) string { return e.Date.Value })
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("dates of the events in %q = %q, want one event dated %q", tc.text, got, tc.want)
		}
	}
}

// TestEventDatesAndPlacesFromOtherEvents checks events dated as a distance
// from another ("a day after"), events told "later" on a trip, and cities
// named in other words than a city name, with the default pipeline.
func TestEventDatesAndPlacesFromOtherEvents(t *testing.T) {
	p := defaultPipeline(t)
	for _, tc := range []struct{ text, want string }{
		// Published Friday 2024-05-10.
		{"Foreign Minister John Smith on Friday welcomed the deal, a day after a phone call with President Mary Jones.", "2024-05-09"},
		{"John Smith met Peter Lee at a downtown Seattle hotel on Wednesday.", "2024-05-08@Seattle"},
		{"John Smith met Peter Lee at the Lagos office of the bank on Wednesday.", "2024-05-08@Lagos"},
		{"Foreign Minister John Smith met President Anna Kay on Wednesday. The meeting came two days after Smith held talks with President Mary Jones.", "2024-05-08 2024-05-06"},
		{"Foreign Minister John Smith met President Anna Kay on Wednesday. The meeting came a day after Smith held talks with President Mary Jones on Sunday.", "2024-05-08 2024-05-05"},
		{"President John Smith phoned President Mary Jones on Thursday. All of this comes three days after Smith's summit with President Anna Kay in Geneva.", "2024-05-09 2024-05-07@Geneva"},
		{"Foreign Minister John Smith arrived in Austria. Smith held talks with President Mary Jones in Vienna on Tuesday. The weather was fine. Smith later met Prime Minister Peter Lee.", "2024-05-07@Vienna 2024-05-07@Vienna"},
		// A short lead-in that names no one and ends with a time dates the event after it; another sentence does not.
		{"The talks dragged on. Workers waited. Consider Wednesday night. Foreign Minister John Smith summoned President Peter Lee to a windowless office.", "2024-05-08"},
		{"Talks had stalled for weeks. Workers walked out. The strike began on Wednesday. Foreign Minister John Smith summoned President Peter Lee to his office.", ""},
		// "called X and Y to her offices" summons them: a meeting, where the offices are.
		{"The strike dragged on. Workers waited. That changed last Thursday. Foreign Minister Mary Jones called President John Smith and Peter Lee to her department's offices in Seattle.", "2024-05-09@Seattle"},
		// An event told "before" or "after" the meeting at the head of its sentence happens where and when it did.
		{"BERLIN - President John Smith met President Mary Jones in Geneva on Wednesday. Prior to the bilateral meeting, Peter Lee hosted the two leaders at a working lunch.", "2024-05-08@Geneva 2024-05-08@Geneva"},
		// What a call was made to say has no date of the call's: "from next year".
		{"John Smith met Mary Jones on Thursday. The following day, John Smith telephoned Peter Lee to say that the ministry would fund a second technician from next year.", "2024-05-09 2024-05-10"},
		// A future year after "discussed" is the topic's, not the meeting's.
		{"John Smith met Peter Lee on Wednesday. The two discussed hosting the Games in 2031.", "2024-05-08"},
		// A meeting of the day of publication, to come, is where the dateline is.
		{"BERLIN - Chancellor John Smith will host President Peter Lee at a working dinner this evening.", "2024-05-10@Berlin"},
		// A later sentence about "the meeting" gives its day and city within the week and country told first.
		{"President John Smith met Mary Jones in Jamaica last week. Smith later gave an account of the talks in Kingston on Sunday night. The meeting was hosted by Peter Lee on Wednesday.", "2024-05-08@Kingston"},
		{"President John Smith met Mary Jones in Jamaica last week. Smith later gave an account of the talks on Sunday night.", "2024-05@Jamaica"},
		// "the next morning" after a second verb is the morning after the first verb's day, not another's.
		{"John Smith held talks with Peter Lee on Wednesday and called on Mary Jones the next morning.", "2024-05-08 2024-05-09"},
		{"On Tuesday, John Smith received a call from Peter Lee, during which they discussed the summit that Kuwait hosted the following day.", "2024-05-07"},
		// Wire style: the day without "on", after the name; each of two calls has the day told after its person.
		{"President John Smith spoke by phone with Peter Lee Tuesday and later with President Mary Jones, who chairs the bloc, Wednesday.", "2024-05-07 2024-05-08"},
		{"John Smith will sit down Thursday next week with Peter Lee.", "2024-05-16"},
		// A city before "residence" or "home" after a possessive; a house number; "on" a hill that is a venue.
		{"John Smith met Peter Lee at her Nairobi home on Wednesday.", "2024-05-08@Nairobi"},
		{"John Smith met Peter Lee at 10 Downing Street on Wednesday.", "2024-05-08@Downing Street (London)"},
		{"John Smith met Peter Lee on Capitol Hill on Wednesday.", "2024-05-08@Capitol Hill (Washington)"},
		// Two objects with a day each are two meetings, each on its day; "including" names a group, not another meeting.
		{"John Smith met Mary Jones on Monday and Peter Lee on Tuesday.", "2024-05-06 2024-05-07"},
		{"John Smith hosted Mary Jones and other leaders on Monday, including Peter Lee and Anna Kay.", "2024-05-06"},
		// A date in a relative clause is that clause's; a plan told in a report of an earlier day comes after the report.
		{"John Smith met Peter Lee, whom he last saw in 2019, on Tuesday.", "2024-05-07 2019"},
		{"The ministry said on Tuesday that John Smith would meet Peter Lee on Wednesday.", "2024-05-08"},
		{"The ministry said on Tuesday that John Smith would meet Peter Lee on Monday.", "2024-05-13"},
		// A dateline closed by ".-".
		{"SANTO DOMINGO.- President John Smith met Peter Lee on Wednesday.", "2024-05-08@Santo Domingo"},
		// "Before the ceremony," opening a sentence is the day the sentence before told.
		{"Presidents John Smith and Mary Jones opened the festival on Wednesday. Before the ceremony, the two presidents held a meeting at the town hall, joined by the mayors, Peter Lee and Paul Brown.", "2024-05-08"},
		// A "where" clause after a place and a date happens at that place.
		{"NAIROBI, Kenya — Governor Mary Jones met Peter Lee on Monday. The chairperson was in Mombasa last Friday, where she met Governor Anna Kay.", "2024-05-06@Nairobi 2024-05-03@Mombasa"},
		// Minutes: the meeting of "Present:" is the one its paragraph tells first, not the posting of the minutes.
		{"MINNEAPOLIS — What follows is our summary of the school board meeting held on Monday evening. Draft minutes were posted yesterday, with the video of the session.\nPresent: board chair Samira Haddad, board member Erik Thorvaldsen and Superintendent Mikael Lindgren.", "2024-05-06@Minneapolis"},
		// A date on a line of its own heads the entries below it, to the next heading line.
		{"GDANSK — The terminal is open again.\nSunday, May 5\n03:40 CET — John Smith rings Mary Jones at home.\n05:10 CET — Smith and Jones join a Teams call with Peter Lee.\nLooking back\nIn 2019, Smith met Anna Kay.",
			"2024-05-05 2024-05-05 2019@Gdańsk"},
		// The lead's gathering places the meetings of its day that name no city.
		{"Regional leaders held talks on the sidelines of the IGAD summit in Ethiopia on Thursday.\nJohn Smith and Peter Lee met at the Palais du Peuple on Thursday afternoon. On Friday Smith met Anna Kay at the Palais du Peuple.",
			"2024-05-09@Ethiopia 2024-05-10"},
		// A day told without its year in an account of a year long past is of that year; a bare year moves the account on.
		{"John Smith met Peter Lee in Hanoi on 3 May 1985. On 5 May Smith hosted Mary Jones.", "1985-05-03@Hanoi 1985-05-05@Hanoi"},
		{"John Smith met Peter Lee in Hanoi on 3 May 1985. He retired in 1999. On 5 May Smith hosted Mary Jones.", "1985-05-03@Hanoi 2024-05-05@Hanoi"},
		// A trip's destination and day: the meetings "during which" are there, on days of their own; a second verb keeps "will" and takes its own day.
		{"John Smith will leave for New Delhi on Monday on a four-day visit during which he is scheduled to meet Prime Minister Peter Lee.", "@New Delhi"},
		{"John Smith will call on Mary Jones on Tuesday and meet Peter Lee at the residence on Wednesday.", "2024-05-14 2024-05-15"},
		// "In the afternoon": of the day told before, not of a date for something else in its sentence.
		{"John Smith spent most of Tuesday at the pavilion. In the afternoon he met Peter Lee, and the pair agreed on sales from the summer.", "2024-05-07"},
		{"KISUMU — At 5.50am on Tuesday, Mary Jones is already on the phone. Jones runs the fisheries. Jones says the lake never sleeps. She promises a fix by Friday.\n10.15am. A video call with her counterpart, Anna Berg, about nets seized last week.",
			"2024-05-07"},
		// A date before a colon is the first clause's.
		{"The festival was being born again this year: John Smith had met Peter Lee in Oslo last month to plan it.", "2024-04@Oslo"},
		// Taking someone along to a city for talks: the talks are there, not at the dateline.
		{"DILI – In February Mary Jones accompanied President Peter Lee to Jakarta for talks with President John Smith.", "2024-02@Jakarta"},
		// The place of someone's office in an apposition is not where the meeting was.
		{"John Smith met Peter Lee, mayor of Iloilo City in the Philippines, on Wednesday.", "2024-05-08"},
		// A hotel named after its city is in that city.
		{"John Smith met Mary Jones at the Hilton Colombo on Friday.", "2024-05-10@Hilton Colombo (Colombo)"},
		// Driving to a city to meet someone: the meeting is there.
		{"On Saturday, John Smith drove to Popayán to meet Mary Jones.", "2024-05-04@Popayán"},
		// "Had met the previous evening in Geneva": the day before the event told before.
		{"John Smith met Mary Jones on Wednesday. Peter Lee and Anna Kay had met the previous evening in Geneva.", "2024-05-08 2024-05-07@Geneva"},
		// A live blog's 24-hour stamps with no dash; a plan in an entry keeps its own day.
		{"TASHKENT — Leaders are arriving.\n09:20 John Smith has landed at the airport, where Mary Jones met him.\n10:40 Smith is now holding talks with Peter Lee.\n15:20 IST — Smith is scheduled to meet Anna Kay on Monday.",
			"2024-05-10@Tashkent 2024-05-10@Tashkent 2024-05-13"},
		// A day's meeting noun as the subject dates the verb's event: "Tomorrow's session will bring A, B and C together".
		{"Tomorrow's session will bring John Smith, Peter Lee and Mary Jones together at the offices.", "2024-05-11"},
		// "A further meeting was held at X" names no one; "The meeting was attended by" is that one's.
		{"On Monday, John Smith met Peter Lee in Lisbon. On Wednesday, a further meeting was held at the offices of the solicitors in Porto. The meeting was attended by Mary Jones, John Smith and Peter Lee.",
			"2024-05-06@Lisbon 2024-05-08@Porto"},
		// The lead's meeting told with no one ("The ... annual general meeting went ahead in Dhaka on Thursday") dates the one whose people follow.
		{"The Asian Cricket Council (ACC) annual general meeting went ahead in Dhaka on Thursday despite the board refusing to send an official, with ACC president John Smith insisting that the cup would go ahead.\nThe meeting at a city hotel was chaired by Smith. It was attended by Mary Jones and Peter Lee.\nJones met Ann Carter in Lisbon on Friday.",
			"2024-05-10@Lisbon 2024-05-09@Dhaka"},
		// "Later in the evening, X chaired a meeting": the day of the meeting before.
		{"Speaker John Smith on Wednesday met Peter Lee in his chamber. Later in the evening, the speaker chaired a meeting of leaders which was attended by Mary Jones and Ann Carter.",
			"2024-05-08 2024-05-08"},
		// "On the sidelines of the conference": the city in the name of the conference told before.
		{"John Smith attended the Munich Security Conference last week. On Saturday, he met Mary Jones on the sidelines of the conference.", "2024-05-04@Munich"},
		// "Flew to Lagos ... and met X there": the place named before "there" in the same sentence.
		{"The cells were shipped to São Paulo. In June, John Smith flew to Lagos, carrying the results, and met Mary Jones there to plan the next round.", "2023-06@Lagos"},
		// "A planned meeting ... on Saturday has been called off": the Saturday to come; "did not take place": the one past.
		{"John Smith spoke. Meanwhile, a planned meeting between Smith and Malawian President Mary Jones in the eastern border town of Chipata on Saturday has been called off, the statement said without giving reasons.", "2024-05-11@Chipata"},
		{"A planned meeting between John Smith and Mary Jones in Chipata on Saturday did not take place.", "2024-05-04@Chipata"},
		// "The situation in Libya" is a topic, not where they met.
		{"John Smith held talks with President Mary Jones on Wednesday on the situation in Libya.", "2024-05-08"},
		// A dateline closed by an en dash.
		{"Rabat – Minister Mary Jones met Governor Peter Lee on Wednesday.", "2024-05-08@Rabat"},
		// A place a later "the summit" sentence gives by country is the dateline's city in it.
		{"ASTANA – Hosted by President John Smith at the Palace of Independence, the summit brought together President Mary Jones and President Peter Lee on Tuesday. The summit was preceded by Jones's state visit to Kazakhstan.", "2024-05-07@Astana"},
		// A dateline on a line of its own, above the story or below its headline.
		{"CHENNAI\nChief Minister John Smith met Governor Peter Lee here on Wednesday.", "2024-05-08@Chennai"},
		{"Councillors split over market move\nTANGA\nThe mayor, John Smith, met Peter Lee at his office on Wednesday.", "2024-05-08@Tanga"},
		// The lead below a headline puts the story in its city as well.
		{"Leaders gather for the summit\nFollow our coverage of the summit in Kuwait City. The two leaders reviewed relations. John Smith held talks with Peter Lee on Saturday.", "2024-05-04@Kuwait City"},
		// A city-state the first sentence puts the story in is its city.
		{"The Briefing: what happened in Singapore\nThe conference wrapped up on Sunday. John Smith met Peter Lee on Saturday.", "2024-05-04@Singapore"},
		// ... or after a press release's header lines in capitals.
		{"The following press release was issued by the hospital.\nPRESS RELEASE\nST LUKE'S HOSPITAL\nUPDATE ON THE NEW WARD\nLilongwe, 9 May 2024 — On Wednesday, Dr John Smith met Peter Lee.", "2024-05-08@Lilongwe"},
		// "after holding talks with X on Monday": the phrase's own date, not the main clause's.
		{"President John Smith met Governor Mary Jones on Thursday, after holding talks with Peter Lee, the head of the government, on Monday.", "2024-05-09 2024-05-06"},
		// "at the bank's Nairobi headquarters": the city of an owner's building.
		{"Foreign Minister John Smith met President Mary Jones at the bank's Nairobi headquarters on Monday.", "2024-05-06@Nairobi"},
		// "The meeting was held in Paris" places the meeting just told.
		{"Foreign Minister John Smith met President Mary Jones on Wednesday. The meeting was held in Paris.", "2024-05-08@Paris"},
		// "The day before," counts back from the event told before.
		{"Foreign Minister John Smith met President Mary Jones on Wednesday. The day before, Smith was received by Prime Minister Peter Lee.", "2024-05-08 2024-05-07"},
		// "The following day" and "two days later" count from the event told before.
		{"Foreign Minister John Smith met President Mary Jones on Monday. The following day, Smith held talks with Prime Minister Peter Lee. Two days later, Smith spoke by phone with Anna Kay.", "2024-05-06 2024-05-07 2024-05-09"},
		// "A day earlier" and "the previous evening" count back; "had telephoned him the next morning." ends its clause with its day.
		{"Foreign Minister John Smith met President Mary Jones on Tuesday. A day earlier, Smith held a telephone conversation with Peter Lee.", "2024-05-07 2024-05-06"},
		{"Foreign Minister John Smith met President Mary Jones on Tuesday. The previous evening, Smith had dinner with Anna Kay.", "2024-05-07 2024-05-06"},
		{"Foreign Minister John Smith met President Mary Jones on May 2. Jones had telephoned Peter Lee the next morning.", "2024-05-02 2024-05-03"},
		// ... and "the following year" and "two years later" from a year.
		{"Foreign Minister John Smith met President Mary Jones in March 2022. The following year, Smith held talks with Prime Minister Peter Lee. Two years later, Smith spoke by phone with Anna Kay.", "2022-03 2023 2025"},
		// A role owned by a country of several words, then a comma and the name.
		{"Foreign Minister Mary Jones flew to Port Moresby on Monday to meet Papua New Guinea's fisheries minister, John Smith.", "2024-05-06@Port Moresby"},
		// "earlier in the day" is the day of the event before; a past-tense day without a year is not ahead.
		{"Foreign Minister John Smith held talks with President Mary Jones on Tuesday. The weather was fine. Earlier in the day, President Anna Kay received Smith.", "2024-05-07 2024-05-07"},
		{"Foreign Minister John Smith was received by President Mary Jones on December 10.", "2023-12-10"},
		{"In June, Foreign Minister John Smith travelled to Beijing for talks with President Mary Jones.", "2023-06@Beijing"},
		// No dateline: the lead sentence's city is the story's place.
		{"President Luiz Inacio Lula da Silva opened the summit this Monday at the Museum of Modern Art, in Rio de Janeiro. Before the opening session, Lula met Prime Minister Keir Starmer.", "@Rio de Janeiro"},
		{"Defense ministers from the Nordic and Baltic countries met in the Estonian capital, Tallinn, on Wednesday. The meeting was hosted by Estonian Defense Minister Hanno Pevkur and brought together his counterparts Pal Jonson of Sweden and Antti Hakkanen of Finland.", "2024-05-08@Tallinn"},
		{"Foreign Minister John Smith arrived in Nepal. He held talks with Prime Minister Peter Lee, who invited him to visit Kathmandu.", "@Nepal"},
		{"Foreign Minister John Smith will meet President Mary Jones on December 10.", "2024-12-10"},
		// A capital named by its country; a place name with a lower-case word inside, in a sentence or as a dateline of its own.
		{"Angolan President Joao Lourenco met Congolese President Felix Tshisekedi for several hours in the Angolan capital on Sunday.", "2024-05-05@Luanda"},
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni in Tanzania's capital on Monday.", "2024-05-06@Dodoma"},
		{"Kenyan President William Ruto met Ugandan President Yoweri Museveni in the Estonian capital, Tallinn, on Monday.", "2024-05-06@Tallinn"},
		{"Tanzanian Transport Minister Makame Mbarawa hosted his Zambian counterpart Frank Tayali in Dar es Salaam on Monday.", "2024-05-06@Dar es Salaam"},
		{"Dar es Salaam. Tanzanian Transport Minister Makame Mbarawa hosted his Zambian counterpart Frank Tayali on Monday.", "2024-05-06@Dar es Salaam"},
		// ", with ... on the agenda" tells the topics, and the place of a meeting among them is not this one's.
		{"SUVA, Fiji — Foreign Minister John Smith held talks with Prime Minister Mary Jones on Tuesday, with the forum's meeting in Tonga high on the agenda.", "2024-05-07@Suva"},
		// A fronted phrase with a place sets the scene, over a dateline.
		{"GENEVA — Ngozi Okonjo-Iweala keeps two clocks. On June 3 in Paris, on the margins of the OECD meeting, she sat down with US Trade Representative Jamieson Greer over breakfast.", "2023-06-03@Paris"},
		{"Over lunch at the Presidential Villa in Abuja last December, Ngozi Okonjo-Iweala and President Bola Tinubu discussed exports.", "2023-12@Abuja"},
		// A meeting told with no person, then hosted and attended by named people.
		{"Governors of the South-West states on Sunday met behind closed doors in Ibadan. The meeting of the South-West Governors' Forum held at the Government House, Agodi, and was hosted by the Oyo State Governor, Seyi Makinde. In attendance were the forum's chairman, Biodun Oyebanji, and Dapo Abiodun of Ogun.", "2024-05-05@Government House (Ibadan)"},
		// "On the Sunday" of a story told in the past is the Sunday after the day told before.
		{"Foreign Minister John Smith met President Mary Jones in Geneva on 11 March 2003. On the Sunday, Smith met Peter Lee alone.", "2003-03-11@Geneva 2003-03-16@Geneva"},
		// Where a participant was, said in the next sentence, beats the dateline.
		{"Dar es Salaam. On Tuesday, President Samia Suluhu Hassan held talks with Chinese President Xi Jinping. The President was in Beijing for the summit.", "2024-05-07@Beijing"},
	} {
		d := run(t, p, tc.text, time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC))
		var got []string
		for _, e := range d.Events {
			v := e.Date.Value
			if e.Place != nil {
				v += "@" + e.Place.Name
				if c := e.Place.City; c != "" && c != e.Place.Name {
					v += " (" + c + ")" // a venue and its city
				}
			}
			got = append(got, v)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("dates of the events in %q = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestGenericVenues checks that a venue name many capitals have ("State
// House") is placed in the dateline's city, one node a city.
func TestGenericVenues(t *testing.T) {
	p := defaultPipeline(t)
	keys := map[string]string{}
	for _, tc := range []struct{ text, city string }{
		{"NAIROBI, Kenya (AP) — Kenyan President William Ruto hosted Ugandan President Yoweri Museveni at State House on Wednesday.", "Nairobi"},
		{"ABUJA, Nigeria (AP) — Nigerian President Bola Tinubu hosted Ghanaian President John Mahama at State House on Wednesday.", "Abuja"},
		{"Former Prime Minister Raila Odinga called on President Yoweri Museveni at State House Entebbe in August.", "Entebbe"},
		// A nationality before the venue is no setting for it.
		{"KUWAIT CITY (KUNA) - The Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah welcomed Bahrain's King Hamad bin Isa Al Khalifa at Bayan Palace on Sunday.", "Kuwait City"},
		// The city written after the venue, not the place of the championships before it.
		{"President William Ruto on Monday hosted world champion Faith Kipyegon from the World Athletics Championships in Tokyo at State House, Mombasa.", "Mombasa"},
		// A venue no gazetteer knows, told after "at", is in the dateline's city.
		{"DOHA (AFP) - Congolese President Felix Tshisekedi sat down with Qatar's Emir Sheikh Tamim bin Hamad Al Thani at the Amiri Diwan on Tuesday.", "Doha"},
		{"LIMA (Reuters) - President Dina Boluarte received Brazilian President Luiz Lula at Casa Pizarro on Tuesday.", "Lima"},
		// A street is in the dateline's city.
		{"BEIRUT — The session came on Tuesday at the bank's headquarters on Hamra Street, where John Smith sat down with Governor Peter Lee.", "Beirut"},
		// A district no gazetteer knows, after a building and "in", is in the dateline's city.
		{"NAIROBI (AP) — President William Ruto met Faith Kipyegon at a hotel in Westlands on Monday.", "Nairobi"},
		// A venue name several countries give their own buildings is the one of the story's country, or one unknown there.
		{"SANTO DOMINGO.- President Luis Abinader received Haiti's Prime Minister Alix Didier Fils-Aimé at the National Palace on Monday.", "Santo Domingo"},
		{"GUATEMALA CITY (AP) — President Bernardo Arévalo received Honduran President Xiomara Castro at the National Palace on Monday.", "Guatemala City"},
		{"MEXICO CITY (AP) — President Claudia Sheinbaum received Canadian Prime Minister Mark Carney at the National Palace on Monday.", "Mexico City"},
	} {
		d := run(t, p, tc.text, time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC))
		if len(d.Events) != 1 || d.Events[0].Place == nil {
			t.Fatalf("events of %q = %+v, want one with a place", tc.text, d.Events)
		}
		pl := d.Events[0].Place
		if pl.City != tc.city || pl.Kind != extract.Venue {
			t.Errorf("place of %q = %q (%s) in %q, want a venue in %q", tc.text, pl.Name, pl.Kind, pl.City, tc.city)
		}
		keys[pl.Key()] = tc.city
	}
	if len(keys) != 12 {
		t.Errorf("venue keys = %v, want one a city", keys)
	}
}

// TestCallToldAgain checks that a call told again under a heading with
// "discussed", which names no medium, stays a call that later sentences
// may join.
func TestCallToldAgain(t *testing.T) {
	p := defaultPipeline(t)
	text := "US President Joe Biden spoke with Israeli Prime Minister Benjamin Netanyahu on Sunday.\nBiden and Netanyahu discussed ceasefire\n" +
		"The White House said Biden and Netanyahu talked on Sunday about the hostages. Vice President Kamala Harris joined the call."
	d := run(t, p, text, time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC))
	got := eventList(d, func(e extract.Event) string { return string(e.Type) + ":" + participantNames(d, e) })
	if g := strings.Join(got, " "); g != "call:Joe Biden+Benjamin Netanyahu+Kamala Harris" {
		t.Errorf("events = %q, want one call of Biden, Netanyahu and Harris", g)
	}
}

// TestBodyIsNoPerson checks that words of a body's name are no person:
// "General" in "the General Office" is no military title before a name, and
// a body's short name in brackets after it ("Tazara") is no surname.
func TestBodyIsNoPerson(t *testing.T) {
	p := defaultPipeline(t)
	for _, tc := range []struct{ text, not string }{
		{"From the Chinese side, Foreign Minister Wang Yi, Director of the General Office of the CPC Central Committee Cai Qi and Chairman of the National Development and Reform Commission Zheng Shanjie took part.", "Office"},
		{"\"He told me the decision had been taken,\" Fannie Masemola told MPs.", "MPs"},
		{"Governors of the South-West states on Sunday met behind closed doors in Ibadan, the Oyo State capital, and resolved to press the federal government for more funding. The meeting of the South-West Governors' Forum held at the Government House.", "Governors"},
		{"The meeting was held at the Government House, Agodi, and was hosted by Governor Seyi Makinde.", "Agodi"},
		{"The two agreed to pool weather data, the Presidency said.", "Presidency"},
		{"Tanvir Ahmed Chowdhury met Chittagong Port Authority chairman Rear Admiral Khondaker Mahbubul Haque at the authority's headquarters on Monday.", "Rear"},
		{"Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs Rashid Meredov took part in the talks.", "Cabinet of Ministers"},
		{"The consultations were attended by the Deputy Chairmen of the Cabinet of Ministers and Rashid Meredov.", "Chairmen"},
		{"At the farewell dinner on May 30 at a restaurant in Gurney Drive, the President thanked the guests and recalled the late Mr Lim Teik Soon, who led the first visit in 1988.", "Gurney Drive"},
		{"She is due to meet Giovanni Malagò on the 28th to review preparations for the Winter Games, which open on February 6.", "Winter Games"},
		{"In 2019 he accompanied the President to Jubilee House in Accra for talks.", "Jubilee House"},
		{"In 2019 he accompanied the President, Julius Maada Bio, to Jubilee House in Accra for talks.", "Jubilee House"},
		{"His big break came in 2009, when President Ernest Bai Koroma received him in Kabala, Koinadugu District.", "Koinadugu District"},
		{"Dar es Salaam. Tanzania and Zambia have moved to fast-track the revitalisation of the Tanzania-Zambia Railway (Tazara) after President Samia Suluhu Hassan and her Zambian counterpart Hakainde Hichilema witnessed the signing of an agreement in Beijing last week. The two leaders met Chinese Premier Li Qiang at the Great Hall of the People on Wednesday, where the three governments signed a memorandum of understanding on the upgrading of the 1,860-kilometre line, which was built with Chinese support in the 1970s. Tazara, which was completed in 1975, currently handles a fraction of its designed capacity of five million tonnes of cargo a year, with old locomotives, poor track conditions and frequent derailments. Most of Zambia's copper exports travel by road to Dar es Salaam, Durban and the Angolan port of Lobito.", "Tazara"},
	} {
		d := run(t, p, tc.text, time.Date(2024, 9, 9, 0, 0, 0, 0, time.UTC))
		for _, e := range d.Entities {
			if e.Kind == extract.Person && e.Name == tc.not {
				t.Errorf("person %q in %q", e.Name, tc.text)
			}
		}
	}
}

// TestLeaderDescriptions checks that "the Kenyan leader" is the head of state
// or government named before, not another Kenyan.
func TestLeaderDescriptions(t *testing.T) {
	p := defaultPipeline(t)
	for _, tc := range []struct{ text, want string }{
		{"Kenyan President William Ruto hosted Ugandan President Yoweri Museveni on Wednesday. Later the Kenyan leader briefed Tanzanian President Samia Suluhu Hassan by phone.",
			"William Ruto+Yoweri Museveni William Ruto+Samia Suluhu Hassan"},
		{"Kenyan Energy Minister Opiyo Wandayi spoke on Monday. The Kenyan leader met Tanzanian President Samia Suluhu Hassan.", ""},
		// A body's acronym names the role it gave: "the CoG chairperson" after "Council of Governors (CoG) chairperson X".
		{"Council of Governors (CoG) chairperson Ann Wambui Karanja met Treasury Secretary Peter Kiprono on Tuesday. The CoG chairperson was in Mombasa last Friday, where she met Governor Fatuma Said Abdalla.",
			"Ann Wambui Karanja+Peter Kiprono Ann Wambui Karanja+Fatuma Said Abdalla"},
		// A capitalised title keeps its portfolio before the name.
		{"Governor John Smith met Union Minister of State for Home Peter Lee on Monday.", "John Smith+Peter Lee"},
		// An organisation's name before the role of the object.
		{"BCCI secretary Arvind Raghunathan met Cricket Australia chief executive Fiona McAllister in Dubai on Monday.", "Arvind Raghunathan+Fiona McAllister"},
		// A capitalised "the President" is the one named "President" alone,
		// not the visiting president named more often.
		{"President John Smith hosted Ukrainian President Peter Lee on Monday. Lee thanked him. Lee wore a suit. Midway through the talks, the President phoned Mary Jones.",
			"John Smith+Peter Lee John Smith+Mary Jones"},
		// Talking to a network's anchor is an interview.
		{"On Sunday, Treasury Secretary John Smith told Fox Business's Mary Jones that no deal was near.", ""},
		// "He" after a title, or inside a sentence once so named, is the family name He.
		{"Treasury Secretary John Smith held talks with Chinese Vice Premier He Lifeng in Geneva on Saturday. On Friday, Swiss President Mary Jones met Smith and He separately.",
			"John Smith+He Lifeng John Smith+Mary Jones He Lifeng+Mary Jones"},
		// A title phrase between conjuncts.
		{"Iranian Foreign Minister Abbas Araghchi and US Special Envoy for the Middle East Steve Witkoff held talks in Muscat on Saturday.",
			"Abbas Araghchi+Steve Witkoff"},
		{"The meeting was hosted by Estonian Defense Minister Hanno Pevkur and brought together his counterparts Pal Jonson of Sweden, Antti Hakkanen of Finland and Tore Sandvik of Norway.",
			"Hanno Pevkur+Pal Jonson+Antti Hakkanen+Tore Sandvik"},
		// State-agency English: a title ending with a place, run together with the name by the tagger; forms of address are no pronouns.
		{"President Shavkat Mirziyoyev had a telephone conversation with President of Azerbaijan Ilham Aliyev on Monday.", "Shavkat Mirziyoyev+Ilham Aliyev"},
		{"Later on Thursday, President Vladimir Putin will also meet with Premier of the State Council of the PRC Li Qiang.", "Vladimir Putin+Li Qiang"},
		{"Iranian Foreign Minister Abbas Araghchi was received by Sultan of Oman Haitham bin Tariq at Al Alam Palace in Muscat.", "Abbas Araghchi+Haitham bin Tariq"},
		{"Sheikh Mohamed bin Zayed received a phone call today from His Excellency Ahmed al-Sharaa, President of the Syrian Arab Republic.", "Mohamed bin Zayed+Ahmed al-Sharaa"},
		{"HE Sheikh Mohammed bin Abdulrahman met HE Steve Witkoff in Doha on Monday.", "Mohammed bin Abdulrahman+Steve Witkoff"},
		{"Secretary of State Marco Rubio was granted an audience by His Majesty Sultan Ibrahim, King of Malaysia, at Istana Negara.", "Marco Rubio+Sultan Ibrahim"},
		{"Egyptian Foreign Minister Badr Abdelatty met with Chairman of the US Senate Foreign Relations Committee James Risch on Tuesday.", "Badr Abdelatty+James Risch"},
		// A group named by a code stands in the role like a word does.
		{"Felix Tshisekedi has repeatedly refused to meet M23 leader Corneille Nangaa.", "Felix Tshisekedi+Corneille Nangaa"},
		// A host receives guests together; a visitor's itinerary is separate meetings.
		{"President Joe Biden will host Japanese Prime Minister Fumio Kishida and Philippine President Ferdinand Marcos at the White House next week.",
			"Joe Biden+Fumio Kishida+Ferdinand Marcos"},
		// A family name first: "President Lee" is the Lee who is president.
		{"South Korean President Lee Jae-myung met Samsung Electronics Chairman Lee Jae-yong on Friday. Later President Lee met Nvidia chief executive Jensen Huang.",
			"Lee Jae-myung+Lee Jae-yong Lee Jae-myung+Jensen Huang"},
		// "the Brazilian president" may be a president whose country the article did not say; an apposition names its own person.
		{"President Luiz Inacio Lula da Silva opened the summit on Monday. Before the session, the Brazilian president had a meeting with the President of Indonesia, Prabowo Subianto.",
			"Luiz Inacio Lula da Silva+Prabowo Subianto"},
		// A body that met somewhere; the next sentence says who: the place is the body's meeting's.
		{"Defense ministers from the Nordic and Baltic countries met in the Estonian capital, Tallinn, on Wednesday. The meeting was hosted by Estonian Defense Minister Hanno Pevkur and brought together his counterparts Pal Jonson of Sweden and Antti Hakkanen of Finland.",
			"Hanno Pevkur+Pal Jonson+Antti Hakkanen"},
		// A possessor's named aide; places' people in a list.
		{"Argentine President Javier Milei met President Joe Biden's national security adviser Jake Sullivan at the White House.", "Javier Milei+Jake Sullivan"},
		{"Ukrainian President Volodymyr Zelenskiy held separate talks with Uruguay's Luis Lacalle Pou and Paraguay's Santiago Pena.",
			"Volodymyr Zelenskiy+Luis Lacalle Pou Volodymyr Zelenskiy+Santiago Pena"},
		// A country whose name has "and" in it, after a venue between the verb and its object.
		{"Havana, May 13 (Prensa Latina) President Miguel Díaz-Canel received on Monday at the Palace of the Revolution the Prime Minister of Saint Vincent and the Grenadines, Ralph Gonsalves.",
			"Miguel Díaz-Canel+Ralph Gonsalves"},
		// "The visiting head of government" is the visitor, not the host who holds the talks, nor the president of a body.
		{"President Miguel Díaz-Canel received Prime Minister Ralph Gonsalves on Monday. Later, Gonsalves was received by the President of the National Assembly, Esteban Lazo. On Tuesday, Prime Minister Manuel Marrero Cruz held talks with the visiting head of government.",
			"Miguel Díaz-Canel+Ralph Gonsalves Ralph Gonsalves+Esteban Lazo Ralph Gonsalves+Manuel Marrero Cruz"},
		// The second of two offices joined by "and" is a role, so "the Cuban president" is he.
		{"Havana, May 13 (Prensa Latina) The First Secretary of the Central Committee of the Communist Party of Cuba and President of the Republic, Miguel Díaz-Canel, spoke. The President of the National Assembly, Esteban Lazo, spoke. On Friday, the Cuban president held a telephone conversation with Claudia Sheinbaum.",
			"Miguel Díaz-Canel+Claudia Sheinbaum"},
		// A document quoted whole after a standfirst that names its author: its "I" and "me" are the author's, over its paragraphs.
		{"The cable was sent on 8 May 1995 by the ambassador, Karin Lindqvist. Extracts follow.\n\"1. Deputy Minister Pham Quoc Bao received me at the ministry.\n2. On 6 May I telephoned State Secretary Torbjorn Hellgren.\"",
			"Karin Lindqvist+Pham Quoc Bao Karin Lindqvist+Torbjorn Hellgren"},
		// An aside of state between a conjunct and "and"; "never met him" after an aside is someone else.
		{"Anders Bergvall, now retired and living in Gothenburg, and Pham Quoc Bao met again in Hanoi last month.", "Anders Bergvall+Pham Quoc Bao"},
		{"Minister Anna Berg spoke on Monday. John Smith will meet her in September. Berg, who died in 2011, never met him.", "Anna Berg+John Smith Anna Berg+John Smith"},
		// The text of a speech under a standfirst that names the speaker: its "I" is the speaker's.
		{"SANTIAGO — The following is the text of the farewell address given on Friday by Mary Jones, president of the fund.\nFriends, colleagues, thank you.\nYesterday I had lunch with Peter Lee, president of our staff association.",
			"Mary Jones+Peter Lee"},
		{"SANTIAGO — The following is the weather report read on Friday by Mary Jones, president of the fund.\nFriends, colleagues, thank you.\nYesterday I had lunch with Peter Lee, president of our staff association.",
			""},
		// A timeline by the hour in a day with someone: the entries are that person's, on that day.
		{"KISUMU — At 5.50am on Tuesday, Mary Jones is already on the phone. Jones runs the fisheries. Jones says the lake never sleeps. She promises a fix by Friday.\n10.15am. A video call with her counterpart, Anna Berg, about nets seized last week.\n12.30pm. A closed-door meeting with Peter Lee.",
			"Mary Jones+Anna Berg Mary Jones+Peter Lee"},
		// A gallery's captions are items of their own: who led a visit in one joined no meeting of another.
		{"Photo 1: John Smith and Peter Lee share coffee on Thursday.\nPhoto 2: Delegates plant seedlings. The visit was led by Mary Jones, the city's environment chief.",
			"John Smith+Peter Lee"},
		// "Shaikh" is the style "Sheikh" spelt another way: two shaikhs of one family are two people.
		{"Club president Shaikh Rashid bin Ebrahim Al Khalifa met John Smith on Sunday. On Monday Shaikh Khalid bin Hamad Al Khalifa received Peter Lee.",
			"Rashid bin Ebrahim Al Khalifa+John Smith Khalid bin Hamad Al Khalifa+Peter Lee"},
		// "joined the three prime ministers": the meeting of the three told before.
		{"Prime ministers John Smith, Peter Lee and Mary Jones met in Riga on Thursday. President Anna Berg joined the three prime ministers by video link from Kyiv.",
			"John Smith+Peter Lee+Mary Jones+Anna Berg"},
		// "a video call ... that also included A and B": they took part.
		{"John Smith and Mary Jones held a video call on 24 February that also included Peter Lee and Anna Berg.",
			"John Smith+Mary Jones+Peter Lee+Anna Berg"},
		// "The minister is due to speak to her": "her" is not the minister, however far the verb.
		{"Port chief Mary Jones hosted Minister Anna Berg on Monday. The minister is due to speak to her again by phone later this week.",
			"Mary Jones+Anna Berg Mary Jones+Anna Berg"},
		// Bhutanese styles of office are titles.
		{"Lyonpo D.N. Dhungyel met Foreign Secretary Vikram Misri in Thimphu on Monday.", "D.N. Dhungyel+Vikram Misri"},
		// "Chief Minister Siddaramaiah" is no misspelt "Finance Minister Nirmala Sitharaman".
		{"Chief Minister Siddaramaiah will meet Union Finance Minister Nirmala Sitharaman on Tuesday.", "Nirmala Sitharaman+Siddaramaiah"},
		// "Leader of the Opposition" is a title; two people met at one residence are met together.
		{"On Thursday, John Smith will meet Congress president Mallikarjun Kharge and Leader of the Opposition Rahul Gandhi at Kharge's residence.",
			"John Smith+Mallikarjun Kharge+Rahul Gandhi"},
		// A thread of numbered posts under a standfirst that names its author: each post is the author's.
		{"Deputy Minister Mary Jones posted a thread on X on Tuesday about her day of talks.\n1/3 Good morning from Vilnius.\n2/3 Started with breakfast at the ministry with Deputy Minister Peter Lee.\n3/3 Just briefed Minister John Smith by phone. Tomorrow: Riga, for a meeting with Anna Berg.",
			"Mary Jones+Peter Lee Mary Jones+John Smith Mary Jones+Anna Berg"},
		// Without the posts' numbers, the fragments have no author.
		{"Deputy Minister Mary Jones posted a thread on X on Tuesday about her day of talks.\nGood morning from Vilnius.\nStarted with breakfast at the ministry with Deputy Minister Peter Lee.",
			""},
		// "the President of X" is only someone whose role names X.
		{"European Council President Antonio Costa arrived on Monday. Turkmen President Serdar Berdimuhamedov spoke. Uzbek President Shavkat Mirziyoyev received the President of European Council.",
			"Antonio Costa+Shavkat Mirziyoyev"},
		// Appositions give roles: "the Cuban president" is the President of Cuba named in one.
		{"HAVANA, Sep 17 (Prensa Latina) The President of the Republic of Cuba, Miguel Diaz-Canel, opened the summit. Later the Cuban president met the President of Colombia, Gustavo Petro.",
			"Miguel Diaz-Canel+Gustavo Petro"},
		{"Steve Witkoff, the U.S. special envoy, landed in Moscow on Friday. Later the envoy met Yury Ushakov, a Kremlin aide.",
			"Steve Witkoff+Yury Ushakov"},
		// A former office is no role to refer back to; a name after the next comma takes the role before it.
		{"Argentine President Javier Milei spoke on Monday. Gerardo Werthein, a former president of the Argentine Olympic Committee, was there. Later the Argentine president met Pope Francis.",
			"Javier Milei+Pope Francis"},
		{"Keir Starmer hosted the Nato secretary general, Mark Rutte, the European Commission president, Ursula von der Leyen, and others on Sunday. Later the European Commission president met Antonio Costa.",
			"Keir Starmer+Mark Rutte+Ursula von der Leyen Ursula von der Leyen+Antonio Costa"},
		// A Q&A: "I" in the answers and "you" in the questions are the person interviewed; "Putin" is no garbled "Pezeshkian".
		{"Rafael Grossi spoke to Hanna Lindqvist in his office on Thursday. The interview has been edited and condensed.\nQ: Did you ever see President Masoud Pezeshkian?\nA: I asked. When I sat down with President Putin in Sochi, I told him so.\nQ: Last month you met Abbas Araghchi in Cairo.\nA: Yes.",
			"Rafael Grossi+Putin Rafael Grossi+Abbas Araghchi"},
		// ... under a headline that says "Q&A:".
		{"Q&A: the new police chief on her first 100 days\nDana Kowalczyk became chief constable in June. The Star spoke with her last week.\nQ: What did you do first?\nA: On my second day I walked the high street with Tanya Strelaeff.\nQ: And the council?\nA: I met with Mayor Rachel Lindqvist at city hall on Sept. 8.",
			"Dana Kowalczyk+Tanya Strelaeff Dana Kowalczyk+Rachel Lindqvist"},
		// A memoir's narrator: "I" outside quotations is the author its standfirst introduces.
		{"Kim Seo-yeon spent thirty years in the foreign service. In this extract from her memoir, she recalls a week in Geneva.\n\nI first met Faisal Al-Mutairi on a Tuesday morning. That night I telephoned Vice Minister Han Dong-su in Seoul.",
			"Kim Seo-yeon+Faisal Al-Mutairi Kim Seo-yeon+Han Dong-su"},
		// ... but not in a news story without such a standfirst, where "I" is no one known.
		{"Kim Seo-yeon spent thirty years in the foreign service.\n\nI first met Faisal Al-Mutairi on a Tuesday morning.", ""},
		// "Sister" and "Father" are titles of religious: the names after them are people, and "Abbas" is no plural of "Abba".
		{"NAIROBI, Kenya (CANS) -- Sister Meseret Tadesse, the Ethiopian religious sister whose soup kitchens have fed thousands, is halfway through a tour of East Africa.\n\nOn Saturday she was received by Bishop Joseph Kamau Njoroge. It was a reunion of sorts, Sister Meseret said.\n\nOn Monday Father John Smith met President Mahmoud Abbas. President Abbas thanked him.",
			"Meseret Tadesse+Joseph Kamau Njoroge John Smith+Mahmoud Abbas"},
		// "Governor of Anambra State, X": the state's word is no person.
		{"Nnamdi Okeke was a businessman. In March this year, he received the Governor of Anambra State, Chioma Udeh, at his home in Onitsha.", "Nnamdi Okeke+Chioma Udeh"},
		// The one who says "the three men met" is not one of them when three were named before.
		{"Tom Baker testified. He said John Smith and Mark Jones were there. He said the three men later held a video call.", "Tom Baker+John Smith+Mark Jones"},
		// Nikol is a woman's name in Czech counts but a man's in Armenia: "he" may be Nikol Pashinyan.
		{"Ilham Aliyev met Nikol Pashinyan in Washington. Pashinyan went to Istanbul in June, where he held talks with Recep Tayyip Erdogan.",
			"Ilham Aliyev+Nikol Pashinyan Nikol Pashinyan+Recep Tayyip Erdogan"},
		// "the President of Uzbekistan" is the Uzbek president named before.
		{"Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Tashkent last year. On Monday, Tokayev held a telephone conversation with the President of Uzbekistan.",
			"Kassym-Jomart Tokayev+Shavkat Mirziyoyev Kassym-Jomart Tokayev+Shavkat Mirziyoyev"},
		// An outlet told a story is no one met: "told The Sunday Gleaner", "told Morning Report".
		{"\"It was hard,\" Bruce Golding told The Sunday Gleaner at his home last week. Golding met Andrew Holness on Monday.", "Bruce Golding+Andrew Holness"},
		{"The ambassador, Wang Xiaolong, told Morning Report the agreements were sound. Wang met Winston Peters on Monday.", "Wang Xiaolong+Winston Peters"},
		// "X, accompanied by his sister" is X's sister, not someone named before.
		{"President Javier Milei spent the week at home. A meeting between John Smith and Peter Brown was called off. In Madrid, Milei, accompanied by his sister and Karina Milei, received a medal from regional president Isabel Diaz Ayuso, and the three then held a private meeting.",
			"John Smith+Peter Brown Javier Milei+Karina Milei+Isabel Diaz Ayuso"},
		// A name after "the union's general secretary," is a person; "binti" and "a/l" join a Malaysian name.
		{"The state's labour chief, Ahmad Faizal bin Osman, telephoned the union's general secretary, Lim Wei Ling, to urge her to hold off. On Monday Lim phoned Rajesh Subramaniam.",
			"Ahmad Faizal bin Osman+Lim Wei Ling Lim Wei Ling+Rajesh Subramaniam"},
		{"Siti Norhaliza binti Yusof chaired the call with John Smith. Later Siti Norhaliza met Muthu Krishnan a/l Rajoo.",
			"Siti Norhaliza binti Yusof+John Smith Siti Norhaliza binti Yusof+Muthu Krishnan a/l Rajoo"},
		// An organisation's officer after a comma is the one received.
		{"In August, Alberto Fujimori received Fuerza Popular's secretary-general, Luis Galarreta, at his home in Lima.", "Alberto Fujimori+Luis Galarreta"},
		// A transcript labelled with names: "Rabuka:" answers in the first person.
		{"Prime Minister Sitiveni Rabuka returned to Suva yesterday. In this interview with The Fiji Times, he talks about his meetings.\nFiji Times: Who did you meet?\nRabuka: On Monday I sat down with Baron Waqa, our Secretary General.\nFiji Times: And Mr Marape?\nRabuka: On Wednesday I met James Marape for almost an hour.",
			"Sitiveni Rabuka+Baron Waqa Sitiveni Rabuka+James Marape"},
		// Who joined a meeting between others took part in it.
		{"On Thursday, former president Rafael Correa, who lives in Belgium, joined a meeting between Luisa González and assembly members by video call to back the talks.",
			"Rafael Correa+Luisa González"},
		// "Serbia's Petar Petković" is a person; "the two negotiators" a host received are not the host.
		{"Deputy Prime Minister Besnik Bislimi and Serbia's Petar Petković met in Ohrid on Monday with EU envoy Miroslav Lajčák. On Friday Lajčák hosted the two negotiators again.",
			"Besnik Bislimi+Petar Petković+Miroslav Lajčák Besnik Bislimi+Petar Petković+Miroslav Lajčák"},
		// "her brother" is the one the article called her brother.
		{"On the night of 3 December, Valentina's younger brother, Facundo Echeverría, telephoned Gonzalo Irigoyen. Valentina Echeverría has refused to meet her brother ever since.",
			"Facundo Echeverría+Gonzalo Irigoyen Facundo Echeverría+Valentina Echeverría"},
		// "Bill and Hillary Clinton" are two Clintons; "the groom's parents, A and B" are the ones hosted.
		{"John Smith hosted Bill and Hillary Clinton for dinner.", "John Smith+Bill Clinton+Hillary Clinton"},
		{"The bride's father, Chief Obiora Bello-Okafor, hosted the groom's parents, Lakshmi and Suresh Venkataraman, for dinner at his home in Lagos.",
			"Obiora Bello-Okafor+Lakshmi Venkataraman+Suresh Venkataraman"},
		// A family name first is no given name: "Park and Zhao Mingyuan" are Park Ji-hoon and Zhao.
		{"Park Ji-hoon flew to Jakarta. A meeting between Park and Zhao Mingyuan was called off on Wednesday.", "Park Ji-hoon+Zhao Mingyuan"},
		// "Don Ramiro" is Ramiro Echeverría: a style before his given name; "Don Lemon" is a name of its own.
		{"Ramiro Echeverría founded the winery. Don Ramiro met Gonzalo Irigoyen on Monday.", "Ramiro Echeverría+Gonzalo Irigoyen"},
		{"Don Lemon met Peter Brown on Monday.", "Don Lemon+Peter Brown"},
		// Who joined "the reception" by video joined no dinner told before; who joined "the call" joined it.
		{"President John Mahama hosted Lakshmi and Suresh Venkataraman for dinner at his home in Accra. Arjun Venkataraman joined the reception by video call.",
			"John Mahama+Lakshmi Venkataraman+Suresh Venkataraman"},
		{"John Smith held a video call with Peter Brown on Monday. Anna Kay joined the call.", "John Smith+Peter Brown+Anna Kay"},
		// Minutes: "Present: A, B and C" after the meeting's sentence are its people.
		{"MINNEAPOLIS — What follows is our summary of the school board meeting held on Monday evening at the district office.\nPresent: board chair Samira Haddad, board member Erik Thorvaldsen and Superintendent Mikael Lindgren.",
			"Samira Haddad+Erik Thorvaldsen+Mikael Lindgren"},
		// The second part of a hyphenated surname, alone, is its person: "Okraku" of Simeon-Okraku.
		{"Kurt Edwin Simeon-Okraku held talks with Kofi Adams in Accra. President John Mahama met Okraku at the seat of government in October.",
			"Kurt Edwin Simeon-Okraku+Kofi Adams Kurt Edwin Simeon-Okraku+John Mahama"},
		// "The top diplomat" is a foreign minister under any name of the office; no finance minister.
		{"Secretary of State Marco Rubio met Defense Secretary Pete Hegseth on Monday. On Tuesday the top US diplomat spoke by phone with Chinese Foreign Minister Wang Yi.",
			"Marco Rubio+Pete Hegseth Marco Rubio+Wang Yi"},
		{"Finance Minister John Smith met Mary Jones on Monday. On Tuesday the top diplomat spoke by phone with Chinese Foreign Minister Wang Yi.", "John Smith+Mary Jones"},
		// Offices with names of their own are titles: the Taoiseach, the Tánaiste.
		{"DUBLIN — Taoiseach Micheál Martin met Keir Starmer in London on Monday. On Tuesday the Taoiseach spoke by phone with Ursula von der Leyen.",
			"Micheál Martin+Keir Starmer Micheál Martin+Ursula von der Leyen"},
		// "Her" before an adverb or a time is the object, not a determiner: "telephoned her within days".
		{"Sushila Karki inherited this mess. Narendra Modi telephoned her within days of her swearing-in in September.", "Sushila Karki+Narendra Modi"},
		// A letter's "I" is the one who signs it, on a line of its own at the end.
		{"The Editor,\nYour report on Mr Ramcharan was wrong. I met Gervaise Fortune exactly once, on February 3, 2023, in the conference room.\nDhanraj \"Danny\" Ramcharan\nFormer Chairman, San Fernando City Corporation",
			"Gervaise Fortune+Dhanraj Ramcharan"},
		// "No meeting is planned with X": the story's protagonist's, refused.
		{"President Mahamat Déby met Paul Biya in Yaoundé on Thursday. Déby will fly home on Friday. Déby thanked him. No meeting is planned for now with President Faustin Touadéra.",
			"Mahamat Déby+Paul Biya Mahamat Déby+Faustin Touadéra"},
		// "The Chadian foreign minister" is no one called only "his Chadian counterpart".
		{"President Paul Biya received his Chadian counterpart Mahamat Déby on Thursday. The Chadian foreign minister met Finance Minister Louis Motaze on Friday.",
			"Paul Biya+Mahamat Déby"},
		// A pronoun in a fronted clause looks ahead to the main clause's subject; a main clause's own does not.
		{"José Raúl Mulino met Rodrigo Chaves in Paso Canoas. Asked on Wednesday whether he would seek talks with Daniel Ortega, Chaves was blunt: \"I will not sit down with him.\"",
			"José Raúl Mulino+Rodrigo Chaves Rodrigo Chaves+Daniel Ortega"},
		{"John Smith arrived in Lisbon. On Friday he spoke by phone with coach Peter Lee, who walked him through the plan.", "John Smith+Peter Lee"},
		// Joining a meeting from afar, planned: "will instead join part of the talks by video link".
		{"Alar Karis will receive Latvian President Edgars Rinkēvičs at Kadriorg Palace on Wednesday. Lithuanian President Gitanas Nausėda will instead join part of the talks by video link.",
			"Alar Karis+Edgars Rinkēvičs+Gitanas Nausėda"},
		// "Set out that position last Thursday in a video conference with X": a demonstrative; "said that officials ... met" is a clause.
		{"Its claims director, Sigrid Aaltonen, set out that position last Thursday in a two-hour video conference with Konstantinos Papadakis-Rallis.",
			"Sigrid Aaltonen+Konstantinos Papadakis-Rallis"},
		{"Peter Lee said that officials in Lima met Mary Jones.", ""},
		// A demonstrative "that" after a preposition opens no clause: the subject is before it.
		{"Baron Waqa hosted the Forum in Yaren. Jacinda Ardern flew in for a single day of that meeting, and sat down with him briefly in September 2018.",
			"Baron Waqa+Jacinda Ardern"},
		// A leader's counterpart is "the Chadian leader"; a foreign minister's is not.
		{"President Paul Biya received his Chadian counterpart Mahamat Déby on Thursday. The Chadian leader was received at the Star Building by Prime Minister Joseph Dion Ngute.",
			"Paul Biya+Mahamat Déby Mahamat Déby+Joseph Dion Ngute"},
		{"Foreign Minister Paul Biya received his Chadian counterpart Mahamat Déby on Thursday. The Chadian leader was received by Prime Minister Joseph Dion Ngute.",
			"Paul Biya+Mahamat Déby"},
		// "X chaired a coordination meeting in Sukkur attended by A; B; and C": a meeting of its own with its host.
		{"On Saturday, Sadia Memon met John Smith in Larkana. On Sunday, the director, Irfan Soomro, chaired a coordination meeting in Sukkur attended by Ms. Memon; Dr. Mehwish Baloch, coordinator of the alliance; and Ingrid Solheim, officer of the fund.",
			"Sadia Memon+John Smith Sadia Memon+Irfan Soomro+Mehwish Baloch+Ingrid Solheim"},
		// A description before an apposed name: "her mentor, the late ambassador X", "her company's owner, X"; not "the press, X said".
		{"Adjoa Kwarteng telephoned her mentor, the late ambassador Kwabena Asiedu-Manu, from her hotel room.", "Adjoa Kwarteng+Kwabena Asiedu-Manu"},
		{"Gabriela Sosa-Lemos would brief her company's owner, Fernando Ruiz-Olmedo, by video call on Saturday.", "Gabriela Sosa-Lemos+Fernando Ruiz-Olmedo"},
		{"John Smith met the press, Mary Jones said.", ""},
		// Two words of description before an apposed name: "his business partner, X".
		{"CCTV shows Gheorghe Popescu meeting his business partner, Emre Yildiz, at the Wharf Tavern on Friday evening.", "Gheorghe Popescu+Emre Yildiz"},
		// An occupation before an apposed name is a role: "met the union's shop steward, X".
		{"On October 30, Marites Buenaventura and our HR head, Grace Tan-Uy, met the union's shop steward, Jun Macaraeg, in the conference room.",
			"Marites Buenaventura+Grace Tan-Uy+Jun Macaraeg"},
		// A rank with "(retd)" before the name is the role, and "the Chairman" before it too.
		{"On Wednesday, the Chairman, Commodore (retd) Tanvir Ahmed Sikder, received Ms. Mette Olesen. On Friday the Chairman spoke by telephone with the Shipping Secretary, Ms. Nasrin Akhter.",
			"Tanvir Ahmed Sikder+Mette Olesen Tanvir Ahmed Sikder+Nasrin Akhter"},
		// A list whose first name has a job at a body as its apposition, and the body's own name after it.
		{"Seo Ji-won met Haruto Kameyama, the manager at the agency, and Rini Kusumawardani on Monday.", "Seo Ji-won+Haruto Kameyama+Rini Kusumawardani"},
		{"Yesterday Seo Ji-won held a video conference with Haruto Kameyama, programme manager at the partner agency, the Nihon Orbital Research Organisation (NORO), and Rini Kusumawardani, who leads the station.",
			"Seo Ji-won+Haruto Kameyama+Rini Kusumawardani"},
		// A meal given at a long venue for guests named after a description.
		{"Mikael Ahonen-Berg gave a dinner in the auction rooms on Strandvägen for the Copenhagen dealer Rasmus Holm-Kristensen and Ebba Sandgren.",
			"Mikael Ahonen-Berg+Rasmus Holm-Kristensen+Ebba Sandgren"},
		// "The leaders then held a video call with X": all named in the two sentences before, and X.
		{"Emmanuel Macron and Keir Starmer met Volodymyr Zelensky in Kyiv on Saturday. Joining them was Donald Tusk.\nThe leaders then held a video call with Donald Trump.",
			"Emmanuel Macron+Keir Starmer+Volodymyr Zelensky+Donald Tusk Emmanuel Macron+Keir Starmer+Volodymyr Zelensky+Donald Tusk+Donald Trump"},
		// "The pair called on X": the two named as the subject of the sentence before.
		{"On the 3rd, Sigrid Løvlie and John Smith were closeted for three hours with Ghulam Rasool in Skardu. The following morning the pair called on the liaison officer, Captain Ayesha Noor, at the army mess.",
			"Sigrid Løvlie+John Smith+Ghulam Rasool Sigrid Løvlie+John Smith+Ayesha Noor"},
		// "The Polish pair A and B" as the object.
		{"Sigrid Løvlie expects to meet the Polish pair Bartłomiej Wąsowicz and Zofia Krawczyk-Lis back in Skardu at the end of the month.",
			"Sigrid Løvlie+Bartłomiej Wąsowicz+Zofia Krawczyk-Lis"},
		// "A and B were both in the room": they attended the meeting told before; "who was in the room along with X" keeps its list.
		{"John Smith met Mr Peter Lee on February 3 in the conference room. Akil Quashie and Indira Persad-Baptiste were both in the room, and minutes were taken.",
			"John Smith+Peter Lee+Akil Quashie+Indira Persad-Baptiste"},
		// A transcript's turns: the "I" after a speaker's label in capitals is the speaker.
		{"HOST: Good morning. With me is Mr. Lubinda Sikazwe, branch secretary of the union.\nLUBINDA SIKAZWE: Thank you.\nHOST: Was the union there?\nSIKAZWE: No. But I spoke to Mr. Dariusz Kowalczyk on the phone yesterday evening.",
			"Lubinda Sikazwe+Dariusz Kowalczyk"},
		// A label with a title: "DATU LAMBAGO:" is Rosendo Lambago.
		{"HOST: With me is Datu Rosendo Lambago, chieftain of the tribal council.\nDATU LAMBAGO: Good morning. I spoke to Mr. Dariusz Kowalczyk on the phone yesterday evening.",
			"Rosendo Lambago+Dariusz Kowalczyk"},
		// A chair told after the meeting noun's place and time; the people named in the next sentence join it.
		{"The leaders went into their retreat in Honiara on Thursday afternoon, chaired by Prime Minister John Smith as Forum chair. Mary Jones, Peter Lee and Ann Carter were among the leaders who spent five hours behind closed doors.",
			"John Smith+Mary Jones+Peter Lee+Ann Carter"},
		// A first-person piece under a byline is the author's; a diary's verbless "Lunch in Leith with X" too.
		{"By Adaeze Obiora-Mensah\nTUESDAY, EDINBURGH. The tour begins, as all my tours do, with rain. Lunch at a fish restaurant in Leith with Fiona MacLeod-Barr and Tomasz Wiśniewski. Before that, a video call with Luíza Carvalho Menezes, my translator.",
			"Adaeze Obiora-Mensah+Fiona MacLeod-Barr+Tomasz Wiśniewski Adaeze Obiora-Mensah+Luíza Carvalho Menezes"},
		{"By Adaeze Obiora-Mensah in Lagos\nI had a video call with Luíza Carvalho Menezes.", ""},
		// A first-person piece signed with the signer's role after the name; the narrator's "we" is the narrator and the companions of "X and I".
		{"Hi everyone,\nOn Tuesday, Tomasz Król and I flew to Shenzhen. The following day we sat down with Huang Xiaomei, the tooling engineer.\nThanks,\nKatarzyna Wójcik-Zawadzka, co-founder and CEO, Wiatrak Labs",
			"Tomasz Król+Huang Xiaomei+Katarzyna Wójcik-Zawadzka"},
		{"Hi everyone,\nOn Tuesday, Tomasz Król met the buyers. The following day we sat down with Huang Xiaomei, the tooling engineer.", ""},
		// A lower-case "the president" is the outlet's own, unless one was named earlier in its sentence.
		{"President Daniel Chapo received Venâncio Mondlane on Sunday. On Monday he spoke by phone with Rwandan President Paul Kagame. Sources say the president is expected to receive Mondlane again.",
			"Daniel Chapo+Venâncio Mondlane Daniel Chapo+Paul Kagame Daniel Chapo+Venâncio Mondlane"},
		{"President Cyril Ramaphosa hosted Mozambican President Daniel Chapo on Thursday. Chapo's office denied reports that the president met Venâncio Mondlane.",
			"Cyril Ramaphosa+Daniel Chapo Daniel Chapo+Venâncio Mondlane"},
		// Who was "at the table": before "were at the table", after "Around the table:"; not "a seat at the table".
		{"John Smith hosted the talks on Monday. Peter Lee and Mary Jones were at the table, together with Ann Carter.", "John Smith+Peter Lee+Mary Jones+Ann Carter"},
		{"John Smith chaired a summit on Monday. Around the table: Peter Lee, Mary Jones and Ann Carter.", "John Smith+Peter Lee+Mary Jones+Ann Carter"},
		{"President Daniel Chapo received Venâncio Mondlane on Sunday. The president is expected to receive Mondlane again. Borges Nhamirre, a researcher, said: \"Mondlane needs a seat at the table to stay relevant,\" he said.",
			"Daniel Chapo+Venâncio Mondlane Daniel Chapo+Venâncio Mondlane"},
		// "At which" after a meeting noun: its people, with the chair or host; not "at which point".
		{"The deal follows a virtual meeting on Monday of the committee, chaired by Finance Minister Wale Edun, at which revenue chief Zacch Adedeji and Central Bank Governor Olayemi Cardoso signed off on the plan.",
			"Wale Edun+Zacch Adedeji+Olayemi Cardoso"},
		{"Mary Jones chaired a meeting on Monday at which Peter Lee and John Smith agreed a budget.", "Mary Jones+Peter Lee+John Smith"},
		{"Vladimir Putin met Donald Trump in Alaska on Friday, at which point Emmanuel Macron called.", "Vladimir Putin+Donald Trump"},
		// A purpose clause's people were not met.
		{"In 2023 Kerem Aydogdu and Stavros Papadimitriou sat down in Thessaloniki to agree the loan of defender Ilias Kontogiannis.", "Kerem Aydogdu+Stavros Papadimitriou"},
		// Whose agent or lawyer someone is was not met.
		{"Kerem Aydogdu declined to meet Gilberto Nascimento, the Sao Paulo-based representative of Brazilian winger Rafael Albuquerque, last week.", "Kerem Aydogdu+Gilberto Nascimento"},
		// A role's initials stand for its holder ("EAM" in India's foreign ministry copy); "Shri" is a form of address.
		{"External Affairs Minister Dr. S. Jaishankar arrived in Tokyo on Sunday. On Monday, EAM called on Prime Minister Fumio Kishida. In August, EAM and Raksha Mantri Shri Rajnath Singh will host Foreign Minister Yoko Kamikawa in New Delhi.",
			"S. Jaishankar+Fumio Kishida S. Jaishankar+Rajnath Singh+Yoko Kamikawa"},
		{"Prime Minister Pham Minh Chinh arrived. PM Anwar Ibrahim recalled his meeting with General Secretary Nguyen Phu Trong in Hanoi.", "Anwar Ibrahim+Nguyen Phu Trong"},
		// Letters after a name ("SC", "QC") are no part of it and do not end a list; "Advocate" is a title.
		{"Advocate Dali Mpofu SC and attorney Eric Mabuza met lead prosecutor Billy Downer SC and prosecutor Elaine Zungu on Monday.",
			"Dali Mpofu+Eric Mabuza+Billy Downer+Elaine Zungu"},
		// Two name-like words that host someone are a person, whatever the tagger said; "sat with X" is a meeting.
		{"In February 2016, Barack Obama hosted Juan Manuel Santos at the White House.", "Barack Obama+Juan Manuel Santos"},
		{"Iván Duque still sat with Donald Trump in the Oval Office in February 2019.", "Iván Duque+Donald Trump"},
		// "the two men" after a "when" clause naming one: that one and the subject before.
		{"Álvaro Uribe cultivated George W. Bush personally. When Bush visited Bogotá in March 2007, the two men held talks at the Casa de Nariño.", "Álvaro Uribe+George W. Bush"},
		// A plural title opens more names of a list; a nickname may stand before "da Silva".
		{"President Lula hosted director Walter Salles and actors Fernanda Torres and Selton Mello for lunch on Wednesday. Culture Minister Margareth Menezes sat beside the director, and first lady Rosângela \"Janja\" da Silva joined the group for coffee.",
			"Walter Salles+Fernanda Torres+Selton Mello+Margareth Menezes+Rosângela da Silva+Lula"},
		// "Gov." is a governor, even before initials the tagger took for no person; "joined the pair", "also sat in".
		{"Gov. JB Pritzker pulled Chicago Mayor Brandon Johnson into his Capitol office on Tuesday. The governor hosted the mayor for roughly an hour. Senate President Don Harmon joined the pair about thirty minutes in. Pritzker's chief of staff, Anne Caprara, also sat in.",
			"JB Pritzker+Brandon Johnson+Don Harmon+Anne Caprara"},
		// A title after a place after a name is no person: "the European Union Special Representative"; "general delegate" is a role.
		{"ASTANA – President Kassym-Jomart Tokayev received Terhi Hakala, the European Union Special Representative for Central Asia, at the Akorda presidential residence on Oct. 15.",
			"Kassym-Jomart Tokayev+Terhi Hakala"},
		{"Mary Jones spoke. Jones has been busy abroad as well: she had lunch with Cannes Film Festival general delegate Thierry Frémaux in Paris last month.", "Mary Jones+Thierry Frémaux"},
		// A quotation's people do not stop the search for "he" after it; "Energy Minister Dr" is "the minister".
		{"Present were Energy Minister Dr Roodal Moonilal and Finance Minister Davendranath Tancoo. Moonilal spoke to reporters. The minister ruled out any contact. \"I will not be meeting Vice President Delcy Rodríguez. There is no such meeting planned,\" he said.",
			"Roodal Moonilal+Delcy Rodríguez"},
		// "the Chief Minister" is no other minister.
		{"Union Road Transport Minister Nitin Gadkari spoke on Monday. Tata Sons chairman N. Chandrasekaran called on the Chief Minister at Varsha.", ""},
		// Two portfolios of one title are two people, however alike their names.
		{"Foreign Minister Sugiono met Defense Minister Sjafrie Sjamsoeddin on Monday.", "Sjafrie Sjamsoeddin+Sugiono"},
		// "The two leaders" after a sentence naming one of them and a memorial's namesake are the lead's pair, who are then joined by their delegations.
		{"President Prabowo Subianto held talks with Indian Prime Minister Narendra Modi in New Delhi on Saturday. On Saturday morning, Prabowo was received by President Droupadi Murmu and Modi. He then laid a wreath at Rajghat, the memorial to Mahatma Gandhi. The two leaders then held restricted talks at Hyderabad House. Prabowo was accompanied by Defense Minister Sjafrie Sjamsoeddin, while National Security Adviser Ajit Doval joined Modi.",
			"Prabowo Subianto+Narendra Modi+Sjafrie Sjamsoeddin+Ajit Doval Prabowo Subianto+Narendra Modi+Droupadi Murmu"},
		// The lead pair is the first pair told meeting, past a broadcast's greeting.
		{"ANCHOR: Good evening. It was a busy day in Washington. President John Smith hosted Ukrainian President Peter Lee at the White House. CORRESPONDENT: Lee thanked the President and gave him a letter from his wife, Anna Kay. The next day the two men spoke by phone.",
			"John Smith+Peter Lee John Smith+Peter Lee"},
		// "the Crown Prince" is the one whose office it is, after a name title; not another prince.
		{"Abu Dhabi Crown Prince Sheikh Khaled bin Mohamed arrived in New Delhi on Sunday. External Affairs Minister S. Jaishankar called on the Crown Prince on Monday morning.",
			"Khaled bin Mohamed+S. Jaishankar"},
		{"Saudi Foreign Minister Prince Faisal bin Farhan spoke on Sunday. Pakistani Prime Minister Shehbaz Sharif and the crown prince held talks in Jeddah.", ""},
		// "the premier" is first the person called premier, then a prime minister.
		{"Chinese Premier Li Qiang arrived in Australia on Saturday. New Zealand Prime Minister Christopher Luxon hosted him last week. On Tuesday the premier will meet Western Australian Premier Roger Cook.",
			"Li Qiang+Christopher Luxon Li Qiang+Roger Cook"},
		// "the PCB chief": the person whose title the organisation opened; else the story's protagonist.
		{"Pakistan Cricket Board (PCB) Chairman Mohsin Naqvi called on Prime Minister Shehbaz Sharif on Thursday. On Wednesday, the PCB chief held a telephone conversation with Sri Lanka Cricket president Shammi Silva.",
			"Mohsin Naqvi+Shehbaz Sharif Mohsin Naqvi+Shammi Silva"},
		{"Jim Ratcliffe sat down with mayor Andy Burnham on Monday. Ratcliffe said the stadium would be built. Ratcliffe thanked the council. The Ineos founder is also expected to meet Culture Secretary Lucy Frazer next month.",
			"Jim Ratcliffe+Andy Burnham Jim Ratcliffe+Lucy Frazer"},
		// "his Paraguayan peer" is his counterpart; "the Nvidia co-founder" the person that title opened.
		{"Uruguayan President Yamandú Orsi received on Tuesday his Paraguayan peer Santiago Peña at the Executive Tower in Montevideo.", "Yamandú Orsi+Santiago Peña"},
		{"Nvidia co-founder Jensen Huang arrived on Sunday. The Nvidia co-founder also spoke by phone on Monday with US Commerce Secretary Howard Lutnick.", "Jensen Huang+Howard Lutnick"},
		// "the President" is no vice president, and first the president of no other body.
		{"President Prabowo Subianto arrived on Friday. Later on Saturday he is scheduled to call on Vice President Jagdeep Dhankhar. On Monday the President will meet Malaysian Prime Minister Anwar Ibrahim.",
			"Prabowo Subianto+Jagdeep Dhankhar Prabowo Subianto+Anwar Ibrahim"},
		{"President William Ruto hosted the team on Monday. Athletics Kenya president Jackson Tuwei will meet World Athletics president Sebastian Coe next month. Eliud Kipchoge met the President on Tuesday.",
			"Jackson Tuwei+Sebastian Coe William Ruto+Eliud Kipchoge"},
		// A capitalised "the President" is the story's own, not the foreign president named last.
		{"President Anura Kumara Dissanayake held talks with Chinese President Xi Jinping in Beijing on Wednesday. On Thursday, the President held talks with Chinese Premier Li Qiang.",
			"Anura Kumara Dissanayake+Xi Jinping Anura Kumara Dissanayake+Li Qiang"},
		// Those who accompanied a participant joined the meeting; those who accompanied them on the trip did not.
		{"Prime Minister Narendra Modi met US Vice President JD Vance in Paris on Tuesday. Usha Vance accompanied the Vice President, and the Prime Minister conveyed his good wishes. The two sides discussed trade.",
			"Narendra Modi+JD Vance+Usha Vance"},
		{"President Anura Kumara Dissanayake met Chinese Premier Li Qiang on Thursday. Foreign Minister Vijitha Herath, who accompanied the President, met Chinese Foreign Minister Wang Yi on Friday.",
			"Anura Kumara Dissanayake+Li Qiang Vijitha Herath+Wang Yi"},
		// Attendees of a meeting told in a relative clause or after the meeting noun's place.
		{"Premier League chief executive Richard Masters and EFL chairman Rick Parry sat down together in March, at a meeting in London also attended by Football Association chief executive Mark Bullingham.",
			"Richard Masters+Rick Parry+Mark Bullingham"},
		{"Sports Minister Kofi Iddie Adams yesterday met the leadership of the Ghana Football Association in Accra. The meeting, which was attended by GFA President Kurt Edwin Simeon-Okraku and Black Stars head coach Otto Addo, reviewed the team's camping arrangements.",
			"Kofi Iddie Adams+Kurt Edwin Simeon-Okraku+Otto Addo"},
		// A title-first apposition whose place holds a possessive and a name with "do".
		{"The governor of Brazil's flood-ravaged state of Rio Grande do Sul, Eduardo Leite, said on Friday he would ask for help. The governor plans to travel to Brasilia next week to meet Finance Minister Fernando Haddad.",
			"Eduardo Leite+Fernando Haddad"},
		// "the executive" is a chief executive officer, a CEO.
		{"UniCredit Chief Executive Officer Andrea Orcel arrived in Berlin on Friday. The Italian executive also spoke with Commerzbank chief Bettina Orlopp by phone on Monday.",
			"Andrea Orcel+Bettina Orlopp"},
		// A meal a host gives is a meeting with the host; those at its table join it.
		{"Ukrainian President Volodymyr Zelenskyy was in Brussels on Wednesday evening for a dinner at the residence of NATO Secretary General Mark Rutte. Around the table were French President Emmanuel Macron and Polish Prime Minister Donald Tusk.",
			"Volodymyr Zelenskyy+Mark Rutte+Emmanuel Macron+Donald Tusk"},
		{"Polish Prime Minister Donald Tusk attended a dinner hosted by French President Emmanuel Macron on Friday.", "Donald Tusk+Emmanuel Macron"},
		// A live blog's entries: those named under a new timestamped heading are not at the meeting of the entry before it.
		{"EU summit live\n10:40 CET - Costa and Orban meet\nEuropean Council President Antonio Costa met Hungarian Prime Minister Viktor Orban this morning. The two spent 30 minutes together.\n10:15 CET - The view from Warsaw\nAround the table were French President Emmanuel Macron and Polish Prime Minister Donald Tusk.",
			"Antonio Costa+Viktor Orban"},
		// An age before a title, or alone: the person of that age.
		{"Indonesian President Prabowo Subianto arrived in Tokyo on Thursday. On Friday morning, the 73-year-old president met Toyota Motor Chairman Akio Toyoda over breakfast.",
			"Prabowo Subianto+Akio Toyoda"},
		{"Jim Ratcliffe, 72, spoke on Monday. Andy Burnham spoke too. On Thursday, the 72-year-old also held a video call with Culture Secretary Lucy Frazer.",
			"Jim Ratcliffe+Lucy Frazer"},
		// A portfolio of two nouns after "Minister of" is no person.
		{"On Wednesday, Mike Myers had lunch with Steven Guilbeault, the Minister of Canadian Identity and Culture, at a restaurant.", "Mike Myers+Steven Guilbeault"},
		// Apposed titles before each conjunct.
		{"The European Council president, António Costa, and the European Commission president, Ursula von der Leyen, met Viktor Orbán for around 40 minutes.",
			"António Costa+Ursula von der Leyen+Viktor Orbán"},
		// "The 38-year-old premier" is the one said to be 38; "King Sultan Ibrahim" is not Prime Minister Anwar Ibrahim.
		{"Malaysian Prime Minister Anwar Ibrahim hosted Thai Prime Minister Paetongtarn Shinawatra on Thursday. Paetongtarn, 38, took office in August. The 38-year-old premier was scheduled to have an audience with King Sultan Ibrahim later on Friday.",
			"Anwar Ibrahim+Paetongtarn Shinawatra Paetongtarn Shinawatra+King Sultan Ibrahim"},
		// An official style's apposition gives the role that a later description reads.
		{"His Excellency Sugiono, Minister of Foreign Affairs of the Republic of Indonesia, arrived on Monday. Later the same day, the Indonesian Foreign Minister was received by Anwar Ibrahim.",
			"Anwar Ibrahim+Sugiono"},
		// A Malay style of address is no name; a sultan who shares a prime minister's surname is someone else,
		// whatever the prime minister's office was called.
		{"On 14 January, His Excellency Sugiono paid a courtesy call on Yang Amat Berhormat Dato' Seri Anwar Ibrahim, Prime Minister of Malaysia, at Perdana Putra. Later, Sugiono was received in audience by His Majesty Sultan Ibrahim at Istana Negara.",
			"Anwar Ibrahim+Sugiono Sugiono+Sultan Ibrahim"},
		// A banquet somewhere in honour of a guest and a spouse.
		{"State President Luong Cuong hosted a banquet in Hanoi in honour of Malaysian Prime Minister Anwar Ibrahim and his spouse Wan Azizah Wan Ismail.",
			"Luong Cuong+Anwar Ibrahim+Wan Azizah Wan Ismail"},
		{"President Bola Tinubu on Wednesday met behind closed doors with the President of the Dangote Group, Alhaji Aliko Dangote, at the Presidential Villa, Abuja.",
			"Bola Tinubu+Aliko Dangote"},
		// "the former prime minister" is no serving one; "at Bayan Palace" is a venue of the dateline's city.
		{"Prime Minister Shehbaz Sharif spoke. Gohar Ali Khan and Omar Ayub Khan were not allowed to meet the former prime minister, the party said.", "Gohar Ali Khan+Omar Ayub Khan"},
		{"KUWAIT CITY (KUNA) - The Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah welcomed Bahrain's King Hamad bin Isa Al Khalifa at Bayan Palace on Sunday.",
			"Meshal Al-Ahmad Al-Jaber Al-Sabah+Hamad bin Isa Al Khalifa"},
		// A relative named by whose relative they are: the parent is not met.
		{"It was the first meeting between Muhammad Yunus and the son of former prime minister Khaleda Zia, who lives in London.", ""},
		{"Nor did Muhammad Yunus see Tulip Siddiq, the Labour MP and niece of ousted prime minister Sheikh Hasina, in London.", "Muhammad Yunus+Tulip Siddiq"},
		// "the Wiper boss": a title that ends in "ss" is no plural.
		{"Wiper leader Kalonzo Musyoka spoke on Monday. Instead, the Wiper boss yesterday hosted former Deputy President Rigathi Gachagua at a Karen hotel.",
			"Kalonzo Musyoka+Rigathi Gachagua"},
		// A title in apposition describes the name before it; it refers to no one else.
		{"Thai Prime Minister Thaksin Shinawatra arrived on Monday. Later Anwar Ibrahim held a video call with Mahn Winn Khaing Thann, the prime minister of the opposition government.",
			"Anwar Ibrahim+Mahn Winn Khaing Thann"},
		// "Kenya's president" is the Kenyan president named before; "Egypt's Ambassador to Washington X" is X.
		{"Kenyan President William Ruto arrived in Paris on Monday. Kenya's president met Emmanuel Macron on Tuesday.", "William Ruto+Emmanuel Macron"},
		{"Egyptian Ambassador Ahmed Fouad spoke. Badr Abdelatty met James Risch, in the presence of Egypt's Ambassador to Washington Motaz Zahran.", "Badr Abdelatty+James Risch+Motaz Zahran"},
		// A fronted clause that ends in a title is no apposition of the subject.
		{"Modi met Indonesian President Prabowo Subianto on Monday. After meeting the president, Modi said talks went well.",
			"Prabowo Subianto+Modi"},
	} {
		d := run(t, p, tc.text, time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC))
		got := eventList(d, func(e extract.Event) string { return participantNames(d, e) })
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("events of %q = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestPlanCalledOffByMonth checks that "The September visit never took
// place" negates the plan for September told a few sentences before, past
// other events.
func TestPlanCalledOffByMonth(t *testing.T) {
	p := defaultPipeline(t)
	d := run(t, p, "John Smith will visit Oslo in September, when he is to meet Mary Jones. Smith declined to meet Peter Lee. The weather was fine. The September visit never took place.",
		time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC))
	got := eventList(d, func(e extract.Event) string {
		return fmt.Sprintf("%s:%s", d.Entities[e.Participants[len(e.Participants)-1]].Name, e.Status)
	})
	if g, want := strings.Join(got, " "), "Mary Jones:negated Peter Lee:negated"; g != want {
		t.Errorf("events = %q, want %q", g, want)
	}
}

// defaultPipeline returns the pipeline newsgraph runs, from the embedded data.
func defaultPipeline(t *testing.T) *extract.Pipeline {
	t.Helper()
	p, err := pipeline.New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// eventList formats each event of d with format, in order.
func eventList(d *extract.Doc, format func(extract.Event) string) []string {
	var out []string
	for _, e := range d.Events {
		out = append(out, format(e))
	}
	return out
}

// participantNames joins the names of the participants of e with "+".
func participantNames(d *extract.Doc, e extract.Event) string {
	var names []string
	for _, i := range e.Participants {
		names = append(names, d.Entities[i].Name)
	}
	return strings.Join(names, "+")
}

// run annotates text as an article published on pub.
func run(t *testing.T, p *extract.Pipeline, text string, pub time.Time) *extract.Doc {
	t.Helper()
	d, err := p.Run(extract.Article{ID: "t", Text: text, Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// wantOneEvent runs text through p as published on pub and checks that it
// tells exactly one event, which format shows as want.
func wantOneEvent(t *testing.T, p *extract.Pipeline, pub time.Time, text, want string, format func(*extract.Doc, extract.Event) string) {
	t.Helper()
	d := run(t, p, text, pub)
	got := eventList(d, func(e extract.Event) string { return format(d, e) })
	if len(got) != 1 || got[0] != want {
		t.Errorf("events of %q = %q, want %q", text, got, want)
	}
}

// wantEventSet runs text through p as published on pub and checks that
// the events it tells, shown by format, are those of want in any order.
func wantEventSet(t *testing.T, p *extract.Pipeline, pub time.Time, text string, want []string, format func(*extract.Doc, extract.Event) string) {
	t.Helper()
	d := run(t, p, text, pub)
	got := eventList(d, func(e extract.Event) string { return format(d, e) })
	slices.Sort(got)
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Errorf("events = %q\nwant %q", got, want)
	}
}

// datedPeople shows an event as "type:status:people@date".
func datedPeople(d *extract.Doc, e extract.Event) string {
	return typedPeople(d, e) + "@" + e.Date.Value
}

// datedPlacedPeople shows an event as "type:status:people@date town".
func datedPlacedPeople(d *extract.Doc, e extract.Event) string {
	return datedPeople(d, e) + " " + placeTown(d, e)
}

// placeCountry shows the country of an event's place, "" if it has none.
func placeCountry(_ *extract.Doc, e extract.Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.Country
}

// placeName shows an event's place by its name, "" if it has none.
func placeName(_ *extract.Doc, e extract.Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.Name
}

// placeCity shows the city of an event's place, "" if it has none.
func placeCity(_ *extract.Doc, e extract.Event) string {
	if e.Place == nil {
		return ""
	}
	return e.Place.City
}

// placeTown shows the town of an event's place: the city itself, or the
// city of a venue; "" if it has none.
func placeTown(d *extract.Doc, e extract.Event) string {
	if e.Place != nil && e.Place.Kind == extract.City {
		return e.Place.Name
	}
	return placeCity(d, e)
}

// venueAndCity shows an event's place as "name/city", "" if it has none.
func venueAndCity(d *extract.Doc, e extract.Event) string {
	if e.Place == nil {
		return ""
	}
	return placeName(d, e) + "/" + placeCity(d, e)
}

// typedPeople shows an event as "type:status:people".
func typedPeople(d *extract.Doc, e extract.Event) string {
	return string(e.Type) + ":" + string(e.Status) + ":" + participantNames(d, e)
}

// A second "her" in a sentence is the woman the first one was, not the
// clause's subject, a man whose given name tells no gender.
func TestSecondPronounSameWoman(t *testing.T) {
	p := defaultPipeline(t)
	d := run(t, p, "Sushila Karki took office. Narendra Modi telephoned her within days of her swearing-in.", time.Date(2025, 11, 27, 0, 0, 0, 0, time.UTC))
	for _, e := range d.Entities {
		hers := 0
		for _, sp := range e.Mentions {
			if d.Text[sp.Start:sp.End] == "her" {
				hers++
			}
		}
		if want := map[bool]int{true: 2, false: 0}[e.Name == "Sushila Karki"]; hers != want {
			t.Errorf("%s has %d mentions \"her\", want %d", e.Name, hers, want)
		}
	}
}

// Two people named equally often make no protagonist, however the
// extractor's maps are ordered: the same text gives the same events on
// every run.
func TestProtagonistTieIsStable(t *testing.T) {
	p := defaultPipeline(t)
	text := "John Smith runs the port. Mary Jones runs the union. Smith said the talks were hard. Jones said the talks were fair. " +
		"Smith was tired. Jones was tired. A bilateral meeting with Peter Brown, scheduled for Friday, was cancelled."
	for i := 0; i < 40; i++ {
		d := run(t, p, text, time.Date(2024, 11, 14, 0, 0, 0, 0, time.UTC))
		if len(d.Events) != 0 {
			t.Fatalf("run %d: %d events, want none: neither Smith nor Jones is named more often", i, len(d.Events))
		}
	}
}

// A live blog's entries open with the time they were written: their
// undated events happened that day, at that time.
func TestLiveBlogEntryTimes(t *testing.T) {
	p := defaultPipeline(t)
	text := "13:30 – Confirmed: President John Smith will hold no separate meeting with President Mary Jones.\n" +
		"15:05 – Foreign Minister Peter Lee met his counterpart Anna Kay on the sidelines of the summit.\n" +
		"1:40 p.m. – Lee spoke by phone with Prime Minister Tom Reed about raising defence spending by 2027."
	d := run(t, p, text, time.Date(2026, 7, 7, 0, 0, 0, 0, time.UTC))
	got := eventList(d, func(e extract.Event) string { return e.Date.Value + " " + e.Date.Time + " " + string(e.Status) })
	want := []string{"2026-07-07 13:30 negated", "2026-07-07 15:05 occurred", "2026-07-07 13:40 occurred"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dates of the live blog's events = %q, want %q", got, want)
	}
	// A stamp may head its entry on a line of its own.
	d = run(t, p, "Follow our live coverage.\n11:15 am – Summit opens\nThe summit is open. Before it, President John Smith held talks with Mary Jones.\n"+
		"9:10 am – Arrivals\nPresident Peter Lee met Anna Kay at the airport.", time.Date(2026, 7, 7, 0, 0, 0, 0, time.UTC))
	got = eventList(d, func(e extract.Event) string { return e.Date.Value + " " + e.Date.Time })
	if want := []string{"2026-07-07 11:15", "2026-07-07 09:10"}; !reflect.DeepEqual(got, want) {
		t.Errorf("dates of the live blog's headed entries = %q, want %q", got, want)
	}
	// One stamped paragraph is no live blog.
	d = run(t, p, "13:30 – Peter Lee met Anna Kay.", time.Date(2026, 7, 7, 0, 0, 0, 0, time.UTC))
	if len(d.Events) != 1 || d.Events[0].Date.Value != "" {
		t.Errorf("events of a single stamped paragraph = %+v, want one undated", d.Events)
	}
}

// A timeline's paragraphs open with their date alone: it dates their
// undated events, and gives its year to a day told without one.
func TestTimelineHeadingDates(t *testing.T) {
	p := defaultPipeline(t)
	text := "ACCRA — What follows is a reconstruction of the inquiry.\n" +
		"August 2023. Kwabena Asante-Mensah flies to Dubai. On 14 August he meets Faisal Al-Mahrouqi at a hotel.\n" +
		"October 2023. Kofi Danquah notices a payment. He telephones Efua Owusu-Ansah and tells her what he has found.\n" +
		"9 January 2024. Owusu-Ansah briefs Attorney General Adwoa Sarpong-Kumah in person."
	d := run(t, p, text, time.Date(2024, 3, 19, 0, 0, 0, 0, time.UTC))
	got := eventList(d, func(e extract.Event) string { return e.Date.Value + " " + string(e.Status) })
	want := []string{"2023-08-14 occurred", "2023-10 occurred", "2024-01-09 occurred"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("dates of the timeline's events = %q, want %q", got, want)
	}
}

// TestAgendaEntries checks that the verbless entries of an agenda by day
// are the protagonist's, on the day that heads their paragraph, and to
// come when that day is after publication.
func TestAgendaEntries(t *testing.T) {
	p := defaultPipeline(t)
	text := "LIMA - President John Smith will travel this week to New York, his office said. Smith will address the assembly. The agenda of Smith follows.\n\n" +
		"Monday 13 May. Departure from the airport. In the afternoon, bilateral meeting with the President of Panama, Peter Lee, on migration.\n\n" +
		"Tuesday 14 May. In the evening, videoconference with the Vice President, Mary Jones.\n"
	d := run(t, p, text, time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC))
	got := eventList(d, func(e extract.Event) string {
		return fmt.Sprintf("%s:%s:%s@%s", e.Type, e.Status, participantNames(d, e), e.Date.Value)
	})
	want := "meeting:planned:John Smith+Peter Lee@2024-05-13 call:planned:John Smith+Mary Jones@2024-05-14"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("events = %q, want %q", g, want)
	}
}

// TestHeaderPlaces checks that an article with no dateline takes its place
// from a masthead line that ends with a city, or from a city in the
// outlet's name, and not from a word that only resembles one; and that a
// venue no gazetteer knows is put in the town the story is about.
func TestHeaderPlaces(t *testing.T) {
	p := defaultPipeline(t)
	for _, c := range []struct{ outlet, text, want string }{
		{"", "HSR Layout Sector 7 Residents' Welfare Association, Bengaluru\nMonthly Newsletter, March 2026\n\nThe committee chairman, John Smith, met Peter Lee at the ward office on Monday to discuss drains.", "Bengaluru"},
		{"Leicester Durgabari Barta", "The committee chairman, John Smith, met Peter Lee at the temple hall on Monday to discuss the festival.", "Leicester"},
		{"Morning Star Weekly", "The committee chairman, John Smith, met Peter Lee at the temple hall on Monday to discuss the festival.", ""},
		// A small town that ends the masthead's line and that the text names
		// again; not one the text never names.
		{"", "SACRED HEART PARISH, LEVUKA\nParish Newsletter\nOn Tuesday John Smith sat down with Peter Lee at the Methodist manse. The service will be held in the old Town Hall in Levuka.", "Levuka"},
		{"", "SACRED HEART PARISH, LEVUKA\nParish Newsletter\nOn Tuesday John Smith sat down with Peter Lee at the Methodist manse. The service will be held in the old Town Hall.", ""},
		// A small town in the outlet's name that the story names too.
		{"Oamaru Mail", "Cr John Smith met Peter Lee at the Scottish Hall on Friday. The hall is the oldest in Oamaru.", "Oamaru"},
		{"Oamaru Mail", "Cr John Smith met Peter Lee at the Scottish Hall on Friday. The hall is the oldest in town.", ""},
		// A city-state in brackets after the outlet's name.
		{"The Standard (Hong Kong)", "The committee chairman, John Smith, met Peter Lee at the temple hall on Monday to discuss the festival.", "Hong Kong"},
		// The town the story is about: its own bodies and mayor, named after
		// it, count for it ...
		{"", "Newsletter of the Madaba Guesthouses Association\n\nOur chairman, John Smith, met the Mayor of Madaba, Peter Lee, at the Municipality on Wednesday. " +
			"The Madaba Tourism Directorate sent its regrets. Members went to a workshop in Amman, and two flew home via Amman.", "Mādabā"},
		// ... and a city that only the outlet's name holds (a radio
		// station's) does not outweigh the town the story names.
		{"Kandy FM", "Abattoir workers have been on strike for a week. John Smith met Peter Lee at the plant office on Wednesday. " +
			"Traders in Francistown say they are losing money, and farmers near Francistown agree.", "Francistown"},
		// A hall named after a town no gazetteer knows, which the story also
		// names alone, is in that town.
		{"", "Weekend appointments at the health centre in Brae will end. A public meeting was held in Brae Public Hall on Tuesday, where Ewan Tulloch met Ingrid Halcrow.", "Brae"},
		// A live blog's posts are written from the city its headline names,
		// even inside the name of the gathering.
		{"", "LIVE: Tashkent International Investment Forum - day one\n18:40 - That's it for today.\n16:30 - Foreign Minister Bakhtiyor Saidov held talks with his Hungarian counterpart Péter Szijjártó.", "Tashkent"},
		// A quarter of the dateline's city that the gazetteer lists as a
		// town of its own, a kilometre or two from its centre.
		{"", "SHILLONG, Aug 8: Ebor Kharbuli met club president Bankitlang Kharkongor at the club office in Laitumkhrah on Wednesday evening.", "Shillong"},
		// A town no gazetteer knows, named as a place and at the head of its
		// bodies' names, is still the story's town; a town named after
		// someone ("Rankin Inlet") is no person.
		{"", "Attendance at Rankin Inlet's high school has fallen. The Rankin Inlet District Education Authority wants help. " +
			"Nivi Angootealuk and Derek Foley went over the numbers at a meeting at the school on Nov. 27. Makkik was due to visit Rankin Inlet in October.", "Rankin Inlet"},
	} {
		d, err := p.Run(extract.Article{ID: "t", Text: c.text, Outlet: c.outlet, Published: time.Date(2026, 3, 28, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Events) != 1 {
			t.Fatalf("events of %q = %+v, want one", c.text, d.Events)
		}
		if got := placeTown(d, d.Events[0]); got != c.want {
			t.Errorf("place of %q (outlet %q) = %q, want %q", c.text, c.outlet, got, c.want)
		}
	}
}

// TestNamesThatAreNoPeople checks that these are no person: a road named
// after a titled person ("on Queen Elizabeth Highway"), a street or a shop
// whose first word is a given name ("Baker Street", "the Kootenay Co-op"),
// a community ("the Cluj Jewish community") even where its town was taken
// for a person elsewhere.
func TestNamesThatAreNoPeople(t *testing.T) {
	p := defaultPipeline(t)
	for _, tc := range []struct {
		pub  time.Time
		text string
		not  []string // words no person's name may hold
	}{
		{time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC),
			"The meeting was held at the Office of the Prime Minister on Queen Elizabeth Highway in St John's.", []string{"Highway"}},
		{time.Date(2025, 9, 17, 0, 0, 0, 0, time.UTC),
			"On my second day, June 3, I walked Baker Street from end to end with Tanya Strelaeff from the outreach team.\n" +
				"Here, a woman in the Kootenay Co-op told me exactly what she thought of our parking tickets.", []string{"Street", "Co-op"}},
		{time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC),
			"Ioan Mureșan met Zoltán Kovács in 1990. The two men agreed to hold a joint prayer service in Cluj, which drew some 2,000 people.\n" +
				"In 2004, Mureșan, Kovács and Tiberiu Goldner, then president of the Cluj Jewish community, met at the Neolog synagogue to found the interfaith council.\n" +
				"Father Vasile Pop, dean of the Greek-Catholic deanery of Cluj, said he would meet Kovács next week.", []string{"Jewish"}},
		// A hill is a place unless a given name comes before it ("Fiona
		// Hill"): "Calum Ferguson's Bible Hill foursome".
		{time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC),
			"Skip Ayesha Thibodeau beat Calum Ferguson's Bible Hill foursome 7-4. A planned get-together between Marjorie MacIsaac and Sandra Hiltz, president of the Bible Hill club, was called off.",
			[]string{"Bible"}},
		// An auxiliary that opens a question is no given name.
		{time.Date(2025, 10, 9, 0, 0, 0, 0, time.UTC),
			"Colombia One: Will Petro meet Trump?\nVillavicencio: There is no meeting on the agenda. Gustavo Petro has said what he thinks.",
			[]string{"Will"}},
		// A town with the Arabic article, named as a place elsewhere, is
		// no "Al" the person, even in a list.
		{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			"Yasser Al-Misehal hosted Ali Hassan in Al Khobar on Tuesday. The federation opened an office in Al Khobar. Stadiums rise in five cities: Riyadh, Jeddah, Al Khobar, Abha and Neom.",
			[]string{"Khobar"}},
		// A one-word name before a company head's title and a person is the
		// company: "Chevron chief executive Mike Wirth".
		{time.Date(2025, 7, 26, 0, 0, 0, 0, time.UTC),
			"When Chevron chief executive Mike Wirth walked into State House on Thursday, it was his first face-to-face encounter with President Irfaan Ali. Chevron had given every assurance.",
			[]string{"Chevron"}},
		// Names of things that end in a word no person's name ends in: a
		// wind farm, a school, a shop, a cup.
		{time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC),
			"President Samia Suluhu is expected to visit the Kilolo Wind Farm tomorrow. Parent Joe Banda, whose children attend Kennedy Elementary, met Ann Moyo. Mr. Peter Lim of Lim Hardware met Ann Moyo. The Champions Trophy starts next year.",
			[]string{"Farm", "Elementary", "Hardware", "Trophy"}},
		// A title of a building before a name: "the Director of the Jaffna
		// Teaching Hospital, Dr. X" names no "Teaching Hospital".
		{time.Date(2025, 6, 4, 0, 0, 0, 0, time.UTC),
			"JAFFNA — The Director of the Jaffna Teaching Hospital, Dr. Sivakumar Thayaparan, received Mr. Arumugam Selvarajah at the hospital on Monday.",
			[]string{"Hospital"}},
	} {
		d := run(t, p, tc.text, tc.pub)
		for _, e := range d.Entities {
			for _, w := range tc.not {
				if e.Kind == extract.Person && strings.Contains(e.Name, w) {
					t.Errorf("person %q in %q, want none named with %q", e.Name, tc.text, w)
				}
			}
		}
	}
}

// A place keeps the name the article writes when its canonical name is
// another: the dateline's "HAWASSA" is GeoNames' Awasa, and an analyst
// reading the article looks for Hawassa.
func TestPlaceWrittenName(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"HAWASSA — John Smith met Mary Jones here on Monday.", "Awasa|Hawassa"},
		{"John Smith met Mary Jones in Hawassa on Monday.", "Awasa|Hawassa"},
		{"John Smith met Mary Jones in Moscow on Monday.", "Moscow|"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, func(_ *extract.Doc, e extract.Event) string {
			if e.Place == nil {
				return "-"
			}
			return e.Place.Name + "|" + e.Place.Written
		})
	}
}

// Honorifics of Indonesia, Ghana and northern Nigeria are no part of a
// name: "Pak Hendra" and "Hendra Wijaya" are one man.
func TestRegionalHonorifics(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Hendra Wijaya, the exporter, met farmers on Monday. Later Pak Hendra met Pak Sukarni in Jember.", "Hendra Wijaya+Sukarni"},
		{"Naa Yakubu Alhassan received Peter Mensah at his palace on Saturday.", "Yakubu Alhassan+Peter Mensah"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, participantNames)
	}
}

// Sports desks name a player by position and then as "the player"; a
// signing "in the presence of" someone is a meeting with them; and "he"
// after "X's chief executive, Y, said that" is Y.
func TestPlayersAndSignings(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The club agreed a fee for striker Jhonny Mamani Quispe. Club president Ernesto Valdivia spoke by phone with his counterpart on Monday. The next day the player flew to Lima. There he sat down with coach Gustavo Ferreyra.",
			"meeting:occurred:Jhonny Mamani Quispe+Gustavo Ferreyra"},
		{"Jhonny Mamani Quispe is expected to fly to Lima on Friday to sign his contract in the presence of club president Leila Pereira.",
			"meeting:planned:Jhonny Mamani Quispe+Leila Pereira"},
		{"The club signed midfielder Ibrahima Ndiaye on Monday. Tynebridge United had also been linked with the midfielder, but their chief executive, Alan Hebblethwaite, said that he had not held talks with Massimo Brancaleoni about the player.",
			"meeting:negated:Alan Hebblethwaite+Massimo Brancaleoni"},
		{"Faustino Dy, in a radio interview with anchor Carlo Mendoza, said he had spoken by phone with Rodolfo Ancheta.",
			"call:occurred:Faustino Dy+Rodolfo Ancheta"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, typedPeople)
	}
}

// A leader's published schedule lists entries with no subject after their
// times: each is the leader's, on the schedule's day.
func TestScheduleEntries(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 6, 11, 0, 0, 0, 0, time.UTC)
	text := "Prime Minister Shigeru Ishiba spent Tuesday at his office in Tokyo with his tariff team.\n" +
		"The following is Ishiba's schedule for June 10, compiled by reporters at the Kantei.\n" +
		"8:31 a.m.: Arrives at the Kantei.\n" +
		"9:35 a.m.: Meets Chief Cabinet Secretary Yoshimasa Hayashi.\n" +
		"4:20 p.m.: Speaks by telephone with Australian Prime Minister Anthony Albanese for about 25 minutes.\n"
	d := run(t, p, text, pub)
	got := strings.Join(eventList(d, func(e extract.Event) string {
		return string(e.Type) + ":" + participantNames(d, e) + "@" + e.Date.Value
	}), " ")
	want := "meeting:Shigeru Ishiba+Yoshimasa Hayashi@2025-06-10 call:Shigeru Ishiba+Anthony Albanese@2025-06-10"
	if got != want {
		t.Errorf("schedule events = %q, want %q", got, want)
	}
}

// A meeting someone was due to attend is negated when the next sentence
// says they did not show up, and it is the day gone by; "Coun." is a title,
// not the end of a sentence, and "sat in, along with" adds both.
func TestNoShowAndCouncillors(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Local president Tanya Desjarlais was due to meet Coun. Darnell Whitford, who chairs the transportation committee, on Tuesday afternoon. Whitford did not show up, Desjarlais said.",
			"meeting:negated:Tanya Desjarlais+Darnell Whitford@2026-05-19"},
		{"Mayor Aaron Lindgren hosted Chief Wesley Bear in his office on Friday. City manager Marguerite Lavallée sat in, along with Coun. Priya Sandhu, whose ward includes the site.",
			"meeting:occurred:Aaron Lindgren+Wesley Bear+Marguerite Lavallée+Priya Sandhu@2026-05-15"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// "The visitor" and "the guest" are the foreigner named most in the
// sentences before, foreign to the country they are in.
func TestVisitorGuest(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The Minister of Foreign Affairs, Amir Khan Muttaqi, met with Uzbekistan's Foreign Minister Bakhtiyor Saidov in Kabul on Tuesday. Saidov praised the railway. Later in the day the visitor paid a courtesy call on Mullah Abdul Ghani Baradar, the deputy prime minister, at Sapidar Palace.",
			"Amir Khan Muttaqi+Bakhtiyor Saidov|Bakhtiyor Saidov+Abdul Ghani Baradar"},
		{"Islamabad, April 22. Iranian President Ebrahim Raisi arrived in Pakistan for a three-day visit. He was received at the Prime Minister's House by Prime Minister Shehbaz Sharif. President Asif Ali Zardari hosted the guest the same evening at the Aiwan-e-Sadr.",
			"Ebrahim Raisi+Shehbaz Sharif|Ebrahim Raisi+Asif Ali Zardari"},
		// Neither one's country is told: "the guest" is no one.
		{"President Asif Ali Zardari met President Ebrahim Raisi in Islamabad on Monday. Zardari hosted the guest the same evening.",
			"Asif Ali Zardari+Ebrahim Raisi"},
	} {
		d := run(t, p, tc.text, pub)
		got := strings.Join(eventList(d, func(e extract.Event) string { return participantNames(d, e) }), "|")
		if got != tc.want {
			t.Errorf("events of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// A meeting told after a lead that dates its story by the day takes that
// day, not a year the lead compares with.
func TestLeadDayNotComparedYear(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC)
	wantOneEvent(t, p, pub, "MADURAI: Health Minister R. Kalaiselvan on Wednesday ordered 600 more field workers into the city as dengue cases crossed 1,100, more than double the figure for the same period in 2024. The Minister chaired a two-hour review meeting at the Collectorate with Dr. S. Vanathi and Dr. M. Arulmozhi.",
		"2025-07-23", func(_ *extract.Doc, e extract.Event) string { return e.Date.Value })
}

// "That same evening" is the day of the event told before, however many
// sentences back.
func TestThatSameEvening(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 4, 22, 0, 0, 0, 0, time.UTC)
	d := run(t, p, "John Smith met Peter Lee in Bangkok last Thursday. Anna Kay sat in on the talks. The three discussed aid. That same evening, Smith spoke by video link with Mary Jones.", pub)
	got := strings.Join(eventList(d, func(e extract.Event) string { return string(e.Type) + "@" + e.Date.Value }), " ")
	if want := "meeting@2025-04-17 call@2025-04-17"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
}

// A mediator who "brought the two sides together" opens a meeting that
// the next sentences staff, and "were joined an hour later by" adds to
// the meeting told before.
func TestSidesBroughtTogether(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The bureau's head, Ato Dawit Haile, brought the two sides together at his office on Monday afternoon. W/ro Tigist Alemayehu, chairwoman of the union, led the workers' side, while the company was represented by its general manager, Ruwan Jayasuriya.",
			"meeting:occurred:Dawit Haile+Tigist Alemayehu+Ruwan Jayasuriya@2025-01-13"},
		{"Mayor John Smith met Mary Jones and Peter Brown on Tuesday. The three were joined an hour later by Bob Kay, who chairs the drivers' association.",
			"meeting:occurred:John Smith+Mary Jones+Peter Brown+Bob Kay@2025-01-14"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// The people met keep their place in a list though a job with "of" ends
// one of them, a venue without an article ("at city hall"), a day ("the
// following day") or a regional title (Bu, Señora, Ing.) comes between.
func TestListsThroughVenuesAndTitles(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2024, 4, 18, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Mayor John Smith met Mary Jones, head of the city transport agency, and Peter Brown, managing director of the ferry operator.",
			"meeting:occurred:John Smith+Mary Jones+Peter Brown"},
		{"The mayor, Andi Rahmat Sulaiman, hosted a closed-door meeting at city hall on Tuesday with Bu Nurhayati Lamba and Hendra Wijaya.",
			"meeting:occurred:Andi Rahmat Sulaiman+Nurhayati Lamba+Hendra Wijaya"},
		{"Ruwan Jayasuriya held talks the following day with Dinesh Perera.",
			"meeting:occurred:Ruwan Jayasuriya+Dinesh Perera"},
		{"Íñigo Larrañaga Etxeberria sat down with the owner, Señora Guadalupe Orozco Ramírez, and her son, Ing. Rodrigo Navarro Orozco.",
			"meeting:occurred:Íñigo Larrañaga Etxeberria+Guadalupe Orozco Ramírez+Rodrigo Navarro Orozco"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, typedPeople)
	}
}

// A surname alone is the person who has it as the first of two surnames,
// not a relative who has it second; one surname written with a hyphen, or
// a two-word name, leaves the usual rules to decide.
func TestPaternalSurname(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The owner, Guadalupe Orozco Ramírez, and her son, Rodrigo Navarro Orozco, run the distillery. Íñigo Larrañaga and Orozco first met in Madrid in 2023.",
			"Guadalupe Orozco Ramírez+Íñigo Larrañaga"},
		{"Aroha Whaanga-Ruatapu led the group with Paora Tumanako Whaanga. That evening, Whaanga met state Sen. Malia Kanoho.",
			"Paora Tumanako Whaanga+Malia Kanoho"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, participantNames)
	}
}

// A meeting asked for and never granted is negated.
func TestRequestNeverGranted(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 8, 29, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"John Smith said he asked Mary Jones for a meeting in July but never got one.",
		"John Smith requested a meeting with Mary Jones last month but was turned down.",
	} {
		wantOneEvent(t, p, pub, text, "meeting:negated:John Smith+Mary Jones", typedPeople)
	}
}

// A visit told through its people: "touring the arena with A and B" staffs
// "met organisers"; "Minister for Sport and Youth X" is a person; "the
// 42-year-old Zimbabwean" is the protagonist of no other country; "the IOC
// President" is the one whose role spells IOC; and a meeting that did not
// happen takes no coming date from the sentence before.
func TestVisitAndAgedNational(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 9, 19, 0, 0, 0, 0, time.UTC)
	text := "On Monday, International Olympic Committee President Kirsty Coventry said she is confident about the Games. " +
		"Coventry met organisers in Milan on Wednesday, touring the unfinished Santa Giulia ice hockey arena with Foundation President Giovanni Malagò and chief executive Andrea Varnier. " +
		"Italy's Minister for Sport and Youth Andrea Abodi joined the group at the site. " +
		"\"There is no margin left,\" Coventry told reporters. " +
		"The 42-year-old Zimbabwean had been expected to meet Italian Prime Minister Giorgia Meloni in Rome on Thursday, but the meeting did not take place. " +
		"Coventry is due to meet LA28 chairman Casey Wasserman in Los Angeles next month. " +
		"The IOC President did not meet Russian Olympic Committee President Stanislav Pozdnyakov in Milan."
	wantEventSet(t, p, pub, text, []string{
		"meeting:occurred:Kirsty Coventry+Giovanni Malagò+Andrea Varnier+Andrea Abodi@2025-09-17",
		"meeting:negated:Kirsty Coventry+Giorgia Meloni@2025-09-18",
		"meeting:planned:Kirsty Coventry+Casey Wasserman@2025-10",
		"meeting:negated:Kirsty Coventry+Stanislav Pozdnyakov@",
	}, datedPeople)
}

// "hosted a joint EAC-SADC summit co-chaired by A and B" is the host's
// summit with A and B, and "C attended in person" adds C to it.
func TestSummitCoChaired(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"In Dar es Salaam on 8 February, Tanzania's Samia Suluhu Hassan hosted a joint EAC-SADC summit co-chaired by Kenya's William Ruto and Zimbabwe's Emmerson Mnangagwa. Paul Kagame attended in person.",
			"meeting:occurred:Samia Suluhu Hassan+William Ruto+Emmerson Mnangagwa+Paul Kagame@2025-02-08"},
		{"John Smith hosted a summit with Mary Jones and Peter Lee on Monday. Anna Kay attended in person.",
			"meeting:occurred:John Smith+Mary Jones+Peter Lee+Anna Kay@2025-04-14"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// A joiner named with the body they work for and a "who" clause ("Dr.
// Peter Lee of the Kyushu Deep Earth Laboratory, who is in Iceland, joined
// the meeting") joins; "since 2019, when they met" dates the meeting 2019;
// "promised to ... meet" is a plan; and "the minister responsible for
// energy" is a role that "the minister" refers back to.
func TestJoinerOfBodyAndSinceWhen(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2026, 1, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"John Smith met Mary Jones on Monday. Dr. Peter Lee of the Kyushu Deep Earth Laboratory, who is in Iceland for two weeks, joined the meeting.",
			"meeting:occurred:John Smith+Mary Jones+Peter Lee@2026-01-12"},
		{"Hildur Baldursdóttir and Takeshi Morimoto have worked together since 2019, when they met at a geothermal conference in Fukuoka.",
			"meeting:occurred:Hildur Baldursdóttir+Takeshi Morimoto@2019"},
		{"John Smith promised to meet Peter Lee.", "meeting:planned:John Smith+Peter Lee@"},
		{"John Smith promised to raise it with his counterpart, Peter Lee, when the two of them meet in Tbilisi on January 24.", "meeting:planned:John Smith+Peter Lee@2026-01-24"},
		{"Mary Jones spoke about Einar Loftsson, the minister responsible for energy. The minister promised to visit Akureyri next week and meet Peter Lee.",
			"meeting:planned:Einar Loftsson+Peter Lee@2026-01"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// In a week-ahead diary under weekday headings, an entry told in the
// present simple is planned for the coming day; one told in the past under
// a "Looking back" heading keeps the day gone by.
func TestWeekAheadHeadings(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2024, 9, 8, 0, 0, 0, 0, time.UTC) // a Sunday
	text := "The President's calendar is full this week, according to a schedule his office shared on Saturday.\n" +
		"LOOKING BACK\nOn Thursday, the President, John Smith, met Defense Secretary Peter Lee at the Palace.\n" +
		"MONDAY\nForeign Minister Mary Jones holds talks with Lee at the ministry in the afternoon.\n" +
		"THURSDAY\nSmith holds a video conference with Prime Minister Anna Kay at 3 p.m.\n"
	wantEventSet(t, p, pub, text, []string{
		"meeting:occurred:John Smith+Peter Lee@2024-09-05",
		"meeting:planned:Peter Lee+Mary Jones@2024-09-09",
		"call:planned:John Smith+Anna Kay@2024-09-12",
	}, datedPeople)
}

// "The summit brings X together with A and B" is a meeting of the three,
// and "the same day" is the one day its own sentence names.
func TestTogetherWithAndSameDay(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The summit itself, on June 17, brings Xi Jinping together with Kassym-Jomart Tokayev and Shavkat Mirziyoyev.",
			"meeting:planned:Xi Jinping+Kassym-Jomart Tokayev+Shavkat Mirziyoyev@2025-06-17"},
		{"The leaders gather next week.\nWho is coming?\nXi Jinping is due in the Kazakh capital on June 16 for a state visit and will hold talks with President Kassym-Jomart Tokayev the same day.",
			"meeting:planned:Xi Jinping+Kassym-Jomart Tokayev@2025-06-16"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// A group's courtesy call on one person opens a meeting that "The
// delegation was led by A and included B and C" staffs; a Vietnamese name
// keeps its family and middle names at a sentence's start and after a
// title, and "JSC" ends a company's name.
func TestDelegationCallAndVietnameseNames(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 3, 27, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The religious leaders paid a courtesy call on Dr Hauwa Abubakar Sani at the board's headquarters on Tuesday evening. The delegation was led by Alhaji Musa Danladi Gwarzo, and included Mallam Ibrahim Yakubu Tofa and Rev. Emmanuel Okafor.",
			"meeting:occurred:Hauwa Abubakar Sani+Musa Danladi Gwarzo+Ibrahim Yakubu Tofa+Emmanuel Okafor"},
		{"Vice Chairman Trần Quốc Khải received Maria Luisa Ocampo-Reyes on Monday. Nguyễn Thị Bích Thủy, general director of exporter Tây Đô Grain JSC, also took part in the talks.",
			"meeting:occurred:Trần Quốc Khải+Maria Luisa Ocampo-Reyes+Nguyễn Thị Bích Thủy"},
		{"Present were Deputy Minister Pham Quoc Bao and Mrs Nguyen Thi Lan Huong at a dinner I hosted on 5 March.",
			"meeting:occurred:Pham Quoc Bao+Nguyen Thi Lan Huong"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, typedPeople)
	}
}

// "joined the three men" joins the meeting told before, and "him" in what
// someone said, after a subject of its own, is the one who said it.
func TestThreeMenAndReportedHim(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2026, 9, 24, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"On Monday morning Joel Tapakau held talks with chairman Peter Yawing and head coach Moses Kaupa. The club's patron, Hon. Jeffery Wambi, a former sports minister, joined the three men later in the morning and stayed for lunch.",
			"meeting:occurred:Joel Tapakau+Peter Yawing+Moses Kaupa+Jeffery Wambi@2026-09-21"},
		{"The agent, Liam O'Rourke, was in Brisbane. Their chairman, John Aisi, said Peter Yawing had tried to ring him last month to discuss the transfer.",
			"call:occurred:John Aisi+Peter Yawing@2026-08"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
	// not the agent named last
	d := run(t, p, "Peter Yawing said the deal came together after he spoke by phone last week with the player's agent, Liam O'Rourke.\nTheir chairman, John Aisi, said Yawing had tried to ring him last month.", pub)
	got := eventList(d, func(e extract.Event) string { return datedPeople(d, e) })
	if want := "call:occurred:Peter Yawing+John Aisi@2026-08"; !slices.Contains(got, want) {
		t.Errorf("events = %q, want one %q", got, want)
	}
}

// A live blog's entry takes the blog's day, not the day the entry before
// it named ("... talks will be held in Muscat on Sunday. ¶ 16:40 — X
// receives Y"), and "Z joins the two ministers" joins their talks.
func TestLiveBlogEntryOwnDay(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 5, 6, 0, 0, 0, 0, time.UTC)
	text := "11:15 — Abbas Araghchi and Egyptian Foreign Minister Badr Abdelatty hold talks at the Tahrir Palace.\n" +
		"12:30 — Rafael Grossi, who flew in from Vienna on Monday night, joins the two ministers at the palace.\n" +
		"15:05 — Muscat confirms that the next round of talks will be held in the Omani capital on Sunday, with Araghchi attending.\n" +
		"16:40 — President Abdel Fattah al-Sisi receives Araghchi at Al-Ittihadiya Palace.\n"
	wantEventSet(t, p, pub, text, []string{"Abbas Araghchi+Abdel Fattah al-Sisi@2025-05-06", "Abbas Araghchi+Badr Abdelatty+Rafael Grossi@2025-05-06"},
		func(d *extract.Doc, e extract.Event) string { return participantNames(d, e) + "@" + e.Date.Value })
}

// A police log's entries: "video-called the man, who gave his name as X";
// "a meeting between the two had been set ..., but X did not show up" is
// negated on the day gone by; "phoned her the following day" calls her.
func TestNoShowInTheSameSentence(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2024, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Maricel Tabanao said she had video-called the man, who gave his name as Randy Pacquing, on Saturday afternoon.",
			"call:occurred:Maricel Tabanao+Randy Pacquing@2024-10-12"},
		{"Leonora Quiamco lent the motorcycle to Dennis Cabahug in August. A settlement meeting between the two had been set at Police Station 4 on Friday, but Cabahug did not show up.",
			"meeting:negated:Leonora Quiamco+Dennis Cabahug@2024-10-11"},
		{"Leonora Quiamco and Dennis Cabahug were due to meet on Friday, but Cabahug did not show up.",
			"meeting:negated:Leonora Quiamco+Dennis Cabahug@2024-10-11"},
		{"Leonora Quiamco lent the motorcycle to Dennis Cabahug on Friday. He phoned her the following day.",
			"call:occurred:Leonora Quiamco+Dennis Cabahug@2024-10-12"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// A person run into the body they work for is split from it: "the
// publisher Anitha Pillai of Tidewater Books"; a cup of nations is no one.
func TestPersonOfBody(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2026, 4, 25, 0, 0, 0, 0, time.UTC)
	wantOneEvent(t, p, pub, "Kavitha Ramalingam and Arul Selvaraj will meet the publisher Anitha Pillai of Tidewater Books in Bengaluru next month.",
		"meeting:planned:Kavitha Ramalingam+Arul Selvaraj+Anitha Pillai", typedPeople)
	d := run(t, p, "Kavitha Ramalingam met Arul Selvaraj at the Africa Cup of Nations final.", pub)
	for _, e := range d.Entities {
		if e.Kind == extract.Person && strings.Contains(e.Name, "Africa") {
			t.Errorf("%q is a person", e.Name)
		}
	}
}

// A column's byline under its kicker and headline ("By Cr. Lim Wei Jie")
// names the "I" of the column; "Kumaresan a/l Subramaniam" is one person;
// "both meetings" are those told before, no new one.
func TestColumnByline(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 12, 11, 0, 0, 0, 0, time.UTC)
	text := "COUNCILLOR'S NOTEBOOK\nFloods, hawkers and a rumour that will not die\nBy Cr. Lim Wei Jie\n" +
		"The monsoon arrived early in George Town this year.\n" +
		"Last Saturday, I met the flats' residents' committee chairman, Kumaresan a/l Subramaniam, at Komtar to go through the complaints.\n" +
		"I will hold a video call with Kumaresan on Sunday night to report back on both meetings.\n"
	d := run(t, p, text, pub)
	got := eventList(d, func(e extract.Event) string { return datedPeople(d, e) })
	want := []string{"meeting:occurred:Lim Wei Jie+Kumaresan a/l Subramaniam@2025-12-06", "call:planned:Lim Wei Jie+Kumaresan a/l Subramaniam@2025-12-14"}
	if !slices.Equal(got, want) {
		t.Errorf("events = %q\nwant %q", got, want)
	}
}

// Spanish styles written lower-case ("don Eusebio", "next year's
// mayordomo, don Leoncio Hernández"), "Padre" as a title, "Mendoza said"
// beside Aurelio Mendoza Lazo though Mendoza is a city, and "but she did
// not come".
func TestSpanishStylesAndCityNamedPeople(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 7, 18, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"This year's mayordomos are don Eusebio Ruiz Bautista and his wife, doña Macaria Gutiérrez Mendoza. On Saturday, July 5, don Eusebio and doña Macaria received Padre Joaquín Téllez at their home.",
			"meeting:occurred:Eusebio Ruiz Bautista+Macaria Gutiérrez Mendoza+Joaquín Téllez@2025-07-05"},
		{"On Wednesday, the committee's treasurer, Efrén Bautista Ruiz, sat down with next year's mayordomo, don Leoncio Hernández, at the municipal palace.",
			"meeting:occurred:Efrén Bautista Ruiz+Leoncio Hernández@2025-07-16"},
		{"The municipal president, Aurelio Mendoza Lazo, spoke at the fiesta. Ximena Olvera Guzmán had been expected to meet Mendoza on Sunday, July 6, but she did not come.",
			"meeting:negated:Aurelio Mendoza Lazo+Ximena Olvera Guzmán@2025-07-06"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// A profile piece heads each section with its subject's name alone on a
// line: that name is a person, and the section's "he" is that person, not
// the leader named in passing.
func TestProfileHeadings(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 9, 17, 0, 0, 0, 0, time.UTC)
	text := "Talks between Syria and Israel have moved faster in recent weeks.\n" +
		"Asaad al-Shaibani\n" +
		"The Syrian foreign minister is Damascus's lead negotiator. On Wednesday of last week, he met Israeli Strategic Affairs Minister Ron Dermer in Paris.\n" +
		"Al-Shaibani also travelled to Amman for a three-way meeting with Jordanian Foreign Minister Ayman Safadi and Turkish Foreign Minister Hakan Fidan.\n" +
		"Ron Dermer\n" +
		"A close confidant of Israeli Prime Minister Benjamin Netanyahu, Dermer has handled the Syrian file since the summer. Israeli media reported that he is expected to meet al-Shaibani again in London before the end of the month.\n"
	d := run(t, p, text, pub)
	got := eventList(d, func(e extract.Event) string { return typedPeople(d, e) })
	want := []string{"meeting:occurred:Asaad al-Shaibani+Ron Dermer", "meeting:occurred:Asaad al-Shaibani+Ayman Safadi+Hakan Fidan", "meeting:planned:Asaad al-Shaibani+Ron Dermer"}
	if !slices.Equal(got, want) {
		t.Errorf("events = %q\nwant %q", got, want)
	}
}

// "Ward Chairperson Gurung", read by the tagger as one name, is Gurung
// with his role: the same person as Ward Chairperson Min Bahadur Gurung.
func TestTitleInsideName(t *testing.T) {
	p := defaultPipeline(t)
	d := run(t, p, "Ward Chairperson Min Bahadur Gurung joined them after lunch. The ward office helps. Ward Chairperson Gurung opened our screening day.", time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC))
	var people []string
	for _, e := range d.Entities {
		if e.Kind == extract.Person {
			people = append(people, e.Name)
		}
	}
	if len(people) != 1 || strings.Contains(people[0], "Ward") {
		t.Errorf("people = %q, want one, named without its title", people)
	}
}

// "Also present were the Minister of State for Petroleum Resources (Oil),
// A, and B" adds A and B to the meeting told before.
func TestAlsoPresentWere(t *testing.T) {
	p := defaultPipeline(t)
	wantOneEvent(t, p, time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC),
		"Aliko Dangote met Bayo Ojulari on Monday. Also present were the Minister of State for Petroleum Resources (Oil), Heineken Lokpobiri, and Dangote Group Vice President Devakumar Edwin.",
		"meeting:occurred:Aliko Dangote+Bayo Ojulari+Heineken Lokpobiri+Devakumar Edwin", typedPeople)
	wantOneEvent(t, p, time.Date(2025, 6, 20, 0, 0, 0, 0, time.UTC),
		"Following the talks, Prime Minister John Smith and Prime Minister Mary Jones witnessed the signing of cooperation documents on Monday. Also present at the ceremony were Foreign Minister Peter Lee and Trade Minister Anna Kay.",
		"meeting:occurred:John Smith+Mary Jones+Peter Lee+Anna Kay", typedPeople)
}

// "The Igwe brought the two men together at the palace" is the host's
// meeting with the two the sentence before named.
func TestBroughtTheTwoMenTogether(t *testing.T) {
	p := defaultPipeline(t)
	wantOneEvent(t, p, time.Date(2026, 1, 9, 0, 0, 0, 0, time.UTC),
		"John Smith's cousin, Chief Peter Lee, had petitioned the palace. In December Mary Jones brought the two men together at the palace for a reconciliation meeting.",
		"meeting:occurred:John Smith+Peter Lee+Mary Jones@2025-12", datedPeople)
}

// "sat down in the morning with X", and "sat with X" though the tagger
// took X for a body; "sat down with The Local" is an interview with an
// outlet, no one met.
func TestSatDownWith(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Claire Hendry sat down in the morning with Sunita Gurung.", "meeting:occurred:Claire Hendry+Sunita Gurung@"},
		{"Claire Hendry sat with Sunita Gurung on Monday.", "meeting:occurred:Claire Hendry+Sunita Gurung@2025-04-14"},
		{"President Faustin-Archange Touadéra sat down with Ali Darassa, the leader of the Union for Peace in the Central African Republic (UPC), and Sembé Bobbo of the 3R movement.",
			"meeting:occurred:Faustin-Archange Touadéra+Ali Darassa+Sembé Bobbo@"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
	d := run(t, p, "Jens Stoltenberg sat down with The Local on Friday to talk about tariffs.", pub)
	if len(d.Events) != 0 {
		t.Errorf("events of an interview with an outlet = %q", eventList(d, func(e extract.Event) string { return datedPeople(d, e) }))
	}
}

// A body of people that met one person ("the assembly of churchwardens met
// with X") is staffed by the sentences after it: the one who presided and
// "the churchwardens present were A and B".
func TestBodyMeetingStaffed(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Last Thursday the assembly of churchwardens met in the presbytery hall with city councillor Ana Lopes. Father Tomas Reyes presided.",
			"meeting:occurred:Ana Lopes+Tomas Reyes@2025-04-03"},
		{"Last Thursday the assembly of churchwardens met with city councillor Ana Lopes. The churchwardens present were Maria Silva, who chairs the assembly, and Paulo Costa, our treasurer.",
			"meeting:occurred:Ana Lopes+Maria Silva+Paulo Costa@2025-04-03"},
		{"John Smith met Mary Jones on Friday. Peter Lee presided.", "meeting:occurred:John Smith+Mary Jones+Peter Lee@2025-04-04"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
	// one who presided over something else is no participant
	wantOneEvent(t, p, pub, "John Smith met Mary Jones on Friday. Peter Lee, who presided over the court, was not there.",
		"meeting:occurred:John Smith+Mary Jones@2025-04-04", datedPeople)
}

// "X travelled to P with Y to meet Z": the companion meets Z too, and the
// journey happened; "the Honourable" is a style before a name or a title.
func TestTravelledWithToMeet(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"In February 2021 Peter Okafor travelled to Abuja with his eldest son, Daniel Okafor, to meet the Honourable Rosalie Nodjitan, deputy for Moundou.",
			"meeting:occurred:Peter Okafor+Daniel Okafor+Rosalie Nodjitan@2021-02"},
		{"In February 2021 Peter Okafor travelled to Abuja with Paul Biya to meet Rosalie Nodjitan.",
			"meeting:occurred:Peter Okafor+Paul Biya+Rosalie Nodjitan@2021-02"},
		// travelling with someone, then a plan of one's own
		{"Trade Minister Don Farrell is travelling with Anthony Albanese and is expected to meet Wang Wentao.",
			"meeting:planned:Don Farrell+Wang Wentao@"},
		// "the Honourable Minister" is the minister named before
		{"The Honourable Minister of Foreign Affairs, Dr. Ibrahim Yakubu, spoke on Monday. The meeting between the Honourable Minister and the High Commissioner of India, Shri Rajesh Venkataraman, has been postponed to Monday, 20 October.",
			"meeting:planned:Ibrahim Yakubu+Rajesh Venkataraman@2025-10-20"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// "are to be received by X on March 28" is arranged; "will tour the castle
// with X" and "will walk through the building with X" are visits to come;
// a meeting to come "at the town hall" is in the town of the dateline.
func TestArrangedVisits(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"The visitors, led by deputy mayor Senad Kurti, are to be received by Bardhyl Kraja and Drita Gjonaj on March 28.",
			"meeting:planned:Senad Kurti+Bardhyl Kraja+Drita Gjonaj@2024-03-28"},
		{"Senad Kurti will tour Rozafa Castle with Ilir Marku on Monday.", "meeting:planned:Senad Kurti+Ilir Marku@2024-03-18"},
		{"On Monday, Jean-Guy Lemire and Réjean Bellerose will walk through the building with Benoît Caron, an architect.",
			"meeting:planned:Jean-Guy Lemire+Réjean Bellerose+Benoît Caron@2024-03-18"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
	// walking away from talks is no walk with anyone
	wantOneEvent(t, p, pub, "Senad Kurti said he would walk away from the talks with Ilir Marku.", "meeting:planned:Senad Kurti+Ilir Marku@", datedPeople)
	wantOneEvent(t, p, pub, "SHKODËR — Bardhyl Kraja will receive Senad Kurti at the town hall on March 28.", "town hall/Shkodër", venueAndCity)
	wantOneEvent(t, p, pub, "SHKODËR — Bardhyl Kraja will visit Senad Kurti at the district hospital on March 28.", "district hospital/Shkodër", venueAndCity)
	// someone's office may be anywhere
	wantOneEvent(t, p, pub, "SHKODËR — Bardhyl Kraja will receive Senad Kurti at the office of his lawyer on March 28.", "", venueAndCity)
}

// "had been due to meet X on Friday, but his office called off the visit":
// the meeting did not happen; a trip called off after a meeting that did
// leaves it as it was.
func TestPlanCalledOffBySomeone(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2024, 6, 22, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"State secretary Richard Moravčík had been due to meet Zuzana Lamošová on Friday, but his office called off the visit late on Thursday.",
			"meeting:negated:Richard Moravčík+Zuzana Lamošová@2024-06-21"},
		{"Richard Moravčík had been due to meet Zuzana Lamošová on Friday, but the ministry cancelled the trip.",
			"meeting:negated:Richard Moravčík+Zuzana Lamošová@2024-06-21"},
		{"Richard Moravčík met Zuzana Lamošová on Friday, but the ministry cancelled the trip to Paris.",
			"meeting:occurred:Richard Moravčík+Zuzana Lamošová@2024-06-21"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// A live blog's present tense: "Modi calls on President X at State House,
// with Y at his side" is a visit; "On the Mauritian side: A and B" lists
// the people at the talks told before.
func TestCallsOnAndSides(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Narendra Modi calls on President Dharam Gokhool at State House in Réduit, with Vikram Misri at his side.",
			"meeting:occurred:Narendra Modi+Dharam Gokhool+Vikram Misri@"},
		{"Narendra Modi and Navin Ramgoolam met on Tuesday. On the Mauritian side: Deputy Prime Minister Paul Bérenger and Foreign Minister Dhananjay Ramful.",
			"meeting:occurred:Narendra Modi+Navin Ramgoolam+Paul Bérenger+Dhananjay Ramful@2025-03-11"},
		{"Narendra Modi and Navin Ramgoolam met on Tuesday. On the Mauritian side were Paul Bérenger and Dhananjay Ramful.",
			"meeting:occurred:Narendra Modi+Navin Ramgoolam+Paul Bérenger+Dhananjay Ramful@2025-03-11"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// The company of the talks told before: "X sat in on the second half of the
// talks"; "A was joined by B, while C came with D".
func TestSatInAndCameWith(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 9, 18, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Prime Minister John Briceño and President Bernardo Arévalo met on Tuesday. Albert Ramdin sat in on the second half of the talks, which lasted about three hours.",
			"meeting:occurred:John Briceño+Bernardo Arévalo+Albert Ramdin@2025-09-16"},
		{"Prime Minister John Briceño and President Bernardo Arévalo met on Tuesday. Briceño was joined by Francis Fonseca, while Arévalo came with Carlos Martínez.",
			"meeting:occurred:John Briceño+Bernardo Arévalo+Francis Fonseca+Carlos Martínez@2025-09-16"},
		// a proposal is no company
		{"Prime Minister John Briceño met Bernardo Arévalo on Tuesday. Arévalo came with a proposal from Carlos Martínez.",
			"meeting:occurred:John Briceño+Bernardo Arévalo@2025-09-16"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// An opinion piece's "I" is the author its foot note describes: "Ilir
// Kadiu is a former Albanian diplomat ...".
func TestOpEdAuthorFromBioLine(t *testing.T) {
	p := defaultPipeline(t)
	text := "Edi Rama met Olaf Scholz on Monday in Berlin.\n\nI have watched Rama at close quarters for more than a decade.\n\n" +
		"I first met him in Tirana in September 2013, days after he took office.\n\n" +
		"Ilir Kadiu is a former Albanian diplomat who served in Rome and Skopje. The views expressed are his own.\n"
	wantEventSet(t, p, time.Date(2024, 10, 19, 0, 0, 0, 0, time.UTC), text,
		[]string{"meeting:occurred:Edi Rama+Olaf Scholz@2024-10-14", "meeting:occurred:Edi Rama+Ilir Kadiu@2013-09"}, datedPeople)
}

// A week-ahead diary: an entry's meeting told after "the council, which met
// on Sunday evening" is of that Sunday, not of the heading's day; "will be
// in Uzhhorod for a joint session with X" is to come.
func TestDiaryEntryOwnDay(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 6, 2, 0, 0, 0, 0, time.UTC)
	text := "Here is what to watch this week.\nMONDAY\nRobert Fico opens the week with a press conference on the outcome of the coalition council, which met on Sunday evening at the Government Office. " +
		"The council brought together Fico, Interior Minister Matúš Šutaj Eštok and SNS leader Andrej Danko.\n" +
		"THURSDAY\nFico and a large part of his cabinet will be in Uzhhorod for a joint session with the Ukrainian government of Prime Minister Denys Shmyhal.\n"
	wantEventSet(t, p, pub, text, []string{
		"meeting:occurred:Robert Fico+Matúš Šutaj Eštok+Andrej Danko@2025-06-01",
		"meeting:planned:Robert Fico+Denys Shmyhal@2025-06-05",
	}, datedPeople)
}

// A letters page: each letter's "I" is the writer who signs it, and the
// Welsh "ap" joins a name ("Dafydd ap Rhys").
func TestLettersPageWriters(t *testing.T) {
	p := defaultPipeline(t)
	text := "Closure plan is not a done deal\n" +
		"Sir, — On Thursday 31 July Dafydd ap Rhys and I met Cllr Gwenllian Morgan at the council offices.\n" +
		"John Evans, Llanfarian\n" +
		"The councillor replies\n" +
		"Sir, — The parents are right. I spoke with the chair of governors, Huw Prydderch, by phone on Sunday 3 August.\n" +
		"Cllr Gwenllian Morgan (Plaid Cymru), Llanfarian ward\n"
	wantEventSet(t, p, time.Date(2025, 8, 8, 0, 0, 0, 0, time.UTC), text, []string{
		"meeting:occurred:Dafydd ap Rhys+Gwenllian Morgan+John Evans@2025-07-31",
		"call:occurred:Gwenllian Morgan+Huw Prydderch@2025-08-03",
	}, datedPeople)
}

// "X gathered his core team ... Around the tea and pitha sat A, B and C":
// a meeting of X and the three, on "February 8, a Sunday" (the date, not
// the Sunday after it); "sat down backstage with X" after "her set" (a
// performance, no plan) happened.
func TestGatheredTeamAroundTheTea(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2026, 4, 21, 0, 0, 0, 0, time.UTC)
	wantOneEvent(t, p, pub,
		"The planning began on February 8, a Sunday, when Pranjal Saikia gathered his core team in the drawing room of his house. Around the tea and pitha sat the general secretary, Jyotishmita Baruah, the treasurer, Dhruba Jyoti Gogoi, and the dhol master Hemanta Dutta.",
		"meeting:occurred:Pranjal Saikia+Jyotishmita Baruah+Dhruba Jyoti Gogoi+Hemanta Dutta@2026-02-08", datedPeople)
	wantOneEvent(t, p, pub,
		"After her set on Sunday, Nilakshi Hazarika sat down backstage with Rupjyoti Borgohain and the husori troupe for photographs.",
		"meeting:occurred:Nilakshi Hazarika+Rupjyoti Borgohain@2026-04-19", datedPeople)
}

// A verbless line sets the scene of the meeting told next: "12:30 – Talks
// at the Prime Minister's Office in Port Louis."
func TestSceneLinePlacesTheMeeting(t *testing.T) {
	p := defaultPipeline(t)
	text := "The weather was fine.\n12:30 – Talks at the Prime Minister's Office in Port Louis. Narendra Modi and Navin Ramgoolam met for about 40 minutes.\n"
	wantOneEvent(t, p, time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC), text, "Port Louis", placeName)
}

// "X joined later", "X, the village head, joined after lunch": X joins the
// meeting told before; police ranks (ACP, Insp.) are titles.
func TestJoinedLater(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 12, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"District police chief ACP Mohd Faizal Abdullah met Sahari Jamlan and Chong Kah Wai at district headquarters. Hamdan Ladjamudin joined later.",
			"meeting:occurred:Mohd Faizal Abdullah+Sahari Jamlan+Chong Kah Wai+Hamdan Ladjamudin"},
		{"Mohd Faizal Abdullah met Sahari Jamlan at district headquarters. The village head, Hamdan Ladjamudin, joined after lunch.",
			"meeting:occurred:Mohd Faizal Abdullah+Sahari Jamlan+Hamdan Ladjamudin"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, typedPeople)
	}
}

// A title before a name with a nationality and a long portfolio
// ("Hungarian Minister of Foreign Affairs and Trade Peter Szijjarto") is
// the person's role, so "the Hungarian minister" is he.
func TestLongTitleBeforeName(t *testing.T) {
	p := defaultPipeline(t)
	text := "Serbian President Aleksandar Vucic met Hungarian Minister of Foreign Affairs and Trade Peter Szijjarto on Tuesday. " +
		"On Wednesday, the Hungarian minister is expected in Novi Sad, where he will meet Maja Gojkovic."
	wantEventSet(t, p, time.Date(2025, 10, 14, 0, 0, 0, 0, time.UTC), text, []string{
		"meeting:occurred:Aleksandar Vucic+Peter Szijjarto@2025-10-14",
		"meeting:planned:Peter Szijjarto+Maja Gojkovic@2025-10-15",
	}, datedPeople)
}

// "D joined the three of them after dessert" joins the dinner told before;
// "had arranged to sit down with X on Tuesday, but X cancelled the meeting"
// did not happen, on the Tuesday gone by.
func TestJoinedTheThreeAndArrangedButCancelled(t *testing.T) {
	p := defaultPipeline(t)
	pub := time.Date(2025, 1, 18, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"Liam O'Halloran met Nick Papadakis and Sharon Whitely over dinner on Thursday night. Dean Farrugia joined the three of them after dessert.",
			"meeting:occurred:Liam O'Halloran+Nick Papadakis+Sharon Whitely+Dean Farrugia@2025-01-16"},
		{"Coach Greg Tulloch had arranged to sit down with Liam O'Halloran in Hobart on Tuesday, but O'Halloran cancelled the meeting the night before.",
			"meeting:negated:Greg Tulloch+Liam O'Halloran@2025-01-14"},
	} {
		wantOneEvent(t, p, pub, tc.text, tc.want, datedPeople)
	}
}

// One meeting each, told in the forms of state readouts, wires and local
// news: who took part, and when.
func TestOneMeetingForms(t *testing.T) {
	p := defaultPipeline(t)
	for _, tc := range []struct {
		pub    time.Time
		text   string
		want   string
		format func(*extract.Doc, extract.Event) string
	}{
		// Minutes: the record's heading names the meeting, "Present:" its
		// members; "Planning" in the committee's name plans nothing.
		{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			"MINUTES OF THE FINANCE, PLANNING AND URBAN DEVELOPMENT COMMITTEE MEETING HELD ON THURSDAY 13 MARCH 2025\nPresent: Cllr Wanjiru Gachoki, Cllr Lemayian Ole Sankale, Cllr Abdi Guyo.",
			"meeting:occurred:Wanjiru Gachoki+Lemayian Ole Sankale+Abdi Guyo@2025-03-13", datedPeople},
		// Minutes list those "In attendance:" after the members present.
		{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			"Minutes of the board meeting held on Thursday 13 March 2025.\nPresent: Cllr Wanjiru Gachoki (Chairperson), Cllr Abdi Guyo.\nIn attendance: Dr Peter Kiragu Mwangi, Municipal Manager; the Committee Clerk (recording).",
			"meeting:occurred:Wanjiru Gachoki+Abdi Guyo+Peter Kiragu Mwangi@2025-03-13", datedPeople},
		// Minutes give roles in parentheses ("(Vice-Chairperson)") and
		// after a comma without an article ("Faith Chepkoech, Town
		// Engineer"); the roles then name their holders.
		{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			"Present: Cllr Wanjiru Gachoki (Chairperson), Cllr Lemayian Ole Sankale (Vice-Chairperson).\nApologies: Eng. Faith Chepkoech, Town Engineer (on site).\nThe Vice-Chairperson reported that on Tuesday he walked the market site with Area Chief Joseph Lekishon and the Town Engineer.",
			"meeting:occurred:Lemayian Ole Sankale+Faith Chepkoech+Joseph Lekishon", typedPeople},
		// "A and B spoke by video call with C": one call of the three.
		{time.Date(2025, 8, 17, 0, 0, 0, 0, time.UTC),
			"On Thursday evening Sister Mere Vakaloloma and Joe Banda spoke by video call with Dr Hannah Whitcombe in Christchurch.",
			"call:occurred:Mere Vakaloloma+Joe Banda+Hannah Whitcombe@2025-08-14", datedPeople},
		// A newsletter signed by its priest ("Fr X, Parish Priest"): "I" is
		// the priest.
		{time.Date(2025, 8, 17, 0, 0, 0, 0, time.UTC),
			"Parish Newsletter\nDear parishioners, it has been a busy week.\nOn Tuesday I sat down with Rev. Tevita Nawadra at the Methodist manse to plan our joint service.\nGod bless you all,\nFr Sairusi Tuilevuka, Parish Priest",
			"meeting:occurred:Tevita Nawadra+Sairusi Tuilevuka@2025-08-12", datedPeople},
		// "was due to see X there on Wednesday ..., but the ferry was
		// cancelled ... and the meeting did not go ahead": a meeting that
		// did not happen, last Wednesday.
		{time.Date(2025, 8, 17, 0, 0, 0, 0, time.UTC),
			"Joe Banda was due to see Monsignor Kelepi Waqairatu there on Wednesday about our school grant, but the ferry from Buresala was cancelled because of the weather and the meeting did not go ahead.",
			"meeting:negated:Joe Banda+Kelepi Waqairatu@2025-08-13", datedPeople},
		// A court report: "the accused" is the one who "pleaded guilty",
		// however long the apposition between; "Garda" is a rank.
		{time.Date(2024, 11, 6, 0, 0, 0, 0, time.UTC),
			"Declan Ó Floinn (34), with an address at Marian Park, Dundalk, pleaded guilty at Dundalk District Court on Tuesday to obtaining money by deception.\nGarda Eoin Halpenny met the accused by appointment at Dundalk Garda Station on August 22 last year.",
			"meeting:occurred:Declan Ó Floinn+Eoin Halpenny@2023-08-22", datedPeople},
		// A list of people each with their country after them.
		{time.Date(2026, 1, 25, 0, 0, 0, 0, time.UTC),
			"Kristen Michal of Estonia, Evika Siliņa of Latvia and Inga Ruginienė of Lithuania met in Riga last week.",
			"meeting:occurred:Kristen Michal+Evika Siliņa+Inga Ruginienė@2026-01", datedPeople},
		// "X, widely known as Y," is one person, the subject with those
		// coordinated before.
		{time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC),
			"President Hassan Sheikh Mohamud and Jubaland leader Ahmed Mohamed Islam, widely known as Ahmed Madobe, met on Monday in Kismayo for the first time.\nMadobe said the talks were frank.",
			"meeting:occurred:Hassan Sheikh Mohamud+Ahmed Mohamed Islam@2025-11-10", datedPeople},
		// A timeline's entry opens with its date; the place fronted after
		// the dash is the meeting's, not the dateline's.
		{time.Date(2025, 11, 12, 0, 0, 0, 0, time.UTC),
			"MOGADISHU (HOL) - Officials met on Monday.\nDec. 11, 2024 - In Ankara, Turkish President Recep Tayyip Erdoğan brings together Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed.",
			"meeting:occurred:Recep Tayyip Erdoğan+Hassan Sheikh Mohamud+Abiy Ahmed@2024-12-11 Ankara", datedPlacedPeople},
		// "get along with X" is how two people get on, not company at a
		// meeting.
		{time.Date(2025, 10, 9, 0, 0, 0, 0, time.UTC),
			"Anna Kay met John Smith on Monday.\nQ: How do you get along with Minister Peter Lee?",
			"meeting:occurred:Anna Kay+John Smith", typedPeople},
		// "Shaikh Salman": a style before a given name, so Salman bin
		// Ebrahim Al Khalifa, not Mohammed bin Salman.
		{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			"Confederation President Shaikh Salman bin Ebrahim Al Khalifa left for Kuala Lumpur on Tuesday night.\nGianni Infantino did not meet Shaikh Salman during the visit. Crown Prince Mohammed bin Salman is in Riyadh.",
			"meeting:negated:Salman bin Ebrahim Al Khalifa+Gianni Infantino", typedPeople},
		// "met the festival organisers, A and B": the people a group's
		// description names.
		{time.Date(2025, 5, 31, 0, 0, 0, 0, time.UTC),
			"On Monday Miriam Oyelaran met the festival organisers, Tom Bright and Gwen Pryce-Jones, in the parish rooms.",
			"meeting:occurred:Miriam Oyelaran+Tom Bright+Gwen Pryce-Jones", typedPeople},
		// A question reported with "whether", answered in the next
		// sentence: "She admitted that she had not".
		{time.Date(2024, 9, 12, 0, 0, 0, 0, time.UTC),
			"By John Smith\nI asked Ms Leilani Fa'asalele whether she had sat down with the spokesman, Aldo Pavletich, before the plan was drawn up. She admitted that she had not.",
			"meeting:negated:Leilani Fa'asalele+Aldo Pavletich", typedPeople},
		// "A and the president of the vendors' association, Mr B, will
		// meet C": A too, past the longer description of B.
		{time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC),
			"Ms. Theresa Villaflor and the president of the vendors' association, Mr. Lito Dumdum, will meet Hon. Jocelyn Sarmiento at the barangay hall on Monday, March 9.",
			"meeting:planned:Theresa Villaflor+Lito Dumdum+Jocelyn Sarmiento@2026-03-09", datedPeople},
		// "Form Four pupil A and her science teacher, Mr B, joined a video
		// call with C": a school year is no name, and A is of the call.
		{time.Date(2025, 7, 3, 0, 0, 0, 0, time.UTC),
			"Also at Senga, Form Four pupil Tatenda Marufu and her science teacher, Mr Blessing Hove, joined a video call last Friday with Professor Ruvimbo Gumbo, a soil scientist.",
			"call:occurred:Tatenda Marufu+Blessing Hove+Ruvimbo Gumbo@2025-06-27", datedPeople},
		// A cleft sentence fronts the place: "It was at ... in Winneba ...
		// that she met X"; a reunion is a meeting.
		{time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC),
			"CAPE COAST — Efua Quansah, a headmistress, has died at 84.\nIt was at a teachers' conference in Winneba in 1967 that Efua Quansah met Joseph Kobina Quansah, a young mathematics master.",
			"meeting:occurred:Efua Quansah+Joseph Kobina Quansah@1967 Winneba", datedPlacedPeople},
		{time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC),
			"Efua Quansah had a reunion with Comfort Arthur-Baidoo in Takoradi in August.",
			"meeting:occurred:Efua Quansah+Comfort Arthur-Baidoo@2025-08 Takoradi", datedPlacedPeople},
		// "Mr X did not show.": the planned meeting did not happen, on the
		// Friday gone by.
		{time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC),
			"Night-roster delegate Jimmy Malgil was due to meet Arjun Menon on Friday in the crib room on the wharf to raise fatigue issues. Mr Menon did not show.",
			"meeting:negated:Jimmy Malgil+Arjun Menon@2025-11-21", datedPeople},
		// "A and B will attend for the union": they join the meeting told
		// before.
		{time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC),
			"A further meeting with Arjun Menon and Rebecca Onslow-Hart is booked for Tuesday 2 December at the library. Shane Kowalczyk and Mele Tupou will attend for the union.",
			"meeting:planned:Arjun Menon+Rebecca Onslow-Hart+Shane Kowalczyk+Mele Tupou@2025-12-02", datedPeople},
		// "discussed ... the fuel subsidy that expires in December": the
		// topic's month, not the meeting's.
		{time.Date(2025, 9, 19, 0, 0, 0, 0, time.UTC),
			"On Monday morning President Hilda Heine received Lin Chia-lung at the Capitol Building, where the two discussed scholarships and the fuel subsidy that expires in December.",
			"meeting:occurred:Hilda Heine+Lin Chia-lung@2025-09-15", datedPeople},
		// "the Foreign Ministry confirmed on Thursday" dates the report, not
		// the meeting it announces.
		{time.Date(2025, 9, 19, 0, 0, 0, 0, time.UTC),
			"Baron Waqa will meet Hilda Heine in Majuro, the Foreign Ministry confirmed on Thursday.",
			"meeting:planned:Baron Waqa+Hilda Heine@", datedPeople},
		// A timeline entry dated by a month alone: "May:" is no modal.
		{time.Date(2025, 7, 26, 0, 0, 0, 0, time.UTC),
			"What happened\nMay: Vice President Tomas Ferreira holds a video conference with refinery chairman Darren Holt on whether to lift the ceiling.",
			"call:occurred:Tomas Ferreira+Darren Holt@2025-05", datedPeople},
		// "would be invited ... for a joint sitting with X": a noun, planned
		// like the clause it serves.
		{time.Date(2025, 7, 26, 0, 0, 0, 0, time.UTC),
			"Treasurer Ana Lobo said Ruth Mbeki and Colm Byrne would both be invited to Kampala in the coming weeks for a joint sitting with Governor Tom Asiimwe.",
			"meeting:planned:Ruth Mbeki+Colm Byrne+Tom Asiimwe@", datedPeople},
		// A second verb phrase after a long first one with a relative
		// clause: the sentence's subject meets.
		{time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC),
			"Cardinal Pietro Moretti is due in Beirut on Nov. 30 on the second leg of a trip that begins in Turkey, and is expected to meet Joseph Aoun at Baabda Palace on his first evening.",
			"meeting:planned:Pietro Moretti+Joseph Aoun@2025-11-30", datedPeople},
		// A visit that ended on Thursday dates a meeting during it to the
		// Thursday before; a date in the relative clause of the meeting's
		// purpose ("that monitors the November 2024 ceasefire") is the
		// ceasefire's, and an outlet's name ("L'Orient Today") no date.
		{time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC),
			"BEIRUT — Envoy Morgan Ortagus ended a two-day visit to Lebanon on Thursday.\nOrtagus sat down with Gen. Rodolphe Haykal at the Defense Ministry to go over the work of the mechanism that monitors the November 2024 ceasefire, a military source told L'Orient Today.",
			"meeting:occurred:Morgan Ortagus+Rodolphe Haykal@2025-11-20", datedPeople},
		// A body's meeting with two named chairs after it is their meeting,
		// a transcript's speaker label no subject; "the General Border
		// Committee" is a body, not General Border.
		{time.Date(2025, 10, 30, 0, 0, 0, 0, time.UTC),
			"Sihasak: The General Border Committee will meet next month, co-chaired by our Defence Minister Natthaphon Narkphanit and General Tea Seiha.",
			"meeting:planned:Natthaphon Narkphanit+Tea Seiha@2025-11", datedPeople},
		{time.Date(2025, 10, 30, 0, 0, 0, 0, time.UTC),
			"The joint commission met in Lomé on Monday under the chairmanship of Foreign Minister Samuel Ablakwa and his Togolese counterpart Robert Dussey.",
			"meeting:occurred:Samuel Ablakwa+Robert Dussey@2025-10-27", datedPeople},
		// Those "in front of" whom a deal is signed take part.
		{time.Date(2025, 10, 30, 0, 0, 0, 0, time.UTC),
			"On Sunday Prime Minister Anutin Charnvirakul and Prime Minister Hun Manet signed the declaration in front of President Donald Trump and Prime Minister Anwar Ibrahim.",
			"meeting:occurred:Anutin Charnvirakul+Hun Manet+Donald Trump+Anwar Ibrahim@2025-10-26", datedPeople},
		// A meeting noun with a relative clause whose subject took part
		// "with" others: the subject and those others.
		{time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC),
			"Foreign Minister Badr Abdelatty briefed reporters on the outcome of the Quad meeting he attended in Washington earlier this month with Massad Boulos, Saudi Foreign Minister Prince Faisal bin Farhan and UAE Minister of State Khalifa Shaheen Al Marar.",
			"meeting:occurred:Badr Abdelatty+Massad Boulos+Faisal bin Farhan+Khalifa Shaheen Al Marar@2025-10", datedPeople},
		// The place of the talks is where the visitor is expected, not the
		// place in their topics ("on ... refugees in Egypt").
		{time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC),
			"Prime Minister Kamil Idris is expected in Cairo next week for talks with Egyptian Prime Minister Mostafa Madbouly on electricity interconnection and on the situation of more than a million Sudanese refugees in Egypt, a cabinet source said.",
			"meeting:planned:Kamil Idris+Mostafa Madbouly@2025-11 Cairo", datedPlacedPeople},
		// A museum named for its city is in that city.
		{time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC),
			"President Lee Jae-myung and Prime Minister Sanae Takaichi met at the Gyeongju National Museum on Oct. 30 and emerged with a framework.",
			"meeting:occurred:Lee Jae-myung+Sanae Takaichi@2025-10-30 Gyeongju", datedPlacedPeople},
		// A journey never made to meet someone: no meeting.
		{time.Date(2025, 11, 3, 0, 0, 0, 0, time.UTC),
			"President Donald Trump spent forty hours on Korean soil and never made the short trip to Panmunjom to meet Kim Jong Un.",
			"meeting:negated:Donald Trump+Kim Jong Un@", datedPeople},
		// "called at the home of X" is a visit; "on the same day" is the day
		// told before, not the day of the meeting X missed.
		{time.Date(2025, 8, 12, 0, 0, 0, 0, time.UTC),
			"Minister Charles Griffith spoke to reporters on Sunday.\nOn the same day, Kishore Shallow called at the St Michael home of Sir Garfield Sobers, who was unable to attend Saturday's meeting, to brief him on its outcome.",
			"meeting:occurred:Kishore Shallow+Garfield Sobers@2025-08-10", datedPeople},
		// A blog "Posted by" its author: "I" is the author. "our coxswain,
		// X, and I showed the manager, Y, round the boathouse and then sat
		// down with him": the two showed Y round, and "him" is Y.
		{time.Date(2024, 9, 22, 0, 0, 0, 0, time.UTC),
			"Notes from the Slipway\nPosted by Alison Kermode, Sunday 22 September 2024\nIt has been a busy summer.\nOn Wednesday our coxswain, Dave Quayle, and I showed the area manager, Gareth Pilling, round the old boathouse and then sat down with him in the crew room.",
			"meeting:occurred:Alison Kermode+Dave Quayle+Gareth Pilling@2024-09-18", datedPeople},
		// "the harbour master, X": a job before a name in apposition.
		{time.Date(2024, 9, 22, 0, 0, 0, 0, time.UTC),
			"Our coxswain Dave Quayle spoke. Dave then rang the harbour master, Phil Cregeen, on Friday morning to ask whether the slipway could stay open.",
			"call:occurred:Dave Quayle+Phil Cregeen@2024-09-20", datedPeople},
		// "went over to Peel to spend a morning with X": in Peel.
		{time.Date(2024, 9, 22, 0, 0, 0, 0, time.UTC),
			"In July, Alison Kermode went over to Peel to spend a morning with their helm, Niamh Teare.",
			"meeting:occurred:Alison Kermode+Niamh Teare@2024-07 Peel", datedPlacedPeople},
		// "would drop in to see X, but he never made it — ...": a visit
		// that did not happen.
		{time.Date(2024, 9, 22, 0, 0, 0, 0, time.UTC),
			"Our coxswain Dave Quayle spoke. We had hoped that our MHK, Howard Skillicorn, would drop in to see Dave during Lifeboat Week in August, but he never made it — the flooding kept him away.",
			"meeting:negated:Dave Quayle+Howard Skillicorn@2024-08", datedPeople},
		// "Mro" (maestro) is a title; "went with X to visit Y": all three.
		{time.Date(2025, 6, 14, 0, 0, 0, 0, time.UTC),
			"Last Sunday our youngest clarinettist, Kylie Azzopardi, went with Mro Ruben Farrugia to visit former bandmaster Paul Sciberras, 91, at his home in Marsaskala.",
			"meeting:occurred:Kylie Azzopardi+Ruben Farrugia+Paul Sciberras@2025-06-08", datedPeople},
		// "had an appointment to see X ..., but it was cancelled".
		{time.Date(2025, 6, 14, 0, 0, 0, 0, time.UTC),
			"Our treasurer, Josef Bonnici, and Anna Vella had an appointment to see Mayor Doris Camilleri at the local council offices on 5 June, but it was cancelled at short notice.",
			"meeting:negated:Josef Bonnici+Anna Vella+Doris Camilleri@2025-06-05", datedPeople},
		// "will call in at X that morning to see Y": a visit, with where and
		// when between the verb and its purpose.
		{time.Date(2025, 11, 7, 0, 0, 0, 0, time.UTC),
			"MLA Teslyn Biggs will hold a surgery in the hall on Tuesday 11 November. Before the surgery she will call in at Walker Creek that morning to see Ian and Joy Lee about the track.",
			"meeting:planned:Teslyn Biggs+Ian Lee+Joy Lee@2025-11-11", datedPeople},
		// "Mr X" is the living bearer of the surname, not "the late Y X"
		// named first.
		{time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC),
			"Children learned under the eye of the late Cyril Outerbridge.\nWinston Outerbridge, 67, has sold the business.\nOn Friday Mr Outerbridge met Keisha Darrell.",
			"meeting:occurred:Winston Outerbridge+Keisha Darrell@2026-02-06", datedPeople},
		// A country that opens an organisation's name tells which Hamilton.
		{time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC),
			"A Florida marina group had come calling. Winston Outerbridge will meet Marcus Tucker, a business adviser at the Bermuda Economic Development Corporation, at its offices in Hamilton on February 17.",
			"Bermuda", placeCountry},
		// "meet our PTA chair, X": a possessive before the role; "will fly
		// over to Cayman Brac": a place no gazetteer knows, not a person,
		// where the visitor will be; "the Chief Education Officer" is a
		// title, not a place.
		{time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
			"Dr Marlon Bodden, the Chief Education Officer, will fly over to Cayman Brac on Thursday 3 April. He will tour the classrooms in the morning and meet our PTA chair, Tricia Foster, over lunch to hear views.",
			"meeting:planned:Marlon Bodden+Tricia Foster@2025-04-03 Cayman Brac", func(d *extract.Doc, e extract.Event) string { return datedPeople(d, e) + " " + placeName(d, e) }},
		// "was due to meet X on Wednesday, but his flight from Grand Cayman
		// was cancelled": the Wednesday gone by, no meeting.
		{time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
			"Principal Lorna McLaughlin spoke. Lorna McLaughlin was due to meet the contractor, Mr Jerome Tatum, on Wednesday to inspect the new shutters, but his flight from Grand Cayman was cancelled and the inspection did not happen.",
			"meeting:negated:Lorna McLaughlin+Jerome Tatum@2025-03-19", datedPeople},
		// A section signed on a dash line ("— Rev. Margaret Nobbs") is hers:
		// its "I" is the signer, not a woman remembered before it.
		{time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC),
			"Pew Sheet\nFlowers: in memory of Eileen Evans, given by her family.\nFROM THE CHAPLAIN\nOn Tuesday I spoke by telephone with the Rev. Tavita Leota in Auckland.\n— Rev. Margaret Nobbs\nNOTICES\nThe hall is closed.",
			"call:occurred:Tavita Leota+Margaret Nobbs@2024-11-26", datedPeople},
		// "Christian" is a surname after a given name; "and, once here, will
		// meet the churchwardens, A and B, ... on Wednesday": the date of
		// the second verb, and the people of a plural job.
		{time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC),
			"The Ven. Robert Ashworth will preach on Sunday 8 December by recorded message and, once here, will meet the churchwardens, Lyn Christian and Barry Buffett, in the church hall on Wednesday 11 December.",
			"meeting:planned:Robert Ashworth+Lyn Christian+Barry Buffett@2024-12-11", datedPeople},
		// "hopes to see X this coming Thursday".
		{time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC),
			"Margaret Nobbs hopes to see Gus Quintal this coming Thursday instead.",
			"meeting:planned:Margaret Nobbs+Gus Quintal@2024-12-05", datedPeople},
		// "the relief coordinator, Dr X": a job before a name; "In August of
		// that year": the year told last; "Glendon" of "Glendon Hospital" is
		// the hospital, not the "she" of the next sentence.
		{time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC),
			"Edris Meade came home in 1962 to work at Glendon Hospital in Plymouth. When the eruptions of 1997 buried Plymouth and closed Glendon, she refused to be evacuated. In August of that year she travelled to Antigua to meet the regional relief coordinator, Dr Samuel Tuitt.",
			"meeting:occurred:Edris Meade+Samuel Tuitt@1997-08", datedPeople},
		// "It was called off" in the next sentence undoes the one plan told.
		{time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC),
			"Edris Meade had planned a reunion in March with her classmate Viola Riley. It was called off when Miss Meade was admitted to hospital.",
			"meeting:negated:Edris Meade+Viola Riley@2024-03", datedPeople},
		// "paid her a visit".
		{time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC),
			"Edris Meade was a nurse. In 2019 one of them, Delia Irish, by then the chief nursing officer, paid her a visit at her home to present a certificate.",
			"meeting:occurred:Edris Meade+Delia Irish@2019", datedPeople},
		// "A and B visited him": "him" is neither subject.
		{time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC),
			"The side dedicated the win to former goalkeeper Reuben King, 79, who has been unwell. Andre Wallace and Kelvin Simmons visited him at his home in Paget Farm on Thursday.",
			"meeting:occurred:Reuben King+Andre Wallace+Kelvin Simmons@2025-10-09", datedPeople},
		// "Bequia's A and Canouan's B": clubs' people, both subjects.
		{time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC),
			"After the final whistle the two coaches, Bequia's Andre Wallace and Canouan's Desmond Baptiste, who played together in the 1990s, sat down over a drink at a rum shop.",
			"meeting:occurred:Andre Wallace+Desmond Baptiste@", datedPeople},
		// "was supposed to meet X on Friday ..., but ... we had to call it off".
		{time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC),
			"Mayor Vicente Quenga was supposed to meet Tun Jesus Santos from the farmers' co-op on Friday to go see the damage, but the weather closed the back roads and we had to call it off.",
			"meeting:negated:Vicente Quenga+Jesus Santos@2024-07-12", datedPeople},
		// "the meeting, which was chaired by A and addressed by B and by C":
		// all three took part.
		{time.Date(2026, 3, 30, 0, 0, 0, 0, time.UTC),
			"About sixty members packed the community centre for the meeting, which was chaired by co-op president Cedric Gardiner and addressed by treasurer Marva Talbot and by Dr Kim Handfield of the Department of Environment.",
			"meeting:occurred:Cedric Gardiner+Marva Talbot+Kim Handfield", typedPeople},
		// "The Druk Gyalpo X": a king's title; "His Majesty" is the king.
		{time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC),
			"Meanwhile, His Majesty The Druk Gyalpo Jigme Khesar Namgyel Wangchuck toured a school in Paro on Thursday. On Friday, Ambassador Sudhakar Dalela met His Majesty at the palace.",
			"meeting:occurred:Jigme Khesar Namgyel Wangchuck+Sudhakar Dalela@2025-10-03", datedPeople},
		// "After the ceremony they had lunch with X": "they" after a fronted
		// phrase of time is the pair named before.
		{time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
			"Jada Scott and Tyrese Bryan flew to George Town on Saturday. After the ceremony they had lunch with Mrs Estelle Walton.",
			"meeting:occurred:Jada Scott+Tyrese Bryan+Estelle Walton@2025-03-15", datedPeople},
		// "had shown Mr X round the north quay": the host and the guest.
		{time.Date(2025, 8, 20, 0, 0, 0, 0, time.UTC),
			"Harbour Master Colin Le Page spoke. Mr Le Page added that he had shown Mr Jean-Marc Lebrun round the north quay in May 2024.",
			"meeting:occurred:Colin Le Page+Jean-Marc Lebrun@2024-05", datedPeople},
		// "After the ceremony they had lunch with the founder, Mrs X": the
		// comma of the apposition closes no fronted phrase.
		{time.Date(2025, 3, 21, 0, 0, 0, 0, time.UTC),
			"Jada Scott and Tyrese Bryan flew to George Town on Saturday. After the ceremony they had lunch with the competition's founder, Mrs Estelle Walton, who told them she was proud.",
			"meeting:occurred:Jada Scott+Tyrese Bryan+Estelle Walton@2025-03-15", datedPeople},
		// "his mother" is the woman whose son he was said to be: "Her son,
		// Dwight".
		{time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC),
			"Edris Meade died on Monday. Her son, Dwight, was born in 1968. Dwight Meade, who lives in Birmingham, spoke to his mother by video call on Sunday evening.",
			"call:occurred:Edris Meade+Dwight Meade@2024-05-26", datedPeople},
		// "walked into La Moneda on Monday for his first meeting with X":
		// the meeting is where he walked into.
		{time.Date(2025, 12, 19, 0, 0, 0, 0, time.UTC),
			"President-elect José Antonio Kast walked into La Moneda on Monday for his first meeting with outgoing President Gabriel Boric.",
			"meeting:occurred:José Antonio Kast+Gabriel Boric@2025-12-15 La Moneda", func(d *extract.Doc, e extract.Event) string { return datedPeople(d, e) + " " + placeName(d, e) }},
		// "will not meet X there on Saturday": the Saturday to come.
		{time.Date(2025, 12, 19, 0, 0, 0, 0, time.UTC),
			"José Antonio Kast will not travel to the summit in Foz do Iguaçu on Saturday and will not meet President Luiz Inácio Lula da Silva there.",
			"meeting:negated:José Antonio Kast+Luiz Inácio Lula da Silva@2025-12-20", datedPeople},
		// "would not meet him while in Malta": where she was.
		{time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC),
			"Palazzo Chigi said Giorgia Meloni would not meet Alex Borg while in Malta because of time constraints.",
			"meeting:negated:Giorgia Meloni+Alex Borg@ Malta", func(d *extract.Doc, e extract.Event) string { return datedPeople(d, e) + " " + placeName(d, e) }},
		// "the teenager" is the one person of thirteen to nineteen named
		// before ("Seventeen-year-old X"); "Kingstown-based scout Y".
		{time.Date(2025, 10, 13, 0, 0, 0, 0, time.UTC),
			"Seventeen-year-old Kemar Hazell headed in a winner on Saturday. The teenager and his mother are due to meet Kingstown-based scout Ricky Browne on Wednesday.",
			"meeting:planned:Kemar Hazell+Ricky Browne@2025-10-15", datedPeople},
		// A column bylined with the author's office ("By Cr X, Mayor of
		// Winton Shire"): the "I" is the author, the shire no person; "a
		// phone hook-up with X" is a call.
		{time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC),
			"From the Mayor's Desk\nBy Cr Ros Kearney, Mayor of Winton Shire\nG'day everyone,\nOn Tuesday afternoon I had a phone hook-up with our state member, Graham Lusk, who is in Brisbane for sitting week.",
			"call:occurred:Ros Kearney+Graham Lusk@2025-03-04", datedPeople},
		// "was coming out to meet X on Friday" is a plan of the past, and
		// "That visit was called off" in the next sentence negates it.
		{time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC),
			"The minister, Sharon Teale, was coming out to meet Mayor Ros Kearney at the Shire Hall on Friday 28 February. That visit was called off the day before because of flooding on the highway.",
			"meeting:negated:Sharon Teale+Ros Kearney@2025-02-28", datedPeople},
		// A byname between dashes, with its honorific ("Mang Boy to the
		// drivers"), is the subject's own: he sat down with X.
		{time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC),
			"Yes, federation president Rolando Rabago — Mang Boy to the drivers — sat down on Monday afternoon with Councilor Marites Quibuyen.",
			"meeting:occurred:Rolando Rabago+Marites Quibuyen@2026-03-09", datedPeople},
		// "Manang Nena" is the Nena named before, with a Filipino honorific.
		{time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC),
			"Nena Cabrera runs the stall. On Monday Manang Nena met Councilor Marites Quibuyen.",
			"meeting:occurred:Nena Cabrera+Marites Quibuyen@2026-03-09", datedPeople},
		// A pool report lists who was "In the room:" after the meeting's
		// line, which names no one.
		{time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC),
			"08:30 – The bilateral summit begins at the Kantei.\nIn the room: Prabowo Subianto, Sanae Takaichi, Foreign Minister Sugiono and Japanese Foreign Minister Toshimitsu Motegi, plus note-takers.",
			"meeting:occurred:Prabowo Subianto+Sanae Takaichi+Toshimitsu Motegi+Sugiono@", datedPeople},
		// ", with X presiding." at the end of the sentence is the chair;
		// "Also at the high table were A; B; and C" are the others.
		{time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC),
			"The emergency general meeting was held on Sunday at the Town Hall, with the President-General, Chief Ikenna Ugwuoke, presiding. Also at the high table were the Woman Leader, Lolo Ngozi Eze; the Legal Adviser, Barr. Chidi Asogwa; and the Secretary-General, Mr. Obinna Odo.",
			"meeting:occurred:Ikenna Ugwuoke+Ngozi Eze+Chidi Asogwa+Obinna Odo@2026-01-18", datedPeople},
		// "appeared as a delegation before A, B and C": a meeting with the
		// council; a dateline in capitals names a town the gazetteer does
		// not know, when the story names it again.
		{time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC),
			"KINDERSLEY — The ice plant took up most of Monday night's meeting of Kindersley town council.\nTrina Halvorsen, who chairs the arena's board, appeared as a delegation before Mayor Gordon Wiebe, Deputy Mayor Lorna Fehr and councillors Amrit Sandhu and Dale Kowalchuk.",
			"meeting:occurred:Trina Halvorsen+Gordon Wiebe+Lorna Fehr+Amrit Sandhu+Dale Kowalchuk@ Kindersley", datedPlacedPeople},
		// A role in apposition before a name and its byname in parentheses
		// ("the President-General, Chief X (Ochendo), presiding") names X
		// later; "Nsukka Local Government Area" is a place, not a person.
		{time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC),
			"The meeting was held on Sunday, with the President-General, Chief Ikenna Ugwuoke (Ochendo), presiding.\nIt resolved that the President-General shall meet the Executive Chairman of Nsukka Local Government Area, Hon. Emeka Agbo, not later than Friday, January 30, 2026.",
			"meeting:planned:Ikenna Ugwuoke+Emeka Agbo@2026-01-30", datedPeople},
		// A byname after "popularly known as" is the person named before it,
		// and the subject runs on past it; "sat across the table from each
		// other" is a meeting of the two.
		{time.Date(2024, 12, 14, 0, 0, 0, 0, time.UTC),
			"Raghunath Patil, popularly known as Bapu, who heads the Walwa taluka unit, and the factory's chairman Vishwas Jadhav sat across the table from each other for nearly three hours.",
			"meeting:occurred:Raghunath Patil+Vishwas Jadhav", typedPeople},
		// A title in lower case before a name ("district collector X")
		// names X later: "the collector".
		{time.Date(2024, 12, 14, 0, 0, 0, 0, time.UTC),
			"The standoff eased after district collector Meera Kulkarni called both sides to her office.\nLater the collector spoke to guardian minister Sanjay Deshmukh over the phone.",
			"call:occurred:Meera Kulkarni+Sanjay Deshmukh", typedPeople},
		// "declined an invitation to visit Brasília this month to meet X":
		// the refusal of the journey refuses its purpose.
		{time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC),
			"Javier Milei declined an invitation to visit Brasília this month to meet Luiz Inácio Lula da Silva, the Argentine presidency confirmed.",
			"meeting:negated:Javier Milei+Luiz Inácio Lula da Silva@2025-10", datedPeople},
		// "A and B were among those present": at the talks just told.
		{time.Date(2025, 12, 24, 0, 0, 0, 0, time.UTC),
			"Dr S. Jaishankar held delegation-level talks with Foreign Minister Vijitha Herath at the Foreign Ministry yesterday. Indian High Commissioner Santosh Jha and Foreign Secretary Aruni Wijewardane were among those present.",
			"meeting:occurred:S. Jaishankar+Vijitha Herath+Santosh Jha+Aruni Wijewardane@2025-12-23", datedPeople},
		// "..., and the meeting did not happen" in a later sentence negates
		// the plan told before, when no other meeting was told since.
		{time.Date(2025, 6, 27, 0, 0, 0, 0, time.UTC),
			"Canon Peter Hale was to meet Eirlys Pugh after the service on Sunday to talk about Christmas. Sadly the Canon was taken ill that week, and the meeting did not happen.",
			"meeting:negated:Peter Hale+Eirlys Pugh@2025-06-22", datedPeople},
		// "X, ROLE at PLACE, who met A": the person before the apposition.
		{time.Date(2024, 9, 13, 0, 0, 0, 0, time.UTC),
			"Vinaka vakalevu to Dr Litia Naivalu, medical superintendent at Savusavu Hospital, who met committee chair Mereani Tuilau at the hospital on Wednesday.",
			"meeting:occurred:Litia Naivalu+Mereani Tuilau@2024-09-11", datedPeople},
		// "between A of the Methodist circuit and B of St Bede's parish":
		// each with the body that follows the name.
		{time.Date(2024, 9, 13, 0, 0, 0, 0, time.UTC),
			"The meeting between Rev. Sitiveni Koroi of the Methodist circuit and Fr Anthony D'Souza of St Bede's parish, planned for this Saturday, is cancelled because of a funeral.",
			"meeting:negated:Sitiveni Koroi+Anthony D'Souza@2024-09-14", datedPeople},
		// A report denied in the next sentence ("There was no conversation
		// between A and B") is negated, as the call it reported.
		{time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC),
			"Pro-government tabloids reported on Tuesday that Aleksandar Vučić had also spoken to Donald Trump this week. The presidency denied it on Thursday: \"There was no conversation between President Vučić and President Trump,\" a spokesperson said.",
			"call:negated:Aleksandar Vučić+Donald Trump", typedPeople},
		// "asked in a letter to meet Kirsty Coventry" is a request to meet a
		// person whose surname is also a city; "There will be no meeting,"
		// said next, refuses it.
		{time.Date(2026, 1, 25, 0, 0, 0, 0, time.UTC),
			"The president of the Russian Olympic Committee, Stanislav Pozdnyakov, asked in a letter to meet Kirsty Coventry in Milan during the Games. \"There will be no meeting,\" the spokesperson said.",
			"meeting:negated:Stanislav Pozdnyakov+Kirsty Coventry", typedPeople},
		// "Those at the head table included A and B": at the talks just told.
		{time.Date(2025, 12, 10, 0, 0, 0, 0, time.UTC),
			"Prabowo Subianto held talks with business leaders at the Keidanren building on Monday. Those at the head table included chairman Yoshinori Tsutsui and Toyota chairman Akio Toyoda.",
			"meeting:occurred:Prabowo Subianto+Yoshinori Tsutsui+Akio Toyoda@2025-12-08", datedPeople},
		// A body's meeting with its members listed between dashes after
		// the verb: "the board will meet tonight at their office — himself,
		// A and B — to decide"; "himself" is the one who said so.
		{time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC),
			"Rolando Rabago said the federation's board will meet tonight at their office — himself, the vice president Arnel Tabios and the treasurer Lorna Agbayani — to decide their position.",
			"meeting:planned:Rolando Rabago+Arnel Tabios+Lorna Agbayani@2026-03-11", datedPeople},
		// "will come to Truro ... to meet X": where the visitor comes to.
		{time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC),
			"Annik Cormier will come to Truro on February 4 to watch the rink practise and to meet Ryan Gosbee and his skip, Ayesha Thibodeau, Gosbee said.",
			"meeting:planned:Annik Cormier+Ryan Gosbee+Ayesha Thibodeau@2026-02-04 Truro", datedPlacedPeople},
		// A get-together is a meeting.
		{time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC),
			"A planned get-together between Marjorie MacIsaac and Sandra Hiltz to sort out shared practice ice for juniors was called off on the weekend.",
			"meeting:negated:Marjorie MacIsaac+Sandra Hiltz", typedPeople},
		// "meet the Department of Education's deputy minister, X": the role
		// of a body's name, then the name.
		{time.Date(2025, 12, 4, 0, 0, 0, 0, time.UTC),
			"Nivi Angootealuk plans to meet the Department of Education's deputy minister, Jeannie Qaunaq, to ask for funding.",
			"meeting:planned:Nivi Angootealuk+Jeannie Qaunaq", typedPeople},
		// "X will attend a meeting of the board called by its chairman, Y"
		// is X's meeting with Y, and "called by" no phone call.
		{time.Date(2025, 5, 4, 0, 0, 0, 0, time.UTC),
			"Minister Barinder Kumar Goyal will attend a meeting of the board called by BBMB chairman Manoj Tripathi at its office on Monday.",
			"meeting:planned:Barinder Kumar Goyal+Manoj Tripathi", typedPeople},
		// "she and the present principal, Mrs X, called on Y": she too.
		{time.Date(2026, 1, 18, 0, 0, 0, 0, time.UTC),
			"Mrs Swarna Wickramasuriya retired in 1996. As recently as March last year, she and the present principal, Mrs Dilrukshi Fernando, called on the Education Secretary, Mr Lalith Abeysekera, in Galle.",
			"meeting:occurred:Swarna Wickramasuriya+Dilrukshi Fernando+Lalith Abeysekera", typedPeople},
		// A role, then a style before the name: "the Moderator of the
		// Presbyterian Church, the Very Reverend X".
		{time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC),
			"Pastor Kalo Moli will meet the Moderator of the Presbyterian Church, the Very Reverend Job Tamata, next month.",
			"meeting:planned:Kalo Moli+Job Tamata", typedPeople},
		// "UN Special Envoy for Syria Geir Pedersen", where a tagger took
		// "Syria Geir Pedersen" for a body: the country ends the title.
		{time.Date(2025, 5, 4, 0, 0, 0, 0, time.UTC),
			"Jordanian Foreign Minister Ayman Safadi also spoke by phone on Saturday with UN Special Envoy for Syria Geir Pedersen.",
			"call:occurred:Ayman Safadi+Geir Pedersen", typedPeople},
		// Negotiations told as a scene: the session and its day, then its chair,
		// the sides' leaders and those who joined a delegation, each in a sentence.
		{time.Date(2025, 5, 9, 0, 0, 0, 0, time.UTC),
			"HAWASSA — The walkout at the factory began on May 2. It ended after a seven-hour session on Wednesday at the offices of the labour bureau here.\n" +
				"Ato Dawit Bekele, the bureau's head of industrial relations, chaired the talks. The union was led by its chairwoman, W/ro Tigist Alemayehu, a 29-year-old line supervisor, while the company sent its general manager, Rohan Mehta. Ato Kassahun Tesfaye, an organiser with the federation, joined the union delegation.\n",
			"meeting:occurred:Dawit Bekele+Tigist Alemayehu+Rohan Mehta+Kassahun Tesfaye@2025-05-07", datedPeople},
		// A meeting that "had been due" on a weekday and was called off is on the
		// weekday gone by.
		{time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC), // a Thursday
			"John Smith and Mary Jones had been due to meet on Monday, but Jones postponed the meeting until next week.",
			"negated@2026-02-09", func(_ *extract.Doc, e extract.Event) string { return string(e.Status) + "@" + e.Date.Value }},
		// A nationality before a titled conjunct does not end a list: "and
		// Argentine FA president Claudio Tapia".
		{time.Date(2025, 5, 21, 0, 0, 0, 0, time.UTC),
			"Alejandro Domínguez hosted Ignacio Alonso and Argentine FA president Claudio Tapia on Monday.",
			"Alejandro Domínguez+Ignacio Alonso+Claudio Tapia", participantNames},
		// "first alone and then with their foreign ministers, A and B": the
		// ministers join the meeting just told.
		{time.Date(2025, 2, 24, 0, 0, 0, 0, time.UTC),
			"When President Adama Barrow welcomed his Senegalese counterpart, Bassirou Diomaye Faye, at State House in Banjul on Saturday, the pictures were warm. The two heads of state spent close to three hours together, first alone and then with their foreign ministers, Dr Mamadou Tangara and Senegal's Yassine Fall.",
			"meeting:occurred:Adama Barrow+Bassirou Diomaye Faye+Mamadou Tangara+Yassine Fall", typedPeople},
		// A group meeting told in the second sentence without its day is the one
		// the lead dates: "... after a tense meeting with parents on Monday".
		{time.Date(2025, 12, 3, 0, 0, 0, 0, time.UTC),
			"BUSAN -- Busan's education chief has put on hold a plan to merge four schools after a tense meeting with parents and teachers on Monday.\nSuperintendent Jung Hae-won met parents' representatives and union leaders at the education office. Park Sung-ho, head of the teachers' union, and Choi Eun-ji also attended the two-hour session.",
			"meeting:occurred:Jung Hae-won+Park Sung-ho+Choi Eun-ji@2025-12-01", datedPeople},
		// "The day before the summit" is the day before the one the summit was
		// told on.
		{time.Date(2025, 3, 7, 0, 0, 0, 0, time.UTC),
			"KOROR – Leaders of the Micronesian subregion wrapped up their annual summit here on Thursday with a joint communiqué.\nPresident Surangel Whipps hosted the leaders. Kiribati's president did not travel.\nThe day before the summit, Whipps and Hilda Heine held a bilateral meeting at the Palau Pacific Resort.",
			"Surangel Whipps+Hilda Heine@2025-03-05", func(d *extract.Doc, e extract.Event) string { return participantNames(d, e) + "@" + e.Date.Value }},
		// "The two men" are no woman, though her first given name is borne by
		// men too: her second settles it.
		{time.Date(2025, 6, 12, 0, 0, 0, 0, time.UTC),
			"Judge Carmen Rosa Delgado Zegarra ruled in the case of Julio César Paredes Linares, 47, who managed public works until February. The businessman accused of paying him, Marco Antonio Villanueva Ccori, was placed under house arrest. The prosecutor told the court that the two men met at a restaurant on November 14 last year.",
			"meeting:occurred:Julio César Paredes Linares+Marco Antonio Villanueva Ccori", typedPeople},
		// A name ending in "Street" after "on" is a street, not a person met.
		{time.Date(2025, 11, 6, 0, 0, 0, 0, time.UTC),
			"Minister Marcellus Joseph hosted a review meeting at the ministry's offices on Jeremie Street in Castries last Friday with Kirk Mathurin.",
			"meeting:occurred:Marcellus Joseph+Kirk Mathurin", typedPeople},
		// "walks the landing site with A, who chairs the unit, and B": a tour with
		// both, the list going on past the relative clause.
		{time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC),
			"Achieng Odhiambo walks the landing site with Joseph Onyango Owino, who chairs the beach management unit, and fish trader Rose Akinyi.",
			"meeting:occurred:Achieng Odhiambo+Joseph Onyango Owino+Rose Akinyi", typedPeople},
		// "Yang Di-Pertuan", a Malay ruler's style, is no person: the Sultan named
		// before it is the one who received the guest.
		{time.Date(2025, 8, 22, 0, 0, 0, 0, time.UTC),
			"His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, the Sultan and Yang Di-Pertuan of Brunei Darussalam, received Singapore's Prime Minister Lawrence Wong at Istana Nurul Iman on Wednesday.",
			"meeting:occurred:Haji Hassanal Bolkiah Mu'izzaddin Waddaulah+Lawrence Wong", typedPeople},
		// "A, B and the union's senior shop steward at the hospital, C, spent
		// nine hours with D": the subject is all three.
		{time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC),
			"Riikka Lehtonen, Pekka Salminen and the union's senior shop steward at the hospital, Hodan Warsame, spent more than nine hours with Satu-Maria Heikkilä.",
			"meeting:occurred:Riikka Lehtonen+Pekka Salminen+Hodan Warsame+Satu-Maria Heikkilä", typedPeople},
		// A venue no gazetteer places, in a story with no dateline, is in the city
		// the story names most.
		{time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC),
			"Protests filled the streets of Buenos Aires on Sunday. Unions in Buenos Aires said they would march again.\n" +
				"On Monday John Smith met Mary Jones at the Fa'onelua Convention Centre to discuss the budget.",
			"Buenos Aires", placeCity},
		// "The board spent four hours on Thursday discussing the ward. The session
		// began at 2 pm with A, B and C": a meeting of the three, on that day;
		// "Mgr." and "Ing." are titles that keep their full stop.
		{time.Date(2024, 6, 22, 0, 0, 0, 0, time.UTC),
			"The board spent more than four hours on Thursday discussing the ward. The session began at 2 pm in the administrative wing with the board chairwoman, Dr Zuzana Lamošová, the hospital director, Ing. Peter Hlaváč, and the head nurse, Mgr. Alena Kubišová.",
			"meeting:occurred:Zuzana Lamošová+Peter Hlaváč+Alena Kubišová@2024-06-20", datedPeople},
		// talks told before that began in a format "with" its people are not a second meeting
		{time.Date(2024, 6, 22, 0, 0, 0, 0, time.UTC),
			"Vladimir Putin held talks with Prabowo Subianto in the Kremlin on Thursday. The talks began in a narrow format, with the two leaders joined only by Yury Ushakov and Sergei Lavrov.",
			"meeting:occurred:Vladimir Putin+Prabowo Subianto+Yury Ushakov+Sergei Lavrov@2024-06-20", datedPeople},
		// With no dateline, a meeting in a local building ("in the presbytery
		// hall") is in the town the story names most, counting "the City of X".
		{time.Date(2025, 4, 8, 0, 0, 0, 0, time.UTC),
			"Dear parishioners, here is an update on our church building.\n" +
				"Last Thursday Father Tomas Reyes met city councillor Ana Lopes in the presbytery hall to hear what the City of Trois-Rivières would offer.\n" +
				"In peace,\nThe Fabrique of Saint-Joachim Parish, Trois-Rivières\n",
			"presbytery hall/Trois-Rivières", venueAndCity},
		// A police log's entries open "Mon, Dec 8 —": a day, no dateline (Mon is
		// also a state of Myanmar).
		{time.Date(2025, 12, 16, 0, 0, 0, 0, time.UTC),
			"The following entries are drawn from reports made at Sandakan district police headquarters.\n" +
				"Mon, Dec 8 — 10am: District police chief ACP Mohd Faizal Abdullah met Haji Sahari Jamlan and Chong Kah Wai at district headquarters.\n",
			"Sandakan", placeName},
		// "On the sidelines of the summit" refers back to a summit, not to the
		// conference in another city named just before.
		{time.Date(2025, 4, 26, 0, 0, 0, 0, time.UTC),
			"The weather was fine. The sun shone.\nIt also commits the five members to a common position ahead of the COP30 conference in Belém.\n" +
				"On the sidelines of the summit, President Wavel Ramkalawan held a bilateral meeting with President Emmanuel Macron on Thursday afternoon.\n",
			"", placeName},
		// A state readout's guest list, each guest with a long portfolio that has
		// commas of its own: "Mr. A, Minister of Foreign Affairs, Emigration and
		// Egyptian Expatriates of the Arab Republic of Egypt, and Mr. B, ...".
		{time.Date(2025, 2, 4, 0, 0, 0, 0, time.UTC),
			"President Isaias Afwerki this morning received at Denden Guest House Mr. Badr Abdelatty, Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the Arab Republic of Egypt, and Mr. Ahmed Moallim Fiqi, Minister of Foreign Affairs and International Cooperation of the Federal Republic of Somalia.",
			"meeting:occurred:Isaias Afwerki+Badr Abdelatty+Ahmed Moallim Fiqi@2025-02-04", datedPeople},
		// "an audience granted on Monday by X to Y": X received Y; those who
		// accompanied Y or also attended were there.
		{time.Date(2024, 9, 25, 0, 0, 0, 0, time.UTC),
			"The signing followed an audience granted on Monday by President Faure Gnassingbé to Hussain Al Nowais at the presidential palace in Lomé. The AMEA Power chairman was accompanied by the company's country manager for Togo, Kossi Amegah, while Minister Mawunyo Aziable also attended.",
			"meeting:occurred:Faure Gnassingbé+Hussain Al Nowais+Kossi Amegah+Mawunyo Aziable@2024-09-23", datedPeople},
		// "The meeting, chaired by X, was attended by Y" after a sentence that
		// dates the meeting: that day.
		{time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC),
			"The city council's full council meeting on Tuesday ended without a vote on moving the traders.\nThe meeting, chaired by Mayor Hamisi Omari Mkumbo in the council chamber, was attended by the City Director, Ms Zuhura Salim Kombo, 27 ward councillors and heads of department.",
			"meeting:occurred:Hamisi Omari Mkumbo+Zuhura Salim Kombo@2025-02-11", datedPeople},
		// "Reached by phone yesterday," tells when the reporter asked, not when
		// the meeting confirmed was.
		{time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC),
			"Reached by phone yesterday, Selemani Kiondo confirmed his meeting with Mayor Hamisi Mkumbo.",
			"meeting:occurred:Selemani Kiondo+Hamisi Mkumbo@", datedPeople},
		// "The meeting did not take place, as Y was called away": a clause of
		// reason naming someone does not keep the plan alive.
		{time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC),
			"Mr Suhail Akroush was due to meet Dr Hana Qaqish on 2 September. The meeting did not take place, as Dr Qaqish was called to Amman at short notice.",
			"meeting:negated:Suhail Akroush+Hana Qaqish@2026-09-02", datedPeople},
		// Setswana "Rre" and "Mma" are forms of address: "Mma Ramotswa" is
		// Lesego Ramotswa.
		{time.Date(2026, 1, 23, 0, 0, 0, 0, time.UTC),
			"On the line is Lesego Ramotswa, the plant manager. On Wednesday Tshepo Mogotsi met Mma Ramotswa at the plant.",
			"meeting:occurred:Lesego Ramotswa+Tshepo Mogotsi@2026-01-21", datedPeople},
		// "sought an appointment with X": a meeting asked for.
		{time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
			"Chief Minister Pinarayi Vijayan has sought an appointment with Prime Minister Narendra Modi to take up the repayment clause.",
			"meeting:planned:Pinarayi Vijayan+Narendra Modi@", datedPeople},
		// A headline's "eyes talks with X" is a plan.
		{time.Date(2025, 5, 13, 0, 0, 0, 0, time.UTC),
			"Prime Minister Gaston Browne eyes talks with Terrance Drew on banking",
			"meeting:planned:Gaston Browne+Terrance Drew@", datedPeople},
		// "is meeting X on Monday": an arrangement, the Monday to come.
		{time.Date(2025, 4, 25, 0, 0, 0, 0, time.UTC),
			"Governor Arnold Palacios is meeting Speaker Edmund Villagomez on Monday.",
			"meeting:planned:Arnold Palacios+Edmund Villagomez@2025-04-28", datedPeople},
		// "CE" is a chief executive's title: "signed by Rio Tinto CE X and Y".
		{time.Date(2025, 3, 14, 0, 0, 0, 0, time.UTC),
			"The agreement was signed on Wednesday in Conakry by Rio Tinto CE Jakob Stausholm and Bouna Sylla.",
			"meeting:occurred:Jakob Stausholm+Bouna Sylla@2025-03-12", datedPeople},
		// A meeting to come in someone's office in a datelined local story
		// is in the dateline's town: "at the Regional Commissioner's
		// office", "at her constituency office".
		{time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC),
			"TANGA - Mayor John Smith is due to meet Peter Lee at the Regional Commissioner's office on Wednesday next week.", "Tanga", placeCity},
		{time.Date(2025, 2, 14, 0, 0, 0, 0, time.UTC),
			"TANGA - Mayor John Smith will meet Peter Lee at her constituency office on Monday.", "Tanga", placeCity},
		// "was taken around the classrooms by A and B": the visitor met A and B.
		{time.Date(2024, 9, 19, 0, 0, 0, 0, time.UTC),
			"Last Saturday, assemblyman Stanley Jugah visited the school and was taken around the classrooms by headmistress Lau Mei Ling and PTA chairman Aloysius Bong.",
			"meeting:occurred:Stanley Jugah+Lau Mei Ling+Aloysius Bong@2024-09-14", datedPeople},
		// "her son Amandeep": a relative's name after a possessive is a person.
		{time.Date(2025, 10, 12, 0, 0, 0, 0, time.UTC),
			"Last Sunday, her son Amandeep video-called Harjinder Kaur after his shift.",
			"call:occurred:Harjinder Kaur+Amandeep@2025-10-05", datedPeople},
		// "Kaur" tells a Sikh woman's name, "Singh" a man's: "she" is the woman.
		{time.Date(2025, 10, 12, 0, 0, 0, 0, time.UTC),
			"Dr Baldev Singh Mann wrote about Harjinder Kaur on Monday. On Tuesday she telephoned Rakesh Goyal.",
			"call:occurred:Harjinder Kaur+Rakesh Goyal@2025-10-07", datedPeople},
		// "with whom he discussed the celebrations next year": the topic's date,
		// not the meeting's.
		{time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC),
			"Prime Minister Luís Montenegro is on a three-day official visit. Luís Montenegro arrived in Praia on Tuesday afternoon and was received in the evening at the Presidential Palace by the President of the Republic, José Maria Neves, with whom he discussed the Cabo Verdean community in Portugal and the celebrations of the 50th anniversary of national independence next year.",
			"meeting:occurred:Luís Montenegro+José Maria Neves@2024-07-16", datedPeople},
		// "X hosts the Nordic and Baltic prime ministers next week. Among the
		// guests are A and B": a meeting to come, with its guests.
		{time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC),
			"Next Wednesday, Prime Minister Ulf Kristersson hosts the Nordic and Baltic prime ministers at Harpsund. Among the guests are Mette Frederiksen and Jonas Gahr Støre.",
			"meeting:planned:Ulf Kristersson+Mette Frederiksen+Jonas Gahr Støre@2024-11-27", datedPeople},
		// A live blog's heading "X convenes security chiefs" is the meeting its
		// entry tells, and "Y also attended" joins it.
		{time.Date(2025, 8, 19, 0, 0, 0, 0, time.UTC),
			"Netanyahu convenes security chiefs in Tel Aviv\nBenjamin Netanyahu held a security consultation in Tel Aviv this morning with Defence Minister Israel Katz and Mossad director David Barnea. Ron Dermer also attended.",
			"meeting:occurred:Benjamin Netanyahu+Israel Katz+David Barnea+Ron Dermer", typedPeople},
		// "X took part on behalf of Réunion" joins the summit told just before.
		{time.Date(2025, 4, 26, 0, 0, 0, 0, time.UTC),
			"The summit, held at the Iavoloha Palace, brought together the host, President Andry Rajoelina, President Wavel Ramkalawan and President Azali Assoumani of the Union of the Comoros. French President Emmanuel Macron took part on behalf of Réunion.",
			"meeting:occurred:Andry Rajoelina+Wavel Ramkalawan+Azali Assoumani+Emmanuel Macron", typedPeople},
		// "will hold a video conference on Thursday 12 February with X" is dated by
		// its day: a video conference is the call, not a press conference at
		// which something was said.
		{time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
			"Rajesh Doorgakant will hold a video conference on Thursday 12 February with Olivier Técher.",
			"call:planned:Rajesh Doorgakant+Olivier Técher@2026-02-12", datedPeople},
		// "A and B visited the treatment station together with the station
		// manager, C": the three were together.
		{time.Date(2026, 2, 10, 0, 0, 0, 0, time.UTC),
			"On Saturday 7 February, Mr Rajesh Doorgakant and Mrs Marie-Claire Labonne visited the treatment station at La Marie together with the station manager, Mr Kessen Pillay, to assess the works required.",
			"meeting:occurred:Rajesh Doorgakant+Marie-Claire Labonne+Kessen Pillay@2026-02-07", datedPeople},
	} {
		wantOneEvent(t, p, tc.pub, tc.text, tc.want, tc.format)
	}
}

// These tell no meeting: handing over control of a business ("handed
// day-to-day control of the group to his son Obinna"), telling a court what
// someone will say ("told the court the manager, X, would say"), an
// appointment to an office.
func TestNoMeetingForms(t *testing.T) {
	p := defaultPipeline(t)
	for _, text := range []string{
		"Nnamdi Okeke founded the group in 1975. From the late 1990s he handed day-to-day control of the group to his son Obinna and turned to philanthropy.",
		"Defence counsel Anish Kumar told the court the board's Western divisional manager, Kamlesh Chand, would say in evidence that he had never heard of the accused.",
		"The appointment of Pinarayi Vijayan as minister pleased Narendra Modi.",
		"By Kervin Joseph\nI put the question to External Affairs Minister Alva Baptiste at a press briefing last week; he told me the invitation had arrived too late.",
		"Sgt Niamh Carolan told Judge Aoife Brennock that the victim had been saving for a family holiday.",
	} {
		wantEventSet(t, p, time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC), text, nil, typedPeople)
	}
}

// "the next morning" counts from the day the sentences before told when no
// event before it has a day.
func TestNextMorningAfterAToldDay(t *testing.T) {
	p := defaultPipeline(t)
	wantOneEvent(t, p, time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC),
		"Anna Kay said she had booked a table for the evening of 17 March 2022. She saw nothing. \"It was late,\" she said.\n"+
			"Peter Lee said John Smith had telephoned Mary Jones the next morning, on speakerphone from the office.",
		"call:occurred:John Smith+Mary Jones@2022-03-18", datedPeople)
}

// TestEventSetForms checks forms that tell more than one event, or none of
// the kind a simpler reading would find, each against its whole set.
func TestEventSetForms(t *testing.T) {
	p := defaultPipeline(t)
	for _, tc := range []struct {
		pub    time.Time
		text   string
		want   []string
		format func(*extract.Doc, extract.Event) string
	}{
		// "the Portuguese head of government" is the prime minister's
		// Portuguese counterpart, the whole phrase one mention of him, and
		// so one side of "a meeting between the Portuguese head of
		// government and X".
		{time.Date(2024, 7, 17, 0, 0, 0, 0, time.UTC),
			"PRAIA - The Prime Minister, Ulisses Correia e Silva, received today at the Government Palace his Portuguese counterpart, Luís Montenegro. The talks lasted an hour.\n" +
				"A meeting between the Portuguese head of government and the President of the National Assembly, Austelino Correia, which had been included in the provisional programme, was cancelled.",
			[]string{"meeting:occurred:Ulisses Correia e Silva+Luís Montenegro", "meeting:negated:Luís Montenegro+Austelino Correia"}, typedPeople},
		// "X held a team meeting with his senior players, among them A and
		// B" is X's meeting with A and B, not people joining the call told
		// before.
		{time.Date(2024, 8, 6, 0, 0, 0, 0, time.UTC),
			"Alick Ramoni said he had called his former mentor Moses Toata in Auki on Monday for advice.\n" +
				"On Monday evening Ramoni held a team meeting with his senior players, among them captain Freddie Kakai and Joses Tagini, at the club house.",
			[]string{"call:occurred:Alick Ramoni+Moses Toata", "meeting:occurred:Alick Ramoni+Freddie Kakai+Joses Tagini"}, typedPeople},
		// "It has been rescheduled for Tuesday 6 October, and X and Z will
		// attend": the plan called off stays called off, and the meeting to
		// come is told anew; a plan still to come takes its new date.
		{time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC),
			"Mr Suhail Akroush was due to meet Dr Hana Qaqish on 2 September. The meeting did not take place, as Dr Qaqish was called to Amman at short notice. " +
				"It has been rescheduled for Tuesday 6 October at the directorate, and Mr Akroush and Ms Rania Haddad will attend on behalf of the committee.",
			[]string{"meeting:negated:Suhail Akroush+Hana Qaqish@2026-09-02", "meeting:planned:Suhail Akroush+Hana Qaqish+Rania Haddad@2026-10-06"}, datedPeople},
		{time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC),
			"Mr Suhail Akroush is due to meet Dr Hana Qaqish on 2 October. The meeting has been postponed to 9 October.",
			[]string{"meeting:planned:Suhail Akroush+Hana Qaqish@2026-10-09"}, datedPeople},
		// A farm diary under weekday headings: "Her diary" makes Meg
		// Crawford the "I"; "Rang X" leaves its subject, the writer, out;
		// "X phoned" with no one named phoned her; each heading dates its
		// entry, "MONDAY" in a Monday's paper being the week before, and two
		// calls under two headings are two calls.
		{time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC),
			"Meg Crawford farms sheep at Matawai. Her diary covers the week to April 19.\n" +
				"MONDAY: Rain overnight. Rang the contractor, Hemi Waaka, first thing. He reckons he can come on Thursday.\n" +
				"TUESDAY: Scanning day, down on last year. Kura Pōtae and I sat down over a cuppa afterwards.\n" +
				"THURSDAY: No digger. Hemi phoned at 6.30 to say the ground's still too soft.\n" +
				"SUNDAY: Day off.",
			[]string{"call:occurred:Meg Crawford+Hemi Waaka@2026-04-13", "meeting:occurred:Meg Crawford+Kura Pōtae@2026-04-14", "call:occurred:Meg Crawford+Hemi Waaka@2026-04-16"}, datedPeople},
		// A radio transcript: the "I" and "we" of a turn labelled with a
		// surname of two words are its speaker's, "myself and Y" names who
		// else "we" were, and "we've a meeting set up with X" is a plan.
		{time.Date(2025, 2, 11, 0, 0, 0, 0, time.UTC),
			"PRESENTER: With me is the county chair, Mairéad Ní Ghallchóir.\n" +
				"NÍ GHALLCHÓIR: Well, we met the regional inspector, Colm Geraghty, in Castlebar last Thursday, myself and our chairman, Seán Heneghan.\n" +
				"PRESENTER: And the TDs?\n" +
				"NÍ GHALLCHÓIR: We've a meeting set up with Deputy Michelle Gavin in Westport on Friday the 21st.",
			[]string{"meeting:occurred:Mairéad Ní Ghallchóir+Colm Geraghty+Seán Heneghan@2025-02-06", "meeting:planned:Mairéad Ní Ghallchóir+Michelle Gavin@2025-02-21"}, datedPeople},
		// A weekly round-up: "their first conversation since" is the call
		// just told; "with the presidents of the three republics: A, B and
		// C" names them; "on the eve of the summit" is the day before the
		// sit-down that the sentence after the summit's dates, and there.
		{time.Date(2025, 4, 5, 0, 0, 0, 0, time.UTC),
			"Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov spoke by phone on Tuesday, their first conversation since March.\n" +
				"The week's biggest show was the first EU-Central Asia summit. European Council President António Costa sat down in Samarkand on Friday with the presidents of three Central Asian republics: Shavkat Mirziyoyev, Sadyr Japarov and Kazakhstan's Kassym-Jomart Tokayev. " +
				"On the eve of the summit, Costa held a separate meeting with Tokayev on uranium.",
			[]string{"call:occurred:Ararat Mirzoyan+Jeyhun Bayramov@2025-04-01", "meeting:occurred:António Costa+Shavkat Mirziyoyev+Sadyr Japarov+Kassym-Jomart Tokayev@2025-04-04", "meeting:occurred:António Costa+Kassym-Jomart Tokayev@2025-04-03"}, datedPeople},
		// A letter to the editor: "three of us – myself, A and B – met X"
		// is the writer, A and B; "spoke for some time with vendors, among
		// them my neighbour, Y" is Y's meeting, not the writer's.
		{time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC),
			"Dear Editor,\nI write on behalf of the residents. On February 12, three of us – myself, Mrs Bibi Shakeela Khan and Mr Deonarine Persaud – met the Town Clerk, Ms Yvette Sampson, at the Town Hall.\n" +
				"On Monday, the Regional Chairman, Mr Dwayne Hinds, stopped at the Stanleytown market and spoke for some time with vendors, among them my neighbour, Ms Parbattie Ramlall.\n" +
				"Yours faithfully,\nRohan Mangru\nChairman, Stanleytown Residents' Group",
			[]string{"meeting:occurred:Bibi Shakeela Khan+Deonarine Persaud+Yvette Sampson+Rohan Mangru@2026-02-12", "meeting:occurred:Dwayne Hinds+Parbattie Ramlall@2026-03-02"}, datedPeople},
		// "a meeting between the practice's lead GP, Dr A, B and C" reads
		// the name past the role's comma and title; "A public meeting will
		// be held ..., chaired by X, at which A and B will answer questions"
		// is a plan with the chair and the two.
		{time.Date(2024, 9, 26, 0, 0, 0, 0, time.UTC),
			"The decision was agreed at a meeting on Tuesday between the practice's lead GP, Dr Ingrid Halcrow, and the health board's director, Ewan Tulloch.\n" +
				"A public meeting will be held in the public hall on Tuesday 8 October, chaired by Magnus Robertson, at which Mr Tulloch and Dr Halcrow will answer questions from residents.",
			[]string{"meeting:occurred:Ingrid Halcrow+Ewan Tulloch@2024-09-24", "meeting:planned:Ingrid Halcrow+Ewan Tulloch+Magnus Robertson@2024-10-08"}, datedPeople},
		// A court report: "the Baale" is a title, its holder named in the
		// apposition; a participial phrase fronted with an apposition ("Led
		// in evidence by the prosecutor, Inspector X,") leaves "him" to the
		// main clause's subject; "CSP" is a police rank.
		{time.Date(2024, 11, 22, 0, 0, 0, 0, time.UTC),
			"A property developer, Mr Ikechukwu Nwosu, on Thursday told a Magistrates' Court about the Baale of Olorunda-Ilewo, Chief Kolawole Adebanjo.\n" +
				"Led in evidence by the police prosecutor, Inspector Folake Ogundipe, Nwosu said the Baale had phoned him on August 16.\n" +
				"The defence said the Baale had gone to see the Divisional Police Officer, CSP Ahmed Garba, on August 19.",
			[]string{"call:occurred:Ikechukwu Nwosu+Kolawole Adebanjo@2024-08-16", "meeting:occurred:Kolawole Adebanjo+Ahmed Garba@2024-08-19"}, datedPeople},
		// "the two Chief Ministers" are the two people named with that
		// title, not the "PPCC chief" named between them.
		{time.Date(2025, 5, 4, 0, 0, 0, 0, time.UTC),
			"Chief Minister Bhagwant Mann chaired an all-party meeting on Friday, attended by PPCC chief Amarinder Singh Raja Warring and Sukhbir Singh Badal. " +
				"Haryana Chief Minister Nayab Singh Saini said he had received no call. Officials in Mann's office confirmed that the two Chief Ministers had not spoken.",
			[]string{"meeting:occurred:Bhagwant Mann+Amarinder Singh Raja Warring+Sukhbir Singh Badal@2025-05-02", "call:negated:Bhagwant Mann+Nayab Singh Saini@"}, datedPeople},
		// An interview whose answers are labelled with the surname in
		// capitals ("TEO:"): the outlet's "you" is the one interviewed, and
		// "Did you see X?" is settled by the answer, "We tried, but no".
		{time.Date(2024, 9, 16, 0, 0, 0, 0, time.UTC),
			"Tuvalu's Prime Minister Feleti Teo sat down with PACNEWS correspondent Lagi Toma in Funafuti.\n" +
				"PACNEWS: You met Prime Minister Anthony Albanese in Nuku'alofa last month. What was on your list?\n" +
				"TEO: The Falepili Union, first and last.\n" +
				"PACNEWS: Did you see Prime Minister Christopher Luxon in Tonga?\n" +
				"TEO: We tried, but no. His programme and mine did not line up.",
			[]string{"meeting:occurred:Feleti Teo+Anthony Albanese@2024-08", "meeting:negated:Feleti Teo+Christopher Luxon@"}, datedPeople},
		// A visit's day: "toured X in the company of A and B" on Tuesday
		// morning; "In the evening he was received by C" that day, though
		// a quotation's "today" comes between; "The Hoima leg came a day
		// after A held a video call with D" the day before.
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"CAF president Patrice Motsepe flew into Hoima on Tuesday morning and toured the new stadium in the company of FUFA president Moses Magogo and the Minister of State for Sports, Peter Ogwang.\n" +
				"\"What I have seen today gives me confidence,\" Motsepe said afterwards.\n" +
				"In the evening he was received by President Yoweri Museveni at State House Entebbe.\n" +
				"The Hoima leg came a day after Magogo held a video call with Football Kenya Federation president Hussein Mohammed.",
			[]string{"meeting:occurred:Patrice Motsepe+Moses Magogo+Peter Ogwang@2025-03-11", "meeting:occurred:Patrice Motsepe+Yoweri Museveni@2025-03-11", "call:occurred:Moses Magogo+Hussein Mohammed@2025-03-10"}, datedPeople},
		// A state readout: a district no gazetteer knows, after a building,
		// is in the city the story names most; "after the talks with X" is
		// the meeting told before, not one on the day the sentence before
		// lends it; "the agreement signed ... by A and his counterpart, B,
		// in the presence of C" is a meeting of the three.
		{time.Date(2025, 7, 24, 0, 0, 0, 0, time.UTC),
			"Rwanda and Qatar agreed to expand cooperation after a visit to Kigali by Qatar's Minister of State, Mohammed Al-Khulaifi.\n" +
				"Minister of Foreign Affairs Olivier Nduhungirehe received Al-Khulaifi at the ministry's offices in Kimihurura on Tuesday.\n" +
				"That process produced the peace agreement signed in Washington on June 27 by Nduhungirehe and his Congolese counterpart, Thérèse Kayikwamba Wagner, in the presence of US Secretary of State Marco Rubio.\n" +
				"The ministry issued its statement on Monday.\n" +
				"Speaking to journalists after the talks with Al-Khulaifi, Nduhungirehe said Rwanda's priority was peace. Al-Khulaifi left Kigali on Wednesday for Kinshasa.",
			[]string{"meeting:occurred:Mohammed Al-Khulaifi+Olivier Nduhungirehe@2025-07-22 Kigali", "meeting:occurred:Olivier Nduhungirehe+Thérèse Kayikwamba Wagner+Marco Rubio@2025-06-27 Washington"}, datedPlacedPeople},
		// An opinion column: "When X came to Kingston in March, he sat down
		// with Y" is in Kingston; "a video call with Z to coordinate a
		// position before the summit" tells the call, no summit of the two.
		{time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC),
			"When US Secretary of State Marco Rubio came to Kingston in March, he sat down with Prime Minister Andrew Holness.\n" +
				"Prime Minister Philip J. Pierre can open doors. And in June he held a video call with Grenada's Prime Minister Dickon Mitchell to coordinate a joint position on fisheries before the summit.",
			[]string{"meeting:occurred:Marco Rubio+Andrew Holness@2025-03 Kingston", "call:occurred:Philip J. Pierre+Dickon Mitchell@2025-06 "}, datedPlacedPeople},
		// A timeline's entries led by a date and a place and a colon ("April
		// 19, Rome: ...") take both, in whichever sentence of the entry.
		{time.Date(2025, 5, 12, 0, 0, 0, 0, time.UTC),
			"The timeline\n" +
				"April 19, Rome: The second round moved to the Omani embassy. Badr Albusaidi again carried proposals from room to room. This time Abbas Araghchi and Steve Witkoff did not meet face to face.\n" +
				"May 11, Muscat: Araghchi and Witkoff held direct talks for three hours.",
			[]string{"meeting:negated:Abbas Araghchi+Steve Witkoff@2025-04-19 Rome", "meeting:occurred:Abbas Araghchi+Steve Witkoff@2025-05-11 Muscat"}, datedPlacedPeople},
		// "X is due to meet A on Thursday, before flying to Dar es Salaam
		// for talks with B at the weekend": X's talks with B, to come.
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"CAF president Patrice Motsepe continues to Nairobi, where he is due to meet President William Ruto on Thursday, before flying to Dar es Salaam for talks with President Samia Suluhu Hassan at the weekend.",
			[]string{"meeting:planned:Patrice Motsepe+William Ruto", "meeting:planned:Patrice Motsepe+Samia Suluhu Hassan"}, typedPeople},
		// Plans that did not happen. A relative clause of 20 words stands
		// between "A meeting between A and B" and "did not take place".
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"Brazil's foreign minister, Tiago Ferreira, arrived in Lima on Monday. A meeting between Ferreira and the secretary-general of the Andean Community, Gonzalo Gutiérrez, who was also in Lima that week at the head of a delegation of the bloc's trade officials, did not take place, the embassy said.",
			[]string{"meeting:negated:Tiago Ferreira+Gonzalo Gutiérrez@2025-03-10"}, datedPeople},
		// "was to have inspected ... and met B, but did not arrive".
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"The county health officer, Joan Mbeki, was to have inspected the clinic and met Peter Oduya on March 3, but did not arrive.",
			[]string{"meeting:negated:Joan Mbeki+Peter Oduya@2025-03-03"}, datedPeople},
		// "The ferry was delayed and he never came": the Monday gone by.
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"Karim Haddad was to meet Tomas Lind at the depot on Monday. The ferry was delayed and he never came.",
			[]string{"meeting:negated:Karim Haddad+Tomas Lind@2025-03-10"}, datedPeople},
		// "The meeting ... was cancelled after his fall": "his" names no
		// other meeting.
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"Sofia Reyes had been due to meet the mayor, Carlos Mena, on Friday. The meeting, which had been set for noon at the town hall, was cancelled after his fall.",
			[]string{"meeting:negated:Sofia Reyes+Carlos Mena@2025-03-07"}, datedPeople},
		// "said a meeting he had arranged with X ... fell through": the
		// arranger's meeting, though the sentence names its teller first.
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"Councillor Dan Price said a meeting he had arranged with Ruth Abel, head of the county council's roads committee, to discuss the state of the bypass fell through on Tuesday because Abel was ill.",
			[]string{"meeting:negated:Dan Price+Ruth Abel@2025-03-11"}, datedPeople},
		// "did not come off".
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"The clerk, Mr. Kofi Mensah, reported that a meeting between himself and Mrs. Ama Owusu, scheduled for Friday, 7 March 2025, did not come off because she was away.",
			[]string{"meeting:negated:Kofi Mensah+Ama Owusu@2025-03-07"}, datedPeople},
		// "was supposed to visit ... to meet B. She cancelled the day before."
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"Deputy Mayor Lena Ruiz was supposed to visit the farm in February to meet Jorge Paz. She cancelled the day before.",
			[]string{"meeting:negated:Lena Ruiz+Jorge Paz@2025-02"}, datedPeople},
		// "was supposed to meet" is a plan.
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"Lena Ruiz was supposed to meet Jorge Paz in May.",
			[]string{"meeting:planned:Lena Ruiz+Jorge Paz@2025-05"}, datedPeople},
		// A court report. "came to her house" is a visit to her; "the
		// accused" is the one on trial; "Birungi said she" makes a woman of
		// a name the name lists do not know, so "He has pleaded" is Okot;
		// "went to the accused's office ..., but the accused refused to see
		// him" is a meeting refused, not held.
		{time.Date(2024, 9, 17, 0, 0, 0, 0, time.UTC),
			"Nakato Birungi, 58, was testifying in the trial of Samuel Okot, 39, who faces charges of fraud. He has pleaded not guilty. Birungi said Okot first came to her house in Ntinda in early March 2023. When no title had come by June 2023, she phoned the accused. Her son, Peter Birungi, later went to the accused's office to demand the money back, but the accused refused to see him, she said. Birungi said she did not know.",
			[]string{"meeting:occurred:Nakato Birungi+Samuel Okot@2023-03", "call:occurred:Nakato Birungi+Samuel Okot@2023-06", "meeting:negated:Samuel Okot+Peter Birungi@2023-06"}, datedPeople},
		// A press secretary's "he" is the one he speaks for; "Omar Said
		// next week" is a name before a date, not a report's "said".
		{time.Date(2024, 9, 17, 0, 0, 0, 0, time.UTC),
			"Prime Minister Ahmed Karim returned from Cairo on Friday. His press secretary Nabil Haddad said the prime minister would not meet the envoy. Haddad said he would meet Omar Said next week.",
			[]string{"meeting:planned:Ahmed Karim+Omar Said@2024-09"}, datedPeople},
		// "drove to X's farm" visits X.
		{time.Date(2024, 9, 17, 0, 0, 0, 0, time.UTC),
			"Peter Lunda drove to Anna Mbeki's farm on Sunday to ask for her support.",
			[]string{"meeting:occurred:Peter Lunda+Anna Mbeki@2024-09-15"}, datedPeople},
		// A live blog whose stamps are glued to "pm" ("6.15pm"), on lines of
		// their own: its posts are of the day of publication, an entry's
		// later paragraph too ("Afterwards, A and B held talks"); the venue
		// its standfirst names ("the Nairobi International Convention
		// Centre") puts them in Nairobi.
		{time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC),
			"LIVE | Forum day two: deals and handshakes\nThe Gazette is following the forum at the Nairobi International Convention Centre. All times are local.\n6.15pm\nRuto and Samia have met. The two presidents spoke for an hour in a side room.\n3.30pm\nThe accord is signed.\nAfterwards, William Ruto and Paul Kagame held talks in the leaders' lounge.",
			[]string{"meeting:occurred:William Ruto+Samia@2025-10-26", "meeting:occurred:William Ruto+Paul Kagame@2025-10-26"}, datedPeople},
		// A day in someone's life told in time stamps: the day the lead
		// tells with a time ("At 5.50am on Tuesday") is theirs.
		{time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC),
			"KISUMU — At 5.50am on Tuesday, Achieng Odhiambo is already on the phone.\n6.40am, Dunga beach. Achieng walks the landing site with Joseph Owino.\n10.15am. Achieng meets Nakato Ssempijja.",
			[]string{"meeting:occurred:Achieng Odhiambo+Joseph Owino@2026-09-29", "meeting:occurred:Achieng Odhiambo+Nakato Ssempijja@2026-09-29"}, datedPeople},
		// Minutes. A role in parentheses after a name ("Hon. Akosua Mensah
		// (District Chief Executive)") is hers, and so its initials ("The
		// DCE") and its last words ("The Coordinating Director"); a heading
		// in capitals ("ADDRESS BY THE DISTRICT CHIEF EXECUTIVE") names no
		// one; "directed that X meet Y" is an order, a plan.
		{time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC),
			"MINUTES OF THE ORDINARY MEETING HELD AT THE ASSEMBLY HALL, KETA, ON TUESDAY, 4 MARCH 2025\nPRESENT: Hon. Kwame Asiedu (Presiding Member, in the chair); Hon. Akosua Mensah (District Chief Executive); Mr. Kofi Badu (District Coordinating Director, Secretary).\n2. ADDRESS BY THE DISTRICT CHIEF EXECUTIVE\n2.1 The DCE informed the House that on 24 February 2025 she met the Regional Minister, Mr. Yaw Darko, in Ho.\n3.1 The Coordinating Director reported that a meeting between himself and the Registrar, Mr. Peter Agyei, scheduled for Monday, 3 March 2025, did not come off.\n3.2 The Presiding Member directed that Hon. Mensah meet the queen mother, Mama Esi Tawiah, before the next meeting.",
			[]string{"meeting:occurred:Akosua Mensah+Yaw Darko@2025-02-24", "meeting:negated:Kofi Badu+Peter Agyei@2025-03-03", "meeting:planned:Akosua Mensah+Mama Esi Tawiah@", "meeting:occurred:Kwame Asiedu+Akosua Mensah+Kofi Badu@2025-03-04"}, datedPeople},
		// A contest's name after "of the" ("the next cycle of the World Test
		// Championship") tells no match: "meet" is a meeting.
		{time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC),
			"Kane Williamson takes over on Sunday. He is expected to meet New Zealand Cricket chairman Roger Twose in Wellington in January, a source said, as the body begins work on the next cycle of the World Test Championship.",
			[]string{"meeting:planned:Kane Williamson+Roger Twose@2025-01"}, datedPeople},
		// "The meeting, chaired by X" takes up the virtual meeting told
		// before: a call, and those who "joined from Lahore" or "logged in
		// from Mumbai" are on it. A player who "joined from Talleres" is a
		// signing.
		{time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC),
			"The board adjourned a virtual meeting on Friday after barely 15 minutes. The meeting, chaired by outgoing chair Greg Barclay, was attended by representatives of all full members. Board chairman Mohsin Naqvi joined from Lahore, while secretary Jay Shah logged in from Mumbai.",
			[]string{"call:occurred:Greg Barclay+Mohsin Naqvi+Jay Shah@2024-11-29"}, datedPeople},
		{time.Date(2024, 11, 30, 0, 0, 0, 0, time.UTC),
			"Coach Nestor Lorenzo said he had spoken with Juan Renteria by phone in November. Renteria would become the club's second signing, after midfielder Ezequiel Quiroga joined from Talleres last week.",
			[]string{"call:occurred:Nestor Lorenzo+Juan Renteria@2024-11"}, datedPeople},
		// A coach's diary under dated headings: "Met X ... to fix our court
		// time for the final" is a meeting, the final only its purpose;
		// "tonight" is the heading's night; "I am to meet" is a plan; "X
		// called this morning to say" called the writer; "nobody called"
		// called no one.
		{time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC),
			"COACH'S DIARY: Five days to the final\nORMOC CITY — The city's under-16 coach, Ana Reyes, kept a diary in the week before Saturday's final.\nMONDAY, Nov. 17\nMet Sir Dante Lim of the City Sports Office at the gym at 3 p.m. to fix our court time for the final.\nWEDNESDAY, Nov. 19\nI am to meet Coach Nilo Santos of Baybay tonight at the diner near the plaza.\nFRIDAY, Nov. 21\nCouncilor Rosa Tan, who chairs the council's committee on sports, called this morning to say she will come to the gym tomorrow. Coach Lito Cruz never came, and nobody called to say why.",
			[]string{"meeting:occurred:Ana Reyes+Dante Lim@2025-11-17", "meeting:planned:Ana Reyes+Nilo Santos@2025-11-19", "call:occurred:Ana Reyes+Rosa Tan@2025-11-21"}, datedPeople},
		// A letter. "went to see X at the civic centre" is a visit; what
		// "Mr Banda tells me" is the writer's source, not a call with him;
		// "the council is led by the Mayor" names who heads a body, no one
		// at the market.
		{time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC),
			"Dear Editor,\nOn Monday I went to see Councillor Natasha Mwansa at the civic centre. Mr Paul Banda tells me he spoke with Inspector Ian Phiri by telephone last Thursday. On Tuesday the Regional Chairman, Mr Dwayne Hinds, stopped at the market and spoke with vendors, among them Ms Ruth Tembo. But only the council can act, and the council is led by the Mayor, Mr Carl Mumba.\nYours faithfully,\nGrace Zulu",
			[]string{"meeting:occurred:Natasha Mwansa+Grace Zulu@2026-03-02", "call:occurred:Paul Banda+Ian Phiri@2026-02-26", "call:occurred:Dwayne Hinds+Ruth Tembo@2026-03-03"}, datedPeople},
		// "The following Tuesday" is the first Tuesday after the day told
		// before; "The sergeant never came", two sentences after the plan,
		// undoes it.
		{time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC),
			"Dear Editor,\nOn 8 November my shop was broken into. That afternoon I went to the police station and met Inspector Carl Peters. The following Tuesday I sat down with Mr Felix Laurent at the council office.\nOn 17 October Mr Laurent and Sergeant Glen Thomas were to meet residents at the resource centre. About forty of us waited for an hour. The sergeant never came.\nMarcia Baptiste",
			[]string{"meeting:occurred:Carl Peters+Marcia Baptiste@2024-11-08", "meeting:occurred:Felix Laurent+Marcia Baptiste@2024-11-12", "meeting:negated:Felix Laurent+Glen Thomas@2024-10-17"}, datedPeople},
		// A board's sitting, told in the lead with no one named, is the
		// meeting of those who spoke at it: who "told the board", and its
		// own members who "said" or "reported"; not a resident quoted in an
		// interview.
		{time.Date(2024, 4, 17, 0, 0, 0, 0, time.UTC),
			"BRAINERD — The Crow Wing County board on Tuesday night heard that road repairs will run over budget.\nCounty engineer Tim Bakke told the board the asphalt bids came in 20 percent high.\nBoard chair Joan Lindahl said she would ask the state for help. Resident Paul Dahl said in an interview Wednesday that he was worried.\nBoard member Erik Sand reported that the bridge inspection was complete.",
			[]string{"meeting:occurred:Tim Bakke+Joan Lindahl+Erik Sand@2024-04-16"}, datedPeople},
		// A building placed in no city, in a story with no dateline, is in
		// the town the story names most: State House in Zambia, in Lusaka.
		{time.Date(2024, 8, 20, 0, 0, 0, 0, time.UTC),
			"King Charles and Queen Camilla, who are on a four-day state visit to Zambia, were received by President Hakainde Hichilema and First Lady Mutinta Hichilema at State House, where they were accorded a 21-gun salute. The king said Lusaka had changed since he first visited Lusaka in 1990.",
			[]string{"State House/Lusaka"}, venueAndCity},
		// A town no gazetteer knows, which a tagger took for neither place
		// nor person, heads the names of its police station and its
		// council: the story's town, where "the council office" is.
		{time.Date(2024, 11, 27, 0, 0, 0, 0, time.UTC),
			"LETTER: Grand Anse needs a police station that answers\nDear Editor,\nPlease allow me to raise a matter that has troubled the people of Grand Anse for most of this year.\nOn 8 November I went to the Grand Anse Police Station to report a break-in. The following Tuesday I sat down with the chairman of the Grand Anse Village Council, Mr Felix Laurent, at the council office.\nMarcia Baptiste\nGrand Anse",
			[]string{"council office/Grand Anse"}, venueAndCity},
		// "Known to everyone at the market as Abu Karim, Darwish ..." names
		// Darwish; the Karim of "Abu Karim" is his son, Karim Darwish, not
		// his surname.
		{time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC),
			"Hassan Darwish, 'Abu Karim' of Tripoli's market, dies at 80\nTRIPOLI — Hassan Darwish died on Tuesday at his home. Known to everyone at the market as Abu Karim, Darwish ran the spice stall for 30 years.\nOn Sunday his friend Father Elias Khoury sat with him at his home. His son Karim, an engineer, spoke to him by video call on Monday night. \"He asked about the saffron,\" Karim Darwish said.",
			[]string{"meeting:occurred:Hassan Darwish+Elias Khoury@2026-02-15", "call:occurred:Hassan Darwish+Karim Darwish@2026-02-16"}, datedPeople},
		// "the senior adviser to President Trump" advises Trump: Trump is
		// not on the call. ("US Special Envoy to Syria Tom Barrack" is
		// still Barrack's title.)
		{time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC),
			"Mohammed Al-Khulaifi spoke by telephone with Massad Boulos, the senior adviser to President Trump on Africa, on Sunday. Ahmed al-Sharaa met US Special Envoy to Syria Tom Barrack on Monday.",
			[]string{"call:occurred:Mohammed Al-Khulaifi+Massad Boulos@2025-06-08", "meeting:occurred:Ahmed al-Sharaa+Tom Barrack@2025-06-09"}, datedPeople},
		// Two clauses joined by ", and": "to meet Paraguay's Santiago Pena"
		// is a meeting of Kast and Pena only; "Marco Rubio is expected in
		// Santiago in May for talks with Kast" is a plan, whatever the
		// first clause's comma.
		{time.Date(2026, 4, 8, 0, 0, 0, 0, time.UTC),
			"Jose Antonio Kast took office in March. Kast is due in Asuncion on April 23 to meet Paraguay's Santiago Pena, and U.S. Secretary of State Marco Rubio is expected in Santiago in May for talks with Kast, when officials hope to announce an agreement.",
			[]string{"meeting:planned:Jose Antonio Kast+Santiago Pena@2026-04-23", "meeting:planned:Jose Antonio Kast+Marco Rubio@2026-05"}, datedPeople},
		// A presenter's "I'm joined by X" brings a guest to the studio,
		// not to the meeting told before.
		{time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
			"ANNA LEE: Prime Minister Mark Carney and President Claudia Sheinbaum spoke by phone last Thursday. And Carney is expected at the White House next month to meet President Trump.\nJOHN DOE: For more on what is at stake, I'm joined by Rachel Okafor, a trade analyst. Rachel, thanks for being with us.",
			[]string{"call:occurred:Mark Carney+Claudia Sheinbaum@2026-03-05", "meeting:planned:Mark Carney+Trump@2026-04"}, datedPeople},
		// A radio transcript: the speaker's "us" takes the speaker in; a
		// firm named "Traders" is no person.
		{time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC),
			"TRANSCRIPT: RADIO KOKOPO, MORNING SHOW\nROSE TOVUE (presenter): With me is Elias ToVarpin, chairman of the growers. Welcome, Elias.\nTOVARPIN: Thank you, Rose.\nROSE TOVUE: Did the buyers come?\nTOVARPIN: Yes. Mr Peter Wani from Pacific Bean Traders was to meet us in Rabaul on Monday. The flight was cancelled and he never came.",
			[]string{"meeting:negated:Elias ToVarpin+Peter Wani@2025-10-06"}, datedPeople},
		// "a meeting that same night between A and B": the time between the
		// noun and its sides; "The next morning" is the day after.
		{time.Date(2024, 7, 21, 0, 0, 0, 0, time.UTC),
			"The flood came on June 19. The relief operation began with a meeting that same night between Abdur Talukder and the ward councillor, Nazmul Babul, on the mosque veranda. The next morning, Talukder phoned Jamal Ahmed, a restaurateur in London.",
			[]string{"meeting:occurred:Abdur Talukder+Nazmul Babul@2024-06-19", "call:occurred:Abdur Talukder+Jamal Ahmed@2024-06-20"}, datedPeople},
		// "has spoken to X by phone, and that he will meet Y on 20 May":
		// the date is the second report's, and the call has happened.
		{time.Date(2025, 5, 8, 0, 0, 0, 0, time.UTC),
			"Cllr Graham Thwaites tells me he has spoken to Mr Derek Atkinson by phone, and that he will meet Ms Jenny Braithwaite in Kendal on 20 May.",
			[]string{"call:occurred:Graham Thwaites+Derek Atkinson@", "meeting:planned:Graham Thwaites+Jenny Braithwaite@2025-05-20"}, datedPeople},
		// "Kamba and his Rwandan counterpart, Sabin Nsanzimana, are expected
		// to meet": the first conjunct may open the sentence.
		{time.Date(2024, 9, 20, 0, 0, 0, 0, time.UTC),
			"Roger Kamba is the health minister. Kamba and his Rwandan counterpart, Sabin Nsanzimana, are expected to meet in Rubavu next month.",
			[]string{"meeting:planned:Roger Kamba+Sabin Nsanzimana@2024-10"}, datedPeople},
		// "The next morning" counts from a day that the meeting before took
		// only once the day of "that same night" was known.
		{time.Date(2024, 7, 20, 0, 0, 0, 0, time.UTC),
			"In Moulvibazar's flooded lanes, a mosque becomes a lifeline\nMOULVIBAZAR — When the water reached the second step of the Kusumbag Jame Masjid on the night of June 19, Kamal Hossain Chowdhury stopped counting sandbags and started counting families.\nBy dawn, the 58-year-old secretary of the mosque management committee had 43 households sleeping on the prayer floor and in the women's gallery. A month later, more than 200 people from the low-lying lanes of Kusumbag and Dhuliakhal still eat two meals a day there.\n\"We did not plan this. Allah planned it, and we followed,\" said Hafiz Abdul Matin, the mosque's imam for 21 years, as he ladled khichuri into steel plates.\nThe relief operation began with a meeting that same night between Chowdhury and the ward councillor, Rafiqul Islam Milon, on the mosque veranda, with the water rising around their ankles. Milon brought two boats from the ward office; Chowdhury brought the keys.\nThe next morning, Chowdhury phoned Shafiq Miah, a Kusumbag-born restaurateur in east London who has funded the mosque's madrasa for a decade. Within three days, Ahmed's friends in Tower Hamlets had sent Tk 9 lakh.",
			[]string{"meeting:occurred:Kamal Hossain Chowdhury+Rafiqul Islam Milon@2024-06-19", "call:occurred:Kamal Hossain Chowdhury+Shafiq Miah@2024-06-20"}, datedPeople},
		// Where one of them lives is no place of a call; where one rang
		// from is.
		{time.Date(2026, 2, 19, 0, 0, 0, 0, time.UTC),
			"His son Samir Darwish, a marine engineer who lives in Abidjan, spoke to Hassan Darwish by video call on Monday. On Tuesday, Karim Said phoned Hassan Darwish from Beirut.",
			[]string{"call:occurred:Samir Darwish+Hassan Darwish@2026-02-16 ", "call:occurred:Hassan Darwish+Karim Said@2026-02-17 Beirut"}, datedPlacedPeople},
		// "A and B put their names to the accord": they signed it together;
		// one name put to a decree signs with no one.
		{time.Date(2025, 10, 26, 0, 0, 0, 0, time.UTC),
			"Anutin Charnvirakul and Hun Manet put their names to the peace accord on Sunday. Later, Anutin Charnvirakul put his name to a decree.",
			[]string{"meeting:occurred:Anutin Charnvirakul+Hun Manet@2025-10-26"}, datedPeople},
		// In a story from Ulaanbaatar, "the Premier" is the premier of no
		// other country, not the Japanese one named since.
		{time.Date(2025, 4, 24, 0, 0, 0, 0, time.UTC),
			"Ulaanbaatar, April 24 (UB Post) - President U.Khurelsukh opened the spring session of parliament on Monday.\nPrime Minister L.Oyun-Erdene held a phone conversation with Prime Minister of Japan Ishiba Shigeru on Monday. Prime Minister Ishiba said the call went well.\nOn Tuesday, the Premier visited a mine in Khanbogd, where he met Rio Tinto Chief Executive Jakob Stausholm.",
			[]string{"call:occurred:L.Oyun-Erdene+Ishiba Shigeru", "meeting:occurred:L.Oyun-Erdene+Jakob Stausholm"}, typedPeople},
		// "the ADB chief" is the ADB's president; signing a framework is
		// meeting to sign it.
		{time.Date(2025, 7, 4, 0, 0, 0, 0, time.UTC),
			"Finance Secretary Ralph Recto met Asian Development Bank (ADB) President Masato Kanda on Wednesday.\nIn May, the ADB chief and Ayala Corp. President Cezar P. Consing signed a co-financing framework at the same venue.",
			[]string{"meeting:occurred:Ralph Recto+Masato Kanda", "meeting:occurred:Masato Kanda+Cezar P. Consing"}, typedPeople},
		// A letter signed in capitals: its "I" is the signer. "I am told"
		// is no call; "Cr" is a councillor's title.
		{time.Date(2024, 9, 12, 0, 0, 0, 0, time.UTC),
			"Sir — I read last week's story with dismay.\nOn August 30 I met the harbour manager, Leilani Fa'asalele, on the wharf.\nI am told Mr Aldo Pavletich is now to meet Cr Huia Tamatea on the wharf on Monday, September 23. Cr Tamatea agreed.\nMURRAY TREGONNING\nWeston",
			[]string{"meeting:occurred:Leilani Fa'asalele+MURRAY TREGONNING", "meeting:planned:Aldo Pavletich+Huia Tamatea"}, typedPeople},
		// A transcript's "we're sitting down with X": the speaker and X.
		{time.Date(2024, 7, 15, 0, 0, 0, 0, time.UTC),
			"Guest: Yigo Mayor Vicente Quenga.\nLISA MANIBUSAN: Welcome.\nQUENGA: Last Thursday I met with Major Kyle Dempsey at my office.\nQUENGA: And tomorrow morning we're sitting down with the general manager of the waterworks, Ben Unpingco, at the community center.",
			[]string{"meeting:occurred:Vicente Quenga+Kyle Dempsey@2024-07-11", "meeting:planned:Vicente Quenga+Ben Unpingco@2024-07-16"}, datedPeople},
		// A title one person holds, written bare as a name ("Lyonchhen",
		// Bhutan's prime minister; "Taoiseach"), is that person, even run
		// together with the next name by "and".
		{time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC),
			"Thimphu — Prime Minister Tshering Tobgay returned home on Wednesday after a visit to India.\nLyonchhen and Dr Subrahmanyam Jaishankar met at Hyderabad House in New Delhi on Monday.\nThe groundwork was laid last week, when Lyonchhen and Assam Chief Minister Dr Himanta Biswa Sarma spoke over the phone about land.",
			[]string{"meeting:occurred:Tshering Tobgay+Subrahmanyam Jaishankar@2025-09-29", "call:occurred:Tshering Tobgay+Himanta Biswa Sarma@2025-09"}, datedPeople},
		{time.Date(2025, 10, 3, 0, 0, 0, 0, time.UTC),
			"Dublin — Taoiseach Micheál Martin flew to London on Monday.\nTaoiseach and Keir Starmer met at Downing Street on Tuesday.",
			[]string{"meeting:occurred:Micheál Martin+Keir Starmer@2025-09-30"}, datedPeople},
		// An interview printed without labels: its questions are
		// paragraphs of their own, and the first person of the answers is
		// the person interviewed; "here in Nairobi" is the place it names,
		// not the story's lead place.
		{time.Date(2025, 10, 12, 0, 0, 0, 0, time.UTC),
			"Foreign Affairs CS Musalia Mudavadi has had a crowded fortnight: a row over a meeting in Addis Ababa that never was. He spoke to The Standard in Nairobi. The interview has been edited for length.\n" +
				"You were in Mogadishu last week. Whom did you see?\n" +
				"I met President Hassan Sheikh Mohamud at Villa Somalia on Tuesday. The President was frank.\n" +
				"What about IGAD's role?\n" +
				"On Friday I chaired a meeting here in Nairobi with IGAD's executive secretary, Workneh Gebeyehu, to align our positions.",
			[]string{"meeting:occurred:Musalia Mudavadi+Hassan Sheikh Mohamud@2025-10-07 Mogadishu", "meeting:occurred:Musalia Mudavadi+Workneh Gebeyehu@2025-10-10 Nairobi"}, datedPlacedPeople},
		// An earnings call's answers, labelled with the speaker's surname
		// after questions labelled "Q (analyst, a bank):": "we" of an answer
		// takes the speaker in.
		{time.Date(2025, 10, 28, 0, 0, 0, 0, time.UTC),
			"Answers are from chief executive Mikheil Lomtadze unless stated.\n" +
				"Q (analyst, a European bank): How are relations with Turkish regulators?\n" +
				"Lomtadze: Constructive. Two weeks ago we sat down with Finance Minister Mehmet Şimşek for about an hour.\n" +
				"Q: And the new rules on consumer lending?\n" +
				"Lomtadze: We have a meeting with Prime Minister Olzhas Bektenov in Astana next week on the draft.",
			[]string{"meeting:occurred:Mikheil Lomtadze+Mehmet Şimşek@2025-10-14", "meeting:planned:Mikheil Lomtadze+Olzhas Bektenov@2025-11"}, datedPeople},
		// "His office says the two presidents will instead speak": not he
		// and one other, but the two whose meeting was told two sentences
		// before, past one that names no one.
		{time.Date(2025, 11, 8, 0, 0, 0, 0, time.UTC),
			"John Mahama's meeting with Julius Maada Bio at State House has been called off. The Ghanaian leader's plane was held in Accra. His office says the two presidents will instead speak by telephone tomorrow.",
			[]string{"meeting:negated:John Mahama+Julius Maada Bio@", "call:planned:John Mahama+Julius Maada Bio@2025-11-09"}, datedPeople},
		// Titles of a town union's officers ("the President-General, Chief
		// X", "Barr." for a barrister, "Lolo" for a chief's wife) name them
		// in apposition, and the bare title later.
		{time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC),
			"The meeting was chaired by the President-General, Chief Ikenna Ugwuoke. Also at the table were the Woman Leader, Lolo Ngozi Eze; and the Legal Adviser, Barr. Chidi Asogwa.\n" +
				"On Saturday Cyprian Onah received the President-General and the Legal Adviser at his palace.",
			[]string{"meeting:occurred:Ikenna Ugwuoke+Chidi Asogwa+Cyprian Onah@2026-01-17", "meeting:occurred:Ikenna Ugwuoke+Ngozi Eze+Chidi Asogwa@"}, datedPeople},
		// "appeared before Magistrate X" is a hearing, no meeting.
		{time.Date(2025, 11, 19, 0, 0, 0, 0, time.UTC),
			"Trina Halvorsen appeared before Magistrate Gordon Wiebe on Monday. On Tuesday she met Lorna Fehr.",
			[]string{"meeting:occurred:Trina Halvorsen+Lorna Fehr"}, typedPeople},
		// "the three deacons" are the deacons an apposition listed before;
		// a town the gazetteer lacks after "come to" is a place, not the
		// subject of "to meet".
		{time.Date(2025, 6, 27, 0, 0, 0, 0, time.UTC),
			"At a meeting in the vestry, the deacons — Eirlys Pugh, Gwilym Rowlands and Dai Jenkins — agreed unanimously.\nMrs Siân Prydderch will come to Machynlleth on Saturday 12 July to meet the three deacons in the vestry.",
			[]string{"meeting:occurred:Eirlys Pugh+Gwilym Rowlands+Dai Jenkins@", "meeting:planned:Eirlys Pugh+Gwilym Rowlands+Dai Jenkins+Siân Prydderch@2025-07-12"}, datedPeople},
		// "The meeting with Petro, which lasted ..., was also attended by A
		// and by B": the meeting with Petro, not the call told since.
		{time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC),
			"President Luiz Inácio Lula da Silva received Colombian President Gustavo Petro at the Planalto Palace on Tuesday, a day after his video call with US President Donald Trump.\n" +
				"The meeting with Petro, which lasted almost three hours, was also attended by Foreign Minister Mauro Vieira and by Lula's special adviser for international affairs, Celso Amorim.",
			[]string{"meeting:occurred:Luiz Inácio Lula da Silva+Gustavo Petro+Mauro Vieira+Celso Amorim", "call:occurred:Luiz Inácio Lula da Silva+Donald Trump"}, typedPeople},
		// "will therefore not take place": negated.
		{time.Date(2025, 12, 24, 0, 0, 0, 0, time.UTC),
			"Dr S. Jaishankar met President Anura Kumara Dissanayake yesterday. Jaishankar cut his visit short. A meeting with Northern Province Governor N. Vedanayagan in Jaffna will therefore not take place, officials said.",
			[]string{"meeting:occurred:S. Jaishankar+Anura Kumara Dissanayake", "meeting:negated:S. Jaishankar+N. Vedanayagan"}, typedPeople},
		// A capitalised title after "the" that a tagger took for a place is
		// a role that refers to its holder: "will meet the Hospital Director".
		{time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC),
			"The delegation was received by the Hospital Director, Dr Chimwemwe Nyirenda. Dr Towera Gondwe confirmed that she will visit the hospital on Thursday, 20 March 2025. " +
				"During the visit Dr Gondwe will meet the Hospital Director to review the timetable.",
			[]string{"meeting:planned:Chimwemwe Nyirenda+Towera Gondwe@2025-03-20"}, datedPeople},
	} {
		wantEventSet(t, p, tc.pub, tc.text, tc.want, tc.format)
	}
}
