// Command loadtest sends a bounded load to the calculator's server on this machine
// and prints what it sustained: requests per second, p50 and p99 latency and the
// error count, in all and per URL.
//
//	go run ./internal/cmd/loadtest                      # starts bin/trainingroi -web web on 127.0.0.1:0
//	go run ./internal/cmd/loadtest -url http://127.0.0.1:8000
//
// make loadtest runs it after a build: 20,000 requests over 64 connections, spread
// evenly over what a visit fetches that costs the server most: the page (/), the
// page for a shared link (/?mqls=500, prerendered from its query), the wasm as
// brotli and the service worker script. A request is an error when it fails, takes
// longer than -request-timeout, answers anything but 200, or its body is not what it
// should be (the wasm not brotli, a body shorter than Content-Length). The command
// exits with status 1 on any error, and when the server it started does not stop
// cleanly on SIGTERM afterwards.
//
// It only ever talks to a loopback address, and the whole run is bounded by -timeout.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/trainingroi/calculator/internal/testkit/serverproc"
)

type config struct {
	url            string        // the server; empty: start bin
	bin, web       string        // the server command and its -web directory
	requests       int           // in all
	conns          int           // concurrent connections, one worker each
	timeout        time.Duration // the whole run
	requestTimeout time.Duration // one request, body included
}

func main() {
	var cfg config
	flag.StringVar(&cfg.url, "url", "", "base `URL` of a running server on a loopback address (default: start -bin on 127.0.0.1:0)")
	flag.StringVar(&cfg.bin, "bin", "bin/trainingroi", "server `command` to start when -url is not given")
	flag.StringVar(&cfg.web, "web", "web", "its -web `directory`")
	flag.IntVar(&cfg.requests, "n", 20000, "`requests` in all")
	flag.IntVar(&cfg.conns, "c", 64, "concurrent `connections`")
	flag.DurationVar(&cfg.timeout, "timeout", 3*time.Minute, "bound on the whole run")
	flag.DurationVar(&cfg.requestTimeout, "request-timeout", 30*time.Second, "bound on one request")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./internal/cmd/loadtest [flags]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || cfg.requests < 1 || cfg.conns < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(cfg, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

// target is one URL of the mix and what its answer must be.
type target struct {
	path   string
	header map[string]string
	check  func(res *http.Response) error
}

var targets = []target{
	{path: "/", header: map[string]string{"Accept-Encoding": "gzip, deflate, br"}, check: contentType("text/html")},
	{path: "/?mqls=500", header: map[string]string{"Accept-Encoding": "gzip, deflate, br"}, check: contentType("text/html")},
	{path: "/web/app.wasm", header: map[string]string{"Accept-Encoding": "br"}, check: func(res *http.Response) error {
		if ce := res.Header.Get("Content-Encoding"); ce != "br" {
			return fmt.Errorf("Content-Encoding %q, want br", ce)
		}
		return contentType("application/wasm")(res)
	}},
	{path: "/app-worker.js", header: map[string]string{"Accept-Encoding": "gzip, deflate, br"}, check: contentType("javascript")},
}

func contentType(want string) func(*http.Response) error {
	return func(res *http.Response) error {
		if ct := res.Header.Get("Content-Type"); !strings.Contains(ct, want) {
			return fmt.Errorf("Content-Type %q, want %s", ct, want)
		}
		return nil
	}
}

func run(cfg config, out io.Writer) error {
	base := strings.TrimRight(cfg.url, "/")
	what := base
	var srv *serverproc.Proc
	if base == "" {
		if _, err := os.Stat(cfg.bin); err != nil {
			return fmt.Errorf("%v (build it with: make build)", err)
		}
		var err error
		if srv, err = serverproc.Start(cfg.bin, cfg.web, ""); err != nil {
			return err
		}
		defer srv.Kill()
		base = srv.URL
		what = fmt.Sprintf("%s (%s -web %s, started for this run)", base, cfg.bin, cfg.web)
	} else if err := checkLoopback(base); err != nil {
		return err
	}

	fmt.Fprintf(out, "loadtest: %d requests over %d connections to %s\n", cfg.requests, cfg.conns, what)
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	rep := load(ctx, base, cfg)
	rep.print(out)

	var errs []error
	if rep.errors() > 0 {
		errs = append(errs, fmt.Errorf("%d of %d requests failed", rep.errors(), cfg.requests))
	}
	if srv != nil {
		if err := srv.Stop(30 * time.Second); err != nil {
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

// stats are the outcomes for one target.
type stats struct {
	latencies []time.Duration // of the successful requests
	errs      int
	firstErrs []string // the first few, for the report
	bytes     int64
}

type report struct {
	conns   int
	elapsed time.Duration
	paths   []string
	byPath  map[string]*stats
}

func (r *report) errors() int {
	n := 0
	for _, s := range r.byPath {
		n += s.errs
	}
	return n
}

// load sends cfg.requests requests, request i to targets[i%len(targets)], from
// cfg.conns workers that each hold one connection. Requests not sent when ctx ends
// count as errors.
func load(ctx context.Context, base string, cfg config) *report {
	tr := &http.Transport{
		Proxy:               nil,
		DialContext:         (&net.Dialer{Timeout: 5 * time.Second}).DialContext,
		MaxIdleConns:        cfg.conns,
		MaxIdleConnsPerHost: cfg.conns,
		MaxConnsPerHost:     cfg.conns,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  true, // the bodies are counted as sent
		ForceAttemptHTTP2:   false,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: cfg.requestTimeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

	rep := &report{conns: cfg.conns, byPath: map[string]*stats{}}
	for _, t := range targets {
		rep.paths = append(rep.paths, t.path)
		rep.byPath[t.path] = &stats{latencies: make([]time.Duration, 0, cfg.requests/len(targets)+1)}
	}
	var mu sync.Mutex
	record := func(path string, d time.Duration, n int64, err error) {
		mu.Lock()
		defer mu.Unlock()
		s := rep.byPath[path]
		s.bytes += n
		if err != nil {
			s.errs++
			if len(s.firstErrs) < 3 {
				s.firstErrs = append(s.firstErrs, err.Error())
			}
			return
		}
		s.latencies = append(s.latencies, d)
	}

	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for range cfg.conns {
		wg.Go(func() {
			buf := make([]byte, 64<<10)
			for {
				i := int(next.Add(1) - 1)
				if i >= cfg.requests {
					return
				}
				t := targets[i%len(targets)]
				if ctx.Err() != nil {
					record(t.path, 0, 0, fmt.Errorf("not sent: %v", context.Cause(ctx)))
					continue
				}
				d, n, err := fetch(ctx, client, base, t, buf)
				record(t.path, d, n, err)
			}
		})
	}
	wg.Wait()
	rep.elapsed = time.Since(start)
	return rep
}

// fetch sends one request and reads the whole body.
func fetch(ctx context.Context, client *http.Client, base string, t target, buf []byte) (time.Duration, int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+t.path, nil)
	if err != nil {
		return 0, 0, err
	}
	for k, v := range t.header {
		req.Header.Set(k, v)
	}
	start := time.Now()
	res, err := client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	n, err := io.CopyBuffer(io.Discard, res.Body, buf)
	res.Body.Close()
	d := time.Since(start)
	switch {
	case err != nil:
		return d, n, fmt.Errorf("reading the body: %v after %d bytes", err, n)
	case res.StatusCode != http.StatusOK:
		return d, n, fmt.Errorf("status %s", res.Status)
	case res.ContentLength >= 0 && n != res.ContentLength:
		return d, n, fmt.Errorf("%d bytes of %d", n, res.ContentLength)
	case n == 0:
		return d, n, errors.New("empty body")
	}
	if err := t.check(res); err != nil {
		return d, n, err
	}
	return d, n, nil
}

// percentile returns the p-th percentile (0 < p <= 100) of sorted durations, by the
// nearest-rank method.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(float64(len(sorted))*p/100+0.999999) - 1
	return sorted[min(max(rank, 0), len(sorted)-1)]
}

func (r *report) print(out io.Writer) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "url\trequests\terrors\tp50\tp99\tmax\tKB/response\t")
	var all []time.Duration
	var total, errs int
	var bytes int64
	for _, p := range r.paths {
		s := r.byPath[p]
		slices.Sort(s.latencies)
		all = append(all, s.latencies...)
		n := len(s.latencies) + s.errs
		total += n
		errs += s.errs
		bytes += s.bytes
		var mx time.Duration
		if len(s.latencies) > 0 {
			mx = s.latencies[len(s.latencies)-1]
		}
		kb := 0.0
		if n > 0 {
			kb = float64(s.bytes) / float64(n) / 1024
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%s\t%.1f\t\n", p, n, s.errs,
			ms(percentile(s.latencies, 50)), ms(percentile(s.latencies, 99)), ms(mx), kb)
	}
	tw.Flush()
	for _, p := range r.paths {
		for _, e := range r.byPath[p].firstErrs {
			fmt.Fprintf(out, "error: %s: %s\n", p, e)
		}
	}
	slices.Sort(all)
	secs := r.elapsed.Seconds()
	fmt.Fprintf(out, "total: %d requests in %.2f s over %d connections: %.0f requests/s, p50 %s, p99 %s, %d errors, %.0f MB/s\n",
		total, secs, r.conns, float64(total)/secs, ms(percentile(all, 50)), ms(percentile(all, 99)), errs, float64(bytes)/secs/1e6)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d)/float64(time.Millisecond)) }
