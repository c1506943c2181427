package judge

import (
	"io"
	"strings"

	"github.com/csplanning/part3/report"
)

// FindingsTable returns the findings of every result of a, in order, as
// one table for a spreadsheet, with the columns file, kind, rule,
// severity, citation, url (the address of the text cited), path, message
// and by (the bodies in breach of a statutory finding, joined with "; ",
// empty for any other finding): one row per finding a result lists. A document that could not
// be read is one row with severity "error", its JSON path and the
// problem, so that no file of a batch goes missing from the sheet. The
// findings a request's MaxFindings left out are not listed.
func (a Answer) FindingsTable() report.Table {
	t := report.Table{Name: "Findings", Header: []string{"file", "kind", "rule", "severity", "citation", "url", "path", "message", "by"}}
	for _, r := range a.Results {
		if r.Error != nil {
			t.Rows = append(t.Rows, []string{r.File, r.Kind, "", "error", "", "", r.Error.Path, r.Error.Message, ""})
			continue
		}
		for _, f := range r.Findings {
			t.Rows = append(t.Rows, []string{r.File, r.Kind, f.Rule, f.Severity.String(), f.Citation.String(), f.Citation.URL(), f.Path, f.Message, strings.Join(f.By, "; ")})
		}
	}
	return t
}

// WriteFindingsCSV writes [Answer.FindingsTable] as CSV (RFC 4180, with
// a header row and CRLF line ends), as the command-line tool's --format
// csv prints the findings of a batch. The same answer gives the same
// bytes.
func (a Answer) WriteFindingsCSV(w io.Writer) error {
	return a.FindingsTable().WriteCSV(w)
}
