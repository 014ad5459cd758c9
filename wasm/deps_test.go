package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The browser binary must not carry server-only code: handlers, flags,
// compression, the static exporter, the embedded dataset or test tools.
func TestWasmLeavesServerCodeOut(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list returned %d packages; expected the wasm's dependencies", len(deps))
	}
	forbidden := []string{
		"github.com/laborlens/laborlens/internal/",
		"github.com/laborlens/laborlens/cmd/",
		"github.com/laborlens/laborlens/embed",
		"github.com/laborlens/laborlens/web",
		// Feeds, the data API, oEmbed and the published docs are server
		// files; the browser only links them.
		"github.com/laborlens/laborlens/feed",
		"github.com/laborlens/laborlens/api",
		"github.com/laborlens/laborlens/oembed",
		"github.com/laborlens/laborlens/docs",
		// The other languages' catalogues are fetched, one at a time;
		// country names were generated from x/text at development time.
		"github.com/laborlens/laborlens/i18n/catalog",
		"golang.org/x/text",
		"github.com/santhosh-tekuri/",
		"encoding/xml",
		// The dataset comes in its own binary encoding (dataset/binary.go):
		// encoding/gob cost the wasm 47 kB of brotli.
		"encoding/gob",
		"github.com/andybalholm/brotli",
		"github.com/chromedp/",
		"log/slog",
		"net/http/httptest",
	}
	for _, dep := range deps {
		for _, f := range forbidden {
			if strings.HasPrefix(dep, f) {
				t.Errorf("the wasm build imports %s", dep)
			}
		}
	}
}
