// Package loadgen puts HTTP load on a server: requests from many connections at
// once, each answer read whole and checked, and what became of every request
// reported. It is the load engine of the server's tests and of
// internal/cmd/loadtest.
package loadgen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"sync"
	"sync/atomic"
	"time"
)

// Request is one request: a path, its headers, and what a right answer is.
type Request struct {
	Path   string
	Header map[string]string
	// Check says what is wrong with an answer, its body read whole (the body is
	// valid during the call only); nil accepts any answer.
	Check func(res *http.Response, body []byte) error
}

// Outcome is what became of one request.
type Outcome struct {
	Path     string
	Status   int       // 0: no answer
	Wrote    time.Time // the request was written to a connection (zero: never)
	Answered bool      // a first byte of the answer came back
	Start    time.Time // the request was sent (zero: not sent)
	Done     time.Time
	Bytes    int64 // of the body, as received
	Err      error
}

// Latency is the time from sending the request to the end of its answer's body.
func (o Outcome) Latency() time.Duration { return o.Done.Sub(o.Start) }

// Load says what to send and how.
type Load struct {
	Base  string // the server, such as http://127.0.0.1:8000
	Conns int    // connections at once, each with one request in flight
	// Next is the i-th request (counted over all connections), false when
	// there are no more.
	Next func(i int) (Request, bool)
	// Stop, if set, ends a connection's requests after an outcome for which it
	// reports true.
	Stop func(Outcome) bool
	// Timeout bounds one request, its body included (0: 30 s).
	Timeout time.Duration
	// Pause comes after each 32 KiB of a body, so that downloads last and some
	// are half done at any moment.
	Pause time.Duration
	// Gzip lets the client ask for gzip and decode it where the request names
	// no Accept-Encoding of its own (net/http's default); without it, bodies are
	// received and counted as sent.
	Gzip bool
}

// Run sends the requests and reports each outcome on the channel it returns,
// which it closes when every connection is done. Once ctx ends, the requests
// Next still gives are not sent: their outcomes say so.
func (l Load) Run(ctx context.Context) <-chan Outcome {
	timeout := l.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	tr := &http.Transport{
		DialContext:         (&net.Dialer{Timeout: 30 * time.Second}).DialContext,
		MaxIdleConns:        l.Conns,
		MaxIdleConnsPerHost: l.Conns,
		MaxConnsPerHost:     l.Conns,
		IdleConnTimeout:     time.Minute,
		DisableCompression:  !l.Gzip,
	}
	client := &http.Client{Transport: tr, Timeout: timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	out := make(chan Outcome, 1<<16)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range l.Conns {
		wg.Go(func() {
			var body bytes.Buffer
			piece := make([]byte, 32<<10)
			for {
				rq, ok := l.Next(int(next.Add(1) - 1))
				if !ok {
					return
				}
				o := Outcome{Path: rq.Path}
				if ctx.Err() != nil {
					o.Err = fmt.Errorf("not sent: %v", context.Cause(ctx))
				} else {
					l.fetch(ctx, client, rq, &o, &body, piece)
				}
				out <- o
				if l.Stop != nil && l.Stop(o) {
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		tr.CloseIdleConnections()
		close(out)
	}()
	return out
}

// fetch sends one request and reads its answer whole into body.
func (l Load) fetch(ctx context.Context, client *http.Client, rq Request, o *Outcome, body *bytes.Buffer, piece []byte) {
	defer func() { o.Done = time.Now() }()
	trace := &httptrace.ClientTrace{
		WroteRequest:         func(httptrace.WroteRequestInfo) { o.Wrote = time.Now() },
		GotFirstResponseByte: func() { o.Answered = true },
	}
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, trace), http.MethodGet, l.Base+rq.Path, nil)
	if err != nil {
		o.Err = err
		return
	}
	for k, v := range rq.Header {
		req.Header.Set(k, v)
	}
	o.Start = time.Now()
	res, err := client.Do(req)
	if err != nil {
		o.Err = err
		return
	}
	defer res.Body.Close()
	o.Status = res.StatusCode
	body.Reset()
	for {
		k, err := res.Body.Read(piece)
		body.Write(piece[:k])
		o.Bytes = int64(body.Len())
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			o.Err = fmt.Errorf("status %d, body cut after %d bytes: %w", res.StatusCode, body.Len(), err)
			return
		}
		if l.Pause > 0 {
			time.Sleep(l.Pause)
		}
	}
	if rq.Check != nil {
		o.Err = rq.Check(res, body.Bytes())
	}
}
