package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/eval"
	"newsgraph/extract"
	"newsgraph/pipeline"
)

// benchArticles reads the seed and CoNLL development articles and counts
// their words (whitespace-separated).
func benchArticles(b *testing.B) ([]extract.Article, int) {
	b.Helper()
	var arts []extract.Article
	words := 0
	for _, dir := range []string{"../eval/testdata/seeds", "../eval/testdata/conll"} {
		names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			b.Fatal(err)
		}
		for _, n := range names {
			id := strings.TrimSuffix(filepath.Base(n), ".txt")
			a, err := eval.LoadArticle(os.DirFS(dir), ".", id)
			if err != nil {
				b.Fatal(err)
			}
			arts = append(arts, a)
			words += len(strings.Fields(a.Text))
		}
	}
	if len(arts) == 0 {
		b.Skip("no articles")
	}
	return arts, words
}

// BenchmarkPipeline reports the extraction throughput in words/s with each
// tagger, and that of the tokenizer alone as the yardstick:
//
//	go test ./pipeline -run '^$' -bench . -cpu 1
func BenchmarkPipeline(b *testing.B) {
	arts, words := benchArticles(b)
	b.Run("tokenizer", func(b *testing.B) {
		var tk extract.RuleTokenizer
		for b.Loop() {
			for _, a := range arts {
				_ = tk.Tokenize(a.Text)
			}
		}
		b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
	})
	for _, tagger := range []string{pipeline.TaggerNER, pipeline.TaggerRule} {
		b.Run(tagger, func(b *testing.B) {
			p, err := pipeline.NewWith(os.DirFS("../data"), pipeline.Options{Tagger: tagger})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				for _, a := range arts {
					if _, err := p.Run(a); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
		})
	}
}
