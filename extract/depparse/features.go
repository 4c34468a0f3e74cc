package depparse

import (
	"unicode"
	"unicode/utf8"
)

// Hashing. Every feature is a template number and up to three values mixed
// into 64 bits; keyBits of them identify it in the model.
const (
	k0 = 0x9e3779b97f4a7c15
	k1 = 0xbf58476d1ce4e5b9
	k2 = 0x94d049bb133111eb

	keyBits = 40
	keyMask = 1<<keyBits - 1
)

func fin(h uint64) uint64 {
	h ^= h >> 30
	h *= k1
	h ^= h >> 27
	h *= k2
	h ^= h >> 31
	return h
}

func f1(t, a uint64) uint64       { return fin(t*k0 ^ a) }
func f2(t, a, b uint64) uint64    { return fin((t*k0^a)*k1 ^ b) }
func f3(t, a, b, c uint64) uint64 { return fin(((t*k0^a)*k1^b)*k2 ^ c) }

// hashString is FNV-1a.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// Hashes of the pseudo-words: the root and "none".
const (
	rootHash    = 0x6a09e667f3bcc908
	noneHash    = 0xbb67ae8584caa73b
	unknownBase = 0x3c6ef372fe94f82b
)

// normWord returns the form under which a word is looked up: lower case,
// digits as 0, typographic quotes and dashes as ASCII.
func normWord(w string, buf []byte) []byte {
	buf = buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u2032':
			buf = append(buf, '\'')
		case '\u201c', '\u201d', '\u201e', '\u2033':
			buf = append(buf, '"')
		case '\u2013', '\u2014', '\u2212':
			buf = append(buf, '-')
		default:
			if unicode.IsDigit(r) {
				buf = append(buf, '0')
			} else {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		}
	}
	return buf
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// normTag maps a tag to the convention the parser uses, which is that of the
// English Web Treebank except where the older Penn Treebank convention of the
// pipeline's CoNLL-2003 tagger differs and cannot be mapped back: "to" is
// always TO (EWT tags the preposition IN) and the hyphen HYPH is ":". The
// CoNLL forms "(", ")" and the straight double quote are mapped to -LRB-,
// -RRB- and the closing-quote tag; so is the opening-quote tag.
func normTag(word, t string) string {
	switch t {
	case "(":
		return "-LRB-"
	case ")":
		return "-RRB-"
	case "\"", "``":
		return "''"
	case "HYPH":
		return ":"
	case "IN":
		if word == "to" || word == "To" || word == "TO" {
			return "TO"
		}
	}
	return t
}

// A vocab is the set of words (as vocabKey of their normalised form) seen often
// enough in training to have features of their own; other words are replaced
// by their shape class. A nil vocab knows every word.
type vocab map[uint64]bool

func vocabKey(h uint64) uint64 { return h & keyMask }

// unknownHash returns the pseudo-word that stands for an unknown word: its
// shape class (capitalised, all capitals, with a digit, with a hyphen, lower
// case, other).
func unknownHash(w string) uint64 {
	var upper, lower, digit, hyphen bool
	first := true
	initCap := false
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper = true
			if first {
				initCap = true
			}
		case unicode.IsLower(r):
			lower = true
		case unicode.IsDigit(r):
			digit = true
		case r == '-':
			hyphen = true
		}
		first = false
	}
	var c uint64
	switch {
	case digit:
		c = 1
	case upper && !lower && len(w) > 1:
		c = 2
	case initCap && hyphen:
		c = 3
	case initCap:
		c = 4
	case hyphen:
		c = 5
	case lower:
		c = 6
	default:
		c = 7
	}
	return unknownBase ^ c*k1
}

// load fills the word and tag hashes of st for a sentence.
func (st *state) load(words, tags []string, known vocab, buf []byte) []byte {
	n := len(words)
	st.reset(n)
	st.word[0], st.tag[0] = rootHash, rootHash
	st.word[n+1], st.tag[n+1] = noneHash, noneHash
	for i, w := range words {
		buf = normWord(w, buf)
		h := hashBytes(buf)
		if known != nil && !known[vocabKey(h)] {
			h = unknownHash(w)
		}
		st.word[i+1] = h
		st.tag[i+1] = hashString(normTag(w, tags[i]))
	}
	return buf
}

// dist buckets the distance between the stack top and the buffer front.
func dist(d int32) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

func capv(v int32) uint64 {
	if v > 5 {
		return 5
	}
	return uint64(v)
}

// features appends the feature hashes of st to dst: those of Zhang and Nivre
// (2011), the second stack item, and lexical features of prepositional
// attachment (the candidate head, the preposition that is the buffer front's
// left child, and the buffer front).
func (st *state) features(dst []uint64) []uint64 {
	pad := st.pad
	s0 := st.s0()
	s1 := pad
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	n0, n1, n2 := pad, pad, pad
	if !st.done() {
		n0 = st.b
		if int(n0)+1 <= st.n {
			n1 = n0 + 1
		}
		if int(n0)+2 <= st.n {
			n2 = n0 + 2
		}
	}
	s0h, s0h2 := pad, pad
	if h := st.head[s0]; h >= 0 {
		s0h = h
		if h2 := st.head[h]; h2 >= 0 {
			s0h2 = h2
		}
	}
	s0l, s0l2, s0r, s0r2 := st.lc1[s0], st.lc2[s0], st.rc1[s0], st.rc2[s0]
	n0l, n0l2 := st.lc1[n0], st.lc2[n0]

	w, p, l := st.word, st.tag, st.label
	lab := func(i int32) uint64 { return uint64(l[i]) }

	s0w, s0p := w[s0], p[s0]
	n0w, n0p := w[n0], p[n0]
	n1w, n1p := w[n1], p[n1]
	n2w, n2p := w[n2], p[n2]
	s0wp := s0w ^ s0p*k2
	n0wp := n0w ^ n0p*k2
	n1wp := n1w ^ n1p*k2
	n2wp := n2w ^ n2p*k2
	d := uint64(0)
	if n0 != pad {
		d = dist(n0 - s0)
	}

	dst = append(dst,
		// single words
		f1(1, s0wp), f1(2, s0w), f1(3, s0p),
		f1(4, n0wp), f1(5, n0w), f1(6, n0p),
		f1(7, n1wp), f1(8, n1w), f1(9, n1p),
		f1(10, n2wp), f1(11, n2w), f1(12, n2p),
		// pairs
		f2(13, s0wp, n0wp), f2(14, s0wp, n0w), f2(15, s0w, n0wp),
		f2(16, s0wp, n0p), f2(17, s0p, n0wp), f2(18, s0w, n0w),
		f2(19, s0p, n0p), f2(20, n0p, n1p),
		// triples of tags
		f3(21, n0p, n1p, n2p), f3(22, s0p, n0p, n1p),
		f3(23, p[s0h], s0p, n0p), f3(24, s0p, p[s0l], n0p),
		f3(25, s0p, p[s0r], n0p), f3(26, s0p, n0p, p[n0l]),
		// distance
		f2(27, s0w, d), f2(28, s0p, d), f2(29, n0w, d), f2(30, n0p, d),
		f3(31, s0w, n0w, d), f3(32, s0p, n0p, d),
		// valency
		f2(33, s0w, capv(st.nr[s0])), f2(34, s0p, capv(st.nr[s0])),
		f2(35, s0w, capv(st.nl[s0])), f2(36, s0p, capv(st.nl[s0])),
		f2(37, n0w, capv(st.nl[n0])), f2(38, n0p, capv(st.nl[n0])),
		// heads and children
		f1(39, w[s0h]), f1(40, p[s0h]), f1(41, lab(s0)),
		f1(42, w[s0l]), f1(43, p[s0l]), f1(44, lab(s0l)),
		f1(45, w[s0r]), f1(46, p[s0r]), f1(47, lab(s0r)),
		f1(48, w[n0l]), f1(49, p[n0l]), f1(50, lab(n0l)),
		// second order
		f1(51, w[s0h2]), f1(52, p[s0h2]), f1(53, lab(s0h)),
		f1(54, w[s0l2]), f1(55, p[s0l2]), f1(56, lab(s0l2)),
		f1(57, w[s0r2]), f1(58, p[s0r2]), f1(59, lab(s0r2)),
		f1(60, w[n0l2]), f1(61, p[n0l2]), f1(62, lab(n0l2)),
		f3(63, s0p, p[s0l], p[s0l2]), f3(64, s0p, p[s0r], p[s0r2]),
		f3(65, s0p, p[s0h], p[s0h2]), f3(66, n0p, p[n0l], p[n0l2]),
		// label sets
		f2(67, s0w, st.rset[s0]), f2(68, s0p, st.rset[s0]),
		f2(69, s0w, st.lset[s0]), f2(70, s0p, st.lset[s0]),
		f2(71, n0w, st.lset[n0]), f2(72, n0p, st.lset[n0]),
		// second stack item
		f1(73, w[s1]), f1(74, p[s1]), f3(75, p[s1], s0p, n0p),
		f2(76, w[s1], n0w), f2(77, lab(s0), n0p),
		// bias
		f1(78, 0),
		// prepositional attachment and the buffer front's left children
		f3(79, s0w, w[n0l], n0w), f3(80, s0p, w[n0l], n0p),
		f3(81, w[s0h], w[n0l], n0p), f3(82, lab(s0), w[n0l], n0p),
		f3(83, w[s1], w[n0l], n0p), f3(84, s0p, n0p, lab(n0l)),
		f3(85, s0p, n0p, st.lset[n0]), f3(86, d, w[n0l], s0p),
	)
	return dst
}
