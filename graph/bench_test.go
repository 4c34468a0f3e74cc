package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/graphql-go/graphql"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/schema"
)

// benchArticles is the size of the synthetic corpus of the benchmarks.
const benchArticles = 3000

var (
	firstNames = []string{"Anna", "Boris", "Carla", "David", "Elena", "Farid", "Greta", "Hugo", "Ines", "Jamal",
		"Kenji", "Lena", "Marco", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Sergei", "Tariq"}
	surnames = []string{"Abbott", "Becker", "Castro", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanov",
		"Jensen", "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka",
		"Ueda", "Varga", "Weber", "Xu", "Yilmaz"}
	benchCountries = []string{"France", "Germany", "Japan", "Brazil", "Kenya", "India", "Canada", "Turkey", "Egypt", "Poland"}
)

// syntheticDoc returns article i of a deterministic synthetic corpus: three
// of 500 people, a meeting in one of 50 cities of 10 countries on a day of
// 2024–2025, and a call.
func syntheticDoc(i int) *extract.Doc {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	person := func() string {
		return firstNames[r.IntN(len(firstNames))] + " " + surnames[r.IntN(len(surnames))]
	}
	a, b, c := person(), person(), person()
	for b == a {
		b = person()
	}
	for c == a || c == b {
		c = person()
	}
	ci := r.IntN(50)
	country := benchCountries[ci%len(benchCountries)]
	city := fmt.Sprintf("City%02d", ci)
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, r.IntN(730))
	date := day.Format(time.DateOnly)
	s1 := fmt.Sprintf("%s met %s in %s on %s.", a, b, city, date)
	s2 := fmt.Sprintf("Later %s spoke by phone with %s.", c, a)
	text := s1 + " " + s2
	sp := func(off int, s string) extract.Span { return extract.Span{Start: off, End: off + len(s)} }
	o2 := len(s1) + 1
	place := &extract.Place{Name: city, Kind: extract.City, GeoID: 1000 + ci, Country: country,
		Latitude: float64(ci), Longitude: float64(ci), Population: 1000 * (ci + 1)}
	d := &extract.Doc{
		Article: extract.Article{ID: fmt.Sprintf("s%06d", i), Title: "Synthetic " + date, Outlet: "Bench",
			Published: day.AddDate(0, 0, 1), Text: text},
		Sentences: []extract.Sentence{{Span: sp(0, s1)}, {Span: sp(o2, s2)}},
		Entities: []extract.Entity{
			{Kind: extract.Person, Name: a, Aliases: []string{a}, Country: country},
			{Kind: extract.Person, Name: b, Aliases: []string{b}},
			{Kind: extract.Person, Name: c, Aliases: []string{c}},
			{Kind: extract.Location, Name: city, Place: place},
		},
	}
	d.Events = []extract.Event{
		{Type: extract.Meeting, Status: extract.Occurred, Participants: []int{0, 1}, Place: place,
			Date: extract.Date{Value: date, Text: "on " + date}, Trigger: sp(len(a)+1, "met"), Evidence: []extract.Span{sp(0, s1)}},
		{Type: extract.Call, Status: extract.Occurred, Participants: []int{2, 0},
			Date: extract.Date{Value: day.Format("2006-01")}, Trigger: sp(o2, "Later"), Evidence: []extract.Span{sp(o2, s2)}},
	}
	return d
}

// benchStores holds one loaded store per backend for the whole run.
var benchStores sync.Map // backend → func() (*graph.Store, error)

func benchStore(b *testing.B, backend string) *graph.Store {
	b.Helper()
	load, _ := benchStores.LoadOrStore(backend, sync.OnceValues(func() (*graph.Store, error) {
		dsn := "memory:"
		if backend == "bolt" {
			dir, err := mkdirTemp()
			if err != nil {
				return nil, err
			}
			dsn = filepath.Join(dir, "db")
		}
		s, err := graph.Open(context.Background(), dsn, graph.Options{BoltNoSync: true})
		if err != nil {
			return nil, err
		}
		start := time.Now()
		if err := writeSynthetic(s, benchArticles); err != nil {
			return nil, err
		}
		st, _ := s.Stats(context.Background())
		fmt.Printf("# %s: %d articles, %d quads, %d people, %d events written in %v\n",
			backend, st.Articles, st.Quads, st.People, st.Events, time.Since(start).Round(time.Millisecond))
		return s, nil
	}))
	s, err := load.(func() (*graph.Store, error))()
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func benchQuery(b *testing.B, query string, vars func(i int) map[string]any) {
	for _, backend := range []string{"memstore", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			s := benchStore(b, backend)
			sch, err := schema.New(s)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				r := graphql.Do(graphql.Params{Schema: sch, RequestString: query, VariableValues: vars(i), Context: ctx})
				if len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}

func someone(i int) map[string]any {
	return map[string]any{"name": firstNames[i%len(firstNames)] + " " + surnames[(i/len(firstNames))%len(surnames)]}
}

// BenchmarkWhoMet is "who did X meet, when and where" from memory.
func BenchmarkWhoMet(b *testing.B) {
	benchQuery(b, `query($name: String!) { person(name: $name) { met { person { name } count events { type status date place { name } } } } }`, someone)
}

// BenchmarkWhoMetSources adds the evidence sentences, read from Cayley.
func BenchmarkWhoMetSources(b *testing.B) {
	benchQuery(b, `query($name: String!) { person(name: $name) { met { person { name } events { date place { name }
		sources { sentence start end article { id published } } } } } }`, someone)
}

// BenchmarkDateRange is a month of events, first page of 50.
func BenchmarkDateRange(b *testing.B) {
	benchQuery(b, `query($from: Date, $to: Date) { events(from: $from, to: $to, first: 50) { totalCount edges { cursor node {
		type date participants { name } place { name country { name } } } } } }`, func(i int) map[string]any {
		m := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, i%24, 0)
		return map[string]any{"from": m.Format("2006-01-02"), "to": m.AddDate(0, 1, -1).Format("2006-01-02")}
	})
}

// BenchmarkEventsInCountry is every meeting in a country (its cities), first page.
func BenchmarkEventsInCountry(b *testing.B) {
	benchQuery(b, `query($place: String) { events(place: $place, type: MEETING, first: 20) { totalCount edges { node { date place { name } } } } }`,
		func(i int) map[string]any { return map[string]any{"place": benchCountries[i%len(benchCountries)]} })
}

// BenchmarkArticle reads an article's mentions from Cayley.
func BenchmarkArticle(b *testing.B) {
	benchQuery(b, `query($id: ID!) { article(id: $id) { title events { type date } people { name } } }`,
		func(i int) map[string]any { return map[string]any{"id": fmt.Sprintf("s%06d", i%benchArticles)} })
}

// BenchmarkWriteDoc writes new articles, one transaction each.
func BenchmarkWriteDoc(b *testing.B) {
	for _, backend := range []string{"memstore", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			dsn := "memory:"
			if backend == "bolt" {
				dsn = filepath.Join(b.TempDir(), "db")
			}
			s, err := graph.Open(context.Background(), dsn, graph.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			for i := 0; b.Loop(); i++ {
				if err := s.WriteDoc(context.Background(), syntheticDoc(i)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOpenBolt reopens a Bolt store and loads its index.
func BenchmarkOpenBolt(b *testing.B) {
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "db")
	s, err := graph.Open(ctx, path, graph.Options{BoltNoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	if err := writeSynthetic(s, benchArticles); err != nil {
		b.Fatal(err)
	}
	s.Close()
	for b.Loop() {
		s, err := graph.Open(ctx, path, graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Stats(ctx); err != nil { // builds the snapshot
			b.Fatal(err)
		}
		s.Close()
	}
}

// benchDirs are the directories of the shared Bolt stores, which TestMain
// removes.
var benchDirs struct {
	sync.Mutex
	dirs []string
}

// mkdirTemp makes a directory for a shared Bolt store of the benchmarks.
func mkdirTemp() (string, error) {
	dir, err := os.MkdirTemp("", "newsgraph-bench-")
	if err == nil {
		benchDirs.Lock()
		benchDirs.dirs = append(benchDirs.dirs, dir)
		benchDirs.Unlock()
	}
	return dir, err
}

func TestMain(m *testing.M) {
	code := m.Run()
	benchStores.Range(func(_, load any) bool {
		if s, err := load.(func() (*graph.Store, error))(); err == nil {
			s.Close()
		}
		return true
	})
	for _, d := range benchDirs.dirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// writeSynthetic writes the first n synthetic articles in batches of 100.
func writeSynthetic(s *graph.Store, n int) error {
	var batch []*extract.Doc
	for i := range n {
		batch = append(batch, syntheticDoc(i))
		if len(batch) == 100 || i == n-1 {
			if err := s.WriteDocs(context.Background(), batch); err != nil {
				return err
			}
			batch = batch[:0]
		}
	}
	return nil
}

// BenchmarkWriteDocs writes new articles in transactions of 100; ns/op is
// per article.
func BenchmarkWriteDocs(b *testing.B) {
	for _, backend := range []string{"memstore", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			dsn := "memory:"
			if backend == "bolt" {
				dsn = filepath.Join(b.TempDir(), "db")
			}
			s, err := graph.Open(context.Background(), dsn, graph.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			var batch []*extract.Doc
			for i := 0; b.Loop(); i++ {
				batch = append(batch, syntheticDoc(i))
				if len(batch) == 100 {
					if err := s.WriteDocs(context.Background(), batch); err != nil {
						b.Fatal(err)
					}
					batch = batch[:0]
				}
			}
		})
	}
}

// benchStoreOp runs op on each backend's loaded store.
func benchStoreOp(b *testing.B, op func(b *testing.B, s *graph.Store, i int)) {
	for _, backend := range []string{"memstore", "bolt"} {
		b.Run(backend, func(b *testing.B) {
			s := benchStore(b, backend)
			for i := 0; b.Loop(); i++ {
				op(b, s, i)
			}
		})
	}
}

// BenchmarkStoreWhoMet is the store side of "who did X meet": lookup by
// name and encounters, without GraphQL.
func BenchmarkStoreWhoMet(b *testing.B) {
	benchStoreOp(b, func(b *testing.B, s *graph.Store, i int) {
		ctx := context.Background()
		p, err := s.Person(ctx, someone(i)["name"].(string))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Encounters(ctx, p.ID); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkStoreEvidence reads the evidence of ten events of a person from
// Cayley.
func BenchmarkStoreEvidence(b *testing.B) {
	benchStoreOp(b, func(b *testing.B, s *graph.Store, i int) {
		ctx := context.Background()
		page, err := s.Events(ctx, graph.EventFilter{Participant: someone(i)["name"].(string)}, graph.PageRequest{First: 10})
		if err != nil {
			b.Fatal(err)
		}
		for _, e := range page.Items {
			if ev, err := s.Evidence(ctx, e.ID); err != nil || len(ev) == 0 {
				b.Fatalf("Evidence(%s) = %v, %v", e.ID, ev, err)
			}
		}
	})
}

// BenchmarkStoreDateRange is a month of events, first page of 50, without
// GraphQL.
func BenchmarkStoreDateRange(b *testing.B) {
	benchStoreOp(b, func(b *testing.B, s *graph.Store, i int) {
		m := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, i%24, 0)
		f := graph.EventFilter{From: m.Format("2006-01-02"), To: m.AddDate(0, 1, -1).Format("2006-01-02")}
		if _, err := s.Events(context.Background(), f, graph.PageRequest{First: 50}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkRebuildSnapshot is a write followed by a read: the index
// snapshot is rebuilt (see Options.MaxStaleness).
func BenchmarkRebuildSnapshot(b *testing.B) {
	benchStoreOp(b, func(b *testing.B, s *graph.Store, i int) {
		ctx := context.Background()
		if err := s.WriteDoc(ctx, syntheticDoc(i%benchArticles)); err != nil { // already there: adds nothing
			b.Fatal(err)
		}
		if _, err := s.Stats(ctx); err != nil {
			b.Fatal(err)
		}
	})
}
