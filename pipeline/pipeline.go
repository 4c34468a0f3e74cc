// Package pipeline assembles the default extraction pipeline from the
// embedded data: tokenizer, splitter, tagger, resolver, date finder and event
// finder. It is the one place that chooses which implementation of each
// extract stage newsgraph uses.
package pipeline

import (
	"fmt"
	"io/fs"

	"newsgraph/extract"
	"newsgraph/extract/dates"
	"newsgraph/extract/geo"
	"newsgraph/extract/ner"
)

// GivenNamesFile is the path in the data FS of the given-names list used for
// person detection and pronoun gender.
const GivenNamesFile = "gazetteers/given_names.tsv"

// The taggers a pipeline can use.
const (
	TaggerRule = "rule" // extract.RuleTagger: capitalisation, titles, given names, gazetteer
	TaggerNER  = "ner"  // ner.Tagger: averaged perceptrons trained on CoNLL-2003, with POS
)

// Options choose among the implementations of a stage.
type Options struct {
	// Tagger is TaggerRule or TaggerNER; "" means the default, TaggerNER.
	Tagger string
	// POS runs the part-of-speech stage of the trained tagger, filling
	// Doc.POS. No default stage reads it yet, and it costs as much as the
	// entity tagger, so it is off by default.
	POS bool
}

// New builds the default pipeline from fsys, which holds the gazetteers/ and
// models/ directories of package data (tests may pass os.DirFS("../data")).
// The returned Pipeline is safe for concurrent use.
func New(fsys fs.FS) (*extract.Pipeline, error) { return NewWith(fsys, Options{}) }

// NewWith builds a pipeline from fsys with the stages opts chooses.
func NewWith(fsys fs.FS, opts Options) (*extract.Pipeline, error) {
	names, err := extract.LoadGivenNames(fsys, GivenNamesFile)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	gfs, err := fs.Sub(fsys, "gazetteers")
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	g, err := geo.Load(gfs)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	var gaz extract.Gazetteer = g
	p := &extract.Pipeline{
		Tokenizer: extract.RuleTokenizer{},
		Splitter:  extract.RuleSplitter{},
		Tagger:    extract.RuleTagger{Gazetteer: gaz, Names: names},
		Resolver:  extract.RuleResolver{Gazetteer: gaz, Names: names},
		Events:    extract.RuleEventFinder{Dates: dates.New(), Gazetteer: gaz, Names: names},
	}
	switch opts.Tagger {
	case TaggerRule:
		if opts.POS {
			return nil, fmt.Errorf("pipeline: the rule tagger has no POS stage")
		}
	case "", TaggerNER:
		t, err := ner.LoadTagger(fsys)
		if err != nil {
			return nil, fmt.Errorf("pipeline: %w", err)
		}
		p.Tagger = extract.CombinedTagger{Tagger: t, Rules: extract.RuleTagger{Gazetteer: gaz, Names: names}}
		if opts.POS {
			p.POS = t
		}
	default:
		return nil, fmt.Errorf("pipeline: unknown tagger %q (want %q or %q)", opts.Tagger, TaggerRule, TaggerNER)
	}
	return p, nil
}
