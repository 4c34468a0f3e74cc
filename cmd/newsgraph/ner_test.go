package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// nerData is the repository's data directory, as data.FS embeds it.
var nerData = os.DirFS("../../data")

const conllSample = `-DOCSTART- -X- -X- O

US NNP B-NP B-LOC
President NNP I-NP O
Donald NNP I-NP B-PER
Trump NNP I-NP I-PER
visited VBD B-VP O
Saudi NNP B-NP B-LOC
Arabia NNP I-NP I-LOC
. . O O

The DT B-NP O
Kremlin NNP I-NP B-ORG
said VBD B-VP O
so RB B-ADVP O
. . O O
`

func TestNERTag(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("Vladimir\nPutin\nmet\nDonald\nTrump\nin\nMoscow\n.\n")
	if err := runNER(context.Background(), []string{"tag"}, in, &out, &errb, nerData); err != nil {
		t.Fatalf("ner tag: %v (%s)", err, errb.String())
	}
	want := "Vladimir B-PER\nPutin I-PER\nmet O\nDonald B-PER\nTrump I-PER\nin O\nMoscow B-LOC\n. O\n\n"
	if got := out.String(); got != want {
		t.Errorf("ner tag output:\n%s\nwant:\n%s", got, want)
	}
}

func TestNEREval(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sample.txt")
	if err := os.WriteFile(path, []byte(conllSample), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := runNER(context.Background(), []string{"eval", path}, nil, &out, &errb, nerData); err != nil {
		t.Fatalf("ner eval: %v (%s)", err, errb.String())
	}
	for _, want := range []string{"overall", "PER", "LOC", "precision", "POS accuracy"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("ner eval output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestNERTrain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "train.txt")
	if err := os.WriteFile(path, []byte(conllSample), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, extra := range [][]string{nil, {"--pos"}} {
		model := filepath.Join(dir, "m.gz")
		args := append([]string{"train", "--train", path, "--dev", path, "--epochs", "3", "-o", model}, extra...)
		var out, errb bytes.Buffer
		if err := runNER(context.Background(), args, nil, &out, &errb, nerData); err != nil {
			t.Fatalf("ner %q: %v (%s)", args, err, errb.String())
		}
		first, err := os.ReadFile(model)
		if err != nil {
			t.Fatal(err)
		}
		// Same data and seed, same bytes.
		if err := runNER(context.Background(), args, nil, &out, &errb, nerData); err != nil {
			t.Fatal(err)
		}
		second, _ := os.ReadFile(model)
		if !bytes.Equal(first, second) {
			t.Errorf("ner %q: two runs wrote different models", args)
		}
		out.Reset()
		if err := runNER(context.Background(), []string{"eval", "--model", model, path}, nil, &out, &errb, nerData); err != nil {
			t.Fatalf("eval of trained model: %v", err)
		}
	}
}

func TestNERUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"eval"}, {"train"}, {"tag", "extra"}, {"eval", "--bogus", "x"}} {
		var out, errb bytes.Buffer
		err := runNER(context.Background(), args, strings.NewReader(""), &out, &errb, nerData)
		if !errors.Is(err, errUsage) {
			t.Errorf("ner %q: error %v, want a usage error", args, err)
		}
	}
	var out, errb bytes.Buffer
	if err := runNER(context.Background(), []string{"tag", "-h"}, nil, &out, &errb, nerData); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("ner tag -h: error %v, want flag.ErrHelp", err)
	}
	if !strings.Contains(errb.String(), "ner tag") {
		t.Errorf("ner tag -h printed %q, want usage", errb.String())
	}
}
