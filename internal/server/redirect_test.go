package server

import (
	"encoding/json"
	"net/http"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/embed"
)

// RenamedServer serves the shipped dataset with one event given a former
// id, as a correction that changes an event's date leaves it.
func RenamedServer(t *testing.T, old string) (*Server, *dataset.Event) {
	t.Helper()
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	d.Events[3].FormerIDs = append(d.Events[3].FormerIDs, old)
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if d, err = dataset.Parse("renamed.json", b); err != nil {
		t.Fatal(err)
	}
	e, ok := d.Renamed(old)
	if !ok {
		t.Fatal("the former id is not known")
	}
	web := fstest.MapFS{"build/app.wasm": {Data: []byte("\x00asm fake")}}
	s, err := New(d, web, Config{})
	if err != nil {
		t.Fatal(err)
	}
	return s, e
}

func TestFormerIDRedirects(t *testing.T) {
	const old = "1999-01-01-a-former-id"
	s, e := RenamedServer(t, old)
	for path, want := range map[string]string{
		"/events/" + old:              "/events/" + e.ID,
		"/events/" + old + "/":        "/events/" + e.ID,
		"/events/" + old + "?embed=1": "/events/" + e.ID + "?embed=1",
		"/embed/events/" + old:        "/embed/events/" + e.ID,
	} {
		rec := do(s, "GET", path)
		if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != want {
			t.Errorf("GET %s = %d to %q, want 301 to %q", path, rec.Code, rec.Header().Get("Location"), want)
		}
	}
	for _, path := range []string{"/events/" + e.ID, "/events/1999-01-01-not-a-former-id"} {
		if rec := do(s, "GET", path); rec.Code == http.StatusMovedPermanently {
			t.Errorf("GET %s redirects to %q", path, rec.Header().Get("Location"))
		}
	}
	if rec := do(s, "GET", "/events/"+e.ID); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Sources") {
		t.Errorf("the new address answers %d", rec.Code)
	}
	got := s.Redirects()
	for _, want := range [][2]string{{"/embed/events/" + old, "/embed/events/" + e.ID}, {"/events/" + old, "/events/" + e.ID}} {
		if !slices.Contains(got, want) {
			t.Errorf("Redirects() lacks %v: %v", want, got)
		}
	}
}

// /changes.json says what the shipped release changed; a dataset that does
// not say has none.
func TestChangesJSON(t *testing.T) {
	s := newTestServer(t, Config{})
	rec := do(s, "GET", "/changes.json")
	var c dataset.Changes
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") || json.Unmarshal(rec.Body.Bytes(), &c) != nil {
		t.Fatalf("GET /changes.json = %d %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	d, _ := embed.Dataset()
	if c.To != d.Meta.Version || c.From == "" || len(c.Added)+len(c.Changed) == 0 {
		t.Errorf("changes: from %q to %q, %d added, %d changed", c.From, c.To, len(c.Added), len(c.Changed))
	}
	other, _ := RenamedServer(t, "1999-01-01-x")
	if rec := do(other, "GET", "/changes.json"); rec.Code != http.StatusNotFound {
		t.Errorf("a dataset without changes: GET /changes.json = %d, want 404", rec.Code)
	}
}
