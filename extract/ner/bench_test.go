package ner

import (
	"bytes"
	"os"
	"syscall"
	"testing"
	"time"

	"newsgraph/extract"
)

func benchDocs(b *testing.B) ([][][]string, int) {
	docs := devDocs(b)
	var words [][][]string
	n := 0
	for _, d := range docs {
		words = append(words, d.Words())
		for _, s := range d.Sentences {
			n += len(s.Words)
		}
	}
	return words, n
}

// BenchmarkTagNER tags CoNLL-2003 dev with the entity model (two stages).
func BenchmarkTagNER(b *testing.B) {
	m, err := Load(dataFS, NERModelName)
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, m)
}

// BenchmarkTagNERStageOne tags with the first stage alone: the baseline
// that the document-level second stage costs time against.
func BenchmarkTagNERStageOne(b *testing.B) {
	m, err := Load(dataFS, NERModelName)
	if err != nil {
		b.Fatal(err)
	}
	if m.prior == nil {
		b.Skip("model has one stage")
	}
	benchTag(b, m.prior)
}

// BenchmarkTagPOS tags CoNLL-2003 dev with the POS model.
func BenchmarkTagPOS(b *testing.B) {
	m, err := Load(dataFS, POSModelName)
	if err != nil {
		b.Fatal(err)
	}
	benchTag(b, m)
}

func benchTag(b *testing.B, m *Model) {
	docs, n := benchDocs(b)
	ws := m.getWS()
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime(b)
	for b.Loop() {
		for _, d := range docs {
			m.tagDoc(ws, d)
		}
	}
	reportSpeed(b, n, cpu)
}

// cpuTime returns the CPU time the process has used. On a shared machine
// wall-clock time overstates the cost of a benchmark; CPU time does not.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportSpeed reports tokens per second of wall-clock time and of CPU time
// since cpu0; run with -cpu 1 so that both measure one core.
func reportSpeed(b *testing.B, tokens int, cpu0 time.Duration) {
	total := float64(tokens) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(total/(cpuTime(b)-cpu0).Seconds(), "tokens/cpu-s")
}

// BenchmarkTokenize is a reference point measured in the same run: the
// rule tokenizer over the same text.
func BenchmarkTokenize(b *testing.B) {
	docs, n := benchDocs(b)
	var buf bytes.Buffer
	for _, d := range docs {
		for _, s := range d {
			for _, w := range s {
				buf.WriteString(w)
				buf.WriteByte(' ')
			}
			buf.WriteByte('\n')
		}
	}
	text := buf.String()
	b.ResetTimer()
	cpu := cpuTime(b)
	for b.Loop() {
		extract.RuleTokenizer{}.Tokenize(text)
	}
	reportSpeed(b, n, cpu)
}

// BenchmarkTagger runs Tag and TagPOS over the seed articles.
func BenchmarkTagger(b *testing.B) {
	tg := loadTagger(b)
	var ds []*extract.Doc
	n := 0
	for _, name := range []string{"000_236028db1816eb05", "001_94434065febc8b61", "002_578d5292960bc636"} {
		text, err := os.ReadFile("../../data/articles/" + name + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		d := newDoc(string(text))
		n += len(d.Tokens)
		ds = append(ds, d)
	}
	b.ResetTimer()
	cpu := cpuTime(b)
	for b.Loop() {
		for _, d := range ds {
			if _, err := tg.Tag(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportSpeed(b, n, cpu)
}

func BenchmarkLoadNER(b *testing.B) {
	cpu := cpuTime(b)
	defer func() { b.ReportMetric(float64((cpuTime(b)-cpu).Milliseconds())/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		if _, err := Load(dataFS, NERModelName); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadPOS(b *testing.B) {
	cpu := cpuTime(b)
	defer func() { b.ReportMetric(float64((cpuTime(b)-cpu).Milliseconds())/float64(b.N), "cpu-ms/op") }()
	for b.Loop() {
		if _, err := Load(dataFS, POSModelName); err != nil {
			b.Fatal(err)
		}
	}
}
