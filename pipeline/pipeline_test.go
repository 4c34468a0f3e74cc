package pipeline

import (
	"os"
	"strings"
	"testing"
	"time"

	"newsgraph/extract"
)

func TestNewRuns(t *testing.T) {
	p, err := New(os.DirFS("../data"))
	if err != nil {
		t.Fatal(err)
	}
	text := "US President Donald Trump met Russian President Vladimir Putin in Moscow on Thursday.\nTrump said the talks went well."
	d, err := p.Run(extract.Article{ID: "x", Text: text, Published: time.Date(2025, 3, 16, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 {
		t.Fatalf("Run: %d events, want 1: %+v", len(d.Events), d.Events)
	}
	var names []string
	for _, i := range d.Events[0].Participants {
		names = append(names, d.Entities[i].Name)
	}
	if got, want := strings.Join(names, "+"), "Donald Trump+Vladimir Putin"; got != want {
		t.Errorf("participants = %s, want %s", got, want)
	}
}
