// Command validate-plan loads a children's services plan and prints its
// findings under Part 3 of the Children and Young People (Scotland) Act 2014
// and the statutory guidance, grouped by severity, each with the provision
// or paragraph it comes from and the place in the plan it concerns.
//
//	go run ./examples/validate-plan [PLAN.json]
//
// With no argument it reads plan/testdata/breaches-2023-2026.json, a
// constructed plan with many breaches, and ends by saying how many there
// are.
//
// The example is a story, not a gate: it exits 0 when it has read and
// judged the plan, breaches or none, and 2 when the plan cannot be read (a
// line for each problem, naming the file, the line and column, the JSON
// path and what was expected). "part3 validate" is the gate: it exits 1 on
// a breach.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
)

func main() {
	err := run(os.Stdout, period.InScotland(time.Now()), os.Args[1:])
	printError(os.Stderr, err)
	os.Exit(exitStatus(err))
}

// printError writes err to w: each problem of a plan that cannot be read
// on a line of its own, in the order they are in the plan.
func printError(w io.Writer, err error) {
	if err == nil {
		return
	}
	var ie *part3.InputError
	if !errors.As(err, &ie) {
		fmt.Fprintln(w, "validate-plan:", err)
		return
	}
	for _, p := range ie.Problems() {
		fmt.Fprintln(w, "validate-plan:", p)
	}
	if ie.Omitted > 0 {
		fmt.Fprintf(w, "validate-plan: and %d more problems\n", ie.Omitted)
	}
}

// exitStatus is 0 when run judged the plan, whatever it found, and 2 when
// it could not.
func exitStatus(err error) int {
	if err == nil {
		return 0
	}
	return 2
}

// run validates the plan args names (by default the sample with many
// breaches) as of today, and writes its findings to w.
func run(w io.Writer, today period.Date, args []string) error {
	file := "plan/testdata/breaches-2023-2026.json"
	switch len(args) {
	case 0:
	case 1:
		file = args[0]
	default:
		return errors.New("give one plan at most: validate-plan [PLAN.json]")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fmt.Errorf("%w (run from the repository's root, or name a plan)", err)
	}
	p, err := plan.Decode(file, data) // names the file, the JSON path and what was expected
	if err != nil {
		return err
	}

	findings, err := p.Judge(judgement.New(today))
	if err != nil {
		return err
	}

	fmt.Fprintf(w, "%s\n%s, for the three-year period %s (%s to %s)\n", p.Title, p.PartnershipName(), p.Period, p.Period.Start(), p.Period.End())
	if p.Version.IsRevision() {
		fmt.Fprintf(w, "Revision %d of %s: %s\n", p.Version.Revision, p.Version.Revises, p.Version.Changes)
	}
	fmt.Fprintf(w, "Judged on %s.\n", today)

	headings := map[part3.Severity]string{
		part3.Statutory: "Breaches of the Act",
		part3.Guidance:  "Departures from the statutory guidance (which the partners must have regard to)",
		part3.Practice:  "Good practice, and the partnership's own limits or the module's defaults",
	}
	for _, s := range []part3.Severity{part3.Statutory, part3.Guidance, part3.Practice} {
		group := findings.WithSeverity(s)
		fmt.Fprintf(w, "\n%s: %d\n", headings[s], len(group))
		for i, f := range group {
			fmt.Fprintf(w, "\n%2d. %s  [%s]\n", i+1, f.Citation, f.Path)
			fmt.Fprintln(w, indent(f.Message, "    ", 76))
			if len(f.By) > 0 { // a breach of the Act, by the bodies named
				fmt.Fprintln(w, indent("In breach: "+listAnd(f.By)+".", "    ", 76))
			}
		}
	}
	if n := findings.Count(part3.Statutory); n > 0 {
		fmt.Fprintf(w, "\nThe plan breaches the Act: %d statutory findings.\n", n)
	} else {
		fmt.Fprintln(w, "\nThe plan breaches no provision of the Act that the module checks.")
	}
	return nil
}

// listAnd joins names as English does: "A", "A and B", "A, B and C".
func listAnd(names []string) string {
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// indent wraps text to width, each line starting with prefix.
func indent(text, prefix string, width int) string {
	var lines []string
	line := prefix
	for _, word := range strings.Fields(text) {
		if line != prefix && len(line)+1+len(word) > width {
			lines = append(lines, line)
			line = prefix
		}
		if line != prefix {
			line += " "
		}
		line += word
	}
	return strings.Join(append(lines, line), "\n")
}
