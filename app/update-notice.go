package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// updateNotice tells the visitor that a new version of LaborLens has been
// downloaded in the background, and reloads the page when they ask.
type updateNotice struct {
	app.Compo
	*Locale
	available bool
}

func (n *updateNotice) OnMount(ctx app.Context) { n.available = ctx.AppUpdateAvailable() }

func (n *updateNotice) OnAppUpdate(ctx app.Context) { n.available = ctx.AppUpdateAvailable() }

func (n *updateNotice) Render() app.UI {
	if !n.available {
		return app.Div().Class("update-notice").Hidden(true)
	}
	return app.Div().Class("update-notice").Role("status").Body(
		app.P().Text(n.T("update.ready")),
		app.Button().Type("button").Text(n.T("update.reload")).OnClick(func(ctx app.Context, e app.Event) {
			ctx.Reload()
		}),
	)
}
