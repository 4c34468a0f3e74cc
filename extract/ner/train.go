package ner

import (
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// TrainOptions configure Train. The zero value trains an entity tagger
// without gazetteer for 10 epochs.
type TrainOptions struct {
	Task      Task       // NER (default) or POS
	Epochs    int        // passes over the training data; 0 means 10
	Seed      uint64     // shuffling seed; the same seed and data give the same model
	MinCount  int        // features seen fewer times are dropped; 0 means 1
	Gazetteer *Gazetteer // word lists for the gazetteer features; nil for none
	Lexicon   []string   // POS: word tag sets (see BuildLexicon); nil for none
	TwoStage  bool       // add a second stage that sees the first stage's labels: of the same word elsewhere in the document (NER), of the neighbouring words (POS)
	Extra     []Document // more training documents, for POS only (see ReadCoNLLU)
	Dev       []Document // when set, scores are logged after every epoch
	Log       io.Writer  // progress; nil for none
}

// ErrNoData is returned by Train when the training documents hold no tagged sentence.
var ErrNoData = errors.New("ner: no tagged sentences to train on")

// Train trains a tagger on docs with an averaged structured perceptron.
func Train(docs []Document, opts TrainOptions) (*Model, error) {
	if opts.Task == "" {
		opts.Task = NER
	}
	if opts.Epochs <= 0 {
		opts.Epochs = 10
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	cfg := uint32(useDoc)
	if opts.Task == POS {
		cfg |= useWide | useRich
		if len(opts.Lexicon) > 0 {
			cfg |= useLex
		}
	}
	if opts.Gazetteer != nil {
		cfg |= useGaz
	}
	if opts.Task == POS && len(opts.Extra) > 0 {
		docs = append(slices.Clip(docs), opts.Extra...)
	}
	labels, err := collectLabels(docs, opts.Task)
	if err != nil {
		return nil, err
	}
	if len(labels) > 255 {
		return nil, fmt.Errorf("ner: %d labels; at most 255 are supported", len(labels))
	}
	base := &Model{task: opts.Task, cfg: cfg, labels: labels, gaz: opts.Gazetteer}
	if cfg&useLex != 0 {
		base.lexicon = opts.Lexicon
		base.lex = compileLexicon(opts.Lexicon)
	}
	if opts.Gazetteer != nil {
		base.cgaz = opts.Gazetteer.compile()
	}
	if opts.Task == NER {
		base.lower = lowerWords(docs)
		base.lowerSet = hashWords(base.lower)
	}
	if opts.TwoStage && len(docs) < 2 {
		logf(opts.Log, "one document: training one stage only")
		opts.TwoStage = false
	}
	if !opts.TwoStage {
		return trainStage(base, docs, nil, opts)
	}
	// Stage one on k-1 of k parts, each labelling the remaining part
	// (jackknife), so that stage two learns how far to trust labels it did
	// not see in training. POS uses four parts: its stage two reads the
	// neighbours' tags, and those are closer to the full stage one's when
	// each fold trains on more of the data.
	folds := 2
	if opts.Task == POS && cfg&useRich != 0 {
		folds = 4
	}
	priors := make([][]uint8, len(docs))
	for fold := 0; fold < folds; fold++ {
		var part []Document
		var idx []int
		for i := range docs {
			if i%folds == fold {
				idx = append(idx, i)
			} else {
				part = append(part, docs[i])
			}
		}
		o := opts
		o.Dev = nil
		logf(opts.Log, "stage one, fold %d: %d documents", fold+1, len(part))
		m, err := trainStage(base.clone(), part, nil, o)
		if err != nil {
			return nil, err
		}
		ws := m.getWS()
		for _, i := range idx {
			sents := docs[i].Words()
			m.setPriors(ws, sents, m.tagDoc(ws, sents))
			priors[i] = make([]uint8, len(ws.doc))
			for j := range ws.doc {
				priors[i][j] = ws.doc[j].prior
			}
		}
	}
	o := opts
	o.Dev = nil
	logf(opts.Log, "stage one, all documents")
	first, err := trainStage(base.clone(), docs, nil, o)
	if err != nil {
		return nil, err
	}
	second := base.clone()
	second.cfg |= usePrior
	second.prior = first
	logf(opts.Log, "stage two")
	return trainStage(second, docs, priors, opts)
}

func (m *Model) clone() *Model {
	return &Model{task: m.task, cfg: m.cfg, labels: m.labels, gaz: m.gaz, cgaz: m.cgaz, lower: m.lower, lowerSet: m.lowerSet,
		lexicon: m.lexicon, lex: m.lex}
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
	}
}

func goldOf(s Sentence, task Task) []string {
	if task == POS {
		return s.POS
	}
	return s.Tags
}

func collectLabels(docs []Document, task Task) ([]string, error) {
	seen := map[string]bool{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for _, t := range goldOf(s, task) {
				seen[t] = true
			}
		}
	}
	if len(seen) == 0 {
		return nil, ErrNoData
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.SortFunc(labels, func(a, b string) int {
		if (a == "O") != (b == "O") {
			if a == "O" {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	return labels, nil
}

// lowerWords lists words that the training text writes in lower case more
// often than capitalised in mid-sentence.
func lowerWords(docs []Document) []string {
	low, capd := map[string]int{}, map[string]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			for i, w := range s.Words {
				if w == "" {
					continue
				}
				switch c := w[0]; {
				case 'a' <= c && c <= 'z':
					low[w]++
				case 'A' <= c && c <= 'Z' && i > 0 && strings.ToUpper(w) != w:
					capd[strings.ToLower(w)]++
				}
			}
		}
	}
	var out []string
	for w, n := range low {
		if n > capd[w] && n >= 2 {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}

func hashWords(ws []string) map[uint64]bool {
	set := make(map[uint64]bool, len(ws))
	var scratch []byte
	for _, w := range ws {
		var h uint64
		h, scratch = lowerHash(w, scratch)
		set[h] = true
	}
	return set
}

// trainStage trains the weights of m (whose task, labels and features are
// set) on docs. priors, when m uses them, holds per-token stage-one evidence.
func trainStage(m *Model, docs []Document, priors [][]uint8, opts TrainOptions) (*Model, error) {
	L := len(m.labels)
	labelIdx := map[string]int{}
	for i, l := range m.labels {
		labelIdx[l] = i
	}
	began := time.Now()
	// Extract hashed features once.
	type sent struct {
		off  int // into offs
		n    int
		gold []int
	}
	var (
		hashes []uint64
		offs   = []int{0}
		sents  []sent
	)
	ws := &workspace{sets: map[uint64]uint8{}, counts: map[uint64][4]uint16{}}
	for di, d := range docs {
		words := d.Words()
		prepareDoc(ws, words, m.cgaz, m.lex, m.cfg)
		if priors != nil {
			for i := range ws.doc {
				ws.doc[i].prior = priors[di][i]
			}
		}
		first := 0
		for _, s := range d.Sentences {
			gold := goldOf(s, m.task)
			loadSentence(ws, first, len(s.Words))
			first += len(s.Words)
			if len(gold) != len(s.Words) {
				continue
			}
			g := make([]int, len(gold))
			for i, t := range gold {
				g[i] = labelIdx[t]
			}
			sents = append(sents, sent{off: len(offs) - 1, n: len(s.Words), gold: g})
			for i := range s.Words {
				hashes = appendFeatures(hashes, ws.toks, i+2, m.cfg)
				offs = append(offs, len(hashes))
			}
		}
	}
	if len(sents) == 0 {
		return nil, ErrNoData
	}
	count := map[uint64]int32{}
	for _, h := range hashes {
		count[h]++
	}
	index := map[uint64]int32{}
	var keys []uint64
	for _, h := range hashes { // first-seen order keeps training deterministic
		if count[h] >= int32(opts.MinCount) {
			if _, ok := index[h]; !ok {
				index[h] = int32(len(keys))
				keys = append(keys, h)
			}
		}
	}
	feats := make([]int32, 0, len(hashes))
	fo := make([]int, 1, len(offs))
	for t := 0; t+1 < len(offs); t++ {
		for _, h := range hashes[offs[t]:offs[t+1]] {
			if r, ok := index[h]; ok {
				feats = append(feats, r)
			}
		}
		fo = append(fo, len(feats))
	}
	hashes, count, index = nil, nil, nil
	logf(opts.Log, "%d sentences, %d features, %d labels (%.1fs)", len(sents), len(keys), L, time.Since(began).Seconds())

	w := make([]float32, len(keys)*L)
	u := make([]float64, len(keys)*L)
	tr := make([]float32, (L+1)*L)
	tu := make([]float64, (L+1)*L)
	allowed := allowedTrans(m.labels)
	masked := make([]float32, len(tr))
	maskedT := make([]float32, len(tr))
	negInf := float32(math.Inf(-1))
	rng := rand.New(rand.NewPCG(opts.Seed, 0x6e6572))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	c := 1.0
	var dws workspace
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs := 0
		for _, si := range order {
			s := sents[si]
			dws.em = grow(dws.em, s.n*L)
			clear(dws.em)
			for i := 0; i < s.n; i++ {
				row := dws.em[i*L : (i+1)*L]
				for _, f := range feats[fo[s.off+i]:fo[s.off+i+1]] {
					for y, v := range w[int(f)*L : int(f+1)*L] {
						row[y] += v
					}
				}
			}
			for k := range tr {
				masked[k] = tr[k]
				if !allowed[k] {
					masked[k] = negInf
				}
			}
			transposeInto(maskedT, masked, L)
			pred := viterbi(&dws, dws.em, maskedT, s.n, L)
			pp, gp := L, L
			for i := 0; i < s.n; i++ {
				g, p := s.gold[i], pred[i]
				if g != p {
					errs++
					for _, f := range feats[fo[s.off+i]:fo[s.off+i+1]] {
						w[int(f)*L+g]++
						u[int(f)*L+g] += c
						w[int(f)*L+p]--
						u[int(f)*L+p] -= c
					}
				}
				if g != p || gp != pp {
					tr[gp*L+g]++
					tu[gp*L+g] += c
					tr[pp*L+p]--
					tu[pp*L+p] -= c
				}
				gp, pp = g, p
			}
			c++
		}
		msg := fmt.Sprintf("epoch %d: %d token errors (%.1fs)", epoch, errs, time.Since(began).Seconds())
		if len(opts.Dev) > 0 && (epoch == opts.Epochs || epoch%2 == 0) {
			mm := m.withWeights(keys, w, u, tr, tu, c, allowed)
			sc := mm.Evaluate(opts.Dev)
			if m.task == NER {
				msg += fmt.Sprintf("; dev F1 %.2f", sc.Overall.F1())
			}
			msg += fmt.Sprintf("; dev accuracy %.2f", sc.Accuracy())
		}
		logf(opts.Log, "%s", msg)
	}
	return m.withWeights(keys, w, u, tr, tu, c, allowed), nil
}

// pruneBelow is the smallest averaged weight, relative to the largest, that
// a kept feature row must have.
const pruneBelow = 1e-3

// withWeights returns a copy of m with the averaged, pruned and quantised
// weights w - u/c.
func (m *Model) withWeights(keys []uint64, w []float32, u []float64, tr []float32, tu []float64, c float64, allowed []bool) *Model {
	L := len(m.labels)
	avg := make([]float32, len(w))
	maxAbs := 0.0
	for i := range w {
		v := float64(w[i]) - u[i]/c
		avg[i] = float32(v)
		maxAbs = max(maxAbs, math.Abs(v))
	}
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	out := m.clone()
	out.prior = m.prior
	out.scale = float32(scale)
	var kept []uint64
	for r, k := range keys {
		row := avg[r*L : (r+1)*L]
		big := false
		for _, v := range row {
			if math.Abs(float64(v)) >= pruneBelow*maxAbs {
				big = true
				break
			}
		}
		if !big {
			continue
		}
		kept = append(kept, k)
		for _, v := range row {
			out.q = append(out.q, int16(math.Round(float64(v)/float64(out.scale))))
		}
	}
	// Sort rows by key so that the saved model is canonical.
	perm := make([]int, len(kept))
	for i := range perm {
		perm[i] = i
	}
	slices.SortFunc(perm, func(a, b int) int {
		switch {
		case kept[a] < kept[b]:
			return -1
		case kept[a] > kept[b]:
			return 1
		}
		return 0
	})
	sortedKeys := make([]uint64, len(kept))
	sortedQ := make([]int16, len(out.q))
	for i, p := range perm {
		sortedKeys[i] = kept[p]
		copy(sortedQ[i*L:(i+1)*L], out.q[p*L:(p+1)*L])
	}
	out.keys = sortedKeys
	out.rowStart = make([]int32, 1, len(sortedKeys)+1)
	for r := range sortedKeys {
		for y, v := range sortedQ[r*L : (r+1)*L] {
			if v != 0 {
				out.lab = append(out.lab, uint8(y))
				out.val = append(out.val, v)
			}
		}
		out.rowStart = append(out.rowStart, int32(len(out.val)))
	}
	out.q = nil
	out.table = newTable(out.keys, out.rowStart, out.lab, out.val, L)
	out.rawTrans = make([]float32, len(tr))
	for i := range tr {
		out.rawTrans[i] = float32(float64(tr[i]) - tu[i]/c)
	}
	out.setTrans()
	return out
}

// setTrans derives the decoding transitions from rawTrans and the IOB2 constraints.
func (m *Model) setTrans() {
	allowed := allowedTrans(m.labels)
	m.trans = make([]float32, len(m.rawTrans))
	for i, v := range m.rawTrans {
		m.trans[i] = v
		if m.task == NER && !allowed[i] {
			m.trans[i] = float32(math.Inf(-1))
		}
	}
	m.transT = transpose(m.trans, len(m.labels))
}

// Evaluate tags docs and compares the result with their gold column: the
// entity tags for an NER model, the POS column for a POS model.
func (m *Model) Evaluate(docs []Document) Scores {
	var sc Scores
	ws := m.getWS()
	defer m.pool.Put(ws)
	for _, d := range docs {
		pred := m.tagDoc(ws, d.Words())
		for i, s := range d.Sentences {
			gold := goldOf(s, m.task)
			if len(gold) != len(s.Words) {
				continue
			}
			p := make([]string, len(pred[i]))
			for j, y := range pred[i] {
				p[j] = m.labels[y]
			}
			sc.Add(gold, p)
		}
	}
	return sc
}
