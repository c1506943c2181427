package judge_test

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// TestFindingsCSVRoundTrip reads the CSV of a batch back with
// encoding/csv: a row per finding, in the answer's order, and a row for a
// file that is bad input.
func TestFindingsCSVRoundTrip(t *testing.T) {
	var docs []judge.Input
	for _, name := range []string{"../plan/testdata/highland-2021-2023.json", "../consult/testdata/notice-unpublished.json"} {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		docs = append(docs, judge.Input{File: name, Data: data})
	}
	docs = append(docs, judge.Input{File: "broken.json", Data: []byte(`{"kind": "childrens-services-plan", "bogus": 1}`)})
	ans, err := judge.Judge(judge.Request{Documents: docs, Context: judgement.New(period.MustParseDate("2026-11-26"))})
	require.NoError(t, err)

	var b bytes.Buffer
	require.NoError(t, ans.WriteFindingsCSV(&b))
	records, err := csv.NewReader(&b).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"file", "kind", "rule", "severity", "citation", "url", "path", "message", "by"}, records[0])
	var want [][]string
	for _, r := range ans.Results {
		if r.Error != nil {
			want = append(want, []string{r.File, r.Kind, "", "error", "", "", r.Error.Path, r.Error.Message, ""})
			continue
		}
		for _, f := range r.Findings {
			want = append(want, []string{r.File, r.Kind, f.Rule, f.Severity.String(), f.Citation.String(), f.Citation.URL(), f.Path, f.Message, strings.Join(f.By, "; ")})
		}
	}
	require.Greater(t, len(want), 3)
	// Highland's late plan names its joint planners; no other row names
	// anyone.
	named := 0
	for _, row := range want {
		if row[8] != "" {
			named++
			require.Equal(t, "statutory", row[3])
			require.Equal(t, "The Highland Council; NHS Highland", row[8])
		}
	}
	require.Equal(t, 1, named)
	require.Equal(t, want, records[1:])
}
