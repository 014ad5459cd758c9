package app

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DatasetFile is the name, under /web/, of the dataset the server publishes
// for the browser to load.
const DatasetFile = "dataset.gob"

// DatasetURL is where the browser loads the dataset from: the versioned
// static resources location go-app passes to the page.
func DatasetURL() *url.URL {
	u, err := url.Parse(strings.TrimRight(app.Getenv("GOAPP_STATIC_RESOURCES_URL"), "/") + "/" + DatasetFile)
	if err != nil {
		return &url.URL{Path: "/web/" + DatasetFile}
	}
	return u
}
