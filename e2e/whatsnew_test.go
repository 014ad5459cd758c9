package e2e

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/laborlens/laborlens/dataset"
	"github.com/laborlens/laborlens/format"
	"github.com/laborlens/laborlens/visit"
)

// lastVisitRecord is what the browser would have stored at a visit to the
// shipped dataset without its n newest events, and those events' titles.
func lastVisitRecord(t *testing.T, n int) (string, []string) {
	t.Helper()
	d, err := dataset.ParseFile("../embed/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range d.Events[:n] {
		titles = append(titles, e.Title)
	}
	before := *d
	before.Events = d.Events[n:]
	return visit.Visit(&before, "").Store, titles
}

// A visitor who came before the newest three events were published is told
// about them, lists them with new=1 and dismisses the note; nothing about
// the visit leaves the browser.
func TestNewSinceLastVisit(t *testing.T) {
	s := startServer(t)
	record, want := lastVisitRecord(t, 3)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/about"), waitWasm(),
		chromedp.Evaluate(`localStorage.setItem(`+jsString(visit.Key)+`, `+jsString(record)+`)`, nil),
		chromedp.Navigate(s.URL+"/"), waitWasm(),
		waitJS(`!document.querySelector(".new-since").hidden`))
	var note string
	tb.eval(t, `document.querySelector(".new-since").textContent`, &note)
	if !strings.HasPrefix(note, "3 events are new since your last visit.") {
		t.Errorf("the note says %q", note)
	}

	tb.run(t, click(`.new-since a`), waitJS(`new URL(location).searchParams.get("new") === "1"`),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("3 ")`))
	if got := titles(t, tb); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("new=1 lists %q, want %q", got, want)
	}
	tb.eval(t, `document.querySelector(".new-since").textContent`, &note)
	if !strings.HasPrefix(note, "Showing the 3 events new since your last visit.") {
		t.Errorf("with new=1 the note says %q", note)
	}

	// Dismissed, the note stays gone, after a reload too.
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm(), waitJS(`!document.querySelector(".new-since").hidden`),
		click(`.new-since button`), waitJS(`document.querySelector(".new-since").hidden`),
		chromedp.Reload(), waitWasm())
	var hidden bool
	tb.eval(t, `document.querySelector(".new-since").hidden`, &hidden)
	if !hidden {
		t.Error("the note came back after being dismissed")
	}
	total := resultCount(t, tb)
	if total < len(want) {
		t.Fatalf("%d events listed", total)
	}
	tb.run(t, chromedp.Navigate(s.URL+"/?new=1"), waitWasm(),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("0 ")`))
	tb.eval(t, `document.querySelector(".new-since").textContent`, &note)
	if !strings.HasPrefix(note, "No event is new since your last visit.") {
		t.Errorf("after dismissing, new=1 says %q", note)
	}
}

// Where the storage throws (denied, full, turned off), the app still works
// and shows no note. (Where merely reading window.localStorage throws, as
// in a sandboxed frame, go-app itself stops at start-up: it reads it
// outside any guard to clean up its own stored states.)
func TestNoStorageNoNote(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`for (const m of ["getItem", "setItem"]) Storage.prototype[m] = () => { throw new DOMException("denied", "SecurityError"); };`).Do(ctx)
		return err
	}), chromedp.Navigate(s.URL+"/"), waitWasm())
	total := resultCount(t, tb)
	// The Go program is alive: typing still narrows the list.
	tb.run(t, chromedp.SendKeys("#q", "strike", chromedp.ByID),
		waitJS(`!document.querySelector(".result-count").textContent.startsWith("`+strconv.Itoa(total)+` ")`))
	var hidden bool
	tb.eval(t, `document.querySelector(".new-since").hidden`, &hidden)
	if !hidden {
		t.Error("a note shows without storage")
	}
	for _, e := range tb.Errors() {
		if strings.Contains(e, "exited") || strings.Contains(e, "panic") {
			t.Errorf("the Go program failed: %s", e)
		}
	}
}

// /about says what the release changed, with the numbers of /changes.json,
// and states the scope.
func TestAboutSaysWhatChanged(t *testing.T) {
	s := startServer(t)
	code, body, _ := get(t, s.URL+"/changes.json")
	var c dataset.Changes
	if code != 200 || json.Unmarshal([]byte(body), &c) != nil || c.To == "" {
		t.Fatalf("/changes.json: %d %s", code, body)
	}
	tb := newBrowser(t, timeout(t, 2*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/about"), waitWasm(), waitJS(`document.getElementById("changes-h")`))
	var text string
	tb.eval(t, `document.querySelector(".changes").textContent + document.querySelector(".scope").textContent`, &text)
	for _, want := range []string{
		"version " + c.To + " added " + plural(len(c.Added), "event") + ", changed " + plural(len(c.Changed), "event") + " and removed " + plural(len(c.Removed), "event"),
		"The span starts in 2000",
		"Building-trades protests at Amazon construction sites are in scope when they are aimed at Amazon",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("/about lacks %q:\n%s", want, text)
		}
	}
}

func plural(n int, one string) string {
	if n == 1 {
		return "1 " + one
	}
	return format.Thousands(n) + " " + one + "s"
}
