package main

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"
)

func TestReviewGolden(t *testing.T) {
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
	}{
		{"review-tayside.golden", "", []string{"review", "--as-of", asOf, planSamples + "tayside-2023-2026.json"}, exitOK},
		{"review-samples.golden", "", append([]string{"review", "--as-of", asOf}, samplePlans...), exitOK},
		{"review-tayside.json.golden", "", []string{"review", "--as-of", asOf, planSamples + "tayside-2023-2026.json", "--format", "json"}, exitOK},
		{"review-bad-input.golden", `{"kind": "notice-of-disagreement"}`,
			[]string{"review", "--as-of", asOf, planSamples + "fife-2023-2026.json", "-", validateDir + "plan-dangling-priority.json", validateDir + "missing.json"}, exitBadInput},
		{"review-bad-input.json.golden", "",
			[]string{"review", "--as-of", asOf, "--format", "json", validateDir + "plan-dangling-priority.json", planSamples + "highland-2017-2020.json"}, exitBadInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.stdin, tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr %q", stderr)
			golden(t, tt.name, stdout+stderrSection(stderr))
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				if line != "" && !strings.HasPrefix(line, "part3: ") {
					t.Errorf("stderr line %q does not start with part3:", line)
				}
			}
		})
	}
}

func TestReviewJSON(t *testing.T) {
	stdout, _, code := runCLI(t, "", "review", "--as-of", asOf, "--format", "json", planSamples+"fife-2023-2026.json", planSamples+"breaches-2023-2026.json")
	require.Equal(t, exitOK, code)
	var ans struct {
		Results []reviewJSON `json:"results"`
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &ans, json.RejectUnknownMembers(false)))
	v := ans.Results
	require.Len(t, v, 2)
	r := v[0].Review
	require.Equal(t, "Fife Children's Services Partnership", r.Partnership)
	require.Equal(t, []string{"Fife"}, r.Councils)
	require.Equal(t, "2023-2026", r.Period)
	require.Len(t, r.Criteria, 16) // 6a and 6b
	require.Equal(t, "guidance appendix A criterion 15", r.Criteria[15].Citation)
	require.Equal(t, "met", r.Criteria[0].Verdict)
	require.Equal(t, []string{"/vision"}, r.Criteria[0].Evidence)
	require.Len(t, r.Steps, 10)
	require.Equal(t, "guidance appendix B step 10", r.Steps[9].Citation)
	require.Equal(t, "not-met", v[1].Review.Criteria[1].Verdict)
}

// reviewJSON is the part of a review result TestReviewJSON reads.
type reviewJSON struct {
	File   string `json:"file"`
	Review struct {
		Partnership string   `json:"partnership"`
		Councils    []string `json:"councils"`
		Period      string   `json:"period"`
		Criteria    []struct {
			Number   int      `json:"number"`
			Citation string   `json:"citation"`
			Verdict  string   `json:"verdict"`
			Evidence []string `json:"evidence"`
			Reason   string   `json:"reason"`
		} `json:"criteria"`
		Steps []struct {
			Citation string `json:"citation"`
		} `json:"steps"`
	} `json:"review"`
}

func TestReviewUsage(t *testing.T) {
	_, stderr, code := runCLI(t, "", "review", "--as-of", asOf)
	require.Equal(t, exitBadInput, code)
	require.Contains(t, stderr, "review: no plan given")
	_, stderr, code = runCLI(t, "", "review", planSamples+"fife-2023-2026.json")
	require.Equal(t, exitBadInput, code)
	require.Contains(t, stderr, "review: no as-of date")
	stdout, _, code := runCLI(t, "", "review", "-h")
	require.Equal(t, exitOK, code)
	require.Contains(t, stdout, "structural")
}
