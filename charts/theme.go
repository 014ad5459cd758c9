package charts

import (
	"fmt"

	"github.com/laborlens/laborlens/dataset"
)

// theme holds the colours of one colour scheme. The chart background is
// transparent, so the page shows through: text and marks are chosen to
// contrast with the page's own background and surface colours (the --bg
// and --surface of web/laborlens.css) in that scheme. TestThemeContrast
// checks the ratios: 4.5:1 for text, 3:1 for marks.
type theme struct {
	name    string
	bg      []string // the page colours the chart may sit on
	text    string   // titles, labels, legend
	muted   string   // subtitles, axis labels
	line    string   // axis and grid lines
	surface string   // tooltip background
	palette []string // series colours, in order
	kinds   []string // a colour per kind, in the order of dataset.Kinds
	heat    []string // heatmap: few events → many events
	filler  string   // dataZoom selection
	// The map: shapes with no event, their borders and the hovered
	// shape; the choropleth from few to many events; facility circles.
	mapNone, mapBorder, mapHover string
	mapLow, mapHigh              string
	mapPoint, mapPointBorder     string
}

var themes = map[string]*theme{
	"light": {
		name:    "light",
		bg:      []string{"#fbf8f3", "#ffffff"},
		text:    "#1d1a18",
		muted:   "#5b544e",
		line:    "#d9d1c7",
		surface: "#ffffff",
		palette: []string{
			"#1f5fa8", "#b3261e", "#2e7d32", "#8a5a00", "#6a3d9a", "#00796b",
			"#c2185b", "#5d4037", "#4a6b00", "#455a64", "#d84315", "#0277bd",
		},
		kinds: []string{
			"#1f5fa8", "#b3261e", "#2e7d32", "#8a5a00", "#6a3d9a", "#00796b", "#c2185b", "#5d4037",
			"#4a6b00", "#455a64", "#d84315", "#0277bd", "#9c27b0", "#827717", "#6d6d6d",
		},
		heat:    []string{"#c27c4e", "#5a1620"},
		filler:  "rgba(31, 95, 168, 0.18)",
		mapNone: "#ebe5dc", mapBorder: "#ffffff", mapHover: "#d9c8a8",
		mapLow: "#f3c9a8", mapHigh: "#7a1f2b",
		mapPoint: "#1f5fa8", mapPointBorder: "#ffffff",
	},
	"dark": {
		name:    "dark",
		bg:      []string{"#161312", "#221e1c"},
		text:    "#f1ece6",
		muted:   "#b9b0a7",
		line:    "#3d3632",
		surface: "#221e1c",
		palette: []string{
			"#8ab4ff", "#f28b82", "#81c995", "#fdd663", "#c58af9", "#4dd0c1",
			"#ff8bcb", "#d7a97a", "#b5cc52", "#a0b4c4", "#ffab70", "#6fc3f5",
		},
		kinds: []string{
			"#8ab4ff", "#f28b82", "#81c995", "#fdd663", "#c58af9", "#4dd0c1", "#ff8bcb", "#d7a97a",
			"#b5cc52", "#a0b4c4", "#ffab70", "#6fc3f5", "#e39ff6", "#e6ee9c", "#bdbdbd",
		},
		heat:    []string{"#9c6a46", "#f6c9a0"},
		filler:  "rgba(138, 180, 255, 0.22)",
		mapNone: "#2e2825", mapBorder: "#161312", mapHover: "#5a4a3c",
		mapLow: "#5a3a2e", mapHigh: "#f6a07a",
		mapPoint: "#8ab4ff", mapPointBorder: "#161312",
	},
}

// fontFamily matches the page's --font, since a canvas does not inherit it.
const fontFamily = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, sans-serif`

// kindColor is the colour of a kind, the same in every chart and whatever
// the filter; kinds the table does not know share the last colour.
func (t *theme) kindColor(k dataset.Kind) string {
	for i, info := range dataset.Kinds() {
		if info.Kind == k && i < len(t.kinds) {
			return t.kinds[i]
		}
	}
	return t.kinds[len(t.kinds)-1]
}

// themeNamed returns the theme for "light" or "dark"; "" means light.
func themeNamed(name string) (*theme, error) {
	if name == "" {
		name = "light"
	}
	t, ok := themes[name]
	if !ok {
		return nil, fmt.Errorf("charts: unknown theme %q (want \"light\" or \"dark\")", name)
	}
	return t, nil
}

// style is what the theme adds to an option that go-echarts cannot say
// itself: global text style, tooltip and legend colours, axis colours.
// It is merged into the option after go-echarts has encoded it.
func (t *theme) style(o map[string]any) {
	merge(o, map[string]any{
		"backgroundColor": "transparent",
		"color":           t.palette,
		"textStyle":       map[string]any{"color": t.text, "fontFamily": fontFamily},
		"title": map[string]any{
			"textStyle":    map[string]any{"color": t.text, "fontSize": 16, "fontWeight": "bold"},
			"subtextStyle": map[string]any{"color": t.muted, "fontSize": 12},
		},
		"legend": map[string]any{
			"textStyle":             map[string]any{"color": t.text},
			"inactiveColor":         t.line,
			"pageTextStyle":         map[string]any{"color": t.text},
			"pageIconColor":         t.text,
			"pageIconInactiveColor": t.line,
		},
		"tooltip": map[string]any{
			"backgroundColor": t.surface,
			"borderColor":     t.line,
			"textStyle":       map[string]any{"color": t.text},
			"confine":         true,
		},
	})
	axis := map[string]any{
		"axisLabel":     map[string]any{"color": t.muted},
		"nameTextStyle": map[string]any{"color": t.muted},
		"axisLine":      map[string]any{"lineStyle": map[string]any{"color": t.muted}},
		"axisTick":      map[string]any{"lineStyle": map[string]any{"color": t.muted}},
		"splitLine":     map[string]any{"lineStyle": map[string]any{"color": t.line}},
	}
	for _, key := range []string{"xAxis", "yAxis"} {
		if list, ok := o[key].([]any); ok {
			for _, a := range list {
				if m, ok := a.(map[string]any); ok {
					merge(m, axis)
				}
			}
		}
	}
	if list, ok := o["dataZoom"].([]any); ok {
		for _, z := range list {
			if m, ok := z.(map[string]any); ok && m["type"] == "slider" {
				merge(m, map[string]any{
					"textStyle":              map[string]any{"color": t.muted},
					"borderColor":            t.line,
					"fillerColor":            t.filler,
					"handleStyle":            map[string]any{"color": t.surface, "borderColor": t.muted},
					"moveHandleStyle":        map[string]any{"color": t.muted},
					"dataBackground":         map[string]any{"lineStyle": map[string]any{"color": t.muted}, "areaStyle": map[string]any{"color": t.line}},
					"selectedDataBackground": map[string]any{"lineStyle": map[string]any{"color": t.palette[0]}, "areaStyle": map[string]any{"color": t.filler}},
				})
			}
		}
	}
	if list, ok := o["visualMap"].([]any); ok {
		for _, v := range list {
			if m, ok := v.(map[string]any); ok {
				merge(m, map[string]any{"textStyle": map[string]any{"color": t.text}})
			}
		}
	}
}

// merge copies src into dst, recursing into objects both sides hold and
// into the elements of arrays both sides hold (element i of src into
// element i of dst). It copies src's objects rather than sharing them, so
// one src can be merged into several places.
func merge(dst, src map[string]any) {
	for k, v := range src {
		dst[k] = mergeValue(dst[k], v)
	}
}

func mergeValue(dst, src any) any {
	switch s := src.(type) {
	case map[string]any:
		d, ok := dst.(map[string]any)
		if !ok {
			d = map[string]any{}
		}
		merge(d, s)
		return d
	case []any:
		d, ok := dst.([]any)
		if !ok {
			d = nil
		}
		for i, x := range s {
			if i < len(d) {
				d[i] = mergeValue(d[i], x)
			} else {
				d = append(d, mergeValue(nil, x))
			}
		}
		return d
	}
	return src
}
