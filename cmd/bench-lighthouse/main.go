// Command bench-lighthouse runs Lighthouse (installed by `make lighthouse`
// into tools/lighthouse, pinned there) on LaborLens served on a free
// loopback port, desktop and mobile, and prints the performance scores and
// the metrics behind them.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/laborlens/laborlens/internal/bench"
)

type report struct {
	Categories map[string]struct {
		Score *float64 `json:"score"`
	} `json:"categories"`
	Audits map[string]struct {
		NumericValue float64 `json:"numericValue"`
	} `json:"audits"`
	RuntimeError *struct {
		Message string `json:"message"`
	} `json:"runtimeError"`
}

func main() {
	bin := flag.String("bin", "bin/laborlens", "the laborlens binary to serve")
	lh := flag.String("lighthouse", "tools/lighthouse/node_modules/.bin/lighthouse", "the Lighthouse CLI")
	flag.Parse()
	s, err := bench.Start(*bin, io.Discard)
	check(err)
	defer s.Stop()
	dir, err := os.MkdirTemp("", "laborlens-lighthouse-")
	check(err)
	defer os.RemoveAll(dir)
	fmt.Println("## Lighthouse 12.2.3, performance (loopback; mobile: simulated 4x CPU and slow 4G)")
	fmt.Println()
	fmt.Println("| route | form factor | score | FCP | LCP | TBT | speed index | TTI |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	for _, route := range []string{"/", "/timeline", "/charts", "/embed/list"} {
		for _, ff := range []string{"desktop", "mobile"} {
			out := filepath.Join(dir, "report.json")
			args := []string{s.URL + route, "--quiet", "--only-categories=performance", "--output=json", "--output-path=" + out,
				"--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"}
			if ff == "desktop" {
				args = append(args, "--preset=desktop")
			}
			cmd := exec.Command(*lh, args...)
			cmd.Stderr = os.Stderr
			if err := cmd.Run(); err != nil {
				fmt.Printf("| %s | %s | failed: %v | | | | | |\n", route, ff, err)
				continue
			}
			b, err := os.ReadFile(out)
			check(err)
			var r report
			check(json.Unmarshal(b, &r))
			score := "n/a"
			if p := r.Categories["performance"].Score; p != nil {
				score = fmt.Sprintf("%.0f", *p*100)
			}
			if r.RuntimeError != nil {
				score += " (" + r.RuntimeError.Message + ")"
			}
			a := func(k string) string { return fmt.Sprintf("%.0f ms", r.Audits[k].NumericValue) }
			fmt.Printf("| %s | %s | %s | %s | %s | %s | %s | %s |\n", route, ff, score,
				a("first-contentful-paint"), a("largest-contentful-paint"), a("total-blocking-time"), a("speed-index"), a("interactive"))
		}
	}
	fmt.Println()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench-lighthouse:", err)
		os.Exit(1)
	}
}
