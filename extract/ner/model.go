package ner

import (
	"math"
	"slices"
	"strings"
	"sync"
)

// A Task says what a Model tags.
type Task string

// The tasks.
const (
	NER Task = "ner" // IOB2 entity tags
	POS Task = "pos" // Penn Treebank part-of-speech tags
)

// A Model is a trained sequence tagger. It is safe for concurrent use.
type Model struct {
	task    Task
	cfg     uint32
	labels  []string
	gaz     *Gazetteer
	cgaz    *compiledGaz
	lower   []string // words written in lower case in the training text, for re-casing headlines
	lexicon []string // "word\ttags" entries (see BuildLexicon)
	lex     *compiledLex
	// lowerSet holds the hashes of lower.
	lowerSet map[uint64]bool

	keys  []uint64 // feature hash of each weight row, ascending
	scale float32  // a weight is q*scale
	q     []int16  // dense quantised weights while a model is built
	// Row r of the weights is sparse: labels lab[rowStart[r]:rowStart[r+1]]
	// with quantised weights val[...].
	rowStart []int32
	lab      []uint8
	val      []int16
	table    table
	rawTrans []float32 // (L+1)*L learnt transition weights; row L scores the first label
	trans    []float32 // rawTrans with -Inf where IOB2 forbids the transition
	transT   []float32 // trans transposed for viterbi
	// prior, when non-nil, is the stage-one model whose predictions feed the
	// usePrior features.
	prior *Model

	pool sync.Pool // *workspace
}

// Task returns what m tags.
func (m *Model) Task() Task { return m.task }

// Labels returns the tags m assigns, in index order.
func (m *Model) Labels() []string { return slices.Clone(m.labels) }

// Gazetteer returns the word lists m was trained with, or nil.
func (m *Model) Gazetteer() *Gazetteer { return m.gaz }

// table maps feature hashes to their weight rows with open addressing. A
// parallel array of 16-bit fingerprints (0 for an empty slot) lets most
// misses, the common case, stay in a small array. With few labels (entities)
// a slot holds the key as four int16s followed by the L weights, so that a
// hit touches one cache line; with many (parts of speech) rows are sparse
// and a slot holds the key and the row index.
type table struct {
	fps  []uint16
	mask uint64
	// dense
	slots  []int16
	stride int // int16s per slot
	l      int
	// sparse
	sparse []sparseSlot
	pairs  []uint32 // label<<16 | uint16(weight), row after row
}

// A sparseSlot holds a key and the range of its row in table.pairs.
type sparseSlot struct {
	key    uint64
	lo, hi int32
}

// denseLabels is the largest label count with dense rows.
const denseLabels = 16

func fingerprint(k uint64) uint16 { return uint16(k>>48) | 1 }

func newTable(keys []uint64, rowStart []int32, lab []uint8, val []int16, L int) table {
	size := 1
	for size < len(keys)+len(keys)/2+1 {
		size <<= 1
	}
	t := table{fps: make([]uint16, size), l: L, mask: uint64(size - 1)}
	dense := L <= denseLabels
	if dense {
		t.stride = (4 + L + 3) &^ 3
		t.slots = make([]int16, size*t.stride)
	} else {
		t.sparse = make([]sparseSlot, size)
		t.pairs = make([]uint32, len(val))
		for j := range val {
			t.pairs[j] = uint32(lab[j])<<16 | uint32(uint16(val[j]))
		}
	}
	for r, k := range keys {
		i := k & t.mask
		for t.fps[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.fps[i] = fingerprint(k)
		if !dense {
			t.sparse[i] = sparseSlot{key: k, lo: rowStart[r], hi: rowStart[r+1]}
			continue
		}
		s := t.slots[int(i)*t.stride:]
		s[0], s[1], s[2], s[3] = int16(k), int16(k>>16), int16(k>>32), int16(k>>48)
		for j := rowStart[r]; j < rowStart[r+1]; j++ {
			s[4+int(lab[j])] = val[j]
		}
	}
	return t
}

// lookup returns the dense weights of feature k, or nil.
func (t *table) lookup(k uint64) []int16 {
	fp := fingerprint(k)
	i := k & t.mask
	for {
		f := t.fps[i]
		if f == 0 {
			return nil
		}
		if f == fp {
			s := t.slots[int(i)*t.stride : int(i)*t.stride+4+t.l]
			if uint64(uint16(s[0]))|uint64(uint16(s[1]))<<16|uint64(uint16(s[2]))<<32|uint64(uint16(s[3]))<<48 == k {
				return s[4:]
			}
		}
		i = (i + 1) & t.mask
	}
}

// lookupPairs returns the sparse row of feature k, or nil.
func (t *table) lookupPairs(k uint64) []uint32 {
	fp := fingerprint(k)
	i := k & t.mask
	for {
		f := t.fps[i]
		if f == 0 {
			return nil
		}
		if f == fp {
			if s := &t.sparse[i]; s.key == k {
				return t.pairs[s.lo:s.hi]
			}
		}
		i = (i + 1) & t.mask
	}
}

// allowedTrans builds the transition constraints of IOB2: I-X follows only
// B-X or I-X. Row L is the start of a sentence.
func allowedTrans(labels []string) []bool {
	L := len(labels)
	ok := make([]bool, (L+1)*L)
	for p := 0; p <= L; p++ {
		for y, l := range labels {
			allowed := true
			if typ, in := strings.CutPrefix(l, "I-"); in {
				allowed = p < L && (labels[p] == "B-"+typ || labels[p] == l)
			}
			ok[p*L+y] = allowed
		}
	}
	return ok
}

// workspace holds the buffers of one tagging call.
type workspace struct {
	toks    []tokInfo // padded sentence
	doc     []tokInfo // every token of the document, unpadded
	feats   []uint64
	offs    []int
	dfeats  []uint64 // stage-one features of the whole document
	doffs   []int
	scratch []byte
	em      []float32
	acc     []int32
	delta   []float32
	back    []int32
	out     []int
	sets    map[uint64]uint8
	counts  map[uint64][4]uint16
}

func (m *Model) getWS() *workspace {
	if ws, ok := m.pool.Get().(*workspace); ok {
		return ws
	}
	return &workspace{sets: map[uint64]uint8{}, counts: map[uint64][4]uint16{}}
}

// prepareDoc fills ws.doc with the token infos of every sentence of a
// document, marks gazetteer matches and computes document-level evidence.
func prepareDoc(ws *workspace, sents [][]string, cgaz *compiledGaz, lex *compiledLex, cfg uint32) {
	ws.doc = ws.doc[:0]
	for _, s := range sents {
		start := len(ws.doc)
		letters, caps := 0, 0
		for _, w := range s {
			var t tokInfo
			t, ws.scratch = info(w, ws.scratch)
			if lex != nil {
				t.lex = lex.exact[t.word].tags
				e := lex.lower[t.lower]
				t.lexL, t.lexTop = e.tags, e.top
			}
			if t.flags&(fCap|fLower) != 0 {
				letters++
				if t.flags&fAllCap != 0 || t.flags&fCap != 0 && len(w) == 1 {
					caps++
				}
			}
			ws.doc = append(ws.doc, t)
		}
		st := ws.doc[start:]
		// The first word after opening punctuation starts the sentence.
		for i := range st {
			if st[i].flags&(fCap|fLower|fDigit) != 0 {
				st[i].flags |= fInitial
				break
			}
		}
		if letters > 0 && caps == letters {
			for i := range st {
				st[i].flags |= fCapsSent
			}
		}
		if cfg&useGaz != 0 {
			cgaz.mark(st)
		}
	}
	if cfg&useDoc == 0 {
		return
	}
	clear(ws.sets)
	i := 0
	for _, s := range sents {
		st := ws.doc[i : i+len(s)]
		i += len(s)
		for j := range st {
			t := &st[j]
			if t.flags&fLower != 0 {
				ws.sets[t.lower] |= dLowerSeen
				continue
			}
			if t.flags&fCapsSent != 0 || !isCap(t) {
				continue
			}
			if t.flags&fInitial == 0 {
				ws.sets[t.lower] |= dCapMid
			}
			prev := j > 0 && isCap(&st[j-1])
			next := j+1 < len(st) && isCap(&st[j+1])
			switch {
			case !prev && next:
				ws.sets[t.lower] |= dSeqFirst
			case prev && !next:
				ws.sets[t.lower] |= dSeqLast
			case prev && next:
				ws.sets[t.lower] |= dSeqMid
			}
		}
	}
	for j := range ws.doc {
		if t := &ws.doc[j]; isCap(t) {
			t.doc = ws.sets[t.lower]
		}
	}
}

// loadSentence copies the infos of doc[first:first+n] into the padded ws.toks.
func loadSentence(ws *workspace, first, n int) {
	ws.toks = ws.toks[:0]
	ws.toks = append(ws.toks, makePad(1), makePad(2))
	ws.toks = append(ws.toks, ws.doc[first:first+n]...)
	ws.toks = append(ws.toks, makePad(3), makePad(4))
}

// sentenceFeatures fills ws.feats and ws.offs for the padded ws.toks.
func sentenceFeatures(ws *workspace, cfg uint32) {
	n := len(ws.toks) - 4
	ws.feats = ws.feats[:0]
	ws.offs = append(ws.offs[:0], 0)
	for i := 0; i < n; i++ {
		ws.feats = appendFeatures(ws.feats, ws.toks, i+2, cfg)
		ws.offs = append(ws.offs, len(ws.feats))
	}
}

// scoreSentence fills ws.em with emission scores from ws.feats.
func (m *Model) scoreSentence(ws *workspace) {
	L := len(m.labels)
	n := len(ws.offs) - 1
	ws.em = grow(ws.em, n*L)
	ws.acc = grow(ws.acc, L)
	acc := ws.acc
	dense := m.table.slots != nil
	for i := 0; i < n; i++ {
		clear(acc)
		for _, f := range ws.feats[ws.offs[i]:ws.offs[i+1]] {
			if !dense {
				for _, p := range m.table.lookupPairs(f) {
					acc[p>>16&0xff] += int32(int16(p))
				}
				continue
			}
			w := m.table.lookup(f)
			if w == nil {
				continue
			}
			w = w[:len(acc)]
			for y := range acc {
				acc[y] += int32(w[y])
			}
		}
		row := ws.em[i*L : (i+1)*L]
		for y := range row {
			row[y] = float32(acc[y]) * m.scale
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// transpose returns trans ((L+1)*L, row p for the previous label, row L for
// the start) in the layout viterbi reads: row y holds the scores of every
// previous label for y, and the start scores follow at L*L.
func transpose(trans []float32, L int) []float32 {
	tt := make([]float32, len(trans))
	transposeInto(tt, trans, L)
	return tt
}

func transposeInto(tt, trans []float32, L int) {
	for p := 0; p < L; p++ {
		for y := 0; y < L; y++ {
			tt[y*L+p] = trans[p*L+y]
		}
	}
	copy(tt[L*L:], trans[L*L:])
}

// viterbi decodes the best label sequence for n tokens with L labels from
// emissions em (n*L) and transitions tt (as transpose returns them) into ws.out.
func viterbi(ws *workspace, em, tt []float32, n, L int) []int {
	ws.delta = grow(ws.delta, n*L)
	ws.back = grow(ws.back, n*L)
	ws.out = grow(ws.out, n)
	if n == 0 {
		return ws.out
	}
	d, bk := ws.delta, ws.back
	start := tt[L*L:]
	for y := 0; y < L; y++ {
		d[y] = em[y] + start[y]
	}
	negInf := float32(math.Inf(-1))
	for i := 1; i < n; i++ {
		prev := d[(i-1)*L : i*L]
		cur := d[i*L : (i+1)*L]
		ems := em[i*L : (i+1)*L]
		bks := bk[i*L : (i+1)*L]
		for y := range cur {
			best, arg := negInf, int32(0)
			col := tt[y*L : (y+1)*L]
			col = col[:len(prev)]
			for p, v := range prev {
				if s := v + col[p]; s > best {
					best, arg = s, int32(p)
				}
			}
			cur[y] = best + ems[y]
			bks[y] = arg
		}
	}
	best, arg := negInf, 0
	for y := 0; y < L; y++ {
		if s := d[(n-1)*L+y]; s > best {
			best, arg = s, y
		}
	}
	for i := n - 1; i >= 0; i-- {
		ws.out[i] = arg
		arg = int(bk[i*L+arg])
	}
	return ws.out
}

// tagDoc tags every sentence of a document and returns label indices.
func (m *Model) tagDoc(ws *workspace, sents [][]string) [][]int {
	if m.prior == nil {
		prepareDoc(ws, sents, m.cgaz, m.lex, m.cfg)
		return m.decodeDoc(ws, sents, false)
	}
	// Stage one prepares ws.doc and keeps its features in ws.dfeats: ours
	// are the same plus the priors, so they need not be hashed again.
	m.prior.prepare(ws, sents)
	stage := m.prior.decodeDoc(ws, sents, true)
	m.prior.setPriors(ws, sents, stage)
	return m.decodeDoc(ws, sents, true)
}

// setPriors sets the prior of every token of ws.doc from the labels stage
// that m predicted: for entities the document-level label of its word, for
// parts of speech the tag itself (1+label index).
func (m *Model) setPriors(ws *workspace, sents [][]string, stage [][]int) {
	if m.task != POS {
		docPriors(ws, sents, stage, m.labels)
		return
	}
	k := 0
	for _, s := range stage {
		for _, y := range s {
			ws.doc[k].prior = uint8(min(y+1, 255))
			k++
		}
	}
}

func (m *Model) prepare(ws *workspace, sents [][]string) {
	prepareDoc(ws, sents, m.cgaz, m.lex, m.cfg)
}

// decodeDoc decodes the sentences of the document prepared in ws. With
// cached set, a model without priors stores its features in ws.dfeats and a
// model with priors reads them from there.
func (m *Model) decodeDoc(ws *workspace, sents [][]string, cached bool) [][]int {
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	flat := make([]int, n)
	out := make([][]int, len(sents))
	first := 0
	L := len(m.labels)
	store := cached && m.cfg&usePrior == 0
	if store {
		ws.dfeats = ws.dfeats[:0]
		ws.doffs = append(ws.doffs[:0], 0)
	}
	for si, s := range sents {
		loadSentence(ws, first, len(s))
		switch {
		case store:
			sentenceFeatures(ws, m.cfg)
			ws.dfeats = append(ws.dfeats, ws.feats...)
			base := ws.doffs[len(ws.doffs)-1]
			for _, o := range ws.offs[1:] {
				ws.doffs = append(ws.doffs, base+o)
			}
		case cached:
			ws.feats = ws.feats[:0]
			ws.offs = append(ws.offs[:0], 0)
			for i := range s {
				ws.feats = append(ws.feats, ws.dfeats[ws.doffs[first+i]:ws.doffs[first+i+1]]...)
				ws.feats = appendPriorFeatures(ws.feats, ws.toks, i+2, m.cfg)
				ws.offs = append(ws.offs, len(ws.feats))
			}
		default:
			sentenceFeatures(ws, m.cfg)
		}
		m.scoreSentence(ws)
		out[si] = flat[first : first+len(s) : first+len(s)]
		copy(out[si], viterbi(ws, ws.em, m.transT, len(s), L))
		first += len(s)
	}
	return out
}

// Tag returns the labels of every token of a document given as sentences of
// words. Words may use typographic quotes; they are mapped to ASCII.
func (m *Model) Tag(sents [][]string) [][]string {
	ws := m.getWS()
	defer m.pool.Put(ws)
	idx := m.tagDoc(ws, sents)
	out := make([][]string, len(idx))
	for i, s := range idx {
		out[i] = make([]string, len(s))
		for j, y := range s {
			out[i][j] = m.labels[y]
		}
	}
	return out
}

// docPriors sets the prior of every token of ws.doc to the entity type
// that the stage-one predictions give most often to the capitalised
// occurrences of its word in the document (1+type index), or 0.
func docPriors(ws *workspace, sents [][]string, stage [][]int, labels []string) {
	typeOf := make([]int, len(labels)) // label → type index 0..3, or -1
	for y, l := range labels {
		typeOf[y] = -1
		if len(l) > 2 {
			switch l[2:] {
			case "PER":
				typeOf[y] = 0
			case "LOC":
				typeOf[y] = 1
			case "ORG":
				typeOf[y] = 2
			case "MISC":
				typeOf[y] = 3
			}
		}
	}
	clear(ws.counts)
	// ws.doc still holds the stage-one token infos.
	k := 0
	for si := range sents {
		for j := range sents[si] {
			t := &ws.doc[k]
			if isCap(t) {
				if ty := typeOf[stage[si][j]]; ty >= 0 {
					c := ws.counts[t.lower]
					c[ty]++
					ws.counts[t.lower] = c
				}
			}
			k++
		}
	}
	for i := range ws.doc {
		t := &ws.doc[i]
		t.prior = 0
		if !isCap(t) {
			continue
		}
		c, ok := ws.counts[t.lower]
		if !ok {
			continue
		}
		best, arg := uint16(0), 0
		for ty, v := range c {
			if v > best {
				best, arg = v, ty
			}
		}
		if best > 0 {
			t.prior = uint8(1 + arg)
		}
	}
}

// Lexicon returns the word tag sets m uses (see BuildLexicon), or nil.
func (m *Model) Lexicon() []string { return m.lexicon }
