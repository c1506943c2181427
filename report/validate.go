package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// Result is the judgement of one annual report: its findings, sorted, and
// the rules that were not applied because they need the plan the report is
// on.
type Result struct {
	// Findings are every finding, sorted (part3.Findings.Sort).
	Findings part3.Findings `json:"findings"`
	// Skipped are the IDs of the rules not applied, sorted: without the
	// plan, report.partnerships-plan, report.plan-indicators-reported,
	// report.indicator-in-plan and report.plan-version. Empty when the
	// report was checked against its plan.
	Skipped []string `json:"skipped"`
	// CheckedAgainstPlan reports whether the report was checked against
	// its plan.
	CheckedAgainstPlan bool `json:"checked_against_plan"`
	// GuidanceApplies reports whether the statutory guidance's 2nd edition
	// applies to the report: not for reports on 2017-2020 plans, for which
	// no finding citing the guidance is raised.
	GuidanceApplies bool `json:"guidance_applies"`
}

// Judge judges annual report r on its own, against section 13 of the
// Act, the statutory guidance and good practice, as of ctx.AsOf and under
// the law, policy, reliefs and prescribed outcomes of ctx, and returns every
// finding, sorted. The rules that need the plan are not applied and are listed in
// Result.Skipped; those that need it only in part (the reporting period is
// checked against the plan period the report names; a departure's notice
// of disagreement is not checked against the provider of the service)
// apply what they can.
//
// Findings that cite the statutory guidance are not raised for a report on
// a 2017-2020 plan: the 2nd edition applies from 1 April 2020 (guidance
// para 1). It is an error only if ctx is not valid
// ([judgement.Context.Validate]). Judge is a pure function of r and ctx,
// safe to call from many goroutines at once; it assumes a report that
// passes [Report.Validate], and on one that does not it still returns
// without panicking.
func (r Report) Judge(ctx judgement.Context) (Result, error) {
	return judgeReport(&r, nil, ctx)
}

// JudgeAgainstPlan judges annual report r against p, the plan it reports
// on: every rule of [Report.Judge], and those that need the plan. It is a
// pure function, safe to call from many goroutines at once.
func (r Report) JudgeAgainstPlan(p plan.Plan, ctx judgement.Context) (Result, error) {
	return judgeReport(&r, &p, ctx)
}

// judge is one validation in progress.
type judge struct {
	r *Report
	p *plan.Plan // nil without the plan
	// mine is p when it is the report's plan: for at least one of its
	// council areas and its three-year period. The rules that compare the
	// report with its plan's content use it; nil otherwise.
	mine *plan.Plan
	ctx  judgement.Context
	law  service.Law
	// published is the day the report was published, or zero for a
	// draft (or a publication after the as-of date).
	published period.Date
	// arises is the day after the reporting period ends, when the duty to
	// publish arises; the law is read on it.
	arises period.Date
	fs     part3.Findings
	// by names the joint planners of the report's council areas on the
	// day the duty to publish arises (the as-of date for a report whose
	// period is not known): the bodies in breach of section 13(1).
	by []string
}

func judgeReport(r *Report, p *plan.Plan, ctx judgement.Context) (Result, error) {
	if err := ctx.Validate(); err != nil {
		return Result{}, err
	}
	j := &judge{r: r, p: p, ctx: ctx, law: ctx.MustLaw(), published: r.Publication.Published}
	if p != nil && p.Period == r.Plan.Period && slices.ContainsFunc(r.Partnership.Councils, func(c service.Council) bool {
		return slices.Contains(p.Partnership.Councils(), c)
	}) {
		j.mine = p
	}
	if j.published.After(ctx.AsOf) {
		j.published = period.Date{}
	}
	if end := r.ReportingPeriod.End(); end.IsValid() {
		j.arises = end.AddDays(1)
	}
	j.by = service.JointPlannerNames(r.Partnership.Councils, j.lawDay(), j.law)
	for _, check := range checks {
		check(j)
	}
	res := Result{Skipped: []string{}, CheckedAgainstPlan: p != nil, GuidanceApplies: guidanceApplies(r)}
	if j.mine == nil {
		for _, rule := range needsPlan {
			res.Skipped = append(res.Skipped, rule.ID)
		}
		slices.Sort(res.Skipped)
	}
	if !res.GuidanceApplies {
		j.fs = slices.DeleteFunc(j.fs, func(f part3.Finding) bool { return f.Citation.IsGuidance() })
	}
	j.fs.Sort()
	res.Findings = j.fs
	if res.Findings == nil {
		res.Findings = part3.Findings{}
	}
	return res, nil
}

// guidanceApplies reports whether the 2nd edition of the guidance applies
// to r: to reports on every plan period but 2017-2020, read from the
// reporting period as package duty's calendar reads it.
func guidanceApplies(r *Report) bool {
	pp := r.ReportingPeriod.PlanPeriod()
	if !pp.IsValid() {
		pp = r.Plan.Period
	}
	return !pp.IsValid() || pp.GuidanceApplies()
}

// checks are the rules, in the order of the Act.
var checks = []func(*judge){
	checkPeriod,
	checkPartnership,
	checkPlanVersion,
	checkProvision,
	checkDepartures,
	checkAims,
	checkPrescribedOutcomes,
	checkPublishedAfterPeriod,
	checkPublishedJointly,
	checkPublishersOutsidePartnership,
	checkTimeliness,
	checkIndicatorValues,
	checkPlanIndicators,
	checkPlanChanges,
	checkMeasurableDifference,
}

// lawDay is the day the joint planners are read: the day the duty to
// publish arises, or the as-of date when the reporting period is not known.
func (j *judge) lawDay() period.Date {
	if j.arises.IsValid() {
		return j.arises
	}
	return j.ctx.AsOf
}

// addf adds the finding of rule r at path; a statutory finding names the
// report's joint planners as the bodies in breach.
func (j *judge) addf(r part3.Rule, path, format string, args ...any) {
	j.fs = append(j.fs, r.FindingByf(j.by, path, format, args...))
}

func checkPeriod(j *judge) {
	rp, pp := j.r.ReportingPeriod, j.r.Plan.Period
	if !rp.IsValid() || !pp.IsValid() || rp.PlanPeriod() == pp {
		return
	}
	j.addf(rulePeriodWithinPlan, "/reporting_period",
		"The report is on %s, which is not one of the one-year periods of the plan it names, %s (%s); section 13(1) requires a report on each one-year period of the plan, and %s belongs to the plan for %s",
		rp, pp, periodList(pp), rp, rp.PlanPeriod())
}

// periodList names the three reporting periods of pp.
func periodList(pp period.PlanPeriod) string {
	rs := pp.ReportingPeriods()
	return fmt.Sprintf("%s, %s and %s", rs[0], rs[1], rs[2])
}

func checkPartnership(j *judge) {
	if j.mine == nil {
		return // not the report's plan: skipped, with the reason
	}
	planCouncils := j.mine.Partnership.Councils()
	var extra, lacking []string
	for _, c := range j.r.Partnership.Councils {
		if !slices.Contains(planCouncils, c) {
			extra = append(extra, c.Name())
		}
	}
	for _, c := range planCouncils {
		if c.IsValid() && !slices.Contains(j.r.Partnership.Councils, c) {
			lacking = append(lacking, c.Name())
		}
	}
	switch {
	case len(extra) > 0:
		j.addf(rulePartnershipsPlan, "/partnership/councils",
			"The report is for %s, which the plan it is checked against (%s) does not cover: section 13(1) puts the report on each local authority and its relevant health board for their own plan (guidance para 123), and that area's is owed on its own plan. This breaches no provision by itself; the areas may be wrong, or the report may cover more than one partnership's plan",
			words.And(extra), j.mine.PartnershipName())
	case len(lacking) > 0:
		j.addf(rulePartnershipsPlan, "/partnership/councils",
			"The plan it is checked against (%s) is also for %s, which the report does not cover: section 13(1) puts the report for each of those areas on its own local authority and relevant health board (guidance para 123), so this report meets its own areas' duty and is no breach by leaving the others out; their report is judged on its own",
			j.mine.PartnershipName(), words.And(lacking))
	}
}

func checkPlanVersion(j *judge) {
	if j.mine == nil || blank(j.mine.Version.ID) || j.r.Plan.Version == j.mine.Version.ID {
		return
	}
	if blank(j.r.Plan.Version) {
		j.addf(rulePlanVersion, "/plan/version",
			"The report does not name the version of the plan it reports on (section 13(1)(a)); the plan it is checked against is version %q, and guidance para 129 asks for progress measured against the plan's priorities and outcome measures", j.mine.Version.ID)
		return
	}
	j.addf(rulePlanVersion, "/plan/version",
		"The report is on version %q of the plan, but it is checked against version %q; a revised plan (s.11(1)(b)) may differ in its services and indicators, and guidance para 129 asks for progress measured against the plan's own priorities and outcome measures (section 13(1)(a))",
		j.r.Plan.Version, j.mine.Version.ID)
}

func checkProvision(j *judge) {
	pr := j.r.Provision
	if !blank(pr.Extent) || len(pr.Departures) > 0 {
		return
	}
	j.addf(ruleProvisionExtent, "/provision/extent",
		"The report does not state the extent to which children's services and related services were provided in accordance with the plan in %s, which section 13(1)(a) requires it to report on",
		j.r.ReportingPeriod)
}

func checkDepartures(j *judge) {
	for i, d := range j.r.Provision.Departures {
		switch d.Ground {
		case NoGroundGiven:
			j.addf(ruleDepartureGround, part3.Pointer("provision", "departures", i, "ground"),
				"The report gives no ground for departing from the plan (%s); the duty to provide services in accordance with the plan applies so far as reasonably practicable (s.12(1)) unless complying would adversely affect a child's wellbeing (s.12(3)(a)) or a notice of disagreement has been published about the matter (s.12(3)(b))",
				quote(d.Description))
		case NoticeOfDisagreement:
			j.checkNotice(i, d)
		}
	}
}

// checkNotice checks the notice of disagreement a departure relies on.
func (j *judge) checkNotice(i int, d Departure) {
	at := part3.Pointer("provision", "departures", i)
	n := d.Notice
	if n.Issuer.IsZero() {
		j.addf(ruleDepartureGround, at+"/notice",
			"The departure relies on a notice of disagreement (s.12(3)(b)) but does not say who issued it; only an other service provider, or the Scottish Ministers in exercising functions under the Prisons (Scotland) Act 1989, can issue one (s.10(8))")
		return
	}
	if !mayIssueNotice(n.Issuer, j.arises, j.law) {
		j.addf(ruleDepartureGround, at+"/notice/issuer",
			"The departure relies on a notice of disagreement issued by %s, who cannot issue one: section 10(8) gives that to the other service providers and to the Scottish Ministers in exercising functions under the Prisons (Scotland) Act 1989 only",
			providerWords(n.Issuer))
		return
	}
	if end := j.r.ReportingPeriod.End(); n.Published.IsValid() && end.IsValid() && n.Published.After(end) {
		j.addf(ruleDepartureGround, at+"/notice/published",
			"The notice of disagreement was published on %s, after the period ended on %s; section 12(3)(b) disapplies the duty only once a notice has been published",
			n.Published, end)
	}
	if j.mine == nil || d.Service == "" {
		return
	}
	for _, s := range j.mine.Services {
		if s.ID == d.Service && s.Provider != n.Issuer {
			j.addf(ruleDepartureGround, at+"/notice/issuer",
				"The plan has service %s, %q, provided by %s, not by %s; a notice of disagreement concerns only the provision of a service by its issuer (s.10(8)), so it cannot disapply the duty for this service",
				s.ID, s.Name, providerWords(s.Provider), providerWords(n.Issuer))
		}
	}
}

// mayIssueNotice reports whether p may issue a notice of disagreement on
// day d under law: the Scottish Ministers, or an other service provider on
// the register that day (s.10(8)), as package consult decides it.
func mayIssueNotice(p service.Provider, d period.Date, law service.Law) bool {
	if p == service.ProviderScottishMinisters {
		return true
	}
	if p.IsZero() || !d.IsValid() {
		return !p.IsZero() && p.IsOtherServiceProvider()
	}
	_, ok := law.Register().Lookup(string(p), d)
	return ok
}

func providerWords(p service.Provider) string {
	switch p {
	case service.ProviderLocalAuthority:
		return "the local authority"
	case service.ProviderRelevantHealthBoard:
		return "the relevant health board"
	case service.ProviderOtherOrganisation:
		return "another organisation"
	}
	if n := p.Name(); n != "" {
		return n
	}
	return string(p)
}

func checkAims(j *judge) {
	for _, a := range j.r.aimList() {
		if !blank(a.report.Extent) || len(a.report.Indicators) > 0 {
			continue
		}
		j.addf(ruleAimsReported, "/aims/"+a.key,
			"The report says nothing of the extent to which the provision of services achieved the aim of %s that %s; section 13(1)(b)(i) requires the report to cover each aim of section 9(2)",
			a.provision, a.words)
	}
}

func checkPrescribedOutcomes(j *judge) {
	for _, o := range j.ctx.PrescribedOutcomes {
		if !o.AppliesTo(j.r.ReportingPeriod) {
			continue
		}
		i := slices.IndexFunc(j.r.PrescribedOutcomes, func(x OutcomeReport) bool { return x.ID == o.ID })
		order := ""
		if o.Order.IsValid() {
			order = " (" + o.Order.String() + ")"
		}
		switch {
		case i < 0:
			j.addf(rulePrescribedOutcomesReported, "/prescribed_outcomes",
				"The report does not cover outcome %s, %s, which the Scottish Ministers prescribed by order%s for reports from %s; section 13(1)(b)(ii) requires the report to say to what extent it was achieved",
				o.ID, quote(o.Outcome), order, o.From)
		case blank(j.r.PrescribedOutcomes[i].Extent):
			j.addf(rulePrescribedOutcomesReported, part3.Pointer("prescribed_outcomes", i, "extent"),
				"The report names outcome %s, prescribed by order%s, but does not say to what extent it was achieved, as section 13(1)(b)(ii) requires",
				o.ID, order)
		}
	}
}

// dutyReportAfterPeriod is package duty's rule that checkPublishedAfterPeriod
// applies.
var dutyReportAfterPeriod = dutyRule(duty.RuleReportAfterPeriodID)

// dutyRule returns package duty's rule with the given ID; a missing one is
// a fault of the module, found when the package is loaded.
func dutyRule(id string) part3.Rule {
	r, ok := duty.LookupRule(id)
	if !ok {
		panic("report: package duty has no rule " + id)
	}
	return r
}

// checkPublishedAfterPeriod applies package duty's rule to the report: a
// report published on or before the last day of its period (31 March) is
// not the report s.13(1) requires "after the end of each one-year period",
// as the calendar holds of a history that records one.
func checkPublishedAfterPeriod(j *judge) {
	end := j.r.ReportingPeriod.End()
	if !j.published.IsValid() || !end.IsValid() || j.published.After(end) {
		return
	}
	j.addf(dutyReportAfterPeriod, "/publication/published",
		"The report was published on %s, before its period %s ended on %s; section 13(1) requires a report after the end of each one-year period, on the whole of it. It is no breach by itself: the duty stays owed, and is late only as its own limits say",
		j.published, j.r.ReportingPeriod, end)
}

func checkPublishedJointly(j *judge) {
	if !j.published.IsValid() {
		return
	}
	by := j.r.Publication.PublishedBy
	var lacking []string
	boardLacking := false // a relevant integration joint board, under section 60
	for _, c := range j.r.Partnership.Councils {
		for _, b := range service.JointPlanners(c, j.lawDay(), j.law) {
			if !slices.ContainsFunc(by, func(p Publisher) bool { return p.is(b) }) {
				lacking = append(lacking, b.Name)
				boardLacking = boardLacking || b.Role == service.RoleRelevantIntegrationJointBoard
			}
		}
	}
	if len(lacking) == 0 {
		return
	}
	// A health board of several council areas is named once.
	lacking = words.Unique(lacking)
	assumed := ""
	if boardLacking {
		assumed = section60Assumption
	}
	var others []string
	for _, p := range by {
		others = append(others, p.words())
	}
	slices.Sort(others)
	others = slices.Compact(others)
	switch {
	case len(by) == 0:
		j.addf(rulePublishedJointly, "/publication/published_by",
			"The report does not record who published it; section 13(1) requires %s to publish it jointly%s", words.And(lacking), assumed)
	case !slices.ContainsFunc(by, Publisher.isJointPlanner):
		j.addf(rulePublishedJointly, "/publication/published_by",
			"The report was published by %s alone; the duty to publish it sits exclusively with the local authority and its relevant health board (s.13(1), guidance para 133), so it is not a report by %s%s",
			words.And(others), words.And(lacking), assumed)
	default:
		j.addf(rulePublishedJointly, "/publication/published_by",
			"The report is not recorded as published by %s; section 13(1) requires the local authority and the relevant health board to publish it jointly (s.7(6))%s",
			words.And(lacking), assumed)
	}
}

// section60Assumption says, in a message that holds a relevant integration
// joint board to the duty to publish, what the module assumes of section
// 60 of the 2026 Act.
var section60Assumption = ". " + service.Section60Assumption("the relevant integration joint board publishes the report with them (section 13(1))")

// is reports whether p is body b.
func (p Publisher) is(b service.Body) bool {
	switch b.Role {
	case service.RoleLocalAuthority:
		return p.Council.IsValid() && p.Council.Code() == b.Code
	case service.RoleRelevantHealthBoard:
		return p.HealthBoard.IsValid() && p.HealthBoard.Code() == b.Code
	case service.RoleRelevantIntegrationJointBoard:
		return p.IntegrationJointBoard.IsValid() && p.IntegrationJointBoard.Code() == b.Code
	}
	return false
}

// isJointPlanner reports whether p is a local authority or a health board:
// a body that can be a joint planner.
func (p Publisher) isJointPlanner() bool { return p.Council.IsValid() || p.HealthBoard.IsValid() }

// words names p.
func (p Publisher) words() string {
	switch {
	case p.Council.IsValid():
		return p.Council.Authority()
	case p.HealthBoard.IsValid():
		return p.HealthBoard.Name()
	case p.IntegrationJointBoard.IsValid():
		return p.IntegrationJointBoard.Name()
	case !blank(p.Name):
		return p.Name
	}
	return providerWords(p.Provider)
}

// checkTimeliness grades the report's publication as package duty grades
// the duty of s.13(1) (duty.Timely.Grade), with the calendar, so that a
// report and the calendar never disagree: late past the end of June after
// the period (guidance paras 125, 129; duty.report-by-end-of-june) or past
// the partnership's own limit, or the module's default
// (duty.report-within-policy), for reports on plans from 2020; a breach
// (duty.publish-annual-report) only past a day the caller states as a fact,
// or if not published by the end of the following one-year period, which
// the finding calls the engine's reading. A relief for the duty
// "s13-annual-report" moves every limit but a stated fact's to its last
// day at the latest. A report published before its period ended does not
// meet s.13(1) (duty.report-after-period says so), and one dated after the
// judgement date is not yet published: for both the duty stays owed. Only
// the most binding limit passed is reported.
func checkTimeliness(j *judge) {
	rp := j.r.ReportingPeriod
	if !rp.IsValid() {
		return
	}
	t := duty.Timely{Duty: judgement.DutyAnnualReport, Councils: j.r.Partnership.Councils, ReportingPeriod: rp}
	g := t.Grade(j.r.Publication.Published, j.ctx)
	if g.Status != duty.Late {
		return
	}
	if r, ok := duty.LookupRule(g.Rule); ok {
		j.fs = append(j.fs, r.FindingBy(j.by, "/publication/published", g.Message(t.Subject())))
	}
}

func checkIndicatorValues(j *judge) {
	rp := j.r.ReportingPeriod
	for i, x := range j.r.Indicators {
		switch {
		case x.Value.IsZero():
			j.addf(ruleIndicatorValueForPeriod, part3.Pointer("indicators", i, "value"),
				"Indicator %s has no value for %s; guidance para 129 asks for progress in the year measured against the plan's outcome measures", x.ID, rp)
		case rp.IsValid() && !rp.Contains(x.Value.Date):
			j.addf(ruleIndicatorValueForPeriod, part3.Pointer("indicators", i, "value"),
				"Indicator %s's value is dated %s, outside %s (%s to %s); guidance para 129 asks for the progress made in the year reported on, so give the latest value within it, or say why none is available",
				x.ID, x.Value.Date, rp, rp.Start(), rp.End())
		}
	}
}

func checkPlanIndicators(j *judge) {
	if j.mine == nil {
		return
	}
	reported := make(map[string]bool, len(j.r.Indicators))
	for _, x := range j.r.Indicators {
		reported[x.ID] = true
	}
	inPlan := make(map[string]bool, len(j.mine.Indicators))
	for _, x := range j.mine.Indicators {
		inPlan[x.ID] = true
		if !reported[x.ID] {
			j.addf(rulePlanIndicatorsReported, "/indicators",
				"The report gives no progress on the plan's indicator %s, %s; guidance para 129 asks for progress measured against the plan's outcome measures",
				x.ID, quote(x.Description))
		}
	}
	for i, x := range j.r.Indicators {
		if !inPlan[x.ID] {
			j.addf(ruleIndicatorInPlan, part3.Pointer("indicators", i, "id"),
				"Indicator %s is not one of the plan's indicators (%s); progress is measured against the plan's own outcome measures (guidance para 129), and a new measure is a change to the plan to list as one",
				x.ID, idList(j.mine.Indicators))
		}
	}
}

func idList(xs []plan.Indicator) string {
	if len(xs) == 0 {
		return "it has none"
	}
	ids := make([]string, len(xs))
	for i, x := range xs {
		ids[i] = x.ID
	}
	return strings.Join(ids, ", ")
}

func checkPlanChanges(j *judge) {
	if len(j.r.PlanChanges) == 0 && !j.r.NoPlanChanges {
		j.addf(rulePlanChangesListed, "/plan_changes",
			"The report neither lists the significant changes made to the plan nor states that there were none; guidance para 129 asks it to include any significant changes")
		return
	}
	p := j.mine
	if p == nil || !p.Version.IsRevision() || !j.r.ReportingPeriod.Contains(p.Publication.Prepared) {
		return
	}
	id := p.Version.ID
	if id == "" && len(j.r.PlanChanges) > 0 {
		return // a revision with no version ID cannot be named: a change listed is taken as it
	}
	if slices.ContainsFunc(j.r.PlanChanges, func(c PlanChange) bool { return c.Version == id }) {
		return
	}
	path := "/plan_changes"
	if j.r.NoPlanChanges {
		path = "/no_plan_changes"
	}
	j.addf(rulePlanChangesListed, path,
		"The plan was revised in the period (revision %d, %s, prepared on %s) but the report lists no change naming that version; a revised plan (s.11(1)(b)) is a significant change that guidance para 129 asks the report to include",
		p.Version.Revision, quoteOr(id, "with no version ID"), p.Publication.Prepared)
}

func checkMeasurableDifference(j *judge) {
	measured := func(d Difference) bool {
		if !d.Before.IsZero() && !d.After.IsZero() {
			return true
		}
		for _, id := range d.Indicators {
			for _, x := range j.r.Indicators {
				if x.ID == id && !x.Baseline.IsZero() && !x.Value.IsZero() {
					return true
				}
			}
		}
		return false
	}
	switch {
	case len(j.r.DifferenceMade) > 0 && slices.ContainsFunc(j.r.DifferenceMade, measured):
		return
	case len(j.r.DifferenceMade) > 0:
		j.addf(ruleMeasurableDifference, "/difference_made",
			"None of the differences the report describes is measured, by an indicator with a baseline and a value or by values before and after; Appendix B step 10 asks for the measurable difference the plan has made to the lives of children and young people")
	case len(j.r.Activity) > 0:
		j.addf(ruleMeasurableDifference, "/difference_made",
			"The report describes the volume and frequency of service delivery (%s) but no difference the plan has made; Appendix B step 10 asks reports not simply to describe volumes but to identify the measurable difference made to the lives of children and young people",
			words.Count(len(j.r.Activity), "item", "items"))
	default:
		j.addf(ruleMeasurableDifference, "/difference_made",
			"The report identifies no difference the plan has made; Appendix B step 10 asks for the measurable difference made to the lives of children and young people, with key achievements and improving trends in indicators of wellbeing")
	}
}

// quote quotes s, shortened to a readable length.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 80 {
		s = string(r[:77]) + "..."
	}
	return fmt.Sprintf("%q", s)
}

func quoteOr(s, otherwise string) string {
	if blank(s) {
		return otherwise
	}
	return fmt.Sprintf("%q", s)
}
