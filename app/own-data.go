package app

import (
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
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
// Its text is in English (marked lang="en"), not yet in the catalogues.
type ownDataPanel struct {
	app.Compo
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
	if size := file.Get("size").Int(); size > dataset.MaxFileBytes {
		p.busy, p.failed, p.err = "", name, "The file is "+format.Thousands(size)+" bytes, more than the limit of "+format.Thousands(dataset.MaxFileBytes)+"."
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
				p.failed, p.err = name, "The file could not be read: "+err.Error()
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
		app.P().Text("A CSV or JSON file of events in LaborLens's format: search, filters, the timeline, charts and the map then show your events. The file is read on this device and never uploaded."),
		app.Div().ID("own-drop").Class(zone).
			OnDragOver(p.onDragOver).OnDragLeave(p.onDragLeave).OnDrop(p.onDrop).Body(
			app.Label().For("own-file").Text("Choose a CSV or JSON file"),
			app.Input().Type("file").ID("own-file").Accept(".csv,.json,text/csv,application/json").
				Aria("describedby", "own-help").OnChange(p.onChange),
			app.P().ID("own-help").Class("help").Text("or drop it here."),
		),
		app.P().Class("help").Body(
			app.A().Href(TemplatePath).Attr("download", "laborlens-template.csv").Text("Download the CSV template"),
			app.Text(" (every column, two example events). A spreadsheet's CSV export works: commas or semicolons, and dates as YYYY-MM-DD or DD/MM/YYYY."),
		),
		app.Div().ID("own-status").Role("status").Aria("live", "polite").Body(
			app.If(p.busy != "", func() app.UI { return app.P().Text("Reading " + p.busy + "…") }),
			app.If(p.err != "", func() app.UI { return app.P().Class("own-error").Text(p.failed + ": " + p.err) }),
		),
		app.If(len(p.problems) > 0, func() app.UI {
			return app.Div().ID("own-problems").Class("own-problems").Body(
				app.P().Class("own-error").Text(p.failed+" could not be opened: "+format.Plural(len(p.problems), "problem", "problems")+p.why+"."),
				problemList(p.problems),
			)
		}),
	}
	if p.Compact {
		return english(app.Details()).Class("own-data needs-app").Body(
			append([]app.UI{app.Summary().Text("Open your own data")}, body...)...,
		)
	}
	return english(app.Section()).Class("own-data needs-app").Aria("labelledby", "own-h").Body(
		append([]app.UI{app.H2().ID("own-h").Text("Open your own data")}, body...)...,
	)
}

// problemList lists problems as `laborlens validate` prints them.
func problemList(ps dataset.Problems) app.UI {
	return app.Ol().Class("problem-list").Body(
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
	Local  *localData // the file shown, or nil
	status string
}

func (b *localBanner) keep(ctx app.Context, e app.Event) {
	l, file := b.Local, pendingFile
	if l == nil || file == nil {
		return
	}
	b.status = "Keeping…"
	ctx.Async(func() {
		err := keepFile(l.Name, file)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				b.status = "It could not be kept: " + err.Error()
				return
			}
			l.Kept, b.status = true, ""
		})
	})
}

func (b *localBanner) back(ctx app.Context, e app.Event) {
	kept := b.Local != nil && b.Local.Kept
	backToShipped()
	pendingFile = nil
	if !kept {
		showNewDataset(ctx)
		return
	}
	ctx.Async(func() {
		err := forgetFile()
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				app.Log("forgetting the kept dataset:", err)
			}
			showNewDataset(ctx)
		})
	})
}

func (b *localBanner) Render() app.UI {
	l := b.Local
	if l == nil {
		return app.Div().ID("own-banner").Hidden(true)
	}
	o := l.Opened
	m := o.Dataset.Meta
	what := l.Name + ": " + m.Title + ", " + format.Plural(len(o.Dataset.Events), "event", "events")
	if o.Dates.Format != dataset.DateISO && o.Dates.Format != "" {
		what += ", dates read as " + o.Dates.String()
	}
	return english(app.Section()).ID("own-banner").Class("own-banner").Aria("label", "Your own data").Body(
		app.P().Body(
			app.Strong().Text("Your own data. "),
			app.Span().ID("own-what").Text(what+". "),
			app.Text("It was read on this device and not uploaded. A link to this page, or an embed of it, shows the LaborLens dataset, not yours: to publish your data, run "),
			app.Code().Text("laborlens static -data "+l.Name),
			app.Text(" and put the site on any web host."),
		),
		app.If(len(o.Left) > 0 || len(o.Problems) > 0, func() app.UI {
			return app.Details().ID("own-left").Body(
				app.Summary().Text(format.Plural(len(o.Left), "record", "records")+" of the file left out, for "+
					format.Plural(len(o.Problems), "problem", "problems")+" ("+strconv.Itoa(len(o.Dataset.Events))+" of "+strconv.Itoa(o.Rows)+" events shown)"),
				problemList(o.Problems),
			)
		}),
		app.Div().Class("own-actions").Body(
			app.If(l.Kept, func() app.UI {
				return app.P().ID("own-kept").Text("Kept on this device: it opens here after a reload, offline too.")
			}).Else(func() app.UI {
				return app.Button().Type("button").ID("own-keep").Text("Keep this dataset on this device").OnClick(b.keep)
			}),
			app.Button().Type("button").ID("own-back").Text(backLabel(l.Kept)).OnClick(b.back),
			app.Span().Role("status").Text(b.status),
		),
	)
}

// ownDataGuide is the short guide on /about to preparing one's own file
// (docs/own-data.md is the long one).
func ownDataGuide() app.UI {
	return english(app.Div()).Class("own-guide").Body(
		app.H3().Text("Preparing a file"),
		app.Ul().Body(
			app.Li().Text("One row per event. The columns "+strings.Join(dataset.CSVRequired(), ", ")+" are required; the template has every column, and a misspelt column name is pointed out with the name it resembles."),
			app.Li().Text("A cell with several items (countries, organizations, sources) separates them with semicolons."),
			app.Li().Text("Dates are YYYY, YYYY-MM or YYYY-MM-DD. A spreadsheet's DD/MM/YYYY or MM/DD/YYYY works when a line such as “# date_format: DD/MM/YYYY” stands above the header, or when a day after the 12th shows the order; the banner says how the dates were read."),
			app.Li().Text("Save as CSV UTF-8, with commas or semicolons; JSON files follow LaborLens's own format."),
			app.Li().Text("Every problem is listed with its line, record and field, as laborlens validate prints them. Rows with problems are left out and the rest is opened."),
			app.Li().Text("Nothing is stored unless you choose “Keep this dataset on this device”; “Forget it” deletes it again."),
		),
	)
}

// backLabel is the banner's way back: a kept file is also deleted.
func backLabel(kept bool) string {
	if kept {
		return "Forget it"
	}
	return "Back to the LaborLens dataset"
}

// mark records a moment of opening a file on the browser's performance
// timeline (performance.mark), where the browser tests read how long
// reading, parsing and showing a file took.
func mark(name string) {
	if p := app.Window().Get("performance"); p.Truthy() {
		p.Call("mark", name)
	}
}
