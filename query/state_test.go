package query

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/outcome"
)

var realOnce struct {
	sync.Once
	ds *dataset.Dataset
	ix *Index
}

// realData returns the shipped dataset and its index, loaded once.
func realData(t testing.TB) (*dataset.Dataset, *Index) {
	t.Helper()
	realOnce.Do(func() {
		ds, err := dataset.ParseFile("../embed/dataset.json")
		if err != nil {
			t.Fatalf("loading the real dataset: %v", err)
		}
		realOnce.ds, realOnce.ix = ds, NewIndex(ds)
	})
	if realOnce.ds == nil {
		t.Fatal("the real dataset did not load")
	}
	return realOnce.ds, realOnce.ix
}

func mustQuery(t *testing.T, raw string) url.Values {
	t.Helper()
	v, err := url.ParseQuery(raw)
	if err != nil {
		t.Fatalf("ParseQuery(%q): %v", raw, err)
	}
	return v
}

func TestParse(t *testing.T) {
	ds, ix := realData(t)
	org := ds.Organizations[0].ID
	fac := ds.Facilities[0].Code
	for _, c := range []struct {
		raw  string
		want State
	}{
		{"", State{}},
		{"q=jfk8+vote", State{Q: "jfk8 vote"}},
		{"kind=strike&kind=walkout", State{Kinds: []dataset.Kind{"strike", "walkout"}}},
		{"kind=walkout,Strike,strike,nonsense,", State{Kinds: []dataset.Kind{"strike", "walkout"}}},
		{"country=de,us&country=XX&country=AQ", State{Countries: []string{"DE", "US"}}}, // XX unassigned, AQ not in the data
		{"org=" + org + ",no-such-org,Bad Id", State{Orgs: []string{org}}},
		{"facility=" + strings.ToLower(fac) + ",ZZZZ9", State{Facilities: []string{fac}}},
		{"outcome=won,lost,maybe", State{Outcomes: []outcome.Category{outcome.Lost, outcome.Won}}},
		{"from=2019&to=2024", State{From: 2019, To: 2024}},
		{"from=2024&to=2019", State{From: 2019, To: 2024}},
		{"from=abc&to=1899", State{}},
		{"from=2101&to=+2020+", State{To: 2020}},
		{"from=&from=2015", State{From: 2015}},
		{"sort=oldest", State{Sort: SortOldest}},
		{"sort=SIZE", State{Sort: SortSize}},
		{"sort=random", State{}},
		{"unknown=1&q=", State{}},
		{"month=7", State{Month: 7}},
		{"month=07", State{Month: 7}}, // the calendar's "2021-07" spelling
		{"month=+11+", State{Month: 11}},
		{"from=2021&to=2021&month=12", State{From: 2021, To: 2021, Month: 12}},
		{"month=13", State{}},
		{"month=0", State{}},
		{"month=00", State{}},
		{"month=-1", State{}},
		{"month=%2B7", State{}}, // a sign is not a month
		{"month=007", State{}},
		{"month=7.0", State{}},
		{"month=0x7", State{}},
		{"month=july", State{}},
		{"month=7,11", State{}},
		{"month=%00", State{}},
		{"month=99999999999999999999", State{}},
		{"month=2021-07", State{}},
		{"month=13&month=&month=3&month=4", State{Month: 3}}, // the first valid one
		{"international=1", State{International: true}},
		{"international=+1+", State{International: true}},
		{"international=true", State{}},
		{"international=0", State{}},
		{"international=yes", State{}},
		{"international=", State{}},
		{"international=01", State{}},
		{"international=1,1", State{}},
		{"international=true&international=1", State{International: true}},
		{"international=1&month=11&kind=strike", State{Kinds: []dataset.Kind{"strike"}, Month: 11, International: true}},
	} {
		v := mustQuery(t, c.raw)
		if got := slowParse(v, ds); !got.Equal(c.want) {
			t.Errorf("slowParse(%q) = %+v, want %+v", c.raw, got, c.want)
		}
		if got := ix.Parse(v); !got.Equal(c.want) {
			t.Errorf("Index.Parse(%q) = %+v, want %+v", c.raw, got, c.want)
		}
	}
	// Without a dataset, values are checked for form only.
	got := slowParse(mustQuery(t, "country=AQ,XX&org=any-org,Bad!&facility=abc1"), nil)
	want := State{Countries: []string{"AQ"}, Orgs: []string{"any-org"}, Facilities: []string{"ABC1"}}
	if !got.Equal(want) {
		t.Errorf("Parse without a dataset = %+v, want %+v", got, want)
	}
}

func TestParseHostileQuery(t *testing.T) {
	ds, ix := realData(t)
	long := strings.Repeat("ab ", 500)
	for _, c := range []struct{ raw, want string }{
		{"q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>"},
		{"q=a%00b%07c", "abc"},
		{"q=%00%01%1F", ""},
		{"q=%20%20", ""},
		{"q=line%0Abreak%09tab", "line break tab"},
		{"q=%E2%80%AEevil%E2%80%AC", "evil"}, // bidi override dropped
		{"q=%FF%FEbad", "bad"},               // invalid UTF-8 dropped
		{"q=" + url.QueryEscape("عمال أمازون"), "عمال أمازون"}, // RTL text kept
		{"q=" + url.QueryEscape("strike ✊🏽 👩‍👩‍👧"), "strike ✊🏽 👩‍👩‍👧"},
		{"q=" + url.QueryEscape(long), long[:MaxQuery]},
		{"q=" + url.QueryEscape(strings.Repeat("ü", 300)), strings.Repeat("ü", MaxQuery)},
	} {
		s := slowParse(mustQuery(t, c.raw), ds)
		if s.Q != c.want {
			t.Errorf("slowParse(%.40q).Q = %.60q, want %.60q", c.raw, s.Q, c.want)
		}
		if n := utf8.RuneCountInString(s.Q); n > MaxQuery || !utf8.ValidString(s.Q) {
			t.Errorf("slowParse(%.40q).Q has %d runes, valid %v", c.raw, n, utf8.ValidString(s.Q))
		}
		// The query round-trips and searches without trouble.
		if back := slowParse(mustQuery(t, s.Encode()), ds); !back.Equal(s) {
			t.Errorf("round trip of %.40q: %+v != %+v", c.raw, back, s)
		}
		ix.Search(s)
	}
	s := slowParse(mustQuery(t, "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"), ds)
	if enc := s.Encode(); strings.ContainsAny(enc, "<>") {
		t.Errorf("Encode leaves markup unescaped: %s", enc)
	}
}

func TestWords(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"", nil},
		{"  Climate   WALKOUT ", []string{"climate", "walkout"}},
		{`"climate walkout"`, []string{"climate", "walkout"}},
		{"'jfk8' vote, vote; VOTE", []string{"jfk8", "vote"}},
		{"ver.di covid-19 cal/osha workers'", []string{"verdi", "covid19", "calosha", "workers"}},
		{"Poznań Świebodzin Straße", []string{"poznan", "swiebodzin", "strase"}},
		{"<script>alert(1)</script>", []string{"script", "alert", "1"}},
		{"✊🏽 strike 🙂", []string{"strike"}},
		{"عمال أمازون", []string{"عمال", "أمازون"}},
		{"a b c d e f g h i j k l m n", []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"}},
		{"---", nil},
	} {
		if got := Words(c.q); !slicesEqual(got, c.want) {
			t.Errorf("Words(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func slicesEqual(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

func TestEncode(t *testing.T) {
	s := State{}.WithQuery("jfk8 vote").With(FacetKind, "walkout").With(FacetKind, "strike").
		With(FacetCountry, "us").WithYears(2024, 2019).WithSort(SortOldest)
	want := "country=US&from=2019&kind=strike&kind=walkout&q=jfk8+vote&sort=oldest&to=2024"
	if got := s.Encode(); got != want {
		t.Errorf("Encode = %q, want %q", got, want)
	}
	s = s.WithMonth(7).WithInternational(true)
	want = "country=US&from=2019&international=1&kind=strike&kind=walkout&month=7&q=jfk8+vote&sort=oldest&to=2024"
	if got := s.Encode(); got != want {
		t.Errorf("Encode = %q, want %q", got, want)
	}
	for _, c := range []struct {
		s    State
		want string
	}{
		{State{Month: 11}, "month=11"},
		{State{International: true}, "international=1"},
		{State{From: 2021, To: 2021, Month: 7}, "from=2021&month=7&to=2021"},
		{State{Month: 13}, ""}, // made by hand, out of range: no month
		{State{Month: -1}, ""},
	} {
		if got := c.s.Encode(); got != c.want {
			t.Errorf("Encode(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
	if got := (State{}).Encode(); got != "" {
		t.Errorf("the zero State encodes to %q", got)
	}
	if !(State{}).IsZero() || s.IsZero() || (State{Sort: SortSize}).IsZero() {
		t.Error("IsZero is wrong")
	}
	if (State{Month: 7}).IsZero() || (State{International: true}).IsZero() || !(State{Month: 13}).IsZero() {
		t.Error("IsZero ignores the month or international")
	}
	if !(State{Month: 7}).Filtered() || !(State{International: true}).Filtered() || (State{Month: 13}).Filtered() || (State{Q: "x"}).Filtered() {
		t.Error("Filtered ignores the month or international")
	}
	if (State{Month: 7}).Equal(State{Month: 8}) || (State{International: true}).Equal(State{}) || !(State{Month: 0}).Equal(State{Month: 13}) {
		t.Error("Equal ignores the month or international")
	}
	v := s.Values()
	v["kind"][0] = "changed"
	if s.Kinds[0] != "strike" {
		t.Error("Values shares its lists with the State")
	}
}

// randomValues makes random, partly invalid, URL values.
func randomValues(rng *rand.Rand, ds *dataset.Dataset) url.Values {
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	junk := []string{"", " ", ",", "x", "ZZ", "%", "<b>", "1999", "2200", "-5", "strike,,walkout", "ß", "\x00"}
	var kinds, countries, orgs, facs []string
	for _, k := range dataset.Kinds() {
		kinds = append(kinds, string(k.Kind))
	}
	for _, e := range ds.Events[:50] {
		countries = append(countries, e.Countries...)
	}
	for _, o := range ds.Organizations {
		orgs = append(orgs, o.ID)
	}
	for _, f := range ds.Facilities {
		facs = append(facs, f.Code)
	}
	outcomes := []string{"won", "lost", "mixed", "pending", "other", "unrecorded"}
	v := url.Values{}
	add := func(key string, vals []string) {
		for range rng.IntN(4) {
			if rng.IntN(4) == 0 {
				v.Add(key, pick(junk))
			} else if rng.IntN(3) == 0 {
				v.Add(key, pick(vals)+","+strings.ToLower(pick(vals)))
			} else {
				v.Add(key, pick(vals))
			}
		}
	}
	add("kind", kinds)
	add("country", countries)
	add("org", orgs)
	add("facility", facs)
	add("outcome", outcomes)
	add("from", []string{"1900", "2015", "2019", "2100", "2024"})
	add("to", []string{"2016", "2021", "1950", "2099"})
	add("sort", []string{"newest", "oldest", "relevance", "size", "SIZE"})
	add("month", []string{"1", "7", "07", "11", "12", "13", "0", "-1", "+3", "2021-07"})
	add("international", []string{"1", " 1", "true", "0", "yes"})
	add("q", []string{"jfk8 vote", "  Bessemer  ", "ver.di", "\tclimate\n", strings.Repeat("é", 300), "🙂"})
	return v
}

// Parse∘Encode is the identity on the States that Parse and the methods make.
func TestRoundTrip(t *testing.T) {
	ds, ix := realData(t)
	rng := rand.New(rand.NewPCG(7, 11))
	for i := range 2000 {
		v := randomValues(rng, ds)
		s := slowParse(v, ds)
		enc := s.Encode()
		back := slowParse(mustQuery(t, enc), ds)
		if !back.Equal(s) {
			t.Fatalf("#%d: %v\n  parsed  %+v\n  encoded %s\n  back    %+v", i, v, s, enc, back)
		}
		if back.Encode() != enc {
			t.Fatalf("#%d: Encode is not stable: %s != %s", i, back.Encode(), enc)
		}
		if !ix.Parse(v).Equal(s) {
			t.Fatalf("#%d: Index.Parse differs from Parse for %v", i, v)
		}
		// The methods keep a State canonical.
		m := s.Toggle(FacetKind, "strike").With(FacetCountry, "fr").Without(FacetOrg, "x").With(FacetYear, "2020").
			Toggle(FacetMonth, "7").WithInternational(i%2 == 0)
		if back := slowParse(mustQuery(t, m.Encode()), ds); !back.Equal(m) {
			t.Fatalf("#%d: after methods %+v, back %+v", i, m, back)
		}
		if m = m.WithMonth(i%14 - 1); m.Month < 0 || m.Month > 12 {
			t.Fatalf("#%d: WithMonth(%d) keeps %d", i, i%14-1, m.Month)
		} else if back := slowParse(mustQuery(t, m.Encode()), ds); !back.Equal(m) || back.Month != m.Month {
			t.Fatalf("#%d: after WithMonth %+v, back %+v", i, m, back)
		}
	}
}
