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
// RUN_NATIONAL_REVIEW=1 in its environment the test binary is the program.
func TestMain(m *testing.M) { maintest.Main(m, "RUN_NATIONAL_REVIEW", main) }

func TestRun(t *testing.T) {
	file, err := filepath.Abs(filepath.Join("testdata", "national-review.golden"))
	require.NoError(t, err)
	t.Chdir("../..") // the sample plans' paths are relative to the repository's root, as for go run
	var out bytes.Buffer
	require.NoError(t, run(&out, today, nil))
	golden.Check(t, file, out.String())
}

func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []string // substrings of the error
	}{
		{name: "missing file", files: []string{"testdata/no-such-plan.json"},
			want: []string{"testdata/no-such-plan.json", "no such file", "name the plans"}},
		{name: "unknown council", files: []string{"testdata/unknown-council.json"},
			want: []string{"testdata/unknown-council.json:6:19", "/partnership/areas/0/council", `unknown council area "Gotham"`}},
		{name: "a bad file among good ones", files: []string{"../../plan/testdata/fife-2023-2026.json", "testdata/unknown-council.json"},
			want: []string{"testdata/unknown-council.json:6:19"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, today, tt.files)
			require.Error(t, err)
			for _, s := range tt.want {
				require.Contains(t, err.Error(), s)
			}
			require.Empty(t, out.String(), "nothing is reviewed when a plan cannot be read")
		})
	}
}

// TestExitStatus runs the program as go run does, from the repository's
// root, on today's date: the overview of the samples exits 0 although it
// counts statutory findings; a plan that cannot be read exits 2 with one
// line on standard error.
func TestExitStatus(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr string
	}{
		{name: "samples", wantCode: 0},
		{name: "missing file", args: []string{"no-such-plan.json"}, wantCode: 2,
			wantStderr: "national-review: open no-such-plan.json: no such file or directory (run from the repository's root, or name the plans)\n"},
		{name: "unknown council", args: []string{"examples/national-review/testdata/unknown-council.json"}, wantCode: 2,
			wantStderr: `national-review: examples/national-review/testdata/unknown-council.json:6:19: /partnership/areas/0/council: invalid value: unknown council area "Gotham" (expected the name or GSS code of one of Scotland's 32 council areas)` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stderr := maintest.Run(t, "RUN_NATIONAL_REVIEW", filepath.Join("..", ".."), tt.args...)
			require.Equal(t, tt.wantCode, code, "stderr: %s", stderr)
			require.Equal(t, tt.wantStderr, stderr)
		})
	}
}
