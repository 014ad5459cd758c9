package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DatasetFile is the name, under /web/, of the dataset the server publishes
// for the browser to load.
const DatasetFile = "dataset.bin"

// DatasetURL is where the browser loads the dataset from: the versioned
// static resources location go-app passes to the page.
func DatasetURL() *url.URL { return resourceURL(DatasetFile) }

// resourceURL is where the browser loads the file name under /web/ from.
func resourceURL(name string) *url.URL {
	u, err := url.Parse(strings.TrimRight(app.Getenv("GOAPP_STATIC_RESOURCES_URL"), "/") + "/" + name)
	if err != nil {
		return &url.URL{Path: "/web/" + name}
	}
	return u
}

// CatalogPath is where the server publishes the catalogue of lang, a
// language other than English, for the browser.
func CatalogPath(lang string) string { return "/web/i18n/" + lang + ".txt" }

// CatalogURL is where the browser loads the catalogue of lang from.
func CatalogURL(lang string) *url.URL { return resourceURL("i18n/" + lang + ".txt") }

// TemplatePath is the CSV template to start one's own dataset from: every
// column and two example events (see dataset.Template).
const TemplatePath = "/template.csv"
