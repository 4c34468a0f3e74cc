package ner

import (
	"unicode"
	"unicode/utf8"
)

// Hashing: words are hashed with FNV-1a and features combine a template seed
// with one or more value hashes through a 64-bit finaliser, so a feature is a
// single uint64 that needs no string building at tagging time.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func mix(a, b uint64) uint64 {
	h := a ^ (b + 0x9e3779b97f4a7c15 + a<<6 + a>>2)
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}

// Template identifiers. Changing their order changes every feature hash, so
// append new ones at the end and bump the model version if any is removed.
const (
	tBias uint64 = iota + 1
	tWord
	tLower
	tShape
	tShort
	tPre
	tSuf
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShortM1
	tShortP1
	tShortM10
	tShort0P1
	tShortM10P1
	tBiM1
	tBiP1
	tLowerM1Short
	tLowerP1Short
	tInitial
	tCapsSent
	tGaz
	tGazM1
	tGazP1
	tDoc
	tPrior
	tPriorM1
	tPriorP1
	tSufM1
	tSufP1
	tGazSeq
	tCapsSentLower
	tSkip
	tBiM2
	tBiP2
	tHyph
	tPre5
	tSuf5
	tLex
	tLexM1
	tLexP1
	tLexP2
	tLex01
	tLexShort
	tLexL
	tLexTop
	tLexTopM1
	tLexTopP1
	tWordTopP1
	tWordTopM1
	tWordTopP2
	tWordShortP1
	tTagM1
	tTagP1
	tTagM1P1
	tTagM1W
	tTagP1W
	tTagM2M1
	tTagP1P2
	tTag0
	tFlags
	tHyphFirst
	tHyphSuf
	tSufM1x
	tSufP1x
	tSufCap
	tShortM2
	tShortP2
	tWordSufP1
	tSufM1Word
	tTagM1Suf
)

func feat(t, v uint64) uint64 { return mix(t*0x9e3779b97f4a7c15, v) }

func feat2(t, a, b uint64) uint64 { return mix(mix(t*0x9e3779b97f4a7c15, a), b) }

// Token flags.
const (
	fCap      = 1 << iota // first letter upper case
	fAllCap               // two or more letters, all upper case
	fLower                // first rune is a lower-case letter
	fDigit                // contains a digit
	fInitial              // first word of the sentence (after opening punctuation)
	fCapsSent             // the sentence is written in capitals (a headline)
	fHyph                 // contains a hyphen inside the word
)

// Document-level evidence bits (tokInfo.doc), keyed by lower-cased form.
const (
	dLowerSeen = 1 << iota // written in lower case somewhere in the document
	dCapMid                // capitalised in the middle of a sentence somewhere
	dSeqFirst              // first word of a run of capitalised words somewhere
	dSeqLast               // last word of such a run somewhere
	dSeqMid                // inner word of such a run somewhere
)

// tokInfo is what the features need to know about one token.
type tokInfo struct {
	word, lower, shape, short uint64
	pre, suf                  [4]uint64
	pre5, suf5, hyph          uint64 // five-rune prefix and suffix, last part of a hyphenated word
	hyphFirst, hyphSuf        uint64 // first part of a hyphenated word, three-rune suffix of its last part
	lex, lexL, lexTop         uint64 // lexicon tag set of the form and of its case variants, most frequent tag; 0 if none
	flags                     uint16
	gaz                       uint16 // bit 2k: a gazetteer k entry starts here; 2k+1: continues
	doc                       uint8
	prior                     uint8 // stage-one label evidence, 0 for none
}

func makePad(which uint64) tokInfo {
	h := mix(0xbadc0ffee, which)
	t := tokInfo{word: h, lower: h, shape: h, short: h}
	for k := range t.pre {
		t.pre[k], t.suf[k] = h, h
	}
	return t
}

// normalize maps typographic punctuation to the ASCII that CoNLL uses. It
// allocates only when s contains such punctuation.
func normalize(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b []byte
	changed := false
	for _, r := range s {
		var rep string
		switch r {
		case '‘', '’', '′', 'ʼ':
			rep = "'"
		case '“', '”', '„', '«', '»', '″':
			rep = `"`
		case '–', '‐', '‑', '−':
			rep = "-"
		case '—', '―':
			rep = "--"
		case '…':
			rep = "..."
		default:
			b = utf8.AppendRune(b, r)
			continue
		}
		changed = true
		b = append(b, rep...)
	}
	if !changed {
		return s
	}
	return string(b)
}

func shapeClass(r rune) rune {
	switch {
	case r >= 'A' && r <= 'Z' || r > 127 && unicode.IsUpper(r):
		return 'X'
	case r >= 'a' && r <= 'z' || r > 127 && unicode.IsLetter(r):
		return 'x'
	case r >= '0' && r <= '9' || r > 127 && unicode.IsDigit(r):
		return 'd'
	}
	return r
}

// info computes the word-level part of a tokInfo. scratch is a reusable
// buffer; the grown buffer is returned.
func info(w string, scratch []byte) (tokInfo, []byte) {
	w = normalize(w)
	var t tokInfo
	t.word = hashString(fnvOffset, w)
	b := scratch[:0]
	shape, short := uint64(fnvOffset), uint64(fnvOffset)
	last := rune(-1)
	nr, upper, lower, letters := 0, 0, 0, 0
	for i, r := range w {
		c := shapeClass(r)
		if nr < 8 {
			shape = hashString(shape, string(c))
		}
		if c != last {
			short = hashString(short, string(c))
			last = c
		}
		switch c {
		case 'X':
			upper++
			letters++
			if i == 0 {
				t.flags |= fCap
			}
		case 'x':
			lower++
			letters++
			if i == 0 {
				t.flags |= fLower
			}
		case 'd':
			t.flags |= fDigit
			r = '0'
		}
		b = appendLower(b, r)
		nr++
	}
	if upper >= 2 && lower == 0 {
		t.flags |= fAllCap
	}
	t.shape, t.short = shape, short
	t.lower = hashBytes(fnvOffset, b)
	// Prefixes and suffixes of up to four runes of the lower-cased form.
	end := 0
	for k := 0; k < 4 && end < len(b); k++ {
		_, n := utf8.DecodeRune(b[end:])
		end += n
		t.pre[k] = hashBytes(fnvOffset+uint64(k), b[:end])
	}
	start := len(b)
	for k := 0; k < 4 && start > 0; k++ {
		_, n := utf8.DecodeLastRune(b[:start])
		start -= n
		t.suf[k] = hashBytes(fnvOffset+uint64(k)+7, b[start:])
	}
	if nr > 5 {
		i, n := 0, 0
		for ; n < 5; n++ {
			_, sz := utf8.DecodeRune(b[i:])
			i += sz
		}
		t.pre5 = hashBytes(fnvOffset+100, b[:i])
		j := len(b)
		for n = 0; n < 5; n++ {
			_, sz := utf8.DecodeLastRune(b[:j])
			j -= sz
		}
		t.suf5 = hashBytes(fnvOffset+101, b[j:])
	}
	for j := len(b) - 1; j > 0; j-- {
		if b[j] == '-' {
			t.hyph = hashBytes(fnvOffset+102, b[j+1:])
			last := b[j+1:]
			if n := len(last); n > 3 {
				last = last[n-3:]
			}
			t.hyphSuf = hashBytes(fnvOffset+104, last)
			break
		}
	}
	if t.hyph != 0 {
		t.flags |= fHyph
		for j := 1; j < len(b); j++ {
			if b[j] == '-' {
				t.hyphFirst = hashBytes(fnvOffset+103, b[:j])
				break
			}
		}
	}
	return t, b
}

// appendLower appends the lower case of r, with digits mapped to '0'.
func appendLower(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		switch {
		case 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case '0' <= r && r <= '9':
			r = '0'
		}
		return append(b, byte(r))
	}
	if unicode.IsDigit(r) {
		return append(b, '0')
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// lowerHash returns tokInfo.lower for w without computing the rest.
func lowerHash(w string, scratch []byte) (uint64, []byte) {
	w = normalize(w)
	b := scratch[:0]
	for _, r := range w {
		b = appendLower(b, r)
	}
	return hashBytes(fnvOffset, b), b
}

func isCap(t *tokInfo) bool { return t.flags&(fCap|fAllCap) != 0 }

// Feature sets a model uses.
const (
	useGaz   = 1 << iota // gazetteer features
	useDoc               // document-level features
	usePrior             // stage-one label evidence
	useWide              // wider context and affixes (part of speech)
	useLex               // tag sets from a lexicon
	useRich              // part of speech: token flags, hyphen parts, more neighbour affixes
)

// appendFeatures appends the features of token p of a padded sentence
// (toks[0:2] and toks[len-2:] are padding).
func appendFeatures(dst []uint64, toks []tokInfo, p int, cfg uint32) []uint64 {
	t, m1, p1, m2, p2 := &toks[p], &toks[p-1], &toks[p+1], &toks[p-2], &toks[p+2]
	cap := uint64(t.flags & (fCap | fAllCap | fLower))
	dst = append(dst,
		feat(tBias, 0),
		feat(tWord, t.word),
		feat(tLower, t.lower),
		feat(tShape, t.shape),
		feat(tShort, t.short),
		feat(tLowerM1, m1.lower),
		feat(tLowerP1, p1.lower),
		feat(tLowerM2, m2.lower),
		feat(tLowerP2, p2.lower),
		feat(tShortM1, m1.short),
		feat(tShortP1, p1.short),
		feat2(tShortM10, m1.short, t.short),
		feat2(tShort0P1, t.short, p1.short),
		mix(feat2(tShortM10P1, m1.short, t.short), p1.short),
		feat2(tBiM1, m1.lower, t.lower),
		feat2(tBiP1, t.lower, p1.lower),
		feat2(tLowerM1Short, m1.lower, t.short),
		feat2(tLowerP1Short, p1.lower, t.short),
		feat(tSufM1, m1.suf[2]),
		feat(tSufP1, p1.suf[2]),
	)
	for k := 0; k < 4; k++ {
		if t.pre[k] != 0 {
			dst = append(dst, feat(tPre, t.pre[k]))
		}
		if t.suf[k] != 0 {
			dst = append(dst, feat(tSuf, t.suf[k]))
		}
	}
	if t.flags&fInitial != 0 {
		dst = append(dst, feat(tInitial, t.short), feat2(tInitial, t.lower, 1))
	}
	if t.flags&fCapsSent != 0 {
		dst = append(dst, feat(tCapsSent, t.short), feat(tCapsSentLower, t.lower))
	}
	if cfg&useWide != 0 {
		dst = append(dst,
			feat2(tSkip, m1.lower, p1.lower),
			feat2(tBiM2, m2.lower, m1.lower),
			feat2(tBiP2, p1.lower, p2.lower),
		)
		if t.pre5 != 0 {
			dst = append(dst, feat(tPre5, t.pre5), feat(tSuf5, t.suf5))
		}
		if t.hyph != 0 {
			dst = append(dst, feat(tHyph, t.hyph))
		}
	}
	if cfg&useRich != 0 {
		flags := uint64(t.flags & (fCap | fAllCap | fLower | fDigit | fInitial | fHyph))
		dst = append(dst,
			feat(tFlags, flags),
			feat2(tSufCap, t.suf[2], flags),
			feat(tSufM1x, m1.suf[1]),
			feat(tSufP1x, p1.suf[1]),
			feat(tSufM1x, m1.suf[3]),
			feat(tSufP1x, p1.suf[3]),
			feat(tShortM2, m2.short),
			feat(tShortP2, p2.short),
			feat2(tWordSufP1, t.lower, p1.suf[1]),
			feat2(tSufM1Word, m1.suf[1], t.lower),
		)
		if t.hyph != 0 {
			dst = append(dst, feat(tHyphFirst, t.hyphFirst), feat(tHyphSuf, t.hyphSuf), feat2(tHyphSuf, t.hyph, flags))
		}
	}
	if cfg&useLex != 0 {
		dst = append(dst,
			feat(tLex, t.lex),
			feat(tLexL, t.lexL),
			feat(tLexTop, t.lexTop),
			feat(tLexM1, m1.lexL),
			feat(tLexP1, p1.lexL),
			feat(tLexP2, p2.lexL),
			feat(tLexTopM1, m1.lexTop),
			feat(tLexTopP1, p1.lexTop),
			feat2(tLex01, t.lexL, p1.lexL),
			feat2(tLexShort, t.lexL, t.short),
			feat2(tWordTopP1, t.lower, p1.lexTop),
			feat2(tWordTopM1, t.lower, m1.lexTop),
			feat2(tWordTopP2, t.lower, p2.lexTop),
			feat2(tWordShortP1, t.lower, p1.short),
		)
	}
	if cfg&useGaz != 0 {
		for g := t.gaz; g != 0; g &= g - 1 {
			bit := uint64(g & -g)
			dst = append(dst, feat2(tGaz, bit, cap))
		}
		for g := m1.gaz; g != 0; g &= g - 1 {
			dst = append(dst, feat(tGazM1, uint64(g&-g)))
		}
		for g := p1.gaz; g != 0; g &= g - 1 {
			dst = append(dst, feat(tGazP1, uint64(g&-g)))
		}
		if t.gaz != 0 {
			dst = append(dst, feat2(tGazSeq, uint64(m1.gaz), uint64(t.gaz)))
		}
	}
	if cfg&useDoc != 0 && t.doc != 0 {
		dst = append(dst, feat2(tDoc, uint64(t.doc), cap), feat2(tDoc, uint64(t.doc), t.short))
		for d := t.doc; d != 0; d &= d - 1 {
			dst = append(dst, feat2(tDoc, uint64(d&-d), cap|0x100))
		}
	}
	if cfg&usePrior != 0 {
		dst = appendPriorFeatures(dst, toks, p, cfg)
	}
	return dst
}

// appendPriorFeatures appends the stage-one evidence features of token p:
// for entities, the document-level label of its word; for parts of speech
// (useWide), the stage-one tags of the tokens around it.
func appendPriorFeatures(dst []uint64, toks []tokInfo, p int, cfg uint32) []uint64 {
	t := &toks[p]
	if cfg&useWide != 0 {
		m2, m1, p1, p2 := uint64(toks[p-2].prior), uint64(toks[p-1].prior), uint64(toks[p+1].prior), uint64(toks[p+2].prior)
		if cfg&useRich != 0 {
			dst = append(dst, feat2(tTagM1Suf, m1, t.suf[2]), feat2(tTagM1Suf, p1|0x100, t.suf[2]))
		}
		return append(dst,
			feat(tTagM1, m1),
			feat(tTagP1, p1),
			feat2(tTagM1P1, m1, p1),
			feat2(tTagM1W, m1, t.lower),
			feat2(tTagP1W, p1, t.lower),
			feat2(tTagM2M1, m2, m1),
			feat2(tTagP1P2, p1, p2),
			feat(tTag0, uint64(t.prior)),
		)
	}
	cap := uint64(t.flags & (fCap | fAllCap | fLower))
	return append(dst, feat2(tPrior, uint64(t.prior), cap), feat(tPriorM1, uint64(toks[p-1].prior)), feat(tPriorP1, uint64(toks[p+1].prior)))
}
