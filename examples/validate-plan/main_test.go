package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/golden"
	"github.com/csplanning/part3/internal/maintest"
	"github.com/csplanning/part3/period"
)

// today is the day the tests run the program on.
var today = period.MustParseDate("2026-11-26")

// TestMain lets TestExitStatus run the program itself: with
// RUN_VALIDATE_PLAN=1 in its environment the test binary is the program.
func TestMain(m *testing.M) { maintest.Main(m, "RUN_VALIDATE_PLAN", main) }

func TestRun(t *testing.T) {
	file, err := filepath.Abs(filepath.Join("testdata", "validate-plan.golden"))
	require.NoError(t, err)
	t.Chdir("../..") // the sample plan's path is relative to the repository's root, as for go run
	var out bytes.Buffer
	err = run(&out, today, nil)
	require.NoError(t, err, "the sample's breaches are what the example shows, not a failure")
	require.Equal(t, 0, exitStatus(err))
	require.Contains(t, out.String(), "The plan breaches the Act: 11 statutory findings")
	golden.Check(t, file, out.String())
}

func TestRunNoBreach(t *testing.T) {
	t.Chdir("../..")
	var out bytes.Buffer
	err := run(&out, today, []string{"plan/testdata/fife-2023-2026.json"})
	require.NoError(t, err)
	require.Equal(t, 0, exitStatus(err))
	require.Contains(t, out.String(), "Fife Children's Services Partnership, for the three-year period 2023-2026")
	require.Contains(t, out.String(), "Breaches of the Act: 0\n")
}

func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // substrings of the error
	}{
		{name: "missing file", args: []string{"testdata/no-such-plan.json"},
			want: []string{"testdata/no-such-plan.json", "no such file", "name a plan"}},
		{name: "malformed plan", args: []string{"testdata/malformed-plan.json"},
			want: []string{"testdata/malformed-plan.json:4:13", "/period", "not a three-year plan period"}},
		{name: "two plans", args: []string{"testdata/malformed-plan.json", "testdata/no-such-plan.json"},
			want: []string{"one plan at most"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, today, tt.args)
			require.Error(t, err)
			for _, s := range tt.want {
				require.Contains(t, err.Error(), s)
			}
			require.Equal(t, 2, exitStatus(err))
			require.Empty(t, out.String(), "nothing is printed for bad input")
		})
	}
}

// TestExitStatus runs the program as go run does, from the repository's
// root, on today's date: 0 for the sample with breaches and for a plan with
// none (the example ran as intended), 2 with a line on standard error for
// each problem of a plan that cannot be read.
func TestExitStatus(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{name: "sample with breaches", wantCode: 0},
		{name: "no breach", args: []string{"plan/testdata/fife-2023-2026.json"}, wantCode: 0},
		{name: "missing file", args: []string{"no-such-plan.json"}, wantCode: 2,
			wantStderr: "validate-plan: open no-such-plan.json: no such file or directory (run from the repository's root, or name a plan)\n"},
		{name: "malformed plan", args: []string{"examples/validate-plan/testdata/malformed-plan.json"}, wantCode: 2,
			wantStderr: `validate-plan: examples/validate-plan/testdata/malformed-plan.json:4:13: /period: invalid value: "2023-2025" is not a three-year plan period; the nearest is 2023-2026` + "\n" +
				`validate-plan: examples/validate-plan/testdata/malformed-plan.json:5:1: /partnership/areas: missing value (expected at least one council area with its health board)` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := maintest.Run(t, "RUN_VALIDATE_PLAN", filepath.Join("..", ".."), tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr: %s", stderr)
			require.Equal(t, tt.wantStderr, stderr)
		})
	}
}
