// Command national-review reviews children's services plans against the
// fifteen criteria of Appendix A of the statutory guidance on Part 3 of
// the Children and Young People (Scotland) Act 2014 (criterion 6 in its
// two parts, 6a and 6b, as the national review scores it), validates them, and
// prints the national overview the Scottish Government publishes after its
// review (guidance para 6): per criterion, how many plans met it; per
// partnership, its row of verdicts; and the statutory findings counted
// across the plans.
//
//	go run ./examples/national-review [PLAN.json...]
//
// With no argument it reviews the sample plans in plan/testdata/: Fife, the
// Tayside joint plan of Angus, Dundee City and Perth and Kinross, Highland's
// 2017-2020 and COVID-delayed 2020-2023 plans, and a constructed plan with
// many breaches.
//
// Exit status 0 when the overview is printed, even when it counts
// statutory findings: they are what the overview reports, about other
// bodies' plans (part3 review --overview exits 1 then, for scripts that
// check a partnership's own plans). 2 when a plan cannot be read: the
// one-line error names the file, the JSON path and what was expected, and
// nothing is reviewed.
package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
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
	if err := run(os.Stdout, period.InScotland(time.Now()), os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "national-review:", err)
		os.Exit(2)
	}
}

// run reviews and validates the plans files names (by default the samples)
// as of today, and writes each plan's result and the national overview to w.
func run(w io.Writer, today period.Date, files []string) error {
	if len(files) == 0 {
		for _, name := range samples {
			files = append(files, filepath.Join("plan", "testdata", name))
		}
	}
	// Every plan is read before any is reviewed, so that a file that cannot
	// be read stops the review before it prints anything.
	var plans []plan.Plan
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return fmt.Errorf("%w (run from the repository's root, or name the plans)", err)
		}
		p, err := plan.Decode(file, data) // names the file, the JSON path and what was expected
		if err != nil {
			return err
		}
		plans = append(plans, p)
	}

	fmt.Fprintf(w, "Each plan reviewed against the 15 criteria of guidance Appendix A (%d rows: criterion 6 in two parts, 6a and 6b, as the national review scores it), and validated against the Act and the guidance as of %s:\n",
		len(plan.Criteria()), today)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	var results []report.PlanResult
	for _, p := range plans {
		// Assess reviews the plan against Appendix A and validates it
		// against the Act and the guidance.
		r, err := report.Assess(p, judgement.New(today))
		if err != nil {
			return err
		}
		name := p.PartnershipName()
		if p.Version.IsRevision() {
			name += fmt.Sprintf(" (revision %d)", p.Version.Revision)
		}
		fmt.Fprintf(tw, "  %s\t%s\tmet: %2d of %d\tstatutory findings: %d\n",
			name, p.Period, r.Review.Count(plan.Met), len(r.Review.Criteria), r.Findings.Count(part3.Statutory))
		results = append(results, r)
	}
	if err := tw.Flush(); err != nil {
		return err
	}

	fmt.Fprintln(w)
	return report.NewOverview(results).WriteText(w)
}
