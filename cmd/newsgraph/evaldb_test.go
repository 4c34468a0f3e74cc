package main

import (
	"context"
	"os"
	"reflect"
	"testing"

	"newsgraph/corpus"
	"newsgraph/data"
	"newsgraph/eval"
	"newsgraph/graph"
	"newsgraph/pipeline"
)

// Scoring the store must give what scoring the pipeline gives on the same
// articles: the graph loses nothing of the extraction that the metric reads.
func TestEvalStoreMatchesPipeline(t *testing.T) {
	ctx := context.Background()
	const dir = "../../eval/testdata/seeds"
	gold, err := eval.LoadGold(os.DirFS(dir), ".")
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(data.FS)
	if err != nil {
		t.Fatal(err)
	}
	want, err := eval.Predict(p, os.DirFS(dir), ".", gold)
	if err != nil {
		t.Fatal(err)
	}
	st, err := graph.Open(ctx, "memory:", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := ingest(ctx, st, p, corpus.Articles(dir), ingestOptions{Jobs: 2}); err != nil {
		t.Fatal(err)
	}
	pred, missing, err := storePredictions(ctx, st, gold)
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		t.Fatalf("articles missing from the store: %v", missing)
	}
	got, wantRep := eval.Score(gold, pred).Total, eval.Score(gold, want).Total
	if !reflect.DeepEqual(got, wantRep) {
		t.Errorf("store scores %+v, pipeline scores %+v", got, wantRep)
	}
	if got.PairTP == 0 {
		t.Errorf("store predicted no gold pair: %+v", got)
	}
}
