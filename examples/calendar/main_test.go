package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/golden"
	"github.com/csplanning/part3/period"
)

// today is the day the tests run the program on.
var today = period.MustParseDate("2026-11-26")

func TestRun(t *testing.T) {
	file, err := filepath.Abs(filepath.Join("testdata", "calendar.golden"))
	require.NoError(t, err)
	t.Chdir("../..") // the sample history's path is relative to the repository's root, as for go run
	var out bytes.Buffer
	require.NoError(t, run(&out, today, nil))
	golden.Check(t, file, out.String())
}

// TestRunNothingDone: a history that records nothing says nothing is
// late: with nothing recorded, every obligation is not recorded.
func TestRunNothingDone(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, today, []string{"testdata/history-nothing-done.json"}))
	require.Contains(t, out.String(), "What Angus's partnership owes under Part 3, as of 2026-11-26")
	require.Contains(t, out.String(), "Not recorded: the history says nothing of")
	require.Contains(t, out.String(), "None is late in law.")
}

func TestRunBadInput(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string // substrings of the error
	}{
		{name: "missing file", file: "testdata/no-such-history.json",
			want: []string{"testdata/no-such-history.json", "no such file", "name a planning history"}},
		{name: "impossible date", file: "testdata/history-malformed.json",
			want: []string{"testdata/history-malformed.json", "/plans/0/prepared", "2026-02-30"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := run(&out, today, []string{tt.file})
			require.Error(t, err)
			for _, s := range tt.want {
				require.Contains(t, err.Error(), s)
			}
			require.Empty(t, out.String(), "nothing is printed for bad input")
		})
	}
}
