// Command period prints today's three-year plan period (section 8(1) of the
// Children and Young People (Scotland) Act 2014) and one-year reporting
// period (section 13(1)), and the key dates still to come, each with the
// provision it comes from.
//
//	go run ./examples/period
//
// Exit status 0; 2 if today falls in no plan period (before 1 April 2017).
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/csplanning/part3/period"
)

func main() {
	if err := run(os.Stdout, period.InScotland(time.Now())); err != nil {
		fmt.Fprintln(os.Stderr, "period:", err)
		os.Exit(2)
	}
}

// run writes to w the periods that today falls in and the key dates still
// to come.
func run(w io.Writer, today period.Date) error {
	plan, err := period.PlanPeriodOf(today)
	if err != nil {
		return err
	}
	year, err := period.ReportingPeriodOf(today)
	if err != nil {
		return err
	}
	keys, err := period.KeyDatesFor(today)
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "Today in Scotland is %s.\n\n", today)
	fmt.Fprintf(w, "  Plan period       %s  %s to %s  (s.8(1), SSI 2016/255)\n", plan, plan.Start(), plan.End())
	fmt.Fprintf(w, "  Reporting period  %s  %s to %s  (s.13(1))\n\n", year, year.Start(), year.End())
	fmt.Fprintln(w, "Next key dates:")
	for _, k := range keys {
		if k.Date.Before(today) {
			continue
		}
		when := fmt.Sprintf("in %d days", today.DaysUntil(k.Date))
		if k.Date == today {
			when = "today"
		}
		fmt.Fprintf(w, "  %s  %s: %s [%s]\n", k.Date, when, k.Name, k.Citation)
	}
	return nil
}
