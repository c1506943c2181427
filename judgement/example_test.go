package judgement_test

import (
	"fmt"

	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

func ExampleDecode() {
	c, err := judgement.Decode("context.json", []byte(`{
  "kind": "judgement-context",
  "as_of": "2021-09-30",
  "reliefs": [{"duty": "s8-prepare-plan", "plan_period": "2020-2023", "until": "2021-06-30",
               "citation": "Coronavirus (Scotland) Act 2020 sch.6"}],
  "policy": {"copy_days": 14}
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := c.ReliefFor(judgement.DutyPreparePlan, period.MustParsePlanPeriod("2020-2023"))
	fmt.Println(c.AsOf, r.Until, r.Citation)
	fmt.Println(c.Policy.Copy())
	fmt.Println(c.Policy.Report())
	// Output:
	// 2021-09-30 2021-06-30 Coronavirus (Scotland) Act 2020 sch.6
	// the partnership's own limit of 14 days
	// the module's default of 183 days (no law or guidance sets a number; set your partnership's own)
}

func ExampleContext_Validate() {
	fmt.Println(judgement.Context{}.Validate())
	c := judgement.New(period.MustParseDate("2026-11-26"))
	c.Act2026Section60 = period.MustParseDate("2007-04-01")
	fmt.Println(c.Validate())
	// Output:
	// /as_of: missing value (expected the date the judgement is made as of, such as "2026-11-26"; every judgement is made as of a stated date, and none is assumed)
	// /act_2026_s60_commencement: invalid value: 2007-04-01 is before the Act was enacted on 2026-05-15 (expected a day on or after 2026-05-15: no section of the 2026 Act can be in force before it was enacted (is the year mistyped?))
}

func ExampleDirectionsInForce() {
	ds := []judgement.Direction{
		{ID: "youth", Made: period.MustParseDate("2027-01-10"), Persons: []string{"Scottish Youth Parliament"}},
		{ID: "youth", Made: period.MustParseDate("2028-03-01"), Revoked: true},
	}
	for _, on := range []string{"2026-12-01", "2027-06-01", "2028-06-01"} {
		fmt.Println(on, len(judgement.DirectionsInForce(ds, period.MustParseDate(on))))
	}
	// Output:
	// 2026-12-01 0
	// 2027-06-01 1
	// 2028-06-01 0
}
