package consult_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestNoticeAboutJointService: a service delivered jointly is provided by
// each of its providers, so a notice of any of them may concern it
// (s.10(8)); a notice of a body that takes no part in it may not.
func TestNoticeAboutJointService(t *testing.T) {
	plan := dundeePlan()
	plan.Services = append(plan.Services, consult.PlanService{ID: "S40", Name: "Joint investigative interviews",
		Provider:       service.ProviderLocalAuthority,
		JointProviders: []service.JointProvider{{Provider: service.ProviderPoliceScotland, Role: "police interviewer"}}})
	ctx := judgement.New(period.MustParseDate("2026-06-01"))

	n := loadNotice(t, "notice-police-valid.json")
	n.Matters[0].ServiceID, n.Matters[0].ServiceName = "S40", ""
	res, err := n.JudgeAgainstPlan(plan, ctx)
	require.NoError(t, err)
	require.True(t, res.HasLegalEffect(), "%v", res.Findings)

	n.Issuer, n.Matters[0].Provider = service.ProviderScottishFireAndRescueService, ""
	res, err = n.JudgeAgainstPlan(plan, ctx)
	require.NoError(t, err)
	require.False(t, res.HasLegalEffect())
	require.Contains(t, res.Findings[0].Message, "provided by the local authority and Police Scotland, not by the Scottish Fire and Rescue Service")
}
