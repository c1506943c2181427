package judgement

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/period"
)

// The duty catalogue IDs (package duty) of the duties with a time limit
// that a [Relief] may lift, or whose reasonably practicable time a
// [TimePassed] fact may state has passed.
const (
	DutyPreparePlan             = "s8-prepare-plan"
	DutyCopyToMinisters         = "s10-copy-to-ministers"
	DutyCopyToOtherProviders    = "s10-copy-to-other-service-providers"
	DutyPublishPlan             = "s10-publish-plan"
	DutyAnnualReport            = "s13-annual-report"
	perPlanPeriod, perReporting = true, false
)

// relievable lists the duties a Relief may name, with whether each is
// owed per plan period (true) or per reporting period (false).
var relievable = []struct {
	id      string
	perPlan bool
}{
	{DutyPreparePlan, perPlanPeriod},
	{DutyCopyToMinisters, perPlanPeriod},
	{DutyCopyToOtherProviders, perPlanPeriod},
	{DutyPublishPlan, perPlanPeriod},
	{DutyAnnualReport, perReporting},
}

// RelievableDuties returns the catalogue IDs of the duties a [Relief] may
// name, in the order of the Act.
func RelievableDuties() []string {
	ids := make([]string, len(relievable))
	for i, r := range relievable {
		ids[i] = r.id
	}
	return ids
}

// perPlan reports whether duty id is owed per plan period, and whether it
// is one a Relief may name.
func perPlan(id string) (per, ok bool) {
	for _, r := range relievable {
		if r.id == id {
			return r.perPlan, true
		}
	}
	return false, false
}

// Relief is a temporary relief from a time limit that the caller relies on,
// such as one made under the Coronavirus (Scotland) Act 2020. The module
// assumes none: a relief applies only when the caller supplies it, with the
// citation the caller gives.
//
// It applies to the duty named for the plan period or reporting period
// named: what it covers is not late before the end of Until, and every
// answer that applies it says so. JSON keys: duty, plan_period,
// reporting_period, until, citation, note.
type Relief struct {
	// Duty is the catalogue ID of the duty whose time limit is relieved,
	// one of [RelievableDuties]. Required.
	Duty string `json:"duty"`
	// PlanPeriod is the plan period it applies to, for the section 8 and
	// section 10 duties. Required for them.
	PlanPeriod period.PlanPeriod `json:"plan_period,omitzero"`
	// ReportingPeriod is the reporting period it applies to, for the
	// section 13 duty. Required for it.
	ReportingPeriod period.ReportingPeriod `json:"reporting_period,omitzero"`
	// Until is the last day of the relief. Required.
	Until period.Date `json:"until"`
	// Citation is the provision the relief rests on, as the caller gives
	// it, such as "Coronavirus (Scotland) Act 2020". Required.
	Citation part3.Citation `json:"citation"`
	// Note says what the relief is, in the caller's words.
	Note string `json:"note,omitzero"`
}

// Validate reports what makes r unusable, as an *part3.InputError whose
// Path is relative to the relief ("/duty", "/until"), or nil.
func (r Relief) Validate() error { return r.validate("") }

func (r Relief) validate(at string) error {
	per, ok := perPlan(r.Duty)
	switch {
	case r.Duty == "":
		return &part3.InputError{Path: at + "/duty", Category: part3.ErrMissing, Expected: relievableList()}
	case !ok:
		return &part3.InputError{Path: at + "/duty", Category: part3.ErrDanglingReference,
			Err: fmt.Errorf("%q is not a duty with a time limit a relief can lift%s", r.Duty, suggest.Phrase(r.Duty, RelievableDuties())), Expected: relievableList()}
	case per && r.PlanPeriod.IsZero():
		return missing(at+"/plan_period", fmt.Sprintf("the plan period the relief from %s applies to, such as \"2020-2023\"", r.Duty))
	case !per && r.ReportingPeriod.IsZero():
		return missing(at+"/reporting_period", fmt.Sprintf("the reporting period the relief from %s applies to, such as \"2020-2021\"", r.Duty))
	case per && !r.ReportingPeriod.IsZero():
		return invalid(at+"/reporting_period", fmt.Errorf("%s is a duty of each plan period", r.Duty), "plan_period only")
	case !per && !r.PlanPeriod.IsZero():
		return invalid(at+"/plan_period", fmt.Errorf("%s is a duty of each reporting period", r.Duty), "reporting_period only")
	case r.Until.IsZero():
		return missing(at+"/until", "the last day of the relief")
	case r.Citation.IsZero():
		return missing(at+"/citation", "the provision the relief rests on, such as \"Coronavirus (Scotland) Act 2020\"")
	}
	return nil
}

func relievableList() string {
	ids := RelievableDuties()
	for i, id := range ids {
		ids[i] = fmt.Sprintf("%q", id)
	}
	return "one of " + strings.Join(ids, ", ")
}

// ReliefFor returns the first of c's reliefs for duty id in plan period
// pp, if there is one.
func (c Context) ReliefFor(id string, pp period.PlanPeriod) (Relief, bool) {
	return ReliefIn(c.Reliefs, id, pp, period.ReportingPeriod{})
}

// ReportReliefFor returns the first of c's reliefs for the annual report
// on reporting period rp, if there is one.
func (c Context) ReportReliefFor(rp period.ReportingPeriod) (Relief, bool) {
	return ReliefIn(c.Reliefs, DutyAnnualReport, period.PlanPeriod{}, rp)
}

// ReliefIn returns the first relief in rs for duty id in plan period pp
// or, for the annual report, reporting period rp.
func ReliefIn(rs []Relief, id string, pp period.PlanPeriod, rp period.ReportingPeriod) (Relief, bool) {
	for _, r := range rs {
		if r.Duty == id && r.Until.IsValid() && r.PlanPeriod == pp && r.ReportingPeriod == rp {
			return r, true
		}
	}
	return Relief{}, false
}
