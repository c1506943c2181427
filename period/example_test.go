package period_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/csplanning/part3/period"
)

func Example() {
	d := period.MustParseDate("2026-11-26")
	p, err := period.PlanPeriodOf(d)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := period.ReportingPeriodOf(d)
	fmt.Printf("%s is in plan period %s (no. %d) and reporting period %s (year %d of 3)\n", d, p, p.Index(), r, r.NumberInPlan())
	ks, _ := period.KeyDatesFor(d)
	for _, k := range ks {
		fmt.Println(k.Date, k.Citation)
	}
	// Output:
	// 2026-11-26 is in plan period 2026-2029 (no. 4) and reporting period 2026-2027 (year 1 of 3)
	// 2026-03-31 s.8(1)
	// 2026-04-01 guidance para 6
	// 2026-10-31 guidance para 6
	// 2027-03-31 s.13(1)
	// 2027-06-30 guidance para 129
	// 2029-03-31 s.8(1)
}

func ExampleParseDate() {
	d, err := period.ParseDate("2026-04-01")
	fmt.Println(d, d.Weekday(), err)
	_, err = period.ParseDate("2023-02-29")
	fmt.Println(err)
	// Output:
	// 2026-04-01 Wednesday <nil>
	// date "2023-02-29": day must be from 01 to 28 in February 2023
}

func ExampleNewDate() {
	d, err := period.NewDate(2028, time.February, 29)
	fmt.Println(d, err)
	fmt.Println(d.AddYears(1), d.AddMonths(1), d.AddDays(1))
	// Output:
	// 2028-02-29 <nil>
	// 2029-02-28 2028-03-29 2028-03-01
}

func ExampleInScotland() {
	// 23:30 UTC on 31 March 2026 is 00:30 British Summer Time on 1 April.
	t := time.Date(2026, time.March, 31, 23, 30, 0, 0, time.UTC)
	fmt.Println(period.DateOf(t), period.InScotland(t))
	// Output: 2026-03-31 2026-04-01
}

func ExamplePlanPeriodOf() {
	for _, s := range []string{"2017-04-01", "2020-03-31", "2020-04-01", "2017-03-31"} {
		p, err := period.PlanPeriodOf(period.MustParseDate(s))
		if errors.Is(err, period.ErrBeforeFirstPeriod) {
			fmt.Println(s, "error:", err)
			continue
		}
		fmt.Println(s, p, p.Start(), p.End())
	}
	// Output:
	// 2017-04-01 2017-2020 2017-04-01 2020-03-31
	// 2020-03-31 2017-2020 2017-04-01 2020-03-31
	// 2020-04-01 2020-2023 2020-04-01 2023-03-31
	// 2017-03-31 error: 2017-03-31 has no plan period: before the first three-year period began on 1 April 2017 (s.8(1), SSI 2016/255)
}

func ExamplePart3InForce() {
	// Part 3 was in force before the first plan period began: on a day
	// between the two the first plans were being prepared.
	d := period.MustParseDate("2017-01-16")
	_, err := period.PlanPeriodOf(d)
	fmt.Println(period.Part3InForce(), period.Part3InForceCitation())
	fmt.Println(period.FirstPeriodStart(), period.FirstPeriodCitation())
	fmt.Println(!d.Before(period.Part3InForce()), errors.Is(err, period.ErrBeforeFirstPeriod))
	// Output:
	// 2016-10-07 SSI 2016/254
	// 2017-04-01 SSI 2016/255
	// true true
}

func ExampleReportingPeriodOf() {
	r, err := period.ReportingPeriodOf(period.MustParseDate("2028-02-29"))
	fmt.Println(r, r.Start(), r.End(), r.PlanPeriod(), r.NumberInPlan(), err)
	// Output: 2027-2028 2027-04-01 2028-03-31 2026-2029 2 <nil>
}

func ExamplePlanPeriodByIndex() {
	p, ok := period.PlanPeriodByIndex(1)
	fmt.Println(p, ok, p.Next(), p.Prev().IsZero())
	_, ok = period.PlanPeriodByIndex(0)
	fmt.Println(ok)
	// Output:
	// 2017-2020 true 2020-2023 true
	// false
}

func ExamplePlanPeriodStarting() {
	p, ok := period.PlanPeriodStarting(2026)
	fmt.Println(p, ok, p.Index())
	_, ok = period.PlanPeriodStarting(2025)
	fmt.Println(ok)
	// Output:
	// 2026-2029 true 4
	// false
}

func ExampleReportingPeriodStarting() {
	r, ok := period.ReportingPeriodStarting(2026)
	fmt.Println(r, ok, r.Next(), r.Prev())
	_, ok = period.ReportingPeriodStarting(2016)
	fmt.Println(ok)
	// Output:
	// 2026-2027 true 2027-2028 2025-2026
	// false
}

func ExampleParsePlanPeriod() {
	for _, s := range []string{"2026-2029", "2026-29", "2026/29", "2026 to 2029", "2021-2023", "2026-2028"} {
		p, err := period.ParsePlanPeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(p)
	}
	// Output:
	// 2026-2029
	// 2026-2029
	// 2026-2029
	// 2026-2029
	// "2021-2023" is not a three-year plan period; the nearest are 2020-2023 and 2023-2026
	// "2026-2028" is not a three-year plan period; the nearest is 2026-2029
}

func ExampleParsePlanPeriod_errorFields() {
	_, err := period.ParsePlanPeriod("2018-2021")
	var pe *period.PlanPeriodError
	if errors.As(err, &pe) {
		fmt.Println(pe.Start, pe.End, pe.Nearest)
	}
	// Output: 2018 2021 [2017-2020 2020-2023]
}

func ExampleParseReportingPeriod() {
	for _, s := range []string{"2026-2027", "2026/27", "2026-2028", "2026-2029"} {
		r, err := period.ParseReportingPeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(r)
	}
	// Output:
	// 2026-2027
	// 2026-2027
	// "2026-2028" is not a one-year reporting period; the nearest are 2026-2027 and 2027-2028
	// "2026-2029" is a three-year plan period, not a one-year reporting period; its reporting periods are 2026-2027, 2027-2028 and 2028-2029
}

func ExampleMustParsePlanPeriod() {
	p := period.MustParsePlanPeriod("2023/26")
	fmt.Println(p, p.Contains(period.MustParseDate("2026-03-31")), p.Contains(period.MustParseDate("2026-04-01")))
	// Output: 2023-2026 true false
}

func ExampleMustParseReportingPeriod() {
	r := period.MustParseReportingPeriod("2019-20")
	fmt.Println(r, r.PlanPeriod(), r.PlanPeriod().GuidanceApplies())
	// Output: 2019-2020 2017-2020 false
}

func ExamplePlanPeriod_ReportingPeriods() {
	for _, r := range period.MustParsePlanPeriod("2026-2029").ReportingPeriods() {
		fmt.Println(r, r.Start(), r.End())
	}
	// Output:
	// 2026-2027 2026-04-01 2027-03-31
	// 2027-2028 2027-04-01 2028-03-31
	// 2028-2029 2028-04-01 2029-03-31
}

func ExamplePlanPeriod_KeyDates() {
	for _, k := range period.MustParsePlanPeriod("2026-2029").KeyDates() {
		fmt.Println(k)
	}
	// Output:
	// 2026-03-31 last day to finalise the 2026-2029 children's services plan (before the period starts on 2026-04-01, guidance para 101; the periods run from 1 April 2017, SSI 2016/255) (s.8(1))
	// 2026-04-01 Scottish Government review of the 2026-2029 plans opens (April to October of the year of submission) (guidance para 6)
	// 2026-10-31 Scottish Government review of the 2026-2029 plans closes (guidance para 6)
	// 2027-03-31 2026-2027 reporting period ends: the annual report is due as soon as practicable after it (s.13(1))
	// 2027-06-30 guidance target for publishing the 2026-2027 annual report (end of June) (guidance para 129)
	// 2028-03-31 2027-2028 reporting period ends: the annual report is due as soon as practicable after it (s.13(1))
	// 2028-06-30 guidance target for publishing the 2027-2028 annual report (end of June) (guidance para 129)
	// 2029-03-31 2028-2029 reporting period ends: the annual report is due as soon as practicable after it (s.13(1))
	// 2029-06-30 guidance target for publishing the 2028-2029 annual report (end of June) (guidance para 129)
}

func ExamplePlanPeriod_PreparationDeadline() {
	k := period.MustParsePlanPeriod("2029-2032").PreparationDeadline()
	fmt.Println(k.Date, k.Citation, k.FromGuidance())
	// Output: 2029-03-31 s.8(1) false
}

func ExamplePlanPeriod_ReviewWindow() {
	p := period.MustParsePlanPeriod("2023-2026")
	opens, closes := p.ReviewWindow()
	fmt.Println(opens.Date, closes.Date, opens.Citation, opens.FromGuidance())
	// A plan submitted late, in 2024, is reviewed that year.
	opens, closes = p.ReviewWindowIn(2024)
	fmt.Println(opens.Date, closes.Date)
	// Output:
	// 2023-04-01 2023-10-31 guidance para 6 true
	// 2024-04-01 2024-10-31
}

func ExampleReportingPeriod_KeyDates() {
	for _, name := range []string{"2019-2020", "2020-2021"} {
		for _, k := range period.MustParseReportingPeriod(name).KeyDates() {
			fmt.Println(name, k.Date, k.Citation)
		}
	}
	// Output:
	// 2019-2020 2020-03-31 s.13(1)
	// 2020-2021 2021-03-31 s.13(1)
	// 2020-2021 2021-06-30 guidance para 129
}

func ExampleKeyDatesFor() {
	// In May, last year's annual report is still due by the end of June.
	ks, err := period.KeyDatesFor(period.MustParseDate("2027-05-15"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, k := range ks {
		fmt.Println(k.Date, k.Citation)
	}
	// Output:
	// 2026-03-31 s.8(1)
	// 2026-04-01 guidance para 6
	// 2026-10-31 guidance para 6
	// 2027-03-31 s.13(1)
	// 2027-06-30 guidance para 129
	// 2028-03-31 s.13(1)
	// 2028-06-30 guidance para 129
	// 2029-03-31 s.8(1)
}

func ExampleReportingPeriodsBetween() {
	// The annual reports owed for a plan approved late, on 1 June 2021, up to
	// 26 November 2026.
	for r := range period.ReportingPeriodsBetween(period.MustParseDate("2021-06-01"), period.MustParseDate("2026-11-26")) {
		fmt.Print(r, " ")
	}
	fmt.Println()
	// Output: 2021-2022 2022-2023 2023-2024 2024-2025 2025-2026 2026-2027
}

func ExamplePlanPeriodsBetween() {
	for p := range period.PlanPeriodsBetween(period.MustParseDate("2014-01-01"), period.MustParseDate("2026-11-26")) {
		fmt.Print(p, " ")
	}
	fmt.Println()
	// Output: 2017-2020 2020-2023 2023-2026 2026-2029
}

func ExamplePlanPeriod_MarshalText() {
	var p period.PlanPeriod
	if err := p.UnmarshalText([]byte("2026 to 29")); err != nil {
		fmt.Println(err)
		return
	}
	text, _ := p.MarshalText()
	fmt.Println(string(text))
	// Output: 2026-2029
}
