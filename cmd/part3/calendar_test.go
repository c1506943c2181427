package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/judgement"
)

const fifeHistory = "../../duty/testdata/history-fife.json"

func TestCalendar(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		golden   string
	}{
		// Fife's history records a revision of the 2020-2023 plan never sent
		// to the other service providers: its period has ended, so on the
		// engine's outer bound that is a breach of s.10(7)(a)(ii).
		{"with history", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", fifeHistory}, exitStatutory, "calendar.golden"},
		{"with history, json", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", fifeHistory, "--format", "json"}, exitStatutory, "calendar-json.golden"},
		{"council from the history", []string{"calendar", "--as-of", "2026-11-26", "--history", fifeHistory}, exitStatutory, "calendar.golden"},
		// With no history nothing is recorded, which is not lateness.
		{"without history", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26"}, exitOK, "calendar-no-history.golden"},
		{"section 60 and local policy", []string{"calendar", "--council", "S12000047", "--as-of", "2027-11-26", "--history", fifeHistory,
			"--s60", "2027-04-01", "--copy-days", "90", "--report-days", "-1"}, exitStatutory, "calendar-s60.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != tt.wantCode || stderr != "" {
				t.Fatalf("exit %d (want %d), stderr %q", code, tt.wantCode, stderr)
			}
			golden(t, tt.golden, stdout)
		})
	}
}

func TestCalendarJSONShape(t *testing.T) {
	stdout, _, code := runCLI(t, "", "calendar", "--council", "Fife", "--as-of", "2026-11-26", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	var out struct {
		Context struct {
			AsOf string `json:"as_of"`
		} `json:"context"`
		Results []struct {
			Kind     string `json:"kind"`
			Calendar struct {
				Council     string `json:"council"`
				AsOf        string `json:"as_of"`
				Obligations []struct {
					Duty     string `json:"duty"`
					Citation string `json:"citation"`
					What     string `json:"what"`
					Status   string `json:"status"`
					Severity string `json:"severity"`
					Done     string `json:"done"`
				} `json:"obligations"`
			} `json:"calendar"`
			Findings []struct {
				Rule     string `json:"rule"`
				Severity string `json:"severity"`
			} `json:"findings"`
		} `json:"results"`
	}
	if err := json.Unmarshal([]byte(stdout), &out, json.RejectUnknownMembers(false)); err != nil {
		t.Fatal(err)
	}
	if len(out.Results) != 1 {
		t.Fatalf("%d results, want 1", len(out.Results))
	}
	cal := out.Results[0].Calendar
	if out.Results[0].Kind != "planning-history" || cal.Council != "Fife" || cal.AsOf != "2026-11-26" || out.Context.AsOf != "2026-11-26" || len(cal.Obligations) == 0 {
		t.Fatalf("kind %q, council %q as of %q (context %q), %d obligations", out.Results[0].Kind, cal.Council, cal.AsOf, out.Context.AsOf, len(cal.Obligations))
	}
	for _, o := range cal.Obligations {
		if o.Done != "" || o.Status == "met" {
			t.Errorf("without a history, %s is done: %+v", o.Duty, o)
		}
		if o.What == "" || o.Citation == "" {
			t.Errorf("obligation without what or citation: %+v", o)
		}
	}
	// With no history nothing is recorded: not lateness, and no finding.
	if cal.Obligations[0].Duty != "s8-prepare-plan" || cal.Obligations[0].Status != "not-recorded" || cal.Obligations[0].Severity != "" {
		t.Errorf("first obligation: %+v", cal.Obligations[0])
	}
	if len(out.Results[0].Findings) != 0 {
		t.Errorf("findings %v with nothing recorded", out.Results[0].Findings)
	}
}

func TestCalendarErrors(t *testing.T) {
	tests := []struct {
		name       string
		stdin      string
		args       []string
		wantStderr []string
	}{
		{"unknown council", "", []string{"calendar", "--council", "Fiffe", "--as-of", "2026-11-26"}, []string{`unknown council area "Fiffe"`, `did you mean "Fife"?`}},
		{"no council", "", []string{"calendar", "--as-of", "2026-11-26"}, []string{"--council NAME is required"}},
		{"no as-of date", "", []string{"calendar", "--council", "Fife"}, []string{`calendar: no as-of date: give --as-of DATE (YYYY-MM-DD, or "today") or a --context file with as_of`}},
		{"bad section 60 date", "", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--s60", "2026-01-01"}, []string{"calendar: --s60: /act_2026_s60_commencement", "before the Act was enacted on 2026-05-15"}},
		{"bad number of days", "", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--copy-days", "many"}, []string{"-copy-days", "not a whole number of days"}},
		{"too many days", "", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--report-days", "99999"}, []string{"calendar: --report-days: /policy/report_days"}},
		{"bad date", "", []string{"calendar", "--council", "Fife", "--as-of", "2026-02-30"}, []string{"--as-of", "2026-02-30"}},
		{"another council's history", "", []string{"calendar", "--council", "Angus", "--as-of", "2026-11-26", "--history", fifeHistory}, []string{"history-fife.json: /council", "the history is for Fife, not Angus"}},
		{"unreadable history", "", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", "no-such-file.json"}, []string{"calendar: --history: no-such-file.json"}},
		{"bad history", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2026-2029", "publishd": "2026-05-01"}]}`,
			[]string{"calendar", "--as-of", "2026-11-26", "--history", "-"}, []string{"standard input:1:", "/plans/0/publishd", "unknown field"}},
		{"bad history with the council given", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2026-2029", "publishd": "2026-05-01"}]}`,
			[]string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", "-"}, []string{"standard input:1:", "/plans/0/publishd", "unknown field"}},
		{"a notice as the history", "", []string{"calendar", "--council", "Dundee", "--as-of", "2026-11-26", "--history", "../../consult/testdata/notice-police-valid.json"}, []string{"notice-police-valid.json: /kind", `"planning-history"`}},
		{"a copy to a provider not on the register", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2026-2029", "prepared": "2026-03-01", "sent_to_other_service_providers": {"scottish-court-service": "2026-04-01"}}]}`,
			[]string{"calendar", "--history", "-", "--as-of", "2026-11-26"}, []string{"standard input: /plans/0/sent_to_other_service_providers/scottish-court-service", "not an other service provider"}},
		{"stray argument", "", []string{"calendar", "--as-of", "2026-11-26", "Fife"}, []string{`unexpected argument "Fife"`}},
		{"before commencement", "", []string{"calendar", "--council", "Fife", "--as-of", "2017-03-31"}, []string{"--as-of", "2017-03-31 has no plan period", "before the first three-year period began on 1 April 2017"}},
		{"before commencement with a history", "", []string{"calendar", "--history", fifeHistory, "--as-of", "2016-01-01"}, []string{"--as-of", "2016-01-01 has no plan period"}},
		{"after the last period", "", []string{"calendar", "--council", "Fife", "--as-of", "9997-04-01"}, []string{"--as-of", "9997-04-01 has no plan period", "after 31 March 9997"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.stdin, tt.args...)
			if code != exitBadInput || stdout != "" {
				t.Errorf("exit %d, stdout %q", code, stdout)
			}
			if strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("stderr is not one line: %q", stderr)
			}
			for _, want := range tt.wantStderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr %q does not contain %q", stderr, want)
				}
			}
		})
	}
}

func TestCalendarAsOfToday(t *testing.T) {
	// runCLI's "today" is 2026-11-26.
	withDate, _, _ := runCLI(t, "", "calendar", "--council", "Fife", "--as-of", "2026-11-26")
	today, _, _ := runCLI(t, "", "calendar", "--council", "Fife", "--as-of", "today")
	if withDate != today {
		t.Error("--as-of today is not today's date")
	}
}

// TestCalendarFlagsOverrideContext: --as-of, --s60, --copy-days and
// --report-days override the --context file's; what they leave out is the
// file's.
func TestCalendarFlagsOverrideContext(t *testing.T) {
	const full = "../../judgement/testdata/context-full.json" // as of 2027-11-26, s.60 from 2027-04-01, copy 14 days, reports 91
	stdout, stderr, code := runCLI(t, "", "calendar", "--council", "Fife", "--context", full, "--format", "json")
	require.Equal(t, exitOK, code, stderr) // no history: nothing recorded, no breach
	var got struct {
		Context judgement.Context `json:"context"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
	require.Equal(t, "2027-11-26", got.Context.AsOf.String())
	require.Equal(t, judgement.Policy{CopyDays: 14, ReportDays: 91, MinAdvanceNoticeDays: 21, MinWindowDays: 42}, got.Context.Policy)

	stdout, stderr, _ = runCLI(t, "", "calendar", "--council", "Fife", "--context", full, "--format", "json",
		"--as-of", "2028-01-10", "--s60", "2027-06-01", "--copy-days", "0", "--report-days", "-1")
	require.Empty(t, stderr)
	got.Context = judgement.Context{}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
	require.Equal(t, "2028-01-10", got.Context.AsOf.String())
	require.Equal(t, "2027-06-01", got.Context.Act2026Section60.String())
	require.Equal(t, judgement.Policy{CopyDays: 0, ReportDays: -1, MinAdvanceNoticeDays: 21, MinWindowDays: 42}, got.Context.Policy)
	require.Len(t, got.Context.Reliefs, 1, "the file's reliefs stay")

	text, _, _ := runCLI(t, "", "calendar", "--council", "Fife", "--context", full)
	require.Contains(t, text, "Judgement context: "+full+"\n")
	text = strings.Join(strings.Fields(text), " ")
	require.Contains(t, text, "the partnership's own limit of 14 days")
	require.Contains(t, text, "the partnership's own limit of 91 days")
}

// TestCalendarReportBeforePeriodEnded: a report published before its year
// ended is shown as a condition it does not meet, which is no breach: the
// command exits 0 while the duty is not yet late under the Act.
func TestCalendarReportBeforePeriodEnded(t *testing.T) {
	history := `{"kind": "planning-history", "council": "Angus", "reports": [{"period": "2023-2024", "published": "2024-03-15"}]}`
	stdout, _, code := runCLI(t, history, "calendar", "--history", "-", "--as-of", "2024-11-26")
	if code != exitOK {
		t.Errorf("exit %d, want %d", code, exitOK)
	}
	text := strings.Join(strings.Fields(stdout), " ")
	for _, want := range []string{"Condition (s.13(1), /reports/0/published)", "before the reporting period ended on 2024-03-31", "[duty.report-after-period]"} {
		if !strings.Contains(text, want) {
			t.Errorf("output does not contain %q", want)
		}
	}
}
