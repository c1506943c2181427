package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/service"
)

// testBuild is the build the tests' answers report, as the command-line
// tool's tests fix it, so that answers do not depend on the toolchain or
// the commit.
var testBuild = judge.Build{Path: judge.ModulePath, Version: "v0.0.0-test", Revision: "0123456789abcdef0123456789abcdef01234567",
	Time: "2026-11-26T09:00:00Z", Go: "go1.26.0"}

// testNow is "now" for the tests: noon on 26 November 2026 in Scotland.
var testNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// testConfig returns a Config with the tests' build and clock, and cfg's
// other members.
func testConfig(cfg Config) Config {
	cfg.Build = func() judge.Build { return testBuild }
	cfg.Now = func() time.Time { return testNow }
	return cfg
}

// exchange is one request the tests made and the answer, kept for the
// contract test (TestMain checks each against openapi.json).
type exchange struct {
	method, target string
	reqHeader      http.Header
	reqBody        []byte
	status         int
	respHeader     http.Header
	respBody       []byte
}

var (
	exchangesMu sync.Mutex
	exchanges   []exchange
)

// record keeps an exchange for the contract test.
func record(x exchange) {
	exchangesMu.Lock()
	defer exchangesMu.Unlock()
	exchanges = append(exchanges, x)
}

// serve sends a request to h in-process (httptest) and returns the
// answer, with its body read. Every exchange is kept for the contract
// test.
func serve(t testing.TB, h http.Handler, method, target string, body []byte, header ...string) *answer {
	t.Helper()
	req := httptest.NewRequest(method, target, bytes.NewReader(body))
	if body != nil && len(header) == 0 {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	record(exchange{method: method, target: target, reqHeader: req.Header.Clone(), reqBody: body, status: res.StatusCode, respHeader: res.Header.Clone(), respBody: b})
	return &answer{Status: res.StatusCode, Header: res.Header, Body: b}
}

// answer is a response with its body.
type answer struct {
	Status int
	Header http.Header
	Body   []byte
}

// problem decodes the answer as a problem, failing the test if it is not
// one with status want.
func (a *answer) problem(t testing.TB, want int) Problem {
	t.Helper()
	if a.Status != want {
		t.Fatalf("status %d, want %d; body:\n%s", a.Status, want, a.Body)
	}
	if ct := a.Header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("Content-Type %q, want application/problem+json", ct)
	}
	var p Problem
	if err := json.Unmarshal(a.Body, &p, json.RejectUnknownMembers(true)); err != nil {
		t.Fatalf("the problem does not decode: %v\n%s", err, a.Body)
	}
	if p.Status != want || p.Type != "about:blank" || p.Title != http.StatusText(want) || p.Detail == "" {
		t.Errorf("problem %+v: want status %d, type about:blank, its title and a detail", p, want)
	}
	return p
}

// ok fails the test unless the answer is 200 with Content-Type ct.
func (a *answer) ok(t testing.TB, ct string) {
	t.Helper()
	if a.Status != http.StatusOK {
		t.Fatalf("status %d, want 200; body:\n%s", a.Status, a.Body)
	}
	if got := a.Header.Get("Content-Type"); got != ct {
		t.Fatalf("Content-Type %q, want %q", got, ct)
	}
}

// root is the module's root, from the package's directory.
const root = ".."

// read returns a file of the module, by its path from the root.
func read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, path))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// envelope builds an envelope's JSON from its members.
func envelope(t testing.TB, members map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(members, json.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// raw is JSON text to place in an envelope as it is.
func raw(b []byte) jsontext.Value { return jsontext.Value(b) }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func contains(t testing.TB, body []byte, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(string(body), w) {
			t.Errorf("the body does not contain %q:\n%s", w, firstLines(body, 40))
		}
	}
}

func firstLines(b []byte, n int) string {
	lines := strings.SplitN(string(b), "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], fmt.Sprintf("... (%d bytes)", len(b)))
	}
	return strings.Join(lines, "\n")
}

type serviceCouncil = service.Council

var lookupCouncil = service.LookupCouncil
