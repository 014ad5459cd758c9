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
	br := assets.Brotli(body, brotli.BestCompression)
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
