package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
)

const magic = "newsgraph-tagger\x02"

// ErrFormat is returned when a model file is not one this package wrote.
var ErrFormat = errors.New("ner: not a model file")

// Save writes m gzip-compressed to w. The bytes depend only on the model.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	m.encode(bw, false)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// encode writes m; a nested (stage-one) model omits the gazetteer and word
// list it shares with its parent.
func (m *Model) encode(w *bufio.Writer, shared bool) {
	var buf [binary.MaxVarintLen64]byte
	uv := func(v uint64) { w.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	str := func(s string) { uv(uint64(len(s))); w.WriteString(s) }
	strs := func(ss []string) {
		uv(uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	str(string(m.task))
	uv(uint64(m.cfg))
	strs(m.labels)
	if shared {
		strs(nil)
	} else {
		strs(m.lower)
	}
	if shared {
		strs(nil)
	} else {
		strs(m.lexicon)
	}
	if m.gaz != nil && !shared {
		uv(numGaz)
		for _, l := range m.gaz.Lists {
			strs(l)
		}
	} else {
		uv(0)
	}
	uv(uint64(math.Float32bits(m.scale)))
	uv(uint64(len(m.keys)))
	prev := uint64(0)
	for _, k := range m.keys {
		uv(k - prev)
		prev = k
	}
	// Sparse rows: the number of weights, then label deltas and weights.
	for r := range m.keys {
		lo, hi := m.rowStart[r], m.rowStart[r+1]
		uv(uint64(hi - lo))
		prev := 0
		for j := lo; j < hi; j++ {
			uv(uint64(int(m.lab[j]) - prev))
			prev = int(m.lab[j])
			w.Write(buf[:binary.PutVarint(buf[:], int64(m.val[j]))])
		}
	}
	uv(uint64(len(m.rawTrans)))
	for _, v := range m.rawTrans {
		uv(uint64(math.Float32bits(v)))
	}
	if m.prior != nil {
		uv(1)
		m.prior.encode(w, true)
	} else {
		uv(0)
	}
}

// Load reads a model written by Save from fsys.
func Load(fsys fs.FS, name string) (*Model, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := Decode(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	return m, nil
}

// Decode reads a model written by Save.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	d := &decoder{b: b[len(magic):]}
	m := d.model(nil)
	if d.err != nil {
		return nil, d.err
	}
	return m, nil
}

// decoder reads the fields of a model; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

const maxCount = 1 << 28

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrFormat}, args...)...)
	}
}

func (d *decoder) uv() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("truncated or bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) v() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("truncated or bad number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) count() int {
	n := d.uv()
	if n > maxCount {
		d.fail("count %d too large", n)
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	if d.err != nil {
		return ""
	}
	if n > len(d.b) {
		d.fail("truncated string")
		return ""
	}
	s := string(d.b[:n])
	d.b = d.b[n:]
	return s
}

func (d *decoder) strs() []string {
	n := d.count()
	if n > len(d.b) {
		d.fail("truncated list")
		return nil
	}
	out := make([]string, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.str())
	}
	return out
}

// model decodes a model; a stage-one model shares the gazetteer and word
// list of its parent.
func (d *decoder) model(parent *Model) *Model {
	m := &Model{task: Task(d.str()), cfg: uint32(d.uv())}
	m.labels = d.strs()
	m.lower = d.strs()
	m.lexicon = d.strs()
	if n := d.count(); n == numGaz {
		m.gaz = &Gazetteer{}
		for k := range m.gaz.Lists {
			m.gaz.Lists[k] = d.strs()
		}
	} else if n != 0 {
		d.fail("%d gazetteer lists", n)
	}
	m.scale = math.Float32frombits(uint32(d.uv()))
	n := d.count()
	L := len(m.labels)
	if d.err != nil {
		return nil
	}
	if L == 0 || n*L > maxCount || n > len(d.b) {
		d.fail("%d labels, %d rows", L, n)
		return nil
	}
	m.keys = make([]uint64, n)
	prev := uint64(0)
	for i := range m.keys {
		prev += d.uv()
		m.keys[i] = prev
	}
	m.rowStart = make([]int32, 1, n+1)
	for r := 0; r < n && d.err == nil; r++ {
		nnz := d.count()
		if nnz > L {
			d.fail("row of %d weights for %d labels", nnz, L)
		}
		y := 0
		for j := 0; j < nnz && d.err == nil; j++ {
			y += d.count()
			v := d.v()
			if y >= L || v < math.MinInt16 || v > math.MaxInt16 {
				d.fail("bad weight %d for label %d", v, y)
			}
			m.lab = append(m.lab, uint8(y))
			m.val = append(m.val, int16(v))
		}
		m.rowStart = append(m.rowStart, int32(len(m.val)))
	}
	if nt := d.count(); nt != (L+1)*L {
		d.fail("%d transitions for %d labels", nt, L)
		return nil
	}
	m.rawTrans = make([]float32, (L+1)*L)
	for i := range m.rawTrans {
		m.rawTrans[i] = math.Float32frombits(uint32(d.uv()))
	}
	hasPrior := d.uv()
	if d.err != nil {
		return nil
	}
	m.table = newTable(m.keys, m.rowStart, m.lab, m.val, L)
	m.setTrans()
	if parent != nil {
		m.gaz, m.cgaz, m.lower, m.lowerSet = parent.gaz, parent.cgaz, parent.lower, parent.lowerSet
		m.lexicon, m.lex = parent.lexicon, parent.lex
	} else {
		m.lex = compileLexicon(m.lexicon)
		if m.gaz != nil {
			m.cgaz = m.gaz.compile()
		}
		if len(m.lower) > 0 {
			m.lowerSet = hashWords(m.lower)
		}
	}
	switch {
	case hasPrior == 1 && parent == nil:
		m.prior = d.model(m)
	case hasPrior != 0:
		d.fail("bad stage marker")
	}
	if d.err != nil {
		return nil
	}
	return m
}
