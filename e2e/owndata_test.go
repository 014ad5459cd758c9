package e2e

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/laborlens/laborlens/dataset"
)

// ownMarker is a word only the visitor's file holds: no request may carry it.
const ownMarker = "zebulonite"

// ownCSV is a visitor's spreadsheet export: semicolons, a byte-order mark,
// a quoted newline and day-first dates.
const ownCSV = "\uFEFFdate;title;summary;kind;countries;organizations;source_urls\r\n" +
	"25/03/2024;Depot walkout in Lyon;\"Drivers walked out over the " + ownMarker + " rota.\r\nA second line.\";walkout;FR;Syndicat des livreurs;https://example.org/lyon\r\n" +
	"02/02/2024;Petition in Ohio;Workers signed a petition about heat.;petition;US;;https://example.org/ohio\r\n" +
	"15/01/2023;Strike at Lille;A strike at the Lille site over pay.;strike;FR;Syndicat des livreurs;https://example.org/lille\r\n"

// requestLog records every request the tab sends, with its body.
type requestLog struct {
	mu   sync.Mutex
	reqs []string
}

func listenRequests(tb *tab) *requestLog {
	l := &requestLog{}
	chromedp.ListenTarget(tb.ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			body := ""
			for _, e := range e.Request.PostDataEntries {
				body += e.Bytes
			}
			l.mu.Lock()
			l.reqs = append(l.reqs, e.Request.Method+" "+e.Request.URL+" "+body)
			l.mu.Unlock()
		}
	})
	return l
}

// carrying returns the requests that hold s (in the URL or the body,
// plain or base64, as CDP gives post data).
func (l *requestLog) carrying(s string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, r := range l.reqs {
		if strings.Contains(strings.ToLower(r), s) {
			out = append(out, r)
		}
	}
	return out
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// openFile sets the explorer's file input to path, as choosing it does.
func openFile(path string) chromedp.Action {
	return chromedp.Tasks{
		chromedp.Evaluate(`document.querySelector("details.own-data").open = true`, nil),
		chromedp.SetUploadFiles("#own-file", []string{path}, chromedp.ByQuery),
	}
}

// dropFile drops a file with content on the drop zone, as dragging it
// from the desktop does.
func dropFile(name, content string) chromedp.Action {
	return chromedp.Evaluate(`(() => {
  const dt = new DataTransfer();
  dt.items.add(new File([`+jsString(content)+`], `+jsString(name)+`, {type: "text/csv"}));
  const zone = document.getElementById("own-drop");
  zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
  zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
})()`, nil)
}

// A visitor opens their spreadsheet's CSV: its events are searched with a
// typo, filtered, drawn on the timeline and opened; nothing is uploaded;
// the shipped dataset comes back.
func TestOwnDataOpenSearchFilterTimeline(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	reqs := listenRequests(tb)
	file := writeFile(t, "strikes-2024.csv", ownCSV)
	tb.run(t, network.Enable(), chromedp.Navigate(s.URL+"/"), waitWasm())
	shippedCount := resultCount(t, tb)

	tb.run(t, openFile(file),
		waitJS(`document.getElementById("own-what") && document.getElementById("own-what").textContent.includes("strikes-2024.csv")`))
	var what string
	tb.eval(t, `document.getElementById("own-what").textContent`, &what)
	if !strings.Contains(what, "3 events") || !strings.Contains(what, "DD/MM/YYYY") {
		t.Errorf("banner says %q; want the file's 3 events and its day-first dates", what)
	}
	if n := resultCount(t, tb); n != 3 {
		t.Fatalf("the explorer shows %d events of the file, want 3", n)
	}

	// A typo'd search finds the walkout by a word of its summary.
	tb.run(t, chromedp.SendKeys("#q", "zebulnite", chromedp.ByQuery),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("1 of 3")`))
	if got := titles(t, tb); len(got) != 1 || !strings.Contains(got[0], "Depot walkout in Lyon") {
		t.Fatalf("search for a typo of %q found %q", ownMarker, got)
	}
	tb.run(t, chromedp.Evaluate(`(() => { const q = document.getElementById("q"); q.value = ""; q.dispatchEvent(new Event("input", {bubbles: true})); })()`, nil),
		waitJS(`document.querySelector(".result-count").textContent.startsWith("3 of 3")`))

	// Filter by country: France holds two of the three.
	tb.run(t, click("#f-country-FR"), waitJS(`document.querySelector(".result-count").textContent.startsWith("2 of 3")`))
	if got := titles(t, tb); len(got) != 2 || strings.Contains(strings.Join(got, "|"), "Ohio") {
		t.Fatalf("France shows %q", got)
	}

	// The timeline, reached inside the app, draws the file's events.
	tb.run(t, click(`nav a[href="/timeline"]`), waitJS(drawn("timeline-chart")),
		waitJS(`JSON.stringify(echarts.getInstanceByDom(document.getElementById("timeline-chart")).getOption().series).includes("2024-03-25-depot-walkout-in-lyon")`))
	// Its event page, from the time-ordered list.
	tb.run(t, click(`.chronology a[href="/events/2024-03-25-depot-walkout-in-lyon"]`),
		waitJS(`document.querySelector("h1") && document.querySelector("h1").textContent === "Depot walkout in Lyon"`),
		waitJS(`document.getElementById("own-banner") && !document.getElementById("own-banner").hidden`))
	// Embedding says the view cannot carry the visitor's data.
	var embedNote bool
	tb.eval(t, `!!document.getElementById("embed-local")`, &embedNote)
	if !embedNote {
		t.Error("the embed dialog does not say that a local dataset cannot be embedded")
	}

	// Back to the LaborLens dataset.
	tb.run(t, click("#own-back"), waitJS(`location.pathname === "/" && document.getElementById("own-banner").hidden`),
		waitJS(`document.querySelector(".result-count").textContent.endsWith(" of `+strconv.Itoa(shippedCount)+` events")`))

	if got := reqs.carrying(ownMarker); len(got) > 0 {
		t.Errorf("requests carried the file's contents:\n%s", strings.Join(got, "\n"))
	}
	if got := reqs.carrying("depot-walkout"); len(got) > 0 {
		t.Errorf("requests named the file's events:\n%s", strings.Join(got, "\n"))
	}
	if errs := tb.Errors(); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// validateLines is what `laborlens validate name` prints for each problem
// of the file at path, run from its directory so the file names match.
func validateLines(t *testing.T, path string) []string {
	t.Helper()
	cmd := exec.Command(binary, "validate", filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	out, _ := cmd.Output()
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) < 2 {
		t.Fatalf("validate printed %q", out)
	}
	return lines[:len(lines)-1] // the last line is the count
}

// sameProblems compares the problems the browser lists with validate's.
func sameProblems(t *testing.T, where string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s lists\n  %s\nlaborlens validate prints\n  %s", where, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// A file with problems: what cannot be opened lists every problem as
// `laborlens validate` prints it; a file with some valid rows opens
// without the others and says which were left out and why.
func TestOwnDataProblems(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/about"), waitWasm())

	bad := "date,title,summary,kind,countries,source_urls,tag\n" +
		"2024-13-01,Bad month,S,strike,US,https://example.org/a,x\n" +
		"2024-01-01,Bad kind,S,strik,US,https://example.org/b,y\n"
	badPath := writeFile(t, "bad.csv", bad)
	want := validateLines(t, badPath)
	tb.run(t, dropFile("bad.csv", bad), waitJS(`document.querySelector("#own-problems li")`))
	var got []string
	tb.eval(t, `[...document.querySelectorAll("#own-problems li")].map(li => li.textContent)`, &got)
	sameProblems(t, "the problems list", got, want)
	var banner bool
	tb.eval(t, `!!document.getElementById("own-banner") && !document.getElementById("own-banner").hidden`, &banner)
	if banner {
		t.Error("a file that cannot be opened is shown")
	}

	some, err := os.ReadFile("../dataset/testdata/broken.csv")
	if err != nil {
		t.Fatal(err)
	}
	somePath := writeFile(t, "broken.csv", string(some))
	want = validateLines(t, somePath)
	tb.run(t, dropFile("broken.csv", string(some)),
		waitJS(`location.pathname === "/" && document.getElementById("own-left")`))
	tb.eval(t, `[...document.querySelectorAll("#own-left li")].map(li => li.textContent)`, &got)
	sameProblems(t, "the banner", got, want)
	var summary string
	tb.eval(t, `document.querySelector("#own-left summary").textContent`, &summary)
	if !strings.Contains(summary, "2 records") || !strings.Contains(summary, "2 of 4 events") {
		t.Errorf("summary %q; want 2 records left out, 2 of 4 events shown", summary)
	}
	if n := resultCount(t, tb); n != 2 {
		t.Errorf("%d events shown, want the 2 valid ones", n)
	}
}

// Kept on this device, the file is there after a reload with the server
// gone; forgotten, the shipped dataset is back, after a reload too.
func TestOwnDataKeepOfflineForget(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 4*time.Minute))
	reqs := listenRequests(tb)
	tb.run(t, network.Enable(), chromedp.Navigate(s.URL+"/"), waitWasm(),
		chromedp.Poll(swCacheReady, nil, chromedp.WithPollingTimeout(60*time.Second), chromedp.WithPollingInterval(200*time.Millisecond)))
	shippedCount := resultCount(t, tb)

	// Without "keep", nothing is stored: a reload shows the shipped data.
	tb.run(t, dropFile("strikes-2024.csv", ownCSV), waitJS(`document.getElementById("own-keep")`),
		chromedp.Reload(), waitWasm())
	if n := resultCount(t, tb); n != shippedCount {
		t.Fatalf("after a reload without keeping, %d events, want the shipped %d", n, shippedCount)
	}

	tb.run(t, dropFile("strikes-2024.csv", ownCSV), click("#own-keep"), waitJS(`document.getElementById("own-kept")`))
	s.Stop()
	tb.run(t, chromedp.Reload(), waitWasm(),
		waitJS(`document.getElementById("own-what") && document.getElementById("own-what").textContent.includes("strikes-2024.csv")`))
	if n := resultCount(t, tb); n != 3 {
		t.Fatalf("offline after a reload, %d events, want the kept file's 3", n)
	}
	tb.run(t, click("#own-back"), waitJS(`document.getElementById("own-banner").hidden`),
		waitJS(`document.querySelector(".result-count").textContent.endsWith(" of `+strconv.Itoa(shippedCount)+` events")`),
		chromedp.Reload(), waitWasm())
	if n := resultCount(t, tb); n != shippedCount {
		t.Errorf("after forgetting and a reload, %d events, want the shipped %d", n, shippedCount)
	}
	var stored int
	tb.run(t, chromedp.Evaluate(`new Promise(ok => { const r = indexedDB.open("laborlens-own-data"); r.onsuccess = () => { const c = r.result.transaction("files").objectStore("files").count(); c.onsuccess = () => ok(c.result); }; })`, &stored, awaitPromise))
	if stored != 0 {
		t.Errorf("%d files still stored after Forget it", stored)
	}
	if got := reqs.carrying(ownMarker); len(got) > 0 {
		t.Errorf("requests carried the file's contents:\n%s", strings.Join(got, "\n"))
	}
}

// syntheticCSV is n made-up events as a CSV file, written by the CSV writer.
func syntheticCSV(t *testing.T, n int) string {
	t.Helper()
	d := dataset.Synthetic(n, 7)
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(dataset.CSVHeader())
	for i := range d.Events {
		w.Write(dataset.CSVRecord(d, &d.Events[i]))
	}
	w.Flush()
	return buf.String()
}

// Opening 1,000 and 10,000 rows: the time from choosing the file to the
// explorer showing its events. The budget is 3 s for 10,000.
func TestOwnDataOpenTime(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/"), waitWasm())
	for _, n := range []int{1000, 10000} {
		path := writeFile(t, "rows-"+strconv.Itoa(n)+".csv", syntheticCSV(t, n))
		want := " of " + strconv.FormatInt(int64(n), 10)
		if n >= 1000 {
			want = " of " + strconv.Itoa(n/1000) + "," + strconv.Itoa(n%1000 + 1000)[1:]
		}
		if tb.ctx.Err() != nil {
			t.Fatal(tb.ctx.Err())
		}
		tb.run(t, chromedp.Evaluate(`performance.clearMarks()`, nil))
		start := time.Now()
		tb.run(t, openFile(path), waitJS(`document.querySelector(".result-count").textContent.includes(`+jsString(want+" events")+`)`))
		took := time.Since(start)
		// The app's marks: reading the file, parsing it, showing it.
		var phases []float64
		tb.eval(t, `["start", "read", "parsed", "shown"].map(m => (performance.getEntriesByName("own-data:" + m)[0] || {startTime: NaN}).startTime)`, &phases)
		t.Logf("opened %d rows (%d KB) in %v: file read %.0f ms, parsed and validated %.0f ms, shown %.0f ms", n, fileSize(path)>>10,
			took.Round(time.Millisecond), phases[1]-phases[0], phases[2]-phases[1], phases[3]-phases[2])
		if n == 10000 && took > 3*time.Second {
			// The budget is for this machine when it is not shared: with
			// more runnable work than cores, the time says little.
			if load, cores := loadAverage(), runtime.NumCPU(); load > float64(cores) {
				t.Logf("10,000 rows took %v, more than 3 s, but the load average is %.1f on %d cores: budget not checked", took, load, cores)
			} else {
				t.Errorf("10,000 rows took %v to open, more than 3 s", took)
			}
		}
		tb.run(t, click("#own-back"), waitJS(`document.getElementById("own-banner").hidden`))
	}
}

func fileSize(path string) int64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// loadAverage is the one-minute load average, or 0 where unknown.
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f, _ := strconv.ParseFloat(strings.Fields(string(b))[0], 64)
	return f
}

// In German, the panel, the banner and the left-out summary are German
// (with the file's problems as laborlens validate prints them, in English).
func TestOwnDataInGerman(t *testing.T) {
	s := startServer(t)
	tb := newBrowser(t, timeout(t, 3*time.Minute))
	tb.run(t, chromedp.Navigate(s.URL+"/about?lang=de"), waitWasm())
	some, err := os.ReadFile("../dataset/testdata/broken.csv")
	if err != nil {
		t.Fatal(err)
	}
	tb.run(t, dropFile("broken.csv", string(some)),
		waitJS(`location.pathname === "/" && document.getElementById("own-left")`))
	var summary, what string
	tb.eval(t, `document.querySelector("#own-left summary").textContent`, &summary)
	tb.eval(t, `document.getElementById("own-what").textContent`, &what)
	if !strings.Contains(summary, "2 Datensätze") || !strings.Contains(summary, "2 von 4 Ereignissen") {
		t.Errorf("summary %q; want German: 2 Datensätze left out, 2 von 4 Ereignissen shown", summary)
	}
	if !strings.Contains(what, "2 Ereignisse") {
		t.Errorf("banner says %q; want the file's 2 Ereignisse", what)
	}
	var texts []string
	tb.eval(t, `(() => { const b = document.getElementById("own-banner"); const out = [];
		const walk = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) if (!n.parentElement.closest('[lang="en"],code') && n.textContent.trim()) out.push(n.textContent.trim());
		return out; })()`, &texts)
	if left := englishLeft(texts, "de"); len(left) > 0 {
		t.Errorf("English left in the German banner: %q", left)
	}
}
