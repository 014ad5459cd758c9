package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// electionID is the union election the test gives a tally of its own, so
// that the test does not depend on the shipped figures.
const electionID = "2022-04-01-jfk8-alu-union-election-win"

// datasetWithTally writes the shipped dataset with a made-up tally on the
// JFK8 election: 1234 for, 567 against, 0 challenged, no void count.
func datasetWithTally(t *testing.T) string {
	t.Helper()
	var d map[string]any
	if err := json.Unmarshal(must(os.ReadFile("../embed/dataset.json")), &d); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range d["events"].([]any) {
		if ev := e.(map[string]any); ev["id"] == electionID {
			ev["election"] = map[string]any{"body": "nlrb", "eligible": 8000, "votes_for": 1234, "votes_against": 567, "challenged": 0, "result": "won"}
			found = true
		}
	}
	if !found {
		t.Fatalf("no event %s in the shipped dataset", electionID)
	}
	path := filepath.Join(t.TempDir(), "tally.json")
	if err := os.WriteFile(path, must(json.Marshal(d)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// An election's event page shows its tally as a table, without the
// figures no source gives; the chart of every vote draws it, its table
// twin lists it, and a click on its bar opens the election.
func TestElectionResultsShown(t *testing.T) {
	s := startServer(t, "-data", datasetWithTally(t))
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/events/"+electionID), waitWasm(),
		waitJS(`document.querySelector(".election-table")`))
	var rows []string
	tb.eval(t, `[...document.querySelectorAll(".election-table tr")].map(tr => tr.textContent)`, &rows)
	got := strings.Join(rows, "|")
	for _, want := range []string{"ResultThe union won", "Votes for the union1,234", "Votes against567", "Challenged ballots0", "Eligible voters8,000", "Run or certified byNational Labor Relations Board"} {
		if !strings.Contains(got, want) {
			t.Errorf("the election table lacks %q: %s", want, got)
		}
	}
	if strings.Contains(got, "Void") {
		t.Errorf("the table shows a void count no source gives: %s", got)
	}

	tb.run(t, chromedp.Navigate(s.URL+"/charts"), waitWasm(), drawnInView("chart-elections"))
	var bar struct {
		Values []float64
		Row    []string
		Pos    []float64
	}
	tb.eval(t, `(() => {
  const el = document.getElementById("chart-elections");
  el.scrollIntoView({block: "center"});
  const chart = echarts.getInstanceByDom(el);
  const opt = chart.getOption();
  const i = opt.series[0].data.findIndex(d => d && d.id === `+jsString(electionID)+`);
  const values = opt.series.map(s => { const d = s.data[i]; return d && typeof d === "object" ? d.value : -1; });
  const row = [...document.querySelectorAll("#table-elections tbody tr")][i];
  // The bar's own rectangle: the ballots and eligible bars share a row.
  const box = chart.getModel().getSeriesByIndex(0).getData().getItemLayout(i);
  const r = el.getBoundingClientRect();
  return {Values: values, Row: row ? [...row.children].map(c => c.textContent) : [],
    Pos: [r.left + box.x + box.width / 2, r.top + box.y + box.height / 2]};
})()`, &bar)
	if len(bar.Values) != 4 || bar.Values[0] != 1234 || bar.Values[1] != 567 || bar.Values[2] != 0 || bar.Values[3] != 8000 {
		t.Errorf("the chart draws %v for the election, want for 1234, against 567, challenged 0, eligible 8000", bar.Values)
	}
	if strings.Join(bar.Row, "|") == "" || !strings.Contains(strings.Join(bar.Row, "|"), "|The union won|1234|567|0|8000|National Labor Relations Board") {
		t.Errorf("the table row is %q", bar.Row)
	}
	tb.run(t, chromedp.MouseClickXY(bar.Pos[0], bar.Pos[1]),
		waitJS(`location.pathname === "/events/"+`+jsString(electionID)))

	// The chart is embeddable like the others.
	tb.run(t, chromedp.Navigate(s.URL+"/embed/charts/elections"), waitWasm(), waitJS(drawn("chart-elections")))
}
