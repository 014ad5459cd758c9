// Package charts builds LaborLens's charts as ECharts options: the charts
// page (events per year, by country, the most active organizations, the
// largest actions, a month-by-month calendar, outcomes by kind) and the
// timeline. Options are built with go-echarts, the theme added by a
// go-echarts ConfigurationVisitor (themed.go), and returned as JSON for
// echarts.init(el).setOption(JSON.parse(json), true), together with the
// same numbers as a Table for screen readers.
//
// The options hold no JavaScript functions, only data, styles and string
// templates, so they survive JSON. Clicks are turned into filters without
// code in the option: each clickable data item carries a "filter" object
// of query parameters (see drill in registry.go) or, for single events, the event's "id".
//
// Text from the data is made safe in Go: tooltips are HTML and get it
// HTML-escaped, canvas labels get it without angle brackets (see text.go).
// The package is plain Go, compiled into the wasm app and tested natively.
package charts
