package schema

import (
	"errors"

	"github.com/graphql-go/graphql"

	"newsgraph/graph"
)

// objects makes the object types. Their fields are thunks, since the types
// refer to each other.
func (b *builder) objects() {
	b.person = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Person",
		Description: "A person, merged across articles by canonical name.",
		Fields:      graphql.FieldsThunk(b.personFields),
	})
	b.event = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Event",
		Description: "A meeting or call between people, merged across the articles that report it.",
		Fields:      graphql.FieldsThunk(b.eventFields),
	})
	b.place = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Place",
		Description: "A country, region, city or venue.",
		Fields:      graphql.FieldsThunk(b.placeFields),
	})
	b.article = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Article",
		Description: "A news article.",
		Fields:      graphql.FieldsThunk(b.articleFields),
	})
	b.evidence = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "A sentence of an article that states an event, with its byte offsets in the article text.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"article": field(nonNull(b.article), "", func(p graphql.ResolveParams) (any, error) {
					return b.s.Article(p.Context, p.Source.(graph.Evidence).ArticleID)
				}),
				"sentence": field(nonNull(graphql.String), "", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Evidence).Sentence, nil
				}),
				"start": field(nonNull(graphql.Int), "Byte offset of the sentence.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Evidence).Start, nil
				}),
				"end": field(nonNull(graphql.Int), "Byte offset just past the sentence.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Evidence).End, nil
				}),
				"status": field(b.eventStatus, "The status this article gives the event.", func(p graphql.ResolveParams) (any, error) {
					return nonEmpty(p.Source.(graph.Evidence).Status), nil
				}),
			}
		}),
	})
	b.encounter = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Encounter",
		Description: "The events a person shares with one counterpart.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"person": field(nonNull(b.person), "The counterpart.", func(p graphql.ResolveParams) (any, error) {
					return b.s.PersonByID(p.Context, p.Source.(graph.Encounter).PersonID)
				}),
				"count": field(nonNull(graphql.Int), "Number of shared events.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Encounter).Count, nil
				}),
				"first": field(b.date, "Date of the earliest dated event.", func(p graphql.ResolveParams) (any, error) {
					return nonEmpty(p.Source.(graph.Encounter).First), nil
				}),
				"last": field(b.date, "Date of the latest dated event.", func(p graphql.ResolveParams) (any, error) {
					return nonEmpty(p.Source.(graph.Encounter).Last), nil
				}),
				"events": {
					Type:        listOf(b.event),
					Description: "Ordered by date, undated events last. `first` keeps the earliest only.",
					Args:        graphql.FieldConfigArgument{"first": {Type: graphql.Int, Description: "At most this many events (all if absent)."}},
					Resolve: func(p graphql.ResolveParams) (any, error) {
						return limit(p.Source.(graph.Encounter).Events, p.Args)
					},
				},
			}
		}),
	})
	b.role = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "A title an article gives a person.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"title": field(nonNull(graphql.String), "", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Role).Title, nil
				}),
				"article": field(nonNull(b.article), "", func(p graphql.ResolveParams) (any, error) {
					return b.s.Article(p.Context, p.Source.(graph.Role).ArticleID)
				}),
			}
		}),
	})
	b.merge = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Merge",
		Description: "An alias linked to a person on indirect evidence, for review.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"alias": field(nonNull(graphql.String), "", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Merge).Alias, nil
				}),
				"reason": field(nonNull(graphql.String), "", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Merge).Reason, nil
				}),
				"confidence": field(nonNull(graphql.Float), "From 0 to 1.", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Merge).Confidence, nil
				}),
				"article": field(b.article, "", func(p graphql.ResolveParams) (any, error) {
					return orNull(b.s.Article(p.Context, p.Source.(graph.Merge).ArticleID))
				}),
			}
		}),
	})
	b.hop = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Hop",
		Description: "One link of a chain: two people and the events they share.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"from": field(nonNull(b.person), "", func(p graphql.ResolveParams) (any, error) {
					return b.s.PersonByID(p.Context, p.Source.(graph.Hop).From)
				}),
				"to": field(nonNull(b.person), "", func(p graphql.ResolveParams) (any, error) {
					return b.s.PersonByID(p.Context, p.Source.(graph.Hop).To)
				}),
				"events": field(listOf(b.event), "", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Hop).Events, nil
				}),
			}
		}),
	})
	b.chain = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Chain",
		Description: "A shortest sequence of encounters between two people.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"people": field(listOf(b.person), "From the first person to the last.", func(p graphql.ResolveParams) (any, error) {
					return b.people(p, p.Source.(graph.Chain).PersonIDs)
				}),
				"hops": field(listOf(b.hop), "", func(p graphql.ResolveParams) (any, error) {
					return p.Source.(graph.Chain).Hops, nil
				}),
				"length": field(nonNull(graphql.Int), "Number of hops.", func(p graphql.ResolveParams) (any, error) {
					return len(p.Source.(graph.Chain).Hops), nil
				}),
			}
		}),
	})
	b.personConn = b.connectionType("Person", b.person)
	b.eventConn = b.connectionType("Event", b.event)
	b.placeConn = b.connectionType("Place", b.place)
	b.articleConn = b.connectionType("Article", b.article)
}

// people returns the people with the given ids.
func (b *builder) people(p graphql.ResolveParams, ids []string) ([]graph.Person, error) {
	out := make([]graph.Person, 0, len(ids))
	for _, id := range ids {
		x, err := b.s.PersonByID(p.Context, id)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// placeRef resolves an optional place id.
func (b *builder) placeRef(p graphql.ResolveParams, id string) (any, error) {
	if id == "" {
		return nil, nil
	}
	return orNull(b.s.PlaceByID(p.Context, id))
}

func (b *builder) personFields() graphql.Fields {
	src := func(p graphql.ResolveParams) graph.Person { return p.Source.(graph.Person) }
	return graphql.Fields{
		"id": field(nonNull(graphql.ID), "", func(p graphql.ResolveParams) (any, error) { return src(p).ID, nil }),
		"name": field(nonNull(graphql.String), "Canonical name.", func(p graphql.ResolveParams) (any, error) {
			return src(p).Name, nil
		}),
		"aliases": field(listOf(graphql.String), "Every other name the articles use.", func(p graphql.ResolveParams) (any, error) {
			return append([]string{}, src(p).Aliases...), nil
		}),
		"roles": field(listOf(b.role), "Titles, with the article that gives each.", func(p graphql.ResolveParams) (any, error) {
			return b.s.Roles(p.Context, src(p).ID)
		}),
		"country": field(b.place, "Nationality or affiliation.", func(p graphql.ResolveParams) (any, error) {
			return b.placeRef(p, src(p).CountryID)
		}),
		"met": {
			Type:        listOf(b.encounter),
			Description: "Everyone this person shares an event with (meetings and calls, any status); most frequent first. `first` keeps the most frequent counterparts only.",
			Args:        graphql.FieldConfigArgument{"first": {Type: graphql.Int, Description: "At most this many counterparts (all if absent)."}},
			Resolve: func(p graphql.ResolveParams) (any, error) {
				encs, err := b.s.Encounters(p.Context, src(p).ID)
				if err != nil {
					return nil, err
				}
				return limit(encs, p.Args)
			},
		},
		"events": {
			Type: nonNull(b.eventConn), Args: b.eventArgs("participant"),
			Resolve: func(p graphql.ResolveParams) (any, error) {
				f := eventFilter(p.Args)
				f.ParticipantID = src(p).ID
				return b.events(p, f)
			},
		},
		"articles": field(listOf(b.article), "Articles that mention this person, by date.", func(p graphql.ResolveParams) (any, error) {
			return b.s.PersonArticles(p.Context, src(p).ID)
		}),
		"merges": field(listOf(b.merge), "Aliases linked on indirect evidence.", func(p graphql.ResolveParams) (any, error) {
			return b.s.Merges(p.Context, src(p).ID)
		}),
	}
}

func (b *builder) eventFields() graphql.Fields {
	src := func(p graphql.ResolveParams) graph.Event { return p.Source.(graph.Event) }
	return graphql.Fields{
		"id":     field(nonNull(graphql.ID), "", func(p graphql.ResolveParams) (any, error) { return src(p).ID, nil }),
		"type":   field(nonNull(b.eventType), "", func(p graphql.ResolveParams) (any, error) { return src(p).Type, nil }),
		"status": field(nonNull(b.eventStatus), "", func(p graphql.ResolveParams) (any, error) { return src(p).Status, nil }),
		"date": field(b.date, "At the precision the sources give; null if none does.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).Date), nil
		}),
		"datePrecision": field(graphql.String, "day, month or year; null if undated.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).DatePrecision()), nil
		}),
		"dateText": field(graphql.String, "The words that gave the date in one source.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).DateText), nil
		}),
		"time": field(graphql.String, "Time of day and zone, where given.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).Time), nil
		}),
		"place": field(b.place, "The most specific place the sources give.", func(p graphql.ResolveParams) (any, error) {
			return b.placeRef(p, src(p).PlaceID)
		}),
		"participants": field(listOf(b.person), "", func(p graphql.ResolveParams) (any, error) {
			return b.people(p, src(p).ParticipantIDs)
		}),
		"sources": field(listOf(b.evidence), "The sentences that state the event.", func(p graphql.ResolveParams) (any, error) {
			return b.s.Evidence(p.Context, src(p).ID)
		}),
		"sourceCount": field(nonNull(graphql.Int), "The number of sentences that state the event.", func(p graphql.ResolveParams) (any, error) {
			return src(p).SourceCount, nil
		}),
		"articleCount": field(nonNull(graphql.Int), "The number of articles that report the event.", func(p graphql.ResolveParams) (any, error) {
			return src(p).ArticleCount, nil
		}),
		"independentSources": field(nonNull(graphql.Int), "The number of independent sources: outlets among the reporting articles, an article without an outlet counting on its own.", func(p graphql.ResolveParams) (any, error) {
			return src(p).IndependentSources, nil
		}),
		"firstReported": field(b.date, "The earliest publication date of the articles that report the event.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).FirstReported), nil
		}),
		"occurredAs": field(listOf(b.event), "For a planned event: the events that report it happened (same type and participants, a compatible date).", func(p graphql.ResolveParams) (any, error) {
			return b.eventsByID(p, src(p).OccurredAs)
		}),
		"plannedAs": field(listOf(b.event), "For an event that occurred: the earlier reports that planned it.", func(p graphql.ResolveParams) (any, error) {
			return b.eventsByID(p, src(p).PlannedAs)
		}),
	}
}

// eventsByID resolves event ids.
func (b *builder) eventsByID(p graphql.ResolveParams, ids []string) ([]graph.Event, error) {
	out := make([]graph.Event, 0, len(ids))
	for _, id := range ids {
		x, err := b.s.Event(p.Context, id)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

func (b *builder) placeFields() graphql.Fields {
	src := func(p graphql.ResolveParams) graph.Place { return p.Source.(graph.Place) }
	return graphql.Fields{
		"id":   field(nonNull(graphql.ID), "", func(p graphql.ResolveParams) (any, error) { return src(p).ID, nil }),
		"name": field(nonNull(graphql.String), "", func(p graphql.ResolveParams) (any, error) { return src(p).Name, nil }),
		"kind": field(graphql.String, "country, region, city or venue.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).Kind), nil
		}),
		"geonamesId": field(graphql.Int, "", func(p graphql.ResolveParams) (any, error) {
			if id := src(p).GeoID; id != 0 {
				return id, nil
			}
			return nil, nil
		}),
		"city": field(b.place, "For venues, the city they are in.", func(p graphql.ResolveParams) (any, error) {
			return b.placeRef(p, src(p).CityID)
		}),
		"country": field(b.place, "", func(p graphql.ResolveParams) (any, error) {
			return b.placeRef(p, src(p).CountryID)
		}),
		"countryCode": field(graphql.String, "ISO 3166-1 alpha-2, for countries.", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).CountryCode), nil
		}),
		"region": field(graphql.String, "", func(p graphql.ResolveParams) (any, error) { return nonEmpty(src(p).Region), nil }),
		"latitude": field(graphql.Float, "", func(p graphql.ResolveParams) (any, error) {
			if x := src(p); x.HasCoordinates {
				return x.Latitude, nil
			}
			return nil, nil
		}),
		"longitude": field(graphql.Float, "", func(p graphql.ResolveParams) (any, error) {
			if x := src(p); x.HasCoordinates {
				return x.Longitude, nil
			}
			return nil, nil
		}),
		"population": field(graphql.Int, "", func(p graphql.ResolveParams) (any, error) {
			if n := src(p).Population; n > 0 {
				return n, nil
			}
			return nil, nil
		}),
		"events": {
			Type: nonNull(b.eventConn), Args: b.eventArgs("place"),
			Description: "Events here or at any place within.",
			Resolve: func(p graphql.ResolveParams) (any, error) {
				f := eventFilter(p.Args)
				f.PlaceID = src(p).ID
				return b.events(p, f)
			},
		},
	}
}

func (b *builder) articleFields() graphql.Fields {
	src := func(p graphql.ResolveParams) graph.Article { return p.Source.(graph.Article) }
	return graphql.Fields{
		"id":    field(nonNull(graphql.ID), "", func(p graphql.ResolveParams) (any, error) { return src(p).ID, nil }),
		"url":   field(graphql.String, "", func(p graphql.ResolveParams) (any, error) { return nonEmpty(src(p).URL), nil }),
		"title": field(graphql.String, "", func(p graphql.ResolveParams) (any, error) { return nonEmpty(src(p).Title), nil }),
		"published": field(b.date, "", func(p graphql.ResolveParams) (any, error) {
			return nonEmpty(src(p).Published), nil
		}),
		"outlet": field(graphql.String, "", func(p graphql.ResolveParams) (any, error) { return nonEmpty(src(p).Outlet), nil }),
		"events": field(listOf(b.event), "Events the article reports, by date.", func(p graphql.ResolveParams) (any, error) {
			return b.s.ArticleEvents(p.Context, src(p).ID)
		}),
		"people": field(listOf(b.person), "People the article mentions, by name.", func(p graphql.ResolveParams) (any, error) {
			return b.s.ArticlePeople(p.Context, src(p).ID)
		}),
	}
}

// query returns the root Query type.
func (b *builder) query() *graphql.Object {
	b.objects()
	return graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"person": {
				Type: b.person, Description: "A person by full name, alias or unique surname; case and accents do not matter.",
				Args: graphql.FieldConfigArgument{"name": {Type: nonNull(graphql.String)}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return orNull(b.s.Person(p.Context, str(p, "name")))
				},
			},
			"people": {
				Type: nonNull(b.personConn), Description: "People by name, optionally those whose name contains search.",
				Args: pageArgs(graphql.FieldConfigArgument{"search": {Type: graphql.String}}),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					pr, first, err := pageRequest("person", p.Args)
					if err != nil {
						return nil, err
					}
					page, err := b.s.People(p.Context, str(p, "search"), pr)
					if err != nil {
						return nil, err
					}
					return connectionOf("person", page, first), nil
				},
			},
			"events": {
				Type: nonNull(b.eventConn), Description: "Events by date (undated last), then id.",
				Args: b.eventArgs(),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return b.events(p, eventFilter(p.Args))
				},
			},
			"event": {
				Type: b.event,
				Args: graphql.FieldConfigArgument{"id": {Type: nonNull(graphql.ID)}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return orNull(b.s.Event(p.Context, str(p, "id")))
				},
			},
			"place": {
				Type: b.place, Description: "A place by name; the most populous if several share it.",
				Args: graphql.FieldConfigArgument{"name": {Type: nonNull(graphql.String)}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return orNull(b.s.Place(p.Context, str(p, "name")))
				},
			},
			"places": {
				Type: nonNull(b.placeConn), Description: "Places by name, optionally matching search and within a circle.",
				Args: pageArgs(graphql.FieldConfigArgument{"search": {Type: graphql.String}, "near": {Type: b.near}}),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					pr, first, err := pageRequest("place", p.Args)
					if err != nil {
						return nil, err
					}
					q := graph.PlaceQuery{Search: str(p, "search")}
					if n, ok := p.Args["near"].(map[string]any); ok {
						lat, _ := n["latitude"].(float64)
						lon, _ := n["longitude"].(float64)
						km, _ := n["km"].(float64)
						q.Near = &graph.Near{Latitude: lat, Longitude: lon, Km: km}
					}
					page, err := b.s.Places(p.Context, q, pr)
					if err != nil {
						return nil, err
					}
					return connectionOf("place", page, first), nil
				},
			},
			"article": {
				Type: b.article,
				Args: graphql.FieldConfigArgument{"id": {Type: nonNull(graphql.ID)}},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					return orNull(b.s.Article(p.Context, str(p, "id")))
				},
			},
			"articles": {
				Type: nonNull(b.articleConn), Description: "Articles by publication date, then id.",
				Args: pageArgs(nil),
				Resolve: func(p graphql.ResolveParams) (any, error) {
					pr, first, err := pageRequest("article", p.Args)
					if err != nil {
						return nil, err
					}
					page, err := b.s.Articles(p.Context, pr)
					if err != nil {
						return nil, err
					}
					return connectionOf("article", page, first), nil
				},
			},
			"connections": {
				Type: listOf(b.chain),
				Description: "The shortest chains of encounters from one person to another, each hop with its events. " +
					"after and before bound the events' dates; with timeOrdered, each hop is no earlier than the previous one.",
				Args: graphql.FieldConfigArgument{
					"from":        {Type: nonNull(graphql.String)},
					"to":          {Type: nonNull(graphql.String)},
					"maxHops":     {Type: graphql.Int, Description: "Default 3, at most 6."},
					"after":       {Type: b.date},
					"before":      {Type: b.date},
					"timeOrdered": {Type: graphql.Boolean},
				},
				Resolve: func(p graphql.ResolveParams) (any, error) {
					q := graph.ConnectionQuery{From: str(p, "from"), To: str(p, "to"), After: str(p, "after"), Before: str(p, "before")}
					q.MaxHops, _ = p.Args["maxHops"].(int)
					q.TimeOrdered, _ = p.Args["timeOrdered"].(bool)
					chains, err := b.s.Connections(p.Context, q)
					if err != nil && (errors.Is(err, graph.ErrNotFound)) {
						return []graph.Chain{}, nil
					}
					return chains, err
				},
			},
		},
	})
}

// limit keeps the first args["first"] items of l, all if the argument is absent.
func limit[T any](l []T, args map[string]any) ([]T, error) {
	n, ok := args["first"].(int)
	switch {
	case !ok:
		return l, nil
	case n < 0:
		return nil, errors.New("first must not be negative")
	}
	return l[:min(n, len(l))], nil
}
