package duty

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// TestImplementationCommissioned: a service the local authority commissions
// from a charity is the local authority's service, and the duty in s.12(1)
// falls on it.
func TestImplementationCommissioned(t *testing.T) {
	q := ImplementationQuestion{Council: service.MustLookupCouncil("Fife"), Period: period.MustParsePlanPeriod("2026-2029"),
		On: period.MustParseDate("2027-01-15"), Provider: service.ProviderOtherOrganisation, Service: PlanService{ID: "S7", Name: "Family support"}}
	d := must(DecideImplementation(q, decideCtx()))
	require.Equal(t, CondNotBound, d.DecidedBy, "an independent organisation's own service: not bound")

	q.CommissionedBy = service.ProviderLocalAuthority
	d = must(DecideImplementation(q, decideCtx()))
	require.Equal(t, Applies, d.Outcome, "%s", d)
	require.Contains(t, d.Reasons[0].Text, "the duty falls on the local authority")
	require.Contains(t, d.String(), "So, by default, the local authority must provide")

	// The commissioning body's own view decides exception (a).
	q.AdverseToChildWellbeing = true
	d = must(DecideImplementation(q, decideCtx()))
	require.Equal(t, Excepted, d.Outcome)
	require.Contains(t, d.String(), "The local authority considers")

	// Only the local authority or the health board commissions.
	_, err := DecodeQuestion("q.json", []byte(`{"kind": "duty-question", "implementation": {"council": "Fife", "period": "2026-2029", "on": "2027-01-15",
		"provider": "other-organisation", "commissioned_by": "police-scotland", "service": {"id": "S7"}}}`))
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), "/implementation/commissioned_by")
}

// TestImplementationJoint: each provider of a joint service is bound for
// its part; a notice of disagreement by any of them may concern it.
func TestImplementationJoint(t *testing.T) {
	q := ImplementationQuestion{Council: service.MustLookupCouncil("Dundee City"), Period: period.MustParsePlanPeriod("2026-2029"),
		On: period.MustParseDate("2027-01-15"), Provider: service.ProviderLocalAuthority, Service: PlanService{ID: "S14", Name: "Joint investigative interviews"},
		JointProviders: []service.JointProvider{{Provider: service.ProviderPoliceScotland, Role: "police interviewer"}}}
	d := must(DecideImplementation(q, decideCtx()))
	require.Equal(t, Applies, d.Outcome)
	require.Contains(t, d.String(), "jointly with Police Scotland (police interviewer)")
	require.Contains(t, d.String(), "must provide its part of service S14")

	// Asked of the police, a joint provider, with the council as the other.
	q.Provider, q.JointProviders = service.ProviderPoliceScotland, []service.JointProvider{{Provider: service.ProviderLocalAuthority, Role: "social work interviewer"}}
	d = must(DecideImplementation(q, decideCtx()))
	require.Equal(t, Applies, d.Outcome, "%s", d)

	// A notice by the police about the joint service has legal effect.
	n, err := consult.DecodeNotice("n.json", []byte(`{"kind": "notice-of-disagreement", "issuer": "police-scotland",
		"plan": {"councils": ["Dundee City"], "period": "2026-2029"},
		"matters": [{"service_id": "S14", "aspect": "Action 3.1 sets a 24-hour target for the interview."}],
		"reasons": "The timing of an interview is an operational decision of the police.",
		"published": {"date": "2026-06-01", "manner": "on its website"}}`))
	require.NoError(t, err)
	q.Provider, q.JointProviders = service.ProviderLocalAuthority, []service.JointProvider{{Provider: service.ProviderPoliceScotland, Role: "police interviewer"}}
	q.Notices = []consult.NoticeOfDisagreement{n}
	d = must(DecideImplementation(q, decideCtx()))
	require.Equal(t, Excepted, d.Outcome, "%s", d)
	require.Equal(t, "notice-of-disagreement", d.DecidedBy)
}

// TestAssistanceJointService: an other service provider that is a joint
// provider of the service a request relates to contributes to providing
// it (s.14(2)(a)).
func TestAssistanceJointService(t *testing.T) {
	jii := &service.Service{Name: "Joint investigative interviews", Provider: service.ProviderLocalAuthority,
		JointProviders: []service.JointProvider{{Provider: service.ProviderPoliceScotland, Role: "police interviewer"}}}
	q := AssistanceQuestion{Person: service.ProviderPoliceScotland, On: period.MustParseDate("2027-01-15"), Service: jii, Test: reasonable}
	d := must(DecideAssistance(q, decideCtx()))
	require.Equal(t, Applies, d.Outcome, "%s", d)
	require.Contains(t, d.Reasons[0].Text, "which Police Scotland contributes to providing with the local authority")
	require.Equal(t, part3.Act("14(2)(a)"), d.Reasons[0].Citation)

	q.Person = service.ProviderScottishFireAndRescueService
	d = must(DecideAssistance(q, decideCtx()))
	require.Equal(t, CondUnrelatedService, d.DecidedBy)

	_, err := DecodeQuestion("q.json", []byte(`{"kind": "duty-question", "assistance": {"person": "police-scotland",
		"service": {"name": "JII", "provider": "local-authority", "joint_providers": [{"provider": "police-scotland"}]}}}`))
	require.ErrorIs(t, err, part3.ErrMissing)
	require.Contains(t, err.Error(), "/assistance/service/joint_providers/0/role")
}

// TestSampleQuestions decides the sample questions of testdata on
// commissioned and joint services and a reasoned departure from the
// guidance.
func TestSampleQuestions(t *testing.T) {
	tests := []struct {
		file          string
		wantOutcome   Outcome
		wantDecidedBy string
	}{
		{"question-implementation-commissioned.json", Applies, DecidedByDefault},
		{"question-implementation-joint.json", Applies, DecidedByDefault},
		{"question-default-powers-departure.json", NotArising, CondReasonedDeparture},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			require.NoError(t, err)
			q, err := DecodeQuestion(tt.file, data)
			require.NoError(t, err)
			d := must(q.Decide(decideCtx()))
			require.Equal(t, tt.wantOutcome, d.Outcome, "%s", d)
			require.Equal(t, tt.wantDecidedBy, d.DecidedBy)
		})
	}
}
