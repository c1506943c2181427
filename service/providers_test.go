package service

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/csplanning/part3"
)

// TestClassifyCommissioned: a service the local authority or the relevant
// health board commissions from a third-sector or private provider is its
// service (guidance para 44; appendix B step 3); the same provider's own
// service, uncommissioned, is outside Part 3.
func TestClassifyCommissioned(t *testing.T) {
	own := Service{ID: "c", Name: "Family support", Provider: ProviderOtherOrganisation, WhollyOrMainlyForChildren: true}
	c := Classify(own, day, DefaultLaw())
	require.Equal(t, OutsidePart3, c.Kind)
	require.Equal(t, part3.Act("10(2)(b)"), c.Reasons[1].Citation, "an independent service's provider is a consultee")

	commissioned := own
	commissioned.CommissionedBy = ProviderLocalAuthority
	c = Classify(commissioned, day, DefaultLaw())
	require.Equal(t, ChildrensService, c.Kind, "%v", c)
	require.Contains(t, c.Reasons[0].Text, "The local authority commissions \"Family support\"")
	require.Contains(t, c.Reasons[0].Text, "guidance para 44; appendix B step 3")
	require.Contains(t, c.Reasons[0].Text, "reads \"provided by\"")
	require.True(t, commissioned.ProvidedBy(ProviderLocalAuthority))
	require.False(t, commissioned.ProvidedBy(ProviderOtherOrganisation))

	byBoard := Service{ID: "h", Name: "Counselling", Provider: ProviderOtherOrganisation, CommissionedBy: ProviderRelevantHealthBoard, SignificantEffectOnWellbeing: true}
	require.Equal(t, RelatedService, Classify(byBoard, day, DefaultLaw()).Kind)
}

// TestClassifyJoint: a service delivered jointly is provided by each of
// its providers; one s.7(2) person among them makes it a service Part 3
// covers.
func TestClassifyJoint(t *testing.T) {
	jii := Service{ID: "j", Name: "Joint investigative interviews", Provider: ProviderPoliceScotland, WhollyOrMainlyForChildren: true,
		JointProviders: []JointProvider{{Provider: ProviderLocalAuthority, Role: "social work interviewer"}}}
	c := Classify(jii, day, DefaultLaw())
	require.Equal(t, ChildrensService, c.Kind)
	require.Contains(t, c.Reasons[1].Text, "the local authority provides \"Joint investigative interviews\" jointly (social work interviewer)")
	require.True(t, jii.ProvidedBy(ProviderPoliceScotland))
	require.True(t, jii.ProvidedBy(ProviderLocalAuthority))
	require.False(t, jii.ProvidedBy(ProviderRelevantHealthBoard))
	require.Len(t, jii.Providers(), 2)

	// A charity leads, with the council taking part: provided by the council.
	led := Service{ID: "l", Name: "Youth work", Provider: ProviderOtherOrganisation, SignificantEffectOnWellbeing: true,
		JointProviders: []JointProvider{{Provider: ProviderLocalAuthority, Role: "youth workers"}}}
	c = Classify(led, day, DefaultLaw())
	require.Equal(t, RelatedService, c.Kind, "%v", c)
	require.Contains(t, c.Reasons[0].Text, "not a s.7(2) person")

	// The Scottish Ministers take part other than under the Prisons Act.
	none := Service{ID: "n", Name: "Advice", Provider: ProviderOtherOrganisation, SignificantEffectOnWellbeing: true,
		JointProviders: []JointProvider{{Provider: ProviderScottishMinisters, Role: "funding"}}}
	c = Classify(none, day, DefaultLaw())
	require.Equal(t, OutsidePart3, c.Kind)
	require.Contains(t, c.String(), "other than in exercising their functions under the Prisons (Scotland) Act 1989")
	none.JointProviders[0].PrisonsActFunction = true
	require.Equal(t, RelatedService, Classify(none, day, DefaultLaw()).Kind)
}

func TestValidateProviders(t *testing.T) {
	base := Service{ID: "x", Name: "x", Provider: ProviderOtherOrganisation}
	fife := MustLookupCouncil("Fife")
	board, _ := fife.IntegrationJointBoard()
	tests := []struct {
		name     string
		edit     func(s *Service)
		path     string
		category error
	}{
		{"commissioned by a council", func(s *Service) { s.CommissionedBy = ProviderLocalAuthority }, "", nil},
		{"commissioned by the police", func(s *Service) { s.CommissionedBy = ProviderPoliceScotland }, "/commissioned_by", part3.ErrInvalidValue},
		{"commissioned from the health board", func(s *Service) {
			s.Provider, s.CommissionedBy = ProviderRelevantHealthBoard, ProviderLocalAuthority
		}, "/commissioned_by", part3.ErrInvalidValue},
		{"a joint provider", func(s *Service) { s.JointProviders = []JointProvider{{Provider: ProviderLocalAuthority, Role: "r"}} }, "", nil},
		{"a joint provider without a role", func(s *Service) { s.JointProviders = []JointProvider{{Provider: ProviderLocalAuthority}} },
			"/joint_providers/0/role", part3.ErrMissing},
		{"a joint provider without a provider", func(s *Service) { s.JointProviders = []JointProvider{{Role: "r"}} },
			"/joint_providers/0/provider", part3.ErrMissing},
		{"a board for the police", func(s *Service) {
			s.JointProviders = []JointProvider{{Provider: ProviderPoliceScotland, IntegrationJointBoard: board, Role: "r"}}
		}, "/joint_providers/0/integration_joint_board", part3.ErrInvalidValue},
		{"the lead again", func(s *Service) {
			s.Provider = ProviderPoliceScotland
			s.JointProviders = []JointProvider{{Provider: ProviderPoliceScotland, Role: "r"}}
		}, "/joint_providers/0/provider", part3.ErrDuplicateID},
		{"a joint provider twice", func(s *Service) {
			s.JointProviders = []JointProvider{{Provider: ProviderLocalAuthority, Role: "r"}, {Provider: ProviderLocalAuthority, Role: "q"}}
		}, "/joint_providers/1/provider", part3.ErrDuplicateID},
		{"two organisations", func(s *Service) {
			s.JointProviders = []JointProvider{{Provider: ProviderOtherOrganisation, Role: "r"}}
		}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := base
			tt.edit(&s)
			err := s.Validate()
			if tt.category == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.category)
			var ie *part3.InputError
			require.ErrorAs(t, err, &ie)
			require.Equal(t, tt.path, ie.Path)
		})
	}
}

func TestDecodeServiceProviders(t *testing.T) {
	s, err := DecodeService("s.json", []byte(`{"id":"j","name":"JII","provider":"police-scotland","wholly_or_mainly_for_children":true,
		"joint_providers":[{"provider":"local-authority","role":"social work"},{"provider":"integration-joint-board","integration_joint_board":"Fife","role":"health"}]}`))
	require.NoError(t, err)
	require.Len(t, s.JointProviders, 2)
	require.Equal(t, "Fife Integration Joint Board", s.JointProviders[1].IntegrationJointBoard.Name())
	_, err = DecodeService("s.json", []byte(`{"id":"c","name":"c","provider":"other-organisation","commissioned_by":"police-scotland"}`))
	require.ErrorIs(t, err, part3.ErrInvalidValue)
	require.Contains(t, err.Error(), "/commissioned_by")
}
