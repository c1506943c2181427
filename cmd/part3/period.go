package main

import (
	"fmt"
	"time"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/period"
)

func init() {
	register(&command{
		name:    "period",
		args:    "[DATE]",
		summary: "the plan period and reporting period containing DATE, with their key dates",
		detail: `
DATE is an ISO 8601 date (2026-11-26); without it, today in Scotland.

Prints the three-year plan period (s.8(1); the first began on 1 April 2017,
SSI 2016/255) and the one-year reporting period (s.13(1); 1 April to
31 March) that contain DATE, and the key dates someone asking on DATE
needs: the last day to finalise this period's plan and the next one's
(s.8(1), guidance para 101), the Scottish Government's review of this
period's plans (April to October of the year of submission, taken as the
year the period starts; guidance para 6), and the annual report due after
the current reporting period (s.13(1)) with the guidance's end-of-June
target (guidance para 129), and last year's report until its target passes.
Dates from the guidance are left out for 2017-2020: its 2nd edition applies
to plans from 1 April 2020.

A date before 1 April 2017 has no period and exits 2.`,
		example: `
$ part3 period 2026-11-26
Date:              26 November 2026
Plan period:       2026-2029 (three-year period 4): 1 April 2026 to 31 March
                   2029
Reporting period:  2026-2027 (year 1 of 3): 1 April 2026 to 31 March 2027
...`,
		bind: noFlags(runPeriod),
	})
}

func runPeriod(e *env, format string, args []string) int {
	if len(args) > 1 {
		return fail(e, &usageError{fmt.Sprintf("period: expected at most one DATE, got %d arguments; run \"part3 period -h\" for usage", len(args))})
	}
	var d period.Date
	var err error
	switch {
	case len(args) == 1:
		d, err = period.ParseDate(args[0])
	case e.now != "":
		d, err = period.ParseDate(e.now)
	default:
		d = period.InScotland(time.Now())
	}
	if err != nil {
		return fail(e, fmt.Errorf("period: %w", err))
	}
	out, err := judge.PeriodsOf(d)
	if err != nil {
		return fail(e, fmt.Errorf("period: %w", err))
	}
	p, r, keys := out.PlanPeriod.Name, out.ReportingPeriod.Name, out.KeyDates
	if format == "json" {
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	w, width := e.stdout, e.textWidth()
	fmt.Fprintf(w, "Date:              %s\n", longDate(d))
	const hang = "                   "
	fmt.Fprintln(w, wrapHanging(fmt.Sprintf("%s (three-year period %d): %s to %s", p, p.Index(), longDate(p.Start()), longDate(p.End())), "Plan period:       ", hang, width))
	fmt.Fprintln(w, wrapHanging(fmt.Sprintf("%s (year %d of 3): %s to %s", r, r.NumberInPlan(), longDate(r.Start()), longDate(r.End())), "Reporting period:  ", hang, width))
	fmt.Fprintf(w, "\nKey dates:\n")
	var rows [][]string
	for _, k := range keys {
		when := ""
		if k.Date.Before(d) {
			when = "past"
		}
		rows = append(rows, []string{k.Date.String(), pad(when, 4), fmt.Sprintf("%s [%s]", k.Name, k.Citation)})
	}
	writeTable(w, width, "  ", rows)
	if !p.GuidanceApplies() {
		fmt.Fprintln(w)
		fmt.Fprintln(w, wrap(fmt.Sprintf("The statutory guidance's 2nd edition applies to plans from 1 April 2020 (guidance para 1), so its dates are not shown for %s.", p), "", width-2))
	}
	return exitOK
}

// longDate writes d as "1 April 2026".
func longDate(d period.Date) string {
	return fmt.Sprintf("%d %s %d", d.Day(), d.Month(), d.Year())
}
