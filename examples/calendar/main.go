// Command calendar prints what a partnership owes under Part 3 of the
// Children and Young People (Scotland) Act 2014 as of today: what it has
// met, what is late and how binding the lateness is, what it must keep
// doing, and what falls due next, each with the provision it comes from.
// It reads the sample planning history of Fife's partnership in
// duty/testdata.
//
//	go run ./examples/calendar            (from the repository's root)
//	go run ./examples/calendar FILE       (another planning history)
//
// Exit status 0, even when an obligation is late in law (the program says
// so in its last line; part3 calendar exits 1 then); 2 when the planning
// history cannot be read.
package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func main() {
	if err := run(os.Stdout, period.InScotland(time.Now()), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "calendar:", err)
		os.Exit(2)
	}
}

// run writes to w what the partnership whose planning history args names
// (by default Fife's sample) owes as of today.
func run(w io.Writer, today period.Date, args []string) error {
	file := "duty/testdata/history-fife.json"
	if len(args) > 0 {
		file = args[0]
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("%w (run from the repository's root, or name a planning history)", err)
	}
	h, err := duty.DecodeHistory(file, data) // names the file, the JSON path and what was expected
	if err != nil {
		return err
	}
	c, err := duty.NewCalendar(h.Council, h, judgement.New(today))
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}

	fmt.Fprintf(w, "What %s's partnership owes under Part 3, as of %s\n", h.Council.Name(), today)
	whose := "the module's defaults: no law or guidance sets a number; set your partnership's own"
	if c.Policy.Copy().Own && c.Policy.Report().Own {
		whose = "the partnership's own limits"
	}
	fmt.Fprintf(w, "(where the Act says only \"as soon as (reasonably) practicable\": copies and publication within %d days, annual reports within %d days; %s)\n\n",
		c.Policy.Copy().Days, c.Policy.Report().Days, whose)

	var met, relieved, late, ongoing, due, unrecorded []duty.Obligation
	for _, o := range c.Obligations {
		switch o.Status {
		case duty.Met:
			met = append(met, o)
			if o.Relief != nil {
				relieved = append(relieved, o)
			}
		case duty.Late:
			late = append(late, o)
		case duty.Ongoing:
			ongoing = append(ongoing, o)
		case duty.Due:
			due = append(due, o)
		case duty.NotRecorded:
			unrecorded = append(unrecorded, o)
		}
	}
	fmt.Fprintf(w, "Met: %d obligations, on time.\n", len(met))
	for _, o := range relieved {
		fmt.Fprintf(w, "  Only by a relief the partnership relies on, not confirmed here: [%s] %s\n", o.Citation(), o.Describe(c.AsOf))
	}
	fmt.Fprintln(w, "\nLate, and how binding the limit passed is (statutory: the Act, a fact the partnership states, or the end of the period the duty could not outlast; guidance: the guidance's target; practice: the partnership's own limit or the module's default):")
	for _, o := range late {
		fmt.Fprintf(w, "  [%s, %s] %s\n", o.Severity, o.Citation(), o.Describe(c.AsOf))
	}
	fmt.Fprintln(w, "\nContinuing duties:")
	for _, o := range ongoing {
		fmt.Fprintf(w, "  [%s] %s\n", o.Citation(), o.Describe(c.AsOf))
	}
	fmt.Fprintln(w, "\nOutstanding, not yet late:")
	for _, o := range due {
		fmt.Fprintf(w, "  [%s] %s\n", o.Citation(), o.Describe(c.AsOf))
	}
	if len(due) == 0 {
		fmt.Fprintln(w, "  none")
	}

	if len(unrecorded) > 0 {
		fmt.Fprintf(w, "\nNot recorded: the history says nothing of %d obligations, so none of them is judged late.\n", len(unrecorded))
	}

	inLaw := 0
	for _, o := range late {
		if o.Severity == part3.Statutory {
			inLaw++
		}
	}
	switch inLaw {
	case 0:
		fmt.Fprintln(w, "\nNone is late in law.")
	case 1:
		fmt.Fprintln(w, "\n1 obligation is late in law.")
	default:
		fmt.Fprintf(w, "\n%d obligations are late in law.\n", inLaw)
	}
	fmt.Fprintln(w, "Where the Act says only \"as soon as (reasonably) practicable\", lateness is measured against the guidance's target or the limits above, and is a breach only past a day the partnership states as a fact, or once the period the duty belongs to has ended.")
	return nil
}
