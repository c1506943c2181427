package duty

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Holder is who bears a duty or power for one council area on one date:
// the catalogue's [Bearer] with the bodies it stands for that day, where
// the module can name them.
type Holder struct {
	// Role is who bears it.
	Role Role `json:"role"`
	// Limit, if not empty, says how far the Act binds this bearer.
	Limit string `json:"limit,omitempty"`
	// Citation is the provision that names the bearer or sets its limit.
	Citation part3.Citation `json:"citation,omitzero"`
	// Bodies are the local authority, relevant health board and (once
	// section 60 of the 2026 Act is in force) relevant integration joint
	// board for the JointPlanners role, and the one body for the
	// LocalAuthority and RelevantHealthBoard roles.
	Bodies []service.Body `json:"bodies,omitempty"`
	// OtherServiceProviders are, for the OtherServiceProvider role, the
	// other service providers for the council area on the date
	// ([service.OtherServiceProvidersFor]): the register's entries, with
	// the integration joint board entry only where the area has a board
	// (not Highland) and section 60 of the 2026 Act is not in force. For
	// the zero Council, the register's entries as listed.
	OtherServiceProviders []service.OtherServiceProvider `json:"other_service_providers,omitempty"`
	// IntegrationJointBoard is the area's board, when OtherServiceProviders
	// holds the integration joint board entry for it.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
}

// BearersOn returns who bears d for council c's area on date on, under law.
// The joint planners are [service.JointPlanners] on that day: the local
// authority and relevant health board (s.7(6)), joined by the relevant
// integration joint board from the commencement of section 60 of the 2026
// Act. The other service providers are those for c's area that day
// (s.7(1), s.7(5); [service.OtherServiceProvidersFor]: no integration
// joint board for Highland, nor once section 60 is in force). The Scottish Ministers and the consultees of section
// 10(1)(b) are named by role only: consultees are an open class the
// partnership identifies (guidance paras 85-86). The zero Council gives
// roles without bodies.
func (d Duty) BearersOn(c service.Council, on period.Date, law service.Law) []Holder {
	out := make([]Holder, 0, len(d.Bearers))
	planners := service.JointPlanners(c, on, law)
	for _, b := range d.Bearers {
		h := Holder{Role: b.Role, Limit: b.Limit, Citation: b.Citation}
		switch b.Role {
		case JointPlanners:
			h.Bodies = planners
		case LocalAuthority:
			h.Bodies = bodyWithRole(planners, service.RoleLocalAuthority)
		case RelevantHealthBoard:
			h.Bodies = bodyWithRole(planners, service.RoleRelevantHealthBoard)
		case OtherServiceProvider:
			if !c.IsValid() {
				h.OtherServiceProviders = law.Register().On(on)
				break
			}
			for _, a := range service.OtherServiceProvidersFor([]service.Council{c}, on, law) {
				h.OtherServiceProviders = append(h.OtherServiceProviders, a.OtherServiceProvider)
				if a.IntegrationJointBoard.IsValid() {
					h.IntegrationJointBoard = a.IntegrationJointBoard
				}
			}
		}
		out = append(out, h)
	}
	return out
}

func bodyWithRole(bodies []service.Body, role service.BodyRole) []service.Body {
	for _, b := range bodies {
		if b.Role == role {
			return []service.Body{b}
		}
	}
	return nil
}
