// Package data holds the files newsgraph embeds: the bundled sample corpus
// (articles/), the gazetteers (gazetteers/) and the trained models (models/).
//
// Only package main imports data; every loader takes an fs.FS, so tests can
// pass an fstest.MapFS or os.DirFS instead. Attribution for the data sets the
// files derive from is in data/README.md.
package data

import "embed"

// FS holds the sample articles, gazetteers and models.
//
//go:embed articles gazetteers models
var FS embed.FS
