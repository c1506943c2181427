package report

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// Decode reads an annual report from JSON strictly with part3.Decode
// (unknown fields, duplicate fields, wrong types, impossible dates, unknown
// councils and enum values are errors) and checks it with [Report.Validate].
// Every failure is an *part3.InputError naming file and the JSON Pointer
// path of the value, and saying what was expected there.
//
// A report that decodes may still breach the Act: that is for [Report.Judge]
// and [Report.JudgeAgainstPlan].
func Decode(file string, data []byte) (Report, error) {
	var r Report
	if err := part3.Decode(file, data, &r); err != nil {
		return Report{}, err
	}
	if err := r.Validate(); err != nil {
		return Report{}, part3.WithFile(err, file)
	}
	return r, nil
}

// Validate reports the first value of r that stops it being judged, as an
// *part3.InputError with its JSON path: a kind other than "annual-report"
// (ErrWrongKind); a missing required value (ErrMissing); an ID used twice
// in one list, or a council listed twice (ErrDuplicateID); a reference to
// an indicator the report does not give (ErrDanglingReference); or a value
// that contradicts another (ErrInvalidValue), such as changes to the plan
// listed beside a statement that there were none, or a publication dated
// before the reporting period began. It returns nil for a
// report that can be judged.
//
// Validate does not judge the report: a report that says nothing about an aim,
// or was published before its period ended, passes Validate and gets findings
// from [Report.Judge].
func (r Report) Validate() error {
	if r.Kind != Kind {
		what := fmt.Errorf("kind %q", r.Kind)
		if r.Kind == "" {
			what = fmt.Errorf("no kind")
		}
		return &part3.InputError{Path: "/kind", Category: part3.ErrWrongKind, Err: what, Expected: fmt.Sprintf("%q", Kind)}
	}
	for _, check := range []func() error{r.checkHeader, r.checkPublishers, r.checkDepartures} {
		if err := check(); err != nil {
			return err
		}
	}
	indicators, err := r.checkIndicators()
	if err != nil {
		return err
	}
	return r.checkLists(indicators)
}

// blank reports whether s holds nothing but white space.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

func missing(path, expected string) error {
	return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
}

func invalid(path, expected string, err error) error {
	return &part3.InputError{Path: path, Category: part3.ErrInvalidValue, Err: err, Expected: expected}
}

// ids records the IDs of one list and reports a missing or repeated one.
type ids map[string]struct{}

func (s ids) add(path, id string) error {
	if blank(id) {
		return missing(path, "an ID")
	}
	if _, dup := s[id]; dup {
		return &part3.InputError{Path: path, Category: part3.ErrDuplicateID,
			Err: fmt.Errorf("ID %q is used twice", id), Expected: "an ID not used before in the list"}
	}
	s[id] = struct{}{}
	return nil
}

// refs checks that each ID of a list of references, at base, is in s.
func (s ids) refs(base string, refs []string) error {
	for i, id := range refs {
		if _, ok := s[id]; !ok {
			return &part3.InputError{Path: part3.PointerJoin(base, i), Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("no indicator of the report has ID %q", id), Expected: "the ID of one of the report's indicators"}
		}
	}
	return nil
}

func (r Report) checkHeader() error {
	if len(r.Partnership.Councils) == 0 {
		return missing("/partnership/councils", "at least one council area")
	}
	seen := make(map[service.Council]bool, len(r.Partnership.Councils))
	for i, c := range r.Partnership.Councils {
		at := part3.Pointer("partnership", "councils", i)
		if !c.IsValid() {
			return missing(at, "a council area")
		}
		if seen[c] {
			return &part3.InputError{Path: at, Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("%s is listed twice", c.Name()), Expected: "each council area once"}
		}
		seen[c] = true
	}
	if !r.ReportingPeriod.IsValid() {
		return missing("/reporting_period", `the one-year period reported on, such as "2024-2025"`)
	}
	if !r.Plan.Period.IsValid() {
		return missing("/plan/period", `the three-year period of the plan reported on, such as "2023-2026"`)
	}
	// A report on a period cannot be published before the period began,
	// as package duty's planning history holds too; one published during
	// its period is lawful input, judged under s.13(1).
	if pub, rp := r.Publication.Published, r.ReportingPeriod; pub.IsValid() && pub.Before(rp.Start()) {
		return invalid("/publication/published", fmt.Sprintf("a date after the reporting period ends on %s", rp.End()),
			fmt.Errorf("the %s report is dated %s, before its reporting period began on %s", rp, pub, rp.Start()))
	}
	return nil
}

// namedByField are the provider forms a publisher names with its own field.
var namedByField = map[service.Provider]string{
	service.ProviderLocalAuthority:        "council",
	service.ProviderRelevantHealthBoard:   "health_board",
	service.ProviderIntegrationJointBoard: "integration_joint_board",
}

func (r Report) checkPublishers() error {
	for i, p := range r.Publication.PublishedBy {
		at := part3.Pointer("publication", "published_by", i)
		n := 0
		for _, set := range []bool{p.Council.IsValid(), p.HealthBoard.IsValid(), p.IntegrationJointBoard.IsValid(), !p.Provider.IsZero()} {
			if set {
				n++
			}
		}
		if n != 1 {
			return invalid(at, "exactly one of council, health_board, integration_joint_board and provider", fmt.Errorf("%d bodies named", n))
		}
		if field, ok := namedByField[p.Provider]; ok {
			return invalid(at+"/provider", fmt.Sprintf("%q naming the body, not provider %q", field, p.Provider),
				fmt.Errorf("provider %q does not say which body", p.Provider))
		}
		if p.Name != "" && p.Provider.IsZero() {
			return invalid(at+"/name", "a name only beside provider", fmt.Errorf("a name without a provider"))
		}
	}
	return nil
}

func (r Report) checkDepartures() error {
	for i, d := range r.Provision.Departures {
		at := part3.Pointer("provision", "departures", i)
		if blank(d.Description) {
			return missing(at+"/description", "what was not done as the plan says")
		}
		if !d.Ground.IsValid() {
			return missing(at+"/ground", `the ground the report gives: "`+strings.Join(groundForms[1:], `", "`)+`"`)
		}
		if !d.Notice.IsZero() && d.Ground != NoticeOfDisagreement {
			return invalid(at+"/notice", `a notice only for the ground "notice-of-disagreement"`,
				fmt.Errorf("a notice beside the ground %q", d.Ground))
		}
	}
	return nil
}

func checkMeasure(path string, m plan.Measure) error {
	if !m.IsZero() && !m.Date.IsValid() {
		return missing(path+"/date", "the date of the value")
	}
	return nil
}

func (r Report) checkIndicators() (ids, error) {
	seen := make(ids, len(r.Indicators))
	for i, x := range r.Indicators {
		at := part3.Pointer("indicators", i)
		if err := seen.add(at+"/id", x.ID); err != nil {
			return nil, err
		}
		for _, m := range []struct {
			name string
			m    plan.Measure
		}{{"baseline", x.Baseline}, {"value", x.Value}, {"target", x.Target}} {
			if err := checkMeasure(at+"/"+m.name, m.m); err != nil {
				return nil, err
			}
		}
	}
	return seen, nil
}

func (r Report) checkLists(indicators ids) error {
	for _, a := range r.aimList() {
		if err := indicators.refs("/aims/"+a.key+"/indicators", a.report.Indicators); err != nil {
			return err
		}
	}
	outcomes := make(ids, len(r.PrescribedOutcomes))
	for i, o := range r.PrescribedOutcomes {
		if err := outcomes.add(part3.Pointer("prescribed_outcomes", i, "id"), o.ID); err != nil {
			return err
		}
	}
	if r.NoPlanChanges && len(r.PlanChanges) > 0 {
		return invalid("/no_plan_changes", "either plan_changes or no_plan_changes, not both",
			fmt.Errorf("the report lists %d changes to the plan and states there were none", len(r.PlanChanges)))
	}
	for i, c := range r.PlanChanges {
		if blank(c.Description) {
			return missing(part3.Pointer("plan_changes", i, "description"), "what changed in the plan")
		}
	}
	for i, c := range r.ContextChanges {
		if blank(c.Description) {
			return missing(part3.Pointer("context_changes", i, "description"), "what changed in the context")
		}
	}
	for i, d := range r.DifferenceMade {
		at := part3.Pointer("difference_made", i)
		if blank(d.Description) {
			return missing(at+"/description", "the difference made")
		}
		if err := indicators.refs(at+"/indicators", d.Indicators); err != nil {
			return err
		}
		if err := checkMeasure(at+"/before", d.Before); err != nil {
			return err
		}
		if err := checkMeasure(at+"/after", d.After); err != nil {
			return err
		}
	}
	for i, a := range r.Activity {
		at := part3.Pointer("activity", i)
		if blank(a.Description) {
			return missing(at+"/description", "what was delivered")
		}
		if err := checkMeasure(at+"/measure", a.Measure); err != nil {
			return err
		}
	}
	return nil
}

// aim is one aim of s.9(2) with its key in the document, its provision and
// what the report says about it.
type aim struct {
	key       string
	provision string
	words     string
	report    AimReport
}

// aimList returns the five aims of s.9(2) in the order of the Act.
func (r Report) aimList() [5]aim {
	a := r.Aims
	return [5]aim{
		{"wellbeing", "s.9(2)(a)(i)", "best safeguards, supports and promotes the wellbeing of children", a.Wellbeing},
		{"prevention", "s.9(2)(a)(ii)", "action to meet needs is taken at the earliest appropriate time and, where appropriate, to prevent needs arising", a.Prevention},
		{"integration", "s.9(2)(a)(iii)", "services are most integrated from the point of view of recipients", a.Integration},
		{"best_use_of_resources", "s.9(2)(a)(iv)", "services constitute the best use of available resources", a.BestUseOfResources},
		{"related_services", "s.9(2)(b)", "related services safeguard, support and promote the wellbeing of children, so far as consistent with their objects and proper delivery", a.RelatedServices},
	}
}
