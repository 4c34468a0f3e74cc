package depparse

import (
	"errors"
	"fmt"
	"sync"

	"newsgraph/extract"
)

// A Parser assigns dependency trees to tagged sentences. It is immutable once
// built and safe for concurrent use.
type Parser struct {
	labels []string // UD relations; class 2+2l/3+2l is left/right arc with labels[l]
	vocab  vocab    // words with features of their own
	root   int      // index of "root" in labels
	punct  int      // index of "punct" in labels, or -1
	para   int      // index of "parataxis" in labels, or -1

	slots   []slot // open-addressing table of features; key 0 marks an empty slot
	shift   uint   // 64 - log2(len(slots))
	weights []weight

	pool sync.Pool // of *scratch
}

type slot struct {
	key   uint64
	start uint32
	n     uint32
}

type weight struct {
	class uint16
	w     float32
}

// scratch is the per-call working memory of Parse.
type scratch struct {
	st     state
	feats  []uint64
	found  []slot
	scores []float32
	buf    []byte
}

// An Arc is the head and relation of one token: Head is an index into
// Doc.Tokens, or -1 for the root of a sentence (and for tokens outside every
// sentence, whose Label is then empty).
type Arc struct {
	Head  int
	Label string
}

// Labels returns the relation labels the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

func (p *Parser) classes() int { return 2 + 2*len(p.labels) }

// lookupKey returns the model key of a feature hash.
func lookupKey(h uint64) uint64 { return h&keyMask + 1 }

func (p *Parser) slotIndex(key uint64) uint64 { return (key * k0) >> p.shift }

// find returns the weights of feature key.
func (p *Parser) find(key uint64) []weight {
	mask := uint64(len(p.slots) - 1)
	for i := p.slotIndex(key); ; i = (i + 1) & mask {
		s := &p.slots[i]
		if s.key == key {
			return p.weights[s.start : s.start+s.n]
		}
		if s.key == 0 {
			return nil
		}
	}
}

// score sets the score of every class for the features feats. It first
// finds the slots of all features and then adds their weights, so that the
// memory loads of different features overlap.
func (p *Parser) score(feats []uint64, scores []float32, found []slot) []slot {
	found = found[:0]
	mask := uint64(len(p.slots) - 1)
	for _, h := range feats {
		key := lookupKey(h)
		for i := p.slotIndex(key); ; i = (i + 1) & mask {
			s := p.slots[i]
			if s.key == key {
				found = append(found, s)
				break
			}
			if s.key == 0 {
				break
			}
		}
	}
	clear(scores)
	for _, s := range found {
		for _, w := range p.weights[s.start : s.start+s.n] {
			scores[w.class] += w.w
		}
	}
	return found
}

func (p *Parser) getScratch() *scratch {
	if s, ok := p.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, p.classes())}
}

// Parse returns the dependency tree of a sentence given its words and their
// Penn Treebank tags (as in the XPOS column of the English Web Treebank; the
// CoNLL-2003 forms "(", ")" and `"` are accepted too). heads[i] is the 0-based
// index of the head of word i, or -1 for the root of the sentence; labels[i]
// is its UD relation ("root" for the root). The result is always a tree with
// a single root. Parse returns nil slices for an empty sentence, and if tags
// is shorter than words the missing tags count as unknown.
func (p *Parser) Parse(words, tags []string) (heads []int, labels []string) {
	n := len(words)
	if n == 0 {
		return nil, nil
	}
	if len(tags) < n {
		t := make([]string, n)
		copy(t, tags)
		tags = t
	}
	sc := p.getScratch()
	defer p.pool.Put(sc)
	st := &sc.st
	sc.buf = st.load(words, tags[:n], p.vocab, sc.buf)
	p.run(st, sc)
	heads = make([]int, n)
	labels = make([]string, n)
	for i := 1; i <= n; i++ {
		heads[i-1] = int(st.head[i]) - 1
		labels[i-1] = p.labels[st.label[i]-1]
	}
	return heads, labels
}

// run parses greedily from the loaded state st and makes the result a tree.
func (p *Parser) run(st *state, sc *scratch) {
	for !st.done() {
		sc.feats = st.features(sc.feats[:0])
		sc.found = p.score(sc.feats, sc.scores, sc.found)
		st.apply(p.best(st, sc.scores))
	}
	p.finish(st)
}

// best returns the highest-scoring valid transition.
func (p *Parser) best(st *state, scores []float32) int {
	canReduce, canLeft := st.valid(reduce), st.valid(leftArc(0))
	best, bestScore := shift, scores[shift]
	if canReduce && scores[reduce] > bestScore {
		best, bestScore = reduce, scores[reduce]
	}
	for c := 2; c < len(scores); c++ {
		if c&1 == 0 && !canLeft {
			continue
		}
		if scores[c] > bestScore {
			best, bestScore = c, scores[c]
		}
	}
	return best
}

// finish attaches the words left without a head to the root and keeps a
// single root: the first word labelled root (or else the first attached to the
// root); the other children of the root become its dependents.
func (p *Parser) finish(st *state) {
	n := int32(st.n)
	primary := int32(-1)
	for i := int32(1); i <= n; i++ {
		if st.head[i] < 0 {
			st.head[i] = 0
			st.label[i] = int32(p.root + 1)
		}
		if st.head[i] == 0 && st.label[i] == int32(p.root+1) && primary < 0 {
			primary = i
		}
	}
	for i := int32(1); i <= n && primary < 0; i++ {
		if st.head[i] == 0 {
			primary = i
		}
	}
	for i := int32(1); i <= n; i++ {
		if st.head[i] != 0 || i == primary {
			continue
		}
		st.head[i] = primary
		if st.label[i] == int32(p.root+1) {
			switch {
			case p.punct >= 0 && isPunctTag(st.tag[i]):
				st.label[i] = int32(p.punct + 1)
			case p.para >= 0:
				st.label[i] = int32(p.para + 1)
			}
		}
	}
	st.label[primary] = int32(p.root + 1)
}

// isPunctTag reports whether h is the hash of a Penn punctuation tag.
func isPunctTag(h uint64) bool {
	for _, t := range [...]string{".", ",", ":", "''", "-LRB-", "-RRB-", "NFP"} {
		if h == hashString(t) {
			return true
		}
	}
	return false
}

// ErrNoPOS is returned by ParseDoc for a document without part-of-speech tags.
var ErrNoPOS = errors.New("depparse: document has no POS tags")

// ParseDoc parses every sentence of d and returns one Arc per token of
// d.Tokens, with heads as indices into d.Tokens. It needs d.POS (parallel to
// d.Tokens), which a POS stage of the pipeline fills.
func (p *Parser) ParseDoc(d *extract.Doc) ([]Arc, error) {
	if len(d.Tokens) == 0 {
		return nil, nil
	}
	if d.POS == nil {
		return nil, ErrNoPOS
	}
	if len(d.POS) != len(d.Tokens) {
		return nil, fmt.Errorf("depparse: %d POS tags for %d tokens", len(d.POS), len(d.Tokens))
	}
	arcs := make([]Arc, len(d.Tokens))
	for i := range arcs {
		arcs[i].Head = -1
	}
	words := make([]string, 0, 64)
	for si, s := range d.Sentences {
		if s.First < 0 || s.Last > len(d.Tokens) || s.First > s.Last {
			return nil, fmt.Errorf("depparse: sentence %d has token range [%d,%d) outside %d tokens", si, s.First, s.Last, len(d.Tokens))
		}
		words = words[:0]
		for _, t := range d.Tokens[s.First:s.Last] {
			words = append(words, t.Text)
		}
		heads, labels := p.Parse(words, d.POS[s.First:s.Last])
		for i, h := range heads {
			a := &arcs[s.First+i]
			a.Label = labels[i]
			if h >= 0 {
				a.Head = s.First + h
			}
		}
	}
	return arcs, nil
}
