package main

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/judge"
)

func TestDiffGolden(t *testing.T) {
	highland := []string{planDir + "highland-2017-2020.json", planDir + "highland-2021-2023.json"}
	reports := []string{reportDir + "fife-2023-2024.json", reportDir + "fife-2024-2025-late.json"}
	tests := []struct {
		name   string
		args   []string
		golden string
	}{
		{"plans, text", highland, "diff-plans.golden"},
		{"plans, json", append([]string{"--format", "json"}, highland...), "diff-plans.json.golden"},
		{"plans, csv", append([]string{"--format", "csv"}, highland...), "diff-plans.csv"},
		{"a plan and its revision", []string{planDir + "fife-2023-2026.json", planDir + "fife-2023-2026-revision-1.json"}, "diff-revision.golden"},
		{"two years' reports", reports, "diff-reports.golden"},
		{"two years' reports, csv", append([]string{"--format", "csv"}, reports...), "diff-reports.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", append([]string{"diff", "--as-of", asOf}, tt.args...)...)
			// A diff is not a verdict: Highland's statutory finding in
			// the new version does not set exit status 1.
			require.Equal(t, exitOK, code, stderr)
			require.Empty(t, stderr)
			golden(t, tt.golden, stdout)
		})
	}
}

// TestDiffRoundTrip reads the JSON and CSV back and checks them against
// each other: every change is a row.
func TestDiffRoundTrip(t *testing.T) {
	files := []string{planDir + "highland-2017-2020.json", planDir + "highland-2021-2023.json"}
	stdout, _, code := runCLI(t, "", append([]string{"diff", "--as-of", asOf, "--format", "json"}, files...)...)
	require.Equal(t, exitOK, code)
	var d judge.Diff
	require.NoError(t, json.Unmarshal([]byte(stdout), &d))
	require.Equal(t, "childrens-services-plan", d.Kind)
	require.Len(t, d.Findings.Introduced, 5)
	require.Empty(t, d.Findings.Resolved)
	require.Len(t, d.Verdicts, 4)
	require.Len(t, d.Priorities.Removed, 4)
	for _, v := range d.Verdicts {
		require.NotEqual(t, v.Old, v.New)
	}

	stdout, _, code = runCLI(t, "", append([]string{"diff", "--as-of", asOf, "--format", "csv"}, files...)...)
	require.Equal(t, exitOK, code)
	records, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"change", "item", "id", "severity", "citation", "url", "path", "old", "new", "message"}, records[0])
	count := map[string]int{}
	for _, r := range records[1:] {
		count[r[0]+" "+r[1]]++
	}
	require.Equal(t, map[string]int{"introduced finding": 5, "changed criterion": 4, "removed priority": 4}, count)
}

func TestDiffBadInput(t *testing.T) {
	tests := []struct {
		name, stderr string
		args         []string
	}{
		{"one file", "part3: diff: expected two files, OLD and NEW, got 1; run \"part3 diff -h\" for usage\n", []string{"--as-of", asOf, planDir + "fife-2023-2026.json"}},
		{"no date", "", []string{planDir + "fife-2023-2026.json", planDir + "fife-2023-2026.json"}},
		{"two kinds", "", []string{"--as-of", asOf, planDir + "fife-2023-2026.json", reportDir + "fife-2023-2024.json"}},
		{"bad input", "", []string{"--as-of", asOf, planDir + "fife-2023-2026.json", "testdata/validate/annual-reprot.json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, "", append([]string{"diff"}, tt.args...)...)
			require.Equal(t, exitBadInput, code)
			require.Empty(t, stdout)
			require.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
			if tt.stderr != "" {
				require.Equal(t, tt.stderr, stderr)
			}
		})
	}
}
