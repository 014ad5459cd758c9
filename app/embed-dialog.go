package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/view"
)

// embedDialog builds the snippet that embeds exactly what the visitor is
// looking at, with a live preview and a copy button.
type embedDialog struct {
	app.Compo
	*Locale
	src    string // the embed URL
	theme  string
	noHead bool
	copied bool
}

// embedURL is the absolute embed URL for page u with the dialog's options.
func (loc *Locale) embedURL(u *url.URL, theme string, noHead bool) string {
	path, q, ok := view.Embed(u.Path, u.Query())
	if !ok {
		path, q = "/embed/list", url.Values{}
	}
	if theme != "" && theme != "auto" {
		q.Set(view.EmbedTheme, theme)
	}
	if noHead {
		q.Set("title", "0")
	}
	q = loc.langValues(q)
	e := url.URL{Scheme: u.Scheme, Host: u.Host, Path: path, RawQuery: q.Encode()}
	return e.String()
}

// snippet is the HTML a partner pastes: the iframe, with a sensible fixed
// height for pages without the script, and the resizing script.
func (loc *Locale) snippet(src string) string {
	u, _ := url.Parse(src)
	origin := u.Scheme + "://" + u.Host
	return `<iframe src="` + format.EscapeHTML(src) + `" title="` + format.EscapeHTML(loc.T("dialog.iframe-title")) + `" width="100%" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>` + "\n" +
		`<script src="` + format.EscapeHTML(origin) + `/embed.js" async></script>`
}

func (d *embedDialog) open(ctx app.Context, e app.Event) {
	d.theme, d.noHead, d.copied = "auto", false, false
	d.src = d.embedURL(app.Window().URL(), d.theme, d.noHead)
	ctx.Defer(func(app.Context) {
		if dlg := app.Window().GetElementByID("embed-dialog"); dlg.Truthy() {
			dlg.Call("showModal")
		}
	})
}

func (d *embedDialog) close(ctx app.Context, e app.Event) {
	if dlg := app.Window().GetElementByID("embed-dialog"); dlg.Truthy() {
		dlg.Call("close")
	}
}

func (d *embedDialog) setTheme(ctx app.Context, e app.Event) {
	d.theme = ctx.JSSrc().Get("value").String()
	d.src = d.embedURL(app.Window().URL(), d.theme, d.noHead)
	d.copied = false
}

func (d *embedDialog) setHead(ctx app.Context, e app.Event) {
	d.noHead = !ctx.JSSrc().Get("checked").Bool()
	d.src = d.embedURL(app.Window().URL(), d.theme, d.noHead)
	d.copied = false
}

func (d *embedDialog) copy(ctx app.Context, e app.Event) {
	if clip := app.Window().Get("navigator").Get("clipboard"); clip.Truthy() {
		clip.Call("writeText", d.snippet(d.src))
		d.copied = true
	}
}

func (d *embedDialog) Render() app.UI {
	status := ""
	if d.copied {
		status = d.T("cite.copied")
	}
	return app.Div().Class("embed-tool").Body(
		// needs-app: invisible until the app runs, but in its place, so
		// that the page below does not move when it appears.
		app.Button().Type("button").Class("embed-open needs-app").Text(d.T("dialog.title")).OnClick(d.open),
		app.Dialog().ID("embed-dialog").Aria("labelledby", "embed-dialog-h").Body(
			app.H2().ID("embed-dialog-h").Text(d.T("dialog.title")),
			app.If(local != nil, func() app.UI {
				return english(d.Locale, app.P()).ID("embed-local").Class("own-error").Text("This page shows your own data, which is only on this device: the snippet below embeds the LaborLens dataset, not yours, and so does a link to this page. To publish your data, run laborlens static -data FILE and put the site on any web host.")
			}),
			app.P().Text(d.T("dialog.help")),
			app.Div().Class("embed-options").Body(
				app.Label().For("embed-theme").Text(d.T("dialog.theme")+" "),
				app.Select().ID("embed-theme").OnChange(d.setTheme).Body(
					boolAttr(app.Option().Value("auto"), app.HTMLOption.Selected, d.theme == "auto").Text(d.T("dialog.theme-auto")),
					boolAttr(app.Option().Value("light"), app.HTMLOption.Selected, d.theme == "light").Text(d.T("dialog.light")),
					boolAttr(app.Option().Value("dark"), app.HTMLOption.Selected, d.theme == "dark").Text(d.T("dialog.dark")),
				),
				app.Label().Body(
					boolAttr(app.Input().Type("checkbox").ID("embed-title"), app.HTMLInput.Checked, !d.noHead).OnChange(d.setHead),
					app.Text(" "+d.T("dialog.heading")),
				),
			),
			app.Label().For("embed-snippet").Text(d.T("dialog.snippet")),
			app.If(d.src != "", func() app.UI {
				return app.Textarea().ID("embed-snippet").ReadOnly(true).Rows(4).Text(d.snippet(d.src))
			}),
			app.Div().Class("embed-actions").Body(
				app.Button().Type("button").Text(d.T("dialog.copy")).OnClick(d.copy),
				app.Span().Role("status").Class("copy-status").Text(status),
				app.Button().Type("button").Text(d.T("dialog.close")).OnClick(d.close),
			),
			app.If(d.src != "", func() app.UI {
				return app.IFrame().Class("embed-preview").Src(d.src).Title(d.T("dialog.preview")).Attr("loading", "lazy")
			}),
		),
	)
}
