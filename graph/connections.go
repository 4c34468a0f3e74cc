package graph

import (
	"context"
	"fmt"
	"slices"
)

// MaxHops is the longest chain Connections searches.
const MaxHops = 6

// maxVisits bounds the depth-first search of Connections.
const maxVisits = 200000

// Connections returns the shortest chains of encounters from q.From to q.To:
// sequences of people in which each shares an event with the next. Each hop
// carries the events that link its two people. With q.TimeOrdered, each hop
// must have an event no earlier than the previous hop's, and the shortest
// such chains are returned even if untimed chains are shorter.
func (s *Store) Connections(ctx context.Context, q ConnectionQuery) ([]Chain, error) {
	sn := s.snapshot()
	from, err := sn.resolvePerson(q.From)
	if err != nil {
		return nil, err
	}
	to, err := sn.resolvePerson(q.To)
	if err != nil {
		return nil, err
	}
	for _, d := range [...]string{q.After, q.Before} {
		if d != "" && !ValidDate(d) {
			return nil, fmt.Errorf("%w: date %q: want YYYY-MM-DD, YYYY-MM or YYYY", ErrInvalid, d)
		}
	}
	maxHops := q.MaxHops
	if maxHops <= 0 {
		maxHops = 3
	}
	if maxHops > MaxHops {
		return nil, fmt.Errorf("%w: maxHops %d: at most %d", ErrInvalid, maxHops, MaxHops)
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	if from == to {
		return nil, ctx.Err()
	}
	c := &connector{sn: sn, q: q, adj: make(map[string]map[string][]*Event), limit: limit}
	dist := c.distances(to, maxHops)
	d, ok := dist[from]
	if !ok {
		return nil, ctx.Err()
	}
	c.dist, c.to = dist, to
	for k := d; k <= maxHops && len(c.chains) == 0 && c.visits < maxVisits; k++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c.search([]string{from}, nil, k, "")
		if !q.TimeOrdered {
			break // untimed, the first depth with a path is d itself
		}
	}
	return c.chains, ctx.Err()
}

// A connector holds the state of one Connections search.
type connector struct {
	sn     *snapshot
	q      ConnectionQuery
	adj    map[string]map[string][]*Event // person → counterpart → usable events
	dist   map[string]int                 // hops to the target, ignoring time
	to     string
	limit  int
	visits int
	chains []Chain
}

// usable reports whether e may be part of a chain.
func (c *connector) usable(e *Event) bool {
	if c.q.After == "" && c.q.Before == "" && !c.q.TimeOrdered {
		return true
	}
	return e.Date != "" && (c.q.After == "" || dateHi(e.Date) >= dateLo(c.q.After)) &&
		(c.q.Before == "" || dateLo(e.Date) <= dateHi(c.q.Before))
}

// neighbours returns the people who share usable events with p.
func (c *connector) neighbours(p string) map[string][]*Event {
	if n, ok := c.adj[p]; ok {
		return n
	}
	n := make(map[string][]*Event)
	for _, e := range c.sn.personEvents[p] {
		if !c.usable(e) {
			continue
		}
		for _, o := range e.ParticipantIDs {
			if o != p {
				n[o] = append(n[o], e)
			}
		}
	}
	c.adj[p] = n
	return n
}

// distances returns the hop counts to target of the people within maxHops.
func (c *connector) distances(target string, maxHops int) map[string]int {
	dist := map[string]int{target: 0}
	frontier := []string{target}
	for h := 1; h <= maxHops && len(frontier) > 0; h++ {
		var next []string
		for _, p := range frontier {
			for o := range c.neighbours(p) {
				if _, seen := dist[o]; !seen {
					dist[o] = h
					next = append(next, o)
				}
			}
		}
		frontier = next
	}
	return dist
}

// search extends path (whose hops so far are hops) by exactly left more
// hops to the target; arrival is the earliest date the chain can be at the
// path's last person when time-ordered.
func (c *connector) search(path []string, hops []Hop, left int, arrival string) {
	if len(c.chains) >= c.limit || c.visits >= maxVisits {
		return
	}
	c.visits++
	last := path[len(path)-1]
	if left == 0 {
		if last == c.to {
			c.chains = append(c.chains, Chain{PersonIDs: slices.Clone(path), Hops: slices.Clone(hops)})
		}
		return
	}
	nb := c.neighbours(last)
	next := make([]string, 0, len(nb))
	for o := range nb {
		if d, ok := c.dist[o]; ok && d <= left-1 && !slices.Contains(path, o) {
			next = append(next, o)
		}
	}
	slices.Sort(next)
	for _, o := range next {
		evs, arr := nb[o], arrival
		if c.q.TimeOrdered {
			evs, arr = nil, ""
			for _, e := range nb[o] {
				if arrival == "" || dateHi(e.Date) >= arrival {
					evs = append(evs, e)
					if lo := max(arrival, dateLo(e.Date)); arr == "" || lo < arr {
						arr = lo
					}
				}
			}
			if len(evs) == 0 {
				continue
			}
		}
		hop := Hop{From: last, To: o}
		for _, e := range evs {
			hop.Events = append(hop.Events, *e)
		}
		c.search(append(path, o), append(hops, hop), left-1, arr)
	}
}
