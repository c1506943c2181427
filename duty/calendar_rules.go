package duty

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RulePlanInPlaceID                             = "duty.plan-in-place"
	RuleCopyToMinistersID                         = "duty.copy-to-ministers"
	RuleCopyToOtherServiceProvidersID             = "duty.copy-to-other-service-providers"
	RulePublishPlanID                             = "duty.publish-plan"
	RulePublishAnnualReportID                     = "duty.publish-annual-report"
	RuleCopyToMinistersWithinPolicyID             = "duty.copy-to-ministers-within-policy"
	RuleCopyToOtherServiceProvidersWithinPolicyID = "duty.copy-to-other-service-providers-within-policy"
	RulePublishPlanWithinPolicyID                 = "duty.publish-plan-within-policy"
	RuleReportByEndOfJuneID                       = "duty.report-by-end-of-june"
	RuleReportAfterPeriodID                       = "duty.report-after-period"
	RuleReportWithinPolicyID                      = "duty.report-within-policy"
)

// The rules that judge an obligation late. Each sets one kind of limit; an
// obligation past several is late with the most binding. Every duty they
// judge is the partnership's, so the bodies in breach a statutory finding
// names are the joint planners of the calendar's council area on the day
// the obligation arose ([Obligation.OwedBy]); a caller that grades a duty
// itself ([Timely.Grade]) names the bodies of its own document.
var (
	// rulePlanInPlace: section 8(1) requires a plan "in respect of each
	// three-year period", and guidance para 101 reads it: "With respect to
	// when a Children's Services Plan must be finalised, this must be
	// before the start of each three-year period." The Act's words set no
	// day; the "before the start" deadline is the guidance's reading of
	// s.8(1), which the module takes as the statutory limit (a plan not in
	// place when its period starts is a finding under s.8(1)). Messages
	// name it as that reading, and a limit a caller's [Relief] has moved as
	// "the relieved limit", never as a deadline the law sets.
	rulePlanInPlace = part3.Rule{ID: RulePlanInPlaceID, Severity: part3.Statutory, Citation: part3.Act("8(1)"),
		Summary: "The plan for each three-year period is prepared before the period starts (s.8(1), as guidance para 101 reads it)."}
	// ruleCopyToMinisters: section 10(7): "as soon as
	// reasonably practicable after the plan has been prepared, the persons
	// who prepared it must send a copy to the Scottish Ministers and each
	// of the other service providers, and publish it" (the Explanatory
	// Notes, para 33; guidance para 100 quotes it as "(a) send a copy to -
	// (i) the Scottish Ministers"; the Act's own words for s.10(7) were not
	// retrieved, so the rule rests on those paraphrases). "All completed
	// (or revised) plans must be sent to Scottish Ministers" (para 103).
	//
	// The Act sets no number of days, so lateness is a breach only where
	// it rests on the Act's own terms or a fact the caller states ([Timely]):
	// past the day by which the caller states it was reasonably practicable
	// to send it ([judgement.TimePassed], whose source the finding quotes),
	// or, with none sent, past the end of the three-year period the plan
	// is for. The second is the engine's reading, not a number in the Act:
	// no reading of "as soon as reasonably practicable" outlasts the
	// period the plan is for.
	ruleCopyToMinisters = part3.Rule{ID: RuleCopyToMinistersID, Severity: part3.Statutory, Citation: part3.Act("10(7)(a)(i)"),
		Summary: "A copy of each plan and revised plan goes to the Scottish Ministers as soon as reasonably practicable: late once the caller states that time has passed, or once the plan's period has ended."}
	// ruleCopyToOtherServiceProviders: the same for the copy
	// to "each of the other service providers" (s.10(7)(a)(ii), guidance
	// para 100), each on the register the day the plan was prepared.
	ruleCopyToOtherServiceProviders = part3.Rule{ID: RuleCopyToOtherServiceProvidersID, Severity: part3.Statutory, Citation: part3.Act("10(7)(a)(ii)"),
		Summary: "A copy of each plan and revised plan goes to each other service provider as soon as reasonably practicable: late once the caller states that time has passed, or once the plan's period has ended."}
	// rulePublishPlan: the same for "(b) publish it (in such
	// manner as the local authority and the relevant health board consider
	// appropriate)" (s.10(7)(b), guidance para 100).
	rulePublishPlan = part3.Rule{ID: RulePublishPlanID, Severity: part3.Statutory, Citation: part3.Act("10(7)(b)"),
		Summary: "Each plan and revised plan is published as soon as reasonably practicable: late once the caller states that time has passed, or once the plan's period has ended."}
	// rulePublishAnnualReport: section 13(1): "as soon as practicable after
	// the end of each one-year period, a local authority and the relevant
	// health board must publish ... a report" (guidance para 123, a
	// paraphrase: the Act's own words for s.13 were not retrieved).
	//
	// As for section 10(7), the Act sets no number ([Timely]): the report
	// is late, a breach, past the day by which the caller states it was
	// practicable to publish it ([judgement.TimePassed]), or, unpublished,
	// past the end of the one-year period after the one it reports on. The
	// second is the engine's reading, not a number in the Act: no reading
	// of "as soon as practicable" outlasts a whole further year, by the
	// end of which the next report falls due.
	rulePublishAnnualReport = part3.Rule{ID: RulePublishAnnualReportID, Severity: part3.Statutory, Citation: part3.Act("13(1)"),
		Summary: "The annual report on each one-year period is published as soon as practicable: late once the caller states that time has passed, or once the following one-year period has ended."}

	// ruleCopyToMinistersWithinPolicy: section 10(7)(a)(i) requires the copy
	// "as soon as reasonably practicable"; guidance para 102 reads it: "'As
	// soon as reasonably practicable' can be interpreted to mean 'as soon as
	// possible, in view of other duties, functions and commitments'. However,
	// as the plan is a key public-facing document ..., publication and
	// dissemination should be seen as a priority." Neither sets a number of
	// days: the limit is the partnership's own ([judgement.Policy].CopyDays),
	// or the module's default of 28 days, and passing it is practice, never a
	// breach. The rule rests on para 102, of the 2nd edition, so it is not
	// applied to 2017-2020 plans; the finding names the section it relates to.
	ruleCopyToMinistersWithinPolicy = part3.Rule{ID: RuleCopyToMinistersWithinPolicyID, Severity: part3.Practice, Citation: part3.GuidancePara(102),
		Summary: "A copy of each plan and revised plan goes to the Scottish Ministers within the partnership's own limit after it is prepared, or the module's default (s.10(7)(a)(i))."}
	// ruleCopyToOtherServiceProvidersWithinPolicy: the same for the copies to
	// "each of the other service providers" (s.10(7)(a)(ii), guidance para
	// 102).
	ruleCopyToOtherServiceProvidersWithinPolicy = part3.Rule{ID: RuleCopyToOtherServiceProvidersWithinPolicyID, Severity: part3.Practice, Citation: part3.GuidancePara(102),
		Summary: "A copy of each plan and revised plan goes to each other service provider within the partnership's own limit after it is prepared, or the module's default (s.10(7)(a)(ii))."}
	// rulePublishPlanWithinPolicy: the same for "(b) publish it" (s.10(7)(b),
	// guidance para 102).
	rulePublishPlanWithinPolicy = part3.Rule{ID: RulePublishPlanWithinPolicyID, Severity: part3.Practice, Citation: part3.GuidancePara(102),
		Summary: "Each plan and revised plan is published within the partnership's own limit after it is prepared, or the module's default (s.10(7)(b))."}
	// ruleReportByEndOfJune: annual reports "must be published 'as soon as
	// practicable' after the end of the one-year period and ideally by
	// June" (guidance para 125); "It is hoped that these reports will be
	// submitted by the end of June each year" (para 129). The 2nd edition
	// applies to plans from 1 April 2020, so not to reports on 2017-2020.
	ruleReportByEndOfJune = part3.Rule{ID: RuleReportByEndOfJuneID, Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "The annual report on each reporting period of a plan from 2020 is published by the end of June after it (guidance paras 125, 129)."}
	// ruleReportAfterPeriod: section 13(1) requires the report "as soon as
	// practicable after the end of each one-year period" (guidance para
	// 123). A report published before its one-year period ended cannot
	// report on the whole period and is not the report the subsection
	// requires: the finding says that publication does not meet s.13(1),
	// and the obligation stays owed (judged against its limits as if
	// nothing had been published). Publishing early breaches nothing by
	// itself, so the rule is a condition, not statutory: the report is not
	// the one the Act requires, and a breach, if any, is the duty's own
	// lateness (RulePublishAnnualReportID).
	ruleReportAfterPeriod = part3.Rule{ID: RuleReportAfterPeriodID, Severity: part3.Condition, Citation: part3.Act("13(1)"),
		Summary: "An annual report is published after the end of its one-year period; one published before it ends does not meet s.13(1)."}
	// ruleReportWithinPolicy: section 13(1) requires the report "as soon as
	// practicable after the end of each one-year period"; guidance para 125
	// adds that "publication should therefore be seen as a priority, with
	// delay after the conclusion of the one-year period kept to the
	// absolute minimum". Neither sets a number of days: the limit is the
	// partnership's own ([judgement.Policy].ReportDays), or the module's
	// default of 183 days (not the guidance's end-of-June target, which
	// [RuleReportByEndOfJuneID] applies), and passing it is practice, never
	// a breach. The rule rests on para 125, of the 2nd edition, so it is
	// not applied to reports on 2017-2020 plans.
	ruleReportWithinPolicy = part3.Rule{ID: RuleReportWithinPolicyID, Severity: part3.Practice, Citation: part3.GuidancePara(125),
		Summary: "The annual report on each reporting period is published within the partnership's own limit after it ends, or the module's default (s.13(1))."}
)

// Rules returns the rules of package duty, sorted by ID, in a new slice on
// each call: changing it changes nothing in the package.
func Rules() []part3.Rule {
	rules := []part3.Rule{rulePlanInPlace,
		ruleCopyToMinisters, ruleCopyToOtherServiceProviders, rulePublishPlan, rulePublishAnnualReport,
		ruleCopyToMinistersWithinPolicy, ruleCopyToOtherServiceProvidersWithinPolicy, rulePublishPlanWithinPolicy,
		ruleReportByEndOfJune, ruleReportAfterPeriod, ruleReportWithinPolicy}
	part3.SortRules(rules)
	return rules
}

// LookupRule returns the rule of package duty with the given ID, such as
// [RuleReportAfterPeriodID], and whether there is one. The Rule is a copy:
// the package's rules cannot be changed through it.
func LookupRule(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}

// judge applies any relief to the limits of o (the plan's s.8(1)
// obligation) and sets its status; with no record of it (recorded false)
// it is not recorded.
func (b *builder) judge(o *Obligation, recorded bool) {
	o.Relief = relieve(o.Limits, b.reliefs, o.Duty, o.PlanPeriod, o.ReportingPeriod)
	sortLimits(o.Limits)
	b.grade(o, recorded)
}

// timelyLimits sets the limits of o, a duty owed as soon as (reasonably)
// practicable ([Timely]), as a window of b.limits.
func (b *builder) timelyLimits(o *Obligation, t Timely) {
	start := len(b.limits)
	b.limits, o.Relief = b.gr.limits(b.limits, t)
	o.Limits = b.limits[start:len(b.limits):len(b.limits)]
}

// grade sets o's status from its Done and Limits; with no record of it
// (recorded false) it is not recorded.
func (b *builder) grade(o *Obligation, recorded bool) {
	if !recorded {
		o.Status = NotRecorded
		return
	}
	o.Status, o.Severity, o.Rule = gradeStatus(o.Done, b.asOf, o.Limits)
}

// gradeRecipients grades each copy to an other service provider against
// o's limits, and o from them: late if any copy is late (with the most
// binding severity), met if every copy was sent in time, due otherwise,
// and done on the day of the last copy when every copy has been sent.
func (b *builder) gradeRecipients(o *Obligation, recorded bool) {
	o.Done = period.Date{}
	all := true
	for _, r := range o.Recipients {
		if r.Sent.IsZero() {
			all = false
		} else if r.Sent.After(o.Done) {
			o.Done = r.Sent
		}
	}
	if !all {
		o.Done = period.Date{}
	}
	if !recorded {
		o.Status = NotRecorded
		for i := range o.Recipients {
			o.Recipients[i].Status = NotRecorded
		}
		return
	}
	o.Status = Met
	for i := range o.Recipients {
		r := &o.Recipients[i]
		r.Status, r.Severity, r.Rule = gradeStatus(r.Sent, b.asOf, o.Limits)
		switch {
		case r.Status == Late && (o.Status != Late || r.Severity < o.Severity):
			o.Status, o.Severity, o.Rule = Late, r.Severity, r.Rule
		case r.Status == Due && o.Status == Met:
			o.Status = Due
		}
	}
}

// Findings returns one finding for each late obligation (for the copies
// to the other service providers, one for each late copy), made by the
// rule whose limit it passed, at the history path where its date is (or
// would be) recorded, and one condition finding ([RuleReportAfterPeriodID])
// for each annual report recorded as published before its reporting
// period ended, sorted. An obligation not recorded has no finding: with
// nothing recorded, nothing is late. A statutory finding names the bodies
// in breach: those that owe the obligation ([Obligation.OwedBy]), the
// joint planners of the calendar's council area on the day it arose.
func (c Calendar) Findings() part3.Findings {
	var fs part3.Findings
	for _, o := range c.Obligations {
		if o.early.IsValid() {
			fs = append(fs, ruleReportAfterPeriod.Findingf(o.HistoryPath(),
				"The %s annual report is recorded as published on %s, before the reporting period ended on %s; section 13(1) requires the report after the end of each one-year period, so that publication does not meet it. It is no breach by itself: the duty stays owed, and is late only as its own limits say",
				o.ReportingPeriod, o.early, o.ReportingPeriod.End()))
		}
		if o.Status != Late {
			continue
		}
		r, ok := LookupRule(o.Rule)
		if !ok {
			continue
		}
		switch {
		case !IsTimely(o.Duty):
			fs = append(fs, r.FindingBy(o.OwedBy, o.HistoryPath(), o.Describe(c.AsOf)))
			continue
		case len(o.Recipients) == 0:
			fs = append(fs, r.FindingBy(o.OwedBy, o.HistoryPath(), o.grade(c.AsOf).Message(o.Subject())))
			continue
		}
		for _, rc := range o.Recipients {
			if rc.Status != Late {
				continue
			}
			rr, ok := LookupRule(rc.Rule)
			if !ok {
				continue
			}
			path := ""
			if p := o.HistoryPath(); p != "" {
				path = part3.PointerJoin(p, rc.HistoryKey())
			}
			fs = append(fs, rr.FindingBy(o.OwedBy, path, o.recipientGrade(rc, c.AsOf).Message(o.recipientSubject(rc))))
		}
	}
	fs.Sort()
	return fs
}
