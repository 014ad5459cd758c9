package app

import (
	"net/http"
	"testing"

	"github.com/laborlens/laborlens/embed"
)

// A static host serves every page at its directory form too (/timeline/
// for timeline/index.html): each page must be the same page there.
func TestEveryPageAlsoWithTrailingSlash(t *testing.T) {
	d, err := embed.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	SetDataset(d)
	for _, p := range Pages() {
		if p == "/" {
			continue
		}
		if got, want := Status(p+"/"), Status(p); got != want || want != http.StatusOK {
			t.Errorf("Status(%q) = %d, Status(%q) = %d, want both 200", p+"/", got, p, want)
		}
	}
}
