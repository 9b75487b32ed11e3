//go:build !wasm

package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/trainingroi/calculator/app/i18n"
	"io"
	"log"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"syscall"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// config is what serve reads from its flags. Tests build one directly, with short
// timeouts.
type config struct {
	addr           string // listen address, host:port; port 0 picks a free one
	webDir         string // directory served under /web/ (app.wasm, icons, style.css…)
	frameAncestors string // CSP frame-ancestors sources: who may embed the page
	version        string // build identifier; empty: derived from the web directory
	staticDir      string // when set, export a static site there instead of serving
	hsts           bool   // send Strict-Transport-Security (HTTPS deployments)
	publicHost     string // the host the site is public at (-public-url), for og: links; "" unknown
	maxConns       int    // connections open at once; more wait to be accepted
	maxPerAddr     int    // connections open at once from one client address; 0: no bound
	pageCache      int64  // bytes of prerendered pages kept; 0: none
	memLimit       int64  // the Go runtime's soft memory limit in bytes; 0: none
	memLimitSet    bool   // -mem-limit was given (else GOMEMLIMIT, when set, stands)
	timeouts       timeouts
}

// timeouts bound how long a client may hold a connection, and a request its turn.
type timeouts struct {
	readHeader time.Duration // request line and headers (slowloris)
	read       time.Duration // whole request; ours have no body
	write      time.Duration // whole response: the wasm on a slow phone line
	chunk      time.Duration // each writeChunk bytes of a response: the minimum rate
	stall      time.Duration // a write its client takes nothing of, while connections are full
	idle       time.Duration // keep-alive between requests
	shutdown   time.Duration // grace for in-flight requests after SIGINT/SIGTERM
	renderWait time.Duration // wait for a render slot before answering 503
}

var productionTimeouts = timeouts{
	readHeader: 5 * time.Second,
	read:       30 * time.Second,
	// 1.4 MB of brotli at 50 kB/s (a poor mobile line) takes 30 s, 7 MB raw over
	// 3 minutes: the write timeout is for whole responses.
	write: 5 * time.Minute,
	// ... but a client must take each 16 KiB within 10 s (1.6 kB/s at least), or
	// it loses its connection: one that stops reading holds a slot and its send
	// buffer for seconds, not minutes.
	chunk: 10 * time.Second,
	// While every connection slot is taken and more clients wait, a write that
	// has waited a second for a client that takes nothing is cut to make room.
	stall:      time.Second,
	idle:       60 * time.Second,
	shutdown:   30 * time.Second,
	renderWait: time.Second,
}

// Defaults of the limits. An idle connection costs 10 to 20 kB, more while its
// request runs (docs/server.md, "Memory").
const (
	defaultMaxConns = 4096
	// defaultMaxPerAddr is a sixteenth of the connections: a browser opens 6 to a
	// host, so an address shared by many visitors (an office, a carrier's NAT)
	// still has room, while one client cannot take every slot.
	defaultMaxPerAddr = 256
	defaultPageCache  = 32 << 20
	defaultMemLimit   = 256 << 20
)

// Main runs the server (or the static export) as the command line says, and exits.
func Main() {
	// go-app logs to stdout; stdout carries only the "listening on" line.
	app.DefaultLogger = log.New(os.Stderr, "", log.LstdFlags).Printf

	cfg, err := parseFlags(os.Args[1:], os.Stderr)
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(0)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainingroi:", err)
		os.Exit(2)
	}

	if cfg.staticDir != "" {
		err = exportStatic(cfg)
	} else {
		setMemoryLimit(cfg)
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		go func() {
			// A second signal kills the process at once.
			<-ctx.Done()
			stop()
		}()
		err = run(ctx, cfg, os.Stdout)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainingroi:", err)
		os.Exit(1)
	}
}

// setMemoryLimit gives the runtime its soft memory limit, so that the collector
// works harder before the process outgrows its host: -mem-limit, else GOMEMLIMIT
// from the environment (which the runtime has read already), else the default.
func setMemoryLimit(cfg config) {
	if !cfg.memLimitSet && os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := cfg.memLimit
	if limit <= 0 {
		limit = math.MaxInt64
	}
	debug.SetMemoryLimit(limit)
}

func parseFlags(args []string, output io.Writer) (config, error) {
	cfg := config{timeouts: productionTimeouts}
	pageCache, memLimit := byteSize(defaultPageCache), byteSize(defaultMemLimit)
	fs := flag.NewFlagSet("trainingroi", flag.ContinueOnError)
	fs.SetOutput(output)
	fs.StringVar(&cfg.addr, "addr", ":8000", "listen `address` (host:port; port 0 picks a free port)")
	fs.StringVar(&cfg.webDir, "web", "web", "`directory` of static files served under /web/ (app.wasm, app.wasm.br, app.wasm.gz, icons, style.css…)")
	fs.StringVar(&cfg.frameAncestors, "frame-ancestors", "*",
		"CSP frame-ancestors `sources`: who may embed the calculator in a frame, e.g. \"'self' https://example.com\"")
	fs.StringVar(&cfg.version, "version", "", "app `version` announced to the service worker (default: a hash of the web directory's files)")
	fs.StringVar(&cfg.staticDir, "static", "", "write a static website to `directory` (which must be empty or absent) instead of serving")
	publicURL := fs.String("public-url", "", "the `address` the site is public at (https://roi.example.com): link previews (og:url, og:image) name it; without it they are left out")
	fs.BoolVar(&cfg.hsts, "hsts", false, "send Strict-Transport-Security (max-age one year): only for a site served over HTTPS, by a proxy in front or a static host")
	fs.IntVar(&cfg.maxConns, "max-conns", defaultMaxConns, "most client `connections` open at once; more wait to be accepted, and idle ones are closed meanwhile")
	fs.IntVar(&cfg.maxPerAddr, "max-conns-per-addr", defaultMaxPerAddr,
		"most `connections` open at once from one client address (an IPv6 /64); more are answered 503. 0: no bound (behind a proxy or CDN, whose connections all come from its own addresses)")
	fs.Var(&pageCache, "page-cache", "memory for prerendered pages, as a `size` (256KiB, 32MiB; 0 renders every request)")
	fs.Var(&memLimit, "mem-limit", "soft memory limit of the Go runtime, as a `size` (0: none; default, when GOMEMLIMIT is not set: 256MiB)")
	fs.DurationVar(&cfg.timeouts.shutdown, "grace", productionTimeouts.shutdown, "after SIGTERM or SIGINT, how long requests in flight may take to finish (`duration`)")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: trainingroi [flags]\n\nServes the training-ROI calculator, or exports it as a static site with -static.\n\n")
		fs.PrintDefaults()
	}
	var err error
	if err = fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	if err := checkFrameAncestors(cfg.frameAncestors); err != nil {
		return config{}, err
	}
	if cfg.publicHost, err = publicHost(*publicURL); err != nil {
		return config{}, err
	}
	if cfg.maxConns < 1 {
		return config{}, fmt.Errorf("-max-conns %d: at least 1", cfg.maxConns)
	}
	if cfg.maxPerAddr < 0 {
		return config{}, fmt.Errorf("-max-conns-per-addr %d: not negative (0: no bound)", cfg.maxPerAddr)
	}
	if cfg.timeouts.shutdown < 0 {
		return config{}, fmt.Errorf("-grace %v: not negative", cfg.timeouts.shutdown)
	}
	cfg.pageCache, cfg.memLimit = int64(pageCache), int64(memLimit)
	fs.Visit(func(f *flag.Flag) { cfg.memLimitSet = cfg.memLimitSet || f.Name == "mem-limit" })
	return cfg, nil
}

// run serves until ctx is done, then stops accepting connections and waits for the
// requests in flight, for the grace period at most: then it closes the connections
// still busy. Either way the shutdown went as asked, and run returns nil.
func run(ctx context.Context, cfg config, stdout io.Writer) error {
	l, err := listen(cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "listening on %s\n", l.url)
	return l.serve(ctx, cfg.timeouts.shutdown)
}

// listening is the site on its listener, ready to serve.
type listening struct {
	srv   *http.Server
	conns *connListener
	url   string
}

// listen makes the site and opens its listener.
func listen(cfg config) (*listening, error) {
	s, err := newSite(cfg)
	if err != nil {
		return nil, err
	}
	// The example is the page most visits ask for: rendered once in each
	// language, before the first.
	s.pages.prime("/")
	for _, l := range i18n.Langs[1:] {
		s.pages.prime("/?hl=" + string(l))
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return nil, err
	}
	srv := newHTTPServer(cfg.timeouts, s.Handler())
	cl := newConnListener(ln, cfg.maxConns, s.headers.lines(), srv.SetKeepAlivesEnabled,
		connLimits{perAddr: cfg.maxPerAddr, chunk: cfg.timeouts.chunk, stall: cfg.timeouts.stall})
	return &listening{srv: srv, conns: cl, url: listenURL(cfg.addr, ln.Addr())}, nil
}

// serve answers requests until ctx is done, then shuts down (see run).
func (l *listening) serve(ctx context.Context, grace time.Duration) error {
	srv, cl := l.srv, l.conns
	served := make(chan error, 1)
	go func() { served <- srv.Serve(cl) }()

	select {
	case err := <-served:
		cl.Close()
		return err
	case <-ctx.Done():
	}
	log.Printf("shutting down: waiting up to %s for requests in flight", grace)
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); errors.Is(err, context.DeadlineExceeded) {
		log.Printf("grace period over: closing %d connections with requests still in flight", cl.open())
		srv.Close()
	} else if err != nil {
		srv.Close()
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Print("stopped")
	return nil
}

func newHTTPServer(t timeouts, h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: t.readHeader,
		ReadTimeout:       t.read,
		WriteTimeout:      t.write,
		IdleTimeout:       t.idle,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          log.New(os.Stderr, "http: ", log.LstdFlags),
		// OPTIONS * reaches the handler (405, with its headers) instead of Go's
		// own answer.
		DisableGeneralOptionsHandler: true,
		ConnContext:                  connContext,
		ConnState:                    connState,
	}
}

// listenURL is the address to print: the host asked for (localhost when it was
// empty or a wildcard) and the port actually bound.
func listenURL(addr string, bound net.Addr) string {
	host, _, err := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); err != nil || host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	port := ""
	if tcp, ok := bound.(*net.TCPAddr); ok {
		port = strconv.Itoa(tcp.Port)
	} else if _, p, err := net.SplitHostPort(bound.String()); err == nil {
		port = p
	}
	return "http://" + net.JoinHostPort(host, port)
}
