package judge

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func TestCompareFindings(t *testing.T) {
	r := part3.Rule{ID: "plan.x", Severity: part3.Statutory, Citation: part3.Act("8(1)"), Summary: "x"}
	q := part3.Rule{ID: "plan.y", Severity: part3.Practice, Citation: part3.GuidancePara(97), Summary: "y"}
	old := part3.Findings{r.Finding("/a", "old words"), r.Finding("/b", "1"), r.Finding("/b", "2"), q.Finding("/a", "q")}
	new := part3.Findings{r.Finding("/a", "new words"), r.Finding("/b", "1"), q.Finding("/c", "q")}
	got := compareFindings(old, new)
	// Matched by rule and path, whatever the words; two at one path match
	// one, and the other is resolved.
	require.Equal(t, part3.Findings{r.Finding("/a", "new words"), r.Finding("/b", "1")}, got.Unchanged)
	require.Equal(t, part3.Findings{r.Finding("/b", "2"), q.Finding("/a", "q")}, got.Resolved)
	require.Equal(t, part3.Findings{q.Finding("/c", "q")}, got.Introduced)
}

func TestCompare(t *testing.T) {
	read := func(name string) Input {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		return Input{File: name, Data: data}
	}
	ctx := judgement.New(period.MustParseDate("2026-11-26"))
	old, new := read("../plan/testdata/highland-2017-2020.json"), read("../plan/testdata/highland-2021-2023.json")
	d, err := Compare(old, new, ctx)
	require.NoError(t, err)
	require.True(t, d.HasChanges())
	// Comparing the other way round swaps resolved and introduced.
	back, err := Compare(new, old, ctx)
	require.NoError(t, err)
	require.Equal(t, d.Findings.Introduced, back.Findings.Resolved)
	require.Equal(t, d.Priorities.Removed, back.Priorities.Added)
	for i, v := range d.Verdicts {
		require.Equal(t, v.Old, back.Verdicts[i].New)
	}
	// A version compared with itself has no changes.
	same, err := Compare(new, new, ctx)
	require.NoError(t, err)
	require.False(t, same.HasChanges())

	_, err = Compare(old, read("../report/testdata/fife-2023-2024.json"), ctx)
	require.ErrorIs(t, err, part3.ErrWrongKind)
	var pe *ProblemError
	_, err = Compare(old, Input{File: "broken.json", Data: []byte("{")}, ctx)
	require.ErrorAs(t, err, &pe)
}
