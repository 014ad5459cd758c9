package server

import (
	"errors"
	"fmt"
	"html"
	"net/http"
	"strings"

	"github.com/laborlens/laborlens/dataset"
)

// maxShownProblems bounds the problems the unavailable page lists.
const maxShownProblems = 20

// Unavailable answers every request while the dataset cannot be served
// (missing, unreadable, invalid): 503 with a page that says so and why,
// and a failing /healthz, so that neither a visitor nor a load balancer
// waits on a server that will never have content.
func Unavailable(cause error, cfg Config) http.Handler {
	lines := []string{cause.Error()}
	var probs dataset.Problems
	if errors.As(cause, &probs) {
		lines = lines[:0]
		for i, p := range probs {
			if i == maxShownProblems {
				lines = append(lines, fmt.Sprintf("… and %d more problems (run laborlens validate)", len(probs)-i))
				break
			}
			lines = append(lines, p.String())
		}
	}
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>LaborLens is unavailable</title></head><body><main><h1>LaborLens is unavailable</h1>` +
		`<p>The server is running but could not load its dataset, so it has nothing to show. ` +
		`The operator needs to fix the dataset file and restart the server.</p><pre>`)
	for _, l := range lines {
		b.WriteString(html.EscapeString(l) + "\n")
	}
	b.WriteString("</pre></main></body></html>\n")
	page := b.String()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		setSecurityHeaders(w.Header(), r.URL.Path, cfg)
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed(w)
			return
		}
		h := w.Header()
		h.Set("Cache-Control", "no-store")
		h.Set("Retry-After", "60")
		if r.URL.Path == "/healthz" {
			h.Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "unavailable: the dataset could not be loaded:", lines[0])
			return
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		if r.Method != http.MethodHead {
			w.Write([]byte(page))
		}
	})
}
