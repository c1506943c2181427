package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// Decode reads an annual report from JSON strictly with
// part3.DecodeAndCheck (unknown fields, duplicate fields, wrong types,
// impossible dates, unknown councils and enum values are errors) and checks
// it as [Report.Validate] does. Every problem is reported at once, in
// document order, as an *part3.InputError naming file and, for each
// problem, the JSON Pointer path of the value, its line and column, and
// what was expected there.
//
// A report that decodes may still breach the Act: that is for [Report.Judge]
// and [Report.JudgeAgainstPlan].
func Decode(file string, data []byte) (Report, error) {
	var r Report
	if err := part3.DecodeAndCheck(file, data, &r, func(l *part3.InputErrors) { r.check(l) }); err != nil {
		return Report{}, err
	}
	return r, nil
}

// Validate reports the values of r that stop it being judged, as an
// *part3.InputError listing them with their JSON paths: a kind other than
// "annual-report" (ErrWrongKind); a missing required value (ErrMissing); an
// ID used twice in one list, or a council listed twice (ErrDuplicateID); a
// reference to an indicator the report does not give
// (ErrDanglingReference); or a value that contradicts another
// (ErrInvalidValue), such as changes to the plan listed beside a statement
// that there were none, or a publication dated before the reporting period
// began. It returns nil for a report that can be judged.
//
// Validate does not judge the report: a report that says nothing about an aim,
// or was published before its period ended, passes Validate and gets findings
// from [Report.Judge].
func (r Report) Validate() error {
	var l part3.InputErrors
	r.check(&l)
	return l.Err()
}

// check adds the problems of r to l.
func (r *Report) check(l *part3.InputErrors) {
	if r.Kind != Kind {
		// The other checks are a report's: another kind of document would
		// only fail them.
		what := fmt.Errorf("kind %q%s", r.Kind, suggest.Phrase(r.Kind, []string{Kind}))
		if r.Kind == "" {
			what = fmt.Errorf("no kind")
		}
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind, Err: what, Expected: fmt.Sprintf("%q", Kind)})
		return
	}
	r.checkHeader(l)
	r.checkPublishers(l)
	r.checkDepartures(l)
	r.checkLists(l, r.checkIndicators(l))
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

func (s ids) add(l *part3.InputErrors, path, id string) {
	if blank(id) {
		l.Add(missing(path, "an ID"))
		return
	}
	if _, dup := s[id]; dup {
		l.Add(&part3.InputError{Path: path, Category: part3.ErrDuplicateID,
			Err: fmt.Errorf("ID %q is used twice", id), Expected: "an ID not used before in the list"})
		return
	}
	s[id] = struct{}{}
}

// refs checks that each ID of a list of references, at base, is in s.
// Where the report's indicators did not decode, a reference to one may be
// good: refs leaves them unchecked.
func (s ids) refs(l *part3.InputErrors, base string, refs []string) {
	if len(refs) == 0 || l.Undecoded("/indicators") {
		return
	}
	for i, id := range refs {
		if _, ok := s[id]; !ok {
			known := make([]string, 0, len(s))
			for k := range s {
				known = append(known, k)
			}
			slices.Sort(known)
			l.Add(&part3.InputError{Path: part3.PointerJoin(base, i), Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("no indicator of the report has ID %q%s", id, suggest.Phrase(id, known)), Expected: "the ID of one of the report's indicators"})
		}
	}
}

func (r *Report) checkHeader(l *part3.InputErrors) {
	if len(r.Partnership.Councils) == 0 {
		l.Add(missing("/partnership/councils", "at least one council area"))
	}
	seen := make(map[service.Council]bool, len(r.Partnership.Councils))
	for i, c := range r.Partnership.Councils {
		at := part3.Pointer("partnership", "councils", i)
		switch {
		case !c.IsValid():
			l.Add(missing(at, "a council area"))
		case seen[c]:
			l.Add(&part3.InputError{Path: at, Category: part3.ErrDuplicateID,
				Err: fmt.Errorf("%s is listed twice", c.Name()), Expected: "each council area once"})
		}
		seen[c] = true
	}
	if !r.ReportingPeriod.IsValid() {
		l.Add(missing("/reporting_period", `the one-year period reported on, such as "2024-2025"`))
	}
	if !r.Plan.Period.IsValid() {
		l.Add(missing("/plan/period", `the three-year period of the plan reported on, such as "2023-2026"`))
	}
	// A report on a period cannot be published before the period began,
	// as package duty's planning history holds too; one published during
	// its period is lawful input, judged under s.13(1).
	if pub, rp := r.Publication.Published, r.ReportingPeriod; rp.IsValid() && pub.IsValid() && pub.Before(rp.Start()) {
		l.Add(invalid("/publication/published", fmt.Sprintf("a date after the reporting period ends on %s", rp.End()),
			fmt.Errorf("the %s report is dated %s, before its reporting period began on %s", rp, pub, rp.Start())))
	}
}

// namedByField are the provider forms a publisher names with its own field.
var namedByField = map[service.Provider]string{
	service.ProviderLocalAuthority:        "council",
	service.ProviderRelevantHealthBoard:   "health_board",
	service.ProviderIntegrationJointBoard: "integration_joint_board",
}

func (r *Report) checkPublishers(l *part3.InputErrors) {
	for i, p := range r.Publication.PublishedBy {
		at := part3.Pointer("publication", "published_by", i)
		n := 0
		for _, set := range []bool{p.Council.IsValid(), p.HealthBoard.IsValid(), p.IntegrationJointBoard.IsValid(), !p.Provider.IsZero()} {
			if set {
				n++
			}
		}
		if n != 1 {
			l.Add(invalid(at, "exactly one of council, health_board, integration_joint_board and provider", fmt.Errorf("%d bodies named", n)))
		}
		if field, ok := namedByField[p.Provider]; ok {
			l.Add(invalid(at+"/provider", fmt.Sprintf("%q naming the body, not provider %q", field, p.Provider),
				fmt.Errorf("provider %q does not say which body", p.Provider)))
		}
		if p.Name != "" && p.Provider.IsZero() {
			l.Add(invalid(at+"/name", "a name only beside provider", fmt.Errorf("a name without a provider")))
		}
	}
}

func (r *Report) checkDepartures(l *part3.InputErrors) {
	for i, d := range r.Provision.Departures {
		at := part3.Pointer("provision", "departures", i)
		if blank(d.Description) {
			l.Add(missing(at+"/description", "what was not done as the plan says"))
		}
		if !d.Ground.IsValid() {
			l.Add(missing(at+"/ground", `the ground the report gives: "`+strings.Join(groundForms[1:], `", "`)+`"`))
		} else if !d.Notice.IsZero() && d.Ground != NoticeOfDisagreement {
			l.Add(invalid(at+"/notice", `a notice only for the ground "notice-of-disagreement"`,
				fmt.Errorf("a notice beside the ground %q", d.Ground)))
		}
	}
}

func checkMeasure(l *part3.InputErrors, path string, m plan.Measure) {
	if !m.IsZero() && !m.Date.IsValid() {
		l.Add(missing(path+"/date", "the date of the value"))
	}
}

func (r *Report) checkIndicators(l *part3.InputErrors) ids {
	seen := make(ids, len(r.Indicators))
	for i, x := range r.Indicators {
		at := part3.Pointer("indicators", i)
		seen.add(l, at+"/id", x.ID)
		checkMeasure(l, at+"/baseline", x.Baseline)
		checkMeasure(l, at+"/value", x.Value)
		checkMeasure(l, at+"/target", x.Target)
	}
	return seen
}

func (r *Report) checkLists(l *part3.InputErrors, indicators ids) {
	for _, a := range r.aimList() {
		indicators.refs(l, "/aims/"+a.key+"/indicators", a.report.Indicators)
	}
	outcomes := make(ids, len(r.PrescribedOutcomes))
	for i, o := range r.PrescribedOutcomes {
		outcomes.add(l, part3.Pointer("prescribed_outcomes", i, "id"), o.ID)
	}
	if r.NoPlanChanges && len(r.PlanChanges) > 0 {
		l.Add(invalid("/no_plan_changes", "either plan_changes or no_plan_changes, not both",
			fmt.Errorf("the report lists %d changes to the plan and states there were none", len(r.PlanChanges))))
	}
	for i, c := range r.PlanChanges {
		if blank(c.Description) {
			l.Add(missing(part3.Pointer("plan_changes", i, "description"), "what changed in the plan"))
		}
	}
	for i, c := range r.ContextChanges {
		if blank(c.Description) {
			l.Add(missing(part3.Pointer("context_changes", i, "description"), "what changed in the context"))
		}
	}
	for i, d := range r.DifferenceMade {
		at := part3.Pointer("difference_made", i)
		if blank(d.Description) {
			l.Add(missing(at+"/description", "the difference made"))
		}
		indicators.refs(l, at+"/indicators", d.Indicators)
		checkMeasure(l, at+"/before", d.Before)
		checkMeasure(l, at+"/after", d.After)
	}
	for i, a := range r.Activity {
		at := part3.Pointer("activity", i)
		if blank(a.Description) {
			l.Add(missing(at+"/description", "what was delivered"))
		}
		checkMeasure(l, at+"/measure", a.Measure)
	}
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
