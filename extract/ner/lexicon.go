package ner

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"
)

// BuildLexicon reads the tags each word form has in a CoNLL-U treebank
// (the XPOS column). It returns two entries a word: "=Form\tTOP\tTAGS" for
// the form as written and "~form\tTOP\tTAGS" for all its case variants,
// where TOP is the most frequent tag and TAGS the tags seen at least a tenth
// of the time, joined by "|" ("~that\tIN\tDT|IN|WDT"). The POS tagger uses
// them as features, which helps with words its own training data lacks.
func BuildLexicon(fsys fs.FS, name string) ([]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	counts := map[string]map[string]int{}
	add := func(w, tag string) {
		if counts[w] == nil {
			counts[w] = map[string]int{}
		}
		counts[w][tag]++
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 5 || strings.ContainsAny(col[0], "-.") || col[4] == "_" {
			continue
		}
		add("="+col[1], col[4])
		add("~"+strings.ToLower(col[1]), col[4])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make([]string, 0, len(counts))
	for w, tags := range counts {
		total, top, topN := 0, "", 0
		for t, n := range tags {
			total += n
			if n > topN || n == topN && t < top {
				top, topN = t, n
			}
		}
		var keep []string
		for t, n := range tags {
			if 10*n >= total {
				keep = append(keep, t)
			}
		}
		slices.Sort(keep)
		out = append(out, w+"\t"+top+"\t"+strings.Join(keep, "|"))
	}
	slices.Sort(out)
	return out, nil
}

// A lexEntry is the compiled form of a lexicon entry: hashes of the tag set
// and of the most frequent tag.
type lexEntry struct{ tags, top uint64 }

// compiledLex maps word hashes (tokInfo.word for "=" entries, tokInfo.lower
// for "~" entries) to their tag sets.
type compiledLex struct {
	exact, lower map[uint64]lexEntry
}

func compileLexicon(entries []string) *compiledLex {
	if len(entries) == 0 {
		return nil
	}
	c := &compiledLex{exact: map[uint64]lexEntry{}, lower: map[uint64]lexEntry{}}
	var scratch []byte
	for _, e := range entries {
		parts := strings.Split(e, "\t")
		if len(parts) != 3 || len(parts[0]) < 2 {
			continue
		}
		v := lexEntry{tags: hashString(fnvOffset, parts[2]) | 1, top: hashString(fnvOffset+1, parts[1]) | 1}
		switch w := parts[0][1:]; parts[0][0] {
		case '=':
			c.exact[hashString(fnvOffset, normalize(w))] = v
		case '~':
			var h uint64
			h, scratch = lowerHash(w, scratch)
			c.lower[h] = v
		}
	}
	return c
}

// ReadCoNLLU reads a CoNLL-U treebank as documents for training the POS
// tagger: the word forms and their XPOS tags mapped to CoNLL-2003 usage
// ("-LRB-" → "(", "“" → `"`, "HYPH" → ":"). Sentences with tags that
// CoNLL-2003 lacks (NFP, ADD, GW, AFX, XX) are skipped, as are multiword
// token lines and empty nodes. "# newdoc" comments start documents.
func ReadCoNLLU(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	bad := false
	endSent := func() {
		if len(sent.Words) > 0 && !bad {
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent, bad = Sentence{}, false
	}
	endDoc := func() {
		endSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		switch {
		case line == "":
			endSent()
			continue
		case strings.HasPrefix(line, "# newdoc"):
			endDoc()
			continue
		case line[0] == '#':
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 5 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", n, len(col))
		}
		if strings.ContainsAny(col[0], "-.") {
			continue
		}
		tag := col[4]
		switch tag {
		case "-LRB-":
			tag = "("
		case "-RRB-":
			tag = ")"
		case "``", "''":
			tag = `"`
		case "HYPH":
			tag = ":"
		case "NFP", "ADD", "GW", "AFX", "XX", "_":
			bad = true
		}
		sent.Lines = append(sent.Lines, line)
		sent.Words = append(sent.Words, col[1])
		sent.POS = append(sent.POS, tag)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", n, err)
	}
	endDoc()
	return docs, nil
}
