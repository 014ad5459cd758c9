// The browser build's render package (cmd/wasm-modules): go-echarts v2.6.7's
// render/chart.go, page.go and engine.go (MIT, see
// LICENSE.go-echarts) render a whole HTML page with html/template, which
// LaborLens never does in the browser: it hands the options to ECharts. The
// types and constructors stay, so the charts package builds unchanged;
// rendering reports that it is not built in.

package render

import (
	"errors"
	"io"
)

const (
	ModChart = "chart"
	ModPage  = "page"
	// EchartsInstancePrefix the default prefix for each echarts instance
	EchartsInstancePrefix = "goecharts_"
	// EchartsInstancePlaceholder a placeholder for types.FuncStr inject echarts instance
	EchartsInstancePlaceholder = "%MY_ECHARTS%"
)

type ChartSnippet struct {
	Element string
	Script  string
	Option  string
}

// Renderer
// Any kinds of charts have their render implementation and
// you can define your own render logic easily.
type Renderer interface {
	Render(w io.Writer) error
	RenderContent() []byte
	RenderSnippet() ChartSnippet
}

var errNoHTML = errors.New("go-echarts: rendering HTML is not in LaborLens's browser build")

type noRender struct{ BaseRender }

func (*noRender) Render(io.Writer) error { return errNoHTML }

// NewChartRender returns a Renderer whose Render fails.
func NewChartRender(c interface{}, before ...func()) Renderer { return &noRender{} }

// NewPageRender returns a Renderer whose Render fails.
func NewPageRender(c interface{}, before ...func()) Renderer { return &noRender{} }
