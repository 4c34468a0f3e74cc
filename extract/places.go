package extract

// A ContextGazetteer is a Gazetteer that can fix the context of one article
// — its place names, dateline first — and then resolve many names against
// it, doing the work that depends only on the context once. Stages that
// resolve every place mention of an article use it when their Gazetteer
// has it (geo.Gazetteer does).
type ContextGazetteer interface {
	Gazetteer
	WithContext(context []string) PlaceResolver
}

// A PlaceResolver resolves place names against the context it was made
// with: Place(name) is Gazetteer.Place(name, context). It may memoise, so it
// is meant for one article and need not be safe for concurrent use.
type PlaceResolver interface {
	Place(name string) (Place, bool)
}

// placeContext returns the names that tell where a document is, for
// choosing among places of one name: its places, and the countries that
// open the names of its organisations ("Bermuda" of "the Bermuda Economic
// Development Corporation" places Hamilton in Bermuda).
func placeContext(d *Doc, g Gazetteer) []string {
	var ctx []string
	for _, m := range d.Mentions {
		switch {
		case m.Kind == Location:
			ctx = append(ctx, m.Text)
		case m.Kind == Organization && m.Last-m.First > 1 && g != nil:
			if w := d.Tokens[m.First].Text; countryOf(g, w) != "" && isCap(w) && !allCaps(w) {
				ctx = append(ctx, w)
			}
		}
	}
	return ctx
}

// placesIn returns a PlaceResolver for g in context ctx: g's own if g is a
// ContextGazetteer, else one that memoises g.Place by name. It returns nil
// if g is nil.
func placesIn(g Gazetteer, ctx []string) PlaceResolver {
	switch g := g.(type) {
	case nil:
		return nil
	case ContextGazetteer:
		return g.WithContext(ctx)
	default:
		return &memoPlaces{g: g, ctx: ctx, memo: map[string]memoPlace{}}
	}
}

type memoPlace struct {
	p  Place
	ok bool
}

type memoPlaces struct {
	g    Gazetteer
	ctx  []string
	memo map[string]memoPlace
}

func (m *memoPlaces) Place(name string) (Place, bool) {
	if r, ok := m.memo[name]; ok {
		return r.p, r.ok
	}
	p, ok := m.g.Place(name, m.ctx)
	m.memo[name] = memoPlace{p, ok}
	return p, ok
}

// gazMemo remembers the context-free answers of a Gazetteer for one
// document: the rules ask for the same capitalised words and nationality
// adjectives many times. It is not safe for concurrent use.
type gazMemo struct {
	g       Gazetteer
	places  map[string]memoPlace
	country map[string]memoPlace
}

// memoized returns g wrapped in a gazMemo, or nil if g is nil.
func memoized(g Gazetteer) Gazetteer {
	switch g := g.(type) {
	case nil:
		return nil
	case *gazMemo:
		return g
	}
	return &gazMemo{g: g, places: map[string]memoPlace{}, country: map[string]memoPlace{}}
}

func (m *gazMemo) Place(name string, context []string) (Place, bool) {
	if len(context) > 0 {
		return m.g.Place(name, context)
	}
	if r, ok := m.places[name]; ok {
		return r.p, r.ok
	}
	p, ok := m.g.Place(name, nil)
	m.places[name] = memoPlace{p, ok}
	return p, ok
}

func (m *gazMemo) Country(word string) (Place, bool) {
	if r, ok := m.country[word]; ok {
		return r.p, r.ok
	}
	p, ok := m.g.Country(word)
	m.country[word] = memoPlace{p, ok}
	return p, ok
}

func (m *gazMemo) WithContext(context []string) PlaceResolver {
	return placesIn(m.g, context)
}
