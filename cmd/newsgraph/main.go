package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"newsgraph/data"
)

//go:embed doc.go
var docGo string

// usage is the package comment of doc.go, as plain text.
func usage() string {
	s := docGo[strings.Index(docGo, "/*")+2 : strings.Index(docGo, "*/")]
	return strings.TrimSpace(strings.ReplaceAll(s, "\n\t", "\n    ")) + "\n"
}

// errSkipped marks a run that finished but skipped some inputs.
var errSkipped = errors.New("some inputs were skipped")

// errUsage marks a command-line mistake; the message says what is wrong.
var errUsage = errors.New("usage")

// streams are the process's standard files, passed down so that commands can be tested.
type streams struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := run(ctx, os.Args[1:], streams{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr})
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errSkipped):
		fmt.Fprintf(os.Stderr, "newsgraph: %v\n", err)
		os.Exit(3)
	case errors.Is(err, errUsage):
		fmt.Fprintf(os.Stderr, "newsgraph: %v\n", err)
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "newsgraph: %v\n", err)
		os.Exit(1)
	}
}

// run dispatches to the subcommand named by args[0].
func run(ctx context.Context, args []string, io streams) error {
	if len(args) == 0 {
		fmt.Fprint(io.stderr, usage())
		return fmt.Errorf("%w: no command given", errUsage)
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, io)
	case "ingest":
		return runIngest(ctx, rest, io)
	case "bench":
		return runBench(ctx, rest, io)
	case "query":
		return runQuery(ctx, rest, io)
	case "export":
		return runExportCmd(ctx, rest, io)
	case "eval":
		return runEval(ctx, rest, io.stdout, data.FS)
	case "ner":
		return runNER(ctx, rest, io.stdin, io.stdout, io.stderr, data.FS)
	case "version":
		fmt.Fprintln(io.stdout, "newsgraph", version)
		return nil
	case "help", "-h", "-help", "--help":
		fmt.Fprint(io.stdout, usage())
		return nil
	}
	fmt.Fprint(io.stderr, usage())
	return fmt.Errorf("%w: unknown command %q", errUsage, cmd)
}

const version = "0.1.0"

// newFlags returns a FlagSet whose -h prints synopsis, the flags and more.
func newFlags(name, synopsis, more string, stderr io.Writer) *flag.FlagSet {
	flags := flag.NewFlagSet(name, flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() {
		fmt.Fprintf(stderr, "usage: newsgraph %s\n\n", synopsis)
		flags.PrintDefaults()
		if more != "" {
			fmt.Fprintf(stderr, "\n%s\n", strings.TrimSpace(more))
		}
	}
	return flags
}

// parseFlags parses args, turning flag errors into usage errors.
func parseFlags(flags *flag.FlagSet, args []string) error {
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %s: %v", errUsage, flags.Name(), err)
	}
	return nil
}
