package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/errgroup"
	"golang.org/x/term"

	"newsgraph/corpus"
	"newsgraph/data"
	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/pipeline"
)

const defaultDB = "./newsgraph.db"

func runIngest(ctx context.Context, args []string, io streams) error {
	flags := newFlags("ingest", "ingest [--db PATH|URL] [-j N] [--force] PATH...",
		`Each PATH is a file or a directory (walked recursively):
  NAME.txt         the article body, UTF-8, a paragraph a line; an optional
                   NAME.meta.json beside it gives id, url, title, published
                   (YYYY-MM-DD) and outlet
  NAME.jsonl       one article a line: the same fields plus "text"
Without an id, an article's id is derived from its text, so ingesting the
same text twice stores it once. Articles already in the store are skipped
unless --force is given. A bad file or line is reported with its name and
line and skipped; the rest is ingested and the exit status is 3.

Examples:
  newsgraph ingest ./articles
  newsgraph ingest --db postgres://user@localhost/news -j 4 feed.jsonl`, io.stderr)
	db := flags.String("db", defaultDB, "store: a Bolt file path, or a postgres:// URL")
	jobs := flags.Int("j", runtime.NumCPU(), "articles extracted in parallel")
	force := flags.Bool("force", false, "extract and write articles that are already in the store")
	quiet := flags.Bool("quiet", false, "print no progress bar, only problems and the summary")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() == 0 {
		flags.Usage()
		return fmt.Errorf("%w: ingest: no PATH given", errUsage)
	}
	if *jobs < 1 {
		return fmt.Errorf("%w: ingest: -j must be at least 1", errUsage)
	}
	st, err := graph.Open(ctx, *db, graph.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := pipeline.New(data.FS)
	if err != nil {
		return err
	}
	opts := ingestOptions{Jobs: *jobs, Force: *force, Log: io.stderr}
	if !*quiet && isTerminal(io.stderr) {
		opts.Progress = io.stderr
	}
	sum, err := ingest(ctx, st, p, corpus.Articles(flags.Args()...), opts)
	if err != nil {
		return err
	}
	return sum.report(ctx, io.stdout, st)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// ingestOptions control ingest. The zero value extracts on one goroutine,
// skips known articles and prints nothing.
type ingestOptions struct {
	Jobs     int       // extraction workers; < 1 means 1
	Force    bool      // re-extract and re-write articles already stored
	Progress io.Writer // where a progress bar goes; nil for none
	Log      io.Writer // where skipped inputs and warnings are reported; nil to discard
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	Written int // articles extracted and written
	Present int // already in the store, not re-extracted
	Skipped int // inputs that failed, reported to the log
	Elapsed time.Duration
}

func (s ingestSummary) report(ctx context.Context, w io.Writer, st *graph.Store) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "ingested %d articles (%d already present, %d skipped) in %.1f s\n",
		s.Written, s.Present, s.Skipped, s.Elapsed.Seconds())
	fmt.Fprintf(w, "the store holds %d articles, %d people, %d places, %d events (%d quads)\n",
		stats.Articles, stats.People, stats.Places, stats.Events, stats.Quads)
	if s.Skipped > 0 {
		return fmt.Errorf("%w: %d inputs (see the messages above)", errSkipped, s.Skipped)
	}
	return nil
}

// ingest extracts the articles of items on opts.Jobs workers and writes each
// one to st in its own transaction. Problems with single inputs are logged
// and counted; a storage error stops the run.
func ingest(ctx context.Context, st *graph.Store, p *extract.Pipeline, items iter.Seq[corpus.Item], opts ingestOptions) (ingestSummary, error) {
	start := time.Now()
	var sum ingestSummary
	logw := opts.Log
	if logw == nil {
		logw = io.Discard
	}
	jobs := max(opts.Jobs, 1)
	var bar *progressbar.ProgressBar
	if opts.Progress != nil {
		bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(opts.Progress),
			progressbar.OptionSetDescription("ingesting"),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("articles"),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond))
		defer bar.Finish()
	}
	logf := func(format string, args ...any) {
		if bar != nil {
			bar.Clear()
		}
		fmt.Fprintf(logw, format, args...)
	}

	type result struct {
		src     string
		doc     *extract.Doc
		present bool
		err     error // a problem with this input only
	}
	g, ctx := errgroup.WithContext(ctx)
	in := make(chan corpus.Item, jobs*2)
	out := make(chan result, writeBatch)
	g.Go(func() error {
		defer close(in)
		for it := range items {
			select {
			case in <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	workers, wctx := errgroup.WithContext(ctx)
	for range jobs {
		workers.Go(func() error {
			for it := range in {
				r := result{src: it.Source, err: it.Err}
				for _, w := range it.Warnings {
					logf("newsgraph: warning: %v\n", w)
				}
				if r.err == nil && !opts.Force {
					ok, err := st.HasArticle(wctx, it.Article.ID)
					if err != nil {
						return err
					}
					r.present = ok
				}
				if r.err == nil && !r.present {
					r.doc, r.err = p.Run(it.Article)
				}
				select {
				case out <- r:
				case <-wctx.Done():
					return wctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		defer close(out)
		return workers.Wait()
	})
	g.Go(func() error {
		// Articles are written in batches, each one transaction: whole
		// articles or none of them, and far fewer commits (an fsync each on
		// Bolt, round trips on PostgreSQL). A batch is written when it is full
		// or when no extracted article is waiting, so a slow trickle of input
		// is stored promptly.
		var batch []result
		flush := func() error {
			if len(batch) == 0 {
				return nil
			}
			docs := make([]*extract.Doc, len(batch))
			src := make(map[string]string, len(batch))
			for i, r := range batch {
				docs[i], src[r.doc.ID] = r.doc, r.src
			}
			n := len(batch)
			batch = batch[:0]
			err := st.WriteDocs(ctx, docs)
			bad, storage := articleErrors(err)
			if storage != nil {
				return fmt.Errorf("write %d articles (%s ...): %w", n, docs[0].ID, storage)
			}
			for _, e := range bad {
				sum.Skipped++
				logf("newsgraph: skipped %s: %v\n", src[e.ID], e.Err)
			}
			sum.Written += n - len(bad)
			if bar != nil {
				bar.Add(n)
			}
			return nil
		}
		for {
			var r result
			var ok bool
			select {
			case r, ok = <-out:
			default:
				if err := flush(); err != nil {
					return err
				}
				r, ok = <-out
			}
			if !ok {
				return flush()
			}
			switch {
			case r.err != nil:
				sum.Skipped++
				logf("newsgraph: skipped %v\n", sourceErr(r.src, r.err))
			case r.present:
				sum.Present++
			default:
				batch = append(batch, r)
				if len(batch) >= writeBatch {
					if err := flush(); err != nil {
						return err
					}
				}
				continue
			}
			if bar != nil {
				bar.Add(1)
			}
		}
	})
	err := g.Wait()
	sum.Elapsed = time.Since(start)
	return sum, err
}

// writeBatch is the most articles written in one transaction.
const writeBatch = 64

// articleErrors splits an error of graph.WriteDocs into the articles it
// skipped and a storage error, which stops the run.
func articleErrors(err error) (bad []*graph.ArticleError, storage error) {
	if err == nil {
		return nil, nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	for _, e := range errs {
		var ae *graph.ArticleError
		if !errors.As(e, &ae) {
			return nil, err
		}
		bad = append(bad, ae)
	}
	return bad, nil
}

// sourceErr names the source in err unless it does already.
func sourceErr(src string, err error) error {
	var ce *corpus.Error
	if errors.As(err, &ce) {
		return err
	}
	return fmt.Errorf("%s: %w", src, err)
}
