package app

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
)

// A visitor's own dataset, opened from a file in the browser: parsed and
// validated there by dataset.Open, never uploaded. While it is shown,
// data is its dataset and shipped the one the server published.
var (
	shipped *dataset.Dataset
	local   *localData
)

// localData is the visitor's file as opened.
type localData struct {
	Name   string
	Opened *dataset.Opened
	Kept   bool // stored on this device (IndexedDB)
}

// OwnDataEvent is the app action sent when the dataset shown changes: the
// explorer, already on screen, searches the new one.
const ownDataEvent = "own-data"

// OpenLocal opens the file name with content b as the dataset the app
// shows. It returns the problems when nothing of it could be opened.
func OpenLocal(name string, b []byte, kept bool) (*dataset.Opened, error) {
	o, err := dataset.Open(name, b)
	if err != nil {
		return nil, err
	}
	if shipped == nil {
		shipped = data
	}
	local = &localData{Name: name, Opened: o, Kept: kept}
	data = o.Dataset
	return o, nil
}

// backToShipped shows the published dataset again.
func backToShipped() {
	if shipped != nil {
		data = shipped
	}
	local = nil
}

// showNewDataset renders the explorer on the dataset now in data: a new
// page, or the explorer already on screen searching again.
func showNewDataset(ctx app.Context) {
	if ctx.Page().URL().Path == "/" {
		ctx.NewAction(ownDataEvent)
		return
	}
	ctx.Navigate("/")
}

// ownDataPanel is "Open your own data": a file picker and a drop zone for
// a CSV or JSON file, and the problems of a file that cannot be opened.
type ownDataPanel struct {
	app.Compo
	*Locale
	Compact bool // in the explorer's header: folded into a details element

	busy     string // the file being read
	failed   string // the file that could not be opened
	problems dataset.Problems
	why      string // why the problems stop the file from opening, as ", and ..."
	err      string // a file that could not be read at all
	over     bool   // a file is dragged over the zone
}

func (p *ownDataPanel) onChange(ctx app.Context, e app.Event) {
	files := ctx.JSSrc().Get("files")
	if files.Truthy() && files.Length() > 0 {
		p.read(ctx, files.Index(0))
	}
}

func (p *ownDataPanel) onDragOver(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.over = true
}

func (p *ownDataPanel) onDragLeave(ctx app.Context, e app.Event) { p.over = false }

func (p *ownDataPanel) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	p.over = false
	if files := e.Get("dataTransfer").Get("files"); files.Truthy() && files.Length() > 0 {
		p.read(ctx, files.Index(0))
	}
}

// read reads file (a File) in the browser and opens it.
func (p *ownDataPanel) read(ctx app.Context, file app.Value) {
	name := file.Get("name").String()
	p.busy, p.failed, p.problems, p.why, p.err = name, "", nil, "", ""
	if size := file.Get("size").Int(); size > dataset.MaxBrowserFileBytes {
		p.busy, p.failed, p.err = "", name, p.T("own.too-big", "size", p.pr().Number(size), "limit", p.pr().Number(dataset.MaxBrowserFileBytes))
		return
	}
	mark("own-data:start")
	ctx.Async(func() {
		buf, err := Await(file.Call("arrayBuffer"))
		var b []byte
		if err == nil {
			b = Bytes(buf)
		}
		mark("own-data:read")
		ctx.Dispatch(func(ctx app.Context) {
			p.busy = ""
			if err != nil {
				p.failed, p.err = name, p.T("own.unreadable", "error", err.Error())
				return
			}
			_, err := OpenLocal(name, b, false)
			mark("own-data:parsed")
			if err != nil {
				p.failed = name
				var no *dataset.NotOpened
				if errors.As(err, &no) {
					p.why = ", and " + no.Why
				}
				if !errors.As(err, &p.problems) {
					p.err = err.Error()
				}
				return
			}
			pendingFile = b
			showNewDataset(ctx)
			ctx.Defer(func(app.Context) { mark("own-data:shown") })
		})
	})
}

func (p *ownDataPanel) Render() app.UI {
	zone := "drop-zone"
	if p.over {
		zone += " over"
	}
	body := []app.UI{
		app.P().Text(p.T("own.intro")),
		app.Div().ID("own-drop").Class(zone).
			OnDragOver(p.onDragOver).OnDragLeave(p.onDragLeave).OnDrop(p.onDrop).Body(
			app.Label().For("own-file").Text(p.T("own.choose")),
			app.Input().Type("file").ID("own-file").Accept(".csv,.json,text/csv,application/json").
				Aria("describedby", "own-help").OnChange(p.onChange),
			app.P().ID("own-help").Class("help").Text(p.T("own.drop")),
		),
		app.P().Class("help").Body(
			app.A().Href(TemplatePath).Attr("download", "laborlens-template.csv").Text(p.T("own.template")),
			app.Text(" "+p.T("own.template-note")),
		),
		app.Div().ID("own-status").Role("status").Aria("live", "polite").Body(
			app.If(p.busy != "", func() app.UI { return app.P().Text(p.T("own.reading", "name", p.busy)) }),
			app.If(p.err != "", func() app.UI { return app.P().Class("own-error").Text(p.failed + ": " + p.err) }),
		),
		app.If(len(p.problems) > 0, func() app.UI {
			return app.Div().ID("own-problems").Class("own-problems").Body(
				app.P().Class("own-error").Body(
					app.Text(p.T("own.failed", "name", p.failed, "problems", p.N("own.problems", len(p.problems)))),
					english(p.Locale, app.Span()).Text(p.why),
					app.Text("."),
				),
				p.problemList(p.problems),
			)
		}),
	}
	if p.Compact {
		return app.Details().Class("own-data needs-app").Body(
			append([]app.UI{app.Summary().Text(p.T("own.title"))}, body...)...,
		)
	}
	return app.Section().Class("own-data needs-app").Aria("labelledby", "own-h").Body(
		append([]app.UI{app.H2().ID("own-h").Text(p.T("own.title"))}, body...)...,
	)
}

// problemList lists problems as `laborlens validate` prints them.
func (loc *Locale) problemList(ps dataset.Problems) app.UI {
	return english(loc, app.Ol()).Class("problem-list").Body(
		app.Range(ps).Slice(func(i int) app.UI { return app.Li().Text(ps[i].String()) }),
	)
}

// pendingFile is the content of the file shown, kept in memory (never
// stored) until the visitor chooses to keep it or goes back.
var pendingFile []byte

// localBanner says, on every page, that the visitor's own file is shown,
// what was left out of it, and offers to keep it or go back.
type localBanner struct {
	app.Compo
	*Locale
	Local  *localData // the file shown, or nil
	status string
}

func (b *localBanner) keep(ctx app.Context, e app.Event) {
	l, file := b.Local, pendingFile
	if l == nil || file == nil {
		return
	}
	b.status = b.T("own.keeping")
	ctx.Async(func() {
		err := keepFile(l.Name, file)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				b.status = b.T("own.keep-failed", "error", err.Error())
				return
			}
			l.Kept, b.status = true, ""
		})
	})
}

// back shows the shipped dataset again, forgetting a kept file first. The
// banner stays until the file is deleted: a reload right after "Forget it"
// must not bring it back. (The dispatch is dropped if the button is gone,
// so nothing may change the banner before it runs.)
func (b *localBanner) back(ctx app.Context, e app.Event) {
	if b.Local == nil || !b.Local.Kept {
		showShipped(ctx)
		return
	}
	ctx.Async(func() {
		err := forgetFile()
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				app.Log("forgetting the kept dataset:", err)
			}
			showShipped(ctx)
		})
	})
}

// showShipped renders the published dataset again.
func showShipped(ctx app.Context) {
	backToShipped()
	pendingFile = nil
	showNewDataset(ctx)
}

func (b *localBanner) Render() app.UI {
	l := b.Local
	if l == nil {
		return app.Div().ID("own-banner").Hidden(true)
	}
	o := l.Opened
	m := o.Dataset.Meta
	what := b.T("own.what", "name", l.Name, "title", m.Title, "events", b.N("own.events", len(o.Dataset.Events)))
	if o.Dates.Format != dataset.DateISO && o.Dates.Format != "" {
		what += b.T("own.dates", "format", o.Dates.String())
	}
	return app.Section().ID("own-banner").Class("own-banner").Aria("label", b.T("own.banner")).Body(
		app.P().Body(
			app.Strong().Text(b.T("own.banner")+". "),
			app.Span().ID("own-what").Text(what+". "),
			app.Text(b.T("own.local")+" "),
			app.Code().Text("laborlens static -data "+l.Name),
			app.Text(" "+b.T("own.host")),
		),
		app.If(len(o.Left) > 0 || len(o.Problems) > 0, func() app.UI {
			return app.Details().ID("own-left").Body(
				app.Summary().Text(b.T("own.left", "records", b.N("own.records", len(o.Left)), "problems", b.N("own.problems", len(o.Problems)),
					"shown", b.pr().Number(len(o.Dataset.Events)), "rows", b.pr().Number(o.Rows))),
				b.problemList(o.Problems),
			)
		}),
		app.Div().Class("own-actions").Body(
			app.If(l.Kept, func() app.UI {
				return app.P().ID("own-kept").Text(b.T("own.kept"))
			}).Else(func() app.UI {
				return app.Button().Type("button").ID("own-keep").Text(b.T("own.keep")).OnClick(b.keep)
			}),
			app.Button().Type("button").ID("own-back").Text(b.backLabel(l.Kept)).OnClick(b.back),
			app.Span().Role("status").Text(b.status),
		),
	)
}

// ownDataGuide is the short guide on /about to preparing one's own file
// (docs/own-data.md is the long one).
func (loc *Locale) ownDataGuide() app.UI {
	return app.Div().Class("own-guide").Body(
		app.H3().Text(loc.T("own.guide.title")),
		app.Ul().Body(
			app.Li().Text(loc.T("own.guide.rows", "columns", strings.Join(dataset.CSVRequired(), ", "))),
			app.Li().Text(loc.T("own.guide.lists")),
			app.Li().Text(loc.T("own.guide.dates")),
			app.Li().Text(loc.T("own.guide.save")),
			app.Li().Text(loc.T("own.guide.problems")),
			app.Li().Text(loc.T("own.guide.stored")),
		),
	)
}

// backLabel is the banner's way back: a kept file is also deleted.
func (loc *Locale) backLabel(kept bool) string {
	if kept {
		return loc.T("own.forget")
	}
	return loc.T("own.back")
}

// mark records a moment of opening a file on the browser's performance
// timeline (performance.mark), where the browser tests read how long
// reading, parsing and showing a file took.
func mark(name string) {
	if p := app.Window().Get("performance"); p.Truthy() {
		p.Call("mark", name)
	}
}
