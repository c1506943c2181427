package main

import (
	"strings"

	"github.com/csplanning/part3/report"
)

// overviewFormats are the formats writeOverview writes, the default first:
// the review command's --format accepts them with --overview.
var overviewFormats = []string{"text", "json", "html"}

// writeOverview writes the national overview o to standard output as
// text, JSON or a self-contained HTML page, for "part3 review PLAN...
// --overview". It returns exitStatutory when a plan counted has a
// statutory finding, exitOK otherwise, and exitBadInput (with a one-line
// error) for an unknown format or a failed write.
func writeOverview(e *env, format string, o report.Overview) int {
	var err error
	switch format {
	case "json":
		err = writeJSON(e.stdout, o)
	case "html":
		err = o.WriteHTML(e.stdout)
	case "text", "":
		err = o.WriteText(e.stdout)
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
