package main

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestRunEvalSeeds(t *testing.T) {
	var out strings.Builder
	err := runEval(context.Background(), []string{"--gold", "../../eval/testdata/seeds", "--misses=false"}, &out, os.DirFS("../../data"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"000_236028db1816eb05", "ALL", "pairs: tp"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("runEval output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunEvalNeedsGold(t *testing.T) {
	var out strings.Builder
	if err := runEval(context.Background(), nil, &out, os.DirFS("../../data")); err == nil {
		t.Error("runEval without --gold: no error")
	}
	if !strings.Contains(out.String(), "usage: newsgraph eval") {
		t.Errorf("runEval without --gold printed no usage:\n%s", out.String())
	}
}

func TestRunEvalOnly(t *testing.T) {
	var out strings.Builder
	err := runEval(context.Background(), []string{"--gold", "../../eval/testdata/seeds", "--only", "002_", "--misses=false"}, &out, os.DirFS("../../data"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "002_578d5292960bc636") || strings.Contains(out.String(), "000_236028db1816eb05") {
		t.Errorf("runEval --only 002_ scored other articles or not 002:\n%s", out.String())
	}
	if err := runEval(context.Background(), []string{"--gold", "../../eval/testdata/seeds", "--only", "nothing"}, &out, os.DirFS("../../data")); err == nil {
		t.Error("runEval --only with no match: no error")
	}
}
