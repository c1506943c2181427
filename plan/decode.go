package plan

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/service"
)

// Decode reads a children's services plan from JSON strictly with
// part3.DecodeAndCheck (unknown fields, duplicate fields, wrong types,
// impossible dates, unknown councils and enum values are errors) and checks
// it as [Plan.Validate] does. Every problem is reported at once, in
// document order, as an *part3.InputError naming file and, for each
// problem, the JSON Pointer path of the value, its line and column, and
// what was expected there.
//
// A plan that decodes may still breach the Act: that is for [Plan.Judge].
func Decode(file string, data []byte) (Plan, error) {
	var p Plan
	if err := part3.DecodeAndCheck(file, data, &p, func(l *part3.InputErrors) { p.check(l) }); err != nil {
		return Plan{}, err
	}
	return p, nil
}

// Validate reports the values of p that stop it being judged, as an
// *part3.InputError listing them with their JSON paths: a kind other than
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
	var l part3.InputErrors
	p.check(&l)
	return l.Err()
}

// check adds the problems of p to l.
func (p *Plan) check(l *part3.InputErrors) {
	if p.Kind != Kind {
		// The other checks are a plan's: another kind of document would
		// only fail them.
		what := fmt.Errorf("kind %q%s", p.Kind, suggest.Phrase(p.Kind, []string{Kind}))
		if p.Kind == "" {
			what = fmt.Errorf("no kind")
		}
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind, Err: what, Expected: fmt.Sprintf("%q", Kind)})
		return
	}
	p.checkHeader(l)
	p.checkNeeds(l)
	p.checkPriorities(l)
	p.checkOutcomes(l)
	services, actions := p.checkServices(l)
	p.checkStatements(l, services, actions)
	p.checkPublication(l)
	p.checkLists(l)
	l.Add(p.Preparation.Validate("/preparation"))
	for i, r := range p.Reviews {
		l.Add(r.Validate(part3.Pointer("reviews", i)))
	}
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool {
	// A string that starts with a printable ASCII character has something
	// TrimSpace keeps: the answer without the call, for most strings.
	if s != "" && ' ' < s[0] && s[0] < utf8.RuneSelf {
		return false
	}
	return strings.TrimSpace(s) == ""
}

func missing(path, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
}

func invalid(path, expected string, err error) error {
	return &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err, Expected: expected}
}

func duplicate(path, id string) error {
	return &part3.InputError{Path: path, Category: part3.ErrDuplicateID, Err: fmt.Errorf("ID %q is used twice", id), Expected: "an ID not used before in the list"}
}

func dangling(path, id, list string, ids ids) error {
	return &part3.InputError{Path: path, Category: part3.ErrDanglingReference,
		Err: fmt.Errorf("no %s has ID %q%s", list, id, suggest.Phrase(id, ids.sorted())), Expected: "the ID of one of the plan's " + list + "s"}
}

// ids records the IDs of one list and reports a missing or repeated one.
type ids map[string]struct{}

// add adds id, at path, to s and reports whether it is new; a missing or
// repeated ID is a problem added to l.
func (s ids) add(l *part3.InputErrors, path, id string) bool {
	if blank(id) {
		l.Add(missing(path, "an ID"))
		return false
	}
	if _, dup := s[id]; dup {
		l.Add(duplicate(path, id))
		return false
	}
	s[id] = struct{}{}
	return true
}

func (s ids) has(id string) bool { _, ok := s[id]; return ok }

// insert adds id to s and reports whether it is new, hashing id once.
func (s ids) insert(id string) bool {
	n := len(s)
	s[id] = struct{}{}
	return len(s) > n
}

// sorted returns the IDs of s in order, for suggesting the one meant.
func (s ids) sorted() []string {
	out := make([]string, 0, len(s))
	for id := range s {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// refs checks that each ID of a list of references, at base, is in s,
// the IDs of the list at path. Where that list did not decode, a reference
// to one of its items may be good: refs leaves them unchecked.
func (s ids) refs(l *part3.InputErrors, path, base string, refs []string, list string) {
	if len(refs) == 0 || l.Undecoded(path) {
		return
	}
	for i, id := range refs {
		if !s.has(id) {
			l.Add(dangling(part3.PointerJoin(base, i), id, list, s))
		}
	}
}

func (p *Plan) checkHeader(l *part3.InputErrors) {
	if blank(p.Title) {
		l.Add(missing("/title", "the plan's title as written"))
	}
	if len(p.Partnership.Areas) == 0 {
		l.Add(missing("/partnership/areas", "at least one council area with its health board"))
	}
	seen := make(map[service.Council]bool, len(p.Partnership.Areas))
	for i, a := range p.Partnership.Areas {
		at := part3.Pointer("partnership", "areas", i)
		switch {
		case !a.Council.IsValid():
			l.Add(missing(at+"/council", "a council area"))
		case seen[a.Council]:
			l.Add(&part3.InputError{Path: at + "/council", Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("%s is listed twice", a.Council.Name()), Expected: "each council area once"})
		}
		if !a.HealthBoard.IsValid() {
			partner := "the council"
			if a.Council.IsValid() {
				partner = a.Council.Authority()
			}
			l.Add(missing(at+"/health_board", fmt.Sprintf("the health board preparing the plan with %s", partner)))
		}
		seen[a.Council] = true
	}
	if !p.Period.IsValid() {
		l.Add(missing("/period", `the statutory three-year period the plan answers to, such as "2023-2026"`))
	}
	v := p.Version
	switch {
	case v.Revision < 0:
		l.Add(invalid("/version/revision", "0 for the original plan or n for its nth revision", fmt.Errorf("revision %d", v.Revision)))
	case v.IsRevision():
		if blank(v.Revises) {
			l.Add(missing("/version/revises", "the ID of the version this revision revises"))
		} else if v.Revises == v.ID {
			l.Add(invalid("/version/revises", "the ID of an earlier version", fmt.Errorf("the version revises itself")))
		}
		if blank(v.Changes) {
			l.Add(missing("/version/changes", "what the revision changed"))
		}
	case v.Revises != "":
		l.Add(invalid("/version/revises", "no earlier version for an original plan (revision 0)", fmt.Errorf("an original plan names a version it revises")))
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
			l.Add(invalid(at, "exactly one of council, health_board and integration_joint_board", fmt.Errorf("%d bodies named", n)))
		}
		if !a.Date.IsValid() {
			l.Add(missing(at+"/date", "the date of the approval"))
		}
	}
}

func (p *Plan) checkNeeds(l *part3.InputErrors) {
	seen := make(ids, len(p.NeedsAssessment.Evidence))
	for i, e := range p.NeedsAssessment.Evidence {
		at := part3.Pointer("needs_assessment", "evidence", i)
		seen.add(l, at+"/id", e.ID)
		if !e.Type.IsValid() {
			l.Add(missing(at+"/type", `"quantitative" or "qualitative"`))
		}
		if blank(e.Description) {
			l.Add(missing(at+"/description", "what the evidence shows"))
		}
	}
}

// evidenceIDs, priorityIDs and outcomeIDs build the ID sets of the small
// lists; Validate uses them for references.
func (p *Plan) evidenceIDs() ids {
	s := make(ids, len(p.NeedsAssessment.Evidence))
	for _, e := range p.NeedsAssessment.Evidence {
		s[e.ID] = struct{}{}
	}
	return s
}

func (p *Plan) priorityIDs() ids {
	s := make(ids, len(p.Priorities))
	for _, x := range p.Priorities {
		s[x.ID] = struct{}{}
	}
	return s
}

func (p *Plan) outcomeIDs() ids {
	s := make(ids, len(p.Outcomes))
	for _, x := range p.Outcomes {
		s[x.ID] = struct{}{}
	}
	return s
}

func (p *Plan) checkPriorities(l *part3.InputErrors) {
	evidence := p.evidenceIDs()
	seen := make(ids, len(p.Priorities))
	for i, x := range p.Priorities {
		at := part3.Pointer("priorities", i)
		seen.add(l, at+"/id", x.ID)
		if blank(x.Title) {
			l.Add(missing(at+"/title", "the priority as the plan states it"))
		}
		evidence.refs(l, "/needs_assessment/evidence", at+"/evidence", x.Evidence, "evidence item")
	}
}

func (p *Plan) checkOutcomes(l *part3.InputErrors) {
	priorities := p.priorityIDs()
	seen := make(ids, len(p.Outcomes))
	for i, o := range p.Outcomes {
		at := part3.Pointer("outcomes", i)
		seen.add(l, at+"/id", o.ID)
		if blank(o.Statement) {
			l.Add(missing(at+"/statement", "the outcome as the plan states it"))
		}
		priorities.refs(l, "/priorities", at+"/priorities", o.Priorities, "priority")
	}
	seenInd := make(ids, len(p.Indicators))
	for i, x := range p.Indicators {
		at := part3.Pointer("indicators", i)
		seenInd.add(l, at+"/id", x.ID)
		switch {
		case blank(x.Outcome):
			l.Add(missing(at+"/outcome", "the ID of the outcome the indicator measures"))
		case !seen.has(x.Outcome) && !l.Undecoded("/outcomes"):
			l.Add(dangling(at+"/outcome", x.Outcome, "outcome", seen))
		}
		if blank(x.Description) {
			l.Add(missing(at+"/description", "what the indicator measures"))
		}
		checkMeasure(l, at+"/baseline", x.Baseline)
		checkMeasure(l, at+"/target", x.Target)
		for j, m := range x.Milestones {
			if m.IsZero() {
				l.Add(missing(part3.PointerJoin(at, "milestones", j), "a value and its date"))
				continue
			}
			checkMeasure(l, part3.PointerJoin(at, "milestones", j), m)
		}
	}
}

func checkMeasure(l *part3.InputErrors, at string, m Measure) {
	if !m.IsZero() && !m.Date.IsValid() {
		l.Add(missing(at+"/date", "the date of the value"))
	}
}

// checkServices checks the services and their actions, and returns the
// sets of their IDs.
func (p *Plan) checkServices(l *part3.InputErrors) (services, actions ids) {
	priorities, outcomes := p.priorityIDs(), p.outcomeIDs()
	n := 0
	for i := range p.Services {
		n += len(p.Services[i].Actions)
	}
	services, actions = make(ids, len(p.Services)), make(ids, n)
	// Paths are built only on failure: a plan may list a thousand services.
	at := func(tokens ...any) string { return part3.Pointer(tokens...) }
	for i := range p.Services {
		s := &p.Services[i]
		if err := s.Service.Validate(); err != nil {
			l.Add(part3.WithPath(err, at("services", i)))
		}
		if !blank(s.ID) && !services.insert(s.ID) {
			l.Add(duplicate(at("services", i, "id"), s.ID))
		}
		for j, c := range s.Councils {
			if !p.hasCouncil(c) {
				l.Add(&part3.InputError{Path: at("services", i, "councils", j), Category: part3.ErrDanglingReference,
					Err: fmt.Errorf("%s is not one of the partnership's council areas", c.Name()), Expected: "a council area of the partnership"})
			}
		}
		for j := range s.Actions {
			a := &s.Actions[j]
			switch {
			case blank(a.ID):
				l.Add(missing(at("services", i, "actions", j, "id"), "an ID"))
			case !actions.insert(a.ID):
				l.Add(duplicate(at("services", i, "actions", j, "id"), a.ID))
			}
			if blank(a.Description) {
				l.Add(missing(at("services", i, "actions", j, "description"), "what the action will do"))
			}
			if a.Priority != "" && !priorities.has(a.Priority) && !l.Undecoded("/priorities") {
				l.Add(dangling(at("services", i, "actions", j, "priority"), a.Priority, "priority", priorities))
			}
			if a.Outcome != "" && !outcomes.has(a.Outcome) && !l.Undecoded("/outcomes") {
				l.Add(dangling(at("services", i, "actions", j, "outcome"), a.Outcome, "outcome", outcomes))
			}
		}
	}
	return services, actions
}

func (p *Plan) hasCouncil(c service.Council) bool {
	for _, a := range p.Partnership.Areas {
		if a.Council == c {
			return true
		}
	}
	return false
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

func (p *Plan) checkStatements(l *part3.InputErrors, services, actions ids) {
	for _, st := range p.statements() {
		services.refs(l, "/services", st.path+"/services", st.s.Services, "service")
		actions.refs(l, "/services", st.path+"/actions", st.s.Actions, "action")
	}
	services.refs(l, "/services", "/family_support/services", p.FamilySupport.Services, "service")
	for _, list := range []struct {
		name    string
		changes []Change
	}{{"services_to_develop", p.ServicesToDevelop}, {"disinvestment", p.Disinvestment}} {
		for i, c := range list.changes {
			at := part3.Pointer(list.name, i)
			if blank(c.Description) {
				l.Add(missing(at+"/description", "what will change"))
			}
			if c.Service != "" && !services.has(c.Service) && !l.Undecoded("/services") {
				l.Add(dangling(at+"/service", c.Service, "service", services))
			}
		}
	}
}

func (p *Plan) checkPublication(l *part3.InputErrors) {
	pub := p.Publication
	for i, c := range pub.SentToOtherServiceProviders {
		at := part3.Pointer("publication", "sent_to_other_service_providers", i)
		switch {
		case c.Provider.IsZero():
			l.Add(missing(at+"/provider", "the other service provider sent the copy"))
		case !c.Provider.IsOtherServiceProvider():
			l.Add(invalid(at+"/provider", "an other service provider of s.7(1), such as police-scotland",
				fmt.Errorf("%s is not an other service provider", c.Provider)))
		case !c.IntegrationJointBoard.IsZero() && c.Provider != service.ProviderIntegrationJointBoard:
			l.Add(invalid(at+"/integration_joint_board", `a board only when provider is "integration-joint-board"`,
				fmt.Errorf("a board is named for %s", c.Provider)))
		}
		if !c.Sent.IsValid() {
			l.Add(missing(at+"/sent", "the date the copy was sent"))
		}
	}
	for i, v := range pub.AccessibleVersions {
		if !v.Format.IsValid() {
			l.Add(missing(part3.Pointer("publication", "accessible_versions", i, "format"), "the format of the version"))
		}
	}
}

func (p *Plan) checkLists(l *part3.InputErrors) {
	for i, lp := range p.LinkedPlans {
		at := part3.Pointer("linked_plans", i)
		switch {
		case !lp.Plan.IsValid():
			l.Add(missing(at+"/plan", "one of the plans of guidance Appendix C, or \"other\""))
		case lp.Plan == OtherPlan && blank(lp.Name):
			l.Add(missing(at+"/name", "the name of the other plan or report"))
		}
	}
	for i, o := range p.NationalOutcomes {
		if blank(o.Outcome) {
			l.Add(missing(part3.Pointer("national_outcomes", i, "outcome"), "the national outcome"))
		}
	}
	for i, r := range p.Resources.Items {
		if blank(r.Description) {
			l.Add(missing(part3.Pointer("resources", "items", i, "description"), "what the resource is"))
		}
	}
}
