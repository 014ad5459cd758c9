package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The timeline's lane is part of the view: removing a filter chip or
// clearing all filters keeps it, and an embed with an unknown lane falls
// back to lanes by kind, as the full timeline does.
func TestTimelineLaneSurvivesFilters(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	laneIs := func(want string) string {
		return `new URL(location).searchParams.get("lane") === ` + jsString(want) + ` && document.getElementById("lane").value === ` + jsString(want)
	}
	tb.run(t, chromedp.Navigate(s.URL+"/timeline?lane=country&kind=strike&kind=protest"), waitWasm(), waitJS(drawn("timeline-chart")),
		waitJS(laneIs("country")))

	tb.run(t, click(`.active-filters .chip`), waitJS(`new URL(location).searchParams.getAll("kind").length === 1`))
	var lane string
	tb.eval(t, `new URL(location).searchParams.get("lane")`, &lane)
	if lane != "country" {
		t.Errorf("removing a chip set lane to %q, want country", lane)
	}
	tb.run(t, waitJS(laneIs("country")))

	tb.run(t, chromedp.Evaluate(`[...document.querySelectorAll(".active-filters a, .active-filters button")].find(b => b.textContent.trim() === "Clear all").click()`, nil),
		waitJS(`!new URL(location).searchParams.has("kind")`))
	tb.eval(t, `new URL(location).searchParams.get("lane")`, &lane)
	if lane != "country" {
		t.Errorf("clear all set lane to %q, want country", lane)
	}

	tb.run(t, chromedp.Navigate(s.URL+"/embed/timeline?lane=bogus"), waitWasm(), waitJS(drawn("timeline-chart")),
		waitJS(`echarts.getInstanceByDom(document.getElementById("timeline-chart")).getOption().yAxis[0].data.some(d => String(d.value || d) === "Strike")`))
	if errs := tb.Errors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
