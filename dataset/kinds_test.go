package dataset

import (
	"os"
	"strings"
	"testing"
)

func TestKinds(t *testing.T) {
	want := []Kind{Strike, Walkout, UnionElection, UnionDrive, Boycott, Petition, OpenLetter, Protest,
		Lawsuit, RegulatoryAction, Legislation, ShareholderAction, CampaignKind, Report, Other}
	ks := Kinds()
	if len(ks) != len(want) {
		t.Fatalf("got %d kinds, want %d", len(ks), len(want))
	}
	for i, k := range ks {
		if k.Kind != want[i] {
			t.Errorf("Kinds()[%d] = %s, want %s", i, k.Kind, want[i])
		}
		checkInfo(t, string(k.Kind), k.Label, k.Definition)
	}
	if UnionElection.Label() != "Union election" || !Strike.Known() || Kind("strik").Known() {
		t.Error("Kind methods")
	}
	if Kind("strik").Label() != "strik" || Boycott.Definition() == "" {
		t.Error("Kind methods on unknown kinds")
	}
	ks[0].Label = "changed"
	if Strike.Label() != "Strike" {
		t.Error("Kinds() shares its table")
	}
}

func TestOrgKinds(t *testing.T) {
	want := []OrgKind{Union, WorkerGroup, AdvocacyGroup, Coalition, NGO, Regulator, Court, Legislature, Company, Media, OtherOrg}
	ks := OrgKinds()
	if len(ks) != len(want) {
		t.Fatalf("got %d kinds, want %d", len(ks), len(want))
	}
	for i, k := range ks {
		if k.Kind != want[i] {
			t.Errorf("OrgKinds()[%d] = %s, want %s", i, k.Kind, want[i])
		}
		checkInfo(t, string(k.Kind), k.Label, k.Definition)
	}
	if WorkerGroup.Label() != "Worker group" || OrgKind("x").Known() {
		t.Error("OrgKind methods")
	}
}

func TestFacilityTypes(t *testing.T) {
	want := []FacilityType{FulfillmentCenter, SortCenter, DeliveryStation, AirHub, Office, DataCenter, Store, OtherFacility}
	ts := FacilityTypes()
	if len(ts) != len(want) {
		t.Fatalf("got %d types, want %d", len(ts), len(want))
	}
	for i, ft := range ts {
		if ft.Type != want[i] {
			t.Errorf("FacilityTypes()[%d] = %s, want %s", i, ft.Type, want[i])
		}
		checkInfo(t, string(ft.Type), ft.Label, ft.Definition)
	}
	if FulfillmentCenter.Label() != "Fulfillment center" || FacilityType("warehouse").Known() {
		t.Error("FacilityType methods")
	}
}

func checkInfo(t *testing.T, id, label, def string) {
	t.Helper()
	if label == "" || strings.ToUpper(label[:1]) != label[:1] {
		t.Errorf("%s: label %q should start with a capital", id, label)
	}
	if def == "" || !strings.HasSuffix(def, ".") || strings.Contains(def, "\n") {
		t.Errorf("%s: definition %q should be one sentence", id, def)
	}
}

// docs/dataset.md lists every kind, organization kind and facility type
// with the definition the app shows.
func TestDocsListKinds(t *testing.T) {
	b, err := os.ReadFile("../docs/dataset.md")
	if err != nil {
		t.Skip("docs not found:", err)
	}
	doc := string(b)
	row := func(id, label, def string) {
		if r := "| `" + id + "` | " + label + " | " + def + " |"; !strings.Contains(doc, r) {
			t.Errorf("docs/dataset.md lacks the row\n%s", r)
		}
	}
	for _, k := range Kinds() {
		row(string(k.Kind), k.Label, k.Definition)
	}
	for _, k := range OrgKinds() {
		row(string(k.Kind), k.Label, k.Definition)
	}
	for _, ft := range FacilityTypes() {
		row(string(ft.Type), ft.Label, ft.Definition)
	}
}
