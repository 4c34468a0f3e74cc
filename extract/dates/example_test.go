package dates_test

import (
	"fmt"
	"time"

	"newsgraph/extract/dates"
)

func ExampleFinder_FindDates() {
	published := time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC) // a Sunday
	sentence := "Witkoff met Putin in Moscow on Thursday and said the presidents would speak next week at 5 p.m. Moscow time."
	for _, m := range dates.New().FindDates(sentence, 1000, published) {
		fmt.Printf("%q %v value=%s ahead=%s time=%q\n", m.Text, m.Span, m.Value, m.Ahead, m.Time)
	}
	// Output:
	// "on Thursday" [1028,1039) value=2025-03-13 ahead=2025-03-20 time=""
	// "next week at 5 p.m. Moscow time" [1076,1107) value=2025-03 ahead=2025-03 time="17:00 Europe/Moscow"
}
