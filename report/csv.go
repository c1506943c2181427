package report

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/csplanning/part3/plan"
)

// Table is one table of the national overview, for a spreadsheet: a name
// (a sheet's), a header row, and rows of cells as text. Numeric reports,
// for each column, whether its cells are numbers, so that a spreadsheet
// can hold them as numbers.
type Table struct {
	Name    string
	Header  []string
	Numeric []bool
	Rows    [][]string
}

// Tables returns the overview as tables, in order: "Plans", one row per
// plan with a column per criterion of Appendix A (criterion 6 in its two
// parts, 6a and 6b); "Criteria", the counts of verdicts for each
// criterion; "Statutory findings", the statutory findings by rule; and
// "Superseded", the earlier versions left out. Each verdict is written as
// its JSON form (met, partly-met, not-met, cannot-tell), "" where the
// review has none; each citation is followed by the address of its text.
func (o Overview) Tables() []Table {
	plans := Table{Name: "Plans", Header: []string{"partnership", "councils", "period", "title", "revision", "guidance_applies"}}
	for _, c := range o.Criteria {
		plans.Header = append(plans.Header, "criterion "+c.Label)
	}
	plans.Header = append(plans.Header, "met", "validated", "statutory_findings")
	plans.Numeric = numeric(len(plans.Header), 4, len(plans.Header)-3, len(plans.Header)-1)
	for _, r := range o.Partnerships {
		councils := make([]string, len(r.Councils))
		for i, c := range r.Councils {
			councils[i] = c.Name()
		}
		row := []string{r.Partnership, strings.Join(councils, "; "), r.Period.String(), r.Title,
			strconv.Itoa(r.Revision), strconv.FormatBool(r.GuidanceApplies)}
		for i := range o.Criteria {
			v := plan.Verdict(0)
			if i < len(r.Verdicts) {
				v = r.Verdicts[i]
			}
			row = append(row, verdictCell(v))
		}
		statutory := ""
		if r.Validated {
			statutory = strconv.Itoa(r.Statutory)
		}
		plans.Rows = append(plans.Rows, append(row, strconv.Itoa(r.Met), strconv.FormatBool(r.Validated), statutory))
	}

	criteria := Table{Name: "Criteria", Header: []string{"criterion", "title", "citation", "url", "met", "partly_met", "not_met", "cannot_tell"}}
	criteria.Numeric = numeric(len(criteria.Header), 4, 5, 6, 7)
	for _, c := range o.Criteria {
		criteria.Rows = append(criteria.Rows, []string{c.Label, c.Title, c.Citation.String(), c.Citation.URL(),
			strconv.Itoa(c.Met), strconv.Itoa(c.PartlyMet), strconv.Itoa(c.NotMet), strconv.Itoa(c.CannotTell)})
	}

	statutory := Table{Name: "Statutory findings", Header: []string{"rule", "citation", "url", "plans", "findings"}}
	statutory.Numeric = numeric(len(statutory.Header), 3, 4)
	for _, rc := range o.Statutory {
		statutory.Rows = append(statutory.Rows, []string{rc.Rule, rc.Citation.String(), rc.Citation.URL(), strconv.Itoa(rc.Plans), strconv.Itoa(rc.Findings)})
	}

	superseded := Table{Name: "Superseded", Header: []string{"partnership", "period", "revision"}, Numeric: numeric(3, 2)}
	for _, s := range o.Superseded {
		superseded.Rows = append(superseded.Rows, []string{s.Partnership, s.Period.String(), strconv.Itoa(s.Revision)})
	}
	return []Table{plans, criteria, statutory, superseded}
}

// numeric returns n flags, true at the given columns.
func numeric(n int, cols ...int) []bool {
	out := make([]bool, n)
	for _, c := range cols {
		out[c] = true
	}
	return out
}

// verdictCell is a verdict as a cell: its text form, "" for none.
func verdictCell(v plan.Verdict) string {
	if !v.IsValid() {
		return ""
	}
	return v.String()
}

// WriteCSV writes the overview's table of plans (the first of
// [Overview.Tables]) as CSV (RFC 4180: comma-separated, fields quoted
// where they need it, CRLF line ends), with a header row: one row per
// plan, a column per criterion of Appendix A with 6a and 6b, for a
// spreadsheet. The same overview gives the same bytes.
func (o Overview) WriteCSV(w io.Writer) error {
	return o.Tables()[0].WriteCSV(w)
}

// WriteCSV writes t as CSV (RFC 4180), its header first, with CRLF line
// ends. A text cell that a spreadsheet would take for a formula (one that
// starts with "=", "+", "-", "@", a tab or a carriage return, as a title
// copied from a document might) is written with a leading apostrophe, so
// that opening the file runs nothing; numeric columns are written as they
// are.
func (t Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(t.Header); err != nil {
		return err
	}
	row := make([]string, len(t.Header))
	for _, r := range t.Rows {
		row = row[:0]
		for i, cell := range r {
			if i >= len(t.Numeric) || !t.Numeric[i] {
				cell = SpreadsheetText(cell)
			}
			row = append(row, cell)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// SpreadsheetText returns s as a CSV cell that a spreadsheet shows as text:
// s itself, or, when s starts with a character that makes a spreadsheet
// read a formula ("=", "+", "-", "@", a tab or a carriage return), s after
// an apostrophe, which spreadsheets hide.
func SpreadsheetText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
