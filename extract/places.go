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
