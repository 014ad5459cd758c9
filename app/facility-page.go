package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/query"
)

// facilityPage is the history of one Amazon site.
type facilityPage struct {
	app.Compo
	*Locale
	code string
}

// OnInit reads the URL before the app's first render: see explorer.OnInit.
func (p *facilityPage) OnInit() {
	if app.IsClient {
		p.code = strings.ToUpper(match(facilityPath, app.Window().URL().Path))
	}
}

func (p *facilityPage) OnPreRender(ctx app.Context) {
	p.Locale = pageLocale(ctx.Page().URL()) // its language, from the URL it prerenders
	p.load(ctx)
}

func (p *facilityPage) OnNav(ctx app.Context) { onClientNav(ctx, p.load) }

func (p *facilityPage) load(ctx app.Context) {
	p.code = strings.ToUpper(match(facilityPath, ctx.Page().URL().Path))
	f, ok := data.Facility(p.code)
	if !ok {
		p.setPageMeta(ctx, p.notFoundMeta())
		return
	}
	p.setPageMeta(ctx, pageMeta{
		Canonical:   "/facilities/" + f.Code,
		Title:       f.Code + facilityWhere(f),
		Description: p.N("facility.description", len(data.EventsAt(f.Code)), "facility", f.Code+facilityWhere(f)),
	})
}

func facilityWhere(f *dataset.Facility) string {
	parts := []string{}
	for _, s := range []string{f.City, f.Region} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func (p *facilityPage) Render() app.UI {
	f, ok := data.Facility(p.code)
	if !ok {
		return p.notFound(p.T("facility.missing", "code", p.code))
	}
	return p.historyPage(pageHeader("Amazon "+f.Code+facilityWhere(f), f.Name), []app.UI{
		fact(p.T("facility.type"), p.facilityTypeLabel(f.Type)),
		fact(p.T("facet.country"), p.countryNameOr(f.Country)),
	}, data.EventsAt(f.Code), query.State{Facilities: []string{f.Code}})
}
