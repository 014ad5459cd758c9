package view

import (
	"net/url"
	"testing"

	"github.com/laborlens/laborlens/query"
)

// The list's page and "show all" facets read from the URL, invalid values
// dropped, and write back in canonical order after the filters.
func TestList(t *testing.T) {
	for raw, want := range map[string]string{
		"":                                  "/",
		"page=1":                            "/",
		"page=0&all=bogus":                  "/",
		"page=3":                            "/?page=3",
		"page=999999":                       "/?page=1000",
		"all=facility,org&all=kind,nothing": "/?all=kind%2Corg%2Cfacility",
		"page=x&all=org":                    "/?all=org",
	} {
		q, err := url.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := ParseList(q).Href(query.State{}); got != want {
			t.Errorf("ParseList(%q).Href = %q, want %q", raw, got, want)
		}
	}
	s := query.State{}.With(query.FacetKind, "strike")
	v := ParseList(url.Values{"page": {"2"}})
	if v.Shown() != 2*PageSize || v.More().Shown() != 3*PageSize || v.FirstPage().Shown() != PageSize {
		t.Errorf("Shown: %d, more %d, first page %d", v.Shown(), v.More().Shown(), v.FirstPage().Shown())
	}
	all := v.ShowingAll(query.FacetOrg).ShowingAll(query.FacetKind)
	if got := all.Href(s); got != "/?all=kind%2Corg&kind=strike&page=2" {
		t.Errorf("ShowingAll: %q", got)
	}
	if v.All != nil {
		t.Error("ShowingAll changed the List it was called on")
	}
	if got := all.FirstPage().Href(s); got != "/?all=kind%2Corg&kind=strike" {
		t.Errorf("FirstPage keeps the facets shown in full: %q", got)
	}
}
