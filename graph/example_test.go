package graph_test

import (
	"context"
	"fmt"

	"newsgraph/graph"
	"newsgraph/graph/graphtest"
)

func ExampleStore_Encounters() {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory:", graph.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	if err := s.WriteDocs(ctx, graphtest.Corpus()); err != nil {
		fmt.Println(err)
		return
	}
	putin, err := s.Person(ctx, "putin")
	if err != nil {
		fmt.Println(err)
		return
	}
	encs, _ := s.Encounters(ctx, putin.ID)
	for _, enc := range encs {
		other, _ := s.PersonByID(ctx, enc.PersonID)
		fmt.Printf("%s met %s: %d events\n", putin.Name, other.Name, enc.Count)
		for _, e := range enc.Events {
			where := ""
			if p, err := s.PlaceByID(ctx, e.PlaceID); err == nil {
				where = " in " + p.Name
			}
			fmt.Printf("  %s %s %q%s\n", e.Type, e.Status, e.Date, where)
		}
	}
	// Output:
	// Vladimir Putin met Donald Trump: 3 events
	//   call occurred "2025-03-18"
	//   meeting planned ""
	//   call occurred ""
	// Vladimir Putin met Steve Witkoff: 1 events
	//   meeting occurred "2025-03-13" in the Kremlin
}
