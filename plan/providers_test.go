package plan

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/service"
)

// TestCommissionedServiceCounts: a family support service the council
// commissions from a charity is a children's service of the council's
// (guidance para 44; appendix B step 3), so a plan whose children's
// service it is covers children's services (s.8(2)); the charity's own
// service, uncommissioned, does not.
func TestCommissionedServiceCounts(t *testing.T) {
	own := edit(t, "rules/base.json", change{"/services/0/provider", "other-organisation"})
	p, err := Decode("own.json", own)
	require.NoError(t, err)
	require.Len(t, findings(t, p, Options{}).WithRule(RuleCoversChildrensAndRelatedServices.ID), 1)

	commissioned := edit(t, "rules/base.json", change{"/services/0/provider", "other-organisation"}, change{"/services/0/commissioned_by", "local-authority"})
	p, err = Decode("commissioned.json", commissioned)
	require.NoError(t, err)
	require.Empty(t, findings(t, p, Options{}).WithRule(RuleCoversChildrensAndRelatedServices.ID))
	j, _ := reviewed(t, p, Options{}).Criterion("6a")
	require.Equal(t, Met, j.Verdict)

	_, err = Decode("bad.json", edit(t, "rules/base.json", change{"/services/0/commissioned_by", "local-authority"}))
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), "/services/0/commissioned_by")
}

// TestPlanServicesCarryJointProviders: the view a notice is checked
// against lists each service's joint providers.
func TestPlanServicesCarryJointProviders(t *testing.T) {
	data := edit(t, "rules/base.json", change{"/services/0/joint_providers", []any{
		map[string]any{"provider": "police-scotland", "role": "police interviewer"},
	}})
	p, err := Decode("joint.json", data)
	require.NoError(t, err)
	v := p.PlanServices()
	require.Equal(t, []service.JointProvider{{Provider: service.ProviderPoliceScotland, Role: "police interviewer"}}, v.Services[0].JointProviders)
	require.Empty(t, findings(t, p, Options{}).WithSeverity(part3.Statutory))

	_, err = Decode("bad.json", edit(t, "rules/base.json", change{"/services/0/joint_providers", []any{map[string]any{"provider": "police-scotland"}}}))
	require.ErrorIs(t, err, part3.ErrMissing)
	require.Contains(t, err.Error(), "/services/0/joint_providers/0/role")
}

// TestSection60AssumptionSaid: a finding that holds the relevant
// integration joint board to preparing or approving the plan says that it
// rests on the module's reading of section 60 of the 2026 Act, whose
// amendments to the sections after section 7 were not retrieved.
func TestSection60AssumptionSaid(t *testing.T) {
	p := shifted(t, "rules/base.json", later)
	fs := findings(t, p, Options{AsOf: asOf.AddYears(later), Section60: section60})
	for _, r := range []part3.Rule{RuleIntegrationJointBoard, RuleJointApproval} {
		got := fs.WithRule(r.ID)
		require.NotEmpty(t, got, r.ID)
		require.Contains(t, got[0].Message, "is the module's reading of section 60", r.ID)
	}
	// Before section 60, the partnership's own approvals say nothing of it.
	fs = findings(t, load(t, "rules/joint-approval.json"), Options{})
	require.NotContains(t, fs.WithRule(RuleJointApproval.ID)[0].Message, "section 60")
}
