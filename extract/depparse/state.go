package depparse

// Transitions of the arc-eager system. Class 2+2l is LEFT-ARC with label l and
// class 3+2l is RIGHT-ARC with label l.
const (
	shift  = 0
	reduce = 1
)

func leftArc(l int) int  { return 2 + 2*l }
func rightArc(l int) int { return 3 + 2*l }

// A state is a configuration of the arc-eager parser over words at positions
// 1..n; position 0 is the root and position n+1 a padding word that stands
// for "none" in features.
type state struct {
	n     int
	pad   int32
	stack []int32
	b     int32 // front of the buffer; the buffer is empty when b > n

	head  []int32 // -1 when unattached
	label []int32 // 1+label index; 0 when unattached
	lc1   []int32 // leftmost child (pad if none)
	lc2   []int32 // second leftmost child
	rc1   []int32 // rightmost child
	rc2   []int32 // second rightmost child
	nl    []int32 // number of left children
	nr    []int32 // number of right children
	lset  []uint64
	rset  []uint64

	word []uint64 // hashed word forms
	tag  []uint64 // hashed tags
}

func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// reset prepares st for a sentence of n words; word and tag must then be
// filled for positions 0..n+1.
func (st *state) reset(n int) {
	st.n = n
	st.pad = int32(n + 1)
	m := n + 2
	st.head = grow(st.head, m)
	st.label = grow(st.label, m)
	st.lc1 = grow(st.lc1, m)
	st.lc2 = grow(st.lc2, m)
	st.rc1 = grow(st.rc1, m)
	st.rc2 = grow(st.rc2, m)
	st.nl = grow(st.nl, m)
	st.nr = grow(st.nr, m)
	st.lset = grow(st.lset, m)
	st.rset = grow(st.rset, m)
	st.word = grow(st.word, m)
	st.tag = grow(st.tag, m)
	for i := range m {
		st.head[i] = -1
		st.label[i] = 0
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = st.pad, st.pad, st.pad, st.pad
		st.nl[i], st.nr[i] = 0, 0
		st.lset[i], st.rset[i] = 0, 0
	}
	st.stack = append(st.stack[:0], 0)
	st.b = 1
	if n == 0 {
		st.b = 1
	}
}

func (st *state) done() bool { return int(st.b) > st.n }

func (st *state) s0() int32 { return st.stack[len(st.stack)-1] }

// valid reports whether transition class c (ignoring its label) may apply.
func (st *state) valid(c int) bool {
	if st.done() {
		return false
	}
	s := st.s0()
	switch {
	case c == shift:
		return true
	case c == reduce:
		return s != 0 && st.head[s] >= 0
	case c&1 == 0: // left arc
		return s != 0 && st.head[s] < 0
	default: // right arc
		return true
	}
}

// addArc attaches d to h with label l (0-based).
func (st *state) addArc(h, d int32, l int) {
	st.head[d] = h
	st.label[d] = int32(l + 1)
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		st.lc2[h] = st.lc1[h]
		st.lc1[h] = d
		st.nl[h]++
		st.lset[h] |= bit
	} else {
		st.rc2[h] = st.rc1[h]
		st.rc1[h] = d
		st.nr[h]++
		st.rset[h] |= bit
	}
}

// apply performs transition class c, which must be valid.
func (st *state) apply(c int) {
	switch {
	case c == shift:
		st.stack = append(st.stack, st.b)
		st.b++
	case c == reduce:
		st.stack = st.stack[:len(st.stack)-1]
	case c&1 == 0:
		s := st.s0()
		st.addArc(st.b, s, (c-2)/2)
		st.stack = st.stack[:len(st.stack)-1]
	default:
		st.addArc(st.s0(), st.b, (c-3)/2)
		st.stack = append(st.stack, st.b)
		st.b++
	}
}

// costs sets cost[k] for the four unlabelled transitions (shift, reduce,
// left, right) to the number of gold arcs they make unreachable (Goldberg and
// Nivre 2012), or -1 when invalid. gold holds 1-based gold heads by position
// (0 for the root; gold[0] is unused).
func (st *state) costs(gold []int32, cost *[4]int) {
	for k := range cost {
		cost[k] = -1
	}
	if st.done() {
		return
	}
	s, b, n := st.s0(), st.b, int32(st.n)
	if st.valid(shift) {
		// b loses its head and its unattached dependents on the stack.
		c := 0
		for _, k := range st.stack {
			if gold[b] == k || (gold[k] == b && st.head[k] < 0 && k != 0) {
				c++
			}
		}
		cost[0] = c
	}
	if st.valid(reduce) {
		// s loses its dependents in the buffer.
		c := 0
		for k := b; k <= n; k++ {
			if gold[k] == s {
				c++
			}
		}
		cost[1] = c
	}
	if st.valid(leftArc(0)) {
		// s loses a head in the buffer other than b, and its dependents there.
		c := 0
		for k := b; k <= n; k++ {
			if (gold[s] == k && k != b) || gold[k] == s {
				c++
			}
		}
		cost[2] = c
	}
	if st.valid(rightArc(0)) {
		// b loses a head elsewhere and its unattached dependents on the stack.
		c := 0
		if gold[b] != s {
			for _, k := range st.stack {
				if gold[b] == k {
					c++
				}
			}
			if gold[b] > b {
				c++
			}
		}
		for _, k := range st.stack {
			if k != 0 && gold[k] == b && st.head[k] < 0 {
				c++
			}
		}
		cost[3] = c
	}
}
