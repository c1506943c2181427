package duty

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/testjson"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func TestDecodeHistory(t *testing.T) {
	h := readHistory(t, "history-fife.json")
	if h.Council.Name() != "Fife" || len(h.Plans) != 4 || len(h.Reports) != 10 || len(h.Reliefs) != 1 {
		t.Fatalf("decoded %+v", h)
	}
	p := h.Plans[1]
	if p.Prepared.String() != "2020-06-30" || p.Published.String() != "2020-09-15" ||
		p.SentToOtherServiceProviders["police-scotland"].String() != "2020-07-06" {
		t.Errorf("plan record: %+v", p)
	}
	if len(p.Revisions) != 1 || p.Revisions[0].Revised.String() != "2021-11-30" || p.Revisions[0].SentToMinisters.String() != "2021-12-06" {
		t.Errorf("revision: %+v", p.Revisions)
	}
	if r := h.Reliefs[0]; r.Citation.String() != "Coronavirus (Scotland) Act 2020" || r.Until.String() != "2020-09-30" {
		t.Errorf("relief: %+v", r)
	}
}

func TestDecodeHistoryErrors(t *testing.T) {
	const ok = `{"kind": "planning-history", "council": "Fife"}`
	tests := []struct {
		name     string
		doc      string
		wantPath string
		wantCat  error
		wantLine int
	}{
		{"broken JSON", "{\n  \"kind\": \"planning-history\",\n  \"council\": \n}", "/council", part3.ErrSyntax, 4},
		{"unknown field", `{"kind": "planning-history", "council": "Fife", "plan": []}`, "/plan", part3.ErrUnknownField, 1},
		{"duplicate field", `{"kind": "planning-history", "council": "Fife", "council": "Angus"}`, "/council", part3.ErrDuplicateField, 1},
		{"wrong kind", `{"kind": "childrens-services-plan", "council": "Fife"}`, "/kind", part3.ErrWrongKind, 0},
		{"no kind", `{"council": "Fife"}`, "/kind", part3.ErrWrongKind, 0},
		{"no council", `{"kind": "planning-history"}`, "/council", part3.ErrMissing, 0},
		{"unknown council", `{"kind": "planning-history", "council": "Gotham"}`, "/council", part3.ErrInvalidValue, 1},
		{"impossible date", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-02-30"}]}`,
			"/plans/0/prepared", part3.ErrInvalidValue, 1},
		{"not a period", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2024-2027"}]}`,
			"/plans/0/period", part3.ErrInvalidValue, 1},
		{"plan without period", `{"kind": "planning-history", "council": "Fife", "plans": [{"prepared": "2023-03-01"}]}`,
			"/plans/0/period", part3.ErrMissing, 0},
		{"plan twice", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026"}, {"period": "2023-26"}]}`,
			"/plans/1/period", part3.ErrDuplicateID, 0},
		{"revision without date", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "revisions": [{"published": "2024-01-01"}]}]}`,
			"/plans/0/revisions/0/revised", part3.ErrMissing, 0},
		{"a copy before the plan was prepared", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "sent_to_ministers": "2023-03-01"}]}`,
			"/plans/0/sent_to_ministers", part3.ErrInvalidValue, 0},
		{"a copy to a provider before the plan was prepared", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "sent_to_other_service_providers": {"police-scotland": "2023-03-21"}}]}`,
			"/plans/0/sent_to_other_service_providers/police-scotland", part3.ErrInvalidValue, 0},
		{"published before the plan was prepared", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "published": "2023-01-01"}]}`,
			"/plans/0/published", part3.ErrInvalidValue, 0},
		{"a revision on the day the plan was prepared", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2023-03-22"}]}]}`,
			"/plans/0/revisions/0/revised", part3.ErrInvalidValue, 0},
		{"a revision after the period", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2026-04-01"}]}]}`,
			"/plans/0/revisions/0/revised", part3.ErrInvalidValue, 0},
		{"revisions out of order", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2024-06-01"}, {"revised": "2024-01-01"}]}]}`,
			"/plans/0/revisions/1/revised", part3.ErrInvalidValue, 0},
		{"a revision's copy before it was prepared", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2024-06-01", "sent_to_other_service_providers": {"principal-reporter": "2024-05-01"}}]}]}`,
			"/plans/0/revisions/0/sent_to_other_service_providers/principal-reporter", part3.ErrInvalidValue, 0},
		{"a plan prepared more than a year before its deadline", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2022-03-30"}]}`,
			"/plans/0/prepared", part3.ErrInvalidValue, 0},
		{"a copy dated more than a year before the deadline", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2026-2029", "published": "2017-04-10"}]}`,
			"/plans/0/published", part3.ErrInvalidValue, 0},
		{"a report published before its period began", `{"kind": "planning-history", "council": "Fife", "reports": [{"period": "2023-2024", "published": "2023-03-31"}]}`,
			"/reports/0/published", part3.ErrInvalidValue, 0},
		{"wrong type", `{"kind": "planning-history", "council": "Fife", "plans": {"period": "2023-2026"}}`,
			"/plans", part3.ErrWrongType, 1},
		{"a number for a date", `{"kind": "planning-history", "council": "Fife", "reports": [{"period": "2023-2024", "published": 20240630}]}`,
			"/reports/0/published", part3.ErrWrongType, 1},
		{"report twice", `{"kind": "planning-history", "council": "Fife", "reports": [{"period": "2023-2024"}, {"period": "2023/24"}]}`,
			"/reports/1/period", part3.ErrDuplicateID, 0},
		{"relief for an unknown duty", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s9-aims", "plan_period": "2020-2023", "until": "2021-03-31", "citation": "Coronavirus (Scotland) Act 2020"}]}`,
			"/reliefs/0/duty", part3.ErrDanglingReference, 0},
		{"relief without citation", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s8-prepare-plan", "plan_period": "2020-2023", "until": "2021-03-31"}]}`,
			"/reliefs/0/citation", part3.ErrMissing, 0},
		{"relief with a malformed citation", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s8-prepare-plan", "plan_period": "2020-2023", "until": "2021-03-31", "citation": "the covid act"}]}`,
			"/reliefs/0/citation", part3.ErrInvalidValue, 1},
		{"relief of a report by plan period", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s13-annual-report", "plan_period": "2020-2023", "until": "2021-03-31", "citation": "Coronavirus (Scotland) Act 2020"}]}`,
			"/reliefs/0/reporting_period", part3.ErrMissing, 0},
		{"relief without duty", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"plan_period": "2020-2023", "until": "2021-03-31", "citation": "Coronavirus (Scotland) Act 2020"}]}`,
			"/reliefs/0/duty", part3.ErrMissing, 0},
		{"relief of a plan duty by reporting period too", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s10-publish-plan", "plan_period": "2020-2023", "reporting_period": "2020-2021", "until": "2021-03-31", "citation": "Coronavirus (Scotland) Act 2020"}]}`,
			"/reliefs/0/reporting_period", part3.ErrInvalidValue, 0},
		{"relief of a report by plan period too", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s13-annual-report", "plan_period": "2020-2023", "reporting_period": "2020-2021", "until": "2021-03-31", "citation": "Coronavirus (Scotland) Act 2020"}]}`,
			"/reliefs/0/plan_period", part3.ErrInvalidValue, 0},
		{"relief without end", `{"kind": "planning-history", "council": "Fife", "reliefs": [{"duty": "s13-annual-report", "reporting_period": "2020-2021", "citation": "Coronavirus (Scotland) Act 2020"}]}`,
			"/reliefs/0/until", part3.ErrMissing, 0},
	}
	_, err := DecodeHistory("ok.json", []byte(ok))
	require.NoError(t, err)
	// The earliest date a plan record may hold, and a report published
	// during its own period, are lawful input.
	for _, doc := range []string{
		`{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2022-03-31"}]}`,
		`{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "published": "2023-03-22", "revisions": [{"revised": "2026-03-31"}]}]}`,
		`{"kind": "planning-history", "council": "Fife", "reports": [{"period": "2023-2024", "published": "2023-04-01"}]}`,
	} {
		_, err := DecodeHistory("ok.json", []byte(doc))
		require.NoError(t, err, doc)
	}
	// A revision out of order is reported against what it should follow:
	// the plan, or the revision before it, numbered from 1.
	for _, tt := range []struct{ doc, want string }{
		{`{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2023-03-01"}]}]}`,
			"the revised plan is dated 2023-03-01, not after the plan was prepared on 2023-03-22"},
		{`{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2024-06-01"}, {"revised": "2024-01-01"}]}]}`,
			"the revised plan is dated 2024-01-01, not after revision 1 was prepared on 2024-06-01"},
		{`{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2023-2026", "prepared": "2023-03-22", "revisions": [{"revised": "2024-01-01"}, {"revised": "2024-06-01"}, {"revised": "2024-06-01"}]}]}`,
			"the revised plan is dated 2024-06-01, not after revision 2 was prepared on 2024-06-01"},
	} {
		_, err := DecodeHistory("h.json", []byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("got %v, want an error saying %q", err, tt.want)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeHistory("h.json", []byte(tt.doc))
			var ie *part3.InputError
			require.True(t, errors.As(err, &ie), "error %v is not an InputError", err)
			if ie.Path != tt.wantPath || !errors.Is(err, tt.wantCat) || ie.File != "h.json" {
				t.Errorf("got %v (path %q); want %v at %q", err, ie.Path, tt.wantCat, tt.wantPath)
			}
			if tt.wantLine != 0 && ie.Line != tt.wantLine {
				t.Errorf("line %d, want %d: %v", ie.Line, tt.wantLine, err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("the error is not one line: %q", err)
			}
		})
	}
}

// FuzzDecodeHistory checks that no input makes decoding or the calendar
// panic, and that a decoded history validates and computes.
func FuzzDecodeHistory(f *testing.F) {
	for _, pattern := range []string{"testdata/*.json", "testdata/rules/*.json"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	f.Add([]byte(`{"kind":"planning-history","council":"S12000047","plans":[{"period":"2017-2020","revisions":[{"revised":"2018-01-01"}]}]}`))
	asOf := []period.Date{period.MustParseDate("2016-01-01"), period.MustParseDate("2026-11-26"), period.MustParseDate("2040-03-31")}
	f.Fuzz(func(t *testing.T, data []byte) {
		testjson.SameInPlace[History](t, data)
		h, err := DecodeHistory("fuzz.json", data)
		if err != nil {
			var ie *part3.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an InputError", err)
			}
			return
		}
		if err := h.Validate(); err != nil {
			t.Fatalf("decoded history fails Validate: %v", err)
		}
		for _, d := range asOf {
			c, err := NewCalendar(h.Council, h, judgement.New(d))
			if err != nil {
				continue
			}
			_ = c.Findings()
			for _, o := range c.Obligations {
				_ = o.Describe(d)
				_ = o.HistoryPath()
			}
		}
	})
}
