package charts

import (
	"fmt"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/i18n"
)

// theme holds the colours of one colour scheme. The chart background is
// transparent, so the page shows through: text and marks are chosen to
// contrast with the page's own background and surface colours (the --bg
// and --surface of web/laborlens.css) in that scheme. TestThemeContrast
// checks the ratios: 4.5:1 for text, 3:1 for marks.
type theme struct {
	p       *i18n.Printer // the language of the text; nil is English
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
