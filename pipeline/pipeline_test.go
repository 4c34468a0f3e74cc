package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"newsgraph/extract"
)

func TestNewRuns(t *testing.T) {
	p, err := New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	text := "US President Donald Trump met Russian President Vladimir Putin in Moscow on Thursday.\nTrump said the talks went well."
	d, err := p.Run(extract.Article{ID: "x", Text: text, Published: time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Fatalf("Run: %d events, want 1: %+v", len(d.Events), d.Events)
	}
	var names []string
	for _, i := range d.Events[0].Participants {
		names = append(names, d.Entities[i].Name)
	}
	if got, want := strings.Join(names, "+"), "Donald Trump+Vladimir Putin"; got != want {
		t.Errorf("participants = %s, want %s", got, want)
	}
}

// TestEventsInContext runs the default pipeline, with its trained tagger, on
// short articles whose events hang on a name or clause the taggers alone get
// wrong.
func TestEventsInContext(t *testing.T) {
	p, err := New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want string // events as "type:status:participant+participant", "|"-separated
	}{
		// "el-Sisi" alone is the Abdel Fattah el-Sisi named before.
		{"Egyptian President Abdel Fattah el-Sisi spoke to Ethiopian Prime Minister Abiy Ahmed in May.\n" +
			"A phone call between el-Sisi and Abiy that Ethiopian officials had floated for this week did not take place, a diplomat told Al Jazeera.",
			"call:occurred:Abdel Fattah el-Sisi+Abiy Ahmed|call:negated:Abdel Fattah el-Sisi+Abiy Ahmed"},
		// A company right before its co-founder's job; a name the trained
		// tagger takes for a firm, with a person's job in apposition.
		{"Choi Dong-wook held a video call with Sao Kim co-founder Le Quang Vinh and Tan Wei Ming, a partner at Singapore venture firm Meranti Capital.",
			"call:occurred:Choi Dong-wook+Le Quang Vinh+Tan Wei Ming"},
		// A family name written first opens the sentence.
		{"Tran Quoc Bao met Meenakshi Sundaram in Ho Chi Minh City on Tuesday.",
			"meeting:occurred:Tran Quoc Bao+Meenakshi Sundaram"},
	} {
		d, err := p.Run(extract.Article{ID: "x", Text: tc.text, Published: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range d.Events {
			var names []string
			for _, i := range e.Participants {
				names = append(names, d.Entities[i].Name)
			}
			got = append(got, fmt.Sprintf("%s:%s:%s", e.Type, e.Status, strings.Join(names, "+")))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("events of %q = %q, want %q", tc.text, g, tc.want)
		}
	}
}

// TestCutText runs the pipeline on paragraphs of the seed and phrase
// articles cut short at either end, as feeds and excerpts cut them ("held
// talks with X in", "called on X at the office ..."): no cut may make it
// fail or panic, and every event it reports lies inside the text.
func TestCutText(t *testing.T) {
	p, err := New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, pat := range []string{"../data/articles/*.txt", "../eval/testdata/phrases/*.txt"} {
		names, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			paras = append(paras, strings.Split(string(b), "\n")...)
		}
	}
	if len(paras) < 100 {
		t.Fatalf("%d paragraphs, want the seed and phrase articles", len(paras))
	}
	pub := time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)
	for _, para := range paras {
		w := strings.Fields(para)
		var cuts []string
		for n := 1; n <= 6 && n < len(w); n++ {
			cuts = append(cuts, strings.Join(w[:len(w)-n], " "), strings.Join(w[n:], " "))
		}
		for _, text := range cuts {
			d, err := runSafely(p, extract.Article{ID: "cut", Text: text, Published: pub})
			if err != nil {
				t.Fatalf("%q: %v", text, err)
			}
			for _, ev := range d.Events {
				if ev.Trigger.End > len(text) {
					t.Errorf("%q: trigger %v outside the text", text, ev.Trigger)
				}
			}
		}
	}
}

// runSafely runs p on a, turning a panic into an error.
func runSafely(p *extract.Pipeline, a extract.Article) (d *extract.Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return p.Run(a)
}
