package geo

import (
	"strings"

	"newsgraph/extract"
)

// A Resolver resolves place names against a context fixed once, as
// Gazetteer.Place does: Place(name) returns what g.Place(name, context)
// returns. It reads the context's place names once, not on every call, and
// remembers its answers, so an article's mentions are resolved at the cost
// of one context. A Resolver is meant for one article and is not safe for
// concurrent use; the Gazetteer it came from remains so.
type Resolver struct {
	g       *Gazetteer
	context []string
	clues   []keyedClue // every context name, first occurrence, in order
	read    bool        // clues holds the context
	memo    map[string]resolved
}

type keyedClue struct {
	key string
	clue
}

type resolved struct {
	p  extract.Place
	ok bool
}

// WithContext returns a Resolver of names in context: the other place names
// of an article, its dateline first.
func (g *Gazetteer) WithContext(context []string) extract.PlaceResolver {
	return g.resolver(context)
}

func (g *Gazetteer) resolver(context []string) *Resolver {
	return &Resolver{g: g, context: context, memo: map[string]resolved{}}
}

// Place resolves name as Gazetteer.Place(name, context) does.
func (r *Resolver) Place(name string) (extract.Place, bool) {
	if v, ok := r.memo[name]; ok {
		return v.p, v.ok
	}
	p, ok := r.g.placeIn(name, r)
	r.memo[name] = resolved{p, ok}
	return p, ok
}

// cluesFor returns the clues of the context other than the name folded
// as key. A nil r has none.
func (r *Resolver) cluesFor(key string) []clue {
	if r == nil {
		return nil
	}
	if !r.read {
		r.read = true
		r.clues = r.g.keyedClues(r.context)
	}
	out := make([]clue, 0, len(r.clues))
	for _, c := range r.clues {
		if c.key != key {
			out = append(out, c.clue)
		}
	}
	return out
}

// keyedClues resolves the context names, each folded name once, keeping
// those with a reading.
func (g *Gazetteer) keyedClues(context []string) []keyedClue {
	seen := map[string]bool{}
	var out []keyedClue
	for i, s := range context {
		if i >= maxContext {
			break
		}
		for j, part := range strings.Split(s, ",") {
			part = trimName(part)
			k := extract.Fold(part)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			cl := clue{weight: 1}
			if i == 0 {
				cl.weight = datelineWeight
			}
			if v, ok := g.venueKeys[k]; ok {
				cl.locs = []loc{g.loc(ref{kind: extract.Venue, i: v})}
			} else {
				for _, c := range g.candidatesKey(part, k, j > 0) {
					if len(cl.locs) == 5 {
						break
					}
					if !g.weak(c) {
						cl.locs = append(cl.locs, g.loc(c.ref))
					}
				}
			}
			if len(cl.locs) > 0 {
				out = append(out, keyedClue{k, cl})
			}
		}
	}
	return out
}
