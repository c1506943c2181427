package plan

import (
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Options are what a plan is judged with beyond the document itself: the
// day it is judged on, the version of the law, the Ministers' directions,
// facts only the partnership knows, and the partnership's own numbers where
// the law sets none. The zero Options judges the plan under the law as it
// stands with no order or direction made, as a complete record, with the
// local-policy defaults.
type Options struct {
	// Now is the day the plan is judged on. A duty that runs "as soon as
	// reasonably practicable" after the plan is prepared (s.10(7)) is not
	// reported as unmet while Now is within the local policy limit of the
	// day it was prepared, and a draft plan (no prepared date) is reported
	// late only once Now is past the day before its period starts. The zero
	// Date judges the document as a complete record: what it does not
	// record is taken not to have been done, and a draft is not judged on
	// time.
	Now period.Date
	// Law is the version of the law applied: the register of other service
	// providers, any s.7(3) orders, and the commencement of section 60 of
	// the 2026 Act. It is read on the day the plan was prepared (or Now, or
	// the day before the period starts, for a draft). The zero Law is
	// service.DefaultLaw().
	Law service.Law
	// Directions are the Scottish Ministers' directions under section
	// 10(1)(b)(iii). The zero Directions holds none, as guidance para 88
	// records.
	Directions consult.Directions
	// PrisonInArea reports whether the Scottish Ministers provide a service
	// in the area in exercising functions under the Prisons (Scotland) Act
	// 1989; only then are they owed an opportunity under section 10(1)(a).
	// Only the caller knows; the default is false.
	PrisonInArea bool
	// ConsultPolicy holds the partnership's numbers for an effective
	// opportunity (local policy). The zero value is consult.DefaultPolicy().
	ConsultPolicy consult.Policy
	// Policy holds the partnership's numbers for this package's rules
	// (local policy). The zero Policy is DefaultPolicy().
	Policy Policy
	// Reliefs are temporary reliefs from time limits the caller relies on,
	// such as one made under the Coronavirus (Scotland) Act 2020, for the
	// duties "s8-prepare-plan", "s10-copy-to-ministers",
	// "s10-copy-to-other-service-providers" and "s10-publish-plan" of the
	// duty catalogue. None is assumed.
	Reliefs []duty.Relief
}

// Policy holds the numbers a partnership sets for itself where the law
// sets none. Section 10(7) requires the copies and publication "as soon as
// reasonably practicable" after the plan is prepared, which guidance para
// 102 reads as "as soon as possible, in view of other duties, functions and
// commitments"; neither puts a number on it. Findings against these numbers
// are practice, never statutory.
type Policy struct {
	// CopyDays is how many days after the plan is prepared its copies should
	// have been sent and it published. 0 means the default, 28 days (local
	// policy, as in package duty); a negative value sets no limit.
	CopyDays int `json:"copy_days"`
}

// DefaultCopyDays is the default of Policy.CopyDays: 28 days, local
// policy, the same as package duty's calendar.
const DefaultCopyDays = duty.DefaultCopyDays

// DefaultPolicy returns the local-policy defaults: copies sent and the plan
// published within 28 days of its preparation. They are a planning
// convention, not a requirement of the Act or the guidance.
func DefaultPolicy() Policy { return Policy{CopyDays: DefaultCopyDays} }

// copyDays returns the limit in days, or -1 for none.
func (p Policy) copyDays() int {
	switch {
	case p.CopyDays == 0:
		return DefaultCopyDays
	case p.CopyDays < 0:
		return -1
	}
	return p.CopyDays
}

// The duty catalogue IDs of the time limits a relief may lift.
const (
	dutyPrepare       = "s8-prepare-plan"
	dutyCopyMinisters = "s10-copy-to-ministers"
	dutyCopyOSP       = "s10-copy-to-other-service-providers"
	dutyPublish       = "s10-publish-plan"
)

// relief returns the caller's relief for duty id in plan period pp, if one
// is given.
func (o Options) relief(id string, pp period.PlanPeriod) (duty.Relief, bool) {
	for _, r := range o.Reliefs {
		if r.Duty == id && (r.PlanPeriod == pp || r.PlanPeriod.IsZero()) && r.Until.IsValid() {
			return r, true
		}
	}
	return duty.Relief{}, false
}
