package depparse

// Scores counts attachment scores over a set of sentences.
type Scores struct {
	Words, WordsNoPunct int // words scored, all and excluding gold punct
	Head, HeadNoPunct   int // words with the right head
	Both, BothNoPunct   int // words with the right head and label
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

// UAS is the unlabelled attachment score in percent, excluding punctuation.
func (s Scores) UAS() float64 { return pct(s.HeadNoPunct, s.WordsNoPunct) }

// LAS is the labelled attachment score in percent, excluding punctuation.
// Labels are compared in full (obl:tmod differs from obl).
func (s Scores) LAS() float64 { return pct(s.BothNoPunct, s.WordsNoPunct) }

// UASAll is the unlabelled attachment score in percent over all words.
func (s Scores) UASAll() float64 { return pct(s.Head, s.Words) }

// LASAll is the labelled attachment score in percent over all words.
func (s Scores) LASAll() float64 { return pct(s.Both, s.Words) }

// Add scores a predicted tree against gold s.
func (s *Scores) Add(gold *Sentence, heads []int, labels []string) {
	for i := range gold.Words {
		h := i < len(heads) && heads[i] == gold.Heads[i]
		b := h && labels[i] == gold.Labels[i]
		punct := gold.Labels[i] == "punct"
		s.Words++
		if h {
			s.Head++
		}
		if b {
			s.Both++
		}
		if !punct {
			s.WordsNoPunct++
			if h {
				s.HeadNoPunct++
			}
			if b {
				s.BothNoPunct++
			}
		}
	}
}

// Evaluate parses sents with their own tags and scores the result.
func (p *Parser) Evaluate(sents []Sentence) Scores {
	var sc Scores
	for i := range sents {
		heads, labels := p.Parse(sents[i].Words, sents[i].Tags)
		sc.Add(&sents[i], heads, labels)
	}
	return sc
}
