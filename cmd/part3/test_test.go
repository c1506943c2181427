package main

import (
	"regexp"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/scenarios"
)

const testDir = "testdata/test/"

func TestTestGolden(t *testing.T) {
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
	}{
		{name: "test-text.golden", wantCode: exitStatutory, args: []string{"test", testDir + "cases.json"}},
		{name: "test-json.golden", wantCode: exitStatutory, args: []string{"test", testDir + "cases.json", "--format", "json"}},
		{name: "test-dir.golden", wantCode: exitOK, args: []string{"test", testDir + "dir"}},
		{name: "test-known.golden", wantCode: exitOK, args: []string{"test", testDir + "known.json"}},
		{name: "test-bad-input.golden", wantCode: exitBadInput, args: []string{"test", testDir + "bad.json", testDir + "dir/periods.json", testDir + "missing", testDir + "documents-only"}},
		{name: "test-bad-input.json.golden", wantCode: exitBadInput, args: []string{"test", "--format", "json", testDir + "bad.json", testDir + "dir/periods.json"}},
		{name: "test-stdin.golden", wantCode: exitOK, args: []string{"test", "-"},
			stdin: `{"kind": "scenarios", "title": "From standard input", "cases": [{"name": "A newborn is a child", "citation": "s.97(1)", "child": {"date_of_birth": "2026-05-01", "on": "2026-05-01", "expect": {"child": true}}}]}`},
		{name: "test-usage.golden", wantCode: exitBadInput, args: []string{"test"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr %q", code, tt.wantCode, stderr)
			}
			golden(t, tt.name, stdout+stderrSection(stderr))
			if code == exitBadInput {
				for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
					require.True(t, strings.HasPrefix(line, "part3: "), "stderr line %q", line)
				}
			}
		})
	}
}

// TestTestSummaryLine checks the last line of the text output is exactly
// "N passed, N failed", and that the JSON output is one value with the
// same counts.
func TestTestSummaryLine(t *testing.T) {
	stdout, _, _ := runCLI(t, "", "test", testDir+"cases.json")
	lines := strings.Split(strings.TrimRight(stdout, "\n"), "\n")
	require.Equal(t, "3 passed, 1 failed", lines[len(lines)-1])

	stdout, _, _ = runCLI(t, "", "test", testDir+"cases.json", "--format", "json")
	var out struct {
		Passed, Failed int
	}
	require.NoError(t, json.Unmarshal([]byte(stdout), &out, json.MatchCaseInsensitiveNames(true)))
	require.Equal(t, 3, out.Passed)
	require.Equal(t, 1, out.Failed)
}

// TestTestSuite runs the repository's own scenario suite through the
// command: every case passes (known failures aside) and there are at least
// 60.
func TestTestSuite(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "test", "../../scenarios")
	require.Equal(t, exitOK, code, "stderr %q\n%s", stderr, stdout)
	m := regexp.MustCompile(`(?m)^(\d+) passed, 0 failed$`).FindStringSubmatch(stdout)
	require.NotNil(t, m, "no summary line in\n%s", stdout)
	require.GreaterOrEqual(t, len(m[1]), 2, "fewer than 10 cases pass")
	require.NotContains(t, stdout, "\nFAIL ")
}

func TestSchemaScenarios(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "schema", "scenarios")
	require.Equal(t, exitOK, code, stderr)
	require.Equal(t, strings.TrimSpace(string(scenarios.Schema())), strings.TrimSpace(stdout))
	var v map[string]any
	require.NoError(t, json.Unmarshal([]byte(stdout), &v), "the schema is not JSON")
}
