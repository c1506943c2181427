package plan

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
)

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleAimSubstanceID                 = "plan.aim-substance"
	RuleAimStatementID                 = "plan.aim-statement"
	RulePrioritiesClearAndMeasurableID = "plan.priorities-clear-and-measurable"
	RuleBaselinesAndIndicatorsID       = "plan.baselines-and-indicators"
	RuleAccessibleVersionID            = "plan.accessible-version"
	RuleFairerScotlandDutyID           = "plan.fairer-scotland-duty"
)

// The rules of the statutory guidance (2nd edition, 2020). The local
// authority and the relevant health board must have regard to it (s.15(1)); a
// finding is not a breach of the Act. None is raised for a plan for
// 2017-2020.
var (
	// ruleAimSubstance: the aims are to be addressed with substance, not a
	// heading. The guidance on section 9 (paras 48-71) asks the plan to say
	// how each aim will be secured: "the plan should make clear how
	// children's services are going to be provided" (para 63); for related
	// services, "the Children's Services Plan must then detail ... how those
	// related services will be delivered in a way which safeguards,
	// supports and promotes children's wellbeing" (para 70); and "it would
	// also be helpful to include details of the actions which will be taken
	// to ensure services are delivered in a way which is as integrated and
	// preventative as possible" (para 98). The structural test: a statement
	// of how, and at least one of the plan's services or actions that
	// carries it out.
	ruleAimSubstance = part3.Rule{ID: RuleAimSubstanceID, Severity: part3.Guidance, Citation: part3.GuidanceParas(48, 71),
		Summary: "Each aim of s.9(2) is addressed with a statement of how and at least one service or action that carries it out."}

	// ruleAimStatement: the plan says something of each aim of s.9(2). The
	// guidance on section 9 asks the plan to say how each aim will be secured
	// (paras 48-71: "the Children's Services Plan must then detail ... how
	// those related services will be delivered" (para 70); "the plan should
	// make clear how children's services are going to be provided" (para 63)),
	// and para 98 to include "details of the actions which will be taken to
	// ensure services are delivered in a way which is as integrated and
	// preventative as possible". A plan that neither states how an aim is
	// secured nor names a service or action for it is reported here, at
	// guidance severity: section 9(1) is a duty on how the plan is prepared
	// ("with a view to securing" the aims), which a silent document does not
	// show to have been breached (rulePreparedWithAimsInView). The rule
	// replaces plan.aims-addressed, which reported the silence as a breach of
	// s.9(1). A plan that says something of an aim, but not both a statement
	// and a service or action, is ruleAimSubstance's.
	ruleAimStatement = part3.Rule{ID: RuleAimStatementID, Severity: part3.Guidance, Citation: part3.GuidanceParas(48, 71),
		Summary: "The plan says how it is to secure each aim of s.9(2) (guidance paras 48-71 and 98); silence is not by itself a breach of s.9(1)."}

	// rulePrioritiesClearAndMeasurable: guidance para 97: partners "are
	// encouraged to consider formats which facilitate review (section 11),
	// annual reporting ... and local accountability. These would be formats
	// where priorities and objectives are clear and measurable, and where the
	// rationale behind them is explicit." Para 29(ii): priorities "linked
	// clearly and explicitly to the population need assessment". Each priority
	// states its rationale, names the evidence behind it, and is measurable:
	// declared so, or measured by an indicator of one of its outcomes.
	rulePrioritiesClearAndMeasurable = part3.Rule{ID: RulePrioritiesClearAndMeasurableID, Severity: part3.Guidance, Citation: part3.GuidancePara(97),
		Summary: "The plan has priorities, each measurable, with an explicit rationale and linked to the needs assessment."}

	// ruleBaselinesAndIndicators: guidance para 97: "The inclusion of
	// comprehensive baseline information (linked to the aims and/or
	// objectives) and short-to-medium term 'indicators of progress' would
	// also be helpful." Each outcome has an indicator, and each indicator a
	// baseline.
	ruleBaselinesAndIndicators = part3.Rule{ID: RuleBaselinesAndIndicatorsID, Severity: part3.Guidance, Citation: part3.GuidancePara(97),
		Summary: "Each outcome has an indicator of progress, and each indicator a baseline."}

	// ruleAccessibleVersion: guidance para 105: "in making a decision about
	// the appropriate manner of publication, every local authority and
	// relevant health board will want to ensure that their Children's
	// Services Plan (or some summary version) is accessible to children,
	// families and other key stakeholders", such as "a 'plan on a page' or
	// in local vernacular". A prepared plan records an accessible or
	// summary version.
	ruleAccessibleVersion = part3.Rule{ID: RuleAccessibleVersionID, Severity: part3.Guidance, Citation: part3.GuidancePara(105),
		Summary: "The prepared plan has an accessible or summary version for children, families and other stakeholders."}

	// ruleFairerScotlandDuty: guidance para 42: "The public sector duty
	// regarding socio-economic inequalities set out in section 1 of the
	// Equality Act 2010, otherwise known as the Fairer Scotland Duty,
	// requires that when taking strategic decisions, particular public
	// bodies, including local authorities and health boards, must have due
	// regard to how they can reduce inequalities of outcome caused by
	// socio-economic disadvantage in the exercise of their functions." The
	// plan records the assessment made. Whether due regard was had is a
	// question of the Equality Act 2010 that the document cannot settle, so
	// the rule is guidance, not statutory.
	ruleFairerScotlandDuty = part3.Rule{ID: RuleFairerScotlandDutyID, Severity: part3.Guidance, Citation: part3.GuidancePara(42),
		Summary: "The plan records its assessment under the Fairer Scotland Duty (Equality Act 2010 s.1)."}
)

// measuredPriorities returns the IDs of the priorities that have an
// outcome with an indicator.
func (p *Plan) measuredPriorities() map[string]bool {
	measured := make(map[string]bool, len(p.Outcomes))
	for _, x := range p.Indicators {
		measured[x.Outcome] = true
	}
	out := make(map[string]bool, len(p.Priorities))
	for _, o := range p.Outcomes {
		if measured[o.ID] {
			for _, id := range o.Priorities {
				out[id] = true
			}
		}
	}
	return out
}

func checkPriorities(j *judge) {
	if len(j.p.Priorities) == 0 {
		j.add(rulePrioritiesClearAndMeasurable, "/priorities",
			"The plan states no priorities; guidance para 97 asks for priorities that are clear and measurable with an explicit rationale, and para 29(ii) for a manageable number linked to the needs assessment")
		return
	}
	measured := j.p.measuredPriorities()
	for i, x := range j.p.Priorities {
		var lacks []string
		if blank(x.Rationale) {
			lacks = append(lacks, "no rationale")
		}
		if len(x.Evidence) == 0 {
			lacks = append(lacks, "no link to the evidence of the needs assessment")
		}
		if !x.Measurable && !measured[x.ID] {
			lacks = append(lacks, "no measure: it is not declared measurable and none of its outcomes has an indicator")
		}
		if len(lacks) > 0 {
			j.addf(rulePrioritiesClearAndMeasurable, part3.Pointer("priorities", i),
				"Priority %q has %s; guidance para 97 asks for priorities that are clear and measurable with the rationale behind them explicit",
				x.Title, words.And(lacks))
		}
	}
}

func checkIndicators(j *judge) {
	if len(j.p.Indicators) == 0 {
		j.add(ruleBaselinesAndIndicators, "/indicators",
			"The plan sets no indicators of progress; guidance para 97 asks for comprehensive baseline information and short-to-medium term indicators of progress")
		return
	}
	measured := make(map[string]bool, len(j.p.Outcomes))
	for _, x := range j.p.Indicators {
		measured[x.Outcome] = true
	}
	for i, o := range j.p.Outcomes {
		if !measured[o.ID] {
			j.addf(ruleBaselinesAndIndicators, part3.Pointer("outcomes", i),
				"Outcome %q has no indicator of progress; guidance para 97 asks for short-to-medium term indicators of progress linked to the aims and objectives",
				o.Statement)
		}
	}
	for i, x := range j.p.Indicators {
		if x.Baseline.IsZero() {
			j.addf(ruleBaselinesAndIndicators, part3.Pointer("indicators", i, "baseline"),
				"Indicator %q has no baseline; guidance para 97 asks for comprehensive baseline information", x.Description)
		}
		if x.Target.IsZero() {
			j.addf(ruleIndicatorTargets, part3.Pointer("indicators", i, "target"),
				"Indicator %q has no target; Appendix B step 6: partners \"establish baseline measures and set targets linked to priority areas for improvement\"", x.Description)
		}
	}
}

func checkAccessibleVersion(j *judge) {
	if _, ok := j.prepared(); !ok || len(j.p.Publication.AccessibleVersions) > 0 {
		return
	}
	j.add(ruleAccessibleVersion, "/publication/accessible_versions",
		"No accessible or summary version of the plan is recorded; guidance para 105 asks that the plan, or some summary version such as a plan on a page, is accessible to children, families and other key stakeholders")
}

func checkFairerScotland(j *judge) {
	if j.p.FairerScotland.considered() {
		return
	}
	j.add(ruleFairerScotlandDuty, "/fairer_scotland",
		"The plan records no assessment under the Fairer Scotland Duty; guidance para 42: in taking strategic decisions local authorities and health boards must have due regard to how they can reduce inequalities of outcome caused by socio-economic disadvantage (Equality Act 2010 s.1)")
}
