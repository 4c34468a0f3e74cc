// Package ner tags named entities (PER, LOC, ORG, MISC) and Penn Treebank
// parts of speech in news text.
//
// Both taggers are averaged structured perceptrons with first-order Viterbi
// decoding, trained on CoNLL-2003 (see README.md). A Model is a set of weights
// over hashed features: the word and its lower-cased form, its shape
// ("Xxxx", "XX", "dd-dd"), prefixes and suffixes, neighbours within two
// tokens, gazetteer membership (places, countries, given names, nationality
// adjectives, titles, organisation words) and document-level evidence (the
// same word written in lower case elsewhere in the document, or inside a
// longer capitalised name). The gazetteer the features need travels inside the
// model file, so tagging reads nothing but the model.
//
// A Tagger adapts the two models to the extract pipeline: it implements
// extract.Tagger and extract.POSTagger, peels titles off person names ("US
// President Donald Trump" is a PER mention "Donald Trump" with Role "US
// President") and re-cases Title-Case headlines before tagging.
//
// Models and Taggers are safe for concurrent use.
package ner
