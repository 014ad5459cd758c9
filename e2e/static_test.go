package e2e

import (
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// `laborlens static` writes a site that a plain static file server serves:
// pages prerendered, the wasm boots, deep links work.
func TestStaticSiteOnAPlainFileServer(t *testing.T) {
	base := serveStatic(t)

	_, home, _ := get(t, base+"/")
	links := eventLink.FindAllStringSubmatch(home, -1)
	if len(links) == 0 {
		t.Fatal("the static home page has no event links")
	}
	code, page, _ := get(t, base+"/events/"+links[0][1]+"/")
	if code != http.StatusOK || !strings.Contains(page, "Sources") {
		t.Fatalf("the static event page answered %d without its content", code)
	}

	tb := newBrowser(t, timeout(t, time.Minute))
	tb.run(t, chromedp.Navigate(base+"/events/"+links[0][1]), waitWasm(),
		waitJS(`document.querySelector(".sources a") !== null`),
		click(`nav a[href="/charts"]`), waitJS(`location.pathname === "/charts"`), waitJS(drawn("chart-per-year")))
}

// serveStatic exports the site with `laborlens static` and serves it with
// a plain file server until the test ends; it returns the site's URL.
func serveStatic(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "dist")
	out, err := exec.Command(binary, "static", "-out", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("laborlens static: %v\n%s", err, out)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.FileServer(http.Dir(dir))}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	base := "http://" + ln.Addr().String()
	return base
}
