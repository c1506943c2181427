package plan

import (
	"slices"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/service"
)

// RuleIntegrationJointBoardWhereNoneID is the ID of the rule below, as its
// findings carry it: select findings with [part3.Findings.WithRule], find
// the rule with [LookupRule].
const RuleIntegrationJointBoardWhereNoneID = "plan.integration-joint-board-where-none"

// ruleIntegrationJointBoardWhereNone: once section 60 of the 2026 Act is
// in force, the relevant integration joint board of a council area
// prepares the plan with the local authority and the relevant health
// board, where there is one; Highland has none. A plan that names a board
// as a joint planner for an area with none has added a body that is no
// lead children's services planning body there: its local authority and
// its health board may still have prepared it jointly, as the Act
// requires, so naming the extra board breaches no provision by itself.
// It is likely the wrong board or the wrong areas, so the rule is
// practice, as ruleApprovalOutsidePartnership is, and cites the paragraph
// it rests on: guidance para 39 (the local authority and the relevant
// health board "jointly and equally responsible"). A board missing, or the
// wrong board named, for an area that has one is
// ruleIntegrationJointBoard's statutory finding.
var ruleIntegrationJointBoardWhereNone = part3.Rule{ID: RuleIntegrationJointBoardWhereNoneID, Severity: part3.Practice, Citation: part3.GuidancePara(39),
	Summary: "Once section 60 of the 2026 Act is in force, no integration joint board is named as a joint planner for an area that has none (not a breach by itself)."}

// RuleApprovalOutsidePartnershipID is the ID of the rule below, as its findings
// carry it: select findings with [part3.Findings.WithRule], find the rule with
// [LookupRule].
const RuleApprovalOutsidePartnershipID = "plan.approval-outside-partnership"

// ruleApprovalOutsidePartnership: the plan is the joint plan of the local
// authority and the relevant health board of each of its council areas
// (s.7(6), s.8(1)), joined by the relevant integration joint board once
// section 60 of the 2026 Act is in force. An approval recorded by a
// council, health board or integration joint board that is not one of
// these for any of the plan's areas is no part of preparing this plan: it
// is likely the record of another partnership's document, or the plan's
// areas are wrong (the Tayside joint plan with Perth and Kinross taken out
// of its areas still carries that council's approval).
//
// An approval by an outsider breaches no provision by itself, so the rule
// is practice, not statutory: what the Act requires is that the plan's own
// joint planners prepare it, and a missing approval by one of them is
// ruleJointApproval's statutory finding. An integration joint board of one
// of the plan's areas approving the plan before section 60 is in force is
// not an outsider: it is an other service provider for the area, and many
// boards take part in approving the plan.
//
// As a practice rule it cites the paragraph it rests on: guidance para 39,
// which reads s.7(6) as making "a local authority and the relevant health
// board ... jointly and equally responsible for children's services
// planning"; the section is named in the message.
var ruleApprovalOutsidePartnership = part3.Rule{ID: RuleApprovalOutsidePartnershipID, Severity: part3.Practice, Citation: part3.GuidancePara(39),
	Summary: "Each approval the plan records is by a body of its own partnership; an outsider's approval is likely the wrong document or wrong areas (not a breach by itself)."}

// checkApprovalsOutsidePartnership applies ruleApprovalOutsidePartnership.
func checkApprovalsOutsidePartnership(j *judge) {
	councils := j.p.Partnership.Councils()
	areas := make([]string, 0, len(councils))
	for _, c := range councils {
		if c.IsValid() {
			areas = append(areas, c.Name())
		}
	}
	if len(areas) == 0 {
		return
	}
	for i, a := range j.p.Approvals {
		var who string
		switch {
		case a.Council.IsValid() && !slices.Contains(councils, a.Council):
			who = a.Council.Authority()
		case a.HealthBoard.IsValid() && !slices.ContainsFunc(councils, func(c service.Council) bool { return c.IsValid() && c.HealthBoard() == a.HealthBoard }):
			who = a.HealthBoard.Name()
		case a.IntegrationJointBoard.IsValid() && !slices.ContainsFunc(councils, func(c service.Council) bool {
			b, ok := c.IntegrationJointBoard()
			return ok && b == a.IntegrationJointBoard
		}):
			who = a.IntegrationJointBoard.Name()
		default:
			continue
		}
		j.addf(ruleApprovalOutsidePartnership, part3.Pointer("approvals", i),
			"The plan records an approval by %s, which is not a local authority, health board or integration joint board of the plan's council areas (%s): its approval is no part of preparing this plan, and the record is likely of another partnership's document or the plan's areas are wrong. It breaches no provision by itself; the approval of each body that prepares this plan is judged on its own (s.7(6))",
			who, words.And(areas))
	}
}
