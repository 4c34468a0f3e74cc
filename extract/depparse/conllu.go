package depparse

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Sentence is a sentence of a treebank: words, Penn Treebank tags (XPOS),
// heads (0-based, -1 for the root) and UD relation labels.
type Sentence struct {
	Words  []string
	Tags   []string
	Heads  []int
	Labels []string
}

// Len returns the number of words in s.
func (s *Sentence) Len() int { return len(s.Words) }

// ReadCoNLLU reads the sentences of a CoNLL-U file. Multiword-token lines
// (ids such as 3-4) and empty nodes (ids such as 8.1) are skipped; heads are
// converted to 0-based indices with -1 for the root.
func ReadCoNLLU(r io.Reader) ([]Sentence, error) {
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() error {
		if cur.Len() == 0 {
			return nil
		}
		for i, h := range cur.Heads {
			if h < -1 || h >= cur.Len() || h == i {
				return fmt.Errorf("line %d: word %d has head %d out of range", line, i+1, h+1)
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != cur.Len()+1 {
			return nil, fmt.Errorf("line %d: bad word id %q", line, f[0])
		}
		h, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, fmt.Errorf("line %d: bad head %q", line, f[6])
		}
		cur.Words = append(cur.Words, f[1])
		cur.Tags = append(cur.Tags, f[4])
		cur.Heads = append(cur.Heads, h-1)
		cur.Labels = append(cur.Labels, f[7])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}
