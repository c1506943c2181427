package main

import (
	"os"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

const (
	reportDir = "../../report/testdata/"
	planDir   = "../../plan/testdata/"
)

func TestValidateReportGolden(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"validate-report-against-plan.golden", []string{"validate", "--as-of", asOf, reportDir + "fife-2023-2024.json", reportDir + "fife-2023-2024-missing-aim.json",
			reportDir + "fife-2023-2024-unknown-indicator.json", reportDir + "fife-2026-2027-wrong-period.json", "--plan", planDir + "fife-2023-2026.json"}, exitStatutory},
		{"validate-report-against-plan.json.golden", []string{"validate", "--as-of", asOf, "--format", "json", reportDir + "fife-2023-2024-early.json",
			reportDir + "fife-2023-2024-unknown-indicator.json", "--plan", planDir + "fife-2023-2026.json"}, exitStatutory},
		{"validate-report-late.golden", []string{"validate", "--as-of", asOf, reportDir + "fife-2024-2025-late.json", "--plan", planDir + "fife-2023-2026-revision-1.json"}, exitOK},
		{"validate-report-alone.golden", []string{"validate", "--as-of", asOf, reportDir + "fife-2023-2024-early.json", reportDir + "highland-2018-2019.json"}, exitStatutory},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr %q", stderr)
			golden(t, tt.name, stdout+stderrSection(stderr))
		})
	}
}

// TestValidateReportAgreesWithPackage checks that the command reports
// exactly the findings of report.Report.JudgeAgainstPlan.
func TestValidateReportAgreesWithPackage(t *testing.T) {
	stdout, _, _ := runCLI(t, "", "validate", "--as-of", asOf, "--format", "json", reportDir+"fife-2023-2024-missing-aim.json", "--plan", planDir+"fife-2023-2026.json")
	var got struct {
		Results []struct {
			Kind     string         `json:"kind"`
			Findings part3.Findings `json:"findings"`
		} `json:"results"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
	require.Len(t, got.Results, 1)
	require.Equal(t, report.Kind, got.Results[0].Kind)

	r := mustRead(t, reportDir+"fife-2023-2024-missing-aim.json", report.Decode)
	p := mustRead(t, planDir+"fife-2023-2026.json", plan.Decode)
	want, err := r.JudgeAgainstPlan(p, judgement.New(period.MustParseDate(asOf)))
	require.NoError(t, err)
	require.Equal(t, want.Findings, got.Results[0].Findings)
}

// TestValidateReportCoverage checks that, with --plan, the command says
// which of the plan's three reporting periods the reports given cover, in
// words and in JSON.
func TestValidateReportCoverage(t *testing.T) {
	args := []string{"validate", "--as-of", asOf, "--plan", planDir + "fife-2023-2026.json",
		reportDir + "fife-2023-2024.json", reportDir + "fife-2023-2024-missing-aim.json", reportDir + "fife-2026-2027-wrong-period.json"}
	stdout, _, _ := runCLI(t, "", args...)
	text := strings.Join(strings.Fields(stdout), " ")
	for _, want := range []string{
		"The 2023-2026 plan's reporting periods, each to be reported on after it ends (s.13(1)), as of 2026-11-26:",
		"2023-2024 duplicated by " + reportDir + "fife-2023-2024.json and " + reportDir + "fife-2023-2024-missing-aim.json",
		"2024-2025 missing ended on 2025-03-31, with no published report among those given",
		"2025-2026 missing ended on 2026-03-31",
		"not on this plan: " + reportDir + "fife-2026-2027-wrong-period.json",
	} {
		require.Contains(t, text, want)
	}
	stdout, _, _ = runCLI(t, "", append(args, "--format", "json")...)
	var got struct {
		Plan     string          `json:"plan"`
		Coverage report.Coverage `json:"coverage"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got, json.RejectUnknownMembers(false)))
	require.Equal(t, planDir+"fife-2023-2026.json", got.Plan)
	require.Len(t, got.Coverage.Periods, 3)
	require.Equal(t, report.Duplicated, got.Coverage.Periods[0].Status)
	require.Equal(t, []int{0, 1}, got.Coverage.Periods[0].Reports)
	require.Equal(t, []int{2}, got.Coverage.Other)

	// Without --plan there is no coverage, and the rules that need the
	// plan are named as not checked.
	stdout, _, _ = runCLI(t, "", "validate", "--as-of", asOf, reportDir+"fife-2023-2024.json")
	require.NotContains(t, stdout, "reporting periods, each to be reported on")
	require.Regexp(t, `not checked\n  \d+ rules need the plan: rerun with --plan PLAN\n`, stdout)
}

func mustRead[T any](t *testing.T, file string, decode func(string, []byte) (T, error)) T {
	t.Helper()
	data, err := os.ReadFile(file)
	require.NoError(t, err)
	v, err := decode(file, data)
	require.NoError(t, err)
	return v
}

func TestValidateReportBadInput(t *testing.T) {
	tests := []struct {
		name, stdin, want string
		args              []string
	}{
		{name: "missing reporting period", stdin: `{"kind": "annual-report", "partnership": {"councils": ["Fife"]}, "plan": {"period": "2023-2026"}}`,
			args: []string{"validate", "--as-of", asOf, "-"}, want: "standard input:1:97: /reporting_period: missing value (expected the one-year period reported on"},
		{name: "unknown ground", stdin: `{"kind": "annual-report", "partnership": {"councils": ["Fife"]}, "reporting_period": "2023-2024", "plan": {"period": "2023-2026"}, "provision": {"departures": [{"description": "x", "ground": "budget"}]}}`,
			args: []string{"validate", "--as-of", asOf, "-"}, want: "/provision/departures/0/ground: invalid value"},
		{name: "a report as the plan", args: []string{"validate", "--as-of", asOf, reportDir + "fife-2023-2024.json", "--plan", reportDir + "fife-2023-2024.json"},
			want: `validate: --plan: ../../report/testdata/fife-2023-2024.json: /kind: wrong document kind: the plan to judge against is a document of kind "annual-report"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runCLI(t, tt.stdin, tt.args...)
			require.Equal(t, exitBadInput, code)
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.want)
			}
			require.Equal(t, 1, strings.Count(stderr, "\n"), "one line on stderr")
		})
	}
}

func TestSchemaAnnualReport(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "schema", report.Kind)
	require.Equal(t, exitOK, code, stderr)
	require.Equal(t, string(report.Schema()), stdout)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &v))
	require.Equal(t, map[string]any{"const": report.Kind}, v["properties"].(map[string]any)["kind"])
}

func TestReportRulesInRuleBook(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range allRules() {
		ids[r.ID] = true
	}
	for _, r := range report.Rules() {
		require.True(t, ids[r.ID], r.ID)
	}
}
