// Package dates finds date and time expressions in English news text and
// normalises them against the article's publication date. Finder implements
// extract.DateFinder.
//
// # Values and precision
//
// A value keeps the precision the text gives: YYYY-MM-DD for a day,
// YYYY-MM for a month, YYYY for a year. Text is the expression as written,
// with a leading "on" before a day, "in" before a month or year and "at"
// before a time ("on Thursday", "in mid-February", "at 5 p.m. Moscow time");
// Span is its byte range in the article. Decorations narrow a period without
// changing its value at the kept precision: "mid-February", "early March",
// "late 2024", "earlier this month", "the end of February" are months or
// years.
//
// # Readings that depend on the tense
//
// Ahead is the reading to use when the sentence speaks of a planned event; it
// equals Value when the expression is unambiguous. For an article published
// on Sunday 2025-03-16:
//
//	on Thursday, Thursday's talks     2025-03-13, ahead 2025-03-20
//	on Sunday (the day of publication) 2025-03-16, ahead 2025-03-16
//	this Wednesday                    2025-03-12, ahead 2025-03-19
//	last Friday / next Monday         2025-03-14 / 2025-03-17
//	in November                       2024-11, ahead 2025-11
//	last November / next November     2024-11 / 2025-11
//	March 6, May 10-11                2025-03-06, 2025-05-10
//
// A bare weekday is the most recent such day on or before publication, or
// the coming one ahead. A weekday that is the day of publication is that day
// in both readings: news copy names the day of the week even for the day
// itself ("Trump said Monday" in a Monday article). "last X" is the most
// recent X strictly before publication and "next X" the first strictly
// after it. A bare month name is the most recent such month (the current
// one included), or ahead the coming one. A day with no year ("March 6",
// "Dec. 28") takes the year that puts it nearest to publication, so a
// January article's "Dec. 28" is in the year before; it does not move with
// the tense. A range ("May 10-11") gives its first day and keeps the whole
// range as Text. A weekday before an explicit date ("Thursday, March 6,
// 2025") is one expression valued by the date.
//
// # Days, weeks, months and years from publication
//
// today, tonight, this morning, earlier today: the day of publication;
// yesterday, last night: the day before; tomorrow: the day after; the day
// before yesterday, the day after tomorrow. "two days ago" and "three weeks
// ago" are days (weeks count seven days), "two months ago" a month, "a year
// ago" a year; "in two weeks" and "two weeks from now" count forward.
//
// A week names no single day. Weeks run Monday to Sunday; "this week", "last
// week", "next week" and "the past week" give the month when the whole week
// lies within one month, else the year when it lies within one year, else
// nothing. Weekends likewise. "this month", "last month", "next month" and
// "this year", "last year", "next year" are the month or year, and so is a
// month or day followed by one ("in March last year" is 2024-03 in 2025).
// A season is its year, the northern seasons read (spring from March):
// "last spring", "this summer", "next autumn", "in the summer" (the last
// one, or ahead the coming one), "summer 2023". Winter, which spans two
// years, is matched but has no value.
//
// # Times of day
//
// "5 p.m.", "5:30pm", "17:00", "noon", "midnight" and "1400 GMT" give Time as
// "17:00", with the zone when one is written: an abbreviation ("GMT" and "UTC"
// are "UTC", "EST" is "America/New_York") or a place followed by "time"
// ("5 p.m. Moscow time" is "17:00 Europe/Moscow"; "local time" adds none).
// A time next to a date is one expression with it ("on Tuesday at noon", "at
// 17:00 GMT on Tuesday", "next week at 5 p.m."). Any other time is a mention of its own, valued by
// the nearest day named in the sentence, or with no value when none is.
//
// # What is left out
//
// Expressions with no date of their own are skipped: stretches ("the coming
// days", "in the coming weeks", "the past two years", "the first time in two
// years"), offsets from another event ("two days before the deadline", "a
// week later"), vague counts ("10 or 12 days from today"), decades ("the
// 1990s"), and impossible dates ("February 30"). Words that are
// dates only sometimes need context: "May", "March", "April", "June" and
// "August" are months only when capitalised and after a preposition,
// modifier or decoration, or before a day or year ("Putin may meet", "a
// march", "April Ryan" are not dates); a four-digit number is a year only
// after a preposition ("in 2022", "since 2014", "mid-2024") or as "the 2024
// election", not in "2022 troops" or "a crowd of 2000 people"; weekdays in
// names ("Sunday Times", "Mail on Sunday", "Bloody Sunday", "Good Friday
// Agreement") are skipped. Without a publication date only expressions that
// name their year are valued.
//
// # Why rules and not a library
//
// github.com/olebedev/when v1.1.0 returns a time.Time without precision, reads
// a bare weekday as the coming one and "last November" as the next November,
// takes the modal "may" and "a march" for months and "May 10-11" for 10:11,
// and has no years. github.com/markusmobius/go-dateparser v1.4.7 searches
// text well for a bare weekday but also takes the modal "may" for a month,
// reads "10-11" as a Vietnamese date and misses "mid-February"; its package
// initialisation holds 45 MB of heap (60 MB resident, about 0.5 s) in every
// binary that links it, the CLI and all test binaries. Neither keeps the
// precision or gives the ahead reading, so this package is a rule-based
// finder over a small immutable lexicon.
//
// # Cost
//
// A sentence with no digit and no date word (a month, weekday, today,
// week, noon, morning and the like) is rejected by one scan without
// allocating; others are tokenised once and matched left to right, longest
// expression first, without backtracking.
package dates
