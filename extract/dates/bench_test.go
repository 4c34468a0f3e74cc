package dates

import (
	"strings"
	"testing"
)

// benchSentences mixes sentences with and without dates, as news has them.
var benchSentences = []string{
	"Witkoff, who spoke with Putin in Moscow on Thursday, told CNN that there will be a call with both presidents this week.",
	"The Kremlin said the two leaders discussed a ceasefire and the exchange of prisoners.",
	"Trump said he was hopeful that a deal could be reached, adding that the talks had been productive.",
	"Putin and Trump are scheduled to speak at 5 p.m. Moscow time, about 10 a.m. Eastern time.",
	"The first such negotiations since March 2022 were held in Istanbul, officials said.",
	"Zelensky met European leaders in London to discuss security guarantees for Ukraine.",
	"He visited Kyiv at the end of February, two weeks after the Munich Security Conference.",
	"Analysts say the sanctions have hurt the Russian economy, though exports of oil continue.",
}

// BenchmarkFindDates reports sentences and words per second.
func BenchmarkFindDates(b *testing.B) {
	var f Finder
	words := 0
	for _, s := range benchSentences {
		words += len(strings.Fields(s))
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range benchSentences {
			f.FindDates(s, 0, sunday)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N*len(benchSentences))/sec, "sentences/s")
	b.ReportMetric(float64(b.N*words)/sec, "words/s")
}
