package ner

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsgraph/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Recorded quality floors on CoNLL-2003 dev (eng.testa) of the committed models.
const (
	devF1Floor  = 93.15
	devPOSFloor = 96.00
)

// dataFS is the repository's data directory, as data.FS embeds it.
var dataFS = os.DirFS("../../data")

func loadTagger(t testing.TB) *Tagger {
	t.Helper()
	tg, err := LoadTagger(dataFS)
	if err != nil {
		t.Fatalf("LoadTagger: %v", err)
	}
	return tg
}

// devDocs reads CoNLL-2003 dev from $NEWSGRAPH_CONLL_DEV or the shared data
// directory next to the repository.
func devDocs(t testing.TB) []Document {
	t.Helper()
	path := os.Getenv("NEWSGRAPH_CONLL_DEV")
	if path == "" {
		path = "../../../shared/data/conll2003/dev.txt"
	}
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_ALL") == "1" {
			t.Fatalf("CoNLL-2003 dev: %v", err)
		}
		t.Skipf("CoNLL-2003 dev not found (%v); set NEWSGRAPH_CONLL_DEV to its path", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestDevQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("tags the whole dev set; skipped with -short")
	}
	docs := devDocs(t)
	tg := loadTagger(t)
	sc := tg.ner.Evaluate(docs)
	t.Logf("dev entity F1 %.2f (P %.2f R %.2f)", sc.Overall.F1(), sc.Overall.Precision(), sc.Overall.Recall())
	if f1 := sc.Overall.F1(); f1 < devF1Floor {
		t.Errorf("dev entity F1 = %.2f, want >= %.2f", f1, devF1Floor)
	}
	ps := tg.pos.Evaluate(docs)
	t.Logf("dev POS accuracy %.2f", ps.Accuracy())
	if acc := ps.Accuracy(); acc < devPOSFloor {
		t.Errorf("dev POS accuracy = %.2f, want >= %.2f", acc, devPOSFloor)
	}
}

func newDoc(text string) *extract.Doc {
	d := &extract.Doc{Article: extract.Article{Text: text}}
	d.Tokens = extract.RuleTokenizer{}.Tokenize(text)
	d.Sentences = extract.RuleSplitter{}.Split(text, d.Tokens)
	return d
}

func TestPeel(t *testing.T) {
	tg := NewTagger(nil, nil)
	tests := []struct {
		text     string
		mentions []string // the first is the person; the others are LOC/ORG/MISC
		wantName string
		wantRole string
		wantRest []string // the other mentions after peeling
	}{
		{"US President Donald Trump spoke.", []string{"President Donald Trump", "US"}, "Donald Trump", "US President", []string{"US"}},
		{"US President Donald Trump spoke.", []string{"Donald Trump", "US"}, "Donald Trump", "US President", []string{"US"}},
		{"Kremlin aide Yuri Ushakov said so.", []string{"Yuri Ushakov", "Kremlin"}, "Yuri Ushakov", "Kremlin aide", []string{"Kremlin"}},
		{"Russian President Vladimir Putin said so.", []string{"Vladimir Putin", "Russian"}, "Vladimir Putin", "Russian President", []string{"Russian"}},
		{"He met US special envoy Steve Witkoff.", []string{"Steve Witkoff", "US"}, "Steve Witkoff", "US special envoy", []string{"US"}},
		{"his Russian counterpart Vladimir Putin", []string{"Vladimir Putin", "Russian"}, "Vladimir Putin", "Russian counterpart", []string{"Russian"}},
		{"Secretary of State Marco Rubio flew in.", []string{"Marco Rubio"}, "Marco Rubio", "Secretary of State", nil},
		{"Britain's Prime Minister Keir Starmer", []string{"Keir Starmer", "Britain"}, "Keir Starmer", "Britain's Prime Minister", []string{"Britain"}},
		{"Trump's special envoy Steve Witkoff", []string{"Steve Witkoff", "Trump"}, "Steve Witkoff", "Trump's special envoy", []string{"Trump"}},
		{"On Tuesday President Donald Trump said", []string{"Donald Trump"}, "Donald Trump", "President", nil},
		{"The President Donald Trump", []string{"Donald Trump"}, "Donald Trump", "President", nil},
		{"Mr. Smith said.", []string{"Mr. Smith"}, "Smith", "", nil},
		{"Donald Trump said.", []string{"Donald Trump"}, "Donald Trump", "", nil},
		{"Former Foreign Minister Igor Ivanov", []string{"Igor Ivanov"}, "Igor Ivanov", "Former Foreign Minister", nil},
		{"National Security Adviser Mike Waltz", []string{"Mike Waltz", "National Security"}, "Mike Waltz", "National Security Adviser", nil},
		{"White House Press Secretary Karoline Leavitt", []string{"Karoline Leavitt", "White House Press"}, "Karoline Leavitt", "White House Press Secretary", []string{"White House"}},
		{"White House Chief of Staff Susie Wiles", []string{"Susie Wiles", "White House Chief"}, "Susie Wiles", "White House Chief of Staff", []string{"White House"}},
		{"He met President in Moscow", []string{"President"}, "", "", nil},
		{"Special U.S. Envoy Steve Witkoff", []string{"Steve Witkoff", "U.S."}, "Steve Witkoff", "Special U.S. Envoy", []string{"U.S."}},
		{"Kremlin spokesperson Dmitry Peskov", []string{"Dmitry Peskov"}, "Dmitry Peskov", "Kremlin spokesperson", nil},
	}
	for _, tt := range tests {
		d := newDoc(tt.text)
		var ms []extract.Mention
		for i, name := range tt.mentions {
			first, last := tokenRange(t, d, name)
			kind := extract.Location
			if i == 0 {
				kind = extract.Person
			}
			ms = append(ms, extract.Mention{Kind: kind, First: first, Last: last})
		}
		slices.SortFunc(ms, func(a, b extract.Mention) int { return a.First - b.First })
		var name, role string
		var rest []string
		for _, m := range tg.peelAll(d, 0, ms) {
			text := d.Text[d.Tokens[m.First].Start:d.Tokens[m.Last-1].End]
			if m.Kind == extract.Person {
				name, role = text, m.Role
			} else {
				rest = append(rest, text)
			}
		}
		if name != tt.wantName || role != tt.wantRole || !slices.Equal(rest, tt.wantRest) {
			t.Errorf("peelAll(%q, %q) = %q, role %q, others %q; want %q, role %q, others %q",
				tt.text, tt.mentions, name, role, rest, tt.wantName, tt.wantRole, tt.wantRest)
		}
	}
}

// tokenRange returns the tokens [first, last) of d that cover name.
func tokenRange(t *testing.T, d *extract.Doc, name string) (int, int) {
	t.Helper()
	start := strings.Index(d.Text, name)
	first, last := -1, -1
	for i, tk := range d.Tokens {
		if tk.Start == start {
			first = i
		}
		if tk.End == start+len(name) {
			last = i + 1
		}
	}
	if start < 0 || first < 0 || last < 0 {
		t.Fatalf("%q: %q is not a token range", d.Text, name)
	}
	return first, last
}

type found struct {
	Text, Kind, Role string
}

func tagText(t *testing.T, tg *Tagger, text string) []found {
	t.Helper()
	d := newDoc(text)
	ms, err := tg.Tag(d)
	if err != nil {
		t.Fatal(err)
	}
	var out []found
	for _, m := range ms {
		out = append(out, found{Text: m.Text, Kind: string(m.Kind), Role: m.Role})
	}
	return out
}

func TestTagExamples(t *testing.T) {
	tg := loadTagger(t)
	tests := []struct {
		text string
		want []found // must all be found
		not  []string
	}{
		{
			text: "US President Donald Trump and Russian President Vladimir Putin met in Saudi Arabia.",
			want: []found{{"Donald Trump", "PER", "US President"}, {"Vladimir Putin", "PER", "Russian President"}, {"Saudi Arabia", "LOC", ""}},
		},
		{
			text: "Kremlin aide Yuri Ushakov said the call lasted two hours.",
			want: []found{{"Yuri Ushakov", "PER", "Kremlin aide"}},
		},
		{
			text: "Trump Bumped With Boom Microphone\nThe president was asked about it on Monday by Trump's aides.",
			not:  []string{"Bumped", "Boom", "Microphone", "With", "Boom Microphone"},
		},
	}
	for _, tt := range tests {
		got := tagText(t, tg, tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("Tag(%q) = %+v, want it to contain %+v", tt.text, got, w)
			}
		}
		for _, n := range tt.not {
			for _, g := range got {
				if g.Text == n {
					t.Errorf("Tag(%q) found %+v, want no mention %q", tt.text, g, n)
				}
			}
		}
	}
	// Places and institutions are never people.
	for _, text := range []string{
		"Talks were held in Saudi Arabia on Tuesday.",
		"Saudi Arabia hosted the talks.",
		"The Kremlin said the talks would continue.",
		"A statement from the Kremlin followed.",
	} {
		for _, g := range tagText(t, tg, text) {
			if g.Kind == "PER" {
				t.Errorf("Tag(%q) found person %+v", text, g)
			}
		}
	}
}

// golden is what the golden files record for an article.
type golden struct {
	People        []string // "Name (Role)" when a role is written
	Places        []string
	Organisations []string
	Misc          []string
}

func TestGoldenArticles(t *testing.T) {
	tg := loadTagger(t)
	files, err := filepath.Glob("../../data/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			d := newDoc(string(text))
			ms, err := tg.Tag(d)
			if err != nil {
				t.Fatal(err)
			}
			checkMentions(t, d, ms)
			sets := map[extract.Kind]map[string]bool{}
			for _, m := range ms {
				s := m.Text
				if m.Role != "" {
					s += " (" + m.Role + ")"
				}
				if sets[m.Kind] == nil {
					sets[m.Kind] = map[string]bool{}
				}
				sets[m.Kind][s] = true
			}
			list := func(k extract.Kind) []string {
				out := []string{}
				for s := range sets[k] {
					out = append(out, s)
				}
				slices.Sort(out)
				return out
			}
			g := golden{People: list(extract.Person), Places: list(extract.Location),
				Organisations: list(extract.Organization), Misc: list(extract.Misc)}
			got, err := json.MarshalIndent(g, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("mentions of %s differ from %s (go test -update rewrites it):\ngot:\n%s\nwant:\n%s", name, path, got, want)
			}
		})
	}
}

// checkMentions checks the invariants of a Tag result.
func checkMentions(t *testing.T, d *extract.Doc, ms []extract.Mention) {
	t.Helper()
	prev := -1
	for _, m := range ms {
		if m.First < 0 || m.Last > len(d.Tokens) || m.First >= m.Last {
			t.Fatalf("mention %+v: bad token range (%d tokens)", m, len(d.Tokens))
		}
		if m.Start != d.Tokens[m.First].Start || m.End != d.Tokens[m.Last-1].End || m.Text != d.Text[m.Start:m.End] {
			t.Fatalf("mention %+v: span does not match its tokens", m)
		}
		if m.First < prev {
			t.Fatalf("mention %+v: out of order or overlapping", m)
		}
		prev = m.Last
		switch m.Kind {
		case extract.Person, extract.Location, extract.Organization, extract.Misc:
		default:
			t.Fatalf("mention %+v: unknown kind", m)
		}
	}
}

func FuzzTag(f *testing.F) {
	tg := loadTagger(f)
	f.Add("US President Donald Trump met Vladimir Putin in Moscow.")
	f.Add("“We’re here,” said Kremlin aide Yuri Ushakov.\nTRUMP BUMPED WITH BOOM MICROPHONE")
	f.Add("President President President")
	f.Add("")
	f.Fuzz(func(t *testing.T, text string) {
		d := newDoc(text)
		ms, err := tg.Tag(d)
		if err != nil {
			t.Fatal(err)
		}
		checkMentions(t, d, ms)
		pos, err := tg.TagPOS(d)
		if err != nil {
			t.Fatal(err)
		}
		if len(pos) != len(d.Tokens) {
			t.Fatalf("TagPOS: %d tags for %d tokens", len(pos), len(d.Tokens))
		}
	})
}

func TestSaveLoadRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses both models; skipped with -short")
	}
	tg := loadTagger(t)
	for _, m := range []*Model{tg.ner, tg.pos} {
		var a, b bytes.Buffer
		if err := m.Save(&a); err != nil {
			t.Fatal(err)
		}
		m2, err := Decode(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := m2.Save(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s model: Save(Decode(Save(m))) differs from Save(m)", m.Task())
		}
	}
	if _, err := Decode(strings.NewReader("not a model")); err == nil {
		t.Error("Decode(garbage) succeeded")
	}
}
