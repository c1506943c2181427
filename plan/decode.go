package plan

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/service"
)

// Decode reads a children's services plan from JSON strictly with
// part3.Decode (unknown fields, duplicate fields, wrong types, impossible
// dates, unknown councils and enum values are errors) and checks it with
// [Plan.Validate]. Every failure is an *part3.InputError naming file and the
// JSON Pointer path of the value, and saying what was expected there.
//
// A plan that decodes may still breach the Act: that is for [Plan.Judge].
func Decode(file string, data []byte) (Plan, error) {
	var p Plan
	if err := part3.Decode(file, data, &p); err != nil {
		return Plan{}, err
	}
	if err := p.Validate(); err != nil {
		return Plan{}, part3.WithFile(err, file)
	}
	return p, nil
}

// Validate reports the first value of p that stops it being judged, as an
// *part3.InputError with its JSON path: a kind other than
// "childrens-services-plan" (ErrWrongKind); a missing required value
// (ErrMissing); an ID used twice in one list, or an action ID used twice
// in the plan (ErrDuplicateID); a reference to an ID that does not exist
// (ErrDanglingReference); or a value that contradicts another
// (ErrInvalidValue), such as a revision that names no earlier version. It
// returns nil for a plan that can be judged.
//
// Validate does not judge the plan: a plan with no services, no aims or a
// health board that is not the council's relevant one passes Validate and gets
// findings from [Plan.Judge].
func (p Plan) Validate() error {
	if p.Kind != Kind {
		what := fmt.Errorf("kind %q", p.Kind)
		if p.Kind == "" {
			what = fmt.Errorf("no kind")
		}
		return &part3.InputError{Path: "/kind", Category: part3.ErrWrongKind, Err: what, Expected: fmt.Sprintf("%q", Kind)}
	}
	for _, check := range []func() error{p.checkHeader, p.checkNeeds, p.checkPriorities, p.checkOutcomes} {
		if err := check(); err != nil {
			return err
		}
	}
	services, actions, err := p.checkServices()
	if err != nil {
		return err
	}
	if err := p.checkStatements(services, actions); err != nil {
		return err
	}
	if err := p.checkPublication(); err != nil {
		return err
	}
	if err := p.checkLists(); err != nil {
		return err
	}
	if err := p.Preparation.Validate("/preparation"); err != nil {
		return err
	}
	for i, r := range p.Reviews {
		if err := r.Validate(part3.Pointer("reviews", i)); err != nil {
			return err
		}
	}
	return nil
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

func missing(path, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
}

func invalid(path, expected string, err error) error {
	return &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err, Expected: expected}
}

func duplicate(path, id string) error {
	return &part3.InputError{Path: path, Category: part3.ErrDuplicateID, Err: fmt.Errorf("ID %q is used twice", id), Expected: "an ID not used before in the list"}
}

func dangling(path, id, list string) error {
	return &part3.InputError{Path: path, Category: part3.ErrDanglingReference,
		Err: fmt.Errorf("no %s has ID %q", list, id), Expected: "the ID of one of the plan's " + list + "s"}
}

// ids records the IDs of one list and reports a missing or repeated one.
type ids map[string]struct{}

func (s ids) add(path, id string) error {
	if blank(id) {
		return missing(path, "an ID")
	}
	if _, dup := s[id]; dup {
		return duplicate(path, id)
	}
	s[id] = struct{}{}
	return nil
}

func (s ids) has(id string) bool { _, ok := s[id]; return ok }

// refs checks that each ID of a list of references, at base, is in s.
func (s ids) refs(base string, refs []string, list string) error {
	for i, id := range refs {
		if !s.has(id) {
			return dangling(part3.PointerJoin(base, i), id, list)
		}
	}
	return nil
}

func (p Plan) checkHeader() error {
	if blank(p.Title) {
		return missing("/title", "the plan's title as written")
	}
	if len(p.Partnership.Areas) == 0 {
		return missing("/partnership/areas", "at least one council area with its health board")
	}
	seen := make(map[service.Council]bool, len(p.Partnership.Areas))
	for i, a := range p.Partnership.Areas {
		at := part3.Pointer("partnership", "areas", i)
		switch {
		case !a.Council.IsValid():
			return missing(at+"/council", "a council area")
		case seen[a.Council]:
			return &part3.InputError{Path: at + "/council", Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("%s is listed twice", a.Council.Name()), Expected: "each council area once"}
		case !a.HealthBoard.IsValid():
			return missing(at+"/health_board", fmt.Sprintf("the health board preparing the plan with %s", a.Council.Authority()))
		}
		seen[a.Council] = true
	}
	if !p.Period.IsValid() {
		return missing("/period", `the statutory three-year period the plan answers to, such as "2023-2026"`)
	}
	v := p.Version
	switch {
	case v.Revision < 0:
		return invalid("/version/revision", "0 for the original plan or n for its nth revision", fmt.Errorf("revision %d", v.Revision))
	case v.IsRevision() && blank(v.Revises):
		return missing("/version/revises", "the ID of the version this revision revises")
	case v.IsRevision() && blank(v.Changes):
		return missing("/version/changes", "what the revision changed")
	case !v.IsRevision() && v.Revises != "":
		return invalid("/version/revises", "no earlier version for an original plan (revision 0)", fmt.Errorf("an original plan names a version it revises"))
	case v.IsRevision() && v.Revises == v.ID:
		return invalid("/version/revises", "the ID of an earlier version", fmt.Errorf("the version revises itself"))
	}
	for i, a := range p.Approvals {
		at := part3.Pointer("approvals", i)
		n := 0
		for _, set := range []bool{a.Council.IsValid(), a.HealthBoard.IsValid(), a.IntegrationJointBoard.IsValid()} {
			if set {
				n++
			}
		}
		if n != 1 {
			return invalid(at, "exactly one of council, health_board and integration_joint_board", fmt.Errorf("%d bodies named", n))
		}
		if !a.Date.IsValid() {
			return missing(at+"/date", "the date of the approval")
		}
	}
	return nil
}

func (p Plan) checkNeeds() error {
	seen := make(ids, len(p.NeedsAssessment.Evidence))
	for i, e := range p.NeedsAssessment.Evidence {
		at := part3.Pointer("needs_assessment", "evidence", i)
		if err := seen.add(at+"/id", e.ID); err != nil {
			return err
		}
		if !e.Type.IsValid() {
			return missing(at+"/type", `"quantitative" or "qualitative"`)
		}
		if blank(e.Description) {
			return missing(at+"/description", "what the evidence shows")
		}
	}
	return nil
}

// evidenceIDs, priorityIDs and outcomeIDs build the ID sets of the small
// lists; Validate uses them for references.
func (p Plan) evidenceIDs() ids {
	s := make(ids, len(p.NeedsAssessment.Evidence))
	for _, e := range p.NeedsAssessment.Evidence {
		s[e.ID] = struct{}{}
	}
	return s
}

func (p Plan) priorityIDs() ids {
	s := make(ids, len(p.Priorities))
	for _, x := range p.Priorities {
		s[x.ID] = struct{}{}
	}
	return s
}

func (p Plan) outcomeIDs() ids {
	s := make(ids, len(p.Outcomes))
	for _, x := range p.Outcomes {
		s[x.ID] = struct{}{}
	}
	return s
}

func (p Plan) checkPriorities() error {
	evidence := p.evidenceIDs()
	seen := make(ids, len(p.Priorities))
	for i, x := range p.Priorities {
		at := part3.Pointer("priorities", i)
		if err := seen.add(at+"/id", x.ID); err != nil {
			return err
		}
		if blank(x.Title) {
			return missing(at+"/title", "the priority as the plan states it")
		}
		if err := evidence.refs(at+"/evidence", x.Evidence, "evidence item"); err != nil {
			return err
		}
	}
	return nil
}

func (p Plan) checkOutcomes() error {
	priorities := p.priorityIDs()
	seen := make(ids, len(p.Outcomes))
	for i, o := range p.Outcomes {
		at := part3.Pointer("outcomes", i)
		if err := seen.add(at+"/id", o.ID); err != nil {
			return err
		}
		if blank(o.Statement) {
			return missing(at+"/statement", "the outcome as the plan states it")
		}
		if err := priorities.refs(at+"/priorities", o.Priorities, "priority"); err != nil {
			return err
		}
	}
	seenInd := make(ids, len(p.Indicators))
	for i, x := range p.Indicators {
		at := part3.Pointer("indicators", i)
		if err := seenInd.add(at+"/id", x.ID); err != nil {
			return err
		}
		switch {
		case blank(x.Outcome):
			return missing(at+"/outcome", "the ID of the outcome the indicator measures")
		case !seen.has(x.Outcome):
			return dangling(at+"/outcome", x.Outcome, "outcome")
		case blank(x.Description):
			return missing(at+"/description", "what the indicator measures")
		}
		if err := checkMeasure(at+"/baseline", x.Baseline); err != nil {
			return err
		}
		if err := checkMeasure(at+"/target", x.Target); err != nil {
			return err
		}
		for j, m := range x.Milestones {
			if m.IsZero() {
				return missing(part3.PointerJoin(at, "milestones", j), "a value and its date")
			}
			if err := checkMeasure(part3.PointerJoin(at, "milestones", j), m); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkMeasure(at string, m Measure) error {
	if !m.IsZero() && !m.Date.IsValid() {
		return missing(at+"/date", "the date of the value")
	}
	return nil
}

// checkServices checks the services and their actions, and returns the
// sets of their IDs.
func (p Plan) checkServices() (services, actions ids, err error) {
	priorities, outcomes := p.priorityIDs(), p.outcomeIDs()
	services = make(ids, len(p.Services))
	actions = make(ids, 2*len(p.Services))
	// Paths are built only on failure: a plan may list a thousand services.
	at := func(tokens ...any) string { return part3.Pointer(tokens...) }
	for i := range p.Services {
		s := &p.Services[i]
		if err := s.Service.Validate(); err != nil {
			return nil, nil, rebase(err, at("services", i))
		}
		if _, dup := services[s.ID]; dup {
			return nil, nil, duplicate(at("services", i, "id"), s.ID)
		}
		services[s.ID] = struct{}{}
		for j, c := range s.Councils {
			if !p.hasCouncil(c) {
				return nil, nil, &part3.InputError{Path: at("services", i, "councils", j), Category: part3.ErrDanglingReference,
					Err: fmt.Errorf("%s is not one of the partnership's council areas", c.Name()), Expected: "a council area of the partnership"}
			}
		}
		for j, a := range s.Actions {
			if _, dup := actions[a.ID]; dup || blank(a.ID) {
				return nil, nil, actions.add(at("services", i, "actions", j, "id"), a.ID)
			}
			actions[a.ID] = struct{}{}
			switch {
			case blank(a.Description):
				return nil, nil, missing(at("services", i, "actions", j, "description"), "what the action will do")
			case a.Priority != "" && !priorities.has(a.Priority):
				return nil, nil, dangling(at("services", i, "actions", j, "priority"), a.Priority, "priority")
			case a.Outcome != "" && !outcomes.has(a.Outcome):
				return nil, nil, dangling(at("services", i, "actions", j, "outcome"), a.Outcome, "outcome")
			}
		}
	}
	return services, actions, nil
}

func (p Plan) hasCouncil(c service.Council) bool {
	for _, a := range p.Partnership.Areas {
		if a.Council == c {
			return true
		}
	}
	return false
}

// rebase prefixes the path of an *part3.InputError with base.
func rebase(err error, base string) error {
	if ie, ok := err.(*part3.InputError); ok {
		cp := *ie
		cp.Path = base + cp.Path
		return &cp
	}
	return invalid(base, "", err)
}

// statements returns the plan's statements with their paths.
func (p *Plan) statements() []struct {
	path string
	s    *Statement
} {
	return []struct {
		path string
		s    *Statement
	}{
		{"/aims/wellbeing", &p.Aims.Wellbeing},
		{"/aims/prevention", &p.Aims.Prevention},
		{"/aims/integration", &p.Aims.Integration},
		{"/aims/best_use_of_resources", &p.Aims.BestUseOfResources},
		{"/aims/related_services", &p.Aims.RelatedServices},
		{"/childrens_rights", &p.ChildrensRights},
		{"/girfec", &p.GIRFEC},
		{"/prevention", &p.Prevention},
	}
}

func (p Plan) checkStatements(services, actions ids) error {
	for _, st := range p.statements() {
		if err := services.refs(st.path+"/services", st.s.Services, "service"); err != nil {
			return err
		}
		if err := actions.refs(st.path+"/actions", st.s.Actions, "action"); err != nil {
			return err
		}
	}
	if err := services.refs("/family_support/services", p.FamilySupport.Services, "service"); err != nil {
		return err
	}
	for _, list := range []struct {
		name    string
		changes []Change
	}{{"services_to_develop", p.ServicesToDevelop}, {"disinvestment", p.Disinvestment}} {
		for i, c := range list.changes {
			at := part3.Pointer(list.name, i)
			if blank(c.Description) {
				return missing(at+"/description", "what will change")
			}
			if c.Service != "" && !services.has(c.Service) {
				return dangling(at+"/service", c.Service, "service")
			}
		}
	}
	return nil
}

func (p Plan) checkPublication() error {
	pub := p.Publication
	for i, c := range pub.SentToOtherServiceProviders {
		at := part3.Pointer("publication", "sent_to_other_service_providers", i)
		switch {
		case c.Provider.IsZero():
			return missing(at+"/provider", "the other service provider sent the copy")
		case !c.Provider.IsOtherServiceProvider():
			return invalid(at+"/provider", "an other service provider of s.7(1), such as police-scotland",
				fmt.Errorf("%s is not an other service provider", c.Provider))
		case !c.IntegrationJointBoard.IsZero() && c.Provider != service.ProviderIntegrationJointBoard:
			return invalid(at+"/integration_joint_board", `a board only when provider is "integration-joint-board"`,
				fmt.Errorf("a board is named for %s", c.Provider))
		case !c.Sent.IsValid():
			return missing(at+"/sent", "the date the copy was sent")
		}
	}
	for i, v := range pub.AccessibleVersions {
		if !v.Format.IsValid() {
			return missing(part3.Pointer("publication", "accessible_versions", i, "format"), "the format of the version")
		}
	}
	return nil
}

func (p Plan) checkLists() error {
	for i, l := range p.LinkedPlans {
		at := part3.Pointer("linked_plans", i)
		switch {
		case !l.Plan.IsValid():
			return missing(at+"/plan", "one of the plans of guidance Appendix C, or \"other\"")
		case l.Plan == OtherPlan && blank(l.Name):
			return missing(at+"/name", "the name of the other plan or report")
		}
	}
	for i, o := range p.NationalOutcomes {
		if blank(o.Outcome) {
			return missing(part3.Pointer("national_outcomes", i, "outcome"), "the national outcome")
		}
	}
	for i, r := range p.Resources.Items {
		if blank(r.Description) {
			return missing(part3.Pointer("resources", "items", i, "description"), "what the resource is")
		}
	}
	return nil
}
