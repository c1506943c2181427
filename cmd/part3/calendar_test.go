package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
)

const fifeHistory = "../../duty/testdata/history-fife.json"

func TestCalendar(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		golden   string
	}{
		{"with history", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", fifeHistory}, exitOK, "calendar.golden"},
		{"with history, json", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26", "--history", fifeHistory, "--format", "json"}, exitOK, "calendar-json.golden"},
		{"council from the history", []string{"calendar", "--as-of", "2026-11-26", "--history", fifeHistory}, exitOK, "calendar.golden"},
		{"without history", []string{"calendar", "--council", "Fife", "--as-of", "2026-11-26"}, exitStatutory, "calendar-no-history.golden"},
		{"section 60 and local policy", []string{"calendar", "--council", "S12000047", "--as-of", "2027-11-26", "--history", fifeHistory,
			"--s60", "2027-04-01", "--copy-days", "90", "--report-days", "-1"}, exitOK, "calendar-s60.golden"},
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
	if code != exitStatutory {
		t.Fatalf("exit %d", code)
	}
	var out struct {
		Council     string `json:"council"`
		Obligations []struct {
			Duty     string `json:"duty"`
			Citation string `json:"citation"`
			Status   string `json:"status"`
			Severity string `json:"severity"`
			Done     string `json:"done"`
			Message  string `json:"message"`
		} `json:"obligations"`
		Findings []struct {
			Rule     string `json:"rule"`
			Severity string `json:"severity"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(stdout), &out, json.RejectUnknownMembers(false)); err != nil {
		t.Fatal(err)
	}
	if out.Council != "Fife" || len(out.Obligations) == 0 {
		t.Fatalf("council %q, %d obligations", out.Council, len(out.Obligations))
	}
	for _, o := range out.Obligations {
		if o.Done != "" || o.Status == "met" {
			t.Errorf("without a history, %s is done: %+v", o.Duty, o)
		}
		if o.Message == "" || o.Citation == "" {
			t.Errorf("obligation without message or citation: %+v", o)
		}
	}
	if out.Obligations[0].Duty != "s8-prepare-plan" || out.Obligations[0].Severity != "statutory" {
		t.Errorf("first obligation: %+v", out.Obligations[0])
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
		{"bad date", "", []string{"calendar", "--council", "Fife", "--as-of", "2026-02-30"}, []string{"--as-of", "2026-02-30"}},
		{"another council's history", "", []string{"calendar", "--council", "Angus", "--history", fifeHistory}, []string{"history-fife.json: /council", "the history is for Fife, not Angus"}},
		{"unreadable history", "", []string{"calendar", "--council", "Fife", "--history", "no-such-file.json"}, []string{"no-such-file.json"}},
		{"bad history", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2026-2029", "publishd": "2026-05-01"}]}`,
			[]string{"calendar", "--history", "-"}, []string{"-:1:", "/plans/0/publishd", "unknown field"}},
		{"a copy to a provider not on the register", `{"kind": "planning-history", "council": "Fife", "plans": [{"period": "2026-2029", "prepared": "2026-03-01", "sent_to_other_service_providers": {"scottish-court-service": "2026-04-01"}}]}`,
			[]string{"calendar", "--history", "-", "--as-of", "2026-11-26"}, []string{"-: /plans/0/sent_to_other_service_providers/scottish-court-service", "not an other service provider"}},
		{"stray argument", "", []string{"calendar", "Fife"}, []string{`unexpected argument "Fife"`}},
		{"before commencement", "", []string{"calendar", "--council", "Fife", "--as-of", "2017-03-31"}, []string{"--as-of", "2017-03-31 has no plan period", "before 1 April 2017"}},
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

func TestCalendarDefaultsToToday(t *testing.T) {
	// runCLI's "today" is 2026-11-26.
	withDate, _, _ := runCLI(t, "", "calendar", "--council", "Fife", "--as-of", "2026-11-26")
	today, _, _ := runCLI(t, "", "calendar", "--council", "Fife")
	if withDate != today {
		t.Error("without --as-of the calendar is not as of today")
	}
}

// TestCalendarReportBeforePeriodEnded: a report published before its year
// ended is shown as a statutory finding, and the command exits 1.
func TestCalendarReportBeforePeriodEnded(t *testing.T) {
	history := `{"kind": "planning-history", "council": "Angus", "reports": [{"period": "2023-2024", "published": "2024-03-15"}]}`
	stdout, _, code := runCLI(t, history, "calendar", "--history", "-", "--as-of", "2024-11-26")
	if code != exitStatutory {
		t.Errorf("exit %d, want %d", code, exitStatutory)
	}
	text := strings.Join(strings.Fields(stdout), " ")
	for _, want := range []string{"Statutory finding (s.13(1), /reports/0/published)", "before the reporting period ended on 2024-03-31", "[duty.report-after-period]"} {
		if !strings.Contains(text, want) {
			t.Errorf("output does not contain %q", want)
		}
	}
}
