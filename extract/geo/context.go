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
	cands   map[candKey][]cand // read-only once stored
}

type candKey struct {
	k                string
	upper, qualifier bool
}

// candidatesKey is Gazetteer.candidatesKey, remembered: the names of the
// context are also the names resolved. r must not be nil.
func (r *Resolver) candidatesKey(raw, k string, qualifier bool) []cand {
	ck := candKey{k, !hasLower(stripThe(raw)), qualifier}
	if cs, ok := r.cands[ck]; ok {
		return cs
	}
	cs := r.g.candidatesKey(raw, k, qualifier)
	if r.cands == nil {
		r.cands = map[candKey][]cand{}
	}
	r.cands[ck] = cs
	return cs
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

// cluesFor returns the clues of the context; those keyed like the name
// resolved do not count (support skips them). A nil r has none.
func (r *Resolver) cluesFor() []keyedClue {
	if r == nil {
		return nil
	}
	if !r.read {
		r.read = true
		r.clues = r.g.keyedClues(r.context, r)
	}
	return r.clues
}

// keyedClues resolves the context names, each folded name once, keeping
// those with a reading.
func (g *Gazetteer) keyedClues(context []string, r *Resolver) []keyedClue {
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
				for _, c := range r.candidatesKey(part, k, j > 0) {
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
