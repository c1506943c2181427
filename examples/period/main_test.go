package main

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/internal/golden"
	"github.com/csplanning/part3/period"
)

func TestRun(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, period.MustParseDate("2026-11-26")))
	golden.Check(t, filepath.Join("testdata", "period.golden"), out.String())
}

func TestRunBeforeCommencement(t *testing.T) {
	var out bytes.Buffer
	err := run(&out, period.MustParseDate("2017-03-31"))
	require.ErrorIs(t, err, period.ErrBeforeFirstPeriod)
	require.Empty(t, out.String(), "nothing is printed for a day in no plan period")
}
