package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/graphql-go/graphql"

	"newsgraph/corpus"
	"newsgraph/data"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/pipeline"
	"newsgraph/schema"
	"newsgraph/ui"
)

func runServe(ctx context.Context, args []string, io streams) error {
	flags := newFlags("serve", "serve [--db PATH|URL] [--addr HOST:PORT]",
		`Serves, on one port:
  /           the web UI: the graph of people, a timeline, a map, evidence
  /graphiql   GraphiQL, to write and run queries (works offline)
  /graphql    the GraphQL API (POST a JSON {"query", "variables"}, or GET ?query=)
  /export     the graph as a file: ?format=graphml|gexf|cyjs|dot|csv|nquads
The API is read-only unless --allow-ingest is given: then the mutation
ingest(articles: [{id, url, title, published, outlet, text}]) extracts and
stores articles, for requests with "Authorization: Bearer TOKEN".
If the store is empty, the bundled sample corpus (five articles) is ingested
first, so a new user sees a graph at once.

Examples:
  newsgraph serve
  newsgraph serve --db news.db --addr 127.0.0.1:9000
  newsgraph serve --allow-ingest --token-file /etc/newsgraph/token`, io.stderr)
	db := flags.String("db", defaultDB, "store: a Bolt file path, or a postgres:// URL")
	addr := flags.String("addr", ":8080", "address to listen on")
	timeout := flags.Duration("query-timeout", 10*time.Second, "longest a single query may run")
	noSample := flags.Bool("no-sample", false, "do not ingest the sample corpus into an empty store")
	allowIngest := flags.Bool("allow-ingest", false, "add the GraphQL mutation ingest(articles: [...]) for requests bearing the token of --token-file")
	tokenFile := flags.String("token-file", "", "read the bearer token for mutations from `FILE` (at least 16 characters)")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	var token string
	if *allowIngest {
		var err error
		if token, err = readToken(*tokenFile); err != nil {
			return err
		}
	}
	srv, err := openServer(ctx, serverOptions{DB: *db, QueryTimeout: *timeout, NoSample: *noSample, Log: io.stderr, IngestToken: token})
	if err != nil {
		return err
	}
	defer srv.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(io.stderr, "newsgraph: serving %s on http://%s/ (GraphiQL at /graphiql)\n", *db, displayAddr(ln.Addr()))
	return serveHTTP(ctx, ln, srv.Handler, io.stderr)
}

func displayAddr(a net.Addr) string {
	if ta, ok := a.(*net.TCPAddr); ok && ta.IP.IsUnspecified() {
		return fmt.Sprintf("localhost:%d", ta.Port)
	}
	return a.String()
}

// serveHTTP serves h on ln until ctx ends, then shuts down gracefully.
func serveHTTP(ctx context.Context, ln net.Listener, h http.Handler, logw io.Writer) error {
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(logw, "newsgraph: http: ", 0),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	fmt.Fprintln(logw, "newsgraph: stopped")
	return nil
}

// serverOptions configure openServer. The zero value serves ./newsgraph.db.
type serverOptions struct {
	DB           string        // store; defaultDB if empty
	QueryTimeout time.Duration // per query; 10 s if zero
	NoSample     bool          // leave an empty store empty
	Log          io.Writer     // progress and problems; nil to discard
	// IngestToken, if not empty, enables the ingest mutation for requests
	// that carry it as a bearer token. Empty: the API is read-only.
	IngestToken string
}

// A server is the opened store and the HTTP handler over it.
type server struct {
	Store   *graph.Store
	Schema  graphql.Schema
	Handler http.Handler
}

// openServer opens the store (ingesting the sample corpus into an empty one)
// and builds the HTTP handler.
func openServer(ctx context.Context, opts serverOptions) (*server, error) {
	if opts.DB == "" {
		opts.DB = defaultDB
	}
	if opts.QueryTimeout <= 0 {
		opts.QueryTimeout = 10 * time.Second
	}
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	st, err := graph.Open(ctx, opts.DB, graph.Options{})
	if err != nil {
		return nil, err
	}
	// The pipeline (models and gazetteers) is loaded once, and only if the
	// sample corpus or the ingest mutation needs it.
	var p *extract.Pipeline
	loadPipeline := func() (*extract.Pipeline, error) {
		var err error
		if p == nil {
			p, err = pipeline.New(data.FS)
		}
		return p, err
	}
	if !opts.NoSample {
		if err := ingestSample(ctx, st, loadPipeline, logw); err != nil {
			st.Close()
			return nil, err
		}
	}
	var sopts schema.Options
	if opts.IngestToken != "" {
		p, err := loadPipeline()
		if err != nil {
			st.Close()
			return nil, err
		}
		sopts.Ingester = storeIngester{st: st, p: p}
	}
	sch, err := schema.NewWithOptions(st, sopts)
	if err != nil {
		st.Close()
		return nil, err
	}
	dump := func(w io.Writer) error { return st.WriteNQuads(context.Background(), w) }
	mux := http.NewServeMux()
	gql := graphqlHandler(sch, opts.QueryTimeout, defaultLimits)
	if opts.IngestToken != "" {
		gql = requireToken(opts.IngestToken, gql)
	}
	mux.Handle("POST /graphql", gql)
	mux.Handle("GET /graphql", gql)
	mux.Handle("GET /export", exportHandler(sch, dump))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	mux.Handle("GET /", ui.Handler())
	return &server{Store: st, Schema: sch, Handler: mux}, nil
}

// Close closes the store.
func (s *server) Close() error { return s.Store.Close() }

// ingestSample ingests the bundled articles, extracted by the pipeline that
// load returns, if st holds none.
func ingestSample(ctx context.Context, st *graph.Store, load func() (*extract.Pipeline, error), logw io.Writer) error {
	stats, err := st.Stats(ctx)
	if err != nil || stats.Articles > 0 {
		return err
	}
	p, err := load()
	if err != nil {
		return err
	}
	fmt.Fprintln(logw, "newsgraph: the store is empty: ingesting the bundled sample corpus")
	sum, err := ingest(ctx, st, p, corpus.ArticlesFS(data.FS, "articles"), ingestOptions{Jobs: runtime.NumCPU(), Log: logw})
	if err != nil {
		return err
	}
	if sum.Skipped > 0 {
		return fmt.Errorf("sample corpus: %d articles failed", sum.Skipped)
	}
	return nil
}

// gqlRequest is a GraphQL request body.
type gqlRequest struct {
	Query         string         `json:"query"`
	Variables     map[string]any `json:"variables"`
	OperationName string         `json:"operationName"`
}

const maxRequestBytes = 1 << 20

// gqlRequestKey keys a request already read by a wrapping handler.
type gqlRequestKey struct{}

// withRequest hands req, read from r's body, to the next handler.
func withRequest(r *http.Request, req gqlRequest) *http.Request {
	return r.WithContext(context.WithValue(r.Context(), gqlRequestKey{}, req))
}

// graphqlHandler serves GraphQL over HTTP: POST with a JSON body (or an
// application/graphql body), or GET with query, variables and operationName
// parameters. Each query runs under timeout and within limits.
func graphqlHandler(sch graphql.Schema, timeout time.Duration, limits queryLimits) http.Handler {
	// At most a few queries run per core; the others wait for a slot until
	// their timeout, so a burst of clients queues instead of thrashing.
	slots := make(chan struct{}, 4*runtime.GOMAXPROCS(0))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, ok := r.Context().Value(gqlRequestKey{}).(gqlRequest)
		if !ok {
			var status int
			var err error
			if req, status, err = readGraphQLRequest(w, r); err != nil {
				writeGraphQLError(w, status, err)
				return
			}
		}
		if req.Query == "" {
			writeGraphQLError(w, http.StatusBadRequest, errors.New("no query given"))
			return
		}
		if err := limits.check(req.Query); err != nil {
			writeGraphQLError(w, http.StatusBadRequest, err)
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), timeout)
		defer cancel()
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
		case <-ctx.Done():
			w.Header().Set("Retry-After", "1")
			writeGraphQLError(w, http.StatusServiceUnavailable, errors.New("the server is busy: try again"))
			return
		}
		res := graphql.Do(graphql.Params{Schema: sch, RequestString: req.Query, VariableValues: req.Variables,
			OperationName: req.OperationName, Context: ctx})
		if ctx.Err() == context.DeadlineExceeded {
			writeGraphQLError(w, http.StatusServiceUnavailable, fmt.Errorf("query took longer than %v", timeout))
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.Encode(res)
	})
}

func readGraphQLRequest(w http.ResponseWriter, r *http.Request) (gqlRequest, int, error) {
	var req gqlRequest
	if r.Method == http.MethodGet {
		q := r.URL.Query()
		req.Query, req.OperationName = q.Get("query"), q.Get("operationName")
		if v := q.Get("variables"); v != "" {
			if err := json.Unmarshal([]byte(v), &req.Variables); err != nil {
				return req, http.StatusBadRequest, fmt.Errorf("variables: %v", err)
			}
		}
		return req, 0, nil
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return req, http.StatusRequestEntityTooLarge, fmt.Errorf("request body larger than %d bytes", maxRequestBytes)
		}
		return req, http.StatusBadRequest, err
	}
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "application/graphql" {
		req.Query = string(body)
		return req, 0, nil
	}
	if err := json.Unmarshal(body, &req); err != nil {
		return req, http.StatusBadRequest, fmt.Errorf("request body: %v (want JSON {\"query\": ..., \"variables\": {...}})", err)
	}
	return req, 0, nil
}

func writeGraphQLError(w http.ResponseWriter, status int, err error) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"errors": []map[string]string{{"message": err.Error()}}})
}

// readAllLimit reads r up to n bytes, failing beyond.
func readAllLimit(r io.Reader, n int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, n+1))
	if err == nil && int64(len(b)) > n {
		err = fmt.Errorf("longer than %d bytes", n)
	}
	return b, err
}

// readToken reads the bearer token for mutations from file (a flag would
// show the token to every user of the machine).
func readToken(file string) (string, error) {
	if file == "" {
		return "", fmt.Errorf("%w: serve: --allow-ingest needs --token-file FILE", errUsage)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return "", fmt.Errorf("serve: token: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	if len(tok) < 16 {
		return "", fmt.Errorf("%w: serve: the token in %s is shorter than 16 characters", errUsage, file)
	}
	return tok, nil
}
