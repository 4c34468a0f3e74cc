package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"newsgraph/extract/ner"
)

// Default model files inside the embedded data.FS.
const (
	nerModelName = "models/ner.gz"
	posModelName = "models/pos.gz"
	// ewtTrain is the treebank, under --gazetteers, whose tag sets the POS tagger uses.
	ewtTrain = "ud-english-ewt/en_ewt-ud-train.conllu"
)

const nerUsage = `usage:
  newsgraph ner train --train FILE [--dev FILE] [-o MODEL] [--pos] [--gazetteers DIR] [--epochs N] [--seed N]
  newsgraph ner eval [--model MODEL] [--pos-model MODEL] FILE
  newsgraph ner tag [--model MODEL] < CONLL > CONLL

Files are CoNLL-2003 style: one token a line with space-separated columns
(the word first, the POS tag second, the entity tag last), a blank line
between sentences and -DOCSTART- lines between documents.

train   trains an entity tagger (or, with --pos, a part-of-speech tagger on
        the second column) and writes it to MODEL.
eval    tags FILE and prints entity precision, recall and F1 per type and
        overall as conlleval counts them, and POS accuracy when FILE has a
        POS column.
tag     reads CoNLL lines on stdin and writes them back with the predicted
        IOB2 tag appended as the last column.

Without --model the embedded models are used.
`

// runNER implements "newsgraph ner".
func runNER(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, fsys fs.FS) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, nerUsage)
		return fmt.Errorf("%w: ner needs a subcommand: train, eval or tag", errUsage)
	}
	switch args[0] {
	case "train":
		return runNERTrain(ctx, args[1:], stdout, stderr, fsys)
	case "eval":
		return runNEREval(args[1:], stdout, stderr, fsys)
	case "tag":
		return runNERTag(args[1:], stdin, stdout, stderr, fsys)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, nerUsage)
		return nil
	}
	fmt.Fprint(stderr, nerUsage)
	return fmt.Errorf("%w: unknown ner subcommand %q", errUsage, args[0])
}

func nerFlags(name string, stderr io.Writer) *flag.FlagSet {
	flags := flag.NewFlagSet("ner "+name, flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprint(stderr, nerUsage, "\nflags of ner ", name, ":\n")
		flags.PrintDefaults()
	}
	return flags
}

// parse parses args, and reports a usage error for bad flags.
func parse(flags *flag.FlagSet, args []string) error {
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

func runNERTrain(ctx context.Context, args []string, stdout, stderr io.Writer, fsys fs.FS) error {
	flags := nerFlags("train", stderr)
	trainFile := flags.String("train", "", "training `file` (required)")
	devFile := flags.String("dev", "", "development `file`: scores are printed after every other epoch")
	out := flags.String("o", "", "output model `file` (default ner.gz, or pos.gz with --pos)")
	pos := flags.Bool("pos", false, "train a part-of-speech tagger on the POS column")
	gazDir := flags.String("gazetteers", "", "shared data `dir` (geonames/, names/, countries/, ud-english-ewt/) to build the\ngazetteer and the POS lexicon from; by default those of the embedded models are reused")
	minGiven := flags.Int("min-given", 1000, "given names need this many recorded births to enter the gazetteer")
	epochs := flags.Int("epochs", 0, "training epochs (default 12 for entities, 10 for POS)")
	seed := flags.Uint64("seed", 1, "shuffling seed")
	minCount := flags.Int("min-count", 1, "drop features seen fewer times")
	extra := flags.String("extra", "", "POS: more training data, a CoNLL-U treebank `file` (XPOS column)")
	twoStage := flags.Bool("two-stage", true, "add a second stage that uses the first stage's labels: of the same word elsewhere\nin the document (entities), of the neighbouring words (POS)")
	if err := parse(flags, args); err != nil {
		return err
	}
	if *trainFile == "" || flags.NArg() > 0 {
		flags.Usage()
		return fmt.Errorf("%w: ner train needs --train FILE and no arguments", errUsage)
	}
	opts := ner.TrainOptions{Task: ner.NER, Epochs: *epochs, Seed: *seed, MinCount: *minCount, TwoStage: *twoStage, Log: stderr}
	if *pos {
		opts.Task = ner.POS
		if opts.Epochs == 0 {
			opts.Epochs = 10
		}
	} else if opts.Epochs == 0 {
		opts.Epochs = 12
	}
	if *out == "" {
		*out = string(opts.Task) + ".gz"
	}
	train, err := readCoNLLFile(*trainFile)
	if err != nil {
		return err
	}
	if *extra != "" {
		f, err := os.Open(*extra)
		if err != nil {
			return err
		}
		opts.Extra, err = ner.ReadCoNLLU(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("read %s: %w", *extra, err)
		}
	}
	if *devFile != "" {
		if opts.Dev, err = readCoNLLFile(*devFile); err != nil {
			return err
		}
	}
	{
		if *gazDir != "" {
			opts.Gazetteer, err = ner.BuildGazetteer(os.DirFS(*gazDir), *minGiven)
			if err != nil {
				return fmt.Errorf("gazetteers: %w", err)
			}
			if opts.Task == ner.POS {
				opts.Lexicon, err = ner.BuildLexicon(os.DirFS(*gazDir), ewtTrain)
				if err != nil {
					return fmt.Errorf("lexicon: %w", err)
				}
			}
		} else {
			m, err := ner.Load(fsys, nerModelName)
			if err != nil {
				return fmt.Errorf("reuse embedded gazetteer (or pass --gazetteers): %w", err)
			}
			opts.Gazetteer = m.Gazetteer()
			if opts.Task == ner.POS {
				pm, err := ner.Load(fsys, posModelName)
				if err != nil {
					return fmt.Errorf("reuse embedded lexicon (or pass --gazetteers): %w", err)
				}
				opts.Lexicon = pm.Lexicon()
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	m, err := ner.Train(train, opts)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	if err := m.Save(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	if len(opts.Dev) > 0 {
		printScores(stdout, m.Evaluate(opts.Dev), opts.Task)
	}
	fmt.Fprintf(stderr, "wrote %s\n", *out)
	return nil
}

func readCoNLLFile(name string) ([]ner.Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return docs, nil
}

// loadModel loads the model at path, or the embedded one when path is "".
func loadModel(fsys fs.FS, path, embedded string) (*ner.Model, error) {
	if path == "" {
		return ner.Load(fsys, embedded)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Decode(f)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return m, nil
}

func runNEREval(args []string, stdout, stderr io.Writer, fsys fs.FS) error {
	flags := nerFlags("eval", stderr)
	model := flags.String("model", "", "entity model `file` (default: embedded)")
	posModel := flags.String("pos-model", "", "POS model `file` (default: embedded)")
	if err := parse(flags, args); err != nil {
		return err
	}
	if flags.NArg() != 1 {
		flags.Usage()
		return fmt.Errorf("%w: ner eval needs one FILE", errUsage)
	}
	docs, err := readCoNLLFile(flags.Arg(0))
	if err != nil {
		return err
	}
	m, err := loadModel(fsys, *model, nerModelName)
	if err != nil {
		return err
	}
	printScores(stdout, m.Evaluate(docs), m.Task())
	if m.Task() == ner.POS || !hasPOS(docs) {
		return nil
	}
	pm, err := loadModel(fsys, *posModel, posModelName)
	if err != nil {
		return err
	}
	printScores(stdout, pm.Evaluate(docs), pm.Task())
	return nil
}

func hasPOS(docs []ner.Document) bool {
	for _, d := range docs {
		for _, s := range d.Sentences {
			if len(s.POS) > 0 {
				return true
			}
		}
	}
	return false
}

func printScores(w io.Writer, sc ner.Scores, task ner.Task) {
	if task == ner.POS {
		fmt.Fprintf(w, "POS accuracy: %.2f%% (%d of %d tokens)\n", sc.Accuracy(), sc.Same, sc.Tokens)
		return
	}
	fmt.Fprintf(w, "processed %d tokens with %d phrases; found: %d phrases; correct: %d.\n",
		sc.Tokens, sc.Overall.Gold, sc.Overall.Pred, sc.Overall.Correct)
	fmt.Fprintf(w, "%-8s %9s %9s %9s %7s %7s %7s\n", "type", "precision", "recall", "F1", "gold", "found", "correct")
	row := func(name string, c ner.Counts) {
		fmt.Fprintf(w, "%-8s %9.2f %9.2f %9.2f %7d %7d %7d\n", name, c.Precision(), c.Recall(), c.F1(), c.Gold, c.Pred, c.Correct)
	}
	types := make([]string, 0, len(sc.Types))
	for t := range sc.Types {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		row(t, sc.Types[t])
	}
	row("overall", sc.Overall)
	fmt.Fprintf(w, "accuracy %.2f%%\n", sc.Accuracy())
}

func runNERTag(args []string, stdin io.Reader, stdout, stderr io.Writer, fsys fs.FS) error {
	flags := nerFlags("tag", stderr)
	model := flags.String("model", "", "model `file` (default: the embedded entity model)")
	if err := parse(flags, args); err != nil {
		return err
	}
	if flags.NArg() != 0 {
		flags.Usage()
		return fmt.Errorf("%w: ner tag reads stdin and takes no arguments", errUsage)
	}
	m, err := loadModel(fsys, *model, nerModelName)
	if err != nil {
		return err
	}
	docs, err := ner.ReadCoNLL(stdin)
	if err != nil {
		return fmt.Errorf("read stdin: %w", err)
	}
	bw := bufio.NewWriter(stdout)
	for _, d := range docs {
		if d.Start != "" {
			fmt.Fprintf(bw, "%s\n\n", d.Start)
		}
		tags := m.Tag(d.Words())
		for i, s := range d.Sentences {
			for j, line := range s.Lines {
				fmt.Fprintf(bw, "%s %s\n", line, tags[i][j])
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}
