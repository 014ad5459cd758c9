package charts

import (
	"reflect"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

func TestTimeline(t *testing.T) {
	d, evs := fixture(t)
	for lane, want := range map[query.Lane][]string{
		query.LaneKind:    {"Strike", "Walkout", "Union election", "Petition", "Legislation", "Campaign", "Report"},
		query.LaneCountry: {"United States", "International", "United Kingdom", "Germany", "Italy", "Spain"},
		query.LaneOrg: {"GMB", "Amazon Labor Union", "Make Amazon Pay", "UNI Global Union", `Workers' "Justice" & ‹b›Allies‹/b›`,
			"ver.di", "Comisiones Obreras", "International Brotherhood of Teamsters",
			"Retail, Wholesale and Department Store Union", "Other"},
	} {
		js, err := BuildTimeline(evs, lane, config(d, "light"))
		if err != nil {
			t.Fatal(err)
		}
		o := option(t, js)
		if got := axisData(o, "yAxis"); !reflect.DeepEqual(got, want) {
			t.Errorf("lanes by %s: %q, want %q", lane, got, want)
		}
		if obj(list(o["xAxis"])[0])["type"] != "time" {
			t.Errorf("by %s: the x axis is not a time axis", lane)
		}
		types := map[any]bool{}
		for _, z := range list(o["dataZoom"]) {
			types[obj(z)["type"]] = true
		}
		if !types["slider"] || !types["inside"] {
			t.Errorf("by %s: dataZoom %v", lane, o["dataZoom"])
		}
		ids := map[string]bool{}
		for _, s := range list(o["series"]) {
			for _, v := range list(obj(s)["data"]) {
				it := obj(v)
				x := list(it["value"])
				if x[1] != obj(s)["name"] || x[2] != it["symbolSize"] || len(x[0].(string)) != 10 {
					t.Errorf("by %s: item %v", lane, it)
				}
				ids[it["id"].(string)] = true
			}
		}
		if len(ids) != len(evs) {
			t.Errorf("by %s: %d events drawn, want %d", lane, len(ids), len(evs))
		}
	}
	// A month-precision date sits on the first of the month.
	js, _ := BuildTimeline(evs, query.LaneDefault, Config{Theme: "light"})
	if !strings.Contains(string(js), `"value":["2020-03-01","Walkout",8]`) {
		t.Error("2020-03 is not drawn on 2020-03-01 with the default size")
	}
}

func TestDotSize(t *testing.T) {
	for n, want := range map[int]int{0: noFigureDot, 1: 6, 100: 9, 2500: 23, 10000: 40, 1000000: 40} {
		e := &dataset.Event{}
		if n > 0 {
			e.Participants = []dataset.Participant{{Count: n, What: "x"}}
		}
		if got := dotSize(e); got != want {
			t.Errorf("dotSize(%d) = %d, want %d", n, got, want)
		}
	}
}
