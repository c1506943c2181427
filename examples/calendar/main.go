// Command calendar prints what a partnership owes under Part 3 of the
// Children and Young People (Scotland) Act 2014 as of today: what it has
// met, what is late and how binding the lateness is, and what falls due
// next, each with the provision it comes from. It reads the sample planning
// history of Fife's partnership in duty/testdata.
//
//	go run ./examples/calendar            (from the repository's root)
//	go run ./examples/calendar FILE       (another planning history)
package main

import (
	"fmt"
	"os"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/period"
)

func main() {
	file := "duty/testdata/history-fife.json"
	if len(os.Args) > 1 {
		file = os.Args[1]
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "calendar: %v (run from the repository's root, or name a planning history)\n", err)
		os.Exit(2)
	}
	h, err := duty.DecodeHistory(file, data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "calendar:", err)
		os.Exit(2)
	}
	today := period.InScotland(time.Now())
	c, err := duty.NewCalendar(h.Council, today, h, duty.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "calendar:", err)
		os.Exit(2)
	}

	fmt.Printf("What %s's partnership owes under Part 3, as of %s\n", h.Council.Name(), today)
	fmt.Printf("(local policy: copies and publication within %d days, annual reports within %d days; the Act sets no number)\n\n",
		c.Policy.CopyDays, c.Policy.ReportDays)

	var met, late, due []duty.Obligation
	for _, o := range c.Obligations {
		switch o.Status {
		case duty.Met:
			met = append(met, o)
		case duty.Late:
			late = append(late, o)
		case duty.Due:
			due = append(due, o)
		}
	}
	fmt.Printf("Met: %d obligations, on time.\n\n", len(met))
	fmt.Println("Late:")
	for _, o := range late {
		fmt.Printf("  [%s, %s] %s\n", o.Severity, o.Citation(), o.Describe(c.AsOf))
	}
	fmt.Println("\nOutstanding, not yet late:")
	for _, o := range due {
		fmt.Printf("  [%s] %s\n", o.Citation(), o.Describe(c.AsOf))
	}
	if fs := c.Findings(); fs.HasStatutory() {
		fmt.Printf("\n%d obligations are late in law.\n", fs.Count(part3.Statutory))
	}
}
