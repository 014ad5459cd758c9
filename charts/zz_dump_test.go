package charts

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/laborlens/laborlens/embed"
)

func TestZZDump(t *testing.T) {
	d, _ := embed.Dataset()
	evs := pointers(d)
	out := map[string]string{}
	for _, th := range []string{"light", "dark"} {
		for _, c := range All() {
			js, _, _ := Build(c.ID, evs, Config{Theme: th, Outcome: stubOutcome, OrgName: OrgNames(d), ReducedMotion: true})
			out[th+"-"+c.ID] = string(js)
		}
		for _, l := range []string{"kind", "country", "org"} {
			js, _ := BuildTimeline(evs, l, Config{Theme: th, OrgName: OrgNames(d), ReducedMotion: true})
			out[th+"-timeline-"+l] = string(js)
		}
	}
	b, _ := json.Marshal(out)
	if err := os.WriteFile("/tmp/echk/real.js", append([]byte("window.OPTS="), b...), 0o644); err != nil {
		t.Fatal(err)
	}
}
