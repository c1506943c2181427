package plan

import "github.com/csplanning/part3/consult"

// PlanServices returns the view of the plan that checking a notice of
// disagreement against it needs: its council areas, its period and its
// services with their providers. It makes Plan a [consult.PlanViewer].
func (p Plan) PlanServices() consult.PlanServices {
	v := consult.PlanServices{Councils: p.Partnership.Councils(), Period: p.Period,
		Services: make([]consult.PlanService, len(p.Services))}
	for i, s := range p.Services {
		v.Services[i] = consult.PlanService{ID: s.ID, Name: s.Name, Provider: s.Provider}
	}
	return v
}

var _ consult.PlanViewer = Plan{}
