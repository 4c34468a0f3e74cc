package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"
	"strings"

	"newsgraph/eval"
	"newsgraph/pipeline"
)

const evalUsage = `usage: newsgraph eval --gold DIR [--only PREFIX] [--articles DIR | --db STORE] [--tagger ner|rule] [--misses=false]

Eval runs the extraction pipeline over annotated articles and scores it with
the metric of the annotation guidelines: pair precision, recall and F1 (who
met whom), date, place and status accuracy, and people precision and recall,
per article and pooled, followed by the list of misses.

Gold files are NAME.json in the format of shared/seeds/gold; the article of
each is NAME.txt with its NAME.meta.json sidecar, next to the gold or in the
--articles directory.

With --db, eval scores what the store holds of the gold articles instead of
running the pipeline: the events as merged across articles, with canonical
names. Ingest the articles first: newsgraph ingest --db news.db DIR.

Flags:
`

// runEval implements "newsgraph eval". fsys holds the pipeline's gazetteers and models.
func runEval(ctx context.Context, args []string, stdout io.Writer, fsys fs.FS) error {
	flags := flag.NewFlagSet("eval", flag.ContinueOnError)
	flags.SetOutput(stdout)
	gold := flags.String("gold", "", "directory of gold `NAME.json` files (required)")
	articles := flags.String("articles", "", "directory of NAME.txt and NAME.meta.json (default: the gold directory)")
	misses := flags.Bool("misses", true, "list the misses of each article")
	db := flags.String("db", "", "score the store at `STORE` (a Bolt path or postgres:// URL) instead of running the pipeline")
	tagger := flags.String("tagger", "", "entity tagger: `ner` (trained, the default) or rule (the baseline)")
	only := flags.String("only", "", "score only the gold files whose name starts with `PREFIX` (conll_dev_)")
	flags.Usage = func() {
		fmt.Fprint(flags.Output(), evalUsage)
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	if *gold == "" || flags.NArg() > 0 {
		flags.Usage()
		return errors.New("eval: --gold DIR is required and takes no arguments")
	}
	if *articles == "" {
		*articles = *gold
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	g, err := eval.LoadGold(os.DirFS(*gold), ".")
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if *only != "" {
		g = slices.DeleteFunc(g, func(a eval.Article) bool { return !strings.HasPrefix(a.ID, *only) })
		if len(g) == 0 {
			return fmt.Errorf("eval: no gold file in %s starts with %q", *gold, *only)
		}
	}
	if *db != "" {
		rep, missing, err := scoreStore(ctx, *db, g)
		if err != nil {
			return err
		}
		for _, id := range missing {
			fmt.Fprintf(stdout, "warning: article %s is not in the store\n", id)
		}
		return rep.Write(stdout, *misses)
	}
	p, err := pipeline.NewWith(fsys, pipeline.Options{Tagger: *tagger})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	pred, err := eval.Predict(p, os.DirFS(*articles), ".", g)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return eval.Score(g, pred).Write(stdout, *misses)
}
