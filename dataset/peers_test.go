package dataset

import (
	"strings"
	"testing"
)

// A source labelled as a peer dataset's record must link to that record.
func TestSourceLabelledAsRecord(t *testing.T) {
	for _, tc := range []struct {
		src   Source
		field string // "" if the source is fine
	}{
		{Source{URL: "https://www.nytimes.com/2022/04/01/x.html", Title: "Collective Action in Tech dataset (github.com/collective-action/tech, actions.csv), record #546", Publisher: "Collective Action in Tech"}, "sources[0].publisher"},
		{Source{URL: "https://www.nytimes.com/2022/04/01/x.html", Title: "Collective Action in Tech dataset, record #546", Publisher: "The New York Times"}, "sources[0].title"},
		{Source{URL: "https://www.reuters.com/x", Title: "Labor Action Tracker, action 1434"}, "sources[0].title"},
		{Source{URL: "https://example.org/x", Publisher: "Labor Action Tracker"}, "sources[0].publisher"},
		{Source{URL: "https://data.collectiveaction.tech/action/552", Title: "Collective Action in Tech, action 552", Publisher: "Collective Action in Tech"}, ""},
		{Source{URL: "https://github.com/collective-action/tech/blob/main/actions/0552.json", Title: "Collective Action in Tech dataset, record #552"}, ""},
		{Source{URL: "https://striketracker.ilr.cornell.edu/", Title: "Labor Action Tracker, action 1434", Publisher: "Labor Action Tracker"}, ""},
		// A news page about a peer dataset is its own page, not a record.
		{Source{URL: "https://example.org/news", Title: "Collective Action in Tech launches an archive", Publisher: "Example News"}, ""},
		{Source{URL: "https://example.org/news", Title: "Amazon beats record proposals at AGM", Publisher: "Retail Systems"}, ""},
		// A host that merely ends like the peer's is not the peer.
		{Source{URL: "https://notcollectiveaction.tech/action/1", Publisher: "Collective Action in Tech"}, "sources[0].publisher"},
	} {
		d := small()
		d.Events[0].Sources = []Source{tc.src}
		ps := d.Validate()
		if tc.field == "" {
			if ps != nil {
				t.Errorf("%+v: %v", tc.src, ps)
			}
			continue
		}
		if len(ps) != 1 || ps[0].Record != jfk8 || ps[0].Field != tc.field || !strings.Contains(ps[0].Msg, "is not one of its pages: give the linked page's own title and publisher") {
			t.Errorf("%+v: want one problem on %s, got %v", tc.src, tc.field, ps)
		}
	}
}

// The rule reports file and line when parsing.
func TestSourceLabelLine(t *testing.T) {
	b := []byte(strings.Replace(string(must(encodeJSON(small()))), `"url":"https://example.org/jfk8"`,
		`"url":"https://example.org/jfk8","publisher":"Collective Action in Tech"`, 1))
	_, err := Parse("d.json", b)
	if err == nil || !strings.Contains(err.Error(), `d.json:1: event "2022-04-01-jfk8-union-election" (events[0]): sources[0].publisher: labelled as a Collective Action in Tech record`) {
		t.Errorf("got %v", err)
	}
}
