package main

import (
	"os"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

const (
	reportDir = "../../report/testdata/"
	planDir   = "../../plan/testdata/"
)

// withPlanKind registers package plan's document kind for one test, if
// this build does not register it already.
func withPlanKind(t *testing.T) {
	t.Helper()
	if _, ok := kinds[planKind]; ok {
		return
	}
	kinds[planKind] = &docKind{
		name:     planKind,
		schema:   plan.Schema,
		decode:   func(file string, data []byte) (any, error) { return plan.Decode(file, data) },
		validate: func(doc any) part3.Findings { return plan.Validate(doc.(plan.Plan), plan.Options{}) },
	}
	t.Cleanup(func() { delete(kinds, planKind) })
}

func TestValidateReportGolden(t *testing.T) {
	withPlanKind(t)
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"validate-report-against-plan.golden", []string{"validate", reportDir + "fife-2023-2024.json", reportDir + "fife-2023-2024-missing-aim.json",
			reportDir + "fife-2023-2024-unknown-indicator.json", reportDir + "fife-2026-2027-wrong-period.json", "--plan", planDir + "fife-2023-2026.json"}, exitStatutory},
		{"validate-report-against-plan.json.golden", []string{"validate", "--format", "json", reportDir + "fife-2023-2024-early.json",
			reportDir + "fife-2023-2024-unknown-indicator.json", "--plan", planDir + "fife-2023-2026.json"}, exitStatutory},
		{"validate-report-late.golden", []string{"validate", reportDir + "fife-2024-2025-late.json", "--plan", planDir + "fife-2023-2026-revision-1.json"}, exitOK},
		{"validate-report-alone.golden", []string{"validate", reportDir + "fife-2023-2024-early.json", reportDir + "highland-2018-2019.json"}, exitStatutory},
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
// exactly the findings of report.ValidateAgainstPlan.
func TestValidateReportAgreesWithPackage(t *testing.T) {
	withPlanKind(t)
	stdout, _, _ := runCLI(t, "", "validate", "--format", "json", reportDir+"fife-2023-2024-missing-aim.json", "--plan", planDir+"fife-2023-2026.json")
	var got []struct {
		Kind     string         `json:"kind"`
		Findings part3.Findings `json:"findings"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &got))
	require.Len(t, got, 1)
	require.Equal(t, report.Kind, got[0].Kind)

	r := mustRead(t, reportDir+"fife-2023-2024-missing-aim.json", report.Decode)
	p := mustRead(t, planDir+"fife-2023-2026.json", plan.Decode)
	require.Equal(t, report.ValidateAgainstPlan(r, p, report.Options{}).Findings, got[0].Findings)
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
	withPlanKind(t)
	tests := []struct {
		name, stdin, want string
		args              []string
	}{
		{name: "missing reporting period", stdin: `{"kind": "annual-report", "partnership": {"councils": ["Fife"]}, "plan": {"period": "2023-2026"}}`,
			args: []string{"validate", "-"}, want: "-: /reporting_period: missing value (expected the one-year period reported on"},
		{name: "unknown ground", stdin: `{"kind": "annual-report", "partnership": {"councils": ["Fife"]}, "reporting_period": "2023-2024", "plan": {"period": "2023-2026"}, "provision": {"departures": [{"description": "x", "ground": "budget"}]}}`,
			args: []string{"validate", "-"}, want: "/provision/departures/0/ground: invalid value"},
		{name: "a report as the plan", args: []string{"validate", reportDir + "fife-2023-2024.json", "--plan", reportDir + "fife-2023-2024.json"},
			want: `--plan names a document of kind "annual-report"`},
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
