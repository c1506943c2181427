package report

import (
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// Kind is the value of the kind member of an annual report document.
const Kind = "annual-report"

// Report is the annual report of section 13(1): "as soon as practicable
// after the end of each one-year period, a local authority and the relevant
// health board must publish (in such manner as they consider appropriate) a
// report on the extent to which (a) children's and related services have,
// in that one-year period, been provided in accordance with the Children's
// Services Plan; and (b) that the provision of services has achieved (i)
// the aims of children's services planning (section 9(2)), and (ii) such
// outcomes in relation to the wellbeing of children in the area as the
// Scottish Ministers may by order prescribe" (guidance para 123).
//
// Its JSON form is a document of kind "annual-report" with snake_case keys;
// [Decode] reads one strictly and [Report.Validate] says whether it can be
// judged. [Report.Judge] judges it on its own and [Report.JudgeAgainstPlan] against
// the plan it reports on. `part3 schema annual-report` prints its JSON
// Schema.
//
// The Act does not prescribe a format (guidance para 129): the fields below
// are what sections 12 and 13 and the guidance ask a report to say, so that
// a report can be checked against its plan. Free text stays free text; the
// package judges what is present and linked, not how well it is written.
type Report struct {
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
	// Kind is always "annual-report".
	Kind string `json:"kind"`
	// Title is the report's title as written.
	Title string `json:"title,omitzero"`
	// Partnership is who reports: the council area or areas whose local
	// authority and relevant health board publish the report (s.13(1),
	// s.7(6)). Required.
	Partnership Partnership `json:"partnership"`
	// ReportingPeriod is the one-year period reported on, 1 April to 31
	// March (s.13(1), guidance para 124), such as "2024-2025". Required.
	ReportingPeriod period.ReportingPeriod `json:"reporting_period"`
	// Plan identifies the children's services plan the report is on.
	// Required.
	Plan PlanRef `json:"plan"`
	// Publication records when, how and by whom the report was published.
	// A report with no published date is a draft.
	Publication Publication `json:"publication,omitzero"`
	// Provision is the extent to which children's and related services were
	// provided in accordance with the plan in the period (s.13(1)(a)), with
	// each departure from the plan and its ground.
	Provision Provision `json:"provision,omitzero"`
	// Aims is the extent to which the provision of services achieved each
	// of the five aims of section 9(2) (s.13(1)(b)(i)).
	Aims Aims `json:"aims,omitzero"`
	// PrescribedOutcomes is the extent to which the provision of services
	// achieved each outcome the Scottish Ministers prescribe by order
	// (s.13(1)(b)(ii)). No order has been made (guidance para 132).
	PrescribedOutcomes []OutcomeReport `json:"prescribed_outcomes,omitempty"`
	// Indicators is the progress on the plan's indicators in the period:
	// "a clear summary of progress made in the previous year, measured
	// against the Children's Services Plan priorities and outcome measures"
	// (guidance para 129).
	Indicators []IndicatorReport `json:"indicators,omitempty"`
	// PlanChanges are the significant changes made to the plan in the
	// period (guidance para 129: the report "should also include any
	// significant changes that have been made to the plan").
	PlanChanges []PlanChange `json:"plan_changes,omitempty"`
	// NoPlanChanges states that no significant change was made to the plan
	// in the period. It cannot be set with PlanChanges.
	NoPlanChanges bool `json:"no_plan_changes,omitzero"`
	// ContextChanges are the relevant changes in context: "in, for
	// instance, the availability or capacity of services, local political
	// priorities, and the needs of children and young people in the area"
	// (guidance para 128).
	ContextChanges []ContextChange `json:"context_changes,omitempty"`
	// DifferenceMade is the measurable difference the plan has made to the
	// lives of children and young people (guidance Appendix B step 10).
	DifferenceMade []Difference `json:"difference_made,omitempty"`
	// Activity describes the volume and frequency of service delivery,
	// which Appendix B step 10 says a report should not stop at.
	Activity []Activity `json:"activity,omitempty"`
}

// Partnership is who reports: the council areas of the plan. The duty to
// publish the report is the local authority's and its relevant health
// board's, jointly (s.13(1), s.7(6)), and "sits exclusively" with them
// (guidance para 133); a joint plan of several areas, such as Tayside's,
// lists each.
type Partnership struct {
	// Name is the partnership's name, such as "Fife Children's Services
	// Partnership".
	Name string `json:"name,omitzero"`
	// Councils are the council areas reported on, each once. At least one
	// is required.
	Councils []service.Council `json:"councils"`
}

// PlanRef identifies the plan a report is on: the three-year period it
// answers to and, where the plan has one, the ID of its version
// (plan.Version.ID), which names a revised plan (s.11(1)(b)).
type PlanRef struct {
	// Period is the three-year period of the plan (s.8(1)). Required.
	Period period.PlanPeriod `json:"period"`
	// Version is the ID of the version of the plan reported on, such as
	// "fife-csp-2023-2026-r1".
	Version string `json:"version,omitzero"`
}

// Publication records the report's publication: "in such manner as they
// consider appropriate" (s.13(1); guidance para 130).
type Publication struct {
	// Published is the day the report was published. The zero Date means
	// it is still a draft.
	Published period.Date `json:"published,omitzero"`
	// Manner says how it was published, such as "on the council's website,
	// with a young people's version".
	Manner string `json:"manner,omitzero"`
	// URL is where it is published.
	URL string `json:"url,omitzero"`
	// PublishedBy are the bodies that published it.
	PublishedBy []Publisher `json:"published_by,omitempty"`
}

// Publisher is one body that published the report: exactly one of Council
// (its local authority), HealthBoard, IntegrationJointBoard and Provider
// is set. Provider names any other body, such as an other service provider
// that published the report alongside the partnership; it takes the text
// forms of [service.Provider] other than "local-authority",
// "relevant-health-board" and "integration-joint-board", which are named by
// the other fields.
type Publisher struct {
	// Council is set for a local authority.
	Council service.Council `json:"council,omitzero"`
	// HealthBoard is set for a health board.
	HealthBoard service.HealthBoard `json:"health_board,omitzero"`
	// IntegrationJointBoard is set for an integration joint board.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// Provider is set for any other body.
	Provider service.Provider `json:"provider,omitzero"`
	// Name names the other body, where Provider is "other-organisation".
	Name string `json:"name,omitzero"`
}

// Provision is the extent to which children's and related services were
// provided in accordance with the plan in the period (s.13(1)(a)).
type Provision struct {
	// Extent states the extent, in the report's words.
	Extent string `json:"extent,omitzero"`
	// Departures are the ways in which services were not provided in
	// accordance with the plan, each with its ground.
	Departures []Departure `json:"departures,omitempty"`
}

// Departure is one way in which a service was not provided in accordance
// with the plan in the period. Section 12(1) requires each provider, "so far
// as reasonably practicable", to provide children's and related services in
// accordance with the plan; section 12(3) disapplies the duty where (a) the
// provider considers that complying would adversely affect the wellbeing of
// a child, or (b) a notice of disagreement under section 10(8) has been
// published about the matter (guidance paras 120-121).
type Departure struct {
	// Service is the ID of the plan's service concerned, if any.
	Service string `json:"service,omitzero"`
	// Action is the ID of the plan's action concerned, if any.
	Action string `json:"action,omitzero"`
	// Description says what was not done as the plan says. Required.
	Description string `json:"description"`
	// Ground is the ground the report gives for the departure. Required:
	// "none-given" when the report gives none.
	Ground Ground `json:"ground"`
	// Notice identifies the notice of disagreement, for the ground
	// "notice-of-disagreement".
	Notice Notice `json:"notice,omitzero"`
	// Explanation is the report's explanation, in its words.
	Explanation string `json:"explanation,omitzero"`
}

// Notice identifies a notice of disagreement (s.10(8)) a departure relies
// on.
type Notice struct {
	// Issuer is who issued it, in the text form of [service.Provider]: an
	// other service provider or "scottish-ministers".
	Issuer service.Provider `json:"issuer,omitzero"`
	// Published is the day it was published.
	Published period.Date `json:"published,omitzero"`
	// URL is where it is published.
	URL string `json:"url,omitzero"`
}

// IsZero reports whether n identifies no notice.
func (n Notice) IsZero() bool { return n == Notice{} }

// Aims holds the extent to which the provision of services achieved each of
// the five aims of section 9(2) (s.13(1)(b)(i); guidance para 126: every
// annual report includes information about "the five overarching aims of
// children's services planning"). The fields follow [plan.Aims].
type Aims struct {
	// Wellbeing: children's services provided in the way which best
	// safeguards, supports and promotes the wellbeing of children in the
	// area (s.9(2)(a)(i)).
	Wellbeing AimReport `json:"wellbeing,omitzero"`
	// Prevention: action to meet needs taken at the earliest appropriate
	// time and, where appropriate, to prevent needs arising
	// (s.9(2)(a)(ii)).
	Prevention AimReport `json:"prevention,omitzero"`
	// Integration: most integrated from the point of view of recipients
	// (s.9(2)(a)(iii)).
	Integration AimReport `json:"integration,omitzero"`
	// BestUseOfResources: the best use of available resources
	// (s.9(2)(a)(iv)).
	BestUseOfResources AimReport `json:"best_use_of_resources,omitzero"`
	// RelatedServices: related services provided in the way which, so far
	// as consistent with their objects and proper delivery, safeguards,
	// supports and promotes the wellbeing of children (s.9(2)(b)).
	RelatedServices AimReport `json:"related_services,omitzero"`
}

// AimReport is what the report says about one aim of section 9(2).
type AimReport struct {
	// Extent states the extent to which the provision of services achieved
	// the aim, in the report's words.
	Extent string `json:"extent,omitzero"`
	// Indicators are the IDs of the report's indicators that show it.
	Indicators []string `json:"indicators,omitempty"`
}

// IsZero reports whether a says nothing.
func (a AimReport) IsZero() bool { return a.Extent == "" && len(a.Indicators) == 0 }

// OutcomeReport is what the report says about one outcome prescribed by the
// Scottish Ministers' order under section 13(1)(b)(ii).
type OutcomeReport struct {
	// ID is the outcome's ID, as the caller's [PrescribedOutcome] gives
	// it. Required, unique.
	ID string `json:"id"`
	// Extent states the extent to which the provision of services achieved
	// it.
	Extent string `json:"extent,omitzero"`
}

// IndicatorReport is the progress on one indicator in the period: its
// baseline, its value for the period and its target.
type IndicatorReport struct {
	// ID is the ID of the plan's indicator (plan.Indicator.ID). Required,
	// unique.
	ID string `json:"id"`
	// Description says what is measured.
	Description string `json:"description,omitzero"`
	// Baseline is the starting value and its date.
	Baseline plan.Measure `json:"baseline,omitzero"`
	// Value is the value for the reporting period and its date.
	Value plan.Measure `json:"value,omitzero"`
	// Target is the value aimed for and the date by which.
	Target plan.Measure `json:"target,omitzero"`
	// Commentary says what the figures mean.
	Commentary string `json:"commentary,omitzero"`
}

// PlanChange is a significant change made to the plan (guidance para 129),
// such as a revised plan prepared under section 11(1)(b).
type PlanChange struct {
	// Description says what changed, and why. Required.
	Description string `json:"description"`
	// Date is the day the change was made.
	Date period.Date `json:"date,omitzero"`
	// Version is the ID of the revised plan that made it, if one did.
	Version string `json:"version,omitzero"`
}

// ContextChange is a relevant change in the context of the period (guidance
// para 128).
type ContextChange struct {
	// Description says what changed. Required.
	Description string `json:"description"`
}

// Difference is a measurable difference the plan has made to the lives of
// children and young people (Appendix B step 10: reporting "should not
// simply describe the volume and frequency of service delivery but identify
// the measurable difference the Children's Services Plan has made").
type Difference struct {
	// Description says what difference was made. Required.
	Description string `json:"description"`
	// Indicators are the IDs of the report's indicators that measure it.
	Indicators []string `json:"indicators,omitempty"`
	// Before and After measure it where no indicator does.
	Before plan.Measure `json:"before,omitzero"`
	After  plan.Measure `json:"after,omitzero"`
}

// Activity is the volume or frequency of service delivery: what was done,
// not the difference it made.
type Activity struct {
	// Description says what was delivered. Required.
	Description string `json:"description"`
	// Measure is how much, if the report says.
	Measure plan.Measure `json:"measure,omitzero"`
}
