package feed

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/query"
)

// atom is a strict reading of an Atom document: the elements RFC 4287
// requires, in the Atom namespace.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"http://www.w3.org/2005/Atom id"`
	Title   string   `xml:"http://www.w3.org/2005/Atom title"`
	Updated string   `xml:"http://www.w3.org/2005/Atom updated"`
	Author  []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Links   []link `xml:"http://www.w3.org/2005/Atom link"`
	Entries []struct {
		ID        string `xml:"http://www.w3.org/2005/Atom id"`
		Title     string `xml:"http://www.w3.org/2005/Atom title"`
		Updated   string `xml:"http://www.w3.org/2005/Atom updated"`
		Published string `xml:"http://www.w3.org/2005/Atom published"`
		Links     []link `xml:"http://www.w3.org/2005/Atom link"`
		Summary   string `xml:"http://www.w3.org/2005/Atom summary"`
		Content   struct {
			Type string `xml:"type,attr"`
			Body string `xml:",chardata"`
		} `xml:"http://www.w3.org/2005/Atom content"`
	} `xml:"http://www.w3.org/2005/Atom entry"`
}

type link struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

var uuidURN = regexp.MustCompile(`^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

// parse reads b strictly and checks RFC 4287's rules: ids are URIs and
// unique, times are RFC 3339, one alternate link per entry, an author.
func parse(t *testing.T, b []byte) atom {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = true
	var f atom
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("the feed is not well-formed Atom: %v", err)
	}
	rfc3339 := func(what, s string) {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			t.Errorf("%s %q is not an RFC 3339 time", what, s)
		}
	}
	if !uuidURN.MatchString(f.ID) || f.Title == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
		t.Errorf("feed id %q, title %q, author %v: each is required", f.ID, f.Title, f.Author)
	}
	rfc3339("feed updated", f.Updated)
	self := false
	for _, l := range f.Links {
		self = self || l.Rel == "self"
	}
	if !self {
		t.Error("the feed has no rel=self link")
	}
	seen := map[string]bool{}
	for _, e := range f.Entries {
		if !uuidURN.MatchString(e.ID) || seen[e.ID] || e.Title == "" || e.Summary == "" || e.Content.Type != "html" {
			t.Errorf("entry %q (%q): id must be a unique URN, title, summary and html content present", e.ID, e.Title)
		}
		seen[e.ID] = true
		rfc3339("entry updated", e.Updated)
		rfc3339("entry published", e.Published)
		alternates := 0
		for _, l := range e.Links {
			if l.Rel == "alternate" {
				alternates++
			}
		}
		if alternates != 1 {
			t.Errorf("entry %q has %d alternate links, want 1", e.ID, alternates)
		}
	}
	return f
}

func shipped(*testing.T) *dataset.Dataset { return embed.MustDataset() }

func TestFeedIsAtomAndHoldsTheExplorersEvents(t *testing.T) {
	ix := query.NewIndex(shipped(t))
	for _, q := range []string{"", "country=DE&kind=strike", "q=bessemer", "org=amazon-labor-union&from=2022"} {
		v, _ := url.ParseQuery(q)
		st := ix.Parse(v)
		f := parse(t, Atom(ix.Dataset(), Select(ix, st), Feed{Base: "https://l.example", State: st}))
		res := ix.Search(st)
		if len(f.Entries) != len(res.Hits) || len(res.Hits) == 0 {
			t.Fatalf("%q: the feed has %d entries, the explorer %d", q, len(f.Entries), len(res.Hits))
		}
		want := map[string]bool{}
		for _, h := range res.Hits {
			want["https://l.example/events/"+h.Event.ID] = true
		}
		prev := "9999"
		for _, e := range f.Entries {
			if !want[e.Links[0].Href] {
				t.Errorf("%q: entry %s is not in the explorer's list", q, e.Links[0].Href)
			}
			if e.Published > prev {
				t.Errorf("%q: entries are not newest first: %s after %s", q, e.Published, prev)
			}
			prev = e.Published
		}
		if !strings.Contains(f.Links[0].Href, st.FeedPath()) {
			t.Errorf("%q: self link %q, want %q", q, f.Links[0].Href, st.FeedPath())
		}
	}
}

// An entry's id depends on the event id only: two builds of the feed, on
// other hosts and from freshly parsed datasets, give each event the same id.
func TestEntryIDsAreStable(t *testing.T) {
	ids := func(base string) map[string]string {
		ix := query.NewIndex(shipped(t))
		f := parse(t, Atom(ix.Dataset(), Select(ix, query.State{}), Feed{Base: base}))
		out := map[string]string{}
		for _, e := range f.Entries {
			out[e.Links[0].Href[strings.LastIndex(e.Links[0].Href, "/")+1:]] = e.ID
		}
		return out
	}
	a, b := ids("https://a.example"), ids("")
	if len(a) < 300 || len(a) != len(b) {
		t.Fatalf("%d and %d entries", len(a), len(b))
	}
	for id, urn := range a {
		if b[id] != urn || EntryID(id) != urn {
			t.Errorf("event %s: ids %q and %q", id, urn, b[id])
		}
	}
	// A fixed point, so that a change to the scheme cannot pass unseen.
	if got := EntryID("2022-04-01-jfk8-union-election"); got != "urn:uuid:"+uuid5("event:2022-04-01-jfk8-union-election") || !uuidURN.MatchString(got) {
		t.Errorf("EntryID = %q", got)
	}
}

// Hostile data stays text: the XML parses and the HTML content escapes it.
func TestFeedEscapesData(t *testing.T) {
	d := dataset.Synthetic(3, 1)
	d.Events[0].Title = `</title><script>alert(1)</script> & "q"`
	d.Events[0].Summary = `<img src=x onerror=alert(1)>`
	ix := query.NewIndex(d)
	f := parse(t, Atom(d, Select(ix, query.State{}), Feed{}))
	for _, e := range f.Entries {
		if strings.Contains(e.Content.Body, "<img") || strings.Contains(e.Content.Body, "<script") {
			t.Errorf("the content's HTML carries markup from the data: %s", e.Content.Body)
		}
	}
}

func TestStaticFeedsCoverKindsCountriesOrgs(t *testing.T) {
	ix := query.NewIndex(shipped(t))
	paths := map[string]bool{}
	for _, s := range Static(ix) {
		paths[s.FeedPath()] = true
	}
	for _, want := range []string{"/feed.xml", "/feeds/kind/strike.xml", "/feeds/country/DE.xml", "/feeds/org/amazon-labor-union.xml", "/feeds/facility/JFK8.xml"} {
		if !paths[want] {
			t.Errorf("the static feeds lack %s", want)
		}
	}
	if len(paths) < 1+10+15+100 {
		t.Errorf("only %d static feeds", len(paths))
	}
}
