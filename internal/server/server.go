//go:build !wasm

package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
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
	timeouts       timeouts
}

// timeouts bound how long a client may hold a connection.
type timeouts struct {
	readHeader time.Duration // request line and headers (slowloris)
	read       time.Duration // whole request; ours have no body
	write      time.Duration // whole response: the wasm on a slow phone line
	idle       time.Duration // keep-alive between requests
	shutdown   time.Duration // grace for in-flight requests after SIGINT/SIGTERM
}

var productionTimeouts = timeouts{
	readHeader: 5 * time.Second,
	read:       30 * time.Second,
	// 1.4 MB of brotli at 50 kB/s (a poor mobile line) takes 30 s, 7 MB raw over
	// 3 minutes: the write timeout is for whole responses.
	write:    5 * time.Minute,
	idle:     2 * time.Minute,
	shutdown: 30 * time.Second,
}

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

func parseFlags(args []string, output io.Writer) (config, error) {
	cfg := config{timeouts: productionTimeouts}
	fs := flag.NewFlagSet("trainingroi", flag.ContinueOnError)
	fs.SetOutput(output)
	fs.StringVar(&cfg.addr, "addr", ":8000", "listen `address` (host:port; port 0 picks a free port)")
	fs.StringVar(&cfg.webDir, "web", "web", "`directory` of static files served under /web/ (app.wasm, app.wasm.br, app.wasm.gz, icons, style.css…)")
	fs.StringVar(&cfg.frameAncestors, "frame-ancestors", "*",
		"CSP frame-ancestors `sources`: who may embed the calculator in a frame, e.g. \"'self' https://example.com\"")
	fs.StringVar(&cfg.version, "version", "", "app `version` announced to the service worker (default: a hash of the web directory's files)")
	fs.StringVar(&cfg.staticDir, "static", "", "write a static website to `directory` (which must be empty or absent) instead of serving")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: trainingroi [flags]\n\nServes the training-ROI calculator, or exports it as a static site with -static.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected arguments: %q", fs.Args())
	}
	if err := checkFrameAncestors(cfg.frameAncestors); err != nil {
		return config{}, err
	}
	return cfg, nil
}

// run serves until ctx is done, then stops accepting connections and waits for the
// requests in flight.
func run(ctx context.Context, cfg config, stdout io.Writer) error {
	s, err := newSite(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	srv := newHTTPServer(cfg.timeouts, s.Handler())
	fmt.Fprintf(stdout, "listening on %s\n", listenURL(cfg.addr, ln.Addr()))

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	log.Printf("shutting down: waiting up to %s for requests in flight", cfg.timeouts.shutdown)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.timeouts.shutdown)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
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
