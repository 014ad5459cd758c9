package dataset

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

func TestCountries(t *testing.T) {
	cs := Countries()
	if len(cs) != 249 {
		t.Errorf("got %d countries, want the 249 assigned ISO 3166-1 codes", len(cs))
	}
	for i, c := range cs {
		if len(c.Code) != 2 || strings.ToUpper(c.Code) != c.Code || c.Name == "" {
			t.Errorf("bad entry %+v", c)
		}
		if i > 0 && cs[i-1].Code >= c.Code {
			t.Errorf("not sorted or duplicate at %s", c.Code)
		}
	}
	for code, want := range map[string]string{"DE": "Germany", "US": "United States", "GB": "United Kingdom", "AX": "Åland Islands", "ZW": "Zimbabwe", "UK": "", "de": "", "": ""} {
		if got := CountryName(code); got != want {
			t.Errorf("CountryName(%q) = %q, want %q", code, got, want)
		}
	}
}

// The codes match the system's tz database list of ISO 3166 codes, where
// there is one.
func TestCountriesMatchTZData(t *testing.T) {
	f, err := os.Open("/usr/share/zoneinfo/iso3166.tab")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	n := 0
	s := bufio.NewScanner(f)
	for s.Scan() {
		code, _, ok := strings.Cut(s.Text(), "\t")
		if !ok || strings.HasPrefix(code, "#") {
			continue
		}
		n++
		if !KnownCountry(code) {
			t.Errorf("tzdata code %s missing", code)
		}
	}
	if n != len(countries) {
		t.Errorf("tzdata has %d codes, the table %d", n, len(countries))
	}
}
