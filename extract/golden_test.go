package extract_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/eval"
	"newsgraph/extract"
	"newsgraph/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden from the current pipeline")

// goldenSources are the articles the golden files were made from, relative to
// the repository root: the seeds and a handful of CoNLL documents.
var goldenSources = []string{
	"eval/testdata/seeds/000_236028db1816eb05",
	"eval/testdata/seeds/001_94434065febc8b61",
	"eval/testdata/seeds/002_578d5292960bc636",
	"eval/testdata/seeds/003_f503d072935aceb5",
	"eval/testdata/seeds/004_674a37d444070da6",
	"eval/testdata/conll/conll_dev_0051",
	"eval/testdata/conll/conll_dev_0070",
	"eval/testdata/conll/conll_dev_0210",
	"eval/testdata/conll/conll_train_0190",
	"eval/testdata/conll/conll_train_0578",
	"eval/testdata/conll/conll_train_0755",
	"eval/testdata/conll/conll_train_0389", // the place of "the meeting", later
	"eval/testdata/conll/conll_train_0841", // "After meeting X, Y flew to Z. He was due to ... meet W"
	"eval/testdata/conll/conll_train_0858", // King Hassan
}

// A goldenPerson and a goldenEvent are what the golden files record of a Doc.
type goldenPerson struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles,omitempty"`
}

type goldenEvent struct {
	Type         string   `json:"type"`
	Status       string   `json:"status"`
	Participants []string `json:"participants"`
	Date         string   `json:"date,omitempty"`
	Place        string   `json:"place,omitempty"`
	Evidence     string   `json:"evidence"`
}

type goldenOut struct {
	People []goldenPerson `json:"people"`
	Events []goldenEvent  `json:"events"`
}

func summarize(d *extract.Doc) goldenOut {
	out := goldenOut{People: []goldenPerson{}, Events: []goldenEvent{}}
	for _, e := range d.Entities {
		if e.Kind != extract.Person {
			continue
		}
		p := goldenPerson{Name: e.Name, Aliases: e.Aliases}
		for _, r := range e.Roles {
			p.Roles = append(p.Roles, r.Title)
		}
		out.People = append(out.People, p)
	}
	for _, ev := range d.Events {
		g := goldenEvent{Type: string(ev.Type), Status: string(ev.Status), Date: ev.Date.Value}
		for _, i := range ev.Participants {
			g.Participants = append(g.Participants, d.Entities[i].Name)
		}
		if ev.Place != nil {
			g.Place = ev.Place.Name
		}
		if len(ev.Evidence) > 0 {
			g.Evidence = d.Slice(ev.Evidence[0])
		}
		out.Events = append(out.Events, g)
	}
	return out
}

// TestGolden runs the default pipeline over each testdata/golden/*.txtar
// (sections "published", "article.txt" and "want.json") and compares the
// people and events it finds with want.json. Run with -update after an
// intended change and review the diff.
func TestGolden(t *testing.T) {
	p, err := pipeline.New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		for _, src := range goldenSources {
			dir, id := filepath.Split(filepath.Join("..", src))
			a, err := eval.LoadArticle(os.DirFS(dir), ".", id)
			if err != nil {
				t.Fatal(err)
			}
			d, err := p.Run(a)
			if err != nil {
				t.Fatal(err)
			}
			js, err := json.MarshalIndent(summarize(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			arc := formatTxtar(map[string]string{
				"published":   a.Published.Format(time.DateOnly) + "\n",
				"article.txt": strings.TrimRight(a.Text, "\n") + "\n",
				"want.json":   string(js) + "\n",
			}, []string{"published", "article.txt", "want.json"}, "source: "+src+"\n")
			if err := os.WriteFile(filepath.Join("testdata/golden", id+".txtar"), arc, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < len(goldenSources) {
		t.Fatalf("%d golden files, want %d: run go test ./extract -run TestGolden -update", len(files), len(goldenSources))
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".txtar"), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sec := parseTxtar(data)
			pub, err := time.Parse(time.DateOnly, strings.TrimSpace(sec["published"]))
			if err != nil {
				t.Fatal(err)
			}
			d, err := p.Run(extract.Article{ID: filepath.Base(f), Text: sec["article.txt"], Published: pub})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(summarize(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.TrimSpace(sec["want.json"]); string(got) != want {
				t.Errorf("people and events differ from %s (run with -update and review the diff):\ngot:\n%s", f, got)
			}
		})
	}
}

// formatTxtar writes a txtar archive: a comment, then "-- name --" sections.
func formatTxtar(files map[string]string, order []string, comment string) []byte {
	var b bytes.Buffer
	b.WriteString(comment)
	for _, n := range order {
		b.WriteString("-- " + n + " --\n")
		b.WriteString(files[n])
	}
	return b.Bytes()
}

// parseTxtar reads the sections of a txtar archive.
func parseTxtar(data []byte) map[string]string {
	out := map[string]string{}
	name := ""
	var cur strings.Builder
	flush := func() {
		if name != "" {
			out[name] = cur.String()
		}
		cur.Reset()
	}
	for _, line := range strings.SplitAfter(string(data), "\n") {
		l := strings.TrimRight(line, "\n")
		if strings.HasPrefix(l, "-- ") && strings.HasSuffix(l, " --") && len(l) > 6 {
			flush()
			name = strings.TrimSpace(l[3 : len(l)-3])
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return out
}
