package plan_test

import (
	"fmt"
	"os"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
)

func ExampleDecode() {
	data, err := os.ReadFile("testdata/highland-2021-2023.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	p, err := plan.Decode("highland-2021-2023.json", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title)
	fmt.Println("answers to", p.Period, "; says it covers", p.StatedDates.Start, "to", p.StatedDates.End)

	_, err = plan.Decode("bad.json", []byte(`{"kind": "childrens-services-plan", "title": "x", "partnership": {"areas": [{"council": "Fife", "health_board": "NHS Fife"}]}, "period": "2023-2026", "priorities": [{"id": "P1", "title": "Poverty", "evidence": ["E9"]}]}`))
	fmt.Println(err)
	// Output:
	// Highland Integrated Children's Services Plan 2021-2023
	// answers to 2020-2023 ; says it covers 2021-04-01 to 2023-03-31
	// bad.json:1:212: /priorities/0/evidence/0: dangling reference: no evidence item has ID "E9" (expected the ID of one of the plan's evidence items)
}

func ExamplePlan_Judge() {
	data, _ := os.ReadFile("testdata/highland-2021-2023.json")
	p, _ := plan.Decode("highland-2021-2023.json", data)
	// Judged long after the period ended, under the law as it stands.
	fs, err := p.Judge(judgement.New(period.MustParseDate("2030-04-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Println(f.Severity, f.Citation, f.Path, f.Rule)
	}
	// Output:
	// guidance guidance paras 48-71 /aims/best_use_of_resources plan.aim-substance
	// guidance guidance paras 48-71 /aims/prevention plan.aim-substance
	// statutory s.8(1) /publication/prepared plan.prepared-before-period
	// practice guidance appendix B step 8 /services/1/actions/0 plan.smart-actions
	// practice guidance para 105 /title plan.title-matches-period
}

func ExamplePlan_Judge_asOf() {
	data, _ := os.ReadFile("testdata/rules/copy-to-ministers.json")
	p, _ := plan.Decode("copy-to-ministers.json", data)
	// Prepared on 20 March 2026 and not sent to the Ministers. Within the
	// module's default limit of 28 days it is outstanding; past it, a
	// practice finding; with none sent by the end of the plan's period, a
	// breach of s.10(7)(a)(i).
	for _, asOf := range []string{"2026-04-01", "2026-05-01", "2029-04-01"} {
		fs, _ := p.Judge(judgement.New(period.MustParseDate(asOf)))
		fmt.Println(asOf, len(fs.WithRule(plan.RuleCopiesAndPublicationWithinPolicyID)), len(fs.WithRule(plan.RuleCopyToMinistersID)))
	}
	// Output:
	// 2026-04-01 0 0
	// 2026-05-01 1 0
	// 2029-04-01 0 1
}

func ExamplePlan_Review() {
	data, _ := os.ReadFile("testdata/tayside-2023-2026.json")
	p, _ := plan.Decode("tayside-2023-2026.json", data)
	r, err := p.Review(judgement.New(period.MustParseDate("2030-04-01")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Partnership, r.Period, len(r.Councils), "councils")
	j, _ := r.Criterion("12")
	fmt.Println(j.Citation, j.Verdict, j.Evidence)
	fmt.Println(j.Reason)
	// Output:
	// Tayside Regional Improvement Collaborative 2023-2026 3 councils
	// guidance appendix A criterion 12 partly-met [/services_to_develop/0]
	// The plan names: services to be developed; but not: areas of disinvestment
}

func ExampleValidateRevision() {
	read := func(name string) plan.Plan {
		data, _ := os.ReadFile("testdata/" + name)
		p, _ := plan.Decode(name, data)
		return p
	}
	original, revision := read("fife-2023-2026.json"), read("fife-2023-2026-revision-1.json")
	fmt.Println(plan.ValidateRevision("revision.json", revision, original))
	fmt.Println(plan.ValidateRevision("revision.json", revision, read("tayside-2023-2026.json")))
	// Output:
	// <nil>
	// revision.json: /version/revises: dangling reference: the revision revises "fife-csp-2023-2026", but the earlier version given is "tayside-plan-2023-2026" (expected the ID of the earlier version, "tayside-plan-2023-2026")
}

func ExampleTitlePeriod() {
	start, end, pp, ok := plan.TitlePeriod("Scottish Borders Children and Young People's Plan 2018-2021")
	fmt.Println(start, end, pp.IsZero(), ok)
	// Output: 2018 2021 true true
}

func ExampleRules() {
	for _, r := range plan.Rules() {
		if r.Severity == part3.Statutory {
			fmt.Println(r.ID, r.Citation)
		}
	}
	// Output:
	// plan.copy-to-ministers s.10(7)(a)(i)
	// plan.copy-to-other-service-providers s.10(7)(a)(ii)
	// plan.covers-childrens-and-related-services s.8(2)
	// plan.integration-joint-board Children (Care, Care Experience and Services Planning) (Scotland) Act 2026 s.60
	// plan.joint-approval s.7(6)
	// plan.prepared-before-period s.8(1)
	// plan.prepared-with-aims-in-view s.9(1)
	// plan.published s.10(7)(b)
	// plan.relevant-health-board s.8(1)
	// plan.revision-prepared-afresh s.10(1)
	// plan.stated-dates-cover-period s.8(1)
}

func ExampleParseVerdict() {
	v, err := plan.ParseVerdict("partly-met")
	fmt.Println(v, err)
	_, err = plan.ParseVerdict("partly")
	fmt.Println(err)
	// Output:
	// partly-met <nil>
	// unknown verdict "partly"; did you mean "partly-met"? (expected one of met, partly-met, not-met, cannot-tell)
}

func ExamplePlan_PlanServices() {
	data, _ := os.ReadFile("testdata/tayside-2023-2026.json")
	p, _ := plan.Decode("tayside-2023-2026.json", data)
	v := p.PlanServices()
	fmt.Println(v.Period, len(v.Councils), v.Services[8].ID, v.Services[8].Provider)
	// Output: 2023-2026 3 TS09 police-scotland
}

func ExamplePlan_Validate() {
	data, _ := os.ReadFile("testdata/rules/base.json")
	p, _ := plan.Decode("base.json", data)
	p.Aims.Integration.Actions = []string{"A9"}
	fmt.Println(p.Validate())
	// Output: /aims/integration/actions/0: dangling reference: no action has ID "A9" (expected the ID of one of the plan's actions)
}

func ExampleCriteria() {
	for _, c := range plan.Criteria()[4:8] {
		fmt.Println(c.Label, c.Citation, "-", c.Title)
	}
	fmt.Println(plan.Steps()[1].Citation, "-", plan.Steps()[1].Title)
	// Output:
	// 5 guidance appendix A criterion 5 - Manageable, measurable priorities
	// 6a guidance appendix A criterion 6 - Children's services
	// 6b guidance appendix A criterion 6 - Related services
	// 7 guidance appendix A criterion 7 - Prevention and early intervention
	// guidance appendix B step 2 - A joint strategic needs assessment
}
