package charts

import (
	"math"
	"slices"
	"strconv"
	"testing"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

func TestReducedMotion(t *testing.T) {
	d, evs := fixture(t)
	c := config(d, "light")
	js, _, _ := Build(PerYear, evs, c)
	if _, ok := option(t, js)["animation"]; ok {
		t.Error("animation set without reduced motion")
	}
	c.ReducedMotion = true
	js, _, _ = Build(PerYear, evs, c)
	if a, ok := option(t, js)["animation"]; !ok || a != false {
		t.Errorf("reduced motion: animation = %v", a)
	}
	js, _ = BuildTimeline(evs, query.LaneDefault, Config{Theme: "dark", ReducedMotion: true})
	if a := option(t, js)["animation"]; a != false {
		t.Errorf("timeline, reduced motion: animation = %v", a)
	}
}

func TestThemes(t *testing.T) {
	d, evs := fixture(t)
	for name, th := range themes {
		js, _, err := Build(PerYear, evs, config(d, name))
		if err != nil {
			t.Fatal(err)
		}
		o := option(t, js)
		if o["backgroundColor"] != "transparent" || obj(o["textStyle"])["color"] != th.text {
			t.Errorf("%s: background %v, text %v", name, o["backgroundColor"], o["textStyle"])
		}
		if got := obj(obj(o["legend"])["textStyle"])["color"]; got != th.text {
			t.Errorf("%s: legend text %v", name, got)
		}
		if got := obj(obj(list(o["xAxis"])[0])["axisLabel"])["color"]; got != th.muted {
			t.Errorf("%s: axis labels %v", name, got)
		}
	}
	light, _, _ := Build(PerYear, evs, Config{})
	explicit, _, _ := Build(PerYear, evs, Config{Theme: "light"})
	if string(light) != string(explicit) {
		t.Error(`theme "" is not light`)
	}
}

// Text passes WCAG AA (4.5:1) and marks 3:1 on every page colour of
// their theme.
func TestThemeContrast(t *testing.T) {
	for name, th := range themes {
		for _, bg := range th.bg {
			for _, c := range []string{th.text, th.muted} {
				if r := contrast(c, bg); r < 4.5 {
					t.Errorf("%s: text %s on %s has contrast %.2f", name, c, bg, r)
				}
			}
			for _, c := range slices.Concat(th.palette, th.kinds, th.heat) {
				if r := contrast(c, bg); r < 3 {
					t.Errorf("%s: mark %s on %s has contrast %.2f", name, c, bg, r)
				}
			}
		}
		if len(th.kinds) != len(dataset.Kinds()) {
			t.Errorf("%s: %d kind colours for %d kinds", name, len(th.kinds), len(dataset.Kinds()))
		}
		if r := contrast(th.text, th.surface); r < 4.5 {
			t.Errorf("%s: tooltip text contrast %.2f", name, r)
		}
	}
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	var rgb [3]float64
	for i := range rgb {
		n, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(n) / 255
		if c <= 0.03928 {
			rgb[i] = c / 12.92
		} else {
			rgb[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*rgb[0] + 0.7152*rgb[1] + 0.0722*rgb[2]
}
