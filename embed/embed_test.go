package embed

import (
	"slices"
	"testing"

	"github.com/laborlens/laborlens/dataset"
)

func shipped(t *testing.T) *dataset.Dataset {
	t.Helper()
	d, err := Dataset()
	if err != nil {
		t.Fatalf("the shipped dataset does not validate:\n%v", err)
	}
	return d
}

func TestShippedDatasetCoverage(t *testing.T) {
	d := shipped(t)
	if len(d.Events) < 550 {
		t.Errorf("%d events, want at least 550", len(d.Events))
	}
	countries := map[string]bool{}
	first, last := 9999, 0
	for _, e := range d.Events {
		for _, c := range e.Countries {
			countries[c] = true
		}
		first, last = min(first, e.Date.Year), max(last, e.Date.Year)
		if len(e.Sources) == 0 {
			t.Errorf("%s has no source", e.ID)
		}
	}
	if len(countries) < 15 {
		t.Errorf("%d countries, want at least 15", len(countries))
	}
	// The span starts with Amazon's first organizing drives, in 2000
	// (WashTech and the UFCW; see the scope in docs/dataset.md).
	if first != 2000 || last < 2026 {
		t.Errorf("events span %d–%d, want 2000–2026", first, last)
	}
	if d.Meta.Version == "" || d.Meta.Updated == "" || d.Meta.License == "" {
		t.Errorf("meta lacks version, updated or licence: %+v", d.Meta)
	}
}

func participant(e *dataset.Event, count int, what string) bool {
	return slices.ContainsFunc(e.Participants, func(p dataset.Participant) bool { return p.Count == count && p.What == what })
}

func person(e *dataset.Event, name string) bool {
	return slices.ContainsFunc(e.People, func(p dataset.Person) bool { return p.Name == name })
}

// The three events LaborLens started from carry their key facts.
func TestSeedEvents(t *testing.T) {
	d := shipped(t)
	get := func(id string) *dataset.Event {
		e, ok := d.Event(id)
		if !ok {
			t.Fatalf("seed event %s is missing", id)
		}
		return e
	}

	pledge := get("2022-08-16-people-over-prime-creator-pledge")
	if pledge.Kind != dataset.Boycott || pledge.Date.String() != "2022-08-16" ||
		!slices.Contains(pledge.Organizations, "gen-z-for-change") || !participant(pledge, 70, "pledged") ||
		!person(pledge, "Elise Joshi") || len(pledge.Demands) == 0 {
		t.Errorf("People Over Prime pledge lacks its key facts: %+v", pledge)
	}

	walkout := get("2023-05-31-amazon-corporate-walkout-seattle-hq")
	if walkout.Kind != dataset.Walkout || walkout.Date.String() != "2023-05-31" ||
		!slices.Contains(walkout.Organizations, "amazon-employees-for-climate-justice") ||
		!participant(walkout, 2143, "pledged") || !participant(walkout, 300, "walked out") ||
		!participant(walkout, 1000, "walked out") || !slices.Contains(walkout.Countries, "US") ||
		walkout.Place == "" || !person(walkout, "Brad Glasser") {
		t.Errorf("2023 corporate walkout lacks its key facts: %+v", walkout)
	}

	group := get("2024-09-uni-ilaw-amazon-surveillance-working-group")
	if group.Date.String() != "2024-09" || !group.International ||
		!slices.Contains(group.Organizations, "uni-global-union") || !slices.Contains(group.Organizations, "ilaw-network") ||
		!person(group, "Christy Hoffman") || !person(group, "Jeff Vogt") {
		t.Errorf("UNI/ILAW working group lacks its key facts: %+v", group)
	}
}

// Organizations are deduplicated: no two of one country share a name or an
// alias (France's CGT and Spain's CGT are two unions).
func TestOrganizationsAreDeduplicated(t *testing.T) {
	d := shipped(t)
	seen := map[string]string{}
	for _, o := range d.Organizations {
		for _, name := range append([]string{o.Name}, o.Aliases...) {
			key := dataset.Slug(name) + "/" + o.Country
			if other, ok := seen[key]; ok && other != o.ID {
				t.Errorf("%q names both %s and %s", name, other, o.ID)
			}
			seen[key] = o.ID
		}
	}
}
