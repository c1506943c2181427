package duty_test

import (
	"fmt"
	"os"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func ExampleLookup() {
	d, ok := duty.Lookup("s12-implementation")
	fmt.Println(ok, d.Citation, d.Modality, d.Title)
	for _, e := range d.Exceptions {
		fmt.Println(" except", e.Citation, e.ID)
	}
	fmt.Println("s16 directions:", d.S16Directions, "s17 default powers:", d.S17DefaultPowers)
	// Output:
	// true s.12(1) must Provide services in accordance with the plan
	//  except s.12(3)(a) child-wellbeing
	//  except s.12(3)(b) notice-of-disagreement
	// s16 directions: false s17 default powers: false
}

func ExampleCatalogue() {
	powers := 0
	for _, d := range duty.Catalogue() {
		if d.IsPower() {
			powers++
		}
	}
	fmt.Println(len(duty.Catalogue()), "entries,", powers, "of them powers")
	// Output:
	// 31 entries, 8 of them powers
}

func ExampleDuty_BearersOn() {
	d, _ := duty.Lookup("s13-annual-report")
	fife := service.MustLookupCouncil("Fife")
	law := service.DefaultLaw().WithSection60Commencement(period.MustParseDate("2027-04-01"))
	for _, on := range []string{"2026-06-30", "2027-06-30"} {
		for _, h := range d.BearersOn(fife, period.MustParseDate(on), law) {
			fmt.Print(on, " ", h.Role, ":")
			for _, b := range h.Bodies {
				fmt.Print(" ", b.Name, ";")
			}
			fmt.Println()
		}
	}
	// Output:
	// 2026-06-30 joint-planners: Fife Council; NHS Fife;
	// 2027-06-30 joint-planners: Fife Council; NHS Fife; Fife Integration Joint Board;
}

func ExampleDecideImplementation() {
	q := duty.ImplementationQuestion{
		Council:  service.MustLookupCouncil("Dundee City"),
		Period:   period.MustParsePlanPeriod("2026-2029"),
		On:       period.MustParseDate("2026-11-26"),
		Provider: service.ProviderPoliceScotland,
		Service:  duty.PlanService{ID: "S7", Name: "Campus police officers"},
	}
	ctx := judgement.New(period.MustParseDate("2026-11-26"))
	d, err := duty.DecideImplementation(q, ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Applies, d.Outcome, d.DecidedBy)

	// Police Scotland publishes a notice of disagreement about S7.
	data, _ := os.ReadFile("testdata/notice-police-s7.json")
	n, _ := consult.DecodeNotice("notice-police-s7.json", data)
	q.Notices = []consult.NoticeOfDisagreement{n}
	d, err = duty.DecideImplementation(q, ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Applies, d.Outcome, d.DecidedBy, d.DecidedByCitation)
	// Output:
	// true applies default
	// false excepted notice-of-disagreement s.12(3)(b)
}

func ExampleDecideAssistance() {
	d, err := duty.DecideAssistance(duty.AssistanceQuestion{
		Person:                service.ProviderPoliceScotland,
		RelatesToTheirService: true,
		Test:                  consult.Reasonableness{Relevant: true, Practicable: true, Consistent: true},
		IncompatibleWithDuty:  "the duty of confidentiality owed to victims",
	}, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(d)
	// Output:
	// s14-assistance (s.14(1)): does not apply: an exception holds [incompatible-with-duty, s.14(3)(a)]
	//   1. Police Scotland is bound by section 14 so far as the request relates to a children's service or related service it contributes to providing, and this request does (s.14(2)(a))
	//   2. The request is relevant in view of the person's function (guidance para 138)
	//   3. The request is practicable in view of the person's capacity (guidance para 138)
	//   4. The request is consistent with the person's expected level of involvement in delivering the plan (guidance para 138)
	//   5. So, by default, Police Scotland must comply with the request (s.14(1))
	//   6. Providing what is asked would be incompatible with a duty of Police Scotland (the duty of confidentiality owed to victims), so it need not comply (s.14(3)(a))
}

func ExampleDecideConsulteeRequest() {
	// A social landlord providing housing in the area is one of the
	// persons to be consulted under section 10(1)(b), whether or not the
	// partnership has consulted it.
	d, err := duty.DecideConsulteeRequest(consult.RequestFacts{
		Category: consult.SocialLandlord,
		Person:   "Hillcrest Homes",
		Kind:     consult.Participate,
		Test:     consult.Reasonableness{Relevant: true, Practicable: false, Consistent: true},
	}, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Duty, d.Applies, d.Outcome, d.DecidedBy)
	// Output:
	// s10-meet-reasonable-requests false not-arising not-reasonable
}

func ExampleDecideDefaultPowers() {
	ctx := judgement.New(period.MustParseDate("2026-11-26"))
	d, err := duty.DecideDefaultPowers(duty.DefaultPowersQuestion{Function: "s12-implementation", Failure: duty.NotExercising}, ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Applies, d.DecidedBy, d.DecidedByCitation)
	d, err = duty.DecideDefaultPowers(duty.DefaultPowersQuestion{Function: "s13-annual-report", Failure: duty.NotExercising}, ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Applies, d.Reasons[2].Citation, d.Reasons[3].Citation)
	fmt.Println(len(d.Notes) == 1) // the Ministers' "no plans" (para 149): a note, not law
	// Output:
	// false complying-with-section-12 s.17(1)(a)
	// true s.17(2)(a) s.17(2)(b)
	// true
}

func ExampleNewCalendar() {
	data, _ := os.ReadFile("testdata/history-fife.json")
	h, err := duty.DecodeHistory("history-fife.json", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := duty.NewCalendar(h.Council, h, judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range c.Obligations {
		if o.PlanPeriod.String() == "2026-2029" || o.ReportingPeriod.String() == "2025-2026" {
			fmt.Printf("%-12s %-9s %s\n", o.Status, o.Severity, o.Describe(c.AsOf))
		}
	}
	// Output:
	// met                    The 2026-2029 plan prepared: done 2026-03-25, within 2026-03-31 (the day before the period starts: s.8(1) as guidance para 101 reads it)
	// met                    The 2026-2029 plan sent to the Scottish Ministers: sent on 2026-03-31, within 2026-04-22, the module's default of 28 days (no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2026-03-25
	// late         practice  The 2026-2029 plan sent to each other service provider: not sent to the National Convener of Children's Hearings Scotland, the Scottish Courts and Tribunals Service, Fife Integration Joint Board as of 2026-11-26; sent late to the Principal Reporter on 2026-06-01; the limit was 2026-04-22, the module's default of 28 days (no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2026-03-25
	// late         practice  The 2026-2029 plan published: published on 2026-05-20, 28 days past 2026-04-22, the module's default of 28 days (no law or guidance sets a number; set your partnership's own) after the plan was prepared on 2026-03-25
	// late         guidance  The 2025-2026 annual report published: not published as of 2026-11-26, 149 days past 2026-06-30 (the guidance's end-of-June target, guidance paras 125 and 129)
	// ongoing                The 2026-2029 plan kept under review: continuing, from 2026-04-01 to 2029-03-31
	// information            The review of the 2026-2029 plans: 2026-04-01 to 2026-10-31
	// due                    The 2026-2027 annual report published: outstanding as of 2026-11-26; the first limit is 2027-06-30 (the guidance's end-of-June target, guidance paras 125 and 129)
}

func ExampleDecodeHistory() {
	_, err := duty.DecodeHistory("history.json", []byte(`{
  "kind": "planning-history",
  "council": "Fife",
  "plans": [{"period": "2026-2029", "prepared": "2026-02-30"}]
}`))
	fmt.Println(err)
	// Output:
	// history.json:4:49: /plans/0/prepared: invalid value: date "2026-02-30": day must be from 01 to 28 in February 2026
}

func ExampleDecodeQuestion() {
	q, err := duty.DecodeQuestion("q.json", []byte(`{
  "kind": "duty-question",
  "default_powers": {"function": "s10-publish-plan", "failure": "not-exercising"}
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := q.Decide(judgement.New(period.MustParseDate("2026-11-26")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Duty, d.Applies)
	// Output:
	// s17-default-powers true
}

func ExampleParseModality() {
	m, err := duty.ParseModality("may")
	fmt.Println(m, err)
	_, err = duty.ParseModality("shall")
	fmt.Println(err)
	// Output:
	// may <nil>
	// /: invalid value: modality "shall" (expected "must" or "may")
}
