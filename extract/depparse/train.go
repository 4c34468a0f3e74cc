package depparse

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions configures Train. The zero value gives the defaults.
type TrainOptions struct {
	Epochs       int     // passes over the training set; default 15
	Seed         uint64  // seed of the shuffling and exploration; training is deterministic given it
	MinCount     int     // keep features seen at least this often on oracle paths; default 2
	MinWord      int     // words seen fewer times are unknown words (shape classes); default 2
	Explore      float64 // probability of following the model's own (possibly wrong) transition; default 0.9
	ExploreAfter int     // epochs of pure oracle paths before exploring; default 1
	Prune        float64 // drop averaged weights smaller than this in absolute value; default 1
	Dev          []Sentence
	Log          io.Writer // progress, one line per epoch; nil for none
}

func (o *TrainOptions) defaults() {
	if o.Epochs == 0 {
		o.Epochs = 15
	}
	if o.MinCount == 0 {
		o.MinCount = 2
	}
	if o.MinWord == 0 {
		o.MinWord = 2
	}
	if o.Explore == 0 {
		o.Explore = 0.9
	}
	if o.ExploreAfter == 0 {
		o.ExploreAfter = 1
	}
	if o.Prune == 0 {
		o.Prune = 1
	}
}

// TrainStats describes a training run.
type TrainStats struct {
	Sentences     int // training sentences used
	NonProjective int // sentences whose tree was non-projective (lifted)
	Lifted        int // arcs lifted to projectivise them
	Vocabulary    int // words with features of their own
	Features      int // features in the model
	Weights       int // non-zero weights in the model
}

// entry is a training weight with the bookkeeping of lazy averaging.
type entry struct {
	class int32
	w     int32
	ts    int32 // update counter at the last change of w
	total int64 // sum of w over updates up to ts
}

type trainer struct {
	idx  map[uint64]int32 // feature key -> row
	rows [][]entry
	now  int32
}

func (t *trainer) score(feats []uint64, scores []float32) {
	clear(scores)
	for _, k := range feats {
		if r, ok := t.idx[k]; ok {
			for _, e := range t.rows[r] {
				scores[e.class] += float32(e.w)
			}
		}
	}
}

func (t *trainer) update(feats []uint64, class int, delta int32) {
	for _, k := range feats {
		r, ok := t.idx[k]
		if !ok {
			continue
		}
		row := t.rows[r]
		i := slices.IndexFunc(row, func(e entry) bool { return e.class == int32(class) })
		if i < 0 {
			row = append(row, entry{class: int32(class), ts: t.now})
			t.rows[r] = row
			i = len(row) - 1
		}
		e := &row[i]
		e.total += int64(e.w) * int64(t.now-e.ts)
		e.ts = t.now
		e.w += delta
	}
}

// example is a training sentence prepared for the oracle.
type example struct {
	words, tags []string
	gold        []int32 // 1-based gold head by position, gold[0] unused
	label       []int   // gold label index by position
}

// Train trains a parser on sentences of a treebank. Non-projective trees are
// projectivised by lifting. Training is deterministic for given sentences and
// options and uses one goroutine.
func Train(sents []Sentence, opt TrainOptions) (*Parser, TrainStats, error) {
	opt.defaults()
	var stats TrainStats
	labelSet := map[string]bool{"root": true}
	for _, s := range sents {
		for _, l := range s.Labels {
			labelSet[l] = true
		}
	}
	labels := make([]string, 0, len(labelSet))
	for l := range labelSet {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	if 2+2*len(labels) > math.MaxUint16 {
		return nil, stats, fmt.Errorf("depparse: too many labels (%d)", len(labels))
	}
	labelIndex := make(map[string]int, len(labels))
	for i, l := range labels {
		labelIndex[l] = i
	}
	var exs []example
	for _, s := range sents {
		n := s.Len()
		if n == 0 || len(s.Tags) != n || len(s.Heads) != n || len(s.Labels) != n {
			continue
		}
		heads, lifted := projectivize(s.Heads)
		if lifted > 0 {
			stats.NonProjective++
			stats.Lifted += lifted
		}
		ex := example{words: s.Words, tags: s.Tags, gold: make([]int32, n+2), label: make([]int, n+2)}
		for i, h := range heads {
			ex.gold[i+1] = int32(h + 1)
			ex.label[i+1] = labelIndex[s.Labels[i]]
		}
		ex.gold[0], ex.gold[n+1] = -1, -1
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, stats, errors.New("depparse: no training sentences")
	}
	stats.Sentences = len(exs)
	nclass := 2 + 2*len(labels)

	// The vocabulary: words seen at least MinWord times.
	wordCounts := make(map[uint64]int)
	var buf []byte
	for _, ex := range exs {
		for _, w := range ex.words {
			buf = normWord(w, buf)
			wordCounts[vocabKey(hashBytes(buf))]++
		}
	}
	known := make(vocab)
	for k, c := range wordCounts {
		if c >= opt.MinWord {
			known[k] = true
		}
	}
	stats.Vocabulary = len(known)

	// Count features on oracle paths and keep the frequent ones.
	counts := make(map[uint64]int32)
	var (
		st    state
		feats []uint64
		cost  [4]int
	)
	for i := range exs {
		ex := &exs[i]
		buf = st.load(ex.words, ex.tags, known, buf)
		for !st.done() {
			feats = st.features(feats[:0])
			for _, h := range feats {
				counts[lookupKey(h)]++
			}
			st.costs(ex.gold, &cost)
			st.apply(oracleFirst(&st, ex, &cost))
		}
	}
	t := &trainer{idx: make(map[uint64]int32)}
	keys := make([]uint64, 0, len(counts))
	for k, c := range counts {
		if int(c) >= opt.MinCount {
			keys = append(keys, k)
		}
	}
	counts = nil
	slices.Sort(keys)
	for i, k := range keys {
		t.idx[k] = int32(i)
	}
	t.rows = make([][]entry, len(keys))

	rng := rand.New(rand.NewPCG(opt.Seed, 0x6465707061727365))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, nclass)
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch > opt.ExploreAfter
		var correct, total int
		for _, oi := range order {
			ex := &exs[oi]
			buf = st.load(ex.words, ex.tags, known, buf)
			for !st.done() {
				feats = st.features(feats[:0])
				for i, h := range feats {
					feats[i] = lookupKey(h)
				}
				t.score(feats, scores)
				st.costs(ex.gold, &cost)
				pred := bestValid(&st, scores)
				gold := oracleBest(&st, ex, &cost, scores)
				t.now++
				total++
				if zeroCost(&st, ex, &cost, pred) {
					correct++
				} else {
					t.update(feats, gold, 1)
					t.update(feats, pred, -1)
				}
				next := gold
				if explore && rng.Float64() < opt.Explore {
					next = pred
				}
				st.apply(next)
			}
		}
		p := t.average(labels, known, opt.Prune)
		if opt.Log != nil {
			msg := fmt.Sprintf("epoch %d: transitions %.2f%% correct, %d weights, %.1fs", epoch,
				100*float64(correct)/float64(max(total, 1)), len(p.weights), time.Since(start).Seconds())
			if len(opt.Dev) > 0 {
				sc := p.Evaluate(opt.Dev)
				msg += fmt.Sprintf("; dev UAS %.2f LAS %.2f (no punct), UAS %.2f LAS %.2f (all)",
					sc.UAS(), sc.LAS(), sc.UASAll(), sc.LASAll())
			}
			fmt.Fprintln(opt.Log, msg)
		}
		if epoch == opt.Epochs {
			stats.Features, stats.Weights = len(p.slotsUsed()), len(p.weights)
			return p, stats, nil
		}
	}
	return nil, stats, errors.New("depparse: no epochs")
}

// oracleFirst returns a zero-cost (or else cheapest) transition, preferring
// arcs, for counting features on oracle paths.
func oracleFirst(st *state, ex *example, cost *[4]int) int {
	bestType, bestCost := -1, 0
	for _, ty := range [...]int{3, 2, 1, 0} {
		if cost[ty] >= 0 && (bestType < 0 || cost[ty] < bestCost) {
			bestType, bestCost = ty, cost[ty]
		}
	}
	return goldClass(st, ex, bestType, nil)
}

// goldClass returns the class of transition type ty (0 shift, 1 reduce,
// 2 left, 3 right) with the gold label when it builds a gold arc, or the
// best-scoring label (label 0 when scores is nil) otherwise.
func goldClass(st *state, ex *example, ty int, scores []float32) int {
	switch ty {
	case 0:
		return shift
	case 1:
		return reduce
	}
	s, b := st.s0(), st.b
	var arcGold bool
	var dep int32
	if ty == 2 {
		arcGold, dep = ex.gold[s] == b, s
	} else {
		arcGold, dep = ex.gold[b] == s, b
	}
	if arcGold {
		return 2 + 2*ex.label[dep] + (ty - 2)
	}
	best := 2 + (ty - 2)
	if scores != nil {
		for c := best; c < len(scores); c += 2 {
			if scores[c] > scores[best] {
				best = c
			}
		}
	}
	return best
}

// oracleBest returns the best-scoring zero-cost transition, or the best of
// the cheapest ones if none is free.
func oracleBest(st *state, ex *example, cost *[4]int, scores []float32) int {
	minCost := -1
	for _, c := range cost {
		if c >= 0 && (minCost < 0 || c < minCost) {
			minCost = c
		}
	}
	best := -1
	for ty, c := range cost {
		if c != minCost {
			continue
		}
		cl := goldClass(st, ex, ty, scores)
		if best < 0 || scores[cl] > scores[best] {
			best = cl
		}
	}
	return best
}

// zeroCost reports whether class c loses no gold arc or label.
func zeroCost(st *state, ex *example, cost *[4]int, c int) bool {
	ty := min(c, 2+(c&1))
	if cost[ty] != 0 {
		return false
	}
	if ty < 2 {
		return true
	}
	return goldClass(st, ex, ty, nil) == c || !arcIsGold(st, ex, ty)
}

func arcIsGold(st *state, ex *example, ty int) bool {
	if ty == 2 {
		return ex.gold[st.s0()] == st.b
	}
	return ex.gold[st.b] == st.s0()
}

// bestValid returns the best-scoring valid transition.
func bestValid(st *state, scores []float32) int {
	canReduce, canLeft := st.valid(reduce), st.valid(leftArc(0))
	best := shift
	if canReduce && scores[reduce] > scores[best] {
		best = reduce
	}
	for c := 2; c < len(scores); c++ {
		if c&1 == 0 && !canLeft {
			continue
		}
		if scores[c] > scores[best] {
			best = c
		}
	}
	return best
}

// average returns a parser with the averaged weights, without those smaller
// than prune in absolute value.
func (t *trainer) average(labels []string, known vocab, prune float64) *Parser {
	type fw struct {
		key uint64
		ws  []weight
	}
	var feats []fw
	for k, r := range t.idx {
		var ws []weight
		for _, e := range t.rows[r] {
			tot := e.total + int64(e.w)*int64(t.now-e.ts)
			avg := float64(tot) / float64(max(t.now, 1))
			if math.Abs(avg) >= prune {
				ws = append(ws, weight{class: uint16(e.class), w: float32(avg)})
			}
		}
		if len(ws) > 0 {
			slices.SortFunc(ws, func(a, b weight) int { return cmp.Compare(a.class, b.class) })
			feats = append(feats, fw{k, ws})
		}
	}
	slices.SortFunc(feats, func(a, b fw) int { return cmp.Compare(a.key, b.key) })
	keys := make([]uint64, len(feats))
	ws := make([][]weight, len(feats))
	for i, f := range feats {
		keys[i], ws[i] = f.key, f.ws
	}
	return newParser(labels, known, keys, ws)
}
