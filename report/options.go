package report

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Options are what a report is judged with beyond the document itself: the
// day it is judged on, the version of the law, any order of the Scottish
// Ministers prescribing outcomes, reliefs from time limits, and the
// partnership's own numbers where the law sets none. The zero Options
// judges the report under the law as it stands, with no order made, as a
// complete record, with the local-policy defaults.
type Options struct {
	// Now is the day the report is judged on. A draft report (no published
	// date) is reported late against the guidance's end-of-June target and
	// the local policy limit only once Now is past them. The zero Date
	// judges the document as a complete record, and a draft is not judged
	// on time.
	Now period.Date
	// Law is the version of the law applied: who the joint planners are
	// (service.JointPlanners: the local authority and its relevant health
	// board, and the relevant integration joint board once section 60 of
	// the 2026 Act is in force) and who may issue a notice of
	// disagreement. It is read on the day after the reporting period ends,
	// when the duty to publish arises. The zero Law is service.DefaultLaw().
	Law service.Law
	// PrescribedOutcomes are the outcomes the Scottish Ministers have
	// prescribed by order under section 13(1)(b)(ii). None has been made
	// (guidance para 132), so the default is none.
	PrescribedOutcomes []PrescribedOutcome
	// Policy holds the partnership's local policy limit for publishing the
	// report (duty.Policy.ReportDays, the same number package duty's
	// calendar applies). The zero Policy is duty.DefaultPolicy().
	Policy duty.Policy
	// Reliefs are temporary reliefs from time limits the caller relies on,
	// for the duty "s13-annual-report" of the duty catalogue, as package
	// duty's calendar applies them. None is assumed.
	Reliefs []duty.Relief
}

// PrescribedOutcome is an outcome "in relation to the wellbeing of children
// in the area" that the Scottish Ministers prescribe by order under section
// 13(1)(b)(ii), on which every annual report from the period the order
// names must report. No such order has been made (guidance para 132); the
// type lets a caller apply one on the day it is made.
type PrescribedOutcome struct {
	// ID identifies the outcome; a report's prescribed_outcomes refer to
	// it. Required.
	ID string `json:"id"`
	// Outcome is the outcome as the order words it.
	Outcome string `json:"outcome"`
	// Order is the citation of the order, such as "SSI 2027/100".
	Order part3.Citation `json:"order"`
	// From is the first one-year period whose report must cover the
	// outcome, as the order provides. Required.
	From period.ReportingPeriod `json:"from"`
	// Until is the last such period, if the order has been revoked or
	// amended; zero while it is in force.
	Until period.ReportingPeriod `json:"until,omitzero"`
}

// AppliesTo reports whether the report on reporting period r must cover o.
func (o PrescribedOutcome) AppliesTo(r period.ReportingPeriod) bool {
	return o.From.IsValid() && r.Compare(o.From) >= 0 && (o.Until.IsZero() || r.Compare(o.Until) <= 0)
}
