package cite

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
	"github.com/laborlens/laborlens/format"
)

func shipped(*testing.T) *dataset.Dataset { return embed.MustDataset() }

// works are the citations the tests check: the release, two shipped
// events and an event whose text holds every character BibTeX treats
// specially.
func works(t *testing.T) []Work {
	d := shipped(t)
	hostile := d.Events[1]
	hostile.Title = `50% of {workers} & #strike_now $5 ^~ \ "quoted"` + "\nline"
	return []Work{
		Release(d.Meta, "https://l.example/"),
		Event(d.Meta, &d.Events[0], "https://l.example/events/"+d.Events[0].ID),
		Event(d.Meta, &hostile, "https://l.example/events/"+hostile.ID),
	}
}

func TestBibTeXParsesAndCarriesTheFacts(t *testing.T) {
	for _, w := range works(t) {
		entries, err := parseBibTeX(w.BibTeX())
		if err != nil || len(entries) != 1 {
			t.Fatalf("%s: %v\n%s", w.Key, err, w.BibTeX())
		}
		f := entries[0].Fields
		if entries[0].Key != w.Key || f["title"] != oneLine(w.Title) || f["date"] != w.Released || f["year"] != w.Released[:4] ||
			f["url"] != w.URL || f["version"] != w.Version || f["author"] != Author {
			t.Errorf("%s: %v", w.Key, f)
		}
		if !w.IsRelease() && f["eventdate"] != w.Event.String() {
			t.Errorf("%s: eventdate %q", w.Key, f["eventdate"])
		}
	}
}

func TestRISParsesAndCarriesTheFacts(t *testing.T) {
	for _, w := range works(t) {
		tags, err := parseRIS(w.RIS())
		if err != nil {
			t.Fatalf("%s: %v\n%q", w.Key, err, w.RIS())
		}
		wantType := "ELEC"
		if w.IsRelease() {
			wantType = "DATA"
		}
		if tags["TY"][0] != wantType || tags["TI"][0] != oneLine(w.Title) || tags["DA"][0] != strings.ReplaceAll(w.Released, "-", "/")+"/" ||
			tags["UR"][0] != w.URL || tags["ET"][0] != w.Version || tags["PY"][0] != w.Released[:4] {
			t.Errorf("%s: %v", w.Key, tags)
		}
	}
}

func TestCSLJSONParsesAndCarriesTheFacts(t *testing.T) {
	for _, w := range works(t) {
		var items []struct {
			ID, Type, Title, Version, URL string
			Author                        []struct{ Literal string }
			Issued                        struct {
				DateParts [][]int `json:"date-parts"`
			}
			EventDate *struct {
				DateParts [][]int `json:"date-parts"`
			} `json:"event-date"`
			Publisher, Note, License string
			ContainerTitle           string `json:"container-title"`
		}
		dec := json.NewDecoder(bytes.NewReader(w.CSLJSON()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&items); err != nil || len(items) != 1 {
			t.Fatalf("%s: %v\n%s", w.Key, err, w.CSLJSON())
		}
		it := items[0]
		issued := it.Issued.DateParts
		if it.ID != w.Key || it.Title != w.Title || it.URL != w.URL || it.Version != w.Version || len(issued) != 1 ||
			jsonOf(issued[0]) != jsonOf(dateParts(w.Released)) || len(issued[0]) != 3 || it.Author[0].Literal != Author {
			t.Errorf("%s: %+v", w.Key, it)
		}
		if w.IsRelease() != (it.Type == "dataset") || !w.IsRelease() && it.EventDate == nil {
			t.Errorf("%s: type %q, event date %v", w.Key, it.Type, it.EventDate)
		}
	}
}

func jsonOf(v any) string { b, _ := json.Marshal(v); return string(b) }

// The release's text names its version and date; an event's its title,
// date, version and page.
func TestTextCitations(t *testing.T) {
	d := shipped(t)
	r := Release(d.Meta, "https://l.example/").Text()
	if !strings.Contains(r, d.Meta.Version) || !strings.Contains(r, d.Meta.Updated) || !strings.HasSuffix(r, "https://l.example/") {
		t.Errorf("release: %q", r)
	}
	e := &d.Events[0]
	x := Event(d.Meta, e, "/events/"+e.ID).Text()
	if !strings.Contains(x, e.Title) || !strings.Contains(x, format.Date(e.Date)) || !strings.Contains(x, d.Meta.Version) || !strings.Contains(x, "/events/"+e.ID) {
		t.Errorf("event: %q", x)
	}
	// Without a suggested text, the release's is built from the metadata.
	m := d.Meta
	m.Citation = ""
	if r := Release(m, "").Text(); !strings.Contains(r, m.Version) || !strings.Contains(r, m.Updated) || !strings.Contains(r, m.Title) {
		t.Errorf("built release text: %q", r)
	}
}

// CITATION.cff stays in step with the shipped dataset's metadata.
func TestCitationFileIsInStep(t *testing.T) {
	d := shipped(t)
	f, err := os.Open("../CITATION.cff")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && !strings.HasPrefix(k, " ") {
			got[k] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	want := map[string]string{"title": d.Meta.Title, "version": d.Meta.Version, "date-released": d.Meta.Updated, "license": d.Meta.License, "type": "dataset"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("CITATION.cff %s: %q; the dataset says %q", k, got[k], v)
		}
	}
}
