package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"newsgraph/graph"
	"newsgraph/schema"
)

// runExportCmd opens the store named by --db and hands the rest of args to runExport.
func runExportCmd(ctx context.Context, args []string, io streams) error {
	db, rest, err := splitDBFlag(args)
	if err != nil {
		return err
	}
	st, err := graph.Open(ctx, db, graph.Options{})
	if err != nil {
		return err
	}
	defer st.Close()
	sch, err := schema.New(st)
	if err != nil {
		return err
	}
	return runExport(ctx, rest, io.stdout, sch, func(w ioWriter) error { return st.WriteNQuads(ctx, w) })
}

type ioWriter = io.Writer

// splitDBFlag removes "--db VALUE" or "--db=VALUE" from args.
func splitDBFlag(args []string) (db string, rest []string, err error) {
	db = defaultDB
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "db" {
			rest = append(rest, a)
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				return "", nil, fmt.Errorf("%w: --db needs a value", errUsage)
			}
			i++
			val = args[i]
		}
		db = val
	}
	return db, rest, nil
}
