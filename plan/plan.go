package plan

import (
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Kind is the value of the kind member of a children's services plan
// document.
const Kind = "childrens-services-plan"

// Plan is a children's services plan as a planning team keeps it: the
// document of section 8(2), "setting out the local authority and health
// board's plans for the provision of all children's services and related
// services over the three-year period" (guidance para 41), with the record
// of how it was prepared (section 10) and published (section 10(7)).
//
// Its JSON form is a document of kind "childrens-services-plan" with
// snake_case keys; [Decode] reads one strictly and [Plan.Validate] says
// whether it can be judged. [Plan.Judge] judges it against the Act and the
// guidance; [Plan.Review] reviews it against the fifteen criteria of
// Appendix A. `part3 schema childrens-services-plan` prints its JSON Schema.
//
// The plan records the statutory period it answers to (Period) and,
// separately, its title and its dates as written (Title, StatedDates): real
// plans have been titled "2021-2023" and "2018-2021", and a mismatch is a
// finding, never a reason to refuse the document.
//
// Lists link by ID: a priority names its evidence, an outcome its
// priorities, an indicator its outcome, an action its priority, an aim its
// services and actions. IDs are unique within their list; action IDs are
// unique across the plan.
type Plan struct {
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
	// Kind is always "childrens-services-plan".
	Kind string `json:"kind"`
	// Title is the plan's title as written, such as "Highland Integrated
	// Children's Services Plan 2021-2023". Required.
	Title string `json:"title"`
	// Partnership is who prepared the plan: the council area or areas and
	// their relevant health board (s.7(6), s.8(1)). Required.
	Partnership Partnership `json:"partnership"`
	// Period is the statutory three-year period the plan answers to
	// (s.8(1)), such as "2023-2026", whatever its title says. Required.
	Period period.PlanPeriod `json:"period"`
	// StatedDates are the first and last days the plan says it covers, as
	// written; either may be left out.
	StatedDates StatedDates `json:"stated_dates,omitzero"`
	// Version says whether this is the original plan or a revision of an
	// earlier version (s.11(1)(b)). The zero Version is an original.
	Version Version `json:"version,omitzero"`
	// Approvals are the approvals of the plan by each body that prepared
	// it, with their dates.
	Approvals []Approval `json:"approvals,omitempty"`
	// Vision is the partnership's shared vision of what will be achieved by
	// the end of the plan (guidance para 29(iii), Appendix A criterion 1).
	Vision string `json:"vision,omitzero"`
	// NeedsAssessment is the joint strategic needs assessment the plan
	// rests on (guidance para 29(i), Appendix A criteria 3 and 4).
	NeedsAssessment NeedsAssessment `json:"needs_assessment,omitzero"`
	// Priorities are the plan's priorities, each linked to the evidence
	// behind it (guidance paras 29(ii) and 97).
	Priorities []Priority `json:"priorities,omitempty"`
	// Outcomes are what the plan aims to achieve, each serving priorities.
	Outcomes []Outcome `json:"outcomes,omitempty"`
	// Indicators are how progress towards the outcomes is measured
	// (guidance paras 29(iv), 74 and 97; Appendix B step 6).
	Indicators []Indicator `json:"indicators,omitempty"`
	// Services are the children's services and related services the plan
	// covers (s.8(2)), each with the actions the plan commits it to.
	Services []Service `json:"services,omitempty"`
	// Aims says how the plan is to secure each of the five aims of
	// s.9(2).
	Aims Aims `json:"aims,omitzero"`
	// Preparation is the record of how the plan was prepared under
	// section 10: opportunities, consultation, requests and engagement.
	Preparation consult.Record `json:"preparation,omitzero"`
	// Reviews are the reviews held of this version of the plan under
	// section 11(1)(a), each with the opportunities given to the other
	// service providers and the Scottish Ministers to take part in it
	// (section 11(2), as the guidance paraphrases it), its outcome and the
	// revised plan it led to, if any.
	Reviews []consult.Review `json:"reviews,omitempty"`
	// Publication records when the plan was prepared, sent and published
	// (s.10(7)), and its accessible versions (guidance para 105).
	Publication Publication `json:"publication,omitzero"`
	// LinkedPlans are the other statutory plans and reports the plan links
	// to (guidance Appendix C, Appendix A criterion 15).
	LinkedPlans []LinkedPlan `json:"linked_plans,omitempty"`
	// ServicesToDevelop are the services the partnership will develop
	// (Appendix A criterion 12).
	ServicesToDevelop []Change `json:"services_to_develop,omitempty"`
	// Disinvestment are the areas that will see disinvestment to shift
	// resources towards prevention and early intervention (guidance para
	// 29(vi), Appendix A criterion 12).
	Disinvestment []Change `json:"disinvestment,omitempty"`
	// FamilySupport is the strategy for supporting families (Appendix A
	// criterion 11).
	FamilySupport FamilySupport `json:"family_support,omitzero"`
	// ChildrensRights says how children's rights inform the plan (Appendix
	// A criterion 9).
	ChildrensRights Statement `json:"childrens_rights,omitzero"`
	// GIRFEC says how the partnership creates and maintains effective
	// Getting it right for every child practice (guidance para 57,
	// Appendix A criterion 8).
	GIRFEC Statement `json:"girfec,omitzero"`
	// Prevention describes the plan's approach to primary prevention and
	// early intervention (guidance paras 53-58, Appendix A criterion 7).
	Prevention Statement `json:"prevention,omitzero"`
	// NationalOutcomes are the National Performance Framework outcomes the
	// plan reflects (guidance para 73, Appendix A criterion 2).
	NationalOutcomes []NationalOutcome `json:"national_outcomes,omitempty"`
	// Resources describes the resources available over the plan's period
	// (guidance para 29(vi), Appendix B step 4).
	Resources Resources `json:"resources,omitzero"`
	// FairerScotland records the assessment under the Fairer Scotland Duty
	// (Equality Act 2010 s.1; guidance para 42).
	FairerScotland FairerScotland `json:"fairer_scotland,omitzero"`
	// Monitoring describes how progress is monitored, governed and
	// reported (guidance para 29(viii)-(ix), Appendix B steps 9 and 10).
	Monitoring Monitoring `json:"monitoring,omitzero"`
}

// Partnership is who prepared a plan: the council areas it is for, each
// with the health board named as its partner. Part 3 functions are the
// local authority's and its relevant health board's jointly (s.7(6)); a
// joint plan of several areas, such as the Tayside plan of Angus, Dundee
// City and Perth and Kinross with NHS Tayside, lists each.
type Partnership struct {
	// Name is the partnership's name, such as "Tayside Regional Improvement
	// Collaborative" or "Fife Children's Services Partnership".
	Name string `json:"name,omitzero"`
	// Areas are the council areas the plan is for. At least one is
	// required, each council once.
	Areas []Area `json:"areas"`
}

// Councils returns the council areas of the partnership, in order.
func (p Partnership) Councils() []service.Council {
	out := make([]service.Council, len(p.Areas))
	for i, a := range p.Areas {
		out[i] = a.Council
	}
	return out
}

// Area is one council area of a partnership and the bodies the plan names
// as preparing the plan for it with the local authority.
type Area struct {
	// Council is the council area, and so the local authority. Required.
	Council service.Council `json:"council"`
	// HealthBoard is the health board named as the council's partner: it
	// must be the council's relevant health board (s.7(1), s.8(1)).
	// Required.
	HealthBoard service.HealthBoard `json:"health_board"`
	// IntegrationJointBoard is the integration joint board named as a
	// joint planner, if any. Once section 60 of the Children (Care, Care
	// Experience and Services Planning) (Scotland) Act 2026 is commenced,
	// the relevant integration joint board is a lead children's services
	// planning body where there is one.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
}

// StatedDates are the first and last days a plan says it covers, as
// written in the plan. Either may be zero when the plan does not say.
type StatedDates struct {
	Start period.Date `json:"start,omitzero"`
	End   period.Date `json:"end,omitzero"`
}

// IsZero reports whether no date is stated.
func (s StatedDates) IsZero() bool { return s == StatedDates{} }

// Version identifies one version of a plan: the original, or revision n of
// a named earlier version. Section 11(1): the local authority and the
// relevant health board "(a) must keep the Children's Services Plan under
// review; and (b) may in consequence prepare a revised Children's Services
// Plan". A revised plan "must essentially be treated like a new plan"
// (guidance para 119).
//
// The zero Version is an original plan with no ID.
type Version struct {
	// ID names this version, such as "fife-csp-2023-2026-v2"; a revision
	// names the version it revises by its ID.
	ID string `json:"id,omitzero"`
	// Revision is 0 for the original plan and n for its nth revision.
	Revision int `json:"revision,omitzero"`
	// Revises is the ID of the version this one revises. Required for a
	// revision, and only for one.
	Revises string `json:"revises,omitzero"`
	// RevisesDate is the date the version it revises was prepared.
	RevisesDate period.Date `json:"revises_date,omitzero"`
	// Changes says what changed, and why. Required for a revision.
	Changes string `json:"changes,omitzero"`
}

// IsRevision reports whether v is a revised plan (s.11(1)(b)) rather than
// the original.
func (v Version) IsRevision() bool { return v.Revision > 0 }

// Approval is the approval of the plan by one of the bodies that prepared
// it: exactly one of Council, HealthBoard and IntegrationJointBoard is set.
type Approval struct {
	// Council is set for the approval of a local authority.
	Council service.Council `json:"council,omitzero"`
	// HealthBoard is set for the approval of a health board.
	HealthBoard service.HealthBoard `json:"health_board,omitzero"`
	// IntegrationJointBoard is set for the approval of an integration
	// joint board.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// By is the committee or meeting that approved it, such as "Education
	// and Children's Services Committee".
	By string `json:"by,omitzero"`
	// Date is the day it was approved. Required.
	Date period.Date `json:"date"`
}

// NeedsAssessment is a joint strategic needs assessment: "a detailed,
// joint, strategic assessment of the current position (population needs,
// community assets, service resources, etc.)" (guidance para 29(i)).
type NeedsAssessment struct {
	// Summary states what the assessment found.
	Summary string `json:"summary,omitzero"`
	// Completed is when the assessment was completed.
	Completed period.Date `json:"completed,omitzero"`
	// Evidence are its items of evidence.
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Evidence is one item of evidence in the needs assessment.
type Evidence struct {
	// ID identifies the item; priorities refer to it. Required, unique.
	ID string `json:"id"`
	// Type is quantitative or qualitative. Required.
	Type EvidenceType `json:"type"`
	// Subject is what the evidence is about, where the plan says.
	Subject EvidenceSubject `json:"subject,omitzero"`
	// Description says what the evidence shows. Required.
	Description string `json:"description"`
	// Source is where it comes from, such as "Scottish Health Survey 2022"
	// or "Young people's survey, 1,240 responses".
	Source string `json:"source,omitzero"`
	// Date is the date of the evidence or of its data.
	Date period.Date `json:"date,omitzero"`
}

// Priority is one of the plan's priorities: "a manageable number of
// priorities, linked clearly and explicitly to the population need
// assessment" (guidance para 29(ii)); "formats where priorities and
// objectives are clear and measurable, and where the rationale behind them
// is explicit" (para 97).
type Priority struct {
	// ID identifies the priority. Required, unique.
	ID string `json:"id"`
	// Title is the priority as the plan states it. Required.
	Title string `json:"title"`
	// Rationale says why it is a priority.
	Rationale string `json:"rationale,omitzero"`
	// Evidence are the IDs of the needs assessment's evidence behind it.
	Evidence []string `json:"evidence,omitempty"`
	// Measurable records that the plan states how progress on the priority
	// is measured.
	Measurable bool `json:"measurable,omitzero"`
}

// Outcome is an outcome the plan aims to achieve.
type Outcome struct {
	// ID identifies the outcome; indicators refer to it. Required, unique.
	ID string `json:"id"`
	// Statement is the outcome as the plan states it. Required.
	Statement string `json:"statement"`
	// Priorities are the IDs of the priorities it serves.
	Priorities []string `json:"priorities,omitempty"`
	// Wellbeing are the wellbeing indicators of s.96(2) it concerns.
	Wellbeing []service.WellbeingIndicator `json:"wellbeing,omitempty"`
}

// Indicator is a measure of progress towards an outcome, with its baseline,
// target and milestones (guidance para 97; Appendix B step 6: "establish
// baseline measures and set targets ... Milestones can be identified to
// support annual public reporting on progress").
type Indicator struct {
	// ID identifies the indicator. Required, unique.
	ID string `json:"id"`
	// Outcome is the ID of the outcome it measures. Required.
	Outcome string `json:"outcome"`
	// Description says what is measured. Required.
	Description string `json:"description"`
	// Wellbeing is the wellbeing indicator of s.96(2) it speaks to, if any.
	Wellbeing service.WellbeingIndicator `json:"wellbeing_indicator,omitzero"`
	// Baseline is the starting value and its date.
	Baseline Measure `json:"baseline,omitzero"`
	// Target is the value aimed for and the date by which.
	Target Measure `json:"target,omitzero"`
	// Milestones are intermediate values and dates.
	Milestones []Measure `json:"milestones,omitempty"`
	// Source is where the figures come from.
	Source string `json:"source,omitzero"`
}

// Measure is a value at a date, such as a baseline, a target or a
// milestone. The zero Measure is unset; a Measure that is set needs a date.
type Measure struct {
	// Value is the figure.
	Value float64 `json:"value"`
	// Unit is its unit, such as "%" or "children".
	Unit string `json:"unit,omitzero"`
	// Date is the day the value was (or is to be) reached. Required when
	// the Measure is set.
	Date period.Date `json:"date"`
}

// IsZero reports whether m is unset.
func (m Measure) IsZero() bool { return m == Measure{} }

// Service is a service the plan covers: a children's service or a related
// service (s.7(1), s.8(2)) as package service describes it, with the
// actions the plan commits it to. Its JSON form is the service's members
// (id, name, provider, wholly_or_mainly_for_children, ...) and those below.
type Service struct {
	service.Service
	// Councils are the council areas the service is provided in, for a
	// joint plan; empty means every area of the partnership.
	Councils []service.Council `json:"councils,omitempty"`
	// Prevention says whether the service fulfils primary prevention,
	// early intervention or both (guidance para 53, Appendix A criterion
	// 7).
	Prevention []PreventionRole `json:"prevention,omitempty"`
	// Actions are what the plan commits the service to.
	Actions []Action `json:"actions,omitempty"`
}

// Action is something the plan commits a service to do: "details, clearly,
// the actions which will be taken, by whom, and when" (guidance para
// 29(vii)); SMART, "Specific, Measurable, Achievable, Relevant and
// Time-related", and "adequately resourced" (Appendix B step 8).
type Action struct {
	// ID identifies the action. Required, unique across the plan.
	ID string `json:"id"`
	// Description says what will be done. Required.
	Description string `json:"description"`
	// Priority is the ID of the priority it serves.
	Priority string `json:"priority,omitzero"`
	// Outcome is the ID of the outcome it serves, if the plan says.
	Outcome string `json:"outcome,omitzero"`
	// Lead is who leads it: a post or a team.
	Lead string `json:"lead,omitzero"`
	// Due is the day by which it is to be done.
	Due period.Date `json:"due,omitzero"`
	// Timescale is the timescale as written, where there is no single
	// date: "2024-2026", "by the end of year 2".
	Timescale string `json:"timescale,omitzero"`
	// Measure says how its completion or effect is measured.
	Measure string `json:"measure,omitzero"`
	// Resources says what resources it has.
	Resources string `json:"resources,omitzero"`
}

// Aims says how the plan is to secure each of the five aims of s.9(2): a
// plan "must be prepared with a view to securing the achievement of" them
// (guidance para 48).
type Aims struct {
	// Wellbeing: children's services provided in the way which "best
	// safeguards, supports and promotes the wellbeing of children in the
	// area concerned" (s.9(2)(a)(i)).
	Wellbeing Statement `json:"wellbeing,omitzero"`
	// Prevention: in the way which "ensures that any action to meet needs
	// is taken at the earliest appropriate time and that, where
	// appropriate, action is taken to prevent needs arising"
	// (s.9(2)(a)(ii)).
	Prevention Statement `json:"prevention,omitzero"`
	// Integration: in the way which "is most integrated from the point of
	// view of recipients" (s.9(2)(a)(iii)).
	Integration Statement `json:"integration,omitzero"`
	// BestUseOfResources: in the way which "constitutes the best use of
	// available resources" (s.9(2)(a)(iv)).
	BestUseOfResources Statement `json:"best_use_of_resources,omitzero"`
	// RelatedServices: related services provided in the way which, "so far
	// as consistent with the objects and proper delivery of the service
	// concerned, safeguards, supports and promotes the wellbeing of
	// children in the area concerned" (s.9(2)(b)).
	RelatedServices Statement `json:"related_services,omitzero"`
}

// Statement is what a plan says on a subject, with the services and
// actions that carry it out.
type Statement struct {
	// Text is what the plan says.
	Text string `json:"text,omitzero"`
	// Services are the IDs of the services that carry it out.
	Services []string `json:"services,omitempty"`
	// Actions are the IDs of the actions that carry it out.
	Actions []string `json:"actions,omitempty"`
}

// hasText reports whether s says anything.
func (s Statement) hasText() bool { return !blank(s.Text) }

// linked reports whether s names a service or an action.
func (s Statement) linked() bool { return len(s.Services) > 0 || len(s.Actions) > 0 }

// Publication records the preparation, sending and publication of a plan.
// Section 10(7): "as soon as reasonably practicable after a children's
// services plan has been prepared, the local authority and the relevant
// health board must (a) send a copy to (i) the Scottish Ministers, and (ii)
// each of the other service providers; and (b) publish it (in such manner
// as the local authority and the relevant health board consider
// appropriate)" (guidance para 100).
type Publication struct {
	// Prepared is the day the plan was finalised. The zero Date means it
	// is still a draft.
	Prepared period.Date `json:"prepared,omitzero"`
	// SentToMinisters is the day a copy was sent to the Scottish
	// Ministers; zero if none has been.
	SentToMinisters period.Date `json:"sent_to_ministers,omitzero"`
	// SentToOtherServiceProviders are the copies sent to the other service
	// providers.
	SentToOtherServiceProviders []Copy `json:"sent_to_other_service_providers,omitempty"`
	// Published is the day the plan was published; zero if it has not
	// been.
	Published period.Date `json:"published,omitzero"`
	// Manner says how it was published, such as "on the council's
	// website".
	Manner string `json:"manner,omitzero"`
	// URL is where it is published.
	URL string `json:"url,omitzero"`
	// AccessibleVersions are its accessible or summary versions (guidance
	// para 105).
	AccessibleVersions []AccessibleVersion `json:"accessible_versions,omitempty"`
}

// Copy is a copy of the plan sent to one other service provider.
type Copy struct {
	// Provider is the other service provider, in the text form of
	// [service.Provider] ("police-scotland", ...). Required.
	Provider service.Provider `json:"provider"`
	// IntegrationJointBoard names the board when Provider is
	// "integration-joint-board" and the partnership has more than one.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// Sent is the day it was sent. Required.
	Sent period.Date `json:"sent"`
}

// AccessibleVersion is a version of the plan made accessible to children,
// families and other stakeholders (guidance para 105).
type AccessibleVersion struct {
	// Format is the kind of version. Required.
	Format AccessibleFormat `json:"format"`
	// Description describes it.
	Description string `json:"description,omitzero"`
	// Published is the day it was published.
	Published period.Date `json:"published,omitzero"`
}

// LinkedPlan is another statutory plan or report the plan links to.
type LinkedPlan struct {
	// Plan is the plan, from guidance Appendix C, or "other". Required.
	Plan StatutoryPlan `json:"plan"`
	// Name is the plan's name; required for "other".
	Name string `json:"name,omitzero"`
	// How says how the plans are linked: shared priorities, a common
	// governance group, one incorporated in the other.
	How string `json:"how,omitzero"`
	// Incorporated records that the other plan is published as part of this
	// one (guidance paras 106-107).
	Incorporated bool `json:"incorporated,omitzero"`
}

// Change is a service to be developed, or an area of disinvestment.
type Change struct {
	// Description says what will change. Required.
	Description string `json:"description"`
	// Service is the ID of the plan's service concerned, if any.
	Service string `json:"service,omitzero"`
	// Rationale says why.
	Rationale string `json:"rationale,omitzero"`
}

// FamilySupport is the plan's strategy for supporting families.
type FamilySupport struct {
	// Strategy describes the strategy.
	Strategy string `json:"strategy,omitzero"`
	// Rationale says how and where family support services are provided,
	// and why.
	Rationale string `json:"rationale,omitzero"`
	// Levels are the levels of support the strategy covers.
	Levels []SupportLevel `json:"levels,omitempty"`
	// Services are the IDs of the family support services.
	Services []string `json:"services,omitempty"`
}

// NationalOutcome is a National Performance Framework outcome the plan
// reflects (guidance para 73).
type NationalOutcome struct {
	// Outcome is the national outcome, as the framework words it. Required.
	Outcome string `json:"outcome"`
	// How says how the plan reflects it.
	How string `json:"how,omitzero"`
}

// Resources describes the resources available to the partners over the
// plan's period: "Overall information on available finance, staffing and
// assets is clearly stated and is then linked specifically to activities
// throughout the plan" (Appendix B step 4).
type Resources struct {
	// Summary describes the resources.
	Summary string `json:"summary,omitzero"`
	// Items are the resources itemised.
	Items []ResourceItem `json:"items,omitempty"`
	// ShiftToPrevention says how resources will shift towards prevention
	// and early intervention over the plan.
	ShiftToPrevention string `json:"shift_to_prevention,omitzero"`
}

// ResourceItem is one resource: a budget, a team, a fund.
type ResourceItem struct {
	// Description says what it is. Required.
	Description string `json:"description"`
	// AmountGBP is its amount in pounds, if the plan states one.
	AmountGBP float64 `json:"amount_gbp,omitzero"`
	// Source is who provides it.
	Source string `json:"source,omitzero"`
}

// FairerScotland records the assessment made under the Fairer Scotland Duty
// (Equality Act 2010 s.1), which "requires that when taking strategic
// decisions, particular public bodies, including local authorities and
// health boards, must have due regard to how they can reduce inequalities
// of outcome caused by socio-economic disadvantage" (guidance para 42).
type FairerScotland struct {
	// Date is when the assessment was made.
	Date period.Date `json:"date,omitzero"`
	// Summary says what it found and how the plan responds.
	Summary string `json:"summary,omitzero"`
	// URL is where the written assessment is published.
	URL string `json:"url,omitzero"`
}

// considered reports whether an assessment is recorded.
func (f FairerScotland) considered() bool { return f.Date.IsValid() || !blank(f.Summary) }

// Monitoring describes how the plan's delivery is governed, monitored and
// reported.
type Monitoring struct {
	// Arrangements describes how progress is monitored and evaluated.
	Arrangements string `json:"arrangements,omitzero"`
	// Governance describes the strategic group responsible and to whom it
	// reports (Appendix B step 9).
	Governance string `json:"governance,omitzero"`
	// Reporting describes annual public reporting (s.13, Appendix B step
	// 10).
	Reporting string `json:"reporting,omitzero"`
}
