package server

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
)

// running is a server on a real listener on 127.0.0.1, as part3 serve
// runs it.
type running struct {
	url    string
	cancel context.CancelFunc
	done   chan error
	logs   *syncBuffer
}

// start serves cfg on a free port of 127.0.0.1 until the test ends.
func start(t *testing.T, cfg Config) *running {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	logs := &syncBuffer{}
	cfg = testConfig(cfg)
	cfg.Logger = slog.New(slog.NewJSONHandler(logs, nil))
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{url: "http://" + ln.Addr().String(), cancel: cancel, done: make(chan error, 1), logs: logs}
	go func() { r.done <- Serve(ctx, ln, cfg) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(20 * time.Second):
			t.Error("the server did not stop")
		}
	})
	return r
}

// stop ends the server's context, as SIGTERM does, and returns what Serve
// returned.
func (r *running) stop(t *testing.T) error {
	t.Helper()
	r.cancel()
	select {
	case err := <-r.done:
		r.done <- err // for the cleanup
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop")
		return nil
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func post(t *testing.T, url string, body []byte) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Post(url, "application/json", bytes.NewReader(body))
	must(t, err)
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	must(t, err)
	return res, b
}

// TestRealListener runs the whole server on 127.0.0.1 and checks an
// answer, the access log, and that the log holds no document content.
func TestRealListener(t *testing.T) {
	r := start(t, Config{})
	plan := read(t, "plan/testdata/highland-2021-2023.json")
	res, body := post(t, r.url+"/v1/validate?as_of=2026-11-26&file=highland.json", plan)
	if res.StatusCode != 200 || !bytes.Contains(body, []byte(`"rule": "plan.prepared-before-period"`)) {
		t.Fatalf("status %d:\n%s", res.StatusCode, firstLines(body, 20))
	}
	for _, path := range []string{"/healthz", "/readyz", "/v1/version", "/"} {
		res, err := http.Get(r.url + path)
		must(t, err)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("GET %s: %d", path, res.StatusCode)
		}
	}
	must(t, r.stop(t))

	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(r.logs.String()))
	for sc.Scan() {
		var m map[string]any
		must(t, json.Unmarshal(sc.Bytes(), &m))
		if m["msg"] == "request" {
			lines = append(lines, m)
		}
	}
	if len(lines) != 5 {
		t.Fatalf("%d access log lines, want 5:\n%s", len(lines), r.logs.String())
	}
	first := lines[0]
	for _, k := range []string{"method", "route", "status", "bytes", "duration"} {
		if _, ok := first[k]; !ok {
			t.Errorf("the access log line lacks %s: %v", k, first)
		}
	}
	if first["route"] != "POST /v1/validate" || first["status"] != float64(200) {
		t.Errorf("log line %v", first)
	}
	for _, secret := range []string{"Highland", "CAMHS", "highland.json", "as_of"} {
		if strings.Contains(r.logs.String(), secret) {
			t.Errorf("the log holds %q, from the request:\n%s", secret, r.logs.String())
		}
	}
}

// TestOversizedBody refuses a body over the limit with 413, before
// reading it all.
func TestOversizedBody(t *testing.T) {
	r := start(t, Config{MaxBodyBytes: 64 << 10})
	res, body := post(t, r.url+"/v1/validate?as_of=2026-11-26", bytes.Repeat([]byte(" "), 1<<20))
	if res.StatusCode != http.StatusRequestEntityTooLarge || res.Header.Get("Content-Type") != "application/problem+json" {
		t.Fatalf("status %d:\n%s", res.StatusCode, body)
	}
	var p Problem
	must(t, json.Unmarshal(body, &p))
	if p.Category != "document too large" || !strings.Contains(p.Expected, "65536") {
		t.Errorf("problem %+v", p)
	}
	// A body of unknown length (chunked) is cut off at the limit.
	res, err := http.Post(r.url+"/v1/validate?as_of=2026-11-26", "application/json", io.MultiReader(bytes.NewReader(bytes.Repeat([]byte(" "), 1<<20))))
	must(t, err)
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge || res.ContentLength == 0 {
		t.Errorf("a chunked body over the limit: %d", res.StatusCode)
	}
	// In-process too, for the contract.
	serve(t, New(testConfig(Config{MaxBodyBytes: 1024})), "POST", "/v1/validate?as_of=2026-11-26", bytes.Repeat([]byte(" "), 4096)).problem(t, http.StatusRequestEntityTooLarge)
}

// TestDocumentTooLarge: a body within the service's limit but a document
// over the decoder's 8 MiB is the decoder's 413.
func TestDocumentTooLarge(t *testing.T) {
	big := append([]byte(`{"kind": "childrens-services-plan", "title": "`), bytes.Repeat([]byte("x"), 9<<20)...)
	big = append(big, `"}`...)
	p := serve(t, New(testConfig(Config{})), "POST", "/v1/validate?as_of=2026-11-26", big).problem(t, http.StatusRequestEntityTooLarge)
	if p.Category != "document too large" {
		t.Errorf("problem %+v", p)
	}
}

// TestTooManyDocuments refuses more documents than the limit with 422.
func TestTooManyDocuments(t *testing.T) {
	h := New(testConfig(Config{MaxDocuments: 3}))
	notice := read(t, "consult/testdata/notice-police-valid.json")
	docs := []any{raw(notice), raw(notice), raw(notice), raw(notice)}
	p := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", envelope(t, map[string]any{"documents": docs})).problem(t, http.StatusUnprocessableEntity)
	if *p.Path != "/documents" || !strings.Contains(p.Expected, "at most 3") {
		t.Errorf("problem %+v", p)
	}
	serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", envelope(t, map[string]any{"documents": docs[:3]})).ok(t, "application/json")
	// The plan counts.
	serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", envelope(t, map[string]any{"documents": docs[:3], "plan": raw(read(t, "plan/testdata/fife-2023-2026.json"))})).problem(t, http.StatusUnprocessableEntity)
}

// TestSlowClient: a client that sends its headers too slowly is cut off
// after ReadHeaderTimeout, and one that sends its body too slowly after
// ReadTimeout; the server goes on answering others.
func TestSlowClient(t *testing.T) {
	r := start(t, Config{ReadHeaderTimeout: 300 * time.Millisecond, ReadTimeout: 600 * time.Millisecond})
	addr := strings.TrimPrefix(r.url, "http://")

	t.Run("headers", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		must(t, err)
		defer conn.Close()
		start := time.Now()
		fmt.Fprint(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\n") // and never the blank line
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, err = io.ReadAll(conn)
		if took := time.Since(start); took > 5*time.Second || err != nil {
			t.Errorf("the connection was closed after %s (err %v), want about 300ms", took, err)
		}
	})
	t.Run("body", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		must(t, err)
		defer conn.Close()
		start := time.Now()
		fmt.Fprint(conn, "POST /v1/validate?as_of=2026-11-26 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"kind\": ")
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		got, _ := io.ReadAll(conn)
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("the connection was held %s, want about 600ms", took)
		}
		if len(got) > 0 && !bytes.Contains(got, []byte("408")) && !bytes.Contains(got, []byte("400")) {
			t.Errorf("answer to a slow body:\n%s", got)
		}
	})
	res, err := http.Get(r.url + "/healthz")
	must(t, err)
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("after the slow clients: %d", res.StatusCode)
	}
}

// blocking is a handler that holds each request until released, to keep
// requests in flight.
type blocking struct {
	started chan struct{}
	release chan struct{}
}

// TestConcurrencyLimit: with every slot taken, the next request is
// refused at once with 503 and Retry-After, never queued; the health
// checks are still answered.
func TestConcurrencyLimit(t *testing.T) {
	s := newServer(testConfig(Config{MaxConcurrent: 2, RetryAfter: 2 * time.Second}))
	b := blocking{started: make(chan struct{}, 2), release: make(chan struct{})}
	s.mux.HandleFunc("GET /test/block", func(w http.ResponseWriter, r *http.Request) {
		b.started <- struct{}{}
		<-b.release
		w.WriteHeader(http.StatusNoContent)
	})
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, httptest.NewRequest("GET", "/test/block", nil))
		}()
	}
	<-b.started
	<-b.started
	start := time.Now()
	a := serve(t, s, "GET", "/v1/rules", nil)
	if time.Since(start) > time.Second {
		t.Errorf("the refusal took %s: it must not wait", time.Since(start))
	}
	a.problem(t, http.StatusServiceUnavailable)
	if got := a.Header.Get("Retry-After"); got != "2" {
		t.Errorf("Retry-After %q, want 2", got)
	}
	serve(t, s, "GET", "/healthz", nil).ok(t, "application/json")
	close(b.release)
	wg.Wait()
	serve(t, s, "GET", "/v1/rules", nil).ok(t, "application/json")
}

// TestGracefulShutdown: when the context ends (SIGINT or SIGTERM in part3
// serve), a request in flight finishes and is answered, /readyz says 503
// meanwhile, new connections are refused, and Serve returns nil.
func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	cfg := testConfig(Config{ShutdownTimeout: 10 * time.Second})
	s := newServer(cfg)
	b := blocking{started: make(chan struct{}, 1), release: make(chan struct{})}
	s.mux.HandleFunc("GET /test/block", func(w http.ResponseWriter, r *http.Request) {
		b.started <- struct{}{}
		<-b.release
		fmt.Fprint(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, ln) }()
	url := "http://" + ln.Addr().String()

	got := make(chan string, 1)
	go func() {
		res, err := http.Get(url + "/test/block")
		if err != nil {
			got <- err.Error()
			return
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got <- string(body)
	}()
	<-b.started
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for !s.draining.Load() && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/readyz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("/readyz while draining: %d", rec.Code)
	}
	time.Sleep(100 * time.Millisecond)
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Errorf("a new connection was taken while draining")
	}
	close(b.release)
	if body := <-got; body != "finished" {
		t.Errorf("the request in flight got %q", body)
	}
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestShutdownIsBounded: a request that does not finish within
// ShutdownTimeout is cut off, and Serve says so.
func TestShutdownIsBounded(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	must(t, err)
	s := newServer(testConfig(Config{ShutdownTimeout: 300 * time.Millisecond}))
	started, release := make(chan struct{}), make(chan struct{})
	defer close(release)
	s.mux.HandleFunc("GET /test/block", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.serve(ctx, ln) }()
	go http.Get("http://" + ln.Addr().String() + "/test/block")
	<-started
	begin := time.Now()
	cancel()
	err = <-done
	if took := time.Since(begin); took > 5*time.Second {
		t.Errorf("stopping took %s", took)
	}
	if err == nil || !strings.Contains(err.Error(), "cut off") {
		t.Errorf("Serve: %v", err)
	}
}
