package charts

import (
	"math"
	"net/url"
	"strconv"
	"testing"
)

func TestParseMapView(t *testing.T) {
	for raw, want := range map[string]MapView{
		"":                                 {Area: AreaWorld},
		"area=us":                          {Area: AreaUS},
		"area=mars&zoom=3":                 {Area: AreaWorld, Zoom: 3},
		"zoom=2.5":                         {Area: AreaWorld, Zoom: 2.5},
		"zoom=2.567":                       {Area: AreaWorld, Zoom: 2.57},
		"zoom=1":                           {Area: AreaWorld},
		"zoom=1&center=10,20":              {Area: AreaWorld}, // the whole area: no centre
		"zoom=0.5":                         {Area: AreaWorld},
		"zoom=-4&center=1,2":               {Area: AreaWorld},
		"zoom=21":                          {Area: AreaWorld},
		"zoom=20":                          {Area: AreaWorld, Zoom: 20},
		"zoom=NaN":                         {Area: AreaWorld},
		"zoom=Inf":                         {Area: AreaWorld},
		"zoom=1e400":                       {Area: AreaWorld},
		"zoom=x":                           {Area: AreaWorld},
		"center=10,20":                     {Area: AreaWorld}, // a centre needs a zoom
		"area=us&zoom=2&center=-95.5,38.2": {Area: AreaUS, Zoom: 2, Center: NewCenter(-95.5, 38.2)},
		"zoom=2&center=-95.51234,+38.2":    {Area: AreaWorld, Zoom: 2, Center: NewCenter(-95.512, 38.2)},
		"zoom=2&center=0,100":              {Area: AreaWorld, Zoom: 2},
		"zoom=2&center=400,0":              {Area: AreaWorld, Zoom: 2},
		"zoom=2&center=NaN,1":              {Area: AreaWorld, Zoom: 2},
		"zoom=2&center=Inf,1":              {Area: AreaWorld, Zoom: 2},
		"zoom=2&center=1":                  {Area: AreaWorld, Zoom: 2},
		"zoom=2&center=a,b":                {Area: AreaWorld, Zoom: 2},
	} {
		q, err := url.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := ParseMapView(q); !sameView(got, want) {
			t.Errorf("ParseMapView(%q) = %s, want %s", raw, show(got), show(want))
		}
	}
}

func TestMapViewSet(t *testing.T) {
	for _, c := range []struct {
		v    MapView
		want string
	}{
		{MapView{}, ""},
		{MapView{Area: AreaUS}, "area=us"},
		{MapView{Area: AreaUS, Zoom: 1.004, Center: NewCenter(1, 2)}, "area=us"},
		{MapView{Zoom: 2}, "zoom=2"},
		{MapView{Zoom: 2.345678, Center: NewCenter(-95.51234, 38.2)}, "center=-95.512%2C38.200&zoom=2.35"},
		{MapView{Zoom: math.Inf(1)}, ""},
		{MapView{Zoom: 3, Center: NewCenter(math.NaN(), 0)}, "zoom=3"},
	} {
		q := url.Values{ParamZoom: {"9"}, ParamCenter: {"1,1"}, ParamArea: {"us"}, "q": {"strike"}}
		c.v.Set(q)
		w, _ := url.ParseQuery(c.want)
		w.Set("q", "strike") // the filters stay
		if got, want := q.Encode(), w.Encode(); got != want {
			t.Errorf("%s.Set: %s, want %s", show(c.v), got, want)
		}
		if got := c.v.Key(); got != c.want {
			t.Errorf("%s.Key() = %q, want %q", show(c.v), got, c.want)
		}
	}
}

// FuzzMapView: whatever the URL holds, the view read from it is valid, and
// writing it and reading it again gives the same view.
func FuzzMapView(f *testing.F) {
	for _, s := range [][3]string{
		{"us", "2.5", "-95.5,38.2"}, {"", "NaN", "NaN,NaN"}, {"mars", "Inf", "1e308,-1e308"},
		{"us", "-3", "0,0"}, {"", "1e400", "1,"}, {"", "19.999", "359.9999,-89.9999"},
		{"<b>", "0x1p4", " 1 , 2 "}, {"", "2.675", "-0.0004,0.0005"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, area, zoom, center string) {
		v := ParseMapView(url.Values{ParamArea: {area}, ParamZoom: {zoom}, ParamCenter: {center}})
		checkView(t, v)
		q := url.Values{}
		v.Set(q)
		if again := ParseMapView(q); !sameView(again, v) {
			t.Fatalf("%q %q %q: read %s, wrote %s, read back %s", area, zoom, center, show(v), q.Encode(), show(again))
		}
	})
}

// FuzzMapViewSet: whatever view the map reports (ECharts' zoom and centre
// after a roam), what Set writes reads back as the view Set writes.
func FuzzMapViewSet(f *testing.F) {
	f.Add(true, 2.5, -95.5, 38.2)
	f.Add(false, math.NaN(), math.Inf(1), math.Inf(-1))
	f.Add(false, math.Inf(1), 0.0, 0.0)
	f.Add(true, -1.0, 1e308, -1e308)
	f.Add(false, 1e300, 180.0, 90.0)
	f.Add(false, 1.005, 0.0005, -0.0005)
	f.Fuzz(func(t *testing.T, us bool, zoom, lon, lat float64) {
		v := MapView{Zoom: zoom, Center: NewCenter(lon, lat)}
		if us {
			v.Area = AreaUS
		}
		q := url.Values{}
		v.Set(q)
		read := ParseMapView(q)
		checkView(t, read)
		if !sameView(read, v.canonical()) {
			t.Fatalf("%s: wrote %s, read back %s, want %s", show(v), q.Encode(), show(read), show(v.canonical()))
		}
		if again := read.Key(); again != q.Encode() {
			t.Fatalf("%s: wrote %s, then %s", show(v), q.Encode(), again)
		}
	})
}

// checkView fails unless v is a view the map can show.
func checkView(t *testing.T, v MapView) {
	t.Helper()
	if v.Area != AreaWorld && v.Area != AreaUS {
		t.Fatalf("area %q", v.Area)
	}
	if v.Zoom != 0 && !(v.Zoom > 1 && v.Zoom <= MaxZoom) {
		t.Fatalf("zoom %v", v.Zoom)
	}
	if c := v.Center; c != nil && (v.Zoom == 0 || !(c[0] >= -360 && c[0] <= 360 && c[1] >= -90 && c[1] <= 90)) {
		t.Fatalf("centre %v at zoom %v", *c, v.Zoom)
	}
}

func sameView(a, b MapView) bool {
	if a.Area != b.Area || a.Zoom != b.Zoom || (a.Center == nil) != (b.Center == nil) {
		return false
	}
	return a.Center == nil || *a.Center == *b.Center
}

func show(v MapView) string {
	s := v.Area + " zoom " + ftoa(v.Zoom)
	if v.Center != nil {
		s += " centre " + ftoa(v.Center[0]) + "," + ftoa(v.Center[1])
	}
	return s
}

func ftoa(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
