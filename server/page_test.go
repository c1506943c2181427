package server

import (
	"bytes"
	"encoding/base64"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
)

// form builds the page's form post: files per field, and the other
// fields.
func form(t testing.TB, files map[string][]string, fields map[string]string) ([]byte, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for field, paths := range files {
		for _, p := range paths {
			fw, err := mw.CreateFormFile(field, p[strings.LastIndexByte(p, '/')+1:])
			must(t, err)
			fw.Write(read(t, p))
		}
	}
	for k, v := range fields {
		must(t, mw.WriteField(k, v))
	}
	must(t, mw.Close())
	return b.Bytes(), mw.FormDataContentType()
}

func TestPageForm(t *testing.T) {
	a := serve(t, New(testConfig(Config{})), "GET", "/", nil)
	a.ok(t, "text/html; charset=utf-8")
	contains(t, a.Body, `<html lang="en-GB">`, `<label for="documents">`, `<label for="as_of">`, `value="2026-11-26"`,
		`enctype="multipart/form-data"`, `<main id="main">`, `<h1>`)
	if bytes.Contains(a.Body, []byte("<script")) {
		t.Errorf("the page has a script: it must work with JavaScript off")
	}
	if csp := a.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
}

func TestPageFindings(t *testing.T) {
	h := New(testConfig(Config{}))
	body, ct := form(t, map[string][]string{"documents": {"plan/testdata/highland-2021-2023.json"}}, map[string]string{"as_of": "2026-11-26", "review": "on"})
	a := serve(t, h, "POST", "/", body, "Content-Type", ct)
	a.ok(t, "text/html; charset=utf-8")
	contains(t, a.Body, "Findings as of 2026-11-26", "highland-2021-2023.json", "1 statutory, 2 guidance, 2 practice",
		"s.8(1)", "<code>/publication/prepared</code>", "plan.prepared-before-period", "Appendix A review:", "Statutory", "Guidance", "Practice",
		`<p class="by">In breach: The Highland Council and NHS Highland</p>`)
	// Only the statutory finding names anyone.
	if n := strings.Count(string(a.Body), `<p class="by">`); n != 1 {
		t.Errorf("%d findings name the bodies in breach, want 1", n)
	}
}

func TestPageNoticeAgainstPlan(t *testing.T) {
	h := New(testConfig(Config{}))
	body, ct := form(t, map[string][]string{
		"documents": {"consult/testdata/notice-unpublished.json", "report/testdata/fife-2023-2024-early.json"},
		"plan":      {"plan/testdata/fife-2023-2026.json"},
	}, map[string]string{"as_of": "2026-11-26"})
	a := serve(t, h, "POST", "/", body, "Content-Type", ct)
	a.ok(t, "text/html; charset=utf-8")
	contains(t, a.Body, "Legal effect of the notice (s.10(8))", "None: the notice does not meet s.10(8) (see the conditions below, which are no breach by anyone)", "Condition", "Reporting periods of the plan", "missing", "judged against the plan")
}

func TestPageOverview(t *testing.T) {
	h := New(testConfig(Config{}))
	body, ct := form(t, map[string][]string{"documents": {"plan/testdata/fife-2023-2026.json", "plan/testdata/tayside-2023-2026.json", "plan/testdata/highland-2021-2023.json"}},
		map[string]string{"as_of": "2026-11-26", "overview": "on"})
	a := serve(t, h, "POST", "/", body, "Content-Type", ct)
	a.ok(t, "text/html; charset=utf-8")
	contains(t, a.Body, `<h2 id="overview-title">National overview</h2>`, `<iframe title="National overview of the plans judged" style="height: `, "National overview of children&#39;s services plans")
}

func TestPageProblems(t *testing.T) {
	h := New(testConfig(Config{MaxDocuments: 1}))
	t.Run("no date", func(t *testing.T) {
		body, ct := form(t, map[string][]string{"documents": {"plan/testdata/highland-2021-2023.json"}}, map[string]string{"as_of": ""})
		a := serve(t, h, "POST", "/", body, "Content-Type", ct)
		if a.Status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", a.Status)
		}
		contains(t, a.Body, `role="alert"`, `<a href="#as_of">Enter the as-of date`, "<title>Error:")
	})
	t.Run("no document", func(t *testing.T) {
		body, ct := form(t, nil, map[string]string{"as_of": "2026-11-26"})
		a := serve(t, h, "POST", "/", body, "Content-Type", ct)
		if a.Status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", a.Status)
		}
		contains(t, a.Body, "Choose at least one document")
	})
	t.Run("too many", func(t *testing.T) {
		body, ct := form(t, map[string][]string{"documents": {"plan/testdata/highland-2021-2023.json", "plan/testdata/fife-2023-2026.json"}}, map[string]string{"as_of": "2026-11-26"})
		a := serve(t, h, "POST", "/", body, "Content-Type", ct)
		if a.Status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", a.Status)
		}
		contains(t, a.Body, "Choose at most 1 documents")
	})
	t.Run("a file that cannot be read", func(t *testing.T) {
		var b bytes.Buffer
		mw := multipart.NewWriter(&b)
		fw, _ := mw.CreateFormFile("documents", "broken.json")
		fw.Write([]byte(`{"kind": "notice-of-disagreement", "isuer": 1}`))
		mw.WriteField("as_of", "2026-11-26")
		mw.Close()
		a := serve(t, h, "POST", "/", b.Bytes(), "Content-Type", mw.FormDataContentType())
		if a.Status != http.StatusUnprocessableEntity {
			t.Fatalf("status %d", a.Status)
		}
		contains(t, a.Body, "This file could not be read at /isuer, line 1", "unknown field")
	})
	t.Run("too large", func(t *testing.T) {
		small := New(testConfig(Config{MaxBodyBytes: 1024}))
		body, ct := form(t, map[string][]string{"documents": {"plan/testdata/fife-2023-2026.json"}}, map[string]string{"as_of": "2026-11-26"})
		a := serve(t, small, "POST", "/", body, "Content-Type", ct)
		if a.Status != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d", a.Status)
		}
		contains(t, a.Body, "larger than this service&#39;s limit")
	})
}

func TestPageCalendar(t *testing.T) {
	h := New(testConfig(Config{}))
	const file = "duty/testdata/history-fife.json"
	body, ct := form(t, map[string][]string{"documents": {file}}, map[string]string{"as_of": "2026-11-26"})
	a := serve(t, h, "POST", "/", body, "Content-Type", ct)
	a.ok(t, "text/html; charset=utf-8")
	cal := calendarOf(t, "Fife", &judge.Input{File: "history-fife.json", Data: read(t, file)}, judgement.New(asOf)).Results[0].Calendar
	contains(t, a.Body, `<h4>Timeline of the obligations</h4>`, `role="img" aria-labelledby="doc-1-timeline-title doc-1-timeline-desc"`,
		`<title id="doc-1-timeline-title">Part 3 obligations of Fife Council and NHS Fife, as of 2026-11-26</title>`, `<desc id="doc-1-timeline-desc">`,
		`url(#doc-1-hatch)`, `download="fife-part3-obligations-2026-11-26.ics"`, "Obligations as of 2026-11-26")

	// The timeline is the command's, but for its IDs.
	svg := written(t, cal.WriteSVG)
	unprefixed := regexp.MustCompile(`doc-1-`).ReplaceAllString(string(a.Body), "")
	if !strings.Contains(unprefixed, svg) {
		t.Errorf("the page's timeline is not part3 calendar --format svg's")
	}
	// The link downloads the command's iCalendar file.
	m := regexp.MustCompile(`href="data:text/calendar;charset=utf-8;base64,([A-Za-z0-9+/=]+)"`).FindSubmatch(a.Body)
	if m == nil {
		t.Fatalf("no link to the calendar file")
	}
	ics, err := base64.StdEncoding.DecodeString(string(m[1]))
	must(t, err)
	if diff := cmp.Diff(written(t, cal.WriteICS), string(ics)); diff != "" {
		t.Errorf("the calendar file (-want +got):\n%s", diff)
	}

	t.Run("two calendars share no ID", func(t *testing.T) {
		body, ct := form(t, map[string][]string{"documents": {file, "duty/testdata/history-fife.json"}}, map[string]string{"as_of": "2026-11-26"})
		a := serve(t, h, "POST", "/", body, "Content-Type", ct)
		a.ok(t, "text/html; charset=utf-8")
		seen := map[string]bool{}
		for _, m := range regexp.MustCompile(` id="([^"]+)"`).FindAllSubmatch(a.Body, -1) {
			if seen[string(m[1])] {
				t.Errorf("id %q twice", m[1])
			}
			seen[string(m[1])] = true
		}
		contains(t, a.Body, `id="doc-2-timeline-title"`, `url(#doc-2-dots)`)
	})
}

func TestFileSlug(t *testing.T) {
	for in, want := range map[string]string{"Fife": "fife", "Perth and Kinross": "perth-and-kinross", "Na h-Eileanan Siar": "na-h-eileanan-siar",
		"Dumfries & Galloway": "dumfries-galloway", " Edinburgh, City of ": "edinburgh-city-of"} {
		if got := fileSlug(in); got != want {
			t.Errorf("fileSlug(%q) = %q, want %q", in, got, want)
		}
	}
}
