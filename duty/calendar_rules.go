package duty

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// The rules that judge an obligation late. Each sets one kind of limit; an
// obligation past several is late with the most binding.
var (
	// RulePlanInPlace: section 8(1) requires a plan "in respect of each
	// three-year period", and guidance para 101 reads it: "With respect to
	// when a Children's Services Plan must be finalised, this must be
	// before the start of each three-year period." The Act's words set no
	// day; the "before the start" deadline is the guidance's reading of
	// s.8(1), which the module takes as the statutory limit (a plan not in
	// place when its period starts is a finding under s.8(1)). Messages
	// name it as that reading, and a limit a caller's [Relief] has moved as
	// "the relieved limit", never as a deadline the law sets.
	RulePlanInPlace = part3.Rule{ID: "duty.plan-in-place", Severity: part3.Statutory, Citation: part3.Act("8(1)"),
		Summary: "The plan for each three-year period is prepared before the period starts (s.8(1), as guidance para 101 reads it)."}
	// RuleCopyToMinisters: "as soon as reasonably practicable after a
	// Children's Services Plan has been prepared, the local authority and
	// the relevant health board must (a) send a copy to (i) the Scottish
	// Ministers" (s.10(7)(a)(i), guidance para 100). The Act sets no number
	// of days; the limit is local policy.
	RuleCopyToMinisters = part3.Rule{ID: "duty.copy-to-ministers-within-policy", Severity: part3.Practice, Citation: part3.Act("10(7)(a)(i)"),
		Summary: "A copy of each plan and revised plan goes to the Scottish Ministers within the local policy limit after it is prepared."}
	// RuleCopyToOtherServiceProviders: the same for "(ii) each of the
	// other service providers" (s.10(7)(a)(ii)).
	RuleCopyToOtherServiceProviders = part3.Rule{ID: "duty.copy-to-other-service-providers-within-policy", Severity: part3.Practice, Citation: part3.Act("10(7)(a)(ii)"),
		Summary: "A copy of each plan and revised plan goes to each other service provider within the local policy limit after it is prepared."}
	// RulePublishPlan: the same for "(b) publish it" (s.10(7)(b)).
	RulePublishPlan = part3.Rule{ID: "duty.publish-plan-within-policy", Severity: part3.Practice, Citation: part3.Act("10(7)(b)"),
		Summary: "Each plan and revised plan is published within the local policy limit after it is prepared."}
	// RuleReportByEndOfJune: annual reports "must be published 'as soon as
	// practicable' after the end of the one-year period and ideally by
	// June" (guidance para 125); "It is hoped that these reports will be
	// submitted by the end of June each year" (para 129). The 2nd edition
	// applies to plans from 1 April 2020, so not to reports on 2017-2020.
	RuleReportByEndOfJune = part3.Rule{ID: "duty.report-by-end-of-june", Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "The annual report on each reporting period of a plan from 2020 is published by the end of June after it (guidance paras 125, 129)."}
	// RuleReportAfterPeriod: section 13(1) requires the report "as soon as
	// practicable after the end of each one-year period" (guidance para
	// 123). A report published before its one-year period ended cannot
	// report on the whole period and is not the report the subsection
	// requires: the finding says that publication does not meet s.13(1),
	// and the obligation stays owed (judged against its limits as if
	// nothing had been published).
	RuleReportAfterPeriod = part3.Rule{ID: "duty.report-after-period", Severity: part3.Statutory, Citation: part3.Act("13(1)"),
		Summary: "An annual report is published after the end of its one-year period; one published before it ends does not meet s.13(1)."}
	// RuleReportWithinPolicy: section 13(1) requires the report "as soon as
	// practicable after the end of each one-year period". The Act sets no
	// number of days; the limit is local policy.
	RuleReportWithinPolicy = part3.Rule{ID: "duty.report-within-policy", Severity: part3.Practice, Citation: part3.Act("13(1)"),
		Summary: "The annual report on each reporting period is published within the local policy limit after it ends."}
)

// Rules returns the rules of package duty, sorted by ID.
func Rules() []part3.Rule {
	rules := []part3.Rule{RulePlanInPlace, RuleCopyToMinisters, RuleCopyToOtherServiceProviders,
		RulePublishPlan, RuleReportByEndOfJune, RuleReportAfterPeriod, RuleReportWithinPolicy}
	part3.SortRules(rules)
	return rules
}

// status judges something done on done (zero if not) against limits on
// b.asOf: late with the most binding limit passed, met, or due.
func (b *builder) status(done period.Date, limits []Limit) (Status, part3.Severity, string) {
	st, sev, rule := Due, part3.Severity(0), ""
	if done.IsValid() {
		st = Met
	}
	for _, l := range limits {
		passed := done.IsValid() && done.After(l.Date) || done.IsZero() && b.asOf.After(l.Date)
		if passed && (sev == 0 || l.Severity < sev) {
			st, sev, rule = Late, l.Severity, l.Rule
		}
	}
	return st, sev, rule
}

// judge applies any relief to o's limits and sets its status.
func (b *builder) judge(o *Obligation) {
	for i := range b.reliefs {
		r := &b.reliefs[i]
		if r.Duty != o.Duty || !r.PlanPeriod.IsZero() && (r.PlanPeriod != o.PlanPeriod || !o.ReportingPeriod.IsZero()) ||
			!r.ReportingPeriod.IsZero() && r.ReportingPeriod != o.ReportingPeriod {
			continue
		}
		// A relief that moves no limit changes nothing and is not shown.
		for j := range o.Limits {
			if l := &o.Limits[j]; l.Date.Before(r.Until) {
				if l.RelievedFrom.IsZero() {
					l.RelievedFrom = l.Date
				}
				l.Date = r.Until
				o.Relief = r
			}
		}
	}
	if len(o.Recipients) == 0 {
		o.Status, o.Severity, o.Rule = b.status(o.Done, o.Limits)
	} else {
		// Late if any copy is late (with the most binding severity), met
		// if every copy was sent in time, due otherwise.
		o.Status = Met
		for i := range o.Recipients {
			r := &o.Recipients[i]
			st, sev, rule := b.status(r.Sent, o.Limits)
			r.Status = st
			switch {
			case st == Late && (o.Status != Late || sev < o.Severity):
				o.Status, o.Severity, o.Rule = Late, sev, rule
			case st == Due && o.Status == Met:
				o.Status = Due
			}
		}
	}
	// Most binding limit first (at most two limits, so a swap will do).
	if len(o.Limits) == 2 && o.Limits[1].Severity < o.Limits[0].Severity {
		o.Limits[0], o.Limits[1] = o.Limits[1], o.Limits[0]
	}
}

// Findings returns one finding for each late obligation (for the copies
// to the other service providers, one for each late copy), made by the
// rule whose limit it passed, at the history path where its date is (or
// would be) recorded, and one statutory finding ([RuleReportAfterPeriod])
// for each annual report recorded as published before its reporting
// period ended, sorted.
func (c Calendar) Findings() part3.Findings {
	var fs part3.Findings
	for _, o := range c.Obligations {
		if o.early.IsValid() {
			fs = append(fs, RuleReportAfterPeriod.Findingf(o.HistoryPath(),
				"The %s annual report is recorded as published on %s, before the reporting period ended on %s; section 13(1) requires the report after the end of each one-year period, so that publication does not meet it",
				o.ReportingPeriod, o.early, o.ReportingPeriod.End()))
		}
		if o.Status != Late {
			continue
		}
		r, ok := ruleByID(o.Rule)
		if !ok {
			continue
		}
		if len(o.Recipients) == 0 {
			fs = append(fs, r.Finding(o.HistoryPath(), o.Describe(c.AsOf)))
			continue
		}
		l := o.passedLimit()
		for _, rc := range o.Recipients {
			if rc.Status != Late {
				continue
			}
			path := ""
			if p := o.HistoryPath(); p != "" {
				path = part3.PointerJoin(p, rc.HistoryKey())
			}
			fs = append(fs, r.Finding(path, capitalise(o.Subject())+": "+lateWords(rc.Name(), rc.Sent, l, o.limitWords(l), c.AsOf)))
		}
	}
	fs.Sort()
	return fs
}

func ruleByID(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}
