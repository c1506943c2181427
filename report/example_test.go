package report_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

func readReport(name string) report.Report {
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		panic(err)
	}
	r, err := report.Decode(name, data)
	if err != nil {
		panic(err)
	}
	return r
}

func readPlan(name string) plan.Plan {
	data, err := os.ReadFile("../plan/testdata/" + name)
	if err != nil {
		panic(err)
	}
	p, err := plan.Decode(name, data)
	if err != nil {
		panic(err)
	}
	return p
}

func ExampleDecode() {
	_, err := report.Decode("report.json", []byte(`{
  "kind": "annual-report",
  "partnership": {"councils": ["Fife"]},
  "plan": {"period": "2023-2026"}
}`))
	fmt.Println(err)
	// Output:
	// report.json:5:1: /reporting_period: missing value (expected the one-year period reported on, such as "2024-2025")
}

func ExampleReport_Judge() {
	// A report published before its year ended, judged without its plan as
	// of 1 June 2024, before the guidance's end-of-June target: it is not
	// the report s.13(1) requires, a condition that breaches nothing, and
	// the duty stays owed.
	r := readReport("fife-2023-2024-early.json")
	res, err := r.Judge(judgement.New(period.MustParseDate("2024-06-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Println(f.Severity, f.Rule, f.Path)
	}
	fmt.Println("skipped:", strings.Join(res.Skipped, ", "))
	// Output:
	// condition duty.report-after-period /publication/published
	// skipped: report.indicator-in-plan, report.partnerships-plan, report.plan-indicators-reported, report.plan-version
}

func ExampleReport_JudgeAgainstPlan() {
	r := readReport("fife-2023-2024-missing-aim.json")
	res, err := r.JudgeAgainstPlan(readPlan("fife-2023-2026.json"), judgement.New(period.MustParseDate("2030-04-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Println(f.Severity, f.Citation, f.Path)
	}
	fmt.Println(res.Findings.HasStatutory(), len(res.Skipped))
	// Output:
	// statutory s.13(1)(b)(i) /aims/integration
	// true 0
}

func ExampleReport_Judge_late() {
	// Published in August: past the guidance's end-of-June target, which
	// package duty's calendar applies too.
	r := readReport("fife-2024-2025-late.json")
	res, err := r.Judge(judgement.New(period.MustParseDate("2030-04-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range res.Findings {
		fmt.Println(f.Severity, f.Citation, f.Rule)
	}
	// Output:
	// guidance guidance para 129 duty.report-by-end-of-june
}

func ExampleReport_Judge_prescribedOutcome() {
	// No order under s.13(1)(b)(ii) has been made (guidance para 132); a
	// caller applies one the day it is made.
	order := judgement.PrescribedOutcome{
		ID:      "attendance",
		Outcome: "School attendance of care experienced children",
		Order:   part3.Legislation("SSI 2027/100", ""),
		From:    period.MustParseReportingPeriod("2027-2028"),
	}
	fmt.Println(order.AppliesTo(period.MustParseReportingPeriod("2026-2027")), order.AppliesTo(period.MustParseReportingPeriod("2027-2028")))
	ctx := judgement.New(period.MustParseDate("2030-04-01"))
	ctx.PrescribedOutcomes = []judgement.PrescribedOutcome{order}
	res, err := readReport("fife-2023-2024.json").Judge(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(res.Findings))
	// Output:
	// false true
	// 0
}

func ExampleParseGround() {
	g, err := report.ParseGround("notice-of-disagreement")
	fmt.Println(g, g.Citation(), g.IsLawful(), err)
	_, err = report.ParseGround("budget")
	fmt.Println(err)
	// Output:
	// notice-of-disagreement s.12(3)(b) true <nil>
	// unknown ground "budget" (expected one of child-wellbeing, notice-of-disagreement, not-reasonably-practicable, none-given)
}

func ExampleCoverageOf() {
	reports := []report.Report{readReport("fife-2023-2024.json"), readReport("fife-2024-2025-late.json")}
	c := report.CoverageOf(readPlan("fife-2023-2026.json"), reports, period.MustParseDate("2025-07-01"))
	fmt.Print(c)
	fmt.Println("missing:", c.With(report.Missing))
	// Output:
	// annual reports on the 2023-2026 plan as of 2025-07-01:
	//   2023-2024  covered  reports 0
	//   2024-2025  missing  drafts 1
	//   2025-2026  open
	// missing: [2024-2025]
}

func ExampleNewOverview() {
	var results []report.PlanResult
	for _, name := range []string{"fife-2023-2026.json", "tayside-2023-2026.json", "breaches-2023-2026.json"} {
		res, err := report.Assess(readPlan(name), judgement.New(period.MustParseDate("2030-04-01")))
		if err != nil {
			fmt.Println(err)
			return
		}
		results = append(results, res)
	}
	o := report.NewOverview(results)
	fmt.Printf("%d plans for %d council areas\n", o.Plans, o.Councils)
	c := o.Criteria[0]
	fmt.Printf("criterion %d (%s): %d met, %d partly met, %d not met\n", c.Number, c.Title, c.Met, c.PartlyMet, c.NotMet)
	fmt.Println(o.Statutory[0].Rule, o.Statutory[0].Plans)
	// Output:
	// 3 plans for 5 council areas
	// criterion 1 (Vision): 3 met, 0 partly met, 0 not met
	// consult.consult-organisations 1
}

func ExampleOverview_WriteHTML() {
	review, err := readPlan("fife-2023-2026.json").Review(judgement.New(period.MustParseDate("2030-04-01")))
	if err != nil {
		panic(err)
	}
	o := report.NewOverview(report.Reviewed(review))
	var b strings.Builder
	if err := o.WriteHTML(&b); err != nil {
		panic(err)
	}
	page := b.String()
	fmt.Println(strings.SplitN(page, "\n", 2)[0])
	fmt.Println(strings.Count(page, `<div class="bar"`), "bars;", strings.Contains(page, "<script"))
	// Output:
	// <!DOCTYPE html>
	// 16 bars; false
}
