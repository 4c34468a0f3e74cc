package depparse

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"newsgraph/extract"
)

// udDir is the English Web Treebank, next to the repository.
const udDir = "../../../shared/data/ud-english-ewt"

// Dev scores of the committed model with gold tags (percent). The floor test
// fails if a retrained model scores lower.
const (
	floorUAS    = 88.52 // excluding punctuation
	floorLAS    = 86.38
	floorUASAll = 88.24 // including punctuation
	floorLASAll = 86.34
)

// loadModel loads the committed model.
func loadModel(t testing.TB) *Parser {
	t.Helper()
	p, err := Load(os.DirFS("../../data"), DefaultModel)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return p
}

// cachedModel loads the committed model once for the tests of this file.
var cachedModel = sync.OnceValues(func() (*Parser, error) {
	return Load(os.DirFS("../../data"), DefaultModel)
})

func model(t testing.TB) *Parser {
	t.Helper()
	p, err := cachedModel()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return p
}

// readUDFile reads a split of the treebank, skipping (or, with
// NEWSGRAPH_REQUIRE_ALL=1, failing) when it is absent.
func readUDFile(t testing.TB, name string) []Sentence {
	t.Helper()
	f, err := os.Open(filepath.Join(udDir, name))
	if err != nil {
		if os.Getenv("NEWSGRAPH_REQUIRE_ALL") == "1" {
			t.Fatalf("UD English EWT missing: %v", err)
		}
		t.Skipf("UD English EWT not found (%v); put UD_English-EWT r2.16 in ../shared/data/ud-english-ewt", err)
	}
	defer f.Close()
	s, err := ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDevFloor(t *testing.T) {
	dev := readUDFile(t, "en_ewt-ud-dev.conllu")
	sc := model(t).Evaluate(dev)
	t.Logf("dev, gold tags: UAS %.2f LAS %.2f excluding punct, UAS %.2f LAS %.2f all, %d words",
		sc.UAS(), sc.LAS(), sc.UASAll(), sc.LASAll(), sc.Words)
	if sc.Words != 25147 {
		t.Errorf("dev has %d words, want 25147", sc.Words)
	}
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"UAS", sc.UAS(), floorUAS}, {"LAS", sc.LAS(), floorLAS},
		{"UAS (all)", sc.UASAll(), floorUASAll}, {"LAS (all)", sc.LASAll(), floorLASAll},
	} {
		if c.got < c.floor-0.005 {
			t.Errorf("dev %s = %.2f, below the floor %.2f", c.name, c.got, c.floor)
		}
	}
}

// TestOracle checks the dynamic oracle: following zero-cost transitions from
// the start rebuilds every (projectivised) training tree exactly.
func TestOracle(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the training set")
	}
	train := readUDFile(t, "en_ewt-ud-train.conllu")
	var st state
	var cost [4]int
	for si, s := range train {
		heads, _ := projectivize(s.Heads)
		ex := example{words: s.Words, tags: s.Tags, gold: make([]int32, s.Len()+2), label: make([]int, s.Len()+2)}
		for i, h := range heads {
			ex.gold[i+1] = int32(h + 1)
			ex.label[i+1] = 1
		}
		ex.gold[0], ex.gold[s.Len()+1] = -1, -1
		st.load(s.Words, s.Tags, nil, nil)
		for !st.done() {
			st.costs(ex.gold, &cost)
			c := oracleFirst(&st, &ex, &cost)
			if ty := min(c, 2+(c&1)); cost[ty] != 0 {
				t.Fatalf("sentence %d: no zero-cost transition (costs %v)", si, cost)
			}
			st.apply(c)
		}
		for i, h := range heads {
			got := int(st.head[i+1]) - 1
			if st.head[i+1] < 0 {
				got = -1 // left on the stack: the root
			}
			if got != h {
				t.Fatalf("sentence %d word %d: oracle head %d, want %d", si, i, got, h)
			}
		}
		if si%5 == 0 {
			// every projectivised tree is projective
			for d, h := range heads {
				if h >= 0 && !projectiveArc(heads, h, d) {
					t.Fatalf("sentence %d: arc %d->%d still non-projective", si, h, d)
				}
			}
		}
	}
}

func TestProjectivize(t *testing.T) {
	// "A hearing is scheduled on the issue today .": "issue" (6) hangs from
	// "hearing" (1) across "is scheduled" (2, 3; the root is 3).
	heads := []int{1, 3, 3, -1, 6, 6, 1, 3, 3}
	got, lifted := projectivize(heads)
	want := []int{1, 3, 3, -1, 6, 6, 3, 3, 3}
	if !slices.Equal(got, want) || lifted != 1 {
		t.Errorf("projectivize(%v) = %v, %d; want %v, 1", heads, got, lifted, want)
	}
	if !slices.Equal(heads, []int{1, 3, 3, -1, 6, 6, 1, 3, 3}) {
		t.Errorf("projectivize modified its input: %v", heads)
	}
	proj := []int{1, -1, 1}
	if got, n := projectivize(proj); !slices.Equal(got, proj) || n != 0 {
		t.Errorf("projectivize(%v) = %v, %d; want unchanged", proj, got, n)
	}
}

func TestReadCoNLLU(t *testing.T) {
	in := "# text = I don't know.\n" +
		"1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
		"2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n" +
		"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
		"4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n" +
		"4.1\tknows\tknow\tVERB\tVBZ\t_\t_\t_\t4:conj\t_\n" +
		"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n"
	got, err := ReadCoNLLU(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Sentence{
		Words:  []string{"I", "do", "n't", "know", "."},
		Tags:   []string{"PRP", "VBP", "RB", "VB", "."},
		Heads:  []int{3, 3, 3, -1, 3},
		Labels: []string{"nsubj", "aux", "advmod", "root", "punct"},
	}
	if len(got) != 1 || !slices.Equal(got[0].Words, want.Words) || !slices.Equal(got[0].Tags, want.Tags) ||
		!slices.Equal(got[0].Heads, want.Heads) || !slices.Equal(got[0].Labels, want.Labels) {
		t.Errorf("ReadCoNLLU = %+v, want [%+v]", got, want)
	}
	for _, bad := range []string{
		"1\tI\tI\tPRON\tPRP\t_\t7\tnsubj\t_\t_\n\n", // head out of range
		"1\tI\tI\tPRON\tPRP\t_\t0\troot\n\n",        // 8 fields
		"2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n\n",  // id out of sequence
	} {
		if _, err := ReadCoNLLU(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCoNLLU(%q) succeeded, want an error", bad)
		}
	}
}

// tagged splits "word/TAG word/TAG ..." into words and tags.
func tagged(s string) (words, tags []string) {
	for _, wt := range strings.Fields(s) {
		i := strings.LastIndexByte(wt, '/')
		words = append(words, wt[:i])
		tags = append(tags, wt[i+1:])
	}
	return words, tags
}

// An arcWant says that word Dep has head Head ("" for any head; "ROOT" for
// the root) with Label ("" for any label). NotHead, if set, is a word Dep must
// not hang from, and NotLabels relations it must not have.
type arcWant struct {
	Dep, Head, Label string
	NotHead          string
	NotLabels        []string
}

// notParticipant are the relations that would make a place or a possessor a
// participant of a meeting in the event finder.
var notParticipant = []string{"nsubj", "obj", "conj", "iobj", "appos"}

// TestNewsArcs checks the arcs the event finder relies on: the subject and
// object of a meeting verb, conjoined names and the attachment of
// prepositional phrases.
func TestNewsArcs(t *testing.T) {
	p := model(t)
	for _, tc := range []struct {
		sent string
		want []arcWant
	}{
		{"Putin/NNP met/VBD Witkoff/NNP in/IN Moscow/NNP on/IN Thursday/NNP ./.", []arcWant{
			{Dep: "Putin", Head: "met", Label: "nsubj"},
			{Dep: "Witkoff", Head: "met", Label: "obj"},
			// "in Moscow" may hang from Witkoff (nmod, as EWT often has
			// it after a name) but must not join the participants.
			{Dep: "Moscow", NotLabels: notParticipant},
			{Dep: "Thursday", Head: "met", Label: "obl"},
			{Dep: "met", Head: "ROOT", Label: "root"},
		}},
		{"Trump/NNP met/VBD with/IN Vance/NNP and/CC Rubio/NNP on/IN the/DT sidelines/NNS of/IN Pope/NNP Leo/NNP XIV/NNP 's/POS mass/NN ./.", []arcWant{
			{Dep: "Trump", Head: "met", Label: "nsubj"},
			{Dep: "Vance", Head: "met", Label: "obl"},
			{Dep: "Rubio", Head: "Vance", Label: "conj"},
			{Dep: "sidelines", Head: "met", Label: "obl", NotHead: "Vance"},
			{Dep: "mass", Head: "sidelines", Label: "nmod"},
			{Dep: "Leo", Head: "mass", NotHead: "met", NotLabels: notParticipant},
			{Dep: "Pope", NotLabels: notParticipant},
		}},
		{"Zelensky/NNP and/CC Macron/NNP held/VBD talks/NNS in/IN Paris/NNP on/IN Monday/NNP ./.", []arcWant{
			{Dep: "Zelensky", Head: "held", Label: "nsubj"},
			{Dep: "Macron", Head: "Zelensky", Label: "conj"},
			{Dep: "talks", Head: "held", Label: "obj"},
			{Dep: "Paris", NotLabels: notParticipant},
		}},
		{"The/DT president/NN spoke/VBD by/IN phone/NN with/IN Erdogan/NNP on/IN Tuesday/NNP ./.", []arcWant{
			{Dep: "president", Head: "spoke", Label: "nsubj"},
			{Dep: "phone", Head: "spoke", Label: "obl"},
			{Dep: "Erdogan", Head: "spoke", Label: "obl"},
		}},
		{"Rubio/NNP will/MD meet/VB Lavrov/NNP ,/, Ushakov/NNP and/CC Dmitriev/NNP in/IN Riyadh/NNP next/JJ week/NN ./.", []arcWant{
			{Dep: "Rubio", Head: "meet", Label: "nsubj"},
			{Dep: "will", Head: "meet", Label: "aux"},
			{Dep: "Lavrov", Head: "meet", Label: "obj"},
			{Dep: "Ushakov", Head: "Lavrov", Label: "conj"},
			{Dep: "Dmitriev", Head: "Lavrov", Label: "conj"},
			{Dep: "Riyadh", NotHead: "Dmitriev", NotLabels: notParticipant},
			{Dep: "week", Head: "meet"},
		}},
		{"Witkoff/NNP ,/, who/WP met/VBD Putin/NNP last/JJ month/NN ,/, said/VBD the/DT talks/NNS were/VBD productive/JJ ./.", []arcWant{
			{Dep: "Witkoff", Head: "said", Label: "nsubj"},
			{Dep: "met", Head: "Witkoff", Label: "acl:relcl"},
			{Dep: "who", Head: "met", Label: "nsubj"},
			{Dep: "Putin", Head: "met", Label: "obj"},
		}},
		{"Putin/NNP met/VBD Steve/NNP Witkoff/NNP ,/, the/DT U.S./NNP special/JJ envoy/NN ,/, at/IN the/DT Kremlin/NNP ./.", []arcWant{
			{Dep: "Putin", Head: "met", Label: "nsubj"},
			{Dep: "Steve", Head: "met", Label: "obj"},
			{Dep: "Witkoff", Head: "Steve", Label: "flat"},
			{Dep: "envoy", Head: "Steve", Label: "appos"},
			{Dep: "Kremlin", NotLabels: notParticipant},
		}},
		{"Modi/NNP was/VBD received/VBN by/IN Xi/NNP at/IN the/DT summit/NN in/IN Tianjin/NNP ./.", []arcWant{
			{Dep: "Modi", Head: "received", Label: "nsubj:pass"},
			{Dep: "Xi", Head: "received", Label: "obl:agent"},
		}},
	} {
		words, tags := tagged(tc.sent)
		heads, labels := p.Parse(words, tags)
		idx := func(w string) int { return slices.Index(words, w) }
		show := func() string {
			var b strings.Builder
			for i, h := range heads {
				hw := "ROOT"
				if h >= 0 {
					hw = words[h]
				}
				b.WriteString(" " + words[i] + "<-" + labels[i] + "-" + hw)
			}
			return b.String()
		}
		for _, w := range tc.want {
			d := idx(w.Dep)
			h := -1
			switch w.Head {
			case "":
				h = heads[d]
			case "ROOT":
			default:
				h = idx(w.Head)
			}
			if slices.Contains(w.NotLabels, labels[d]) {
				t.Errorf("%q: %s <-%s- %s\n\tparse:%s", tc.sent, w.Dep, labels[d], wordAt(words, heads[d]), show())
			}
			if heads[d] != h || (w.Label != "" && labels[d] != w.Label) {
				t.Errorf("%q: %s <-%s- %s, want <-%s- %s\n\tparse:%s", tc.sent, w.Dep, labels[d],
					wordAt(words, heads[d]), w.Label, w.Head, show())
			}
			if w.NotHead != "" && heads[d] == idx(w.NotHead) {
				t.Errorf("%q: %s hangs from %s", tc.sent, w.Dep, w.NotHead)
			}
		}
	}
}

func wordAt(words []string, i int) string {
	if i < 0 {
		return "ROOT"
	}
	return words[i]
}

// checkTree fails unless heads is a tree over n words with one root.
func checkTree(t *testing.T, heads []int, labels []string, n int) {
	t.Helper()
	if len(heads) != n || len(labels) != n {
		t.Fatalf("got %d heads and %d labels for %d words", len(heads), len(labels), n)
	}
	roots := 0
	for i, h := range heads {
		if h < -1 || h >= n || h == i {
			t.Fatalf("word %d has head %d", i, h)
		}
		if labels[i] == "" {
			t.Fatalf("word %d has no label", i)
		}
		if h == -1 {
			roots++
			if labels[i] != "root" {
				t.Errorf("root word %d labelled %q", i, labels[i])
			}
		}
		for k, steps := i, 0; k >= 0; k, steps = heads[k], steps+1 {
			if steps > n {
				t.Fatalf("cycle through word %d: %v", i, heads)
			}
		}
	}
	if n > 0 && roots != 1 {
		t.Fatalf("%d roots: %v", roots, heads)
	}
}

func FuzzParse(f *testing.F) {
	f.Add("Putin met Witkoff in Moscow .", "NNP VBD NNP IN NNP .")
	f.Add(", , , and", ". . CC")
	f.Add("", "")
	f.Add("the the the the the the", "DT DT DT DT DT DT")
	f.Add("Xi\u00a0Jinping talks\u2014in “Beijing”", "NNP ( ) \" XYZ")
	p := model(f)
	f.Fuzz(func(t *testing.T, text, tagText string) {
		words := strings.Fields(text)
		tags := strings.Fields(tagText)
		heads, labels := p.Parse(words, tags)
		checkTree(t, heads, labels, len(words))
	})
}

// TestRandomTrees parses random tag sequences, long ones included.
func TestRandomTrees(t *testing.T) {
	p := model(t)
	tagset := []string{"NN", "NNP", "VBD", "IN", "DT", "JJ", ",", ".", "CC", "PRP", "VB", "TO", "RB", "-LRB-", "-RRB-", "POS", "??"}
	wordset := []string{"the", "met", "Putin", "and", "with", "of", ",", ".", "talks", "in", "(", ")", "'s", "xyzzy"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		n := rng.IntN(120)
		words, tags := make([]string, n), make([]string, n)
		for i := range n {
			words[i] = wordset[rng.IntN(len(wordset))]
			tags[i] = tagset[rng.IntN(len(tagset))]
		}
		heads, labels := p.Parse(words, tags)
		checkTree(t, heads, labels, n)
	}
}

// TestConcurrent parses from several goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	p := model(t)
	words, tags := tagged("Trump/NNP met/VBD with/IN Vance/NNP and/CC Rubio/NNP on/IN the/DT sidelines/NNS ./.")
	wantH, wantL := p.Parse(words, tags)
	var wg sync.WaitGroup
	errs := make(chan string, 4)
	for range 4 {
		wg.Go(func() {
			for range 50 {
				h, l := p.Parse(words, tags)
				if !slices.Equal(h, wantH) || !slices.Equal(l, wantL) {
					errs <- "concurrent Parse differs"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestParseDoc(t *testing.T) {
	p := model(t)
	text := "Putin met Witkoff in Moscow. Rubio spoke with Lavrov."
	d := &extract.Doc{Article: extract.Article{Text: text}}
	d.Tokens = extract.RuleTokenizer{}.Tokenize(text)
	d.Sentences = extract.RuleSplitter{}.Split(text, d.Tokens)
	if _, err := p.ParseDoc(d); err != ErrNoPOS {
		t.Errorf("ParseDoc without POS: err = %v, want ErrNoPOS", err)
	}
	d.POS = []string{"NNP", "VBD", "NNP", "IN", "NNP", ".", "NNP", "VBD", "IN", "NNP", "."}
	if len(d.Tokens) != len(d.POS) || len(d.Sentences) != 2 {
		t.Fatalf("tokenizer gave %d tokens in %d sentences; the test expects 11 in 2", len(d.Tokens), len(d.Sentences))
	}
	arcs, err := p.ParseDoc(d)
	if err != nil {
		t.Fatal(err)
	}
	// ParseDoc gives what Parse gives per sentence, with heads into d.Tokens.
	var want []Arc
	for _, s := range d.Sentences {
		var words []string
		for _, tok := range d.Tokens[s.First:s.Last] {
			words = append(words, tok.Text)
		}
		heads, labels := p.Parse(words, d.POS[s.First:s.Last])
		for i, h := range heads {
			if h >= 0 {
				h += s.First
			}
			want = append(want, Arc{Head: h, Label: labels[i]})
		}
	}
	if !slices.Equal(arcs, want) {
		t.Errorf("ParseDoc = %v, want %v", arcs, want)
	}
	// Spot checks: the subjects of the two verbs and the roots.
	for _, c := range []struct {
		tok  int
		want Arc
	}{{0, Arc{1, "nsubj"}}, {1, Arc{-1, "root"}}, {6, Arc{7, "nsubj"}}, {7, Arc{-1, "root"}}, {9, Arc{7, "obl"}}} {
		if arcs[c.tok] != c.want {
			t.Errorf("ParseDoc: token %d %q has %v, want %v", c.tok, d.Tokens[c.tok].Text, arcs[c.tok], c.want)
		}
	}
	d.POS = d.POS[:5]
	if _, err := p.ParseDoc(d); err == nil {
		t.Error("ParseDoc with too few POS tags succeeded")
	}
}

// TestTrainTiny trains on a tiny treebank and checks that the model, saved
// and loaded again, reproduces its training trees and that training is
// deterministic.
func TestTrainTiny(t *testing.T) {
	in := `1	Putin	_	_	NNP	_	2	nsubj	_	_
2	met	_	_	VBD	_	0	root	_	_
3	Witkoff	_	_	NNP	_	2	obj	_	_
4	.	_	_	.	_	2	punct	_	_

1	Rubio	_	_	NNP	_	2	nsubj	_	_
2	spoke	_	_	VBD	_	0	root	_	_
3	with	_	_	IN	_	4	case	_	_
4	Lavrov	_	_	NNP	_	2	obl	_	_
5	and	_	_	CC	_	6	cc	_	_
6	Wang	_	_	NNP	_	4	conj	_	_
7	.	_	_	.	_	2	punct	_	_

1	The	_	_	DT	_	2	det	_	_
2	envoy	_	_	NN	_	3	nsubj	_	_
3	met	_	_	VBD	_	0	root	_	_
4	the	_	_	DT	_	5	det	_	_
5	president	_	_	NN	_	3	obj	_	_
6	in	_	_	IN	_	7	case	_	_
7	Moscow	_	_	NNP	_	3	obl	_	_

`
	sents, err := ReadCoNLLU(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	train := func() []byte {
		p, stats, err := Train(sents, TrainOptions{Epochs: 10, Seed: 7, MinCount: 1, Prune: 0.001})
		if err != nil {
			t.Fatal(err)
		}
		if stats.Sentences != 3 || stats.NonProjective != 0 || stats.Weights == 0 {
			t.Errorf("stats = %+v", stats)
		}
		var buf bytes.Buffer
		if err := p.Save(&buf, 64); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	b1, b2 := train(), train()
	if !bytes.Equal(b1, b2) {
		t.Error("training twice with the same seed gave different models")
	}
	p, err := Decode(bytes.NewReader(b1))
	if err != nil {
		t.Fatal(err)
	}
	if sc := p.Evaluate(sents); sc.Both != sc.Words {
		t.Errorf("tiny model reproduces %d of %d arcs of its training set", sc.Both, sc.Words)
	}
	if _, err := Decode(bytes.NewReader(b1[:len(b1)/2])); err == nil {
		t.Error("Decode of a truncated model succeeded")
	}
	if _, err := Decode(strings.NewReader("not a model")); err == nil {
		t.Error("Decode of garbage succeeded")
	}
}

func BenchmarkParse(b *testing.B) {
	p := loadModel(b)
	var sents []Sentence
	if f, err := os.Open(filepath.Join(udDir, "en_ewt-ud-dev.conllu")); err == nil {
		sents, err = ReadCoNLLU(f)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
	} else {
		w, t := tagged("Trump/NNP met/VBD with/IN Vance/NNP and/CC Rubio/NNP on/IN the/DT sidelines/NNS of/IN Pope/NNP Leo/NNP XIV/NNP 's/POS mass/NN ./.")
		sents = []Sentence{{Words: w, Tags: t}}
	}
	words := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s := &sents[i%len(sents)]
		p.Parse(s.Words, s.Tags)
		words += s.Len()
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	fsys := os.DirFS("../../data")
	for b.Loop() {
		if _, err := Load(fsys, DefaultModel); err != nil {
			b.Fatal(err)
		}
	}
}
