package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A Sentence is a sentence of a CoNLL file. POS and Tags are nil when the
// file lacks those columns.
type Sentence struct {
	Lines []string // the input lines, unchanged
	Words []string // first column
	POS   []string // second column, when there are at least three
	Tags  []string // last column, when there are at least two
}

// A Document is the sentences between two -DOCSTART- lines.
type Document struct {
	Start     string // the -DOCSTART- line that began the document, if any
	Sentences []Sentence
}

// Words returns the words of d, sentence by sentence.
func (d *Document) Words() [][]string {
	out := make([][]string, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = s.Words
	}
	return out
}

// ReadCoNLL reads CoNLL-2003 style lines: one token a line with
// space-separated columns (the word first, the entity tag last), a blank
// line between sentences and "-DOCSTART-" lines between documents. A file
// without -DOCSTART- lines is one document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	endSent := func() {
		if len(sent.Words) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	endDoc := func() {
		endSent()
		if len(doc.Sentences) > 0 || doc.Start != "" {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		f := strings.Fields(text)
		switch {
		case len(f) == 0:
			endSent()
			continue
		case f[0] == "-DOCSTART-":
			endDoc()
			doc.Start = text
			continue
		}
		sent.Lines = append(sent.Lines, text)
		sent.Words = append(sent.Words, f[0])
		if len(f) >= 2 {
			sent.Tags = append(sent.Tags, f[len(f)-1])
		}
		if len(f) >= 3 {
			sent.POS = append(sent.POS, f[1])
		}
		if len(sent.Tags) != 0 && len(sent.Tags) != len(sent.Words) || len(sent.POS) != 0 && len(sent.POS) != len(sent.Words) {
			return nil, fmt.Errorf("line %d: inconsistent number of columns", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line, err)
	}
	endDoc()
	return docs, nil
}

// Counts are entity-level counts for one type, as conlleval counts them.
type Counts struct {
	Gold, Pred, Correct int
}

// Precision returns Correct/Pred in percent.
func (c Counts) Precision() float64 { return pct(c.Correct, c.Pred) }

// Recall returns Correct/Gold in percent.
func (c Counts) Recall() float64 { return pct(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall in percent.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// Scores are the results of comparing predicted and gold tags.
type Scores struct {
	Types   map[string]Counts // by entity type
	Overall Counts
	Tokens  int // tokens compared
	Same    int // tokens whose tag equals the gold tag
}

// Accuracy returns the token accuracy in percent.
func (s Scores) Accuracy() float64 { return pct(s.Same, s.Tokens) }

// A chunk is an entity: its type and token range.
type chunk struct {
	typ         string
	start, stop int
}

// chunks returns the entities of an IOB tag sequence, following conlleval:
// an I- tag whose type differs from the previous tag's starts an entity.
func chunks(tags []string) []chunk {
	var out []chunk
	cur := -1
	for i, t := range tags {
		prefix, typ := "O", ""
		if len(t) > 2 && t[1] == '-' {
			prefix, typ = t[:1], t[2:]
		}
		if cur >= 0 && (prefix != "I" || out[cur].typ != typ) {
			cur = -1
		}
		if prefix == "B" || prefix == "I" && cur < 0 {
			out = append(out, chunk{typ: typ, start: i, stop: i + 1})
			cur = len(out) - 1
		} else if cur >= 0 {
			out[cur].stop = i + 1
		}
	}
	return out
}

// Add adds the comparison of one sentence's predicted tags with its gold tags.
func (s *Scores) Add(gold, pred []string) {
	if s.Types == nil {
		s.Types = map[string]Counts{}
	}
	for i := range gold {
		s.Tokens++
		if i < len(pred) && pred[i] == gold[i] {
			s.Same++
		}
	}
	g, p := chunks(gold), chunks(pred)
	inGold := map[chunk]bool{}
	for _, c := range g {
		inGold[c] = true
		k := s.Types[c.typ]
		k.Gold++
		s.Types[c.typ] = k
		s.Overall.Gold++
	}
	for _, c := range p {
		k := s.Types[c.typ]
		k.Pred++
		if inGold[c] {
			k.Correct++
			s.Overall.Correct++
		}
		s.Types[c.typ] = k
		s.Overall.Pred++
	}
}
