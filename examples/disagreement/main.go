// Command disagreement shows how a notice of disagreement changes the duty
// to provide services in accordance with a children's services plan
// (section 12 of the Children and Young People (Scotland) Act 2014).
//
// Police Scotland provides two services in Dundee's 2026-2029 plan: S7,
// campus officers in secondary schools, and S9, a youth diversion scheme.
// It publishes a notice of disagreement under section 10(8) about S7 only.
// The exception in section 12(3)(b) then disapplies the duty for S7, and
// leaves it in place for S9. The program prints the four decisions with
// their reasons, as they stand on 26 November 2026: a day within the plan's
// period and after the notice, so that the story reads the same whatever day
// it is run.
//
//	go run ./examples/disagreement
//
// Exit status 0.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
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
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "disagreement:", err)
		os.Exit(2)
	}
}

// run writes to w the s12 decisions for S7 and S9, before and after the
// notice.
func run(w io.Writer) error {
	n, err := consult.DecodeNotice("notice.json", []byte(notice))
	if err != nil {
		return err
	}
	plan := consult.PlanServices{
		Councils: []service.Council{service.MustLookupCouncil("Dundee City")},
		Period:   period.MustParsePlanPeriod("2026-2029"),
		Services: []consult.PlanService{
			{ID: "S7", Name: "Campus police officers in secondary schools", Provider: service.ProviderPoliceScotland},
			{ID: "S9", Name: "Youth diversion scheme", Provider: service.ProviderPoliceScotland},
		},
	}
	on := period.MustParseDate("2026-11-26")
	ask := func(s consult.PlanService, notices []consult.NoticeOfDisagreement) duty.Decision {
		d, err := duty.DecideImplementation(duty.ImplementationQuestion{
			Council:  plan.Councils[0],
			Period:   plan.Period,
			On:       on,
			Provider: s.Provider,
			Service:  duty.PlanService{ID: s.ID, Name: s.Name},
			Notices:  notices,
			Plan:     plan,
		}, judgement.New(on))
		if err != nil {
			panic(err) // a context with a date is always valid
		}
		return d
	}

	var summary []string
	for _, s := range plan.Services {
		before, after := ask(s, nil), ask(s, []consult.NoticeOfDisagreement{n})
		fmt.Fprintf(w, "== %s %s, before the notice\n", s.ID, s.Name)
		fmt.Fprint(w, before)
		fmt.Fprintf(w, "\n== %s %s, after Police Scotland's notice about S7\n", s.ID, s.Name)
		fmt.Fprint(w, after)
		fmt.Fprintln(w)
		summary = append(summary, fmt.Sprintf("  %s %s: before the notice, %s; after it, %s",
			s.ID, s.Name, yesNo(before), yesNo(after)))
	}
	fmt.Fprintf(w, "In short, on %s must Police Scotland provide each service in accordance with the plan, so far as reasonably practicable (s.12(1))?\n", on)
	fmt.Fprintln(w, strings.Join(summary, "\n"))
	return nil
}

// yesNo answers whether d's duty applies and, if not, says why.
func yesNo(d duty.Decision) string {
	switch {
	case d.Applies:
		return "yes"
	case d.DecidedBy == "notice-of-disagreement":
		return fmt.Sprintf("not in relation to the matter the notice names (%s)", d.DecidedByCitation)
	default:
		return fmt.Sprintf("no (%s, %s)", d.DecidedBy, d.DecidedByCitation)
	}
}
