package serverproc

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The test binary plays the server when SERVERPROC_FAKE says how: "serve"
// listens and shuts down on SIGTERM, "deaf" ignores SIGTERM, "fail" exits at
// once with an error.
func TestMain(m *testing.M) {
	switch os.Getenv("SERVERPROC_FAKE") {
	case "":
		os.Exit(m.Run())
	case "fail":
		fmt.Fprintln(os.Stderr, "cannot read -web")
		os.Exit(3)
	case "serve", "deaf":
		terms := make(chan os.Signal, 1)
		if os.Getenv("SERVERPROC_FAKE") == "deaf" {
			signal.Ignore(syscall.SIGTERM)
		} else {
			signal.Notify(terms, syscall.SIGTERM)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			os.Exit(4)
		}
		go http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
		fmt.Printf("listening on http://%s\n", ln.Addr())
		<-terms
		os.Exit(0)
	}
}

func start(t *testing.T, mode string) (*Proc, error) {
	t.Setenv("SERVERPROC_FAKE", mode)
	return Start(os.Args[0], "web", "")
}

func TestStartAndStop(t *testing.T) {
	p, err := start(t, "serve")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.URL, "http://127.0.0.1:") || strings.HasSuffix(p.URL, "/") {
		t.Errorf("URL %q", p.URL)
	}
	if resp, err := http.Get(p.URL + "/"); err != nil {
		t.Errorf("GET /: %v", err)
	} else {
		resp.Body.Close()
	}
	if err := p.Stop(10 * time.Second); err != nil {
		t.Errorf("Stop: %v", err)
	}
	if !strings.Contains(p.Log(4096), "listening on") {
		t.Errorf("log %q lacks the listening line", p.Log(4096))
	}
}

func TestStartFails(t *testing.T) {
	_, err := start(t, "fail")
	if err == nil || !strings.Contains(err.Error(), "cannot read -web") {
		t.Errorf("Start of a command that exits: %v, want an error quoting its output", err)
	}
}

func TestStopKillsADeafServer(t *testing.T) {
	p, err := start(t, "deaf")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Stop(300 * time.Millisecond); err == nil || !strings.Contains(err.Error(), "killed") {
		t.Errorf("Stop of a server that ignores SIGTERM: %v, want killed", err)
	}
}

func TestRun(t *testing.T) {
	t.Setenv("SERVERPROC_FAKE", "fail")
	res, err := Run(os.Args[0], "", 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if res.Code != 3 || !strings.Contains(res.Stderr, "cannot read -web") || res.Stdout != "" {
		t.Errorf("Run of a command that fails: %+v, want status 3 and its stderr", res)
	}
	t.Setenv("SERVERPROC_FAKE", "deaf")
	if _, err := Run(os.Args[0], "", 300*time.Millisecond); err == nil || !strings.Contains(err.Error(), "did not exit") {
		t.Errorf("Run of a command that does not end: %v, want a timeout", err)
	}
}

func TestTerminateThenWait(t *testing.T) {
	p, err := start(t, "serve")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Stdout(); got != "listening on "+p.URL+"\n" {
		t.Errorf("Stdout %q, want only the listening line", got)
	}
	if p.PID() <= 0 {
		t.Errorf("PID %d", p.PID())
	}
	if err := p.Terminate(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.Exited():
	case <-time.After(10 * time.Second):
		t.Fatal("not exited 10 s after SIGTERM")
	}
	if err := p.Wait(time.Second); err != nil {
		t.Errorf("Wait: %v", err)
	}
}
