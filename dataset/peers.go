package dataset

import (
	"net/url"
	"strings"
)

// peerDataset is another dataset of worker actions whose records LaborLens
// cites. A source labelled as one of its records must link to the record.
type peerDataset struct {
	name   string
	hosts  []string // where its records live: host, or host/path prefix
	record string   // the form of a record's URL, for the message
}

var peerDatasets = []peerDataset{
	{"Collective Action in Tech", []string{"collectiveaction.tech", "github.com/collective-action"}, "https://data.collectiveaction.tech/action/N"},
	{"Labor Action Tracker", []string{"striketracker.ilr.cornell.edu", "ilr.cornell.edu", "github.com/ilrwebservices"}, "its record or map page"},
}

// labelledAsRecord reports the peer dataset a source's title or publisher
// names it a record of: the publisher is the peer itself, or the title
// names the peer together with "dataset", "record" or "action N".
func labelledAsRecord(s Source) (peerDataset, bool) {
	t, p := strings.ToLower(s.Title), strings.ToLower(s.Publisher)
	for _, d := range peerDatasets {
		n := strings.ToLower(d.name)
		if strings.Contains(p, n) || strings.Contains(t, n) && recordWords(t) {
			return d, true
		}
	}
	return peerDataset{}, false
}

// recordWords reports whether a title speaks of a dataset record.
func recordWords(t string) bool {
	if strings.Contains(t, "dataset") || strings.Contains(t, "record") || strings.Contains(t, "#") {
		return true
	}
	for rest := t; ; {
		i := strings.Index(rest, "action ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("action "):]
		if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
	}
}

// onPeer reports whether raw is a page of the peer dataset d.
func (d peerDataset) onPeer(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	full := host + strings.ToLower(u.EscapedPath())
	for _, h := range d.hosts {
		if strings.Contains(h, "/") {
			if full == h || strings.HasPrefix(full, h+"/") {
				return true
			}
		} else if host == h || strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// sourceLabel reports a source whose title or publisher call it a peer
// dataset's record while its URL is another page: a title and publisher
// must be the linked page's own.
func (v *validator) sourceLabel(field string, s Source) {
	d, ok := labelledAsRecord(s)
	if !ok || s.URL == "" || d.onPeer(s.URL) {
		return
	}
	what := "title"
	if strings.Contains(strings.ToLower(s.Publisher), strings.ToLower(d.name)) {
		what = "publisher"
	}
	v.add(field+"."+what, "labelled as a %s record, but the URL %s is not one of its pages: give the linked page's own title and publisher, and cite the record (%s) as a source of its own",
		d.name, s.URL, d.record)
}
