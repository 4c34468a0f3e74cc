package ner

import (
	"bufio"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// BuildLexicon reads the tags each word form has in a CoNLL-U treebank
// (the XPOS column) and returns one entry a word: the lower-cased word, a
// tab, and its tags seen at least a tenth of the time, joined by "|"
// ("that\tDT|IN|WDT"). The POS tagger uses a word's tag set as a feature,
// which helps with words its own training data lacks.
func BuildLexicon(fsys fs.FS, name string) ([]string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	counts := map[string]map[string]int{}
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
		w := strings.ToLower(col[1])
		if counts[w] == nil {
			counts[w] = map[string]int{}
		}
		counts[w][col[4]]++
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make([]string, 0, len(counts))
	for w, tags := range counts {
		total := 0
		for _, n := range tags {
			total += n
		}
		var keep []string
		for t, n := range tags {
			if 10*n >= total {
				keep = append(keep, t)
			}
		}
		slices.Sort(keep)
		out = append(out, w+"\t"+strings.Join(keep, "|"))
	}
	slices.Sort(out)
	return out, nil
}

// compileLexicon maps lower-cased word hashes to tag-set hashes.
func compileLexicon(entries []string) map[uint64]uint64 {
	if len(entries) == 0 {
		return nil
	}
	lex := make(map[uint64]uint64, len(entries))
	var scratch []byte
	for _, e := range entries {
		w, tags, ok := strings.Cut(e, "\t")
		if !ok {
			continue
		}
		var h uint64
		h, scratch = lowerHash(w, scratch)
		lex[h] = hashString(fnvOffset, tags) | 1
	}
	return lex
}
