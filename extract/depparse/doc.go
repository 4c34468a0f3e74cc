// Package depparse is a transition-based dependency parser for English: it
// finds, for every word of a sentence, its syntactic head and the Universal
// Dependencies relation that links them (nsubj, obj, conj, obl, nmod, ...).
//
// The parser is greedy arc-eager (Nivre 2003) with a dynamic oracle
// (Goldberg and Nivre 2012) and an averaged perceptron over the feature
// templates of Zhang and Nivre (2011): words, Penn Treebank tags and arc
// labels of the stack and buffer items, their heads and outermost children,
// distance, valency and the label sets of children, plus features of
// prepositional attachment. Words seen fewer than twice in training stand for
// their shape class (capitalised, all capitals, ...), so that unknown names
// behave like the rare names of the training data. Features are hashed; the
// model stores only the non-zero weights of the features it kept.
//
// It is trained on the English Web Treebank of Universal Dependencies and
// reads the XPOS column (Penn tags), so at run time it takes the tags of the
// pipeline's POS tagger (extract.Doc.POS). Heads returned by Parse are
// 0-based word indices with -1 for the root; ParseDoc returns them as
// indices into Doc.Tokens.
//
// A Parser is immutable once loaded and safe for concurrent use.
package depparse
