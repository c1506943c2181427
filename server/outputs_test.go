package server

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
)

// The outputs beside JSON: CSV, the overview's HTML, iCalendar and the
// timeline picture, each the bytes of the library function the command
// line's --format calls, chosen by Accept (or, for GET
// /v1/calendar/{council}.ics and .svg, by the path).

func TestNegotiate(t *testing.T) {
	offers := []string{jsonType, "text/html", "text/csv"}
	for _, tt := range []struct{ accept, want string }{
		{"", jsonType},
		{"*/*", jsonType},
		{"*", jsonType},
		{"application/json", jsonType},
		{"text/csv", "text/csv"},
		{"TEXT/CSV; charset=utf-8", "text/csv"},
		{"text/*", "text/html"},
		{"text/csv, text/html", "text/csv"},
		{"text/html, text/csv", "text/html"},
		{"text/html;q=0.5, text/csv", "text/csv"},
		{"text/html, application/json", "text/html"},
		{"application/json, text/html", jsonType},
		// A browser's: HTML named, everything else through */*.
		{"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html"},
		{"*/*;q=0.1, text/csv;q=0.5", "text/csv"},
		{"text/csv;q=0, */*", jsonType},
		{"application/json;q=0, text/*;q=0", ""},
		{"application/xml", ""},
		{"image/png, text/plain", ""},
		{"not a media type", ""},
		{"text/csv;q=oops", "text/csv"},
	} {
		r := httptest.NewRequest("POST", "/v1/review", nil)
		if tt.accept != "" {
			r.Header.Set("Accept", tt.accept)
		}
		w := httptest.NewRecorder()
		if got := negotiate(w, r, offers...); got != tt.want {
			t.Errorf("Accept: %q chose %q, want %q", tt.accept, got, tt.want)
		}
		if w.Header().Get("Vary") != "Accept" {
			t.Errorf("Vary %q", w.Header().Get("Vary"))
		}
	}
}

// judged returns the entry point's answer, with the tests' build.
func judged(t testing.TB, req judge.Request) judge.Answer {
	t.Helper()
	ans, err := judge.Judge(req)
	must(t, err)
	ans.Build = testBuild
	return ans
}

// written returns what write writes.
func written(t testing.TB, write func(io.Writer) error) string {
	t.Helper()
	var b bytes.Buffer
	must(t, write(&b))
	return b.String()
}

func TestValidateCSV(t *testing.T) {
	h := New(testConfig(Config{}))
	files := []string{"plan/testdata/highland-2021-2023.json", "consult/testdata/notice-unpublished.json"}
	var docs []any
	var inputs []judge.Input
	for _, f := range files {
		docs = append(docs, raw(read(t, f)))
		inputs = append(inputs, judge.Input{File: f, Data: read(t, f)})
	}
	// A document that cannot be read is a row of severity error.
	broken := []byte(`{"kind":"notice-of-disagreement","isuer":1}`)
	docs = append(docs, raw(broken))
	inputs = append(inputs, judge.Input{File: "broken.json", Data: broken})
	body := envelope(t, map[string]any{"documents": docs, "files": append(slices.Clone(files), "broken.json")})

	a := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "text/csv")
	a.ok(t, "text/csv; charset=utf-8")
	want := written(t, judged(t, judge.Request{Documents: inputs, Context: judgement.New(asOf)}).WriteFindingsCSV)
	if diff := cmp.Diff(want, string(a.Body)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	contains(t, a.Body, "file,kind,rule,severity,citation,url,path,message,by\r\n", "plan.prepared-before-period", ",error,", "/isuer")
	if a.Header.Get("Vary") != "Accept" {
		t.Errorf("Vary %q", a.Header.Get("Vary"))
	}

	t.Run("JSON by default", func(t *testing.T) {
		serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", body).ok(t, "application/json")
		serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "*/*").ok(t, "application/json")
	})
	t.Run("a type it cannot give", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "text/html")
		p := a.problem(t, http.StatusNotAcceptable)
		if !slices.Equal(p.Known, []string{"application/json", "text/csv"}) || !strings.Contains(p.Detail, "text/html") {
			t.Errorf("problem %+v", p)
		}
	})
	t.Run("bad input wins over the type", func(t *testing.T) {
		serve(t, h, "POST", "/v1/validate?as_of=2026-11-26", []byte(`{"kind": "budget"}`), "Content-Type", "application/json", "Accept", "text/csv").
			problem(t, http.StatusUnprocessableEntity)
	})
}

func TestOverviewCSV(t *testing.T) {
	h := New(testConfig(Config{}))
	files := []string{"plan/testdata/fife-2023-2026.json", "plan/testdata/tayside-2023-2026.json", "plan/testdata/highland-2021-2023.json"}
	var docs []any
	var inputs []judge.Input
	for _, f := range files {
		docs = append(docs, raw(read(t, f)))
		inputs = append(inputs, judge.Input{File: f, Data: read(t, f)})
	}
	body := envelope(t, map[string]any{"documents": docs, "files": files})
	ans := judged(t, judge.Request{Documents: inputs, Context: judgement.New(asOf), Review: true, Overview: true})
	wantCSV, wantHTML := written(t, ans.Overview.WriteCSV), written(t, ans.Overview.WriteHTML)

	for _, target := range []string{"/v1/review?as_of=2026-11-26&overview=true", "/v1/overview?as_of=2026-11-26"} {
		t.Run(target, func(t *testing.T) {
			a := serve(t, h, "POST", target, body, "Content-Type", "application/json", "Accept", "text/csv")
			a.ok(t, "text/csv; charset=utf-8")
			if diff := cmp.Diff(wantCSV, string(a.Body)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			a = serve(t, h, "POST", target, body, "Content-Type", "application/json", "Accept", "text/html, application/json;q=0.9")
			a.ok(t, "text/html; charset=utf-8")
			if diff := cmp.Diff(wantHTML, string(a.Body)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("the envelope's overview", func(t *testing.T) {
		withOverview := envelope(t, map[string]any{"documents": docs, "files": files, "overview": true})
		a := serve(t, h, "POST", "/v1/review?as_of=2026-11-26", withOverview, "Content-Type", "application/json", "Accept", "text/csv")
		a.ok(t, "text/csv; charset=utf-8")
		if string(a.Body) != wantCSV {
			t.Errorf("the CSV differs")
		}
	})
	t.Run("without the overview", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/review?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "text/csv")
		p := a.problem(t, http.StatusNotAcceptable)
		if !slices.Equal(p.Known, []string{"application/json"}) || !strings.Contains(p.Detail, "overview=true") {
			t.Errorf("problem %+v", p)
		}
	})
}

// calendarOf returns the entry point's calendar of council, from history
// (or none), with ctx.
func calendarOf(t testing.TB, council string, history *judge.Input, ctx judgement.Context) judge.Answer {
	t.Helper()
	ans, err := judge.Calendar(mustCouncil(t, council), history, ctx)
	must(t, err)
	ans.Build = testBuild
	if ans.Results[0].Calendar == nil {
		t.Fatalf("no calendar: %+v", ans.Results[0].Error)
	}
	return ans
}

func TestCalendarFiles(t *testing.T) {
	h := New(testConfig(Config{}))
	fife := calendarOf(t, "Fife", nil, judgement.New(asOf)).Results[0].Calendar
	t.Run("ics", func(t *testing.T) {
		a := serve(t, h, "GET", "/v1/calendar/Fife.ics?as_of=2026-11-26", nil)
		a.ok(t, "text/calendar; charset=utf-8")
		if diff := cmp.Diff(written(t, fife.WriteICS), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		contains(t, a.Body, "BEGIN:VCALENDAR\r\n", "END:VCALENDAR\r\n")
	})
	t.Run("svg", func(t *testing.T) {
		a := serve(t, h, "GET", "/v1/calendar/Fife.svg?as_of=2026-11-26", nil)
		a.ok(t, "image/svg+xml")
		if diff := cmp.Diff(written(t, fife.WriteSVG), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		contains(t, a.Body, `role="img"`, "<title", "<desc")
	})
	t.Run("Accept is not consulted", func(t *testing.T) {
		serve(t, h, "GET", "/v1/calendar/Fife.ics?as_of=2026-11-26", nil, "Accept", "application/json").ok(t, "text/calendar; charset=utf-8")
	})
	t.Run("today, a name with spaces, and a GSS code", func(t *testing.T) {
		a := serve(t, h, "GET", "/v1/calendar/Fife.ics?as_of=today", nil)
		a.ok(t, "text/calendar; charset=utf-8")
		if string(a.Body) != written(t, fife.WriteICS) {
			t.Errorf("as_of=today is not 2026-11-26's calendar")
		}
		pk := calendarOf(t, "Perth and Kinross", nil, judgement.New(asOf)).Results[0].Calendar
		a = serve(t, h, "GET", "/v1/calendar/Perth%20&%20Kinross.ics?as_of=2026-11-26", nil)
		a.ok(t, "text/calendar; charset=utf-8")
		if string(a.Body) != written(t, pk.WriteICS) {
			t.Errorf("Perth & Kinross's calendar differs")
		}
		a = serve(t, h, "GET", "/v1/calendar/S12000047.svg?as_of=2026-11-26", nil)
		a.ok(t, "image/svg+xml")
		if string(a.Body) != written(t, fife.WriteSVG) {
			t.Errorf("S12000047 (Fife)'s timeline differs")
		}
	})
	t.Run("the partnership's own limits and s60", func(t *testing.T) {
		ctx := judgement.New(asOf)
		ctx.Policy.CopyDays, ctx.Policy.ReportDays = 14, -1
		ctx.Act2026Section60 = asOf
		want := calendarOf(t, "Fife", nil, ctx).Results[0].Calendar
		a := serve(t, h, "GET", "/v1/calendar/Fife.ics?as_of=2026-11-26&copy_days=14&report_days=-1&s60=2026-11-26", nil)
		a.ok(t, "text/calendar; charset=utf-8")
		if diff := cmp.Diff(written(t, want.WriteICS), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("problems", func(t *testing.T) {
		for _, tt := range []struct {
			target string
			status int
		}{
			{"/v1/calendar/Fife.ics", http.StatusUnprocessableEntity},
			{"/v1/calendar/Fife.ics?as_of=soon", http.StatusBadRequest},
			{"/v1/calendar/Fife.svg?as_of=2016-01-01", http.StatusUnprocessableEntity},
			{"/v1/calendar/Atlantis.ics?as_of=2026-11-26", http.StatusNotFound},
			{"/v1/calendar/.ics?as_of=2026-11-26", http.StatusNotFound},
			{"/v1/calendar/Fife.json?as_of=2026-11-26", http.StatusNotFound},
			{"/v1/calendar/Fife?as_of=2026-11-26", http.StatusNotFound},
			{"/v1/calendar/Fife.ics?as_of=2026-11-26&copy_days=many", http.StatusBadRequest},
			{"/v1/calendar/Fife.ics?as_of=2026-11-26&s60=someday", http.StatusBadRequest},
			{"/v1/calendar/Fife.ics?as_of=2026-11-26&s60=2020-01-01", http.StatusUnprocessableEntity},
		} {
			serve(t, h, "GET", tt.target, nil).problem(t, tt.status)
		}
	})
}

func TestCalendarNegotiated(t *testing.T) {
	h := New(testConfig(Config{}))
	file := "duty/testdata/history-fife.json"
	history := read(t, file)
	cal := calendarOf(t, "Fife", &judge.Input{File: file, Data: history}, judgement.New(asOf)).Results[0].Calendar
	for _, tt := range []struct {
		accept, ct string
		write      func(io.Writer) error
	}{
		{"text/calendar", "text/calendar; charset=utf-8", cal.WriteICS},
		{"image/svg+xml", "image/svg+xml", cal.WriteSVG},
	} {
		t.Run(tt.accept, func(t *testing.T) {
			a := serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&file="+file, history, "Content-Type", "application/json", "Accept", tt.accept)
			a.ok(t, tt.ct)
			if diff := cmp.Diff(written(t, tt.write), string(a.Body)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	t.Run("an envelope with a context", func(t *testing.T) {
		ctx := judgement.New(asOf)
		ctx.Policy.CopyDays = 14
		want := calendarOf(t, "Fife", &judge.Input{File: "documents/0", Data: history}, ctx).Results[0].Calendar
		body := envelope(t, map[string]any{"context": map[string]any{"as_of": "2026-11-26", "policy": map[string]any{"copy_days": 14}}, "documents": []any{raw(history)}})
		a := serve(t, h, "POST", "/v1/calendar", body, "Content-Type", "application/json", "Accept", "text/calendar")
		a.ok(t, "text/calendar; charset=utf-8")
		if diff := cmp.Diff(written(t, want.WriteICS), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		// The query's copy_days over the context's.
		a = serve(t, h, "POST", "/v1/calendar?copy_days=28", body, "Content-Type", "application/json", "Accept", "text/calendar")
		a.ok(t, "text/calendar; charset=utf-8")
		ctx.Policy.CopyDays = 28
		want = calendarOf(t, "Fife", &judge.Input{File: "documents/0", Data: history}, ctx).Results[0].Calendar
		if diff := cmp.Diff(written(t, want.WriteICS), string(a.Body)); diff != "" {
			t.Errorf("copy_days=28 (-want +got):\n%s", diff)
		}
	})
	t.Run("a history that cannot be read", func(t *testing.T) {
		serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&council=Fife", []byte(`{"kind": "planning-history", "councl": "Fife"}`), "Content-Type", "application/json", "Accept", "text/calendar").
			problem(t, http.StatusUnprocessableEntity)
	})
	t.Run("a type it cannot give", func(t *testing.T) {
		p := serve(t, h, "POST", "/v1/calendar?as_of=2026-11-26&council=Fife", nil, "Accept", "text/csv").problem(t, http.StatusNotAcceptable)
		if !slices.Equal(p.Known, calendarOffers) {
			t.Errorf("known %v", p.Known)
		}
	})
}

func TestDiff(t *testing.T) {
	h := New(testConfig(Config{}))
	const oldFile, newFile = "plan/testdata/highland-2017-2020.json", "plan/testdata/highland-2021-2023.json"
	old, new := read(t, oldFile), read(t, newFile)
	compare := func(t *testing.T, ctx judgement.Context) judge.Diff {
		d, err := judge.Compare(judge.Input{File: oldFile, Data: old}, judge.Input{File: newFile, Data: new}, ctx)
		must(t, err)
		d.Build = testBuild
		return d
	}
	body := envelope(t, map[string]any{"documents": []any{raw(old), raw(new)}, "files": []string{oldFile, newFile}})

	t.Run("json", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/diff?as_of=2026-11-26", body)
		a.ok(t, "application/json")
		want, err := judge.MarshalJSON(compare(t, judgement.New(asOf)))
		must(t, err)
		if diff := cmp.Diff(string(want), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
		contains(t, a.Body, `"resolved"`, `"introduced"`, `"verdicts"`)
	})
	t.Run("csv", func(t *testing.T) {
		a := serve(t, h, "POST", "/v1/diff?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "text/csv")
		a.ok(t, "text/csv; charset=utf-8")
		if diff := cmp.Diff(written(t, compare(t, judgement.New(asOf)).WriteCSV), string(a.Body)); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	})
	t.Run("the context's date", func(t *testing.T) {
		withContext := envelope(t, map[string]any{"context": map[string]any{"as_of": "2026-11-26"}, "documents": []any{raw(old), raw(new)}, "files": []string{oldFile, newFile}})
		a := serve(t, h, "POST", "/v1/diff", withContext)
		a.ok(t, "application/json")
		want, err := judge.MarshalJSON(compare(t, judgement.New(asOf)))
		must(t, err)
		if string(want) != string(a.Body) {
			t.Errorf("the diff differs")
		}
	})
	t.Run("problems", func(t *testing.T) {
		report := read(t, "report/testdata/fife-2023-2024.json")
		for _, tt := range []struct {
			name     string
			body     []byte
			status   int
			category string
			path     string
		}{
			{"no as-of date", body, http.StatusUnprocessableEntity, "missing value", "/as_of"},
			{"one document", old, http.StatusUnprocessableEntity, "invalid value", "/documents"},
			{"no document", nil, http.StatusUnprocessableEntity, "missing value", "/documents"},
			{"three", envelope(t, map[string]any{"documents": []any{raw(old), raw(new), raw(new)}}), http.StatusUnprocessableEntity, "invalid value", "/documents"},
			{"a plan", envelope(t, map[string]any{"documents": []any{raw(old), raw(new)}, "plan": raw(new)}), http.StatusUnprocessableEntity, "invalid value", "/plan"},
			{"two kinds", envelope(t, map[string]any{"documents": []any{raw(old), raw(report)}}), http.StatusUnprocessableEntity, "wrong document kind", "/kind"},
			{"one cannot be read", envelope(t, map[string]any{"documents": []any{raw(old), map[string]any{"kind": "childrens-services-plan", "titel": "x"}}}), http.StatusUnprocessableEntity, "unknown field", "/titel"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				target := "/v1/diff?as_of=2026-11-26"
				if tt.name == "no as-of date" {
					target = "/v1/diff"
				}
				p := serve(t, h, "POST", target, tt.body).problem(t, tt.status)
				if p.Category != tt.category || p.Path == nil || *p.Path != tt.path {
					t.Errorf("problem %+v (path %v)", p, p.Path)
				}
			})
		}
		p := serve(t, h, "POST", "/v1/diff?as_of=2026-11-26", body, "Content-Type", "application/json", "Accept", "text/html").problem(t, http.StatusNotAcceptable)
		if !slices.Equal(p.Known, []string{"application/json", "text/csv"}) {
			t.Errorf("known %v", p.Known)
		}
		a := serve(t, h, "GET", "/v1/diff", nil)
		a.problem(t, http.StatusMethodNotAllowed)
	})
}
