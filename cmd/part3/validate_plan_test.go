package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/plan"
)

// planSamples is the folder of the sample plans.
const planSamples = "../../plan/testdata/"

var samplePlans = []string{
	planSamples + "fife-2023-2026.json",
	planSamples + "tayside-2023-2026.json",
	planSamples + "highland-2017-2020.json",
	planSamples + "highland-2021-2023.json",
	planSamples + "breaches-2023-2026.json",
}

func TestValidatePlanGolden(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
	}{
		{"validate-plan-fife.golden", []string{"validate", "--as-of", asOf, planSamples + "fife-2023-2026.json"}, exitOK},
		{"validate-plan-samples.golden", append([]string{"validate", "--as-of", asOf}, samplePlans...), exitStatutory},
		{"validate-plan-samples.json.golden", append([]string{"validate", "--as-of", asOf, "--format", "json"}, samplePlans...), exitStatutory},
		{"validate-plan-bad-input.golden", []string{"validate", "--as-of", asOf, planSamples + "fife-2023-2026.json", validateDir + "plan-dangling-priority.json"}, exitBadInput},
		{"validate-notice-against-real-plan.golden", []string{"validate", "--as-of", asOf, "--plan", planSamples + "rules/base.json", noticeDir + "notice-police-valid.json"}, exitOK},
		// A cap on the findings keeps the most severe and says how many
		// more there are; the exit status still counts them all.
		{"validate-max-findings.golden", []string{"validate", "--as-of", asOf, "--max-findings", "3", planSamples + "breaches-2023-2026.json", planSamples + "fife-2023-2026.json"}, exitStatutory},
		{"validate-max-findings.json.golden", []string{"validate", "--as-of", asOf, "--max-findings", "2", "--format", "json", planSamples + "highland-2021-2023.json"}, exitStatutory},
		{"review-max-findings.json.golden", []string{"review", "--as-of", asOf, "--max-findings", "1", "--format", "json", "--overview", planSamples + "highland-2021-2023.json"}, exitStatutory},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr %q", stderr)
			golden(t, tt.name, stdout+stderrSection(stderr))
		})
	}
}

func TestMaxFindingsUsage(t *testing.T) {
	for _, cmd := range []string{"validate", "review"} {
		_, stderr, code := runCLI(t, "", cmd, "--as-of", asOf, "--max-findings", "-1", planSamples+"fife-2023-2026.json")
		require.Equal(t, exitBadInput, code)
		require.Contains(t, stderr, "--max-findings -1: expected a number of findings, or 0 for all")
	}
}

func TestValidatePlanTextGroupsBySeverity(t *testing.T) {
	stdout, _, code := runCLI(t, "", "validate", "--as-of", asOf, planSamples+"breaches-2023-2026.json")
	require.Equal(t, exitStatutory, code)
	s, g, p := strings.Index(stdout, "\nstatutory\n"), strings.Index(stdout, "\nguidance\n"), strings.Index(stdout, "\npractice\n")
	require.True(t, s > 0 && s < g && g < p, "statutory, then guidance, then practice:\n%s", stdout)
	require.Contains(t, stdout, "  s.10(7)(a)(i) /publication/sent_to_ministers\n")
}

func TestValidatePlanJSONIsFindings(t *testing.T) {
	stdout, _, _ := runCLI(t, "", "validate", "--as-of", asOf, "--format", "json", planSamples+"highland-2021-2023.json")
	var v struct {
		Results []struct {
			File     string `json:"file"`
			Kind     string `json:"kind"`
			Findings []struct {
				Rule     string `json:"rule"`
				Severity string `json:"severity"`
				Path     string `json:"path"`
			} `json:"findings"`
		} `json:"results"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &v, json.RejectUnknownMembers(false)))
	require.Len(t, v.Results, 1)
	require.Equal(t, plan.Kind, v.Results[0].Kind)
	var rules []string
	for _, f := range v.Results[0].Findings {
		rules = append(rules, f.Rule)
	}
	require.Contains(t, rules, "plan.title-matches-period")
	require.Contains(t, rules, "plan.prepared-before-period")
}

func TestSchemaPlan(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "schema", plan.Kind)
	require.Equal(t, exitOK, code, stderr)
	require.Equal(t, string(plan.Schema()), stdout)
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &v))
	require.Equal(t, "Children's services plan", v["title"])
}

// TestValidatePlan2017 checks that a 2017-2020 plan is not simply said to
// have no findings: the command says the guidance's checks were not made,
// and why.
func TestValidatePlan2017(t *testing.T) {
	stdout, _, code := runCLI(t, "", "validate", "--as-of", asOf, planSamples+"highland-2017-2020.json")
	require.Equal(t, exitOK, code)
	require.Regexp(t, `not checked guidance checks are not available for a 2017-2020 plan \(the 2nd edition applies from 1 April 2020\): \d+ rules Judged`, strings.Join(strings.Fields(stdout), " "))
}
