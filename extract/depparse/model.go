package depparse

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/bits"
	"slices"
)

// DefaultModel is the name of the trained model in data.FS (data/models).
const DefaultModel = "models/depparse.gz"

const magic = "newsgraph depparse 2\n"

// newParser builds a parser from sorted feature keys and their weights.
func newParser(labels []string, known vocab, keys []uint64, ws [][]weight) *Parser {
	p := &Parser{labels: labels, vocab: known, root: -1, punct: -1, para: -1}
	for i, l := range labels {
		switch l {
		case "root":
			p.root = i
		case "punct":
			p.punct = i
		case "parataxis":
			p.para = i
		}
	}
	size := 1 << max(4, bits.Len(uint(2*len(keys))))
	p.slots = make([]slot, size)
	p.shift = uint(64 - bits.TrailingZeros(uint(size)))
	total := 0
	for _, w := range ws {
		total += len(w)
	}
	p.weights = make([]weight, 0, total)
	mask := uint64(size - 1)
	for i, k := range keys {
		j := p.slotIndex(k)
		for p.slots[j].key != 0 {
			j = (j + 1) & mask
		}
		p.slots[j] = slot{key: k, start: uint32(len(p.weights)), n: uint32(len(ws[i]))}
		p.weights = append(p.weights, ws[i]...)
	}
	return p
}

// slotsUsed returns the keys of the features in p, sorted.
func (p *Parser) slotsUsed() []uint64 {
	var keys []uint64
	for _, s := range p.slots {
		if s.key != 0 {
			keys = append(keys, s.key)
		}
	}
	slices.Sort(keys)
	return keys
}

// Save writes p to w, gzipped, with weights rounded to multiples of 1/scale
// (weights that round to zero are dropped). The format is: a magic line; the
// scale, the labels and the vocabulary (sorted word keys as deltas); then
// the features in increasing key order, each as
// the key delta, the number of weights and, per weight, the class delta and
// the zigzag-encoded rounded weight, all as varints.
func (p *Parser) Save(w io.Writer, scale int) error {
	if scale <= 0 {
		return errors.New("depparse: scale must be positive")
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(v uint64) { bw.Write(tmp[:binary.PutUvarint(tmp[:], v)]) }
	bw.WriteString(magic)
	uv(uint64(scale))
	uv(uint64(len(p.labels)))
	for _, l := range p.labels {
		uv(uint64(len(l)))
		bw.WriteString(l)
	}
	words := make([]uint64, 0, len(p.vocab))
	for k := range p.vocab {
		words = append(words, k)
	}
	slices.Sort(words)
	uv(uint64(len(words)))
	prevWord := uint64(0)
	for _, k := range words {
		uv(k - prevWord)
		prevWord = k
	}
	type qw struct {
		class uint16
		q     int64
	}
	var (
		keys = p.slotsUsed()
		rows [][]qw
		kept []uint64
	)
	for _, k := range keys {
		var row []qw
		for _, x := range p.find(k) {
			if q := int64(math.Round(float64(x.w) * float64(scale))); q != 0 {
				row = append(row, qw{x.class, q})
			}
		}
		if len(row) > 0 {
			rows = append(rows, row)
			kept = append(kept, k)
		}
	}
	uv(uint64(len(kept)))
	prev := uint64(0)
	for i, k := range kept {
		uv(k - prev)
		prev = k
		uv(uint64(len(rows[i])))
		pc := uint16(0)
		for _, x := range rows[i] {
			uv(uint64(x.class - pc))
			pc = x.class
			bw.Write(tmp[:binary.PutVarint(tmp[:], x.q)])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save from fsys.
func Load(fsys fs.FS, name string) (*Parser, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	p, err := Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("depparse: %s: %w", name, err)
	}
	return p, nil
}

// ErrFormat is returned when a model file is not one Save wrote.
var ErrFormat = errors.New("depparse: bad model file")

// Decode reads a model written by Save.
func Decode(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, ErrFormat
	}
	var derr error
	uv := func(limit uint64) uint64 {
		if derr != nil {
			return 0
		}
		v, err := binary.ReadUvarint(br)
		if err != nil || v > limit {
			derr = ErrFormat
			return 0
		}
		return v
	}
	scale := uv(1 << 30)
	nl := uv(1 << 12)
	if derr != nil || scale == 0 || nl == 0 {
		return nil, ErrFormat
	}
	labels := make([]string, nl)
	for i := range labels {
		b := make([]byte, uv(256))
		if derr != nil {
			return nil, derr
		}
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, ErrFormat
		}
		labels[i] = string(b)
	}
	nv := uv(1 << 24)
	known := make(vocab, nv)
	word := uint64(0)
	for i := range nv {
		d := uv(keyMask)
		if derr != nil || (d == 0 && i > 0) {
			return nil, ErrFormat
		}
		word += d
		known[word] = true
	}
	nclass := uint64(2 + 2*nl)
	nf := uv(1 << 28)
	if derr != nil {
		return nil, derr
	}
	keys := make([]uint64, 0, nf)
	ws := make([][]weight, 0, nf)
	key := uint64(0)
	for range nf {
		d := uv(math.MaxUint64)
		if derr != nil || d == 0 || key+d > keyMask+1 {
			return nil, ErrFormat
		}
		key += d
		cnt := uv(nclass)
		row := make([]weight, cnt)
		class := uint64(0)
		for j := range row {
			class += uv(nclass)
			q, err := binary.ReadVarint(br)
			if err != nil || derr != nil || class >= nclass || (j > 0 && class == uint64(row[j-1].class)) {
				return nil, ErrFormat
			}
			row[j] = weight{class: uint16(class), w: float32(float64(q) / float64(scale))}
		}
		keys = append(keys, key)
		ws = append(ws, row)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return nil, ErrFormat
	}
	p := newParser(labels, known, keys, ws)
	if p.root < 0 {
		return nil, fmt.Errorf("%w: no root label", ErrFormat)
	}
	return p, nil
}
