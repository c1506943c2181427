// Command national-review reviews children's services plans against the
// fifteen criteria of Appendix A of the statutory guidance on Part 3 of
// the Children and Young People (Scotland) Act 2014, validates them, and
// prints the national overview the Scottish Government publishes after its
// review: per criterion, how many plans met it; per partnership, its row of
// verdicts; and the statutory findings counted across the plans.
//
//	go run ./examples/national-review [PLAN.json...]
//
// With no argument it reviews the sample plans in plan/testdata/: Fife, the
// Tayside joint plan of Angus, Dundee City and Perth and Kinross, Highland's
// 2017-2020 and COVID-delayed 2020-2023 plans, and a constructed plan with
// many breaches.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

// samples are the sample plans reviewed when no plan is named.
var samples = []string{
	"fife-2023-2026.json",
	"tayside-2023-2026.json",
	"highland-2017-2020.json",
	"highland-2021-2023.json",
	"breaches-2023-2026.json",
}

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		for _, name := range samples {
			files = append(files, filepath.Join("plan", "testdata", name))
		}
	}

	today := period.InScotland(time.Now())
	var results []report.PlanResult
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, "national-review:", err)
			os.Exit(2)
		}
		p, err := plan.Decode(file, data)
		if err != nil {
			fmt.Fprintln(os.Stderr, "national-review:", err) // names the file, the JSON path and what was expected
			os.Exit(2)
		}
		// Assess reviews the plan against Appendix A and validates it
		// against the Act and the guidance.
		r := report.Assess(p, plan.Options{Now: today})
		name := p.PartnershipName()
		if p.Version.IsRevision() {
			name += fmt.Sprintf(" (revision %d)", p.Version.Revision)
		}
		fmt.Printf("%-55s %s  %2d of 15 criteria met, %2d statutory findings\n",
			name, p.Period, r.Review.Count(plan.Met), r.Findings.Count(part3.Statutory))
		results = append(results, r)
	}

	fmt.Println()
	overview := report.NewOverview(results)
	if err := overview.WriteText(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "national-review:", err)
		os.Exit(2)
	}
}
