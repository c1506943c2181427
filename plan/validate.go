package plan

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Judge judges plan p against Part 3 of the Act, the statutory guidance
// and good practice, as of ctx.AsOf and under the law, policy and facts of
// ctx, and returns every finding, sorted. It is an error only if ctx is not
// valid ([judgement.Context.Validate]). It is a pure function of p and
// ctx, safe to call from many goroutines at once.
//
// A revised plan is judged as a new plan (guidance para 119, and section
// 11(2) as the guidance paraphrases it): the aims, the preparation under
// section 10 and the sending and publication under section 10(7) are
// checked again on its own record, and its record must be its own. Only
// the duty to prepare the plan before the period starts is not applied to
// a revision, which is prepared during the period. Each review recorded of
// the plan is judged under section 11(2) ([consult.Review.Judge]).
//
// Findings that cite the statutory guidance are not raised for a plan for
// 2017-2020: the 2nd edition applies from 1 April 2020 (guidance para 1).
//
// Judge assumes a plan that passes [Plan.Validate]; on one that does not it
// still returns without panicking, judging what it can.
func (p Plan) Judge(ctx judgement.Context) (part3.Findings, error) {
	if err := ctx.Validate(); err != nil {
		return nil, err
	}
	j := newJudge(&p, ctx)
	for _, check := range checks {
		check(j)
	}
	prep, err := j.p.Preparation.Judge(consult.Scope{
		Path:     "/preparation",
		Councils: p.Partnership.Councils(),
		Period:   p.Period,
		On:       j.on,
	}, ctx)
	if err != nil {
		return nil, err
	}
	j.fs = append(j.fs, prep...)
	for i, r := range p.Reviews {
		fs, err := r.Judge(consult.Scope{
			Path:     "/reviews/" + strconv.Itoa(i), // part3.Pointer("reviews", i), made in one allocation
			Councils: p.Partnership.Councils(),
			Period:   p.Period,
		}, ctx)
		if err != nil {
			return nil, err
		}
		j.fs = append(j.fs, fs...)
	}
	j.fs = append(j.fs, j.declaredKinds()...)
	j.fs = onlyApplicable(p.Period, j.fs)
	j.fs.Sort()
	return j.fs, nil
}

// onlyApplicable drops the findings that cite the statutory guidance from
// those for a plan for 2017-2020: the 2nd edition of the guidance "will
// therefore relate to Children's Services Plans from 1 April 2020 onwards"
// (guidance para 1). It is the one place this is done for the package's
// own rules and for those of service it applies; package consult does the
// same for its own.
func onlyApplicable(pp period.PlanPeriod, fs part3.Findings) part3.Findings {
	if !pp.IsValid() || pp.GuidanceApplies() {
		return fs
	}
	return slices.DeleteFunc(fs, func(f part3.Finding) bool { return f.Citation.IsGuidance() })
}

// checks are the package's rules, in the order of the Act.
var checks = []func(*judge){
	checkRelevantHealthBoard,
	checkIntegrationJointBoard,
	checkJointApproval,
	checkApprovalsOutsidePartnership,
	checkPreparedBeforePeriod,
	checkStatedDates,
	checkTitle,
	checkCoverage,
	checkAims,
	checkAimsInView,
	checkRevisionAfresh,
	checkCopyToMinisters,
	checkCopyToOtherServiceProviders,
	checkPublished,
	checkPriorities,
	checkIndicators,
	checkAccessibleVersion,
	checkFairerScotland,
	checkManageablePriorities,
	checkSMARTActions,
	checkLinkedPlans,
}

// Rules returns the rules of package plan, sorted by ID, in a new slice on
// each call: changing it changes nothing in the package. Judge also
// applies the rules of package consult to the preparation record and the
// reviews (never its notice rules: a plan is not a notice) and
// service.declared-kind to the services.
func Rules() []part3.Rule {
	rules := []part3.Rule{
		ruleRelevantHealthBoard, ruleIntegrationJointBoard, ruleJointApproval, rulePreparedBeforePeriod,
		ruleStatedDatesCoverPeriod, ruleTitleMatchesPeriod, ruleCoversChildrensAndRelatedServices,
		rulePreparedWithAimsInView, ruleAimStatement, ruleAimSubstance, ruleRevisionPreparedAfresh, ruleCopyToMinisters,
		ruleCopyToOtherServiceProviders, rulePublished, ruleCopiesAndPublicationWithinPolicy, rulePrioritiesClearAndMeasurable,
		ruleBaselinesAndIndicators, ruleIndicatorTargets, ruleAccessibleVersion, ruleFairerScotlandDuty,
		ruleManageablePriorities, ruleSmartActions, ruleLinksToOtherPlans, ruleApprovalOutsidePartnership, ruleIntegrationJointBoardWhereNone,
	}
	part3.SortRules(rules)
	return rules
}

// LookupRule returns the rule of package plan with the given ID, such as
// [RulePublishedID], and whether there is one. The Rule is a copy: the
// package's rules cannot be changed through it.
func LookupRule(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}

// judge is one validation in progress.
type judge struct {
	p   *Plan
	ctx judgement.Context
	law service.Law
	// on is the day the law is read: the day the plan was prepared, or
	// for a draft the as-of date.
	on period.Date
	fs part3.Findings
	// classes classifies the services under s.7(1); it is part of the
	// judge, made with it in one allocation.
	classes classifier
	// by names the joint planners of the plan's council areas on the day
	// the law is read: the bodies in breach of a duty the Act puts on the
	// local authority and the relevant health board, for every statutory
	// rule of the package but those that name an area's own bodies.
	by []string
}

func newJudge(p *Plan, ctx judgement.Context) *judge {
	on := p.Publication.Prepared
	if !on.IsValid() || on.After(ctx.AsOf) {
		on = ctx.AsOf
	}
	law := ctx.MustLaw()
	return &judge{p: p, ctx: ctx, law: law, on: on, classes: newClassifier(on, law),
		by: service.JointPlannerNames(p.Partnership.Councils(), on, law)}
}

// add adds the finding of rule r at path; a statutory finding names the
// plan's joint planners as the bodies in breach.
func (j *judge) add(r part3.Rule, path, msg string) {
	j.fs = append(j.fs, r.FindingBy(j.by, path, msg))
}

// addf is add with a formatted message.
func (j *judge) addf(r part3.Rule, path, format string, args ...any) {
	j.add(r, path, fmt.Sprintf(format, args...))
}

// addByf is addf naming by, not the plan's joint planners, as the bodies
// in breach.
func (j *judge) addByf(r part3.Rule, by []string, path, format string, args ...any) {
	j.fs = append(j.fs, r.FindingByf(by, path, format, args...))
}

// plannersOn names the joint planners of the plan's council areas as the
// law stands on day d: the bodies a duty that fell due on d bound.
func (j *judge) plannersOn(d period.Date) []string {
	return service.JointPlannerNames(j.p.Partnership.Councils(), d, j.law)
}

// prepared reports the day the plan was prepared, and whether it has been
// by the judgement date: a plan recorded as prepared after it is still a
// draft on it.
func (j *judge) prepared() (period.Date, bool) {
	d := j.p.Publication.Prepared
	if d.After(j.ctx.AsOf) {
		return period.Date{}, false
	}
	return d, d.IsValid()
}

// preparedLater reports the day the plan records it was prepared when
// that is after the judgement date, and whether it is.
func (j *judge) preparedLater() (period.Date, bool) {
	d := j.p.Publication.Prepared
	return d, d.After(j.ctx.AsOf)
}

// declaredKinds applies the rule service.declared-kind to the services that
// declare a kind other than the one the definitions give them. It passes
// service.JudgeServices only those, the others with no declared kind, so
// that its findings keep their paths and the rest are not classified
// again.
func (j *judge) declaredKinds() part3.Findings {
	var list []service.Service
	for i := range j.p.Services {
		s := &j.p.Services[i].Service
		if !s.Kind.IsValid() || s.Kind == j.classes.kind(s) {
			continue
		}
		if list == nil {
			list = make([]service.Service, len(j.p.Services))
		}
		list[i] = *s
	}
	if list == nil {
		return nil
	}
	return service.JudgeServices("/services", list, j.on, j.law)
}
