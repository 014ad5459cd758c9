package charts

import (
	"cmp"
	"encoding/json"
	"math"
	"net/url"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

// option decodes an option's JSON.
func option(t testing.TB, js []byte) map[string]any {
	t.Helper()
	var o map[string]any
	if err := json.Unmarshal(js, &o); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	return o
}

func obj(v any) map[string]any { m, _ := v.(map[string]any); return m }

// value is a bar item's number: a bare number or an item's "value".
func value(t testing.TB, v any) int {
	t.Helper()
	switch x := v.(type) {
	case float64:
		return int(x)
	case map[string]any:
		if f, ok := x["value"].(float64); ok {
			return int(f)
		}
	}
	t.Fatalf("not a bar value: %#v", v)
	return 0
}

func axisData(o map[string]any, axis string) []string {
	var out []string
	for _, v := range list(obj(list(o[axis])[0])["data"]) {
		out = append(out, v.(string))
	}
	return out
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range All() {
		if seen[c.ID] || c.ID == "" || c.Title == "" || c.Description == "" {
			t.Errorf("bad or duplicate chart %+v", c)
		}
		seen[c.ID] = true
		if _, ok := Lookup(c.ID); !ok {
			t.Errorf("Lookup(%q) fails", c.ID)
		}
	}
	if len(seen) != 6 {
		t.Errorf("%d charts, want 6", len(seen))
	}
}

// The per-year chart's numbers equal a brute-force count.
func TestPerYearCounts(t *testing.T) {
	d, evs := fixture(t)
	js, _, err := Build(PerYear, evs, config(d, "light"))
	if err != nil {
		t.Fatal(err)
	}
	o := option(t, js)
	years := axisData(o, "xAxis")
	total := 0
	for _, s := range list(o["series"]) {
		k, ok := kindOf(obj(s)["name"].(string))
		if !ok {
			t.Fatalf("series %v is no kind", obj(s)["name"])
		}
		for i, v := range list(obj(s)["data"]) {
			want := 0
			for _, e := range evs {
				if e.Kind == k && strconv.Itoa(e.Date.Year) == years[i] {
					want++
				}
			}
			if got := value(t, v); got != want {
				t.Errorf("%s in %s: %d, brute force %d", k, years[i], got, want)
			}
			total += value(t, v)
		}
	}
	if total != len(evs) {
		t.Errorf("the bars add up to %d events, want %d", total, len(evs))
	}
}

func TestDrill(t *testing.T) {
	tests := []struct {
		chart, series, name string
		want                string // encoded query, "" for no filter
	}{
		{PerYear, "Strike", "2021", "from=2021&kind=strike&to=2021"},
		{PerYear, "Union election", "2022", "from=2022&kind=union-election&to=2022"},
		{PerYear, "union-election", "2022", "from=2022&kind=union-election&to=2022"},
		{PerYear, "", "2022", "from=2022&to=2022"},
		{PerYear, "Strike", "twenty", ""},
		{ByCountry, "Events", "DE", "country=DE"},
		{ByCountry, "Events", InternationalName, "international=1"},
		{ByCountry, "Events", "Germany", ""},
		{TopOrgs, "Events", "amazon-labor-union", "org=amazon-labor-union"},
		{TopOrgs, "Events", "Amazon Labor Union", ""},
		{Calendar, "Events", "2021-07", "from=2021-07&to=2021-07"},
		{Calendar, "Events", "2021-13", ""},
		{Outcomes, "won", "strike", "kind=strike&outcome=won"},
		{Outcomes, "won", "Strike", "kind=strike&outcome=won"},
		{Outcomes, "", "strike", ""},
		{Largest, "Participants", "2022-04-01-jfk8-union-election", ""},
		{"timeline", "Strike", "x", ""},
		{"nope", "", "2021", ""},
	}
	for _, tc := range tests {
		v, ok := Drill(tc.chart, tc.series, tc.name)
		if got := v.Encode(); ok != (tc.want != "") || got != tc.want {
			t.Errorf("Drill(%q, %q, %q) = %q, %v; want %q", tc.chart, tc.series, tc.name, got, ok, tc.want)
		}
	}
}

// Every item's filter is what Drill makes of a click on it, and clicking
// it leads to as many events as the item counts.
func TestFiltersMatchDrill(t *testing.T) {
	d, evs := fixture(t)
	for _, c := range All() {
		js, _, err := Build(c.ID, evs, config(d, "light"))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range list(option(t, js)["series"]) {
			for _, v := range list(obj(s)["data"]) {
				it := obj(v)
				if it == nil || it["filter"] == nil {
					if c.ID != Largest && it != nil {
						t.Errorf("%s: item %v has no filter", c.ID, it["name"])
					}
					continue
				}
				n++
				want := url.Values{}
				for k, x := range obj(it["filter"]) {
					want.Set(k, x.(string))
				}
				got, ok := Drill(c.ID, obj(s)["name"].(string), it["name"].(string))
				if !ok || got.Encode() != want.Encode() {
					t.Errorf("%s: Drill(%v, %v) = %q, item filter %q", c.ID, obj(s)["name"], it["name"], got.Encode(), want.Encode())
				}
				n := 0
				if c.ID == Calendar {
					n = int(list(it["value"])[2].(float64))
				} else {
					n = value(t, v)
				}
				if k := matching(evs, want); k != n {
					t.Errorf("%s: filter %q finds %d events, the item counts %d", c.ID, want.Encode(), k, n)
				}
			}
		}
		if n == 0 && c.ID != Largest {
			t.Errorf("%s: no clickable items", c.ID)
		}
	}
}

// matching counts the events a filter keeps, as the event list would.
func matching(evs []*dataset.Event, f url.Values) int {
	n := 0
	for _, e := range evs {
		ok := true
		if from := f.Get(ParamFrom); from != f.Get(ParamTo) {
			panic("from and to differ")
		} else if from != "" && !strings.HasPrefix(e.Date.String(), from) {
			ok = false
		}
		if o := f.Get(ParamOutcome); o != "" && o != cmp.Or(stubOutcome(e), UnknownOutcome) {
			ok = false
		}
		if k := f.Get(ParamKind); k != "" && string(e.Kind) != k {
			ok = false
		}
		if c := f.Get(ParamCountry); c != "" && !contains(e.Countries, c) {
			ok = false
		}
		if f.Get(ParamInternational) == "1" && !e.International {
			ok = false
		}
		if o := f.Get(ParamOrg); o != "" && !contains(e.Organizations, o) {
			ok = false
		}
		if ok {
			n++
		}
	}
	return n
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// Each table lists the numbers its chart draws, in the same order.
func TestTablesMatchSeries(t *testing.T) {
	d, evs := fixture(t)
	for _, c := range All() {
		js, table, err := Build(c.ID, evs, config(d, "light"))
		if err != nil {
			t.Fatal(err)
		}
		if table.Caption == "" || len(table.Columns) < 2 || len(table.Rows) == 0 {
			t.Fatalf("%s: empty table %+v", c.ID, table)
		}
		for _, r := range table.Rows {
			if len(r) != len(table.Columns) {
				t.Fatalf("%s: row %v has %d cells for %d columns", c.ID, r, len(r), len(table.Columns))
			}
		}
		o := option(t, js)
		series := list(o["series"])
		cell := func(row, col int) int {
			n, err := strconv.Atoi(table.Rows[row][col])
			if err != nil {
				t.Fatalf("%s: cell %d,%d is %q", c.ID, row, col, table.Rows[row][col])
			}
			return n
		}
		switch c.ID {
		case PerYear, Outcomes: // a row per category, a column per series, then Total
			for si, s := range series {
				if table.Columns[si+1] != obj(s)["name"] {
					t.Errorf("%s: column %q, series %q", c.ID, table.Columns[si+1], obj(s)["name"])
				}
				for i, v := range list(obj(s)["data"]) {
					if got, want := cell(i, si+1), value(t, v); got != want {
						t.Errorf("%s: table %d, chart %d at %d,%d", c.ID, got, want, i, si)
					}
				}
			}
			for i := range table.Rows {
				sum := 0
				for j := 1; j < len(table.Columns)-1; j++ {
					sum += cell(i, j)
				}
				if sum != cell(i, len(table.Columns)-1) {
					t.Errorf("%s: row %d does not add up", c.ID, i)
				}
			}
		case ByCountry, TopOrgs, Largest: // a row per bar
			col := map[string]int{ByCountry: 2, TopOrgs: 1, Largest: 2}[c.ID]
			data := list(obj(series[0])["data"])
			if len(data) != len(table.Rows) {
				t.Fatalf("%s: %d bars, %d rows", c.ID, len(data), len(table.Rows))
			}
			labels := axisData(o, "yAxis")
			for i, v := range data {
				if cell(i, col) != value(t, v) {
					t.Errorf("%s: row %d says %d, bar %d", c.ID, i, cell(i, col), value(t, v))
				}
				if c.ID != Largest && plain(table.Rows[i][0]) != labels[i] {
					t.Errorf("%s: row %q, bar %q", c.ID, table.Rows[i][0], labels[i])
				}
			}
		case Calendar: // [month, year index, count]; empty cells have no item
			seen := 0
			for _, v := range list(obj(series[0])["data"]) {
				x := list(obj(v)["value"])
				m, y, k := int(x[0].(float64)), int(x[1].(float64)), int(x[2].(float64))
				if cell(y, m+1) != k {
					t.Errorf("calendar: table %d, cell %d at year %d month %d", cell(y, m+1), k, y, m)
				}
				seen += k
			}
			sum := 0
			for i := range table.Rows {
				sum += cell(i, 13)
			}
			if sum != seen {
				t.Errorf("calendar: table total %d, cells %d", sum, seen)
			}
		}
	}
}

// allowedTags are the only markup our own tooltip strings use.
var allowedTags = strings.NewReplacer("<b>", "", "</b>", "", "<br>", "")

// No string in any option can open an HTML tag, except our own <b> and
// <br>: text from the data is escaped or has its angle brackets replaced.
func TestEscaping(t *testing.T) {
	d, evs := fixture(t)
	var all []string
	check := func(name string, js []byte) {
		walkStrings(option(t, js), func(s string) {
			if strings.ContainsAny(allowedTags.Replace(s), "<>") {
				t.Errorf("%s: unescaped markup in %q", name, s)
			}
		})
		all = append(all, string(js))
	}
	for _, theme := range []string{"light", "dark"} {
		for _, c := range All() {
			js, _, err := Build(c.ID, evs, config(d, theme))
			if err != nil {
				t.Fatal(err)
			}
			check(c.ID, js)
		}
		for _, lane := range []string{LaneKind, LaneCountry, LaneOrg} {
			js, err := BuildTimeline(evs, lane, config(d, theme))
			if err != nil {
				t.Fatal(err)
			}
			check("timeline by "+lane, js)
		}
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{
		"&lt;img src=x onerror=alert(1)&gt;",            // the hostile title, in tooltips
		"&lt;script&gt;alert(&#39;place&#39;)&lt;/script&gt;", // the hostile place
		"&lt;i&gt;surveyed&lt;/i&gt; (counted by Tom &amp; Jerry&#39;s)",
		"Workers&#39; &#34;Justice&#34; &amp; &lt;b&gt;Allies&lt;/b&gt;", // the hostile organization name
		"‹img src=x onerror=alert(1)›",                                    // the hostile title on the canvas
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("no %q in the options", want)
		}
	}
	for _, bad := range []string{"<img", "<script", "<i>", "onerror=alert(1)>"} {
		if strings.Contains(joined, bad) {
			t.Errorf("%q appears unescaped", bad)
		}
	}
}

func walkStrings(v any, f func(string)) {
	switch x := v.(type) {
	case string:
		f(x)
	case map[string]any:
		for k, e := range x {
			f(k)
			walkStrings(e, f)
		}
	case []any:
		for _, e := range x {
			walkStrings(e, f)
		}
	}
}

// Options carry no JavaScript: no go-echarts function markers, and no
// template placeholders in item tooltips that hold text from the data.
func TestNoFunctions(t *testing.T) {
	d, evs := fixture(t)
	for _, c := range All() {
		js, _, _ := Build(c.ID, evs, config(d, "light"))
		for _, bad := range []string{"__f__", "function", "=>"} {
			if strings.Contains(string(js), bad) {
				t.Errorf("%s: option contains %q", c.ID, bad)
			}
		}
	}
}

func TestReducedMotion(t *testing.T) {
	d, evs := fixture(t)
	c := config(d, "light")
	js, _, _ := Build(PerYear, evs, c)
	if _, ok := option(t, js)["animation"]; ok {
		t.Error("animation set without reduced motion")
	}
	c.ReducedMotion = true
	js, _, _ = Build(PerYear, evs, c)
	if a, ok := option(t, js)["animation"]; !ok || a != false {
		t.Errorf("reduced motion: animation = %v", a)
	}
	js, _ = Timeline(evs, "", "dark", true)
	if a := option(t, js)["animation"]; a != false {
		t.Errorf("timeline, reduced motion: animation = %v", a)
	}
}

func TestThemes(t *testing.T) {
	d, evs := fixture(t)
	for name, th := range themes {
		js, _, err := Build(PerYear, evs, config(d, name))
		if err != nil {
			t.Fatal(err)
		}
		o := option(t, js)
		if o["backgroundColor"] != "transparent" || obj(o["textStyle"])["color"] != th.text {
			t.Errorf("%s: background %v, text %v", name, o["backgroundColor"], o["textStyle"])
		}
		if got := obj(obj(o["legend"])["textStyle"])["color"]; got != th.text {
			t.Errorf("%s: legend text %v", name, got)
		}
		if got := obj(obj(list(o["xAxis"])[0])["axisLabel"])["color"]; got != th.muted {
			t.Errorf("%s: axis labels %v", name, got)
		}
	}
	light, _, _ := Options(PerYear, evs, "", nil)
	explicit, _, _ := Options(PerYear, evs, "light", nil)
	if string(light) != string(explicit) {
		t.Error(`theme "" is not light`)
	}
}

// Text passes WCAG AA (4.5:1) and marks 3:1 on every page colour of
// their theme.
func TestThemeContrast(t *testing.T) {
	for name, th := range themes {
		for _, bg := range th.bg {
			for _, c := range []string{th.text, th.muted} {
				if r := contrast(c, bg); r < 4.5 {
					t.Errorf("%s: text %s on %s has contrast %.2f", name, c, bg, r)
				}
			}
			for _, c := range append(append([]string{}, th.palette...), th.heat...) {
				if r := contrast(c, bg); r < 3 {
					t.Errorf("%s: mark %s on %s has contrast %.2f", name, c, bg, r)
				}
			}
		}
		if r := contrast(th.text, th.surface); r < 4.5 {
			t.Errorf("%s: tooltip text contrast %.2f", name, r)
		}
	}
}

func TestEmpty(t *testing.T) {
	for _, c := range All() {
		js, table, err := Options(c.ID, nil, "dark", stubOutcome)
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		option(t, js)
		if table.Caption == "" || len(table.Rows) != 0 {
			t.Errorf("%s: table of no events %+v", c.ID, table)
		}
	}
	for _, lane := range []string{LaneKind, LaneCountry, LaneOrg} {
		js, err := Timeline([]*dataset.Event{nil}, lane, "light", false)
		if err != nil {
			t.Fatal(err)
		}
		option(t, js)
	}
}

func TestErrors(t *testing.T) {
	_, evs := fixture(t)
	if _, _, err := Options("pie", evs, "light", nil); err == nil {
		t.Error("unknown chart: no error")
	}
	if _, _, err := Options(PerYear, evs, "sepia", nil); err == nil {
		t.Error("unknown theme: no error")
	}
	if _, _, err := Options(Outcomes, evs, "light", nil); err == nil {
		t.Error("outcomes without an outcome function: no error")
	}
	if _, err := Timeline(evs, "facility", "light", false); err == nil {
		t.Error("unknown lane: no error")
	}
}

func TestTimeline(t *testing.T) {
	d, evs := fixture(t)
	for lane, want := range map[string][]string{
		LaneKind:    {"Strike", "Walkout", "Union election", "Petition", "Legislation", "Campaign", "Report"},
		LaneCountry: {"United States", "International", "United Kingdom", "Germany", "Italy", "Spain"},
		LaneOrg: {"GMB", "Amazon Labor Union", "Make Amazon Pay", "UNI Global Union", `Workers' "Justice" & ‹b›Allies‹/b›`,
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
	js, _ := Timeline(evs, "", "light", false)
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

func TestText(t *testing.T) {
	if got := truncate("Corporate employees walk out in Seattle over climate", 30); got != "Corporate employees walk out…" {
		t.Errorf("truncate: %q", got)
	}
	if got := truncate("short", 30); got != "short" {
		t.Errorf("truncate: %q", got)
	}
	if got := plain("a<b>\nc & d's"); got != "a‹b› c & d's" {
		t.Errorf("plain: %q", got)
	}
	if got := esc(`<a href="x">O'Neil & co</a>`); got != "&lt;a href=&#34;x&#34;&gt;O&#39;Neil &amp; co&lt;/a&gt;" {
		t.Errorf("esc: %q", got)
	}
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 150000: "150,000", 1234567: "1,234,567", -1500: "-1,500"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q", n, got)
		}
	}
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	var rgb [3]float64
	for i := range rgb {
		n, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(n) / 255
		if c <= 0.03928 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
}
