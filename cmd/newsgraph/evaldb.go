package main

import (
	"context"
	"errors"
	"fmt"

	"newsgraph/eval"
	"newsgraph/graph"
)

// storePredictions reads, for each gold article, what the store holds of it:
// the events it is a source of and the people it mentions, as the graph has
// merged them across articles (canonical names, merged status, the most
// specific place). An article missing from the store predicts nothing and
// is reported in missing.
func storePredictions(ctx context.Context, st *graph.Store, gold []eval.Article) (pred []eval.Article, missing []string, err error) {
	placeName := func(id string) string {
		if id == "" {
			return ""
		}
		p, err := st.PlaceByID(ctx, id)
		if err != nil {
			return ""
		}
		return p.Name
	}
	names := map[string]string{} // person id → canonical name
	personName := func(id string) (string, error) {
		if n, ok := names[id]; ok {
			return n, nil
		}
		p, err := st.PersonByID(ctx, id)
		if err != nil {
			return "", err
		}
		names[id] = p.Name
		return p.Name, nil
	}
	for _, g := range gold {
		a := eval.Article{ID: g.ID, Published: g.Published}
		ok, err := st.HasArticle(ctx, g.ID)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			missing = append(missing, g.ID)
			pred = append(pred, a)
			continue
		}
		people, err := st.ArticlePeople(ctx, g.ID)
		if err != nil {
			return nil, nil, err
		}
		for _, p := range people {
			a.People = append(a.People, eval.Person{Name: p.Name, Mentions: p.Aliases})
		}
		events, err := st.ArticleEvents(ctx, g.ID)
		if err != nil {
			return nil, nil, err
		}
		for _, e := range events {
			pe := eval.Event{Type: e.Type, Status: e.Status, Date: e.Date, DateText: e.DateText}
			for _, id := range e.ParticipantIDs {
				n, err := personName(id)
				if err != nil && !errors.Is(err, graph.ErrNotFound) {
					return nil, nil, err
				}
				pe.Participants = append(pe.Participants, n)
			}
			if e.PlaceID != "" {
				if p, err := st.PlaceByID(ctx, e.PlaceID); err == nil {
					pe.Place, pe.PlaceCity, pe.PlaceCountry = p.Name, placeName(p.CityID), placeName(p.CountryID)
				}
			}
			a.Events = append(a.Events, pe)
		}
		pred = append(pred, a)
	}
	return pred, missing, ctx.Err()
}

// scoreStore opens the store at db and scores it against gold.
func scoreStore(ctx context.Context, db string, gold []eval.Article) (eval.Report, []string, error) {
	st, err := graph.Open(ctx, db, graph.Options{})
	if err != nil {
		return eval.Report{}, nil, err
	}
	defer st.Close()
	pred, missing, err := storePredictions(ctx, st, gold)
	if err != nil {
		return eval.Report{}, nil, fmt.Errorf("eval: read store: %w", err)
	}
	return eval.Score(gold, pred), missing, nil
}
