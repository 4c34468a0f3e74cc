package depparse

// projectivize lifts the non-projective arcs of a tree, given as 0-based heads
// with -1 for the root, until the tree is projective: the shortest
// non-projective arc is re-attached to its head's head, one at a time
// (Nivre and Nilsson 2005, without the label encoding). It returns the new
// heads and the number of arcs lifted; heads is not modified.
func projectivize(heads []int) ([]int, int) {
	h := append([]int(nil), heads...)
	lifted := 0
	for lifted <= len(h)*len(h) { // a bound; each lift shortens the tree path
		best, bestLen := -1, 0
		for d := range h {
			if h[d] < 0 || projectiveArc(h, h[d], d) {
				continue
			}
			l := h[d] - d
			if l < 0 {
				l = -l
			}
			if best < 0 || l < bestLen {
				best, bestLen = d, l
			}
		}
		if best < 0 {
			break
		}
		h[best] = h[h[best]]
		lifted++
	}
	return h, lifted
}

// projectiveArc reports whether every word strictly between head and dep is
// dominated by head.
func projectiveArc(h []int, head, dep int) bool {
	lo, hi := head, dep
	if lo > hi {
		lo, hi = hi, lo
	}
	for k := lo + 1; k < hi; k++ {
		if !dominates(h, head, k) {
			return false
		}
	}
	return true
}

// dominates reports whether a is an ancestor of k.
func dominates(h []int, a, k int) bool {
	for steps := 0; k >= 0 && steps <= len(h); steps++ {
		k = h[k]
		if k == a {
			return true
		}
	}
	return false
}
