package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // registers "bolt"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"
	"github.com/cayleygraph/quad"
)

// Options configures Open. The zero value is ready to use.
type Options struct {
	// BoltNoSync skips the fsync after each Bolt commit: faster bulk
	// ingest, but the latest articles may be lost if the machine crashes
	// (not if the process dies).
	BoltNoSync bool

	// MaxStaleness lets reads use an index snapshot up to this old while
	// writes go on, instead of rebuilding it at the first read after each
	// write (which costs time in proportion to the graph). Zero means reads
	// always see every completed write. A server that ingests while it
	// answers might use a second or two.
	MaxStaleness time.Duration
}

// A Store is a news graph in a Cayley quad store. It is safe for concurrent
// use: writes are serialised, reads run in parallel.
type Store struct {
	backend string // "memstore", "bolt" or "postgres"

	maxStale time.Duration

	mu      sync.RWMutex // guards qs writes (memstore has no lock), idx, snap, stale and builtAt
	qs      cgraph.QuadStore
	idx     *index
	snap    *snapshot // built from idx at builtAt; nil before the first read
	stale   bool      // idx changed since snap was built
	builtAt time.Time
}

// Open opens the store named by dsn: "" or "memory:" for a new in-memory
// store, "postgres://..." for PostgreSQL (tables are created if missing), and
// otherwise the path of a Bolt database directory, created if missing.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	var (
		qs      cgraph.QuadStore
		backend string
		err     error
	)
	switch {
	case dsn == "" || dsn == "memory:":
		backend, qs = "memstore", memstore.New()
	case strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://"):
		backend = "postgres"
		qs, err = openCayley(backend, dsn, nil)
	default:
		backend = "bolt"
		qs, err = openCayley(backend, dsn, cgraph.Options{"nosync": opts.BoltNoSync})
	}
	if err != nil {
		return nil, fmt.Errorf("graph: open %s store %s: %w", backend, redact(dsn), err)
	}
	s := &Store{backend: backend, qs: qs, maxStale: opts.MaxStaleness}
	if err := s.Refresh(ctx); err != nil {
		qs.Close()
		return nil, err
	}
	return s, nil
}

func openCayley(backend, dsn string, opts cgraph.Options) (cgraph.QuadStore, error) {
	// Workers started together on a new PostgreSQL database race to create
	// its tables: the loser's CREATE TABLE fails on a duplicate catalogue
	// entry. A retry then finds the tables, and ErrDatabaseExists.
	var err error
	for attempt := range 5 {
		err = cgraph.InitQuadStore(backend, dsn, opts)
		if err == nil || errors.Is(err, cgraph.ErrDatabaseExists) {
			return cgraph.NewQuadStore(backend, dsn, opts)
		}
		if backend != "postgres" {
			break
		}
		time.Sleep(time.Duration(50<<attempt) * time.Millisecond)
	}
	return nil, fmt.Errorf("init: %w", err)
}

// redact hides the password of a URL-shaped dsn.
func redact(dsn string) string {
	scheme, rest, ok := strings.Cut(dsn, "://")
	if !ok {
		return dsn
	}
	userinfo, host, ok := strings.Cut(rest, "@")
	if !ok {
		return dsn
	}
	if user, _, hasPass := strings.Cut(userinfo, ":"); hasPass {
		return scheme + "://" + user + ":xxxxx@" + host
	}
	return dsn
}

// Close closes the underlying quad store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close: %w", err)
	}
	return nil
}

// Backend returns "memstore", "bolt" or "postgres".
func (s *Store) Backend() string { return s.backend }

// Refresh reloads the in-memory index from the quad store, to see articles
// that other processes wrote to a shared store.
func (s *Store) Refresh(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	idx := newIndex()
	// One scan of every quad: key-value stores have no predicate index, so
	// iterating by predicate would scan them all once per predicate.
	want := make(map[any]bool, len(indexedPredicates))
	for _, p := range indexedPredicates {
		if ref := s.qs.ValueOf(p); ref != nil {
			want[ref.Key()] = true
		}
	}
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		ref := it.Result()
		if p := s.qs.QuadDirection(ref, quad.Predicate); p != nil && want[p.Key()] {
			idx.add(s.qs.Quad(ref))
		}
	}
	if err := cmp.Or(it.Err(), ctx.Err()); err != nil {
		return fmt.Errorf("graph: load index: %w", err)
	}
	s.idx, s.snap = idx, nil
	return nil
}

// eachQuad calls fn for every quad whose direction d is v. The caller holds mu.
func (s *Store) eachQuad(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := s.qs.QuadIterator(d, ref)
	defer it.Close()
	for it.Next(ctx) {
		fn(s.qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// describe returns the quads whose subject is node, grouped by predicate.
func (s *Store) describe(ctx context.Context, node quad.Value) (map[quad.IRI][]quad.Value, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	props := make(map[quad.IRI][]quad.Value)
	err := s.eachQuad(ctx, quad.Subject, node, func(q quad.Quad) {
		if p, ok := q.Predicate.(quad.IRI); ok {
			props[p] = append(props[p], q.Object)
		}
	})
	return props, err
}

// HasArticle reports whether the article with the given id is stored.
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.idx.articles[nodeID(kindArticle, id)]
	return ok, ctx.Err()
}

// Stats counts the quads, articles, people, places and events. People and
// events are counted as reads show them, merged (see the package comment);
// quads as they are stored.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	s.mu.RLock()
	// On memstore and Bolt the quad count is exact either way, and exact=true
	// would walk every node of the store. On PostgreSQL exact=false gives the
	// planner's estimate (-1 before the table is analysed); exact=true
	// counts the rows.
	st, err := s.qs.Stats(ctx, s.backend == "postgres")
	s.mu.RUnlock()
	if errors.Is(err, kv.ErrNoBucket) {
		// A new key-value store has no size record until its first write.
		st, err = cgraph.Stats{}, nil
	}
	if err != nil {
		return Stats{}, fmt.Errorf("graph: stats: %w", err)
	}
	sn := s.snapshot()
	return Stats{
		Quads:    st.Quads.Size,
		Articles: len(sn.articles),
		People:   len(sn.people),
		Places:   len(sn.places),
		Events:   len(sn.events),
	}, nil
}

// WriteNQuads writes every quad of the store to w in N-Quads, one a line,
// sorted, so that equal graphs give equal output.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	var lines []string
	s.mu.RLock()
	it := s.qs.QuadsAllIterator()
	for it.Next(ctx) {
		lines = append(lines, s.qs.Quad(it.Result()).NQuad())
	}
	err := it.Err()
	it.Close()
	s.mu.RUnlock()
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("graph: read quads: %w", err)
	}
	sort.Strings(lines)
	for _, l := range lines {
		if _, err := io.WriteString(w, l+"\n"); err != nil {
			return fmt.Errorf("graph: write n-quads: %w", err)
		}
	}
	return nil
}
