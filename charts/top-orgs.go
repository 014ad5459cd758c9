package charts

import (
	"cmp"
	"sort"
	"strconv"

	"github.com/laborlens/laborlens/dataset"
)

// orgCounts counts, for each organization, the events that name it.
func orgCounts(events []*dataset.Event) map[string]int {
	n := map[string]int{}
	for _, e := range events {
		seen := map[string]bool{}
		for _, id := range e.Organizations {
			if id != "" && !seen[id] {
				seen[id] = true
				n[id]++
			}
		}
	}
	return n
}

// orgCount is an organization with its number of events.
type orgCount struct {
	id, name string
	n        int
}

// rankOrgs orders organizations by events, then name, then id.
func rankOrgs(n map[string]int, c Config) []orgCount {
	list := make([]orgCount, 0, len(n))
	for id, k := range n {
		list = append(list, orgCount{id, c.orgName(id), k})
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.name, b.name), cmp.Compare(a.id, b.id)) < 0
	})
	return list
}

// topOrgs: the TopN organizations named in the most events.
func topOrgs(events []*dataset.Event, th *theme, c Config) built {
	all := rankOrgs(orgCounts(events), c)
	top := all[:min(TopN, len(all))]
	bars := make([]bar, len(top))
	table := Table{Columns: []string{th.t("facet.org"), th.t("chart.axis.events")}}
	for i, o := range top {
		bars[i] = bar{label: o.name, item: item{
			Name:    o.id,
			Value:   o.n,
			Filter:  drill(TopOrgs, "", o.id),
			Tooltip: tip("<b>" + esc(o.name) + "</b><br>" + th.nEvents(o.n)),
		}}
		table.Rows = append(table.Rows, []string{o.name, strconv.Itoa(o.n)})
	}
	sub := th.n("chart.top-orgs.sub", len(all), "top", strconv.Itoa(len(top)), "events", th.nEvents(len(events)))
	if len(all) == 0 {
		sub = th.t("chart.top-orgs.none", "events", th.nEvents(len(events)))
	}
	axis := th.t("chart.axis.events")
	return built{chart: hbar(TopOrgs, sub, "item", axis, axis, bars, th), subtitle: sub, table: table}
}
