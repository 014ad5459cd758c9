package app

import (
	"net/http"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// embedPage shows one view without the app's chrome, for partner sites to
// put in an iframe: /embed/list, /embed/timeline, /embed/charts/{chart} and
// /embed/events/{id}.
type embedPage struct {
	app.Compo
	path string
}

func (p *embedPage) OnPreRender(ctx app.Context) { p.load(ctx) }
func (p *embedPage) OnNav(ctx app.Context)       { p.load(ctx) }

func (p *embedPage) load(ctx app.Context) {
	p.path = ctx.Page().URL().Path
	if embedStatus(p.path) != http.StatusOK {
		setPageMeta(ctx, notFoundMeta)
		return
	}
	setPageMeta(ctx, pageMeta{Title: "Embedded view"})
}

// embedView splits an embed path into its view and argument:
// "/embed/events/x" gives ("events", "x").
func embedView(path string) (view, arg string) {
	rest := strings.Trim(strings.TrimPrefix(path, "/embed"), "/")
	view, arg, _ = strings.Cut(rest, "/")
	return view, arg
}

func embedStatus(path string) int {
	view, arg := embedView(path)
	switch view {
	case "list", "timeline":
		if arg == "" {
			return http.StatusOK
		}
	case "charts":
		if arg != "" && !strings.Contains(arg, "/") {
			return http.StatusOK
		}
	case "events":
		return found(data.Event(arg))
	}
	return http.StatusNotFound
}

func (p *embedPage) Render() app.UI {
	view, arg := embedView(p.path)
	var body app.UI
	switch {
	case embedStatus(p.path) != http.StatusOK:
		body = app.P().Text("This embedded view does not exist.")
	case view == "events":
		e, _ := data.Event(arg)
		body = eventDetail(e)
	case view == "list":
		body = eventList(allEvents())
	default:
		body = placeholder("This embedded " + view + " view is on its way.")
	}
	return app.Div().Class("embed").Body(
		app.Main().ID("content").Body(body),
		app.P().Class("embed-credit").Body(
			app.A().Href(fullViewPath(view, arg)).Target("_blank").Rel("noopener").Text("Open in LaborLens"),
		),
	)
}

// fullViewPath is the page of the full app that an embedded view comes from.
func fullViewPath(view, arg string) string {
	switch view {
	case "events":
		return "/events/" + arg
	case "timeline", "charts":
		return "/" + view
	}
	return "/"
}
