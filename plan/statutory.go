package plan

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleRelevantHealthBoardID               = "plan.relevant-health-board"
	RuleIntegrationJointBoardID             = "plan.integration-joint-board"
	RuleJointApprovalID                     = "plan.joint-approval"
	RulePreparedBeforePeriodID              = "plan.prepared-before-period"
	RuleStatedDatesCoverPeriodID            = "plan.stated-dates-cover-period"
	RuleCoversChildrensAndRelatedServicesID = "plan.covers-childrens-and-related-services"
	RulePreparedWithAimsInViewID            = "plan.prepared-with-aims-in-view"
	RuleRevisionPreparedAfreshID            = "plan.revision-prepared-afresh"
	RuleCopyToMinistersID                   = "plan.copy-to-ministers"
	RuleCopyToOtherServiceProvidersID       = "plan.copy-to-other-service-providers"
	RulePublishedID                         = "plan.published"
)

// The rules of the Act. A finding of one of them is a breach of Part 3.
var (
	// ruleRelevantHealthBoard: section 8(1) requires "every local authority
	// and its relevant health board" to "jointly prepare a Children's
	// Services Plan for the area of the local authority" (guidance para
	// 40). The relevant health board is defined in s.7(1): the board whose
	// area is the same as the local authority's, or otherwise the board
	// within whose area the local authority's area falls. A plan prepared
	// with any other board is not the plan section 8(1) requires.
	//
	// The bodies in breach are the area's joint planners
	// ([service.JointPlanners] for that council): the local authority and
	// its true relevant health board, on whom s.8(1) puts the duty, and its
	// relevant integration joint board once section 60 of the 2026 Act is
	// in force; not the board the plan names, on whom the Act puts no duty
	// for that area, and not the other areas of a joint plan, whose own
	// boards are right.
	ruleRelevantHealthBoard = part3.Rule{ID: RuleRelevantHealthBoardID, Severity: part3.Statutory, Citation: part3.Act("8(1)"),
		Summary: "Each council area's plan is prepared with the council's relevant health board."}

	// ruleIntegrationJointBoard: section 60 of the Children (Care, Care
	// Experience and Services Planning) (Scotland) Act 2026 (prospective) makes
	// the relevant integration joint board (the integration joint board whose
	// area is the same as that of the local authority, or within whose area
	// the local authority's area falls, as its definition in section 7 reads
	// in paraphrase), a lead
	// children's services planning body with the local authority and the
	// relevant health board, where there is one. Once it is commenced (the
	// judgement context), a plan prepared on or after commencement names that
	// board as a joint planner. Highland has none.
	//
	// That the lead bodies prepare the plan jointly is the module's reading
	// of section 60: the definitions it inserts into section 7 were
	// retrieved, the amendments its subsections (3) to (12) make to
	// section 8 and the sections after it were not. The messages say so.
	//
	// The bodies in breach are the area's lead children's services
	// planning bodies ([service.JointPlanners] for that council): its local
	// authority, its relevant health board and, where there is one, its
	// relevant integration joint board, on whom the joint duty falls;
	// not a board the plan names wrongly.
	ruleIntegrationJointBoard = part3.Rule{ID: RuleIntegrationJointBoardID, Severity: part3.Statutory, Citation: service.Section60(),
		Summary: "Once section 60 of the 2026 Act is in force, the relevant integration joint board prepares the plan jointly too."}

	// ruleJointApproval: "A function conferred on a local authority and the
	// relevant health board by Part 3 is a function which must be exercised
	// jointly by these two organisations" (s.7(6), guidance para 39: they
	// "are considered to be jointly and equally responsible"). A prepared
	// plan records its approval by each joint planner (service.JointPlanners):
	// the local authority, its relevant health board, and the relevant
	// integration joint board once section 60 of the 2026 Act is in force.
	//
	// The bodies in breach are the joint planners of the council areas
	// whose plan the missing approval leaves unapproved, not only the
	// body whose approval is missing, which the message names: s.7(6)
	// makes preparing the plan one function exercised jointly, and a plan
	// one of them has not approved is not the joint exercise of it by any
	// of them; a council that goes ahead without its board has not
	// prepared the plan jointly either. Section 8(1) puts the duty on each
	// local authority and its relevant health board "for the area of the
	// local authority" (guidance para 40), so in a joint plan a council's
	// or an integration joint board's missing approval is a failure for
	// its own area, and a health board's for every area of the plan whose
	// board it is; the other areas' planners breach nothing by it.
	ruleJointApproval = part3.Rule{ID: RuleJointApprovalID, Severity: part3.Statutory, Citation: part3.Act("7(6)"),
		Summary: "A prepared plan is approved by each body that jointly prepares it."}

	// rulePreparedBeforePeriod: section 8(1) requires a plan "in respect of
	// each three-year period"; guidance para 101: "With respect to when a
	// Children's Services Plan must be finalised, this must be before the
	// start of each 'three-year period'". For 2017-2020, SSI 2016/255
	// specified 1 April 2017 as the date the first plan was to be in place.
	// A revised plan (s.11(1)(b)) is prepared during the period and is not
	// held to this. The bodies in breach are the joint planners of the
	// plan's council areas on the last day to prepare it, when the duty was
	// missed (a body that became a joint planner after it, such as an
	// integration joint board on the commencement of section 60 of the
	// 2026 Act, was not then bound). As for every rule of the package but
	// those above, which name an area's own bodies, the others name the
	// joint planners of the plan's council areas (service.JointPlannerNames
	// on the day the plan was prepared, or the judgement date for a
	// draft), on whom s.8(1), 9(1), 10(1) and 10(7) put the duty.
	rulePreparedBeforePeriod = part3.Rule{ID: RulePreparedBeforePeriodID, Severity: part3.Statutory, Citation: part3.Act("8(1)"),
		Summary: "The plan is prepared before its three-year period starts (s.8(1), as guidance para 101 reads it)."}

	// ruleStatedDatesCoverPeriod: section 8(1) requires a plan "in respect
	// of each three-year period", setting out plans "over the three-year
	// period" (s.8(2), guidance para 41). A plan whose own stated dates
	// leave part of its period uncovered does not answer to the whole
	// period. A gap at the start that arises only because the plan was
	// prepared late is reported as lateness (rulePreparedBeforePeriod),
	// not again here.
	ruleStatedDatesCoverPeriod = part3.Rule{ID: RuleStatedDatesCoverPeriodID, Severity: part3.Statutory, Citation: part3.Act("8(1)"),
		Summary: "The dates the plan states it covers span its whole three-year period."}

	// ruleCoversChildrensAndRelatedServices: section 8(2): a children's
	// services plan is "a document setting out the local authority and
	// health board's plans for the provision of all 'children's services'
	// and 'related services'" over the period (guidance para 41). A plan
	// that covers no children's service, or no related service, as the
	// definitions of s.7(1) classify its services (service.Classify), does
	// not. Whether it covers all of them is for the partnership to
	// establish (paras 43-46) and cannot be told from the document.
	ruleCoversChildrensAndRelatedServices = part3.Rule{ID: RuleCoversChildrensAndRelatedServicesID, Severity: part3.Statutory, Citation: part3.Act("8(2)"),
		Summary: "The plan covers children's services and related services: at least one of each under the definitions of s.7(1)."}

	// rulePreparedWithAimsInView: section 9(1): "every Children's Services Plan
	// must be prepared with a view to securing the achievement of the following
	// five aims" (guidance para 48; Explanatory Notes para 30: "a children's
	// services plan should be prepared with a view to achieving the aims"):
	// that children's services are provided in the way which (i) best
	// safeguards, supports and promotes the wellbeing of children in the area,
	// (ii) ensures that any action to meet needs is taken at the earliest
	// appropriate time and that, where appropriate, action is taken to prevent
	// needs arising, (iii) is most integrated from the point of view of
	// recipients, and (iv) constitutes the best use of available resources
	// (s.9(2)(a)); and that related services are provided in the way which, so
	// far as consistent with the objects and proper delivery of the service
	// concerned, safeguards, supports and promotes the wellbeing of children in
	// the area (s.9(2)(b)). The text of section 9 was not retrieved: the rule
	// rests on the guidance's paraphrase and the Explanatory Notes.
	//
	// The duty is on how the plan is prepared, not on the words of the
	// document: a plan that has no statement on an aim may still have been
	// prepared with it in view, and its silence is a matter for the
	// guidance (ruleAimStatement). A finding is made only on the caller's
	// statement, with its source, that the plan was not prepared with a
	// view to securing the aims, or some of them
	// (judgement.Context.AimsNotInViewFor).
	rulePreparedWithAimsInView = part3.Rule{ID: RulePreparedWithAimsInViewID, Severity: part3.Statutory, Citation: part3.Act("9(1)"),
		Summary: "The plan is not found to have been prepared without a view to securing the aims of s.9(2) (a fact the caller states, with its source)."}

	// ruleRevisionPreparedAfresh: a revised plan (s.11(1)(b)) goes through
	// section 10 again: "the revised plan must essentially be treated like
	// a new plan, with 'other service providers' and Scottish Ministers
	// given the opportunity to participate and contribute to in the
	// preparation of the revised plan, other persons (including social
	// landlords and relevant organisations) consulted with" (guidance para
	// 119). Section 11(2), as the 1st edition of the guidance paraphrases
	// it (Appendix B: "sections 10(1)(a) and 11(2)"; its words were not
	// retrieved), extends the duty to give the other service providers an
	// effective opportunity to "any review or revision of the plan". An
	// opportunity given, or a consultation held, on or before the day the
	// earlier version was prepared was part of preparing that version, not
	// the revision. The rule cites s.10(1), whose duties it applies again;
	// its messages cite s.11(2) beside it.
	ruleRevisionPreparedAfresh = part3.Rule{ID: RuleRevisionPreparedAfreshID, Severity: part3.Statutory, Citation: part3.Act("10(1)"),
		Summary: "A revised plan's opportunities and consultation are its own, given after the version it revises (guidance para 119)."}

	// ruleCopyToMinisters: "as soon as reasonably practicable after a
	// children's services plan has been prepared, the local authority and
	// the relevant health board must (a) send a copy to (i) the Scottish
	// Ministers" (s.10(7)(a)(i), as guidance para 100 and the Explanatory
	// Notes, para 33, give it: the Act's own words for s.10(7) were not
	// retrieved, so the rule rests on those paraphrases). "All completed
	// (or revised) plans must be sent to Scottish Ministers, irrespective
	// of whether Scottish Ministers provide services in the local area"
	// (guidance para 103).
	//
	// The Act sets no number of days, so the copy is graded as package duty
	// grades every such duty (duty.Timely.Grade), with the calendar:
	// outstanding while no limit has passed; past the partnership's own limit,
	// or the module's default, a practice finding
	// (ruleCopiesAndPublicationWithinPolicy); and a breach, this rule, only
	// past the day by which the caller states it was reasonably practicable to
	// send it (a judgement.TimePassed fact, whose source the finding quotes),
	// or with none sent by the end of the plan's period, which the finding
	// calls the engine's reading. A copy dated before the plan was prepared is
	// of a draft, and one dated after the judgement date is not yet sent:
	// neither meets the duty.
	//
	// The rule kept its ID when it stopped firing on the module's number of
	// days: it has always meant that the duty of s.10(7)(a)(i) was
	// breached, and a finding made on a number the module chose was a
	// wrong instance of it, not another rule.
	ruleCopyToMinisters = part3.Rule{ID: RuleCopyToMinistersID, Severity: part3.Statutory, Citation: part3.Act("10(7)(a)(i)"),
		Summary: "A copy of the prepared plan is sent to the Scottish Ministers as soon as reasonably practicable: late once the caller states that time has passed, or once the plan's period has ended."}

	// ruleCopyToOtherServiceProviders: the same duty for "(ii) each of the
	// other service providers" (s.10(7)(a)(ii)): each listed in s.7(1) on
	// the day the plan was prepared, including the integration joint board
	// for each area where there is one (unless it is itself a joint planner
	// under section 60 of the 2026 Act), graded the same way for each. The
	// bodies in breach are the joint planners of the areas the provider is
	// an other service provider for: every area of the plan for a
	// provider that serves them all, and an integration joint board's own
	// areas for the board, which is an other service provider for its area
	// only.
	ruleCopyToOtherServiceProviders = part3.Rule{ID: RuleCopyToOtherServiceProvidersID, Severity: part3.Statutory, Citation: part3.Act("10(7)(a)(ii)"),
		Summary: "A copy of the prepared plan is sent to each other service provider as soon as reasonably practicable: late once the caller states that time has passed, or once the plan's period has ended."}

	// rulePublished: the same duty to "(b) publish it (in such manner as
	// the local authority and the relevant health board consider
	// appropriate)" (s.10(7)(b)), graded the same way.
	rulePublished = part3.Rule{ID: RulePublishedID, Severity: part3.Statutory, Citation: part3.Act("10(7)(b)"),
		Summary: "The prepared plan is published as soon as reasonably practicable: late once the caller states that time has passed, or once the plan's period has ended."}
)

// areaAt is the path of area i of the partnership.
func areaAt(i int, field string) string { return part3.Pointer("partnership", "areas", i, field) }

func checkRelevantHealthBoard(j *judge) {
	for i, a := range j.p.Partnership.Areas {
		if !a.Council.IsValid() || !a.HealthBoard.IsValid() {
			continue
		}
		if ok, why := service.IsRelevantHealthBoard(a.Council, a.HealthBoard); !ok {
			by := service.JointPlannerNames([]service.Council{a.Council}, j.on, j.law)
			j.addByf(ruleRelevantHealthBoard, by, areaAt(i, "health_board"),
				"The plan names %s as the partner of %s, but %s; section 8(1) requires the local authority and its relevant health board to prepare the plan jointly",
				a.HealthBoard.Name(), a.Council.Authority(), why.Text)
		}
	}
}

func checkIntegrationJointBoard(j *judge) {
	if !j.law.Section60InForce(j.on) {
		return
	}
	from := j.law.Section60Commencement()
	for i, a := range j.p.Partnership.Areas {
		if !a.Council.IsValid() {
			continue
		}
		by := service.JointPlannerNames([]service.Council{a.Council}, j.on, j.law)
		want, has := a.Council.IntegrationJointBoard()
		switch {
		case !has && a.IntegrationJointBoard.IsValid():
			j.addf(ruleIntegrationJointBoardWhereNone, areaAt(i, "integration_joint_board"),
				"The plan names %s as a joint planner for %s, which has no integration joint board; the lead children's services planning bodies there are the local authority and its relevant health board (section 60 of the 2026 Act, in force from %s). Naming another body breaches no provision by itself: the board is likely the wrong one, or the areas are wrong",
				a.IntegrationJointBoard.Name(), a.Council.Name(), from)
		case has && !a.IntegrationJointBoard.IsValid():
			j.addByf(ruleIntegrationJointBoard, by, areaAt(i, "integration_joint_board"),
				"Section 60 of the 2026 Act is in force from %s: %s, the relevant integration joint board for %s, is a lead children's services planning body and prepares the plan jointly with %s and %s, but the plan does not name it. %s",
				from, want.Name(), a.Council.Name(), a.Council.Authority(), a.Council.HealthBoard().Name(),
				service.Section60Assumption("a lead children's services planning body prepares the plan jointly (section 8(1))"))
		case has && a.IntegrationJointBoard != want:
			j.addByf(ruleIntegrationJointBoard, by, areaAt(i, "integration_joint_board"),
				"The plan names %s as the integration joint board for %s, but the relevant integration joint board, a lead children's services planning body since section 60 of the 2026 Act came into force on %s, is %s. %s",
				a.IntegrationJointBoard.Name(), a.Council.Name(), from, want.Name(),
				service.Section60Assumption("a lead children's services planning body prepares the plan jointly (section 8(1))"))
		}
	}
}

func checkJointApproval(j *judge) {
	if _, ok := j.prepared(); !ok {
		return
	}
	// An approval dated after the judgement date is not yet given.
	var councils []service.Council
	var boards []service.HealthBoard
	var ijbs []service.IntegrationJointBoard
	later := map[string]period.Date{} // by the code of the body, the day of an approval not yet given
	for _, a := range j.p.Approvals {
		if a.Date.After(j.ctx.AsOf) {
			switch {
			case a.Council.IsValid():
				later[a.Council.Code()] = a.Date
			case a.HealthBoard.IsValid():
				later[a.HealthBoard.Code()] = a.Date
			case a.IntegrationJointBoard.IsValid():
				later[a.IntegrationJointBoard.Code()] = a.Date
			}
			continue
		}
		councils = append(councils, a.Council)
		boards = append(boards, a.HealthBoard)
		ijbs = append(ijbs, a.IntegrationJointBoard)
	}
	reported := map[string]bool{}
	for _, a := range j.p.Partnership.Areas {
		if !a.Council.IsValid() {
			continue
		}
		for _, b := range service.JointPlanners(a.Council, j.on, j.law) {
			var approved bool
			switch b.Role {
			case service.RoleLocalAuthority:
				approved = slices.Contains(councils, a.Council)
			case service.RoleRelevantHealthBoard:
				approved = slices.Contains(boards, a.Council.HealthBoard())
			case service.RoleRelevantIntegrationJointBoard:
				ijb, _ := a.Council.IntegrationJointBoard()
				approved = slices.Contains(ijbs, ijb)
			}
			if approved || reported[b.Code] {
				continue
			}
			reported[b.Code] = true
			assumed := ""
			if b.Role == service.RoleRelevantIntegrationJointBoard {
				assumed = ". " + service.Section60Assumption("the relevant integration joint board prepares, and so approves, the plan with the local authority and the relevant health board (sections 7(6) and 8(1))")
			}
			// The areas the missing approval leaves unapproved: the
			// council's own, or every area of the plan for which the
			// board (health board or integration joint board, which may
			// each plan for several areas) is a joint planner.
			areas := []service.Council{a.Council}
			if b.Role != service.RoleLocalAuthority {
				areas = areas[:0]
				for _, other := range j.p.Partnership.Areas {
					if other.Council.IsValid() && !slices.Contains(areas, other.Council) &&
						slices.ContainsFunc(service.JointPlanners(other.Council, j.on, j.law), func(o service.Body) bool { return o.Code == b.Code }) {
						areas = append(areas, other.Council)
					}
				}
			}
			by := service.JointPlannerNames(areas, j.on, j.law)
			if d, ok := later[b.Code]; ok {
				j.addByf(ruleJointApproval, by, "/approvals",
					"The plan is not approved by %s as of %s: the approval it records, dated %s, lies in the future, so on the judgement date it has not been given; %s prepares the plan jointly for %s (%s: %s)%s",
					b.Name, j.ctx.AsOf, d, b.Name, a.Council.Name(), b.Reason.Citation, b.Reason.Text, assumed)
				continue
			}
			j.addByf(ruleJointApproval, by, "/approvals",
				"The plan is not recorded as approved by %s, which prepares it jointly for %s (%s: %s); record the approval of each body that prepares the plan%s",
				b.Name, a.Council.Name(), b.Reason.Citation, b.Reason.Text, assumed)
		}
	}
}

// preparationDeadlineWords says where the deadline for a plan for pp comes
// from, for a message.
func preparationDeadlineWords(pp period.PlanPeriod) string {
	if pp.GuidanceApplies() {
		return "section 8(1) requires a plan in respect of each three-year period, and guidance para 101 reads it: the plan must be finalised before the period starts"
	}
	return "section 8(1) requires a plan in respect of each three-year period, and SSI 2016/255 specified 1 April 2017 as the date the first plan was to be in place"
}

func checkPreparedBeforePeriod(j *judge) {
	pp := j.p.Period
	if !pp.IsValid() || j.p.Version.IsRevision() {
		return
	}
	deadline := pp.LastDayToPrepare()
	relief, relieved := j.ctx.ReliefFor(dutyPrepare, pp)
	prepared, ok := j.prepared()
	switch {
	case ok && prepared.After(deadline):
		if relieved && !prepared.After(relief.Until) {
			return
		}
		msg := fmt.Sprintf("The plan was prepared on %s, after its period %s began on %s (%s after the last day to prepare it, %s); %s",
			prepared, pp, pp.Start(), words.Count(deadline.DaysUntil(prepared), "day", "days"), deadline, preparationDeadlineWords(pp))
		if s := j.p.StatedDates.Start; s.After(pp.Start()) {
			msg += fmt.Sprintf(". As written, the plan covers the period only from %s", s)
		}
		if relieved {
			msg += fmt.Sprintf(". The relief relied on (%s) ran to %s", relief.Citation, relief.Until)
		}
		j.addByf(rulePreparedBeforePeriod, j.plannersOn(deadline), "/publication/prepared", "%s", msg)
	case !ok && j.ctx.AsOf.After(deadline):
		if relieved && !j.ctx.AsOf.After(relief.Until) {
			return
		}
		later := ""
		if d, ok := j.preparedLater(); ok {
			later = fmt.Sprintf(" as of %s (the date it records, %s, lies in the future: on the judgement date the plan is still a draft)", j.ctx.AsOf, d)
		}
		j.addByf(rulePreparedBeforePeriod, j.plannersOn(deadline), "/publication/prepared",
			"The plan is not recorded as prepared%s, and its period %s began on %s; %s",
			later, pp, pp.Start(), preparationDeadlineWords(pp))
	}
}

func checkStatedDates(j *judge) {
	pp, stated := j.p.Period, j.p.StatedDates
	if !pp.IsValid() {
		return
	}
	if stated.End.IsValid() && stated.End.Before(pp.End()) {
		j.addf(ruleStatedDatesCoverPeriod, "/stated_dates/end",
			"As written, the plan ends on %s, before its period %s ends on %s; section 8(1) requires a plan in respect of the whole three-year period",
			stated.End, pp, pp.End())
	}
	if !stated.Start.After(pp.Start()) {
		return
	}
	if prepared, ok := j.prepared(); ok && prepared.After(pp.LastDayToPrepare()) {
		// The gap is the plan's lateness, reported once, by
		// rulePreparedBeforePeriod. Within a relief the caller relies on,
		// that rule says nothing: the relief excuses a plan not in place
		// until the relief ends, and a stated start later than the day
		// after is a gap of the plan's own.
		relief, relieved := j.ctx.ReliefFor(dutyPrepare, pp)
		if !relieved || prepared.After(relief.Until) || !stated.Start.After(relief.Until.AddDays(1)) {
			return
		}
	}
	j.addf(ruleStatedDatesCoverPeriod, "/stated_dates/start",
		"As written, the plan starts on %s, after its period %s starts on %s; section 8(1) requires a plan in respect of the whole three-year period",
		stated.Start, pp, pp.Start())
}

func checkCoverage(j *judge) {
	var children, related bool
	for i := range j.p.Services {
		switch j.classes.kind(&j.p.Services[i].Service) {
		case service.ChildrensService:
			children = true
		case service.RelatedService:
			related = true
		}
		if children && related {
			return
		}
	}
	var lacking []string
	if !children {
		lacking = append(lacking, "children's service (wholly or mainly for children, provided by a s.7(2) person)")
	}
	if !related {
		lacking = append(lacking, "related service (capable of a significant effect on children's wellbeing, provided by a s.7(2) person)")
	}
	j.addf(ruleCoversChildrensAndRelatedServices, "/services",
		"Of the plan's %s, none is a %s under the definitions of s.7(1); section 8(2) requires the plan to set out plans for the provision of all children's services and related services",
		words.Count(len(j.p.Services), "service", "services"), words.And(lacking))
}

// aim is one of the five aims of s.9(2).
type aim struct {
	path      string
	provision string // "s.9(2)(a)(i)"
	words     string
	get       func(*Aims) Statement
}

var aims = []aim{
	{"/aims/wellbeing", "s.9(2)(a)(i)", "that children's services best safeguard, support and promote the wellbeing of children in the area",
		func(a *Aims) Statement { return a.Wellbeing }},
	{"/aims/prevention", "s.9(2)(a)(ii)", "that action to meet needs is taken at the earliest appropriate time and, where appropriate, to prevent needs arising",
		func(a *Aims) Statement { return a.Prevention }},
	{"/aims/integration", "s.9(2)(a)(iii)", "that children's services are most integrated from the point of view of recipients",
		func(a *Aims) Statement { return a.Integration }},
	{"/aims/best_use_of_resources", "s.9(2)(a)(iv)", "that children's services constitute the best use of available resources",
		func(a *Aims) Statement { return a.BestUseOfResources }},
	{"/aims/related_services", "s.9(2)(b)", "that related services, so far as consistent with their objects and proper delivery, safeguard, support and promote the wellbeing of children in the area",
		func(a *Aims) Statement { return a.RelatedServices }},
}

func checkAims(j *judge) {
	for _, a := range aims {
		s := a.get(&j.p.Aims)
		switch {
		case !s.hasText() && !s.linked():
			j.addf(ruleAimStatement, a.path,
				"The plan does not say how it is to secure the aim of %s: %s; the guidance on the aims (paras 48-71) asks the plan to detail how services will be provided to secure each aim, and para 98 to include the actions that will make them as integrated and preventative as possible. The silence is not by itself a breach of section 9(1), which is a duty to prepare the plan with a view to the aims",
				a.provision, a.words)
		case !s.hasText() || !s.linked():
			lacks := "a statement of how"
			if s.hasText() {
				lacks = "a service or action that carries it out"
			}
			j.addf(ruleAimSubstance, a.path,
				"The plan addresses the aim of %s (%s) without %s; the guidance on the aims (paras 48-71) asks the plan to detail how services will be provided to secure it, with the services and actions that do so",
				a.provision, a.words, lacks)
		}
	}
}

// checkAimsInView applies rulePreparedWithAimsInView on the caller's statement
// that the plan was not prepared with a view to securing the aims.
func checkAimsInView(j *judge) {
	f, ok := j.ctx.AimsNotInViewFor(j.p.Partnership.Councils(), j.p.Period, j.p.Version.Revision)
	if !ok {
		return
	}
	if len(f.Aims) == 0 {
		j.addf(rulePreparedWithAimsInView, "/aims",
			"It is found (%s) that the plan was not prepared with a view to securing the aims of section 9(2); section 9(1) requires every children's services plan to be prepared with a view to securing the achievement of each of them",
			quoted(f.Source))
		return
	}
	for _, a := range aims {
		key := strings.TrimPrefix(a.path, "/aims/")
		if !f.Covers(key) {
			continue
		}
		j.addf(rulePreparedWithAimsInView, a.path,
			"It is found (%s) that the plan was not prepared with a view to securing the aim of %s: %s; section 9(1) requires every children's services plan to be prepared with a view to securing the achievement of each aim of section 9(2)",
			quoted(f.Source), a.provision, a.words)
	}
}

// quoted quotes the source of a stated fact for a message.
func quoted(source string) string { return fmt.Sprintf("%q", strings.TrimSpace(source)) }

func checkRevisionAfresh(j *judge) {
	v := j.p.Version
	if !v.IsRevision() || !v.RevisesDate.IsValid() {
		return
	}
	for i, o := range j.p.Preparation.Opportunities {
		if o.NoticeGiven.IsValid() && !o.NoticeGiven.After(v.RevisesDate) {
			j.addf(ruleRevisionPreparedAfresh, part3.Pointer("preparation", "opportunities", i, "notice_given"),
				"This opportunity for %s was given on %s, on or before %s, when the version this plan revises (%s) was prepared: it was an opportunity to take part in preparing that version. Section 10(1)(a) applies afresh to a revised plan (s.11(2), as the 1st edition of the guidance paraphrases it in its Appendix B), which must be treated like a new plan (guidance para 119)",
				providerWords(o.Provider, o.IntegrationJointBoard), o.NoticeGiven, v.RevisesDate, v.Revises)
		}
	}
	for i, c := range j.p.Preparation.Consultees {
		if c.Consulted && c.ConsultedOn.IsValid() && !c.ConsultedOn.After(v.RevisesDate) {
			j.addf(ruleRevisionPreparedAfresh, part3.Pointer("preparation", "consultees", i, "consulted_on"),
				"%s was consulted on %s, on or before %s, when the version this plan revises (%s) was prepared: that consultation was on the earlier version. Section 10(1)(b) applies afresh to a revised plan (s.11(2), as the 1st edition of the guidance paraphrases it in its Appendix B), which must be treated like a new plan (guidance para 119)",
				c.Name, c.ConsultedOn, v.RevisesDate, v.Revises)
		}
	}
}

// timely returns the section 10(7) duty id of the plan as package duty
// grades it: for the partnership's council areas, the plan's period and
// revision, arising the day the plan was prepared (zero for a draft).
func (j *judge) timely(id string) duty.Timely {
	prepared, _ := j.prepared()
	return duty.Timely{Duty: id, Councils: j.p.Partnership.Councils(), PlanPeriod: j.p.Period,
		Revision: j.p.Version.Revision, Arises: prepared}
}

// addGrade adds the finding of a late grade g at path: the statutory rule for a
// breach, ruleCopiesAndPublicationWithinPolicy for lateness past the
// partnership's own limit or the module's default. The message is package
// duty's, as the calendar words it, about the subject returned by subject,
// which is worded only for a finding.
func (j *judge) addGrade(g duty.Grade, statutory part3.Rule, path string, subject func() string) {
	j.addGradeBy(g, statutory, j.by, path, subject)
}

// addGradeBy is addGrade naming by as the bodies in breach.
func (j *judge) addGradeBy(g duty.Grade, statutory part3.Rule, by []string, path string, subject func() string) {
	if g.Status != duty.Late {
		return
	}
	rule := statutory
	if g.Severity != part3.Statutory {
		rule = ruleCopiesAndPublicationWithinPolicy
	}
	j.fs = append(j.fs, rule.FindingBy(by, path, g.Message(subject())))
}

// ospAreas returns the plan's council areas for which d is an other
// service provider: an integration joint board's own areas, and every
// area for a provider that serves them all.
func (j *judge) ospAreas(d service.AreaOtherServiceProvider) []service.Council {
	councils := j.p.Partnership.Councils()
	if !d.IntegrationJointBoard.IsValid() {
		return councils
	}
	var out []service.Council
	for _, c := range d.IntegrationJointBoard.Councils() {
		if slices.Contains(councils, c) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return councils
	}
	return out
}

// plannersFor names the joint planners of the areas councils, as the law
// is read for the plan: the plan's own when they are all its areas.
func (j *judge) plannersFor(councils []service.Council) []string {
	if len(councils) == len(j.p.Partnership.Councils()) {
		return j.by
	}
	return service.JointPlannerNames(councils, j.on, j.law)
}

func checkCopyToMinisters(j *judge) {
	t := j.timely(dutyCopyMinisters)
	j.addGrade(t.Grade(j.p.Publication.SentToMinisters, j.ctx), ruleCopyToMinisters, "/publication/sent_to_ministers", t.Subject)
}

// providerWords names a provider for a message.
func providerWords(p service.Provider, ijb service.IntegrationJointBoard) string {
	switch {
	case ijb.IsValid():
		return ijb.Name()
	case p == service.ProviderIntegrationJointBoard:
		return "the integration joint board"
	case p == service.ProviderPoliceScotland:
		return "Police Scotland"
	case p == service.ProviderScottishMinisters:
		return "the Scottish Ministers"
	case p.Name() != "":
		return p.Name()
	}
	return string(p)
}

// checkCopyToOtherServiceProviders grades the copy to each other service
// provider owed one. Copies not sent, graded alike, are one finding at the
// list; a copy sent late is a finding at the day it was sent.
func checkCopyToOtherServiceProviders(j *judge) {
	prepared, ok := j.prepared()
	if !ok {
		return // a draft: nothing is owed yet
	}
	// Those on the register on the day the plan was prepared, with the
	// integration joint board of each area (none once section 60 of the
	// 2026 Act makes the board a joint planner).
	due := service.OtherServiceProvidersFor(j.p.Partnership.Councils(), j.on, j.law)
	boards := 0
	for _, d := range due {
		if d.IntegrationJointBoard.IsValid() {
			boards++
		}
	}
	t := j.timely(dutyCopyOSP)
	// "the 2023-2026 plan sent to ", worded only for a finding.
	subject := func() string { return strings.TrimSuffix(t.Subject(), "each other service provider") }
	type unsent struct {
		g     duty.Grade
		names []string
		areas []service.Council // the areas those named are owed a copy for
	}
	var groups []unsent // copies not sent, by the words of their grade
	copies := j.p.Publication.SentToOtherServiceProviders
	// Grading is a pure function of the day recorded, and copies are
	// mostly sent on one day: a grade is reused for the same day.
	var g duty.Grade
	graded := false
	for _, d := range due {
		// The record that counts: the first copy sent once the plan was
		// prepared and by the judgement date; or else one after that date,
		// the first; or else the last copy of a draft.
		at, best := -1, period.Date{}
		for i, c := range copies {
			if !d.Matches(c.Provider, c.IntegrationJointBoard, boards) || !c.Sent.IsValid() {
				continue
			}
			if at < 0 || betterCopy(c.Sent, best, prepared, j.ctx.AsOf) {
				at, best = i, c.Sent
			}
		}
		if !graded || g.Recorded != best {
			g, graded = t.Grade(best, j.ctx), true
		}
		if g.Status != duty.Late {
			continue
		}
		if g.Done.IsValid() {
			rule := ruleCopyToOtherServiceProviders
			if g.Severity != part3.Statutory {
				rule = ruleCopiesAndPublicationWithinPolicy
			}
			// Section 10(7)(a)(ii): each local authority and its relevant
			// health board owe the copy to the other service providers
			// for their area.
			j.fs = append(j.fs, rule.FindingBy(j.plannersFor(j.ospAreas(d)), part3.Pointer("publication", "sent_to_other_service_providers", at, "sent"), g.Message(subject()+d.DisplayName())))
			continue
		}
		k := slices.IndexFunc(groups, func(u unsent) bool { return u.g.Reason() == g.Reason() && u.g.Severity == g.Severity })
		if k < 0 {
			groups = append(groups, unsent{g: g})
			k = len(groups) - 1
		}
		groups[k].names = append(groups[k].names, d.DisplayName())
		for _, c := range j.ospAreas(d) {
			if !slices.Contains(groups[k].areas, c) {
				groups[k].areas = append(groups[k].areas, c)
			}
		}
	}
	for _, u := range groups {
		j.addGradeBy(u.g, ruleCopyToOtherServiceProviders, j.plannersFor(u.areas), "/publication/sent_to_other_service_providers",
			func() string { return subject() + words.And(u.names) })
	}
}

// betterCopy reports whether a copy recorded as sent on a is the one to
// grade rather than one on b, for a plan prepared on prepared, judged as
// of asOf: first one sent from prepared to asOf, the earliest; then one
// after asOf (not yet sent), the earliest; then a draft's, the latest.
func betterCopy(a, b, prepared, asOf period.Date) bool {
	rank := func(d period.Date) int {
		switch {
		case d.After(asOf):
			return 1
		case d.Before(prepared):
			return 2
		}
		return 0
	}
	ra, rb := rank(a), rank(b)
	switch {
	case ra != rb:
		return ra < rb
	case ra == 2:
		return a.After(b)
	}
	return a.Before(b)
}

func checkPublished(j *judge) {
	t := j.timely(dutyPublish)
	j.addGrade(t.Grade(j.p.Publication.Published, j.ctx), rulePublished, "/publication/published", t.Subject)
}
