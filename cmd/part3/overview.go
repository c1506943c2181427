package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// overviewFormats are the formats writeOverview writes, the default first:
// the review command's --format accepts them with --overview.
var overviewFormats = []string{"text", "json", "html", "csv", "xlsx"}

// writeOverview writes the national overview o to standard output as
// text, JSON, a self-contained HTML page, CSV (the table of plans) or an
// Excel workbook (a sheet per table, dated asOf), for "part3 review
// PLAN... --overview". It returns exitStatutory when a plan counted has a
// statutory finding, exitOK otherwise, and exitBadInput (with a one-line
// error) for an unknown format or a failed write.
func writeOverview(e *env, format string, o report.Overview, asOf period.Date) int {
	var err error
	switch format {
	case "json":
		err = writeJSON(e.stdout, o)
	case "html":
		err = o.WriteHTML(e.stdout)
	case "csv":
		err = o.WriteCSV(e.stdout)
	case "xlsx":
		err = writeXLSX(e.stdout, o.Tables(), asOf)
	case "text", "":
		writeOverviewText(e.stdout, o, e.textWidth())
	default:
		return fail(e, &usageError{"review --overview: --format " + format + ": expected " + strings.Join(overviewFormats, ", ")})
	}
	if err != nil {
		return fail(e, err)
	}
	if len(o.Statutory) > 0 {
		return exitStatutory
	}
	return exitOK
}

// verdictMarks are the one-character marks of the verdicts in the table
// of partnerships.
var verdictMarks = map[plan.Verdict]string{plan.Met: "M", plan.PartlyMet: "P", plan.NotMet: "N", plan.CannotTell: "?"}

// writeOverviewText writes the national overview as text that fits width:
// the counts for each criterion, each plan's row of verdicts (M met, P
// partly met, N not met, ? cannot tell) with the partnership's name last,
// and the statutory findings by rule. It says what report.Overview's
// WriteText says, in the tool's width.
func writeOverviewText(w io.Writer, o report.Overview, width int) {
	periods := make([]string, len(o.Periods))
	for i, p := range o.Periods {
		periods[i] = p.String()
	}
	scope := fmt.Sprintf("%s for %s", countNoun(o.Plans, "plan", "plans"), countNoun(o.Councils, "council area", "council areas"))
	if len(periods) > 0 {
		scope += ", " + words.And(periods)
	}
	fmt.Fprintln(w, wrap("National overview of children's services plans: "+scope, "", width))
	fmt.Fprintln(w, wrap("Review against the 15 criteria of guidance Appendix A. Verdicts are structural (is what the criterion asks for present and linked in the plan?), not a reviewer's judgement of quality.", "", width))
	fmt.Fprintln(w)

	rows := [][]string{{" #", "met", "partly", "not met", "cannot tell", "criterion"}}
	for _, c := range o.Criteria {
		rows = append(rows, []string{fmt.Sprintf("%2d", c.Number), fmt.Sprintf("%3d", c.Met), fmt.Sprintf("%6d", c.PartlyMet),
			fmt.Sprintf("%7d", c.NotMet), fmt.Sprintf("%11d", c.CannotTell), c.Title})
	}
	writeTable(w, width, "", rows)
	fmt.Fprintln(w, wrap("Criterion 6 is one criterion in Appendix A: met when the plan covers both children's services and related services, partly met when it covers one. The national report on 2023-2026 counts it as 6a and 6b.", "", width))
	fmt.Fprintln(w)

	// Each plan's row of verdicts, beneath its name: the marks, one a
	// criterion, under the criteria's numbers.
	var head, marks strings.Builder
	for i, c := range o.Criteria {
		if i > 0 {
			head.WriteByte(' ')
		}
		head.WriteString(strconv.Itoa(c.Number))
	}
	fmt.Fprintf(w, "plan, period  %s  met  statutory\n", head.String())
	for _, r := range o.Partnerships {
		name := r.Partnership
		if r.Revision > 0 {
			name += fmt.Sprintf(" (revision %d)", r.Revision)
		}
		if !r.GuidanceApplies {
			name += " *"
		}
		marks.Reset()
		for i, v := range r.Verdicts {
			m, ok := verdictMarks[v]
			if !ok {
				m = "-"
			}
			if i > 0 {
				marks.WriteByte(' ')
			}
			n := 1
			if i < len(o.Criteria) {
				n = len(strconv.Itoa(o.Criteria[i].Number))
			}
			marks.WriteString(pad(m, n))
		}
		statutory := "-"
		if r.Validated {
			statutory = strconv.Itoa(r.Statutory)
		}
		fmt.Fprintln(w, wrap(name, "", width))
		fmt.Fprintf(w, "  %-10s  %-*s  %3d  %9s\n", r.Period, runes(head.String()), marks.String(), r.Met, statutory)
	}
	fmt.Fprintln(w, "M met, P partly met, N not met, ? cannot tell.")
	if o.ComparisonOnly > 0 {
		fmt.Fprintln(w, wrap("* a 2017-2020 plan, before the 2nd edition of the guidance: reviewed for comparison only.", "", width))
	}
	for _, s := range o.Superseded {
		fmt.Fprintln(w, wrap(fmt.Sprintf("Left out: %s %s revision %d, superseded by a later revision.", s.Partnership, s.Period, s.Revision), "", width))
	}

	fmt.Fprintf(w, "\nStatutory findings across %s validated\n", countNoun(o.Validated, "plan", "plans"))
	if len(o.Statutory) == 0 {
		fmt.Fprintln(w, "  none")
		return
	}
	rows = [][]string{{"plans", "findings", "citation", "rule"}}
	for _, rc := range o.Statutory {
		rows = append(rows, []string{fmt.Sprintf("%5d", rc.Plans), fmt.Sprintf("%8d", rc.Findings), rc.Citation.String(), rc.Rule})
	}
	writeTable(w, width, "  ", rows)
}

// countNoun says "1 plan" or "N plans".
func countNoun(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
