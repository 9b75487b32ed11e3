# Build, run and test the training-ROI calculator. `make run` needs nothing but Go;
# `make test` also needs Chromium for the browser tests in ./e2e (and nginx for one of
# them), and installs them with apt-get when it runs as root on Debian or Ubuntu.

GO       ?= go
BIN      := bin/trainingroi
WASM     := web/app.wasm
ADDR     ?= :8000
# PUBLIC_URL is where the site is public (https://roi.example.com), for link
# previews; without it they are left out.
PUBLIC_URL ?=
PUBLIC   := $(if $(PUBLIC_URL),-public-url $(PUBLIC_URL))
FUZZTIME ?= 60s

# One build cache for every checkout and every run (go's default, fixed here so that a
# fresh clone or a missing $$HOME does not start from nothing). -trimpath keeps the
# cached objects independent of where the checkout is.
export GOCACHE := $(or $(shell $(GO) env GOCACHE 2>/dev/null),/var/tmp/go-build)
# No VCS stamp: the wasm, and so the app version the server derives from it, depends
# on the code only, not on the commit or a dirty work tree.
BUILDFLAGS := -buildvcs=false -trimpath

.PHONY: all build wasm compress server run test chromium axe nginx pdftools static icons fuzz bench loadtest messages clean

all: build

## build: the wasm (with its .br and .gz copies) and the server, bin/trainingroi
build: compress server

wasm:
	GOOS=js GOARCH=wasm $(GO) build $(BUILDFLAGS) -ldflags="-s -w" -o $(WASM) .

compress: wasm
	$(GO) run ./internal/cmd/compress $(WASM)

server:
	$(GO) build $(BUILDFLAGS) -o $(BIN) .

## messages: the catalogue template and each language's PO file in step with the
## source (docs/translating.md)
messages:
	$(GO) run ./internal/cmd/messages

## run: build and serve on $(ADDR)
run: build
	./$(BIN) -addr $(ADDR) $(PUBLIC)

## test: build, vet (native and wasm), then every test, the browser ones included
test: build
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	@$(MAKE) --no-print-directory chromium axe nginx pdftools
	$(GO) test -count=1 ./...

# chromium makes sure the browser tests have a browser.
chromium:
	@if [ -n "$$E2E_CHROME" ] || command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium for the browser tests (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-cjk >/dev/null; \
	else \
		echo "Chromium is missing: the browser tests in ./e2e need it." >&2; \
		echo "Install it (Debian/Ubuntu: sudo apt-get install chromium fonts-dejavu-core fonts-noto-cjk)," >&2; \
		echo "or set E2E_CHROME to a Chrome or Chromium binary, or run only the other tests: go test -short ./..." >&2; \
		exit 1; \
	fi

# pdftools reads the text of the printed reports (pdftotext from poppler-utils);
# without it the print tests check page counts only, and say so.
pdftools:
	@if command -v pdftotext >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing poppler-utils for the print tests (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; \
	fi

# nginx serves the static site the way the README's nginx recipe says, for
# e2e/deploy_test.go; without it, that test skips the recipe and says so. (Where
# systemd runs, the package also starts nginx as a service on port 80.)
nginx:
	@if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing nginx for the deploy recipe test (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null; \
	else \
		echo "nginx is missing: e2e/deploy_test.go will skip the README's nginx recipe." >&2; \
		echo "Install it to check the recipe (Debian/Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-static)." >&2; \
	fi

# axe installs axe-core, pinned in package.json and package-lock.json, for the
# accessibility audits of e2e/a11y_test.go: with npm ci, and only when it is missing.
# As root on Debian or Ubuntu it installs npm itself when that is missing.
axe:
	@if [ -f node_modules/axe-core/axe.min.js ]; then :; else \
		if ! command -v npm >/dev/null 2>&1; then \
			if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
				echo "installing npm for the accessibility tests (apt-get)"; \
				apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; \
			else \
				echo "npm is missing: the accessibility tests in ./e2e need axe-core from npm." >&2; \
				echo "Install it (Debian/Ubuntu: sudo apt-get install npm), or run only the other tests: go test -short ./..." >&2; \
				exit 1; \
			fi; \
		fi; \
		echo "installing axe-core for the accessibility tests (npm ci)"; \
		npm ci --no-audit --no-fund --ignore-scripts; \
	fi

## static: build, then write a static site to dist/ (for Netlify, Cloudflare Pages…)
static: build
	rm -rf dist
	./$(BIN) -static dist $(PUBLIC)

## icons: redraw web/icons from internal/icongen
icons:
	$(GO) run ./internal/cmd/icongen

## fuzz: run every Fuzz target of the repository for $(FUZZTIME) each
fuzz:
	@list=$$($(GO) test -list 'Fuzz.*' ./...) || { echo "$$list"; exit 1; }; \
	targets=$$(echo "$$list" | awk '/^Fuzz/ { n[c++] = $$1; next } /^ok/ { for (i = 0; i < c; i++) print $$2 "," n[i] } /^(ok|FAIL|\?)/ { c = 0 }'); \
	if [ -z "$$targets" ]; then echo "no Fuzz targets found"; exit 0; fi; \
	for t in $$targets; do \
		pkg=$${t%,*}; fn=$${t#*,}; \
		echo "== $$fn in $$pkg for $(FUZZTIME)"; \
		$(GO) test -run='^$$' -fuzz="^$$fn\$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	done

## bench: wasm sizes and the code of each package, Go benchmarks, then load, input
## latency, where an edit's time goes and memory in headless Chromium, as a desktop
## and as a phone (4× slower CPU, 9 Mbps), against go-app's floor (needs Chromium;
## prints, never fails on a time; about 4 minutes; docs/performance.md explains
## the figures)
bench: build
	$(GO) run ./internal/cmd/sizes -buildflags='$(BUILDFLAGS)' $(WASM)
	@echo; echo "== Go benchmarks (native, this machine)"
	$(GO) test -run='^$$' -bench=. -benchmem ./calc ./app/...
	@echo
	$(GO) run ./internal/cmd/bench -bin $(BIN) -web web

## loadtest: the built server on loopback, in one run: a static file, /,
## /?mqls=500 (20,000 requests each over 64 connections), the brotli wasm, then
## 2,000 connections asking for uncached scenarios; requests per second, p50/p99,
## peak RSS and replies of each part, with the targets beside them (about a
## minute; fails on an error, never on a figure; docs/performance.md)
loadtest: build
	$(GO) run ./internal/cmd/loadtest -bin $(BIN) -web web -n 20000 -c 64 -uncached-c 2000

clean:
	rm -rf bin dist $(WASM) $(WASM).br $(WASM).gz
