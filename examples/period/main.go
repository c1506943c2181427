// Command period prints today's three-year plan period (section 8(1) of the
// Children and Young People (Scotland) Act 2014) and one-year reporting
// period (section 13(1)), and the key dates still to come, each with the
// provision it comes from.
//
//	go run ./examples/period
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/csplanning/part3/period"
)

func main() {
	today := period.InScotland(time.Now())
	plan, err := period.PlanPeriodOf(today)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	year, _ := period.ReportingPeriodOf(today)
	keys, _ := period.KeyDatesFor(today)

	fmt.Printf("Today in Scotland is %s.\n\n", today)
	fmt.Printf("  Plan period       %s  %s to %s  (s.8(1))\n", plan, plan.Start(), plan.End())
	fmt.Printf("  Reporting period  %s  %s to %s  (s.13(1))\n\n", year, year.Start(), year.End())
	fmt.Println("Next key dates:")
	for _, k := range keys {
		if k.Date.Before(today) {
			continue
		}
		when := fmt.Sprintf("in %d days", today.DaysUntil(k.Date))
		if k.Date == today {
			when = "today"
		}
		fmt.Printf("  %s  %s: %s [%s]\n", k.Date, when, k.Name, k.Citation)
	}
}
