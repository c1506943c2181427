package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/server"
)

// testServer is the service as part3 serve runs it, with the build and
// day the CLI's tests fix.
func testServer() http.Handler {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	return server.New(server.Config{Build: func() judge.Build { return testBuild }, Now: func() time.Time { return now }})
}

func readFile(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// envelopeOf builds a request envelope.
func envelopeOf(t *testing.T, m map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(m, json.Deterministic(true))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestServeAnswersAreTheCLIs checks that every endpoint's answer is the
// command-line tool's --format json (or html, csv, ics or svg, as the
// request's Accept or the path asks) for the same input, byte for byte.
func TestServeAnswersAreTheCLIs(t *testing.T) {
	const (
		plan     = "../../plan/testdata/fife-2023-2026.json"
		highland = "../../plan/testdata/highland-2021-2023.json"
		// The plan before it, for part3 diff.
		highland2017 = "../../plan/testdata/highland-2017-2020.json"
		tayside      = "../../plan/testdata/tayside-2023-2026.json"
		rep          = "../../report/testdata/fife-2023-2024-early.json"
		notice       = "../../consult/testdata/notice-unpublished.json"
		history      = "../../duty/testdata/history-fife.json"
		question     = "../../duty/testdata/question-implementation.json"
		context      = "../../judgement/testdata/context-highland-coronavirus.json"
	)
	raw := func(name string) jsontext.Value { return jsontext.Value(readFile(t, name)) }
	plans := envelopeOf(t, map[string]any{"documents": []any{raw(plan), raw(highland), raw(tayside)}, "files": []string{plan, highland, tayside}})
	versions := envelopeOf(t, map[string]any{"documents": []any{raw(highland2017), raw(highland)}, "files": []string{highland2017, highland}})
	tests := []struct {
		name   string
		cli    []string
		method string
		target string
		body   []byte
		accept string
	}{
		{"validate a plan", []string{"validate", "--format", "json", "--as-of", asOf, highland},
			"POST", "/v1/validate?as_of=" + asOf + "&file=" + highland, readFile(t, highland), ""},
		{"validate a notice", []string{"validate", "--format", "json", "--as-of", asOf, notice},
			"POST", "/v1/validate?as_of=" + asOf + "&file=" + notice, readFile(t, notice), ""},
		{"validate against a plan", []string{"validate", "--format", "json", "--as-of", asOf, "--plan", plan, rep, notice},
			"POST", "/v1/validate?as_of=" + asOf, envelopeOf(t, map[string]any{"documents": []any{raw(rep), raw(notice)}, "files": []string{rep, notice}, "plan": raw(plan), "plan_file": plan}), ""},
		{"validate with a context", []string{"validate", "--format", "json", "--context", context, highland},
			"POST", "/v1/validate", envelopeOf(t, map[string]any{"context": raw(context), "documents": []any{raw(highland)}, "files": []string{highland}}), ""},
		{"validate as of today", []string{"validate", "--format", "json", "--as-of", "today", notice},
			"POST", "/v1/validate?as_of=today&file=" + notice, readFile(t, notice), ""},
		{"review", []string{"review", "--format", "json", "--as-of", asOf, plan, highland, tayside},
			"POST", "/v1/review?as_of=" + asOf, plans, ""},
		{"review with the overview", []string{"review", "--overview", "--format", "json", "--as-of", asOf, plan, highland, tayside},
			"POST", "/v1/overview?as_of=" + asOf, plans, ""},
		{"the overview's page", []string{"review", "--overview", "--format", "html", "--as-of", asOf, plan, highland, tayside},
			"POST", "/v1/overview?as_of=" + asOf, plans, "text/html"},
		{"calendar from a history", []string{"calendar", "--format", "json", "--council", "Fife", "--as-of", asOf, "--history", history},
			"POST", "/v1/calendar?as_of=" + asOf + "&council=Fife&file=" + history, readFile(t, history), ""},
		{"calendar without a history", []string{"calendar", "--format", "json", "--council", "Fife", "--as-of", asOf},
			"POST", "/v1/calendar?as_of=" + asOf + "&council=Fife", nil, ""},
		{"calendar as iCalendar", []string{"calendar", "--council", "Fife", "--as-of", asOf, "--format", "ics"},
			"GET", "/v1/calendar/Fife.ics?as_of=" + asOf, nil, ""},
		{"calendar as iCalendar, as of today", []string{"calendar", "--council", "Perth & Kinross", "--as-of", "today", "--format", "ics"},
			"GET", "/v1/calendar/Perth%20&%20Kinross.ics?as_of=today", nil, ""},
		{"calendar as iCalendar, the partnership's own limits", []string{"calendar", "--council", "Fife", "--as-of", asOf, "--copy-days", "14", "--report-days", "-1", "--s60", "2026-06-01", "--format", "ics"},
			"GET", "/v1/calendar/Fife.ics?as_of=" + asOf + "&copy_days=14&report_days=-1&s60=2026-06-01", nil, ""},
		{"calendar as a timeline", []string{"calendar", "--council", "Fife", "--as-of", asOf, "--format", "svg"},
			"GET", "/v1/calendar/Fife.svg?as_of=" + asOf, nil, ""},
		{"calendar from a history as iCalendar", []string{"calendar", "--council", "Fife", "--as-of", asOf, "--history", history, "--format", "ics"},
			"POST", "/v1/calendar?as_of=" + asOf + "&council=Fife&file=" + history, readFile(t, history), "text/calendar"},
		{"calendar from a history and a context as a timeline", []string{"calendar", "--context", context, "--as-of", asOf, "--history", history, "--format", "svg"},
			"POST", "/v1/calendar?as_of=" + asOf, envelopeOf(t, map[string]any{"context": raw(context), "documents": []any{raw(history)}, "files": []string{history}}), "image/svg+xml"},
		{"validate as CSV", []string{"validate", "--format", "csv", "--as-of", asOf, highland, notice, rep},
			"POST", "/v1/validate?as_of=" + asOf, envelopeOf(t, map[string]any{"documents": []any{raw(highland), raw(notice), raw(rep)}, "files": []string{highland, notice, rep}}), "text/csv"},
		{"the overview as CSV", []string{"review", "--overview", "--format", "csv", "--as-of", asOf, plan, highland, tayside},
			"POST", "/v1/review?overview=true&as_of=" + asOf, plans, "text/csv"},
		{"the overview as CSV, from /v1/overview", []string{"review", "--overview", "--format", "csv", "--as-of", asOf, plan, highland, tayside},
			"POST", "/v1/overview?as_of=" + asOf, plans, "text/csv"},
		{"diff", []string{"diff", "--format", "json", "--as-of", asOf, highland2017, highland},
			"POST", "/v1/diff?as_of=" + asOf, versions, ""},
		{"diff as CSV", []string{"diff", "--format", "csv", "--as-of", asOf, highland2017, highland},
			"POST", "/v1/diff?as_of=" + asOf, versions, "text/csv"},
		{"diff with a context", []string{"diff", "--format", "json", "--context", context, plan, plan},
			"POST", "/v1/diff", envelopeOf(t, map[string]any{"context": raw(context), "documents": []any{raw(plan), raw(plan)}, "files": []string{plan, plan}}), ""},
		{"decide", []string{"decide", "--format", "json", "--as-of", asOf, question},
			"POST", "/v1/decide?as_of=" + asOf + "&file=" + question, readFile(t, question), ""},
		{"period", []string{"period", "--format", "json", "2026-11-26"}, "GET", "/v1/period/2026-11-26", nil, ""},
		{"period 2017-2020", []string{"period", "--format", "json", "2018-05-01"}, "GET", "/v1/period/2018-05-01", nil, ""},
		{"period today", []string{"period", "--format", "json"}, "GET", "/v1/period/today", nil, ""},
		{"councils", []string{"councils", "--format", "json"}, "GET", "/v1/councils", nil, ""},
		{"a council", []string{"councils", "--format", "json", "Perth & Kinross"}, "GET", "/v1/councils/Perth%20&%20Kinross", nil, ""},
		{"duties", []string{"duties", "--format", "json"}, "GET", "/v1/duties", nil, ""},
		{"a duty", []string{"duties", "--format", "json", "s12-implementation"}, "GET", "/v1/duties/s12-implementation", nil, ""},
		{"rules", []string{"rules", "--format", "json"}, "GET", "/v1/rules", nil, ""},
	}
	for _, k := range schemaKindNames() {
		tests = append(tests, struct {
			name   string
			cli    []string
			method string
			target string
			body   []byte
			accept string
		}{"schema " + k, []string{"schema", k}, "GET", "/v1/schemas/" + k, nil, ""})
	}
	h := testServer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, stderr, code := runCLI(t, "", tt.cli...)
			if code == exitBadInput {
				t.Fatalf("part3 %s: exit %d: %s", strings.Join(tt.cli, " "), code, stderr)
			}
			req := httptest.NewRequest(tt.method, tt.target, bytes.NewReader(tt.body))
			if tt.accept != "" {
				req.Header.Set("Accept", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				t.Fatalf("%s %s: %d\n%s", tt.method, tt.target, rec.Code, rec.Body)
			}
			if diff := cmp.Diff(want, rec.Body.String()); diff != "" {
				t.Errorf("the service's answer differs from part3 %s (-cli +http):\n%s", strings.Join(tt.cli, " "), diff)
			}
			if i := slices.Index(tt.cli, "--format"); i >= 0 {
				if got, want := rec.Header().Get("Content-Type"), formatTypes[tt.cli[i+1]]; got != want {
					t.Errorf("Content-Type %q, want %q for --format %s", got, want, tt.cli[i+1])
				}
			}
		})
	}
}

// formatTypes are the Content-Types of the service's answers in each
// --format.
var formatTypes = map[string]string{
	"json": "application/json",
	"html": "text/html; charset=utf-8",
	"csv":  "text/csv; charset=utf-8",
	"ics":  "text/calendar; charset=utf-8",
	"svg":  "image/svg+xml",
}

// lockedBuffer is a buffer a server's goroutines and the test may share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serveEnv is an env whose standard output is a pipe the test reads the
// listening line from.
func serveEnv() (*env, *io.PipeReader, *lockedBuffer) {
	pr, pw := io.Pipe()
	logs := &lockedBuffer{}
	e := testEnv(strings.NewReader(""))
	e.stdout, e.stderr = pw, logs
	return e, pr, logs
}

// listeningOn reads the line part3 serve writes once it listens, and
// returns the URL.
func listeningOn(t *testing.T, stdout io.Reader) string {
	t.Helper()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "listening on ")
	if !ok {
		t.Fatalf("part3 serve wrote %q", line)
	}
	return url
}

// TestServeCommand runs part3 serve on a free port of 127.0.0.1, asks it
// something, and stops it as SIGTERM does.
func TestServeCommand(t *testing.T) {
	e, stdout, logs := serveEnv()
	cfg := server.DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- runServe(ctx, e, cfg, "json", nil) }()
	url := listeningOn(t, stdout)
	res, err := http.Get(url + "/v1/period/today")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"date": "2026-11-26"`) {
		t.Errorf("GET /v1/period/today: %d\n%s", res.StatusCode, body)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("exit %d; stderr:\n%s", code, logs)
	}
	for _, want := range []string{`"msg":"listening"`, `"route":"GET /v1/period/{date}"`, `"msg":"draining"`, `"msg":"stopped"`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("the log lacks %s:\n%s", want, logs)
		}
	}
}

// TestServeStopsOnSIGTERM sends SIGTERM to the test process while part3
// serve runs in it: the command's signal handling catches it, drains and
// exits 0.
func TestServeStopsOnSIGTERM(t *testing.T) {
	e, stdout, logs := serveEnv()
	done := make(chan int, 1)
	go func() { done <- run(e, []string{"serve", "--addr", "127.0.0.1:0", "--shutdown-timeout", "5s"}) }()
	url := listeningOn(t, stdout)
	go io.Copy(io.Discard, stdout)
	if res, err := http.Get(url + "/healthz"); err != nil {
		t.Fatal(err)
	} else {
		res.Body.Close()
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("exit %d; stderr:\n%s", code, logs)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("part3 serve did not stop on SIGTERM")
	}
	if !strings.Contains(logs.String(), "msg=stopped") {
		t.Errorf("the text log lacks the stop:\n%s", logs)
	}
}

func TestServeUsage(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "extra"}, `unexpected argument "extra"`},
		{[]string{"serve", "--max-documents", "0"}, "--max-documents 0: expected a positive number"},
		{[]string{"serve", "--read-timeout", "-1s"}, "--read-timeout -1s: expected a positive duration"},
		{[]string{"serve", "--cors-origin", "*"}, `"*" is not an origin`},
		{[]string{"serve", "--addr", "127.0.0.1:notaport"}, "part3: serve:"},
	} {
		_, stderr, code := runCLI(t, "", tt.args...)
		if code == exitOK || !strings.Contains(stderr, tt.want) {
			t.Errorf("part3 %s: exit %d, stderr %q, want it to contain %q", strings.Join(tt.args, " "), code, stderr, tt.want)
		}
	}
}

func TestServeCheck(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "serve", "--addr", "0.0.0.0:9000", "--max-documents", "5", "--cors-origin", "https://planning.example.gov.uk", "--check")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"would listen on http://0.0.0.0:9000", "max-documents        5", "cors-origin          https://planning.example.gov.uk", "nested at most 32 deep"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--check does not say %q:\n%s", want, stdout)
		}
	}
}
