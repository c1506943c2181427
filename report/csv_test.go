package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/plan"
)

// TestOverviewCSVRoundTrip reads the CSV back with encoding/csv: a header
// with a column per criterion (6a and 6b), and a row per plan holding its
// verdicts.
func TestOverviewCSVRoundTrip(t *testing.T) {
	results := sampleResults(t)
	results[0].Review.Title = `=HYPERLINK("http://example.invalid","click")`
	o := NewOverview(results)
	var b bytes.Buffer
	require.NoError(t, o.WriteCSV(&b))
	var again bytes.Buffer
	require.NoError(t, o.WriteCSV(&again))
	require.Equal(t, b.String(), again.String(), "the same overview gives the same bytes")
	require.Contains(t, b.String(), "\r\n", "RFC 4180 lines end with CRLF")

	r := csv.NewReader(&b)
	records, err := r.ReadAll()
	require.NoError(t, err)
	require.Len(t, records, 1+len(o.Partnerships))
	header := records[0]
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, c := range plan.Criteria() {
		_, ok := col["criterion "+c.Label]
		require.True(t, ok, "no column for criterion %s", c.Label)
	}
	require.Contains(t, col, "criterion 6a")
	require.Contains(t, col, "criterion 6b")
	require.NotContains(t, col, "criterion 6")
	for i, row := range o.Partnerships {
		rec := records[i+1]
		require.Len(t, rec, len(header))
		for k, c := range o.Criteria {
			want := ""
			if row.Verdicts[k].IsValid() {
				want = row.Verdicts[k].String()
			}
			require.Equal(t, want, rec[col["criterion "+c.Label]], "%s criterion %s", row.Partnership, c.Label)
		}
		require.Equal(t, row.Period.String(), rec[col["period"]])
		title := row.Title
		if title != "" && title[0] == '=' {
			title = "'" + title // a formula is written as text
		}
		require.Equal(t, title, rec[col["title"]])
	}
}

func TestSpreadsheetText(t *testing.T) {
	for in, want := range map[string]string{
		"Fife": "Fife", "": "", "=1+1": "'=1+1", "+44": "'+44", "-x": "'-x", "@SUM(A1)": "'@SUM(A1)", "\tx": "'\tx",
	} {
		require.Equal(t, want, SpreadsheetText(in), in)
	}
}

func TestOverviewTables(t *testing.T) {
	o := NewOverview(sampleResults(t))
	tables := o.Tables()
	names := []string{}
	for _, tb := range tables {
		names = append(names, tb.Name)
		require.Len(t, tb.Numeric, len(tb.Header), tb.Name)
		for _, r := range tb.Rows {
			require.Len(t, r, len(tb.Header), tb.Name)
		}
	}
	require.Equal(t, []string{"Plans", "Criteria", "Statutory findings", "Superseded"}, names)
	require.Len(t, tables[1].Rows, len(plan.Criteria()))
}
