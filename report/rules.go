package report

import (
	"github.com/csplanning/part3"
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RulePeriodWithinPlanID           = "report.period-within-plan"
	RulePartnershipsPlanID           = "report.partnerships-plan"
	RuleProvisionExtentID            = "report.provision-extent"
	RuleAimsReportedID               = "report.aims-reported"
	RulePrescribedOutcomesReportedID = "report.prescribed-outcomes-reported"
	RulePublishedJointlyID           = "report.published-jointly"
)

// The rules of the Act. A finding of one of them is a breach of section 13
// by the local authority and the relevant health board of each of the
// report's council areas (with the relevant integration joint board once
// section 60 of the 2026 Act is in force), on whom section 13(1) puts the
// duty to publish the report and so to make it the report it requires;
// each finding names them ([service.JointPlannerNames]).
// Validate also applies package duty's rule duty.report-after-period to the
// report's publication (a report published on or before the last day of
// its one-year period is not the report section 13(1) requires "after the
// end of each one-year period"), and duty.publish-annual-report, a breach
// of "as soon as practicable" only past a day the caller states as a fact
// or, unpublished, past the end of the following one-year period (the
// engine's reading: the Act sets no number).
var (
	// rulePeriodWithinPlan: section 13(1) requires a report "after the end
	// of each one-year period" on the extent to which services "have, in
	// that one-year period, been provided in accordance with the
	// Children's Services Plan"; "over the course of a Children's Services
	// Plan there will be three annual reports" (guidance para 124). The
	// reporting period is one of the three one-year periods of the
	// three-year period of the plan the report names: the report's own
	// statement of what it reports on. A plan given to check it against is
	// not the report's statement, and one of another period is not its
	// plan (the comparisons with it are skipped), so it decides nothing
	// here.
	rulePeriodWithinPlan = part3.Rule{ID: RulePeriodWithinPlanID, Severity: part3.Statutory, Citation: part3.Act("13(1)"),
		Summary: "The reporting period is one of the three one-year periods of the plan reported on."}

	// rulePartnershipsPlan: section 13(1): "a local authority and the
	// relevant health board must publish ... a report on the extent to
	// which ... services have ... been provided in accordance with the
	// Children's Services Plan" (guidance para 123), their own plan for
	// the area of the local authority under section 8(1). Checked against
	// the report's own plan (its three-year period, and at least one of its
	// council areas), a report that also covers an area the plan does not,
	// or leaves out an area of a joint plan, breaches no provision by
	// itself: each local authority and its relevant health board owe the
	// report for their own area, which another report may give, and a
	// report that covers more than one partnership's plan is not forbidden.
	// It is likely the wrong documents or the wrong areas, so the rule is
	// practice and cites the paragraph it rests on. A plan that is not the
	// report's own (another period, or none of its areas) is no finding at
	// all: the rules that compare the report with its plan are skipped, and
	// say why.
	rulePartnershipsPlan = part3.Rule{ID: RulePartnershipsPlanID, Severity: part3.Practice, Citation: part3.GuidancePara(123),
		Summary: "Checked against its own plan, the report covers the plan's council areas and no others (not a breach by itself)."}

	// ruleProvisionExtent: section 13(1)(a): the report is on "the extent
	// to which children's services and related services have, in that
	// one-year period, been provided in accordance with the Children's
	// Services Plan" (guidance para 123). A report that states the extent,
	// or lists the departures from the plan, reports on it.
	ruleProvisionExtent = part3.Rule{ID: RuleProvisionExtentID, Severity: part3.Statutory, Citation: part3.Act("13(1)(a)"),
		Summary: "The report states the extent to which services were provided in accordance with the plan in the period."}

	// ruleAimsReported: section 13(1)(b)(i): the report is on the extent to
	// which "the provision of services has achieved the aims of
	// children's services planning (section 9(2))"; "section 13 does
	// demand that every annual report includes information about ... the
	// five overarching aims" (guidance para 126). An aim on which the
	// report states nothing, and links no indicator, is not reported on.
	// The text of section 13 was not retrieved: the rule rests on the
	// guidance's paraphrase (paras 123 and 126).
	//
	// Unlike section 9(1), a duty on how the plan is prepared ("with a
	// view to" the aims), section 13(1)(b)(i) is a duty on what the report
	// is: a report on the extent to which the aims were achieved. A report
	// that says nothing of an aim is not, as to that aim, the report the
	// Act requires, so the finding stays statutory.
	ruleAimsReported = part3.Rule{ID: RuleAimsReportedID, Severity: part3.Statutory, Citation: part3.Act("13(1)(b)(i)"),
		Summary: "The report says to what extent each of the five aims of s.9(2) was achieved."}

	// rulePrescribedOutcomesReported: section 13(1)(b)(ii): the report is
	// on the extent to which the provision of services has achieved "such
	// outcomes in relation to the wellbeing of children in the area as the
	// Scottish Ministers may by order prescribe". No order has been made
	// (guidance para 132); the caller supplies any in the judgement context.
	rulePrescribedOutcomesReported = part3.Rule{ID: RulePrescribedOutcomesReportedID, Severity: part3.Statutory, Citation: part3.Act("13(1)(b)(ii)"),
		Summary: "The report says to what extent each outcome prescribed by order for its period was achieved (none prescribed by default)."}

	// rulePublishedJointly: section 13(1): "a local authority and the
	// relevant health board must publish" the report, a function they
	// exercise jointly (s.7(6)); "the duty to prepare and publish a
	// Children's Services Plan annual report sits exclusively with the
	// local authority and its relevant health board" (guidance para 133).
	// A published report records its publication by each joint planner of
	// each council area (service.JointPlanners: the relevant integration
	// joint board too once section 60 of the 2026 Act is in force). A
	// report published by an other service provider alone is not theirs.
	// Every joint planner is in breach, not only those the report does not
	// record as publishers: a function exercised by some of them alone is
	// not exercised jointly.
	rulePublishedJointly = part3.Rule{ID: RulePublishedJointlyID, Severity: part3.Statutory, Citation: part3.Act("13(1)"),
		Summary: "The report is published by the local authority and the relevant health board of each council area, jointly."}
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleIndicatorValueForPeriodID = "report.indicator-value-for-period"
	RulePlanIndicatorsReportedID  = "report.plan-indicators-reported"
	RuleIndicatorInPlanID         = "report.indicator-in-plan"
	RulePlanChangesListedID       = "report.plan-changes-listed"
	RuleDepartureGroundID         = "report.departure-ground"
)

// The rules of the statutory guidance (2nd edition, 2020). The local
// authority and the relevant health board must have regard to it (s.15(1)); a
// finding is not a breach of the Act. None is raised for a report on a
// 2017-2020 plan. Validate also applies package duty's
// duty.report-by-end-of-june to the report's publication.
var (
	// ruleIndicatorValueForPeriod: the report "should provide a clear summary
	// of progress made in the previous year, measured against the Children's
	// Services Plan priorities and outcome measures" (guidance para 129);
	// systems should let it "illustrate the extent of progress achieved over
	// the one-year period" (para 128). Each indicator reported has a value
	// dated within the reporting period.
	ruleIndicatorValueForPeriod = part3.Rule{ID: RuleIndicatorValueForPeriodID, Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "Each indicator reported has a value for the reporting period."}

	// rulePlanIndicatorsReported: progress is "measured against the
	// Children's Services Plan priorities and outcome measures" (guidance
	// para 129). Checked against its plan, the report gives each of the
	// plan's indicators.
	rulePlanIndicatorsReported = part3.Rule{ID: RulePlanIndicatorsReportedID, Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "Checked against its plan, the report gives progress on each of the plan's indicators."}

	// ruleIndicatorInPlan: the same paragraph: progress measured against
	// the plan's own outcome measures. Checked against its plan, each
	// indicator the report gives is one of the plan's; a new measure is a
	// change to the plan, to be listed as one.
	ruleIndicatorInPlan = part3.Rule{ID: RuleIndicatorInPlanID, Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "Checked against its plan, each indicator the report gives is one of the plan's."}

	// rulePlanChangesListed: the report "should also include any
	// significant changes that have been made to the plan" (guidance para
	// 129). Structurally, "listed" means the report either lists the
	// changes (plan_changes) or states that there were none
	// (no_plan_changes), so that silence cannot be read either way; and,
	// checked against a revised plan (s.11(1)(b)) prepared during the
	// reporting period, one of the changes names that revision, since a
	// revised plan is the largest change a plan can have.
	rulePlanChangesListed = part3.Rule{ID: RulePlanChangesListedID, Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "The report lists the significant changes made to the plan, or states there were none; a revision made in the period is listed."}

	// ruleDepartureGround: the duty to provide services in accordance with
	// the plan applies "so far as reasonably practicable" (s.12(1),
	// guidance para 120) and "does not apply where (a) the person providing
	// the service considers that to comply with the plan would adversely
	// affect the wellbeing of a child; or (b) a notice of disagreement
	// (made under section 10(8)) has been published about a matter"
	// (s.12(3), para 121). Each departure the report gives cites one of
	// these grounds; a notice of disagreement is one its issuer could
	// issue (an other service provider, or the Scottish Ministers), about a
	// service it provides, published by the end of the period.
	//
	// The rule is guidance, not statutory: section 13(1)(a) requires the
	// report to state the extent of provision in accordance with the plan,
	// not the grounds for departing from it, and a report's silence about a
	// ground does not show that none existed, so the document cannot show a
	// breach of section 12. A report that gives none leaves readers unable
	// to tell whether the duty was met, against the accountability the
	// guidance asks of it (paras 125, 130).
	ruleDepartureGround = part3.Rule{ID: RuleDepartureGroundID, Severity: part3.Guidance, Citation: part3.GuidanceParas(120, 121),
		Summary: "Each departure from the plan cites a ground the Act recognises: s.12(3)(a), s.12(3)(b) or not reasonably practicable (s.12(1))."}
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleMeasurableDifferenceID = "report.measurable-difference"
	RulePlanVersionID          = "report.plan-version"
)

// The rules of good practice. No law requires them; a finding is advice.
// Validate also applies package duty's rule duty.report-within-policy to the
// report's publication: the partnership's own limit, or the module's
// default where it sets none.
var (
	// ruleMeasurableDifference: Appendix B step 10: "Annual public
	// performance reporting to stakeholders should not simply describe the
	// volume and frequency of service delivery but identify the measurable
	// difference the Children's Services Plan has made to the lives of
	// children and young people. This includes key achievements and
	// improving trends in indicators of wellbeing and life chances." The
	// report gives at least one difference made, measured by an indicator
	// with a baseline and a value, or by values before and after.
	ruleMeasurableDifference = part3.Rule{ID: RuleMeasurableDifferenceID, Severity: part3.Practice, Citation: part3.AppendixBStep(10),
		Summary: "The report identifies a measurable difference the plan made, not only the volume of services delivered."}

	// rulePlanVersion: the report is on "the Children's Services Plan"
	// (s.13(1)(a)), and a plan may be revised during its period
	// (s.11(1)(b)). Guidance para 129 asks for "a clear summary of
	// progress made in the previous year, measured against the Children's
	// Services Plan priorities and outcome measures", and for "any
	// significant changes that have been made to the plan". Checked
	// against a plan with a version ID, the report names that version, so
	// that a reader knows which plan it measures against. The Act asks for
	// no version; the rule rests on para 129 and cites it (a practice rule
	// never cites the Act), so it is not applied to a report on a
	// 2017-2020 plan; the message names s.13(1)(a).
	rulePlanVersion = part3.Rule{ID: RulePlanVersionID, Severity: part3.Practice, Citation: part3.GuidancePara(129),
		Summary: "Checked against a plan with a version ID, the report names that version, so that readers know which plan its progress is measured against."}
)

// Rules returns the rules of package report, sorted by ID, in a new slice
// on each call: changing it changes nothing in the package. Validate also
// applies package duty's duty.report-after-period,
// duty.publish-annual-report, duty.report-by-end-of-june and
// duty.report-within-policy to the report's publication: they are the
// calendar's rules, graded as the calendar grades them
// (duty.Timely.Grade), so that a report and the calendar never disagree.
func Rules() []part3.Rule {
	rules := []part3.Rule{
		rulePeriodWithinPlan, rulePartnershipsPlan, ruleProvisionExtent, ruleAimsReported,
		rulePrescribedOutcomesReported, rulePublishedJointly,
		ruleIndicatorValueForPeriod, rulePlanIndicatorsReported, ruleIndicatorInPlan, rulePlanChangesListed,
		ruleDepartureGround, ruleMeasurableDifference, rulePlanVersion, rulePublisherOutsidePartnership,
	}
	part3.SortRules(rules)
	return rules
}

// LookupRule returns the rule of package report with the given ID, such as
// [RuleAimsReportedID], and whether there is one. The Rule is a copy: the
// package's rules cannot be changed through it.
func LookupRule(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}

// needsPlan are the rules that only a check against the plan can apply.
// Validate without a plan lists them in Result.Skipped.
var needsPlan = []part3.Rule{rulePartnershipsPlan, rulePlanIndicatorsReported, ruleIndicatorInPlan, rulePlanVersion}
