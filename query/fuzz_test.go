package query

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

// FuzzParseState feeds raw query strings through url.ParseQuery, slowParse
// and Encode: parsing must not panic, parsing∘Encode must be stable and
// Index.Parse must agree with slowParse. The State is searched too, and its
// hits must pass the month and international filters, which the facets do
// not show as lists of their own.
func FuzzParseState(f *testing.F) {
	ds, ix := realData(f)
	for _, seed := range []string{
		"", "q=jfk8+vote&kind=strike,walkout&country=us&from=2019&to=2024&sort=size",
		"q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q=%00&kind=%00", "from=2024&to=2019&from=x",
		"outcome=won,LOST&facility=jfk8&org=amazon-labor-union", "q=%E2%80%AE%D8%B9%D9%85%D8%A7%D9%84",
		"q=" + url.QueryEscape("✊🏽 strike"), "kind=;q=a;b", "%zz=1&q=%",
		"from=2021&to=2021&month=7", "month=11", "month=07", "month=13&month=-1&month=0", "month=%2B7",
		"international=1", "international=true&international=1", "international=1&month=11&country=de",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		v, _ := url.ParseQuery(raw) // keeps what it could parse
		s := slowParse(v, ds)
		enc := s.Encode()
		v2, err := url.ParseQuery(enc)
		if err != nil {
			t.Fatalf("Encode gives an invalid query %q: %v", enc, err)
		}
		s2 := slowParse(v2, ds)
		if !s2.Equal(s) {
			t.Fatalf("slowParse(Encode(s)) != s\nraw %q\ns  %+v\ns2 %+v", raw, s, s2)
		}
		if s2.Encode() != enc {
			t.Fatalf("Encode is not stable: %q then %q", enc, s2.Encode())
		}
		if !ix.Parse(v).Equal(s) {
			t.Fatalf("Index.Parse differs for %q", raw)
		}
		if s.Month < 0 || s.Month > 12 {
			t.Fatalf("month %d from %q", s.Month, raw)
		}
		if s.International != slices.ContainsFunc(v["international"], func(x string) bool { return strings.TrimSpace(x) == "1" }) {
			t.Fatalf("international %v from %q", s.International, raw)
		}
		if (s.Month != 0 || s.International) && !s.Filtered() {
			t.Fatalf("%+v is not Filtered", s)
		}
		r := ix.Search(s)
		if len(r.Hits) > r.Total {
			t.Fatalf("%d hits of %d", len(r.Hits), r.Total)
		}
		for _, h := range r.Hits {
			if s.Month != 0 && h.Event.Date.Month != s.Month || s.International && !h.Event.International {
				t.Fatalf("%s finds %s (%v, international %v)", enc, h.Event.ID, h.Event.Date, h.Event.International)
			}
		}
		if s.Month != 0 && (len(r.Facets.Month) == 0 || !slices.ContainsFunc(r.Facets.Month, func(c Count) bool { return c.Selected })) {
			t.Fatalf("%s: the month facet does not show the selected month: %+v", enc, r.Facets.Month)
		}
		_ = s.Slug()
	})
}
