package plan

import (
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/service"
)

// PlanServices returns the view of the plan that checking a notice of
// disagreement against it needs: its council areas, its period, which
// version of the plan it is (its version ID, revision number, the version
// it revises and the day it was prepared: a notice concerns one version
// only, guidance para 119), and its services with their providers. It
// makes Plan a [consult.PlanViewer].
//
// A service of the Scottish Ministers carries its prisons_act_function
// flag, since only such a service can be the subject of their notice
// (s.10(8), guidance para 108). A service delivered jointly carries its
// joint providers: a notice of any of them may concern it. A service of provider
// integration-joint-board names its board where the plan shows which: the
// board of the one council area the service is provided in, or of the
// plan's one area.
func (p Plan) PlanServices() consult.PlanServices {
	councils := p.Partnership.Councils()
	v := consult.PlanServices{Councils: councils, Period: p.Period,
		Version: consult.PlanVersion{ID: p.Version.ID, Revision: p.Version.Revision, Revises: p.Version.Revises,
			Prepared: p.Publication.Prepared},
		Services: make([]consult.PlanService, len(p.Services))}
	for i, s := range p.Services {
		ps := consult.PlanService{ID: s.ID, Name: s.Name, Provider: s.Provider,
			PrisonsActFunction: s.Provider == service.ProviderScottishMinisters && s.PrisonsActFunction,
			JointProviders:     s.JointProviders}
		if s.Provider == service.ProviderIntegrationJointBoard {
			areas := s.Councils
			if len(areas) == 0 {
				areas = councils
			}
			if len(areas) == 1 {
				ps.IntegrationJointBoard, _ = areas[0].IntegrationJointBoard()
			}
		}
		v.Services[i] = ps
	}
	return v
}

var _ consult.PlanViewer = Plan{}
