// Package serverproc runs the calculator's server command (bin/trainingroi) for
// the server's own tests, the browser tests, the benchmark and the load test: on a
// free loopback port, ready once it answers, and stopped the way a deployment stops
// it, by SIGTERM. It also builds the command, and runs it to completion (-static).
package serverproc

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Build compiles the server command into dir and returns the path of the binary.
func Build(dir string) (string, error) {
	bin := filepath.Join(dir, "trainingroi")
	out, err := exec.Command("go", "build", "-buildvcs=false", "-o", bin, "github.com/trainingroi/calculator").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
}

// Result is how a command run to completion ended.
type Result struct {
	Stdout, Stderr string
	Code           int // exit status
}

// Run runs `bin args...` in dir (the current directory if empty) until it exits,
// for at most timeout, and returns what it printed and its exit status. The error
// is for a command that could not run or did not end in time.
func Run(bin, dir string, timeout time.Duration, args ...string) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String(), Code: cmd.ProcessState.ExitCode()}
	var ee *exec.ExitError
	switch {
	case ctx.Err() != nil:
		return res, fmt.Errorf("%s %q did not exit within %v; stderr:\n%s", bin, args, timeout, res.Stderr)
	case errors.As(err, &ee):
		return res, nil
	}
	return res, err
}

// Proc is a running server.
type Proc struct {
	// URL is where it listens: http://127.0.0.1:PORT, without a trailing slash.
	URL string

	cmd    *exec.Cmd
	exited chan struct{} // closed when the command has exited; err is then its result
	err    error
	log    lockedBuffer // stdout and stderr
	stdout lockedBuffer // stdout alone
}

// The server prints this line once its listener is open (server.go).
var listening = regexp.MustCompile(`^listening on (http://\S+)$`)

// startTimeout bounds each wait of Start: for the listening line, then for the
// first answer.
const startTimeout = 30 * time.Second

// Start runs `bin -addr 127.0.0.1:0 -web webDir args...` in dir (the current
// directory if empty) and returns once the server has printed where it listens
// and answers GET /.
func Start(bin, webDir, dir string, args ...string) (*Proc, error) {
	p := &Proc{exited: make(chan struct{})}
	p.cmd = exec.Command(bin, append([]string{"-addr", "127.0.0.1:0", "-web", webDir}, args...)...)
	p.cmd.Dir = dir
	p.cmd.Stderr = &p.log
	stdout, err := p.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := p.cmd.Start(); err != nil {
		return nil, err
	}
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			line := sc.Text()
			fmt.Fprintln(&p.log, line)
			fmt.Fprintln(&p.stdout, line)
			if m := listening.FindStringSubmatch(line); m != nil {
				select {
				case urls <- strings.TrimRight(m[1], "/"):
				default:
				}
			}
		}
		_, _ = io.Copy(&p.log, stdout) // a line too long for the scanner
		p.err = p.cmd.Wait()
		close(p.exited)
	}()

	select {
	case p.URL = <-urls:
	case <-p.exited:
		return nil, fmt.Errorf("%s exited (%v) without printing \"listening on http://HOST:PORT\"; output:\n%s", bin, p.err, p.Log(4096))
	case <-time.After(startTimeout):
		p.Kill()
		return nil, fmt.Errorf("%s printed no \"listening on\" line within %v; output:\n%s", bin, startTimeout, p.Log(4096))
	}
	// The server prints the line once its listener is open (server.go): its first
	// answer is one round trip away, however long the first render takes.
	resp, err := (&http.Client{Timeout: startTimeout}).Get(p.URL + "/")
	if err != nil {
		p.Kill()
		return nil, fmt.Errorf("%s does not answer: %v", p.URL, err)
	}
	resp.Body.Close()
	return p, nil
}

// Stop sends SIGTERM and waits up to timeout for the server to exit. It reports
// a server that had to be killed, died of a signal instead of shutting down, or
// exited with an error.
func (p *Proc) Stop(timeout time.Duration) error {
	if err := p.Terminate(); err != nil {
		<-p.exited // it has exited already
		return p.result()
	}
	return p.Wait(timeout)
}

// Terminate sends SIGTERM, as a deployment does to stop the server.
func (p *Proc) Terminate() error { return p.cmd.Process.Signal(syscall.SIGTERM) }

// Wait waits up to timeout for the server to exit (and kills it then), and
// reports, as Stop does, anything but an exit with status 0.
func (p *Proc) Wait(timeout time.Duration) error {
	select {
	case <-p.exited:
		return p.result()
	case <-time.After(timeout):
		p.Kill()
		return fmt.Errorf("server did not exit within %v; killed", timeout)
	}
}

// Exited is closed once the server has exited.
func (p *Proc) Exited() <-chan struct{} { return p.exited }

// PID is the server's process id.
func (p *Proc) PID() int { return p.cmd.Process.Pid }

func (p *Proc) result() error {
	var ee *exec.ExitError
	if errors.As(p.err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return fmt.Errorf("server died of %v instead of shutting down", ws.Signal())
		}
	}
	if p.err != nil {
		return fmt.Errorf("server exited: %v", p.err)
	}
	return nil
}

// Kill ends the server at once, if it still runs, and waits for it.
func (p *Proc) Kill() {
	select {
	case <-p.exited:
	default:
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
}

// Stdout returns what the server printed on its standard output.
func (p *Proc) Stdout() string { return string(p.stdout.Bytes()) }

// Log returns the last n bytes of what the server printed.
func (p *Proc) Log(n int) string {
	b := p.log.Bytes()
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// lockedBuffer is a bytes.Buffer safe for concurrent use: the command's stderr
// and the stdout reader write to it while tests read it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// Bytes returns a copy of the contents.
func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}
