// Command loadtest measures the calculator's server on this machine, in one run of
// five parts, one after the other:
//
//  1. a static file (/web/style.css), the yardstick;
//  2. the example page (/);
//  3. a shared link's page (/?mqls=500);
//  4. the wasm as brotli, as browsers fetch it over HTTPS;
//  5. pages of random scenarios, none asked for twice, over 2,000 connections at
//     once: what the server does when it cannot keep up.
//
// Parts 1 to 4 send -n requests (the wasm -wasm-n) over -c connections, as wrk
// does: no Accept-Encoding but for the wasm. For each part it prints requests per
// second, p50 and p99 latency, the replies by status, and the server's peak
// resident memory while the part ran (VmHWM, reset before each part; with -url,
// only when -pid names the server's process). Then the targets beside the
// figures: pages at least 0.3 times the static file's requests per second; under
// the uncached load, peak memory at most 300 MB and every reply a 200 or a 503.
//
//	go run ./internal/cmd/loadtest                      # starts bin/trainingroi -web web -max-conns-per-addr 0 on 127.0.0.1:0
//	go run ./internal/cmd/loadtest -url http://127.0.0.1:8000 -pid 1234
//
// A server of your own (-url) needs -max-conns-per-addr 0 too: every client of
// the run comes from one address.
//
// It exits with status 1 on any error: a request that fails, a reply other than
// 200 (or 503 in part 5), a body that is not what it should be, or a server it
// started that does not stop cleanly on SIGTERM. It never fails on a figure.
//
// It only ever talks to a loopback address, and the whole run is bounded by -timeout.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/trainingroi/calculator/internal/stats"
	"github.com/trainingroi/calculator/internal/testkit/loadgen"
	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

type config struct {
	url              string        // the server; empty: start bin
	pid              int           // the server's process, for its memory; 0: unknown
	bin, web         string        // the server command and its -web directory
	requests         int           // per part, parts 1 to 3
	wasmRequests     int           // part 4
	conns            int           // concurrent connections, parts 1 to 4
	uncachedConns    int           // part 5
	uncachedPerConn  int           // requests per connection in part 5
	timeout          time.Duration // the whole run
	requestTimeout   time.Duration // one request, body included
	seed             uint64        // of the random scenarios
	pageRatioTarget  float64       // pages: at least this times the static file's requests/s
	uncachedRSSLimit int64         // bytes
}

func main() {
	cfg := config{pageRatioTarget: 0.3, uncachedRSSLimit: 300e6}
	flag.StringVar(&cfg.url, "url", "", "base `URL` of a running server on a loopback address (default: start -bin on 127.0.0.1:0)")
	flag.IntVar(&cfg.pid, "pid", 0, "with -url, the server's process `id`, to read its memory")
	flag.StringVar(&cfg.bin, "bin", "bin/trainingroi", "server `command` to start when -url is not given")
	flag.StringVar(&cfg.web, "web", "web", "its -web `directory`")
	flag.IntVar(&cfg.requests, "n", 20000, "`requests` of each of the static file, / and /?mqls=500")
	flag.IntVar(&cfg.wasmRequests, "wasm-n", 1000, "`requests` of the wasm")
	flag.IntVar(&cfg.conns, "c", 64, "concurrent `connections` for those")
	flag.IntVar(&cfg.uncachedConns, "uncached-c", 2000, "concurrent `connections` asking for uncached scenarios")
	flag.IntVar(&cfg.uncachedPerConn, "uncached-n", 3, "`requests` of each of those connections")
	flag.Uint64Var(&cfg.seed, "seed", 1, "`seed` of the random scenarios")
	flag.DurationVar(&cfg.timeout, "timeout", 5*time.Minute, "bound on the whole run")
	flag.DurationVar(&cfg.requestTimeout, "request-timeout", time.Minute, "bound on one request")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./internal/cmd/loadtest [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || cfg.requests < 1 || cfg.wasmRequests < 1 || cfg.conns < 1 || cfg.uncachedConns < 1 || cfg.uncachedPerConn < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// part is one load of the run.
type part struct {
	name     string
	requests int
	conns    int
	next     func(i int, r *rand.Rand) loadgen.Request
}

const browserEncodings = "gzip, deflate, br, zstd"

func parts(cfg config) []part {
	fixed := func(path string, header map[string]string, check func(*http.Response, []byte) error) func(int, *rand.Rand) loadgen.Request {
		return func(int, *rand.Rand) loadgen.Request {
			return loadgen.Request{Path: path, Header: header, Check: check}
		}
	}
	return []part{
		{name: "static file /web/style.css", requests: cfg.requests, conns: cfg.conns,
			next: fixed("/web/style.css", nil, okWith("text/css", ""))},
		{name: "page /", requests: cfg.requests, conns: cfg.conns,
			next: fixed("/", nil, okWith("text/html", ""))},
		{name: "page /?mqls=500", requests: cfg.requests, conns: cfg.conns,
			next: fixed("/?mqls=500", nil, okWith("text/html", ""))},
		{name: "wasm /web/app.wasm (br)", requests: cfg.wasmRequests, conns: cfg.conns,
			next: fixed("/web/app.wasm", map[string]string{"Accept-Encoding": "br"}, okWith("application/wasm", "br"))},
		{name: "uncached random scenarios", requests: cfg.uncachedConns * cfg.uncachedPerConn, conns: cfg.uncachedConns,
			next: randomScenario},
	}
}

// randomScenario is a page no one asked for before: random inputs, and a
// parameter of its own in case two draws agree.
func randomScenario(i int, r *rand.Rand) loadgen.Request {
	q := url.Values{}
	q.Set("mqls", strconv.Itoa(r.IntN(100000)))
	q.Set("sal_rate", strconv.Itoa(1+r.IntN(99)))
	q.Set("win_rate", strconv.Itoa(1+r.IntN(99)))
	q.Set("deal", strconv.Itoa(1000+r.IntN(1000000)))
	q.Set("sales_target", strconv.Itoa(r.IntN(30)))
	q.Set("ref", strconv.Itoa(i))
	return loadgen.Request{Path: "/?" + q.Encode(), Header: map[string]string{"Accept-Encoding": browserEncodings},
		Check: busyOr(okWith("text/html", ""))}
}

func okWith(contentType, encoding string) func(*http.Response, []byte) error {
	return func(res *http.Response, body []byte) error {
		if len(body) == 0 {
			return errors.New("empty body")
		}
		if res.StatusCode != http.StatusOK {
			return fmt.Errorf("status %s", res.Status)
		}
		if ct := res.Header.Get("Content-Type"); !strings.Contains(ct, contentType) {
			return fmt.Errorf("Content-Type %q, want %s", ct, contentType)
		}
		if ce := res.Header.Get("Content-Encoding"); encoding != "" && ce != encoding {
			return fmt.Errorf("Content-Encoding %q, want %s", ce, encoding)
		}
		return nil
	}
}

// busyOr accepts a 503 that says when to come back, else what ok accepts.
func busyOr(ok func(*http.Response, []byte) error) func(*http.Response, []byte) error {
	return func(res *http.Response, body []byte) error {
		if res.StatusCode == http.StatusServiceUnavailable {
			if res.Header.Get("Retry-After") == "" {
				return errors.New("503 without Retry-After")
			}
			return nil
		}
		return ok(res, body)
	}
}

func run(cfg config, out io.Writer) error {
	base := strings.TrimRight(cfg.url, "/")
	what := base
	pid := cfg.pid
	var srv *serverproc.Proc
	if base == "" {
		if _, err := os.Stat(cfg.bin); err != nil {
			return fmt.Errorf("%v (build it with: make build)", err)
		}
		var err error
		// Every client of this run comes from 127.0.0.1, as if they were all
		// behind one proxy: the bound per address is for the internet's clients
		// (internal/server tests it).
		if srv, err = serverproc.Start(cfg.bin, cfg.web, "", "-max-conns-per-addr", "0"); err != nil {
			return err
		}
		defer srv.Kill()
		base, pid = srv.URL, srv.PID()
		what = fmt.Sprintf("%s (%s -web %s, started for this run)", base, cfg.bin, cfg.web)
	} else if err := checkLoopback(base); err != nil {
		return err
	}

	fmt.Fprintf(out, "loadtest: %s\n", what)
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	var reports []*report
	for i, p := range parts(cfg) {
		rep := load(ctx, base, p, cfg, rand.New(rand.NewPCG(cfg.seed, uint64(i))), pid)
		fmt.Fprintf(out, "  %s: %d requests over %d connections in %.1f s\n", p.name, rep.total(), p.conns, rep.elapsed.Seconds())
		reports = append(reports, rep)
	}
	fmt.Fprintln(out)
	printReports(out, reports)
	fmt.Fprintln(out)
	printTargets(out, cfg, reports)

	var errs []error
	for _, rep := range reports {
		if rep.errors > 0 {
			errs = append(errs, fmt.Errorf("%s: %d of %d requests failed", rep.name, rep.errors, rep.total()))
		}
	}
	if srv != nil {
		if err := srv.Stop(time.Minute); err != nil {
			errs = append(errs, fmt.Errorf("%w; server output:\n%s", err, srv.Log(4096)))
		} else {
			fmt.Fprintln(out, "server: stopped cleanly on SIGTERM")
		}
	}
	return errors.Join(errs...)
}

// checkLoopback refuses a URL whose host is not a loopback address: this is a tool
// to measure our server, not to load someone else's.
func checkLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("-url %q is not an http(s) URL", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return fmt.Errorf("-url %q: only loopback addresses (127.0.0.1, ::1, localhost) are allowed", raw)
}

// report is what one part measured.
type report struct {
	name      string
	conns     int
	elapsed   time.Duration
	latencies []time.Duration // of the replies that were not errors
	statuses  map[int]int     // replies by status, errors included
	errors    int
	firstErrs []string
	bytes     int64
	peakRSS   int64 // bytes; 0: unknown
}

func (r *report) total() int { return len(r.latencies) + r.errors }

func (r *report) perSecond() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.total()) / r.elapsed.Seconds()
}

// load sends p's requests from p.conns connections, and samples the server's
// peak memory. Requests not sent when ctx ends count as errors.
func load(ctx context.Context, base string, p part, cfg config, r *rand.Rand, pid int) *report {
	reqs := make([]loadgen.Request, p.requests)
	for i := range reqs {
		reqs[i] = p.next(i, r)
	}
	rep := &report{name: p.name, conns: p.conns, statuses: map[int]int{}, latencies: make([]time.Duration, 0, p.requests)}
	peak := peakMemory(pid)
	start := time.Now()
	outcomes := loadgen.Load{Base: base, Conns: p.conns, Timeout: cfg.requestTimeout,
		Next: func(i int) (loadgen.Request, bool) {
			if i >= len(reqs) {
				return loadgen.Request{}, false
			}
			return reqs[i], true
		},
	}.Run(ctx)
	for o := range outcomes {
		rep.bytes += o.Bytes
		rep.statuses[o.Status]++
		if o.Err != nil {
			rep.errors++
			if len(rep.firstErrs) < 3 {
				rep.firstErrs = append(rep.firstErrs, o.Err.Error())
			}
			continue
		}
		rep.latencies = append(rep.latencies, o.Latency())
	}
	rep.elapsed = time.Since(start)
	rep.peakRSS = peak()
	return rep
}

func printReports(out io.Writer, reports []*report) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "part\tconns\trequests\terrors\treq/s\tp50\tp99\tpeak RSS\tKB/reply\treplies\t")
	for _, r := range reports {
		kb := 0.0
		if r.total() > 0 {
			kb = float64(r.bytes) / float64(r.total()) / 1024
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.0f\t%s\t%s\t%s\t%.1f\t%s\t\n", r.name, r.conns, r.total(), r.errors, r.perSecond(),
			msAt(r.latencies, 50), msAt(r.latencies, 99), mb(r.peakRSS), kb, statusCounts(r.statuses))
	}
	tw.Flush()
	for _, r := range reports {
		for _, e := range r.firstErrs {
			fmt.Fprintf(out, "error: %s: %s\n", r.name, e)
		}
	}
}

// statusCounts writes replies by status: "200: 5000, 503: 1000" (0 for requests
// that got no reply).
func statusCounts(m map[int]int) string {
	var parts []string
	for _, c := range slices.Sorted(maps.Keys(m)) {
		label := strconv.Itoa(c)
		if c == 0 {
			label = "no reply"
		}
		parts = append(parts, fmt.Sprintf("%s: %d", label, m[c]))
	}
	return strings.Join(parts, ", ")
}

func printTargets(out io.Writer, cfg config, reports []*report) {
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "MISSED"
	}
	static := reports[0].perSecond()
	fmt.Fprintln(out, "targets:")
	for _, r := range reports[1:3] {
		ratio := 0.0
		if static > 0 {
			ratio = r.perSecond() / static
		}
		fmt.Fprintf(out, "  %s: %.0f req/s = %.2f× the static file's %.0f (target ≥ %.1f×, 0 errors): %s\n", r.name, r.perSecond(), ratio, static,
			cfg.pageRatioTarget, verdict(ratio >= cfg.pageRatioTarget && r.errors == 0))
	}
	u := reports[4]
	other := 0
	for code, n := range u.statuses {
		if code != http.StatusOK && code != http.StatusServiceUnavailable {
			other += n
		}
	}
	rss := "unknown (no process id, or its /proc/PID/clear_refs cannot be written)"
	if u.peakRSS > 0 {
		rss = fmt.Sprintf("%s (target ≤ %s): %s", mb(u.peakRSS), mb(cfg.uncachedRSSLimit), verdict(u.peakRSS <= cfg.uncachedRSSLimit))
	}
	fmt.Fprintf(out, "  %s: peak RSS %s\n", u.name, rss)
	fmt.Fprintf(out, "  %s: %d replies 200, %d 503, %d other or none (target: only 200 and 503): %s\n", u.name,
		u.statuses[http.StatusOK], u.statuses[http.StatusServiceUnavailable], other, verdict(other == 0 && u.errors == 0))
}

// msAt is the p-th percentile of the latencies in milliseconds.
func msAt(latencies []time.Duration, p float64) string {
	if len(latencies) == 0 {
		return "n/a"
	}
	v := make([]float64, len(latencies))
	for i, d := range latencies {
		v[i] = float64(d) / float64(time.Millisecond)
	}
	return fmt.Sprintf("%.2f ms", stats.Percentile(v, p))
}

func mb(b int64) string {
	if b <= 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.0f MB", float64(b)/1e6)
}

// peakMemory makes the process's highest resident memory (VmHWM) start again from
// now (writing 5 to /proc/PID/clear_refs); the function it returns reads the peak
// since, in bytes: exact, where sampling VmRSS could miss a short peak. Both give
// 0 when the memory cannot be read or reset.
func peakMemory(pid int) func() int64 {
	if pid <= 0 || os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", pid), []byte("5"), 0) != nil {
		return func() int64 { return 0 }
	}
	return func() int64 {
		v, _ := readStatus(pid, "VmHWM")
		return v
	}
}

// readStatus reads a memory field ("VmRSS", "VmHWM") of /proc/PID/status, in bytes.
func readStatus(pid int, field string) (int64, error) {
	if pid <= 0 {
		return 0, errors.New("no process id")
	}
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || name != field {
			continue
		}
		fields := strings.Fields(value)
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, fmt.Errorf("%s: %q", field, value)
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		return kb * 1024, err
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", field, pid)
}
