package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"newsgraph/extract"
)

// sunday is the publication date of the seed articles 000 and 001.
var sunday = time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)

// A want is one expected mention: Text, Value, Ahead and Time.
type want struct{ text, value, ahead, time string }

func (w want) String() string {
	return fmt.Sprintf("{%q %q ahead %q time %q}", w.text, w.value, w.ahead, w.time)
}

// findTests are sentences of news reporting, published on Sunday
// 2025-03-16 unless pub is set.
var findTests = []struct {
	in   string
	pub  time.Time
	want []want
}{
	// A feast on a fixed day: its nearest occurrence.
	{in: "Papadakis first rang O'Halloran on Boxing Day.", pub: time.Date(2025, 1, 18, 0, 0, 0, 0, time.UTC), want: []want{{"on Boxing Day", "2024-12-26", "2024-12-26", ""}}},
	{in: "They spoke on Christmas Eve.", pub: time.Date(2025, 1, 18, 0, 0, 0, 0, time.UTC), want: []want{{"on Christmas Eve", "2024-12-24", "2024-12-24", ""}}},
	{in: "They will meet on New Year's Day.", pub: time.Date(2025, 12, 18, 0, 0, 0, 0, time.UTC), want: []want{{"on New Year's Day", "2026-01-01", "2026-01-01", ""}}},
	// A month that may be a name ("June", "May") heads a timeline's entry before a dash.
	{in: "June – A third meeting does not take place.", want: []want{{"June", "2024-06", "2025-06", ""}}},
	// The first month of a range takes the year of the second.
	{in: "They spoke between March and May 2023.", pub: time.Date(2024, 9, 17, 0, 0, 0, 0, time.UTC), want: []want{{"March", "2023-03", "2023-03", ""}, {"May 2023", "2023-05", "2023-05", ""}}},
	{in: "They met from June to August 2021.", pub: time.Date(2024, 9, 17, 0, 0, 0, 0, time.UTC), want: []want{{"June", "2021-06", "2021-06", ""}, {"August 2021", "2021-08", "2021-08", ""}}},
	{in: "June said the talks went well.", want: nil},
	{in: "In 2019 one of them, Delia Irish, paid her a visit.", want: []want{{"In 2019", "2019", "2019", ""}}},
	// A month that opens a line with a colon heads a timeline's entry.
	{in: "How we got here\nMay: Jagdeo holds a video conference with Woods.", want: []want{{"May", "2024-05", "2025-05", ""}}},
	// A day of the month alone: this month's or the last, ahead this month's or the next.
	{in: "Peña will travel to Brasília on the 14th to meet Lula.", want: []want{{"on the 14th", "2025-03-14", "2025-04-14", ""}}},
	// A weekday with the day of the month: the last such day, ahead the next.
	{in: "On Thursday the 13th, Smith hosted Jones.", want: []want{{"On Thursday the 13th", "2025-03-13", "2025-11-13", ""}}},
	{in: "The two met on the 3rd, officials said.", want: []want{{"on the 3rd", "2025-03-03", "2025-04-03", ""}}},
	{in: "They met on the 14th floor of the tower.", want: nil},
	{in: "Talks resumed on the 30th.", want: []want{{"on the 30th", "2025-03-30", "2025-03-30", ""}}},
	// "of this month", "of last month" name the month.
	{in: "On the 4th of this month, Shah hosted Wasserman.", want: []want{{"On the 4th of this month", "2025-03-04", "2025-03-04", ""}}},
	{in: "They met on the 28th of last month.", want: []want{{"on the 28th of last month", "2025-02-28", "2025-02-28", ""}}},
	// Weekdays: the most recent one (the same day counts), ahead the coming one.
	{in: "Witkoff, who spoke with Putin in Moscow on Thursday, told CNN.", want: []want{{"on Thursday", "2025-03-13", "2025-03-20", ""}}},
	{in: "Thursday's talks lasted hours.", want: []want{{"Thursday", "2025-03-13", "2025-03-20", ""}}},
	// A weekday of the week named after it: weeks run Monday to Sunday.
	{in: "They will sit down on Thursday next week with Karim.", want: []want{{"on Thursday next week", "2025-03-20", "2025-03-20", ""}}},
	{in: "They met on Monday last week.", want: []want{{"on Monday last week", "2025-03-03", "2025-03-03", ""}}},
	{in: "Witkoff said on Sunday that the call may happen.", want: []want{{"on Sunday", "2025-03-16", "2025-03-16", ""}}},
	{in: "Trump said Monday that he would speak to Putin.", want: []want{{"Monday", "2025-03-10", "2025-03-17", ""}}},
	{in: "Last Monday, the United States and Ukraine met.", want: []want{{"Last Monday", "2025-03-10", "2025-03-10", ""}}},
	{in: "He met them last Friday.", want: []want{{"last Friday", "2025-03-14", "2025-03-14", ""}}},
	{in: "They will meet next Monday in Riyadh.", want: []want{{"next Monday", "2025-03-17", "2025-03-17", ""}}},
	// Easter moves: 2025's Easter Sunday was 20 April, Good Friday 18 April.
	{in: "They last spoke by phone on Easter Sunday.", want: []want{{"on Easter Sunday", "2025-04-20", "2025-04-20", ""}}},
	{in: "The service is on Good Friday.", want: []want{{"on Good Friday", "2025-04-18", "2025-04-18", ""}}},
	// Two days of the next week: one span, from the first.
	{in: "Next Wednesday and Thursday, the leaders meet in Riyadh.", want: []want{{"Next Wednesday and Thursday", "2025-03-19", "2025-03-19", ""}}},
	{in: "The two are set to talk this Wednesday.", want: []want{{"this Wednesday", "2025-03-12", "2025-03-19", ""}}},
	{in: "Officials met late Tuesday in Jeddah.", want: []want{{"late Tuesday", "2025-03-11", "2025-03-18", ""}}},
	{in: "They spoke on Saturday night by phone.", want: []want{{"on Saturday night", "2025-03-15", "2025-03-22", ""}}},
	{in: "The Kremlin called Wednesday talks productive.", want: []want{{"Wednesday", "2025-03-12", "2025-03-19", ""}}},
	{in: "Holding separate phone calls Monday with Putin.", pub: time.Date(2025, 5, 19, 0, 0, 0, 0, time.UTC), want: []want{{"Monday", "2025-05-19", "2025-05-19", ""}}},
	{in: "He spoke to reporters last Sunday.", want: []want{{"last Sunday", "2025-03-09", "2025-03-09", ""}}},
	{in: "A meeting is planned for next Sunday.", want: []want{{"next Sunday", "2025-03-23", "2025-03-23", ""}}},
	{in: "Talks are due before Friday.", want: []want{{"Friday", "2025-03-14", "2025-03-21", ""}}},
	{in: "Shoppers crowded stores on Black Friday.", want: []want{{"Friday", "2025-03-14", "2025-03-21", ""}}},
	{in: "The Sunday Times reported that they met.", want: nil},
	{in: "He told the Mail on Sunday that he met Putin.", want: nil},
	{in: "The Good Friday Agreement ended the conflict.", want: nil},
	{in: "Marchers remembered Bloody Sunday.", want: nil},
	{in: "A military source told L'Orient Today that they met.", want: nil},
	{in: "She wrote for USA Today before the talks.", want: nil},
	// Weekday with an explicit date.
	{in: "He spoke outside the White House on Thursday, March 6, 2025.", want: []want{{"on Thursday, March 6, 2025", "2025-03-06", "2025-03-06", ""}}},
	{in: "The summit opens on Monday (March 17) in Geneva.", want: []want{{"on Monday (March 17)", "2025-03-17", "2025-03-17", ""}}},
	// Days relative to publication.
	{in: "The two leaders spoke today.", want: []want{{"today", "2025-03-16", "2025-03-16", ""}}},
	{in: "Dmitriev said the world is safer due to today's call.", want: []want{{"today", "2025-03-16", "2025-03-16", ""}}},
	{in: "Putin will address the nation tonight.", want: []want{{"tonight", "2025-03-16", "2025-03-16", ""}}},
	{in: "They met yesterday in Moscow.", want: []want{{"yesterday", "2025-03-15", "2025-03-15", ""}}},
	{in: "They will meet tomorrow morning.", want: []want{{"tomorrow morning", "2025-03-17", "2025-03-17", ""}}},
	{in: "Rubio met Lavrov the day before yesterday.", want: []want{{"the day before yesterday", "2025-03-14", "2025-03-14", ""}}},
	{in: "They will meet the day after tomorrow.", want: []want{{"the day after tomorrow", "2025-03-18", "2025-03-18", ""}}},
	{in: "The president spoke this morning with Macron.", want: []want{{"this morning", "2025-03-16", "2025-03-16", ""}}},
	{in: "The envoys talked last night.", want: []want{{"last night", "2025-03-15", "2025-03-15", ""}}},
	{in: "Earlier today, the ministers met.", want: []want{{"Earlier today", "2025-03-16", "2025-03-16", ""}}},
	// Weeks: the month when the week lies within one.
	{in: "He met Putin last week.", want: []want{{"last week", "2025-03", "2025-03", ""}}},
	{in: "There will be a call with both presidents this week.", want: []want{{"this week", "2025-03", "2025-03", ""}}},
	// This week: the days so far for a past event, the days left ahead.
	{in: "Nyerere arrived in Rome this week.", pub: time.Date(1996, 8, 31, 0, 0, 0, 0, time.UTC), want: []want{{"this week", "1996-08", "1996", ""}}},
	{in: "They will meet later this week.", pub: time.Date(1996, 8, 29, 0, 0, 0, 0, time.UTC), want: []want{{"later this week", "1996-08", "1996-08", ""}}},
	{in: "They are planning to meet as early as next week.", want: []want{{"next week", "2025-03", "2025-03", ""}}},
	{in: "Talks are expected early next week.", want: []want{{"early next week", "2025-03", "2025-03", ""}}},
	{in: "He met Putin last week.", pub: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), want: []want{{"last week", "2025-02", "2025-02", ""}}},
	{in: "Last week, Trump set a new deadline.", pub: time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC), want: []want{{"Last week", "2025-07", "2025-07", ""}}},
	{in: "Officials met over the weekend.", want: []want{{"the weekend", "2025-03", "2025-03", ""}}},
	{in: "They met last weekend.", want: []want{{"last weekend", "2025-03", "2025-03", ""}}},
	{in: "The two sides talked in the past week.", want: []want{{"in the past week", "2025-03", "2025-03", ""}}},
	// Months and years relative to publication.
	{in: "It was Witkoff's second meeting with Putin last month.", want: []want{{"last month", "2025-02", "2025-02", ""}}},
	{in: "They met earlier this month in Jeddah.", want: []want{{"earlier this month", "2025-03", "2025-03", ""}}},
	{in: "A summit is expected later this month.", want: []want{{"later this month", "2025-03", "2025-03", ""}}},
	{in: "The leaders will meet next month.", want: []want{{"next month", "2025-04", "2025-04", ""}}},
	{in: "They met last year in Washington.", want: []want{{"last year", "2024", "2024", ""}}},
	{in: "Talks could resume next year.", want: []want{{"next year", "2026", "2026", ""}}},
	{in: "The two met twice this year.", want: []want{{"this year", "2025", "2025", ""}}},
	{in: "Modi met Xi last month.", pub: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), want: []want{{"last month", "2024-12", "2024-12", ""}}},
	// Months by name.
	{in: "The first to sit down in mid-February, the Russians released a teacher.", want: []want{{"in mid-February", "2025-02", "2026-02", ""}}},
	{in: "Elections are due in early March.", want: []want{{"in early March", "2025-03", "2025-03", ""}}},
	{in: "They met last November in Rio.", want: []want{{"last November", "2024-11", "2024-11", ""}}},
	// A month with a year counted from publication; seasons are years (northern seasons, no winter).
	{in: "I sat down with Putin in Sochi in March last year.", want: []want{{"in March last year", "2024-03", "2024-03", ""}}},
	{in: "They met on March 3 of last year.", want: []want{{"on March 3 of last year", "2024-03-03", "2024-03-03", ""}}},
	{in: "I met him in Geneva last spring.", want: []want{{"last spring", "2024", "2024", ""}}},
	{in: "I met him in Geneva last summer.", want: []want{{"last summer", "2024", "2024", ""}}},
	{in: "In the summer, after the strikes, I requested a meeting.", pub: time.Date(2025, 10, 5, 0, 0, 0, 0, time.UTC), want: []want{{"In the summer", "2025", "2026", ""}}},
	{in: "They will meet next autumn.", want: []want{{"next autumn", "2025", "2025", ""}}},
	{in: "They met in summer 2023.", want: []want{{"in summer 2023", "2023", "2023", ""}}},
	{in: "They met after the fall of Kabul.", want: nil},
	{in: "They met last winter.", want: nil},
	{in: "They met in November.", want: []want{{"in November", "2024-11", "2025-11", ""}}},
	{in: "The two plan to meet in May.", want: []want{{"in May", "2024-05", "2025-05", ""}}},
	{in: "Putin may meet Trump soon.", want: nil},
	{in: "May I ask a question?", want: nil},
	{in: "Thousands joined a march in Paris.", want: nil},
	{in: "March organisers said police were calm.", want: nil},
	{in: "Reporter April Ryan asked about the call.", want: nil},
	{in: "Theresa May met Merkel in Berlin.", want: nil},
	{in: "Protesters gathered on May Day.", want: nil},
	{in: "the first such negotiations since March 2022", want: []want{{"March 2022", "2022-03", "2022-03", ""}}},
	{in: "He visited Kyiv at the end of February.", want: []want{{"the end of February", "2025-02", "2026-02", ""}}},
	{in: "They met on 12 March last year.", want: []want{{"on 12 March last year", "2024-03-12", "2024-03-12", ""}}},
	{in: "They will meet before the end of the year.", want: []want{{"the end of the year", "2025", "2025", ""}}},
	{in: "They hope to speak by the end of the month.", want: []want{{"the end of the month", "2025-03", "2025-03", ""}}},
	{in: "The war began in February of 2022.", want: []want{{"in February of 2022", "2022-02", "2022-02", ""}}},
	// Explicit days.
	{in: "Witkoff was in Riyadh on February 18, 2025.", want: []want{{"on February 18, 2025", "2025-02-18", "2025-02-18", ""}}},
	{in: "Modi met Xi on 6 March 2025 in Delhi.", want: []want{{"on 6 March 2025", "2025-03-06", "2025-03-06", ""}}},
	{in: "They met on March 6 in Moscow.", want: []want{{"on March 6", "2025-03-06", "2025-03-06", ""}}},
	{in: "The talks began Mar. 6 in Jeddah.", want: []want{{"Mar. 6", "2025-03-06", "2025-03-06", ""}}},
	{in: "New Delhi, Sept 8: The prime minister met the president.", pub: time.Date(2025, 9, 9, 0, 0, 0, 0, time.UTC), want: []want{{"Sept 8", "2025-09-08", "2025-09-08", ""}}},
	{in: "The two met on Sept. 8 in Delhi.", want: []want{{"on Sept. 8", "2025-09-08", "2025-09-08", ""}}},
	{in: "The summit will be held May 10-11 in Tirana.", want: []want{{"May 10-11", "2025-05-10", "2025-05-10", ""}}},
	{in: "They met on the 6th of March, 2025.", want: []want{{"6th of March, 2025", "2025-03-06", "2025-03-06", ""}}},
	{in: "The talks ended on March 6th.", want: []want{{"on March 6th", "2025-03-06", "2025-03-06", ""}}},
	{in: "They met on Dec. 28 in Doha.", pub: time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), want: []want{{"on Dec. 28", "2024-12-28", "2024-12-28", ""}}},
	{in: "The summit is set for Jan. 3.", pub: time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC), want: []want{{"Jan. 3", "2025-01-03", "2025-01-03", ""}}},
	{in: "The deal was signed on 2025-03-06.", want: []want{{"on 2025-03-06", "2025-03-06", "2025-03-06", ""}}},
	{in: "A meeting on February 30, 2025 never happened.", want: nil},
	// Years.
	{in: "Russia launched its invasion in 2022.", want: []want{{"in 2022", "2022", "2022", ""}}},
	{in: "The sanctions have been in place since 2014.", want: []want{{"2014", "2014", "2014", ""}}},
	{in: "A ceasefire could come in late 2025.", want: []want{{"in late 2025", "2025", "2025", ""}}},
	{in: "Russia has deployed 2022 troops to the border.", want: nil},
	{in: "A crowd of 2000 people gathered.", want: nil},
	{in: "Relations soured in the 1990s.", want: nil},
	{in: "They met before the 2024 election.", want: []want{{"2024", "2024", "2024", ""}}},
	// Counted offsets.
	{in: "The two spoke two days ago.", want: []want{{"two days ago", "2025-03-14", "2025-03-14", ""}}},
	{in: "They met three weeks ago in Paris.", want: []want{{"three weeks ago", "2025-02-23", "2025-02-23", ""}}},
	{in: "A year ago, the two met in Geneva.", want: []want{{"A year ago", "2024", "2024", ""}}},
	{in: "They will meet again in two weeks.", want: []want{{"in two weeks", "2025-03-30", "2025-03-30", ""}}},
	{in: "It was the first time in two years that they met.", want: nil},
	{in: "The deal was reached two days before the deadline.", want: nil},
	{in: "A truce is expected in the coming days.", want: nil},
	{in: "Officials will meet in the coming weeks.", want: nil},
	{in: "He set a deadline of 10 or 12 days from today.", want: nil},
	{in: "They met 5 days ago.", want: []want{{"5 days ago", "2025-03-11", "2025-03-11", ""}}},
	// Times of day.
	{in: "Putin and Trump are scheduled to speak at 5 p.m. Moscow time, about 10 a.m. Eastern time.", want: []want{
		{"at 5 p.m. Moscow time", "", "", "17:00 Europe/Moscow"},
		{"10 a.m. Eastern time", "", "", "10:00 America/New_York"}}},
	{in: "The call began at 17:00 GMT on Tuesday.", want: []want{{"at 17:00 GMT on Tuesday", "2025-03-11", "2025-03-18", "17:00 UTC"}}},
	{in: "They spoke on Tuesday at noon.", want: []want{{"on Tuesday at noon", "2025-03-11", "2025-03-18", "12:00"}}},
	{in: "The talks resume at 1400 GMT.", want: []want{{"at 1400 GMT", "", "", "14:00 UTC"}}},
	{in: "The call lasted until midnight on Friday.", want: []want{{"midnight on Friday", "2025-03-14", "2025-03-21", "00:00"}}},
	{in: "On Tuesday, the two leaders spoke for two hours starting at 4:30pm local time.", want: []want{
		{"On Tuesday", "2025-03-11", "2025-03-18", ""},
		{"at 4:30pm local time", "2025-03-11", "2025-03-18", "16:30"}}},
	// A time in another clause takes no day from it.
	{in: "Zelensky, who was received by the king on Tuesday, is due to meet Trump around midday.", want: []want{
		{"on Tuesday", "2025-03-11", "2025-03-18", ""},
		{"midday", "", "", "12:00"}}},
	{in: "The vote was 5.30 percent.", want: nil},
	// Several mentions in one sentence.
	{in: "Trump, who met Putin in 2019, said Tuesday that they would meet next week.", want: []want{
		{"in 2019", "2019", "2019", ""},
		{"Tuesday", "2025-03-11", "2025-03-18", ""},
		{"next week", "2025-03", "2025-03", ""}}},
	{in: "There is no date here at all.", want: nil},
	// More phrasing from the seeds and the wires.
	{in: "It was the first direct negotiations between Russia and Ukraine in three years.", want: nil},
	{in: "Inflation hit its highest level in two months.", want: nil},
	{in: `Trump set a deadline of about ... 10 or 12 days from today," he said.`, want: nil},
	{in: "They are scheduled to speak at 10 a.m. Eastern.", want: []want{{"at 10 a.m. Eastern", "", "", "10:00 America/New_York"}}},
	{in: "The talks opened at 10:30 a.m. (0730 GMT) on Tuesday.", want: []want{
		{"at 10:30 a.m.", "2025-03-11", "2025-03-18", "10:30"},
		{"0730 GMT", "2025-03-11", "2025-03-18", "07:30 UTC"},
		{"on Tuesday", "2025-03-11", "2025-03-18", ""}}},
	{in: "Trump spoke with Putin this past weekend.", want: []want{{"this past weekend", "2025-03", "2025-03", ""}}},
	{in: "Russia invaded Ukraine on 24 February 2022.", want: []want{{"on 24 February 2022", "2022-02-24", "2022-02-24", ""}}},
	{in: "Zelensky met Trump on Friday, Feb. 28, in the Oval Office.", want: []want{{"on Friday, Feb. 28", "2025-02-28", "2025-02-28", ""}}},
	{in: "Last Thursday's meeting ended early.", want: []want{{"Last Thursday", "2025-03-13", "2025-03-13", ""}}},
	{in: "A week later, the two met again.", want: nil},
	{in: "The summit ran from March 10 to March 12.", want: []want{
		{"March 10", "2025-03-10", "2025-03-10", ""},
		{"March 12", "2025-03-12", "2025-03-12", ""}}},
	{in: "Xi will visit Moscow in two weeks' time.", want: []want{{"in two weeks' time", "2025-03-30", "2025-03-30", ""}}},
	{in: "The leaders met two months ago in Brasilia.", want: []want{{"two months ago", "2025-01", "2025-01", ""}}},
	{in: "The war began three years ago.", want: []want{{"three years ago", "2022", "2022", ""}}},
	{in: "Ramaphosa met Ruto in Nairobi on January 20.", want: []want{{"on January 20", "2025-01-20", "2025-01-20", ""}}},
	{in: "MOSCOW, Oct 24 (Reuters) - Putin met Modi.", pub: time.Date(2024, 10, 24, 0, 0, 0, 0, time.UTC), want: []want{{"Oct 24", "2024-10-24", "2024-10-24", ""}}},
	{in: "Lula met Milei in June 2024 and again in August.", want: []want{
		{"in June 2024", "2024-06", "2024-06", ""},
		{"in August", "2024-08", "2025-08", ""}}},
	{in: "The two will meet in the next few days.", want: nil},
	{in: "The delegates met throughout 2023 in Doha.", want: []want{{"2023", "2023", "2023", ""}}},
	{in: "Growth slowed in mid-2024.", want: []want{{"in mid-2024", "2024", "2024", ""}}},
	{in: "The accord was signed by 2,000 delegates.", want: nil},
	{in: "Shares rose 2.5% on Monday after the call.", want: []want{{"on Monday", "2025-03-10", "2025-03-17", ""}}},
	{in: "The score was 3-1 at 90 minutes.", want: nil},
}

func TestFindDates(t *testing.T) {
	var f Finder
	const base = 100
	for _, tt := range findTests {
		pub := tt.pub
		if pub.IsZero() {
			pub = sunday
		}
		got := f.FindDates(tt.in, base, pub)
		var gotW []want
		for _, m := range got {
			gotW = append(gotW, want{m.Text, m.Value, m.Ahead, m.Time})
			if s := m.Span; s.Start < base || s.End > base+len(tt.in) || tt.in[s.Start-base:s.End-base] != m.Text {
				t.Errorf("FindDates(%q): span %v does not hold %q", tt.in, s, m.Text)
			}
		}
		if fmt.Sprint(gotW) != fmt.Sprint(tt.want) {
			t.Errorf("FindDates(%q, %s)\n got  %v\n want %v", tt.in, pub.Format("2006-01-02"), gotW, tt.want)
		}
	}
	if len(findTests) < 60 {
		t.Errorf("only %d cases", len(findTests))
	}
}

func TestPrecision(t *testing.T) {
	var f Finder
	tests := []struct{ in, precision string }{
		{"on Thursday", "day"},
		{"yesterday", "day"},
		{"March 6, 2025", "day"},
		{"mid-February", "month"},
		{"last month", "month"},
		{"this week", "month"},
		{"March 2022", "month"},
		{"in 2022", "year"},
		{"next year", "year"},
		{"late 2024", "year"},
	}
	for _, tt := range tests {
		got := f.FindDates(tt.in, 0, sunday)
		if len(got) != 1 {
			t.Errorf("FindDates(%q) = %v, want one mention", tt.in, got)
			continue
		}
		if p := got[0].Precision(); p != tt.precision {
			t.Errorf("FindDates(%q) precision = %q (%q), want %q", tt.in, p, got[0].Value, tt.precision)
		}
	}
}

// TestWeekdays checks every weekday against every day of publication: the
// value lies in the six days before publication or on it, and ahead in the
// six days after it or on it, on the named weekday.
func TestWeekdays(t *testing.T) {
	var f Finder
	names := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	for d := range 7 {
		pub := sunday.AddDate(0, 0, d)
		for wd, name := range names {
			got := f.FindDates("They met on "+name+".", 0, pub)
			if len(got) != 1 {
				t.Fatalf("FindDates(on %s) = %v", name, got)
			}
			v, _ := time.Parse(time.DateOnly, got[0].Value)
			a, _ := time.Parse(time.DateOnly, got[0].Ahead)
			back, fwd := pub.Sub(v).Hours()/24, a.Sub(pub).Hours()/24
			if int(v.Weekday()) != wd || int(a.Weekday()) != wd || back < 0 || back > 6 || fwd < 0 || fwd > 6 {
				t.Errorf("on %s published %s: value %s ahead %s", name, pub.Format("Mon 2006-01-02"), got[0].Value, got[0].Ahead)
			}
		}
	}
}

func TestNoPublished(t *testing.T) {
	var f Finder
	got := f.FindDates("They met on Thursday, and on March 6, 2025, and in 2022.", 0, time.Time{})
	var vals []string
	for _, m := range got {
		vals = append(vals, m.Value)
	}
	if s := strings.Join(vals, ","); s != "2025-03-06,2022" {
		t.Errorf("FindDates without publication date: values %q, want %q", s, "2025-03-06,2022")
	}
}

func TestSatisfiesInterface(t *testing.T) {
	var d extract.DateFinder = New()
	if got := d.FindDates("on Friday", 7, sunday); len(got) != 1 || got[0].Span != (extract.Span{Start: 7, End: 16}) {
		t.Errorf("FindDates(on Friday, base 7) = %v", got)
	}
}
