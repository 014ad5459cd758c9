// Command precompress writes FILE.br (brotli, best quality) and FILE.gz
// (gzip, best level) next to each FILE, at build time, so the server never
// compresses large assets while serving.
//
//	precompress web/build/app.wasm web/build/echarts.min.js
package main

import (
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
	"github.com/laborlens/laborlens/internal/assets"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	for _, name := range os.Args[1:] {
		if err := compress(name); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(name string) error {
	body, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	br := smallestBrotli(body)
	gz := assets.Gzip(body)
	if err := os.WriteFile(name+".br", br, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes, gzip %d, brotli %d\n", name, len(body), len(gz), len(br))
	return nil
}

// smallestBrotli is the smaller of brotli at the best quality with the
// window assets.Brotli picks and with the default one (4 MB), compressed
// side by side. For app.wasm either may win, by up to 0.3% (3.4 kB) from
// one build to the next: brotli's block splitting on 9 MB of wasm moves
// that much with the layout, a few bytes of code or line numbers more or
// less (measured on three builds: 22 bits won two, 24 one).
func smallestBrotli(body []byte) []byte {
	if len(body) <= 1<<22 {
		return assets.Brotli(body, brotli.BestCompression) // one window
	}
	wide := make(chan []byte)
	go func() { wide <- assets.Brotli(body, brotli.BestCompression) }()
	br := assets.BrotliWindow(body, brotli.BestCompression, 0)
	if w := <-wide; len(w) < len(br) {
		br = w
	}
	return br
}
