package charts

import (
	"strconv"
	"testing"
)

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
		tc := tableCheck{t: t, id: c.ID, table: table, option: option(t, js)}
		tc.series = list(tc.option["series"])
		switch c.ID {
		case PerYear, Outcomes:
			tc.categories()
		case ByCountry, TopOrgs, Largest:
			tc.bars(map[string]int{ByCountry: 2, TopOrgs: 1, Largest: 2}[c.ID])
		case Elections:
			tc.elections()
		case Calendar:
			tc.calendar()
		}
	}
}

// tableCheck compares a chart's data table with the series of its option.
type tableCheck struct {
	t      *testing.T
	id     string
	table  Table
	option map[string]any
	series []any
}

// cell is the table's number at row, col.
func (c tableCheck) cell(row, col int) int {
	n, err := strconv.Atoi(c.table.Rows[row][col])
	if err != nil {
		c.t.Fatalf("%s: cell %d,%d is %q", c.id, row, col, c.table.Rows[row][col])
	}
	return n
}

// categories: a row per category, a column per series, then Total.
func (c tableCheck) categories() {
	t, table := c.t, c.table
	for si, s := range c.series {
		if table.Columns[si+1] != obj(s)["name"] {
			t.Errorf("%s: column %q, series %q", c.id, table.Columns[si+1], obj(s)["name"])
		}
		for i, v := range list(obj(s)["data"]) {
			if got, want := c.cell(i, si+1), value(t, v); got != want {
				t.Errorf("%s: table %d, chart %d at %d,%d", c.id, got, want, i, si)
			}
		}
	}
	for i := range table.Rows {
		sum := 0
		for j := 1; j < len(table.Columns)-1; j++ {
			sum += c.cell(i, j)
		}
		if sum != c.cell(i, len(table.Columns)-1) {
			t.Errorf("%s: row %d does not add up", c.id, i)
		}
	}
}

// bars: a row per bar, its number in column col.
func (c tableCheck) bars(col int) {
	t, table := c.t, c.table
	data := list(obj(c.series[0])["data"])
	if len(data) != len(table.Rows) {
		t.Fatalf("%s: %d bars, %d rows", c.id, len(data), len(table.Rows))
	}
	labels := axisData(c.option, "yAxis")
	for i, v := range data {
		if c.cell(i, col) != value(t, v) {
			t.Errorf("%s: row %d says %d, bar %d", c.id, i, c.cell(i, col), value(t, v))
		}
		if c.id != Largest && plain(table.Rows[i][0]) != labels[i] {
			t.Errorf("%s: row %q, bar %q", c.id, table.Rows[i][0], labels[i])
		}
	}
}

// elections: a row per election; columns 3 to 6 are the series.
func (c tableCheck) elections() {
	t, table := c.t, c.table
	for si, s := range c.series {
		if table.Columns[si+3] != obj(s)["name"] {
			t.Errorf("elections: column %q, series %q", table.Columns[si+3], obj(s)["name"])
		}
		for i, v := range list(obj(s)["data"]) {
			if v == "-" {
				if table.Rows[i][si+3] != "" {
					t.Errorf("elections: row %d column %d is %q where the chart has no figure", i, si+3, table.Rows[i][si+3])
				}
				continue
			}
			if got, want := c.cell(i, si+3), value(t, v); got != want {
				t.Errorf("elections: table %d, chart %d at %d,%d", got, want, i, si)
			}
		}
	}
}

// calendar: items are [month, year index, count]; empty cells have none.
func (c tableCheck) calendar() {
	t, table := c.t, c.table
	seen := 0
	for _, v := range list(obj(c.series[0])["data"]) {
		x := list(obj(v)["value"])
		m, y, k := int(x[0].(float64)), int(x[1].(float64)), int(x[2].(float64))
		if c.cell(y, m+1) != k {
			t.Errorf("calendar: table %d, cell %d at year %d month %d", c.cell(y, m+1), k, y, m)
		}
		seen += k
	}
	sum := 0
	for i := range table.Rows {
		sum += c.cell(i, 13)
	}
	if sum != seen {
		t.Errorf("calendar: table total %d, cells %d", sum, seen)
	}
}
