package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const hostileTitle = `<img src=x onerror=alert(1)> Hostile "title" & co`

// A hostile event title is shown as text in a chart tooltip, never as HTML.
func TestTooltipEscapesHostileTitle(t *testing.T) {
	data := `{
  "meta": {"title": "Hostile", "version": "1", "updated": "2026-01-01", "license": "CC0-1.0", "code_license": "MIT"},
  "organizations": [{"id": "org-1", "name": "<b>Org</b>", "kind": "union", "country": "US"}],
  "facilities": [],
  "events": [{
    "id": "2024-03-01-hostile", "date": "2024-03-01", "kind": "strike", "countries": ["US"],
    "title": ` + jsString(hostileTitle) + `,
    "summary": "A test event.", "place": "<i>Somewhere</i>", "organizations": ["org-1"],
    "participants": [{"count": 500, "what": "struck"}],
    "sources": [{"url": "https://example.org/a"}]
  }, {
    "id": "2023-05-01-plain", "date": "2023-05-01", "kind": "protest", "countries": ["DE"],
    "title": "A plain event", "summary": "Another.", "sources": [{"url": "https://example.org/b"}]
  }]
}`
	file := filepath.Join(t.TempDir(), "hostile.json")
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startServer(t, "-data", file)
	tb := newBrowser(t, timeout(t, time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/timeline"), waitWasm(), waitJS(drawn("timeline-chart")))
	// Show the tooltip of every point, as hovering would.
	tb.run(t, chromedp.Evaluate(`(() => {
  const chart = echarts.getInstanceByDom(document.getElementById("timeline-chart"));
  const series = chart.getOption().series;
  series.forEach((s, si) => s.data.forEach((d, di) => chart.dispatchAction({type: "showTip", seriesIndex: si, dataIndex: di})));
  const hostile = series.findIndex(s => s.data.some(d => String(d.id) === "2024-03-01-hostile"));
  const idx = series[hostile].data.findIndex(d => String(d.id) === "2024-03-01-hostile");
  chart.dispatchAction({type: "showTip", seriesIndex: hostile, dataIndex: idx});
})()`, nil), waitJS(`[...document.querySelectorAll("#timeline-chart div")].some(d => d.textContent.includes("Hostile"))`))
	var tip struct {
		Text     string `json:"text"`
		Injected int    `json:"injected"`
	}
	tb.eval(t, `(() => {
  const tips = [...document.querySelectorAll("#timeline-chart div")].filter(d => d.textContent.includes("Hostile"));
  const tip = tips[tips.length - 1];
  return {text: tip ? tip.textContent : "", injected: document.querySelectorAll("#timeline-chart img, #timeline-chart i, #timeline-chart b b").length};
})()`, &tip)
	if tip.Text == "" {
		t.Fatal("no tooltip showed the hostile event")
	}
	if !strings.Contains(tip.Text, "<img src=x onerror=alert(1)>") || tip.Injected != 0 || tb.dialogs.Load() != 0 {
		t.Errorf("tooltip %q: the title must show as text; %d injected elements, %d dialogs", tip.Text, tip.Injected, tb.dialogs.Load())
	}
}
