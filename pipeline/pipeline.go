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
)

// GivenNamesFile is the path in the data FS of the given-names list used for
// person detection and pronoun gender.
const GivenNamesFile = "gazetteers/given_names.tsv"

// New builds the default pipeline from fsys, which holds the gazetteers/ and
// models/ directories of package data (tests may pass os.DirFS("../data")).
// The returned Pipeline is safe for concurrent use.
func New(fsys fs.FS) (*extract.Pipeline, error) {
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
	dates := dates.New()
	tagger := extract.RuleTagger{Gazetteer: gaz, Names: names}
	return &extract.Pipeline{
		Tokenizer: extract.RuleTokenizer{},
		Splitter:  extract.RuleSplitter{},
		Tagger:    tagger,
		Resolver:  extract.RuleResolver{Gazetteer: gaz, Names: names},
		Events:    extract.RuleEventFinder{Dates: dates, Gazetteer: gaz},
	}, nil
}
