package judgement

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Facts are what the caller states that no document records and no rule
// can infer: judgements of fact that only a court, the Scottish Ministers
// or the partnership itself can make. A statutory finding never rests on a
// number the module chose; where the Act's own terms leave the question
// open ("as soon as reasonably practicable"), a stated fact can settle it.
// JSON keys: reasonably_practicable_time_passed, aims_not_in_view.
type Facts struct {
	// TimePassed states, for a duty the Act says is owed "as soon as
	// reasonably practicable" (s.10(7)) or "as soon as practicable"
	// (s.13(1)), the last day by which it was practicable to meet it.
	TimePassed []TimePassed `json:"reasonably_practicable_time_passed"`
	// AimsNotInView states that a plan was not prepared with a view to
	// securing the aims of s.9(2) (s.9(1)).
	AimsNotInView []AimsNotInView `json:"aims_not_in_view"`
}

// IsZero reports whether f states nothing.
func (f Facts) IsZero() bool { return len(f.TimePassed) == 0 && len(f.AimsNotInView) == 0 }

// TimePassed states that the time within which a duty owed "as soon as
// (reasonably) practicable" had to be met ended on a day: a court, the
// Scottish Ministers or the partnership itself has found that it was
// practicable to meet the duty by By. Meeting it later, or not by the
// as-of date, breaches the Act, and the finding quotes Source. A relief
// ([Relief]) does not move By: the fact says when the time ran out. The
// calendar of one council area applies a fact that names it among the
// council areas of a joint plan. JSON keys: duty, councils, plan_period,
// revision, reporting_period, by, source.
type TimePassed struct {
	// Duty is the catalogue ID of the duty: "s10-copy-to-ministers",
	// "s10-copy-to-other-service-providers", "s10-publish-plan" or
	// "s13-annual-report". Required.
	Duty string `json:"duty"`
	// Councils are the council areas of the partnership whose duty it is,
	// all of them (three for Tayside's joint plan). Required: a breach is a
	// breach by named bodies.
	Councils []service.Council `json:"councils"`
	// PlanPeriod is the plan's three-year period, for the section 10
	// duties. Required for them.
	PlanPeriod period.PlanPeriod `json:"plan_period,omitzero"`
	// Revision is, for a section 10 duty, the revision of the plan it
	// concerns: 0 for the plan as first prepared, 1 for the first revised
	// plan.
	Revision int `json:"revision,omitzero"`
	// ReportingPeriod is the one-year period of the annual report, for the
	// section 13 duty. Required for it.
	ReportingPeriod period.ReportingPeriod `json:"reporting_period,omitzero"`
	// By is the last day by which it was practicable to meet the duty.
	// Required.
	By period.Date `json:"by"`
	// Source says who found it, and where, such as "Decision of the
	// partnership's Chief Officers Group, 12 June 2024". Required: the fact
	// is the caller's, and every answer that relies on it quotes it.
	Source string `json:"source"`
}

// AimsNotInView states that a plan was not prepared with a view to
// securing the achievement of the aims of s.9(2), or of some of them, as
// s.9(1) requires. A plan document that is silent about an aim does not
// show this by itself (that is a matter for the guidance, paras 48-71);
// only such a statement makes it a breach. JSON keys: councils,
// plan_period, revision, aims, source.
type AimsNotInView struct {
	// Councils are the council areas of the partnership, all of them.
	// Required.
	Councils []service.Council `json:"councils"`
	// PlanPeriod is the plan's three-year period. Required.
	PlanPeriod period.PlanPeriod `json:"plan_period"`
	// Revision is the revision of the plan: 0 for the plan as first
	// prepared.
	Revision int `json:"revision,omitzero"`
	// Aims are the aims not in view, by the keys a plan document uses
	// ("wellbeing", "prevention", "integration", "best_use_of_resources",
	// "related_services"); empty means all five.
	Aims []string `json:"aims,omitempty"`
	// Source says who found it, and where. Required.
	Source string `json:"source"`
}

// AimKeys are the keys of the five aims of s.9(2), as a plan document
// names them: s.9(2)(a)(i) to (iv) and s.9(2)(b).
func AimKeys() []string {
	return []string{"wellbeing", "prevention", "integration", "best_use_of_resources", "related_services"}
}

// sameCouncils reports whether a and b hold the same council areas, in any
// order.
func sameCouncils(a, b []service.Council) bool {
	if len(a) != len(b) {
		return false
	}
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// TimePassedFor returns the fact c states about duty id of the partnership
// of the given council areas for plan period pp (and revision), if any.
func (c Context) TimePassedFor(id string, councils []service.Council, pp period.PlanPeriod, revision int) (TimePassed, bool) {
	for _, f := range c.Facts.TimePassed {
		if f.Duty == id && f.PlanPeriod == pp && f.Revision == revision && sameCouncils(f.Councils, councils) {
			return f, true
		}
	}
	return TimePassed{}, false
}

// ReportTimePassedFor returns the fact c states about the annual report
// of the partnership of the given council areas on reporting period rp,
// if any.
func (c Context) ReportTimePassedFor(councils []service.Council, rp period.ReportingPeriod) (TimePassed, bool) {
	for _, f := range c.Facts.TimePassed {
		if f.Duty == DutyAnnualReport && f.ReportingPeriod == rp && sameCouncils(f.Councils, councils) {
			return f, true
		}
	}
	return TimePassed{}, false
}

// AimsNotInViewFor returns the fact c states about the plan of the
// partnership of the given council areas for plan period pp (and
// revision), if any.
func (c Context) AimsNotInViewFor(councils []service.Council, pp period.PlanPeriod, revision int) (AimsNotInView, bool) {
	for _, f := range c.Facts.AimsNotInView {
		if f.PlanPeriod == pp && f.Revision == revision && sameCouncils(f.Councils, councils) {
			return f, true
		}
	}
	return AimsNotInView{}, false
}

// Covers reports whether the fact covers the aim with the given key.
func (f AimsNotInView) Covers(aim string) bool {
	return len(f.Aims) == 0 || slices.Contains(f.Aims, aim)
}

func (f Facts) validate() error {
	for i, t := range f.TimePassed {
		path := part3.Pointer("facts", "reasonably_practicable_time_passed", i)
		per, ok := perPlan(t.Duty)
		switch {
		case t.Duty == "":
			return missing(path+"/duty", timePassedDuties)
		case !ok || t.Duty == DutyPreparePlan:
			return &part3.InputError{Path: path + "/duty", Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("%q is not a duty owed as soon as (reasonably) practicable%s", t.Duty, suggest.Phrase(t.Duty, timePassedIDs)), Expected: timePassedDuties}
		case per && t.PlanPeriod.IsZero():
			return missing(path+"/plan_period", "the plan period, such as \"2023-2026\"")
		case !per && t.ReportingPeriod.IsZero():
			return missing(path+"/reporting_period", "the reporting period of the annual report, such as \"2024-2025\"")
		case per && !t.ReportingPeriod.IsZero():
			return invalid(path+"/reporting_period", fmt.Errorf("%s is a duty of each plan", t.Duty), "plan_period only")
		case !per && (!t.PlanPeriod.IsZero() || t.Revision != 0):
			return invalid(path+"/plan_period", fmt.Errorf("%s is a duty of each reporting period", t.Duty), "reporting_period only")
		case t.Revision < 0:
			return invalid(path+"/revision", fmt.Errorf("revision %d", t.Revision), "0 for the plan as first prepared, or the number of the revision")
		case !t.By.IsValid():
			return missing(path+"/by", "the last day by which it was practicable to meet the duty")
		}
		if err := checkFactBasis(path, t.Councils, t.Source); err != nil {
			return err
		}
	}
	for i, a := range f.AimsNotInView {
		path := part3.Pointer("facts", "aims_not_in_view", i)
		switch {
		case a.PlanPeriod.IsZero():
			return missing(path+"/plan_period", "the plan period, such as \"2023-2026\"")
		case a.Revision < 0:
			return invalid(path+"/revision", fmt.Errorf("revision %d", a.Revision), "0 for the plan as first prepared, or the number of the revision")
		}
		for k, aim := range a.Aims {
			if !slices.Contains(AimKeys(), aim) {
				return invalid(part3.Pointer("facts", "aims_not_in_view", i, "aims", k), fmt.Errorf("aim %q", aim),
					"one of "+quoteAll(AimKeys()))
			}
		}
		if err := checkFactBasis(path, a.Councils, a.Source); err != nil {
			return err
		}
	}
	return nil
}

const timePassedDuties = `one of "s10-copy-to-ministers", "s10-copy-to-other-service-providers", "s10-publish-plan", "s13-annual-report"`

// timePassedIDs are the duties of timePassedDuties, for suggesting the one
// meant.
var timePassedIDs = []string{"s10-copy-to-ministers", "s10-copy-to-other-service-providers", "s10-publish-plan", "s13-annual-report"}

// checkFactBasis checks the council areas and the source every fact needs.
func checkFactBasis(path string, councils []service.Council, source string) error {
	if len(councils) == 0 {
		return missing(path+"/councils", "the council areas of the partnership the fact is about, such as [\"Fife\"]")
	}
	for k, c := range councils {
		if c.IsZero() {
			return missing(part3.PointerJoin(path, "councils", k), "a council area")
		}
		if slices.Index(councils, c) < k {
			return &part3.InputError{Path: part3.PointerJoin(path, "councils", k), Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("%s is named twice", c.Name()), Expected: "each council area once"}
		}
	}
	if strings.TrimSpace(source) == "" {
		return missing(path+"/source", "who found the fact, and where: a court, the Scottish Ministers or the partnership's own decision")
	}
	return nil
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}
