package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/laborlens/laborlens/internal/bench"
)

// visit is what a cold and a repeat visit of one route measured.
type visit struct {
	route        string
	cold, repeat map[string]int64
	sent         []sent  // the cold visit's responses, with -urls
	fast, slow   timings // unthrottled; CPU throttled 4x
}

// routes measures each route on the shipped dataset.
func (r *runner) routes() error {
	s, err := bench.StartEvents(r.bin, r.dir, bench.Shipped)
	if err != nil {
		return err
	}
	defer s.Stop()
	m, err := newMeter(s.URL)
	if err != nil {
		return err
	}
	defer m.close()
	m.log = r.urls
	var visits []visit
	for _, route := range r.only {
		if route == "event" {
			route = s.Event
		}
		v, err := r.visit(m, route)
		if err != nil {
			return fmt.Errorf("%s: %w", route, err)
		}
		visits = append(visits, v)
	}
	printVisits(visits)
	return nil
}

func (r *runner) visit(m *meter, route string) (visit, error) {
	v := visit{route: route}
	b, err := newBrowser(r.chromium, 1)
	if err != nil {
		return v, err
	}
	defer b.close()
	m.quiet(500 * time.Millisecond)
	m.take()
	if err := b.navigate(m.URL+route, 2*time.Minute); err != nil {
		return v, err
	}
	if v.fast, err = b.timings(); err != nil {
		return v, err
	}
	// The first visit ends when the service worker has precached the app.
	if err := b.wait(time.Minute, `(navigator.serviceWorker.ready.then(r => window.__sw = !!r.active), window.__sw)`); err != nil {
		return v, err
	}
	m.quiet(1500 * time.Millisecond)
	v.cold, v.sent = m.take()
	if err := b.navigate(m.URL+route, 2*time.Minute); err != nil {
		return v, err
	}
	m.quiet(1500 * time.Millisecond)
	v.repeat, _ = m.take()

	slow, err := newBrowser(r.chromium, 4)
	if err != nil {
		return v, err
	}
	defer slow.close()
	if err := slow.navigate(m.URL+route, 3*time.Minute); err != nil {
		return v, err
	}
	v.slow, err = slow.timings()
	return v, err
}

func total(by map[string]int64) int64 {
	var n int64
	for _, v := range by {
		n += v
	}
	return n
}

func printVisits(visits []visit) {
	fmt.Printf("## Routes, shipped dataset (%d events), loopback\n", bench.ShippedEvents())
	fmt.Println()
	fmt.Println("Bytes as sent (compressed, with headers), service worker precache included.")
	fmt.Println()
	fmt.Println("| route | cold total | " + strings.Join(kinds, " | ") + " | repeat visit |")
	fmt.Println("|---|---|" + strings.Repeat("---|", len(kinds)) + "---|")
	for _, v := range visits {
		row := []string{v.route, bench.MB(total(v.cold))}
		for _, k := range kinds {
			row = append(row, bench.MB(v.cold[k]))
		}
		row = append(row, bench.MB(total(v.repeat)))
		fmt.Println("| " + strings.Join(row, " | ") + " |")
	}
	fmt.Println()
	for _, v := range visits {
		if len(v.sent) == 0 {
			continue
		}
		fmt.Printf("Responses of the cold visit to %s, in order (bytes with headers):\n\n", v.route)
		for _, s := range v.sent {
			fmt.Printf("    %8d  %d  %-5s %s\n", s.n, s.status, s.kind, s.path)
		}
		fmt.Println()
	}
	fmt.Println("| route | FCP | interactive | TBT | FCP, CPU 4x | interactive, CPU 4x | TBT, CPU 4x |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, v := range visits {
		fmt.Printf("| %s | %s | %s | %s | %s | %s | %s |\n", v.route,
			ms(v.fast.FCP), ms(v.fast.Ready), ms(v.fast.TBT), ms(v.slow.FCP), ms(v.slow.Ready), ms(v.slow.TBT))
	}
	fmt.Println()
}
