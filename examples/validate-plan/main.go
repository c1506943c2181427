// Command validate-plan loads a children's services plan and prints its
// findings under Part 3 of the Children and Young People (Scotland) Act 2014
// and the statutory guidance, grouped by severity, each with the provision
// or paragraph it comes from and the place in the plan it concerns.
//
//	go run ./examples/validate-plan [PLAN.json]
//
// With no argument it reads plan/testdata/breaches-2023-2026.json, a
// constructed plan with many breaches.
package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
)

func main() {
	file := "plan/testdata/breaches-2023-2026.json"
	if len(os.Args) > 1 {
		file = os.Args[1]
	}
	data, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	p, err := plan.Decode(file, data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err) // names the file, the JSON path and what was expected
		os.Exit(2)
	}

	today := period.InScotland(time.Now())
	findings := plan.Validate(p, plan.Options{Now: today})

	fmt.Printf("%s\n%s, for the three-year period %s (%s to %s)\n", p.Title, p.PartnershipName(), p.Period, p.Period.Start(), p.Period.End())
	if p.Version.IsRevision() {
		fmt.Printf("Revision %d of %s: %s\n", p.Version.Revision, p.Version.Revises, p.Version.Changes)
	}
	fmt.Printf("Judged on %s.\n", today)

	headings := map[part3.Severity]string{
		part3.Statutory: "Breaches of the Act",
		part3.Guidance:  "Departures from the statutory guidance (which the partners must have regard to)",
		part3.Practice:  "Good practice and local policy",
	}
	for _, s := range []part3.Severity{part3.Statutory, part3.Guidance, part3.Practice} {
		group := findings.WithSeverity(s)
		fmt.Printf("\n%s: %d\n", headings[s], len(group))
		for i, f := range group {
			fmt.Printf("\n%2d. %s  [%s]\n", i+1, f.Citation, f.Path)
			fmt.Println(indent(f.Message, "    ", 76))
		}
	}
	if findings.HasStatutory() {
		os.Exit(1)
	}
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
