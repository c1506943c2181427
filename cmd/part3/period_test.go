package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

func TestPeriodCommand(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{name: "text", args: []string{"period", "2026-11-26"}, golden: "period-text.golden"},
		{name: "json", args: []string{"period", "2026-11-26", "--format", "json"}, golden: "period-json.golden"},
		{name: "flag first", args: []string{"period", "--format", "json", "2026-11-26"}, golden: "period-json.golden"},
		{name: "today", args: []string{"period"}, golden: "period-text.golden"},
		{name: "commencement, before the 2nd edition", args: []string{"period", "2017-04-01"}, golden: "period-2017-text.golden"},
		{name: "May: last year's report still due", args: []string{"period", "2027-05-15", "--format", "json"}, golden: "period-may-json.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != exitOK || stderr != "" {
				t.Fatalf("exit %d, stderr %q", code, stderr)
			}
			golden(t, tt.golden, stdout)
		})
	}
}

func TestPeriodCommandJSONShape(t *testing.T) {
	stdout, _, code := runCLI(t, "", "period", "2020-04-01", "--format", "json")
	require.Equal(t, exitOK, code)
	var got struct {
		PlanPeriod struct {
			Name  string `json:"name"`
			Start string `json:"start"`
			End   string `json:"end"`
			Index int    `json:"index"`
		} `json:"plan_period"`
		ReportingPeriod struct {
			Name  string `json:"name"`
			Start string `json:"start"`
			End   string `json:"end"`
		} `json:"reporting_period"`
		KeyDates []struct {
			Name     string `json:"name"`
			Date     string `json:"date"`
			Citation string `json:"citation"`
		} `json:"key_dates"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	summary := []string{got.PlanPeriod.Name, got.PlanPeriod.Start, got.PlanPeriod.End, got.ReportingPeriod.Name, got.ReportingPeriod.Start, got.ReportingPeriod.End}
	if diff := cmp.Diff([]string{"2020-2023", "2020-04-01", "2023-03-31", "2020-2021", "2020-04-01", "2021-03-31"}, summary); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got.PlanPeriod.Index != 2 || len(got.KeyDates) == 0 {
		t.Errorf("index %d, %d key dates", got.PlanPeriod.Index, len(got.KeyDates))
	}
	// The report on 2019-2020 belongs to the 2017-2020 plan: no guidance target.
	for _, k := range got.KeyDates {
		if k.Date == "2020-06-30" {
			t.Errorf("guidance target given for a 2017-2020 report: %+v", k)
		}
	}
}

func TestPeriodCommandErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		now    string
		golden string
	}{
		{name: "before commencement", args: []string{"period", "2017-03-31"}, golden: "period-error-before.golden"},
		{name: "before commencement json", args: []string{"period", "2014-06-01", "--format", "json"}, golden: "period-error-before-json.golden"},
		{name: "impossible date", args: []string{"period", "2023-02-29"}, golden: "period-error-impossible.golden"},
		{name: "not a date", args: []string{"period", "26/11/2026"}, golden: "period-error-format.golden"},
		{name: "a period name", args: []string{"period", "2026-2029"}, golden: "period-error-name.golden"},
		{name: "after the last period", args: []string{"period", "9999-12-31"}, golden: "period-error-after.golden"},
		{name: "two dates", args: []string{"period", "2026-11-26", "2026-11-27"}, golden: "period-error-args.golden"},
		{name: "bad format", args: []string{"period", "2026-11-26", "--format", "yaml"}, golden: "period-error-flag.golden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			if code != exitBadInput {
				t.Errorf("exit %d, want %d", code, exitBadInput)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "part3: ") {
				t.Errorf("stderr %q is not one line", stderr)
			}
			golden(t, tt.golden, stderr)
		})
	}
}

func TestPeriodHelp(t *testing.T) {
	stdout, _, code := runCLI(t, "", "period", "-h")
	if code != exitOK || !strings.Contains(stdout, "Usage: part3 period [DATE]") || !strings.Contains(stdout, "SSI 2016/255") {
		t.Errorf("exit %d, help %q", code, stdout)
	}
}
