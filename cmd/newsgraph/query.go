package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/graphql-go/graphql"
)

// varFlags collects repeated --var name=value flags.
type varFlags map[string]any

func (v varFlags) String() string { return fmt.Sprint(map[string]any(v)) }

// Set parses name=value. A value that reads as JSON (a number, true, false,
// null, an object or a list) is passed as such; anything else is a string.
func (v varFlags) Set(s string) error {
	name, val, ok := strings.Cut(s, "=")
	if !ok || name == "" {
		return fmt.Errorf("want name=value, got %q", s)
	}
	var j any
	if err := json.Unmarshal([]byte(val), &j); err == nil {
		if _, isString := j.(string); !isString {
			v[name] = j
			return nil
		}
	}
	if n, err := strconv.Atoi(val); err == nil {
		v[name] = n
		return nil
	}
	v[name] = val
	return nil
}

var errGraphQL = errors.New("the query had errors")

func runQuery(ctx context.Context, args []string, io streams) error {
	flags := newFlags("query", "query [--db PATH|URL] [-f FILE] [--var name=value]... [QUERY]",
		`Runs one GraphQL query against the store and prints the JSON response.
The exit status is 1 if the response has errors.

Examples:
  newsgraph query '{ person(name: "Putin") { name met { person { name } count } } }'
  newsgraph query -f q.graphql --var from=2025-03-01 --var to=2025-03-31 --var type=CALL`, io.stderr)
	db := flags.String("db", defaultDB, "store: a Bolt file path, or a postgres:// URL")
	file := flags.String("f", "", "read the query from `FILE` (- for standard input)")
	op := flags.String("operation", "", "operation to run when the query document has several")
	vars := varFlags{}
	flags.Var(vars, "var", "a query variable as `name=value` (repeatable)")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	var query string
	switch {
	case *file == "-":
		b, err := readAllLimit(io.stdin, 1<<20)
		if err != nil {
			return fmt.Errorf("query: stdin: %w", err)
		}
		query = string(b)
	case *file != "":
		b, err := os.ReadFile(*file)
		if err != nil {
			return fmt.Errorf("query: %w", err)
		}
		query = string(b)
	case flags.NArg() == 1:
		query = flags.Arg(0)
	default:
		flags.Usage()
		return fmt.Errorf("%w: query: give one QUERY argument or -f FILE", errUsage)
	}
	if _, err := os.Stat(*db); err != nil && !strings.Contains(*db, "://") {
		return fmt.Errorf("query: no store at %s (run newsgraph ingest or serve first, or pass --db)", *db)
	}
	st, sch, err := openSchema(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	res := graphql.Do(graphql.Params{Schema: sch, RequestString: query, VariableValues: vars, OperationName: *op, Context: ctx})
	enc := json.NewEncoder(io.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(res); err != nil {
		return err
	}
	if res.HasErrors() {
		return fmt.Errorf("%w: %s", errGraphQL, res.Errors[0].Message)
	}
	return nil
}
