package consult_test

import (
	"errors"
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func ExampleDecodeNotice() {
	_, err := consult.DecodeNotice("notice.json", []byte(`{
  "kind": "notice-of-disagreement",
  "issuer": "police-scotland",
  "plan": {"councils": ["Dundee City"]}
}`))
	fmt.Println(err)
	// Output:
	// notice.json:4:39: /plan/period: missing value (expected the plan's three-year period, such as "2026-2029")
}

func ExampleNoticeOfDisagreement_JudgeAgainstPlan() {
	n, err := consult.DecodeNotice("notice.json", []byte(`{
  "kind": "notice-of-disagreement",
  "issuer": "police-scotland",
  "plan": {"councils": ["Dundee City"], "period": "2026-2029"},
  "matters": [
    {"service_id": "S14", "aspect": "Action 4.2 sets a 5-day referral target."},
    {"service_id": "S03", "aspect": "The plan cuts school counselling hours."}
  ],
  "reasons": "Referral decisions rest with the Procurator Fiscal.",
  "published": {"date": "2026-05-20", "manner": "Police Scotland website"}
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	plan := consult.PlanServices{
		Councils: []service.Council{service.MustLookupCouncil("Dundee City")},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{
			{ID: "S03", Name: "School counselling", Provider: service.ProviderLocalAuthority},
			{ID: "S14", Name: "Youth diversion", Provider: service.ProviderPoliceScotland},
		},
	}
	r, err := n.JudgeAgainstPlan(plan, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("legal effect:", r.HasLegalEffect())
	for _, m := range r.EffectiveMatters() {
		fmt.Println("effective:", m.ServiceID)
	}
	for _, f := range r.Findings {
		fmt.Println(f.Rule, f.Path)
	}
	// Output:
	// legal effect: true
	// effective: S14
	// consult.notice-issuer-service /matters/1/service_id
}

func ExampleDecideRequest() {
	// A children's charity providing services in the area is one of the
	// persons to be consulted under section 10(1)(b), whether or not it
	// has been consulted; it declines to share case records that data
	// protection law forbids it to share.
	d, err := consult.DecideRequest(consult.RequestFacts{
		Category: consult.ProvidesServiceInArea,
		Person:   "Tayside Young Carers",
		Kind:     consult.Contribute,
		Test:     consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true},
		Ground:   consult.DataProtection,
	}, judgement.New(period.MustParseDate("2026-01-15")))
	if err != nil {
		panic(err)
	}
	fmt.Println("must meet:", d.MustMeet)
	for _, r := range d.Reasons {
		fmt.Println(r)
	}
	// Output:
	// must meet: false
	// s.10(2)(b): Tayside Young Carers is an organisation that provides a service in the area that would be a children's or related service if a Part 3 provider provided it, within section 10(2), and so one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted
	// s.10(6): section 10(6) binds the persons to be consulted under section 10(1)(b) to meet any reasonable request to participate in or contribute to the preparation of the plan
	// guidance para 94: the request is relevant in view of the person's function
	// guidance para 94: the request is practicable in view of the person's capacity
	// guidance para 94: the request is consistent with the person's expected level of involvement in delivering the plan
	// Data Protection Act 2018: but meeting the request would need processing of personal data that data protection law (the UK GDPR and the Data Protection Act 2018) forbids; that law binds the person by its own force, and a request that could be met only by processing it forbids is not a reasonable request (guidance para 96 gives this as an example of a request an organisation need not comply with)
	// s.10(6)(b): so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests
}

func ExampleReasonableness_Assess() {
	// Section 14 requests use the same test (guidance para 138).
	ok, reasons := consult.Reasonableness{Relevant: true, Practicable: false, Consistent: true}.Assess(part3.GuidancePara(138))
	fmt.Println(ok)
	fmt.Println(reasons[1])
	// Output:
	// false
	// guidance para 138: the request is not practicable in view of the person's capacity, so it is not a reasonable request
}

func ExampleRecord_Judge() {
	r, err := consult.DecodeRecord("record.json", []byte(`{
  "opportunities": [
    {"provider": "police-scotland", "notice_given": "2025-09-01", "opens": "2025-09-05", "closes": "2025-11-30",
     "means": ["planning-group-seat"], "participation": "did-not-take-part"}
  ],
  "consultees": [
    {"id": "hillcrest", "name": "Hillcrest Homes", "category": "social-landlord",
     "landlord_type": "registered-social-landlord", "sector": "third-sector", "consulted": true}
  ],
  "engagement": [{"with": "children-and-young-people"}, {"with": "families"}]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	plan := consult.Scope{
		Councils: []service.Council{service.MustLookupCouncil("Highland")},
		Period:   period.MustParsePlanPeriod("2026-2029"),
	}
	fs, err := r.Judge(plan, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Println(f.Severity, f.Path, f.Rule)
	}
	// One finding names every provider owed an opportunity that has none.
	fmt.Println(fs[0].Message)
	// Output:
	// statutory /opportunities consult.opportunity-other-service-providers
	// practice /opportunities/0/opens consult.opportunity-advance-notice
	// statutory /opportunities/0/participation consult.took-part
	// No opportunity to participate in or contribute to the preparation of the plan is recorded as given to the Scottish Fire and Rescue Service, the Principal Reporter, the National Convener of Children's Hearings Scotland and the Scottish Courts and Tribunals Service; section 10(1)(a) requires one for each of the other service providers, whether or not the plan covers their services: how far it does shapes what an effective opportunity is, not whether one is due
}

func ExampleRecord_Validate() {
	r := consult.Record{Consultees: []consult.Consultee{
		{ID: "hillcrest", Name: "Hillcrest Homes", Category: consult.SocialLandlord, Consulted: true},
	}}
	fmt.Println(r.Validate("/preparation"))
	// Output:
	// /preparation/consultees/0/landlord_type: missing value (expected one of registered-social-landlord, local-authority-landlord, local-authority-housing-services (Housing (Scotland) Act 2010 s.165))
}

func ExampleNoticeOfDisagreement_Validate() {
	n := consult.NoticeOfDisagreement{Kind: consult.NoticeKind}
	var ie *part3.InputError
	if errors.As(n.Validate(), &ie) {
		for _, p := range ie.Problems() {
			fmt.Println(p)
		}
	}
	// Output:
	// /issuer: missing value (expected the provider who issues the notice, such as "police-scotland" or "scottish-ministers")
	// /plan/councils: missing value (expected the council area or areas whose plan the notice concerns, such as ["Dundee City"])
	// /plan/period: missing value (expected the plan's three-year period, such as "2026-2029")
}

func ExampleParseLandlordType() {
	t, err := consult.ParseLandlordType("registered-social-landlord")
	fmt.Println(t, err)
	_, err = consult.ParseLandlordType("housing-association")
	fmt.Println(err)
	// Output:
	// registered-social-landlord <nil>
	// unknown landlord type "housing-association" (expected one of registered-social-landlord, local-authority-landlord, local-authority-housing-services)
}
