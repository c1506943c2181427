// Command disagreement shows how a notice of disagreement changes the duty
// to provide services in accordance with a children's services plan
// (section 12 of the Children and Young People (Scotland) Act 2014).
//
// Police Scotland provides two services in Dundee's 2026-2029 plan: S7,
// campus officers in secondary schools, and S9, a youth diversion scheme.
// It publishes a notice of disagreement under section 10(8) about S7 only.
// The exception in section 12(3)(b) then disapplies the duty for S7, and
// leaves it in place for S9. The program prints the four decisions with
// their reasons.
//
//	go run ./examples/disagreement
package main

import (
	"fmt"
	"os"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// notice is Police Scotland's notice of disagreement about S7.
const notice = `{
  "kind": "notice-of-disagreement",
  "issuer": "police-scotland",
  "plan": {"councils": ["Dundee City"], "period": "2026-2029"},
  "matters": [
    {
      "service_id": "S7",
      "service_name": "Campus police officers in secondary schools",
      "aspect": "Action 2.3 commits Police Scotland to a full-time campus officer in every secondary school from August 2026."
    }
  ],
  "reasons": "Campus officers are deployed by the divisional commander according to local risk; a full-time officer in every school is beyond the division's establishment.",
  "published": {"date": "2026-06-15", "manner": "on the Police Scotland website"}
}`

func main() {
	n, err := consult.DecodeNotice("notice.json", []byte(notice))
	if err != nil {
		fmt.Fprintln(os.Stderr, "disagreement:", err)
		os.Exit(2)
	}
	law := service.DefaultLaw()
	plan := consult.PlanServices{
		Councils: []service.Council{service.MustLookupCouncil("Dundee City")},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{
			{ID: "S7", Name: "Campus police officers in secondary schools", Provider: service.ProviderPoliceScotland},
			{ID: "S9", Name: "Youth diversion scheme", Provider: service.ProviderPoliceScotland},
		},
	}
	ask := func(s consult.PlanService, notices []consult.NoticeOfDisagreement) duty.Decision {
		return duty.DecideImplementation(duty.ImplementationQuestion{
			Council:  plan.Councils[0],
			Period:   plan.Period,
			On:       period.MustParseDate("2026-11-26"),
			Provider: s.Provider,
			Service:  duty.PlanService{ID: s.ID, Name: s.Name},
			Notices:  notices,
			Plan:     plan,
		}, law)
	}

	for _, s := range plan.Services {
		fmt.Printf("== %s %s, before the notice\n", s.ID, s.Name)
		fmt.Print(ask(s, nil))
		fmt.Printf("\n== %s %s, after Police Scotland's notice about S7\n", s.ID, s.Name)
		fmt.Print(ask(s, []consult.NoticeOfDisagreement{n}))
		fmt.Println()
	}
}
