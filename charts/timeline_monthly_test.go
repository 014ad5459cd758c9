package charts

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// Past TimelineDetail events the timeline draws a dot per lane and month,
// whose tooltip counts its events and whose click filters to that month:
// the option stays small enough to build and draw at 100,000 events.
func TestTimelineGroupsByMonthPastTheDetailLimit(t *testing.T) {
	d := dataset.Synthetic(TimelineDetail*3, 7)
	evs := make([]*dataset.Event, len(d.Events))
	for i := range d.Events {
		evs[i] = &d.Events[i]
	}
	b, err := BuildTimeline(evs, query.LaneKind, Config{Theme: "light"})
	if err != nil {
		t.Fatal(err)
	}
	var opt struct {
		Series []struct {
			Name string `json:"name"`
			Data []item `json:"data"`
		} `json:"series"`
	}
	if err := json.Unmarshal(b, &opt); err != nil {
		t.Fatal(err)
	}
	dots, total := 0, 0
	for _, s := range opt.Series {
		for _, it := range s.Data {
			dots++
			if it.ID != "" || it.Filter[ParamMonth] == "" || it.Filter[ParamFrom] != it.Filter[ParamTo] || it.Filter[ParamKind] == "" {
				t.Fatalf("%s: a monthly dot must filter to its month and kind, not open an event: %+v", s.Name, it)
			}
			var n int
			for _, f := range strings.Fields(strings.ReplaceAll(it.Tooltip.Formatter, ",", "")) {
				if v, ok := atoi(f); ok {
					n = v
				}
			}
			total += n
		}
	}
	if dots == 0 || dots >= len(evs)/2 {
		t.Errorf("%d dots for %d events: they are not grouped by month", dots, len(evs))
	}
	if total != len(evs) {
		t.Errorf("the monthly dots count %d events, want %d", total, len(evs))
	}
}

func atoi(s string) (int, bool) {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, s != ""
}
