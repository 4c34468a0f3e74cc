package extract

import (
	"fmt"
	"time"
)

// A Tagger finds entity mentions. It reads earlier layers of d and returns
// only its own.
type Tagger interface {
	Tag(d *Doc) ([]Mention, error)
}

// A POSTagger assigns a Penn Treebank part-of-speech tag to every token.
type POSTagger interface {
	TagPOS(d *Doc) ([]string, error)
}

// A Resolver groups mentions (names, titles, pronouns) into entities.
type Resolver interface {
	Resolve(d *Doc) ([]Entity, error)
}

// An EventFinder finds meetings and calls between the people of d.Entities.
type EventFinder interface {
	Find(d *Doc) ([]Event, error)
}

// Pipeline runs the stages in order. The POS stage is optional. A Pipeline is
// safe for concurrent use once built, provided its stages are, as all stages
// of this package are.
type Pipeline struct {
	Tokenizer Tokenizer
	Splitter  Splitter
	POS       POSTagger // optional
	Tagger    Tagger
	Resolver  Resolver
	Events    EventFinder
}

// Run annotates an article.
func (p *Pipeline) Run(a Article) (*Doc, error) {
	d := &Doc{Article: a}
	d.Tokens = p.Tokenizer.Tokenize(a.Text)
	d.Sentences = p.Splitter.Split(a.Text, d.Tokens)
	var err error
	if p.POS != nil {
		if d.POS, err = p.POS.TagPOS(d); err != nil {
			return nil, fmt.Errorf("extract %s: pos: %w", a.ID, err)
		}
	}
	if d.Mentions, err = p.Tagger.Tag(d); err != nil {
		return nil, fmt.Errorf("extract %s: tag: %w", a.ID, err)
	}
	if d.Entities, err = p.Resolver.Resolve(d); err != nil {
		return nil, fmt.Errorf("extract %s: resolve: %w", a.ID, err)
	}
	if d.Events, err = p.Events.Find(d); err != nil {
		return nil, fmt.Errorf("extract %s: events: %w", a.ID, err)
	}
	return d, nil
}

// dayOf returns t truncated to its UTC day.
func dayOf(t time.Time) time.Time {
	y, m, dd := t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}
