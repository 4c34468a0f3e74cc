package graph

import (
	"cmp"
	"slices"
	"strings"

	"newsgraph/extract"
)

// The read-side merge. Node ids derive from canonical keys so that writers
// need no coordination, which leaves two kinds of duplicates that only the
// whole store can resolve: a person that an article names by surname alone
// ("Putin"), and an event that articles date at different precisions or
// whose participants include such a person. The snapshot shows each as the
// node it duplicates; nothing written changes. See the package comment.

// oneWordKey returns the PersonKey of r if every name and alias of r is one
// word by extract.PersonKey ("Putin"), and false otherwise.
func oneWordKey(r *personRaw) (string, bool) {
	k := ""
	for _, n := range r.names {
		nk := extract.PersonKey(n)
		if nk == "" || strings.Contains(nk, " ") || k != "" && nk != k {
			return "", false
		}
		k = nk
	}
	for _, a := range r.aliases {
		if strings.Contains(extract.PersonKey(a), " ") {
			return "", false
		}
	}
	return k, k != ""
}

// canonicalPeople returns, for each person of people all of whose names are
// one word, the person it is shown as: the only person with a name of
// several words whose last word has that key, by surnames (surname key →
// ids). People with no or several such namesakes are left out.
func canonicalPeople(people map[string]*personRaw, surnames map[string][]string) map[string]string {
	canon := make(map[string]string)
	for id, r := range people {
		if len(r.names) == 0 {
			continue
		}
		if k, ok := oneWordKey(r); ok {
			if ids := surnames[k]; len(ids) == 1 && ids[0] != id {
				canon[id] = ids[0]
			}
		}
	}
	return canon
}

// personID returns the id of the person that the snapshot shows for the
// person node id: id itself, or the person that absorbed it.
func (sn *snapshot) personID(id string) string {
	if c, ok := sn.personOf[id]; ok {
		return c
	}
	return id
}

// eventID returns the id of the event that the snapshot shows for the event
// node id: id itself, or the event it was merged into.
func (sn *snapshot) eventID(id string) string {
	if c, ok := sn.eventOf[id]; ok {
		return c
	}
	return id
}

// personNodes returns the person nodes that the person id stands for, the
// nodes it absorbed included.
func (sn *snapshot) personNodes(id string) []string {
	id = sn.personID(id)
	if ns := sn.absorbed[id]; len(ns) > 0 {
		return ns
	}
	return []string{id}
}

// mapIDs returns canon of each of ids, without duplicates, in order.
func mapIDs(ids []string, canon func(string) string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if c := canon(id); !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// An eventDraft is an event node with its participants mapped to the
// people the snapshot shows.
type eventDraft struct {
	id           string
	r            *eventRaw
	typ, status  string
	date         string
	participants []string // sorted by id, without duplicates
}

// eventStatus returns "occurred" if any of statuses is, else "negated" if
// any is, else "planned".
func eventStatus(statuses []string) string {
	return slices.MinFunc(append([]string{"planned"}, statuses...), func(a, b string) int {
		return cmp.Compare(rank(statusRank, a), rank(statusRank, b))
	})
}

// groupKey is what events must share to be merged: type, status and the set
// of participants.
func (d *eventDraft) groupKey() string {
	return d.typ + "\x00" + d.status + "\x00" + strings.Join(d.participants, "\x00")
}

// compareDrafts orders drafts by date precision, most precise first, then by
// date, then by id.
func compareDrafts(a, b *eventDraft) int {
	return cmp.Or(cmp.Compare(len(b.date), len(a.date)), strings.Compare(a.date, b.date), strings.Compare(a.id, b.id))
}

// clusterByDate splits dated drafts of one group into the events they
// report. Two dates are compatible when one is a prefix of the other
// (2025-03 and 2025-03-13), but compatibility is not transitive (2025-03
// fits 2025-03-13 and 2025-03-20, which are two events), so drafts are taken
// from the most precise date to the least: each joins the cluster of its own
// date if there is one, else the only cluster whose date it fits, and
// otherwise starts a cluster. A month that fits two days thus stays on its
// own. Each cluster is in compareDrafts order: its first draft has the most
// precise date of the cluster and, among those, the least id.
func clusterByDate(g []*eventDraft) [][]*eventDraft {
	if len(g) == 1 {
		return [][]*eventDraft{g}
	}
	slices.SortFunc(g, compareDrafts)
	var clusters [][]*eventDraft
	byDate := make(map[string]int)   // date of a cluster → its index
	within := make(map[string][]int) // date → clusters whose date it fits
	for _, d := range g {
		i, ok := byDate[d.date]
		if !ok {
			if c := within[d.date]; len(c) == 1 {
				i, ok = c[0], true
			}
		}
		if ok {
			clusters[i] = append(clusters[i], d)
			continue
		}
		i = len(clusters)
		clusters = append(clusters, []*eventDraft{d})
		byDate[d.date] = i
		for _, n := range [...]int{4, 7, 10} {
			if n <= len(d.date) {
				within[d.date[:n]] = append(within[d.date[:n]], i)
			}
		}
	}
	return clusters
}

// mergeEvents returns the events that the drafts report: drafts of one
// group with compatible dates are one event, and undated drafts stay apart.
// Each result is in compareDrafts order.
func mergeEvents(drafts []*eventDraft) [][]*eventDraft {
	var out [][]*eventDraft
	groups := make(map[string][]*eventDraft)
	for _, d := range drafts {
		if d.date == "" {
			// Nothing shows that two undated reports are one event (see
			// eventKey), nor that an undated one is a dated one.
			out = append(out, []*eventDraft{d})
			continue
		}
		k := d.groupKey()
		groups[k] = append(groups[k], d)
	}
	for _, g := range groups {
		out = append(out, clusterByDate(g)...)
	}
	return out
}

// union returns the distinct elements of the sets that field gives for the
// drafts of c that keep returns true for, sorted; for one draft it returns
// its set itself.
func union(c []*eventDraft, keep func(*eventDraft) bool, field func(*eventRaw) []string) []string {
	if len(c) == 1 {
		if keep(c[0]) {
			return field(c[0].r)
		}
		return nil
	}
	var out []string
	for _, d := range c {
		if keep(d) {
			out = append(out, field(d.r)...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// addEvent adds to sn the event that the drafts of c report, under the id
// of c[0], and records the ids of the others as merged into it.
func (sn *snapshot) addEvent(x *index, c []*eventDraft) {
	rep := c[0]
	all := func(*eventDraft) bool { return true }
	atDate := func(d *eventDraft) bool { return d.date == rep.date }
	evidence := union(c, all, func(r *eventRaw) []string { return r.evidence })
	e := &Event{ID: rep.id, Type: rep.typ, Status: rep.status, Date: rep.date,
		DateText:    first(union(c, atDate, func(r *eventRaw) []string { return r.dateTexts })),
		Time:        first(union(c, atDate, func(r *eventRaw) []string { return r.times })),
		SourceCount: len(evidence)}
	for _, pid := range union(c, all, func(r *eventRaw) []string { return r.places }) {
		p := sn.places[pid]
		if p == nil {
			continue
		}
		if cur := sn.places[e.PlaceID]; cur == nil ||
			cmp.Or(cmp.Compare(rank(placeRank, p.Kind), rank(placeRank, cur.Kind)), cmp.Compare(p.ID, cur.ID)) < 0 {
			e.PlaceID = pid
		}
	}
	e.ParticipantIDs = slices.Clone(rep.participants)
	slices.SortFunc(e.ParticipantIDs, sn.compareNamed)
	e.ArticleCount, e.IndependentSources, e.FirstReported = x.sources(evidence, sn.artNodes)
	sn.events[e.ID] = e
	sn.evidence[e.ID] = slices.Clone(evidence)
	sn.eventList = append(sn.eventList, e)
	for _, d := range c[1:] {
		sn.eventOf[d.id] = e.ID
	}
}
