package service

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

// JointProvider is one of the providers of a service that several deliver
// together, such as joint investigative interviews of children by the
// police and social work: who it is and its part in the service. JSON
// keys: provider, integration_joint_board, prisons_act_function, role.
//
// Each provider of a joint service is bound as a provider of it: by the
// duty to provide it in accordance with the plan, for its part (s.12(1));
// by requests for information, advice or assistance relating to it, as a
// person who contributes to providing it (s.14(2)(a)); and a notice of
// disagreement it issues may concern it (s.10(8)).
type JointProvider struct {
	// Provider is who it is, in the text form of [Provider]. Required.
	Provider Provider `json:"provider"`
	// IntegrationJointBoard names the board, where Provider is
	// "integration-joint-board" and the plan says which.
	IntegrationJointBoard IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// PrisonsActFunction records, for the Scottish Ministers, that they
	// take part in exercising their functions under the Prisons (Scotland)
	// Act 1989; only then are they a s.7(2) person for it.
	PrisonsActFunction bool `json:"prisons_act_function,omitzero"`
	// Role says what part of the service it delivers, such as
	// "interviews the child with a police officer". Required.
	Role string `json:"role"`
}

// words names j, with its board where one is named.
func (j JointProvider) words() string {
	if j.IntegrationJointBoard.IsValid() {
		return j.IntegrationJointBoard.Name()
	}
	if n := j.Provider.Name(); n != "" {
		return n
	}
	return fmt.Sprintf("%q", string(j.Provider))
}

// Providers returns who provides s in the Act's sense, the lead first:
// the local authority or relevant health board that commissions it, where
// it is commissioned (CommissionedBy), or else its Provider; then each of
// its joint providers. The result is new on each call; it is empty for a
// service with no provider.
func (s Service) Providers() []JointProvider {
	var out []JointProvider
	switch {
	case s.IsCommissioned():
		out = append(out, JointProvider{Provider: s.CommissionedBy, Role: "commissions the service"})
	case !s.Provider.IsZero():
		out = append(out, JointProvider{Provider: s.Provider, PrisonsActFunction: s.PrisonsActFunction})
	}
	return append(out, s.JointProviders...)
}

// IsCommissioned reports whether s is a service the local authority or the
// relevant health board commissions from another organisation (a
// third-sector or private provider) to discharge its own functions.
func (s Service) IsCommissioned() bool {
	return s.Provider == ProviderOtherOrganisation && (s.CommissionedBy == ProviderLocalAuthority || s.CommissionedBy == ProviderRelevantHealthBoard)
}

// ProvidedBy reports whether p provides s in the Act's sense: it is the
// commissioning body of a commissioned service, or the provider of one
// that is not commissioned, or one of its joint providers.
func (s Service) ProvidedBy(p Provider) bool {
	return slices.ContainsFunc(s.Providers(), func(j JointProvider) bool { return j.Provider == p })
}

// checkProviders adds to l the problems of the commissioning body and the
// joint providers of s, with paths relative to the service.
func (s Service) checkProviders(l *part3.InputErrors) {
	if !s.CommissionedBy.IsZero() {
		switch {
		case s.CommissionedBy != ProviderLocalAuthority && s.CommissionedBy != ProviderRelevantHealthBoard:
			l.Add(&part3.InputError{Path: "/commissioned_by", Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("commissioned by %q", string(s.CommissionedBy)),
				Expected: `"local-authority" or "relevant-health-board": the body that commissions the service to discharge its own functions`})
		case s.Provider != ProviderOtherOrganisation:
			l.Add(&part3.InputError{Path: "/commissioned_by", Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("a commissioning body given for provider %q", string(s.Provider)),
				Expected: `commissioned_by only with provider "other-organisation", the third-sector or private provider the body commissions`})
		}
	}
	for i, j := range s.JointProviders {
		at := func(field string) string { return part3.Pointer("joint_providers", i, field) }
		if j.Provider.IsZero() {
			l.Add(&part3.InputError{Path: at("provider"), Category: part3.ErrMissing, Expected: "who the joint provider is, such as \"police-scotland\""})
		}
		if strings.TrimSpace(j.Role) == "" {
			l.Add(&part3.InputError{Path: at("role"), Category: part3.ErrMissing, Expected: "the joint provider's part in the service"})
		}
		if j.Provider.IsZero() {
			continue
		}
		if j.IntegrationJointBoard.IsValid() && j.Provider != ProviderIntegrationJointBoard {
			l.Add(&part3.InputError{Path: at("integration_joint_board"), Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("an integration joint board named for provider %q", string(j.Provider)),
				Expected: `integration_joint_board only with provider "integration-joint-board"`})
			continue
		}
		if s.sameProviderAs(i) {
			l.Add(&part3.InputError{Path: at("provider"), Category: part3.ErrDuplicateID,
				Err:      fmt.Errorf("%s is named twice among the service's providers", j.words()),
				Expected: "each provider once: the lead in provider, the others in joint_providers"})
		}
	}
}

// sameProviderAs reports whether joint provider i repeats the lead
// provider or an earlier joint provider. Integration joint boards differ
// when they name different boards.
func (s Service) sameProviderAs(i int) bool {
	j := s.JointProviders[i]
	if j.Provider == ProviderOtherOrganisation {
		return false // several organisations may each take a part
	}
	same := func(p Provider, b IntegrationJointBoard) bool {
		return p == j.Provider && (p != ProviderIntegrationJointBoard || b == j.IntegrationJointBoard || b.IsZero() || j.IntegrationJointBoard.IsZero())
	}
	if same(s.Provider, IntegrationJointBoard{}) && !s.IsCommissioned() {
		return true
	}
	for _, k := range s.JointProviders[:i] {
		if same(k.Provider, k.IntegrationJointBoard) {
			return true
		}
	}
	return false
}

// part3Person reports whether j is a s.7(2) person on date on under law,
// and, withReasons, a reason saying so or why not, for a service named
// name.
func (j JointProvider) part3Person(name string, on period.Date, law Law, withReasons bool) (bool, string) {
	kind := law.ProviderKind(j.Provider, on)
	if !withReasons {
		return kind == KindScottishMinisters && j.PrisonsActFunction || kind == KindOtherServiceProvider ||
			kind == KindLocalAuthority || kind == KindRelevantHealthBoard, ""
	}
	switch {
	case kind == KindScottishMinisters && !j.PrisonsActFunction:
		return false, fmt.Sprintf("the Scottish Ministers take part in %q (%s) other than in exercising their functions under the Prisons (Scotland) Act 1989, so not as a s.7(2) person", name, j.Role)
	case kind == KindScottishMinisters:
		return true, fmt.Sprintf("the Scottish Ministers, in exercising their functions under the Prisons (Scotland) Act 1989, provide %q jointly (%s)", name, j.Role)
	case kind == KindOtherServiceProvider:
		e, _ := law.register.Lookup(string(j.Provider), on)
		who := e.Name
		if j.IntegrationJointBoard.IsValid() {
			who = j.IntegrationJointBoard.Name() + ", " + who
		}
		return true, fmt.Sprintf("%s, an other service provider listed in s.7(1), provides %q jointly (%s)", who, name, j.Role)
	case kind == KindLocalAuthority, kind == KindRelevantHealthBoard:
		return true, fmt.Sprintf("%s provides %q jointly (%s)", j.Provider.Name(), name, j.Role)
	case kind == KindOtherOrganisation:
		return false, fmt.Sprintf("an organisation that is not a s.7(2) person takes part in %q (%s)", name, j.Role)
	}
	return false, fmt.Sprintf("%q, which takes part in %q (%s), is not listed as an other service provider in s.7(1) on %s", string(j.Provider), name, j.Role, on)
}
