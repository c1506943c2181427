package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// inProcess judges as the command-line tool does, for comparison: the
// same entry point, the tests' build, encoded with judge.MarshalJSON.
func inProcess(t testing.TB, req judge.Request) []byte {
	t.Helper()
	ans, err := judge.Judge(req)
	must(t, err)
	ans.Build = testBuild
	b, err := judge.MarshalJSON(ans)
	must(t, err)
	return b
}

var asOf = period.MustParseDate("2026-11-26")

func TestValidateOneDocumentIsTheEntryPointsAnswer(t *testing.T) {
	h := New(testConfig(Config{}))
	for _, file := range []string{
		"plan/testdata/highland-2021-2023.json",
		"plan/testdata/fife-2023-2026.json",
		"report/testdata/fife-2023-2024-early.json",
		"consult/testdata/notice-unpublished.json",
		"duty/testdata/history-fife.json",
		"duty/testdata/question-implementation.json",
	} {
		t.Run(file, func(t *testing.T) {
			data := read(t, file)
			a := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26&file="+file, data)
			a.ok(t, "application/json")
			want := inProcess(t, judge.Request{Documents: []judge.Input{{File: file, Data: data}}, Context: judgement.New(asOf)})
			if diff := cmp.Diff(string(want), string(a.Body)); diff != "" {
				t.Errorf("answer differs from the entry point's (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValidateDefaultFileName(t *testing.T) {
	a := serve(t, New(testConfig(Config{})), "POST", "/v1/validate?as_of=2026-11-26", read(t, "consult/testdata/notice-police-valid.json"))
	a.ok(t, "application/json")
	contains(t, a.Body, `"file": "request"`)
}

func TestValidateEnvelopeWithPlanAndContext(t *testing.T) {
	h := New(testConfig(Config{}))
	plan := read(t, "plan/testdata/fife-2023-2026.json")
	rep := read(t, "report/testdata/fife-2023-2024.json")
	notice := read(t, "consult/testdata/notice-police-valid.json")
	ctxDoc := read(t, "judgement/testdata/context-highland-coronavirus.json")
	body := envelope(t, map[string]any{
		"context":   raw(ctxDoc),
		"documents": []any{raw(rep), raw(notice)},
		"files":     []string{"fife-2023-2024.json", "notice.json"},
		"plan":      raw(plan),
		"plan_file": "fife-2023-2026.json",
	})
	ctx, err := judgement.Decode("context", ctxDoc)
	must(t, err)

	t.Run("as_of from the context", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/validate", body)
		a.ok(t, "application/json")
		want := inProcess(t, judge.Request{
			Documents: []judge.Input{{File: "fife-2023-2024.json", Data: rep}, {File: "notice.json", Data: notice}},
			Plan:      &judge.Input{File: "fife-2023-2026.json", Data: plan}, Context: ctx})
		if diff := cmp.Diff(string(want), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		contains(t, a.Body, `"coverage"`, `"checked_against_plan": true`, `"plan": "fife-2023-2026.json"`)
	})
	t.Run("the query's as_of overrides the context's", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", body)
		a.ok(t, "application/json")
		ctx := ctx
		ctx.AsOf = asOf
		want := inProcess(t, judge.Request{
			Documents: []judge.Input{{File: "fife-2023-2024.json", Data: rep}, {File: "notice.json", Data: notice}},
			Plan:      &judge.Input{File: "fife-2023-2026.json", Data: plan}, Context: ctx})
		if diff := cmp.Diff(string(want), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("default names", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", envelope(t, map[string]any{"documents": []any{raw(rep)}, "plan": raw(plan)}))
		a.ok(t, "application/json")
		contains(t, a.Body, `"file": "documents/0"`, `"plan": "plan"`)
	})
	t.Run("a context without its kind", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/validate", envelope(t, map[string]any{"context": map[string]any{"as_of": "2026-11-26", "policy": map[string]any{"copy_days": 14}}, "documents": []any{raw(notice)}}))
		a.ok(t, "application/json")
		contains(t, a.Body, `"copy_days": 14`, `"kind": "judgement-context"`)
	})
}

func TestValidateAsOf(t *testing.T) {
	h := New(testConfig(Config{}))
	notice := read(t, "consult/testdata/notice-police-valid.json")
	t.Run("missing", func(t *testing.T) {
		p := serve(t, h, "POST", "/v1/validate", notice).problem(t, http.StatusUnprocessableEntity)
		if p.Category != part3.ErrMissing.Error() || p.Path == nil || *p.Path != "/as_of" || !strings.Contains(p.Detail, "none is assumed") {
			t.Errorf("problem %+v", p)
		}
	})
	t.Run("missing from the envelope's context", func(t *testing.T) {
		body := envelope(t, map[string]any{"context": map[string]any{"kind": "judgement-context"}, "documents": []any{raw(notice)}})
		p := serve(t, h, "POST", "/v1/validate", body).problem(t, http.StatusUnprocessableEntity)
		if *p.Path != "/as_of" {
			t.Errorf("path %q", *p.Path)
		}
	})
	t.Run("today", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/validate?as_of=today", notice)
		a.ok(t, "application/json")
		contains(t, a.Body, `"as_of": "2026-11-26"`)
	})
	t.Run("not a date", func(t *testing.T) {
		p := serve(t, h, "POST", "/v1/validate?as_of=2026-02-30", notice).problem(t, http.StatusBadRequest)
		if !strings.Contains(p.Detail, "as_of") {
			t.Errorf("detail %q", p.Detail)
		}
	})
	t.Run("a context that is not valid", func(t *testing.T) {
		body := envelope(t, map[string]any{"context": map[string]any{"as_of": "2026-11-26", "act_2026_s60_commencement": "2020-01-01"}, "documents": []any{raw(notice)}})
		p := serve(t, h, "POST", "/v1/validate", body).problem(t, http.StatusUnprocessableEntity)
		if p.File != "context" || *p.Path != "/act_2026_s60_commencement" {
			t.Errorf("problem %+v", p)
		}
	})
}

func TestBadInput(t *testing.T) {
	h := New(testConfig(Config{}))
	tests := []struct {
		name, target string
		body         string
		status       int
		category     string
		path         string
		line, column int
		file         string
	}{
		{name: "broken JSON", target: "/v1/validate?as_of=2026-11-26&file=plan.json", body: "{\n  \"kind\": \"childrens-services-plan\",\n  \"title\": }",
			status: 400, category: "not well-formed JSON", path: "/title", line: 3, column: 12, file: "plan.json"},
		{name: "unknown field", target: "/v1/validate?as_of=2026-11-26", body: `{"kind": "notice-of-disagreement", "isuer": "police-scotland"}`,
			status: 422, category: "unknown field", path: "/isuer", line: 1, file: "request"},
		{name: "unknown kind", target: "/v1/validate?as_of=2026-11-26", body: `{"kind": "budget"}`,
			status: 422, category: "wrong document kind", path: "/kind", file: "request"},
		{name: "a context as a document", target: "/v1/validate?as_of=2026-11-26", body: `{"kind": "judgement-context", "as_of": "2026-11-26"}`,
			status: 422, category: "wrong document kind", path: "/kind", file: "request"},
		{name: "too deep", target: "/v1/validate?as_of=2026-11-26", body: `{"kind": "childrens-services-plan", "x": ` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`,
			status: 400, category: "nesting too deep", line: 1, column: 73, file: "request"},
		{name: "a byte order mark", target: "/v1/validate?as_of=2026-11-26", body: "\ufeff{}",
			status: 400, category: "not well-formed JSON", line: 1, column: 1, file: "request"},
		{name: "an envelope's unknown member", target: "/v1/validate?as_of=2026-11-26", body: `{"documents": [], "contxt": {}}`,
			status: 422, category: "unknown field", path: "/contxt", line: 1, file: "request"},
		{name: "a document without its kind", target: "/v1/validate?as_of=2026-11-26", body: `{"title": "Fife plan"}`,
			status: 422, category: "unknown field", path: "/title", line: 1, file: "request"},
		{name: "an envelope's names do not match", target: "/v1/validate?as_of=2026-11-26", body: `{"documents": [{"kind": "budget"}], "files": ["a", "b"]}`,
			status: 422, category: "invalid value", path: "/files", file: "request"},
		{name: "no document", target: "/v1/validate?as_of=2026-11-26", body: ``,
			status: 422, category: "missing value", path: "/documents"},
		{name: "an envelope without documents", target: "/v1/validate?as_of=2026-11-26", body: `{"context": {"as_of": "2026-11-26"}}`,
			status: 422, category: "missing value", path: "/documents"},
		{name: "a plan that cannot be read", target: "/v1/validate?as_of=2026-11-26", body: `{"documents": [{"kind": "budget"}], "plan": {"kind": "childrens-services-plan", "bogus": 1}}`,
			status: 422, category: "unknown field", path: "/bogus", line: 1, column: 37, file: "plan"},
		{name: "a review of a report", target: "/v1/review?as_of=2026-11-26&file=r.json", body: string(read(t, "report/testdata/fife-2023-2024.json")),
			status: 422, category: "wrong document kind", path: "/kind", file: "r.json"},
		{name: "a question that is a plan", target: "/v1/decide?as_of=2026-11-26", body: string(read(t, "plan/testdata/fife-2023-2026.json")),
			status: 422, category: "wrong document kind", path: "/kind", file: "request"},
		{name: "a plan beside plans under review", target: "/v1/review?as_of=2026-11-26", body: `{"documents": [{"kind": "x"}], "plan": {"kind": "childrens-services-plan"}}`,
			status: 422, category: "invalid value", path: "/plan"},
		{name: "overview not a boolean", target: "/v1/review?as_of=2026-11-26&overview=perhaps", body: `{}`,
			status: 400, category: "invalid value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body []byte
			if tt.body != "" {
				body = []byte(tt.body)
			}
			p := serve(t, h, "POST", tt.target, body).problem(t, tt.status)
			path := ""
			if p.Path != nil {
				path = *p.Path
			}
			if p.Category != tt.category || path != tt.path || p.File != tt.file || p.Line != tt.line || (tt.column != 0 && p.Column != tt.column) {
				t.Errorf("got category %q path %q file %q line %d column %d, want %q %q %q %d %d\n%+v",
					p.Category, path, p.File, p.Line, p.Column, tt.category, tt.path, tt.file, tt.line, tt.column, p)
			}
			if tt.category != "" && tt.status != 400 && p.Expected == "" && tt.category != "wrong document kind" {
				t.Errorf("no expected in %+v", p)
			}
		})
	}
}

func TestSomeBadInputIsAnAnswer(t *testing.T) {
	h := New(testConfig(Config{}))
	notice := read(t, "consult/testdata/notice-police-valid.json")
	body := envelope(t, map[string]any{"documents": []any{raw(notice), map[string]any{"kind": "notice-of-disagreement", "isuer": "x"}}})
	a := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", body)
	a.ok(t, "application/json")
	contains(t, a.Body, `"legal_effect": true`, `"category": "unknown field"`, `"path": "/isuer"`)

	all := envelope(t, map[string]any{"documents": []any{map[string]any{"kind": "budget"}, map[string]any{"kind": "notice-of-disagreement", "isuer": "x"}}})
	p := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", all).problem(t, http.StatusUnprocessableEntity)
	if len(p.Errors) != 2 || p.Errors[1].Path != "/isuer" || !strings.Contains(p.Detail, "none of the 2 documents") {
		t.Errorf("problem %+v", p)
	}
}

func TestReviewAndOverview(t *testing.T) {
	h := New(testConfig(Config{}))
	files := []string{"plan/testdata/fife-2023-2026.json", "plan/testdata/tayside-2023-2026.json", "plan/testdata/highland-2021-2023.json"}
	var docs []any
	var inputs []judge.Input
	for _, f := range files {
		docs = append(docs, raw(read(t, f)))
		inputs = append(inputs, judge.Input{File: f, Data: read(t, f)})
	}
	body := envelope(t, map[string]any{"documents": docs, "files": files})

	a := serve(t, h, "POST", "/v1/review?as_of=2026-11-26", body)
	a.ok(t, "application/json")
	if diff := cmp.Diff(string(inProcess(t, judge.Request{Documents: inputs, Context: judgement.New(asOf), Review: true})), string(a.Body)); diff != "" {
		t.Errorf("review (-want +got):\n%s", diff)
	}
	withOverview := inProcess(t, judge.Request{Documents: inputs, Context: judgement.New(asOf), Review: true, Overview: true})
	for _, target := range []string{"/v1/review?as_of=2026-11-26&overview=true", "/v1/overview?as_of=2026-11-26"} {
		a := serve(t, h, "POST", target, body)
		a.ok(t, "application/json")
		if diff := cmp.Diff(string(withOverview), string(a.Body)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", target, diff)
		}
	}
	html := serve(t, h, "POST", "/v1/overview?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "text/html")
	html.ok(t, "text/html; charset=utf-8")
	ans, err := judge.Judge(judge.Request{Documents: inputs, Context: judgement.New(asOf), Review: true, Overview: true})
	must(t, err)
	var want strings.Builder
	must(t, ans.Overview.WriteHTML(&want))
	if diff := cmp.Diff(want.String(), string(html.Body)); diff != "" {
		t.Errorf("overview HTML (-want +got):\n%s", diff)
	}
}

func TestDecide(t *testing.T) {
	h := New(testConfig(Config{}))
	file := "duty/testdata/question-implementation.json"
	a := serve(t, h, "POST", "/v1/decide?as_of=2026-11-26&file="+file, read(t, file))
	a.ok(t, "application/json")
	want := inProcess(t, judge.Request{Documents: []judge.Input{{File: file, Data: read(t, file)}}, Context: judgement.New(asOf)})
	if diff := cmp.Diff(string(want), string(a.Body)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	contains(t, a.Body, `"outcome": "excepted"`)
}

func TestCalendar(t *testing.T) {
	h := New(testConfig(Config{}))
	file := "duty/testdata/history-fife.json"
	history := read(t, file)
	calendar := func(t *testing.T, in *judge.Input) []byte {
		ans, err := judge.Calendar(mustCouncil(t, "Fife"), in, judgement.New(asOf))
		must(t, err)
		ans.Build = testBuild
		b, err := judge.MarshalJSON(ans)
		must(t, err)
		return b
	}
	t.Run("from a history", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&file="+file, history)
		a.ok(t, "application/json")
		if diff := cmp.Diff(string(calendar(t, &judge.Input{File: file, Data: history})), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("with the council named too", func(t *testing.T) {
		serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&council=Fife&file="+file, history).ok(t, "application/json")
	})
	t.Run("without a history", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&council=Fife", nil)
		a.ok(t, "application/json")
		if diff := cmp.Diff(string(calendar(t, nil)), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("an envelope naming the council", func(t *testing.T) {
		serve(t, h, "POST", "/v1/calendar", envelope(t, map[string]any{"context": map[string]any{"as_of": "2026-11-26"}, "council": "Fife", "documents": []any{}})).ok(t, "application/json")
	})
	t.Run("another council's history", func(t *testing.T) {
		p := serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&council=Angus", history).problem(t, http.StatusUnprocessableEntity)
		if *p.Path != "/council" {
			t.Errorf("problem %+v", p)
		}
	})
	t.Run("unknown council", func(t *testing.T) {
		p := serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&council=Atlantis", nil).problem(t, http.StatusNotFound)
		if len(p.Known) != 32 {
			t.Errorf("known lists %d councils", len(p.Known))
		}
	})
	t.Run("no council", func(t *testing.T) {
		serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26", nil).problem(t, http.StatusUnprocessableEntity)
	})
	t.Run("before Part 3", func(t *testing.T) {
		p := serve(t, h, "POST", "/v1/calendar?as_of=2016-01-01&council=Fife", nil).problem(t, http.StatusUnprocessableEntity)
		if *p.Path != "/as_of" {
			t.Errorf("problem %+v", p)
		}
	})
	t.Run("two histories", func(t *testing.T) {
		serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26", envelope(t, map[string]any{"documents": []any{raw(history), raw(history)}})).problem(t, http.StatusUnprocessableEntity)
	})
}

func TestCatalogue(t *testing.T) {
	h := New(testConfig(Config{}))
	for _, target := range []string{"/v1/period/2026-11-26", "/v1/period/2019-06-01", "/v1/period/today", "/v1/councils", "/v1/councils/Fife",
		"/v1/councils/S12000047", "/v1/duties", "/v1/duties/s12-implementation", "/v1/rules", "/v1/schemas", "/v1/openapi.json"} {
		t.Run(target, func(t *testing.T) {
			a := serve(t, h, "GET", target, nil)
			a.ok(t, "application/json")
			if !jsontext.Value(a.Body).IsValid() {
				t.Errorf("not JSON")
			}
		})
	}
	for _, k := range schemaKindNames() {
		t.Run("schema "+k, func(t *testing.T) {
			a := serve(t, h, "GET", "/v1/schemas/"+k, nil)
			a.ok(t, "application/schema+json")
			contains(t, a.Body, `"$schema": "https://json-schema.org/draft/2020-12/schema"`)
		})
	}
	a := serve(t, h, "GET", "/v1/period/today", nil)
	contains(t, a.Body, `"date": "2026-11-26"`)
	rules := serve(t, h, "GET", "/v1/rules", nil)
	var got []part3.Rule
	must(t, json.Unmarshal(rules.Body, &got))
	if len(got) < 40 {
		t.Errorf("%d rules", len(got))
	}
}

func TestNotFound(t *testing.T) {
	h := New(testConfig(Config{}))
	tests := []struct {
		target string
		known  string
	}{
		{"/v1/councils/Atlantis", "Fife"},
		{"/v1/duties/s99-nothing", "s12-implementation"},
		{"/v1/schemas/budget", "childrens-services-plan"},
		{"/v2/validate", "POST /v1/validate"},
		{"/v1", "GET /v1/rules"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			p := serve(t, h, "GET", tt.target, nil).problem(t, http.StatusNotFound)
			found := false
			for _, k := range p.Known {
				found = found || k == tt.known
			}
			if !found {
				t.Errorf("known %v lacks %q", p.Known, tt.known)
			}
		})
	}
	t.Run("a date before Part 3", func(t *testing.T) {
		serve(t, h, "GET", "/v1/period/2016-01-01", nil).problem(t, http.StatusUnprocessableEntity)
	})
	t.Run("not a date", func(t *testing.T) {
		serve(t, h, "GET", "/v1/period/yesterday", nil).problem(t, http.StatusBadRequest)
	})
	t.Run("wrong method", func(t *testing.T) {
		a := serve(t, h, "GET", "/v1/validate", nil)
		a.problem(t, http.StatusMethodNotAllowed)
		if a.Header.Get("Allow") != "POST" {
			t.Errorf("Allow %q", a.Header.Get("Allow"))
		}
	})
}

func TestOperations(t *testing.T) {
	h := New(testConfig(Config{}))
	for _, target := range []string{"/healthz", "/readyz"} {
		a := serve(t, h, "GET", target, nil)
		a.ok(t, "application/json")
		contains(t, a.Body, `"status": "ok"`)
	}
	a := serve(t, h, "GET", "/v1/version?as_of=2026-11-26", nil)
	a.ok(t, "application/json")
	contains(t, a.Body, `"version": "v0.0.0-test"`, `"on": "2026-11-26"`, "Part 3 of the Children and Young People (Scotland) Act 2014")
	serve(t, h, "GET", "/v1/version?as_of=soon", nil).problem(t, http.StatusBadRequest)
	if got := a.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control %q", got)
	}
	if got := a.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options %q", got)
	}
}

func TestCORS(t *testing.T) {
	t.Run("off by default", func(t *testing.T) {
		a := serve(t, New(testConfig(Config{})), "GET", "/v1/rules", nil, "Origin", "https://planning.example.gov.uk")
		if a.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("CORS header sent with no origin allowed")
		}
	})
	h := New(testConfig(Config{CORSOrigins: []string{"https://planning.example.gov.uk"}}))
	t.Run("allowed origin", func(t *testing.T) {
		a := serve(t, h, "GET", "/v1/rules", nil, "Origin", "https://planning.example.gov.uk")
		if got := a.Header.Get("Access-Control-Allow-Origin"); got != "https://planning.example.gov.uk" {
			t.Errorf("Access-Control-Allow-Origin %q", got)
		}
	})
	t.Run("other origin", func(t *testing.T) {
		a := serve(t, h, "GET", "/v1/rules", nil, "Origin", "https://evil.example")
		if got := a.Header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("Access-Control-Allow-Origin %q", got)
		}
	})
	t.Run("preflight", func(t *testing.T) {
		a := serve(t, h, "OPTIONS", "/v1/validate", nil, "Origin", "https://planning.example.gov.uk", "Access-Control-Request-Method", "POST")
		if a.Status != http.StatusNoContent || !strings.Contains(a.Header.Get("Access-Control-Allow-Methods"), "POST") {
			t.Errorf("status %d, headers %v", a.Status, a.Header)
		}
	})
}

func TestConfigValidate(t *testing.T) {
	c := DefaultConfig()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	c.WriteTimeout = -1
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "write-timeout") {
		t.Errorf("err %v", err)
	}
}

func mustCouncil(t testing.TB, name string) (c serviceCouncil) {
	t.Helper()
	c, err := lookupCouncil(name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var _ = fmt.Sprint

// TestInvalidUTF8InTheRequest: a path or file name that is not UTF-8 is
// bad input, answered with a problem (U+FFFD for each invalid byte in it),
// never 500.
func TestInvalidUTF8InTheRequest(t *testing.T) {
	h := New(DefaultConfig())
	for _, tt := range []struct {
		method, target, body string
		want                 int
	}{
		{"GET", "/v1/period/%ff", "", http.StatusBadRequest},
		{"GET", "/v1/schemas/%ff", "", http.StatusNotFound},
		{"POST", "/v1/validate?as_of=2026-11-26&file=%ff", "[", http.StatusUnprocessableEntity},
	} {
		t.Run(tt.target, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.target, strings.NewReader(tt.body)))
			require.Equal(t, tt.want, rec.Code, rec.Body.String())
			require.Equal(t, "application/problem+json", rec.Header().Get("Content-Type"))
			require.True(t, utf8.Valid(rec.Body.Bytes()))
		})
	}
}

// TestEnvelopeWrongTypes: a member of an envelope of the wrong type is a
// problem saying what it found and what the member holds.
func TestEnvelopeWrongTypes(t *testing.T) {
	h := New(DefaultConfig())
	for _, tt := range []struct{ body, path, found, expected string }{
		{`{"documents": {}}`, "/documents", "found an object", "an array of documents, each a JSON object"},
		{`{"documents": "x"}`, "/documents", "found a string", "an array of documents, each a JSON object"},
		{`{"documents": [{"kind": "childrens-services-plan"}], "files": [1]}`, "/files/0", "found a number", "a string"},
	} {
		t.Run(tt.body, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/validate?as_of=2026-11-26", strings.NewReader(tt.body)))
			require.Contains(t, []int{http.StatusBadRequest, http.StatusUnprocessableEntity}, rec.Code, rec.Body.String())
			var p struct {
				Detail   string `json:"detail"`
				Path     string `json:"path"`
				Expected string `json:"expected"`
			}
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &p))
			require.Equal(t, tt.path, p.Path)
			require.Contains(t, p.Detail, tt.found)
			require.Equal(t, tt.expected, p.Expected)
		})
	}
}
