package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/report"
)

// TestValidateCSV prints the findings of a batch as CSV, compares it with
// its golden file and reads it back.
func TestValidateCSV(t *testing.T) {
	stdout, stderr, code := runCLI(t, "", "validate", "--as-of", asOf, "--format", "csv",
		planDir+"highland-2021-2023.json", "../../consult/testdata/notice-unpublished.json")
	require.Equal(t, exitStatutory, code, stderr)
	golden(t, "validate.csv", stdout)
	records, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
	require.NoError(t, err)
	require.Equal(t, []string{"file", "kind", "rule", "severity", "citation", "url", "path", "message", "by"}, records[0])
	require.Len(t, records, 1+5+1, "Highland's five findings and the notice's one")
	for _, r := range records[1:] {
		require.Len(t, r, 9)
		require.NotEmpty(t, r[5], "every citation has its URL")
		require.Equal(t, r[3] == "statutory", r[8] != "", "the bodies in breach, for a statutory finding only: %q", r)
	}
}

// TestOverviewXLSXRoundTrip reads the workbook back with excelize: a
// sheet per table, numbers as numbers, verdicts as in the CSV, links on
// the citations, and the same bytes for the same overview.
func TestOverviewXLSXRoundTrip(t *testing.T) {
	o := report.NewOverview(overviewResults(t))
	var b, again bytes.Buffer
	require.NoError(t, writeXLSX(&b, o.Tables(), period.MustParseDate(asOf)))
	require.NoError(t, writeXLSX(&again, o.Tables(), period.MustParseDate(asOf)))
	require.Equal(t, b.Bytes(), again.Bytes(), "the same overview gives the same workbook")

	f, err := excelize.OpenReader(&b)
	require.NoError(t, err)
	defer f.Close()
	tables := o.Tables()
	names := make([]string, len(tables))
	for i, tb := range tables {
		names[i] = tb.Name
	}
	require.Equal(t, names, f.GetSheetList())
	for _, tb := range tables {
		rows, err := f.GetRows(tb.Name)
		require.NoError(t, err)
		require.Equal(t, tb.Header, rows[0], tb.Name)
		require.Len(t, rows, 1+len(tb.Rows), tb.Name)
		for r, want := range tb.Rows {
			got := rows[r+1]
			for len(got) < len(want) {
				got = append(got, "") // GetRows leaves off empty cells at a row's end
			}
			require.Equal(t, want, got, "%s row %d", tb.Name, r+2)
			for c, v := range want {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
				typ, err := f.GetCellType(tb.Name, cell)
				require.NoError(t, err)
				if tb.Numeric[c] && v != "" {
					require.NotEqual(t, excelize.CellTypeSharedString, typ, "%s %s is a number", tb.Name, cell)
					require.NotEqual(t, excelize.CellTypeInlineString, typ, "%s %s is a number", tb.Name, cell)
				}
				if tb.Header[c] == "url" && v != "" {
					ok, link, err := f.GetCellHyperLink(tb.Name, cell)
					require.NoError(t, err)
					require.True(t, ok, "%s %s links to the law", tb.Name, cell)
					require.Equal(t, v, link)
				}
			}
		}
	}
	// The plans sheet holds the verdicts with 6a and 6b.
	header, err := f.GetRows("Plans")
	require.NoError(t, err)
	require.Contains(t, header[0], "criterion 6a")
	require.Contains(t, header[0], "criterion 6b")
	props, err := f.GetDocProps()
	require.NoError(t, err)
	require.Equal(t, asOf+"T00:00:00Z", props.Created)
}

// TestReviewSpreadsheetNeedsOverview refuses --format csv and xlsx
// without --overview, as html.
func TestReviewSpreadsheetNeedsOverview(t *testing.T) {
	for _, format := range []string{"csv", "xlsx"} {
		_, stderr, code := runCLI(t, "", "review", "--as-of", asOf, "--format", format, planDir+"fife-2023-2026.json")
		require.Equal(t, exitBadInput, code)
		require.Equal(t, "part3: review: --format "+format+" prints the national overview; add --overview\n", stderr)
	}
}
