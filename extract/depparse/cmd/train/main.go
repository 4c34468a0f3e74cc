// Command train trains the dependency parser of package depparse on the
// English Web Treebank, reports its scores on the dev set and writes the
// model.
//
// Usage, from the repository root:
//
//	go run ./extract/depparse/cmd/train [-ud ../shared/data/ud-english-ewt] [-o data/models/depparse.gz]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"newsgraph/extract/depparse"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "train: %v\n", err)
		os.Exit(1)
	}
}

func readUD(path string) ([]depparse.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := depparse.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

func run(args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("train", flag.ContinueOnError)
	ud := flags.String("ud", "../shared/data/ud-english-ewt", "directory of en_ewt-ud-{train,dev}.conllu")
	out := flags.String("o", "data/models/depparse.gz", "model file to write (empty: none)")
	epochs := flags.Int("epochs", 15, "training epochs")
	seed := flags.Uint64("seed", 1, "random seed")
	minCount := flags.Int("mincount", 2, "minimum feature count")
	prune := flags.Float64("prune", 1, "drop averaged weights below this in absolute value")
	scale := flags.Int("scale", 2, "weights are saved as multiples of 1/scale")
	verbose := flags.Bool("v", true, "report dev scores after every epoch")
	if err := flags.Parse(args); err != nil {
		return err
	}
	train, err := readUD(filepath.Join(*ud, "en_ewt-ud-train.conllu"))
	if err != nil {
		return err
	}
	dev, err := readUD(filepath.Join(*ud, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	opt := depparse.TrainOptions{Epochs: *epochs, Seed: *seed, MinCount: *minCount, Prune: *prune}
	if *verbose {
		opt.Log, opt.Dev = stdout, dev
	}
	start := time.Now()
	p, stats, err := depparse.Train(train, opt)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "trained in %.0fs: %d sentences, %d non-projective (%d arcs lifted), %d known words, %d features, %d weights\n",
		time.Since(start).Seconds(), stats.Sentences, stats.NonProjective, stats.Lifted, stats.Vocabulary, stats.Features, stats.Weights)
	var buf bytes.Buffer
	if err := p.Save(&buf, *scale); err != nil {
		return err
	}
	q, err := depparse.Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		return err
	}
	sc := q.Evaluate(dev)
	fmt.Fprintf(stdout, "saved model: %d bytes; dev (gold tags): UAS %.2f LAS %.2f excluding punct; UAS %.2f LAS %.2f all (%d words)\n",
		buf.Len(), sc.UAS(), sc.LAS(), sc.UASAll(), sc.LASAll(), sc.Words)
	if *out != "" {
		return os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	return nil
}
